"""The web UI in real headless Chromium against a real ``rasd serve`` process.

Articles go in through POST /api/articles (extraction and linking run for real); see
tests/webfixtures.py for the fallback while linking is a stub. Screenshots land in
artifacts/screenshots/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from webfixtures import (ARTICLES, DENSE_GOV, DENSE_N, PROV_ARTICLE, add_dense_incidents,
                         add_provenance_article, ensure_incidents, rasd_server)

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
TOKEN = "browser-test-token"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

if not Path(CHROMIUM).exists():
    # tests/conftest.py repeats this loudly in the summary: the UI is then untested.
    pytest.skip("Debian chromium is not installed (/usr/bin/chromium): install it with "
                "`sudo apt-get install chromium` (CI's .ci/run does)", allow_module_level=True)
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
            add_dense_incidents(store)
            add_provenance_article(store)
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
    # The render of the current hash, not a stale flag left by the page before a click.
    pg.wait_for_function(
        "() => document.body.dataset.ready === '1' && document.body.dataset.view === location.hash"
    )


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


@pytest.fixture
def phone(browser, server):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server,
                              is_mobile=True, has_touch=True)
    yield ctx.new_page()
    ctx.close()


def test_phone_layout_and_search(phone):
    pg = phone
    goto(pg, "#/search?q=" + "أريحا")
    pg.wait_for_selector("#results .hit")
    assert pg.locator("#results .hit").count() == 2
    shot(pg, "07-phone-search")
    goto(pg, "#/")
    pg.wait_for_selector("#incidents tbody tr")
    # Nothing wider than the screen except inside the scrollable table wrapper.
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    shot(pg, "08-phone-incidents")


def test_api_docs_offline(page):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 8
    shot(page, "09-docs")
    assert page.problems == []


# -- map, downloads, search, permalinks, phone, English, directions, provenance -----------
def map_ready(pg) -> None:
    pg.wait_for_selector("#map[data-ready='1']")
    pg.wait_for_timeout(400)  # markercluster adds its layers in chunks


def shown_on_map(pg) -> int:
    """Incidents on the map: single circles plus the counts in cluster bubbles."""
    singles = pg.locator("#map path.incident-marker").count()
    bubbles = pg.locator("#map .marker-cluster span").all_inner_texts()
    return singles + sum(int(b.split()[0]) for b in bubbles)


def test_map_shows_every_filtered_incident_clustered_with_legend(page, server):
    import httpx

    goto(page, f"#/?governorate={DENSE_GOV}")
    map_ready(page)
    expected = httpx.get(server + "/api/map", params={"governorate": DENSE_GOV}).json()
    assert len(expected["points"]) == DENSE_N  # every incident, not a page of 100
    assert shown_on_map(page) == DENSE_N
    assert page.locator("#map .marker-cluster").count() >= 1  # dense: clustered
    legend = page.inner_text("#map-legend")
    assert "القتلى" in legend and page.locator("#map-legend .size").count() == 3
    shot(page, "10-map-clusters-legend")
    # All incidents: those outside Syria are listed apart, not floating on the map.
    goto(page, "#/")
    map_ready(page)
    total = httpx.get(server + "/api/map").json()
    assert shown_on_map(page) == len(total["points"])
    assert "الموصل" in page.inner_text("#outside-syria")
    page.click("#outside-syria a")
    ready(page)
    assert "#/incident/inc-mosul" in page.url
    assert page.problems == []


def test_download_buttons_return_every_format(page, server):
    import csv
    import io

    goto(page, "#/?governorate=idlib")
    buttons = page.locator("#downloads a.download")
    assert buttons.count() == 6
    with page.expect_download() as dl:
        page.click("#downloads a[data-format='csv']")
    assert dl.value.suggested_filename.startswith("rasd-incidents-csv-")
    total = int(page.inner_text("#total"))
    for i in range(buttons.count()):
        href = buttons.nth(i).get_attribute("href")
        fmt = buttons.nth(i).get_attribute("data-format")
        assert "governorate=idlib" in href
        r = page.request.get(server + href)
        assert r.status == 200, (fmt, r.text())
        body = r.body()
        if fmt in ("csv", "acled", "ucdp"):
            rows = list(csv.DictReader(io.StringIO(body.decode())))
            assert (len(rows) == total) if fmt != "ucdp" else (1 <= len(rows) <= total)
        elif fmt == "parquet":
            assert body[:4] == b"PAR1"
        else:
            doc = r.json()
            assert len(doc if fmt == "json" else doc["features"]) == total
    shot(page, "11-downloads")
    assert page.problems == []


def test_incident_search_in_english_finds_arabic_places(page):
    goto(page)
    page.fill("#f-q", "Ariha")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=Ariha')")
    ready(page)
    page.wait_for_selector("#incidents tbody tr")
    rows = page.locator("#incidents tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "إدلب" in rows.nth(i).inner_text()
    map_ready(page)
    assert shown_on_map(page) == int(page.inner_text("#total"))
    shot(page, "12-incident-search")
    assert page.problems == []


def test_permalink_and_citation(page, browser, server):
    goto(page, "#/?governorate=idlib")
    page.click("#incidents tbody tr >> nth=0")
    page.wait_for_function("location.hash.startsWith('#/incident/')")
    ready(page)
    link = page.get_attribute("#citation a.permalink", "href")
    iid = page.url.split("#/incident/")[1]
    assert link == f"{server}/#/incident/{iid}"
    cite = page.inner_text("#citation .cite-text")
    assert cite.startswith(f"حادثة رصد {iid}") and link in cite and "استُرجع في" in cite
    title = page.inner_text("#incident-title")
    other = browser.new_context(base_url=server).new_page()
    other.goto(link)
    other.wait_for_selector("body[data-ready='1']")
    assert other.inner_text("#incident-title") == title
    other.context.close()
    page.click("#claims a.open-article >> nth=0")
    ready(page)
    alink = page.get_attribute("#citation a.permalink", "href")
    assert "/#/article/" in alink and page.url.split("?")[0] == alink  # ?claim= picks the highlight
    shot(page, "13-citation")
    assert page.problems == []


def test_phone_claims_are_cards_with_the_quote_in_view(phone):
    pg = phone
    goto(pg, "#/")
    pg.wait_for_selector("#incidents tbody tr")
    assert pg.locator("#filters").bounding_box()["height"] < 260  # filters folded: results show
    goto(pg, "#/?governorate=idlib")
    pg.click("#incidents tbody tr >> nth=0")
    ready(pg)
    card = pg.locator("#claims tr.claim-row").first
    card.scroll_into_view_if_needed()
    card.evaluate("el => el.scrollIntoView({block: 'start'})")
    quote = card.locator("blockquote.quote")
    qb, cb = quote.bounding_box(), card.bounding_box()
    assert qb["y"] - cb["y"] < 60  # the quote opens the card
    assert 0 <= qb["y"] and qb["y"] + min(qb["height"], 200) <= 844  # and is on screen
    assert pg.evaluate("document.documentElement.scrollWidth") <= 400
    shot(pg, "14-phone-claim-cards")


def test_english_mode_shows_english_place_names(page):
    goto(page, "#/?governorate=idlib")
    page.click("#lang-switch")
    ready(page)
    page.wait_for_selector("#incidents tbody tr")
    text = page.inner_text("#incidents")
    assert "Ariha" in text and "أريحا" not in text
    page.click("#incidents tbody tr >> nth=0")
    ready(page)
    assert "Ariha" in page.inner_text("#incident-title")
    assert "Killed" in page.inner_text("#figures")
    shot(page, "15-incident-en")
    page.click("#lang-switch")  # back to Arabic for the other tests
    ready(page)
    assert page.problems == []


def test_contradictions_and_places_keep_their_direction(page):
    goto(page, "#/incident/inc-dense-000")
    page.wait_for_selector("#contradictions li")
    items = page.locator("#contradictions li")
    assert items.count() == 2
    # said in the page's language, claimants by the names readers know
    first = items.nth(0).inner_text()
    assert "المرصد السوري" in first and "45" in first and "sohr" not in first
    for i in range(items.count()):
        # every contradiction is one isolated run: its Latin and Arabic cannot swap places
        assert items.nth(i).locator(":scope > bdi[dir=auto]").count() == 1
    # Every stretch of Latin letters in the Arabic page sits inside an isolating element.
    loose = page.evaluate("""() => {
        const out = [];
        const walk = document.createTreeWalker(document.querySelector('#view'), NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) {
            const n = walk.currentNode, s = n.nodeValue;
            if (!/[A-Za-z]/.test(s) || !/[\\u0600-\\u06ff]/.test(s)) continue;
            if (!n.parentElement.closest('bdi, [dir=auto], [dir=ltr]')) out.push(s);
        }
        return out;
    }""")
    assert loose == []
    shot(page, "16-contradictions-rtl")
    assert page.problems == []


def test_timeline_is_a_real_time_axis(page):
    goto(page, f"#/?governorate={DENSE_GOV}")
    page.wait_for_selector("#timeline svg rect.bar")
    bars = page.eval_on_selector_all("#timeline rect.bar", "els => els.map(e => [e.dataset.period, +e.getAttribute('x')])")
    months = [int(p[:4]) * 12 + int(p[5:7]) - 1 for p, _ in bars]
    step = (bars[-1][1] - bars[0][1]) / (months[-1] - months[0])
    for (p, x), m in zip(bars, months):
        assert abs((x - bars[0][1]) - (m - months[0]) * step) < 0.01, p
    assert not any(p.startswith("2015") for p, _ in bars)  # the gap stays a gap
    shot(page, "17-timeline-axis")


def test_claim_attributes_say_where_they_were_read(page):
    goto(page, f"#/article/{PROV_ARTICLE}")
    page.wait_for_selector(".claim-card .attr")
    assert page.inner_text("#article-source") == "سكاي نيوز عربية"  # outlet by name
    assert page.inner_text("#article-title").startswith("قال ناشطون")  # no title: its first words
    page.hover(".attr[data-attr=perpetrator]")
    prov = page.locator(".attr.open dd.prov")
    prov.wait_for()
    assert "الجملة الفرعية" in prov.inner_text() and "لقوات النظام" in prov.inner_text()
    lit = page.locator("span.prov-src.lit")
    assert "".join(lit.all_inner_texts()) == "لقوات النظام"
    page.hover(".attr[data-attr=date]")
    assert "القيمة الافتراضية" in page.inner_text(".attr.open dd.prov")
    assert page.locator("span.prov-src.lit").count() == 0
    shot(page, "18-provenance-hover")
    assert page.problems == []


def test_unknown_incident_is_a_page_with_a_way_back(page):
    goto(page, "#/incident/inc-does-not-exist")
    page.wait_for_selector("#not-found")
    assert "لا توجد حادثة" in page.inner_text("#not-found")
    page.click("#not-found a[href='#/']")
    ready(page)
    page.wait_for_selector("#incidents tbody tr")
    goto(page, "#/no-such-page")
    page.wait_for_selector("#not-found")
    shot(page, "19-not-found")
    # Chromium logs the API's 404 for the unknown id; nothing else may go wrong.
    assert [p for p in page.problems if "404" not in p] == []


def test_one_sides_dead_links_to_the_other_sides(browser, tmp_path):
    import httpx

    # each side's losses are their own incident (codebook); the page says where the other is
    text = ("قتل 8 عناصر من قوات النظام و6 مقاتلين من هيئة تحرير الشام في اشتباكات عنيفة "
            "اندلعت فجر الاثنين على أطراف بلدة كفرنبل في ريف إدلب الجنوبي، بحسب مصادر ميدانية.")
    env = {"RASD_API_TOKEN": TOKEN, "RASD_TILE_URL": ""}
    with rasd_server(tmp_path / "sides.db", env=env) as base:
        r = httpx.post(base + "/api/articles", json=[{"id": "sides", "text": text, "published": "2024-05-07"}],
                       timeout=60, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        ids = [i["id"] for i in httpx.get(base + "/api/incidents").json()["items"]]
        assert len(ids) == 2
        pg = browser.new_context(base_url=base).new_page()
        goto(pg, f"#/incident/{ids[0]}")
        link = pg.locator("#related li.related-other_side a")
        assert link.count() == 1
        link.click()
        pg.wait_for_function(f"() => location.hash === '#/incident/{ids[1]}'")
        ready(pg)
        assert pg.locator("#related li.related-other_side a").get_attribute("href") == f"#/incident/{ids[0]}"
        pg.context.close()
