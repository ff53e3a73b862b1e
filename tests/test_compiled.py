"""The compiled core (rasd/compiled): served only while it was built from the source on disk, and
the same claims either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd import compiled

SAMPLES = Path(compiled.__file__).resolve().parents[1] / "data" / "samples" / "samples.jsonl"
SMALL = "rasd.extract.speaker_labels"  # the smallest module: a quick real build


def _run(code: str, **env: str) -> str:
    full = {k: v for k, v in os.environ.items() if k not in (compiled.ENV_OFF, compiled.ENV_DIR)}
    full.update(env)
    return subprocess.run([sys.executable, "-c", code], env=full, capture_output=True, text=True,
                          check=True).stdout.strip()


def _origin(name: str, **env: str) -> str:
    return _run(f"import {name} as m; print(m.__file__)", **env)


def test_every_extractor_module_is_covered():
    names = set(compiled.sources())
    assert {"rasd.extract.figures", "rasd.text.lexicon", "rasd.lang.ar"} <= names
    assert not any(n.endswith("__init__") for n in names)


def test_a_module_built_from_other_source_is_stale_and_never_served(tmp_path):
    path = compiled.sources()[SMALL]
    (tmp_path / (SMALL + compiled._suffix())).write_bytes(b"not a real build")
    compiled._write_manifest(tmp_path, {SMALL: "0" * 64})
    assert compiled.status(tmp_path)[SMALL] == "stale"
    assert compiled.status(tmp_path)["rasd.extract.figures"] == "python"
    # Served, the fake build would fail to import: the edited source runs instead.
    assert _origin(SMALL, RASD_COMPILED_DIR=str(tmp_path)) == str(path)


@pytest.mark.skipif(not __import__("importlib").util.find_spec("Cython"), reason="Cython not installed")
def test_build_serves_the_module_until_its_source_changes(tmp_path):
    assert compiled.build(tmp_path, modules={SMALL}, log=lambda *_: None) == [SMALL]
    assert compiled.build(tmp_path, modules={SMALL}, log=lambda *_: None) == []  # up to date: nothing to do
    assert compiled.status(tmp_path)[SMALL] == "compiled"
    assert _origin(SMALL, RASD_COMPILED_DIR=str(tmp_path)).endswith(compiled._suffix())
    assert _origin(SMALL, RASD_COMPILED_DIR=str(tmp_path), RASD_PURE_PYTHON="1").endswith(".py")
    # The source edited after the build (its digest no longer matches): Python again.
    manifest = json.loads((tmp_path / compiled.MANIFEST).read_text("utf-8"))
    manifest["modules"][SMALL] = "f" * 64
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert compiled.status(tmp_path)[SMALL] == "stale"
    assert _origin(SMALL, RASD_COMPILED_DIR=str(tmp_path)).endswith(".py")


def test_the_compiled_core_gives_the_same_claims_as_python():
    states = compiled.status()
    if "compiled" not in states.values():
        pytest.skip("no compiled core built (make install builds it)")
    code = ("import json, sys; from rasd.core.models import Article; from rasd.extract import extract; "
            f"arts = [Article.from_dict(json.loads(l)) for l in open({str(SAMPLES)!r}, encoding='utf-8') if l.strip()]; "
            "print(json.dumps([[c.to_dict() for c in extract(a)] for a in arts], ensure_ascii=False, sort_keys=True))")
    fast, pure = _run(code), _run(code, RASD_PURE_PYTHON="1")
    assert json.loads(fast) and fast == pure
    assert _origin("rasd.extract.figures").endswith(compiled._suffix()) == (states["rasd.extract.figures"] == "compiled")
