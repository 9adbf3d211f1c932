"""The word sequences that mark an alternative (judge/negation_forms.py): one list, SET_ASIDE, read by `set_aside` in
the stance and, through its subset AGAINST_ANOTHER_COURSE, by requirements._an_alternative (session 37). Invented
sentences."""

from __future__ import annotations

import pytest

from stancemap.judge.negation_forms import AGAINST_ANOTHER_COURSE, SET_ASIDE, opens_marker, set_aside


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from stancemap.parse import load_nlp

    return load_nlp()


def test_the_course_markers_are_set_asides_words() -> None:
    """Each marker of a course set against another is SET_ASIDE's own sequence or its first word: no second list."""
    assert all(any(full[:len(marker)] == marker for full in SET_ASIDE) for marker in AGAINST_ANOTHER_COURSE)


@pytest.mark.parametrize(("text", "word", "course", "aside"), [
    ("The club should sue the builder rather than ask the town.", "rather", True, True),
    ("The club should sue the builder instead of the town.", "instead", True, True),
    # "instead" alone sets a course against another, but names no alternative after it to set aside
    ("The club should sue the builder instead.", "instead", True, False),
    # "rather" alone prefers ("would rather"), no marker of either
    ("The club would rather sue the builder.", "rather", False, False),
    # "except" sets an alternative aside, no course against another
    ("The club would accept anything except a fine.", "except", False, True),
])
def test_course_set_against_another(nlp, text: str, word: str, course: bool, aside: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert opens_marker(tok, AGAINST_ANOTHER_COURSE) is course
    assert opens_marker(tok, SET_ASIDE) is aside
    # and set_aside's reading agrees: the words after an opened SET_ASIDE marker are set aside
    assert any(set_aside(t) for t in doc if t.i > tok.i) is aside


def _alternatives_every_marker(doc, start: int, end: int) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """`negation_forms._alternatives` before session 43: every marker's slice made at every word."""
    from stancemap.judge.negation_forms import PREFERRING

    words = [doc[k].lower_ for k in range(start, end)]
    out: set[int] = set()
    for k in range(len(words)):
        after = next((start + k + len(m) for m in SET_ASIDE if tuple(words[k:k + len(m)]) == m), None)
        if after is None and words[k] == "than" and any(w in PREFERRING for w in words[max(0, k - 8):k]):
            after = start + k + 1
        if after is None or after >= end:
            continue
        root = doc[after]
        while root.head.i != root.i and after <= root.head.i < end:
            root = root.head
        out |= {t.i for t in root.subtree if after <= t.i < end}
    return frozenset(out)


@pytest.mark.parametrize("text", [
    "Quillon wants a fair levy rather than a rushed one, and anything but a toll on the Marrow bridge.",
    "The board would sooner borrow than sell the mill, other than the east wing, except in winter.",
    "Ostvik backs the ferry instead of the tunnel.",
    "The ferry runs every hour.",  # no marker
])
def test_alternatives_read_where_a_marker_opens(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The alternatives set aside are found where a marker's first word stands, as when every marker was tried at every
    word (issue 11, session 43)."""
    from stancemap.judge.negation_forms import _alternatives

    doc = nlp(text)
    for sent in doc.sents:
        assert _alternatives(doc, sent.start, sent.end) == _alternatives_every_marker(doc, sent.start, sent.end)
    assert bool(_alternatives(doc, 0, len(doc))) == ("runs every hour" not in text)
