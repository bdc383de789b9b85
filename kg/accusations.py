"""Construction: a backing reported by the backed one's enemy is that enemy's charge against the backer.

Requires: the words, mentions and trigger hits of a sentence, its relations, and a per-document
:class:`Camps`.  Provides: ``opposes`` relations (rule ``reported-backing``) from the speaker to the
backer.

News on a civil war quotes each camp on who arms the other: «وقال باشاغا وزير داخلية حكومة الوفاق
إن الإمارات تزود قوات حفتر بالطائرات المسيرة».  The sentence has no verb of accusing, yet the one who says
that an actor backs his enemy charges that actor (the annotation conventions: a reported claim counts as
a direct one, and an accusation opposes the accused, «اتهم باشاغا فرنسا بدعم حفتر»).  The speaker is the
backed one's enemy when the two are the two sides of a civil conflict the registry knows (kg:sideIn), or
when the document has shown the speaker's party, by a construction rule, opposing the backed one's party or
backing the other side.  A neutral reporter («قال تقرير الأمم المتحدة إن …», with nothing else from the
UN) charges no one, nor does one who backs the backed one too («وقال أردوغان إن قطر تدعم حكومة الوفاق»), nor a
backing named by an epithet, the passive participle of :mod:`kg.constructions.passive` («المدعومة من أنقرة»).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from kg.actors import Mention, Word
from kg.constructions import passive
from kg.grammar import colon_speaker, dropped_speaker, opens_while, speakers
from kg.relations import Relation, TriggerHit

RULE = "reported-backing"
CONFIDENCE = 0.5


@dataclass
class Camps:
    """The stances by party a document's construction rules have read so far: (source party, relation,
    target party), positive ones only."""
    stances: set[tuple[str, str, str]] = field(default_factory=set)

    def remember(self, rels: list[Relation], party: Callable[[str], str]) -> None:
        self.stances |= {(party(r.source.actor), r.relation, party(r.target.actor)) for r in rels if not r.negated}


def _enemy(speaker: str, backed: str, stances: set, other_side: Callable[[str], str | None]) -> bool:
    """Is party ``speaker`` against party ``backed``: the other side of its civil conflict, or shown opposing
    it or backing its other side?"""
    other = other_side(backed)
    return other == speaker or (speaker, "opposes", backed) in stances or \
        (other is not None and (speaker, "supports", other) in stances)


def _speaker(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], backing: Relation,
             salient: Mention | None) -> Mention | None:
    """Who is reported as saying ``backing``: the mention of its ``speaker`` (the subject of a speech verb
    before its trigger, or the actor quoted before a colon), else, after a speech verb with no subject of its
    own («وقال إن …»), the one the text is about."""
    hit = next((h for h in hits if words[h.first].start == backing.trigger_at), None)
    if hit is None:
        return None
    if backing.speaker is None:
        said = salient if salient is not None and dropped_speaker(words, hit.first) else None
    else:
        quoted = colon_speaker(words, mentions, hit.first)
        said = next((m for m in [*speakers(words, mentions, hit), *([quoted] if quoted else []),
                                 *([salient] if salient else [])] if m.actor == backing.speaker), None)
    # (not across a clause of its own: «ندد المجلس الرئاسي بالتصريحات، فيما أعلنت السعودية تأييدها لمصر»)
    start = said.last + 1 if said is not None and said in mentions else 0
    return said if said is not None and not any(opens_while(words, j) for j in range(start, hit.first)) else None


def accusers_of_backing(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], rels: list[Relation],
                        camps: Camps, party: Callable[[str], str], other_side: Callable[[str], str | None],
                        salient: Mention | None = None) -> list[Relation]:
    """«وقال باشاغا إن الإمارات تزود قوات حفتر بالسلاح»: the speaker of a reported backing opposes the backer
    when the backed one is the speaker's enemy (see the module's docstring)."""
    stances = camps.stances | {(party(r.source.actor), r.relation, party(r.target.actor)) for r in rels
                               if not r.negated}
    have = {(party(r.source.actor), r.relation, party(r.target.actor)) for r in rels}
    out: list[Relation] = []
    for backing in rels:
        if backing.relation != "supports" or backing.negated or backing.rule.split(":")[0] in passive.RULES:
            continue  # («حذر السيسي حكومة السراج المدعومة من أنقرة من …»: an epithet names the backing, charges no one)
        speaker = _speaker(words, mentions, hits, backing, salient)
        if speaker is None:
            continue
        s, backer, backed = party(speaker.actor), party(backing.source.actor), party(backing.target.actor)
        if s in (backer, backed) or (s, "opposes", backer) in have or not _enemy(s, backed, stances, other_side):
            continue
        start = min(backing.start, speaker.start) if speaker in mentions else backing.start
        out.append(Relation("opposes", speaker, backing.source, False, CONFIDENCE,
                            f"{RULE}:{backing.rule.split(':')[-1]}", start, backing.end, None, backing.trigger_at))
        have.add((s, "opposes", backer))
    return out
