"""The outlets section and what feeds it: framing terms (framing.py), disagreements (relate.py),
and their views (export/outlets.py)."""

from __future__ import annotations

import pytest

from stancemap.disagreements import date_disagreements, stance_disagreements, thing_of
from stancemap.export.outlets import framing_groups, framing_table
from stancemap.framing import FramingIndex, is_loaded
from stancemap.model import Actor, Analysis, Document, Event, Question
from stancemap.relate import relate


def _terms(outlet: str, corpus: list[str], names: list[str] | None = None,
           persons: list[tuple[str, ...]] | None = None) -> dict[str, str | None]:
    return {t.term: t.variant_of for t in FramingIndex(corpus, names, persons).terms([outlet])}


def test_framing_gazetteer_spelling_counts_where_a_rival_is_in_the_corpus() -> None:
    kyiv, kiev = "Officials in Kyiv said talks went on.", "Officials in Kiev said talks went on."
    assert _terms(kiev, [kyiv, kiev]) == {"Kiev": "Kyiv"}
    assert _terms(kyiv, [kyiv, kiev]) == {"Kyiv": None}
    # Alone in its corpus, the usual English spelling of a city is no choice at all.
    assert _terms("Ministers met in Moscow and Brussels.", ["Ministers met in Moscow and Brussels."]) == {}


@pytest.mark.parametrize(("a", "b", "found"), [
    ("Vodna", "Wodna", True),  # one letter, first place
    ("Stanek", "Staneck", True),  # one letter inserted
    ("Velinsky", "Velinskyy", True),  # a doubled last letter is a transliteration
    ("Russia", "Russian", False),  # a demonym
    ("Tuesday", "Thursday", False),  # calendar words
    ("Elin", "Ein", False),  # too short to tell
    ("Varn", "Vaarn", True),  # a doubled letter is a transliteration even in four letters
    ("Mora", "Mara", False),  # four letters and any other change: too short to tell
    ("Toszk", "Tosk", True),  # "sz" for "s", a transliteration even in four letters
])
def test_framing_corpus_pairs(a: str, b: str, found: bool) -> None:
    corpus = [f"Reporters met {a} on the way.", f"Reporters met {b} on the way."]
    assert (_terms(corpus[0], corpus).get(a) == b) is found


def test_framing_corpus_pairs_are_names_the_extractor_found() -> None:
    corpus = ["Analysis by the desk.", "Analysts said so. Vodna agreed.", "Wodna agreed."]
    assert _terms(corpus[0] + corpus[1], corpus, names=["Vodna"]) == {"Vodna": "Wodna"}
    assert "Analysis" in _terms(corpus[0], corpus)  # without actor names, nothing to tell them apart


def test_framing_corpus_pair_the_spelling_most_articles_use_is_the_reference() -> None:
    corpus = ["Ministers met in Varn.", "Trains left Varn on time.", "Crowds gathered in Vaarn and in Vaarn again.",
              "Varn and the coast."]
    # Varn 3 times, Vaarn twice: an outlet writing only "Varn" still chose a spelling, as "Kyiv" does.
    assert _terms(corpus[0], corpus, names=["Varn", "Vaarn"]) == {"Varn": None}
    assert _terms(corpus[2], corpus, names=["Varn", "Vaarn"]) == {"Vaarn": "Varn"}


def test_framing_person_names_are_never_framing_terms() -> None:
    corpus = ["Foreign Minister Lior Aman spoke.", "Aman said talks went on.", "Visitors flew to Amman."]
    # The gazetteer knows "Aman" as a spelling of Amman; the analysis knows a minister of that name.
    assert _terms(corpus[1], corpus) == {"Aman": "Amman"}
    assert _terms(corpus[1], corpus, names=["Lior Aman"], persons=[("Lior Aman", "Aman")]) == {}
    # A surname misspelt in one article is a person too, whichever of the two the actor lists.
    names = ["Ruth Kallvik"]
    pair = ["Ruth Kallvik voted no.", "Kallvik agreed.", "Kalvik disagreed."]
    assert _terms(pair[2], pair, names=names) == {"Kalvik": "Kallvik"}
    assert _terms(pair[2], pair, names=names, persons=[("Ruth Kallvik",)]) == {}
    # A lone word the tagger called a person may be a place it did not know; an alias that is a
    # place ("Amman Envoy") does not make the place a person.
    assert _terms(pair[2], pair, names=names, persons=[("Kallvik",)]) == {"Kalvik": "Kallvik"}
    places = ["Visitors flew to Amman.", "Visitors flew to Aman."]
    assert _terms(places[0], places, persons=[("Lior Tesh", "Amman Envoy")]) == {"Amman": None}


def test_framing_given_name_spelt_two_ways_before_one_surname() -> None:
    # "Owain"/"Owen" (a ratio of 67, too far for the letter rules) sound alike before one surname, and
    # outlets divide over them; "Robin"/"Ruth" before another surname do not sound alike.
    outlets = [["Owain Prydderch spoke. Owain said no.", "Ruth Lake met Owain Prydderch."],
               ["Owen Prydderch refused. Owen Prydderch said so.", "Robin Lake agreed."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Owain Prydderch", "Prydderch"), ("Owen Prydderch",), ("Ruth Lake",), ("Robin Lake",)]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    # ... each also shown in full, as the outlet writes the person's name.
    assert {t.term: t.variant_of for t in index.terms(outlets[0])} == {"Owain": None, "Owain Prydderch": "Owen Prydderch"}
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Owen": "Owain", "Owen Prydderch": "Owain Prydderch"}


def test_framing_given_name_after_a_title() -> None:
    # "Governor Theodor Halm": the pair after the title is read too (pairs overlap), so the given name
    # spelt two ways before one surname is found and shown in full.
    outlets = [["Governor Theodor Halm has spoken."], ["Teodor Halm refused. Teodor Halm said so."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Theodor Halm",), ("Teodor Halm", "Halm")]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[0])}["Theodor Halm"] == "Teodor Halm"


def test_framing_name_with_a_hyphen_or_a_space() -> None:
    # "Port-Mireille" / "Port Mireille": one town, which outlets divide over.
    outlets = [["The bank moves to Port-Mireille. Port-Mireille welcomed it."], ["A betrayal: off to Port Mireille!"]]
    corpus = [t for texts in outlets for t in texts]
    index = FramingIndex(corpus, ["Port-Mireille"], [], outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[0])} == {"Port-Mireille": None}
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Port Mireille": "Port-Mireille"}


def test_extended_latin_spellings() -> None:
    # "Brănescu" / "Branescu", "Vošnik" / "Vosnik": letters beyond Latin-1 ("ă", "š") are letters of a
    # name too; outlets divide over the two spellings of one person (red before: "Brănescu" was no word).
    outlets = [["Premier Ilie Brănescu spoke. Brănescu said no to Mara Vošnik."],
               ["Ilie Branescu refused. Branescu said so, and Mara Vosnik agreed."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Ilie Brănescu", "Brănescu"), ("Ilie Branescu", "Branescu"), ("Mara Vošnik",), ("Mara Vosnik",)]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[0])} == {"Brănescu": "Branescu", "Vošnik": "Vosnik"}
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Branescu": "Brănescu", "Vosnik": "Vošnik"}


def test_spellings_divided_from_the_outlets_own_texts() -> None:
    # FramingIndex counts each outlet's words in its pass over the corpus when the outlets hold the corpus's
    # own strings (outlet_framing does), and scans an outlet's other texts itself: the same division either
    # way (docs/performance.md, session 14).
    outlets = [["Premier Ilie Brănescu spoke. Brănescu said no to Mara Vošnik."],
               ["Ilie Branescu refused. Branescu said so, and Mara Vosnik agreed."]]
    corpus = [t for texts in outlets for t in texts]
    copies = [[t.encode().decode() for t in texts] for texts in outlets]  # equal strings, other objects
    assert all(c is not t for c, t in zip(copies[0] + copies[1], corpus, strict=True))
    persons = [("Ilie Brănescu", "Brănescu"), ("Ilie Branescu", "Branescu"), ("Mara Vošnik",), ("Mara Vosnik",)]
    for held in (outlets, copies):
        index = FramingIndex(corpus, [p[0] for p in persons], persons, held)
        assert {t.term: t.variant_of for t in index.terms(held[0])} == {"Brănescu": "Branescu", "Vošnik": "Vosnik"}
        assert {t.term: t.variant_of for t in index.terms(held[1])} == {"Branescu": "Brănescu", "Vosnik": "Vošnik"}


def test_short_names_with_accents() -> None:
    # "Zoë Brant" / "Zoe Brant": a name of three letters spelt with and without its accent is one name
    # (red before: names under four letters were never paired); "Ida" / "Ada" stay two names.
    outlets = [["Zoë Brant spoke. Ida Mell agreed."], ["Zoe Brant refused. Ada Mell did not."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Zoë Brant",), ("Zoe Brant",), ("Ida Mell",), ("Ada Mell",)]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[0])} == {"Zoë": "Zoe", "Zoë Brant": "Zoe Brant"}


def test_transliterated_names() -> None:
    # "Kravčec" / "Kravchets": "č" written as English says it, and the name's "c" as "ts" (red before:
    # only diacritics dropped were paired: "Kravcec").
    outlets = [["Tomas Kravčec spoke. Kravčec left."], ["Tomas Kravchets refused. Kravchets stayed."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Tomas Kravčec", "Kravčec"), ("Tomas Kravchets", "Kravchets")]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Kravchets": "Kravčec"}


def test_coined_scandal_names() -> None:
    # "Quillgate" after the minister Ivo Quill, "Viaductgate" after the Ormel Viaduct: a scandal named by a name of the story
    # and "-gate" is the outlet's own coinage (red before: no term); "Tarngate Courier" (a name's first
    # word) and "Holmgate" (a town the extractor found) are names, not coinages.
    outlets = [["QUILLGATE: the Ormel Viaduct deal. Quillgate grows, says the Tarngate Courier in Holmgate."],
               ["Minister Ivo Quill denied wrongdoing over the Ormel Viaduct. Viaductgate, said critics."]]
    corpus = [t for texts in outlets for t in texts]
    index = FramingIndex(corpus, ["Ivo Quill", "Holmgate", "Tarngate Courier"], [("Ivo Quill",)], outlets)
    assert {t.term: t.count for t in index.terms(outlets[0]) if t.term.lower().endswith("gate")} == {
        "QUILLGATE": 1, "Quillgate": 1}
    assert {t.term for t in index.terms(outlets[1])} == {"Viaductgate"}
    # A place named "-gate" after a word of a body's name ("Highgate" and the High Court), and a scandal English
    # already names ("Watergate" and the Water Board), are no outlet's coinage (red before: both shown).
    outlets = [["The High Court sat. Judge Ana Vell lives in Highgate. Critics cited Watergate."], ["The High Court ruled."]]
    index = FramingIndex([t for texts in outlets for t in texts], ["High Court", "Ana Vell", "West Water Board"],
                         [("Ana Vell",)], outlets)
    assert not [t for t in index.terms(outlets[0]) if t.term.endswith("gate")]


def test_framing_given_name_accents() -> None:
    # "Sínead Marrow" / "Sinead Marrow": a given name spelt two ways by its letters (accents), not its
    # sound, is shown with the surname too, as the outlet writes the person's name (red before: the
    # given name alone).
    outlets = [["Sínead Marrow spoke. Sínead Marrow said no."], ["Sinead Marrow refused."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Sínead Marrow", "Marrow"), ("Sinead Marrow",)]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Sinead": "Sínead", "Sinead Marrow": "Sínead Marrow"}


def test_framing_silent_final_e() -> None:
    # "Orvelle" / "Orvel": a doubled letter and a silent e, one town.
    outlets = [["Families in Orvelle wait. Orvelle mourns."], ["The Orvel scandal grows."]]
    corpus = [t for texts in outlets for t in texts]
    index = FramingIndex(corpus, ["Orvelle"], [], outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Orvel": "Orvelle"}


def test_framing_hyphenated_name_written_as_one_word() -> None:
    # "Rask-Holme" / "Raskholme": one surname, which outlets divide over; "Halvex-Orlin" (two firms
    # joined by a hyphen) has no one-word form and is no spelling.
    outlets = [["Edvin Rask-Holme spoke. Rask-Holme said no to the Halvex-Orlin deal."],
               ["Edvin Raskholme refused. Raskholme said so."]]
    corpus = [t for texts in outlets for t in texts]
    persons = [("Edvin Rask-Holme", "Rask-Holme"), ("Edvin Raskholme", "Raskholme")]
    index = FramingIndex(corpus, [p[0] for p in persons], persons, outlets)
    assert {t.term: t.variant_of for t in index.terms(outlets[0])} == {"Rask-Holme": "Raskholme"}
    assert {t.term: t.variant_of for t in index.terms(outlets[1])} == {"Raskholme": "Rask-Holme"}


def test_framing_soundex() -> None:
    from stancemap.framing_spelling import soundex

    assert [soundex(w) for w in ("Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Owain", "Owen")] == [
        "R163", "R163", "R150", "A261", "T522", "P236", "O500", "O500"]


def test_framing_special_operation_in_any_wording() -> None:
    text = "The special security operation and a special anti-terror operation went on after a special forces operation."
    assert _terms(text, [text]) == {"special security operation": "invasion", "special anti-terror operation": "invasion"}
    assert is_loaded("special security operation") and thing_of("special security operation") == "invasion"


def test_framing_named_regime_is_a_term_of_its_own() -> None:
    corpus = ["Tarn Warns Varn Regime. Envoys said the Varn regime must yield.",
              "Critics of the regime met. The sanctions regime and the visa regime stay."]
    # "<Name> regime" names whose government it is, and is not counted again as a bare "regime".
    assert _terms(corpus[0], corpus) == {"Varn regime": "Varn government"}
    # A bare "regime" is still loaded; "regime" meaning rules (sanctions, visas) is no framing.
    assert _terms(corpus[1], corpus) == {"regime": "government"}
    assert is_loaded("Varn regime") and thing_of("Varn regime") == "Varn government"
    assert not is_loaded("Varn")


def test_relate_framing_leaves_out_the_analysis_persons() -> None:
    bodies = ["Minister Lior Aman spoke in Varn.", "Aman flew to Vaarn.", "Talks in Varn went on. Varn agreed."]
    docs = [Document(f"d{i}", f"d{i}.txt", b, outlet=f"Outlet {i}") for i, b in enumerate(bodies)]
    actors = [Actor("a1", "Lior Aman", "person", ["Aman"]), Actor("a2", "Varn", "other"), Actor("a3", "Vaarn", "other")]
    analysis = relate(Analysis(None, docs, actors=actors))
    assert [{t.term: t.variant_of for t in o.framing} for o in analysis.outlets] == [
        {"Varn": None}, {"Vaarn": "Varn"}, {"Varn": None}]


def test_framing_loaded_terms() -> None:
    assert _terms("The incursion and the special military operation.", ["x"]) == {
        "incursion": "invasion", "special military operation": "invasion"}  # a plain "military operation" is no euphemism
    assert is_loaded("Stabilisation mission") and not is_loaded("Kiev")
    assert thing_of("stabilisation mission") == "invasion" and thing_of("liberation") == "occupation"


def test_outlets_framing_groups_and_table(full: Analysis) -> None:
    assert framing_groups(full) == [["incursion", "stabilisation mission"]]
    table = framing_table(full)
    assert table["columns"] == ["incursion / stabilisation mission"]
    assert [r["label"] for r in table["rows"]] == ["Harbour Daily", "Eastern Courier"]


def test_relate_stance_disagreement_needs_sides_in_common_missing(full: Analysis) -> None:
    found = stance_disagreements(full)
    assert [(d.subject, d.accounts) for d in found] == [
        ("Ada Lorne", {"Harbour Daily": ["support"], "Eastern Courier": ["conditional"]})]
    # A neutral report contradicts nothing.
    for s in full.statements:
        if s.id == "s5":
            s.stance = "neutral"
    assert stance_disagreements(full) == []


def _dated(doc: str, outlet: str, text: str, when: str) -> tuple[Document, Event]:
    return Document(doc, doc, text, outlet=outlet), Event(f"e-{doc}", doc, when, "day", "on Monday", text, ["a1"])


def test_relate_date_disagreement_one_event_two_dates() -> None:
    d1, e1 = _dated("d1", "North Post", "Talks between the two governments opened in Velby", "2026-03-02")
    d2, e2 = _dated("d2", "South Wire", "Talks between the two governments opened in Velby", "2026-03-04")
    d3, e3 = _dated("d3", "East Daily", "Talks between the two governments opened in Velby", "2026-03")
    analysis = relate(Analysis(Question("Will X join Y?"), [d1, d2, d3], events=[e1, e2, e3]))
    found = date_disagreements(analysis)
    assert len(found) == 1 and found[0].kind == "date"
    assert found[0].accounts["North Post"] == ["2026-03-02"] and found[0].accounts["South Wire"] == ["2026-03-04"]


def test_relate_date_agreement_and_different_events_are_not_disagreements() -> None:
    d1, e1 = _dated("d1", "North Post", "Talks between the two governments opened in Velby", "2026-03-02")
    d2, e2 = _dated("d2", "South Wire", "Talks between the two governments opened in Velby", "2026-03")
    d3, e3 = _dated("d3", "East Daily", "The navy held drills off the coast of Merrow", "2026-03-09")
    analysis = relate(Analysis(None, [d1, d2, d3], events=[e1, e2, e3]))
    assert date_disagreements(analysis) == []


def test_relate_disagreements_validate_in_the_json(full: Analysis) -> None:
    import json
    from importlib import resources

    import jsonschema

    from stancemap.export.json_out import to_dict

    schema = json.loads(resources.files("stancemap").joinpath("schema/analysis.schema.json").read_text())
    data = json.loads(json.dumps(to_dict(full)))
    jsonschema.validate(data, schema)
    assert {d["kind"] for d in data["disagreements"]} == {"stance", "wording"}
    assert data["outlets"][0]["framing"] == [{"term": "incursion", "count": 2, "variant_of": "invasion"}]


def test_outlets_missions_and_pejorative_names_are_framing() -> None:
    from stancemap.framing import FramingIndex

    corpus = ["The Veldt clique sent a peace-enforcement mission north.", "Veldt said the intervention would end."]
    terms = {t.term: t.variant_of for t in FramingIndex(corpus).terms(corpus[:1])}
    assert terms["peace-enforcement mission"] == "invasion"
    assert terms["Veldt clique"] == "Veldt government"
