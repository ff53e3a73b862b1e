"""One event, one incident: claims told by several outlets and claimants about one strike
become one incident, with each claimant's own figure and the contradictions between them,
and a different event on the same night stays apart. Through the CLI, as a user would.
The bundled samples are fictional; the Khasham-shaped articles here are written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main
from rasd.ingest import read_paths, sample_paths
from rasd.store import open_store
from rasd.store.filters import IncidentFilter


def ingest(db: Path, *args: str) -> None:
    r = CliRunner().invoke(main, ["ingest", "--db", str(db), *args])
    assert r.exit_code == 0, r.output


def incidents_by_article(db: Path) -> list[set[str]]:
    store = open_store(str(db))
    try:
        return [{c.article_id for c in inc.claims} for inc in store.incidents(IncidentFilter(limit=None))]
    finally:
        store.close()


# the sample articles by the real event each tells (the quarterly toll is a total, no incident)
SAMPLE_EVENTS = {
    "السفيرة": "safira strike", "Safira": "safira strike", "إحسم": "ihsim clashes",
    "سرمين": "sarmin shelling", "تدمر": "palmyra bus", "بغارات روسية على أطراف مدينة إدلب": "idlib strike",
}


def test_the_bundled_samples_give_one_incident_per_event(tmp_path):
    db = tmp_path / "s.db"
    ingest(db, "--samples")
    event_of = {}
    for a in read_paths([str(p) for p in sample_paths()]):
        told = {e for k, e in SAMPLE_EVENTS.items() if k in (a.title or "") + a.text[:300]}
        if told:
            (event_of[a.id],) = told
    groups = incidents_by_article(db)
    events = [{event_of.get(aid) for aid in g} for g in groups]
    assert all(len(e) == 1 and None not in e for e in events), events
    told = sorted(e.pop() for e in events)
    # the codebook counts each side's losses in one battle as its own incident: the Ihsim
    # clashes are the army's dead and the fighters' dead; every other event is one incident
    assert told == sorted([*set(SAMPLE_EVENTS.values()), "ihsim clashes"])
    safira = next(g for g in groups if "sample-wire-en-safira" in g)
    assert len(safira) == 3  # the monitor's Arabic report, state media and the English wire


def test_the_two_sides_of_one_battle_are_two_incidents_each_with_its_own_dead(tmp_path):
    db = tmp_path / "s.db"
    ingest(db, "--samples")
    store = open_store(str(db))
    try:
        sides = [(i.perpetrator, i.victims) for i in store.incidents(IncidentFilter(limit=None))
                 if all(c.article_id == "sample-clashes-idlib" for c in i.claims)]
    finally:
        store.close()
    assert sorted(sides) == sorted([("syrian_gov", "hts"), ("hts", "syrian_gov")])


NIGHT = [
    {"id": "k-ministry", "source": "Sample State Agency", "published": "2022-03-09", "lang": "ar",
     "title": "الخارجية: عدوان التحالف على بلدة خشام جريمة",
     "text": "دمشق - قالت وزارة الخارجية والمغتربين في رسالتين إلى الأمم المتحدة إن طيران التحالف "
             "الدولي شن ليل السابع من آذار عدوانا على قوات شعبية كانت تلاحق مسلحي داعش قرب بلدة "
             "خشام في ريف دير الزور الشرقي، ما أسفر عن ارتقاء عشرات الشهداء والجرحى."},
    {"id": "k-monitor", "source": "Sample Monitor News", "published": "2022-03-08", "lang": "ar",
     "title": "45 قتيلا من القوات الموالية بضربات للتحالف في ريف دير الزور",
     "text": "قال المرصد السوري لحقوق الإنسان إن 45 عنصرا على الأقل من القوات الموالية للنظام قتلوا "
             "ليل الاثنين الثلاثاء جراء ضربات جوية للتحالف الدولي استهدفت مواقعهم قرب بلدة خشام "
             "في ريف دير الزور الشرقي.\n"
             "وكانت القوات الموالية قد هاجمت مقرا لقوات سوريا الديمقراطية في المنطقة قبل الضربات."},
    {"id": "k-russia", "source": "Sample Wire Arabic", "published": "2022-03-09", "lang": "ar",
     "title": "موسكو: 25 جريحا في ضربات التحالف قرب خشام",
     "text": "موسكو - أعلنت وزارة الدفاع الروسية أن 25 عنصرا من القوات الرديفة أصيبوا بجروح ليل "
             "الاثنين في ضربات لطيران التحالف الدولي قرب بلدة خشام في محافظة دير الزور، "
             "مؤكدة أنه لا يوجد عسكريون روس في المنطقة."},
    {"id": "k-us", "source": "Sample Daily", "published": "2022-03-08", "lang": "ar",
     "title": "مسؤول أمريكي: أكثر من 100 قتيل في ضربات قرب خشام",
     "text": "واشنطن - قال مسؤول عسكري أمريكي إن أكثر من 100 مقاتل من القوات الموالية للحكومة "
             "السورية قتلوا ليل الاثنين في ضربات جوية للتحالف الدولي قرب بلدة خشام في دير "
             "الزور، بعد أن هاجمت تلك القوات مقرا لقوات سوريا الديمقراطية."},
    {"id": "k-sdf", "source": "Sample Kurdish Agency", "published": "2022-03-08", "lang": "ar",
     "title": "قسد: مقتل مقاتل في هجوم للقوات الموالية على مقرنا",
     "text": "قالت قوات سوريا الديمقراطية إن مقاتلا من صفوفها قتل وأصيب ثلاثة آخرون مساء الاثنين "
             "في هجوم شنته القوات الموالية للنظام بالمدفعية على مقر لها قرب قرية مراط في ريف "
             "دير الزور الشرقي."},
]


def test_one_night_told_by_four_claimants_is_one_incident(tmp_path):
    src = tmp_path / "night.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in NIGHT), encoding="utf-8")
    db = tmp_path / "n.db"
    ingest(db, str(src))
    groups = incidents_by_article(db)
    strike = next(g for g in groups if "k-monitor" in g)
    assert strike == {"k-ministry", "k-monitor", "k-russia", "k-us"}, groups
    # the attack on the SDF headquarters that night is another event
    assert {"k-sdf"} in groups
    store = open_store(str(db))
    try:
        inc = next(i for i in store.incidents(IncidentFilter(limit=None))
                   if "k-monitor" in {c.article_id for c in i.claims})
    finally:
        store.close()
    killed = inc.figures["killed"]
    assert set(killed.by_claimant.values()) >= {"≥45", ">100"} and killed.open
    assert inc.date is not None and inc.date.start in ("2022-03-07", "2022-03-08")


# Eleven days on, another outlet recounts the night: a minister's toll of the men who had
# crossed the river "to attack" the SDF headquarters (whom they meant to hit, not whose dead
# they are), and Moscow's denial (Moscow speaks; it is no place of the strike). Neither
# sentence dates or places the strike.
LATE = {"id": "k-late", "source": "Sample Cable News", "published": "2022-03-18", "lang": "ar",
        "title": "وزير الدفاع الأمريكي: من أمر بالهجوم قرب النهر؟",
        "text": "واشنطن - قال وزير الدفاع الأمريكي إنه يحتاج إلى مزيد من المعلومات عن المقاتلين الذين "
                "قتلوا في الغارة التي نفذتها قوات التحالف الدولي في السابع من الشهر الجاري.\n"
                "وأشار الوزير إلى الحادثة التي أكدت القوات الأمريكية فيها مقتل أكثر من 100 عنصر من بين "
                "500 كانوا قد عبروا النهر لمهاجمة مقر لقوات سوريا الديمقراطية.\n"
                "ونفت موسكو في وقت سابق وجود عسكريين روس بين القتلى، قبل أن تتحدث عن متعاقدين، "
                "مؤكدة مصرع خمسة منهم."}


def test_a_toll_recounted_days_later_by_another_outlet_joins_the_night(tmp_path):
    src = tmp_path / "night.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in [*NIGHT, LATE]), encoding="utf-8")
    db = tmp_path / "n.db"
    ingest(db, str(src))
    groups = incidents_by_article(db)
    strike = next(g for g in groups if "k-monitor" in g)
    assert strike == {"k-ministry", "k-monitor", "k-russia", "k-us", "k-late"}, groups
    assert {"k-sdf"} in groups
    from rasd.core.models import Article
    from rasd.extract import extract

    late = extract(Article.from_dict(LATE))
    assert late and all(c.victims != "sdf" and c.place.name != "موسكو" for c in late)
