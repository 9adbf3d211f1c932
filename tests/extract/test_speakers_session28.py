"""Speakers (issue 10, session 28): the causes of PolNeAR's wrong speakers that a careful reader also finds wrong, one
test per cause on invented text: a verb of saying in a relative clause reports no clause; a closing cue reports the
clause the parse made its second subject; "it" after a document is the document; a clause of time opened by its own
cue ("after he admitted ...") is that cue's, not the cue before it; a participle after a "despite" phrase of people is
theirs. Fictional people, bodies and places."""

from __future__ import annotations

from .conftest import speaker_name, statement_with

QUESTION = "Will the Orvel tunnel be built?"


def test_a_cue_in_a_relative_clause_reports_no_clause(run) -> None:  # type: ignore[no-untyped-def]
    """clauses.gap_clause: "The four savings she cited are A": what she cited is the savings, so the sentence's
    predicate is not what she said; "rules she drafted that B says raised C": the "that" clause is another relative
    clause on the rules, not what she drafted."""
    text = ("Tunnel row\n\nThe council met on Monday. The three \"savings\" she cited are \"fewer lanes, a shorter bore "
            "and cheaper steel,\" the Orvel Courier reported.\n\nThe ad shows the mayor at the harbour. It also lists "
            "rules she drafted that Kasimir Oddo says raised the cost.")
    analysis = run(text, question=QUESTION)
    assert not any(s.cue == "cited" for s in analysis.statements)
    assert not any(s.cue == "drafted" for s in analysis.statements)


def test_a_closing_cue_with_two_subjects(run) -> None:  # type: ignore[no-untyped-def]
    """statements._fronted: 'The three "flaws" he cited are "A," the Orvel Star reported.': the parse made the opening
    noun the closing cue's object besides its subject; the opening clause is what the paper reported."""
    text = ("Tunnel row\n\nThe council met on Monday.\n\nThe three \u201cflaws\u201d he cited are \u201cthe cost of "
            "steel, the flooding at the harbour end and the lack of exits,\u201d the Orvel Star reported.\n")
    analysis = run(text, question=QUESTION)
    statement = statement_with(analysis, "the lack of exits")
    assert statement.cue == "reported"
    assert speaker_name(analysis, "the lack of exits") == "Orvel Star"


def test_it_after_a_document_is_the_document(run) -> None:  # type: ignore[no-untyped-def]
    """predicates._document_it: "The leaflet shows X. It also lists Y": "it" is the leaflet, which reports Y."""
    text = ("Tunnel row\n\nThe ad shows the mayor at the harbour. It also lists rules she drafted that Kasimir Oddo "
            "says raised the cost.")
    analysis = run(text, question=QUESTION)
    statement = statement_with(analysis, "rules she drafted")
    assert statement.cue == "lists" and statement.speaker_mention == "It"


def test_a_cue_in_a_clause_of_time_reports_what_follows(run) -> None:  # type: ignore[no-untyped-def]
    """statements._cue_under: '"A," Pell told Oddo, after he conceded under Pell's questioning he had never seen it':
    the clause after "conceded" is what he conceded, not more of what Pell told him."""
    text = ("Tunnel row\n\nKasimir Oddo, the council's engineer, was questioned on Monday.\n\n\"You should resign,\" "
            "Dora Pell told Oddo, after he conceded under Pell's questioning he had never seen the survey.")
    analysis = run(text, question=QUESTION)
    statement = statement_with(analysis, "never seen the survey")
    assert statement.cue == "conceded"
    assert speaker_name(analysis, "never seen the survey") == "Kasimir Oddo"
    assert not any(s.cue == "told" and "never seen" in s.content for s in analysis.statements)


def test_a_participle_after_despite_its_object(run) -> None:  # type: ignore[no-untyped-def]
    """clauses._absolute_subject: "Pell pressed on despite a few former allies, such as A and B, now saying
    ...": the allies say it, not Pell, the subject the parse hung the participle on."""
    text = ("Tunnel row\n\nThe mayor, Dora Pell, backs the tunnel. Pell pressed on despite a few former allies, such "
            "as Anna Brek and Tomas Lind, now saying the route must be drawn again.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "drawn again") != "Dora Pell"
    assert "allies" in (statement_with(analysis, "drawn again").speaker_mention or "")


def test_a_participle_after_despite_and_a_comma_stays_the_subjects(run) -> None:  # type: ignore[no-untyped-def]
    """clauses._absolute_subject: "Pell pressed on despite angry residents, saying ...": a comma right before the
    participle hangs it on the subject, who says it (red before: "angry residents")."""
    text = ("Tunnel row\n\nThe mayor, Dora Pell, backs the tunnel. Pell pressed on with the tunnel despite angry "
            "residents, saying the tunnel was vital to the town.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "vital to the town") == "Dora Pell"


def test_a_participle_after_with_stays_the_subjects(run) -> None:  # type: ignore[no-untyped-def]
    """clauses._absolute_subject: "filed a complaint with the board, claiming ...": "with" is the verb's own, and
    the one who filed claims it."""
    text = ("Tunnel row\n\nThe Orvel Residents' Union filed a complaint on Monday with the city's planning board, "
            "claiming that the tunnel's builder had hidden the cost.")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "had hidden the cost") == "Orvel Residents' Union"


def test_a_cue_the_parse_hung_on_the_sentences_noun() -> None:
    """clauses.gap_clause: "Its envoy Mira Tolk claimed that the shells were fired": where the parse lost the main verb
    and made "claimed" a relative clause of "envoy" (the sentence's root), its "that" clause is still what was claimed;
    under a noun that is no root, the same shape is a second relative clause (the parse built by hand: the tagger
    reads it so only on some names)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from stancemap.extract.clauses import gap_clause

    vocab = English().vocab
    words = ["Its", "envoy", "Mira", "Tolk", "claimed", "that", "the", "shells", "were", "fired", "."]
    heads = [1, 1, 3, 4, 1, 9, 7, 9, 9, 4, 1]
    deps = ["poss", "ROOT", "compound", "nsubj", "relcl", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct"]
    pos = ["PRON", "NOUN", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not gap_clause(doc[4], doc[9])
    # "They cut policies she backed that the shells were fired": "policies" the object of "cut", not the root
    words = ["They", "cut", "policies", "she", "backed", "that", "the", "shells", "were", "fired", "."]
    heads = [1, 1, 1, 4, 2, 9, 7, 9, 9, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "mark", "det", "nsubjpass", "auxpass", "ccomp", "punct"]
    pos = ["PRON", "VERB", "NOUN", "PRON", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert gap_clause(doc[4], doc[9])


def test_a_noun_carried_by_someones_words(run) -> None:  # type: ignore[no-untyped-def]
    """nominal._carried_by: "her letter contained a quiet admission that A": the admission is hers."""
    text = ("Tunnel row\n\nThe mayor, Dora Pell, spoke in Orvel on Saturday. Pell has backed the tunnel for years. But "
            "her letter on Saturday contained a quiet admission that the tunnel may never be built. His speech "
            "carried a harder edge, and a blunt warning that the council would run out of money.\n")
    analysis = run(text, question=QUESTION)
    assert speaker_name(analysis, "may never be built") == "Dora Pell"
    assert statement_with(analysis, "run out of money").speaker_mention == "His"
