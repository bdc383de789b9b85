"""Stage 1a -- spelling: the standard form of a word's last letter, before Stanza reads the text.

Requires: a document's raw text.  Provides: a text of the same length, with
the same characters except some word-final letters, which Stanza tokenises,
tags and parses in place of the raw text (every offset still points into the
raw text, which is what kg shows as evidence).

Why: many outlets, Egyptian ones above all, write a word-final yaa as alef
maqsura («فى», «الذى», «الليبى») and some write taa marbuta as haa
(«الحكومه»).  kg's own matching folds those letters (:mod:`kg.normalize`), but
Stanza's models learned the standard spelling: on the variant they tag «فى»
as a noun and parse the clause around it wrongly, and the stance is lost
(measured: writing every final yaa of a set of news passages as alef maqsura
lost 4 of their 109 claims).  The two letters cannot simply be folded, since
«على» and «رأى» end in alef maqsura and «دعمه» in haa; so a final letter is
restored only when the standard form is a far more frequent written word
than the one in the text (``wordfreq``'s Arabic list, as in
:mod:`kg.tokens`), and a haa only on a word with the article, since a haa is
most often a pronoun: «فى» → «في», «الحكومه» → «الحكومة», but «على», «رأى»,
«تلقى», «أجرى», «دعمه» and «وناطقه» stay as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.normalize import strip_diacritics
from kg.tokens import zipf

# the written variant -> the standard letter it stands for at the end of a word
RESTORED = {"ى": "ي", "ه": "ة"}
# how much more frequent (in Zipf units, log10) the standard form must be: 0.8 is 6x.  Words whose
# two forms are both real stay as written («رأى» 4.68 / «رأي» 4.66, «بنى» 4.44 / «بني» 5.15);
# «المصرى» 4.31 / «المصري» 5.27 and «السيسى» 3.72 / «السيسي» 4.64 are restored.
MARGIN = 0.8
WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670\u0640]+")
# the definite article, after any proclitics: a word that has it takes no pronoun suffix
DEFINITE = re.compile("^[وف]?(?:[بك]?ال|لل)")


@lru_cache(maxsize=65536)
def standard(word: str) -> str | None:
    """The standard spelling of ``word`` (no diacritics) when its last letter is a variant, else None.

    A final haa is most often a pronoun, and the word without it is often a frequent noun ending in
    taa marbuta («وناطقه», and his spokesman; «تهنئه», congratulates him): haa is restored only on a
    word with the article, which never takes a pronoun («الحكومه»)."""
    last = RESTORED.get(word[-1:]) if len(word) > 1 else None
    if last is None or last == "ة" and not DEFINITE.match(word):
        return None
    other = word[:-1] + last
    return other if zipf(other) >= zipf(word) + MARGIN else None


def restore(text: str) -> str:
    """``text`` with the last letter of each variant-spelled word restored; the same length."""
    chars = None
    for m in WORD.finditer(text):
        written = m.group()
        bare = strip_diacritics(written)
        if not bare or bare[-1] not in RESTORED or standard(bare) is None:
            continue
        # the last letter is the last character that is not a diacritic
        k = m.end() - 1
        while text[k] != bare[-1]:
            k -= 1
        if chars is None:
            chars = list(text)
        chars[k] = RESTORED[bare[-1]]
    return text if chars is None else "".join(chars)
