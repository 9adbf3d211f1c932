"""Who "I" is when the article's own words say "I" outside quotation marks: the speaker a
transcript line's label names ("Lund: ... I think ..."), or, in an interview printed as a
question paragraph and its answer, the interviewee (issue 10, session 7;
test_speakers_first_person_*)."""

from __future__ import annotations

from ..model import Actor
from .actors import ActorIndex
from .interview import QUESTION, interviewee
from .mentions import Mention
from .transcript import LABEL, QUOTE_MARKS, interviewee_before_questions, is_question, short_sentence

FIRST_PERSON = frozenset({"i", "me", "my", "mine"})


def first_person(body: str, pos: int, mentions: list[Mention], index: ActorIndex) -> Actor | None:
    line_start = body.rfind("\n", 0, pos) + 1
    before = body[line_start:pos]
    if sum(before.count(q) for q in QUOTE_MARKS) % 2:
        return None  # inside a quotation: someone quoted says "I"
    label = LABEL.match(body, line_start)
    if label is not None:
        actor = index.lookup(label.group("label"))
        return actor if actor is not None and actor.kind == "person" else None
    # An unlabelled answer: the paragraph before (or the one before that) asks a question, in an
    # article printed as an interview (a labelled question, or two questions or more): a columnist's
    # one rhetorical question ("So what should we do?" / "I believe ...") is the columnist's own
    # (test_speakers_first_person_after_a_rhetorical_question).
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    asked = [p for p in paragraphs if is_question(p) or QUESTION.match(p)]
    if len(asked) < 2 and not any(QUESTION.match(p) for p in asked):
        return None
    earlier = [p.strip() for p in body[:line_start].split("\n") if p.strip()]
    previous = earlier[-2:]
    # (or after a prompt said as a statement, once the interview's questions have begun)
    if any(is_question(p) or QUESTION.match(p) for p in previous) or (
            len(asked) >= 3 and previous and _prompt(previous[-1]) and any(is_question(p) for p in earlier)):
        # the same interviewee as the answers' (transcript.unlabelled_answers), else the page's subject
        return interviewee_before_questions(body, mentions, index) or interviewee(body, mentions, index)
    return None


def _prompt(paragraph: str) -> bool:
    """An interviewer's prompt said as a statement ("You have argued the act is unconstitutional.", "Mr X says he
    expects ..."): one short sentence with no first person of its own outside quotation marks, in a page of three
    question paragraphs or more (test_speakers_session16[the_answer_after_a_prompt])."""
    return short_sentence(paragraph, FIRST_PERSON | {"we", "our"})
