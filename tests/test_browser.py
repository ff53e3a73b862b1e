"""The web UI in real headless Chromium against a real ``rasd serve`` process.

Articles go in through POST /api/articles (extraction and linking run for real); see
tests/webfixtures.py for the fallback while linking is a stub. Screenshots land in
artifacts/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from webfixtures import ARTICLES, ensure_incidents, rasd_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
TOKEN = "browser-test-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (/usr/bin/chromium); CI installs it "
                "with apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import httpx

    db = tmp_path_factory.mktemp("web") / "web.db"
    env = {"RASD_API_TOKEN": TOKEN, "RASD_TILE_URL": ""}  # no tiles: offline boundaries only
    with rasd_server(db, env=env) as base:
        r = httpx.post(base + "/api/articles", json=ARTICLES, timeout=60,
                       headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        from rasd.store import open_store

        with open_store(str(db)) as store:
            ensure_incidents(store)
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    pg = ctx.new_page()
    pg.problems = []  # console errors, CSP violations, dialogs: each one fails the test
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))

    def on_dialog(d):
        pg.problems.append(f"dialog fired: {d.message}")
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    ctx.close()


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ready(pg) -> None:
    pg.wait_for_selector("body[data-ready='1']")


def goto(pg, hash_: str = "#/") -> None:
    pg.goto("/" + hash_)
    ready(pg)


def test_incidents_page_is_arabic_rtl_with_map_and_timeline(page):
    goto(page)
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    page.wait_for_selector("#incidents tbody tr")
    assert page.locator("#incidents tbody tr").count() >= 3
    page.wait_for_selector("#map path.leaflet-interactive")  # boundaries and markers drawn
    assert "OCHA" in page.inner_text(".leaflet-control-attribution")
    page.wait_for_selector("#timeline svg rect.bar")
    page.wait_for_timeout(300)
    shot(page, "01-incidents-ar")
    assert page.problems == []


def test_filter_by_governorate(page):
    goto(page)
    page.wait_for_selector("#incidents tbody tr")
    page.select_option("#f-governorate", "idlib")
    page.wait_for_function("location.hash.includes('governorate=idlib')")
    ready(page)
    page.wait_for_selector("#incidents tbody tr")
    rows = page.locator("#incidents tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "إدلب" in rows.nth(i).inner_text()
    assert "درعا" not in page.inner_text("#incident-list")
    shot(page, "02-filter-idlib")
    assert page.problems == []


def test_incident_page_shows_claims_side_by_side(page):
    goto(page, "#/?governorate=idlib")
    page.click("#incidents tbody tr >> nth=0")
    page.wait_for_function("location.hash.startsWith('#/incident/')")
    ready(page)
    page.wait_for_selector("#claims tbody tr")
    assert page.locator("#claims tbody tr.claim-row").count() >= 1
    assert page.locator("#figures").count() == 1
    text = page.inner_text("#claims")
    assert "أريحا" in text
    shot(page, "03-incident")
    assert page.problems == []


def test_article_page_highlights_evidence(page):
    goto(page, "#/?governorate=idlib")
    page.click("#incidents tbody tr >> nth=0")
    ready(page)
    page.click("#claims a.open-article >> nth=0")
    page.wait_for_function("location.hash.startsWith('#/article/')")
    ready(page)
    mark = page.locator("#article-text mark.ev").first
    mark.wait_for()
    mark.hover()
    page.wait_for_selector(".claim-card.active")
    assert "12" in page.inner_text(".claim-card.active") or "15" in page.inner_text(".claim-card.active")
    shot(page, "04-article")
    assert page.problems == []


def test_hostile_article_renders_as_text(page):
    goto(page, "#/article/t-xss")
    page.wait_for_selector("#article-text mark.ev")
    assert "<script>alert(1)</script>" in page.inner_text("#article-title")
    assert "<script>alert(1)</script>" in page.inner_text("#article-text")
    assert page.inner_text("#article-source") == '" onmouseover="alert(1)'
    assert page.locator("#view script").count() == 0
    assert page.locator("[onmouseover]").count() == 0
    # A javascript: URL in the article's url field is not made into a link target.
    assert page.locator("a[href^='javascript']").count() == 0
    page.hover("#article-source")
    page.hover("#article-text mark.ev")
    # The incident holding the hostile claim shows its outlet as text too.
    page.click(".claim-card a")
    ready(page)
    page.wait_for_selector("#claims tbody tr")
    assert '" onmouseover="alert(1)' in page.inner_text("#claims")
    page.hover("#claims tbody tr")
    shot(page, "05-xss-as-text")
    assert page.problems == []  # no dialog, no CSP violation, no script error


def test_english_switch_is_remembered(page):
    goto(page)
    page.click("#lang-switch")
    ready(page)
    assert page.get_attribute("html", "dir") == "ltr"
    page.wait_for_selector("#incidents tbody tr")
    assert "Idlib" in page.inner_text("#incidents")
    page.reload()
    ready(page)
    assert page.get_attribute("html", "lang") == "en"
    page.wait_for_selector("#timeline svg")
    page.wait_for_timeout(300)
    shot(page, "06-incidents-en")
    assert page.problems == []


def test_phone_layout_and_search(browser, server):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server,
                              is_mobile=True, has_touch=True)
    pg = ctx.new_page()
    goto(pg, "#/search?q=" + "أريحا")
    pg.wait_for_selector("#results .hit")
    assert pg.locator("#results .hit").count() == 2
    shot(pg, "07-phone-search")
    goto(pg, "#/")
    pg.wait_for_selector("#incidents tbody tr")
    # Nothing wider than the screen except inside the scrollable table wrapper.
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    shot(pg, "08-phone-incidents")
    ctx.close()


def test_api_docs_offline(page):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 8
    shot(page, "09-docs")
    assert page.problems == []
