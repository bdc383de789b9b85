"""A complaint or protest lodged with someone: «قدمت مصر شكوى لمجلس الأمن بشأن التدخل التركي»,
«وجهت حكومة الوفاق رسالة احتجاج إلى فرنسا».

The lexeme names, behind one of its ``kg:addresseeMarker`` prepositions (لـ، إلى، لدى), the one it is
addressed to.  That one is its target only when it says what it is about nowhere else: a complaint to
the Security Council about Turkish arms is against Turkey, a protest sent to France is against France,
and a complaint to an international body about nobody named is against nobody.

* ``lodged``: the source is the masdar's agent (the subject before it); the target is the actor, or
  the nationality adjective, behind «ضد/على/بشأن/حول/إزاء» after the addressee, else the addressee
  when it is no international body.
"""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions import masdar
from kg.constructions.context import Context, Found
from kg.grammar import clitic_marker, lodged_with, upos

NAME = "lodged"
CONFIDENCE = 0.7
FINAL = True
RULES = (NAME,)
ADDRESSEE_REACH = 3  # words from the lexeme to its addressee (its adjectives between: «احتجاجا رسميا لدى»)
ABOUT = {"ضد", "علي", "بشان", "حول", "ازاء", "بخصوص", "تجاه"}  # normalised: what the complaint is about
ABOUT_REACH = 5  # words from «بشأن» to the actor or nationality adjective it is about
FORUMS = {"InternationalOrganization", "Organization"}  # bodies one complains to, not of


def _addressee(ctx: Context) -> Mention | None:
    """The first actor after the lexeme, when it is the one addressed: behind one of its addressee
    prepositions, right after it or past its own adjectives."""
    words, hit = ctx.words, ctx.hit
    m = ctx.after[0] if ctx.after else None
    if m is None or m.first > hit.last + ADDRESSEE_REACH or \
            not (ctx.mk(m) in ctx.trig.addressee_markers or lodged_with(words, m)):
        return None
    between = words[hit.last + 1:m.first - (clitic_marker(words[m.first]) is None)]
    return m if all(upos(w) == "ADJ" or w.norm in ("الي", "لدي") for w in between) else None


def applies(ctx: Context) -> bool:
    return ctx.kind == "noun" and bool(ctx.trig.addressee_markers) and _addressee(ctx) is not None


def _about(ctx: Context, addressee: Mention) -> Mention | None:
    """The actor, or the nationality adjective, of what the complaint is about, after its addressee."""
    words = ctx.words
    k = next((k for k in range(addressee.last + 1, min(len(words), addressee.last + 3)) if words[k].norm in ABOUT),
             None)
    if k is None:
        return None
    return next((m for m in ctx.after if k < m.first <= k + ABOUT_REACH
                 and all(upos(w) in ("NOUN", "ADJ") for w in words[k + 1:m.first])), None)


def find(ctx: Context) -> Found | None:
    addressee = _addressee(ctx)
    src, _ = masdar.agent(ctx, ctx.pronoun_on(ctx.hit.last))
    if src is None or addressee is None:
        return None
    tgt = _about(ctx, addressee)
    if tgt is None and ctx.kind_of(addressee) not in FORUMS:
        tgt = addressee
    if tgt is None or ctx.party(tgt) == ctx.party(src):
        return None
    return Found(src, tgt, CONFIDENCE, NAME)
