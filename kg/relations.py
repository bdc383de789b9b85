"""Stage 4 -- relations: who supports / opposes / called / met whom, per sentence.

Requires: words and :class:`kg.actors.Mention` s of a sentence, the
triggers from ``ontology/triggers.ttl``.  Provides: :class:`Relation` s
(source and target mentions, negated flag, confidence, rule, evidence span).

What this module does per sentence, and where the rest lives:
  - trigger words are found by :mod:`kg.triggers`; a trigger in a
    conditional (لو، إذا، في حال), a question, a planned meeting, or the
    affirming verb of «وهو ما أيدته X» states nothing;
  - negation (لم، لن، لا، ليس، غير، دون، عدم، نفى، رفض + support) keeps the
    claim with negated=True (:mod:`kg.grammar`);
  - the source and target come from the first construction of
    :mod:`kg.constructions` that reads the trigger's form (one module per
    construction: between, predicate, passive, agentive, deed, received,
    reported, masdar, verb);
  - across triggers of the sentence: coordination multiplies a claim
    (مصر والإمارات والسعودية); after a meeting or call, a dual verb or
    pronoun makes its two sides the source (``dual-subject``); an actor
    affirming the statement before («وهو ما أيدته X») shares its stances
    (``echo``); talks between two actors the sentence says spoke by phone
    are that call, not a meeting.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.actors import Mention, Word, each_actor
from kg.backrefs import sides_of_conflicts
from kg.constructions import Context, Found, find_arguments
from kg.constructions.context import document_nationality, masdar_form, reads_as_masdar, so_called_at
from kg.constructions.during import DURING
from kg.constructions.lodged import FORUMS
from kg.constructions.masdar import LINING_UP
from kg.constructions.received import FIGHTING, PROVOKING
from kg.grammar import (BACKER_HEADS, COMPANY, DESCRIBING, DETACHED_MARKS, DUAL_NOUNS, FIRST_WHO, RELATIVES, RESUMED_BY,
                        RESUMED_NOUNS, RESUMPTIVES, WINDOW, accusation, act_genitive, any_support, banned,
                        blocked_statement, ceded, claim_negated, clause_bounds, clitic_marker, colon_speaker,
                        conditional, coordinated, deemed_partner_in_deed, definite, denial_word, drafted_by,
                        dual_subject_between, each_of, dual_subject_near, fighters_side, group_subject_near, hedged,
                        hosted_event, indirect, genitive_of, listed_aside, marked_itself, marker_before,
                        negated_or_denied, owed, past_marks, past_marks_back, planned, question, rejected_report,
                        report_author, resumes_clause, retreat_welcomed, rival_genitive, singled_out_at,
                        speaker_after_quote, speakers, standing_asides, stop_demanded_of, stopped, upos, wished)
from kg.ontology import SYMMETRIC, Registry, Trigger, registry, triggers
from kg.triggers import (DESCRIBED_AS, TriggerHit, conjunction_on, find_triggers, joined_complement,
                         past_each_apart, place_at, place_before_with, sidelines_at, sidelines_before, stem_match)

__all__ = ["Relation", "RelationExtractor", "TriggerHit", "find_triggers"]

ECHO_DENIAL = "echo-denial"  # the rule name of «وهو ما تنفيه X»: the accused denies what it is accused of
DUAL_CONFIDENCE = 0.6  # a stance of the two sides of a meeting, by a dual verb or pronoun
ECHO_CONFIDENCE = 0.55  # a stance another actor is said to share («وهو ما أيدته قبرص»)
CHARGED_CONFIDENCE = 0.55  # the speaker's charge in a support it states as bias or collusion
DOER_IS_TARGET = {"reported-deed", "deed", "deed-pronoun"}  # rules whose target did the deed the source speaks of
ECHO_VERBS = ("اكد", "ايد", "شدد", "اعلن", "اعتبر", "ذهب", "تبني", "دعم")  # stems of affirming
DEEMED_REACH = 2  # words from the one who deems («تعتبره مصر», grammar.DESCRIBING) to the verdict


@dataclass
class Relation:
    relation: str
    source: Mention
    target: Mention
    negated: bool
    confidence: float
    rule: str
    start: int  # evidence span in the document
    end: int
    speaker: str | None = None
    trigger_at: int | None = None  # where its trigger word starts in the document, when one trigger gave it


BESIDES = {("الي", "جانب"): 2, ("بالاضافه", "الي"): 2, ("فضلا", "عن"): 2,  # (normalised) → words in the phrase
           ("علي", "غرار"): 2}  # («وتدعم تركيا، على غرار قطر، حكومة الوفاق»: like Qatar)
LIKE = {"مثل", "مثلها", "مثله", "شان"}  # one word: «وتدعم تركيا، مثل قطر، …», «شأنها شأن قطر»
PHONE = {"هاتفيا", "هاتفي", "الهاتف", "بالهاتف", "هاتفيه"}  # normalised


CALL_NOUNS = {"اتصال", "مكالمه", "اتصالا", "مكالمات", "اتصالات"}  # normalised
CHANNELS = {"قنوات", "قناه", "خطوط", "خط"}  # normalised: «قنوات الاتصال», «خطوط الاتصال»: the means, no call
HELD_IN = DURING | {"عبر"}  # «خلال/في/عبر اتصال هاتفي»: the call the talks were held in


RESUMPTIVE_ENDINGS = ("ه", "ها", "هم", "هما")


def _object_of_clause_verb(words: list[Word], m: Mention) -> bool:
    """``m`` right after a verb with no pronoun for what the clause is about: the verb's object."""
    k = m.first - 1
    return k >= 0 and upos(words[k]) == "VERB" and not words[k].norm.endswith(RESUMPTIVE_ENDINGS)


def by_phone(words: list[Word], hit: TriggerHit, clause_end: int) -> bool:
    """Does the clause say, shortly after the trigger, that the talks were by phone, or end on the call
    they were held in («بحث لودريان مع نظيره … التطورات خلال اتصال هاتفي»)?"""
    return any(words[k].norm in PHONE for k in range(hit.last + 1, min(clause_end, hit.last + 6) + 1)) or \
        any(words[k].norm in PHONE and words[k - 1].norm in CALL_NOUNS and words[k - 2].norm in HELD_IN
            and (k + 1 > clause_end or words[k + 1].punct)
            for k in range(hit.last + 3, min(clause_end, len(words) - 1) + 1))


VIDEO = {"مريي", "المريي", "مرييه", "المرييه", "مرييا"}  # normalised: «اتصال مرئي», a video call


def by_video(words: list[Word], hit: TriggerHit) -> bool:
    """Is the call a video call («في اتصال مرئي مع السراج»)?  A stated video-conference is a meeting."""
    return hit.last + 1 < len(words) and words[hit.last + 1].norm in VIDEO


def _calls_are_not_meetings(rels: list[Relation], party=lambda actor: actor) -> list[Relation]:
    """«كان اتصال الرئيس بالقائد …، وقال البيت الأبيض إن الرئيس ناقش مع حفتر …»: talks between
    two parties that the sentence says spoke by phone are that call, not a meeting (the
    call may name the president, the talks only his title)."""
    def sides(r: Relation) -> frozenset:
        return frozenset((party(r.source.actor), party(r.target.actor)))
    called = {sides(r) for r in rels if r.relation == "called"}
    return [r for r in rels if not (r.relation == "met" and sides(r) in called)]


GOVERNOR_GAP = 3  # words, besides its subject, from a stance verb to the masdar it governs


def _governor(words: list[Word], mentions: list[Mention], prev: TriggerHit, hit: TriggerHit) -> str | None:
    """The relation of a stance verb that governs the trigger as its object («انتقد أردوغان الدعم
    الخارجي لحفتر»: the support is what is criticised), when no punctuation stands between and
    nothing but the verb's subject, however long its name and title, and a word or two."""
    # (past a phrase of when or where, or of whose voice: «أدانت مصر وفرنسا، في بيان صدر عقب اجتماعهما، الدعم التركي
    # لحكومة الوفاق»)
    standing = {k for o, c in standing_asides(words, mentions) if prev.last < o and c < hit.first
                for k in range(o, c + 1)}
    between = [k for k in range(prev.last + 1, hit.first) if k not in standing]
    # («انتقد الوزير ما وصفه بـ"الانحياز الفرنسي"»: what the speaker calls it stands for the thing)
    called = next((k for k in between if so_called_at(words, k)), None)
    if called is not None and past_marks(words, called + so_called_at(words, called)) == hit.first:
        between = [k for k in between if k < called]
    loose = [k for k in between if not any(m.first <= k <= m.last for m in mentions)]
    # («وأدانت فرنسا، إلى جانب ألمانيا وإيطاليا، الهجوم التركي»: an aside of others besides the subject)
    aside = any(words[k].norm in ("،", ",") for k in loose) and \
        all(words[k].norm in ("،", ",") or (words[k].norm, words[k + 1].norm) in BESIDES or
            (words[k - 1].norm, words[k].norm) in BESIDES for k in loose)
    # (a phrase of reaction governs as its verb would: «عبرت عن قلقها إزاء وصول مرتزقة فاغنر»)
    # (not a verdict said of the actor before it: «إن حكومة السراج غير الشرعية سلمت البلاد للمحتل التركي»)
    reaction = prev.kind == "phrase" and prev.trigger.relation == "opposes" and not prev.trigger.target_before
    # (a masdar whose own preposition is on the trigger: «ترحيبه بالتدخل المصري» welcomes the deed; or right
    # before it: «أبدت فرنسا قلقها من الدعم العسكري لحكومة الوفاق» is concerned about the support)
    marked = prev.kind == "noun" and (clitic_marker(words[hit.first]) in prev.trigger.target_markers or (
        hit.first == prev.last + 2 and words[prev.last + 1].norm in prev.trigger.target_markers))
    if (prev.kind != "verb" and not reaction and not marked) or hit.first <= prev.last or \
            (not aside and (len(loose) > GOVERNOR_GAP or any(words[k].punct for k in between))):
        return None
    if prev.trigger.reported_deed:
        return None  # a deed is no stance towards what follows it («تقصف الطائرات الإماراتية طرابلس دعما لحفتر»)
    return prev.trigger.relation


def governor_of(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], hit: TriggerHit) -> str | None:
    """The relation of the stance verb right before ``hit`` that governs it (see :func:`_governor`); a noun
    singled out of the one before it («، ولا سيما التدخل التركي») has that one's.  (Not one inside an aside
    between: :func:`aside_hits`.)"""
    i = next((k for k, h in enumerate(hits) if h is hit), 0)
    if i > 0 and singled_out_at(words, hit.first - 1) and hits[i - 1].kind == "noun":
        return governor_of(words, mentions, hits, hits[i - 1])
    aside = aside_hits(words, mentions, hits)
    prev = next((j for j in range(i - 1, -1, -1) if j not in aside or i in aside), None)
    return _governor(words, mentions, hits[prev], hit) if prev is not None else None


def aside_hits(words: list[Word], mentions: list[Mention], hits: list[TriggerHit]) -> set[int]:
    """The indices of ``hits`` inside a :func:`kg.grammar.standing_asides` phrase («، في بيان صدر عقب اجتماع
    الوزيرين،»: the meeting)."""
    spans = standing_asides(words, mentions)
    return {j for j, h in enumerate(hits) if any(o < h.first <= c for o, c in spans)}


ECHO_NOUNS = {"امر", "الامر", "اتهام", "اتهامات", "الاتهام", "الاتهامات", "ادعاء", "ادعاءات", "مزاعم"}  # «وهو اتهام تنفيه …»
CONTRASTS = {"لكن", "ولكن", "لكنها", "بينما", "فيما", "غير", "الا", "رغم", "برغم"}  # «…، لكن موسكو تنفي ذلك»
THAT = {"ذلك", "هذا", "هذه", "تلك", "الامر", "الاتهام", "الاتهامات", "المزاعم", "الادعاءات"}
REJECTING_ECHO = ("رفض",)  # verb stems that deny an accusation they refer back to: «وهي اتهامات ترفضها موسكو»
# stems: rejecting or condemning what was said (REJECTING_ECHO among them)
ECHO_OPPOSING = REJECTING_ECHO + ("ادان", "دان", "ندد", "استنكر", "انتقد", "عارض")


ANGER = ("غضب", "استياء", "قلق", "رفض", "انتقاد", "احتجاج", "امتعاض", "استنكار", "تنديد", "ادانه")  # noun stems


def _angered(words: list[Word], mentions: list[Mention], start: int) -> Mention | None:
    """«…، وهو ما أثار غضب اليونان», «الأمر الذي استدعى رفضا مصريا»: after an opener that refers back,
    a verb of provoking and a noun of anger or rejection: the actor it names (genitive or nationality
    adjective) reacts against what was stated."""
    for j in range(start, min(len(words) - 2, start + 2)):
        if any(stem_match(words[j], v, "verb") for v in PROVOKING) and \
                any(stem_match(words[j + 1], n, "noun") for n in ANGER):
            return next((m for m in mentions if j + 1 < m.first <= j + 3), None)
    return None


def _echo_opener(words: list[Word], k: int) -> int | None:
    """Where the verb of a clause that refers back to the statement before it may start: after «وهو
    ما», «الأمر الذي», «وهو اتهام» or «في اتهامات» (a relative with no «الذي»), and before a denial
    after «الذي» or «، ما»."""
    nxt = words[k + 1].norm
    if words[k].norm in RESUMPTIVES and nxt == "ما":
        return k + 2
    if words[k].norm in ("الامر", "وهو", "وهي") and nxt in ("الذي", "التي"):
        return k + 2
    if words[k].norm in RESUMPTIVES and (nxt in ECHO_NOUNS or nxt in RESUMED_NOUNS):
        return k + 2  # («وهو مطلب دعمته اليونان»: a noun naming what was said)
    if words[k].norm in ECHO_NOUNS and k > 0 and denying(words[k + 1]):
        return k + 1  # «… في اتهامات تنفيها موسكو»
    if (words[k].norm in RELATIVES or (words[k].norm == "ما" and k > 0 and words[k - 1].punct)) and denying(words[k + 1]):
        return k + 1  # «… دعمها لحفتر، الذي تنفيه موسكو», «…، ما تنفيه موسكو»
    return None


def denying(word: Word) -> bool:
    """A denial («تنفيه»), or a rejection or condemnation of what it refers back to («ترفضها», «أدانته»)."""
    return denial_word(word.norm) or \
        (word.norm.endswith(("ه", "ها", "هم")) and any(stem_match(word, v, "verb") for v in ECHO_OPPOSING))


def _contrasted_denial(words: list[Word], mentions: list[Mention], k: int,
                       opening: bool = False) -> tuple[Mention | None, int | None]:
    """«…، لكن موسكو تنفي ذلك», «فيما تنفي موسكو ذلك», «غير أن أبوظبي نفت هذه الاتهامات», «رغم نفي
    موسكو ذلك», or opening
    the next sentence, «وتنفي موسكو ذلك»: after a contrast, an actor who denies what was just said of it,
    referring back to it («ذلك», «هذه الاتهامات») or with nothing after: (the actor, the denial's index)."""
    norm = words[k].norm
    if norm in CONTRASTS:
        if norm in ("غير", "الا") and words[k + 1].norm not in ("ان", "انه", "انها"):
            return None, None
        first = k + 2 if words[k + 1].norm in ("ان", "انه", "انها") else k + 1
    elif norm == "الرغم" and k + 1 < len(words) and words[k + 1].norm == "من":
        first = k + 2  # «على الرغم من نفي موسكو ذلك»
    elif opening:
        first = k  # the sentence opens with the denial or its actor
    else:
        return None, None
    who = next((m for m in mentions if m.first == first), None)
    if who is not None and who.last + 1 < len(words) and denial_word(words[who.last + 1].norm):
        denial, rest = who.last + 1, who.last + 2  # «موسكو تنفي ذلك»
    elif first < len(words) and denial_word(words[first].norm):
        who = next((m for m in mentions if m.first == first + 1), None)  # «تنفي موسكو ذلك»
        if who is None:
            return None, None
        denial, rest = first, who.last + 1
    else:
        return None, None
    for j in range(rest, min(len(words), rest + 2)):  # («نفت روسيا مرارا هذه الاتهامات»: an adverb between)
        if words[j].punct or words[j].norm in THAT:
            return who, denial
    return None, None


ADMITTING = {"الاعتراف", "الاقرار", "اعتراف", "اقرار"}  # «ترفض روسيا الاعتراف بدعمها لحفتر»


IMPOSING = {"فرض", "بفرض", "لفرض", "اتخاذ"}  # normalised: the masdar an act against someone is imposed with


def _drafters_verb(words: list[Word], mentions: list[Mention], hit: TriggerHit, start: int) -> bool:
    """Is ``hit`` the verb that opens the relative clause of the statement beginning at word ``start``, its author
    named: by a relative clause of drafting before the verb, or by the statement's nationality adjective?"""
    if hit.kind != "verb":
        return False
    return drafted_by(words, mentions, hit.first, start) is not None or \
        document_nationality(words, mentions, hit.first, start) is not None


def _rejects(words: list[Word], hit: TriggerHit, nxt: TriggerHit) -> bool:
    """Does the rejection ``hit`` govern the trigger ``nxt``: right after it (its subject between), behind
    the rejection's own preposition («صوتت فرنسا ضد العقوبات على حفتر», «اتخذت روما موقفا حازما ضد أي
    عقوبات على …»), or behind a refusal to admit it («ترفض روسيا الاعتراف بدعمها», a support denied)?"""
    k = nxt.first - 1
    while k > hit.last and words[k].norm in ("اي", "لاي", "باي"):
        k -= 1
    # (one word between: the noun's adjective, which the tagger may call anything, or the verb's subject)
    own = hit.last < k <= hit.last + 2 and words[k].norm in hit.trigger.target_markers and \
        not any(w.punct for w in words[hit.last + 1:k])
    # («تعارض إيطاليا فرض عقوبات على …»: the act imposed, its subject between)
    imposed = nxt.first >= 2 and words[nxt.first - 1].norm in IMPOSING and nxt.first - 1 <= hit.last + 2
    return nxt.first <= hit.last + 2 or own or imposed or \
        (nxt.first <= hit.last + 3 and any(words[j].norm in ADMITTING for j in range(hit.last + 1, nxt.first)))


def _agent_of_its_own(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> bool:
    """«رفضت مصر إرسال تركيا مرتزقة إلى ليبيا», «رفض دعم تركيا لحكومة الوفاق»: a masdar in construct with
    an actor that its own object or target phrase follows has that actor for its agent (it is definite by
    the construct), so it is the deed rejected, not a support refused («رفضت مصر دعم حفتر»).  (Being
    definite, the construct takes no indefinite adjective: an indefinite word after it, which the tagger
    may call an adjective, is its object.)"""
    agent = next((m for m in mentions if m.first == hit.last + 1), None)
    if hit.kind != "noun" or agent is None or agent.last + 1 >= len(words):
        return False
    nxt = words[agent.last + 1]
    marker = clitic_marker(nxt) or {"الي": "الي", "ل": "ل"}.get(nxt.norm)
    return marker in hit.trigger.target_markers or \
        (upos(nxt) in ("NOUN", "ADJ") and marker is None and not nxt.norm.startswith("ال"))


def _act_against(words: list[Word], hit: TriggerHit) -> bool:
    """A masdar of opposition whose genitive is its patient (sanctions, condemnation), not its doer: no
    deed («التدخل التركي») and no attack («هجوم حفتر»); a phrase that is itself a refusal («أي حوار
    مع») is none; nor accusations in the plural, which are their genitive's («رفضت الإمارات اتهامات
    حكومة الوفاق لها»: rejected, their author is opposed)."""
    trig = hit.trigger
    # (or the bare form the tagger calls a verb, right after the rejection it is the object of: «رفضت روسيا وصف
    # حفتر بمجرم حرب»)
    return masdar_form(words, hit) and trig.relation == "opposes" and not trig.agent_is_target and \
        trig.id not in FIGHTING and not (accusation(words[hit.first]) and words[hit.first].norm.endswith("ات"))


def _target_next(words: list[Word], hit: TriggerHit) -> bool:
    """Does the trigger's own target preposition follow it directly («العقوبات على حفتر»)?"""
    nxt = words[hit.last + 1] if hit.last + 1 < len(words) else None
    markers = hit.trigger.target_markers
    return nxt is not None and (nxt.norm in markers or clitic_marker(nxt) in markers)


def _inner_patient(words: list[Word], hit: TriggerHit, later: list[TriggerHit], target) -> bool:
    """Is ``target`` behind the marker of an opposition act that the rejection ``hit`` governs (sanctions,
    condemnation; not a deed named with its doer, «رفض التدخل التركي»), or the genitive of such an act
    with no article («رفضت روسيا إدانة حفتر»): its patient, not the rejected?"""
    inner = next((h for h in later if hit.last < h.first and h.last < target.first and _act_against(words, h)), None)
    return inner is not None and (marker_before(words, target) in inner.trigger.target_markers or
                                  (not definite(words[inner.first]) and genitive_of(words, target, inner.last)) or
                                  _in_act_phrase(words, inner, target))


def _in_act_phrase(words: list[Word], inner: TriggerHit, target) -> bool:
    """«رفضت روسيا إدانة هجوم حفتر», «… إدانة الهجوم الذي يشنه حفتر»: an indefinite act of opposition takes
    the whole phrase after it as what it condemns, with no punctuation and no verb of a clause of its own
    (only a relative clause's) between; who is named there is its patient's doer, not the rejected."""
    if definite(words[inner.first]):
        return False
    for k in range(inner.last + 1, target.first):
        if words[k].punct or (upos(words[k]) in ("VERB", "AUX") and words[k - 1].norm not in RELATIVES):
            return False
    return True


JOINT = {("بيانا", "مشتركا"), ("بيان", "مشترك"), ("البيان", "المشترك"), ("اعلانا", "مشتركا"), ("اعلان", "مشترك")}


def _joint_issuer(words: list[Word], mentions: list[Mention], m: Mention) -> Mention | None:
    """The first issuer of a joint statement whose partners «مع» names, ``m`` the first of them
    («أصدرت فرنسا بيانا مشتركا مع ألمانيا وإيطاليا يندد …»: France, the clause's subject)."""
    k = m.first - 1  # «مع»
    if marker_before(words, m) != "مع" or k < 2 or (words[k - 2].norm, words[k - 1].norm) not in JOINT:
        return None
    return next((x for x in mentions if x.last < k - 2 and marker_before(words, x) is None), None)


def _joint_partners(words: list[Word], mentions: list[Mention], m: Mention) -> list[Mention]:
    """The partners «مع» names right after the issuer ``m`` of a joint statement («أصدرت مصر بيانا مشتركا
    مع فرنسا يدين …»: France says it too)."""
    k = m.last + 1
    if k + 2 >= len(words) or (words[k].norm, words[k + 1].norm) not in JOINT or words[k + 2].norm != "مع":
        return []
    partner = next((x for x in mentions if x.first == k + 3), None)
    return coordinated(words, mentions, partner) if partner is not None else []


JOINING_REACH = 8  # words from «انضم» (or a verb of lining up, masdar.LINING_UP) to the masdar it joins in
AGREEING = ("اتفق", "توافق")  # verb stems: agreed with someone on a stance («اتفق أردوغان مع سعيد على دعم …»)


def _own_pair(words: list[Word], mentions: list[Mention], hit: TriggerHit, previous: tuple) -> bool:
    """Does the sentence name two other coordinated actors than the ``previous`` pair before the trigger, with
    no preposition (or behind «كل من»)?  A dual there refers to them («وأكد سموه وفخامته»: the same two, named
    again by titles that stand for them, are no others)."""
    named = {m.actor for m in previous}
    return any(len(group) == 2 and group[0] is m and group[-1].last < hit.first and
               (marker_before(words, m) is None or each_of(words, m)) and {g.actor for g in group} != named
               and not any(g.kind == "anaphor" for g in group)
               for m in mentions for group in [coordinated(words, mentions, m)])


def _joined_in(words: list[Word], mentions: list[Mention], hit: TriggerHit, sources: list[Mention]) -> list[Mention]:
    """«انضمت اليونان إلى فرنسا في انتقاد تركيا»: the verb's subject and the one joined, behind «إلى»,
    share the stance of the masdar after «في»; «اتفق أردوغان مع سعيد على دعم حكومة الوفاق»: and the one agreed
    with, behind «مع», the stance of the masdar after «على»."""
    before = past_marks_back(words, hit.first - 1)  # («على "دعم حكومة الوفاق"»)
    if before < 2 or words[before].norm not in ("في", "وفي", "علي", "وعلي"):
        return []
    agreeing = words[before].norm in ("علي", "وعلي")
    verbs = AGREEING if agreeing else LINING_UP
    for k in range(max(0, hit.first - JOINING_REACH), hit.first - 1):
        lining = any(stem_match(words[k], v, "verb") for v in verbs)
        if lining or (not agreeing and stem_match(words[k], "انضم", "verb")):
            # («تصطف قطر مع تركيا في دعم حكومة الوفاق»: lined up with the one behind «مع»)
            joined = next((m for m in mentions if k < m.first < hit.first
                           and marker_before(words, m) == ("مع" if lining else "الي")), None)
            if joined is None:
                return []
            subject = next((m for m in mentions if k < m.first < joined.first and marker_before(words, m) is None),
                           None)
            group = (coordinated(words, mentions, subject) if subject is not None else []) + \
                coordinated(words, mentions, joined)
            return [m for m in group if m not in sources]
    return []


VICTIM_REACH = 5  # words from an attack noun to the one attacked behind «على/ضد» («على مقر البعثة الأممية»)


def _attacked(words: list[Word], hit: TriggerHit, hits: list[TriggerHit], target: Mention) -> bool:
    """Is ``target`` the one attacked in an attack or deed named after the opposition ``hit`` («أدانت
    فرنسا الهجوم على مقر الأمم المتحدة», «ندد بالاعتداء على السفارة التركية»): behind «على/ضد» after
    the attack noun?"""
    return any(hit.last < h.first and h.last < target.first <= h.last + VICTIM_REACH and
               (h.trigger.id in FIGHTING or h.trigger.agent_is_target or h.trigger.reported_deed) and
               any(words[k].norm in ("علي", "ضد") for k in range(h.last + 1, target.first)) and
               # («ترفض الهجوم على طرابلس الذي تشنه قوات حفتر»: the doer the relative clause names)
               not any(words[k].norm in RELATIVES for k in range(h.last + 1, target.first)) and
               # (nor its backer: «أدانت قطر الهجوم على العاصمة بدعم من الإمارات»)
               not any(b.trigger.relation == "supports" and b.kind == "noun" and words[b.first].norm.startswith("ب")
                       and h.last < b.first < target.first for b in hits) for h in hits)


def _threatened(words: list[Word], hit: TriggerHit, target: Mention) -> bool:
    """«هددت مصر بالتدخل العسكري ضد حكومة الوفاق»: an act threatened against the actor behind «ضد», the
    threat's own marker; the one it would fall on is who is threatened."""
    return "ضد" in hit.trigger.target_markers and marker_before(words, target) == "ضد"


def _guest_welcomed(hits: list[TriggerHit], hit: TriggerHit, target: Mention) -> bool:
    """«رحب الرئيس المصري بضيفه رئيس مجلس النواب»: is ``target`` named right after a meeting's agent noun
    («بضيفه», his guest) that follows the stance ``hit``?  A guest welcomed is received (the meeting the
    noun states), no stance backed."""
    return any(h.kind == "agent" and h.trigger.relation == "met" and hit.last < h.first and h.last == target.first - 1
               for h in hits)


def allies_or_rivals_named(words: list[Word], hit: TriggerHit, m: Mention) -> bool:
    """Is ``m`` named only as the possessor of rivals or allies («خصوم حفتر», «حلفاء حكومة الوفاق»), who are the
    ones meant (not when the rivalry noun is the trigger itself, right before it)?"""
    return not hit.first <= m.first - 1 <= hit.last and \
        (rival_genitive(words, m) or rival_genitive(words, m, BACKER_HEADS))


def ruled_out_target(words: list[Word], hits: list[TriggerHit], hit: TriggerHit, target: Mention) -> bool:
    """Is ``target`` an actor the trigger ``hit`` cannot be about, whoever reads the pair (a construction or a
    co-occurrence): the doer of a deed not admitted, what another verb's object names, the actor of a withdrawal
    welcomed, a guest welcomed, the one attacked in an attack condemned, the possessor of allies or rivals?"""
    if allies_or_rivals_named(words, hit, target):
        return True  # «حذرت واشنطن حلفاء حفتر», «إن خصوم حكومة الوفاق يدعمون الإرهاب»: the allies or rivals
    if hit.trigger.actor_object and target.first > hit.last and \
            not marked_itself(words, target, hit.trigger.target_markers):
        return True  # «لا تعترف روسيا بدعم حفتر»: a deed not admitted, no actor unrecognised
    if hit.trigger.marked_target and target.first > hit.last + 1 and _object_of_clause_verb(words, target):
        # «لن تقبل بأي قرار يحمل الجيش المسؤولية»: the actor is what the resolution blames, not its
        # author («لن نقبل بالاتفاق الذي وقعته تركيا»: the verb's «ـه» is the agreement, Turkey signed it)
        return True
    if retreat_welcomed(words, hit, target):
        return True  # «رحبت واشنطن بانسحاب قوات حفتر»: a withdrawal welcomed praises nobody
    if hit.trigger.relation == "supports" and _guest_welcomed(hits, hit, target):
        return True  # «رحب الرئيس بضيفه رئيس البرلمان»: a host's welcome, read as the meeting
    # «أدانت فرنسا الهجوم على مقر الأمم المتحدة»: the one attacked is not condemned
    return hit.trigger.relation == "opposes" and _attacked(words, hit, hits, target) and \
        not _threatened(words, hit, target)


DEMANDED_REACH = 6  # words from the one asked to the act it is asked for
JUDGING = ("محاسبه", "معاقبه", "ملاحقه", "محاكمه")  # noun stems of acts nobody is asked to do to itself


RECEPTIONS = ("استقبال", "لقاء", "زياره", "اجتماع")  # masdar stems of receiving or meeting someone


def _meeting_noun(word: Word) -> bool:
    """«استقبال», «لقاء»: a masdar of receiving or meeting, whose genitive is the one received."""
    return any(stem_match(word, n, "noun") for n in RECEPTIONS)


# normalised: a meeting of three sides or more («اجتماع ثلاثي», «قمة رباعية»), with or without the article
MULTILATERAL = {a + n + e for a in ("", "ال") for n in ("ثلاثي", "رباعي", "خماسي") for e in ("", "ا", "ه")}


def _multilateral(words: list[Word], hit: TriggerHit) -> bool:
    """Is the meeting at ``hit`` one of three sides or more, by the adjective right after it?"""
    return hit.last + 1 < len(words) and words[hit.last + 1].norm in MULTILATERAL


BEGINNING = {"بالبدء", "بالشروع", "بالاسراع", "بالمسارعه"}  # normalised: «بالبدء في …», to begin (or hasten) an act


def _demanded_act(words: list[Word], mentions: list[Mention], hit: TriggerHit, found: Found, party) -> Found | None:
    """«طالبت حكومة الوفاق مجلس الأمن بمحاسبة حفتر», «دعت مصر الأمم المتحدة إلى إخراج المرتزقة
    الأتراك»: the actor the demanded act falls on (the required masdar's genitive, or the nationality
    of its genitive noun) is the one the demand is against, not the one asked to act; asked to hold
    someone kg does not know to account («بمحاسبة الدول الداعمة لحفتر»), nobody is opposed.  Only for
    demands (triggers whose required act may be undone by what follows it, ``kg:requiresNot``) with the
    one asked named before the act."""
    trig = hit.trigger
    if trig.relation != "opposes" or not trig.requires or not trig.requires_not or found.target.first < hit.last:
        return found
    before = found.target.first - 1
    if before > hit.last and any(stem_match(words[before], stem, "noun") for stem in trig.requires):
        return found  # «طالب السراج برحيل حفتر ومحاكمته»: the act's own genitive, nobody asked to act
    if before - 1 > hit.last and any(stem_match(words[before - 1], stem, "noun") for stem in trig.requires) and \
            act_genitive(words, mentions, before - 1) == found.target:
        return found  # («دعت إلى وقف هجوم قوات حفتر على …»: the doer of the deed the act ends, nobody asked to act)
    # («طالب السراج باريس بالضغط على حفتر لوقف هجومه»: asked to press, not to stop: the stop further on is the deed
    # of the one pressed, which the act asked for reads, kgt:pressure; unless the stop names whose deed it ends)
    after = found.target.last + 1
    # («برفع الإغلاق», «بفك الحصار»: an act whose genitive is a required one is that one's end, not another act)
    # («بالبدء في سحب قواتها», «بالإسراع في …»: to begin the act or hasten it is to do it)
    other_act = after < len(words) and clitic_marker(words[after]) == "ب" and upos(words[after]) == "NOUN" and \
        words[after].norm not in BEGINNING and \
        not any(stem_match(words[after], stem, "noun") for stem in trig.requires) and \
        not (after + 1 < len(words) and any(stem_match(words[after + 1], stem, "noun") for stem in trig.requires))
    # (so is one behind «إلى/على», or behind «بـ» and quotation marks: «دعت قطر مجلس الأمن إلى التحرك لوقف التصعيد»,
    # «حثت روسيا على بذل الجهود لوقف القتال», «طالبت مجلس الأمن بـ"كشف الدول التي تسلح حفتر"»)
    act = _act_behind(words, after)
    other_act = other_act or (act is not None and upos(words[act]) == "NOUN" and
                              "ب" + words[act].norm not in BEGINNING and
                              not any(stem_match(words[act], stem, "noun") for stem in trig.requires))
    if other_act and _joined_required_act(words, after, trig):
        return found  # («طالب باريس بإدانة الهجوم، وبالتوقف عن دعم حفتر»: the stop joined after it is asked of it too)
    for k in range(found.target.last + 1, min(len(words), found.target.last + 1 + DEMANDED_REACH)):
        if words[k].punct and not (words[k].norm in ("،", ",") and k + 1 < len(words) and
                                   joined_complement(words[k + 1])):
            break  # (not the comma before a second act joined to the first: «بإدانة الهجوم، وبالتوقف عن …»)
        if any(stem_match(words[k], stem, "noun") for stem in trig.requires):
            m = act_genitive(words, mentions, k)
            # (the head of a list, «وفي مقدمتها الإمارات», is no preposition of the member's)
            # (nor one of those asked, whose own forces they are: «دعا روسيا وتركيا والإمارات إلى سحب قواتها»)
            asked = {party(a) for a in coordinated(words, mentions, found.target)} \
                if found.target in mentions else set()
            if m is not None and (marker_before(words, m, k) is None or listed_aside(words, m.first)) and \
                    party(m) not in {party(found.source), party(found.target)} | asked:
                return found._replace(target=m)
            if other_act and m is None and conjunction_on(words[k]):
                # «طالبت واشنطن حفتر بالعودة إلى الحوار ووقف هجومه»: a second act joined by «و» is asked of the same
                # actor, who is to stop its own deed
                return found
            judging = any(stem_match(words[k], stem, "noun") for stem in JUDGING)
            return None if other_act or (judging and (m is None or party(m) != party(found.target))) else found
    return None if other_act else found


DOER_CLAUSE_REACH = 6  # words from what is to stop to the doer its relative clause names («العمليات العسكرية التي …»)


JOINED_ACT_REACH = 12  # words from the first act asked for to the comma before a second one joined to it


def _joined_required_act(words: list[Word], k: int, trig: Trigger) -> bool:
    """Does a comma and a complement joined by «و» to the one at word ``k`` («، وبالتوقف عن …», «، وإلى وقف …»)
    follow in its sentence, with an act the trigger requires?"""
    for j in range(k + 1, min(len(words) - 1, k + JOINED_ACT_REACH)):
        if words[j].norm in ("،", ",") and joined_complement(words[j + 1]):
            return any(stem_match(words[x], stem, "noun") for x in (j + 1, j + 2) if x < len(words)
                       for stem in trig.requires)
        if words[j].punct and words[j].text not in DETACHED_MARKS:
            return False
    return False


# normalised: the words after «على» in an adverb («على الفور», «على وجه السرعة», «على حدة»), no act asked for
ADVERBIAL_AFTER_ALA = {"الفور", "وجه", "حده", "الاقل", "عجل", "الاطلاق"}


def _act_behind(words: list[Word], k: int) -> int | None:
    """The word of the act a preposition at word ``k`` opens («إلى», «على», «بـ» written apart), past quotation
    marks and a tatweel («إلى "التحرك العاجل"», «بـ"كشف"»); None when word ``k`` is no such preposition, or «على»
    opens an adverb («طالبت مصر تركيا على الفور بوقف …»)."""
    if k + 1 >= len(words) or words[k].norm not in ("الي", "علي", "ب"):
        return None
    j = past_marks(words, k + 1)
    return None if words[k].norm == "علي" and words[j].norm in ADVERBIAL_AFTER_ALA else j


def _doer_of_what_stops(words: list[Word], k: int, m: Mention) -> bool:
    """Is ``m`` the doer a relative clause names of what is asked to stop at word ``k`` («بوقف العمليات العسكرية التي
    تشنها قوات حفتر», «وقف التصعيد الذي تقوم به قوات حفتر»): the subject right after the clause's verb (and the
    «به» that resumes the antecedent), with no punctuation between?"""
    verb = m.first - 2 if m.first >= 2 and words[m.first - 1].norm in RESUMED_BY else m.first - 1
    return k < verb - 1 <= k + DOER_CLAUSE_REACH and words[verb - 1].norm in RELATIVES and \
        upos(words[verb]) == "VERB" and not any(w.punct for w in words[k:m.first])


DESCRIBED_REACH = 3  # words from «بأنه» to the support it names («بأنه محاولة لإنقاذ حفتر»)
DESCRIBER_REACH = 8  # words from the verb of describing to «بأنه» (its subject and object between)


def _describer(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """The subject of a verb of describing whose «بأنه» names the support («وصف المشري الإعلان المصري بأنه
    محاولة لإنقاذ حفتر»): the one who calls a thing an actor's support charges that actor with it."""
    k = next((k for k in range(hit.first - 1, max(-1, hit.first - 1 - DESCRIBED_REACH), -1)
              if words[k].norm in DESCRIBED_AS), None)
    if k is None or any(w.punct for w in words[k:hit.first]):
        return None
    verb = next((j for j in range(k - 1, max(-1, k - 1 - DESCRIBER_REACH), -1)
                 if any(stem_match(words[j], v, "verb") for v in DESCRIBING)), None)
    if verb is None or any(w.punct for w in words[verb:k]):
        return None
    return next((m for m in mentions if (m.first == verb + 1 or m.last == verb - 1)
                 and marker_before(words, m) is None), None)


GUEST_BESIDES_REACH = 12  # words from a meeting's trigger to «إلى جانب» and another guest (a place, a time between)


def _guests_besides(words: list[Word], mentions: list[Mention], hit: TriggerHit, src: Mention, tgt: Mention,
                    end: int) -> list[tuple[Mention, Mention]]:
    """(host, guest) for each actor listed «إلى جانب/بالإضافة إلى» after a meeting's guest: «استقبل ماكرون
    حفتر في الإليزيه إلى جانب السراج», «بعد استقباله في روما، إلى جانب السراج» (the one received is the
    masdar's pronoun, Rome the host).  The guest is the participant named last before the phrase, not
    behind «في» (a host named as the place), else the participant not named there (the pronoun's)."""
    group = coordinated(words, mentions, src)
    # (past a long list of sides and their names: «اجتماعا لوزراء خارجية مصر سامح شكري واليونان …، إلى جانب …»)
    reach = max(hit.last + GUEST_BESIDES_REACH, group[-1].last + 5 if len(group) > 2 else 0)
    k = next((k for k in range(hit.last + 1, min(end, reach))
              if (words[k].norm, words[k + 1].norm if k + 1 < len(words) else "") in BESIDES), None)
    if k is None or any(upos(w) in ("VERB", "AUX") for w in words[hit.last + 1:k]):
        return []
    listed = next((m for m in mentions if m.first == k + BESIDES[(words[k].norm, words[k + 1].norm)]), None)
    between = [m for m in mentions if hit.last < m.first < k]
    named = [m for m in between if marker_before(words, m) != "في"]  # (not where it was: «في الإليزيه»)
    if listed is not None and len(group) > 2 and all(m in group for m in named):
        # «اجتماعا لوزراء خارجية مصر واليونان وقبرص، إلى جانب وزير الخارجية الفرنسي»: one more side of a joint
        # meeting, who met them all
        return [(m, x) for m in group for x in coordinated(words, mentions, listed)]
    if listed is None or any(m not in (src, tgt) for m in named):
        return []
    if named:
        guest = named[-1]
    elif tgt in between:
        guest = src
    elif src in between:
        guest = tgt
    else:
        return []
    host = tgt if guest is src else src
    return [(host, m) for m in coordinated(words, mentions, listed)]


def companions(words: list[Word], mentions: list[Mention], end: int, sources: list[Mention],
               targets: list[Mention], party) -> list[tuple[Mention, Mention]]:
    """(companion, one met) for each actor named «برفقة/بصحبة» before ``end`` (the clause's) in a meeting's sentence:
    «التقى كونتي، برفقة وزير خارجيته، المشير حفتر», «وصل العطية، برفقة وزير الدفاع التركي، إلى طرابلس حيث
    التقيا السراج»: one in the company of a side met the other side too.  Its company is the side named right
    before it (no other actor between but the side's own: «قائد أفريكوم فلان، برفقة …»), or, for a
    counterpart («برفقة نظيره التركي», whose pronoun names the sentence's topic), the side named first, whatever
    is named between («استقبل لافروف السراج وحفتر برفقة نظيره التركي»)."""
    out: list[tuple[Mention, Mention]] = []
    for c in mentions:
        if c.first >= end or c in sources or c in targets or marker_before(words, c) != COMPANY:
            continue
        if words[c.first].norm.startswith("نظير"):
            if not all(m in mentions for m in sources + targets):
                continue  # (a side named in a sentence before: no order to read)
            side = sources if min(m.first for m in sources) < min(m.first for m in targets) else targets
        else:
            before = max((m for m in mentions if m.last < c.first), key=lambda m: m.last, default=None)
            side = next((g for g in (sources, targets) if before is not None and
                         any(party(m) == party(before) and m.first <= before.first for m in g)), [])
        others = targets if side is sources else sources
        out += [(c, m) for m in others] if side else []
    return out


class RelationExtractor:
    def __init__(self, reg: Registry | None = None, trigs: tuple[Trigger, ...] | None = None):
        self.reg = reg or registry()
        self.trigs = trigs if trigs is not None else triggers()
        # a civil conflict's adjective -> its sides («الطرفين الليبيين»), read once per registry (kg.ingest uses it too)
        self.conflict_sides = sides_of_conflicts(self.reg)
        # a side of a civil conflict -> the actor on the other side («خصمه»: the other side's, no name after it)
        self._other_sides = {self.reg.party_of(a): b for ids in self.conflict_sides.values()
                             if len(ids) == 2 for a, b in (ids, ids[::-1])}

    def party(self, m: Mention) -> str:
        return self.reg.party_of(m.actor)

    def kind_of(self, m: Mention) -> str:
        actor = self.reg.actors.get(m.actor)
        return actor.kind if actor is not None else ""

    def other_side(self, m: Mention) -> str | None:
        """The actor on the other side of the civil conflict ``m``'s party is a side of, if any."""
        return self._other_sides.get(self.party(m))

    def other_party(self, party: str) -> str | None:
        """The party on the other side of the civil conflict ``party`` is a side of, if any."""
        other = self._other_sides.get(party)
        return self.reg.party_of(other) if other is not None else None

    def extract(self, words: list[Word], mentions: list[Mention], salient: Mention | None = None,
                previous_pair: tuple[Mention, Mention] | None = None,
                addressee: Mention | None = None, previous_group: tuple[Mention, ...] = (),
                hits: list[TriggerHit] | None = None) -> list[Relation]:
        """Relations of one sentence; ``salient`` resolves pronouns and dropped subjects, and
        ``previous_pair`` (the two sides of the last meeting or call of the sentence before) a dual
        subject that opens this one («… استقبل السيسي رئيس الوزراء اليوناني. وأكد الجانبان …»), and
        ``addressee`` (the target of the sentence before) a pronoun of another gender than ``salient``, and
        ``previous_group`` (three or more sides of the meetings of the sentence before) a plural subject
        («… قمة بين مصر واليونان وقبرص. وأكد القادة رفضهم …»); ``hits``: the sentence's trigger hits,
        when the caller has them already (:func:`find_triggers` is not cheap; ingest needs them too)."""
        hits = hits if hits is not None else find_triggers(words, self.trigs)
        # («تسلحت القوات»: armed itself; only «تسلح حفتر» arms someone; «في مواجهة الغزو التركي» is a deed confronted,
        # and the phrase governs nothing there; quotation marks between are no words: «في مواجهة "قوات حفتر"»)
        hits = [h for h in hits if not h.trigger.actor_right_after or
                any(m.first == past_marks(words, h.last + 1) for m in mentions)]
        out: list[Relation] = []
        negated_by_rejection: set[int] = set()
        previous_source: Mention | None = None
        previous_target: Mention | None = None
        # the two sides of the last meeting or call, and where (-1: in the sentence before)
        pair: tuple[Mention, Mention, int] | None = (*previous_pair, -1) if previous_pair else None
        # «عرقلت روسيا بيانا يدين هجوم حفتر»: what a blocked statement says is nobody's stance, and the
        # blocker opposes nobody it condemns (only the backer of what is blocked: «لمنع قرار تدعمه تركيا»)
        blocked: set[int] = set()
        governors: dict[int, str | None] = {}  # the relation of the stance verb governing each trigger
        # (the triggers inside an aside between a verb and its object govern nothing outside it: «أدانت مصر وفرنسا، في
        # بيان صدر عقب اجتماع الوزيرين، الدعم التركي …»)
        aside = aside_hits(words, mentions, hits)
        for h_i, hit in enumerate(hits):
            start = blocked_statement(words, hit)
            if start is not None:
                end = clause_bounds(words, hit.first)[1]
                inner = {j for j, h in enumerate(hits) if start < h.first <= end and j != h_i}
                # (but a draft whose author is named says its author's stance, through the verb that opens its
                # relative clause: «عرقلت روسيا مشروع بيان صاغته بريطانيا يدعو حفتر إلى …», «… مشروع بيان بريطاني
                # في مجلس الأمن يدعو …»)
                blocked |= {j for j in inner if not _drafters_verb(words, mentions, hits[j], start)}
                relations = {hits[j].trigger.relation for j in inner}
                if "opposes" in relations and "supports" not in relations:
                    blocked.add(h_i)
        for h_i, hit in enumerate(hits):
            if h_i in blocked:
                continue
            # «رفض تأييد»: a rejection of support is a negated support, not an opposition of its own
            # («رفضها للدعم التركي»: support with an agent of its own, a definite masdar, is the
            # object rejected, and asserted)
            # (not a trigger word inside a name: «رفضها لوجود مرتزقة فاغنر» rejects Wagner's presence)
            if hit.trigger.negates and h_i + 1 < len(hits) and _rejects(words, hit, hits[h_i + 1]) and \
                    hits[h_i + 1].trigger.relation in hit.trigger.negates and not definite(words[hits[h_i + 1].first]) \
                    and not any(m.first <= hits[h_i + 1].first <= m.last for m in mentions) \
                    and not _agent_of_its_own(words, mentions, hits[h_i + 1]):
                negated_by_rejection.add(h_i + 1)
                continue
            if h_i > 0 and hits[h_i - 1].trigger.rejects_acts and _rejects(words, hits[h_i - 1], hit) and \
                    _act_against(words, hit) and (not definite(words[hit.first]) or _target_next(words, hit)):
                # «تعارض روسيا فرض عقوبات على حفتر»: an act against someone rejected is nobody's (definite too
                # when its target follows it: «صوتت فرنسا ضد العقوبات على حفتر»; not «العقوبات الأمريكية»)
                continue
            rejected = [later for later in hits[h_i + 1:h_i + 3] if rejected_report(words, later) == hit.first]
            author = next((report_author(words, mentions, later) for later in rejected), None)
            if rejected and author is None:
                # «رفضت روسيا المزاعم بشأن دعمها لحفتر»: a report rejected, no actor opposed («رفضت تركيا
                # الاتهامات الفرنسية بانتهاك الحظر»: its author is)
                continue
            if owed(words, hit) or ceded(words, hit) or banned(words, hit) or hosted_event(words, mentions, hit) or \
                    deemed_partner_in_deed(words, hits, hit):
                # «تدين قوات حفتر بانتصاراتها للطيران الإماراتي»: owes, condemns nobody (or cedes ground, names
                # the supply an embargo bans, hosts an event: «المؤتمر الذي استضافته باريس», or holds an actor a
                # partner in a deed: «اعتبر أن الإمارات شريك في العدوان»)
                continue
            if resumes_clause(words, hit.first):
                # «وهو ما أيدته قبرص»: it affirms the statement before (see _echoes), nobody's object («وهو شرط رفضته
                # موسكو»: nor after a noun naming it; kg.deeds.clause_pointed_back reads one opposed)
                continue
            a, b = clause_bounds(words, hit.first)
            # (a definite participle on a noun, «قوات الوفاق المدعومة من تركيا», is presupposed, not what a
            # condition or a question asks: «إذا تقدمت قوات الوفاق المدعومة من تركيا نحو سرت»)
            attributive = hit.kind in ("passive", "active") and definite(words[hit.first])
            if (not attributive and (conditional(words, hit, a) or wished(words, hit, a) or question(words, a, b))) or \
                    planned(words, hit) or hedged(words, hit) or indirect(words, hit):
                continue  # not asserted
            if hit.trigger.relation == "called" and hit.first > 0 and words[hit.first - 1].norm.lstrip("و") in CHANNELS:
                continue  # «إبقاء قنوات الاتصال مفتوحة»: channels kept open, no call made
            halted = stopped(words, hit)
            # («دعت إلى وقف الدعم لحفتر»: the support is others', and asked to end: no claim unless its giver
            # is named, as the one asked or on the support itself; then it gives it now)
            stop_at, asked = stop_demanded_of(words, mentions, hit) if halted == "demanded" else (None, None)
            neg = claim_negated(negated_or_denied(words, hit, a, mentions) or h_i in negated_by_rejection, halted,
                                hit.trigger.denies_relation)
            if not neg and any_support(words, hit):
                continue  # «ترحب حكومة الوفاق بأي دعم أمريكي»: whatever support may come, none given
            # after «السراج:» the one quoted is who a dropped subject or an unnamed asserter is
            ctx = self.context(words, mentions, hit, a, b, colon_speaker(words, mentions, hit.first) or
                               speaker_after_quote(words, mentions, hit.first) or salient, previous_source, hits)
            ctx.addressee, ctx.previous_target = addressee, previous_target
            # (the verb before an aside «، إلى جانب ألمانيا،», which is no stance of its own, governs)
            prev_i = next((j for j in range(h_i - 1, -1, -1) if not hits[j].trigger.beside_forces
                           and (j not in aside or h_i in aside)), None)
            next_i = next((j for j in range(h_i + 1, len(hits)) if j not in aside or h_i in aside), None)
            if prev_i is not None and h_i not in negated_by_rejection:
                ctx.governor = _governor(words, mentions, hits[prev_i], hit)
                if singled_out_at(words, hit.first - 1) and hits[prev_i].kind == "noun":
                    ctx.governor = governors.get(prev_i)  # («…، ولا سيما التدخل التركي»: as the noun before)
            governors[h_i] = ctx.governor
            # («طالب بإدانة الهجوم الإماراتي»: or a masdar of opposition right before it)
            condemned = ctx.governor == "opposes" or (h_i > 0 and hits[h_i - 1].kind == "noun" and
                                                      hits[h_i - 1].trigger.relation == "opposes" and
                                                      hits[h_i - 1].last == hit.first - 1)
            if condemned and hit.kind == "noun" and hit.trigger.id in FIGHTING and definite(words[hit.first]):
                continue  # «أدانت فرنسا الهجوم على …»: the attack condemned is not the condemner's own
            if next_i is not None and hit.trigger.relation == "opposes" and \
                    hits[next_i].trigger.relation == "supports" and \
                    (_governor(words, mentions, hit, hits[next_i]) is not None or
                     (hit.kind == "noun" and hits[next_i].first == hit.last + 1)):
                # («أدانت فرنسا الدعم التركي لحكومة الوفاق», «بإدانة الدعم الإماراتي لحفتر»)
                ctx.governed = hits[next_i]
            found = find_arguments(ctx)
            if stop_at is not None and (found is None or not (found.source.first > stop_at or (
                    asked is not None and (found.source.first, found.source.actor) == (asked.first, asked.actor)))):
                continue
            if found is not None and author is not None and self.party(author) != self.party(found.source):
                # («رفضت تركيا الاتهامات الفرنسية بدعمها لحكومة الوفاق»: the author, not who the report names)
                found = found._replace(target=author)
            if found is not None and hit.trigger.marked_target and \
                    marker_before(words, found.target) not in hit.trigger.target_markers and \
                    not (found.target.kind == "demonym" and found.target.first == hit.last + 1) and \
                    not any(clitic_marker(w) in hit.trigger.target_markers or w.norm in hit.trigger.target_markers
                            # (a phrase may end on its marker: «الدفاع عن»; a speaker named after the quotation
                            # stands after the target)
                            for w in words[max(hit.last - (hit.kind == "phrase"),
                                               found.source.last if found.source.last < found.target.first else -1) + 1:
                                           found.target.first + 1]):
                found = None  # «نوّه إلى أن تركيا …»: pointed out, commended nobody («نوّه بالدور الذي تلعبه مصر»)
            if found is not None and found.target in mentions and ruled_out_target(words, hits, hit, found.target):
                found = None  # a target the trigger cannot take (see ruled_out_target)
            # (past the others talked with and «كل على حدة»: «تحدث ماكرون مع السراج وعقيلة صالح، كل على حدة، في روما»)
            held_at = past_each_apart(words, coordinated(words, mentions, found.target)[-1].last + 1) \
                if found is not None and hit.trigger.held_in_place and found.target in mentions else None
            if found is not None and hit.trigger.held_in_place and not (
                    place_at(words, found.target.last + 1) or sidelines_at(words, found.target.last + 1)
                    or (held_at is not None and (place_at(words, held_at) or sidelines_at(words, held_at)))
                    or sidelines_before(words, hit.first) or place_before_with(words, hit.first)):
                found = None  # «بحث بوتين مع أردوغان الوضع في ليبيا»: the place is not where the talks were held
            if found is not None and hit.trigger.blocks_statements and found.target.first > hit.last and \
                    (any(w.punct for w in words[hit.last + 1:found.target.first]) or
                     getattr(self.reg.actors.get(found.target.actor), "kind", None) in FORUMS):
                # «عرقلت روسيا صدور البيان، لأن قرارات مجلس الأمن …»: the reason given, no one opposed; «منعت موسكو
                # صدور بيان لمجلس الأمن»: the body a statement is blocked in is no one opposed either
                found = None
            if found is not None and found.source in mentions and rival_genitive(words, found.source):
                found = None  # «ويتهم خصوم حفتر الإمارات …»: Haftar's rivals speak, not Haftar
            side = fighters_side(words, mentions, hit) if found is not None else None
            if side is not None and (found.source not in mentions or found.source.first < hit.first) and \
                    self.party(found.source) not in {self.party(m) for m in side}:
                found = None  # «قال المبعوث إن مقاتلين وصلوا للقتال في صفوف حفتر»: who sent them, not who speaks
            if found is not None:
                demander = found.source
                found = _demanded_act(words, mentions, hit, found, self.party)  # («طالبت X مجلس الأمن بمحاسبة حفتر»)
                if found is None:
                    previous_source = demander  # (who asks goes on: «… بالضغط على حفتر» is its stance)
            if found is not None and hit.trigger.rejects_acts and _inner_patient(words, hit, hits[h_i + 1:], found.target):
                found = None  # «تعارض روسيا فرض عقوبات على حفتر»: the one the rejected act targets is not opposed
            # (a pair from the sentence before needs its dual subject close before the trigger)
            # (not a masdar whose own agent is named on it: «الدعم التركي لحكومة الوفاق» is Turkey's, whatever pair
            # was named before)
            own_agent = found is not None and found.rule == "masdar-genitive" and found.source in mentions and \
                hit.last < found.source.first <= hit.last + 2
            # («وأكد الوزراء الثلاثة دعم الاتحاد الأوروبي للسلطة الجديدة»: a masdar with its genitive right after it and
            # an object behind «لـ» after that is the genitive's, whatever the object)
            own_agent = own_agent or (ctx.kind == "noun" and any(
                m.first == hit.last + 1 and m.last + 1 < len(words) and clitic_marker(words[m.last + 1]) == "ل"
                for m in mentions))
            own_agent = own_agent or (found is not None and found.rule == "possessed-rival")  # («بوجود خصمه»: its own)
            # («… قائلا إن الدوحة تمول والأتراك ينفذون»: nor a verb with its own subject named right before it, or read
            # right after it; a verb joined by «و» may follow the last clause's object: «استقبل السيسي حفتر وبحثا …»)
            own_agent = own_agent or (hit.kind == "verb" and (
                (not conjunction_on(words[hit.first]) and
                 any(m.last == hit.first - 1 and marker_before(words, m) is None for m in mentions)) or
                (found is not None and found.source in mentions and found.source.first == hit.last + 1)))
            # («التقى لافروف نظيره التركي. وكان الوزيران قد اجتمعا بحفتر»: both met the one a meeting names after
            # it, when no subject of its own is named)
            joint_guest = pair is not None and hit.trigger.relation in SYMMETRIC and found is not None and \
                found.target.first > hit.last and found.target not in pair[:2] and \
                (found.source not in mentions or found.source in pair[:2])
            # («… والتقى الوزيران السراج»: a dual noun as the meeting verb's subject, its guest after it)
            dual_after = pair is not None and hit.trigger.relation in SYMMETRIC and found is None and \
                hit.kind == "verb" and hit.last + 1 < len(words) and words[hit.last + 1].norm in DUAL_NOUNS and \
                words[hit.last + 1].norm.endswith("ان")
            # (a pair from the sentence before, not when this sentence names its own pair before the dual: «أعلنت
            # كل من السعودية والإمارات تأييدهما»)
            if dual_after or (pair is not None and (hit.trigger.relation not in SYMMETRIC or joint_guest) and
                              not own_agent and (dual_subject_between(words, pair[2], hit, mentions) if pair[2] >= 0
                                                 else dual_subject_near(words, hit, mentions) and
                                                 not _own_pair(words, mentions, hit, pair[:2]))):
                found = self._dual(ctx, found, pair[:2])
            elif len(previous_group) > 2 and hit.trigger.relation not in SYMMETRIC and not hit.trigger.mutual and \
                    hit.kind != "passive" and not own_agent and group_subject_near(words, hit):
                found = self._dual(ctx, found, previous_group, "group-subject")
            if found is None:
                continue
            if hit.trigger.relation == "opposes" and pair is not None and \
                    found.target.actor in (pair[0].actor, pair[1].actor) and \
                    found.target.first > 0 and _meeting_noun(words[found.target.first - 1]):
                # «استقبل كونتي حفتر، في حين ألغى السراج زيارته احتجاجا على استقبال حفتر»: what is protested is the
                # reception, the host's act, not its guest
                host = pair[1] if found.target.actor == pair[0].actor else pair[0]
                found = found._replace(target=host) if self.party(host) != self.party(found.source) else None
                if found is None:
                    continue
            addressed = hit.addressed_before is not None and (
                hit.last < found.target.first < hit.addressed_before or
                _doer_of_what_stops(words, hit.addressed_before, found.target))
            if hit.addressed_before is not None and (not addressed or len(coordinated(words, mentions, found.target)) > 1
                                                     or len(found.target.referents) > 1):
                # «دعت فرنسا إلى وقف التصعيد»: nobody in particular is asked; «دعت واشنطن حكومة الوفاق وقوات
                # حفتر إلى وقف القتال»: all sides are, which is no stance against either
                continue
            src, tgt, conf, rule, relation = found
            if neg and src is report_author(words, mentions, hit):
                neg = False  # («كذبت مصر الادعاءات القطرية بشأن تدخلها»: the author's charge stands, denied or not)
            relation = relation or hit.trigger.relation
            if relation == "met" and by_phone(words, hit, b):
                relation = "called"  # «بحث بوتين مع أردوغان هاتفيا»: talks by phone are a call
            elif relation == "called" and by_video(words, hit):
                relation = "met"  # «بحث المبعوث في اتصال مرئي مع السراج»: a video call is a meeting
            previous_source, previous_target = src, tgt
            if rule in DOER_IS_TARGET and not (rule == "deed" and ctx.governor is not None):
                # («قال المسماري إن تركيا ترسل مرتزقة … لدعم حكومة الوفاق»: the speaker charges the doer,
                # and what the deed is for, the doer does; not a deed that a stance verb takes as its object:
                # «أدانت مصر التدخل التركي، وأكدت دعمها للجيش» goes on with the verb's subject)
                previous_source = tgt
            if rule == "between":  # «بين X و Y»: the coordination is the relation itself
                # (and the first of the pair no agent of what follows: «تصاعد التوتر بين القاهرة وأنقرة بعد
                # أن أرسلت الأخيرة قوات ومرتزقة لدعم …»)
                previous_source = None
                # («اجتماع ضم وزراء خارجية مصر وفرنسا واليونان»: as a joint subject, the first met the others)
                group = coordinated(words, mentions, src)
                sources, targets = [src], [t for t in group if t is not src] if tgt in group else [tgt]
            elif rule in ("verb-joint", "masdar-joint", "masdar-exchanged") or \
                    (relation in SYMMETRIC and src in mentions and tgt in coordinated(words, mentions, src)):
                # «اجتمع X و Y و Z»: the first met the others (also found by another construction: «وفي اتصال
                # هاتفي، بحث السيسي وماكرون …», the two sides of the call one coordinated subject)
                sources = [src]
                targets = [t for t in coordinated(words, mentions, src) if t is not src]
            elif rule == "joined-backer":
                # («حكومة السراج والقوات التركية الداعمة لها»: one member of a coordinated group backs another)
                sources, targets = [src], [tgt]
            elif rule == "dual-subject":
                sources = [pair[0], pair[1]]
                targets = [t for t in coordinated(words, mentions, tgt) if t not in sources]
            elif rule == "group-subject":
                sources = list(previous_group)
                targets = [t for t in coordinated(words, mentions, tgt) if t not in sources]
            else:
                sources = coordinated(words, mentions, src)
                issuer = _joint_issuer(words, mentions, sources[0]) if src in mentions else None
                if issuer is not None:
                    # «أصدرت فرنسا بيانا مشتركا مع ألمانيا وإيطاليا يندد …»: the statement's issuers all say it
                    sources = [m for m in coordinated(words, mentions, issuer) if m not in sources] + sources
                elif src in mentions:
                    sources += [m for m in _joint_partners(words, mentions, sources[-1]) if m not in sources]
                joined = _joined_in(words, mentions, hit, sources) if src in mentions else []
                sources += [m for m in joined if m not in sources]  # «انضمت اليونان إلى فرنسا في انتقاد …»
                targets = [t for t in coordinated(words, mentions, tgt) if t not in sources]
                if relation not in SYMMETRIC:
                    sources += [m for m in self._besides(words, mentions, sources[-1], targets, b) if m not in targets]
                # «أشاد حفتر بمواقف القاهرة، وبالدور الروسي»: a further object listed after the first
                targets += [m for m in mentions if m.first > tgt.last and m not in sources and m not in targets
                            and ctx.listed_object(m)]
            if hit.trigger.relation in SYMMETRIC:
                pair = (src, tgt, hit.last)
            elif len(sources) == 2 and self.party(sources[0]) != self.party(sources[1]) and \
                    all(m in mentions for m in sources):
                # («ورحبت كل من الإمارات والسعودية بالمبادرة وأكدتا دعمهما …»: a joint subject of two is the pair a
                # dual verb after it names)
                pair = (sources[0], sources[1], hit.last)
            if hit.trigger.one_sided:
                # (taking a side is toward one; toward both sides named as one, «الانحياز إلى أي من الطرفين
                # الليبيين», «خرق الحظر لصالح طرفي النزاع», it is none)
                targets = [m for m in targets if len({self.party(r) for r in m.referents}) < 2]
            # («دولا بعينها تدعم …، في إشارة إلى الإمارات ومصر»: the vague noun stands for each actor alluded to)
            named_by = {id(r): m for m in sources + targets for r in m.referents}  # (its evidence: the noun)
            sources, targets = each_actor(sources), each_actor(targets)
            pairs = [(s, t) for s in sources for t in targets]
            if relation in SYMMETRIC and len(targets) > 1 and (
                    (len(sources) == 1 and all(t in coordinated(words, mentions, sources[0]) for t in targets)) or
                    (_multilateral(words, hit) and all(t in coordinated(words, mentions, targets[0])
                                                       for t in targets))):
                # «اجتمع وزراء روسيا وتركيا وإيطاليا»: all of a joint meeting's sides met each other; so did the
                # ones a meeting of three sides or more was held with («عقد السيسي قمة ثلاثية مع رئيس الوزراء
                # اليوناني والرئيس القبرصي»)
                pairs += [(t, u) for j, t in enumerate(targets) for u in targets[j + 1:]]
            if relation in SYMMETRIC and len(sources) > 1 and _multilateral(words, hit):
                # «حيث أجريا محادثات ثلاثية مع الرئيس القبرصي»: a meeting of three sides or more, held by several
                # with another, is one meeting: those who held it met each other too
                pairs += [(t, u) for j, t in enumerate(sources) for u in sources[j + 1:]]
            if relation in SYMMETRIC:
                # «استقبل ماكرون حفتر، إلى جانب السراج»: one received besides the guest met the host too
                pairs += [p for p in _guests_besides(words, mentions, hit, src, tgt, b)
                          if p[1] not in sources + targets]
            if relation == "met":
                # «التقى كونتي، برفقة دي مايو، حفتر»: the host's company met the guest too
                pairs += companions(words, mentions, b, sources, targets, self.party)
            for s, t in pairs:
                if self.party(s) == self.party(t):
                    continue
                local = [x for x in (named_by.get(id(s), s), named_by.get(id(t), t))
                         if x in mentions and abs(x.first - hit.first) <= WINDOW]
                start = min([x.start for x in local] + [words[hit.first].start])
                end = max([x.end for x in local] + [words[hit.last].end])
                out.append(Relation(relation, s, t, neg, conf, f"{rule}:{hit.trigger.id}",
                                    start, end, self._speaker(words, mentions, hit, s), words[hit.first].start))
                charger = self._charger(words, mentions, hit, s, t) if relation == "supports" and not neg else None
                if charger is not None:
                    # «اعتبر المجلس الرئاسي أن عملية إيريني منحازة لحفتر»: stating a support one is charged
                    # with («منحاز»: kg:chargedSupport) is a charge against the supporter
                    out.append(Relation("opposes", charger, s, False, min(conf, CHARGED_CONFIDENCE),
                                        f"charged:{hit.trigger.id}", min(start, charger.start), end, None))
                # (not a participle: «البرلمان المتحالف مع المشير» says the body backs Haftar, not the reverse)
                if (hit.trigger.mutual and hit.kind != "active") or rule == "masdar-exchanged":
                    out.append(Relation(relation, t, s, neg, conf, f"{rule}-mutual:{hit.trigger.id}",
                                        start, end, self._speaker(words, mentions, hit, t), words[hit.first].start))
        return _calls_are_not_meetings(out, self.reg.party_of) + self._echoes(words, mentions, out)

    def _besides(self, words: list[Word], mentions: list[Mention], src: Mention, targets: list[Mention],
                 end: int) -> list[Mention]:
        """«وتدعم أنقرة، إلى جانب الدوحة، حكومة طرابلس», «تعد روسيا من أبرز داعمي حفتر، إلى جانب
        الإمارات ومصر»: states listed «besides» the source, set off by a comma, share its stance;
        after the target only when they are states like the source and the target is none."""
        if not targets:
            return []
        kind = self.kind_of
        for k in range(src.last + 1, end - 2):
            n = BESIDES.get((words[k].norm, words[k + 1].norm)) or (1 if words[k].norm in LIKE else None)
            if n is None:
                continue
            first = next((m for m in mentions if m.first == k + n), None)
            comma = words[k - 1].norm in ("،", ",")
            if first is None:
                if comma:
                    return []
                continue
            listed = coordinated(words, mentions, first)
            after_target = k > targets[-1].last and kind(src) == "State" and \
                all(kind(m) == "State" for m in listed) and all(kind(t) != "State" for t in targets)
            if not comma:
                # («تعد روسيا من أبرز الداعمين لقوات حفتر إلى جانب الإمارات ومصر.»: with no comma, only a
                # list that ends the clause, right after the target)
                closing = listed[-1].last + 1 >= len(words) or words[listed[-1].last + 1].punct
                if after_target and k == targets[-1].last + 1 and closing:
                    return listed
                continue
            right_after_source = k == src.last + 2 and targets[0].first > listed[-1].last
            return listed if right_after_source or after_target else []
        return []

    def echoes_within(self, words: list[Word], mentions: list[Mention], rels: list[Relation]) -> list[Relation]:
        """The stances of ``rels`` (found outside :meth:`extract`, such as those against an agreement)
        shared by a clause of the same sentence that refers back to them."""
        return self._echoes(words, mentions, rels)

    def echoes_of_previous(self, words: list[Word], mentions: list[Mention], previous: list[Relation]) -> list[Relation]:
        """«… رفضها للمذكرة. وهو ما شددت عليه قبرص كذلك»: a sentence that opens by referring back
        to the one before shares that sentence's stances."""
        return self._echoes(words, mentions, previous, opening=True)

    def _echoes(self, words: list[Word], mentions: list[Mention], out: list[Relation],
                opening: bool = False) -> list[Relation]:
        """«… رفضها للمذكرة، وهو ما أيدته قبرص»: a clause that refers back
        to the statement before it with a verb of affirming, and the actor of that verb, who
        shares the stances stated before it in the sentence (``opening``: in the sentence
        before, when the clause opens this one)."""
        echoes: list[Relation] = []
        for k in range(min(len(words) - 2, 2) if opening else len(words) - 2):
            if opening and not all(w.punct for w in words[:k]):
                continue
            start = _echo_opener(words, k)
            angered = None
            if start is None:
                who, denial = _contrasted_denial(words, mentions, k, opening)
                if who is None:
                    continue
            else:
                denial = next((j for j in range(start, min(len(words), start + 2)) if denying(words[j])), None)
                verb = next((j for j in range(start, min(len(words), start + 2))
                             if any(stem_match(words[j], v, "verb") for v in ECHO_VERBS + DESCRIBING)), None) \
                    if denial is None else denial
                who = next((m for m in mentions if verb is not None and verb < m.first <= verb + 2), None)
                if who is None:
                    # «…، وهو ما أثار غضب اليونان»: the one the statement angered
                    angered = who = _angered(words, mentions, start)
                if who is None:
                    continue
            # («…، وهو ما تعتبره مصر تهديدا لأمنها»: what is deemed a threat or a violation is condemned)
            verdict = words[who.last + 1:who.last + 1 + DEEMED_REACH]
            deemed = start is not None and denial is None and verb is not None and angered is None and \
                any(stem_match(words[verb], v, "verb") for v in DESCRIBING) and \
                any(h.trigger.relation == "opposes" for h in find_triggers(verdict, self.trigs))
            condemning = angered is not None or deemed or (
                denial is not None and start is not None and
                any(stem_match(words[denial], v, "verb") for v in ECHO_OPPOSING))
            if not condemning and denial is None and start is not None and verb is not None and \
                    not any(stem_match(words[verb], v, "verb") for v in ECHO_VERBS):
                continue  # («وهو ما تعتبره قطر حقا مشروعا»: deemed anything but a wrong, nothing shared)
            if condemning:
                # «أعلنت تركيا إرسال قوات لدعم حكومة الوفاق. وهو ما رفضته مصر واليونان»: who rejects or
                # condemns another's support opposes the supporter
                for r in out:
                    if r.relation == "supports" and not r.negated and self.party(r.source) != self.party(who) \
                            and (opening or r.end <= words[k].start):
                        for w in coordinated(words, mentions, who):
                            if self.party(w) != self.party(r.source):
                                echoes.append(Relation("opposes", w, r.source, False, min(r.confidence, ECHO_CONFIDENCE),
                                                       "echo:" + r.rule.split(":")[-1],
                                                       words[k].start if opening else r.start, w.end, None))
            if condemning and (denial is None or not (denial_word(words[denial].norm) or
                                                      any(stem_match(words[denial], v, "verb") for v in REJECTING_ECHO))):
                continue  # («وهو ما أدانته مصر»: condemning what was said shares none of it)
            if denial is not None:
                # «تتهم حكومة الوفاق الإمارات بدعم حفتر، وهو ما تنفيه أبوظبي»: the one accused
                # denies the deed ascribed to it: the same claim, negated
                for r in out:
                    if r.relation not in SYMMETRIC and not r.negated and self.party(r.source) == self.party(who) \
                            and (opening or r.end <= words[k].start):
                        echoes.append(Relation(r.relation, r.source, r.target, True, min(r.confidence, ECHO_CONFIDENCE),
                                               f"{ECHO_DENIAL}:" + r.rule.split(":")[-1],
                                               words[k].start if opening else r.start, who.end, who.actor))
                continue
            for r in out:
                # («وهو ما أيدته فرنسا واليونان»: each of a coordinated group)
                for w in coordinated(words, mentions, who):
                    if r.relation in SYMMETRIC or (not opening and r.end > words[k].start) or r.source.actor == w.actor \
                            or self.party(r.target) == self.party(w):
                        continue
                    echoes.append(Relation(r.relation, w, r.target, r.negated, min(r.confidence, ECHO_CONFIDENCE),
                                           "echo:" + r.rule.split(":")[-1], words[k].start if opening else r.start,
                                           w.end, None))
        return echoes

    def _dual(self, ctx: Context, found: Found | None, sides: tuple, rule: str = "dual-subject") -> Found | None:
        """«التقى السيسي ماكرون واتفقا على دعم حكومة الوفاق»: after a meeting or call, a dual
        verb or pronoun (or, for three sides or more, a plural noun) makes its sides the source; the
        target is what the construction found, or else the first actor close after the trigger (the
        masdar's genitive).  Never one of its own sides («ووقع الوزيران اتفاقا لإرسال مستشارين أتراك وقطريين»: the
        nationality of what they send is theirs)."""
        own = {self.party(m) for m in sides}

        def given(m: Mention) -> bool:
            # (for a support, the nationality of what is given, whoever of the two it names: «واتفقا على إرسال مستشارين
            # أتراك إلى …»)
            return ctx.trig.relation == "supports" and m.kind == "demonym" and ctx.mk(m) is None

        # (not one a support is against: «واتفقا على حشد الدعم ضد هجوم حفتر»)
        tgt = found.target if found is not None and self.party(found.target) not in own and not given(found.target) \
            else next((m for m in ctx.after if self.party(m) not in own and ctx.within(m, ctx.hit.last, 4) and
                       not any(w.norm in ("ضد", "وضد") for w in ctx.words[ctx.hit.last + 1:m.first]) and
                       not given(m)), None)
        if tgt is None:
            return None
        conf = min(found.confidence, DUAL_CONFIDENCE) if found is not None else DUAL_CONFIDENCE
        return Found(sides[0], tgt, conf, rule, found.relation if found is not None else None)

    def context(self, words: list[Word], mentions: list[Mention], hit: TriggerHit, a: int, b: int,
                salient: Mention | None = None, previous_source: Mention | None = None,
                hits: list[TriggerHit] = ()) -> Context:
        """What the constructions read about one trigger in its clause ``a..b``."""
        kind = hit.kind
        if kind == "verb" and reads_as_masdar(words, hit, mentions):
            kind = "noun"  # «في ظل رفض أمريكي»: a masdar, not a verb
        elif kind == "noun" and hit.first >= 2 and words[hit.first - 1].norm == "من" and \
                words[hit.first - 2].norm in FIRST_WHO and \
                any(stem_match(words[hit.first], x, "verb") for x in hit.trigger.verb):
            kind = "verb"  # «كانت قطر أول من دعم حكومة الوفاق»: "the first who supported"
        return Context(words, mentions, hit, a, b, self.party, self.kind_of, salient, previous_source, kind,
                       hits=list(hits), other_side=self.other_side)

    def _charger(self, words: list[Word], mentions: list[Mention], hit: TriggerHit, s: Mention,
                 t: Mention) -> Mention | None:
        """The speaker of a third party who states a support the lexeme charges (``kg:chargedSupport``), or who
        describes something as that support («وصفت أنقرة إعلان القاهرة بأنه محاولة لإنقاذ حفتر»)."""
        if not hit.trigger.charged:
            describer = _describer(words, mentions, hit)
            return describer if describer is not None and self.party(describer) not in (self.party(s), self.party(t)) \
                else None
        return next((w for w in speakers(words, mentions, hit) if self.party(w) not in (self.party(s), self.party(t))),
                    None)

    def _speaker(self, words, mentions, hit, src) -> str | None:
        """Who is reported as saying it, when that is not the source."""
        return next((who.actor for who in speakers(words, mentions, hit) if who.actor != src.actor), None)
