"""Stage 4 -- relations: who supports / opposes / called / met whom, per sentence.

Requires: words and :class:`kg.actors.Mention` s of a sentence, the
triggers from ``ontology/triggers.ttl``.  Provides: :class:`Relation` s
(source and target mentions, negated flag, confidence, rule, evidence span).

How Arabic news states a stance, and the rule for each (docs/extraction.md):
  - verb triggers (دعم، اتهم، التقى): the subject is the source; Arabic is
    verb-subject-object, so the first actor right after the verb is the
    subject, unless the dependency parse names another subject, and a
    sentence-initial actor before the verb (headline SVO, relative clauses)
    is the subject when none follows; the target is the object or the
    phrase after the trigger's preposition (لـ، بـ، مع، على);
  - masdar triggers (دعم أمريكي للجيش، مكالمة ترامب مع حفتر، رفض أمريكي):
    the genitive or nationality adjective right after the noun is the
    source, the marked phrase the target;
  - a possessive pronoun on the trigger (دعمها) or a dropped subject refers
    to the salient actor: the subject of the clause before, or the actor the
    document is about (its first source);
  - participles: «الداعمة لـ» has the modified noun as source, «المدعومة
    من» the modified noun as target and the agent after من as source;
  - «بين X و Y» and «X مع Y» give the two sides of a meeting or call;
  - coordination (مصر والإمارات والسعودية) multiplies the claim;
  - negation (لم، لن، لا، ليس، غير، دون، عدم، نفى، رفض + support) keeps the
    claim with negated=True; conditionals (لو، إذا، في حال) and questions
    are not asserted and give no claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from kg.actors import CACHE_WORDS, Mention, Word, variants
from kg.normalize import normalize, strip_diacritics
from kg.ontology import SYMMETRIC, Registry, Trigger, registry, triggers

# what may stand before and after a trigger stem: conjunction, future, person prefix, then
# person/number endings and an object pronoun (verbs); conjunction, preposition, article,
# then plural/nisba endings and a possessive pronoun (nouns)
VERB_AFFIXES = (re.compile("(?:[وف])?(?:س)?(?:[يتنا])?"),
                re.compile("(?:ت|تا|وا|ا|ن|ون|ان|ين|نا|تم|و)?(?:ه|ها|هم|هما|هن|ك|كم|ني|نا)?"))
NOUN_AFFIXES = (re.compile("(?:[وف])?(?:[بلك])?(?:ال|ل)?"),
                re.compile("(?:ه|ات|ان|ين|ون|ي|يه|يين|يون|ا|ها)?(?:ه|ها|هم|هما|هن|ك|كم|نا)?"))
TAA_SUFFIXES = ("ه", "ك", "نا", "ي")  # ة is written ت before a pronoun: معارضة -> معارضته
PRONOUN_SUFFIX = re.compile("[^ة](ه|ها|هم|هما)$")  # on the raw text: ة is not a pronoun
NEGATORS = {"لم", "لن", "لا", "ليس", "ليست", "ليسوا", "غير", "دون", "بدون", "عدم", "بعدم", "لسنا", "ولم", "ولن", "ولا",
            "فلم", "فلا", "نفي", "تنفي", "ينفي", "نفت", "وليس"}
CONDITIONALS = {"لو", "اذا", "واذا", "ولو", "فاذا", "لولا"}  # and «في حال»
CLAUSE_BREAKS = {".", "؛", ";", ":", "!", "؟", "?"}
SPEECH_VERBS = ("قال", "يقول", "تقول", "قالت", "اكد", "اكدت", "يوكد", "توكد", "اعلن", "اعلنت", "صرح", "اوضح",
                "اضاف", "اضافت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "يعتبر", "راي", "رات", "يري", "تري")
MARKER_WORDS = {"مع": "مع", "علي": "علي", "ضد": "ضد", "الي": "الي", "بين": "بين", "من": "من", "تجاه": "الي",
                "حيال": "الي", "جانب": "الي", "لدي": "الي", "عن": "عن", "في": "في", "قبل": "من"}
NOMINAL_BEFORE = {"في", "علي", "من", "عن", "الي", "مع", "بعد", "قبل", "ظل", "خلال", "عبر", "اثناء", "بسبب", "رغم", "ازاء"}
AUTHOR_VERBS = ("اعد", "قدم", "طرح", "اقترح", "صاغ", "تقدم", "دعم", "تبني", "وضع")
RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"}
SVO_PARTICLES = {"قد", "لقد", "لم", "لن", "لا", "ان", "انه", "انها", "كان", "كانت", "ما", "ف"} | RELATIVES
INCLUDING = {"بينها", "منها", "ومنها", "بينهم", "منهم", "مثل", "خاصه", "لاسيما", "سيما"}
WINDOW = 12  # words: how far an argument may be from its trigger
TARGET_WINDOW = 6


@dataclass
class Relation:
    relation: str
    source: Mention
    target: Mention
    negated: bool
    confidence: float
    rule: str
    start: int  # evidence span in the document
    end: int
    speaker: str | None = None


@dataclass
class TriggerHit:
    trigger: Trigger
    kind: str  # verb | noun | active | passive | agent | phrase
    first: int
    last: int


# ------------------------------------------------------------- triggers
def _affixed(norm: str, stem: str, affixes: tuple[re.Pattern, re.Pattern]) -> bool:
    """``norm`` is ``stem`` with allowed affixes: tried at each place the stem
    occurs, two small patterns shared by every stem rather than one per stem."""
    before, after = affixes
    forms = [(stem, ("",))]
    if stem.endswith("ه"):
        forms.append((stem[:-1] + "ت", TAA_SUFFIXES))
    for form, next_ in forms:
        i = norm.find(form)
        while i >= 0:
            rest = norm[i + len(form):]
            if rest.startswith(next_) and before.fullmatch(norm, 0, i) and after.fullmatch(rest):
                return True
            i = norm.find(form, i + 1)
    return False


def _stem_match(word: Word, stem: str, kind: str) -> bool:
    if kind == "verb":
        return _affixed(word.norm, stem, VERB_AFFIXES)
    if kind == "any":
        return _affixed(word.norm, stem, VERB_AFFIXES) or _affixed(word.norm, stem, NOUN_AFFIXES)
    return _affixed(word.norm, stem, NOUN_AFFIXES)


def _core(stem: str) -> str:
    """The part of a stem every affixed form contains (ة -> ت only changes its last letter)."""
    return stem[:-1] if stem.endswith("ه") else stem


@dataclass(frozen=True)
class _TriggerIndex:
    """A trigger set flattened once: matching runs on every word of every
    sentence, so it loops over plain lists and skips, per word, every
    trigger none of whose stems, phrase heads or lemmas the word contains."""
    phrases: list  # (trigger, phrase)
    singles: list  # (trigger, [(kind, stem, mode)]) in trigger order
    cores: frozenset  # every stem core, to test per word by substring
    by_core: dict  # core -> positions in singles
    by_lemma: dict  # normalised lemma -> positions in singles
    phrase_heads: frozenset  # cores and plain forms of the first word of each phrase
    trigs: tuple  # keeps the trigger set alive, so its id stays unique

    def __post_init__(self):
        # per word form, remembered (news repeats its words), the least recently used dropped
        object.__setattr__(self, "cores_in", lru_cache(maxsize=CACHE_WORDS)(self.cores_in))

    def cores_in(self, norm: str) -> frozenset[str]:
        """The stem cores ``norm`` contains."""
        return frozenset(c for c in self.cores if c in norm)


_INDEX: dict[int, _TriggerIndex] = {}


def _trigger_index(trigs: tuple[Trigger, ...]) -> _TriggerIndex:
    key = id(trigs)
    if key not in _INDEX:
        phrases = [(t, ph) for t in trigs for ph in t.phrases]
        # per trigger, its stems in order of precedence: a masdar wins over a
        # same-spelled participle (معارضة), a participle over a verb
        singles = [(t, [(kind, stem, mode) for kind, stems, mode in (
            ("passive", t.passive, "noun"), ("agent", t.agent_nouns, "noun"), ("noun", t.noun, "noun"),
            ("active", t.active, "noun"), ("verb", t.verb, "verb")) for stem in stems]) for t in trigs]
        by_core: dict[str, set[int]] = {}
        by_lemma: dict[str, set[int]] = {}
        for pos, (t, stems) in enumerate(singles):
            for _, stem, _ in stems:
                by_core.setdefault(_core(stem), set()).add(pos)
            for lemma in t.lemmas:
                by_lemma.setdefault(lemma, set()).add(pos)
        heads = {ph[0] for _, ph in phrases} | {_core(ph[0]) for _, ph in phrases}
        _INDEX[key] = _TriggerIndex(phrases, singles, frozenset(by_core) | {_core(e) for _, ph in phrases for e in ph},
                                    by_core, by_lemma, frozenset(heads), trigs)
    return _INDEX[key]


def _element_at(word: Word, element: str, present: frozenset[str], forms: frozenset[str]) -> bool:
    """One word of a trigger phrase: a stem in any of its forms, or a bare word under clitics."""
    return (_core(element) in present and _stem_match(word, element, "any")) or element in forms


def find_triggers(words: list[Word], trigs: tuple[Trigger, ...] | None = None) -> list[TriggerHit]:
    """Trigger words in a sentence; longer phrases win over single words."""
    trigs = trigs if trigs is not None else triggers()
    index = _trigger_index(trigs)
    present = [index.cores_in(w.norm) for w in words]
    forms = [variants(w.norm) for w in words]
    hits: list[TriggerHit] = []
    taken: set[int] = set()
    for i in range(len(words)):
        if not (present[i] & index.phrase_heads or forms[i] & index.phrase_heads):
            continue  # no phrase starts here
        for t, phrase in index.phrases:
            n = len(phrase)
            if i + n <= len(words) and all(_element_at(words[i + k], phrase[k], present[i + k], forms[i + k])
                                           for k in range(n)) and not taken & set(range(i, i + n)):
                hits.append(TriggerHit(t, "phrase", i, i + n - 1))
                taken.update(range(i, i + n))
    for i, w in enumerate(words):
        if i in taken:
            continue
        lemmas = {_norm_lemma(tok.lemma) for tok in w.tokens if tok.upos in ("VERB", "NOUN") and tok.lemma}
        candidates = set().union(*(index.by_core[c] for c in present[i] if c in index.by_core),
                                 *(index.by_lemma[x] for x in lemmas if x in index.by_lemma))
        for pos in sorted(candidates):
            t, stems = index.singles[pos]
            kind = next((k for k, stem, mode in stems if _stem_match(w, stem, mode)), None)
            if kind is None and lemmas & set(t.lemmas):
                kind = "verb" if any(tok.upos == "VERB" for tok in w.tokens) else "noun"
            if kind:
                # a word that is both a verb and a noun form (دعم): the tagger decides
                if kind == "noun" and any(_stem_match(w, s, "verb") for s in t.verb) \
                        and any(tok.upos == "VERB" for tok in w.tokens):
                    kind = "verb"
                hits.append(TriggerHit(t, kind, i, i))
                taken.add(i)
                break
    return sorted(hits, key=lambda h: h.first)


@lru_cache(maxsize=4096)
def _norm_lemma(lemma: str) -> str:
    return normalize(lemma)


# ------------------------------------------------------------ structure
def _clause_bounds(words: list[Word], i: int) -> tuple[int, int]:
    a = i
    while a > 0 and words[a - 1].norm not in CLAUSE_BREAKS:
        a -= 1
    b = i
    while b + 1 < len(words) and words[b + 1].norm not in CLAUSE_BREAKS:
        b += 1
    return a, b


def _upos(word: Word) -> str:
    """The POS of a word's stem token (the longest one, not a clitic)."""
    return max(word.tokens, key=lambda t: len(t.text)).upos


def _clitic_marker(word: Word) -> str | None:
    """The preposition clitic on a word: split off by the tokenizer, or
    written before the article («بالتدخل», «للجيش»), which is unambiguous."""
    norm = word.norm[1:] if word.norm.startswith(("و", "ف")) and len(word.norm) > 4 else word.norm
    for p in ("ب", "ل", "ك"):
        if norm.startswith(p) and (len(word.tokens) > 1 or norm[1:].startswith(("ال", "ل")) and len(norm) > 4):
            return p
    return None


def _marker_before(words: list[Word], m: Mention, floor: int = -1) -> str | None:
    """The preposition introducing a mention: a clitic on its first word, the
    word before, or the marker of the noun phrase it ends («بقائد الجيش»,
    «لهذا التحالف الروسي», «مع قائد الجيش»).  Words at or before ``floor``
    (the trigger) are not part of that noun phrase."""
    own = _clitic_marker(words[m.first])
    if own:
        return own
    # the word before, then one more across the head noun of a construct («مع قائد الجيش»)
    for k in (m.first - 1, m.first - 2):
        if k <= floor:
            return None
        w = words[k]
        if w.norm in MARKER_WORDS:
            return MARKER_WORDS[w.norm]
        if w.norm[:1] == "و" and w.norm[1:] in MARKER_WORDS:  # «ومع قائد الجيش»
            return MARKER_WORDS[w.norm[1:]]
        if w.punct or w.norm in INCLUDING or _upos(w) not in ("NOUN", "ADJ", "DET", "PRON", "NUM", "X"):
            return None
        mk = _clitic_marker(w)
        if mk:
            return mk
    return None


def _genitive_of(words: list[Word], m: Mention, head: int) -> bool:
    """Is ``m`` the genitive (idafa) or nationality adjective of the word ``head``:
    right after it (مكالمة ترامب، دعم أمريكي), or after one adjective (الدعم
    العسكري الأمريكي), with no preposition of its own?"""
    if m.first == head + 1:
        return _marker_before(words, m, head) is None
    return m.first == head + 2 and _upos(words[head + 1]) == "ADJ" and _marker_before(words, m, head) is None


def coordinated(words: list[Word], mentions: list[Mention], m: Mention) -> list[Mention]:
    """``m`` and the actors coordinated with it: «مصر والإمارات والسعودية»,
    «قرار بريطاني ألماني», «ترامب ومستشاره للأمن القومي جون بولتون»."""
    if m not in mentions:
        return [m]
    i = mentions.index(m)
    first = i
    while first > 0 and _joined(words, mentions[first - 1], mentions[first]):
        first -= 1
    last = i
    while last + 1 < len(mentions) and _joined(words, mentions[last], mentions[last + 1]):
        last += 1
    return mentions[first:last + 1]


def _joined(words: list[Word], prev: Mention, nxt: Mention) -> bool:
    gap = words[prev.last + 1: nxt.first]
    if not gap:
        return words[nxt.first].norm.startswith("و") or (prev.kind == nxt.kind == "demonym")
    if gap[0].norm[:1] == "و" and gap[0].norm[1:] in MARKER_WORDS and len(gap) <= 3 and \
            not any(g.punct for g in gap) and _marker_before(words, prev) == MARKER_WORDS[gap[0].norm[1:]]:
        return True  # «مع رئيس الحكومة ومع قائد الجيش»: the same preposition repeated joins the two
    if len(gap) == 1:
        return gap[0].norm in {"و", "،", ",", "او", "-"}
    return (gap[0].norm.startswith("و") and len(gap) <= 3 and
            all(_upos(g) in ("NOUN", "ADJ", "ADP", "DET", "X") and g.norm not in CLAUSE_BREAKS for g in gap)
            and nxt.kind != "demonym" and nxt.actor in _people())


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(a.id for a in registry().actors.values() if a.kind == "Person")


def _negated(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    return any(words[k].norm in NEGATORS for k in range(max(clause_start, hit.first - 3), hit.first))


DENIALS = ("نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "انكر", "انكرت", "ينكر", "تنكر")


def _denied(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«نفت روسيا تقديم أي دعم عسكري لحفتر»: a denial verb earlier in the
    clause negates the trigger it governs, however long the verb phrase."""
    return any(words[k].norm in DENIALS or (words[k].norm[:1] in "وف" and words[k].norm[1:] in DENIALS)
               for k in range(max(clause_start, hit.first - 8), hit.first))


def negated_at(words: list[Word], hit: TriggerHit) -> bool:
    """Is the trigger negated or denied within its clause?"""
    a, _ = _clause_bounds(words, hit.first)
    return _negated(words, hit, a) or _denied(words, hit, a)


def _conditional(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """Is the trigger inside a conditional («لو», «إذا», «في حال»)?  Its scope
    ends at the next punctuation mark."""
    for k in range(hit.first - 1, clause_start - 1, -1):
        w = words[k]
        if w.punct:
            return False
        if w.norm in CONDITIONALS or (w.norm == "حال" and k > 0 and words[k - 1].norm in {"في", "وفي"}):
            return True
    return False


FUTURE = ("سي", "ست", "سن")


def planned(words: list[Word], hit: TriggerHit) -> bool:
    """A meeting or call still to come is no claim: a future verb (سيلتقي،
    سيعقدان لقاء، سوف يجتمع) or a purpose «ل» on the noun (للقاء حفتر)."""
    if hit.trigger.relation not in SYMMETRIC:
        return False
    w = words[hit.first]
    if _upos(w) == "NOUN" and _clitic_marker(w) == "ل":
        return True
    for k in range(max(0, hit.first - 2), hit.first + 1):
        norm = words[k].norm.lstrip("وف") if len(words[k].norm) > 3 else words[k].norm
        # the trigger itself matched as a verb with its prefixes, whatever the tagger says
        verb = _upos(words[k]) in ("VERB", "AUX") or (k == hit.first and hit.kind == "verb")
        if norm == "سوف" or (norm.startswith(FUTURE) and verb):
            return True
    return False


def _question(words: list[Word], a: int, b: int) -> bool:
    """A clause that ends with a question mark or opens with «هل» asks, it does not assert."""
    end = words[b + 1].norm if b + 1 < len(words) else words[b].norm
    opener = next((w.norm for w in words[a:b + 1] if not w.punct), "")
    return end in {"؟", "?"} or words[b].norm in {"؟", "?"} or opener in {"هل", "وهل", "فهل", "اهل"}


def _nominal_context(words: list[Word], hit: TriggerHit, mentions: list[Mention]) -> bool:
    """A word that could be a verb or a masdar is a masdar after a preposition,
    with the article or a preposition clitic, or before a nationality adjective."""
    w = words[hit.first]
    if w.norm.startswith("ال") or _clitic_marker(w):
        return True
    if hit.first > 0 and words[hit.first - 1].norm in NOMINAL_BEFORE:
        return True
    return any(m.first == hit.last + 1 and m.kind == "demonym" for m in mentions)


def speakers(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Iterator[Mention]:
    """The subjects of the speech verbs before the trigger (قال، أكد، أعلن …), in order:
    the actor right after the verb (VSO), else right before it."""
    for k in range(0, hit.first):
        if words[k].norm in SPEECH_VERBS or any(words[k].norm == "و" + v for v in SPEECH_VERBS):
            after = [m for m in mentions if k < m.first <= k + 3]
            before = [m for m in mentions if k - 3 <= m.last < k]
            if after or before:
                yield (after or before)[0]


def _accusation(word: Word) -> bool:
    """An accusation verb or noun (اتهم، يتهم، اتهام): its ب-complement is what the accused did."""
    return _stem_match(word, "اتهم", "verb") or _stem_match(word, "اتهام", "noun")


def _deprel(word: Word) -> str:
    return max(word.tokens, key=lambda t: len(t.text)).deprel


def _has_pronoun(word: Word) -> bool:
    return bool(PRONOUN_SUFFIX.search(strip_diacritics(word.text))) and len(word.norm) > 4


# ---------------------------------------------------------------- rules
class RelationExtractor:
    def __init__(self, reg: Registry | None = None, trigs: tuple[Trigger, ...] | None = None):
        self.reg = reg or registry()
        self.trigs = trigs if trigs is not None else triggers()

    def party(self, m: Mention) -> str:
        return self.reg.party_of(m.actor)

    def extract(self, words: list[Word], mentions: list[Mention], salient: Mention | None = None) -> list[Relation]:
        """Relations of one sentence; ``salient`` resolves pronouns and dropped subjects."""
        hits = find_triggers(words, self.trigs)
        out: list[Relation] = []
        negated_by_rejection: set[int] = set()
        previous_source: Mention | None = None
        for h_i, hit in enumerate(hits):
            # «رفض تأييد»: a rejection of support is a negated support, not an opposition of its own
            if hit.trigger.negates and h_i + 1 < len(hits) and hits[h_i + 1].first <= hit.last + 2 and \
                    hits[h_i + 1].trigger.relation == hit.trigger.negates:
                negated_by_rejection.add(h_i + 1)
                continue
            a, b = _clause_bounds(words, hit.first)
            if _conditional(words, hit, a) or _question(words, a, b) or planned(words, hit):
                continue  # not asserted
            neg = _negated(words, hit, a) or _denied(words, hit, a) or h_i in negated_by_rejection
            found = self._arguments(words, mentions, hit, salient, previous_source, a, b)
            if found is None:
                continue
            src, tgt, conf, rule = found
            previous_source = src
            if rule == "between":  # «بين X و Y»: the coordination is the relation itself
                sources, targets = [src], [tgt]
            else:
                sources = coordinated(words, mentions, src)
                targets = [t for t in coordinated(words, mentions, tgt) if t not in sources]
            for s in sources:
                for t in targets:
                    if self.party(s) == self.party(t):
                        continue
                    local = [x for x in (s, t) if x in mentions and abs(x.first - hit.first) <= WINDOW]
                    start = min([x.start for x in local] + [words[hit.first].start])
                    end = max([x.end for x in local] + [words[hit.last].end])
                    out.append(Relation(hit.trigger.relation, s, t, neg, conf, f"{rule}:{hit.trigger.id}",
                                        start, end, self._speaker(words, mentions, hit, s)))
                    if hit.trigger.mutual:
                        out.append(Relation(hit.trigger.relation, t, s, neg, conf, f"{rule}-mutual:{hit.trigger.id}",
                                            start, end, self._speaker(words, mentions, hit, t)))
        return out

    def _speaker(self, words, mentions, hit, src) -> str | None:
        """Who is reported as saying it, when that is not the source."""
        return next((who.actor for who in speakers(words, mentions, hit) if who.actor != src.actor), None)

    def _arguments(self, words, mentions, hit, salient, previous_source, a, b):
        """(source, target, confidence, rule) for one trigger, or None."""
        before = [m for m in mentions if a <= m.last < hit.first and m.last >= hit.first - WINDOW]
        after = [m for m in mentions if hit.last < m.first <= b and m.first <= hit.last + WINDOW]
        trig = hit.trigger
        markers = set(trig.target_markers) | ({"مع", "ب"} if trig.relation in SYMMETRIC else set())
        kind = hit.kind
        floor = hit.last

        def mk(m):
            return _marker_before(words, m, floor)

        def marked_target(ms, exclude=()):
            return next((m for m in ms if m not in exclude and m.first <= hit.last + TARGET_WINDOW
                         and mk(m) in markers), None)

        def unmarked_before():
            return next((m for m in reversed(before) if _marker_before(words, m) is None), None)

        if kind == "verb" and any(_stem_match(words[hit.first], x, "noun") for x in trig.noun) \
                and _nominal_context(words, hit, mentions):
            kind = "noun"  # «في ظل رفض أمريكي»: a masdar, not a verb

        if trig.relation in SYMMETRIC or trig.mutual:
            # «بين X و Y»: a meeting or call, or what holds both ways (تبادل الاتهامات بين X و Y)
            for k in range(hit.last + 1, min(b, hit.last + 6) + 1):
                if words[k].norm == "بين":
                    pair = [m for m in after if m.first > k]
                    if len(pair) >= 2:
                        return pair[0], pair[1], 0.8, "between"

        if trig.target_before:
            # «التدخل الروسي في ليبيا خط أحمر»: target before, source the one asserting it
            if not before:
                return None
            tgt = before[-1]
            src = next((m for m in reversed(before[:-1]) if self.party(m) != self.party(tgt)), None) \
                or next((m for m in after if mk(m) == "ل" and m.first <= hit.last + 4), None) or salient
            return (src, tgt, 0.6, "predicate") if src is not None else None

        if kind == "passive":
            # «الحكومة المدعومة من الأمم المتحدة», «مدعوم من قبل واشنطن»
            agent = next((m for m in after if mk(m) == "من" and m.first <= hit.last + 3), None)
            if agent is None:
                return None
            if before and before[-1].last >= hit.first - 2:
                return agent, before[-1], 0.75, "passive"
            if before and before[-1].last >= hit.first - 4 and \
                    all(_upos(w) in ("NOUN", "ADJ") for w in words[before[-1].last + 1:hit.first]):
                # «السراج رئيس الحكومة المدعومة من الأمم المتحدة»: the participle qualifies the actor's own noun phrase
                return agent, before[-1], 0.65, "passive"
            if hit.first > 0 and _has_pronoun(words[hit.first - 1]):
                ref = self._referent(words, mentions, hit, agent, possessive=False, salient=salient)
                return (agent, ref, 0.5, "passive-pronoun") if ref is not None else None
            return None

        if kind in ("agent", "active"):
            # «رعاة حفتر كالإمارات» / «الداعمة لحفتر» / «الإمارات حليف حفتر»
            tgt = next((m for m in after if _genitive_of(words, m, hit.last)), None) or marked_target(after)
            if tgt is None and _has_pronoun(words[hit.last]):
                # «رعاته الإقليميين كالإمارات»: the possessor is the one supported
                owner = self._referent(words, mentions, hit, None, possessive=True, salient=salient)
                like = next((m for m in after if m.first <= hit.last + 3 and _marker_before(words, m) == "ك"), None)
                if owner is not None and like is not None:
                    return like, owner, 0.7, kind
                return None
            if tgt is None:
                return None
            group = coordinated(words, mentions, tgt)
            like = next((m for m in after if group[-1].last < m.first <= group[-1].last + 3
                         and (_marker_before(words, m) == "ك" or words[m.first - 1].norm in INCLUDING)), None)
            if like:
                return like, tgt, 0.75, kind
            if before and before[-1].last >= hit.first - 3:
                return before[-1], tgt, 0.7, kind
            src = unmarked_before()
            if src is not None and kind == "agent":
                # «ويعد حفتر، بحسب مراقبين، خصما لحكومة الوفاق»: the clause's subject is the referent
                return src, tgt, 0.55, kind
            return None

        if kind == "noun" and trig.agent_is_target:
            # «أدان التدخل التركي», «عدوان حفتر على طرابلس»: the actor named with the deed is opposed
            # by the subject before it in the clause; the doer is the genitive or nationality adjective,
            # or «ل» a little after (التدخل المتزايد لروسيا)
            tgt = next((m for m in after if _genitive_of(words, m, hit.last)), None) or \
                next((m for m in after if m.first <= hit.last + 3 and mk(m) == "ل"), None)
            if tgt is None:
                return None
            src = unmarked_before()  # a deed named with no speaker in its clause states no stance
            return (src, tgt, 0.6, "deed") if src is not None and self.party(src) != self.party(tgt) else None

        if kind == "noun":
            gen = next((m for m in after if _genitive_of(words, m, hit.last)), None)
            pronoun = _has_pronoun(words[hit.last])
            # for met/called the genitive is always a participant (مكالمة ترامب مع حفتر)
            purpose = trig.relation not in SYMMETRIC and \
                (_clitic_marker(words[hit.first]) == "ل" or _deprel(words[hit.first]) in ("obj", "xcomp"))
            with_b = _clitic_marker(words[hit.first]) == "ب" and trig.relation == "supports" and not pronoun
            near_before = before[-1] if before and before[-1].last >= hit.first - 4 else None
            if with_b and gen is not None and near_before is not None and \
                    any(_accusation(w) for w in words[a:near_before.first]):
                # «اتهم أردوغان الإمارات بدعم حفتر»: the accused supports the genitive
                return near_before, gen, 0.75, "accused-of"
            if with_b and gen is not None and near_before is not None and \
                    not any(_upos(w) == "VERB" for w in words[near_before.last + 1:hit.first]):
                # «حكومة الوفاق بقيادة السراج بدعم الأمم المتحدة»: with the backing of the genitive,
                # for the actor the phrase is about
                return gen, near_before, 0.75, "backed-by"
            agent_after = gen is None and next((m for m in after if mk(m) == "من" and m.first <= hit.last + 3), None)
            if with_b and agent_after and near_before is not None:
                # «تقاتل القوات بدعم من تركيا وقطر»
                return agent_after, near_before, 0.75, "backed-by"
            own_target = gen is not None and marked_target([m for m in after if m.first > gen.last], [gen])
            if gen is not None and gen.kind != "demonym" and purpose and not pronoun and not own_target:
                # «دفع إدارته لتأييد خليفة حفتر», «رفضت تأييد قرار»: the genitive is the object,
                # the agent is the subject of the governing verb
                accused = self._accused(words, mentions, a, hit)
                if accused is not None and self.party(accused) != self.party(gen):
                    # «اتهم أردوغان روسيا بإرسال مقاتلين لدعم حفتر»: the accused is the one who supports
                    return accused, gen, 0.6, "accused-of"
                src = previous_source or unmarked_before() or salient
                return (src, gen, 0.55, "masdar-object") if src is not None and src is not gen else None
            if gen is not None and pronoun:
                # «لقائه حفتر»: the pronoun is the agent, the genitive the object
                src = self._referent(words, mentions, hit, gen, possessive=True, salient=salient)
                return (src, gen, 0.6, "masdar-pronoun-object") if src is not None else None
            if gen is not None:
                src, rule, conf = gen, "masdar-genitive", 0.75
                group = coordinated(words, mentions, src)
                rest = [m for m in after if m.first > group[-1].last]
                tgt = marked_target(rest, group)
                if tgt is None and trig.relation in SYMMETRIC:
                    tgt = next((m for m in rest if m.first <= group[-1].last + 3), None)
            else:
                accused = self._accused(words, mentions, a, hit) if trig.relation == "supports" else None
                if pronoun:
                    src, rule, conf = self._referent(words, mentions, hit, None, possessive=True, salient=salient), \
                        "masdar-pronoun", 0.6
                elif accused is not None:
                    # «اتهم X روسيا بإرسال مرتزقة …»: what the accusation is about, the accused did
                    src, rule, conf = accused, "accused-of", 0.6
                elif previous_source is not None:
                    src, rule, conf = previous_source, "masdar-chain", 0.55
                else:
                    src, rule, conf = unmarked_before(), "masdar-before", 0.5
                if src is None:
                    return None
                group = coordinated(words, mentions, src)
                # the agent is elsewhere, so the masdar's genitive, or a nationality adjective in
                # its noun phrase («معارضة مشروع قرار بريطاني»), is its object
                tgt = marked_target(after, group) or next(
                    (m for m in after if m not in group and mk(m) is None and
                     (_genitive_of(words, m, hit.last) or (m.kind == "demonym" and m.first <= hit.last + 4))), None)
            if tgt is None:
                tgt = self._pronoun_target(words, mentions, hit, src, salient) or \
                    self._authored_target(words, mentions, hit, markers)
                conf = min(conf, 0.5)
            if tgt is None and rule == "masdar-genitive" and src.kind == "demonym" and trig.relation in ("opposes", "supports"):
                # «في ظل رفض أمريكي وفرنسي»: the reaction is to the sentence's topic
                group = coordinated(words, mentions, src)
                tgt = next((m for m in mentions if m.last < hit.first and m not in group
                            and self.party(m) not in {self.party(g) for g in group}), None)
                rule, conf = "masdar-topic", 0.45
            return (src, tgt, conf, rule) if tgt is not None else None

        # verbs and phrases
        src, rule, conf = None, "verb", 0.9
        parsed = self._parsed_subject(words, mentions, hit)
        adjacent_before = next((m for m in reversed(before)
                                if all(words[k].norm in SVO_PARTICLES for k in range(m.last + 1, hit.first))), None)
        relative_nonactor = hit.first >= 2 and words[hit.first - 1].norm in RELATIVES and \
            not any(m.last == hit.first - 2 for m in mentions)
        direct_after = next((m for m in after if m.first == hit.last + 1 and mk(m) is None), None)
        if direct_after is not None and kind != "phrase" and _has_pronoun(words[hit.first]) and adjacent_before is not None \
                and self.party(adjacent_before) != self.party(direct_after):
            # «حفتر تدعمه الإمارات»: topic, verb with its object pronoun, subject
            return direct_after, adjacent_before, 0.75, "verb-topic-object"
        if parsed is not None:
            src, rule = parsed, "verb-parse"
        elif adjacent_before is not None:
            src, rule = adjacent_before, "verb-svo"
        elif relative_nonactor:
            return None  # «القوى الإقليمية التي تدعم ...»: the subject is no actor we know
        elif direct_after is not None and kind != "phrase" and self._parsed_object(words, direct_after, hit) \
                and not _has_pronoun(words[hit.first]) and (before or salient is not None) and len(after) == 1:
            # (a verb with an object pronoun, «تدعمه بريطانيا», has its object: the actor is the subject)
            # «والتقى الرئيس المصري»: the parse says the actor after the verb is its object
            src = unmarked_before() or salient
            rule, conf = "verb-dropped-subject", 0.5
            if src is not None and self.party(src) != self.party(direct_after):
                return src, direct_after, conf, rule
            return None
        elif direct_after is not None and kind != "phrase":
            src, rule = direct_after, "verb-vso"
            group = coordinated(words, mentions, src)
            if group[-1] is after[-1] and (before or salient) and len(group) > 1:
                # the only actors after the verb are one coordinated group: its object
                src, rule, conf = (before[-1] if before else salient), "verb-object-group", 0.6
        else:
            nonactor_subject = hit.last + 1 < len(words) and _upos(words[hit.last + 1]) in ("NOUN", "PROPN") \
                and not _clitic_marker(words[hit.last + 1]) and kind != "phrase" \
                and not any(m.first == hit.last + 1 for m in mentions)
            including = next((m for m in after if m.first <= hit.last + 4 and words[m.first - 1].norm in INCLUDING), None)
            coordinated_verb = words[hit.first].norm[:1] in ("و", "ف") and len(words[hit.first].norm) > 3
            if including is not None:
                src, rule, conf = including, "verb-including", 0.7
            elif nonactor_subject:
                return None
            elif coordinated_verb and before:
                # «... الموقف الأمريكي تغير ...، واصطف الى جانب روسيا»: the subject of the first verb
                src = next((m for m in mentions if m.last < hit.first and _marker_before(words, m) is None), None)
                rule, conf = "verb-coordinated", 0.6
            if src is None and before and not nonactor_subject:
                cand = unmarked_before()
                if cand is not None:
                    src, rule, conf = cand, "verb-svo-far", 0.6
            if src is None and salient is not None:
                src, rule, conf = salient, "verb-dropped-subject", 0.5
        if src is None:
            return None
        group = coordinated(words, mentions, src)
        rest = [m for m in after if m.first > group[-1].last] if src in after else after
        tgt = marked_target(rest, group)
        if tgt is None:
            start = group[-1].last if src in after else hit.last
            tgt = next((m for m in rest if m not in group and m.first <= start + 4 and mk(m) in (None, "الي", "علي")), None)
            if tgt is not None and tgt.first > start + 2:
                conf = min(conf, 0.7)
        if tgt is None:
            tgt = self._authored_target(words, mentions, hit, markers)
        if tgt is None and _has_pronoun(words[hit.first if kind != "phrase" else max(hit.first - 1, 0)]):
            # «بولتون قد أعطاه الضوء الأخضر»: the object pronoun refers back to the clause's topic
            verb = hit.first if kind != "phrase" else max(hit.first - 1, 0)
            if verb == 0 or _upos(words[verb - 1]) not in ("NOUN", "ADJ"):
                tgt = self._referent(words, mentions, hit, src, possessive=False, salient=salient)
            conf = 0.5
        if tgt is None:
            return None
        return src, tgt, conf, rule

    def _referent(self, words, mentions, hit, other, possessive, salient) -> Mention | None:
        """The actor a pronoun refers to.  A possessive on a masdar (دعمها) is
        the nearest subject-like actor before it; an object pronoun (أعطاه) is
        the topic of its clause (the first actor after the last comma)."""
        exclude = {self.party(other)} if other is not None else set()
        cands = [m for m in mentions if m.last < hit.first and _marker_before(words, m) is None
                 and self.party(m) not in exclude]
        if possessive:
            return cands[-1] if cands else (salient if salient is not None and self.party(salient) not in exclude else None)
        comma = max([k for k in range(hit.first) if words[k].norm in {"،", ","}], default=-1)
        local = [m for m in cands if m.first > comma]
        pick = local[0] if local else (cands[0] if cands else None)
        if pick is None and salient is not None and self.party(salient) not in exclude:
            pick = salient
        return pick

    def _pronoun_target(self, words, mentions, hit, src, salient) -> Mention | None:
        """«لدعمه له»: a «له/لها/لهم» right after the trigger is the target, an actor named before."""
        for k in range(hit.last + 1, min(len(words), hit.last + 3)):
            if words[k].norm in {"له", "لها", "لهم", "لهما"}:
                return next((m for m in reversed(mentions) if m.last < hit.first and self.party(m) != self.party(src)),
                            salient if salient is not None and self.party(salient) != self.party(src) else None)
        return None

    def _accused(self, words, mentions, clause_start, hit) -> Mention | None:
        """The object of an accusation verb earlier in the clause (اتهم X Y ب…: Y), if there is one."""
        k = next((k for k in range(clause_start, hit.first) if _accusation(words[k])), None)
        if k is None:
            return None
        after = [m for m in mentions if k < m.first < hit.first]
        subject_before = any(m.last == k - 1 or (m.last < k and words[k].norm[:1] not in "وف") for m in mentions
                             if clause_start <= m.last < k)
        return after[0] if subject_before and after else after[1] if len(after) > 1 else None

    def _authored_target(self, words, mentions, hit, markers) -> Mention | None:
        """«تعترض على القرار الذي أعدته بريطانيا», «قرار تدعمه بريطانيا»: the
        target is the author of the thing opposed or supported."""
        for k in range(hit.last + 1, min(len(words) - 2, hit.last + 4)):
            if words[k].punct:
                return None
            j = k + 1
            if words[j].norm in RELATIVES:
                j += 1
            if j < len(words) and any(_stem_match(words[j], v, "verb") for v in AUTHOR_VERBS):
                return next((m for m in mentions if m.first == j + 1), None)
            if hit.trigger.relation == "opposes" and j > k + 1 and j < len(words) and _upos(words[j]) in ("VERB", "AUX"):
                # «رفض الحملة التي يشنها حفتر»: a stance against an action is against who does it
                return next((m for m in mentions if m.first == j + 1), None)
        return None

    def _parsed_object(self, words, m: Mention, hit) -> bool:
        """Does the parse attach the mention to the trigger as its object?"""
        ids = {t.id for t in words[hit.first].tokens}
        return any(t.head in ids and t.deprel in ("obj", "iobj") for w in words[m.first:m.last + 1] for t in w.tokens)

    def _parsed_subject(self, words, mentions, hit) -> Mention | None:
        """The mention holding the nsubj of the trigger verb, when the parse says so."""
        heads = {id(t) for t in words[hit.first].tokens}
        ids = {t.id for t in words[hit.first].tokens}
        for w in words:
            for t in w.tokens:
                if t.head in ids and t.deprel.startswith("nsubj") and id(t) not in heads:
                    for m in mentions:
                        if m.first <= w.index <= m.last:
                            return m
                    # «قيادة الجيش»: the subject noun's genitive is the actor
                    for m in mentions:
                        if m.first == w.index + 1 and _marker_before(words, m) is None:
                            return m
        return None
