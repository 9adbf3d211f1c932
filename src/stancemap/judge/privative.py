"""Stance under a privative proposition: one whose predicate takes its object away ("block the
merger", "strike down the law", "ban cars", "halt construction of the pipeline").

Sentiment toward the object and stance toward the proposition then point opposite ways (a
compositional reading of polarity: Moilanen & Pulman 2007). So, for a word aimed at the object and
not at the act:
  a word of refusal or removal restates the proposition   "annul the law", "stop the takeover"   (+)
  the proposition's own verb asserts it                    "must block the merger"                (+)
  any other stance word counts the other way               "cleared the merger", "defended the law",
                                                           "the merger will go ahead"             (-)
Words aimed at the act itself ("welcomed the ban", "blocking the deal would be a disaster") keep
their sign. Pinned by tests/judge/test_privative.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract.lexicon import FAILING, GENERIC_THINGS, OCCURRING, PERMITTING, PRIVATIVE
from .kin import STANDING
from .negation import below, negated
from .terms import NOUN_GROUP, Terms
from .wordnet import ACT_FILES, NOUN_PERSON, NOUN_TIME, wordnet

Token = Any  # spaCy Token or parsed.ParsedToken
PRONOUNS = STANDING | {"that"}  # "that" too: "would not sign that"
CLAUSES_CUT = frozenset({"conj", "cc", "relcl", "advcl"})
TARGETS = frozenset({"dobj", "pobj", "prep", "xcomp", "ccomp", "nsubjpass", "acl", "attr", "oprd"})


PARTICLES = frozenset({"out", "down", "off", "up", "back", "away"})
# Generic names of a proposal that, under a privative predicate, name what is taken away ("approve
# the deal" under "block the merger"); "plan", "measure", "decision" may name the act itself.
OBJECT_THINGS = frozenset({"deal", "law", "agreement", "treaty", "scheme", "project"})
# The instruments a privative act is done by ("the repeal bill", "a motion to halt"): the act's side.
ACT_THINGS = frozenset({"bill", "motion", "amendment", "vote", "ballot", "referendum"})
# Instruments a privative predicate can take away ("repeal the Press Act"), besides the generic names.
INSTRUMENTS = OBJECT_THINGS | GENERIC_THINGS | frozenset({"act", "ordinance", "bylaw", "decree", "regulation", "rule",
                                                         "tax", "levy", "programme", "program"})


# WordNet verbs of taking a person away from a place or post: a predicate below one of them ("sack" ->
# displace -> remove, "extradite" -> expel, "unseat" -> remove) takes a person object away as "ban"
# takes away cars (tests/judge/test_stance_own_words.py pins "sack" and "extradite").
REMOVAL_ROOTS = frozenset({"remove", "expel", "oust"})


def removes_person(predicate: str, head_noun: str, named_person: bool) -> bool:
    """The predicate takes its object away, and that object is a person (a named one, or a noun whose
    most frequent sense is a person: "manager", "migrants"): a hypernym of one of its first two senses,
    up to four steps up, is a verb of REMOVAL_ROOTS. Only for a person object: for a thing the same
    hypernyms also hold of helping acts ("bail out" the water -> remove)."""
    wn = wordnet()
    if not (named_person or wn.lexfile(head_noun, "noun") == NOUN_PERSON):
        return False
    return bool(wn.hypernyms(predicate, "verb") & REMOVAL_ROOTS)


# WordNet verbs of ending, removing, preventing, delaying and undoing: a predicate that is one of them, or
# whose first two senses lie below one (up to three steps), takes its object away as "ban" does
# ("postpone" -> delay, "abandon" -> discard, "demolish" -> destroy, "discontinue" -> stop). Checked on
# general verbs (tests/judge/test_stance_direction.py): none of build, adopt, approve, renew, extend, join,
# sign, pass, recognise, host, run, win, raise, hold, open, relocate, charge, merge is below one of them.
ENDING = frozenset({"remove", "get rid of", "discard", "destroy", "unmake", "undo", "stop", "cease", "discontinue",
                    "end", "terminate", "prevent", "forbid", "prohibit", "disallow", "obstruct", "delay", "postpone",
                    "cancel", "invalidate", "annul", "abolish", "eliminate", "expel", "withdraw"})
# Verbs of leaving what they name ("leave the customs union", "exit the pact"): the one who leaves takes
# itself away from the object. Not through hypernyms: "run" (flee) lies below "leave".
LEAVING = frozenset({"leave", "exit"})


def takes_away(predicate: str, has_object: bool) -> bool:
    """The predicate ends, removes, prevents or delays its object (WordNet, ENDING), or leaves it."""
    if not predicate:
        return False
    if predicate in LEAVING:
        return has_object
    wn = wordnet()
    # A phrasal verb whose most frequent sense is a word of ending ("call off" = cancel, "vote down" = kill):
    # tests/judge/test_proposition.py::test_a_phrasal_verb_of_ending.
    return predicate in ENDING or bool(wn.hypernyms(predicate, "verb", senses=2, depth=3) & ENDING) or (
        " " in predicate and bool(wn.synonyms(predicate, "verb", senses=1) & (ENDING | PRIVATIVE)))


def takes_away_as_asked(predicate: str, nouns: set[str], has_object: bool) -> bool | None:
    """Whether the question's act ends, removes, prevents or delays what it is done to, read in the sense the question
    uses (a simplified Lesk, 1986, on WordNet's own senses): of the verb's senses, those whose frames fit the question
    (with a direct object or without: "the rate will drop" is not "drop the charges"), and of those the first whose
    gloss or examples name one of the object's nouns ("break planning law": "act in disregard of laws ...; 'break a
    law'", not "break" = terminate), else the two most frequent. None when WordNet does not know the verb
    (tests/judge/test_proposition_shapes26.py::test_privative_in_the_sense_the_question_uses)."""
    if predicate in LEAVING:
        return has_object
    wn = wordnet()
    senses = wn.synsets(predicate, "verb")
    if not senses:
        return None
    framed = [o for o in senses if wn.takes_object(o) == has_object]
    if not framed:
        return False  # no sense of the verb is used so ("sign off the new ferries": only "cease broadcasting")
    named = [o for o in framed if nouns & _gloss_words(wn.gloss(o, "verb"))] if nouns else []
    if has_object:
        # a sense whose gloss names its own object in brackets, not the question's ("bail out": "remove (water) from a
        # boat" under "bail out the ferry company"): another act (tests/judge/test_proposition.py::test_a_sense_of_another_object)
        framed = [o for o in framed if not _another_object(wn.gloss(o, "verb"), nouns)] or framed
    chosen = named[:1] or framed[:2]
    # a phrasal verb's own sense may be a word of ending ("call off" = cancel, "vote down" = kill), as in `takes_away`
    return any(wn.hypernym_words(o, "verb", depth=3) & ENDING or (" " in predicate and wn.hypernym_words(
        o, "verb", depth=0) & (ENDING | PRIVATIVE)) for o in chosen)


# A gloss opening with its verb and the object it is done to in brackets ("remove (water) from a boat").
BRACKETED_OBJECT = re.compile(r"^[a-z]+(?: [a-z]+)? \(([^)]+)\)")


def _another_object(gloss: str, nouns: set[str]) -> bool:
    """The gloss names in brackets the object its sense is done to, and none of the question's nouns is among it."""
    found = BRACKETED_OBJECT.match(gloss.lower())
    return found is not None and not nouns & _gloss_words(found.group(1))


def _gloss_words(gloss: str) -> set[str]:
    """A gloss's words, each also without a plural's "s" ("laws" -> "law")."""
    words = set(re.findall(r"[a-z]+", gloss.lower()))
    return words | {w[:-1] for w in words if w.endswith("s")}


def _phrase(tok: Token) -> str:
    """The verb with its particle ("strike down", "phase out", "kept out of the old town")."""
    particles = [c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod", "prep", "oprd"} and c.lower_ in PARTICLES]
    return " ".join([tok.lemma_.lower(), *particles[:1]])


def _targets(tok: Token) -> list[Token]:
    """What a word is aimed at: a verb's objects (a passive's subject), an occurrence verb's subject
    ("the merger will go ahead"), an adjective's noun ("a dangerous merger", "the merger is dangerous")."""
    chosen = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "against"}]
    if tok.lemma_.lower() == "vote" and chosen:
        # a vote is aimed at what it is for or against, not at the rest of its clause ("voted against the plan,
        # among them two members of the ruling group"; tests/judge/test_stance_taken_away.py)
        return [t for c in chosen for t in _below(c)]
    out = [t for c in tok.children if c.dep_ in TARGETS for t in _below(c)]
    if tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in _SAID_OF_SUBJECT or not any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children)):
        out += [t for c in tok.children if c.dep_ == "nsubj" for t in _below(c)]
    if tok.dep_ == "amod":
        out += _below(tok.head)
        if tok.head.dep_ in {"attr", "acomp"}:  # "the merger was a reckless gamble": said of the merger
            out += [t for c in tok.head.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in _below(c)]
    elif tok.dep_ == "oprd" and tok.head.lemma_.lower() in NAMING:
        # "called the route a disaster", "declared the law a threat": said of the verb's object
        # (tests/judge/test_stance_said_of.py)
        out += [t for c in tok.head.children if c.dep_ == "dobj" for t in _below(c)]
    elif tok.dep_ in {"acomp", "attr"} or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT | HOLDING):
        # "the merger is a threat", "the merger poses a threat", "the coach has our support": said of the subject
        out += [t for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in _below(c)]
    if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX", "ADJ"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        # "the merger was likely to be approved", "the sanctions need to stay": the raised subject
        holder = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        out += [t for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"} for t in _below(c)]
    return out


# Verbs that name or judge their object as what their second complement says ("called the route a disaster"; not "keep
# the ward open", a state brought about).
NAMING = frozenset({"call", "consider", "deem", "declare", "brand", "label", "dub", "term", "pronounce", "judge"})
# Verbs that judge their subject ("Lenk deserves more time", "the plant belongs here"): aimed at the subject.
MERITING = frozenset({"deserve", "merit", "earn", "belong"})
# Verbs whose object says what their subject is or does to the world ("poses a threat", "represents a risk").
LIGHT = frozenset({"pose", "represent", "constitute", "present", "become", "remain"})
# Verbs whose subject holds what their object names ("the coach has the support of the players", "enjoys our
# confidence"): a stance noun as their object is aimed at the subject (tests/judge/test_stance_taken_away.py).
HOLDING = frozenset({"have", "enjoy", "retain"})


def _below(tok: Token) -> list[Token]:
    """The subtree without coordinated branches, relative clauses or adverbial clauses."""
    return below(tok, CLAUSES_CUT)


@lru_cache(maxsize=8)
def act_kin(terms: Terms) -> frozenset[str]:
    """Other words for a privative act: the predicate's WordNet synonyms (terms.kin) and the verbs of
    ENDING above it ("delay" for "postpone", "prevent" for "block"), not its object's or opposite's."""
    if not terms.privative:
        return frozenset()
    wn = wordnet()
    above = {h for w in terms.event if w.isalpha() for h in wn.hypernyms(w, "verb", senses=2, depth=3) & ENDING}
    return frozenset((set(terms.kin) | above) - terms.object_words - terms.anchors - terms.opposites)


def gerunds(verb: str) -> set[str]:
    """The act's noun in -ing, which WordNet often lacks ("the scrapping of the line" under "scrap"): "scrap" ->
    "scrapping", "close" -> "closing", "sell" -> "selling" (the inverse of extract/frames_nouns._gerund_verb; the
    review, session 16: tests/judge/test_stance_own_words.py)."""
    if len(verb) < 3 or not verb.isalpha():
        return set()
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return {f"{verb[:-1]}ing"}
    # one syllable ending consonant-vowel-consonant doubles its last letter ("scrap", "ban", "cut")
    doubled = sum(1 for k, c in enumerate(verb) if c in "aeiou" and (k == 0 or verb[k - 1] not in "aeiou")) == 1 and (
        verb[-1] in "bdgklmnprtv" and verb[-2] in "aeiou" and verb[-3] not in "aeiou")
    return {f"{verb}{verb[-1]}ing"} if doubled else {f"{verb}ing"}


@lru_cache(maxsize=8)
def _sides(terms: Terms) -> tuple[frozenset[str], frozenset[str]]:
    """(act words, object words). The act's are its event words and every word of removal; the
    object's are the question's object nouns and names. The corpus's own names for the thing, and
    the generic names of a proposal ("the deal", "the law"), go with the object when the object is
    itself an act or an instrument ("block the merger": "the takeover", "the deal"; "repeal the
    Press Act": "the law"), and with the act otherwise ("ban cruise ships": "the bylaw", "the plan")."""
    obj = set(terms.object_words) | set(terms.anchors)
    # "lift the ban": an act the proposition undoes is its object, though a word of removal.
    act = set(terms.event) | act_kin(terms) | ((PRIVATIVE | ACT_THINGS) - obj)
    wn = wordnet()
    act |= {g for w in terms.event if w.isalpha() and wn.synsets(w, "v") for g in gerunds(w)}  # "the scrapping of"
    # Whether the object is an act or an instrument is its head noun's to say: "the voting age" is an amount,
    # though "voting" names an act (tests/judge/test_privative.py); a name (the anchors) may be one.
    heads = ({terms.object_head} if terms.object_head else set(terms.object_words)) | set(terms.anchors)
    proposal = any(w in INSTRUMENTS or _names_act(w) for w in heads)
    if proposal:
        obj |= OBJECT_THINGS
    # The question's subject is who does the act, neither the act nor what it takes away ("the board" of "Will the
    # board sack the coach?": "the board had confidence in the coach" judges the coach; test_stance_taken_away.py).
    for word in terms.things - terms.object_words - terms.participants - terms.subject_words:
        if word in act or word in obj or word in GENERIC_THINGS:
            continue
        if wn.derivations(word, "n") & PRIVATIVE or not proposal:
            act.add(word)  # "closure" <- close, "shutdown" <- shut down; "the bylaw" of a ban on ships
        else:
            obj.add(word)
    return frozenset(act), frozenset(obj - act)


def taken_names(terms: Terms) -> frozenset[str]:
    """The nouns naming what a privative act takes away: the question's object nouns and the corpus's
    names that go with them by `_sides` ("the deal", "the merger" under "block the takeover"), not the
    names of its participants."""
    _, obj = _sides(terms)
    return (obj - terms.anchors - terms.participants) | terms.object_words


def _names_act(noun: str) -> bool:
    """A noun naming an act: WordNet derives a verb from it ("merger" <- merge, "construction" <- construct)."""
    wn = wordnet()
    return any(wn.synsets(d, "v") for d in wn.derivations(noun, "n")) and wn.lexfile(noun, "n") in ACT_FILES


def permits(tok: Token, terms: Terms) -> bool:
    """A verb of letting be aimed at the proposition's object or act ("cleared the merger", "cannot be
    allowed to continue"); "who kept this town running" is aimed at neither and says nothing."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERMITTING:
        return False
    act, obj = _sides(terms)
    words = {w for t in _targets(tok) if t.i != tok.i for w in (t.lower_, t.lemma_.lower())}
    return bool(words & (act | obj))


def aimed_at_object(tok: Token, terms: Terms) -> bool:
    """The word's target names the object, and neither the target nor the word's clause names the
    act ("the repeal was a rash bet with public health" judges the act)."""
    act, obj = _sides(terms)
    targets = [t for t in _targets(tok) if t.i != tok.i]
    # a target verb counts with its particle: "tearing up the law" names the act, not the law
    words = {w for t in targets for w in (t.lower_, t.lemma_.lower(), _phrase(t))}
    # The instruments of the act are nouns ("the vote", "a motion"): "will vote to retain the coach" is no act named.
    clause = {w for t in _clause(tok).subtree if not (t.pos_ == "VERB" and t.lemma_.lower() in ACT_THINGS)
              for w in (t.lower_, t.lemma_.lower())}
    return bool(words & obj) and not (words & act) and not (clause & ((act - PRIVATIVE) | terms.event))


def acts_as_subject(tok: Token, terms: Terms) -> bool:
    """The act as a gerund or clause subject ("tearing up the law would be an insult to voters",
    "halting the works was a question for the ministry"): what is judged, not a judgement."""
    if tok.pos_ != "VERB" or tok.dep_ not in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
        return False
    act, _ = _sides(terms)
    return tok.lemma_.lower() in act or _phrase(tok) in act


def names_act(tok: Token, terms: Terms) -> bool:
    """A noun naming the act itself ("the repeal", "a ban"): the topic, not a stance word."""
    act, _ = _sides(terms)
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.lemma_.lower() in act or tok.lower_ in act)


def _clause(tok: Token) -> Token:
    node = tok
    while node.head.i != node.i and node.dep_ not in {"ccomp", "advcl", "relcl", "ROOT", "conj"}:
        node = node.head
    return node


def restates(tok: Token, terms: Terms) -> int:
    """+1 when the word is the proposition's act (or another word of removal) aimed at its object
    ("annul the law", "must block the merger", "cars must be kept out"); -1 when that is negated;
    0 otherwise. Negation is read by negation.negated."""
    if tok.pos_ != "VERB" or tok.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass", "pcomp"}:
        return 0  # "repealing it would be a boon to ...": the act as a subject is judged, not asserted
    act, obj = _sides(terms)
    lemma, phrase = tok.lemma_.lower(), _phrase(tok)
    if (gone := _departs(tok, obj)) != 0:
        return gone
    if (away := _belongs_elsewhere(tok, obj | terms.subject_words | terms.participants | terms.anchors)) != 0 and any(
            c.dep_ == "nsubj" and any(t.lower_ in obj or t.lemma_.lower() in obj or t.lower_ in PRONOUNS for t in c.subtree)
            for c in tok.children):
        return away  # "the levy belongs in an archive": what the act takes away belongs elsewhere
    own = lemma in terms.event or phrase in terms.event or lemma in act_kin(terms)
    if not (own or lemma in PRIVATIVE or phrase in PRIVATIVE):
        return 0
    targets = [t for t in _targets(tok) if t.i != tok.i]
    words = {w for t in targets for w in (t.lower_, t.lemma_.lower())}
    if words & (act - {lemma, phrase}):
        return 0  # "block the ban", "reject the closure": aimed at the act, read by the usual rules
    if not (words & obj or (own and (not targets or words & PRONOUNS))):
        # "called on the panel to stop it", "the Tribunal should annul it": a word of removal aimed at a
        # pronoun restates the proposition when what the pronoun stands for is its object
        # (tests/judge/test_privative.py).
        if not (words & PRONOUNS and _antecedent(tok, act, obj) == "object"):
            return 0
    return -1 if negated(tok) else 1


def _antecedent(tok: Token, act: frozenset[str], obj: frozenset[str]) -> str | None:
    """What a pronoun after `tok`'s verb most likely stands for: the nearest common noun before the verb, in
    its sentence or the one before, that could be "it" (a singular subject or object of another verb, not a
    person or a group, who may do the act: "shoppers", "the board"), when it names the act ("act") or its
    object ("object"); None when it names neither ("urged the council to end it" after "the takeover set off
    a strike": the strike ends) or there is none ("the court will stop it" after "the order to send Emil
    Krasko to Velm")."""
    doc, start = tok.doc, tok.sent.start
    kept = getattr(doc, "kept", None)  # a record's parse keeps only some sentences (parsed.ParsedDoc)
    if start > 0 and (kept is None or kept(start - 1)):
        start = doc[start - 1].sent.start
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if t.pos_ != "NOUN":
            continue  # a common noun's phrase ("the deal"), not a name: the tagger takes persons for firms
        for w in (t.lower_, t.lemma_.lower()):
            if w in act:
                return "act"
            if w in obj:
                return "object"
        # The nearest noun "it" can stand for (a subject or object of another verb, singular, not a person
        # or a group) names something else: "it" is that (tests/judge/test_privative.py, "to end it").
        if t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.head.i != tok.i and t.tag_ != "NNS" \
                and wordnet().lexfile(t.lemma_.lower(), "noun") not in {NOUN_GROUP, NOUN_PERSON}:
            return None
    return None


# Verbs of going away: with what the act takes away as subject ("Lenk must go", "the sanctions have to
# go") they say the act's result (tests/judge/test_stance_direction.py).
GOING = frozenset({"go", "leave", "quit", "depart", "resign", "disappear", "vanish", "exit", "retire"})
# Verbs of staying with no complement: said of what the act takes away, they keep it.
STAYING = frozenset({"remain", "stay", "persist", "endure", "last"})
# Particles and complements that make "go" something else: "go ahead", "go through", "go on", "going to ...".
STAYING_ON = frozenset({"ahead", "through", "on", "forward", "back", "up", "down", "along"})


def _departs(tok: Token, obj: frozenset[str]) -> int:
    """+1 for a verb of going away whose subject names what the act takes away, -1 for one of staying
    ("the sanctions should remain", "the law must stay in force"); the other way when negated; 0 otherwise."""
    lemma = tok.lemma_.lower()
    if lemma in STAYING:
        if any(c.dep_ in {"xcomp", "ccomp", "acomp", "oprd", "dobj", "attr"} for c in tok.children):
            return 0  # "remain closed", "stay open": read by judge/state.py
        if tok.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return 0  # "every month this rule stays in force": a description, not a position
        sign = -1
    elif lemma in GOING and not any(
            c.lower_ in STAYING_ON or c.dep_ in {"xcomp", "ccomp", "prep", "dobj", "advcl"} for c in tok.children):
        sign = 1
    else:
        return 0
    holder = tok.head if tok.dep_ == "xcomp" and tok.head.i != tok.i else tok  # "the sanctions had to go"
    subject = [t for c in holder.children if c.dep_ == "nsubj" for t in _below(c)]
    if not any(t.lower_ in obj or t.lemma_.lower() in obj for t in subject):
        return 0
    return -sign if negated(tok) else sign


# Where a thing "belongs" away from its place: a past time (WordNet's noun.time among a noun's first three senses, said
# as the past: "the past", "history", with a word of a former time: "a bygone era", "another decade", or a clause in
# the past tense: "an era when only the rich had tutors"; not "the future", "the present age") or a place things are
# put away in (a first sense below one of these WordNet nouns within three steps: "an archive" -> depository; "the
# scrapheap" -> dump; not any container: "a toolbox"). The review of session 44: tests/judge/test_privative_belongs.py
# (test_belonging_in_a_time_to_come_or_a_tool_kept_is_no_side_for_the_act; the past clause: test_belonging_elsewhere).
PAST_TIMES = frozenset({"past", "history"})
FORMER = frozenset({"another", "bygone", "old", "former", "earlier", "past", "previous", "last"})
STORES = frozenset({"depository", "dump"})


def _belongs_elsewhere(tok: Token, ours: frozenset[str]) -> int:
    """+1 for "belong" with "in" or "to" before a time or a made thing that names none of the question's words nor a
    pronoun ("the levy belongs in an archive", "belongs to another century"): what the act takes away belongs elsewhere;
    -1 negated; 0 otherwise ("belongs here", "belongs to us", "belongs in the harbour" under "ban ships from the
    harbour"). Issue 9, session 44 (q_entrance); tests/judge/test_privative_belongs.py."""
    if tok.lemma_.lower() != "belong":
        return 0
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "to"}):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if any(t.lower_ in ours or t.lemma_.lower() in ours or t.pos_ in {"PRON", "PROPN"} for t in noun.subtree):
                continue
            lemma = noun.lemma_.lower()
            past = lemma in PAST_TIMES or any(c.dep_ in {"amod", "det"} and c.lower_ in FORMER for c in noun.children) or any(
                c.dep_ in {"relcl", "acl"} and c.tag_ == "VBD" for c in noun.children)
            if (past and NOUN_TIME in wordnet().lexfiles(lemma, "noun")) or \
                    wordnet().hypernyms(lemma, "noun", senses=1, depth=3) & STORES:
                return -1 if negated(tok) else 1
    return 0


# Unions the functions above test words against, built once (a union in a loop is rebuilt at every token).
_OCCURRING_OR_FAILING = OCCURRING | FAILING
_SAID_OF_SUBJECT = _OCCURRING_OR_FAILING | MERITING
