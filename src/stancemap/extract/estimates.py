"""Estimates said with "put": "The weather service puts the chance of rain at one in five", "Leaked figures put the
cost at 5 billion crowns" (issue 10 item 1: a claim with no verb of saying). The content runs from the verb, which
says that it is an estimate, to the sentence's end; the subject, whatever it is, is the source, as with "said"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .candidate import Candidate
from .clauses import speaker_words
from .quotes import inside
from .text import trim


def estimate_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    """"X puts/put Y at <a figure or a quotation>": Y estimated at that figure (not "put the plan at risk": the
    phrase after "at" must hold a number or a quotation; not a phrasal "put on"/"put down", nor a clock time: "put
    the kettle on at 7 o'clock"; tests/extract/test_content_ends.py::test_statements_an_estimate_put_at_a_figure,
    test_statements_put_at_a_time_is_no_estimate)."""
    sent = sents[i]
    doc = sent.doc
    for verb in sent:
        if verb.lemma_.lower() != "put" or verb.pos_ != "VERB" or inside(quotes, verb.idx) \
                or any(c.dep_ == "prt" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        # (the parse may hang "at" on the object's last noun: "puts the chances of a sale at ...")
        at = None if obj is None else next((c for c in [*verb.children, *obj.subtree] if c.dep_ == "prep"
                                            and c.lower_ == "at" and c.i > obj.i), None)
        if subject is None or at is None or not _a_figure(at):
            continue
        s, e = trim(doc, verb.idx, sent.end_char)
        yield Candidate(i, "indirect", verb.text, verb.idx, s, e, speaker_words(subject, verb), "speech")


def _a_figure(prep: Token) -> bool:
    """The phrase after "at" holds a number ("around one in five", "31.2 percent") or opens a quotation; not a clock
    time or a date ("at 3 pm"), nor a number in a phrase hung inside it ("at the back of the van at 6 am")."""
    words = list(prep.subtree)[1:]
    nested = {t.i for c in prep.subtree if c.dep_ == "prep" and c != prep for t in c.subtree}
    own = [t for t in words if t.i not in nested and t.ent_type_ not in {"TIME", "DATE"}]
    return any(t.like_num or t.pos_ == "NUM" for t in own) or any(t.is_quote for t in words[:1])
