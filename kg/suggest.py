"""``kg actors suggest``: actors the registry lacks, found where a stance is taken.

The registry decides what kg can see: a minister or a militia it lacks makes
every one of its stances disappear silently.  The words that fill the source
or target slot of a trigger (the nearest words after it, where Arabic's
verb-subject-object order puts the subject and the object, and before it for
the subject of a nominal sentence) but matched no actor are the places to
look.  A candidate is a name-like run of words there:

* a run of proper nouns (the parser's PROPN), e.g. «غسان سلامة»;
* a title from the registry's roles followed by such a run («وزير الخارجية …»);
* a definite body ending in a nationality adjective, «الـ… الليبي».

Candidates are ranked by how many documents use them that way, each with two
example sentences and a Turtle stub to edit into a registry file
(``--registry``).  The parses come from kg's cache (as for ``kg reextract``):
no Stanza run.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from kg.actors import Word, default_matcher, words_of
from kg.ingest import document_date
from kg.ontology import registry
from kg.registry import EXTRACTIONS_QUERY, cached_parser, stored_documents
from kg.relations import find_triggers
from kg.store import Store

WINDOW = 4  # words after (or before) a trigger where its arguments sit
# function words that end a name run; normalised (kg.normalize)
STOP = frozenset("في من علي الي الى عن مع ان او و ثم قد لم لن ما لا هذا هذه ذلك التي الذي الذين كان قال اكد "
                 "يوم امس اليوم بين بعد قبل خلال ضد عبر حول منذ".split())
NISBA = re.compile(r"^ال\w{2,}ي$")  # الليبي, العسكري: a nationality or relational adjective


def _name_like(w: Word) -> bool:
    return any(t.upos == "PROPN" for t in w.tokens)


def _title_at(words: list[Word], i: int, title: tuple[str, ...]) -> bool:
    """``title`` starts at word i, with or without the article («سفير», «السفير»)."""
    got = [x.norm for x in words[i:i + len(title)]]
    if len(got) < len(title):
        return False
    return tuple(got) == title or (got[0].startswith("ال") and (got[0][2:], *got[1:]) == title)


def _runs(words: list[Word], lo: int, hi: int, blocked: set[int], titles: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Name-like runs (first, last word index) inside [lo, hi]."""
    out: list[tuple[int, int]] = []
    i = lo
    while i <= hi:
        w = words[i]
        if i in blocked or w.punct or w.norm in STOP:
            i += 1
            continue
        title = next((t for t in sorted(titles, key=len, reverse=True) if _title_at(words, i, t)), None)
        j = i + len(title) if title else i
        k = j
        while k < len(words) and k not in blocked and _name_like(words[k]) and not words[k].punct:
            k += 1
        if k > j:  # proper nouns, after a title or not
            out.append((i, k - 1))
            i = k
            continue
        if w.norm.startswith("ال"):  # a definite body ending in a nisba adjective: the longest one
            k, last = i, None
            while k + 1 < len(words) and k + 1 - i < 4 and k + 1 not in blocked and not words[k + 1].punct \
                    and words[k + 1].norm.startswith("ال"):
                k += 1
                if NISBA.match(words[k].norm):
                    last = k
            if last is not None:
                out.append((i, last))
                i = last + 1
                continue
        i += 1
    return out


def candidates_in(words: list[Word], day, matcher=None, titles=None) -> list[str]:
    """The name-like runs that fill a trigger's slots in one sentence and match no actor (their text)."""
    matcher = matcher or default_matcher()
    titles = titles if titles is not None else registry().role_titles()
    blocked = {i for m in matcher.find(words, day) for i in range(m.first, m.last + 1)}
    hits = find_triggers(words)
    blocked |= {i for h in hits for i in range(h.first, h.last + 1)}
    found = []
    for h in hits:
        after = _runs(words, h.last + 1, min(len(words) - 1, h.last + WINDOW), blocked, titles)
        before = _runs(words, max(0, h.first - WINDOW), h.first - 1, blocked, titles)
        for first, last in after[:2] + before[-1:]:  # subject and object after the verb; a subject before it
            found.append((first, last))
    return [" ".join(w.text for w in words[a:b + 1]) for a, b in sorted(set(found))]


def _key(text: str) -> str:
    from kg.normalize import normalize

    return " ".join(normalize(w) for w in text.split())


def stub(text: str, n: int) -> str:
    """A Turtle stub for a candidate, to complete and pass with ``--registry``."""
    kind = "Organization" if text.split()[0].startswith("ال") else "Person"
    return (f"kga:NewActor{n} a kg:{kind} ;  # rename the id; kg:State, kg:Faction, kg:Person ...\n"
            f"    skos:prefLabel \"{text}\"@ar, \"TODO English name\"@en ;\n"
            f"    kg:memberOf kga:TODO_PARTY .  # the party it acts for (`kg actors list`)\n")


def suggest(store: Store, limit: int = 20, parser_for: Callable[[str], object] = cached_parser) -> list[dict]:
    """Candidates ranked by the documents that use them in a trigger slot (then sentences,
    then text): ``text``, ``documents``, ``sentences``, ``examples`` (two), ``turtle``."""
    models = {r["id"]: r["models"] for r in store.select(EXTRACTIONS_QUERY)}
    docs = stored_documents(store, models)
    matcher, titles = default_matcher(), registry().role_titles()
    parsers: dict[str, object] = {}
    found: dict[str, dict] = defaultdict(lambda: {"texts": defaultdict(int), "docs": set(), "examples": []})
    for d in docs:
        m = models[d.doc_id]
        parser = parsers.setdefault(m, parser_for(m))
        day = document_date(d)
        for s in parser.parse(d.text, d.text_hash):
            words = words_of(s, d.text)
            for text in candidates_in(words, day, matcher, titles):
                c = found[_key(text)]
                c["texts"][text] += 1
                c["docs"].add(d.doc_id)
                example = d.text[s.start:s.end]
                if len(c["examples"]) < 2 and example not in c["examples"]:
                    c["examples"].append(example)
    ranked = sorted(found.values(), key=lambda c: (-len(c["docs"]), -sum(c["texts"].values()),
                                                  max(c["texts"], key=c["texts"].get)))
    out = []
    for n, c in enumerate(ranked[:limit], 1):
        text = max(sorted(c["texts"]), key=c["texts"].get)  # the commonest spelling
        out.append({"text": text, "documents": len(c["docs"]), "sentences": sum(c["texts"].values()),
                    "examples": c["examples"], "turtle": stub(text, n)})
    return out
