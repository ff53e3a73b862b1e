"""Where a claim is placed when its sentence names a place for something else: where fire came
from, a list of places sharing one count."""

from __future__ import annotations

from rasd.core.models import Article
from rasd.extract import extract
from helpers import claims


def _place(text: str):
    c = claims(text)[0]
    return c.place, c.provenance.get("place")


# == a monitor's seat and a side's patron are no places; a quoted town after its noun, a while
# clause placed on its own, a place told before outside the region the sentence names
def test_a_monitors_seat_is_no_place_of_its_count():
    for text in ("وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن 14 شخصا قتلوا في قصف على ريف إدلب.",
                 "وذكر المرصد السوري من مقره في لندن أن 14 شخصا قتلوا في قصف على ريف إدلب.",
                 "وأفاد المرصد الذي يتخذ من بريطانيا مقرا له بمقتل 14 شخصا في قصف على ريف إدلب."):
        c = claims(text)[0]
        assert c.claimant == "sohr"
        assert c.place.governorate == "idlib", text
    # with no other place told, the seat does not place the count abroad
    c = claims("وأكد المرصد السوري ومركزه بريطانيا مقتل 30 شخصا الثلاثاء.")[0]
    assert c.place.governorate != "other" and c.place.name is None


def test_the_government_a_side_is_loyal_to_is_no_place():
    c = claims("وقتل تسعة مقاتلين موالين لدمشق في غارات تركية على قرية قرب عفرين.")[0]
    assert c.place.governorate == "aleppo"
    c = claims("قتل ستة عناصر من القوات المؤيدة لدمشق أمس.")[0]
    assert c.place.governorate == "unknown"
    # a place after "in" is still a place
    assert claims("قتل خمسة أشخاص في قصف على دمشق.")[0].place.governorate == "damascus"


def test_a_quoted_town_after_its_noun_is_still_that_town():
    c = claims('وأكدت المعارضة مقتل 40 شخصا في إعدامات ميدانية في بلدة "السفيرة".')[0]
    assert c.place.name == "السفيرة" and c.place.governorate == "aleppo"
    c = claims("قتل ستة أشخاص في قصف على مدينة «دوما» أمس.")[0]
    assert c.place.governorate == "rif_dimashq"


def test_a_while_clause_is_placed_on_its_own():
    c = claims("وأكد ناشطون مقتل 40 شخصا في بلدة السفيرة بينما استمرت المواجهات في ريف دمشق.")[0]
    assert c.place.governorate == "aleppo"
    got = {c.figures[0].low: c.place.governorate for c in
           claims("وقال المرصد إن تسعة مدنيين قتلوا في قصف على مدينة إدلب، فيما قتل ثلاثة آخرون في قصف على بلدة تلبيسة.")}
    assert got == {9: "idlib", 3: "homs"}
    # "while he was ..." and "while others were wounded" go on about the same event
    c = claims("وقتل القيادي في ضربة جوية بينما كان يستقل سيارة قرب بلدة سرمدا.")[0]
    assert c.place.governorate == "idlib"
    c = claims("وقالت مصادر إن أربعة مدنيين قتلوا فيما أصيب آخرون بقصف على مدينة الحراك.")[0]
    assert c.place.governorate == "daraa"


def test_a_place_told_before_outside_the_region_the_sentence_names_is_not_taken():
    text = ("وقصفت الطائرات مرارا مواقع قرب مطار دمشق الدولي. وفي 17 فبراير الماضي، استهدفت ضربات جوية "
            "مواقع عسكرية قرب الحدود مع العراق في شرق البلاد، وأسفرت عن مقتل العشرات من المقاتلين.")
    c = claims(text)[-1]
    assert c.place.governorate == "unknown"
    # a place that lies in that region is still taken
    text = "شنت الطائرات غارات على بلدة مارع. وردت القوات باستهداف مقرات في شمال سوريا، مما أسفر عن مقتل 25 مقاتلا."
    assert claims(text)[-1].place.governorate == "aleppo"


# == a seat named by description locates the town before it
def test_a_seat_named_by_description_locates_the_town_before_it():
    c = claims("واتهمت المعارضة القوات الحكومية بقصف دوما، آخر معاقلها قرب العاصمة السورية، "
               "ما أدى إلى مقتل تسعة مدنيين.")[0]
    assert c.place.name == "دوما"
    assert c.place.governorate == "rif_dimashq"
    # the capital named alone is still the place
    c = claims("وقتل تسعة مدنيين في قصف على أحياء في العاصمة السورية.")[0]
    assert c.place.governorate == "damascus"


# == a capital's name apposed to its countryside
def test_capital_name_apposed_to_its_countryside():
    cs = claims("قتل ثلاثة مدنيين في قصف مدفعي على ريف العاصمة السورية دمشق صباح اليوم.", "2016-05-07")
    assert cs and {c.place.governorate for c in cs} == {"rif_dimashq"}
    cs = claims("قتل ثلاثة مدنيين في قصف مدفعي على العاصمة السورية دمشق صباح اليوم.", "2016-05-07")
    assert cs and {c.place.governorate for c in cs} == {"damascus"}


def test_where_shells_came_from_is_not_where_they_killed():
    c = claims("قتلت امرأتان حين سقطت قذائف من سوريا على قرية في الأراضي التركية.")[0]
    assert c.place.governorate == "other" and c.place.name == "تركيا"
    # told only where the shells came from: not placed there, nor at the place told before
    text = ("تتعرض بلدة جوبر لقصف عنيف منذ أيام.\n"
            "وأفاد التلفزيون الرسمي بمقتل ثلاثة أشخاص في قصف بقذائف الهاون انطلق من بلدة جوبر على أحياء سكنية.")
    assert claims(text)[-1].place.governorate == "unknown"


def test_a_count_in_each_of_two_places_is_placed_at_each():
    text = ("وقالت اللجان إنها وثقت مقتل 40 شخصا أمس، توزعوا بواقع 20 في حلب، و10 في حمص، "
            "وخمسة في كل من حماة ودرعا.")
    assert [c.place.governorate for c in claims(text) if c.figures[0].low == 5] == ["hama", "daraa"]
    # without "each", two places sharing a count place it at neither
    text = "وقالت اللجان إنها وثقت مقتل 40 شخصا أمس، توزعوا بواقع 30 في حلب، و10 في حمص وحماة."
    got = {c.figures[0].low: c.place for c in claims(text)}
    assert got[10].governorate != "homs"


def test_a_capital_that_speaks_is_no_place_of_what_it_tells():
    text = "وأعلنت موسكو الخميس مقتل خمسة من مواطنيها في غارة قرب مدينة دير الزور."
    c = claims(text)[0]
    assert c.place.governorate == "deir_ez_zor"
    c = claims("ونفت موسكو وجود جنود روس بين القتلى، مؤكدة مصرع خمسة متعاقدين.")[0]
    assert c.place.name != "موسكو" and c.place.governorate != "other"


def test_of_two_towns_the_one_in_the_figures_clause():
    # Damascus is nearer the count, but across the comma: the government, not the place
    text = ("وتوعدت الدول الغربية بالرد إن عبرت دمشق، بعدما قال أطباء إن 30 شخصا قتلوا وأصيب المئات "
            "بهجوم بغاز سام ليلة الجمعة في بلدة دوما.")
    c = claims(text)[0]
    assert c.place.name == "دوما" and c.place.governorate == "rif_dimashq"


def test_an_attack_placed_only_in_its_country_takes_the_place_it_is_told_again_with():
    # (a later count keeps the sentence in between read)
    later = "\nوفي حلب قتل مدنيان في قصف مدفعي."
    text = ("قال مسؤولون إن تفجيرا انتحاريا في وسط سوريا أدى إلى مقتل 30 شخصا يوم الأحد.\n"
            "وقال ناشطون إن الانفجار وقع عند حاجز للجيش في مدينة مصياف." + later)
    c = claims(text)[0]
    assert c.place.governorate == "hama" and c.place.name == "مصياف"
    # an attack of another kind told next is no retelling of it
    text = ("قال مسؤولون إن تفجيرا انتحاريا في وسط سوريا أدى إلى مقتل 30 شخصا يوم الأحد.\n"
            "وفي وقت لاحق شنت طائرات حربية غارات على مدينة مصياف." + later)
    assert claims(text)[0].place.governorate == "unknown"
    # nor is a place told again for a story told abroad
    text = ("قال مسؤولون إن تفجيرا انتحاريا قرب الحدود في العراق أدى إلى مقتل 30 شخصا.\n"
            "وقال ناشطون إن الانفجار وقع عند حاجز في مدينة البوكمال." + later)
    assert claims(text)[0].place.governorate != "deir_ez_zor"


def test_a_town_inside_a_media_office_name_is_no_place():
    c = claims("وقال مركز دمشق الإعلامي إن 12 شخصا قتلوا في قصف على بلدة دوما.")[0]
    assert c.place.name == "دوما" and c.place.governorate == "rif_dimashq"
    c = claims("وأفادت شبكة حلب الإخبارية بمقتل خمسة مدنيين في قصف.")[0]
    assert c.place.governorate == "unknown"
    # a town told as where the office's dead fell stays: "في حلب" is no name
    c = claims("وأفاد مركز إعلامي بمقتل خمسة مدنيين في حلب الشرقية.")[0]
    assert c.place.governorate == "aleppo"


def test_a_total_told_after_an_opening_abroad_lies_abroad():
    text = ("قتل ثلاثة جنود في هجوم على دورية في مدينة أضنة التركية صباح اليوم.\n"
            "وتصاعدت الهجمات على قوات الأمن منذ أسبوعين.\n"
            "ومنذ بدء موجة العنف الجديدة، قتل 20 جنديا وشرطيا على الأقل.")
    total = next(c for c in claims(text) if c.figures[0].low == 20)
    assert total.place.governorate == "other"
    # an opening in Syria sets no total abroad, whatever foreign town is named after it
    text = ("قتل ثلاثة جنود في قصف على مدينة حلب صباح اليوم.\n"
            "وقال مسؤولون في أضنة إن الهجمات تصاعدت.\n"
            "ومنذ بدء موجة العنف الجديدة، قتل 20 جنديا على الأقل.")
    total = next(c for c in claims(text) if c.figures[0].low == 20)
    assert total.place.governorate != "other"


def test_the_country_across_the_border_is_not_where_they_died():
    text = "قتل 40 جنديا في معارك شرقي البلاد قرب الحدود مع العراق."
    assert claims(text)[0].place.governorate != "iraq"
    text = "قتل 13 شخصا في انفجار سيارة مفخخة في بلدة الريحانية التركية على الحدود مع سوريا."
    assert claims(text)[0].place.governorate == "other"
    # a country named as where things happened is still a place
    assert claims("قتل 40 جنديا في معارك في العراق.")[0].place.governorate == "iraq"


def test_where_people_were_crossing_to_is_not_where_they_died():
    text = ("وقع انفجار في مركز ثقافي في بلدة سروج التركية صباح اليوم.\n"
            "وكان شبان قد تجمعوا في المركز لعبور الحدود إلى كوباني. وقال شاهد إن العشرات قتلوا في المكان.")
    assert claims(text)[-1].place.governorate == "other"
    # a route's two ends are no place either: the crossing town named with it is
    text = "وتسبب تسلل المسلحين من وإلى سوريا عبر بلدة عرسال اللبنانية بسقوط قتلى وجرحى."
    assert claims(text)[0].place.governorate == "other"


def test_those_who_fled_somewhere_may_be_killed_there():
    text = "قتل مسلحون 40 جنديا سوريا بعد أن نزحوا الى العراق هربا من المعارك."
    assert claims(text)[0].place.governorate == "iraq"


def test_a_days_toll_counted_mostly_in_syrian_governorates_lies_in_syria():
    c = claims("قالت لجان التنسيق إن 120 شخصا قتلوا أمس برصاص القوات معظمهم في حلب ودير الزور وحمص.")[0]
    assert c.scope == "cumulative"
    assert c.place.precision == "country" and c.place.governorate == "unknown" and c.place.name
    # read from the places the total is counted over, not guessed
    assert c.provenance["place"].span.text == "حلب ودير الزور وحمص"


def test_an_english_toll_over_syrian_places_is_not_named_in_arabic():
    art = Article(id="t", lang="en", published="2024-03-14",
                  text="Activists said government shelling killed 120 people across the country on Tuesday, "
                       "in Aleppo, Homs and Deir ez-Zor.")
    for c in extract(art):
        assert not any("\u0600" <= ch <= "\u06ff" for ch in c.place.name or "")


def test_a_claim_naming_no_place_is_where_its_attack_was_told():
    # the sentence between names where the fighters hold out, not where the raid killed
    text = ("قصفت طائرات حربية حي الشعار في مدينة حلب. ويتحصن مقاتلو التنظيم في بلدة تلبيسة بريف "
            "حمص الشمالي. وقتل 20 شخصا على الأقل، بحسب المرصد.")
    c = claims(text)[-1]
    assert c.place.governorate == "aleppo" and c.place.name == "الشعار"
    assert c.provenance["place"].source == "event"
    # a place of its own, in its own sentence, still wins
    text = ("قصفت طائرات حربية حي الشعار في مدينة حلب. ويتحصن مقاتلو التنظيم في بلدة تلبيسة بريف "
            "حمص الشمالي. وقتل 20 شخصا على الأقل في بلدة تلبيسة، بحسب المرصد.")
    assert claims(text)[-1].place.governorate == "homs"


def test_an_attack_placed_in_a_region_takes_the_town_told_of_it_next():
    from rasd.core.models import Article
    from rasd.extract import extract
    text = ("قال ناشطون إن 12 مدنيا قتلوا في غارة جوية على الغوطة الشرقية.\n"
            "واستهدفت الغارة سوقا شعبية في بلدة كفربطنا.\n"
            "وفي حلب قتل ثلاثة أشخاص في قصف على حي الشعار.")
    claims = extract(Article(id="t", text=text, published="2024-03-14"))
    assert (claims[0].place.name, claims[0].place.governorate) == ("كفربطنا", "rif_dimashq")
    # not the governorate's seat, which may stand for its countryside too
    text = ("قال ناشطون إن 12 مدنيا قتلوا في غارة جوية على ريف حماة.\n"
            "واستهدفت الغارة سوقا شعبية في حماة.\n"
            "وفي حلب قتل ثلاثة أشخاص في قصف على حي الشعار.")
    claims = extract(Article(id="t", text=text, published="2024-03-14"))
    assert claims[0].place.name == "ريف حماة"


def test_a_land_in_a_persons_title_or_a_reporters_post_is_no_place():
    # the land of an office ("مفتي", "سفير", "وزير خارجية") says whose office, not where
    text = "قتل ثلاثة أشخاص في انفجار بحي الميدان في دمشق بينهم ابن شقيق مفتي لبنان."
    c = claims(text)[0]
    assert c.place.governorate == "damascus" and c.place.name != "لبنان"
    text = "وقال سفير فرنسا إن سبعة مدنيين قتلوا في القصف."
    assert all(c.place.name != "فرنسا" for c in claims(text))
    # a reporter's post: the town told before is where the shells fell
    text = ("سقطت قذائف هاون على حي باب توما صباح اليوم.\n"
            "وقال سكان لمراسل إحدى الوكالات في دمشق إن القذائف قتلت أربعة أشخاص.")
    assert claims(text)[-1].place.name == "باب توما"


def test_where_people_talk_is_no_place_of_what_they_talk_of():
    text = "أثار مقتل ستة جنود في غارة على مطار الضبعة مخاوف في عمان من اتساع الحرب."
    c = claims(text)[0]
    assert c.place.governorate == "homs"
    c = claims("وأثار مقتل ستة جنود مخاوف في عمان من اتساع الحرب.")[0]
    assert c.place.name != "عمان" and c.place.governorate != "other"


def test_a_total_in_a_region_near_the_capital_keeps_the_region():
    # "قرب دمشق" only says where the region lies: no second governorate of the total
    text = "وقتل أكثر من 300 مدني منذ بدء الحملة على الغوطة الشرقية المحاصرة قرب دمشق."
    c = claims(text)[0]
    assert c.scope == "cumulative" and c.place.name == "الغوطة الشرقية" and c.place.governorate == "rif_dimashq"


def test_the_next_sentence_names_the_village_the_strike_hit():
    # the figure's sentence names only the region; the next one, read for nothing else, goes
    # on about "the raid" and names the village: the claim is placed there
    text = ("قتل سبعة مدنيين بينهم ثلاثة أطفال في غارة جوية على الغوطة الشرقية مساء أمس.\n"
            "وقال ناشطون إن الغارة استهدفت بلدة عربين في الغوطة الشرقية.")
    c = claims(text)[0]
    assert c.place.name == "عربين" and c.place.governorate == "rif_dimashq"
    # a new raid (indefinite) told next is another attack: the region stays
    text = ("قتل سبعة مدنيين بينهم ثلاثة أطفال في غارة جوية على الغوطة الشرقية مساء أمس.\n"
            "وقال ناشطون إن غارة أخرى استهدفت بلدة عربين في الغوطة الشرقية.")
    assert claims(text)[0].place.name == "الغوطة الشرقية"


def test_a_locator_in_brackets_says_where_the_village_lies():
    text = "وقال المرصد إن قرية الشيخ حديد (غرب عفرين) تعرضت لقصف أدى إلى إصابة خمسة مدنيين."
    c = claims(text)[0]
    assert c.place.name == "الشيخ حديد" and c.place.governorate == "aleppo"


def test_a_peaceful_solution_is_no_village_called_salma():
    # "حل سلمي" (a peaceful solution) spells like the village of Salma once normalised
    c = claims("وتدعو الدول إلى حل سلمي للأزمة التي أودت بحياة عشرات الآلاف.")[0]
    assert c.place.name != "سلمي" and c.place.governorate != "latakia"
    # the village itself, after its noun, is still found
    c = claims("قتل أربعة مقاتلين في اشتباكات قرب بلدة سلمى أمس.")[0]
    assert c.place.governorate == "latakia"


def test_a_capital_that_points_out_or_accuses_speaks_for_its_state():
    text = ("قصفت طائرات إسرائيلية قاعدة التيفور في محافظة حمص فجر الأحد. "
            "وأشارت دمشق إلى أن الدفاعات الجوية أسقطت صاروخين وأن القصف أوقع ثلاثة قتلى.")
    assert [c.place.governorate for c in claims(text)] == ["homs"]


def test_a_country_after_an_adjective_of_the_border_is_its_far_side():
    # "قرى حدودية مع لبنان": Syrian villages on the border with Lebanon, not Lebanon
    text = ("تدور معارك عنيفة منذ أيام في محيط مدينة القصير بريف حمص.\n"
            "وقتل خمسة مقاتلين في اشتباكات في قرى حدودية مع لبنان يوم السبت.")
    c = claims(text)[-1]
    assert c.place.governorate == "homs" and c.place.name != "لبنان"


def test_the_quarters_of_damascus_and_homs_the_news_names_bare():
    c = claims("قتل سبعة مدنيين بانفجار سيارة مفخخة في ركن الدين صباح اليوم.")[0]
    assert (c.place.name, c.place.governorate) == ("ركن الدين", "damascus")
    c = claims("سقطت قذائف هاون على المزة وكفرسوسة ما أدى إلى مقتل طفلين.")[0]
    assert c.place.governorate == "damascus"
    # a quarter named bare in a list after one "حي" ("حيا الخالدية وبابا عمرو")
    c = claims("وتعرض حيا الخالدية وبابا عمرو لقصف أوقع تسعة قتلى.")[0]
    assert c.place.governorate == "homs"
    # quarters that are ordinary words count only after their noun or beside their city
    c = claims("قتل ثلاثة لاعبين في فريق لكرة القدم بانفجار عبوة في حافلتهم.")[0]
    assert c.place.governorate != "damascus"
    c = claims("قتل ثلاثة أشخاص بقصف على حي التضامن أمس.")[0]
    assert c.place.governorate == "damascus"


def test_a_newspaper_named_after_a_city_is_no_place():
    c = claims("وذكرت صحيفة نيويورك تايمز أن الغارة أسفرت عن مقتل 12 شخصا.")[0]
    assert c.place.name != "نيويورك" and c.place.governorate != "other"


def test_a_turkish_border_town_in_its_other_spellings():
    c = claims("قتل خمسة مواطنين أتراك بقذيفة سقطت على بلدة أقتشه قلعة الحدودية.")[0]
    assert c.place.governorate == "other"


def test_towns_in_spellings_the_gazetteer_lacked():
    # a Syrian resort, and Douma spelt with a final ta marbuta
    c = claims("قتل ثلاثة عناصر من القوات النظامية في كمين قرب بلدة بلودان أمس.")[0]
    assert c.place.governorate == "rif_dimashq"
    c = claims("قتل عشرة مدنيين بقصف على مدينة دومة السورية صباح الجمعة.")[0]
    assert c.place.governorate == "rif_dimashq"
    # towns abroad: a Kurdish town of Iraq, a Jordanian town
    c = claims("قتل مقاتلان من حزب كردي إيراني بقصف على مقره في مدينة كوي سنجق.")[0]
    assert c.place.governorate == "iraq"
    c = claims("أصيب أربعة أشخاص بانفجار في مدينة الفحيص الأردنية مساء الجمعة.")[0]
    assert c.place.governorate == "other"
    # "حضر" is a Golan town only when named as one, not the verb "attended"
    c = claims("قتل خمسة عناصر من اللجان الشعبية في بلدة حضر بريف القنيطرة.")[0]
    assert c.place.governorate == "quneitra"
    c = claims("حضر مئات الأشخاص تشييع ثلاثة قتلى سقطوا في قصف على مدينة حلب.")[0]
    assert c.place.governorate == "aleppo"


def test_the_ghouta_named_after_its_capital_is_the_countryside():
    # "غوطة دمشق" is the Ghouta region, in Rif Dimashq, not the city of Damascus
    c = claims("قتل سبعة مدنيين في قصف مدفعي على غوطة دمشق الشرقية صباح السبت.")[0]
    assert c.place.governorate == "rif_dimashq" and c.place.name == "غوطة دمشق الشرقية"
    # a town located in it lies there too
    c = claims("قتل أربعة مدنيين في غارة على مدينة دوما بغوطة دمشق ليل الأحد.")[0]
    assert c.place.governorate == "rif_dimashq" and c.place.name == "دوما"


def test_a_hospital_the_wounded_were_taken_to_is_not_where_they_were_hit():
    text = "أصيب ستة مدنيين بقذائف سقطت على بلدة كفرنبل، ونقل المصابون إلى مستشفى باب الهوى."
    c = claims(text)[0]
    assert c.place.name == "كفرنبل" and c.place.governorate == "idlib"
    # a hospital that was itself hit is still the place
    c = claims("قتل أربعة مدنيين في غارة استهدفت مستشفى باب الهوى فجر الخميس.")[0]
    assert c.place.name == "مستشفى باب الهوى"


def test_a_town_name_shaped_as_an_adjective_after_a_definite_word_is_that_adjective():
    # "المعارك الليلية" are nightly battles, not the village of al-Lailiya
    c = claims("قتل تسعة مقاتلين في محافظة الحسكة خلال المعارك الليلية مع القوات النظامية.")[0]
    assert c.place.name == "الحسكة" and c.place.governorate == "hasakah"
    # after a preposition it is the town
    c = claims("قتل خمسة مدنيين بقذائف سقطت على السلمية بريف حماة صباح الاثنين.")[0]
    assert c.place.governorate == "hama"


def test_two_countries_adjectives_joined_by_and_name_no_country():
    text = "قتل 11 مدنيا في غارات جوية روسية وسورية على بلدات الغوطة الشرقية المحاصرة."
    c = claims(text)[0]
    assert c.place.name == "الغوطة الشرقية" and c.place.governorate == "rif_dimashq"


def test_a_verb_after_a_village_noun_is_no_village_name():
    # "قرية تقطنها أغلبية ..." is "a village inhabited by ...", not a village called "تقطنها"
    text = "واستهدف المسلحون قرية تقطنها أغلبية درزية في ريف السويداء، وقتلوا ثلاثة من سكانها."
    c = claims(text)[0]
    assert c.place.name != "تقطنها" and c.place.governorate == "suwayda"
    # an unlisted village whose name merely starts like a verb is still read
    c = claims("قتل أربعة مدنيين في قصف على قرية تلمنس بريف إدلب.")[0]
    assert c.place.name == "تلمنس"


def test_a_wire_dateline_does_not_place_a_story_whose_lead_names_another_town():
    text = ("دمشق (ا ف ب) - تشن القوات النظامية اليوم حملة واسعة على احياء في مدينة حمص.\n"
            "وقال ناشط إن الحملة تتواصل منذ الصباح.\n"
            "واشار المرصد الى ان الهجوم اسفر عن مقتل العشرات من الجنود.")
    c = claims(text)[-1]
    assert c.place.governorate == "homs"


def test_winning_a_war_is_no_border_town():
    text = "أكد الرئيس أنه على يقين من كسب الحرب، فيما قتل أربعة مدنيين في قصف على بلدة تلبيسة بريف حمص."
    c = claims(text)[0]
    assert c.place.name == "تلبيسة"
    c = claims("قتل خمسة مقاتلين في معارك قرب بلدة كسب بريف اللاذقية.")[0]
    assert c.place.governorate == "latakia"


def test_a_word_of_time_after_the_capital_is_no_place_name():
    c = claims("قتل خمسة أشخاص في قصف على العاصمة صباح اليوم، بحسب مصادر طبية.")[0]
    assert c.place.name != "صباح اليوم"
    c = claims("تواصلت المعارك في ريف دمشق وأطراف العاصمة غداة يوم دام قتل فيه أكثر من 200 شخص.")[0]
    assert c.place.name != "غداة" and c.place.governorate == "rif_dimashq"


def test_where_a_hospital_lies_is_not_where_its_wounded_were_hit():
    text = ("نقل ثلاثة جرحى من الجنود إلى مستشفى ربيعة شمالي العراق، إثر إصابتهم في اشتباكات "
            "قرب منفذ اليعربية.")
    c = claims(text)[0]
    assert c.place.governorate == "hasakah"


def test_a_battles_total_told_after_its_town_is_that_towns():
    text = ("قال المرصد إن اشتباكات عنيفة تدور منذ أيام في مدينة الميادين بمحافظة دير الزور بين "
            "التنظيم والقوات الحكومية.\n"
            "وأسفرت المعارك المتواصلة منذ فجر الأحد عن مقتل 17 عنصرا من الطرفين.")
    c = claims(text)[-1]
    assert c.place.name == "الميادين" and c.place.governorate == "deir_ez_zor"
    # a total over the whole country is not the town's
    text = ("قال المرصد إن اشتباكات عنيفة تدور في مدينة الميادين بمحافظة دير الزور.\n"
            "وأسفرت المعارك في كل انحاء البلاد منذ فجر الأحد عن مقتل 170 شخصا.")
    assert claims(text)[-1].place.name != "الميادين"


def test_the_bare_capital_is_the_capital_the_story_named_or_nothing():
    # what befell the capital is no name of it
    c = claims("تعرضت العاصمة لهجوم بقذائف الهاون أدى إلى مقتل خمسة مدنيين، حسب المرصد.")[0]
    assert c.place.name is None and c.place.governorate == "unknown"
    # the capital named before it (the dateline too) is the one meant, where the word is
    text = ("شهدت دمشق صباح اليوم هدوءا حذرا.\n"
            "ولاحقا قتل ثلاثة مدنيين حين سقطت قذائف على مبنى حكومي في العاصمة، وفق مصادر طبية.")
    c = claims(text)[-1]
    assert c.place.name == "دمشق" and c.place.governorate == "damascus"
    c = claims("بغداد (رويترز) - وصل الوزير أمس. وقتل عشرة أشخاص في تفجير سيارة مفخخة في العاصمة.")[-1]
    assert c.place.name == "بغداد"


def test_around_or_beside_the_capital_is_not_the_capital():
    text = ("شهدت دمشق صباح اليوم هدوءا حذرا.\n"
            "وفي محيط العاصمة قتل أربعة مقاتلين في اشتباكات عنيفة في مدينة دوما، بحسب المرصد.")
    assert claims(text)[-1].place.name == "دوما"
    text = ("شهدت دمشق صباح اليوم هدوءا حذرا.\n"
            "وقتل ستة مدنيين في قصف على مدينة دوما شرقي العاصمة، بحسب المرصد.")
    assert claims(text)[-1].place.name == "دوما"


def test_a_title_made_of_a_quarters_name_and_its_adjective_is_no_place():
    c = claims("أعرب الأمين العام عن قلقه، فيما قتل ثمانية أشخاص في انفجار هز وسط حلب.")[0]
    assert c.place.name == "حلب"
    c = claims("أصيب الأمين العام للحزب في الانفجار الذي قتل فيه عشرة أشخاص في دمشق.")[0]
    assert c.place.name == "دمشق"
    # named after its noun, the quarter still is one
    assert claims("قتل خمسة مدنيين في قصف على حي الأمين في دمشق.")[0].place.name == "الأمين"


def test_saida_of_daraa_and_sidon_of_lebanon():
    c = claims("قتل سبعة مدنيين في غارات على بلدة صيدا بريف درعا الشرقي.")[0]
    assert c.place.name == "صيدا" and c.place.governorate == "daraa"
    c = claims("قتل شخصان في اشتباك مسلح في مدينة صيدا جنوب لبنان.")[0]
    assert c.place.name == "صيدا" and c.place.governorate == "other"


# Place and governorate (Arabic): places named only to say where something lies around a
# city, and cities named for their governments.
def test_near_damascus_is_the_countryside_around_it():
    for text in ("وقتل 12 شخصا في غارات على بلدات قرب دمشق مساء الأحد.",
                 "أسفر القصف على مواقع بالقرب من العاصمة دمشق عن مقتل سبعة عناصر.",
                 "قتل تسعة مقاتلين في اشتباكات عنيفة على أطراف دمشق."):
        place, prov = _place(text)
        assert place.governorate == "rif_dimashq" and place.name == "دمشق", text
        assert prov is not None and prov.span.text == "دمشق"


def test_a_quarter_in_the_north_of_damascus_stays_in_the_city():
    place, _ = _place("قتل خمسة أشخاص في انفجار سيارة مفخخة في شمال دمشق.")
    assert place.governorate == "damascus"


def test_a_town_near_damascus_keeps_its_own_place():
    place, prov = _place("قتل عشرة مدنيين في قصف على مدينة دوما قرب دمشق.")
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"


def test_a_sentence_turning_to_another_matter_takes_no_place_told_before():
    text = ("قصفت الطائرات حي الشعار في مدينة حلب صباح اليوم.\n"
            "من ناحية أخرى، قال المرصد إن عدد قتلى المعارك في البلاد ارتفع إلى 90 شخصا.")
    c = [c for c in claims(text) if c.figures[0].low == 90][0]
    assert c.place.governorate != "aleppo"
    # ... unless it points back to them ("في هذه المنطقة")
    text = ("اندلعت اشتباكات عنيفة في مدينة درعا صباح السبت.\n"
            "من جهة أخرى، قال المرصد إن المعارك في هذه المنطقة أوقعت 13 قتيلا من القوات الحكومية.")
    c = [c for c in claims(text) if c.figures[0].low == 13][0]
    assert c.place.governorate == "daraa"


def test_a_quarter_named_in_a_camp_lies_where_the_camp_is():
    # "التقدم" is listed only as a quarter of another city: "in" the camp says where it is
    place, prov = _place("قتل طفل جراء سقوط قذيفة على حي التقدم في مخيم اليرموك مساء الأحد.")
    assert place.name == "التقدم" and place.governorate == "damascus" and prov.span.text == "التقدم"


def test_a_dateline_set_off_by_an_underscore_is_where_the_reporter_files_from():
    text = ("لندن _أ ش أ ذكرت صحيفة بريطانية اليوم أن الطائرات الحربية شنت غارات على مناطق مكتظة "
            "بالسكان مما أسفر عن إصابة العشرات من المدنيين.")
    c = claims(text)[0]
    assert c.place.name != "لندن" and c.place.governorate != "other"


def test_a_given_name_that_spells_a_governorate_abroad_is_no_place():
    text = "دفن الشيخ قرب قبر صلاح الدين الأيوبي، بعد أن قتل مع 40 آخرين في تفجير استهدف مسجدا في دمشق."
    c = claims(text)[0]
    assert c.place.governorate == "damascus" and c.provenance["place"].span.text == "دمشق"
    # the Iraqi governorate named with its noun is still one
    c = claims("قتل 12 شخصا في انفجار سيارة مفخخة في محافظة صلاح الدين.")[0]
    assert c.place.governorate == "iraq"


def test_a_name_several_places_share_is_read_where_the_story_is():
    # "المزرعة" is a quarter of Damascus and a town of Suwayda
    text = ("هز انفجار عنيف وسط دمشق صباح اليوم.\n"
            "وقال المرصد إن 30 شخصا قتلوا في انفجار سيارة مفخخة أمام حاجز في منطقة المزرعة.")
    c = [c for c in claims(text) if c.figures[0].low == 30][0]
    assert c.place.name == "المزرعة" and c.place.governorate == "damascus"
    # ... or beside the other places of its sentence, a land apart
    c = claims("قتل 30 شخصا في الانفجار الذي هز وسط دمشق قرب مكتب الجبهة الديموقراطية لتحرير فلسطين "
               "في منطقة المزرعة.")[0]
    assert c.place.governorate == "damascus"
    # a governorate named as such is not read elsewhere
    text = ("سيطر مقاتلون على حاجز في بلدة بريف درعا.\n"
            "من جهة ثانية، قتل 35 مقاتلا في معارك في قرى في محافظة القنيطرة.")
    c = [c for c in claims(text) if c.figures[0].low == 35][0]
    assert c.place.governorate == "quneitra"


def test_a_capital_named_bare_beside_another_place_is_its_government():
    text = ("لم يبدأ المحققون عملهم بعد في دوما التي تعرضت لهجوم كيميائي أسفر عن مقتل 40 شخصا "
            "واتهمت القوى الغربية دمشق بتنفيذه.")
    place, prov = _place(text)
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"
    # after "in", or in apposition, the capital is still where it happened
    place, _ = _place("قتل 49 شخصا في تفجير انتحاري في أحد مساجد دمشق مساء الخميس.")
    assert place.governorate == "damascus"
    place, _ = _place("منطقة الحسينية، شمالي بغداد، شهدت انفجار عبوة ناسفة أدى إلى مقتل شخص.")
    assert place.governorate == "iraq"


def test_a_region_after_the_border_with_is_the_other_side():
    text = ("في محافظة درعا، سيطر مقاتلون على مركز سرية مدفعية في قرية جملة الواقعة على الحدود مع "
            "الجولان السوري المحتل، اثر معارك قتل فيها 11 مقاتلا.")
    c = claims(text)[0]
    assert c.place.governorate == "daraa"


# Place and governorate (Arabic): a place named in an adjunct of motive ("ردا على ...") is
# where the answered deed happened, not where the response struck or killed.
def test_a_place_in_the_motive_after_the_figure_is_not_the_claims():
    place, prov = _place("قصفت المدفعية التركية مواقع للمسلحين في سوريا أمس مما أسفر عن مقتل خمسة "
                         "مسلحين ردا على هجوم بسيارة مفخخة في مدينة منبج.")
    assert place.name == "سوريا" and place.governorate == "unknown"
    assert prov is not None and prov.span.text == "سوريا"


def test_a_response_of_another_kind_does_not_take_the_answered_deeds_place():
    text = ("شنت طائرات إسرائيلية غارات على مواقع عسكرية في سوريا ليل الأربعاء ردا على إطلاق "
            "صواريخ على مرتفعات الجولان. وقال المرصد السوري لحقوق الإنسان إن الغارات أسفرت عن "
            "مقتل 12 مقاتلا.")
    place, prov = _place(text)
    assert place.governorate != "quneitra" and place.name == "سوريا"
    assert prov is not None and prov.span.text == "سوريا"


def test_the_answered_deeds_own_toll_keeps_its_place():
    text = ("شنت طائرات التحالف غارات على مواقع التنظيم ردا على تفجير انتحاري في مدينة منبج. "
            "وقال المرصد السوري لحقوق الإنسان إن التفجير أسفر عن مقتل 20 شخصا.")
    place, prov = _place(text)
    assert place.name == "منبج" and place.governorate == "aleppo"
    assert prov is not None and prov.span.text == "منبج"


def test_a_figure_inside_the_motive_keeps_the_place_told_there():
    place, _ = _place("أعلنت الحكومة الحداد ثلاثة أيام ردا على الهجوم الذي أسفر عن مقتل 15 مدنيا "
                      "في مدينة منبج.")
    assert place.name == "منبج" and place.governorate == "aleppo"


def test_guardians_of_a_mosque_are_no_hama():
    for text in ("وأصيب العشرات من حماة الأقصى خلال مواجهات مع الشرطة صباح اليوم.",
                 "وأسفرت المواجهات عن إصابة عشرين من حماة المسجد بجروح."):
        place, _ = _place(text)
        assert place.governorate != "hama" and place.name != "حماة", text


def test_hama_the_city_stays_a_place():
    for text in ("قتل خمسة مدنيين في قصف على حماة أمس.",
                 "قتل خمسة مدنيين في قصف على مدينة حماة المحاصرة.",
                 "قتل خمسة مدنيين في قصف على حماة التي تسيطر عليها القوات.",
                 "قتل ثلاثة عناصر في اشتباكات في ريف حماة الشمالي."):
        place, prov = _place(text)
        assert place.governorate == "hama", text
        assert prov is not None and "حماة" in prov.span.text


def test_two_states_accusing_together_are_no_place():
    for text in ("واتهمت سوريا وروسيا القوات الإسرائيلية بشن الهجوم الذي أسفر عن مقتل 14 شخصا.",
                 "واتهمت فرنسا والولايات المتحدة روسيا بالتستر على الهجوم الذي قتل فيه 40 شخصا."):
        place, prov = _place(text)
        assert place.name is None and prov is None, text


def test_two_states_accusing_leave_the_place_of_the_attack():
    place, prov = _place("واتهمت فرنسا والولايات المتحدة روسيا بالتستر على الهجوم الذي قتل فيه "
                         "40 شخصا في مدينة دوما.")
    assert place.name == "دوما" and place.governorate == "rif_dimashq" and prov.span.text == "دوما"


# Governorate (Arabic), third round: a place named after "opposite" ("المقابلة ل...") is the
# landmark across a border or a river, not where what the sentence counts happened.
def test_the_crossing_opposite_is_no_place_of_the_blast():
    place, _prov = _place("قتل سبعة أشخاص في انفجار سيارة مفخخة عند البوابة الحدودية التركية "
                          "المقابلة للبوابة الحدودية السورية باب الهوى.")
    assert place.governorate != "idlib" and place.name != "باب الهوى"


def test_the_foreign_town_stays_when_the_syrian_crossing_is_only_opposite():
    place, prov = _place("قتل خمسة أشخاص وأصيب عشرون في سقوط قذيفة على بلدة ريحانلي التركية "
                         "القريبة من المعبر المقابل للبوابة السورية باب الهوى.")
    assert place.governorate == "other" and place.name != "باب الهوى"
    assert prov is not None and prov.span.text != "باب الهوى"


def test_a_place_not_after_opposite_keeps_its_governorate():
    place, prov = _place("قتل خمسة مدنيين في قصف على معبر باب الهوى الحدودي مع تركيا.")
    assert "باب الهوى" in place.name and place.governorate == "idlib"
    assert prov is not None and "باب الهوى" in prov.span.text


# a toll shared out place by place, "in" written as the clitic ب glued to the place

_ROUNDUP = ("وقالت لجان التنسيق المحلية إن 40 شخصا قتلوا الجمعة في مناطق مختلفة، في الوقت الذي "
            "سقط فيه 12 قتيلا بحلب و8 قتلى بحمص، بالإضافة إلى 5 قتلى في درعا.")


def _share(text: str, low: int):
    c = next(c for c in claims(text) if any(f.low == low for f in c.figures))
    return c.place, c.provenance.get("place")


def test_a_share_glued_to_its_place_is_placed_there():
    place, prov = _share(_ROUNDUP, 12)
    assert place.name == "حلب" and place.governorate == "aleppo"
    assert prov is not None and prov.span.text == "حلب"
    place, prov = _share(_ROUNDUP, 8)
    assert place.name == "حمص" and place.governorate == "homs"
    assert prov is not None and prov.span.text == "حمص"


def test_a_share_with_a_free_in_still_placed():
    place, prov = _share(_ROUNDUP, 5)
    assert place.name == "درعا" and place.governorate == "daraa"
    assert prov is not None and prov.span.text == "درعا"



# a war's toll of tens of thousands is not the dead of a town named outside its own clause

def _war(text: str):
    c = next(c for c in claims(text) if any((f.low or 0) >= 10000 for f in c.figures))
    return c.place, c.provenance.get("place")


def test_a_war_toll_is_not_the_capital_named_before_it():
    place, _prov = _war("وبقيت العاصمة دمشق في منأى عن المعارك طوال النزاع الذي أسفر عن مقتل "
                        "أكثر من 60 ألف شخص.")
    assert place.governorate == "unknown" and place.name != "دمشق"


def test_a_war_toll_is_not_the_city_abroad_where_it_was_talked_of():
    place, _prov = _war("وفي باريس سئل الوزير عن دعم بلاده للحكومة في الحرب التي يقدر عدد "
                        "ضحاياها بنحو 80 ألف قتيل.")
    assert place.governorate == "unknown" and place.name != "باريس"


def test_a_large_toll_told_in_its_own_place_keeps_it():
    place, prov = _war("وتقول منظمات حقوقية إن نحو 12 ألف مدني قتلوا في قصف القوات الحكومية "
                       "في الغوطة الشرقية منذ بدء الحصار.")
    assert place.governorate == "rif_dimashq"
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


# the region a story's lead is about, named after the country it lies in

def test_a_total_with_no_place_takes_the_leads_region_after_the_country():
    text = ("تواصلت الغارات رغم الدعوات إلى هدنة في سوريا، خاصة على الغوطة الشرقية المحاصرة. "
            "وقال الأطباء إن المستشفيات ممتلئة بالجرحى. "
            "وكان عدد القتلى منذ بداية الأسبوع قد تجاوز 400 شخص.")
    c = next(c for c in claims(text) if any(f.low == 400 for f in c.figures))
    assert c.place.governorate == "rif_dimashq" and c.place.name == "الغوطة الشرقية"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


def test_a_lead_naming_only_the_country_gives_no_region():
    text = ("تواصلت الغارات رغم الدعوات إلى هدنة في سوريا. "
            "وقال الأطباء إن المستشفيات ممتلئة بالجرحى. "
            "وكان عدد القتلى منذ بداية الأسبوع قد تجاوز 400 شخص.")
    c = next(c for c in claims(text) if any(f.low == 400 for f in c.figures))
    assert c.place.governorate == "unknown"


# the country right after a place of its own only locates it

def test_a_total_in_a_region_located_in_syria_is_the_regions():
    c = claims("ونددت الخارجية بالقصف الذي يشنه النظام وأوقع أكثر من 400 قتيل منذ الأحد "
               "في الغوطة الشرقية بسوريا.")[0]
    assert c.place.name == "الغوطة الشرقية" and c.place.governorate == "rif_dimashq"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "الغوطة الشرقية"


def test_a_total_over_the_country_stays_the_countrys():
    c = claims("قتل 300 شخص في مناطق مختلفة في سوريا منذ الأحد.")[0]
    assert c.place.name == "سوريا" and c.place.governorate == "unknown"


# where the wounded were treated is not where they were hit

def test_the_country_of_treatment_is_no_place_of_the_wounding():
    c = claims("تلقى ستة جرحى أصيبوا في اشتباكات بين الجيش ومسلحين العلاج في الأردن، حسب الوكالة.")[0]
    assert c.place.governorate != "other" and c.place.name != "الأردن"


def test_the_place_of_the_fight_stays_when_treatment_is_told_after():
    c = claims("أصيب ستة مدنيين في قصف على مدينة درعا ونقلوا للعلاج في الأردن.")[0]
    assert c.place.name == "درعا" and c.place.governorate == "daraa"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "درعا"


# link22: where a speaker is when he tells it (a visit, a speech, a press conference) is no
# place of what he tells

def test_the_place_of_a_visit_is_no_place_of_the_attack():
    text = "وقال الرئيس خلال زيارة إلى الشطر الشمالي من قبرص إن الهجوم أوقع 30 قتيلا."
    c = claims(text)[0]
    assert c.place.name != "قبرص" and c.place.governorate != "other"


def test_the_place_of_a_press_conference_is_no_place_of_the_attack():
    c = claims("وقال الوزير في مؤتمر صحفي في أنقرة إن 12 شخصا قتلوا في قصف على بلدة كلس.")[0]
    assert c.place.name == "كلس"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "كلس"
    c = claims("وقال الوزير في مؤتمر صحفي في أنقرة إن 12 شخصا قتلوا.")[0]
    assert c.place.name != "أنقرة"


# place22: a region told right after the count; a quarter known elsewhere; a weak name as an adjective; the same area

def test_a_region_told_right_after_the_count_is_its_place():
    # a town of the region is named earlier in the sentence; the count is told in the region
    text = ("استعادت الفصائل نقاطا في مدينة جسر الشغور، وأسفرت الاشتباكات عن مقتل 9 مقاتلين من "
            "المعارضة في سهل الغاب وريف جسر الشغور.")
    c = claims(text)[0]
    assert c.place.name == "سهل الغاب وريف جسر الشغور" and c.place.governorate == "unknown"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "سهل الغاب وريف جسر الشغور"
    # a town after the count's "in" stays the town
    c = claims("قتل 9 مدنيين في مدينة جسر الشغور بريف إدلب.")[0]
    assert c.place.name == "جسر الشغور" and c.place.governorate == "idlib"


def test_a_quarter_known_elsewhere_lies_in_the_sentences_governorate():
    # "جوبر" is listed as a Damascus quarter; the sentence's other places are all in Homs
    text = ("وفي حمص قالت الحكومة إن قواتها تصدت لهجوم في الحولة وأوقعت قتلى من المسلحين، "
            "وطال القصف والاشتباكات جوبر والسلطانية.")
    c = claims(text)[0]
    assert c.place.governorate == "homs"
    # with no other place, the quarter keeps the gazetteer's governorate
    c = claims("قتل ثلاثة مدنيين في قصف على حي جوبر.")[0]
    assert c.place.name == "جوبر" and c.place.governorate == "damascus"


def test_a_total_shared_out_over_governorates_next_is_the_countrys():
    text = ("تدور اشتباكات عنيفة في محيط الجامع الأموي في حلب.\n"
            "وقال المرصد إن عدد قتلى الاشتباكات ارتفع إلى 100 شخص.\n"
            "ففي محافظة ريف دمشق قتل 24 مواطنا، وفي محافظة درعا قتل 15 مواطنا.")
    c = next(c for c in claims(text) if c.figures[0].low == 100)
    assert c.place.governorate == "unknown" and c.place.name == "سوريا"
    # a next sentence that goes on in one governorate leaves the town told before
    text = ("تدور اشتباكات عنيفة في محيط الجامع الأموي في حلب.\n"
            "وقال المرصد إن عدد قتلى الاشتباكات ارتفع إلى 100 شخص.\n"
            "ففي حي السبع بحرات قتل 24 مواطنا.")
    c = next(c for c in claims(text) if c.figures[0].low == 100)
    assert c.place.governorate == "aleppo"


def test_a_weak_name_after_a_definite_noun_is_its_adjective():
    # "الحاضر" (a town near Aleppo) is "the present" after "الوقت", even with Aleppo near
    text = ("قتل 18 شخصا في قصف على حي في حلب. وقالت رئيسة الاتحاد: «في الوقت الحاضر لا نعرف "
            "شيئا عن ثلاثة صحافيين فقدوا»، وكانوا في منطقة حلب.")
    for c in claims(text):
        assert c.place.name != "الحاضر"
    c = next(c for c in claims(text) if c.figures[0].kind == "missing")
    assert c.place.governorate == "aleppo"
    # the name bare after a place's noun is still the town
    c = claims("قتل خمسة مدنيين في قصف على بلدة الحاضر بريف حلب.")[0]
    assert c.place.name == "الحاضر" and c.place.governorate == "aleppo"


def test_the_same_area_is_the_place_last_named():
    text = ("وتلاحق الجبهة المقاتلين في محافظة إدلب كما في ريف حلب.\n"
            "وينتمي المقاتلون إلى مجموعة تدربت في تركيا.\n"
            "وهاجمت الجبهة مقرا للفرقة في المنطقة نفسها، ووقعت اشتباكات تسببت بمقتل 25 عنصرا.")
    c = claims(text)[0]
    assert c.place.governorate == "aleppo"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "ريف حلب"
    # "the same quarter" is the quarter, not the city that located it
    text = ("في دمشق، قتل ثلاثة أطفال في سقوط قذائف على حي جوبر في شرق العاصمة.\n"
            "وقتل ستة مقاتلين في الحي نفسه في قصف بعد منتصف الليل.")
    assert claims(text)[-1].place.name == "جوبر"


# place24: a place named only to locate the town before it is not the story's setting
def test_a_country_only_claim_takes_the_town_not_its_locator():
    text = ("وقصفت طائرات حربية مواقع للجبهة قرب بلدة اعزاز شمالي مدينة حلب.\n"
            "وأسفر القتال في شمال سوريا عن مقتل 13 شخصا على الأقل.")
    c = claims(text)[0]
    assert c.place.name == "اعزاز" and c.place.governorate == "aleppo"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "اعزاز"
    # a quarter located by its city keeps the city's governorate (not a namesake elsewhere)
    text = ("وقع انفجار في جامع في منطقة المزرعة بدمشق.\n"
            "وأسفر التفجير في سوريا عن مقتل 42 شخصا.")
    c = claims(text)[0]
    assert c.place.name == "المزرعة" and c.place.governorate == "damascus"


# place24: a lead total told again and shared out over governorates is the country's
def test_a_lead_total_told_again_shared_out_is_not_its_first_share():
    text = ("أكدت المعارضة مقتل 60 شخصا برصاص قوات الأمن الجمعة.\n"
            "وقالت اللجان إن حصيلة القتلى ارتفعت إلى 60، وتوزع القتلى بواقع 30 في دمشق وريفها "
            "و20 في حلب وعشرة في درعا.")
    c = claims(text)[0]
    assert c.figures[0].low == 60
    assert c.place.governorate == "unknown" and c.place.name == "سوريا"
    # told again with a place of its own, the total is still placed there
    text = ("أكدت المعارضة مقتل 60 شخصا برصاص قوات الأمن الجمعة.\n"
            "وقالت اللجان إن 60 شخصا قتلوا في حي الخالدية بحمص.")
    assert claims(text)[0].place.governorate == "homs"


# place24: a total with a Syrian place nearer it in its own clause is not placed in Syria
def test_a_total_told_in_a_syrian_place_is_not_the_countrys():
    for text in ("وأسفرت الحملة على ريف إدلب منذ بدء الهجوم عن أكثر من 140 قتيلا، وفق المرصد الذي "
                 "يعتمد على مصادر في كل سوريا.",
                 "وجاءت الاشتباكات بعد إقرار هدنة في سوريا عقب أيام من تصعيد النظام في ريف إدلب أسفر "
                 "عن أكثر من 300 قتيل."):
        c = claims(text)[0]
        assert c.scope == "cumulative"
        assert c.place.governorate == "idlib", text
        assert c.provenance["place"].span.text == "ريف إدلب"
    # a war's toll of thousands stays the country's, whatever place the sentence names
    c = claims("وامتدت الحرب في سوريا التي تسببت في مقتل 70 الف شخص الى مرتفعات الجولان.")[0]
    assert c.place.name == "سوريا" and c.place.governorate == "unknown"
    c = claims("وقتل 40 شخصا في مناطق مختلفة من سوريا الثلاثاء، بحسب المرصد.")[0]
    assert c.place.name == "سوريا"


# place24: a total that points back to "the town" is that town's
def test_a_total_told_in_the_town_is_the_town_last_named():
    text = ("واستأنفت القوات هجومها على مدينة دوما بعد تعثر اتفاق الإجلاء.\n"
            "وقتل منذ الجمعة 70 مدنيا في غارات على المدينة، وفق المرصد.")
    c = claims(text)[0]
    assert c.scope == "cumulative"
    assert c.place.name == "دوما" and c.place.governorate == "rif_dimashq"
    prov = c.provenance.get("place")
    assert prov is not None and prov.span.text == "دوما"
    # without "the town" the total is not the town's
    text = ("واستأنفت القوات هجومها على مدينة دوما بعد تعثر اتفاق الإجلاء.\n"
            "وقتل منذ الجمعة 70 مدنيا في غارات، وفق المرصد.")
    assert claims(text)[0].place.name is None


# place24: a lead set in a land beside its home dateline is not placed at the dateline's city
def test_a_lead_set_abroad_is_not_placed_at_its_home_dateline():
    text = ("دمشق (ا ف ب) - أكد الرئيس السوري الاثنين تمسك بلاده بمواقفها، في يوم انفجرت فيه سيارة "
            "مفخخة في تركيا.\n"
            "وقال مسؤول تركي إن الانفجار وقع قرب معبر حدودي.\n"
            "وقتل اربعة اشخاص في الانفجار القوي، بحسب المسؤول.")
    c = claims(text)[0]
    assert c.place.name == "تركيا" and c.place.governorate == "other"
    assert c.provenance["place"].source == "lead" and c.provenance["place"].span.text == "تركيا"
    # a lead naming no land keeps its dateline as the story's place
    text = ("دمشق (ا ف ب) - أكد الرئيس السوري الاثنين تمسك بلاده بمواقفها.\n"
            "وقال مسؤول إن الانفجار كان قويا.\n"
            "وقتل اربعة اشخاص في الانفجار القوي، بحسب المسؤول.")
    assert claims(text)[0].place.governorate == "damascus"


# place24: a war's toll is the country's though its sentence names a town for something else
def test_a_war_toll_beside_a_town_told_for_something_else_is_the_countrys():
    text = ("وتشهد سوريا نزاعا داميا منذ سنتين.\n"
            "وبعد سنتين على سقوط القتيل الاول في درعا، احصى المرصد مقتل اكثر من 6800 طفل جراء "
            "النزاع الذي قتل فيه قرابة 59 الف شخص.")
    c = claims(text)[0]
    assert c.place.name == "سوريا" and c.place.governorate == "unknown"
    assert c.provenance["place"].span.text == "سوريا"


# place24: a war's toll in a story that names only Syrian towns (no country) is Syria's
def test_a_war_toll_in_a_story_of_syrian_towns_is_syrias():
    text = ("قتل خمسة اشخاص في قصف على حي في حلب.\n"
            "وادى النزاع السوري الى مقتل اكثر من 60 الف شخص، بحسب الامم المتحدة.")
    c = claims(text)[-1]
    assert c.figures[0].low == 60000
    assert c.place.name == "سوريا" and c.place.governorate == "unknown"
    assert c.provenance["place"].span.text == "حلب"  # the country read from the towns it holds
    # a story told abroad leaves a war's toll unplaced
    text = ("قتل خمسة اشخاص في قصف على حي في اسطنبول.\n"
            "وادى النزاع الى مقتل اكثر من 40 الف شخص.")
    assert claims(text)[-1].place.name is None


# place24: a story gone on to other governorates since its lead no longer tells of the lead's place
def test_an_unplaced_claim_far_from_a_lead_the_story_left_is_not_the_leads():
    opening = ("قتل خمسة مدنيين في قصف على مدينة دوما في الغوطة الشرقية.\n"
               "وفي حلب، قتل ثلاثة مقاتلين في اشتباكات في حي الشيخ مقصود.\n")
    middle = ("وقالت الأمم المتحدة إنها قلقة.\nودعت الدول إلى الحوار.\nوأعربت المنظمات عن أسفها.\n"
              "وذكرت صحيفة أن سبعة عمال قتلوا في تفجير انتحاري قبل سنوات.")
    c = claims(opening + middle)[-1]
    assert c.place.name is None and c.place.governorate == "unknown"
    # a story that has not left the lead's governorate keeps the lead's place
    c = claims(opening.split("\n")[0] + "\n" + middle)[-1]
    assert c.place.name == "دوما" and c.provenance["place"].source == "lead"


# place24: "the targeted site" told in the next sentence places an attack told only in its country
def test_the_targeted_site_told_next_places_the_attack():
    text = ("قتل 12 مسلحا في غارات للتحالف استهدفت مواقع عسكرية شرقي سوريا.\n"
            "وذكر المرصد أن المنطقة المستهدفة كانت في جنوب مدينة البوكمال.")
    c = claims(text)[0]
    assert c.place.name == "البوكمال" and c.place.governorate == "deir_ez_zor"
    assert c.provenance["place"].span.text == "البوكمال"
    # a town told next without pointing back to the target is some other strike's
    text = ("قتل 12 مسلحا في غارات للتحالف استهدفت مواقع عسكرية شرقي سوريا.\n"
            "وذكر المرصد أن التحالف نفذ غارات أخرى على مدينة البوكمال.")
    assert claims(text)[0].place.governorate == "unknown"


# place27: a land glued to "ل" after "المحاذية"/"المتاخمة" is the neighbour of the region meant
def test_a_land_after_a_word_of_bordering_is_no_place():
    c = claims("قتل 12 مدنيا في غارة جوية على قرية في المنطقة المتاخمة للعراق.")[0]
    assert c.place.governorate == "unknown" and "place" not in c.provenance
    c = claims("قتل 12 مدنيا في غارة جوية على قرى في المنطقة المحاذية لمحافظة القنيطرة.")[0]
    assert c.place.governorate == "unknown"
    # the region itself named before the word stays the place
    c = claims("قتل 12 مدنيا في غارة جوية على قرى في ريف دير الزور المحاذي للعراق.")[0]
    assert c.place.governorate == "deir_ez_zor" and c.provenance["place"].span.text == "ريف دير الزور"


# place27: where a speaker tells the press ("للصحفيين في جنيف") is no place of what he tells
def test_where_a_speaker_told_the_press_is_no_place():
    c = claims("وقال المسؤول للصحفيين في جنيف إن 20 شخصا قتلوا في قصف.")[0]
    assert c.place.name is None and "place" not in c.provenance


# place28: a region's total keeps the region though an apposition stands before "near" the capital
def test_a_total_in_a_region_described_near_the_capital_is_the_regions():
    c = claims("قتل أكثر من 900 مدني خلال أسبوعين من القصف الذي تشنه القوات على الغوطة الشرقية، "
               "آخر معقل كبير لفصائل المعارضة المسلحة قرب دمشق، بحسب المرصد.")[0]
    assert c.place.name == "الغوطة الشرقية" and c.place.governorate == "rif_dimashq"
    assert c.provenance["place"].span.text == "الغوطة الشرقية"


# place28: "بصدد" (about to) is no town Sadad; the town after its noun still is
def test_about_to_is_no_town():
    c = claims('وقال الجيش إنه "بصدد استعادة" المواقع بعد مقتل 40 مسلحا شرق حلب.')[0]
    assert c.place.name == "حلب"
    c = claims("قتل خمسة مدنيين في قصف على بلدة صدد.")[0]
    assert c.place.name == "صدد" and c.place.governorate == "homs"


# place28: a place a distance is measured from ("على بعد 10 كلم من", "يبعد 20 كلم عن") is a reference point
def test_a_place_a_distance_is_measured_from_is_no_place_of_the_claim():
    text = ("قالت الوزارة إن انفجارا في بلدة سروج التركية أسفر عن مقتل 27 شخصا.\n"
            "ولم يتضح سبب الانفجار في البلدة التي تقع على بعد نحو عشرة كيلومترات من بلدة عين العرب (كوباني) السورية.\n"
            "وأفاد مسؤول بأن حصيلة القتلى الأولية هي 10 ضحايا.")
    c = claims(text)[-1]
    assert c.place.name == "سروج" and c.place.governorate == "other"
    assert c.provenance["place"].span.text == "سروج"
    # the reference point alone is still the best the sentence tells
    c = claims("قتل 8 مسلحين في غارة على موقع عسكري يبعد 20 كلم عن منطقة التنف.")[0]
    assert c.place.name == "التنف" and c.place.governorate == "homs"


# place28: seas are places where planes fall and boats sink; a sea told before is not carried over
def test_a_sea_is_a_place_outside_the_governorates():
    c = claims("وتحطمت طائرة نقل عسكرية في البحر الأسود بعيد إقلاعها ما أدى إلى مقتل 60 شخصا.")[0]
    assert c.place.name == "البحر الأسود" and c.place.governorate == "other"
    assert c.provenance["place"].span.text == "البحر الأسود"
    c = claims("وقالت المنظمة إن أكثر من ألف مهاجر لقوا حتفهم في البحر المتوسط هذا العام.")[0]
    assert c.place.name == "البحر المتوسط" and c.place.governorate == "other"
    # "المتوسط" alone is no sea
    c = claims("وقتل 12 شخصا في قصف على مدينة حلب بصواريخ متوسطة المدى.")[0]
    assert c.place.name == "حلب"


def test_a_sea_where_ships_sailed_is_not_the_place_of_a_toll_told_later():
    text = ("اتهمت دول غربية القوات الحكومية بهجوم كيميائي على مدينة دوما في الغوطة الشرقية.\n"
            "وأبحرت مدمرة أمريكية في البحر المتوسط.\n"
            "وأضاف المسعفون أن الأعراض شملت صعوبة التنفس.\n"
            "وتتراوح تقديرات عدد القتلى في الهجوم بين 40 و70 شخصا.")
    c = claims(text)[-1]
    assert c.place.name == "دوما" and c.place.governorate == "rif_dimashq"


# place28: "طريق الباب" is Aleppo's quarter (the road to al-Bab), not the town of al-Bab
def test_the_al_bab_road_quarter_is_aleppos():
    c = claims("وقال المرصد إن 20 شخصا قتلوا في قصف صاروخي على حي طريق الباب شرقي مدينة حلب.")[0]
    assert c.place.name == "طريق الباب" and c.place.governorate == "aleppo"
    assert c.provenance["place"].span.text == "طريق الباب"
    c = claims("وقتل خمسة مدنيين في غارة على مدينة الباب.")[0]
    assert c.place.name == "الباب" and c.place.precision == "town"
    # a quarter near another quarter only says where the first lies
    c = claims("وقتل 31 شخصا في قصف على حي جبل بدرو قرب طريق الباب في مدينة حلب.")[0]
    assert c.place.name == "جبل بدرو"


# place28: a monitor's office abroad ("مدير المرصد ... في لندن", "الأمم المتحدة في جنيف") is no place of its count
def test_a_monitors_office_abroad_is_no_place():
    c = claims("ونقلت الوكالة عن مدير المرصد السوري لحقوق الإنسان في لندن أن غارات قتلت سبعة مسلحين.")[0]
    assert c.place.name is None and "place" not in c.provenance
    c = claims("وقال المتحدث باسم الأمم المتحدة في جنيف إن 20 مدنيا قتلوا في غارات على إدلب.")[0]
    assert c.place.governorate == "idlib"
    # a place abroad told as where the count happened stays
    c = claims("وقال المرصد إن 5 جنود قتلوا في هجوم في تركيا.")[0]
    assert c.place.name == "تركيا"


# place28: a land that is also a side ("تركيا") is a place after "in" and its region ("في جنوب شرق تركيا")
def test_a_sides_land_told_by_its_region_is_a_place():
    c = claims("وتبنى الحزب مقتل جنديين في انفجار سيارة مفخخة في جنوب شرقي تركيا.")[0]
    assert c.place.name == "تركيا" and c.place.governorate == "other"
    assert c.provenance["place"].span.text == "تركيا"
    # a town named before it is the place; the land only says where it lies
    c = claims("وقتل ثلاثة أشخاص في بلدة سروج بجنوب شرق تركيا.")[0]
    assert c.place.name == "سروج"
    # and it sets no scene for the sentences after it
    text = ("وقتل 30 شخصا في تفجير في مدينة سروج.\n"
            "وأظهرت صور جثثا في البلدة الواقعة بجنوب شرق تركيا.\n"
            "وقال شاهد إنه رأى 20 جثة.")
    assert claims(text)[-1].place.name == "سروج"


# place28: a capital right after "with" ("يقاتل مع دمشق") is the government acted with, no place
def test_a_capital_after_with_is_the_government():
    text = ("وسلم عناصر من التنظيم أنفسهم لفصيل يقاتل مع دمشق بعد اتفاق تسوية في بلدة حيط.\n"
            "وخلال عملية التسليم، قتل 34 من عناصر التنظيم.")
    c = claims(text)[-1]
    assert c.place.name == "حيط" and c.place.governorate != "damascus"
    assert c.provenance["place"].span.text == "حيط"
    # the capital as a place stays one: "in" Damascus, or with its noun
    c = claims("وقتل 5 مدنيين في انفجار مع ساعات الصباح في دمشق.")[0]
    assert c.place.governorate == "damascus"


# place28: a story whose opening names one land abroad and no place else is set in that land
def test_a_story_opened_in_one_land_abroad_is_set_there():
    text = ("أعلنت وزارة الدفاع أن قياديا في التنظيم قتل في غارة جوية في أفغانستان الشهر الماضي.\n"
            "وقال مصدر في الحركة إنه دفن مع مقاتلين آخرين.\n"
            "وقالت الوزارة إن القيادي كان أحد ثلاثة مسلحين قتلوا في الغارة.")
    c = claims(text)[-1]
    assert c.place.name == "أفغانستان" and c.place.governorate == "other"
    assert c.provenance["place"].source == "lead"
    # not when the story names a Syrian place before the claim
    text = text.replace("وقال مصدر في الحركة إنه دفن مع مقاتلين آخرين.",
                        "وقال مصدر إن قياديا آخر قتل في إدلب قبل شهر.")
    assert claims(text)[-1].place.name != "أفغانستان"
