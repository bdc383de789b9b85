"""A stance stated as a predicate about its target, the target named first:
«التدخل الروسي في ليبيا خط أحمر», «حكومة الوفاق فاقدة للشرعية».

The trigger is marked ``kg:targetBefore`` in the ontology.  The source is
the speaker of the sentence however far before («قال الوزير …، إن قائد الجيش
…، "لا يحظى بأي شرعية"»; not another actor the statement names nearer the
target: «قال المسماري إن روسيا لم ترسل مرتزقة، وإن حكومة الوفاق فاقدة
للشرعية»), or an actor of another party before the target (the one asserting
it), or the «ل» phrase right after the trigger («غير شرعية بالنسبة لأنقرة»،
«في نظر القاهرة»), or the document's salient actor."""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions.context import NAMING, Context, Found
from kg.grammar import (ATTACKS, BECOMING, COMPLEMENTIZERS, DETACHED_MARKS, RELATIVES, accusation, clitic_marker,
                        colon_speaker, coordinated, definite, dropped_speaker, has_pronoun, joined_clause_before,
                        mention_gender, past_marks, past_marks_back, report_noun, upos)
from kg.triggers import FIGHTING, THAT as CLAUSE_THAT, stem_match

NAME = "predicate"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME,)
FOR_WINDOW = 4  # words from the trigger to a «ل» phrase naming whose view it is
AGAINST = FIGHTING | {"ضد", "وضد", "بمواجهه"}  # the term right after is who is fought
VIEW_NOUNS = {"نظر", "راي", "تقدير"}  # «في نظر القاهرة», «برأي واشنطن»
THAT = CLAUSE_THAT | {"فان"}  # normalised «إن/أن/فإن» with no pronoun: a clause with its own subject follows


def applies(ctx: Context) -> bool:
    return bool(ctx.trig.target_before)


def _said_of_report(ctx: Context, tgt) -> bool:
    """Does a report noun open the clause after «إن/أن» before the target?  The predicate is its, as the
    nominal sentence's subject, not the target's, which is named inside it."""
    words = ctx.words
    k = next((k for k in range(tgt.first - 1, ctx.a - 1, -1) if words[k].norm in COMPLEMENTIZERS), None)
    return k is not None and k + 1 < tgt.first and report_noun(words[k + 1])


def _speaker(ctx: Context, m: Mention) -> Mention | None:
    """Who uses an epithet of ``m``: the reported speaker, or, when the speech verb has no subject of its
    own («انتقد أردوغان فرنسا. وقال إن باريس تدعم الانقلابي حفتر»), the one the text is about."""
    src = ctx.speaker_against(m)
    if src is None and ctx.salient is not None and ctx.party(ctx.salient) != ctx.party(m) and \
            dropped_speaker(ctx.words, ctx.hit.first):
        src = ctx.salient
    if src is None and any(accusation(w) and upos(w) == "VERB" for w in ctx.words[ctx.a:ctx.hit.first]):
        # («اتهم باشاغا فرنسا بدعم مجرم الحرب حفتر»: the charge is in the accuser's words)
        accuser = ctx.first_unmarked(ctx.hit.first)
        # (not the accused, when the accuser is no actor kg knows: «اتهم الوزير فرنسا بدعم المجرم حفتر»)
        src = accuser if accuser is not None and ctx.party(accuser) != ctx.party(m) and accuser is not ctx.accused() \
            else None
    return src


def _hostile_to(ctx: Context) -> Found | None:
    """«تتخذ الإمارات موقفا معاديا لحكومة الوفاق», «إن الإمارات دولة معادية لتركيا»: a term of hostility
    with the one it is hostile to behind «لـ» right after it: the clause's subject holds it against that
    one.  (Said by a reported speaker, it is the speaker's verdict on the subject, read below.)"""
    obj = next((m for m in ctx.after if m.first == ctx.hit.last + 1 and ctx.mk(m) == "ل"), None)
    holder = ctx.unmarked_before() if obj is not None else None
    if holder is not None and obj is not None and ctx.words[ctx.hit.first].norm.removeprefix("ال") in CLIENTS and \
            ctx.party(holder) != ctx.party(obj):
        # («وصف الوزير حفتر بأنه عميل لأبوظبي»: an agent or puppet «لـ» a patron is backed by it, not hostile to it)
        return Found(obj, holder, CONFIDENCE, NAME, "supports")
    if holder is None or ctx.party(holder) == ctx.party(obj) or ctx.speaker_against(holder) is not None:
        return None
    return Found(holder, obj, CONFIDENCE, NAME)


def _relative_subject_of(ctx: Context, tgt: Mention):
    """Is ``tgt`` the subject of a relative clause («التي تدعمها تركيا») right before the predicate?  Then the
    antecedent before «الذي/التي»: the actor there, or True when it names no actor."""
    words, k = ctx.words, tgt.first
    if k < 3 or words[k - 2].norm not in RELATIVES or upos(words[k - 1]) != "VERB" or \
            any(w.punct for w in words[tgt.last + 1:ctx.hit.first]):
        return None
    return next((m for m in ctx.mentions if m.last == k - 3), True)


SUBJECT_PRONOUNS = {"هو": "Masc", "وهو": "Masc", "هي": "Fem", "وهي": "Fem"}  # normalised: «وهي آخر من …»


def _pronoun_subject(ctx: Context, before: list[Mention]) -> Mention | None:
    """«إن باريس تدعم حفتر، وهي لا تريد السلام»: a pronoun right before the predicate is its subject;
    it names the nearest actor before of its gender, not the nearest actor."""
    k = past_marks_back(ctx.words, ctx.hit.first - 1)
    gender = SUBJECT_PRONOUNS.get(ctx.words[k].norm) if k >= 0 else None
    if gender is None:
        return None
    return next((m for m in reversed(before) if mention_gender(ctx.words, m, ctx.kind_of(m)) == gender), None)


def find(ctx: Context) -> Found | None:
    before, after = ctx.before, ctx.after
    hostile = _hostile_to(ctx) if ctx.trig.predicate_only else None
    if hostile is not None:
        return hostile
    if any(m.first == ctx.hit.first and ctx.hit.last < m.last for m in ctx.mentions):
        return None  # «ميليشيات السراج»: the head noun of an actor's phrase, said of nobody else
    named = _epithet(ctx)
    if named is not None:
        # «لن تترك الليبيين وحدهم في مواجهة الانقلابي حفتر»: an epithet of the name right after it, no
        # predicate; the word of the reported speaker who uses it, as one after the name (below)
        src = _speaker(ctx, named) or colon_speaker(ctx.words, ctx.mentions, ctx.hit.first)
        return Found(src, named, CONFIDENCE, NAME) if src is not None and ctx.party(src) != ctx.party(named) else None
    if not before:
        return None
    if ctx.hit.first > 0 and ctx.words[ctx.hit.first - 1].norm in AGAINST:
        return None  # «لن نتركها وحدها في مواجهة الانقلابيين»: the term names those fought, no predicate
    if _describes_a_thing(ctx) or _behind_a_preposition(ctx):
        return None
    # («إن الدعم التركي لحكومة الوفاق غير مقبول»: the actor behind «ل» is the object of the thing
    # judged, the one before it, with no preposition, its author)
    tgt = before[-1] if ctx.mk(before[-1]) != "ل" else next((m for m in reversed(before) if ctx.mk(m) is None), before[-1])
    tgt = _modified_by_participle(ctx, tgt) or tgt
    tgt = _pronoun_subject(ctx, before) or tgt
    if any(ctx.words[k].norm in THAT and not any(m.first == k + 1 for m in ctx.mentions)
           for k in range(tgt.last + 1, ctx.hit.first)):
        # «… إن باريس "تدعم الحكومة الشرعية" وإن الاتهامات الموجهة إليها باطلة»: the clause of «إن» after the actor
        # has a subject of its own, which the predicate is said of
        return None
    from kg.agreements import agreement_at  # (here: kg.agreements imports kg.relations, which imports this)
    if any(agreement_at(w) for w in ctx.words[tgt.last + 1:ctx.hit.first]):
        return None  # «اعتبرت الخارجية التركية أن الاتفاق باطل»: said of the agreement (kg.agreements reads it)
    signers = _signers_with(ctx, tgt)
    if _thing_subject(ctx, tgt):
        # «قال أردوغان إن المبادرة غير مقبولة»: said of the initiative (kg.deeds reads whose), not of the speaker
        return None
    head = coordinated(ctx.words, ctx.mentions, tgt)[0].first - 1
    if tgt.kind == "demonym" and head >= 0 and agreement_at(ctx.words[head]):
        # «قال دندياس إن حفتر وافق على أن المذكرة التركية الليبية باطلة», «وكانت قبرص قد اعتبرت الاتفاق التركي
        # "باطلا"»: said of the agreement, by the nearest actor before it (kg.agreements reads its other party)
        holder = next((m for m in reversed(before) if m.last < head and ctx.mk(m) is None), None)
        return Found(holder, tgt, CONFIDENCE, NAME) \
            if holder is not None and ctx.party(holder) != ctx.party(tgt) else None
    if ctx.hit.last + 1 < len(ctx.words) and agreement_at(ctx.words[ctx.hit.last + 1]):
        # «دعت مصر البرلمان إلى إعلان بطلان الاتفاقية»: the term's genitive is the agreement it is said of, not
        # the actor before (kg.agreements reads it)
        return None
    if any(h.trigger.id == "labelled" and h.last + 1 == tgt.first for h in ctx.hits):
        return None  # «…، واصفا حفتر بأنه "انقلابي"»: the branding verb's object (its own construction reads it)
    if any(h.trigger.id == "labelled" and ctx.a <= h.first for h in ctx.hits if h.last < ctx.hit.first):
        # («أما أنقرة فوصفت المبادرة بأنها "ولدت ميتة"», «وصف الوزير التركي الإعلان بأنه "ولد ميتا"»: said of the
        # describing verb's object, which its own construction reads, not of its subject)
        return None
    if _described_by_pronoun(ctx, tgt):
        return None  # «ووصفته أثينا بأنه "باطل"», «رفض تركي له بوصفه "باطلا"»: said of what the pronoun names
    if _said_of_report(ctx, tgt):
        return None  # «إن الاتهامات التي وجهتها لها موسكو بدعم حكومة الوفاق باطلة»: said of the accusations
    relative = _relative_subject_of(ctx, tgt)
    if relative is not None:
        # «إن الحكومة التي تدعمها تركيا لا تمثل الليبيين»: the subject of a relative clause before the predicate
        # is not what it is said of; the clause's antecedent is (nobody kg knows here)
        if relative is True or not ctx.opens_clause(relative):
            return None
        tgt = relative
    if ctx.trig.predicate_only and relative is None and not nominal_predicate(ctx, tgt):
        return None
    if tgt.last == ctx.hit.first - 1 and tgt.kind == "name" and ctx.hit.first == ctx.hit.last and \
            ctx.words[ctx.hit.first].norm.startswith("ال"):
        # «إن فرنسا هي من تدعم حفتر الانقلابي»: a definite term after a name is its epithet, no predicate
        # about it from the actor before; it is the reported speaker's word
        src = _speaker(ctx, tgt)
        return Found(src, tgt, CONFIDENCE, NAME) if src is not None else None
    # (not a member of the target's own list: «أعلنت قبرص ومصر أنها "لا أثر قانونيا لها"», the two say it)
    group = coordinated(ctx.words, ctx.mentions, tgt)
    src = ctx.speaker_against(tgt) or _dropped_subject(ctx, tgt) \
        or next((m for m in reversed(before[:before.index(tgt)]) if ctx.party(m) != ctx.party(tgt)
                 and m not in group), None) \
        or next((m for m in after if m.first <= ctx.hit.last + FOR_WINDOW and
                 (ctx.mk(m) == "ل" or ctx.words[m.first - 1].norm in VIEW_NOUNS)), None) \
        or ctx.salient
    return Found(src, tgt, CONFIDENCE, NAME) if src is not None and src not in group and \
        ctx.party(src) not in signers else None


def _dropped_subject(ctx: Context, tgt: Mention) -> Mention | None:
    """«نفى الوزير أن تكون بلاده سلحت حفتر، ووصف التدخل التركي بأنه مرفوض»: a verb joined by «و» after a comma
    with no actor between it and the target has the sentence's subject for its own, not the actor nearest before."""
    words = ctx.words
    j = joined_clause_before(words, tgt.first, ctx.a)
    if j is None or any(j < m.first < tgt.first for m in ctx.mentions):
        return None
    subject = ctx.first_unmarked(j, ctx.a)
    return subject if subject is not None and ctx.party(subject) != ctx.party(tgt) else None


def _signers_with(ctx: Context, tgt: Mention) -> set:
    """The parties of an agreement named before ``tgt`` in its clause whose signers include it («وصف الوزير المذكرة
    التي وقعتها أنقرة مع طرابلس بأنها "باطلة"»): none of them calls it void."""
    from kg.agreements import agreement_at, agreement_parties  # (here: kg.agreements imports this module's importer)
    for i in range(ctx.a, tgt.first):
        if agreement_at(ctx.words[i]):
            parties = agreement_parties(ctx.words, ctx.mentions, i)
            if tgt in parties:
                return {ctx.party(p) for p in parties}
    return set()


def _modified_by_participle(ctx: Context, tgt: Mention) -> Mention | None:
    """«إن البرلمان المتحالف مع المشير فاقد للشرعية»: the actor a definite participle right after an
    actor names is inside that actor's phrase; the predicate is about the actor it modifies."""
    head = next((m for m in reversed(ctx.before) if m.last < tgt.first), None)
    if head is None:
        return None
    return head if any(h.kind in ("active", "passive") and h.first == head.last + 1 and h.last < tgt.first and
                       definite(ctx.words[h.first]) for h in ctx.hits) else None


PREPOSITIONS = {"من", "علي", "عن", "الي", "في", "ضد", "مع", "ب"}  # normalised
CLIENTS = {"عميل", "عميلا", "عملاء", "دميه"}  # normalised: an agent or puppet of the patron behind «لـ»


def _behind_a_preposition(ctx: Context) -> bool:
    """«حتى تطهير البلاد من الانقلابيين», «بما وصفته "الانقلاب على العملية"»: a definite term behind a preposition
    (or behind what names it, past a quotation mark), or the genitive of a noun, names those it is said of, nobody
    kg knows; a predicate stands bare (an epithet before a name is read above)."""
    words, k = ctx.words, ctx.hit.first
    if not words[k].norm.startswith("ال"):
        return False
    j = k - 1
    while j >= 0 and words[j].text in DETACHED_MARKS:
        j -= 1
    named = j >= 1 and words[j - 1].norm in ("ما", "بما", "لما") and \
        any(stem_match(words[j], v, "verb") for v in NAMING)
    # (or in construct after an indefinite noun, past a quotation mark: «تلقين الانقلابي درسا», «جرائم المعتدين»; not
    # one right after an actor, the predicate's own head: «تركيا دولة الاحتلال»)
    genitive = j >= 0 and upos(words[j]) == "NOUN" and not definite(words[j]) and \
        not has_pronoun(words[j]) and not any(m.first <= j <= m.last + 1 for m in ctx.mentions)
    return j >= 0 and (words[j].norm in PREPOSITIONS or named or genitive)


def _thing_subject(ctx: Context, tgt: Mention) -> bool:
    """Does a clause after «إن/أن» open between ``tgt`` and the term, on a definite noun that names no actor, only
    quotation marks between that noun and the term?  The term is said of that thing."""
    words = ctx.words
    k = next((j for j in range(tgt.last + 1, ctx.hit.first) if words[j].norm in COMPLEMENTIZERS), None)
    if k is None or k + 1 >= ctx.hit.first:
        return False
    noun = words[k + 1]
    return upos(noun) == "NOUN" and noun.norm.startswith("ال") and \
        all(w.text in DETACHED_MARKS for w in words[k + 2:ctx.hit.first]) and \
        not any(m.first <= k + 1 <= m.last for m in ctx.mentions)


def _describes_a_thing(ctx: Context) -> bool:
    """«مكافحة الهجرة غير الشرعية», «الأسلحة غير القانونية»: a definite «غير ال…» right after a definite noun
    that names no actor is that noun's adjective (a predicate is indefinite: «الاتفاق غير شرعي»), so it judges
    the thing, not an actor named before it."""
    words, k = ctx.words, ctx.hit.first
    if k < 1 or ctx.hit.last == k or words[k].norm != "غير" or not words[k + 1].norm.startswith("ال"):
        return False
    prev = words[k - 1]
    return upos(prev) == "NOUN" and prev.norm.startswith(("ال", "وال")) and \
        not any(m.first <= k - 1 <= m.last for m in ctx.mentions)


def nominal_predicate(ctx: Context, subject) -> bool:
    """«إن حفتر مجرم حرب», «أن الإمارات دولة معادية»: the term follows the actor directly (or
    after one head noun), and the actor opens its clause or a complement clause; «إن الدور التركي في
    ليبيا هدام»: or the actor is the nationality adjective of the noun that does, a place between."""
    words = ctx.words
    # (a quotation mark that opens on the term is no word between: «إن الإعلان المصري «ولد ميتا»»)
    gap = [w for w in words[subject.last + 1:ctx.hit.first] if w.text not in DETACHED_MARKS]
    if len(gap) == 2 and gap[0].norm in ("في", "ب"):
        gap = []  # («في ليبيا»: where)
    elif len(gap) == 3 and gap[0].norm == "في" and all(upos(w) in ("NOUN", "ADJ", "PROPN") for w in gap[1:]) and \
            gap[2].norm.startswith("ال") and upos(gap[2]) == "ADJ":
        gap = []  # («في الشرق الليبي», «في المنطقة الشرقية»: where, a place and its adjective)
    elif subject.kind == "name" and len(gap) in (2, 3) and gap[0].norm in ("علي", "ضد") and \
            all(upos(w) in ("NOUN", "ADJ", "PROPN") for w in gap[1:]):
        gap = []  # («هجمات حفتر على الأحياء السكنية», «… على طرابلس»: whom the deed the actor's name is of falls on)
    if gap and (gap[0].norm in BECOMING or gap[0].norm in TURNING):
        # («أن تركيا باتت دولة احتلال», «تحولت إلى دولة احتلال»: a verb of becoming before the predicate)
        gap = gap[1 + (len(gap) > 1 and gap[1].norm == "الي"):]
    head = subject.first - 1
    # («إن هجمات حفتر على المدنيين جرائم حرب»: or its genitive, the one whose deed the noun names)
    # (an attack noun the tagger calls a verb: «أن هجوم حفتر على طرابلس جريمة حرب»)
    # (a role's too: «إن تصريحات الرئيس المصري تدخل سافر»)
    heads_clause = subject.kind in ("demonym", "name", "role") and head >= ctx.a and \
        (upos(words[head]) == "NOUN" or any(stem_match(words[head], n, "noun") for n in ATTACKS)) and \
        clitic_marker(words[head]) is None and \
        (head == ctx.a or words[head - 1].punct or words[head - 1].norm in COMPLEMENTIZERS)
    return len(gap) <= 1 and all(upos(w) == "NOUN" for w in gap) and \
        (ctx.opens_clause(subject) or _considered(ctx, subject) or heads_clause)


TURNING = {"تحول", "تحولت", "يتحول", "تتحول", "صار", "صارت", "يصبح", "تصبح"}  # normalised, beside BECOMING
CONSIDERING = ("اعتبر", "عتبر", "عد", "وصف", "تصف", "يصف", "راي")  # verb stems: «اعتبرت اليونان تصريحات أردوغان
# استفزازية» («عتبر», «تصف»: the imperfect, «تعتبرها», «تصفها», drops the alif of the derived form, the «و» of «وصف»)
CONSIDERING_REACH = 5  # words from the verb to the actor's head noun (its subject between)


def _described_by_pronoun(ctx: Context, tgt: Mention) -> bool:
    """Is the term said of a pronoun on a verb or masdar of describing or considering, right before the
    actor (its subject: «ووصفته أثينا بأنه "باطل"») or between the actor and the term («ورفض تركي له
    بوصفه "باطلا"», «باعتبارها غير شرعية»)?  The actor then is who describes it, or another phrase's."""
    words = ctx.words
    # (the verb right before the actor, its subject; a masdar behind «بـ» between: not a verb of a relative clause
    # between, «المذكرة الموقعة بين أنقرة وحكومة الوفاق، والتي وصفها بأنها باطلة», whose pronoun is the antecedent)
    before = tgt.first - 1
    if before >= 0 and has_pronoun(words[before]) and any(stem_match(words[before], v, "verb") for v in CONSIDERING):
        return True
    return any(has_pronoun(words[k]) and clitic_marker(words[k]) == "ب" and
               any(stem_match(words[k], v, "noun") for v in CONSIDERING) for k in range(tgt.last + 1, ctx.hit.first))


def _considered(ctx: Context, subject) -> bool:
    """The actor is the genitive of the object of a verb of considering, whose second object the
    term is: «اعتبرت اليونان تصريحات أردوغان استفزازية»."""
    words, head = ctx.words, subject.first - 1
    if head < 1 or upos(words[head]) != "NOUN":
        return False
    return any(stem_match(words[k], v, "verb") for k in range(max(ctx.a, head - CONSIDERING_REACH), head)
               for v in CONSIDERING)


def _epithet(ctx: Context):
    """«الانقلابي حفتر»: a definite term right before a person's name is its epithet; the name, if so.  So is
    a term in construct with a definite noun («مجرم الحرب حفتر»)."""
    words, k = ctx.words, ctx.hit.last
    # («الانحياز لميليشيات الانقلابي حفتر»: a term inside the phrase of a name kg took in whole, the forces named by
    # their leader, is said of that name)
    inside = next((m for m in ctx.mentions if m.first < ctx.hit.first and k < m.last and m.kind == "name"), None)
    if inside is not None:
        return inside
    if ctx.hit.first != k:
        return None
    # (behind a preposition too: «فريسة للانقلابي حفتر», «بالانقلابي حفتر»)
    if not words[k].norm.startswith(("ال", "وال", "لل", "ولل", "بال", "وبال")):
        construct = k + 1 < len(words) and words[k + 1].norm.startswith("ال") and upos(words[k + 1]) == "NOUN" and \
            not words[k].norm.startswith("و") and clitic_marker(words[k]) is None
        if not construct:
            return None
        k += 1
    # (in quotation marks: «"مجرم الحرب" حفتر»)
    name = past_marks(words, k + 1) if k + 1 < len(words) else k + 1
    return next((m for m in ctx.after if m.first == name and m.kind == "name"), None)
