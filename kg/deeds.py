"""Construction: a deed condemned in a later sentence is its doer's.

Requires: the words, mentions and trigger hits of a sentence, and a per-document
:class:`DeedMemory`.  Provides: ``opposes`` relations (rule ``deed-recalled``) from whoever
condemns, rejects or protests «the attack» to the one a sentence before named as doing it.

News names an attack or an intervention with its doer once («شنت قوات حفتر هجوما على
طرابلس», «التدخل العسكري التركي») and reports the reactions after it to «الهجوم», «هذا
الهجوم», «التدخل» with no doer («ونددت الأمم المتحدة بالهجوم»).  A stance against the deed
counts against its doer (the annotation conventions), so the doer of the last deed of the
same kind a document named stands for the deed named again bare.  A deed that names its doer
again, or none was named before, is left to the constructions of its own sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.actors import QUOTE_MARKS, Mention, Word
from kg.constructions.deed import DOING as DEED_DOING
from kg.constructions.predicate import NAME as PREDICATE_RULE  # (its epithet brands an actor)
from kg.grammar import (LAUNCHED, MANNER, PRONOUN_SUFFIX, RELATIVES, THING_OBJECTS, act_stem, clause_bounds,
                        clitic_marker, conditional, coordinated, definite, genitive_of, hastened_subject, marker_before,
                        negated_at, object_pronoun, planned, question, pronoun_gender, relational, relative_antecedent,
                        resumes_clause, speakers, unjoined, upos, while_at)
from kg.normalize import strip_diacritics
from kg.relations import Relation, TriggerHit
from kg.triggers import CLAUSE_BREAKS, stem_match

RULE = "deed-recalled"
ACT_RULE = "act-recalled"
BACKER_RULE = "branded-backer"  # the backer of one a speaker brands: kg.deeds.backers_of_the_branded
# normalised, without the article: the acts a demonstrative points back to («هذه الخطوة», «هذه التصريحات»)
ACTS = {"خطوه", "قرار", "تصريحات", "اتهامات", "اعلان", "مزاعم", "ادعاءات", "اجراء", "اجراءات", "تحركات"}
# (named bare, with no demonstrative, only in a stance against it: a welcome of «the decision» is as often of one
# a body voted, whose author no sentence before names, and the annotation counts a stance against an act, not one
# for it, as one on its actor; charges named bare are as often those of many, the press or reports, as of the last
# speaker)
CHARGES = {"اتهامات", "مزاعم", "ادعاءات"}
DECLARED = {"اعلان", "قرار"}  # normalised: the masculine acts a verb's «ه» resumes, as «ها» resumes the launched ones
CONFIDENCE = 0.55
# trigger ids of the deeds news names again bare (and a visit: «زار حفتر أثينا. ونددت أنقرة بالزيارة», against
# the visitor; a reception: «استقبل ماكرون حفتر. وأدان المجلس الرئاسي الاستقبال», against the host)
DEEDS = {"haajama", "aggression", "tadakhkhul", "zaara", "istaqbala", "bombed"}
# trigger ids of deeds whose verb, with a deed for its object, is a stance in words: «هاجم المسماري الزيارة»
SPOKEN_DEEDS = {"haajama"}


def _deed_itself(hit: TriggerHit) -> bool:
    """Is ``hit`` a deed (:data:`DEEDS`), no stance on another deed or act; not a verb of a deed that with a deed
    or an act for its object is a stance in words (:data:`SPOKEN_DEEDS`)?"""
    return hit.trigger.id in DEEDS and not (hit.kind == "verb" and hit.trigger.id in SPOKEN_DEEDS)


# verb stems of doing a deed («شنت قوات حفتر هجوما», kg.constructions.deed's), and of starting one («أطلق هجوما»)
DOING = DEED_DOING + ("بدا", "اطلق")
STARTING = {"بدء", "اطلاق", "شن"}  # normalised masdars: «أعلن حفتر بدء الهجوم»
DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك"}  # «بهذا الهجوم»
OBJECT_REACH = 3  # words besides its subject from the stance trigger to the deed it is about
ABOUT = {"من", "عن", "ازاء", "حيال", "تجاه", "علي"}  # normalised: «قلقها من الهجوم», «احتجت على التدخل»
SUBJECT_REACH = 4  # words of the doer's name between a verb of doing and the deed


# verb stems of launching, proposing or announcing an act («أطلق الاتحاد الأوروبي عملية», «طرح السيسي مبادرة»)
LAUNCHING = ("اطلق", "طرح", "اعلن", "قدم", "اقترح", "يطلق", "تطلق", "يطرح", "تطرح")  # («يطلق»: a headline's present)


@dataclass
class DeedMemory:
    """The doer of the last deed of each kind (trigger id) a document named with its doer, and the author of
    the last act of each kind (an act noun of :data:`ACTS` or :data:`LAUNCHED`) it named with its author."""
    doers: dict[str, Mention] = field(default_factory=dict)
    authors: dict[str, Mention] = field(default_factory=dict)
    launched: str | None = None  # the last launched act (of :data:`LAUNCHED`) named, with its author or again bare
    launched_age: int = 2  # sentences read since it was named (0: the sentence before the one being read)
    declared: str | None = None  # likewise the last act of :data:`DECLARED` (masculine: «ه» resumes it)
    declared_age: int = 2


def _doer(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """Who does the deed at ``hit``, when this sentence says: the verb's subject («هاجمت قوات حفتر
    طرابلس»), the noun's genitive or nationality adjective («عدوان حفتر», «التدخل التركي»), or the
    subject of a verb of doing before the noun («شنت قوات حفتر هجوما»)."""
    if hit.kind == "verb":
        return next((m for m in mentions if (hit.last < m.first <= hit.last + 2 or m.last == hit.first - 1)
                     and marker_before(words, m) is None), None)
    owner = next((m for m in mentions if m.first > hit.last and genitive_of(words, m, hit.last)), None)
    if owner is not None:
        return owner
    k = hit.first - 1
    if hit.trigger.id == "zaara" and k >= 1 and words[k].norm in ("في", "خلال"):
        # «وصل الوزير التركي إلى مصراتة في زيارة قصيرة»: the visit the clause's subject is on
        a, _ = clause_bounds(words, hit.first)
        return next((m for m in mentions if a <= m.first and m.last < k and marker_before(words, m) is None), None)
    if k >= 1 and (words[k].norm in STARTING or (words[k].norm[:1] in "وب" and words[k].norm[1:] in STARTING)):
        # «أعلن حفتر بدء الهجوم على طرابلس»: the subject of the verb whose object is the start of the deed
        return next((m for m in mentions if m.last == k - 1 and marker_before(words, m) is None
                     and m.first >= 1 and upos(words[m.first - 1]) == "VERB"), None)
    subject = next((m for m in mentions if m.last == k and marker_before(words, m) is None
                    and m.last - m.first < SUBJECT_REACH), None)
    verb = subject.first - 1 if subject is not None else k
    if verb >= 0 and any(stem_match(words[verb], v, "verb") for v in DOING):
        return subject if subject is not None else \
            next((m for m in mentions if m.last == verb - 1 and marker_before(words, m) is None), None)
    return None


def _bare(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> bool:
    """Is the deed named with no doer of its own: definite or after a demonstrative, no actor as its
    genitive or adjective, none behind «لـ» or «من قبل» right after it?"""
    w = words[hit.first]
    shown = hit.first > 0 and words[hit.first - 1].norm in DEMONSTRATIVES
    # («احتجاجا على استقبال غريمه»: a reception in construct with a possessed guest, a definite one with no host)
    # (a short noun too: «خصمه», the «ه» on a word of three letters)
    guest = hit.trigger.id == "istaqbala" and hit.last + 1 < len(words) and \
        bool(PRONOUN_SUFFIX.search(strip_diacritics(words[hit.last + 1].spelled))) and len(words[hit.last + 1].norm) > 3
    if hit.kind != "noun" or not (definite(w) or shown or guest):
        return False
    return not any(hit.last < m.first <= hit.last + 3 and not (guest and m.first == hit.last + 1) for m in mentions)


def _object_of(words: list[Word], mentions: list[Mention], hit: TriggerHit, deed: TriggerHit) -> bool:
    """Is the deed what the stance at ``hit`` is about: right after it, past its subject, a
    preposition («عن قلقها من هذا الهجوم»), a demonstrative or the stance's own adjectives (whatever the
    tagger calls them: «قلقها العميق من هذا الهجوم»), a few words on?"""
    between = [k for k in range(hit.last + 1, deed.first) if not any(m.first <= k <= m.last for m in mentions)]
    return len(between) <= OBJECT_REACH and \
        all(words[k].norm in DEMONSTRATIVES | ABOUT or words[k].norm.startswith("ال") for k in between)


def _holder(words: list[Word], mentions: list[Mention], hit: TriggerHit, end: int,
            salient: Mention | None = None) -> Mention | None:
    """Who holds the stance at ``hit``, if it is asserted: the verb's subject, after it (before word ``end``,
    where its object starts) or before it in its clause, with no preposition; with nobody named before the
    trigger, ``salient``, the one the text is about."""
    a, b = clause_bounds(words, hit.first)
    if conditional(words, hit, a) or question(words, a, b) or planned(words, hit):
        return None
    # (the verb's subject right after it before an actor earlier in its clause: «رحب البرلمان بتصريحات السيسي، في حين
    # وصف المجلس الرئاسي هذه التصريحات …»; and none before «في حين/بينما/فيما», which open a clause of their own:
    # «ثمن حفتر الدور المصري، في حين سارع وزير الداخلية بحكومة الوفاق إلى رفض المبادرة»)
    a = max([j for j in range(a, hit.first) if while_at(words, j)], default=a)
    return next((m for m in mentions if m.first == hit.last + 1 and m.first < end and marker_before(words, m) is None),
                None) or \
        next((m for m in mentions if (hit.last < m.first < end or a <= m.last < hit.first)
              and marker_before(words, m) is None), None) or \
        (salient if not any(m.last < hit.first for m in mentions) else None)


BACKED_REACH = 2  # words from a support trigger to the deed it backs («بتقديم دعم استخباراتي للهجوم»)


def backed_deeds(words: list[Word], mentions: list[Mention], hits: list[TriggerHit],
                 memory: DeedMemory) -> list[Mention]:
    """``mentions`` with the remembered doer added where a deed named bare is what a support trigger backs: backing
    an offensive backs the one waging it («شنت قوات حفتر هجوما على طرابلس. واتهمت حكومة الوفاق الإمارات بدعم
    الهجوم»), so the constructions that read «بدعم حفتر» read the deed as its doer."""
    out = list(mentions)
    for hit in hits:
        if hit.trigger.relation != "supports":
            continue
        deed = next((h for h in hits if h.trigger.id in DEEDS and h.first > hit.last and _backed(words, hit, h)), None)
        if deed is None or deed.trigger.id not in memory.doers or not _bare(words, mentions, deed) or \
                any(m.first <= deed.last and deed.first <= m.last for m in out):
            continue
        doer = memory.doers[deed.trigger.id]
        out.append(Mention(doer.actor, deed.first, deed.last, words[deed.first].start, words[deed.last].end,
                           "allusion"))
    return sorted(out, key=lambda m: m.first)


def _backed(words: list[Word], hit: TriggerHit, deed: TriggerHit) -> bool:
    """Is the deed the support's object: right after it, or past a demonstrative or the support's own indefinite
    adjectives («دعما عسكريا للهجوم»)?"""
    between = words[hit.last + 1:deed.first]
    return len(between) <= BACKED_REACH and all(
        w.norm in DEMONSTRATIVES or not w.punct and clitic_marker(w) is None and not w.norm.startswith("ال")
        and (upos(w) == "ADJ" or relational(w)) for w in between)


def recalled_deeds(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], memory: DeedMemory,
                   salient: Mention | None, party) -> list[Relation]:
    """The stances of this sentence against a deed named bare, as stances against its remembered doer."""
    out: list[Relation] = []
    for i, hit in enumerate(hits):
        if hit.trigger.relation != "opposes" or _deed_itself(hit):
            continue
        deed = next((h for h in hits[i + 1:] if h.trigger.id in DEEDS and _object_of(words, mentions, hit, h)), None)
        if deed is None or not _bare(words, mentions, deed):
            continue
        # (the deed done earlier in this sentence, else the one remembered: «استقبل ماكرون حفتر، بينما ألغى السراج
        # زيارته احتجاجا على استقبال غريمه»)
        doer = next((d for h in hits[:i] if h.trigger.id == deed.trigger.id and _deed_itself(h)
                     for d in [_doer(words, mentions, h)] if d is not None), None) or memory.doers.get(deed.trigger.id)
        if doer is None:
            continue
        source = _holder(words, mentions, hit, deed.first, salient)
        if source is None or party(source.actor) == party(doer.actor):
            continue
        start = min([words[hit.first].start] + ([source.start] if source in mentions else []))
        end = words[deed.last].end
        out.append(Relation("opposes", source, doer, negated_at(words, hit, mentions), CONFIDENCE,
                            f"{RULE}:{hit.trigger.id}", start, end))
    return out


def demonstrated_acts(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], previous: Mention | None,
                      party, memory: DeedMemory | None = None) -> list[Relation]:
    """«أعلنت أنقرة إرسال قوات إلى ليبيا. ونددت القاهرة بهذه الخطوة», «… ورفضت موسكو هذه الاتهامات»,
    «ورحبت روما بهذا القرار»: a step, decision or statement pointed back to with a demonstrative is the
    act the sentence before told, and a stance on it is a stance on its actor (``previous``: the first
    source, else the first actor, of the sentence before); or on the author ``memory`` holds for an act of
    that name («رحب البرلمان بتصريحات السيسي. … ورفضت أنقرة هذه التصريحات»: Sisi's); and an initiative
    or operation named bare is the one last launched («طرح السيسي مبادرة … ورفضت حكومة الوفاق المبادرة»)."""
    out: list[Relation] = []
    authors = memory.authors if memory is not None else {}
    for i, hit in enumerate(hits):
        # («أطلق الاتحاد الأوروبي عملية بحرية. وهاجم الوزير التركي العملية»: attacked in words)
        if hit.trigger.relation not in ("opposes", "supports") or _deed_itself(hit):
            continue
        k = next((j for j in range(hit.last + 1, min(len(words) - 1, hit.last + 1 + OBJECT_REACH + 2))
                  if words[j].norm.lstrip("وب") in DEMONSTRATIVES | {"لهذا", "لهذه"}
                  and _act_noun(words[j + 1])), None)
        obj = k  # where the object starts: the demonstrative, or the act named bare
        subject, after_subject = _verb_subject(words, mentions, hit, party)
        if k is None:
            # («انتقدت حكومة الوفاق العملية، معتبرة …»: a launched act named bare, with no demonstrative, or a
            # declaration that named one, «ورحبت الإمارات بالإعلان»; «واعتبر مسؤول في المجلس الرئاسي أن المبادرة
            # "ولدت ميتة"»: past the verb's subject and «أن»; and a step or decision opposed, «وسارعت أثينا إلى إدانة
            # الخطوة», see CHARGES, unless a relative clause says whose it is)
            start = after_subject + (after_subject < len(words) and words[after_subject].norm in ("ان", "بان"))
            k = next((j - 1 for j in range(start, min(len(words), start + OBJECT_REACH + 1))
                      if (_act_noun(words[j], LAUNCHED | NAMING, bare=True) and _act_stem(words[j]) in authors
                          or hit.trigger.relation == "opposes" and _act_noun(words[j], ACTS - CHARGES, bare=True)
                          and not (j + 1 < len(words) and words[j + 1].norm in RELATIVES))
                      and not any(m.first in (j + 1, j + 2) for m in mentions)), None)
            obj = k + 1 if k is not None else None
        author = authors.get(_act_stem(words[k + 1])) if k is not None else None
        author = author or previous
        if k is None or author is None or \
                any(hit.last < m.first <= k + 3 and m is not subject and m.first >= after_subject for m in mentions):
            continue
        between = [j for j in range(after_subject, k) if not any(m.first <= j <= m.last for m in mentions)]
        if any(words[j].norm not in ABOUT and not words[j].norm.startswith("ال") for j in between):
            continue
        # («ورفضت تركيا المبادرة»: a subject of one word right before the act named bare holds it too)
        source = _holder(words, mentions, hit, obj)
        if source is None or party(source.actor) == party(author.actor):
            continue
        out.append(Relation(hit.trigger.relation, source, author, negated_at(words, hit, mentions), CONFIDENCE,
                            f"{ACT_RULE}:{hit.trigger.id}", min(source.start, words[hit.first].start),
                            words[k + 1].end))
    return out


def judged_acts(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], memory: DeedMemory,
                party) -> list[Relation]:
    """«طرح السيسي مبادرة … وقال الوزير التركي إن المبادرة "ولدت ميتة"»: a verdict said of an initiative or
    operation named bare, or of a deed named bare («إن الزيارة "استفزاز"»), as the subject of what a speaker says,
    is the speaker's stance on its remembered author or doer (as one said of an actor:
    kg.constructions.predicate)."""
    out: list[Relation] = []
    for hit in hits:
        if not hit.trigger.target_before or hit.trigger.relation != "opposes":
            continue
        k = hit.first - 1
        while k >= 0 and words[k].text in QUOTE_MARKS:
            k -= 1
        author = memory.authors.get(_act_stem(words[k])) if k >= 1 and _act_noun(words[k], LAUNCHED) else None
        if author is None and k >= 1:
            # («زار الوزير اليوناني بنغازي … واعتبرت حكومة الوفاق أن الزيارة "استفزاز"»: or a deed named bare)
            deed = next((h for h in hits if h.first == h.last == k and h.trigger.id in memory.doers), None)
            author = memory.doers[deed.trigger.id] if deed is not None and _bare(words, mentions, deed) else None
        if author is None or words[k - 1].norm not in ("ان", "بان") or any(m.first <= k <= m.last for m in mentions):
            continue
        speaker = next(speakers(words, mentions, hit), None)
        if speaker is None or party(speaker.actor) == party(author.actor):
            continue
        out.append(Relation("opposes", speaker, author, negated_at(words, hit, mentions), CONFIDENCE,
                            f"{ACT_RULE}:{hit.trigger.id}", min(speaker.start, words[k].start), words[hit.last].end))
    return out


def backers_of_the_branded(words: list[Word], rels: list[Relation], party) -> list[Relation]:
    """«وردت الخارجية التركية بأن فرنسا تدعم "الانقلابي حفتر"»: who says that one backs an actor he brands on
    that very name (an epithet: kg.constructions.predicate) charges the backer as well, as an accuser of backing
    does («اتهم أردوغان فرنسا بدعم حفتر»: kg.constructions.masdar)."""
    out: list[Relation] = []
    for branded in rels:
        if branded.relation != "opposes" or branded.negated or not branded.rule.startswith(PREDICATE_RULE + ":") or \
                not _epithet_of(words, branded):
            continue
        for backing in rels:
            if backing.relation != "supports" or backing.negated or \
                    (backing.target.first, backing.target.actor) != (branded.target.first, branded.target.actor) or \
                    party(branded.source.actor) in (party(backing.source.actor), party(backing.target.actor)):
                continue
            out.append(Relation("opposes", branded.source, backing.source, False, CONFIDENCE,
                                f"{BACKER_RULE}:{backing.rule.split(':')[-1]}", min(branded.start, backing.start),
                                max(branded.end, backing.end), branded.speaker))
    return out


def _epithet_of(words: list[Word], branded: Relation) -> bool:
    """Is the term that brands the target its epithet: before its name («الانقلابي حفتر»), or definite right after
    it («قوات حفتر الانقلابية»)?  Not a verdict said of it («حفتر الذي تدعمه الإمارات مجرم حرب»)."""
    k = next((k for k, w in enumerate(words) if w.start == branded.trigger_at), None)
    return k is not None and (k < branded.target.first or (k == branded.target.last + 1 and definite(words[k])))


POINTERS = {"ذلك", "هذا"}  # normalised: a bare demonstrative object, «اعترضت روسيا على ذلك»
WHICH_IS = {"وهو", "وهي", "هو", "هي"}  # normalised: «، وهو ما رفضته …», which is what


def clause_pointed_back(words: list[Word], mentions: list[Mention], hits: list[TriggerHit],
                        previous: Mention | None, party) -> list[Relation]:
    """«اقترحت بريطانيا فرض عقوبات، لكن روسيا اعترضت على ذلك», «ورحبت القاهرة بذلك»: a bare «ذلك/هذا» closing the
    clause of a stance verb (its object, or behind «على/بـ», past the verb's subject) points back to the clause
    before; a stance on it is a stance on that clause's subject (the first actor of the sentence with no
    preposition), or, in a sentence that names none before, on ``previous``."""
    out: list[Relation] = []
    for hit in hits:
        # (a verb after «وهو ما/شرط» whatever the tagger calls it: «وهي خطوة أدانتها مصر»)
        resumed = resumes_clause(words, hit.first, WHICH_IS)
        if hit.kind != "verb" and not resumed or hit.trigger.relation not in ("opposes", "supports") or \
                hit.trigger.id in DEEDS:
            continue
        j = hit.last + 1
        subject = next((m for m in mentions if m.first == j and marker_before(words, m) is None), None)
        j = subject.last + 1 if subject is not None else j
        j += j < len(words) and words[j].norm == "علي"
        end = j + 1 + (j + 1 < len(words) and words[j + 1].norm in MANNER)  # («رفضت تركيا ذلك بشدة»)
        # («…، وهو ما أدانته حكومة الوفاق», «، وهو شرط رفضته موسكو»: «what» the verb's pronoun resumes is the clause
        # before, opposed; one affirmed, «وهو ما أيدته قبرص», is its stance shared: RelationExtractor.echoes_within)
        what = resumed and words[hit.last].norm.endswith(("ه", "ها")) and subject is not None and \
            hit.trigger.relation == "opposes"
        if not what and (end >= len(words) or words[j].norm.removeprefix("ب") not in POINTERS or not words[end].punct):
            continue
        # (or the subject right before the verb: «لكن روسيا اعترضت على ذلك»; a subject not named, «فإننا لن نعارض
        # ذلك», is nobody here)
        source = subject or next((m for m in mentions if m.last == hit.first - 1 and marker_before(words, m) is None),
                                 None)
        if source is None:
            continue
        earlier = [m for m in mentions if m.last < min(source.first, hit.first) and marker_before(words, m) is None]
        author = earlier[0] if earlier else (previous if not any(m.last < hit.first and m is not source
                                                                  for m in mentions) else None)
        if author is None or party(source.actor) == party(author.actor):
            continue
        # (each of a coordinated subject: «، وهو شرط رفضته موسكو والقاهرة»)
        for each in coordinated(words, mentions, source) if what else [source]:
            if party(each.actor) != party(author.actor):
                out.append(Relation(hit.trigger.relation, each, author, negated_at(words, hit, mentions), CONFIDENCE,
                                    f"{ACT_RULE}:{hit.trigger.id}", min(source.start, words[hit.first].start),
                                    words[j].end))
    return out


def _act_noun(word: Word, nouns: set[str] = ACTS, bare: bool = False) -> bool:
    """An act noun with the article (``bare``: also behind «بـ/لـ/و»: «بالمبادرة»)."""
    norm = word.norm
    if bare:
        norm = unjoined(norm)
        norm = "ال" + norm[3:] if norm.startswith(("بال", "لل")) else norm
    return norm.startswith("ال") and norm[2:] in nouns


def _act_stem(word: Word) -> str:
    """The act noun's stem: «التصريحات», «بالمبادرة», «مبادرة» → «تصريحات», «مبادره»."""
    return act_stem(word, ACTS | LAUNCHED)


def _verb_subject(words: list[Word], mentions: list[Mention], hit: TriggerHit,
                  party=lambda actor: actor) -> tuple[Mention | None, int]:
    """The stance verb's subject right after it (VSO), and the word after the subject's phrase (after the verb when
    there is none): an actor named there, or an indefinite noun that one's nationality adjective qualifies, with
    one indefinite adjective after it («وصف مسؤول تركي رفيع المبادرة بأنها …»: a senior Turkish official), and
    its seat behind «في» (of its party, or a place: «رفض المجلس الأعلى للدولة في طرابلس المبادرة»)."""
    j = hit.last + 1
    subject = next((m for m in mentions if m.first == j and marker_before(words, m) is None), None)
    if subject is None and j < len(words) and _indefinite(words[j]) and upos(words[j]) == "NOUN":
        subject = next((m for m in mentions if m.first == j + 1 and m.kind == "demonym"), None)
    if subject is None:
        return None, j
    end = subject.last + 1
    if subject.first > j and end < len(words) and _indefinite(words[end]) and upos(words[end]) in ("NOUN", "ADJ") \
            and not _act_noun(words[end], LAUNCHED, bare=True):
        end += 1
    if end + 1 < len(words) and words[end].norm == "في":
        seat = next((m for m in mentions if m.first == end + 1), None)
        if seat is not None and party(seat.actor) == party(subject.actor):
            end = seat.last + 1
        elif seat is None and _indefinite(words[end + 1]) and not _act_noun(words[end + 1], LAUNCHED, bare=True):
            end += 2  # (a seat kg reads as a place, or where it was said: «رفضت أنقرة في بيان المبادرة»)
    return subject, end


def _indefinite(word: Word) -> bool:
    """A word of one token (no preposition or conjunction joined) with no article, not punctuation."""
    return not word.punct and len(word.tokens) == 1 and not word.norm.startswith("ال")


def remember_deeds(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], memory: DeedMemory) -> None:
    """Keep the doer of each deed this sentence names with its doer, and the author of each act."""
    for hit in hits:
        if hit.trigger.id in DEEDS:
            doer = _doer(words, mentions, hit)
            if doer is not None:
                memory.doers[hit.trigger.id] = doer
    memory.launched_age += 1
    memory.declared_age += 1
    stems = {k: stem for k, stem in enumerate(map(_act_stem, words)) if stem in ACTS | LAUNCHED}  # the acts named
    acts = {k: _act_author(words, mentions, k) for k in stems}
    for k, stem in stems.items():
        author = acts[k]
        if author is None and stem in LAUNCHED:
            # («أعلن السيسي … مبادرة سياسية أطلق عليها "إعلان القاهرة"», «… عن مبادرة «إعلان القاهرة»»: an initiative
            # whose name, a few words off in its clause, is a declaration named with its author)
            author = next((acts[j] for j in sorted(acts, key=lambda j: abs(j - k)) if acts[j] is not None
                           and stems[j] in NAMING and abs(j - k) <= NAME_REACH + 2
                           and not any(words[i].norm in CLAUSE_BREAKS for i in range(min(j, k), max(j, k)))), None)
        if author is None and stem in LAUNCHED and k >= 1 and words[k - 1].norm in WHICH_IS:
            # («أطلق السيسي ما بات يعرف بـ«إعلان القاهرة»، …، وهي مبادرة تدعو إلى …»: what the act named before it
            # in the sentence is, with that act's author)
            author = next((acts[j] for j in sorted(acts, reverse=True) if j < k and acts[j] is not None), None)
        if author is not None:
            memory.authors[stem] = author
        if stem in LAUNCHED and stem in memory.authors:
            # (named with its author, or again bare: «… وسارعت الرياض إلى الترحيب بالمبادرة. أما حكومة الوفاق
            # فرفضتها»)
            memory.launched, memory.launched_age = stem, 0
        if stem in DECLARED and stem in memory.authors:
            memory.declared, memory.declared_age = stem, 0  # («… رحبت الرياض بالإعلان. ورفضته حكومة الوفاق»)


def _act_author(words: list[Word], mentions: list[Mention], k: int) -> Mention | None:
    """The author of the act named at word ``k``, when the sentence names it there."""
    w = words[k]
    # «تصريحات السيسي», «القرار التركي»: its genitive or nationality adjective
    author = next((m for m in mentions if m.first > k and genitive_of(words, m, k)), None)
    if author is None and _act_stem(w) in LAUNCHED and not w.norm.startswith(("ال", "بال", "لل")):
        # «أطلق الاتحاد الأوروبي عملية "إيريني"», «طرح السيسي مبادرة»: the subject of a verb of launching
        author = next((m for m in mentions if m.last < k and marker_before(words, m) is None and
                       k - m.last <= SUBJECT_REACH and m.first >= 1 and
                       any(stem_match(words[m.first - 1], v, "verb") for v in LAUNCHING)), None)
    if author is None and _act_stem(w) in LAUNCHED and not w.norm.startswith(("ال", "بال", "لل")):
        # («أعلن السيسي، السبت، في مؤتمر صحفي مع …، مبادرة لحل الأزمة»: when and where between the verb's subject
        # and the act, with no other verb)
        # (the verb of launching whatever the tagger calls it, «وطرح» read as a noun now and then)
        verb = next((j for j in range(k - 1, max(-1, k - 1 - LAUNCH_REACH), -1)
                     if upos(words[j]) in ("VERB", "AUX") or words[j].norm in (".", "؛", ";")
                     or any(stem_match(words[j], v, "verb") for v in LAUNCHING)), None)
        if verb is not None and any(stem_match(words[verb], v, "verb") for v in LAUNCHING):
            author = next((m for m in mentions if m.first == verb + 1 and marker_before(words, m) is None), None)
            if author is None and unjoined(words[verb].norm) == words[verb].norm:
                # («الاتحاد الأوروبي يطلق عملية», «وكانت فرنسا قد أطلقت عملية»: the subject before the verb, which
                # opens no clause of its own with «و»)
                before = verb - 1 - (verb >= 1 and words[verb - 1].norm in ("قد", "لقد"))
                author = next((m for m in mentions if m.last == before and marker_before(words, m) is None), None)
    if author is None and _act_stem(w) in LAUNCHED:
        # («المبادرة التي أطلقها الرئيس المصري», «عملية "إيريني" التي أطلقها الاتحاد الأوروبي»: the subject of a
        # relative verb of launching, right after it, a few words of the act's name on)
        rel = next((j for j in range(k + 1, min(len(words) - 2, k + 1 + NAME_REACH)) if words[j].norm in RELATIVES),
                   None)
        if rel is not None and any(stem_match(words[rel + 1], v, "verb") for v in LAUNCHING) and \
                not any(k < m.first < rel for m in mentions):
            author = next((m for m in mentions if m.first == rel + 2 and marker_before(words, m) is None), None)
    return author


NAME_REACH = 4  # words of an act's name (quoted or not) between it and a relative clause about it
NAMING = {"اعلان"}  # normalised act nouns that name an initiative after its author: «إعلان القاهرة»


LAUNCH_REACH = 25  # words from a verb of launching to the act it launched (when, where and with whom between)


def without_other_objects(rels: list[Relation], resumed: list[Relation]) -> list[Relation]:
    """``rels`` less the readings of a verb whose pronoun :func:`resumed_acts` found resuming an act: the same
    source at the same trigger with another target took an actor for what the pronoun resumes («… رحبت بها
    الإمارات، في حين رفضتها حكومة الوفاق»: not the Emirates rejected)."""
    def trigger(r: Relation) -> str:
        return r.rule.rsplit(":", 1)[-1]
    return [r for r in rels if not any(r.source is a.source and r.relation == a.relation and trigger(r) == trigger(a)
                                       and r.target is not a.target for a in resumed)]


def _hastened_subject(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """«سارعت حكومة الوفاق إلى رفضها»: the subject of a verb of hastening whose «إلى» governs the masdar at ``hit``,
    a masdar with a pronoun of one (not «هما/هم»): the subject is the masdar's agent, and the pronoun its object."""
    if hit.kind != "noun" or pronoun_gender(words[hit.last]) is None or hit.last != hit.first:
        return None
    return hastened_subject(words, mentions, hit.first, hit.last + 1)


def resumed_acts(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], memory: DeedMemory,
                 party) -> list[Relation]:
    """«طرح السيسي مبادرة لحل الأزمة، رحبت بها السعودية», «… غير أن حكومة الوفاق رفضتها»: a stance verb whose
    object is a feminine pronoun (on the verb, or behind its preposition right after it) right after an initiative
    or operation was launched (earlier in the sentence, or in the sentence before) takes that act for its object,
    and the stance is on its author; a masculine one, a declaration or decision named with its author («رحبت
    الإمارات بإعلان القاهرة، بينما رفضته حكومة الوفاق»).  The verb's subject follows the pronoun, or stands right
    before the verb."""
    out: list[Relation] = []
    for hit in hits:
        hastener = _hastened_subject(words, mentions, hit)
        if hit.kind != "verb" and hastener is None or hit.trigger.relation not in ("opposes", "supports") or \
                hit.trigger.id in DEEDS:
            continue
        # («وسارعت حكومة الوفاق إلى رفضها»: or the pronoun on a masdar whose agent is the verb of hastening's subject)
        resumed = (strip_diacritics(words[hit.last].spelled), hit.last + 1) if hastener is not None else \
            object_pronoun(words, hit, THING_OBJECTS | {"به", "له", "عليه"})
        # (a feminine pronoun: the initiative or operation; a masculine one, the declaration or decision:
        # «رحبت الإمارات بالإعلان، بينما رفضته حكومة الوفاق»)
        feminine = resumed is not None and resumed[0].endswith("ها")
        if resumed is None or not feminine and not resumed[0].endswith("ه") or resumed[0].endswith(("هما", "هم")):
            continue
        acts, last, age = (LAUNCHED, memory.launched, memory.launched_age) if feminine else \
            (DECLARED, memory.declared, memory.declared_age)
        after = resumed[1]
        antecedent = relative_antecedent(words, hit.first)
        if antecedent is not None and (antecedent < 0 or _act_stem(words[antecedent]) not in acts):
            continue  # («الشحنات التي تنقلها تركيا»: the pronoun of a relative clause resumes its antecedent)
        if hit.first > 0 and upos(words[hit.first - 1]) == "NOUN" and not words[hit.first - 1].norm.startswith("ال") \
                and _act_stem(words[hit.first - 1]) not in acts and not any(m.last == hit.first - 1 for m in mentions):
            continue  # («، وهو شرط رفضته موسكو»: and so does that of a relative clause on an indefinite noun, bare)
        named = [j for j in range(hit.first) if _act_stem(words[j]) in acts]
        author = next((a for a in (_act_author(words, mentions, j) for j in reversed(named)) if a is not None), None)
        if author is None and named:
            author = memory.authors.get(_act_stem(words[named[-1]]))  # (named again bare: the one remembered)
        if author is None and not named and age == 0:
            author = memory.authors.get(last)
        # (the subject after the pronoun, verb-object-subject; or right before the verb)
        source = hastener or next((m for m in mentions if m.first == after and marker_before(words, m) is None), None) \
            or next((m for m in mentions if m.last == hit.first - 1 and marker_before(words, m) is None), None)
        if author is None or source is None or party(source.actor) == party(author.actor):
            continue
        out.append(Relation(hit.trigger.relation, source, author, negated_at(words, hit, mentions), CONFIDENCE,
                            f"{ACT_RULE}:{hit.trigger.id}", min(source.start, words[hit.first].start),
                            max(source.end, words[hit.last].end)))
    return out
