"""Test-session plumbing: a real PostgreSQL server (see ``pgserver``) and stores of both
backends, so every store test runs on SQLite and on PostgreSQL; and a loud note when
the browser tests could not run."""

from __future__ import annotations

import itertools
from typing import Callable, Iterator

import pytest

from pgserver import PgServer

BACKENDS = ("sqlite", "postgres")
_TEMPLATE = "rasd_template"
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    if not server.available:
        pytest.skip("PostgreSQL binaries (Debian package postgresql) are not installed; "
                    ".ci/run installs them")
    server.start()
    try:
        # A migrated template: each test's database is a cheap copy of it.
        from rasd.store.postgres import PostgresStore

        server.sql(f"CREATE DATABASE {_TEMPLATE}")
        PostgresStore(server.url(_TEMPLATE)).close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, migrated PostgreSQL database for one test."""
    name = f"t{next(_names)}"
    pg_server.sql(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    return pg_server.url(name)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A store URL of each backend in turn: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def make_store(db_url) -> Iterator[Callable]:
    """Opens (more) stores on this test's database; all are closed afterwards."""
    from rasd.store import open_store

    opened = []

    def make():
        s = open_store(db_url)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    browser = [r for r in skipped if "test_browser" in str(getattr(r, "nodeid", "")) or
               "test_browser" in str(getattr(r, "location", ("",))[0])]
    if not browser:
        return
    reason = str(browser[0].longrepr[-1]) if isinstance(browser[0].longrepr, tuple) else str(browser[0].longrepr)
    tr = terminalreporter
    tr.write_sep("!", "BROWSER TESTS SKIPPED: the web UI was NOT tested", red=True, bold=True)
    tr.write_line(f"  reason: {reason}", red=True)
    tr.write_line("  to run them: sudo apt-get install chromium   (Debian/Ubuntu; rasd drives the "
                  "system Chromium at /usr/bin/chromium, it never downloads a browser)", red=True)
