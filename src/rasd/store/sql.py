"""The SQL both backends share. ``SQLStore`` holds every query; a backend (``sqlite``,
``postgres``) supplies connections, transactions, migrations and full-text search.

Queries are written once with ``?`` placeholders and in the SQL both dialects accept
(upserts with ON CONFLICT, RETURNING, ISO days as text); the few places where the
dialects differ are class attributes or small methods a backend overrides.

Connections are per thread: a writer in one thread never stalls readers in others
(SQLite WAL readers, PostgreSQL MVCC), and a transaction sees its own writes.
"""

from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any, ContextManager, Iterator

from rasd.core.models import Article, Claim, Incident, StoredClaim
from rasd.ingest.cleanup import content_hash
from rasd.store import fts
from rasd.store.assessments import AssessmentSQL
from rasd.store.rows import ClaimRows, claim_rows, dumps
from rasd.store.watch import WatchSQL
from rasd.store.base import (
    EXTRACTED, NEW, LinkEvent, SearchHit, Store, StoreError,
)
from rasd.store.filters import (
    CLAIM_FILTERS, INCIDENT_FILTERS, INCIDENT_SORTS, ClaimFilter, IncidentFilter, where,
)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def packaged_migrations(folder: str) -> list[Migration]:
    """The migrations in ``rasd/store/<folder>/NNNN_name.sql``, in order."""
    out = []
    for f in resources.files("rasd.store").joinpath(folder).iterdir():
        m = _MIGRATION_NAME.match(f.name)
        if m:
            out.append(Migration(int(m.group(1)), f.name, f.read_text("utf-8")))
    out.sort(key=lambda mg: mg.version)
    return out


#: versions whose incident changes are kept (older ones are pruned at each commit)
CHANGES_KEPT = 1000
#: more distinct changed incidents than this since a version: treat as "everything changed"
MAX_CHANGES = 2000


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class SQLStore(AssessmentSQL, WatchSQL, Store):
    """Everything but connecting, transactions, migrations and search."""

    #: sort key -> ORDER BY; the id tail runs in the key's direction so one index serves both
    SORTS: dict[str, str] = {}
    #: LIMIT value meaning "no limit"
    NO_LIMIT: Any = -1
    #: condition on ``link_events`` naming the incident among other_ids (one ``?``)
    OTHER_ID_MATCH = "EXISTS (SELECT 1 FROM json_each(link_events.other_ids) WHERE value = ?)"
    #: exceptions of the driver that mean "the database said no"
    DRIVER_ERRORS: tuple[type[BaseException], ...] = ()
    #: articles are indexed for search at the commit, all of a transaction's at once (see
    #: ``_index_articles``), rather than each with its row
    INDEX_AT_COMMIT = False
    label = "store"

    def __init__(self) -> None:
        self._local = threading.local()
        self._all: list[Any] = []
        self._all_lock = threading.Lock()
        self._incidents_written = False
        self._closed = False

    # -- backend hooks ----------------------------------------------------------------
    def _connect(self) -> Any:
        raise NotImplementedError

    def _begin(self, conn: Any) -> None:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        """The statement in this driver's placeholder style."""
        return sql

    def _guard(self) -> ContextManager[Any]:
        """Held around every use of a connection; only a store sharing one connection
        between threads (SQLite in memory) needs a real lock."""
        return nullcontext()

    def _index_articles(self, conn: Any, items: list[tuple[int, fts.Indexed]]) -> None:
        """Index articles for search: (n, its index texts (``fts.index_texts``)) each."""
        raise NotImplementedError

    def _search_rows(self, terms: list[tuple[str, ...]], limit: int) -> list[Any]:
        """Rows (id, title, text, published, source) matching every term, best first."""
        raise NotImplementedError

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = fts.query_terms(query)
        if not terms:
            return []
        return [SearchHit(r["id"], r["title"], fts.snippet(r["text"], terms),
                          published=r["published"], source=r["source"])
                for r in self._search_rows(terms, max(0, int(limit)))]

    def _analyze(self, conn: Any) -> None:
        pass

    # -- connections and transactions -------------------------------------------------
    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise StoreError(f"{self.label} is closed")
            conn = self._connect()
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    def _exec(self, sql: str, params: Any = ()) -> Any:
        return self._conn().execute(self._sql(sql), params)

    def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        with self._guard():
            return self._exec(sql, params).fetchall()

    def _one(self, sql: str, params: Any = ()) -> Any:
        with self._guard():
            return self._exec(sql, params).fetchone()

    def _many(self, sql: str, rows: list[Any]) -> None:
        if rows:
            cur = self._conn().cursor()
            try:
                cur.executemany(self._sql(sql), rows)
            finally:
                cur.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._guard():
            depth = getattr(self._local, "depth", 0)
            if depth:
                # Nested: a savepoint, so a failure inside undoes only its own part.
                conn = self._conn()
                conn.execute(f"SAVEPOINT rasd_{depth}")
                self._local.depth = depth + 1
                mark = len(self._local.to_index)
                try:
                    yield
                except BaseException:
                    conn.execute(f"ROLLBACK TO SAVEPOINT rasd_{depth}")
                    conn.execute(f"RELEASE SAVEPOINT rasd_{depth}")
                    del self._local.to_index[mark:]
                    raise
                else:
                    conn.execute(f"RELEASE SAVEPOINT rasd_{depth}")
                finally:
                    self._local.depth = depth
                return
            conn = self._conn()
            self._begin(conn)
            self._local.depth = 1
            self._local.to_index = []
            try:
                yield
                if self._local.to_index:
                    self._index_articles(conn, self._local.to_index)
                # Last statement before COMMIT: readers that saw the old number cannot
                # have seen the new data, so a cache keyed on it is never stale.
                self._exec("UPDATE data_version SET version = version + 1")
                # The change log (migration 0006) is kept for the last CHANGES_KEPT versions.
                self._exec("DELETE FROM incident_changes WHERE version <="
                           " (SELECT version FROM data_version) - ?", (CHANGES_KEPT,))
            except BaseException:
                self._local.depth = 0
                self._local.to_index = []
                conn.execute("ROLLBACK")
                raise
            self._local.depth = 0
            self._local.to_index = []
            conn.execute("COMMIT")

    def data_version(self) -> int:
        row = self._one("SELECT version FROM data_version")
        return int(row[0]) if row else 0

    def incident_changes_since(self, version: int) -> tuple[int, list[tuple] | None]:
        # One statement, so the version and the changes are one snapshot: the changes are
        # exactly those of the versions after ``version`` up to the one returned.
        rows = self._rows(
            "SELECT 0, version, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM data_version"
            " UNION ALL SELECT 1, NULL, c.* FROM (SELECT DISTINCT governorate, event_type,"
            " perpetrator, victims, day_start, day_end, killed_best FROM incident_changes"
            " WHERE version > ? LIMIT ?) c", (int(version), MAX_CHANGES + 1))
        now = next((int(r[1]) for r in rows if r[0] == 0), 0)
        changes = [tuple(r[k] for k in range(2, 9)) for r in rows if r[0] == 1]
        if now - int(version) >= CHANGES_KEPT or len(changes) > MAX_CHANGES:
            return now, None  # pruned already, or too many to be worth checking one by one
        return now, changes

    # -- articles ---------------------------------------------------------------------
    def add_article(self, article: Article, indexed: fts.Indexed | None = None,
                    state: str = NEW) -> tuple[str, bool]:
        h = article.content_hash or content_hash(article.text)
        with self.transaction():
            # One look-up for both the content (a duplicate) and the id (taken by another).
            found = self._exec("SELECT id, content_hash FROM articles"
                               " WHERE content_hash = ? OR id = ?", (h, article.id)).fetchall()
            for row in found:
                if row[1] == h:
                    return row[0], False
            aid = article.id
            if found:
                for candidate in (f"{aid}~{h[:8]}", f"{aid}~{h}"):
                    if not self._exec("SELECT 1 FROM articles WHERE id = ?",
                                      (candidate,)).fetchone():
                        aid = candidate
                        break
            n = self._exec(
                "INSERT INTO articles (id, content_hash, source, url, title, published, lang,"
                " text, origin, published_from, ingested_at, state)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING n",
                (aid, h, article.source, article.url, article.title, article.published,
                 article.lang or "ar", article.text, article.origin, article.published_from,
                 now(), state),
            ).fetchone()[0]
            item = (n, indexed or fts.index_texts(article.title, article.text))
            if self.INDEX_AT_COMMIT:
                self._local.to_index.append(item)
            else:
                self._index_articles(self._conn(), [item])
            return aid, True

    @staticmethod
    def _article(row: Any) -> Article:
        return Article(id=row["id"], text=row["text"], source=row["source"], url=row["url"],
                       title=row["title"], published=row["published"], lang=row["lang"],
                       origin=row["origin"], published_from=row["published_from"],
                       content_hash=row["content_hash"])

    def get_article(self, article_id: str) -> Article | None:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        return self._article(row) if row else None

    def find_article(self, content_hash: str) -> tuple[str, str] | None:
        row = self._one("SELECT id, state FROM articles WHERE content_hash = ?", (content_hash,))
        return (row[0], row[1]) if row else None

    def update_article(self, article_id: str, article: Article) -> None:
        with self.transaction():
            self._exec("UPDATE articles SET source = ?, url = ?, title = ?, published = ?,"
                       " lang = ?, origin = ?, published_from = ? WHERE id = ?",
                       (article.source, article.url, article.title, article.published,
                        article.lang or "ar", article.origin, article.published_from, article_id))

    def article_state(self, article_id: str) -> tuple[str, str | None] | None:
        row = self._one("SELECT state, error FROM articles WHERE id = ?", (article_id,))
        return (row[0], row[1]) if row else None

    def set_article_state(self, article_ids: list[str], state: str, error: str | None = None) -> None:
        with self.transaction():
            self._many("UPDATE articles SET state = ?, error = ? WHERE id = ?",
                       [(state, error, aid) for aid in article_ids])

    def articles_in_state(self, *states: str) -> list[str]:
        marks = ",".join("?" * len(states))
        return [r[0] for r in self._rows(f"SELECT id FROM articles WHERE state IN ({marks})"
                                         " ORDER BY n", list(states))]

    def iter_articles(self) -> Iterator[Article]:
        # Paged by n so a long iteration neither holds a read cursor nor a lock.
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
    def set_claims(self, article_id: str, claims: list[Claim],
                   rows: ClaimRows | None = None) -> list[StoredClaim]:
        prepared = rows if rows is not None else claim_rows(claims)
        with self.transaction():
            art = self._exec("SELECT published, source, title, content_hash, state, error"
                             " FROM articles WHERE id = ?", (article_id,)).fetchone()
            if art is None:
                raise KeyError(f"no article {article_id!r} in the store")
            published = art["published"]
            self._exec("DELETE FROM claims WHERE article_id = ?", (article_id,))
            # r[10], r[11]: the claim's own dates (claim_rows), standing in for the day.
            self._many(
                "INSERT INTO claims (article_id, claim_index, claimant, event_type, perpetrator,"
                " victims, scope, governorate, place_name, lat, lon, date_start, date_end,"
                " day_start, day_end, kinds, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article_id, *r[:12], r[10] or published, r[11] or published, *r[12:])
                 for r in prepared.rows])
            self._many(
                "INSERT INTO figures (article_id, claim_index, fig_index, kind, grp, low, high,"
                " qualifier) VALUES (?,?,?,?,?,?,?,?)",
                [(article_id, *f) for f in prepared.figures])
            # An article stored as extracted already (add_article's state) is not rewritten:
            # the update would copy its whole text.
            if art["state"] != EXTRACTED or art["error"] is not None:
                self._exec("UPDATE articles SET state = ?, error = NULL WHERE id = ?",
                           (EXTRACTED, article_id))
        return [StoredClaim(article_id, i, c, source=art["source"], published=published,
                            title=art["title"], content_hash=art["content_hash"])
                for i, c in enumerate(prepared.claims)]

    def claims(self, flt: ClaimFilter | None = None) -> list[StoredClaim]:
        flt = flt or ClaimFilter()
        cond, params = where(CLAIM_FILTERS, flt)
        sql = ("SELECT c.article_id, c.claim_index, c.json, a.source, a.published, a.title,"
               " a.content_hash FROM claims c JOIN articles a ON a.id = c.article_id" + cond +
               " ORDER BY c.day_start IS NULL, c.day_start, c.article_id, c.claim_index")
        sql, params = self._paginate(sql, params, flt.limit, flt.offset)
        return [StoredClaim(r["article_id"], r["claim_index"], Claim.from_dict(json.loads(r["json"])),
                            source=r["source"], published=r["published"], title=r["title"],
                            content_hash=r["content_hash"])
                for r in self._rows(sql, params)]

    def count_claims(self, flt: ClaimFilter | None = None) -> int:
        cond, params = where(CLAIM_FILTERS, flt or ClaimFilter())
        return int(self._one("SELECT COUNT(*) FROM claims c" + cond, params)[0])

    # -- incidents --------------------------------------------------------------------
    def save_incidents(self, incidents: list[Incident], events: list[LinkEvent] = ()) -> None:
        self._incidents_written = True
        # Whole batches per statement (executemany): one round trip per kind of row, not
        # per incident, which is what makes PostgreSQL as quick as SQLite here.
        incidents = list({inc.id: inc for inc in incidents}.values())
        with self.transaction():
            if incidents:
                rows = [_incident_row(inc) for inc in incidents]
                cols = list(rows[0])
                updates = ", ".join(f"{k} = excluded.{k}" for k in cols if k != "id")
                # An upsert, not a replace: the row keeps its n, so its JSON stays attached.
                self._many(f"INSERT INTO incidents ({', '.join(cols)}) VALUES"
                           f" ({', '.join('?' * len(cols))}) ON CONFLICT (id) DO UPDATE SET {updates}",
                           [list(r.values()) for r in rows])
                n_of: dict[str, int] = {}
                ids = [inc.id for inc in incidents]
                for k in range(0, len(ids), 500):
                    chunk = ids[k:k + 500]
                    n_of.update((r[1], r[0]) for r in self._exec(
                        f"SELECT n, id FROM incidents WHERE id IN ({','.join('?' * len(chunk))})",
                        chunk).fetchall())
                self._many("INSERT INTO incident_json (n, json) VALUES (?, ?)"
                           " ON CONFLICT (n) DO UPDATE SET json = excluded.json",
                           [(n_of[inc.id], dumps(inc.to_dict())) for inc in incidents])
                self._many("DELETE FROM incident_claims WHERE incident_id = ?", [(i,) for i in ids])
                self._many("INSERT INTO incident_claims (incident_id, article_id, claim_index)"
                           " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                           list(dict.fromkeys((inc.id, r.article_id, r.claim_index)
                                              for inc in incidents for r in inc.claims)))
                self._many("DELETE FROM incident_claimants WHERE incident_id = ?", [(i,) for i in ids])
                self._many(
                    "INSERT INTO incident_claimants (incident_id, claimant)"
                    " SELECT DISTINCT ic.incident_id, c.claimant FROM incident_claims ic JOIN claims c"
                    " ON c.article_id = ic.article_id AND c.claim_index = ic.claim_index"
                    " WHERE ic.incident_id = ? ON CONFLICT DO NOTHING", [(i,) for i in ids])
            self._many(
                "INSERT INTO link_events (at, kind, incident_id, other_ids, detail) VALUES (?,?,?,?,?)",
                [(ev.at or now(), ev.kind, ev.incident_id, dumps(list(ev.other_ids)), ev.detail)
                 for ev in events])

    def delete_incidents(self, ids: list[str]) -> None:
        with self.transaction():
            self._many("DELETE FROM incidents WHERE id = ?", [(i,) for i in ids])

    def incidents(self, flt: IncidentFilter | None = None) -> list[Incident]:
        return [Incident.from_dict(json.loads(doc)) for doc in self.incidents_json(flt)]

    def incidents_json(self, flt: IncidentFilter | None = None) -> list[str]:
        flt = flt or IncidentFilter()
        order = self.SORTS.get(flt.sort)
        if order is None:
            raise ValueError(f"unknown sort {flt.sort!r}; use one of: {', '.join(INCIDENT_SORTS)}")
        cond, params = where(INCIDENT_FILTERS, flt)
        # Sort and paginate the compact rows first; read JSON only for the page kept.
        page, params = self._paginate(f"SELECT i.n FROM incidents i{cond} ORDER BY {order}",
                                      params, flt.limit, flt.offset)
        with self._guard():
            ns = [r[0] for r in self._exec(page, params).fetchall()]
            docs: dict[int, str] = {}
            for k in range(0, len(ns), 500):
                chunk = ns[k:k + 500]
                docs.update((r[0], r[1]) for r in self._exec(
                    f"SELECT n, json FROM incident_json WHERE n IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall())
        return [docs[n] for n in ns if n in docs]

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        flt = flt or IncidentFilter()
        if flt.claimant is not None and all(
                getattr(flt, f.name) is None for f in INCIDENT_FILTERS if f.name != "claimant"):
            # One claimant's incidents are its rows in incident_claimants (one per
            # incident, each naming a stored incident: primary and foreign key): counted
            # in its index, 1 ms instead of 15 at 100,000 incidents.
            return int(self._one("SELECT COUNT(*) FROM incident_claimants WHERE claimant = ?",
                                 (flt.claimant,))[0])
        cond, params = where(INCIDENT_FILTERS, flt)
        return int(self._one(f"SELECT COUNT(*) FROM incidents i{cond}", params)[0])

    def get_incident(self, incident_id: str) -> Incident | None:
        row = self._one("SELECT j.json FROM incidents i JOIN incident_json j ON j.n = i.n"
                        " WHERE i.id = ?", (incident_id,))
        return Incident.from_dict(json.loads(row[0])) if row else None

    def incident_of_claim(self, article_id: str, claim_index: int) -> str | None:
        row = self._one("SELECT incident_id FROM incident_claims WHERE article_id = ?"
                        " AND claim_index = ? ORDER BY incident_id LIMIT 1", (article_id, claim_index))
        return row[0] if row else None

    def link_events(self, incident_id: str | None = None) -> list[LinkEvent]:
        if incident_id is None:
            rows = self._rows("SELECT * FROM link_events ORDER BY n")
        else:
            # An incident's history includes merges and splits that name it as the other side.
            rows = self._rows(f"SELECT * FROM link_events WHERE incident_id = ? OR"
                              f" {self.OTHER_ID_MATCH} ORDER BY n", (incident_id, incident_id))
        return [LinkEvent(r["kind"], r["incident_id"], json.loads(r["other_ids"]), r["detail"], r["at"])
                for r in rows]

    # -- stats ------------------------------------------------------------------------
    def stats(self) -> dict:
        def counts(sql: str) -> dict[str, int]:
            return {r[0]: int(r[1]) for r in self._rows(sql)}

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
        """Refresh the planner's statistics. Without them the planner cannot tell a
        selective filter (governorate) from a useless one (victims = unknown) and may pick
        the wrong index: at 100,000 incidents that is the difference between 2 ms and 100 ms."""
        with self._guard():
            self._analyze(self._conn())

    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._incidents_written:
                self.optimize()
        except (StoreError, *self.DRIVER_ERRORS):
            pass  # statistics are an optimisation; never fail a close over them
        self._closed = True
        with self._all_lock:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                conn.close()
            except Exception:  # a connection already broken has nothing left to close
                pass
        self._local = threading.local()

    def _paginate(self, sql: str, params: list[Any], limit: int | None,
                  offset: int) -> tuple[str, list[Any]]:
        if limit is None and not offset:
            return sql, params
        return sql + " LIMIT ? OFFSET ?", [*params, self.NO_LIMIT if limit is None else int(limit),
                                           int(offset or 0)]


def _incident_row(inc: Incident) -> dict[str, Any]:
    """The compact, filterable columns of an incident."""
    killed = inc.figures.get("killed")
    injured = inc.figures.get("injured")
    day = inc.date or inc.reported
    return {
        "id": inc.id, "event_type": inc.event_type, "perpetrator": inc.perpetrator,
        "victims": inc.victims, "governorate": inc.place.governorate or "unknown",
        "place_name": inc.place.name, "lat": inc.place.lat, "lon": inc.place.lon,
        "date_start": inc.date.start if inc.date else None,
        "date_end": (inc.date.end or inc.date.start) if inc.date else None,
        "reported_start": inc.reported.start if inc.reported else None,
        "reported_end": (inc.reported.end or inc.reported.start) if inc.reported else None,
        "date_precision": inc.date_precision or "unknown",
        "day_start": day.start if day else None,
        "day_end": (day.end or day.start) if day else None,
        "killed_low": killed.low if killed else None,
        "killed_best": killed.best if killed else None,
        "killed_high": killed.high if killed else None,
        "injured_best": injured.best if injured else None,
        "sources": inc.sources, "claimants": inc.claimants,
    }
