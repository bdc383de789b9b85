"""A meeting that "brought together" the one a pronoun names with another: «أعلن السيسي المبادرة خلال مؤتمر
صحفي جمعه بالمشير حفتر», «بحث السراج مع أردوغان، خلال لقاء جمعهما في إسطنبول، …» (with no pronoun, «لقاء
جمع X بـ Y», the meeting noun's own construction reads the two).

The trigger is the verb «جمع» (kgt:gathered) with an object pronoun, right after a noun of meeting (a meeting,
talks, a press conference, a summit) that is its subject.  The pronoun names one side, the one the clause is
about (its nearest subject-like actor before, of the pronoun's gender); the other stands behind «بـ/مع» after
the verb (past where: «جمعه في القاهرة بقائد …»).  A dual pronoun with no one after it («لقاء جمعهما») names the
two sides of a coordinated subject before it."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import clitic_marker, coordinated, marker_before, upos
from kg.triggers import stem_match

NAME = "gathered"
CONFIDENCE = 0.65
FINAL = True
RULES = (NAME, "presence")
GATHERINGS = ("لقاء", "اجتماع", "موتمر", "قمه", "محادثات", "مباحثات", "جلسه", "مشاورات")  # normalised noun stems
GATHERING_REACH = 3  # words from the meeting noun to the verb (its adjectives between: «مؤتمر صحفي مشترك»)
PLACE_WORDS = 3  # words of where the meeting was held between its noun and the verb («بقصر الاتحادية»)
PARTNER_REACH = 4  # words from the verb to the «بـ/مع» of the other side (where between: «في القاهرة»)


def applies(ctx: Context) -> bool:
    return ctx.trig.id in (NAME, "presence")


def _presence(ctx: Context) -> Found | None:
    """«أعلن السيسي المبادرة بحضور المشير حفتر»: the one named right after «بحضور» met the subject of the verb the
    phrase tells of, an actor right after or before that verb with no preposition (no subject named: nobody here,
    «وجرت المراسم بحضور …»)."""
    words, hit = ctx.words, ctx.hit
    guest = next((m for m in ctx.after if m.first == hit.last + 1), None)
    # (the verb the phrase tells of: the nearest before it, a relative clause's own «التي أطلقها الرئيس المصري بحضور
    # …»; or the word that opens the clause, «وأعلن», whatever the tagger calls it)
    verb = next((k for k in range(hit.first - 1, ctx.a - 1, -1) if upos(words[k]) == "VERB"), ctx.a)
    host = next((m for m in ctx.before if (m.first == verb + 1 or m.last == verb - 1)
                 and marker_before(words, m) is None), None)
    if guest is None or host is None or ctx.party(host) == ctx.party(guest):
        return None
    return Found(host, guest, CONFIDENCE, "presence")


def _after_gathering(ctx: Context) -> bool:
    """Is a meeting noun close before the verb, with nothing but its adjectives and where it was held between
    («خلال مؤتمر صحفي بقصر الاتحادية جمعه بـ…»)?"""
    words, k = ctx.words, ctx.hit.first
    for j in range(k - 1, max(ctx.a, k - GATHERING_REACH - PLACE_WORDS) - 1, -1):
        if any(stem_match(words[j], g, "noun") for g in GATHERINGS):
            # (farther only with where it was held between)
            return j >= k - GATHERING_REACH or any(w.norm == "في" or clitic_marker(w) == "ب" for w in words[j + 1:k])
        if words[j].punct or upos(words[j]) in ("VERB", "AUX", "SCONJ"):
            return False
    return False


def find(ctx: Context) -> Found | None:
    if ctx.trig.id == "presence":
        return _presence(ctx)
    words, hit = ctx.words, ctx.hit
    if not _after_gathering(ctx):
        return None
    # (the verb is short: «جمعه» is three letters and the pronoun, which kg.grammar.has_pronoun does not count)
    if not words[hit.last].spelled.endswith(("ه", "ها", "هم", "هما")):
        return None
    partner = next((m for m in ctx.after if m.first <= hit.last + PARTNER_REACH and
                    marker_before(words, m) in ("ب", "مع") and
                    not any(w.punct or upos(w) == "VERB" for w in words[hit.last + 1:m.first])), None)
    if partner is None:
        if not words[hit.last].norm.endswith("هما"):
            return None
        # («وقع أردوغان والسراج مذكرتين خلال لقاء جمعهما»: the two sides of the subject before)
        first = next((m for m in ctx.before if marker_before(words, m) is None), None)
        group = coordinated(words, ctx.mentions, first) if first is not None else []
        other = next((g for g in group[1:] if ctx.party(g) != ctx.party(group[0])), None)
        return Found(group[0], other, CONFIDENCE, NAME) if other is not None else None
    own = ctx.referent(partner, possessive=True)
    return Found(own, partner, CONFIDENCE, NAME) if own is not None and ctx.party(own) != ctx.party(partner) else None
