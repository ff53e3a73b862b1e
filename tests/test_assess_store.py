"""Stored assessments kept current: the store queues what linking changes, ``refresh``
re-assesses only that; migration from a store written before assessment existed."""

from __future__ import annotations

import sqlite3

from rasd.assess import rebuild, refresh
from rasd.assess.models import CONSISTENT, CONTRADICTED, NO_PERIOD, SOLE_SOURCE
from rasd.core.models import Article, Claim, DateSpan, Figure, Place
from rasd.link import link_articles, relink_store
from rasd.store import open_store
from rasd.store.sqlite import SQLiteStore, migrations

# Our own sentences, written for these tests.
TEXTS = {
    "a": "An air strike on the market of Khasham killed 23 civilians on Tuesday, the observatory said.",
    "b": "Rescuers said 24 civilians died when jets struck the Khasham market early on Tuesday.",
    "c": "State media said three people were killed in Khasham on Tuesday and blamed militants.",
    "d": "Monitors counted the dead of January across the province in their monthly report.",
    "e": "A second monitoring group published its own January count for the same province.",
}


def claim(claimant: str, killed: int, *, scope: str = "incident", day: str | None = "2018-02-06",
          period: tuple[str, str] | None = None, group: str = "civilians") -> Claim:
    date = DateSpan(*period) if period else DateSpan(day, day) if day else None
    return Claim(claimant=claimant, event_type="airstrike", perpetrator="russia",
                 victims="civilians", place=Place("خشام", "deir_ez_zor", precision="town"),
                 date=date, scope=scope,
                 figures=[Figure("killed", group, killed, killed, "exact", str(killed))])


def add(store: SQLiteStore, aid: str, source: str, *claims: Claim, link: bool = True) -> None:
    store.add_article(Article(aid, TEXTS[aid], source=source, published="2018-02-06", lang="en"))
    store.set_claims(aid, list(claims))
    if link:
        link_articles(store, [aid])


def standing(store: SQLiteStore, aid: str, index: int = 0) -> str:
    return next(f.standing for f in store.figure_standings(article_id=aid) if f.claim_index == index)


def test_a_new_report_reassesses_only_its_incident(db_url):
    with open_store(db_url) as store:
        add(store, "a", "Wire One", claim("sohr", 23))
        first = refresh(store)
        assert (first.incidents, first.articles) == (1, 1)
        assert standing(store, "a") == SOLE_SOURCE
        assert store.article_assessments(["a"])["a"].score is None

        add(store, "b", "Wire Two", claim("white_helmets", 24))
        iid = store.incident_of_claim("b", 0)
        assert store.incident_of_claim("a", 0) == iid  # linked into the same incident
        incidents, articles = store.assessment_queue()
        assert incidents == [iid] and articles == ["b"]
        second = refresh(store)
        assert second.incidents == 1 and second.articles == 2
        assert standing(store, "a") == CONSISTENT
        assert store.article_assessments(["a"])["a"].score == 0.75
        assert store.incident_assessments([iid])[iid].grade == "confirmed"
        assert refresh(store).as_dict() == {"incidents": 0, "periods": 0, "articles": 0}


def test_a_contradicting_report_changes_the_others_and_the_grade(db_url):
    with open_store(db_url) as store:
        add(store, "a", "Wire One", claim("sohr", 23))
        add(store, "b", "Wire Two", claim("white_helmets", 24))
        refresh(store)
        add(store, "c", "Agency", claim("sana", 3, group="unspecified"))
        refresh(store)
        iid = store.incident_of_claim("c", 0)
        assert store.incident_assessments([iid])[iid].grade == "contested"
        assert standing(store, "c") == CONTRADICTED
        assert standing(store, "a") == CONSISTENT  # the median of wh 24 and sana 3 is 24


def test_re_extraction_and_relinking_keep_assessments_current(db_url):
    with open_store(db_url) as store:
        add(store, "a", "Wire One", claim("sohr", 23))
        add(store, "b", "Wire Two", claim("white_helmets", 24))
        refresh(store)
        store.set_claims("b", [claim("white_helmets", 90)])  # the article read again
        link_articles(store, ["b"])
        refresh(store)
        assert standing(store, "a") == CONTRADICTED
        old = store.incident_of_claim("a", 0)
        relink_store(store, rebuild=True)  # new incident ids
        refresh(store)
        new = store.incident_of_claim("a", 0)
        assert store.incident_assessments([new])[new].grade == "contested"
        if new != old:
            assert old not in store.incident_assessments([old])
        rows = store.figure_standings()
        assert {f.incident_id for f in rows} == {new}  # no rows left for incidents that are gone


def test_cumulative_totals_are_compared_within_their_period(db_url):
    jan = ("2018-01-01", "2018-01-31")
    with open_store(db_url) as store:
        add(store, "d", "Monitor One", claim("sohr", 300, scope="cumulative", period=jan))
        refresh(store)
        assert standing(store, "d") == SOLE_SOURCE
        add(store, "e", "Monitor Two", claim("snhr", 310, scope="cumulative", period=jan))
        counts = refresh(store)
        assert counts.periods == 1
        assert standing(store, "d") == CONSISTENT and standing(store, "e") == CONSISTENT
        f = store.figure_standings(article_id="d")[0]
        assert f.period == "2018-01-01..2018-01-31@deir_ez_zor" and f.incident_id is None
        store.set_claims("e", [claim("snhr", 12, scope="cumulative", day=None)])  # no period
        link_articles(store, ["e"])
        refresh(store)
        assert standing(store, "d") == SOLE_SOURCE
        assert store.figure_standings(article_id="e")[0].unchecked == NO_PERIOD


def test_outlet_record_counts_figures_and_never_scores(db_url):
    with open_store(db_url) as store:
        add(store, "a", "Wire One", claim("sohr", 23))
        add(store, "b", "Wire Two", claim("white_helmets", 24))
        add(store, "c", "Agency", claim("sana", 3, group="unspecified"))
        refresh(store)
        rows = {r["source"]: r for r in store.outlet_record("year")}
        assert rows["Agency"] == {
            "source": "Agency", "period": "2018", "articles": 1, "figures": 1, "checked": 1,
            "consistent": 0, "higher": 0, "lower": 0, "contradicted": 1, "above": 0,
            "below": 1, "same": 0, "scored": 1, "mean_score": 0.25}
        assert [r["source"] for r in store.outlet_record("month", "Wire One")] == ["Wire One"]


def test_rebuild_reassesses_everything(db_url):
    with open_store(db_url) as store:
        add(store, "a", "Wire One", claim("sohr", 23))
        add(store, "b", "Wire Two", claim("white_helmets", 24))
        refresh(store)
        assert rebuild(store).articles == 2


def test_a_store_from_before_assessment_is_queued_whole(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
               " applied_at TEXT NOT NULL)")
    for mg in migrations():
        if mg.version >= 3:
            break
        db.executescript(mg.sql)
        db.execute("INSERT INTO schema_version VALUES (?, ?, 'then')", (mg.version, mg.name))
    db.execute("INSERT INTO articles (id, content_hash, text, ingested_at) VALUES"
               " ('old', 'h', 'An old report.', 'then')")
    db.commit()
    db.close()
    with SQLiteStore(path) as store:
        assert store.assessment_queue() == ([], ["old"])
        refresh(store)
        found = store.article_assessments(["old"])["old"]
        assert found.score is None and "no casualty figures" in found.explanation
