"""rasd — evidence-backed casualty claims and incidents from conflict news."""

__version__ = "0.1.0"
