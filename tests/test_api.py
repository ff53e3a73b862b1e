"""The REST API through FastAPI's TestClient: every endpoint, filters, paging, errors, auth."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.export.mapping import published_columns
from rasd.core.models import ClaimRef, DateSpan, Incident, Place, ReconciledFigure
from rasd.store import LinkEvent, open_store
from webfixtures import ARTICLES, ATTR_XSS, XSS, ensure_incidents

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "api.db"
    app = create_app(str(db), token=TOKEN, tiles=None)
    with TestClient(app) as c:
        r = c.post("/api/articles", json=ARTICLES, headers=AUTH)
        assert r.status_code == 201, r.text
        ensure_incidents(app.state.store)
        yield c


@pytest.fixture
def synthetic(make_store):
    """A store of 30 constructed incidents with known values, for filters and sorting, on
    each backend."""
    store = make_store()
    govs = ["idlib", "aleppo", "daraa"]
    incs = [Incident(id=f"s{i:02d}", event_type="airstrike" if i % 2 else "shelling",
                     perpetrator="russia" if i % 3 == 0 else "syrian_gov", victims="civilians",
                     place=Place(name=None, governorate=govs[i % 3]),
                     date=DateSpan(f"2020-01-{i + 1:02d}", f"2020-01-{i + 1:02d}"),
                     figures={"killed": ReconciledFigure(i, i, i, {"sohr": str(i)})},
                     claims=[ClaimRef("none", i)], sources=i % 5, claimants=1)
            for i in range(30)]
    store.save_incidents(incs, [LinkEvent("create", "s00")])
    app = create_app(store=store, token=None)
    with TestClient(app) as c:
        yield c


def is_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    return body


# -- reads ------------------------------------------------------------------------------
def test_incidents_list_shape(client):
    r = client.get("/api/incidents")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 3 and body["limit"] == 50 and body["offset"] == 0
    inc = body["items"][0]
    assert {"id", "event_type", "perpetrator", "victims", "place", "date", "figures", "claims",
            "sources", "claimants", "contradictions"} <= inc.keys()


def test_incident_filters(synthetic):
    def ids(**params):
        body = synthetic.get("/api/incidents", params={**params, "limit": 500}).json()
        assert body["total"] == len(body["items"])
        return [i["id"] for i in body["items"]]

    assert len(ids()) == 30
    assert ids(governorate="idlib") == [f"s{i:02d}" for i in range(27, -1, -3)]
    assert set(ids(event_type="airstrike")) == {f"s{i:02d}" for i in range(1, 30, 2)}
    assert set(ids(perpetrator="russia")) == {f"s{i:02d}" for i in range(0, 30, 3)}
    assert ids(victims="pro_gov") == []
    assert set(ids(min_killed=25)) == {f"s{i:02d}" for i in range(25, 30)}
    assert set(ids(since="2020-01-10", until="2020-01-12")) == {"s09", "s10", "s11"}
    assert len(ids(since="2020-01")) == 30 and ids(until="2019") == []
    assert set(ids(governorate="aleppo", min_killed=20)) == {"s22", "s25", "s28"}


def test_incident_sort_and_pagination(synthetic):
    get = lambda **p: synthetic.get("/api/incidents", params=p).json()  # noqa: E731
    assert [i["id"] for i in get(sort="-killed", limit=3)["items"]] == ["s29", "s28", "s27"]
    assert [i["id"] for i in get(sort="killed", limit=2)["items"]] == ["s00", "s01"]
    assert [i["id"] for i in get(sort="date", limit=2)["items"]] == ["s00", "s01"]
    assert get(sort="-sources", limit=1)["items"][0]["sources"] == 4
    page1, page2 = get(limit=10, offset=0), get(limit=10, offset=10)
    assert page1["total"] == page2["total"] == 30
    assert not {i["id"] for i in page1["items"]} & {i["id"] for i in page2["items"]}
    assert get(limit=10, offset=30)["items"] == []


@pytest.mark.parametrize("query", ["limit=501", "limit=-1", "offset=-3", "sort=bogus",
                                   "governorate=atlantis", "since=2020-13-01", "since=yesterday",
                                   "min_killed=many", "claimant=nobody"])
def test_incident_bad_params_are_400_problems(client, query):
    is_problem(client.get("/api/incidents?" + query), 400)


def test_incident_detail(client):
    inc_id = client.get("/api/incidents", params={"governorate": "idlib"}).json()["items"][0]["id"]
    r = client.get(f"/api/incidents/{inc_id}")
    assert r.status_code == 200
    d = r.json()
    assert d["id"] == inc_id and "history" in d and "contradictions" in d
    c = d["claims"][0]
    assert {"claimant", "figures", "date", "place", "article", "quote", "article_id",
            "claim_index"} <= c.keys()
    assert c["figures"][0]["as_stated"]
    assert c["article"]["source"] and c["quote"]
    is_problem(client.get("/api/incidents/no-such-incident"), 404)


def test_claims(client):
    body = client.get("/api/claims", params={"limit": 2}).json()
    assert body["total"] >= 4 and len(body["items"]) == 2
    sohr = client.get("/api/claims", params={"claimant": "sohr"}).json()
    assert sohr["items"] and all(c["claimant"] == "sohr" for c in sohr["items"])
    assert client.get("/api/claims", params={"kind": "killed", "governorate": "aleppo"}).json()["total"] == 1
    is_problem(client.get("/api/claims?kind=eaten"), 400)


def test_article_with_spans(client):
    r = client.get("/api/articles/t-ariha-sohr")
    assert r.status_code == 200
    d = r.json()
    text = d["article"]["text"]
    assert text == ARTICLES[0]["text"]
    assert d["spans"], "the extractor should find the claim in this article"
    for s in d["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert {"claim_index", "claimant", "figures"} <= s.keys()
    assert d["claims"][0]["incident_id"]
    is_problem(client.get("/api/articles/nope"), 404)


def test_search(client):
    hits = client.get("/api/search", params={"q": "أريحا"}).json()["items"]
    assert {h["article_id"] for h in hits} == {"t-ariha-sohr", "t-ariha-wh"}
    assert client.get("/api/search", params={"q": "zzzzqqq"}).json()["items"] == []
    is_problem(client.get("/api/search"), 400)


def test_stats_timeline_config(client):
    s = client.get("/api/stats").json()
    assert s["articles"] == 4 and s["incidents"] >= 3
    t = client.get("/api/timeline").json()
    assert t["complete"] and sum(i["incidents"] for i in t["items"]) + t["undated"] == s["incidents"]
    assert client.get("/api/timeline", params={"bucket": "year"}).json()["items"][0]["period"] == "2019"
    cfg = client.get("/api/config").json()
    assert cfg["writes_enabled"] and "idlib" in cfg["vocab"]["governorates"] and cfg["tiles"] is None


@pytest.mark.parametrize("fmt,media", [("csv", "text/csv"), ("json", "application/json"),
                                       ("geojson", "application/geo+json"), ("acled", "text/csv"),
                                       ("ucdp", "text/csv"), ("parquet", "application/vnd.apache.parquet")])
def test_export_every_format(client, fmt, media):
    """The real export behind GET /api/export: whole filtered set, each format read back."""
    r = client.get("/api/export", params={"format": fmt, "governorate": "idlib", "limit": 1})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(media)
    assert "attachment" in r.headers["content-disposition"] and f"-{fmt}-" in r.headers["content-disposition"]
    idlib = client.get("/api/incidents", params={"governorate": "idlib"}).json()["total"]
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        t = pq.read_table(io.BytesIO(r.content))
        assert t.num_rows == idlib and set(t.column("governorate").to_pylist()) == {"idlib"}
    elif fmt in ("json", "geojson"):
        doc = r.json()
        items = doc["features"] if fmt == "geojson" else doc
        assert len(items) == idlib >= 1  # limit is ignored: an export is every selected incident
    else:
        rows = list(csv.DictReader(io.StringIO(r.text)))
        columns = {"csv": None, "acled": "acled", "ucdp": "ucdp_ged"}[fmt]
        if columns:
            assert list(rows[0]) == list(published_columns(columns))
        assert len(rows) == int(r.headers["x-rasd-written"]) >= 1
    is_problem(client.get("/api/export?format=xlsx"), 400)


def test_docs_and_openapi_offline(client):
    spec = client.get("/openapi.json").json()
    assert "/api/incidents" in spec["paths"] and "/api/articles" in spec["paths"]
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert "http" not in html.replace("http-equiv", "")  # nothing from another origin
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_ui_served_with_csp(client):
    r = client.get("/")
    assert r.status_code == 200 and 'dir="rtl"' in r.text and 'lang="ar"' in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for path in ("/static/app.css", "/static/js/main.js", "/static/i18n.json",
                 "/static/vendor/leaflet/leaflet.js", "/static/geo/syria_admin1.geojson"):
        assert client.get(path).status_code == 200, path
    geo = client.get("/static/geo/syria_admin1.geojson").json()
    assert len(geo["features"]) == 14
    is_problem(client.get("/no/such/page"), 404)


def test_tile_url_widens_csp_only_for_its_host(tmp_path):
    app = create_app(str(tmp_path / "t.db"), tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    with TestClient(app) as c:
        assert c.get("/api/config").json()["tiles"].startswith("https://tiles.example.org/")
        assert "img-src 'self' data: https://tiles.example.org" in c.get("/").headers["content-security-policy"]


# -- writes -----------------------------------------------------------------------------
def test_writes_refused_without_configured_token(tmp_path, monkeypatch):
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    with TestClient(create_app(str(tmp_path / "w.db"))) as c:
        body = is_problem(c.post("/api/articles", json={"text": "نص"}, headers=AUTH), 403)
        assert "RASD_API_TOKEN" in body["detail"]
        assert c.get("/api/config").json()["writes_enabled"] is False


def test_writes_need_the_right_token(client):
    art = {"text": "نص تجريبي لا يذكر أي أرقام."}
    r = is_problem(client.post("/api/articles", json=art), 401)
    assert r["title"] == "Unauthorized"
    is_problem(client.post("/api/articles", json=art, headers={"Authorization": "Bearer nope"}), 401)
    is_problem(client.post("/api/articles", json=art, headers={"Authorization": TOKEN}), 401)
    r = client.post("/api/articles", json=art, headers=AUTH)
    assert r.status_code == 201
    a = r.json()["articles"][0]
    assert a["new"] and a["id"].startswith("api-") and a["claims"] == []
    # The same content again is a duplicate: 200, not stored twice.
    r = client.post("/api/articles", json=art, headers=AUTH)
    assert r.status_code == 200 and r.json()["articles"][0]["new"] is False


def test_post_returns_extracted_claims(client):
    art = {"id": "t-homs", "source": "اختبار", "published": "2021-02-02",
           "text": "قال المرصد السوري لحقوق الإنسان إن 6 مدنيين قتلوا في قصف على مدينة حمص "
                   "يوم 1 شباط 2021."}
    r = client.post("/api/articles", json=art, headers=AUTH)
    assert r.status_code == 201
    (a,) = r.json()["articles"]
    assert a["id"] == "t-homs" and a["claims"][0]["claimant"] == "sohr"
    assert a["claims"][0]["figures"][0]["low"] == 6
    assert "link" in r.json()


@pytest.mark.parametrize("body", [b"{not json", b"", b"[]", b"42", b'{"title": "no text"}',
                                  b'{"text": ""}', b'{"text": 5}', b'[{"text": "x"}, "y"]',
                                  b'{"text": "x", "published": "last week"}',
                                  b'{"text": "x", "title": ["a"]}', b"\xff\xfe"])
def test_bad_bodies_are_400_problems(client, body):
    r = client.post("/api/articles", content=body,
                    headers={**AUTH, "Content-Type": "application/json"})
    is_problem(r, 400)


def test_wrong_media_type_is_415(client):
    is_problem(client.post("/api/articles", content=b"text=x",
                           headers={**AUTH, "Content-Type": "application/x-www-form-urlencoded"}), 415)


def test_oversized_body_is_413(tmp_path):
    app = create_app(str(tmp_path / "big.db"), token=TOKEN, max_body=1024)
    with TestClient(app) as c:
        big = json.dumps({"text": "ا" * 2000}).encode()
        is_problem(c.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"}), 413)

        def chunks():  # no Content-Length: the limit holds while streaming too
            for _ in range(10):
                yield b" " * 512

        is_problem(c.post("/api/articles", content=chunks(), headers=AUTH), 413)
        assert c.post("/api/articles", json={"text": "نص قصير"}, headers=AUTH).status_code == 201


def test_default_body_limit_is_5mb(client):
    r = client.post("/api/articles", content=b" " * (5 * 1024 * 1024 + 1),
                    headers={**AUTH, "Content-Type": "application/json"})
    is_problem(r, 413)


def test_hostile_content_comes_back_as_data(client):
    d = client.get("/api/articles/t-xss").json()
    assert d["article"]["title"].startswith(XSS)
    assert d["article"]["source"] == ATTR_XSS
    assert XSS in d["article"]["text"]
    r = client.get("/api/articles/t-xss")
    assert r.headers["content-type"] == "application/json"  # never sniffed as HTML
    claims = client.get("/api/claims", params={"article_id": "t-xss"}).json()["items"]
    assert claims and claims[0]["article"]["source"] == ATTR_XSS


def test_read_cache_sees_writes_from_other_connections(db_url):
    db = db_url  # on SQLite and PostgreSQL: the cache keys on the store's data version
    with TestClient(create_app(db, token=None)) as c:
        assert c.get("/api/incidents").json()["total"] == 0
        assert c.get("/api/incidents").json()["total"] == 0  # served from the cache
        with open_store(db) as other:  # e.g. `rasd ingest` in another process
            other.save_incidents([Incident(id="late", date=DateSpan("2021-01-01", "2021-01-01"))])
        assert c.get("/api/incidents").json()["total"] == 1


# -- names, map, text search, pages for people ----------------------------------------------
def test_config_has_display_names_in_both_languages(client):
    cfg = client.get("/api/config").json()
    assert cfg["names"]["ar"]["figure_kinds"]["casualties"] == "قتلى وجرحى"  # not "injuries"
    assert cfg["names"]["en"]["actors"]["syrian_gov"] == "Syrian government forces"
    assert cfg["names"]["ar"]["qualifiers"]["dozens"] == "عشرات"
    assert cfg["outlets"]["skynews"]["en"] == "Sky News Arabia"


def test_incidents_carry_english_place_names_and_the_date_used(client):
    items = client.get("/api/incidents", params={"governorate": "idlib"}).json()["items"]
    assert items and items[0]["place"]["name_en"] == "Ariha"
    assert items[0]["place"]["admin1"]["en"] == "Idleb" and items[0]["date_used"]["basis"] == "event"


def test_map_has_every_selected_incident(client):
    total = client.get("/api/incidents", params={"limit": 1}).json()["total"]
    m = client.get("/api/map").json()
    assert m["total"] == total == len(m["points"]) + len(m["outside"]) + m["unplaced"]
    assert all({"id", "lat", "lon", "killed", "approx"} <= p.keys() for p in m["points"])
    only = client.get("/api/map", params={"governorate": "daraa"}).json()
    assert {p["governorate"] for p in only["points"]} == {"daraa"}


@pytest.mark.parametrize("q", ["أريحا", "Ariha", "ariha airstrike"])
def test_incident_text_search_in_both_languages(client, q):
    body = client.get("/api/incidents", params={"q": q}).json()
    assert body["total"] >= 1 and {i["place"]["governorate"] for i in body["items"]} == {"idlib"}
    m = client.get("/api/map", params={"q": q}).json()
    assert m["total"] == body["total"]
    assert client.get("/api/incidents", params={"q": "Ariha", "governorate": "daraa"}).json()["total"] == 0


def test_search_results_have_titles_and_outlets(client):
    items = client.get("/api/search", params={"q": "Daraa"}).json()["items"]
    assert items and all(i["display_title"] for i in items)
    assert client.get("/api/search", params={"q": "Aleppo shelling"}).json()["items"]


def test_unknown_page_is_a_page_with_a_way_back(client):
    r = client.get("/no/such/page", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'href="/#/"' in r.text and "Page not found" in r.text
    is_problem(client.get("/api/no-such", headers={"Accept": "text/html"}), 404)


def test_bounded_staleness_serves_the_previous_answer_then_the_new_one(tmp_path):
    import time as _time

    db = str(tmp_path / "s.db")
    with TestClient(create_app(db, token=None, stale_ms=60_000)) as c:
        assert c.get("/api/incidents").json()["total"] == 0
        with open_store(db) as other:
            other.save_incidents([Incident(id="late", date=DateSpan("2021-01-01", "2021-01-01"))])
        # Within the allowed lag: the previous answer at once, rebuilt behind it.
        assert c.get("/api/incidents").json()["total"] == 0
        deadline = _time.monotonic() + 10
        while c.get("/api/incidents").json()["total"] != 1:
            assert _time.monotonic() < deadline, "the rebuilt answer never arrived"
            _time.sleep(0.05)


def test_the_other_side_of_a_battle_is_linked_from_each_incident(tmp_path):
    # one report, each side's dead: two incidents by the codebook, each pointing at the other
    text = ("قتل 8 عناصر من قوات النظام و6 مقاتلين من هيئة تحرير الشام في اشتباكات عنيفة "
            "اندلعت فجر الاثنين على أطراف بلدة كفرنبل في ريف إدلب الجنوبي، بحسب مصادر ميدانية.")
    app = create_app(str(tmp_path / "sides.db"), token=TOKEN, tiles=None)
    with TestClient(app) as c:
        r = c.post("/api/articles", json=[{"id": "sides", "text": text, "published": "2024-05-07"}],
                   headers=AUTH)
        assert r.status_code == 201, r.text
        items = c.get("/api/incidents").json()["items"]
        assert sorted((i["perpetrator"], i["victims"]) for i in items) == [
            ("hts", "syrian_gov"), ("syrian_gov", "hts")]
        for inc in items:
            rel = c.get(f"/api/incidents/{inc['id']}").json()["related"]
            (other,) = [i for i in items if i["id"] != inc["id"]]
            assert [(x["id"], x["relation"], x["shared_articles"]) for x in rel] == [
                (other["id"], "other_side", ["sides"])]
            assert rel[0]["figures"]["killed"]["best"] in (6, 8)
