"""`rasd watch` against a real local HTTP server whose feeds change between polls: new
items, an edited item, a removed item, a 304 on a conditional GET, a server error,
malformed XML, a timeout, a missing item page; state kept in the store across restarts
(both backends); and a real `rasd watch` process picking up a new item within one interval."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from feedserver import FeedServer, page, rss
from ingest_runs import RASD, peek
from rasd.service.watch import Watcher, WatchSettings
from rasd.store import ClaimFilter, LINKED, WatchItem, WatchSource

# Our own sentences, one report each.
HOMS = ("حمص 2 شباط 2021 - قال المرصد السوري لحقوق الإنسان إن 6 مدنيين قتلوا وأصيب 11 آخرون"
        " في قصف مدفعي على مدينة حمص يوم 1 شباط 2021.")
HOMS_EDITED = ("حمص 2 شباط 2021 - قال المرصد السوري لحقوق الإنسان إن 9 مدنيين قتلوا وأصيب 8"
               " آخرون في قصف مدفعي على مدينة حمص يوم 1 شباط 2021.")
DARAA = ("درعا 10 أيار 2019 - قالت الشبكة السورية لحقوق الإنسان إن 3 مدنيين قتلوا في انفجار"
         " عبوة ناسفة في بلدة طفس بريف درعا يوم 9 أيار 2019.")
IDLIB = ("إدلب 5 آذار 2020 - ذكر الدفاع المدني السوري أن 4 مدنيين قتلوا في غارة جوية على بلدة"
         " سراقب في ريف إدلب يوم 4 آذار 2020.")
RAQQA = ("الرقة 7 نيسان 2018 - قال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في انفجار لغم"
         " أرضي في مدينة الرقة يوم 6 نيسان 2018.")
RSS = "application/rss+xml"


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def item(server, slug: str, title: str, **kw) -> dict:
    return {"guid": f"urn:test:{slug}", "link": server.url(f"/news/{slug}.html"), "title": title, **kw}


def watcher(store, urls, **kw) -> tuple[Watcher, list]:
    problems: list = []
    settings = WatchSettings(every=kw.pop("every", 0.0), host_delay=kw.pop("host_delay", 0.0),
                             timeout=kw.pop("timeout", 5.0))
    w = Watcher(store, urls, settings, on_problem=lambda u, m, warn: problems.append((u, m, warn)),
                **kw)
    return w, problems


def article_ids(store) -> set[str]:
    return {a.id for a in store.iter_articles()}


def test_feed_items_new_edited_removed_and_not_modified(server, make_store):
    store = make_store()
    server.set("/news/homs.html", page("قصف على حمص", HOMS))
    server.set("/news/daraa.html", page("انفجار في طفس", DARAA))
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص"),
                                          item(server, "daraa", "انفجار في طفس")]),
               RSS, etag='"v1"')
    feed = server.url("/feed.xml")
    w, problems = watcher(store, [feed])

    first = w.poll()
    assert (first.new_articles, first.errors, problems) == (2, [], [])
    assert first.ingest.linked_articles == 2 and store.count_incidents() == 2
    assert set(store.articles_in_state(LINKED)) == article_ids(store)
    homs = next(a for a in store.iter_articles() if a.url.endswith("/homs.html"))
    assert homs.title == "قصف على حمص" and homs.published == "2021-02-02" and homs.source == "أخبار"
    assert store.watch_source(feed).etag == '"v1"'

    # Unchanged: the conditional GET gets a 304 and no item page is asked for.
    pages = len(server.requests("/news/homs.html"))
    second = w.poll()
    assert second.sources[0].status == "not modified" and second.new_articles == 0
    assert server.requests("/feed.xml")[-1].headers.get("If-None-Match") == '"v1"'
    assert server.requests("/feed.xml")[-1].status == 304
    assert len(server.requests("/news/homs.html")) == pages

    # Changed: Daraa gone from the feed, Homs edited (a later toll), Idlib new.
    server.set("/news/homs.html", page("قصف على حمص: ارتفاع الحصيلة", HOMS_EDITED))
    server.set("/news/idlib.html", page("غارة على سراقب", IDLIB))
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص: ارتفاع الحصيلة"),
                                          item(server, "idlib", "غارة على سراقب")]),
               RSS, etag='"v2"')
    before = article_ids(store)
    third = w.poll()
    assert third.new_articles == 2 and third.sources[0].items == 2 and not problems
    added = article_ids(store) - before
    assert len(added) == 2 and before <= article_ids(store)  # the removed item's article stays
    edited = store.get_article(store.watch_items(feed)["urn:test:homs"].article_id)
    assert edited.id in added and "9 مدنيين" in edited.text and edited.id.startswith(homs.id + "~")
    assert store.get_article(homs.id).text == homs.text  # the earlier version is kept
    assert len(server.requests("/news/daraa.html")) == 1  # never asked again
    killed = sorted(f.low for sc in store.claims(ClaimFilter(article_id=edited.id))
                    for f in sc.claim.figures if f.kind == "killed")
    assert killed == [9]

    # Edited entry, same page text: read again, stored once (a duplicate).
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص (محدث)"),
                                          item(server, "idlib", "غارة على سراقب")]),
               RSS, etag='"v3"')
    fourth = w.poll()
    assert fourth.new_articles == 0 and fourth.ingest.duplicates == 1


def test_failures_are_one_line_each_and_other_sources_go_on(server, make_store):
    store = make_store()
    server.set("/news/homs.html", page("قصف على حمص", HOMS))
    server.set("/news/raqqa.html", page("لغم في الرقة", RAQQA))
    server.set("/good.xml", rss("جيد", [item(server, "homs", "قصف على حمص")]), RSS)
    server.set("/error.xml", "oops", "text/plain", status=500)
    server.set("/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', RSS)
    server.set("/slow.xml", rss("بطيء", []), RSS, delay=2.0)
    server.set("/missing-page.xml", rss("ناقص", [item(server, "gone", "صفحة محذوفة"),
                                                 item(server, "raqqa", "لغم في الرقة")]), RSS,
               etag='"m1"')
    urls = [server.url(p) for p in ("/error.xml", "/broken.xml", "/nothing-here.xml", "/slow.xml",
                                    "/missing-page.xml", "/good.xml")]
    urls.append("http://127.0.0.1:9/refused.xml")  # nothing listens on port 9
    w, problems = watcher(store, urls, timeout=0.5, every=60.0)
    rnd = w.poll()
    status = {s.url.rsplit("/", 1)[-1]: s.status for s in rnd.sources}
    assert status == {"error.xml": "error", "broken.xml": "error", "nothing-here.xml": "error",
                      "slow.xml": "error", "missing-page.xml": "new", "good.xml": "new",
                      "refused.xml": "error"}
    said = {u.rsplit("/", 1)[-1]: m for u, m, _ in problems}
    assert said["error.xml"].startswith("HTTP 500")
    assert said["broken.xml"].startswith("malformed feed")
    assert said["nothing-here.xml"].startswith("HTTP 404")
    assert said["slow.xml"].startswith("no answer within 0.5 s")
    assert said["refused.xml"].startswith("cannot connect")
    assert said["gone.html"].startswith("HTTP 404") and "tried again next round" in said["gone.html"]
    assert all("\n" not in m for _, m, _ in problems)
    assert rnd.new_articles == 2  # the good feed's item and the readable item of the other

    # Failing sources wait (every × 2^(failures-1)); the rest are asked as usual.
    err = store.watch_source(server.url("/error.xml"))
    assert err.failures == 1 and err.error.startswith("HTTP 500") and err.retry_at > time.time() + 50
    again = w.poll()
    waiting = [s.url for s in again.sources if s.status == "waiting"]
    assert len(waiting) == 5 and len(server.requests("/error.xml")) == 1
    # An item page that failed is asked for again (the feed was not marked as read).
    assert len(server.requests("/news/gone.html")) == 2
    assert server.requests("/missing-page.xml")[-1].status == 200
    assert len(server.requests("/news/raqqa.html")) == 1

    # Once the error is fixed and the wait is over, it is read, and its failures reset.
    server.set("/error.xml", rss("أصلح", [item(server, "raqqa", "لغم في الرقة")]), RSS)
    w.clock = lambda: time.time() + 3600
    fixed = w.poll()
    assert {s.url: s.status for s in fixed.sources}[server.url("/error.xml")] == "new"
    assert store.watch_source(server.url("/error.xml")).failures == 0
    second_failure = store.watch_source(server.url("/broken.xml"))
    assert second_failure.failures == 2  # waits twice as long now
    assert second_failure.retry_at - (time.time() + 3600) == pytest.approx(120, abs=5)


def test_a_restart_rereads_nothing_and_skips_nothing(server, make_store):
    server.set("/news/homs.html", page("قصف على حمص", HOMS))
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص")]), RSS, etag='"a"')
    feed = server.url("/feed.xml")
    w, _ = watcher(make_store(), [feed])
    assert w.poll().new_articles == 1
    # A new process on the same store: a conditional GET, nothing read again.
    w2, _ = watcher(make_store(), [feed])
    assert w2.poll().sources[0].status == "not modified"
    assert len(server.requests("/news/homs.html")) == 1
    # Items listed while it was down are read by the next poll.
    server.set("/news/idlib.html", page("غارة على سراقب", IDLIB))
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص"),
                                          item(server, "idlib", "غارة على سراقب")]), RSS, etag='"b"')
    w3, _ = watcher(make_store(), [feed])
    assert w3.poll().new_articles == 1 and len(server.requests("/news/homs.html")) == 1


def test_a_page_source_is_read_again_only_when_it_changes(server, make_store):
    store = make_store()
    server.set("/live.html", page("تغطية مباشرة", HOMS))
    url = server.url("/live.html")
    w, problems = watcher(store, [url])
    assert w.poll().new_articles == 1 and store.watch_source(url).kind == "page"
    assert w.poll().new_articles == 0  # no validators here: the same text is a duplicate
    server.set("/live.html", page("تغطية مباشرة", HOMS + "\n" + DARAA))
    assert w.poll().new_articles == 1 and store.count_articles() == 2 and not problems


def test_requests_to_one_host_are_paced(server, make_store):
    for slug, text in (("homs", HOMS), ("daraa", DARAA), ("idlib", IDLIB)):
        server.set(f"/news/{slug}.html", page(slug, text))
    server.set("/feed.xml", rss("أخبار", [item(server, s, s) for s in ("homs", "daraa", "idlib")]), RSS)
    w, _ = watcher(make_store(), [server.url("/feed.xml")], host_delay=0.3)
    w.poll()
    starts = [h.at for h in server.hits]
    assert len(starts) == 4
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.28


def test_watch_state_round_trips(make_store):
    store = make_store()
    src = WatchSource("https://example.org/feed", kind="feed", title="مثال", etag='W/"x"',
                      last_modified="Tue, 02 Feb 2021 10:00:00 GMT", failures=2, retry_at=1.5e9,
                      error="HTTP 503")
    store.save_watch_source(src)
    store.save_watch_item(src.url, WatchItem("guid-1", "v1", "https://example.org/1", "a-1", "t0", "t0"))
    store.save_watch_item(src.url, WatchItem("guid-1", "v2", "https://example.org/1", "a-2", "t0", "t1"))
    src.failures, src.retry_at, src.error = 0, None, None
    store.save_watch_source(src)
    assert make_store().watch_source(src.url) == src
    assert make_store().watch_items(src.url) == {
        "guid-1": WatchItem("guid-1", "v2", "https://example.org/1", "a-2", "t0", "t1")}
    assert store.watch_source("https://example.org/other") is None


def test_rasd_watch_picks_up_a_new_item_within_one_interval(server, tmp_path):
    server.set("/news/homs.html", page("قصف على حمص", HOMS))
    server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص")]), RSS, etag='"1"')
    db = str(tmp_path / "watch.db")
    every = 1.0
    proc = subprocess.Popen([*RASD, "watch", server.url("/feed.xml"), "--every", "1s",
                             "--host-delay", "0", "--db", db], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while peek(db, "SELECT COUNT(*) FROM articles") < 1 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        assert peek(db, "SELECT COUNT(*) FROM articles") == 1
        server.set("/news/idlib.html", page("غارة على سراقب", IDLIB))
        server.set("/feed.xml", rss("أخبار", [item(server, "homs", "قصف على حمص"),
                                              item(server, "idlib", "غارة على سراقب")]), RSS, etag='"2"')
        changed = time.monotonic()
        while peek(db, "SELECT COUNT(*) FROM articles") < 2 and time.monotonic() < changed + 30:
            time.sleep(0.05)
        assert peek(db, "SELECT COUNT(*) FROM articles") == 2
        asked = next(h.at for h in server.requests("/feed.xml") if h.at > changed)
        assert asked - changed <= every + 0.5  # the next poll after the change: within one interval
        linked = "SELECT COUNT(*) FROM articles WHERE state = 'linked'"
        while peek(db, linked) < 2 and time.monotonic() < changed + 30:
            time.sleep(0.05)
        assert peek(db, linked) == 2  # linked in the same poll
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    lines = err.splitlines()
    assert lines[0].startswith("watching 1 source into ") and "every 1 s" in lines[0]
    assert "\r" not in err and "Traceback" not in err  # no terminal: plain lines
    assert any("poll:" in ln and "new articles 1" in ln for ln in lines[1:])


def test_watch_cli_checks_its_input(tmp_path, server):
    def rasd(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*RASD, "watch", "--db", str(tmp_path / "w.db"), *args],
                              capture_output=True, text=True, timeout=60)

    bad = rasd("ftp://example.org/feed")
    assert bad.returncode == 2 and "not an http:// or https:// URL" in bad.stderr
    assert rasd().returncode == 2
    assert "not a duration" in rasd("--every", "soon", server.url("/f.xml")).stderr
    listed = tmp_path / "feeds.txt"
    server.set("/news/homs.html", page("قصف على حمص", HOMS))
    server.set("/f.xml", rss("أخبار", [item(server, "homs", "قصف على حمص")]), RSS)
    listed.write_text(f"# our feeds\n\n{server.url('/f.xml')}   # the main one\n"
                      f"{server.url('/down.xml')}\n", encoding="utf-8")
    once = rasd("--sources", str(listed), "--once", "--host-delay", "0")
    assert once.returncode == 1  # a source failed: cron hears of it
    assert f"error: {server.url('/down.xml')}: HTTP 404" in once.stderr
    assert "new articles 1" in once.stderr and "Traceback" not in once.stderr
