"""Stage 2a -- the over-split guard: undo clitic splits that no Arabic reader would make.

kg's bundled tokenizer learned from UD Arabic-PUD, where clitics are tokens of
their own (و+قال, ب+دعم, كتاب+ه).  From 800 sentences it over-generalises and
also cuts frequent words that merely begin or end with a clitic's letters:
«وزير» becomes و + «زير», «اتهم» becomes «ات» + هم.  The tagger and parser
then see a conjunction and a nonsense noun exactly where a title or a stance
verb stands, and the claim built on it is lost.

The guard is general and frequency-based (``wordfreq``'s Arabic list, which
ships inside the wheel and needs no network): a split of one written word is
undone when the whole word is frequent (zipf >= :data:`ZIPF_FREQUENT`) and
at least :data:`ZIPF_MARGIN` more frequent than the host left after taking
the clitics off.  A clitic added to a word makes a rarer word (وقال is rarer
than قال, بدعم than دعم), so a host far rarer than the whole is not the
word's host (زير is far rarer than وزير).  The margin is wide because some
clitic phrases are lexicalised (بشكل is more frequent than شكل) and PUD still
splits them; a host of one or two letters is a function word (هو، قد، إن),
always far more frequent than its clitic forms, so there a whole word that is
merely twice as frequent (:data:`SHORT_MARGIN`) already betrays the error
(اتهم -> ات + هم, وصل -> و + صل).  A word of middling frequency (zipf >=
:data:`KNOWN_WHOLE`) is rejoined only when what is left after the clitic is
no word wordfreq knows (zipf < :data:`UNKNOWN_HOST`): names and plurals cut
at a letter that merely looks like a clitic (لافروف -> ل + افروف, لقاءات ->
ل + قاءات), where a real clitic leaves a real word.  Only the orthography
of clitics is written down here -- which letters can be a proclitic or a
pronoun suffix, the article's ال, ة written ت, ى written ي or ا and a final
hamza written ئ or ؤ before a suffix -- no list of words.  A piece made only
of diacritics (a shadda cut off its letter) always rejoins its letter.

:func:`guard_spans` works on character spans, so offsets into the text stay
exact; :func:`regroup` applies it to a Stanza document after tokenisation and
before the tagger, parser and lemmatiser see it.
"""
from __future__ import annotations

import re
from functools import lru_cache

ZIPF_FREQUENT = 4.0  # "frequent": at least 10 per million words in wordfreq's Arabic list
ZIPF_MARGIN = 1.5    # the whole word at least 10**1.5 (about 30) times as frequent as its host
SHORT_HOST = 2       # a host of this many letters or fewer is a function word (في، عن، قد، هو) ...
SHORT_MARGIN = 0.3   # ... far more frequent than any clitic form of it: a whole word 2x as frequent is wrong
KNOWN_WHOLE = 2.0    # a rarer written word wordfreq knows (1 in 10 million words) ...
UNKNOWN_HOST = 1.5   # ... cut to leave a host it has (almost) never seen: لافروف -> ل + افروف, لقاءات -> ل + قاءات
PROCLITICS = frozenset("وفبلكس")  # conjunctions, prepositions, the future's س
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني", "ي"})
ARABIC_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u0652\u0670]+$")  # no tatweel
DIACRITICS_ONLY = re.compile(r"^[\u064B-\u0652\u0670]+$")
_DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def bare(word: str) -> str:
    return _DIACRITICS.sub("", word)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency (log10 per billion words) of an Arabic word, 0 when unseen."""
    from wordfreq import zipf_frequency

    word = bare(word)
    return zipf_frequency(word, "ar") if word else 0.0


def _host(pieces: list[str]) -> tuple[list[str], list[str], list[str]]:
    p = [bare(x) for x in pieces]
    lead, trail = [], []
    while len(p) > 1 and p[0] in PROCLITICS:
        lead.append(p.pop(0))
    while len(p) > 1 and p[-1] in ENCLITICS:
        trail.insert(0, p.pop())
    return lead, p, trail


def _host_forms(lead: list[str], mid: list[str], trail: list[str]) -> set[str]:
    """The host as it would be written alone: ل+لـ is ل+الـ, and before a pronoun
    suffix ة is written ت and ى is written ي."""
    host = "".join(mid)
    forms = {host}
    if lead and lead[-1] == "ل" and host.startswith("ل"):
        forms.add("ا" + host)
    if trail and host.endswith("ت"):
        forms.add(host[:-1] + "ة")
    if trail and host.endswith("ي"):
        forms.add(host[:-1] + "ى")
    if trail and host.endswith("ا"):
        forms.add(host[:-1] + "ى")  # ى written ا before a pronoun: ترعاها, نفاه
    if trail and host.endswith(("ئ", "ؤ")):
        forms.add(host[:-1] + "ء")  # the hamza on a seat before a pronoun: لقائه, حلفاؤها
    return forms


def implausible(pieces: list[str], threshold: float = ZIPF_FREQUENT, margin: float = ZIPF_MARGIN) -> bool:
    """Is cutting one frequent written word into ``pieces`` a tokenizer error?"""
    whole = "".join(bare(p) for p in pieces)
    if len(pieces) < 2 or zipf(whole) < min(threshold, KNOWN_WHOLE):
        return False
    lead, mid, trail = _host(pieces)
    if not "".join(mid):
        return False
    if not lead and not trail:  # no clitic at all: compare with the likeliest piece
        host_z = max(zipf(p) for p in mid)
    else:
        if len(mid) == 1 and (mid[0] in ENCLITICS or mid[0] in PROCLITICS):
            return False  # clitics only (له، بها): nothing to undo
        if lead and "".join(mid).startswith(("ال", "لل")):
            return False  # a proclitic before the article: always a real split
        host_z = max(zipf(f) for f in _host_forms(lead, mid, trail))
        if len("".join(mid)) <= SHORT_HOST:
            margin = min(margin, SHORT_MARGIN)
    if zipf(whole) < threshold and host_z >= UNKNOWN_HOST:
        return False  # a word of middling frequency is rejoined only when its host is no word at all
    return zipf(whole) - host_z >= margin


def guard_pieces(pieces: list[str], threshold: float = ZIPF_FREQUENT, margin: float = ZIPF_MARGIN) -> list[int]:
    """Group sizes for the pieces of one written word: ``[1, 1]`` keeps و+قال,
    ``[2]`` rejoins و+زير, ``[1, 2]`` makes و + وزير of و+و+زير."""
    # a piece of diacritics only belongs to the letter before it
    groups: list[list[str]] = []
    for p in pieces:
        if groups and DIACRITICS_ONLY.match(p):
            groups[-1].append(p)
        else:
            groups.append([p])
    units = ["".join(g) for g in groups]
    sizes = [len(g) for g in groups]
    # punctuation glued to the word («وزير», وزير،) stays apart: each run of Arabic units is one word
    out: list[int] = []
    start = 0
    for k in range(len(units) + 1):
        if k == len(units) or not ARABIC_LETTERS.match(units[k]):
            out += _rejoin(units[start:k], sizes[start:k], threshold, margin)
            if k < len(units):
                out.append(sizes[k])
            start = k + 1
    return out


def _rejoin(units: list[str], sizes: list[int], threshold: float, margin: float) -> list[int]:
    """Of the runs of units with only clitics outside them whose split is implausible, rejoin
    the most frequent word: و+و+زير is و + وزير, و+سا+هم is و + ساهم (not وساهم)."""
    best, best_z = None, 0.0
    for i in range(len(units)):
        if i and bare(units[i - 1]) not in PROCLITICS:
            break
        for j in range(len(units), i + 1, -1):
            if j < len(units) and bare(units[j]) not in ENCLITICS:
                break
            z = zipf("".join(units[i:j]))
            if z > best_z and implausible(units[i:j], threshold, margin):
                best, best_z = (i, j), z
    if best is None:
        return sizes
    i, j = best
    return sizes[:i] + [sum(sizes[i:j])] + sizes[j:]


def written_words(tokens: list) -> list[list]:
    """Stanza tokens grouped by written word: tokens with no character between them."""
    words: list[list] = []
    for k, t in enumerate(tokens):
        if k and tokens[k - 1].end_char == t.start_char:
            words[-1].append(t)
        else:
            words.append([t])
    return words


def regroup(doc, text: str):
    """A Stanza document (tokenised only) with over-split words rejoined.

    Tokens of one written word are those with no character between them; a
    proclitic left on a piece cut in the wrong place is first cut off
    (:func:`shed_proclitic`), then each group :func:`guard_pieces` makes
    becomes one token spanning the group's characters, so
    ``start_char``/``end_char`` still index ``text``.  The tagger, lemmatiser
    and parser then run on the returned document."""
    from stanza.models.common.doc import END_CHAR, ID, START_CHAR, TEXT, Document

    sentences = []
    for sent in doc.sentences:
        out = []
        for word in written_words(sent.tokens):
            pieces = [(t.text, t.start_char, t.end_char) for t in word]
            texts = [p[0] for p in pieces]
            cut, sizes = _shed(texts, guard_pieces(texts)) if len(pieces) > 1 else (0, [1])
            if cut:  # «وات+هم» -> و + «ات+هم», which the guard rejoined
                form, start, end = pieces[0]
                pieces[:1] = [(form[:cut], start, start + cut), (form[cut:], start + cut, end)]
            at = 0
            for n in sizes:
                group = pieces[at:at + n]
                at += n
                start, end = group[0][1], group[-1][2]
                form = text[start:end] if n > 1 else group[0][0]
                out.append({ID: (len(out) + 1,), TEXT: form, START_CHAR: start, END_CHAR: end})
        sentences.append(out)
    return Document(sentences, text)


def shed_proclitic(pieces: list[str]) -> int:
    """«وات+هم» («and accused», و+اتهم): the tokenizer left a proclitic on a piece it then cut in
    the wrong place.  The length of the proclitic (its letter and any diacritics on it) when taking it
    off the first piece lets the guard rejoin what follows into one word, else 0."""
    return _shed(pieces, guard_pieces(pieces))[0] if len(pieces) > 1 else 0


def _shed(pieces: list[str], sizes: list[int]) -> tuple[int, list[int]]:
    """:func:`shed_proclitic` given the guard's group ``sizes`` for ``pieces``: (the proclitic's length,
    the group sizes of the pieces the cut leaves), or (0, ``sizes``) when nothing is cut."""
    if len(pieces) < 2 or not ARABIC_LETTERS.match(pieces[0]) or pieces[0][0] not in PROCLITICS:
        return 0, sizes
    first, n = pieces[0], 1
    while n < len(first) and DIACRITICS_ONLY.match(first[n]):
        n += 1
    if n >= len(first) or sizes[0] != 1:
        return 0, sizes  # (the guard already joins the first piece to the next: وزير+ه stays)
    recut = guard_pieces([first[:n], first[n:], *pieces[1:]])
    return (n, recut) if recut[0] == 1 and len(recut) > 1 and recut[1] > 1 else (0, sizes)


def oversplit(pieces: list[str], threshold: float = ZIPF_FREQUENT, margin: float = ZIPF_MARGIN) -> bool:
    """Would the guard rejoin any of these pieces of one written word?"""
    return len(guard_pieces(pieces, threshold, margin)) < len(pieces)
