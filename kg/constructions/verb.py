"""Verbs and verb phrases: «دعمت الإمارات حفتر», «حفتر تدعمه الإمارات», «أعلن
X دعمه لـ Y», «والتقى الرئيس المصري» (dropped subject).

Arabic is verb-subject-object, with subject-first headlines, relative
clauses and dropped subjects besides.  The subject is found by the first of
these named constructions that applies, each with its confidence:

* ``verb-accused``: a support phrase charged behind «بـ» after the accused,
  even behind the «لـ» of an accusation noun («اتهام X لـY بإرسال أسلحة …»):
  the accused;
* ``verb-topic-object``: «حفتر تدعمه الإمارات»: topic, verb with its object
  pronoun, subject;
* ``verb-first-person``: «السراج: ندعم …», «قالت مصر إننا نرفض …»: «we» is
  the speaker (before a colon, or the clause's subject before);
* ``verb-parse``: the dependency parse names the subject;
* ``verb-svo``: an actor right before the verb (particles allowed: قد، لم …);
* ``verb-dropped-subject`` (with an object): «والتقى الرئيس المصري»: the
  parse says the only actor after the verb is its object;
* ``verb-vso``: the actor right after the verb; ``verb-object-group`` when
  that actor is one coordinated group and all that follows: its object;
* ``verb-including``: «دعمت دول منها الإمارات»;
* ``verb-coordinated``: a second verb of the first one's subject;
* ``verb-fronted``: a meeting or call in a phrase fronted before the main
  clause («وفي اتصال هاتفي مع نظيره، بحث أردوغان»): the main clause's subject;
* ``verb-passive``: «حكومة الوفاق تدعم من قبل تركيا»: an unvowelled passive,
  the agent after «من قبل» the source and the subject the target;
* ``verb-asked``: a phrase behind «بـ/إلى» right after the one a demand
  addresses («طالب البرلمان مجلس الأمن بسحب الاعتراف بالحكومة»): the one who
  demands;
* ``verb-purpose``: an imperfect behind the «لـ» of purpose («خرج المتحدث
  بعد يومين ليصف …»): the subject of the verb before it;
* ``verb-svo-far``: the clause's subject further before;
* ``verb-dropped-subject``: the salient actor.

A verb right after a non-actor subject («القوى التي تدعم», or an indefinite
noun: «دولا عربية تدعم») has no actor for subject.

The target is an unmarked actor right after the verb and its subject (past
an aside set off by commas after the subject), else the phrase behind the
trigger's preposition, else the next unmarked actor, else the author of what
is supported or opposed (behind «لـ» after a definite noun phrase, or at the
head of a list: «وفي مقدمتها X»), else the referent of an object pronoun on
the verb.  A meeting or call whose subject
is a coordinated group («اجتمع السراج وحفتر في أبوظبي») is between the
group's members (``verb-joint``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.actors import COMPANY_WORDS, Mention, Word, proclitic_on
from kg.constructions import masdar
from kg.constructions.context import (ISSUING, SAID_IN_ADJECTIVES, SOME, Context, Found, document_nationality,
                                      document_subject, faces, issued_statement, past_adverbs, so_called_at)
from kg.ontology import SYMMETRIC
from kg.constructions.agentive import COLLECTIVES
from kg.constructions.received import RELIED_ON, RELYING
from kg.grammar import (AGO, ARMED, ARRIVAL_NOUNS, ASIDE_CIRCUMSTANCES, ATTACKS, AUTHOR_VERBS, BECOMING, CLOSE_TO,
                        COMPLEMENTIZERS, DETACHED, DETACHED_MARKS, DUAL_OBJECTS, FAVOURING, FIRST_WHO, FORCES,
                        INCLUDING, LIST_HEADS, MANNER, MANNER_HEADS, MARKER_WORDS, NEGATED_AUXILIARIES, NOMINAL_BEFORE,
                        RELATIVES, RESUMED_BY, ROLE_NOUNS, STATEMENT_NOUNS, SVO_PARTICLES, THAT_FORMS, THING_OBJECTS,
                        TIME_UNITS, VERB_NEGATORS, WHAT_FORMS, WHEN, WHILE, accusation, accusing_pronoun, act_genitive,
                        adverb_after, armed_from, attribution_at, ba_left_on, clitic_marker, colon_addressee,
                        colon_speaker, conjunction_on, contrast_at, coordinated, definite, drafted_by, each_of,
                        first_person, has_pronoun, including_phrase, launched_act, listed_before, lodged_with,
                        marker_before, mention_gender, met_apart, parenthesised_time, participle,
                        past_detached_preposition, past_marks, past_marks_back, plural_verb, possessed_hit,
                        pronoun_gender, pronoun_phrase, relational, relative_antecedent, relative_asides,
                        singled_out_at, speakers, unjoined, upos, voice_phrase, voiced_at, while_at, while_closed)
from kg.triggers import CLAUSE_BREAKS, TOPIC, TriggerHit, aside_span, past_each_apart, stem_match
from kg.normalize import normalize, strip_diacritics

FINAL = True
CONFIDENCE = {"verb-parse": 0.9, "verb-svo": 0.9, "verb-vso": 0.9, "verb-topic-object": 0.75,
              "verb-including": 0.7, "verb-object-group": 0.6, "verb-coordinated": 0.6, "verb-svo-far": 0.6,
              "verb-dropped-subject": 0.5, "verb-joint": 0.7, "verb-fronted": 0.6, "verb-passive": 0.7,
              "verb-first-person": 0.7, "verb-in-speech": 0.7, "verb-asked": 0.55, "verb-purpose": 0.7,
              "verb-accused": 0.75}
RULES = tuple(CONFIDENCE)
PURPOSE_VERB = re.compile("(?:[وف])?ل[يتن]")  # normalised: the «لـ» of purpose on an imperfect («ليصف», «لتدين»)
PURPOSE_REACH = 3  # words between a purpose verb and the verb whose subject it shares («خرج بعد يومين ليصف»)
FAR_TARGET_CONFIDENCE = 0.7  # an unmarked target more than two words on
PRONOUN_TARGET_CONFIDENCE = 0.5
TO_HIM = {"له", "لهما"}  # normalised: the «لـ» of a target with its pronoun, a man or a pair (not «لها», a thing too)
TOPIC_PARTICIPANT_CONFIDENCE = 0.6
FAR_GUEST = 8  # words from host to guest of a meeting or call, places and titles between


@dataclass
class Subject:
    source: Mention | None
    rule: str
    target: Mention | None = None  # set when the construction also fixed the object


def applies(ctx: Context) -> bool:
    return True  # the last construction: every trigger not read as a noun or participle is a verb


def find(ctx: Context) -> Found | None:
    if ctx.kind == "phrase" and _for_an_unnamed_deed(ctx):
        return None  # «إن التدخل الأجنبي لصالح حفتر هو سبب …»: a deed of nobody named, for Haftar
    if ctx.kind == "phrase":
        supply = masdar.from_to(ctx)  # «شحنات أسلحة من روسيا لقوات حفتر»
        if supply is not None:
            return supply
        under = _under_cover(ctx)
        if under is not None:
            return under
        shipped = _nationality_of_phrase(ctx)
        if shipped is not None:
            # (the supplier's, for nobody named: «أعربت واشنطن عن قلقها من تدفق الأسلحة الروسية إلى
            # ليبيا»; the clause's subject is not its recipient)
            giver, taker = shipped
            if taker is None or ctx.party(taker) == ctx.party(giver):
                return None
            return Found(giver, taker, masdar.CONFIDENCE["masdar-genitive"], "masdar-genitive")
        if _object_of_other_stance(ctx):
            return None  # «انتقد لافروف نقل مقاتلين إلى ليبيا»: what a stance is against, the subject does none of it
        charged = _in_favour_charged(ctx)
        if charged is not None:
            return charged
    charged = _charged_phrase(ctx)
    if charged is not None:
        return charged
    if _relies_on_support(ctx):
        return None  # «يعول الجيش على الدعم الروسي»: the support relied on is received (kg.constructions.received)
    subject = subject_of(ctx)
    if subject is None or subject.source is None:
        return None
    src, rule = subject.source, subject.rule
    conf = CONFIDENCE[rule]
    if subject.target is not None and _participle_complement(ctx, subject.target):
        return None  # «تدعم تركيا الحكومة المناوئة لحفتر»: Haftar is what the object is against, no object
    if subject.target is not None and _subject_after_resumed_thing(ctx, src, subject.target):
        return None  # «…، نددت بهما قبرص»: Cyprus condemns; the dropped subject before is none of it
    if subject.target is not None and ctx.trig.relation not in SYMMETRIC and not ctx.trig.mutual and \
            subject.target in coordinated(ctx.words, ctx.mentions, src):
        subject.target = None  # «ولا يدعم حفتر ولا السراج الاتفاق»: one subject, two members
    if subject.target is not None:
        # (not one inside an accusation's charge: «وتتهم فرنسا بدعم حفتر», France is accused, Haftar backed)
        return Found(src, subject.target, conf, rule) \
            if not _in_the_charge(ctx, coordinated(ctx.words, ctx.mentions, src), subject.target) else None
    words, mentions, hit, after = ctx.words, ctx.mentions, ctx.hit, ctx.after
    group = coordinated(words, mentions, src)
    rest = [m for m in after if m.first > group[-1].last] if src in after else after
    if (rule == "verb-first-person" or src is ctx.salient) and src in after:
        # «"ندعم حكومة الوفاق"، قال أردوغان»: the speaker named after the quotation; the object is inside it
        rest = [m for m in after if m.last < group[0].first]
    # (the subject's own side names no object: «اتهمت القيادة الأمريكية في أفريقيا (أفريكوم) روسيا»; but
    # that of the first of a coordinated subject may be the others': «مصر والإمارات تؤيدان إعلان القاهرة»)
    rest = [m for m in rest if ctx.party(m) != ctx.party(src) or
            (len(group) > 1 and all(ctx.party(g) != ctx.party(src) for g in group[1:]))]
    # (a meeting's guest is found past asides of when and where in its own way, the place's not always closed)
    aside = _aside_after(words, group[-1].last, when=ctx.trig.relation not in SYMMETRIC) if src in after else None
    if aside is not None and words[group[-1].last + 2].norm in CIRCUMSTANCES and \
            any(group[-1].last < m.first < aside and ctx.mk(m) in ctx.markers for m in rest):
        aside = None  # («أشاد أردوغان، خلال المؤتمر بدور قطر، …»: the verb's own object inside the commas)
    if aside is not None:
        # «تدعم الإمارات، التي تتهمها حكومة الوفاق بقصف طرابلس، قوات حفتر»: the object follows the aside
        rest = [m for m in rest if m.first > aside]
    # (where the verb's object may open: past its subject and the aside after it)
    subject_end = (aside if aside is not None else group[-1].last) if src in after else hit.last
    if rule == "verb-fronted":
        rest = [m for m in after if m.last < group[0].first]  # the phrase's own object precedes the subject
    cut = _participle_clause(words, mentions, max(hit.last, group[-1].last if src in after else hit.last))
    if cut is not None:
        # «رحب الاتحاد الأوروبي بالهدنة، داعيا تركيا وروسيا إلى …»: the participle's object is its own
        rest = [m for m in rest if m.first < cut]
    # «اتهم باشاغا، في مقابلة صحفية، كلا من فرنسا والإمارات بتقديم دعم …»: «كلا من» (accusative) opens
    # the object list, however far after the subject
    # (and a meeting's «بكل من»: «اجتمعا بكل من السراج وحفتر»)
    # (past a title with the place of its post: «دعت السفيرة الأمريكية لدى الأمم المتحدة، ماري ستون، كلا من …»;
    # no verb, relative or new clause may stand between: «طالب الوزير الدول التي تدعم كلا من …»)
    each = next((m for m in rest if m.first >= 2 and words[m.first - 1].norm == "من" and
                 (words[m.first - 2].norm == "كلا" or
                  (ctx.trig.relation in SYMMETRIC and words[m.first - 2].norm in ("بكل", "وبكل")) or
                  # («وكان ماكرون وكونتي قد التقيا مع كل من السراج وحفتر»)
                  (ctx.trig.relation in SYMMETRIC and m.first >= 3 and words[m.first - 2].norm == "كل" and
                   words[m.first - 3].norm in ("مع", "ومع")))
                 and _nothing_opens_between(words, hit.last, _past_holder_name(ctx, src, m.first - 2))), None)
    each = each or _each_of_the_two(ctx, src)
    tgt = each or _direct_object(ctx, src, group, rest, aside) or ctx.marked_target(rest, group)
    if tgt is None and src in after and (ctx.trig.relation in SYMMETRIC or ctx.trig.mutual):
        # «تتحالف مصر والإمارات والسعودية مع حفتر»: the partner behind «مع» right after a long subject
        tgt = next((m for m in rest if ctx.mk(m) == "مع" and group[-1].last < m.first <= group[-1].last + 2), None)
    # («… تختلفان حول طريقة التعامل مع حفتر»: a «مع» after another masdar is that masdar's)
    # («التقى كل من السراج والمشري بالسفير الإيطالي»: or behind «بـ»)
    own_with = tgt is not None and (ctx.mk(tgt) in ("مع", "ب") or (tgt is each and words[tgt.first - 2].norm == "كل")) \
        and not (
        tgt.first - 2 > hit.last and words[tgt.first - 1].norm == "مع" and upos(words[tgt.first - 2]) == "NOUN"
        and not any(m.first <= tgt.first - 2 <= m.last for m in mentions))
    partners = [g for g in group if ctx.party(g) != ctx.party(group[0])]
    # («وكان الوزيران الروسي والتركي قد التقيا الوفدين الليبيين»: a coordinated subject with a direct object
    # met that object together, not each other)
    # (or «كلا من» a list: «قد التقيا كلا من السراج وحفتر على حدة»)
    own_object = ctx.trig.relation in SYMMETRIC and any(
        m not in group and (ctx.mk(m) is None or each_of(words, m) or m is each) and
        (group[-1].last < m.first <= group[-1].last + JOINT_OBJECT_REACH if src in after
         else m.first == hit.last + 1 + 2 * (each_of(words, m) or m is each))
        for m in ([tgt] if tgt is not None else []) + rest)
    # (nor a list met each apart: «والتقى الوزير السراج وحفتر، كلا على حدة», its subject a word kg does not know)
    if (ctx.trig.relation in SYMMETRIC or ctx.trig.mutual) and partners and not own_with and not own_object and \
            not (ctx.trig.relation in SYMMETRIC and met_apart(words, group)):
        # «اجتمع السراج وحفتر في أبوظبي»: a coordinated subject of a meeting met each other («تحالفت
        # روسيا وحفتر»: and allies back each other); not a title and its holder's name in commas
        # («التقى وزير الخارجية الروسي، سيرغي لافروف، …»)
        return Found(group[0], partners[0], CONFIDENCE["verb-joint"], "verb-joint")
    if tgt is None:
        # (past the epithet of a recognised government: «رفضت حكومة الوفاق المعترف بها دوليا إعلان القاهرة»)
        start = _past_recognition(words, _past_backers(ctx, subject_end))
        start = _said_in(words, start, mentions) or start  # («انتقد ماكرون في مؤتمر صحفي الدور التركي»)
        start = adverb_after(words, start)  # («عارضت ألمانيا على نحو مفاجئ إرسال قوات تركية …»)
        # («استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي …، المشير حفتر»: past the subject's own titles, and
        # its short name in parentheses: «قائد القيادة الأمريكية في أفريقيا (أفريكوم) فلان، …»)
        for m in after if src in after else []:
            if ctx.party(m) == ctx.party(src) and start < m.first <= start + 3 and \
                    not any(w.punct and w.text not in ("(", ")") for w in words[start + 1:m.first]):
                start = m.last + (m.last + 1 < len(words) and words[m.last + 1].text == ")")
        if ctx.trig.relation in SYMMETRIC and src in after:
            start = _past_title_words(ctx, start)  # («… آل فلان ولي العهد الأمين، بمكتبه …، فخامة السيد …»)
        # (not a later member of a list behind another preposition: «حفتر المدعوم من موسكو وأبوظبي»)
        # (nor one past a comma and a verb of its own: «أيدوا العملية بشكل صريح، وتفاخر حفتر …»)
        # (nor one inside a relative clause on the verb's object: «انتقد السراج الدول التي تدعم حفتر»)
        # (nor one joined by «و» right after the verb, which opens a clause of its own: «الدوحة تمول وأنقرة تسلح»)
        # (nor, for a meeting, the nationality of a role or stance: «… المؤتمر الصحفي المشترك الدور التركي» names
        # no guest)
        # («اتهمت حكومة الوفاق قناصة من فاغنر بقتل مدنيين»: armed men from an actor are the actor's)
        tgt = next((m for m in rest if m not in group and ctx.within(m, start, 4)
                    and (ctx.mk(m) in (None, "الي", "علي") or armed_from(words, m) or _so_called_object(ctx, m))
                    and not (ctx.trig.relation in SYMMETRIC and _nationality_of_role(words, m))
                    and (ctx.mk(coordinated(words, mentions, m)[0]) in (None, "الي", "علي") or armed_from(words, m)
                         or _so_called_object(ctx, m))
                    and not _new_clause_between(words, start, m.first)
                    and not ctx.joined_verb_between(start, m.first)
                    and not (m.first == start + 1 and conjunction_on(words[m.first]))
                    and not (ctx.trig.relation in SYMMETRIC and _said_between(words, start, m.first))
                    and not any(words[k].norm in RELATIVES for k in range(start + 1, m.first))
                    and not _held_by_other_stance(ctx, m)), None)
        if tgt is None and ctx.trig.relation == "opposes":
            # «رفضت القاهرة الاتهامات التي وجهتها لها حكومة الوفاق»: who made the accusations rejected
            tgt = _accusations_author(ctx, start, group)
        if tgt is None and ctx.trig.relation in SYMMETRIC:
            # «استقبل الرئيس الروسي في سوتشي قائد الجيش المشير حفتر»: a place and a title between
            # host and guest; no verb or comma may stand between them
            # (commas only around a day or a place: «التقى لافروف، اليوم الاثنين، في موسكو، عقيلة صالح»)
            tgt = next((m for m in rest if m not in group and ctx.within(m, start, FAR_GUEST)
                        and (ctx.mk(m) is None or _after_place(ctx, m, start)) and not _nationality_of_role(words, m)
                        and not any(upos(w) in ("VERB", "AUX") for w in words[start + 1:m.first])
                        and (not any(w.punct for w in words[start + 1:m.first])
                             or _asides(words[start + 1:m.first]) or _title_in_commas(ctx, start, m.first))), None)
            # («التقى الوزير، السبت، في مدينة بنغازي شرقي ليبيا، المشير حفتر»: whole asides of when and where
            # in commas, however long, and the guest's title after the last comma)
            tgt = tgt or next((m for m in rest[:1] if m not in group and ctx.mk(m) is None
                               and not _nationality_of_role(words, m) and _guest_past_asides(ctx, start, m)), None)
        if tgt is not None and tgt.first > start + 2:
            conf = min(conf, FAR_TARGET_CONFIDENCE)
    if tgt is None and rule == "verb-vso" and ctx.trig.relation in SYMMETRIC:
        # «وصل حفتر إلى موسكو حيث التقى وزير الدفاع الروسي»: the one met follows the verb, the other
        # participant is the clause's topic before it (a meeting has no direction); after «حيث», the one who
        # went there, the sentence's subject («زار الوزير القاهرة والتقى نظيره، ثم توجه إلى أبوظبي حيث التقى …»)
        where = hit.first > 0 and words[hit.first - 1].norm in ("حيث", "وحيث")
        tgt = (ctx.first_unmarked(hit.first) if where else None) or ctx.unmarked_before()
        conf = min(conf, TOPIC_PARTICIPANT_CONFIDENCE)
    if tgt is None and ctx.trig.relation in SYMMETRIC and ctx.kind == "phrase" and src not in after:
        # «تحدث الوزير مع نظيره التركي عبر الهاتف»: the phrase of the mode after both sides, the other
        # behind «مع» (or «إلى»: «تحدث ترامب إلى حفتر عبر الهاتف») between the subject and it
        tgt = next((m for m in reversed(ctx.before) if m not in group and m.first > src.last
                    and marker_before(words, m, src.last) in ("مع", "ب", "الي")), None)
    if tgt is None and ctx.trig.relation in SYMMETRIC:
        tgt = _dual_object(ctx, group)
    if tgt is None and ctx.trig.relation in ("opposes", "supports") and ctx.kind == "verb":
        # «كما أدانت الهجوم الذي تشنه قوات حفتر»: the doer of the deed the object names in a relative clause
        tgt = doer_of_object(ctx, group[-1].last if src in after else hit.last, rest)
    if tgt is None and ctx.trig.relation == "supports" and ctx.kind == "phrase" and hit.last == hit.first + 1 and \
            src not in after:
        # «ثمن الجهود التي تقوم بها روما»: a phrase of the verb and its object, whose relative clause names its doer
        tgt = doer_of_object(ctx, hit.first, rest)
    if tgt is None and ctx.trig.relation == "supports":
        tgt = role_owner(ctx, rest, group)  # «أشاد السراج بالدور الهام لتركيا»
    # (the object opens past an aside after the subject, «طالبت حكومة الوفاق، الأحد، المجتمع الدولي بوقف …», and past
    # the voice it spoke in: «عارضت ألمانيا على لسان المتحدث باسمها إرسال قوات تركية …»)
    object_start = adverb_after(words, _said_in(words, subject_end, mentions) or subject_end) if src in after \
        else subject_end
    if tgt is None and ctx.trig.relation == "opposes":
        tgt = _ba_masdar_object(ctx, group) or _included_object(ctx, group) or ctx.lam_genitive_object(rest, group) \
            or (ctx.adjective_object() if ctx.kind == "phrase" else None) \
            or (ctx.adjective_object(object_start + 1 if src in after else None) if ctx.kind == "verb" else None)
        # («أعرب عن قلقه العميق إزاء الدعم التركي»; a verb's past its subject: «حذر الوزير الفرنسي من مخاطر
        # الوجود العسكري التركي»)
    if tgt is None and ctx.trig.relation == "opposes" and ctx.kind == "verb":
        tgt = _demanded_act_target(ctx, object_start)
        conf = min(conf, FAR_TARGET_CONFIDENCE) if tgt is not None else conf
    if tgt is None and ctx.trig.relation == "opposes" and ctx.kind == "verb" and src in after:
        # «انتقد الرئيس الفرنسي وصول مقاتلين أجانب إلى طرابلس بدعم تركي»: the deed criticised was done with a backing
        tgt = _backer_of_object(ctx, object_start)
        conf = min(conf, FAR_TARGET_CONFIDENCE) if tgt is not None else conf
    if tgt is None and ctx.trig.relation in ("opposes", "supports") and ctx.kind == "verb":
        # «ترفض روما الوجود الأجنبي في ليبيا، وخاصة الوجود الروسي»: the object singled out after a comma
        tgt = ctx.singled_out(object_start)
    if tgt is not None and tgt.first > 0 and singled_out_at(words, tgt.first - 1) and \
            not _class_named(ctx, group[-1].last if src in after else hit.last, tgt.first - 1):
        tgt = None  # «وتدعم عدة دول حكومة الوفاق، وخاصة تركيا»: no class after the verb, a member of the subject
    if tgt is not None and _in_the_charge(ctx, group, tgt):
        tgt = None  # «واتهمتها بدعم حفتر»: who is in the charge is not the one accused (the pronoun may be)
    if tgt is None:
        tgt = _pronoun_object(ctx, src)
    if tgt is None and ctx.kind == "phrase" and BESIDE_PRONOUN.match(words[hit.last].norm) and \
            upos(words[hit.first]) == "VERB" and \
            (group[-1].last == hit.first - 1 or src.first == hit.last + 1 or rule == "verb-including"):
        # «والإمارات ومصر تقفان خلفه», «تقف خلفه الإمارات»: the pronoun on the word of siding is the one sided with,
        # when the verb's subject is right before or after it, or listed after a relative clause on a class («الدول
        # التي تقف خلفه، وفي مقدمتها مصر»); not a relative clause's on an actor, «مرتزقة فاغنر الذين يقاتلون إلى
        # جانبها», nor a masdar's, «اتهمها بالوقوف وراءها», whose pronoun may be a thing
        tgt = ctx.referent(src, possessive=False, at=hit.last)
        conf = PRONOUN_TARGET_CONFIDENCE
    if tgt is None and ctx.kind == "phrase" and ctx.trig.relation == "supports" and "ل" in ctx.markers and \
            hit.last + 1 < len(words) and words[hit.last + 1].norm.lstrip("و") in TO_HIM:
        # «تتهم أنقرة باريس بتوفير غطاء سياسي له»: the phrase's «لـ» with its pronoun is the one backed, the actor
        # the pronoun refers to, as the «لـ» of a masdar's pronoun is («تقديم الدعم له»)
        tgt = ctx.referent(src, possessive=False, at=hit.last + 1)
        conf = PRONOUN_TARGET_CONFIDENCE
    if tgt is None and len(words[hit.last].norm) > 4 and words[hit.last].norm.endswith(("كم", "ك")):
        # «السيسي لحفتر: مصر تدعمكم حتى النهاية»: «you» in a headline's quotation is the one spoken to
        tgt = colon_addressee(words, mentions, hit.first)
    if tgt is None:
        tgt = ctx.authored_target()
    if tgt is None and ctx.trig.relation not in SYMMETRIC:
        tgt = ctx.alluded()  # «…، في إشارة إلى الوجود العسكري التركي»
    # (a phrase opens on the word after its verb, «أعرب عن قلقه», unless it opens on the verb: «ودعاه إلى وقف …»)
    # (whatever the tagger calls it, «ودعاه» reads as a noun: the phrase's first word and an object pronoun, not a
    # masdar's possessive, «مطالبته بوقف»)
    opening = words[hit.first].norm[1:] if words[hit.first].norm[:1] in ("و", "ف") else words[hit.first].norm
    own_verb = ctx.kind == "phrase" and has_pronoun(words[hit.first]) and \
        any(opening.startswith(p[0]) and len(opening) - len(p[0]) <= 2 for p in ctx.trig.phrases) and \
        not any(m.first <= hit.first <= m.last for m in mentions)
    verb = hit.first if ctx.kind != "phrase" or own_verb else max(hit.first - 1, 0)
    # (not the possessive of the subject before a phrase: «إن بلاده لن تسمح بـ…», «بلاده» names Turkey)
    if tgt is None and has_pronoun(words[verb]) and not any(m.first <= verb <= m.last for m in mentions):
        # «بولتون قد أعطاه الضوء الأخضر»: the object pronoun refers back to the clause's topic
        # (not after a noun that names no actor, the antecedent of an implicit relative clause whose object the
        # pronoun resumes: «وجود مرتزقة سوريين تدعمهم تركيا», the tagger calling «سوريين» a name)
        # (nor after a relative pronoun on a noun that names no actor: «شحنات الأسلحة التي ترسلها تركيا», the pronoun
        # resumes the shipments)
        antecedent = relative_antecedent(words, verb)  # («سعيد، الذي استقبله»: an actor's, the actor)
        thing_relative = antecedent is not None and not any(m.last == antecedent for m in mentions)
        # (nor a feminine one after an initiative or operation named in the sentence, which it resumes, its
        # author the one opposed or backed (kg.deeds): «لقيت المبادرة ترحيبا من الإمارات، في حين رفضتها …»)
        thing_relative = thing_relative or (words[verb].norm.endswith("ها") and
                                            any(launched_act(w) for w in words[:verb]))
        # (nor after «ما», which it resumes: «رحبت واشنطن بما وصفته بـ"الجهود المصرية البناءة"», what she called so)
        thing_relative = thing_relative or (verb > 0 and words[verb - 1].norm in WHAT_FORMS)
        # (the subject right before the verb is no such noun: «…، والإمارات تدعمه», whatever the tagger calls it)
        if not thing_relative and (verb == 0 or src.last == verb - 1 or not (
                upos(words[verb - 1]) in ("NOUN", "ADJ") or (
                    upos(words[verb - 1]) == "PROPN" and not any(m.first <= verb - 1 <= m.last for m in mentions)
                    and not conjunction_on(words[verb])))):
            tgt = ctx.referent(src, possessive=False, at=verb)
            tgt = None if tgt is not None and _thing_between(ctx, tgt, verb) else tgt
            if tgt is None and src is ctx.salient and ctx.addressee is not None and \
                    ctx.party(ctx.addressee) != ctx.party(src):
                # «انتقدت تركيا فرنسا. واتهمتها بدعم حفتر»: the subject goes on from the sentence before,
                # and the pronoun is the other side of it
                tgt = ctx.addressee
        conf = PRONOUN_TARGET_CONFIDENCE
    if tgt is not None and tgt in mentions and tgt.first > hit.last and lodged_with(words, tgt):
        # «احتجت اليونان لدى الأمم المتحدة على المذكرة»: the one a protest is lodged with is no target;
        # the one behind «على» after it is
        tgt = next((m for m in ctx.after if m.first > tgt.last and ctx.mk(m) == "علي"
                    and ctx.party(m) != ctx.party(src)), None)
    if tgt is not None and _in_the_charge(ctx, group, tgt):
        return None  # «تتهم الإمارات بتزويد قوات حفتر …»: who is in the charge is not the one accused
    if tgt is not None and ctx.trig.relation in SYMMETRIC and _partner_unnamed(ctx, tgt):
        return None  # «بحث مع مضيفه سبل دعم حكومة الوفاق»: the one met is «his host», named nowhere here
    if tgt is None or _participle_complement(ctx, tgt) or _subject_after_resumed_thing(ctx, src, tgt):
        return None  # («أعلن السيسي مبادرة، رحبت بها السعودية»: Saudi Arabia welcomed it; kg.deeds reads what)
    if _origin_of_goods(ctx, tgt):
        # «وزودت قوات حفتر بطائرات ميغ روسية»: the nationality of the goods supplied, with no object before them, is
        # who supplies them (the unvowelled passive), and the subject is who receives them
        return Found(tgt, src, conf, rule) if ctx.party(tgt) != ctx.party(src) else None
    return Found(src, tgt, conf, rule)


# normalised: «خلفه», «إلى جانبها», «وراءهم»: the side the phrase stands on, a pronoun for whom
BESIDE_PRONOUN = re.compile("^[بو]?(?:جانب|خلف|وراء|صف|صفوف)(?:ه|ها|هم|هما)$")
GOODS_REACH = 3  # words from the goods noun behind «بـ» to the nationality adjective after it («بطائرات ميغ روسية»)


JOINT_OBJECT_REACH = 4  # words from a coordinated subject to the direct object it met («قد التقيا», a time between)


def _charged_phrase(ctx: Context) -> Found | None:
    """«متهما إياها بالوقوف إلى جانب حفتر»: a support phrase behind the «بـ» of an accusation whose object is a
    detached pronoun is the charge: the accused (the pronoun's referent) backs the actor after the phrase."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "phrase" or ctx.trig.relation != "supports" or hit.first < 2 or \
            clitic_marker(words[hit.first]) != "ب" or words[hit.first - 1].norm not in DETACHED or \
            not accusation(words[hit.first - 2]):
        return None
    accused = ctx.accused()
    tgt = next((m for m in ctx.after if ctx.within(m, hit.last, CHARGED_PHRASE_REACH) and ctx.mk(m) is None), None)
    if accused is None or tgt is None or ctx.party(accused) == ctx.party(tgt):
        return None
    return Found(accused, tgt, masdar.CONFIDENCE["accused-of"], "accused-of")


# words from a support phrase to the one backed (quotation marks not counted: «إلى جانب "مجرم الحرب" حفتر»)
CHARGED_PHRASE_REACH = 3


def _accused_after_la(ctx: Context) -> Mention | None:
    """«اتهام حكومة الوفاق للإمارات بإرسال أسلحة إلى قوات حفتر»: a support phrase behind the «بـ» of an
    accusation (or behind «بمواصلة/باستمرار» there) is the charge; the accused right before it does it, even
    behind the «لـ» an accusation noun puts on it, which would pass it over for the accuser."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "phrase" or ctx.trig.relation != "supports":
        return None
    if clitic_marker(words[k]) != "ب":
        if k == 0 or clitic_marker(words[k - 1]) != "ب" or not masdar.continuing(words[k - 1]):
            return None
        k -= 1
    accused = ctx.accused() if ctx.accusation_before() is not None else None
    if accused is None or accused.last != k - 1 or clitic_marker(words[accused.first]) != "ل":
        return None
    return accused


def _joined_charge(ctx: Context) -> Mention | None:
    """«متهما إياها بخرق الحظر وبنقل مقاتلين إلى طرابلس»: a support phrase behind «وبـ» after a charge behind
    «بـ» is a second charge of the same accusation, so the accused does it, not the subject of the clause, which a
    word opening on «و» would otherwise go on with."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "phrase" or ctx.trig.relation != "supports" or words[k].norm[:1] != "و":
        return None
    if clitic_marker(words[k]) != "ب":
        # («متهما إياها بانتهاك الحظر ونقل مقاتلين إلى طرابلس»: or the masdar joined by «و» alone, a few words after
        # the first charge; not a verb of the past, «وأرسلت قوات», which goes on with the clause's subject)
        bare = words[k].norm[1:]
        return ctx.accused() if masdar.joined_charge(ctx) is not None and upos(words[k]) != "VERB" and \
            not (bare.endswith("ت") and not bare.endswith("ات")) else None
    a = ctx.accusation_before()
    # (the first charge between the accusation and this one, no clause break between)
    if a is None or not _charges(ctx, a) or any(w.norm in CLAUSE_BREAKS for w in words[a + 1:k]):
        return None
    return ctx.accused()


def _charges(ctx: Context, k: int) -> list[int]:
    """Where the charges of the accusation word at ``k`` stand before the trigger: masdars behind «بـ», not
    «الناطق باسم»."""
    words = ctx.words
    return [j for j in range(k + 1, ctx.hit.first) if clitic_marker(words[j]) == "ب" and
            upos(words[j]) == "NOUN" and words[j].norm != "باسم"]


def _in_favour_charged(ctx: Context) -> Found | None:
    """«اتهم ماكرون أنقرة بإدخال المرتزقة إلى البلاد لصالح حكومة الوفاق», «متهما إياها بتمويل نقل المرتزقة
    لصالح حكومة الوفاق»: a side taken at the end of a charge is the accused's, not the accuser's."""
    if not ctx.trig.one_sided:
        return None
    words = ctx.words
    tgt = next((m for m in ctx.after if m.first == ctx.hit.last + 1), None)
    k = ctx.accusation_before()
    # (the side taken ends the last charge, with no comma between)
    charges = _charges(ctx, k) if k is not None else []
    if tgt is None or not charges or any(w.punct for w in words[charges[-1]:ctx.hit.first]):
        return None
    # (the accused stands right before its charge: «اتهمت المندوبة الأمريكية موسكو بنشر …»)
    named = [m for m in ctx.mentions if k < m.first and m.last < charges[0] and marker_before(words, m) is None]
    accused = named[-1] if named else ctx.accused()
    if accused is None or ctx.party(accused) == ctx.party(tgt):
        return None
    return Found(accused, tgt, CONFIDENCE["verb-dropped-subject"], "verb-dropped-subject")


def _origin_of_goods(ctx: Context, tgt: Mention) -> bool:
    """Is ``tgt`` a nationality adjective of the goods a supply verb names behind «بـ», the only actor found for its
    target?"""
    words = ctx.words
    return ctx.trig.relation == "supports" and tgt.kind == "demonym" and tgt in ctx.mentions and \
        any(h.trigger.received_only and h.last < tgt.first <= h.last + GOODS_REACH and
            (clitic_marker(words[h.first]) == "ب" or words[h.first].norm.startswith("ب"))  # (left on: «بطائرات»)
            for h in ctx.hits)


def _object_of_other_stance(ctx: Context) -> bool:
    """Is the phrase, opening on a masdar, the object of the stance verb before it of another relation (not a
    masdar joined to it by «و»: «أعلنت فرنسا مساندتها للمجلس الرئاسي وعدم اعترافها بالمشير»)?"""
    words, hit = ctx.words, ctx.hit
    prev = next((h for h in reversed(ctx.hits) if h.last < hit.first), None)
    # (right after the verb or its subject, where its object stands, with no preposition: not «تقف مصر والإمارات في
    # خندق واحد ضد …», nor the charge «اتهمت حكومة الوفاق الإمارات بالوقوف وراء …»)
    at_object = prev is not None and (prev.last == hit.first - 1 or
                                      any(m.last == hit.first - 1 and m.first > prev.last for m in ctx.mentions))
    return ctx.governor is not None and ctx.governor != ctx.trig.relation and upos(words[hit.first]) == "NOUN" and \
        at_object and prev.kind == "verb" and not conjunction_on(words[hit.first]) and \
        clitic_marker(words[hit.first]) is None


def _participle_complement(ctx: Context, tgt: Mention) -> bool:
    """Is ``tgt`` the complement of another stance's participle or agent noun right before it, after the
    verb («تدعم تركيا الحكومة المناوئة لحفتر», «تنتقد موسكو الدول الداعمة لحكومة الوفاق»)?  Then it is
    what the verb's object stands for or against, not the object."""
    # (a target from the sentence before, the addressee a pronoun names, has no words here)
    # (not an agent noun with a possessive, whose name after it is the apposition: «أشادت القاهرة بحليفتها أبوظبي»)
    return ctx.kind == "verb" and tgt in ctx.mentions and marker_before(ctx.words, tgt) is not None and \
        participle_before(ctx.hits, ctx.hit, tgt) and \
        not any(h.kind == "agent" and h.last == tgt.first - 1 and possessed_hit(ctx.words, h) for h in ctx.hits)


def participle_before(hits: list[TriggerHit], hit: TriggerHit, tgt: Mention) -> bool:
    """Is another stance's participle or agent noun («المناوئة», «الداعمة») right before ``tgt``, after ``hit``?
    Then ``tgt`` is its complement, what that word is for or against."""
    return any(h is not hit and h.kind in ("active", "agent") and h.last == tgt.first - 1 and h.first > hit.last
               for h in hits)


def _class_named(ctx: Context, start: int, end: int) -> bool:
    """Is there a noun naming no actor between ``start`` and ``end`` («التدخلات الأجنبية، ولا سيما …»), a
    class the actor after «وخاصة» is singled out of?"""
    named = {k for m in ctx.mentions for k in range(m.first, m.last + 1)}
    # (the tagger calls some such nouns adjectives: «الدول الداعمة لحفتر»)
    return any(upos(ctx.words[k]) in ("NOUN", "ADJ") and k not in named for k in range(start + 1, end))


def _in_the_charge(ctx: Context, group: list[Mention], tgt: Mention) -> bool:
    """Is ``tgt`` inside the «ب» complement of an accusation verb (what the accused did)?  Also a «ب»
    the tokenizer left on the masdar right after the verb or its subject («واتهمتها بدعم حفتر», «وتتهم
    فرنسا بدعم حفتر»)."""
    words, hit = ctx.words, ctx.hit
    # (a subject from the sentence before has its word numbers there)
    end = max(hit.last, group[-1].last) if group[-1] in ctx.mentions else hit.last
    # (not the «بـ» of a phrase between the verb and its object: «اتهمت حكومة الوفاق على لسان المتحدث باسمها …»;
    # nor of an adverb of manner: «اتهمت حكومة الوفاق بشدة الإمارات …»)
    aside = ctx.aside_words()
    return tgt in ctx.mentions and accusation(words[hit.first]) and tgt.first > hit.last and \
        any((clitic_marker(w) == "ب" or (j in (hit.last + 1, end + 1) and w.norm.startswith("ب")))
            and w.norm not in RESUMED_BY and w.norm not in MANNER and w.norm not in MANNER_HEADS and j not in aside
            for j, w in enumerate(words[:tgt.first]) if j > _past_recognition(words, end))




def _while_between(words: list, a: int, b: int) -> bool:
    """A comma and «فيما/بينما/في حين», or «لكن/غير أن/إلا أن» («ورحبت روما بالمبادرة، لكن باريس تحفظت عليها»),
    between words ``a`` and ``b``: a new clause begins, with a subject of its own (not «لكنها», whose pronoun is the
    subject before it)."""
    return any(words[k].norm in ("،", ",") and (words[k + 1].norm in WHILE or
                                               (words[k + 1].norm == "في" and words[k + 2].norm == "حين"))
               for k in range(a + 1, min(b, len(words) - 2))) or \
        any(contrast_at(words, k) and words[k].norm in ("لكن", "ولكن", "غير", "الا") for k in range(a + 1, b))


TRAILING_ADJECTIVES = 2  # adjectives after a nationality's noun phrase that is a verb's subject
CIRCUMSTANCES = ASIDE_CIRCUMSTANCES  # where or when: «وصف أردوغان، في كلمة أمام البرلمان، حفتر …»
ASIDE_OPENERS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "بقياده", "برئاسه", "بزعامه", "الي", "ومعها", "ومعه",
                 "وهي", "وهو",  # («وتدعم الإمارات، وهي حليف وثيق لمصر، قوات حفتر»)
                 "المعترف",  # («اتهمت حكومة الوفاق، المعترف بها دوليا، الإمارات …»: its epithet)
                 # («، مثل قطر،», «، على عكس إيطاليا،»: like or unlike another)
                 "مثل", "مثلها", "مثله", "علي", "خلافا", "بخلاف") + CIRCUMSTANCES
COMPARING = {"عكس", "غرار"}  # after «على»: «على عكس X» (unlike), «على غرار X» (like)
ASIDE_REACH = 14  # words an aside set off by commas may span


def _aside_after(words: list, k: int, when: bool = True) -> int | None:
    """The closing comma of an aside set off by commas right after word ``k`` (the subject): a relative
    clause, «بقيادة X», «إلى جانب X», where or when it was said («، في كلمة أمام البرلمان،»); None
    when there is none.  (Past the subject's own definite adjectives: «حكومة السراج الشرعية، المعترف
    بها دوليا، …»; and past asides one after another: «أدانت مصر، الأحد، في بيان، الهجوم …».)"""
    close = _one_aside_after(words, k, when)
    for _ in range(CHAINED_ASIDES):
        # (only one of when or where it was said: «التقى السفير، الاثنين، في بنغازي المشير حفتر، …» is no aside
        # past the day, the guest follows the place)
        more = _one_aside_after(words, close - 1) if close is not None and _said_or_when(words, close) else None
        if more is None:
            break
        close = more
    return close


CHAINED_ASIDES = 2  # asides in commas after the first, each opening on the comma that closes the one before


def _said_or_when(words: list, c: int) -> bool:
    """Does a phrase of when, or of where it was said («في بيان», «خلال مؤتمر صحفي»), open after the comma at ``c``?"""
    return _past_time(words, c + 1) > c + 1 or (
        c + 2 < len(words) and words[c + 1].norm in SAID_IN_PREPOSITIONS and _unpossessed(words[c + 2].norm) in SAID_IN)


def _one_aside_after(words: list, k: int, when: bool = True) -> int | None:
    for _ in range(TRAILING_ADJECTIVES):
        if k + 1 < len(words) and upos(words[k + 1]) == "ADJ" and words[k + 1].norm.startswith("ال"):
            k += 1
            if k + 1 < len(words) and _ba_complement(words[k + 1]):
                # (a participle's own «بـ» phrase: «فريق الخبراء الأممي المعني بليبيا، في تقريره الأخير، …»)
                k += 1
    dated = parenthesised_time(words, _past_time(words, k + 1)) if k + 1 < len(words) else None
    if when and dated is not None:
        return dated  # («أدانت مصر (الأحد) الهجوم …», «… أمس (الأحد) …»: the day in parentheses)
    if when and k + 2 < len(words) and words[k + 1].norm in ("،", ","):
        day = _past_time(words, k + 2)  # («أدانت مصر، الأحد، الهجوم …»: the day set off by commas)
        if k + 2 < day < len(words) and words[day].norm in ("،", ","):
            return day
    apart = past_each_apart(words, k + 1)
    if apart > k + 1:
        return apart - 1  # («التقى ماكرون، كلا على حدة، السراج وحفتر»: each apart, the comma that closes it)
    if k + 2 >= len(words) or words[k + 1].norm not in ("،", ",") or \
            (words[k + 2].norm not in ASIDE_OPENERS and not attribution_at(words, k + 2)):
        return None  # (whose report it is: «، بحسب ما أعلنه رئيسها،», «وصفت تركيا، كما نقلت وكالة رسمية، حفتر بـ…»)
    if words[k + 2].norm == "الي" and (k + 3 >= len(words) or words[k + 3].norm != "جانب"):
        return None
    # («، على لسان المتحدث باسمها،»: in whose voice)
    if words[k + 2].norm == "علي" and not voiced_at(words, k + 2) and (
            k + 3 >= len(words) or words[k + 3].norm not in COMPARING):
        return None
    return next((j for j in range(k + 3, min(len(words), k + 2 + ASIDE_REACH)) if words[j].norm in ("،", ",")), None)


def _ba_complement(word) -> bool:
    """A word behind «بـ», whether the tokenizer split it off or left it on a name («بالملف», «بليبيا»)."""
    return clitic_marker(word) == "ب" or word.norm.startswith("بال") or \
        (word.norm.startswith("ب") and len(word.norm) > 3 and upos(word) == "PROPN")


# «بمقر الوزارة», «بالعاصمة التونسية»: a place, as «في» and what follows
# («بمكتبه»: at his office)
SEATS = {"بمقر", "بقصر", "بمبني", "بمكتب", "بالعاصمه", "بمدينه", "بمكتبه", "بمقره", "بقصره"}


def _after_place(ctx: Context, m: Mention, start: int) -> bool:
    """«التقى باشاغا في أنقرة وزير الدفاع التركي»: the «في» two words before the guest is the place's
    (a capital heads no construct), not a preposition of the guest's phrase."""
    k = m.first - 2
    return k > start and ctx.words[k].norm in ("في", "وفي") and ctx.mk(m) == "في"


def _relies_on_support(ctx: Context) -> bool:
    """Is the verb one of relying or betting on («اعتمد/عول/راهن على») whose first «على/إلى» opens a support
    noun: what it relies on is a support another gives, whose claim that noun makes, with nothing to add?"""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb" or ctx.trig.relation != "supports" or \
            not any(stem_match(words[hit.first], v, "verb") for v in RELYING):
        return False
    k = next((k for k in range(hit.last + 1, ctx.b + 1) if words[k].norm in RELIED_ON), None)
    return k is not None and any(h.first == k + 1 and h.kind == "noun" and h.trigger.relation == "supports"
                                 for h in ctx.hits)


def _new_clause_between(words: list, start: int, end: int) -> bool:
    """Does a comma followed by a verb, or a «أن» whose clause the actor at ``end`` does not open, stand
    between words ``start`` and ``end``?  («تزعم أبوظبي أنها لا تدعم حفتر»: Haftar is inside what is
    alleged, no object of the alleging; «زعم المسماري أن تركيا …», «تخشى من أن تدعم أنقرة …»: the clause's subject
    is; not the object of a verb whose subject the pronoun on «أنها» is: «رفضتها تركيا، معتبرة أنها تخدم حفتر».)"""
    # (the genitive of the clause's subject opens it too: «حذر من أن دعم تركيا لحكومة الوفاق يؤجج الصراع»)
    # (so does «فيما/بينما/في حين» after the comma: «تدعم الحوار، فيما التقى لودريان …»)
    return any(words[k].norm in ("،", ",") and upos(words[k + 1]) in ("VERB", "AUX")
               for k in range(start + 1, end - 1)) or _while_between(words, start, end) \
        or any(words[k].norm in THAT_FORMS and not (k + 2 == end and not words[k + 1].norm.startswith("ال")
                                                     and not (upos(words[k + 1]) == "VERB" and
                                                              words[k].norm.endswith(("ه", "ها", "هم"))))
               for k in range(start + 1, end - 1))


def _nothing_opens_between(words: list, start: int, end: int) -> bool:
    """Do words ``start`` to ``end`` hold no verb, relative pronoun, end of clause or new clause, so that an
    object at ``end`` is still the verb's at ``start``?"""
    return not any(upos(w) in ("VERB", "AUX") or w.norm in RELATIVES or w.norm in CLAUSE_BREAKS
                   for w in words[start + 1:end]) and not _new_clause_between(words, start, end)


HOLDER_NAME_WORDS = 3  # words of a name kg does not know after its holder's title: «المندوبة الأمريكية كيلي كرافت»


def _past_holder_name(ctx: Context, src: Mention, k: int) -> int:
    """Word ``k``, or the first word of a name kg does not know that ends right before it after a title subject
    ``src`` (a title kg knows, or a noun with a state's adjective): bare words (no article, preposition or
    conjunction) after the title or the place of its post, which the tagger may call a verb («دعت السفيرة
    الأمريكية كيلي كرافت كلا من …»: «كرافت» opens no clause)."""
    words = ctx.words
    titled = src.kind == "role" or src.kind == "demonym" and src.first >= 1 and upos(words[src.first - 1]) == "NOUN"
    if not titled or k <= src.last + 1:
        return k
    j = k
    while j > src.last + 1 and k - j < HOLDER_NAME_WORDS and _bare_name_word(ctx, j - 1):
        j -= 1
    # (the name follows the title, its adjective or the body of its post: «… لدى الأمم المتحدة كيلي كرافت»)
    before = words[j - 1]
    title_ends = any(m.last == j - 1 for m in ctx.mentions) or \
        upos(before) in ("NOUN", "ADJ") and unjoined(before.norm).startswith("ال")
    return j if j < k and title_ends else k


def _bare_name_word(ctx: Context, i: int) -> bool:
    """Can word ``i`` be a word of a foreign name: no article, no preposition or conjunction joined, no punctuation,
    no relative or clause break, and no actor kg knows?"""
    w = ctx.words[i]
    return not w.punct and clitic_marker(w) is None and not w.norm.startswith("ال") and unjoined(w.norm) == w.norm \
        and w.norm not in RELATIVES and w.norm not in CLAUSE_BREAKS and not any(m.first <= i <= m.last
                                                                                for m in ctx.mentions)


def _said_between(words: list, start: int, end: int) -> bool:
    """Does a «أن» open what is said between words ``start`` and ``end``?  A meeting's other side is never
    inside it («قال الوزير، في مؤتمر صحفي مع نظيره المالطي، أن الإمارات …»: the counterpart is no actor kg
    knows, and the state after «أن» no guest)."""
    return any(words[k].norm in THAT_FORMS for k in range(start + 1, end))


TITLE_WORDS = 6  # words of a title after a host's name, before the comma of a phrase of where or when


def _past_title_words(ctx: Context, start: int) -> int:
    """Word ``start`` (the host's name's end), or the end of a title of nouns and adjectives after it that a comma
    closes («الشيخ فلان بن فلان آل فلان ولي العهد الأمين، …»), naming no actor."""
    words, j = ctx.words, start + 1
    while j < len(words) and j <= start + TITLE_WORDS and upos(words[j]) in ("NOUN", "ADJ", "PROPN") and \
            clitic_marker(words[j]) is None and not words[j].punct and \
            not any(m.first <= j <= m.last for m in ctx.mentions):
        j += 1
    return j - 1 if j > start + 1 and j < len(words) and words[j].norm in ("،", ",") else start


def _title_in_commas(ctx: Context, start: int, end: int) -> bool:
    """Are the words between the host's name (ending at word ``start``) and the guest (at ``end``) the host's title
    in commas, nouns and adjectives naming no actor («الشيخ عبدالله بن زايد، وزير الخارجية والتعاون الدولي، …»)?"""
    words = ctx.words
    inside = words[start + 1:end]
    if len(inside) < 3 or inside[0].norm not in ("،", ",") or inside[-1].norm not in ("،", ","):
        return False
    return all(upos(w) in ("NOUN", "ADJ", "PROPN") and not w.punct for w in inside[1:-1]) and \
        not any(start < m.first < end for m in ctx.mentions)


def _so_called_object(ctx: Context, m: Mention) -> bool:
    """«انتقد الوزير ما وصفه بـ"الانحياز الفرنسي"»: is ``m`` the genitive or nationality adjective of what the
    speaker calls the object (the «بـ» is the naming verb's, no preposition of the stance verb)?"""
    words = ctx.words
    for i in range(max(ctx.hit.last + 1, m.first - SO_CALLED_REACH), m.first):
        n = so_called_at(words, i)
        if n:
            head = past_marks(words, i + n)
            return head < m.first <= head + 2 and all(upos(w) in ("NOUN", "ADJ") for w in words[head:m.first])
    return False


SO_CALLED_REACH = 7  # words from «ما وصفه» to the actor in what it names


def _asides(words: list) -> bool:
    """Are the words between host and guest only commas, days and places after «في»?"""
    # (a place: a word or two after «في», «في قصر الإليزيه», «بمقر الوزارة في القاهرة»; a time before now: «، قبل
    # يومين،», «، قبل ساعات،»)
    return all(w.norm in ("،", ",") or w.norm in WHEN or w.norm in ("في", "وفي") or w.norm in SEATS or
               any(words[j].norm in ("في", "وفي") or words[j].norm in SEATS for j in range(max(0, k - 2), k)) or
               (w.norm in AGO and k + 1 < len(words) and words[k + 1].norm in TIME_UNITS) or
               (w.norm in TIME_UNITS and k > 0 and words[k - 1].norm in AGO)
               for k, w in enumerate(words))


def _guest_past_asides(ctx: Context, start: int, m: Mention) -> bool:
    """Do only asides of when and where, each closed by commas, stand between the host's name (ending at word
    ``start``) and the guest ``m``, with at most a short title of the guest after the last comma («، الخميس في
    قصر كيجي، قائد "الجيش الوطني" حفتر»)?  No verb and no actor inside: a clause or a third party
    would make the guest someone else's; but the host's company may be («، برفقة السفير الأمريكي،»)."""
    words = ctx.words
    commas = [k for k in range(start + 1, m.first) if words[k].norm in ("،", ",")]
    if len(commas) < 2 or commas[0] != start + 1 or m.first - commas[-1] - 1 > GUEST_TITLE_WORDS:
        return False
    company = [(a, b) for a, b in zip(commas, commas[1:]) if _in_company(words[a + 1:b])]
    # («قالت إنها التقت، كلا على حدة، السراج وحفتر»: or each apart, whatever the tagger calls «كلا»)
    apart = [(a, b) for a, b in zip(commas, commas[1:]) if past_each_apart(words, a) == b + 1]
    if any(upos(w) in ("VERB", "AUX") and not any(a < k < b for a, b in apart)
           for k, w in enumerate(words[start + 1:m.first], start=start + 1)) or \
            any(start < n.first < m.first and not any(a < n.first < b for a, b in company) for n in ctx.mentions):
        return False
    tail = words[commas[-1] + 1:m.first]
    return all(w.punct or (upos(w) in ("NOUN", "PROPN", "ADJ") and clitic_marker(w) is None) for w in tail) and \
        all(_when_or_where(words[a + 1:b]) or (a, b) in company or (a, b) in apart for a, b in zip(commas, commas[1:]))


def _in_company(segment: list) -> bool:
    """Does ``segment`` (the words between two commas) open on «برفقة/بصحبة», naming who came with the one before?"""
    return bool(segment) and segment[0].norm.removeprefix("و") in COMPANY_WORDS


GUEST_TITLE_WORDS = 3  # words of the guest's title between the last comma of the asides and the guest («قائد "»)


def _when_or_where(segment: list) -> bool:
    """Is ``segment`` (the words between two commas) a time, a place after «في» or a seat, or a time then a place
    («بعد ظهر الأربعاء في قصر الإليزيه», «في مدينة بنغازي شرقي ليبيا», «قبل يومين»)?"""
    k = 0
    while k < len(segment) and (segment[k].norm in WHEN or segment[k].norm in AGO or segment[k].norm == "بعد"
                                or segment[k].norm in TIME_UNITS):
        k += 1
    return bool(segment) and (k == len(segment) or segment[k].norm in ("في", "وفي") or segment[k].norm in SEATS)


def _direct_object(ctx: Context, src: Mention, group: list[Mention], rest: list[Mention],
                   aside: int | None = None) -> Mention | None:
    """«دعمت الإمارات حفتر بالسلاح لمواجهة حكومة الوفاق»: an actor with no preposition right after
    the verb and its subject is the verb's object, before any marked phrase further on (which
    belongs to another noun: the purpose, the embargo breached).  Not for a meeting («استقبل السيسي
    حفتر بحضور …» is read as before), nor one of the subject's own side («أرسلت روسيا فاغنر إلى حفتر»)."""
    if ctx.kind != "verb" or ctx.trig.relation in SYMMETRIC:
        return None
    k = group[-1].last if src in ctx.after else ctx.hit.last
    k = _past_recognition(ctx.words, k)
    span = aside_span(ctx.words, k)
    if src not in ctx.after and span is not None and span[0] == k + 1 and \
            not any(span[0] < m.first < span[1] for m in ctx.mentions):
        k = span[1]  # («كان أردوغان قد اتهم، قبيل وصوله إلى برلين، حفتر بـ…»: past when or where, set off by commas)
    if src in ctx.after and aside is not None:
        k = aside  # («حذرت مصر، في بيان، تركيا من …»: past the aside after the subject, ``aside`` its closing comma)
    said_in = _said_in(ctx.words, k, ctx.mentions)
    named = _past_epithet(ctx, k + 1) if said_in is None else None
    # (the matcher may have read «بيان تركيا» as Turkey's statement, which stands for Turkey)
    m = next((m for m in rest if m.first == (said_in or k) + 1 or
              (said_in is not None and m.first == said_in and ctx.words[said_in].norm in SAID_IN) or
              (m.first == named and m.kind == "name")), None)
    if m is None or m in group or ctx.party(m) == ctx.party(src) or \
            (ctx.mk(m) is not None if said_in is None else clitic_marker(ctx.words[m.first]) is not None):
        return None
    # («إن الدوحة تمول والأتراك ينفذون»: an actor joined by «و» right after the verb opens a clause of its own)
    return None if said_in is None and named is None and conjunction_on(ctx.words[m.first]) else m


def _past_epithet(ctx: Context, k: int) -> int | None:
    """«تدعم الإمارات المجرم حفتر», «تدعم "الانقلابي" حفتر»: where the name after a definite term of abuse at word
    ``k`` (a trigger said of the actor named after it, kgt:branded's) starts; None when there is none."""
    words = ctx.words
    j = past_marks(words, k)
    if j >= len(words) or not words[j].norm.startswith("ال") or not any(
            h.first == h.last == j and h.trigger.target_before and h.trigger.relation == "opposes" for h in ctx.hits):
        return None
    return past_marks(words, j + 1)


SAID_IN = {"بيان", "تصريح", "تصريحات", "كلمه", "مقابله", "حديث", "تغريده", "رساله", "خطاب", "موتمر"}  # normalised
# (of SAID_IN, the one also said with the article: «خلال المؤتمر الصحفي»; «في البيان» is another's; and the call or
# meeting the sentence told of: «أشاد ترامب في المكالمة بـ…»)
HELD = {"موتمر", "مكالمه", "اتصال", "لقاء", "اجتماع"}
SAID_IN_PREPOSITIONS = {"في", "وفي", "خلال"}  # normalised


def _nationality_of_role(words: list, m: Mention) -> bool:
    """Is ``m`` the nationality adjective of a role, effort or stance («الدور التركي», «الموقف الروسي»)?
    It names whose the role is: nobody met or called."""
    return m.kind == "demonym" and m.first > 0 and any(stem_match(words[m.first - 1], n, "noun") for n in ROLE_NOUNS)


def _said_in(words: list, k: int, mentions: list[Mention] = ()) -> int | None:
    """«اتهمت حكومة الوفاق في بيان الإمارات بـ …»: the last word of a phrase of where it was said, with no
    commas, right after word ``k`` (the subject); the object follows it (the parse reads «بيان الإمارات» as
    the UAE's statement).  Also during a press conference, named or not («انتقد ماكرون خلال المؤتمر الصحفي
    الدور التركي»), and in whose voice («عارضت ألمانيا على لسان المتحدث باسم حكومتها إرسال …», the speaker
    found among ``mentions``)."""
    voice = voice_phrase(words, mentions, k + 1)
    if voice is not None:
        return voice
    sidelines = _on_the_sidelines(words, k, mentions)
    if sidelines is not None:
        return sidelines
    if k + 2 >= len(words) or words[k + 1].norm not in SAID_IN_PREPOSITIONS:
        return None
    where = _unpossessed(words[k + 2].norm)  # («أشاد سعيد في كلمته بـ…»: his speech)
    # («خلال لقاء مع الصحفيين», «في لقاء صحفي»: a meeting with the press, where it was said)
    press = where == "لقاء" and k + 3 < len(words) and (
        words[k + 3].norm in SAID_IN_ADJECTIVES or _with_the_press(words, k + 2))
    if where not in SAID_IN and not (where.startswith("ال") and where[2:] in HELD) and not press:
        return None
    k += 2
    while k + 1 < len(words) and (words[k + 1].norm in SAID_IN_ADJECTIVES or (
            words[k + 1].norm.startswith("ال") and words[k + 1].norm[2:] in SAID_IN_ADJECTIVES)):
        k += 1
    if _with_the_press(words, k):
        k += 2
    return _given_before(words, k)


PRESS = {"الصحفيين", "الصحافيين", "الصحافه", "الاعلاميين"}  # normalised: «مع الصحفيين», with the press


def _with_the_press(words: list, k: int) -> bool:
    """Does «مع الصحفيين» (with the press) follow word ``k``?"""
    return k + 2 < len(words) and words[k + 1].norm == "مع" and words[k + 2].norm in PRESS


SIDELINES_ADJECTIVES = 2  # adjectives of the event after «على هامش» («على هامش القمة العربية الطارئة»)


def _on_the_sidelines(words: list, k: int, mentions: list[Mention] = ()) -> int | None:
    """«حذرت مصر على هامش القمة تركيا من …»: the last word of «على هامش», the event after it and its adjectives,
    right after word ``k``; None when none opens there (or an actor kg knows follows «هامش»)."""
    if k + 3 >= len(words) or words[k + 1].norm not in ("علي", "وعلي") or words[k + 2].norm != "هامش" or \
            any(m.first <= k + 3 <= m.last for m in mentions):
        return None
    j = k + 3
    while j + 1 < len(words) and j < k + 3 + SIDELINES_ADJECTIVES and upos(words[j + 1]) == "ADJ" and \
            words[j + 1].norm.startswith("ال") and not any(m.first <= j + 1 <= m.last for m in mentions):
        j += 1
    return j


def _unpossessed(norm: str) -> str:
    """«كلمته» → «كلمه», «بيانها» → «بيان»: a noun without its possessive pronoun (its «ة» back)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        base = norm[:-len(suffix)] if norm.endswith(suffix) else ""
        for noun in (base, base[:-1] + "ه" if base.endswith("ت") else ""):
            if noun in SAID_IN:
                return noun  # (only a speech noun kg knows: «رساله», «المكالمه» end in «ه» of their own)
    return norm


def _given_before(words: list, k: int) -> int:
    """Past the relative clause of a speech right after word ``k`` and whom it was given before: «في خطاب
    ألقاه أمام البرلمان», «في كلمة أمام كتلة حزبه البرلمانية» (the construct heads, one genitive, its nisba
    adjectives): the last word of the phrase, else ``k``."""
    # (the verb with its pronoun, «ألقاه», which the tagger may call a noun)
    j = k + 1 if k + 2 < len(words) and has_pronoun(words[k + 1]) and words[k + 2].norm == "امام" else k
    if j + 2 >= len(words) or words[j + 1].norm != "امام":
        return k
    j += 2
    while j + 1 < len(words) and upos(words[j]) == "NOUN" and not words[j].norm.startswith("ال") and \
            not has_pronoun(words[j]):
        j += 1  # («أمام كتلة حزبه»: the construct heads before the genitive)
    # (its nisba adjectives only: the tagger calls some objects after it adjectives, «أمام البرلمان الدعم الذي …»)
    while j + 1 < len(words) and upos(words[j + 1]) == "ADJ" and words[j + 1].norm.endswith(("ي", "يه")):
        j += 1
    return j


OBJECT_HEAD = 3  # the object noun and its adjectives before the relative pronoun
OBJECT_PREPOSITIONS = {"علي", "ضد", "في"}  # normalised: the object's own complement («الهجوم على طرابلس»)
OBJECT_COMPLEMENT = 2  # words of that complement


def doer_of_object(ctx: Context, k: int, rest: list[Mention]) -> Mention | None:
    """«أدانت قطر الهجوم الذي تشنه قوات حفتر», «رفضت واشنطن الغارات التي تشنها قوات حفتر»: a definite object
    right after the verb (and its subject), whose relative clause names its doer right after its verb:
    the stance on the deed is a stance on the doer."""
    words = ctx.words
    # («انتقد قالن، في تصريحات لقناة محلية، الدعم الذي تقدمه أبوظبي …», or with no commas: «انتقد الوزير في
    # تصريحات صحفية الدعم الذي …»)
    close = _aside_after(words, k) or _said_in(words, k, ctx.mentions)
    # (past adverbs of manner: «أدانت قطر بأشد العبارات القصف الذي …»)
    j = past_adverbs(words, (close if close is not None else k) + 1)
    j = past_marks(words, j)  # («يدين القرار "الحصار الذي …"»: the object quoted)
    # (not a group of actors the clause describes: «انتقد السراج الدول التي تدعم حفتر» criticises the states)
    # (the tagger calls some such nouns adjectives: «الخطوة التي أقدمت عليها أنقرة»)
    # («أشاد أردوغان بالانتصارات التي حققتها قوات الوفاق»: or behind the trigger's own «بـ»)
    # («أعربت إيطاليا عن رفضها للحل الذي يسعى إليه حفتر»: a masdar's or participle's object behind its «لـ»)
    prefixes = (("بال",) if "ب" in ctx.trig.target_markers else ()) + \
        (("لل",) if ctx.kind in ("noun", "active") else ())
    if j + 1 < len(words) and words[j].norm + "ال" in prefixes and words[j + 1].text in DETACHED_MARKS:
        j = past_marks(words, j + 1)  # («ندد السراج بـ"العدوان الغاشم" الذي …»: the «بـ» written apart, quotes)
    prefix = next((p for p in prefixes if j < len(words) and words[j].norm.startswith(p)), None)
    own_ba = prefix is not None
    head = "ال" + words[j].norm[len(prefix):] if own_ba else words[j].norm if j < len(words) else ""
    if j >= len(words) or not head.startswith("ال") or upos(words[j]) not in ("NOUN", "ADJ") or \
            head in COLLECTIVES or head in FORCES:
        return None
    start = j
    j += own_ba
    backing = ctx.trig.relation == "opposes" and any(
        h.first == start and h.trigger.relation == "supports" and h.kind == "noun" for h in ctx.hits)
    giver = next((m for m in rest if m.kind == "demonym" and
                  (m.first == start + 1 or (m.first == start + 2 and upos(words[start + 1]) == "ADJ"))), None) \
        if backing else None
    if giver is not None:
        return giver  # «وانتقد الدعم الإماراتي لحفتر»: a support opposed, named by its giver's nationality
    while j < min(len(words), start + OBJECT_HEAD) and (words[j].norm.startswith("ال") and upos(words[j]) in (
            "NOUN", "ADJ") or words[j].text in DETACHED_MARKS):
        j += 1
    if j + 1 < len(words) and words[j].norm in OBJECT_PREPOSITIONS:
        # («ترفض واشنطن الهجوم على طرابلس الذي تشنه قوات حفتر»: past the object's own complement, a place
        # or thing, no actor)
        end = next((e for e in range(j + 2, min(len(words), j + 2 + OBJECT_COMPLEMENT)) if words[e].norm in RELATIVES),
                   None)
        if end is not None and not any(words[e].punct for e in range(j, end)) and \
                not any(j < m.first < end for m in ctx.mentions):
            j = end
    if j + 2 >= len(words) or words[j].norm not in RELATIVES or upos(words[j + 1]) != "VERB":
        return None
    if ctx.trig.relation == "supports" and any(stem_match(words[j + 1], v, "verb") for v in BRINGING):
        return None  # («تمويل المرتزقة الذين جلبتهم تركيا»: who brought them is not who the funding backs)
    # (the actor after a verb of striking is the one struck: «الهجوم الذي استهدف حكومة الوفاق»)
    struck = words[j + 1].norm.lstrip("و") in STRIKING
    named = _relative_subject(ctx, j, rest) if not struck else None
    if named is None:
        # («الغارة التي طالت مستشفى، والتي تبنتها قوات حفتر»: or of a second relative clause joined to the first)
        second = next((e for e in range(j + 2, min(len(words) - 2, j + 2 + SECOND_RELATIVE_REACH))
                       if words[e].norm.startswith("و") and words[e].norm[1:] in RELATIVES
                       and upos(words[e + 1]) == "VERB"), None)
        # (its doer may lie past the trigger's window, as «من قبل» below)
        beyond = [m for m in ctx.mentions if second is not None and second < m.first <= ctx.b and m not in ctx.after]
        named = _relative_subject(ctx, second, rest + beyond) if second is not None and \
            (struck or not any(j < m.first < second for m in ctx.mentions)) else None
        j = second if named is not None else j
    if named is not None:
        # (not who faces or undergoes the deed: «أدانت قطر الاعتداءات التي واجهت حكومة الوفاق», as
        # deed._doer_in_relative)
        return None if faces(words[j + 1]) else named
    # «القصف العشوائي الذي تتعرض له الأحياء السكنية من قبل قوات حفتر»: a clause of what others suffer, its
    # doer behind «من قبل/من جانب» further on in it
    by = next((e for e in range(j + 2, min(len(words) - 2, j + 2 + SUFFERED_REACH))
               if words[e].norm == "من" and words[e + 1].norm in ("قبل", "جانب")), None)
    # (the deed quoted: «يدين "الحصار الذي فرض على الموانئ" من جانب قوات حفتر»)
    if by is None or any((w.punct and w.text not in DETACHED_MARKS) or upos(w) == "VERB" for w in words[j + 2:by]):
        return None
    # (or the nationality of the noun there: «من جانب المرتزقة الروس»; also past the trigger's window, since
    # «من قبل» marks it: «… الذي تتعرض له الأحياء السكنية في طرابلس من قبل قوات حفتر»)
    beyond = [m for m in ctx.mentions if m.first > by and m.first <= ctx.b and m not in ctx.after]
    return next((m for m in rest + beyond if m.first == by + 2 or (m.kind == "demonym" and m.first == by + 3)), None)


def _relative_subject(ctx: Context, j: int, rest: list[Mention]) -> Mention | None:
    """The actor right after the verb of the relative clause whose pronoun is at word ``j``; not the one who
    attributes the deed to another («الغارة التي نسبتها أنقرة إلى قوات حفتر»)."""
    words = ctx.words
    if any(stem_match(words[j + 1], v, "verb") for v in ATTRIBUTING):
        return None
    # («التصريحات التي أدلى بها وزير الدفاع التركي», «الخطوة التي أقدمت عليها أنقرة»: past the verb's
    # preposition with the pronoun that resumes the object)
    doer = j + 3 if j + 3 < len(words) and words[j + 2].norm in RESUMED_OBJECT else j + 2
    if doer + 1 < len(words) and words[doer].norm in SOME:
        doer += 1  # «الدعم الذي تقدمه بعض الدول لحفتر، في إشارة إلى الإمارات»
    doer = past_marks(words, doer)  # («الهجوم الذي تشنه "قوات حفتر"»)
    return next((m for m in rest if m.first == doer and (ctx.mk(m) is None or doer == j + 3)), None)


# normalised: a deed's verb of striking its target («الهجوم الذي استهدف …», «القصف الذي طال …»)
STRIKING = {"استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت", "يطال", "تطال"}
ATTRIBUTING = ("نسب", "عزا", "عزت")  # verb stems: attributed, ascribed (a deed to its doer)
SECOND_RELATIVE_REACH = 10  # words from the first relative clause's verb to «والذي/والتي» of a second one
BRINGING = ("جلب", "استقدم", "ارسل", "نقل", "جند")  # verb stems: who brought, sent or recruited armed men
SUFFERED_REACH = 8  # words from the relative clause's verb to «من قبل» (its resumptive, subject, adjuncts between)


RESUMED_OBJECT = masdar.RESUMED_ON | {"فيه", "فيها", "اليه", "اليها", "عنه", "عنها"}  # normalised


RECOGNISED = {"المعترف", "المعترفه"}  # «حكومة الوفاق المعترف بها دوليا»


def _past_recognition(words: list, k: int) -> int:
    """The last word of «المعترف بها (دوليا|أمميا)» right after word ``k`` (the subject's name), else ``k``:
    the epithet of a recognised government stands between a verb's subject and its object."""
    if k + 2 < len(words) and words[k + 1].norm in RECOGNISED and words[k + 2].norm in ("بها", "به"):
        k += 2
        if k + 1 < len(words) and words[k + 1].norm.rstrip("ا") in ("دولي", "اممي", "دوليه"):
            k += 1
    return k


BA_MASDAR_REACH = 4  # words from the verb to «بـ» + masdar (its subject between)


def _under_cover(ctx: Context) -> Found | None:
    """«تقدمت قوات الوفاق تحت غطاء جوي تركي», «بغطاء جوي تركي»: under or with an actor's cover, the
    actor right after the phrase (a nationality adjective, a genitive) backs the clause's subject."""
    words, hit = ctx.words, ctx.hit
    under = hit.first > 0 and words[hit.first - 1].norm in ("تحت", "وتحت")
    with_b = words[hit.first].norm[:1] == "ب" and not any(p[0].startswith("ب") for p in ctx.trig.phrases)
    if ctx.trig.relation != "supports" or not (under or with_b) or _goods_governed(ctx):
        return None  # (nor shipments a verb governs: «ندد بشحنات الأسلحة التركية إلى …» is no cover)
    # (with «ب» only a nationality adjective: «بالوقوف مع حكومة الوفاق» is a pledge, not a backing; or
    # the one it comes from: «بضوء أخضر من واشنطن»)
    backer = next((m for m in ctx.after if m.first <= hit.last + 2 and ctx.mk(m) is None
                   and (under or m.kind == "demonym")), None) or \
        next((m for m in ctx.after if m.first == hit.last + 2 and words[hit.last + 1].norm == "من"), None)
    backed = ctx.unmarked_before()
    if backer is None or backed is None or ctx.party(backer) == ctx.party(backed):
        return None
    return Found(backer, backed, masdar.CONFIDENCE["backed-by"], "backed-by")


def _object_suffix(ctx: Context) -> bool:
    """Does the verb carry an object pronoun?  By its known stem: «تدعمه» does, «واتهم», whose stem
    ends in the letters of «هم», does not."""
    norm = ctx.words[ctx.hit.first].norm
    if any(norm.endswith(stem) for stem in ctx.trig.verb):
        return False
    return has_pronoun(ctx.words[ctx.hit.first])


def _nationality_of_phrase(ctx: Context) -> tuple[Mention, Mention | None] | None:
    """«شحنة أسلحة إماراتية جديدة لقوات حفتر»: a noun phrase of supply with a nationality adjective
    right after it (its adjectives between) is that state's, for the one behind its preposition:
    (supplier, recipient or None)."""
    words, hit = ctx.words, ctx.hit
    # (a phrase ending with a definite noun is a noun phrase, whatever the tagger calls its head: «تدفق الأسلحة»)
    if ctx.trig.relation != "supports" or not (upos(words[hit.first]) == "NOUN" or words[hit.last].norm.startswith("ال")):
        return None
    if any(stem_match(words[hit.last], n, "noun") for n in ROLE_NOUNS):
        return None  # («إن حكومته "تثمن الدور الألماني"»: a role praised, no supply)
    giver = next((m for m in ctx.after if m.kind == "demonym" and m.first <= hit.last + 2
                  and all(upos(w) == "ADJ" for w in words[hit.last + 1:m.first])), None)
    if giver is None:
        return None
    return giver, ctx.marked_target([m for m in ctx.after if m.first > giver.last], [giver])


BACKED = ("المدعوم", "المسنود")  # «حفتر المدعوم من موسكو وأبوظبي»: a participle phrase on the subject


HOLDING_MASDARS = {"اجراء", "عقد"}  # «إجراء X اتصالا», «عقد X لقاء»: X held it
DURING = {"خلالها", "خلاله", "فيها", "فيه"}  # «زيارة التقى خلالها حفتر»: during the visit just named
VISITS = ("زياره", "جوله")  # (the article or a preposition stripped)
VISITED = {"زار", "زارت", "وزار", "وزارت"}  # normalised: «زار بنغازي والتقى خلالها حفتر»
# words from the visit to the verb («زيارة غير معلنة التقى», «زيارة قام بها وزير الخارجية الإيطالي إلى بنغازي التقى»)
VISIT_REACH = 10
RESUMING_THAT = {"وذلك", "ذلك"}  # «، وذلك خلال …»: the clause before taken up, a circumstance of its subject's act
# «إنها تدعم», «أنه التقى»: a complementizer carrying the verb's subject as a pronoun (normalised)
PRONOUN_COMPLEMENTIZERS = {p + c for p in ("ان", "بان", "لان", "فان", "وان") for c in ("ه", "ها", "هم", "هما")}
RATHER = {"بل", "وانما", "انما"}  # normalised: «… بل تدعم …»: a verb that goes on with the subject before
# normalised «لكنها», «إنه»: a particle carrying its clause's subject as a pronoun
PRONOUN_PARTICLES = {p + s for p in ("لكن", "ولكن", "ان", "وان") for s in ("ه", "ها", "هم")}
WHERE = {"حيث", "وحيث"}  # normalised: «… وتوجه إلى أنقرة حيث التقى …»: where the one who went there acts


EACH = {"كلا", "وكلا", "بكل", "وبكل"}  # normalised: «كلا منهما», «بكل منهما» (and «مع كل منهما»)
EACH_REACH = 3  # words from a meeting verb to «كلا منهما» (its subject between)


def _each_of_the_two(ctx: Context, src: Mention) -> Mention | None:
    """«أعلن الكرملين أن السراج وحفتر وصلا إلى موسكو، وأن لافروف التقى كلا منهما على حدة»: «كلا منهما» (each of the
    two) after a meeting verb is the last pair of actors named before the verb, of two parties but the subject's; the
    first of them, whose list the others of the pair complete."""
    words, hit = ctx.words, ctx.hit
    if ctx.trig.relation not in SYMMETRIC:
        return None
    k = next((k for k in range(hit.last + 1, min(len(words) - 1, hit.last + 1 + EACH_REACH))
              if words[k].norm in EACH | {"كل"} and words[k + 1].norm == "منهما"), None)
    if k is None or (words[k].norm == "كل" and words[k - 1].norm not in ("مع", "ومع")):
        return None
    for m in reversed([m for m in ctx.mentions if m.last < hit.first and m is not src]):
        pair = coordinated(words, ctx.mentions, m)
        if len(pair) == 2 and len({ctx.party(x) for x in pair} | {ctx.party(src)}) == 3:
            return pair[0]
    return None


def _past_backers(ctx: Context, k: int) -> int:
    """Word ``k`` (the subject's end), or the end of the list of backers of a passive participle right
    after it («انتقد حفتر المدعوم من موسكو وأبوظبي حكومة الوفاق»): the object comes after it."""
    words = ctx.words
    if k + 3 >= len(words) or not words[k + 1].norm.startswith(BACKED) or words[k + 2].norm != "من":
        return k
    backer = next((m for m in ctx.mentions if m.first == k + 3), None)
    return coordinated(words, ctx.mentions, backer)[-1].last if backer is not None else k


LATE_SUBJECT_REACH = 3  # words from a phrase's object to its subject after it («مرتزقة من مجموعة فاغنر»)
AUTHOR_REACH = 4  # words from the verb (or its subject) to the accusations it rejects («بشكل قاطع» between)


def _accusations_author(ctx: Context, start: int, group: list[Mention]) -> Mention | None:
    """«رفضت القاهرة الاتهامات التي وجهتها لها حكومة الوفاق»: accusations rejected, and a relative clause
    on them whose subject made them (past «لها», the accused): the one who rejects them opposes their author."""
    words = ctx.words
    for k in range(start + 1, min(len(words) - 2, start + 1 + AUTHOR_REACH)):
        if words[k].punct:
            return None
        if upos(words[k]) == "NOUN" and accusation(words[k]) and words[k + 1].norm in RELATIVES and \
                upos(words[k + 2]) == "VERB":
            author = ctx.relative_subject(k + 1)  # (past «لها», «له»: the accused)
            return author if author is not None and all(ctx.party(author) != ctx.party(g) for g in group) else None
    return None


def _partner_unnamed(ctx: Context, tgt: Mention) -> bool:
    """Does the phrase of a meeting end on its «مع/بـ», with a noun and its pronoun after it that names no actor
    («مضيفه», «ضيفه») and then a noun outside any actor, so that ``tgt``, further on, is part of what was talked
    about, not the other side?  («مع نظيره التركي», «مع نظيره وزير الخارجية …» name it right after.)"""
    words, k = ctx.words, ctx.hit.last + 1
    if ctx.kind != "phrase" or words[ctx.hit.last].norm not in ("مع", "ب") or k + 1 >= len(words) or tgt.first <= k + 1:
        return False
    named = {j for m in ctx.mentions for j in range(m.first, m.last + 1)}
    # (a short noun's pronoun is the tokenizer's piece: «ضيفه» is «ضيف» + «ه»)
    pronoun = has_pronoun(words[k]) or (len(words[k].tokens) > 1 and words[k].tokens[-1].text in PRONOUN_PIECES)
    return pronoun and upos(words[k]) == "NOUN" and k not in named and upos(words[k + 1]) == "NOUN" and \
        k + 1 not in named


PRONOUN_PIECES = {"ه", "ها", "هما", "هم"}  # a possessive pronoun as the tokenizer's last piece of a word


def _dual_object(ctx: Context, group: list[Mention]) -> Mention | None:
    """«… اتفق السراج وحفتر …، وفق ما أعلنه ماكرون الذي اجتمع بهما»: a dual object pronoun on the verb
    or right after it («بهما», «معهما», «استقبلهما») is the last pair of actors joined by «و» before."""
    words, hit = ctx.words, ctx.hit
    if not any(w.norm.endswith("هما") for w in words[hit.first:hit.last + 2]):
        return None
    for m in reversed([m for m in ctx.mentions if m.last < hit.first and m not in group]):
        pair = coordinated(words, ctx.mentions, m)
        if len(pair) >= 2 and not any(p in group for p in pair):
            return pair[0]
    return None


DEMANDED_ACT_REACH = 6  # words from the verb (or its subject) to the act it demands, the one asked between


BACKED_OBJECT_REACH = 8  # words from a verb's subject to the backing phrase that closes its object («بدعم تركي»)


def _backer_of_object(ctx: Context, start: int) -> Mention | None:
    """The backer named by a phrase of support behind «بـ» that closes the verb's object, a few words past its
    subject (word ``start``), with no punctuation between: its nationality adjective or the actor behind «من»."""
    words = ctx.words
    backing = next((h for h in ctx.hits if h.trigger.relation == "supports" and h.kind == "noun" and
                    (clitic_marker(words[h.first]) == "ب" or words[h.first].norm.startswith("ب")) and
                    start + 1 < h.first <= start + BACKED_OBJECT_REACH), None)
    if backing is None or any(w.punct for w in words[start + 1:backing.first]):
        return None
    after_min = backing.last + 1 < len(words) and words[backing.last + 1].norm == "من"
    at = backing.last + 2 if after_min else backing.last + 1
    return next((m for m in ctx.after if m.first == at and (m.kind == "demonym" or at > backing.last + 1)), None)


def _demanded_act_target(ctx: Context, start: int) -> Mention | None:
    """«طالبت حكومة الوفاق المجتمع الدولي بوقف الدعم الإماراتي لحفتر»: past the one asked, whom kg does
    not know, the actor the demanded act falls on: the required masdar's genitive, or the nationality of
    its genitive noun.  (An actor asked is the verb's object, and :func:`kg.relations._demanded_act`
    moves the demand to the act's actor.)  Only for demands (``kg:requiresNot``)."""
    words, trig = ctx.words, ctx.trig
    if not trig.requires or not trig.requires_not:
        return None
    for k in range(start + 1, min(len(words) - 1, start + 1 + DEMANDED_ACT_REACH)):
        if words[k].punct or any(m.first <= k <= m.last for m in ctx.mentions):
            return None
        if any(stem_match(words[k], r, "noun") for r in trig.requires):
            m = act_genitive(words, ctx.after, k)
            # (the act's own «بـ/إلى» marks no actor past it: «طالبت فرنسا بوقف تقدم قوات حفتر»)
            return m if m is not None and marker_before(words, m, k) is None else None
    return None


def _ba_masdar_object(ctx: Context, group: list[Mention]) -> Mention | None:
    """«توعدت حكومة الوفاق بملاحقة حفتر», «هدد بتلقين حفتر درسا»: a threat or demand whose ب
    phrase is a masdar; the masdar's genitive is the one opposed."""
    words = ctx.words
    if ctx.trig.doer_nouns:
        return _doer_not_allowed(ctx, group)
    if ctx.trig.target_markers and "ب" not in ctx.trig.target_markers:
        return None  # «لن تسمح (لـ X) بسقوط الجيش»: its object is the «لـ» phrase; the ب phrase is the act
    aside = ctx.aside_words()
    for k in range(ctx.hit.last + 1, min(len(words) - 1, ctx.hit.last + 1 + BA_MASDAR_REACH + len(aside))):
        if any(m.first <= k <= m.last for m in group) or k in aside:
            continue  # (nor the words of an aside: «طالبت فرنسا على لسان المتحدث باسمها بانسحاب …»)
        if words[k].punct:
            return None
        if clitic_marker(words[k]) == "ب" and upos(words[k]) == "NOUN":
            if any(h.first == k and h.trigger.relation == "supports" for h in ctx.hits):
                # «وصفت الإمارات الاتهامات بدعم حفتر بأنها عارية عن الصحة»: a support behind «ب» is the charge of
                # the accusations described; its genitive is the one backed, not opposed
                return None
            # («طالبت واشنطن بانسحاب فوري للقوات التركية»: past the masdar's adjectives, its doer behind «لـ»)
            j = k + 1
            while j < min(len(words), k + 1 + MASDAR_ADJECTIVES) and (upos(words[j]) == "ADJ" or relational(words[j])) \
                    and not any(m.first == j for m in ctx.after):
                j += 1
            return next((m for m in ctx.after if m not in group and
                         (m.first == k + 1 or (m.first == j > k + 1 and clitic_marker(words[j]) == "ل"))), None)
    return None


MASDAR_ADJECTIVES = 2  # «بانسحاب فوري وكامل …»: adjectives between a demanded act and its doer's «لـ»


IN_HANDS = {"يد", "ايدي"}  # normalised, after «في» or with «ب» written on: «في يد حفتر», «بيد الميليشيات»


def _doer_not_allowed(ctx: Context, group: list[Mention]) -> Mention | None:
    """«لن تسمح مصر بتقدم قوات الوفاق نحو سرت»: the doer of the advance or seizure not allowed
    (``kg:doerNoun``, the masdar's genitive); «لن تسمح بسقوط طرابلس في يد حفتر»: the one into whose hands.
    Not what is let fall («لن تسمح بسقوط الجيش» protects it)."""
    words = ctx.words
    k = next((k for k in range(ctx.hit.last + 1, min(len(words) - 1, ctx.hit.last + 1 + BA_MASDAR_REACH))
              if clitic_marker(words[k]) == "ب" and upos(words[k]) == "NOUN"
              and not any(m.first <= k <= m.last for m in group)), None)
    if k is None:
        return None
    if any(stem_match(words[k], n, "noun") for n in ctx.trig.doer_nouns):
        return next((m for m in ctx.after if m.first == k + 1 and m not in group), None)
    for j in range(k + 1, min(len(words) - 1, k + 1 + BA_MASDAR_REACH)):
        if words[j].punct:
            return None
        hands = words[j].norm in IN_HANDS and words[j - 1].norm == "في" or words[j].norm[1:] in IN_HANDS \
            and words[j].norm[:1] == "ب"
        if hands:
            return next((m for m in ctx.after if m.first == j + 1 and m not in group), None)
    return None


def role_owner(ctx: Context, rest: list[Mention], group: list[Mention]) -> Mention | None:
    """«أشاد السراج بالدور الهام لتركيا», «ثمن الدور الكبير لتركيا»: the object is a role or efforts
    (behind the trigger's «بـ» or bare) with its adjectives, and its owner follows behind «لـ»."""
    words = ctx.words
    k = (group[-1].last if group[0] in ctx.after else ctx.hit.last)
    # (past where it was said: «أشاد ترامب في المكالمة بـ"الدور الكبير" …», «أشاد كونتي، في تغريدة، بـ…»)
    k = (_said_in(words, k, ctx.mentions) or _aside_after(words, k) or k) + 1
    k = past_adverbs(words, k)  # («مشيدا في المقابل بالموقف التاريخي للرئيس السيسي»)
    k += so_called_at(words, k)  # («أشاد ماكرون بما وصفه بالدور الإيجابي لمجلس النواب»)
    k = past_marks(words, past_detached_preposition(words, k))  # («أشاد السراج بـ"الدور البناء" لروسيا», «أثنى على
    # "الدور"»; «بما وصفه بـ"الدور البناء"»)
    if k >= len(words) or not any(stem_match(words[k], n, "noun") for n in ROLE_NOUNS) or has_pronoun(words[k]):
        return None
    # («أشاد عقيلة صالح، بحسب بيان نشره مكتبه، بموقف الحكومة القبرصية»: the role in construct with its owner)
    owner = next((m for m in ctx.mentions if m.first == k + 1 and m not in group), None) \
        if not definite(words[k]) else None
    if owner is not None:
        return owner
    j = k + 1
    # (an adjective joined by «و» after another, whatever the tagger calls it: «الدور الحيادي والشجاع»)
    while j < len(words) and j <= k + ROLE_ADJECTIVES + 1 and (
            upos(words[j]) == "ADJ" and clitic_marker(words[j]) is None or words[j].text in DETACHED_MARKS or
            words[j].norm.startswith("وال") and upos(words[j - 1]) == "ADJ"):
        j += 1
    if j + 2 < len(words) and words[j].norm in RELATIVES and upos(words[j + 1]) == "VERB":
        # («أشاد بما وصفه بـ"الدور البناء" الذي تضطلع به القاهرة»: or the subject of a relative clause on it)
        # (however far past the trigger's window the role's words take it)
        # (past a verb of becoming or going on before the verb: «الدور الذي باتت تلعبه القاهرة»)
        j += words[j + 1].norm in BECOMING and j + 3 < len(words) and upos(words[j + 2]) == "VERB"
        at = j + 2 + (words[j + 2].norm in RESUMED_BY)
        return next((m for m in ctx.mentions if m.first == at and ctx.mk(m) is None and m not in group), None)
    if j + 2 < len(words) and words[j].norm == "لكل" and words[j + 1].norm == "من":
        # («أشاد السراج بـ"الموقف الأخوي" لكل من تركيا وقطر»: each of the list behind «لكل من»)
        return next((m for m in ctx.mentions if m.first == j + 2 and m not in group), None)
    # (past the owner's title: «"الدور الحكيم" للمستشار عقيلة صالح»)
    return next((m for m in rest if j <= m.first <= j + OWNER_TITLE and ctx.mk(m) == "ل" and
                 all(upos(w) in ("NOUN", "PROPN", "ADJ") and not w.punct for w in words[j:m.first])), None)


OWNER_TITLE = 2  # words of a title between a role praised and its owner's name behind «لـ»
ROLE_ADJECTIVES = 2  # «الدور الكبير والمهم»: adjectives between a role and its owner


def _included_object(ctx: Context, group: list[Mention]) -> Mention | None:
    """«طالبت مصر بخروج القوات الأجنبية بما فيها القوات التركية»: see :meth:`Context.included_object`."""
    return ctx.included_object(group, ctx.after)


PRONOUN_OBJECTS = {"به", "بها", "بهما", "بهم", "معه", "معها", "معهما", "معهم"}


def _subject_after_resumed_thing(ctx: Context, src: Mention, tgt: Mention) -> bool:
    """«…، رحبت بها السعودية», «…، نددت بهما قبرص»: with the verb's object a feminine or dual pronoun behind its
    preposition right after it, an actor right after that pronoun is the verb's subject (verb, object, subject), not
    a second object of a subject named before the verb."""
    k = ctx.hit.last + 1
    return ctx.kind == "verb" and ctx.trig.relation not in SYMMETRIC and src.last < ctx.hit.first and \
        k < len(ctx.words) and ctx.words[k].norm in THING_OBJECTS | DUAL_OBJECTS and tgt.first == k + 1 and \
        ctx.mk(tgt) is None


# normalised: «أشاد خلاله بدوره», «التقى خلالها …»: during the call, meeting or visit just named
DURING_IT = {"خلاله", "خلالها", "خلالهما"}


def _pronoun_object(ctx: Context, src: Mention) -> Mention | None:
    """«الرئيس الفرنسي الذي اجتمع بهما»: a preposition with a pronoun right after the verb.  A dual
    refers to the last pair of coordinated actors named before (the relation then holds with both),
    a singular to the clause's topic, in the pronoun's gender."""
    k = ctx.hit.last + 1
    # «اتصل ترامب بحفتر، وأشاد بدوره …», «أشاد خلاله بدوره»: the role or efforts the phrase ends on, or
    # the verb's object behind «بـ», are the pronoun's referent's
    # («أشاد خلاله بـ"دوره الكبير"»: past a preposition written apart and quotation marks)
    role = ctx.hit.last if ctx.kind == "phrase" else \
        past_detached_preposition(ctx.words, k + 1 if k < len(ctx.words) and ctx.words[k].norm in DURING_IT else k)
    if ctx.kind != "phrase" and not _credited(ctx, role):
        # «أشاد ترامب في اتصال هاتفي مع حفتر بدوره»: or further on, past the subject and a phrase of
        # where or how, up to a comma or another verb; the actor of its gender named between is its owner
        far = next((j for j in range(k, min(len(ctx.words), ctx.b + 1)) if _credited(ctx, j)
                    or ctx.words[j].punct or upos(ctx.words[j]) in ("VERB", "AUX")), None)
        if far is not None and _credited(ctx, far):
            gender = pronoun_gender(ctx.words[far])
            owner = next((m for m in reversed(ctx.after) if m.last < far and ctx.party(m) != ctx.party(src)
                          and mention_gender(ctx.words, m, ctx.kind_of(m)) == gender), None)
            if owner is not None:
                return owner
            # («وفي مكالمة هاتفية مع حفتر، أشاد ترامب بدوره»: none between, the one named before the verb)
            return ctx.referent(src, possessive=False, at=far)
    if role < len(ctx.words) and _credited(ctx, role):
        return ctx.referent(src, possessive=False, at=role)
    if k >= len(ctx.words) or ctx.words[k].norm not in PRONOUN_OBJECTS:
        return None
    words, mentions = ctx.words, ctx.mentions
    if words[k].norm.endswith("هما"):
        for m in reversed([m for m in mentions if m.last < ctx.hit.first]):
            group = coordinated(words, mentions, m)
            if len(group) == 2 and src not in group:
                return group[0]
        return None
    tgt = ctx.referent(src, possessive=False, at=k)
    return None if tgt is not None and _thing_between(ctx, tgt, k) else tgt


def _thing_between(ctx: Context, referent: Mention, k: int) -> bool:
    """«قلل أردوغان من أهمية الاتفاق، في حين رحب به بومبيو»: does an agreement, initiative or operation of the
    pronoun's gender (at word ``k``) stand between the actor it would refer to and it?  The nearer noun is what it
    resumes (kg.agreements and kg.deeds read the stance on it)."""
    from kg.agreements import agreement_at  # (here: kg.agreements imports kg.relations, which imports this)
    words = ctx.words
    feminine = words[k].norm.endswith("ها")
    return any((launched_act(w) or agreement_at(w)) and w.norm.endswith(("ه", "تي", "تا", "تان", "تين")) == feminine
               for w in words[referent.last + 1:k]) or any(
        # («رحب الرئيس المصري بالخطوة، كما رحبت بها عواصم عربية»: or a thing of its gender behind the same «بـ»
        # before it, the object of a verb before, which the pronoun resumes)
        clitic_marker(w) == "ب" and w.norm[1:].startswith("ال") and w.norm.endswith("ه") == feminine and
        upos(w) == "NOUN" and not any(m.first <= j <= m.last for m in ctx.mentions)
        for j, w in enumerate(words[referent.last + 1:k], start=referent.last + 1))


JOINED_REACH = 4  # words of a subject kg does not know, from the verb to the actor joined to it


def _joined_to_subject(ctx: Context) -> Mention | None:
    """The first actor after the verb, joined by «و» to the nouns of a subject that names no actor
    (only nouns and adjectives between, no preposition)."""
    words, k = ctx.words, ctx.hit.last + 1
    m = next((m for m in ctx.after if m.first > k), None)
    if m is None or m.first > k + JOINED_REACH or not conjunction_on(words[m.first]) or words[m.first].norm[:1] != "و":
        return None
    between = words[k:m.first]
    return m if all(upos(w) in ("NOUN", "ADJ", "PROPN") and clitic_marker(w) is None and not w.punct for w in between) \
        else None


# normalised: "in (his) turn" (one word; context.IN_TURN is the two-word «في المقابل»)
IN_ITS_TURN = {"بدوره", "بدورها", "بدورهم", "بدورهما"}


def _credited(ctx: Context, k: int) -> bool:
    """Word ``k`` is a role or efforts with a pronoun («دوره», «بجهودها») that the trigger credits:
    the phrase's own last word, or behind «بـ»."""
    word = ctx.words[k] if k < len(ctx.words) else None
    if word is not None and word.norm in IN_ITS_TURN and ctx.trig.relation != "supports" and \
            any(m.last == k - 1 for m in ctx.mentions):
        return False  # («أدانت نيقوسيا بدورها المذكرة»: right after the subject of no praise, "in its turn", no role)
    # (the tokenizer does not always split «بـ» off: «بدوره» as one token)
    detached = k > 0 and ctx.words[k - 1].text in DETACHED_MARKS  # («بـ"دوره"»: the «بـ» written apart before it)
    # (a short word without its «بـ» is too short for has_pronoun: its own pronoun token says it)
    return word is not None and (has_pronoun(word) or detached and word.tokens[-1].upos == "PRON") and \
        (k == ctx.hit.last or clitic_marker(word) == "ب" or word.norm.startswith("ب") or detached) \
        and any(stem_match(word, n, "noun") for n in CREDITED)


# what a verb credits its owner with, by a pronoun: a role or efforts, or an initiative («وأشاد بمبادرته», «ورفض
# مبادرتها»: the one whose initiative it is, backed or opposed)
CREDITED = ROLE_NOUNS + ("مبادره", "مبادرات")


def _fronted(ctx: Context, m: Mention | None) -> bool:
    """Is ``m`` the fronted subject of the trigger verb: right before it, opening
    its clause or a complement clause («قالت روسيا إن واشنطن تدعم …»)?"""
    return m is not None and m.last == ctx.hit.first - 1 and ctx.opens_clause(m)


def _relative_antecedent(ctx: Context) -> Mention | None:
    """The actor right before a relative pronoun («حفتر، الذي») that stands right before the verb."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 1 or words[k].norm not in RELATIVES:
        return None
    j = k - 1 if not words[k - 1].punct else k - 2
    return next((m for m in ctx.mentions if m.last == j), None)


RELATIVE_CLAUSE_REACH = 4  # words of a short relative clause between its antecedent and the main verb


def _antecedent_past_relative(ctx: Context) -> Mention | None:
    """The actor right before a short relative clause («X الذي تدعمه الإمارات») that ends right before the verb,
    with no punctuation and no «و» on the verb (a verb joined by «و» goes on inside the clause: «الذي تدعمه
    وتموله»)."""
    words, k = ctx.words, ctx.hit.first
    if conjunction_on(words[k]) or upos(words[k]) != "VERB":
        return None
    # («إن القاهرة، التي تدعم حفتر، تنتقد تركيا»: or one set off by commas, whatever it ends on)
    aside = next((o for o, c in relative_asides(words, k) if c == k - 1 and words[o + 1].norm in RELATIVES), None)
    if aside is not None:
        return next((m for m in ctx.mentions if m.last == aside - 1), None)
    for r in range(k - 2, max(0, k - 2 - RELATIVE_CLAUSE_REACH), -1):
        if words[r].norm in RELATIVES and upos(words[r + 1]) == "VERB" and \
                not any(w.punct for w in words[r:k]) and \
                any(m.first > r and m.last == k - 1 for m in ctx.mentions):
            return next((m for m in ctx.mentions if m.last == r - 1), None)
    return None


def _passive_agent(ctx: Context) -> Mention | None:
    """The actor after «من قبل» / «من جانب» right after the verb, when there is one."""
    return ctx.agent_at(ctx.hit.last + 1, bare_min=False)


def _agent_after_subject(ctx: Context, subject: Mention) -> Mention | None:
    """For a stance verb that takes no «من» object: the actor right after «من (قبل|جانب)» (or, for
    support, «من» alone) that follows the subject's coordinated group («تدعم قوات حفتر من الإمارات»)."""
    if ctx.trig.relation in SYMMETRIC or "من" in ctx.trig.target_markers:
        return None
    # (any other stance only with «من قبل/جانب»: «اتهمت تركيا من قبل اليونان بانتهاك المجال الجوي»)
    return ctx.agent_at(coordinated(ctx.words, ctx.mentions, subject)[-1].last + 1,
                        bare_min=ctx.trig.relation == "supports")


def _parenthetical_before(ctx: Context) -> Mention | None:
    """The first actor of a list in parentheses right before the verb, with nothing else inside."""
    words, hit = ctx.words, ctx.hit
    if hit.first < 3 or words[hit.first - 1].text != ")":
        return None
    opening = next((k for k in range(hit.first - 2, max(-1, hit.first - 16), -1) if words[k].text == "("), None)
    if opening is None:
        return None
    inside = [m for m in ctx.mentions if opening < m.first and m.last < hit.first - 1]
    return inside[0] if inside and inside[0].first == opening + 1 else None




def _for_an_unnamed_deed(ctx: Context) -> bool:
    """«التدخل الأجنبي لصالح حفتر»: does the phrase qualify the deed noun right before it (past its adjectives),
    whose doer no actor names?  (With one, «التدخل الإماراتي لصالح حفتر», the actor is the one right before.)"""
    words, k = ctx.words, ctx.hit.first - 1
    while k > 0 and upos(words[k]) == "ADJ" and words[k].norm.startswith("ال"):
        k -= 1
    return k >= 0 and not any(m.first <= j <= m.last for m in ctx.mentions for j in range(k, ctx.hit.first)) and \
        any(h.first <= k <= h.last and h.kind == "noun" and h.trigger.agent_is_target for h in ctx.hits)


def _statement_relative(ctx: Context) -> bool:
    """A verb right after an indefinite noun, with «فيه/خلاله» after it: a relative clause on
    what the subject issued or held (a statement, a speech, a press conference)."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind == "verb" and issued_statement(words, hit.first - 1, ctx.a):
        return True  # «أصدرت مصر بيانا يدين التحركات التركية»: the statement itself condemns
    if ctx.kind != "verb" or hit.first == 0 or hit.last + 1 >= len(words) or \
            words[hit.last + 1].norm not in masdar.RESUMPTIVE_IN:
        return False
    k = hit.first - 1
    issuer = _issuer_before(ctx)
    if issuer is not None and words[issuer.first].norm.lstrip("و") in REPORT_NOUNS:
        return True  # «في بيان لوزارة الخارجية المصرية انتقدت فيه»: the actor's mention took the statement in
    if issuer is not None:
        k = issuer.first - 1  # «تصريحات لوزير الخارجية الفرنسي انتقد فيها»
    while k > 0 and (upos(words[k]) == "ADJ" and not words[k].norm.startswith("ال") or
                     k > 1 and words[k].norm.startswith("ال") and upos(words[k - 1]) == "ADJ"
                     and not words[k - 1].norm.startswith("ال")):
        # («مؤتمرا صحفيا»; an adjective in construct, «ببيان شديد اللهجة اتهمت فيه»)
        k -= 1 if upos(words[k]) == "ADJ" and not words[k].norm.startswith("ال") else 2
    # (not a time: «في وقت تتهم فيه حكومة الوفاق …», the verb's subject follows «فيه»)
    return upos(words[k]) in ("NOUN", "PROPN") and not words[k].norm.startswith("ال") and \
        words[k].norm not in TIMES and not any(m.first <= k <= m.last for m in ctx.mentions)


def _report_of(ctx: Context, k: int) -> Mention | None:
    """The actor a report or statement at word ``k`` is of («تقرير خبراء الأمم المتحدة», «بيان للخارجية
    المصرية», past the body that wrote it: «تقرير لجنة خبراء الأمم المتحدة»): the report speaks for it."""
    words = ctx.words
    if k >= len(words) or words[k].norm.lstrip("و") not in REPORT_NOUNS:
        return None
    for j in range(k + 1, min(len(words), k + 2 + REPORT_BODY)):
        m = next((m for m in ctx.mentions if m.first == j and ctx.mk(m) in (None, "ل")), None)
        if m is not None or upos(words[j]) != "NOUN" or words[j].norm.startswith("ال"):
            return m
    return None


REPORT_BODY = 2  # nouns of the body that wrote a report, between it and the actor («تقرير لجنة خبراء …»)


TIMES = {"وقت", "حين", "يوم", "لحظه", "ساعه", "فتره", "مرحله", "اسبوع", "شهر", "عام"}  # normalised
REPORT_NOUNS = {"بيان", "تقرير"}  # what kg.actors joins to the «لـ» actor after it


def _issuer_before(ctx: Context) -> Mention | None:
    """The actor right before the verb as the «لـ» genitive of a statement («تصريحات لوزير الخارجية
    الفرنسي»), or a mention that took the statement in («بيان لوزارة الخارجية المصرية»); one behind «من»
    («مكالمة من ترامب أشاد خلالها») is the sender :func:`_author_of_speech` finds first."""
    words, k = ctx.words, past_marks_back(ctx.words, ctx.hit.first - 1)
    # («بيان للقيادة الأمريكية (أفريكوم) انتقدت فيه»: past the issuer named again in brackets)
    again = next((m for m in ctx.mentions if m.last == k - 1 and m.first >= 2 and words[m.first - 1].text == "("),
                 None) if k >= 0 and words[k].text == ")" else None
    k = again.first - 2 if again is not None else k
    return next((m for m in ctx.mentions if m.last == k and (again is None or m.actor == again.actor) and
                 (ctx.mk(m) == "ل" or words[m.first].norm.lstrip("و") in REPORT_NOUNS)), None)


MEMBER_REACH = 8  # words from the verb to «منها/من بينها X» after its object


def _listed_before(ctx: Context) -> Mention | None:
    """The first member of a list set off by commas («، ومنها X و Y،») that ends right before the verb."""
    return listed_before(ctx.words, ctx.mentions, ctx.hit.first)


def _member_listed(ctx: Context, obj: Mention | None) -> Mention | None:
    """The first actor listed after «مثل/منها/من بينها/أبرزها» (a parenthesis allowed) past the verb's
    object, within reach: a member of the verb's subject."""
    words, hit = ctx.words, ctx.hit
    start = obj.last if obj is not None else hit.last
    for m in ctx.after:
        if m is obj or m.first <= start or m.first > start + MEMBER_REACH:
            continue
        k = m.first - 1
        if words[k].text == "(":
            k -= 1
        if k > start and words[k].norm in INCLUDING | LIST_HEADS:
            return m
        if k - 2 > start and including_phrase(words, k - 2):
            return m  # («وتدعم دول عدة حفتر، بما في ذلك روسيا والإمارات»)
    return None


def _met_where_visited(ctx: Context) -> Subject | None:
    """«زار كونتي ليبيا، حيث التقى في طرابلس رئيس المجلس الرئاسي»: a meeting verb after «حيث», in the clause
    of a visit, with no pronoun on it and no «بـ/مع» phrase naming the one met, has the visitor as its dropped
    subject and the first actor after it, past a phrase of place, as the one met (the parser may make that
    actor the subject)."""
    words, hit = ctx.words, ctx.hit
    # («بعد محطتين في روما وبرلين التقى خلالهما كونتي وميركل»: or right before «خلالها», during the visit or stop)
    during = hit.last + 1 < len(words) and words[hit.last + 1].norm in DURING_IT and not has_pronoun(words[hit.first])
    if not during and (ctx.trig.relation != "met" or hit.first == 0 or words[hit.first - 1].norm not in ("حيث", "وحيث") or
                       has_pronoun(words[hit.first]) or
                       not any(w.norm.lstrip("وفب").startswith(VISITS) or w.norm in VISITED
                               for w in words[max(ctx.a, hit.first - VISIT_REACH):hit.first])):
        return None
    if during and (ctx.trig.relation != "met" or hit.kind != "verb"):
        return None
    clause = [m for m in ctx.after if not any(w.punct for w in words[hit.last + 1:m.first])]
    if any(ctx.mk(m) in ("ب", "مع") for m in clause):
        return None  # «حيث التقى السراج بالرئيس التركي»: the actor right after is the subject
    met = next((m for m in clause if ctx.mk(m) is None), None)
    visitor = (_visitor_before(ctx) if during else None) or ctx.unmarked_before() or ctx.salient
    if met is None or visitor is None or ctx.party(met) == ctx.party(visitor):
        return None
    return Subject(visitor, "verb-svo-far", met)


def _visitor_before(ctx: Context) -> Mention | None:
    """«أن حفتر زار السعودية، والتقى خلالها الملك سلمان»: the subject of the last visit verb before the trigger
    in its sentence, before the verb or right after it («زار حفتر الرياض»)."""
    words, mentions = ctx.words, ctx.mentions
    k = next((k for k in range(ctx.hit.first - 1, -1, -1) if words[k].norm in VISITED), None)
    if k is None:
        return None
    return next((m for m in reversed(mentions) if m.last == k - 1 and marker_before(words, m) is None), None) or \
        next((m for m in mentions if m.first == k + 1 and ctx.kind_of(m) == "Person"), None)


def _implicit_relative(ctx: Context) -> bool:
    """Is the verb a relative clause on the indefinite noun right before it («دولا عربية تدعم
    حفتر»: countries that support)?  Arabic writes no «التي» after an indefinite antecedent."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb" or hit.first == 0 or conjunction_on(words[hit.first]):
        return False
    k = hit.first - 1
    while k >= 0 and upos(words[k]) in ("NOUN", "ADJ") and not words[k].norm.startswith("ال") \
            and not any(m.first <= k <= m.last for m in ctx.mentions):
        if clitic_marker(words[k]):
            return False  # «بمشاورات طويلة»: a prepositional phrase, no antecedent
        k -= 1
    if k == hit.first - 1:
        return False
    verb = words[hit.first].norm
    if verb.endswith("ا") and not verb.endswith("وا") and not words[k + 1].norm.endswith(("ان", "ين")):
        # «قصفت طائرات إماراتية مواقع مدنية دعما لقوات حفتر»: a form in «ـا» is an accusative masdar of purpose
        # the tagger reads as a verb, not a dual verb, which would need a dual noun before it
        return False
    # «بعد مشاورات طويلة تؤيد»: after a preposition the noun phrase is no antecedent either
    return k < 0 or not (upos(words[k]) == "ADP" or words[k].norm in NOMINAL_BEFORE)


CLAUSE_OPENERS = {"كما", "حيث", "ثم", "قد", "لقد", "وقد", "فقد", "بينما", "فيما", "اذ", "عندما"}  # before a verb
# normalised heads of a state's bodies and forces (a plural of things takes the feminine verb: «قالت قوات حفتر»)
NEGATED_JOINS = {"ولا", "ولم", "ولن"}  # normalised: «و» on the negator of the verb after it
FEMININE_HEADS = {"حكومه", "الحكومه", "وزاره", "الخارجيه", "الرياسه", "قوات", "القوات", "سلطات", "السلطات"}


AMONG = {"اوايل", "ابرز", "اكثر", "بين", "اهم"}  # normalised: «من أوائل/أبرز/بين الدول التي …»


def _one_of_those_who(ctx: Context) -> Mention | None:
    """«كانت مصر من أوائل الدول التي دعمت …», «تعد روسيا من بين الدول التي تدعم …»: the actor named
    right before «من (أوائل) الدول التي» is one of those the relative clause is about."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 3 or words[k].norm not in RELATIVES or any(m.last == k - 1 for m in ctx.mentions):
        return None
    j = k - 2
    if words[j].norm in AMONG:
        j -= 1
    if j < 1 or words[j].norm != "من":
        return None
    return next((m for m in ctx.mentions if m.last == j - 1 and marker_before(ctx.words, m) is None), None)


def _sentence_subject(ctx: Context, other: Mention) -> Mention | None:
    """The first actor of the sentence with no preposition, or whose statement it opens with
    («وجاءت تصريحات المتحدث باسم الجيش»), of another side than ``other``."""
    words = ctx.words
    for m in ctx.mentions:
        if m.first >= ctx.hit.first:
            return None
        head = words[m.first - 1].norm.lstrip("و") if m.first > 0 else ""
        if ctx.party(m) != ctx.party(other) and (marker_before(words, m) is None or head in STATEMENT_NOUNS):
            return m
    return None


def _participle_clause(words: list, mentions: list[Mention], k: int) -> int | None:
    """Where a circumstantial participle set off by a comma («، داعيا», «، مؤكدا», «، واصفا») opens a
    clause of its own after word ``k``."""
    for j in range(k + 1, len(words) - 1):
        if words[j].norm in ("،", ",") and participle(words[j + 1]) and not any(m.first == j + 1 for m in mentions):
            return j
    return None


MET_AFTER_ASIDE_REACH = 3  # words from an aside's closing comma to the one met («برئيس الوزراء …», «المشير حفتر»)


def _lone_guest(ctx: Context, m: Mention) -> bool:
    """Whether ``m`` is a meeting verb's only actor after it, in a clause the verb opens («حيث»,
    «ثم», «، و…») after an actor, or at the head of a sentence after one that named the salient
    actor: a transitive verb like «التقى» with one actor and no other object has lost its subject,
    not its object.  A verb with an object pronoun («حيث استقبله») has its object, and a reported or
    relative clause («إن», «الذي») its own subject."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "verb" or ctx.trig.relation not in SYMMETRIC or has_pronoun(words[k]):
        return False
    # (an actor inside a relative clause on the guest is no second object: «والتقى السيسي الذي أكد دعم مصر …»)
    # (nor one in the clause after a comma: «حيث التقى رئيس المجلس الرئاسي فائز السراج، وأكد الدعم التركي …»)
    relative = next((j for j in range(m.last + 1, len(words)) if words[j].norm in RELATIVES or words[j].punct),
                    len(words))
    if any(a is not m and a.first < relative for a in ctx.after) or not _opens_clause(words, k):
        return False
    # (nor one whose partner, behind «بـ/مع» or none, follows asides after it: «وقد اجتمعت ميركل، على هامش القمة،
    # بالسراج», «واستقبل الوزير، الجمعة، في أثينا، المشير حفتر»)
    # (not one present, behind «بحضور»: kgt:presence)
    present = ctx.present_at()
    j = m.last
    for _ in range(1 + CHAINED_ASIDES):
        aside = aside_span(words, j)
        if aside is None or aside[0] != j + 1:
            break
        close, j = aside[1], aside[1] - 1
        if any(close < a.first <= close + MET_AFTER_ASIDE_REACH and ctx.mk(a) in (None, "ب", "مع")
               and a.first not in present for a in ctx.after):
            return False
    if any(b.last < k and ctx.mk(b) is None for b in ctx.before):
        return True
    # «وصل حفتر إلى القاهرة. والتقى الرئيس المصري»: the sentence opens with the verb, and the one
    # before named who arrived, who is the subject; not when the parse gives the verb an object of its
    # own («والتقى السيسي وفدا من رجال الأعمال»)
    # (only a preposition, an adverb or a relative pronoun after the actor, as the parse is no guide
    # here: «وفدا» splits as و + فدا)
    nxt = words[m.last + 1] if m.last + 1 < len(words) else None
    no_object = nxt is None or nxt.punct or upos(nxt) in ("ADP", "ADV", "SCONJ") or nxt.norm in RELATIVES or \
        clitic_marker(nxt) is not None
    return not ctx.before and ctx.salient is not None and k <= 1 and no_object


def _opens_clause(words: list, k: int) -> bool:
    """Does the verb at word ``k`` open a clause: first, after punctuation or a clause opener («كما»,
    «حيث», «ثم» …), or joined by «و/ف»?"""
    return k == 0 or words[k - 1].punct or words[k - 1].norm in CLAUSE_OPENERS or conjunction_on(words[k])


def _object_after(ctx: Context, m: Mention) -> bool:
    """A definite noun right after the actor that follows the verb, itself no actor: the verb's object,
    so the actor is its subject, whatever the parse («وأدانت حكومة الوفاق الهجوم»)."""
    k = coordinated(ctx.words, ctx.mentions, m)[-1].last + 1
    if k >= len(ctx.words) or not ctx.words[k].norm.startswith("ال") or \
            any(o.first <= k <= o.last for o in ctx.mentions):
        return False
    # (a deed's noun the tagger calls an adjective after a name: «حكومة الوفاق الهجوم»)
    return upos(ctx.words[k]) == "NOUN" or any(h.first == k and h.kind == "noun" for h in ctx.hits)


def _masculine_verb(ctx: Context) -> bool:
    """Is the trigger a third-person masculine singular verb, by the tagger and by its own letters (the
    tagger's gender alone is not trusted: «أيدت» tagged masculine)?"""
    token = ctx.words[ctx.hit.first].stem
    text = strip_diacritics(token.text)
    stems = ctx.trig.verb + [ph[0] for ph in ctx.trig.phrases]

    def bare_perfect(form: str) -> bool:  # the trigger's own verb, with no «ت» of the feminine after it
        return form in stems and not form.startswith(("ت", "ي", "ن"))

    # (the tokenizer may cut the word elsewhere than after its «و/ف», «فاتهم» into «فات» + «هم»: the written word,
    # past «و/ف», the bare perfect of the trigger's verb, is masculine whatever its pieces)
    written = normalize(strip_diacritics(ctx.words[ctx.hit.first].text))
    written = written[1:] if written[:1] in ("و", "ف") and len(written) > 3 else written
    if len(ctx.words[ctx.hit.first].tokens) > 1 and bare_perfect(written):
        return True
    if token.upos != "VERB":
        # (the tagger took it for a noun, «وطالبها» as a student: the bare perfect of the trigger's own verb is
        # masculine)
        return bare_perfect(normalize(text))
    if (token.feat("Gender"), token.feat("Number"), token.feat("Person")) != ("Masc", "Sing", "3"):
        return False
    aspect = token.feat("Aspect")
    # («تعارض»: the perfect of «تعارض» or the feminine imperfect of «عارض»)
    return not text.startswith("ت") and (aspect == "Perf" and not text.endswith("ت") or
                                         aspect == "Imp" and text.startswith("ي"))


def _unagreeing(ctx: Context, m: Mention) -> bool:
    """A third-person masculine singular verb right before a state's bare name or a feminine body of
    it (مصر، تركيا، حكومة الوفاق): news Arabic gives these the feminine verb («طالبت تركيا»), so the
    state is the object and the subject is dropped («دعا الاتحاد … كما طالب تركيا بسحب …»)."""
    if not _masculine_verb(ctx) or _feminine_perfect(ctx):
        return False  # («التقت ميركل …»: the tagger may call the feminine perfect masculine)
    k = ctx.hit.first
    # («بعد أن استقبل …»: or right after «أن»)
    if not (_opens_clause(ctx.words, k) or (k > 0 and ctx.words[k - 1].norm in COMPLEMENTIZERS)):
        return False  # («أبلغ نظيره … رفض باريس القاطع»: a masdar the tagger took for a verb, in the middle of a clause)
    head = ctx.words[m.first].norm
    bare_state = m.first == m.last and ctx.kind_of(m) == "State" and (not head.startswith("ال") or head.endswith("ات"))
    # («وكان قد استقبل ميركل»: nor a woman named by her name, who takes the feminine verb as her subject)
    return m.kind == "name" and (bare_state or head in FEMININE_HEADS or _named_person(ctx, m, "Fem"))


def _feminine_before_man(ctx: Context, m: Mention) -> bool:
    """A third-person feminine verb («تدعم», «دعمت») right before a man named by his name: he cannot
    be its subject."""
    return _feminine_verb(ctx) and _named_person(ctx, m, "Masc")


def _named_person(ctx: Context, m: Mention, gender: str) -> bool:
    """Is ``m`` a person named by their name, a man («Masc») or a woman («Fem») as ``gender`` says?"""
    return m.kind == "name" and ctx.kind_of(m) == "Person" and mention_gender(ctx.words, m, ctx.kind_of(m)) == gender


def _feminine_verb(ctx: Context) -> bool:
    """Is the trigger a third-person feminine singular verb («تدعم», «دعمت»), by the tagger and its letters?"""
    word = ctx.words[ctx.hit.first]
    token = word.stem
    text = word.norm[1:] if conjunction_on(word) else word.norm
    # (the tagger's gender, and the verb's own letters agreeing: «تدعم», «دعمت»)
    feminine = token.upos == "VERB" and (token.feat("Gender"), token.feat("Number"), token.feat("Person")) == \
        ("Fem", "Sing", "3") and (text.startswith("ت") if token.feat("Aspect") == "Imp" else text.endswith("ت"))
    if text.startswith("ت") and any(stem.startswith("ت") and text.startswith(stem) for stem in ctx.trig.verb):
        feminine = False  # («توعد المسماري …»: the perfect of a verb whose stem begins with «ت»)
    return feminine


def _feminine_perfect(ctx: Context) -> bool:
    """Is the trigger a perfect verb with the feminine «ت» after its stem («التقت», «دعمت»), whatever the tagger's
    gender (it reads «التقت» as masculine)?  Not a stem that ends in «ت» itself («صوت»)."""
    word = ctx.words[ctx.hit.first]
    text = word.norm[1:] if conjunction_on(word) else word.norm
    return ctx.kind == "verb" and text.endswith("ت") and any(
        text != stem and stem.startswith(text[:-1]) and len(stem) - len(text[:-1]) <= 1 for stem in ctx.trig.verb)


def _drops_no_man(ctx: Context, src: Mention) -> bool:
    """A feminine verb drops no man for its subject: «… وقد اجتمعت ميركل، في مقر المستشارية، بالمشير حفتر» is hers,
    not the man the sentence before named."""
    return (_feminine_verb(ctx) or _feminine_perfect(ctx)) and _named_person(ctx, src, "Masc")


# normalised, also with the accusative «ا»: what one says something in («ألقى كلمة أشاد فيها بـ …»)
SPEECHES = ("كلمه", "بيان", "خطاب", "تصريحات", "تصريح", "رساله", "مقابله", "موتمر", "تغريده", "تدوينه", "تقرير")
IN_IT = {"فيه", "فيها"}
LETTERS = ("رساله", "رسايل", "برقيه")  # normalised: a letter or cable, whose «لـ» is whom it is for
# words from the speech noun to the verb that resumes it, a relative clause between («ألقى كلمة أمام ضباط
# البحرية الروسية الذين اصطفوا لتحيته، أشاد فيها …»)
SPEECH_REACH = 20


def _author_of_speech(ctx: Context) -> Mention | None:
    """«ألقى المشير كلمة أمام ضباط البحرية الروسية، أشاد فيها بالدور الروسي», «أصدرت الخارجية بيانا
    أدانت فيه …»: a verb that «فيه/فيها» ties to a speech or statement named before it says what its author
    said; the author is the subject of the verb that gave the speech (unmarked, before the speech noun), not
    whoever the speech was given before; a message or call received «من X» is X's.  A verb that opens the
    sentence with «فيه/خلاله» and no speech named in it («عقد المسماري مؤتمرا صحفيا. ووصف خلاله …») ties to
    the one the text is about."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb" or hit.last + 1 >= len(words) or words[hit.last + 1].norm not in masdar.RESUMPTIVE_IN:
        return None
    # «تلقى حفتر رسالة من ماكرون أشاد فيها …», «مكالمة هاتفية من ترامب أشاد خلالها …»: the one an indefinite
    # message or call came from, right before the verb, said it
    sender = next((m for m in ctx.mentions if m.last == hit.first - 1 and m.first >= 2
                   and words[m.first - 1].norm == "من" and upos(words[m.first - 2]) in ("NOUN", "ADJ")
                   and not words[m.first - 2].norm.startswith("ال")), None)
    if sender is not None:
        return sender
    noun = next((k for k in range(hit.first - 1, max(-1, hit.first - 1 - SPEECH_REACH), -1)
                 if words[k].norm.lstrip("و") in SPEECHES or words[k].norm.lstrip("و")[:-1] in SPEECHES), None)
    if noun is None:
        return ctx.salient if hit.first == ctx.a == 0 and not ctx.before else None
    if words[hit.last + 1].norm not in IN_IT:
        return None
    issuer = next((m for m in ctx.mentions if m.first == past_marks(words, noun + 2) and m.last < hit.first and
                   ctx.mk(m) is None), None) \
        if noun + 2 < hit.first and any(stem_match(words[noun + 1], v, "verb") for v in ISSUING) else None
    if issuer is not None:
        return issuer  # «تقرير أصدرته وزارة الخارجية الأمريكية، اتهمت فيه …»: who issued it, right after it
    # («على بيان للخارجية الأمريكية انتقدت فيه …», «تصريحات لوزير الخارجية الأمريكي حمل فيها …»: or its own «لـ»
    # genitive, which kg.actors joins to a statement; not the one a letter is for: «رسالة لحفتر أشاد فيها بـ…»)
    issuer = next((m for m in ctx.mentions if m.last < hit.first and (m.first == noun or (
        m.first == noun + 1 and ctx.mk(m) == "ل" and not words[noun].norm.lstrip("و").startswith(LETTERS)))), None)
    if issuer is not None:
        return issuer
    author = next((m for m in ctx.mentions if ctx.a <= m.first and m.last < noun and marker_before(words, m) is None),
                  None)
    return author if author is not None else (ctx.salient if not any(m.last < noun for m in ctx.mentions) else None)


def _subject_after_resumptive(ctx: Context) -> tuple[Mention, str, Mention] | None:
    """«في تقرير اتهمت فيه وزارة الخارجية الأمريكية موسكو بـ…»: two actors right after the verb and «فيه/خلاله»,
    unmarked, are its subject and its object (one alone may be the object of the statement's issuer: «أصدرت
    الخارجية بيانا أدانت فيه تركيا»); the subject, the rule and the object."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb" or hit.last + 2 >= len(words) or words[hit.last + 1].norm not in masdar.RESUMPTIVE_IN:
        return None
    first = next((m for m in ctx.after if m.first == past_marks(words, hit.last + 2) and ctx.mk(m) is None), None)
    if first is None:
        return None
    j = coordinated(words, ctx.mentions, first)[-1].last
    # (past the subject named again, «القيادة الأمريكية (أفريكوم)», and an aside in commas)
    while True:
        j = _aside_after(words, j) or j
        again = next((m for m in ctx.after if m.first == past_marks(words, j + 1) and m.actor == first.actor), None)
        if again is None:
            break
        j = again.last
    obj = next((m for m in ctx.after if m.first == past_marks(words, j + 1) and ctx.mk(m) is None), None)
    return (first, "verb-vso", obj) if obj is not None and ctx.party(obj) != ctx.party(first) else None


def _already_done_by(ctx: Context) -> Mention | None:
    """«وسبق لأنقرة أن اتهمت أبوظبي …»: "Ankara had already accused": the one behind «لـ» after «سبق»,
    right before «أن» and the verb, did it."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 2 or words[k].norm != "ان":
        return None
    m = next((m for m in ctx.before if m.last == k - 1), None)
    return m if m is not None and m.first > 0 and words[m.first - 1].norm.lstrip("و") == "سبق" else None


def _held_by_other_stance(ctx: Context, m: Mention) -> bool:
    """Is ``m``, for a support, the genitive of a reaction against right before it («أثار إعلان أردوغان إرسال قوات
    إلى ليبيا غضب القاهرة»: Cairo's anger, no one the forces are sent to)?  Not of a deed: backing an actor's
    attack backs the actor («تقف وراء هجوم حفتر»)."""
    return ctx.trig.relation == "supports" and any(
        h.kind == "noun" and h.last == m.first - 1 and h.trigger.relation == "opposes" and
        not any(stem_match(ctx.words[h.first], n, "noun") for n in ATTACKS) and
        not h.trigger.agent_is_target and not h.trigger.reported_deed
        for h in ctx.hits)


def _of_purpose(word: Word) -> bool:
    """«لتنتقد», «ليدين»: an imperfect behind the «لـ» of purpose (also behind «و/ف»), of five letters or more."""
    norm = word.norm
    return PURPOSE_VERB.match(norm) is not None and len(norm) - (norm[0] in ("و", "ف")) > 4


def _purpose_subject(ctx: Context) -> Mention | None:
    """«خرج المتحدث باسم الجيش بعد يومين ليصف بيان السراج بأنه …», «عاد الوزير المصري ليحذر من …»: an
    imperfect behind the «لـ» of purpose says what the subject of the verb before it went or came back to do, the
    actor right before that verb or right after it."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb" or not PURPOSE_VERB.match(words[hit.first].norm):
        return None
    for j in range(hit.first - 1, max(-1, hit.first - 2 - PURPOSE_REACH), -1):
        if words[j].punct:
            return None
        m = next((m for m in ctx.mentions if m.last == j), None)
        if m is not None:
            # (the verb opening the sentence, which the tagger may read as a noun: «وعاد الوزير بعد ساعات ليحذر»)
            opens = m.first == 1 and conjunction_on(words[0])
            return m if m.first > 0 and (upos(words[m.first - 1]) == "VERB" or opens) and ctx.mk(m) is None else None
        if upos(words[j]) == "VERB":
            return next((m for m in ctx.before if m.last == j - 1 and ctx.mk(m) is None), None)
    return None


def _past_time(words: list, k: int) -> int:
    """The first word from word ``k`` on past the day or time news copy puts right after a verb, before its
    subject: «اليوم الاثنين», «أمس», «مساء الأحد», «يوم الثلاثاء»."""
    j = k
    while j < len(words) and (words[j].norm in WHEN or
                              words[j].norm == "يوم" and j + 1 < len(words) and words[j + 1].norm in WHEN):
        j += 1
    return j if j < len(words) else k


LONG_TITLE = 10  # words of a title before a person's name after a verb («مفوض الشؤون الخارجية والأمنية …»)


def _accusative_of_purpose(ctx: Context) -> Mention | None:
    """The subject of the clause before «، دعما لـ…» («دعما», «تأييدا»: an indefinite accusative masdar after a comma,
    its object behind «لـ» right after it): the first actor of the sentence with no preposition."""
    words, hit = ctx.words, ctx.hit
    bare = strip_diacritics(words[hit.first].text)
    if hit.first < 2 or hit.first != hit.last or words[hit.first - 1].norm not in ("،", ",") or \
            not bare.endswith("ا") or bare.startswith("ال") or hit.last + 1 >= len(words) or \
            clitic_marker(words[hit.last + 1]) != "ل" or not any(stem_match(words[hit.first], n, "noun")
                                                                 for n in ctx.trig.noun):
        return None
    return ctx.first_unmarked(hit.first - 1)


def _long_titled(ctx: Context, own: int) -> Mention | None:
    """The name a long title opening at word ``own`` ends on: nouns, adjectives and prepositions, no comma or verb,
    any actor inside it the name's own party («مفوض الشؤون الخارجية والأمنية بالاتحاد الأوروبي جوزيب بوريل»)."""
    words = ctx.words
    if own >= len(words) or upos(words[own]) != "NOUN" or clitic_marker(words[own]) is not None:
        return None
    name = next((m for m in ctx.after if m.kind == "name" and own + 2 < m.first <= own + LONG_TITLE
                 and ctx.kind_of(m) == "Person"), None)
    if name is None or any(w.punct or upos(w) in ("VERB", "AUX") for w in words[own:name.first]):
        return None
    inside = [m for m in ctx.after if own <= m.first and m.last < name.first]
    return name if all(ctx.party(m) == ctx.party(name) for m in inside) else None


def _close_to(ctx: Context, own: int) -> Mention | None:
    """The actor after «مقربة من» when the verb's subject is a noun or two close to it («مصادر مقربة من حفتر»,
    «وسائل إعلام مقربة من القاهرة»)."""
    words = ctx.words
    for j in range(own + 1, min(own + 3, len(words) - 2)):
        if words[j].norm in CLOSE_TO and words[j + 1].norm == "من":
            if not all(upos(w) == "NOUN" for w in words[own:j]) or any(m.first < j for m in ctx.after):
                return None
            return next((m for m in ctx.after if m.first == j + 2), None)
    return None


CLEFT_PRONOUNS = {"هي", "هو", "هم", "هما"}  # normalised
CLEFT_RELATIVES = {"من", "التي", "الذي", "الذين", "اللذان", "اللتان"}


def _whoever(ctx: Context) -> bool:
    """«من يدعم حفتر», «من يقفون خلفه»: an imperfect verb right after «من» has «من» ("whoever") for subject, not
    an actor named before, as after «الذين» with no antecedent; and so does the verb whose subject that clause is
    («إن من يقفون خلف حفتر يتحملون …»)."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind not in ("verb", "phrase"):
        return False
    if k > 0 and words[k - 1].norm in ("من", "ومن") and upos(words[k]) == "VERB" and \
            words[k].norm.lstrip("و")[:1] in ("ي", "ت"):
        return True
    # («إن "الذين يدعمون الانقلابي حفتر سيدفعون الثمن"»: a relative pronoun with no antecedent, right after «إن» or
    # a quotation mark that opens the clause, is "those who")
    rel = past_marks_back(words, k - 1)
    opener = past_marks_back(words, rel - 1) if rel >= 1 else -1
    if opener >= 0 and words[rel].norm in ("الذين", "اللذين", "اللتين") and words[opener].norm in COMPLEMENTIZERS:
        return True
    that = next((j for j in range(k - 1, ctx.a - 1, -1) if words[j].norm in COMPLEMENTIZERS), None)
    return that is not None and that + 2 < k and words[that + 1].norm == "من" and upos(words[that + 2]) == "VERB" \
        and not any(w.punct for w in words[that + 1:k])


def _cleft_subject(ctx: Context) -> Mention | None:
    """«إن الإمارات هي من قدمت الطائرات لحفتر», «فرنسا "هي التي دعمت حفتر"»: an actor, a pronoun and «من/التي»
    right before the verb single out the actor as the one who did it, the verb's subject."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "verb" or k < 3 or words[k - 1].norm not in CLEFT_RELATIVES or \
            words[k - 2].norm not in CLEFT_PRONOUNS:
        return None
    j = past_marks_back(words, k - 3)  # (a quotation mark may open before the pronoun)
    return next((m for m in ctx.before if m.last == j), None)


# normalised, without the article: the head nouns of phrases of goods that nobody does («شحنات الأسلحة», «تدفق
# الأسلحة», «وصول أسلحة»): shipments, and the flow or arrival of what is sent
GOODS_HEADS = {"شحنات", "شحنه"} | ARRIVAL_NOUNS
PREPOSITIONS = {"ب", "ل", "عن", "من", "علي", "الي", "في"}  # normalised: before a phrase, written on it or apart


def _goods_governed(ctx: Context) -> bool:
    """«ندد المسماري بشحنات الأسلحة التي تنقلها تركيا …», «أعرب عن قلقه من تدفق الأسلحة …»: a phrase of goods headed
    by shipments, a flow or an arrival, behind a preposition, is what the verb before it governs; its subject is
    no one who sends them (who does, a verb or a nationality of their own says)."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "phrase":
        return False
    clitics = proclitic_on(words[k].norm, GOODS_HEADS)
    if clitics is None:
        return False
    return clitics.removeprefix("و") != "" or (k > 0 and words[k - 1].norm.removeprefix("و") in PREPOSITIONS)


def subject_of(ctx: Context) -> Subject | None:
    """The verb's subject and the construction that found it; None: no stance here."""
    words, mentions, hit, before, after, kind, salient = \
        ctx.words, ctx.mentions, ctx.hit, ctx.before, ctx.after, ctx.kind, ctx.salient
    if _goods_governed(ctx):
        return None
    accused = _accused_after_la(ctx) or _joined_charge(ctx)
    if accused is not None:
        return Subject(accused, "verb-accused")
    named = _subject_after_resumptive(ctx)
    if named is not None:
        # «في تقرير اتهمت فيه وزارة الخارجية الأمريكية موسكو بـ…»: the statement's verb with its own subject
        # and object after «فيه», whoever spoke before
        return Subject(*named)
    speaker = _author_of_speech(ctx)
    if speaker is not None:
        return Subject(speaker, "verb-in-speech")
    author = _document_author(ctx)
    if author is not None:
        # «ودعا مشروع القرار الذي قدمته بريطانيا إلى محاسبة حفتر»: a document whose author a relative clause names
        return Subject(author, "verb-svo")
    cleft = _cleft_subject(ctx)
    if cleft is not None:
        return Subject(cleft, "verb-svo")
    if _whoever(ctx):
        # «إن من يقفون خلف حفتر يتحملون …، في إشارة إلى الإمارات ومصر»: «من» is the subject, whoever it is; the
        # ones alluded to after the clause, if any, else nobody named
        alluded = ctx.alluded()
        return Subject(alluded, "verb-svo") if alluded is not None else None
    if ctx.kind == "verb" and document_subject(ctx.words, ctx.hit.first, ctx.a):
        # «انتقدت تركيا بيانا يدعم قوات حفتر»: a statement nobody named issued says it («رفضت روسيا مشروع بيان
        # بريطاني يدعو حفتر إلى …»: its nationality adjective, its author)
        author = document_nationality(ctx.words, ctx.before, ctx.hit.first, ctx.a)
        return Subject(author, "verb-svo") if author is not None else None
    if kind == "verb" and hit.first > 0 and words[hit.first - 1].norm in PRONOUN_PARTICLES:
        # «قال أردوغان إن بلاده ستواصل دعم حكومة الوفاق، لكنه حذر حفتر من …», «انتقدت موسكو الوجود التركي، لكنها
        # استقبلت وفدا من حكومة الوفاق»: the pronoun on «لكن/إن» right before the verb is its subject, the actor
        # before of its gender; the actor after the verb is its object
        # (only one of the pronoun's gender: «رفضت حكومة الوفاق البيان، معتبرة أنه ينحاز إلى حفتر», the statement)
        taken_up = _first_that_subject(ctx)
        if taken_up is not None:
            return Subject(taken_up, "verb-svo")
        referent = ctx.referent(None, possessive=True, at=hit.first - 1)
        if referent is not None and referent.last < hit.first and \
                mention_gender(words, referent, ctx.kind_of(referent)) == pronoun_gender(words[hit.first - 1]):
            return Subject(referent, "verb-svo")
    purpose = _accusative_of_purpose(ctx)
    if purpose is not None:
        # «صادق البرلمان التركي على تمديد مهام القوات التركية، دعما لحكومة الوفاق»: the accusative masdar of purpose
        # after a comma says why the clause's subject acted
        return Subject(purpose, "verb-svo")
    already = _already_done_by(ctx)
    if already is not None:
        return Subject(already, "verb-svo")
    aim = _purpose_subject(ctx)
    if aim is not None:
        return Subject(aim, "verb-purpose")
    addressed = ctx.unmarked_before() if kind == "phrase" else None
    asking = masdar.demander(ctx, addressed) if addressed is not None else None
    if asking is not None:
        # «طالب البرلمان مجلس الأمن بسحب الاعتراف بالحكومة»: a phrase behind «بـ/إلى» right after the one
        # a demand addresses is asked of it; the one who demands takes the stance (as for a masdar)
        return Subject(asking, "verb-asked")
    parsed = ctx.parsed_subject()
    if parsed is not None and parsed.kind == "demonym" and parsed.first > hit.last + 1 and \
            ctx.trig.relation == "opposes" and \
            any(h.kind == "noun" and h.trigger.relation == "supports" and h.last == parsed.first - 1 for h in ctx.hits):
        parsed = None  # «كما انتقد الدعم الإماراتي …»: the nationality of the masdar after the verb is its agent
    # («في وقت تتهم فيه حكومة الوفاق …»: past the relative clause's «فيه», which resumes the time or place; and past a
    # preposition with its pronoun, which comes before the subject: «ورحبت بها الإمارات», the object is «بها»)
    own = hit.last + 2 if kind == "verb" and hit.last + 1 < len(words) and \
        (words[hit.last + 1].norm in IN_IT or pronoun_phrase(words[hit.last + 1])) else hit.last + 1
    if kind == "verb":
        own = _past_time(words, own)  # («استقبل اليوم الاثنين الرئيس التركي …»: the day before the subject)
    own = past_marks(words, own)  # («وأدانت "الخارجية القطرية" …»: the subject in quotation marks)
    direct_after = next((m for m in after if m.first == own and ctx.mk(m) is None), None)
    titled = _long_titled(ctx, own) if kind == "verb" and direct_after is None else None
    if titled is not None:
        # «انتقد مفوض الشؤون الخارجية والأمنية بالاتحاد الأوروبي جوزيب بوريل الدور التركي»: a long
        # title before the name, an actor of the name's own side inside it
        direct_after = titled
    close = _close_to(ctx, own) if kind == "verb" and direct_after is None else None
    if close is not None:
        # «تتهم وسائل إعلام مقربة من الرياض وأبوظبي الدوحة بتمويل …»: media or sources close to actors speak
        # for them; the actor after that list is the object
        group = coordinated(words, mentions, close)
        obj = next((m for m in after if m.first == group[-1].last + 1 and ctx.mk(m) is None), None)
        return Subject(close, "verb-vso", obj)
    unagreeing = kind == "verb" and direct_after is not None and _unagreeing(ctx, direct_after)
    # («والتقى نظيره المصري»: «his counterpart» right after the verb is its object, the subject dropped)
    unagreeing = unagreeing or (kind == "verb" and direct_after is not None and
                                words[direct_after.first].norm.lstrip("و").startswith("نظير") and
                                has_pronoun(words[direct_after.first]))
    if unagreeing and parsed is direct_after:
        parsed = None  # «كما طالب تركيا بسحب قواتها»: a masculine verb, a feminine state after it: its object
    if kind == "verb" and direct_after is not None and _feminine_before_man(ctx, direct_after):
        # «وتدعم حفتر قوى إقليمية أبرزها الإمارات ومصر»: a feminine verb before a man's name: he is the
        # object, and the subject, a noun kg does not know, lists its members after it
        member = _member_listed(ctx, direct_after)
        if member is not None:
            return Subject(member, "verb-including", direct_after)
        # («وتدعم حفتر روسيا»: the state right after him is the subject)
        state = next((m for m in after if m.first == direct_after.last + 1 and ctx.mk(m) is None
                      and ctx.kind_of(m) == "State"), None)
        if state is not None:
            return Subject(state, "verb-vso", direct_after)
    if parsed is not None and parsed.first > hit.last and direct_after is not None and \
            direct_after.last < parsed.first and \
            any(words[k].norm in ("،", ",") for k in range(direct_after.last + 1, parsed.first)):
        # «وكان لودريان قد اتهم أنقرة بانتهاك الحظر، مطالبا الاتحاد الأوروبي …»: an actor past the verb's
        # object and a comma is another clause's (the parser hangs it on the verb)
        parsed = None
    if parsed is not None and parsed.last < hit.first and \
            any(words[k].norm in COMPLEMENTIZERS for k in range(parsed.last + 1, hit.first)):
        parsed = None  # «قال الاتحاد الأوروبي إن دولا كثيرة انتهكت …»: the clause after «إن» has its own subject
    if parsed is not None and parsed.last < hit.first and while_closed(words, parsed.first, hit.first):
        parsed = None  # («وبينما نفى الكرملين إرسال جنود، أدانت تركيا …»: so has a clause of «بينما» before the verb)
    if parsed is not None and parsed.first > hit.last and ctx.trig.relation in SYMMETRIC and \
            ctx.mk(parsed) in ("ب", "مع"):
        parsed = None  # («حيث اجتمع برئيس مجلس النواب»: one behind «بـ/مع» after a meeting verb is met, no subject)
    # a subject has no preposition («اللواء الموالي لمجلس النواب التقى»: the council is not the
    # subject), unless a relative pronoun makes it the antecedent («للرئيس المصري الذي كان يزور»)
    # («إن طائرات تركية مسيرة قصفت …»: a nationality's noun phrase may end on adjectives of its own)
    adjacent_before = next((m for m in reversed(before)
                            if all(words[k].norm in SVO_PARTICLES or words[k].text in DETACHED_MARKS or
                                   (m.kind == "demonym" and k - m.last <= TRAILING_ADJECTIVES
                                    and upos(words[k]) == "ADJ" and not conjunction_on(words[k]))
                                   for k in range(m.last + 1, hit.first))
                            and (marker_before(words, m) is None or armed_from(words, m)  # («قناصة من مرتزقة فاغنر»)
                                 or any(words[k].norm in RELATIVES for k in range(m.last + 1, hit.first))
                                 # («عن وجود قوات تركية تقاتل إلى جانب …»: indefinite forces and the verb of a
                                 # relative clause on them, whatever preposition their phrase stands behind)
                                 or (m.kind == "demonym" and not definite(words[m.last]) and
                                     (words[m.first].norm in ARMED or
                                      (m.first > 0 and words[m.first - 1].norm in ARMED))))), None)
    if adjacent_before is None and kind == "phrase" and words[hit.first].norm in FAVOURING:
        # «أعربت فرنسا عن رفضها للتدخل التركي لصالح حكومة الوفاق»: in favour of the object, the deed's; its
        # nationality adjective, whatever preposition the deed stands behind, is the one who favours it
        adjacent_before = next((m for m in before if m.kind == "demonym" and m.last == hit.first - 1
                                and m.first > 0 and upos(words[m.first - 1]) == "NOUN"), None)
    if adjacent_before is not None and adjacent_before.first >= 2 and upos(words[adjacent_before.first - 1]) == "VERB" \
            and words[adjacent_before.first - 2].norm in RELATIVES:
        # «إن الدول التي تدعم حفتر تتحمل المسؤولية»: the object of a relative clause ends the subject, it is not it
        adjacent_before = None
    if parsed is not None and parsed.first > hit.last and kind == "verb" and adjacent_before is not None and \
            adjacent_before.first > 0 and (words[adjacent_before.first - 1].norm in COMPLEMENTIZERS or (
                words[adjacent_before.first - 1].norm in TOPIC and words[hit.first].norm.startswith("ف"))):
        # «قالت إن باريس «تدعم الحكومة الشرعية برئاسة …»»: the noun of «إن/أن» right before the verb is its subject,
        # whatever the parse hangs on the verb after it; so is the topic of «أما» before the verb its «فـ» opens («أما
        # تركيا فدعمت حكومة الوفاق بطائرات مسيرة»)
        parsed = None
    negated_join = hit.first > 0 and words[hit.first - 1].norm in NEGATED_JOINS  # «… ولا تقف ضد …»
    # (a phrase too, right after an actor, the verb's object: «وهاتف ترامب حفتر وأشاد بدوره …»)
    if (kind != "phrase" or (conjunction_on(words[hit.first]) and any(m.last == hit.first - 1 for m in before))) \
            and (conjunction_on(words[hit.first]) or negated_join):
        # «هاجم أردوغان حفتر ووصفه بالانقلابي», «لا تدعم حفتر ولا تقف ضد حكومة الوفاق»: a verb joined by
        # «و» (also on its negator) starts a new clause; the actor right before it ends the previous one
        # and is not its subject
        adjacent_before = None
    relative_nonactor = hit.first >= 2 and words[hit.first - 1].norm in RELATIVES and \
        not any(m.last == hit.first - 2 for m in mentions)
    relative = _relative_verb_before(ctx) if kind == "phrase" else None
    if relative is not None:
        # «المرتزقة الذين يقاتلون لصالح حفتر», «مرتزقة فاغنر الذين قال إنهم يقاتلون لصالح حفتر»: a phrase that ends a
        # relative clause's verb has that clause's antecedent for subject (nobody kg knows, or the actor named)
        return Subject(relative, "verb-svo") if relative is not True else None
    # («فيما رحبت بها كل من الإمارات والسعودية», «ورحبت بالمبادرة كل من …»: past the object behind a preposition)
    each = hit.last + 1
    if each + 1 < len(words) and words[each + 1].norm == "كل" and clitic_marker(words[each]) in ("ب", "ل") and \
            not any(m.first == each for m in mentions):
        each += 1
    if each + 2 < len(words) and words[each].norm == "كل" and words[each + 1].norm == "من":
        # «وتدعم كل من باريس وروما جهود الوساطة»: «each of» opens the subject list
        listed = next((m for m in after if m.first == each + 2), None)
        return Subject(listed, "verb-vso") if listed is not None else None
    first_after = direct_after if kind != "phrase" else next((m for m in after if m.first == hit.last + 1), None)
    if first_after is not None:
        group = coordinated(words, mentions, first_after)
        k = group[-1].last + 1
        aside = _aside_after(words, group[-1].last)
        if aside is not None:
            k = aside + 1  # («ويدعم حفتر، إلى جانب الإمارات، كل من مصر وروسيا»: past an aside)
        listed = next((m for m in after if m.first == k + 2), None) \
            if k + 2 < len(words) and words[k].norm == "كل" and words[k + 1].norm == "من" else None
        if listed is not None:
            # «ويدعم حفتر كل من روسيا والإمارات», «ويقف إلى جانب حكومة الوفاق كل من تركيا وقطر»: the
            # object first, then «each of» opens the subject list
            return Subject(listed, "verb-vso", first_after)
    past_relative = _antecedent_past_relative(ctx) if kind == "verb" else None
    if past_relative is not None:
        # «إن حفتر الذي تدعمه الإمارات يرتكب جرائم حرب»: the relative clause right before the verb qualifies its
        # subject, the actor before «الذي»
        return Subject(past_relative, "verb-svo")
    antecedent = _relative_antecedent(ctx)
    # (or the actor a report after the verb is of: «الإمارات، التي يتهمها تقرير خبراء الأمم المتحدة بـ…»)
    subject_after = direct_after or (_report_of(ctx, own) if antecedent is not None else None)
    if antecedent is not None and subject_after is not None and kind != "phrase" and \
            has_pronoun(words[hit.first]) and ctx.party(antecedent) != ctx.party(subject_after):
        # «وحفتر، الذي تدعمه روسيا والإمارات، …»: the relative's object pronoun is its antecedent,
        # the actor after the verb the subject
        return Subject(subject_after, "verb-topic-object", antecedent)
    resumed = next((m for m in after if direct_after is not None and m.first == direct_after.last + 1 and
                    m.kind == "anaphor" and ctx.party(m) == ctx.party(antecedent)), None) \
        if antecedent is not None and kind != "phrase" else None
    if resumed is not None and ctx.party(direct_after) != ctx.party(resumed):
        # «ماكرون، الذي تتهم حكومة الوفاق بلاده بالانحياز لحفتر»: the subject after the relative verb, and its
        # object «بلاده» the antecedent's country
        return Subject(direct_after, "verb-topic-object", resumed)
    # (not with a noun after the verb, its own subject kg does not know: «…، الذي تتهمه طرابلس بالانحياز»)
    if antecedent is not None and kind != "phrase" and has_pronoun(words[hit.first]) and direct_after is None and \
            words[hit.first - 2].punct and ctx.kind_of(antecedent) == "Person" and hit.last + 1 < len(words) and \
            upos(words[hit.last + 1]) not in ("NOUN", "PROPN", "ADJ"):
        # «وثمن صالح موقف الرئيس السيسي، الذي استقبله في القاهرة»: no actor after the verb, the person the relative
        # clause is on is its subject, and the pronoun the one named before
        return Subject(antecedent, "verb-svo")
    # (or a person right before «الذي»: «ردا على الوزير فتحي باشاغا الذي اتهم باريس بدعم حفتر»)
    if antecedent is not None and kind != "phrase" and not has_pronoun(words[hit.first]) and \
            (words[hit.first - 2].punct or words[hit.first - 1].norm == "الذي" and ctx.kind_of(antecedent) == "Person"):
        # «الرئيس الفرنسي، الذي اجتمع بهما»: with no object pronoun, the antecedent set off by a comma
        # is the relative verb's subject
        return Subject(antecedent, "verb-svo")
    if direct_after is not None and kind != "phrase" and has_pronoun(words[hit.first]) and adjacent_before is not None \
            and ctx.party(adjacent_before) != ctx.party(direct_after):
        # «حفتر تدعمه الإمارات»: topic, verb with its object pronoun, subject
        return Subject(direct_after, "verb-topic-object", adjacent_before)
    if kind == "verb" and hit.first >= 2 and words[hit.first - 1].norm == "من" and \
            words[hit.first - 2].norm in FIRST_WHO:
        # «كانت قطر أول من دعم حكومة الوفاق»: «the first who» is the actor before it
        first = next((m for m in reversed(before) if m.last == hit.first - 3 and marker_before(words, m) is None), None)
        if first is not None:
            return Subject(first, "verb-svo")
    if kind == "verb" and hit.first > 0 and words[hit.first - 1].norm in ("من", "ومن") and \
            not (hit.first >= 2 and words[hit.first - 2].norm in FIRST_WHO):
        return None  # «إن من يدعم حفتر يدعم الإرهاب»: whoever supports him, nobody named
    listed = _listed_before(ctx) if kind == "verb" else None
    if listed is not None:
        # «إن الدول الداعمة للطرفين، ومنها مصر والإمارات، انتهكت الحظر»: the members of the subject listed
        # in commas right before the verb
        return Subject(listed, "verb-including")
    among = _one_of_those_who(ctx) if kind == "verb" else None
    if among is not None:
        # «كانت مصر من أوائل الدول التي دعمت الجيش الوطني»: one of those the relative clause is about
        return Subject(among, "verb-svo")
    during = next((m for m in after if m.first == hit.last + 2), None) \
        if hit.last + 1 < len(words) and words[hit.last + 1].norm in DURING and \
        any(w.norm.lstrip("وفب").startswith(VISITS) or w.norm in VISITED
            for w in words[max(ctx.a, hit.first - VISIT_REACH):hit.first]) else None
    if kind == "verb" and during is not None and ctx.mk(during) is None:
        # «في زيارة غير معلنة التقى خلالها حفتر»: the one who made the visit met the actor after «خلالها»
        visitor = ctx.unmarked_before() or salient
        return Subject(visitor, "verb-svo-far", during) if visitor is not None and visitor is not during else None
    visited = _met_where_visited(ctx) if kind == "verb" else None
    if visited is not None:
        return visited
    # («إنها لا تدعم حفتر», «إنها لم تعد تدعم حفتر»: past the verb's negator and a negated auxiliary)
    that = hit.first - 1
    if that > 0 and words[that].norm in NEGATED_AUXILIARIES:
        that -= 1
    if that > 0 and words[that].norm in VERB_NEGATORS:
        that -= 1
    if kind == "verb" and that >= 0 and words[that].norm in PRONOUN_COMPLEMENTIZERS:
        # «قالت مصر إنها تدعم الجيش الوطني الليبي»: «إنها» holds the subject; the actor after the verb
        # (which the parser may call its subject) is the object
        referent = ctx.referent(None, possessive=True, at=that)
        # (none of its gender: «رفضت حكومة الوفاق البيان، معتبرة أنه ينحاز إلى حفتر» is about the statement)
        # (a state's name takes either gender: «قالت اليونان إنها تدعم …»)
        gender = pronoun_gender(words[that])
        if referent is not None and gender is not None and ctx.kind_of(referent) != "State" and \
                mention_gender(words, referent, ctx.kind_of(referent)) != gender:
            # («انتقد أردوغان فرنسا. وقال إنها تدعم حفتر»: the other side of the sentence before, in its gender)
            other = ctx.addressee if referent is ctx.salient else None
            if other is None or not (ctx.kind_of(other) == "State" or
                                     mention_gender(words, other, ctx.kind_of(other)) == gender):
                return None
            referent = other
        return Subject(referent, "verb-svo-far") if referent is not None else None
    negated_we = kind == "phrase" and hit.last > hit.first and \
        words[hit.first].norm.lstrip("وف") in VERB_NEGATORS and \
        words[hit.first + 1].norm.startswith("ن") and upos(words[hit.first + 1]) in ("VERB", "AUX")
    if (kind == "verb" and first_person(words[hit.first], ctx.trig.verb)) or negated_we:
        # (or a phrase that opens on a negated verb of «we»: «السيسي: … ولن نسمح لتركيا بتهديد أمننا»)
        # «السراج: ندعم جهود …», «وقالت مصر إننا نرفض …»: «we» is the speaker, and the actor after the
        # verb (which the parser may call its subject) is the object
        speaker = colon_speaker(words, mentions, hit.first) or ctx.unmarked_before() or salient
        return Subject(speaker, "verb-first-person") if speaker is not None else None
    if kind == "phrase":
        # (not a phrase of a verb and its object with its subject right before it: «أن ماكرون ثمن الجهود التي
        # تقوم بها روما», the relative clause is on the object)
        agent = masdar.relative_agent(ctx) if adjacent_before is None or hit.last == hit.first else None
        if agent is not None:
            # «في اتصال هاتفي أجراه الرئيس المصري بنظيره»: the relative clause's subject made the call
            return Subject(agent, "verb-vso")
        holder = next((m for m in mentions if m.last == hit.first - 1 and m.first > 0
                       and words[m.first - 1].norm.lstrip("وب") in HOLDING_MASDARS), None)
        if holder is not None:
            # «أعلن البيت الأبيض عن إجراء الرئيس ترامب اتصالا هاتفيا مع حفتر»: the genitive of «إجراء»
            # held the call
            return Subject(holder, "verb-svo")
    if _statement_relative(ctx):
        # «أصدرت الخارجية المصرية بيانا أدانت فيه …»: the statement's verb has its issuer for subject
        # («تصريحات لوزير الخارجية الفرنسي انتقد فيها»: the statement's «لـ» genitive issued it)
        issuer = _issuer_before(ctx) or ctx.unmarked_before() or salient
        return Subject(issuer, "verb-svo-far") if issuer is not None else None
    if adjacent_before is not None and direct_after is not None and kind != "phrase" and \
            any(words[k].norm in COMPLEMENTIZERS for k in range(adjacent_before.last + 1, hit.first)) and \
            any(m.first > direct_after.last for m in after):
        # «أكدت مصر أن تدعم روسيا حفتر»: after «أن» a verb with an actor and its object after it
        # has its own subject; the actor before «أن» is the main clause's
        return Subject(direct_after, "verb-vso")
    agent = _passive_agent(ctx)
    if agent is None and direct_after is not None and kind != "phrase":
        agent = _agent_after_subject(ctx, direct_after)
        if agent is not None:
            # «وتدعم قوات حفتر من الإمارات ومصر»: a support verb whose subject is followed by «من X»
            # is an unvowelled passive (Arabic writes no vowel to tell تَدعم from تُدعم)
            return Subject(agent, "verb-passive", direct_after)
    if agent is not None:
        # «حكومة الوفاق تدعم من قبل تركيا»: an unvowelled passive; the agent after «من قبل» is the source
        patient = adjacent_before or ctx.unmarked_before() or salient
        return Subject(agent, "verb-passive", patient) if patient is not None else None
    listed = _parenthetical_before(ctx)
    if listed is not None:
        # «عدة دول (الإمارات وروسيا وتركيا) انتهكت الحظر»: the list names the subject
        return Subject(listed, "verb-svo")
    if parsed is not None and parsed is not adjacent_before and _fronted(ctx, adjacent_before) \
            and (parsed.first > hit.last or parsed.last < adjacent_before.first):
        # «تركيا تدعم حكومة الوفاق», «قال المسماري إن تركيا ترعى …»: an actor opening the clause (or
        # the complement clause) right before the verb is its subject; the parser, trained on
        # verb-first text, takes the object after it, or the speaker before «إن», for one
        return Subject(adjacent_before, "verb-svo")
    if parsed is not None and direct_after is not None and parsed is not direct_after and kind == "verb" and \
            parsed.first == coordinated(words, mentions, direct_after)[-1].last + 1 and not _object_suffix(ctx) and \
            not unagreeing:
        # «وهاجم أكار الإمارات»: of two actors after the verb the first is its subject, whatever the parse
        return Subject(direct_after, "verb-vso", parsed)
    if parsed is not None and parsed is direct_after and _lone_guest(ctx, direct_after):
        # «توجه السراج إلى الدوحة حيث التقى أمير قطر الشيخ تميم»: a meeting verb opening a new
        # clause with one actor after it and no object has that actor for its object (the parser,
        # lost in a long title, calls it the subject) and the clause's previous actor for subject
        src = ctx.previous_source or ctx.unmarked_before() or salient
        if src is not None and ctx.party(src) != ctx.party(direct_after) and not _drops_no_man(ctx, src):
            return Subject(src, "verb-dropped-subject", direct_after)
    # («… دعم حكومة الوفاق. كما اتهم حفتر بعرقلة الحل»: after «كما», "also", too)
    also = hit.first > 0 and words[hit.first - 1].norm in ("كما", "وكما")
    # (or after a clause of the sentence and a comma, going on with its source: «أكد أردوغان دعم بلاده لحكومة
    # الوفاق، واتهم حفتر بارتكاب جرائم حرب»)
    # (the accused may be a list: «…، واتهم الإمارات ومصر بتزويد قوات الأخير بالسلاح»)
    after_clause = hit.first > 0 and words[hit.first - 1].punct and \
        (ctx.previous_source is not None or ctx.first_unmarked(hit.first) is not None)
    # (past an aside after the accused: «…، واتهمت أثينا، في المقابل، بدعم حفتر»)
    accused_end = coordinated(words, mentions, direct_after)[-1].last if direct_after is not None else len(words) - 1
    # (and past an adverb of manner, whose «بـ» is no charge: «واتهمت حكومة الوفاق بشدة الإمارات بـ…»)
    charged = past_adverbs(words, (_aside_after(words, accused_end) or accused_end) + 1)
    # («…، وتزود حكومة السراج بالمدرعات»: so is a verb of supplying with the goods behind «بـ» after the actor)
    supplied = any(h.first == charged and h.trigger.received_only for h in ctx.hits)
    # (or of branding: «…، ووصفت حفتر بـ"المجرم"», the one branded before the term)
    branding = ctx.trig.id == "labelled"
    if parsed is not None and parsed is direct_after and kind == "verb" and (not before or after_clause) and \
            (conjunction_on(words[hit.first]) or also) and (accusation(words[hit.first]) or supplied or branding) and \
            not accusing_pronoun(words[hit.first]) and charged < len(words) and \
            (clitic_marker(words[charged]) == "ب" or (accusation(words[hit.first]) and ba_left_on(words[charged]))):
        # «أدانت حكومة الوفاق الهجوم. واتهمت الإمارات بالوقوف وراءه»: a joined accusation with one actor before
        # its charge accuses that actor (whatever the parse); the accuser goes on from before (not «وتتهمها
        # حكومة الوفاق بـ…»: with the accused's pronoun on the verb, the actor after it accuses)
        src = _accuser_after_comma(ctx) or ctx.previous_source or \
            (ctx.first_unmarked(hit.first) if after_clause else None) or salient
        return Subject(src, "verb-dropped-subject", direct_after) \
            if src is not None and ctx.party(src) != ctx.party(direct_after) else None
    if parsed is not None:
        return Subject(parsed, "verb-parse")
    if adjacent_before is not None:
        return Subject(adjacent_before, "verb-svo")
    # (a relative verb with its object pronoun and an actor after it has that actor for subject: «الأسلحة التي
    # أرسلتها الإمارات إلى حفتر»)
    resumed = direct_after is not None and has_pronoun(words[hit.first])
    goods = hit.first >= 2 and words[hit.first - 1].norm in RELATIVES and \
        any(stem_match(words[hit.first - 2], r, "noun") for r in ctx.trig.requires)
    if relative_nonactor and resumed and goods:
        # (the goods the trigger requires are the antecedent its pronoun resumes: only a target behind the trigger's
        # preposition is one, «إلى حفتر»)
        marked = ctx.marked_target([m for m in after if m.first > direct_after.last], [direct_after])
        return Subject(direct_after, "verb-vso", marked) if marked is not None else None
    implicit = _implicit_relative(ctx) and not resumed
    if relative_nonactor or implicit:
        # «الدول التي تدعم حفتر مثل الإمارات», «11 شركة انتهكت الحظر، من بينها (فاغنر)»: the members of the
        # subject that names no actor, listed after the verb's object
        member = _member_listed(ctx, direct_after)
        if member is not None:
            return Subject(member, "verb-including", direct_after)
        # «القوى الإقليمية التي تدعم ...», «دولا عربية تدعم حفتر» (an indefinite noun and its verb, a
        # relative clause with no «التي»): the subject is no actor we know
        return None
    # (after «أن/إن» the verb opens a clause of its own, whose subject follows it)
    complement = hit.first > 0 and words[hit.first - 1].norm in COMPLEMENTIZERS
    if direct_after is not None and kind != "phrase" and (ctx.parsed_object(direct_after) and not complement
                                                          and not _object_after(ctx, direct_after) or unagreeing) \
            and not has_pronoun(words[hit.first]) and (before or salient is not None) and (len(after) == 1 or unagreeing):
        # (a verb with an object pronoun, «تدعمه بريطانيا», has its object: the actor is the subject)
        # «والتقى الرئيس المصري»: the parse says the actor after the verb is its object
        # «القاهرة تدعم حفتر في العلن وتدعم السراج»: a verb joined by «و» keeps the subject of the
        # verb before it, not that verb's object
        # («لا تدعم حفتر بل تدعم حكومة الوفاق»: after «بل», "but rather", too)
        # (or after «حيث», where the one who went there acts: «رفض السراج مبادرة حفتر، وتوجه إلى أنقرة حيث التقى
        # أردوغان»)
        # («…، كما اتهم الإمارات …»: after «كما», "also", too)
        joined = (conjunction_on(words[hit.first]) or also or
                  (hit.first > 0 and words[hit.first - 1].norm in RATHER | WHERE)) and ctx.previous_source is not None
        src = (_accuser_after_comma(ctx) or ctx.previous_source if joined else None) or ctx.unmarked_before() or salient
        if src is not None and not joined and src.last < hit.first and ctx.reported_subject_after(src):
            return None  # «قال السراج إن دولا تدعم حفتر»: the clause after «إن» has a subject of its own
        if unagreeing and (src is None or ctx.party(src) == ctx.party(direct_after)):
            # «وجاءت تصريحات المتحدث باسم الجيش …، ردا على إعلان أنقرة …، حيث اتهم تركيا …»: the
            # sentence's own subject, however far, when the nearest actor is the object's side
            src = _sentence_subject(ctx, direct_after) or salient
        if src is not None and src.last < hit.first and _while_between(words, src.last, hit.first):
            # «أعربت تونس عن رفضها …، فيما رحبت القاهرة بالموقف الجزائري»: «فيما» opens a clause with a
            # subject of its own, the actor after the verb (read below: «…، فيما اجتمع نظيره التركي بالسراج»)
            pass
        elif src is not None and ctx.party(src) != ctx.party(direct_after) and not _drops_no_man(ctx, src):
            return Subject(src, "verb-dropped-subject", direct_after)
        else:
            return None
    if direct_after is not None and kind == "phrase" and upos(words[hit.last]) == "VERB" and \
            (ctx.marked_target([m for m in after if m.first > direct_after.last], [direct_after]) is not None or
             ctx.trig.doer_nouns and _doer_not_allowed(ctx, [direct_after]) is not None):
        # «ولا تعترف موسكو بحكومة الوفاق»: a phrase that ends on its verb, the actor after it, then the
        # target behind the phrase's preposition: verb, subject, object («ولن تسمح مصر بتقدم قوات الوفاق»:
        # or the doer of what is not allowed)
        return Subject(direct_after, "verb-vso")
    if direct_after is not None and kind == "phrase" and not before and words[hit.last].norm in MARKER_WORDS:
        # «ويقاتل إلى جانب قوات حفتر مرتزقة من مجموعة فاغنر»: a phrase that ends on its preposition, its
        # object, then the subject (verb, object, subject), armed men's origin behind «من» among them
        end = coordinated(words, ctx.mentions, direct_after)[-1].last
        late = next((m for m in after if end < m.first <= end + LATE_SUBJECT_REACH
                     and (ctx.mk(m) is None or armed_from(words, m))
                     and not any(w.punct or upos(w) in ("VERB", "AUX") for w in words[end + 1:m.first])), None)
        if late is not None and ctx.party(late) != ctx.party(direct_after):
            return Subject(late, "verb-vso", direct_after)
    if direct_after is not None and kind != "phrase":
        group = coordinated(words, mentions, direct_after)
        # (or the sentence's subject, for a verb joined after a comma: «قال السراج إن …، واتهم الإمارات ومصر بـ…»)
        speaker = ctx.first_unmarked(hit.first) if hit.first > 0 and words[hit.first - 1].punct and \
            conjunction_on(words[hit.first]) else None
        # (not with the accused's pronoun on the verb: «…، فيما تتهمها حكومة الوفاق بإرسال مرتزقة», the actor
        # after it accuses)
        if accusation(words[hit.first]) and not accusing_pronoun(words[hit.first]) and \
                group[-1].last + 1 < len(words) and clitic_marker(words[group[-1].last + 1]) == "ب" and \
                (before or salient is not None or speaker):
            # «وأدانت الحكومة القصف واتهمت قوات حفتر بالوقوف وراءه»: the one actor between an
            # accusation and its ب-complement is the accused; the accuser is the dropped subject
            # («وانتقدت الحكومة حفتر واتهمت روسيا بدعمه»: of a verb joined by «و», the previous verb's subject,
            # never its object)
            joined = conjunction_on(words[hit.first]) and ctx.previous_source is not None
            src = (ctx.previous_source if joined else None) or ctx.unmarked_before() or salient or speaker
            if src is not None and ctx.party(src) != ctx.party(direct_after):
                return Subject(src, "verb-dropped-subject", direct_after)
        if speaker is not None and group[-1].last + 1 < len(words) and \
                stem_match(words[group[-1].last + 1], "مسووليه", "noun") and \
                ctx.party(speaker) != ctx.party(direct_after):
            # «قال باشاغا إن الهجوم فشل، وحمّل حفتر المسؤولية الكاملة»: the actor right before «المسؤولية» is the one
            # blamed (not «وأرسلت تركيا قوات», whose subject comes first); the verb joined after a comma goes on with
            # the speaker
            return Subject(speaker, "verb-dropped-subject", direct_after)
        if group[-1] is after[-1] and (before or salient) and len(group) > 1:
            # the only actors after the verb are one coordinated group: its object
            return Subject(before[-1] if before else salient, "verb-object-group")
        return Subject(direct_after, "verb-vso")
    deed_object = doer_of_object(ctx, hit.last, after) \
        if kind == "verb" and ctx.trig.relation in ("opposes", "supports") else None
    holder = (ctx.unmarked_before() or salient) if deed_object is not None else None
    if holder is not None and ctx.party(deed_object) != ctx.party(holder):
        # «… كما أدانت الهجوم الذي تشنه قوات حفتر»: a deed right after the verb is its object, not its
        # subject, and its doer the target; the subject is dropped
        return Subject(holder, "verb-dropped-subject", deed_object)
    # (not an adverb of manner: «كما أدانت بشدة إرسال تركيا مرتزقة …»)
    nonactor_subject = hit.last + 1 < len(words) and upos(words[hit.last + 1]) in ("NOUN", "PROPN") \
        and not clitic_marker(words[hit.last + 1]) and kind != "phrase" and words[hit.last + 1].norm not in MANNER \
        and not any(m.first == hit.last + 1 for m in mentions) \
        and not (words[hit.last + 1].norm.startswith("ال") and any(m.first == m.last == hit.last + 2 and
                                                                   m.kind == "name" for m in mentions)) \
        and not (accusation(words[hit.first]) and words[hit.last + 1].norm.startswith("ب")) \
        and not any(ctx.met_members_of(m) for m in after) \
        and not any(stem_match(words[hit.last + 1], n, "noun")
                    for n in ROLE_NOUNS + (tuple(ctx.trig.requires) if conjunction_on(words[hit.first]) else ()))
    # («واتهمتها بدعم …»; «وتدعم جهود المبعوث الأممي»: an actor's efforts or role are the verb's object; «وتتحمل
    # مسؤولية …», a verb joined by «و»: so is the noun the lexeme requires; «اجتمع بقادة من حكومة الوفاق»: so are
    # those met, from an actor)
    # («وتدعم هذه الدول، ومنها مصر والإمارات، قوات حفتر»: a demonstrative, a noun and a comma before the list)
    including = next((m for m in after if m.first <= hit.last + 5 and words[m.first - 1].norm in INCLUDING), None)
    coordinated_verb = (words[hit.first].norm[:1] in ("و", "ف") and len(words[hit.first].norm) > 3) or negated_join
    if including is not None:
        return Subject(including, "verb-including")
    fronted = ctx.fronted_subject() if not before else None
    if fronted is not None:
        # «وفي اتصال هاتفي مع نظيره الروسي، بحث أردوغان …»: the subject of the main clause
        return Subject(fronted, "verb-fronted")
    holder = (ctx.unmarked_before() or salient) if nonactor_subject and _of_purpose(words[hit.first]) else None
    if holder is not None:
        # «وخرجت روسيا عن صمتها لتنتقد الغارات الأمريكية»: a verb of purpose goes on with the clause's subject,
        # and the noun after it is its object
        return Subject(holder, "verb-dropped-subject")
    if nonactor_subject:
        # «إن دولا عدة انتهكت الحظر، من بينها الإمارات وتركيا»: the members listed after the object
        member = _member_listed(ctx, None)
        if member is None:
            # «أدانت جامعة الدول العربية ومصر القرار التركي»: an actor joined by «و» to a subject kg does not know
            member = _joined_to_subject(ctx)
            return Subject(member, "verb-vso") if member is not None else None
        if any(words[j].norm in RELATIVES for j in range(hit.last + 1, member.first)):
            # («انتقد الوزير الدول التي تدعم حفتر، وخاصة فرنسا»: the list singles out of a relative clause's
            # antecedent, the verb's object, not of its subject)
            return None
        # («وتدعم أطراف إقليمية عدة حفتر، في مقدمتها الإمارات»: the object named before the list)
        obj = next((m for m in ctx.after if m.last < member.first and ctx.mk(m) is None), None)
        return Subject(member, "verb-including", obj)
    if coordinated_verb and before:
        # «... الموقف الأمريكي تغير ...، واصطف الى جانب روسيا»: the subject of the first verb
        # («قال الوزير إن فرنسا تدعم حفتر وتتحمل مسؤولية …»: inside what is said, the subject of the verb before
        # it there, after «إن»)
        said = max((k for k in range(ctx.a, hit.first) if words[k].norm in COMPLEMENTIZERS), default=None)
        src = ctx.previous_source if said is not None and ctx.previous_source is not None and \
            ctx.previous_source.first > said and marker_before(words, ctx.previous_source) is None else None
        # (a masculine verb after a comma goes on with a masculine subject, the speaker, not a feminine one inside
        # what he said: «قال باشاغا إن الحكومة الفرنسية تدعم حفتر، وطالبها بالكف عن ذلك»)
        if src is not None and _masculine_verb(ctx) and mention_gender(words, src, ctx.kind_of(src)) == "Fem" and \
                any(words[k].norm in ("،", ",") for k in range(src.last + 1, hit.first)):
            src = next((m for m in mentions if m.last < said and marker_before(words, m) is None), None)
            if src is not None:
                return Subject(src, "verb-coordinated")
        src = src or next((m for m in mentions if m.last < hit.first and marker_before(words, m) is None), None)
        if src is not None:
            return Subject(src, "verb-coordinated")
    if before:
        cand = ctx.unmarked_before()
        if hit.first > 0 and words[hit.first - 1].norm in ("حيث", "وحيث"):
            # («جولة قادته إلى طرابلس حيث التقى السراج، ثم إلى القبة حيث اجتمع بـ…»: the one who went there)
            cand = ctx.first_unmarked(hit.first) or cand
        elif hit.first > 1 and while_at(words, hit.first - 1) and \
                words[max(0, hit.first - 2 - (words[hit.first - 1].norm == "حين"))].norm in ("،", ","):
            # («انتقد السراج الدعم الإماراتي، بينما أشاد بالموقف التركي»: a verb right after «، بينما/فيما/في حين»
            # with no subject of its own goes on with the main clause's subject, not with the object before it)
            cand = ctx.first_unmarked(hit.first) or cand
        that = next((k for k in range(hit.first - 1, cand.last, -1) if words[k].norm in RESUMING_THAT), None) \
            if cand is not None else None
        if that is not None and ctx.first_unmarked(that) is not None:
            # «اتهم ماكرون تركيا بـ…، وذلك خلال مؤتمر صحفي مع نظيره»: «وذلك» takes up the whole clause before;
            # what follows tells when or where its subject acted, not its object
            cand = ctx.first_unmarked(that)
        said = ctx.joined_speech_at()
        speaker = ctx.first_unmarked(said) if cand is not None and said > cand.last else None
        if speaker is not None:
            # «اتهم ماكرون تركيا بـ…، وقال خلال مؤتمر صحفي مع نظيره …»: a verb of speech joined after a comma goes on
            # with the sentence's subject, not the object before it
            cand = speaker
        if cand is not None and ctx.reported_subject_after(cand):
            return None  # («قال أردوغان إن المجتمع الدولي يدعم …»: the clause's own subject, no actor kg knows)
        if cand is not None and _relative_clause_subject(ctx, cand):
            return None  # («المذكرة التي أبرمها باشاغا تسمح لأنقرة …»: the antecedent, no actor, is the subject)
        if cand is not None:
            return Subject(cand, "verb-svo-far")
    if coordinated_verb and _first_verb_has_own_subject(ctx):
        return None  # «وتتشكل الهيئة من عشرة ضباط، وتجتمع مع المبعوث الأممي»: the committee meets
    # (not a support phrase that opens on a masdar or a preposition, «نقل مقاتلين إلى …», «لصالح قوات حفتر»: a deed
    # named, whoever did it, not one the actor the text is about goes on to do)
    if salient is not None and not plural_verb(words[hit.first]) and \
            not (kind == "phrase" and ctx.trig.relation == "supports" and upos(words[hit.first]) != "VERB") and \
            not _pronoun_subject_before(words, hit.first) and not _drops_no_man(ctx, salient):
        return Subject(salient, "verb-dropped-subject")
    return None


def _first_that_subject(ctx: Context) -> Mention | None:
    """«أكد أردوغان أن تركيا تواصل دعم حكومة الوفاق، وأنها تدين …», «أعلن بوريل أنه طالب حفتر …، وأنه طالب
    …»: a second «أن» joined by «و», with a subject pronoun, takes up the subject of the first «أن» clause (the
    actor right after it, or the one its own pronoun names), not the nearest actor of its gender."""
    words, k = ctx.words, ctx.hit.first - 1
    if not _joined_that_pronoun(words[k]):
        return None
    j = next((j for j in range(k - 1, -1, -1) if words[j].norm in THAT_FORMS | THAT_WITH_PRONOUN), None)
    if j is None:
        return None
    gender = pronoun_gender(words[k])
    if words[j].norm in THAT_WITH_PRONOUN:  # (its pronoun names the nearest actor of its gender before it)
        first = next((m for m in reversed(ctx.mentions) if m.last < j and marker_before(words, m) is None and
                      mention_gender(words, m, ctx.kind_of(m)) == gender), None)
        return first if pronoun_gender(words[j]) == gender else None
    first = next((m for m in ctx.mentions if m.first == j + 1), None)
    return first if first is not None and mention_gender(words, first, ctx.kind_of(first)) == gender else None


def _accuser_after_comma(ctx: Context) -> Mention | None:
    """«قالت القيادة العامة إن الزيارة تكشف حجم التدخل التركي، واتهمت الدوحة بـ…»: an accusation joined by «و» after a
    comma is a speech act, and goes on with the speaker before it, not with the doer of a deed named between."""
    words, k = ctx.words, ctx.hit.first
    if not (k > 0 and words[k - 1].norm in ("،", ",") and accusation(words[k])):
        return None
    return next(speakers(words, ctx.mentions, ctx.hit), None)


THAT_WITH_PRONOUN = {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"}  # normalised «أنها», «بأنه»
PARTICLES_BEFORE_VERB = {"لن", "لا", "لم", "قد", "سوف"}  # normalised: between «أنها» and its verb («وأنها لن تسمح»)


def _pronoun_subject_before(words: list[Word], k: int) -> bool:
    """Does a second «أن» joined by «و», with a subject pronoun, stand right before the verb at word ``k``, past a
    negation or «قد» («أكدت الرئاسة أن تونس لن تقبل …، وأنها لن تسمح …»)?  The pronoun takes up the first clause's
    subject, which this sentence names, not the actor the text is about (a first «بأنه» after a verb of saying is
    the speaker, often that actor)."""
    j = k - 1
    while j >= 0 and words[j].norm in PARTICLES_BEFORE_VERB and k - j <= 2:
        j -= 1
    return j >= 0 and _joined_that_pronoun(words[j])


def _joined_that_pronoun(word: Word) -> bool:
    """«وأنها», «وبأنه»: a second «أن» joined by «و», with its clause's subject as a pronoun."""
    return word.norm[:1] == "و" and word.norm[1:] in THAT_WITH_PRONOUN


AUTHORED = {"بيان", "قرار", "مشروع", "نص", "تقرير", "رساله", "اعلان", "مذكره"}  # normalised, without the article
DOCUMENT_REACH = 8  # words from a verb back to the relative pronoun after the document that is its subject


def _document_author(ctx: Context) -> Mention | None:
    """The author of a definite document that is the verb's subject, named by a relative clause on it with a verb
    of authoring: «يدعو مشروع القرار الذي قدمته بريطانيا …» (after the verb), «… إن البيان الذي أصدرته
    الخارجية المصرية يرفض …» (before it)."""
    words, hit = ctx.words, ctx.hit
    if ctx.kind != "verb":
        return None

    def author_at(k: int) -> Mention | None:  # a document noun at ``k`` (past «مشروع») and its relative clause
        if k >= len(words) or words[k].norm.removeprefix("ال") not in AUTHORED or not definite(words[k]) and \
                words[k].norm != "مشروع":
            return None
        j = k + 1
        while j < len(words) and (definite(words[j]) and upos(words[j]) in ("NOUN", "ADJ")) and j <= k + 2:
            j += 1  # («مشروع القرار البريطاني الذي …»)
        if j + 2 >= len(words) or words[j].norm not in RELATIVES or \
                not any(stem_match(words[j + 1], v, "verb") for v in AUTHOR_VERBS + ("اصدر", "صاغ")):
            return None
        return next((m for m in ctx.mentions if m.first == j + 2 and marker_before(words, m) is None), None)

    after = author_at(hit.last + 1)
    if after is not None:
        return after
    drafted = drafted_by(words, ctx.mentions, hit.first, ctx.a)
    if drafted is not None:
        return drafted  # («مشروع قرار أعدته فرنسا في مجلس الأمن يطالب …»: an indefinite one's clause, no «الذي»)
    for j in range(hit.first - 1, max(ctx.a, hit.first - DOCUMENT_REACH) - 1, -1):
        if words[j].norm in RELATIVES:
            k = j - 1
            while k > ctx.a and definite(words[k]) and upos(words[k]) == "ADJ":
                k -= 1
            if k > ctx.a and words[k - 1].norm == "مشروع":
                k -= 1
            author = author_at(k)
            # (the relative clause closes right before the verb: only its author's name between)
            return author if author is not None and author.last == hit.first - 1 else None
        if words[j].punct:
            return None
    return None


SAYING_THAT = ("قال", "اكد", "زعم", "يقال")  # verb stems: «الذين قال إنهم يقاتلون», what the speaker says of them


def _relative_verb_before(ctx: Context) -> Mention | bool | None:
    """Is the word before the phrase the verb of a relative clause («الذين يقاتلون لصالح …», or past «قال إنهم»)?
    Then its antecedent: the actor right before the relative pronoun, or True when it names none."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 2 or upos(words[k]) != "VERB":
        return None
    j = k - 1
    if j >= 2 and words[j].norm in ("انهم", "انها", "انه", "بانهم") and \
            any(stem_match(words[j - 1], v, "verb") for v in SAYING_THAT):
        j -= 2  # («الذين قال إنهم يقاتلون»)
    if j < 1 or words[j].norm not in RELATIVES:
        return None
    return next((m for m in ctx.mentions if m.last == j - 1), True)


def _relative_clause_subject(ctx: Context, cand: Mention) -> bool:
    """Is ``cand`` the subject of a relative clause («التي أبرمها باشاغا») whose antecedent names no actor, the
    clause closing right before the verb?  Then that antecedent is the verb's subject, not ``cand``."""
    words, k = ctx.words, cand.first
    if k < 3 or words[k - 2].norm not in RELATIVES or upos(words[k - 1]) != "VERB" or \
            any(m.last == k - 3 for m in ctx.mentions):
        return False
    between = words[cand.last + 1:ctx.hit.first]
    return not any(w.punct or upos(w) in ("VERB", "AUX") for w in between)


def _first_verb_has_own_subject(ctx: Context) -> bool:
    """A verb joined by «و» with no subject goes on with the subject of the verb that opens its sentence; when
    that is a noun kg knows no actor in («وتتكون اللجنة …، وتجتمع …»), the document's salient actor is not it."""
    words, hit = ctx.words, ctx.hit
    k = next((k for k in range(ctx.a, min(ctx.a + 2, hit.first)) if upos(words[k]) == "VERB"), None)
    if k is None or k + 1 >= hit.first or any(w.norm in COMPLEMENTIZERS for w in words[k + 1:hit.first]):
        return False
    j = k + 2 if words[k + 1].norm in ("هذه", "هذا", "تلك", "ذلك") and k + 2 < hit.first else k + 1
    nxt = words[j]  # («وتتشكل هذه الهيئة من …»: past a demonstrative)
    return upos(nxt) == "NOUN" and clitic_marker(nxt) is None and nxt.norm not in MANNER and \
        not any(m.first <= j <= m.last for m in ctx.mentions) and \
        not any(stem_match(nxt, n, "noun") for n in ROLE_NOUNS)
