"""Invented Arabic reports of one air strike told by several outlets, for the CLI, API and
browser tests of assessment. They go through the real pipeline (extraction, linking).

- SOHR (via Wire One) 23 civilians and the White Helmets (via Wire Two) 24: consistent;
- SANA (via Agency Three) 3 people: contradicted, so the incident is contested;
- Reprint Daily prints Wire One's report again: a copy, not a confirmation;
- one report of another strike that nobody else tells: no comparable source.
"""

from __future__ import annotations

STRIKE = "في غارة جوية روسية على بلدة الأتارب في ريف حلب الغربي يوم 12 آذار 2024."
SOHR_TEXT = "قال المرصد السوري لحقوق الإنسان إن 23 مدنيا قتلوا " + STRIKE

ASSESS_ARTICLES = [
    {"id": "atarib-sohr", "source": "Wire One", "published": "2024-03-12", "title": "غارة على الأتارب",
     "text": SOHR_TEXT},
    {"id": "atarib-wh", "source": "Wire Two", "published": "2024-03-12",
     "title": "الدفاع المدني: حصيلة الأتارب",
     "text": "ذكر الدفاع المدني السوري أن 24 مدنيا قتلوا " + STRIKE},
    {"id": "atarib-sana", "source": "Agency Three", "published": "2024-03-13", "title": "الأتارب",
     "text": "قالت وكالة سانا إن 3 أشخاص قتلوا " + STRIKE},
    {"id": "atarib-copy", "source": "Reprint Daily", "published": "2024-03-12",
     "title": "غارة على الأتارب", "text": SOHR_TEXT + " (نقلا عن وكالات)"},
    {"id": "daraa-lone", "source": "Wire One", "published": "2023-06-02", "title": "قصف على درعا",
     "text": "قال المرصد السوري لحقوق الإنسان إن 7 مدنيين قتلوا في قصف على مدينة درعا يوم 1 حزيران 2023."},
]
