"""The store, on both backends (SQLite and a real PostgreSQL server): schema versions,
dedup, claim filters, Arabic search, incidents, article states, the data version."""

from __future__ import annotations

import sqlite3

import pytest

from rasd.core.models import (
    Article, Claim, ClaimRef, DateSpan, Figure, Incident, Place, ReconciledFigure, Span,
)
from rasd.store import ClaimFilter, IncidentFilter, LinkEvent, open_store
from rasd.store.sqlite import SQLiteStore, StoreError, content_hash, migrations

# Our own sentences (not from any corpus).
TEXT_DEIR = "قالت مصادر محلية إن غارة جوية استهدفت سوقا شعبية بدير الزور صباح اليوم وأسفرت عن مقتل سبعة مدنيين."
TEXT_ALEPPO = "أفاد ناشطون بسقوط قذائف على أحياء في وريف حلب الغربي ما أدى إلى إصابة عشرة أشخاص."
TEXT_RAQQA = "ذكرت وكالة محلية أن انفجار عبوة ناسفة للرقة الشمالية أودى بحياة ثلاثة عناصر."


@pytest.fixture
def store(make_store):
    return make_store()


def art(aid: str, text: str, **kw) -> Article:
    return Article(id=aid, text=text, **kw)


def claim(claimant="sohr", gov="deir_ez_zor", date=None, kind="killed", low=7, scope="incident",
          event_type="airstrike") -> Claim:
    return Claim(
        claimant=claimant, event_type=event_type, perpetrator="russia", victims="civilians",
        place=Place("خشام", gov, 35.3, 40.3, "town"),
        date=DateSpan(date, date) if date else None, scope=scope,
        figures=[Figure(kind, "civilians", low, low, "exact", str(low))],
        evidence=Span(0, 10, TEXT_DEIR[:10]),
    )


# -- schema ------------------------------------------------------------------------------


def test_new_db_is_at_latest_schema_in_wal_mode(tmp_path):
    path = tmp_path / "r.db"
    with SQLiteStore(path) as s:
        assert s.schema_version == migrations()[-1].version
        assert s._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_older_db_is_migrated_on_open(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    first = migrations()[:2]  # a database written by rasd before crash-safe ingest (v3)
    monkeypatch.setattr("rasd.store.sqlite.migrations", lambda: first)
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO articles (id, content_hash, text, ingested_at) VALUES ('a1', 'h', ?, '')",
               (TEXT_DEIR,))
    db.commit()
    db.close()
    # A later release adds migrations; opening the old file applies them and keeps the data.
    from rasd.store.sqlite import Migration

    later = migrations() + [Migration(migrations()[-1].version + 1, "9999_extra.sql",
                               "CREATE TABLE extra (x INTEGER); INSERT INTO extra VALUES (1);")]
    monkeypatch.setattr("rasd.store.sqlite.migrations", lambda: later)
    with SQLiteStore(path) as s:
        assert s.schema_version == later[-1].version
        assert s._db.execute("SELECT x FROM extra").fetchone()[0] == 1
        assert s.count_articles() == 1
        assert s.article_state("a1") == ("linked", None)  # stored before v3: nothing pending


def test_failed_migration_leaves_db_unchanged(tmp_path, monkeypatch):
    from rasd.store.sqlite import Migration

    path = tmp_path / "r.db"
    SQLiteStore(path).close()
    v = migrations()[-1].version
    bad = migrations() + [Migration(v + 1, "bad.sql", "CREATE TABLE half (x); SELECT nope FROM nowhere;")]
    monkeypatch.setattr("rasd.store.sqlite.migrations", lambda: bad)
    with pytest.raises(StoreError, match="bad.sql"):
        SQLiteStore(path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == v
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()


def test_db_from_newer_rasd_is_refused_clearly(tmp_path):
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_version VALUES (999, '0999_future.sql', '2030-01-01')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer rasd"):
        SQLiteStore(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a usable rasd database"):
        SQLiteStore(path)


def test_open_store_default_is_sqlite(tmp_path):
    with open_store(str(tmp_path / "x.db")) as s:
        assert isinstance(s, SQLiteStore)


# -- articles ----------------------------------------------------------------------------


def test_same_content_is_stored_once(store):
    assert store.add_article(art("a1", TEXT_DEIR, source="x")) == ("a1", True)
    assert store.add_article(art("copy", TEXT_DEIR, source="y")) == ("a1", False)
    # Whitespace differences are the same content.
    assert store.add_article(art("a1", "  " + TEXT_DEIR.replace(" ", "  ") + "\n")) == ("a1", False)
    assert store.count_articles() == 1


def test_different_text_under_a_used_id_gets_a_derived_id(store):
    store.add_article(art("a1", TEXT_DEIR))
    new_id, is_new = store.add_article(art("a1", TEXT_ALEPPO))
    assert is_new and new_id.startswith("a1~") and len(new_id) == 11
    assert store.get_article(new_id).text == TEXT_ALEPPO
    assert store.get_article("a1").text == TEXT_DEIR


def test_article_round_trip(store):
    a = art("a1", TEXT_DEIR, source="outlet1", url="http://x", title="عنوان", published="2018-02-08",
            origin="in.jsonl:3", published_from="text")
    store.add_article(a)
    got = store.get_article("a1")
    assert (got.source, got.url, got.title, got.published, got.origin, got.published_from) == \
        ("outlet1", "http://x", "عنوان", "2018-02-08", "in.jsonl:3", "text")
    assert got.content_hash
    assert store.get_article("nope") is None
    assert [a.id for a in store.iter_articles()] == ["a1"]


# -- claims ------------------------------------------------------------------------------


@pytest.fixture
def with_claims(store):
    store.add_article(art("a1", TEXT_DEIR, source="s1", published="2018-02-08", title="t1"))
    store.add_article(art("a2", TEXT_ALEPPO, source="s2", published="2018-01-05"))
    store.set_claims("a1", [claim("sohr", date="2018-02-07"),
                            claim("sana", kind="injured", low=3),  # no date: article's day
                            claim("sohr", gov="idlib", scope="cumulative", date="2017-06-01")])
    store.set_claims("a2", [claim("white_helmets", gov="aleppo", kind="injured", low=10)])
    return store


def test_claims_are_ordered_by_date_with_article_facts(with_claims):
    got = with_claims.claims()
    assert [(c.article_id, c.claim_index) for c in got] == [("a1", 2), ("a2", 0), ("a1", 0), ("a1", 1)]
    first = got[2]
    assert (first.source, first.published, first.title) == ("s1", "2018-02-08", "t1")
    assert first.content_hash and first.claim.figures[0].low == 7
    assert first.claim.to_dict() == claim("sohr", date="2018-02-07").to_dict()


@pytest.mark.parametrize("flt,expected", [
    (ClaimFilter(claimant="sohr"), {("a1", 0), ("a1", 2)}),
    (ClaimFilter(governorate="aleppo"), {("a2", 0)}),
    (ClaimFilter(kind="injured"), {("a1", 1), ("a2", 0)}),
    (ClaimFilter(scope="cumulative"), {("a1", 2)}),
    # since/until use the claim's date, else the article's publication day
    (ClaimFilter(since="2018-02-01"), {("a1", 0), ("a1", 1)}),
    (ClaimFilter(until="2018-01-31"), {("a1", 2), ("a2", 0)}),
    (ClaimFilter(since="2018-02-08", until="2018-02-08"), {("a1", 1)}),
    (ClaimFilter(article_id="a2"), {("a2", 0)}),
    (ClaimFilter(claimant="sohr", kind="injured"), set()),
])
def test_claim_filters(with_claims, flt, expected):
    assert {(c.article_id, c.claim_index) for c in with_claims.claims(flt)} == expected
    assert with_claims.count_claims(flt) == len(expected)


def test_claims_paginate(with_claims):
    page = with_claims.claims(ClaimFilter(limit=2, offset=1))
    assert [(c.article_id, c.claim_index) for c in page] == [("a2", 0), ("a1", 0)]
    assert with_claims.count_claims(ClaimFilter(limit=2)) == 4


def test_set_claims_replaces(with_claims):
    with_claims.set_claims("a1", [claim("un")])
    assert with_claims.count_claims(ClaimFilter(article_id="a1")) == 1
    assert with_claims.count_claims(ClaimFilter(kind="killed")) == 1
    with pytest.raises(KeyError):
        with_claims.set_claims("missing", [claim()])


# -- search ------------------------------------------------------------------------------


@pytest.fixture
def searchable(store):
    store.add_article(art("deir", TEXT_DEIR, title="غارة على سوق"))
    store.add_article(art("aleppo", TEXT_ALEPPO, title="قصف"))
    store.add_article(art("raqqa", TEXT_RAQQA, title="انفجار"))
    store.add_article(art("en", "An airstrike hit a market in Deir ez-Zor, killing seven.",
                          title="Market strike", lang="en"))
    return store


@pytest.mark.parametrize("query,expected", [
    ("دير الزور", {"deir"}),          # text has بدير الزور
    ("ريف حلب", {"aleppo"}),           # text has وريف حلب
    ('"ريف حلب"', {"aleppo"}),         # as a phrase
    ("الرقة", {"raqqa"}),              # text has للرقة; ة/ه folded
    ("اصابة", {"aleppo"}),             # hamza folded: text has إصابة
    ("مَدَنِيِّين", {"deir"}),          # diacritics in the query ignored
    ("غارة سوق", {"deir"}),            # title and text words, all required
    ("market", {"en"}),
    ("MARKET strike", {"en"}),
    ("حلب دمشق", set()),
])
def test_search_normalises_and_strips_clitics(searchable, query, expected):
    assert {h.article_id for h in searchable.search(query)} == expected


@pytest.mark.parametrize("query", ['"', "AND", "OR NOT", "*", "(", "NEAR(", "title:", "'", "", "  ", "ريف AND"])
def test_search_never_raises_on_fts_syntax(searchable, query):
    assert isinstance(searchable.search(query), list)


def test_search_snippet_is_original_text_around_match(store):
    long = ("مقدمة طويلة عن الوضع العام. " * 20) + "وقال الدفاع المدني إن القصف طال بلدة كفرنبل. " + ("خاتمة. " * 40)
    store.add_article(art("k", long, title="تقرير"))
    hit = store.search("كفرنبل")[0]
    assert "كفرنبل" in hit.snippet           # original spelling, not the normalised form
    assert len(hit.snippet) <= 200 and hit.snippet.startswith("…")
    assert store.search("x", limit=0) == []


def test_articles_of_one_transaction_are_searchable_after_it_and_undone_ones_are_not(store):
    # The search index of a transaction's articles is written at its commit (store_batch:
    # a savepoint each); an article its savepoint undid must leave no index entry.
    with store.transaction():
        store.add_article(art("deir", TEXT_DEIR))
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(art("aleppo", TEXT_ALEPPO))
            raise RuntimeError("refused")
        store.add_article(art("raqqa", TEXT_RAQQA))
    assert [h.article_id for h in store.search("الزور")] == ["deir"]
    assert [h.article_id for h in store.search("الرقة")] == ["raqqa"]
    assert store.search("حلب") == [] and store.count_articles() == 2
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(art("aleppo", TEXT_ALEPPO))
        raise RuntimeError("rolled back")
    assert store.search("حلب") == []
    store.add_article(art("aleppo", TEXT_ALEPPO))
    assert [h.article_id for h in store.search("حلب")] == ["aleppo"]


# -- incidents ---------------------------------------------------------------------------


def incident(iid: str, date: str | None, killed: int | None, gov="idlib", sources=1,
             claims=(), event_type="airstrike") -> Incident:
    figs = {"killed": ReconciledFigure(killed, killed, killed, {"sohr": str(killed)})} if killed is not None else {}
    return Incident(iid, event_type=event_type, perpetrator="russia", victims="civilians",
                    place=Place("سراقب", gov), date=DateSpan(date, date) if date else None,
                    figures=figs, claims=[ClaimRef(a, i) for a, i in claims], sources=sources)


@pytest.fixture
def with_incidents(with_claims):
    s = with_claims
    s.save_incidents([
        incident("i1", "2018-02-07", 7, gov="deir_ez_zor", sources=3, claims=[("a1", 0), ("a1", 1)]),
        incident("i2", "2018-01-05", 40, gov="aleppo", claims=[("a2", 0)]),
        incident("i3", None, None, event_type="shelling"),
        incident("i4", "2017-12-31", 12, sources=2),
    ], [LinkEvent("create", "i1", detail="new")])
    return s


def ids(incs):
    return [i.id for i in incs]


@pytest.mark.parametrize("sort,expected", [
    ("-date", ["i1", "i2", "i4", "i3"]),
    ("date", ["i4", "i2", "i1", "i3"]),       # unknown dates last either way
    ("-killed", ["i2", "i4", "i1", "i3"]),
    ("killed", ["i1", "i4", "i2", "i3"]),
    ("-sources", ["i1", "i4", "i3", "i2"]),
])
def test_incident_sorts(with_incidents, sort, expected):
    assert ids(with_incidents.incidents(IncidentFilter(sort=sort))) == expected


def test_incident_filters_and_pagination(with_incidents):
    s = with_incidents
    assert ids(s.incidents(IncidentFilter(governorate="idlib"))) == ["i4", "i3"]
    assert ids(s.incidents(IncidentFilter(since="2018-01-01"))) == ["i1", "i2"]
    assert ids(s.incidents(IncidentFilter(until="2018-01-05"))) == ["i2", "i4"]
    assert ids(s.incidents(IncidentFilter(min_killed=10))) == ["i2", "i4"]
    assert ids(s.incidents(IncidentFilter(event_type="shelling"))) == ["i3"]
    assert ids(s.incidents(IncidentFilter(claimant="sana"))) == ["i1"]
    assert ids(s.incidents(IncidentFilter(claimant="white_helmets"))) == ["i2"]
    assert ids(s.incidents(IncidentFilter(limit=2, offset=1))) == ["i2", "i4"]
    assert s.count_incidents(IncidentFilter(limit=2)) == 4
    assert s.count_incidents(IncidentFilter(claimant="sohr")) == 1
    with pytest.raises(ValueError, match="unknown sort"):
        s.incidents(IncidentFilter(sort="size"))


def test_incident_span_overlapping_since_is_included(store):
    inc = incident("night", "2018-02-07", 3)
    inc.date = DateSpan("2018-02-07", "2018-02-08")
    store.save_incidents([inc])
    assert ids(store.incidents(IncidentFilter(since="2018-02-08"))) == ["night"]
    assert ids(store.incidents(IncidentFilter(since="2018-02-09"))) == []


def test_save_incidents_upserts_and_replaces_memberships(with_incidents):
    s = with_incidents
    assert s.incident_of_claim("a1", 1) == "i1"
    moved = incident("i1", "2018-02-07", 9, gov="deir_ez_zor", claims=[("a1", 0)])
    s.save_incidents([moved, incident("i5", "2018-02-07", 1, claims=[("a1", 1)])],
                     [LinkEvent("split", "i5", ["i1"], "a1#1 moved")])
    assert s.count_incidents() == 5
    assert s.get_incident("i1").figures["killed"].best == 9
    assert s.get_incident("i1").to_dict() == moved.to_dict()
    assert s.incident_of_claim("a1", 1) == "i5"
    assert s.incident_of_claim("a1", 0) == "i1"
    assert ids(s.incidents(IncidentFilter(claimant="sana"))) == ["i5"]


def test_delete_incidents_and_link_events(with_incidents):
    s = with_incidents
    s.save_incidents([], [LinkEvent("merge", "i2", ["i4"], "same strike")])
    s.delete_incidents(["i4"])
    assert s.get_incident("i4") is None and s.count_incidents() == 3
    assert s.incident_of_claim("a2", 0) == "i2"
    events = s.link_events()
    assert [(e.kind, e.incident_id, e.other_ids) for e in events] == \
        [("create", "i1", []), ("merge", "i2", ["i4"])]
    assert all(e.at for e in events)
    # An incident's history includes events naming it as the other side.
    assert [e.kind for e in s.link_events("i4")] == ["merge"]
    assert [e.kind for e in s.link_events("i1")] == ["create"]


def test_stats(with_incidents):
    st = with_incidents.stats()
    assert (st["articles"], st["claims"], st["incidents"]) == (2, 4, 4)
    assert st["claims_by_claimant"] == {"sohr": 2, "sana": 1, "white_helmets": 1}
    assert st["incidents_by_governorate"] == {"idlib": 2, "aleppo": 1, "deir_ez_zor": 1}
    assert st["incidents_by_month"] == {"2017-12": 1, "2018-01": 1, "2018-02": 1}
    assert st["killed_best_total"] == 59


def test_data_survives_reopen(tmp_path):
    path = tmp_path / "r.db"
    with SQLiteStore(path) as s:
        s.add_article(art("a1", TEXT_DEIR))
        s.set_claims("a1", [claim()])
        s.save_incidents([incident("i1", "2018-02-07", 7, claims=[("a1", 0)])])
    with SQLiteStore(path) as s:
        assert s.count_claims() == 1 and s.get_incident("i1") is not None
        assert [h.article_id for h in s.search("بدير")] == ["a1"]


def test_incident_known_only_by_its_report_day_is_filtered_and_sorted_by_it(store):
    """An incident no claim dates keeps its event date empty, yet is found (and sorted) by
    the day it was reported; the two dates come back apart."""
    dated = incident("dated", "2018-02-01", 3)
    reported = incident("reported", None, 5)
    reported.reported = DateSpan("2018-02-10", "2018-02-11")
    reported.date_precision = "reported"
    store.save_incidents([dated, reported])
    assert ids(store.incidents(IncidentFilter(since="2018-02-09"))) == ["reported"]
    assert ids(store.incidents(IncidentFilter(sort="-date"))) == ["reported", "dated"]
    back = store.get_incident("reported")
    assert back.date is None
    assert back.reported == DateSpan("2018-02-10", "2018-02-11")
    assert back.date_precision == "reported"


# -- ingest state, transactions, data version (both backends) ----------------------------


def test_article_states_move_with_their_data(store):
    assert store.add_article(art("a1", TEXT_DEIR)) == ("a1", True)
    assert store.article_state("a1") == ("new", None) and store.article_state("nope") is None
    stored = store.set_claims("a1", [claim(date="2018-02-07")])
    assert [(sc.article_id, sc.claim_index) for sc in stored] == [("a1", 0)]
    assert store.article_state("a1") == ("extracted", None)
    store.add_article(art("a2", TEXT_ALEPPO))
    store.set_article_state(["a2"], "failed", "extraction failed: boom")
    assert store.article_state("a2") == ("failed", "extraction failed: boom")
    assert store.articles_in_state("new", "failed") == ["a2"]
    assert store.find_article(content_hash(TEXT_ALEPPO)) == ("a2", "failed")
    store.update_article("a2", art("a2", TEXT_ALEPPO, published="2020-01-02", source="fixed"))
    a2 = store.get_article("a2")
    assert (a2.published, a2.source, a2.text) == ("2020-01-02", "fixed", TEXT_ALEPPO)
    store.set_article_state(["a1"], "linked")
    assert store.articles_in_state("extracted") == []


def test_a_transaction_commits_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(art("a1", TEXT_DEIR))
            store.set_claims("a1", [claim()])
            raise RuntimeError("crash mid-article")
    assert store.count_articles() == 0 and store.count_claims() == 0
    with store.transaction():
        store.add_article(art("a1", TEXT_DEIR))
        with store.transaction():  # nested: joins the outer one
            store.set_claims("a1", [claim()])
    assert store.count_claims() == 1


def test_data_version_changes_with_every_write_from_any_connection(make_store):
    reader, writer = make_store(), make_store()
    v0 = reader.data_version()
    reader.claims()  # reading changes nothing
    assert reader.data_version() == v0
    writer.add_article(art("a1", TEXT_DEIR))
    v1 = reader.data_version()
    assert v1 > v0
    with pytest.raises(RuntimeError):
        with writer.transaction():
            writer.add_article(art("a2", TEXT_ALEPPO))
            raise RuntimeError
    assert reader.data_version() == v1  # a rolled-back write is no change


def test_readers_are_not_blocked_by_an_open_write_transaction(make_store):
    import threading

    writer, reader = make_store(), make_store()
    writer.add_article(art("a1", TEXT_DEIR))
    inside, release = threading.Event(), threading.Event()

    def write():
        with writer.transaction():
            writer.add_article(art("a2", TEXT_ALEPPO))
            inside.set()
            release.wait(10)

    t = threading.Thread(target=write)
    t.start()
    try:
        assert inside.wait(10)
        # The writer holds its transaction open; a reader still answers, with committed data.
        assert reader.count_articles() == 1 and reader.search("الزور")
    finally:
        release.set()
        t.join()
    assert reader.count_articles() == 2


def test_open_store_by_url(tmp_path):
    from rasd.store.url import describe, sqlite_path

    assert sqlite_path("sqlite:///rel/x.db") == "rel/x.db"
    assert sqlite_path("sqlite:////abs/x.db") == "/abs/x.db"
    assert sqlite_path("sqlite:///:memory:") == ":memory:"
    assert describe("postgresql://u:secret@db:5432/rasd") == "postgresql://u:***@db:5432/rasd"
    with open_store(f"sqlite:///{tmp_path}/u.db") as s:
        assert isinstance(s, SQLiteStore) and s.path == f"{tmp_path}/u.db"


def test_unreachable_postgres_is_one_clear_line():
    from rasd.store import StoreError

    with pytest.raises(StoreError, match=r"^cannot connect to postgresql://rasd:\*\*\*@127.0.0.1:1/x"):
        open_store("postgresql://rasd:pw@127.0.0.1:1/x")


def test_postgres_is_migrated_and_refuses_a_newer_schema(pg_url):
    import psycopg

    from rasd.store import StoreError
    from rasd.store.postgres import PostgresStore, migrations as pg_migrations

    with PostgresStore(pg_url) as s:
        assert s.schema_version == pg_migrations()[-1].version == migrations()[-1].version
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, '0999_future.sql', '2030-01-01')")
    with pytest.raises(StoreError, match="newer rasd"):
        PostgresStore(pg_url)


def test_a_failure_inside_a_nested_transaction_undoes_only_that_part(store):
    with store.transaction():
        store.add_article(art("a1", TEXT_DEIR))
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.add_article(art("a2", TEXT_ALEPPO))
                raise RuntimeError("this article only")
        store.add_article(art("a3", TEXT_RAQQA))
    assert sorted(a.id for a in store.iter_articles()) == ["a1", "a3"]
