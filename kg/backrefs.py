"""Stage 3b -- back-references: a dual or counted noun that names again the sides named before, and «ضيفه/مضيفه»
(his guest, his host) the other side of the meeting before.

Requires: the words and mentions of a sentence (:class:`kg.actors.ActorMatcher`), and the two sides of
the sentence before (the last meeting or call, or a coordinated subject) and its group of three or more
(:func:`kg.ingest.document_candidates` keeps both).  Provides: an ``allusion`` :class:`~kg.actors.Mention`
on the noun, whose ``referents`` are those sides; the relation rules read it as any actor and give its
claims to each referent.

Why: news names the two sides of a visit or a talk once, with their titles, and then only as «الوزيرين»,
«الوفدين», «البلدين» («زار وزيرا الخارجية التركي والقطري طرابلس. واستقبل السراج الوزيرين …», «… عقب
جلسة مباحثات بين الوفدين»), or three states as «الدول الثلاث».  As a subject («وأكد الجانبان …») the
relation rules read such a noun already (``dual-subject``, ``group-subject``); here it is an object or a
genitive, which only the noun's case and the preposition before it tell.
"""
from __future__ import annotations

from typing import Callable

from kg.actors import Mention, Word, issued_after, strip_article
from kg.grammar import (COMPLEMENTIZERS, RELATIVES, clitic_marker, coordinated, each_before, marker_before, unjoined,
                        upos)
from kg.normalize import strip_diacritics
from kg.ontology import Registry

# normalised dual nouns in the genitive or accusative (after a preposition or as an object); the nominative
# («الوزيران») is a subject, which the relation rules read
NAMED_PAIRS = {"الوزيرين", "الرييسين", "الزعيمين", "القايدين", "الرجلين", "الضيفين", "الوفدين", "البلدين", "الدولتين",
               "العاصمتين", "البيانين"}
# normalised: two people named again, also in the nominative as the subject of a relative clause («الشجاعة التي
# أبداها الرجلان»), and from two people named together in the sentence before («أعلن السراج وصالح …»); or their
# two statements («أعلن السراج وصالح، في بيانين منفصلين، وقف إطلاق النار. ورحبت البعثة بالبيانين»)
PERSON_PAIRS = {"الرجلين", "الرجلان", "الزعيمين", "الزعيمان", "الرييسين", "الرييسان", "القايدين", "القايدان",
                "الوزيرين", "الوزيران", "الضيفين", "الضيفان", "البيانين"}
DELEGATIONS = "الوفدين"  # the two delegations, also of two people named together before
STATEMENTS = "البيانين"  # the two statements, whose issuers may be named right after them instead
# «الطرفين», «الجانبين»: as often the two sides at war as the two who met; named again only from the sentence
# before, where they met or were named together, and never with an adjective that says whose sides they are
# («الطرفين الليبيين»)
SIDES = {"الطرفين", "الجانبين"}
SIDES_SUBJECT = {"الطرفان", "الجانبان"}  # the nominative, only as a relative clause's subject («التي أبداها الطرفان»)
# normalised: «الدول الثلاث», «الوزراء الأربعة»: a group named again with its number
COUNTED = {"الدول", "البلدان", "العواصم", "الوزراء", "القاده", "الزعماء", "الروساء"}
COUNTS = {"الثلاث": 3, "الثلاثه": 3, "الاربع": 4, "الاربعه": 4, "الخمس": 5, "الخمسه": 5, "الست": 6,
          "السته": 6}
# normalised: «الطرفين الليبيين», «الفرقاء الليبيين», «الوفدين الليبيين»: the sides of a civil conflict, by its
# adjective (``kg:sideIn``); «طرفي النزاع (الليبي)»: by the conflict noun after them
CONFLICT_SIDES = {"الطرفين", "الطرفان", "الجانبين", "الجانبان", "الفرقاء", "الوفدين", "الوفدان"}
CONFLICT_HEADS = {"طرفي", "طرفا"}
CONFLICTS = {"النزاع", "الصراع", "الازمه", "القتال", "الحرب"}
CLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل")  # conjunction and preposition before the article
# normalised construct heads before the dual: «وفدي الطرفين», «وزيري خارجية البلدين»; the mention spans them
HEADS = {"وفدي", "وزيري", "ممثلي", "رييسي", "قادة", "قاده", "زعيمي", "خارجيه", "دفاع", "حكومتي", "وفود"}
MAX_HEADS = 3


def _bare(norm: str, nouns: set[str]) -> str | None:
    """The noun without a clitic conjunction or preposition («بالوزيرين», «للوفدين»: ل + ال)."""
    if norm in nouns:
        return norm
    for c in CLITICS:
        if norm.startswith(c):
            rest = norm[len(c):]
            if c.endswith("ل") and rest.startswith("ل") and "ا" + rest in nouns:
                return "ا" + rest  # («للوزيرين»: the article's alif dropped after «لـ»)
            if rest in nouns:
                return rest
    return None


def _sides(group: list[Mention], n: int, party: Callable[[str], str]) -> tuple[Mention, ...] | None:
    """``group`` when it is ``n`` actors of ``n`` parties."""
    return tuple(group) if len(group) == n and len({party(m.actor) for m in group}) == n else None


def _lists(words: list[Word], mentions: list[Mention]) -> list[list[Mention]]:
    """Each list of coordinated actors in the sentence once, in order (a lone actor is a list of one)."""
    seen: set[int] = set()
    out = []
    for m in mentions:
        if id(m) not in seen:
            group = coordinated(words, mentions, m)
            seen |= {id(x) for x in group}
            out.append(group)
    return out


def _named_in_sentence(words: list[Word], mentions: list[Mention], k: int, n: int,
                       party: Callable[[str], str]) -> tuple[Mention, ...] | None:
    """The last list of ``n`` actors of ``n`` parties before word ``k`` in the sentence («وقع شكري ونظيره
    اليوناني اتفاقا …، عقب مباحثات بين الوفدين»)."""
    for group in reversed(_lists(words, mentions)):
        sides = _sides(group, n, party) if any(m.last < k for m in group) else None
        if sides is not None:
            return sides
    return None


def _partner_slot(words: list[Word], first: int) -> bool:
    """Does the noun at ``first`` stand behind «مع» or «بـ», past «كل من» («مع كل من الوفدين», «بكل من الطرفين»)?"""
    j = first - 2 if each_before(words, first) else first
    return j > 0 and words[j - 1].norm in ("مع", "ومع") or clitic_marker(words[j]) == "ب"


def listed_group(words: list[Word], mentions: list[Mention], party: Callable[[str], str]) -> tuple[Mention, ...]:
    """The last list of three actors or more, of as many parties, that the sentence names («أصدرت مصر واليونان
    وقبرص بيانا مشتركا»), whom «الدول الثلاث» in a later sentence names again; () if none."""
    for group in reversed(_lists(words, mentions)):
        sides = _sides(group, len(group), party) if len(group) > 2 else None
        if sides is not None:
            return sides
    return ()


def _subject_slot(words: list[Word], k: int, mentions: list[Mention] = ()) -> bool:
    """Is the noun at ``k`` where a subject stands: right after a verb, or opening its clause?  (Its case
    then may be a writer's slip: «وأكد الطرفين …»; the relation rules read it as a subject.)  Not after a verb
    whose subject stands right before it («وكان لافروف قد التقى الطرفين»: the object)."""
    before = next((j for j in range(k - 1, -1, -1) if not words[j].punct), None)
    if before is not None and upos(words[before]) in ("VERB", "AUX"):
        j = before - 1 - (before >= 1 and words[before - 1].norm in ("قد", "لقد"))
        if any(m.last == j and marker_before(words, m) is None for m in mentions):
            return False
    # («وأضاف أن الجانبين ناقشا …»: after «أن/إن» the subject is in the accusative)
    return before is None or upos(words[before]) in ("VERB", "AUX") or words[before].norm in ("و", "ف") or \
        words[before].norm in COMPLEMENTIZERS


def _adjective(norm: str) -> str | None:
    """The bare nationality adjective of a dual, plural or singular one with the article («الليبيين»,
    «الليبيان», «الليبي» → «ليبي»), else None."""
    if not norm.startswith("ال"):
        return None
    bare = norm[2:]
    for ending in ("يين", "يان", "يه", "ي"):
        if bare.endswith(ending) and len(bare) > len(ending) + 1:
            return bare[:-len(ending)] + "ي"
    return None


def _conflict_sides(words: list[Word], k: int, sides: dict[str, tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    """«الطرفين الليبيين», «طرفي النزاع الليبي», «طرفي الصراع»: the last word and the actors of the two sides
    of a civil conflict named at word ``k``; with no adjective, those of the one conflict the registry knows
    (none where it knows several)."""
    nxt = words[k + 1].norm if k + 1 < len(words) else ""
    if _bare(words[k].norm, CONFLICT_SIDES) is not None:
        actors = sides.get(_adjective(nxt) or "")
        return (k + 1, actors) if actors else None
    if words[k].norm.lstrip("و") not in CONFLICT_HEADS or nxt not in CONFLICTS:
        return None
    adjective = _adjective(words[k + 2].norm) if k + 2 < len(words) else None
    if adjective in sides:
        return k + 2, sides[adjective]
    return (k + 1, next(iter(sides.values()))) if len(sides) == 1 else None


def _relative_subject(words: list[Word], k: int) -> bool:
    """Is word ``k`` right after the verb of a relative clause («التي أبداها الرجلان»), that clause's subject?"""
    return k >= 2 and upos(words[k - 1]) == "VERB" and words[k - 2].norm in RELATIVES


def named_again(words: list[Word], mentions: list[Mention], party: Callable[[str], str],
                pair: tuple[Mention, Mention] | None = None, group: tuple[Mention, ...] = (),
                sides: dict[str, tuple[str, ...]] | None = None,
                people: tuple[Mention, Mention] | None = None,
                at_war: tuple[Mention, Mention] | None = None) -> list[Mention]:
    """``mentions`` with an allusion added for each dual or counted noun that names again sides named
    before: a list of as many actors earlier in the sentence, else the sentence before's ``pair`` (for a
    dual) or ``group`` (for a number that fits it), or, for two people, ``people`` (the last two persons named
    together before); for «الطرفين» with none of these, ``at_war`` (the two sides of a civil conflict the
    sentence before names: :func:`sides_named`).  Nothing is added where no such sides are known.
    ``sides``: a conflict's adjective -> the actors that are its two sides (``kg:sideIn``), for the sides
    of a conflict named by it, wherever they stand."""
    out = list(mentions)
    named = {j for m in mentions for j in range(m.first, m.last + 1)}
    for k, w in enumerate(words):
        if k in named or w.punct:
            continue
        conflict = _conflict_sides(words, k, sides) if sides else None
        if conflict is not None:
            last, actors = conflict
            referents = tuple(Mention(a, k, last, w.start, words[last].end, "allusion") for a in actors)
            out.append(Mention(actors[0], k, last, w.start, words[last].end, "allusion", referents))
            named |= set(range(k, last + 1))
            continue
        persons = _bare(w.norm, PERSON_PAIRS)
        if persons == STATEMENTS and k + 1 < len(words) and words[k + 1].norm.startswith("الصادر"):
            continue  # («بالبيانين الصادرين عن المجلس الرئاسي ومجلس النواب»: their issuers are named after them)
        dual = _bare(w.norm, NAMED_PAIRS) or persons
        side = (_bare(w.norm, SIDES) or (_bare(w.norm, SIDES_SUBJECT) if _relative_subject(words, k) else None)) \
            if dual is None else None
        counted = _bare(w.norm, COUNTED) if dual is None and side is None else None
        n = 2 if dual or side else (COUNTS.get(words[k + 1].norm) if counted and k + 1 < len(words) else None)
        if n is None:
            continue
        first = k
        while first > 0 and k - first < MAX_HEADS and words[first - 1].norm in HEADS:
            first -= 1  # («مع وفدي الطرفين»: the delegations are the sides')
        # (a subject the relation rules read, by the pair of the sentence before; with none, two people named
        # together there: «وصل أكار والعطية إلى طرابلس. والتقى الوزيران السراج»)
        if _subject_slot(words, first, mentions) and not ((persons or side) and _relative_subject(words, first)) \
                and not (persons and pair is None and people is not None):
            continue
        if persons is None and side is None and w.norm.endswith("ان"):
            continue  # (a nominative other than two people's or sides': a subject the relation rules read)
        after = words[k + 1].norm if k + 1 < len(words) else ""
        if side is not None:
            if after.startswith("ال") and after.endswith(("يين", "يان")) or \
                    (pair is None and people is None and at_war is None):
                continue  # («الطرفين الليبيين»: the sides the adjective names, not those who met)
            # (those who met in the sentence before, else two people named together there: «وصل السراج وحفتر إلى
            # موسكو. والتقى لافروف الطرفين، كلا على حدة»; else the two sides at war it names: «وقّع السراج الهدنة
            # بينما رفضها حفتر. واجتمع لافروف بالطرفين»)
            referents = _sides(list(pair or people or at_war), 2, party)
        else:
            referents = _named_in_sentence(words, out, first, n, party)
            if referents is not None and _partner_slot(words, first) and \
                    not any(x.punct for x in words[referents[-1].last + 1:first]):
                # («واجتمع لافروف ونظيره مع الوفدين», «وكان لافروف ونظيره قد اجتمعا مع الوفدين»: those of the
                # clause who meet them are not them)
                referents = None
            if referents is None:
                before = list(pair) if n == 2 and pair is not None else list(group)
                referents = _sides(before, n, party)
            if referents is None and (persons or dual == DELEGATIONS) and people is not None:
                referents = _sides(list(people), 2, party)  # («… قد اجتمعا مع الوفدين»: the two people's)
        if referents is None:
            continue
        last = k + 1 if counted else k
        out.append(Mention(referents[0].actor, first, last, words[first].start, words[last].end, "allusion",
                           referents))
        named |= set(range(first, last + 1))
    return sorted(out, key=lambda m: m.first)


# «ضيفه/ضيفها» (his, her guest) and «مضيفه/مضيفها» (his, her host), as written: normalised, «مضيفة» ("adding")
# and «ضيفة» would be the same letters
GUEST_WORDS = ("ضيفه", "ضيفها")
HOST_WORDS = ("مضيفه", "مضيفها")


def guests_named(words: list[Word], mentions: list[Mention], party: Callable[[str], str],
                 pair: tuple[Mention, Mention] | None = None, salient: Mention | None = None) -> list[Mention]:
    """``mentions`` with an allusion added for each «ضيفه/مضيفه» (his guest, his host): the other side of the
    meeting of the sentence before from its possessor (the actor before it with no preposition, else ``salient``:
    «استقبل كونتي حفتر. وطالب كونتي ضيفه …», «وأبلغ ضيفه …»).

    Why: a meeting report names the guest once and then by this word alone, just where the host tells him
    what he thinks («أكد لضيفه دعم بلاده», «طالب ضيفه بوقف الهجوم»)."""
    out = list(mentions)
    for k, w in enumerate(words):
        text = strip_diacritics(w.text)
        bare = text[1:] if text[:1] in ("و", "ل", "ب") and len(text) > 5 else text
        if bare not in GUEST_WORDS + HOST_WORDS or pair is None or any(m.first <= k + 1 <= m.last for m in mentions):
            continue  # (nor one named right after: «اتهامات ضيفه اليوناني نيكوس دندياس»)
        owner = next((m for m in reversed(mentions) if m.last < k and marker_before(words, m) is None), salient)
        others = [m for m in pair if owner is not None and party(m.actor) != party(owner.actor)]
        referent = others[0] if len(others) == 1 else None
        if referent is not None:
            out.append(Mention(referent.actor, k, k, w.start, w.end, "allusion", (referent,)))
    return sorted(out, key=lambda m: m.first)


def sides_of_conflicts(reg: Registry) -> dict[str, tuple[str, ...]]:
    """A civil conflict's nationality adjective -> the actors that are its sides (``kg:sideIn``), sorted."""
    out: dict[str, list[str]] = {}
    for a in sorted(reg.actors.values(), key=lambda a: a.id):
        for d in a.sides_in:
            out.setdefault(d, []).append(a.id)
    return {d: tuple(ids) for d, ids in out.items() if len(ids) > 1}


def sides_named(mentions: list[Mention], sides: dict[str, tuple[str, ...]],
                party: Callable[[str], str]) -> tuple[Mention, Mention] | None:
    """The first actor named on each of the two sides of a civil conflict (``sides``: its adjective -> the
    actors that are its sides), in the order named, when the sentence names both («وقّع السراج الهدنة بينما
    رفضها حفتر»), whom a bare «الطرفين» in the next sentence may name again."""
    for actors in sides.values():
        if len(actors) != 2:
            continue
        first = [next((m for m in mentions if m.kind != "allusion" and party(m.actor) == party(a)), None)
                 for a in actors]
        if all(first):
            return tuple(sorted(first, key=lambda m: m.first))
    return None


def people_together(words: list[Word], mentions: list[Mention], reg: Registry) -> tuple[Mention, Mention] | None:
    """The first two persons of two parties named together («أعلن السراج وعقيلة صالح …», «صدر بيانان عن السراج
    وعقيلة صالح …»), whom «الرجلين» in a later sentence may name again."""
    for group in _lists(words, mentions):
        if len(group) == 2 and all(getattr(reg.actors.get(x.actor), "kind", "") == "Person" for x in group) and \
                reg.party_of(group[0].actor) != reg.party_of(group[1].actor) \
                and not all(x.kind == "allusion" for x in group):
            return group[0], group[1]
    return None


JOINT_STATEMENT = {"المشترك", "الختامي"}  # normalised: «البيان المشترك», «البيان الختامي» are all the sides'
CLOSING = {"ختام", "عقب", "نهايه", "اعقاب"}  # normalised: «البيان الصادر في ختام الاجتماع», at its close
ISSUED_AT = 4  # words from the statement noun to «ختام/عقب» in «الصادر في ختام …»


def statement_issuers(words: list[Word], mentions: list[Mention], party: Callable[[str], str]) -> tuple[Mention, ...]:
    """The actors of two parties or more listed as issuing a statement together («أصدرت مصر واليونان وقبرص بيانا
    مشتركا», «نددت فرنسا وإيطاليا، في بيان مشترك، …»), whom «البيان» in a later sentence names again; () if
    none."""
    for m in mentions:
        group = coordinated(words, mentions, m)
        if m is group[-1] and len({party(x.actor) for x in group}) > 1 and \
                (issued_after(words, m.last) == "بيان" or _in_statement(words, m.last)):
            return tuple(group)
    return ()


def _in_statement(words: list[Word], last: int) -> bool:
    """«، في بيان (مشترك)،» right after a list ending at word ``last``: the statement the list spoke in, theirs
    together (one statement, not «في بيانين منفصلين»)."""
    k = last + 1
    while k < len(words) and words[k].norm in ("،", ","):
        k += 1
    return k + 1 < len(words) and words[k].norm == "في" and words[k + 1].norm == "بيان"


def statements_of_several(words: list[Word], mentions: list[Mention], issuers: tuple[Mention, ...],
                          met: tuple[Mention, ...]) -> list[Mention]:
    """``mentions`` with «البيان» named again standing for all who issued it together: one of ``issuers`` (the list
    that issued the document's last statement), or, for a joint or closing statement («البيان المشترك», «البيان
    الختامي», «البيان الصادر في ختام الاجتماع»), all those ``met`` (the sides of the last meeting named).

    Why: a summit or a joint statement is reported, and then what it condemned or backed, as the statement's, once;
    the statement is the words of every side, not of the first named alone."""
    out = []
    for m in mentions:
        w = words[m.first]
        if m.kind != "anaphor" or m.first != m.last or strip_article(unjoined(w.norm)) != "بيان":
            out.append(m)
            continue
        after = [x.norm for x in words[m.first + 1:m.first + 1 + ISSUED_AT]]
        joint = bool(after) and (after[0] in JOINT_STATEMENT or
                                 after[0] == "الصادر" and any(a in CLOSING for a in after))
        sides = issuers if any(x.actor == m.actor for x in issuers) else (met if joint else ())
        if len(sides) < 2:
            out.append(m)
            continue
        out.append(Mention(sides[0].actor, m.first, m.last, m.start, m.end, "allusion", tuple(sides)))
    return out
