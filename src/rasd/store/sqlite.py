"""The embedded SQLite store: one file, WAL mode, versioned schema, FTS5 search.

Filterable facts live in plain indexed columns; the full objects are kept as JSON in the
codebook's shape, so a new model field needs no migration unless someone filters on it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Iterator

from rasd.core.models import Article, Claim, Incident, StoredClaim
from rasd.store import fts
from rasd.store.assessments import AssessmentSQL
from rasd.store.base import ClaimFilter, IncidentFilter, LinkEvent, SearchHit, Store


class StoreError(Exception):
    """A problem with the database file the user can act on (one line, no traceback)."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def migrations() -> list[Migration]:
    """The packaged migrations (``store/migrations/NNNN_name.sql``), in order."""
    out = []
    for f in resources.files("rasd.store").joinpath("migrations").iterdir():
        m = _MIGRATION_NAME.match(f.name)
        if m:
            out.append(Migration(int(m.group(1)), f.name, f.read_text("utf-8")))
    out.sort(key=lambda mg: mg.version)
    return out


def content_hash(text: str) -> str:
    """Identity of an article's content: whitespace differences do not make a new article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _statements(script: str) -> Iterator[str]:
    """Split a SQL script into statements (semicolons inside strings are respected)."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            buf = ""
            # A piece holding only comments/whitespace is not a statement.
            if re.sub(r"--[^\n]*", "", stmt).strip(" \n\t;"):
                yield stmt


# sort key -> ORDER BY. The id tail runs in the key's direction so one index serves both.
_INCIDENT_SORTS = {
    "date": "i.day_start IS NULL, i.day_start, i.id",
    "-date": "i.day_start DESC, i.id DESC",
    "killed": "i.killed_best IS NULL, i.killed_best, i.id",
    "-killed": "i.killed_best DESC, i.id DESC",
    "sources": "i.sources, i.id",
    "-sources": "i.sources DESC, i.id DESC",
}
INCIDENT_SORTS = tuple(_INCIDENT_SORTS)
_MAX_SPAN_DAYS = 31


class SQLiteStore(AssessmentSQL, Store):
    def __init__(self, path: str | os.PathLike[str] = ":memory:") -> None:
        self.path = str(path)
        # The API serves from a thread pool: one connection, writes serialised by a lock.
        self._lock = threading.RLock()
        self._incidents_written = False
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA schema_version")  # opening is lazy: fail here, clearly
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot open database {self.path}: {e}") from None
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable rasd database ({e})") from None
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._db.execute("PRAGMA cache_size = -32000")  # 32 MB: filter columns stay hot
            if self.path != ":memory:" and not self.path.startswith("file::memory:"):
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable rasd database ({e})") from None

    # -- schema -----------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version"
            " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        known = migrations()
        latest = known[-1].version if known else 0
        current = self.schema_version
        if current > latest:
            raise StoreError(
                f"{self.path} was written by a newer rasd (schema version {current}, this rasd"
                f" knows up to {latest}); upgrade rasd to use it"
            )
        for mg in known:
            if mg.version <= current:
                continue
            with self._tx():
                # Another process may have migrated while we waited for the write lock.
                if self.schema_version >= mg.version:
                    continue
                try:
                    for stmt in _statements(mg.sql):
                        self._db.execute(stmt)
                except sqlite3.Error as e:
                    raise StoreError(f"{self.path}: migration {mg.name} failed: {e}") from None
                self._db.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                                 (mg.version, mg.name, _now()))

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested use joins the outer one."""
        with self._lock:
            if self._db.in_transaction:
                yield self._db
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def transaction(self) -> Any:
        """One write transaction around several calls (nested calls join it)."""
        return self._tx()

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(sql, params).fetchone()

    # -- articles ---------------------------------------------------------------------
    def add_article(self, article: Article) -> tuple[str, bool]:
        h = article.content_hash or content_hash(article.text)
        with self._tx() as db:
            row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (h,)).fetchone()
            if row:
                return row["id"], False
            aid = article.id
            for candidate in (aid, f"{aid}~{h[:8]}", f"{aid}~{h}"):
                if not db.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
                    aid = candidate
                    break
            cur = db.execute(
                "INSERT INTO articles (id, content_hash, source, url, title, published, lang,"
                " text, origin, published_from, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (aid, h, article.source, article.url, article.title, article.published,
                 article.lang or "ar", article.text, article.origin, article.published_from,
                 _now()),
            )
            db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                       (cur.lastrowid, fts.index_text(article.title), fts.index_text(article.text)))
            return aid, True

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(id=row["id"], text=row["text"], source=row["source"], url=row["url"],
                       title=row["title"], published=row["published"], lang=row["lang"],
                       origin=row["origin"], published_from=row["published_from"],
                       content_hash=row["content_hash"])

    def get_article(self, article_id: str) -> Article | None:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        return self._article(row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        # Paged by rowid so a long iteration neither holds a read cursor nor the lock.
        last = 0
        while True:
            rows = self._rows("SELECT * FROM articles WHERE n > ? ORDER BY n LIMIT 500", (last,))
            if not rows:
                return
            for row in rows:
                yield self._article(row)
            last = rows[-1]["n"]

    def count_articles(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM articles")[0])

    # -- claims -----------------------------------------------------------------------
    def set_claims(self, article_id: str, claims: list[Claim]) -> None:
        with self._tx() as db:
            art = db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
            if art is None:
                raise KeyError(f"no article {article_id!r} in the store")
            published = art["published"]
            db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
            for i, c in enumerate(claims):
                ds = c.date.start if c.date else None
                de = (c.date.end or c.date.start) if c.date else None
                db.execute(
                    "INSERT INTO claims (article_id, claim_index, claimant, event_type, perpetrator,"
                    " victims, scope, governorate, place_name, lat, lon, date_start, date_end,"
                    " day_start, day_end, kinds, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article_id, i, c.claimant, c.event_type, c.perpetrator, c.victims, c.scope,
                     c.place.governorate or "unknown", c.place.name, c.place.lat, c.place.lon,
                     ds, de, ds or published, de or published,
                     " ".join(dict.fromkeys(f.kind for f in c.figures)), _dumps(c.to_dict())),
                )
                db.executemany(
                    "INSERT INTO figures (article_id, claim_index, fig_index, kind, grp, low, high,"
                    " qualifier) VALUES (?,?,?,?,?,?,?,?)",
                    [(article_id, i, j, f.kind, f.group, f.low, f.high, f.qualifier)
                     for j, f in enumerate(c.figures)],
                )

    @staticmethod
    def _claim_where(flt: ClaimFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        # A claim with no date of its own is placed on its article's publication day.
        if flt.since:
            where.append("c.day_end >= ?")
            params.append(flt.since)
        if flt.until:
            where.append("c.day_start <= ?")
            params.append(flt.until)
        _equal(where, params, "c", flt, ("governorate", "claimant", "perpetrator", "victims",
                                          "event_type", "scope", "article_id"))
        if flt.kind:
            where.append("EXISTS (SELECT 1 FROM figures f WHERE f.article_id = c.article_id"
                         " AND f.claim_index = c.claim_index AND f.kind = ?)")
            params.append(flt.kind)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def claims(self, flt: ClaimFilter | None = None) -> list[StoredClaim]:
        flt = flt or ClaimFilter()
        where, params = self._claim_where(flt)
        sql = ("SELECT c.article_id, c.claim_index, c.json, a.source, a.published, a.title,"
               " a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id" + where +
               " ORDER BY c.day_start IS NULL, c.day_start, c.article_id, c.claim_index")
        sql, params = _paginate(sql, params, flt.limit, flt.offset)
        return [StoredClaim(r["article_id"], r["claim_index"], Claim.from_dict(json.loads(r["json"])),
                            source=r["source"], published=r["published"], title=r["title"],
                            content_hash=r["content_hash"])
                for r in self._rows(sql, params)]

    def count_claims(self, flt: ClaimFilter | None = None) -> int:
        where, params = self._claim_where(flt or ClaimFilter())
        return int(self._one("SELECT COUNT(*) FROM claims c" + where, params)[0])

    # -- search -----------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = fts.query_terms(query)
        if not terms:
            return []
        rows = self._rows(
            "SELECT a.id, a.title, a.text, a.published, a.source FROM articles_fts"
            " JOIN articles a ON a.n = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 3.0, 1.0), a.published DESC"
            " LIMIT ?",
            (fts.match_expression(terms), max(0, int(limit))),
        )
        return [SearchHit(r["id"], r["title"], fts.snippet(r["text"], terms),
                          published=r["published"], source=r["source"]) for r in rows]

    # -- incidents --------------------------------------------------------------------
    def save_incidents(self, incidents: list[Incident], events: list[LinkEvent] = ()) -> None:
        self._incidents_written = True
        with self._tx() as db:
            for inc in incidents:
                killed = inc.figures.get("killed")
                injured = inc.figures.get("injured")
                row = {
                    "id": inc.id, "event_type": inc.event_type, "perpetrator": inc.perpetrator,
                    "victims": inc.victims, "governorate": inc.place.governorate or "unknown",
                    "place_name": inc.place.name, "lat": inc.place.lat, "lon": inc.place.lon,
                    "date_start": inc.date.start if inc.date else None,
                    "date_end": (inc.date.end or inc.date.start) if inc.date else None,
                    "reported_start": inc.reported.start if inc.reported else None,
                    "reported_end": (inc.reported.end or inc.reported.start) if inc.reported else None,
                    "date_precision": inc.date_precision or "unknown",
                    "day_start": day.start if (day := inc.date or inc.reported) else None,
                    "day_end": (day.end or day.start) if day else None,
                    "killed_low": killed.low if killed else None,
                    "killed_best": killed.best if killed else None,
                    "killed_high": killed.high if killed else None,
                    "injured_best": injured.best if injured else None,
                    "sources": inc.sources, "claimants": inc.claimants,
                }
                cols = ", ".join(row)
                marks = ", ".join("?" * len(row))
                updates = ", ".join(f"{k} = excluded.{k}" for k in row if k != "id")
                # An upsert, not REPLACE: the row keeps its n, so its JSON row stays attached.
                db.execute(f"INSERT INTO incidents ({cols}) VALUES ({marks})"
                           f" ON CONFLICT (id) DO UPDATE SET {updates}", list(row.values()))
                n = db.execute("SELECT n FROM incidents WHERE id = ?", (inc.id,)).fetchone()[0]
                db.execute("INSERT OR REPLACE INTO incident_json (n, json) VALUES (?, ?)",
                           (n, _dumps(inc.to_dict())))
                db.execute("DELETE FROM incident_claims WHERE incident_id = ?", (inc.id,))
                db.executemany(
                    "INSERT OR IGNORE INTO incident_claims (incident_id, article_id, claim_index)"
                    " VALUES (?, ?, ?)",
                    [(inc.id, ref.article_id, ref.claim_index) for ref in inc.claims],
                )
                db.execute("DELETE FROM incident_claimants WHERE incident_id = ?", (inc.id,))
                db.execute(
                    "INSERT OR IGNORE INTO incident_claimants (incident_id, claimant)"
                    " SELECT ic.incident_id, c.claimant FROM incident_claims ic JOIN claims c"
                    " ON c.article_id = ic.article_id AND c.claim_index = ic.claim_index"
                    " WHERE ic.incident_id = ?", (inc.id,))
            db.executemany(
                "INSERT INTO link_events (at, kind, incident_id, other_ids, detail) VALUES (?,?,?,?,?)",
                [(ev.at or _now(), ev.kind, ev.incident_id, _dumps(list(ev.other_ids)), ev.detail)
                 for ev in events],
            )

    def delete_incidents(self, ids: list[str]) -> None:
        with self._tx() as db:
            db.executemany("DELETE FROM incidents WHERE id = ?", [(i,) for i in ids])

    @staticmethod
    def _incident_where(flt: IncidentFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        # Overlap: an incident spanning the boundary day counts as inside the range. The
        # extra bound on date_start lets the date index narrow the scan; it only loses
        # incidents spanning more than a month, which linking does not produce.
        if flt.since:
            where.append(f"i.day_end >= ? AND i.day_start >= date(?, '-{_MAX_SPAN_DAYS} days')")
            params += [flt.since, flt.since]
        if flt.until:
            where.append("i.day_start <= ?")
            params.append(flt.until)
        _equal(where, params, "i", flt, ("governorate", "perpetrator", "victims", "event_type"))
        if flt.claimant:
            # IN, not EXISTS: the planner may then drive from the claimant's incidents
            # when they are few, or probe them while walking a sort index when many.
            where.append("i.id IN (SELECT x.incident_id FROM incident_claimants x"
                         " WHERE x.claimant = ?)")
            params.append(flt.claimant)
        if flt.min_killed is not None:
            where.append("i.killed_best >= ?")
            params.append(flt.min_killed)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]:
        flt = flt or IncidentFilter()
        order = _INCIDENT_SORTS.get(flt.sort)
        if order is None:
            raise ValueError(f"unknown sort {flt.sort!r}; use one of: {', '.join(INCIDENT_SORTS)}")
        where, params = self._incident_where(flt)
        # Sort and paginate the compact rows first; read JSON only for the page kept.
        page, params = _paginate(f"SELECT i.n FROM incidents i{where} ORDER BY {order}",
                                 params, flt.limit, flt.offset)
        with self._lock:
            ns = [r[0] for r in self._db.execute(page, params)]
            docs: dict[int, str] = {}
            for k in range(0, len(ns), 500):
                chunk = ns[k:k + 500]
                docs.update(self._db.execute(
                    f"SELECT n, json FROM incident_json WHERE n IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall())
        return [Incident.from_dict(json.loads(docs[n])) for n in ns if n in docs]

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        where, params = self._incident_where(flt or IncidentFilter())
        return int(self._one(f"SELECT COUNT(*) FROM incidents i{where}", params)[0])

    def get_incident(self, incident_id: str) -> Incident | None:
        row = self._one("SELECT j.json FROM incidents i JOIN incident_json j ON j.n = i.n"
                        " WHERE i.id = ?", (incident_id,))
        return Incident.from_dict(json.loads(row["json"])) if row else None

    def incident_of_claim(self, article_id: str, claim_index: int) -> str | None:
        row = self._one("SELECT incident_id FROM incident_claims WHERE article_id = ?"
                        " AND claim_index = ? LIMIT 1", (article_id, claim_index))
        return row["incident_id"] if row else None

    def link_events(self, incident_id: str | None = None) -> list[LinkEvent]:
        if incident_id is None:
            rows = self._rows("SELECT * FROM link_events ORDER BY n")
        else:
            # An incident's history includes merges and splits that name it as the other side.
            rows = self._rows(
                "SELECT * FROM link_events WHERE incident_id = ? OR EXISTS"
                " (SELECT 1 FROM json_each(link_events.other_ids) WHERE value = ?) ORDER BY n",
                (incident_id, incident_id))
        return [LinkEvent(r["kind"], r["incident_id"], json.loads(r["other_ids"]), r["detail"], r["at"])
                for r in rows]

    # -- stats ------------------------------------------------------------------------
    def stats(self) -> dict:
        def counts(sql: str) -> dict[str, int]:
            return {r[0]: r[1] for r in self._rows(sql)}

        return {
            "articles": self.count_articles(),
            "claims": self.count_claims(),
            "incidents": self.count_incidents(),
            "claims_by_claimant": counts(
                "SELECT claimant, COUNT(*) n FROM claims GROUP BY claimant ORDER BY n DESC, claimant"),
            "incidents_by_governorate": counts(
                "SELECT governorate, COUNT(*) n FROM incidents GROUP BY governorate"
                " ORDER BY n DESC, governorate"),
            "incidents_by_month": counts(
                "SELECT substr(day_start, 1, 7) m, COUNT(*) FROM incidents"
                " WHERE day_start IS NOT NULL GROUP BY m ORDER BY m"),
            "incidents_by_year": counts(
                "SELECT substr(day_start, 1, 4) y, COUNT(*) FROM incidents"
                " WHERE day_start IS NOT NULL GROUP BY y ORDER BY y"),
            "killed_best_total": int(self._one(
                "SELECT COALESCE(SUM(killed_best), 0) FROM incidents")[0]),
        }

    # -- lifecycle --------------------------------------------------------------------
    def optimize(self) -> None:
        """Refresh the planner's statistics. Without them SQLite cannot tell a selective
        filter (governorate) from a useless one (victims = unknown) and may pick the wrong
        index: at 100,000 incidents that is the difference between 2 ms and 100 ms."""
        with self._lock:
            self._db.execute("ANALYZE incidents")
            self._db.execute("ANALYZE incident_claimants")
            self._db.execute("PRAGMA optimize")

    def close(self) -> None:
        with self._lock:
            try:
                if self._incidents_written:
                    self.optimize()
            except sqlite3.Error:
                pass  # statistics are an optimisation; never fail a close over them
            self._db.close()


def _paginate(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None and not offset:
        return sql, params
    return sql + " LIMIT ? OFFSET ?", [*params, -1 if limit is None else int(limit), int(offset or 0)]


def _equal(where: list[str], params: list, alias: str, flt: object, cols: tuple[str, ...]) -> None:
    """``alias.col = ?`` for each filter field that is set."""
    for col in cols:
        value = getattr(flt, col)
        if value is not None:
            where.append(f"{alias}.{col} = ?")
            params.append(value)
