"""Stances carried across the corpus: a statement with no stance words of its own, in an article
about the question, takes its speaker's stance from their statements that have some.

Measured on every annotated batch (docs/evaluation.md, "Issue 9, session 7: carried stances"):
- carrying from the speaker's own statements is right about 0.55-0.65 of the time and leaving
  those statements neutral about 0.3: kept. Which of them: the speaker's prevailing stance over the
  whole corpus, the article's only when the corpus's is tied. Taking the article's first was right
  on 127 of 218 statements of the 32 annotated batches, the corpus's first on 136 (session 9: ten
  batches gained, four lost; one quote misread in an article otherwise decided the article);
- carrying the stance of *others on the speaker's side* (their affiliation) was right 0.21 on
  twelve sealed batches where neutral would have been 0.64 (0.47 against 0.40 on the batches it was
  written on): a party's or a government's other members do not speak for this person; dropped;
- a statement of an article about the question that neither names it nor carries a stance was
  left None ("unrelated"); the annotators took most such statements (29 of 55 on the batches) as
  bearing on the question, and a None is then always wrong: it is neutral now, with evidence that
  says it is so by default. A statement of an article that never speaks of the question stays None;
- support carried onto a statement with a condition of its own is conditional only when the
  speaker states conditional support somewhere in the source it is carried from: a speaker whose
  support is plain there keeps it plain (the condition of a statement that does not name the
  question is mostly on something else: 13 such statements on the batches, the gold's support 10).
- opposition carried onto a statement whose own condition names what would change it ("would go along
  only if ...", "unless ...", "provided ...", "as long as ...") is conditional support, as stance.py reads a
  refusal under those markers in a statement's own words (session 18: 29 carried oppositions with a
  condition on DEVELOP, 13 right as oppose; under these markers 3 of 12 right as oppose, 9 as conditional).
- support carried onto a statement that refuses something until a thing is done ("will not return until the lights
  are fixed", "not before the survey is finished": a condition of its own dated by "until"/"before" and a negation
  outside it) is conditional, by `propagate`, `carry_learned_sides` and article.py's continuing statements (session 19:
  DEVELOP +5, VALIDATE and base unchanged: `waits_for`).
- a statement still neutral by default (outside any passage about the question, and no stance of its speaker's
  to carry) takes the side the learned layer read in its speaker's other statements, after the layer has read
  their own-words and passage neutrals (`carry_learned_sides`; session 18: DEVELOP +7, VALIDATE +2; one in a
  passage keeps the layer's own verdict or its neutral: taking it there lost 12); one left neutral after that is
  read by the layer itself (session 26: learned.second_opinions' last step).
- `propagate` returns, for each statement a side was carried onto, the neutral it had before, which the learned
  layer reads to withhold that side (session 26: learned.withhold_carried).
- a speaker whose every side in words is conditional (no plain support among them: conditional only, or conditional
  and opposed) carries nothing onto a statement with no condition of its own, where it was support (session 37: such
  speakers are as often opponents naming their price as supporters; a side carried from them was support 86 times
  right and opposition wanted 75 times on DEVELOP; left neutral, the statement is read by the learned layer: DEVELOP
  4,986 -> 5,063, VALIDATE 402 -> 403, BASE 227 -> 228). Onto one held on a condition of its own it is still
  conditional (`on_terms_only`, `SpeakerSides.on_terms`).
- a speaker read neutral in words by a rule (`read_neutral`) more often than on a side carries nothing (session 38:
  DEVELOP 5,444 -> 5,448, VALIDATE 408 -> 409, BASE 228 =; counting ties lost 6 and 4, every neutral 35 and 3).
- a side read in a statement's own words only through an anaphor ("refers back to") that leans against the side its
  speaker takes in their other statements' stronger readings takes that side, but an opposition is not turned into
  support on terms (`weakly_read`, `_outweigh`; session 41: DEVELOP 5,761 -> 5,779, VALIDATE 410 =, BASE 228 =; with
  evaluative-only readings as well DEVELOP 5,798 and BASE 230 but VALIDATE 408: not kept). Its evidence is the
  carried line, then what it outweighed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ..model import Stance, Statement
from .conditions import ASKED, held_on
from .stance import DEFERRING, TIMES_ONLY

# The first lines of `stance_evidence` this module writes (positions.py and learned.py read them).
CARRIED_IN_ARTICLE = "not stated here; the speaker's stance elsewhere in this article"
CARRIED_IN_CORPUS = "not stated here; the speaker's stance in other articles"
CARRIED_LEARNED = "not stated here; the speaker's side as the learned layer reads their other statements"
IN_PASSAGE = "in a passage about the question; no stance words"
IN_ARTICLE = "no stance words and none carried; in an article about the question"
# A silent statement that says it holds no side (judge/undecided.py, set in article.py): never carried over.
DECLARES_NO_SIDE = "declares no side"
SIDES = ("support", "oppose", "conditional")
# The markers of a condition that names the terms of a yes: stance.DEFERRING but those that mostly date a
# refusal ("not before the committee", "until then", "when"); and any condition led by "only" ("only if").
# Catches an opponent's "would back it only if X" (tests/judge/test_carry.py, ..._naming_the_terms_of_a_yes_...).
TERMS_OF_A_YES = DEFERRING - {"until", "before", "when"}


# The kinds of a condition that date what the statement refuses ("not before the survey is finished", "will not
# return until the lights are fixed"); a negation word outside the statement's conditions denies its main clause.
WAITING = frozenset({"until", "before"})
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def waits_for(s: Statement, content: str | None = None) -> bool:
    """The statement refuses something until a thing is done ("We will not fly again until the audit is
    published"): a condition of its own dated by "until" or "before", and a negation outside its conditions. A
    supporter's side carried onto it is conditional: the support waits for that thing (session 19; tests/judge/
    test_carry.py, ..._a_supporters_refusal_until_a_thing_is_done_...). `content`: its words where the statement
    does not hold them yet (article.py judges before the reduce fills them in)."""
    if not any(n.split(":")[0] in WAITING and n.split(":", 1)[1].strip() for n in s.conditions_normalized):
        return False
    rest = s.content if content is None else content
    for text in s.conditions:
        rest = rest.replace(text, " ")
    return bool(NEGATION.search(rest))


def names_terms(s: Statement) -> bool:
    """The statement's own condition names what its speaker's yes would take ("only if the routes are
    kept", "provided the price is audited"), not a threat on a plain "if" or a date."""
    kinds = {n.split(":")[0] for n in s.conditions_normalized}
    return bool(kinds & TERMS_OF_A_YES) or any(c.lower().startswith("only ") for c in s.conditions)


def declares_no_side(evidence: Sequence[str]) -> bool:
    """The statement says it holds no side (its evidence has DECLARES_NO_SIDE's line)."""
    return any(e.startswith(DECLARES_NO_SIDE) for e in evidence)


def by_default(s: Statement) -> bool:
    """Relevant, but no stance word: neutral on its one line of evidence, not one that declares no side
    (read here before carrying, and by article.py before asking judge/undecided.py)."""
    return s.stance == "neutral" and len(s.stance_evidence) == 1 and not declares_no_side(s.stance_evidence)


def _prevailing(values: list[Stance]) -> Stance | None:
    polar = [v for v in values if v in SIDES]
    if not polar:
        return None
    oppose = polar.count("oppose")
    leaning = len(polar) - oppose  # support and conditional support lean the same way
    if oppose * 2 > len(polar):
        return "oppose"
    if leaning * 2 <= len(polar):
        return None
    # Conditions belong to the statements that state them; the side they lean to is support,
    # "conditional" marks a speaker who states some of it on conditions.
    return "conditional" if "conditional" in polar else "support"


def on_terms_only(values: list[Stance]) -> bool:
    """The speaker's prevailing side is "conditional" and none of the sides they state in words is plain support:
    whether they would support the act at all is not known, only on what terms (catches a silent quote of an opponent
    who names his price being carried as support; tests/judge/test_carry.py, ..._only_on_terms_carries_no_support).
    (A prevailing "conditional" implies a conditional among the values: one predicate since session 38, was two.)"""
    return _prevailing(values) == "conditional" and "support" not in values


class SpeakerSides(NamedTuple):
    """Each speaker's prevailing side in words, per (document, speaker) and over the corpus; and the keys of those
    whose prevailing "conditional" comes with no plain support (`on_terms_only`)."""

    per_doc: dict[tuple[str, str], Stance]
    per_speaker: dict[str, Stance]
    on_terms: set[tuple[str, str] | str]


def speaker_sides(statements: list[Statement]) -> SpeakerSides:
    """Each speaker's prevailing explicit stance: per (document, speaker) and per speaker over the
    corpus. Only stances read from the statement's own words count. "conditional" is support some
    of which the speaker states on conditions (carried as support, see `propagate`), unless they state no
    plain support at all (`on_terms_only`: the key is in `on_terms`, and nothing is carried onto a plain statement)."""
    per_doc: dict[tuple[str, str], list[Stance]] = {}
    per_speaker: dict[str, list[Stance]] = {}
    neutral: dict[str, int] = {}  # each speaker's statements read neutral in words (`read_neutral`)
    for s in statements:
        if s.speaker is None or s.stance is None:
            continue
        if not s.stance_evidence or not s.stance_evidence[0].startswith("about:"):
            continue
        if read_neutral(s):
            neutral[s.speaker] = neutral.get(s.speaker, 0) + 1
        per_doc.setdefault((s.document, s.speaker), []).append(s.stance)
        per_speaker.setdefault(s.speaker, []).append(s.stance)
    on_terms: set[tuple[str, str] | str] = {k for k, vs in per_doc.items() if on_terms_only(vs)}
    on_terms |= {k for k, vs in per_speaker.items() if on_terms_only(vs)}
    # A speaker read neutral in words more often than on a side carries no side (session 38: their one side is
    # mostly a misread; tests/judge/test_carry.py, ..._mostly_neutral_in_words_carries_no_side).
    mostly_neutral = {k for k, n in neutral.items() if n > sum(v in SIDES for v in per_speaker.get(k, []))}
    return SpeakerSides({k: v for k, vs in per_doc.items() if k[1] not in mostly_neutral and (v := _prevailing(vs))},
                        {k: v for k, vs in per_speaker.items() if k not in mostly_neutral and (v := _prevailing(vs))},
                        on_terms)


def read_neutral(s: Statement) -> bool:
    """Read neutral from its own words by a rule (a line of evidence besides the question's words it names: sides
    that cancel, a date read as no condition, a declaration of no side), not merely left neutral for want of a
    stance word (`by_default`)."""
    return s.stance == "neutral" and (len(s.stance_evidence) > 1 or declares_no_side(s.stance_evidence))


def _carried_side(s: Statement, sides: SpeakerSides) -> tuple[Stance, str] | None:
    """The side `propagate` carries onto `s` from its speaker's sides, and the line of evidence that says whence; None
    when the speaker has none to carry."""
    per_doc, per_speaker, on_terms = sides
    speaker = s.speaker or ""
    if not speaker:
        return None
    here, overall = per_doc.get((s.document, speaker)), per_speaker.get(speaker)
    # The speaker's majority over all their statements comes first, the article's only breaks its tie:
    # with own-words stances misread about one time in three, one or two quotes in this article are a
    # noisier estimate than all of them (docs/evaluation.md, "session 9: carried stances").
    # (the article's side agrees with the corpus's only if both are, or neither is, conditions without support)
    agree = overall == here and (speaker in on_terms) == ((s.document, speaker) in on_terms)
    for stance, why, key in ((overall if agree else None, CARRIED_IN_ARTICLE, speaker),
                             (overall, CARRIED_IN_CORPUS, speaker), (here, CARRIED_IN_ARTICLE, (s.document, speaker))):
        if stance is None:
            continue
        # (not held on conditions that only date, stance.times_only: "looks cheap until you count the charges";
        # tests/judge/test_carry.py::test_a_side_carried_onto_a_statement_whose_conditions_only_date)
        held = held_on(s.conditions, s.conditions_normalized) and TIMES_ONLY not in s.stance_evidence
        if key in on_terms and not held:
            continue  # conditions stated, plain support never: no side to carry onto a plain statement
        if stance == "conditional":
            # Support stated on conditions elsewhere: held on this statement's own condition.
            stance = "conditional" if held else "support"
        elif stance == "oppose" and names_terms(s):
            stance = "conditional"  # an opponent naming the terms of a yes (TERMS_OF_A_YES)
        elif stance == "support" and waits_for(s):
            stance = "conditional"  # a supporter's refusal until a thing is done (WAITING)
        return stance, why
    return None


# The second line of evidence of a weak reading outweighed by the speaker's other statements (`_outweigh`).
OUTWEIGHED = "its own words outweighed"


def weakly_read(s: Statement) -> bool:
    """Support or opposition read from the statement's own words through an anaphor ("refers back to": *it*, *this*
    standing for the question's words in a statement before). Such readings were right 0.65 of the time on DEVELOP
    where the rules' stance words were right 0.74 (session 41). Evaluative words only (a sentiment lexicon's valence,
    right 0.56 on DEVELOP) were measured too and are not weak here: outweighing them gained DEVELOP 23 and BASE 2
    but lost VALIDATE 2 (docs/evaluation.md, issue 9, session 41)."""
    if s.stance not in ("support", "oppose") or not s.stance_evidence or not s.stance_evidence[0].startswith("about:"):
        return False
    return any(line.startswith("refers back to") for line in s.stance_evidence[1:])


def _outweigh(s: Statement, strong: SpeakerSides) -> None:
    """A weak reading (`weakly_read`) that leans the other way from the side its speaker takes in their other
    statements' stronger readings takes that side, as a silent statement would (catches "it would be a disaster" read
    through an anaphor as opposition to the wrong thing, from a speaker who backs the act in words everywhere else;
    tests/judge/test_carry.py, ..._a_reading_through_an_anaphor_against_the_speakers_other_statements_...).
    Session 41: DEVELOP 5,761 -> 5,779, VALIDATE 410 =, BASE 228 =; weighing every source by its reading's strength
    instead was +-5 (docs/evaluation.md). Not in `uncarried`: the learned layer may still overrule it (learned.GATE)."""
    carried = _carried_side(s, strong)
    if carried is None or carried[0] == "conditional" or (carried[0] == "oppose") == (s.stance == "oppose"):
        # A speaker's support on terms does not outweigh an opposition: one who names a price may refuse the act as
        # it stands (session 37, `on_terms_only`; here 3 of 5 such turns wrong on DEVELOP).
        return
    own = [line for line in s.stance_evidence[1:] if line[:1] in "+-" or line.startswith("refers back to")]
    line = f"{OUTWEIGHED} ({s.stance}, through an anaphor): {'; '.join(own)[:120]}"
    s.stance, s.stance_evidence = carried[0], [carried[1], line]


def propagate(statements: list[Statement], in_document: set[str], in_passage: set[str]) -> dict[str, tuple[Stance, list[str]]]:
    """A statement that does not name the question (or names it with no stance word), in an
    article about it, takes its speaker's stance: the prevailing one over all the speaker's
    statements that state one, in this article and the others (the article's own when those are
    tied); its evidence says which: "elsewhere in this article" when the article's agrees, "in
    other articles" when the corpus's outweighs it. Failing that it is neutral: "in a passage about the
    question" when a paragraph around it speaks of the question, else by default in an article
    that does. Statements of other articles stay None (about something else).
    `in_document` / `in_passage` hold the ids of statements in such articles / passages.
    Returns, for each statement a stance was carried onto, the neutral it would have had without it (its own words'
    reading, or in a passage, or by default), which the learned layer reads (learned.withhold_carried)."""
    if any(map(weakly_read, statements)):
        # Weak readings weighed against the sides of the stronger ones first (session 41); one outweighed is then a
        # carried side, and no longer votes for the silent statements below (DEVELOP +5 over voting as read).
        strong = speaker_sides([s for s in statements if not weakly_read(s)])
        for s in statements:
            if s.id in in_document and weakly_read(s):
                _outweigh(s, strong)
    sides = speaker_sides(statements)
    uncarried: dict[str, tuple[Stance, list[str]]] = {}
    for s in statements:
        if (s.stance is not None and not by_default(s)) or s.id not in in_document:
            continue
        if (carried := _carried_side(s, sides)) is not None:
            uncarried[s.id] = ("neutral", list(s.stance_evidence) if s.stance is not None else
                               [IN_PASSAGE if s.id in in_passage else IN_ARTICLE])
            s.stance, s.stance_evidence = carried[0], [carried[1]]
        if s.stance is None and (limit := limited_by(s)) is not None:
            # No stance word, no side to carry, but held on a condition that only limits: conditional
            # (tests/judge/test_conditions_scope.py::test_no_stance_word_held_on_a_limit)
            s.stance, s.stance_evidence = "conditional", [f"{HELD_ON_A_LIMIT}: {limit[:60]}"]
        if s.stance is None:
            # From a source whose stance is unknown: no stance taken.
            s.stance, s.stance_evidence = "neutral", [IN_PASSAGE if s.id in in_passage else IN_ARTICLE]
    return uncarried


# The kinds of condition (conditions.normalize) whose marker only ever limits what holds, never dates or supposes:
# the kinds read conditional most precisely on every split (docs/evaluation.md, issue 9 session 27), unlike "if"
# (a supposition argued through), "until"/"once" (a date) or "requires" (a demand of anyone's).
LIMITING = frozenset({"provided", "unless", "as long as", "depends on"})
HELD_ON_A_LIMIT = "no stance words; held on a condition that only limits"


def limited_by(s: Statement) -> str | None:
    """The text of a statement's first condition of its own when its kind is LIMITING ("the pool can reopen provided
    the roof is fixed", "it all depends on the survey"), else None (an interviewer's hypothesis or a condition met,
    conditions.ASKED and "now that", are not its own)."""
    own = [(c, n) for c, n in zip(s.conditions, s.conditions_normalized, strict=False)
           if not n.startswith(("now that", ASKED))]
    if not own or len(s.conditions_normalized) != len(s.conditions):
        return None
    first, kind = own[0][0], own[0][1].split(":")[0].strip()
    return first if kind in LIMITING else None


def carry_learned_sides(statements: list[Statement], note: str) -> None:
    """After the learned layer (its evidence lines start with `note`): a statement still neutral by default
    (IN_ARTICLE: outside a passage about the question, its speaker's stance in words unknown) takes its
    speaker's prevailing side among the layer's verdicts on their other statements, as `propagate` carries
    a stance read in words. Pinned by tests/judge/test_carry.py (..._takes_the_sides_the_learned_layer_reads_...)."""
    read: dict[str, list[Stance]] = {}
    for s in statements:
        if s.speaker and s.stance in SIDES and s.stance_evidence and s.stance_evidence[-1].startswith(note):
            read.setdefault(s.speaker, []).append(s.stance)
    for s in statements:
        if s.speaker is None or s.stance != "neutral" or s.stance_evidence != [IN_ARTICLE]:
            continue
        side = _prevailing(read.get(s.speaker, []))
        if side is not None:
            held = held_on(s.conditions, s.conditions_normalized)
            s.stance = ("conditional" if held else "support") if side == "conditional" else side
            if s.stance == "support" and waits_for(s):
                s.stance = "conditional"  # as in `propagate`
            s.stance_evidence = [CARRIED_LEARNED]


# The line of evidence of a learned side that its speaker's other readings outweigh (`outweigh_learned`).
LEARNED_OUTWEIGHED = "the learned layer's side outweighed by the speaker's other statements"
# The first lines of a side not read from the statement's own words: carried from the speaker's other statements
# (CARRIED_IN_ARTICLE, CARRIED_IN_CORPUS, CARRIED_LEARNED) or continuing their utterance (stance.carry_over).
DERIVED = ("not stated here", "continues the same speaker's statement")


def outweigh_learned(statements: Sequence[Statement], note: str) -> int:
    """After the learned layer (its evidence lines start with `note`): a side the layer gave a statement (neutral in
    its own words, or silent in a passage) that leans against every other side its speaker reads in words, the rules'
    or the layer's, two at least, takes theirs, as a silent statement takes its speaker's side (`propagate`). The layer
    reads one statement alone, right 0.58 of the time on DEVELOP; a speaker's other readings agreeing with each other
    outweigh it (catches a harbourmaster's "the tide tables speak for themselves" read as opposition by the layer while
    she backs the ferry in her other statements; tests/judge/test_carry.py, ..._a_learned_side_against_every_other_...).
    Sides carried or continued are no readings (DERIVED): each counts the speaker's own once. Read all first, then
    changed (no change feeds another). Session 42: DEVELOP 5,959 -> 5,983 (46 up, 22 down), VALIDATE 416 -> 420,
    BASE 228 = (docs/evaluation.md). Returns how many."""
    def read_in_words(s: Statement) -> bool:
        return bool(s.speaker) and s.stance in SIDES and bool(s.stance_evidence) and not s.stance_evidence[0].startswith(
            DERIVED)

    readings: dict[str, Counter[str]] = {}  # each speaker's readings, counted by side (one pass: a speaker may have
    for s in statements:                     # thousands of statements in a large corpus)
        if read_in_words(s):
            readings.setdefault(s.speaker or "", Counter())[s.stance or ""] += 1
    turned: list[tuple[Statement, Stance, int]] = []
    for s in statements:
        if not s.speaker or s.stance not in SIDES or not any(line.startswith(note) for line in s.stance_evidence):
            continue
        others = Counter(readings.get(s.speaker, Counter()))
        if read_in_words(s):
            others[s.stance] -= 1  # not its own reading
        n, opposing = others.total(), others["oppose"]
        if n < 2 or opposing not in (0, n) or (opposing == n) == (s.stance == "oppose"):
            continue
        side = _prevailing(list(others.elements()))  # type: ignore[arg-type]
        if side == "conditional":
            side = "conditional" if held_on(s.conditions, s.conditions_normalized) else "support"
        if side is not None:
            turned.append((s, side, n))
    for s, side, n in turned:
        s.stance_evidence = [*s.stance_evidence, f"{LEARNED_OUTWEIGHED} ({s.stance} -> {side}): {n} of them"]
        s.stance = side
    return len(turned)
