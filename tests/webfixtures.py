"""Hand-written Arabic articles and a filled store for the API and browser tests.

The articles are invented for these tests (no text from shared/data). They go in through
the real pipeline (extract + link); while linking is still a stub that creates nothing,
``ensure_incidents`` builds simple incidents from the stored claims so the UI has
something to show. The real path wins as soon as it produces incidents.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rasd.core.models import ClaimRef, DateSpan, Incident, ReconciledFigure
from rasd.store import LinkEvent, Store

XSS = "<script>alert(1)</script>"
ATTR_XSS = '" onmouseover="alert(1)'

ARTICLES = [
    {
        "id": "t-ariha-sohr", "source": "مرصد تجريبي", "published": "2020-03-05",
        "title": "غارة على أريحا",
        "text": "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا وأصيب 30 آخرون في غارة جوية "
                "روسية على مدينة أريحا في ريف إدلب يوم 5 آذار 2020.",
    },
    {
        "id": "t-ariha-wh", "source": "Test Wire", "published": "2020-03-06",
        "title": "الدفاع المدني: حصيلة أريحا",
        "text": "ذكر الدفاع المدني السوري أن 15 مدنياً قتلوا في الغارة الجوية على مدينة أريحا "
                "في ريف إدلب يوم 5 آذار 2020، بينهم خمسة أطفال.",
    },
    {
        "id": "t-aleppo-sana", "source": "وكالة اختبار", "published": "2019-11-20",
        "title": "قذائف على حلب",
        "text": "أفادت وكالة سانا بأن قذائف صاروخية سقطت على حي الحمدانية في مدينة حلب يوم 19 "
                "تشرين الثاني 2019 أدت إلى استشهاد 4 مدنيين وإصابة 9 آخرين.",
    },
    {
        "id": "t-xss", "source": ATTR_XSS, "published": "2019-06-02",
        "title": XSS + " عنوان خبيث", "url": "javascript:alert(1)",
        "text": XSS + " قال المرصد السوري لحقوق الإنسان إن 7 مدنيين قتلوا في قصف على مدينة "
                "درعا يوم 1 حزيران 2019. " + ATTR_XSS,
    },
]


def ensure_incidents(store: Store) -> int:
    """Incidents from claims when the linker made none: one per (governorate, event, day)."""
    if store.count_incidents() > 0:
        return 0
    groups: dict[tuple, list] = defaultdict(list)
    for sc in store.claims():
        c = sc.claim
        day = c.date.start if c.date else sc.published
        groups[(c.place.governorate, c.event_type, day)].append(sc)
    incidents = []
    for n, ((gov, event, day), scs) in enumerate(sorted(groups.items(), key=str)):
        by_kind: dict[str, dict[str, str]] = defaultdict(dict)
        values: dict[str, list[int]] = defaultdict(list)
        for sc in scs:
            for f in sc.claim.figures:
                if f.group in ("unspecified", "civilians") and f.low is not None:
                    by_kind[f.kind].setdefault(sc.claim.claimant, f.as_stated())
                    values[f.kind].append(f.low)
        figures = {k: ReconciledFigure(min(v), max(v), max(v), dict(by_kind[k])) for k, v in values.items()}
        first = scs[0].claim
        contradictions = [f"{k}: {', '.join(f'{c} {s}' for c, s in by_kind[k].items())}"
                          for k, v in values.items() if len(set(v)) > 1]
        incidents.append(Incident(
            id=f"inc-test-{n}", event_type=event, perpetrator=first.perpetrator,
            victims=first.victims, place=first.place,
            date=DateSpan(day, day) if day else None, figures=figures,
            claims=[ClaimRef(sc.article_id, sc.claim_index) for sc in scs],
            sources=len({sc.article_id for sc in scs}),
            claimants=len({sc.claim.claimant for sc in scs}), contradictions=contradictions))
    store.save_incidents(incidents, [LinkEvent("create", i.id, detail="test fixture")
                                     for i in incidents])
    return len(incidents)


# -- hand-made additions for the browser tests ---------------------------------------------
DENSE_GOV = "hama"  # the dense synthetic incidents live here, apart from the real ones
DENSE_N = 120
PROV_ARTICLE = "t-provenance"
PROV_TEXT = ("قال ناشطون إن قصفا مدفعيا لقوات النظام أدى إلى مقتل 5 مدنيين في بلدة كفرنبل "
             "بريف إدلب صباح اليوم.")


def _span(text: str, part: str):
    from rasd.core.models import Span

    s = text.index(part)
    return Span(s, s + len(part), part)


def _dense_conflicts() -> list[dict]:
    """Two contradictions as reconcile words them, in both languages."""
    from rasd.reconcile.figures import Conflict, Total
    from rasd.reconcile.wording import conflict_record

    return [conflict_record(Conflict("sohr", (("killed", Total(45, None, None, False, "≥45", "at_least")),),
                                     "russia_mod", (("killed", Total(12, 12, 12, False, "12")),))),
            conflict_record(Conflict("sana", (("injured", Total(3, 3, 3, False, "3")),),
                                     "outlet:skynews", (("injured", Total(7, 7, 7, False, "7")),)))]


def add_dense_incidents(store: Store) -> None:
    """``DENSE_N`` incidents crowded around Hama (the map must cluster them), spread over
    2014 and 2016 with nothing in 2015 (the timeline must show the gap), one of them with
    contradictions mixing Arabic and Latin, and one in Iraq (listed apart from the map)."""
    from rasd.core.models import Place

    incs = []
    for i in range(DENSE_N):
        day = f"2014-{i % 12 + 1:02d}-10" if i % 2 else f"2016-{i % 6 + 1:02d}-20"
        incs.append(Incident(
            id=f"inc-dense-{i:03d}", event_type="shelling", perpetrator="isis", victims="civilians",
            place=Place("حماة", DENSE_GOV, 35.13 + (i % 11) * 0.01, 36.75 + (i % 7) * 0.01, "town", "SY05"),
            date=DateSpan(day, day), figures={"killed": ReconciledFigure(i % 9 + 1, i % 9 + 1, i % 9 + 1, {"sohr": str(i % 9 + 1)})},
            claims=[ClaimRef("none", i)], sources=1, claimants=1,
            contradictions=(["SOHR: ≥45 killed vs المرصد السوري: 12 قتيلا", "Deir ez-Zor، ريف دير الزور: 3 vs 7"]
                            if i == 0 else []),
            conflicts=_dense_conflicts() if i == 0 else []))
    incs.append(Incident(id="inc-mosul", event_type="bombing", perpetrator="isis", victims="civilians",
                         place=Place("الموصل", "iraq", 36.34, 43.13, "town"), date=DateSpan("2016-03-01", "2016-03-01"),
                         figures={"killed": ReconciledFigure(4, 4, 4, {"outlet:skynews": "4"})},
                         claims=[ClaimRef("none", 999)], sources=1, claimants=1))
    store.save_incidents(incs, [LinkEvent("create", i.id, detail="test fixture") for i in incs])


def add_provenance_article(store: Store) -> None:
    """An article with one hand-made claim whose attributes say where they were read."""
    from rasd.core.models import Article, Claim, Figure, Place, Provenance

    t = PROV_TEXT
    store.add_article(Article(PROV_ARTICLE, t, source="skynews", published="2021-05-02",
                              title=None, url="https://www.skynewsarabia.com/p"))
    claim = Claim(
        claimant="local_sources", claimant_text="ناشطون", event_type="shelling", perpetrator="syrian_gov",
        victims="civilians", place=Place("كفرنبل", "idlib", 35.61, 36.56, "town"), date=None,
        figures=[Figure("killed", "civilians", 5, 5, "exact", "5 مدنيين", _span(t, "5 مدنيين"))],
        evidence=_span(t, t.rstrip(".")),
        provenance={"perpetrator": Provenance("clause", _span(t, "لقوات النظام")),
                    "event_type": Provenance("event", _span(t, "قصفا مدفعيا")),
                    "place": Provenance("sentence", _span(t, "بلدة كفرنبل")),
                    "victims": Provenance("figure", _span(t, "5 مدنيين")),
                    "date": Provenance("default"),
                    "claimant": Provenance("sentence", _span(t, "ناشطون"))})
    store.set_claims(PROV_ARTICLE, [claim])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def rasd_server(db: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """``rasd serve --db db *args`` in its own process on a free port; yields its base URL
    once /api/stats answers, and stops the process afterwards."""
    import httpx
    import pytest

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from rasd.cli import main; main()", "serve", "--db", str(db),
         "--port", str(port), *args], env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"rasd serve did not start:\n{out}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
