"""Helpers for tests that run real `rasd ingest` processes and compare what they leave:
start one, read a number while it writes, a fresh store URL of each backend, and the state
a user would see."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

RASD = [sys.executable, "-c", "from rasd.cli import main; main()"]


def ingest(path, url, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([*RASD, "ingest", str(path), "--db", url, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **kw)


def state(url: str) -> tuple:
    """What a user sees: counts, the incidents' ids and members, and nothing left pending."""
    from rasd.store import EXTRACTED, FAILED, NEW, IncidentFilter, open_store

    with open_store(url) as s:
        incidents = sorted((i.id, tuple(sorted((r.article_id, r.claim_index) for r in i.claims)))
                           for i in s.incidents(IncidentFilter(limit=None)))
        pending = s.articles_in_state(NEW, FAILED, EXTRACTED)
        return s.count_articles(), s.count_claims(), len(incidents), incidents, pending


def assessed(url: str) -> tuple:
    """What assessment left: every incident's grade and every article's score."""
    from rasd.store import IncidentFilter, open_store

    with open_store(url) as s:
        ids = [i.id for i in s.incidents(IncidentFilter(limit=None))]
        grades = sorted((k, a.grade) for k, a in s.incident_assessments(ids).items())
        scores = sorted((k, a.score, a.checked) for k, a in s.article_assessments().items())
        return grades, scores


def peek(url: str, sql: str) -> int:
    """One number from the store while another process writes it (a plain reader)."""
    if url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            try:
                return int(conn.execute(sql).fetchone()[0])
            except psycopg.errors.UndefinedTable:
                return 0
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{url}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return 0
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def fresh_url(db_url, request, tmp_path, n: int) -> str:
    if db_url.startswith("postgresql://"):
        server = request.getfixturevalue("pg_server")
        name = f"crash{n}_{abs(hash(request.node.name)) % 10**8}"
        server.sql(f"CREATE DATABASE {name}")
        return server.url(name)
    return str(tmp_path / f"run{n}.db")


def wait_for(proc: subprocess.Popen, url: str, sql: str, target: int, timeout: float = 300) -> bool:
    """Wait until ``sql`` counts ``target`` in the store ``proc`` writes; False when the
    process ended (or the time ran out) first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if peek(url, sql) >= target:
            return True
        time.sleep(0.005)
    return False


def kill_when(proc: subprocess.Popen, url: str, sql: str, target: int) -> bool:
    """SIGKILL ``proc`` once ``sql`` counts ``target`` in the store it writes."""
    if not wait_for(proc, url, sql, target):
        return False
    proc.send_signal(signal.SIGKILL)
    return True
