"""A question of a thing's returns set against its own cost, and the words of gain and loss that answer it (issue 9,
sessions 43-44).

"Will the Vendrath ferry link pay for itself?", "Will the Orsk canal recoup its construction costs?", "Will the Korvel
fair make a profit?" ask whether a thing earns back what it costs. Their speakers seldom repeat the question's verb: "it
will cover its day-to-day costs", "a line that makes money" say yes; "it will lose money", "it will cost the town money
each winter", "it would need a subsidy for ever" say no. Session 43 read them from a lexicon of money idioms for the
one question shape; session 44 reads them from WordNet 3.0 (`wordnet.py`), so any question of a return against a cost
is read, in any words WordNet files the same way:

- a noun is a gain (`GAIN`: a sense of possession under "financial gain", "income", "medium of exchange", "wealth":
  money, profit, earnings, revenue), a cost (`COST`: under "expenditure": cost, outlay, fare), money given to keep
  a thing going (`AID`: under "financial aid": subsidy, grant) or a loss (`LOSS`: a noun of possession whose antonym
  is, as a verb, one of acquiring: loss, "gain");
- a verb acquires (`ACQUIRE`: a sense of possession under "acquire" or "earn": make, earn, recoup, recover, get),
  loses (`LOSE`: a verb of possession whose antonym acquires: lose), needs (`NEED`: under "need", "require",
  "call for": need, require, cost "require to lose"), meets a charge (`MEET`: under "fulfil", "satisfy": cover, meet),
  or comes out even (`EVEN`: a verb of possession whose antonyms both acquire and lose: break even);
- a verb said with its object gives the sign (`balance`): acquiring a gain or the cost back (+), meeting the cost
  (+), coming out even (+), losing a gain (-), acquiring a loss or aid (-), needing a gain or aid (-); aid relied
  "on" or said as what the thing is (-).

The question is read as one of these (`recoup_sign`) when its object is reflexive under a verb of possession ("pay for
itself", "fund itself") or when its own verb and object read so ("cover its costs" +1, "lose money" -1); a
statement's sign is then multiplied by the question's. stance.py reads it where the stance words find no side.
tests/judge/test_proposition_opened43.py, tests/judge/test_recouping.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .counterfactual import unreal_past
from .proposition_phrases import head_noun
from .wordnet import NOUN_POSSESSION, NOUN_TIME, VERB_POSSESSION, wordnet

# Reflexive objects: the thing pays for itself, funds itself.
REFLEXIVE = frozenset({"itself", "themselves"})
# WordNet's synsets that head each class of noun and verb (the words of the synsets above a sense, `hypernym_words`).
GAIN_ABOVE = frozenset({"financial gain", "income", "medium of exchange", "wealth"})
AID_ABOVE = frozenset({"financial aid"})
COST_ABOVE = frozenset({"expenditure", "outgo"})
NEED_ABOVE = frozenset({"need", "require", "call for"})
ACQUIRE_ABOVE = frozenset({"acquire", "earn"})
MEET_ABOVE = frozenset({"fulfil", "fulfill", "satisfy"})
GAIN, LOSS, COST, AID = "gain", "loss", "cost", "aid"
# `money_word`'s answer for a verb of coming out even, whose sign is the question's (`gain_asked`).
EVENED = 2
ACQUIRE, LOSE, NEED, MEET, EVEN = "acquire", "lose", "need", "meet", "even"
# The sign of a verb's class said with its object's class (`balance`); a class of verb with None needs no object.
SIGNS: dict[tuple[str, str | None], int] = {
    (ACQUIRE, GAIN): 1, (ACQUIRE, COST): 1, (ACQUIRE, LOSS): -1, (ACQUIRE, AID): -1,
    (MEET, COST): 1, (EVEN, None): 1,  # (coming out even is no gain: `money_said`'s `even` under "make a profit")
    (LOSE, GAIN): -1,
    (NEED, GAIN): -1, (NEED, AID): -1,
}


def _lexfile(offset: int, pos: str) -> int | None:
    return wordnet().lexfile_of(offset, pos)


@lru_cache(maxsize=8192)
def noun_class(lemma: str) -> str:
    """GAIN, COST, AID or LOSS for a noun whose first two senses hold one of possession under those heads, LOSS for one
    derived from a verb of losing ("loss"), "" otherwise."""
    net = wordnet()
    for offset in net.synsets(lemma, "noun")[:2]:
        if _lexfile(offset, "noun") != NOUN_POSSESSION:
            continue
        above = net.hypernym_words(offset, "noun", 4)
        for heads, kind in ((AID_ABOVE, AID), (COST_ABOVE, COST), (GAIN_ABOVE, GAIN)):
            if above & heads:
                return kind
    if any(_lexfile(o, "noun") == NOUN_POSSESSION for o in net.synsets(lemma, "noun")[:6]) and any(
            map(_acquires, net.antonyms(lemma, "n", 6))):
        return LOSS  # "loss": its antonym "gain" is, as a verb, one of acquiring
    return ""


@lru_cache(maxsize=8192)
def _acquires(lemma: str) -> bool:
    """A sense of possession among the verb's first ten under "acquire" or "earn" ("make" earns in its tenth)."""
    net = wordnet()
    return any(_lexfile(o, "verb") == VERB_POSSESSION and net.hypernym_words(o, "verb", 2) & ACQUIRE_ABOVE
               for o in net.synsets(lemma, "verb")[:10])


@lru_cache(maxsize=8192)
def _loses(lemma: str) -> bool:
    """A verb of possession (its first sense) whose antonym acquires ("lose": "win")."""
    net = wordnet()
    offsets = net.synsets(lemma, "verb")
    return bool(offsets) and _lexfile(offsets[0], "verb") == VERB_POSSESSION and any(
        _acquires(a) for a in net.antonyms(lemma, "v", 2))


@lru_cache(maxsize=8192)
def verb_class(lemma: str) -> str:
    """NEED, EVEN, LOSE, ACQUIRE or MEET (the module's docstring), "" otherwise."""
    net = wordnet()
    offsets = net.synsets(lemma, "verb")
    if not offsets:
        return ""
    if any(net.hypernym_words(o, "verb", 2) & NEED_ABOVE for o in offsets[:3]):
        return NEED
    antonyms = net.antonyms(lemma, "v", 2)
    if _lexfile(offsets[0], "verb") == VERB_POSSESSION and any(map(_acquires, antonyms)) and any(map(_loses, antonyms)):
        return EVEN  # "break even": its antonyms are "profit" and "lose"
    if _loses(lemma):
        return LOSE
    if _acquires(lemma):
        return ACQUIRE
    if any(net.hypernym_words(o, "verb", 3) & MEET_ABOVE for o in offsets[:6]):
        return MEET
    return ""


def balance(verb: str, noun: str | None) -> int:
    """The sign of a verb said with its object (SIGNS), or of a phrase WordNet knows as one verb ("turn a profit",
    "break even"), 0 when it says no return against a cost."""
    kind = verb_class(verb)
    if kind == EVEN:
        return 1
    if noun is None:
        return 0
    for phrase in (f"{verb} {noun}", f"{verb} a {noun}"):
        if " " in phrase and wordnet().synsets(phrase, "verb") and (whole := verb_class(phrase)):
            return SIGNS.get((whole, None), 0) or SIGNS.get((whole, GAIN), 0)
    return SIGNS.get((kind, noun_class(noun)), 0)


def recoup_sign(question: Any) -> int:
    """+1 when the question asks whether its thing earns back its cost ("pay for itself", "pay its way", "cover its
    costs", "recoup its outlay", "make a profit"), -1 when it asks whether it loses ("lose money"), 0 otherwise; the
    question's object must be reflexive or a gain or a cost ("pay back the subsidy" is no such question)."""
    prop = getattr(question, "proposition", None)
    if prop is None or getattr(prop, "negated", False):
        return 0
    words = (getattr(prop, "predicate", "") or "").lower().split()
    if not words:
        return 0
    verb, thing = words[0], (getattr(prop, "object", "") or "").lower()
    if thing in REFLEXIVE:
        return 1 if returns_on_itself(verb, thing) else 0
    if thing.split() in (["its", "way"], ["their", "way"]) and _pays(verb):
        # "pay its way": paying its own way is paying for itself (the review of session 44, item 6;
        # test_recouping.py::test_a_reflexive_transfer_is_no_return_and_paying_its_way_is)
        return 1
    whole = " ".join(words)
    if len(words) > 1 and wordnet().synsets(whole, "verb"):
        if (sign := balance(whole, head_noun(thing) or None)) or verb_class(whole) == EVEN:
            return sign or 1
    head = _lemma(head_noun(thing))
    kind = noun_class(head) if head else ""
    if head and kind not in {GAIN, COST}:
        return 0
    if kind == GAIN and verb_class(verb) in {ACQUIRE, NEED} and not _earns(verb):
        # money acquired but not earned, or needed ("adopt the budget", "need more funds"), is no return asked
        # (tests/judge/test_recouping.py::test_a_question_of_a_return_against_a_cost)
        return 0
    return balance(verb, head or None)


@lru_cache(maxsize=8192)
def _earns(lemma: str) -> bool:
    """A sense of possession among the verb's first ten that is or falls right under "earn" ("make", "turn a profit");
    not "acquire" alone ("adopt", "borrow")."""
    net = wordnet()
    return any(_lexfile(o, "verb") == VERB_POSSESSION and "earn" in net.hypernym_words(o, "verb", 1)
               for o in net.synsets(lemma, "verb")[:10])


def _lemma(word: str) -> str:
    """A plural noun's singular where only it has a class ("costs" -> "cost": WordNet files "costs" as a court's)."""
    if noun_class(word) or not word.endswith("s"):
        return word
    return word[:-1] if noun_class(word[:-1]) else word


def recoup_asked(question: Any) -> bool:
    return recoup_sign(question) != 0


def returns_on_itself(predicate: str, thing: str) -> bool:
    """The question's act is done by its thing to itself under a verb that pays or acquires ("pay for itself", "fund
    itself", "finance itself"): the words derived from the verb ("payer", "payment", "funder") name other parties'
    payments, not the thing's. Not a transfer of itself ("sell itself": the review of session 44, item 5;
    test_recouping.py::test_a_reflexive_transfer_is_no_return_and_paying_its_way_is)."""
    words = predicate.lower().split()
    if not words or thing.lower() not in REFLEXIVE or verb_class(words[0]) == LOSE:
        return False
    return verb_class(words[0]) in {ACQUIRE, MEET} or _earns(words[0]) or _pays(words[0])


# The WordNet verbs of possession whose hyponyms pay for something ("fund", "finance", "bankroll").
PAYING = frozenset({"pay", "finance"})


@lru_cache(maxsize=1024)
def _pays(lemma: str) -> bool:
    """A sense of possession among the verb's first two that is or falls right under "pay" or "finance"."""
    net = wordnet()
    return any(_lexfile(o, "verb") == VERB_POSSESSION and net.hypernym_words(o, "verb", 2) & PAYING
               for o in net.synsets(lemma, "verb")[:2])


def _aided(noun: Any) -> bool:
    """An AID noun said as what the thing takes ("would need a subsidy", "a subsidy will be needed": `balance`), relies
    "on" ("will rely on subsidies"), or is ("the line is a subsidy by another name"); not aid it repays ("would repay
    the subsidy within ten years": the review, session 43)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # ("needs subsidies and grants")
    head = noun.head
    if noun.dep_ == "nsubjpass":
        return balance(head.lemma_.lower(), noun.lemma_.lower()) < 0
    if noun.dep_ == "pobj":
        # ("relies on subsidies", "lives on grants"; not "spent on subsidies", a verb of possession of its own)
        verb = head.head
        return head.lower_ in {"on", "upon"} and verb.pos_ == "VERB" and verb_class(verb.lemma_.lower()) in {"", NEED} \
            and not any(_lexfile(o, "verb") == VERB_POSSESSION for o in wordnet().synsets(verb.lemma_.lower(), "verb")[:1])
    return noun.dep_ in {"attr", "acomp", "oprd"}


def _objects(tok: Any) -> list[Any]:
    """A verb's objects and their conjuncts ("make money and profits")."""
    out = [c for c in tok.children if c.dep_ in {"dobj", "attr"} or (c.dep_ == "npadvmod" and c.pos_ != "NOUN")]
    return out + [c for o in out for c in o.children if c.dep_ == "conj"]


def money_word(tok: Any) -> int:
    """+1 for a word that says the thing earns its cost back, -1 for one that says it does not, 0 otherwise (before
    negation): a verb with its object (`balance`), a verb that comes out even, aid taken (`_aided`)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        particles = [c.lemma_.lower() for c in tok.children if c.dep_ == "prt"]
        verbs = [f"{lemma} {p}" for p in particles if wordnet().synsets(f"{lemma} {p}", "verb")] + [lemma]
        for verb in verbs:
            if verb_class(verb) == EVEN:
                return EVENED
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if after is not None and after.pos_ == "ADV" and wordnet().synsets(f"{lemma} {after.lower_}", "verb") and \
                    verb_class(f"{lemma} {after.lower_}") == EVEN:
                return EVENED  # "break even within five years": the parser may hang "even" on the next phrase
            for obj in _objects(tok):
                if sign := balance(verb, obj.lemma_.lower()):
                    return sign
                if any(t.tag_ == "$" for t in obj.subtree) and (sign := SIGNS.get((verb_class(verb), GAIN), 0)):
                    return sign  # "lost almost 290,000 pounds" written with its currency sign: an amount of money
        return 0
    if tok.pos_ == "NOUN" and noun_class(lemma) == AID and _aided(tok):
        return -1
    return 0


def _another_time(verb: Any) -> bool:
    """A clause describing a time ("the winters when the fair lost money"): said of another time than the question's
    (WordNet's noun.time; tests/judge/test_recouping.py::test_a_gain_or_loss_of_another_time_is_no_side)."""
    def timed(noun: Any) -> bool:
        return noun.pos_ == "NOUN" and wordnet().lexfile(noun.lemma_.lower(), "n") == NOUN_TIME

    if verb.dep_ == "relcl" and timed(verb.head):
        return True
    # (the parser may hang "when it lost money" on the main verb: the time noun stands right before "when")
    return any(c.lower_ == "when" and c.i > 0 and c.i < verb.i and timed(verb.doc[c.i - 1]) for c in verb.children)


def _without_aid(verb: Any) -> bool:
    """"without the grant it would have lost money": the loss told is what the thing would make with no aid, which it
    needs; the counterfactual does not turn it (test_recouping.py::test_a_past_counterfactual_turns_a_gain_or_loss)."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        o.dep_ == "pobj" and noun_class(o.lemma_.lower()) == AID for o in c.children) for c in verb.children)


def gain_asked(question: Any) -> bool:
    """The question asks for a gain over the cost ("make a profit", "make money"), not the cost back: coming out even
    answers no (tests/judge/test_recouping.py::test_coming_out_even_is_no_profit)."""
    prop = getattr(question, "proposition", None)
    head = head_noun(getattr(prop, "object", "") or "") if prop is not None else ""
    return bool(head) and noun_class(_lemma(head)) == GAIN


def money_said(tokens: list, evidence: list[str], sign: int = 1, gain: bool = False) -> int:  # type: ignore[type-arg]
    """The sign of the first word of gain or loss a statement says (`money_word`; coming out even +1, or -1 where the
    question asks a gain, `gain`), turned where it is negated ("will never cover its costs", "does not need a
    subsidy") and by the question's own sign (`recoup_sign`: "lose money" asked), noted in `evidence`; 0 when it says
    none."""
    from .negation import negated

    for tok in tokens:
        found = money_word(tok)
        if found == 0 or _another_time(tok if tok.pos_ in {"VERB", "AUX"} else tok.head):
            continue
        if found == EVENED:
            found = -1 if gain else 1
        if unreal_past(tok if tok.pos_ in {"VERB", "AUX"} else tok.head) and not _without_aid(tok):
            found = -found  # "without the summer visitors the fair would have lost more": it did not lose it
            evidence.append(f"a past counterfactual: {tok.text}")
        # a noun is negated through the verb it hangs on ("does not need a subsidy")
        held = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
        if negated(held) or negated(tok):
            found = -found
        found *= sign
        evidence.append(f"{'+' if found > 0 else '-'}{tok.text} (its cost recovered or not)")
        return found
    return 0


def money_hit(tokens: list) -> str | None:  # type: ignore[type-arg]
    """The first word of gain or loss a statement says, as a word of the question (`money_word`), or None."""
    return next((tok.text for tok in tokens if money_word(tok) != 0), None)
