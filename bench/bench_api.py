#!/usr/bin/env python3
"""Load benchmark for GET /api/incidents, with a writer.

Fills a store (SQLite file or PostgreSQL) with synthetic incidents (bulk, through
Store.save_incidents) or with a corpus ingested by `rasd ingest`, starts ``rasd serve`` in
its own process and drives /api/incidents with assorted filters from concurrent clients on
loopback: Debian's ``wrk`` with a Lua script cycling the URLs when it is installed, else a
Python asyncio + httpx load generator. Meanwhile one client POSTs a new article every
``1/--writes-per-second`` seconds (extraction + linking on the server). Prints p50/p95/p99
latency, requests/s and errors of the reads, and what the writes did.

    python bench/bench_api.py [--incidents 100000 | --corpus FILE.jsonl] [--clients 200]
        [--seconds 30] [--workers 2] [--writes-per-second 1] [--no-cache]
        [--db URL | --pg] [--target-ms 150]

``--pg`` starts a throwaway PostgreSQL server (Debian's initdb/pg_ctl, as the test suite
does) and benchmarks the PostgreSQL store.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the PostgreSQL fixture and the article generator
TOKEN = "bench-token"

GOVS = ["damascus", "rif_dimashq", "aleppo", "idlib", "hama", "homs", "latakia", "tartus",
        "raqqa", "deir_ez_zor", "hasakah", "daraa", "quneitra", "suwayda"]
EVENTS = ["airstrike", "shelling", "clashes", "bombing", "massacre", "other"]
ACTORS = ["russia", "syrian_gov", "coalition", "isis", "sdf", "opposition", "turkey", "unknown"]
CLAIMANTS = ["sohr", "sana", "white_helmets", "snhr", "local_sources", "outlet"]

# The mix a researcher's session makes: first pages, filters alone and combined, sorts, deep pages.
URLS = [
    "/api/incidents",
    "/api/incidents?limit=100",
    "/api/incidents?governorate=idlib",
    "/api/incidents?governorate=aleppo&sort=-killed",
    "/api/incidents?since=2016-01-01&until=2016-12-31",
    "/api/incidents?since=2019-03&until=2019-03&governorate=idlib",
    "/api/incidents?perpetrator=russia&event_type=airstrike",
    "/api/incidents?victims=civilians&min_killed=20",
    "/api/incidents?claimant=sohr",
    "/api/incidents?claimant=white_helmets&governorate=hama",
    "/api/incidents?min_killed=50&sort=-killed",
    "/api/incidents?sort=-sources&limit=20",
    "/api/incidents?sort=date&offset=1000",
    "/api/incidents?event_type=massacre&since=2014",
    "/api/incidents?governorate=deir_ez_zor&perpetrator=coalition&since=2017-01-01",
    "/api/incidents?offset=5000&limit=50",
]


def url_mix(n_random: int = 300, seed: int = 11) -> list[str]:
    """The fixed mix plus random combinations, so the read cache is not the only thing measured."""
    rnd = random.Random(seed)
    out = list(URLS)
    for _ in range(n_random):
        q = [f"governorate={rnd.choice(GOVS)}"] if rnd.random() < 0.6 else []
        if rnd.random() < 0.5:
            y = rnd.randint(2012, 2021)
            q.append(f"since={y}-{rnd.randint(1, 12):02d}&until={y}")
        if rnd.random() < 0.3:
            q.append(f"event_type={rnd.choice(EVENTS)}")
        if rnd.random() < 0.2:
            q.append(f"min_killed={rnd.choice([5, 10, 20])}")
        q.append(f"sort={rnd.choice(['-date', 'date', '-killed', '-sources'])}")
        q.append(f"offset={rnd.choice([0, 0, 50, 100, 500])}")
        out.append("/api/incidents?" + "&".join(q))
    return out


def fill(db: str, n: int, seed: int = 7) -> float:
    """``n`` synthetic incidents into the store ``db`` names."""
    from datetime import date, timedelta

    from rasd.core.models import ClaimRef, DateSpan, Incident, Place, ReconciledFigure
    from rasd.store import open_store

    rnd = random.Random(seed)
    day0 = date(2012, 1, 1)
    t0 = time.perf_counter()
    store = open_store(db)
    batch: list[Incident] = []
    for i in range(n):
        d = (day0 + timedelta(days=rnd.randrange(365 * 10))).isoformat()
        killed = int(rnd.paretovariate(1.3)) if rnd.random() < 0.9 else None
        claimants = rnd.sample(CLAIMANTS, rnd.randint(1, 3))
        figs = {} if killed is None else {"killed": ReconciledFigure(
            killed, killed + rnd.randint(0, 3), killed + rnd.randint(3, 6),
            {c: str(killed + k) for k, c in enumerate(claimants)})}
        batch.append(Incident(
            id=f"bench-{i:06d}", event_type=rnd.choice(EVENTS), perpetrator=rnd.choice(ACTORS),
            victims=rnd.choice(["civilians", "civilians", "unknown", "pro_gov", "opposition"]),
            place=Place(None, rnd.choice(GOVS), 33 + rnd.random() * 4, 36 + rnd.random() * 5, "town"),
            date=DateSpan(d, d), figures=figs,
            claims=[ClaimRef(f"bench-a{i}", k) for k in range(len(claimants))],
            sources=rnd.randint(1, 6), claimants=len(claimants)))
        if len(batch) == 5000:
            store.save_incidents(batch)
            batch = []
    if batch:
        store.save_incidents(batch)
    # incident_claimants is filled from stored claims; synthetic incidents have none, so
    # give the claimant filter something to find through the store's own tables.
    _claimants(store, rnd)
    store.close()  # runs ANALYZE: the planner needs statistics at this size
    return time.perf_counter() - t0


def _claimants(store, rnd: random.Random) -> None:
    # Through the store's own SQL helpers (bench-only use of its internals).
    with store.transaction():
        ids = [r[0] for r in store._rows("SELECT id FROM incidents ORDER BY id")]
        store._many("INSERT INTO incident_claimants (incident_id, claimant) VALUES (?, ?)"
                    " ON CONFLICT DO NOTHING",
                    [(i, c) for i in ids for c in rnd.sample(CLAIMANTS, rnd.randint(1, 3))])


def ingest_corpus(db: str, corpus: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from rasd.cli import main; main()", "ingest", corpus,
                    "--db", db], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def store_is_empty(db: str) -> bool:
    from rasd.store import open_store

    with open_store(db) as s:
        return s.count_incidents() == 0 and s.count_articles() == 0


class Writer(threading.Thread):
    """POSTs one new article (our own generated sentences) every ``interval`` seconds."""

    def __init__(self, base: str, interval: float, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.base, self.interval, self.stop = base, interval, stop
        self.latencies: list[float] = []
        self.errors = 0

    def run(self) -> None:
        import httpx

        from articles_gen import articles

        arts = articles(2000, seed=int(time.time()))
        k = 0
        with httpx.Client(base_url=self.base, timeout=60,
                          headers={"Authorization": f"Bearer {TOKEN}"}) as c:
            nxt = time.monotonic()
            while not self.stop.is_set():
                a = dict(arts[k % len(arts)], id=f"bench-w{os.getpid()}-{k}-{time.time_ns()}")
                a["text"] += f" ({a['id']})"  # always new content
                t = time.perf_counter()
                try:
                    r = c.post("/api/articles", json=a)
                    if r.status_code not in (200, 201):
                        self.errors += 1
                except httpx.HTTPError:
                    self.errors += 1
                self.latencies.append((time.perf_counter() - t) * 1000)
                k += 1
                nxt += self.interval
                self.stop.wait(max(0.0, nxt - time.monotonic()))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, workers: int, cache: bool, stale_ms: float = 0) -> subprocess.Popen:
    import httpx

    env = {**os.environ, "RASD_API_CACHE": "1" if cache else "0", "RASD_API_TOKEN": TOKEN,
           "RASD_API_STALE_MS": str(stale_ms)}
    # The server's messages go to a file: a pipe nobody reads would fill and stall it.
    log = tempfile.NamedTemporaryFile("w+", prefix="rasd-serve-", suffix=".log", delete=False)
    proc = subprocess.Popen([sys.executable, "-c", "from rasd.cli import main; main()", "serve",
                             "--db", db, "--port", str(port), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=log, env=env)
    proc.log_path = log.name  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/incidents?limit=1", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit(f"rasd serve did not start: {Path(log.name).read_text(errors='replace')[-2000:]}")


LUA = """
local urls = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", urls[(i %% #urls) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %%d, "seconds": %%.3f, "p50": %%.3f, "p95": %%.3f, "p99": %%.3f, "max": %%.3f, "errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def run_wrk(base: str, clients: int, seconds: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(LUA % ", ".join(json.dumps(u) for u in url_mix()))
        script = f.name
    try:
        out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "5s",
                              "-s", script, base], capture_output=True, text=True,
                             timeout=seconds + 60, check=True).stdout
    finally:
        os.unlink(script)
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    r["rps"] = r["requests"] / r["seconds"]
    r["tool"] = "wrk"
    return r


async def _py_load(base: str, clients: int, seconds: int) -> dict:
    import httpx

    urls = url_mix()
    lat: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def worker(k: int, c: httpx.AsyncClient) -> None:
        nonlocal errors
        i = k
        while time.monotonic() < stop:
            t = time.perf_counter()
            try:
                r = await c.get(urls[i % len(urls)])
                if r.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            lat.append((time.perf_counter() - t) * 1000)
            i += 1

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=5) as c:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(k, c) for k in range(clients)))
        took = time.perf_counter() - t0
    lat.sort()
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))]  # noqa: E731
    return {"requests": len(lat), "seconds": took, "p50": pct(50), "p95": pct(95), "p99": pct(99),
            "max": lat[-1], "errors": errors, "rps": len(lat) / took, "tool": "python-httpx"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--corpus", help="ingest this JSON Lines file (rasd ingest) instead of "
                                     "synthetic incidents")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2, help="rasd serve --workers")
    ap.add_argument("--writes-per-second", type=float, default=1.0,
                    help="POST /api/articles rate during the run (0: no writer)")
    ap.add_argument("--db", help="reuse (or keep) this store (a file or a postgresql:// URL)")
    ap.add_argument("--pg", action="store_true", help="a throwaway PostgreSQL server's store")
    ap.add_argument("--no-cache", action="store_true",
                    help="serve with RASD_API_CACHE=0: measure the store, not the read cache")
    ap.add_argument("--max-stale-ms", type=float, default=0,
                    help="rasd serve --max-stale-ms: cached reads may lag a write this long")
    ap.add_argument("--python-load", action="store_true", help="use the httpx generator, not wrk")
    ap.add_argument("--target-ms", type=float, default=150.0, help="p95 bar")
    args = ap.parse_args()

    tmp = pg = None
    db = args.db
    if db is None and args.pg:
        from pgserver import PgServer

        pg = PgServer().start()
        pg.sql("CREATE DATABASE bench")
        db = pg.url("bench")
    elif db is None:
        tmp = tempfile.mkdtemp(prefix="rasd-bench-")
        db = str(Path(tmp) / "bench.db")
    writer = None
    try:
        if (not db.startswith("postgres") and not Path(db).exists()) or store_is_empty(db):
            if args.corpus:
                took = ingest_corpus(db, args.corpus)
                print(f"ingested {args.corpus} in {took:.1f} s")
            else:
                took = fill(db, args.incidents)
                print(f"filled {args.incidents} incidents in {took:.1f} s")
        port = free_port()
        proc = start_server(db, port, args.workers, cache=not args.no_cache,
                            stale_ms=args.max_stale_ms)
        base = f"http://127.0.0.1:{port}"
        try:
            import httpx

            for u in url_mix():  # warm the page cache and check every URL answers
                r = httpx.get(base + u, timeout=30)
                assert r.status_code == 200, (u, r.status_code, r.text[:200])
            stop = threading.Event()
            if args.writes_per_second > 0:
                writer = Writer(base, 1 / args.writes_per_second, stop)
                writer.start()
            try:
                if shutil.which("wrk") and not args.python_load:
                    res = run_wrk(base, args.clients, args.seconds)
                else:
                    res = asyncio.run(_py_load(base, args.clients, args.seconds))
            finally:
                stop.set()
                if writer:
                    writer.join(timeout=120)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
            errors = Path(proc.log_path).read_text(errors="replace")
            os.unlink(proc.log_path)
            if "Traceback" in errors or "ERROR" in errors:
                print("server errors (last 2000 characters):\n" + errors[-2000:])
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        if pg:
            pg.stop()
    kind = "PostgreSQL" if db.startswith("postgres") else "SQLite"
    print(f"GET /api/incidents on {kind}, {len(url_mix())} filter mixes, {args.clients} clients, "
          f"{args.seconds} s, {args.workers} worker(s), read cache {'off' if args.no_cache else 'on'}"
          f"{f' (max stale {args.max_stale_ms:g} ms)' if args.max_stale_ms and not args.no_cache else ''}, "
          f"load by {res['tool']}")
    print(f"  requests {res['requests']}  ({res['rps']:.0f} req/s)  errors {res['errors']}")
    print(f"  latency ms: p50 {res['p50']:.1f}  p95 {res['p95']:.1f}  p99 {res['p99']:.1f}  max {res['max']:.1f}")
    werr = 0
    if writer:
        lat = sorted(writer.latencies) or [0.0]
        werr = writer.errors
        print(f"  writer: {len(writer.latencies)} POSTs ({args.writes_per_second:g}/s), errors {werr}, "
              f"latency ms p50 {lat[len(lat) // 2]:.0f} max {lat[-1]:.0f}")
    ok = res["p95"] < args.target_ms and res["errors"] == 0 and werr == 0
    print(f"  target p95 < {args.target_ms:g} ms, 0 errors:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
