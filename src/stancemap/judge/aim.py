"""What a stance word is aimed at, and the scope that turns it (issue 9, session 17: the statement set's
target and scope misses, read on its DEVELOP split).

- A side (`judged_side`): "the opponents of the harbour plan were cowards", "accused supporters of the
  membership of selling out", "the people fighting the terminal were ...": the stance word names someone
  else's side on the proposition; what the statement says of that side decides (blame of its opponents
  supports the act, praise of them opposes it), as judge/judged.py reads an act judged.
- Another act on the question's thing (`undoing_act`): "lifting the curfew would be good news" under
  "extend the curfew": a verb of undoing (lexicon REFUSING, or one WordNet says takes its object away)
  done to the question's thing is the act's opposite, read by judged.py.
- Scope (`no_longer`, read by negation.py): "no longer supports the line" denies the support (a rhetorical
  "Why would anyone approve it?" is negation_forms.rhetorical's).
- A concession (`conceded`, read by stance.py): "should join even if it means ..." sets no condition.
Pinned by tests/judge/test_stance_aim.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..extract.frames_nouns import BEINGS, lexfile
from ..extract.lexicon import NEGATIVE, POSITIVE, REFUSING, WANTING
from .terms import Terms
from .wordnet import NOUN_PERSON

Token = Any  # spaCy Token or parsed.ParsedToken

# WordNet lexicographer files of who takes a side: noun.person ("opponent") and noun.group ("lobby"), as the
# proposal's frames read them (frames_nouns.BEINGS); a person alone: noun.person.
PEOPLE_FILES = BEINGS
PERSON_FILE = frozenset({NOUN_PERSON})
# Prepositions that aim a side at what it is for or against ("opponents of", "opposition to", "support for").
SIDE_PREPOSITIONS = frozenset({"of", "to", "for", "behind"})


def no_longer(node: Token) -> bool:
    """"no longer supports the line", "not ... any longer": an adverb of time that carries the negation
    itself, hung on the verb (tests/judge/test_stance_aim.py)."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(
        d.dep_ == "neg" or d.lower_ in {"no", "not"} for d in c.children) for c in node.children)


# Subordinators of a clause of time ("since the old cabinet fell", "when the court struck the law down").
TIME_MARKS = frozenset({"when", "since", "after", "before", "as", "while", "once", "until"})


def narrated(tok: Token, kept: set[int] | frozenset[int]) -> bool:
    """The word stands in a clause of time told in the past ("a gap left when the court struck down the old law",
    "the calm missing since the last cabinet fell"): it narrates what happened, it takes no side
    now (issue 9, session 19; tests/judge/test_stance_flips.py). A clause of time to come ("once the bill passes")
    is a condition's (judge/conditions.py). Only a clause inside the statement (`kept`, its token indices), under a
    word of the statement: a statement reported inside such a clause is still read."""
    node = tok
    for _ in range(8):
        if node.dep_ == "advcl" and node.head.i in kept:
            # a clause under a modal ("would force him out before the season opened") is a past shifted by reported
            # speech, time to come
            return any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS for c in node.children) and (
                node.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children)) and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in node.head.children)
        if node.head.i == node.i or node.dep_ in {"ccomp", "xcomp", "relcl", "conj"}:
            return False
        node = node.head
    return False


def hoped_not(tok: Token, terms: Terms) -> int | None:
    """A word of wanting whose clause is negated: "she hoped it would not come to that" wants the thing not to
    happen (-1, when the clause names no act or stance word of its own); "hoped the council would not approve
    it" leaves the sign to the clause's own words (0). None for any other word; polarity._word reads it
    (tests/judge/test_stance_aim.py)."""
    from .negation import below, negated

    if tok.lemma_.lower() not in WANTING or tok.lemma_.lower() not in POSITIVE or negated(tok):
        return None
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    if not clauses or not all(negated(c) for c in clauses):
        return None
    own = POSITIVE | NEGATIVE | REFUSING | terms.event | terms.opposites
    return 0 if any(_names(below(c), own) for c in clauses) else -1


def conceded(start: int, text: str) -> bool:
    """The condition at char `start` of the document `text` follows "even" ("even if it means giving up
    the quotas", "even though"): a concession, the stance holds either way (tests/judge/test_stance_aim.py)."""
    before = text[max(0, start - 6):start].lower().split()
    return bool(before) and before[-1] == "even"


def _names(tokens: list[Token], words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


def undoing_act(act: Token, terms: Terms) -> int:
    """-1 when `act` (a verb judged as a subject, judged.py) undoes the question's thing: a verb of
    refusing or removal ("lift", "scrap") whose object names the thing, under a question whose act does
    not take it away; +1 when it is negated; 0 otherwise."""
    from .negation import below, negated
    from .privative import takes_away

    lemma = act.lemma_.lower()
    if terms.privative or act.pos_ != "VERB" or lemma in terms.event or not (
            lemma in REFUSING or takes_away(lemma, True)):
        return 0
    things = terms.things | terms.object_words | terms.anchors
    objects = [t for c in act.children if c.dep_ in {"dobj", "nsubjpass"} for t in below(c)]
    if not _names(objects, things):
        return 0
    return 1 if negated(act) else -1


# Pronouns that name the people a clause describes ("those who oppose the plan").
WHO = frozenset({"those", "anyone", "everyone", "people"})


def _people(lemma: str, files: frozenset[int] = PEOPLE_FILES) -> bool:
    """The noun's most frequent WordNet sense is in `files`: a person or a group ("opponent", "lobby")."""
    try:
        return lexfile(lemma) in files
    except OSError:
        return False


@lru_cache(maxsize=2048)
def _agent_sign(lemma: str) -> int:
    """The side a noun takes by the word WordNet derives it from: "supporter", "backer" (+1, from a word of
    support), "opponent", "opposition", "rejection" (-1, from a word of refusal); for a noun of people, a
    word of negative valence in VADER too ("critic": criticize, critical); 0 for other nouns ("burden",
    "mistake": no verb of taking a side behind them)."""
    from .evaluative import lexicon
    from .wordnet import wordnet

    try:
        derived = wordnet().derivations(lemma, "n")
    except OSError:
        return 0
    if derived & POSITIVE:
        return 1
    if derived & (NEGATIVE | REFUSING):
        return -1
    if not _people(lemma):
        return 0
    valence = lexicon()
    total = sum(valence.get(w, 0.0) for w in derived)
    return -1 if total < 0 else 0  # "critic" (criticize, critical): praise-derived people nouns are rare


def _side(tok: Token, terms: Terms) -> int:
    """The side toward the proposition the noun `tok` names, with what it is for or against in its phrase:
    an agent noun ("opponents of the plan", "supporters of membership"), a noun of taking a side ("the
    opposition to the bill"), or people a stance verb describes ("the people fighting the terminal",
    "those who oppose the plan"). 0 when it names none."""
    from .negation import below
    from .polarity import word_sign
    from .privative import aimed_at_object

    if tok.pos_ not in {"NOUN", "PRON"}:
        return 0
    topic = terms.topic | terms.participants
    aims = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPOSITIONS for t in below(c)]
    lemma = tok.lemma_.lower()
    sign = 0
    if aims and _names(aims, topic) and lemma not in terms.event:  # "approval of the plan" is the act itself
        sign = _agent_sign(lemma)
    # People a clause describes: "plans to close the works", "a business that lost money" are no side.
    if sign == 0 and (lemma in WHO or _people(lemma, PERSON_FILE)):
        for verb in (c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"):
            if not _names([t for c in verb.children if c.dep_ in {"dobj", "prep"} for t in below(c)], topic):
                continue
            sign = word_sign(verb, terms) or _verb_valence(verb)
            if sign:
                tok = verb
                break
    if sign and terms.privative and aimed_at_object(tok, terms):
        sign = -sign  # "supporters of the tram line" under "scrap the tram line"
    return sign


def _verb_valence(verb: Token) -> int:
    """A verb of fighting or praising, by its valence in VADER ("fighting" -1.5): aimed at its object."""
    from .evaluative import lexicon

    value = lexicon().get(verb.lower_, lexicon().get(verb.lemma_.lower(), 0.0))
    return (value > 0) - (value < 0)


def _held(tok: Token) -> bool:
    """A noun of taking a side with its holder ("dropped its opposition", "withdrew her support"): what the verb
    does is done to the holder's own stance, not a judgement of a side (tests/judge/test_stance_taken_away.py)."""
    from ..extract.lexicon import STANCE_NOUNS

    return tok.lemma_.lower() in STANCE_NOUNS and any(c.dep_ == "poss" for c in tok.children)


def judged_side(tokens: list[Token], evidence: list[str], terms: Terms) -> int | None:
    """The signed stance of a statement that judges a side on the proposition, noted in `evidence`: the
    side's sign times the sign of what is said of it (judged.said_of), or, when that says nothing, of the
    verb that takes the side as its object ("accused supporters of ... of ..."). None when the statement
    names no side or says nothing of it (the usual rules then read it)."""
    from .judged import said_of

    for tok in tokens:
        sign = _side(tok, terms)
        if sign == 0 or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"} or _held(tok):
            continue
        said: list[str] = []
        judgement = said_of(tok, tokens, terms, said)
        if judgement == 0 and tok.dep_ == "dobj" and (judgement := _verb_valence(tok.head)):
            said.append(tok.head.text)
        if judgement == 0:
            continue
        score = sign * judgement
        side = "for" if sign > 0 else "against"
        evidence.append(f"{'+' if score > 0 else '-'}{tok.text} (a side {side}) judged {'well' if judgement > 0 else 'badly'}: "
                        + ", ".join(e.lstrip("+-") for e in said[:3]))
        return score
    return None
