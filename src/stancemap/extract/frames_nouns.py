"""Which words name acts, for the frames (frames.py) and the proposed question: a noun whose first
WordNet sense is an act, event or process (`is_event_noun`), a decree named by the verb of the same
form (`is_decree`: "the ban"), a verb and its particle written as a noun (`particle_noun`: "the
phase-out"), the verb an act noun names (`act_verb`: "closure" -> "close"), and an act named as a
noun with what it is done to (`named_act`: "the ban on private cars"). WordNet's lexicographer files
also tell people and bodies of people (`BEINGS`, `is_body`) from things."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..judge.wordnet import ACT_FILES
from .lexicon import GENERIC_THINGS, STANCE_NOUNS, words

# The particles of a verb written as a noun with a hyphen ("phase-out", "tie-up", "sell-off").
PARTICLES = words("up out off over down in back away")


def named_act(tok: Token) -> tuple[str, Token] | None:
    """An act named as a noun with what it is done to: "the ban on private cars", "the closure of the
    plant", "the extradition of Olsund" -> ("ban", cars), ("close", plant), ("extradite", Olsund). The
    verb is the noun itself for a decree ("ban"), else the verb WordNet derives the noun from (`act_verb`);
    what it is done to, its of/on phrase (any name, or a common noun that is no body of people), or a
    common noun before a decree ("the car ban"); never a name before the noun, as often the one doing it
    ("the Quellis application") as what it is done to (tests/
    test_question_named_acts.py::test_frames_an_act_named_as_a_noun_with_its_object)."""
    if tok.pos_ != "NOUN" or not tok.is_alpha or tok.lemma_.lower() in STANCE_NOUNS:
        return None
    children = list(tok.children)
    if not _may_name_act(tok, children):
        return None  # (speed only: checked before WordNet is asked whether the noun is an act or a consent)
    verb = act_verb(tok.lemma_.lower())
    # a consent is for what it lets happen ("the go-ahead for the mine", "planning permission for the tower"); its
    # "of" names who gives it ("the consent of every member"), but for an act noun what it is done to ("approval")
    consent = is_consent(_written_noun(tok))
    preps = ({"for", "to"} if consent else set()) | ({"of", "on"} if verb is not None else set())
    verb = CONSENTING if verb is None and consent else verb
    if verb is None or (consent and tok.dep_ == "dobj" and _consenting_kind(tok.head.lemma_.lower()) is not None):
        return None  # (a consent given or sought is its verb's frame: `consent_given`)
    if consent and (let := [o for o in _let_done(tok) if o.is_alpha and not _doer(o)]):
        return CONSENTING, let[0]  # "permission to build the tower was refused": the tower approved or not
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i == tok.i + 1:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # (a name after "of" is what the act is done to, whatever the tagger's type: "the extradition
            # of Marek Olsund", "the privatisation of the Harbour Company"; "by" names the doer)
            if obj is not None and obj.is_alpha and (obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and not _doer(obj))) \
                    and not (consent and _hyphen_tail(obj)):
                return verb, obj
        elif child.dep_ == "compound" and child.i == tok.i - 1 and child.pos_ == "NOUN" and child.is_alpha \
                and not _doer(child) and verb == tok.lemma_.lower() and names_transitive_act(verb):
            # a common noun before a decree ("the car ban") or a noun naming a verb's act done to a thing ("the rent
            # freeze"); not one saying what kind of act ("the pay rise", "the rugby game": `names_transitive_act` finds
            # no sense of the noun derived from an object-taking sense of its verb; "a confidence vote" is left out
            # above, "vote" a STANCE_NOUNS word), nor a name, as often the doer ("the Quellis application") as not
            return verb, child
    return None


# The prepositions any noun's branch of named_act reads its object after.
_ACT_PREPS = frozenset({"of", "on", "for", "to"})


def _may_name_act(tok: Token, children: list[Token]) -> bool:
    """Whether `tok` has a child any return of named_act needs: a preposition of _ACT_PREPS right after
    it, a compound right before it, or a clause (a consent's infinitive, `_let_done`). Without one, named_act
    answers None whatever WordNet says of the noun (speed only: asked for every noun of the map;
    tests/test_question_frames_gate.py)."""
    return any((c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _ACT_PREPS)
               or (c.dep_ == "compound" and c.i == tok.i - 1) or c.dep_ == "acl" for c in children)


# What a verb of giving or refusing a consent does to the thing it is for: the act asked about
# ("give the go-ahead to the mine", "grant planning permission for the mine": approve the mine).
CONSENTING = "approve"
# Verbs that withhold a consent, whose subject is who would give it ("the council refused permission").
WITHHOLDING = words("deny refuse withhold")
# Verbs that ask for a consent, whose subject is not who gives it ("the developer sought permission").
SEEKING = words("get seek need require request want")


def consent_given(verb: Token, obj: Token, children: list[Token]) -> tuple[Token, bool] | None:
    """What a consent named as a verb's object is given, refused, won or sought for: "give the go-ahead to the
    mine", "grant permission for the mine", "the mine was given consent", "the developer won approval for the
    mine" -> (mine, whether the verb's subject is who consents: a verb of giving or withholding, not of getting
    or seeking). None for any other verb ("declined to repeat his approval of"), or a consent for a person or
    body ("gave the developer permission"). Such a light verb and its noun are the act of consenting done to
    that thing (tests/test_question_named_acts.py::test_frames_a_consent_given_to_a_thing)."""
    if obj.pos_ != "NOUN":
        return None
    kind = _consenting_kind(verb.lemma_.lower())  # (asked first: a verb's answer is cached, a noun's rarely)
    if kind is None or not is_consent(_written_noun(obj)):
        return None
    found = [p for c in [*children, *obj.children] if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"}
             for p in c.children if p.dep_ == "pobj"]
    # then what it lets be done ("permission to build a stadium"), before whom it is given to, who would do that
    # ("the club was granted permission to build"), and what it is given to otherwise ("the mine was given consent")
    found += _let_done(obj) + [c for c in children if c.dep_ in {"dative", "nsubjpass"}]
    thing = next((t for t in found if t.pos_ in {"NOUN", "PROPN"} and t.is_alpha and not _doer(t) and not _hyphen_tail(t)),
                 None)
    return (thing, kind) if thing is not None else None


@lru_cache(maxsize=1024)
def _consenting_kind(verb: str) -> bool | None:
    """True for a verb that gives or withholds (WordNet's kinds of giving: "give", "grant", "award", "offer";
    "deny", "refuse", "withhold"), False for one that gets or seeks ("win", "receive", "secure", "seek"), else None."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    if verb == "give" or verb in WITHHOLDING or "give" in wn.hypernyms(verb, "v", senses=2, depth=1):
        return True
    if verb in SEEKING or wn.hypernyms(verb, "v", senses=2, depth=2) & {"get", "acquire", "obtain"}:
        return False
    return None


def _let_done(consent: Token) -> list[Token]:
    """What a consent lets be done, as its infinitive's object ("permission to build a new stadium": the stadium)."""
    return [o for v in consent.children if v.dep_ == "acl" and v.pos_ == "VERB" and any(a.lower_ == "to" for a in v.children)
            for o in v.children if o.dep_ == "dobj"]


def _hyphen_tail(tok: Token) -> bool:
    """The end of a hyphened word ("up" of "tie-up"): no noun of its own ("clearance for its tie-up" is no
    consent for "up")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def _written_noun(tok: Token) -> str:
    """A noun with the word written before it in one compound ("go-ahead", "green light"), as WordNet keys it."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        joined = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    else:
        joined = next((f"{c.lower_}_{tok.lower_}" for c in tok.children
                       if c.i == tok.i - 1 and c.dep_ in {"amod", "compound"}), "")
    return joined if joined and lexfile(joined) is not None else tok.lemma_.lower()


@lru_cache(maxsize=4096)
def is_consent(noun: str) -> bool:
    """A noun of consent: WordNet files it, or a word of its first sense, under "permission" ("consent",
    "clearance", "leave", "authorisation", "go-ahead" through "green light"), or derives it from "approve"
    ("approval"); not a side taken ("backing", "blessing": support)."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    key = noun.replace(" ", "_")
    if wn.lexfile(key, "n") in ACT_FILES:
        # a noun most often an act names that act ("the dismissal of the coach": dismiss him), whatever its
        # rarer senses ("dismissal": permission to go); "approval" is the act of approving
        return "approve" in wn.derivations(key, "n")
    found = {key} | {w.replace(" ", "_") for w in wn.synonyms(key, "n", senses=1, mutual=True, within=2)}
    return any(w == "permission" or "permission" in wn.hypernyms(w, "n", senses=3, depth=2) for w in found)


def is_being(tok: Token) -> bool:
    """A person or a body of people, by its entity or WordNet's noun file ("the resident", "the union", "Acme")."""
    return tok.ent_type_ in {"PERSON", "ORG", "NORP"} or lexfile(tok.lemma_.lower()) in BEINGS


def _doer(tok: Token) -> bool:
    """A person, body or organisation: who does an act rather than what it is done to."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in {"ORG", "NORP", "GPE"}
    return lexfile(tok.lemma_.lower()) in BEINGS


@lru_cache(maxsize=4096)
def act_verb(noun: str) -> str | None:
    """The verb an act noun names: the noun itself for a decree ("ban"), else the verb WordNet derives
    it from ("closure" -> "close", "extradition" -> "extradite"; of several, the one sharing the longest
    start: "approval" -> "approve"), else the noun as a verb ("repeal"); None for a noun of no act."""
    from ..judge.wordnet import wordnet

    if is_decree(noun):
        return noun
    if noun.endswith("ing") and noun not in GENERIC_THINGS and (verb := _gerund_verb(noun)):
        return verb  # "the sacking of the manager", "the building of the bridge"
    if noun in GENERIC_THINGS or not is_event_noun(noun):
        return None
    # sorted: WordNet's derivations are a set, and of two spellings tied below ("scrutinise", "scrutinize") the first in
    # the set's order won, which the string hash seed decides (tests/test_question_nouns_order.py)
    verbs = sorted(v for v in wordnet().derivations(noun, "n") if " " not in v and wordnet().synsets(v, "v"))
    if not verbs:
        return noun if wordnet().synsets(noun, "v") else None  # "the repeal of the act"
    # of several ("approval": approbate, approve), the one sharing the longest start with the noun
    return max(verbs, key=lambda v: (_shared_start(v, noun), -len(v)))


def _gerund_verb(noun: str) -> str | None:
    """The verb of a noun in -ing ("sacking" -> "sack", "closing" -> "close", "stopping" -> "stop")
    when WordNet knows it as a verb."""
    from ..judge.wordnet import wordnet

    stem = noun[:-3]
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if len(verb) > 2 and wordnet().synsets(verb, "v"):
            # not a verb of knowing, saying or perceiving ("the reading of the bill", "the hearing of
            # the appeal": steps on the way, not the act argued about)
            return verb if wordnet().lexfile(verb, "v") not in (31, 32, 39) else None
    return None


def _shared_start(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


@lru_cache(maxsize=4096)
def is_body(noun: str) -> bool:
    """A noun naming a body of people (WordNet's noun.group, file 14: "council", "board", "assembly")."""
    return lexfile(noun) == 14


# WordNet's lexicographer file of places (noun.location: "region", "city", "country").
NOUN_LOCATION = 15


@lru_cache(maxsize=4096)
def member_body(noun: str) -> str | None:
    """The body a person's noun is a member of and is named after, by WordNet's first sense ("councillor" -> "council",
    "juror" -> "jury"): people acting as that body; None for other nouns (a member named otherwise, "MP" -> "military
    police", "economist" -> "economics profession", "partner" -> "man and wife", is no body that decides)."""
    from ..judge.wordnet import wordnet

    if lexfile(noun) != 18:
        return None
    bodies = sorted(w for w in wordnet().related(noun, "n", "#m", 1) if " " not in w and is_body(w) and w[:3] == noun[:3])
    return bodies[0] if bodies else None


def acts_as_body(noun: str) -> bool:
    """A body of people, or a place acting as a polity ("the region should hold a vote"; tests/test_question_kinds.py)."""
    return is_body(noun) or lexfile(noun) == NOUN_LOCATION


@lru_cache(maxsize=4096)
def is_event_noun(noun: str) -> bool:
    """A noun naming an act or a proposal ("merger", "ban", "phase-out", "plan"): its most frequent
    WordNet sense is an act, event or process (not a person, artefact or quality a verb also derives:
    "leader", "phone"), or it is a general word for a proposal."""
    from ..judge.wordnet import wordnet

    verb, _, particle = noun.partition("-")
    if particle in PARTICLES and wordnet().synsets(f"{verb}_{particle}", "v"):
        return True  # "phase-out", "tie-up", "sell-off": a verb and its particle, named as an act
    return noun in GENERIC_THINGS or wordnet().lexfile(noun.replace("-", ""), "n") in ACT_FILES


@lru_cache(maxsize=8192)
def is_decree(noun: str) -> bool:
    """A noun naming a decision a body takes by the verb of the same form ("the ban", "an embargo", "the
    licence"): WordNet files the noun under communication (noun.communication 10), not under acts, and
    the verb under social acts (verb.social 41). The act argued about, named as a noun
    (tests/test_question.py::test_question_proposed_ban_named_as_a_noun)."""
    from ..judge.wordnet import wordnet

    wn = wordnet()
    return wn.lexfile(noun, "n") == 10 and wn.lexfile(noun, "v") == 41



@lru_cache(maxsize=4096)
def names_transitive_act(noun: str) -> bool:
    """Whether a noun that is its own verb names that verb's act done to a thing: a decree (`is_decree`), or WordNet
    derives one of its senses from a sense of the same verb that takes a direct object ("freeze", "hike", "cull",
    "pass"); not "game" (no sense of the noun derives from the verb), nor "rise" (only from the verb with no object:
    "prices rise"). The noun before it may then be its object ("the rent freeze": freeze the rent), not before "the
    rugby game" ("Will the rugby be gamed?", q_relegate's shape). Its first sense alone lost q_budget (a headline "Levy
    passes" in a live blog, parsed a compound): session 45. Pinned by tests/test_question_named_acts.py::
    test_frames_a_noun_before_a_contest_is_no_object."""
    from ..judge.wordnet import DERIVED, wordnet

    wn = wordnet()
    if is_decree(noun):
        return True
    verbs = set(wn.synsets(noun, "v"))
    for offset in wn.synsets(noun, "n"):
        words, pointers = wn._synset(offset, "noun")
        mine = next((k + 1 for k, w in enumerate(words) if w.lower() == noun), 0)
        for symbol, target, pos, source, _ in pointers:
            if symbol == DERIVED and pos.startswith("v") and (not source or source == mine) and target in verbs \
                    and wn.takes_object(target):
                return True
    return False


# WordNet's files of nouns for people and bodies of people (noun.person 18, noun.group 14).
BEINGS = frozenset({14, 18})


# WordNet's lexicographer files of stuff written without an article (noun.food 13, noun.possession 21, noun.substance
# 27: "pay", "funding", "water"): question_act.stuff, and frames_asked._bare_objects (headlinese drops no article there).
STUFF_LEXFILES = frozenset({13, 21, 27})


@lru_cache(maxsize=4096)
def lexfile(noun: str) -> int | None:
    from ..judge.wordnet import wordnet

    return wordnet().lexfile(noun, "n")


def particle_noun(tok: Token) -> str | None:
    """"phase-out" for the "out" of "phase - out" (the tokenizer splits it), when WordNet knows the
    verb "phase out": the act named as a noun."""
    doc = tok.doc
    if tok.lower_ not in PARTICLES or tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ \
            or doc[tok.i - 2].whitespace_ or not doc[tok.i - 2].is_alpha:
        return None
    noun = f"{doc[tok.i - 2].lemma_.lower()}-{tok.lower_}"
    return noun if is_event_noun(noun) else None


