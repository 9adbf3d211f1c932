"""The parse rows a record keeps answer the judgements as the spaCy parse itself does: stance and
conditions judged on the rows (as the reduce does) equal those judged on the Doc."""

from __future__ import annotations

from pathlib import Path

from stancemap.article import prepare
from stancemap.extract import extract_article
from stancemap.ingest import read_sources
from stancemap.judge.article import judge_record
from stancemap.judge.proposition import parse_proposition
from stancemap.parse import load_nlp
from stancemap.question import make_question

from ..conftest import EXAMPLE_QUESTION, EXAMPLES, HELDOUT2, HELDOUT2_QUESTION


def _compare(folder: Path, text: str) -> int:
    sources, _ = read_sources([folder])
    question = make_question(text)
    question.proposition = parse_proposition(text)
    nlp = load_nlp()
    compared = 0
    for source in sources:
        item = prepare(source)
        if not hasattr(item, "record"):
            continue
        doc = item.record.document  # type: ignore[union-attr]
        sdoc = nlp(doc.body)
        record = extract_article(doc, sdoc)
        on_rows, on_doc = judge_record(record, question), judge_record(record, question, sdoc)
        assert on_rows == on_doc, source.path
        compared += len(on_rows.statements)
    return compared


def test_parsed_rows_judge_as_the_parse_does() -> None:
    assert _compare(EXAMPLES, EXAMPLE_QUESTION) > 100
    assert _compare(HELDOUT2 / "corpus", HELDOUT2_QUESTION) > 50


def test_parsed_rows_hold_every_token_attribute() -> None:
    from stancemap.parse_rows import SEP, rows_of

    sdoc = load_nlp()((EXAMPLES / "01_valdoria_applies.txt").read_text(encoding="utf-8"))
    rows = rows_of(sdoc, range(len(list(sdoc.sents))))
    seen = 0
    for run in rows["runs"]:
        columns = {c: run[c].split(SEP) for c in ("text", "lemma", "pos", "tag", "dep", "ent", "iob", "morph")}
        for k, tok in enumerate(sdoc[run["first"]:run["first"] + len(run["idx"])]):
            assert (run["idx"][k], run["head"][k], run["ws"][k]) == (tok.idx, tok.head.i, int(bool(tok.whitespace_)))
            assert [columns[c][k] for c in columns] == [tok.text, tok.lemma_, tok.pos_, tok.tag_, tok.dep_,
                                                        tok.ent_type_, tok.ent_iob_, str(tok.morph)]
            seen += 1
    assert seen == len(sdoc)


def test_parsed_rows_of_some_sentences_read_as_the_tokens_say() -> None:
    """Rows of kept sentences apart and side by side (one run each), out of range indices ignored:
    each column as reading every token's attributes one by one gives it (parse_rows reads them by column)."""
    from stancemap.parse_rows import SEP, rows_of

    text = ("Mayor Ilse Varga said on Monday that the depot would close. \"We cannot wait,\" she added. "
            "The drivers' union disagreed. Its leader, Corin Able, called the plan reckless. "
            "Nobody at City Hall answered. The vote is due in May, according to the clerk.")
    sdoc = load_nlp()(text)
    n = len(list(sdoc.sents))
    for kept in ([0, 1], [0, 2, 3], [n - 1], [-1, 1, n, n + 4], list(range(n)), []):
        rows = rows_of(sdoc, kept)
        wanted = sorted(k for k in set(kept) if 0 <= k < n)
        assert rows["n"] == len(sdoc) and len(rows["sents"]) == n
        tokens = [t for k in wanted for t in list(sdoc.sents)[k]]
        assert [t.i for run in rows["runs"] for t in sdoc[run["first"]:run["first"] + len(run["idx"])]] == [t.i for t in tokens]
        for run in rows["runs"]:
            columns = {c: run[c].split(SEP) for c in ("text", "lemma", "pos", "tag", "dep", "ent", "iob", "morph")}
            for k, tok in enumerate(sdoc[run["first"]:run["first"] + len(run["idx"])]):
                assert (run["idx"][k], run["head"][k], run["ws"][k]) == (tok.idx, tok.head.i, int(bool(tok.whitespace_)))
                assert [columns[c][k] for c in columns] == [tok.text, tok.lemma_, tok.pos_, tok.tag_, tok.dep_,
                                                            tok.ent_type_, tok.ent_iob_, str(tok.morph)]


def test_a_spans_tokens_are_the_documents() -> None:
    """A span's tokens are the document's own objects, index by index, whether every token of it was kept (a slice of the
    kept run, issue 11 session 43) or some were not (read one by one, an empty token for each left out). Invented text."""
    from stancemap.parse_rows import rows_of
    from stancemap.parsed import ParsedDoc, ParsedSpan

    text = ("The Marrow Street ferry will stop at dusk. Quillon said the crews agreed. \"We will not sail at night,\" "
            "Ostvik added. Tickets go on sale in May.")
    sdoc = load_nlp()(text)
    n_sents = len(list(sdoc.sents))
    for kept in ([0, 2], [1], list(range(n_sents))):
        pdoc = ParsedDoc(text, rows_of(sdoc, kept))
        for start in range(len(sdoc)):
            for end in range(start, len(sdoc) + 1):
                span = ParsedSpan(pdoc, start, end)
                got = list(span)
                assert [t.i for t in got] == list(range(start, end))
                assert all(t is pdoc[t.i] for t in got)  # (each the document's one object for its index)
                assert [t.text for t in got] == [sdoc[t.i].text if pdoc.kept(t.i) else "" for t in got]
