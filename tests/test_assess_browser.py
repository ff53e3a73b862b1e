"""The assessment panels of the article and incident pages in real headless Chromium,
against a real ``rasd serve`` (the server, browser and page fixtures of test_browser.py)."""

from __future__ import annotations

import pytest

from assessfixtures import ASSESS_ARTICLES
from test_browser import TOKEN, browser, goto, page, server, shot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def assessed(server):  # noqa: F811
    import httpx

    r = httpx.post(server + "/api/articles", json=ASSESS_ARTICLES, timeout=60,
                   headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    return server


def test_article_panel_shows_score_standings_and_sources(page, assessed):  # noqa: F811
    goto(page, "#/article/atarib-sana")
    panel = page.locator("#assessment")
    panel.wait_for()
    assert page.inner_text("#assess-score") == "0.25"
    row = panel.locator("tr.figure-standing").first
    assert row.get_attribute("data-standing") == "contradicted"
    text = row.inner_text()
    assert "متناقض" in text and "المرصد السوري لحقوق الإنسان" in text and "Wire One" in text
    assert "أدنى بما لا يتسق" in text  # how SANA's 3 relates to SOHR's 23
    assert "null" not in panel.inner_text() and "undefined" not in panel.inner_text()
    shot(page, "assess-01-article-ar")
    page.click("#lang-switch")
    page.wait_for_selector("#assess-explanation")
    assert "1 contradicted" in page.inner_text("#assess-explanation")
    assert "SANA says 3 killed; incompatible with SOHR 23 (via Wire One)" in \
        page.inner_text("#assessment td.reason")
    shot(page, "assess-02-article-en")
    page.click("#lang-switch")  # leave the next test in Arabic
    assert page.problems == []


def test_an_article_nobody_else_reports_gets_no_number(page, assessed):  # noqa: F811
    goto(page, "#/article/daraa-lone")
    page.wait_for_selector("#assess-none")
    assert page.inner_text("#assess-score") == "لا درجة"
    assert "لا مصدر مستقل للمقارنة" in page.inner_text("#assess-none")
    assert page.locator("#assessment meter").count() == 0
    assert page.problems == []


def test_incident_panel_shows_the_grade_and_every_figure(page, assessed):  # noqa: F811
    goto(page, "#/article/atarib-sohr")
    page.click(".claim-card a")
    page.wait_for_function("location.hash.startsWith('#/incident/')")
    page.wait_for_selector("#assess-grade")
    assert page.get_attribute("#assess-grade", "data-grade") == "contested"
    assert page.inner_text("#assess-grade") == "متنازع عليها"
    rows = page.locator("#assessment tr.figure-standing")
    assert rows.count() == 4
    assert sorted(rows.nth(i).get_attribute("data-standing") for i in range(4)) == \
        ["consistent", "consistent", "consistent", "contradicted"]
    shot(page, "assess-03-incident-ar")
    page.click("#assessment tr[data-standing='contradicted'] td a >> nth=0")
    page.wait_for_function("location.hash.startsWith('#/article/atarib-sana')")
    page.wait_for_selector("#assess-score")
    assert page.problems == []
