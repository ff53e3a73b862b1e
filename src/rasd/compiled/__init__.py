"""The compiled core: the extractor's modules built with Cython, used only while their source is unchanged.

The extractor is pure Python, and stays so: every rule is read and changed in the ``.py`` files.
Cython compiles those same files, unmodified, into extension modules that run the same code with
less interpreter overhead (about a fifth fewer instructions per article). They are kept apart
from the sources, in ``rasd/_compiled/``, with a manifest of the digest of the source each was
built from. On ``import rasd`` a finder serves a compiled module only while its source still has
that digest, so an edited rule is never shadowed by a stale build: that module runs as Python
until the next build.

    python -m rasd.compiled build     # compile what changed (needs Cython and a C compiler)
    python -m rasd.compiled           # which modules run compiled, which as Python, and why

``make install`` builds it; without Cython or a compiler rasd runs all of it as Python, with the
same output. ``RASD_PURE_PYTHON=1`` turns the compiled core off for a process;
``RASD_COMPILED_DIR`` puts the build elsewhere (an installed package's folder may be read-only).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

# The hot path of `extract`: the extraction stages, the text layer and the language packs.
PACKAGES = ("rasd.extract", "rasd.text", "rasd.lang")
ENV_OFF = "RASD_PURE_PYTHON"
ENV_DIR = "RASD_COMPILED_DIR"  # where the build lives, when the package folder is not writable
DIR = Path(os.environ.get(ENV_DIR) or Path(__file__).resolve().parents[1] / "_compiled")
MANIFEST = "manifest.json"
# Cython reads the files as plain Python: annotations do not type C variables (a `list` hint on an
# argument that gets a tuple would raise), so compiled and pure runs behave alike.
_DIRECTIVES = {"language_level": "3", "binding": True, "annotation_typing": False}
_CFLAGS = ["-O2", "-g0"]  # -g and -O3 from Python's own flags triple the build time for no speed


def sources() -> dict[str, Path]:
    """Module name -> source file, for every module the compiled core covers."""
    root = Path(__file__).resolve().parents[1]
    out = {}
    for package in PACKAGES:
        folder = root.joinpath(*package.split(".")[1:])
        for path in sorted(folder.glob("*.py")):
            if path.name != "__init__.py":
                out[f"{package}.{path.stem}"] = path
    return out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def _manifest(folder: Path = DIR) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("suffix") == _suffix() else {}


def status(folder: Path = DIR) -> dict[str, str]:
    """Module name -> "compiled", "stale" (its source changed since the build) or "python" (never built)."""
    built = _manifest(folder).get("modules", {})
    out = {}
    for name, path in sources().items():
        if name not in built or not (folder / (name + _suffix())).is_file():
            out[name] = "python"
        else:
            out[name] = "compiled" if built[name] == _digest(path) else "stale"
    return out


def active() -> bool:
    return not os.environ.get(ENV_OFF)


class _Finder(importlib.abc.MetaPathFinder):
    """Serves the compiled build of a module whose source is unchanged; anything else imports as usual."""

    def __init__(self, modules: dict[str, Path]) -> None:
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        so = self.modules.get(fullname)
        if so is None:
            return None
        return importlib.util.spec_from_file_location(
            fullname, so, loader=importlib.machinery.ExtensionFileLoader(fullname, str(so)))


def install(folder: Path = DIR) -> int:
    """Put the finder for the current compiled modules on ``sys.meta_path``; how many it serves."""
    if not active() or any(isinstance(f, _Finder) for f in sys.meta_path):
        return 0
    current = {name: folder / (name + _suffix()) for name, state in status(folder).items() if state == "compiled"}
    if current:
        sys.meta_path.insert(0, _Finder(current))
    return len(current)


def describe(folder: Path = DIR) -> str:
    """One line for benchmarks and `python -m rasd.compiled`: what this process runs."""
    states = status(folder)
    n = sum(1 for s in states.values() if s == "compiled")
    stale = sum(1 for s in states.values() if s == "stale")
    if not active():
        return f"pure Python ({ENV_OFF} is set)"
    if n == 0:
        return "pure Python (no compiled core built: python -m rasd.compiled build)"
    tail = f"; {stale} changed since the build run as Python" if stale else ""
    return f"compiled core: {n} of {len(states)} modules (Cython){tail}"


def build(folder: Path = DIR, jobs: int | None = None, force: bool = False, modules=None, log=print) -> list[str]:
    """Compile the modules whose source changed since the last build (all with ``force``; only
    ``modules`` when given); their names."""
    try:
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension
    except ImportError as exc:
        raise RuntimeError(f"building the compiled core needs Cython and setuptools "
                           f"(pip install 'rasd[compiled]'): {exc}") from exc
    manifest = _manifest(folder)
    built = dict(manifest.get("modules", {}))
    todo = {}
    for name, path in sources().items():
        if modules is not None and name not in modules:
            continue
        digest = _digest(path)
        if force or built.get(name) != digest or not (folder / (name + _suffix())).is_file():
            todo[name] = (path, digest)
    # A module no longer in the source tree must not be served from an old build.
    for name in set(built) - set(sources()):
        built.pop(name)
        (folder / (name + _suffix())).unlink(missing_ok=True)
    if not todo:
        _write_manifest(folder, built)
        return []
    log(f"compiling {len(todo)} module(s) with Cython into {folder} ...")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rasd-compile-") as tmp:
        exts = [Extension(name, [str(path)], extra_compile_args=_CFLAGS) for name, (path, _) in todo.items()]
        exts = cythonize(exts, build_dir=str(Path(tmp) / "c"), compiler_directives=_DIRECTIVES,
                         nthreads=jobs or os.cpu_count() or 1, quiet=True)
        dist = Distribution({"name": "rasd-compiled", "ext_modules": exts})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(Path(tmp) / "lib")
        cmd.build_temp = str(Path(tmp) / "obj")
        cmd.parallel = jobs or os.cpu_count() or 1
        cmd.ensure_finalized()
        cmd.run()
        for name, (_, digest) in todo.items():
            shutil.copyfile(cmd.get_ext_fullpath(name), folder / (name + _suffix()))
            built[name] = digest
    _write_manifest(folder, built)
    return sorted(todo)


def _write_manifest(folder: Path, modules: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"suffix": _suffix(), "modules": dict(sorted(modules.items()))}, indent=1), "utf-8")
    tmp.replace(folder / MANIFEST)


def clean(folder: Path = DIR) -> None:
    shutil.rmtree(folder, ignore_errors=True)
