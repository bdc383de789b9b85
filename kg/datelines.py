"""Stage 2 step -- a dateline is a sentence of its own.

Requires: a Stanza document that is tokenised only, and its text.  Provides: the same tokens, with
each dateline cut off into a sentence of its own (offsets unchanged), before the tagger and parser run.

News opens a report, and often each dispatch in it, with where it was filed and sometimes the agency:
«طرابلس – …», «أنقرة (الأناضول) - …».  Stanza's sentence split leaves the dateline on the sentence
after it, and the tagger then reads that sentence's first verb as a noun («روما - أدان وزراء خارجية …»:
«أدان» tagged NOUN, so no rule finds the verb's subject or object).  Read alone, as the reader reads it,
the dateline is a place that says nothing, and the sentence after it parses as it would without it.
"""
from __future__ import annotations

DASHES = {"-", "–", "—", "ـ"}
PLACE_WORDS = 3  # words of a dateline's place: «طرابلس», «الأمم المتحدة», «نيويورك»
AGENCY_TOKENS = 5  # tokens in brackets after it, the brackets included: «(الأناضول)», «(د ب أ)»
REST = 3  # tokens the line must go on for past the dash (a headline «مصر - تركيا» is no dateline)
SET_APART = {" ", "\t", "\u00a0", "\u2009", "\u202f", ")"}  # what stands right before a dateline's dash


def _word(form: str) -> bool:
    """A word of a place's or agency's name: letters only (no digit, no punctuation), two or more (not a
    preposition cut off before a tatweel: «بـ»)."""
    return form.isalpha() and len(form) > 1


def dateline_end(forms: list[str]) -> int | None:
    """The index of the dash that closes a dateline opening ``forms`` (the tokens of a line, from its
    first): one to :data:`PLACE_WORDS` words, an agency in brackets or none, the dash, and more after it."""
    k = 0
    while k < len(forms) and k < PLACE_WORDS and _word(forms[k]):
        k += 1
    if k == 0:
        return None
    if k < len(forms) and forms[k] == "(":
        close = next((j for j in range(k + 1, min(len(forms), k + AGENCY_TOKENS)) if forms[j] == ")"), None)
        if close is None or close == k + 1 or not all(f.isalpha() for f in forms[k + 1:close]):
            return None
        k = close + 1
    if k >= len(forms) or forms[k] not in DASHES or len(forms) - k - 1 < REST:
        return None
    return k


def _line_start(text: str, start: int) -> bool:
    """Does the character at ``start`` open a line of ``text`` (only spaces before it on its line)?"""
    line = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1  # (not a copy of all the text before)
    return not text[line:start].strip(" \t\u00a0")


def split_datelines(doc, text: str):
    """``doc`` with every dateline at the start of a line made a sentence of its own (the same ``doc`` when
    there is none): the line's words before the dateline, if a sentence ran on into it, end their own."""
    from stanza.models.common.doc import ID, Document

    sentences, changed = [], False
    for sent in doc.sentences:
        tokens = sent.tokens
        forms = [t.text for t in tokens]
        cuts = []
        for k, tok in enumerate(tokens):
            if _line_start(text, tok.start_char):
                end = dateline_end(forms[k:])
                # (the dash set apart by a space or the agency's bracket before it, and a space after it: «بـ"العدوان"»
                # is no dateline, nor is a dash that opens an aside on the word after it, «وقال فلان -رئيس شركة …-»)
                dash = tokens[k + end] if end is not None else None
                if dash is not None and text[dash.start_char - 1:dash.start_char] in SET_APART and \
                        text[dash.end_char:dash.end_char + 1].isspace():
                    cuts += [k, k + end + 1]
        # (in the numbering of words, which a token of several words shifts)
        bounds = sorted({0, len(sent.words), *(tokens[k].id[0] - 1 for k in cuts if k < len(tokens))})
        if len(bounds) == 2:
            sentences.append(sent.to_dict())
            continue
        changed = True
        words = sent.to_dict()
        for a, b in zip(bounds, bounds[1:]):
            piece = [dict(w) for w in words if a < _first_id(w[ID]) <= b]
            for w in piece:
                w[ID] = tuple(i - a for i in w[ID]) if isinstance(w[ID], tuple) else w[ID] - a
            sentences.append(piece)
    return Document(sentences, text) if changed else doc


def _first_id(ident) -> int:
    return ident[0] if isinstance(ident, tuple) else ident
