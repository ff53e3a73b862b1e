"""Crash safety with real processes: ``rasd ingest`` is killed with SIGKILL at several
points (early, mid-batch, late, while linking), then run again; the store must end with
the same articles, claims and incidents as one clean run — on SQLite and PostgreSQL."""

from __future__ import annotations

import signal

import pytest

from articles_gen import write_jsonl
from ingest_runs import fresh_url, ingest, kill_when, state

N_ARTICLES = 1500
_clean: dict[str, tuple] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("crash") / "articles.jsonl", N_ARTICLES)


def clean_state(backend: str, corpus, url: str) -> tuple:
    if backend not in _clean:
        p = ingest(corpus, url)
        assert p.wait(timeout=300) == 0, p.stderr.read()
        _clean[backend] = state(url)
    return _clean[backend]


# Kill once this many articles are stored; "link": once every article is stored and
# linking has begun (they are all still marked extracted).
KILL_POINTS = [1, N_ARTICLES // 3, (N_ARTICLES * 4) // 5, "link"]


@pytest.mark.parametrize("point", KILL_POINTS, ids=lambda p: f"kill-at-{p}")
def test_kill_then_rerun_equals_a_clean_run(corpus, db_url, request, tmp_path, point):
    backend = "postgres" if db_url.startswith("postgresql://") else "sqlite"
    clean = clean_state(backend, corpus, fresh_url(db_url, request, tmp_path, 0))
    n_articles = clean[0]
    assert clean[1] > n_articles // 2 and clean[2] > 50 and not clean[4]  # a real workload

    url = fresh_url(db_url, request, tmp_path, 1)
    proc = ingest(corpus, url)
    if point == "link":
        query = "SELECT COUNT(*) FROM articles WHERE state = 'extracted'"
        target = n_articles
    else:
        query, target = "SELECT COUNT(*) FROM articles", point
    kill_when(proc, url, query, target)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before the kill point"

    killed = state(url)
    assert killed[0] < n_articles or killed[4], "the kill left no work behind"
    if point == "link":  # killed inside the link transaction: nothing of it was kept
        assert killed[2] == 0 and len(killed[4]) == n_articles

    rerun = ingest(corpus, url)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    after = state(url)
    assert after[:3] == clean[:3]
    assert after[3] == clean[3]  # the same incidents, with the same ids and members
    assert after[4] == []
