"""The read cache's change-scoped invalidation (rasd.api.scope), through the real API on
SQLite and PostgreSQL: a write leaves the cached incident lists it cannot change cached,
and every list it can change (members, order, page, total, grade, claimants) is answered
anew at once. Writes come from another store, as `rasd ingest` or the server's writer
process make them."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.api.cache import VERSION_EVERY
from rasd.api.scope import may_select, scope_of
from rasd.assess.models import AssessmentUpdate, IncidentAssessment
from rasd.core.models import (
    Article, Claim, ClaimRef, DateSpan, Figure, Incident, Place, ReconciledFigure, Span,
)
from rasd.store import open_store


def inc(iid: str, gov: str, day: str, killed: int = 1, event_type: str = "airstrike",
        claims: list[ClaimRef] | None = None) -> Incident:
    return Incident(id=iid, event_type=event_type, perpetrator="russia", victims="civilians",
                    place=Place(None, gov), date=DateSpan(day, day),
                    figures={"killed": ReconciledFigure(killed, killed, killed, {"sohr": str(killed)})},
                    claims=claims or [ClaimRef("none", 0)], sources=1, claimants=1)


SEED = [inc("a1", "aleppo", "2019-05-01", 3), inc("a2", "aleppo", "2019-06-01", 9),
        inc("a3", "aleppo", "2020-02-01", 5), inc("i1", "idlib", "2019-05-02", 4),
        inc("d1", "daraa", "2016-03-01", 2)]


@pytest.fixture
def served(db_url):
    """(client, the app's response cache, a second store on the same database)."""
    with open_store(db_url) as seed:
        seed.save_incidents(SEED)
    app = create_app(db_url, token=None)
    with TestClient(app) as c, open_store(db_url) as other:
        yield c, app.state.response_cache, other


def settle() -> None:
    # The server reads the data version at most every VERSION_EVERY (documented lag).
    time.sleep(VERSION_EVERY * 5)


def get(c, cache, url: str) -> tuple[dict, bool]:
    """(the answer, whether it came from the cache)."""
    hits = cache.hits
    r = c.get(url)
    assert r.status_code == 200, r.text
    return r.json(), cache.hits > hits


def ids(body: dict) -> list[str]:
    return [i["id"] for i in body["items"]]


def test_a_write_in_one_governorate_leaves_another_governorates_list_cached(served):
    c, cache, other = served
    aleppo, _ = get(c, cache, "/api/incidents?governorate=aleppo&sort=-killed")
    assert ids(aleppo) == ["a2", "a3", "a1"]
    year, _ = get(c, cache, "/api/incidents?since=2016&until=2016")
    assert ids(year) == ["d1"]
    everything, _ = get(c, cache, "/api/incidents?limit=2")
    assert everything["total"] == 5

    other.save_incidents([inc("i2", "idlib", "2019-07-01", 50)])
    settle()
    # Not selectable by the write: the same answer, from the cache.
    again, cached = get(c, cache, "/api/incidents?governorate=aleppo&sort=-killed")
    assert cached and again == aleppo
    again, cached = get(c, cache, "/api/incidents?since=2016&until=2016")
    assert cached and again == year
    # Selectable: answered anew at once, total and page included.
    body, cached = get(c, cache, "/api/incidents?limit=2")
    assert not cached and body["total"] == 6 and ids(body) == ["a3", "i2"]
    body, cached = get(c, cache, "/api/incidents?governorate=idlib")
    assert ids(body) == ["i2", "i1"] and body["total"] == 2


def test_a_write_that_changes_a_list_is_seen_at_once(served):
    c, cache, other = served
    url = "/api/incidents?governorate=aleppo&sort=-killed"
    assert ids(get(c, cache, url)[0]) == ["a2", "a3", "a1"]
    page2 = "/api/incidents?governorate=aleppo&sort=-killed&limit=1&offset=1"
    assert ids(get(c, cache, page2)[0]) == ["a3"]

    other.save_incidents([inc("a1", "aleppo", "2019-05-01", 30)])  # a new figure: new order
    settle()
    body, cached = get(c, cache, url)
    assert not cached and ids(body) == ["a1", "a2", "a3"]
    assert body["items"][0]["figures"]["killed"]["best"] == 30
    body, _ = get(c, cache, page2)
    assert ids(body) == ["a2"] and body["total"] == 3

    # Moved out of Aleppo: its old place is what the Aleppo list must notice.
    get(c, cache, url)
    other.save_incidents([inc("a1", "idlib", "2019-05-01", 30)])
    settle()
    body, cached = get(c, cache, url)
    assert not cached and ids(body) == ["a2", "a3"] and body["total"] == 2

    other.delete_incidents(["a3"])
    settle()
    assert ids(get(c, cache, url)[0]) == ["a2"]


def test_a_date_range_list_follows_writes_inside_it_only(served):
    c, cache, other = served
    url = "/api/incidents?since=2019-05&until=2019-05"
    assert ids(get(c, cache, url)[0]) == ["i1", "a1"]
    other.save_incidents([inc("x1", "aleppo", "2021-01-01")])  # outside the range
    settle()
    body, cached = get(c, cache, url)
    assert cached and ids(body) == ["i1", "a1"]
    other.save_incidents([inc("x2", "hama", "2019-05-31")])  # inside
    settle()
    body, cached = get(c, cache, url)
    assert not cached and ids(body) == ["x2", "i1", "a1"]
    # min_killed: a write below the floor leaves the list; one above it does not.
    url = "/api/incidents?min_killed=8"
    assert ids(get(c, cache, url)[0]) == ["a2"]
    other.save_incidents([inc("x3", "hama", "2019-01-01", killed=2)])
    settle()
    assert get(c, cache, url)[1]
    other.save_incidents([inc("x3", "hama", "2019-01-01", killed=8)])
    settle()
    body, cached = get(c, cache, url)
    assert not cached and ids(body) == ["a2", "x3"]


def test_a_new_grade_is_seen_in_the_list_at_once(served):
    c, cache, other = served
    url = "/api/incidents?governorate=aleppo"
    assert {i["grade"] for i in get(c, cache, url)[0]["items"]} == {None}
    other.save_assessments(AssessmentUpdate(
        incidents=[IncidentAssessment("a2", "contested", "contested: test", 2, 2)]))
    settle()
    body, cached = get(c, cache, url)
    assert not cached and {i["id"]: i["grade"] for i in body["items"]}["a2"] == "contested"
    other.save_assessments(AssessmentUpdate(
        incidents=[IncidentAssessment("i1", "contested", "contested: test", 2, 2)]))
    settle()
    assert get(c, cache, url)[1]  # Idlib's grade: Aleppo's list is unchanged


def test_claimant_lists_follow_claimant_changes(served):
    c, cache, other = served
    text = "قتل 5 مدنيين في قصف على حلب"
    other.add_article(Article(id="art1", text=text))
    claim = Claim(claimant="white_helmets", event_type="airstrike", perpetrator="russia",
                  victims="civilians", place=Place(None, "aleppo"), date=DateSpan("2019-06-01", "2019-06-01"),
                  scope="incident", figures=[Figure("killed", "civilians", 5, 5, "exact", "5")],
                  evidence=Span(0, 10, text[:10]))
    other.set_claims("art1", [claim])
    settle()
    url = "/api/incidents?claimant=white_helmets"
    assert get(c, cache, url)[0]["total"] == 0
    # The claimant arrives with an incident in another governorate than the claim's: the
    # log does not keep claimants, so any write reaching incidents refreshes the list.
    other.save_incidents([inc("i1", "idlib", "2019-05-02", 4, claims=[ClaimRef("art1", 0)])])
    settle()
    body, cached = get(c, cache, url)
    assert not cached and ids(body) == ["i1"] and body["total"] == 1


def test_other_answers_follow_every_write(served):
    c, cache, other = served
    stats, _ = get(c, cache, "/api/stats")
    other.add_article(Article(id="art2", text="خبر بلا أرقام"))
    settle()
    body, cached = get(c, cache, "/api/stats")
    assert not cached and body["articles"] == stats["articles"] + 1
    # A text search depends on articles, not only on incidents: never kept across a write.
    get(c, cache, "/api/incidents?q=حلب&governorate=aleppo")
    other.add_article(Article(id="art3", text="خبر آخر عن حلب"))
    settle()
    assert not get(c, cache, "/api/incidents?q=حلب&governorate=aleppo")[1]
    # ...while the plain list was not touched by either article.
    get(c, cache, "/api/incidents?governorate=aleppo")
    other.add_article(Article(id="art4", text="خبر ثالث"))
    settle()
    assert get(c, cache, "/api/incidents?governorate=aleppo")[1]


# -- the scope rules themselves ----------------------------------------------------------
def test_scope_of_parses_like_the_api_and_gives_up_when_unsure():
    assert scope_of("/api/incidents", b"governorate=idlib&sort=-killed&offset=50") == \
        (("governorate", "idlib"),)
    assert scope_of("/api/incidents", b"") == ()
    assert scope_of("/api/incidents", b"governorate=") == ()  # empty: not filtered
    assert scope_of("/api/incidents", b"until=2019-02") == (("until", "2019-02-28"),)
    for unsure in (b"q=x", b"governorate=idlib&governorate=hama", b"governorate=atlantis",
                   b"bogus=1", b"min_killed=many"):
        assert scope_of("/api/incidents", unsure) is None
    assert scope_of("/api/stats", b"") is None
    assert scope_of("/api/incidents/a1", b"") is None


def test_may_select_reads_the_filters_as_the_sql_does():
    row = ("idlib", "airstrike", "russia", "civilians", "2019-05-02", "2019-05-03", 4)
    assert may_select((("governorate", "idlib"),), row)
    assert not may_select((("governorate", "aleppo"),), row)
    assert may_select((("since", "2019-05-03"),), row)  # ends inside the range
    assert not may_select((("since", "2019-05-04"),), row)
    assert not may_select((("until", "2019-05-01"),), row)
    assert may_select((("min_killed", 4),), row) and not may_select((("min_killed", 5),), row)
    # No value, no claimants in the log: may be selected.
    assert may_select((("claimant", "sana"), ("governorate", "idlib")), row)
    assert may_select((("min_killed", 5),), row[:6] + (None,))
    assert may_select((("since", "2030-01-01"),), ("idlib",) + (None,) * 6)
