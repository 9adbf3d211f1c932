"""A property said of a thing by a linking verb or a verdict, not "be" ("the bridge remains unsafe", "the order was
ruled unlawful"): not read by the frames (extract/frames._property reads "be" only). Tried in session 34 (commit
b8d77317, extract/frames_linked.py): right where it fired, 157 more property readings over the 114 corpora, and no
proposal changed, so it was reverted (docs/evaluation.md, issue 9 session 34); these strict xfails pass with it. Every
name and sentence here is invented."""

from __future__ import annotations

import pytest

from .test_question_named_acts import _frames, _propose

_NOT_READ = "a property said by a linking verb or a verdict is not read (tried in session 34, no proposal changed)"


def _properties(text: str) -> dict[str, int]:
    return {k: v for k, v in _frames(text)["acts"].items() if k.startswith("=be ")}


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=_NOT_READ)
def test_frames_a_property_said_by_a_linking_verb() -> None:
    # "remains", "seems", "proved" link the subject to the adjective as "be" does.
    found = _properties("The Pellam footbridge remains unsafe. The levy seems unfair to traders. The trams proved "
                        "cheaper than the buses.")
    assert found.keys() == {"=be unsafe\tfootbridge", "=be unfair\tlevy", "=be cheap\ttram"}, found


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=_NOT_READ)
def test_frames_a_property_said_through_to_be_under_a_linking_verb() -> None:
    # "appears to be enough": the "be" has no subject of its own; the property is said of the linking verb's subject.
    found = _properties("The winter fund appears to be enough.")
    assert found == {"=be enough\tfund": 1}, found


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=_NOT_READ)
def test_frames_a_property_said_by_a_verdict() -> None:
    # a verdict says the thing is so: the passive's subject ("was ruled unlawful"), or the adjective's own subject
    # ("declared the old ladders unsafe", "consider the new tolls unfair").
    found = _properties("The curfew order was ruled unlawful by the court. Inspectors declared the old ladders unsafe. "
                        "Many riders consider the new tolls unfair.")
    assert found.keys() == {"=be unlawful\torder", "=be unsafe\tladder", "=be unfair\ttoll"}, found


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=_NOT_READ)
def test_question_a_property_said_by_linking_verbs_and_verdicts_is_asked() -> None:
    # The bridge's safety is said with "be" in one article only, and with "remains", "was declared" and "seems" in three
    # others: argued in four of four, wider than its reopening (two). On main: the reopening ('Will the council reopen
    # the Calder footbridge?').
    text = _propose([
        "Calder footbridge stays shut\n\nEngineers say the Calder footbridge remains unsafe. The footbridge will reopen "
        "in May, the council hopes.",
        "Footbridge verdict\n\nThe Calder footbridge was declared unsafe by inspectors on Monday.",
        "Footbridge row grows\n\nTo traders the footbridge seems unsafe. The council may reopen the footbridge.",
        "What next for the footbridge?\n\nThe footbridge is unsafe, a surveyor said.",
    ])
    assert text == "Is the Calder footbridge unsafe?", text
