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
from ..extract.lexicon import BEING, NEGATIVE, POSITIVE, REFUSING, WANTING
from .terms import Terms
from .wordnet import NOUN_PERSON, NOUN_TIME

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
            return _told_in_past(node)
        if node.head.i == node.i or node.dep_ in {"ccomp", "xcomp", "relcl", "conj"}:
            return False
        node = node.head
    return False


def _told_in_past(clause: Token) -> bool:
    """An adverbial clause of time told in the past (`narrated`'s test of the first such clause it meets)."""
    # a clause under a modal ("would force him out before the season opened") is a past shifted by reported
    # speech, time to come
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS for c in clause.children) and (
        clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in clause.head.children)


def narrated_words(tokens: list[Token]) -> set[int]:
    """The indices of the statement's `tokens` that are `narrated` (kept: the tokens' own indices). A word is narrated only
    under an adverbial clause told in the past that hangs on a word of the statement, a child of one of `tokens`; where
    none does (most statements), none is, and no word's heads are walked (issue 11, session 43: the same words,
    tests/judge/test_judging_cheaper.py::test_narrated_words_are_those_narrated)."""
    if not any(c.dep_ == "advcl" and _told_in_past(c) for t in tokens for c in t.children) and not any(
            t.dep_ == "advcl" and t.head.i == t.i for t in tokens):  # (a clause heading itself is no child)
        return set()
    kept = {t.i for t in tokens}
    return {tok.i for tok in tokens if narrated(tok, kept)}


def hoped_not(tok: Token, terms: Terms) -> int | None:
    """A word of wanting whose clause is negated: "she hoped it would not come to that" wants the thing not to
    happen (-1, when the clause names no act or stance word of its own); "hoped the council would not approve
    it" leaves the sign to the clause's own words (0). None for any other word; polarity._word reads it
    (tests/judge/test_stance_aim.py)."""
    if tok.lemma_.lower() not in WANTING or tok.lemma_.lower() not in POSITIVE:
        return None
    from .negation import below, negated  # (past the test most tokens stop at, as in `_side`)

    if negated(tok):
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
    # (a quotation may open on it: '"Even if the board ...': session 30, tests/judge/test_conditions_conceded.py)
    return bool(before) and before[-1].lstrip("\"“‘'(") == "even"


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


# `_side`'s helpers from modules that import this one (negation imports aim), bound once.
_SIDE_HELPERS: tuple[Any, ...] | None = None


def _side_helpers() -> tuple[Any, ...]:
    global _SIDE_HELPERS
    from .negation import below
    from .polarity import word_sign
    from .privative import aimed_at_object

    _SIDE_HELPERS = (below, word_sign, aimed_at_object)
    return _SIDE_HELPERS


def _side(tok: Token, terms: Terms) -> int:
    """The side toward the proposition the noun `tok` names, with what it is for or against in its phrase:
    an agent noun ("opponents of the plan", "supporters of membership"), a noun of taking a side ("the
    opposition to the bill"), or people a stance verb describes ("the people fighting the terminal",
    "those who oppose the plan"). 0 when it names none."""
    if tok.pos_ not in {"NOUN", "PRON"}:
        return 0
    # (bound at the first call, not imported at each: an import in a function costs about a microsecond a call, and
    # this is asked of every noun of a judged statement; docs/performance.md, sessions 26 and 29)
    below, word_sign, aimed_at_object = _SIDE_HELPERS or _side_helpers()
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


# Where a side named stands when something is said of it: the subject, the object, the copula's complement.
JUDGED_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def judged_side(tokens: list[Token], evidence: list[str], terms: Terms) -> int | None:
    """The signed stance of a statement that judges a side on the proposition, noted in `evidence`: the
    side's sign times the sign of what is said of it (judged.said_of), or, when that says nothing, of the
    verb that takes the side as its object ("accused supporters of ... of ..."). None when the statement
    names no side or says nothing of it (the usual rules then read it)."""
    from .judged import said_of

    for tok in tokens:
        # (the dependency first: `_side` reads the parse and WordNet only, and most tokens hold no such place; issue 11,
        # session 43: the same sides, tests/judge/test_judging_cheaper.py::test_a_side_judged_is_read_in_a_side_s_place_only)
        if tok.dep_ not in JUDGED_PLACES:
            continue
        sign = _side(tok, terms)
        if sign == 0 or _held(tok):
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


# What a word is said of (issue 9, session 23). A stance or evaluative word is evidence on the question only when
# the phrase it is aimed at reaches the question's act or thing; one aimed at another argument (a participant noun,
# another act, another event) is not evidence, and the statement falls to the next mechanism.
# Copular verbs whose subject a complement is said of ("the plan is reckless", "the drivers are the best").
# lexicon.BEING's verbs of being, without "get" (also a verb of receiving: "got a fine") and with "prove" ("proved a
# disaster").
COPULAS = (BEING - {"get"}) | {"prove"}
# Prepositions by which a noun names what it is for or against ("support for", "opposition to", "a campaign against");
# not "of", as often the one it is done to or who holds it ("a betrayal of the nurses", "the support of the board").
FOR_OR_AGAINST = frozenset({"for", "to", "against", "behind", "toward", "towards"})
# A noun's aim also by "on" and "over": what a freeze, a ban or doubts are on or over (session 41: DEVELOP +2).
NOUN_AIMS = FOR_OR_AGAINST | frozenset({"on", "over"})
# Pro-forms that may stand for the question's thing, as a pronoun may: nothing here resolves them ("this one"; no test
# pins them yet).
PRO_FORMS = frozenset({"one", "ones"})
# Indefinite pronouns name no antecedent, so they never stand for the question's act or thing: "bring us somebody to
# vote for" is a vote for a candidate, not for the act (session 38; tests/judge/test_stance_votes_aimed.py).
INDEFINITES = frozenset({"someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody",
                         "everything", "nobody", "nothing", "whoever", "whatever"})
# The first and second persons stand for the speaker and the one spoken to, never for an act or a thing: "I'd welcome
# the auditors' visit" is aimed at the visit, not at the question because its subject is "I" (session 38: DEVELOP +4, 7
# statements right after, 3 before; tests/judge/test_stance_aimed.py).
SPEAKERS = frozenset({"i", "me", "myself", "we", "us", "ourselves", "you", "yourself", "yourselves"})


def _targets(terms: Terms) -> frozenset[str]:
    """The words that name the question: its act (and the act in other words), the thing, its opposite, the
    names in it and its subject."""
    return terms.topic | terms.participants | terms.subject_words | terms.object_words | terms.kin


def _predicated_of(word: Token) -> list[Token] | None:
    """What a complement is said of: the subject of its copula ("the plan is reckless"), the object of the verb it
    completes ("called the route a disaster", "treat a waiver as a betrayal"); None when it is no complement, or
    the subject is an "it" put before a clause ("it is hard to see ...": the clause is judged, read as it is)."""
    head = word.head
    if head.i == word.i:
        return None
    if word.dep_ == "pobj" and head.lower_ == "as" and head.head.i != head.i:
        head, relation = head.head, "oprd"  # "would treat a waiver as a betrayal"
    else:
        relation = word.dep_
    if relation == "oprd":
        found = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
        return found or None
    if relation not in {"acomp", "attr"} or head.lemma_.lower() not in COPULAS:
        return None
    if any(c.dep_ == "expl" for c in head.children):
        return None
    found = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}]
    if not found and head.dep_ == "conj":  # "was late and is a disgrace": the first verb's subject
        found = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found or None


def _aims(tok: Token) -> list[Token] | None:
    """The phrases the word is aimed at, or None when the parse does not say (the word then counts): a verb its
    whole phrase (its doer, objects and clauses: "a toll would drive lorries away" is said of the act); an
    adjective its noun and what that noun is said of, or its copula's subject and its own complement ("confident the
    bill would pass"); a noun, predicated, its subject, or else what it is for or against ("support for the
    workers")."""
    if tok.pos_ == "VERB":
        # "will hurt trade because deliveries will be slower": a clause of reason is said of the clause it explains
        return [tok, tok.head] if _reason(tok) else [tok]
    if tok.pos_ == "ADJ" and tok.dep_ in {"amod", "compound"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        noun = tok.head
        return [noun, *(_predicated_of(noun) or [])]  # "this is a reckless gamble": said of "this" too
    if tok.pos_ in {"ADJ", "NOUN"} and (said := _predicated_of(tok)) is not None:
        own = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp", "prep"}] if tok.pos_ == "ADJ" else []
        if any(c.dep_ == "xcomp" for c in own):
            # "they were ready to talk about the new timetable", "she was eager to speak of her garden": an
            # adjective with an infinitive of its own is aimed at what it is ready to do, not at who is ready
            # (session 33; tests/judge/test_stance_aimed.py::test_ready_to_do_another_thing)
            return own
        # "the council was sure the plan would pass", "ready for the final"; and the clause it is said in
        # ("expelling him would be a mistake", however the parser hangs its subject)
        return said + own + [tok.head]
    if tok.pos_ == "NOUN":
        # (and "on"/"over": "a freeze on parking charges", "doubts over the plan" name what is refused; session 41,
        # tests/judge/test_stance_aimed.py::test_a_refusal_on_another_thing)
        found = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in NOUN_AIMS
                 for g in c.children if g.dep_ in {"pobj", "pcomp"}]
        return found or None
    return None


# Branches of a phrase that say something else than what it is: a clause of time or reason, a coordinated phrase.
APART = frozenset({"advcl", "conj", "cc", "parataxis"})
# Subordinators of a clause of reason or condition, one thought with the clause it qualifies ("would back the motion
# if the old chair was still in office": tests/judge/test_stance.py::test_stance_conditions_that_demand_or_require).
REASONS = frozenset({"because", "so", "if", "unless", "provided"})


def _phrase(head: Token) -> list[Token]:
    """The head's subtree without the branches of APART, but with a clause of reason or condition ("families would
    suffer because the wind farm is loud": the suffering is said of the farm)."""
    out, stack = [], [head]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in APART or _reason(c))
    return out


def _reason(clause: Token) -> bool:
    """An adverbial clause of reason or condition ("because ...", "if ...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASONS for c in clause.children)


def _reaches(phrase: Token, targets: frozenset[str]) -> bool:
    """The phrase names the question (a word of `targets` anywhere in it) or may stand for it (a pronoun: nothing
    here resolves it), or it names nothing at all (no noun or verb of its own to be about something else)."""
    contents = False
    for t in _phrase(phrase):
        if _names([t], targets) or ((t.pos_ == "PRON" or t.lower_ in PRO_FORMS) and t.dep_ not in {"det", "mark", "poss"}
                                    and t.lower_ not in INDEFINITES and t.lower_ not in SPEAKERS):
            return True
        contents = contents or (t.pos_ in {"NOUN", "PROPN", "VERB"} and t.i != phrase.i) or (
            t.i == phrase.i and t.pos_ in {"NOUN", "PROPN"})
    return not contents


def aimed_elsewhere(tok: Token, terms: Terms) -> bool:
    """The stance or evaluative word `tok` is said of another argument: no phrase it is aimed at names the
    question's act, thing or names, or a pronoun that may stand for them ("the finest engineers in the county",
    "three hikers were killed on the coast road", "support for the workers"); it is then no evidence (polarity.py and
    evaluative.py pass it over; tests/judge/test_stance_aimed.py). The question's own words are never passed over."""
    targets = _targets(terms)
    if _names([tok], targets):
        return False
    aims = _aims(tok)
    return aims is not None and not any(_reaches(a, targets) for a in aims) and not _done_by_ours(tok, targets)


# Where a walk up from a word stops: the clause it stands in is another's (reported, coordinated, set beside, or an
# adverbial clause: of time, reason or condition).
WALK_STOPS = frozenset({"ccomp", "conj", "parataxis", "advcl"})
# What a verb does to or makes of something: its object or complement, not an adjunct ("fell on the day of a storm";
# tests/judge/test_stance_aimed.py, its "leave X with a ruined view" a strict xfail: a prepositional complement too).
DONE = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "xcomp"})


def _done_by_ours(tok: Token, targets: frozenset[str]) -> bool:
    """The word stands in what the question's act or thing does: the predicate of a clause whose active subject names
    it ("a toll would drive lorries away", "closing the pier would leave a scar every visitor will notice": a
    consequence of the act, judged by its words), not in that subject itself nor in an adjunct ("the vote fell on the
    day of a terrible storm")."""
    node = tok
    for _ in range(8):
        head = node.head
        if head.i == node.i or node.dep_ in WALK_STOPS:
            return False
        if head.pos_ in {"VERB", "AUX"} and node.dep_ in DONE and any(
                c.dep_ in {"nsubj", "csubj"} and c.pos_ != "PRON" and _names(_phrase(c), targets)
                for c in head.children):
            return True
        node = head
    return False


# The prepositions that name what a vote or an answer is cast on ("vote against the rail motion", "say yes to it").
VOTED_ON = frozenset({"for", "against", "to", "on"})


def vote_elsewhere(tok: Token, terms: Terms) -> bool:
    """A vote or an answer that names what it is cast on, and none of it names the question: another vote ("whoever
    votes against the rail motion", "the board said yes to new ticket machines" under a question on another act); it
    takes no side on the question. A vote that names nothing ("will vote yes") or a pronoun ("vote against it")
    counts (polarity.py; tests/judge/test_stance_votes_aimed.py)."""
    named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in VOTED_ON
             for g in c.children if g.dep_ in {"pobj", "pcomp"} and not _a_time(g)]
    if tok.lemma_.lower() == "vote":  # "votes the bill down"; what "say" takes is the words said ("I'd say a loss")
        named += [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in {"yes", "no"}]
    if (noun := cast_on_noun(tok)) is not None:
        named.append(noun)  # "they want a candidate to vote for"
    targets = _targets(terms)
    return bool(named) and not any(_reaches(g, targets) or g.lemma_.lower() in PROPOSALS for g in named)


# General nouns of a proposal: "voted against the plan" votes on the question's act as "against it" does, whatever words
# the question uses for it (tests/judge/test_stance_taken_away.py::test_what_the_act_takes_away_kept).
PROPOSALS = frozenset({"plan", "proposal", "scheme", "idea", "measure", "move", "change", "decision", "project",
                       "policy", "option", "offer", "deal"})


def _a_time(word: Token) -> bool:
    """"on Tuesday", "on the day": when a vote is cast, not what it is cast on."""
    return word.ent_type_ in {"DATE", "TIME"} or (word.pos_ == "NOUN" and lexfile(word.lemma_.lower()) == NOUN_TIME)


def cast_on_noun(vote: Token) -> Token | None:
    """The noun a vote in a clause describing it is cast on ("they want a candidate to vote for", "a version they
    could vote for"), or None. The parser hangs the clause on the noun (relcl, acl) or, after a verb of wanting, reads
    the noun as the infinitive's own subject with its preposition left without an object ("want a candidate to vote
    for") (ballot.py, `vote_elsewhere`; tests/judge/test_ballot.py, test_stance_votes_aimed.py)."""
    stranded = any(c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in vote.children)
    if vote.dep_ in {"relcl", "acl"} and vote.head.pos_ in {"NOUN", "PROPN", "PRON"} and vote.head.i != vote.i:
        return vote.head if stranded or not any(c.dep_ == "prep" for c in vote.children) else None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in vote.children)
    return next((c for c in vote.children if c.dep_ == "nsubj"), None) if stranded and infinitive else None
