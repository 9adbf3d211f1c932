"""Title, outlet and publication date of plain-text articles, each with the rule that decided it."""

from __future__ import annotations

import pytest

from .articles import BODY, PARA_BOATS, PARA_END, PARA_OPPOSITION, TITLE, clean_texts

PLAIN_LEAD = ("The parliament of Harrowgate on Tuesday approved a budget that doubles spending on coastal "
              "defence, the finance ministry said.")
PLAIN = [PLAIN_LEAD, PARA_BOATS, PARA_OPPOSITION, PARA_END]


def text(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(("article", "expected"), [
    (text(TITLE, *BODY), (TITLE, "first headline-shaped line before the body")),
    (text("Home", "Politics", TITLE, "By Ilse Brandt | 4 March 2025", *BODY), (TITLE, None)),
    (text(TITLE, "Politics", TITLE, *BODY), (TITLE, None)),  # the headline repeated: taken once
    (text("Home | World | Politics | Defence", TITLE, *BODY), (TITLE, None)),  # a menu is no headline
    (text(*PLAIN), (None, None)),
])
def test_metadata_title(article: str, expected: tuple[str | None, str | None]) -> None:
    doc = clean_texts(article)[0]
    assert doc.title == expected[0]
    if expected[1]:
        assert doc.provenance["title"] == expected[1]
    assert TITLE not in doc.body


def test_metadata_title_shared_by_two_articles_of_the_corpus() -> None:
    docs = clean_texts(text("Home", TITLE, *BODY), text("World", TITLE, *PLAIN))
    assert [d.title for d in docs] == [TITLE, TITLE]
    assert all(TITLE not in d.body for d in docs)


@pytest.mark.parametrize(("articles", "expected"), [
    # "CITY (Outlet) –" dateline
    ([text(TITLE, *BODY)], ("Daily Norther", "dateline")),
    # image caption credits; a credit that extends the dateline's name wins
    ([text(TITLE, "Boats in Portlen - Norther Wire, 1280, 04.03.2025", *PLAIN)], ("Norther Wire", "image caption")),
    ([text(TITLE, "Boats in Portlen - Daily Norther International, 1280, 04.03.2025", *BODY)],
     ("Daily Norther International", "agreeing with the dateline")),
    # a masthead: the first line, a name of two words heading a section label, in one article alone
    ([text("Coastal Courier", "World", TITLE, *PLAIN)], ("Coastal Courier", "heading the site's sections")),
    ([text("Coastal Courier", "World | Europe", TITLE, *PLAIN)], ("Coastal Courier", "heading the site's sections")),
    # a masthead the article credits itself ("told the Coastal Courier")
    ([text("Coastal Courier", TITLE, *PLAIN, "Rusk told the Coastal Courier that more boats would follow.")],
     ("Coastal Courier", "masthead")),
    # a masthead credited as the one who saw a document or interviewed someone (names of 2+ words)
    ([text("Coastal Courier", TITLE, *PLAIN, "A draft seen by the Coastal Courier lists six boats.")],
     ("Coastal Courier", "masthead")),
    ([text("Coastal Radio | News | Programmes | Listen live", TITLE, *PLAIN,
           "Rusk spoke to Coastal Radio's Ilse Brandt on Tuesday.")], ("Coastal Radio", "masthead")),
    # the site's name as the first label of its menu of sections
    ([text("Coastal Radio | News | Listen live", TITLE, *PLAIN)], ("Coastal Radio", "heading the site's sections")),
    # another article opening with the same line changes nothing: an outlet is read from its own article
    # (here a name with a media word over the headline, test_metadata_text_*)
    ([text("Coastal Courier", TITLE, *PLAIN), text("Coastal Courier", "Portlen Wins Cup", *PLAIN)],
     ("Coastal Courier", "a name with a media word")),
    # a single word (perhaps the topic) needs a plain credit; a menu of section words names no site
    ([text("Harrowgate", TITLE, *PLAIN, "A draft seen by Harrowgate officials lists six boats.")], (None, None)),
    ([text("Home | News | Listen live", TITLE, *PLAIN, "Rusk spoke to Home Affairs officials.")], (None, None)),
    # menu words and a topic word are no masthead
    ([text("World News", TITLE, *PLAIN), text("World News", "Portlen Wins Cup", *PLAIN)], (None, None)),
    ([text("Harrowgate", TITLE, *PLAIN), text("Harrowgate", "Portlen Wins Cup", *PLAIN)], (None, None)),
])
def test_metadata_outlet(articles: list[str], expected: tuple[str | None, str | None]) -> None:
    doc = clean_texts(*articles)[0]
    assert doc.outlet == expected[0]
    if expected[1]:
        assert expected[1] in doc.provenance["outlet"]


def test_metadata_outlet_from_json_field() -> None:
    doc = clean_texts(text(TITLE, *PLAIN), outlet="Coastal Courier")[0]
    assert (doc.outlet, doc.provenance["outlet"]) == ("Coastal Courier", "given in the JSON object")


@pytest.mark.parametrize(("article", "expected"), [
    (text(TITLE, "By Ilse Brandt | March 4, 2025", *BODY), ("2025-03-04", "byline")),
    (text(TITLE, "By Ilse Brandt, Daily Norther | 4 Mar 2025 10:15", *BODY), ("2025-03-04", "byline")),
    (text(TITLE, "Updated 04.03.2025 10:15", *BODY), ("2025-03-04", "time-stamp")),
    (text(TITLE, "Published: Tuesday, 4 March 2025", *BODY), ("2025-03-04", "time-stamp")),
    (text("World", "2025-03-04", TITLE, *BODY), ("2025-03-04", "date line")),
    (text("Daily Norther | 4 March 2025", TITLE, *BODY), ("2025-03-04", "date line")),
    (text(TITLE, "Posted on March 4, 2025 by Ilse Brandt", *BODY), ("2025-03-04", "time-stamp")),
    (text(TITLE, "Talks resumed — 4 March 2025 — in Portlen.", *BODY), (None, None)),
    (text(TITLE, "By March 4, 2025, the ministry will have ordered six boats.", *BODY), (None, None)),
    (text(TITLE, "Boats in Portlen - Daily Norther, 1280, 04.03.2025", *BODY, "Coast - Daily Norther, 1280, 01.01.2020"),
     ("2025-03-04", "lead image caption")),
    (text(TITLE, *BODY), (None, None)),  # "on Tuesday" is no date
])
def test_metadata_published(article: str, expected: tuple[str | None, str | None]) -> None:
    doc = clean_texts(article)[0]
    assert doc.published == expected[0]
    if expected[1]:
        assert expected[1] in doc.provenance["published"]


def test_metadata_published_from_json_field_with_time() -> None:
    doc = clean_texts(text(TITLE, *PLAIN), published="2025-03-04T10:15:00+01:00")[0]
    assert (doc.published, doc.provenance["published"]) == ("2025-03-04", "given in the JSON object")


# A page that opens with a sentence-case question as its headline, a standfirst and a byline.
QUESTION_TITLE = "Can the coast afford its new patrol boats?"
STANDFIRST = "As the budget vote nears, economists disagree about who will pay for the boats"


def test_metadata_title_question_above_standfirst_and_byline() -> None:
    doc = clean_texts(text("Economy", QUESTION_TITLE, STANDFIRST, "By Ilse Brandt | 4 March 2025", *PLAIN))[0]
    assert doc.title == QUESTION_TITLE
    assert QUESTION_TITLE not in doc.body


def test_metadata_title_lead_question_without_byline_is_body() -> None:
    # Adversarial: a lead that asks a question, no byline under it: body, not a headline.
    lead = "Can a small country pay for a navy when its harbours are still half empty after the storm?"
    doc = clean_texts(text(lead, *PLAIN))[0]
    assert doc.title is None
    assert lead in doc.body


def test_metadata_outlet_from_masthead_in_capitals_credited_in_title_case() -> None:
    article = text("THE DAILY NORTHER", TITLE, PLAIN_LEAD,
                   "“We will not wait,” Rusk told The Daily Norther.", PARA_OPPOSITION, PARA_END)
    doc = clean_texts(article)[0]
    assert doc.outlet == "The Daily Norther"
    assert doc.title == TITLE
    assert "THE DAILY NORTHER" not in doc.body


@pytest.mark.parametrize(("foot", "expected"), [
    ("© The Portlen Courier 2025", "Portlen Courier"),
    ("© 2025 Norther Media. All rights reserved.", "Norther Media"),
    ("© Norther Photo / Ilse Brandt", None),  # a photo credit names an agency, not the publisher
    ("© Getty Images", None),
    ("© Daily Portlen 2026. Terms | Privacy | Contact", "Daily Portlen"),  # the notice ends at its year, links follow
])
def test_metadata_outlet_from_copyright_notice(foot: str, expected: str | None) -> None:
    doc = clean_texts(text(TITLE, *PLAIN, "Share this article", foot))[0]
    assert doc.outlet == expected
    if expected:
        assert doc.provenance["outlet"] == "copyright notice at the foot of the page"


@pytest.mark.parametrize(("stamp", "expected"), [
    ("March 4, 2025 10:20 AM GMT+2 Updated 2 hours ago", "2025-03-04"),
    ("4 March 2025 10:20 UTC+01:00", "2025-03-04"),
])
def test_metadata_published_from_stamp_with_offset_and_update(stamp: str, expected: str) -> None:
    doc = clean_texts(text(TITLE, "By Ilse Brandt", stamp, *PLAIN))[0]
    assert doc.published == expected


def test_metadata_outlet_credited_with_a_c_in_brackets() -> None:
    """A single-word masthead is believed when the page credits it, "(c)" as well as "©"."""
    doc = clean_texts(text("Markt24", TITLE, "Live | Updated 04.03.2025 10:20", *PLAIN,
                           "Markt24 is not investment advice. (c) Markt24 Media 2025"))[0]
    assert doc.outlet == "Markt24"
    assert doc.title == TITLE


def test_metadata_outlet_name_and_section() -> None:
    """A line under the headline with the outlet's name and its section ("The X Ledger | Markets live")."""
    doc = clean_texts(text(TITLE, "The Portlen Ledger | Markets live", "March 4, 2025", *PLAIN))[0]
    assert doc.outlet == "The Portlen Ledger"
    assert "Markets live" not in doc.body


def test_metadata_outlet_tagline() -> None:
    """The site's name (in its own lower case) and a tagline saying what it is, named again on the page."""
    doc = clean_texts(text("the harbour — independent news for Portlen", "Menu  Search  Donate", TITLE,
                           "Ilse Brandt", "04.03.2025", *PLAIN, "More from the harbour"))[0]
    assert doc.outlet == "the harbour"
    assert doc.title == TITLE
    assert "independent news" not in doc.body
    # The name is not named again, but a menu of the site's sections follows its tagline.
    doc = clean_texts(text("Tide Weekly — independent journalism for the coast", "Harbour | Ferries | Opinion | Donate",
                           "EXPLAINER", TITLE, "By Ilse Brandt", *PLAIN))[0]
    assert doc.outlet == "Tide Weekly" and doc.title == TITLE
    # A headline with a dash is no tagline: no media word after it, and the name is not named again.
    doc = clean_texts(text("Harrowgate votes — and the coast waits", *PLAIN))[0]
    assert doc.outlet is None
    # A headline with a media word after its dash, its words named again only in the body's sentences.
    doc = clean_texts(text("Dock strike — live news and updates", *PLAIN, "The dock strike enters its third week."))[0]
    assert doc.outlet is None and doc.title == "Dock strike — live news and updates"


@pytest.mark.parametrize(("first", "tagline", "foot", "expected"), [
    # a press body or a media group names the site at the foot, and confirms a one-word masthead
    ("Quayline", "News for the harbour towns", "Quayline is part of Northcoast Digital Media. (c) 2026", "Quayline"),
    # a masthead in capitals is printed as the foot writes it
    ("NORTHER BEACON", "Portlen's Favourite Paper",
     "Norther Beacon is a member of the Portlen Press Standards Council. © Beacon News Group 2026", "Norther Beacon"),
])
def test_metadata_outlet_member_or_part_of_a_group(first: str, tagline: str, foot: str, expected: str) -> None:
    """'X is a member of the Press Standards Council', 'X is part of Y Media': the site describing
    itself; its masthead's tagline is not the title (red before: no outlet, the tagline taken for the
    title)."""
    doc = clean_texts(text(first, tagline, "Home > News > Harbour", TITLE, "Updated: 2026-03-04 10:20",
                           *PLAIN, "Share this article", foot))[0]
    assert doc.outlet == expected
    assert doc.title == TITLE


def test_metadata_outlet_initials_before_the_name() -> None:
    """A wire's masthead prints its initials before its name: the outlet is the name (red before:
    'QNW Quay Newswire')."""
    doc = clean_texts(text("QNW Quay Newswire", "Top News | Business | Markets", TITLE, "Published 4 March 2026, 16:20",
                           "PORTLEN, March 4 (QNW) - " + PLAIN_LEAD, *PLAIN[1:]))[0]
    assert doc.outlet == "Quay Newswire"
    assert doc.title == TITLE
    # Initials the name does not spell stay part of the masthead.
    doc = clean_texts(text("QNW Portlen Courier", "Top News | Business | Markets", TITLE, "4 March 2026", *PLAIN))[0]
    assert doc.outlet == "QNW Portlen Courier"


def test_metadata_outlet_masthead_with_a_number() -> None:
    """A broadcaster's or site's name ending in a number ("Portlen 24"), credited by its byline, is the
    outlet (red before: a masthead had no digits, so no outlet was found)."""
    doc = clean_texts(text("Portlen 24", "Football | Transfers | Live | Scores", TITLE, "By the Portlen 24 live team",
                           "Published: 12 June 2026, 09:02", *PLAIN))[0]
    assert doc.outlet == "Portlen 24"
    assert doc.title == TITLE


@pytest.mark.parametrize("headline", ["Mirror Owner Buys Channel 5", "Times Radio Loses Round 2"])
def test_metadata_outlet_headline_ending_in_a_number(headline: str) -> None:
    """A headline in title case with a media word and a number at its end is the title, not an outlet's name
    line (red before: the outlet, and no title)."""
    doc = clean_texts(text(headline, "By Anna Berg", "3 March 2026", *PLAIN))[0]
    assert doc.title == headline
    assert doc.outlet != headline


@pytest.mark.parametrize("last", [
    "Northway Foods is part of the Castell Retail Group, which owns three chains.",
    "Tomas Ek is a member of the Society of Editors and a former editor of the Lantern.",
    "Ms Arden is a member of the Senate's media committee.",
])
def test_metadata_a_company_or_person_in_a_group_is_not_the_outlet(last: str) -> None:
    """An article's last sentence saying a company belongs to a group or a person to a press body names
    neither the outlet nor a line to remove (red before: the outlet 'Northway Foods', the sentence gone)."""
    doc = clean_texts(text(TITLE, "By Ilse Brandt", *PLAIN, last))[0]
    assert doc.outlet is None
    assert last in doc.body


@pytest.mark.parametrize(("first", "candidate"), [
    ("QNW Quay Newswire", "Quay Newswire"), ("ANN Asian Neighbourhood News", "Asian Neighbourhood News"),
    # a headline after a country's initials: "Tariffs" starts no initial (red before: 'Unveils Tariffs')
    ("US Unveils Tariffs", "US Unveils Tariffs"), ("UK Unions Strike", "UK Unions Strike"),
])
def test_metadata_initials_spell_every_word_of_the_name(first: str, candidate: str) -> None:
    from stancemap.clean.metadata import masthead_candidate

    assert masthead_candidate([first, "Harbour levy vote delayed", PLAIN_LEAD]) == candidate


def test_metadata_outlet_radio_masthead_with_its_frequency() -> None:
    """A radio station's masthead in capitals ending in its frequency, over its menu, is the outlet, and the
    question headline under it (a breadcrumb between) the title (red before: the masthead was the title, no outlet)."""
    headline = "Head to head: will the ferry crossing ever reopen?"
    doc = clean_texts(text("BRANNOW BAY RADIO 101.6", "Listen Live | Schedule | News | Travel | Contact",
                           "News > Local", headline, "Brannow Bay Radio news team", "Tuesday 3 March 2026",
                           *PLAIN))[0]
    assert doc.outlet == "Brannow Bay Radio 101.6"
    assert doc.title == headline


def test_metadata_outlet_radio_masthead_with_its_band() -> None:
    """The frequency followed by its band ("101.6 FM") is still a station's masthead over its menu; the band stays
    in capitals when the name is title-cased (red before: no outlet)."""
    headline = "Head to head: will the ferry crossing ever reopen?"
    doc = clean_texts(text("BRANNOW BAY RADIO 101.6 FM", "On Air | Schedule | News | Travel | Contact",
                           "News > Local", headline, "Brannow Bay Radio newsroom", "Tuesday 3 March 2026",
                           *PLAIN))[0]
    assert doc.outlet == "Brannow Bay Radio 101.6 FM"
    assert doc.title == headline
