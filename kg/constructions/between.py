"""«بين X و Y»: a meeting, a call, or what holds both ways (تبادل الاتهامات بين
X و Y) names its two sides after «بين», a few words after the trigger; a
meeting or a call also after «جمع» or «ضم» (brought together: «اللقاء الذي جمع السيسي وحفتر»,
«اجتماع ضم وزيري خارجية مصر وفرنسا», «مكالمة هاتفية جمعت بوتين وميركل»).

Example: «عقدت محادثات بين وزير الخارجية المصري ونظيره الفرنسي».  When no
pair follows «بين», the other constructions are tried."""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions.context import Context, Found
from kg.grammar import OFFICIALS_OF, RELATIVES, coordinated, marker_before, relational, upos
from kg.ontology import SYMMETRIC
from kg.triggers import stem_match

NAME = "between"
CONFIDENCE = 0.8
FINAL = False  # no pair after «بين»: the trigger is read by the constructions after this one
RULES = (NAME,)
SPAN = 6  # words from the trigger to «بين»
RELATIVE_SPAN = 3  # more words, after a gathering verb and its trigger, for the relative clause of the trigger
GATHERING = ("جمع", "ضم")  # verb stems: «اللقاء الذي جمع السيسي وحفتر», «اجتماع ضم وزيري خارجية مصر وفرنسا»
TIES = {"العلاقات", "علاقات", "العلاقه"}  # normalised: «تشهد العلاقات بين باريس وروما توترا»
TIES_REACH = 3  # words from the second side to a trigger of what holds both ways (a verb between)
# normalised: what «بين» right after it belongs to, not a meeting or call before it («مفاوضات تثبيت الهدنة بين
# الطرفين», «بحث اللقاء الخلافات بين البلدين»): a truce, a conflict, ties or cooperation, a border
OWNERS_OF_BETWEEN = {"النار", "الهدنه", "التهدئه", "النزاع", "الصراع", "القتال", "التوتر", "الخلاف", "الخلافات",
                     "العلاقات", "علاقات", "التعاون", "الشراكه", "التنسيق", "المواجهات", "الاشتباكات", "الحدود",
                     "الحرب", "المعارك"}


def applies(ctx: Context) -> bool:
    return ctx.trig.relation in SYMMETRIC or ctx.trig.mutual


def _ties_before(ctx: Context) -> Found | None:
    """«تشهد العلاقات بين باريس وروما توترا», «العلاقات بين أنقرة والقاهرة تمر بقطيعة»: the two sides
    of the ties before a trigger of what holds both ways."""
    words = ctx.words
    for k in range(ctx.a, ctx.hit.first - 2):
        if words[k].norm.lstrip("و") not in TIES or words[k + 1].norm != "بين":
            continue
        first = next((m for m in ctx.mentions if m.first == k + 2), None)
        group = coordinated(words, ctx.mentions, first) if first is not None else []
        if len(group) > 1 and group[-1].last < ctx.hit.first <= group[-1].last + TIES_REACH and \
                not any(w.punct for w in words[group[-1].last + 1:ctx.hit.first]):
            return Found(group[0], group[1], CONFIDENCE, NAME)
    return None


OFFICIALS = OFFICIALS_OF | {"ممثلي", "مندوبي"}  # normalised plurals
OFFICIALS_REACH = 3  # words from «لوزراء» to the first actor («خارجية» between)


def _officials_of(ctx: Context) -> Found | None:
    """«اجتماعا لوزراء خارجية مصر واليونان وقبرص», «قمة لقادة فرنسا وألمانيا وإيطاليا»: a meeting noun with the
    officials of several actors as its «لـ» genitive: they met each other."""
    words, k = ctx.words, ctx.hit.last + 1
    if k >= len(words) or words[k].norm[:1] != "ل" or words[k].norm[1:] not in OFFICIALS:
        return None
    first = next((m for m in ctx.after if k < m.first <= k + OFFICIALS_REACH), None)
    group = coordinated(words, ctx.mentions, first) if first is not None else []
    return Found(group[0], group[1], CONFIDENCE, NAME) if len(group) > 1 else None


def find(ctx: Context) -> Found | None:
    words, hit = ctx.words, ctx.hit
    if ctx.trig.mutual and ctx.trig.relation not in SYMMETRIC:
        ties = _ties_before(ctx)
        if ties is not None:
            return ties
    if ctx.trig.relation in SYMMETRIC and hit.first > 0 and \
            any(stem_match(words[hit.first - 1], v, "verb") for v in GATHERING):
        # «وجمع لقاء في الإليزيه الرئيس ماكرون والمشير حفتر»: the gathering verb first, a place between
        # (past a relative clause of where: «وضم الاجتماع الذي عقد في القاهرة وزراء خارجية …»)
        first = next((m for m in ctx.after if m.first <= hit.last + SPAN + RELATIVE_SPAN and ctx.mk(m) is None), None)
        group = coordinated(words, ctx.mentions, first) if first is not None else []
        if len(group) > 1:
            return Found(group[0], group[1], CONFIDENCE, NAME)
        other = _joined_by_bi(ctx, first) if first is not None else None
        if other is not None:
            return Found(first, other, CONFIDENCE, NAME)  # («… الرئيس المصري بالمستشار عقيلة صالح»)
    held_by = _officials_of(ctx) if ctx.trig.relation in SYMMETRIC and ctx.kind != "verb" else None
    if held_by is not None:
        return held_by
    for k in range(hit.last + 1, min(ctx.b, hit.last + SPAN) + 1):
        if (upos(words[k]) in ("VERB", "AUX") and words[k].norm[:1] in ("و", "ف")) or \
                any(m.first == k and ctx.mk(m) in ("مع", "ب") for m in ctx.mentions):
            # «اتصالا مع لودريان وأكدا رفضهما للاتفاق بين …»: a participant already named, or a new
            # clause, and that «بين» belongs to another phrase (a relative clause does not end it:
            # «المحادثات التي رتبتها فرنسا بين حفتر والسراج»)
            return None
        if ctx.trig.relation not in SYMMETRIC and (words[k].norm in RELATIVES or upos(words[k]) in ("VERB", "AUX")):
            return None  # «التوتر الذي ترتب عن الاتفاق المبرم بين …»: that «بين» is the agreement's
        if words[k].norm == "بين":
            j = k - 1
            while j > hit.last + 1 and (upos(words[j]) == "ADJ" or relational(words[j])):
                j -= 1  # («الروابط والعلاقات التجارية والثقافية بين البلدين»: past its adjectives)
            owner = words[j].norm
            owner = owner[1:] if owner[:1] in ("و", "ب", "ل") and owner[1:3] == "ال" else owner
            if k > hit.last + 1 and owner in OWNERS_OF_BETWEEN and ctx.trig.relation in SYMMETRIC:
                return None
            from kg.agreements import agreement_at  # here: kg.agreements imports kg.relations, which imports this
            if ctx.trig.relation in SYMMETRIC and any(agreement_at(w) for w in words[hit.last + 1:k]):
                return None  # («خلال اللقاء رفضهم للمذكرة الموقعة بين أنقرة وطرابلس»: the signers of a deal)
            pair = [m for m in ctx.after if m.first > k]
            if pair and pair[0].first == k + 1 and len(pair[0].referents) == 2:
                return Found(*pair[0].referents, CONFIDENCE, NAME)  # («بين الوفدين»: the two named before)
            if len(pair) >= 2:
                return Found(pair[0], pair[1], CONFIDENCE, NAME)
        if ctx.trig.relation in SYMMETRIC and any(stem_match(words[k], v, "verb") for v in GATHERING) and \
                words[k].norm.endswith("هما"):
            # «بحث سلامة مع السفير الأمريكي، خلال لقاء جمعهما في تونس، …»: the two named before, the
            # subject and the one behind «مع/بـ»
            named = [m for m in ctx.mentions if m.last < hit.first]  # (before the comma that opens the clause too)
            partner = next((m for m in reversed(named) if marker_before(words, m) in ("مع", "ب")), None)
            subject = next((m for m in named if marker_before(words, m) is None and partner is not None
                            and m.last < partner.first), None)
            if subject is not None and ctx.party(subject) != ctx.party(partner):
                return Found(subject, partner, CONFIDENCE, NAME)
            # («وقع الوزير اليوناني ونظيره المصري اتفاقا، عقب مباحثات جمعتهما …»: or a pair of subjects)
            pair = next((g for g in (coordinated(words, ctx.mentions, m) for m in named)
                         if len(g) == 2 and marker_before(words, g[0]) is None), None) if partner is None else None
            if pair is not None and ctx.party(pair[0]) != ctx.party(pair[1]):
                return Found(pair[0], pair[1], CONFIDENCE, NAME)
            return None
        if ctx.trig.relation in SYMMETRIC and any(stem_match(words[k], v, "verb") for v in GATHERING):
            # «اللقاء الذي جمع السيسي وحفتر», «لقاء جمع السراج بأردوغان», «مكالمة هاتفية جمعت بوتين وميركل»
            # (titles of both between: «ضم وزيري خارجية مصر وفرنسا»)
            first = next((m for m in ctx.after if k < m.first <= k + 3 and ctx.mk(m) is None
                          and all(upos(w) in ("NOUN", "PROPN") for w in words[k + 1:m.first])
                          and not any(k < o.first < m.first for o in ctx.mentions)), None)
            if first is None:
                continue
            group = coordinated(words, ctx.mentions, first)
            other = group[1] if len(group) > 1 else _joined_by_bi(ctx, first)
            if other is not None:
                return Found(first, other, CONFIDENCE, NAME)
    return None


def _joined_by_bi(ctx: Context, first: Mention) -> Mention | None:
    """The other side a gathering verb joins to ``first`` with «بـ» or «مع» right after it («جمع السراج
    بأردوغان»), past the head of a title («جمع السيسي برئيس مجلس النواب»: the body behind «بـ»)."""
    return next((m for m in ctx.after if first.last < m.first <= first.last + 2 and ctx.mk(m) in ("ب", "مع")
                 and all(upos(w) == "NOUN" for w in ctx.words[first.last + 1:m.first])), None)
