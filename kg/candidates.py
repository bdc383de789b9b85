"""Stage 4b -- candidates: every (source, relation, target) a sentence could state, described by its evidence.

Requires: the words and mentions of a sentence, its trigger hits
(:func:`kg.relations.find_triggers`) and the relations the construction
rules found (:class:`kg.relations.RelationExtractor`).  Provides:
:class:`Candidate` s, each with the list of features the stance model
(:mod:`kg.stance`) weighs.

Why candidates and not only rules: a rule names one source and one target
for one construction, and real news states most stances in constructions no
single rule covers (joint statements over a coordinated list, accusations
that carry a second claim, stances reported two clauses after the actor is
named).  Every pair of actors around a trigger is a candidate; what speaks
for it (word order, distance, the preposition before the target, the parse,
a rule that fired for the reverse direction) becomes features, and the model
learned on annotated news decides (:mod:`kg.stance`).  The rules' own
candidates are kept whatever the model says: they are the precise part.
A pair some construction refuses (a target its trigger cannot take, an
actor in a clause of its own: :func:`_ruled_out`; two met each at a meeting
of his own) is no candidate at all: what the grammar rules out, no weight
should bring back.  The parties a rule read at a trigger keep the rule's
polarity there, whichever of their mentions a co-occurrence takes.

Features are construction descriptions (order, markers, distances, parse
roles, rule names, trigger lexemes), never words of the training text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.actors import Mention, Word
from kg.ontology import SYMMETRIC, Registry
from kg.constructions.alongside import forces_before
from kg.constructions.context import REPORTING_THAT, informing
from kg.constructions.verb import participle_before
from kg.grammar import (CLAUSE_BREAKS, SPEECH_VERBS, any_support, ceded, clause_bounds, clitic_marker, conditional,
                        coordinated, deemed_partner_in_deed, fighters_side, genitive_of, has_pronoun, hedged, indirect,
                        marker_before, met_apart, negated_at, owed, participle_after_comma, planned, question,
                        report_author, speakers, stopped, unjoined, upos, while_at, wished, without_at)
from kg.normalize import strip_diacritics
from kg.relations import ECHO_DENIAL, Relation, TriggerHit, allies_or_rivals_named, governor_of, ruled_out_target
from kg.tokens import zipf
from kg.triggers import conjunction_on

# the words around a trigger that the model weighs by themselves: Arabic's common words (wordfreq's Zipf
# frequency 4 or more, ten in a million words), never a rarer word, which would be a word of some training text
COMMON_ZIPF = 4.0
COOCCURRENCE = "cooccurrence"  # the rule name of a candidate no construction rule produced
MAX_DISTANCE = 30  # words between an argument and its trigger, for a candidate without a rule
# (news sets long asides between a subject and its verb's object: «أدان وزراء خارجية …، في بيان مشترك صدر في
# ختام اجتماع …، التدخل …»; the model weighs the distance, bucketed, so a far pair needs more to be kept)
# normalised: a future copula between an actor and the trigger, a stance still to come («ستكون جزءا من جهود دعم …»)
TO_BE = {"ستكون", "سيكون", "سنكون", "ستصبح", "سيصبح", "سنصبح", "سيكونون", "ستكونان", "سيكونان"}


@dataclass
class Candidate:
    relation: str
    source: Mention
    target: Mention
    negated: bool
    hit: TriggerHit | None
    rule: str  # the construction rule that produced it, or COOCCURRENCE
    features: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    speaker: str | None = None
    prior: float = 0.0  # the rule's own confidence (0 for a co-occurrence)

    def relation_record(self, confidence: float) -> Relation:
        return Relation(self.relation, self.source, self.target, self.negated, confidence, self.rule,
                        self.start, self.end, self.speaker)


def _one_then_other(words: list[Word], s: Mention, t: Mention) -> bool:
    """«التقى حفتر ثم السراج»: two met one after the other, joined by «ثم», not each other."""
    first, second = (s, t) if s.first < t.first else (t, s)
    between = words[first.last + 1:second.first]
    return 0 < len(between) <= 1 and any(w.norm in ("ثم", "وثم") for w in between)


def _bucket(n: int) -> str:
    for edge, name in ((0, "0"), (1, "1"), (3, "2-3"), (6, "4-6"), (10, "7-10"), (15, "11-15")):
        if n <= edge:
            return name
    return "16+"


def _side(m: Mention, hit: TriggerHit) -> str:
    if m.last < hit.first:
        return "B"
    if m.first > hit.last:
        return "A"
    return "I"


def _gap(m: Mention, hit: TriggerHit) -> int:
    return hit.first - m.last - 1 if m.last < hit.first else max(m.first - hit.last - 1, 0)


def _between(words: list[Word], a: int, b: int) -> list[Word]:
    return words[min(a, b) + 1:max(a, b)]


def _parse_role(words: list[Word], m: Mention, hit: TriggerHit) -> str | None:
    """The dependency relation that attaches the mention to the trigger, if the parse says so."""
    ids = {t.id for w in words[hit.first:hit.last + 1] for t in w.tokens}
    for w in words[m.first:m.last + 1]:
        for t in w.tokens:
            if t.head in ids:
                return t.deprel.split(":")[0]
    return None


_UNSET = object()


def features(words: list[Word], mentions: list[Mention], hit: TriggerHit, s: Mention, t: Mention,
             relation: str, reg: Registry, rules_here: set, rules_at_hit: set = frozenset(),
             speaker: Mention | None | object = _UNSET, groups: dict | None = None) -> list[str]:
    """What speaks for and against «s relation t» at the trigger ``hit`` of this sentence;
    ``rules_here``: the (source, relation, target) actor triples the rules found in it,
    ``rules_at_hit``: the (source party, target party) pairs a rule read at this very trigger;
    ``speaker`` (the hit's first speaker) and ``groups`` (id of a mention -> its coordinated list), when
    the caller has them for every pair of the sentence already."""
    r = relation
    f = [f"r={r}"]
    if (t.actor, r, s.actor) in rules_here and r not in SYMMETRIC:
        f.append(f"{r}|rule-reversed")
    sp, tp = reg.party_of(s.actor), reg.party_of(t.actor)
    # a construction already read this trigger's arguments: another source for its target, or
    # another target for its source, is the reading it rejected
    if any(rt == tp and rs != sp for rs, rt in rules_at_hit):
        f.append(f"{r}|rule-target-taken")
    if any(rs == sp and rt != tp for rs, rt in rules_at_hit):
        f.append(f"{r}|rule-source-taken")
    sk = reg.actors[s.actor].kind if s.actor in reg.actors else "Actor"
    tk = reg.actors[t.actor].kind if t.actor in reg.actors else "Actor"
    f += [f"{r}|skind={s.kind}", f"{r}|tkind={t.kind}", f"{r}|sactor={sk}", f"{r}|tactor={tk}"]
    f += [f"{r}|trig={hit.trigger.id}", f"{r}|hitkind={hit.kind}"]
    ss, ts = _side(s, hit), _side(t, hit)
    order = "st" if s.first < t.first else "ts"
    pat = f"{ss}{ts}{order}"
    ds, dt = _gap(s, hit), _gap(t, hit)
    f += [f"{r}|pat={pat}", f"{r}|{hit.kind}|pat={pat}", f"{r}|ds={_bucket(ds)}", f"{r}|dt={_bucket(dt)}",
          f"{r}|{ss}ds={_bucket(ds)}", f"{r}|{ts}dt={_bucket(dt)}"]
    mks = marker_before(words, s, hit.last if ss == "A" else -1) or "-"
    mkt = marker_before(words, t, hit.last if ts == "A" else -1) or "-"
    f += [f"{r}|mks={mks}", f"{r}|mkt={mkt}", f"{r}|{ts}mkt={mkt}", f"{r}|{ss}mks={mks}"]
    markers = set(hit.trigger.target_markers) | ({"مع", "ب"} if r in SYMMETRIC else set())
    if mkt in markers:
        f.append(f"{r}|target-marked")
    if mks in markers:
        f.append(f"{r}|source-marked")
    if ts == "A" and genitive_of(words, t, hit.last):
        f.append(f"{r}|t-genitive")
    if ss == "A" and genitive_of(words, s, hit.last):
        f.append(f"{r}|s-genitive")
    for who, m in (("s", s), ("t", t)):
        role = _parse_role(words, m, hit)
        if role:
            f.append(f"{r}|{who}-dep={role}")
    if upos(words[hit.first]) == "VERB":
        f.append(f"{r}|verb")
    # what lies between each argument and the trigger
    for who, m in (("s", s), ("t", t)):
        edge = m.last if _side(m, hit) == "B" else m.first
        gap = _between(words, edge, hit.first if _side(m, hit) == "B" else hit.last)
        if any(w.norm in CLAUSE_BREAKS for w in gap):
            f.append(f"{r}|{who}-clausebreak")
        if any(w.norm in {"،", ","} for w in gap):
            f.append(f"{r}|{who}-comma")
        others = sum(1 for m2 in mentions if m2 is not s and m2 is not t and
                     min(edge, hit.first) < m2.first < max(edge, hit.last))
        f.append(f"{r}|{who}-others={_bucket(others)}")
    # how near each argument is, among the actors on its side of the trigger (0: the nearest)
    for who, m, side in (("s", s, ss), ("t", t, ts)):
        same = [m2 for m2 in mentions if _side(m2, hit) == side and reg.party_of(m2.actor) != reg.party_of(m.actor)
                and _gap(m2, hit) < _gap(m, hit)]
        f.append(f"{r}|{who}{side}-rank={min(len(same), 3)}")
        f.append(f"{r}|{hit.kind}|{who}{side}-rank={min(len(same), 3)}")
    group = groups[id(s)] if groups is not None else coordinated(words, mentions, s)
    if t in group:
        f.append(f"{r}|coordinated-pair")
    elif len(group) > 1:
        f.append(f"{r}|source-in-list")
    if len(groups[id(t)] if groups is not None else coordinated(words, mentions, t)) > 1:
        f.append(f"{r}|target-in-list")
    if speaker is _UNSET:
        speaker = next(speakers(words, mentions, hit), None)
    if speaker is s:
        f.append(f"{r}|source-speaker")
    elif speaker is t:
        f.append(f"{r}|target-speaker")
    if s.first == 0 or all(w.punct for w in words[:s.first]):
        f.append(f"{r}|source-first")
    f.append(f"{r}|mentions={_bucket(len(mentions))}")
    # the word that governs the trigger («إلى», «ضرورة», «عن», «رفض»), with where the two actors stand, and the word
    # before the source on its side («قبل», «لـ», «إن»): learned by the word itself, where no rule decides (common
    # words only, see COMMON_ZIPF)
    if hit.first > 0 and _common(words[hit.first - 1]):
        f.append(f"{r}|prev={words[hit.first - 1].norm}|pat={pat}")
    if s.first > 0 and _common(words[s.first - 1]):
        f.append(f"{r}|sprev={words[s.first - 1].norm}|{ss}")
    return f


def _common(word: Word) -> bool:
    """Is the word one of the language rather than of a text (:data:`COMMON_ZIPF`), so that a weight on it learns
    how Arabic news words a stance, not what one passage said?"""
    return zipf(strip_diacritics(word.text)) >= COMMON_ZIPF


def sentence_candidates(words: list[Word], mentions: list[Mention], hits: list[TriggerHit],
                        rule_relations: list[Relation], reg: Registry) -> list[Candidate]:
    """The rule relations of a sentence, and every pair of actors around each asserted trigger."""
    rules_here = {(rel.source.actor, rel.relation, rel.target.actor) for rel in rule_relations}
    out: list[Candidate] = []
    for rel in rule_relations:
        # the rule's own trigger (its id ends the rule name), not another one inside its evidence
        inside = [h for h in hits if words[h.first].start >= rel.start and words[h.last].end <= rel.end
                  and h.trigger.relation == rel.relation]
        # («لا تدعم حفتر بل تدعم حكومة الوفاق»: the one where the relation says it was read, when two share the id)
        hit = next((h for h in inside if words[h.first].start == rel.trigger_at), None) or \
            next((h for h in inside if h.trigger.id == rel.rule.split(":")[-1]), inside[0] if inside else None)
        # kept whatever the model says (kg.stance.select), so it needs no features
        # (a report's author stands by it, whoever denies it: «كذبت مصر الادعاءات القطرية بشأن تدخلها»)
        authored = hit is not None and rel.source is report_author(words, mentions, hit)
        out.append(Candidate(rel.relation, rel.source, rel.target,
                             rel.negated or (hit is not None and not authored and negated_at(words, hit, mentions)),
                             hit, rel.rule,
                             start=rel.start, end=rel.end, speaker=rel.speaker, prior=rel.confidence))
    at_hit: dict[int, set] = {}
    sides: dict[int, list] = {}  # id of a hit -> the mentions a rule read at it
    asserted: set = set()  # (id of a hit, source party, target party) a rule read at the hit as asserted
    for c in out:
        if c.hit is not None:
            pair = (reg.party_of(c.source.actor), reg.party_of(c.target.actor))
            at_hit.setdefault(id(c.hit), set()).add(pair)
            if not c.negated:
                asserted |= {(id(c.hit),) + pair, (id(c.hit),) + pair[::-1]} if c.relation in SYMMETRIC else \
                    {(id(c.hit),) + pair}
            sides.setdefault(id(c.hit), []).extend((c.source, c.target))
    groups = {id(m): coordinated(words, mentions, m) for m in mentions}
    for hit in hits:
        if hit.trigger.rule_only:
            continue  # («لقاء يجمع السراج وحفتر»: only «جمعه بـ» after a meeting noun says who met; its construction)
        if hit.trigger.held_in_place and id(hit) not in sides:
            continue  # («بحث السراج مع الرئيس التركي تطورات الوضع في ليبيا»: talks are a meeting only where they were
            # held, which the construction checks, and it found no place of the talks with the one named after «مع»)
        if hit.kind == "client" and unjoined(words[hit.first].norm).startswith(("ال", "بال", "لل")):
            continue  # («حفتر الرجل القوي في الشرق»: with the article, no genitive names whose man he is)
        a, b = clause_bounds(words, hit.first)
        if conditional(words, hit, a) or question(words, a, b) or planned(words, hit) or wished(words, hit, a) \
                or hedged(words, hit) or indirect(words, hit) or stopped(words, hit) == "demanded" or owed(words, hit) \
                or ceded(words, hit) or deemed_partner_in_deed(words, hits, hit):
            continue  # not asserted (as for the rules: kg.relations), or someone else's support asked to end
        r = hit.trigger.relation
        governed = governor_of(words, mentions, hits, hit)
        near = [m for m in mentions if _gap(m, hit) <= MAX_DISTANCE and _side(m, hit) != "I"]
        neg = negated_at(words, hit, mentions)
        if not neg and any_support(words, hit):
            continue  # («حذرت مصر من أي دعم لقوات الوفاق»: none given, as for the rules)
        speaker = next(speakers(words, mentions, hit), None)
        side = fighters_side(words, mentions, hit)
        side = None if side is None else {reg.party_of(m.actor) for m in side}
        for s in near:
            for t in near:
                if s is t or reg.party_of(s.actor) == reg.party_of(t.actor):
                    continue
                if r in SYMMETRIC and t.first < s.first:
                    continue  # one direction is enough for a meeting or a call
                if r in SYMMETRIC and ((t in groups[id(s)] and met_apart(words, groups[id(s)])) or
                                       _one_then_other(words, s, t)):
                    continue  # («اجتمعا بكل من السراج وحفتر على حدة»: each met apart, not each other)
                if (s.actor, r, t.actor) in rules_here or (r in SYMMETRIC and (t.actor, r, s.actor) in rules_here):
                    continue  # the rule's own candidate carries it
                if _ruled_out(words, mentions, hits, hit, s, t):
                    continue  # what a construction rules out, no co-occurrence brings back
                if side is not None and s.first < hit.first and reg.party_of(s.actor) not in side:
                    continue  # («قال المبعوث إن مقاتلين وصلوا للقتال في صفوف حفتر»: see fighters_side)
                if r in SYMMETRIC and _met_after_triggers_of_their_own(hit, hits, sides, s, t):
                    continue  # («…حيث التقى السراج، ثم إلى بنغازي حيث اجتمع بحفتر»: met apart, not each other)
                if r in SYMMETRIC and min(s.first, t.first) < hit.first and _sides_in_own_clause(words, hit, sides):
                    continue  # «ووصل حفتر إلى القاهرة، والتقى الرئيس المصري بوزير الخارجية الروسي»: another clause's
                if r == "called" and id(hit) in sides and not all(
                        any(m in groups.get(id(side), [side]) for side in sides[id(hit)]) for m in (s, t)):
                    # «أدان السراج الهجوم الإماراتي في اتصال مع نظيره الإيطالي»: a rule read the call's two ends
                    # at this trigger; a third actor is neither (unless listed with one); a meeting may have more
                    continue
                lo = min(s.start, t.start, words[hit.first].start)
                hi = max(s.end, t.end, words[hit.last].end)
                # («تنفي موسكو أي صلة لها بعناصر فاغنر الذين يقاتلون إلى جانب حفتر»: the parties a rule read
                # asserted at this trigger are asserted, whichever of their mentions the pair takes)
                asserted_here = (id(hit), reg.party_of(s.actor), reg.party_of(t.actor)) in asserted
                c = Candidate(r, s, t, neg and not asserted_here, hit, f"{COOCCURRENCE}:{hit.trigger.id}",
                              start=lo, end=hi,
                              speaker=speaker.actor if speaker is not None and speaker.actor != s.actor else None)
                c.features = features(words, mentions, hit, s, t, r, reg, rules_here, at_hit.get(id(hit), set()),
                                      speaker, groups)
                if governed is not None and governed != r:
                    # «انتقد أردوغان الدعم الخارجي لحفتر»: the trigger is what a stance verb of the
                    # other polarity is about, not a stance of its own
                    c.features.append(f"{r}|governed-by={governed}")
                out.append(c)
    # «لم يتمكن من لقاء صالح خلال زيارته»: where the sentence negates a pair's relation at one
    # trigger, another trigger of the same relation does not assert it
    # (not a denial the accused voices after an accusation, «وهو ما تنفيه أبوظبي», nor an accusation
    # beside the denial, «تنفي روسيا، التي تتهمها واشنطن بإرسال مرتزقة، دعمها لحفتر»: both stand)
    denied = {_pair(c) for c in out if c.negated and not c.rule.startswith(ECHO_DENIAL)}
    for c in out:
        if not c.negated and _pair(c) in denied and not c.rule.startswith("accused-of:") and \
                not (c.hit is not None and c.source is report_author(words, mentions, c.hit)) and \
                not (c.rule.startswith(COOCCURRENCE) and
                     (id(c.hit), reg.party_of(c.source.actor), reg.party_of(c.target.actor)) in asserted):
            c.negated = True
    return out


def _ruled_out(words: list[Word], mentions: list[Mention], hits: list[TriggerHit], hit: TriggerHit, s: Mention,
               t: Mention) -> bool:
    """The pair is one the constructions refuse, whichever construction would read it: a target the trigger
    cannot take (:func:`kg.relations.ruled_out_target`: «رحبت واشنطن بانسحاب قوات حفتر»), an actor named only
    as the possessor of rivals or allies («خصوم حفتر», «حلفاء حكومة الوفاق»), who are the ones meant, what a
    support shields against or is against («بحماية مصراتة من هجمات حفتر», «ضد حفتر»), the one an informing
    verb tells («أبلغ أردوغان بوتين دعمه لـ…»), a stance still to come («ستكون جزءا من جهود دعم …»), or an
    actor in a clause of its own (the complement of another stance's participle, after «في حين/فيما», in
    what someone says)."""
    # (each test of a target keeps to the targets after the trigger where it needs to)
    if ruled_out_target(words, hits, hit, t):
        return True
    if hit.trigger.beside_forces and forces_before(words, mentions, hit) is None:
        return True  # «استقبله ماكرون في الإليزيه إلى جانب السراج»: "besides", with no forces before it
    if allies_or_rivals_named(words, hit, s):
        return True  # «ويتهم خصوم حفتر الإمارات …»: the rivals speak, not Haftar
    if t.first > hit.last and marker_before(words, t, hit.last) in \
            hit.trigger.shields_from + (["ضد"] if hit.trigger.relation == "supports" else []):
        return True  # «بحماية مصراتة من هجمات حفتر», «دعمت الحكومة ضد حفتر»: what the support is against
    if participle_before(hits, hit, t):
        return True  # «تدعم تركيا الحكومة المناوئة لحفتر»: the complement of another stance's participle
    # «باعت واشنطن الصواريخ إلى قطر متهمة إياها بتسليمها لحكومة الوفاق»: past a circumstantial participle of
    # another stance, the actor is its object
    if t.first > hit.last and any(h is not hit and h.kind == "active" and hit.last < h.first < t.first and
                                  not words[h.first].norm.startswith(("ال", "وال")) for h in hits):
        return True
    if any(while_at(words, k) for m in (s, t) for k in range(min(m.first, hit.first) + 1, max(m.first, hit.last))):
        return True  # «…، في حين ألغى السراج زيارة إلى اليونان»: the clause «في حين/فيما» opens has its own verb
    if any(without_at(words, k) for m in (s, t) if m.first > hit.last for k in range(hit.last + 1, m.first)):
        # «تؤيد الحوار، دون أن تذكر شيئا عن اتصالاتها مع حفتر»: so has the one «دون أن» opens, for an actor after
        # the trigger (its subject is the clause's before it: «زار ماكرون القاهرة دون أن يلتقي حفتر»)
        return True
    if s.last < hit.first and any(participle_after_comma(words, k) for k in range(s.last + 2, hit.first + 1)):
        # «أكد الرئيس المصري أن بلاده ترفض التدخل التركي، معربا عن دعمه لـ…»: the agent of a circumstantial
        # participle is the clause's subject, its first actor, not one its object names
        start = clause_bounds(words, s.first)[0]
        if any(start <= m.first and m.last < s.first for m in mentions):
            return True
    if hit.trigger.relation not in SYMMETRIC and s.last < hit.first and _told(words, mentions, s):
        return True  # «أبلغ أردوغان بوتين خلال المكالمة دعمه لحكومة الوفاق»: the one told says nothing
    if hit.trigger.relation not in SYMMETRIC and any(
            words[k].norm.lstrip("و") in TO_BE for k in range(min(s.last, t.last) + 1, hit.first)):
        return True  # «قال إن تونس ستكون جزءا من جهود دعم حكومة الوفاق»: still to come
    if s.last < hit.first and _own_subject_said(words, mentions, s.last, hit.first) and \
            not (hit.trigger.relation == "opposes" and _in_said_subject(words, s.last, t)):
        # («قال المسماري إن الوجود التركي احتلال»: a stance against the one the subject's noun phrase names is
        # the speaker's verdict on it)
        return True  # «قالت واشنطن إن هذه الطائرات تدعم …»: the clause names its own subject
    # «التقى السيسي …، بعدما قال ماكرون إن تونس …»: what is said after the trigger is the speaker's
    return any(m.first > hit.last and _said_between(words, hit.last, m.first) for m in (s, t))


def _told(words: list[Word], mentions: list[Mention], m: Mention) -> bool:
    """Is ``m`` the one an informing verb tells («أبلغ السيسي ماكرون …», «إن القاهرة أبلغت واشنطن …»): its
    object, right after the verb and its subject, or right after the verb with the subject before it?"""
    k = m.first - 1
    subject = next((m2 for m2 in mentions if m2.last == k), None)
    if subject is not None:
        return subject.first >= 1 and informing(words[subject.first - 1])
    return k >= 0 and informing(words[k]) and any(m2.last < k for m2 in mentions)


def _met_after_triggers_of_their_own(hit: TriggerHit, hits: list[TriggerHit], sides: dict, s: Mention,
                                  t: Mention) -> bool:
    """Is each of the two named after a different verb or masdar of the relation, which a rule read him with
    («توجه السفير إلى طرابلس حيث التقى السراج، ثم إلى بنغازي حيث اجتمع بحفتر», «استقبل ماكرون حفتر بعد أيام من لقائه
    السراج»)?  Each was met at his own meeting."""
    def trigger_before(m: Mention) -> TriggerHit | None:
        return next((h for h in reversed(hits) if h.kind in ("verb", "noun")
                     and h.trigger.relation == hit.trigger.relation
                     and h.last < m.first and m in sides.get(id(h), ())), None)

    vs, vt = trigger_before(s), trigger_before(t)
    return vs is not None and vt is not None and vs is not vt


def _sides_in_own_clause(words: list[Word], hit: TriggerHit, sides: dict) -> bool:
    """Does the verb open a clause of its own after a comma («، والتقى …»), in which a rule read both sides
    of the meeting or call after it (its own subject and object)?  Then an actor before it is of the clause
    before, not a third side."""
    return hit.kind == "verb" and hit.first > 0 and words[hit.first - 1].norm in ("،", ",") and \
        conjunction_on(words[hit.first]) and id(hit) in sides and all(m.first > hit.last for m in sides[id(hit)])


def _own_subject_said(words: list[Word], mentions: list[Mention], a: int, b: int) -> bool:
    """Between a speaker ending at word ``a`` and a trigger at ``b``, «إن/أن» with a noun of its own after
    it (no actor, no pronoun that could be the speaker's): the clause's subject, not the speaker (after «أن»
    a verb may leave its subject to the speaker: «نفت روسيا أن تكون أرسلت …»; «إنها» is the speaker).
    Broader than the rules' :meth:`Context.reported_subject_after`, which keeps a definite noun the speaker
    may speak for («قال حفتر إن الجيش لن يسمح …») to read its own constructions: a co-occurrence has no
    construction to tell the two apart (using the rules' test here instead, measured in the thirty-sixth
    round: no figure moved on the dev set or synthetic-test, BJ-BM +0.002, 97 more positive and 380 more
    negative examples, two unit tests failing)."""
    return any(words[k].norm in REPORTING_THAT and not any(m.first <= k + 1 <= m.last for m in mentions) and
               upos(words[k + 1]) not in ("VERB", "AUX", "ADP") and not has_pronoun(words[k + 1]) and
               not words[k + 1].punct for k in range(a + 1, b - 1))


SUBJECT_PHRASE = 3  # words from the noun after «إن/أن» to the actor its phrase names («الوجود العسكري التركي»)


def _in_said_subject(words: list[Word], a: int, t: Mention) -> bool:
    """Does ``t`` name the owner of the noun phrase opening what the speaker ending at word ``a`` says: a
    nationality adjective or genitive a few nouns and adjectives after the noun right after «إن/أن»?"""
    return any(words[k].norm in REPORTING_THAT and k + 1 < t.first <= k + 1 + SUBJECT_PHRASE and
               all(upos(w) in ("NOUN", "ADJ", "PROPN") and not w.punct and clitic_marker(w) is None
                   for w in words[k + 1:t.first])
               for k in range(a + 1, t.first - 1))


SAID_REACH = 4  # words from the verb of saying to its «إن» (the speaker's name between)


def _said_between(words: list[Word], a: int, b: int) -> bool:
    """A verb of saying and its «إن/أن» between words ``a`` and ``b``: what follows is another's statement."""
    return any(words[k].norm in REPORTING_THAT and any(words[j].norm.lstrip("وف") in SPEECH_VERBS
                                                       for j in range(max(a + 1, k - SAID_REACH), k))
               for k in range(a + 2, b))


def _pair(c: Candidate) -> tuple:
    ends = (c.source.actor, c.target.actor)
    return (c.relation,) + (tuple(sorted(ends)) if c.relation in SYMMETRIC else ends)
