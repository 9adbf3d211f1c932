"""Speakers (issue 10, session 31): a role the parse splits at its hyphen after an inverted verb of saying ("said
its co-founder, B") is held by the one named after it; "who" after a name of a body in an "of" phrase ("B, the
owner of the Harwick Gulls, who says ...") stands for the person the phrase hangs on. Written sentences;
fictional people, bodies and places."""

from __future__ import annotations

import pytest

from .conftest import speaker_name

QUESTION = "Will the league expand to sixteen clubs?"

OPENING = "The league votes on the expansion plan next week.\n\n"


@pytest.mark.parametrize("text, words, speaker", [
    # clauses._holder_of_split_role: "co", "-", "founder" are three subjects; the name is one more
    (OPENING + "Friends of Orley Common, a campaign group, has gathered 4,000 signatures against the plan.\n\n"
     '"You cannot sell a stadium on a Monday and call it a park on a Tuesday," said its co-founder, Edda Marquand, '
     "a retired surveyor.", "You cannot sell a stadium", "Edda Marquand"),
    # the same with the name an apposition of the role's last piece (and tagged a body by the tagger)
    (OPENING + '"It cannot be built on time," said the Liberal party\'s deputy co-leader, Ilse Varga.',
     "It cannot be built on time", "Ilse Varga"),
])
def test_split_role_is_held_by_the_name_after_it(run, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(text, question=QUESTION), words) == speaker


@pytest.mark.parametrize("text, words", [
    # a role of one word keeps its apposition (the path the split role now joins)
    (OPENING + '"You cannot sell a stadium on a Monday," said its chairwoman, Edda Marquand, a retired surveyor.',
     "You cannot sell a stadium"),
    # the role before the verb: the parse keeps the name as its apposition
    (OPENING + "Its co-founder, Edda Marquand, said the survey was flawed.", "the survey was flawed"),
])
def test_role_and_name_unchanged(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(text, question=QUESTION), words) == "Edda Marquand"


@pytest.mark.parametrize("text, words", [
    # clauses.antecedent(person=True): the role's "of" phrase names the club
    (OPENING + "The loudest opponent is Corin Valk, the owner of the Harwick Gulls, who says the plan would leave "
     "the biggest clubs paying for newcomers.", "the plan would leave the biggest clubs"),
    # the name the "of" phrase hangs on (the tagger reads "Corin Valk" here as a body)
    (OPENING + "The plan faces resistance from a bloc of owners led by Corin Valk of the Harwick Gulls, who argues "
     "that the split would hurt old clubs.", "the split would hurt old clubs"),
])
def test_who_after_a_body_is_its_person(run, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(run(text, question=QUESTION), words) == "Corin Valk"


def test_which_after_a_body_is_the_body(run) -> None:  # type: ignore[no-untyped-def]
    """"which" stands for the body itself: the rule reads "who" alone."""
    text = (OPENING + "Tamsin Orr is the chair of the Westfold Supporters Trust, which says the plan would price "
            "out families.")
    name = speaker_name(run(text, question=QUESTION), "the plan would price out families")
    assert name is not None and "Westfold Supporters Trust" in name


SECTIONS = (
    "Reporter Joss Penrith asked the ward's councillor and people at the bus stops what should happen to the ring "
    "road plan.\n\n"
    "The ring road plan goes to the council next week. We spoke to the people who live with it.\n\n"
    "THE COUNCILLOR\n\n"
    "Councillor Marit Oakhurst-Lyle (Independent, Brackwell) has represented the ward for six years.\n\n"
    "Q: Where do you stand on the ring road plan?\n"
    "A: Against, as it stands. I have had more letters about the noise than about anything else.\n\n"
    "Q: Is there anything that would change your mind?\n"
    "A: If the council moves the junction, then I'll look at it again.\n\n"
    "THE SHOPKEEPER\n\n"
    '"It would bring customers," said Pell Dorran, who runs the bakery on the corner.\n')


def test_qa_section_answers_are_the_person_introduced_before_them(run) -> None:  # type: ignore[no-untyped-def]
    """interview.interviewee: a page of sections whose standfirst's subject is the reporter who asked; the answers
    are the person the paragraph before the first question makes its subject."""
    analysis = run(SECTIONS, question="Will the council approve the ring road plan?")
    assert speaker_name(analysis, "Against, as it stands") == "Marit Oakhurst-Lyle"
    assert speaker_name(analysis, "I'll look at it again") == "Marit Oakhurst-Lyle"
    assert speaker_name(analysis, "It would bring customers") == "Pell Dorran"


LABELLED = (
    "The ring road plan had its first hearing on Tuesday. Among the witnesses was Dr Øydis Carrow, president of the "
    "Brackwell Cyclists' Union. We spoke to her the morning after.\n\n"
    "Brackwell Post: Where does the union stand on the ring road plan?\n\n"
    "Øydis Carrow: We support it in principle, but only with a cycle lane on both sides.\n\n"
    "BP: And if the council refuses?\n\n"
    "Carrow: Then I will ask our members to oppose it at the next hearing.\n\n"
    "The committee chair, Ansel Pike of the Civic List, said the committee would report before May.\n")


def test_no_question_no_section_interviewee(run) -> None:  # type: ignore[no-untyped-def]
    """interview.interviewee: with no "Q:" question the body's last paragraph introduces no one (labels the
    transcript finder cannot read, a capital outside A-Z, leave the answers to the interviewee of the intro)."""
    analysis = run(LABELLED, question="Will the council approve the ring road plan?")
    assert speaker_name(analysis, "support it in principle") == "Øydis Carrow"
