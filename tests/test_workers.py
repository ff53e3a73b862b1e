"""`rasd ingest --workers N` / `--scheduler ADDRESS`: extraction on a real Dask cluster
(LocalCluster processes), one writer. The store must end as after a plain ingest, a re-run
adds nothing, and `kill -9` of the client or of a worker loses no article."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("distributed", reason="rasd[dask] is not installed")
import psutil  # noqa: E402  (a dependency of distributed)

from articles_gen import write_jsonl  # noqa: E402
from ingest_runs import assessed, fresh_url, ingest, kill_when, state, wait_for  # noqa: E402

N_ARTICLES = 400
STORED = "SELECT COUNT(*) FROM articles"
_clean: dict[str, tuple] = {}
_assessed: dict[str, tuple] = {}
_searched: dict[str, list] = {}
#: Words and phrases of the generated articles (articles_gen), some in clitic forms.
QUERIES = ["حلب", "وريف إدلب", "غارة جوية روسية", "الدفاع المدني", "مدنيين قتلوا", "دوما"]


def searched(url: str) -> list:
    """Every query's hits with their snippets: best first on SQLite; sorted on PostgreSQL,
    which returns equal ranks in the rows' physical order (that later updates of a row,
    by linking or assessment, move), in a plain ingest as in any other."""
    from rasd.store import open_store

    with open_store(url) as s:
        hits = [[(h.article_id, h.snippet) for h in s.search(q, limit=1000)] for q in QUERIES]
    return [sorted(h) for h in hits] if url.startswith("postgresql://") else hits


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("workers") / "articles.jsonl", N_ARTICLES, seed=11)


def run(corpus, url, *args: str) -> str:
    p = ingest(corpus, url, *args)
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    return err


def clean_state(db_url, request, tmp_path, corpus) -> tuple:
    """The store after one plain (no Dask) ingest of ``corpus``, per backend."""
    backend = "postgres" if db_url.startswith("postgresql://") else "sqlite"
    if backend not in _clean:
        url = fresh_url(db_url, request, tmp_path, 0)
        run(corpus, url)
        _clean[backend] = state(url)
        _assessed[backend] = assessed(url)
        _searched[backend] = searched(url)
    return _clean[backend]


def workers_of(proc: subprocess.Popen) -> list[psutil.Process]:
    """The Dask worker processes a `rasd ingest --workers` started (spawned children)."""
    return [c for c in psutil.Process(proc.pid).children(recursive=True)
            if "spawn_main" in " ".join(c.cmdline())]


def test_workers_store_what_a_plain_ingest_stores_and_a_rerun_adds_nothing(
        corpus, db_url, request, tmp_path):
    clean = clean_state(db_url, request, tmp_path, corpus)
    assert clean[1] > N_ARTICLES // 2 and clean[2] > 30 and not clean[4]  # a real workload
    url = fresh_url(db_url, request, tmp_path, 1)
    err = run(corpus, url, "--workers", "2")
    assert f"read {N_ARTICLES}, new {clean[0]}," in err
    assert state(url) == clean  # the same articles, claims, incidents (ids and members)
    # Incidents assessed on the workers: the same grades and article scores.
    grades, scores = assessed(url)
    assert (grades, scores) == _assessed["postgres" if db_url.startswith("postgresql") else "sqlite"]
    assert len(grades) == clean[2] and any(s[1] is not None for s in scores)
    # The search index, written by the workers' texts at each commit: the same hits.
    hits = searched(url)
    assert hits == _searched["postgres" if db_url.startswith("postgresql") else "sqlite"]
    assert all(hits) and sum(map(len, hits)) > N_ARTICLES // 2
    t0 = time.monotonic()
    again = run(corpus, url, "--workers", "2")
    assert f"new 0, duplicates {N_ARTICLES}," in again and "linked" not in again
    assert time.monotonic() - t0 < 15  # nothing to extract: no cluster is started
    assert state(url) == clean


def test_kill_client_then_rerun_equals_a_clean_run(corpus, db_url, request, tmp_path):
    clean = clean_state(db_url, request, tmp_path, corpus)
    url = fresh_url(db_url, request, tmp_path, 1)
    proc = ingest(corpus, url, "--workers", "2")
    assert wait_for(proc, url, STORED, N_ARTICLES // 3), "the ingest finished before the kill point"
    workers = workers_of(proc)
    assert workers, "no Dask worker process was running"
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    assert state(url)[0] < clean[0], "the kill left no work behind"
    # The workers go with their client: nothing is left running.
    gone, alive = psutil.wait_procs(workers, timeout=20)
    assert not alive, f"worker processes outlived the killed client: {alive}"

    run(corpus, url, "--workers", "2")
    assert state(url) == clean


def test_a_killed_worker_loses_no_article(corpus, tmp_path, request):
    clean = clean_state(str(tmp_path / "x.db"), request, tmp_path, corpus)
    url = str(tmp_path / "kill-worker.db")
    proc = ingest(corpus, url, "--workers", "2")
    assert wait_for(proc, url, STORED, N_ARTICLES // 4), "the ingest finished before the kill point"
    victim = workers_of(proc)[0]
    victim.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err  # the nanny restarts it; its tasks run again
    assert not victim.is_running() or victim.status() == psutil.STATUS_ZOMBIE
    assert state(url) == clean


def test_kill_during_linking_then_rerun(corpus, tmp_path, request):
    clean = clean_state(str(tmp_path / "x.db"), request, tmp_path, corpus)
    url = str(tmp_path / "kill-link.db")
    proc = ingest(corpus, url, "--workers", "2")
    assert kill_when(proc, url, "SELECT COUNT(*) FROM articles WHERE state = 'extracted'", clean[0])
    proc.wait(timeout=60)
    killed = state(url)
    assert killed[2] == 0 and len(killed[4]) == clean[0]  # stored, nothing linked
    run(corpus, url, "--workers", "1")
    assert state(url) == clean


def test_an_existing_cluster_by_its_scheduler_address(corpus, tmp_path, request):
    from distributed import LocalCluster

    clean = clean_state(str(tmp_path / "x.db"), request, tmp_path, corpus)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        url = str(tmp_path / "scheduler.db")
        run(corpus, url, "--scheduler", cluster.scheduler_address)
    assert state(url) == clean


def test_cluster_problems_are_one_line(corpus, tmp_path):
    def rasd(*args: str, prelude: str = "") -> subprocess.CompletedProcess:
        code = f"{prelude}from rasd.cli import main; main()"
        return subprocess.run([sys.executable, "-c", code, "ingest", str(corpus), "--db",
                               str(tmp_path / "e.db"), *args], capture_output=True, text=True,
                              timeout=120)

    both = rasd("--workers", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert both.returncode == 2 and "give --workers or --scheduler, not both" in both.stderr
    # Dask missing (hidden from the interpreter): what to install, in one line.
    missing = rasd("--workers", "2", prelude="import sys; sys.modules['distributed'] = None; ")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "pip install 'rasd[dask]'" in missing.stderr.splitlines()[-1]
    nobody = rasd("--scheduler", "tcp://127.0.0.1:1")
    assert nobody.returncode == 1 and "Traceback" not in nobody.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in nobody.stderr
