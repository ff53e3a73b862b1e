"""The ingest service on both backends: one transaction per article, one error policy
(a failed article is kept with its error and retried, never kept empty), pending links
finished by the next run, claims handed to the linker instead of read back."""

from __future__ import annotations

import threading

import pytest

from rasd.core.models import Article
from rasd.service import extract_one, ingest_articles, recover, store_extracted
from rasd.store import EXTRACTED, FAILED, LINKED, NEW, ClaimFilter

# Our own sentences.
HOMS = ("حمص 2 شباط 2021 - قال المرصد السوري لحقوق الإنسان إن 6 مدنيين قتلوا وأصيب 11 آخرون"
        " في قصف مدفعي على مدينة حمص يوم 1 شباط 2021.")
HOMS_WH = ("ذكر الدفاع المدني السوري أن 7 مدنيين قتلوا في القصف المدفعي على مدينة حمص"
           " يوم 1 شباط 2021.")
DARAA = ("قالت الشبكة السورية لحقوق الإنسان إن 3 مدنيين قتلوا في انفجار عبوة ناسفة في بلدة طفس"
         " بريف درعا يوم 9 أيار 2019.")
BROKEN = "هذا المقال يكسر المستخرج عمدا في الاختبار."


def art(aid: str, text: str, published: str | None = "2021-02-02") -> Article:
    return Article(id=aid, text=text, published=published, origin=f"test:{aid}")


@pytest.fixture
def store(make_store):
    return make_store()


@pytest.fixture
def breaks_on_marker(monkeypatch):
    """The extractor raises on one article (a fault injected around the real extractor)."""
    import rasd.extract

    real = rasd.extract.extract

    def extract(article):
        if "يكسر المستخرج" in article.text:
            raise RuntimeError("injected failure")
        return real(article)

    monkeypatch.setattr(rasd.extract, "extract", extract)
    return lambda: monkeypatch.setattr(rasd.extract, "extract", real)


def test_ingest_stores_extracts_and_links(store):
    res = ingest_articles(store, [art("h1", HOMS), art("h2", HOMS_WH), art("d1", DARAA, "2019-05-10")])
    assert (res.new, res.duplicates, res.failed) == (3, 0, [])
    assert res.claims == store.count_claims() >= 3
    assert res.linked_articles == 3 and store.count_incidents() >= 2
    assert store.articles_in_state(NEW, FAILED, EXTRACTED) == []
    inc = store.incident_of_claim("h1", 0)
    assert inc is not None and inc == store.incident_of_claim("h2", 0)  # one shelling, two claimants
    # Again: nothing new, nothing re-extracted, nothing re-linked.
    before = store.data_version()
    again = ingest_articles(store, [art("h1-copy", HOMS), art("d1", DARAA, "2019-05-10")])
    assert (again.new, again.duplicates, again.linked_articles) == (0, 2, 0)
    assert store.data_version() == before


def test_failed_extraction_is_kept_with_its_error_and_retried(store, breaks_on_marker):
    res = ingest_articles(store, [art("ok", HOMS), art("bad", BROKEN)])
    (failed,) = res.failed
    assert failed.id == "bad" and "injected failure" in failed.error
    assert store.article_state("bad") == (FAILED, failed.error)
    assert store.count_claims(ClaimFilter(article_id="bad")) == 0
    # Re-ingesting the same content is not a "duplicate": it is tried again.
    res = ingest_articles(store, [art("bad", BROKEN)], retry=False)
    assert res.duplicates == 0 and res.failed and res.articles[0].retried
    # Once the cause is fixed, the next ingest of anything retries it first.
    breaks_on_marker()
    res = ingest_articles(store, [])
    assert [r.id for r in res.recovered] == ["bad"] and not res.failed
    assert store.article_state("bad") == (LINKED, None)


def test_a_corrected_retry_replaces_the_failed_articles_metadata(store, monkeypatch):
    import rasd.extract

    real = rasd.extract.extract

    def extract(article):  # fails on one publication day, as date arithmetic once did
        if article.published == "2021-02-03":
            raise OverflowError("date value out of range")
        return real(article)

    monkeypatch.setattr(rasd.extract, "extract", extract)
    text = "قال المرصد السوري إن 4 مدنيين قتلوا أمس في حمص."
    assert ingest_articles(store, [art("edge", text, published="2021-02-03")]).failed
    fixed = ingest_articles(store, [art("edge", text, published="2021-02-02")], retry=False)
    assert not fixed.failed and fixed.articles[0].retried and fixed.claims >= 1
    assert store.get_article("edge").published == "2021-02-02"


def test_a_failed_link_leaves_articles_pending_for_the_next_run(store, monkeypatch):
    import rasd.link

    def broken(*a, **kw):
        raise RuntimeError("linker down")

    monkeypatch.setattr(rasd.link, "link_articles", broken)
    res = ingest_articles(store, [art("h1", HOMS), art("d1", DARAA, "2019-05-10")])
    assert "linker down" in res.link_error and store.count_incidents() == 0
    assert store.articles_in_state(EXTRACTED) == ["h1", "d1"]
    monkeypatch.undo()
    done = recover(store)  # what `rasd serve` runs at start-up
    assert done.linked_articles == 2 and store.count_incidents() >= 2
    assert store.articles_in_state(EXTRACTED) == []


def test_an_article_is_stored_with_its_claims_or_not_at_all(store, monkeypatch):
    ex = extract_one(art("h1", HOMS))
    assert ex.claims

    def broken(*a, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(type(store), "set_claims", broken)
    with pytest.raises(RuntimeError):
        store_extracted(store, ex)
    monkeypatch.undo()
    assert store.count_articles() == 0  # the article went with its claims
    assert store_extracted(store, ex).new and store.count_claims() == len(ex.claims)


def test_the_linker_gets_the_new_claims_without_reading_them_back(store, monkeypatch):
    from rasd.service import link_pending

    stored = [store_extracted(store, extract_one(a)) for a in (art("h1", HOMS), art("d1", DARAA, "2019-05-10"))]
    reads = []
    real = type(store).claims

    def claims(self, flt=None):
        if flt is not None and flt.article_id is not None:
            reads.append(flt.article_id)
        return real(self, flt)

    monkeypatch.setattr(type(store), "claims", claims)
    counts, n = link_pending(store, {r.id: r.claims for r in stored})
    assert n == 2 and counts["created"] >= 2
    assert "h1" not in reads and "d1" not in reads


def test_concurrent_ingests_store_each_article_once(make_store):
    stores = [make_store(), make_store()]
    batch = [art(f"a{i}", text) for i, text in enumerate([HOMS, HOMS_WH, DARAA])]
    errors = []

    def run(s):
        try:
            ingest_articles(s, batch)
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    s = stores[0]
    assert s.count_articles() == 3 and s.articles_in_state(NEW, FAILED, EXTRACTED) == []
    # Each claim belongs to exactly one incident.
    for sc in s.claims(ClaimFilter(scope="incident", limit=None)):
        assert s.incident_of_claim(sc.article_id, sc.claim_index) is not None
    total = sum(len(i.claims) for i in s.incidents(None))
    assert total == s.count_claims(ClaimFilter(scope="incident"))


def test_relink_leaves_nothing_pending(store):
    from rasd.service import relink

    ingest_articles(store, [art("h1", HOMS), art("d1", DARAA, "2019-05-10")], link=False)
    assert store.articles_in_state(EXTRACTED) == ["h1", "d1"] and store.count_incidents() == 0
    counts = relink(store)
    assert counts["incidents"] == store.count_incidents() >= 2
    assert store.articles_in_state(EXTRACTED) == []


def test_claims_handed_to_the_linker_are_the_claims_read_back(store):
    ex = extract_one(art("h1", HOMS))
    handed = store_extracted(store, ex).claims
    read = store.claims(ClaimFilter(article_id="h1", limit=None))
    assert handed and handed == read  # so linking is the same after a crash and re-run


def test_assessment_is_the_last_stage_on_both_backends(store):
    from rasd.ingest import read_paths, sample_paths

    res = ingest_articles(store, list(read_paths([str(p) for p in sample_paths()])))
    assert res.assess_error is None and res.assessed.incidents == store.count_incidents() > 0
    assert store.assessment_queue() == ([], [])
    ids = [i.id for i in store.incidents(None)]
    assert set(store.incident_assessments(ids)) == set(ids)
    assert store.outlet_record()  # the per-outlet aggregate runs on this backend's SQL


def test_a_workers_results_travel_as_rows_and_store_the_same_claims(store):
    """With several Dask workers a task's results come back as claim rows alone (their
    JSON, no pickled Claim objects) in one object; the writer stores from them exactly
    what it stores from a local extraction, and hands the linker the same claims."""
    import pickle

    from rasd.service.cluster import Results, extract_batch
    from rasd.store.sqlite import SQLiteStore

    arts = [art("h1", HOMS), art("d1", DARAA, "2019-05-10"), art("h2", HOMS_WH)]
    out = extract_batch(arts, rows=True)
    assert type(out) is Results and len(out) == 3  # not a plain list: Dask pickles it whole
    blob = pickle.dumps(out, protocol=5)
    assert b"rasd.core.models" not in blob  # no Claim (nor Article) objects on the wire
    back = pickle.loads(blob)
    for a, ex in zip(arts, back):
        assert ex.claims is None and ex.rows is not None and ex.error is None
        ex.article = a
    here = SQLiteStore(":memory:")  # the same articles extracted and stored locally
    local = [store_extracted(here, extract_one(a)) for a in arts]
    remote = [store_extracted(store, ex) for ex in back]
    assert [[c.claim for c in r.claims] for r in remote] == [[c.claim for c in r.claims] for r in local]
    assert sum(len(r.claims) for r in remote) >= 3
    assert [c.claim for c in store.claims()] == [c.claim for c in here.claims()]
    here.close()
