"""Interviews printed without "Q:"/"A:" (extract/transcript.py): answers after a speaker's label, by name
or initials, and answers printed as the paragraph after a question; not an explainer's question
subheads. Invented people and places."""

from __future__ import annotations

import pytest

from stancemap.extract.transcript import HANDOVER, is_prompt, printed_as_interview, questioner
from stancemap.model import Document, Removed, Source
from stancemap.pipeline import analyze_sources

from .conftest import speaker_name

LABELLED = (
    "INTERVIEW: Mara Kovin on the harbour bill and the dockers\n\n"
    "Two weeks before the vote, the Harbour Party leader Mara Kovin met the Tessel Courier at her office.\n\n"
    "Tessel Courier: Will you vote for the harbour bill on Thursday?\n\n"
    "Mara Kovin: Only if the dockers keep their pensions. That has been our line since March.\n\n"
    "TC: And if the minister refuses?\n\n"
    "MK: Then we will vote against it and the bill will fall with our twelve votes.\n\n"
    "TC: Is the party united behind you?\n\n"
    "MK: The members decide at the congress, not me.")

UNLABELLED = (
    "Interview: Bertil Sondre on the extradition\n\n"
    "Justice Minister Helena Arvik signed the order on Monday, and the case now goes to the High Court.\n\n"
    "We spoke to Bertil Sondre, who has represented the businessman since his arrest.\n\n"
    "You say the minister got this wrong. Why?\n\n"
    "Because the promises in the note cannot be checked by anyone outside the prison.\n\n"
    "What will you argue in court?\n\n"
    "That the prosecution is political and that the court should quash the order.")

EXPLAINER = (
    "The harbour bill explained\n\n"
    "Mara Kovin leads the Harbour Party, which holds twelve seats in the assembly.\n\n"
    "What does the bill do?\n\n"
    "It moves the container terminal to the north shore and closes the old quay by 2030.\n\n"
    "What happens next?\n\n"
    "The assembly votes on Thursday, and the bill needs the Harbour Party's twelve votes to pass.")


def test_transcript_answers_by_initials_are_the_persons(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(LABELLED, question="Will the assembly pass the harbour bill?")
    assert speaker_name(analysis, "the bill will fall with our twelve votes") == "Mara Kovin"
    assert speaker_name(analysis, "The members decide at the congress") == "Mara Kovin"
    # the questioner's lines (the outlet, its initials) are no statements
    assert not [s for s in analysis.statements if "Is the party united" in s.content]


HYPHENED = (
    "INTERVIEW: Dana Ash-Porter on the harbour bill\n\n"
    "Two weeks before the vote, the Harbour Party leader Dana Ash-Porter met the Tessel Courier at her office.\n\n"
    "Tessel Courier: Will you vote for the harbour bill on Thursday?\n\n"
    "Dana Ash-Porter: Only if the dockers keep their pensions. That has been our line since March.\n\n"
    "TC: And if the minister refuses?\n\n"
    "DAP: Then we will vote against it and the bill will fall with our twelve votes.\n\n"
    "TC: Is the party united behind you?\n\n"
    "DAP: The members decide at the congress, and they have backed every vote I asked of them.")


def test_transcript_initials_of_a_hyphened_name(run) -> None:  # type: ignore[no-untyped-def]
    """Red on main 9d49b84: "DAP" was no one's initials ("Ash-Porter" gave one letter), so the answers after
    it were lost."""
    analysis = run(HYPHENED)
    assert speaker_name(analysis, "the bill will fall with our twelve votes") == "Dana Ash-Porter"
    assert speaker_name(analysis, "The members decide at the congress") == "Dana Ash-Porter"


def test_transcript_unlabelled_answers_are_the_interviewees(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(UNLABELLED, question="Will Calvesta extradite the businessman?")
    # the person the paragraph before the first question names, not the minister named first
    assert speaker_name(analysis, "cannot be checked by anyone outside the prison") == "Bertil Sondre"
    assert speaker_name(analysis, "the court should quash the order") == "Bertil Sondre"


def test_transcript_an_explainers_question_heads_are_no_interview(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(EXPLAINER, question="Will the assembly pass the harbour bill?")
    assert not [s for s in analysis.statements if s.cue == "answered"]


@pytest.mark.parametrize("page", [
    "Home | News | Politics | Interviews | Sport\n\n" + EXPLAINER,
    EXPLAINER + "\n\nRelated: Interview with the harbour master",
])
def test_transcript_a_sites_menu_or_link_makes_no_interview(run, page: str) -> None:  # type: ignore[no-untyped-def]
    analysis = run(page, question="Will the assembly pass the harbour bill?")
    assert not [s for s in analysis.statements if s.cue == "answered"]


def test_transcript_an_answers_second_paragraph_is_the_interviewees(run) -> None:  # type: ignore[no-untyped-def]
    page = UNLABELLED.replace("outside the prison.\n\n",
                              "outside the prison.\n\nI think the court will see that the extradition is political.\n\n")
    analysis = run(page, question="Will Calvesta extradite the businessman?")
    assert speaker_name(analysis, "the court will see") == "Bertil Sondre"


def test_transcript_a_page_calling_itself_this_interview(run) -> None:  # type: ignore[no-untyped-def]
    """No "interview" in the title or a removed line, but the page's last line says "This interview has
    been condensed and edited.": its question paragraphs are answered by the interviewee (issue 9,
    session 12: an interview's answers and their conditions)."""
    page = UNLABELLED.replace("Interview: Bertil Sondre on the extradition", "Bertil Sondre on the extradition")
    analysis = run(page, question="Will Calvesta extradite the businessman?")
    assert not [s for s in analysis.statements if s.cue == "answered"]
    analysis = run(page + "\n\nThis interview has been condensed and edited.",
                   question="Will Calvesta extradite the businessman?")
    assert speaker_name(analysis, "the court should quash the order") == "Bertil Sondre"
    # a sentence of a news page opening "This interview ..." is no editor's note
    analysis = run(page + "\n\nThis interview with the minister, her first since May, took place in the port.",
                   question="Will Calvesta extradite the businessman?")
    assert not [s for s in analysis.statements if s.cue == "answered"]



@pytest.mark.parametrize(("line", "interview"), [
    ("Interviews / Podcasts / Sport / Weather", False),  # a menu with slashes (transcript.section_menu)
    ("Home / News / Interviews / Sport", False),
    ("Home / Politics / Interviews", True),  # a path: parent sections before the page's
    ("Interviews › Law", True),
])
def test_transcript_printed_as_interview_by_a_path_not_a_menu(line: str, interview: bool) -> None:
    document = Document(id="d1", source="t.txt", body="", title="The harbour bill",
                        removed=[Removed(text=line, reason="navigation menu (site sections between separators)")])
    assert printed_as_interview(document) is interview


PROMPTED = (
    "Interview: Ilse Varga on the ferry fares\n\n"
    "The port authority raises fares in May. We spoke to Ilse Varga, who chairs the islanders' association.\n\n"
    "Will the islanders accept the new fares?\n\n"
    "No. We have written to the authority twice and nobody has answered.\n\n"
    "But the authority says the ferries lose money.\n\n"
    "The new fares are a tax on people who cannot afford a second home on the mainland.\n\n"
    "What would change your mind?\n\n"
    "A fare cap for residents, written into the contract.\n\n"
    "The mayor backs the rise.\n\n"
    "The mayor does not take the ferry to work every morning.\n\n"
    "Will you go to court?\n\n"
    "Only if the authority refuses to meet us again.")


def test_transcript_an_answer_after_a_prompt_said_as_a_statement(run) -> None:  # type: ignore[no-untyped-def]
    """A question put as a statement ("But the authority says ...", "The mayor backs the rise.") between an
    interview's question paragraphs: the paragraph after it is the interviewee's answer (issue 10, session 20)."""
    analysis = run(PROMPTED, question="Will the port authority raise the ferry fares?")
    assert speaker_name(analysis, "a tax on people who cannot afford a second home") == "Ilse Varga"
    assert speaker_name(analysis, "does not take the ferry to work every morning") == "Ilse Varga"
    assert speaker_name(analysis, "A fare cap for residents") == "Ilse Varga"


@pytest.mark.parametrize("paragraph,prompt", [
    ("The mayor backs the rise.", True),
    ("But you must have an opinion.", True),
    ("12 March 2025 · 4 min read", False),  # a dateline, no sentence
    ("We will go to court if we must.", False),  # an answer in the first person
    ("No.", False),
    ("\"The fares are fair,\" the mayor said.", False),
])
def test_transcript_a_prompt_is_one_short_sentence_of_no_first_person(paragraph: str, prompt: bool) -> None:
    assert is_prompt(paragraph) is prompt


def test_transcript_the_interviewee_named_before_the_last_intro(run) -> None:  # type: ignore[no-untyped-def]
    """The paragraph before the first question names nobody (the writer's aside); the interviewee is whom the outlet
    spoke to earlier (issue 10, session 20)."""
    page = ("Interview: the teachers' union on the exam dates\n\n"
            "The Tessel Courier spoke to Ilse Varga, general secretary of the teachers' union, at its offices.\n\n"
            "On Monday, the education minister Petra Lund said the exams would go ahead on June 3.\n\n"
            "This newspaper has argued for a short delay. We wanted to know whether the union still wants a long one.\n\n"
            "Your union asked for four weeks. Is that still your position?\n\n"
            "Three weeks would do, provided the new dates are published with the decision.\n\n"
            "Will your members boycott the exams?\n\n"
            "Nobody wants a boycott, and nobody in the staff rooms is talking about one.")
    analysis = analyze_sources([Source("test.txt", "text", text=page, outlet="Tessel Courier")],
                               "Will the exams be postponed?")
    assert speaker_name(analysis, "Three weeks would do") == "Ilse Varga"
    assert speaker_name(analysis, "nobody in the staff rooms is talking") == "Ilse Varga"


def test_transcript_a_standfirst_asking_is_no_question(run) -> None:  # type: ignore[no-untyped-def]
    """The body opens with a standfirst that asks ("... Why not this one?"): the interview's questions begin after the
    introduction, and the interviewee is the person the title names (issue 10, session 20)."""
    page = ("Interview: Ilse Varga on the ferry fares\n\n"
            "She fought every fare rise for ten years. Why not this one?\n\n"
            "For ten years Ilse Varga and the islanders' association have opposed the port authority on every fare.\n\n"
            "We met her on Tuesday in the ferry terminal.\n\n"
            "In March you called the rise a tax on islanders. Has anything changed?\n\n"
            "The authority changed. It offered a cap for residents, written into the contract.\n\n"
            "Will your members accept it?\n\n"
            "Most of them will, provided the cap holds for five years.")
    analysis = run(page, question="Will the port authority raise the ferry fares?")
    assert speaker_name(analysis, "It offered a cap for residents") == "Ilse Varga"
    assert speaker_name(analysis, "provided the cap holds for five years") == "Ilse Varga"


TITLED = (
    "Two days before the vote, Oda Brenn asked Prof Lisbet Marrow, an economist at Tessel College, and Jon Ruck, the "
    "dockers' spokesman, whether the harbour bill should pass. This is an edited transcript.\n\n"
    "OB: Professor Marrow, is the bill worth passing?\n\n"
    "LM: Yes. The old quay floods four winters in five, and the repairs cost more every year.\n\n"
    "OB: Jon Ruck?\n\n"
    "JR: No. The bill moves our jobs to the north shore and nobody has asked the crews.\n\n"
    "OB: What would change your mind?\n\n"
    "LM: Nothing much. The terminal has to move before the sea moves it for us.")


def test_transcript_initials_after_a_title(run) -> None:  # type: ignore[no-untyped-def]
    """Session 34: "LM" labels Prof Lisbet Marrow's turns: a title before the name is no initial (q_shortage's
    transcript: a title's letter made the initials of none of its persons, and her turns were no statements)."""
    analysis = run(TITLED, question="Will the harbour bill pass?")
    # (the actor's name keeps the title as written: "Prof Lisbet Marrow")
    assert "Lisbet Marrow" in (speaker_name(analysis, "The old quay floods four winters in five") or "")
    assert "Lisbet Marrow" in (speaker_name(analysis, "The terminal has to move before the sea moves it") or "")
    assert speaker_name(analysis, "The bill moves our jobs to the north shore") == "Jon Ruck"


CAPITALS = (
    "Oda Brenn was joined in the studio by Halvar Tesk, Harbour League deputy and leader of the party's so-called Anchor "
    "group, and Runa Vell, the harbour master. "
    "This is an edited transcript.\n\n"
    "ODA BRENN: Runa Vell, will the harbour bill pass on Thursday?\n\n"
    "RUNA VELL: Yes. The assembly has the votes, and the quay cannot wait another winter.\n\n"
    "BRENN: Halvar Tesk, you are shaking your head.\n\n"
    "HALVAR TESK: Because the votes are not there. Twelve members have told me they will vote against it.\n\n"
    "BRENN: And if they change their minds?\n\n"
    "TESK: Then the bill passes, and we strike the same week.")


def test_transcript_a_full_name_label_the_tagger_left_unsure(run) -> None:  # type: ignore[no-untyped-def]
    """Session 34: a full name in capitals opening a turn is a person speaking whatever kind the tagger gave the name,
    and the surname alone labelling a later turn is the same person (q_lastvote's transcript: every turn of one guest
    was lost)."""
    analysis = run(CAPITALS, question="Will the harbour bill pass?")
    assert speaker_name(analysis, "Twelve members have told me they will vote against it") == "Halvar Tesk"
    assert speaker_name(analysis, "Then the bill passes, and we strike the same week") == "Halvar Tesk"
    assert speaker_name(analysis, "The assembly has the votes") == "Runa Vell"


def test_transcript_a_full_name_label_of_a_name_of_unsure_kind() -> None:
    """Session 34: the rule behind the test above, on an index whose only actor the tagger left of kind "other" (as it
    did q_lastvote's guest): the full name in capitals is a person speaking, and so then is the surname alone; one word
    in capitals of an unsure kind is not ("PORT: ..." may be a body)."""
    from stancemap.extract.actors import ActorIndex
    from stancemap.extract.transcript import label_actor

    index = ActorIndex(id_prefix="l")
    guest = index._new("Halvar Tesk", "other")
    index._new("Port", "other")
    assert label_actor("PORT", index) is None
    assert label_actor("HALVAR TESK", index) is guest and guest.kind == "person"
    assert label_actor("TESK", index) is guest


PHONE_IN = (
    "On Monday's Harbour Hour, Tamsin Orde put listeners' questions to the port director, Gavril Senn, about the "
    "plan to close the old quay. This is an edited transcript.\n\n"
    "TO: Director, why close the old quay now?\n\n"
    "GS: Because the wall is failing and the repairs cost more every winter. The new terminal is the cheaper way.\n\n"
    "TO: Let's go to the phones. Odile is in Marrow Bay. Odile, what do you make of it?\n\n"
    "CALLER (ODILE): Morning. I have fished from that quay for thirty years. Closing it would finish the small boats.\n\n"
    "GS: Nobody wants that, and the plan keeps a mooring for the small boats.\n\n"
    "TO: Another caller. Brannoc in Westquay, are you with the director?\n\n"
    "Caller (Brannoc, Westquay): Hello. The director is right, the wall is a danger and it should close this year.\n\n"
    "TO: And one more. Tovan, would you keep it open?\n\n"
    "TOVAN (CALLER): I'd keep it open, but only if the port pays for the wall out of its own reserves.")


def test_transcript_a_callers_label(run) -> None:  # type: ignore[no-untyped-def]
    """Session 35: a phone-in's caller labelled with a part in brackets, the name after the role ("CALLER (NAME):",
    "Caller (Name, Town):") or before it ("NAME (CALLER):"), is a person speaking (four radio phone-ins of DEVELOP
    lost every caller's turn: the label matched no shape)."""
    analysis = run(PHONE_IN, question="Will the port close the old quay?")
    # (the tagger may find the name in the label itself, in capitals: the actor keeps it as found)
    assert (speaker_name(analysis, "Closing it would finish the small boats") or "").lower() == "odile"
    assert speaker_name(analysis, "the wall is a danger and it should close this year") == "Brannoc"
    assert speaker_name(analysis, "only if the port pays for the wall out of its own reserves") == "Tovan"
    assert speaker_name(analysis, "the plan keeps a mooring for the small boats") == "Gavril Senn"


def test_transcript_a_bracketed_label_without_a_role_of_the_public() -> None:
    """Session 35: the rule behind the test above on an index. A part in brackets that names no role of the public (a
    party, "HALE (Greens):") leaves the name outside the brackets to label the turn as any label; a caller's name
    is a person of its own even where the tagger made it a body."""
    from stancemap.extract.actors import ActorIndex
    from stancemap.extract.transcript import bracketed_label_actor

    index = ActorIndex(id_prefix="l")
    hale = index._new("Ansel Hale", "person")
    place = index._new("Odile", "organization")
    assert bracketed_label_actor("HALE", "Greens", index) == (hale, "HALE")
    assert bracketed_label_actor("PORT", "Greens", index) == (None, "PORT")
    actor, label = bracketed_label_actor("CALLER", "ODILE, Marrow Bay", index)
    assert actor is place and place.kind == "person" and label == "Odile"
    actor, _ = bracketed_label_actor("TOVAN", "listener", index)
    assert actor is not None and actor.name == "Tovan" and actor.kind == "person"


def test_transcript_initials_of_a_name_written_in_the_text() -> None:
    """Session 35: initials of no person of the index stand for the one name of two or three words written in the text
    with those initials, which the index holds as no actor of its own; two such names, or a body the tagger found
    ("TC" for an outlet), give none."""
    from stancemap.extract.actors import ActorIndex
    from stancemap.extract.transcript import _initialled_name

    index = ActorIndex(id_prefix="l")
    index._new("Tessel Courier", "organization")
    text = ("The mayor of Kestrow, Ilka Vane-Tor, met the Tessel Courier.\n\nTC: Why now?\n\n"
            "IVT: Because the quay cannot wait.")
    assert _initialled_name("IVT", text, index) == "Ilka Vane-Tor"
    assert _initialled_name("TC", text, index) is None
    assert _initialled_name("IVT", text + "\n\nIsak Vell-Tamm was there too.", index) is None


JOINED = (
    "On Friday's Quay Hour, Ragna Holt was joined by the mayor of Kestrow, Ilka Vane-Tor, and the leader of the "
    "Tide group, Per Lusk, to debate the old quay. This is an edited transcript.\n\n"
    "RH: Mayor, why close the quay this year?\n\n"
    "IVT: Because the wall will not last another winter. The quay has to close before the storms.\n\n"
    "RH: Councillor Lusk?\n\n"
    "PL: The wall can be mended for a fraction of the cost, and the quay can stay open.\n\n"
    "IVT: Mended for a year, and then we are back here. I will not sign off on a patch.\n\n"
    "PL: Then let the council vote on it.")


def test_transcript_initials_of_a_name_the_tagger_joined_to_a_place(run) -> None:  # type: ignore[no-untyped-def]
    """Session 35: "IVT" labels the turns of a guest whose name the tagger read together with the place before it
    ("the mayor of X, Ilka Vane-Tor" one body): the name written in the text with those initials is a person speaking
    (a radio debate of DEVELOP lost every turn of its guest)."""
    analysis = run(JOINED, question="Will Kestrow close the old quay?")
    assert speaker_name(analysis, "The quay has to close before the storms") == "Ilka Vane-Tor"
    assert speaker_name(analysis, "I will not sign off on a patch") == "Ilka Vane-Tor"
    assert speaker_name(analysis, "the quay can stay open") == "Per Lusk"


PANEL = (
    "Evening Review: did the council get the ferry fares right?\n\n"
    "Presenter Orla Finnegan-Vey was joined in the studio by the harbour councillor Tobin Marsk and the ferry "
    "users' spokeswoman Della Quist.\n\n"
    "ORLA FINNEGAN-VEY: A fare rise of twelve per cent from April. Tobin, can the council defend it?\n\n"
    "TOBIN MARSK: It can and it will. The ferries lose money on every crossing, and the rise closes half of that gap.\n\n"
    "ORLA FINNEGAN-VEY: Della, you're not convinced.\n\n"
    "DELLA QUIST: Not at all. Islanders have no other way to the mainland, and the rise should be scrapped.\n\n"
    "ORLA FINNEGAN-VEY: The harbour board says the rise is the only way to keep the night crossing.\n\n"
    "TOBIN MARSK: The board is right, and I will vote for the rise on Thursday.\n\n"
    "ORLA FINNEGAN-VEY: Reaction now from the island's doctor, recorded this afternoon.\n\n"
    "DELLA QUIST: Before that, one thing. The council never asked the islanders what they could pay.\n\n"
    "ORLA FINNEGAN-VEY: That's all from Evening Review. Goodnight.")


def test_transcript_a_presenter_named_by_the_intro_makes_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    """Session 36: the presenter the intro names ("Presenter X was joined by ...") speaks no position in their turns,
    though most of them ask nothing (a broadcast panel of DEVELOP gave each of its presenter's nine turns to the
    presenter with a side); the guests' turns stay theirs."""
    analysis = run(PANEL, question="Will the council raise the ferry fares?")
    assert not [s.content for s in analysis.statements
                if (actor := analysis.actor(s.speaker)) is not None and actor.name == "Orla Finnegan-Vey"]
    assert speaker_name(analysis, "the rise closes half of that gap") == "Tobin Marsk"
    assert speaker_name(analysis, "the rise should be scrapped") == "Della Quist"
    assert speaker_name(analysis, "I will vote for the rise on Thursday") == "Tobin Marsk"


@pytest.mark.xfail(strict=True, reason="session 36: the presenter's label is still a cue, so the finders read the turn "
                   "whole as the presenter's and the report inside it is dropped with it; reading the label as no cue "
                   "found DEVELOP's two such reports but cost VALIDATE precision (docs/evaluation.md, issue 10 session 36)")
def test_transcript_what_a_presenters_turn_reports_stays_its_speakers(run) -> None:  # type: ignore[no-untyped-def]
    """Session 36: a report inside a presenter's turn ("The board says ...") is its speaker's statement, not lost with
    the presenter's."""
    analysis = run(PANEL, question="Will the council raise the ferry fares?")
    assert "board" in (speaker_name(analysis, "the only way to keep the night crossing") or "").lower()


DEBATE = (
    "Kestrow Radio debate: the ferry fares\n\n"
    "Mira Odden, Tobin Marsk and Della Quist met in the Kestrow Radio studio on Monday evening.\n\n"
    "MIRA ODDEN: Welcome to the debate. Tobin Marsk, will you vote for the rise?\n\n"
    "TOBIN MARSK: I will. The ferries cannot run at a loss for another winter, and the rise is fair.\n\n"
    "MIRA ODDEN: Della Quist, your answer to that?\n\n"
    "DELLA QUIST: The rise is a tax on islanders, and the council must drop it before April.\n\n"
    "MIRA ODDEN: Tobin, the islanders' petition has four thousand names on it.\n\n"
    "TOBIN MARSK: And the ferry has fourteen thousand passengers a month who need a boat that runs.\n\n"
    "MIRA ODDEN: Thank you both.")


def test_transcript_a_presenter_by_turns_that_ask_and_hand_over(run) -> None:  # type: ignore[no-untyped-def]
    """Session 36: with no role named, the label whose turns mostly ask, hand over ("Welcome", "Thank you") or open
    on another speaker's name is the presenter's; the guests' turns stay theirs."""
    analysis = run(DEBATE, question="Will the council raise the ferry fares?")
    assert not [s.content for s in analysis.statements
                if (actor := analysis.actor(s.speaker)) is not None and actor.name == "Mira Odden"]
    assert speaker_name(analysis, "the rise is fair") == "Tobin Marsk"
    assert speaker_name(analysis, "the council must drop it before April") == "Della Quist"


def test_transcript_a_presenter_named_as_such() -> None:
    """Session 36: the rules behind the tests above, on their own: a presenter's role before the name or after it, an
    interview's credit or a reporter's byline (on a removed line) name the one who asks; "X spoke to ..." does not (a
    guest spoke to the outlet as often), nor a name with no role."""
    from stancemap.extract.transcript import _hands_over, _named_as_host

    assert _named_as_host(["Orla Vey"], "Presenter Orla Vey was joined by two guests.", [])
    assert _named_as_host(["Orla Vey"], "Tonight Orla Vey was joined by the mayor.", [])
    assert _named_as_host(["Orla Vey"], "With Orla Vey, the programme's host, in the studio.", [])
    assert _named_as_host(["Orla Vey"], "", ["Interview by Orla Vey"])
    assert _named_as_host(["Orla Vey"], "", ["Orla Vey, Transport Reporter"])
    assert not _named_as_host(["Orla Vey"], "Orla Vey, Transport Reporter, asked the mayor.", [])
    assert not _named_as_host(["Tobin Marsk"], "Tobin Marsk spoke to the Kestrow Courier on Monday.", [])
    assert not _named_as_host(["Tobin Marsk"], "The councillor Tobin Marsk defends the rise.", [])
    assert _hands_over("Will the rise stay?", set()) and _hands_over("Tobin, you're shaking your head.", {"Tobin"})
    assert _hands_over("Let's hear from the mayor.", set()) and not _hands_over("The rise is fair.", {"Tobin"})


def test_transcript_the_questioner_is_one_whose_turns_mostly_ask() -> None:
    """One notion of the one asking, read by labelled_answers (turns that end on a question mark) and host_turns (turns
    that ask or hand the floor over): more than half of the turns (session 37)."""
    asks = ["Will you back the quay plan?", "And the fishermen?", "We start at nine."]
    assert questioner(asks)
    assert not questioner(asks[:1] + asks[2:])  # half: no questioner
    assert not questioner(['"Why now?" she asked the board.', "We start at nine."])  # a quotation asking asks nothing
    # a presenter's turns: a handover ("Thanks, ...") counts as asking for host_turns, not for labelled_answers
    hosted = ["Thanks for joining us this morning.", "Let's hear from the harbour master.", "We start at nine."]
    assert questioner(hosted, lambda turn: "?" in turn or bool(HANDOVER.match(turn)))
    assert not questioner(hosted)


# A broadcast's transcript whose presenter mostly hands over rather than asks (no questioner by its turns), on a page
# that is no interview by its title or labels, only by the note calling it an edited transcript (invented text).
EDITED_TRANSCRIPT = (
    "Morning debate: should Varrow close the old quay?\n\n"
    "Before Monday's vote, Ilse Marrick put the quay plan to harbour chair Tobin Haskel and Green councillor "
    "Petra Osgood. This is an edited transcript.\n\n"
    "IM: Tobin Haskel first. The quay, then.\n\n"
    "TH: The wall is crumbling and the insurers have told us so. We close the quay this winter and we rebuild it "
    "properly.\n\n"
    "IM: Petra Osgood, your turn.\n\n"
    "PO: Closing it would finish the small boats for good. Mend the wall and keep the quay open.\n\n"
    "IM: Thanks to you both. After the news, your calls.\n\n"
    "TH: The small boats can use the north pier while we rebuild.\n")


def test_transcript_a_page_calling_itself_a_transcript(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37: a page whose introduction calls it an edited transcript ("This is an edited transcript." at a
    sentence's start, not a line's) is read as one, so the guests' labelled turns are theirs even when the presenter's
    turns mostly hand over rather than ask (a DEVELOP phone-in lost every guest's and caller's turn: no questioner by
    the turns and no interview by the title)."""
    analysis = run(EDITED_TRANSCRIPT, question="Will the harbour close the old quay?")
    assert speaker_name(analysis, "Mend the wall and keep the quay open") == "Petra Osgood"
    assert speaker_name(analysis, "We close the quay this winter") == "Tobin Haskel"
    doc = Document(id="d", source="s", title="Morning debate", outlet=None, published=None, body=EDITED_TRANSCRIPT)
    assert printed_as_interview(doc)
    note = "She read the transcript of the hearing. This is a transcript problem, she said."
    assert not printed_as_interview(Document(id="d", source="s", title="News", outlet=None, published=None, body=note))


def test_transcript_a_surname_label_of_a_name_the_tagger_missed() -> None:
    """Session 37: a label of a surname alone ("Abbot:") that names no person of the index stands for the one name of
    two or three capitalised words in the text ending in it, a title before it left out, even one the tagger made a
    body (a DEVELOP interview lost every answer of a guest introduced as "Dr <name> studies ..." and read as an
    organisation); none when two such names end in it, and no label that is no surname."""
    from stancemap.extract.actors import ActorIndex
    from stancemap.extract.transcript import _person_named, _surname_label, _surnamed_name

    text = ("Dr Ines Abbot studies ferry fares at the Varrow Institute. We asked her about the quay.\n\n"
            "Q: Will the quay close?\n\nAbbot: Not this year, and not without a vote.\n")
    index = ActorIndex(id_prefix="l")
    body = index._new("Ines Abbot", "organization")
    assert _surname_label("Abbot") and _surname_label("ABBOTT") and not _surname_label("Q")
    assert not _surname_label("AB") and not _surname_label("Listen again")
    assert _surnamed_name("Abbot", text, index) == "Ines Abbot"
    actor = _person_named("Ines Abbot", index)
    assert actor is body and body.kind == "person"
    assert _surnamed_name("Abbot", text + "Her brother Karl Abbot disagrees.\n", ActorIndex(id_prefix="m")) is None
    assert _surnamed_name("Varrow", text, ActorIndex(id_prefix="n")) is None


SURNAME_INTERVIEW = (
    "INTERVIEW: the economist who says the quay can wait\n\n"
    "Dr Orrin Selwick studies public opinion at the University of Varrow and advised the harbour board on its survey. "
    "We asked him whether the old quay should close.\n\n"
    "Q: Should the harbour close the old quay?\n\n"
    "Selwick: Not this year. The wall will hold for another winter, and closing it now would finish the small boats.\n\n"
    "Q: The board says the insurers will walk away.\n\n"
    "Selwick: The insurers have said no such thing in writing, and I have read every letter they sent.\n")


def test_transcript_a_surname_label_answers_in_an_interview(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37: the rule above end to end: the guest's answers under his surname are his, though the tagger reads
    "Dr <name> studies ..." as an organisation (red before the rule: no answer found)."""
    analysis = run(SURNAME_INTERVIEW, question="Will the harbour close the old quay?")
    assert speaker_name(analysis, "The wall will hold for another winter") == "Orrin Selwick"
    assert speaker_name(analysis, "The insurers have said no such thing in writing") == "Orrin Selwick"


# A debate printed by a radio site, its programme credited on a line of its own, its presenter's turns mostly handing
# over without asking (invented text).
CREDITED_TRANSCRIPT = (
    "RADIO VARROW 99.1 FM\n"
    "Listen Live | Programmes | News | Travel | Podcasts | Contact\n\n"
    "Morning debate: should Varrow close the old quay?\n\n"
    "Radio Varrow Newsroom\n"
    "19/03/2026\n"
    "Listen again: The Harbour Hour with Ilse Marrick (09:05 - 09:45)\n\n"
    "Before Monday's vote, Ilse Marrick put the quay plan to harbour chair Tobin Haskel and Green councillor Petra Osgood. "
    "This is an edited transcript.\n\n"
    "IM: The quay, then. Tobin Haskel first.\n\n"
    "TH: The wall is crumbling and the insurers have told us so. We close the quay this winter and we rebuild it "
    "properly.\n\n"
    "IM: Your turn, Petra Osgood.\n\n"
    "PO: Closing it would finish the small boats for good. Mend the wall and keep the quay open.\n\n"
    "IM: Is that really the choice?\n\n"
    "TH: The small boats can use the north pier while we rebuild.\n\n"
    "IM: A text from a listener says the quay is the heart of the town.\n\n"
    "PO: It is, and the town will not forgive a closure.\n")


def test_transcript_a_presenter_named_by_the_programmes_credit(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37: a presenter credited on a removed line "Listen again: <programme> with <name>" makes no statement,
    though half her turns only hand over without asking (a DEVELOP phone-in, read as a transcript since today, gave ten
    of its presenter's turns as her statements)."""
    analysis = run(CREDITED_TRANSCRIPT, question="Will the harbour close the old quay?")
    assert speaker_name(analysis, "Mend the wall and keep the quay open") == "Petra Osgood"
    presenter = [s.content for s in analysis.statements
                 if (a := analysis.actor(s.speaker)) is not None and a.name == "Ilse Marrick"]
    assert not presenter, presenter


# An interview whose guest is named in full only in the title and in her first label, then by her surname alone
# (invented text).
FULL_THEN_SURNAME = (
    "\"The quay can wait\": harbour chief Oda Brennick answers her critics\n\n"
    "The harbour board votes on Monday on closing the old quay. We put the case against it to the board's chief.\n\n"
    "KARL TESSIER: Half the town thinks the quay is finished. Is it?\n\n"
    "ODA BRENNICK: No. The wall will hold for another winter, and closing it now would finish the small boats.\n\n"
    "TESSIER: The insurers say otherwise.\n\n"
    "BRENNICK: The insurers have said no such thing in writing, and I have read every letter they sent.\n\n"
    "TESSIER: So you will vote against closure?\n\n"
    "BRENNICK: I will vote to mend the wall and keep the quay open.\n")


def test_transcript_a_full_name_label_of_no_actor_then_its_surname(run) -> None:  # type: ignore[no-untyped-def]
    """Session 37: a full name in capitals that labels a turn and names no actor of the body (the guest named in full in
    the title only) is a person speaking when its surname alone labels other turns; her answers under either label are
    hers (a DEVELOP interview lost every answer of its guest)."""
    analysis = run(FULL_THEN_SURNAME, question="Will the harbour close the old quay?")
    assert speaker_name(analysis, "The wall will hold for another winter") == "Oda Brennick"
    assert speaker_name(analysis, "The insurers have said no such thing in writing") == "Oda Brennick"
    assert speaker_name(analysis, "I will vote to mend the wall") == "Oda Brennick"
