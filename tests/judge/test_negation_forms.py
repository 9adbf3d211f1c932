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
