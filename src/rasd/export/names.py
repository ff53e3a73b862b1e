"""Display names for codebook ids in exports (ACLED / UCDP readers expect words, not ids)."""

from __future__ import annotations

GOVERNORATES = {
    "damascus": "Damascus", "rif_dimashq": "Rural Damascus", "aleppo": "Aleppo", "idlib": "Idlib",
    "hama": "Hama", "homs": "Homs", "latakia": "Lattakia", "tartus": "Tartous", "raqqa": "Ar-Raqqa",
    "deir_ez_zor": "Deir-ez-Zor", "hasakah": "Al-Hasakeh", "daraa": "Dar'a", "quneitra": "Quneitra",
    "suwayda": "As-Sweida", "iraq": "", "other": "", "unknown": "",
}

COUNTRY = {"iraq": "Iraq", "other": "", "unknown": ""}  # anything else is a Syrian governorate

# ACLED-style actor names; the country in brackets follows ACLED's naming.
ACTORS = {
    "coalition": "Military Forces of the United States (Coalition)",
    "russia": "Military Forces of Russia",
    "syrian_gov": "Military Forces of Syria",
    "pro_gov": "Pro-Government Militia (Syria)",
    "sdf": "SDF: Syrian Democratic Forces",
    "isis": "Islamic State (Syria)",
    "hts": "Hayat Tahrir al-Sham",
    "opposition": "Opposition Rebels (Syria)",
    "turkey": "Military Forces of Turkey",
    "tr_backed": "Syrian National Army",
    "israel": "Military Forces of Israel",
    "iran": "Military Forces of Iran",
    "hezbollah": "Hezbollah",
    "iraq_gov": "Military Forces of Iraq",
    "civilians": "Civilians",
    "unknown": "Unidentified Armed Group",
}

# (ACLED event_type, sub_event_type) per rasd event type.
ACLED_EVENTS = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "clashes": ("Battles", "Armed clash"),
    "massacre": ("Violence against civilians", "Attack"),
    "shootdown": ("Battles", "Armed clash"),
}


def country(governorate: str) -> str:
    return COUNTRY.get(governorate, "Syria")


def actor(actor_id: str, victims: bool = False) -> str:
    if victims and actor_id == "unknown":
        return ""
    return ACTORS.get(actor_id, actor_id)


def acled_event(event_type: str, victims: str) -> tuple[str, str]:
    if event_type in ACLED_EVENTS:
        return ACLED_EVENTS[event_type]
    if victims in ("civilians", "unknown"):
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"  # an "other" event between two armed actors
