"""The proposed question names whom the act is done for ("grant asylum to Dravet") and who does it, not a
dateline's place read as a second subject (issue 9, session 10; shapes of the session's invented corpora,
rebuilt shorter). Every name here is invented."""

from __future__ import annotations

from stancemap.model import Source
from stancemap.pipeline import analyze_sources


def _propose(texts: list[str]) -> str | None:
    analysis = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate(texts)])
    q = analysis.question
    assert q is None or (q.proposed and q.reason), q
    return q.text if q is not None else None


def _frames(text: str) -> dict[str, object]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text))


def test_frames_keep_whom_an_act_is_done_for() -> None:
    # "grant asylum to Tarvik", "a visa for Osk": who receives the thing; "asylum to dissidents" names no one,
    # and "the Sarvonian writer Lida Osk" is Lida Osk (a "the" before her description is not her name's).
    frames = _frames("The party urged the government to grant asylum to Tarvik. Morvania has granted asylum to "
                     "dissidents before. Ministers are deciding on a visa for the Sarvonian writer Lida Osk.")
    assert set(frames["recipients"]) == {"asylum\tto Tarvik", "visa\tfor Lida Osk"}, frames["recipients"]


def test_question_proposed_names_whom_the_act_is_for() -> None:
    # Every article argues over asylum for one journalist; the question without her asks about nobody.
    text = _propose([
        "Reporter Dravet asks Morvania for asylum\n\nThe journalist Ilka Dravet has applied for asylum in Morvania. "
        "Her lawyer said Morvania must grant asylum to Dravet. The minister said she would decide the case soon.",
        "Farmers fear trade fallout if Morvania shelters journalist\n\nDairy farmers urged ministers not to grant "
        "asylum to Dravet, fearing a trade dispute. The opposition said it would table a motion on the case.",
        "Give Dravet asylum, says opposition\n\nThe opposition leader said the government should give Dravet "
        "asylum at once. A minister said Morvania would not grant asylum under pressure.",
    ])
    assert text is not None and "asylum" in text and "Dravet" in text, text


def test_frames_a_dateline_is_not_the_subject() -> None:
    # The parser reads the dateline's place as a second subject of the lead's verb; the subject nearer
    # the verb is the one acting.
    frames = _frames("CASTREL, April 21 - The government is preparing to abolish the licence fee that funds "
                     "the broadcaster, the minister said on Wednesday.")
    assert any(k.startswith("abolish\tfee\t") for k in frames["subjects"]), frames["subjects"]
    assert not any("CASTREL" in k for k in frames["subjects"]), frames["subjects"]


def test_frames_an_amount_leaves_no_hyphen_behind() -> None:
    # "its five-year moratorium": the amount is left out, and so is its hyphen; "coal-fired power" keeps its own.
    phrases = _frames("The government will extend its five-year moratorium on drilling. The state must phase out "
                      "the coal-fired power stations.")["phrases"]
    assert "moratorium\tits moratorium" in phrases, phrases
    assert "station\tthe coal-fired power stations" in phrases, phrases


def test_frames_an_election_called_is_an_act() -> None:
    # "call" and "hold" say nothing alone; with an event as their object in a contested sentence they bring
    # it about ("would call an early election", "should hold a referendum"); a meeting held as reported is none.
    acts = _frames("The premier would not rule out that she would call an early election. The mayor should hold "
                   "a referendum on the plan. The ministers held talks on Monday.")["acts"]
    assert "call\telection" in acts and "hold\treferendum" in acts, acts
    assert not any(k.endswith("\ttalk") for k in acts), acts
