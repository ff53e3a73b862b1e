"""Extraction and assessment on a Dask cluster, for ``ingest_articles``.

    with dask_cluster(workers=2) as run:          # a LocalCluster of processes
        ingest_articles(store, articles, extractor=run.extract, mapper=run.map)
    with dask_cluster(scheduler="tcp://10.0.0.5:8786") as run:  # an existing cluster
        ...

Workers run ``extract_one`` (no store, nothing but articles in and results out) and make
what the writer would otherwise compute from the results (``extract_batch``); the
calling process stays the single writer and stores the results in the articles' order as
they come back, so the store's one-transaction-per-article and crash-safety guarantees,
and what it ends with, are those of a plain ingest. Assessing the incidents linking changed is farmed out the same way (the writer
reads their claims and writes the results). At most ``in_flight`` batches of ``batch`` articles are out at once, so memory
stays bounded however many articles are read. A worker that dies has its tasks re-run
elsewhere by Dask (a nanny restarts it); a batch that kills workers again and again comes
back as failed articles (with the error), which the next ingest retries like any other
failure.

Needs ``rasd[dask]`` (``dask[distributed]``); without it ``DaskUnavailable`` says so.
"""

from __future__ import annotations

import logging
from collections import deque
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any, Callable, Iterable, Iterator

from rasd.core.models import Article
from rasd.service.ingest import Extracted, extract_one

#: Articles per task: scheduling and moving a task cost the client (the one writer) a few
#: ms each, so a task holds well over a hundred ms of extraction (~3-30 ms an article);
#: few enough that a lost worker redoes little.
BATCH = 64
#: Tasks out per worker: keeps every worker busy while results travel back.
TASKS_PER_WORKER = 3
#: Fewer jobs than this are mapped in this process.
MAP_HERE_BELOW = 8
#: Seconds to wait for a scheduler to answer, and for its first worker.
CONNECT_TIMEOUT = 10
INSTALL_HINT = "pip install 'rasd[dask]'"
#: Dask settings for the LocalCluster rasd starts (a cluster the user runs is theirs to
#: configure). The scheduler and the workers' nannies live in this process, the one
#: writer, and with the defaults their housekeeping costs it ~40 ms of CPU a second, idle
#: or not: every server's event-loop health check 50 times a second, a system monitor
#: (psutil) twice a second, for a dashboard rasd does not start. The workers' statistical
#: profiler walks the running task's stack 100 times a second (its only reader is the
#: dashboard). Every process then competes with extraction for the cores: on two cores
#: with two workers, CPU anywhere is extraction's wall time.
LOCAL_DASK_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.profile.enabled": False,
}


class ClusterError(Exception):
    """The cluster cannot be used (one line for the user)."""


class DaskUnavailable(ClusterError):
    pass


class Results(list):
    """A task's results. Not a plain list, so that Dask pickles them as one object: a
    list it pickles item by item, each with its own header and frames."""

    __slots__ = ()


def extract_batch(articles: list[Article], rows: bool = True) -> Results:
    """A worker's task: ``extract_one`` over a batch (never raises for one bad article),
    with what the one writer would otherwise compute made here: each article's
    search-index texts and, if ``rows``, its claims' rows. The results come back without
    their articles (the client holds them: ``extract_on`` puts them back), which halves
    what the client receives, and, with rows, without the ``Claim`` objects: the writer
    decodes them from the rows' JSON (``ClaimRows.claims``), which costs it less than
    unpickling them and spares the worker pickling them."""
    from rasd.store.fts import index_texts
    from rasd.store.rows import claim_rows

    out = Results()
    for a in articles:
        ex = extract_one(a)
        ex.indexed = index_texts(a.title, a.text)
        if rows and ex.claims is not None:
            try:
                ex.rows = claim_rows(ex.claims)
            except Exception:  # left to the writer, which reports it for this article alone
                pass
            else:
                ex.claims = None  # they travel as the rows' JSON; see Extracted.claims
        ex.article = None  # type: ignore[assignment]
        out.append(ex)
    return out


def worker_info() -> tuple[str, str]:
    """What a worker runs: rasd's version and Python's (checked before any work is sent)."""
    import platform

    from rasd import __version__

    return __version__, platform.python_version()


def _require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise DaskUnavailable(f"--workers and --scheduler need Dask: {INSTALL_HINT}") from None


@contextmanager
def dask_cluster(workers: int | None = None, scheduler: str | None = None,
                 batch: int = BATCH, in_flight: int | None = None) -> Iterator["ClusterRunner"]:
    """A ``ClusterRunner`` on a new LocalCluster of ``workers`` single-threaded processes,
    or on the cluster whose scheduler listens at ``scheduler``; closed on exit. The cluster
    is started (or reached) when there is work for it, so a re-run that finds everything
    stored starts nothing. Raises ``ClusterError`` in one line."""
    _require_dask()
    if (workers is None) == (scheduler is None):
        raise ValueError("give workers or scheduler")
    runner = ClusterRunner(_Cluster(workers, scheduler), batch, in_flight)
    try:
        yield runner
    finally:
        runner.cluster.close()


class ClusterRunner:
    """The costly pure stages on a Dask cluster: ``extract`` (an ``Extractor``) and
    ``map`` (assessing incidents; a ``rasd.assess.incremental.Mapper``)."""

    def __init__(self, cluster: "_Cluster", batch: int, in_flight: int | None) -> None:
        self.cluster, self.batch, self.in_flight = cluster, batch, in_flight

    def extract(self, articles: Iterable[Article]) -> Iterator[Extracted]:
        it = iter(articles)
        first = next(it, None)
        if first is None:
            return
        client, n = self.cluster.client()
        # The workers encode the claims, however many there are: their rows cost a worker
        # less to make and send (~0.08 ms an article) than the Claim objects cost it to
        # pickle (~0.17 ms), and spare the one writer unpickling and encoding them.
        yield from extract_on(client, chain([first], it), batch=self.batch,
                              in_flight=self.in_flight or max(2, TASKS_PER_WORKER * n))

    def map(self, fn: Callable[[Any], Any], jobs: list) -> list:
        """``[fn(job) for job in jobs]``, in chunks on the workers. A few jobs are done here
        (not worth a round trip, nor starting a cluster); a chunk whose task fails (its
        worker died again and again) is done here too."""
        if len(jobs) < MAP_HERE_BELOW:
            return [fn(job) for job in jobs]
        client, n = self.cluster.client()
        size = max(1, -(-len(jobs) // (n * TASKS_PER_WORKER)))
        chunks = [jobs[k:k + size] for k in range(0, len(jobs), size)]
        futures = [client.submit(map_chunk, fn, chunk, pure=False) for chunk in chunks]
        out: list = []
        for fut, chunk in zip(futures, chunks):
            try:
                out.extend(fut.result())
            except Exception:  # KilledWorker and the like: the work is pure, redo it here
                out.extend(fn(job) for job in chunk)
            fut.release()
        return out


def map_chunk(fn: Callable[[Any], Any], jobs: list) -> list:
    """A worker's task for ``ClusterRunner.map``."""
    return [fn(job) for job in jobs]


class _Cluster:
    """A Dask client (and the LocalCluster it drives), made on first use."""

    def __init__(self, workers: int | None, scheduler: str | None) -> None:
        self.workers, self.scheduler = workers, scheduler
        self._client: Any = None
        self._local: Any = None
        self._n = 0

    def client(self) -> tuple[Any, int]:
        if self._client is None:
            if self.scheduler is None:
                self._client = self._start_local()
            else:
                self._client = _connect(self.scheduler)
            self._n = _check_workers(self._client, self.scheduler)
        return self._client, self._n

    def _start_local(self) -> Any:
        import dask
        from distributed import Client, LocalCluster

        try:
            # Processes, one thread each: extraction is pure Python and holds the GIL. The
            # settings are read as each part starts (the nannies pass them on to the
            # worker processes, restarted ones included).
            with dask.config.set(LOCAL_DASK_CONFIG):
                self._local = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                           processes=True, dashboard_address=None,
                                           silence_logs=logging.ERROR)
                return Client(self._local)
        except Exception as e:  # ports, process start-up, resources
            self.close()
            raise ClusterError(f"could not start a local Dask cluster: {_line(e)}") from None

    def close(self) -> None:
        for part in (self._client, self._local):
            if part is not None:
                try:
                    part.close()
                except Exception:  # already gone (a scheduler that went away)
                    pass
        self._client = self._local = None


def _connect(address: str) -> Any:
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except Exception as e:  # OSError, TimeoutError, a bad address
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {_line(e)}") from None


def _check_workers(client: Any, scheduler: str | None) -> int:
    """The number of workers, after checking each runs this rasd."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except Exception:
        raise ClusterError(f"no Dask worker joined the scheduler at {scheduler} within "
                           f"{CONNECT_TIMEOUT} s; start some with `dask worker {scheduler}`") from None
    from rasd import __version__

    try:
        seen = client.run(worker_info)
    except Exception as e:  # a worker without rasd fails to unpickle the function
        raise ClusterError(f"the Dask workers cannot run rasd ({_line(e)}); install rasd "
                           "on every worker") from None
    bad = sorted(f"{addr} has rasd {v}" for addr, (v, _) in seen.items() if v != __version__)
    if bad:
        raise ClusterError(f"workers run another rasd than this one ({__version__}): "
                           + "; ".join(bad))
    return len(seen)


def extract_on(client: Any, articles: Iterable[Article], batch: int = BATCH,
               in_flight: int = 4, rows: bool = True) -> Iterator[Extracted]:
    """Extract ``articles`` on the cluster of ``client``, ``batch`` to a task, at most
    ``in_flight`` tasks out at once; yields the results in the articles' order, so the
    store ends as after a plain ingest (which copy of a duplicate is kept, the order
    linking sees) while the workers run ahead on the tasks behind the first. ``rows``:
    the workers make the claims' rows (``extract_batch``)."""
    it = iter(articles)
    out: deque[tuple[Any, list[Article]]] = deque()

    def submit() -> None:
        chunk = list(islice(it, batch))
        if chunk:
            out.append((client.submit(extract_batch, chunk, rows, pure=False), chunk))

    for _ in range(in_flight):
        submit()
    while out:
        fut, chunk = out.popleft()
        try:
            results = fut.result()
            for a, ex in zip(chunk, results, strict=True):
                ex.article = a
        except Exception as e:  # KilledWorker after repeated deaths, or a lost connection
            results = [Extracted(a, None, f"extraction failed on the cluster: "
                                          f"{type(e).__name__}: {_line(e)}") for a in chunk]
        fut.release()
        submit()
        yield from results


def _line(e: BaseException) -> str:
    return " ".join(str(e).split())[:300] or type(e).__name__
