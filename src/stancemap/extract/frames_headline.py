"""The things a headline writes with a name before them, for the frames (frames.py): "Sarnwick's harbour levy",
"the Kelbridge bypass decision". A body may write a thing only bare ("the levy", "the decision") while its headlines say
whose or where it is; the question names it so where the corpus writes no phrase of its own for it
(question_words._headline_named)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# The modifiers written before a noun that may name it ("Sarnwick's", "Sarnwick", "new").
_BEFORE = frozenset({"poss", "compound", "amod", "case"})


def named_in_headline(hdoc: Doc | None) -> dict[str, int]:
    """Each common noun of the headline (parsed on its own) written in lower case with a proper name among the words
    before it, "<lemma>\\t<the words as written>", once each ("Kelbridge's bypass decision" -> "decision\\tKelbridge's
    bypass decision"). A headline in capitals names nothing here (its every word is read as a name), nor a phrase with a
    word in capitals (a label run into it, "LIVE Kelbridge talks"); a figure or a date before the noun is no name of it
    ("the 12-mark toll", "Thursday's vote")."""
    if hdoc is None:
        return {}
    found: dict[str, int] = {}
    for tok in hdoc:
        if tok.pos_ != "NOUN" or not tok.is_alpha or not tok.text.islower():
            continue
        before = [c for c in tok.children if c.dep_ in _BEFORE and c.i < tok.i]
        words = sorted({t.i for c in before for t in c.subtree})
        if not words or words[-1] > tok.i or not _a_name_among(hdoc, words):
            continue
        span = hdoc[words[0]:tok.i + 1]
        if any(t.like_num or t.ent_type_ in {"DATE", "TIME"} or (t.is_punct and t.text not in {"'s", "’s", "-"})
               or (t.is_upper and len(t) > 1) for t in span):  # (a label run into it: "LIVE Kelbridge talks")
            continue
        found[f"{tok.lemma_.lower()}\t{span.text}"] = 1
    return found


def _a_name_among(hdoc: Doc, words: list[int]) -> bool:
    """A proper name in title case among the words (never the headline's first word, capitalised whatever it is)."""
    return any(_title_name(hdoc[i]) for i in words if i > 0)


def _title_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()
