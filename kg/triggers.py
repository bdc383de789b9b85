"""Trigger words in a sentence: where a stance or an encounter is named.

Requires: the words of a sentence and the triggers of ``ontology/triggers.ttl``.
Provides: :class:`TriggerHit` s (the trigger, the form it takes here: verb,
noun (masdar), active or passive participle, agent noun or phrase, and the
words it spans).  The constructions (:mod:`kg.constructions`) then find its
arguments.  Stems are matched with the clitics and endings Arabic writes on
them, so one stem in the ontology covers «ودعمت», «بدعمها», «الداعمين».
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.actors import CACHE_WORDS, QUOTE_MARKS, Word, default_matcher, variants
from kg.normalize import normalize, strip_diacritics
from kg.tokens import zipf
from kg.ontology import SYMMETRIC, Trigger, triggers

# what may stand before and after a trigger stem: conjunction, future, person prefix, then
# person/number endings and an object pronoun (verbs); conjunction, preposition, article,
# then plural/nisba endings and a possessive pronoun (nouns)
VERB_AFFIXES = (re.compile("(?:[وف])?(?:س)?(?:[يتنا])?"),
                re.compile("(?:ت|تا|وا|ا|ن|ون|ان|ين|نا|تم|و)?(?:ه|ها|هم|هما|هن|ك|كم|ني|نا)?"))
PURPOSE = re.compile("(?:[وف])?ل([يتن])?")  # the «لـ» of purpose (or of a command) and the imperfect's letter
NOUN_AFFIXES = (re.compile("(?:[وف])?(?:[بلك])?(?:ال|ل)?"),
                re.compile("(?:ه|ات|ان|ين|ون|ي|يه|يين|يون|ا|ها)?(?:ه|ها|هم|هما|هن|ك|كم|نا)?"))
TAA_SUFFIXES = ("ه", "ك", "نا", "ي")  # ة is written ت before a pronoun: معارضة -> معارضته
HAMZA_SUFFIXES = ("ه", "ك", "نا")  # the pronouns after a final hamza written on its seat (حلفاء -> حلفائه)


@dataclass
class TriggerHit:
    trigger: Trigger
    kind: str  # verb | noun | active | passive | agent | client | phrase
    first: int
    last: int
    # a demand whose complement concerns nobody in particular («طالبت مصر تركيا بوقف التصعيد»: «وقف
    # التصعيد», kg:requiresNot) opposes only an actor it addresses, named before this word
    addressed_before: int | None = None




def affixed(norm: str, stem: str, affixes: tuple[re.Pattern, re.Pattern]) -> bool:
    """``norm`` is ``stem`` with allowed affixes: tried at each place the stem
    occurs, two small patterns shared by every stem rather than one per stem."""
    before, after = affixes
    forms = [(stem, ("",))]
    if stem.endswith("ه"):
        forms.append((stem[:-1] + "ت", TAA_SUFFIXES))
    if stem.endswith("اء") and affixes is not VERB_AFFIXES:
        # a noun's final hamza on its seat before a pronoun: «حلفائه», «لقائها» (not «ي», whose «ثنائي» is bilateral)
        forms.append((stem[:-1] + "ي", HAMZA_SUFFIXES))
    for form, next_ in forms:
        i = norm.find(form)
        while i >= 0:
            rest = norm[i + len(form):]
            if rest.startswith(next_) and after.fullmatch(rest) and \
                    (before.fullmatch(norm, 0, i) or (affixes is VERB_AFFIXES and _purpose(norm, i))) and \
                    not (affixes is VERB_AFFIXES and _imperfect_with_perfect_ending(norm[:i], rest)):
                return True
            i = norm.find(form, i + 1)
    return False


def _purpose(norm: str, i: int) -> bool:
    """Is ``norm[:i]`` the «لـ» of purpose before an imperfect («ليصف», «لتدعم»: so as to describe, to back)?
    Only before one: «لدعم» is the masdar after «لـ»."""
    m = PURPOSE.fullmatch(norm, 0, i)
    return m is not None and (m.group(1) is not None or norm[i:i + 1] in ("ي", "ت", "ن"))


def _imperfect_with_perfect_ending(prefix: str, suffix: str) -> bool:
    """An imperfect prefix with the perfect's «ـت» is no form of the stem: «تسلمت» is «تسلّم» (received,
    form V) in the past, not «سلّم» (delivered)."""
    return prefix[-1:] in ("ي", "ت", "ن") and suffix.startswith("ت")


SPLIT_MARGIN = 0.5  # Zipf units by which a whole word split as «و» + rest must outrank the rest to be one word


def conjunction_on(word: Word) -> bool:
    """Does the word open with the conjunction «و»?  «وروسيا» does, «وزير» (minister) does
    not: when the tokenizer left the word whole, the conjunction is there only if the word
    without it is the more frequent one, or the word is too rare to be listed at all."""
    text = strip_diacritics(word.text)  # whole, or split elsewhere («وات» + «هم»)
    if len(word.tokens) > 1 and word.tokens[0].text == "و":
        # (unless the word is listed and the rest is no word at all: «وقوفها» split as و + قوف + ها, or
        # clearly rarer than the whole: «وفدا» split as و + فدا, a delegation)
        return not (len(text) > 3 and zipf(text) > 0.0 and
                    (zipf(text[1:]) == 0.0 or zipf(text) >= zipf(text[1:]) + SPLIT_MARGIN))
    if not text.startswith("و") or len(text) <= 2:
        return False
    whole = zipf(text)
    return whole == 0.0 or zipf(text[1:]) > whole  # a word no list knows: the «و» is the common reading


def _own_waw(word: Word, stem: str, mode: str) -> bool:
    """A word that starts with a «و» of its own («وزارة», ministry) is no conjunction plus a
    verb («و» + «زار» + «ه»): the stem must then match without taking that «و» as a prefix."""
    if not word.norm.startswith("و") or stem.startswith("و") or conjunction_on(word):
        return True
    affixes = VERB_AFFIXES if mode == "verb" else NOUN_AFFIXES
    return affixed("#" + word.norm[1:], stem, affixes)


def upos(word: Word) -> str:
    """The POS of a word's stem token (the longest one, not a clitic)."""
    return word.stem.upos


THAT = {"ان", "بان", "وان", "لان"}  # normalised «أن/إن»: a clause of its own opens after it
NAMED_SUBJECT_REACH = 3  # words from «أن» to the word after the name that follows it


def _after_named_subject(words: list[Word], i: int) -> bool:
    """«قال الكرملين إن بوتين ثمن المبادرة»: right after a name that opens a clause after «أن/إن» the word is the
    name's verb, whatever the tagger calls it (no noun follows a bare name there: a noun's owner comes after it)."""
    if i < 2 or upos(words[i - 1]) != "PROPN":
        return False
    return any(words[j].norm in THAT and all(upos(w) == "PROPN" for w in words[j + 1:i])
               for j in range(max(0, i - NAMED_SUBJECT_REACH), i - 1))


THAT_PRONOUNS = {"انه", "انها", "بانه", "بانها", "وانه", "وانها"}  # normalised «أنه»: «أن» with its subject's pronoun
PERFECT_PARTICLES = {"قد", "لقد", "وقد", "ولقد", "فقد"}  # normalised: only a verb follows «قد» with the perfect
TOPIC = {"اما", "واما"}  # normalised «أما»: the topic fronted before the verb «فـ» opens
TOPIC_REACH = 6  # words from «أما» to the verb its «فـ» opens («أما رئيس مجلس النواب فثمن …»)


# normalised: «من جانبه، …», «بدوره، …», «في المقابل، …»: the words that hand the story to the next speaker
TURN_OPENERS = {("من", "جانبه"), ("من", "جانبها"), ("من", "جهته"), ("من", "جهتها"), ("من", "ناحيته"),
                ("من", "ناحيتها"), ("بدوره",), ("بدورها",), ("في", "المقابل"), ("بالمقابل",)}


def turn_phrase_ending(words: list[Word], end: int, joined: bool = False) -> int | None:
    """Where the phrase of :data:`TURN_OPENERS` whose last word is word ``end`` starts, if one ends there
    (``joined``: its first word may carry «و», «ومن جانبه»); no two of them end on the same word."""
    for phrase in TURN_OPENERS:
        start = end - len(phrase) + 1
        if start >= 0 and tuple(w.norm for w in words[start:end + 1]) in \
                ((phrase, ("و" + phrase[0],) + phrase[1:]) if joined else (phrase,)):
            return start
    return None


def _verb_slot(words: list[Word], i: int) -> bool:
    """«لقد ثمن رئيس البرلمان …», «أما رئيس مجلس النواب فثمن …», «ومن جانبه ثمن ترامب …», «فيما ثمن ماكرون …», «مضيفا
    أنه طالب حفتر …»: after «قد» or «أنه» (its subject a pronoun on «أن», a verb follows), with the «فـ» that
    answers «أما», right after a phrase that hands the story to the one its pronoun names (a comma between or not),
    or after «بينما/فيما/في حين» with a name or a definite noun right after it, the word is a verb, whatever the
    tagger calls it."""
    from kg.grammar import opens_while  # here: kg.grammar imports this module
    if i >= 1 and words[i - 1].norm in PERFECT_PARTICLES | THAT_PRONOUNS:
        return True
    end = i - 1 - (i >= 1 and words[i - 1].norm in ("،", ","))
    if end >= 0 and opens_while(words, end) and \
            i + 1 < len(words) and (words[i + 1].norm.startswith("ال") or upos(words[i + 1]) == "PROPN"):
        return True
    if turn_phrase_ending(words, end, joined=True) is not None and words[end].norm.endswith(("ه", "ها")):
        return True
    return words[i].norm.startswith("ف") and any(w.norm in TOPIC for w in words[max(0, i - TOPIC_REACH):i])


SHADDA = "\u0651"
HARAKAT = ("\u064b", "\u0652")  # the range of the short vowels, tanween, shadda and sukun


def _doubled_middle(word: Word) -> bool:
    """«ثمّن», «قدّر», «وهنّأ»: a shadda on the second letter (past a «و/ف» conjunction), with a letter after it,
    marks the verb of the second form, whatever the tagger calls the word (it tags «ثمّن» a noun); the nouns that
    share the letters («ثَمَن», «قَدْر») carry none.  (A root of two letters, «ردّ», doubles its last one.)"""
    letters: list[str] = []
    doubled: list[bool] = []
    for c in word.text:
        if HARAKAT[0] <= c <= HARAKAT[1]:
            if c == SHADDA and doubled:
                doubled[-1] = True
        else:
            letters.append(c)
            doubled.append(False)
    i = 1 if len(letters) > 4 and letters[0] in ("و", "ف") else 0
    return len(letters) - i >= 3 and doubled[i + 1] and not doubled[i]


def _nominal_adjective(word: Word) -> bool:
    """An adjective with the article («الأمني», whose letters hold «لام»), or one ending in «ة» («عادية», which holds
    «عادى»): the tagger calls some verbs adjectives («هنأ»), but no verb takes the article or ends in «ة»."""
    return any(t.upos == "ADJ" and t.feat("Definite") == "Def" for t in word.tokens) or \
        (upos(word) == "ADJ" and word.spelled.endswith("ة"))


def _ha_for_ta_marbuta(word: Word, stem: str, kind: str) -> bool:
    """An agent noun whose stem ends in «ة» (normalised «ه»), written here with «ه» and a suffix after it: «رعاها»
    (sponsored it) holds the letters of «رعاة» (sponsors), which takes a suffix only as «رعاتها»."""
    if kind != "agent" or not stem.endswith("ه"):
        return False
    spelled = strip_diacritics(word.spelled)
    return stem[:-1] + "ة" not in spelled and stem[:-1] + "ت" not in spelled


def stem_match(word: Word, stem: str, kind: str) -> bool:
    if kind == "verb":
        return affixed(word.norm, stem, VERB_AFFIXES)
    if kind == "any":
        return affixed(word.norm, stem, VERB_AFFIXES) or affixed(word.norm, stem, NOUN_AFFIXES)
    return affixed(word.norm, stem, NOUN_AFFIXES)


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
    by_head: dict  # core or plain form of a phrase's first word -> positions in phrases
    bare_headed: dict  # bare particle («لا», «لم») -> positions in phrases of those that open on it
    trigs: tuple  # keeps the trigger set alive, so its id stays unique

    def __post_init__(self):
        # per word form, remembered (news repeats its words), the least recently used dropped
        object.__setattr__(self, "cores_in", lru_cache(maxsize=CACHE_WORDS)(self.cores_in))

    def cores_in(self, norm: str) -> frozenset[str]:
        """The stem cores ``norm`` contains (its substrings that are cores: a word has a few dozen, the
        index thousands of cores)."""
        return frozenset(norm[a:b] for a in range(len(norm)) for b in range(a + 1, len(norm) + 1)) & self.cores


_INDEX: dict[int, _TriggerIndex] = {}


def _hamza_seats(stems: list[str], mode: str) -> list[str]:
    """A noun stem ending in hamza on the line («لقاء», «اعتداء») takes a seat before a
    pronoun suffix (لقائه, لقاؤه: in matching form «لقايه», «لقاوه»): both seats with the pronoun are stems too
    (not a seat with anything else: «الثنائي», bilateral, is no «ثناء»)."""
    if mode != "noun":
        return stems
    return [v for stem in stems for v in ([stem] + [stem[:-1] + seat + pronoun for seat in ("ي", "و")
                                                     for pronoun in SEAT_PRONOUNS] if stem.endswith("ء") else [stem])]


SEAT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")  # normalised pronoun suffixes after a hamza's seat


def _construct_plurals(stems: list[str]) -> list[str]:
    """An active participle's nominative plural in construct ends in «و» («داعمو حفتر», «منتقدو أنقرة»): a
    stem too (not for masdars, where «قتلو», «رفضو» are past verbs written without their alif)."""
    return stems + [stem + "و" for stem in stems]


def _imperfects(stems: list[str], mode: str) -> list[str]:
    """A verb stem that opens with a connecting or hamza alif («انتهك», «استنكر», «أرسل») drops it in
    the imperfect («تنتهك», «يستنكر», «يرسل»): those forms are stems too, so that the spelling
    matches where the tagger's lemma fails (an over-split word has none)."""
    if mode != "verb":
        return stems
    return stems + [p + stem[1:] for stem in stems if stem[:1] == "ا" and len(stem) >= 4 for p in ("ي", "ت", "ن")]


def _trigger_index(trigs: tuple[Trigger, ...]) -> _TriggerIndex:
    key = id(trigs)
    if key not in _INDEX:
        phrases = [(t, ph) for t in trigs for ph in t.phrases]
        # per trigger, its stems in order of precedence: a masdar wins over a
        # same-spelled participle (معارضة), a participle over a verb
        singles = [(t, [(kind, stem, mode) for kind, stems, mode in (
            ("passive", t.passive, "noun"), ("agent", t.agent_nouns, "noun"), ("client", t.client_nouns, "noun"),
            ("noun", t.noun, "noun"),
            ("active", _construct_plurals(t.active), "noun"), ("verb", t.verb, "verb"))
            for stem in _imperfects(_hamza_seats(stems, mode), mode)])
            for t in trigs]
        by_core: dict[str, set[int]] = {}
        by_lemma: dict[str, set[int]] = {}
        for pos, (t, stems) in enumerate(singles):
            for _, stem, _ in stems:
                by_core.setdefault(_core(stem), set()).add(pos)
            for lemma in t.lemmas:
                by_lemma.setdefault(lemma, set()).add(pos)
        heads = {ph[0] for _, ph in phrases} | {_core(ph[0]) for _, ph in phrases}
        by_head: dict[str, set[int]] = {}
        for pos, (_, ph) in enumerate(phrases):
            for head in (ph[0], _core(ph[0])):
                by_head.setdefault(head, set()).add(pos)
        bare: dict[str, set[int]] = {}
        for pos, (_, ph) in enumerate(phrases):
            if ph[0] in BARE_PARTICLES:
                bare.setdefault(ph[0], set()).add(pos)
        _INDEX[key] = _TriggerIndex(phrases, singles, frozenset(by_core) | {_core(e) for _, ph in phrases for e in ph},
                                    by_core, by_lemma, frozenset(heads), by_head, bare, trigs)
    return _INDEX[key]


BARE_PARTICLES = frozenset({"لا", "لم", "لن"})  # negation particles take no suffix: «لأي» (normalised «لاي») is no «لا»


def _element_at(word: Word, element: str, present: frozenset[str], forms: frozenset[str]) -> bool:
    """One word of a trigger phrase: a stem in any of its forms, or a bare word under clitics."""
    if element in BARE_PARTICLES:
        return word.norm == element or (word.norm[:1] in ("و", "ف") and word.norm[1:] == element)  # «ولا»
    return (_core(element) in present and stem_match(word, element, "any")) or element in forms


def _phrase_positions(words: list[Word], i: int, n: int) -> list[int] | None:
    """Where the ``n`` words of a phrase starting at word ``i`` stand: the next words, past a quotation mark right
    after its first word, which opens what is quoted inside the phrase («أعرب عن "شكره الكبير لقطر"»); None past the
    sentence's end."""
    at = [i]
    for _ in range(1, n):
        j = at[-1] + 1
        if j < len(words) and words[j].punct and words[j].text in QUOTE_MARKS and len(at) == 1:
            j += 1
        at.append(j)
    return at if at[-1] < len(words) else None


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
        # (only the phrases whose first word this word may be, the longest first, then in trigger order: «لا يمكن
        # الوثوق به» said of the actor before it, not «لا يمكن الوثوق» of one after it)
        heads = present[i] | forms[i]
        norm = words[i].norm
        particle = norm if norm in BARE_PARTICLES else norm[1:] if norm[:1] in ("و", "ف") else ""
        for pos in sorted(index.bare_headed.get(particle, set()).union(
                *(index.by_head[h] for h in heads if h in index.by_head)),
                key=lambda p: (-len(index.phrases[p][1]), p)):
            t, phrase = index.phrases[pos]
            at = _phrase_positions(words, i, len(phrase))
            if at is not None and all(_element_at(words[j], phrase[k], present[j], forms[j])
                                      for k, j in enumerate(at)) \
                    and not taken & set(range(i, at[-1] + 1)) and (not t.requires or _complement(words, at[-1], t)[0]):
                hits.append(TriggerHit(t, "phrase", i, at[-1]))
                taken.update(range(i, at[-1] + 1))
    # (of phrases of two words or more; not one that claims only as a predicate about an actor, «مسؤولة عن»,
    # which a verb's complement is not: «تتحمل المسؤولية عن»; unless it claims the other relation: «اعتبر
    # أن الإمارات شريكة في العدوان» charges, it deems no partner)
    phrase_starts = frozenset(h.first for h in hits if h.last > h.first and not h.trigger.predicate_only)
    predicates = [(h.first, h.trigger.relation) for h in hits if h.last > h.first and h.trigger.predicate_only]
    for i, w in enumerate(words):
        if i in taken:
            continue
        lemmas = {_norm_lemma(tok.lemma) for tok in w.tokens if tok.upos in ("VERB", "NOUN") and tok.lemma}
        candidates = set().union(*(index.by_core[c] for c in present[i] if c in index.by_core),
                                 *(index.by_lemma[x] for x in lemmas if x in index.by_lemma))
        for pos in sorted(candidates, key=lambda pos: (not _agent_marked(words, i, *index.singles[pos]), pos)):
            t, stems = index.singles[pos]
            kind = next((k for k, stem, mode in stems if stem_match(w, stem, mode) and _own_waw(w, stem, mode)
                         and not _ha_for_ta_marbuta(w, stem, k)), None)
            if kind is None and lemmas & set(t.lemmas):
                kind = "verb" if any(tok.upos == "VERB" for tok in w.tokens) else "noun"
            if kind == "verb" and t.verb_tagged and (upos(w) in NOT_VERBS or _nominal_adjective(w)) and \
                    not _after_named_subject(words, i) and not _verb_slot(words, i) and \
                    not (_doubled_middle(w) and min((len(v) for v in t.verb), default=0) > 2):
                kind = None  # «دفعت ثمن موقفها»: the noun that shares the verb's letters («الأمني»: an adjective)
            if kind == "verb" and w.spelled.endswith("ة") and upos(w) != "VERB":
                kind = None  # «عين زارة»: no verb ends in «ة» (which the normaliser writes as the pronoun «ـه»)
            if kind and t.held_in_place and not held_in_place(words, i, joint="مع" not in t.target_markers):
                kind = None  # «بحث بوتين مع أردوغان الوضع»: talks with no stated place or mode
            starts = phrase_starts | {k for k, relation in predicates if relation != t.relation}
            complement = _complement(words, i, t, starts) if kind and t.requires else (True, None)
            if not complement[0] or (complement[1] is not None and
                                     (kind not in ("verb", "active") or kind == "verb" and upos(w) in NOT_VERBS
                                      and not _verb_slot(words, i))):  # («أنه طالب حفتر بوقف …»: a verb there)
                # «دعت فرنسا تركيا إلى وقف …» is a demand (so is its participle with its object: «داعيا أنقرة إلى
                # احترام الحظر»); «دعت إلى الحوار» states no stance; a call («دعوة الأمم المتحدة إلى وقف القتال»)
                # names its caller, not who it addresses
                kind = None
            if kind:
                # a word that is both a verb and a noun form (دعم): the tagger decides
                if kind == "noun" and any(stem_match(w, s, "verb") for s in t.verb) \
                        and any(tok.upos == "VERB" for tok in w.tokens):
                    kind = "verb"
                hits.append(TriggerHit(t, kind, i, i, complement[1]))
                taken.add(i)
                break
    return sorted((h for h in hits if not _contact_cut(words, h, hits) and not _contacts(words, h)),
                  key=lambda h: h.first)


PHONE_REACH = 2  # words from a call noun to the word that says it was by phone («اتصالات هاتفية»)


def _contacts(words: list[Word], hit: TriggerHit) -> bool:
    """«أجرت تركيا اتصالات مكثفة مع روسيا»: call nouns in the plural with nothing saying they were by phone are
    contacts of any kind, no call (one call, «أجرى اتصالا مع», is one)."""
    norm = words[hit.first].norm
    return hit.trigger.relation == "called" and hit.kind == "noun" and norm.endswith("ات") and \
        not any("هاتف" in w.norm for w in words[hit.last + 1:hit.last + 1 + PHONE_REACH])


CUT_REACH = 2  # words from a stance that requires a noun to a call or meeting that is that noun («قطع كل الاتصالات»)


def _contact_cut(words: list[Word], hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """«قطعت حكومة الوفاق الاتصالات مع حفتر»: a call or meeting noun that is the noun another stance
    requires, right after it, is what that stance cuts or stops: no call of its own."""
    return hit.trigger.relation in SYMMETRIC and any(
        o.trigger.relation not in SYMMETRIC and o.last < hit.first <= o.last + CUT_REACH and
        any(stem_match(words[hit.first], r, "noun") for r in o.trigger.requires) for o in hits)


SEATS = {"قصر", "مقر", "العاصمه"}  # normalised: «في قصر الإليزيه», «في مقر الخارجية», «في العاصمة المصرية»
TALKED_WITH_REACH = 10  # words from the verb to «مع» (its subject between: «وزير الخارجية الإيطالي لويجي دي مايو»)
WITH_NAME_REACH = 5  # words of the name after «مع», up to «في»


def held_in_place(words: list[Word], i: int, joint: bool = False) -> bool:
    """Is the talks verb at word ``i`` followed, past «مع» and a few words of a name, by where they were held
    (:func:`place_at`)?  The extractor checks that the place follows the very one talked with.  ``joint``:
    both sides are the verb's subject, joined by «و», right before the place («تباحث أردوغان والسراج في
    إسطنبول»)."""
    if joint:
        at = next((k for k in range(i + 2, min(len(words) - 1, i + 1 + TALKED_WITH_REACH + WITH_NAME_REACH))
                   if words[k].norm in ("في", "وفي") or words[k].punct), None)
        names = words[i + 1:at] if at is not None else []
        joined = max((k for k in range(1, len(names)) if conjunction_on(names[k])), default=None)
        # (past the second name only its adjectives and name words: «بحث السيسي وماكرون تطورات الوضع في ليبيا»
        # talked of the situation in Libya)
        return joined is not None and place_at(words, at) and \
            all(upos(w) in ("NOUN", "PROPN", "ADJ", "X") for w in names[:joined]) and \
            all(upos(w) in ("PROPN", "ADJ", "X") for w in names[joined + 1:])
    with_at = next((k for k in range(i + 1, min(len(words), i + 1 + TALKED_WITH_REACH))
                    if words[k].norm in ("مع", "ومع")), None)
    if with_at is None or any(w.punct for w in words[i + 1:with_at]):
        return False
    if sidelines_before(words, i):
        return True  # «وعلى هامش القمة، بحث السيسي مع بوتين …»: at a summit, in person
    if place_before_with(words, i):
        return True  # «بحث السراج في أنقرة مع الرئيس التركي …»: the place before the one talked with
    at = next((k for k in range(with_at + 2, min(len(words) - 1, with_at + 2 + WITH_NAME_REACH))
               if words[k].norm in ("في", "وفي") or sidelines_at(words, k) or words[k].punct), None)
    if at is None:
        return False
    # (past each met apart: «تحدث ماكرون مع السراج وعقيلة صالح، كل على حدة، في روما»)
    place = past_each_apart(words, at)
    # (only the words of a name between: «بحث مع ماكرون عبر تقنية الفيديو الوضع في ليبيا» is no place)
    return (place_at(words, place) or sidelines_at(words, place)) and \
        all(upos(w) in ("NOUN", "PROPN", "ADJ", "X") and not any(t.upos == "ADP" for t in w.tokens)
            for w in words[with_at + 1:at])


APART = {"حده", "انفراد"}  # normalised: «كل على حدة», «كلا على انفراد»: each separately (kg.candidates too)


def past_each_apart(words: list[Word], k: int) -> int:
    """Word ``k``, or the word after «، كل على حدة،» there: an aside saying each was met separately."""
    if k + 4 < len(words) and words[k].norm in ("،", ",") and words[k + 1].norm in ("كل", "كلا") and \
            words[k + 2].norm == "علي" and words[k + 3].norm in APART and words[k + 4].norm in ("،", ","):
        return k + 5
    return k


def place_before_with(words: list[Word], i: int) -> bool:
    """«بحث السراج في أنقرة مع الرئيس التركي»: is where the talks at word ``i`` were held named between the verb
    (its subject too) and «مع», with no punctuation between?"""
    with_at = next((k for k in range(i + 1, min(len(words), i + 1 + TALKED_WITH_REACH))
                    if words[k].norm in ("مع", "ومع")), None)
    return with_at is not None and not any(w.punct for w in words[i + 1:with_at]) and \
        any(place_at(words, k) for k in range(i + 1, with_at - 1))


def sidelines_at(words: list[Word], at: int) -> bool:
    """«على هامش القمة»: «على» at word ``at`` opens the sidelines of an event, where people meet in person."""
    return at + 1 < len(words) and words[at].norm in ("علي", "وعلي") and words[at + 1].norm == "هامش"


def sidelines_before(words: list[Word], i: int) -> bool:
    """Does a phrase of the sidelines of an event open the sentence before word ``i`` («وعلى هامش القمة الروسية
    الأفريقية، بحث …»), with no other verb between?"""
    return any(sidelines_at(words, k) for k in range(0, min(i, SIDELINES_LEAD))) and \
        not any(upos(w) in ("VERB", "AUX") for w in words[:i])


SIDELINES_LEAD = 2  # words before «على هامش» at the sentence's opening («و», or a particle)


def place_at(words: list[Word], at: int) -> bool:
    """«في القاهرة», «في قصر الإليزيه»: «في» at word ``at`` and a place after it, a capital kg knows, a seat
    or a name the tagger calls proper; a topic after «في» («بحث معه في سبل …») is none."""
    if at + 1 >= len(words) or words[at].norm not in ("في", "وفي"):
        return False
    place = words[at + 1]
    matcher = default_matcher()
    return place.norm in SEATS or upos(place) == "PROPN" or \
        any(len(alias) == 1 and matcher.reg.actors[actor].kind == "State" for alias, actor in
            matcher.aliases.get(place.norm, ()))


def _agent_marked(words: list[Word], i: int, t: Trigger, stems) -> bool:
    """Word ``i`` is one of ``t``'s agent nouns, directly followed by one of its target prepositions:
    of two triggers sharing the word, the one whose construction the sentence shows wins («تعد
    تركيا عدوا لحفتر»: the rival's «ل», not the term of abuse said of the actor before it); so is a
    definite active participle («الموقف الفرنسي المعادي لتركيا»: attributive, where the indefinite
    «دولة معادية لليبيا» is a predicate)."""
    if i + 1 >= len(words) or not t.target_markers:
        return False
    nxt = words[i + 1].norm
    definite = words[i].norm.lstrip("وف").startswith("ال")
    return any(nxt == m or (len(m) == 1 and nxt.startswith(m) and len(nxt) > 2) for m in t.target_markers) \
        and any((kind == "agent" or (kind == "active" and definite)) and stem_match(words[i], stem, mode)
                for kind, stem, mode in stems)


NOT_VERBS = {"NOUN", "PROPN", "ADV", "PRON", "ADP", "DET", "NUM", "PART", "CCONJ", "SCONJ"}  # tags no verb reading survives
REQUIRES_WINDOW = 8  # words after a trigger in which its required complement must stand
REQUIRES_LONG_WINDOW = 16  # the same with no comma between: a long titled name before it («القائم بأعمال …»)
DESCRIBED_AS = {"بانه", "بانها", "بانهما", "بانهم"}  # normalised «بأنه»: «وصف X تصريحات Y بأنها …», what it is called
TERM_NEGATORS = {"غير", "ليس", "ليست", "ليسا", "ليسوا", "لسنا"}  # normalised: «بأنها غير بناءة», not what it is called
DESCRIBED_OBJECT_REACH = 20  # words from a trigger to the «بأنه» that ends its object, however long that is
DESCRIBED_TAIL = 3  # words after «بأنه» in which its complement stands («بأنه «مجرد دعاية»»), quotation marks aside
# normalised: «نقلت الوكالة عن X قوله إن …»: X said; what one is quoted as saying is a clause of its own, no complement
# of the verb before it («… عن المسماري قوله إن تركيا ترسل المرتزقة»: quoting, not transporting)
QUOTING = {"قوله", "قولها", "قولهم", "قولهما"}
# («دعت رئيسة المفوضية الأوروبية أورسولا فون دير لاين روسيا إلى الكف …»)
FIGHTING = {"مكافحه", "ومكافحه", "لمكافحه", "محاربه", "ومحاربه", "لمحاربه", "مواجهه", "لمواجهه", "يحارب", "تحارب",
            "يكافح", "تكافح"}
CLAUSE_BREAKS = {".", "؛", ";", ":", "!", "؟", "?"}  # punctuation that ends a clause


ANTECEDENT_OF = {"التي", "الذي", "الذين"}  # normalised relative pronouns after their antecedent


def _complement(words: list[Word], i: int, t: Trigger,
                phrase_starts: frozenset[int] = frozenset()) -> tuple[bool, int | None]:
    """Does one of the trigger's required complements (``kg:requires``) follow word ``i`` in its
    clause?  One followed by a ``kg:requiresNot`` word («وقف إطلاق النار», «وقف التصعيد») asks nobody
    in particular: it counts only for an actor addressed before it, whose index is returned.  One that
    opens another trigger's phrase of two words or more is read with them («طالب البرلمان مجلس الأمن
    بسحب الاعتراف بالحكومة»: recognition withdrawn, no forces), so it does not count."""
    undone = None
    if t.relation == "supports" and i >= 2 and words[i - 1].norm in ANTECEDENT_OF and \
            words[i].norm.endswith(("ه", "ها", "هم")) and \
            any(stem_match(words[i - 2], stem, "noun") for stem in t.requires):
        return True, None  # («الأسلحة التي أرسلتها الإمارات إلى حفتر»: the goods the verb's pronoun resumes)
    if t.relation == "supports" and words[i].norm.endswith(("ه", "ها", "هم")) and upos(words[i]) == "VERB":
        # («طائرات مسيرة تقدمها الإمارات لقوات حفتر»: an indefinite antecedent, its adjectives, and the relative
        # clause with no pronoun before it)
        j = i - 1
        while j > 0 and i - j <= 2 and upos(words[j]) == "ADJ" and not words[j].norm.startswith("ال"):
            j -= 1
        if j >= 0 and not words[j].norm.startswith("ال") and \
                any(stem_match(words[j], stem, "noun") for stem in t.requires):
            return True, None
    aside = aside_span(words, i)  # («ووصف أردوغان، في كلمة أمام البرلمان، حفتر بأنه قرصان»: not counted)
    skip = aside[1] - aside[0] + 1 if aside else 0
    described = _described_at(words, i)
    for k in range(i + 1, len(words)):
        if words[k].norm in CLAUSE_BREAKS or words[k].norm in QUOTING:
            break
        # (quotation marks and a tatweel after a clitic, «بـ«القرصان»», are no words of the distance)
        skip += words[k].punct and (words[k].text in QUOTE_MARKS or not words[k].norm)
        # (to the word after «بأنه» however far: «وصف المتحدث دعوة السراج إلى جعل المدينتين منطقة منزوعة السلاح
        # بأنها …», a long object)
        called = described is not None and k <= described + DESCRIBED_TAIL + skip
        if k >= i + 1 + REQUIRES_LONG_WINDOW + skip and not called:
            break
        if aside and aside[0] <= k <= aside[1]:
            continue
        if k > i + REQUIRES_WINDOW + skip:
            # (nor one inside quotation marks closed before the complement: «على «جميع القوى، بما فيها روسيا» سحب …»)
            quoted = _quoted(words, i + 1, k)
            commas = [j for j in range(i + 1, k)
                      if words[j].norm in ("،", ",") and not (aside and aside[0] <= j <= aside[1]) and j not in quoted]
            # (not the one comma that closes a relative clause on the one addressed: «طالب فيه القوات التي يقودها
            # المشير، بوقف زحفها»)
            relative_closed = len(commas) == 1 and any(words[j].norm in ANTECEDENT_OF for j in range(i + 1, commas[0]))
            # (nor the comma before a second complement joined to the first: «طالب باريس بإدانة الهجوم، وبالتوقف عن …»)
            joined = len(commas) == 1 and commas[0] + 1 < len(words) and joined_complement(words[commas[0] + 1])
            if commas and not relative_closed and not joined:
                break  # (the tagger reads some names as verbs, «أحمد», so a verb between cannot stop it)
        if words[k - 1].norm in FIGHTING:
            continue  # «شريك في مكافحة الإرهاب»: terrorism fought, nobody branded
        if t.object_required and _not_governed(words, i, k):
            continue
        if k not in phrase_starts and any(stem_match(words[k], stem, "noun") for stem in t.requires) and \
                not _denied_term(words, k):
            nxt = words[k + 1].norm if k + 1 < len(words) else ""
            if not any(nxt == x or nxt.startswith("ال" + x) or nxt == "ال" + x for x in t.requires_not):
                return True, None
            undone = k if undone is None else undone
    return undone is not None, undone


def joined_complement(word: Word) -> bool:
    """«وبالتوقف», «وإلى», «وعلى»: a preposition's complement joined by «و» to the one before it."""
    norm = word.norm
    return norm in ("والي", "وعلي") or (norm.startswith("وب") and len(norm) > 4)


def _denied_term(words: list[Word], k: int) -> bool:
    """Is the complement at word ``k`` denied («بأنها «غير بناءة»», «بأنه ليس إرهابيا»): what the object is said
    not to be?"""
    j = k - 1
    while j > 0 and words[j].punct and words[j].text in QUOTE_MARKS:
        j -= 1
    return words[j].norm in TERM_NEGATORS


def _described_at(words: list[Word], i: int) -> int | None:
    """Where «بأنه/بأنها» stands after word ``i`` in its clause: what comes right after it is what the object,
    however long, is called."""
    for k in range(i + 1, min(len(words), i + 1 + DESCRIBED_OBJECT_REACH)):
        if words[k].norm in CLAUSE_BREAKS or words[k].norm in QUOTING:
            return None
        if words[k].norm in DESCRIBED_AS:
            return k
    return None


def _quoted(words: list[Word], start: int, end: int) -> set[int]:
    """The words from ``start`` to ``end`` inside quotation marks that open and close between them."""
    inside, opened = set(), None
    for j in range(start, end):
        text = words[j].text
        if text in ("«", "“") or (text == '"' and opened is None):
            opened = j
        elif text in ("»", "”", '"') and opened is not None:
            inside |= set(range(opened + 1, j))
            opened = None
    return inside


def _not_governed(words: list[Word], i: int, k: int) -> bool:
    """Is word ``k`` behind a preposition («بالأسلحة», «على الأسلحة») or another noun's genitive
    («حظر الأسلحة», «وصول أسلحة»: after a common noun without the article), so that the verb at ``i``
    does not govern it?  The word right after the verb is its subject, no construct's head («قدمت أنقرة
    طائرات»).  Read from the letters and tags: the parser often hangs an object on the subject."""
    w, prev = words[k], words[k - 1]
    if (w.tokens and w.tokens[0].upos == "ADP") or upos(prev) == "ADP":
        return True
    # (not the noun counted after a number, which the tagger may call a noun: «قدمت الإمارات مئة طائرة مسيرة»)
    return k - 1 > i + 1 and upos(prev) == "NOUN" and prev.tokens[0].upos != "ADP" \
        and not prev.norm.startswith(("ال", "وال", "فال", "بال", "لل")) and prev.norm not in COUNTING


# normalised: the numbers and amounts a counted noun follows in construct («مئة طائرة», «آلاف المرتزقة»)
COUNTING = {"ميه", "مايه", "ميتي", "مايتي", "ميات", "الف", "الفي", "الاف", "عشرات", "مليون", "ملايين", "عده", "بضع",
            "بضعه", "عشره", "عشر"}
ASIDE_START = 9  # words from the trigger to the comma opening an aside (its subject between, a list of states too)
ASIDE_REACH = 14  # words an aside set off by commas may span (as verb.ASIDE_REACH)


def aside_span(words: list[Word], i: int) -> tuple[int, int] | None:
    """An aside set off by commas opening shortly after word ``i`` («، في كلمة أمام البرلمان،»): its
    first and last word (the commas)."""
    opening = next((k for k in range(i + 1, min(len(words), i + 1 + ASIDE_START)) if words[k].norm in ("،", ",")), None)
    if opening is None:
        return None
    closing = next((k for k in range(opening + 2, min(len(words), opening + ASIDE_REACH)) if words[k].norm in ("،", ",")),
                   None)
    if closing is None or any(words[k].norm in CLAUSE_BREAKS for k in range(opening, closing)):
        return None
    return opening, closing


@lru_cache(maxsize=4096)
def _norm_lemma(lemma: str) -> str:
    return normalize(lemma)

