"""The proposed question about a person written more than one way (issue 9, session 11): a name with and
without its diacritics is one name, a name the tagger types as a place or a body is still the person the
article names, a person's state ("remain on bail") is no act of theirs, and where an act sends its object
("send Olsund to Velloria") ends the question. Every name here is invented."""

from __future__ import annotations

from stancemap.question_sum import sum_frames

from .test_question_named_acts import _frames


def test_question_one_name_with_and_without_diacritics() -> None:
    # One article writes "Varescu", two "Vărescu": one person, acted on in three articles, keyed as written most.
    frames = [{"acts": {"=resign\tvarescu": 2}, "names": {"varescu": 1}, "headline": ["varescu"]},
              {"acts": {"=resign\tvărescu": 2}, "names": {"vărescu": 1}, "headline": ["vărescu", "go"]},
              {"acts": {"=resign\tvărescu": 2}, "names": {"vărescu": 1}}]
    corpus = sum_frames(frames)
    assert corpus.thing_spread["vărescu"] == 3 and "varescu" not in corpus.thing_spread, corpus.thing_spread
    assert corpus.headlines["vărescu"] == 2 and corpus.names["vărescu"] == 3, (corpus.headlines, corpus.names)
    # a common noun's lemma is left alone
    assert sum_frames([{"acts": {"ban\tcar": 1}, "names": {}}]).thing_spread["car"] == 1


def test_frames_headline_words_keep_letters_with_diacritics() -> None:
    from stancemap.extract.frames_words import headline_words
    from stancemap.parse import load_nlp

    doc = load_nlp()("Ion Vărescu faces a vote.")
    assert "vărescu" in headline_words(doc, "Will Vărescu go?"), headline_words(doc, "Will Vărescu go?")


def test_frames_a_person_the_tagger_types_otherwise_acts() -> None:
    # The second "Mărgescu" is typed a place; the article names Aurel Mărgescu a person, so he is who resigns.
    acts = _frames("Transport Minister Aurel Mărgescu faces a vote. Its leader says Mărgescu should have resigned "
                   "the day the emails came out.")["acts"]
    assert acts.get("=resign\tmărgescu") == 2, acts


def test_frames_a_persons_state_is_no_act() -> None:
    # "remain", "stay" (WordNet: be) and "speak" (communicate) say how a person is or that they spoke.
    acts = _frames("The judge Ilse Tamberg said Marek Olsund would remain on bail. Olsund could stay for a year. "
                   "Petra Lindqvist should resign.")["acts"]
    assert not any(k.startswith(("=remain", "=stay")) for k in acts), acts
    assert "=resign\tlindqvist" in acts, acts


def test_frames_where_an_act_sends_its_object() -> None:
    # "send Marek Olsund to Velloria": where the act sends him; "send a letter to dissidents" names no one.
    recipients = _frames("The minister signed the order to send Marek Olsund to Velloria. The group will send a "
                         "letter to dissidents.")["recipients"]
    assert recipients == {"olsund\tto Velloria": 1}, recipients


def test_frames_a_person_wanted_expelled_is_acted_on() -> None:
    # Session 16 (q_expel's shape): "want X expelled", "see X sacked": the participle is done to X, by nobody named;
    # "said X resigned" keeps X as who resigns.
    frames = _frames("Party members want Petra Lindqvist expelled. The fans would like to see the coach sacked. "
                     "An aide said Marek Olsund resigned on Friday.")
    assert {"expel\tlindqvist", "sack\tcoach"} <= set(frames["acts"]), frames["acts"]
    assert not any(k.startswith(("=expel", "=sack")) for k in frames["acts"]), frames["acts"]
    assert not any(k.startswith(("expel", "sack")) for k in frames["subjects"]), frames["subjects"]


def test_frames_a_subject_named_in_apposition() -> None:
    # Session 16 (q_boycott's shape): the subject is a common noun with the name in apposition; the name does the act.
    frames = _frames("SENNET, March 2 - Velder's main farming union, the Orchard Growers League, will boycott the "
                     "harvest auction unless the rules change.")
    assert any(k.startswith("boycott\tauction\t") and "Orchard Growers League" in k for k in frames["subjects"]), frames
