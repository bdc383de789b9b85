"""Masdars (verbal nouns): «دعم أمريكي للجيش», «مكالمة ترامب مع حفتر», «رفضها
للاتفاق», «بدعم من تركيا وقطر», «اتهم أردوغان الإمارات بدعم حفتر».

A masdar carries its arguments in its noun phrase, and each way it does is
one named construction below, tried in this order:

* ``accused-of``: «اتهم X Y بدعم Z»: the accused (Y) supports the genitive (Z);
* ``ba-complement``: «طالبت فرنسا بدعم حكومة الوفاق»: a verb that takes a ب
  phrase (طالب، تعهد، التزم …) right before its subject: the subject stands
  for the genitive;
* ``backed-by``: «حكومة الوفاق بقيادة السراج بدعم الأمم المتحدة», «تقاتل
  القوات بدعم من تركيا»: the genitive or the «من» agent backs the actor the
  phrase is about;
* ``masdar-object``: a masdar of purpose or object («دفع إدارته لتأييد حفتر»):
  its genitive is the object, the agent the subject of the governing verb;
* ``masdar-pronoun-object``: «لقائه حفتر»: the pronoun is the agent, the
  genitive the object;
* ``masdar-genitive``: «مكالمة ترامب مع حفتر», «دعم أمريكي للجيش»: the
  genitive or nationality adjective is the agent, the marked phrase the object;
* with no genitive, the agent is a possessive pronoun (``masdar-pronoun``), the
  accused of an accusation, the previous trigger's source (``masdar-chain``),
  or the subject before (``masdar-before``), or, in a phrase fronted before
  the main clause, the subject after its comma (``masdar-fronted``), and the
  object the marked phrase or the genitive; when the actor before is the one
  a demand addresses («طالبت حكومة الوفاق مجلس الأمن بإدانة …»), the one who
  demands it (``masdar-asked``);
* ``masdar-joint``: «عقد السراج وحفتر اجتماعا»: a meeting whose agent is a
  coordinated group is between its members;
* ``masdar-exchanged``: «تبادل ماكرون وأردوغان الاتهامات»: accusations exchanged
  by a coordinated subject hold both ways;
* ``masdar-from-to``: «توريد الأسلحة من تركيا إلى حكومة الوفاق»: a supply from
  «من X» to «إلى/لـ Y»;
* ``masdar-topic``: «في ظل رفض أمريكي وفرنسي»: a reaction with no object is
  to the sentence's topic;
* ``masdar-praised``: «أشاد السراج بالدعم التركي»: support named by its giver
  alone and praised was given to the one praising it;
* ``accusation-levelled``: «اتهامات وجهها باشاغا لباريس بدعم حفتر», «انتقادات حادة
  وجهها أردوغان لفرنسا»: an accusation or criticism noun (its adjectives between)
  resumed by a verb of levelling: its subject opposes the one behind «لـ/إلى» (who is
  the accused of the charge after it);
* ``in-reception``: «وكان في استقبال السراج … وزير الخارجية التركي»: the guest is
  the genitive, the host the subject of «كان» after it.
"""
from __future__ import annotations

from kg.constructions.context import Context, Found, document_subject
from kg.grammar import (ANY, ARRIVAL_NOUNS, ATTACKS, BA_REACTIONS, BA_VERBS, COMPLEMENTIZERS, CONTINUING, DEMANDING,
                        DETACHED, DETACHED_MARKS, RELATIVES, RESUMPTIVE_IN, SENDING, STATEMENT_NOUNS, STOPPING,
                        STOPPING_FORMS, URGING_PARTICIPLES, VERB_NEGATORS, accusation, accusation_noun,
                        accusing_pronoun, armed_from, called_so, clitic_marker, coordinated, definite, denial_word,
                        deprel, each_of, genitive_of, has_pronoun, hastened_subject, marker_before, mention_gender,
                        participle_after_comma, past_marks_back, pronoun_gender, pronoun_phrase, reach_back,
                        relative_antecedent, relative_asides, report_author, retreating, stop_demanded_of, stopped,
                        time_phrase_before, upos, urging_before, while_at)
from kg.actors import (QUOTE_MARKS, RECEIVED_IN_REACH, WHEN, Mention, Word, default_matcher, proclitic_on,
                       strip_article)
from kg.normalize import strip_diacritics
from kg.ontology import SYMMETRIC
from kg.tokens import zipf
from kg.triggers import NOUN_AFFIXES, THAT_PRONOUNS, affixed, conjunction_on, stem_match

FINAL = True
AIMING = {"بهدف", "بغيه", "بقصد", "اجل", "لاجل"}  # normalised nouns of aim before a masdar of purpose
CONFIDENCE = {"accused-of": 0.75, "ba-complement": 0.6, "backed-by": 0.75, "masdar-object": 0.55, "masdar-pronoun-object": 0.6,
              "masdar-genitive": 0.75, "masdar-pronoun": 0.6, "accused-of-agentless": 0.6, "masdar-chain": 0.55,
              "masdar-before": 0.5, "masdar-asked": 0.55, "in-reception": 0.7, "masdar-fronted": 0.6,
              "masdar-joint": 0.6, "masdar-exchanged": 0.7, "masdar-from-to": 0.7,
              "masdar-topic": 0.45, "masdar-praised": 0.5, "accusation-levelled": 0.7}
RULES = tuple(r for r in CONFIDENCE if r != "accused-of-agentless")
FAR_TARGET_CONFIDENCE = 0.5  # an object found only by pronoun or authorship
PLACES_AND_SOURCES = {"من", "علي", "عن"}  # normalised prepositions of an actor no backing is for
ATTACK_TRIGGERS = {"haajama"}  # a clause's own fighting, which a backing phrase after it is for
FRONTED_BACKING_LEAD = 1  # words before a fronted «بدعم من X،» («وبدعم», or one particle)
NEAR = 4  # words between an actor and the masdar for it to be «the actor the phrase is about»
ARRIVAL_REACH = 3  # words from «إلى X» to the visit after it («وصل إلى موسكو في زيارة»)
SIDELINES = {"هامش"}  # «على هامش القمة»: on the sidelines of
ARRIVING = ("وصل", "توجه", "سافر", "حط")  # verb stems of arriving (not «غادر X إلى Y»: the one left is no host)
ARRIVING_REACH = 6  # words from the verb of arriving to «إلى X», its subject's name and title between


THANKS_TO = {"بفضل", "وبفضل"}
# normalised: persuading someone to act asks it to («يحاول أردوغان إقناع ترامب بدعم حكومة الوفاق»)
PERSUADING = {"اقناع", "لاقناع", "اقنع", "اقنعت", "يقنع", "تقنع"}
OFFENSIVES = {"هجوم", "هجمات", "عمليه", "عمليات", "حمله", "حرب", "زحف"}  # an actor's offensive, in construct with it


def applies(ctx: Context) -> bool:
    return ctx.kind == "noun"


def find(ctx: Context) -> Found | None:
    words, hit, after, before = ctx.words, ctx.hit, ctx.after, ctx.before
    trig = ctx.trig
    exchanged = _exchanged(ctx)
    if exchanged is not None:
        return exchanged
    welcomed = _in_reception(ctx)
    if welcomed is not None:
        return welcomed
    supply = from_to(ctx)
    if supply is not None:
        return supply
    toured = _visit_including(ctx)
    if toured is not None:
        return toured
    received = _received_from(ctx)
    if received is not None:
        return received
    praised = _praised_from(ctx)
    if praised is not None:
        return praised
    levelled = ctx.levelled(hit.first) if hit.kind == "noun" and (accusation(words[hit.first]) or
                                                                  trig.relation == "opposes") else None
    if levelled is not None:
        # «اتهامات وجهها باشاغا لباريس», «انتقادات حادة وجهها أردوغان لفرنسا»: who levelled the accusations or the
        # criticism opposes who they were levelled at
        return Found(levelled[0], levelled[1], CONFIDENCE["accusation-levelled"], "accusation-levelled")
    if trig.relation == "met" and hit.first > 0 and words[hit.first - 1].norm in SIDELINES:
        return None  # «على هامش القمة الأوروبية»: an event where others met, no meeting of the clause's actors
    if trig.relation not in SYMMETRIC and any(m.first <= hit.first <= m.last for m in ctx.mentions):
        # «مرتزقة فاغنر الروسية الداعمة لحفتر»: a noun that is part of an actor's name names the actor,
        # no support of the subject's (what the actor does, the words after the name say)
        return None
    gen = next((m for m in after if genitive_of(words, m, hit.last)), None)
    offensive = None
    if gen is None and trig.relation == "supports" and hit.last + 1 < len(words) and \
            words[hit.last + 1].norm in OFFENSIVES:
        # «اتهمت أنقرة أبوظبي بتمويل هجوم حفتر»: backing an actor's offensive backs the actor
        gen = next((m for m in after if genitive_of(words, m, hit.last + 1)), None)
        offensive = gen
    if gen is None:
        # «ستواصل تدريب ودعم قوات حكومة الوفاق»: two masdars joined by «و» share the genitive after the second
        joined = next((h for h in ctx.hits if h.first == hit.last + 1 and h.kind == "noun"
                       and h.trigger.relation == trig.relation and conjunction_on(words[h.first])), None)
        gen = next((m for m in after if genitive_of(words, m, joined.last)), None) if joined is not None else None
    if gen is None and trig.relation == "supports" and any(
            h.first == h.last == hit.last + 1 and h.trigger.received_only for h in ctx.hits):
        # («استمرار إمدادات السلاح المصرية إلى قوات حفتر»: the nationality after the goods a supply names is the
        # supplier's)
        gen = next((m for m in after if m.kind == "demonym" and m.first == hit.last + 2), None)
    if gen is None:
        # «مرتزقة من مجموعة فاغنر»: armed men's origin behind «من» is theirs, as a genitive is
        gen = next((m for m in after if m.first == hit.last + 2 and armed_from(words, m)), None)
    involver = _involved_genitive(ctx) if gen is not None and trig.relation not in SYMMETRIC else None
    if involver is not None:
        # «كشف باشاغا عن تورط فرنسا في دعم حفتر»: the one whose involvement it is does it
        return Found(involver, gen, CONFIDENCE["masdar-genitive"], "masdar-genitive") \
            if ctx.party(involver) != ctx.party(gen) else None
    held = _held_responsible(ctx) if gen is not None and trig.relation == "supports" else None
    if held is not None and ctx.party(held) != ctx.party(gen):
        # «حمّل باشاغا الإمارات مسؤولية دعم حفتر», «إن تركيا تتحمل مسؤولية دعم الميليشيات»: the one held
        # responsible for a support is its giver
        return Found(held, gen, CONFIDENCE["accused-of"], "accused-of")
    pronoun = ctx.pronoun_on(hit.last)
    if gen is None and pronoun and trig.relation in SYMMETRIC and hit.last + 3 < len(words) and \
            words[hit.last + 1].norm in ("في", "وفي") and \
            not any(m.first <= hit.last + 2 <= m.last for m in ctx.mentions):
        # «خلال لقائه في طرابلس السفير الأمريكي»: the one met, past where
        gen = next((m for m in after if m.first == hit.last + 3 and marker_before(words, m, hit.last + 2) is None),
                   None)
    if gen is None and pronoun and trig.relation in SYMMETRIC:
        # «لدى استقباله اليوم الخميس بقصر قرطاج وزير الخارجية», «بعد لقائه أمس في القاهرة المشير حفتر»: past when
        # and where (a place of a few words with no actor kg knows, or a capital)
        k = past_when_and_where(words, ctx.mentions, hit.last + 1)
        gen = next((m for m in after if m.first == k and k > hit.last + 1 and marker_before(words, m, k - 1) is None),
                   None)
    if gen is not None and trig.relation in SYMMETRIC and len(gen.referents) == 2 and gen.first == hit.last + 1:
        # «عقب اجتماع الوزيرين»: a meeting of the two a dual names is between them
        return Found(*gen.referents, CONFIDENCE["masdar-genitive"], "masdar-genitive")
    if gen is None and pronoun and trig.relation in SYMMETRIC:
        # «عقب لقائه (في الإليزيه) كلا من حفتر وصالح»: «كلا من» opens the list of those met, past where
        k = past_when_and_where(words, ctx.mentions, hit.last + 1)
        if k + 1 < len(words) and words[k].norm == "كلا" and words[k + 1].norm == "من":
            gen = next((m for m in after if m.first == k + 2), None)
    clitic = preposition_on(words[hit.first], trig.noun)
    opens = hit.first  # where the masdar's phrase opens: on the «بـ» of a charge written apart, if any
    apart = past_marks_back(words, hit.first - 1)
    if clitic is None and 0 <= apart < hit.first - 1 and words[apart].norm == "ب" and \
            any(accusation(w) for w in words[ctx.a:apart]):
        clitic, opens = "ب", apart  # («اتهم السراج فرنسا بـ«دعم حفتر»»: the charge's «بـ» before quotation marks)
    # a masdar of purpose (لدعم), a verb's object, or the complement of «أكد على / دعا إلى …»;
    # for met/called the genitive is always a participant (مكالمة ترامب مع حفتر)
    # («عن»: «امتنعت عن دعم حفتر», «تنأى بنفسها عن دعم حفتر»)
    # («اتهمه بالتورط في دعم حفتر»: the masdar of an involvement charged, behind «في»; «تشترك روسيا والإمارات
    # في دعم حفتر»: the domain of a verb of taking part or lining up, its subject the agent)
    involved = hit.first > 1 and words[hit.first - 1].norm in ("في", "وفي") and (
        words[hit.first - 2].norm in INVOLVEMENT or
        any(stem_match(words[k], v, "verb") for k in range(max(ctx.a, hit.first - SHARING_REACH), hit.first - 1)
            for v in SHARING))
    # («اتفق مع نظيره على "دعم الحكومة الشرعية"»: past the quotation mark that opens the masdar)
    before_it = words[max(0, past_marks_back(words, hit.first - 1))]
    # («بهدف دعم حكومة الوفاق», «من أجل دعم …», «بغية دعم …»: a purpose named by a noun of aim, as «لدعم» is)
    governed = hit.first > 0 and (before_it.norm in ("علي", "الي", "وعلي", "والي", "عن") or involved
                                  or before_it.norm in AIMING
                                  or continuing(words[hit.first - 1]) or _continues_in(ctx) or _by_means_of(ctx)
                                  or _denied_object(ctx) or _resumed(ctx))
    # («تجمعات للمرتزقة الأتراك»: a «لـ» on a noun with no verb, not a masdar, is no purpose)
    purpose = trig.relation not in SYMMETRIC and \
        ((clitic == "ل" and bool(trig.verb)) or governed or deprel(words[hit.first]) in ("obj", "xcomp"))
    # («بفضل الدعم التركي، صدت قوات الوفاق الهجوم»: thanks to backing, as «بدعم تركي»)
    with_b = (clitic == "ب" or hit.first > 0 and words[hit.first - 1].norm in THANKS_TO) and \
        trig.relation == "supports" and not pronoun
    # («اتهم أردوغان الإمارات بتمويل المرتزقة وتسليح حفتر»: a second charge, joined by «و» to one behind «بـ», its
    # actor near the first)
    joined = joined_charge(ctx) if trig.relation == "supports" and not pronoun and not with_b else None
    with_b = with_b or joined is not None
    # (an aside between is no distance: «رفضت مصر، في بيان صدر عن خارجيتها، الاتهامات بدعم قوات حفتر»)
    near_before = before[-1] if before and \
        before[-1].last >= reach_back(opens if joined is None else joined, NEAR, ctx.aside_words()) else None
    aside = next((span for span in relative_asides(words, hit.first, circumstances=True) if span[1] == hit.first - 1),
                 None)
    if aside is not None:
        # «تتهم حكومة الوفاق فرنسا، التي تنفي ذلك، بدعم حفتر»: the actor before a relative clause set
        # off by commas, or a phrase of when or where («اتهمت أثينا، في المقابل، بدعم …»), which closes right
        # before the masdar
        near_before = next((m for m in before if m.last == aside[0] - 1), near_before)
    if not purpose and clitic == "ب" and trig.relation == "opposes" and near_before is not None and \
            (_ba_verb_of(ctx, near_before) or demander(ctx, near_before) is not None):
        # «طالب المسماري بإدانة تركيا», «طالبت حكومة الوفاق مجلس الأمن بإدانة الإمارات»: the masdar a verb of
        # demanding governs, its genitive the object
        purpose = True

    charge = hit.first if joined is None else joined  # where the charge starts (the first of two joined)
    if with_b and gen is not None and charge >= 2 and words[charge - 1].norm in DETACHED and \
            accusation(words[charge - 2]):
        accused = ctx.accused()  # «متهما إياها بدعم حفتر»: the one the detached pronoun names
        if accused is not None and ctx.party(accused) != ctx.party(gen):
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of")
    if with_b and gen is not None and hit.first >= 2 and _accused_participle(words[hit.first - 1]):
        # «وباريس متهمة بدعم حفتر»: the charge behind the participle is the one it is said of, right before it
        # (with the article the participle describes the actor, whatever governs it: «إلى روسيا المتهمة بدعم حفتر»)
        described = words[hit.first - 1].norm.lstrip("و").startswith("ال")
        accused = next((m for m in before if m.last == hit.first - 2 and
                        (described or marker_before(words, m) is None)), None)
        if accused is not None and ctx.party(accused) != ctx.party(gen):
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of")
    if with_b and gen is not None and hit.first >= 1 and accusing_pronoun(words[hit.first - 1]) and \
            stem_match(words[hit.first - 1], "اتهم", "verb"):
        # «انتقد أردوغان فرنسا واتهمها بدعم حفتر»: the charge right behind the accusation's object pronoun is
        # the accused's
        accused = ctx.accused()
        if accused is not None and ctx.party(accused) != ctx.party(gen):
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of")
    charged = _charge_after_accusation(ctx) if with_b and gen is not None else None
    if charged is not None:
        # «نفت روسيا الاتهامات الأمريكية لها بدعم حفتر»: the charge right after an accusation noun, past its
        # nationality adjective (its author) and «لها», is the accused's (never the author named in construct)
        accused = ctx.accused()
        if accused is not None and ctx.party(accused) != ctx.party(gen) and accused.first != charged + 1:
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of")
    backed = _charged_with_backing_it(ctx) if clitic == "ب" and pronoun and gen is None else None
    if backed is not None:
        return backed
    if with_b and near_before is not None and _ba_verb_of(ctx, near_before, BA_REACTIONS) and \
            not _accused_object(ctx, near_before):
        with_b = False  # «أشاد أردوغان بالدعم القطري لحكومة الوفاق»: the masdar reads as it would alone
    found = _backing(ctx, gen, with_b, near_before)
    if found is not None and joined is not None and found.rule != "accused-of":
        return None  # (a second charge is only ever one)
    if found is not None:
        return found
    if gen is not None and trig.requires and any(stem_match(words[gen.first], r, "noun") for r in trig.requires):
        # «قررت مصر استدعاء السفير التركي»: the noun the lexeme requires is its object (the ambassador
        # summoned), named with its state; the agent is the subject of the verb that governs the masdar
        return masdar_object(ctx, gen)
    if gen is not None and not pronoun and trig.second_object and _required_after(ctx, gen):
        # «لن تتردد في تحميل تركيا مسؤولية التصعيد»: the required second object after the genitive makes it the first
        # object, the one blamed; the agent is the subject of the verb that governs the masdar
        return masdar_object(ctx, gen)
    if gen is not None and not pronoun and _labelled_after(ctx, gen):
        # «كرر الوزير وصف حفتر بالقرصان»: the label behind «بـ» after the genitive is the masdar's second
        # object, so the genitive is its first, the one labelled (with «لـ», «وصف السراج لحفتر بـ…», the agent)
        return masdar_object(ctx, gen)
    own_target = gen is not None and ctx.marked_target([m for m in after if m.first > gen.last], [gen])
    # «على رفض أمريكا الحملة التي يشنها حفتر»: a definite noun right after the genitive is the
    # masdar's object, so the genitive is its agent
    # (the tagger takes some such nouns for adjectives; one agreeing with the head of a construct
    # genitive, «حكومة الوفاق الشرعية», is the genitive's own)
    # (not an adjective of the offensive the genitive's is: «لدعم حملة حفتر العسكرية»)
    object_after = gen is not None and gen is not offensive and gen.last + 1 < len(words) and \
        words[gen.last + 1].norm.startswith("ال") \
        and upos(words[gen.last + 1]) in ("NOUN", "ADJ") \
        and not (gen.last > gen.first and _agrees(words[gen.last + 1], words[gen.first]))
    # («على إرسال أنقرة قوات إلى ليبيا»: or the noun the trigger requires, what is sent)
    object_after = object_after or (gen is not None and gen.last + 1 < len(words) and
                                    any(stem_match(words[gen.last + 1], r, "noun") for r in trig.requires))
    # («عن تزويد أبوظبي قوات حفتر بطائرات مسيرة»: or an actor with no preposition right after the genitive's group)
    if not object_after and gen is not None and trig.relation not in SYMMETRIC:
        past_group = coordinated(words, ctx.mentions, gen)[-1].last + 1
        object_after = any(m.first == past_group and ctx.mk(m) is None and m.kind != "demonym" for m in after)
    # «دعم القاهرة للجيش», «هجوم قوات الوفاق على القاعدة»: the genitive's own object behind the
    # trigger's preposition, even one that is no actor kg knows, makes the genitive the agent
    # (an attack condemned, «ندد X بهجوم Y على …», is read below as the condemner against its doer)
    nxt = words[gen.last + 1] if gen is not None and gen.last + 1 < len(words) else None
    own_marked = nxt is not None and (("ل" in ctx.markers and clitic_marker(nxt) == "ل") or
                                      nxt.norm in trig.target_markers) \
        and not (ctx.governor == "opposes" and trig.relation == "opposes")
    # («جدد الوزير انتقاد واشنطن للإغلاق النفطي …»: a masdar that takes its object with «لـ» on a definite noun,
    # the «لـ» of its object whichever preposition its verb takes; not a reason, «إدانة حفتر لقصفه المطار», nor
    # after a call for the stance, where the genitive is the one to be condemned: «دعا إلى إدانة الإمارات للغارات»)
    own_marked = own_marked or (ctx.object_lam and nxt is not None and nxt.norm.startswith("لل") and
                                not governed and clitic is None)
    # («ردت أنقرة على اتهامات باريس»: accusations, in the plural, are their genitive's)
    their_accusations = accusation(words[hit.first]) and words[hit.first].norm.endswith("ات")
    if gen is not None and not pronoun and gen.first == hit.last + 1 and gen.kind != "demonym" and \
            _asked_to_stop(ctx) is not None:
        return masdar_object(ctx, gen)  # («طالبت حكومة الوفاق الإمارات بوقف دعم حفتر»: the one asked gives it)
    # (a nationality adjective on the masdar is its agent, «لدعم تركي»; one on a title is a person, its
    # object: «لم يتردد أردوغان في مهاجمة الرئيس الفرنسي»)
    if gen is not None and (gen.kind != "demonym" or gen.last > gen.first) and purpose and not pronoun \
            and not own_target and not object_after and not own_marked and not their_accusations:
        return masdar_object(ctx, gen)
    hastener = hastened_subject(words, ctx.mentions, hit.first) \
        if gen is not None and not pronoun and gen.first == hit.last + 1 else None
    if hastener is not None and ctx.party(hastener) != ctx.party(gen):
        # «سارع وزير الخارجية الروسي إلى لقاء السراج»: the subject of the verb of hastening is the masdar's agent, and
        # its genitive the object
        return Found(hastener, gen, CONFIDENCE["masdar-object"], "masdar-object")
    if gen is not None and pronoun:
        # «لقائه حفتر»: the pronoun is the agent, the genitive the object
        src = ctx.referent(gen, possessive=True)
        if src is not None and src is ctx.previous_target and ctx.previous_source is not None and \
                time_phrase_before(words, hit.first, ctx.a):
            # («استقبل ماكرون حفتر بعد أسبوعين من لقائه السراج»: in a phrase of when after the clause, «his» is the
            # clause's subject, not its object)
            src = ctx.previous_source
        return Found(src, gen, CONFIDENCE["masdar-pronoun-object"], "masdar-pronoun-object") if src is not None else None
    if gen is not None and trig.mutual and gen.kind == "demonym" and gen.first == hit.last + 1:
        pair = coordinated(words, ctx.mentions, gen)
        if len(pair) > 1:
            # «الخلاف المصري التركي», «التنافس الفرنسي الإيطالي»: a tie both ways between its adjectives
            return Found(pair[0], pair[1], CONFIDENCE["masdar-joint"], "masdar-joint")
    if gen is not None:
        src, tgt, rule = masdar_genitive(ctx, gen)
    else:
        # («وقع ممثلو حكومة الوفاق والجيش الوطني … اتفاقا … في ختام خمسة أيام من المحادثات»: so long of talks is
        # the talks the clause's subject held, however far before)
        span = trig.relation in SYMMETRIC and hit.first >= 2 and words[hit.first - 1].norm == "من" and \
            words[hit.first - 2].norm in DURATIONS
        src, rule = agent(ctx, pronoun)
        if src is None and span:
            src, rule = ctx.clause_subject(hit.first), "masdar-joint"
        if src is None:
            return None
        group = coordinated(words, ctx.mentions, src)
        # (or after «عقب/بعد/خلال»: «وقال عقب اللقاء إن …», the meeting just told)
        if trig.relation in SYMMETRIC and definite(words[hit.first]) and group[-1].last < hit.first - 3 and \
                (words[hit.first - 1].norm in ("من", "عن", "علي", "حول", "عقب", "بعد", "خلال", "اثناء", "اثر") or
                 clitic_marker(words[hit.first]) == "ب") and not any(ctx.mk(m) == "مع" for m in after) and not span:
            # «رحبت القاهرة وأبوظبي بالموقف الأميركي، فيما عبر مسؤولون عن صدمتهم من الاتصال»: the call named
            # before, recalled with the article behind a preposition, is no new one between actors far before
            return None
        # (not with a partner behind «مع» after it, «مع كل من» too: «عقدا اجتماعات منفصلة مع كل من السراج وحفتر»)
        with_others = any(ctx.mk(m) == "مع" for m in after) or \
            any(w.norm in ("مع", "ومع") for w in words[hit.last + 1:hit.last + 1 + WITH_REACH])
        with_each = group[0] in ctx.mentions and (marker_before(words, group[0]) == "مع" or (
            each_of(words, group[0]) and words[group[0].first - 3].norm in ("مع", "ومع")))
        if trig.relation in SYMMETRIC and len(group) > 1 and with_each:
            # («عقدا مع كل من السراج وحفتر، على حدة، جولات مباحثات»: those behind «مع» met the clause's subject)
            host = ctx.first_unmarked(group[0].first)
            return Found(host, group[0], CONFIDENCE["masdar-before"], "masdar-before") \
                if host is not None and ctx.party(host) != ctx.party(group[0]) else None
        if trig.relation in SYMMETRIC and len(group) > 1 and not with_others:
            # «عقد السراج وحفتر اجتماعا في أبوظبي»: the coordinated agents met each other
            return Found(group[0], group[1], CONFIDENCE["masdar-joint"], "masdar-joint")
        if trig.relation in SYMMETRIC and len(src.referents) > 1 and not with_others:
            # («… بعد جولة مباحثات عقدها الوزيران»: so did the two a dual names again)
            return Found(src.referents[0], src.referents[1], CONFIDENCE["masdar-joint"], "masdar-joint")
        # the agent is elsewhere, so the masdar's genitive, or a nationality adjective in
        # its noun phrase («معارضة مشروع قرار بريطاني»), is its object
        # (a nationality adjective of a noun behind another preposition is that noun's: «هجوما بدعم إماراتي»)
        # («دعا المشري إلى إدانة هجمات حفتر», «أعلنت مصر إدانتها قصف حفتر للعاصمة»: an actor's attack
        # opposed, the genitive of the noun after the masdar, is the actor opposed)
        attack = trig.relation == "opposes" and hit.last + 1 < len(words) and \
            any(stem_match(words[hit.last + 1], n, "noun") for n in ATTACKS)
        # («جدد الاتحاد مطالبته بانسحاب المرتزقة الروس»: the object of the masdar the trigger requires,
        # right after it)
        required = hit.last + 1 < len(words) and any(stem_match(words[hit.last + 1], r, "noun") for r in trig.requires)
        # («أعلنت حكومة الوفاق رفضها عملية إيريني»: after the agent's pronoun, the masdar's object and its genitive)
        required = required or (pronoun and hit.last + 1 < len(words) and upos(words[hit.last + 1]) == "NOUN"
                                and not clitic_marker(words[hit.last + 1]))
        tgt = ctx.marked_target(after, group) or next(
            (m for m in after if m not in group and ctx.mk(m) is None and
             (genitive_of(words, m, hit.last) or ((attack or required) and genitive_of(words, m, hit.last + 1))
              or (_adjectival(words, m) and m.first <= hit.last + 4
                  and not any(clitic_marker(w) not in (None, *ctx.markers)
                              for w in words[hit.last + 1 + required:m.first])
                  and not _joined_to_trigger(words, hit.last, m.first)))),
            None)
    if tgt is None and trig.relation in ("supports", "opposes") and src is not None:
        tgt = _doer_of_what(ctx, src)  # «دعمها الكامل لما تتخذه مصر من إجراءات»
    conf = CONFIDENCE[rule]
    if rule == "accused-of-agentless":
        rule = "accused-of"
    if tgt is None and trig.relation == "met" and src is not None:
        # «وصل حفتر إلى موسكو في زيارة رسمية»: a visit's host is where the visitor came, just before
        tgt = next((m for m in reversed(before) if m is not src and m.last >= hit.first - ARRIVAL_REACH
                    and marker_before(words, m) == "الي" and ctx.party(m) != ctx.party(src)
                    and any(stem_match(w, v, "verb") for w in words[max(0, m.first - ARRIVING_REACH):m.first]
                            for v in ARRIVING)),
                   None)
    if tgt is None and trig.relation == "met" and src is not None:
        # «بعد استقباله مرارا في باريس»: the capital one was received in (kept as an actor only after a
        # reception, see ActorMatcher.is_place) is the host
        # («استقباله في عامي 2017 و2018 في باريس»: a time between, as the matcher allows)
        tgt = _received_in(ctx, lambda m: ctx.party(m) != ctx.party(src))
    if tgt is None and trig.relation == "met" and src is not None and rule == "masdar-pronoun":
        # «انتقادات لماكرون لإعطائه شرعية لحفتر، بعد استقباله في باريس»: «his» reception in the capital of the
        # actor the pronoun would name is the one received, the nearest actor before of its gender and another party
        host = _received_in(ctx, lambda m: ctx.party(m) == ctx.party(src))
        gender = pronoun_gender(words[hit.last])
        guest = next((m for m in reversed(before) if ctx.party(m) != ctx.party(src) and
                      (gender is None or mention_gender(words, m, ctx.kind_of(m)) == gender)), None) \
            if host is not None else None
        if guest is not None:
            src, tgt = guest, host
    if tgt is None and rule == "masdar-pronoun" and trig.relation in SYMMETRIC and words[hit.last].norm.endswith("هما"):
        # «بحث السراج مع السفير الأمريكي خلال لقائهما»: «their» meeting is between the subject and the
        # one named behind «مع»
        # (or the clause's object: «أطلع السراج الرئيس التونسي على التطورات خلال لقائهما»)
        tgt = next((m for m in reversed(before) if marker_before(words, m) in ("مع", "ب") and ctx.party(m) != ctx.party(src)),
                   None) or \
            next((m for m in reversed(before) if marker_before(words, m) is None and ctx.party(m) != ctx.party(src)),
                 None)
        # (the subject of the clause «في حين/بينما» opens, when it does: «رحبت قطر بالخطوة، في حين بحث الوزير
        # المصري مع نظيره الفرنسي … خلال لقائهما»)
        opened = max([j for j in range(hit.first) if while_at(words, j)], default=0)
        subject = ctx.first_unmarked(hit.first, opened) or ctx.first_unmarked(hit.first)
        if tgt is not None and marker_before(words, tgt) == "مع" and subject is not None and subject is not src and \
                subject.last < tgt.first and ctx.party(subject) != ctx.party(tgt):
            # («حمّل ماكرون تركيا المسؤولية في مؤتمر صحفي عقده مع ميركل عقب لقائهما»: the two are the one behind «مع»
            # and the main clause's subject, not an object between)
            src = subject
    if tgt is None and trig.relation not in SYMMETRIC and src is not None:
        # «طالب البرلمان بفرض عقوبات على الدول التي تنتهك الحظر، ومنها تركيا»: the ones listed in the object
        tgt = ctx.included_object(coordinated(words, ctx.mentions, src), ctx.mentions)
    if tgt is None:
        aimed = ctx.aimed_at(hit.first, src) if src is not None and accusation(words[hit.first]) else None
        tgt = ctx.pronoun_target(src) or ctx.authored_target() or _accused_rejecting(ctx, src) or aimed or \
            (ctx.alluded() if trig.relation not in SYMMETRIC else None) or \
            (_doer_of_object(ctx, after, src) if trig.relation in ("opposes", "supports") and src is not None
             else None) or \
            (ctx.adjective_object() if trig.relation == "opposes" and src is not None else None) or \
            (ctx.lam_genitive_object(after, []) if trig.relation == "opposes" and src is not None else None) or \
            (_statements_owner(ctx, src) if trig.relation == "opposes" and src is not None else None) or \
            (ctx.singled_out(src.last if src in ctx.mentions and src.first > hit.last else hit.last)
             if trig.relation in ("opposes", "supports") and src is not None else None)
        # («…، في إشارة إلى تركيا»; «أبدت روسيا قلقها من تزايد الوجود العسكري التركي»; «أبدت فرنسا قلقها من
        # الحشود العسكرية لتركيا»; «جدد رفض مصر للتدخلات الخارجية، وعلى رأسها الوجود التركي»)
        conf = min(conf, FAR_TARGET_CONFIDENCE)
    if tgt is src:
        tgt = None  # («الدعم الذي قدمته تركيا»: the author of the support is its giver, not its object)
    if tgt is None and trig.relation == "supports" and src is not None and ctx.governor == "supports" and \
            (trig.verb or trig.lemmas) and (src.kind == "demonym" or src is _relative_agent(ctx)):
        # «أشاد السراج بالدعم التركي», «… بالدعم الذي قدمته تركيا»: support named by its giver alone,
        # praised: given to the one praising it
        # (not «بالدعم الإيطالي لجهود السلام»: given to something else; nor «تمول الإمارات المرتزقة الروس»:
        # mercenaries are no masdar, nobody's support praised)
        praiser = ctx.unmarked_before()
        if praiser is not None and ctx.party(praiser) != ctx.party(src) and not _given_to_other(words, src.last + 1):
            tgt, rule, conf = praiser, "masdar-praised", CONFIDENCE["masdar-praised"]
    # (a masdar a stance verb governs, «أدانت الهجوم التركي», is that verb's object, no reaction of its own)
    # (only a masdar, the noun of a verb, is a reaction: «مرتزقة روس» are no one's reaction to the topic)
    # (nor one with an object of its own that names no actor kg knows: «استمرار الدعم التركي للحكومة الشرعية»)
    past = src.last + 1
    while past < len(words) and upos(words[past]) == "ADJ" and clitic_marker(words[past]) is None:
        past += 1
    own_object = past < len(words) and (clitic_marker(words[past]) in ("ل", "ب") or
                                        words[past].norm in trig.target_markers or words[past].norm == "الي")
    if tgt is None and rule == "masdar-genitive" and src.kind == "demonym" and trig.relation in ("opposes", "supports") \
            and clitic != "ب" and ctx.governor is None and (trig.verb or trig.lemmas) and not own_object \
            and not (hit.first > 0 and words[hit.first - 1].norm in ANY) \
            and (definite(words[hit.last]) or not any(definite(w) for w in words[hit.last + 1:src.first])):
        # («تتحرك بدعم روسي»: backing for the phrase's own noun, no reaction to the topic; «سيرد على أي
        # هجوم تركي»: any such act, none that happened; «لدعم المرتزقة الروس»: the nationality of a definite
        # genitive after an indefinite masdar is its object's, no one's reaction; «دعم سياسي سعودي» is one)
        tgt, rule, conf = masdar_topic(ctx, src), "masdar-topic", CONFIDENCE["masdar-topic"]
    if tgt is None and trig.relation in SYMMETRIC and rule == "masdar-genitive" and src is not None:
        # «رفض حفتر لقاء السراج»: the meeting's genitive is one side, the subject of the verb that governs it, right
        # before it, the other (whether it was held is the verb's: refused, called off, sought)
        tgt = next((m for m in before if m.last == hit.first - 1 and m.first > 0 and marker_before(words, m) is None
                    and upos(words[m.first - 1]) == "VERB" and ctx.party(m) != ctx.party(src)), None)
    if tgt is not None and trig.relation in SYMMETRIC and rule in ("masdar-chain", "masdar-before") and \
            marker_before(words, tgt) == "بين":
        return None  # («ذكر ماس أن مفاوضات تثبيت الهدنة بين الطرفين …»: who says it is not one of them)
    if tgt is not None and trig.mutual and rule in ("masdar-chain", "masdar-before") and ctx.mk(tgt) not in ctx.markers:
        return None  # («تفاقم الخلاف»: a tie both ways names both sides, with «بين» or «مع»; no guess at them)
    return Found(src, tgt, conf, rule) if tgt is not None else None


def _charged_by(ctx: Context, author: Mention) -> Mention | None:
    """«الاتهامات التي وجهتها لها واشنطن»: is ``author`` the subject of a relative clause on an accusation
    noun (past the accused's pronoun behind «لـ/إلى»)?  Then the accused, the nearest actor before the noun
    with no preposition."""
    words = ctx.words
    k = author.first - 1
    if k > 0 and pronoun_phrase(words[k]):
        k -= 1
    if k < 2 or upos(words[k]) != "VERB" or words[k - 1].norm not in RELATIVES or \
            not (upos(words[k - 2]) == "NOUN" and accusation(words[k - 2])):
        return None
    return next((m for m in reversed(ctx.mentions) if m.last < k - 2 and marker_before(words, m) is None), None)


def _visit_including(ctx: Context) -> Found | None:
    """«قام وزير الخارجية الإيطالي بزيارة شملت القاهرة وأنقرة»: a visit (past its adjectives) that took in
    the states named right after «شملت» met them; its agent as a masdar's with no genitive."""
    words, hit = ctx.words, ctx.hit
    if ctx.trig.relation != "met" or hit.kind != "noun":
        return None
    # (past its adjectives, which the tagger may call nouns: «بزيارة سريعة شملت …»)
    k = next((k for k in range(hit.last + 1, min(len(words) - 1, hit.last + 4))
              if words[k].norm in INCLUDING_VERBS or words[k].punct), None)
    if k is None or words[k].punct or any(m.first < k for m in ctx.after):
        return None
    host = next((m for m in ctx.after if m.first == k + 1 and ctx.mk(m) is None), None)
    if host is None:
        return None
    src, _ = agent(ctx, ctx.pronoun_on(hit.last))
    return Found(src, host, CONFIDENCE["masdar-before"], "masdar-before") \
        if src is not None and ctx.party(src) != ctx.party(host) else None


def _involved_genitive(ctx: Context) -> Mention | None:
    """«تورط فرنسا في دعم حفتر»: the genitive of an involvement noun right before the masdar's «في»."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 2 or words[k].norm not in ("في", "وفي"):
        return None
    m = next((m for m in ctx.mentions if m.last == k - 1 and m.first >= 1), None)
    noun = words[m.first - 1].norm.lstrip("و") if m is not None else ""
    return m if m is not None and (noun in INVOLVEMENT or noun[1:] in INVOLVEMENT and noun[:1] == "ب") and \
        marker_before(words, m, m.first - 1) is None else None


CHARGE_REACH = 3  # words from an accusation noun to the «بـ» of its charge


def _accused_participle(word: Word) -> bool:
    """«متهمة», «المتهمون»: the participle of one accused."""
    norm = word.norm[1:] if word.norm[:1] == "و" else word.norm
    return accusation(word) and norm.removeprefix("ال").startswith("مته")


def _charge_after_accusation(ctx: Context) -> int | None:
    """The accusation noun a few words before the masdar, with only its adjectives, its author in
    construct («اتهامات حكومة الوفاق») and a pronoun phrase («لها») between, if there is one."""
    words, first = ctx.words, ctx.hit.first
    for k in range(max(ctx.a, first - CHARGE_REACH - AUTHOR_WORDS), first - 1):
        if not accusation_noun(words[k]):
            continue
        author = next((m for m in ctx.mentions if m.first == k + 1 and m.last < first), None)
        start = author.last + 1 if author is not None else k + 1
        if first - start < CHARGE_REACH and all(pronoun_phrase(w) or upos(w) == "ADJ" for w in words[start:first]):
            return k
    return None


def _charged_with_backing_it(ctx: Context) -> Found | None:
    """«هاجم أردوغان حفتر، متهما الإمارات ومصر بدعمه»: in a charge, the accused is the masdar's agent, so its
    pronoun is the object: the one backed, an actor before the accused."""
    if ctx.trig.relation != "supports" or not any(accusation(w) for w in ctx.words[ctx.a:ctx.hit.first]):
        return None
    accused = ctx.accused()
    if accused is None or accused not in ctx.mentions:
        return None  # (nor one accused in the sentence before, the addressee a pronoun names: no words here)
    group = coordinated(ctx.words, ctx.mentions, accused)
    gender = pronoun_gender(ctx.words[ctx.hit.last])
    # (a pronoun that could be the accused's own is its support, of someone not named: «اتهمه بدعمها الإرهاب»; a
    # singular is never a list's own: «اتهم الإمارات ومرتزقة فاغنر بدعمه»)
    if gender is None or len(group) == 1 and mention_gender(ctx.words, accused, ctx.kind_of(accused)) == gender:
        return None
    backed = ctx.referent(accused, possessive=True)
    # (nor the accuser, the subject right after an accusation verb: «اتهم ماكرون تركيا …، كما اتهم قطر بدعمه»)
    accuser = backed is not None and any(accusation(ctx.words[j]) and upos(ctx.words[j]) == "VERB"
                                         for j in range(max(0, backed.first - 2), backed.first))
    if backed is None or accuser or backed in group or backed.last >= group[0].first or \
            mention_gender(ctx.words, backed, ctx.kind_of(backed)) != gender or \
            any(ctx.party(backed) == ctx.party(m) for m in group):
        return None
    return Found(accused, backed, CONFIDENCE["accused-of"], "accused-of")


AUTHOR_WORDS = 4  # words of an accusation's author named in construct
RESPONSIBLE_REACH = 10  # words from «حمّل/تحمّل» to «مسؤولية» (who blames, with a title, and who is blamed between)


def _held_responsible(ctx: Context) -> Mention | None:
    """The one held responsible, or bearing the responsibility, for the masdar right after «مسؤولية (عن)»: the
    last actor between «حمّل» and «مسؤولية» («حمّل باشاغا الإمارات مسؤولية دعم حفتر»), or the one right before
    «تتحمل» («إن تركيا تتحمل مسؤولية دعم …»)."""
    words, k = ctx.words, ctx.hit.first - 1
    if k >= 0 and words[k].norm == "عن":
        k -= 1
    if k < 1 or words[k].norm.removeprefix("ال") != "مسووليه":
        return None
    carrier = next((j for j in range(k - 1, max(ctx.a, k - RESPONSIBLE_REACH) - 1, -1)
                    if any(stem_match(words[j], v, "verb") for v in ("حمل", "تحمل"))), None)
    if carrier is None:
        return None
    blamed = [m for m in ctx.mentions if carrier < m.first and m.last < k and ctx.mk(m) is None]
    return blamed[-1] if blamed else next((m for m in ctx.mentions if m.last == carrier - 1 and ctx.mk(m) is None),
                                          None)


def _accused_rejecting(ctx: Context, accuser) -> Mention | None:
    """«رفضت موسكو الاتهامات الأمريكية بإرسال طائرات»: accusations whose author is named, rejected by
    the one they accuse: the rejecter is their target."""
    if accuser is None or not accusation(ctx.words[ctx.hit.first]):
        return None
    subject = ctx.rejecter_of(ctx.hit.first)
    return subject if subject is not None and ctx.party(subject) != ctx.party(accuser) else None


def _adjectival(words: list[Word], m: Mention) -> bool:
    """A nationality adjective, also a plural one the registry lists as a name («المسؤولين الأتراك»; not
    «تركيا», which the adjective's accusative also spells)."""
    plurals = default_matcher().demonym_plurals
    norm = words[m.first].norm
    return m.kind == "demonym" or (m.first == m.last and (norm in plurals or norm.removeprefix("ال") in plurals))


def preposition_on(word: Word, stems) -> str | None:
    """The preposition written on a masdar: «بدعم», «لتأييد».  The tokenizer
    does not always split it off, but with the trigger's stem known, a ب، ل or
    ك before it is unambiguous («بحث» is not ب + حث: its stem starts with ب)."""
    marker = clitic_marker(word)
    if marker:
        return marker
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 4 else word.norm
    for p in ("ب", "ل", "ك"):
        if norm.startswith(p) and any(not stem.startswith(p) and affixed(norm[1:], stem, NOUN_AFFIXES) for stem in stems):
            return p
    return None


def from_to(ctx: Context) -> Found | None:
    """«توريد الأسلحة من تركيا إلى حكومة الوفاق», «شحنات أسلحة من روسيا لقوات حفتر»: supplies
    from one actor to another (also read for the phrase triggers of kg.constructions.verb)."""
    pair = ctx.from_to()
    return Found(pair[0], pair[1], CONFIDENCE["masdar-from-to"], "masdar-from-to") if pair is not None else None


EXCHANGE = ("تبادل",)  # verb stems: «تبادل X و Y الاتهامات»


def _exchanged(ctx: Context) -> Found | None:
    """«تبادل ماكرون وأردوغان الاتهامات»: accusations or criticism exchanged by a coordinated
    subject between the verb and the noun hold both ways (kg.relations adds the reverse)."""
    words, hit = ctx.words, ctx.hit
    if ctx.trig.relation != "opposes" or hit.first < 3:
        return None
    verb = next((k for k in range(hit.first - 1, max(ctx.a, hit.first - 6) - 1, -1)
                 if any(stem_match(words[k], v, "verb") for v in EXCHANGE)), None)
    if verb is None:
        return None
    # (the title of both may stand first: «تبادل وزيرا خارجية مصر وتركيا», «تبادل الوزيران المصري والتركي»)
    first = next((m for m in ctx.mentions if verb < m.first <= verb + 1 + EXCHANGE_TITLE
                  and all(upos(w) in ("NOUN", "ADJ") for w in words[verb + 1:m.first])), None)
    group = coordinated(words, ctx.mentions, first) if first is not None else []
    if len(group) < 2 or group[-1].last != hit.first - 1:
        return None
    return Found(group[0], group[1], CONFIDENCE["masdar-exchanged"], "masdar-exchanged")


EXCHANGE_TITLE = 2  # title words between the verb of exchanging and the first side


# verb stems: «تستمر روسيا في دعم حفتر», «تمضي تركيا في دعمها», «ساهمت مصر في دعم الجيش»
CONTINUE_VERBS = ("استمر", "ستمر", "مضي", "تمادي", "ساهم", "اسهم", "شارك", "انضم")  # («انضمت اليونان إلى فرنسا في …»)
ROLE_NOUNS = ("دور", "دورا")  # «تلعب الإمارات دورا محوريا في دعم حفتر»


def _joined_to_trigger(words: list[Word], last: int, first: int) -> bool:
    """Are the words from the trigger to a nationality adjective nouns joined to the trigger by «و»
    («تدفق المرتزقة والأسلحة التركية»)?  The adjective then qualifies the trigger's own phrase: whose the
    mercenaries and arms are, not the object of the trigger."""
    between = words[last + 1:first]
    return bool(between) and all(w.norm[:1] == "و" and upos(w) in ("NOUN", "CCONJ") for w in between)


def _continues_in(ctx: Context) -> bool:
    """«في» before the masdar, after a verb of going on or taking part, or a role (its subject between), or
    right after an adjective of going on («موقف القاهرة ثابت في دعم الجيش», «ماضية في دعم»)."""
    words, k = ctx.words, ctx.hit.first - 1
    if k > 0 and words[k].norm in ("في", "وفي") and words[k - 1].norm in STEADFAST:
        return True
    return words[k].norm in ("في", "وفي") and \
        any(stem_match(w, v, "verb") for w in words[max(ctx.a, k - 5):k] for v in CONTINUE_VERBS) or \
        (words[k].norm in ("في", "وفي") and _not_hesitating(words, max(ctx.a, k - 5), k)) or \
        (words[k].norm in ("في", "وفي") and any(strip_article(w.norm) in ROLE_NOUNS or w.norm in PLAYERS
                                                for w in words[max(ctx.a, k - 3):k])) or \
        _role_owner(ctx) is not None  # («الدور الذي تلعبه تركيا في دعم …»: past a relative clause on the role)


def _role_owner(ctx: Context) -> Mention | None:
    """«في إشارة إلى الدور التركي في دعم حكومة الوفاق», «دور روسيا في دعم حفتر»: the actor whose role the masdar
    after «في» is, named right after the role noun (its nationality adjective or genitive), is its agent."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 2 or words[k].norm not in ("في", "وفي"):
        return None
    for j in range(k - 1, max(ctx.a, k - 5) - 1, -1):
        if strip_article(words[j].norm.lstrip("و")) in ROLE_NOUNS + RESOLVE_NOUNS:
            # (or the subject of a relative clause on it: «الدور الذي تلعبه تركيا في دعم …»)
            at = j + 3 if j + 2 < k and words[j + 1].norm in RELATIVES and upos(words[j + 2]) == "VERB" else j + 1
            return next((m for m in ctx.mentions if m.first == at and m.last < k), None)
    return None


RESOLVE_NOUNS = ("عزم", "حرص", "اصرار", "تصميم")  # «عزم موسكو في دعم حفتر»: resolved on it, as a role
PLAYERS = {"لاعب", "لاعبا", "اللاعب", "شريك", "شريكا", "الشريك"}  # normalised: «تبقى روسيا لاعبا أساسيا في دعم حفتر»
STEADFAST = {"ثابت", "ثابته", "ماض", "ماضيه", "ماضون", "مستمر", "مستمره", "مستمرون"}  # normalised adjectives
HESITATING = ("تردد", "يتردد", "تتردد")  # verb stems: «لم يتردد المسؤولون الأتراك في مهاجمة أبوظبي»


def _not_hesitating(words, start: int, end: int) -> bool:
    """A negated verb of hesitating between ``start`` and ``end``: «did not hesitate to» do what follows."""
    return any(words[j - 1].norm.lstrip("و") in VERB_NEGATORS and
               any(stem_match(words[j], v, "verb") for v in HESITATING) for j in range(max(start, 1), end))


RESUMING = ("واصل", "يواصل", "تواصل", "استانف",  # verb stems: «تواصل أنقرة تزويد حكومة الوفاق بالطائرات»
            "تولي", "يتولي", "تتولي")  # (undertakes: «تتولى أنقرة تدريب قوات الوفاق»)


def _denied_object(ctx: Context) -> bool:
    """«تنفي مصر دعم قوات حفتر», «تواصل أنقرة تزويد حكومة الوفاق بالطائرات»: the masdar right after a
    denial or a verb of carrying on and its subject is that verb's object, its genitive the masdar's
    object (the parser may read «مصر دعم» as one construct)."""
    words = ctx.words
    subject = next((m for m in ctx.mentions if m.last == ctx.hit.first - 1), None)
    return subject is not None and subject.first > 0 and _carries_on_or_denies(words[subject.first - 1])


def _resumed(ctx: Context) -> bool:
    """«إن أنقرة ستواصل دعم حكومة الوفاق», «روسيا تنفي دعم حفتر»: the masdar right after a verb of
    carrying on or denying, its subject before it, is that verb's object (the tagger may take
    «ستواصل» for a noun)."""
    return _carries_on_or_denies(ctx.words[ctx.hit.first - 1])


def _carries_on_or_denies(word) -> bool:
    """A denial or a verb of carrying on (whose object is the masdar after it)."""
    return denial_word(word.norm) or any(stem_match(word, v, "verb") for v in RESUMING)


def _by_means_of(ctx: Context) -> bool:
    """«عبر دعم حفتر», «من خلال دعم حفتر»: the masdar is how the subject acts, its genitive the object."""
    words, k = ctx.words, ctx.hit.first - 1
    return words[k].norm in ("عبر", "وعبر") or (k > 0 and words[k].norm == "خلال" and words[k - 1].norm in ("من", "ومن"))


def continuing(word: Word) -> bool:
    """«بمواصلة», «لاستمرار», «وتقديم»: a noun of carrying on with the masdar after it."""
    norm = word.norm
    for _ in range(3):  # up to three proclitics: و/ف, ب/ل, ال
        if norm in CONTINUING or (norm.startswith("ال") and norm[2:] in CONTINUING):
            return True
        if norm[:1] not in ("و", "ف", "ب", "ل"):
            return False
        norm = norm[1:]
    return False


def _agrees(adjective: Word, head: Word) -> bool:
    """Is ``adjective`` an adjective of the noun ``head`` of a construct («حكومة الوفاق الشرعية»),
    agreeing in gender with it, rather than a noun of its own?"""
    def gender(w: Word) -> str | None:
        return w.stem.feat("Gender")
    return upos(adjective) == "ADJ" and gender(adjective) is not None and gender(adjective) == gender(head)


def _ba_verb_of(ctx: Context, subject, verbs=BA_VERBS) -> bool:
    """Is ``subject`` the subject of one of ``verbs`` (they take a ب phrase): the verb right
    before its coordinated group, or between it and the masdar?"""
    words = ctx.words
    first = coordinated(words, ctx.mentions, subject)[0].first
    # («يقوم مستشارون عسكريون أتراك بتدريب …»: the nationality adjective of the subject's head noun)
    head = first
    while head > max(0, first - 2) and upos(words[head - 1]) in ("NOUN", "ADJ", "PROPN") and not words[head - 1].punct \
            and not any(m.first <= head - 1 <= m.last for m in ctx.mentions):
        head -= 1
    around = ([words[head - 1]] if head > 0 else []) + ([words[first - 1]] if first > 0 else []) + \
        words[subject.last + 1:ctx.hit.first]
    return any(stem_match(w, v, "verb") for w in around for v in verbs) or \
        (verbs is BA_VERBS and any(stem_match(w, n, "noun") for w in around for n in BA_NOUNS))


def _accused_object(ctx: Context, m) -> bool:
    """«كانت حكومة الوفاق قد اتهمت باريس مرارا بدعم حفتر»: ``m`` right after an accusation verb whose
    subject stands before it is the accused, not the verb's subject."""
    words = ctx.words
    first = coordinated(words, ctx.mentions, m)[0].first
    if first == 0 or not accusation(words[first - 1]):
        return False
    # (or the subject is dropped: «… واتهم باريس بتزويد حفتر بالأسلحة»: no actor before the verb in its clause)
    # (or the verb opens a relative clause, its antecedent its subject: «ردا على باشاغا الذي اتهم باريس بدعم حفتر»)
    if first >= 2 and words[first - 2].norm in RELATIVES and upos(words[first - 1]) == "VERB" and \
            not accusing_pronoun(words[first - 1]):
        return True
    return any(ctx.a <= o.last < first - 1 and marker_before(words, o) is None for o in ctx.mentions) or \
        (upos(words[first - 1]) == "VERB" and not accusing_pronoun(words[first - 1]) and
         not any(ctx.a <= o.last < first - 1 for o in ctx.mentions))


# their masdars and participles: «جددت تركيا التزامها بدعم حكومة الوفاق», «إيطاليا غير معنية بدعم حفتر»
BA_NOUNS = ("التزام", "تعهد", "تمسك", "ملتزم", "متمسك", "معني", "مهتم")


JOINED_REACH = 6  # words from a charge behind «بـ» to a second one joined to it by «و» (its object, quotation marks)


def joined_charge(ctx: Context) -> int | None:
    """Where the charge behind «بـ» starts that the masdar at the trigger is joined to by «و», a few words on,
    with no actor and no punctuation but quotation marks (or a tatweel) between, after an accusation in the clause
    («اتهم الإمارات بـ"تمويل المرتزقة وتزويد حفتر بالسلاح"»): a charge too, as the first is."""
    words, hit = ctx.words, ctx.hit
    if not conjunction_on(words[hit.first]):
        return None
    for j in range(hit.first - 1, max(ctx.a, hit.first - JOINED_REACH) - 1, -1):
        w = words[j]
        if (w.punct and w.text not in DETACHED_MARKS) or any(m.first <= j <= m.last for m in ctx.mentions):
            return None
        if clitic_marker(w) == "ب" or (w.norm == "ب" and j + 1 < hit.first):
            return j if any(accusation(v) for v in words[ctx.a:j]) else None
    return None


def _stance_subject(ctx: Context, m: Mention) -> bool:
    """Is ``m`` the subject right after a verb of stance («انتقد», «رحب»), whose object, a deed, is what a backing
    phrase after it is said of?  (Not of an attack or a deed, done with the backing: «وقصفت القوات طرابلس بدعم …».)"""
    return any(h.kind == "verb" and h.trigger.relation in ("opposes", "supports") and h.last == m.first - 1
               and h.trigger.id not in ATTACK_TRIGGERS and not h.trigger.reported_deed for h in ctx.hits)


def _backing(ctx: Context, gen, with_b: bool, near_before) -> Found | None:
    """``accused-of`` and ``backed-by`` for «ب» + a masdar of support."""
    words, hit, a = ctx.words, ctx.hit, ctx.a
    asking = demander(ctx, near_before) if with_b and gen is not None and near_before is not None else None
    if asking is not None:
        # «يحاول أردوغان إقناع ترامب بدعم حكومة الوفاق»: the one asked gives nothing yet; the one asking
        # backs the genitive («طالب السراج الاتحاد الأوروبي بدعم حكومة الوفاق»: its own side, nothing)
        return Found(asking, gen, CONFIDENCE["masdar-asked"], "masdar-asked") \
            if ctx.party(asking) != ctx.party(gen) else None
    if with_b and gen is not None and near_before is not None and _ba_verb_of(ctx, near_before):
        # «طالبت فرنسا بدعم حكومة الوفاق», «فرنسا قامت بدعم حفتر»: the ب phrase is what the
        # subject calls for or does, not its backing
        return Found(near_before, gen, CONFIDENCE["ba-complement"], "ba-complement")
    # («اتهامه لفرنسا بالانحياز»: one behind «لـ» is the accused; and one after a participle, which governs its
    # object, not its author: «، متهمة القاهرة بتسليح حفتر», the tagger's noun)
    accuser_genitive = near_before is not None and near_before.first > 0 and \
        accusation_noun(words[near_before.first - 1]) and not _accused_participle(words[near_before.first - 1]) \
        and clitic_marker(words[near_before.first]) != "ل"
    if with_b and gen is not None and near_before is not None and not accuser_genitive and \
            any(accusation(w) for w in words[a:near_before.first]):
        # «اتهم أردوغان الإمارات بدعم حفتر»: the accused supports the genitive («اتهامات واشنطن لها
        # بدعم حفتر»: the genitive of the accusation noun is the accuser, not the accused)
        verb = words[near_before.first - 1] if near_before.first > 0 else None
        if verb is not None and accusation(verb) and accusing_pronoun(verb) and upos(verb) == "VERB":
            # «تتهمها حكومة الوفاق بدعم حفتر»: the verb's object pronoun is the accused, the actor after
            # it the accuser
            accused = ctx.accused()
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of") \
                if accused is not None and ctx.party(accused) != ctx.party(gen) else None
        k = next((k for k in range(near_before.first - 1, a - 1, -1) if accusation(words[k])), None)
        levelled = ctx.levelled(k) if k is not None else None
        if levelled is not None and levelled[0] is near_before:
            # «اتهامات وجهتها لها حكومة الوفاق بدعم حفتر»: the charge is the one the accusations were levelled at's
            return Found(levelled[1], gen, CONFIDENCE["accused-of"], "accused-of") \
                if ctx.party(levelled[1]) != ctx.party(gen) else None
        charged = _charged_by(ctx, near_before)
        if charged is not None:
            # «نفت موسكو الاتهامات التي وجهتها لها واشنطن بدعم حفتر»: the subject of a relative clause on the
            # accusations made them; the one they are about is named before them
            return Found(charged, gen, CONFIDENCE["accused-of"], "accused-of") \
                if ctx.party(charged) not in (ctx.party(gen), ctx.party(near_before)) else None
        if marker_before(words, near_before) == "من":
            # «تواجه الإمارات اتهامات من حكومة الوفاق بدعم حفتر»: the one behind «من» makes the charge
            accused = ctx.accused()
            return Found(accused, gen, CONFIDENCE["accused-of"], "accused-of") \
                if accused is not None and accused is not near_before and ctx.party(accused) != ctx.party(gen) else None
        return Found(near_before, gen, CONFIDENCE["accused-of"], "accused-of")
    if accuser_genitive:
        return None
    if with_b and gen is not None and near_before is not None and \
            any(accusation_noun(w) for w in words[near_before.last + 1:hit.first]):
        # «رفضت موسكو الاتهامات الموجهة إليها بدعم حفتر»: the accusations are the actor's, it is the accused
        return Found(near_before, gen, CONFIDENCE["accused-of"], "accused-of")
    if with_b and near_before is not None and marker_before(words, near_before) in PLACES_AND_SOURCES:
        near_before = None  # «استعادت قوات الوفاق ترهونة من قوات حفتر بدعم تركي»: not the one backed (see below)
    if with_b and near_before is not None and _stance_subject(ctx, near_before):
        return None  # («انتقد الرئيس الفرنسي وصول مقاتلين أجانب بدعم تركي»: the deed criticised was backed, no critic)
    if with_b and gen is not None and near_before is not None and \
            not any(upos(w) == "VERB" for w in words[near_before.last + 1:hit.first]):
        # «حكومة الوفاق بقيادة السراج بدعم الأمم المتحدة»: with the backing of the genitive,
        # for the actor the phrase is about
        return Found(gen, near_before, CONFIDENCE["backed-by"], "backed-by")
    # (the actor right after «من», not the genitive of a noun behind it: «بحماية طرابلس من هجمات حفتر»)
    agent_after = gen is None and next((m for m in ctx.after if (m.first <= hit.last + 3 and ctx.mk(m) == "من"
                                                                 and words[m.first - 1].norm == "من") or
                                        (m.first <= hit.last + 4 and _of_noun_after_min(words, m))), None)
    if with_b and agent_after and near_before is not None:
        # «تقاتل القوات بدعم من تركيا وقطر»
        return Found(agent_after, near_before, CONFIDENCE["backed-by"], "backed-by")
    if with_b and (agent_after or gen is not None) and near_before is None and hit.first <= FRONTED_BACKING_LEAD:
        # «وبدعم من الطائرات التركية، استعادت قوات الوفاق القاعدة»: a phrase fronted before the
        # main clause backs the main clause's subject, right after the comma that closes it
        comma = next((k for k in range(hit.last + 1, min(len(words), hit.last + 8)) if words[k].text in ("،", ",")), None)
        subject = next((m for m in ctx.mentions if comma is not None and comma < m.first <= comma + 3
                        and ctx.mk(m) is None), None)
        backer = agent_after or gen
        if subject is not None and ctx.party(subject) != ctx.party(backer):
            return Found(backer, subject, CONFIDENCE["backed-by"], "backed-by")
    backer = agent_after or (gen if gen is not None and gen.kind == "demonym" else None)
    if with_b and backer and near_before is None and hit.first > FRONTED_BACKING_LEAD:
        # «استعادت قوات الوفاق السيطرة على قاعدة الوطية بدعم من الطيران التركي»: a backing phrase closing the
        # clause backs the clause's subject, its first actor with no preposition (after «إن/أن», the reported one)
        # (or after «في حين/بينما/فيما», which opens a clause of its own)
        start = max([k for k in range(a, hit.first) if words[k].norm in COMPLEMENTIZERS or while_at(words, k)],
                    default=a)
        subject = next((m for m in ctx.mentions if start <= m.first and m.last < hit.first
                        and marker_before(words, m) is None), None)
        # (not past a stance the subject takes, whose object the phrase may qualify: «انتقد لافروف تدفق المرتزقة
        # إلى ليبيا بدعم تركي»; an attack is no stance)
        # (nor an epithet inside a name: «من ميليشيات الانقلابي حفتر بدعم تركي»)
        # (nor one taken by a verb right before the subject: «واستنكرت تركيا الهجوم على مصراتة بدعم من الإمارات»)
        stance = subject is not None and (_stance_subject(ctx, subject) or any(
            subject.last < h.first < hit.first and h.trigger.id not in ATTACK_TRIGGERS
            and not any(m.first <= h.first <= m.last for m in ctx.mentions) for h in ctx.hits))
        if subject is not None and not stance and ctx.party(subject) != ctx.party(backer) and \
                any(upos(w) == "VERB" for w in words[start:hit.first]):
            return Found(backer, subject, CONFIDENCE["backed-by"], "backed-by")
    return None


def _of_noun_after_min(words, m) -> bool:
    """«بإسناد من الطيران التركي», «بدعم من المستشارين العسكريين الأتراك»: a nationality adjective of
    the noun right after «من» (an adjective of its own between)."""
    # («الأتراك»: a people's name; not a name that is no adjective: «بحماية طرابلس من هجمات حفتر»)
    if not _adjectival(words, m) or m.first != m.last:
        return False
    for j in (m.first - 2, m.first - 3):
        if j >= 0 and words[j].norm == "من":
            return upos(words[j + 1]) == "NOUN" and \
                all(upos(w) in ("NOUN", "ADJ") and clitic_marker(w) is None for w in words[j + 1:m.first])
    return False


WITH_REACH = 3  # words from a meeting masdar to «مع» naming those its agents met («اجتماعات منفصلة مع»)


def _doer_slot(words, k: int) -> bool:
    """Is word ``k``, right before an actor, what makes that actor a deed's doer: a verb (its subject after
    it), a masdar in construct (its genitive: «نشر روسيا»), or «أن/إن» (the subject of its clause)?"""
    return upos(words[k]) == "VERB" or words[k].norm in COMPLEMENTIZERS or \
        (upos(words[k]) == "NOUN" and not definite(words[k]) and not clitic_marker(words[k]))


WHERE_WORDS = 3  # words of a place after «في/بـ» («في قصر الاتحادية», «بمقر وزارة الخارجية»)


def past_when_and_where(words: list[Word], mentions: list[Mention], k: int) -> int:
    """The first word from word ``k`` on past a day («اليوم الخميس», «أمس») and a place («في قصر الاتحادية»,
    «بقصر قرطاج», «في القاهرة»): a place is «في» or a noun with «بـ», then a few nouns and names of no actor (or a
    capital, which names one: kept only when another actor follows it)."""
    start = k
    while k < len(words):
        w = words[k]
        if w.norm in WHEN:
            k += 1
            continue
        place = w.norm in ("في", "وفي") or (clitic_marker(w) == "ب" and upos(w) in ("NOUN", "PROPN"))
        if not place or k - start > 2 * WHERE_WORDS:
            break
        at = k + 1 if w.norm in ("في", "وفي") else k  # (the place's first word)
        seat = next((m for m in mentions if m.first == at), None)
        if seat is not None and any(m.first == seat.last + 1 for m in mentions):
            k = seat.last + 1  # («في القاهرة رئيس مجلس النواب», «بقصر قرطاج وزير …»: the capital or seat is where)
            continue
        j, n = k + 1, 0
        while j < len(words) and n < WHERE_WORDS and upos(words[j]) in ("NOUN", "PROPN", "ADJ") and \
                clitic_marker(words[j]) is None and words[j].norm not in ("كلا", "كل") and \
                not any(m.first <= j <= m.last for m in mentions):
            j, n = j + 1, n + 1
        if n == 0 and w.norm in ("في", "وفي"):
            break
        k = j
    return k


def masdar_object(ctx: Context, gen) -> Found | None:
    """«دفع إدارته لتأييد خليفة حفتر», «رفضت تأييد قرار»: the genitive is the
    object, the agent is the subject of the governing verb (or the accused)."""
    past = _past_adjectives(ctx.words, gen.last + 1)
    if ctx.trig.relation == "supports" and past < len(ctx.words) and \
            ((_lam_on(ctx.words[past]) and "ل" in ctx.trig.target_markers) or
             ctx.words[past].norm in ctx.trig.target_markers):
        return None  # «تحدثت موسكو عن دعم أنقرة لقوات غرب ليبيا»: a genitive with the masdar's «لـ» after it gives
        # the support (to someone kg does not know), it does not receive it (a deed's doer, «ندد بهجوم حفتر على
        # طرابلس», is what a stance is against: read below)
    if ctx.trig.requires and _sent_after(ctx.words, past):
        return None  # «كشفت أفريكوم عن إرسال موسكو 14 مقاتلة»: a genitive with what is sent after it sends it
    accused = ctx.accused()
    if accused is not None and ctx.trig.id in ATTACK_TRIGGERS and stem_match(ctx.words[ctx.hit.first], "هجوم", "noun"):
        # «اتهم فرنسا بتقديم غطاء لهجوم حفتر»: «هجوم», of a verb that takes its object behind «على», has its
        # attacker as genitive, whom the accused does not attack («لمهاجمة حفتر» has its object)
        return None
    if accused is not None:
        # «اتهم أردوغان روسيا بإرسال مقاتلين لدعم حفتر»: the accused is the one who supports (the
        # accusation governs the masdar, and asserts it of the accused; «… روسيا بنشر طائرات لدعم
        # مرتزقة فاغنر»: its own side, nothing)
        return Found(accused, gen, CONFIDENCE["accused-of-agentless"], "accused-of") \
            if ctx.party(accused) != ctx.party(gen) else None
    asked = _asked_to_stop(ctx)
    if asked is not None:
        # «طالبت حكومة الوفاق الإمارات بالكف عن دعم حفتر»: the one asked to stop backs him now
        return Found(asked, gen, CONFIDENCE["masdar-object"], "masdar-object") \
            if ctx.party(asked) != ctx.party(gen) else None
    if _stop_demanded(ctx):
        return None
    owner = _role_owner(ctx)
    if owner is not None:
        # («انتقد لافروف …، في إشارة إلى الدور التركي في دعم حكومة الوفاق»: the role's, not the speaker's, under
        # a stance against it too: «انتقد ماكرون الدور الذي تلعبه تركيا في دعم حكومة الوفاق»)
        return Found(owner, gen, CONFIDENCE["masdar-object"], "masdar-object") \
            if ctx.party(owner) != ctx.party(gen) else None
    if ctx.governor is not None and ctx.governor != ctx.trig.relation:
        return None  # «انتقد أردوغان استمرار دعم حفتر»: the subject criticises the support, it gives none
    verb = ctx.hit.first - 1
    if verb > 0 and upos(ctx.words[verb]) == "VERB" and document_subject(ctx.words, verb, ctx.a):
        return None  # «امتنعت روسيا عن التصويت على قرار يدين هجوم حفتر»: the resolution's word, nobody's
    # («وصول مقاتلين من فاغنر لدعم قوات حفتر»: or the «من» phrase of those sent, right before)
    before = ctx.unmarked_before()
    if before is not None and _asked_to_stop_doing(ctx, before):
        # «حث الاتحاد روسيا على وقف إرسال المرتزقة لدعم حفتر»: the support is the purpose of what the one asked
        # is to stop: it gives it now, the one who asks none
        return Found(before, gen, CONFIDENCE["masdar-object"], "masdar-object") \
            if ctx.party(before) != ctx.party(gen) else None
    asking = demander(ctx, before) if before is not None else None
    if asking is not None and ctx.party(asking) != ctx.party(gen):
        # «دعت تركيا الأمم المتحدة إلى دعم حكومة الوفاق»: the one asked gives nothing yet
        return Found(asking, gen, CONFIDENCE["masdar-asked"], "masdar-asked")
    owner = next((m for m in ctx.before if m.kind == "demonym" and m.last == ctx.hit.first - 1), None)
    if owner is not None and clitic_marker(ctx.words[ctx.hit.first]) == "ل":
        # «كشفت حكومة الوفاق عن وصول طائرات روسية لدعم قوات حفتر»: the purpose of what a nationality adjective
        # right before qualifies (planes, troops sent) is that nation's, not the speaker's
        return Found(owner, gen, CONFIDENCE["masdar-object"], "masdar-object") \
            if ctx.party(owner) != ctx.party(gen) else None
    # («قلقة من نشر روسيا طائرات في ليبيا لإسناد مرتزقة فاغنر»: a purpose «لـ» after the doer of a deed named
    # since the last stance is the doer's, not the stance's source)
    # (the last stance before it: not the noun of what is sent, «طائرات», which is the deed's own object, nor a verb of
    # sending, whose subject is the doer: «زعمت أفريكوم أن روسيا نقلت طائرات حربية إلى وسط ليبيا لدعم مرتزقة فاغنر»)
    prior = max((h.last for h in ctx.hits if h.last < ctx.hit.first and
                 not (h.trigger.relation == "supports" and (h.kind != "verb" or h.trigger.requires))), default=-1)
    # (and no clause of «أن/إن» between: «رفضتها حكومة الوفاق، وقال المشري إنها جاءت لإنقاذ حفتر» is the initiative's)
    # («كشفت أفريكوم عن إرسال موسكو مقاتلات لدعم حفتر»: or the agent of a masdar of sending, with what it sends)
    # (a relative pronoun whose antecedent is the actor does not part them: «أنشطة مجموعة فاغنر، التي أدخلت مقاتلات
    # إلى قاعدة الجفرة لدعم قوات حفتر»)
    doer = next((m for m in reversed(ctx.before) if m.first > prior + 1 and _doer_slot(ctx.words, m.first - 1)
                 and (prior >= 0 or _sending_agent(ctx, m))
                 and not any(w.norm in COMPLEMENTIZERS or (w.norm in RELATIVES and
                                                           relative_antecedent(ctx.words, k + 1) != m.last)
                             for k, w in enumerate(ctx.words[m.last + 1:ctx.hit.first], start=m.last + 1))),
                None) if clitic_marker(ctx.words[ctx.hit.first]) == "ل" else None
    # («…، بينما أكدت الخارجية التركية أن أنقرة لن تتراجع عن دعم حكومة الوفاق»: past «بينما», its clause's own)
    opened, own = _while_subject(ctx)
    previous = ctx.previous_source if opened is None else None
    before = own if opened is not None else before
    inside, antecedent = _antecedent_subject(ctx) if previous is not None else (False, None)
    if inside and antecedent is None:
        return None  # («…، التي تواصل إمداد حفتر بالسلاح»: the relative clause's own subject, named by no actor)
    previous = antecedent if inside else previous
    if previous is not None and before is not None and previous in ctx.mentions and before.first > previous.last and \
            any(w.norm in COMPLEMENTIZERS for w in ctx.words[previous.last + 1:before.first]):
        # («قال إن التدخل المصري خطوة متهورة، مؤكدا أن تركيا ستواصل دعم حكومة الوفاق»: the clause «أن» opens
        # has its own subject, whom the masdar's agent is, not the previous trigger's)
        previous = None
    if previous is not None and before is not None and previous in ctx.mentions and before.first > previous.last and \
            before.first > 0 and (upos(ctx.words[before.first - 1]) == "VERB" or
                                  any(stem_match(ctx.words[before.first - 1], v, "verb") for v in SENDING)):
        # («… مقاتلي فاغنر بجانب قوات حفتر، ومقاتلين جلبتهم أنقرة لمساندة …»: the subject right after a verb
        # between, nearer the masdar, acts for its purpose, not the source of the trigger before)
        previous = None
    said = _said_of_object(ctx)
    src = said or doer or previous or before or _purpose_after_comma(ctx) or \
        next((m for m in reversed(ctx.before) if m.last >= ctx.hit.first - 2 and marker_before(ctx.words, m) == "من"),
             None) or ctx.salient
    # («قالت حكومة الوفاق إن المبادرة محاولة لإنقاذ حفتر»: the initiative's purpose, not the speaker's; support
    # requested is nobody's yet; an attempt is only that of the thing described, the stance's object or the
    # nationality on it, «ووصفت أثينا الخطوة الإيطالية بأنها محاولة لإنقاذ …», not that of whoever calls it so)
    author = src is not None and (src is said or (src in ctx.mentions and src.kind == "demonym"))
    if src is not None and (_other_subject_between(ctx, src) or _requested(ctx) or
                            (not author and _attempt_called(ctx))):
        return None
    return Found(src, gen, CONFIDENCE["masdar-object"], "masdar-object") if src is not None and src is not gen else None


ATTEMPTS = {"محاوله", "محاولات", "مسعي", "مساعي", "خطه", "مخطط", "مؤامره"}  # normalised: an attempt, a plot
REQUESTING = {"طلب", "طلبت", "يطلب", "تطلب", "نطلب", "اطلب"}  # normalised, past «و/س/ف»: «ستطلب دعم حلفائها»


def _requested(ctx: Context) -> bool:
    """Is the masdar the object of a verb of requesting right before it («ستطلب دعم حلفائها الأوروبيين»)?
    Support asked for is given by nobody yet, and its genitive is the one asked, not the one backed."""
    k = ctx.hit.first - 1
    return k >= 0 and ctx.words[k].norm.lstrip("وسف") in REQUESTING and clitic_marker(ctx.words[ctx.hit.first]) is None


def _attempt_called(ctx: Context) -> bool:
    """Is the masdar of purpose that of an indefinite attempt or plot right before it, past its adjectives
    («معتبرة أنها "محاولة أخيرة لإنقاذ حفتر"»)?  Whoever calls a thing an attempt to do something judges it; the
    attempt is its author's, not the speaker's («محاولتها لدعم …», its own, has a possessive)."""
    k = ctx.hit.first - 1
    while k > ctx.a and (upos(ctx.words[k]) == "ADJ" or ctx.words[k].text in QUOTE_MARKS):
        k -= 1
    return k >= 0 and ctx.words[k].norm in ATTEMPTS and not has_pronoun(ctx.words[k])


def _while_subject(ctx: Context) -> tuple[int | None, Mention | None]:
    """When a clause of «في حين/فيما/بينما» opens between the previous source and the trigger: (its opener, the
    first actor after it with no preposition, its own subject, or None); else (None, None)."""
    if ctx.previous_source is None or ctx.previous_source not in ctx.mentions:
        return None, None
    opened = max([k for k in range(ctx.previous_source.last + 1, ctx.hit.first) if while_at(ctx.words, k)],
                 default=None)
    if opened is None:
        return None, None
    return opened, next((m for m in ctx.mentions if opened < m.first < ctx.hit.first
                         and marker_before(ctx.words, m) is None), None)


def _required_after(ctx: Context, gen: Mention) -> bool:
    """Does a word the trigger requires follow the genitive, or its adjectives, with no preposition?  (The tagger
    calls some such words adjectives: «المسؤولية».)"""
    end = min(len(ctx.words), _past_adjectives(ctx.words, gen.last + 1) + 1)
    return any(clitic_marker(w) is None and any(stem_match(w, r, "noun") for r in ctx.trig.requires)
               for w in ctx.words[gen.last + 1:end])


def _labelled_after(ctx: Context, gen: Mention) -> bool:
    """Does a word the trigger requires, or «بأنه», follow the genitive (past its adjectives) behind «بـ»?"""
    k = _past_adjectives(ctx.words, gen.last + 1)
    if k >= len(ctx.words) or not ctx.trig.requires:
        return False
    w = ctx.words[k]
    return w.norm in ("بانه", "بانها", "بانهم") or \
        (clitic_marker(w) == "ب" and any(stem_match(w, r, "noun") for r in ctx.trig.requires))


PREDICATED = {"انه", "انها", "بانه", "بانها", "انهما", "بانهما"}  # «معتبرا أنها …», «ووصفته بأنه …»
PREDICATE_REACH = 2  # words from «أنها» to the masdar: «محاولة لـ», an adjective


def _antecedent_subject(ctx: Context) -> tuple[bool, Mention | None]:
    """«… حكومة روما، التي تخوض خلافا مع باريس», «انتقد السراج الإمارات، التي تواصل إمداد حفتر بالسلاح»: when a
    relative clause opens between the previous source and the masdar, its verb has its antecedent for subject, not
    the sentence's: (True, the antecedent's actor, or None when it names none); else (False, None).  An antecedent
    set off by a comma may be any noun before it."""
    if ctx.previous_source is None:
        return False, None
    k = _in_relative_clause(ctx, ctx.previous_source.last)
    if k is None:
        return False, None
    # (past a comma only with no «و» on the pronoun: «… نظيره التونسي قيس سعيد، الذي يؤدي أول زيارة له إلى
    # فرنسا»; «…، والتي» may go back to any noun before it)
    comma = ctx.words[k - 1].norm in ("،", ",") and not ctx.words[k].norm.startswith("و")
    return True, next((m for m in ctx.mentions if m.last == k - 1 - comma), None)


def _in_relative_clause(ctx: Context, since: int) -> int | None:
    """Where the relative pronoun («التي/الذي», «والتي») of a relative clause with its own verb opens, after word
    ``since`` and before the masdar, no punctuation between it and the masdar."""
    words = ctx.words
    for k in range(ctx.hit.first - 1, since, -1):
        if words[k].punct:
            return None
        if words[k].norm.removeprefix("و") in RELATIVES and k + 1 < ctx.hit.first and upos(words[k + 1]) == "VERB":
            return k
    return None


def _said_of_object(ctx: Context) -> Mention | None:
    """«رفضت حكومة الوفاق تصريحات الوزير الفرنسي، معتبرة أنها انحياز لحفتر», «رفضت إعلان القاهرة
    ووصفته بأنه محاولة لإنقاذ حفتر»: a masdar said of the pronoun after «أنّ» is the deed of what that
    pronoun refers to, the object of the stance before it, not of its subject."""
    words, k = ctx.words, ctx.hit.first - 1
    while k >= max(0, ctx.hit.first - 1 - PREDICATE_REACH) and not words[k].punct:
        if words[k].norm in PREDICATED:
            tgt = ctx.previous_target
            return tgt if tgt is not None and tgt in ctx.mentions and tgt.last < k else None
        k -= 1
    return None


def _purpose_after_comma(ctx: Context) -> Mention | None:
    """«كشفت أفريكوم أن روسيا نشرت مقاتلات في الجفرة، لدعم قوات حفتر»: a purpose «لـ» opening the clause after a
    comma tells why the clause before acted: the subject of that clause (the first actor with no preposition after
    its «أن/إن», or the sentence's first)."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 1 or words[k].norm not in ("،", ",") or clitic_marker(words[ctx.hit.first]) != "ل":
        return None
    said = max((j for j in range(k) if words[j].norm in COMPLEMENTIZERS), default=-1)
    return next((m for m in ctx.mentions if said < m.first and m.last < k and marker_before(words, m) is None), None)


def _other_subject_between(ctx: Context, src) -> bool:
    """Does a clause of what ``src`` says («إن/أن») open between it and the masdar with a subject that
    names no actor (a noun, «المبادرة»)?  Then the masdar is that subject's, not the speaker's."""
    words = ctx.words
    for k in range(max(src.last + 1, ctx.a), ctx.hit.first - 1):
        # (not the speaker's own: «إن قواتها ستواصل تدريب …»)
        if words[k].norm in ("ان", "بان", "وان") and upos(words[k + 1]) == "NOUN" and not has_pronoun(words[k + 1]) \
                and not any(m.first <= k + 1 <= m.last for m in ctx.mentions):
            return True
        # («قال المشري إنها جاءت لإنقاذ حفتر»: a pronoun on «إن» of another gender than the speaker is a thing's)
        if words[k].norm in THAT_PRONOUNS and src in ctx.mentions and \
                mention_gender(words, src, ctx.kind_of(src)) != pronoun_gender(words[k]):
            return True
    return False




def masdar_genitive(ctx: Context, gen):
    """The genitive is the agent; the object is the marked phrase after its
    coordinated group, or for a meeting or call the next actor."""
    group = coordinated(ctx.words, ctx.mentions, gen)
    rest = [m for m in ctx.after if m.first > group[-1].last]
    tgt = ctx.marked_target(rest, group)
    if tgt is None and ctx.trig.relation in SYMMETRIC and len(group) > 1:
        # «لقاء السراج وحفتر في أبوظبي»: a coordinated genitive met each other (the first the others)
        return group[0], group[1], "masdar-joint"
    if tgt is None and ctx.trig.relation in SYMMETRIC:
        tgt = next((m for m in rest if m.first <= group[-1].last + 3), None)
    if tgt is None:
        # «اتهام حكومة الوفاق كلا من روسيا والإمارات بـ…»: the object list right after the genitive behind «كلا من»,
        # or «لكل من» with the masdar's «لـ» of its object
        tgt = next((m for m in rest if m.first == group[-1].last + 3 and ctx.words[m.first - 1].norm == "من"
                    and ctx.words[m.first - 2].norm in ("كلا", "لكل")), None)
    if tgt is None:
        # «دعم الرئيس الأمريكي حفتر»: the masdar's agent, then its object with no preposition
        tgt = next((m for m in rest if m.first == group[-1].last + 1 and ctx.mk(m) is None), None)
        if tgt is not None and tgt.kind == "demonym" and tgt.first == tgt.last and \
                not ctx.words[tgt.first].norm.startswith(("ال", "وال")):
            # «إن تسليح حكومة الوفاق تركي»: an indefinite nationality adjective after the genitive is no object
            # but the predicate, naming the masdar's agent; the genitive is its object
            return tgt, gen, "masdar-genitive"
    if tgt is None and ctx.trig.relation == "opposes":
        # «قلق بلاده البالغ من التدخل العسكري التركي»: the nationality adjective behind the preposition
        tgt = ctx.adjective_object(group[-1].last + 1)
    return gen, tgt, "masdar-genitive"


SPEAKING_OF = ("تحدث", "يتحدث", "تتحدث", "اشار", "يشير", "تشير", "كشف", "يكشف", "تكشف", "لفت", "تطرق", "يتطرق",
               "تتطرق", "ذكر")  # verb stems: spoke of, pointed to, revealed, touched on


def _spoken_of(ctx: Context) -> bool:
    """Is the masdar what a verb of speaking is about («تحدث عن دعم …», «أشار إلى تقديم …»)?"""
    k = ctx.hit.first
    return k >= 2 and ctx.words[k - 1].norm in ("عن", "الي") and \
        any(stem_match(ctx.words[k - 2], v, "verb") for v in SPEAKING_OF)


EQUATING = ("مساواه", "مقارنه", "تشبيه", "ساوي", "يساوي", "تساوي", "قارن", "يقارن", "تقارن")  # stems: likening


def _compared_with(ctx: Context) -> bool:
    """Is the masdar what something is likened to, behind «بـ» («مساواته بالمرتزقة», «مقارنتها بـ"المرتزقة"»)?"""
    words, k = ctx.words, ctx.hit.first
    if clitic_marker(words[k]) != "ب":
        k = past_marks_back(words, k - 1)
        if k < 0 or words[k].norm != "ب":
            return False
    return k >= 1 and any(stem_match(words[k - 1], s, "any") for s in EQUATING)


WHAT = {"لما", "لكل", "بما", "ما"}  # normalised: «لما تتخذه مصر», «لكل ما تقوم به …»
WHAT_REACH = 3  # words from the masdar to «لما» (its adjectives between)


def _statements_owner(ctx: Context, src: Mention) -> Mention | None:
    """«سارعت حكومة الوفاق إلى وصف تصريحات الرئيس المصري بأنها …», «رفض بيان الخارجية التركية»: the masdar's
    object is a statement in construct with the actor who made it, the one opposed."""
    words, k = ctx.words, ctx.hit.last + 1
    if k >= len(words) or words[k].norm not in STATEMENT_NOUNS:
        return None
    return next((m for m in ctx.after if m.first == k + 1 and ctx.mk(m) is None and ctx.party(m) != ctx.party(src)),
                None)


def _doer_of_object(ctx: Context, after: list[Mention], src: Mention) -> Mention | None:
    """«أعربت إيطاليا عن رفضها للحل العسكري الذي يسعى إليه حفتر»: a stance on what an actor does or seeks, the
    masdar's object with a relative clause naming its doer, is a stance on the doer, as for a verb's object."""
    from kg.constructions.verb import doer_of_object  # (here: kg.constructions.verb imports this module)
    # (past the masdar's own adjectives: «رفضها التام للخطوة التي أقدمت عليها أنقرة»)
    k = _past_adjectives(ctx.words, ctx.hit.last + 1)
    if src.first == k:
        # («جدد انتقاد واشنطن للإغلاق النفطي الذي تفرضه قوات حفتر»: past the masdar's agent, its genitive)
        k = _past_adjectives(ctx.words, src.last + 1)
    return doer_of_object(ctx, k - 1, after)


def _charged_pronoun(ctx: Context) -> bool:
    """Is the masdar the charge of an accusation verb earlier in its clause whose accused is its object pronoun
    («تتهمها»)?"""
    k = ctx.accusation_before()
    return k is not None and accusing_pronoun(ctx.words[k])


def _doer_of_what(ctx: Context, src: Mention) -> Mention | None:
    """«أكدت الإمارات دعمها الكامل لما تتخذه مصر من إجراءات»: a stance on what an actor does, named
    by «لما» and a verb, is a stance on the actor, the verb's subject right after it."""
    words, hit = ctx.words, ctx.hit
    for k in range(hit.last + 1, min(len(words) - 2, hit.last + 1 + WHAT_REACH)):
        if words[k].punct and not (k == hit.last + 1 and words[k].text in DETACHED_MARKS):
            return None  # (a quotation mark may open what is backed: «دعمها "لكل ما تتخذه القاهرة"»)
        if words[k].norm in WHAT and (words[k].norm != "لكل" or words[k + 1].norm == "ما"):
            verb = k + 2 if words[k].norm == "لكل" else k + 1
            if verb < len(words) and upos(words[verb]) in ("VERB", "AUX"):
                # («لكل ما تقوم به مصر»: past the resumptive «به»)
                at = verb + 2 if verb + 1 < len(words) and words[verb + 1].norm in ("به", "بها") else verb + 1
                m = next((m for m in ctx.after if m.first == at), None)
                return m if m is not None and ctx.party(m) != ctx.party(src) else None
            return None
    return None


def _called_so_by_another(ctx: Context) -> Mention | None:
    """«علقت حكومة الوفاق التعاون مع فرنسا احتجاجا على ما وصفته بانحيازها إلى حفتر»: a masdar «ما وصفه/وصفته بـ»
    names is a deed in the words of the clause's subject, who calls it so (of the verb of calling's gender), and is
    never its own: «its» is the nearest actor of the pronoun's gender before it of another party, behind a
    preposition or not.  None when the masdar is not named so, or no such caller or actor is there."""
    words = ctx.words
    k = called_so(words, ctx.hit.first)
    caller = ctx.first_unmarked(k) if k is not None else None
    if caller is None or mention_gender(words, caller, ctx.kind_of(caller)) != \
            ("Fem" if words[k].norm.endswith("ته") else "Masc"):
        return None
    gender = pronoun_gender(words[ctx.hit.last])
    return next((m for m in reversed(ctx.mentions) if m.last < k and ctx.party(m) != ctx.party(caller)
                 and mention_gender(words, m, ctx.kind_of(m)) == gender), None)


def agent(ctx: Context, pronoun: bool) -> tuple[Mention | None, str]:
    """The agent of a masdar with no genitive, and the rule that found it."""
    if ctx.hit.last + 1 < len(ctx.words) and ctx.words[ctx.hit.last + 1].norm in UNNAMED_AGENTS:
        return None, "masdar-before"  # «قال غوتيريش إن الدعم الخارجي لحفتر …»: foreign, nobody named
    if ctx.hit.first > 0 and ctx.words[ctx.hit.first - 1].norm.lstrip("و") in PASSIVE_AUXILIARIES and \
            ctx.trig.relation not in SYMMETRIC:
        # «قال المسماري إنه يتم نقل مئات المسلحين إلى طرابلس»: "it is done", a passive, whose agent is only the one
        # behind «من قبل/من جانب» after it (a meeting or call, «جرى اتصال بين …», names its sides otherwise)
        by = next(filter(None, (ctx.agent_at(k, False) for k in range(ctx.hit.last + 1, ctx.b)
                                if ctx.words[k].norm == "من")), None)
        return by, "masdar-genitive" if by is not None else "masdar-before"
    accused = ctx.accused() if ctx.trig.relation == "supports" else None
    relative = _relative_agent(ctx)
    if relative is not None:
        # «الدعم الذي تقدمه الإمارات لحفتر»: the subject of the relative clause gives it
        return relative, "masdar-genitive"
    k = _past_adjectives(ctx.words, ctx.hit.last + 1)
    if ctx.relative_clause_after(k):
        return None, "masdar-before"  # «الدعم الذي تقدمه دول أخرى لحفتر»: given by a subject kg does not know
    while k < len(ctx.words) and ctx.words[k].norm[:1] == "و" and ctx.words[k].norm[1:].startswith("ال") and \
            upos(ctx.words[k]) in ("ADJ", "NOUN"):
        k += 1  # («الإمدادات الجوية والبرية التي تصل …»: adjectives joined by «و»)
    if any(w.norm.startswith("ال") and w.norm[2:] in HEADING for w in ctx.words[ctx.hit.last + 1:k + 1]):
        # («تستهدف الإمدادات المتجهة إلى حكومة الوفاق»: heading there, nobody named sends them; not «أرسلت تركيا
        # إمدادات متجهة إلى …», which names their sender)
        return None, "masdar-before"
    if ctx.hit.first > 0 and _arrival(ctx.words[ctx.hit.first - 1]):
        # («أبدت باريس قلقها من وصول مرتزقة سوريين إلى طرابلس»: fighters whose arrival or flow is told; nobody
        # named sends them)
        return None, "masdar-before"
    if k + 2 < len(ctx.words) and ctx.words[k].norm in RELATIVES and upos(ctx.words[k + 1]) == "VERB" and \
            ctx.words[k + 2].norm in ARRIVING_TO:
        # «تغض الطرف عن الإمدادات التي تصل إلى قوات حفتر»: what arrives is the relative verb's subject; nobody
        # named sends it
        return None, "masdar-before"
    if pronoun:
        # («رفضت تركيا الاتهامات الفرنسية بدعمها …»: «its» is the accused's, never the report's author)
        called = _called_so_by_another(ctx)
        if called is not None:
            return called, "masdar-pronoun"
        referent = ctx.referent(report_author(ctx.words, ctx.mentions, ctx.hit), possessive=True)
        # «استقبل بوتين حفتر … وأعرب عن دعمه لجهوده»: after a verb joined by «و» with no subject of its
        # own, «his» support is that verb's dropped subject's, the subject of the verb before
        participle = ctx.hit.first - 1
        if participle >= 1 and ctx.words[participle].norm in ("عن", "علي"):
            participle -= 1  # («، معربا عن دعمه»)
        speaker = ctx.first_unmarked(participle) if participle_after_comma(ctx.words, participle) else None
        if speaker is not None and referent is not None and speaker is not referent and \
                ctx.party(speaker) != ctx.party(referent) and \
                mention_gender(ctx.words, speaker, ctx.kind_of(speaker)) == pronoun_gender(ctx.words[ctx.hit.last]):
            # «قال السيسي إن التدخل التركي مرفوض، مؤكدا دعمه لمجلس النواب»: after a circumstantial participle,
            # «his» is the main clause's subject, who the participle tells of, not an actor named between
            return speaker, "masdar-pronoun"
        joined = referent is not None and any(
            upos(w) == "VERB" and conjunction_on(w) for w in ctx.words[referent.last + 1:ctx.hit.first])
        if joined and ctx.previous_source is not None and ctx.previous_source is not referent:
            return ctx.previous_source, "masdar-pronoun"
        return referent, "masdar-pronoun"
    if accused is not None:
        # «اتهم X روسيا بإرسال مرتزقة …»: what the accusation is about, the accused did
        return accused, "accused-of-agentless"
    if ctx.trig.relation == "supports" and _charged_pronoun(ctx):
        # («وتتهمها حكومة الوفاق بإرسال مرتزقة إلى حفتر»: the one «her» names, not known here, did; never the accuser)
        return None, "masdar-before"
    decider = _decided_by(ctx)
    if decider is not None:
        # «رحب المجلس بقرار الولايات المتحدة فرض عقوبات على فاغنر»: the one whose decision it is acts
        # (also under a stance verb of the other polarity, which is about the decision)
        return decider, "masdar-genitive"
    asked = _asked_to_stop(ctx) if ctx.trig.relation == "supports" else None
    if asked is not None:
        # «طالبت مصر أنقرة بوقف إرسال المرتزقة إلى حكومة الوفاق»: the one asked to stop a supply gives it now,
        # to whom it is sent (the demand is no stance of the one asked)
        return asked, "masdar-object"
    if ctx.governor is not None and ctx.governor != ctx.trig.relation:
        # «انتقد أردوغان الدعم الخارجي لحفتر»: the subject criticises the support, it gives none
        return None, "masdar-before"
    if ctx.previous_source is not None and _spoken_of(ctx):
        # «انتقدت تركيا فرنسا، وتحدثت عن دعم عسكري لحفتر»: a support spoken of is someone else's
        return None, "masdar-before"
    if ctx.previous_source is not None and ctx.hit.first > 0 and accusation(ctx.words[ctx.hit.first]) and \
            ctx.words[ctx.hit.first - 1].norm in DEMONSTRATIVES:
        # «… وأن شركات روسية زودت حفتر بالمرتزقة، فيما نفت أبوظبي هذه الاتهامات»: accusations pointed back to
        # are those told before, not the previous source's own (kg.deeds reads their author)
        return None, "masdar-before"
    opened, own = _while_subject(ctx)
    if opened is not None:
        # («استقبل كونتي حفتر، في حين ألغى السراج زيارته احتجاجا على استقبال حفتر»: a clause after «في حين» has a
        # subject of its own, which the masdar goes on with)
        return own, "masdar-chain" if own is not None else "masdar-before"
    inside, own = _antecedent_subject(ctx)
    if inside:
        return own, "masdar-chain" if own is not None else "masdar-before"
    if ctx.trig.relation == "supports" and _withdrawal_of(ctx) and stopped(ctx.words, ctx.hit) != "own":
        # «جدد مطالبة واشنطن بانسحاب جميع القوات الأجنبية والمرتزقة»: those whose withdrawal is asked for are
        # nobody's backing of the one who asks (but «قررت واشنطن تعليق الدعم لحفتر» halts the subject's own support,
        # which the clause's subject gives, negated)
        return None, "masdar-before"
    if ctx.previous_source is not None and _compared_with(ctx):
        # «إن انتشارها هناك قانوني ولا تجوز مساواته بمرتزقة يحاربون لحفتر»: what one's own is set against
        # is another's
        return None, "masdar-before"
    if ctx.previous_source is not None:
        return _said_of_object(ctx) or ctx.previous_source, "masdar-chain"
    before = ctx.unmarked_before()
    asking = demander(ctx, before) if before is not None else None
    if asking is not None:
        return asking, "masdar-asked"
    fronted = ctx.fronted_subject() if before is None else None
    if fronted is not None:
        # «وفي اتصال هاتفي مع نظيره الروسي، بحث أردوغان …»
        return fronted, "masdar-fronted"
    if before is None and ctx.salient is not None and ctx.trig.relation in SYMMETRIC and _held_with_no_subject(ctx):
        # «وصل حفتر إلى القاهرة. وعقد جلسة مباحثات مع الرئيس السيسي»: the one the text is about held it
        return ctx.salient, "masdar-before"
    if before is None and ctx.salient is not None and ctx.trig.relation in ("opposes", "supports") and \
            _launched_with_no_subject(ctx):
        # «ألقى أردوغان كلمة أمام البرلمان. وشن فيها هجوما حادا على حفتر»: likewise for a stance launched
        return ctx.salient, "masdar-before"
    if before is not None and ctx.reported_subject_after(before):
        return None, "masdar-before"
    return before, "masdar-before"


DURATIONS = {"ايام", "يوما", "ساعات", "اسابيع", "اشهر", "جولات", "جوله"}  # normalised: «خمسة أيام من المحادثات»
PASSIVE_AUXILIARIES = {"يتم", "تم", "جري", "يجري"}  # normalised: «يتم نقل …», «تم إرسال …»: it is done, by nobody named
HEADING = {"متجهه", "متوجهه", "متجهين", "قادمه", "ذاهبه"}  # normalised participles: heading somewhere
ARRIVING_TO = {"الي", "عبر", "من", "علي"}  # normalised: the preposition right after an intransitive relative verb
DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "وهذه"}  # normalised: «هذه الاتهامات»
RECEPTION_REACH = 10  # words from the guest to the host named after it


def _arrival(word: Word) -> bool:
    """«وصول», «بتدفق», «ولوصول»: the masdar of arriving or flowing, under a clitic or two."""
    return proclitic_on(word.norm, ARRIVAL_NOUNS) is not None


def _in_reception(ctx: Context) -> Found | None:
    """«وكان في استقبال حفتر عند قدومه إلى مطار القاهرة وزير الخارجية المصري»: «في استقبال X» names the
    guest; the subject of «كان», after it, is the host."""
    words, hit = ctx.words, ctx.hit
    if ctx.trig.relation != "met" or hit.first == 0 or words[hit.first - 1].norm not in ("في", "وفي") or \
            not words[hit.first].norm.startswith("استقبال"):
        return None
    # (or a title with its nationality: «في استقبال الوزير التركي»)
    guest = next((m for m in ctx.after if m.first == hit.last + 1 or
                  (m.kind == "demonym" and m.first == hit.last + 2 and upos(words[hit.last + 1]) == "NOUN")), None)
    host = next((m for m in ctx.after if guest is not None and guest.last < m.first <= guest.last + RECEPTION_REACH
                 and ctx.mk(m) not in ("مع", "ب") and ctx.party(m) != ctx.party(guest)), None)
    return Found(host, guest, CONFIDENCE["in-reception"], "in-reception") if host is not None else None


def demander(ctx: Context, addressed: Mention) -> Mention | None:
    """«طالبت حكومة الوفاق مجلس الأمن بإدانة …», «دعت تركيا الأمم المتحدة إلى دعم …»: the actor
    right before a «بـ/إلى» masdar is the object of a demand verb, asked to act, not acting; the
    verb's subject (before it, or right after it when the addressed follows that) demands the act."""
    words, hit = ctx.words, ctx.hit
    # (past quotation marks and a «بـ» written apart: «مجلس الأمن بـ"فرض عقوبات …"»)
    gap = [w for w in words[addressed.last + 1:hit.first] if w.text not in QUOTE_MARKS and w.norm]
    apart = bool(gap) and gap[0].norm == "ب"
    gap = gap[1:] if apart else gap
    own = "ب" if apart and not gap else \
        preposition_on(words[hit.first], ctx.trig.noun) or clitic_marker(words[hit.first])
    # «بإدانة …», «إلى دعم …», «بفرض عقوبات …»: the masdar, or the one that governs it, behind «بـ/إلى/على»
    # («داعيا الاتحاد الأوروبي إلى فرض عقوبات على الإمارات»: «إلى» and the masdar governing the trigger)
    # (a pronoun on a masdar is its object, «بدعمها»; on a phrase that marks its target after it, the
    # possessor, the one asked: «إلى سحب اعترافها بالحكومة»)
    if (ctx.kind != "phrase" and ctx.pronoun_on(hit.last)) or not ((not gap and own == "ب") or
                                        (len(gap) == 1 and (gap[0].norm in ("الي", "علي") or apart or
                                                            clitic_marker(gap[0]) == "ب"))
                                        or (len(gap) == 2 and gap[0].norm in ("الي", "علي") and upos(gap[1]) == "NOUN")):
        return None
    k = addressed.first - 1
    subject = next((m for m in ctx.mentions if m.last == k and marker_before(words, m) is None), None)
    if subject is not None:
        k = subject.first - 1  # VSO: «طالبت حكومة الوفاق مجلس الأمن»
    if k >= 0 and words[k].norm in URGING_PARTICIPLES:
        # «…، داعيا الاتحاد الأوروبي إلى …»: the participle's subject is the main clause's
        subject = next((m for m in reversed(ctx.mentions) if m.last < k and marker_before(words, m) is None), None) \
            or ctx.salient
        return subject if subject is not None and ctx.party(subject) != ctx.party(addressed) else None
    if k < 0 or not (any(stem_match(words[k], v, "verb") for v in DEMANDING)
                     or words[k].norm.lstrip("و") in PERSUADING):
        return None
    if subject is None:  # SVO: «حكومة الوفاق طالبت مجلس الأمن»
        subject = next((m for m in reversed(ctx.mentions) if m.last < k and marker_before(words, m) is None), None)
    return subject if subject is not None and ctx.party(subject) != ctx.party(addressed) else None


# verb stems of lining up or taking part with a partner behind «مع» («تصطف قطر مع تركيا في …»), and with the
# others, those whose «في» names what is shared («تشترك روسيا والإمارات في دعم حفتر»)
LINING_UP = ("اصطف", "يصطف", "تصطف", "اشترك", "يشترك", "تشترك", "تعاون", "يتعاون", "تتعاون")
SHARING = LINING_UP + ("شارك", "يشارك", "تشارك", "ساهم", "يساهم", "تساهم", "انخرط", "تقاطع", "تتقاطع")
SHARING_REACH = 6  # words from the verb to the masdar after «في» (its subject and partner between)
INVOLVEMENT = {"التورط", "بالتورط", "تورط", "الضلوع", "بالضلوع", "المشاركه", "بالمشاركه",
               "متورط", "متورطه", "متورطون", "متورطين", "ضالع", "ضالعه"}  # normalised («فرنسا متورطة في دعم حفتر»)
INCLUDING_VERBS = {"شملت", "شمل", "تشمل", "يشمل"}  # «زيارة شملت القاهرة وأنقرة»: the places a visit took in


UNNAMED_AGENTS = {"الخارجي", "الاجنبي", "الدولي", "الاقليمي", "الخارجيه", "الاجنبيه", "الدوليه", "الاقليميه"}
# verb stems of receiving: «الدعم الذي يتلقاه», «تحصل عليه», «يحظى به»
RECEIVING = ("تلقي", "تلقا", "يتلقي", "تتلقي", "يتلقا", "تتلقا", "حصل", "يحصل", "تحصل", "حظي", "يحظي", "تحظي")
RESUMED_ON = {"عليه", "عليها", "به", "بها"}  # «الدعم الذي تحصل عليه»: the relative's resumptive after its subject


def _received_from(ctx: Context) -> Found | None:
    """«الدعم الذي يتلقاه حفتر من أبوظبي», «الأسلحة التي تحصل عليها قوات الوفاق من تركيا»: the subject of
    a relative clause of receiving is the one supported, the actor behind «من» after it the giver."""
    if ctx.trig.relation != "supports":
        return None
    words = ctx.words
    k = _past_adjectives(words, ctx.hit.last + 1)
    if k + 3 >= len(words) or words[k].norm not in RELATIVES or \
            not any(stem_match(words[k + 1], v, "verb") for v in RECEIVING):
        return None
    # (the resumptive before or after the subject: «الذي تحظى به قوات حفتر من …», «الذي تحصل عليه … من»)
    at = k + 2 + (words[k + 2].norm in RESUMED_ON)
    taker = next((m for m in ctx.after if m.first == at and ctx.mk(m) is None), None)
    if taker is None:
        return None
    j = taker.last + 1 + (taker.last + 1 < len(words) and words[taker.last + 1].norm in RESUMED_ON)
    giver = next((m for m in ctx.after if m.first == j + 1 and j < len(words) and words[j].norm == "من"), None)
    if giver is None or ctx.party(giver) == ctx.party(taker):
        return None
    return Found(giver, taker, CONFIDENCE["masdar-genitive"], "masdar-genitive")


def _praised_from(ctx: Context) -> Found | None:
    """«أشاد باشاغا بالدعم الصادق من تركيا», «… بالدعم المقدم من تركيا»: support praised with its giver behind «من»
    right after it (past its adjectives, the tagger's or participles') is given to the one praising it, as the support
    a nationality names is («أشاد السراج بالدعم التركي»); not one given to something else named after the giver."""
    if ctx.trig.relation != "supports" or ctx.governor != "supports" or not (ctx.trig.verb or ctx.trig.lemmas):
        return None
    words = ctx.words
    k = ctx.hit.last + 1
    while k < len(words) and k <= ctx.hit.last + 2 and words[k].norm.startswith("ال") and \
            upos(words[k]) in ("ADJ", "VERB"):
        k += 1  # («الصادق», «المقدم»)
    giver = next((m for m in ctx.after if m.first == k + 1 and k < len(words) and words[k].norm == "من"), None)
    praiser = ctx.unmarked_before()
    if giver is None or praiser is None or ctx.party(giver) == ctx.party(praiser):
        return None
    if _given_to_other(words, giver.last + 1):
        return None  # («بالدعم المقدم من إيطاليا لجهود السلام»: given to something else)
    return Found(giver, praiser, CONFIDENCE["masdar-praised"], "masdar-praised")


def _given_to_other(words: list[Word], k: int) -> bool:
    """Does a phrase of what support is for open at word ``k``, right after its giver («لجهود السلام», «إلى …»,
    «لصالح …»)?  Support praised then is given to that, not to the one praising it."""
    return k < len(words) and (clitic_marker(words[k]) == "ل" or words[k].norm in ("الي", "لصالح"))


def _held_with_no_subject(ctx: Context) -> bool:
    """Does a verb of holding open the clause right before the meeting or call, with no actor of its own
    («وعقد جلسة مباحثات مع …», «وأجرى اتصالا هاتفيا بـ …»)?"""
    words, k = ctx.words, ctx.hit.first - 1
    if k >= 0 and upos(words[k]) == "NOUN" and not any(m.first <= k <= m.last for m in ctx.mentions):
        k -= 1  # («جلسة مباحثات», «جولة محادثات»)
    return k == ctx.a and any(stem_match(words[k], v, "verb") for v in HOLDING)


def _asked_to_stop_doing(ctx: Context, addressed: Mention) -> bool:
    """Is ``addressed`` the object of a demand verb, asked right after it to stop a deed («على/إلى وقف …»,
    «بوقف …») that a purpose masdar («لدعم») further on in the clause is the aim of?"""
    words, k = ctx.words, addressed.last + 1
    if ctx.words[ctx.hit.first].norm[:1] != "ل" or k + 1 >= ctx.hit.first:
        return False
    stop = words[k + 1].norm if words[k].norm in ("علي", "الي") else words[k].norm[1:] if words[k].norm[:1] == "ب" \
        else ""
    if stop not in STOPPING_FORMS or any(w.punct for w in words[k:ctx.hit.first]):
        return False
    return any(stem_match(words[j], v, "verb") for j in range(ctx.a, addressed.first) for v in DEMANDING)


def _asked_to_stop(ctx: Context) -> Mention | None:
    """«طالبت حكومة الوفاق الإمارات بالكف عن دعم حفتر», «دعا المشري فرنسا إلى التوقف عن دعم حفتر»: the
    actor a demand verb addresses, right before «بـ/إلى» and a stop with «عن» and the masdar, is asked to
    stop what it does: it is the masdar's agent.  The verb's subject stands between (with none, the actor
    there is the subject: «طالبت حكومة الوفاق بالكف عن دعم حفتر» addresses nobody named)."""
    # (past a quotation mark that opens what is to stop: «بالكف عن «دعم حفتر بالسلاح»»)
    words, k = ctx.words, past_marks_back(ctx.words, ctx.hit.first - 1)
    if k >= 0 and words[k].norm != "عن" and stopped(words, ctx.hit) == "demanded":
        # («دعت حكومة الوفاق الإمارات إلى وقف دعم حفتر»: a stop that takes the masdar itself)
        return stop_demanded_of(words, ctx.mentions, ctx.hit)[1]
    at = _stop_before_an(ctx)
    if at is None or at < 2:
        return None
    if words[at - 1].norm in ("الي", "والي"):
        at -= 1  # «إلى التوقف عن»
    # (the last of a list behind «كلا من»: «دعا الوزير كلا من مصر والإمارات إلى التوقف عن …»)
    addressed = next((m for m in ctx.before if m.last == at - 1 and (
        marker_before(words, m) is None or each_of(words, coordinated(words, ctx.mentions, m)[0]))), None)
    if addressed is None and words[at].norm[:1] == "و":
        addressed = _addressed_by_first_demand(ctx, at)
    if addressed is None:
        return None
    first = coordinated(words, ctx.mentions, addressed)[0]
    verb = next((j for j in range(ctx.a, first.first) if any(stem_match(words[j], v, "verb") for v in DEMANDING)),
                None)
    # (a subject with a long title may lie beyond the window of ``ctx.before``)
    subject = verb is not None and any(verb < m.first and m.last < first.first and marker_before(words, m) is None
                                       for m in ctx.mentions)
    # («…، داعيا موسكو إلى الكف عن دعم حفتر»: a participle's subject is the main clause's, before the comma)
    return addressed if subject or urging_before(words, addressed) else None


def _bare_stop(norm: str) -> str:
    """A stop without «و», «بـ» and the article: «بالكف» and «وبالكف» → «كف», «والتوقف» → «توقف»."""
    norm = norm[1:] if norm[:1] == "و" else norm
    norm = norm[1:] if norm[:1] == "ب" else norm
    return norm[2:] if norm.startswith("ال") else norm


def _stop_before_an(ctx: Context) -> int | None:
    """Where the stop is whose «عن» governs the masdar («بالكف عن دعم …», «والتوقف عن دعم …», past a quotation mark
    that opens what is to stop): its index, or None."""
    words, k = ctx.words, past_marks_back(ctx.words, ctx.hit.first - 1)
    if k < 2 or words[k].norm != "عن" or _bare_stop(words[k - 1].norm) not in STOPPING:
        return None
    return k - 1


def _stop_demanded(ctx: Context) -> bool:
    """«طالب السراج بإدانة الهجوم والتوقف عن دعم حفتر»: the masdar after a stop and «عن» in a clause of a demand
    verb is what others are asked to stop; when the one asked is not named, the one who asks gives none."""
    at = _stop_before_an(ctx)
    return at is not None and any(stem_match(ctx.words[j], v, "verb") for j in range(ctx.a, at) for v in DEMANDING)


JOINED_DEMAND_REACH = 8  # words from a stop joined by «و» back to the demand it is joined to


def _addressed_by_first_demand(ctx: Context, at: int) -> Mention | None:
    """«طالب السراج باريس بإدانة الهجوم، وبالتوقف عن دعم حفتر»: a stop joined by «و» to a first demand
    behind «بـ/إلى» is asked of the same actor, the one right before that first demand."""
    words = ctx.words
    for j in range(at - 1, max(ctx.a, at - 1 - JOINED_DEMAND_REACH), -1):
        if words[j].norm == "الي" or clitic_marker(words[j]) == "ب":
            m = next((m for m in ctx.before if m.last == j - 1 and marker_before(words, m) is None), None)
            if m is not None:
                return m
    return None


WITHDRAWAL_REACH = 4  # words from a masdar of withdrawal to the trigger it governs («بانسحاب جميع القوات … والمرتزقة»)


def _withdrawal_of(ctx: Context) -> bool:
    """Is the trigger part of what a masdar of withdrawal or halt shortly before it governs, with only nouns and
    adjectives between («انسحاب جميع القوات الأجنبية والمرتزقة»)?"""
    words = ctx.words
    for k in range(ctx.hit.first - 1, max(ctx.a, ctx.hit.first - 1 - WITHDRAWAL_REACH) - 1, -1):
        if words[k].text in DETACHED_MARKS:
            continue  # («بانسحاب «جميع القوات …»»: a quotation mark between)
        norm = words[k].norm
        # (behind «بـ/لـ», «للانسحاب» on the article; no masdar of RETREATING opens on «بـ/لـ» itself)
        bare = "ال" + norm[2:] if norm.startswith("لل") else norm[1:] if norm[:1] in ("ب", "ل") else norm
        if retreating(norm) or retreating(bare):
            return True
        if words[k].punct or upos(words[k]) not in ("NOUN", "ADJ", "DET"):
            return False
    return False


DECISIONS = {"قرار", "اعلان", "اعتزام", "عزم", "نيه", "خطوه"}  # normalised: «قرار واشنطن فرض عقوبات …»


def _decided_by(ctx: Context) -> Mention | None:
    """The genitive of a noun of deciding right before the masdar, or before the masdar that governs it
    («قرار الولايات المتحدة فرض عقوبات»): whose decision, intention or step the act is."""
    words, k = ctx.words, ctx.hit.first - 1
    # («فرض» governs «عقوبات»; the tagger may call it a verb)
    if k >= 0 and upos(words[k]) in ("NOUN", "VERB") and not clitic_marker(words[k]) and \
            not any(m.first <= k <= m.last for m in ctx.mentions):
        k -= 1
    m = next((m for m in ctx.before if m.last == k), None)
    if m is None or m.first == 0:
        return None
    head = words[m.first - 1].norm
    head = head[1:] if head[:1] in ("ب", "ل", "و") and head[1:] in DECISIONS else head
    return m if head in DECISIONS else None


LAUNCHING = ("شن", "وجه", "جدد", "ابدي")  # verb stems: «شن هجوما على», «وجه انتقادات إلى», «جدد رفضه»


def _launched_with_no_subject(ctx: Context) -> bool:
    """Does a verb of launching open the clause right before the stance noun, with no actor of its own
    (past «فيها», the speech named before: «وشن فيها هجوما حادا على حفتر»)?"""
    words, k = ctx.words, ctx.hit.first - 1
    if k > ctx.a and words[k].norm in RESUMPTIVE_IN:
        k -= 1
    return k == ctx.a and any(stem_match(words[k], v, "verb") for v in LAUNCHING)


def _relative_agent(ctx: Context):
    """The actor right after the verb of a relative clause on the masdar («الدعم العسكري الذي
    تقدمه تركيا»), with no preposition."""
    return relative_agent(ctx)


HOLDING = ("اجري", "اجرا", "عقد")  # verb stems of holding a call or meeting (the tagger may call «أجراه» a noun)


def _received_in(ctx: Context, keep) -> Mention | None:
    """The capital (kept as an actor only after a reception, see ActorMatcher.is_place) behind «في» a few words
    after the masdar, no punctuation between, of those ``keep`` accepts: where one was received, the host."""
    words, hit = ctx.words, ctx.hit
    return next((m for m in ctx.after if m.first <= hit.last + RECEIVED_IN_REACH
                 and words[m.first - 1].norm in ("في", "وفي")
                 and not any(w.punct for w in words[hit.last + 1:m.first]) and keep(m)), None)


def _lam_on(word: Word) -> bool:
    """The preposition «لـ» on a word, split off or not: «لقوات» left whole by the tokenizer is «لـ» + «قوات»
    when the word without it is the more frequent one."""
    if clitic_marker(word) == "ل":
        return True
    text = strip_diacritics(word.text)
    return text.startswith("ل") and len(text) > 3 and zipf(text[1:]) > zipf(text)


def _sending_agent(ctx: Context, m: Mention) -> bool:
    """Is ``m`` the genitive of a masdar of sending with what it sends after it («إرسال موسكو 14 مقاتلة»)?"""
    return any(h.last == m.first - 1 and h.kind == "noun" and h.trigger.requires for h in ctx.hits) and \
        _sent_after(ctx.words, _past_adjectives(ctx.words, m.last + 1))


def _sent_after(words: list[Word], k: int) -> bool:
    """Is word ``k`` a number or an indefinite noun, what the agent of a masdar of sending sends (not an adverb
    in «ـيا», nor a noun joined by «و» to the genitive)?"""
    if k >= len(words) or words[k].punct:
        return False
    w = words[k]
    return upos(w) == "NUM" or w.norm.isdigit() or (upos(w) == "NOUN" and not definite(w) and clitic_marker(w) is None
                                                   and not w.norm.endswith("يا") and not w.norm.startswith("و"))


def _past_adjectives(words: list[Word], k: int) -> int:
    """The first word from ``k`` on that is no adjective (of the trigger before it)."""
    while k < len(words) and upos(words[k]) == "ADJ":
        k += 1
    return k


def relative_agent(ctx: Context):
    """The subject of a relative clause right after the trigger, with «الذي/التي» or, for a call or
    meeting held after an indefinite noun, none («في اتصال هاتفي أجراه الرئيس المصري بنظيره»): the
    actor right after its verb."""
    words = ctx.words
    k = _past_adjectives(words, ctx.hit.last + 1)
    own = definite(words[ctx.hit.first])
    if any(definite(w) != own for w in words[ctx.hit.last + 1:k]):
        # («تمويل آلاف المرتزقة الذين جلبتهم تركيا»: a definite word after a masdar in construct is its genitive,
        # whatever the tagger calls it, and the relative clause is on that genitive)
        return None
    held = any(stem_match(words[k], v, "verb") for v in HOLDING) and words[k].norm.endswith(("ه", "ها")) \
        if k < len(words) else False
    if k + 1 < len(words) and held and not words[ctx.hit.first].norm.startswith("ال"):
        return next((m for m in ctx.after if m.first == k + 1 and ctx.mk(m) is None), None)
    return ctx.relative_subject(k)


def masdar_topic(ctx: Context, src):
    """«في ظل رفض أمريكي وفرنسي»: the reaction is to the sentence's topic."""
    group = coordinated(ctx.words, ctx.mentions, src)
    return next((m for m in ctx.mentions if m.last < ctx.hit.first and m not in group
                 and ctx.party(m) not in {ctx.party(g) for g in group}), None)
