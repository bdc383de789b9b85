"""Support received: «تلقى الجيش دعما عسكريا من الإمارات», «حصلت حكومة الوفاق على دعم
تركي»; criticism undergone: «تعرضت تركيا لانتقادات من مصر».

A verb of receiving (تلقى، حصل على، نال، تسلم، تعرض ل) or of relying on (استند إلى، اعتمد على) before a support or
opposition trigger turns it round: its subject is the one supported, the giver is the «من» phrase after
the trigger («على أيدي X»: at the hands of) or its nationality adjective or genitive.  Read by no other
construction, the masdar would make its subject the supporter."""
from __future__ import annotations

from kg.actors import QUOTE_MARKS, default_matcher
from kg.constructions.context import Context, Found
from kg.grammar import (AMOUNT_WORDS, AT_THE_HEAD_PREPOSITIONS, INCLUDING, LIST_HEADS, RELATIVES, accusation,
                        adverb_phrase_words, adverb_spans, amount_words, clitic_marker, genitive_of, has_pronoun,
                        marker_before, parenthesis_before, upos)
from kg.triggers import stem_match

NAME = "received"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
# «أثار أردوغان غضب القاهرة»: provokes the reaction of (only before an opposition: «أثار الدعم» is
# no support received)
PROVOKING = ("اثار", "يثير", "تثير", "استدعي", "استدع", "يستدعي")  # (also «استدعت معارضة»: drew opposition)
# «تواجه الإمارات اتهامات من حكومة الوفاق»: faces (only an opposition: «تواجه اتهامات بدعم حفتر» is
# no support received)
FACING = ("واجه",)
RECEIVE_VERBS = ("تلقي", "تلق", "حصل", "نال", "تسلم", "استلم", "حظي",  # stems; «تحظى بدعم …»: enjoys the support of
                 "لقي", "لاق", "قوبل",  # «لقيت المبادرة ترحيبا من …», «لاقت», «قوبلت برفض …»: meets with
                 "استعان", "يستعين", "تستعين",  # «استعان حفتر بمرتزقة فاغنر»: enlists the help of
                 "تعرض") + PROVOKING + FACING  # «تعرضت تركيا لانتقادات من مصر»: undergoes the criticism of
# «يستند حفتر إلى دعم من الإمارات», «تعتمد حكومة الوفاق على الدعم التركي»: relies on (only on a support right
# behind «إلى/على»: «اعتمد الاتحاد خطة لدعم …» adopts a plan)
RELYING = ("استند", "يستند", "تستند", "اعتمد", "يعتمد", "تعتمد", "عول", "يعول", "تعول",
           "راهن", "يراهن", "تراهن")  # («يراهن حفتر على الدعم الروسي»: bets on it)
RELIED_ON = ("الي", "علي")  # normalised
# what only receives goods (kgt:goods_received): not undergoes («تعرضت القاعدة لصواريخ»), meets with or enlists
TAKING = ("تلقي", "تلق", "حصل", "نال", "تسلم", "استلم") + RELYING
MEETING_WITH = ("لقي", "لاق")  # meets with a reaction taken directly, not behind «بـ»
# («تلق»: the past with its final letter dropped, «تلقت», «تلقوا»)
FIGHTING = {"haajama"}  # triggers whose noun also names a military attack
SPAN = 6  # words from the verb of receiving to the trigger
COORDINATED_REACH = 6  # more words for a trigger coordinated behind «وبـ»
THAT_PRONOUNS = {"انه", "انها", "انهم", "انهما"}  # normalised «إنه/أنها …»: «أن» with the subject's pronoun
GIVER_WINDOW = 4  # words from the trigger to the «من» phrase
ADJECTIVES = 4  # the trigger's own adjectives, however many words, before the «من» phrase
WAVES = {"موجه", "سيل", "سيلا", "عاصفه", "مزيدا", "مزيد", "الكثير", "كثيرا"}  # normalised: «موجة من الانتقادات»
HEADING_REACH = 9  # words from the trigger to «على رأسهم»


def _receiving(ctx: Context) -> int | None:
    """Where the verb of receiving stands, if one governs the trigger (not across a masdar of purpose
    that governs it instead: «استدعت اليونان السفير الليبي لإبلاغه احتجاجها» summons an ambassador
    to convey a protest, it draws none)."""
    # («يحظى حفتر بتأييد واسع في الشرق وبدعم من القاهرة»: a second complement coordinated behind «وبـ»
    # reaches back past the first)
    span = SPAN + (COORDINATED_REACH if ctx.words[ctx.hit.first].norm.startswith("وب") else 0)
    if ctx.hit.first >= 2 and ctx.words[ctx.hit.first - 1].norm == "من" and ctx.words[ctx.hit.first - 2].norm in WAVES:
        span += 2  # «أثار التدخل التركي في ليبيا موجة من الانتقادات»: past «a wave of»
    # («تلقت قوات حفتر، خلال الأشهر الماضية، دعما …»: a phrase of when or where set off by commas between)
    inside = ctx.aside_words(ctx.hit.first)
    span += sum(j >= ctx.hit.first - span - len(inside) for j in inside)
    # («تلقت قوات حفتر ما لا يقل عن ثلاثين شحنة أسلحة من …»: nor an amount before what is received)
    span += amount_words(ctx.words, max(ctx.a, ctx.hit.first - span - AMOUNT_WORDS), ctx.hit.first)
    # («تلقى حفتر للمرة الأولى دعما …»: nor an adverb of two words or more)
    span += adverb_phrase_words(ctx.words[max(ctx.a, ctx.hit.first - span - 3):ctx.hit.first])
    # («تلقى قائد قوات شرق ليبيا المشير خليفة حفتر دعما …»: the reach cuts no name in two, it takes the word before
    # a long one it opens inside)
    cut = next((m for m in ctx.mentions if m.first < ctx.hit.first - span <= m.last < ctx.hit.first), None)
    span += ctx.hit.first - span - cut.first + 1 if cut is not None else 0
    adverbs = {j for o, c in adverb_spans(ctx.words) for j in range(o, c + 1)}  # («للمرة الأولى»: no «لـ» of purpose)
    for k in range(max(ctx.a, ctx.hit.first - span), ctx.hit.first):
        if k in inside:
            continue  # (not a verb inside it: «جدد الأمير، خلال مكالمة تلقاها من أردوغان، دعم …»)
        if any(clitic_marker(w) == "ل" and upos(w) == "NOUN" and not any(m.first <= j <= m.last for m in ctx.mentions)
               and j not in adverbs for j, w in enumerate(ctx.words[k + 1:ctx.hit.first], start=k + 1)):
            continue
        if any(w.punct and w.text not in QUOTE_MARKS and j not in inside
               for j, w in enumerate(ctx.words[k + 1:ctx.hit.first], start=k + 1)):
            # («… التي تحظى بدعم تركي، رفضها للمبادرة»: the relative clause ended at the comma; a quotation mark
            # opening what was received ends nothing: «وتلقت قوات حفتر "دعما عسكريا" من الإمارات»)
            continue
        if ctx.trig.relation == "supports" and any(accusation(w) for w in ctx.words[k + 1:ctx.hit.first]):
            return None  # «تتعرض فرنسا لاتهامات بدعم حفتر»: the support is what the accusation charges
        if ctx.trig.relation == "supports" and ctx.words[ctx.hit.first - 1].norm in RELIED_ON and \
                any(stem_match(ctx.words[k], v, "verb") for v in RELYING):
            return k
        if any(stem_match(ctx.words[k], v, "verb") for v in RECEIVE_VERBS):
            meets = not any(stem_match(ctx.words[k], v, "verb") for v in RECEIVE_VERBS if v not in MEETING_WITH)
            if meets and (clitic_marker(ctx.words[ctx.hit.first]) == "ب" or ctx.words[k].norm.lstrip("وف").startswith("ال")):
                # «يلقي باللوم على …» throws the blame, «ألقى كلمة انتقد فيها …» gives a speech (normalised,
                # «يلقى» meets with; «تلقى» receives): a reaction met with is taken directly
                continue
            return k
    return None


def applies(ctx: Context) -> bool:
    # support received (تلقى دعما من), or criticism undergone (تعرضت تركيا لانتقادات من مصر)
    if ctx.trig.id in FIGHTING:
        return False  # «تعرضت القوات لهجوم من …»: an attack undergone is fighting, which states no stance
    if ctx.kind == "verb" and not ctx.words[ctx.hit.first].norm.endswith("ا"):
        # «تلقى حفتر مكالمة من ترامب أشاد خلالها بدوره»: a verb of its own is no complement received
        # (an indefinite accusative the tagger takes for a verb, «تلقت دعما», still is)
        return False
    k = _receiving(ctx)
    if k is not None and ctx.trig.relation == "supports" and \
            any(stem_match(ctx.words[k], v, "verb") for v in PROVOKING + FACING):
        return False
    if k is not None and ctx.trig.received_only and not any(stem_match(ctx.words[k], v, "verb") for v in TAKING):
        return False
    return ctx.trig.relation in ("supports", "opposes") and k is not None


def find(ctx: Context) -> Found | None:
    words, hit, k = ctx.words, ctx.hit, _receiving(ctx)
    # the recipient: the subject after the verb (VSO) or right before it (SVO), or the owner of the
    # noun before it («قواته تحظى بدعم …»: his forces), or the one «إنها» refers to («قالت حكومة الوفاق
    # إنها تلقت دعما من تركيا»)
    # («المشير حفتر، الذي زار القاهرة مرات عدة، يحظى بدعم …»: past a relative clause set off by commas)
    span = parenthesis_before(words, k)
    # («إن قوات حفتر "تتلقى دعما من …"»: past the quotation mark that opens what is quoted)
    lead = k - 1 - (k >= 2 and words[k - 1].text in QUOTE_MARKS)
    subject_end = span[0] - 1 if span is not None else lead
    if span is None and k >= 2 and words[k - 1].norm == "قد":
        subject_end = k - 2  # («وكان المشير حفتر قد تلقى دعما …»: the pluperfect's subject before its «قد»)
    # («حكومة الوفاق، التي تحظى بدعم تركي وقطري، …»: the antecedent of the relative pronoun before the verb)
    antecedent = subject_end - 1 if k > 0 and words[k - 1].norm in RELATIVES else None
    if antecedent is not None and words[antecedent].punct:
        antecedent -= 1
    recipient = next((m for m in ctx.mentions if k < m.first < hit.first and marker_before(words, m) is None), None) \
        or next((m for m in ctx.mentions if m.last == subject_end or m.last == antecedent), None) \
        or (ctx.referent(None, possessive=True, at=lead) if k > 0 and (has_pronoun(words[lead]) or
                                                                       words[lead].norm in THAT_PRONOUNS) else None)
    # «… من جيران تركيا، على رأسهم مصر»: the ones named at the head of the list react, not the genitive
    # («يحظى حفتر بدعم دول عدة بينها الإمارات وروسيا»: or those named after «بينها/منها» past the givers' noun)
    heading = next((k + 1 for k in range(hit.last + 1, min(len(words) - 1, hit.last + HEADING_REACH))
                    if (words[k].norm in LIST_HEADS and (words[k - 1].norm in AT_THE_HEAD_PREPOSITIONS
                                                         or words[k].norm.startswith("ابرز")))
                    or (words[k].norm in INCLUDING and not any(w.punct for w in words[hit.last + 1:k]))), None)
    giver = next((m for m in ctx.after if heading is not None and m.first == heading), None) or \
        next((m for m in ctx.after if (ctx.within(m, hit.last, GIVER_WINDOW) or _adjectives_between(ctx, m)) and
                  (ctx.mk(m) == "من" or words[m.first - 1].norm in ("لدي", *LIST_HEADS) or
                   (m.first >= 2 and words[m.first - 1].norm in ("ايدي", "يد") and words[m.first - 2].norm == "علي"))),
                 None) or \
        next((m for m in ctx.after if genitive_of(words, m, hit.last)
              or ((m.kind == "demonym" or _adjective_name(ctx, m)) and ctx.within(m, hit.last, 3)
                  and ctx.mk(m) is None)), None) or \
        _named_by_trigger(ctx, k)
    if recipient is None or giver is None or ctx.party(recipient) == ctx.party(giver):
        return None
    return Found(giver, recipient, CONFIDENCE, NAME)


def _named_by_trigger(ctx: Context, k: int):
    """«استعان حفتر بمرتزقة فاغنر»: the actor whose name the trigger is part of, after the verb at ``k``."""
    return next((m for m in ctx.mentions if m.first <= ctx.hit.first <= m.last and m.first > k), None)


def _adjective_name(ctx: Context, m) -> bool:
    """«دعما عسكريا تركيا»: a name that is also the accusative of its nationality adjective («تركيا»,
    «روسيا»), after the indefinite accusatives of the trigger and its adjectives, is that adjective (an
    indefinite noun is in construct with no name)."""
    gap = ctx.words[ctx.hit.last:m.first]
    return m.first == m.last and default_matcher().demonym_at(ctx.words[m.first]) == m.actor and \
        all(w.norm.endswith("ا") and not w.norm.lstrip("و").startswith("ال") and clitic_marker(w) is None
            for w in gap)


def _adjectives_between(ctx: Context, m) -> bool:
    """Only the trigger's adjectives, coordinated, stand between it and «من X»: «بدعم سياسي وعسكري
    واسع من مصر»."""
    gap = ctx.words[ctx.hit.last + 1:m.first - 1]
    # (indefinite like the masdar; the tagger takes some nisba adjectives for nouns)
    return 0 < len(gap) <= ADJECTIVES and ctx.words[m.first - 1].norm == "من" and \
        all(upos(w) in ("ADJ", "NOUN") and not w.norm.lstrip("و").startswith("ال") and clitic_marker(w) is None
            for w in gap)
