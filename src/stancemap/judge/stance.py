"""A statement's stance toward the question: support, oppose, conditional, neutral, or None.

Steps, each recorded as evidence a user can read:
1. Relevance: the statement (or, for "the idea was rejected", the sentence before it) speaks of
   the question's target or of membership (join, membership, accession, the alliance, the bloc).
2. Polarity: positive and negative stance words, with negation flipping a word it governs
   ("would not join", "refusal to integrate"); "neutral status" as the alternative to joining.
3. Conditions: support on a condition is conditional; a refusal deferred by until/unless/while
   ("would not join until the war ends") is conditional too; a condition that itself demands
   non-membership ("possible only if NATO abandons its plans to accept X") is opposition.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..extract.lexicon import MEMBERSHIP, words
from ..extract.text import doc_text
from ..model import Question, Stance, Statement
from .conditions import Condition

# Stance words are verbs and adjectives; nouns of membership (invitation, path, bid) are the topic.
POSITIVE = words("""
support supports supported supporting back backs backed welcome welcomed endorse endorsed favour favor
become eventually agree agreed irreversible closer finalize finalized finalise finalised smooth apply
applied open ready readiness deserve deserves bring strengthen speedy ensure help confident hope
gain achieve secure obtain belong belongs belonged
""")
# Two-word expressions of refusal ("a red line", "a dead end").
NEGATIVE_PHRASES = re.compile(r"\b(?:red lines?|dead ends?|non-starter|step too far)\b", re.I)
# Words that weigh both sides: a statement that balances or reports a split is neutral.
HEDGES = words("balance balancing split divided undecided torn")
# Consequences a speaker predicts of membership ("membership would drag the alliance into a war").
HARMS = words("war wars conflict escalation instability confrontation danger threat provocation crisis "
              "conclusions retaliation drag destabilize destabilise")
OUTCOMES = words("war occupation invasion annexation attack attacks")
# Neutrality is the alternative to joining a bloc: speaking of it is speaking of the question.
NEUTRALITY = words("neutral neutrality non-aligned nonaligned")
NEGATIVE = words("""
reject rejected rejects oppose opposed opposes opposition refuse refused refusal refuses exclude excludes
excluded exclusion abandon abandons abandoned renounce renunciation renounced block blocked veto vetoed
against skepticism scepticism skeptical sceptical doubt doubts doubtful threat threaten threatens
provocation provocative impractical impossible premature unacceptable reckless danger dangerous warn warned
warning neutral neutrality reluctant reluctance dismiss dismissed unrealistic hostile
instability destabilize destabilise intimidate intimidation ultimatum aggression aggressive confrontation
escalation escalate dead-end deny denied denies freeze slow delay postpone stall hinder obstruct
debts dependence burden trap betrayal humiliation disaster
""")
ANAPHORA = {"idea", "plan", "proposal", "move", "bid", "offer", "this", "it", "that", "step", "prospect", "request"}
DEFERRING = {"until", "unless", "while", "after", "once", "before", "as long as", "if", "provided", "when"}
GENERIC_TARGETS = {"alliance", "bloc", "union", "organization", "organisation"}
# "Membership remained the country's strategic goal": what membership is called says the stance.
AIMS = words("goal aim priority objective future destiny choice ambition")
LIMITS = words("limit limited limits restrict restricted restricts deny denied denies curb curbed")


def target_words(question: Question | None) -> set[str]:
    """Lower-cased words that name the question's target ("nato", "compact")."""
    if question is None:
        return set()
    m = re.search(r"\b(?:join|enter|become (?:a )?members? of|be admitted to|accede to)\s+(?:the\s+)?(.+?)\??$",
                  question.text, re.I)
    phrase = m.group(1) if m else " ".join(question.target_terms)
    return {w.lower() for w in re.findall(r"[\w'-]+", phrase) if w[:1].isupper() or w.isupper()}


def topical(text: str, question: Question | None) -> bool:
    """A passage is about the question when it names its target or speaks of membership."""
    if question is None:
        return False
    vocabulary = MEMBERSHIP | target_words(question) | GENERIC_TARGETS | NEUTRALITY
    return any(w in vocabulary for w in re.findall(r"[\w'-]+", text.lower()))


def _relevant(tokens: list[Token], targets: set[str]) -> list[str]:
    hits = [t.text for t in tokens if t.lower_ in MEMBERSHIP or t.lemma_.lower() in MEMBERSHIP
            or t.lower_ in targets or t.lower_ in GENERIC_TARGETS or t.lower_ in NEUTRALITY]
    return hits


REFUSING = words("slow delay postpone stall hinder obstruct "
                 "refuse refusal reject rejection exclude exclusion abandon block prevent oppose opposition "
                 "renounce renunciation veto stop halt freeze skepticism scepticism doubt doubts reluctance "
                 "objection objections deny denial drop withdraw lift")


def _negated(tok: Token) -> bool:
    """A negation on the word or on its governors, a "without" above it, or a refusal governing it
    ("refusal of NATO countries to integrate it", "did not oppose")."""
    node: Token | None = tok
    for hop in range(4):
        if node is None:
            break
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in node.children):
            return True
        if hop > 0 and node.lemma_.lower() in REFUSING:
            return True
        # "No responsible government could accept that", "Nobody doubts ...": a negative subject.
        if any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none", "nothing", "no one"} or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in node.children):
            return True
        if node.lower_ == "without" or (node.head.i != node.i and node.head.lower_ == "without"):
            # "Without neutrality there will be no peace" demands the word, it does not negate it.
            without = node if node.lower_ == "without" else node.head
            main = without.head
            return not (without.i < main.i and any(c.dep_ in {"neg", "attr", "nsubj"} and (
                c.dep_ == "neg" or any(d.lower_ == "no" for d in c.children)) for c in main.children))
        if node.head.i == node.i or node.dep_ in {"ccomp", "advcl", "relcl", "conj"}:
            break
        node = node.head
    return False


def _weighs(tok: Token) -> bool:
    """"split on whether", "divided over", "the right balance between": weighing, not a split country."""
    return any(c.dep_ == "prep" and c.lower_ in {"on", "over", "about", "between"} for c in tok.children)


def _gives_up(tok: Token) -> bool:
    """"give up", "back down", "walk away": phrasal verbs of abandoning."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return (tok.lemma_ == "give" and "up" in particles) or (tok.lemma_ == "walk" and "away" in particles) or (
        tok.lemma_ == "back" and "down" in particles)


def _below(tok: Token) -> list[Token]:
    """A token's subtree without coordinated branches ("renounce X and enshrine Y": Y is not renounced)."""
    out, stack = [], [tok]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in {"conj", "cc"})
    return out


def _refused(tok: Token) -> list[Token]:
    """What a refusal word refuses: its objects, or for a passive ("X was rejected") its subject."""
    deps = {"dobj", "pobj", "prep", "xcomp", "ccomp", "nsubjpass", "acl", "attr"}
    return [t for c in tok.children if c.dep_ in deps for t in _below(c)]


def _failed(tok: Token) -> bool:
    """Neutrality judged by its results: its verb is negated with it as subject, or the clause
    it sits in (or a coordinated one) ends in war or occupation."""
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "neg" for c in head.children):
        return True
    verbs = [head, *[c for c in head.children if c.dep_ == "conj"]]
    return any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in OUTCOMES for v in verbs for c in v.children)


def _membership_subject(tok: Token) -> bool:
    """A subject that is itself the act of joining ("any attempt to bring X into the Accord")."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and any(
        t.lemma_.lower() in MEMBERSHIP or (t.lower_ == "into" and t.head.lemma_ in {"bring", "take", "admit"})
        for t in tok.subtree)


def _polarity(tokens: list[Token], evidence: list[str]) -> int:
    score = 0
    skip: set[int] = set()
    for tok in tokens:
        if tok.i in skip:
            continue
        low, lemma = tok.lower_, tok.lemma_.lower()
        if _membership_subject(tok) and not (lemma in MEMBERSHIP and tok.pos_ == "NOUN"):
            skip |= {t.i for t in tok.subtree if t.i != tok.i}  # the topic, not a stance ("+bring")
        if lemma == "opposition" and not any(c.lower_ == "to" for c in tok.children):
            continue  # "the opposition party": a side in parliament, not a stance
        if low == "closer" and not any(t.lemma_.lower() in MEMBERSHIP | GENERIC_TARGETS or t.pos_ == "PROPN"
                                         for c in tok.children if c.lower_ == "to" for t in c.subtree):
            continue  # "closer to the alliance" is a stance; "moved closer to our borders" is not
        if low in NEUTRALITY and _failed(tok):
            score += 1  # "Neutrality did not stop a single tank", "promised neutrality and got an occupation"
            evidence.append(f"+{tok.text} failed")
            continue
        if (low in NEGATIVE | REFUSING or lemma in NEGATIVE | REFUSING) and not _negated(tok):
            refused = [t for t in _refused(tok) if t.lemma_.lower() in NEGATIVE | NEUTRALITY | REFUSING]
            if refused:  # "rejected a freeze on enlargement", "drop his objection": a double negative
                score += 1
                evidence.append(f"+{tok.text} {refused[0].text}")
                skip |= {t.i for t in refused}
                continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and lemma in MEMBERSHIP and tok.pos_ == "NOUN":
            harm = next((t for t in tok.head.subtree if t.lemma_.lower() in HARMS), None)
            aim = next((c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() in AIMS), None)
            if harm is not None:
                score -= 1
                evidence.append(f"-{tok.text} would bring {harm.text}")
            elif aim is not None and not _negated(aim):
                score += 1
                evidence.append(f"+{tok.text} is the {aim.text}")
            continue  # "an invitation would ...": the topic, not a stance
        if low in NEGATIVE or lemma in NEGATIVE or _gives_up(tok):
            # A stance word aimed at membership itself weighs double: "did not oppose closer trade
            # but rejected full membership" is a rejection.
            weight = 2 if any(t.lemma_.lower() in MEMBERSHIP for t in _refused(tok)) else 1
            if _negated(tok):  # "did not oppose", "will not give up its bid"
                score += weight
                evidence.append(f"+not {tok.text}")
            else:
                score -= weight
                evidence.append(f"-{tok.text}")
        elif (low in POSITIVE or lemma in POSITIVE) and not _negated(tok):
            if any(t.lemma_.lower() in NEGATIVE | NEUTRALITY for t in tok.subtree if t.i != tok.i):
                continue  # "open to a neutrality agreement": the word it governs carries the stance
            score += 1
            evidence.append(f"+{tok.text}")
        elif lemma in MEMBERSHIP and tok.pos_ == "VERB":
            objects = [t for c in tok.children if c.dep_ in {"dobj", "prep", "xcomp"} for t in _below(c)]
            if _negated(tok) and any(t.lemma_.lower() in LIMITS | NEUTRALITY for t in objects):
                score += 1  # "would not accept any settlement that limited its right to choose alliances"
                evidence.append(f"+not {tok.text} a limit")
            elif _negated(tok):
                score -= 1
                evidence.append(f"-not {tok.text}")
            else:
                score += 1
                evidence.append(f"+{tok.text}")
        elif (low in POSITIVE or lemma in POSITIVE) and _negated(tok):
            score -= 1
            evidence.append(f"-not {tok.text}")
    return score


def speaker_sides(statements: list[Statement], affiliation_of: dict[str, str | None]) -> tuple[
        dict[tuple[str, str], Stance], dict[str, Stance], dict[str, Stance]]:
    """Each speaker's prevailing explicit stance: per (document, speaker), per speaker over the
    corpus, and per affiliation. Only stances read from the statement's own words count."""
    def prevailing(values: list[Stance]) -> Stance | None:
        polar = [v for v in values if v in {"support", "oppose", "conditional"}]
        if not polar:
            return None
        oppose = polar.count("oppose")
        leaning = len(polar) - oppose  # support and conditional support lean the same way
        if oppose * 2 > len(polar):
            return "oppose"
        # Conditions belong to the statements that state them; the side they lean to is support.
        return "support" if leaning * 2 > len(polar) else None

    per_doc: dict[tuple[str, str], list[Stance]] = {}
    per_speaker: dict[str, list[Stance]] = {}
    per_side: dict[str, list[Stance]] = {}
    for s in statements:
        if s.speaker is None or s.stance is None:
            continue
        if not s.stance_evidence or not s.stance_evidence[0].startswith("about:"):
            continue
        per_doc.setdefault((s.document, s.speaker), []).append(s.stance)
        per_speaker.setdefault(s.speaker, []).append(s.stance)
        side = affiliation_of.get(s.speaker)
        if side:
            per_side.setdefault(side, []).append(s.stance)
    return ({k: v for k, vs in per_doc.items() if (v := prevailing(vs))},
            {k: v for k, vs in per_speaker.items() if (v := prevailing(vs))},
            {k: v for k, vs in per_side.items() if (v := prevailing(vs))})


def propagate(statements: list[Statement], in_document: set[str], in_passage: set[str],
              affiliation_of: dict[str, str | None]) -> None:
    """A statement that does not name the question, in an article about it, takes its speaker's
    stance: first the speaker's in the same article, then across the corpus, then that of the
    speaker's side; its evidence says so. Failing that, a statement in a passage about the
    question is neutral; elsewhere it stays None (about something else).
    `in_document` / `in_passage` hold the ids of statements in such articles / passages."""
    per_doc, per_speaker, per_side = speaker_sides(statements, affiliation_of)
    for s in statements:
        by_default = s.stance == "neutral" and len(s.stance_evidence) == 1  # relevant, but no stance word
        if (s.stance is not None and not by_default) or s.id not in in_document:
            continue
        speaker = s.speaker or ""
        side = affiliation_of.get(speaker)
        for stance, why in ((per_doc.get((s.document, speaker)), "the speaker's stance elsewhere in this article"),
                            (per_speaker.get(speaker), "the speaker's stance in other articles"),
                            (per_side.get(side) if side else None, f"the stance of others on the same side ({side})")):
            if stance is not None and speaker:
                if stance == "support" and s.conditions:
                    stance = "conditional"  # the side's support, on the condition this statement sets
                s.stance, s.stance_evidence = stance, [f"not stated here; {why}"]
                break
        if s.stance is None and s.id in in_passage:
            # In a passage about the question, from a source whose side is unknown: no stance taken.
            s.stance, s.stance_evidence = "neutral", ["in a passage about the question; no stance words"]


def carry_over(stances: list[tuple[str | None, int, int, Stance | None]]) -> list[tuple[Stance | None, str]]:
    """Statements that do not name the question but continue one that does take its stance:
    the next quote of the same speaker in the same paragraph ("'...,' she said. 'Membership is
    a decision for all allies.'") is part of the same utterance.

    `stances` holds (speaker id, paragraph index, sentence index, stance) in document order;
    returns (stance, evidence) for each, unchanged where nothing is carried over."""
    out: list[tuple[Stance | None, str]] = []
    for k, (speaker, para, sent, stance) in enumerate(stances):
        if stance is not None or speaker is None:
            out.append((stance, ""))
            continue
        carried: tuple[Stance | None, str] = (None, "")
        for j in range(k - 1, -1, -1):
            other_speaker, other_para, other_sent, other_stance = stances[j]
            if other_para != para or sent - other_sent > 2:
                break
            if other_speaker == speaker and other_stance in {"support", "oppose", "conditional"}:
                carried = (other_stance, f"continues the same speaker's statement {sent - other_sent} sentence(s) before")
                break
        out.append(carried)
    return out


def stance_of(question: Question | None, sentence: Span, start: int, end: int, conditions: list[Condition],
              previous: Span | None = None, cue_start: int | None = None) -> tuple[Stance | None, list[str]]:
    """Stance of the statement at [start, end) in `sentence`, and the words that decided it.
    A position's cue ("rejected", "welcomed") is part of what it says, so it counts too."""
    if question is None:
        return None, []
    targets = target_words(question)
    doc = sentence.doc
    content = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(content) if content is not None else []
    if cue_start is not None and cue_start < start:
        cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
        tokens = ([cue[0]] if cue is not None else []) + tokens
    hits = _relevant(tokens, targets)
    evidence: list[str] = []
    if not hits and previous is not None and any(t.lower_ in ANAPHORA for t in tokens):
        prev_hits = _relevant(list(previous), targets)
        if prev_hits:
            evidence.append(f"refers back to: {', '.join(prev_hits[:3])}")
            hits = prev_hits
    if not hits:
        return None, []
    evidence.insert(0, f"about: {', '.join(dict.fromkeys(hits[:4]))}")
    inside = [t for t in tokens if not any(c.start <= t.idx < c.end for c in conditions)]
    score = _polarity(inside, evidence)
    if inside and (phrase := NEGATIVE_PHRASES.search(doc_text(sentence.doc)[inside[0].idx:inside[-1].idx + len(inside[-1])])):
        score -= 1
        evidence.append(f"-{phrase.group(0)}")
    hedge = next((t.text for t in inside if t.lower_ in HEDGES and _weighs(t)), None)
    if hedge and not conditions:
        evidence.append(f"weighs both sides: {hedge}")
        return "neutral", evidence
    if not conditions:
        return ("support" if score > 0 else "oppose" if score < 0 else "neutral"), evidence
    condition_text = " ".join(c.text for c in conditions).lower()
    evidence.append(f"condition: {conditions[0].text[:60]}")
    demands_exit = EXIT.search(condition_text)
    if demands_exit and score <= 0:
        evidence.append(f"the condition demands non-membership ({demands_exit.group(0)})")
        return "oppose", evidence
    trigger = next((c for c in conditions if _is_trigger(c, sentence.doc)), None)
    if trigger is not None and len(trigger.text) > 0:
        # "If the alliance accepts the application, we will take all necessary measures": the
        # condition is membership itself and the clause its consequence, not a condition for support.
        evidence.append("consequence of membership")
        return ("support" if score > 0 else "oppose"), evidence
    deferred = any(c.normalized.split(":")[0] in DEFERRING for c in conditions)
    if score < 0 and not deferred:
        return "oppose", evidence
    return "conditional", evidence


def _is_trigger(condition: Condition, doc: Doc) -> bool:
    """An if/once-clause whose own verb is joining, inviting or admitting, not negated."""
    if condition.normalized.split(":")[0] not in {"if", "once", "when"}:
        return False
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    return span is not None and any(
        t.lemma_.lower() in MEMBERSHIP and not _negated(t) and (
            t.pos_ == "VERB" or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubj", "nsubjpass", "compound"}))
        # "if allies issue an invitation", "if accession talks began"
        for t in span)


# A condition asking the other side to give membership up makes the statement a refusal.
EXIT = re.compile(r"\b(abandon\w*|renounc\w*|refus\w*|exclud\w*|neutral\w*|give up|drop\w*|withdraw\w*)")
