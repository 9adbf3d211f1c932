"""The question: given, or proposed from the corpus when none is given."""

from __future__ import annotations

from stancemap.model import Source
from stancemap.pipeline import analyze_sources
from stancemap.question import question_terms

ARTICLES = [
    "Osterland wants to join the Harbor Pact, its foreign minister said. Membership in the Harbor Pact is popular.",
    "Velden opposes Osterland's accession to the Harbor Pact, officials said on Monday.",
    "The Harbor Pact will discuss Osterland's membership bid in May, diplomats in Velden said.",
]


def test_question_proposed_from_membership_sentences() -> None:
    analysis = analyze_sources([Source(f"a{i}.txt", "text", text=t) for i, t in enumerate(ARTICLES)])
    assert analysis.question is not None and analysis.question.proposed
    assert analysis.question.text == "Will Osterland join the Harbor Pact?"


def test_question_given_is_kept() -> None:
    analysis = analyze_sources([Source("a.txt", "text", text=ARTICLES[0])], "Should Osterland stay neutral?")
    assert analysis.question is not None and not analysis.question.proposed
    assert analysis.question.text == "Should Osterland stay neutral?"


def test_question_terms() -> None:
    assert question_terms("Will Ukraine join NATO?") == ["Ukraine", "NATO"]


def _propose(texts: list[str]) -> str | None:
    analysis = analyze_sources([Source(f"p{i}.txt", "text", text=t) for i, t in enumerate(texts)])
    q = analysis.question
    assert q is None or (q.proposed and q.reason), q
    return q.text if q is not None else None


def test_question_proposed_for_a_decision_on_a_thing() -> None:
    # An act other than joining: the thing most argued about and the act done to it (not a side taken).
    text = _propose([
        "The Harlow council will vote on the Riverside Budget next week. Critics said they would oppose the budget.",
        "Councillor Ada Venn said the council should approve the Riverside Budget. Unions back the budget.",
        "Residents rejected the budget at a meeting. The council is expected to approve the budget on Friday.",
    ])
    assert text is not None and "budget" in text.lower() and "approve" in text.lower(), text


def test_question_proposed_for_a_person_asks_about_their_act() -> None:
    # A name only taken sides on ("endorse Morrow") is asked about through the act the corpus names most.
    text = _propose([
        "The teachers' union endorsed Dana Morrow on Monday. Morrow hopes to win the election in May.",
        "Two councillors endorsed Dana Morrow. Her rival said Morrow would not win the election.",
        "Polls suggest Morrow could win the election. The chamber endorsed Morrow as well.",
    ])
    assert text is not None and "Morrow" in text and "win" in text, text


def test_question_participle() -> None:
    from stancemap.question_words import participle

    assert [participle(v) for v in ("approve", "ban", "win", "phase out", "put", "sign", "read")] == [
        "approved", "banned", "won", "phased out", "put", "signed", "read"]


def test_question_proposed_through_a_particle_verb_named_as_a_noun() -> None:
    # "the phase-out" (split by the tokenizer) is one act noun; the vague "date" gives way to it, and
    # the question asks about the verb the corpus does it with.
    text = _propose([
        "Ostmere will phase out coal power by 2031, the minister said. Unions support the 2031 date.",
        "The phase-out is a gamble, miners said. The opposition will not accept the date.",
        "Critics want the phase-out pushed back. Greens urged Ostmere to phase out coal power sooner.",
        "Ministers defended the phase-out. Employers reject the date and will not accept the date.",
    ])
    assert text is not None and "phase" in text and "coal" in text, text


def test_question_proposed_thing_leaves_out_amounts() -> None:
    # "a 14.6 billion krona merger": the amount and its unit are no part of the thing's name.
    text = _propose([
        "The board will approve Vantel Telecom's planned 9.2 billion krona merger with Kestby Mobile, analysts said.",
        "Unions oppose the merger. The board should not approve the merger, critics said.",
        "The board is expected to approve the merger in April.",
    ])
    assert text is not None and "Vantel" in text and "krona" not in text and "billion" not in text, text


def test_question_proposed_subject_a_body_named_by_its_kind() -> None:
    # Nobody named approves the application; the council approving other things is its subject.
    text = _propose([
        "Residents oppose the Quellis application for Fenwick Reach. The council approved the budget in May.",
        "The Quellis application for Fenwick Reach should be approved, officers said.",
        "Greens urged members to reject the Quellis application. The council approved a new depot last year.",
    ])
    assert text is not None and "council" in text and "Fenwick Reach" in text, text


def _frames(text: str, title: str | None = None) -> dict[str, object]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text), title)


def test_frames_a_verb_of_saying_done_to_a_name_is_an_act() -> None:
    # "confirm Dulov" is an appointment; "confirmed the figures" a report.
    acts = _frames("The Senate will confirm Dulov next week. The ministry confirmed the figures on Monday. "
                   "Officials warned Brask that the vote would be close.")["acts"]
    assert "confirm\tdulov" in acts and not any(k.startswith(("confirm\tfigure", "warn")) for k in acts), acts


def test_frames_a_headline_label_is_not_part_of_the_name() -> None:
    # A title-case headline runs a plural label into the name ("Campaigners Mira Castell"): the subject is
    # the name; a two-word name stays.
    subjects = _frames("Campaigners Mira Castell will cancel the Harbour Lights Festival. "
                       "Workers Party will back the plan.")["subjects"]
    assert any(k.endswith("\tMira Castell|WORK_OF_ART") or k.split("\t")[2].startswith("Mira Castell")
               for k in subjects), subjects
    assert not any("Campaigners" in k for k in subjects), subjects
    assert any("Workers Party" in k for k in subjects), subjects


def test_frames_a_verb_of_saying_done_to_a_person_is_an_act() -> None:
    # "recall the mayor" removes her; "recalled the figures" remembers them.
    acts = _frames("Voters may recall the mayor in June. The minister recalled the figures.")["acts"]
    assert "recall\tmayor" in acts and "recall\tfigure" not in acts, acts


def test_frames_a_pronoun_acted_on_is_the_person_named_before() -> None:
    acts = _frames("Kasimir Dulov faces a hearing on Friday. The Senate will confirm him by the end of the month.")["acts"]
    assert "confirm\tdulov" in acts, acts


def test_frames_subject_of_an_adjective_governing_the_act() -> None:
    # "The Bank of Norland is not ready to cut rates": the bank would cut; its name goes on after its head.
    subjects = _frames("The Bank of Norland is not ready to cut interest rates, analysts said.")["subjects"]
    assert "cut\trate\tthe Bank of Norland|ORG" in subjects, subjects


def test_frames_headline_words_take_the_body_lemmas() -> None:
    found = _frames("The central bank cut rates on Tuesday. Markets rose.", "Central bank cuts rates again")["headline"]
    assert "rate" in found and "bank" in found, found


def test_question_proposed_thing_the_headlines_name() -> None:
    # The offer is argued about a little more in the bodies; every headline names the strike.
    from stancemap.question import propose_question

    def frame(headline: list[str]) -> dict[str, object]:
        return {"acts": {"improve\toffer": 3, "end\tstrike": 2}, "headline": headline}

    text = propose_question([frame(["metro", "strike", "third", "day"]), frame(["strike", "drag"]),
                             frame(["end", "strike", "sight"])])
    assert text is not None and "strike" in text.text, text


def test_question_proposed_act_named_as_a_noun_counts_for_its_object() -> None:
    # "welcomed a cut", "the cut": the act done to rates; the question asks who would cut them.
    text = _propose([
        "Families welcomed a cut. The Bank of Norland is not ready to cut interest rates, its governor said.",
        "Markets expect a cut in March. Critics say the bank should lower interest rates.",
        "Economists said a cut was overdue. The bank could lower interest rates next month.",
    ])
    assert text is not None and "rates" in text and "Bank of Norland" in text, text


def test_frames_a_contested_intransitive_act_of_a_thing() -> None:
    # "the truce will hold": the truce is what may or may not happen; "the union voted" is a body acting,
    # and "the truce held" with nothing contested is a report.
    acts = _frames("Diplomats said the truce would hold until the talks. The union voted on Monday. "
                   "Residents will leave.")["acts"]
    assert "=hold\ttruce" in acts and not any(k.endswith(("\tunion", "\tresident")) for k in acts), acts


def test_frames_a_document_that_speaks_is_no_act() -> None:
    # "the report will warn", "the study would argue": verbs of saying, not acts that may happen
    acts = _frames("The report will warn of higher costs for ferries. The study would argue otherwise. "
                   "The truce would hold.")["acts"]
    assert "=hold\ttruce" in acts and not any(k.startswith(("=warn", "=argue")) for k in acts), acts


def test_question_proposed_intransitive_act_keeps_the_thing_as_subject() -> None:
    text = _propose([
        "The Harlow truce will hold, the envoy said. Rebels could break the truce within days.",
        "Nobody expects the truce to hold beyond March, officials said. The army may break the truce.",
        "The truce would not hold without monitors, aid groups warned.",
    ])
    assert text is not None and "truce" in text and "hold" in text and " be " not in text, text


def test_question_proposed_decision_of_a_body_is_the_act() -> None:
    # "block" is a side when a critic says it, the act when the regulator does it: not "go ahead".
    text = _propose([
        "The Competition Authority will block the merger, sources said. Unions oppose the merger.",
        "Analysts expect the Competition Authority to block the merger in May. Shareholders back the merger.",
        "The Competition Authority could block the merger, its chair said.",
    ])
    assert text is not None and "block" in text and "merger" in text and "Authority" in text, text


def test_question_proposed_decision_argued_both_ways_is_asked_in_the_affirmative() -> None:
    # "accept" and "reject" done to one offer are one contested decision: it outweighs a procedural
    # act as frequent ("table the offer"), and is asked about as acceptance, never inverted as the
    # board's rejection (session 7: q_accept's 'Will Vexley table the offer ...?', q_deploy's
    # 'Will Belmark Party reject the deployment ...?').
    from stancemap.question import propose_question

    frame = {"acts": {"table\toffer": 1, "accept\toffer": 1, "reject\toffer": 1},
             "subjects": {"reject\toffer\tthe board|BODY": 1}}
    found = propose_question([frame, frame, frame])
    assert found is not None and "accept" in found.text and "offer" in found.text, found
    assert "reject" not in found.text and "table" not in found.text, found


def test_question_proposed_act_named_as_a_noun_beats_a_garbled_one() -> None:
    # What the corpus calls the act as a noun ("the ban") outweighs a verb nobody names ("lock the cars").
    from stancemap.question import propose_question

    frame = {"acts": {"lock\tcar": 3, "ban\tcar": 2}, "events": {"ban": 2}, "headline": ["car", "ban"]}
    found = propose_question([frame, frame, frame])
    assert found is not None and "banned" in found.text, found


def test_question_proposed_act_named_as_a_noun_counts_not_for_its_doer() -> None:
    # "President Oberlin pardons" misread as pardoning Oberlin: the pardon is argued about for Kovar.
    from stancemap.question import propose_question

    frame = {"acts": {"pardon\toberlin": 4, "pardon\tkovar": 3, "grant\tpardon": 2, "support\tpardon": 4},
             "subjects": {"pardon\toberlin\tPresident Oberlin|PERSON": 1, "grant\tpardon\tOberlin|PERSON": 1},
             "names": {"oberlin": 1, "kovar": 1}, "headline": ["kovar", "pardon"]}
    found = propose_question([frame, frame, frame])
    assert found is not None and "kovar" in found.text.lower() and "pardon" in found.text, found


def test_question_proposed_ban_named_as_a_noun() -> None:
    # "the ban" (WordNet: a decree, not an act) names the act argued about; "lock" the cars names nothing.
    text = _propose([
        "Car ban splits Velmar\n\nThe ban would lock private cars out of the old town, the mayor said. Shopkeepers "
        "fear the ban. Drivers will lock private cars in garages outside the walls.",
        "Velmar ban vote nears\n\nThe council is expected to ban private cars from the old town in May. Critics said "
        "the ban would lock private cars out and hurt trade.",
        "Traders fight Velmar car ban\n\nTraders oppose the ban. Under the plan, wardens would lock private cars "
        "found in the old town. Mayor Ilse Dorn said the ban was needed.",
    ])
    # (since session 13 "The council is expected to ban ...": the council, the passive subject of "expected", bans)
    assert text is not None and ("banned" in text or "council ban" in text) and "lock" not in text, text


def test_question_names_the_object() -> None:
    # "strike down the law", where the corpus names the law only as "the Broadcasting Standards Act": the
    # question names it (an act and a law are kin in WordNet); a leading "The" of a name goes lower case.
    text = _propose([
        "Court to rule on media law\n\nThe Supreme Court will strike down the law, lawyers for the broadcasters "
        "said. The Broadcasting Standards Act was passed in March. Critics say the Broadcasting Standards Act gags "
        "the press.",
        "Judges hear challenge\n\nThe Broadcasting Standards Act faces its biggest test. Broadcasters want the court "
        "to strike down the law. The government defends the law.",
        "Editors hope court will strike down the law\n\nEditors urged the court to strike down the law. The "
        "Broadcasting Standards Act allows fines for biased reports.",
    ])
    assert text == "Will the Supreme Court strike down the Broadcasting Standards Act?", text


def test_question_proposed_a_persons_own_act() -> None:
    # "refused to resign", "urged Dorn to resign", "will not resign": a person's own act, done to nothing,
    # is what the corpus argues about (not "Will Dorn be sacked?", said once).
    text = _propose([
        "Pressure mounts on Ilse Dorn\n\nTransport minister Ilse Dorn refused to resign on Monday. Opposition "
        "leaders urged Dorn to resign over the tender affair. The premier could sack Dorn, aides said.",
        "Dorn clings on\n\nIlse Dorn will not resign, her office said. Critics say Dorn must resign. A resignation "
        "would end the row.",
        "Calls for Dorn resignation grow\n\nUnions want Ilse Dorn to step down. Dorn said she would not resign "
        "before the inquiry reports.",
    ])
    assert text == "Will Ilse Dorn resign?", text


def test_question_proposed_never_none() -> None:
    # Each thing acted on in one article only: the question still asks about one of them.
    from stancemap.question import propose_question

    frames = [{"acts": {"approve\tbudget": 2}, "events": {"approval": 1}},
              {"acts": {"block\ttunnel": 2}, "events": {"approval": 1}}]
    found = propose_question(frames)
    assert found is not None and found.reason, found
    assert propose_question([{"events": {"merger": 2}}, {"events": {"merger": 1}}]).text == "Will the merger go ahead?"  # type: ignore[union-attr]


def test_frames_a_join_told_in_the_past_is_no_membership() -> None:
    # "Lind joined the firm in 2015" tells a fact: no membership argued (frames._narrated); a join still to come, one
    # wanted or one in the present perfect is one.
    assert _frames("Mara Lind joined Brantwell Foods in 2015 from a rival baker.")["pairs"] == []
    assert _frames("Osterland will join the Harbor Pact next year.")["pairs"] == [["Osterland", "the Harbor Pact"]]
    assert _frames("Osterland wants to join the Harbor Pact.")["pairs"] == [["Osterland", "the Harbor Pact"]]
    assert _frames("Osterland has joined the Harbor Pact.")["pairs"] == [["Osterland", "the Harbor Pact"]]


def test_question_one_articles_join_is_no_membership() -> None:
    # A membership named in one article of four ("X will join Y") does not outrank what the corpus argues about;
    # named in two, it still does (question_membership.MEMBERSHIP_LEAST).
    from stancemap.question_membership import membership_question

    one = [{"pairs": [["Lind", "Brantwell Foods"]]}] + [{"pairs": []}] * 3
    two = [{"pairs": [["Lind", "Brantwell Foods"]]}] * 2 + [{"pairs": []}] * 2
    assert (found := membership_question(one)) is not None and found[2] == 0.0
    assert (found := membership_question(two)) is not None and found[2] == 0.5


def test_question_a_company_corpus_with_a_join_told_is_no_membership() -> None:
    # Before session 20 one article's "Lind joined Brantwell Foods in 2015" (a membership in 1 of 4 articles, over
    # the 15 % share) made the question "Will Lind join the Brantwell Foods?" in a corpus arguing over a listing.
    text = _propose([
        "Brantwell Foods weighs stock market listing\n\nBrantwell Foods will decide in May whether to list its shares "
        "on the Orsk exchange, chief executive Mara Lind said on Tuesday. Lind joined Brantwell Foods in 2015. She "
        "said a listing would raise money for two new bakeries. Some family shareholders oppose the listing.",
        "Family shareholders fight Brantwell listing\n\nA group of family shareholders said they would vote against "
        "any plan to list Brantwell Foods. \"We should not list the company,\" said Piet Varga, whose grandfather "
        "founded it. Analysts said the board could list the shares by the autumn. Varga joined Brantwell Foods in "
        "1998.",
        "Brantwell board backs listing\n\nThe board of Brantwell Foods backed a plan to list the company on the Orsk "
        "exchange. The listing could value the firm at 400 million crowns. The shareholders will vote on June 3.",
        "Opinion: Brantwell should stay private\n\nBrantwell Foods should not list its shares. A listing would put "
        "short-term investors in charge of a company that has done well for ninety years. The board should drop the "
        "listing.",
    ]) or ""
    assert "join" not in text and "list" in text, text
