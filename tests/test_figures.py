"""Casualty figures read from hand-written Arabic sentences (codebook qualifier table)."""

import pytest

from rasd.extract.figures import find_figures
from rasd.text import normalize
from rasd.text.lexicon import tokens
import rasd.lang.base as lang_base
from rasd.lang import pack
from rasd.lang.base import Cased
from rasd.extract.figures import lexicons
from rasd.text.normalize import norm
from rasd.text.segment import sentences
from helpers import claims, figures_with_spans, kinds_and_lows


def figures(sentence: str, all_hits: bool = False):
    nt = normalize(sentence)
    return [(h.figure.kind, h.figure.group, h.figure.low, h.figure.high, h.figure.qualifier)
            for h in find_figures(nt, tokens(nt.text)) if h.recorded or all_hits]


# === figures of whole claims (extract) on unseen text; every sentence is written for these tests
def claim_figs(text: str) -> list[tuple]:
    """(kind, group, low, high, qualifier) of every figure of the claims read from ``text``."""
    return [(f.kind, f.group, f.low, f.high, f.qualifier) for c in claims(text) for f in c.figures]


def _kinds(c):
    return sorted(f.kind for f in c.figures)


def _found_figures(sentence: str, lang: str = "ar"):
    """(kind, group, low) of the recorded figures the finder reads in one sentence."""
    nt = normalize(sentence)
    return [(h.figure.kind, h.figure.group, h.figure.low)
            for h in find_figures(nt, tokens(nt.text), lang=lang) if h.recorded]


# == the dead and the wounded one claimant counts side by side in one sentence are one claim,
# though a relative verb of the attack was read as an event of its own; headlines of other
# stories listed on the page are no claims
def test_killed_and_wounded_of_one_blast_are_one_claim():
    text = ("وقالت وزارة الداخلية إن الانفجار الذي استهدف سوقا شعبيا في مدينة حمص أسفر عن مقتل "
            "17 شخصا، بالإضافة إلى 40 جريحا.")
    cs = claims(text)
    assert len(cs) == 1
    assert _kinds(cs[0]) == ["injured", "killed"]
    assert cs[0].event_type == "bombing"


def test_two_attacks_told_in_one_sentence_stay_two_claims():
    text = "قتل خمسة مدنيين في غارة جوية على سرمين، فيما أصيب ثلاثة آخرون في قصف مدفعي على بنش."
    assert len(claims(text)) == 2


_BODY = ("قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في قصف جوي على بلدة في ريف إدلب.\n"
         "وأضاف المرصد أن القصف استهدف سوقا شعبيا وسط البلدة صباح اليوم.\n"
         "ولم تعلق الحكومة على هذه الأنباء حتى الآن.\n")


def test_other_stories_headlines_listed_on_the_page_are_no_claims():
    text = _BODY + ("مقتل 30 جنديا في هجوم على حاجز قرب حماة\n"
                    "اعتقال 5 أشخاص بتهمة تهريب السلاح عبر الحدود\n"
                    "وكان المرصد قد أحصى في وقت سابق مقتل أكثر من 40 شخصا في المحافظة.\n")
    figs = {f.low for c in claims(text) for f in c.figures}
    assert 12 in figs and 40 in figs
    assert not figs & {30, 5}


def test_a_single_line_without_a_stop_is_still_read():
    text = _BODY + "مقتل 30 جنديا في هجوم على حاجز قرب حماة\nوقال مصدر عسكري إن الهجوم وقع فجرا.\n"
    assert 30 in {f.low for c in claims(text) for f in c.figures}


# == a toll told after the count it rose to, casualties negated over a verb's subject or denied,
# counts of blows, a word of rank before the side, and a casualty verb of another clause before
# "فيما"/"بينما"
# -- the count a toll rose to, the toll noun after it ---------------------------------------

def test_count_before_its_toll_noun_takes_the_nouns_kind_and_group():
    text = "وقال المرصد إنه ارتفع إلى 33 عدد الشهداء المدنيين في القصف على مدينة دوما."
    assert ("killed", "civilians", 33, 33, "exact") in claim_figs(text)


def test_count_before_people_whose_relative_clause_tells_their_death():
    text = "ارتفع إلى 12 عدد السوريين الذين قضوا في تفجير سيارة مفخخة في دمشق، بحسب المرصد."
    assert ("killed", "unspecified", 12, 12, "exact") in claim_figs(text)


def test_count_before_a_toll_of_no_casualty_is_no_figure():
    assert claim_figs("ارتفع إلى 20 عدد الأطفال الذين نزحوا من المدينة خلال الأسبوع.") == []
    assert claim_figs("ارتفع إلى 300 عدد الغارات على المدينة منذ الصباح.") == []


# -- negation and denial ---------------------------------------------------------------------

def test_negated_result_with_its_subject_between_is_no_figure():
    assert claim_figs("لم يسفر الهجوم عن سقوط قتلى في صفوف المدنيين.") == []
    assert claim_figs("ولم تؤد الغارة التي استهدفت الحي إلى مقتل أحد من السكان.") == []


def test_not_only_keeps_the_casualties():
    text = "لم تؤد الغارات على المدينة إلى قتل العشرات فحسب، بل دمرت المستشفى الوحيد فيها."
    assert ("killed", "unspecified", 20, 99, "dozens") in claim_figs(text)


def test_a_denied_death_is_no_figure_but_denied_blame_keeps_it():
    assert claim_figs("وقال الطبيب إن المرضى عولجوا وغادروا نافيا مقتل عشرات الأشخاص.") == []
    assert ("killed", "civilians", 12, 12, "exact") in claim_figs("ونفى الجيش مسؤوليته عن مقتل 12 مدنيا في القصف.")


# -- what is counted -------------------------------------------------------------------------

def test_a_count_of_stabs_or_bullets_is_no_count_of_the_dead():
    assert all(f[2] != 3 for f in claim_figs("وتوفي الرجل بثلاث طعنات في صدره بعد نقله إلى المستشفى."))
    assert all(f[2] != 5 for f in claim_figs("قتل شاب بخمس رصاصات في رأسه قرب منزله."))


def test_a_word_of_rank_before_the_membership_word_still_reaches_the_side():
    text = "أفاد المرصد بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية."
    assert claim_figs(text) == [("killed", "combatants", 2, 2, "exact")]


def test_at_least_written_in_one_word():
    text = "وقتل 40 شخصا بينهم مالايقل عن 15 من القوات النظامية في التفجير."
    assert ("killed", "combatants", 15, None, "at_least") in claim_figs(text)


def test_a_casualty_verb_before_faima_gives_no_kind_to_the_next_clause():
    got = claim_figs("قتل مئات الأشخاص في القصف، فيما بقي مئات الآلاف من السكان عالقين في المنطقة.")
    assert got == [("killed", "unspecified", 200, 999, "hundreds")]
    got = claim_figs("قتل ثلاثون مدنيا في المعارك بينما فر نحو مليون آخرين من البلاد.")
    assert all(f[2] != 1000000 for f in got)
    # ... a verb after it is still that clause's own
    got = claim_figs("قتل ثلاثة مدنيين فيما أصيب عشرة أشخاص بجروح في القصف.")
    assert ("injured", "unspecified", 10, 10, "exact") in got


def test_the_dead_mourned_or_condoled_are_no_toll():
    assert claim_figs("وأعلن الرئيس الحداد العام يوم السبت على أرواح شهداء سوريا.") == []
    assert claim_figs("وقدم الوزير تعازيه لأسر ضحايا الهجوم على السوق.") == []


# == a range written "بين ... إلى ...", a multiplier closing a range, a nationality adjective
# between a noun and its count, the wounded who died
# -- ranges ----------------------------------------------------------------------------------

def test_between_with_ila_is_a_range_not_two_counts():
    assert claim_figs("وأصيب ما بين 40 إلى 60 شخصا في انفجار السوق.") == [("injured", "unspecified", 40, 60, "about")]
    assert claim_figs("وقتل بين عشرة الى عشرين مدنيا في القصف.") == [("killed", "civilians", 10, 20, "about")]


def test_from_to_stays_an_update_of_the_toll():
    assert claim_figs("وارتفع عدد القتلى من 9 إلى 17 قتيلا في الهجوم.") == [("killed", "unspecified", 17, 17, "exact")]


def test_a_multiplier_closing_a_range_is_both_ends():
    assert ("killed", "unspecified", 3000, 5000, "about") in claim_figs("وأدت الحملة إلى مقتل ما بين ثلاثة إلى خمسة آلاف شخص.")
    assert ("killed", "unspecified", 20000, 30000, "about") in claim_figs("وقتل بين 20 و30 ألف شخص خلال الحصار.")
    # the first end with its own hundreds is no share of the thousands
    assert ("killed", "unspecified", 500, 2000, "about") in claim_figs("وقتل بين 500 وألفي شخص في المعارك.")


# -- the noun a count written after it counts ------------------------------------------------

def test_a_nationality_adjective_between_the_noun_and_its_count():
    assert claim_figs("وأكدت الوزارة مقتل عسكريين روسيين اثنين في قصف على القاعدة.") == [("killed", "combatants", 2, 2, "exact")]
    assert ("killed", "civilians", 2, 2, "exact") in claim_figs("وقتل مواطنين لبنانيين اثنين بنيران قناص على الحدود.")


# -- among the dead --------------------------------------------------------------------------

def test_a_count_said_to_be_among_the_dead_is_killed():
    assert claim_figs("وذكرت وكالة محلية أن 4 أفغان كانوا بين القتلى في الغارة على المعسكر.") == \
        [("killed", "unspecified", 4, 4, "exact")]
    assert ("killed", "children", 12, 12, "exact") in claim_figs("وقالت المنظمة إن 12 طفلا من بين القتلى.")


def test_a_share_of_a_toll_told_after_it_is_no_count_of_its_own():
    out = claim_figs("وقال المسعفون إن ثلاثة أشخاص من الجيران بين القتلى الـ 19 في البلدة.")
    assert ("killed", "unspecified", 3, 3, "exact") not in out
    assert ("killed", "unspecified", 19, 19, "exact") in out


def test_among_the_wounded_who_died_stays_killed():
    text = "وقال الجيش إن جنديين آخرين من بين الجرحى الستة لقوا مصرعهم لاحقا في المستشفى."
    assert [f for f in claim_figs(text) if f[0] == "injured"] == []


# -- died of wounds --------------------------------------------------------------------------

def test_the_wound_someone_died_of_is_no_injured_count():
    assert claim_figs("ونقل الحارسان إلى المستشفى حيث توفي أحدهما متأثرا بإصابته.") == []
    out = claim_figs("وقالت المصادر إن الحصيلة ارتفعت إلى 9 قتلى مع وفاة جريح متأثرا بإصابته.")
    assert out == [("killed", "unspecified", 9, 9, "exact")]


def test_wounded_people_who_died_are_killed():
    out = claim_figs("وأوضح الطبيب أن الحصيلة ارتفعت بعد وفاة مصابين متأثرين بجراحهم في المستشفى الميداني.")
    assert ("injured", "unspecified", 1, None, "some") not in out
    assert ("killed", "unspecified", 1, None, "some") in out


def test_someone_still_suffering_his_wound_is_not_said_to_have_died():
    assert claim_figs("وقال الشاهد إن الرجل خرج من المبنى وهو متأثر بإصابته في القصف.") == [("injured", "unspecified", 1, 1, "exact")]


# -- a toll reported to have risen -----------------------------------------------------------

def test_the_verbal_noun_of_a_rising_toll_reaches_its_count_over_a_date():
    text = "وأفادت الهيئة بارتفاع حصيلة القتلى، الأربعاء 6 آذار، بنيران القوات الحكومية إلى 58 شخصا."
    assert claim_figs(text) == [("killed", "unspecified", 58, 58, "exact")]


def test_two_toll_words_before_the_noun_still_open_the_toll():
    text = "وأعلن ناشطون ارتفاع حصيلة أعداد القتلى، الجمعة 8 أيار، في أنحاء البلاد إلى 64 شخصا."
    assert claim_figs(text) == [("killed", "unspecified", 64, 64, "exact")]


def test_a_rise_of_prices_is_no_toll():
    assert claim_figs("وأدى ارتفاع أسعار الوقود إلى 300 ليرة إلى احتجاجات في المدينة.") == []


# == two single people joined by "و", a side losing its own fighters with "فقد", a toll
# "divided into" its parts
# -- two single people joined by "و" ---------------------------------------------------------

def test_two_single_people_of_one_group_are_two():
    assert claim_figs("وأصيب شرطي وضابط في انفجار عبوة قرب الدوار.") == [("injured", "combatants", 2, 2, "exact")]
    assert claim_figs("وقتل ضابط ميداني وجندي في اشتباك قرب البلدة.") == [("killed", "combatants", 2, 2, "exact")]
    assert claim_figs("بينما قتل قائد عسكري وأحد العناصر في «لواء الفتح» خلال المعارك.") == [("killed", "combatants", 2, 2, "exact")]
    assert claim_figs("ولقي ضابط وجندي من قوات النظام مصرعهما في الكمين.")[0][2:4] == (2, 2)


def test_two_single_people_of_two_groups_stay_one_each():
    got = claim_figs("وقتل طفل وامرأة في غارة على القرية.")
    assert ("killed", "children", 1, 1, "exact") in got and ("killed", "women", 1, 1, "exact") in got


def test_one_person_of_a_named_nation_and_another_of_a_side_are_not_merged():
    got = claim_figs("وقتل جندي أردني وآخر من التنظيم في تبادل لإطلاق النار.")
    assert ("killed", "combatants", 2, 2, "exact") not in got


def test_two_verbs_two_people_are_not_one_count():
    got = claim_figs("وقتل جندي وأصيب ضابط في الهجوم على الحاجز.")
    assert ("killed", "combatants", 1, 1, "exact") in got and ("injured", "combatants", 1, 1, "exact") in got


# -- a side losing its own men -----------------------------------------------------------------

def test_a_side_lost_its_own_fighters_they_were_killed():
    assert claim_figs("وفقد الفصيل 27 من مقاتليه في المعارك الأخيرة.") == [("killed", "combatants", 27, 27, "exact")]
    assert claim_figs("ففقدت الميليشيا تسعة من عناصرها خلال الهجوم.") == [("killed", "combatants", 9, 9, "exact")]


def test_missing_people_stay_missing():
    for text in ("وفقد أربعة صحافيين في المنطقة منذ يومين.", "وفقد خمسة من أبنائها في القصف."):
        got = claim_figs(text)
        assert got and all(k == "missing" for k, *_ in got)


# -- a toll divided into its parts -------------------------------------------------------------

def test_a_toll_divided_into_fighters_and_civilians():
    got = claim_figs("وقتلت الغارات 61 شخصا، يتوزعون إلى 11 مسلحا و50 مدنيا.")
    assert ("killed", "combatants", 11, 11, "exact") in got
    assert ("killed", "civilians", 50, 50, "exact") in got


# -- "one at least" after a singular noun -----------------------------------------------------

def test_one_at_least_after_a_singular_noun_is_one_figure():
    assert claim_figs("وقتل جندي واحد على الأقل في الهجوم على المطار.") == [("killed", "combatants", 1, None, "at_least")]
    assert claim_figs("وقتل جندي واحد في الهجوم على المطار.") == [("killed", "combatants", 1, 1, "exact")]


def test_two_single_children_in_a_sub_count_are_two():
    got = claim_figs("وقتل أربعة مدنيين بينهم طفل وطفلة في القصف على الحي.")
    assert ("killed", "children", 2, 2, "exact") in got
    assert ("killed", "children", 1, 1, "exact") not in got


# == claims split on unseen text: hard-wrapped lines set in deep inside a sentence, and a bare
# casualty plural saying what a counted subject fell as
# -- hard-wrapped text -------------------------------------------------------------------------

WRAPPED = ("حلب - وكالة\n"
           "قال ناشطون إن القصف تواصل على الأحياء الشرقية.\n"
           "وأفادت\n"
           "          مصادر طبية في المدينة بأن قذائف سقطت على سوق شعبي، مما أدى\n"
           "          إلى مقتل 9 أشخاص بينهم امرأتان.\n"
           "وكانت الأمم المتحدة قد دعت إلى التهدئة.")


def test_lines_set_in_deep_inside_a_sentence_do_not_end_it():
    ss = sentences(WRAPPED)
    texts = [WRAPPED[s.start:s.end] for s in ss]
    one = [t for t in texts if t.startswith("وأفادت")]
    assert len(one) == 1 and one[0].endswith("امرأتان.")
    assert len(ss) == 4  # the dateline, the first, the wrapped and the last sentence


def test_a_wrapped_count_keeps_its_claimant_and_one_claim():
    cs = claims(WRAPPED)
    tolls = [c for c in cs if any(f.low == 9 for f in c.figures)]
    assert len(tolls) == 1


def test_an_abbreviated_title_before_a_set_in_line_does_not_end_the_sentence():
    text = "دمشق\nوقال وزير الصحة د.\n        سامر الخطيب إن المشفى استقبل 5 جرحى.\n"
    assert len(sentences(text)) == 2


def test_a_closed_line_before_a_set_in_line_stays_a_break():
    text = "دمشق\nقتل مدنيان في القصف.\n        وأصيب آخرون بجروح.\n"
    assert len(sentences(text)) == 3


def test_a_short_line_before_a_line_set_in_by_one_space_stays_a_heading():
    text = "دمشق\nقال ناشطون إن الاشتباكات تواصلت.\nمعارك الريف\n وتقدمت القوات نحو البلدة.\n"
    assert len(sentences(text)) == 4


# -- "سقطوا قتلى" -------------------------------------------------------------------------------

def test_what_a_counted_subject_fell_as_is_no_second_count():
    assert claim_figs("وذكر المرصد أن 31 شخصا على الأقل سقطوا قتلى في الغارات على البلدة.") == \
        [("killed", "unspecified", 31, None, "at_least")]


def test_a_singular_verb_of_falling_still_counts_the_plural_after_it():
    got = claim_figs("وسقط قتلى وجرحى في قصف استهدف السوق.")
    assert [g[0] for g in got] == ["casualties"]


# -- a count's "من" phrase before its breakdown and verb ----------------------------------------

def test_one_agreeing_with_a_thing_counts_no_one():
    assert claim_figs("وقال ناشطون إن 15 مدنيا من عائلة واحدة قتلوا في قصف جوي.") == \
        [("killed", "civilians", 15, 15, "exact")]


def test_a_breakdown_after_the_counts_of_phrase_keeps_the_count():
    got = claim_figs("وذكر المرصد أن 15 مدنيا على الأقل من عائلة واحدة بينهم 5 أطفال قتلوا في غارة على القرية.")
    assert ("killed", "civilians", 15, None, "at_least") in got and ("killed", "children", 5, 5, "exact") in got


def test_a_breakdown_after_another_verb_is_no_casualty_aside():
    got = claim_figs("وأكدت الشركة أن خمسة أشخاص كانوا على متن المروحية من بينهم طيارها، وأصيب ثلاثة من المارة.")
    assert not any(g[2] == 5 for g in got)


# == number words that were misread (a definite teen, two counts of thousands joined by "و"),
# and the groups of the counted
# -- numbers ---------------------------------------------------------------------------------

def test_a_definite_teen_reads_its_unit():
    assert claim_figs("وقال الدفاع المدني إن الخمسة عشر شخصا قضوا تحت أنقاض المبنى في بلدة كفرنبل.") == [
        ("killed", "unspecified", 15, 15, "exact")]


def test_a_unit_after_a_ten_is_the_next_number():
    got = claim_figs("وأفاد المسعفون بأن من بين القتلى الاثني عشر أربعة أطفال في القصف على بلدة معرة النعمان.")
    assert ("killed", "children", 4, 4, "exact") in got
    assert not any(f[2] in (16, 14) for f in got)


def test_two_counts_of_thousands_are_a_range():
    assert ("killed", "unspecified", 4000, 7000, "about") in claim_figs(
        "وتقدر منظمات إنسانية أن بين أربعة آلاف وسبعة آلاف شخص قتلوا خلال سنوات الحصار.")
    assert ("killed", "unspecified", 200000, 300000, "about") in claim_figs(
        "ويقدر باحثون أن بين مئتي ألف وثلاثمئة ألف شخص قتلوا في الحرب.")
    # a thousand and a smaller order still add up
    assert ("killed", "unspecified", 1300000, 1300000, "exact") in claim_figs("وقتل مليون وثلاثمائة ألف شخص في الحرب.")


def test_others_right_after_a_count_is_no_vague_figure():
    assert claim_figs("قتل عنصر من الشرطة في كمين قرب بلدة سلقين، وأصيب جنديين سوريين آخرين.") == [
        ("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 2, 2, "exact")]


def test_one_after_a_singular_person_counts_no_one_else():
    assert claim_figs("وقتل مجند واحد في انفجار عبوة على طريق بلدة الصنمين.") == [("killed", "combatants", 1, 1, "exact")]


# -- groups ----------------------------------------------------------------------------------

def test_rebels_conscripts_and_police_are_fighters():
    assert claim_figs("وقال المرصد إن ثمانية متمردين قتلوا في اشتباكات قرب بلدة اللطامنة.") == [
        ("killed", "combatants", 8, 8, "exact")]
    assert claim_figs("وأصيب ستة رجال شرطة بانفجار سيارة مفخخة أمام مخفر في بلدة الباب.") == [
        ("injured", "combatants", 6, 6, "exact")]
    assert claim_figs("وقتل خمسة مجندين في هجوم على حاجز قرب بلدة خان طومان.") == [("killed", "combatants", 5, 5, "exact")]
    assert claim_figs("وقتل ثلاثة من حرس الحدود في اشتباك قرب بلدة خربة الجوز.") == [("killed", "combatants", 3, 3, "exact")]
    assert claim_figs("وقتل أربعة من الثوار في معارك قرب بلدة اللطامنة.") == [("killed", "combatants", 4, 4, "exact")]


def test_civilians_stay_civilians():
    assert claim_figs("وقتل سبعة مدنيين في قصف على بلدة اللطامنة.") == [("killed", "civilians", 7, 7, "exact")]


def test_members_of_a_unit_or_named_group_are_fighters():
    assert claim_figs("وقتل ثلاثة من الفرقة الرابعة في اشتباكات قرب بلدة داريا.") == [("killed", "combatants", 3, 3, "exact")]
    assert claim_figs("وقتل ستة من فيلق الرحمن في قصف على بلدة عربين.") == [("killed", "combatants", 6, 6, "exact")]
    assert claim_figs("وقتل خمسة من أحرار الشام في كمين قرب بلدة سراقب.") == [("killed", "combatants", 5, 5, "exact")]
    # a family or a rescue body stays civilian
    assert claim_figs("وقتل ثلاثة من عناصر الدفاع المدني في غارة على بلدة سراقب.") == [("killed", "civilians", 3, 3, "exact")]


# == death and wounds told together are casualties; bodies shown in pictures are no count
def test_death_and_wounds_told_together_before_one_count_are_casualties():
    for text in ("وأسفرت الغارات عن مصرع وإصابة العشرات من المسلحين في ريف حماة.",
                 "وتسبب القصف باستشهاد وجرح عشرات المدنيين في دوما."):
        f = claims(text)[0].figures
        assert [x.kind for x in f] == ["casualties"], text
    # a first count with its verb, then a second: two kinds
    f = claims("قالت مصادر إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين في غارات على إدلب.")[0].figures
    assert {x.kind for x in f} == {"killed", "injured"}


def test_bodies_shown_in_pictures_are_no_count():
    assert claims("وعرضت القناة لقطات من داخل المبنى، ظهر فيها العديد من الجثث على الأرض.") == []
    assert claims("ونشرت الصفحة صورًا لعشرات الجثث على ضفة النهر.") == []
    # a count told beside the pictures is still one
    cs = claims("وقال الدفاع المدني إن 12 شخصا قتلوا في القصف، ونشر صورا لعشرات الجثث.")
    assert [c.figures[0].low for c in cs] == [12]


# == refugees and the displaced told after a toll are no count of the dead
# -- refugees written with the hamza on a dotless yaa are no toll --------------------------------
def test_refugees_misspelt_are_not_counted_dead():
    (c,) = claims("وقال المبعوث إن الحرب خلفت 90 ألف قتيل، ومليونا ونصف مليون لاجىء في دول الجوار.")
    assert kinds_and_lows(c) == {("killed", 90000)}


def test_the_displaced_after_a_toll_are_not_counted_dead():
    (c,) = claims("وقالت المنظمة إن الحرب خلفت 400 ألف قتيل و12 مليون مشرد منذ بدايتها.")
    assert kinds_and_lows(c) == {("killed", 400000)}
    (c,) = claims("وقالت المنظمة إن الحرب خلفت 400 ألف قتيل وملايين المهجرين منذ بدايتها.")
    assert kinds_and_lows(c) == {("killed", 400000)}


# == counts of fighters, of others, of a share among the victims; worshippers and protesters
def test_a_count_before_the_number_of_fighters_counts_fighters():
    cs = claims("أفاد المرصد السوري بمقتل 51 عدد عناصر تنظيم داعش جراء قصف طائرات التحالف على مواقعه في بلدة مورك.")
    assert [[(f.kind, f.group, f.low, f.text) for f in c.figures] for c in cs] == [
        [("killed", "combatants", 51, "بمقتل 51 عدد عناصر")]]
    assert cs[0].victims == "isis"


def test_the_second_sides_count_after_a_long_side_name_is_read():
    cs = claims("ووثق المرصد مقتل 76 عنصرا من قوات النظام والمسلحين الموالين لها، و43 مقاتلا من جيش الإسلام في المعارك قرب بلدة حرستا.")
    got = sorted((c.victims, [(f.kind, f.group, f.low, f.text) for f in c.figures]) for c in cs)
    assert got == [("opposition", [("killed", "combatants", 43, "43 مقاتلا من جيش")]),
                   ("syrian_gov", [("killed", "combatants", 76, "مقتل 76 عنصرا من قوات")])]


def test_a_count_of_others_past_the_day_of_the_count_before():
    cs = claims("وقال المرصد إن الغارات الجوية قتلت حوالي 40 شخصا يوم الجمعة الماضية، و30 آخرين يوم السبت.")
    assert sorted((f.kind, f.low, f.text) for c in cs for f in c.figures) == [
        ("killed", 30, "30 آخرين"), ("killed", 40, "قتلت حوالي 40 شخصا")]
    assert {c.claimant for c in cs} == {"sohr"}
    # a count with its own verb keeps it
    cs = claims("وقتل 40 شخصا في دوما واعتقل 30 آخرين في حرستا.")
    assert sorted((f.kind, f.low) for c in cs for f in c.figures) == [("detained", 30), ("killed", 40)]


def test_a_share_among_the_victims_is_counted_a_bare_plural_is_not():
    cs = claims("أعلن المرصد أن 44 شخصا على الأقل قتلوا في ضربات جوية على قرية في إدلب. ومن بين الضحايا 11 امرأة و6 أطفال.")
    assert sorted((f.kind, f.group, f.low) for c in cs for f in c.figures) == [
        ("killed", "children", 6), ("killed", "unspecified", 44), ("killed", "women", 11)]
    cs = claims("قتل 61 شخصا في انفجار قرب مبنى في حي المزرعة. وبين الضحايا اطفال كانوا في المدارس.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "unspecified", 61)]


def test_one_person_killed_in_it():
    cs = claims("وانفجرت عبوة ناسفة بدورية للجيش قرب درعا قتل فيه ضابط صف وأصيب جنديان بجروح.")
    assert [[(f.kind, f.group, f.low, f.text) for f in c.figures] for c in cs] == [
        [("killed", "combatants", 1, "ضابط صف"), ("injured", "combatants", 2, "وأصيب جنديان بجروح")]]


def test_worshippers_and_protesters_are_civilians():
    cs = claims("وأطلقت قوات الأمن قنابل الغاز ما أوقع عشرات الإصابات في صفوف المصلين في المسجد.")
    assert [[(f.kind, f.group) for f in c.figures] for c in cs] == [[("injured", "civilians")]]
    cs = claims("وأعلنت وزارة الصحة مقتل 2 من المتظاهرين في الاشتباكات قرب الميدان.")
    assert [[(f.kind, f.group, f.low) for f in c.figures] for c in cs] == [[("killed", "civilians", 2)]]


def test_dozens_of_them_after_fighters_are_fighters():
    cs = claims("واستهدفت الطائرات عناصر التنظيم في المدينة وقتلت العشرات منهم.")
    assert [[(f.kind, f.group, f.qualifier) for f in c.figures] for c in cs] == [[("killed", "combatants", "dozens")]]
    # after a place, "them" says nothing of who they were
    cs = claims("وقصفت الطائرات البلدة وقتلت العشرات منهم.")
    assert [[(f.kind, f.group) for f in c.figures] for c in cs] == [[("killed", "unspecified")]]


# == an emir killed is one fighter; princes and weeks spent (قضى) are no toll
def test_an_emir_killed_is_one_fighter():
    cs = claims("وقال المرصد إن الاشتباكات أدت إلى مقتل أمير التنظيم في المدينة إضافة إلى خمسة من عناصر الجيش.")
    assert ("killed", "combatants", 1, "أمير") in figures_with_spans(cs[0])
    cs = claims("وأسفر الهجوم عن مقتل امير من الجماعة في قرية قرب الحدود.")
    assert [figures_with_spans(c) for c in cs] == [[("killed", "combatants", 1, "امير")]]


def test_two_princes_are_no_toll():
    cs = claims("وقضت محكمة الثلاثاء بأن أميرين يواجهان دعوى قضائية في لندن.")
    assert cs == []


def test_weeks_spent_are_no_toll():
    cs = claims("وصل الوزير إلى باريس قادما من واشنطن حيث قضى ثلاثة أسابيع في محادثات.")
    assert cs == []
    cs = claims("وقضى الرجل خمسة شهور في السجن قبل أن يفرج عنه.")
    assert cs == []


def test_fallen_among_dead_and_wounded_are_casualties():
    cs = claims("وقالت المصادر إن 12 مدنيا سقطوا بين قتيل وجريح في قصف على البلدة.")
    assert [figures_with_spans(c) for c in cs] == [[("casualties", "civilians", 12, "12 مدنيا سقطوا بين قتيل وجريح")]]


# == vocabulary written once: a named body's side is read from the marks of actors.tsv, not
# copied into the figures' lexicons
@pytest.mark.parametrize("sentence,lang,expected", [
    # a body named in actors.tsv (marked armed) after "من"/"from": its people are combatants
    ("قتل 14 شخصا من هيئة تحرير الشام في الاشتباكات", "ar", ("killed", "combatants", 14)),
    ("لقي 9 أشخاص من الجبهة الجنوبية حتفهم", "ar", ("killed", "combatants", 9)),
    ("قتل خمسة أشخاص من داعش قرب البلدة", "ar", ("killed", "combatants", 5)),
    ("Clashes killed 12 people from Hezbollah", "en", ("killed", "combatants", 12)),
    # an actor not marked armed (a country) says nothing of the counted people's side
    ("قتل 6 أشخاص من تركيا في الحادث", "ar", ("killed", "unspecified", 6)),
])
def test_named_armed_body_after_of(sentence, lang, expected):
    assert expected in _found_figures(sentence, lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_armed_words_name_no_actor(lang):
    """figure_context "armed" rows are the words that name no actor: a named body is marked in
    actors.tsv instead, so that the two lists cannot drift apart."""
    P = pack(lang)
    actors = {norm(row[1]) for row in P.rows("actors") if len(row) >= 2}
    copied = [row[1] for row in P.rows("figure_context") if row[0] == "armed" and norm(row[1]) in actors]
    assert copied == []
    assert P.marked("actors", "armed")  # and the marks are read


def test_actor_marked_armed_is_read_in_a_figures_context(monkeypatch):
    """A body added to actors.tsv with the mark "armed" is read as a side of fighters."""
    sentence = "قتل 6 أشخاص من أنصار الفجر في الكمين"  # (a made-up name)
    assert ("killed", "unspecified", 6) in _found_figures(sentence)
    real = lang_base.rows

    def rows(code, name):
        yield from real(code, name)
        if code == "ar" and name == "actors":
            yield ["opposition", "أنصار الفجر", "armed"]

    monkeypatch.setattr(lang_base, "rows", rows)
    lexicons.cache_clear()
    try:
        assert ("killed", "combatants", 6) in _found_figures(sentence)
    finally:
        monkeypatch.undo()
        lexicons.cache_clear()
    assert ("killed", "unspecified", 6) in _found_figures(sentence)


def test_case_and_armed_marks_together():
    """A cased English name ("IS") keeps its case mark beside "armed": the actor lexicon still
    counts it only written so."""
    P = pack("en")
    assert "IS" in P.marked("actors", "case") and "IS" in P.marked("actors", "armed")
    found = P.load("actors", "actor").match_at(tokens(normalize("IS").text), 0)
    assert found is not None and isinstance(found[0], Cased) and found[0].id == "isis"
    assert not found[0].holds("is") and found[0].holds("IS")


@pytest.mark.parametrize("sentence,expected", [
    ("قتل 12 مدنيا في القصف", ("killed", "civilians", 12, 12, "exact")),
    ("أسفر الهجوم عن مقتل ١٧ شخصا", ("killed", "unspecified", 17, 17, "exact")),
    ("لقي ما لا يقل عن 33 عنصرا من قوات النظام حتفهم", ("killed", "combatants", 33, None, "at_least")),
    ("أدت الغارة إلى مقتل أكثر من 100 شخص", ("killed", "unspecified", 100, None, "more_than")),
    ("تسببت المعارك بمقتل أكثر 40 مقاتلا", ("killed", "combatants", 40, None, "more_than")),
    ("أصيب ما يزيد على خمسين آخرين", ("injured", "unspecified", 50, None, "more_than")),
    ("قتل نحو 150 مقاتلا في المعارك", ("killed", "combatants", 150, 150, "about")),
    ("سقط عشرات الجرحى في السوق", ("injured", "unspecified", 20, 99, "dozens")),
    ("أودت الحرب بحياة آلاف المدنيين", ("killed", "civilians", 2000, None, "thousands")),
    ("قتل ثلاثة وعشرون شخصا", ("killed", "unspecified", 23, 23, "exact")),
    ("سقط مئة وخمسون قتيلا", ("killed", "unspecified", 150, 150, "exact")),
    ("قتل قيادي في الفصيل", ("killed", "combatants", 1, 1, "exact")),
    ("أسفر القصف عن قتيلين", ("killed", "unspecified", 2, 2, "exact")),
    ("سقط نحو 60 عنصرا بين قتيل وجريح", ("casualties", "combatants", 60, 60, "about")),
    ("ما أدى إلى سقوط قتلى وجرحى", ("casualties", "unspecified", 1, None, "some")),
    ("اعتقلت الشرطة 16 شخصا", ("detained", "unspecified", 16, 16, "exact")),
    ("تحدث المصدر عن مقتل أربعة أو خمسة مقاتلين", ("killed", "combatants", 4, 5, "about")),
    # "among" before the side the dead were of; a list joining both sides names no one group
    ("أوقع القصف عددا من القتلى بين السكان المدنيين", ("killed", "civilians", 1, None, "some")),
    ("سقط 12 قتيلا بين عناصر الأمن في التفجير", ("killed", "combatants", 12, 12, "exact")),
    ("سقط نحو 40 قتيلا بين الجنود والمسلحين والمدنيين", ("killed", "unspecified", 40, 40, "about")),
    # journalists, clerics and other civilian callings are civilians
    ("فقد أربعة صحفيين أجانب قرب الحدود", ("missing", "civilians", 4, 4, "exact")),
    ("قتل رجل دين في انفجار عند المسجد", ("killed", "civilians", 1, 1, "exact")),
    # a plural people noun with the article, after a quantity noun or "من"
    ("تمكنت الوحدات من أسر مئات المتشددين", ("detained", "combatants", 200, 999, "hundreds")),
    ("قتل عشرات الجهاديين في الغارات", ("killed", "combatants", 20, 99, "dozens")),
    ("قتل سبعة من المتطرفين في الكمين", ("killed", "combatants", 7, 7, "exact")),
])
def test_figure_forms(sentence, expected):
    assert expected in figures(sentence)


def test_subcount_of_children_is_its_own_figure():
    got = figures("قتل 31 شخصا بينهم 14 طفلا وامرأتان")
    assert ("killed", "unspecified", 31, 31, "exact") in got
    assert ("killed", "children", 14, 14, "exact") in got
    assert ("killed", "women", 2, 2, "exact") in got


def test_unnumbered_children_add_no_figure():
    assert figures("قتل 9 أشخاص بينهم أطفال") == [("killed", "unspecified", 9, 9, "exact")]


def test_killed_and_injured_in_one_sentence():
    got = figures("قتل 18 شخصا وأصيب العشرات بجروح")
    assert got == [("killed", "unspecified", 18, 18, "exact"), ("injured", "unspecified", 20, 99, "dozens")]


def test_toll_update_keeps_only_the_final_figure():
    assert figures("ارتفعت حصيلة القتلى من 8 إلى 31 قتيلا") == [("killed", "unspecified", 31, 31, "exact")]


@pytest.mark.parametrize("sentence", [
    "هاجم 500 مقاتل البلدة فجرا",
    "وقع الهجوم في 8 شباط 2018 على بعد 20 كيلومترا",
    "شنت الطائرات 30 غارة على المنطقة",
    "قتل الرجل البالغ من العمر 45 عاما",
    "صدر القرار 2254 عن مجلس الأمن",
])
def test_numbers_that_are_not_casualties(sentence):
    assert all(f[2] != 500 and f[2] not in (8, 2018, 20, 30, 45, 2254) for f in figures(sentence))


def test_figure_text_points_into_original_text():
    text = "وقُتِلَ ١٤ مدنيًّا في الغارة"
    nt = normalize(text)
    (hit,) = find_figures(nt, tokens(nt.text))
    span = hit.figure.span
    assert text[span.start:span.end] == hit.figure.text
    assert "١٤" in hit.figure.text


def test_subcount_aside_between_count_and_verb():
    got = figures("قال المرصد إن ما لا يقل عن 23 مدنيا، بينهم 7 أطفال، قتلوا فجر اليوم")
    assert got[:2] == [("killed", "civilians", 23, None, "at_least"), ("killed", "children", 7, 7, "exact")]


def test_a_count_at_the_end_of_a_sentence_is_read_without_error():
    # a count whose noun phrase runs to the sentence's last word once raised IndexError
    from rasd.core.models import Article
    from rasd.extract import extract

    extract(Article(id="k", text="خطف مسلحون في سوريا سبعة عمال على الأقل.", published="2020-01-02"))
    extract(Article(id="k2", text="قتل في القصف سبعة", published="2020-01-02"))


@pytest.mark.parametrize("sentence,expected", [
    # the verb opens the clause before its toll noun; only "إلى" stands before the count
    ("وارتفعت حصيلة القتلى في الانفجار، الذي استهدف السوق، الخميس، إلى 49 شخصا",
     [("killed", "unspecified", 49, 49, "exact")]),
    ("وارتفع عدد الجرحى في القصف إلى 12 شخصا", [("injured", "unspecified", 12, 12, "exact")]),
    # no verb of rising: a count after "إلى" is no toll
    ("وصلت القافلة إلى 12 شخصا", []),
])
def test_a_toll_risen_to_a_count_with_the_verb_first(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the subject of "إن" and its sisters, an accusative singular, then a verb of casualty
    ("قال المصدر إن مواطنا قتل برصاص قناص", ("killed", "civilians", 1, 1, "exact")),
    ("ذكرت الوكالة أن جنديا أصيب في الاشتباك", ("injured", "combatants", 1, 1, "exact")),
    ("أكدت الشرطة أن امرأة قتلت في الانفجار", ("killed", "women", 1, 1, "exact")),
    # the accusative object of a verb of casualty, its subject between them
    ("خطف مسلحون مجهولون مساء أمس عنصرا من الشرطة", ("detained", "combatants", 1, 1, "exact")),
    ("قتلت قوات الأمن مسلحا في المداهمة", ("killed", "combatants", 1, 1, "exact")),
    # a dual in construct, its ن dropped before the noun it governs
    ("وقتل ضابطا شرطة في كمين ليلا", ("killed", "combatants", 2, 2, "exact")),
    ("أسفر الكمين عن مقتل ضابطي شرطة", ("killed", "combatants", 2, 2, "exact")),
    ("أدى الانفجار إلى إصابة رجلي الأمن", ("injured", "combatants", 2, 2, "exact")),
    ("أعلن الجيش مقتل عنصري الدورية", ("killed", "combatants", 2, 2, "exact")),
    # a title and a name after a finite verb of casualty
    ("قتل العقيد سامر خليل في كمين على الطريق", ("killed", "combatants", 1, 1, "exact")),
    ("اختطف الملازم عادل حسن من منزله فجرا", ("detained", "combatants", 1, 1, "exact")),
    # a verbal noun whose agent is its pronoun suffix, the count its object
    ("بعد يومين من خطفها ستة مقاتلين", ("detained", "combatants", 6, 6, "exact")),
    # the side named after a qualifier
    ("ما أوقع خمسة جرحى على الأقل في صفوف المقاتلين", ("injured", "combatants", 5, None, "at_least")),
])
def test_one_person_duals_and_objects(sentence, expected):
    assert expected in figures(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("قال المصدر إن مسلحا قتل أربعة مدنيين", [("killed", "civilians", 4, 4, "exact")]),  # the one is the killer
    ("قالت إن امرأة وابنها قتلوا في القصف", []),  # more than one person as the subject
    ("قتل المسلحون ضابطا برتبة عقيد في الكمين", [("killed", "combatants", 1, 1, "exact")]),  # not a dual
    ("استهدف الهجوم رتلا عسكريا قرب الحدود", []),  # an adjective of an accusative noun
])
def test_one_person_readings_refused(sentence, expected):
    assert figures(sentence) == expected


def test_title_without_a_name_or_after_a_verbal_noun_counts_nobody():
    assert figures("أعلن الضابط المسؤول أن الطريق مفتوح") == []
    assert figures("قدم الوزير تعازيه بعد مقتل الشيخ أحمد سالم") == []  # presupposed, not told
    # the same person told twice is one figure
    assert len(figures("قتل العقيد سامر خليل في كمين. وقتل العقيد سامر خليل أثناء عودته")) == 1


def test_first_verb_of_killed_and_wounded_belongs_to_the_one_before():
    got = figures("قال الجيش إن جنديا قتل وجرح اثنان آخران في الهجوم")
    assert ("killed", "combatants", 1, 1, "exact") in got
    assert ("injured", "unspecified", 2, 2, "exact") in got


def test_suicide_attackers_among_fighters_are_no_new_group():
    got = figures("وقال إن 40 مسلحا قتلوا، بينهم 6 انتحاريين، خلال الهجوم")
    assert got == [("killed", "combatants", 40, 40, "exact")]


def test_family_is_not_a_verbal_noun_of_capture():
    assert not any(f[0] == "detained" for f in figures("قتل تسعة مدنيين من أسرة واحدة"))


@pytest.mark.parametrize("sentence", [
    "سقطت قذائف على الحي دون وقوع إصابات",
    "استهدف القصف أطراف القرية دون معلومات عن خسائر بشرية",
    "قصفت المروحيات التلال دون ورود أنباء عن قتلى أو جرحى",
    "أغارت الطائرات على المعبر ولم تسفر عن إصابات",
    # the negation opened by "و" ("ولم" is read whole, not as "و" + "لم")
    "قصفت الطائرات أطراف البلدة، ولم ترد معلومات عن خسائر بشرية",
    "انفجرت عبوة قرب الحاجز ولم يسفر عن سقوط قتلى أو جرحى",
])
def test_a_negated_casualty_phrase_is_no_figure(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "حذر المسؤول من أن استمرار القصف قد يسفر عن مقتل مدنيين",
    "وقال إن الهجوم البري سيؤدي إلى سقوط قتلى",
    "أعلنت الشرطة إحباط محاولة اغتيال ثلاثة ضباط في المدينة",
    "لم يتمكن المراقبون من توثيق أي خسائر بشرية",
    "أخلت السلطات الحي خشية سقوط ضحايا",
])
def test_a_deed_that_may_happen_or_was_only_tried_is_no_figure(sentence):
    assert figures(sentence) == []


def test_the_dead_of_a_thing_told_as_known_are_no_new_count():
    # a bare plural governing a definite noun, or "all" of them: the dead as a class
    assert figures("سلمت الفصائل جثث قتلى النظام إلى الصليب الأحمر") == []
    assert figures("أقيمت صلاة الغائب على أرواح شهداء الثورة") == []
    assert figures("وتعهد بأن دماء كل شهداء اليوم لن تذهب سدى") == []
    # but an occurrence of some dead, on a named day, still is one
    assert figures("أدت الغارة إلى سقوط قتلى وجرحى") == [("casualties", "unspecified", 1, None, "some")]
    assert figures("سقط جرحى الأربعاء في القصف") == [("injured", "unspecified", 1, None, "some")]


def test_a_casualty_noun_in_a_units_name_counts_nobody():
    assert figures("تبنى لواء شهداء الجنوب الهجوم على الحاجز") == []
    assert figures("أعلنت كتائب شهداء البادية مسؤوليتها") == []


def test_a_same_group_subcount_is_not_recorded():
    assert figures("قتل 12 شخصا بينهم أربعة لبنانيين") == [("killed", "unspecified", 12, 12, "exact")]
    assert figures("قتل سبعة مدنيين بينهم ثلاثة مزارعين") == [("killed", "civilians", 7, 7, "exact")]


def test_fighters_of_two_sides_in_a_breakdown_are_both_recorded():
    got = figures("قتل 40 شخصا هم 10 مدنيين و18 مقاتلا معارضا و12 جنديا نظاميا")
    assert ("killed", "combatants", 18, 18, "exact") in got
    assert ("killed", "combatants", 12, 12, "exact") in got


def test_a_placed_subcount_shares_the_toll_out():
    got = figures("أصيب 9 أشخاص بينهم 5 في حمص")
    assert ("injured", "unspecified", 5, 5, "exact") in got


def test_others_after_a_subcount_are_a_figure_of_their_own():
    got = figures("قتل 20 شخصا بينهم 6 أطفال و40 شخصا آخرين أصيبوا بجروح")
    assert ("injured", "unspecified", 40, 40, "exact") in got
    assert ("killed", "unspecified", 40, 40, "exact") not in got


def test_a_same_group_subcount_still_tells_its_side():
    # not a figure, but kept for the victims stage: "ثمانية إيرانيين" says whose dead they are
    got = figures("قتل 12 شخصا بينهم ثمانية إيرانيين", all_hits=True)
    assert ("killed", "unspecified", 8, 8, "exact") in got


def test_a_verb_before_and_a_count_is_its_own_clauses():
    got = figures("قال المصدر إن 30 شخصا بينهم 9 أطفال قتلوا و85 آخرين أصيبوا")
    assert ("injured", "unspecified", 85, 85, "exact") in got


@pytest.mark.parametrize("sentence,expected", [
    ("قال المصدر إن 14 شخصا على الأقل قتلوا في الانفجار", ("killed", "unspecified", 14, None, "at_least")),
    ("أوقع القصف ما لايقل عن 35 قتيلا", ("killed", "unspecified", 35, None, "at_least")),
    ("قتل 70 شخصا بينهم 20 مدنيا وما لا يقل عن 30 من عناصر الفصائل",
     ("killed", "combatants", 30, None, "at_least")),
    ("خلفت الحرب أكثر من نصف مليون قتيل", ("killed", "unspecified", 500000, None, "more_than")),
    ("أودى النزاع بحياة نحو ربع مليون شخص", ("killed", "unspecified", 250000, 250000, "about")),
])
def test_qualifiers_and_fractions(sentence, expected):
    assert expected in figures(sentence)


def test_the_day_of_a_month_is_no_count():
    assert all(f[2] != 12 for f in figures("قال البيان إن القيادي قتل في الـ12 من أغسطس"))
    assert figures("انفجرت العبوة بعد نصف ساعة") == []


def test_a_state_after_an_accusative_count_gives_its_kind():
    assert ("missing", "combatants", 12, 12, "exact") in figures("وما زال 12 مقاتلا آخرين مفقودين بعد الهجوم")


def test_others_counted_by_a_number_after_them_are_one_figure():
    assert figures("أدى الهجوم إلى مقتل جندي وإصابة جنود آخرين ثلاثة") == [
        ("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 3, 3, "exact")]


def test_cases_are_casualties_by_what_they_are_cases_of():
    assert figures("أفادت المصادر عن 6 حالات وفاة جراء الاختناق") == [("killed", "unspecified", 6, 6, "exact")]
    assert figures("تنتظر 40 حالة طبية الإجلاء من البلدة المحاصرة") == []
    assert ("injured", "unspecified", 25, 25, "exact") in figures("سجل الأطباء 25 حالة اختناق")


@pytest.mark.parametrize("sentence,expected", [
    ("خلف القصف مقتل مئتي مدني", ("killed", "civilians", 200, 200, "exact")),
    ("قتل مئتا عنصر في المعركة", ("killed", "combatants", 200, 200, "exact")),
    ("أدت الحرب إلى مقتل ألفي شخص", ("killed", "unspecified", 2000, 2000, "exact")),
    ("قالت المنظمة إن عدد القتلى بلغ ستين ألفا", ("killed", "unspecified", 60000, 60000, "exact")),
    ("تخطى عدد القتلى 80 ألفا منذ بدء النزاع", ("killed", "unspecified", 80000, 80000, "exact")),
    ("وثقت الشبكة مقتل 12 ألفا و345 مدنيا", ("killed", "civilians", 12345, 12345, "exact")),
])
def test_duals_in_construct_and_thousands_in_the_accusative(sentence, expected):
    assert expected in figures(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("خلفت الغارة ما بين عشرة وخمسة عشر قتيلا", ("killed", "unspecified", 10, 15, "about")),
    ("قتل بين مئة ومئتي مقاتل في الهجوم", ("killed", "combatants", 100, 200, "about")),
    ("قتل بين 10 آلاف و12 ألفا في المدينة", ("killed", "unspecified", 10000, 12000, "about")),
])
def test_a_range_of_number_words_is_two_bounds(sentence, expected):
    assert figures(sentence) == [expected]


def test_compound_numbers_still_join_with_and():
    assert figures("قتل خمسة وثلاثون شخصا ومئة وعشرون جريحا") == [
        ("killed", "unspecified", 35, 35, "exact"), ("injured", "unspecified", 120, 120, "exact")]


@pytest.mark.parametrize("sentence,expected", [
    ("نشر التنظيم شريطا يظهر عناصره يقومون بذبح ثلاثة رهائن", ("killed", "unspecified", 3, 3, "exact")),
    ("ذبح المسلحون رجلا قرب القرية", ("killed", "unspecified", 1, 1, "exact")),
    ("أقدم المسلحون على قطع رأس أحد الأسرى", ("killed", "unspecified", 1, 1, "exact")),
    ("أطلق مجهولون النار على الطبيب في سيارته وأردوه قتيلا", ("killed", "unspecified", 1, 1, "exact")),
    ("هاجم المسلحون أربعة رعاة فأردوهم قتلى", ("killed", "unspecified", 4, 4, "exact")),
])
def test_slaughter_beheading_and_felling_dead_kill(sentence, expected):
    assert figures(sentence) == [expected]


def test_people_who_fell_were_killed_but_not_shells():
    assert figures("أسفرت المواجهات عن سقوط خمسة جنود") == [("killed", "combatants", 5, 5, "exact")]
    assert figures("سقط فيها 40 مدنيا خلال أسبوع") == [("killed", "civilians", 40, 40, "exact")]
    assert figures("أفاد السكان بسقوط 6 قذائف على الحي") == []


def test_a_lone_singular_casualty_noun_counts_one():
    assert figures("أفاد السكان بسقوط جريح في القصف") == [("injured", "unspecified", 1, 1, "exact")]
    assert figures("أسفرت الغارة عن وقوع قتيل") == [("killed", "unspecified", 1, 1, "exact")]
    got = figures("قتل 15 شخصا بواقع 9 في حمص، و5 في حماة، وقتيل في طرطوس")
    assert got[-1] == ("killed", "unspecified", 1, 1, "exact") and len(got) == 4
    assert figures("قتل 3 جنود وجريح في الهجوم")[-1] == ("injured", "unspecified", 1, 1, "exact")


@pytest.mark.parametrize("sentence", [
    "زار الوزير والد شهيد الجيش في قريته",
    "مات الشاب شهيدا",
    "قال الطبيب إنه مصاب في حادث سير",
    "شكرا لكل قتيل وجريح",
])
def test_a_singular_casualty_noun_that_counts_nobody(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("قالت الوزارة إن العشرات من البحارة قتلوا أو أصيبوا", ("casualties", "unspecified", 20, 99, "dozens")),
    ("أسفر الانفجار عن مقتل أو إصابة 14 شخصا", ("casualties", "unspecified", 14, 14, "exact")),
])
def test_killed_or_wounded_are_casualties(sentence, expected):
    assert figures(sentence) == [expected]


def test_a_death_offered_as_one_outcome_of_two_is_no_figure():
    assert figures("رصدت الحكومة مكافأة لمن يساعد في اعتقاله أو مقتله") == []


def test_a_count_of_some_of_the_people_named_after_min():
    assert figures("قالت الوزارة إن أربعة من الصحافيين الأجانب فقدوا قرب الحدود") == [
        ("missing", "civilians", 4, 4, "exact")]  # journalists are civilians
    assert figures("قتل 20 شخصا بينهم 6 من الأطفال") == [
        ("killed", "unspecified", 20, 20, "exact"), ("killed", "children", 6, 6, "exact")]


def test_a_qualifier_after_the_next_count_is_that_counts():
    assert figures("قتل رجل وأصيب خمسة آخرون على الأقل") == [
        ("killed", "unspecified", 1, 1, "exact"), ("injured", "unspecified", 5, None, "at_least")]
    assert figures("قتل 90 شخصا بينهم عشرون طفلا على الأقل")[0] == ("killed", "unspecified", 90, 90, "exact")


def test_one_person_who_fell_was_killed():
    assert figures("أسفرت المعارك عن سقوط ضابط") == [("killed", "combatants", 1, 1, "exact")]


def test_people_taken_for_treatment_were_injured():
    assert figures("قال الطبيب إن ستة مدنيين نقلوا للعلاج في المدينة") == [("injured", "civilians", 6, 6, "exact")]


@pytest.mark.parametrize("sentence,expected", [
    # the side named after a bare casualty plural
    ("أدى القصف إلى سقوط قتلى وجرحى من المدنيين", ("casualties", "civilians", 1, None, "some")),
    ("أوقعت الكتيبة قتلى في صفوف المسلحين", ("killed", "combatants", 1, None, "some")),
    # an adjective of side after the casualty noun
    ("سقط 40 قتيلا مدنيا في البلدة", ("killed", "civilians", 40, 40, "exact")),
    ("ارتفع عدد الجرحى إلى 15 جريحا مدنيا", ("injured", "civilians", 15, 15, "exact")),
    # an armed group named by its own name after "من"
    ("قتل 12 من داعش في الغارة", ("killed", "combatants", 12, 12, "exact")),
])
def test_the_side_named_after_the_casualty_noun(sentence, expected):
    assert expected in figures(sentence)


def test_a_count_of_them_is_of_the_people_counted_before():
    got = figures("قتل 8 من داعش في المدينة، بينما قتل 20 منهم في القرية المجاورة")
    assert ("killed", "combatants", 20, 20, "exact") in got
    # "of them" after people of no side says no side
    assert ("killed", "unspecified", 9, 9, "exact") in figures("قتل 30 شخصا في المدينة، بينما قتل 9 منهم في الريف")


def test_a_count_word_after_its_noun_takes_the_nouns_group():
    assert ("killed", "combatants", 2, 2, "exact") in figures("أعلن الجيش مقتل عسكريين اثنين في الهجوم")
    assert ("injured", "combatants", 2, 2, "exact") in figures("قتل ضابط وأصيب عسكريان آخران بجروح")
    assert ("killed", "civilians", 2, 2, "exact") in figures("قتل مدنيان في القصف")
    # the dual counted them already: the number restates it, no second figure
    assert figures("استشهد طفلان اثنان في القصف") == [("killed", "children", 2, 2, "exact")]


def test_people_protesting_a_death_are_not_its_toll():
    got = figures("نفذ أكثر من ألف شخص اعتصاما في الساحة احتجاجا على قتل ضابط")
    assert ("killed", "unspecified", 1000, None, "more_than") not in got
    assert ("killed", "combatants", 1, 1, "exact") in got


@pytest.mark.parametrize("sentence", [
    "أصابت الغارات أهدافا عدة قرب المدينة",
    "وأصابت الضربات خمس وحدات تكتيكية للتنظيم",
    "وسجلت 40 نقطة قصف في مختلف المناطق",
])
def test_targets_and_sites_hit_are_not_people(sentence):
    assert figures(sentence) == []


def test_a_plural_of_people_after_a_casualty_verb_is_some_of_them():
    assert ("killed", "combatants", 1, None, "some") in figures("وقعت اشتباكات قتل فيها عناصر من القوات النظامية")
    assert ("killed", "civilians", 1, None, "some") in figures("أدى القصف إلى مقتل مدنيين في البلدة")
    # a nominative plural after a verb may be its subject: the captors, not the captured
    assert figures("واحتجز مقاتلون معارضون الجنود") == []
    # what the dead of a toll were is no new count
    assert figures("وقال إن معظم القتلى مدنيون") == []


def test_the_dead_of_a_side_named_with_lam():
    assert figures("وعثر على عشرات الجثث لمدنيين في المدينة") == [("killed", "civilians", 20, 99, "dozens")]
    assert ("killed", "combatants", 1, None, "some") in figures("وسقط قتلى لقوات النظام في الهجوم")


def test_another_one_hurt_after_a_death_is_one_person():
    assert figures("قتل شرطي وأصيب آخر بجروح في الهجوم") == [
        ("killed", "combatants", 1, 1, "exact"), ("injured", "unspecified", 1, 1, "exact")]


def test_some_of_the_dead_said_to_be_of_a_group():
    assert figures("وقال المرصد إن تسعة من القتلى هم من المدنيين") == [("killed", "civilians", 9, 9, "exact")]
    assert ("killed", "children", 5, 5, "exact") in figures("وقتل 20 شخصا، وكان خمسة من القتلى من الأطفال")
    # a share of the same toll with no group of its own is no figure
    assert figures("وأصيب 30 شخصا، ثلاثة من الجرحى في حالة خطيرة") == [("injured", "unspecified", 30, 30, "exact")]


@pytest.mark.parametrize("sentence,expected", [
    # one person and a count of others joined by "و" or "مع" are counted together
    ("قال المرصد إن قياديا في الفصيل وأربعة مقاتلين آخرين قتلوا في الكمين", [("killed", "combatants", 5, 5, "exact")]),
    ("أعلن الجيش أن قياديا بارزا في التنظيم قتل مع ثلاثة متشددين آخرين في الغارة",
     [("killed", "combatants", 4, 4, "exact")]),
    ("وقال المرصد إن أبو خالد قتل مع سبعة عناصر آخرين في القصف", [("killed", "combatants", 8, 8, "exact")]),
    ("قتل شاب وستة آخرون في قصف على البلدة", [("killed", "unspecified", 7, 7, "exact")]),
    ("لقي مدني حتفه مع 9 آخرين في القصف", [("killed", "civilians", 10, 10, "exact")]),
])
def test_one_person_and_others_are_counted_together(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # another verb, or another group, before the others: each count is its own
    ("أسفر القصف عن مقتل شخص وإصابة 6 آخرين", [("killed", "unspecified", 1, 1, "exact"),
                                               ("injured", "unspecified", 6, 6, "exact")]),
    ("قتل جندي وجرح اثنان آخران في الهجوم", [("killed", "combatants", 1, 1, "exact"),
                                              ("injured", "unspecified", 2, 2, "exact")]),
    ("قتل 19 شخصا وأصيب 40 آخرون في التفجير", [("killed", "unspecified", 19, 19, "exact"),
                                                ("injured", "unspecified", 40, 40, "exact")]),
])
def test_others_of_another_clause_are_not_added_to_one(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a share of a toll told before, counted by rank, is of the toll's own group: not recorded
    ("وأضاف المرصد أن من بين قتلى الفصائل أربعة من قادة الكتائب", []),
    ("ومن بين القتلى خمسة ضباط", []),
    # ... but one of another group is ("بينهم 5 أطفال" told after the toll)
    ("ومن بين القتلى 7 أطفال", [("killed", "children", 7, 7, "exact")]),
    # and leaders killed in an attack of their own are a figure (leaders of armed battalions:
    # fighters)
    ("قتل أربعة من قادة الكتائب في الغارة", [("killed", "combatants", 4, 4, "exact")]),
])
def test_leaders_among_a_tolls_dead_are_a_share_of_it(sentence, expected):
    assert figures(sentence) == expected


def test_besides_opens_the_next_share_of_a_toll():
    sentence = ("وتوزعت حصيلة القتلى بواقع 21 قتيلا في حلب، و9 في حمص، فضلا عن خمسة في درعا، "
                "إلى جانب 3 في الرقة.")
    assert [f[2] for f in figures(sentence)] == [21, 9, 5, 3]


@pytest.mark.parametrize("sentence,expected", [
    ("وسقط شهيدان في القصف على البلدة", [("killed", "unspecified", 2, 2, "exact")]),
    ("وخلف القصف ثلاثة شهداء في القرية، إضافة لشهيدين في البلدة المجاورة",
     [("killed", "unspecified", 3, 3, "exact"), ("killed", "unspecified", 2, 2, "exact")]),
])
def test_dual_of_martyr_counts_two(sentence, expected):
    assert figures(sentence) == expected


def test_count_of_popular_committees_is_of_fighters():
    assert figures("ما تسبب بمقتل عنصرين من حزب الله وأربعة من اللجان الشعبية الموالية للنظام") == [
        ("killed", "combatants", 2, 2, "exact"), ("killed", "combatants", 4, 4, "exact")]


def test_next_sub_count_after_a_sides_long_name_is_read():
    sentence = "أسفرت الغارات عن مقتل 30 مقاتلا، بينهم 6 من قوات النظام السوري، و 24 عنصرا من الميليشيات الموالية له"
    assert figures(sentence) == [("killed", "combatants", 30, 30, "exact"), ("killed", "combatants", 6, 6, "exact"),
                                 ("killed", "combatants", 24, 24, "exact")]


def test_qualifier_between_a_count_and_the_people_it_counts():
    assert figures("وقتل تسعة على الأقل من الأطفال في الغارة") == [("killed", "children", 9, None, "at_least")]


@pytest.mark.parametrize("sentence,expected", [
    ("وقال المتحدث إن خالد العمر قتل في غارة قرب البلدة", [("killed", "unspecified", 1, 1, "exact")]),
    ("وأعلن الحرس أن القيادي حسن العلي استشهد على الطريق", [("killed", "combatants", 1, 1, "exact")]),
    ("وذكرت الصحيفة أن سارة لقيت حتفها في غارة", [("killed", "unspecified", 1, 1, "exact")]),
])
def test_named_person_after_that_killed(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وقالت إن بلادها قتلت وستقتل الإرهابيين",  # she/it killed: the subject is the killer
    "وقال إن إعلان الوزارة قتل الفضلي يخدم أهدافها",  # a verbal noun with its object
    "ولا معلومات إن كان القيادي قتل أو ألقي القبض عليه",  # one outcome of two
    "يعتقد أن خالد قضى عامين في السفارة",  # spent, not died
])
def test_no_named_death_when_the_name_is_no_victim(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("وشيعت البلدة الناشط فراس العلي، الذي قتل في غارة على السوق", [("killed", "unspecified", 1, 1, "exact")]),
    ("ونعت الكتيبة قائدها سامر الحلبي الذي استشهد الخميس برصاص قناص", [("killed", "unspecified", 1, 1, "exact")]),
    ("وتذكر الأهالي المعلمة هدى، التي قتلت جراء القصف", [("killed", "unspecified", 1, 1, "exact")]),
])
def test_named_person_in_a_relative_clause_killed(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "واعتقلت الشرطة الضابط الذي قتل أربعة أشخاص في المدينة",  # the antecedent killed four
    "وأدان البيان القصف الذي قتل فيه عشرة مدنيين",  # the attack in which ten died: counted once
    "ووصل الوفد إلى المكان الذي قتل الفضلي فيه",  # the verb has an object
])
def test_no_relative_clause_death_when_the_antecedent_is_no_victim(sentence):
    assert ("killed", "unspecified", 1, 1, "exact") not in figures(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("وتطالب العائلات بالإفراج عن 25 امرأة خطفهم التنظيم من القرية", [("detained", "women", 25, 25, "exact")]),
    ("وعثر الأهالي على جثث 12 مدنيا أعدمهم المسلحون قرب النهر", [("killed", "civilians", 12, 12, "exact")]),
    # detained, then killed: the last fate told of them
    ("وعثر على جثث 14 شابا اعتقلتهم قوات الأمن وقتلتهم بالرصاص", [("killed", "unspecified", 14, 14, "exact")]),
    # a verb before the count keeps it: "killed four soldiers it had captured"
    ("وكان التنظيم قد قتل أربعة جنود أسرهم الشهر الماضي", [("killed", "combatants", 4, 4, "exact")]),
])
def test_a_verb_after_the_count_taking_them_as_its_object(sentence, expected):
    assert figures(sentence) == expected


def test_an_object_verb_behind_a_relative_pronoun_counts_nobody():
    # "one of the hostages whom it abducted": the hostages were told of before
    assert ("detained", "unspecified", 1, 1, "exact") not in figures("وأعدم التنظيم أحد الرهائن الذين خطفهم من القرية")


def test_a_named_person_after_that_with_a_long_title_killed():
    sentence = "وقال البيان إن القائد السابق في لواء الجبل والمسؤول عن التدريب سامي الخطيب قتل في غارة قرب الحدود"
    assert figures(sentence) == [("killed", "combatants", 1, 1, "exact")]  # a commander: combatants
    # a verb of casualty inside the subject opens a clause of its own: no one person
    assert not [f for f in figures("وقال إن المسلح الذي خطف الصحافي سامي الخطيب قتل في غارة") if f[0] == "killed"]


def test_side_among_joined_to_a_phrase_after_wa_reads_on_the_extractors_tokens():
    # the extractor hands the figure reader its shared (read-only) tokens: the look at a side
    # joined by "و" after "بين" must work on them, not only on a list
    from rasd.core.models import Article
    from rasd.extract import extract

    claims = extract(Article(id="t", text="اندلعت اشتباكات أسفرت عن سقوط ثلاثة قتلى بين عناصر من "
                                            "التنظيم ورجال من أبناء العشائر.", published="2016-05-02"))
    assert [(f.kind, f.low) for c in claims for f in c.figures] == [("killed", 3)]


@pytest.mark.parametrize("sentence,expected", [
    # "فقد" right before its count: people went missing
    ("فقد خمسة صحافيين في سوريا منذ أسبوع", [("missing", "civilians", 5, 5, "exact")]),
    # the particle "فقد" before another verb: no one went missing
    ("فقد شن الجيش حملة اعتقلت خلالها عشرات الشبان", []),
    ("فقد بلغ عدد الضحايا 20 شخصا", []),
    # a verb of going missing with an owned thing after it: lost their homes, limbs
    ("قالت المنظمة إن 12 ألف سوري فقدوا منازلهم", []),
    ("أعلنت الشرطة أن 7 أشخاص فقدوا في البحر", [("missing", "unspecified", 7, 7, "exact")]),
    ("قالت الوزارة إن 30 شخصا فقدوا حياتهم في الحريق", [("killed", "unspecified", 30, 30, "exact")]),
])
def test_losing_is_going_missing_only_with_people_lost(sentence, expected):
    assert [f for f in figures(sentence) if f[0] == "missing" or expected] == expected


# figs10: "one" as an adjective, a toll risen to a number, duals of any person noun,
# verbs of dying and "fell victim to it"
@pytest.mark.parametrize("sentence", [
    "قال الناشطون إن 9 أشخاص قتلوا في ضربة واحدة على السوق",
    "قتل خمسة من أفراد أسرة واحدة في القصف",
    "سقط 20 قتيلا في ليلة واحدة",
])
def test_one_after_a_noun_of_a_thing_counts_no_one(sentence):
    assert all(low != 1 for _k, _g, low, _h, _q in figures(sentence))


@pytest.mark.parametrize("sentence,expected", [
    ("وأفادت مصادر بمقتل طيار واحد في الحادث", ("killed", "unspecified", 1, 1, "exact")),
    ("وذكر المصدر أن واحدا من أفراد الشرطة أصيب", ("injured", "combatants", 1, 1, "exact")),
])
def test_one_person_is_still_one(sentence, expected):
    assert expected in figures(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("وارتفع عدد القتلى منذ الصباح ليصل إلى 57 قتيلا", ("killed", "unspecified", 57, 57, "exact")),
    ("ارتفعت الحصيلة لتصل إلى نحو 90 قتيلا", ("killed", "unspecified", 90, 90, "about")),
    ("قتل في القصف ما يصل إلى 30 شخصا", ("killed", "unspecified", None, 30, "up_to")),
])
def test_a_toll_that_rises_to_a_number_is_that_number(sentence, expected):
    assert expected in figures(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("وأصيب شرطيان بجروح في الانفجار", ("injured", "combatants", 2, 2, "exact")),
    ("قتل مسلحان في الاشتباك", ("killed", "combatants", 2, 2, "exact")),
    ("اختطف المسلحون فتاتين من القرية", ("detained", "women", 2, 2, "exact")),
])
def test_the_dual_of_a_person_noun_counts_two(sentence, expected):
    assert expected in figures(sentence)


def test_others_in_the_dual_add_no_second_figure():
    got = figures("قتل جنديان وأصيب اثنان آخران في الكمين")
    assert got.count(("injured", "unspecified", 2, 2, "exact")) == 1
    assert ("killed", "unspecified", 2, 2, "exact") not in got


@pytest.mark.parametrize("sentence,expected", [
    ("وقال الطبيب إن 8 أشخاص بينهم ثلاثة أطفال توفوا في المستشفى", ("killed", "unspecified", 8, 8, "exact")),
    ("وتوفي أربعة أشخاص متأثرين بجروحهم", ("killed", "unspecified", 4, 4, "exact")),
    ("استهدف التفجير سوقا شعبيا وراح ضحيته 23 شخصا", ("killed", "unspecified", 23, 23, "exact")),
])
def test_verbs_of_dying_count_the_dead(sentence, expected):
    assert expected in figures(sentence)


def test_a_part_of_a_definite_number_counts_the_part():
    got = figures("وذكرت المصادر أن خمسة من الجنود الـ40 خطفوا على الطريق")
    assert got == [("detained", "combatants", 5, 5, "exact")]


def test_a_plural_verb_after_a_comma_is_the_counts_verb():
    assert ("killed", "civilians", 12, None, "at_least") in figures(
        "وقال الأطباء إن ما لا يقل عن 12 مدنيا، قتلوا في القصف")
    # ... but a casualty verb before the count keeps its kind
    assert figures("اعتقلت الشرطة 6 أشخاص، قتلوا بعد أيام") == [("detained", "unspecified", 6, 6, "exact")]


def test_a_sub_count_after_the_counts_qualifier():
    got = figures("وأفاد المصدر أن 9 أشخاص على الأقل بينهم 4 مدنيين لقوا حتفهم")
    assert ("killed", "unspecified", 9, None, "at_least") in got
    assert ("killed", "civilians", 4, 4, "exact") in got


def test_hostages_are_people_held():
    assert ("detained", "unspecified", 14, 14, "exact") in figures("خطف المسلحون 14 رهينة من الحافلة")
    assert ("killed", "unspecified", 2, 2, "exact") in figures("قتل الخاطفون رهينتين أمس")


def test_a_count_after_besides_is_not_the_sub_counts():
    got = figures("وثق المرصد 8 مقاتلين بينهم قائدان بالإضافة لإصابة 15 آخرين")
    assert ("injured", "combatants", 8, 8, "exact") not in got


@pytest.mark.parametrize("sentence,expected", [
    ("وأدى القصف إلى سقوط 9 شهداء وإصابة العشرات", [("killed", "unspecified", 9, 9, "exact"),
                                                  ("injured", "unspecified", 20, 99, "dozens")]),
    ("تسبب الانفجار بارتقاء 4 شهداء وإصابة ثلاثة آخرين", [("killed", "unspecified", 4, 4, "exact"),
                                                        ("injured", "unspecified", 3, 3, "exact")]),
])
def test_a_verbal_noun_of_wounding_with_its_own_count_leaves_the_dead_alone(sentence, expected):
    assert figures(sentence) == expected


def test_dead_and_wounded_joined_after_one_count_are_casualties():
    assert figures("سقط 25 قتيلا وجريحا في السوق") == [("casualties", "unspecified", 25, 25, "exact")]


def test_two_policemen_with_no_count_before():
    assert ("killed", "combatants", 2, 2, "exact") in figures("تبنى الحزب قتل شرطيين قرب الحدود")
    assert ("killed", "combatants", 14, 14, "exact") in figures("قتل 14 شرطيين في الهجوم")


def test_dead_and_wounded_named_after_the_people_make_casualties():
    assert figures("استهدف التفجير سوقا وراح ضحيته 45 شخصا بين قتيل وجريح") == [
        ("casualties", "unspecified", 45, 45, "exact")]


@pytest.mark.parametrize("sentence,want", [
    ("وأسفر القصف عن سقوط قتيل واحد في البلدة", [("killed", 1)]),
    ("وأسفر القصف عن جريح واحد وثلاثة قتلى", [("injured", 1), ("killed", 3)]),
])
def test_a_casualty_noun_told_with_its_one_counts_one(sentence, want):
    assert [(f[0], f[2]) for f in figures(sentence)] == want


@pytest.mark.parametrize("sentence,expected", [
    # the count a toll rose to told before the toll noun, which says what it counts
    ("وارتفع إلى 18 على الأقل عدد قتلى القوات الحكومية في المعارك",
     [("killed", "combatants", 18, None, "at_least")]),
    ("ارتفع إلى 40 عدد الشهداء المدنيين في البلدة", [("killed", "civilians", 40, 40, "exact")]),
    ("ارتفع إلى 25 عدد مقاتلي الفصيل الذين قتلوا في الكمين", [("killed", "combatants", 25, 25, "exact")]),
    ("ارتفع إلى 9 عدد عناصر الشرطة الذين أصيبوا في التفجير", [("injured", "combatants", 9, 9, "exact")]),
    # ... and the adjective of side after a toll noun told before its count
    ("وارتفع عدد القتلى المدنيين إلى 27 على الأقل", [("killed", "civilians", 27, None, "at_least")]),
    # a count of things the toll of which rose is no toll
    ("ارتفع إلى 12 عدد المنازل التي دمرها القصف", []),
    ("ارتفع إلى 30 عدد الغارات على المدينة", []),
])
def test_a_toll_risen_to_a_count_told_before_its_noun(sentence, expected):
    assert figures(sentence) == expected


def test_two_sides_risen_tolls_in_one_sentence_are_two_claims():
    from rasd.core.models import Article
    from rasd.extract import extract

    claims = extract(Article(id="r", published="2020-01-02", text=(
        "وقال المرصد إن عدد القتلى المدنيين ارتفع إلى 30 على الأقل، كذلك ارتفع إلى 21 على الأقل "
        "عدد مقاتلي الفصائل الذين قتلوا في القصف والاشتباكات.")))
    sides = sorted((c.victims, [(f.group, f.low) for f in c.figures]) for c in claims)
    assert sides == [("civilians", [("civilians", 30)]), ("opposition", [("combatants", 21)])]


@pytest.mark.parametrize("sentence,expected", [
    # members of a rescue or relief body are civilians, whatever word counts them
    ("قتل عنصران من الدفاع المدني في الغارة", [("killed", "civilians", 2, 2, "exact")]),
    ("أصيب ثلاثة عناصر من الهلال الأحمر", [("injured", "civilians", 3, 3, "exact")]),
    ("قتل أربعة من متطوعي الدفاع المدني", [("killed", "civilians", 4, 4, "exact")]),
    # ... members of an armed body stay combatants
    ("قتل عنصران من قوات النظام", [("killed", "combatants", 2, 2, "exact")]),
    # civilians listed after the children and women of a civilian toll are part of it
    ("قتل 20 مدنيا بينهم 4 نساء وطفلان، وعنصران اثنان من الدفاع المدني",
     [("killed", "civilians", 20, 20, "exact"), ("killed", "women", 4, 4, "exact"),
      ("killed", "children", 2, 2, "exact")]),
])
def test_members_of_a_civil_body_are_civilians(sentence, expected):
    assert figures(sentence) == expected


def test_a_civil_body_whose_members_are_counted_is_not_the_claimant():
    from rasd.core.models import Article
    from rasd.extract import extract

    [claim] = extract(Article(id="cd", published="2020-01-02",
                              text="قتل عنصران من الدفاع المدني في غارة على بلدة سرمين"))
    assert (claim.claimant, claim.victims) == ("outlet", "civilians")


# fig22: a toll an event raised ("يرفع عدد القتلى ... إلى"), and "تعداد" as a toll word
@pytest.mark.parametrize("sentence,expected", [
    ("وقتل رجلان في القصف مما يرفع عدد القتلى في يومين من القتال إلى سبعة",
     [("killed", "unspecified", 2, 2, "exact"), ("killed", "unspecified", 7, 7, "exact")]),
    ("واشتباكات أخرى رفعت عدد قتلى الفصائل خلال شهر إلى 80",
     [("killed", "combatants", 80, 80, "exact")]),
    ("وأعلنت الشبكة ارتفاع تعداد القتلى في القصف على البلدة إلى 31",
     [("killed", "unspecified", 31, 31, "exact")]),
    # a toll word alone is no toll of the dead
    ("مما يرفع عدد النازحين في يومين إلى سبعة آلاف", []),
])
def test_a_toll_raised_by_an_event_to_a_count(sentence, expected):
    assert figures(sentence) == expected


# fig22: attackers are fighters; as a sub-count of fighters they count no new group
@pytest.mark.parametrize("sentence,expected", [
    ("أسفر الاشتباك عن مقتل 6 مهاجمين", [("killed", "combatants", 6, 6, "exact")]),
    ("قتل 17 من مسلحي التنظيم بينهم 5 مهاجمين انتحاريين", [("killed", "combatants", 17, 17, "exact")]),
])
def test_attackers_are_fighters(sentence, expected):
    assert figures(sentence) == expected


# fig22: "و" on a count of one side's men after another side's count with a long name
@pytest.mark.parametrize("sentence,expected", [
    ("أسفرت المعارك عن مقتل 12 من عناصر جيش الإسلام و20 من جنود القوات النظامية",
     [("killed", "combatants", 12, 12, "exact"), ("killed", "combatants", 20, 20, "exact")]),
    ("وقال إن القتلى هم 9 عناصر من حركة أحرار الشام، وأربعة من اللواء 47",
     [("killed", "combatants", 9, 9, "exact"), ("killed", "combatants", 4, 4, "exact")]),
])
def test_a_count_of_a_side_after_and(sentence, expected):
    assert figures(sentence) == expected


# scope24: dead and wounded told with no count before them ("أوقعتهم بين قتيل ومصاب")
def test_dead_and_wounded_with_no_count_are_some_casualties():
    cs = claims("وقالت الوكالة إن وحدة من الجيش تصدت لمجموعة مسلحة قرب البلدة وأوقعت أفرادها بين قتيل ومصاب.")
    assert [figures_with_spans(c) for c in cs] == [[("casualties", "combatants", 1, "بين قتيل ومصاب")]]


def test_dead_and_wounded_after_a_count_add_no_figure_of_their_own():
    # the state the people counted before it fell in, across a comma or a phrase of theirs
    cs = claims("وأدت أعمال العنف إلى سقوط آلاف الضحايا، بين قتيل وجريح، ونزوح آلاف آخرين.")
    assert [[f.kind for f in c.figures] for c in cs] == [["killed"]]
    cs = claims("وسقط نحو 60 مقاتلا من الفصيل بين قتيل وجريح في المعارك.")
    assert [[(f.kind, f.low) for f in c.figures] for c in cs] == [[("casualties", 60)]]


# scope24: a count of eleven or more whose singular noun is joined by "و" to a noun of another group
def test_a_count_of_two_groups_joined_by_and_is_one_figure_of_both():
    cs = claims("وطالب الأهالي بالإفراج عن 40 امرأة وشابا خطفهم التنظيم خلال هجومه.")
    assert [figures_with_spans(c) for c in cs] == [[("detained", "unspecified", 40, "40 امرأة وشابا خطفهم")]]
    cs = claims("وخطف المسلحون 25 سيدة وطفلا من القرية.")
    assert [[(f.kind, f.group, f.low) for f in c.figures] for c in cs] == [[("detained", "civilians", 25)]]


def test_a_noun_joined_in_another_case_or_after_a_plural_is_its_own_count():
    # "and a child" in the nominative: no noun of the accusative count
    cs = claims("وقتل 14 رجلا وطفل في قصف على الحي.")
    assert [[(f.group, f.low) for f in c.figures] for c in cs] == [[("unspecified", 14), ("children", 1)]]
    # a count under eleven takes a plural noun: the singular after it is one more
    cs = claims("وقتل ثلاثة رجال وطفل في قصف على الحي.")
    assert [[(f.group, f.low) for f in c.figures] for c in cs] == [[("unspecified", 3), ("children", 1)]]


# scope24: a body's own members, counted by "a number of" or fallen dead and wounded, are its fighters
def test_a_number_of_a_bodys_own_members_are_combatants():
    cs = claims("وقالت الوكالة إن الجيش تصدى لمجموعة مسلحة وقتل عددا من أفرادها.")
    assert [[(f.kind, f.group) for f in c.figures] for c in cs] == [[("killed", "combatants")]]
    cs = claims("وقالت الوكالة إن الجيش تصدى لمجموعة مسلحة وأوقع أفرادها بين قتيل ومصاب.")
    assert [[(f.kind, f.group) for f in c.figures] for c in cs] == [[("casualties", "combatants")]]


def test_a_number_of_a_familys_members_are_no_fighters():
    cs = claims("وقتل عدد من أفراد عائلته في القصف.")
    assert [[f.group for f in c.figures] for c in cs] == [["unspecified"]]


# scope24: people with no count who "fell dead and wounded" are some casualties
def test_uncounted_people_fallen_dead_and_wounded_are_some_casualties():
    cs = claims("وقال المتحدث إن مدنيين سقطوا بين قتيل ومصاب في القصف على البلدة.")
    assert [[(f.kind, f.qualifier, f.text) for f in c.figures] for c in cs] == [[("casualties", "some", "بين قتيل ومصاب")]]
    # a count before them in the clause is what fell so, no second figure
    cs = claims("وقالت المصادر إن 12 مدنيا سقطوا بين قتيل وجريح في قصف على البلدة.")
    assert [[(f.kind, f.low) for f in c.figures] for c in cs] == [[("casualties", 12)]]


# fig25: the other side's count after "مقابل" in a toll told side against side
def test_a_count_after_versus_is_the_other_sides_toll():
    cs = claims("وقال المرصد إن المعارك أسفرت عن مقتل 40 عنصرا من قوات النظام والمسلحين الموالين"
                " لها مقابل 25 من مقاتلي التنظيم خلال يومين.")
    figs = [f for c in cs for f in c.figures]
    assert [(f.kind, f.group, f.low, f.text) for f in figs] == [
        ("killed", "combatants", 40, "مقتل 40 عنصرا من قوات"), ("killed", "combatants", 25, "25 من مقاتلي")]
    cs = claims("وارتفع عدد قتلى القوات الحكومية في المعارك إلى 150، مقابل 90 جهاديا، بحسب المرصد.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 150), ("killed", "combatants", 90)]


def test_a_count_after_versus_in_an_exchange_or_without_a_toll_is_no_death():
    # prisoners swapped: the count before is of people freed, no toll
    assert not [f for c in claims("وأفرج التنظيم عن 12 مخطوفا مقابل 30 معتقلا لدى النظام.")
                for f in c.figures if f.kind in ("killed", "injured", "casualties")]
    # a count with no people after "مقابل" (last week's) is not read as a toll
    assert [(f.kind, f.low) for c in claims("وقتل 20 مدنيا هذا الأسبوع مقابل 12 في الأسبوع الماضي.")
            for f in c.figures] == [("killed", 20)]


# fig25: a vague count, "من" and a definite casualty noun counts that noun's people
def test_a_vague_count_of_the_dead_or_wounded_after_of():
    cs = claims("وأسفر القصف عن سقوط العشرات من الجرحى في المدينة.")
    assert [(f.kind, f.qualifier, f.text) for c in cs for f in c.figures] == [
        ("injured", "dozens", "العشرات من الجرحى")]
    cs = claims("وخلفت الحرب في البلاد عشرات الآلاف من القتلى.")
    assert [(f.kind, f.qualifier) for c in cs for f in c.figures] == [("killed", "thousands")]
    # both nouns joined: dead and wounded
    cs = claims("وأسفر القصف عن سقوط المئات من القتلى والجرحى في المدينة.")
    assert [(f.kind, f.qualifier, f.text) for c in cs for f in c.figures] == [
        ("casualties", "hundreds", "المئات من القتلى والجرحى")]


def test_a_vague_count_of_people_not_dead_or_one_only_warned_of_is_no_figure():
    assert not [f for c in claims("وخرج الآلاف من المتظاهرين في المدينة.") for f in c.figures]
    assert not [f for c in claims("وقال إن التصعيد ينذر بسقوط الآلاف من الضحايا.") for f in c.figures]


# fig25: a comma right before "بينهم"/"هم" does not part a sub-count from its toll
def test_a_sub_count_after_a_comma_past_the_tolls_day():
    cs = claims("وأفاد المرصد بمقتل 120 شخصا في قصف على البلدة الخميس، بينهم 20 طفلا.")
    assert [(f.kind, f.group, f.low, f.text) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 120, "بمقتل 120 شخصا"), ("killed", "children", 20, "20 طفلا")]
    cs = claims("وقتل 90 شخصا في أعمال عنف في مناطق مختلفة الأحد، هم 40 جنديا و50 مقاتلا معارضا.")
    assert [(f.group, f.low) for c in cs for f in c.figures] == [
        ("unspecified", 90), ("combatants", 40), ("combatants", 50)]


# fig25: a count, then an aside on a share of them set off by commas, then its plural verb
def test_a_count_before_its_verb_past_an_aside_on_a_share_of_them():
    cs = claims("وقال ناشطون إن عشرين شخصا، نصفهم من الأطفال، قتلوا في القصف على البلدة.")
    assert [(f.kind, f.low, f.text) for c in cs for f in c.figures] == [("killed", 20, "عشرين شخصا")]
    cs = claims("وقال ناشطون إن 20 شخصا، أغلبهم مدنيون، أصيبوا في القصف على البلدة.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("injured", 20)]


def test_a_singular_verb_after_a_share_aside_is_not_the_counts():
    # people living in a town, of whom "dozens" were killed: the 20,000 are no toll
    cs = claims("ويعيش في البلدة 20 ألف شخص، معظمهم مدنيون، قتل منهم العشرات.")
    assert [(f.kind, f.qualifier) for c in cs for f in c.figures] == [("killed", "dozens")]


# fig25: a count a bare death toll ("الحصيلة", "حصيلة الهجوم") rose to was killed
def test_people_a_bare_death_toll_rose_to_were_killed():
    cs = claims("وقال مدير المرصد إن الحصيلة ارتفعت إلى 90 شخصا بينهم 40 مدنيا.")
    assert [(f.kind, f.group, f.low, f.text) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 90, "90 شخصا"), ("killed", "civilians", 40, "40 مدنيا")]
    cs = claims("وقتل 20 مدنيا في القصف، لترتفع بذلك حصيلة هذا القصف إلى 500 مدني.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [
        ("killed", "civilians", 20), ("killed", "civilians", 500)]


def test_a_bare_toll_of_things_or_a_toll_of_its_own_kind_is_not_of_the_dead():
    assert not [f for c in claims("وارتفعت حصيلة الغارات إلى 40 غارة.") for f in c.figures]
    cs = claims("وارتفعت حصيلة الجرحى إلى 40 مدنيا.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("injured", 40)]


# fig25: a sub-count may follow its toll past a longer place and time (up to 16 words, no comma)
def test_a_sub_count_past_a_long_place_and_time():
    cs = claims("وقتل 40 شخصا في قصف صاروخي على حي سكني في شرق المدينة القديمة ايضا ليلة الاثنين الماضي بينهم 12 طفلا.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 40), ("killed", "children", 12)]


# fig27: one person killed and a count of others wounded: the others are not one more
def test_one_killed_and_others_wounded_is_no_count_of_one_more():
    cs = claims("استشهد شاب وأصيب ثلاثة آخرون في قصف على البلدة.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("killed", 1), ("injured", 3)]


# fig27: after "بين" a plural person noun with no article names the toll's group; joined to
# people of the other group it names none
def test_among_fighters_with_no_article_are_combatants():
    cs = claims("وقالت الوزارة إن الغارات أوقعت خمسين قتيلا على الأقل بين مسلحين موالين للحكومة.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "combatants", 50)]
    cs = claims("وبلغت حصيلة اليوم 40 قتيلا بين مسلحين من المعارضة وجنود ومدنيين.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "unspecified", 40)]


# fig28: one person told by a demonym right after a casualty word, or by a calling of no side
def test_a_demonym_right_after_a_casualty_word_is_one_person():
    cs = claims("وأعلنت الوزارة مقتل أردني وإصابة ستة آخرين في قصف على المعبر.")
    assert [(f.kind, f.group, f.low, f.text) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 1, "أردني"), ("injured", "unspecified", 6, "وإصابة ستة آخرين")]


def test_a_demonym_after_a_person_noun_is_its_adjective_and_counts_no_one():
    cs = claims("وقتل جندي عراقي واحد على الأقل في الهجوم على الحاجز.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "combatants", 1)]
    cs = claims("واعترف الإعلام بمقتل نحو 300 مقاتل أفغاني وباكستاني في المعارك.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "combatants", 300)]
    cs = claims("وتوفي جنديان عراقيان في المستشفى متأثرين بجروحهما.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "combatants", 2)]


def test_one_person_of_a_calling_of_no_side_after_a_casualty_verb():
    cs = claims("وقتل حارس للمبنى في الانفجار الذي استهدف السفارة.")
    assert [(f.kind, f.group, f.low, f.text) for c in cs for f in c.figures] == [
        ("killed", "unspecified", 1, "حارس")]
    cs = claims("وأفادت الشرطة بإصابة موظف في البلدية بجروح جراء سقوط قذيفة على مبناها.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("injured", 1)]
    # a sound plural spelt as the dual counts no two
    cs = claims("وقتل 12 موظفين في القصف.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("killed", 12)]


# fig28: a span of time counted by a number between a casualty verb and its count
def test_a_counted_span_of_time_between_the_verb_and_the_count():
    cs = claims("وقتل خلال 48 ساعة ما لا يقل عن 12 جنديا في المعارك حول المطار.")
    assert [(f.kind, f.group, f.low, f.qualifier) for c in cs for f in c.figures] == [
        ("killed", "combatants", 12, "at_least")]
    cs = claims("وقتل خلال الساعات الـ24 الماضية تسعة مقاتلين في ريف المدينة.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("killed", "combatants", 9)]


# fig28: the dual of a demonym right after a casualty word is two people; its oblique spelling
# (also the plural) only with "two" after it
def test_a_demonym_dual_right_after_a_casualty_word_is_two_people():
    cs = claims("وقال المصدر إنه قتل أردنيان وجرح خمسة آخرون في الاشتباك.")
    assert [(f.kind, f.low, f.text) for c in cs for f in c.figures] == [
        ("killed", 2, "قتل أردنيان"), ("injured", 5, "وجرح خمسة آخرون")]
    cs = claims("وأسفر القصف عن مقتل عراقيين اثنين في البلدة.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("killed", 2)]
    assert not [f for c in claims("وأسفر القصف عن مقتل عراقيين في البلدة.") for f in c.figures]


# fig29: "one of" or a vague quantity after a casualty verb, in construct with a noun of
# things (the verb "أصاب" is also "hit"), counts no people
def test_one_of_the_things_a_strike_hit_is_no_wounded_person():
    assert not [f for c in claims("وقال الجيش إن دفاعاته الجوية أصابت إحدى الطائرات المغيرة فوق المطار.")
                for f in c.figures]
    assert not [f for c in claims("وقال سكان إن صاروخا أصاب أحد المنازل في طرف القرية.") for f in c.figures]
    assert not [f for c in claims("وقال ناشطون إن القصف أصاب عشرات السيارات في سوق البلدة.") for f in c.figures]
    # "one of" the people is still one
    cs = claims("وقال الناشطون إن رصاص القناصة أصاب أحد المدنيين قرب السوق.")
    assert [(f.kind, f.group, f.low) for c in cs for f in c.figures] == [("injured", "civilians", 1)]
    # a definite vague count is no construct: the time after it is not what it counts
    cs = claims("وقال الناشطون إن الهجوم أسفر عن مقتل العشرات الأسبوع الماضي في البلدة.")
    assert [(f.kind, f.low) for c in cs for f in c.figures] == [("killed", 20)]


# fig29: a count after "among the dead" opening a later sentence is a share of the toll told
# before, in that toll's claim
def test_a_share_among_the_dead_in_the_next_sentence_goes_in_the_tolls_claim():
    cs = claims("وقال المرصد إن القصف على البلدة أسفر عن مقتل 73 شخصا وإصابة عشرات آخرين. "
                "ومن بين القتلى 21 طفلا على الأقل.")
    assert [[(f.kind, f.group, f.low, f.span.text) for f in c.figures] for c in cs] == [[
        ("killed", "unspecified", 73, "مقتل 73 شخصا"), ("injured", "unspecified", 20, "وإصابة عشرات آخرين"),
        ("killed", "children", 21, "القتلى 21 طفلا على الأقل")]]
    cs = claims("وقال المرصد إن 150 شخصا قتلوا في أنحاء البلاد. وبين القتلى 40 جنديا و35 مقاتلا معارضا.")
    assert [[(f.kind, f.group, f.low) for f in c.figures] for c in cs] == [[
        ("killed", "unspecified", 150), ("killed", "combatants", 40), ("killed", "combatants", 35)]]
    # another claimant's share is a claim of its own
    cs = claims("وقال المرصد إن 48 شخصا قتلوا في الغارات على البلدة. وقال ناشطون إن من بين القتلى 9 مدنيين.")
    assert [(c.claimant, [(f.group, f.low) for f in c.figures]) for c in cs] == [
        ("sohr", [("unspecified", 48)]), ("local_sources", [("civilians", 9)])]


# fig29: "ومن" opening a sentence before the casualty noun is "among the dead" too
def test_a_share_after_wa_min_the_dead_goes_in_the_tolls_claim():
    cs = claims("وقال المرصد إن 140 شخصا قتلوا في أنحاء البلاد. ومن القتلى 30 جنديا و25 مقاتلا معارضا.")
    assert [[(f.kind, f.group, f.low) for f in c.figures] for c in cs] == [[
        ("killed", "unspecified", 140), ("killed", "combatants", 30), ("killed", "combatants", 25)]]
    # a share of people of no other group, told with an attack of its own, is that attack's claim
    cs = claims("وقال المرصد إن 95 شخصا قتلوا في أنحاء البلاد. ومن بين القتلى 17 شخصا سقطوا في غارة على بلدة سراقب.")
    assert [[(f.group, f.low) for f in c.figures] for c in cs] == [[("unspecified", 95)], [("unspecified", 17)]]


# fig29: one person singled out among the dead or wounded of a toll told a few sentences
# before is part of it (of the toll's group or none); a child among people is a share of it
def test_one_person_among_the_dead_of_a_toll_told_before_is_part_of_it():
    cs = claims("وقالت الحكومة إن الغارات قتلت 45 مسلحا من التنظيم. وذكرت الحكومة أن من بين القتلى "
                "نائب وزير الحرب في التنظيم.")
    assert [[(f.kind, f.group, f.low) for f in c.figures] for c in cs] == [[("killed", "combatants", 45)]]
    cs = claims("وقال ناشطون إن القصف أدى إلى مقتل 12 عنصرا وإصابة 30 آخرين من قوات النظام. "
                "وأوضح الناشطون أن من بين الجرحى القيادي في الحرس حسن علي.")
    assert [[(f.kind, f.low) for f in c.figures] for c in cs] == [[("killed", 12), ("injured", 30)]]
    cs = claims("وقال المرصد إن 30 شخصا قتلوا في القصف على البلدة. ومن بين القتلى طفل.")
    assert [[(f.kind, f.group, f.low, f.span.text) for f in c.figures] for c in cs] == [[
        ("killed", "unspecified", 30, "30 شخصا قتلوا"), ("killed", "children", 1, "طفل")]]
