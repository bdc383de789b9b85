"""Arabic normalisation for matching.

Matching must tolerate the spelling variation of Arabic news (hamza forms of
alef, taa marbuta / haa, alef maqsura / yaa, diacritics, tatweel), but the
evidence offsets must point into the text exactly as read.  So every function
here maps one character to at most one character, or deletes it, and
:func:`normalize_with_map` returns where each normalised character came from.
"""
from __future__ import annotations

import re

# (and the invisible marks web text carries inside and beside words: zero-width (non-)joiners and spaces,
# direction marks and isolates, the byte-order mark)
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
                        "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
# (Persian kaf and yeh, which some sites type for the Arabic letters)
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                       "ک": "ك", "ی": "ي"})


def strip_diacritics(text: str) -> str:
    """Drop harakat, shadda, sukun, superscript alef, tatweel and invisible format marks."""
    return DIACRITICS.sub("", text)


def normalize(text: str) -> str:
    """The matching form of a word: no diacritics, hamza/taa/yaa folded, lower case."""
    return strip_diacritics(text).translate(_FOLD).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index in ``text``."""
    out, index = [], []
    for i, ch in enumerate(text):
        if DIACRITICS.match(ch):
            continue
        out.append(ch.translate(_FOLD).lower())
        index.append(i)
    return "".join(out), index
