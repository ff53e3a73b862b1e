"""The one exception readers raise for a whole input they cannot read."""

from __future__ import annotations


class InputError(Exception):
    """A bad input: reported as one ``Problem`` for the file, the batch goes on.
    ``failed=False`` marks a skip (e.g. an empty file), not an error."""

    def __init__(self, message: str, failed: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.failed = failed
