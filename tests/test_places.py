"""Place recognition: gazetteer matching, generic nouns, unlisted names, resolution."""

from __future__ import annotations

import gc
import time

import pytest

from rasd.extract.places import PlaceMention, distance_km, gazetteer
from rasd.core.models import Place
from rasd.text.normalize import normalize


def find(text: str) -> list[PlaceMention]:
    return gazetteer().find(normalize(text))


def resolve(text: str) -> Place:
    return gazetteer().resolve(find(text))


def names(text: str) -> list[str | None]:
    return [m.place.name for m in find(text)]


def test_loads_fast_and_has_every_governorate() -> None:
    gazetteer.cache_clear()
    gc.collect()  # a collection of earlier tests' garbage is not the gazetteer's cost
    t0 = time.process_time()
    gz = gazetteer()
    # ~0.1 s idle; the margin is for a host loaded by other jobs
    assert time.process_time() - t0 < 0.5
    assert len(gz.gov_entry) == 14


@pytest.mark.parametrize("text,name,gov", [
    ("قصفت الطائرات بدير الزور مواقع عدة", "دير الزور", "deir_ez_zor"),
    ("وصلت التعزيزات للرقة أمس", "الرقة", "raqqa"),
    ("اشتباكات في حمص وريف حماة", "حمص", "homs"),
])
def test_clitics(text: str, name: str, gov: str) -> None:
    m = find(text)[0]
    assert (m.place.name, m.place.governorate) == (name, gov)


def test_rif_and_muhafaza() -> None:
    m = find("سقطت قذائف على وريف حلب أمس")[0]
    assert (m.place.name, m.place.governorate, m.place.precision) == ("ريف حلب", "aleppo", "governorate")
    m = find("غارات على محافظة إدلب")[0]
    assert (m.place.name, m.place.precision, m.level) == ("إدلب", "governorate", "governorate")
    m = find("معارك في ريف حلب الشمالي منذ أيام")[0]
    assert (m.place.name, m.place.precision) == ("ريف حلب الشمالي", "district")


def test_the_countryside_of_a_town_is_its_rif_not_the_town() -> None:
    # "الريف الشرقي لحلب" is "ريف حلب الشرقي": a district, not the city of Aleppo
    (m,) = find("قتل خمسة في الريف الشرقي لحلب")
    assert m.level == "district" and m.place.governorate == "aleppo" and m.place.name == "الريف الشرقي لحلب"
    # the capital's countryside is Rif Dimashq, not Damascus
    (m,) = find("اشتباكات بالريف الغربي للعاصمة السورية")
    assert m.place.governorate == "rif_dimashq"
    # it only locates a town named before it
    assert resolve("قتل خمسة في الزبداني في الريف الغربي للعاصمة السورية").name == "الزبداني"
    # no compass word, no "ل" and a name: no place
    assert find("قتل خمسة في الريف") == [] and find("يعيش في الريف الشرقي منذ سنوات") == []


def test_bare_capital_is_the_city() -> None:
    m = find("انفجار في حلب صباح اليوم")[0]
    assert (m.place.name, m.place.precision, m.level) == ("حلب", "town", "town")


def test_unlisted_village_takes_its_parent() -> None:
    text = "قتل ثلاثة مدنيين في قرية الزيتونة الصغرى بريف دير الزور الشرقي"
    found = find(text)
    assert found[0].level == "unlisted" and found[0].place.name == "الزيتونة"
    p = gazetteer().resolve(found)
    assert (p.name, p.governorate, p.precision) == ("الزيتونة", "deir_ez_zor", "town")
    assert p.lat is not None and p.pcode and p.pcode.startswith("SY09")


def test_unlisted_needs_a_name_after_the_noun() -> None:
    assert not find("قصفت القرية المجاورة")
    assert not find("أقامت تركيا منطقة عازلة على الحدود")[1:]


def test_neighbourhood_with_hay_and_with_its_city() -> None:
    m = find("سقطت قذيفة على حي جوبر الدمشقي")[0]
    assert (m.place.name, m.place.governorate, m.place.precision) == ("جوبر", "damascus", "exact")
    # a bare neighbourhood name is an ordinary word unless its city stands beside it
    assert not [m for m in find("قال إن الأسد لن يبقى") if m.level == "neighbourhood"]


def test_iraq_and_abroad() -> None:
    p = resolve("فجر انتحاري نفسه في الرمادي غرب العراق")
    assert (p.name, p.governorate, p.precision) == ("الرمادي", "iraq", "town")
    m = find("أعلنت تركيا إغلاق الحدود")[0]
    assert (m.place.governorate, m.place.precision, m.country) == ("other", "country", "TR")
    m = find("محافظة الأنبار")[0]
    assert (m.place.name, m.place.governorate, m.place.precision) == ("الأنبار", "iraq", "governorate")
    m = find("الحرب في سوريا")[0]
    assert (m.place.governorate, m.place.precision, m.country) == ("unknown", "country", "SY")
    # provinces and towns of the neighbours that war news name: south-east Turkey, the Bekaa,
    # the Iraqi towns of the war on ISIS
    for text, gov, country in (("هجوم على دورية في محافظة ديار بكر", "other", "TR"),
                               ("انفجار لغم في إقليم شرناق", "other", "TR"),
                               ("اشتباكات عند أطراف وادي خالد", "other", "LB"),
                               ("قصف على قضاء مخمور", "iraq", "IQ")):
        m = find(text)[0]
        assert (m.place.governorate, m.country) == (gov, country), text
    # a neighbour's side or towns named only by its adjective are that country
    m = find("سقطت قذيفة على الجانب التركي فقتل طفلان")[0]
    assert (m.place.governorate, m.place.precision, m.country) == ("other", "country", "TR")
    m = find("اعتقلت الشرطة 40 مشتبها في 9 محافظة تركية")[0]
    assert (m.place.governorate, m.country) == ("other", "TR")
    # a capital named by its country's adjective is that capital, not an unlisted "الأردنية"
    p = resolve("انفجرت سيارة مفخخة في العاصمة الأردنية")
    assert (p.governorate, p.precision) == ("other", "town")
    assert resolve("هزت الانفجارات العاصمة العراقية").governorate == "iraq"


def test_stopwords_are_not_places() -> None:
    assert not find("دعا إلى السلام والحرية")
    assert not find("نشر صور الضحايا")
    # "the present" is no town (al-Hadher) in a phrase of time; after a place noun it is a name
    assert not find("لا تأكيد في الوقت الحاضر من مصادر أخرى")
    assert names("قصف على حي الحاضر") == ["الحاضر"]


def test_weak_name_with_a_place_nearby() -> None:
    assert [m.place.name for m in find("قصف السفيرة بريف حلب")][0] == "السفيرة"


def test_twin_towns_and_pairs_of_countries() -> None:
    m = find("حصار بلدتي الفوعة وكفريا")[0]
    assert (m.place.name, m.place.governorate) == ("الفوعة وكفريا", "idlib")
    p = resolve("ضربات التحالف في سوريا والعراق")
    assert (p.name, p.governorate, p.precision) == ("سوريا والعراق", "unknown", "country")
    # the second twin's generic noun is dropped from the name too; the span keeps the words
    m = find("قصف على مدينة سراقب وبلدة سلقين")[0]
    assert m.place.name == "سراقب وسلقين" and m.place.span.text == "سراقب وبلدة سلقين"


def test_english() -> None:
    p = resolve("An air strike hit a market in Douma, Eastern Ghouta, on Monday.")
    assert (p.governorate, p.precision) == ("rif_dimashq", "town")
    assert resolve("Shelling in Aleppo").governorate == "aleppo"


def test_offsets_point_into_the_original_text() -> None:
    text = "قُتِلَ خمسة في مدينـــة دَيْر الزّور اليوم"
    m = find(text)[0]
    span = m.place.span
    assert span is not None and text[span.start:span.end] == m.place.name == "دَيْر الزّور"
    nt = normalize(text)
    assert nt.text[m.start:m.end].startswith("مدينه")


def test_window() -> None:
    text = "في حمص. وفي حلب."
    nt = normalize(text)
    found = gazetteer().find(nt, start=nt.text.index("وفي"))
    assert [m.place.name for m in found] == ["حلب"]


def test_most_specific_wins_and_neighbourhood_reading_follows_city() -> None:
    p = resolve("قصف حي القصور في مدينة دير الزور")
    assert (p.name, p.governorate, p.precision) == ("القصور", "deir_ez_zor", "exact")


def test_is_within_and_distance() -> None:
    gz = gazetteer()
    town = resolve("في مدينة الميادين")
    assert gz.is_within(town.pcode, "SY09") and not gz.is_within(town.pcode, "SY02")
    assert gz.governorate_of(town.pcode) == "deir_ez_zor"
    assert gz.is_within("SY090105:N0001", "SY0901")
    d = distance_km(resolve("في دمشق"), resolve("في حلب"))
    assert d is not None and 280 < d < 340
    assert distance_km(Place(), resolve("في دمشق")) is None


def test_speed() -> None:
    text = ("قصفت طائرات حربية بلدة حمورية في الغوطة الشرقية بريف دمشق، وقال المرصد السوري إن "
            "عشرة مدنيين قتلوا. ") * 30
    nt = normalize(text)
    gz = gazetteer()
    gz.find(nt)
    t0 = time.process_time()
    for _ in range(20):
        gz.find(nt)
    per_kchar = (time.process_time() - t0) / 20 / (len(text) / 1000)
    assert per_kchar < 0.002


@pytest.mark.parametrize("text,name", [
    ("انفجرت عبوة في حي تاج الدين وسط المدينة", "تاج الدين"),  # construct: indefinite + definite
    ("سقطت قذائف على قرية كفرعين الحدودية", "كفرعين"),  # an adjective after the name is not part of it
    ("قصف بلدة مرجان المحاصرة", "مرجان"),
])
def test_unlisted_two_word_names_and_adjectives(text: str, name: str) -> None:
    assert name in names(text)


def test_a_claimants_seat_is_no_place() -> None:
    assert names("The Britain-based Syrian Observatory said 12 were killed") == []
    assert names("وقال المرصد ومقره بريطانيا إن 12 قتلوا") == []


def test_martyrs_is_a_place_only_after_a_generic_noun() -> None:
    assert "الشهداء" not in names("ما أدى إلى ارتقاء عشرات الشهداء والجرحى في محيط مدينة السفيرة بريف حلب")
    assert "الشهداء" in names("انفجرت سيارة في حي الشهداء بحلب")


@pytest.mark.parametrize("text,name,gov", [
    # an unlisted site keeps its noun and takes the governorate of the places named with it
    ("انفجرت سيارة مفخخة عند حاجز الصفصاف في ريف دير الزور", "حاجز الصفصاف", "deir_ez_zor"),
    ("سقطت قذائف على شارع النصر في مدينة حمص", "شارع النصر", "homs"),
    # a site named after a listed town is in that town
    ("قتل خمسة في قصف على مطار حلب أمس", "مطار حلب", "aleppo"),
])
def test_a_site_named_with_its_noun_keeps_it(text: str, name: str, gov: str) -> None:
    p = resolve(text)
    assert (p.name, p.governorate, p.precision) == (name, gov, "exact")


def test_a_street_is_not_the_town_it_is_named_after() -> None:
    # "شارع بغداد" in Damascus is a street, not Baghdad
    p = resolve("سقطت قذيفة على شارع بغداد في دمشق")
    assert (p.name, p.governorate) == ("شارع بغداد", "damascus")


def test_a_site_needs_a_name_not_a_kind() -> None:
    assert [m.place.name for m in find("قصف مستشفى ميداني في بلدة كفرنبل")] == ["كفرنبل"]
    # "منفذ الهجوم" is who carried out the attack, not a border crossing
    assert not find("وقتل منفذ الهجوم")


def test_an_unlisted_quarter_is_finer_than_its_city() -> None:
    p = resolve("سقط الصاروخ على حي الطحانة الشعبي في حلب القديمة")
    assert (p.name, p.governorate, p.precision) == ("الطحانة", "aleppo", "exact")
    # an adjective after a generic noun names nothing finer than the town
    assert resolve("سقطت الطائرة على سوق مزدحم في مدينة أريحا").name == "أريحا"


def test_a_hashtag_names_a_place_with_its_words_apart() -> None:
    # social-media pages write "#مطار_التيفور": the site is "مطار التيفور", the span the text
    ms = find("استهدفت الضربة #مطار_التيفور العسكري في #حمص")
    site = next(m for m in ms if m.place.precision == "exact")
    assert site.place.name == "مطار التيفور" and site.place.span.text == "مطار_التيفور"


def test_two_quarters_noun_reads_names_as_quarters() -> None:
    # "حيي" (two quarters), like "بلدتي": the name after it is a quarter, not the Iraqi
    # governorate of the same name
    m = find("اشتباكات عنيفة في حيي صلاح الدين، والسكري")[0]
    assert (m.place.name, m.place.governorate, m.place.precision) == ("صلاح الدين", "aleppo", "exact")


def test_a_country_goes_by_its_usual_name() -> None:
    # however the text writes it, a country is named as usual; the span keeps what was written
    m = find("غارات على مواقع في سورية")[0]
    assert (m.place.name, m.place.span.text) == ("سوريا", "سورية")
    m = find("سقطت القذائف داخل الأراضي التركية")[0]
    assert (m.place.name, m.place.governorate) == ("تركيا", "other")


def test_sites_whose_noun_stays_in_the_name() -> None:
    # a stadium, museum, academy or housing estate keeps its noun (codebook), and is the most
    # specific place named: "كرة القدم" beside it is no quarter called القدم
    p = resolve("سقطت قذيفة على ملعب تشرين في دمشق خلال مباراة كرة القدم")
    assert (p.name, p.governorate, p.precision) == ("ملعب تشرين", "damascus", "exact")
    p = resolve("اشتباكات قرب مساكن هنانو في حلب")
    assert (p.name, p.governorate) == ("مساكن هنانو", "aleppo")


def test_a_line_wrapped_by_markup_does_not_end_the_sentence() -> None:
    from rasd.text.segment import sentences

    # a link on a line of its own: the place stays in the sentence of its count
    text = "عنوان الخبر\nوتوزع القتلى على النحو الآتي: 12 قتيلا في \nحمص\n وريفها، و7 في حماة.\nوقال ناشط آخر"
    spans = [text[s.start:s.end] for s in sentences(text)]
    assert spans[1].startswith("وتوزع") and spans[1].endswith("في حماة.")
    assert spans[2] == "وقال ناشط آخر"
    # a subheading (a short line with no closing mark) and list items stay apart
    text = "خبر اول.\nاشتباكات في درعا\n وفي ريف درعا قتل ثلاثة.\n1- البند الأول \n2- البند الثاني"
    spans = [text[s.start:s.end] for s in sentences(text)]
    assert "اشتباكات في درعا" in spans and "2- البند الثاني" in spans


def test_a_share_of_a_toll_keeps_its_place_across_a_wrapped_line() -> None:
    from rasd.extract import extract
    from rasd.core.models import Article

    text = ("تقرير\nوقالت لجان التنسيق إن الحصيلة توزعت بواقع 15 قتيلا في \nحمص\n وريفها، "
            "و9 في ادلب.")
    claims = extract(Article(id="t", text=text, published="2024-03-12"))
    assert {c.place.governorate for c in claims} == {"homs", "idlib"}


def _claim_places(text: str) -> list[tuple[str | None, str]]:
    from rasd.extract import extract
    from rasd.core.models import Article

    return [(c.place.name, c.place.governorate) for c in extract(Article(id="t", text=text, published="2024-03-12"))]


def test_a_toll_throughout_the_country_is_the_countrys() -> None:
    # another town in the sentence is where something else happened
    assert _claim_places("الحرب في سوريا\nوقال ناشطون إن الطائرات قصفت مدينة إدلب، "
                         "بالتزامن مع سقوط 60 قتيلا في مختلف أنحاء البلاد.") == [("سوريا", "unknown")]
    assert _claim_places("الحرب في سوريا\nقتل 40 شخصا في مختلف المناطق السورية امس بينما قصفت "
                         "الطائرات حلب.") == [("سوريا", "unknown")]
    # a governorate after the cue bounds the total there
    assert _claim_places("تقرير\nقتل 12 شخصا في عموم محافظة حلب امس.")[0][1] == "aleppo"


def test_a_state_named_as_actor_is_still_a_place_after_in() -> None:
    assert _claim_places("الحرب في سوريا\nقتل خمسة جنود في تركيا امس.") == [("تركيا", "other")]
    assert _claim_places("الحرب في سوريا\nوقتل خمسة جنود بتركيا امس.") == [("تركيا", "other")]
    assert _claim_places("الحرب في سوريا\nاعتقلت الشرطة في جميع انحاء تركيا 300 شخص امس.")[0] == ("تركيا", "other")
    # the state as a subject acts; it is no place
    assert _claim_places("الحرب في سوريا\nوقصفت تركيا مواقع قرب الحدود فقتل 5 مسلحين.")[0][0] != "تركيا"


def test_a_capital_that_speaks_is_its_government_not_a_place() -> None:
    # the capital after a verb of saying names who spoke; the town of the attack is the place
    assert _claim_places("الحرب في سوريا\nوقالت دمشق إن المسلحين قتلوا 15 مدنيا في مدينة حمص.")[0] == ("حمص", "homs")
    assert _claim_places("تقرير\nاتهمت دمشق المعارضة بقتل 20 شخصا.")[0][1] == "unknown"
    # in or around the capital it is still the place
    assert _claim_places("تقرير\nقتل 20 شخصا في دمشق.")[0] == ("دمشق", "damascus")


def test_a_noun_of_place_before_a_fight_names_no_place() -> None:
    from rasd.extract.pipeline import run
    from rasd.core.models import Article

    doc = run(Article(id="t", text="تقرير\nقتل 9 مقاتلين في سهل الغاب، وسط قصف على مناطق الاشتباك.",
                      published="2024-03-12"))
    assert [doc.text[p.start:p.end] for p in doc.places] == ["سهل الغاب"]
    assert [c.place.governorate for c in doc.claims] == ["hama"]


def test_a_wars_toll_is_not_the_region_the_story_is_about() -> None:
    places = _claim_places("الغوطة الشرقية تحت القصف\nقتل 30 شخصا في الغوطة الشرقية امس.\nوكان الصراع قد أودى بحياة "
                           "أكثر من 300 ألف شخص منذ عام 2011.")
    assert places[0][1] == "rif_dimashq" and places[-1][1] == "unknown"


def test_a_claimants_seat_before_its_noun_is_no_place() -> None:
    # "يتخذ من X مقرا": where the monitor sits, as "ومقره بريطانيا" is
    assert [m.place.name for m in find("قال المرصد الذي يتخذ من بريطانيا مقرا إن القصف طال دوما")] == ["دوما"]
    assert [m.place.name for m in find("وقالت المنظمة التي تتخذ من نيويورك مقرا لها إن 11 قتلوا")] == []


def test_a_town_and_its_countryside_are_one_place() -> None:
    # a breakdown's "دمشق وريفها" is the governorate's tally, named as written
    m = find("وتوزع القتلى بواقع 40 في دمشق وريفها، و12 في إدلب")[0]
    assert (m.place.name, m.place.governorate, m.place.precision) == ("دمشق وريفها", "damascus", "governorate")
    m = find("قتل خمسة في الزبداني وريفها")[0]
    assert (m.place.name, m.place.precision) == ("الزبداني وريفها", "district")
    # the countryside of another place is its own mention
    assert [p.place.name for p in find("قتل خمسة في دمشق وريف درعا")] == ["دمشق", "ريف درعا"]


def test_a_place_lies_in_the_town_said_to_hold_it() -> None:
    # the gazetteer knows "الحاضر" as a town of Aleppo; "بمدينة حماة" says this one is Hama's
    assert _claim_places("قتل ثلاثة مدنيين في حي الحاضر بمدينة حماة امس.") == [("الحاضر", "hama")]
    # a quarter's name is shared by many cities: its locator says which
    assert _claim_places("قتل شخص في تفجير عبوة في منطقة الحسينية، شمالي بغداد.") == [("الحسينية", "iraq")]
    # a town only near another keeps its own governorate
    assert _claim_places("قتل 40 شخصا في هجوم على دوما قرب دمشق.") == [("دوما", "rif_dimashq")]


def test_an_opening_placed_only_in_the_country_takes_the_place_its_count_is_told_again_with() -> None:
    text = ("خطفت جبهة النصرة في سوريا خمسة مقاتلين على الاقل بعد أيام من خطفها ثمانية مقاتلين آخرين.\n"
            "وقال المرصد إن الجبهة خطفت خمسة مقاتلين من الفرقة في قرية قاح الحدودية.\n"
            "وكانت الجبهة خطفت ثمانية عناصر من الفرقة قرب مدينة اعزاز في ريف حلب الشمالي.")
    places = _claim_places(text)
    # each count of the opening goes where the story tells that count again
    assert places[:2] == [("قاح", "idlib"), ("اعزاز", "aleppo")]


def test_an_opening_keeps_the_country_when_no_count_is_told_again() -> None:
    text = ("خطفت جبهة النصرة في سوريا خمسة مقاتلين على الاقل.\n"
            "وتسيطر الجبهة على مناطق واسعة في ريف حلب الشمالي.")
    assert _claim_places(text)[0] == ("سوريا", "unknown")


def test_syrias_towns_and_regions_named_by_its_adjective_are_syria() -> None:
    p = resolve("قتل العشرات في قصف على عدد من المدن السورية")
    assert (p.name, p.governorate, p.precision) == ("سوريا", "unknown", "country")


def test_damascus_suburbs_are_its_countryside() -> None:
    assert resolve("قتل 12 شخصا في غارة على ضواحي دمشق").governorate == "rif_dimashq"
    assert resolve("قتل 12 شخصا في غارة على دمشق").governorate == "damascus"


def test_a_quarter_named_in_construct_is_finer_than_its_city() -> None:
    p = resolve("قتل ثلاثة أشخاص في انفجار في حي ركن الدين في دمشق")
    assert (p.name, p.governorate) == ("ركن الدين", "damascus")
    # "الواقع" after the name says where it lies, no second word of it
    assert names("سقطت قذيفة على حي كشكول التابع لمدينة جرمانا")[0] == "كشكول"


def test_a_dual_noun_names_two_places_though_the_second_is_unlisted() -> None:
    m = find("قتل عشرة مدنيين في غارات على بلدتي عربين ومصرابا")[0]
    assert (m.place.name, m.place.governorate) == ("عربين ومصرابا", "rif_dimashq")
    # a listed second town is a twin of its own; "and" with no dual noun joins nothing
    assert names("قصف على بلدة عربين وتدمير منازل")[0] == "عربين"


@pytest.mark.parametrize("text,gov", [
    ("سقطت صواريخ على قاعدة التيفور الجوية شرقي البلاد", "homs"),
    ("استهدفت الغارة قاعدة الشعيرات", "homs"),
    ("قتل عسكريون في مطار النيرب العسكري", "aleppo"),
    ("قصف مطار الناصرية في القلمون", "rif_dimashq"),
])
def test_an_airbase_is_the_same_site_whether_called_airport_or_base(text: str, gov: str) -> None:
    # the bare name may be a village elsewhere (النيرب in Idlib) or a city abroad (الناصرية in Iraq)
    place = resolve(text)
    assert place.governorate == gov
    assert place.precision == "exact"


def test_a_foreign_capital_named_by_its_adjective_is_abroad() -> None:
    place = resolve("وقع انفجار في العاصمة الشيشانية غروزني")
    assert place.governorate == "other"
    assert place.lat is not None and place.lat > 40  # not given a Syrian town's coordinates


def test_the_iraqi_crossing_facing_al_tanf_is_in_iraq() -> None:
    assert resolve("هاجمت مجموعة مسلحة القافلة قرب معبر الوليد").governorate == "iraq"


@pytest.mark.parametrize("text", ["قصف الجيش عددا من أحياء المدينة", "تقدمت القوات في ريف المحافظة الشرقي"])
def test_the_city_or_the_governorate_after_a_noun_is_no_quarter_of_that_name(text: str) -> None:
    # "المدينة" and "المحافظة" point back to the city or governorate told before; Hama's and
    # Aleppo's quarters of those names are not meant
    assert all(m.place.name not in ("المدينة", "المحافظة") for m in find(text))


@pytest.mark.parametrize("text", ["وقع هجوم في مترو العاصمة اليابانية", "تعد حلب العاصمة الاقتصادية للبلاد"])
def test_an_adjective_after_the_capital_is_no_village(text: str) -> None:
    assert not any(m.level == "unlisted" for m in find(text))


@pytest.mark.parametrize("text", ["بغارات استهدفت قرية تحت سيطرة التنظيم", "دمرت أحياء كاملة في المدينة",
                                  "وضعت الشاحنة في ساحة مقابلة للنصب"])
def test_a_preposition_or_adjective_after_a_generic_noun_is_no_name(text: str) -> None:
    assert find(text) == []


def test_the_cilvegozu_crossing_spelled_as_news_spell_it_is_in_turkey() -> None:
    assert resolve('فتح البوابة الحدودية "جليفه جوزو" أمام المساعدات').governorate == "other"
