"""What happened to each input of one ingest run: counts and one ``Problem`` per bad input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


@dataclass(slots=True)
class Problem:
    """One input that was not read: ``origin`` is the file (and ``:line``), ``failed`` tells a
    failure (bad input the user should fix) from a skip (nothing there to read). A
    ``warning`` was read, but not as given (a text over the size limit, split)."""

    origin: str
    message: str
    failed: bool = True
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class IngestReport:
    """Counts of one ``read_paths`` run. ``on_problem`` is called as each problem happens, so
    a command line can print it at once instead of after thousands of articles."""

    on_problem: Callable[[Problem], None] | None = None
    read: int = 0  # articles yielded
    skipped: int = 0
    failed: int = 0
    warned: int = 0
    inputs: int = 0  # files (and stdin) opened
    problems: list[Problem] = field(default_factory=list)

    def problem(self, origin: str, message: str, failed: bool = True) -> None:
        p = Problem(origin, message, failed)
        self.problems.append(p)
        if failed:
            self.failed += 1
        else:
            self.skipped += 1
        if self.on_problem is not None:
            self.on_problem(p)

    def skip(self, origin: str, message: str) -> None:
        self.problem(origin, message, failed=False)

    def warn(self, origin: str, message: str) -> None:
        p = Problem(origin, message, failed=False, warning=True)
        self.problems.append(p)
        self.warned += 1
        if self.on_problem is not None:
            self.on_problem(p)

    def summary(self) -> str:
        arts = "article" if self.read == 1 else "articles"
        ins = "input" if self.inputs == 1 else "inputs"
        warned = f"; warnings {self.warned}" if self.warned else ""
        return (f"read {self.read} {arts} from {self.inputs} {ins}; "
                f"skipped {self.skipped}; failed {self.failed}{warned}")
