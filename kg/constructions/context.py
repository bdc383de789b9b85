"""What every construction reads about one trigger: its clause, the actors
before and after it, the markers its target may take, and the pronoun and
subject lookups several constructions share."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from kg.actors import ALLUDING, QUOTE_MARKS, TATWEEL, Mention, Word, strip_article
from kg.grammar import (ADVERB_WORDS, ANY, AUTHOR_VERBS, CLOSE_TO, COMPLEMENTIZERS, CONTINUING, DEMANDING, DETACHED,
                        DETACHED_MARKS, INCLUDING, LIST_HEADS, MANNER_HEADS, QUALIFIERS, REJECTING, RELATIVES,
                        RESUMED_BY, ROLE_NOUNS, SPEECH_VERBS, TARGET_WINDOW, WHEN, WHILE, WINDOW, accusation,
                        accusing_pronoun, adverb_phrase_words, armed_from, clitic_marker, coordinated, definite,
                        denial_word, each_of, genitive_of, has_pronoun, including_phrase, marker_before, mention_gender,
                        nominal_context, opens_on_madda, past_marks, past_marks_back, phrase_of_telling, pronoun_gender,
                        pronoun_after_stem, pronoun_phrase, reach_back, relative_antecedent, relative_asides,
                        singled_out_at, speakers, standing_asides, subordinate_at, upos, while_at, written_on)
from kg.grammar import STATEMENT_NOUNS, report_noun
from kg.normalize import strip_diacritics
from kg.ontology import SYMMETRIC, Trigger
from kg.triggers import (CLAUSE_BREAKS, DESCRIBED_AS, TriggerHit, aside_span, conjunction_on, find_triggers,
                         stem_match)

AIMED_AT = {"لها", "له", "لهم", "لهما"}  # normalised: «اتهامات X لها بـ…», the accused as a pronoun behind «لـ»
LEVELLING = ("وجه", "ساق", "اطلق")  # verb stems: «اتهامات وجهها X لـY», accusations levelled, put forward, launched
LEVELLED_REACH = 8  # words from the verb of levelling to the one levelled at (its subject's long title between)
LEVELLED_ADJECTIVES = 2  # the accusation's or criticism's own adjectives before the verb of levelling («حادة»)
ACCUSATION_REJECTED_REACH = 4  # words from the verb rejecting an accusation to the accusation (its subject between)
RESPONDING = ("رد",)  # «ردت أنقرة على اتهامات باريس»: who responds to accusations is their target
SOME = {"بعض", "احدي", "احد"}  # normalised: «بعض الدول», «إحدى الدول»
CAUSES = {"بسبب", "لسبب", "جراء", "خلفيه", "اثر"}  # normalised: «بسبب/جراء/على خلفية/إثر دعمها»: because of
PROTESTING = {"احتجاجا", "اعتراضا", "تنديدا", "استنكارا", "رفضا"}  # normalised: «احتجاجا على دعمها»: in protest at
ISSUED = {"الصادر", "الصادره", "صادر", "صادره",  # «البيان الصادر عن X»
          "الصادرين", "الصادران", "الصادرتين", "الصادرتان"}  # (the dual: «بالبيانين الصادرين عن X وY»)
INFORMING = ("ابلغ", "بلغ", "اخطر", "خطر")  # verb stems: «أبلغت X Y رفضها», its object told
FROM_REACH = 3  # words from a supply trigger to «من X»
SEMICOLONS = {"؛", ";"}  # what ends a clause that a circumstantial participle after it does not belong to
LAM_OBJECT_REACH = 5  # words from the trigger (past its subject) to «لـ X» after the object's noun phrase
ADJECTIVE_REACH = 4  # words from the trigger's preposition to a nationality adjective of its object
SINGLED_REACH = 10  # words from the trigger's object to «، وخاصة / ولا سيما»
SINGLED_OBJECT_REACH = 3  # words from «وخاصة» to the actor it singles out («الوجود الروسي»)
ISSUED_REACH = 9  # words from the trigger to «الصادر عن», its subject and object between
LIST_REACH = 16  # words from a trigger to a further object in its list
MEMBERS_ADJECTIVES = 2  # adjectives of those met before «من X» («اجتمع بقادة عسكريين كبار من …»)
FRONTED_LEAD = 3  # words before a fronted phrase's masdar («وعلى هامش لقائه»)
FRONTED_PHRASE = 12  # words from that masdar to the comma closing the phrase
FRONTED_LONG_LEAD = 10  # words before it when a preposition opens the sentence («وفي تصريحات … عقب لقائه»)
PRESENCE_LAM = {"لوجود", "للوجود", "لتواجد", "للتواجد"}  # normalised: «لوجود X», its presence behind «لـ»
OPENING_PREPOSITIONS = {p + w for p in ("", "و") for w in ("في", "خلال", "عقب", "بعد", "اثناء", "قبيل", "علي")}


def informing(word: Word) -> bool:
    """A verb of informing («أبلغ», «أخطر»), whose object is the one told."""
    return any(stem_match(word, v, "verb") for v in INFORMING)


class Found(NamedTuple):
    """The arguments a construction found for a trigger, and how sure it is of them."""
    source: Mention
    target: Mention
    confidence: float
    rule: str  # the construction's name; kg.relations adds the trigger id
    relation: str | None = None  # when the construction reads another relation than the trigger's


ALLUSION_REACH = 4  # words from «في إشارة إلى» to the actor it names
INCLUDED_REACH = 12  # words from the trigger to «بما فيها X», «، ومنها X»


FACING = {"واجه", "يواجه", "تواجه", "واجهت", "تعرض", "يتعرض", "تتعرض", "تعرضت"}  # normalised: faces accusations
REPORT_NOUNS = {"تقارير", "انباء", "معلومات"}  # normalised: «إزاء تقارير عن …», reports about
DEMONSTRATIVES = {"هذه", "هذا", "هولاء", "تلك", "ذلك", "هاتان", "هذان"}  # normalised: «هذه المقاتلات»


OTHERS = {"مجتمع", "عالم", "دول"}  # normalised, without the article: «المجتمع الدولي», «العالم», «الدول» (others)
# normalised, without the article: things sent, which act for nobody who speaks of them («قالت أفريكوم إن
# الطائرات أرسلت لدعم مرتزقة فاغنر»)
GOODS = {"طايرات", "مقاتلات", "اسلحه", "شحنات", "معدات", "امدادات", "صواريخ", "مسيرات", "مدرعات"}


@dataclass
class Context:
    words: list[Word]
    mentions: list[Mention]
    hit: TriggerHit
    a: int  # the clause, in word indices
    b: int
    party: Callable[[Mention], str]
    kind_of: Callable[[Mention], str]  # the actor's kind in the registry (State, Person, …)
    salient: Mention | None = None  # who a pronoun or a dropped subject refers to
    previous_source: Mention | None = None  # the source of the sentence's previous trigger
    kind: str = ""  # the hit's kind, or "noun" for a verb-or-masdar form in a nominal context
    before: list[Mention] = field(default_factory=list)  # actors in the clause before the trigger
    after: list[Mention] = field(default_factory=list)  # and after it, within WINDOW words (a name is one)
    markers: set[str] = field(default_factory=set)  # prepositions the target may take
    object_lam: bool = False  # a masdar whose object may take ل on the actor's own name
    governor: str | None = None  # the relation of a stance verb whose object this trigger is
    governed: TriggerHit | None = None  # the stance masdar this verb trigger governs as its object
    # the other side of the sentence before (its first claim's target): who a pronoun of another gender
    # than the salient actor's refers to («انتقد أردوغان فرنسا. وقال إنها تدعم حفتر»)
    addressee: Mention | None = None
    previous_target: Mention | None = None  # the target of the sentence's previous trigger
    hits: list[TriggerHit] = field(default_factory=list)  # all the sentence's triggers (the extractor's)
    # the actor on the other side of a civil conflict from an actor's party (``kg:sideIn``), if it has one
    other_side: Callable[[Mention], str | None] = lambda m: None
    _asides: list[tuple[int, int]] | None = field(default=None, repr=False)

    def __post_init__(self):
        hit = self.hit
        self.kind = self.kind or hit.kind
        self.before = [m for m in self.mentions if self.a <= m.last < hit.first and m.last >= hit.first - WINDOW]
        if not self.before:
            # («صوت البرلمان، في جلسة طارئة، على قرار … لمواجهة العدوان التركي»: none nearer, the window counts no word
            # of a phrase of where or when set off by commas)
            self.before = [m for m in self.mentions if self.a <= m.last < hit.first and
                           hit.first - m.last - self._aside_words_between(m.last, hit.first) <= WINDOW]
        # after it: a long name with its title («نائب رئيس المجلس الرئاسي أحمد معيتيق») counts
        # as one word of the window, and an aside set off by commas after the subject as none («دعا وزراء
        # خارجية مصر وقبرص، في بيان مشترك عقب اجتماعهم، تركيا إلى …»)
        aside = aside_span(self.words, hit.last)
        subject = next((m for m in self.mentions if m.first == hit.last + 1), None)
        if aside is None and subject is not None:
            # («استقبل سمو الأمير فلان بن فلان آل فلان ولي العهد، بمكتبه …، السيد …»: past a long name)
            aside = aside_span(self.words, subject.last)
        self.after = [m for m in self.mentions if hit.last < m.first <= self.b
                      and m.first - hit.last - self._name_words(hit.last, m)
                      - (aside[1] - aside[0] + 1 if aside is not None and m.first > aside[1] else 0) <= WINDOW]
        self.markers = set(self.trig.target_markers) | ({"مع", "ب"} if self.trig.relation in SYMMETRIC else set())
        # a masdar may take its object with ل written on the actor's own name: «انتقادها لدولة قطر»
        self.object_lam = self.kind == "noun" and self.trig.relation not in SYMMETRIC and "ل" not in self.markers

    @property
    def trig(self) -> Trigger:
        return self.hit.trigger

    def agent_at(self, k: int, bare_min: bool) -> Mention | None:
        """The actor after «من قبل» / «من جانب» starting at word ``k`` (``bare_min``: or after «من»
        alone)."""
        words = self.words
        if k + 1 >= len(words) or words[k].norm != "من":
            return None
        if words[k + 1].norm in ("قبل", "جانب"):
            k += 2
        elif bare_min:
            k += 1
        else:
            return None
        k = past_marks(words, k)  # («من قبل "قوات حفتر"»)
        return next((m for m in self.after if m.first == k), None)

    def mk(self, m: Mention) -> str | None:
        """The preposition before ``m``, not counting the trigger's own clitics, nor those of an
        actor named before it («استقبل لافروف رئيس مجلس النواب عقيلة صالح»: a «ل» the tokenizer
        split off «لافروف» marks no one after it)."""
        floor = max([self.hit.last] + [p.last for p in self.mentions if p.last < m.first] +
                    # (nor one inside an aside before it: «عارضت ألمانيا على لسان المتحدث باسمها إرسال قوات تركية»)
                    [c for o, c in self.asides if c < m.first])
        return marker_before(self.words, m, floor)

    def opens_clause(self, m: Mention) -> bool:
        """Does ``m`` open its clause or a complement clause («قالت روسيا إن واشنطن …»)?"""
        if m.first == self.a:
            return True
        opener = self.words[m.first - 1]
        return opener.punct or opener.norm in COMPLEMENTIZERS

    def within(self, m: Mention, start: int, n: int) -> bool:
        """Does ``m`` start at most ``n`` words after word ``start``, quotes and other
        punctuation not counted («ساندت "دبلوماسيا" حكومة الوفاق», «التدخل "المتزايد" لروسيا»),
        nor more than one word of each name between («اجتمع الرئيس المصري عبد الفتاح السيسي مع …»)?"""
        # (nor a phrase of when or where set off by commas, «طالبت فرنسا، في بيان صدر عن خارجيتها، بانسحاب …», nor
        # one of whose voice: «أشادت حكومة الوفاق على لسان المتحدث باسمها بالموقف الإيطالي»)
        inside = {j for o, c in self.asides if start < o and c < m.first for j in range(o, c + 1)}
        between = [w for j, w in enumerate(self.words[start + 1:m.first], start + 1) if j not in inside]
        return m.first - start - len(inside) - sum(w.punct for w in between) - self._name_words(start, m, inside) \
            - _adverbial(between) - _so_called(between) - self._listed_words(start, m) - _detached(between) <= n

    def _aside_words_between(self, i: int, j: int) -> int:
        """The words of :attr:`asides` that lie wholly between words ``i`` and ``j``."""
        return sum(c - o + 1 for o, c in self.asides if i < o and c < j)

    @property
    def asides(self) -> list[tuple[int, int]]:
        """The sentence's :func:`kg.grammar.standing_asides`."""
        if self._asides is None:
            self._asides = standing_asides(self.words, self.mentions)
        return self._asides

    def aside_words(self, before: int | None = None) -> set[int]:
        """The words of :attr:`asides` (of those that close before word ``before``, if given)."""
        return {j for o, c in self.asides if before is None or c < before for j in range(o, c + 1)}

    def _listed_words(self, start: int, m: Mention) -> int:
        """The words between word ``start`` and ``m`` that carry on a list of actors with others kg does not know
        («رحبت كل من الإمارات والسعودية والأردن والبحرين بالمبادرة المصرية»): each joined by «و» right after an
        actor or another such word, a name or bare noun with no preposition."""
        words, count, last = self.words, 0, None
        for k in range(start + 1, m.first):
            if any(p.first <= k <= p.last for p in self.mentions):
                last = max(p.last for p in self.mentions if p.first <= k <= p.last)
            elif last == k - 1 and conjunction_on(words[k]) and upos(words[k]) in ("PROPN", "NOUN") and \
                    clitic_marker(words[k]) is None and not has_pronoun(words[k]):
                count, last = count + 1, k
        return count

    def _name_words(self, start: int, m: Mention, skipped: set[int] = frozenset()) -> int:
        """The words of names between word ``start`` and ``m`` beyond the first of each (not those of
        ``skipped``): a name with its title counts as one word of a distance."""
        return sum(p.last - max(p.first, start + 1) for p in self.mentions
                   if start < p.last < m.first and p.last not in skipped)

    def marked_target(self, ms: list[Mention], exclude=()) -> Mention | None:
        """The first actor close after the trigger behind one of its target prepositions; not behind the
        stance masdar a verb governs («أدانت فرنسا الدعم التركي لحكومة الوفاق»: the «لـ» phrase is the
        support's, and the verb's object is the support, whose agent the next step finds)."""
        if self.governed is not None:  # (its nationality adjective is its agent: «رفضها للدعم التركي»)
            # (or its genitive: «رفضها لوجود مرتزقة فاغنر», «أدانت فرنسا دعم تركيا لحكومة الوفاق»)
            ms = [m for m in ms if m.first <= self.governed.last or m.kind == "demonym"
                  or genitive_of(self.words, m, self.governed.last)]
        # (not past «بينما/فيما/في حين», which opens a clause of its own: «فأنقرة ترسل جنودا لحماية طرابلس، بينما
        # يقاتل مرتزقة فاغنر في صفوف حفتر»)
        # (nor the one present, whose «بـ» is that of «بحضور»: «التقى أكار السراج بحضور باشاغا»; kgt:presence reads it)
        present = self.present_at()
        return next((m for m in ms if m not in exclude and self.within(m, self._sent_thing(m), TARGET_WINDOW)
                     and (self.mk(m) in self.markers or self._lam_object(m) or self._complement(m)
                          or self.met_members_of(m)) and m.first not in present
                     and not self.joined_verb_between(self.hit.last, m.first)
                     and not self.actor_clause_between(self.hit.last, m.first)
                     and not any(while_at(self.words, k) for k in range(self.hit.last + 1, m.first))), None) or \
            next((m for m in self.mentions if self.hit.last < m.first <= self.b and m not in exclude
                  and self.listed_object(m)), None)

    def present_at(self) -> set[int]:
        """Where the ones present stand, right after each «بحضور» (kgt:presence): no partner or target of another
        trigger."""
        return {h.last + 1 for h in self.hits if h.trigger.id == "presence"}

    def actor_clause_between(self, start: int, end: int) -> bool:
        """Does a relative clause on an actor, with its verb and no comma closing it, stand between words ``start``
        and ``end``?  What follows is that clause's: «لدعم حكومة الوفاق التي تواجه حاليا هجوما لقوات حفتر» backs
        no Haftar."""
        words = self.words
        return any(words[k].norm in RELATIVES and upos(words[k + 1]) == "VERB" and
                   any(m.last == k - 1 for m in self.mentions) and
                   not any(w.norm in ("،", ",") for w in words[k + 1:end])
                   for k in range(start + 2, end - 1))

    def joined_verb_between(self, start: int, end: int) -> bool:
        """Does a verb joined by «و» stand between words ``start`` and ``end``, past a word of the clause's own
        complement?  It opens a clause of its own, whose object the actor after it is: «رحبت مصر بالقرار الأوروبي
        وانتقدت تركيا» welcomes no Turkey, «رفضت مصر التدخل الأجنبي وأكدت دعمها للجيش» rejects no army (with
        nothing between but the subject and adverbs, «دعمت روسيا بقوة وساندت حفتر», the two verbs share it)."""
        words = self.words
        first = past_adverbs(words, start + 1)
        while (named := next((m for m in self.mentions if m.first == first), None)) is not None:
            first = past_adverbs(words, named.last + 1)
        verbs = {h.first for h in self.hits if h.kind == "verb"}
        return any(conjunction_on(words[k]) and (k in verbs or upos(words[k]) == "VERB" or words[k].norm[1:] in
                                                 SPEECH_VERBS) for k in range(first + 1, end))

    def _sent_thing(self, m: Mention) -> int:
        """Where the window to a marked target opens: after the trigger, or, for a lexeme that requires its
        object («أرسل أسلحة»), after the last required noun before ``m`` («أرسلت أنقرة طائرات مسيرة وأنظمة
        دفاع جوي إلى حكومة الوفاق»: the list of what is sent between)."""
        # (a demand's required act is no thing sent: «دعا إلى وقف …» reads as it did; but the ties of a lexeme whose
        # target stands behind its marker are: «جمدت وزارة الدفاع في حكومة الوفاق جميع أوجه التعاون مع الإمارات»)
        if not self.trig.requires or (self.trig.relation != "supports" and not self.trig.marked_target):
            return self.hit.last
        words = self.words
        # (a required preposition, «وقف … مع», is no thing sent)
        last = max((k for k in range(self.hit.last + 1, m.first) if words[k].norm not in self.markers
                    and any(stem_match(words[k], r, "noun") for r in self.trig.requires)), default=self.hit.last)
        # (only when ``m`` is the first one it is sent to after it: «باعت الصواريخ إلى قطر متهمة إياها بتسليمها
        # لحكومة الوفاق» sells to Qatar)
        opening = m.first - 1 if words[m.first - 1].norm in self.markers else m.first
        if any(w.norm in self.markers or clitic_marker(w) in self.markers for w in words[last + 1:opening]):
            return self.hit.last
        return last

    def from_to(self) -> tuple[Mention, Mention] | None:
        """«توريد الأسلحة من تركيا إلى حكومة الوفاق»: a supply from «من X» to the trigger's
        own preposition «إلى/لـ Y», a few words after the trigger: (X, Y)."""
        if self.trig.relation != "supports" or "من" in self.markers:
            return None
        giver = next((m for m in self.after if self.mk(m) == "من" and self.within(m, self.hit.last, FROM_REACH)), None)
        if giver is None:
            return None
        group = coordinated(self.words, self.mentions, giver)
        taker = next((m for m in self.after if m.first == group[-1].last + 2 or m.first == group[-1].last + 1), None)
        if taker is None or self.mk(taker) not in self.markers or self.party(taker) == self.party(giver):
            return None
        return giver, taker

    def alluded(self) -> Mention | None:
        """«ترفض القاهرة أي تدخل عسكري أجنبي في ليبيا، في إشارة إلى الوجود العسكري التركي»: the object
        left general is the actor named after «في إشارة إلى» later in the clause (as its genitive,
        its nationality adjective or itself, a few words on)."""
        words = self.words
        for k in range(self.hit.last + 1, min(self.b, len(words) - 3)):
            # («في إشارة واضحة إلى تركيا», «في تلميح إلى …»: kg.actors.ALLUDING)
            pattern = next((p for p in ALLUDING if k + len(p) < len(words) and words[k].norm.removeprefix("و") == p[0]
                            and all(words[k + i].norm == w for i, w in enumerate(p[1:], start=1))), None)
            if pattern is not None:
                end = k + len(pattern) - 1
                return next((m for m in self.mentions if end < m.first <= min(self.b, end + ALLUSION_REACH)), None)
        return None

    def adjective_object(self, start: int | None = None) -> Mention | None:
        """«الرافض لأي وجود عسكري تركي»: the nationality adjective of the noun phrase behind the
        trigger's preposition, a few nouns and adjectives on, is its object (``start``: where to look
        for the trigger's own adjectives, past its genitive: «قلق بلاده البالغ من التدخل التركي»)."""
        words, k = self.words, self.hit.last + 1 if start is None else start
        bare = not words[self.hit.last].norm.startswith("ال") and not has_pronoun(words[self.hit.last])
        while k < len(words) - 1 and _own_adjective(words[k], bare):
            k += 1  # «قلقه العميق إزاء …»: the trigger's own adjectives
        if k + 1 < len(words) and words[k].norm in self.markers:
            k += 1  # the preposition written apart: «استياءها من تصريحات المسؤولين الأتراك»
        elif k >= len(words) or clitic_marker(words[k]) not in self.markers:
            return None
        if k + 1 < len(words) and words[k].norm in REPORT_NOUNS and words[k + 1].norm == "عن":
            k += 1  # «قلقه إزاء تقارير عن وجود مرتزقة روس»: what the reports are about
        m = next((m for m in self.after if m.kind == "demonym" and k < m.first <= k + ADJECTIVE_REACH), None)
        # (not past another preposition: «هجومه على طرابلس بمباركة فرنسية» blesses, it attacks no France)
        # (a «لـ» that joins an indefinite noun to its genitive is no other preposition: «بأي وجود للمرتزقة الأتراك»)
        if m is None or any(upos(w) not in ("NOUN", "ADJ", "DET") or (clitic_marker(w) is not None and not (
                clitic_marker(w) == "ل" and j > k and upos(words[j - 1]) == "NOUN" and
                not words[j - 1].norm.startswith("ال") and clitic_marker(words[j - 1]) is None))
                            for j, w in enumerate(words[k + 1:m.first], start=k + 1)):
            return None
        return m

    def singled_out(self, start: int) -> Mention | None:
        """The actor named right after «، وخاصة / ولا سيما / وعلى رأسها» past the trigger's object (which ends at
        word ``start``), with no verb between: what the object's class is narrowed to.  The object names a class,
        not an actor («وتدعم عدة دول حكومة الوفاق، وخاصة تركيا» singles out a subject)."""
        words = self.words
        for k in range(start + 1, min(self.b + 1, start + SINGLED_REACH)):
            # (before the tag: the tagger may call «سيما» of «ولا سيما» a verb)
            if singled_out_at(words, k):
                # («، لا سيما ما تقوم به تركيا»: what an actor does, the subject past the verb and its «به»)
                j = k + 3 if k + 3 < len(words) and words[k + 1].norm == "ما" and upos(words[k + 2]) == "VERB" and \
                    words[k + 3].norm in RESUMED_BY else k
                return next((m for m in self.after if j < m.first <= j + SINGLED_OBJECT_REACH and self.mk(m) is None),
                            None)
            if upos(words[k]) in ("VERB", "AUX") or words[k].norm in CLAUSE_BREAKS or \
                    any(m.first == k for m in self.mentions):
                return None
        return None

    def listed_object(self, m: Mention) -> bool:
        """«أشاد بالعلاقات بين البلدين، وبالدور الروسي»: a further object of the trigger, past its
        window, opened by «، و» (or «، ثم»: «التقى بالسراج، ثم بحفتر») and the trigger's own preposition; for an
        accusation, a further accused with no preposition and its own charge (:meth:`joined_accused`)."""
        words = self.words
        # (the preposition on the name itself, where the tokenizer left it whole: «اجتمع بالسراج، ثم بحفتر»)
        k = next((j for j in (m.first, m.first - 1, m.first - 2) if j > self.hit.last and written_on(words[j])), None)
        opened = k is not None and k >= 2 and (
            (words[k - 1].norm in {"،", ","} and conjunction_on(words[k])) or
            (words[k - 1].norm == "ثم" and words[k - 2].norm in {"،", ","}))
        if m.first > self.hit.last + LIST_REACH:
            return False
        if accusation(words[self.hit.first]) and marker_before(words, m) is None and self.joined_accused(m):
            return True  # («اتهم قطر بتمويل الميليشيات، وتركيا بإرسال المرتزقة»: one more accused, its own charge)
        return opened and written_on(words[k]) in self.trig.target_markers

    def joined_accused(self, m: Mention) -> bool:
        """«اتهم المسماري قطر بتمويل الميليشيات، وتركيا بإرسال المرتزقة»: is ``m`` joined by «، و» after a first
        charge, with a charge of its own behind «بـ» right after it (a second accused)?"""
        words = self.words
        return m.first >= 2 and words[m.first - 1].norm in {"،", ","} and conjunction_on(words[m.first]) and \
            m.last + 1 < len(words) and words[m.last + 1].norm[:1] == "ب"

    def met_members_of(self, m: Mention) -> bool:
        """«اجتمع بقادة عسكريين من حكومة الوفاق»: those a meeting verb meets, a noun right after it (behind «بـ» or
        not) and its adjectives, are from ``m``, right behind «من»: the meeting is with ``m``."""
        if self.trig.relation not in SYMMETRIC or self.kind != "verb" or self.mk(m) != "من" or \
                m.first - 1 < self.hit.last + 2 or self.words[m.first - 1].norm != "من":
            return False
        # (the tagger calls some adjectives of people nouns: «عسكريين»)
        noun, *rest = self.words[self.hit.last + 1:m.first - 1]
        return upos(noun) == "NOUN" and clitic_marker(noun) in (None, "ب") and len(rest) <= MEMBERS_ADJECTIVES and \
            not any(self.hit.last < n.first < m.first for n in self.mentions) and \
            all(upos(w) in ("ADJ", "NOUN") and clitic_marker(w) is None for w in rest)

    def _complement(self, m: Mention) -> bool:
        """«يرفض البرلمان الاعتراف بالحكومة»: ``m`` is the object of a masdar the trigger
        governs (``kg:complementNoun``), behind that masdar's own preposition; «طالب بخروج القوات
        التركية»: ``m`` is the genitive of the complement the trigger requires (``kg:requires``)."""
        if self.trig.requires and m.first > self.hit.last + 1 and \
                any(stem_match(self.words[m.first - 1], n, "noun") for n in self.trig.requires):
            return True
        marker = self.mk(m)
        if marker is None or marker not in self.trig.complement_markers:
            return False
        noun = m.first - 1 if clitic_marker(self.words[m.first]) else m.first - 2
        # (the words quoted: «أشاد بـ"الشراكة المتينة" مع تونس»)
        if noun > self.hit.last + 1 and self.words[noun].text in QUOTE_MARKS:
            noun -= 1
        # («بالتعاون العسكري مع حكومة الوفاق»: or the masdar's adjective between)
        nouns = (noun, noun - 1) if upos(self.words[noun]) == "ADJ" else (noun,)
        return any(j > self.hit.last and any(stem_match(self.words[j], n, "noun") for n in self.trig.complement_nouns)
                   for j in nouns)

    def _lam_object(self, m: Mention) -> bool:
        """A masdar's object behind ل on the actor's own first word, with nothing but adjectives
        between («اتهامها الصريح لدولة الإمارات»), or its genitive («اتهامات واشنطن لموسكو»): not a
        ل phrase further on («لقرارات مجلس الأمن»)."""
        if not self.object_lam:
            return False
        # («لواشنطن»: or the «لـ» the tokenizer left on the name)
        lam = m.first if clitic_marker(self.words[m.first]) == "ل" or \
            (m.first > self.hit.last + 1 and self.mk(m) == "ل" and marker_before(self.words, m, m.first - 1) == "ل") \
            else None
        if lam is None and m.first - 1 > self.hit.last and \
                any(stem_match(self.words[m.first - 1], r, "noun") for r in ROLE_NOUNS):
            # («انتقادات فرنسية للدور التركي»: behind ل on the actor's role, its owner; or the ل written apart
            # before quotation marks: «تقديره لـ«الدور المصري»»)
            apart = past_marks_back(self.words, m.first - 2)
            if clitic_marker(self.words[m.first - 1]) == "ل":
                lam = m.first - 1
            elif self.hit.last < apart < m.first - 2 and self.words[apart].norm == "ل":
                lam = apart
        if lam is None and m.first - 1 > self.hit.last and self.trig.relation == "opposes" and \
                self.words[m.first - 1].norm in PRESENCE_LAM:
            lam = m.first - 1  # («انتقادها لوجود مرتزقة فاغنر»: behind ل on the actor's presence, the one present)
        if lam is None:
            return False
        agent = next((g for g in self.mentions if genitive_of(self.words, g, self.hit.last)), None)
        # («انتقادات تركية حادة لفرنسا»: after an indefinite masdar, an indefinite word the tagger calls a noun is
        # its adjective too)
        indefinite = not self.words[self.hit.last].norm.lstrip("وف").startswith("ال")
        # («إشادته بالموقف الأخوي لقطر»: the owner behind «لـ» of the role the masdar credits, right after it)
        role = self.hit.last + 1 if self.hit.last + 1 < lam and definite(self.words[self.hit.last + 1]) and \
            any(stem_match(self.words[self.hit.last + 1], r, "noun") for r in ROLE_NOUNS) else None
        # (the genitive's words, and the title a nationality names the official of: «اتهامات الوزير الفرنسي لأنقرة»)
        return all(upos(w) == "ADJ" or w.punct or (agent is not None and k <= agent.last) or k == role or
                   (indefinite and upos(w) == "NOUN" and not w.norm.startswith("ال") and clitic_marker(w) is None
                    and not has_pronoun(w))
                   for k, w in enumerate(self.words[self.hit.last + 1:lam], start=self.hit.last + 1))

    def joined_speech_at(self) -> int:
        """Where a speech verb joined by «و» after a comma, with no actor right after it, stands before the trigger
        (-1: none): it goes on with the sentence's subject («…، وقال خلال مؤتمر صحفي …»)."""
        words = self.words
        return next((j for j in range(self.hit.first - 1, 1, -1) if words[j - 1].norm in ("،", ",") and
                     words[j].norm[:1] == "و" and words[j].norm[1:] in SPEECH_VERBS and
                     not any(m.first == j + 1 for m in self.mentions)), -1)

    def first_unmarked(self, end: int, start: int = 0) -> Mention | None:
        """The sentence's first actor before word ``end`` (from word ``start``) with no preposition: the main
        clause's subject, which a circumstantial participle after it («…، متهما», «…، ومنددا») speaks for."""
        return next((m for m in self.mentions if start <= m.first and m.last < end
                     and marker_before(self.words, m) is None), None)

    def clause_subject(self, end: int) -> Mention | None:
        """:meth:`first_unmarked` after the last semicolon before word ``end``, if it names one («وتأتي الزيارة وسط
        توتر بين طرابلس وباريس؛ فقد علقت حكومة الوفاق التعاون مع فرنسا، متهمة إياها …»), or after the last
        «، بينما/فيما/في حين», which opens a clause with a subject of its own («قال أردوغان إن …، بينما أعرب ماكرون
        عن قلقه، متهما أنقرة …»).  (Not after a colon, which opens what the one before it says: «لودريان: تركيا
        تنتهك الحظر».)"""
        words = self.words
        opened = next((j + 1 for j in range(end - 1, 0, -1) if while_at(words, j) and
                       words[j - 1 - (words[j].norm == "حين")].norm in ("،", ",")), 0)
        return self.first_unmarked(end, max(self.past_semicolon(end), opened)) or self.first_unmarked(end)

    def past_semicolon(self, end: int) -> int:
        """The word after the last semicolon before word ``end`` (0 if there is none)."""
        return next((j + 1 for j in range(end - 1, -1, -1) if self.words[j].norm in SEMICOLONS), 0)

    def speaker_against(self, m: Mention) -> Mention | None:
        """The last who speaks in the sentence before the trigger (:func:`kg.grammar.speakers`), the nearest, and is
        of another party than ``m``: who says what the trigger says of ``m`` («قال الوزير الإيطالي إن حفتر أكد له أن
        …» is Haftar's verdict, the minister reports it)."""
        # (not one whose clause «، فيما/بينما» closes before the trigger: «أكد السيسي …، فيما شدد المسؤول اليوناني
        # على أن الاتفاق … باطل», the Greek speaks)
        words = self.words
        said = reversed(list(speakers(words, self.mentions, self.hit)))
        return next((s for s in said if self.party(s) != self.party(m)
                     and not (s in self.mentions and any(words[k].norm in WHILE and words[k - 1].norm in ("،", ",")
                                                         for k in range(s.last + 1, self.hit.first)))), None)

    def relative_subject(self, k: int) -> Mention | None:
        """The actor right after the verb of a relative clause opening at word ``k`` («الذي/التي»), past a
        preposition with the pronoun of the one it is aimed at («الاتهامات التي وجهتها لها واشنطن»), with
        no preposition of its own: who made or did what the noun before «التي» names."""
        words = self.words
        if k + 2 >= len(words) or words[k].norm not in RELATIVES or upos(words[k + 1]) != "VERB":
            return None
        at = k + 2 + pronoun_phrase(words[k + 2])
        if at + 1 < len(words) and words[at].norm in SOME:
            at += 1  # «الدعم الذي تقدمه بعض الدول لحفتر، في إشارة إلى الإمارات»
        at = past_marks(words, at)  # («الدعم الذي تقدمه "أبوظبي" لحفتر»)
        return next((m for m in self.after if m.first == at and self.mk(m) is None), None)

    def relative_clause_after(self, k: int) -> bool:
        """Does a relative clause with a verb and its own subject («الذي/التي» + verb + noun) open at word ``k``?
        The noun before it is then that subject's doing, whether kg knows the subject or not."""
        words = self.words
        return k + 2 < len(words) and words[k].norm in RELATIVES and upos(words[k + 1]) == "VERB" and \
            upos(words[k + 2]) in ("NOUN", "PROPN", "DET") and clitic_marker(words[k + 2]) is None and \
            not words[k + 2].punct

    def unmarked_before(self) -> Mention | None:
        """The nearest actor before the trigger with no preposition: the clause's subject or topic (or the
        origin of armed men who are: «مرتزقة من مجموعة فاغنر يقاتلون …»)."""
        return next((m for m in reversed(self.before) if marker_before(self.words, m) is None
                     or armed_from(self.words, m)), None)

    def reported_subject_after(self, m: Mention) -> bool:
        """«قال المسماري إن مرتزقة من سوريا يقاتلون إلى جانب …»: does an indefinite noun that names no actor
        open the clause after «إن/أن» between ``m`` and the trigger?  That clause has a subject of its own,
        new to the text, so the one who says it does not do what it says (a noun with no verb, as
        «مرتزقة», is such a subject itself)."""
        words, hit = self.words, self.hit
        k = next((k for k in range(m.last + 1, hit.first) if words[k].norm in REPORTING_THAT), None)
        if k is None or k + 1 > hit.first or any(x.first <= k + 1 <= x.last for x in self.mentions):
            return False
        noun = words[k + 1]
        if noun.norm in DEMONSTRATIVES and k + 2 < hit.first and words[k + 2].norm.startswith("ال") and \
                not any(x.first <= k + 2 <= x.last for x in self.mentions):
            return True  # «قالت القيادة الأمريكية إن هذه المقاتلات تدعم …»: what was named before, no actor
        own = k + 1 < hit.first or not (self.trig.verb or self.trig.lemmas)
        # (a definite one only when it names others, «قال أردوغان إن المجتمع الدولي يدعم حكومة الوفاق»: others
        # may be the speaker's own, «قال حفتر إن الجيش لن يسمح …», or those he speaks for, «إن الليبيين …»)
        # (or an event or act told before: «قال مسؤول إن الاتصال يعطي ضوءا أخضر لحفتر», the call does; or things
        # sent: «إن الطائرات أرسلت …»)
        definite = noun.norm.startswith(("ال", "وال")) and not opens_on_madda(noun)
        # (a count of it too: «قال المبعوث إن آلاف المرتزقة نقلتهم تركيا …»)
        return own and upos(noun) in ("NOUN", "NUM") and not has_pronoun(noun) and \
            (not definite or strip_article(noun.norm.lstrip("و")) in OTHERS | EVENT_NOUNS | GOODS)

    def _closed_relative_on_thing(self, m: Mention) -> bool:
        """Is ``m`` the subject of a relative clause on a noun that names no actor, closed by a comma before the
        trigger?  «… وهي المبادرة التي رفضتها أنقرة، فيما رحبت بها الإمارات»: an object pronoun after it goes
        back to that noun, the thing the clause is about, not to its subject."""
        words = self.words
        r = next((k for k in range(m.first - 1, max(0, m.first - RELATIVE_SUBJECT_REACH) - 1, -1)
                  if words[k].norm in RELATIVES), None)
        if r is None or r == 0 or upos(words[r - 1]) != "NOUN" or \
                any(x.first <= r - 1 <= x.last for x in self.mentions):
            return False
        return any(w.norm in ("،", ",") for w in words[m.last + 1:self.hit.first])

    def _other_thing_referred(self, m: Mention, at: int | None) -> bool:
        """Does an object pronoun on the trigger (or on word ``at``) go back to a thing rather than to ``m`` (see the
        two below)?"""
        return self._closed_relative_on_thing(m) or self._contrasted_object(m, self.hit.last if at is None else at)

    def _contrasted_object(self, m: Mention, at: int) -> bool:
        """«رفضت حكومة الوفاق المبادرة، فيما رحبت بها الإمارات»: ``m`` the subject of a clause whose object, right
        after it, is a definite noun naming no actor, of the gender of the object pronoun on the trigger, in a clause
        contrasted with «فيما/بينما/في حين»: the pronoun is that object, not ``m``."""
        words = self.words
        # (the tagger takes some such objects for adjectives of the name before: «حكومة الوفاق المبادرة»; or the
        # object of a masdar right after it: «أبدت أنقرة رفضها للعملية، فيما رحبت بها اليونان»)
        # (after the whole list ``m`` is a member of: «أعلنت كل من الإمارات والسعودية تأييدهما للمبادرة، في حين …»)
        k = coordinated(words, self.mentions, m)[-1].last + 1
        while k + 1 < self.hit.first and conjunction_on(words[k]) and upos(words[k]) in ("PROPN", "NOUN") and \
                clitic_marker(words[k]) is None:
            k += 1  # (and the members kg does not know: «… والأردن والبحرين بالمبادرة المصرية، في حين رفضتها …»)
        if k + 1 < self.hit.first and has_pronoun(words[k]) and upos(words[k]) == "NOUN":
            k += 1
        # (or behind the verb's preposition and the head of a construct: «شكك أردوغان في صمود الاتفاق»)
        if k + 1 < self.hit.first and words[k].norm in ("في", "من", "علي", "عن"):
            k += 1
            if k + 1 < self.hit.first and upos(words[k]) == "NOUN" and not words[k].norm.startswith("ال"):
                k += 1
        # (behind the verb's «بـ» written on it too: «رحبت الإمارات بالمبادرة، في حين رفضتها …»)
        own = "ال" + words[k].norm[2:] if k < self.hit.first and words[k].norm.startswith("لل") else \
            words[k].norm[1:] if k < self.hit.first and words[k].norm.startswith("بال") else \
            words[k].norm if k < self.hit.first else ""
        if k >= self.hit.first or not own.startswith("ال") or upos(words[k]) not in ("NOUN", "ADJ") or \
                any(x.first <= k <= x.last for x in self.mentions):
            return False
        if not any(while_at(words, j) for j in range(k + 1, self.hit.first)):
            return False
        return pronoun_gender(words[at]) == _thing_gender(words[k])

    def _object_before_resumed(self, at: int | None) -> bool:
        """«نفت أنقرة التقارير عن …، ووصفتها بأنها أكاذيب», «أدان غوتيريش الهجوم، ووصفه بأنه …»: on a verb joined
        by «، و» to the clause before, an object pronoun of the gender of that clause's object (a definite noun
        naming no actor, right after the subject of its verb) goes back to that object: the same subject goes on
        with the same thing, no actor."""
        words, hit = self.words, self.hit
        at = hit.last if at is None else at
        if self.kind != "verb" or at > hit.last + 1 or hit.first < 2 or words[hit.first - 1].norm not in {"،", ","} \
                or not conjunction_on(words[hit.first]):
            return False
        # (the verb before its subject, however the tagger reads it: «فيما أدان غوتيريش الهجوم»)
        subject = next((m for m in reversed(self.mentions) if m.last < hit.first and m.first > self.a
                        and marker_before(words, m) is None and
                        (upos(words[m.first - 1]) == "VERB" or
                         any(h.kind == "verb" and h.last == m.first - 1 for h in self.hits))), None)
        if subject is None:
            return False
        k = coordinated(words, self.mentions, subject)[-1].last + 1
        if k >= hit.first - 1 or not words[k].norm.startswith("ال") or upos(words[k]) not in ("NOUN", "ADJ") or \
                any(m.first <= k <= m.last for m in self.mentions) or \
                any(upos(w) in ("VERB", "AUX") for w in words[k + 1:hit.first]):
            return False
        plural = any("Number=Plur" in (t.feats or "") for t in words[k].tokens)
        return pronoun_gender(words[at]) == ("Fem" if plural else _thing_gender(words[k]))

    def referent(self, other: Mention | None, possessive: bool, at: int | None = None) -> Mention | None:
        """The actor a pronoun refers to.  A possessive on a masdar (دعمها) is
        the nearest subject-like actor before it; an object pronoun (أعطاه) is
        the topic of its clause (the first actor after the last comma).  Among
        them, those that agree in gender with the pronoun on word ``at`` (the
        trigger's last word by default) come first: «أبلغت الحكومة الاتحاد
        رفضها» is the government's refusal."""
        words, mentions, hit, salient = self.words, self.mentions, self.hit, self.salient
        if not possessive and self._object_before_resumed(at):
            return None
        exclude = {self.party(other)} if other is not None else set()
        # (not inside a relative clause set off by commas: «وكانت الإمارات، التي تدعم حفتر، قد نفت اتهامات … لها»,
        # nor inside a phrase of where or when: «أعرب السراج، خلال استقباله السفير الأمريكي، عن تقديره …»)
        spans = relative_asides(words, hit.first, circumstances=possessive)
        # (a later member of a list behind a preposition is behind it too: «برقية إلى الأمم المتحدة والاتحاد الأوروبي»)
        cands = [m for m in mentions if m.last < hit.first and
                 ((marker_before(words, m) is None and marker_before(words, coordinated(words, mentions, m)[0]) is None)
                  or _modal_subject(words, m) or each_of(words, coordinated(words, mentions, m)[0]))
                 and self.party(m) not in exclude and not any(a < m.first < b for a, b in spans)
                 and not (not possessive and self._other_thing_referred(m, at))]
        gender = pronoun_gender(words[hit.last if at is None else at])
        agreeing = [m for m in cands if gender is None or mention_gender(words, m, self.kind_of(m)) == gender]
        # «… حول التعامل مع حفتر، إذ تعتبره فرنسا شريكا», «طالب دندياس الاتحاد بفرض عقوبات على تركيا بسبب
        # انتهاكها الحظر»: no actor of its gender as subject or topic; the nearest one of its gender behind a preposition
        marked = [m for m in mentions if m.last < hit.first and self.party(m) not in exclude
                  and mention_gender(words, m, self.kind_of(m)) == gender
                  and not any(a < m.first < b for a, b in spans)
                  and not (not possessive and self._other_thing_referred(m, at))] \
            if gender is not None and not agreeing else []
        cands = agreeing or cands
        reason = possessive and at is None and hit.first > 0 and gender is not None and \
            (words[hit.first - 1].norm in CAUSES or self._reason_on_object())
        protest = possessive and at is None and bool(cands) and gender is not None and self._in_protest()
        if reason or protest:
            # «فرضت واشنطن عقوبات على روسيا بسبب دعمها لحفتر», «هاجم أردوغان فرنسا بسبب دعمها لحفتر»: the
            # reason for an act is the deed of the one it falls on, the nearest actor of the pronoun's gender,
            # behind a preposition or not; «علقت حكومة الوفاق التعاون مع فرنسا احتجاجا على دعمها لحفتر»: what an
            # actor protests against is another's deed, never the protester's own (nobody, if none is named)
            protester = {self.party(cands[0])} if protest else set()
            near = next((m for m in reversed(mentions) if m.last < hit.first and self.party(m) not in exclude
                         and self.party(m) not in protester and mention_gender(words, m, self.kind_of(m)) == gender
                         and not any(a < m.first < b for a, b in spans)), None)
            if near is not None or protest:
                return near
        if possessive:
            fronted = self.fronted_subject() if not cands else None
            if fronted is not None and self.party(fronted) not in exclude:
                return fronted  # «وخلال لقائه مع أردوغان، أكد السراج …»: the pronoun looks ahead
            if marked and cands:
                return marked[-1]
            # («أبلغ السراج الرئيس الفرنسي خلال اتصال هاتفي رفضه …»: a phrase of when or how between)
            # (not a preposition of the masdar's own: «تدعم حكومة الوفاق تركيا في خلافها مع اليونان»)
            close = not cands or cands[-1].last == hit.first - 1 or phrase_of_telling(words, cands[-1].last, hit.first)
            if len(cands) >= 2 and close and cands[-2].last == cands[-1].first - 1 and \
                    cands[-2].first > 0 and upos(words[cands[-2].first - 1]) in ("VERB", "AUX"):
                return cands[-2]  # «أبلغ السيسي ماكرون دعمه لحكومة الوفاق»: the verb's subject, not its object
            if len(cands) >= 2 and cands[-1].last == hit.first - 1 and cands[-1].first > 0 and \
                    cands[-2].last < cands[-1].first - 1 and \
                    informing(words[cands[-1].first - 1]):
                return cands[-2]  # «إن القاهرة أبلغت واشنطن رفضها …»: the one told is not the one who refuses
            if not cands and marked and marked[-1].last == hit.first - 1:
                return marked[-1]  # «بعد أيام من إعلان أنقرة دعمها …»: the agent of the masdar that governs it
            if len(cands) >= 2 and any(w.norm in ("وان", "وبان", "وانه") for w in words[cands[-1].last + 1:hit.first]):
                # «أكد أن موسكو "تدعم الحكومة الشرعية" وأن تقارير دعمها لحفتر غير صحيحة»: past a clause of «وأن» the
                # pronoun goes on with the subject of the clause before, not with that clause's object
                verb = past_marks(words, cands[-2].last + 1)
                if verb < cands[-1].first and upos(words[verb]) == "VERB" and \
                        all(w.text in DETACHED_MARKS for w in words[verb + 1:cands[-1].first]):
                    return cands[-2]
            return cands[-1] if cands else (salient if salient is not None and self.party(salient) not in exclude else None)
        if marked:
            return marked[-1]
        comma = max([k for k in range(hit.first) if words[k].norm in {"،", ","}], default=-1)
        local = [m for m in cands if m.first > comma]
        pick = local[0] if local else (cands[0] if cands else None)
        if pick is not None:
            # («انتقد أردوغان حفتر، وقال إن الإمارات تدعمه»: in what a speaker says, another actor of the pronoun's
            # gender named before it, the nearest, rather than the speaker; «قال السراج إن تركيا تدعمه», himself)
            said = list(speakers(words, mentions, hit))
            others = [m for m in cands if m not in said]
            pick = others[-1] if pick in said and others else pick
        # (a pronoun that goes back to a thing named in the sentence is nobody the text is about either)
        if pick is None and salient is not None and self.party(salient) not in exclude and \
                not any(m.last < hit.first and self._other_thing_referred(m, at) for m in mentions):
            pick = salient
        return pick

    def fronted_subject(self) -> Mention | None:
        """«وخلال لقائه مع الرئيس التركي، أكد السراج …», «وفي اتصال هاتفي مع نظيره، بحث أردوغان …»:
        a meeting or call in a phrase fronted before the main clause (a few particles and prepositions before the
        trigger, no actor) has the main clause's subject, after the comma that closes it, as agent."""
        words, mentions, hit = self.words, self.mentions, self.hit
        if self.trig.relation not in SYMMETRIC:
            return None  # the phrases of circumstance news fronts: «خلال لقائه», «في اتصال هاتفي»
        # («وفي تصريحات أدلى بها لوسائل إعلام عقب لقائه …، قال السراج»: further, in a phrase that opens the
        # sentence with a preposition of time or place and no comma before the trigger)
        opened = bool(words) and words[0].norm in OPENING_PREPOSITIONS and hit.first <= FRONTED_LONG_LEAD and \
            not any(w.punct for w in words[:hit.first])
        if (hit.first > FRONTED_LEAD and not opened) or any(m.first < hit.first for m in mentions):
            return None
        if hit.kind == "verb" and (upos(words[hit.first]) == "VERB" or hit.first == 0):
            # («والتقى سلامة في طرابلس برئيس المجلس، …»: a finite verb is the main clause, no phrase; so is a verb
            # form opening the sentence whatever the tagger calls it: «وزار الوزير الإمارات، أكبر مزودي حفتر …»)
            return None
        comma = next((k for k in range(hit.last + 1, min(len(words), hit.last + FRONTED_PHRASE))
                      if words[k].norm in {"،", ","}), None)
        if comma is None or (comma + 1 < len(words) and words[comma + 1].norm in WHILE):
            return None  # (nor a clause of its own after the comma: «، بينما تواصل قوات حفتر …»)
        return next((m for m in mentions if comma < m.first <= comma + 3 and marker_before(words, m) is None), None)

    def _in_protest(self) -> bool:
        """Is the trigger what a protest is against: «احتجاجا/اعتراضا على دعمها», «تنديدا بدعمها», «رفضا
        لدعمها» (the adverbial masdar of protest before it, its preposition on the trigger or right before)?"""
        words, k = self.words, self.hit.first
        return (k >= 1 and words[k - 1].norm in PROTESTING and clitic_marker(words[k]) is not None) or \
            (k >= 2 and words[k - 1].norm == "علي" and words[k - 2].norm in PROTESTING)

    def _reason_on_object(self) -> bool:
        """«طالب المجلس بمحاسبة الإمارات على دعمها لحفتر», «انتقد أردوغان فرنسا على دعمها»: «على» right
        after a named object gives the reason it is held to account for, its own deed (not after a verb
        of urging: «حث X على دعم …» asks for a deed)."""
        words, k = self.words, self.hit.first - 1
        if k < 2 or words[k].norm != "علي":
            return False
        obj = next((m for m in self.mentions if m.last == k - 1), None)
        return obj is not None and obj.first > 0 and \
            not any(stem_match(words[obj.first - 1], v, "verb") for v in DEMANDING)

    def pronoun_target(self, src: Mention) -> Mention | None:
        """«لدعمه له»: a «له/لها/لهم» right after the trigger is the target, an actor named before."""
        words, mentions, hit, salient = self.words, self.mentions, self.hit, self.salient
        for k in range(hit.last + 1, min(len(words), hit.last + 5)):
            if words[k].punct:
                break
            # («أعرب عن دعمه لجهوده»: support for «his efforts» is for the one they are his)
            efforts = k == hit.last + 1 and clitic_marker(words[k]) == "ل" and has_pronoun(words[k]) and \
                any(stem_match(words[k], n, "noun") for n in ROLE_NOUNS)
            if (k < hit.last + 3 and words[k].norm in TO_THEM) or words[k].norm in OWN_FORCES or efforts:
                named = [m for m in reversed(mentions) if m.last < hit.first and self.party(m) != self.party(src)]
                # the subject of a verb before, rather than its object nearer («استقبلت موسكو وفدا من حكومة
                # الوفاق بعد أيام من زيارة حفتر لها»: Moscow was visited)
                subject = None if words[k].norm not in TO_THEM else next(
                    (m for m in named if m.first > 0 and upos(words[m.first - 1]) == "VERB"
                     and marker_before(words, m) is None
                     and any(o.first > m.last and o.last < hit.first and marker_before(words, o) is None
                             for o in named)),
                    None)
                return subject or next(iter(named), None) or \
                    (salient if salient is not None and self.party(salient) != self.party(src) else None)
        return None

    def levelled(self, k: int) -> tuple[Mention, Mention] | None:
        """«اتهامات وجهها باشاغا لباريس», «الاتهامات التي وجهتها لها حكومة الوفاق»: the accusation noun at word
        ``k`` resumed by the pronoun of a verb of levelling right after it (a relative pronoun between or not):
        (who levelled it, the verb's subject; who it was levelled at, behind «لـ/إلى», or, for «لها/له», the
        nearest actor before the noun with no preposition)."""
        words = self.words
        v = k + 1
        # («انتقادات حادة وجهها أردوغان لباريس»: past the noun's indefinite adjectives, which the tagger may call nouns)
        while v < len(words) and v <= k + LEVELLED_ADJECTIVES and upos(words[v]) in ("ADJ", "NOUN") and \
                not words[v].norm.startswith("ال") and not has_pronoun(words[v]) and clitic_marker(words[v]) is None:
            v += 1
        v += v < len(words) and words[v].norm in RELATIVES
        if v >= len(words) or not has_pronoun(words[v]) or upos(words[k]) != "NOUN" or \
                not any(stem_match(words[v], stem, "verb") for stem in LEVELLING):
            return None
        by = at = None
        for j in range(v + 1, min(len(words), v + 1 + LEVELLED_REACH)):
            if words[j].punct and words[j].text not in QUOTE_MARKS:
                break
            m = next((m for m in self.mentions if m.first == j), None)
            if m is not None and marker_before(words, m) in ("ل", "الي") and at is None:
                at = m
            elif m is not None and marker_before(words, m) is None and by is None:
                by = m
            elif words[j].norm in AIMED_AT and at is None:
                at = next((m for m in reversed(self.mentions) if m.last < k and marker_before(words, m) is None), None)
        if by is None or at is None or self.party(by) == self.party(at):
            return None
        return by, at

    def accusation_before(self) -> int | None:
        """Where the nearest accusation word before the trigger in its clause stands («اتهم أردوغان حفتر بخرق
        الهدنة، كما اتهم الإمارات بدعمه»: the second), the charge the trigger may be."""
        return next((k for k in range(self.hit.first - 1, self.a - 1, -1) if accusation(self.words[k])), None)

    def relative_accused(self, k: int, after: list[Mention]) -> Mention | None:
        """«أشار ماكرون إلى تركيا، التي تتهمها فرنسا بإدخال مسلحين …»: the object pronoun of an accusation verb that
        opens a relative clause resumes the clause's antecedent, the actor right before the relative pronoun, even
        behind a preposition of the main clause (where the nearest unmarked actor would be that clause's subject)."""
        words = self.words
        j = relative_antecedent(words, k) if accusing_pronoun(words[k]) and upos(words[k]) == "VERB" else None
        m = next((m for m in self.mentions if m.last == j), None) if j is not None else None
        if m is None or marker_before(words, m) is None or any(self.party(a) == self.party(m) for a in after):
            return None  # (an unmarked antecedent is the nearest unmarked actor: read below as before)
        gender = pronoun_gender(words[k])
        return m if gender is None or mention_gender(words, m, self.kind_of(m)) == gender else None

    def accused(self) -> Mention | None:
        """The object of an accusation verb earlier in the clause (اتهم X Y ب…: Y), if there is one."""
        words, mentions, hit, clause_start = self.words, self.mentions, self.hit, self.a
        k = self.accusation_before()
        if k is None:
            return None
        levelled = self.levelled(k)
        if levelled is not None:
            return levelled[1]  # «اتهامات وجهها باشاغا لباريس بدعم حفتر»: the one they were levelled at
        # (not the nationality adjective of an accusation noun, its author: «الاتهامات الأمريكية (لها) بإرسال …»)
        after = [m for m in mentions if k < m.first < hit.first and
                 not (m.kind == "demonym" and m.first == k + 1 and upos(words[k]) != "VERB")]
        if len(after) > 1 and after[-1].last + 1 in (hit.first, hit.first - 1) and self.joined_accused(after[-1]):
            # a second accused joined after the first charge, its own charge (the trigger, or the masdar the
            # trigger is the object of) right after it
            return after[-1]
        facing = next((m for m in mentions if m.last == k - 1 and m.first >= 1
                       and faces(words[m.first - 1])), None)
        if facing is not None:
            # «تواجه الإمارات اتهامات من حكومة الوفاق بدعم حفتر»: who faces the accusations is accused, the
            # one they come from accuses
            return facing
        if not after and k + 1 < len(words) and words[k + 1].norm in DETACHED:
            return self.detached_object(k)
        if k >= 1 and words[k - 1].norm in RELATIVES and len(after) == 2 and after[1].kind == "anaphor" and \
                after[1].first == after[0].last + 1:
            # «ماكرون، الذي تتهم حكومة الوفاق بلاده بالانحياز لحفتر»: the relative verb's subject, and its
            # object «بلاده» the accused
            return after[1]
        if k + 2 < len(words) and words[k + 1].norm == "من" and words[k + 2].norm in ("قبل", "جانب"):
            # «وروسيا متهمة من قبل واشنطن بـ…»: one accused before the participle, its accuser after
            return next((m for m in mentions if m.last == k - 1), None)
        antecedent = next((m for m in mentions if m.last == k - 2), None) \
            if not after and has_pronoun(words[k]) and k >= 2 and words[k - 1].norm in RELATIVES else None
        if antecedent is not None:
            # «تواجه فرنسا انتقادات من حكومة الوفاق التي تتهمها بالانحياز إلى حفتر»: the relative clause's
            # subject is its antecedent, the accuser; the object pronoun, the nearest actor before it
            return next((m for m in reversed(mentions) if m.last < antecedent.first and marker_before(words, m) is None
                         and self.party(m) != self.party(antecedent)), None)
        resumed = self.relative_accused(k, after)
        if resumed is not None:
            return resumed
        # (the pronoun after the stem: «تتهم» ends in «هم» of its own)
        if has_pronoun(words[k]) and (upos(words[k]) != "VERB" or accusing_pronoun(words[k])) and len(after) == 1 and \
                after[0].first == k + 1 and clitic_marker(words[k + 1]) != "ل":  # («اتهامه لفرنسا»: his accusation)
            # «روسيا، التي تتهمها واشنطن بإرسال مرتزقة»: the object pronoun is the accused, the actor
            # after the verb its subject; the pronoun refers to the nearest actor before
            # (or, with none in the sentence, to the salient actor of the one before: «ونفت روسيا ذلك. وتتهمها
            # حكومة الوفاق بإرسال مرتزقة إلى حفتر»)
            salient = self.salient if self.salient is not None and self.party(self.salient) != self.party(after[0]) \
                and not any(m.last < k for m in mentions) else None
            return next((m for m in reversed(mentions) if m.last < k and marker_before(words, m) is None), salient)
        if len(after) == 1 and k >= 1 and words[k - 1].norm in RELATIVES and upos(words[k]) == "VERB" and \
                accusing_pronoun(words[k]):
            # «والإمارات، التي يتهمها تقرير لخبراء الأمم المتحدة بإرسال …»: the object pronoun is the antecedent,
            # however far after the verb its subject stands
            return next((m for m in reversed(mentions) if m.last < k - 1 and marker_before(words, m) is None), None)
        # (not one before «في حين/بينما/فيما», which opens a clause of its own: «…، في حين تتهم أنقرة مصر بـ…»)
        # (nor one before «بعد أن/قبل أن», whose clause has its own subject: «تصاعد الخلاف بين تركيا والإمارات بعد أن
        # اتهم وزير الدفاع التركي أبوظبي بـ…»)
        opened = max([j for j in range(clause_start, k) if while_at(words, j) or subordinate_at(words, j)],
                     default=clause_start)
        subject_before = any(m.last == k - 1 or (m.last < k and words[k].norm[:1] not in "وف") for m in mentions
                             if max(clause_start, opened) <= m.last < k)
        if not subject_before and len(after) == 1 and after[0].first > k + 1 and \
                (upos(words[k]) == "VERB" or stem_match(words[k], "اتهم", "verb")) and \
                marker_before(words, after[0]) is None and \
                all(upos(w) in ("NOUN", "ADJ", "DET", "NUM") for w in words[k + 1:after[0].first]):
            # «وتتهم أطراف ليبية عدة فرنسا بالانحياز لحفتر»: a subject kg does not know, then the accused
            return after[0]
        # («وتتهم الإمارات بتقديم دعم عسكري لقوات حفتر»: past a masdar of carrying on that governs the charge)
        charge = after[0].last + 1 if after else 0
        if after and charge + 1 == hit.first and words[charge].norm[:1] == "ب" and words[charge].norm[1:] in CONTINUING:
            charge += 1
        # («واتهمت باريس بأنها تقدم منذ سنوات دعما لحفتر»: or a clause of the charge, its subject a pronoun of the
        # accused's gender, running to the trigger with no punctuation but quotation marks)
        clause = after and charge < hit.first and words[charge].norm in DESCRIBED_AS and \
            pronoun_gender(words[charge]) in (None, mention_gender(words, after[0], self.kind_of(after[0]))) and \
            not any(w.punct and w.text not in DETACHED_MARKS for w in words[charge:hit.first])
        if not subject_before and len(after) == 1 and after[0].first == k + 1 and (charge == hit.first or clause) and \
                upos(words[k]) == "VERB" and not accusing_pronoun(words[k]):
            # «… واتهم باريس بتزويد حفتر بالأسلحة»: a dropped subject, the one actor before the charge is accused
            return after[0]
        if not after and k + 1 == hit.first and accusing_pronoun(words[k]) and stem_match(words[k], "اتهم", "verb"):
            # «انتقد أردوغان فرنسا واتهمها بدعم حفتر»: the object pronoun of the verb right before the charge is
            # the nearest actor of its gender before it, behind a preposition or not («شن هجوما على فرنسا واتهمها»)
            gender = pronoun_gender(words[k])
            # (not the verb's own subject right before it, with no «و» on the verb: «ونفت القاهرة أي تدخل، إلا أن
            # حكومة الوفاق اتهمتها بدعم حفتر»)
            subject = next((m for m in mentions if m.last == k - 1 and marker_before(words, m) is None), None) \
                if not conjunction_on(words[k]) else None
            near = next((m for m in reversed(mentions) if m.last < k and m is not subject
                         and (gender is None or mention_gender(words, m, self.kind_of(m)) == gender)), None)
            if near is None and self.addressee is not None and k <= self.a + 1:
                near = self.addressee  # («هاجم الوزير فرنسا. واتهمها بدعم حفتر»: the other side of the sentence before)
            return near
        aimed = self.aimed_at(k, after[0]) if after and after[0].first == k + 1 and upos(words[k]) != "VERB" else None
        if aimed is not None:
            return aimed  # «رغم اتهامات حكومة الوفاق لها بالانحياز إليه»
        if len(after) == 1 and after[0].first == k + 1 and upos(words[k]) != "VERB":
            # «نفت روسيا اتهامات حكومة الوفاق لها بدعم حفتر»: the accusations' author is their genitive; the
            # one they accuse is the subject of the verb that rejects them
            rejecter = self.rejecter_of(k)
            if rejecter is not None and self.party(rejecter) != self.party(after[0]):
                return rejecter
        lam = next((m for m in after if m.first <= k + 2 and clitic_marker(words[m.first]) == "ل"), None)
        if lam is not None and upos(words[k]) != "VERB" and not any(w.punct for w in words[k + 1:lam.first]):
            # «وسط اتهامات لأنقرة بإرسال مرتزقة …», «اتهامات واشنطن لموسكو بـ…»: «لـ» after the accusation noun (its
            # author's genitive between) marks the accused
            return lam
        if not after and upos(words[k]) != "VERB":
            # «نفت روسيا الاتهامات الأمريكية (لها) بإرسال مرتزقة لدعم حفتر»: accusations a denial, rejection or
            # reply governs, with no accused named, accuse that verb's subject
            return self.rejecter_of(k)
        if after and after[0].first >= 2 and words[after[0].first - 1].norm == "من" and \
                words[after[0].first - 2].norm in CLOSE_TO:
            # «تتهم وسائل إعلام مقربة من الرياض وأبوظبي الدوحة بتمويل …»: the subject is close to the first
            # actors; the one after them is accused
            group = coordinated(words, mentions, after[0])
            return next((m for m in after if m.first == group[-1].last + 1 and marker_before(words, m) is None), None)
        if subject_before and after:
            return after[0]
        # (past the subject's own title, named as an actor of its party: «اتهم المتحدث باسم قوات حكومة الوفاق
        # العقيد محمد قنونو كلا من فرنسا والإمارات بتقديم الدعم …»)
        return next((m for m in after[1:] if self.party(m) != self.party(after[0])), None)

    def aimed_at(self, k: int, author: Mention) -> Mention | None:
        """«اتهامات حكومة الوفاق لها بالانحياز»: accusations (at word ``k``) with their author as genitive, then
        the accused as a pronoun behind «لـ»: the nearest actor before them of its gender and another party."""
        words = self.words
        j = author.last + 1
        if j >= len(words) or words[j].norm not in AIMED_AT:
            return None
        gender = pronoun_gender(words[j])
        return next((m for m in reversed(self.mentions) if m.last < k and self.party(m) != self.party(author)
                     and (gender is None or mention_gender(words, m, self.kind_of(m)) == gender)), None)

    def rejecter_of(self, k: int) -> Mention | None:
        """The subject of a verb that denies, rejects or replies to the accusation at word ``k``, a few words
        before it («رفضت موسكو الاتهامات الأمريكية», «ردت أنقرة على اتهامات باريس»): the one they accuse."""
        words = self.words
        # (an aside between does not count: «رفضت مصر، في بيان صدر عن خارجيتها، الاتهامات بدعم …»)
        aside = self.aside_words(k)
        for j in range(max(self.a, reach_back(k, ACCUSATION_REJECTED_REACH, aside)), k):
            if j in aside:
                continue
            if denial_word(words[j].norm) or any(stem_match(words[j], v, "verb") for v in REJECTING + RESPONDING):
                # (not one inside a relative clause set off by commas: «وكانت الإمارات، التي تدعم حفتر، قد نفت …»)
                spans = relative_asides(words, j)
                return next((m for m in self.mentions if j < m.first < k and marker_before(words, m) is None), None) \
                    or next((m for m in reversed(self.mentions) if m.last < j and marker_before(words, m) is None
                             and not any(a < m.first < b for a, b in spans)), None)
        return None

    def detached_object(self, k: int) -> Mention | None:
        """The actor the detached object pronoun after the verb or participle at word ``k`` refers to
        («هاجم أكار الإمارات، متهما إياها بدعم حفتر»): one named before, not the subject, in the pronoun's
        gender if one is, with no preposition if one is («هاجم أردوغان نظيره الفرنسي، متهما إياه …»: behind
        «على»); for a thing said («رد على تصريحات الوزير الفرنسي، واصفا إياها بالمضللة») its author."""
        words, mentions = self.words, self.mentions
        gender = pronoun_gender(words[k + 1])
        thing = k - 2 if k >= 2 and words[k - 1].norm in ("،", ",") else None
        if thing is not None and upos(words[thing]) == "NOUN" and words[thing].norm.startswith("ال") and \
                not any(m.first <= thing <= m.last for m in mentions) and \
                gender == _thing_gender(words[thing]):
            # («سارع باشاغا إلى رفض المبادرة، واصفا إياها بأنها "ولدت ميتة"»: the thing the clause before ends on,
            # of the pronoun's gender, not an actor named before it)
            return None
        subject = self.clause_subject(k)
        cands = [m for m in reversed(mentions) if m.last < k and m is not subject
                 and (subject is None or self.party(m) != self.party(subject))]
        # (one after the last semicolon first: «… بين طرابلس وباريس؛ فقد علقت حكومة الوفاق التعاون مع فرنسا، متهمة
        # إياها»)
        for pool in ([m for m in cands if m.first >= self.past_semicolon(k)], cands):
            agreeing = [m for m in pool if gender is None or mention_gender(words, m, self.kind_of(m)) == gender]
            if pool and not agreeing and gender is not None and thing is not None and \
                    not any(m.first > 0 and _said_by(words[m.first - 1]) for m in pool):
                # («نفت الخارجية أنباء عن اتصال بين بومبيو وحفتر، واصفة إياها بالمضللة»: no actor of the
                # pronoun's gender before it, after a comma, nor the author of something said: it resumes a thing)
                return None
            found = next((m for m in agreeing or pool if marker_before(words, m) is None), None) or \
                next(iter(agreeing or pool), None)
            if found is not None:
                return found
        return None

    def lam_genitive_object(self, rest: list[Mention], group: list[Mention]) -> Mention | None:
        """«انتقد المشري التحشيدات العسكرية لقوات حفتر»: the object is a definite noun phrase whose
        author follows behind «لـ»; the stance is against that author.  The phrase starts right
        after the trigger, or after its subject ``group`` when that follows the trigger."""
        words = self.words
        start = group[-1].last if group and group[0] in self.after else self.hit.last
        # («أعرب عن قلقه إزاء التحركات العسكرية لقوات حفتر», «ندد بالحشود العسكرية لتركيا»: behind the
        # trigger's own preposition, a word of its own or written on the phrase's head)
        opening = start + 1 if start + 1 < len(words) and words[start + 1].norm in self.markers else start
        m = next((m for m in rest if m not in group and self.mk(m) == "ل"
                  and m.first - opening <= LAM_OBJECT_REACH), None)
        if m is None or m.first - 1 <= opening:
            return None
        head = words[opening + 1].norm
        # («حذر من أي تقدم لقوات الوفاق نحو سرت»: or «أي» and the noun it quantifies)
        any_of = head in ANY and opening + 2 < m.first and not definite(words[opening + 2])
        if not (head.startswith("ال") or any_of or
                (clitic_marker(words[opening + 1]) in self.markers and head[1:].startswith("ال"))):
            return None
        phrase = words[opening + 1 + any_of:m.first]
        lam_on_name = clitic_marker(words[m.first]) == "ل"
        # (only nouns and adjectives between, the «لـ» on the actor's own first word or on its head noun)
        if any(w.punct or upos(w) not in ("NOUN", "ADJ") for w in (phrase if lam_on_name else phrase[:-1])):
            return None
        return None if find_triggers(phrase) else m  # (the «لـ» of a participle in the phrase is its own object)

    def authored_target(self) -> Mention | None:
        """«تعترض على القرار الذي أعدته بريطانيا», «قرار تدعمه بريطانيا», «البيان الصادر
        عن مصر»: the target is the author of the thing opposed or supported."""
        words, mentions, hit = self.words, self.mentions, self.hit
        # (the verb's subject, however long, does not count: «انتقدت حكومة الوفاق عملية إيريني التي …»)
        # (the thing's name may take three words: «بوقف إطلاق النار الذي أعلنه السراج»)
        # (and the quotation marks around what is named: «مشيدة بـ«الشجاعة» التي أبداها الرجلان»)
        reach = hit.last + 5 + sum(m.last - m.first + 1 for m in mentions if hit.last < m.first <= hit.last + 2) + \
            sum(w.text in DETACHED_MARKS for w in words[hit.last + 1:hit.last + 8])
        for k in range(hit.last + 1, min(len(words) - 2, reach)):
            if words[k].punct and words[k].text not in DETACHED_MARKS:
                return None
            j = k + 1
            if words[j].norm in RELATIVES:
                j += 1
            # (with no relative pronoun, only a word tagged a verb: «عدم دعمها لحفتر» is a masdar)
            # (the relative verb's object pronoun is the thing opposed or supported: «الدول التي تدعم حفتر» has
            # none, and Haftar is that verb's object, not its author or doer)
            resumed = j < len(words) and words[j].norm.endswith(("ه", "ها", "هم", "هما"))
            behind = j + 1 < len(words) and words[j + 1].norm in RESUMED_BY
            if j < len(words) and any(stem_match(words[j], v, "verb") for v in AUTHOR_VERBS) and \
                    (j > k + 1 or upos(words[j]) in ("VERB", "AUX")) and (resumed or behind):
                # («المبادرة التي طرحها الوزيران الروسي (سيرغي لافروف) والتركي»: or the one the nationality
                # adjective of the definite noun after it names)
                at = j + 1 + behind
                return next((m for m in mentions if m.first == at or
                             (m.first == at + 1 and upos(words[at]) == "NOUN" and definite(words[at]) and
                              words[at + 1].norm.startswith("ال"))), None)
            if hit.trigger.relation == "opposes" and j > k + 1 and j < len(words) and upos(words[j]) in ("VERB", "AUX") \
                    and resumed:
                # «رفض الحملة التي يشنها حفتر»: a stance against an action is against who does it
                # («الغارات التي شنها الطيران الإماراتي»: or the nationality adjective of the noun after it)
                doer = next((m for m in mentions if m.first == j + 1 or
                             (m.kind == "demonym" and m.first == j + 2 and upos(words[j + 1]) == "NOUN")), None)
                if doer is not None:
                    return doer
                break  # «القصف الذي استهدف المطار من قبل X»: the agent may follow the clause
        # (a long name of the subject right after the verb counts as one word)
        subject = sum(m.last - m.first for m in mentions if hit.last < m.first <= hit.last + 2)
        # (the subject right after the verb, also in quotation marks, which count for nothing: «وأدانت "الخارجية
        # القطرية" …»)
        own = past_marks(words, hit.last + 1)
        quotes = sum(w.text in DETACHED_MARKS for w in words[hit.last + 1:hit.last + ISSUED_REACH + subject])
        for k in range(hit.last + 1, min(self.b, hit.last + ISSUED_REACH + subject + quotes)):
            if hit.trigger.relation == "opposes" and words[k].norm == "من" and k + 2 < len(words) and \
                    words[k + 1].norm in ("قبل", "جانب") and not any(own < m.first < k for m in mentions):
                # «استنكرت القصف الذي استهدف المطار من قبل قوات حفتر»: the agent of the deed opposed
                # (also in quotation marks: «من قبل "قوات حفتر"»)
                at = past_marks(words, k + 2)
                return next((m for m in mentions if m.first == at), None)
            if words[k].norm in ISSUED and k + 2 < len(words) and words[k + 1].norm in ("عن", "من"):
                # «دانت الخارجية التركية البيان المشترك الصادر عن مصر»: what an actor issued is its own
                return next((m for m in mentions if m.first == k + 2), None)
        return None

    def included_object(self, group: list[Mention], candidates: list[Mention]) -> Mention | None:
        """«طالبت مصر بخروج القوات الأجنبية بما فيها القوات التركية»: an actor named as included in
        the object is opposed or supported with it (one of ``candidates``, not of ``group``)."""
        words = self.words
        for m in candidates:
            k = m.first
            if m in group or k <= self.hit.last or k - self.hit.last > INCLUDED_REACH:
                continue
            if k >= 2 and words[k - 2].norm in ("بما", "وبما") and words[k - 1].norm in ("فيها", "فيهم", "فيه"):
                return m
            # «انتقد الدول الداعمة لحفتر، وفي مقدمتها الإمارات»: the one at the head of the object's list
            if k >= 1 and (words[k - 1].norm in LIST_HEADS or (words[k - 1].norm in INCLUDING and k >= 2 and
                                                                 words[k - 2].norm in {"،", ","})):
                return m  # («…، ومنها الإمارات وروسيا»)
            if k >= 3 and words[k - 1].norm == "سيما" and words[k - 2].norm in ("لا", "ولا") and \
                    words[k - 3].norm in {"،", ","}:
                return m  # («…، ولا سيما الإمارات ومصر»)
            # «بما في ذلك الروسي», «بما في ذلك القوات التركية»
            for j in (k - 3, k - 4):
                if including_phrase(words, j) and \
                        (j == k - 3 or m.kind == "demonym" or words[k].norm.lstrip("و").startswith("ال")):
                    return m
        return None

    def parsed_object(self, m: Mention) -> bool:
        """Does the parse attach the mention to the trigger as its object?"""
        ids = {t.id for t in self.words[self.hit.first].tokens}
        return any(t.head in ids and t.deprel in ("obj", "iobj") for w in self.words[m.first:m.last + 1] for t in w.tokens)

    def parsed_subject(self) -> Mention | None:
        """The mention holding the nsubj of the trigger verb, when the parse says so."""
        words, mentions, hit = self.words, self.mentions, self.hit
        heads = {id(t) for t in words[hit.first].tokens}
        ids = {t.id for t in words[hit.first].tokens}
        for w in words:
            for t in w.tokens:
                if t.head in ids and t.deprel.startswith("nsubj") and id(t) not in heads:
                    for m in mentions:
                        if m.first <= w.index <= m.last:
                            return m
                    # «قيادة الجيش»: the subject noun's genitive is the actor (not the genitive of a
                    # noun behind a preposition, which is no subject: «واتهمتها بدعم حفتر»)
                    for m in mentions:
                        if m.first == w.index + 1 and marker_before(words, m) is None and clitic_marker(w) is None \
                                and not (w.norm.startswith("ب") and w.index > 0 and accusation(words[w.index - 1])):
                            return m
        return None

    def pronoun_on(self, k: int) -> bool:
        """Does word ``k`` carry a pronoun suffix?  On the trigger itself a short form
        counts too («دعمه»: the stem is known, so the ه is no part of it)."""
        word = self.words[k]
        if has_pronoun(word):
            return True
        if not self.hit.first <= k <= self.hit.last:
            return False
        # («خصمه», «رجلها»: an agent or client noun's too)
        trig = self.trig
        return pronoun_after_stem(word, trig.noun + trig.verb + trig.agent_nouns + trig.client_nouns)


MODALS = {"يمكن", "لايمكن", "بامكان", "يجب", "ينبغي", "يحق"}  # «لا يمكن لروسيا إنكار دعمها»: «ل» marks who can


# «بالدعم المصري لقواته»: for his (its) own forces, government or army: the actor named before
TO_THEM = {"له", "لها", "لهم", "لهما"}  # normalised: «دعمها له», the object pronoun behind «لـ»
REPORTING_THAT = {"ان", "بان", "وان", "فان"}  # normalised «إن/أن»: what follows is said, with its own subject
OWN_FORCES = {"ل" + n + p for n in ("قوات", "حكومت", "جيش", "قيادت") for p in ("ه", "ها")}
ADVERBS = WHEN | ADVERB_WORDS | {"مجددا", "ايضا", "بشده", "بقوه", "علنا", "موخرا", "سابقا", "مرارا", "رسميا", "صراحه",
                                 "تحديدا", "خاصه", "خصوصا", "بالمقابل"}
IN_TURN = ("في", "المقابل")  # «متهما في المقابل تركيا بـ…»: in turn
AT_THE_SAME, SAME = ("في", "الوقت"), {"ذاته", "نفسه"}  # «مشيدا في الوقت ذاته بـ…»: at the same time
EARLIER = ("في", "وقت")  # «في وقت سابق/لاحق»


def _said_by(noun: Word) -> bool:
    """Is ``noun`` something said, whose genitive is its author («تصريحات المسماري», «الاتهامات الفرنسية»)?"""
    return report_noun(noun) or noun.norm.lstrip("و").removeprefix("ال") in STATEMENT_NOUNS


def _thing_gender(noun: Word) -> str:
    """The gender a pronoun going back to a noun that names a thing takes: its feminine ending decides
    («المبادرة» Fem, «الاتفاق» Masc)."""
    return "Fem" if strip_diacritics(noun.text).endswith("ة") else "Masc"


def _own_adjective(word: Word, bare: bool) -> bool:
    """Is ``word`` an adjective of the trigger right before it?  After a definite or possessed trigger a
    definite adjective («العميق»), or a qualifier the tagger calls a noun; after a ``bare`` (indefinite)
    one an indefinite adjective, or an accusative participle however tagged («أبدت قلقا متزايدا من …»), or a
    qualifier without its article, whatever the tagger calls it and wherever the tokenizer cut it («قلق بالغ»,
    «قلقا بالغا», which it may read as «بـ» + «الغا»)."""
    norm = word.norm
    if norm.startswith("ال"):
        return upos(word) == "ADJ" or norm in QUALIFIERS
    if bare and ("ال" + norm in QUALIFIERS or norm.endswith(("ا", "ه")) and "ال" + norm[:-1] in QUALIFIERS):
        return True
    return bare and clitic_marker(word) is None and \
        (upos(word) == "ADJ" or (len(norm) >= 5 and norm[0] == "م" and norm.endswith("ا")))


def past_adverbs(words: list[Word], j: int) -> int:
    """The first word from word ``j`` on past adverbs of time or manner («بشدة», «بأشد العبارات», «بشكل قاطع»),
    and «في المقابل», «في الوقت ذاته» (in turn, at the same time)."""
    while j < len(words):
        if words[j].norm in ADVERBS:
            j += 1
        elif words[j].norm in MANNER_HEADS and j + 1 < len(words):
            j += 2
        elif j + 1 < len(words) and (words[j].norm, words[j + 1].norm) == IN_TURN:
            j += 2
        elif j + 2 < len(words) and (words[j].norm, words[j + 1].norm) == AT_THE_SAME and words[j + 2].norm in SAME:
            j += 3
        else:
            return j
    return j


DETACHED_LETTERS = {"ب", "ل", "ك"}  # prepositions of one letter, written apart before a quote: «أشاد بـ"الدور …"»


def _detached(words: list[Word]) -> int:
    """How many of ``words`` are a preposition of one letter written apart with a tatweel («بـ«الشراكة» مع تونس»):
    the tokenizer makes it a word of its own, which, joined to the next, it is not."""
    return sum(words[k].norm in DETACHED_LETTERS and words[k + 1].text == TATWEEL and words[k].end == words[k + 1].start
               for k in range(len(words) - 1))


def _adverbial(words: list[Word]) -> int:
    """How many of ``words`` are adverbs of time or manner («انتقد في وقت سابق الدعم الروسي», «اتهم
    مجددا», «منتقدا بشكل خاص الدور التركي», «متهما في المقابل تركيا»): they do not count in a distance."""
    n = sum(w.norm in ADVERBS for w in words) + 2 * sum(words[k].norm in MANNER_HEADS for k in range(len(words) - 1)) \
        + adverb_phrase_words(words)  # («وجهت مصر مرة أخرى انتقادات …», «للمرة الأولى»)
    return n + sum(3 for k in range(len(words) - 2) if (words[k].norm, words[k + 1].norm) == EARLIER
                   and words[k + 2].norm in ("سابق", "لاحق")) + \
        sum(2 for k in range(len(words) - 1) if (words[k].norm, words[k + 1].norm) == IN_TURN) + \
        sum(3 for k in range(len(words) - 2) if (words[k].norm, words[k + 1].norm) == AT_THE_SAME
            and words[k + 2].norm in SAME)


def _modal_subject(words, m: Mention) -> bool:
    """Is ``m`` the «ل» phrase of a modal («لا يمكن لروسيا …»), the logical subject of what follows?"""
    if marker_before(words, m) != "ل":
        return False
    k = m.first - 1 if m.first > 0 and words[m.first - 1].norm != "ل" else m.first - 2
    return k >= 0 and words[k].norm in MODALS


ISSUED_STATEMENTS = {"بيان", "بيانا", "رساله", "قرار", "قرارا"}  # normalised, indefinite: statement, letter, resolution
# verb stems: issued, signed, sent, submitted or adopted («قدمت فرنسا مشروع قرار يدين …», «تبنى المجلس قرارا يطالب …»)
ISSUING = ("اصدر", "صدر", "وقع", "نشر", "وجه", "بعث", "ارسل", "قدم", "تبني", "اعتمد",
           "طرح", "وزع", "صاغ")  # («طرحت فرنسا مشروع بيان …», «وزعت بريطانيا مشروع قرار …»: put forward, circulated)
ISSUING_REACH = 6  # words from the issuing verb to the statement (its subject between)
# normalised, without the article: events and acts a clause after «إن» may open on as its own subject
EVENT_NOUNS = {"اتصال", "لقاء", "اتفاق", "زياره", "قرار", "بيان", "مبادره", "عمليه", "خطوه", "اعلان", "تصريحات"}
RELATIVE_SUBJECT_REACH = 4  # words from «التي/الذي» to the relative clause's subject (its verb, «إلى» between)
DOCUMENTS = ISSUED_STATEMENTS | {"تقرير", "تقريرا"}  # normalised, indefinite: and a report
SAID_IN_ADJECTIVES = {"رسمي", "صحفي", "صحفيه", "مشترك", "متلفز", "متلفزه", "مكتوب", "لها", "له",
                      # («أشاد في تصريحات لاحقة بـ…», «في كلمة متلفزة», «في مقابلة تلفزيونية»)
                      "لاحق", "لاحقه", "سابق", "سابقه", "صحافي", "صحافيه", "تلفزيوني", "تلفزيونيه", "اذاعي", "اذاعيه",
                      "منفصل", "منفصله", "مقتضب", "مقتضبه"}


def _past_statement_adjectives(words: list[Word], k: int, start: int) -> int:
    """Back from word ``k`` past a statement's indefinite adjectives (the tagger takes some for nouns: «مشتركا»)."""
    # («بيان بريطاني»: a nationality adjective the tagger calls a name)
    while k > start and not words[k].norm.startswith("ال") and \
            (upos(words[k]) == "ADJ" or words[k].norm.rstrip("ا") in SAID_IN_ADJECTIVES or
             upos(words[k]) == "PROPN" and words[k].norm.endswith(("ي", "يه"))):
        k -= 1
    return k


def faces(word: Word) -> bool:
    """«تواجه», «وتتعرض», «واجهت»: one of the verbs of facing or undergoing, with the «و» that joins it or
    without (the «و» of «واجه» is its own)."""
    norm = word.norm
    return norm in FACING or (norm[:1] == "و" and norm[1:] in FACING)


def issued_statement(words: list[Word], k: int, start: int) -> bool:
    """Does an indefinite statement or letter end at word ``k`` (past its adjectives: «بيانا مشتركا»), issued,
    signed or sent by the clause's subject («أصدرت مصر بيانا …», «وقعت الدول الثلاث على بيان مشترك …»)?  A
    verb right after it is its relative clause, which its issuer says."""
    k = _past_statement_adjectives(words, k, start)
    if k <= start or words[k].norm not in ISSUED_STATEMENTS:
        return False
    return any(stem_match(words[j], v, "verb") for j in range(max(start, k - ISSUING_REACH), k) for v in ISSUING)


NAMING = ("وصف", "اعتبر", "سمي", "سما")  # verb stems: «بما وصفه بـ…», «ما اعتبره …», «ما سماه …»


def _so_called(words: list[Word]) -> int:
    """The words of «(بـ)ما وصفه (بـ)» among ``words``: «رحب صالح بما وصفه بـ"الموقف المصري الشجاع"» is «رحب
    صالح بالموقف المصري», what the speaker calls it standing for the thing (the distance does not count them)."""
    return next((n for n in (so_called_at(words, i) for i in range(len(words))) if n), 0)


def so_called_at(words: list[Word], i: int) -> int:
    """The number of words of «(بـ)ما وصفه (بـ)» starting at word ``i`` (0: none there)."""
    if i + 1 < len(words) and words[i].norm in ("ما", "بما", "لما") and \
            any(stem_match(words[i + 1], v, "verb") for v in NAMING):
        return 2 + (i + 2 < len(words) and words[i + 2].norm in ("ب", "بـ"))
    return 0


def document_subject(words: list[Word], verb: int, start: int) -> bool:
    """«امتنعت روسيا عن التصويت على قرار يدين هجوم حفتر»: an imperfect verb (at word ``verb``) with no conjunction
    right after an indefinite statement, resolution or report (past its adjectives) is its relative clause, the
    document its subject; unless the clause's subject issued it (see issued_statement), nobody kg knows takes
    the stance (nor, through the verb, on what it governs: «هجوم حفتر»)."""
    document = document_before(words, verb, start)
    return document is not None and not issued_statement(words, document[1], start)


def document_nationality(words: list[Word], mentions: list[Mention], verb: int, start: int) -> Mention | None:
    """The nationality adjective, among ``mentions``, of the indefinite statement whose relative clause the verb at
    word ``verb`` opens («مشروع بيان بريطاني يدعو …»): its author."""
    document = document_before(words, verb, start)
    return next((m for m in mentions if m.kind == "demonym" and document[0] <= m.first and m.last <= document[1]),
                None) if document is not None else None


def document_before(words: list[Word], verb: int, start: int) -> tuple[int, int] | None:
    """The indefinite statement, resolution or report whose relative clause the imperfect verb at word
    ``verb`` opens (past its adjectives and where it was put: «مشروع بيان بريطاني في مجلس الأمن يدعو …»): the
    indices of its noun and of its last adjective (or the noun again)."""
    if verb == 0 or conjunction_on(words[verb]) or words[verb].norm[:1] not in ("ي", "ت"):
        return None
    end = verb - 1
    where = next((j for j in range(verb - 2, max(start, verb - 4) - 1, -1) if words[j].norm == "في"), None)
    if where is not None and where > start and \
            all(upos(w) in ("NOUN", "PROPN", "ADJ") for w in words[where + 1:verb]):
        end = where - 1
    k = _past_statement_adjectives(words, end, start)
    return (k, end) if words[k].norm in DOCUMENTS else None


def masdar_form(words: list[Word], hit: TriggerHit) -> bool:
    """Is the trigger a noun, or a verb whose letters are also one of its masdars' (unvowelled «دعم», «وصف»)?"""
    return hit.kind == "noun" or \
        (hit.kind == "verb" and any(stem_match(words[hit.first], x, "noun") for x in hit.trigger.noun))


def reads_as_masdar(words: list[Word], hit: TriggerHit, mentions: list[Mention]) -> bool:
    """Is the trigger a noun here: tagged one, or a form that may be a verb or a masdar in a nominal
    context («في ظل رفض أمريكي», «أن دعم موسكو لحفتر …»)?"""
    return masdar_form(words, hit) and (hit.kind == "noun" or nominal_context(words, hit, mentions))
