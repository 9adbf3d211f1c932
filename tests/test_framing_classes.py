"""scripts/train_framing.py's `miss_class`: where a gold framing term its outlet is not shown with is lost (issue 9,
session 26), on invented articles."""

from __future__ import annotations

from typing import Any

from stancemap.extract.wording import wording_of
from stancemap.wording import WordingCounts

from .conftest import script_module

TABLOID = ("The council wants its boat tax. The boat tax hands the port bosses a blank cheque. "
           "Owners say the tax is “a death trap for small yards”. The mayor will pull the plug on the quay.")
WIRE = "The council may approve the harbour levy on Tuesday. Analysts expect the council to approve the levy."
TOPIC = (frozenset({"levy", "harbour", "council", "approve"}), frozenset({"approve", "block"}), frozenset({"levy"}))


def _counts() -> WordingCounts:
    from stancemap.parse import load_nlp

    nlp = load_nlp()
    counts = WordingCounts()
    counts.add("tabloid", wording_of(nlp(TABLOID)))
    counts.add("wire", wording_of(nlp(WIRE)))
    counts.set_topic(*TOPIC)
    return counts


def test_miss_class_each_kind_of_loss() -> None:
    train: Any = script_module("train_framing")
    counts = _counts()
    order = ["boat tax", "port boss", "blank cheque", "council", "tax"]  # (the ranker's order, as given)

    def of(term: str, cut: int = 1, elsewhere: frozenset[str] = frozenset()) -> str:
        return str(train.miss_class(term, counts, "tabloid", order, cut, TABLOID, set(elsewhere)))

    assert of("harbour levy", elsewhere=frozenset({"harbour levy"})) == "shown for another outlet"
    assert of("port bosses") == "a candidate ranked 1-3 below the cut"  # second with one shown
    assert of("blank cheque", cut=0) == "a candidate where the rules chose none"
    assert of("death trap") == "a candidate only inside quotation marks"  # a speaker's words, never the outlet's
    assert of("cheque", cut=3) == "part of a longer phrase of the outlet"  # inside "blank cheque", not counted alone
    assert of("pull the plug") == "never a candidate: several words"  # a verb's phrase: the map counts noun phrases
    assert of("wants") == "never a candidate: one word"
    assert of("toll grab") == "not in the outlet's text"
    assert train.CLASSES[0] == "shown for another outlet" and len(set(train.CLASSES)) == len(train.CLASSES)


def test_grouped_fit_reads_the_order_within_an_outlet() -> None:
    # `extend --grouped` (issue 9 session 30): a feature that puts each outlet's gold phrase first among its own, while
    # outlets with no gold at all hold the feature's highest values, gets a positive weight from the conditional logit
    # (only the order within an outlet counts) and a negative one from the pooled logistic fit, which reads the
    # outlets' differences; rows with the two fits' code as train_framing.extend calls them
    import numpy as np

    train: Any = script_module("train_framing")
    # outlets 0-2: a gold phrase with the feature at 1.0 beside two phrases at 0.0; outlets 3-8: no gold, all at 2.0
    z, y, group = [], [], []
    for outlet in range(9):
        for k in range(3):
            gold = outlet < 3 and k == 0
            z.append([1.0 if gold else 0.0 if outlet < 3 else 2.0])
            y.append(float(gold))
            group.append(outlet)
    zz, yy, gg = np.asarray(z), np.asarray(y), np.asarray(group)
    zz = (zz - zz.mean()) / zz.std()
    offset = np.zeros(len(yy))
    assert train._fit_grouped(zz, yy, gg, 1.0, offset)[0] > 0.5
    assert train._fit(zz, yy, 1.0, offset)[0] < 0.0
