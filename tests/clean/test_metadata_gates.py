"""The outlet credits' gates (clean/metadata.py): a masthead's per-name pattern is compiled only when a later
line holds the name (a name not in capitals is matched case-sensitively), and a provider's only when a later
line holds a credit's sign (PROVIDER_SIGN). Both exact: the same answers as every line searched with the
name's own pattern, on invented pages."""

from __future__ import annotations

from stancemap.clean import metadata
from stancemap.clean.metadata import (
    PROVIDER_SIGN,
    _credited,
    _provider_credit,
    confirmed_masthead,
    credited_provider_lines,
)

PAGES = [
    "Gullmoor Courier\n\nFerry fares rise again\n\nThe council told the Gullmoor Courier it had no choice.",
    "Gullmoor Courier\n\nFerry fares rise again\n\nThe council said it had no choice.",
    "Gullmoor Courier\n\nFerry fares rise again\n\nThe council told the gullmoor courier it had no choice.",
    "THE DAILY NORTHER\n\nBridge tolls scrapped\n\nA spokesman told The Daily Norther the plan was final.",
    "THE DAILY NORTHER\n\nBridge tolls scrapped\n\nNobody credits the paper here.",
    "Pellwick\n\nPellwick votes on the quay\n\nResidents spoke at length. (Pellwick)",
    "Pellwick\n\nPellwick votes on the quay\n\nResidents spoke at length.",
    "Harbour Post\n\nQuay plan approved\n\nThe plan was seen by Harbour Post on Monday.",
    "Tarn Valley Press Agency\n\nMill to close\n\nThe mill shuts in May.\n\n© Tarn Valley Press Agency 2026",
    "Tarn Valley Press Agency\n\nMill to close\n\nThe mill shuts in May.\n\nProvided by TARN VALLEY PRESS AGENCY",
    "Tarn Valley Press Agency\n\nMill to close\n\nThe mill shuts in May.\n\nSource: another wire service",
    "Tarn Valley Press Agency\n\nMill to close\n\nThe mill shuts in May, the Tarn Valley Press Agency said.",
    "Orrin Media Group\n\nNews | Sport\n\nOrrin Media Group reported the sale.\n\n(c) 2026 Orrin Media Group",
]


def _credited_anywhere(lines: list[str], name: str) -> bool:
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines)) + 1
    return any(_credited(name).search(line.strip()) for line in lines[start:])


def _providers_ungated(lines: list[str]) -> list[str]:
    found = []
    nonblank = [line.strip() for line in lines if line.strip()]
    for pos, line in enumerate(nonblank[: metadata.PROVIDER_WITHIN]):
        if not metadata.NAME.match(line) or not 2 <= len(line.split()) <= 5 or not metadata.MEDIA_WORDS.search(line):
            continue
        if any(_provider_credit(line).search(other) for other in nonblank[pos + 1:]):
            found.append(line)
    return found


def test_metadata_gates_masthead_credit_same_as_every_line_searched() -> None:
    confirmed = 0
    for page in PAGES:
        lines = page.split("\n")
        _name, why = confirmed_masthead(lines)
        candidate = metadata.masthead_candidate(lines)
        if candidate is None or metadata.masthead_edition(lines) is not None or metadata._heads_sections(lines, candidate):
            continue
        credited = _credited_anywhere(lines, candidate)
        assert (why == "masthead (first line, credited again in the article)") == credited, page
        confirmed += credited
    assert confirmed >= 4  # the gate is exercised both ways on these pages


def test_metadata_gates_provider_same_as_every_line_searched() -> None:
    kept = 0
    for page in PAGES:
        lines = page.split("\n")
        assert credited_provider_lines(lines) == _providers_ungated(lines), page
        kept += bool(credited_provider_lines(lines))
    assert kept >= 2
    assert not PROVIDER_SIGN.search("The mill shuts in May, the Tarn Valley Press Agency said.")
