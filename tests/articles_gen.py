"""Generated test articles: our own sentences (no corpus text), varied enough in place,
date, claimant and figures that they extract into claims and link into many incidents,
with some outlets repeating one event and some exact duplicates."""

from __future__ import annotations

import json
import random
from pathlib import Path

TOWNS = [("أريحا", "إدلب"), ("سراقب", "إدلب"), ("الأتارب", "حلب"), ("منبج", "حلب"),
         ("دوما", "ريف دمشق"), ("تلبيسة", "حمص"), ("الميادين", "دير الزور"), ("طفس", "درعا")]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
CLAIMANTS = ["قال المرصد السوري لحقوق الإنسان", "ذكر الدفاع المدني السوري", "أفادت وكالة سانا",
             "قالت الشبكة السورية لحقوق الإنسان"]
EVENTS = ["غارة جوية روسية", "قصف مدفعي", "غارات جوية", "انفجار سيارة مفخخة"]


def articles(n: int, seed: int = 5) -> list[dict]:
    """``n`` article objects (codebook JSON fields)."""
    rnd = random.Random(seed)
    events = []
    for k in range(max(1, n // 3)):
        town, gov = rnd.choice(TOWNS)
        events.append((town, gov, rnd.randint(1, 28), rnd.randint(0, 11), rnd.choice([2016, 2017, 2018]),
                       rnd.choice(EVENTS), rnd.randint(2, 60)))
    out = []
    for i in range(n):
        town, gov, day, month, year, event, killed = rnd.choice(events)
        if out and rnd.random() < 0.05:
            out.append(dict(out[rnd.randrange(len(out))], id=f"gen-{i}"))  # the same report again
            continue
        reported = killed + rnd.choice([0, 0, 1, 3])
        text = (f"{town} {day} {MONTHS[month]} {year} - {rnd.choice(CLAIMANTS)} إن {reported} مدنيين"
                f" قتلوا وأصيب {rnd.randint(3, 40)} آخرون في {event} على {town} في ريف {gov}"
                f" يوم {day} {MONTHS[month]} {year}. (رقم التقرير {i})")
        out.append({"id": f"gen-{i}", "source": f"outlet-{i % 7}",
                    "published": f"{year}-{month + 1:02d}-{min(day + 1, 28):02d}", "text": text})
    return out


def write_jsonl(path: Path, n: int, seed: int = 5) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles(n, seed)),
                    encoding="utf-8")
    return path
