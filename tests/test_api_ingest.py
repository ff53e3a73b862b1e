"""POST /api/articles through the ingest service, on both backends: a failed article is
kept with its error (never as an article without claims) and a corrected retry extracts
it; articles are built as the CLI builds them."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.store import FAILED, open_store

TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Our own sentence; "أمس" (yesterday) needs date arithmetic from the publication day.
YESTERDAY = "قال المرصد السوري لحقوق الإنسان إن 6 مدنيين قتلوا أمس في قصف على مدينة حمص."


@pytest.fixture(params=["writer process", "thread"])
def api(db_url, request):
    app = create_app(db_url, token=TOKEN, write_process=request.param == "writer process")
    with TestClient(app) as c:
        yield c, app.state.store


def test_a_failed_post_keeps_nothing_empty_and_a_corrected_retry_extracts(db_url, monkeypatch):
    # In-thread writes: the fault is injected into this process's extractor.
    app = create_app(db_url, token=TOKEN, write_process=False)
    with TestClient(app) as client:
        _failed_then_corrected(client, app.state.store, monkeypatch)


def _failed_then_corrected(client, store, monkeypatch):
    import rasd.extract

    real = rasd.extract.extract

    def extract(article):  # a fault injected around the real extractor
        if article.published == "2021-02-03":
            raise OverflowError("date value out of range")
        return real(article)

    monkeypatch.setattr(rasd.extract, "extract", extract)
    r = client.post("/api/articles", json={"id": "edge", "text": YESTERDAY, "published": "2021-02-03"},
                    headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "extraction failed" in r.json()["detail"]
    state, error = store.article_state("edge")
    assert state == FAILED and "OverflowError" in error  # kept as a failure, with its error
    # The corrected retry is extracted (not answered 200 "duplicate" with no claims).
    r = client.post("/api/articles", json={"id": "edge", "text": YESTERDAY, "published": "2021-02-02"},
                    headers=AUTH)
    assert r.status_code == 201, r.text
    (a,) = r.json()["articles"]
    assert a["id"] == "edge" and a["new"] and a["claims"], a
    assert a["claims"][0]["incident_id"]
    assert store.get_article("edge").published == "2021-02-02"


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_extreme_publication_days_are_no_server_error(api, published):
    client, store = api
    r = client.post("/api/articles", json={"text": YESTERDAY, "published": published}, headers=AUTH)
    assert r.status_code < 500, r.text
    if r.status_code == 201:  # taken: then with its claims
        assert r.json()["articles"][0]["claims"]


def test_post_builds_the_article_like_the_cli(api, tmp_path):
    client, store = api
    # No 'published': the dateline gives it. No 'lang': detected.
    text = ("Aleppo, 12 March 2024 - The Syrian Observatory for Human Rights said 9 civilians "
            "were killed in an air strike on the town of Atarib.")
    r = client.post("/api/articles", json={"id": "en-1", "text": text}, headers=AUTH)
    assert r.status_code == 201, r.text
    art = client.get("/api/articles/en-1").json()["article"]
    assert art["lang"] == "en"
    # The same text through `rasd ingest` becomes the same article.
    from click.testing import CliRunner

    from rasd.cli import main

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    assert CliRunner().invoke(main, ["ingest", str(path), "--db", db]).exit_code == 0
    with open_store(db) as cli_store:
        (cli_art,) = list(cli_store.iter_articles())
    api_art = store.get_article("en-1")
    assert (api_art.published, api_art.lang, api_art.text, api_art.published_from) == \
        (cli_art.published, cli_art.lang, cli_art.text, cli_art.published_from)
