"""Agent nouns and active participles: «رعاة حفتر كالإمارات», «الدول الداعمة
لحفتر», «الإمارات حليف حفتر», «ويعد حفتر خصما لحكومة الوفاق»; client nouns the
other way round: «ويرى مراقبون أن حفتر رجل الإمارات» (the genitive backs the referent).

The target is the genitive of the noun or the phrase behind the trigger's
preposition; the source is an actor introduced by «ك/مثل/منها» after the
target, else the actor right before the noun, else (agent nouns only) the
clause's subject.  «رعاته الإقليميين كالإمارات»: the possessor pronoun is
the one supported; «أكدت إيطاليا أنها تتمسك بموقفها الداعم لـ…»: a possessive
pronoun on the stance noun before the participle names its holder."""
from __future__ import annotations

from kg.actors import Mention
from kg.constructions.context import CAUSES, Context, Found
from kg.constructions.predicate import nominal_predicate
from kg.grammar import (COMPLEMENTIZERS, DETACHED_MARKS, INCLUDING, LIST_HEADS, PRONOUN_LAM, ROLE_NOUNS, accusation,
                        clitic_marker, coordinated, definite, genitive_of, has_pronoun, marker_before, mention_gender,
                        partner_in_deed, pronoun_gender, upos)
from kg.normalize import strip_diacritics
from kg.ontology import SYMMETRIC
from kg.triggers import conjunction_on, stem_match

COLLECTIVES = {"الدول", "الاطراف", "الجهات", "القوي", "العواصم", "البلدان", "الحكومات"}  # (normalised)
CONFIDENCE_LIKE = 0.75  # «كالإمارات», «ومنها الإمارات», «وعلى رأسها الإمارات»
CONFIDENCE_BEFORE = 0.7  # the actor right before the noun
CONFIDENCE_SUBJECT = 0.55  # the clause's subject, further away
CONFIDENCE_POSSESSOR = 0.7
CONFIDENCE_PREDICATE = 0.55  # «إن الولايات المتحدة حليف استراتيجي», said by the speaker
FINAL = True
# named after the trigger form (and a possessed rival, and a participle on one actor of a group backing another)
RULES = ("agent", "active", "client", "possessed-rival", "joined-backer")


def applies(ctx: Context) -> bool:
    return ctx.kind in ("agent", "active", "client")


def _partner_in_deed(ctx: Context) -> bool:
    """«إن أبوظبي شريك مباشر في العدوان على طرابلس»: a partner «in» a deed the sentence names is charged with it (the
    deed's construction reads that), no ally of anyone."""
    at = partner_in_deed(ctx.words, ctx.hits, ctx.hit.last)
    # (a deed of an actor named on it, «شريك في جرائم حفتر», makes the partner its backer: read below)
    return at is not None and not any(at + 1 < m.first <= at + 3 for m in ctx.mentions)


def find(ctx: Context) -> Found | None:
    if ctx.kind == "agent" and _partner_in_deed(ctx):
        # («قال باشاغا إن أبوظبي شريك مباشر في العدوان على طرابلس»: the speaker charges the partner)
        partner = ctx.unmarked_before()
        src = ctx.speaker_against(partner) if partner is not None else None
        return Found(src, partner, CONFIDENCE_PREDICATE, "agent", "opposes") if src is not None else None
    charged = _charged_by(ctx)
    if charged is not None:
        return charged
    found = _find(ctx)
    if found is not None and ctx.kind == "client":
        # «ويرى مراقبون أن حفتر رجل الإمارات»: the genitive backs the noun's referent
        return Found(found.target, found.source, found.confidence, "client")
    return found


def _charged_by(ctx: Context) -> Found | None:
    """«وروسيا متهمة من قبل واشنطن بـ…»: the participle of one accused, its accuser behind «من قبل/جانب»: the
    accuser opposes the actor right before the participle."""
    words, hit = ctx.words, ctx.hit
    if not (ctx.kind == "active" and accusation(words[hit.first]) and hit.first > 0):
        return None
    accuser = ctx.agent_at(hit.last + 1, bare_min=False)
    accused = next((m for m in ctx.before if m.last == hit.first - 1 and marker_before(words, m) is None), None)
    if accuser is None or accused is None or ctx.party(accuser) == ctx.party(accused):
        return None
    return Found(accuser, accused, CONFIDENCE_BEFORE, "active")


def _doer_of_object(ctx: Context) -> Mention | None:
    """«موقفها الرافض للهجوم الذي يشنه حفتر»: the doer a relative clause names for the participle's object."""
    from kg.constructions.verb import doer_of_object  # (here: kg.constructions.verb imports this module)
    return doer_of_object(ctx, ctx.hit.last, ctx.after) if ctx.trig.relation in ("opposes", "supports") else None


# normalised: «من (بين|أبرز) الدول الداعمة», «من أشد داعمي …»
PARTITIVE = {"بين", "ابرز", "اهم", "اكثر", "اوايل", "اول", "اشد", "اقرب", "اكبر"}
SUPERLATIVES = PARTITIVE - {"بين"}
APPOSED_REACH = 4  # words from the comma closing «، إلى جانب X،» to the noun («من أبرز» between)
# normalised: verbs of being counted or becoming («تعد موسكو أبرز داعمي حفتر», «باتت أنقرة أقرب حلفاء السراج»)
COUNTED_AS = {"تعد", "يعد", "تعتبر", "يعتبر", "باتت", "بات", "اصبحت", "اصبح", "تظل", "يظل", "ظلت", "ظل", "كانت", "كان"}
APPOSED = {"وهو", "وهي", "وهما", "وهم"}  # normalised: «…، وهما أقرب داعمي حفتر»: the actors before, named again


def _partitive(words, k: int) -> int:
    """The words of «من (بين|أبرز) الدول» (or «ضمن الدول») starting at word ``k`` (0 if none): the actor before
    it is one of the collective the participle qualifies."""
    if k + 1 >= len(words) or words[k].norm not in ("من", "ضمن"):
        return 0
    j = k + 1 + (words[k + 1].norm in PARTITIVE)
    return j - k + 1 if j < len(words) and words[j].norm in COLLECTIVES else 0


def _find(ctx: Context) -> Found | None:
    words, mentions, hit, before, after, kind = ctx.words, ctx.mentions, ctx.hit, ctx.before, ctx.after, ctx.kind
    # (a noun with a possessive takes no genitive: «خصمه حفتر», the name after it is its apposition)
    rival = _possessed_rival(ctx) or _possessed_client(ctx) or _possessed_ally(ctx)
    if rival is not None:
        return rival
    adjective = next((m for m in after if m.first == hit.last + 1 and m.kind == "demonym"), None) \
        if has_pronoun(words[hit.last]) else None
    if adjective is not None:
        # «وفدا من داعمه الإماراتي», «حليفه الروسي»: a participle or agent noun with a possessive takes no genitive;
        # the nationality adjective after it is the backer, the possessor the one backed
        owner = ctx.referent(adjective, possessive=True)
        return Found(adjective, owner, CONFIDENCE_POSSESSOR, kind) \
            if owner is not None and ctx.party(owner) != ctx.party(adjective) else None
    tgt = next((m for m in after if genitive_of(words, m, hit.last)), None) or ctx.marked_target(after) or \
        ctx.adjective_object() or (_doer_of_object(ctx) if kind == "active" else None)
    if tgt is None and has_pronoun(words[hit.last]):
        # «رعاته الإقليميين كالإمارات»: the possessor is the one supported
        owner = ctx.referent(None, possessive=True)
        like = next((m for m in after if m.first <= hit.last + 3 and marker_before(words, m) == "ك"), None)
        if owner is not None and like is not None:
            return Found(like, owner, CONFIDENCE_POSSESSOR, kind)
        return None
    accomplice = _complicit(ctx) if tgt is None and kind == "agent" and before else None
    if accomplice is not None:
        # «الإمارات شريك في جرائم حفتر»: a partner in an actor's deeds backs that actor
        return Found(before[-1], accomplice, CONFIDENCE_BEFORE, kind) \
            if ctx.party(before[-1]) != ctx.party(accomplice) else None
    if tgt is None and kind == "agent" and before and not definite(words[hit.first]) and \
            nominal_predicate(ctx, before[-1]):
        # «قال باشاغا إن الولايات المتحدة حليف استراتيجي»: an agent noun with no one after it, the
        # predicate of the actor opening the clause, is the speaker's word on that actor
        src = ctx.speaker_against(before[-1])
        return Found(src, before[-1], CONFIDENCE_PREDICATE, kind) if src is not None else None
    if tgt is None and kind == "active":
        return _joined_backer(ctx)
    if tgt is None:
        return None
    if kind == "agent" and not before and tgt.last + 2 < len(words) and upos(words[tgt.last + 1]) == "VERB":
        # «ففي معسكر حفتر تصطف الإمارات ومصر»: a fronted phrase, then its clause's verb and subject
        subject = next((m for m in after if m.first == tgt.last + 2 and ctx.mk(m) is None), None)
        if subject is not None and ctx.party(subject) != ctx.party(tgt):
            return Found(subject, tgt, CONFIDENCE_SUBJECT, kind)
    group = coordinated(words, mentions, tgt)
    like = next((m for m in after if group[-1].last < m.first <= group[-1].last + 4
                 and (marker_before(words, m) == "ك" or words[m.first - 1].norm in INCLUDING | LIST_HEADS)), None)
    if like is None and kind == "agent" and genitive_of(words, tgt, hit.last):
        like = _apposition(ctx, group[-1].last)  # (not after «حليف وثيق لمصر،»: a «لـ» phrase ends no construct)
    if like:
        return Found(like, tgt, CONFIDENCE_LIKE, kind)
    # (the actor the noun or participle qualifies, not one before a definite noun of its own: «انتقد السراج
    # الدول الداعمة لحفتر»; «موقفها الرافض», «من أوائل الداعمين» are the actor's own)
    # (nor the subject of a verb whose object pronoun the participle describes: «خطوة انتقدتها حكومة الوفاق
    # واعتبرتها منحازة لحفتر»: the step is biased)
    # (a collective noun the tagger calls an adjective counts: «حمّل رئيس المجلس الدول الداعمة لحفتر مسؤولية …»)
    # («تعتبر السعودية من الدول الداعمة لحفتر»: «من» before the collective makes the actor one of them)
    # (a definite word after a noun with a possessive pronoun is its adjective, however tagged: «جددت
    # القاهرة موقفها الثابت الداعم للجيش»)
    # («تعتبر إيطاليا، القوة الاستعمارية السابقة، من أبرز داعمي …»: past an apposition set off by commas)
    # («تعد موسكو، إلى جانب أبوظبي، أبرز داعمي حفتر»: the subject before an aside of others besides it, who share
    # its stance: RelationExtractor._besides)
    besides = _besides_aside(ctx, before[-1]) if before else None
    before = [m for m in before if m.last < besides[0]] if besides is not None else before
    end = besides[1] if besides is not None else (_apposition_after(ctx, before[-1]) if before else None)
    end = end if end is not None else (before[-1].last if before else None)
    partitive = _partitive(words, end + 1) if before else 0
    between = words[end + 1:hit.first] if before else []
    possessed = next((j for j, w in enumerate(between) if has_pronoun(w) and upos(w) == "NOUN"), len(between))
    # («رحب الرئيس بضيفه رئيس البرلمان»: one's own guest, whatever the verb, is met by the one it governs)
    own_guest = ctx.trig.relation in SYMMETRIC and ctx.pronoun_on(hit.last)
    if before and not own_guest and (_subject_of_governor(ctx, before[-1]) or _masdar_genitive(ctx)):
        # «انتقد أردوغان داعمي حفتر»: the noun is the object of the stance verb whose subject stands before
        # it; «ندد السراج بتدخل حلفاء حفتر»: the genitive of a masdar; its referents are nobody kg knows
        return None
    # (nor the speaker before «إن», «قال السراج إن حلفاء حفتر يقصفون طرابلس», nor the subject of a verb whose
    # preposition the noun stands behind, «اجتمع السيسي مع حلفاء حفتر»)
    # («بين قوات حفتر والقوات المتحالفة مع …»: nor past a definite noun joined by «و», the tagger's CCONJ first)
    if before and end >= hit.first - 3 - partitive and \
            (partitive or not any((any(t.upos == "NOUN" for t in w.tokens) or w.norm in COLLECTIVES) and
                                  w.norm.removeprefix("و").startswith("ال") for w in between[:possessed])) and \
            not any(upos(w) == "VERB" and has_pronoun(w) for w in between) and \
            not any(w.norm in COMPLEMENTIZERS or w.norm in OTHER_PREPOSITIONS for w in between[partitive:]) and \
            not _quantity(between) and \
            not any(clitic_marker(w) is not None for w in between[possessed + 1:]):
        # (past the possessed noun, one behind a preposition is the one qualified: «يواصل أردوغان انتقاداته
        # للدول الداعمة لحفتر»)
        return Found(before[-1], tgt, CONFIDENCE_BEFORE, kind)
    if before and _stance_of(ctx, before[-1]):
        # «جدد السيسي التأكيد على موقف مصر الثابت الداعم للجيش»: the participle qualifies the actor's stance, past
        # that stance's own adjectives
        return Found(before[-1], tgt, CONFIDENCE_BEFORE, kind)
    owner = _own_stance_owner(ctx, tgt)
    if owner is not None:
        return Found(owner, tgt, CONFIDENCE_POSSESSOR, kind)
    if _attributive(ctx):
        return None  # «تدعم تركيا الحكومة المناوئة لحفتر»: the government is the rival, no actor kg knows
    src = _before_apposition(ctx) or ctx.unmarked_before()
    # (not the speaker before «إن»: «قال المسماري إن الجماعات المسلحة ذراع أنقرة» is said of the groups)
    # (a participle one is counted among, «من أبرز داعمي», names its referents as an agent noun does: «وإيطاليا
    # تعد من أبرز داعمي حكومة الوفاق», «إيطاليا، التي تعد من أبرز داعمي …»)
    if src is not None and (kind in ("agent", "client") or (kind == "active" and _one_of(words, hit.first))) and \
            not any(w.norm in COMPLEMENTIZERS or w.norm in OTHER_PREPOSITIONS for w in words[src.last + 1:hit.first]) \
            and not _quantity(words[src.last + 1:hit.first]):
        # «ويعد حفتر، بحسب مراقبين، خصما لحكومة الوفاق»: the clause's subject is the referent
        return Found(src, tgt, CONFIDENCE_SUBJECT, kind)
    return None


def _joined_backer(ctx: Context) -> Found | None:
    """«حكومة السراج والقوات التركية الداعمة لها»: a participle right after an actor joined by «و» to another,
    its object a pronoun behind «لـ», is that actor's stance on the other, the pronoun's antecedent (in its gender)."""
    words, hit = ctx.words, ctx.hit
    if hit.last + 1 >= len(words) or words[hit.last + 1].norm not in PRONOUN_LAM:
        return None
    agent = next((m for m in ctx.before if m.last == hit.first - 1), None)
    group = coordinated(words, ctx.mentions, agent) if agent is not None else []
    if len(group) < 2 or group[-1] is not agent:
        return None
    other, gender = group[-2], pronoun_gender(words[hit.last + 1])
    if gender is not None and mention_gender(words, other, ctx.kind_of(other)) != gender or \
            ctx.party(other) == ctx.party(agent):
        return None
    return Found(agent, other, CONFIDENCE_BEFORE, "joined-backer")


QUANTITIES = {"عددا", "عدد", "بعض", "مجموعه", "عده", "جميع", "كل", "بعضا"}  # normalised: «عددا من داعمي حفتر»


def _quantity(between) -> bool:
    """«التقى السيسي عددا من داعمي حفتر»: a quantity noun between the actor and the participle is what the
    participle's partitive counts, and the actor's object, not the actor."""
    return any(w.norm.lstrip("و") in QUANTITIES for w in between)


def _one_of(words, k: int) -> bool:
    """Does «من (أبرز|بين)» or «ضمن» stand right before word ``k`` (past a collective, «من الدول»), or a superlative
    after «وهما/وهو» («وهما أقرب داعمي …»)?"""
    j = k - 1
    if j >= 0 and words[j].norm in COLLECTIVES:
        j -= 1
    if j >= 1 and words[j].norm in SUPERLATIVES and words[j - 1].norm in APPOSED:
        return True  # («…، وهما أقرب داعمي حفتر»: a superlative in construct, after the pronoun naming them again)
    if j >= 1 and words[j].norm in SUPERLATIVES and words[j - 1].norm.removeprefix("و") in COUNTED_AS:
        return True  # («موسكو، التي تعد أبرز داعمي حفتر»: a superlative in construct, what the actor is counted)
    if j >= 0 and words[j].norm in PARTITIVE:
        j -= 1
    return j >= 0 and words[j].norm in ("من", "ضمن")


def _possessed_rival(ctx: Context) -> Found | None:
    """«التقى السراج خصمه حفتر»: a rival noun with a possessive takes no genitive; the name right after it is
    its apposition, the rival; the possessor stands against its rival (``possessed-rival``).  (One way only: the
    text calls the rival the possessor's; on the synthetic training passages the other way was a claim of the gold
    once in fifteen.)"""
    if ctx.kind != "agent" or ctx.trig.relation != "opposes" or not ctx.pronoun_on(ctx.hit.last):
        return None
    owner = ctx.referent(None, possessive=True)
    named = next((m for m in ctx.after if m.first == ctx.hit.last + 1), None)
    other = ctx.other_side(named) if named is not None else None
    if other is not None:
        # («التقى الوزير بالسراج، ثم بخصمه حفتر»: a side's rival is the other side of its war, named before it)
        side = ctx.party(Mention(other, 0, 0, 0, 0, "anaphor"))
        if owner is None or ctx.party(owner) != side:
            owner = next((m for m in reversed(ctx.mentions) if m.last < ctx.hit.first and ctx.party(m) == side), owner)
    if named is None and owner is not None and ctx.other_side(owner) is not None and \
            not (ctx.hit.last + 1 < len(ctx.words) and ctx.words[ctx.hit.last + 1].norm in RIVAL_QUALIFIERS):
        # «ألغى السراج زيارته بعدما علم بوجود خصمه في روما»: with no name after it, a side's rival is the
        # other side of its war
        w = ctx.words[ctx.hit.last]
        named = Mention(ctx.other_side(owner), ctx.hit.last, ctx.hit.last, w.start, w.end, "anaphor")
    if owner is None or named is None or ctx.party(owner) == ctx.party(named):
        return None
    return Found(owner, named, CONFIDENCE_POSSESSOR, "possessed-rival")


def _possessed_ally(ctx: Context) -> Found | None:
    """«حكومة الوفاق وحليفتها تركيا»: a supporter noun with a possessive takes no genitive either; the name right
    after it is its apposition, the ally, who backs the possessor (joined by «و» to an actor, that actor: «انتقد
    أردوغان حفتر وحليفه بوتين»)."""
    if ctx.kind != "agent" or ctx.trig.relation != "supports" or not ctx.pronoun_on(ctx.hit.last):
        return None
    named = next((m for m in ctx.after if m.first == ctx.hit.last + 1 and m.kind == "name"), None)
    joined = next((m for m in ctx.before if m.last == ctx.hit.first - 1), None) \
        if conjunction_on(ctx.words[ctx.hit.first]) else None
    owner = (joined or ctx.referent(named, possessive=True)) if named is not None else None
    if owner is None or ctx.party(owner) == ctx.party(named):
        return None
    return Found(named, owner, CONFIDENCE_POSSESSOR, "agent")


# normalised: what makes a possessed rival someone other than the war's other side («خصومه السياسيين»)
RIVAL_QUALIFIERS = {"السياسي", "السياسيين", "السياسيون", "التقليدي", "التقليديين", "الاقليمي", "الاقليميين",
                    "الدوليين", "الاخر", "الاخرين"}


def _possessed_client(ctx: Context) -> Found | None:
    """«تعتبر أبوظبي حفتر رجلها في ليبيا»: a client noun with a possessive names the one backed, the actor
    right before it (past «هو»); the possessor, a singular pronoun's referent, backs it (as with a genitive,
    the referent comes first)."""
    if ctx.kind != "client" or not ctx.pronoun_on(ctx.hit.last) or \
            strip_diacritics(ctx.words[ctx.hit.last].text).endswith(("هم", "هما", "هن")):
        return None
    k = ctx.hit.first - 1
    if k >= 0 and ctx.words[k].norm in ("هو", "هي"):
        k -= 1
    client = next((m for m in ctx.before if m.last == k), None)
    owner = ctx.referent(client, possessive=True) if client is not None else None
    if owner is None or ctx.party(owner) == ctx.party(client):
        return None
    return Found(client, owner, CONFIDENCE_POSSESSOR, ctx.kind)


def _stance_of(ctx: Context, m: Mention) -> bool:
    """Is ``m`` the genitive of a stance or role noun («موقف مصر», «دور روسيا») with only definite words, that
    phrase's adjectives, between it and the (definite) participle?"""
    words, k = ctx.words, ctx.hit.first
    return m.first > 0 and definite(words[k]) and any(stem_match(words[m.first - 1], n, "noun") for n in ROLE_NOUNS) \
        and 0 < k - m.last - 1 <= STANCE_ADJECTIVES and \
        all(w.norm.startswith("ال") and not w.punct for w in words[m.last + 1:k]) and \
        not any(x.first < k and x.last > m.last for x in ctx.mentions)


STANCE_ADJECTIVES = 2  # «موقف مصر الثابت (والواضح) الداعم …»


def _own_stance_owner(ctx: Context, tgt: Mention) -> Mention | None:
    """«أكدت إيطاليا أنها تتمسك بموقفها الداعم لحكومة الوفاق»: a definite participle after a stance or role noun
    with a possessive pronoun (past that noun's own adjectives) qualifies the owner's stance; the owner is the one
    the pronoun refers to, however far the clause has moved on from it."""
    words, k = ctx.words, ctx.hit.first
    if ctx.kind != "active" or not definite(words[k]):
        return None
    j = k - 1
    while j >= 0 and k - 1 - j < STANCE_ADJECTIVES and words[j].norm.startswith("ال") and not words[j].punct:
        j -= 1
    if j < 0 or not has_pronoun(words[j]) or not any(stem_match(words[j], n, "noun") for n in ROLE_NOUNS) or \
            any(m.first <= j <= m.last or j < m.first < k for m in ctx.mentions):
        return None
    lead = j - 1
    while lead >= 0 and words[lead].text in DETACHED_MARKS:
        lead -= 1
    if lead >= 0 and words[lead].norm in CAUSES:
        # «جمدت الحكومة تعاونها مع باريس جراء "موقفها الداعم لحفتر"»: the stance an act is blamed on is that of
        # the nearest actor of the pronoun's gender, the one the act falls on, behind a preposition or not
        gender = pronoun_gender(words[j])
        owner = next((m for m in reversed(ctx.mentions) if m.last < lead and
                      mention_gender(words, m, ctx.kind_of(m)) == gender), None)
    else:
        owner = ctx.referent(tgt, possessive=True, at=j)
    return owner if owner is not None and ctx.party(owner) != ctx.party(tgt) else None


def _attributive(ctx: Context) -> bool:
    """Is the (definite) trigger word an adjective of the definite noun right before it, which names no actor
    («الحكومة المناوئة لحفتر»)?  That noun is its referent, not the clause's subject."""
    words, k = ctx.words, ctx.hit.first - 1
    return k >= 0 and definite(words[ctx.hit.first]) and definite(words[k]) and upos(words[k]) == "NOUN" and \
        not any(m.first <= k <= m.last for m in ctx.mentions)


def _complicit(ctx: Context) -> Mention | None:
    """«شريك في جرائم حفتر», «شريكة في العدوان التركي»: the doer of the deed behind «في» right after the agent
    noun (a deed the speaker charges: a trigger naming its doer's own act), its genitive or nationality."""
    words, k = ctx.words, ctx.hit.last + 1
    if k + 1 >= len(words) or words[k].norm != "في":
        return None
    deed = next((h for h in ctx.hits if h.first == k + 1 and h.kind == "noun" and
                 (h.trigger.agent_is_target or h.trigger.reported_deed)), None)
    if deed is None:
        return None
    return next((m for m in ctx.after if genitive_of(words, m, deed.last)), None)


OTHER_PREPOSITIONS = {"مع", "ومع", "ضد", "بين"}  # normalised (not «من», a partitive; nor «على موقفها الداعم»)


def _subject_of_governor(ctx: Context, m: Mention) -> bool:
    """Is ``m``, unmarked right before the trigger, the subject of the stance verb that governs it
    (that verb right before ``m``)?"""
    words = ctx.words
    # (a governor of the same polarity deems the subject what the noun says: «تعد الإمارات حليفا لحفتر»)
    return ctx.governor not in (None, ctx.trig.relation) and m.last == ctx.hit.first - 1 and m.first > 0 and \
        marker_before(words, m) is None and \
        any(h.last == m.first - 1 and h.kind in ("verb", "phrase") for h in ctx.hits)


def _masdar_genitive(ctx: Context) -> bool:
    """Does a masdar that is a trigger of its own stand right before the noun, which is then its genitive?"""
    return any(h.last == ctx.hit.first - 1 and h.kind == "noun" for h in ctx.hits)


APPOSITION_REACH = 8  # words of an apposition set off by commas («، رجل الإمارات في ليبيا،»)


def _apposition_after(ctx: Context, m: Mention) -> int | None:
    """The closing comma of an apposition set off by commas right after ``m`` (no verb, no actor in it)."""
    words, k = ctx.words, m.last + 1
    if k + 2 >= ctx.hit.first or words[k].norm not in ("،", ","):
        return None
    close = next((j for j in range(k + 2, min(ctx.hit.first, k + APPOSITION_REACH))
                  if words[j].norm in ("،", ",")), None)
    if close is None or any(upos(w) in ("VERB", "AUX") or w.punct for w in words[k + 1:close]) or \
            any(k < o.first < close for o in ctx.mentions):
        return None
    return close


def _besides_aside(ctx: Context, m: Mention) -> tuple[int, int] | None:
    """The commas of «، إلى جانب X (وY)،» when ``m`` ends that aside, right after an actor with no preposition (the
    subject), and the noun follows the closing comma within a few words («من أبرز»)."""
    words = ctx.words
    group = coordinated(words, ctx.mentions, m)
    o, c = group[0].first - 3, m.last + 1
    if o < 1 or c >= ctx.hit.first or words[c].norm not in ("،", ",") or ctx.hit.first - c > APPOSED_REACH or \
            words[o].norm not in ("،", ",") or (words[o + 1].norm, words[o + 2].norm) != ("الي", "جانب"):
        return None
    subject = next((x for x in ctx.mentions if x.last == o - 1 and marker_before(words, x) is None), None)
    return (o, c) if subject is not None else None


def _before_apposition(ctx: Context) -> Mention | None:
    """«ويعد السراج، حليف أنقرة في ليبيا، خصما لحفتر»: the actor before an apposition set off by commas
    right before the noun (no verb in it), not the apposition's own genitive, is the noun's referent."""
    words, k = ctx.words, ctx.hit.first - 1
    if k < 3 or words[k].norm not in ("،", ","):
        return None
    opening = next((j for j in range(k - 1, max(0, k - APPOSITION_REACH) - 1, -1) if words[j].norm in ("،", ",")), None)
    if opening is None or any(upos(w) in ("VERB", "AUX") for w in words[opening + 1:k]):
        return None
    return next((m for m in ctx.before if m.last == opening - 1 and marker_before(words, m) is None), None)


APPOSITION_ADJECTIVES = 2  # the noun's definite adjectives between its genitive and the comma


def _apposition(ctx: Context, end: int) -> Mention | None:
    """«حلفاء حفتر الإقليميون، مصر والإمارات، …»: the actors set off by a comma right after the agent
    noun's genitive (and its adjectives) are the noun's referents."""
    words, k = ctx.words, end + 1
    while k < min(len(words), end + 1 + APPOSITION_ADJECTIVES) and words[k].norm.startswith("ال") and \
            not any(m.first == k for m in ctx.mentions):
        k += 1
    if k + 1 >= len(words) or words[k].norm not in ("،", ","):
        return None
    return next((m for m in ctx.mentions if m.first == k + 1), None)
