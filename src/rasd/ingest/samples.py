"""The sample articles bundled with rasd (``rasd ingest --samples``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rasd.ingest.sources import SUFFIXES


def sample_paths() -> list[Path]:
    """The bundled sample files (fictional reports written for rasd), sorted."""
    folder = Path(str(resources.files("rasd").joinpath("data/samples")))
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES)
