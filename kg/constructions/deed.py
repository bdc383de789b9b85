"""A deed named with its doer, opposed by the clause's subject: «أدان
البرلمان التدخل التركي», «رفضت القاهرة عدوان حفتر على طرابلس».

The trigger noun is marked ``kg:agentIsTarget`` (تدخل، عدوان، هجوم …): the
actor named with it (genitive, nationality adjective, «ل» just after:
«التدخل المتزايد لروسيا», «من (قبل|جانب)» just after: «أي تدخل من تركيا»,
or the subject of a relative clause: «العدوان الذي تشنه قوات حفتر») is its doer and the target of the stance; the
source is the subject before it in the clause.  A deed named with no
speaker in its clause states no stance."""
from __future__ import annotations

from kg.constructions.context import Context, Found, faces, reads_as_masdar
from kg.constructions.masdar import RESUMING
from kg.constructions.predicate import nominal_predicate
from kg.actors import Mention, Word
from kg.grammar import (COMPLEMENTIZERS, FAVOURING, RELATIVES, STATEMENT_NOUNS, clitic_marker, colon_speaker,
                        confronting, definite, dropped_speaker, genitive_of, listed_before, marker_before, participle,
                        past_marks_back, participle_asides, refused, relational, relative_asides, report_author,
                        speaker_after_quote, time_phrase_before, upos, while_at)
from kg.triggers import DESCRIBED_AS, stem_match

NAME = "deed"
CONFIDENCE = 0.6
FINAL = True
RULES = (NAME, "deed-pronoun")
PRONOUN_CONFIDENCE = 0.5
DOER_WINDOW = 3  # words from the noun to a «ل» phrase naming its doer
DEED_MODIFIERS = 2  # definite genitives or adjectives between the deed and its relative clause


def applies(ctx: Context) -> bool:
    # a reported deed's masdar reads the same: «كشف تقرير أممي عن انتهاك الإمارات الحظر»
    return ctx.kind == "noun" and bool(ctx.trig.agent_is_target or ctx.trig.reported_deed)


def find(ctx: Context) -> Found | None:
    hit, after = ctx.hit, ctx.after
    tgt = next((m for m in after if genitive_of(ctx.words, m, hit.last)), None) or \
        next((m for m in after if ctx.within(m, hit.last, DOER_WINDOW) and ctx.mk(m) == "ل"
              # only its adjectives between: «تصعيد الدول الداعمة لحفتر» is the countries' escalation
              # («تهديد مباشر لأمن مصر»: a noun behind «ل» is no adjective; Egypt's security is threatened)
              and all(w.punct or (_qualifies(w, ctx.words[hit.last]) and clitic_marker(w) is None)
                      for w in ctx.words[hit.last + 1:m.first])), None)
    if tgt is None:
        tgt = _doer_in_relative(ctx) or _doer_after_min(ctx) or _each_of(ctx)
    if tgt is None and ctx.pronoun_on(hit.last):
        return _own_deed(ctx)
    if tgt is None and ctx.before and not definite(ctx.words[hit.first]) and \
            nominal_predicate(ctx, ctx.before[-1]):
        # «قال صالح إن تركيا دولة محتلة»: an indefinite deed noun as the predicate of the actor that
        # opens the clause is the speaker's verdict on it
        subject = ctx.before[-1]
        src = ctx.speaker_against(subject)
        if src is None:  # («الخارجية التركية: هجمات حفتر … جرائم حرب»: a headline's speaker before the colon)
            src = colon_speaker(ctx.words, ctx.mentions, subject.first)
            src = src if src is not None and ctx.party(src) != ctx.party(subject) else None
        return Found(src, subject, CONFIDENCE, NAME) if src is not None else None
    if tgt is None:
        doer = _doer_by_verb(ctx) or described(ctx) or _doer_of_clause(ctx)
        return reported_by(ctx, doer, NAME) if doer is not None else None
    if tgt is None or _justified(ctx.words, max(tgt.last, hit.last)):
        return None
    src = _stance_holder(ctx)
    joined = _joined_speech_subject(ctx)
    if joined is not None and src is not None and src.last < ctx.joined_speech_at():
        # «التقى السفير الأمريكي باشاغا في أنقرة، وقال عقب اللقاء إن التصعيد الذي تقوم به قوات حفتر …»: a speech verb
        # joined by «و» after a comma, with no subject of its own, goes on with the clause's subject
        src = joined
    said = _participle_subject(ctx)
    if said is not None and src is not None and src.last < _participle_at(ctx) and said is not src:
        # «صوت البرلمان على قرار … لحماية الأمن القومي الليبي والمصري، معتبرا أن الغزو التركي …»: the participle
        # after the comma says it of the main clause's subject, not of an actor named between
        src = said
    src = src or said
    if src is not None and ctx.governor is None and \
            any(w.norm in COMPLEMENTIZERS for w in ctx.words[ctx.a:src.first]):
        # «قال المسماري إن المجلس الرئاسي باع ليبيا للمستعمر التركي»: no stance verb governs the deed, so
        # an actor inside what the speaker says holds no stance on it; the speaker names it so
        src = ctx.speaker_against(tgt)
    if src is None:
        src = speaker_after_quote(ctx.words, ctx.mentions, hit.first)  # «"… أمام التدخل التركي"، هكذا علق الوزير»
    if src is None and not ctx.before:
        # «وقالت زاخاروفا: "إن التدخل التركي …"»: a clause opening after a speaker's colon is what the speaker says
        speaker = colon_speaker(ctx.words, ctx.mentions, hit.first)
        src = speaker if speaker is not None and ctx.party(speaker) != ctx.party(tgt) else None
    if src is None and ctx.governor == "opposes" and not ctx.before and ctx.salient is not None:
        src = ctx.salient  # «أعلنت قطر دعمها لحكومة الوفاق. كما أدانت الهجوم الذي تشنه قوات حفتر»
    if src is not None and ctx.governor is None and time_phrase_before(ctx.words, ctx.hit.first, ctx.a):
        # «بعد أن كانت باريس سندا لحفتر إبان عدوانه على العاصمة», «بعد عام من عدوان حفتر»: a deed that dates
        # another is no stance of the actors around it; only a reported speaker's word for it is one
        src = ctx.speaker_against(tgt)
    if ctx.governor == "supports" or _asked_for(ctx, src) or \
            (hit.first > 0 and ctx.words[hit.first - 1].norm in FAVOURING):
        return None  # «رحب حفتر بالتدخل المصري», «طلب البرلمان تدخلا من مصر»: a deed welcomed or asked for
    return Found(src, tgt, CONFIDENCE, NAME) if src is not None and ctx.party(src) != ctx.party(tgt) else None


def _stance_holder(ctx: Context) -> Mention | None:
    """The nearest actor before the deed with no preposition, unless it is the genitive of a noun or the
    object of a verb and an earlier one is the clause's subject: «انتقدت أنقرة صمت الاتحاد الأوروبي إزاء
    انتهاكات حفتر» is Ankara's stance (the EU's silence is what it criticises)."""
    words = ctx.words
    # (not a partner in the deed: «الإمارات شريك في جرائم حفتر» says who backs the doer, not who charges him)
    partners = {h.first - 1 for h in ctx.hits if h.kind == "agent" and h.last + 1 < len(words)
                and words[h.last + 1].norm == "في"}
    # (nor one inside a relative clause set off by commas: «إن القاهرة، التي تدعم حفتر، ترفض التدخل التركي»; or a
    # participle's: «وأكد صالح، مثمنا دعم مصر للمؤسسات الليبية، رفضه التدخل التركي»)
    asides = relative_asides(words, ctx.hit.first) + participle_asides(words, ctx.mentions, ctx.hit.first)
    unmarked = [m for m in reversed(ctx.before) if marker_before(words, m) is None and m.last not in partners
                and not any(o < m.first and m.last < c for o, c in asides)]
    if not unmarked:
        # «مشددا على رفض مصر القاطع لأي تدخلات خارجية، وفي مقدمتها التدخل التركي»: the genitive of an opposing
        # masdar holds the stance, whatever preposition the masdar stands behind
        return next((m for m in reversed(ctx.before) if any(
            h.kind == "noun" and h.last == m.first - 1 and h.trigger.relation == "opposes" for h in ctx.hits)), None)
    near = unmarked[0]
    genitive = near.first > 0 and upos(words[near.first - 1]) == "NOUN" and \
        not any(m.first <= near.first - 1 <= m.last for m in ctx.mentions)
    # (the word that opens the clause before it is its verb, whatever the tagger says: «وطالب» is no student)
    subject = next((m for m in unmarked[1:] if m.first > 0 and (upos(words[m.first - 1]) in ("VERB", "AUX")
                                                                or m.first - 1 == ctx.a)), None)
    # («طالب المجلس الرئاسي مجلس الأمن بتحمل مسؤولياته إزاء الانتهاكات التي ترتكبها قوات حفتر»: the verb's
    # object, right after its subject, is who is asked, and the subject holds the stance)
    vso = subject is not None and near.first == subject.last + 1
    # («استنكر المجلس الرئاسي صمت الأمم المتحدة على جرائم حفتر»: one word between the subject and the nearer
    # actor, with no conjunction or preposition on it, is the verb's object in construct with that actor,
    # whatever the tagger calls it)
    between = words[subject.last + 1] if subject is not None and near.first == subject.last + 2 else None
    object_head = between is not None and upos(between) in ("NOUN", "VERB", "ADJ") and \
        between.tokens[0].upos != "CCONJ" and clitic_marker(between) is None and between.norm not in COMPLEMENTIZERS
    return subject if (genitive or vso or object_head) and subject is not None else near


JUSTIFIED = {"مشروع", "مشروعا", "مشروعه", "شرعي", "شرعيا", "شرعيه", "ضروري", "ضروريا", "ضروريه", "مبرر", "مبررا",
             "حق", "حقا"}  # normalised: «التدخل المصري مشروع» defends the deed
JUSTIFIED_REACH = 3


def _justified(words, k: int) -> bool:
    """Is the deed ending at word ``k`` called legitimate or necessary right after it («التدخل
    المصري مشروع», «يعد التدخل ضروريا»), with no «غير/ليس» before that word?"""
    for j in range(k + 1, min(len(words), k + 1 + JUSTIFIED_REACH)):
        if words[j].punct:
            return False
        if words[j].norm in JUSTIFIED:
            return words[j - 1].norm not in ("غير", "ليس", "ليست", "لا")
    return False


def _qualifies(word, noun) -> bool:
    """An adjective of the deed noun: tagged so, or (the tagger calls some adjectives nouns,
    «التدخل "المتزايد"») a word agreeing with it in gender and number."""
    def feats(w):
        t = w.stem
        return t.upos, t.feat("Gender"), t.feat("Number")
    tag, gender, number = feats(word)
    _, noun_gender, noun_number = feats(noun)
    return tag in ("ADJ", "PUNCT") or (tag == "NOUN" and gender is not None and (gender, number) == (noun_gender, noun_number))


def _doer_in_relative(ctx: Context) -> Mention | None:
    """«العدوان الذي تشنه قوات حفتر»: the deed's doer is the subject of the relative clause
    right after it, or after its own genitive or adjectives («جرائم الحرب التي ترتكبها قوات حفتر»)."""
    k, words = ctx.hit.last + 1, ctx.words
    while k < min(len(words), ctx.hit.last + 1 + DEED_MODIFIERS) and words[k].norm not in RELATIVES and \
            words[k].norm.startswith("ال") and upos(words[k]) in ("NOUN", "ADJ") and \
            not any(m.first == k for m in ctx.mentions):
        k += 1
    if k + 1 < len(words) and k == ctx.hit.last + 1 and not definite(words[ctx.hit.last]) and \
            upos(words[k]) == "VERB" and words[k].norm.endswith(("ه", "ها")):
        k -= 1  # «عدوانا تشنه قوات حفتر»: an indefinite deed's relative clause has no pronoun, its verb
        # a resumptive one
    elif k + 2 >= len(words) or words[k].norm not in RELATIVES or upos(words[k + 1]) not in ("VERB", "AUX"):
        return None
    if faces(words[k + 1]):
        return None  # «التهديدات التي تواجه الجيش الوطني»: who faces the deed suffers it, no doer
    # («التدخلات التي تقوم بها تركيا»: the resumptive «بها» before the subject)
    at = k + 3 if words[k + 2].norm in ("بها", "به", "بهما", "بهم") else k + 2
    return next((m for m in ctx.after if m.first == at), None)


PARTICIPLE_REACH = 5  # words from a circumstantial participle to the deed it governs («منددا بما وصفه بالتدخل»)


def _participle_subject(ctx: Context) -> Mention | None:
    """«…، ومنددا بما وصفه بالتدخل السافر لكل من الإمارات ومصر»: a participle set off by a comma
    shortly before the deed says it of the main clause's subject, the sentence's first actor with
    no preposition before it."""
    k = _participle_at(ctx)
    return ctx.first_unmarked(k) if k >= 0 else None


def _joined_speech_subject(ctx: Context) -> Mention | None:
    """The subject of the clause a joined speech verb goes on with: the sentence's first actor with no preposition."""
    k = ctx.joined_speech_at()
    return ctx.first_unmarked(k) if k >= 0 else None


def _participle_at(ctx: Context) -> int:
    """Where the participle set off by a comma shortly before the deed is (-1: none)."""
    words, hit = ctx.words, ctx.hit
    return next((j for j in range(hit.first - 1, max(0, hit.first - PARTICIPLE_REACH) - 1, -1)
                 if participle(words[j]) and j > 0 and words[j - 1].norm in ("،", ",")), -1)


def _each_of(ctx: Context) -> Mention | None:
    """«التدخل السافر لكل من الإمارات ومصر»: the doers listed after «لكل من», only the deed's
    adjectives between."""
    words, hit = ctx.words, ctx.hit
    for m in ctx.after:
        if not ctx.within(m, hit.last, DOER_WINDOW + 2):
            return None
        if m.first >= 2 and words[m.first - 2].norm == "لكل" and words[m.first - 1].norm == "من" and \
                all(_qualifies(w, words[hit.last]) for w in words[hit.last + 1:m.first - 2]):
            return m
    return None


ASKING = ("طلب", "دعا", "دعت", "يدعو", "تدعو", "ناشد", "استدعي", "رحب")  # verb stems: a deed asked for or welcomed
ASKING_REACH = 3  # words from the verb to the deed, besides its subject


def _asked_for(ctx: Context, src: Mention | None) -> bool:
    """Is the deed asked for or welcomed by a verb just before it, its subject between?"""
    words, hit = ctx.words, ctx.hit
    if hit.first > 0 and confronting(words[hit.first - 1]):
        return False  # «دعا حفتر الليبيين إلى التصدي للغزو التركي»: what they are asked to confront
    loose = [k for k in range(max(ctx.a, hit.first - ASKING_REACH - 8), hit.first)
             if not (src is not None and src.first <= k <= src.last)]
    return any(any(stem_match(words[k], v, "verb") for v in ASKING) for k in loose[-ASKING_REACH - 1:])


def _doer_after_min(ctx: Context) -> Mention | None:
    """«التصعيد العسكري من جانب روسيا», «رفضت مصر أي تدخل من تركيا»: the actor after «من (قبل|جانب)»,
    or after «من» alone when a stance verb or a refusal governs the deed, only the deed's adjectives
    between, is its doer."""
    words, k = ctx.words, ctx.hit.last + 1
    while k < len(words) and not words[k].punct and k <= ctx.hit.last + DOER_WINDOW and \
            (_qualifies(words[k], words[ctx.hit.last]) or relational(words[k])):
        k += 1
    # («رفضها لأي تدخل عسكري أجنبي في ليبيا، سواء من روسيا أو تركيا»: past where, a comma and «سواء», whichever)
    j = k + 2 if k + 1 < len(words) and words[k].norm == "في" and not words[k + 1].punct else k
    if j + 2 < len(words) and words[j].norm in ("،", ",") and words[j + 1].norm == "سواء":
        return ctx.agent_at(j + 2, bare_min=True)
    # bare «من» only after a stance against the deed: «تهديدات من X» may be X's, or aimed at X
    return ctx.agent_at(k, bare_min=ctx.governor == "opposes" or refused(words, ctx.hit, ctx.a))


# verb stems: «تشن», «تقود العدوان», «ارتكبت», «يشكل تهديدا»; and carrying on with it: «إن تركيا تواصل
# انتهاك الحظر»
# and striving for it: «إن حفتر يسعى لعرقلة الحوار», «إن أنقرة تحاول تقويض …», «تسعى إلى إفشال …»
STRIVING = ("سعي", "يسعي", "تسعي", "حاول", "يحاول", "تحاول")
DOING = ("شن", "قاد", "يقود", "تقود", "ارتكب", "نفذ", "مارس", "شكل", "مثل",
         "قام") + RESUMING + STRIVING  # («قامت مجموعة فاغنر بزرع ألغام»: carried out)
STRIVING_TO = {"الي", "علي"}  # normalised: the preposition a verb of striving may put before the deed
DOING_SUBJECT_REACH = 4  # words of the subject's name between a verb of doing and the deed (VSO)


def _doer_by_verb(ctx: Context) -> Mention | None:
    """«قال المسماري إن أنقرة تقود العدوان على ليبيا», «إن تشن تركيا عدوانا»: the subject of a verb
    of doing whose object is the deed (right before the verb, or its whole subject between) does it."""
    words, k = ctx.words, ctx.hit.first - 1
    if k >= 2 and words[k].norm in STRIVING_TO and any(stem_match(words[k - 1], v, "verb") for v in STRIVING):
        k -= 1  # «تسعى إلى تقويض»
    if k >= 1 and any(stem_match(words[k], v, "verb") for v in DOING):
        # the subject right before the verb, or before where it is («الوجود التركي في ليبيا يمثل تهديدا»), a
        # quotation mark that opens on the verb between («… في ليبيا "يشكل تهديدا"»)
        last = past_marks_back(words, k - 1)
        ends = (last, last - 2) if last >= 2 and words[last - 1].norm == "في" else (last,)
        return next((m for end in ends for m in ctx.mentions if m.last == end and
                     (marker_before(words, m) is None or _statement_owner(words, m))), None)
    subject = next((m for m in ctx.mentions if m.last == k and marker_before(words, m) is None
                    and m.last - m.first < DOING_SUBJECT_REACH), None)
    if subject is not None and subject.first >= 1 and any(stem_match(words[subject.first - 1], v, "verb") for v in DOING):
        return subject
    return None


SPOKEN_REACH = 2  # words from what was said to the «لـ» of whose it is (its adjectives between)


def _statement_owner(words: list[Word], m: Mention) -> bool:
    """«إن التصريحات الأخيرة للمسؤولين الأتراك تمثل تدخلا»: ``m`` is behind the «لـ» that makes it the owner
    of what was said, a few words after the word for it; what was said is its own deed."""
    k = next((j for j in range(m.first, max(-1, m.first - 3), -1) if clitic_marker(words[j]) == "ل"), None)
    return k is not None and any(words[j].norm.removeprefix("ال") in STATEMENT_NOUNS
                                 for j in range(max(0, k - SPOKEN_REACH), k))


IN_DEED = {"في", "وفي"}  # «… في انتهاك لقرارات مجلس الأمن»: how what the clause says was done


def _doer_of_clause(ctx: Context) -> Mention | None:
    """«قال الوزير إن الإمارات تواصل إرسال الأسلحة إلى حفتر في انتهاك لقرارات مجلس الأمن»: a deed behind
    «في», after the clause's verb, is what that verb's subject does (right before the verb, or right
    after it), with no comma between."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 2 or words[k].norm not in IN_DEED:
        return None
    verb = next((j for j in range(k - 1, ctx.a - 1, -1) if upos(words[j]) == "VERB" or words[j].punct), None)
    if verb is None or words[verb].punct:
        return None
    return next((m for m in ctx.mentions if (m.last == verb - 1 or m.first == verb + 1) and m.last < k
                 and marker_before(words, m) is None), None) or listed_before(words, ctx.mentions, verb)


OWNER_REACH = 3  # words from the thing's owner («الدعم الفرنسي») to its object behind a preposition («لحفتر»)


def described(ctx: Context) -> Mention | None:
    """«وصف المتحدث التركي تصريحات السيسي بأنها تدخل في الشؤون الليبية»: the deed is what the thing
    described is called; the actor named last before «بأنها» (its genitive) did it, not one behind a
    preposition, the object of the thing («وصف باشاغا الدعم الفرنسي لحفتر بأنه تدخل»: France's)."""
    k = ctx.hit.first - 1
    if k >= 1 and ctx.words[k].norm not in DESCRIBED_AS:
        # «واصفا الوجود العسكري التركي بالاحتلال», «وصف الدعم الإماراتي بـ"العدوان"»: the deed behind «بـ», what
        # the thing a verb of describing takes as its object is called
        j = past_marks_back(ctx.words, k)
        by = clitic_marker(ctx.words[ctx.hit.first]) == "ب" or (j >= 0 and ctx.words[j].norm == "ب")
        verb = next((v for v in range(j - 1, max(-1, j - 1 - DESCRIBED_REACH), -1)
                     if any(stem_match(ctx.words[v], d, "verb") for d in DESCRIBING_STEMS)
                     or ctx.words[v].norm.startswith(("واصف", "وواصف"))), None) if by else None
        if verb is None or any(w.punct for w in ctx.words[verb + 1:j]):
            return None
        return next((m for m in reversed(ctx.mentions) if verb < m.first and m.last < j
                     and marker_before(ctx.words, m) is None), None)
    if k < 1:
        return None
    before = [m for m in reversed(ctx.mentions) if m.last < k]
    if len(before) > 1 and marker_before(ctx.words, before[0]) is not None and \
            marker_before(ctx.words, before[1]) is None and before[0].first - before[1].last <= OWNER_REACH and \
            upos(ctx.words[before[1].first - 1]) == "NOUN":
        return before[1]  # the owner the thing's noun (not the verb of describing) stands right before
    return next(iter(before), None)


DESCRIBING_STEMS = ("وصف", "يصف", "تصف", "اعتبر", "نعت")  # verb stems: «وصف X Y بالعدوان»
DESCRIBED_REACH = 6  # words from the verb of describing to the «بـ» of what it calls its object


def reported_by(ctx: Context, doer: Mention, rule: str) -> Found | None:
    """Who speaks of the deed: the first actor of another party before the doer with no preposition
    before it, or the reported speaker, or the one the text is about when the speech verb has no
    subject of its own.  Nobody: the doer's own act, no stance."""
    agents = {h.last + 1 for h in ctx.hits if reads_as_masdar(ctx.words, h, ctx.mentions)}
    # (a deed that dates the clause, «إبان عدوانه على العاصمة», is only a reported speaker's word)
    timed = ctx.governor is None and time_phrase_before(ctx.words, ctx.hit.first, ctx.a)
    # («عقد بوتين لقاء مع ماكرون، فيما شدد أردوغان على أن حفتر يجب أن يتوقف عن عدوانه»: not before the clause
    # «فيما/بينما/في حين» opens, which has its own subject)
    start = max((k for k in range(doer.first) if while_at(ctx.words, k)), default=-1)
    src = next((m for m in ctx.mentions if not timed and start < m.first and m.last < doer.first
                and marker_before(ctx.words, m) is None and m.first not in agents and ctx.party(m) != ctx.party(doer)),
               None) or ctx.speaker_against(doer)
    if src is None and ctx.salient is not None and ctx.party(ctx.salient) != ctx.party(doer) and \
            dropped_speaker(ctx.words, ctx.hit.first):
        src = ctx.salient  # «… وقال المتحدث باسمه إن تركيا تواصل انتهاك الحظر»
    conf = CONFIDENCE if rule == NAME else PRONOUN_CONFIDENCE
    return Found(src, doer, conf, rule) if src is not None else None


def _own_deed(ctx: Context) -> Found | None:
    """«قالت واشنطن إن موسكو لا تستطيع إخفاء تورطها»: the possessive names the doer (the
    nearest actor of the pronoun's gender); who speaks of the deed is the first actor of
    another party before it in the sentence, or the reported speaker."""
    # («الادعاءات القطرية بشأن تدخلها»: the report's author speaks of the deed, «its» is another's)
    author = report_author(ctx.words, ctx.mentions, ctx.hit)
    doer = ctx.referent(author, possessive=True)
    if doer is None:
        return None
    if author is not None:
        return Found(author, doer, PRONOUN_CONFIDENCE, "deed-pronoun")
    # (not the agent of another stance masdar, «رأى الخبير أن دعم أبوظبي لحفتر دفعه إلى عدوانه»: Abu Dhabi names no deed)
    return reported_by(ctx, doer, "deed-pronoun")
