"""Assessment through the REST API: articles go in by POST (extraction, linking and
assessment run for real) and come back with their standings, grades and scores."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assessfixtures import ASSESS_ARTICLES
from rasd.api import create_app

TOKEN = "assess-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(str(tmp_path_factory.mktemp("api") / "a.db"), token=TOKEN, tiles=None)
    with TestClient(app) as c:
        r = c.post("/api/articles", json=ASSESS_ARTICLES[:2], headers=AUTH)
        assert r.status_code == 201, r.text
        assert r.json()["assessed"]["incidents"] >= 1
        yield c


def test_ingest_reassesses_the_incident_a_new_report_links_into(client):
    before = client.get("/api/articles/atarib-sohr").json()["assessment"]
    assert before["score"] == 0.75 and before["standings"][0]["standing"] == "consistent"
    r = client.post("/api/articles", json=ASSESS_ARTICLES[2:], headers=AUTH)
    assert r.status_code == 201
    assert r.json()["assessed"]["incidents"] == 2  # the strike's incident and Daraa's
    sana = client.get("/api/articles/atarib-sana").json()["assessment"]
    assert sana["score"] == 0.25 and sana["standings"][0]["standing"] == "contradicted"
    assert "incompatible with SOHR 23 (via Wire One)" in sana["standings"][0]["reason"]


def test_incident_payload_and_list_carry_the_grade(client):
    iid = client.get("/api/articles/atarib-sana").json()["claims"][0]["incident_id"]
    inc = client.get(f"/api/incidents/{iid}").json()
    a = inc["assessment"]
    assert a["grade"] == "contested" and a["reason"].startswith("contested: ")
    assert {f["article_id"] for f in a["figures"]} == {"atarib-sohr", "atarib-wh", "atarib-sana",
                                                      "atarib-copy"}
    items = client.get("/api/incidents", params={"limit": 10}).json()["items"]
    assert {i["id"]: i["grade"] for i in items}[iid] == "contested"
    assert all(i["grade"] for i in items)


def test_assessment_endpoints(client):
    page = client.get("/api/assessment/articles", params={"scored": "false"}).json()
    assert [a["article_id"] for a in page["items"]] == ["daraa-lone"]
    assert "no comparable source" in page["items"][0]["explanation"]
    one = client.get("/api/assessment/articles/atarib-wh").json()
    assert one["source"] == "Wire Two" and one["standings"][0]["compared"]
    iid = one["standings"][0]["incident_id"]
    assert client.get(f"/api/assessment/incidents/{iid}").json()["grade"] == "contested"
    outlets = client.get("/api/assessment/outlets", params={"bucket": "month"}).json()
    assert {r["period"] for r in outlets["items"]} == {"2023-06", "2024-03"}
    assert all("checked" in r and "figures" in r for r in outlets["items"])


def test_assessment_errors(client):
    r = client.get("/api/assessment/articles/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/api/assessment/incidents/nope").status_code == 404
    assert client.get("/api/assessment/outlets", params={"bucket": "week"}).status_code in (400, 422)
