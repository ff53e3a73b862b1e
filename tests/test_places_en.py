"""English place names: transliteration variants by rule, every gazetteer place by its English
name, and the guards that keep English words ("hit", "Syrian", "al-Assad") from being places.
Sentences written for these tests."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.extract.places import gazetteer
from rasd.text.latin import name_variants, spelling_key
from rasd.text.normalize import normalize


def found(text: str) -> list[tuple[str, str]]:
    """(name as written, governorate) of every place mention."""
    return [(m.place.name, m.place.governorate) for m in gazetteer().find(normalize(text))]


# -- spellings ------------------------------------------------------------------------------


@pytest.mark.parametrize("spellings", [
    ("Deir ez-Zor", "Deir al-Zor", "Deir el-Zour", "Deir Ezzor", "Dayr az-Zawr", "Deir Ezzour"),
    ("Hasakeh", "Hassakeh", "Hasakah", "Hasaka"),
    ("Idlib", "Idleb"),
    ("Lattakia", "Latakia", "Lattakiyah"),
    ("Raqqa", "Rakka", "Raqqah"),
    ("Daraa", "Deraa", "Dara'a"),
    ("Douma", "Duma"),
    ("Hama", "Hamah"),
])
def test_usual_transliterations_share_one_spelling(spellings: tuple[str, ...]) -> None:
    keys = [name_variants(s) for s in spellings]
    assert all(k & keys[0] for k in keys), [sorted(k) for k in keys]


def test_article_forms_are_derived_by_rule() -> None:
    forms = {" ".join(v) for v in name_variants("ar-Raqqah")}
    # "al-", the assimilated "ar-", fused "Arraqqa", and the bare name
    assert forms == {"al raka", "ar raka", "araka", "raka"}
    # a moon letter is not assimilated, and too short a rest keeps its article
    assert {" ".join(v) for v in name_variants("al-Bab")} == {"al bab"}
    assert spelling_key("Ezzour") == spelling_key("ezzor") == "azur"


@pytest.mark.parametrize("text, name, gov", [
    ("Shelling hit Deir Ezzor on Monday.", "Deir Ezzor", "deir_ez_zor"),
    ("Fighting in Deir al-Zor went on.", "Deir al-Zor", "deir_ez_zor"),
    ("Jets struck Deir el-Zour.", "Deir el-Zour", "deir_ez_zor"),
    ("Clashes in Hassakeh city.", "Hassakeh", "hasakah"),
    ("Clashes in Al-Hasakah city.", "Al-Hasakah", "hasakah"),
    ("A strike on Idleb killed three.", "Idleb", "idlib"),
    ("Protests in Lattakia.", "Lattakia", "latakia"),
    ("Jets pounded Rakka.", "Rakka", "raqqa"),
    ("Jets pounded ar-Raqqah.", "ar-Raqqah", "raqqa"),
    ("Shells fell on Halab.", "Halab", "aleppo"),
    ("The army entered Hamah.", "Hamah", "hama"),
    ("Rockets hit Deraa.", "Deraa", "daraa"),
    ("Rockets hit Dara'a.", "Dara'a", "daraa"),
    ("Raids on Duma killed five.", "Duma", "rif_dimashq"),
    ("Raids on Palmyra.", "Palmyra", "homs"),
    ("in Jisr al-Shughour and Maaret al-Numan", "Jisr al-Shughour", "idlib"),
    ("Kurdish fighters held Qamishli.", "Qamishli", "hasakah"),
])
def test_english_names_find_their_governorate(text: str, name: str, gov: str) -> None:
    assert (name, gov) in found(text)


def test_every_syrian_place_with_an_english_name_is_found_by_it() -> None:
    """Each row of the derived gazetteer, by its English name in a plain sentence (a bare
    neighbourhood name needs its city beside it, as in Arabic)."""
    city = {"damascus": "Damascus", "aleppo": "Aleppo", "homs": "Homs", "hama": "Hama", "latakia": "Latakia",
            "idlib": "Idlib", "hasakah": "Hasakah", "deir_ez_zor": "Deir ez-Zor", "tartus": "Tartus",
            "raqqa": "Raqqa", "daraa": "Daraa", "suwayda": "Suwayda", "quneitra": "Quneitra",
            "rif_dimashq": "Damascus"}
    text = resources.files("rasd").joinpath("data/gazetteer/syria.tsv").read_text("utf-8")
    rows = list(csv.DictReader((x for x in text.splitlines() if not x.startswith("#")), delimiter="\t"))
    missed = []
    for r in rows:
        if not r["name_en"]:
            continue
        sentence = (f"Fighting was reported in the {r['name_en']} neighbourhood of {city[r['governorate']]}."
                    if r["level"] == "neighbourhood" else f"Fighting was reported in {r['name_en']} on Monday.")
        if not any(name == r["name_en"] for name, _ in found(sentence)):
            missed.append(r["name_en"])
    # turned away on purpose: names holding a function word, a person's name, and names whose
    # spelling key is shorter than three letters (too short to tell from other words)
    assert set(missed) <= {"University of Aleppo", "Industrial Area in Jibreen", "Sheikh Said", "Al Abbas",
                           "Awj", "Qa'a"}, missed
    assert sum(1 for r in rows if r["name_en"]) >= 790


# -- guards -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Air strikes hit the market on Sunday.",
    "Airstrikes Hit Market",  # a title-case headline: "Hit" is the verb
    "Hit by shells, the hospital closed.",
    "The Islamic State group, also known as ISIS, lost ground.",
    "Syrian troops advanced.",  # "Syrian" spells like the village of Sarin
    "President Bashar al-Assad said on Monday that",
    "In Arab states the news was received calmly.",  # not Ain al-Arab
    "A spokesman for Ahrar al-Sham confirmed it.",  # al-Sham here is no Damascus
    "the home of the family was destroyed",
    "Foreign ministry spokeswoman Maria Zakharova said",  # a person, not a village
    "correspondent Hassan Muhanna was wounded",
    "outside the village of Kafr Hamra",  # an unlisted village, not Hamra
    "the Britain-based Syrian Observatory",
])
def test_english_words_and_names_are_not_places(text: str) -> None:
    assert [n for n, _ in found(text) if n in ("Hit", "Syrian", "Assad", "al-Assad", "In Arab", "al-Sham", "Sham",
                                                  "home", "Maria", "Hassan", "Hamra", "Hit by")] == []


@pytest.mark.parametrize("text", [
    "Militants fled to Hit, a town in Anbar.",
    "the Iraqi town of Hit",
    "Hit district was shelled",
    "the army retook Hit on Friday",  # capitalised within the sentence
])
def test_a_common_word_is_a_place_with_context(text: str) -> None:
    assert ("Hit", "iraq") in found(text)


def test_capitals_are_read_from_the_original_text_through_the_offsets_map() -> None:
    # zero-width marks are dropped by normalisation: the capital is read at the original offset
    assert ("Hama", "hama") in found("Fighting\u200b\u200b in\u200f Hama went on.")
    assert found("fighting in hama went on.") == []  # lower case: not a proper noun
    assert ("Hama", "hama") not in found("Hamas said it would respond.")


def test_lists_of_places_written_without_commas() -> None:
    names = [n for n, _ in found("Civilians died in Jisreen Kafr Batna and Saqba")]
    assert names == ["Jisreen", "Kafr Batna", "Saqba"]


def test_eastern_aleppo_and_the_homs_governor() -> None:
    assert ("Aleppo", "aleppo") in found("barrel bombs on eastern Aleppo")
    assert ("Homs", "homs") in found("the Homs governor said")


def test_arabic_is_unchanged_beside_english() -> None:
    assert ("دير الزور", "deir_ez_zor") in found("قصفت الطائرات بدير الزور مواقع عدة")
    assert ("ريف حماة", "hama") in found("اشتباكات في ريف حماة")


# -- data ---------------------------------------------------------------------------------------


def test_vendored_gazetteer_has_language_columns_and_stays_small() -> None:
    data = resources.files("rasd").joinpath("data/gazetteer")
    header = [x for x in data.joinpath("syria.tsv").read_text("utf-8").splitlines() if not x.startswith("#")][0]
    assert header.split("\t")[:5] == ["level", "name_ar", "name_en", "aliases_ar", "aliases_en"]
    total = sum(len(data.joinpath(f).read_bytes()) for f in ("syria.tsv", "syria_extra.tsv", "homographs_en.tsv"))
    assert total < 200_000
    homographs = {line.split("\t")[0]: line.split("\t")[1]
                  for line in data.joinpath("homographs_en.tsv").read_text("utf-8").splitlines()
                  if not line.startswith("#")}
    assert homographs["hit"] == "context" and homographs["syrian"] == "never"
    assert "SCOWL" in data.joinpath("ATTRIBUTION.md").read_text("utf-8")


# -- end to end -----------------------------------------------------------------------------


def test_extract_places_an_english_report_by_its_transliteration(tmp_path: Path) -> None:
    article = tmp_path / "report.txt"
    article.write_text("Air strikes on the eastern outskirts of Deir Ezzor killed 9 civilians on Tuesday, "
                       "activists said. Strikes also hit a bakery.\n", "utf-8")
    r = CliRunner().invoke(main, ["extract", str(article), "--json"])
    assert r.exit_code == 0, r.output
    claims = json.loads(r.output.splitlines()[0])["claims"]
    assert claims and claims[0]["place"]["governorate"] == "deir_ez_zor"
    assert claims[0]["place"]["name"] == "Deir Ezzor"
    assert all(c["place"]["governorate"] != "iraq" for c in claims)  # "hit" is no Iraqi town


# place27: a claim naming no place takes the place told last, not one told sentences before it
def test_an_unplaced_claim_takes_the_place_told_last_not_one_told_sentences_before() -> None:
    from helpers import claims

    text = ("Five civilians were killed in air strikes on Damascus on Saturday, activists said. "
            "The United Nations said it was concerned. Diplomats called for talks. "
            "Rescuers in the town of Jayrud pulled people from the rubble. "
            "Another man and his daughter were killed, a resident said.")
    c = claims(text, lang="en")[-1]
    assert c.place.name == "Jayrud" and c.place.governorate == "rif_dimashq"
    assert c.provenance["place"].span.text == "Jayrud"


# place27: a land right after "bordering" is the neighbour of the region meant, no place of the toll
def test_a_land_after_bordering_is_no_place_and_the_region_is_named_next() -> None:
    from helpers import claims

    text = "Twelve civilians were killed in an air strike on a province bordering Iraq, activists said."
    c = claims(text, lang="en")[0]
    assert c.place.governorate == "unknown" and "place" not in c.provenance
    # the fighting told again in the next sentence names the region's town
    text = ("Forty fighters were killed on Monday in clashes in an eastern province bordering Iraq, "
            "the Observatory said. The fighting centres on villages outside the city of Deir al-Zor. "
            "Five civilians were killed in the fighting, it said.")
    c = claims(text, lang="en")[0]
    assert c.place.governorate == "deir_ez_zor" and c.provenance["place"].span.text == "Deir al-Zor"


# place27: where a speaker tells the press ("told reporters in Geneva") is no place of the toll
def test_where_a_speaker_told_reporters_is_no_place() -> None:
    from helpers import claims

    text = ("An air strike hit an aid convoy in Aleppo province on Monday. "
            "A spokesman told reporters in Geneva that 20 aid workers died in the attack.")
    c = claims(text, lang="en")[-1]
    assert c.place.governorate == "aleppo" and c.provenance["place"].span.text == "Aleppo"


# place27: the sentence after a toll placed only in the country tells where its attack hit
def test_the_next_sentence_places_a_toll_told_only_in_the_country() -> None:
    from helpers import claims

    # what the attack targeted, told next
    text = ("Airstrikes killed seven people in Syria on Tuesday, a monitor said. "
            "Three schools were targeted in the town of Saraqeb.")
    c = claims(text, lang="en")[0]
    assert c.place.governorate == "idlib" and c.provenance["place"].span.text == "Saraqeb"
    # the attack itself named first in the next sentence
    text = ("Twelve civilians were killed in Syria on Monday, activists said. "
            "The bombs were dropped on a camp for displaced people in Idlib province.")
    c = claims(text, lang="en")[0]
    assert c.place.governorate == "idlib" and c.provenance["place"].span.text == "Idlib"
    # a town told next with no word pointing back to the attack is not taken
    text = ("Airstrikes killed seven people in Syria on Tuesday, a monitor said. "
            "Aid groups held a meeting in the town of Saraqeb.")
    assert claims(text, lang="en")[0].place.governorate == "unknown"


# place27: "near Damascus" lies outside the city, in the governorate around it
def test_near_damascus_lies_in_its_countryside() -> None:
    from helpers import claims

    c = claims("Government air raids on a rebel-held area near Damascus killed 42 people, a monitor said.",
               lang="en")[0]
    assert c.place.governorate == "rif_dimashq" and c.provenance["place"].span.text == "Damascus"
    c = claims("Government air raids on a market in Damascus killed 42 people, a monitor said.", lang="en")[0]
    assert c.place.governorate == "damascus"


# place27: a city opening its clause before a verb of saying is its government, no place
def test_a_city_saying_something_is_no_place() -> None:
    from helpers import claims

    text = ("Air strikes killed 12 people in the city of Aleppo on Monday. "
            "Moscow and Damascus say that rebel shelling killed five civilians.")
    c = claims(text, lang="en")[-1]
    assert c.place.governorate == "aleppo" and c.provenance["place"].span.text == "Aleppo"
    # a place after "of" or "in" before the verb is still a place ("activists in Daraya said")
    c = claims("Activists in Daraya west of Damascus said that 12 people were killed.", lang="en")[0]
    assert c.place.name == "Daraya"
