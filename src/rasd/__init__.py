"""rasd — evidence-backed casualty claims and incidents from conflict news."""

from rasd import compiled as _compiled

__version__ = "0.1.0"

# The extractor's modules run compiled when a build matches their source (rasd/compiled.py).
_compiled.install()
