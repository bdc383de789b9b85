"""The Arabic sentence structure every construction reads: clauses, prepositions,
genitives, coordination, negation, conditionals, speakers.

Requires: words (with their POS and parse) and actor mentions of one sentence.
Provides: small predicates over them.  They hold no actor knowledge beyond
the registry's list of people (coordinated titles), so the constructions in
:mod:`kg.constructions` and the agreement and candidate stages share them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from kg.actors import (COMPANY_WORDS, HEAD_TITLES, OWN_COUNTRY, QUOTE_MARKS, WHEN, Mention, Word, default_matcher,
                       strip_article)
from kg.normalize import strip_diacritics
from kg.ontology import SYMMETRIC, registry, triggers
from kg.triggers import (APART, BARE_PARTICLES, CLAUSE_BREAKS, FIGHTING, QUOTING, TURN_OPENERS, TriggerHit,
                         conjunction_on, stem_match, turn_phrase_ending, upos)

PRONOUN_SUFFIX = re.compile("[^ة](ه|ها|هم|هما)$")  # on the spelling Stanza read (Word.spelled): ة is not a pronoun
VERB_NEGATORS = BARE_PARTICLES  # normalised: the negations of a verb right before it («لا», «لم», «لن»)
NEGATORS = {"لم", "لن", "لا", "ليس", "ليست", "ليسوا", "غير", "دون", "بدون", "عدم", "بعدم", "لسنا", "ولم", "ولن", "ولا",
            "فلم", "فلا", "نفي", "تنفي", "ينفي", "نفت", "وليس"}
CONDITIONALS = {"لو", "اذا", "واذا", "ولو", "فاذا", "لولا",  # and «في حال»
                "سواء", "وسواء"}  # («سواء كانت روسيا تدعم حفتر أم لا»: whether or not)
SPEECH_VERBS = ("قال", "يقول", "تقول", "قالت", "اكد", "اكدت", "يوكد", "توكد", "اعلن", "اعلنت", "صرح", "اوضح",
                "اضاف", "اضافت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "يعتبر", "راي", "رات", "يري", "تري",
                # («أشار المسماري إلى أن …», «شدد الوزير على أن …», «لفت إلى أن …»)
                "اوضحت", "اشار", "اشارت", "شدد", "شددت", "لفت", "لفتت",
                # («كتب باشاغا على تويتر أن …», «غرد», «كشف التقرير أن …», «أفاد المصدر بأن …»)
                "كتب", "كتبت", "غرد", "غردت", "كشف", "كشفت", "افاد", "افادت",
                "حذر", "حذرت",  # («حذر أردوغان من أن بلاده لن تتردد في تلقين الانقلابي حفتر درسا»)
                "خلص", "خلصت",  # («خلص تقرير لخبراء الأمم المتحدة إلى أن الإمارات انتهكت الحظر»: concluded)
                "رد", "ردت")  # («ورد المتحدث باسم الخارجية التركية بأن باريس …»: replied by saying)
COMPANY = "رفقه"  # the marker of a companion (normalised «رفقة»)
MARKER_WORDS = {"مع": "مع", "علي": "علي", "ضد": "ضد", "الي": "الي", "بين": "بين", "من": "من", "تجاه": "الي",
                "حيال": "الي", "جانب": "الي", "لدي": "الي", "عن": "عن", "في": "في", "قبل": "من",
                "صف": "الي", "صفوف": "الي",  # «في صف حفتر» is beside him, as «إلى جانب»
                "ازاء": "ازاء",  # «قلقها إزاء نشر روسيا مقاتلات»
                # «برفقة نظيره»: one in the company of another, no one met behind «بـ» (kg.relations.companions)
                **{w: COMPANY for w in COMPANY_WORDS}}
OBJECT_PRONOUNS = {"ه", "ها", "هم", "هما", "هن", "نا", "كم"}  # normalised, on a preposition: «بها», «لهم»
STATEMENT_NOUNS = {"تصريحات", "تصريح", "بيان", "كلمه", "حديث", "خطاب"}  # normalised: «تصريحات المتحدث …»
TO_IT = {"اليها", "اليه", "اليهم", "اليهما"}  # normalised «إليها»: a phrase whole in itself, as «لها»
MANNER = {"بشده", "بقوه", "بحزم", "بوضوح", "بصراحه"}  # adverbs of manner written with «ب» (normalised)
MANNER_HEADS = {"بشكل", "بصوره", "بصفه", "باشد"}  # «بشكل خاص», «بصورة مباشرة», «بأشد العبارات»: adverbs of two words
# (normalised) adverbs of repetition, time or manner that news sets between a verb's subject and its object, whose
# preposition or «كـ» marks nobody: one word («كذلك», «بدورها»), two («من جديد», «مرة أخرى», «على الفور»), or an
# opening with any word after it («للمرة الأولى», «على نحو مفاجئ»)
ADVERB_WORDS = {"كذلك", "بدوره", "بدورها", "بدورهم", "بدورهما", "فورا"}
ADVERB_PAIRS = {("من", "جديد"), ("مره", "اخري"), ("علي", "الفور"),
                ("هي", "الاخري"), ("هو", "الاخر"), ("هم", "الاخرون")}  # («دعت ألمانيا هي الأخرى إلى …»: too)
ADVERB_OPENINGS = {("للمره",), ("علي", "نحو")}
FIRST_WHO = {"اول", "ابرز", "اكثر", "اشد", "اوائل"}  # «أول من دعم»: the first who
DETACHED_MARKS = {'"', "«", "»", "“", "”", "'", "ـ"}  # written between a detached «لـ» and the name
NOMINAL_BEFORE = {"في", "علي", "من", "عن", "الي", "مع", "بعد", "قبل", "ظل", "خلال", "عبر", "اثناء", "بسبب", "رغم", "ازاء"}
AUTHOR_VERBS = ("اعد", "قدم", "طرح", "اقترح", "صاغ", "تقدم", "دعم", "تبني", "وضع", "اطلق", "رعا", "رعي",
                "لعب", "بذل", "قام", "قوم",  # («الدور الذي تلعبه», «الجهود التي تبذلها», «الدور الذي تقوم به»)
                "اعلن",  # («وقف إطلاق النار الذي أعلنه السراج»)
                # («الشجاعة التي أبداها الرجلان», «روح المسؤولية التي أظهرها»: a quality shown)
                "ابدي", "ابدا", "اظهر")
# stems of what praise or support credits to its owner («أثنى على القيادة الشجاعة لعقيلة صالح»: leadership, courage,
# wisdom too; «أشادت بالخطوة الشجاعة للسراج»: a step taken; «أكدت دعمها لحق مصر في …»: a right upheld)
ROLE_NOUNS = ("دور", "جهود", "جهد", "موقف", "مواقف", "قياده", "شجاعه", "حكمه", "خطوه", "حق")
RESUMED_BY = ("به", "بها", "بهم", "بهما")  # «الدور الذي تقوم به مصر»: the verb's object behind «بـ»
# «رحبت بها السعودية»: a feminine pronoun behind a preposition, of a thing as often as of a state
THING_OBJECTS = {"بها", "لها", "عليها"}
DUAL_OBJECTS = {"بهما", "لهما", "عليهما"}  # «…، نددت بهما قبرص»: the two agreements (or two others) resumed
RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"}
# normalised: verbs that take another verb after their subject («ظلت روسيا تدعم حفتر»), or between a subject and
# its verb («إن أبوظبي والقاهرة باتتا تدعمان حفتر»)
BECOMING = {"ظل", "ظلت", "بات", "باتت", "عاد", "عادت", "اصبح", "اصبحت", "مازال", "مازالت", "كان", "كانت", "راح",
            "راحت", "اخذ", "اخذت", "بدا", "بدات", "استمر", "استمرت",
            # (of two or more: «كانتا», «باتتا», «أصبحوا»)
            "كانا", "كانتا", "كانوا", "باتا", "باتتا", "باتوا", "اصبحا", "اصبحتا", "اصبحوا", "ظلا", "ظلتا", "ظلوا"}
# («أما أنقرة فقد أدانت …»: «قد» with the «فـ» that answers a fronted topic, written as one word)
SVO_PARTICLES = {"قد", "لقد", "فقد", "لم", "لن", "لا", "ان", "انه", "انها", "ما", "ف"} | BECOMING | RELATIVES
# normalised: «، ولا سيما …», «، وخاصة …»: especially
PARTICULARLY = {"سيما", "لاسيما", "خاصه", "وخاصه", "بخاصه", "وبخاصه", "خصوصا", "وخصوصا", "بالاخص", "وبالاخص"}
INCLUDING = {"بينها", "منها", "ومنها", "بينهم", "منهم", "مثل"} | PARTICULARLY


def including_phrase(words: list, j: int) -> bool:
    """Does «بما في ذلك» ("including") start at word ``j``?"""
    return 0 <= j and j + 2 < len(words) and words[j].norm in ("بما", "وبما") and words[j + 1].norm == "في" and \
        words[j + 2].norm == "ذلك"
DETACHED = {"اياه", "اياها", "اياهم", "اياهما"}  # detached object pronouns: «متهما إياها بـ …»
FAVOURING = {"لصالح", "ولصالح", "لفايده"}  # normalised: «صوت البرلمان لصالح التدخل المصري», «التدخل التركي لصالح …»
LIST_HEADS = {"راسها", "راسهم", "مقدمتها", "مقدمتهم", "ابرزها", "ابرزهم"}  # «على رأسها X», «في مقدمتهم X», «أبرزها X»
# verbs whose complement is a ب phrase: «طالبت فرنسا بدعم …», «تعهدت تركيا بدعم …», «قامت
# فرنسا بدعم …» (stems)
BA_VERBS = ("طالب", "ناشد", "تعهد", "وعد", "التزم", "تمسك", "نادي", "قام", "يقوم", "تقوم", "ساهم", "شارك", "اكتفي", "تكفل",
            "اسهم", "بادر", "سارع", "يكتف", "تكتف", "يكتفي", "تكتفي",  # («لم تكتف»: the imperfect of «اكتفى»)
            "رد")  # («ردت أنقرة باتهام باريس …»: responded by accusing)
# verbs that react to what their ب phrase names: «أشاد أردوغان بالدعم القطري لحكومة الوفاق» is
# praise of Qatar's support for the GNA, not support for Erdogan (stems)
BA_REACTIONS = ("اشاد", "رحب", "ندد", "نوه", "اعترف", "عترف", "اقر", "هدد", "حذر", "اتهم", "استشهد", "احتفي")
# nouns of carrying on with a deed: «تعهد بمواصلة دعم حكومة الوفاق», «استعدادها لتقديم الدعم»: the
# masdar after them is their genitive, and its own genitive its object (normalised, with clitics)
CONTINUING = ("مواصله", "استمرار", "تقديم", "زياده", "تعزيز", "تكثيف", "مضاعفه", "تجديد")
# a deed's going on, growing or repeating («من استمرار قصف قوات حفتر», «من تصاعد هجمات …»): transparent between a
# preposition and the deed's noun (normalised)
SUSTAINED = {"مواصله", "استمرار", "تواصل", "تصاعد", "تزايد", "تكرار", "تكثيف"}
# what may open a clause whose subject comes first: «إن واشنطن تدعم …», «أن أنقرة تدعم …»
COMPLEMENTIZERS = {"ان", "بان", "لان", "فان", "وان", "انه", "انها", "كما"}
# generic forces nouns (normalised; forces loyal to or part of an actor are one mention of it: actors.LED_BY)
FORCES = {"القوات", "قوات", "الوحدات", "وحدات", "المجموعات", "الفصائل", "المقاتلين", "العناصر", "الميليشيات",
          "المليشيات", "الكتائب", "والقوات"}
# beside the forces nouns, an actor's mercenaries and air arm fight for it too («مرتزقة فاغنر», «الطيران التركي»)
ARMED = FORCES | {"مرتزقه", "المرتزقه", "الطيران", "طيران", "طايرات", "الطايرات", "مقاتلات", "المقاتلات", "مقاتلين",
                  "عناصر",
                  # military men sent («مستشارون أتراك إلى جانب قوات الوفاق», «ضباط روس»); not «خبراء», also
                  # the UN's panel of experts
                  "مستشارون", "مستشارين", "المستشارون", "المستشارين", "ضباط", "الضباط", "جنود", "الجنود",
                  "قناصه", "القناصه", "قناصين", "القناصين",  # («قناصة من مرتزقة فاغنر»: snipers)
                  "عسكريون", "عسكريين", "العسكريون", "العسكريين"}
# what a state is accused of backing when it backs no actor (noun stems)
# («قال لافروف إن أنقرة تنقل مسلحين من إدلب إلى طرابلس»: militants and jihadists, as the charge calls them)
TERROR = ("ارهاب", "ارهابي", "ارهابيين", "ميليشيات", "مليشيات", "مرتزقه", "متطرفين", "مسلحين", "جهاديين")
# an attack or the harm it does (noun stems): a stance on it is a stance on its doer
ATTACKS = ("هجوم", "هجمات", "قصف", "غارات", "غاره", "تفجير", "تفجيرات", "اغتيال", "عدوان",
           "خراب", "دمار", "فوضي", "جرايم", "مجازر", "اعتداء", "اعتداءات", "تصعيد")
RESUMPTIVES = {"وهو", "وهي", "وهذا", "وهذه", "هو", "وذلك"}  # + «ما»: «وهو ما أيدته قبرص»
# normalised indefinite nouns that, after «وهو/وهي», name what the clause before told as the object of the verb after
# them: «وهو شرط رفضته موسكو», «وهي خطوة أدانتها مصر», «وهو مطلب دعمته اليونان»
RESUMED_NOUNS = {"شرط", "خطوه", "مطلب", "قرار", "اجراء", "اقتراح", "مقترح", "طلب", "تحرك", "موقف"}
WINDOW = 12  # words: how far an argument may be from its trigger
TARGET_WINDOW = 6


# ------------------------------------------------------------ structure
def clause_bounds(words: list[Word], i: int) -> tuple[int, int]:
    """The clause around word ``i``: up to a stop, a semicolon or a colon, or a
    clause about the statement before it («وهو ما أيدته قبرص», «الأمر الذي»)."""
    a = i
    while a > 0 and words[a - 1].norm not in CLAUSE_BREAKS and not _resumes(words, a):
        a -= 1
    b = i
    while b + 1 < len(words) and words[b + 1].norm not in CLAUSE_BREAKS and not _resumes(words, b + 1) and \
            not _attribution_at(words, b + 1):
        b += 1
    return a, b


def _attribution_at(words: list[Word], k: int) -> bool:
    """Does «، بحسب/وفقا لـ …» start at word ``k`` (the comma) and close the clause?  Who a clause is
    attributed to after it («قصفت قوات حفتر المطار، بحسب حكومة الوفاق») is none of its arguments (but
    one set off inside the clause goes on after it: «تدعم مصر، بحسب ما أعلنه رئيسها، الجيش الليبي»)."""
    if not (k + 1 < len(words) and words[k].norm in ("،", ",") and words[k + 1].norm in ATTRIBUTING):
        return False
    close = next((j for j in range(k + 2, len(words)) if words[j].norm in CLAUSE_BREAKS or words[j].norm in ("،", ",")),
                 len(words))
    return close >= len(words) - 1 or words[close].norm in CLAUSE_BREAKS or words[close + 1].norm.startswith("و")


def _resumes(words: list[Word], k: int) -> bool:
    """Does a clause that refers back to the statement before it start at word ``k``?"""
    nxt = words[k + 1].norm if k + 1 < len(words) else ""
    return (words[k].norm in RESUMPTIVES and nxt == "ما") or (words[k].norm in ("الامر", "والامر") and nxt == "الذي")


def participle(word: Word) -> bool:
    """An accusative active participle opening a circumstantial clause: «مؤكدا», «محذرا», «داعيا»,
    «واصفا», «ومنددا» (the tagger takes some for names)."""
    norm = word.norm[1:] if word.norm[:1] == "و" and len(word.norm) > 5 else word.norm
    # (a feminine one ends as a noun does, «داعية»: only those of asking, whose object is the one asked)
    return (len(norm) >= 5 and norm.endswith("ا") and (norm[0] == "م" or norm[1] == "ا") and upos(word) != "ADV") or \
        norm in URGING_PARTICIPLES


def clitic_marker(word: Word) -> str | None:
    """The preposition clitic on a word: split off by the tokenizer, or
    written before the article («بالتدخل», «للجيش»), which is unambiguous."""
    norm = word.norm[1:] if word.norm.startswith(("و", "ف")) and len(word.norm) > 4 else word.norm
    p = norm[:1]
    if p not in ("ب", "ل", "ك"):
        return None
    # written before the article: «بالتدخل», «كالإمارات», «للجيش» (ل + ال written لل)
    if norm[1:].startswith(("ال", "ل") if p == "ل" else "ال") and len(norm) > 4:
        return p
    # split off: a token of its own (not «بلاد» + «ه», whose ب is the word's own)
    split = any(strip_diacritics(t.text) == p for t in word.tokens[:2]) and not _own_first_letter(norm)
    return p if split else None


def one_word_name(word: Word) -> bool:
    """Is ``word`` a whole name kg knows, of one word («تركيا», «موسكو»), whatever the tagger calls it?"""
    return any(len(alias) == 1 for alias, _ in default_matcher().aliases.get(word.norm, ()))


def _own_first_letter(norm: str) -> bool:
    """A name kg knows whose first letter the tokenizer split off as a preposition («لافروف» as ل +
    افروف): the whole word is an alias's first word, the rest is none."""
    aliases = default_matcher().aliases
    return norm in aliases and norm[1:] not in aliases


def armed_from(words: list[Word], m: Mention) -> bool:
    """Is the mention the armed men's origin, «من» after an armed noun («مرتزقة من مجموعة فاغنر», «عناصر
    من الجيش التركي»)?  The phrase is their owner's, as «مرتزقة فاغنر» is: it says who fights."""
    return m.first >= 2 and words[m.first - 1].norm == "من" and words[m.first - 2].norm.lstrip("و") in ARMED


FIGHTING_FORMS = (("قاتل", "verb"), ("قتال", "noun"))  # stems of the fighting kgt:sided reads («للقتال إلى جانب»)
# stems of sending, recruiting and paying fighters: «نقلت تركيا مقاتلين للقتال …», «بتجنيد مرتزقة للقتال …»
SENDING = ("نقل", "ارسل", "ارسال", "يرسل", "ترسل", "نرسل", "جند", "تجنيد", "استقدم", "استقدام", "جلب", "مول", "تمويل")
ARRIVAL_NOUNS = {"وصول", "تدفق"}  # normalised, without the article: masdars of arriving or flowing
ARRIVALS = tuple(sorted(ARRIVAL_NOUNS)) + ("وصل", "يصل", "تصل", "يتدفق", "تتدفق")  # stems: arriving or flowing
ARMS = {"اسلحه", "سلاح", "ذخاير", "عتاد", "معدات", "مدرعات", "شحنات", "شحنه"}  # normalised, no article: arms, shipments
HAVING = {"تملك", "يملك", "تمتلك", "يمتلك", "لديها", "لديه", "لها", "له"}  # normalised: «لا تملك أي عسكريين يقاتلون …»
SENDER_REACH = 14  # words back from the fighting to the word that sent the fighters (their number and route between)


def _sending(word: Word) -> bool:
    return word.norm.lstrip("و") in HAVING or any(stem_match(word, s, "any") for s in SENDING)


def _another_clause(words: list[Word], a: int, b: int) -> bool:
    """A complementizer from word ``a`` to before ``b`` that opens a clause of someone else's («قال المبعوث إن
    …»), not one whose subject is the speaker, its pronoun or own country («قالت روسيا إنها لا تقاتل …», «قال
    المندوب الروسي إن بلاده لا تملك …»)."""
    return any(words[k].norm in COMPLEMENTIZERS and not words[k].norm.endswith(("ه", "ها"))
               and not (k + 1 < len(words) and words[k + 1].norm in OWN_COUNTRY) for k in range(a, b))


def fighters_side(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> list[Mention] | None:
    """Who fights beside an actor is the fighters, or whoever sent or has them («نقلت تركيا مقاتلين سوريين إلى
    طرابلس للقتال إلى جانب حكومة الوفاق», «اتهمت القاهرة أنقرة بنقل مرتزقة للقتال في صفوف قوات الوفاق»); never
    one who only speaks of them («قال المبعوث إن مقاتلين سودانيين وصلوا للقتال في صفوف حفتر»); past «باتت/ظلت» («إن
    أبوظبي باتت تقاتل إلى جانب حفتر»).  None when ``hit`` is no fighting; else the actors before it that may be its
    source (one after a fighting verb is its subject): the sender's agent (a sending verb's subject, a sending masdar's
    genitive, or the one charged with it) and the fighters' own actor right before the fighting («مرتزقة فاغنر الذين
    يقاتلون إلى جانب حفتر»); possibly none."""
    if hit.trigger.relation != "supports" or not any(stem_match(words[hit.first], s, k) for s, k in FIGHTING_FORMS):
        return None
    before = [m for m in mentions if m.last < hit.first]
    sender = next((k for k in range(hit.first - 1, max(-1, hit.first - 1 - SENDER_REACH), -1) if _sending(words[k])),
                  -1)
    near = before[-1] if before else None
    own = [near] if near is not None and near.first > sender and not _another_clause(words, near.last + 1, hit.first) \
        and not any(upos(w) == "VERB" and w.norm not in BECOMING for w in words[near.last + 1:hit.first]) else []
    agent = sending_agent(words, mentions, sender, hit.first) if sender >= 0 else None
    return own + [agent] if agent is not None else own


def sending_agent(words: list[Word], mentions: list[Mention], sender: int, end: int) -> Mention | None:
    """Who sends, recruits or has armed men, by the word ``sender`` that says so (the men named before word
    ``end``): its genitive or subject right after it, its subject before it, or the one charged with it."""
    before = [m for m in mentions if m.last < end]
    # («نقل تركيا آلاف المقاتلين», «نقلتهم تركيا»: the genitive or subject right after it, with no preposition)
    agent = next((m for m in before if sender < m.first <= sender + 2 and marker_before(words, m) is None), None)
    if agent is not None:
        return agent
    near = next((m for m in reversed(before) if m.last < sender), None)
    if near is None or _another_clause(words, near.last + 1, sender):
        return None
    # («موسكو لم ترسل عسكريين», «ليس لها أي عسكريين»: a verb's subject before it; a masdar's agent only as the
    # charge behind «بـ», «اتهم تركيا بنقل …», «متهما تركيا بـ"خرق الحظر" وإرسال مرتزقة …»; «قلقة من نقل مسلحين …»
    # names no sender)
    charged = clitic_marker(words[sender]) == "ب" or (near.last + 1 < sender and (
        clitic_marker(words[near.last + 1]) == "ب" or words[near.last + 1].norm == "ب"))
    # (the tagger calls a masdar after a preposition a verb at times: «قلق بلاده من نقل مسلحين»)
    verb = (upos(words[sender]) == "VERB" and words[sender - 1].norm not in NOMINAL_BEFORE) or \
        words[sender].norm.lstrip("و") in HAVING
    return near if verb or charged else None


def pronoun_phrase(word: Word) -> bool:
    """«بها», «لهم», «إليها»: a preposition with its pronoun, a phrase whole in itself, which marks no noun
    after it («زيارة قام بها وزير الخارجية», «الاتهامات التي وجهتها لها واشنطن»)."""
    norm = word.norm.lstrip("وف")
    return (clitic_marker(word) is not None and norm[1:] in OBJECT_PRONOUNS) or norm in TO_IT


def relative_antecedent(words: list[Word], k: int) -> int | None:
    """When word ``k`` opens a relative clause right after its pronoun («التي تنقلها», «، الذي استقبله»), the
    last word of the antecedent before that pronoun (past a comma); else None.  A pronoun on the clause's verb
    resumes that antecedent («الشحنات التي ترسلها تركيا»: the shipments)."""
    if k < 2 or words[k - 1].norm.lstrip("و") not in RELATIVES:
        return None
    return k - 2 - (words[k - 2].norm in ("،", ","))


def object_pronoun(words: list[Word], hit: TriggerHit, behind: set[str]) -> tuple[str, int] | None:
    """The pronoun a verb's object is, on the verb itself («ورفضتها مصر») or behind its preposition right after it
    (one of ``behind``: «واعترضت عليها القاهرة»), which may resume a thing named before: (its spelling, the word
    where the verb's subject would follow it), else None."""
    k = hit.last + 1
    if k < len(words) and words[k].norm in behind:
        return words[k].norm, k + 1
    norm = words[hit.last].norm
    return (norm, k) if has_pronoun(words[hit.last]) and norm.endswith(("ه", "ها", "هما")) else None


# normalised, without the article: acts named bare again after they were named with their author, a stance on
# them a stance on it («أطلق السيسي مبادرة … ورفضت حكومة الوفاق المبادرة»; kg.deeds)
LAUNCHED = {"مبادره", "عمليه"}


def unjoined(norm: str) -> str:
    """A word's normalised form without the «و/ف» joining it (not a short word's own first letter)."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 5 else norm


def act_stem(word: Word, nouns: set[str]) -> str:
    """The stem of an act noun of ``nouns`` past its article and preposition: «التصريحات», «بالمبادرة», «مبادرة» →
    «تصريحات», «مبادره»; any other word as it is (without its «و/ف»)."""
    norm = unjoined(word.norm)
    for prefix in ("بال", "لل", "ال", "ب", "ل"):
        if norm.startswith(prefix) and norm[len(prefix):] in nouns:
            return norm[len(prefix):]
    return norm


def launched_act(word: Word) -> bool:
    """Is ``word`` an initiative or an operation («المبادرة», «بالمبادرة», «ومبادرة»), which a feminine pronoun
    after it may resume?"""
    return act_stem(word, LAUNCHED) in LAUNCHED


def each_of(words: list[Word], m: Mention) -> bool:
    """«كل من مصر والسعودية»: is ``m`` right behind «كل/كلا من», the first of a coordinated list whose «من»
    belongs to «كل» (the list is a subject or an object, behind no preposition of its own)?"""
    return m.first >= 2 and words[m.first - 1].norm == "من" and words[m.first - 2].norm in ("كل", "وكل", "كلا", "وكلا")


SEPARATELY = APART | {"التوالي"}  # normalised: «كلا على حدة», «على انفراد», «على التوالي»: each apart
APART_REACH = 4  # words from a list to «على حدة» after it


def each_before(words: list[Word], k: int) -> bool:
    """Is «كل/كلا من» right before word ``k``, behind «و» or «بـ» too («بكل من الطرفين»; :func:`each_of` asks the same of
    a list behind no preposition)?"""
    return k >= 2 and words[k - 1].norm == "من" and words[k - 2].norm.lstrip("وب") in ("كل", "كلا")


def met_apart(words: list[Word], group: list[Mention]) -> bool:
    """Is the coordinated list ``group`` one whose members were each met apart: after «كل/كلا/بكل من», or
    with «على حدة/على انفراد/على التوالي» just before or after it («التقت، كلا على حدة، السراج وحفتر»)?"""
    k = group[0].first
    each = each_before(words, k)
    end = group[-1].last + 1
    near = range(max(0, k - APART_REACH), k), range(end, min(len(words), end + APART_REACH))
    return each or any(words[j].norm in SEPARATELY for span in near for j in span)


AGO = {"قبل", "منذ"}  # normalised: «قبل أسبوع», «منذ يومين»: a time before now
TIME_UNITS = {"يوم", "يومين", "ايام", "ساعه", "ساعات", "ساعتين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر",
              "اسبوعا", "يوما", "شهرا"}  # normalised


def marker_before(words: list[Word], m: Mention, floor: int = -1) -> str | None:
    """The preposition introducing a mention: a clitic on its first word, the
    word before, or the marker of the noun phrase it ends («بقائد الجيش»,
    «لهذا التحالف الروسي», «مع قائد الجيش»).  Words at or before ``floor``
    (the trigger) are not part of that noun phrase."""
    own = written_on(words[m.first])
    if own == "ل" and m.first > 0 and words[m.first - 1].norm.lstrip("و") == "سبق":
        return None  # «وسبق للرئيس الفرنسي أن وصف …»: "X had already …", the «لـ» of the one who did it
    first = m.first
    while not own and first > 0 and first - 1 > floor and words[first - 1].text in DETACHED_MARKS:
        first -= 1  # «دعمها لـ"حكومة الوفاق"»: a quotation mark or a tatweel between preposition and name
    if not own and first < m.first and first > 0 and words[first - 1].norm in ("ل", "ب", "ك"):
        return words[first - 1].norm  # the preposition written apart
    if own:
        return own
    # the word before, then one more across the head noun of a construct («مع قائد الجيش»), and one more
    # across a masdar of going on before that head («من استمرار قصف قوات حفتر»: SUSTAINED)
    for k in (first - 1, first - 2, first - 3):
        if k <= floor:
            return None
        if k == first - 3 and words[first - 2].norm not in SUSTAINED:
            return None
        w = words[k]
        if k == first - 2 and w.norm in AGO and words[first - 1].norm in TIME_UNITS:
            return None  # («استقبل قبل أسبوع السراج»: a time before now, no «من قبل» of an agent)
        if adverb_ends(words, k, floor):
            return None  # («طالبت واشنطن من جديد روسيا بـ…», «ووصفت تركيا كذلك حفتر بـ…»: the phrase starts after it)
        if w.norm in MARKER_WORDS:
            return MARKER_WORDS[w.norm]
        # («ومع قائد الجيش»: when the «و» is the conjunction, not the verb «وصف», described)
        if w.norm[:1] == "و" and w.norm[1:] in MARKER_WORDS and conjunction_on(w):
            return MARKER_WORDS[w.norm[1:]]
        if k == first - 2 and w.norm in SUSTAINED and not w.punct:
            continue  # (whatever the tagger calls it: «تصاعد» may read as a verb)
        if k == first - 1 and w.norm[:1] == "ل" and w.norm[1:] in ROLE_NOUNS:
            return "ل"  # («دعمها لحق مصر في …»: a role noun with its «لـ», whatever the tagger calls it)
        if w.punct or w.norm in INCLUDING or upos(w) not in ("NOUN", "ADJ", "DET", "PRON", "NUM", "X"):
            return None
        if w.norm in MANNER or (k == first - 1 and k - 1 > floor and words[k - 1].norm in MANNER_HEADS):
            # «انتقد بشدة سياسة أنقرة», «هاجم أردوغان بشدة حفتر»: an adverb of manner, and the phrase starts after it
            # (one of two words too, whose «بـ» marks nobody: «حذرت مصر بشكل قاطع تركيا من …»)
            return None
        if w.norm in FIGHTING:
            # «دعما عسكريا لمواجهة (هجوم) قوات حفتر»: the «لـ» is the masdar's of purpose, and the one it
            # confronts stands against, as after «ضد», not behind the support's «لـ»
            return "ضد"
        mk = clitic_marker(w)
        if mk and pronoun_phrase(w):
            return None  # «زيارة قام بها وزير الخارجية»: «بها» is a whole phrase, the noun after it no part of it
        if mk:
            return mk
        apart = past_marks_back(words, k - 1)
        if floor < apart < k - 1 and words[apart].norm in ("ل", "ب", "ك"):
            # «أشاد بـ"التزام حفتر"», «تقديره لـ«الدور المصري»»: the head in quotation marks after a preposition
            # written apart
            return words[apart].norm
        if w.norm.startswith("ال") and upos(w) == "NOUN":
            return None  # «بشدة الدعم التركي»: a noun with the article heads no construct, its phrase starts here
    return None


def _adverb_length(words: list[Word], k: int) -> int:
    """How many words an adverb ending at word ``k`` has (:data:`ADVERB_WORDS`, :data:`ADVERB_PAIRS`,
    :data:`ADVERB_OPENINGS` and the word after one, a time before now: «قبل أيام»); 0 when none ends there."""
    norms = [w.norm for w in words[max(0, k - 2):k + 1]]
    if norms[-1] in ADVERB_WORDS:
        return 1
    if len(norms) > 1 and (tuple(norms[-2:]) in ADVERB_PAIRS or (norms[-2] in AGO and norms[-1] in TIME_UNITS)):
        return 2
    return next((len(o) + 1 for o in ADVERB_OPENINGS if len(norms) > len(o) and tuple(norms[-len(o) - 1:-1]) == o), 0)


def adverb_ends(words: list[Word], k: int, floor: int = -1) -> bool:
    """Does an adverb end at word ``k``, all of it after word ``floor``?"""
    n = _adverb_length(words, k)
    return n > 0 and k - n + 1 > floor


def adverb_spans(words: list[Word]) -> list[tuple[int, int]]:
    """The adverbs in a sentence, (first word, last word): phrases that stand between a verb and what it governs,
    part of neither (:func:`standing_asides`)."""
    return [(k - n + 1, k) for k in range(len(words)) if (n := _adverb_length(words, k))]


def adverb_after(words: list[Word], k: int) -> int:
    """The last word of an adverb right after word ``k``, else ``k``."""
    return next((j for j in range(k + 3, k, -1) if j < len(words) and adverb_ends(words, j, k)), k)


def adverb_phrase_words(words: list[Word]) -> int:
    """How many of ``words`` belong to adverbs of two words or more: no part of a distance, as one word adverbs are
    not."""
    return sum(c - o + 1 for o, c in adverb_spans(words) if c > o)


# normalised, without the article: the heads of titles an official goes by with a nationality after them («الوزير
# الفرنسي», «العاهل السعودي», «المتحدث الروسي»)
OFFICIAL_HEADS = HEAD_TITLES | {"عاهل", "ملك", "امير", "متحدث", "ناطق", "مندوب"}


def genitive_of(words: list[Word], m: Mention, head: int) -> bool:
    """Is ``m`` the genitive (idafa) or nationality adjective of the word ``head``:
    right after it (مكالمة ترامب، دعم أمريكي), or after one adjective (الدعم
    العسكري الأمريكي), with no preposition of its own?  A quotation mark may open before it («بدعم
    "الانقلابي حفتر"»)."""
    if m.first > head + 1 and words[head + 1].text in DETACHED_MARKS:
        head += 1
    if m.first == head + 1:
        return marker_before(words, m, head) is None
    if m.kind == "name" and m.first == head + 3 and words[head].text in DETACHED_MARKS and \
            words[head + 2].text in DETACHED_MARKS and words[head + 1].norm.startswith("ال") and \
            upos(words[head + 1]) in ("NOUN", "ADJ"):
        return marker_before(words, m, head) is None  # («بدعم "الانقلابي" حفتر»: the epithet alone in quotes)
    if m.kind == "name" and words[head].text in DETACHED_MARKS and m.first - 1 > head + 1 and \
            words[m.first - 1].text in DETACHED_MARKS and m.first - head - 2 <= QUOTED_EPITHET and \
            all(upos(w) in ("NOUN", "ADJ") and not w.punct for w in words[head + 1:m.first - 1]):
        return marker_before(words, m, head) is None  # («بدعم "مجرم الحرب" حفتر»: an epithet of two words)
    # (a nationality adjective after a relational one the tagger calls a noun: «تدخل عسكري تركي»; a name after
    # its epithet: «بدعم الانقلابي حفتر»)
    between = words[head + 1] if head + 1 < len(words) else None
    # (or any definite epithet before a one-word name: «بدعم "المجرم حفتر"», «بدعم المجرم حفتر»)
    adjective = between is not None and (upos(between) == "ADJ" or (m.kind == "demonym" and relational(between))
                                         or (m.kind == "name" and between.norm.startswith("ال") and
                                             (relational(between) or
                                              m.first == m.last and upos(between) in ("NOUN", "ADJ"))))
    if m.kind == "demonym" and m.first == m.last == head + 2 and between is not None and \
            between.norm.startswith("ال") and strip_article(between.norm) in OFFICIAL_HEADS:
        # («انتقادات الوزير الفرنسي لأنقرة»: an official known only by the nationality after the head of a title, a
        # genitive with it)
        return marker_before(words, m, head) is None
    if m.kind == "name" and m.first == head + 2 and between is not None and has_pronoun(between) and \
            any(stem_match(between, a, "noun") for a in ALLY_STEMS):
        return marker_before(words, m, head) is None  # («دعم حليفها حفتر»: a possessed ally, the name its apposition)
    if m.kind == "demonym" and m.first == head + 3 and adjective and words[head + 2].norm.startswith("و") and \
            relational(words[head + 2]) and not words[head + 2].punct:
        return marker_before(words, m, head) is None  # («دعم مالي وإعلامي قطري»: two adjectives joined by «و»)
    return m.first == head + 2 and adjective and marker_before(words, m, head) is None


QUOTED_EPITHET = 3  # words of an epithet in quotation marks before a name («"مجرم الحرب" حفتر»)
ALLY_STEMS = ("حليف", "حليفه", "حلفاء", "حلفا")  # normalised: «حليفها», «حليفتها», «حلفاءها», «حلفائها»
SHORT_NISBAS = {"جوي", "جويه", "بري", "بريه"}  # normalised: «بإسناد جوي تركي», air and land (not «علي», «على»)


def relational(word: Word) -> bool:
    """«عسكري», «السياسية»: a relational adjective (nisba), whatever the tagger calls it."""
    return (len(word.norm) > 3 or word.norm in SHORT_NISBAS) and word.norm.endswith(("ي", "يه")) and \
        not clitic_marker(word)


def lodged_with(words: list[Word], m: Mention) -> bool:
    """«احتجت اليونان لدى الأمم المتحدة على …»: is ``m`` behind «لدى» (or the head noun after it), with no
    preposition of its own, the one something is lodged with (not «السفير الأمريكي لدى ليبيا بعقيلة صالح»)?"""
    # (the head noun a common noun, not a place: «السفير البريطاني لدى ليبيا وزير الخارجية» meets the minister)
    return clitic_marker(words[m.first]) is None and m.first >= 1 and \
        (words[m.first - 1].norm in ("لدي", "ولدي") or
         m.first >= 2 and words[m.first - 2].norm in ("لدي", "ولدي") and upos(words[m.first - 1]) == "NOUN")


def coordinated(words: list[Word], mentions: list[Mention], m: Mention) -> list[Mention]:
    """``m`` and the actors coordinated with it: «مصر والإمارات والسعودية»,
    «قرار بريطاني ألماني», «ترامب ومستشاره للأمن القومي جون بولتون»."""
    if m not in mentions:
        return [m]
    i = mentions.index(m)
    first = i
    while first > 0 and _joined(words, mentions[first - 1], mentions[first]) and \
            not _marked_list_ends(words, mentions, first - 1) and not _apposition_ends(words, mentions, first - 1) \
            and not _comma_closes_subject(words, mentions, first - 1) and \
            not _examples_open(words, mentions, first - 1) and not _between_partner(words, mentions, first - 1):
        first -= 1
    last = i
    while last + 1 < len(mentions) and _joined(words, mentions[last], mentions[last + 1]) and \
            not _marked_list_ends(words, mentions, last) and not _apposition_ends(words, mentions, last) \
            and not _comma_closes_subject(words, mentions, last) and not _examples_open(words, mentions, last) \
            and not _between_partner(words, mentions, last):
        last += 1
    return mentions[first:last + 1]


def _between_partner(words: list[Word], mentions: list[Mention], j: int) -> bool:
    """«بين حكومة الوفاق التي تدعمها تركيا وقوات حفتر»: «بين» wants two members; when a relative clause
    follows the first, the actor joined by «و» after the clause's own actor ``mentions[j]`` is the second
    member of «بين», not in a list with ``mentions[j]``; the last of the clause's list goes to «بين» («التي
    تدعمها روسيا والإمارات وقوات الوفاق»)."""
    if j + 1 >= len(mentions) or j + 2 < len(mentions) and _joined(words, mentions[j + 1], mentions[j + 2]):
        return False
    for k in range(j - 1, -1, -1):
        first = mentions[k]
        if marker_before(words, first) == "بين":
            gap = words[first.last + 1:mentions[j].first]
            return any(w.norm in RELATIVES for w in gap) and \
                not any(conjunction_on(w) or w.norm in ("،", ",") for w in gap)
    return False


def _examples_open(words: list[Word], mentions: list[Mention], j: int) -> bool:
    """«داعمي حفتر، كالإمارات وروسيا»: the actor after ``mentions[j]``, the genitive of a noun, and a comma opens
    with «كـ» (like): the examples of that noun, not a member of a list with ``mentions[j]`` (after a verb's
    subject they are its like, and in the list: «أدانت مصر، كالإمارات والسعودية، …»)."""
    m = mentions[j]
    return j + 1 < len(mentions) and _bare_comma(words, m, mentions[j + 1]) and \
        clitic_marker(words[mentions[j + 1].first]) == "ك" and clitic_marker(words[m.first]) != "ك" and \
        m.first > 0 and upos(words[m.first - 1]) in ("NOUN", "ADJ")


def _bare_comma(words: list[Word], prev: Mention, nxt: Mention) -> bool:
    return [w.norm for w in words[prev.last + 1:nxt.first]] in (["،"], [","]) and not conjunction_on(words[nxt.first])


def _comma_closes_subject(words: list[Word], mentions: list[Mention], j: int) -> bool:
    """Two actors with a bare comma between them, none before or after in a list: the comma news copy
    puts after a long subject before the object («اتهم المتحدث باسم الجيش أحمد المسماري، تركيا بـ…»),
    not a list (whose last member takes «و», «مصر، الإمارات وروسيا», or which goes on in commas,
    «أدانت مصر، السعودية، الإمارات …»)."""
    if j + 1 >= len(mentions) or not _bare_comma(words, mentions[j], mentions[j + 1]):
        return False
    if j > 0 and _joined(words, mentions[j - 1], mentions[j]) or \
            j + 2 < len(mentions) and _joined(words, mentions[j + 1], mentions[j + 2]):
        return False
    # (a member kg does not know counts: «مصر، الإمارات والأردن»; not a verb of a new clause, «وقال»)
    nxt = words[mentions[j + 1].last + 1:mentions[j + 1].last + 3]
    if nxt and nxt[0].norm in ("،", ","):
        nxt = nxt[1:]
    return not (nxt and conjunction_on(nxt[0]) and upos(nxt[0]) not in ("VERB", "AUX"))


def _apposition_ends(words: list[Word], mentions: list[Mention], j: int) -> bool:
    """«انتقد وزير الخارجية التركي، مولود تشاووش أوغلو، حفتر»: ``mentions[j]`` names in commas the one
    named right before it (the same party: a title and its holder, a body and its spokesman; or a title
    kg does not place), and the comma after it closes that apposition; the actor after it is no member
    of a list."""
    if j < 0 or j + 1 >= len(mentions):
        return False
    this, after = mentions[j], mentions[j + 1]
    if [w.norm for w in words[this.last + 1:after.first]] not in (["،"], [","]) or \
            conjunction_on(words[after.first]) or this.first < 2 or words[this.first - 1].norm not in ("،", ","):
        return False
    party = registry().party_of
    before = mentions[j - 1] if j >= 1 and mentions[j - 1].last == this.first - 2 else None
    if before is None:
        # («وهاجم وزير الداخلية، فتحي باشاغا، فرنسا»: or a title kg does not place, a noun right before the comma)
        title = words[this.first - 2]
        return upos(title) in ("NOUN", "ADJ") and not any(m.first <= this.first - 2 <= m.last for m in mentions) \
            and party(this.actor) != party(after.actor)
    return party(before.actor) == party(this.actor) != party(after.actor)


def _marked_list_ends(words: list[Word], mentions: list[Mention], j: int) -> bool:
    """«قوات الوفاق، المدعومة من تركيا وقطر، قوات حفتر»: a comma after ``mentions[j]``, the last of a
    list joined by «و» behind a preposition, and an actor with neither preposition nor «و» after it: the
    aside ends there (as with a single member, :func:`_joined`)."""
    prev, nxt = mentions[j], mentions[j + 1]
    gap = words[prev.last + 1:nxt.first]
    if len(gap) != 1 or gap[0].norm not in ("،", ",") or conjunction_on(words[nxt.first]) or \
            marker_before(words, nxt) is not None:
        return False
    k = j
    while k > 0 and conjunction_on(words[mentions[k].first]) and \
            (mentions[k - 1].last + 1 == mentions[k].first or
             [w.norm for w in words[mentions[k - 1].last + 1:mentions[k].first]] == ["و"]):
        k -= 1
    return k < j and marker_before(words, mentions[k]) is not None


def written_on(word: Word) -> str | None:
    """The preposition written on a word, however the tokenizer left it: split off or before the article
    (:func:`clitic_marker`), or on a name kg knows left whole («بحفتر»)."""
    return clitic_marker(word) or _clitic_on_name(word)


def _clitic_on_name(word: Word) -> str | None:
    """«بحفتر», «لموسكو» left whole by the tokenizer: a preposition written on a name kg knows
    (the name without it is an alias's first word, the word with it is none), or on a title («برئيس»)."""
    m = default_matcher()
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 4 else word.norm
    if len(norm) > 3 and norm[0] in ("ب", "ل", "ك") and norm not in m.aliases and norm[1:] in m.aliases:
        return norm[0]
    # («لقاء جمع نورلاند برئيس حكومة الوفاق»: or on the title word opening the name, short too: «بولي عهد أبوظبي»)
    if len(norm) > 3 and norm[0] in ("ب", "ل") and norm not in m.titles_by_head and norm[1:] in m.titles_by_head:
        return norm[0]
    return None


STANDING_NOUNS = ("شرعيه",)  # what of an actor is recognised, the actor itself («اعترفت بشرعية مجلس النواب»)


def marked_itself(words: list[Word], m: Mention, markers: tuple[str, ...] | list[str]) -> bool:
    """Is the actor itself behind one of ``markers`` (on its first word, written apart before it, or
    on «شرعية» before it), not the genitive of a noun there?  «اعترفت الإمارات بمجلس النواب» recognises
    an actor; «اعترف المسماري بمقتل جنود أتراك» admits a deed, and recognises nobody."""
    if written_on(words[m.first]) in markers:
        return True
    if m.first == 0:
        return False
    before = words[m.first - 1]
    if before.norm in markers:
        return True
    bare = before.norm[1:] if before.norm[:1] in ("و", "ف") and len(before.norm) > 4 else before.norm
    return clitic_marker(before) in markers and any(bare[1:] in (n, "ال" + n) for n in STANDING_NOUNS)


def _name_starts_with_waw(word: Word) -> bool:
    """«ولي عهد أبوظبي», «وزير …»: a name or title whose own first word starts with «و»."""
    m = default_matcher()
    return word.norm.startswith("و") and (word.norm in m.aliases or word.norm in m.titles_by_head)


def _joined(words: list[Word], prev: Mention, nxt: Mention) -> bool:
    gap = words[prev.last + 1: nxt.first]
    if not gap:
        # («قرار بريطاني ألماني»: two adjectives of one noun; not «الرئيس الفرنسي نظيره التركي», a title of its own)
        return (conjunction_on(words[nxt.first]) and not _name_starts_with_waw(words[nxt.first])) or \
            (prev.kind == nxt.kind == "demonym" and nxt.first == nxt.last)
    if gap[0].norm[:1] == "و" and gap[0].norm[1:] in MARKER_WORDS and len(gap) <= 3 and \
            not any(g.punct for g in gap) and marker_before(words, prev) == MARKER_WORDS[gap[0].norm[1:]]:
        return True  # «مع رئيس الحكومة ومع قائد الجيش»: the same preposition repeated joins the two
    # «رحب الاتحاد الأوروبي ووزراء خارجية فرنسا وألمانيا …»: «و» and the officials of the next member
    if len(gap) <= 2 and gap[0].norm[:1] == "و" and gap[0].norm[1:] in OFFICIALS_OF and \
            all(upos(g) == "NOUN" and not g.punct for g in gap):
        return True
    if len(gap) == 1:
        w = gap[0]
        if w.norm == "ولا" and \
                any(_bare_conjunction(words[k].norm) == "لا" for k in range(max(0, prev.first - 2), prev.first)):
            return True  # «لا مصر ولا الإمارات تدعمان حفتر», «لا يدعم حفتر ولا السراج …»: neither … nor
        if w.norm in ("،", ",") and marker_before(words, prev) is not None and marker_before(words, nxt) is None:
            return False  # «تدعم أنقرة، إلى جانب الدوحة، حكومة طرابلس»: an aside ends, the object follows
        if w.norm in ("،", ",") and listed_aside(words, prev.first) and not conjunction_on(words[nxt.first]):
            return False  # «تدعم هذه الدول، ومنها مصر والإمارات، قوات حفتر»: the list in commas ends
        if w.norm in ("،", ",") and any(o < prev.first and c == prev.last + 1
                                        for o, c in relative_asides(words, nxt.first)):
            return False  # «استقبلت القاهرة، التي تدعم حفتر، وفدا من …»: the relative clause in commas ends
        # «بالدعم المصري وبالدور الروسي»: «و» and the same preposition on the next phrase's head
        repeated = w.norm[:1] == "و" and len(w.tokens) > 1 and clitic_marker(w) is not None and \
            clitic_marker(w) == marker_before(words, prev) and upos(w) == "NOUN"
        # «الإمارات والأردن وتركيا»: a member kg does not know between two joined by «و»
        unknown_member = conjunction_on(w) and conjunction_on(words[nxt.first]) and len(w.tokens) == 2 and \
            upos(w) in ("PROPN", "NOUN") and clitic_marker(w) is None
        # «قبرص الرومية ومصر»: a definite adjective of a one-word name before the next member's «و»
        # (the tagger calls some of them nouns; their nisba ending tells: «الرومية»)
        adjective = prev.kind == "name" and prev.first == prev.last and w.norm.startswith("ال") and \
            (upos(w) == "ADJ" or upos(w) == "NOUN" and w.norm.endswith(("ي", "يه"))) and \
            conjunction_on(words[nxt.first]) and not _name_starts_with_waw(words[nxt.first])
        return w.norm in {"و", "،", ",", "او", "-", "ثم"} or repeated or unknown_member or adjective
    if [g.norm for g in gap] in (["في", "مواجهه"], ["مقابل"]) and _in_parentheses(words, prev.first, nxt.last):
        return True  # «(الإمارات وروسيا في مواجهة تركيا وقطر)»: a list in parentheses enumerates both camps
    if any(_bare_conjunction(g.norm) in NEGATORS for g in gap):
        return False  # «للمجلس الرئاسي وعدم قبولها بحفتر»: a negated phrase joins nothing
    # («على مصر وقف دعمها لحفتر»: «وقف» is no «و» + noun)
    return (gap[0].norm.startswith("و") and conjunction_on(gap[0]) and len(gap) <= 3 and
            all(upos(g) in ("NOUN", "ADJ", "ADP", "DET", "X") and g.norm not in CLAUSE_BREAKS for g in gap)
            and nxt.kind != "demonym" and nxt.actor in people()
            # (not an accusation the tagger took for a noun: «انتقد أردوغان فرنسا واتهمها بدعم حفتر»)
            and not accusation(gap[0])
            # (nor past a «بـ» phrase, a complement of what comes before: «اتهمت أنقرة فرنسا ودولا أوروبية بدعم
            # حفتر» charges the two with backing him, it lists no third)
            and not any(clitic_marker(g) == "ب" for g in gap))


OFFICIALS_OF = {"وزراء", "قاده", "روساء", "زعماء", "وزيري", "رييسي"}  # normalised plurals of officials of states
LISTED_ASIDE_REACH = 6  # words back from a list member to the «، ومنها» that opened the list


def listed_aside(words: list[Word], first: int) -> bool:
    """Does the list that word ``first`` belongs to open after a comma with «ومنها/من بينها/في مقدمتها»?"""
    for k in range(first - 1, max(0, first - LISTED_ASIDE_REACH) - 1, -1):
        if words[k].punct:
            return False
        if words[k].norm in INCLUDING | LIST_HEADS:
            # («، وفي مقدمتها X»: the preposition may carry «و»)
            j = k - 1 if k >= 1 and words[k - 1].norm in ("من", "في", "علي", "ومن", "وفي", "وعلي") else k
            return j >= 1 and words[j - 1].norm in ("،", ",")
    return False


def listed_before(words: list[Word], mentions: list[Mention], k: int) -> Mention | None:
    """The first member of a list set off by commas («، ومنها X و Y،», «، وفي مقدمتها X،») that ends right
    before word ``k``: the members of a subject that names no actor («إن بعض الدول، وفي مقدمتها الإمارات،
    ترسل …»), who do what the verb at ``k`` says."""
    last = next((m for m in mentions if k >= 2 and words[k - 1].norm in ("،", ",") and m.last == k - 2), None)
    if last is None:
        return None
    first = coordinated(words, mentions, last)[0]
    return first if listed_aside(words, first.first) else None


def _in_parentheses(words: list[Word], first: int, last: int) -> bool:
    """Are words ``first``..``last`` inside one pair of parentheses?"""
    opening = next((k for k in range(first - 1, max(-1, first - 4), -1) if words[k].text in ("(", ")")), None)
    closing = next((k for k in range(last + 1, min(len(words), last + 4)) if words[k].text in ("(", ")")), None)
    return opening is not None and closing is not None and words[opening].text == "(" and words[closing].text == ")" \
        and not any(w.text in ("(", ")") for w in words[first:last + 1])


@lru_cache(maxsize=1)
def people() -> frozenset[str]:
    return frozenset(a.id for a in registry().actors.values() if a.kind == "Person")


DENIALS = {"نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "ينف", "تنف", "انكر", "انكرت", "ينكر", "تنكر", "انكار",
           "تنصل", "تنصلت", "يتنصل", "تتنصل", "التنصل", "تبرا", "تبرات", "يتبرا", "تتبرا", "التبرو",
           "ناي", "نات", "يناي", "تناي", "الناي",  # («تنأى روسيا بنفسها عن دعم حفتر»)
           "استبعد", "استبعدت", "يستبعد", "تستبعد",  # («استبعدت موسكو تقديم أي دعم»: ruled out)
           "كذبت", "يكذب", "تكذب",  # («كذبت قطر ما نشرته وسائل إعلام عن تمويلها …»: belied; not the noun «كذب»)
           "نافيا", "نافيه", "نافين", "منكرا", "منكره"}  # («…، نافية تقارير عن دعمها لحفتر»: the participles)
# (denying or disowning, + و/ف, + a pronoun; «ينف/تنف»: the jussive, «لم تنف»)
NEGATED_AUXILIARIES = {"يعد", "تعد", "يعودوا", "يكن", "تكن"}  # «لم تعد» (no longer), «لم يكن» (was not)
AUXILIARY_REACH = 6  # words from a negated auxiliary to the verb it carries, its subject between


# «في زيارة غير معلنة التقى خلالها حفتر»: «غير» with these negates the adjective, not the clause
UN_ADJECTIVES = {"معلنه", "معلن", "رسميه", "رسمي", "مسبوقه", "مسبوق", "مباشره", "مباشر", "متوقعه", "متوقع",
                 "عاديه", "عادي", "بعيده", "بعيد", "مسبوقين"}


def denial_before(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """Is a denial verb what stands within three words before the trigger (the negators include
    «نفت»)?"""
    return any(denial_word(words[k].norm) for k in range(max(clause_start, hit.first - 3), hit.first))


TIME_PREPOSITIONS = {"خلال", "اثناء", "ابان", "منذ", "بعد", "قبل", "عقب", "اثر", "قبيل", "طيله", "طوال"}  # normalised
TIME_REACH = 4  # words from «خلال/بعد/منذ» to the noun it dates («بعد عام من عدوان …», «بعد أقل من عام على …»)
TIME_PHRASE_WORDS = {"من", "علي", "اقل", "اكثر"}  # normalised: «بعد (أقل من) شهرين على/من …»


def time_phrase_before(words: list[Word], k: int, start: int = 0) -> bool:
    """Does word ``k`` date the clause from a phrase of when («إبان عدوانه على العاصمة», «منذ بدء الهجوم التركي»,
    «بعد أسبوعين من لقائه …», «بعد أقل من شهرين على لقائه …»): behind a preposition of time, only nouns, «من/على»
    and «أقل/أكثر» between (none before ``start``)?"""
    for j in range(k - 1, max(start, k - 1 - TIME_REACH) - 1, -1):
        if words[j].norm.lstrip("و") in TIME_PREPOSITIONS:
            return True
        if words[j].punct or (upos(words[j]) != "NOUN" and words[j].norm not in TIME_PHRASE_WORDS):
            return False
    return False


AT_THE_HEAD_PREPOSITIONS = {"علي", "وعلي", "في", "وفي"}  # normalised: «، وعلى رأسها …», «، وفي مقدمتهم …»


def singled_out_at(words: list[Word], k: int) -> bool:
    """«تدين باريس التدخلات الأجنبية، ولا سيما التدخل التركي»: does word ``k`` («سيما», «وخاصة», «رأسها» of «وعلى
    رأسها», «مقدمتها» of «وفي مقدمتها») single out, after a comma, what follows it of what was named before?"""
    if k >= 2 and words[k].norm in LIST_HEADS and words[k - 1].norm in AT_THE_HEAD_PREPOSITIONS:
        return words[k - 2].norm in ("،", ",")
    return k >= 1 and words[k].norm in PARTICULARLY and any(w.norm in ("،", ",") for w in words[max(0, k - 2):k])


def _joined_clause(words: list[Word], hit: TriggerHit) -> bool:
    """Does the trigger open a clause of its own, joined by «و»: a verb («لم يلتق السراج حفتر وانتقده»), or a
    phrase with its own negator («حفتر رجل لا يلتزم بكلمته ولا يمكن الوثوق به»)?  A negator or denial before
    the «و» is then the verb before's."""
    return conjunction_on(words[hit.first]) and (hit.kind == "verb" or (
        hit.kind == "phrase" and _bare_conjunction(words[hit.first].norm) in NEGATORS))


def negated(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """A negator within three words before the trigger, also behind و/ف («وعدم اعترافها»), or a
    negated auxiliary with its subject before the verb («لم تعد الولايات المتحدة تدعم حفتر»)."""
    # (a negated denial or hiding asserts: «لا يمكن إنكار دعمها», «لم تخف دعمها»)
    # («غير أنه انتقد أبوظبي»: «غير أن» is "however"; «غير» negates the word after it, the trigger
    # or an adjective that governs it («غير مستعدة لإرسال قوات»), never a definite one, which qualifies the
    # noun before («حكومة السراج غير الشرعية تهدد الأمن»): «إن الدعم التركي غيّر موازين القوى
    # لصالح حكومة الوفاق» is the verb "changed"; «غير قانونية وباطلة»: nor a trigger joined by «و» to the adjective it
    # negates, a second predicate)
    asides = relative_asides(words, hit.first)  # (a negator inside one negates its own verb, see denied)
    joined = _joined_clause(words, hit)
    if not joined and any(_bare_conjunction(words[k].norm) in NEGATORS and not _still(words, k)
           and not _hiding(words, k, hit.first) and not any(o < k < c for o, c in asides)
           and not (_bare_conjunction(words[k].norm) == "غير" and
                    (words[k + 1].norm.startswith(("ان", "بان")) or words[k + 1].norm in UN_ADJECTIVES
                     or (k + 1 < hit.first and (upos(words[k + 1]) != "ADJ" or words[k + 1].norm.startswith("ال")
                                                or (k + 2 == hit.first and conjunction_on(words[hit.first]))))))
           and not any(denial_word(w.norm) for w in words[k + 1:hit.first]) and not _refusing(words, k, hit)
           and not _other_masdar(words, k, hit.first)
           and not (k + 1 < len(words) and words[k + 1].norm == "سيما")  # («ولا سيما»: especially)
           and not _not_containing(words, k)
           for k in range(max(clause_start, hit.first - 3), hit.first)):
        return True
    if _no_such(words, hit, clause_start) or _object_of_negated_verb(words, hit, clause_start):
        return True
    # the auxiliary carries a verb (or the verb that governs the trigger: «لم يعد حفتر يحظى بدعم واشنطن»);
    # «لم يعد بإمكانها إنكار دعمها» negates the denial, not the deed
    governed = hit.kind == "noun" and hit.first > 0 and upos(words[hit.first - 1]) == "VERB"
    return (hit.kind == "verb" or governed) and any(
        _bare_conjunction(words[k].norm) in ("لم", "لن") and words[k + 1].norm in NEGATED_AUXILIARIES
        and not any(w.punct or w.norm in DENIALS for w in words[k + 2:hit.first]) and not _hiding(words, k, hit.first)
        for k in range(max(clause_start, hit.first - AUXILIARY_REACH), hit.first - 1))


NEGATED_VERB_REACH = 7  # words from a negated verb to the noun that is its object, its subject between
CONTAINING = {"يتضمن", "تتضمن", "يشمل", "تشمل", "ينص", "تنص"}  # normalised: «لا يتضمن», «لا ينص على»


def _not_containing(words: list[Word], k: int) -> bool:
    """Is the negator at word ``k`` the «لا» of what a text or deal does not contain («ضد أي اتفاق لا يتضمن إلغاء
    المذكرة», «رفض الاتفاق لأنه لا ينص على …»)?  The stance wants it, and is asserted.  (What did not happen,
    «لم يتضمن برنامج الزيارة أي لقاء مع حفتر», is negated.)"""
    return _bare_conjunction(words[k].norm) == "لا" and k + 1 < len(words) and words[k + 1].norm in CONTAINING


def _object_of_negated_verb(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«لم تقدم روسيا أي دعم لحفتر», «لم تتلق حكومة الوفاق أي دعم من الاتحاد», «لم يحصل حفتر على دعم من
    واشنطن»: a bare noun trigger, the object of a negated verb with only that verb's subject (and «أي») between,
    is negated with it (not one behind a preposition of its own: «لم تكتف روسيا بدعم حفتر» asserts it; nor after
    a negated hiding, denial or acceptance, which asserts or refuses)."""
    if hit.kind == "verb" or clitic_marker(words[hit.first]) is not None or words[hit.first].norm in MARKER_WORDS:
        # (a verb is a clause of its own: «ولا تدعم إيطاليا حفتر وتدعم حكومة الوفاق»; a phrase that opens on a
        # preposition written apart is no object: «لن تترك حكومة الوفاق وحدها في مواجهة …»)
        return False
    if _bare_conjunction(words[hit.first].norm) in VERB_NEGATORS:
        return False  # (so is a phrase that opens on a verb's negator: «… لا تستند إلى أي أساس ولا يترتب عليها أي أثر»)
    # (past when or where, set off by commas: «لم يجر الرئيس، أمس، أي اتصال مع …»)
    aside = circumstance_words(words, hit.first)
    for k in range(max(clause_start, reach_back(hit.first, NEGATED_VERB_REACH, aside)), hit.first - 2):
        # («دون أن يجمع أي لقاء بين …»: «دون أن» before the verb)
        verb = k + 2 if words[k].norm in ("دون", "بدون") and words[k + 1].norm == "ان" else k + 1
        if (verb == k + 1 and _bare_conjunction(words[k].norm) not in VERB_NEGATORS) or verb >= hit.first or \
                upos(words[verb]) != "VERB" or _still(words, k) or words[verb].norm in NEGATED_AUXILIARIES or \
                _not_containing(words, k):
            continue
        # (past the verb's own preposition: «حصل على (أي) دعم»; and when: «لم يعقد خلال المؤتمر أي لقاء»)
        between = [w for j, w in enumerate(words[verb + 1:hit.first], start=verb + 1)
                   if w.norm not in ("علي", "الي", "خلال", "اثناء") and j not in aside]
        if between and all(not w.punct and upos(w) in ("NOUN", "PROPN", "ADJ", "DET") and clitic_marker(w) is None
                           for w in between) and \
                not _hiding(words, k, hit.first) and not _refusing(words, k, hit) and \
                not any(denial_word(w.norm) for w in words[k + 1:hit.first]):
            return True
    return False


THERE_IS = {("لا", "توجد"), ("لا", "يوجد"), ("ولا", "توجد"), ("ولا", "يوجد"), ("ليس", "هناك"), ("ليست", "هناك"),
            ("لا", "وجود"), ("ولا", "وجود"),
            ("ليس", "لها"), ("ليس", "له"), ("ليس", "لديها"), ("ليس", "لديه"),  # («ليس لها أي عسكريين …»: has none)
            ("يكن", "هناك"), ("تكن", "هناك")}  # normalised: «there is no», «(لم) تكن هناك» (the jussive only negated)
EXISTENTIAL_REACH = 7  # words from «لا توجد» to the trigger (the noun phrase that is not, and its clause)


def _no_such(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«قال الكرملين إنه لا توجد قوات روسية تقاتل إلى جانب حفتر»: what there is none of does nothing;
    nor what is said not to exist after it («إن الأطماع التركية في ليبيا غير موجودة»)."""
    return any((words[k].norm, words[k + 1].norm) in THERE_IS and not any(w.punct for w in words[k + 2:hit.first])
               for k in range(max(clause_start, hit.first - EXISTENTIAL_REACH), hit.first - 1)) or \
        any((words[k].norm, words[k + 1].norm) in NOT_THERE and not any(w.punct for w in words[hit.last + 1:k])
            for k in range(hit.last + 1, min(len(words) - 1, hit.last + 1 + EXISTENTIAL_REACH)))


NOT_THERE = {("غير", "موجوده"), ("غير", "موجود"), ("غير", "موجودين"), ("ليست", "موجوده"), ("ليس", "موجودا"),
             ("لا", "وجود")}  # normalised: «… غير موجودة», said of the noun phrase before


COMPLEMENT_PREPOSITIONS = {"مع", "عن", "علي", "من", "في", "الي"}


def _other_masdar(words: list[Word], k: int, end: int) -> bool:
    """«متعهدا بعدم التسامح مع انتهاكات أنقرة»: «عدم» negates the masdar right after it; the trigger
    behind that masdar's preposition is its complement, not negated."""
    return words[k].norm.endswith("عدم") and k + 2 < end and upos(words[k + 1]) == "NOUN" and \
        any(w.norm in COMPLEMENT_PREPOSITIONS for w in words[k + 2:end])


# stopping a deed: nouns and verbs (normalised, without و/ف)
STOPPING = {"وقف", "ايقاف", "تعليق", "قطع", "انهاء", "تجميد", "سحب", "اوقف", "اوقفت", "علق", "علقت", "جمد",
            "جمدت", "قطعت", "انهي", "انهت", "سحبت", "تسحب", "يسحب", "توقف", "توقفت", "يتوقف", "تتوقف", "تراجع",
            "تراجعت", "يتراجع", "تتراجع",  # («لن تتراجع أنقرة عن دعم حكومة الوفاق»: a stop negated, support)
            "امتنع", "امتنعت", "يمتنع", "تمتنع", "كف", "كفت", "تخلي", "تخلت", "يتخلي", "تتخلي",
            "احجم", "احجمت", "يحجم", "تحجم"}
# changing a stance («غيرت روما موقفها الداعم لـ…»), normalised
CHANGING = {"غير", "غيرت", "يغير", "تغير", "بدل", "بدلت", "يبدل", "تبدل"}
# avoiding a deed, its masdar the verb's object with no «عن» («تجنبت موسكو انتقاد حفتر»), normalised
AVOIDING = {"تجنب", "تجنبت", "يتجنب", "تتجنب", "تحاشي", "تحاشت", "يتحاشي", "تتحاشي"}
# failing to do a deed, its masdar behind «في/عن» («أخفق مجلس الأمن في إدانة الهجوم»), normalised
FAILING = {"فشل", "فشلت", "يفشل", "تفشل", "اخفق", "اخفقت", "يخفق", "تخفق", "عجز", "عجزت", "يعجز", "تعجز"}
ABSTAINING_REACH = 6  # words from «توقفت (X) عن» to the support after «عن», its subject between
STOPPING_FORMS = STOPPING | {"ال" + x for x in STOPPING}  # with the article, once proclitics are off
DEMANDING = ("طالب", "دعا", "دعت", "يدعو", "تدعو", "حث", "ناشد", "شجع")  # verb stems (asking, urging, encouraging)
URGING_PARTICIPLES = {"داعيا", "داعيه", "مطالبا", "مطالبه", "حاثا", "مناشدا"}  # normalised: «، داعيا X إلى …»
URGED_REACH = 4  # words from the one urged to the «على/إلى/بـ» of the act asked for


# «خصوم حفتر», «معارضو أردوغان», «منتقدي الحكومة»: heads (normalised) whose genitive is whom they are against
RIVAL_HEADS = {"خصم", "خصوم", "منافس", "منافسو", "منافسي", "معارضو", "معارضي", "منتقدو", "منتقدي", "اعداء",
               "عدو", "مناويو", "مناويي", "مناوو", "خصوما"}


def rival_genitive(words: list[Word], m: Mention, heads: frozenset | set = RIVAL_HEADS) -> bool:
    """Is ``m`` whom the noun before it is against («ويتهم خصوم حفتر الإمارات …»)?  That noun is who
    acts, and no actor kg knows.  (With ``heads`` = :data:`BACKER_HEADS`: whom it backs.)"""
    if m.first < 1:
        return False
    norm = words[m.first - 1].norm
    return norm in heads or (norm[:1] in ("و", "ف") and norm[1:] in heads)


# «حلفاء حفتر», «داعمي حكومة الوفاق»: heads (normalised) whose genitive is whom they back
BACKER_HEADS = {"حلفاء", "داعمي", "داعمو", "انصار", "مويدي", "مويدو", "رعاه"}


RETREATING = {"انسحاب", "خروج", "رحيل", "مغادره", "تراجع", "وقف", "ايقاف", "سحب", "انهاء", "تعليق"}  # masdars


def retreat_welcomed(words: list[Word], hit: TriggerHit, target: Mention) -> bool:
    """«رحبت واشنطن بانسحاب قوات حفتر», «أشادت بوقف تركيا عملياتها»: what is welcomed is an
    actor's withdrawal or halt, the masdar behind the trigger's «ب» with the actor its genitive; the
    welcome is no praise of that actor."""
    if hit.trigger.relation != "supports" or target.first - 1 <= hit.last:
        return False
    # («رحبت حكومة الوفاق بالانسحاب الذي أعلنته قوات حفتر»: or the masdar's relative clause names the actor)
    k = target.first - 1
    if k - 2 > hit.last and upos(words[k]) == "VERB" and words[k - 1].norm in RELATIVES:
        k -= 2
    w = words[k]
    return clitic_marker(w) == "ب" and retreating(w.norm[1:])


def retreating(norm: str) -> bool:
    """Is the normalised word (with its article or not, no other proclitic) a masdar of withdrawal or halt
    («الانسحاب», «وقف»)?"""
    return norm in RETREATING or (norm.startswith("ال") and norm[2:] in RETREATING)


def _verb_back(words: list[Word], start: int, floor: int, verbs: set[str]) -> int | None:
    """The word of ``verbs`` (behind «و/ف» or not) from word ``start`` back to above ``floor``, past only the
    nouns and adjectives of the verb's subject («توقفت الإمارات عن», «لم تغير إيطاليا موقفها»)."""
    for k in range(start, floor, -1):
        norm = words[k].norm
        if (norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in verbs else norm) in verbs:
            return k
        if words[k].punct or upos(words[k]) not in ("NOUN", "PROPN", "ADJ", "DET"):
            return None
    return None


def stopped(words: list[Word], hit: TriggerHit) -> str | None:
    """Support halted: «أوقفت إيطاليا دعمها» and «قررت واشنطن تعليق الدعم» ("own": the subject ended its
    support, a negated claim), «دعت إلى وقف الدعم لحفتر» or «طالبت بقطع الدعم عن حفتر» ("demanded":
    someone else's support, asked to end, no support claim), «لم يتوقف الدعم الإماراتي لحفتر» or «لم تتوقف
    الإمارات عن دعم حفتر» ("continues": a stop negated, the support asserted).  Only for support
    triggers, the stop right before the trigger or one word (its subject, an adjective) between.  A subject that
    stops, refrains from, avoids or fails to take a stance of any relation it would take itself («امتنعت روسيا عن
    إدانة هجوم حفتر», «تجنبت موسكو انتقاد حفتر», «فشل المجلس في إدانة الهجوم») takes none: "own" too."""
    floor = max(-1, hit.first - 2 - ABSTAINING_REACH)
    if hit.first >= 2:
        # «تراجعت روسيا عن دعم حفتر», «امتنعت الإمارات عن دعمه»: its subject stopped its own support
        # («أخفق مجلس الأمن في إدانة الهجوم», «عجز المجلس عن إدانته»: or failed to take the stance)
        marker = words[hit.first - 1].norm
        verbs = STOPPING | FAILING if marker == "عن" else FAILING if marker == "في" and hit.kind == "noun" else \
            AVOIDING if hit.kind == "noun" else set()
        k = _verb_back(words, hit.first - (2 if marker in ("عن", "في") else 1), floor, verbs)
        if k is not None and hit.trigger.relation != "supports" and _obliged(words, k):
            # («قال إن حفتر يجب أن يتوقف عن عدوانه»: a stop demanded of the doer; the deed goes on, and is opposed)
            return None
        if k is not None:
            return "continues" if _stop_negated(words, k) else "own"
    if hit.first >= 2 and hit.kind == "active" and stem_match(words[hit.first - 1], "موقف", "noun"):
        # «لم تغير إيطاليا موقفها الداعم لحكومة الوفاق»: a stance changed is ended, one not changed goes on
        k = _verb_back(words, hit.first - 2, floor, CHANGING)
        if k is not None:
            return "continues" if _stop_negated(words, k) else "own"
    if hit.trigger.relation != "supports":
        return None
    if confronted(words, hit):
        return "demanded"  # («طالب بالتصدي لنقل المقاتلين إلى طرابلس»: others' supply, to be stopped)
    k = _stop_before(words, hit)
    if k is None:
        k = _ended_after(words, hit)
        if k is not None:
            return "continues" if _stop_negated(words, k) else "own"
    if k is not None:
        # (past quotation marks and a tatweel after the preposition: «طالبت الإمارات بـ"وقف دعمها لحفتر"»)
        p = past_marks_back(words, k - 1)
        norm, before = words[k].norm, words[p].norm if p >= 0 else ""
        # («إن على مصر وقف دعمها», «على مصر أن توقف دعمها»: an obligation laid on the one named)
        bound = (k >= 2 and words[k - 2].norm == "علي") or (k >= 3 and before == "ان" and words[k - 3].norm == "علي")
        if norm[:1] == "ب" or before in ("ب", "الي", "والي", "ضروره", "بضروره", "علي") or bound or \
                (k > 0 and any(stem_match(words[k - 1], v, "verb") for v in DEMANDING)):
            return "demanded"
        return "continues" if _stop_negated(words, k) else "own"
    return None


def urged(words: list[Word], mentions: list[Mention], m: Mention) -> bool:
    """Is ``m`` (or the list it ends) the one a verb of asking or urging addresses, with the act asked for
    after it behind «على/إلى/بـ» («تحث اليونان حفتر على رفض الاتفاق», «دعت مصر البرلمان إلى …»,
    «طالبت حكومة الوفاق مجلس الأمن بإدانة …»)?  The one urged is asked to take a stance, and
    holds none yet: whoever urges does."""
    for j in range(m.last + 1, min(len(words), m.last + 1 + URGED_REACH)):
        if words[j].norm in ("علي", "الي") or (clitic_marker(words[j]) == "ب" and upos(words[j]) == "NOUN"):
            break
        if words[j].punct or upos(words[j]) not in ("NOUN", "ADJ", "PROPN") or \
                any(x.first <= j <= x.last for x in mentions):
            return False  # (past others addressed with it that kg does not know: «حفتر والبرلمان على …»)
    else:
        return False
    k = min(x.first for x in coordinated(words, mentions, m)) - 1
    subject = next((x for x in mentions if x.last == k and marker_before(words, x) is None), None)
    if subject is not None:
        k = min(x.first for x in coordinated(words, mentions, subject)) - 1  # VSO: «تحث اليونان وقبرص حفتر على …»
    elif not any(x.last < k and marker_before(words, x) is None for x in mentions):
        # («طالبت مصر بإلغاء الاتفاقية»: the one actor after a verb with no actor before it is its subject)
        return False
    return k >= 0 and (any(stem_match(words[k], v, "verb") for v in DEMANDING) or words[k].norm in URGING_PARTICIPLES)


def urging_before(words: list[Word], m: Mention) -> bool:
    """Does a participle of urging set off by a comma stand right before ``m`` («…، داعيا موسكو إلى …»)?  Its
    agent is the main clause's subject, named before the comma, so ``m`` is the one it addresses."""
    k = m.first - 1
    return k >= 1 and words[k].norm in URGING_PARTICIPLES and participle_after_comma(words, k)


CONFRONTING = ("تصدي", "مواجهه", "مقاومه", "ردع", "صد", "محاربه", "مكافحه")  # noun stems: confronting a deed


def confronting(word: Word) -> bool:
    """Is ``word`` a noun of confronting a deed («التصدي», «مواجهة», «مكافحة»)?"""
    return any(stem_match(word, n, "noun") for n in CONFRONTING)


CONFRONTED_REACH = 8  # words from «في مواجهة» to a support noun that is a later member of what it confronts


def confronted(words: list[Word], hit: TriggerHit) -> bool:
    """Is the supply confronted by a noun of confronting right before it («ردع الدعم التركي لـ…»), or right before
    the masdar of sending it follows («التصدي لنقل المرتزقة», «مواجهة إرسال السلاح»), or by «في مواجهة/لمواجهة»
    before the list of nouns it ends?  Whoever confronts it does not give it."""
    k = past_marks_back(words, hit.first - 1)
    if k >= 1 and any(stem_match(words[k], v, "noun") for v in SENDING):
        k = past_marks_back(words, k - 1)
    if k >= 0 and confronting(words[k]):
        return True
    # («في مواجهة "ميليشيات المشير حفتر والمرتزقة الموالين لها"»: or a later member of the phrase confronted, nouns and
    # their adjectives joined by «و», with no verb or comma between)
    for j in range(hit.first - 1, max(-1, hit.first - 1 - CONFRONTED_REACH), -1):
        w = words[j]
        if confronting(w) and j > 0 and words[j - 1].norm == "في" or w.norm.startswith("لمواجه"):
            return j < hit.first - 1
        if (w.punct and w.text not in DETACHED_MARKS) or upos(w) not in ("NOUN", "ADJ", "PROPN", "DET", "PUNCT"):
            return False
    return False


def _stop_before(words: list[Word], hit: TriggerHit) -> int | None:
    """The stop governing the trigger («وقف الدعم», «بقطع الدعم الإماراتي»), at most one word (its
    subject, an adjective) between."""
    for k in range(max(0, hit.first - 3), hit.first):
        norm = words[k].norm
        bare = norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") and norm[1:] in STOPPING_FORMS else norm
        bare = bare[2:] if bare.startswith("ال") and bare[2:] in STOPPING else bare
        if bare not in STOPPING or bare in ("تراجع", "تراجعت", "يتراجع", "تتراجع"):
            continue  # («تراجع الدعم الروسي»: the support declined, and goes on; «تراجع عن» is read above)
        if any(w.punct or upos(w) not in ("ADJ", "DET", "NOUN", "PROPN") for w in words[k + 1:hit.first]) or \
                hit.first - k > 2:
            return None  # «تدعم مصر وقف إطلاق النار وتدعم حفتر»: the stop governs something else
        return k
    return None


def stop_demanded_of(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> tuple[int, Mention | None]:
    """Where the support a demand asks to end (:func:`stopped` says "demanded") may name its giver: the
    stop's index, and the actor the demand verb addresses right before «بوقف» or «إلى وقف», with the
    verb's subject before that actor («دعت حكومة الوفاق الإمارات إلى وقف دعمها لحفتر»,
    «حكومة الوفاق طالبت الإمارات بوقف دعمها»).  A giver named on the support itself comes after the
    stop («بوقف الدعم الإماراتي لحفتر»); any other actor before it is the one who asks."""
    k = _stop_before(words, hit)
    if k is None:
        return hit.first, None
    p = past_marks_back(words, k - 1)  # (past «ـ» and quotation marks: «بـ"وقف دعمها"»)
    j = p if p >= 0 and words[p].norm in ("ب", "الي", "والي", "علي") else k
    asked = next((m for m in mentions if m.last == j - 1 and marker_before(words, m) is None), None)
    if asked is None:
        return k, None
    if urging_before(words, asked):
        return k, asked  # («…، داعيا موسكو إلى وقف دعمها لحفتر»: the participle's subject is the main clause's)
    verb = next((v for v in range(asked.first - 1, -1, -1) if any(stem_match(words[v], d, "verb") for d in DEMANDING)
                 or words[v].punct), None)
    if verb is None or words[verb].punct:
        return k, None
    subject = any(m.last < asked.first and m is not asked and marker_before(words, m) is None and
                  (m.first > verb or not any(w.punct for w in words[m.last + 1:verb])) for m in mentions)
    return k, asked if subject else None


def past_marks(words: list[Word], k: int) -> int:
    """The first word from word ``k`` on that is no quotation mark: a name in quotation marks keeps its place
    in the clause («وأدانت "الخارجية القطرية" …», «من قبل "قوات حفتر"»)."""
    while k + 1 < len(words) and words[k].text in DETACHED_MARKS:
        k += 1
    return k


def past_marks_back(words: list[Word], k: int) -> int:
    """Word ``k``, or the first word before it that is no quotation mark or tatweel («بـ«العدوان»»): as
    :func:`past_marks`, going back."""
    while k >= 0 and words[k].text in DETACHED_MARKS:
        k -= 1
    return k


def past_detached_preposition(words: list[Word], k: int) -> int:
    """The first word of the noun phrase at word ``k`` past quotation marks, and past a preposition written apart
    before them («بـ"الدور البناء"», «على «الدور»»), which the noun then stands behind."""
    if k + 1 < len(words) and (words[k].norm in ("ب", "ل") and words[k + 1].text in DETACHED_MARKS or
                               words[k].norm == "علي"):
        k += 1  # («أثنى على الدور البناء لروسيا»: «على», a word of its own)
    return past_marks(words, k)


LISTED_GROUP_REACH = 12  # words from a group's noun to the first member its list names («الدول التي تزود … ، ومنها X»)


# deeds whose genitive is their doer (noun stems): an attack, an advance, a siege, an intervention
HALTED_DEEDS = ATTACKS + ("تقدم", "زحف", "عمليات", "حصار", "حمله", "تدخل", "تدخلات")


def act_genitive(words: list[Word], mentions: list[Mention], k: int) -> Mention | None:
    """The actor a demanded act at word ``k`` falls on: its genitive («بمحاسبة حفتر»), or the nationality of
    its genitive noun («بإخراج المرتزقة الأتراك»), or the doer of a deed in construct after it («بوقف هجوم
    حفتر»); not the object of a masdar there («بوقف دعم حفتر»: the deed of the one asked)."""
    named = next((m for m in mentions if m.first == k + 1 or
                  (m.first == m.last == k + 2 and upos(words[k + 1]) == "NOUN" and m.kind == "demonym")), None)
    if named is None and k + 2 < len(words) and not definite(words[k + 1]) and \
            any(stem_match(words[k + 1], d, "noun") for d in HALTED_DEEDS):
        # «بوقف هجوم قوات حفتر», «إلى إنهاء زحف حفتر»: a deed in construct with its doer, which the act ends
        named = next((m for m in mentions if m.first == k + 2), None)
    if named is not None or k + 1 >= len(words) or upos(words[k + 1]) != "NOUN":
        return named
    # («بمعاقبة الدول الداعمة لحفتر، وفي مقدمتها الإمارات»: a group no actor names, and the members of it a list
    # set off by a comma after it names)
    return next((m for m in mentions if k + 1 < m.first <= k + 1 + LISTED_GROUP_REACH and listed_aside(words, m.first)
                 and not any(w.punct and w.norm not in ("،", ",") for w in words[k + 1:m.first])), None)


OBLIGED_REACH = 4  # words from «يجب/على» to the «أن» before the verb it obliges (its subject between)


def _obliged(words: list[Word], k: int) -> bool:
    """Is the verb at word ``k`` what someone ought to do: after «أن» with «يجب/ينبغي» or «على X» before it («يجب أن
    يتوقف», «يجب على حفتر أن يتوقف», «على تركيا أن تتوقف»)?"""
    return k > 0 and words[k - 1].norm == "ان" and any(
        words[j].norm.lstrip("و") in OUGHT or words[j].norm in ("علي", "وعلي")
        for j in range(max(0, k - 2 - OBLIGED_REACH), k - 1))


ENDED = {"انتهي", "توقف", "توقفت", "انقطع", "انقطعت"}  # normalised: «إن دعمها لحفتر انتهى», ended
ENDED_REACH = 5  # words from a support masdar to the verb of ending that is its predicate


def _ended_after(words: list[Word], hit: TriggerHit) -> int | None:
    """«قالت روسيا إن دعمها لحفتر انتهى», «إن الدعم الإماراتي لحفتر لم يتوقف»: a support masdar that opens its
    clause (after «إن/أن» or at the sentence's start) with a verb of ending for its predicate: where that verb
    stands.  Its subject ended the support (or, the verb negated, goes on with it)."""
    if hit.kind != "noun" or not (hit.first == 0 or words[hit.first - 1].norm in THAT_FORMS):
        return None
    for k in range(hit.last + 1, min(len(words), hit.last + 1 + ENDED_REACH)):
        if words[k].norm in ENDED:
            return k
        if words[k].punct or (upos(words[k]) in ("VERB", "AUX") and words[k].norm not in VERB_NEGATORS | {"قد"}):
            return None
    return None


def _stop_negated(words: list[Word], k: int) -> bool:
    """Is the stop at word ``k`` negated right before it («لم يتوقف», «لن تتوقف»)?"""
    return k > 0 and (_bare_conjunction(words[k - 1].norm) in VERB_NEGATORS or words[k - 1].norm == "ما")


def definite(word: Word) -> bool:
    """A noun with the article, behind any proclitics: «الدعم», «للدعم», «بالدعم»; not one that opens on «آ»
    (:func:`opens_on_madda`)."""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 4 else word.norm
    return norm.startswith(("ال", "لل", "بال", "كال")) and not opens_on_madda(word)


def opens_on_madda(word: Word) -> bool:
    """Is the word spelled with «آ» first, behind «و/ف» («آلاف», thousands)?  «آ» normalises to «ا», so the word
    reads as if it had the article («الاف»), which it has not."""
    return strip_diacritics(word.text).lstrip("وف").startswith("آ")


HIDING = {"يخفي", "تخفي", "تخف", "يخف", "يخفون", "يخفوا", "اخفت", "اخفي", "يتستر", "تتستر", "اخفاء",
          "خافيا", "خافيه", "سرا",  # («لم يعد خافيا أن روسيا تدعم حفتر»: no longer hidden)
          # («لم تكتف تركيا بدعم حكومة الوفاق سياسيا بل أرسلت قوات»: not content with it, so it did it)
          "يكتف", "تكتف", "نكتف", "يكتفي", "تكتفي", "نكتفي",
          # («دون أن يكشف تفاصيل محادثاته مع حفتر», «لم يفصح عن فحوى لقائه»: what was not disclosed took place)
          "يكشف", "تكشف", "يفصح", "تفصح"}


HESITATING = {"تتردد", "يتردد", "نتردد", "اتردد", "يترددوا", "تترددوا"}  # normalised, before «في»: hesitate to


def _hiding(words: list[Word], k: int, trigger: int) -> bool:
    """«لم تخف روسيا دعمها لحفتر», «لم تعد تخفي دعمها»: not hiding a deed asserts it (litotes); so does not
    hesitating to do it («لن تتردد في تحميل تركيا المسؤولية»; not «لا صحة لما يتردد عن …», what is rumoured)."""
    return any((w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm) in HIDING or
               (w.norm in HESITATING and j + 1 < trigger and words[j + 1].norm == "في")
               for j, w in enumerate(words[k + 1:trigger], start=k + 1))


ACCEPTING = ("قبل", "سمح", "رضي", "تسامح", "صمت", "سكت")  # verb stems: not accepting a deed is opposing it
IDLE = ("مكتوف", "متفرج")  # «لن نقف مكتوفي الأيدي», «لن تقف متفرجة»: standing idle, normalised beginnings


def _refusing(words: list[Word], k: int, hit: TriggerHit) -> bool:
    """«لن تقبل مصر التدخل التركي», «لا نسمح بأي تدخل»: a negated acceptance of a deed opposed is
    a refusal, which asserts the stance against the deed (the negator is the refusal's, not the deed's);
    so is a negated silence or idleness before it («لن نصمت على الاعتداءات», «لن نقف مكتوفي الأيدي
    إزاء …»)."""
    return hit.trigger.relation == "opposes" and k + 1 < hit.first and \
        (any(stem_match(words[k + 1], v, "verb") for v in ACCEPTING) or
         any(w.norm.startswith(IDLE) for w in words[k + 2:min(k + 4, hit.first)]))


def refused(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """Is the trigger the object of a refusal («لن تقبل مصر التدخل», «لا نسمح بأي تدخل»)?"""
    return any(_bare_conjunction(words[k].norm) in NEGATORS and _refusing(words, k, hit)
               for k in range(max(clause_start, hit.first - 3), hit.first))


def _still(words: list[Word], k: int) -> bool:
    """«لا تزال روسيا تدعم», «لم يزل»: a negated «زال» (cease) means «still», no negation."""
    return k + 1 < len(words) and any(words[k + 1].norm.startswith(p + "زال") or words[k + 1].norm.startswith(p + "زل")
                                      for p in ("", "ي", "ت", "ن"))


HOPES = ("امل", "يامل", "تامل", "نامل", "امال", "يتمني", "تتمني", "نتمني",  # normalised
         "خشي", "خشيت", "يخشي", "تخشي", "نخشي", "خشيه", "تخوف", "يتخوف", "تتخوف", "مخاوف",  # and fears
         "يريد", "تريد", "نريد", "اراد", "ارادت", "يرغب", "ترغب", "نرغب")  # and wants («لا تريد أن تدعم»)
# what ought to be: not asserted support or meeting; for opposition it is a demand, which counts
OUGHT = ("ينبغي", "يجب", "يتعين", "يتوجب")


THEREFORE = {"لذلك", "ولذلك", "لذا", "ولذا", "لهذا", "ولهذا", "وبالتالي", "وعليه", "ثم"}  # normalised: so, then


def participle_after_comma(words, k: int) -> bool:
    """Is word ``k`` an indefinite accusative participle right after a comma («…، مؤكدا», «…، معربة»)?  Its
    agent, and the owner of a pronoun on what it governs («، مجددا دعمه لـ…»), is the main clause's subject.
    (The tagger reads a derived form's participle, «مجددا», as a past verb now and then.)"""
    if k < 1 or words[k - 1].text not in ("،", ","):
        return False
    text = strip_diacritics(words[k].spelled)
    return not text.startswith(("ال", "وال")) and text.endswith(("ا", "ة")) and \
        (upos(words[k]) != "VERB" or text.startswith("م")) and \
        not (text.endswith("ها") and has_pronoun(words[k]))


def wished(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«تأمل الحكومة أن تدعمها واشنطن», «تخشى القاهرة أن تدعم أنقرة …», «ينبغي أن تدعم واشنطن
    …»: what an actor hopes for or fears, or what ought to be, is not asserted."""
    modal = HOPES + (OUGHT if hit.trigger.relation != "opposes" else ())
    if hit.kind == "active" and participle_after_comma(words, hit.first):
        return False  # «قال إن السلام يجب أن يتحقق، مشيدا بجهود مصر»: the participle is the speaker's, outside the wish
    # (a comma and «ولذلك/لهذا/وبالتالي …» open a main clause of what followed: «تخشى القاهرة أن …، ولذلك
    # عززت دعمها لحفتر»)
    clause_start = max([clause_start] + [k + 2 for k in range(clause_start, hit.first - 1)
                                         if words[k].norm in ("،", ",") and words[k + 1].norm in THEREFORE])
    # (the «أن» the wish governs follows it, and no verb of saying: «قال إن فرنسا تريد هدنة، مضيفا أنه طالب …»
    # wishes no demand)
    return any((words[k].norm in modal or (words[k].norm[:1] in ("و", "ف") and words[k].norm[1:] in modal)) and
               any(words[j].norm in ("ان", "بان") and not _says(words[j - 1]) for j in range(k + 1, hit.first))
               for k in range(clause_start, hit.first)) or \
        _intended(words, hit, clause_start)


def _says(word: Word) -> bool:
    """Is ``word`` a verb or participle of saying, whose «أن» follows it («وأكد أن», «مضيفا أنه»)?"""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") else word.norm
    return any(x in SPEECH_VERBS + DROPPED_SPEECH or x in SPEAKING for x in (word.norm, norm))


INTENDING = HOPES + ("يسعي", "تسعي", "نسعي", "سعت", "استعداد", "استعدادها", "استعداده", "استعدادهم", "مستعد",
                     "مستعده", "مستعدون", "مستعدين",  # normalised: seeks to, ready to
                     # (considers, intends, plans to: «تدرس روما إرسال مساعدات عسكرية لحكومة الوفاق»)
                     "تدرس", "يدرس", "ندرس", "تعتزم", "يعتزم", "نعتزم", "تنوي", "ينوي", "ننوي", "تخطط", "يخطط",
                     "تفكر", "يفكر",
                     # (promises: «بعد وعود روسية بإرسال مقاتلين لدعم حفتر», a support still to come)
                     "وعود", "الوعود", "وعودا", "تعهدات", "التعهدات")
INTENT_REACH = 4  # words from «تريد/تسعى/استعداد» to the masdar it governs (its subject and «إلى» between)
PURPOSE_REACH = 2  # more words, to a masdar of purpose behind «لـ»: the masdar it is the purpose of, and its object


def circumstance_asides(words: list[Word]) -> list[tuple[int, int]]:
    """The phrases of when or where set off by commas («، الأحد،», «، في بيان صدر عن الخارجية،»), their commas:
    :func:`relative_asides` of circumstance, without the relative clauses among them."""
    return [(o, c) for o, c in relative_asides(words, len(words), circumstances=True)
            if words[o + 1].norm not in RELATIVES]


# normalised: the phrases of an amount before a counted noun («ما لا يقل عن مئة مدرعة», «أكثر من ثلاثين شحنة»)
AMOUNTS = (("ما", "لا", "يقل", "عن"), ("ما", "يزيد", "علي"), ("ما", "يزيد", "عن"), ("ما", "يربو", "علي"),
           ("اكثر", "من"), ("نحو",), ("قرابه",), ("حوالي",))
AMOUNT_WORDS = 4  # the words of the longest of them


def amount_words(words: list[Word], start: int, end: int) -> int:
    """How many words from ``start`` to before ``end`` are phrases of an amount (:data:`AMOUNTS`): no part of
    the distance from a verb to what it governs."""
    n, k = 0, start
    while k < end:
        phrase = next((p for p in AMOUNTS if tuple(w.norm for w in words[k:k + len(p)]) == p and k + len(p) <= end),
                      None)
        n, k = (n + len(phrase), k + len(phrase)) if phrase else (n, k + 1)
    return n


ANY = {"اي", "لاي", "باي"}  # normalised: «أي هجوم»: whichever, none in particular


def any_support(words: list[Word], hit: TriggerHit) -> bool:
    """«ترحب حكومة الوفاق بأي دعم أمريكي», «حذرت مصر من أي دعم لقوات الوفاق»: support quantified by «أي» is
    whatever may come, none given."""
    return hit.kind == "noun" and hit.trigger.relation == "supports" and hit.first > 0 and \
        words[hit.first - 1].norm in ANY


def circumstance_words(words: list[Word], end: int) -> set[int]:
    """The words, commas included, of the :func:`circumstance_asides` that close before word ``end``, and of a
    phrase of whose voice with no commas («تعتزم الإمارات على لسان المتحدث باسمها إرسال …»; :func:`standing_asides`,
    the speaker's title only): no part of the clause's own words, nor of its distances."""
    return {j for o, c in standing_asides(words, []) if c < end for j in range(o, c + 1)}


def reach_back(end: int, n: int, skipped: set[int]) -> int:
    """The word ``n`` words before word ``end``, the words of ``skipped`` not counted."""
    k, left = end, n
    while k > 0 and left > 0:
        k -= 1
        left -= k not in skipped
    return k


def _intended(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«تريد روسيا دعم حفتر», «تسعى فرنسا إلى دعم حفتر», «أبدت إيطاليا استعدادها لدعم حكومة الوفاق»:
    a masdar an actor wants, seeks or is ready to carry out is intended, not done (a stance against
    someone that one is ready for, «مستعدة لمواجهة الغزو التركي», is held already)."""
    # (a phrase opened by a masdar is one: «تسعى روسيا إلى إرسال مقاتلين لحفتر»)
    masdar_phrase = hit.kind == "phrase" and upos(words[hit.first]) == "NOUN"
    if not (hit.kind == "noun" or masdar_phrase) or hit.trigger.relation == "opposes":
        return False
    # (past when or where it was said, set off by commas: «تعتزم الإمارات، الأحد، إرسال أسلحة إلى …»)
    aside = circumstance_words(words, hit.first)
    # (a purpose «لـ» reaches back past the masdar it is the purpose of, and that masdar's object: «تسعى روسيا إلى
    # إرسال مقاتلين لدعم حفتر»)
    reach = INTENT_REACH + PURPOSE_REACH * (clitic_marker(words[hit.first]) == "ل")
    for k in range(max(clause_start, reach_back(hit.first, reach, aside)), hit.first):
        norm = words[k].norm
        if norm in INTENDING or (norm[:1] in ("و", "ف") and norm[1:] in INTENDING):
            # («استعدادها لمواصلة دعم …»: ready to go on with a support that is there; «غير مستعدة لإرسال …»:
            # a negated readiness is a negated support, read by negated)
            # (a one-word name the tagger calls a verb is the subject: «إذ تسعى تركيا إلى إرسال …»)
            return not any(w.punct or (upos(w) in ("VERB", "AUX") and not one_word_name(w)) or
                           w.norm in ("ان", "بان") or
                           w.norm.lstrip("ل") in ("مواصله", "استمرار")
                           for j, w in enumerate(words[k + 1:hit.first], start=k + 1) if j not in aside) and \
                not (k > 0 and _bare_conjunction(words[k - 1].norm) in NEGATORS)
    return False


def indirect(words: list[Word], hit: TriggerHit) -> bool:
    """«محادثات غير مباشرة بين حفتر والسراج», «التقيا عبر وسطاء»: indirect talks are no meeting."""
    if hit.trigger.relation != "met":
        return False
    # (past the day set off by commas: «استضافت موسكو، الاثنين، محادثات غير مباشرة بين …»)
    near = [w.norm for w in words[hit.last + 1:] if not w.punct and w.norm not in WHEN][:5]
    return any(n in ("غير", "الغير") and i + 1 < len(near) and near[i + 1].startswith(("مباشر", "المباشر"))
               for i, n in enumerate(near)) or any(n in ("وسطاء", "الوسطاء", "وسيط") for n in near)


MAYBE = {"ربما", "وربما", "لربما"}
BEING = {"يكون", "تكون", "يكونوا", "يكونون", "تكونا"}
HEDGE_REACH = 3  # words before the trigger («قد تكون الإمارات زودت …»: the subject between)
# («يُنتظر أن يجتمع السراج بماكرون»: is expected to)
LIKELY = {"يرجح", "ترجح", "المرجح", "يحتمل", "المحتمل", "يستبعد", "تستبعد", "يستبعدون", "يتوقع", "المتوقع",
          "يتوقعون", "ينتظر"}  # normalised: likely, expected, not ruled out (with «لا»)
LIKELY_REACH = 10  # words from «يرجح/لا يستبعد» to the trigger in its «أن» clause


def hedged(words: list[Word], hit: TriggerHit) -> bool:
    """«قال دبلوماسيون إن الإمارات قد تكون زودت حفتر بطائرات», «ربما دعمت …»: what may have
    happened is not asserted."""
    for k in range(max(0, hit.first - HEDGE_REACH - 1), hit.first):
        norm = words[k].norm
        if norm in MAYBE or (norm in ("قد", "وقد") and k + 1 < len(words) and words[k + 1].norm in BEING):
            return not any(w.punct for w in words[k + 1:hit.first])
    # «وقد يلتقي الرئيسان …»: «قد» before the trigger in the imperfect is "may" (before the perfect, «قد
    # التقى», it asserts)
    if hit.kind == "verb" and hit.first > 0 and words[hit.first - 1].norm in ("قد", "وقد") and \
            _imperfect(words[hit.first]):
        return True
    # «لا يستبعد مراقبون أن تتدخل مصر لدعم حفتر», «يرجح أن …»: what is only likely, or not ruled out
    # («لم تستبعد مصادر في الرئاسة أن يلتقي …»: a subject between; «لا يستبعد لقاء بين بوتين وحفتر»: the noun
    # itself its object)
    for k in range(max(0, hit.first - LIKELY_REACH), hit.first):
        # («إنه "لا يستبعد" لقاء …»: the quotation mark between)
        # («لم يستبعد الوزير الألماني عقد لقاء …»: its subject and a masdar of holding between, nouns only)
        if words[k].norm.lstrip("و") in LIKELY and (any(words[j].norm in ("ان", "بان") for j in range(k + 1, hit.first))
                                                    or hit.kind == "noun" and
                                                    all(w.text in DETACHED_MARKS or upos(w) in ("NOUN", "ADJ", "PROPN")
                                                        and not w.punct for w in words[k + 1:hit.first])):
            return not any(w.norm in CLAUSE_BREAKS for w in words[k + 1:hit.first])
    if _unconfirmed(words, hit):
        return True
    # «دعم أمريكي محتمل لحكومة الوفاق»: a possible support, its adjectives between
    after = words[hit.last + 1:hit.last + 1 + HEDGE_REACH]
    for j, w in enumerate(after):
        if w.norm in POSSIBLE:
            return all(upos(x) == "ADJ" or relational(x) for x in after[:j])
        if w.punct:
            break
    # «وفي رده على سؤال حول الدعم الروسي لحفتر، قال …»: what a question is about is asked, not asserted
    return any(_strip_proclitics(words[k].norm) in QUESTION_NOUNS and words[k + 1].norm in ABOUT
               and not any(w.punct for w in words[k + 2:hit.first])
               for k in range(max(0, hit.first - ASKED_REACH), hit.first - 1))


CONFIRMING = {"تاكيد", "التاكد", "تاكد", "يوكد", "توكد", "يوكدوا", "اكد", "اكدت", "يثبت", "تثبت", "اثبات"}  # normalised
UNCONFIRMED_REACH = 12  # words from «لم يستطع تأكيد» to the trigger in what is not confirmed
CONFIRM_NEGATOR_REACH = 3  # words from the negator to the confirming word («لم يستطع المصدر تأكيد»)
CONFIRM_NEGATORS = {"لم", "لا", "لن", "دون", "بدون", "عدم", "بعدم"}  # particles only (not «نفت … وأكدت»)


def _unconfirmed(words: list[Word], hit: TriggerHit) -> bool:
    """«لم يتمكن المصدر من تأكيد ما إذا كان ماكرون تحدث هاتفيا مع السراج», «دون أن يؤكد أن …»: what a
    source could not or did not confirm is not asserted (a denial says it did not happen: :func:`denied`)."""
    for k in range(max(0, hit.first - UNCONFIRMED_REACH), hit.first):
        if words[k].norm.lstrip("و") not in CONFIRMING or any(w.norm in CLAUSE_BREAKS for w in words[k + 1:hit.first]):
            continue
        if any(_bare_conjunction(words[j].norm) in CONFIRM_NEGATORS
               for j in range(max(0, k - CONFIRM_NEGATOR_REACH), k)):
            return True
    return False


# normalised: a statement, resolution, draft or condemnation an actor blocks
STATEMENT_OBJECTS = {"بيان", "بيانا", "قرار", "قرارا", "مشروع", "مشروعا", "اعلان", "اعلانا", "ادانه"}
BLOCKED_REACH = 6  # words from the blocking verb to the statement it blocks (its subject and where between)


def blocked_statement(words: list[Word], hit: TriggerHit) -> int | None:
    """Where the statement that ``hit`` blocks begins («عرقلت روسيا في مجلس الأمن بيانا يدين …»: the
    statement noun after the verb, its subject and where between; «لمنع قرار»: the phrase's own noun)."""
    if not hit.trigger.blocks_statements:
        return None
    for k in range(hit.last, min(len(words), hit.last + 1 + BLOCKED_REACH)):
        if k > hit.last and words[k].punct:
            return None
        if words[k].norm.lstrip("ول") in STATEMENT_OBJECTS:
            return k
    return None


DRAFTING = AUTHOR_VERBS + ("اصدر", "صاغ", "وزع")  # verb stems of drafting or putting forward a document
DRAFT_PLACE = 4  # words of where a draft was put («في مجلس الأمن الدولي»), between its author and its verb
DRAFTED_REACH = 10  # words from a verb back to the relative clause of drafting before it


def drafted_by(words: list[Word], mentions: list[Mention], verb: int, start: int = 0) -> Mention | None:
    """The author of the indefinite statement whose relative clause the verb at word ``verb`` opens, named by the
    relative clause of drafting right before it, which takes no «الذي»: a verb of drafting with the statement's
    pronoun, its subject after it, and where it was put («مشروع قرار أعدته فرنسا في مجلس الأمن يطالب …»); from
    word ``start`` on."""
    for j in range(verb - 1, max(start, verb - DRAFTED_REACH), -1):
        if words[j].punct:
            return None
        if words[j - 1].norm not in STATEMENT_OBJECTS | {"رساله", "تقرير", "تقريرا"} or not has_pronoun(words[j]) or \
                not any(stem_match(words[j], v, "verb") for v in DRAFTING):
            continue
        author = next((m for m in mentions if m.first == j + 1 and marker_before(words, m) is None), None)
        rest = words[author.last + 1:verb] if author is not None else []
        if author is None or rest and (rest[0].norm != "في" or len(rest) > DRAFT_PLACE):
            return None
        return author
    return None


POSSIBLE = {"محتمل", "المحتمل", "محتمله", "المحتمله", "مرتقب", "المرتقب", "مرتقبه", "المرتقبه"}  # normalised


QUESTION_NOUNS = {"سوال", "السوال", "اسيله", "الاسيله", "تساول", "تساولات", "التساولات", "استفسار"}  # normalised
ABOUT = {"حول", "عن", "بشان", "بخصوص"}
ASKED_REACH = 4  # words from «سؤال حول» to the trigger (its article and adjectives between)


def _strip_proclitics(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف", "ب", "ل") and len(norm) > 4 else norm


def _imperfect(word: Word) -> bool:
    """The tagger's aspect of a verb; without one, a «ي/ن» prefix («ت» also begins perfects: «تحالفت»)."""
    aspect = word.stem.feat("Aspect") if word.tokens else None
    return aspect == "Imp" if aspect else word.norm[:1] in ("ي", "ن")


PLUPERFECT_REACH = 12  # words from «كان» to the «قد» of its pluperfect («وكان الرئيس الأمريكي قد …»)
WAS = {"كان", "وكان", "كانت", "وكانت", "كانا", "وكانا", "كانوا", "وكانوا"}


def _pluperfect(words: list[Word], k: int) -> bool:
    """«وكان ترامب قد تحدث هاتفيا مع حفتر»: «قد» after «كان» and its subject is the pluperfect, what had
    happened, whatever the verb after it (a perfect of the «تفعّل» form begins with «ت» as imperfects do)."""
    # (the subject's long name and titles between: «وكان أمير الدولة الخليجية الشيخ فلان بن فلان قد تلقى …»)
    return any(words[j].norm in WAS and not any(w.punct or upos(w) == "VERB" for w in words[j + 1:k])
               for j in range(max(0, k - PLUPERFECT_REACH), k))


def _bare_conjunction(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 and norm[1:] in NEGATORS else norm


DENIAL_REACH = 8  # words from a denial verb to the trigger it governs
DENIAL_REACH_NOMINAL = 14  # when only nouns and adjectives stand between


def denied(words: list[Word], hit: TriggerHit, clause_start: int, mentions: list[Mention] = ()) -> bool:
    """«نفت روسيا تقديم أي دعم عسكري لحفتر»: a denial verb earlier in the
    clause negates the trigger it governs, however long the verb phrase (``mentions``: actors'
    names, whatever the tagger calls their words)."""
    # (a relative clause between asserts on its own: «تنفي روسيا أي صلة بمرتزقة الذين يقاتلون …»)
    # (further when no verb or punctuation stands between, a long name of the denial's subject among them:
    # «نفى المتحدث باسم الكرملين ديمتري بيسكوف وجود أي عسكريين روس يقاتلون إلى جانب حفتر»)
    near = _skipping_parenthesis(words, hit.first) - DENIAL_REACH
    # («تتهم حكومة الوفاق فرنسا، التي تنفي ذلك، بدعم حفتر»: a denial inside a relative clause set off by
    # commas denies what was said before, not the trigger after it)
    asides = relative_asides(words, hit.first)
    joined = _joined_clause(words, hit)  # (after the denial and its object: «نفت حكومة الوفاق ذلك واتهمته بالكذب»)
    # («نفى لافروف، خلال مؤتمر صحفي مع نظيره، وجود عسكريين روس يقاتلون …»: a phrase of where or when in commas
    # after the denial is no part of what is denied, nor of the distance to it; a meeting inside it is not denied)
    where = circumstance_asides(words)
    # («وتنفي موسكو، رغم التقارير الأممية، دعمها لحفتر»: nor is a concession set off by commas)
    where += concessive_asides(words)
    if any(o < hit.first < c for o, c in where):
        where_open = min(o for o, c in where if o < hit.first < c)
        clause_start = max(clause_start, where_open)
    skipped = {j for o, c in where if c < hit.first for j in range(o, c + 1)}

    def reach(k: int) -> int:
        """Word ``k`` moved on by the words of such phrases between it and the trigger."""
        return k + sum(k < j for j in skipped)

    def plain(k: int) -> bool:
        """No punctuation and no verb (a name the tagger calls one aside) between word ``k`` and the trigger."""
        return not any((w.punct or (upos(w) in ("VERB", "AUX") and not any(m.first <= j <= m.last for m in mentions)))
                       and j not in skipped for j, w in enumerate(words[k + 1:hit.first], start=k + 1))

    # (a verb joined by «و» after a comma opens a clause the denial before it does not reach)
    opened = joined_clause_before(words, hit.first, clause_start) or 0
    return any(denial_word(words[k].norm) and not _denial_negated(words, k, clause_start)
               and not (joined and hit.first - k > 1) and k >= opened
               and not any(o < k < c for o, c in asides)
               and not _open_relative(words, k, hit.first) and not _other_saying(words, k, hit.first)
               and not _conceded(words, k, hit.first, skipped) and not while_closed(words, k, hit.first)
               and not any(opens_while(words, j) or contrast_at(words, j) for j in range(k + 1, hit.first))
               and (reach(k) >= near or (reach(k) >= near - (DENIAL_REACH_NOMINAL - DENIAL_REACH) and plain(k)))
               for k in range(clause_start, hit.first)) or \
        rejected_report(words, hit) is not None or _called_false(words, hit) or _untrue_that(words, hit, clause_start) \
        or _denied_that(words, hit, mentions)


CONCESSIVE = {"رغم", "ورغم", "برغم", "بالرغم", "الرغم"}  # normalised: «رغم نفي باريس، …»


def _conceded(words: list[Word], k: int, end: int, asides: set[int] = frozenset()) -> bool:
    """«رغم نفي باريس، تؤكد تقارير أن فرنسا دعمت حفتر»: a denial named in a concessive phrase closed by a
    comma before the trigger is granted, and the main clause asserts against it.  (Nor does a denial reach
    into a concessive phrase after it: «تنفي باريس دعم حفتر رغم اتهامات حكومة الوفاق لها بالانحياز إليه»; one
    set off by commas between, ``asides``, is passed over.)"""
    return (any(words[j].norm in CONCESSIVE for j in range(max(0, k - 3), k)) and
            any(words[j].norm in ("،", ",") for j in range(k + 1, end))) or \
        any(words[j].norm in CONCESSIVE and j not in asides for j in range(k + 1, end))


REGARDING = {"يخص", "يتعلق", "بعد"}  # normalised: «فيما يخص/يتعلق بـ», regarding; «فيما بعد», later


def opens_while(words: list[Word], j: int) -> bool:
    """Does word ``j`` open a clause of its own with «فيما/بينما/في حين», the conjunction joined or not («وفيما
    نفت أبوظبي …»), and not «فيما يخص», regarding?  What is denied before it is not denied after it: «ونفت موسكو
    الاتهامات، فيما تتهمها واشنطن بدعم حفتر»."""
    return (while_at(words, j) or words[j].norm in WHILE_JOINED) and \
        not (j + 1 < len(words) and words[j + 1].norm in REGARDING)


CONTRASTS = {"لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"}  # normalised: but


def contrast_at(words: list[Word], j: int) -> bool:
    """Does word ``j`` open a clause that sets itself against the one before («لكن», «غير أن», «إلا أن»)?  What is
    denied before it is not denied after it: «وتنفي موسكو ذلك، لكن واشنطن تتهمها بنشر طائرات في ليبيا»."""
    return words[j].norm in CONTRASTS or \
        (words[j].norm in ("غير", "الا") and j + 1 < len(words) and words[j + 1].norm in THAT_FORMS)


def while_closed(words: list[Word], k: int, end: int) -> bool:
    """Is word ``k`` in a clause opened by «بينما/فيما/في حين» before the main clause, closed by a comma before
    word ``end``?  («وبينما تنفي فرنسا دعمها لحفتر، تتهمها حكومة الوفاق بالانحياز إليه»: neither the denial nor
    the subject of the clause reaches past it; the commas of a phrase set off inside it do not close it.)"""
    opened = next((j for j in range(k - 1, -1, -1) if opens_while(words, j) or words[j].punct), None)
    if opened is None or not opens_while(words, opened):
        return False
    inside = {j for o, c in relative_asides(words, end, circumstances=True) + concessive_asides(words)
              for j in range(o, c + 1)}
    return any(words[j].norm in ("،", ",") and j not in inside for j in range(k + 1, end))


def concessive_asides(words: list[Word]) -> list[tuple[int, int]]:
    """Every concession set off by commas inside a clause («، رغم التقارير الأممية،», «، على الرغم من ذلك،»):
    (opening comma, closing comma) pairs.  What the clause says goes on past it."""
    spans = []
    for j in range(len(words) - 2):
        opener = words[j + 1].norm in CONCESSIVE or (words[j + 1].norm == "علي" and words[j + 2].norm == "الرغم")
        if words[j].norm in ("،", ",") and opener:
            close = next((c for c in range(j + 2, min(len(words), j + PARENTHESIS_REACH))
                          if words[c].norm in ("،", ",") or words[c].norm in CLAUSE_BREAKS), None)
            if close is not None and words[close].norm in ("،", ","):
                spans.append((j, close))
    return spans


def _other_saying(words: list[Word], k: int, end: int) -> bool:
    """Another verb with its own «أن» between a denial and the trigger: «نفت روسيا وأكدت أن تركيا
    تدعم …» asserts what follows «أن»."""
    return any(upos(words[j]) == "VERB" and not denial_word(words[j].norm) and
               words[j + 1].norm in THAT_FORMS for j in range(k + 1, end - 1))


WHILE = {"فيما", "بينما", "وبينما"}  # normalised: «، فيما رحبت القاهرة …»: a clause of its own
WHILE_JOINED = {"و" + w for w in WHILE}  # «وفيما», «وبينما»


def while_at(words: list[Word], k: int) -> bool:
    """Does word ``k`` open a clause of its own with «فيما/بينما» or «في حين»?  That clause has its own subject."""
    return words[k].norm in WHILE or (words[k].norm == "حين" and k > 0 and words[k - 1].norm in ("في", "وفي"))


def without_at(words: list[Word], k: int) -> bool:
    """Does word ``k`` open a clause with «دون أن» («من دون أن», «بدون أن»)?  An actor after it is its verb's, not
    an argument of a verb before it («تؤيد الحوار، دون أن تذكر شيئا عن اتصالاتها مع حفتر»)."""
    return words[k].norm == "ان" and k > 0 and words[k - 1].norm in ("دون", "بدون")


def subordinate_at(words: list[Word], k: int) -> bool:
    """Does word ``k`` open a clause of time of its own with «بعد أن», «قبل أن» or «منذ أن»?  That clause has its
    own subject."""
    return words[k].norm == "ان" and k > 0 and words[k - 1].norm in ("بعد", "وبعد", "قبل", "وقبل", "منذ")


THAT_FORMS = {"ان", "بان", "انه", "انها", "انهم"}  # normalised «أن» opening what is said or denied
THAT_JOINED = {"و" + t for t in THAT_FORMS}  # «وأن», «وأنها»: a second «أن» joined to the first


def verb_after_comma(words: list[Word], j: int) -> bool:
    """Does a verb joined by «و» after a comma open a clause of its own at word ``j``?  A denial before the
    comma does not reach into it («نفت أنقرة أن تكون سفنها اعترضت السفينة، واتهمت أثينا بدعم حفتر»), and with
    no subject of its own it goes on with the sentence's subject, not an actor named in the clause before."""
    # (an accusation's verb, which the tagger may call a noun: «، واتهم واشنطن بتسليح …»; its masdar differs)
    return j >= 1 and words[j - 1].norm in ("،", ",") and conjunction_on(words[j]) and \
        (upos(words[j]) == "VERB" or any(stem_match(words[j], v, "verb") for v in _accusation_stems()[0]))


def joined_clause_before(words: list[Word], end: int, floor: int) -> int | None:
    """The last word between word ``floor`` and word ``end`` (both out) where a verb joined by «و» after a comma
    opens a clause of its own (:func:`verb_after_comma`), if any."""
    return next((j for j in range(end - 1, floor, -1) if verb_after_comma(words, j)), None)


def _denied_that(words: list[Word], hit: TriggerHit, mentions: list[Mention] = ()) -> bool:
    """«نفى المتحدث باسم الخارجية الروسية أن تكون موسكو قد أرسلت مرتزقة لدعم حفتر»: all that the
    clause after the denial's «أن» states is denied, however long it runs (``mentions``: actors' names between,
    whatever the tagger calls their words: «نفى الوزير أنور قرقاش أن …», where «أنور» is tagged a verb).  A verb
    joined by «و» after a comma opens a clause of its own, as «فيما/لكن» do («نفت أبوظبي أن تكون قد زودت حفتر
    بالسلاح، ودعت إلى وقف التدخل التركي»: the call is the denier's own)."""
    if _joined_clause(words, hit) and hit.kind == "verb" and hit.first >= 1 and words[hit.first - 1].norm in ("،", ","):
        return False
    for j in range(hit.first - 1, 0, -1):
        if words[j].norm in CLAUSE_BREAKS or opens_while(words, j) or contrast_at(words, j):
            return False
        if verb_after_comma(words, j):
            return False  # (and what that verb governs: «…، واتهمت أثينا بدعم حفتر» is the denier's charge)
        if (words[j].norm in THAT_FORMS and words[j - 1].norm == "او") or \
                words[j].norm in THAT_JOINED:
            continue  # («نفى أن تكون روسيا أرسلت مرتزقة، أو أنها تدعم حفتر»: a second «أن» the denial governs)
        if words[j].norm in THAT_FORMS:
            # (past a phrase of where or when set off by commas: «نفى بيسكوف، في تصريحات صحفية، أن تكون …»)
            aside = parenthesis_before(words, j)
            end = aside[0] if aside is not None else j
            # (the denial's own subject between, no other verb or clause: «نفت روسيا الاتهامات، وأكدت أن …»; a
            # long title and where it was said too: «نفى ميخائيل بوغدانوف نائب وزير الخارجية في تصريحات لوكالة
            # نوفوستي أن …»)
            return any(denial_word(words[k].norm) and not _denial_negated(words, k, 0) and
                       not any(w.punct or upos(w) in ("VERB", "AUX") and
                               not any(m.first <= j <= m.last for m in mentions)
                               for j, w in enumerate(words[k + 1:end], start=k + 1))
                       for k in range(max(0, end - DENIAL_REACH_NOMINAL), end))
    return False


UNTRUE = {"صحيحا", "صحيح"}  # «ليس صحيحا أن …», «غير صحيح أن …»


EVIDENCE = {"دليل", "ادله", "اثبات", "دلايل"}  # normalised: «لا دليل على أن …»
NO_EVIDENCE_NEGATORS = {"لا", "ليس", "لم", "غير", "دون", "بلا", "بدون"}
NO_EVIDENCE_REACH = 2  # words from the negator to «دليل» («لا يوجد دليل», «ليس هناك أي دليل»)


def _untrue_that(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """«ليس صحيحا أن مصر ترسل أسلحة إلى حفتر»: what is said to be untrue is denied; so is what there is said
    to be no evidence of («لا دليل على أن الإمارات قدمت أسلحة لحفتر», «دون أي دليل على أن …»)."""
    for k in range(max(1, clause_start), max(1, hit.first - 1)):
        if words[k].norm in UNTRUE and _bare_conjunction(words[k - 1].norm) in ("ليس", "غير") and \
                words[k + 1].norm in ("ان", "بان", "انه", "انها"):
            return True
        if words[k].norm in EVIDENCE and \
                any(_bare_conjunction(words[j].norm) in NO_EVIDENCE_NEGATORS
                    for j in range(max(0, k - 1 - NO_EVIDENCE_REACH), k)) and \
                (words[k + 1].norm in THAT_FORMS or
                 (words[k + 1].norm == "علي" and k + 2 < hit.first and words[k + 2].norm in THAT_FORMS)):
            return True
    return False


# what is reported of an actor, and may be rejected or called false (normalised, without article)
REPORTS = {"مزاعم", "ادعاءات", "اتهامات", "تقارير", "انباء", "شايعات", "حديث", "اقاويل", "روايات", "معلومات"}
REJECTING = ("رفض", "نفي", "نفت", "كذب", "فند", "دحض")  # verb stems: «رفضت روسيا المزاعم بشأن دعمها لحفتر»
# «… بأنها عارية عن الصحة», «لا أساس لها», «مجرد شائعات»: what is said of a report calls it false
FALSE_WORDS = {"عار", "عاريه", "شايعات", "كاذبه", "ملفقه", "مفبركه", "اكاذيب", "افتراءات", "باطله", "باطل"}
REPORT_REACH = 5  # words from a report noun to the trigger it is about («التقارير عن دعمها لحفتر»)
RELATIVE_REACH = 4  # more words, for a relative clause on the report («التي وجهتها إليها حكومة الوفاق»)
REJECTING_REACH = 8  # words from the verb rejecting a report to the report («نفت موسكو مرارا … الاتهامات»)
FALSE_REACH = 10  # words from the trigger to what calls the report false


def report_before(words: list[Word], hit: TriggerHit) -> int | None:
    """The report noun shortly before the trigger («المزاعم بشأن دعمها», «لما يتردد عن دعم»), or further
    with a relative clause on it naming who made it («الاتهامات التي وجهتها إليها حكومة الوفاق بدعم …»)."""
    for k in range(hit.first - 1, max(-1, hit.first - 1 - REPORT_REACH - RELATIVE_REACH), -1):
        if words[k].text in QUOTE_MARKS:
            continue  # («"الاتهامات الكاذبة" بأن باريس تدعم …»: the report named in quotation marks)
        if words[k].punct:
            return None
        # («التقارير الإعلامية التي تحدثت عن …»: the relative clause past the report's adjective)
        relative = words[k + 1].norm in RELATIVES or \
            (upos(words[k + 1]) == "ADJ" and k + 2 < hit.first and words[k + 2].norm in RELATIVES)
        if report_noun(words[k]) and (k >= hit.first - REPORT_REACH or relative or _charge_opens(words, k)):
            return k
    return None


CHARGE_OPENING = 3  # words from a report noun to the «بـ» of its charge, past its author and «لها»


def _charge_opens(words: list[Word], k: int) -> bool:
    """Does the charge of the report at word ``k`` open shortly after it («اتهامات فرنسا لها بإرسال
    مرتزقة إلى طرابلس لدعم حكومة الوفاق»)?  Then the report reaches as far as a relative clause would: the
    purpose of what is charged is charged too."""
    return any(clitic_marker(w) == "ب" for w in words[k + 1:k + 1 + CHARGE_OPENING])


def report_noun(word: Word) -> bool:
    """«الاتهامات», «مزاعم», «وتقارير», «للأنباء»: a noun naming what is said of someone, true or not."""
    norm = word.norm.lstrip("وف") if len(word.norm) > 4 else word.norm
    if norm.startswith("لل") and len(norm) > 4:
        norm = "ال" + norm[2:]  # («لا صحة للأنباء عن …»: «لـ» on the article)
    return norm in REPORTS or (norm.startswith("ال") and norm[2:] in REPORTS)


def report_author(words: list[Word], mentions: list, hit: TriggerHit):
    """The author named right after the report noun before ``hit`` («الاتهامات الفرنسية بدعمها لحكومة
    الوفاق»: France), or None: the one the report is by, never the one it is about."""
    k = report_before(words, hit)
    return next((m for m in mentions if m.first == k + 1), None) if k is not None else None


def rejected_report(words: list[Word], hit: TriggerHit) -> int | None:
    """«رفضت روسيا المزاعم بشأن دعمها لحفتر», «لا صحة لما يتردد عن دعم موسكو لحفتر»: what the trigger
    states is in a report that is rejected or declared untrue: the index of the rejecting word."""
    k = report_before(words, hit)
    if k is None:
        k = _rumoured_before(words, hit)
    if k is None:
        # («نفت الرئاسة ما تداولته وسائل إعلام بشأن سماح تونس لأنقرة …»: what the media circulated, all of it up to
        # the end of its clause)
        for j in range(hit.first - 1, 0, -1):
            if words[j].punct:
                break
            if words[j].norm in CIRCULATED and words[j - 1].norm in ("ما", "بما", "لما"):
                k = j
                break
    if k is None:
        return None
    j, budget = k - 1, REJECTING_REACH
    while j >= 0 and budget > 0:
        name = _named_in_commas(words, j)
        if name is not None:
            j = name - 1  # («نفت المتحدثة باسم الخارجية، ماريا زاخاروفا، التقارير …»: past the name in commas)
            continue
        described = _described_as_before(words, j)  # («رفض ما وصفه بـ"الاتهامات الكاذبة"»)
        if words[j].text in QUOTE_MARKS or not words[j].norm or described:
            j -= 3 if described else 1
            continue
        budget -= 1
        opening = _aside_opening(words, j)
        if opening is not None:
            j = opening - 1  # («نفت الرئاسة، في بلاغ سابق، ما تداولته …»: past an aside in commas)
            continue
        if words[j].punct or words[j].norm in CONCESSIVE:
            return None  # (a report granted, «رغم اتهامات …», is no report rejected)
        if words[j].norm in ("صحه", "لصحه", "اساس") and j > 0 and _bare_conjunction(words[j - 1].norm) == "لا":
            return j  # «لا صحة لما يتردد عن …», «لا أساس لما يقال عن …»
        if any(stem_match(words[j], v, "verb") for v in REJECTING) or denial_word(words[j].norm):
            return j
        j -= 1
    return None


RUMOURED = ("يتردد", "يشاع", "اشيع", "يقال", "تردد")  # normalised: «لما يتردد عن …», «ما يقال عن …»


def _rumoured_before(words: list[Word], hit: TriggerHit) -> int | None:
    """Where «ما يقال/يتردد عن …» ("what is said of"), shortly before the trigger, stands, if it does."""
    return next((j for j in range(hit.first - 1, max(-1, hit.first - REPORT_REACH - 1), -1)
                 if words[j].norm in RUMOURED), None)


def _described_as_before(words: list[Word], j: int) -> bool:
    """Is word ``j`` the «بـ» of «ما وصفه/وصفته/سماه بـ» ("what he called") before a report named by it?"""
    return j >= 2 and words[j].norm == "ب" and words[j - 2].norm in ("ما", "لما", "بما") and \
        any(words[j - 1].norm.startswith(v) for v in ("وصف", "سما", "اسما"))


WHAT_FORMS = {"ما", "بما", "لما", "مما"}  # normalised: «ما» (what), with «بـ/لـ/من» on it


def called_so(words: list[Word], i: int) -> int | None:
    """When word ``i`` is what «ما وصفه/وصفته/سماه بـ» names («احتجاجا على ما وصفته بانحيازها إلى حفتر»,
    «تنديدا بما وصفه بـ"تدخلها"»: a deed in the words of the one who calls it so), the index of the verb of
    calling; else None."""
    j = i - 1
    while j >= 0 and (words[j].text in QUOTE_MARKS or not words[j].norm):
        j -= 1  # («بـ«شجاعة»»: the quotation marks and a tatweel after the clitic)
    if j >= 0 and words[j].norm == "ب":
        return j - 1 if _described_as_before(words, j) else None
    named = j >= 1 and j == i - 1 and words[i].norm.startswith("ب") and words[j - 1].norm in WHAT_FORMS and \
        words[j].norm.startswith(("وصف", "سما", "اسما"))
    return j if named else None


# normalised: what media spread, repeat or publish, past or present («ما تداولته/تتداوله/تردده/نشرته وسائل إعلام»)
CIRCULATED = {"تداولته", "تناقلته", "تداولت", "تناقلت", "روجته", "روجت", "اوردته",
              "تتداوله", "يتداوله", "تتناقله", "يتناقله", "تروجه", "يروجه", "تورده", "يورده",
              "رددته", "ردده", "تردده", "يردده", "نشرته", "نشره", "تنشره", "ينشره"}
ASIDE_WORDS = 4  # words of an aside set off by commas before a report («، في بلاغ سابق،»)


def _aside_opening(words: list[Word], j: int) -> int | None:
    """The opening comma of a short aside of where or when («، في بلاغ سابق،», «، أمس،») whose closing comma is
    word ``j`` (or the opening parenthesis of a day in parentheses, «(الأحد)», that closes at word ``j``)."""
    if words[j].text == ")" or words[j].text in DASHES:
        dated = parenthesis_before(words, j + 1)
        return dated[0] if dated is not None else None
    if words[j].norm not in ("،", ","):
        return None
    k = next((k for k in range(j - 1, max(-1, j - 2 - ASIDE_WORDS), -1) if words[k].norm in ("،", ",")), None)
    if k is None or k + 1 >= j or any(upos(w) in ("VERB", "AUX") or w.punct for w in words[k + 1:j]):
        # (or a longer one with a verb of its own: «، في بيان صدر عن وزارة خارجيتها،»)
        return next((o for o, c in circumstance_asides(words) if c == j), None)
    return k if words[k + 1].norm in NOMINAL_BEFORE or words[k + 1].norm in WHEN else None


NAME_IN_COMMAS = 4  # words of a name set off by commas after its title («، ماريا زاخاروفا،»)


def _named_in_commas(words: list[Word], j: int) -> int | None:
    """The opening comma of a name set off by commas whose closing comma is word ``j`` (a few words, no verb
    joined by «و», relative or «أن» among them): a title's holder in apposition."""
    if words[j].norm not in ("،", ","):
        return None
    opening = next((o for o in range(j - 2, max(-1, j - 2 - NAME_IN_COMMAS), -1) if words[o].punct), None)
    if opening is None or words[opening].norm not in ("،", ","):
        return None
    inside = words[opening + 1:j]
    if any(w.norm in RELATIVES or w.norm in THAT_FORMS or w.norm in WHEN or conjunction_on(w) for w in inside):
        return None
    return opening


def _called_false(words: list[Word], hit: TriggerHit) -> bool:
    """«ووصفت موسكو التقارير عن دعمها لحفتر بأنها عارية عن الصحة»: a report of the trigger called false
    after it («إن ما يقال عن دعمها لحفتر عار عن الصحة»: what is said of it, too)."""
    if report_before(words, hit) is None and _rumoured_before(words, hit) is None:
        return False
    after = [w.norm for w in words[hit.last + 1:hit.last + 1 + FALSE_REACH] if w.norm not in CLAUSE_BREAKS]
    for j, norm in enumerate(after):
        bare = norm[1:] if norm[:1] in ("و", "ف", "ب") and len(norm) > 4 else norm
        if bare in FALSE_WORDS or norm in FALSE_WORDS or \
                (norm in ("اساس", "اساسا") and j > 0 and after[j - 1] in ("لا", "بلا")):
            return True
    return False


def _skipping_parenthesis(words: list[Word], k: int) -> int:
    """Word ``k``, or the opening of a relative clause set off by commas right before it: distances
    to the main clause skip it."""
    span = parenthesis_before(words, k)
    return span[0] if span is not None else k


def _open_relative(words: list[Word], k: int, end: int) -> bool:
    """Is a relative clause open between word ``k`` and ``end`` (a relative pronoun with no comma
    closing it before ``end``: «تنفي روسيا، التي تتهمها واشنطن بإرسال مرتزقة، دعمها» is closed)?"""
    rel = next((j for j in range(end - 1, k, -1) if words[j].norm in RELATIVES), None)
    return rel is not None and not any(w.norm in ("،", ",") for w in words[rel + 1:end])


def _denial_negated(words: list[Word], k: int, clause_start: int) -> bool:
    """«لم يعد بإمكانها إنكار دعمها», «لا يمكن إنكار دعمها»: a denial negated asserts the deed."""
    return any(_bare_conjunction(words[j].norm) in NEGATORS for j in range(max(clause_start, k - 3), k))


def denial_word(norm: str) -> bool:
    """A denial verb or masdar, with «و/ف» before it or a pronoun after it: «نفت», «ونفيها»,
    «إنكارها», «تتنصل»."""
    forms = {norm, norm[1:]} if norm[:1] in ("و", "ف") and len(norm) > 3 else {norm}
    forms |= {f[:-len(p)] for f in forms for p in ("هما", "هم", "ها", "ه") if f.endswith(p) and len(f) - len(p) >= 3}
    return bool(forms & DENIALS)


def negated_at(words: list[Word], hit: TriggerHit, mentions: list[Mention] = ()) -> bool:
    """Is the trigger's claim negated: the trigger negated or denied within its clause, or, for a
    lexeme that states the relation ended («تخلى عن») or a support its giver stops («توقفت عن دعم»),
    not negated («لن تتخلى أنقرة عن دعم حكومة الوفاق»: the support goes on)?"""
    a, _ = clause_bounds(words, hit.first)
    return claim_negated(negated_or_denied(words, hit, a, mentions), stopped(words, hit), hit.trigger.denies_relation)


def claim_negated(denied: bool, halted: str | None, denies_relation: bool) -> bool:
    """The polarity of a trigger's claim from the trigger's own negation or denial (``denied``), the stop
    that governs it (:func:`stopped`) and whether the lexeme states the relation ended: a support stopped
    is negated, one that will not stop goes on («لن تتخلى أنقرة عن دعم حكومة الوفاق»), a stop negated
    asserts it («لم تتوقف الإمارات عن دعم حفتر»); «تخلت واشنطن عن حفتر» is no support."""
    if halted == "continues":
        return denies_relation
    return (denied != (halted == "own")) != denies_relation


def pronoun_after_stem(word: Word, stems) -> bool:
    """Does ``word`` end in a pronoun suffix right after one of ``stems`` (a clitic or two before it), though the
    tokenizer left it on the word («دعمه», «ضيفه», «حليفها»)?  Not a feminine «ة»: «ضيفة» is a guest of her own; but
    a stem ending in «ة» writes it «ت» before the pronoun («حليفتها»)."""
    text = strip_diacritics(word.spelled)
    stems = list(stems) + [stem[:-1] + "ت" for stem in stems if stem.endswith("ه")]
    for suffix in ("هما", "هم", "ها", "ه"):
        if text.endswith(suffix) and not text.endswith("ة"):
            rest = word.norm[:len(word.norm) - len(suffix)]
            return any(rest.endswith(stem) and len(rest) - len(stem) <= 2 for stem in stems)
    return False


def possessed_hit(words: list[Word], hit: TriggerHit) -> bool:
    """Does the trigger's word carry a possessive pronoun, split off by the tokenizer or left on the word after one of
    its agent nouns («ضيفه», «حليفها», «حليفتها»)?"""
    return has_pronoun(words[hit.first]) or pronoun_after_stem(words[hit.first], hit.trigger.agent_nouns)


def negated_or_denied(words: list[Word], hit: TriggerHit, clause_start: int, mentions: list[Mention] = ()) -> bool:
    """Is the trigger negated or denied in its clause?  An accusation denied by the one accused was
    still made («نفت أبوظبي الاتهامات التركية لها»): only a plain negation negates it."""
    accusing = hit.kind == "noun" and accusation(words[hit.first])
    if hit.kind == "agent" and possessed_hit(words, hit) and hit.first > 0 and \
            upos(words[hit.first - 1]) == "NOUN" and not denial_word(words[hit.first - 1].norm):
        # («رفض الوزير اتهامات ضيفه اليوناني»: one named by what he is to another, «ضيفه», «حليفها», in the genitive
        # of what is rejected or negated is what he is all the same)
        return False
    if hit.kind != "noun" and participle_after_comma(words, hit.first):
        # («نفى أن تكون موسكو أرسلت طائرات، واصفا التقرير بأنه هراء»: what the denier does, under no denial before)
        return negated(words, hit, hit.first)
    return (negated(words, hit, clause_start) and not (accusing and denial_before(words, hit, clause_start))) or \
        (denied(words, hit, clause_start, mentions) and not accusing)


def conditional(words: list[Word], hit: TriggerHit, clause_start: int) -> bool:
    """Is the trigger inside a conditional («لو», «إذا», «في حال»)?  Its scope
    ends at the next punctuation mark.  A future verb of the trigger with the condition after it
    («ستقدم أنقرة الدعم لحكومة الوفاق في حال طلبت ذلك») is the conditional's answer, no claim either."""
    aside = circumstance_words(words, hit.first)  # («إذا كانت روسيا، الأحد، تدعم حفتر …»: past an aside)
    for k in range(hit.first - 1, clause_start - 1, -1):
        w = words[k]
        if k in aside:
            continue
        if w.punct:
            break
        if w.norm in ("لولا", "ولولا", "فلولا") and hit.first - k <= LAWLA_REACH:
            return False  # «لولا الدعم التركي لسقطت طرابلس»: what «were it not for» names is there
        if _condition_at(words, k):
            return True
    future = any(words[k].norm.lstrip("وف").startswith(FUTURE) and upos(words[k]) in ("VERB", "AUX")
                 or (k == hit.first and hit.kind == "verb" and words[k].norm.lstrip("وف").startswith(FUTURE))
                 for k in range(max(clause_start, hit.first - 1), hit.first + 1))
    if not future:
        return False
    for k in range(hit.last + 1, min(len(words), hit.last + 1 + CONDITION_REACH)):
        if words[k].punct:
            return False
        if _condition_at(words, k) and words[k - 1].norm not in ("حتي", "وحتي"):  # («حتى لو»: even if)
            return True
    return False


CONDITION_REACH = 10  # words from a future trigger to the condition after it
LAWLA_REACH = 2  # words from «لولا» to the noun it names (an article or adjective between)


def _condition_at(words: list[Word], k: int) -> bool:
    w = words[k]
    return w.norm in CONDITIONALS or (w.norm == "حال" and k > 0 and words[k - 1].norm in {"في", "وفي"})


FUTURE = ("سي", "ست", "سن")
HELD_MAYBE = {"يعقد", "تعقد", "يجري", "تجري", "يتم"}  # after «قد»: "may be held"
# normalised: a meeting noun's adjective of a day set («لقاء كان مقررا», «الزيارة المزمعة»)
SET_FOR = {"مقرر", "مقررا", "مقرره", "المقرر", "المقرره", "المزمع", "المزمعه", "المرتقب", "المرتقبه", "المنتظر",
           "المنتظره", "المتوقع", "المتوقعه"}
SCHEDULED = {"المقرر", "المنتظر", "المتوقع", "المزمع", "المرتقب", "المفترض"}  # («كان من المفترض أن يزور»: supposed to)
# normalised passives and intransitives of putting off or calling off («أُرجئ», «تأجل», «أُلغيت»; not «أُجّل», which
# reads as «أجل» of «من أجل»), before the meeting or after it
PUT_OFF = {"ارجي", "ارجيت", "تاجل", "تاجلت", "الغي", "الغيت", "اجلت"}
CALLED_OFF = {"الغي", "الغت", "يلغي", "تلغي", "الغاء", "اجل", "اجلت", "يوجل", "توجل", "تاجيل", "ارجا", "ارجات",
              "ارجاء"} | PUT_OFF  # normalised: cancelled, postponed (not «علق», which also comments on a meeting)
TO_HOLD = {"لعقد", "لترتيب", "لتنظيم", "لاجراء", "لتنسيق"}  # normalised: «لعقد لقاء»: a meeting still to hold
HOLDING = {"عقد", "ترتيب", "تنظيم", "اجراء"}  # normalised masdars of holding a meeting: «إلى عقد لقاء»
CALLED_OFF_REACH = 9  # words from «ألغى» to the visit called off, a subject's long name between
PUT_OFF_REACH = 12  # words from a meeting noun to the verb that puts it off (who met between, with their titles)
TO_TAKE_PART = {"للمشاركه"}  # normalised: «للمشاركة في اجتماع»: to take part in one
SCHEDULED_AFTER = 12  # words from a meeting noun to «من المقرر أن يعقد» describing it
SEEKING = ("يسعي", "تسعي", "سعي", "سعت", "يحاول", "تحاول", "حاول", "طلب", "اقترح", "يامل", "تامل",  # verb stems
           "اعتزم", "يعتزم", "تعتزم", "ينوي", "تنوي", "يزمع", "تزمع", "يخطط", "تخطط")  # (intends, plans to)
INVITING = ("دعا", "دعت", "يدعو", "تدعو")  # verb stems: «دعا X إلى اجتماع», an invitation
INVITED_REACH = 8  # words from the verb of inviting to «إلى» and the meeting (its subject and the invited between)
RETURN_REACH = 3  # words from «العودة» to the talks returned to («إلى طاولة» between)
SEEKING_REACH = 4  # words from the verb of seeking to the meeting (its subject, «إلى عقد» between)
FUTURE_TIMES = {"المقبل", "المقبله", "القادم", "القادمه", "غدا", "غد", "المقبلين", "القادمين"}


ABSENT = {"غياب", "غيابه", "غيابها", "غاب", "غابت", "تغيب", "تغيبت", "يغيب", "قاطع", "قاطعت", "يقاطع", "تقاطع",
          "مقاطعه", "تخلف", "تخلفت", "يتخلف"}  # normalised (not «قاطعا», "categorically")
ABSENT_REACH = 4  # words from «غياب/قاطع» to the meeting (the absent one between)
WITHDRAWING = ("انسحب", "انسحاب")  # stems: walked out of («من» before the meeting)
WITHDRAWN_REACH = 7  # words from «انسحب» to the meeting (who walked out, a delegation of a long name, between)


def _held_since(words: list[Word], hit: TriggerHit) -> bool:
    """«صورا للقاء الذي جمع ماكرون بحفتر»: a relative clause in the perfect after the noun says the
    meeting was held; its «لـ» is «of», no purpose."""
    k = hit.last + 1
    if k + 1 >= len(words) or words[k].norm not in RELATIVES or upos(words[k + 1]) != "VERB":
        return False
    return any(t.feat("Aspect") == "Perf" for t in words[k + 1].tokens)


OWING = {"يدين", "تدين", "ندين"}  # normalised, behind «و»: «تدين قوات حفتر بانتصاراتها للطيران الإماراتي» owes
CONDEMNING_MANNER = {"بشده", "بقوه", "بشكل", "بكل", "باشد"}  # «تدين بشدة»: how one condemns, no debt
OWED_REACH = 6  # words from the verb to the «لـ» of the one owed


def owed(words: list[Word], hit: TriggerHit) -> bool:
    """«يدين حفتر بالكثير للدعم الإماراتي»: the imperfect of «دان بـ … لـ» is owing, not condemning: a
    «بـ» word (not one of manner) after the verb and its subject, then a «لـ» word."""
    if hit.kind != "verb" or words[hit.first].norm.lstrip("و") not in OWING:
        return False
    span = words[hit.last + 1:hit.last + 1 + OWED_REACH]
    b = next((j for j, w in enumerate(span) if clitic_marker(w) == "ب" and w.norm not in CONDEMNING_MANNER), None)
    return b is not None and any(clitic_marker(w) == "ل" for w in span[b + 1:]) and \
        not any(w.punct for w in span[:b])


BANS = {"حظر", "الحظر"}  # normalised: «حظر توريد الأسلحة», an embargo


def banned(words: list[Word], hit: TriggerHit) -> bool:
    """«التزام حكومته بحظر توريد الأسلحة الذي أقره مجلس الأمن», «لتطبيق حظر تزويد الأطراف بالسلاح»: a supply named
    right after «حظر» is what an embargo bans, which nobody gives (nor does whoever imposed the embargo).  (Not one
    joined to it by «و», a charge of its own: «اتهمه بخرق الحظر وتسليح حفتر».)"""
    return hit.kind == "noun" and hit.trigger.relation == "supports" and hit.first > 0 and \
        words[hit.first - 1].norm.lstrip("وبل") in BANS and not conjunction_on(words[hit.first])


HOSTING = "استضاف"  # verb stem: to host a guest, or an event


def hosted_event(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> bool:
    """«المؤتمر الذي استضافته باريس», «مفاوضات غير مباشرة استضافتها أنقرة»: a verb of hosting whose object pronoun
    resumes a noun that is no actor hosted an event; the actors after it are no guests (whether those who took part
    met, the event's own noun says)."""
    k = hit.first
    # (the pronoun written on the verb, not the «ة» of the masdar «استضافة»)
    if hit.kind != "verb" or not stem_match(words[k], HOSTING, "verb") or \
            not strip_diacritics(words[k].spelled).endswith(("ه", "ها", "هما", "هم")):
        return False
    antecedent = k - 2 if k >= 2 and words[k - 1].norm in RELATIVES else k - 1
    return antecedent >= 0 and upos(words[antecedent]) in ("NOUN", "ADJ") and \
        not any(m.first <= antecedent <= m.last for m in mentions)


IN_FAVOUR = {"لصالح", "لفايده"}  # normalised: «لصالح X», in X's favour
# stems of losing, retreating or ceding: «خسرت قوات حفتر مواقع لصالح قوات الوفاق» is ground lost to a side
CEDING = ("خسر", "خساره", "فقد", "افقد", "تراجع", "انحسر", "تنازل", "تقلص", "انسحب", "انسحاب")
CEDING_REACH = 8  # words from the verb or masdar of losing to «لصالح»


BLOODSHED = {"دم", "دماء", "قتل", "سفك"}  # normalised, without the article: «شريكة في سفك الدماء»
PARTNER = "شريك"  # the noun stem of a partner (kgt:deemed_partner, kgt:complicit)


def partner_in_deed(words: list[Word], hits: list[TriggerHit], k: int) -> int | None:
    """Where the «في» stands after the partner noun at word ``k`` («شريك فعلي في الهجوم على العاصمة») when it opens
    a deed that a stance opposes, or blood shed; None otherwise.  A partner «in» a deed is charged with it, no ally."""
    # (its indefinite adjectives between, whatever the tagger calls them: «شريك مباشر»)
    j = k + 1
    while j < len(words) and upos(words[j]) in ("ADJ", "NOUN") and not words[j].norm.startswith("ال") and \
            j <= k + 2 and words[j].norm != "في":
        j += 1
    # («شريكة في كل نقطة دم»: or blood shed, past «كل نقطة»)
    d = j + 1 + (j + 1 < len(words) and words[j + 1].norm == "كل")
    d += d < len(words) and words[d].norm in ("قطره", "نقطه")
    deed = j + 1 < len(words) and words[j].norm == "في" and \
        (any(h.first == j + 1 and h.trigger.relation == "opposes" for h in hits) or
         d < len(words) and words[d].norm.removeprefix("ال") in BLOODSHED)
    return j if deed else None


def deemed_partner_in_deed(words: list[Word], hits: list[TriggerHit], hit: TriggerHit) -> bool:
    """«اعتبر الوزير أن الإمارات "شريك في العدوان"», «وصفها بالشريك في جرائم حفتر»: holding an actor a partner in a
    deed (kgt:deemed_partner) holds it no ally; the charge is kgt:complicit's and constructions.agentive's."""
    if hit.trigger.relation != "supports" or PARTNER not in hit.trigger.requires:
        return False
    _, b = clause_bounds(words, hit.first)
    k = next((k for k in range(hit.last + 1, min(b + 1, len(words))) if stem_match(words[k], PARTNER, "noun")), None)
    return k is not None and partner_in_deed(words, hits, k) is not None


def ceded(words: list[Word], hit: TriggerHit) -> bool:
    """«وخسرت قوات حفتر مواقع عدة لصالح قوات الوفاق», «وتراجع النفوذ الفرنسي لصالح تركيا»: what is lost or
    ceded «in favour of» an actor is its gain, no side taken for it."""
    if words[hit.first].norm.lstrip("و") not in IN_FAVOUR:
        return False
    for k in range(hit.first - 1, max(-1, hit.first - 1 - CEDING_REACH), -1):
        if words[k].punct:
            return False
        if any(stem_match(words[k], c, "verb") or stem_match(words[k], c, "noun") for c in CEDING):
            return True
    return False


def planned(words: list[Word], hit: TriggerHit) -> bool:
    """A meeting or call still to come, or stayed away from, is no claim: a future verb (سيلتقي،
    سيعقدان لقاء، سوف يجتمع), a purpose «ل» on the noun (للقاء حفتر), an absence (غياب حفتر عن)."""
    if hit.trigger.relation not in SYMMETRIC:
        return False
    w = words[hit.first]
    bare = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 4 else w.norm
    # (the tokenizer splits «لقائهما» as ل + قائ + هما: a ل the trigger's own stem begins with is no purpose)
    own_lam = any(stem.startswith("ل") and bare.startswith(stem[:3]) for stem in hit.trigger.noun)
    if upos(w) == "NOUN" and clitic_marker(w) == "ل" and not own_lam and not _held_since(words, hit):
        return True
    for k in range(max(0, hit.first - 2), hit.first + 1):
        norm = words[k].norm.lstrip("وف") if len(words[k].norm) > 3 else words[k].norm
        # the trigger itself matched as a verb with its prefixes, whatever the tagger says
        verb = upos(words[k]) in ("VERB", "AUX") or (k == hit.first and hit.kind == "verb")
        if norm == "سوف" or (norm.startswith(FUTURE) and verb):
            return True
    a, b = clause_bounds(words, hit.first)
    # «غياب حفتر عن الاجتماع», «قاطع السراج المحادثات»: a meeting one stayed away from
    if hit.first >= 2 and any(words[k].norm.lstrip("و") in ABSENT for k in range(max(a, hit.first - ABSENT_REACH), hit.first)):
        return True
    # «انسحب وفد حكومة الوفاق من المحادثات مع قوات حفتر»: talks walked out of
    if hit.first >= 2 and words[hit.first - 1].norm == "من" and \
            any(stem_match(words[k], v, "verb") or stem_match(words[k], v, "noun")
                for k in range(max(a, hit.first - WITHDRAWN_REACH), hit.first - 1) for v in WITHDRAWING):
        return True
    # «يسعى ماكرون إلى عقد لقاء بين …», «طلب حفتر لقاء الرئيس الروسي»: sought or asked for, not held
    if any(stem_match(words[k], v, "verb") for k in range(max(a, hit.first - SEEKING_REACH), hit.first) for v in SEEKING):
        return True
    # «دعا ماكرون حفتر والسراج إلى اجتماع في باريس»: a meeting one is invited to, not held (also past the masdar of
    # holding it: «دعت فرنسا إلى عقد لقاء بين السراج وحفتر»)
    to = hit.first - 1 - (hit.first >= 1 and words[hit.first - 1].norm in HOLDING)
    if to >= 1 and words[to].norm == "الي" and \
            any(stem_match(words[k], v, "verb") for k in range(
                max(a, reach_back(to, INVITED_REACH - 1, circumstance_words(words, to))), to) for v in INVITING):
        return True
    # «ألغى الوزير زيارته إلى أنقرة», «أجل الرئيس لقاءه مع نظيره»: called off or put back, not held;
    # «توسطت الإمارات لعقد لقاء بين …»: a meeting to be held
    if any(words[k].norm.lstrip("وف") in CALLED_OFF for k in range(max(a, hit.first - SEEKING_REACH), hit.first)) or \
            (hit.first > 0 and words[hit.first - 1].norm in TO_HOLD):
        return True
    # («ألغى رئيس حكومة الوفاق فائز السراج زيارة إلى روما»: past the subject's long name, nouns only between)
    for k in range(hit.first - 1, max(a - 1, hit.first - 1 - CALLED_OFF_REACH), -1):
        if words[k].norm.lstrip("وف") in CALLED_OFF:
            return True
        if words[k].punct or upos(words[k]) in ("VERB", "AUX", "ADP"):
            break
    # «للمشاركة في اجتماع فني مع ممثلين عن الجيش … من المقرر أن يعقد صباح الغد»: a meeting one goes to take part in,
    # or one scheduled in the words after it, is still to come
    if hit.first >= 2 and words[hit.first - 1].norm == "في" and words[hit.first - 2].norm in TO_TAKE_PART:
        return True
    # (in its own clause, to be held: not «عقب لقائه بالوزير، ومن المنتظر أن يزور …», another meeting)
    if hit.kind == "noun" and any(words[k].norm in SCHEDULED and words[k - 1].norm in ("من", "ومن") and
                                  k + 2 < len(words) and words[k + 2].norm in HELD_MAYBE and
                                  not any(w.punct for w in words[hit.last + 1:k])
                                  for k in range(hit.last + 2, min(b, hit.last + SCHEDULED_AFTER) + 1)):
        return True
    # «دعت واشنطن الطرفين إلى العودة إلى طاولة المفاوضات»: a return called for or aimed at, not held
    # («حثت واشنطن الطرفين على وقف القتال والعودة إلى المفاوضات»: or joined by «و» to another act asked for)
    if any(words[k].norm in ("للعوده", "والعوده") or (words[k].norm == "العوده" and words[k - 1].norm in ("الي", "علي"))
           for k in range(max(a + 1, hit.first - RETURN_REACH), hit.first)):
        return True
    # «لقاء كان مقررا مع …», «الاجتماع المقرر بين …»: a meeting set for a day, held or not
    k = hit.last + 1 + (hit.last + 1 < len(words) and words[hit.last + 1].norm in ("كان", "كانت"))
    if hit.kind == "noun" and k < len(words) and words[k].norm in SET_FOR:
        return True
    # «كان لقاء مماثل بين الوزيرين قد أرجئ», «الاجتماع بين الطرفين تأجل»: a meeting put off or called off by the verb
    # its clause goes on with
    if hit.kind == "noun":
        for k in range(hit.last + 1, min(b, hit.last + PUT_OFF_REACH) + 1):
            if words[k].punct or words[k].norm in QUOTING:
                break
            if words[k].norm.removeprefix("و") in PUT_OFF:
                return True
    # «من المقرر أن يلتقي», «ومن المنتظر أن يزور»: scheduled, not yet held
    scheduled = [k for k in range(hit.first) if words[k].norm in SCHEDULED and k > 0 and words[k - 1].norm in ("من", "ومن")]
    if any(k >= max(a, hit.first - 4) for k in scheduled):
        return True
    # «من المقرر أن يلتقي حفتر …، حيث يلتقي صالح»: the schedule covers the imperfect verbs after it
    bare = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 4 else w.norm
    if scheduled and hit.kind == "verb" and bare[:1] in ("ي", "ت", "ن"):
        return True
    # «لقاء بين حفتر والسراج قد يعقد», «قد يلتقي»: «قد» with an imperfect is "may"
    for k in range(max(0, hit.first - 2), min(len(words) - 1, hit.last + 4)):
        nxt = words[k + 1]
        if words[k].norm in ("قد", "وقد") and nxt.norm[:1] in ("ي", "ت", "ن") and \
                (upos(nxt) in ("VERB", "AUX") or k + 1 == hit.first) and not _pluperfect(words, k):
            return True
    if any(words[k].norm in ("قد", "وقد") and words[k + 1].norm in HELD_MAYBE for k in range(hit.last + 1, min(b, hit.last + 9))):
        return True  # «لقاء بين حفتر والسراج قد يعقد في أبوظبي»: may be held
    # «يزور موسكو الأسبوع المقبل», «يلتقي غدا»: a future time in the clause, near the trigger
    return any(words[k].norm in FUTURE_TIMES for k in range(max(a, hit.first - 6), min(b, hit.last + 8) + 1))


def question(words: list[Word], a: int, b: int) -> bool:
    """A clause that ends with a question mark or opens with «هل» asks, it does not assert."""
    end = words[b + 1].norm if b + 1 < len(words) else words[b].norm
    opener = next((w.norm for w in words[a:b + 1] if not w.punct), "")
    return end in {"؟", "?"} or words[b].norm in {"؟", "?"} or opener in {"هل", "وهل", "فهل", "اهل"}


# adjectives news puts after a stance masdar, which the tagger may call nouns (normalised)
QUALIFIERS = {"القاطع", "الكامل", "التام", "الشديد", "المطلق", "الواضح", "الصريح", "المتواصل", "المستمر", "الثابت",
              "الراسخ", "العسكري", "السياسي", "الدبلوماسي", "اللامحدود", "الكبير", "العميق", "البالغ",
              # (the feminine of those the tagger takes for nouns, and growing: «قلقها المتزايد من …»)
              "الشديده", "الكامله", "المتزايد", "المتزايده", "المتنامي", "المتناميه"}


def nominal_context(words: list[Word], hit: TriggerHit, mentions: list[Mention]) -> bool:
    """A word that could be a verb or a masdar is a masdar after a preposition,
    with the article or a preposition clitic, or before a nationality adjective."""
    w = words[hit.first]
    if w.norm.startswith("ال") or clitic_marker(w):
        return True
    if hit.first >= 2 and words[hit.first - 1].norm == "من" and words[hit.first - 2].norm in FIRST_WHO:
        return False  # «أول من دعم حكومة الوفاق»: «من» is "who", and the verb follows
    if hit.first > 0 and words[hit.first - 1].norm in NOMINAL_BEFORE:
        return True
    nxt = words[hit.last + 1] if hit.last + 1 < len(words) else None
    if nxt is not None and nxt.norm.startswith("ال") and (upos(nxt) == "ADJ" or nxt.norm in QUALIFIERS) and has_pronoun(w):
        return True  # «رفضها القاطع لمبادرة القاهرة»: a definite adjective after it qualifies a noun
    # (right after a relative clause set off by commas after the subject, the main verb's object resumes:
    # «نفت روسيا، التي تتهمها واشنطن بإرسال مرتزقة، دعمها لحفتر»)
    # («أبلغه رفض واشنطن لأي تصعيد»: an actor and then «لـ» after the bare form: a masdar, its
    # genitive and its object, no verb and its subject)
    # («جدد شكري رفض بلاده القاطع لأي تدخل»: the genitive's definite adjectives before the «لـ»)
    if nxt is not None and w.norm.endswith("ا") and nxt.norm.endswith("يا") and len(nxt.norm) > 4 and \
            not nxt.norm.startswith("ال") and clitic_marker(nxt) is None:
        return True  # «دعما عسكريا»: an indefinite accusative with its nisba adjective, no dual verb
    # (a short word's pronoun, split off by the tokenizer, counts: «رفضه»)
    suffixed = has_pronoun(w) or (len(w.tokens) > 1 and w.tokens[-1].upos == "PRON")
    if suffixed and _lam_after(words, hit.last + 1) and _two_objects_before(words, mentions, hit.first):
        return True  # «أبلغت حكومة الوفاق الاتحاد الأوروبي رفضها لعملية إيريني»: the verb's second object
    if suffixed and _lam_after(words, hit.last + 1) and conjunction_on(w) and hit.first > 0 and \
            words[hit.first - 1].norm in ("،", ","):
        return True  # («أكد موقف قطر الداعم للحكومة، ورفضها للحلول العسكرية»: a second object joined after a comma)
    subject = next((m for m in mentions if m.last == hit.first - 1), None)
    if subject is not None and subject.first > 0 and upos(words[subject.first - 1]) == "VERB" and \
            words[subject.first - 1].norm.lstrip("وف") not in BECOMING and not conjunction_on(w):
        return True  # «أدان المجلس الرئاسي دعم بعض الدول لحفتر»: after a verb and its subject, its object
        # (two finite verbs stand side by side only with «و» between, or after «ظل/بات/عاد»)
    # (a titled nationality right after the sentence's first word is its subject: «وشجب البرلمان التركي …»)
    return any(m.first == hit.last + 1 and ((m.kind == "demonym" and not (m.last > m.first and hit.first == 0))
                                            or _lam_after(words, m.last + 1)) for m in mentions) or \
        parenthesis_before(words, hit.first) is not None


OBJECT_GAP = 3  # words of a phrase of when or how between a verb's object and the masdar it is told
WHILE_TELLING = {"خلال", "اثناء", "عبر", "في"}  # normalised: «خلال اتصال هاتفي», «عبر الهاتف», «في رسالة»


def phrase_of_telling(words: list[Word], end: int, k: int) -> bool:
    """Are the words after word ``end`` and before word ``k`` a phrase of when or how between a verb's object
    and the masdar it is told («أبلغ السراج الرئيس الفرنسي خلال اتصال هاتفي رفضه …», «عبر الهاتف»)?"""
    between = words[end + 1:k]
    return 1 < len(between) <= OBJECT_GAP and between[0].norm in WHILE_TELLING and \
        not any(w.punct or upos(w) in ("VERB", "AUX") for w in between)


def _two_objects_before(words: list[Word], mentions: list[Mention], k: int) -> bool:
    """Do two actors stand right before word ``k``, one after the other (a verb's subject and object), the
    second perhaps followed by a phrase of when or how?"""
    last = next((m for m in mentions if m.last == k - 1), None) or \
        next((m for m in mentions if phrase_of_telling(words, m.last, k)), None)
    return last is not None and any(m.last == last.first - 1 for m in mentions)


def _lam_after(words: list[Word], k: int) -> bool:
    """Does a «لـ» phrase start at word ``k``, past at most two definite adjectives («القاطع», «الكامل»)
    and past quotation marks («رفض واشنطن "لأي تدخل"», «"رفض فرنسا القاطع" لنقل …»)?"""
    end = k + 2
    while k < len(words) and (words[k].text in QUOTE_MARKS or (
            k < end and words[k].norm.startswith("ال") and (upos(words[k]) == "ADJ" or words[k].norm in QUALIFIERS))):
        end += words[k].text in QUOTE_MARKS
        k += 1
    # («لأي», «لكل»: the tokenizer leaves the «لـ» on these two)
    return k < len(words) and (clitic_marker(words[k]) == "ل" or words[k].norm in ("لاي", "لكل"))


PARENTHESIS_REACH = 14  # words a relative clause set off by commas may span
CIRCUMSTANCE_REACH = 20  # words a phrase of where or when set off by commas may span


ASIDE_CIRCUMSTANCES = ("في", "خلال", "اثناء", "عقب", "امام",  # «، في بيان،», «، خلال لقائه …،»: where or when
                       "قبيل", "قبل", "بعد", "بعيد", "اثر", "عشيه",  # («، قبيل وصوله إلى برلين،»: just before)
                       "ردا", "تعليقا")  # («، ردا على سؤال،», «، تعليقا على التقرير،»: in reply to what)


def parenthesis_before(words: list[Word], k: int) -> tuple[int, int] | None:
    """The relative clause, or the phrase of where or when («، في بيان،», «، اليوم الأحد،»), set off by
    commas that ends right before word ``k``: (its opening comma, its closing comma); or a day in parentheses
    (:func:`parenthesised_time`): its parentheses."""
    if k >= 3 and (words[k - 1].text == ")" or words[k - 1].text in DASHES):
        opening = next((j for j in range(k - 3, max(-1, k - 3 - PARENTHESISED_TIME), -1)
                        if parenthesised_time(words, j) == k - 1), None)
        return (opening, k - 1) if opening is not None else None
    if k < 4 or words[k - 1].norm not in ("،", ","):
        return None
    opening = next((j for j in range(k - 3, max(0, k - PARENTHESIS_REACH), -1) if words[j].norm in ("،", ",")), None)
    if opening is None or any(w.norm in ("،", ",") for w in words[opening + 1:k - 1]):
        return None
    first = words[opening + 1].norm
    if first not in RELATIVES and first not in ASIDE_CIRCUMSTANCES and first not in WHEN:
        return None
    return opening, k - 1


VOICE = "لسان"  # normalised: «على لسان المتحدث باسمها», in the voice of whom a statement came


# (normalised) the months, Gregorian and Levantine, a date in parentheses names («(12 يناير)», «(3 تشرين الثاني)»)
MONTHS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
          "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "الاول", "الثاني"}
PARENTHESISED_TIME = 4  # words of a day or date in parentheses
DASHES = {"-", "–", "—"}


def parenthesised_time(words: list[Word], k: int) -> int | None:
    """«أدانت مصر (الأحد) الهجوم …», «رحبت الإمارات أمس (12 يناير) بـ…», «اتهمت حكومة الوفاق - أمس - …»: the
    closing parenthesis or dash of a day or date in parentheses or between dashes that opens at word ``k``, which
    news sets after a subject as it sets one in commas."""
    if k >= len(words) or (words[k].text != "(" and words[k].text not in DASHES):
        return None
    closing = {")"} if words[k].text == "(" else DASHES
    for j in range(k + 1, min(len(words), k + 2 + PARENTHESISED_TIME)):
        if words[j].text in closing:
            return j if j > k + 1 else None
        if words[j].norm not in WHEN and words[j].norm not in MONTHS and not words[j].text.isdigit():
            return None
    return None


def voiced_at(words: list[Word], k: int) -> bool:
    """Does «على لسان» (in the voice of), the phrase of who spoke for the clause's subject, open at word ``k``?"""
    return k + 1 < len(words) and words[k].norm in ("علي", "وعلي") and words[k + 1].norm == VOICE


def voice_phrase(words: list[Word], mentions: list[Mention], k: int) -> int | None:
    """«انتقدت روسيا على لسان وزير خارجيتها سيرغي لافروف الدور التركي», «أشادت حكومة الوفاق على لسان المتحدث باسمها
    بـ…»: the last word of the phrase of whose voice opening at word ``k`` with no commas around it (the speaker's
    title, its genitives and nisba adjectives, and the name kg knows); None when none opens there.  The verb's
    object follows it."""
    if not voiced_at(words, k) or k + 2 >= len(words):
        return None
    party = registry().party_of
    subject = max((m for m in mentions if m.last < k), key=lambda m: m.last, default=None)
    j = k + 2
    # (the title's own genitives: «المتحدث باسم وزارة خارجيتها», «أحد قادتها», «وزير الدولة للشؤون الخارجية»)
    while j + 1 < len(words) and not has_pronoun(words[j]) and (
            words[j + 1].norm.startswith("باسم") or (not definite(words[j]) and upos(words[j + 1]) == "NOUN")):
        j += 1
    while True:
        # (its nisba adjectives only: the tagger calls some objects after it adjectives, «… باسمها المبادرة المصرية»)
        while j + 1 < len(words) and upos(words[j + 1]) == "ADJ" and definite(words[j + 1]) and \
                words[j + 1].norm.endswith(("ي", "يه")):
            j += 1
        # (the speaker kg knows, his title inside the name or his name after it, of the side of the actor named
        # before; not another actor, the object: «انتقدت روسيا على لسان المتحدث باسمها تركيا», «… باسمها حفتر بـ»)
        named = next((m for m in mentions if m.first <= j < m.last or
                      (m.first == j + 1 and m.actor in people() and (
                          subject is None or party(m.actor) == party(subject.actor)))), None)
        if named is None or named.last <= j:
            return j
        j = named.last


def standing_asides(words: list[Word], mentions: list[Mention]) -> list[tuple[int, int]]:
    """The phrases that stand between a verb (and its subject) and its object, part of neither: of when or where set
    off by commas (:func:`circumstance_asides`) or a day in parentheses (:func:`parenthesised_time`), of whose voice
    with no commas (:func:`voice_phrase`), and adverbs (:func:`adverb_spans`); their first and last words."""
    voiced = [(k, voice_phrase(words, mentions, k)) for k in range(len(words))
              if voiced_at(words, k) and not (k > 0 and words[k - 1].norm in ("،", ","))]
    dated = [(k, c) for k in range(len(words)) if (c := parenthesised_time(words, k)) is not None]
    return circumstance_asides(words) + voiced + dated + adverb_spans(words)


def relative_asides(words: list[Word], end: int, circumstances: bool = False) -> list[tuple[int, int]]:
    """Every relative clause set off by commas before word ``end`` («وكانت الإمارات ومصر، التي تدعم
    حفتر، قد نفت …»), and with ``circumstances`` every phrase of where or when («، خلال استقباله السفير
    الأمريكي،», «، الخميس،»): (opening comma, closing comma) pairs."""
    openers = set(RELATIVES) | (set(ASIDE_CIRCUMSTANCES) | {"لدي"} | WHEN if circumstances else set())
    spans = []
    for j in range(end - 1):
        # («، على لسان المتحدث باسمها،»: in whose voice, with the phrases of where)
        if words[j].norm in ("،", ",") and (words[j + 1].norm in openers or
                                            (circumstances and (voiced_at(words, j + 1) or
                                                                attribution_at(words, j + 1)))):
            # (a phrase of where or when may run longer: «، خلال لقاء جمعه بنظيره التركي خلوصي أكار على هامش اجتماع
            # وزاري مطول في العاصمة الروسية،»)
            reach = PARENTHESIS_REACH if words[j + 1].norm in RELATIVES else CIRCUMSTANCE_REACH
            close = next((c for c in range(j + 2, min(end, j + reach)) if words[c].norm in ("،", ",")), None)
            if close is not None:
                spans.append((j, close))
    return spans


def participle_asides(words: list[Word], mentions: list[Mention], end: int) -> list[tuple[int, int]]:
    """Every clause of an active participle in the accusative set off by commas right after a subject, before word
    ``end`` («وأكد عقيلة صالح، مثمنا دعم مصر للمؤسسات الليبية، أن …», «وقال السراج، منتقدا الدعم الإماراتي، إن …»):
    what the subject does meanwhile, whose actors hold no stance of the clause after it.  The participle: one of
    :func:`participle`'s of the derived forms, «م» … «ا» (مثمنا، منتقدا، مؤكدا); not one of a chain of them («…، مهاجما
    حفتر، ومتهما فاغنر بالقتال في صفوف قواته»)."""
    spans = []
    for j in range(1, end - 1):
        if words[j].norm not in ("،", ",") or not _derived_participle(words[j + 1], joined=False) or \
                not any(m.last == j - 1 and marker_before(words, m) is None for m in mentions):
            continue
        close = next((c for c in range(j + 2, min(end, j + PARENTHESIS_REACH)) if words[c].norm in ("،", ",")), None)
        if close is not None and not (close + 1 < len(words) and _derived_participle(words[close + 1], joined=True)):
            spans.append((j, close))
    return spans


def _derived_participle(word: Word, joined: bool) -> bool:
    """:func:`participle`, of the derived forms in the masculine («م» … «ا»), behind a «و» that joins it to the one
    before when ``joined``."""
    norm = word.norm[1:] if joined and word.norm[:1] == "و" else word.norm
    return (not joined or norm != word.norm) and participle(word) and norm[:1] == "م" and norm.endswith("ا")


ACCORDING_TO = {"بحسب", "حسب", "وفقا", "طبقا", "وبحسب", "وحسب", "ووفقا", "وطبقا"}  # «وبحسب الخارجية المصرية، فإن …»
# «، بحسب ما أعلنت حكومة الوفاق», «، وفقا للجيش الوطني الليبي», «، حسبما أفاد …», «، مثلما أعلنت …»: who a clause
# is attributed to (normalised)
ATTRIBUTING = ACCORDING_TO | {"وفق", "حسبما", "بحسبما", "وفقما", "مثلما", "نقلا"}  # («، نقلا عن مصادر …»)
# normalised: after «كما», verbs of telling («، كما نقلت وكالة رسمية،») or doing («، كما فعلت دول أخرى،»: as others did)
REPORTING = set(SPEECH_VERBS) | {"نقل", "نقلت", "اورد", "اوردت", "فعل", "فعلت", "فعلوا", "فعلتا"}


def attribution_at(words: list[Word], k: int) -> bool:
    """Does word ``k`` open a phrase of whose report it is (:data:`ATTRIBUTING`), which news also sets off by
    commas after a subject: «، حسبما أفاد مصدر مطلع،», «، كما نقلت وكالة رسمية،» (with a verb of telling or doing
    after «كما», which else opens a clause of its own)?"""
    return words[k].norm in ATTRIBUTING or \
        (words[k].norm == "كما" and k + 1 < len(words) and words[k + 1].norm in REPORTING)


CLOSE_TO = {"مقرب", "مقربه", "مقربون", "مقربين"}  # normalised: «مصادر مقربة من حفتر», close to an actor
CLOSE_REACH = 5  # words from the speech verb to the actor its sources are close to


def speakers(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Iterator[Mention]:
    """The subjects of the speech verbs before the trigger (قال، أكد، أعلن …), in order:
    the actor right after the verb (VSO), else right before it; and the source named after
    «بحسب/وفقا لـ»."""
    for k in range(0, hit.first):
        if words[k].norm in ACCORDING_TO:
            source = next((m for m in mentions if k < m.first <= k + 2), None)
            if source is not None:
                yield source
            continue
        if words[k].norm in QUOTING:
            # «نقلت وكالة الأناضول عن مصدر في الجيش الليبي قوله إن …»: the one quoted behind «عن»
            source = next((m for m in mentions if m.last == k - 1 and marker_before(words, m) == "عن"), None)
            if source is not None:
                yield source
            continue
        if words[k].norm in SPEAKING and k > 0 and words[k - 1].norm in {"،", ","}:
            # «ورد المسماري على تصريحات أردوغان، قائلا إن …»: a participle of speech after a comma speaks
            # with the voice of its clause's subject, the first actor with no preposition before it
            subject = next((m for m in mentions if m.last < k and marker_before(words, m) is None), None)
            if subject is not None:
                yield subject
            continue
        # («أما الرئيس التركي فقال إن …»: the topic «أما» fronts speaks through the verb «فـ» joins)
        if words[k].norm in SPEECH_VERBS or (words[k].norm[:1] in "وف" and words[k].norm[1:] in SPEECH_VERBS) or \
                words[k].norm.lstrip("و") in GOING_ON:
            # (not one inside what is said: «وقال المتحدث إن فرنسا …»)
            after = [m for m in mentions if k < m.first <= k + 3 and not any(w.norm in THAT_FORMS for w in words[k + 1:m.first])]
            # (the nearest before it: «قالت الخارجية الروسية إن حفتر أكد أن …», Haftar affirms)
            before = sorted((m for m in mentions if k - 3 <= m.last < k), key=lambda m: -m.last)
            if not after and k + 1 < len(words) and words[k + 1].norm in RESUMPTIVE_IN:
                # («أجرى الوزير اتصالا برئيس المجلس، أكد خلاله أن …»: said during the call or in the statement its
                # subject held or issued, by the nearest actor before it behind no preposition, not by the one called)
                before = [m for m in reversed(mentions) if m.last < k and marker_before(words, m) is None][:1]
            elif not after and words[k].norm[:1] == "و" and k > 0 and words[k - 1].norm in ("،", ","):
                # («جدد قرقاش دعم بلاده لإعلان القاهرة، وقال إن …»: a speech verb joined after a comma goes on
                # with the sentence's subject, not the actor that ends the clause before)
                before = [m for m in mentions if m.last < k and marker_before(words, m) is None][:1]
            # («وقال آمر غرفة العمليات الميدانية لقوات الوفاق إن …»: the body a long title ends on speaks)
            titled = [m for m in mentions if k + 3 < m.first <= k + TITLE_REACH
                      and marker_before(words, m) in ("ل", "في", "ب")
                      and all(upos(w) in ("NOUN", "ADJ") and w.norm not in THAT_FORMS for w in words[k + 1:m.first - 1])]
            # («أكدت مصادر مقربة من حفتر أن …»: sources close to an actor speak for it)
            close = [m for m in mentions if k < m.first <= k + CLOSE_REACH and m.first >= 2 and
                     words[m.first - 1].norm == "من" and words[m.first - 2].norm in CLOSE_TO]
            # («وكانت قبرص، من جهتها، قد اعتبرت الاتفاق التركي …»: a subject before the verb, past the phrase that
            # hands the story to it, is the one who speaks; the nationality after the verb is its object's)
            turned = _subject_past_turn(words, mentions, k)
            if turned is not None:
                yield turned
            elif after or before or titled or close:
                yield (after or before or titled or close)[0]
    attributed = _attributed_to(words, mentions, hit)
    if attributed is not None:
        yield attributed


ATTRIBUTED_REACH = 3  # words from «بحسب» to the source («ما» and a speech verb between)


def _attributed_to(words: list[Word], mentions: list[Mention], hit: TriggerHit) -> Mention | None:
    """The source a clause is attributed to after it, past a comma: «قصفت قوات حفتر المطار، بحسب ما
    أعلنت حكومة الوفاق» is what the government said."""
    _, b = clause_bounds(words, hit.first)
    k = b + 2 if _attribution_at(words, b + 1) else None
    if k is None:
        return None
    return next((m for m in mentions if k < m.first <= k + ATTRIBUTED_REACH
                 and all(w.norm == "ما" or w.norm in SPEECH_VERBS or upos(w) == "VERB"
                         for w in words[k + 1:m.first])), None)


# normalised: in the speech, statement or meeting named before («بيانا أدانت فيه», «وشن فيها هجوما …», «أكد خلاله»)
RESUMPTIVE_IN = {"فيه", "فيها", "خلاله", "خلالها"}
# participles of speech, normalised («قائلا»، «مؤكدة»، «مشيرا»): «…، قائلا إن» said by the clause's subject
SPEAKING = {"قايلا", "قايله", "موكدا", "موكده", "مشيرا", "مشيره", "موضحا", "موضحه", "معتبرا", "معتبره",
            "مضيفا", "مضيفه", "مشددا", "مشدده", "لافتا", "لافته"}
TITLE_REACH = 7  # words from a speech verb to the body its subject's title ends on
GOING_ON = ("تابع", "تابعت", "اردف", "اردفت")  # normalised: «وتابع المسماري أن …», verbs of speech going on
DROPPED_SPEECH = GOING_ON + ("تابعا", "مضيفا", "مضيفه")  # normalised, beside SPEECH_VERBS
SPOKESMEN = {"المتحدث", "الناطق", "المتحدثه", "الناطقه"}  # normalised: «وقال المتحدث باسمه إن …»
ON_ITS_BEHALF = {"باسمه", "باسمها", "باسمهم", "باسمهما"}


def dropped_speaker(words: list[Word], end: int) -> bool:
    """«وأضاف: تركيا ترعى الإرهاب», «وتابع أن …», «وقال المتحدث باسمه إن …»: a speech verb opens the
    sentence with no subject of its own, or with a spokesman «on its behalf»; who speaks is the one the
    text is about (the salient actor).  ``end``: the word what is said reaches."""
    lead = next((k for k, w in enumerate(words[:end]) if not w.punct), None)
    if lead is None or lead + 1 >= end:
        return False
    verb = words[lead].norm[1:] if words[lead].norm[:1] in ("و", "ف") else words[lead].norm
    if verb not in SPEECH_VERBS and verb not in DROPPED_SPEECH:
        return False
    if words[lead + 1].norm in SPOKESMEN and lead + 3 < end and words[lead + 2].norm in ON_ITS_BEHALF:
        lead += 2
    if words[lead + 1].norm in ("الي", "علي") and lead + 2 < end:
        lead += 1  # «وأشار إلى أن …», «وشدد على أن …»
    return words[lead + 1].norm in (":", "ان", "انه", "انها")


COLON_ASIDE = 8  # words of a phrase of where something was said, between the speaker and the colon
POSTED_ON = {"علي", "عبر"}  # normalised: «على تويتر», «عبر حسابه»: where it was posted


def _subject_past_turn(words: list[Word], mentions: list[Mention], k: int) -> Mention | None:
    """The actor before the verb at word ``k`` with no preposition, past «قد» and a phrase of :data:`TURN_OPENERS`
    set off by commas («قبرص، من جهتها، قد اعتبرت»); None where no such phrase stands between."""
    j = k - 1 - (k >= 1 and words[k - 1].norm in ("قد", "وقد"))
    if j < 0 or words[j].norm not in ("،", ","):
        return None
    s = turn_phrase_ending(words, j - 1)
    if s is not None and s >= 2 and words[s - 1].norm in ("،", ","):
        return next((m for m in mentions if m.last == s - 2 and marker_before(words, m) is None), None)
    return None


# a site's rubric before a headline, set off by a mark («عاجل | …», «بالفيديو.. …»), normalised
RUBRICS = {"عاجل", "خاص", "حصري", "حصريا", "فيديو", "بالفيديو", "بالصور", "شاهد", "انفوجراف"}


def turn_opener(words: list[Word]) -> int:
    """Where the sentence starts after a site's rubric («عاجل | السيسي: …») or a phrase handing it to the next
    speaker («من جانبه، قال ماكرون: …»), its comma too; 0 if it opens with neither."""
    start = 0
    head = words[0].norm.rstrip("|:.-") if words else ""
    if len(words) > 2 and head in RUBRICS and (head != words[0].norm or words[1].punct):
        # (the tokenizer may leave the mark on the word: «عاجل|»)
        start = 1
    # (any rubric of a word or two before a bar: «ليبيا | أردوغان: …», «#ليبيا | …»)
    bar = next((k for k in range(min(3, len(words) - 2)) if words[k].text.endswith("|")), None)
    if not start and bar is not None and not any(w.norm in CLAUSE_BREAKS for w in words[:bar]):
        start = bar + 1
    start = next((k for k in range(start, len(words)) if not words[k].punct), len(words)) if start else 0
    for phrase in TURN_OPENERS:
        n = len(phrase)
        if len(words) > start + n and tuple(w.norm.removeprefix("و") if k == 0 and w.norm not in ("من", "في") else
                                            w.norm for k, w in enumerate(words[start:start + n])) == phrase:
            return start + n + (words[start + n].norm in ("،", ","))
    return start


def colon_speaker(words: list[Word], mentions: list[Mention], before: int) -> Mention | None:
    """«السراج: حفتر مجرم حرب», «وقال أردوغان: …»: the actor who opens the sentence (after a speech
    verb at most) and is followed by a colon says what comes after it, up to word ``before``."""
    for m in mentions:
        colon = m.last + 1
        if colon < before and (words[colon].norm in ASIDE_CIRCUMSTANCES or words[colon].norm in POSTED_ON):
            # «وقال أردوغان في خطاب أمام نواب حزبه: …», «وكتب السفير على تويتر: …»: where it was said, before
            # the colon
            colon = next((k for k in range(colon + 1, min(before, colon + COLON_ASIDE))
                          if words[k].punct or upos(words[k]) in ("VERB", "AUX")), colon)
        if (colon < before and clitic_marker(words[colon]) == "ل") or (colon + 1 < before and words[colon].norm == "ل"):
            # «باشاغا لـ"رويترز": …»: the outlet it was said to, in quotation marks or not, before the colon
            colon = next((k for k in range(colon + 1, min(before, colon + COLON_ASIDE)) if words[k].text in (":", "：")
                          or upos(words[k]) in ("VERB", "AUX")), colon)
        if colon >= before or words[colon].text not in (":", "："):
            continue
        lead = words[turn_opener(words):m.first]
        # («وتابع المسماري: …»: or a verb of speech going on)
        if all(w.punct or w.norm in SPEECH_VERBS + GOING_ON or w.norm in ("و" + v for v in SPEECH_VERBS + GOING_ON)
               for w in lead):
            return m
    return None


def colon_addressee(words: list[Word], mentions: list[Mention], before: int) -> Mention | None:
    """«السيسي لحفتر: مصر تدعمكم»: in a headline, the actor behind «لـ» right after the one who speaks and right
    before the colon is the one spoken to (not an outlet, which kg knows as no actor)."""
    speaker = colon_speaker(words, mentions, before)
    if speaker is None:
        return None
    return next((m for m in mentions if m.first == speaker.last + 1 and clitic_marker(words[m.first]) == "ل"
                 and m.last + 1 < before and words[m.last + 1].text in (":", "：")), None)


SPEAKER_AFTER_REACH = 3  # words from the comma after a quotation to the actor the speech verb names


COMMENTING = {"علق", "علقت", "رد", "ردت"}  # normalised: «"…"، هكذا علق الوزير», commented or replied after a quote
# verb stems of describing or deeming: «وصفت أنقرة الإعلان بأنه …», «"…"، هكذا وصف أردوغان حفتر» (after «هكذا»)
DESCRIBING = ("وصف", "يصف", "تصف", "اعتبر", "يعتبر", "تعتبر")


def speaker_after_quote(words: list[Word], mentions: list[Mention], before: int) -> Mention | None:
    """«"ندعم حكومة الوفاق"، قال أردوغان»: a sentence that opens with a quotation, closed by a comma and
    a speech verb with its subject, is said by that subject (for the words before ``before``, inside
    the quotation)."""
    if not words or words[0].text not in QUOTE_MARKS:
        return None
    for k in range(before, len(words) - 2):
        if words[k].norm in ("،", ","):
            # («"…"، هكذا قال أردوغان»: "thus said")
            j = k + 2 if words[k + 1].norm in ("هكذا", "كذا") else k + 1
            verb = words[j]
            if verb.norm in SPEECH_VERBS or verb.norm in ("و" + v for v in SPEECH_VERBS) or verb.norm in COMMENTING \
                    or (j == k + 2 and any(stem_match(verb, v, "verb") for v in DESCRIBING)):
                return next((m for m in mentions if j < m.first <= j + SPEAKER_AFTER_REACH), None)
            return None
    return None


@lru_cache(maxsize=1)
def _accusation_stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The accusation trigger's own stems, so that every form the trigger matches
    (the imperfect «تتهم» drops the alif of «اتهم») also opens its ب-complement."""
    t = next(t for t in triggers() if t.id == "ittahama")
    return tuple(t.verb), tuple(t.noun + t.active)


def accusing_pronoun(word: Word) -> bool:
    """An accusation verb with an object pronoun («تتهمها», «اتهمته», «اتهموه»): looked for after the
    stem, which ends in «هم» itself («وتتهم» has none)."""
    verbs, _ = _accusation_stems()
    for core in {v[-3:] for v in verbs}:
        i = word.norm.rfind(core)
        if i >= 0:
            rest = word.norm[i + len(core):]
            rest = rest[1:] if rest[:1] in ("ت", "و") else rest  # the verb's own ending: «اتهمته», «اتهموه»
            return rest in ("ه", "ها", "هم", "هما")
    return False


def accusation(word: Word) -> bool:
    """An accusation verb, noun or participle (اتهم، تتهم، اتهام، متهما): its ب-complement is what the accused did."""
    verbs, nouns = _accusation_stems()
    return any(stem_match(word, v, "verb") for v in verbs) or any(stem_match(word, n, "noun") for n in nouns)


def ba_left_on(word: Word) -> bool:
    """A noun with the «بـ» the tokenizer left on it («بدعم», «بطائرات»), which :func:`clitic_marker` does not see."""
    return word.norm[:1] == "ب" and upos(word) == "NOUN"


def accusation_noun(word: Word) -> bool:
    """An accusation noun («اتهامات», «اتهامه»): tagged a noun and of a noun's form; «واتهم», which the tagger
    may call a noun, is the verb, and the actor after it the accused, not the accuser in construct."""
    _, nouns = _accusation_stems()
    return upos(word) == "NOUN" and any(stem_match(word, n, "noun") for n in nouns)


def deprel(word: Word) -> str:
    return word.stem.deprel


PRONOUN_LAM = {"له", "لها", "لهم", "لهما"}  # normalised: «لـ» with a pronoun, the object of a participle before it


def pronoun_gender(word: Word) -> str | None:
    """The gender of the pronoun suffix on a word: «دعمها» Fem, «دعمه» Masc; None for
    a dual or plural (هما، هم), which agree with any coordinated group."""
    text = strip_diacritics(word.spelled)
    if text.endswith(("هم", "هما", "هن")):
        return None
    return "Fem" if text.endswith("ها") else "Masc" if text.endswith("ه") else None


def mention_gender(words: list[Word], m: Mention, actor_kind: str) -> str:
    """The grammatical gender a pronoun referring to ``m`` takes.  A person named by name takes the person's (the
    registry's kg:gender: «ميركل» is a woman, «عقيلة صالح» and «خليفة حفتر» are men, whatever the ending of the
    first word).  Otherwise the head word decides: a feminine ending (حكومة، الإمارات، الأمريكية، وزيرة) is Fem;
    titles and nouns with the article (الاتحاد، الجيش، المجلس، العراق) are Masc; bare
    names of countries and cities (مصر، روسيا، واشنطن) are Fem; a body's name in construct (مجلس الأمن،
    مجلس النواب) takes its head noun's, Masc: «طالبت الحكومة مجلس الأمن بمحاسبة الإمارات على دعمها» is the
    Emirates' support."""
    person = registry().actors.get(m.actor) if actor_kind == "Person" and m.kind == "name" else None
    if person is not None:
        return "Fem" if person.female else "Masc"  # (whatever sentence ``m`` was named in)
    text = strip_diacritics(words[m.first].spelled)
    if text.endswith(("ة", "ات")):
        return "Fem"
    if m.kind in ("role", "demonym", "anaphor") or actor_kind == "Person":
        return "Masc"
    if m.last > m.first and actor_kind != "State":
        return "Masc"
    bare = text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text
    return "Masc" if bare.startswith("ال") else "Fem"


def dual_subject_between(words: list[Word], after: int, hit: TriggerHit, mentions: list[Mention] = ()) -> bool:
    """Is there a dual verb between word ``after`` and the trigger («واتفقا على …», «وأكدا …»),
    or a dual pronoun on the trigger itself («رفضهما»)?  Its subject is a pair named before.  A name the
    tagger calls a verb is none («… في باريس أن تركيا تلعب …»: ``mentions``, those of the sentence)."""
    # (not the accusative of a participle whose stem ends in «ـهم»: «متهما»)
    if strip_diacritics(words[hit.last].text).endswith("هما") and hit.kind != "active" and \
            not words[hit.last].norm.lstrip("و").startswith("متهم"):
        return True
    named = {k for m in mentions for k in range(m.first, m.last + 1)}
    # (a clause of its own after «في حين/بينما/فيما» has its own subject: «وبحثا …، في حين أشاد شينكر بـ…»)
    after = max([after] + [k for k in range(after + 1, hit.first) if while_at(words, k)])
    for k, w in enumerate(words[after + 1:hit.first], start=after + 1):
        if k in named:
            continue
        text = strip_diacritics(w.text)
        bare = text[1:] if text[:1] in ("و", "ف") else text
        if (w.norm in DUAL_NOUNS or w.norm[1:] in DUAL_NOUNS) and not any(m.last == k - 1 for m in mentions):
            # «وأكد الجانبان …», «واتفق الوزيران …» (not the object right after a subject: «استقبل المشري الوزيرين»)
            return True
        participle = bare.startswith("م") and len(bare) >= 5  # «مؤكدا», «مشيرا»: the accusative of a participle
        # (not a plural: «وأضافوا أن روسيا تعترض …»)
        # (nor an object pronoun «ـها/ـنا»: «أفقدتها»; nor an accusative noun with its adjective: «جدلا واسعا»)
        accusative = k + 1 < len(words) and strip_diacritics(words[k + 1].text).endswith("ا") and \
            upos(words[k + 1]) != "VERB" and not words[k + 1].norm.startswith("ال")
        # (nor an adverb the tagger calls a verb: «أيضا», "also", and «سعيا لـ», "seeking to")
        if upos(w) in ("VERB", "AUX") and bare.endswith("ا") and not bare.endswith(("وا", "ها", "نا")) and \
                len(bare) >= 4 and not participle and not accusative and w.norm not in NOT_DUAL and \
                not (w.norm[:1] in ("و", "ف") and w.norm[1:] in NOT_DUAL):
            return True
    return False


NOT_DUAL = {"ايضا", "سعيا",  # normalised: adverbs the tagger may take for dual verbs
            # and conjunctions on «ما» («بعدما رفض الأخير …»: after the latter refused)
            "بعدما", "عندما", "حينما", "كلما", "طالما", "ربما", "بينما", "مثلما", "انما", "فيما", "قبلما"}
DUAL_NOUNS = {"الجانبان", "الطرفان", "الوزيران", "الرييسان", "الزعيمان", "البلدان", "المسوولان", "الجانبين", "الطرفين",
              "الوزيرين", "الرييسين", "الزعيمين", "البلدين",
              "الدولتان", "الدولتين"}  # normalised: the two sides of a meeting as subject
CARRIED_DUAL_REACH = 6  # words from «الجانبان/اتفقا» to the trigger, for a pair of the sentence before
# normalised: those who met, as a plural subject
GROUP_NOUNS = {"القاده", "الزعماء", "الوزراء", "الروساء", "المشاركون", "المشاركين", "المجتمعون", "المجتمعين"}


# normalised: «الدول الخمس», «البلدان الثلاثة»: states named as a group with their number
COUNTED_NOUNS = {"الدول", "البلدان", "العواصم"}
COUNTS = {"الثلاث", "الثلاثه", "الاربع", "الاربعه", "الخمس", "الخمسه", "الست", "السته", "السبع", "السبعه"}


def group_noun_at(words: list[Word], k: int) -> bool:
    """Does word ``k`` name the group of sides named before: «القادة», «الوزراء», or a counted «الدول الخمس»?"""
    norm = words[k].norm[1:] if words[k].norm[:1] == "و" and words[k].norm[1:] in GROUP_NOUNS | COUNTED_NOUNS \
        else words[k].norm
    if k > 0 and upos(words[k - 1]) == "NOUN" and not words[k - 1].norm.lstrip("و").startswith("ال") and \
            not has_pronoun(words[k - 1]):
        return False  # («رئيس الوزراء», «مجلس الوزراء»: the genitive of a title or body, no group)
    return norm in GROUP_NOUNS or (norm in COUNTED_NOUNS and k + 1 < len(words) and words[k + 1].norm in COUNTS)


def group_subject_near(words: list[Word], hit: TriggerHit) -> bool:
    """«… قمة ثلاثية بين مصر واليونان وقبرص. وأكد القادة رفضهم …»: a plural noun for those who met, within
    :data:`CARRIED_DUAL_REACH` words before the trigger, with nothing but words between (no actor is
    checked here: the caller has the sides of the meeting before); or right after a verb («وأدان القادة الثلاثة
    …»: verb, subject); or the trigger is in the clause of a plural verb after such a noun opened the sentence
    («وأصدر الوزراء الأربعة بيانا اعتبروا فيه أن …، ونددوا بالتدخل التركي»)."""
    if hit.kind == "verb" and hit.last + 1 < len(words) and group_noun_at(words, hit.last + 1):
        return True
    opening = next((k for k in range(0, min(hit.first, CARRIED_DUAL_REACH)) if group_noun_at(words, k)), None)
    if opening is not None and any(plural_verb(words[j]) for j in range(opening + 1, hit.first + 1)):
        return True
    for k in range(max(0, hit.first - CARRIED_DUAL_REACH), hit.first):
        if words[k].punct:
            return False
        if group_noun_at(words, k):
            return True
    return False


def dual_subject_near(words: list[Word], hit: TriggerHit, mentions: list[Mention] = ()) -> bool:
    """A dual subject within :data:`CARRIED_DUAL_REACH` words before the trigger: enough to
    carry the two sides of a meeting in the sentence before («… وأكد الجانبان رفضهما …»); a name the tagger
    calls a verb is none («وشكر السراج تركيا على وقوفها …»: ``mentions``, those of the sentence)."""
    return dual_subject_between(words, max(-1, hit.first - CARRIED_DUAL_REACH - 1), hit, mentions)


def plural_verb(word: Word) -> bool:
    """A verb in the (masculine) plural («يقاتلون», «قالوا»): its dropped subject is a group of
    people, never the one state or leader a document is about."""
    stem = word.stem
    if stem.upos in ("VERB", "AUX") and stem.feat("Number") == "Plur":
        return True
    return strip_diacritics(word.text).endswith(("ون", "وا")) and len(word.norm) > 4


def first_person(word: Word, stems) -> bool:
    """A first-person plural imperfect of one of the verb ``stems`` («ندعم», «سنرفض», «ونؤيد»): «we»,
    the speaker, is its subject, whatever actor follows it."""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and len(word.norm) > 4 else word.norm
    norm = norm[1:] if norm[:2] == "سن" else norm
    if not norm.startswith("ن"):
        return False
    rest = norm[1:]
    # (the imperfect drops a stem's alif: «نؤيد» of «ايد», normalised «نويد»)
    return any(rest == stem or rest == stem[1:] and stem[:1] == "ا" or rest == "و" + stem[1:] and stem[:1] == "ا"
               for stem in stems)


def resumes_clause(words: list[Word], k: int, pronouns: set[str] = RESUMPTIVES) -> bool:
    """Does the verb at word ``k`` open a clause on what the clause before told: «، وهو ما أيدته قبرص», «، وهو شرط
    رفضته موسكو» (its pronoun is that, not an actor)?  ``pronouns``: the resumptive pronouns that may open it."""
    return k >= 2 and words[k - 2].norm in pronouns and (words[k - 1].norm == "ما" or
                                                          words[k - 1].norm in RESUMED_NOUNS)


def has_pronoun(word: Word) -> bool:
    """Does the word end in an object or possessive pronoun («تدعمه», «اتهمها», «قواتهم»)?  Not a verb whose own last
    letters are «ه» or «هم» («فاتهم», «وساهم», «توجه»: :data:`RADICAL_HA`)."""
    radical = word.norm in RADICAL_HA or (word.norm[:1] in ("و", "ف") and word.norm[1:] in RADICAL_HA)
    return bool(PRONOUN_SUFFIX.search(strip_diacritics(word.spelled))) and len(word.norm) > 4 and not radical


# normalised verbs whose last radical is «ه» (or whose «هم» is theirs: accuse, contribute), which read as a verb with
# a pronoun: accused, contributed, directed or headed to, confronted, praised, warned, likened
RADICAL_HA = {"اتهم", "يتهم", "تتهم", "نتهم", "ساهم", "يساهم", "تساهم", "اسهم", "يسهم", "تسهم", "وجه", "يوجه", "توجه",
              "يتوجه", "تتوجه", "واجه", "يواجه", "تواجه", "نواجه", "نوه", "ينوه", "تنوه", "نبه", "ينبه", "تنبه", "شبه",
              "يشبه", "تشبه",
              # (and their participles in the accusative, whose «ـا» is the case ending: «متهما أنقرة بـ…»)
              "متهما", "مساهما", "موجها", "مواجها", "منوها", "منبها", "مشبها"}


HASTENING = ("سارع", "بادر")  # verb stems: «سارعت حكومة الوفاق إلى رفضها», hastened to do it


def hastened_subject(words: list[Word], mentions: list[Mention], first: int,
                     after: int | None = None) -> Mention | None:
    """The subject of a verb of hastening whose «إلى» governs the masdar at word ``first``: the masdar's agent
    («سارع وزير الخارجية الروسي إلى لقاء السراج»), named between the verb and «إلى», else (when ``after`` is
    given) right after the masdar and its pronoun («سارعت إلى رفضها حكومة الوفاق»)."""
    k = first - 1
    if k < 2 or words[k].norm != "الي":
        return None
    subject = next((m for m in mentions if m.last == k - 1 and marker_before(words, m) is None), None)
    verb = subject.first - 1 if subject is not None else k - 1
    if verb < 0 or not any(stem_match(words[verb], v, "verb") for v in HASTENING):
        return None
    if subject is not None or after is None:
        return subject
    return next((m for m in mentions if m.first == after and marker_before(words, m) is None), None)
