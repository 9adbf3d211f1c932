"""The proposed question names whom the act is done for ("grant asylum to Dravet") and who does it, not a
dateline's place read as a second subject (issue 9, session 10; shapes of the session's invented corpora,
rebuilt shorter). Every name here is invented."""

from __future__ import annotations

from .test_question_named_acts import _frames, _propose


def test_frames_keep_whom_an_act_is_done_for() -> None:
    # "grant asylum to Tarvik", "a visa for Osk": who receives the thing; "asylum to dissidents" names no one,
    # and "the Sarvonian writer Lida Osk" is Lida Osk (a "the" before her description is not her name's).
    frames = _frames("The party urged the government to grant asylum to Tarvik. Morvania has granted asylum to "
                     "dissidents before. Ministers are deciding on a visa for the Sarvonian writer Lida Osk.")
    assert set(frames["recipients"]) == {"asylum\tto Tarvik", "visa\tfor Lida Osk"}, frames["recipients"]


# Every article argues over asylum for one journalist; the question without her asks about nobody.
ASYLUM_CORPUS = (
    "Reporter Dravet asks Morvania for asylum\n\nThe journalist Ilka Dravet has applied for asylum in Morvania. "
    "Her lawyer said Morvania must grant asylum to Dravet. The minister said she would decide the case soon.",
    "Farmers fear trade fallout if Morvania shelters journalist\n\nDairy farmers urged ministers not to grant "
    "asylum to Dravet, fearing a trade dispute. The opposition said it would table a motion on the case.",
    "Give Dravet asylum, says opposition\n\nThe opposition leader said the government should give Dravet "
    "asylum at once. A minister said Morvania would not grant asylum under pressure.",
)


def test_question_proposed_names_whom_the_act_is_for() -> None:
    text = _propose(list(ASYLUM_CORPUS)) or ""
    assert "asylum" in text and "Dravet" in text, text


def test_frames_a_dateline_is_not_the_subject() -> None:
    # The parser reads the dateline's place as a second subject of the lead's verb; the government acts.
    frames = _frames("CASTREL, April 21 - The government is preparing to abolish the licence fee that funds "
                     "the broadcaster, the minister said on Wednesday.")
    assert any(k.startswith("abolish\tfee\t") for k in frames["subjects"]), frames["subjects"]
    assert not any("CASTREL" in k for k in frames["subjects"]), frames["subjects"]


def test_frames_a_dateline_is_not_the_subject_of_ready_to() -> None:
    # "X is not ready to cut rates" takes the subject of "is" (frames_roles.raised_subject): never the dateline's
    # place the parser hangs there (session 20: a cleaning change left a wire report's lead so parsed).
    frames = _frames("LOWFORD, June 12 (Coastline Wire) - The Bank of Vantor is not ready to raise its main rate, "
                     "Governor Emil Saar told parliament.")
    assert any(k.startswith("raise\trate\t") for k in frames["subjects"]), frames["subjects"]
    assert not any("LOWFORD" in k for k in frames["subjects"]), frames["subjects"]


def test_frames_an_acronym_before_a_comma_is_still_the_subject() -> None:
    # A word in capitals before a comma is a dateline only with a date or a dash after it: an acronym
    # before its apposition acts (the dateline rule of 8c01054 dropped these subjects).
    frames = _frames("NATO, the Western alliance, will admit Sweden next year. UNESCO, the cultural agency, "
                     "should approve the listing.")
    assert any(k.startswith("admit\tsweden\tNATO") for k in frames["subjects"]), frames["subjects"]
    assert any(k.startswith("approve\tlisting\tUNESCO") for k in frames["subjects"]), frames["subjects"]


def test_question_words_leave_an_amounts_hyphen_out() -> None:
    # "its five-year moratorium" is counted as written ("its -moratorium", the amount left out) and shown
    # as "the moratorium"; "coal-fired power" keeps its own hyphen.
    from stancemap.question_sum import sum_frames
    from stancemap.question_words import object_of

    corpus = sum_frames([{"acts": {"extend\tmoratorium": 2, "phase out\tpower": 2},
                          "phrases": {"moratorium\tits -moratorium": 1, "power\tthe coal-fired power": 1}}])
    assert (object_of(corpus, "moratorium"), object_of(corpus, "power")) == ("the moratorium", "the coal-fired power")


def test_frames_an_election_called_is_an_act() -> None:
    # "call" and "hold" say nothing alone; with an event as their object in a contested sentence they bring
    # it about ("would call an early election", "should hold a referendum"); a meeting held as reported is none.
    acts = _frames("The premier would not rule out that she would call an early election. The mayor should hold "
                   "a referendum on the plan. The ministers held talks on Monday.")["acts"]
    assert "call\telection" in acts and "hold\treferendum" in acts, acts
    assert not any(k.endswith("\ttalk") for k in acts), acts


def test_question_a_thing_given_back_names_whom_for() -> None:
    # Session 14 (q_handback): "give the masks to Ostria" says whom the masks are for though "give" is too general to
    # be an act; with "return the masks to Ostria" read with "to Ostria" under the masks, the passive question
    # names Ostria after the act, not inside the thing ("Will the masks to Ostria be returned?" at first contact).
    frames = _frames("The minister refused to let the museum give the Selden masks to Ostria.")
    assert frames["recipients"] == {"mask\tto Ostria": 1}, frames["recipients"]
    text = _propose([
        "Museum to decide on Selden masks\n\nThe board will decide whether it can return the Selden masks to Ostria. "
        "Its director said they should return the masks.",
        "Minister blocks masks handover\n\nThe minister said the law did not allow the museum to give the Selden masks "
        "to Ostria. Critics said they must return the masks.",
        "Trustees would return masks\n\nThe trustees said they would return the Selden masks to Ostria if the law "
        "changed. A historian said they should return the masks soon.",
    ]) or ""
    assert text.endswith("returned to Ostria?") or text.endswith("masks to Ostria?"), text
    assert "masks to Ostria be" not in text, text


def test_question_words_name_whose_thing() -> None:
    # "her licence" is written most, "Mara Voss's licence" too: the question names whose licence, as the pronoun
    # does where it stands (issue 9, session 21). Before: 'Will the medical council revoke the licence?'.
    text = _propose([
        "Council weighs fate of surgeon's licence\n\nThe medical council will decide next week whether to revoke "
        "Mara Voss's licence. Patients' groups said the council must revoke her licence. Her lawyer said the "
        "council would not revoke her licence without a full hearing.",
        "Voss hearing opens\n\nDr Mara Voss told the medical council it should not revoke her licence. The council "
        "could revoke her licence by Friday, officials said.",
        "Surgeons rally behind Voss\n\nSurgeons urged the medical council not to revoke her licence. Dr Mara Voss "
        "said the council would revoke her licence only if the hearing found fault.",
    ])
    assert text is not None and "Voss" in text and "licence" in text, text
