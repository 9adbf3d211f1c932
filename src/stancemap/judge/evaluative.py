"""Evaluative language with no stance verb ("a death knell for the old quarter", "long overdue"):
the valence of its words in VADER's lexicon (Hutto & Gilbert 2014, MIT licence; the word list ships
inside the vaderSentiment package), read only when the statement's stance words said nothing.

Sentiment is not stance (Bestvater & Monroe 2022): praise of the status quo can oppose a change.
So a valence counts only in a clause that speaks of the proposition (its event, things or
participants, or "it"/"this" standing for them), and a negation above the word flips it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from ..extract.lexicon import PRIVATIVE
from .aim import aimed_elsewhere, narrated
from .comparison import rival_named
from .kin import clause_of, departing_flip
from .literal import names_a_thing
from .negation import negated
from .negation_forms import rejected_alternative, set_aside
from .outcome import measured_by_own, names_own_thing
from .outlook import LIKELY, UNLIKELY
from .privative import act_kin, taken_names
from .state import lessened
from .terms import Terms

# Sum of valences (VADER's scale is -4..+4 per word) a statement needs before it leans: one
# clearly evaluative word ("reckless" -1.7, "death" -2.9) is enough, a mild one ("fresh" 1.3) is not.
# Calibrated on the q_* batches: 2.0 lost more than it saved.
THRESHOLD = 1.5
# Words VADER scores that say nothing about a proposition in news ("no", "yes", "like", "please", ...).
IGNORED = frozenset({"no", "yes", "like", "please", "want", "agree", "support", "supports", "supported", "oppose",
                     "opposed", "reject", "rejected", "ok", "okay", "kind", "true", "play", "party", "pretty", "join",
                     "free", "care", "united", "growth", "honest", "clear", "clearly", "ready", "serious", "hope",
                     "hopes", "chance", "chances", "interest", "interests", "god", "lol", "huge", "big", "fine", "supporters",
                     "supporter", "thanks", "thank", "sure", "certain", "respected", "respect", "win", "winning",
                     "won", "victory", "lost", "lose", "losing",
                     # reporting verbs VADER scores as quarrels: "arguing that ..." reports, it does not judge
                     "argue", "argued", "argues", "arguing", "argument", "arguments"})
PRONOUNS = frozenset({"it", "this", "that", "they", "these"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word valences; empty when the package is missing (the rule then never fires)."""
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0]] = float(parts[1])
    return out


@lru_cache(maxsize=4096)
def _body_part(lemma: str) -> bool:
    """The word's most frequent sense in WordNet is a part of the body (lexicographer file noun.body)."""
    from .wordnet import wordnet

    return wordnet().lexfile(lemma, "noun") == NOUN_BODY


NOUN_BODY = 8  # WordNet's lexicographer file noun.body


def _valence(tok: Any, valence: dict[str, float]) -> float:
    low = tok.lower_
    value = valence.get(low, valence.get(tok.lemma_.lower(), 0.0))
    if not value and "-" in low:
        value = valence.get(low.rsplit("-", 1)[1], 0.0)  # "self-harm" weighs as "harm"
    return value


def _stands_for(tok: Any) -> bool:
    """A word that may stand for the proposition: a pronoun ("it is a disaster") or a demonstrative
    ("this raid", "these plans"), not the complementiser or relative "that" ("said that ...", "the
    towns that ...")."""
    return tok.lower_ in PRONOUNS and not (tok.lower_ == "that" and (tok.tag_ in {"WDT", "IN"} or tok.dep_ == "mark"))


# Prepositions of place and of having: a pronoun after one ("the best building on it", "useful life in it") is a place
# or a holder, not the act (tests/judge/test_stance_said_of.py::test_said_of_what_the_act_takes_away).
PLACES = frozenset({"in", "inside", "within", "on", "at", "from", "into"})


def _in_place(tok: Any) -> bool:
    """A pronoun as the object of a preposition of place: "the best building on it", "plenty of useful life in it"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACES


def counted(tok: Any) -> bool:
    """A noun counted by a number, or an adjective on one ("212 complaints", "3,000 dead birds"): a figure reported,
    not a judgement (tests/judge/test_stance_outcome.py)."""
    noun = tok.head if tok.dep_ == "amod" and tok.head.i != tok.i else tok
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def classifying(tok: Any) -> bool:
    """A noun written before another noun as its kind ("a safety review", "the crime figures"): it names what the
    other is about, not a judgement (tests/judge/test_stance_outcome.py). Also where the two are said of something
    ("called the inquiry a witch hunt", a strict xfail there): kept there, after a verb of calling, it lost VALIDATE 3
    for DEVELOP 1; after a copula too, DEVELOP 2 and VALIDATE 3 more (session 27)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN"


# Relations a word climbs through to the verb of the clause it stands in (its objects, complements and modifiers).
INSIDE_CLAUSE = frozenset({"dobj", "acomp", "attr", "oprd", "advmod", "amod", "pobj", "prep", "npadvmod", "neg", "aux",
                           "auxpass", "nsubj", "nsubjpass", "xcomp"})

# A noun said of another (a copula's complement, an apposition): its relative clause describes what it is said of.
PREDICATED = frozenset({"attr", "appos"})


def described_noun(tok: Any, kept: set[int] | frozenset[int]) -> Any | None:
    """The noun a relative clause of the statement describes, when the word stands in that clause ("the valve that
    broke in May", "a medal the board has pinned on itself", "the lobbyists it hires"): the word judges that noun, not
    the act (`evaluate` still reads it when the noun is the question's own). None when the word stands in no such
    clause, or the clause's noun lies outside the statement (a statement reported in a relative clause, "Vord, who said
    it was a disaster", is still read)."""
    node = tok
    for _ in range(6):  # a bounded climb: a relative clause's word lies within a few arcs of its verb
        if node.dep_ == "relcl":
            noun = node.head
            # (a noun said of another, "the sale is a blunder the town will regret": the clause describes what it is said of)
            return noun if noun.i in kept and noun.dep_ not in PREDICATED else None
        if node.dep_ not in INSIDE_CLAUSE or node.head.i == node.i:
            return None
        node = node.head
    return None


# Words that say, after a copula, that what its subject names has passed ("the worst is over", "is behind us").
PASSED = frozenset({"over", "past", "gone", "behind"})


def _said_past(tok: Any, terms: Terms) -> bool:
    """The word names (or describes) the subject of a copula that says it has passed ("the worst is behind
    us", "the bad times are over"): a bad thing said to be past is good news, its valence turned. Not when what passed
    names the question's own thing ("the worst of the rent rises is over" under "Will rents keep rising?":
    the thing asked about has ended, whatever its valence) (tests/judge/test_stance_said_past.py)."""
    noun = tok.head if tok.dep_ == "amod" and tok.head.i != tok.i else tok
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or verb.lemma_.lower() != "be":
        return False  # (a "not" on the copula is the word's own negation, weighed with it by the caller: "is not over")
    ours = terms.things | terms.event | terms.anchors | terms.opposites
    if any(t.lower_ in ours or t.lemma_.lower() in ours for t in noun.subtree):
        return False
    return any(c.lower_ in PASSED and c.dep_ in {"prep", "advmod", "acomp", "prt"} for c in verb.children if c.i > noun.i)


# A property's valence at or under which the question calls its subject something bad ("recession" -1.8, "waste" -1.8,
# "shortage" -1.0; not "strike" -0.5 of "Will there be a strike?", an event more than a judgement).
BAD_PROPERTY = -1.0
# Words that end a copula's complement: what follows is whom or what it is said of, or the other option ("worth its cost",
# "safe for farm workers", "better value than the bus upgrade").
COMPLEMENT_ENDS = frozenset({"than", "to", "for", "of", "in", "on", "at", "with", "by", "from", "about"})
NEGATIVE_NOTE = "the question calls its subject something bad: its evaluative words turned"


# "Will there be a ban on X?", "Could there be a war?": an act asked to come about, not a property of a subject
# (the review, session 42: "a ban ... would be a wonderful measure" read oppose); "Is there a shortage?" stays one.
# (the modals one alternation, read by fault.MODAL_OPENING too)
MODALS = r"will|would|could|can|might|may|should|shall|must"
EXISTENTIAL_MODAL = re.compile(rf"^\s*(?:{MODALS})\s+there\b", re.I)


def negative_property(predicate: str, complement: str, question: str = "") -> bool:
    """The question asks whether its subject is something bad: a copula ("be", "be dangerous" as Proposition.verb reads
    it) whose complement's first word VADER scores ("in recession", "a waste of money", "a housing shortage", "dangerous")
    has a valence at or under BAD_PROPERTY. Praise of the subject then answers no ("the economy is booming" under "Is the
    economy in recession?"), so `stance_of` turns the evaluative words' side; a positive or unscored property ("safe",
    "worth its cost", "in the lead") asks as the words say. Not a verb's valence: under "Did the minister mislead
    parliament?" a statement's praise and blame judge the accusers as often as the accused (session 42, issue 9).
    tests/judge/test_stance_negative_property.py."""
    words = predicate.split()
    if not words or words[0] != "be" or EXISTENTIAL_MODAL.match(question):
        return False
    valence = lexicon()
    said = [*words[1:], *re.findall(r"[a-z][\w'-]*", complement.lower())]
    for at, word in enumerate(said):
        if at and word in COMPLEMENT_ENDS:
            break
        if (value := valence.get(word, 0.0)) and word not in IGNORED:
            return value <= BAD_PROPERTY
    return False


def evaluate(tokens: list[Any], evidence: list[str], terms: Terms, anywhere: bool = False,
             turned: Callable[[Any], bool] | None = None) -> int:
    """+1 / -1 when the statement's evaluative words lean clearly one way in clauses naming the
    proposition's event or thing (`anywhere`: in any clause), 0 otherwise;
    the words are noted in `evidence`. `turned`: the words that count the other way ("a disgrace" said of the decision
    asked as a cause: cause_judged.said_of_decision)."""
    valence = lexicon()
    if not valence or not tokens:
        return 0
    topic = terms.event | terms.things | act_kin(terms)  # "a delay was simple fairness" under "postpone"
    own = terms.event | terms.things | terms.opposites  # the proposition's own words name it; they do not judge it
    # The rest of what it is about: the proposal and the corpus's names for it (same sign), and under a
    # privative predicate the object it takes away (praise of cruise ships opposes banning them).
    # What a privative act takes away ("manager", "Lenk" of "sack its manager Ivo Lenk"; the corpus's "deal"
    # and "merger" under "block the takeover"): judged, it is aimed at (tests/judge/test_privative.py).
    taken = taken_names(terms) if terms.privative else frozenset()
    proposal = ((terms.event | terms.things) - taken - terms.object_words) | act_kin(terms)
    if terms.privative:
        own = own | PRIVATIVE  # "a coal ban" under "phase out coal": another word for the act, not a judgement
    # The one who takes something away ("the regulator" of "block the merger"): praise or blame
    # of the decider alone is not aimed at the act (tests/judge/test_stance_direction.py).
    # Not a subject that is no person or body ("the toll" of "Has the toll cut traffic noise?"): what
    # does the act is its instrument, and its praise is the act's (tests/judge/test_stance_composed.py).
    decider = terms.subject_words if terms.privative and terms.object_words and not terms.instrument else frozenset()

    def about(t: Any) -> bool:
        """The word names what the question is about: its act or thing, what a privative act takes away, or a
        pronoun or demonstrative that may stand for the proposition."""
        return t.lower_ in topic or t.lemma_.lower() in topic or t.lower_ in taken or _stands_for(t)

    total = 0.0
    words: list[str] = []
    kept = {t.i for t in tokens}
    done: set[int] = set()
    for tok in tokens:
        if tok.i in done:
            continue
        low = tok.lower_
        value = _valence(tok, valence)
        if (less := lessened(tok)) and tok.lemma_.lower() not in own:
            # "lower costs", "cut delays": a word of decrease has no valence of its own; it takes the
            # opposite of what it lessens, and nothing when that is neutral (judge/state.py).
            value = -sum(_valence(t, valence) for t in less if t.i in kept and t.lower_ not in IGNORED)
            done |= {t.i for t in less}
        lemma = tok.lemma_.lower()  # "wanted" is ignored as "want" is
        if not value or low in IGNORED or lemma in IGNORED or tok.pos_ in {"PROPN", "AUX"} or lemma in own or low in own:
            continue
        if tok.lemma_.lower() in _LIKELIHOOD or low in _LIKELIHOOD:
            continue  # "victory was assured": likelihood, read by outlook.py only when said of the act
        if names_own_thing(tok, terms):
            continue  # "dying" under "causing the bird deaths": the question's subject matter (outcome.py)
        if counted(tok) or classifying(tok) or measured_by_own(tok, own):
            continue  # "212 complaints", "a safety review", "fair to the victims": counted, a kind, the measure
        if _body_part(tok.lemma_.lower()):
            continue  # "hand" (+2.2): "hand the lake to developers": a body part judges nothing
        if names_a_thing(tok):
            continue  # "block" (-1.9) of "a block of flats": a building, no judgement (literal.py)
        if aimed_elsewhere(tok, terms):
            continue  # "the best drivers in the port": said of another argument than the question's (aim.py)
        if rejected_alternative(tok) or set_aside(tok) or narrated(tok, kept):
            continue  # "a sensible budget, not a generous one" ("rather than ..."): the alternative set aside is described
        if (noun := described_noun(tok, kept)) is not None and not about(noun):
            continue  # "an agent who has neglected it": said of another noun (tests/judge/test_stance_described.py)
        clause = [t for t in clause_of(tok) if t.i in kept]
        said_of_subject = departing_flip(tok, terms)  # "the minister has my full confidence": aimed at who leaves
        rival = rival_named(clause, terms)  # "the bus upgrade is good value" under "Is the tram better value than it?"
        if not anywhere and not said_of_subject and rival is None and not any(
                about(t) and not (decider and t.lower_ in decider) for t in clause):
            continue
        # a bad thing said past is good ("is behind us"); said past and negated turns it twice ("nobody believes the
        # worst is over", "is not over": bad) (tests/judge/test_stance_said_past.py)
        value = -value if _said_past(tok, terms) != negated(tok) else value
        # A demonstrative's noun says what it points at ("this season"); only a pronoun may stand for the act.
        if terms.privative and not any(
                ((t.lower_ in proposal or t.lemma_.lower() in proposal) and t.lower_ not in decider)
                or (_stands_for(t) and t.dep_ != "det" and not _in_place(t)) for t in clause):
            value = -value  # said of what the proposition takes away
        elif said_of_subject:
            value = -value  # "the minister has my full confidence" under "will the minister resign?"
        elif rival is not None:
            value = -value  # said of a comparison's other option (comparison.py; tests/judge/test_stance_comparison.py)
        turn = turned is not None and turned(tok)
        value = -value if turn else value
        total += value
        words.append(f"{tok.text} ({value:+.1f}{', turned' if turn else ''})")
    if abs(total) < THRESHOLD:
        return 0
    evidence.append(f"{'+' if total > 0 else '-'}evaluative: {', '.join(words[:4])}")
    return 1 if total > 0 else -1


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_LIKELIHOOD = LIKELY | UNLIKELY
