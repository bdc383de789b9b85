"""Construction: a stance against an agreement is a stance against its parties.

Requires: the words, mentions and trigger hits of a sentence, the relations
the rules found in it, and a per-document :class:`AgreementMemory`.
Provides: ``opposes`` relations (rule ``against-agreement``) from whoever
rejects, condemns or declares void an agreement to each party that signed it.

News on this war states it in two steps as often as in one: «وقعت تركيا
وحكومة الوفاق مذكرتي تفاهم …» and later «أعلنت مصر رفضها لهذا الاتفاق» or
«وهو ما أيدته قبرص».  So the parties of the last agreement a document
names are remembered and stand for «هذا الاتفاق», «المذكرتين» in a later
sentence that names none.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from kg.actors import QUOTE_MARKS, Mention, Word, each_actor, variants
from kg.constructions.context import CAUSES  # («بسبب», «على خلفية»: what a stance is taken over)
from kg.constructions.predicate import CONSIDERING  # (verbs of considering and describing: «اعتبر», «وصف»)
from kg.constructions.received import PROVOKING  # (the verbs of provoking a reaction, «أثار غضب …»)
from kg.grammar import (COMPLEMENTIZERS, DUAL_NOUNS, LIST_HEADS, MARKER_WORDS, NOMINAL_BEFORE, RELATIVES, THING_OBJECTS,
                        WHEN, circumstance_asides, clause_bounds, clitic_marker, conditional, coordinated,
                        dual_subject_between, dual_subject_near, each_of, group_subject_near, has_pronoun, lodged_with,
                        marker_before, negated_at, object_pronoun, past_marks_back, planned, question,
                        relative_antecedent, speakers, upos, urged, while_at)
from kg.ontology import SYMMETRIC
from kg.relations import Relation, TriggerHit
from kg.triggers import CLAUSE_BREAKS, aside_span, conjunction_on, stem_match

AGREEMENT_NOUNS = {"اتفاق", "اتفاقا", "اتفاقيه", "اتفاقيات", "اتفاقات", "اتفاقيتين", "اتفاقيتي", "مذكره", "مذكرتي",
                   "مذكرتين", "اتفاقين", "اتفاقي",  # («دانت مصر وقبرص الاتفاقين»: the dual)
                   "مذكرتا", "مذكرتان", "اتفاقيتا", "اتفاقيتان", "اتفاقان",  # («أثارت مذكرتا التفاهم …»: its subject)
                   "مذكرات", "صفقه"}
UNDER = {"بموجب", "بمقتضي", "وفق", "وفقا", "طبقا"}  # normalised: «بموجب الاتفاق مع X», acting under it
SIGNING = ("وقع", "ابرم", "مبرم", "موقع", "توقيع")  # stems: «التي وقعها», «المبرمة بين», «الموقعة مع»
OBJECT_WINDOW = 5  # words from the trigger to the agreement it is about
PARTIES_WINDOW = 12  # words from the agreement noun to its parties
ASIDE_REACH = 10  # words of where or when set off by commas between the signers and the agreement
LONG_SUBJECT = 20  # words of a signing verb's subject that a comma closes before the agreement
CAUSE_REACH = 8  # words from the subject to «على خلفية/بسبب» before a signing (the object, where, between)


@dataclass
class AgreementMemory:
    """The parties of the last agreement a document named, and of the last one named by each
    noun: «الاتفاق» later in the text is the last «اتفاق», not the «مذكرة» named since."""
    parties: list[Mention] = field(default_factory=list)
    by_noun: dict[str, list[Mention]] = field(default_factory=dict)
    recent: bool = False  # did the sentence just read name an agreement with its parties?
    noun: str = ""  # the last agreement noun named with its parties (normalised): a pronoun after it agrees with it

    def recall(self, word: Word) -> list[Mention]:
        return self.by_noun.get(_family(word)) or self.parties

    def remember(self, word: Word, parties: list[Mention], party: Callable[[str], str]) -> None:
        # one deal named by two nouns, once with one party («الاتفاق البحري مع أنقرة») and once with both («المذكرة
        # التي وقعها السراج وأردوغان»): either noun named again later is the deal with both
        sides = {party(m.actor) for m in parties}
        if len(sides) == 1:
            parties = next((p for p in [self.parties, *self.by_noun.values()]
                            if sides < {party(m.actor) for m in p}), parties)
        else:
            for family, known in self.by_noun.items():
                if {party(m.actor) for m in known} < sides:
                    self.by_noun[family] = parties
        self.parties = parties
        self.by_noun[_family(word)] = parties
        self.noun = word.norm


def _family(word: Word) -> str:
    """«مذكرة التفاهم» or an agreement of another name («اتفاق», «اتفاقية», «صفقة»)."""
    return "مذكره" if any(v.startswith("مذكر") for v in _bare(word.norm)) else "اتفاق"


def _bare(norm: str) -> set[str]:
    out = set()
    for v in variants(norm):
        out.add(v)
        if v.startswith("ال"):
            out.add(v[2:])
    return out


EXPECTING = ("يتوقع", "تتوقع", "نتوقع", "اتوقع", "توقعات")  # «توقّع» with its imperfect's prefix: to expect, not sign


def _signing(word: Word) -> bool:
    return any((v.startswith(SIGNING) or v.lstrip("يتن").startswith(SIGNING)) and not v.startswith(EXPECTING)
               for v in _bare(word.norm))


HYPHENS = {"-", "–", "‐"}


def _paired_party(words: list[Word], adjectives: list[Mention]) -> list[Mention]:
    """«الاتفاق التركي الليبي», «المذكرة الليبية التركية»: a nationality adjective right beside a state's
    that names an actor only as an agreement's other party (``kg:pairedDemonym``)."""
    from kg.actors import default_matcher
    matcher = default_matcher()
    for k, step in ((adjectives[-1].last + 1, 1), (adjectives[0].first - 1, -1)):
        if 0 <= k < len(words) and words[k].text in HYPHENS:
            k += step  # («مذكرة التفاهم التركية-الليبية»: the two adjectives joined by a hyphen)
        if 0 <= k < len(words) and not any(m.first <= k <= m.last for m in adjectives):
            actor = matcher.paired_demonym_at(words[k])
            if actor is not None and actor not in {m.actor for m in adjectives}:
                return [Mention(actor, k, k, words[k].start, words[k].end, "demonym")]
    return []


def _signed_with(words: list[Word], mentions: list[Mention], i: int) -> list[Mention]:
    """«توقيع حكومة الوفاق مذكرة التفاهم البحرية مع تركيا»: the one the agreement at word ``i`` was signed with."""
    return [m for m in mentions if i < m.first <= i + PARTIES_WINDOW and marker_before(words, m) == "مع"
            and not any(w.punct for w in words[i + 1:m.first])]


def _signers_before_comma(words: list[Word], mentions: list[Mention], comma: int, i: int) -> list[Mention]:
    """The subjects of a signing verb whose subject a comma closes right before the agreement at word ``i``:
    the verb opens the clause of the subject (no punctuation between), at most LONG_SUBJECT words before it."""
    for k in range(comma - 1, max(-1, comma - 1 - LONG_SUBJECT), -1):
        if words[k].punct or agreement_at(words[k]):
            return []
        if _signing(words[k]):
            before = [m for m in mentions if k < m.first and m.last < comma]
            return before + _signed_with(words, mentions, i) if before else []
    return []


def _subject_before(words: list[Word], mentions: list[Mention], k: int) -> list[Mention]:
    """The subject right before a signing verb at word ``k`` that has none after it, past «قد» («مصر واليونان
    توقعان اتفاقا», «وكانت مصر واليونان قد وقعتا اتفاقا»); not one behind a preposition, nor for a verb that
    opens a clause of its own with «و»."""
    j = k - 1 if k > 0 and words[k - 1].norm in ("قد", "لقد") else k
    last = next((m for m in mentions if m.last == j - 1), None)
    # (a verb of two or more the tagger may call a name in a headline: «مصر واليونان توقعان اتفاقا»)
    verb = upos(words[k]) == "VERB" or words[k].norm.endswith(("ان", "ون", "تا"))
    if not verb or conjunction_on(words[k]) or last is None:
        return []
    group = coordinated(words, mentions, last)
    return group if group[-1] is last and marker_before(words, group[0]) is None else []


def _ends_parties(words: list[Word], i: int, k: int) -> bool:
    """Does word ``k`` end the reach of the parties named after the agreement at word ``i``: the sentence's end, or
    another deal's noun («إن الاتفاق يلغي المذكرة التي أبرمها أردوغان مع السراج»), unless joined to this one by «و»
    past its adjectives, the parties then both deals' («رفضهما للمذكرة وللاتفاق المبرمين بين تركيا وطرابلس»)?"""
    if words[k].norm in {".", "؛", ";", "!", "؟"}:
        return True
    return agreement_at(words[k]) and not (conjunction_on(words[k]) and all(upos(w) == "ADJ" for w in words[i + 1:k]))


def agreement_at(word: Word) -> bool:
    return bool(_bare(word.norm) & AGREEMENT_NOUNS)


def agreement_parties(words: list[Word], mentions: list[Mention], i: int) -> list[Mention]:
    """The parties of the agreement named at word ``i``: «بين X و Y», «مع X»
    with the actor before, nationality adjectives after it (الاتفاق التركي
    الليبي), or the subjects of a signing verb after it (التي وقعها X و Y)."""
    # «وقعت تركيا وحكومة الوفاق مذكرتي تفاهم»: the subjects of a signing verb before it
    k, skipped = i - 1, 0
    while k >= 0 and i - k - skipped <= PARTIES_WINDOW:
        if words[k].punct:
            # («وقع وزيرا خارجية اليونان ومصر، اليوم، اتفاقا»: a day set off by commas; «وقع أردوغان والسراج، خلال
            # لقاء جمعهما في إسطنبول، مذكرتي تفاهم»: or where, not counted in the distance)
            j = k - 1
            while j >= 0 and words[j].norm in WHEN:
                j -= 1
            if j == k - 1 and words[k].norm in ("،", ","):
                j = next((x for x in range(k - 1, max(-1, k - 1 - ASIDE_REACH), -1) if words[x].punct), -1)
                # («وقع الوزيران، الأحد في أثينا، اتفاقا»: or one that a day opens)
                if j < 0 or words[j].norm not in ("،", ",") or \
                        (words[j + 1].norm.lstrip("و") not in NOMINAL_BEFORE and words[j + 1].norm not in WHEN):
                    # («وقّع وزير الدفاع التركي خلوصي أكار ورئيس المجلس الرئاسي فايز السراج، اتفاقا للتعاون»: or a
                    # subject so long that a comma closes it right before the agreement)
                    signers = _signers_before_comma(words, mentions, k, i) if k == i - 1 else []
                    if signers:
                        return signers
                    break
                skipped += k - j + 1
                k = j - 1
                continue
            if j == k - 1 or j < 0 or words[j].norm not in ("،", ","):
                break
            skipped += k - j + 1
            k = j - 1
            continue
        if agreement_at(words[k]):
            break  # («وقعت قبرص واليونان اتفاقا ردا على الاتفاق التركي»: the signing verb is the other deal's)
        if _signing(words[k]):
            before = [m for m in mentions if k < m.first and m.last < i] or _subject_before(words, mentions, k)
            if before:
                return before + _signed_with(words, mentions, i)
            break
        k -= 1
    end = i
    while end + 1 < len(words) and end + 1 <= i + PARTIES_WINDOW and not _ends_parties(words, i, end + 1):
        end += 1
    after = [m for m in mentions if i < m.first <= end]
    if not after:
        return []
    span = words[i + 1:end + 1]
    if any(w.norm in {"بين", "وبين"} for w in span):
        k = next(j for j in range(i + 1, end + 1) if words[j].norm in {"بين", "وبين"})
        between = [m for m in after if m.first > k]
        if not between:
            return []
        # (the pair joined after «بين», not an actor further on: «… بين تركيا وحكومة الوفاق تنتهك قرارات مجلس
        # الأمن»; «بين حكومة الوفاق، وتركيا»: the second after a comma)
        pair = [m for m in coordinated(words, mentions, between[0]) if m in between]
        if len(pair) == 1 and len(between) > 1 and conjunction_on(words[between[1].first]) and \
                [w.norm for w in words[pair[0].last + 1:between[1].first]] in (["،"], [","]):
            pair.append(between[1])
        return pair
    # (not a signing joined by «و» before another deal's noun: «بموجب المذكرة مع أنقرة وتوقيع اتفاقية عسكرية»)
    # (past the agreement's own adjectives and quotation marks: «"المذكرة غير الشرعية" التي وقعها السراج مع …»)
    lead = 0
    while lead < len(span) and (span[lead].text in QUOTE_MARKS or span[lead].norm == "غير" or
                                upos(span[lead]) == "ADJ" and span[lead].norm.startswith("ال")):
        lead += 1
    signed = any(_signing(w) and not (conjunction_on(w) and any(agreement_at(x) for x in words[i + j + 2:i + j + 4]))
                 for j, w in enumerate(span[:4]))
    # («الاتفاق الخاص بترسيم الحدود البحرية في شرق المتوسط الذي أبرمته أنقرة مع …»: past the agreement's long name,
    # a relative clause of signing before any punctuation)
    unbroken = span[:next((j for j, w in enumerate(span) if w.punct), len(span))]
    signed = signed or any(w.norm in RELATIVES and _signing(unbroken[j + 1]) for j, w in enumerate(unbroken[:-1]))
    if signed or (span and span[0].norm in RELATIVES) or (lead < len(span) and span[lead].norm in RELATIVES):
        return after
    # (its own adjectives: «الاتفاق البحري التركي»; not those of the noun after it, «الاتفاق يلغي المذكرة التركية»)
    # («مذكرة التفاهم التركية الليبية»: past the construct's genitive; «الاتفاق الليبي-التركي»: and a hyphen)
    adjectives = [m for m in after if m.kind == "demonym" and m.first <= i + 3 + sum(w.text in HYPHENS
                                                                                  for w in words[i + 1:m.first])
                  and all(upos(w) == "ADJ" or w.norm in ("التفاهم", "تفاهم") or w.text in HYPHENS
                          or any(o.first <= j <= o.last for o in after if o.kind == "demonym")
                          for j, w in enumerate(words[i + 1:m.first], start=i + 1))]
    if adjectives:
        return adjectives + _paired_party(words, adjectives)
    with_ = [m for m in after if marker_before(words, m) == "مع"]
    # (its owner, «اتفاق حكومة الوفاق مع تركيا»: not a speaker before a verb, «قال مجلس النواب إن البرلمان يرفض
    # المذكرة مع تركيا»)
    # (nor the subject of a stance on it, behind a preposition: «واحتجت مصر على الاتفاق البحري مع تركيا»)
    before = [] if clitic_marker(words[i]) is not None else \
        [m for m in mentions if m.last < i and m.last >= i - 4
         and not any(upos(w) in ("VERB", "AUX", "ADP") or w.norm in COMPLEMENTIZERS or w.norm in MARKER_WORDS
                     or w.norm in NOMINAL_BEFORE for w in words[m.last + 1:i])]
    if with_ and before:
        return [before[-1]] + with_
    if with_ and i > 0 and words[i - 1].norm.lstrip("و") in UNDER:
        # «قالت أنقرة إن سفنها تعمل بموجب المذكرة مع حكومة الوفاق»: who acts under the agreement with X,
        # the clause's subject, is its other party
        subject = next((m for m in mentions if m.last < i and marker_before(words, m) is None), None)
        if subject is not None:
            return [subject] + with_
    return with_  # «الاحتجاج على توقيع مذكرة التفاهم مع تركيا»: the one party named


def _dual_signers(words: list[Word], rules: list[Relation], i: int, previous_pair: tuple | None) -> list[Mention]:
    """«استقبل أردوغان السراج …، ووقع الجانبان مذكرة تفاهم»: a signing verb right before the agreement at word ``i``
    whose subject is a dual («الجانبان», «الرئيسان»): the two sides of the meeting or call told before it in the
    sentence, else of the last one in the sentence before (``previous_pair``)."""
    if not (i >= 2 and _signing(words[i - 2]) and words[i - 1].norm in DUAL_NOUNS):
        return []
    r = _last_meeting(rules, words[i - 2].start)
    if r is not None:
        return [r.source, r.target]
    return list(previous_pair) if previous_pair else []


def _last_meeting(rules: list[Relation], end: int) -> Relation | None:
    """The last meeting or call the sentence's rules read ending by character ``end``."""
    return next((r for r in reversed(rules) if r.relation in SYMMETRIC and r.end <= end), None)


def _meeting_pair(words: list[Word], mentions: list[Mention], rules: list[Relation], hit: TriggerHit,
                  previous_pair: tuple | None = None) -> list[Mention]:
    """«أجرى شكري اتصالا مع لودريان واتفقا على بطلان الاتفاق»: the two sides of a meeting or
    call earlier in the sentence, when a dual verb or pronoun makes them the subject; or of the
    last one in the sentence before, when the dual subject stands close before the trigger
    («… التقى شكري نظيره اليوناني. واتفق الوزيران على بطلان المذكرة»)."""
    r = _last_meeting(rules, words[hit.first].start)
    if r is not None:
        last = max(k for k, w in enumerate(words) if w.start < r.end)
        return [r.source, r.target] if dual_subject_between(words, last, hit, mentions) else []
    if previous_pair and dual_subject_near(words, hit, mentions):
        return list(previous_pair)
    return []


def _verbal(words: list[Word], hit: TriggerHit) -> bool:
    """A verb, or a phrase that opens on one («يهدد أمن …»)."""
    return hit.kind == "verb" or (hit.kind == "phrase" and upos(words[hit.first]) == "VERB")


COPULAS = ("مثل", "شكل")  # verb stems: «يمثل/يشكل انتهاكا», what the agreement amounts to


def _deed_predicate(words: list[Word], i: int, hit: TriggerHit) -> bool:
    """«قالت أثينا إن المذكرة "انتهاك لحقوق اليونان"», «أن الاتفاق بين أنقرة وطرابلس يمثل تهديدا لأمن المنطقة»:
    an indefinite noun of a deed charged (a violation, an aggression, a threat) that is the predicate of an
    agreement opening a clause after «إن/أن» (bare after its phrase, or the object of «يمثل/يشكل») is a verdict on
    the agreement, as «باطل» is; not a deed named in a clause of its own («أن الاتفاق جاء ردا على انتهاك …»)."""
    w = words[hit.first]
    if hit.kind not in ("noun", "phrase") or _verbal(words, hit) or \
            not (hit.trigger.reported_deed or hit.trigger.agent_is_target) or i < 1 or \
            words[i - 1].norm not in COMPLEMENTIZERS or w.norm.startswith(("ال", "وال")) or \
            clitic_marker(w) is not None:
        return False
    k = past_marks_back(words, hit.first - 1)
    if k > i and any(stem_match(words[k], v, "verb") for v in COPULAS):
        k = past_marks_back(words, k - 1)
    gap = words[i + 1:k + 1]
    return len(gap) <= PARTIES_WINDOW and not any(x.punct and x.text not in QUOTE_MARKS for x in gap) and \
        not any(upos(x) in ("VERB", "AUX") and not _signing(x) for x in gap)


def _apposition(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> bool:
    """Is the predicate set off by a comma right after an actor («حكومة الوفاق، فاقدة الشرعية»)?"""
    k = hit.first - 1
    return k >= 1 and words[k].norm in {"،", ","} and any(m.last == k - 1 for m in mentions)


PROVOKING_REACH = 14  # words from «أثار» to the reaction noun, the agreement and its parties between
HOLDER_REACH = 4  # words from the reaction noun to the actor behind «لدى/من» who holds it
HEADED_REACH = 10  # words from the reaction noun to the actor after «على رأسهم/أبرزهم»
POINTING = {"تلك", "هذه", "ذلك", "هذا"}  # normalised demonstratives: «تلك المذكرة»
REFERRING_BACK = {"ما", "مما", "الذي"}  # «…، ما أثار», «الأمر الذي أثار»: the clause before provoked it
# stems: the agreement met with the reaction, «قوبل الاتفاق برفض من …», «لقيت المذكرة معارضة من …», «واجه»
MET_WITH = ("لقي", "لاق", "قوبل", "واجه")


def _provoked_by(words: list[Word], mentions: list[Mention], named: dict, hit: TriggerHit,
                 a: int, recent: bool = False) -> tuple[int, Mention] | None:
    """An opposition noun after «أثار/يثير» (or «لقي/قوبل بـ», met with) whose subject, between them, is
    an agreement (or, after «ما», the agreement the clause before named; or that of a clause joined before
    it; or, ``recent``, that of the sentence before), and the actor right after the noun who reacts: (the
    agreement's index, -1 for the sentence before's, that actor)."""
    # (the tagger takes some indefinite accusatives for verbs: «أثارت المذكرة رفضا واسعا»)
    accusative = hit.kind == "verb" and words[hit.first].norm.endswith("ا") and not has_pronoun(words[hit.first])
    if hit.kind != "noun" and not accusative:
        return None
    verb = next((k for k in range(max(a, hit.first - PROVOKING_REACH), hit.first)
                 if any(stem_match(words[k], v, "verb") for v in PROVOKING + MET_WITH)), None)
    i = next((i for i in named if verb is not None and verb < i < hit.first), None)
    if i is None and verb is not None and verb > 0 and words[verb - 1].norm in REFERRING_BACK:
        # «وقعت حكومة الوفاق مذكرتي تفاهم مع تركيا، ما أثار غضب اليونان»: what the clause before did
        i = max((i for i in named if i < verb), default=None)
    if i is None and verb is not None and verb > 1 and words[verb - 1].punct and conjunction_on(words[verb]):
        # «وأصبحت هذه المذكرة سببا لتوتر، وأثارت رفضا …»: a verb joined after a comma shares the subject of
        # the clause before, an agreement right after that clause's verb (past a demonstrative)
        first = min((k for k in named if k < verb), default=None)
        head = first - 1 if first is not None and first > 0 and words[first - 1].norm in POINTING else first
        if head is not None and head > 0 and upos(words[head - 1]) in ("VERB", "AUX"):
            i = first
    if i is None and verb is not None and recent and all(w.punct for w in words[:verb]) and \
            [w.norm for w in words[verb + 1:hit.first]] in ([], ["الخطوه"], ["هذه", "الخطوه"]) and \
            not any(m.first < hit.first for m in mentions):
        # «وقعت أنقرة وطرابلس اتفاقا … . وأثارت (الخطوة) غضبا لدى …»: a sentence that opens on the verb, its
        # subject dropped or «the step», after a sentence that named an agreement: that agreement (-1: the memory's)
        i = -1
    # (or the one behind «لدى/من» past the noun's adjectives: «أثار الاتفاق معارضة واسعة لدى مصر واليونان»)
    # («… رفضا من جيران تركيا، وعلى رأسهم اليونان وقبرص»: or the ones at the head of those who hold it)
    reacting = next((m for m in mentions if m.first == hit.last + 1 and marker_before(words, m) is None), None) or \
        next((m for m in mentions if hit.last + 1 < m.first <= hit.last + HOLDER_REACH
              and words[m.first - 1].norm in ("لدي", "من")
              and all(upos(w) == "ADJ" for w in words[hit.last + 1:m.first - 1])), None) or \
        next((m for m in mentions if hit.last < m.first <= hit.last + HEADED_REACH
              and words[m.first - 1].norm in LIST_HEADS
              and not any(w.norm in CLAUSE_BREAKS for w in words[hit.last + 1:m.first])), None)
    return (i, reacting) if i is not None and reacting is not None else None


def against_agreements(words: list[Word], mentions: list[Mention], hits: list[TriggerHit],
                       rules: list[Relation], salient: Mention | None, memory: AgreementMemory,
                       party, previous_pair: tuple | None = None, previous_group: tuple = ()) -> list[Relation]:
    """The opposition to an agreement's parties that the sentence states, and the memory updated
    (``previous_group``: three or more sides named before, whom a plural subject names: «الوزراء الأربعة»)."""
    out: list[Relation] = []
    named = {}
    for i, w in enumerate(words):
        if agreement_at(w):
            named[i] = agreement_parties(words, mentions, i) or _dual_signers(words, rules, i, previous_pair)
    for hit in hits:
        if hit.trigger.relation != "opposes":
            continue
        a, b = clause_bounds(words, hit.first)
        if conditional(words, hit, a) or question(words, a, b) or planned(words, hit):
            continue
        provoked = _provoked_by(words, mentions, named, hit, a, memory.recent)
        if provoked is not None:
            # «أثار الاتفاق البحري بين أنقرة وطرابلس غضب اليونان وقبرص»: the reaction's genitive opposes the
            # agreement that provoked it
            i, reacting = provoked
            parties = memory.parties if i < 0 else [p for p in named[i] if p.last < hit.first] or memory.recall(words[i])
            sides = {party(p.actor) for p in parties}
            for src in each_actor(coordinated(words, mentions, reacting)):
                for t in parties:
                    if party(t.actor) != party(src.actor) and party(src.actor) not in sides:
                        out.append(Relation("opposes", src, t, negated_at(words, hit, mentions), 0.6,
                                            f"against-agreement:{hit.trigger.id}", min(t.start, words[hit.first].start),
                                            max(src.end, words[hit.last].end)))
            continue
        # the agreement is the trigger's object («رفض الاتفاق»), or what a predicate is said of («الاتفاق باطل»)
        # («احتجاج اليونان الشديد على توقيع حكومة الوفاق مذكرة …»: the signing is the object, the agreement its own)
        signing = next((j for j in range(hit.last + 1, min(len(words), hit.last + OBJECT_WINDOW)) if _signing(words[j])
                        and upos(words[j]) == "NOUN"), None)
        # («احتجت اليونان رسميا لدى الأمم المتحدة على المذكرة»: past the one the protest is lodged with)
        lodged = next((m for m in mentions if hit.last < m.first <= hit.last + OBJECT_WINDOW and lodged_with(words, m)),
                      None)
        # («ندد رئيس مجلس النواب المستشار عقيلة صالح بالاتفاقية …»: past the subject's long name after the verb)
        # («أدانت كل من مصر والسعودية الاتفاق …»: past «كل من» and the subject's coordinated group)
        subject = next((m for m in mentions if (m.first == hit.last + 1 and marker_before(words, m) is None) or
                        (m.first == hit.last + 3 and each_of(words, m))), None)
        subject_end = coordinated(words, mentions, subject)[-1].last if subject is not None else hit.last
        # («استدعت اليونان السفير الليبي على خلفية توقيع حكومة الوفاق مذكرة …»: or the signing right after the cause's
        # «على خلفية/بسبب/إثر», past the verb's object)
        cause = next((j for j in range(subject_end + 1, min(len(words), subject_end + CAUSE_REACH))
                      if words[j].norm in CAUSES), None)
        if signing is None and cause is not None:
            signing = next((j for j in range(cause + 1, min(len(words), cause + 3)) if _signing(words[j])
                            and upos(words[j]) == "NOUN"), None)
        # («رفضت اليونان، في بيان صدر عن وزارة خارجيتها، الاتفاق …»: past where or when, set off by commas after it)
        aside = aside_span(words, subject_end)
        said = aside[1] if aside is not None and aside[0] == subject_end + 1 else 0
        reach = max(hit.last, signing or 0, lodged.last if lodged is not None else 0, subject_end, said) + OBJECT_WINDOW
        # (an agreement a deed noun is said to be: «أن المذكرة انتهاك …»)
        deed_judged = [i for i in named if a < i < hit.first and _deed_predicate(words, i, hit)]
        # (not after a predicate noun with a possessive of its own, which names whose it is: «فقدت حكومة
        # الوفاق شرعيتها بعد الاتفاق مع أنقرة» is the government's legitimacy, not the agreement's)
        owned = hit.trigger.target_before and hit.kind != "verb" and has_pronoun(words[hit.last])
        # (a predicate before it: not of an agreement named before «فيما/بينما/في حين», which opens a clause of its
        # own: «قال شكري إن الاتفاق …، فيما اعتبر دندياس أن مذكرة التفاهم الموقعة بين أنقرة وحكومة الوفاق باطلة»)
        # (past the aside, only the verb's own object: not an agreement after an actor there, «حمل أردوغان، في كلمة
        # …، حفتر مسؤولية إفشال الاتفاق»)
        near = [i for i in named if hit.last < i <= reach and not owned and
                not (said and any(said < m.first < i for m in mentions))] or \
            ([i for i in named if a <= i < hit.first and not any(while_at(words, k) for k in range(i + 1, hit.first))]
             if hit.trigger.target_before else []) or \
            ([i for i in named if a < i < hit.first and words[i - 1].norm in COMPLEMENTIZERS]
             if hit.trigger.reported_deed and _verbal(words, hit) else []) or \
            deed_judged  # «أن الاتفاق … ينتهك القانون الدولي», «أن الاتفاق … انتهاك للقانون الدولي»
        # (a predicate said of the agreement before it: its signers and its speaker read as for «باطل»)
        judged = bool(near) and near[0] < hit.first and (hit.trigger.target_before or near[0] in deed_judged)
        resumer = None
        # («…، تعتبرها اليونان "باطلة"»: for a predicate, a pronoun on a verb of considering before it, whose subject
        # holds the verdict)
        considering = _considering_before(words, hit, a) if hit.trigger.target_before else None
        if not near:
            resuming = considering if hit.trigger.target_before else hit
            parties = _resumed_agreement(words, resuming, named, memory) if resuming is not None else []
            if not parties:
                continue
            i = resuming.last  # («… ورفضتها مصر»: the agreement a pronoun on the verb resumes)
            # (its subject right after the pronoun: «واعترضت عليها القاهرة»)
            at = object_pronoun(words, resuming, RESUMING)[1]
            resumer = next((m for m in mentions if (m.first == at and marker_before(words, m) is None) or
                            (m.first == at + 2 and each_of(words, m))), None)  # («نددت بهما كل من اليونان ومصر»)
        elif hit.trigger.target_before and _apposition(words, mentions, hit):
            continue  # «بين المجلس الرئاسي، فاقد الشرعية، وموسكو»: said of the government, not the deal
        else:
            i = near[0]
            parties = named[i] or memory.recall(words[i])
            if considering is not None and i < considering.first:
                resumer = next((m for m in mentions if m.first == considering.last + 1
                                and marker_before(words, m) is None), None)
        if judged:
            # «الاتفاقية التي وقعها X و Y باطلة بالنسبة لأنقرة»: the signers stand before the predicate
            # (the parties recalled from an earlier sentence have their word numbers there: all kept)
            parties = [p for p in parties if p not in mentions or p.last < hit.first or p.first < i] or parties
        if not parties:
            continue
        sides = {party(p.actor) for p in parties}  # the agreement's own parties do not oppose it
        # «قرار المجلس الأوروبي الرافض للمذكرتين»: a participle's source is the actor it qualifies
        qualified = next((m for m in mentions if m.last == hit.first - 1), None) if hit.kind == "active" else None
        # «… باطلة بالنسبة لأنقرة»: void in the eyes of the actor named after «بالنسبة»
        regarding = next((m for m in mentions if hit.last < m.first <= hit.last + 2
                          and words[m.first - 1].norm in ("بالنسبه", "وبالنسبه")), None)
        # «شدد شكري … على رفض مصر للاتفاق»: a masdar's genitive before the agreement is who rejects it
        genitive = next((m for m in mentions if m.first == hit.last + 1 and m.last < i and hit.kind == "noun"
                         and marker_before(words, m, hit.last) is None and party(m.actor) not in sides), None)
        # (not one inside an aside set off by commas: «رفضت اليونان، كما فعلت قبرص، الاتفاق …» is Greece's)
        aside = {j for o, c in circumstance_asides(words) for j in range(o, c + 1)}
        before = [m for m in reversed(mentions) if a <= m.last < i and party(m.actor) not in sides
                  and (marker_before(words, m) is None or each_of(words, coordinated(words, mentions, m)[0]))
                  and not _object_after_subject(words, mentions, m) and m.first not in aside]
        if before and urged(words, mentions, before[0]):
            # «تحث اليونان حفتر على رفض الاتفاق»: the one urged holds no stance yet; who urges does (the verb's
            # subject, else the speaker: «قال الوزير إن بلاده تحث البرلمان على …»)
            group = coordinated(words, mentions, before[0])
            before = [m for m in before if m.last < min(x.first for x in group)]
        # (never one of the parties named after the agreement: «اعتبروا أن المذكرتين الموقعتين بين تركيا وحكومة
        # الوفاق باطلتان»)
        named_after = {party(p.actor) for p in parties if p in mentions and p.first > i}
        # («رفضت اليونان المذكرة …، كما أعلنت قبرص ومصر أنها "لا أثر قانونيا لها"»: a predicate said by a speaker
        # named after the agreement is that speaker's)
        later = [m for m in speakers(words, mentions, hit) if m.first > i] if judged else []
        source = resumer or genitive or qualified or regarding or (later[-1] if later else None) or \
            next((r.source for r in rules if words[hit.first].start >= r.start and words[hit.last].end <= r.end
                  and r.relation == "opposes" and party(r.source.actor) not in named_after), None) or \
            next(iter(before), None) or \
            next(speakers(words, mentions, hit), None) or salient  # («قال نائب في البرلمان اليوناني إن …»)
        # («بيان صادر عن مصر وفرنسا رفض البلدين للاتفاق»: the source's coordinated group)
        group = list(previous_group) \
            if len(previous_group) > 2 and genitive is None and group_subject_near(words, hit) else []
        sources = (coordinated(words, mentions, genitive) if genitive is not None else []) or group or \
            _meeting_pair(words, mentions, rules, hit, previous_pair) or \
            (coordinated(words, mentions, source) if source is not None else [])
        # («رفض البلدين للمذكرة»: both; never a party of the agreement itself: «ووقع الجانبان مذكرة رفضتها اليونان»)
        sources = [m for m in each_actor(sources) if party(m.actor) not in sides]
        neg = negated_at(words, hit, mentions)
        for src in sources:
            for t in parties:
                if party(t.actor) == party(src.actor):
                    continue
                local = [x for x in (src, t) if x in mentions]
                start = min([x.start for x in local] + [words[hit.first].start])
                end = max([x.end for x in local] + [words[hit.last].end])
                out.append(Relation("opposes", src, t, neg, 0.6, f"against-agreement:{hit.trigger.id}", start, end))
    memory.recent = False
    for i, parties in named.items():
        if parties:
            memory.remember(words[i], parties, party)
            memory.recent = True
    return out


RESUMING = THING_OBJECTS | {"به", "له", "عليه", "بهما", "لهما", "عليهما"}  # normalised: «رحبت به», «اعترضت عليها»


def _resumed_agreement(words: list[Word], hit: TriggerHit, named: dict, memory: AgreementMemory) -> list[Mention]:
    """«وقعت تركيا وحكومة الوفاق مذكرة تفاهم. ورفضتها مصر», «… ووصفها الوزير اليوناني بأنها باطلة»: a stance verb
    whose object is a pronoun (on the verb, or behind its preposition right after it) of the gender of the agreement
    named last (earlier in the sentence, else in the sentence before) resumes that agreement: its parties."""
    resumed = object_pronoun(words, hit, RESUMING) if hit.kind == "verb" else None
    if resumed is None:
        return []
    pronoun = resumed[0]
    if hit.first > 0 and words[hit.first - 1].norm.lstrip("و") in RELATIVES:
        # («المساعدات التي تقدمها تركيا»: the pronoun of a relative clause resumes its antecedent, which may be the
        # agreement: «… المذكرة، التي تعتبرها أثينا باطلة»)
        j = relative_antecedent(words, hit.first)
        if j is None or j < 0 or not agreement_at(words[j]):
            return []
        return named.get(j) or memory.recall(words[j])
    # (an agreement named again bare earlier in the sentence is the one remembered: «أعلنت رفضها للاتفاق، كما رفضته
    # حكومة الوفاق»)
    earlier = [j for j in named if j < hit.first and (named[j] or memory.recall(words[j]))]
    noun, parties = (words[earlier[-1]].norm, named[earlier[-1]] or memory.recall(words[earlier[-1]])) if earlier \
        else ((memory.noun, memory.parties) if memory.recent else ("", []))
    # (not past another noun the pronoun agrees with: «وسخرت أنقرة من الزيارة، بينما وصفتها …» is the visit)
    since = earlier[-1] + 1 if earlier else 0
    # (a plural of things, «الحقول», is resumed by «ها», never by «ه»: «أبرمت قبرص ومصر اتفاقا لتقاسم الحقول،
    # بينما انتقدته أنقرة» is the agreement)
    other = any(upos(w) == "NOUN" and _agrees(_definite_noun(w.norm), pronoun) and not agreement_at(w)
                and not (pronoun.endswith("ه") and _plural(w))
                for w in words[since:hit.first] if _definite_noun(w.norm))
    return parties if parties and _agrees(noun, pronoun) and not other else []


def _considering_before(words: list[Word], hit: TriggerHit, a: int) -> TriggerHit | None:
    """The verb of considering or describing with an object pronoun before the predicate in its clause («…، تعتبرها
    اليونان "باطلة"», «ووصفها الوزير بأنها لاغية»), as a hit of its own: its pronoun may resume an agreement."""
    k = next((j for j in range(hit.first - 1, a - 1, -1) if has_pronoun(words[j]) and upos(words[j]) == "VERB"
              and any(stem_match(words[j], v, "verb") for v in CONSIDERING)), None)
    return replace(hit, kind="verb", first=k, last=k) if k is not None else None


def _definite_noun(norm: str) -> str:
    """The word without «و/ف» and a preposition before its article, if it has the article («بالزيارة» →
    «زياره»), else empty."""
    norm = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
    for prefix in ("بال", "لل", "كال", "ال"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
            return norm[len(prefix):]
    return ""


def _plural(word: Word) -> bool:
    """Does the tagger call the word's noun a plural (a broken plural too: «الحدود», «الأسلحة»)?"""
    return any(t.upos == "NOUN" and t.feat("Number") == "Plur" for t in word.tokens)


def _agrees(noun: str, pronoun: str) -> bool:
    """Does the pronoun agree with the agreement noun: «ها» a feminine or a plural of things («المذكرة»,
    «الاتفاقيات»), «هما» a dual («المذكرتين»), «ه» a masculine («الاتفاق»)?"""
    dual = noun.endswith(("تين", "تي", "ين"))
    if pronoun.endswith("هما"):
        return dual
    if pronoun.endswith("ها"):
        return not dual and noun.endswith(("ه", "ات"))
    return not dual and not noun.endswith(("ه", "ات"))


def _object_after_subject(words: list[Word], mentions: list[Mention], m: Mention) -> bool:
    """«استدعت الخارجية اليونانية السفير التركي للاحتجاج على …»: an actor right after a verb's subject is its
    object (the ambassador summoned), not who protests."""
    subject = next((p for p in mentions if p.last == m.first - 1 and marker_before(words, p) is None), None)
    return subject is not None and subject.first > 0 and upos(words[subject.first - 1]) == "VERB"
