"""A passive participle with its agent after «من (قبل)»: «الحكومة المدعومة من
الأمم المتحدة», «قوات مدعومة من قبل واشنطن», or as a nisba adverb right
after it: «الحكومة المدعومة أمميا», «القوات المدعومة تركيا» (تركياً).

The participle qualifies the actor before it, which is the target; the
agent after «من» is the source.  Three ways the target is found, each its
own rule and confidence: the actor right before the participle; the actor
whose noun phrase the participle ends («السراج رئيس الحكومة المدعومة من …»);
a pronoun on the word before («حكومته المدعومة من …»)."""
from __future__ import annotations

from kg.constructions.context import Context, Found
from kg.grammar import ba_left_on, clitic_marker, has_pronoun, upos

NAME = "passive"
CONFIDENCE = 0.75
NOUN_PHRASE_CONFIDENCE = 0.65
PRONOUN_CONFIDENCE = 0.5
FINAL = True
RULES = (NAME, "passive-pronoun")
AGENT_WINDOW = 3  # words from the participle to the actor after «من»


def applies(ctx: Context) -> bool:
    return ctx.kind == "passive"


MEANS_WINDOW = 4  # words from the participle to the nationality adjective of its «ب» phrase


def _by_means(ctx: Context):
    """«مدعومة بطائرات مسيرة تركية», «مدعومة بغطاء جوي تركي»: backed with an actor's arms or cover,
    the nationality adjective of the «ب» phrase right after the participle names the backer."""
    words, k = ctx.words, ctx.hit.last + 1
    # (the tokenizer leaves some «ب» on the noun: «بطائرات»)
    if k >= len(words) or not (clitic_marker(words[k]) == "ب" or ba_left_on(words[k])):
        return None
    return next((m for m in ctx.after if m.kind == "demonym" and k < m.first <= k + MEANS_WINDOW
                 and all(upos(w) in ("NOUN", "ADJ", "PROPN") for w in words[k + 1:m.first])), None)


def find(ctx: Context) -> Found | None:
    words, hit, before = ctx.words, ctx.hit, ctx.before
    agent = next((m for m in ctx.after if ctx.mk(m) == "من" and m.first <= hit.last + AGENT_WINDOW), None) or \
        next((m for m in ctx.after if m.first == hit.last + 1 and ctx.mk(m) is None and
              (m.kind == "demonym" or ctx.kind_of(m) == "State")), None) or \
        _by_means(ctx)  # «المدعومة تركيا(ً)»: Turkish-backed; «مدعومة بطائرات تركية»
    if agent is None:
        return None
    if before and before[-1].last >= hit.first - 2:
        return Found(agent, before[-1], CONFIDENCE, NAME)
    if before and before[-1].last >= hit.first - 4 and \
            all(upos(w) in ("NOUN", "ADJ") for w in words[before[-1].last + 1:hit.first]):
        # «السراج رئيس الحكومة المدعومة من الأمم المتحدة»: the participle qualifies the actor's own noun phrase
        return Found(agent, before[-1], NOUN_PHRASE_CONFIDENCE, NAME)
    if hit.first > 0 and has_pronoun(words[hit.first - 1]):
        ref = ctx.referent(agent, possessive=False, at=hit.first - 1)
        return Found(agent, ref, PRONOUN_CONFIDENCE, "passive-pronoun") if ref is not None else None
    return None
