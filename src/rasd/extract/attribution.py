"""Attribution: who says each sentence, and the figures each claimant tells grouped into drafts.

Reading order follows the annotation conventions of the codebook:
- one claim = one claimant's statement about one event (or one cumulative total);
- an unattributed sentence continuing a claimant's report ("وأضاف ...") stays with it;
- casualties of the two sides of a battle are two claims.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress

from rasd.core.sides import allied
from rasd.core.vocab import NON_ACTORS
from rasd.extract import mentions as M
from rasd.extract.bodies import side_by_head
from rasd.extract.conjuncts import side_of_others
from rasd.extract.doc import Attribution, Doc, Draft
from rasd.extract.events import Event, adjunct_at, backer, joined_count_before, object_verb_subject, sentence_event
from rasd.extract.figures import FigureHit, side_named_after
from rasd.extract.figures import lexicons as figure_lexicons
from rasd.extract.loyalists import loyal_side
from rasd.lang import pack
from rasd.text.lexicon import Lexicon, read_tsv
from rasd.text.normalize import norm
from rasd.text.segment import Sentence

# Tokens of look-around for attribution: "وقال مدير المرصد السوري رامي عبد الرحمن" puts the
# claimant up to a few words after its verb.
VERB_REACH = 6
_CLAIMANT_TEXT_MAX = 6  # tokens kept as claimant_text for a claimant outside the lexicon
QUOTE_CHARS = '"'
_FULL_STOPS = ".!?؟"
_QUOTED_NAME_MAX = 4  # tokens of a claimant's name in quotation marks ("لجان التنسيق المحلية")
_SAID_REACH = 12  # tokens from a claimant's name to the إن/أن of what it said, past a side phrase
# Claimants that report rather than fight: named anywhere in a sentence, they are its source.
_REPORTERS = frozenset({"sohr", "snhr", "vdc", "sana", "state_media", "syria_mofa", "russia_mod",
                        "un", "white_helmets", "local_sources"})
_DRAFTS_LOOKED_AT = 8  # a sentence's last drafts a figure may join (a sentence lists a few claims)


def annotate(doc: Doc) -> None:
    """``doc.drafts``: the figures of each sentence grouped by the claimant telling them;
    ``doc.voice``: who speaks in each sentence."""
    doc.drafts = _drafts(doc)


def attributions(doc: Doc, sent: Sentence, pronouns: bool = True) -> list[Attribution]:
    """Claimants named as the source of a statement in this sentence (``pronouns``: with the
    pronouns that may stand for one, "it said", "he told AFP")."""
    out: list[Attribution] = []
    cues = [c for c in doc.attrib.between(sent.start, sent.end) if c.value not in ("list", "also")
            and (c.value != "verb" or _opens_clause(doc, c) or not _claims_by_subject(doc, c))]
    names = doc.claimants.between(sent.start, sent.end)
    if names and (said := _pronouns(doc.lang)):
        # ("its", "hers": a pronoun with a possessive "s" is no subject of saying)
        names = [m for m in names if m.value != "anaphor" or not (
            (w := doc.text[m.start:m.end].lower()) in said and not pronouns or w[:-1] in said and w.endswith("s"))]
    if not cues and not names:
        return []  # most sentences name no one (mentions are only read near figures)
    if names and (surnames := _surnames(doc.lang)):
        names = [m for m in names if not _lone_surname(doc, m, surnames)]
    if names:
        names = [m for m in names if not _counted(doc, m.tok)]
    used: set[int] = set()
    # "وفقا لمراقبين", "حسب بيان للحرس الثوري": where an "according to" phrase names its
    # source (token -> whether a statement or a verb of saying asks for an author there)
    sources: dict[int, bool] = {}
    nouns: set[int] = set()  # "حسب معلومات المرصد": the statement's noun is no source of its own
    asides: list[tuple[int, int, int]] = []  # a source told aside between a verb and its "that"
    for v in cues:
        # ("قال المسؤول إن ... وفقا للتقارير الأولية": a source named inside what a claimant
        # said is one it relays; the claimant still speaks)
        if v.value == "prep" and (s := _according_source(doc, v)) is not None and not any(
                c.value in ("verb", "continue") and c.tok < v.tok and not doc.words("that").isdisjoint(
                    doc.tok_words[c.tok_end:v.tok]) for c in cues):
            sources[s[0]] = s[1]
            if s[1] and s[0] > v.tok_end:
                nouns.add(v.tok_end)
            if (aside := _relayed_by(doc, cues, v, s[0])) is not None:
                asides.append(aside)
    # "وقال أدهم باشو لرويترز": after a verb of saying, a name with the preposition ل is who
    # was told, not who said ("حصيلة للمرصد", with no such verb, is the Observatory's own)
    speakers = [cm for cm in names if (not _told(doc, cm) and not _told_to(doc, cm) or cm.tok in sources)
                and cm.tok not in nouns]
    for v in cues:
        cm = _subject_after(doc, v, speakers)
        if cm is not None and cm.tok == v.tok_end and _accuses(doc, v.tok_end - 1) \
                and _accused_passive(doc, cm.tok, _accuser_end(doc, cm.tok, cm.tok_end + 2)):
            used.add(cm.tok)  # "واتهم النظام بشن": the accused, of a passive verb
            continue
        if cm is not None and cm.tok not in used and cm.value in ("local_sources", "unnamed") \
                and v.value == "verb" and (r := _responsibility_at(doc, v)) is not None and r > cm.tok:
            # "وأعلن ناشطون أكراد مسؤوليتهم عنه": who claims an attack is a side, not a reporter
            used.add(cm.tok)
            out.append(Attribution("other", doc.tok_text(cm.tok, r), cm.tok))
            continue
        if cm is not None and cm.tok not in used:
            used.add(cm.tok)
            out.append(_attribution(doc, cm))
    verb_based = bool(out)
    for cm in names:
        if cm.tok in used:
            continue
        # "المرصد السوري ... قال"; failing any verb, a reporting body named in the sentence
        # (but not as an addressee: "رسالة إلى الأمم المتحدة")
        verb_after = cm in speakers and any(
            v.value == "verb" and (0 <= v.tok - cm.tok_end <= 2 and _reports(doc, v) or _pluperfect_subject(doc, cm, v)
                                   or _teller(doc, cm, v, names))
            for v in cues)
        addressee = cm.tok > 0 and doc.toks[cm.tok - 1][2] in doc.words("addressee") or _told_to(doc, cm)
        if verb_after and (named := _described(doc, cm, names)) is not None:
            # "the Local Coordination Committees another monitoring group said": the
            # description before the verb is of the body named first; that body speaks
            used.add(cm.tok)
            if named.tok not in used:
                used.add(named.tok)
                out.append(_attribution(doc, named))
            continue
        if verb_after or (not verb_based and cm.value in _REPORTERS and not addressee
                          and not _attacked(doc, cm.tok) and not _population(doc, cm)):
            used.add(cm.tok)
            out.append(_attribution(doc, cm))
    for t, author in sources.items():
        if t in used:
            continue
        cm = next((m for m in names if m.tok == t), None)
        x = _attribution(doc, cm) if cm is not None else _source_name(doc, t, author)
        if x is not None:
            used.add(t)
            out.append(x)
    if not out:
        out.extend(_unlisted_claimants(doc, [c for c in cues if c.value in ("verb", "continue")]))
    else:
        # "أكدت المعارضة السورية أن عدد القتلى وصل إلى 210، بينما ذكرت التقارير الحكومية أن
        # ...", "قال المرصد إن ...، فيما قال الجيش إن ...": a clause opened by "while" has its
        # own speaker; one outside the lexicon is still read in a clause no listed one speaks in
        cuts = _contrast_cuts(doc, sent)
        if cuts:
            first, end = doc.sent_toks(sent)
            bounds = [first] + cuts + [end]
            for lo, hi in zip(bounds, bounds[1:]):
                if not any(lo <= x.tok < hi for x in out):
                    out.extend(_unlisted_claimants(doc, [c for c in cues if c.value in ("verb", "continue")
                                                         and lo <= c.tok < hi]))
    if asides:
        # "قالت الشبكة السورية، حسبما أفادت قناة الجزيرة، إن ...": the channel that relays a
        # speaker named before it is no claimant; the speaker is
        out = [x for x in out if not any(a <= x.tok < e and any(verb < y.tok < a for y in out)
                                         for verb, a, e in asides)]
    out.sort(key=lambda x: x.tok)
    return _pair_joined(doc, out, names)


def _counted(doc: Doc, t: int) -> bool:
    """"قتل تسعة نشطاء", "مقتل 3 مسعفين": a reporter's name right after a count (or inside
    its figure, past its number) is the people counted, not who counts them (unless the
    language's grammar says otherwise: setting counted_names=0 never, counted_names=figure
    only a name inside the figure read, "five medics were killed")."""
    mode = doc.pack.setting("counted_names", "1")
    if t == 0 or doc.gap(t).strip() or mode not in ("1", "figure"):
        return False
    for h in doc.hits_in(doc.sentence_of(doc.toks[t][0])):  # (asked of every name: a loop, no generator)
        if (h.qty_tok == t - 1 and mode == "1") or h.qty_tok < t < h.tok_end:
            return True
    return False


_DESCRIPTION_REACH = 4  # words between a body's name and the claimant word of its description


def _described(doc: Doc, cm: M.Mention, names: list[M.Mention]) -> M.Mention | None:
    """The listed body named right before ``cm`` whose description ``cm`` ends, opened by an
    apposition word (grammar role apposition_det: "the LCC another activist group", "SANA
    a state agency"), within the sentence; else None."""
    det = doc.words("apposition_det")
    if not det:
        return None
    for n1 in names:
        if n1 is cm or n1.value == "anaphor" or not n1.tok_end <= cm.tok <= n1.tok_end + _DESCRIPTION_REACH:
            continue
        if n1.tok_end < len(doc.toks) and doc.toks[n1.tok_end][2] in det \
                and not any(doc.gap(t).strip(" ,-") for t in range(n1.tok_end, cm.tok + 1)):
            return n1
    return None


def _population(doc: Doc, cm: M.Mention) -> bool:
    """The name is a place's people ("سكان الغوطة", "السكان"), who report nothing by being named:
    only a verb of saying or an "according to" makes them a source."""
    return cm.tok_end - cm.tok == 1 and doc.toks[cm.tok][2] in doc.words("population_claimant")


def _contrast_cuts(doc: Doc, sent: Sentence) -> list[int]:
    """The tokens of the sentence opening a contrasting clause ("بينما", "فيما", "في حين")
    after a comma."""
    first, end = doc.sent_toks(sent)
    return [k for k, _last in doc.contrast_openers(first + 1, end - 1) if any(ch in doc.gap(k) for ch in ",،")]


def coded_claimant(doc: Doc, att: Attribution, victims: str) -> str:
    """The codebook claimant of a claim told by ``att`` of ``victims``. A speaker outside the
    lexicon whose whole name the codebook codes as a listed claimant ("قالت المعارضة السورية
    إن", "وفقا لمعارضين سوريين": local sources) is that claimant, unless it tells of the dead of
    the side it fights (an armed side's own statement of its fight stays "other")."""
    if att.claimant != "other" or not att.text:
        return att.claimant
    coded = _subject_codes(doc.lang).get(" ".join(norm(att.text).split()))
    if coded is None:
        return att.claimant
    claimant, side = coded
    if victims not in NON_ACTORS and victims != side and not allied(victims, side):
        return att.claimant
    return claimant


@lru_cache(maxsize=8)
def _subject_codes(lang: str) -> dict[str, tuple[str, str]]:
    """The language's speakers coded as a listed claimant by their whole name, with the side
    each speaks for (``claimant_subjects.tsv``)."""
    return {" ".join(norm(row[2]).split()): (row[0], row[1])
            for row in pack(lang).rows("claimant_subjects") if len(row) >= 3 and row[2]}


def _lone_surname(doc: Doc, m: M.Mention, surnames: frozenset[tuple[str, str]]) -> bool:
    """A claimant's surname ("عبد الرحمن") in an article that names the claimant no other way
    is someone else's name."""
    if (m.value, " ".join(doc.tok_words[m.tok:m.tok_end])) not in surnames:
        return False
    # (the article's other names of the claimant, looked for only now: a surname is rare)
    return not any(name in doc.text for name in _other_names(doc.lang, m.value))


@lru_cache(maxsize=8)
def _surnames(lang: str) -> frozenset[tuple[str, str]]:
    """(claimant, name) pairs of the language's surnames that stand for a claimant only beside
    its other names (``claimant_surnames.tsv``), normalised as text tokens are."""
    return frozenset((row[0], " ".join(norm(row[1]).split()))
                     for row in pack(lang).rows("claimant_surnames") if len(row) >= 2 and row[1])


@lru_cache(maxsize=64)
def _other_names(lang: str, claimant: str) -> tuple[str, ...]:
    """A claimant's names in the lexicon other than its surnames, normalised."""
    surnames = {n for c, n in _surnames(lang) if c == claimant}
    names = {" ".join(norm(row[1]).split()) for row in pack(lang).rows("claimants")
             if len(row) >= 2 and row[0] == claimant and row[1]}
    return tuple(sorted(n for n in names - surnames if not any(s in n for s in surnames)))


def _attacked(doc: Doc, t: int) -> bool:
    """"تفجير استهدف ناشطين", "اعتقال ناشطين": a reporting body's name right after a verb or
    verbal noun of attacking or seizing is whom it hit, not who reports."""
    if t == 0:
        return False
    w = doc.toks[t - 1][2]
    hit = doc.words("attacked_before")
    if w in hit or w[:1] in doc.words("conj_clitic") and w[1:] in hit:
        return True
    # "استهدف مجموعة ناشطين", "اعتقال مجموعة من الناشطين": a gathering of them was hit
    g = t - 2 if w in doc.words("partitive_from") else t - 1
    if 1 <= g < t and doc.toks[g][2] in doc.words("attacked_group") and not doc.gap(g).strip() \
            and not doc.gap(g + 1).strip():
        v = doc.toks[g - 1][2]
        if v in hit or v[:1] in doc.words("conj_clitic") and v[1:] in hit:
            return True
    # "9 مدنيين من أهالي البلدة", "عدد من السكان": right after a count, the people counted
    # are of them ("حصيلة جديدة من المرصد" is the Observatory's own), whether the figure
    # ends before the name or takes it in as its people's side ("عنصران من الدفاع المدني")
    return w in doc.words("partitive_from") and any(
        t - 2 <= h.tok_end <= t - 1 or h.qty_tok < t < h.tok_end
        for h in doc.hits_in(doc.sentence_of(doc.toks[t][0])))


def _pair_joined(doc: Doc, out: list[Attribution], names: list[M.Mention]) -> list[Attribution]:
    """Two claimants joined by "و" as the subject of one verb ("قال ناشطون والمرصد السوري",
    "وفقا لوسائل إعلام محلية والمرصد") tell the same figures: the second becomes the first's
    partner, each making its own claim. An adjective of the first may stand between them
    ("ناشطين معارضين والمرصد")."""
    by_tok = {m.tok: m for m in names}
    wa = tuple(doc.words("conj_clitic"))
    partners: set[int] = set()
    joint: dict[int, Attribution] = {}
    for x in out:
        m = by_tok.get(x.tok)
        if m is None or x.partner is not None:
            continue
        for y in names:
            if not m.tok_end <= y.tok <= m.tok_end + _JOINED_GAP or y.value == m.value:
                continue
            if doc.toks[y.tok][2].startswith(wa) and doc.toks[y.tok][0] < y.start \
                    and not any(doc.gap(t).strip() for t in range(m.tok_end, y.tok + 1)) \
                    and not any(t in by_tok for t in range(m.tok_end, y.tok)):
                if _joint(x.claimant, y.value):
                    end = max(y.tok_end, x.tok + len((x.text or "").split()))
                    joint[x.tok] = Attribution("other", doc.tok_text(m.tok, end), x.tok)
                else:
                    x.partner = next((o for o in out if o.tok == y.tok), None) or _attribution(doc, y)
                partners.add(y.tok)
            break
    return [joint.get(x.tok, x) for x in out if x.tok not in partners]


def _joint(a: str, b: str) -> bool:
    """"وقالت دمشق وموسكو", "وتقول روسيا ودمشق": states (or a named body outside the list)
    speaking together make one joint statement (codebook "other", all their names), where a
    reporting body joined to another ("ناشطون والمرصد", "الأمم المتحدة وأمريكا") tells its own,
    as does one referred back to ("وتحدثت المنظمة والجمعية الطبية"), read only later."""
    return "other" in (a, b) and not {a, b} & (_REPORTERS | {"anaphor"})


_JOINED_GAP = 2  # words of the first claimant's name past its lexicon entry ("ناشطين معارضين")


def _according_source(doc: Doc, v: M.Mention) -> tuple[int, bool] | None:
    """The token where an "according to" phrase names its source, and whether the phrase
    asks for an author there: "وفقا لمراقبين", "بحسب وزير الصحة" (the name itself), "حسب
    بيان للحرس الثوري", "وفقا لبيان صادر عن الجيش", "بحسب أرقام الأمم المتحدة" (after the
    noun of a statement or a count), "بحسب ما ذكره المرصد", "وفقا لما أفادت به الوكالة"
    (after a verb of saying). None for other uses of the prepositions ("عن مقتل")."""
    n = len(doc.toks)
    first = doc.toks[v.tok][2]
    wa = tuple(doc.words("conj_clitic"))
    ok = doc.words("according_after") | doc.words("according_relay")
    fused = doc.words("according_fused")  # "حسبما": the preposition and its "ما" in one word
    if first not in ok | fused and not (first.startswith(wa) and first[1:] in ok | fused):
        return None
    t = v.tok_end
    if v.tok_end - v.tok > 1 and doc.toks[v.tok + 1][2] in doc.words("according_what"):
        t = v.tok + 1  # "بحسب ما ذكر" listed whole: its verb still asks for an author after it
    what = first in fused or first[1:] in fused and first.startswith(wa)
    if what or t < n and doc.toks[t][2] in doc.words("according_what"):
        # "بحسب ما ذكره": the verb of saying, with its object pronoun, then "به"
        t += 0 if what else 1
        if t >= n or not _saying_verb(doc, t):
            return None
        t += 1
        stop_words = M.lexicons(doc.lang).claimant_stop
        while t < n and (m := stop_words.match_at(doc.toks, t)) is not None:
            t += m[1]  # "بحسب ما أعلنت الأحد", "وفق ما ذكر وقتها"
        if t < n and doc.toks[t][2] in doc.words("relay_by"):
            t += 1
        if t < n and _bare_of_lam(doc, doc.toks[t][2]) != doc.toks[t][2] \
                and doc.claimants.at_token(t, doc.toks[t][0]) is None:
            t += 1  # "وفق ما قالت للصحيفة ماريا": whom it was told
        if t >= n or doc.toks[t][2] in doc.words("claimant_function") or doc.gap(t).strip(" "):
            return None  # "بحسب ما أعلنت في حسابها": the subject is in the verb
        return t, True
    if t < n and _bare_of_lam(doc, doc.toks[t][2]) in doc.words("source_noun") and not doc.gap(t).strip():
        return _author_of_statement(doc, t + 1)
    if t < n and doc.toks[t][2] in doc.words("addressee_prefix"):
        t += 1  # "وفقا ل الوزارة"
    return (t, False) if t < n else None


_ASIDE_REACH = 8  # tokens from a verb of saying to an "according to" aside after its subject


def _relayed_by(doc: Doc, cues: list[M.Mention], v: M.Mention, src: int) -> tuple[int, int, int] | None:
    """"قالت الشبكة السورية ـ حسبما أفادت قناة الجزيرة ـ إن ...", "وأوضح التلفزيون، بحسب ما
    ذكر موقع روسيا اليوم أن ...": an "according to" phrase told aside between a verb of saying
    with its subject and the "that" (or "عن") opening what was said names the channel that
    relays the statement: (the token of that verb, of the aside's first word, of the word
    after it), or None. ("قال المسؤول إن ... وفقا للتقارير" is not one: there the source
    stands inside the statement.)"""
    verb = next((c for c in reversed(cues) if c.value in ("verb", "continue") and c.tok_end < v.tok
                 and v.tok - c.tok_end <= _ASIDE_REACH), None)
    if verb is None or break_between(doc, verb.tok_end, v.tok, commas=False) is not None:
        return None
    # (the channel's name may be quoted: only a full stop ends the search)
    ends, that, about = doc.clause_breaks(_FULL_STOPS + ":"), doc.words("that"), doc.words("report_of")
    for t in range(src + 1, min(len(doc.toks), src + _ASIDE_REACH)):
        if ends[t]:
            return None
        if doc.toks[t][2] in that or doc.toks[t][2] in about:
            return verb.tok, v.tok, t
    return None


_STATEMENT_ADJECTIVES = 2  # "حسب حصيلة أولية جديدة للمرصد"


def _author_of_statement(doc: Doc, t: int) -> tuple[int, bool] | None:
    """After the noun of a statement or a count, past its adjectives, the token naming its
    author: with ل ("بيان للحرس الثوري", "حصيلة أولية للمرصد"), after "صادر عن"/"نشرته", or a
    listed claimant or armed group in construct ("بيان الجيش"); None when no author is named
    ("حسب الحصيلة الأخيرة")."""
    n = len(doc.toks)
    stop_words = M.lexicons(doc.lang).claimant_stop
    for k in range(t, min(n, t + _STATEMENT_ADJECTIVES + 1)):
        if doc.gap(k).strip():
            return None
        w = doc.toks[k][2]
        if w in doc.words("addressee_prefix"):
            return (k + 1, True) if k + 1 < n else None  # "بيان لـ الجيش"
        if k == t and (m := stop_words.match_at(doc.toks, k)) is not None:
            return (k + m[1], True) if k + m[1] < n else None  # "بيان صادر عن", "بيان نشرته"
        if _bare_of_lam(doc, w) != w:
            return k, True
        if k == t and (doc.claimants.at_token(k, doc.toks[k][0]) is not None
                       or doc.actors.at_token(k, doc.toks[k][0]) is not None
                       or w in doc.words("source_body_head")):  # "تقرير لجنة برلمانية"
            return k, True
    return None


def _bare_of_lam(doc: Doc, word: str) -> str:
    """A word without the preposition ل clitic ("لبيان" -> "بيان", "للمرصد" -> "المرصد")."""
    look = tuple(doc.words("addressee_lookalike"))
    prefix = next((p for p in doc.words("addressee_prefix") if word.startswith(p)), None)
    if prefix is None or word.startswith(look):
        return word
    rest = word[len(prefix):]
    # "للمرصد": the preposition fused with the article keeps the article ("المرصد")
    lam_article = next((p for p in doc.words("lam_article") if word.startswith(p)), None)
    if lam_article is not None and not rest.startswith(look):
        return _article(doc) + word[len(lam_article):]
    return rest


def _article(doc: Doc) -> str:
    return next(iter(doc.words("article")))


def _without_lam(doc: Doc, word: str, text: str) -> str:
    """A name as written without the ل clitic before it ("للحرس الثوري" -> "الحرس الثوري",
    "للجان التنسيق" -> "لجان التنسيق"); ``word``: its first token, normalised."""
    conj = next((c + p for c in doc.words("conj_clitic") for p in doc.words("addressee_prefix")
                 if word.startswith(c + p)), None)
    if conj is not None:
        cut = len(conj) - 1
        word, text = word[cut:], text[cut:]
    bare = _bare_of_lam(doc, word)
    if bare == word:
        return text
    if len(bare) == len(word):
        lam_article = next(p for p in doc.words("lam_article") if word.startswith(p))
        return _article(doc) + text[len(lam_article):]
    return text[len(word) - len(bare):]


def _saying_verb(doc: Doc, t: int) -> bool:
    """Token ``t`` is a verb of saying, bare or with an object pronoun ("ذكره", "أعلنته")."""
    m = doc.attrib.at_token(t, doc.toks[t][0])
    if m is not None and m.value in ("verb", "continue"):
        return True
    w = doc.toks[t][2]
    lex = M.lexicons(doc.lang).attribution
    bare = lex.match_at([(0, 0, w)], 0)  # inside a longer phrase ("بحسب ما ذكر") it has no mention of its own
    if bare is not None and bare[0] in ("verb", "continue"):
        return True
    for suf in doc.words("object_suffix"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            hit = lex.match_at([(0, 0, w[:-len(suf)])], 0)
            if hit is not None and hit[0] in ("verb", "continue"):
                return True
    return False


def _source_name(doc: Doc, t: int, author: bool) -> Attribution | None:
    """An unlisted source an "according to" phrase names at ``t`` (codebook "other"): a name in
    quotation marks, an armed group or force telling of its own fight ("وفقا لجبهة النصرة"),
    or, after the noun of a statement or a verb of saying, any name ("حسب بيان للحرس
    الثوري"). Not a count, a pronoun or a word of the toll itself ("وفقا للحصيلة")."""
    n = len(doc.toks)
    fl = figure_lexicons(doc.lang)
    w = doc.toks[t][2]
    if w.isdigit() or w in doc.words("pronoun") or w in doc.words("claimant_function") \
            or fl.before.match_at(doc.toks, t) or fl.toll_lead.match_at(doc.toks, t) \
            or doc.event_words.at_token(t, doc.toks[t][0]) is not None:
        return None
    if '"' in doc.gap(t):
        end = _quote_closes(doc, t)
        if end is None:
            return None
    elif (quoted := _head_and_quote(doc, t)) is not None:
        end = quoted  # 'بحسب مجموعة "الرقة تذبح بصمت"': a body's head noun and its quoted name
    else:
        actor = doc.actors.at_token(t, doc.toks[t][0])
        # "بحسب وكالة مسار برس", "وفق صحيفة حرييت": a medium's head noun opens a name of its own
        medium = not author and _bare_of_lam(doc, w) in doc.words("medium_head")
        # "بحسب رئاسة أركان الجيش التركي": so does a body's head noun (an "other" source)
        body = not author and not medium and _bare_of_lam(doc, w) in doc.words("source_body_head")
        if not author and not medium and not body and (actor is None or actor.value == "civilians"):
            return None
        end = break_between(doc, t, min(n, t + _CLAIMANT_TEXT_MAX)) or min(n, t + _CLAIMANT_TEXT_MAX)
        end = _name_stop(doc, t, end)
        # "أقران لهما", "ماريا لوكالة ...": a word with ل after the name is whom it was told
        end = next((k for k in range(t + 1, end) if _bare_of_lam(doc, doc.toks[k][2]) != doc.toks[k][2]), end)
        if actor is not None and not author and not medium and not body:
            end = min(end, max(actor.tok_end, t + 1))
        if (medium or body) and end <= t + 1:
            return None  # "حسب مراسلنا في حلب": the head alone names no one
    if end <= t:
        return None
    if (nxt := _apposed(doc, end)) is not None:
        return Attribution(nxt.value, doc.tok_text(nxt.tok, nxt.tok_end), t)
    if doc.toks[t][2] in doc.words("medium_head") and end == t + 1 and '"' in doc.gap(end):
        # 'بيان نشرته وكالة "فارس"': a medium's head noun and its name in quotation marks
        end = _quote_closes(doc, end, stops="") or end
    text = doc.tok_text(t, end)
    text = _without_lam(doc, w, text)
    # a medium relaying ("وفق ما نقله موقع روسيا اليوم", "حسب صحف عبرية") is codebook "unnamed"
    kind = "unnamed" if _bare_of_lam(doc, w) in doc.words("medium_head") else "other"
    return Attribution(kind, " ".join(text.translate(_NO_QUOTES).split()), t)


_NO_QUOTES = str.maketrans("", "", '"«»')
_NAME_STOPS = ".,،:"  # marks no quoted name runs past


def _quote_closes(doc: Doc, t: int, stop_roles: tuple[str, ...] = (), stops: str = _NAME_STOPS) -> int | None:
    """A name in quotation marks whose first word is token ``t`` (the quote opened before it):
    the token the quote closes before, within ``_QUOTED_NAME_MAX`` tokens (``len(doc.toks)``
    when it closes after the last), or None when a mark of ``stops`` or a word of
    ``stop_roles`` (grammar roles: "that") comes first: a quotation, no name."""
    n = len(doc.toks)
    for e in range(t + 1, min(n, t + _QUOTED_NAME_MAX) + 1):
        g = doc.gap(e) if e < n else doc.text[doc.toks[e - 1][1]:doc.toks[e - 1][1] + 1]
        if '"' in g:
            return e
        if any(ch in g for ch in stops) or e < n and any(doc.toks[e][2] in doc.words(r) for r in stop_roles):
            return None
    return None


def _told(doc: Doc, cm: M.Mention) -> bool:
    tok = doc.toks[cm.tok]
    # "لرويترز", "للمرصد": the name is whom it was told to, not who said it
    return doc.text[tok[0]:cm.start].rstrip() in doc.words("addressee_clitic")


def _told_to(doc: Doc, cm: M.Mention) -> bool:
    """"A local official told AFP", "told The New Arab": the name is the object of a verb of
    telling (grammar ``told_to``), whom it was told to, not who said it."""
    told = doc.words("told_to")
    if not told or cm.tok == 0:
        return False
    t = cm.tok - 1
    if t > 0 and doc.toks[t][2] in doc.words("told_article") and doc.toks[t - 1][2] in told:
        return True
    return doc.toks[t][2] in told and doc.gap(cm.tok).strip() == ""


def _reports(doc: Doc, v: M.Mention) -> bool:
    """A verb used for reporting: followed by إن/أن, a colon, a quotation or a toll ("وثقت مقتل");
    in a language whose verbs of saying say nothing else (English "said"), any such verb."""
    if doc.pack.setting("says_without_that", "0") == "1":
        return True
    fl = figure_lexicons(doc.lang)
    if v.tok_end < len(doc.toks) and (fl.before.match_at(doc.toks, v.tok_end)
                                      or fl.toll_lead.match_at(doc.toks, v.tok_end)):
        return True
    for t in range(v.tok_end, min(len(doc.toks), v.tok_end + 3)):
        gap = doc.gap(t)
        # ... or a count right after it ("وثقت سقوط 120 قتيلا")
        if ":" in gap or '"' in gap or doc.toks[t][2] in doc.words("that") or doc.toks[t][2].isdigit():
            return True
    return False


def _subject_after(doc: Doc, v: M.Mention, names: list[M.Mention]) -> M.Mention | None:
    """The first claimant named after a reporting verb / preposition, before its clause ends."""
    reach = 1 if v.value == "prep" else VERB_REACH
    fl = figure_lexicons(doc.lang)
    for cm in names:
        if cm.tok < v.tok_end:
            continue
        if cm.tok - v.tok_end > reach:
            return None
        if break_between(doc, v.tok_end, cm.tok + 1, commas=False) is not None and cm.tok > v.tok_end:
            return None
        # "أشار إلى مقتل 11 من داعش": a name inside what was said is not who said it
        if any(fl.before.match_at(doc.toks, t) or doc.toks[t][2].isdigit() for t in range(v.tok_end, cm.tok)):
            return None
        if cm.tok > v.tok_end and doc.toks[cm.tok - 1][2] in doc.words("not_subject_before"):
            return None
        # "قالت قناة الإخبارية السورية": a medium's head noun followed by its listed name
        nxt = [m for m in names if m.tok in (cm.tok_end, cm.tok_end + 1) and m is not cm]
        if nxt and cm.tok_end - cm.tok == 1 and doc.toks[cm.tok][2] in doc.words("medium_head"):
            return nxt[0]
        return cm
    return None


_APPOSITION_GAP = 2  # words between a medium's description and its name in brackets


def _apposed(doc: Doc, t0: int) -> M.Mention | None:
    """"وكالة الأنباء الرسمية (سانا)", 'الوكالة الرسمية "سانا"': a listed name in brackets or
    quotation marks right after a generic description ending before ``t0`` (past its
    adjectives only) is who it describes."""
    for t in range(t0, min(len(doc.toks), t0 + _APPOSITION_GAP + 1)):
        if any(ch in doc.gap(t) for ch in "(\"«"):
            nxt = doc.claimants.at_token(t, doc.toks[t][0])
            return nxt if nxt is not None and nxt.value not in ("other", "unnamed", "anaphor") else None
        # only its adjectives between ("الرسمية"), not what it said ('أن "التحالف ...')
        if doc.gap(t).strip() or not doc.toks[t][2].startswith(tuple(doc.words("article"))):
            return None
    return None


def _author_named(doc: Doc, cm: M.Mention) -> M.Mention | None:
    """The listed claimant named as the author of a statement or count that an unnamed
    mention is ("تقديرات للأمم المتحدة", "تقديرات الأمم المتحدة", "أرقام المرصد"), or None."""
    if cm.tok_end - cm.tok != 1 or _bare_of_lam(doc, doc.toks[cm.tok][2]) not in doc.words("source_noun"):
        return None
    au = _author_of_statement(doc, cm.tok_end)
    if au is None:
        return None
    org = doc.claimants.at_token(au[0], doc.toks[au[0]][0])
    return org if org is not None and org.value not in ("other", "unnamed", "anaphor") else None


def _member_of(doc: Doc, cm: M.Mention) -> M.Mention | None:
    """"قال نشطاء المعارضة في المرصد السوري", "مصدر في الدفاع المدني": sources known by no
    name, placed "in" a reporting body the codebook lists (a word of their own between at
    most), speak for that body; not for a side ("مصدر في الجيش" stays unnamed)."""
    for k in range(cm.tok_end, min(len(doc.toks) - 1, cm.tok_end + 2)):
        if doc.gap(k).strip():
            return None
        if doc.toks[k][2] in doc.words("member_in"):
            if doc.gap(k + 1).strip():
                return None
            org = doc.claimants.at_token(k + 1, doc.toks[k + 1][0])
            ok = org is not None and org.start == doc.toks[k + 1][0] and org.value in _REPORTERS \
                and org.value != "local_sources"
            return org if ok else None
    return None


def _attribution(doc: Doc, cm: M.Mention) -> Attribution:
    if cm.value in ("unnamed", "other", "anaphor") and (nxt := _apposed(doc, cm.tok_end)) is not None:
        return Attribution(nxt.value, doc.tok_text(nxt.tok, nxt.tok_end), cm.tok)
    # "المتحدث باسم البنتاغون", "مدير مكتب التحالف": a generic head whose complement is a listed
    # claimant speaks for it
    if cm.value == "other" and (nxt := _complement(doc, cm.tok_end)) is not None:
        if nxt.value == "anaphor":  # "أحد الناطقين باسم الوزارة": the ministry named before
            return Attribution("anaphor", doc.tok_text(nxt.tok, nxt.tok_end), cm.tok)
        return Attribution(nxt.value, doc.tok_text(cm.tok, nxt.tok_end), cm.tok)
    if cm.value in ("unnamed", "local_sources") and (org := _member_of(doc, cm)) is not None:
        return Attribution(org.value, doc.tok_text(cm.tok, org.tok_end), cm.tok)
    if cm.value == "unnamed" and (org := _author_named(doc, cm)) is not None:
        # "وتشير تقديرات للأمم المتحدة إلى", "ذكرت تقديرات الأمم المتحدة أن": the estimate's
        # author, a listed claimant, tells it
        text = doc.tok_text(org.tok, org.tok_end)
        return Attribution(org.value, _without_lam(doc, doc.toks[org.tok][2], text), cm.tok)
    t1 = cm.tok_end
    if cm.value == "other":
        # keep the name that follows a generic head: "وزارة الداخلية التونسية", but not the
        # toll it goes on to report ("لجان التنسيق المحلية بارتفاع", "الجيش التركي مقتل")
        t1 = _name_stop(doc, cm.tok_end, min(len(doc.toks), cm.tok_end + 2))
        if M.lexicons(doc.lang).claimant_stop.match_at(doc.toks, cm.tok_end) \
                or doc.toks[min(cm.tok_end, len(doc.toks) - 1)][2] in doc.words("pronoun"):
            t1 = cm.tok_end  # "الجامعة العربية الخميس": a time word, not the name
        stop = break_between(doc, cm.tok_end, t1)
        t1 = stop if stop is not None else t1
        if cm.tok > 0 and _accuses(doc, cm.tok - 1):
            t1 = _accuser_end(doc, cm.tok, t1)  # "اتهمت دمشق إسرائيل بتنفيذ": not the accused
    text = doc.tok_text(cm.tok, t1)
    if _told(doc, cm):  # "وفقا لمراقبين", "حصيلة للمرصد": the name without its preposition
        text = _without_lam(doc, doc.toks[cm.tok][2], text)
    return Attribution(cm.value, text, cm.tok)


_CHAIN_HEADS = 1  # unlisted nouns a complement may open with ("باسم مكتب الأمم المتحدة")


def _complement(doc: Doc, t0: int) -> M.Mention | None:
    """The listed claimant (or an anaphor) that a generic head's complement starting at ``t0``
    names, at its start or past one unlisted noun of a construct chain ("المتحدثة باسم مكتب
    الأمم المتحدة"); not past punctuation, nor past another generic or unnamed head."""
    for t in range(t0, min(len(doc.toks), t0 + _CHAIN_HEADS + 1)):
        if doc.gap(t).strip():
            return None
        nxt = doc.claimants.at_token(t, doc.toks[t][0])
        if nxt is not None and nxt.start == doc.toks[t][0]:
            if nxt.value in ("other", "unnamed") or (nxt.value == "anaphor" and t > t0):
                return None
            return nxt
    return None


def break_between(doc: Doc, t0: int, t1: int, commas: bool = True) -> int | None:
    """First token in [t0, t1) that starts a new clause (punctuation or إن/أن)."""
    stops = ",،.:()\"" if commas else ".:()\""
    # (the gaps holding one of the stops, read once per article: ``Doc.clause_breaks``)
    broken, words, that = doc.clause_breaks(stops), doc.tok_words, doc.words("that")
    for t in range(t0, min(t1, len(doc.toks))):
        if (t > 0 and broken[t]) or words[t] in that:
            return t
    return None


def _unlisted_claimants(doc: Doc, verbs: list[M.Mention]) -> list[Attribution]:
    """A reporting verb followed by a name not in the lexicon, then إن/أن: codebook "other"."""
    out = []
    stop_words = M.lexicons(doc.lang).claimant_stop
    for v in verbs:
        t = v.tok_end
        if v.value == "verb" and doc.pack.setting("subject_before_verb", "0") == "1" \
                and (named := _person_before(doc, v.tok)) is not None:
            # "Abdel Wadoud al-Homsi said", "Kurdish official Mustafa Sino said": where the
            # subject stands before its verb, a person's name right before it; but "a source
            # at Aleppo Police Command said": the name is where the listed speaker before it is
            k0 = _name_before(doc, v.tok) or named
            at = next((m for m in doc.claimants.between(doc.toks[max(0, k0 - 4)][0], doc.toks[k0 - 1][1])
                       if k0 - 3 <= m.tok_end < k0), None) if k0 >= 2 else None  # ("a source at the")
            # (a medium's name ends with its head noun in English: "al-Hadas News reported")
            kind = "unnamed" if doc.toks[v.tok - 1][2] in doc.words("medium_head") else "other"
            out.append(_attribution(doc, at) if at is not None else
                       Attribution(kind, doc.tok_text(named, v.tok), named))
            continue
        if t >= len(doc.toks):
            continue
        quoted = _quoted_name(doc, t)
        if quoted is not None:
            out.append(Attribution("other", doc.tok_text(t, quoted), t))
            continue
        # "أعلن تنظيم القاعدة مسؤوليته عن ...": the name before "its responsibility" claims the
        # attack (and its toll, as "تبنى" below)
        r = _responsibility_at(doc, v)
        s0 = t
        while r is not None and s0 < r and (m := stop_words.match_at(doc.toks, s0)) is not None:
            s0 += m[1]  # "وكان الحزب أعلن الأربعاء مسؤوليته": no name after the verb
        if r is not None and s0 < r and not _not_a_name(doc, doc.toks[s0][2]) \
                and doc.toks[s0][2] not in doc.words("claimant_function") \
                and not any(doc.toks[v.tok_end - 1][2].endswith(x) for x in doc.words("plural_verb_suffix")):
            # (not after a plural verb, whose subject is in itself: "وأعلنوا ردا على ... مسؤوليتهم")
            out.append(Attribution("other", " ".join(doc.tok_text(s0, r).translate(_NO_QUOTES).split()), s0))
            continue
        # "تبنى تنظيم دولة العراق قتل ...", "وأدانت جبهة النصرة ...": an armed group right
        # after a verb of claiming or condemning is its subject (not after كان, which puts the
        # subject before the verb: "وكان النظام قد أدان الفصائل")
        if _claims_by_subject(doc, v):
            # (past a head noun of a group: "تنظيم دولة العراق الإسلامية")
            actor = doc.actors.at_token(t, doc.toks[t][0]) or (
                doc.actors.at_token(t + 1, doc.toks[t + 1][0]) if t + 1 < len(doc.toks) and not doc.gap(t + 1).strip()
                and doc.toks[t][2] in doc.words("group_head") else None)
            if actor is not None and actor.value in _ARMED_GROUPS:
                out.append(Attribution("other", doc.tok_text(t, actor.tok_end), t))
                continue
        before = _subject_before(doc, v)
        if before is not None:
            out.append(Attribution("other", doc.tok_text(before[0], before[1]), before[0]))
            continue
        # "وأعلنوا ردا على ...": a verb agreeing with a plural has its subject before it or in
        # itself (a verb before its subject stays singular)
        if any(doc.toks[v.tok_end - 1][2].endswith(x) for x in doc.words("plural_verb_suffix")):
            continue
        if doc.toks[v.tok_end - 1][2] in doc.words("told_to"):
            # "Abu Mohammad told AFP": after a verb of telling, whom it was told to; its teller
            # is the name right before it
            named = _name_before(doc, v.tok)
            if named is not None:
                out.append(Attribution("other", doc.tok_text(named, v.tok), named))
            continue
        # "وقال، في مقابلة ...": a verb whose clause breaks before any name has its speaker
        # in the verb itself
        if any(ch in doc.gap(t) for ch in ",،"):
            continue
        quoted = _head_and_quote(doc, t)
        if quoted is not None and _says_something(doc, quoted):
            # 'وقالت مجموعة "الرقة تذبح بصمت" إن': a body's head noun and its quoted name
            kind = "unnamed" if doc.toks[t][2] in doc.words("medium_head") else "other"
            out.append(Attribution(kind, " ".join(doc.tok_text(t, quoted).translate(_NO_QUOTES).split()), t))
            continue
        stop = _name_end(doc, t, min(len(doc.toks), t + _CLAIMANT_TEXT_MAX + 4))
        if stop is None or stop <= t:
            continue
        while t < stop and stop_words.match_at(doc.toks, t):
            t += stop_words.match_at(doc.toks, t)[1]
        # "وقال في تغريدته إن", "وأضاف لوكالة ... إن": a preposition, not a name, follows the verb
        if t >= stop or doc.toks[t][2] in doc.words("claimant_function"):
            continue
        if doc.toks[t][2] in doc.words("source_noun") and (au := _author_of_statement(doc, t + 1)) is not None \
                and au[0] < stop:
            # "وقال بيان للجيش التركي إن": the statement's author speaks, not the statement
            a = au[0]
            e2 = _name_stop(doc, a, min(break_between(doc, a, stop) or stop, a + _CLAIMANT_TEXT_MAX))
            if e2 > a:
                text = _without_lam(doc, doc.toks[a][2], doc.tok_text(a, e2))
                out.append(Attribution("other", " ".join(text.translate(_NO_QUOTES).split()), a))
                continue
        end = break_between(doc, t, stop) or stop  # the name ends at its first comma
        end = _name_stop(doc, t, min(end, t + _CLAIMANT_TEXT_MAX))
        if _accuses(doc, v.tok_end - 1):
            end = _accuser_end(doc, t, end)
            if _accused_passive(doc, t, end):
                continue
        # "جاء في بيان لجبهة ...": after the noun of a statement ل marks its author
        author = doc.toks[v.tok_end - 1][2] in doc.words("statement_noun") and t == v.tok_end
        if end <= t or (_not_a_name(doc, doc.toks[t][2]) and not author):
            continue
        out.append(Attribution("other", doc.tok_text(t, end), t))
    return out


_RESPONSIBILITY_REACH = _CLAIMANT_TEXT_MAX + 2  # words from the verb to "مسؤوليته"


def _responsibility_at(doc: Doc, v: M.Mention) -> int | None:
    """Where "its responsibility" follows a verb of saying and its subject, in its clause
    ("أعلنت جماعة تدعى ... مسؤوليتها عن"); None if it does not."""
    n = len(doc.toks)
    t0 = v.tok_end
    if t0 >= n:
        return None
    # the words up to the first stop after them (the article's break column, found in C)
    stop = doc.clause_breaks(_RESPONSIBILITY_STOPS).find(1, t0 + 1, n)
    hi = min(n - 1 if stop < 0 else stop - 1, t0 + _RESPONSIBILITY_REACH) + 1
    return next(compress(range(t0, hi), map(doc.words("responsibility_noun").__contains__, doc.tok_words[t0:hi])),
                None)


_RESPONSIBILITY_STOPS = ".,،:"


def _in_role(doc: Doc, t: int, role: str) -> bool:
    """Token ``t`` is a word of the grammar's ``role``, bare or behind the conjunction's clitic."""
    w, words = doc.toks[t][2], doc.words(role)
    return w in words or w[1:] in words and w.startswith(tuple(doc.words("conj_clitic")))


def _accuses(doc: Doc, t: int) -> bool:
    """Token ``t`` is a verb of accusing ("اتهمت", "واتهم")."""
    return _in_role(doc, t, "accuse_verb")


def _accuser_end(doc: Doc, t0: int, t1: int) -> int:
    """Where the subject of a verb of accusing ends within [t0, t1), before whom it accuses
    ("اتهمت المعارضة السورية قوات النظام بارتكاب", "اتهمت دمشق إسرائيل"): past a listed name
    or a construct chain (an indefinite head takes a definite word after it as its genitive:
    "منظمة العفو", not a bare name: "سوريا إسرائيل"), then past the definite adjectives after
    it, nisba adjectives ("السلطات التركية", not "الجماعة"), and its conjuncts ("دمشق وموسكو")."""
    pos = doc.toks[t0][0]
    m = doc.claimants.at_token(t0, pos) or doc.actors.at_token(t0, pos)
    art = _article(doc)
    if m is not None and m.tok == t0:
        t = m.tok_end
    else:
        t = t0 + 1
        while t < t1 and not doc.toks[t - 1][2].startswith(art) and doc.toks[t][2].startswith(art) \
                and not doc.gap(t).strip():
            t += 1
    ends = tuple(doc.words("nisba_ending"))
    conj = tuple(doc.words("conj_clitic"))
    while t < t1 and not doc.gap(t).strip():
        w = doc.toks[t][2]
        if w.startswith(art) and w.endswith(ends):
            t += 1  # its adjective
        elif w.startswith(conj) and t + 1 <= t1:
            t += 1  # "اتهمت دمشق وموسكو وطهران": a conjunct accuser
        else:
            break
    return min(t, t1)


def _accused_passive(doc: Doc, t0: int, t1: int) -> bool:
    """"واتهم النظام بشن هجوم": a verb of accusing whose subject is followed right away by the
    charge (ب + a noun), with no one accused between, is the passive (اتُّهم): the name after it
    is the accused, not who speaks."""
    if t1 >= len(doc.toks) or doc.gap(t1).strip():
        return False
    w = doc.toks[t1][2]
    return any(w.startswith(c) and len(w) > len(c) + 1 for c in doc.words("report_of_clitic"))


def _head_and_quote(doc: Doc, t: int) -> int | None:
    """'مجموعة "الرقة تذبح بصمت"', 'حملة «صوت دمشق»': a reporting body's head noun at ``t``
    (with or without ل) and its name in quotation marks right after it; where the name ends."""
    n = len(doc.toks)
    if t + 1 >= n or _bare_of_lam(doc, doc.toks[t][2]) not in doc.words("quoted_name_head") \
            or '"' not in doc.gap(t + 1):
        return None
    return _quote_closes(doc, t + 1, ("that",))


def _claims_by_subject(doc: Doc, v: M.Mention) -> bool:
    """A verb of claiming or condemning an attack ("تبنى", "أدانت")."""
    return _in_role(doc, v.tok, "claims_by_subject")


_CLAUSE_OPENING = frozenset(".,،:\n")  # marks in the gap before a verb that open a clause


def _opens_clause(doc: Doc, v: M.Mention) -> bool:
    """The verb opens its sentence or a clause. A verb of claiming does so to tell a claim:
    inside a clause ("ولتفجيرات تبنى معظمها تنظيم داعش") it says who claimed what it follows,
    not who counts the dead told before it."""
    pos = doc.toks[v.tok][0]
    return not _CLAUSE_OPENING.isdisjoint(doc.gap(v.tok)) or pos <= doc.sents[doc.sentence_of(pos)].start


# Sides that are armed groups, not states: their own statements are codebook "other" (a state's
# are its officials', which the claimant lexicon names)
_ARMED_GROUPS = frozenset({"isis", "hts", "opposition", "pro_gov", "hezbollah", "tr_backed"})


_TOLD_REACH = 6  # words that may place a teller between its name and "told" ("a source at Aleppo Police Command")


def _teller(doc: Doc, cm: M.Mention, v: M.Mention, names: list[M.Mention]) -> bool:
    """"A source at Aleppo Police Command told SANA that ...", "activist Abu Malek told AFP":
    a verb of telling whose object is whom it was told to has its speaker before it, past the
    words that place the speaker, with no clause break or other name between."""
    if doc.toks[v.tok_end - 1][2] not in doc.words("told_to"):
        return False
    gap = v.tok - cm.tok_end
    return 0 <= gap <= _TOLD_REACH and break_between(doc, cm.tok_end, v.tok) is None \
        and not any(m is not cm and cm.tok_end <= m.tok < v.tok for m in names)


def _person_before(doc: Doc, t: int) -> int | None:
    """The first token of a person's name right before token ``t`` (``_name_before``), past
    any place or side the capitalised words before it name ("Idlib Health Directorate Samir
    Haddad": the name is "Samir Haddad"); None when no two words of a name are left."""
    k = _name_before(doc, t)
    if k is None:
        return None
    a, b = doc.toks[k][0], doc.toks[t - 1][1]
    for m in chain(doc.places_in(a, b), doc.actors.between(a, b)):
        k = max(k, doc.tok_index(m.end - 1) + 1)
    return k if t - k >= 2 else None


def _name_before(doc: Doc, t: int) -> int | None:
    """The first token of a person's capitalised name ending right before token ``t`` ("Abu
    Mohammad", "Hamza al-Khatib"), or None: two words at least, in one clause (name particles
    such as "al" may stand lower-case inside it)."""
    particles, links = doc.words("name_particle"), doc.words("name_link")
    k = t
    while k > 0 and t - k < _CLAIMANT_TEXT_MAX and not doc.gap(k).strip(" -"):
        j = k - 1
        # (a body's "of"/"for" between two capitalised words: "Institute of Justice")
        if _upper(doc, j) or (doc.toks[j][2] in particles or doc.toks[j][2] in links and k < t) \
                and j > 0 and _upper(doc, j - 1):
            k = j
        else:
            break
    return k if t - k >= 2 and _upper(doc, k) else None


def _upper(doc: Doc, t: int) -> bool:
    s, _ = doc.nt.orig_span(doc.toks[t][0], doc.toks[t][1])
    return doc.nt.original[s:s + 1].isupper()


def _pluperfect_subject(doc: Doc, cm: M.Mention, v: M.Mention) -> bool:
    """"وكان رئيس الوزراء التركي رجب طيب أردوغان قد قال في وقت سابق إن ...", "وكانت الشبكة ...
    قد أفادت في وقت سابق اليوم بأن ...": between كان and "قد" + a verb of saying stands the
    verb's subject, however long its name; the verb's إن/أن may follow a time adverb."""
    if cm.tok == 0 or v.tok < 1 or doc.toks[cm.tok - 1][2] not in doc.words("kana"):
        return False
    # "قد" may be left out ("وكان مصدر أمني في البقاع أشار في وقت سابق إلى مقتل"): the verb
    # then follows the name and any words placing it, as after "قد"
    qad = doc.toks[v.tok - 1][2] in doc.words("perfect_particle")
    gap = v.tok - cm.tok_end - qad
    return 0 <= gap <= _CLAIMANT_TEXT_MAX \
        and break_between(doc, cm.tok_end, v.tok) is None and _says_something(doc, v.tok_end)


def _subject_before(doc: Doc, v: M.Mention) -> tuple[int, int] | None:
    """"وكانت الحكومة العراقية قد أعلنت": after كان the subject comes before the verb of saying;
    the tokens of its name, or None."""
    t = v.tok - 1
    # "أما الخوذ البيضاء، فقد أشارت": the "ف" after a topic glued to the verb or its "قد"
    then = tuple(doc.words("then_clitic"))
    fa = bool(then) and doc.toks[v.tok][2].startswith(then)
    if t >= 0 and doc.toks[t][2] in doc.words("perfect_particle"):
        t -= 1
    elif t >= 0 and then and doc.toks[t][2].startswith(then) and doc.toks[t][2][1:] in doc.words("perfect_particle"):
        fa, t = True, t - 1
    end = t + 1
    if not _says_something(doc, v.tok_end) or doc.claimants.between(doc.toks[max(0, t - 6)][0], doc.toks[v.tok][0]):
        return None  # "كانت الوزارة رصدت مكافأة": not a statement; a listed name is read as such
    broken = doc.clause_breaks(_SUBJECT_STOPS)  # (per token: a stop in the gap before it)
    for k in range(t, max(-1, t - _CLAIMANT_TEXT_MAX - 1), -1):
        w = doc.toks[k][2]
        if w in doc.words("kana") or fa and w in doc.words("topic_opener"):
            return (k + 1, end) if k + 1 < end else None
        # ("أما الخوذ البيضاء، فقد": the topic's comma before its "ف" breaks nothing)
        topic_comma = fa and k == t and doc.gap(k + 1).strip() in (",", "،")
        if broken[k + 1] and not topic_comma \
                or w in doc.words("claimant_function") or w.isdigit() or _not_a_name(doc, w):
            return None
    return None


_SUBJECT_STOPS = ",،.:()\""  # marks that end a subject told before its verb (one column read per article)


def _says_something(doc: Doc, t: int) -> bool:
    """What follows a verb at ``t`` is a statement: its إن/أن, a colon or the toll it reports
    comes before the sentence ends."""
    # (the words up to the sentence's end, its stops read in the article's break columns)
    hi = min(len(doc.toks), t + _SAID_REACH)
    end = doc.clause_breaks(".").find(1, t + 1, hi)
    if end >= 0:
        hi = end
    if t >= hi:
        return False
    if doc.clause_breaks(":").find(1, t, hi) >= 0 or not doc.words("that").isdisjoint(doc.tok_words[t:hi]):
        return True
    before, toks = figure_lexicons(doc.lang).before, doc.toks
    quiet = before.quiet
    return any(before.match_at(toks, k) for k in range(t, hi) if toks[k][2] not in quiet)


def _quoted_name(doc: Doc, t: int) -> int | None:
    """'قالت "اللجان"، على صفحتها، إنها ...': a short name in quotation marks right after a verb
    of saying is its subject when what was said (إن/أن or a colon) follows before the sentence
    ends, past a side phrase between commas; the end of the name, or None. A long quotation
    there is what was said, not who said it."""
    if '"' not in doc.gap(t):
        return None
    n = len(doc.toks)
    # (closed after the last token, it is followed by nothing said: no name, as below)
    end = _quote_closes(doc, t, ("that", "claimant_function"))
    if end is None or _not_a_name(doc, doc.toks[t][2]) or doc.toks[t][2] in doc.words("that"):
        return None
    fl = figure_lexicons(doc.lang)
    for k in range(end, min(n, end + _SAID_REACH)):
        g = doc.gap(k)
        if ":" in g:
            return end
        if k > end and "." in g:
            return None
        w = doc.toks[k][2]
        if w in doc.words("that"):
            return end
        # 'وقال "لن نتراجع"، مؤكدا أن': the quotation was what he said
        if w.isdigit() or fl.before.match_at(doc.toks, k) or w in doc.words("saying_adverb"):
            return None
    return None


def _name_stop(doc: Doc, t0: int, t1: int) -> int:
    """A claimant's name stops before the toll or the attack it reports ("الجيش التركي مقتل
    ثلاثة", "لجان التنسيق المحلية بارتفاع", "القصف أسفر"), before a time or manner phrase
    ("تركيا يوم السبت", "صبري قائلا"), before whom it told ("الإرياني لـCNN"), and before a
    description set after it ("the Local Coordination Committees another monitoring group")."""
    fl = figure_lexicons(doc.lang)
    stop_words = M.lexicons(doc.lang).claimant_stop
    for t in range(t0, t1):
        w = doc.toks[t][2]
        if doc.attrib.at_token(t, doc.toks[t][0]) is not None:
            return t  # "لجان التنسيق المحلية أفادت": its verb
        if w in doc.words("claimant_function") or w in doc.words("apposition_det") or w.isdigit() \
                or fl.before.match_at(doc.toks, t) \
                or fl.toll_lead.match_at(doc.toks, t) or doc.event_words.at_token(t, doc.toks[t][0]):
            return t
        if t > t0 and (stop_words.match_at(doc.toks, t) or w in doc.words("saying_adverb")
                       or _told_at(doc, t)):
            return t
    return t1


def _told_at(doc: Doc, t: int) -> bool:
    """Token ``t`` is an addressee with the preposition ل: "لـCNN", "لرويترز"."""
    cm = doc.claimants.at_token(t, doc.toks[t][0])
    return cm is not None and _told(doc, cm)


def _not_a_name(doc: Doc, word: str) -> bool:
    """"قال فيه إن", "قال لرئيس الحكومة إن": a pronoun or an addressee, not who spoke."""
    return word in doc.words("pronoun") or (
        word.startswith(tuple(doc.words("addressee_prefix")))
        and not word.startswith(tuple(doc.words("addressee_lookalike"))))


def _says_without_subject(doc: Doc, sent: Sentence) -> bool:
    """"وأعلن لاحقا أن ...": a reporting verb opening the sentence with no one named before
    its "أن" has the claimant just speaking as its subject."""
    for v in doc.attrib.between(sent.start, min(sent.end, sent.start + 16)):
        if v.value != "verb":
            continue
        t = v.tok_end
        while t < len(doc.toks) and t - v.tok_end <= 2 and doc.toks[t][2] not in doc.words("that"):
            t += 1
        return t < len(doc.toks) and doc.toks[t][2] in doc.words("that") and doc.toks[t][0] < sent.end
    return False


def _name_end(doc: Doc, t0: int, t1: int) -> int | None:
    """Where the name of an unlisted claimant after its verb ends: at the "أن" of what it
    said, or at the toll it reports ("أفادت هيئة الثورة السورية بارتفاع أعداد القتلى",
    "أعلنت الجمعية عن مقتل")."""
    stop = break_between(doc, t0, t1, commas=False)
    if stop is not None and stop > t0 and doc.toks[stop][2] in doc.words("that"):
        return stop
    fl = figure_lexicons(doc.lang)
    for t in range(t0 + 1, min(t1, len(doc.toks))):
        if doc.gap(t).strip():
            return None
        w = doc.toks[t][2]
        if w in doc.words("report_of") and t + 1 < len(doc.toks) and fl.before.match_at(doc.toks, t + 1):
            return t
        if w.startswith(tuple(doc.words("report_of_clitic"))) and (fl.before.match_at(doc.toks, t) or fl.toll_lead.match_at(doc.toks, t)):
            return t
        # "كشف مكتب التوثيق مقتل 311 شخصا", "وأعلنت تركيا مقتل سبعة": the toll as the verb's
        # direct object, after the name of a body, a side or a state (not any words: "وسجلت
        # مدينة حمورية أعلى حصيلة", "واعترفت بسقوط عشرات القتلى")
        if fl.before.match_at(doc.toks, t) and _names_a_body(doc, t0):
            return t
    return None


def _names_a_body(doc: Doc, t: int) -> bool:
    """Token ``t`` opens the name of a body that reports ("مكتب", "منظمة", "خلية"), of a side
    (an actor: "حزب العمال الكردستاني") or of a state by its land ("تركيا"); not a town, which
    a verb of recording may have as its subject ("وسجلت مدينة حمورية أعلى حصيلة")."""
    heads = doc.words("reporting_body_head")
    if not heads:
        return False  # a language that lists no such bodies reads no toll as such an object
    if doc.toks[t][2] in heads:
        return True
    pos = doc.toks[t][0]
    if doc.actors.at_token(t, pos) is not None:
        return True
    return any(p.start == pos and p.level == "country" for p in doc.places_in(pos, doc.toks[t][1]))


_ALSO_CHARS = 20  # characters from a sentence's start to an "also" among its first words


def _also_told(doc: Doc, sent: Sentence) -> bool:
    """"وقتل أيضا 21 من مسلحي التنظيم", "وأصيب نحو 120 أيضا": a sentence opened by a verb of
    casualty with "also" among its first words tells more of what the claimant before told
    (not "ميدانيا أيضا، شن الطيران": the writer turning to other news)."""
    if not continues_previous(doc, sent, "also"):
        return False
    fl = figure_lexicons(doc.lang)
    t = doc.tok_index(sent.start)
    return t < len(doc.toks) and (fl.verbs.match_at(doc.toks, t) is not None or fl.before.match_at(doc.toks, t) is not None)


def _opens_with_pronoun(doc: Doc, sent: Sentence) -> bool:
    """"It said ...", "He added ...": a sentence opening with a pronoun that stands for a
    claimant (anaphora.tsv) and a verb of saying goes on with the previous speaker, however
    far back it was named (as a "continue" opening does)."""
    said = _pronouns(doc.lang)
    if not said:
        return False
    t = doc.tok_index(sent.start)
    if t + 1 >= len(doc.toks) or doc.toks[t][2] not in said:
        return False
    return any(c.value in ("verb", "continue") and c.tok in (t + 1, t + 2)  # ("It also reported")
               for c in doc.attrib.between(doc.toks[t + 1][0], doc.toks[min(t + 2, len(doc.toks) - 1)][1]))


def continues_previous(doc: Doc, sent: Sentence, role: str = "continue") -> bool:
    reach = _ALSO_CHARS if role == "also" else 6
    for c in doc.attrib.between(sent.start, min(sent.end, sent.start + max(16, reach + 10))):
        if c.value == role and c.start - sent.start <= reach:  # (asked per sentence: a loop, no generator)
            return True
    return False


def _drafts(doc: Doc) -> list[Draft]:
    drafts: list[Draft] = []
    quote_owner: Attribution | None = None
    prev_attr: Attribution | None = None
    outlet = Attribution("outlet", None, -1)
    named: list[Attribution] = []  # claimants named so far, for anaphora
    last_side: tuple[str, int | None, int] | None = None  # (side, token, sentence) last counted
    # the sentences naming some claimant or word of saying: in the others (most of a long
    # article's) no one is named and nothing says the speaker carries on, asked of no index
    heard = {doc.sentence_of(m.start) for m in chain(doc.attrib, doc.claimants)}
    for si, sent in enumerate(doc.sents):
        if quote_owner is not None and si > 0 and sent.paragraph != doc.sents[si - 1].paragraph \
                and not doc.text[sent.start:sent.start + 1] in QUOTE_CHARS \
                and doc.text[doc.sents[si - 1].start:doc.sents[si - 1].end].rstrip()[-1:] in _FULL_STOPS:
            # a quotation left open at the end of its paragraph ends there: one running on
            # opens its next paragraph with a quote mark again (a line broken inside a sentence,
            # with no full stop before it, breaks no quotation)
            quote_owner = None
        silent = si not in heard
        raw = [] if silent else attributions(doc, sent)
        if raw and any(r.claimant == "anaphor" and norm(r.text or "") in _pronouns(doc.lang) for r in raw):
            # "he said", "it said": a pronoun stands for a claimant only in a sentence that names
            # no speaker otherwise ("said Mounzer Khalil ... he told a news conference": the
            # name, which the lexicon may not hold, is whom "he" stands for)
            raw = attributions(doc, sent, pronouns=False) or raw
        attrs = []
        for r in raw:  # (in order: "ذكر المرصد في بيان له أن ...، وأضاف البيان" refers within a sentence)
            x = _named_before(doc, sent, r) or _resolve_anaphor(doc, r, named)
            if x is not None:
                attrs.append(x)
                if r.claimant not in ("outlet", "anaphor"):
                    named.append(x)
        in_quote = quote_owner is not None
        # who tells what the sentence says before the first claimant it names (the previous
        # speaker carried on, else the quotation's owner, else the outlet); asked once per
        # sentence: it also speaks the whole sentence when it names no one
        # (a silent sentence has no cue those readers look for; a share "of them" needs none)
        carried = prev_attr is not None and (
            not silent and (continues_previous(doc, sent) or _says_without_subject(doc, sent)
                            or _opens_with_pronoun(doc, sent))
            or (doc.voice.get(si - 1) == prev_attr.claimant != "outlet"
                and (not silent and (continues_previous(doc, sent, "list") or _also_told(doc, sent))
                     or _share_of_before(doc, si))))
        unnamed = prev_attr if carried else quote_owner if in_quote else outlet
        current = attrs or [unnamed]
        # a quotation opened and not closed in this sentence runs on into the next ones
        if doc.text.count(QUOTE_CHARS, sent.start, sent.end) % 2 == 1:
            quote_owner = None if in_quote else current[-1]
        if attrs:
            prev_attr = attrs[-1]
        elif current[0].claimant != "outlet":
            prev_attr = current[0]
        doc.voice[si] = current[-1].claimant
        doc.voices[si] = current
        told_before = False  # the last count was told before a speaker opening its own report
        for h in doc.hits_in(si):
            attr = _nearest(doc, current, h.tok_start)
            if not h.subcount:
                told_before = bool(attrs) and attr is current[0] and _opens_own_report(doc, attr, h, si)
            if told_before:  # (a sub-count goes with the count it breaks down)
                attr = unnamed
            if attr.tok < h.tok_start and _background_between(doc, max(attr.tok, doc.tok_index(sent.start)), h.tok_start):
                attr = outlet
            event = sentence_event(doc, si, h)
            adjunct = adjunct_at(doc, h)
            victim, vtok = victim_of(doc, h, event)
            if victim is None and last_side is not None and last_side[2] == si and _of_them(doc, h):
                # "مقتل 11 من داعش ...، بينما قتل 29 منهم": "of them" is the side counted before
                # in the sentence (past it, "them" may be anyone told since: "هاجموا ... الرد
                # عليهم. وقتل اثنان منهم")
                victim, vtok = last_side[0], last_side[1]
            if victim is not None and not h.subcount:
                last_side = (victim, vtok, si)
            joined = None if h.subcount else joined_count_before(doc, si, h)
            listed = None if h.subcount or joined is not None else _listed_before(doc, si, h)
            d = _attach(drafts, si, sent, attr, h, victim, vtok, event, adjunct, joined, listed)
            d.hits.append(h)
            if attr.partner is not None:
                _attach(drafts, si, sent, attr.partner, h, victim, vtok, event, adjunct, joined).hits.append(h)
    return [d for d in drafts if d.hits and not all(h.subcount for h in d.hits)]


def _listed_before(doc: Doc, si: int, h: FigureHit) -> FigureHit | None:
    """The figure of one person right before ``h``, a comma alone between them, when ``h``
    counts one person too ("a farmer, a teacher and a nurse"): the list goes on."""
    if h.figure.low != 1 or h.figure.high != 1 or h.tok_start == 0:
        return None
    prev = next((x for x in reversed(doc.hits_in(si)) if x.tok_end <= h.tok_start and not x.subcount), None)
    if prev is None or prev.tok_end != h.tok_start or prev.figure.low != 1 or prev.figure.high != 1:
        return None
    return prev if doc.gap(h.tok_start).strip() == "," else None


_SURNAME_REACH = 10  # tokens between a person's name and the claimant it was named as


def _named_before(doc: Doc, sent: Sentence, x: Attribution) -> Attribution | None:
    """"وقال ديفيس إن ...": a one-word name outside the lexicon that an earlier sentence gave
    beside a listed claimant ("وقال جيف ديفيس أحد المتحدثين باسم البنتاغون") is that claimant."""
    if x.claimant != "other" or not x.text or " " in x.text.strip() or x.tok >= len(doc.toks) \
            or doc.claimants.at_token(x.tok, doc.toks[x.tok][0]) is not None:
        return None  # ("وقالت الشرطة": a listed head, read by its own entry)
    w = doc.toks[x.tok][2]
    for k in range(doc.tok_index(sent.start) - 1, -1, -1):
        if doc.toks[k][2] != w:
            continue
        for y in doc.voices.get(doc.sentence_of(doc.toks[k][0]), []):
            if abs(y.tok - k) <= _SURNAME_REACH and y.claimant not in ("outlet", "other", "anaphor"):
                return Attribution(y.claimant, x.text, x.tok)
        return None
    return None


_SHARE_OPENING = 2  # tokens before a share's count at the start of its sentence ("وقتل 30 منهم")


def _share_of_before(doc: Doc, si: int) -> bool:
    """"وقتل 30 منهم في حلب": a sentence whose first count is told "of them" shares out the
    toll the sentence before told; it is that toll's claimant's."""
    hits = doc.hits_in(si)
    # (the count itself, no noun of people between it and "منهم": "مقتل 14 مواطنا، منهم أربعة
    # أتراك" opens a breakdown of its own toll; and the sentence opens with it, its verb at most
    # before: "هاجموا القرية ... ما أسفر عن إصابة أربعة منهم" is of those it told)
    return bool(hits) and _of_them(doc, hits[0]) and hits[0].tok_end == hits[0].qty_tok + 1 \
        and not doc.gap(hits[0].tok_end).strip() \
        and hits[0].tok_start - doc.tok_index(doc.sents[si].start) <= _SHARE_OPENING


def _of_them(doc: Doc, h: FigureHit) -> bool:
    """A count told of "them" ("قتل 29 منهم"): its people are those counted before it."""
    return not h.subcount and h.tok_end < len(doc.toks) and doc.toks[h.tok_end][2] in doc.words("of_them")


def _resolve_anaphor(doc: Doc, x: Attribution, named: list[Attribution]) -> Attribution | None:
    """"المسؤول" is the last claimant named with that noun ("مسؤول أمريكي"), else the last named
    claimant of a kind the noun may refer to ("وقال التقرير": a body that issues reports, not a
    person nor local sources; "وأضاف المسؤول": a person), else one the article names outside
    the lexicon (coded as the language pack says: a body "other", an agency "unnamed"); an
    unlisted claimant referred to keeps its name. A lone definite noun outside the lexicon ("وأضافت
    المجموعة", "وقالت الصحيفة") is the last claimant named with that noun ("مجموعة القبعات
    البيض"), else a name of its own."""
    article = tuple(doc.words("article"))
    if x.claimant == "other" and x.text and " " not in x.text.strip():
        head = _bare(norm(x.text), article)
        if norm(x.text).startswith(article) and len(head) > 2:
            for prev in reversed(named):
                if head in (_bare(w, article) for w in norm(prev.text or "").split()):
                    return Attribution(prev.claimant, prev.text, x.tok)
        return x
    if x.claimant != "anaphor":
        return x
    if not named:
        # "وبحسب المصدر" with no one named before: a source known only as such (an anaphor
        # whose code, failing a claimant named before, is "unnamed")
        found = _anaphora(doc.lang)[0].get(norm(x.text or ""))
        return Attribution("unnamed", x.text, x.tok) if found is not None and found[1] == "unnamed" else None
    anaphor = norm(x.text or "")
    head = _bare(anaphor, article)
    refers, heads = _anaphora(doc.lang)
    found = refers.get(anaphor) or refers.get(head)
    clitics = tuple(doc.words("conj_clitic")) + tuple(doc.words("addressee_prefix"))
    if found is not None and found[1] == "-":
        # a pronoun ("it said", "he told AFP"): the claimant named last, in its own sentence or
        # the one before, if of its kinds; past that (a speaker the lexicon does not hold may
        # have been named since) none
        prev = named[-1]
        here = doc.sentence_of(doc.toks[x.tok][0])
        if prev.tok < 0 or here - doc.sentence_of(doc.toks[prev.tok][0]) > 1 \
                or not found[0] & _speaker_kinds(prev, heads, article, clitics):
            return None
        return _referred(x, prev)
    for prev in reversed(named):
        if head and head in norm(prev.text or ""):
            return _referred(x, prev)
    if found is None:
        return _referred(x, named[-1])
    kinds, otherwise = found
    for prev in reversed(named):
        if kinds & _speaker_kinds(prev, heads, article, clitics):
            return _referred(x, prev)
    return Attribution(otherwise, x.text, x.tok)


def _referred(x: Attribution, prev: Attribution) -> Attribution:
    """The anaphor ``x`` read as ``prev``: a claimant outside the list keeps its name."""
    return Attribution(prev.claimant, prev.text if prev.claimant == "other" else x.text, x.tok)


def _speaker_kinds(prev: Attribution, heads: dict[str, frozenset[str]], article: tuple[str, ...],
                   clitics: tuple[str, ...]) -> frozenset[str]:
    """What kind of speaker a claimant named before is: by the head noun its name opens with
    ("مدير المرصد": a person; "وزارة الخارجية التركية": a body), else by its codebook id."""
    words = norm(prev.text or "").split()
    if words:
        w = words[0]
        for form in (w, w[1:] if w.startswith(clitics) else ""):
            if form and (k := heads.get(_bare(form, article)) or heads.get(form)) is not None:
                return k
    return claimant_kinds().get(prev.claimant, frozenset())


@lru_cache(maxsize=8)
def _anaphora(lang: str) -> tuple[dict[str, tuple[frozenset[str], str]], dict[str, frozenset[str]]]:
    """The language's anaphors with the kinds of claimant each may refer to (and its code when
    none was named), and its head nouns with the kinds of claimant a name opening with one is
    (``anaphora.tsv``)."""
    refers: dict[str, tuple[frozenset[str], str]] = {}
    heads: dict[str, frozenset[str]] = {}
    for row in pack(lang).rows("anaphora"):
        if len(row) >= 3 and row[0] in ("refers", "head"):  # (the noun last, as in every pack file)
            kinds = frozenset(k.strip() for k in row[1].split(",") if k.strip())
            if row[0] == "head":
                heads[norm(row[-1])] = kinds
            elif len(row) >= 4:
                refers[norm(row[-1])] = (kinds, row[2] or "unnamed")
    return refers, heads


@lru_cache(maxsize=8)
def _pronouns(lang: str) -> frozenset[str]:
    """The language's pronouns that refer back to a claimant (anaphora.tsv rows whose "else"
    is "-": with none of their kinds named just before, they stand for no one)."""
    return frozenset(w for w, (_kinds, otherwise) in _anaphora(lang)[0].items() if otherwise == "-")


@lru_cache(maxsize=1)
def claimant_kinds() -> dict[str, frozenset[str]]:
    """Each codebook claimant's kinds of speaker (``claimant_kinds.tsv``)."""
    return {row[0]: frozenset(k.strip() for k in row[1].split(",") if k.strip())
            for row in read_tsv("claimant_kinds.tsv") if len(row) >= 2}


def _bare(word: str, article: tuple[str, ...]) -> str:
    """The word without its definite article."""
    for a in article:
        if word.startswith(a):
            return word[len(a):]
    return word


def speaker_at(doc: Doc, si: int, tok: int | None = None) -> Attribution | None:
    """Who tells what sentence ``si`` says at token ``tok`` (at its end when None)."""
    attrs = doc.voices.get(si)
    if not attrs:
        return None
    return attrs[-1] if tok is None else _nearest(doc, attrs, tok)


def _nearest(doc: Doc, attrs: list[Attribution], tok: int) -> Attribution:
    """The claimant a figure at ``tok`` is told by: the last named before it, unless the first
    named after it is an "according to" trailing the figure's clause ("قتل 20 عنصرا، وفق
    المرصد" even after "أعلنت الوزارة أن ...")."""
    if len(attrs) == 1:
        return attrs[0]
    after = [x for x in attrs if x.tok > tok]
    if after:
        first = min(after, key=lambda x: x.tok)
        if _trailing_according(doc, first, tok):
            return first
    before = [x for x in attrs if x.tok <= tok]
    if before:
        return max(before, key=lambda x: x.tok)
    return min(attrs, key=lambda x: x.tok)


def _opens_own_report(doc: Doc, x: Attribution, h: FigureHit, si: int) -> bool:
    """"وقتلت نحو عشرين شخصا، وقال ناشطون إن قصفا ... أسفر عن مقتل ثلاثين", "أدى إلى مقتل
    عدد من المدنيين، بينما قال مراسل الجزيرة إن ...": a claimant whose verb of saying opens a
    clause of its own after a figure (with "and" right after the break, or after a word setting
    it beside what came before) and goes on to a statement of its own ("that ...", or figures of its own)
    tells that statement, not the figure before it. Not a trailing "according to" ("، بحسب
    المرصد الذي أشار إلى أن"), nor a verb inside the figure's own phrase ("في حصيلة قال عبد
    الرحمن إنها", "حيث علم المرصد")."""
    if x.tok <= h.tok_end:
        return False
    b = break_between(doc, h.tok_end, x.tok)
    if b is None:
        return False
    cues = doc.attrib.between(doc.toks[b][0], doc.toks[x.tok][0])
    if any(c.value == "prep" for c in cues):
        return False
    verb = next((c for c in cues if c.value in ("verb", "continue")), None)
    if verb is None:
        return False
    lead = " ".join(doc.toks[t][2] for t in range(b, verb.tok))
    # a bare verb right after a comma may start a clause on the thing before it ("قتل جندي في
    # غارة، قال المرصد إن التحالف شنها"); "وقال" or "بينما قال" starts a statement of its own
    if lead not in doc.words("contrast_opener") and (lead or verb.value != "continue"):
        return False
    t = x.tok + len((x.text or "").split())
    if t < len(doc.toks) and doc.toks[t][2] in doc.words("that"):
        return True
    return any(k.tok_start > x.tok and not k.subcount for k in doc.hits_in(si))


def _background_between(doc: Doc, t0: int, t1: int) -> bool:
    """"أكد قائد الجيش أن ...، وذلك بعد يومين من مقتل عسكريين": a clause opened by وذلك and a
    word of time is the writer's background to the statement, not part of it."""
    that, time = doc.words("background_that"), doc.words("background_time")
    end = min(t1, len(doc.toks) - 1)
    # (asked per figure: only the words that are "وذلك" are read, picked out in C)
    for t in compress(range(t0, end), map(that.__contains__, doc.tok_words[t0:end])):
        if doc.toks[t + 1][2] in time:
            return True
    return _after_what_was_said(doc, t0, t1)


def _after_what_was_said(doc: Doc, t0: int, t1: int) -> bool:
    """"أكد الرئيس تصميمه على ... بعد مقتل العلامة في انفجار قتل خمسين", "أعلنت القوات
    استعدادها لتبادل أسرى بعد أن أقدم الجهاديون على قطع رأس ...": a speaker whose verb takes
    a noun, not "that" and a statement, and a casualty told after "بعد"/"إثر" in the writer's
    words as the occasion of what was said: the speaker tells no toll there."""
    time, that = doc.words("background_time"), doc.words("that")
    # (the speaker's verb may stand before its name: "أكد الرئيس")
    cues = doc.attrib.between(doc.toks[max(0, t0 - 2)][0], doc.toks[t1][0])
    verb = next((c for c in cues if c.value in ("verb", "continue")), None)
    if verb is None or any(c.value == "prep" for c in cues):
        return False
    fl = figure_lexicons(doc.lang)
    for t in range(verb.tok_end, min(t1, len(doc.toks) - 1)):
        w = doc.toks[t][2]
        if w in that or (m := fl.before.match_at(doc.toks, t)) is not None and t + m[1] <= t1 and t > verb.tok_end + 2 \
                and doc.toks[t - 1][2] not in time:
            return False  # what was said opens, or a toll of its own is reported
        if w in time and t > verb.tok_end + 1 and t + 1 < len(doc.toks) and (
                doc.toks[t + 1][2] in that or fl.before.match_at(doc.toks, t + 1) is not None):
            return True
    return False


def _trailing_according(doc: Doc, x: Attribution, tok: int) -> bool:
    """``x`` is named by an "according to" word ("وفق", "بحسب") that closes the clause of the
    figure at ``tok`` (no punctuation between them but before the word itself), not one that
    opens what follows ("وبحسب المرصد فإن ..."). "نقلا عن" is not one: who relays a source
    still speaks ("قال عبد الرحمن، نقلا عن مصادر طبية")."""
    if x.tok <= 0:
        return False
    # "وفق المرصد", or "وفقا لما أفادت به وكالة ..." with a verb of saying between
    near = doc.attrib.between(doc.toks[max(0, x.tok - 5)][0], doc.toks[x.tok][0])
    verbs = [c for c in near if c.value == "verb"]
    preps = [c for c in near if c.value == "prep" and (c.tok_end == x.tok or (
        verbs and c.tok_end < verbs[-1].tok and x.tok - verbs[-1].tok_end <= 1))]
    if not preps or not _closes_clause(doc, preps[0].tok):
        return False
    opens = doc.words("that") | doc.words("that_after_according")
    t = x.tok + len((x.text or "").split())  # the word right after the name
    if t < len(doc.toks) and doc.toks[t][2] in opens:
        return False
    # "مقتل 53 شخصا و235 جريحا، وفقا لما ذكرته الوزارة": the counts joined to the figure's
    # close its clause with it, so the "according to" after the last one trails them all
    si = doc.sentence_of(doc.toks[tok][0])
    last = next((k for k in doc.hits_in(si) if k.tok_start == tok and not k.subcount), None)
    for k in doc.hits_in(si) if last is not None else ():
        if last.tok_start < k.tok_start < preps[0].tok and joined_count_before(doc, si, k) is last:
            last = k
    if last is not None:
        tok = last.tok_start
    return break_between(doc, tok + 1, preps[0].tok) is None


def _closes_clause(doc: Doc, t: int) -> bool:
    w = doc.toks[t][2]
    closing = doc.words("according_after")
    wa = tuple(doc.words("conj_clitic"))
    return w in closing or (w.startswith(wa) and w[len(wa[0]):] in closing)


_SIDE_REACH = 60  # characters from an armed word ("عناصر") to the side it belongs to
_CLAUSE_END = re.compile(r"[،,.؛;:\n]")


def victim_of(doc: Doc, h: FigureHit, event: Event | None = None) -> tuple[str | None, int | None]:
    """The side a figure counts, read from the figure itself, and the token naming it; none
    when it counts both sides of the fight ``event`` tells."""
    if h.figure.group in ("civilians", "children", "women"):
        return "civilians", None
    loyal = loyal_side(doc, h)
    if loyal is not None:
        return loyal
    if h.victim_actor_tok is not None:
        # the side is named at the armed word itself ("من قوات النظام") or in its noun phrase
        # ("من أفراد سلاح الجو الروسي"), not past the clause ("من الطرفين، وتحاول قوات النظام")
        pos = doc.toks[h.victim_actor_tok][0]
        end = pos + _SIDE_REACH
        stop = _CLAUSE_END.search(doc.text, pos, end)
        for m in doc.actors.between(max(0, pos - 12), stop.start() if stop else end):
            if m.end <= pos:
                continue  # "سبعة مسلحين من حزب الله": the counted noun before "من" is no side of its own
            if m.start > pos and doc.event_words.between(pos, m.start):
                break  # "عنصر ... لمهاجمة مقر لقيادة قسد": past an attack, its target, not their side
            if m.value != "civilians" and not backer(doc, m):
                fight = event is not None and event.type == "clashes"
                return (None, None) if fight and _with_its_enemy(doc, m) else (m.value, m.tok)
    # the counted noun phrase itself may name the side: "تسعة جنود عراقيين", "عنصرين من حزب
    # الله", "تسعة مقاتلين معارضين" (the side may run on past the figure's last word)
    # ("أعدم التنظيم رجلين": a name between a verb of attack and the count is who did it;
    # "قتلى المعارضة ثلاثة" names whose dead)
    s, e = doc.toks[h.tok_start][0], doc.toks[min(h.tok_end, len(doc.toks) - 1)][1]
    q = doc.toks[h.qty_tok][0]
    if q > s and (doc.event_words.between(s, q) or
                  figure_lexicons(doc.lang).verbs.match_at(doc.toks, h.tok_start) is not None):
        s = q
    agent = object_verb_subject(doc, h)  # "لأشخاص أحرقتهم قوات النظام": who did it, not whom
    for m in doc.actors.between(s, e + 40):
        if m.start > e:
            break
        if agent is not None and m.start >= agent.start:
            break
        if m.tok >= h.tok_end and doc.sentence_of(m.start) != doc.sentence_of(q):
            break  # "... and 10 wounded. MOSCOW (Sputnik) ...": the next sentence's dateline
        if m.tok >= h.tok_end and doc.event_words.at_token(m.tok, doc.toks[m.tok][0]) is not None:
            continue  # a weapon past the noun: "قتلوا ببراميل متفجرة" is how, not whom
        if m.value != "civilians" and not backer(doc, m):
            if _both_sides_counted(doc, h, m):
                return None, None
            return m.value, m.tok
    # "ثلاثة جنود أتراك", "11 إيرانيا": the counted people's nationality is their state's side
    # (one and two follow the noun and its adjective: "عسكريين تركيين اثنين" names them before)
    dem = demonyms(doc.lang)
    before = (h.qty_tok - 1,) if h.qty_tok - 2 >= h.tok_start else ()
    for t in (*before, *range(h.qty_tok, min(h.tok_end + 1, len(doc.toks)))):
        d = dem.match_at(doc.toks, t)
        if d is not None and (h.figure.group == "combatants" or d[0][1]):
            return d[0][0], t
    # "5 مقاتلين من هيئة تحرير الشام": a side named right after the counted noun (not after
    # the figure's verb: "75 people died from barrel bombs" says what killed them)
    k = None if _ends_at_its_verb(doc, h) else side_named_after(doc.toks, h.tok_end, doc.lang)
    if k is None:
        k = _belonging_to(doc, h)
    if k is None:
        k = _ranks_after_verb(doc, h)
    if k is not None:
        m = doc.actors.at_token(k, doc.toks[k][0])
        if m is not None and m.value != "civilians":
            return m.value, m.tok
    # "قتل عددا من عناصر اللواء": the body a bare head noun refers back to; "قياديا في تنظيم
    # داعش وخمسة متطرفين آخرين": others joined to a named side's man are more of its men
    return side_by_head(doc, h) or side_of_others(doc, h) or (None, None)


def _belonging_to(doc: Doc, h: FigureHit) -> int | None:
    """"مقتل تسعة عناصر تابعين لقوات النظام", "مقاتلين ينتمون لتنظيم داعش": the side a word of
    belonging right after the counted fighters names, its first word."""
    t = h.tok_end
    if h.figure.group != "combatants" or t + 1 >= len(doc.toks) or doc.toks[t][2] not in doc.words("belongs_to") \
            or doc.gap(t).strip() or doc.gap(t + 1).strip():
        return None
    for k in (t + 1, t + 2):  # "ينتمون إلى تنظيم داعش": a preposition may stand apart
        if k < len(doc.toks) and doc.actors.at_token(k, doc.toks[k][0]) is not None:
            return k
        if k < len(doc.toks) and doc.gap(k + 1).strip():
            break
    return None


def _ranks_after_verb(doc: Doc, h: FigureHit) -> int | None:
    """"تسعة قتلى على الأقل سقطوا من صفوف مقاتلي داعش": past the figure's own verb of
    casualty, "from/in the ranks of" still names whose dead they were (a bare "من" there
    says what killed them: "قتلوا من جراء القصف")."""
    L = figure_lexicons(doc.lang)
    m = L.after.match_at(doc.toks, h.tok_end) if h.tok_end < len(doc.toks) else None
    k = h.tok_end + m[1] if m is not None else None
    if k is None or k >= len(doc.toks) or L.ranks.match_at(doc.toks, k) is None or doc.gap(k).strip():
        return None
    return side_named_after(doc.toks, k, doc.lang)


def _ends_at_its_verb(doc: Doc, h: FigureHit) -> bool:
    """The figure's last words are its verb of casualty ("75 people died", "were killed") and
    the word after it says what killed them ("from"), not whose dead they were."""
    if h.tok_end >= len(doc.toks) or doc.toks[h.tok_end][2] not in doc.words("cause_after_verb"):
        return False
    after = figure_lexicons(doc.lang).after
    return any((m := after.match_at(doc.toks, t)) is not None and t + m[1] == h.tok_end
               for t in range(max(h.qty_tok + 1, h.tok_end - 4), h.tok_end))


def _both_sides_counted(doc: Doc, h: FigureHit, m: M.Mention) -> bool:
    """"70 regime and rebel fighters": sides of a fight joined before the counted noun are one
    count of both, whose dead it is not one side's."""
    if m.tok < h.qty_tok or m.tok_end >= h.tok_end or doc.toks[m.tok_end][2] not in doc.words("conj"):
        return False
    nxt = doc.actors.at_token(m.tok_end + 1, doc.toks[m.tok_end + 1][0])
    return nxt is not None and nxt.tok < h.tok_end and nxt.value not in ("civilians", m.value) \
        and not allied(nxt.value, m.value) and not _its_ally(doc, nxt)


@lru_cache(maxsize=None)
def demonyms(lang: str) -> Lexicon:
    """Demonym -> (actor id, whether it names the side as the counted noun itself)."""
    P = pack(lang)
    lex: Lexicon = P.lexicon()
    for row in P.rows("demonyms"):
        if len(row) >= 3:
            for form in P.phrase_forms(row[2], "name"):
                lex.add(form, (row[0], row[1] == "any"))
    return lex


def _with_its_enemy(doc: Doc, m: M.Mention) -> bool:
    """"28 عنصرا من الفصائل المقاتلة وتنظيم داعش" (in clashes between them): one count of
    both sides. A third side's strike on two ("قتلت 3042 من داعش وجبهة النصرة") counts the
    first named, as the codebook's annotators did."""
    if m.tok_end >= len(doc.toks) or not doc.toks[m.tok_end][2].startswith(tuple(doc.words("conj_clitic"))):
        return False
    nxt = doc.actors.at_token(m.tok_end, doc.toks[m.tok_end][0])
    return nxt is not None and nxt.value not in ("civilians", m.value) and not allied(nxt.value, m.value) \
        and not _its_ally(doc, nxt)


def _its_ally(doc: Doc, nxt: M.Mention) -> bool:
    """"القوات الحكومية ومسلحين متحالفين معها": the side joined on is said to be the first's
    ally or loyalist, one camp with it."""
    t = nxt.tok_end
    return t < len(doc.toks) and not doc.gap(t).strip() \
        and pack(doc.lang).role_lexicon("victims", "ally_of_it").match_at(doc.toks, t) is not None


def _attach(drafts: list[Draft], si: int, sent: Sentence, attr: Attribution, h: FigureHit,
            victim: str | None, vtok: int | None, event: object | None, adjunct: int | None = None,
            joined: FigureHit | None = None, listed: FigureHit | None = None) -> Draft:
    """The draft a figure goes in: its sentence's draft by the same claimant, of the same attack,
    side and adjunct, that counts no people of its kind yet (else a new one). ``listed``: the
    figure of one person right before ``h`` on a list of people ("a farmer, a teacher")."""
    if h.share_of is not None:
        # "... مقتل 426 شخصا. ومن بين القتلى 98 طفلا": a share of a toll told in an earlier
        # sentence goes in that toll's claim, when the same claimant tells it or no one is
        # named for it (the article's own voice going on with the toll); else it is a figure
        # of its own
        toll = next((d for d in reversed(drafts) if any(x is h.share_of for x in d.hits)), None)
        if toll is not None and attr.claimant in (toll.attribution.claimant, "outlet"):
            return toll
        h.subcount = h.subcount and not h.recorded
    for n, d in enumerate(reversed(drafts)):
        if d.sentence != si or n >= _DRAFTS_LOOKED_AT:
            break
        if d.attribution.claimant != attr.claimant or d.attribution.text != attr.text:
            continue
        # "قتل خمسة في غارة على سرمين، فيما أصيب ثلاثة في قصف على بنش": two attacks, two claims
        if not h.subcount and event is not None and d.event is not None and event is not d.event:
            continue
        # "اعتقلت الشرطة عشرين شخصا على خلفية مقتل شرطي": the dead of a prior event told in an
        # adjunct are not counted with the main clause's
        if not h.subcount and adjunct != d.adjunct:
            continue
        if joined is not None and any(x is joined for x in d.hits) and (
                d.victim is None and victim is None and "combatants" not in (joined.figure.group, h.figure.group)
                or d.victim is not None and victim is not None and d.victim != victim and allied(d.victim, victim)):
            # "مقتل عنصرين من حزب الله وثلاثة مقاتلين موالين للنظام", "أربعة أتراك وستة سوريين":
            # allies, or people who are no fighters, counted one after the other by "و" are the
            # victims of one attack, one figure each (fighters of no side told may be foes:
            # "مقتل خمسة عسكريين ومسلح")
            return d
        if listed is None and joined is not None and joined.figure.low == joined.figure.high == 1:
            listed = joined
        if listed is not None and any(x is listed for x in d.hits) and h.figure.low == h.figure.high == 1 \
                and listed.figure.low == listed.figure.high == 1 and h.figure.kind == listed.figure.kind \
                and (d.victim is None or victim is None or d.victim == victim):
            # "a father, a mother and a son were killed": one person joined to another of one
            # list, of the same side, is one more of the same claim's dead
            return d
        kinds = {(x.figure.kind, x.figure.group) for x in d.hits if not x.subcount}
        same_side = d.victim is None or victim is None or d.victim == victim or h.subcount
        if same_side and ((h.figure.kind, h.figure.group) not in kinds or h.subcount):
            if victim and not d.victim and not h.subcount:
                d.victim, d.victim_tok = victim, vtok
            return d
    d = Draft(si, sent.paragraph, attr, victim=victim if not h.subcount else None,
              victim_tok=vtok if not h.subcount else None, event=event, adjunct=adjunct)
    drafts.append(d)
    return d
