"""The codebook's vocabularies (a vendored copy of shared/spec/codebook.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    return json.loads(resources.files("rasd").joinpath("data/codebook.json").read_text("utf-8"))


def ids(vocabulary: str) -> list[str]:
    """Ids of one vocabulary: "event_types", "actors", "claimants", "governorates", ..."""
    v = codebook()[vocabulary]
    return list(v) if isinstance(v, dict) else list(v)
