"""Who said it: names, pronouns, roles and descriptions, cataphora, unnamed sources."""

from __future__ import annotations

import pytest

from .conftest import speaker_name, statement_with

STORY = (
    "Pact Secretary-General Ada Renner met Osterland's Foreign Minister Lea Marsh in Velden on Monday.\n\n"
    "Renner said that the door of the Harbor Pact remained open. She added that reforms would be needed.\n\n"
    "Marsh said Osterland would apply in the spring. The minister insisted that the country was ready.\n\n"
    '"The allies agree that Osterland belongs with us," said the secretary-general.\n\n'
    "Diplomats said privately that two members had doubts. The report said the talks had been difficult."
)


@pytest.mark.parametrize(("words", "speaker", "rule"), [
    ("the door of the Harbor Pact remained open", "Ada Renner", "named"),
    ("reforms would be needed", "Ada Renner", "pronoun"),
    ("the country was ready", "Lea Marsh", "role"),
    ("The allies agree that Osterland belongs", "Ada Renner", "role"),
    ("two members had doubts", None, "unnamed"),
    ("the talks had been difficult", None, "unnamed"),
])
def test_speakers_resolved(run, words: str, speaker: str | None, rule: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(STORY)
    assert speaker_name(analysis, words) == speaker
    assert statement_with(analysis, words).speaker_rule == rule


def test_speakers_indefinite_description_points_forward(run) -> None:  # type: ignore[no-untyped-def]
    text = ("An Osterland politician claimed that the neighbours had offered a deal in 2022.\n\n"
            "Tomas Vale, the leader of the Green Bridge party, said the offer came in the spring.")
    assert speaker_name(run(text), "the neighbours had offered a deal") == "Tomas Vale"


def test_speakers_pronoun_after_a_new_subject(run) -> None:  # type: ignore[no-untyped-def]
    text = ("Ada Renner said the talks would resume.\n\n"
            "President Jon Halle thanked lawmakers in a message after the vote. Osterland, he wrote, "
            "would be a reliable partner.")
    assert speaker_name(run(text), "would be a reliable partner") == "Jon Halle"


def test_speakers_description_alias_recorded(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(STORY)
    renner = next(a for a in analysis.actors if a.name == "Ada Renner")
    assert "the secretary-general" in renner.aliases


def test_speakers_role_before_mistagged_name(run) -> None:  # type: ignore[no-untyped-def]
    # The tagger calls "Alina" a place; after a role word the two capitalised words are a person.
    text = ('Not everyone is charmed. In Dravsk, Morvanian Foreign Ministry spokeswoman Alina Serova described '
            'Orel last month as "a salesman of war".')
    assert speaker_name(run(text), "a salesman of war") == "Alina Serova"
