"""Stage 3 -- actors: find registry actors in a parsed sentence.

Requires: :class:`kg.nlp.Sentence`, the document text and date, and the
registry from ``ontology/actors.ttl``.  Provides: :class:`Mention` s.

Matching runs on orthographic words (the tokens between two spaces) in
their normalised form, because Stanza may or may not split a clitic off
(لحفتر، وواشنطن، بالسراج، للأمم): each word is tried with the proclitics
و/ف + ب/ل/ك stripped and «لل» read as «ال».  Three kinds of mention:
  - a name or metonym from ``skos:altLabel`` (حفتر، البيت الأبيض، موسكو);
  - a nationality adjective (أمريكي، الروسية، الأميركيين) -> the party;
  - a title followed by a nationality adjective (الرئيس الأمريكي) or a
    multi-word title (رئيس المجلس الرئاسي) -> whoever held that role on the
    document's date, from the dated roles in the registry.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.nlp import Sentence, Token
from kg.normalize import normalize
from kg.ontology import Registry, registry

EDGE_PUNCT = "\"'“”‘’«»()[]{}<>…-ـ.,،؛;:!?؟"
DEMONYM_SUFFIX = re.compile(r"^(ه|ون|ين|ان|تان|تين|ا)?$")  # ا: accusative (دعما إماراتيا)


def _demonym_form(base: str, d: str) -> bool:
    """Is ``base`` (no clitics, no article) the nationality adjective ``d`` in one of its forms?"""
    return base.startswith(d) and DEMONYM_SUFFIX.match(base[len(d):]) is not None
CACHE_WORDS = 200_000  # distinct word forms remembered per matcher (news repeats its words)
# Nouns for the parts of an actor that act in its name: «قيادة الجيش»,
# «وزارة الخارجية الروسية», «وفد الحكومة».  The mention takes them in.
INSTITUTION_HEADS = {"قياده", "حكومه", "وزاره", "وفد", "بعثه", "رئاسه", "سفاره", "مسوولو", "مسوولي", "ممثل", "ممثلو",
                     "قوات", "سلطات", "دبلوماسيه", "مخابرات", "استخبارات", "برلمان", "جيش", "خارجيه", "دفاع",
                     # a state's arms act in its name: «الطائرات التركية», «البحرية الروسية»
                     "طايرات", "مقاتلات", "مسيرات", "سفن", "بوارج", "فرقاطات", "بحريه", "وحدات", "طيران",
                     # its fighters: «عناصر مجموعة فاغنر», «مقاتلو فاغنر»
                     "عناصر", "مقاتلي", "مقاتلو",
                     # the state itself: «الجمهورية التركية», «الدولة المصرية»
                     "جمهوريه", "دوله", "مملكه",
                     # a report, a statement or experts of an actor speak for it: «تقرير الأمم المتحدة»
                     "تقرير", "تقارير", "بيان", "خبراء", "لجنه",  # («تتهمها تقارير أممية بـ…»)
                     # «ونظيره التركي»: a counterpart is his state («و» then joins it to the group)
                     "نظيره", "نظيرها", "نظيريه", "نظراوه", "نظيرتها", "نظيرته"}


# where an actor's name names a place: «في باريس», «إلى أنقرة», «العاصمة موسكو»
LOCATIVES = {"في", "وفي", "داخل", "خارج"}
# normalised: «الأشقاء في X», «إخوتنا في X», «شركائنا في X»: the people of a state or body named as kin or partners
KIN = {"الاشقاء", "اشقاينا", "اشقاءنا", "اشقاونا", "الاخوه", "اخوتنا", "اخواننا", "الاصدقاء", "اصدقاينا",
       "الشركاء", "شركاينا", "شركاءنا"}
TOWARDS = {"الي", "والي", "نحو"}
PLACE_NOUNS = {"عاصمه", "مدينه"}
# normalised, without the article: what is said from a place («في كلمة من أنقرة», «في بيان من موسكو»)
SPOKEN_FROM = {"موتمر", "صحفي", "تصريحات", "تصريح", "بيان", "كلمه", "مقابله", "حديث"}
SEATS = ("مقر", "قصر", "فندق", "اقامت")  # normalised stems: «مقر (إقامته)», «قصر», «فندق» before the city they are in
MEDIA_NOUNS = {"صحيفه", "صحف", "جريده", "قناه", "اعلام", "مجله", "تلفزيون", "محطه"}
# normalised, without the article: bodies of a state's people that speak for none of its government («أحزاب تونسية»)
CIVIC_NOUNS = {"حزب", "احزاب", "نشطاء", "ناشطون", "ناشطين"}
# normalised participles that tie forces or a body to an actor: «الموالية لـ», «التابعة لـ», «المدعومة من»
TIED_PARTICIPLES = ("موالي", "تابع", "مدعوم", "مويد", "داعم", "مناصر", "محسوب", "خاضع", "متحالف")
LIBYAN = {"الليبي", "الليبيه"}  # normalised: the country's adjective after a Libyan body's name
INTELLIGENCE = {"الاستخبارات", "المخابرات", "الامن"}  # «وكالة الاستخبارات»: an agency of the state, no outlet
REPORTS = {"تقرير", "وتقرير", "بيان", "وبيان"}  # «تقرير لـ X»: X's report
ISSUED_BY = {"صادر", "الصادر", "صادره", "الصادره"}  # normalised: «بيان صادر عن X», «البيان الصادر عن X»
EVENT_NOUNS = {"موتمر", "قمه", "مسار", "محادثات", "مفاوضات", "اجتماع", "اجتماعات", "عمليه", "منتدي", "حوار",
               "مباحثات", "جوله"}  # (not «إعلان القاهرة», «مبادرة»: a declaration or initiative is its author's)
ADDRESSED = {"رساله", "رسائل", "تحذير", "تحذيرا", "تحذيرات", "انتقادات", "انتقادا", "اتهامات", "اتهاما", "انذار",
             "انذارا", "تهديد", "تهديدا", "تهديدات", "شكر", "تهنئه", "برقيه", "دعوه", "لوم",  # what is sent to an actor
             "اشاره"}  # («في إشارة إلى الإمارات»: the one alluded to)
POINTING_TO = {"اشار", "اشارت", "يشير", "تشير", "لفت", "لفتت", "يلفت", "تلفت", "نوه", "نوهت", "تطرق", "تطرقت",
               "يتطرق", "تتطرق"}  # normalised verbs before «إلى» and the one pointed at, alluded to or mentioned
LEAVING = {"غادر", "غادرت", "يغادر", "تغادر", "مغادره"}  # «غادر (حفتر) موسكو»: a capital left
OWN_COUNTRY = {"بلاده", "بلادها"}  # «his/her country»: the state of the person named before
# «his/her forces, government, army» (normalised): the actor of the one named before it, of the pronoun's gender
OWN_BODY = {"قواته": "Masc", "قواتها": "Fem", "حكومته": "Masc", "حكومتها": "Fem", "جيشه": "Masc", "جيشها": "Fem",
            "ميليشياته": "Masc", "ميليشياتها": "Fem", "مليشياته": "Masc", "مليشياتها": "Fem"}
LATTER_OPENERS = {"لكن", "ولكن", "ان", "وان", "بان", "لان"}  # normalised: «لكن الأخير …», «إن الأخير …»
# normalised: forces named after their leader («قوات حفتر»), whom «الأخير» may name
LEADERS_FORCES = {"قوات", "ميليشيات", "مليشيات"}
THE_LATTER = {"الاخيره": "Fem", "الاخير": "Masc"}  # normalised «الأخيرة»: the last actor named before, its gender
THE_FORMER = {"الاولي"}  # normalised «الأولى»: the first of two actors named together before it
QUOTE_MARKS = {'"', "«", "»", "“", "”"}  # may stand inside a name («حكومة "الوفاق"»)
QUOTES = QUOTE_MARKS | {"'"}  # may stand between «المتحدث باسم» and the name
DATELINE_MARKS = ("(", "-", "ـ", "–", "—", ":")


def _statement_after(words: list[Word], k: int) -> bool:
    """Does a statement start at word ``k``, rather than a report opening with a speech verb and its
    subject («قال المتحدث …»)?"""
    from kg.grammar import SPEECH_VERBS  # here: kg.grammar imports this module
    return k < len(words) and words[k].norm.lstrip("وف") not in SPEECH_VERBS
SURNAME = "surname:"  # memory keys of the surnames of people named in full in the document
# normalised: «أمير الحرب» (warlord) before a name («مجرم الحرب» brands: kgt:branded)
EPITHET_HEADS = frozenset({"امير"})
TITLE_PHRASE = 8  # words a title phrase before a name may span («وزير الخارجية بحكومة الوفاق»)


@dataclass
class Word:
    """An orthographic word: one or more tokens with no space between them."""
    index: int
    start: int
    end: int
    text: str
    norm: str
    tokens: list[Token]
    punct: bool = False

    @property
    def spelled(self) -> str:
        """The word as Stanza read it: ``text`` with the final letter kg.spelling restored («الحكومه»
        read «الحكومة»), which tells a pronoun suffix from a taa marbuta written haa; ``text`` where
        the tokens do not spell the word letter for letter (a multiword token's parts)."""
        read = "".join(t.text for t in self.tokens)
        return read if len(read) == len(self.text) else self.text

    @property
    def stem(self) -> Token:
        """The word's stem token, the longest (not a clitic), whose POS and features are the word's."""
        return max(self.tokens, key=lambda t: len(t.text))


@dataclass
class Mention:
    actor: str
    first: int  # first word index
    last: int  # last word index (inclusive)
    start: int  # character offsets into the document
    end: int
    kind: str  # name | demonym | role | anaphor | allusion
    # (an allusion: the vague noun «في إشارة إلى X و Y» resolves; it stands for every one of them)
    referents: tuple = ()


def each_actor(mentions: list[Mention]) -> list[Mention]:
    """Each actor the mentions stand for: an allusion's referents («دولا بعينها … في إشارة إلى X و Y»,
    «الوزيرين»), else the mention itself."""
    return [r for m in mentions for r in (m.referents or (m,))]


ALLUDING = (("في", "اشاره", "الي"), ("في", "اشاره", "واضحه", "الي"), ("في", "تلميح", "الي"),
            ("في", "اشاره", "ضمنيه", "الي"))  # normalised, after a comma: «…، في إشارة إلى الإمارات»
VAGUE_PLURAL = {"دول", "دولا", "الدول", "اطراف", "اطرافا", "الاطراف", "جهات", "الجهات", "قوي", "القوي",
                "عواصم", "العواصم", "بلدان", "البلدان"}  # normalised: states, parties, sides nobody names
VAGUE_SINGULAR = {"دوله", "الدوله", "طرف", "طرفا", "الطرف", "جهه", "الجهه", "المعتدي", "الغازي"}


def _vague(norm: str) -> str | None:
    """"plural" or "singular" for a noun that names actors without naming them (past a conjunction or
    preposition), else None."""
    for bare in (norm, norm[1:] if norm[:1] in "وفبل" else "", norm[2:] if norm[:2] in ("وب", "ول", "فب") else ""):
        if bare in VAGUE_PLURAL:
            return "plural"
        if bare in VAGUE_SINGULAR:
            return "singular"
    return None


def allusions(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """«قال السراج إن دولا بعينها تدعم المعتدي، في إشارة إلى الإمارات ومصر»: the actors named after
    «في إشارة إلى» are who the vague noun of the clause before stands for (the nearest, and a plural
    one for several actors); named only to resolve it, they are no argument of their own there."""
    from kg.grammar import coordinated  # here: kg.grammar imports this module

    out = list(mentions)
    for i in range(1, len(words)):
        if words[i - 1].norm not in ("،", ","):
            continue
        phrase = next((p for p in ALLUDING if [w.norm for w in words[i:i + len(p)]] == list(p)), None)
        if phrase is None:
            continue
        first = next((m for m in out if m.first == i + len(phrase)), None)
        if first is None:
            continue
        referents = coordinated(words, out, first)
        k = i - 2
        vague = None
        while k >= 0 and not words[k].punct and vague is None:
            number = _vague(words[k].norm)
            if number is not None and (number == "plural" or len(referents) == 1) and \
                    not any(m.first <= k <= m.last for m in out):
                vague = k
            k -= 1
        if vague is None:
            continue
        out = [m for m in out if m not in referents]
        out.append(Mention(referents[0].actor, vague, vague, words[vague].start, words[vague].end, "allusion",
                           tuple(referents)))
    return sorted(out, key=lambda m: m.first)


TATWEEL = "\u0640"


def _inside_word(tokens: list, i: int) -> bool:
    """Is token ``i`` a run of tatweel inside a word («حفـــتر», stretched for emphasis), which the tokenizer cut in
    three: right after a piece of two letters or more and right before more letters, with no space either side?"""
    def stretch(k: int) -> bool:
        return bool(tokens[k].text) and set(tokens[k].text) == {TATWEEL}

    if not stretch(i):
        return False
    a = i
    while a > 0 and stretch(a - 1) and tokens[a - 1].end == tokens[a].start:
        a -= 1
    b = i
    while b + 1 < len(tokens) and stretch(b + 1) and tokens[b].end == tokens[b + 1].start:
        b += 1
    if a == 0 or b + 1 >= len(tokens):
        return False
    before, after = tokens[a - 1], tokens[b + 1]
    return before.end == tokens[a].start and after.start == tokens[b].end and \
        len(before.text.replace(TATWEEL, "")) >= 2 and any(ch.isalpha() for ch in after.text)


def words_of(sentence: Sentence, doc_text: str) -> list[Word]:
    words: list[Word] = []
    tokens = sentence.tokens
    for i, t in enumerate(tokens):
        punct = (t.upos == "PUNCT" or not any(ch.isalnum() for ch in t.text)) and not _inside_word(tokens, i)
        if words and words[-1].end == t.start and not punct and not words[-1].punct:
            w = words[-1]
            w.end = t.end
            w.tokens.append(t)
        else:
            words.append(Word(len(words), t.start, t.end, "", "", [t], punct))
    for w in words:
        w.text = doc_text[w.start:w.end]
        # quotes the tokenizer left on a word («“خليفة»), or after its clitic («ب”الانقلابي”»), do not
        # change what it matches
        w.norm = normalize(w.text) if w.punct else \
            "".join(ch for ch in normalize(w.text).strip(EDGE_PUNCT) if ch not in QUOTE_MARKS) or normalize(w.text)
    return words


@lru_cache(maxsize=4096)
def ordered_variants(norm: str) -> tuple[str, ...]:
    """The word with its proclitics (و ف، ب ل ك) taken off, and «لل» read as «ال» (or as «ال» before a
    word that begins with «ل»: «للواء» is «ل» + «اللواء»): the word as written first, then with fewer
    proclitics off before more.  Where the first variant that matches decides (an alias, a demonym, the
    head of a body named before), this order makes it the same on every run, as a set's would not."""
    out = [norm]
    frontier = [norm]
    for letters in ("وف", "بلك"):
        nxt = []
        for w in frontier:
            if len(w) > 3 and w[0] in letters:
                rest = w[1:]
                nxt.append(rest)
                if w[0] == "ل" and rest.startswith("ل"):
                    nxt += ["ا" + rest, "ال" + rest]
        out += [v for v in nxt if v not in out]
        frontier = frontier + nxt
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def variants(norm: str) -> frozenset[str]:
    """:func:`ordered_variants` as a set, for membership and intersections."""
    return frozenset(ordered_variants(norm))


# nisba adjectives that qualify a title without naming a country (القائد العسكري، المبعوث الأممي)
NOT_NATIONAL = {"عسكري", "سياسي", "رسمي", "شرعي", "وطني", "ميداني", "اقليمي", "دولي", "اممي", "تنفيذي",
                "قومي", "شخصي", "خاص", "ثاني", "اول", "حالي", "سابق", "جديد", "امني", "رئاسي", "نيابي", "اعلي"}


def _adverbial(word: Word) -> bool:
    """«سياسيا», «عسكريا»: an indefinite relational adjective in the accusative, used as an adverb."""
    return len(word.norm) >= 5 and word.norm.endswith("يا") and not word.norm.startswith("ال")


def _nisba(word: Word) -> bool:
    """A nationality adjective kg may not know (الأردني، الجزائرية): an adjective with
    the nisba ending that is not one of the adjectives that qualify a title."""
    base = strip_article(word.norm)
    base = base[:-1] if base.endswith("ه") else base
    return any(t.upos == "ADJ" for t in word.tokens) and base.endswith("ي") and base not in NOT_NATIONAL


STATEMENT_ADJECTIVES = {"مشترك", "رسمي", "صحفي", "ختامي"}  # normalised, without the article: «بيان مشترك صادر عن»


def _statement_head(words: list[Word], k: int, floor: int) -> int:
    """The statement noun a few adjectives before word ``k`` may end on («بيان مشترك»), not reaching ``floor``."""
    while k - 1 > floor and strip_article(words[k].norm) in STATEMENT_ADJECTIVES:
        k -= 1
    return k


def _with_postings(words: list[Word], found: list[Mention]) -> list[Mention]:
    """«المندوب الروسي لدى الأمم المتحدة», «السفير الأمريكي لدى الاتحاد الأوروبي»: the body or state behind
    «لدى» right after a title with its nationality adjective is where that envoy is posted: part of the
    envoy's mention, not an actor of the clause."""
    out: list[Mention] = []
    for m in found:
        envoy = out[-1] if out else None
        if envoy is not None and envoy.kind in ("role", "demonym") and envoy.last == m.first - 2 and \
                words[m.first - 1].norm == "لدي":
            out[-1] = Mention(envoy.actor, envoy.first, m.last, envoy.start, m.end, envoy.kind)
        else:
            out.append(m)
    # («السفير البريطاني لدى ليبيا»: a posting in a country kg does not name as an actor, the word after «لدى»)
    named = {k for m in out for k in range(m.first, m.last + 1)}
    for i, m in enumerate(out):
        k = m.last + 1
        if m.kind in ("role", "demonym") and k + 1 < len(words) and words[k].norm == "لدي" and \
                k + 1 not in named and not words[k + 1].punct and words[k + 1].norm.lstrip("و") == words[k + 1].norm:
            out[i] = Mention(m.actor, m.first, k + 1, m.start, words[k + 1].end, m.kind)
    return out


def _joined_title(norm: str) -> str:
    """A title word with the «و» that joins it to the word before taken off («ورييس» as «رييس»); others as they are."""
    return norm[1:] if norm[:1] == "و" and len(norm) > 3 and not norm[1:].startswith("ال") else norm


def _named(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without «بلاده/حكومته» (his country, his government): the possessor is the one named, not
    what the pronoun owns («أشاد الوزير بدور صالح، وقال إن بلاده مستعدة … وقالت مصادر إن الأخير طالب …»: the
    latter is Saleh)."""
    return [m for m in mentions if not (m.kind == "anaphor" and m.first == m.last and
                                        _without_proclitic(words[m.first].norm, OWN) in OWN)]


OWN = OWN_COUNTRY | set(OWN_BODY)


def _without_proclitic(norm: str, table) -> str:
    """``norm`` without a «و/ف/بـ/لـ» before a word of ``table`` («وقواته» → «قواته»), else as it is."""
    return norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") and norm[1:] in table else norm


def strip_article(w: str) -> str:
    """A normalised word without its article, when what is left is a word of its own («الدور» → «دور»)."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


PROCLITICS = ("", "و", "ب", "ل", "وب", "ول")  # normalised: a conjunction, a preposition, or both, written on a word


def proclitic_on(norm: str, stems: set[str], most: int = 2) -> str | None:
    """The proclitics (``most`` of them at most) written on a word of ``stems`` (normalised, without the article), «»
    for none, None when it is no such word. The bare reading comes first, so a first radical «و» stays the word's own
    («وصول»)."""
    return next((norm[:n] for n in range(most + 1)
                 if norm[:n] in PROCLITICS and strip_article(norm[n:]) in stems), None)


class ActorMatcher:
    """Finds mentions of registry actors; built once per registry."""

    def __init__(self, reg: Registry | None = None):
        self.reg = reg or registry()
        self.aliases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for a in self.reg.actors.values():
            for alias in a.aliases:
                words = tuple(alias.split())
                self.aliases.setdefault(words[0], []).append((words, a.id))
                if len(words) == 2 and min(len(w) for w in words) >= 3:
                    # «الأممالمتحدة»: the space lost between the two words of a name, a common typo
                    self.aliases.setdefault("".join(words), []).append((("".join(words),), a.id))
        for v in self.aliases.values():
            v.sort(key=lambda x: -len(x[0]))
        self.demonyms = {d: a.id for a in self.reg.actors.values() for d in a.demonyms}
        self.demonym_plurals = {d: a.id for a in self.reg.actors.values() for d in a.demonym_plurals}
        self.paired_seats = {c: a.id for a in self.reg.actors.values() for c in a.paired_seats}
        self.paired_demonyms = {d: a.id for a in self.reg.actors.values() for d in a.paired_demonyms}
        # by first letter, registry order kept: a word looks up only the demonyms it could start with
        self.demonyms_by_letter: dict[str, list[tuple[str, str]]] = {}
        for d, actor in self.demonyms.items():
            self.demonyms_by_letter.setdefault(d[:1], []).append((d, actor))
        # answers per word form are remembered (news repeats its words), the least recently used dropped
        self._demonym = lru_cache(maxsize=CACHE_WORDS)(self._demonym)
        self._titles_from = lru_cache(maxsize=CACHE_WORDS)(self._titles_from)
        self._title_holders = lru_cache(maxsize=CACHE_WORDS)(self._title_holders)
        self.titles = sorted(self.reg.role_titles(), key=len, reverse=True)
        self.role_titles = frozenset(self.titles)
        # titles by their first word without the article, longest first: a word looks up only its own
        self.titles_by_head: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            self.titles_by_head.setdefault(strip_article(title[0]), []).append(title)
        # and by their last word, in the same order (a title of one word: under None, tried everywhere)
        self.titles_by_last: dict[str | None, list[tuple[int, tuple[str, ...]]]] = {}
        for pos, title in enumerate(self.titles):
            self.titles_by_last.setdefault(title[-1] if len(title) > 1 else None, []).append((pos, title))

    def demonym_at(self, word: Word) -> str | None:
        return self._demonym(word.norm)

    def paired_demonym_at(self, word: Word) -> str | None:
        """The actor a nationality adjective names as an agreement's other party (``kg:pairedDemonym``:
        «الليبي» of «الاتفاق التركي الليبي»), if it is one."""
        for v in ordered_variants(word.norm):
            base = strip_article(v)
            for d, actor in self.paired_demonyms.items():
                if _demonym_form(base, d):
                    return actor
        return None

    def _demonym(self, norm: str) -> str | None:
        for v in ordered_variants(norm):
            for base in dict.fromkeys((v, strip_article(v))):  # «ألماني» normalises to الماني: not an article
                if base in self.demonym_plurals:  # «مرتزقة روس», «الأتراك»: a broken plural, whole
                    return self.demonym_plurals[base]
                if base.endswith("ا") and base[:-1] in self.demonym_plurals:  # the accusative: «مرتزقة روسا»
                    return self.demonym_plurals[base[:-1]]
                for d, actor in self.demonyms_by_letter.get(base[:1], ()):
                    if _demonym_form(base, d):
                        return actor
        return None

    def _with_nationality(self, words: list[Word], found: list[Mention]) -> list[Mention]:
        """«حكومة الوفاق الوطني الليبية», «قوات حكومة الوفاق الليبية»: a Libyan body or faction with the country's
        adjective after its name; the adjective is part of the mention, so that what follows («، وتركيا») follows
        the actor."""
        starts = {m.first for m in found}
        out = []
        for m in found:
            k = m.last + 1
            actor = self.reg.actors.get(m.actor)
            if k < len(words) and words[k].norm in LIBYAN and k not in starts and actor is not None and \
                    actor.kind not in ("State", "Person") and m.kind in ("name", "role"):
                m = Mention(m.actor, m.first, k, m.start, words[k].end, m.kind)
            out.append(m)
        return out

    def _title_holders(self, title: tuple[str, ...], day: dt.date | None) -> tuple[frozenset[str], frozenset[str]]:
        """Who holds ``title`` on ``day``, and who ever held it."""
        return (frozenset(a.id for a in self.reg.actors.values() for r in a.roles
                          if r.title == title and r.valid_on(day)),
                frozenset(a.id for a in self.reg.actors.values() for r in a.roles if r.title == title))

    def _of_a_state(self, title: tuple[str, ...]) -> bool:
        return any(r.title == title and r.of in self.reg.actors and self.reg.actors[r.of].kind == "State"
                   for a in self.reg.actors.values() for r in a.roles)

    def _titles_from(self, norm: str) -> list[tuple[str, ...]]:
        """The titles a word may start, longest first."""
        heads = {strip_article(v) for v in variants(norm)}
        return sorted({t for h in heads for t in self.titles_by_head.get(h, ())}, key=len, reverse=True)

    def _alias_at(self, words: list[Word], i: int) -> tuple[int, str] | None:
        """The alias starting at word ``i`` (its length in words, its actor); quotation marks may stand
        inside it («حكومة "الوفاق"»)."""
        for v in ordered_variants(words[i].norm):
            for alias, actor in self.aliases.get(v, ()):
                j, k = i + 1, 1
                while k < len(alias) and j < len(words):
                    if words[j].text in QUOTE_MARKS and j + 1 < len(words) and words[j + 1].norm == alias[k]:
                        j += 1
                    if words[j].norm != alias[k]:
                        break
                    j, k = j + 1, k + 1
                if k == len(alias):
                    return j - i, actor
        return None

    def _title_before(self, words: list[Word], j: int) -> tuple[int, tuple[str, ...]] | None:
        """A role title ending just before word ``j``, as (first word index, title)."""
        last = words[j - 1].norm if j > 0 else None
        for _, title in sorted(self.titles_by_last.get(None, []) + self.titles_by_last.get(last, [])):
            n = len(title)
            i = j - n
            if i < 0:
                continue
            first_ok = any(strip_article(v) == strip_article(title[0]) for v in variants(words[i].norm))
            if first_ok and all(words[i + k].norm == title[k] for k in range(1, n)):
                return i, title
        return None

    def _title_alone(self, words: list[Word], i: int, day: dt.date | None,
                     people: frozenset[str] = frozenset()) -> tuple[int, str] | None:
        """A title that names one person by itself: one that only one person
        holds (رئيس المجلس الرئاسي), or a definite description («القائد») that
        only one of the people the document names holds."""
        if i > 0 and words[i - 1].norm.removeprefix("و") in COMPANY_WORDS:
            # «ووصل وزير الدفاع التركي بصحبة رئيس الأركان»: a bare title in someone's company is that
            # one's own official, not the holder kg knows
            return None
        for title in self._titles_from(words[i].norm):
            n = len(title)
            if i + n > len(words):
                continue
            if not all(words[i + k].norm == title[k] for k in range(1, n)):
                continue
            holders, ever = self._title_holders(title, day)
            if i + n < len(words) and _nisba(words[i + n]) and self._alias_at(words, i + n) is None \
                    or i > 0 and _nisba(words[i - 1]):
                # «العاهل الأردني (الملك)»: the title of a country kg does not know («المشري», a name
                # with the same ending, is no such adjective)
                continue
            if n == 1 and not words[i].norm.lstrip("وف").startswith(("ال", "بال", "لل")) and i + 1 < len(words) and \
                    words[i + 1].norm not in ("في", "من", "الي", "علي", "عن", "مع") and \
                    all(t.upos not in ("VERB", "AUX", "PUNCT") for t in words[i + 1].tokens) and \
                    self._alias_at(words, i + 1) is None:
                continue  # «رئيسة لجنة الدفاع في الدوما»: a bare title in construct heads what follows it
            if n == 1 and i + 1 < len(words) and any(t.upos == "PROPN" for t in words[i + 1].tokens) and \
                    self._alias_at(words, i + 1) is None and not _adverbial(words[i + 1]):
                continue  # «الملك عبدالله»: a title before a name kg does not know names someone else
                # (not an adverb the tagger takes for a name: «تدعم المشير سياسيا وعسكريا»)
            if len(holders) == 1 and (n > 1 or len(ever) == 1 and not self._of_a_state(title)):
                # a one-word title of a state's office («السفير», «الرئيس») names whoever holds it
                # in the state the text is about, not the one holder kg happens to know
                return n, next(iter(holders))
            named = holders & people
            # definite by the article («القائد»), or a construct title in apposition to its holder's
            # name («رئيس المجلس الأعلى للدولة المشري»); not one whose adjective names another party
            # («المبعوث الأممي» is the UN's envoy, not the American one the document names)
            after = self._alias_at(words, i + n) if i + n < len(words) else None
            of = self.demonym_at(words[i + n]) if i + n < len(words) else None
            # («المتحدث باسم المجلس الرئاسي»: one who speaks for another party than the person named in the text is
            # someone else)
            by = i + n if title[-1] == "باسم" else \
                i + n + 1 if i + n < len(words) and words[i + n].norm == "باسم" else len(words)
            spoken_for = self._alias_at(words, by) if by < len(words) else None
            if spoken_for is not None and any(self.reg.party_of(spoken_for[1]) != self.reg.party_of(p) for p in named):
                continue
            if len(named) == 1 and (words[i].norm.startswith(("ال", "بال", "لل", "وال", "فال"))
                                    or (after is not None and after[1] in named)) and \
                    (of is None or self.reg.party_of(of) == self.reg.party_of(next(iter(named)))):
                return n, next(iter(named))
        head = strip_article(words[i].norm.lstrip("وف"))
        nxt = words[i + 1] if i + 1 < len(words) else None
        # (not one whose adjective names an actor: «المبعوث الأممي» is the UN's envoy)
        if head in HEAD_TITLES and words[i].norm.lstrip("وف").startswith("ال") and \
                not (nxt is not None and (_nisba(nxt) or any(t[1:2] == (nxt.norm,) for t in self.titles_by_head.get(head, ()))
                                          or self.demonym_at(nxt) is not None)):
            # «وصل وزير الخارجية الروسي إلى بنغازي. والتقى الوزير حفتر»: the head of a title alone, with
            # the article, is the one person the document names who holds a title with that head
            holders = {a for a in people if any(strip_article(r.title[0]) == head and r.valid_on(day)
                                                for r in self.reg.actors[a].roles)}
            if len(holders) == 1:
                return 1, next(iter(holders))
        return None

    def find(self, words: list[Word], day: dt.date | None = None, memory: dict[str, str] | None = None,
             people: frozenset[str] = frozenset()) -> list[Mention]:
        """Mentions in a sentence.  ``memory`` (kept per document by the caller)
        maps the head noun of a faction named earlier («الجيش» of «الجيش
        الليبي») to it, so a later bare «الجيش» refers back to it; ``people``
        are the persons the document names, for definite titles («القائد»)."""
        found: list[Mention] = []
        i = 0
        while i < len(words):
            hit = self._alias_at(words, i)
            if hit:
                n, actor = hit
                state = self._national_body(words, i + n, actor)
                if state is not None:
                    # «مجلس الأمن القومي الروسي»: a state's own body, named like an international one
                    j, state_id = state
                    found.append(Mention(state_id, i, j, words[i].start, words[j].end, "demonym"))
                    i = j + 1
                    continue
                found.append(Mention(actor, i, i + n - 1, words[i].start, words[i + n - 1].end, "name"))
                # («الاتحاد الأوروبي» … «وحمل الاتحاد قوات حفتر …»: a body, as a faction, by its head noun)
                if memory is not None and n > 1 and \
                        self.reg.actors[actor].kind in ("Faction", "ArmedGroup", "InternationalOrganization"):
                    memory[strip_article(words[i].norm)] = actor
                if memory is not None and n > 1 and self.reg.actors[actor].kind == "Person" and \
                        len(words[i + n - 1].norm) >= 3:
                    # «عقيلة صالح» … «صالح»: once named in full, a person goes by the surname
                    memory[SURNAME + words[i + n - 1].norm] = actor
                i += n
                continue
            surname = self._surname_at(words, i, memory) if memory else None
            if surname is not None:
                found.append(Mention(surname, i, i, words[i].start, words[i].end, "anaphor"))
                i += 1
                continue
            if memory:
                head = next((strip_article(v) for v in ordered_variants(words[i].norm) if strip_article(v) in memory),
                            None)
                # «القوات التركية», «الحكومة البريطانية»: another actor's noun phrase, not the faction named before
                # («واتهم الجيش أنقرة», «المتحدث تركيا»: with the article the head is in construct with no name
                # after it, which is the verb's object; «تركيا» is no adjective here)
                definite = words[i].norm.lstrip("وف").startswith("ال")
                other = i + 1 < len(words) and (
                    (self.demonym_at(words[i + 1]) and words[i + 1].norm.startswith("ال")) or
                    (not definite and (self.demonym_at(words[i + 1]) or self._alias_at(words, i + 1))))
                # («القوات الموالية لحكومة السراج», «القوات التابعة للوفاق», «القوات المدعومة من تركيا»: a head
                # whose own participle ties it to an actor is that actor's, not the faction named before)
                other = other or (definite and i + 2 < len(words) and
                                  strip_article(words[i + 1].norm).startswith(TIED_PARTICIPLES) and
                                  (words[i + 2].norm in ("من", "ل", "مع") or words[i + 2].norm.startswith("ل")))
                # («أما المتحدث باسم قوات حفتر …»: nor one who speaks in the name of whoever follows)
                other = other or (i + 1 < len(words) and words[i + 1].norm == "باسم")
                if head is not None and not other:
                    found.append(Mention(memory[head], i, i, words[i].start, words[i].end, "anaphor"))
                    i += 1
                    continue
                report = strip_article(words[i].norm.lstrip("وف"))
                # («وأصدرت وزارة الخارجية الفرنسية بيانا. وقالت الوزارة إن …»: the ministry or presidency named
                # before, only as a noun of its own: not in construct after a noun, «مقر الوزارة», nor an
                # adjective, «السياسة الخارجية»)
                construct = i > 0 and words[i - 1].stem.upos not in PHRASE_OPENERS
                if definite and OFFICE + report in memory and not other and not construct:
                    found.append(Mention(memory[OFFICE + report], i, i, words[i].start, words[i].end, "anaphor"))
                    i += 1
                    continue
                if definite and REPORT + report in memory and not other:
                    # «أصدر خبراء الأمم المتحدة تقريرا …. وقال التقرير إن …»: the report named before
                    found.append(Mention(memory[REPORT + report], i, i, words[i].start, words[i].end, "anaphor"))
                    i += 1
                    continue
                short = _short_label_at(words, i, memory)
                if short is not None:
                    # «أكدت السعودية …. وجددت المملكة دعمها …»: the state named before, by its short label
                    found.append(Mention(short, i, i, words[i].start, words[i].end, "anaphor"))
                    i += 1
                    continue
            demonym = self.demonym_at(words[i])
            if demonym:
                mention = Mention(demonym, i, i, words[i].start, words[i].end, "demonym")
                titled = self._title_before(words, i)
                if titled:
                    person = self.reg.role_holder(titled[1], demonym, day)
                    first = titled[0]
                    if found and found[-1].last >= first:
                        first = None  # the title words already belong to another mention
                    if person and first is not None:
                        mention = Mention(person, first, i, words[first].start, words[i].end, "role")
                    elif first is not None:
                        # «الرئيس التونسي» with no holder on record: the title is still the
                        # state's, and the parse names the title, not the adjective
                        mention = Mention(demonym, first, i, words[first].start, words[i].end, "demonym")
                found.append(mention)
                i += 1
                continue
            alone = self._title_alone(words, i, day, people)
            if alone:
                n, person = alone
                found.append(Mention(person, i, i + n - 1, words[i].start, words[i + n - 1].end, "role"))
                i += n
                continue
            i += 1
        found = self._with_nationality(words, _with_postings(words, [m for m in found if not self.is_place(words, m)]))
        # («وقال الأخير إن بلاده …»: «his country» is that of «the latter», which is read first)
        found = self._own_country(words, self._the_latter(words, self._paired_seats(words, found), memory), memory)
        found = self._own_body(words, found)
        found = self._titled_names(words, merge_appositions(self._with_heads(words, found, day), self.reg, words))
        found = allusions(words, self._led_by(words, self._forces_of(words, found)))
        found = self._honoured(words, _with_honorifics(words, found), memory)
        if memory is not None:
            for m in found:
                head = strip_article(words[m.first].norm.lstrip("و"))
                if head in SPOKESPERSONS and m.kind != "anaphor":
                    memory[head] = m.actor  # «المتحدث باسم الجيش …» … «واتهم المتحدث تركيا»
                delegation = strip_article(words[m.first].norm).removesuffix("ا")  # (its own «و»: «وفد», «وفدا»)
                if delegation in NAMED_WITH_HEADS and m.kind != "anaphor":
                    memory[delegation] = m.actor  # «وصل وفد تركي …» … «والتقى الوفد السراج»
                if head in REPORT_HEADS and m.kind != "anaphor":
                    memory[REPORT + head] = m.actor  # «تقرير الأمم المتحدة …» … «وأضاف التقرير»
                # (its first or second word, with the name of its state or body after it)
                for k in range(m.first, min(m.last, m.first + 2)) if m.kind != "anaphor" else ():
                    office = strip_article(_without_proclitic(words[k].norm, OFFICE_FORMS))
                    if office in OFFICE_NOUNS:
                        memory[OFFICE + office] = m.actor  # «وزارة الخارجية الفرنسية» … «وقالت الوزارة/الخارجية»
                # «لجنة خبراء الأمم المتحدة …» … «وقال الخبراء», «وأكدت اللجنة»: the nouns in construct with a
                # body, or affiliated to it («لجنة خبراء تابعة للأمم المتحدة»), name it later in the text
                affiliated = m.first >= 2 and words[m.first - 1].norm in AFFILIATED
                start = m.first - 2 if affiliated else m.first
                for k in range(start, max(-1, start - 1 - BODY_CHAIN), -1):
                    if words[k].punct or m.kind == "anaphor" or (words[k].norm.startswith("ال") and not affiliated):
                        break
                    body = strip_article(words[k].norm.lstrip("و"))
                    if body in BODY_HEADS:
                        memory[body] = m.actor
                state = m.actor if self.reg.actors[m.actor].kind == "State" else self._state_of(m.actor)
                for label in self.reg.actors[state].short_labels if state is not None else ():
                    memory[SHORT + label] = state  # «السعودية», «الوزير السعودي» … «المملكة»
                issued = issued_after(words, m.last) if m.kind != "anaphor" else None
                if issued is not None:
                    memory[REPORT + issued] = m.actor  # «أصدرت الخارجية المصرية بيانا …» … «وأدان البيان»
            # the last of two or more actors of this sentence, for «الأخير» opening the next one
            # (of each gender: «زار السراج القاهرة … لكن الأخير تجاهله», the last man named, not the city)
            for gender in THE_LATTER.values():
                memory.pop(LATTER + gender, None)
            if len({m.actor for m in found}) >= 2:
                for gender, last in self._last_of_each_gender(words, _named(words, found)).items():
                    memory[LATTER + gender] = last.actor
            pair = _last_pair(words, found, len(words))
            if pair is not None:
                memory[FORMER] = pair[0].actor
            else:
                memory.pop(FORMER, None)
        return found

    def _surname_at(self, words: list[Word], i: int, memory: dict[str, str]) -> str | None:
        """The person named in full earlier in the document whose surname word ``i`` is, «و»
        allowed before it but no preposition («لصالح» is "in favour of"), and not in a
        construct with a definite noun after it («سلامة المدنيين» is the civilians' safety)."""
        from kg.grammar import upos  # here: kg.grammar imports this module

        norm = words[i].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
        person = memory.get(SURNAME + norm) or memory.get(SURNAME + bare)
        if person is None:
            return None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.norm.startswith("ال") and upos(nxt) == "NOUN" and \
                strip_article(nxt.norm) not in self.titles_by_head and self._alias_at(words, i + 1) is None:
            return None  # (an actor or a title after it is the verb's object: «التقى صالح الرئيس المصري»)
        return person

    def _titled_names(self, words: list[Word], mentions: list[Mention]) -> list[Mention]:
        """A person's name takes in the title phrase before it: «وزير الخارجية بحكومة الوفاق محمد
        سيالة», «رئيس مجلس النواب المستشار عقيلة صالح».  Without it the title word is a subject
        that names nobody and the institution inside it another actor.  The phrase runs from a
        title word over nouns, adjectives, prepositions and the person's own institution, with no
        verb or punctuation; for a person with roles on record the title must be one of theirs
        («انتقد وزير الخارجية الليبي حفتر»: Haftar is no minister, so he stays the object)."""
        from kg.grammar import has_pronoun, upos  # here: kg.grammar and kg.triggers import this module
        from kg.triggers import conjunction_on

        out: list[Mention] = []
        for m in mentions:
            actor = self.reg.actors.get(m.actor)
            # (nor one that opens on a noun with a pronoun, its own title: «تلقى شكري وزير الخارجية اتصالا من
            # نظيره الفرنسي جان إيف لودريان»: the title before it is another person's)
            if actor is None or actor.kind != "Person" or m.kind != "name" or has_pronoun(words[m.first]):
                out.append(m)
                continue
            own = {self.reg.party_of(m.actor)} | {r.of for r in actor.roles}
            heads = {strip_article(r.title[0]) for r in actor.roles} or set(self.titles_by_head)
            first, keep = m.first, len(out)
            k, j = m.first - 1, len(out) - 1
            while k >= 0 and m.first - k <= TITLE_PHRASE:
                if j >= 0 and out[j].last >= k:
                    p = out[j]  # another mention inside the phrase: only the person's own institution
                    if p.actor not in own or self.reg.actors[p.actor].kind == "Person":
                        break
                    if {strip_article(v) for v in variants(words[p.first].norm)} & heads:
                        first, keep = p.first, j  # «رئيس مجلس النواب»: the institution took the title word in
                    k, j = p.first - 1, j - 1
                    continue
                w = words[k]
                # (a quotation mark around the name is no break: «وزير الخارجية "سامح شكري"»)
                if (w.punct and not (k == m.first - 1 and w.text in QUOTE_MARKS)) or upos(w) in ("VERB", "AUX") or \
                        (conjunction_on(w) and k < m.first - 1):
                    break
                if {strip_article(v) for v in variants(w.norm)} & heads:
                    first, keep = k, j + 1
                k -= 1
            if first == m.first and m.first >= 2 and words[m.first - 1].norm == "الحرب" and \
                    variants(words[m.first - 2].norm) & EPITHET_HEADS and (j < 0 or out[j].last < m.first - 2):
                first = m.first - 2  # «الداعمون لأمير الحرب حفتر»: an epithet in construct before the name is its title
            if first < m.first:
                out = out[:keep]
                m = Mention(m.actor, first, m.last, words[first].start, m.end, m.kind)
            out.append(m)
        return out

    def _forces_of(self, words: list[Word], found: list[Mention]) -> list[Mention]:
        """«لدعم قوات المشير خليفة حفتر»: an actor's forces (or leaders, «قادة حكومة الوفاق»), the indefinite
        noun in construct with its name, are the actor (as the alias «قوات حفتر» is), so the phrase starts at «قوات»
        and a masdar or verb before it has the actor as its object, the preposition on «قوات» as its marker."""
        out = []
        for m in found:
            k = m.first - 1
            if k >= 1 and words[k].norm.startswith("ال") and \
                    _without_proclitic(words[k - 1].norm, FORCES_OF) in FORCES_OF and \
                    self.reg.actors.get(m.actor) is not None and self.reg.actors[m.actor].kind == "Person" and \
                    not any(p.first <= k <= p.last for p in found):
                k -= 1  # («ميليشيات الانقلابي حفتر»: an epithet before a person's name)
            if k >= 1 and words[k].norm in ("في", "من") and m.kind == "name" and \
                    _without_proclitic(words[k - 1].norm, MEMBERS_IN) in MEMBERS_IN and \
                    not any(p.first <= k - 1 <= p.last for p in found):
                # «فرضت واشنطن عقوبات على قادة في قوات حفتر», «التقى قادة من حكومة الوفاق»: leaders or officials in
                # an actor are the actor, the phrase starts at them
                out.append(Mention(m.actor, k - 1, m.last, words[k - 1].start, m.end, m.kind))
                continue
            if k >= 0 and m.kind == "name" and self.reg.actors.get(m.actor) is not None and \
                    self.reg.actors[m.actor].kind != "State" and not any(p.last == k for p in out) and \
                    _without_proclitic(words[k].norm, FORCES_OF | PEOPLE_OF) in FORCES_OF | PEOPLE_OF:
                m = Mention(m.actor, k, m.last, words[k].start, m.end, m.kind)
                # («المتحدث باسم قوات المشير خليفة حفتر»: who speaks in the forces' name speaks for them)
                speaker = _spokesperson_before(words, k)
                if speaker is not None and not any(p.first <= speaker <= p.last for p in found):
                    m = Mention(m.actor, speaker, m.last, words[speaker].start, m.end, m.kind)
            out.append(m)
        return out

    def _led_by(self, words: list[Word], found: list[Mention]) -> list[Mention]:
        """«الحكومة الشرعية في ليبيا بقيادة فايز السراج», «القوات التي يقودها المشير حفتر»: a government or
        forces named by what they are and who leads them stand for the leader's side, so the phrase is one
        mention from its head noun (a verb before it has it as object)."""
        from kg.grammar import upos  # here: kg.grammar imports this module

        out = list(found)
        dropped: set[int] = set()
        for n, m in enumerate(found):
            # (the title phrase may have taken «بقيادة» in: «قيادة» heads titles too)
            k = m.first if words[m.first].norm in LED_BY else m.first - 1
            owned = next((j for j, p in enumerate(found) if k >= 1 and p.last == k - 1 and j != n), None) \
                if k >= 1 and words[k].norm in LED_BY | BELONGING else None
            if owned is not None and m.kind in ("name", "role") and \
                    self.reg.party_of(found[owned].actor) != self.reg.party_of(m.actor):
                # «عناصر الجيش الليبي التابع لحكومة الوفاق»: a body named as another side's that belongs to this
                # actor is this actor's (one of the same side, «الجيش التابع لمجلس النواب», is an actor of its own)
                out[n] = Mention(m.actor, found[owned].first, m.last, found[owned].start, m.end, m.kind)
                dropped.add(owned)
                continue
            if k < 1 or words[k].norm not in LED_BY or m.kind not in ("name", "role"):
                continue
            named = next((j for j, p in enumerate(found) if p.last == k - 1 and j != n), None)
            if named is not None and self.reg.party_of(found[named].actor) == self.reg.party_of(m.actor):
                # «حكومة الوفاق برئاسة فايز السراج»: a body kg knows and its own leader after «برئاسة» are one phrase,
                # the body's
                p = found[named]
                out[n] = Mention(p.actor, p.first, m.last, p.start, m.end, p.kind)
                dropped.add(named)
                continue
            for head in range(k - 1, max(-1, k - 1 - LED_REACH), -1):
                w = words[head]
                if w.punct or upos(w) in ("VERB", "AUX") or any(p.first <= head <= p.last for p in found):
                    break
                if strip_article(w.norm.lstrip("و")) in LED_HEADS:
                    out[n] = Mention(m.actor, head, m.last, words[head].start, m.end, m.kind)
                    break
        return [m for j, m in enumerate(out) if j not in dropped]

    def _national_body(self, words: list[Word], k: int, actor: str) -> tuple[int, str] | None:
        """A nationality adjective of another state right after an institution's name, or after
        one adjective that qualifies bodies («القومي»): (its index, the state)."""
        kind = self.reg.actors[actor].kind if actor in self.reg.actors else ""
        if kind in ("State", "Person"):
            return None
        for j in (k, k + 1):
            if j >= len(words) or words[j].punct or not any(t.upos == "ADJ" for t in words[j].tokens):
                return None
            if j == k + 1 and strip_article(words[k].norm) not in NOT_NATIONAL:
                return None
            if words[j].norm.startswith("و") and words[j].norm[1:].startswith("ال"):
                return None  # «القوات المسلحة الليبية والروسية»: a second state's forces joined by «و», not the body's
            state = self.demonym_at(words[j])
            if state is not None:
                ok = self.reg.actors.get(state) is not None and self.reg.actors[state].kind == "State"
                return (j, state) if ok and self.reg.party_of(state) != self.reg.party_of(actor) else None
        return None

    def _own_country(self, words: list[Word], found: list[Mention],
                     memory: dict[str, str] | None = None) -> list[Mention]:
        """«قال وزير الخارجية الفرنسي إن بلاده دعمت …»: «بلاده/بلادها» (his, her country) is the
        state of the nearest person named before it in the sentence; with nobody named before it, of
        the first who spoke for a state in the sentence before («استقبل أردوغان السراج. وأكد خلال
        اللقاء دعم بلاده …»: the dropped subject carries over)."""
        out = list(found)
        before = memory.get(SPEAKER) if memory is not None else None
        if memory is not None:
            memory.pop(SPEAKER, None)
            first = next((m for m in found if m.actor in self.reg.actors and self._speaks_for_state(words, m)), None)
            if first is not None:
                memory[SPEAKER] = self._state_of(first.actor)
        from kg.grammar import circumstance_asides, participle_asides  # here: kg.grammar imports this module
        asides = None  # (read only for a sentence that says «بلاده»)
        for k, w in enumerate(words):
            bare = _without_proclitic(w.norm, OWN_COUNTRY)
            if bare not in OWN_COUNTRY or any(m.first <= k <= m.last for m in found):
                continue
            asides = circumstance_asides(words) + participle_asides(words, found, len(words)) if asides is None \
                else asides
            # (one who speaks for a state: a titled official too, «قال الوزير الروسي إن بلاده …»; not the
            # head of a government received before: «استقبل أمير قطر السراج، وأكد تأييد بلاده …»; nor one inside a
            # phrase of when or where, or a participle's clause, set off by commas before it: «جدد الأمير، خلال اتصال
            # تلقاه من الرئيس التركي، دعم بلاده …»)
            person = self._speaker_of(words, found, k) or \
                next((m for m in reversed(found) if m.last < k and m.actor in self.reg.actors
                      and self._speaks_for_state(words, m)
                      and not any(o < m.first and m.last < c < k for o, c in asides)), None)
            if person is not None:
                out.append(Mention(self._state_of(person.actor), k, k, w.start, w.end, "anaphor"))
            elif before is not None and not any(m.last < k for m in found):
                out.append(Mention(before, k, k, w.start, w.end, "anaphor"))
        return sorted(out, key=lambda m: m.first)

    def _own_body(self, words: list[Word], found: list[Mention]) -> list[Mention]:
        """«قال السراج إن تركيا تدعم حكومته», «قال حفتر إن الإمارات تدعم قواته»: «his/her forces, government,
        army» are those of the nearest actor named before them in the sentence in the pronoun's gender, and
        stand for that actor (a person for their side, a state for itself)."""
        out = list(found)
        from kg.grammar import participle_asides  # here: kg.grammar imports this module
        asides = None  # (read only for a sentence that says «حكومته/قواته»)
        for k, w in enumerate(words):
            bare = _without_proclitic(w.norm, OWN_BODY)
            if bare not in OWN_BODY or any(m.first <= k <= m.last for m in found):
                continue
            # (not one inside a participle's clause set off by commas after the subject: «وقال السراج، منتقدا الدعم
            # الإماراتي لحفتر، إن حكومته …» is Sarraj's government)
            asides = participle_asides(words, found, len(words)) if asides is None else asides
            owner = next((m for m in reversed(found) if m.last < k and m.actor in self.reg.actors and
                          self._gender(words, m) == OWN_BODY[bare]
                          and not any(o < m.first and m.last < c < k for o, c in asides)), None)
            if owner is not None:
                out.append(Mention(owner.actor, k, k, w.start, w.end, "anaphor"))
        return sorted(out, key=lambda m: m.first)

    def _the_latter(self, words: list[Word], found: list[Mention], memory: dict[str, str] | None = None) \
            -> list[Mention]:
        """«تصاعد التوتر بين القاهرة وأنقرة بعد أن أرسلت الأخيرة قوات»: «the latter» is the last of two or
        more actors named before it in the sentence, in its gender; only where it heads a noun phrase
        (after a verb, a preposition or a noun in construct), not as the adjective of a definite noun
        («الهجوم الأخير», «زيارته الأخيرة»).  With no actor before it in the sentence, the last of two or
        more of the sentence before (``memory``): «استقبل شويغو حفتر. وأعرب الأخير عن تقديره …»."""
        from kg.grammar import has_pronoun, upos  # here: kg.grammar imports this module
        out = list(found)
        for k, w in enumerate(words):
            bare = _without_proclitic(w.norm, THE_LATTER)
            if w.norm.startswith("لل") and "ا" + w.norm[1:] in THE_LATTER:
                bare = "ا" + w.norm[1:]  # («للأخير»: «لـ» before the article, whose alif it drops)
            if bare not in THE_LATTER or k == 0 or any(m.first <= k <= m.last for m in found):
                continue
            head = words[k - 1]
            # (or «لكن/إن», whose noun is the clause's subject: «لكن الأخير تجاهل وجوده»; or a preposition on the
            # word itself, which no adjective takes: «متهما فرنسا بتقديم دعم غير محدود للأخير»)
            if not (upos(head) in ("VERB", "AUX", "ADP") or head.norm in LATTER_OPENERS or
                    (bare != w.norm and w.norm[:1] in ("ل", "ب")) or
                    (upos(head) == "NOUN" and not head.norm.lstrip("و").startswith("ال") and not has_pronoun(head))):
                continue
            before = [m for m in _named(words, found) if m.last < k]
            named = {m.actor for m in before}
            # (one actor before it here, the speaker, is not «the latter» of its own sentence: «وأضاف السراج أنه
            # حضر خصيصا للقائه، لكن الأخير تجاهل وجوده»)
            if len(named) < 2 and memory is not None and memory.get(LATTER + THE_LATTER[bare], "") not in named | {""}:
                out.append(Mention(memory[LATTER + THE_LATTER[bare]], k, k, w.start, w.end, "anaphor"))
                continue
            if len(named) < 2:
                continue
            last = self._last_of_each_gender(words, before).get(THE_LATTER[bare])
            if last is not None:
                out.append(Mention(last.actor, k, k, w.start, w.end, "anaphor"))
        return self._the_former(words, sorted(out, key=lambda m: m.first), memory)

    def _the_former(self, words: list[Word], found: list[Mention], memory: dict[str, str] | None = None) \
            -> list[Mention]:
        """«أن الإمارات وتركيا انتهكتا الحظر، وأن الأولى زودت قوات حفتر …»: «the former» is the first of the last
        two actors named together by «و» before it in the sentence, or with none there in the sentence before
        (``memory``); only as the subject of a clause («أن/إن/لكن الأولى») or of a verb before it, never «the
        first» of its kind («كانت الأولى من نوعها»)."""
        from kg.grammar import upos  # here: kg.grammar imports this module
        out = list(found)
        for k, w in enumerate(words):
            if w.norm.lstrip("و") not in THE_FORMER or k == 0 or any(m.first <= k <= m.last for m in found) or \
                    not (words[k - 1].norm in LATTER_OPENERS or upos(words[k - 1]) == "VERB"):
                continue
            pair = _last_pair(words, found, k)
            former = pair[0].actor if pair is not None else (memory or {}).get(FORMER)
            if former is not None:
                out.append(Mention(former, k, k, w.start, w.end, "anaphor"))
        return sorted(out, key=lambda m: m.first)

    def _honoured(self, words: list[Word], found: list[Mention], memory: dict[str, str] | None) -> list[Mention]:
        """«استقبل صاحب السمو الشيخ محمد بن زايد … وبحث سموه مع ضيفه …»: «سموه», «فخامته», «معاليه» (his highness,
        excellency) name the person last named with an honorific, in this sentence or before (``memory``)."""
        if memory is None:
            return found
        out = list(found)
        for k, w in enumerate(words):
            if w.norm.lstrip("و") in HONORIFIC_PRONOUNS and HONOURED in memory and \
                    not any(m.first <= k <= m.last for m in found):
                out.append(Mention(memory[HONOURED], k, k, w.start, w.end, "anaphor"))
        for m in found:
            if words[m.first].norm in HONORIFICS and m.actor in self.reg.actors and \
                    self.reg.actors[m.actor].kind == "Person":
                memory[HONOURED] = m.actor
        return sorted(out, key=lambda m: m.first)

    def _last_of_each_gender(self, words: list[Word], mentions: list[Mention]) -> dict[str, Mention]:
        """The last of ``mentions`` of each grammatical gender: who «الأخير» or «الأخيرة» names."""
        out: dict[str, Mention] = {}
        for m in mentions:
            out[self._gender(words, m)] = m
            if m.last > m.first and _without_proclitic(words[m.first].norm, LEADERS_FORCES) in LEADERS_FORCES and \
                    not words[m.last].norm.startswith("ال"):
                out["Masc"] = m  # («إلى قوات حفتر، وأن شركات روسية زودت الأخير»: the man the forces are named after)
        return out

    def _gender(self, words: list[Word], m: Mention) -> str:
        """The grammatical gender of a mention, by its words and its actor's kind."""
        from kg.grammar import mention_gender  # here: kg.grammar imports this module
        kind = self.reg.actors[m.actor].kind if m.actor in self.reg.actors else ""
        return mention_gender(words, m, kind)

    def _paired_seats(self, words: list[Word], found: list[Mention]) -> list[Mention]:
        """«الاتفاق بين أنقرة وطرابلس», «وقعت طرابلس وأنقرة مذكرتين»: a seat of government coordinated with a state's
        one-word name stands for its government, as the capital beside it does; so does one that fighters or arms are
        sent to or arrive in («أرسلت تركيا مرتزقة إلى طرابلس», «وصول مقاتلين إلى طرابلس»: its government receives them);
        alone («الهجوم على طرابلس», «وصل السراج إلى طرابلس») it is the city."""
        from kg.grammar import ALLY_STEMS, ARMED, ARMS, ARRIVALS, SENDING  # here: kg.grammar imports this module
        from kg.triggers import stem_match

        if not self.paired_seats:
            return found
        out = list(found)
        states = [m for m in found if m.kind == "name" and m.first == m.last and self.reg.actors[m.actor].kind == "State"]
        for k, w in enumerate(words):
            bare = w.norm[1:] if w.norm[:1] == "و" else w.norm
            if bare not in self.paired_seats or any(m.first <= k <= m.last for m in found):
                continue
            before = w.norm[:1] == "و" and any(m.last == k - 1 for m in states)
            after = k + 1 < len(words) and words[k + 1].norm[:1] == "و" and any(m.first == k + 1 for m in states)
            between = words[max(0, k - 1 - SENT_TO_REACH):k - 1]
            # (a verb of sending before «إلى», or fighters or arms arriving there, named between: «وصول مقاتلين
            # أجانب إلى طرابلس»)
            sent = k > 0 and words[k - 1].norm == "الي" and (
                any(stem_match(x, stem, "any") for x in between for stem in SENDING) or
                any(stem_match(x, stem, "any") for x in between for stem in ARRIVALS) and
                any(proclitic_on(x.norm, ARMED | ARMS, most=1) is not None for x in between))
            # («أرسلت تركيا مرتزقة إلى حلفائها في طرابلس»: allies in a seat of government are that government)
            allies = k > 1 and words[k - 1].norm == "في" and \
                any(stem_match(words[k - 2], a, "noun") for a in ALLY_STEMS)
            if allies:
                # (the mention spans the allies, so what marks them marks it: «إلى حلفائها في طرابلس»)
                out.append(Mention(self.paired_seats[bare], k - 2, k, words[k - 2].start, w.end, "name"))
            elif before or after or sent:
                out.append(Mention(self.paired_seats[bare], k, k, w.start, w.end, "name"))
        return sorted(out, key=lambda m: m.first)

    def _speaker_of(self, words: list[Word], found: list[Mention], k: int) -> Mention | None:
        """«قال وزير الخارجية المصري، في مؤتمر صحفي مع نظيره اليوناني، إن بلاده ترفض …»: in what a
        speech verb's subject says (after its «إن/أن»), «بلاده» is the speaker's country, however many
        others the aside between them names."""
        from kg.grammar import SPEECH_VERBS, THAT_FORMS  # (kg.grammar builds on this module)

        that = next((j for j in range(k - 1, -1, -1) if words[j].norm in THAT_FORMS), None)
        if that is None:
            return None
        verb = next((v for v in range(that - 1, -1, -1) if words[v].norm in SPEECH_VERBS
                     or any(words[v].norm == "و" + s for s in SPEECH_VERBS)), None)
        if verb is None:
            return None
        subject = next((m for m in found if verb < m.first <= verb + 3), None)
        if subject is None or subject.first > that or subject.actor not in self.reg.actors \
                or not self._speaks_for_state(words, subject):
            return None
        # (not past the subject of what is said, right after «أن» (its title before a nationality), who speaks for a
        # state too: «ذكر المتحدث أن الوزير الألماني أكد دعم بلاده …» is Germany)
        said = next((m for m in found if m.first > that), None)
        if said is not None and said.first <= that + 2 and said.last < k and said.actor in self.reg.actors and \
                self._speaks_for_state(words, said):
            return None
        return subject

    def _speaks_for_state(self, words: list[Word], m: Mention) -> bool:
        """A person, an officeholder («الرئيس التركي», «الوزير الروسي», «أمير قطر») of a state."""
        titled = m.first > 0 and strip_article(words[m.first - 1].norm) in self.titles_by_head
        official = self.reg.actors[m.actor].kind == "Person" or m.kind == "role" or \
            (m.kind == "demonym" and m.first < m.last) or (m.kind in ("demonym", "name") and titled)
        return official and self._state_of(m.actor) is not None

    def _state_of(self, actor: str) -> str | None:
        state = self.reg.party_of(actor)
        return state if state in self.reg.actors and self.reg.actors[state].kind == "State" else None

    def is_place(self, words: list[Word], m: Mention) -> bool:
        """A country, capital or seat named as where something happens is a
        place, not an actor: «في باريس», «إلى القاهرة», «العاصمة الروسية موسكو»,
        «في العاصمة المصرية».  After «في» any named actor but a person is a
        place; after «إلى» only a state (a person or a government after «إلى»
        is who something is sent to)."""
        kind = self.reg.actors[m.actor].kind if m.actor in self.reg.actors else ""
        before = [words[k].norm for k in range(max(0, m.first - 2), m.first)]
        # a dateline: «القاهرة (رويترز) -», «موسكو - », «الأمم المتحدة (رويترز) -»: where the report was filed
        if m.kind == "name" and kind not in ("Person", "") and all(words[k].punct for k in range(m.first)) and \
                m.last + 1 < len(words) and words[m.last + 1].text[:1] in DATELINE_MARKS and \
                not (words[m.last + 1].text[:1] == ":" and
                     (self._own_name(words, m) or _statement_after(words, m.last + 2))):
            # (a state's own name before a colon is who speaks: «مصر: لن نسمح …»; so is its capital when a
            # statement follows, not a report of one: «واشنطن: نرفض التدخل الروسي», «القاهرة: قال …» is a dateline)
            return True
        if m.kind == "demonym":
            # («صحيفة تركية», «وسائل الإعلام الروسية»: the press of a state is no party, as a place is none; nor are
            # its political parties or activists: «انتقدت أحزاب تونسية التدخل»)
            # («زار الوزير العاصمة الروسية موسكو»: the capital visited is the host)
            # («وكالة الأناضول التركية», «وكالة الأنباء الروسية», «صحيفة الأهرام المصرية»: nor an outlet named
            # before its nationality; «وكالة الاستخبارات الأمريكية» is a state's agency)
            head = before[0] if before else ""
            outlet = len(before) == 2 and before[1].startswith("ال") and before[1] not in INTELLIGENCE and \
                not words[m.first - 1].punct and any(strip_article(w) in MEDIA_NOUNS | {"وكاله"}
                                                     for w in (head, head[1:] if head[:1] in "وفبل" else ""))
            return outlet or bool(before) and \
                strip_article(before[-1].lstrip("وفب")) in PLACE_NOUNS | MEDIA_NOUNS | CIVIC_NOUNS \
                and not _visited(words, m.first - 1)
        if m.kind != "name" or kind == "Person":
            return False
        prev = before[-1] if before else ""
        if prev == "في" and not (kind == "State" and m.first == m.last) and _delegation_before(words, m.first) is not None:
            return False  # «قال مسؤول في حكومة الوفاق»: one of the actor speaks (a bare capital stays a place)
        if kind == "State" and m.first == m.last and before and \
                (before[-1].lstrip("وف") in LEAVING or (len(before) == 2 and before[0].lstrip("وف") in LEAVING)):
            return True  # «غادر حفتر موسكو», «صالح غادر القاهرة»: the capital left is a place
        if kind == "State" and m.first == m.last and before and \
                strip_article(before[-1].lstrip("وفبل")) in EVENT_NOUNS and not _paired(words, m):
            return True  # «مؤتمر برلين», «محادثات موسكو»: an event named by where it was held
        if prev in TOWARDS and kind == "State" and \
                _visit_near(words, m, lambda w: self.demonym_at(w) is not None or
                            any(len(alias) == 1 for alias, _ in self.aliases.get(w.norm, ()))):
            return False  # «زيارة (رسمية) إلى موسكو»: the state visited is the host
        if prev in TOWARDS and any(strip_article(words[k].norm.lstrip("وفبل")) in ADDRESSED
                                   for k in range(max(0, m.first - 5), m.first - 1)):
            return False  # «وجهت واشنطن تحذيرا شديد اللهجة إلى روسيا»: the one addressed
        if prev in TOWARDS and any(words[k].norm.removeprefix("و") in POINTING_TO
                                   for k in range(max(0, m.first - 4), m.first - 1)):
            return False  # «أشار التقرير إلى الإمارات بوصفها الداعم الرئيسي لحفتر»: the one pointed at
        if prev in TOWARDS and any(words[k].norm.lstrip("وف").startswith(JOINING)
                                   for k in range(max(0, m.first - 4), m.first - 1)):
            return False  # «انضمت اليونان إلى فرنسا في انتقاد تركيا»: the one joined
        if prev in ("في", "وفي") and kind == "State" and (m.first == m.last or words[m.first].norm == "قصر") and \
                any(strip_article(words[k].norm.lstrip("وفبل")).startswith("استقبال")
                    and not any(w.punct for w in words[k + 1:m.first])
                    for k in range(max(0, m.first - RECEIVED_IN_REACH), m.first - 1)):
            # «بعد استقباله مرارا في باريس», «استقباله في عامي 2017 و2018 في باريس»: where one was
            # received is the host (a time between), its palace too («حظي باستقبال رسمي في قصر الإليزيه»)
            return False
        if prev in ("في", "وفي") and kind == "Faction" and m.last > m.first:
            return False  # «إخوتنا في حكومة الوفاق», «الوزير في حكومة الوفاق»: in a faction is one of it, no place
        if prev in ("في", "وفي") and len(before) == 2 and before[0].lstrip("ولب") in KIN:
            return False  # «الأشقاء في تركيا», «شركائنا في الاتحاد الأوروبي»: the brothers or partners are the actor
        if prev in LOCATIVES or (prev in TOWARDS and kind == "State" and m.first == m.last):
            return True
        if prev == "من" and kind == "State" and m.first == m.last and len(before) == 2 and \
                strip_article(before[0].lstrip("وف")) in SPOKEN_FROM:
            return True  # «أعلن ذلك في كلمة من أنقرة»: where it was said from, not a source of support
        if prev in ("بمقر", "وبمقر") or (prev == "مقر" and len(before) == 2 and before[0] in LOCATIVES):
            return True  # («التقى حفتر في مقر القيادة العامة»: where they met, not one who met)
        if kind == "State" and m.first < m.last and words[m.first].norm.lstrip("و") in ("بقصر", "بمقر"):
            return True  # («عقب لقائه بقصر الاتحادية كلا من حفتر وصالح»: a palace behind «بـ» is where, as after «في»)
        if kind == "State" and m.first == m.last and words[m.first].norm.startswith("ب") and \
                any(strip_article(x).startswith(SEATS) for w in before for x in (w, w[1:] if w[:1] in "وفب" else w)):
            return True  # («استقبل صالح في مقر إقامته بالقاهرة السفير»: the city of a seat, behind «بـ», is where)
        if kind == "State" and m.first == m.last:
            # («بعد محطتين في روما وبرلين», «جولة قادته إلى روما وبرلين وباريس»: a later member of a list of
            # places is one too)
            head = self._listed_after(words, m.first)
            if head is not None:
                return self.is_place(words, head)
        # «العاصمة (الروسية) موسكو» (not the one a visit verb has for object: the host)
        return any(strip_article(w.lstrip("وفب")) in PLACE_NOUNS for w in before[-2:]) and \
            not _visited(words, m.first - len(before[-2:])) and \
            (prev in PLACE_NOUNS or self.demonym_at(words[m.first - 1]) is not None or
             strip_article(prev.lstrip("وفب")) in PLACE_NOUNS)

    def _listed_after(self, words: list[Word], k: int) -> Mention | None:
        """The first of the one-word names of states joined by «و» that word ``k`` ends («روما وبرلين وباريس»), as a
        mention; None when word ``k`` ends no such list."""
        def state(norm: str) -> str | None:
            return next((actor for alias, actor in self.aliases.get(norm, ()) if len(alias) == 1
                         and actor in self.reg.actors and self.reg.actors[actor].kind == "State"), None)

        def joined(j: int) -> int | None:
            """The word before the «و» that joins word ``j`` (written on it, «وبرلين», or apart, «و برلين»)."""
            if words[j].norm.startswith("و") and state(words[j].norm[1:]) is not None:
                return j - 1
            return j - 2 if j > 1 and words[j - 1].norm == "و" and state(words[j].norm) is not None else None

        j = joined(k)  # («واشنطن»: no conjunction)
        while j is not None and j >= 0:
            if joined(j) is None:
                head = state(words[j].norm)
                return Mention(head, j, j, words[j].start, words[j].end, "name") if head is not None else None
            j = joined(j)
        return None

    def _own_name(self, words: list[Word], m: Mention) -> bool:
        """Is the mention the actor's own Arabic name («مصر», «الإمارات» of «الإمارات العربية المتحدة»),
        not an alias such as its capital?"""
        actor = self.reg.actors.get(m.actor)
        name = [w.norm for w in words[m.first:m.last + 1]]
        return actor is not None and normalize(actor.label_ar).split()[:len(name)] == name

    def _with_heads(self, words: list[Word], mentions: list[Mention], day: dt.date | None = None) -> list[Mention]:
        from kg.grammar import clitic_marker  # here: kg.grammar imports this module

        out = []
        for m in mentions:
            k = m.first - 1
            taken = out[-1].last if out else -1
            office = self._office_of(words, m, taken, day) if clitic_marker(words[m.first]) == "ل" else None
            if office is not None:
                # «الأمين العام للأمم المتحدة», «المبعوث الخاص للأمم المتحدة»: the officer of an
                # institution acts for it; the «ل» joins title and institution and marks no target
                out.append(office)
                continue
            # (a name is in construct with a head without the article: «جيش حفتر», not «واتهم الجيش أنقرة»)
            # («الجانب التركي»: its side, with the article; «إلى جانب تركيا» is alongside it)
            side = m.kind == "demonym" and words[k].norm.lstrip("وب") == "الجانب" if k > taken else False
            if m.kind in ("name", "anaphor", "demonym") and k > taken and (side or (
                    any(strip_article(v) in INSTITUTION_HEADS for v in variants(words[k].norm)) and
                    (m.kind == "demonym" or not any(v.startswith("ال") for v in variants(words[k].norm))))):
                m = Mention(m.actor, k, m.last, words[k].start, m.end, m.kind)
            elif m.kind == "demonym" and k - 1 > taken and words[k].norm.startswith("ال") and \
                    words[k - 1].norm in ("وزاره", "ووزاره"):
                # «وزارة الخزانة الأمريكية», «وزارة الطاقة الروسية»: a ministry named by its field and its state
                m = Mention(m.actor, k - 1, m.last, words[k - 1].start, m.end, m.kind)
            k = m.first - 1
            if k > taken and words[k].norm in REPORTS and clitic_marker(words[m.first]) == "ل":
                # «تقرير لخبراء الأمم المتحدة»: a report by an actor speaks for it; the «ل» names the author
                m = Mention(m.actor, k, m.last, words[k].start, m.end, m.kind)
            elif k - 2 > taken and words[k].norm == "عن" and words[k - 1].norm in ISSUED_BY and \
                    strip_article(words[head := _statement_head(words, k - 2, taken)].norm.lstrip("و")) \
                    in REPORT_HEADS:
                # «بيان صادر عن الاتحاد الأوروبي»: a statement issued by an actor speaks for it too (past its
                # adjectives: «بيان مشترك صادر عن مصر والإمارات»)
                m = Mention(m.actor, head, m.last, words[head].start, m.end, m.kind)
            envoys = _delegation_before(words, m.first)
            if envoys is None and m.kind == "name" and clitic_marker(words[m.first]) == "ب":
                envoys = _office_in_body(words, m.first, attached=True)  # «وزير الدفاع بحكومة الوفاق»
            if envoys is not None and envoys > taken:
                # «استقبل وفدا من الخارجية الروسية»: a delegation or officials from an actor are that actor
                m = Mention(m.actor, envoys, m.last, words[envoys].start, m.end, m.kind)
            speaker = _spokesperson_before(words, m.first)
            if speaker is not None and speaker > taken:
                # «المتحدث باسم الجيش الوطني»: who speaks in an actor's name speaks for it
                m = Mention(m.actor, speaker, m.last, words[speaker].start, m.end, m.kind)
            k, deputy = m.first, False
            # «نائب مساعد وزير», «مساعد أمين مجلس الأمن الروسي», «نائب مساعد وزير الخارجية
            # الأمريكية» (a title head in construct, with no article, before an institution): deputies
            # and the titles they deputise
            institution = m.kind == "demonym" or (m.actor in self.reg.actors and self.reg.actors[m.actor].kind != "Person")
            # (not a title with the article before a person's name, in apposition: «المستشار عقيلة صالح» is
            # the man himself, «مستشار حفتر» his adviser)
            # («… ورئيس مجلس النواب»: a title joined by «و» to the actor before it opens a mention of its own)
            while k - 1 > taken and ((strip_article(words[k - 1].norm) in DEPUTIES and
                                      (institution or not words[k - 1].norm.lstrip("و").startswith("ال"))) or
                                     (institution and not words[k - 1].norm.startswith("ال")
                                      and (strip_article(words[k - 1].norm) in self.titles_by_head
                                           or _joined_title(words[k - 1].norm) in self.titles_by_head))):
                k -= 1
                # (a title before an office or committee in the body heads that, not the body: «رئيس لجنة الدفاع
                # بمجلس النواب» is no speaker of the house; he acts for it, as a deputy does)
                deputy = deputy or strip_article(words[k].norm) in DEPUTIES or m.first == envoys
                if strip_article(words[k].norm) not in self.titles_by_head and \
                        strip_article(words[k].norm) not in DEPUTIES:
                    break  # («ورئيس»: nothing before the «و» belongs to it)
            if not deputy and k < m.first and m.kind != "demonym":
                # «وزير الخارجية الأمريكية»: the office's holder acts for the institution; the holder on
                # record when there is one («رئيس مجلس النواب الليبي» as «رئيس مجلس النواب»)
                first = words[k].norm if strip_article(words[k].norm) in self.titles_by_head else \
                    _joined_title(words[k].norm)  # («ورئيس مجلس النواب»: the title without its «و»)
                # (a role titled with the body's own name is that role: «رئيس المجلس الأعلى للدولة» is the
                # council's head, whoever held it on ``day``, not the head of the government it is an alias of)
                whole = (first, *(w.norm for w in words[k + 1:m.last + 1]))
                title = whole if whole in self.role_titles else (first, *(w.norm for w in words[k + 1:m.first]))
                person = self.reg.role_holder(title, m.actor, day)
                m = Mention(person, k, m.last, words[k].start, m.end, "role") if person is not None else \
                    Mention(m.actor, k, m.last, words[k].start, m.end, m.kind)
            if not deputy:
                k = m.first
            if k < m.first:
                # «نائب مساعد وزير الخارجية الأمريكي»: a deputy or envoy of an office acts for its
                # party, not as the officeholder
                m = Mention(self.reg.party_of(m.actor), k, m.last, words[k].start, m.end, "role")
            acting = _acting_before(words, m)
            if acting is not None and acting > taken:
                # «القائم بأعمال المندوب الأمريكي», «القائم بالأعمال الأمريكي»: the one acting in an office acts for
                # its party, as a deputy does
                m = Mention(self.reg.party_of(m.actor), acting, m.last, words[acting].start, m.end, "role")
            out.append(m)
        return out


    def _office_of(self, words: list[Word], m: Mention, taken: int, day: dt.date | None) -> Mention | None:
        """A title (a title word and up to two adjectives) right before «لـ X»: the holder of
        that title at X on ``day`` if the registry knows one, else X."""
        if self.reg.actors.get(m.actor) is None or self.reg.actors[m.actor].kind == "Person":
            return None
        for k in range(m.first - 1, max(taken, m.first - 4), -1):
            if words[k].punct or any(t.upos not in ("NOUN", "ADJ") for t in words[k].tokens):
                return None
            if strip_article(words[k].norm) in self.titles_by_head:
                title = tuple(w.norm for w in words[k:m.first])
                person = self.reg.role_holder(title, m.actor, day)
                if person is not None:
                    return Mention(person, k, m.last, words[k].start, m.end, "role")
                return Mention(m.actor, k, m.last, words[k].start, m.end, "role")
        return None


DEPUTIES = {"نايب", "مساعد", "مستشار", "مبعوث", "وكيل", "ممثل"}  # «نائب وزير …», «مبعوث الرئيس …»
ACTING = ("باعمال", "بالاعمال")  # normalised: the second word of «القائم بأعمال», «القائم بالأعمال», "acting"


def _acting_before(words: list[Word], m: Mention) -> int | None:
    """Where «القائم بأعمال» starts, when it ends right before ``m`` or before the definite title a nationality
    ``m`` qualifies («القائم بأعمال المندوب الأمريكي»)."""
    k = m.first
    if m.kind == "demonym" and k >= 1 and words[k - 1].norm.startswith("ال") and words[k - 1].tokens[-1].upos == "NOUN":
        k -= 1
    return k - 2 if k >= 2 and words[k - 2].norm == "القايم" and words[k - 1].norm in ACTING else None


def _paired(words: list[Word], m: Mention) -> bool:
    """«محادثات أنقرة وطرابلس»: a capital joined by «و» to another name names a party."""
    return m.last + 1 < len(words) and words[m.last + 1].norm[:1] == "و" and len(words[m.last + 1].norm) > 2


VISITING = ("زار", "يزور", "تزور", "نزور")  # normalised verb forms, with «ت/وا» endings: «زارت», «زاروا»
VISITED_REACH = 10  # words from the visit verb to the place it has for object, the visitor's name and title between


def _visited(words: list[Word], k: int) -> bool:
    """Is the place noun phrase starting at word ``k`` the object of a visit verb before it in its clause
    («زار وزير الخارجية محمد سيالة العاصمة الروسية»)?"""
    for j in range(k - 1, max(-1, k - 1 - VISITED_REACH), -1):
        w = words[j]
        if w.punct:
            return False
        if w.norm.lstrip("وف").startswith(VISITING):
            return True
    return False


def _visit_near(words: list[Word], m: Mention, named=lambda w: False) -> bool:
    """A visit noun (زيارة، زيارته الرسمية) just before «إلى X», or with a visitor kg knows between
    (``named``: «زيارة وزير الخارجية المصري إلى أثينا»), or right after it («وصل حفتر إلى موسكو في
    زيارة رسمية»)."""
    near = words[max(0, m.first - 3):m.first - 1] + words[m.last + 1:m.last + 4]
    if any("زيار" in w.norm for w in near):
        return True
    before = words[max(0, m.first - VISITOR_REACH):m.first - 1]
    k = max((j for j, w in enumerate(before) if w.punct), default=-1)
    visit = next((j for j in range(k + 1, len(before)) if "زيار" in before[j].norm), None)
    return visit is not None and any(named(w) for w in before[visit + 1:])


RECEIVED_IN_REACH = 7  # words from «استقباله» to «في X», the host (an adverb or a time between)
LED_BY = {"بقياده", "يقودها", "يقوده", "يتزعمها", "يتزعمه", "برياسه",  # normalised: «بقيادة حفتر», «التي يقودها»
          # («القوات الموالية لحفتر», «طائرات حربية تابعة للإمارات»: forces loyal to him, or belonging to it, are
          # its own; not the masculine singular: «الجيش التابع لمجلس النواب» is an actor of its own)
          "المواليه", "مواليه", "الموالين", "موالين", "الموالون", "موالون",
          "التابعه", "تابعه", "التابعين", "تابعين", "التابعون", "تابعون"}
BELONGING = {"التابع", "تابع"}  # normalised masculine «التابع لـ»: after another actor's name, see _led_by
# without the article: who is governed or led, and armed forces, units and assets
LED_HEADS = {"حكومه", "قوات", "جيش", "معسكر", "سلطات", "ميليشيات", "مليشيات", "كتايب", "وحدات", "مجموعات", "فصايل",
             "مقاتلين", "عناصر", "طايرات", "مقاتلات", "مرتزقه"}
LED_REACH = 5  # words from the head noun to «بقيادة» (its adjectives, «في ليبيا», «التي»)
FORCES_OF = {"قوات", "ميليشيات", "مليشيات", "كتائب", "وحدات", "مقاتلي"}  # normalised: «قوات المشير حفتر»
# normalised: «قادة في قوات حفتر», «مسؤولون من حكومة الوفاق»: leaders, officials or members in an actor
MEMBERS_IN = {"قاده", "قيادات", "مسوولون", "مسوولين", "اعضاء", "ضباط"}
PEOPLE_OF = {"قاده", "مسوولي", "ممثلي", "اعضاء"}  # normalised: «التقى قادة حكومة الوفاق»: its leaders are the side
# words from a visit noun to «إلى X», its visitor's name and title between («زيارة قام بها وزير الخارجية
# بحكومة الوفاق محمد سيالة إلى أنقرة»)
VISITOR_REACH = 11


JOINING = ("انضم", "ينضم", "تنضم")  # normalised: «انضمت اليونان إلى فرنسا»: joining an actor
BODY_HEADS = {"خبراء", "لجنه"}  # normalised: the experts or committee of a body, named with it, alone after it
AFFILIATED = {"التابعه", "التابع", "تابعه", "تابع"}  # normalised: «لجنة خبراء تابعة للأمم المتحدة»
BODY_CHAIN = 2  # nouns in construct before the body's name, or opening it («لجنة خبراء الأمم المتحدة»)
# normalised: a delegation, embassy or mission named with its state or body, «الوفد», «السفارة», «البعثة» alone
# after it in the text («أصدرت السفارة الأمريكية بيانا … وطالبت السفارة بـ…»)
NAMED_WITH_HEADS = {"وفد", "سفاره", "بعثه"}
DELEGATIONS = {"وفد", "وفدا", "مسوولين", "مسوولون", "ممثلين", "ممثلون", "مبعوثين",  # «وفدا من X»
               "ميات", "الاف", "الوف", "عشرات", "عناصر",  # normalised: «مئات من مرتزقة فاغنر»: some of X are X
               "نظرايه", "نظراءه", "نظراوه", "نظرايها", "نظراءها", "نظراوها", "نظرايهم"}  # «نظرائه من X»
REPRESENTATIVES = {"ممثلين", "ممثلون", "ممثلي", "ممثلو"}  # «ممثلون عن X»
# «مسؤول في حكومة الوفاق», «نظيره في حكومة الوفاق»: one of X
MEMBERS = {"مسوول", "مسوولا", "مسوولون", "مسوولين", "مصدر", "مصادر", "عضو", "عضوا", "اعضاء", "قيادي", "قياديا",
           "قياديون", "ضابط", "ضابطا", "ضباط", "دبلوماسي", "دبلوماسيون",
           "نظيره", "نظيرها", "نظيرته",
           # («سنواصل دعم إخوتنا في حكومة الوفاق»: brothers or partners in it)
           "اخوه", "اخوتنا", "اخوته", "اخوتها", "اخواننا", "اشقاء", "اشقاءنا", "اشقاينا", "اشقايه", "اشقايها",
           "شركاء", "شركاءنا", "شركاءه", "شركاءها", "شركاينا", "شركايه", "شركايها"}


def _delegation_before(words: list[Word], first: int) -> int | None:
    """Where «وفدا من» / «مسؤولين من» / «ممثلون عن» starts, when it ends right before ``first``; also
    with its adjectives between («مصدر عسكري في X», «وفدا رفيعا من X», «وفدا رفيع المستوى من X»)."""
    if first < 2 or words[first - 1].norm not in ("من", "عن", "في"):
        return None
    heads = {"من": DELEGATIONS, "عن": REPRESENTATIVES, "في": MEMBERS}[words[first - 1].norm]
    if words[first - 1].norm == "في":
        office = _office_in_body(words, first)
        if office is not None:
            return office
    for k in range(first - 2, max(-1, first - 2 - DELEGATION_ADJECTIVES - 1), -1):
        if any(strip_article(v) in heads for v in variants(words[k].norm)):
            return k
        adjective = (words[k].norm.endswith(NISBA_ENDINGS) or any(t.upos == "ADJ" for t in words[k].tokens)) \
            and not words[k].norm.startswith("ال")
        if k < 1 or not (adjective or words[k].norm in RANKS):
            return None
    return None


OFFICE_PORTFOLIO = 2  # «وزير الداخلية في X», «رئيس الأركان العامة في X»: definite words of the office


def _office_in_body(words: list[Word], first: int, attached: bool = False) -> int | None:
    """Where «وزير الداخلية في» starts, when it ends right before ``first``: an office held in a
    government or army («وزير الداخلية في حكومة الوفاق», «رئيس الأركان في قوات حفتر») is one of it
    (``attached``: the preposition is the «بـ» on the body's first word, «وزير الدفاع بحكومة الوفاق»)."""
    end = first if attached else first - 1
    for k in range(end - 2, max(-1, end - 2 - OFFICE_PORTFOLIO), -1):
        between = words[k + 1:end]
        if not all(w.norm.startswith("ال") and not w.punct for w in between):
            return None
        if any(strip_article(v) in OFFICE_HEADS for v in variants(words[k].norm)):
            return k
    return None


NISBA_ENDINGS = ("ي", "يه", "يا", "يون", "يين")  # normalised: «عسكري», «أمنيا», «دبلوماسيون»
DELEGATION_ADJECTIVES = 2  # «وفدا رفيع المستوى من X», «مصدر عسكري في X»
RANKS = {"رفيع", "رفيعا", "رفيعه", "المستوي", "كبير", "كبيرا", "كبار", "بارز", "بارزا"}  # normalised, tagged as nouns


SPOKESPERSONS = {"متحدث", "متحدثه", "ناطق", "ناطقه"}  # «المتحدث (الرسمي) باسم X»
HEAD_TITLES = {"وزير", "رييس", "مبعوث", "سفير", "قايد", "مستشار"}  # normalised heads a title goes by alone
# an office's head in a body, its ministry («وزارة الداخلية بحكومة الوفاق») or committee («لجنة الدفاع في مجلس النواب»)
OFFICE_HEADS = HEAD_TITLES | {"وزاره", "لجنه"}


def _last_pair(words: list[Word], found: list[Mention], end: int) -> list[Mention] | None:
    """The last group of two or more actors named together by «و» before word ``end``, if any."""
    from kg.grammar import coordinated  # here: kg.grammar imports this module
    return next((g for g in (coordinated(words, found, m) for m in reversed(found) if m.last < end)
                 if len({m.actor for m in g}) >= 2), None)


SPEAKER = "speaker:"  # memory key: the state the first who spoke for one in the sentence before speaks for
REPORT = "report:"  # memory key prefix: a document's statements and reports, by their issuers
LATTER = "latter:"  # memory key, with a gender: the last actor of that gender of the sentence before (two or more)
SENT_TO_REACH = 8  # words from a verb or masdar of sending to the «إلى» of the seat it sends to (what is sent between)
FORMER = "former:"  # memory key: the first of the last two actors named together in the sentence before
REPORT_HEADS = {"تقرير", "بيان"}  # «تقرير الأمم المتحدة», «بيان الخارجية المصرية»
# (normalised) a ministry or presidency named with its state or body, alone later in the text («وزارة الخارجية
# بحكومة الوفاق» … «وقالت الوزارة», «الرئاسة المصرية» … «وأضافت الرئاسة»); its memory key's prefix
OFFICE_NOUNS = {"وزاره", "رياسه", "خارجيه"}
OFFICE_FORMS = OFFICE_NOUNS | {"ال" + n for n in OFFICE_NOUNS}  # with or without the article
OFFICE = "office:"
SHORT = "short:"  # memory key prefix: the short labels (kg:shortLabel) of the states the document has named


def _short_label_at(words: list[Word], i: int, memory: dict[str, str]) -> str | None:
    """The state whose short label word ``i`` is («المملكة», «والمملكة», «للمملكة», «بالمملكة»), once the document
    has named it; not one a definite adjective qualifies («المملكة المغربية», «المملكة الأردنية»: another
    kingdom, named in full).  The proclitics come off as for any alias (:func:`ordered_variants`)."""
    label = next((SHORT + v[2:] for v in ordered_variants(words[i].norm)
                  if v.startswith("ال") and SHORT + v[2:] in memory), None)
    if label is None:
        return None
    nxt = words[i + 1].norm if i + 1 < len(words) else ""
    return None if nxt.startswith("ال") and nxt.endswith("يه") else memory[label]


PHRASE_OPENERS = {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT"}  # tags after which a noun heads its phrase
# days and times news sets off by commas («التقى لافروف، اليوم الاثنين، …») (normalised)
WHEN = {"اليوم", "امس", "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "مساء",
        "صباح", "ظهر", "الماضي", "الجاري", "الحالي"}
# «برفقة/بصحبة/بمعية X» (normalised): X in the company of the one the phrase follows, on its side
COMPANY_WORDS = {"برفقه", "بصحبه", "بمعيه", "رفقه", "صحبه"}
# «أصدرت الخارجية المصرية بيانا», «تبنى مجلس الأمن قرارا»: the object of issuing or adopting
ISSUED = {"تقريرا": "تقرير", "بيانا": "بيان", "قرارا": "قرار"}
ISSUED_REACH = 6  # words from the issuer to what it issued («صادق المجلس، أمس، على مشروع قرار»)


def issued_after(words: list[Word], last: int) -> str | None:
    """The document an actor ending at word ``last`` issued or adopted, named right after it (past the day set off
    by commas, «على» and «مشروع»): «بيانا», «على مشروع قرار»; None if none."""
    k = last + 1
    while k < len(words) and k <= last + ISSUED_REACH and (words[k].norm in ("،", ",", "علي", "مشروع") or
                                                            words[k].norm in WHEN):
        k += 1
    if k >= len(words):
        return None
    norm = words[k].norm
    if norm in ISSUED:
        return ISSUED[norm]
    # («صادق مجلس الأمن على مشروع قرار …»: adopted, behind «على»)
    return "قرار" if norm == "قرار" and words[k - 1].norm in ("علي", "مشروع") else None
STATEMENT = REPORT + "بيان"  # the memory key of the document's statement («وقال البيان …»)


def _spokesperson_before(words: list[Word], first: int) -> int | None:
    """Where «المتحدث باسم» or «الناطق الرسمي باسم» starts, when it ends right before ``first`` (or
    before a quotation mark there: «المتحدث باسم "الجيش الوطني الليبي"»)."""
    if first >= 1 and words[first - 1].text in QUOTES:
        first -= 1
    if first < 2 or words[first - 1].norm != "باسم":
        return None
    from kg.grammar import unjoined  # here: kg.grammar imports this module
    for k in (first - 2, first - 3):
        # («والمتحدث باسم قوات حفتر هاجم …»: behind the «و» that joins its clause)
        if k >= 0 and strip_article(unjoined(words[k].norm)) in SPOKESPERSONS and \
                all(strip_article(words[j].norm) in ("رسمي", "رسميه") for j in range(k + 1, first - 1)):
            return k
    return None


# normalised: the honorifics Gulf and official news put before a name («صاحب السمو الشيخ محمد بن زايد», «فخامة السيد
# فايز السراج», «معالي الوزير»), part of the name's mention
HONORIFICS = {"صاحب", "السمو", "سمو", "حضره", "فخامه", "معالي", "سعاده", "الشيخ", "السيد", "السيده",
              "الشقيقه", "الشقيق"}  # («لمساعي الشقيقة مصر»: a sister state, in official Arab copy)
HONORIFIC_PRONOUNS = {"سموه", "فخامته", "معاليه", "سيادته", "جلالته", "سعادته"}  # «his highness» after the name
HONOURED = "honoured"  # memory key: the person last named with an honorific


def _with_honorifics(words: list[Word], found: list[Mention]) -> list[Mention]:
    """Each mention with the honorifics right before it («حضرة صاحب السمو الشيخ تميم»): the name's phrase starts
    at the first, so a verb before it has it as its subject."""
    out = []
    for m in found:
        first = m.first
        while first > 0 and words[first - 1].norm in HONORIFICS and \
                not any(o.first <= first - 1 <= o.last for o in found):
            first -= 1
        out.append(m if first == m.first else replace(m, first=first, start=words[first].start))
    return out


def merge_appositions(mentions: list[Mention], reg: Registry, words: list[Word] | None = None) -> list[Mention]:
    """Adjacent mentions of one party are one actor in apposition
    («الرئيس الأمريكي دونالد ترامب», «قائد الجيش الليبي خليفة حفتر»):
    keep the most specific actor (a person over a party) and the whole span.
    Two people joined by «و» («عقيلة صالح وخليفة حفتر») are two actors."""
    from kg.triggers import conjunction_on  # here: kg.triggers imports this module

    def person(x: Mention) -> bool:
        return reg.actors.get(x.actor) is not None and reg.actors[x.actor].kind == "Person"

    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        joined = words is not None and conjunction_on(words[m.first])
        if prev and m.first == prev.last + 1 and reg.party_of(m.actor) == reg.party_of(prev.actor) and not joined:
            # (a name after the title is who holds it, whoever held it on the document's day as kg knows it:
            # «وزير الخارجية الإيطالي لويجي دي مايو»)
            keep = m.actor if person(m) and m.kind == "name" else prev.actor if person(prev) else m.actor
            out[-1] = Mention(keep, prev.first, m.last, prev.start, m.end, "role" if keep != m.actor else m.kind)
        else:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def default_matcher() -> ActorMatcher:
    return ActorMatcher()
