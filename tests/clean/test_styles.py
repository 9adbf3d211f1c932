"""Furniture of page styles no earlier batch used (newsletter platforms, aggregators, press
releases, fact-check pages, accessibility tools, print editions), removed with a reason; prose that
borrows their words is kept. Written cases, invented names."""

from __future__ import annotations

import pytest

from stancemap.clean.text import classify

OPEN = ["Harbour fees to rise next spring", "",
        "The port board said on Monday that berth fees would rise by a tenth from April, citing repair costs."]
CLOSE = ["", "The board meets again in June to set the final figure, a spokeswoman said on Monday evening."]


def _reasons(middle: list[str], outlets: frozenset[str] = frozenset()) -> dict[str, str]:
    result = classify([*OPEN, "", *middle, *CLOSE], outlets=outlets)
    body = "\n".join(result.paragraphs)
    assert OPEN[2] in body and CLOSE[1] in body
    return {r.text: r.reason for r in result.removed}


@pytest.mark.parametrize(("line", "reason"), [
    ("High contrast: off", "setting, form field"),
    ("Autoplay: on", "setting, form field"),
    ("Type your email...", "setting, form field"),
    ("Search the web", "setting, form field"),
    ("Quayside 9°C Partly cloudy H 11° L 4° · See 10-day forecast", "weather widget"),
    ("Duration: 6 minutes 40 seconds", "media player"),
    ("Listen • 3:52", "media player"),
    ("Increase text size", "display, language"),
    ("Toggle dark mode", "display, language"),
    ("Translate this page", "display, language"),
    ("In this article:", "ticker"),
    ("Ready for more?", "newsletter"),
    ("Marta Brok can be reached at mbrok@tide.example or 555-0142.", "reporter's"),
    ("News provided by Quay Holdings Inc.", "provider's credit"),
    ("SOURCE Quay Holdings Inc.", "provider's credit"),
    ("Download audio (MP3, 6.1MB)", "media player"),
    ("Image description: A crane over an empty quay at dusk, with two trawlers moored on the left.", "image description"),
    ("Was this article helpful? Yes | No", "feedback widget"),
    ("Report an accessibility problem", "feedback widget"),
    ("The Tide is committed to making its website accessible to everyone. Read our accessibility statement.",
     "link to its policy pages"),
    ("Accurate: the claim is correct. Misleading: it leaves out facts. Read our full methodology.", "link to its policy pages"),
    ("This story is published automatically from the Quay Press wire and has not been edited by Tide staff.",
     "republication notice"),
    ("The Tide publishes press releases as received from the issuing organisation.", "republication notice"),
    ("Get the Tide Business Briefing in your inbox every weekday morning.", "newsletter"),
    ("Thanks for reading Quay Notes! Subscribe for free to receive new posts.", "newsletter"),
    ("Discussion about this post", "comment section header"),
    ("FOR IMMEDIATE RELEASE", "press release label"),
    ("Notes to editors", "press release label"),
    ("Media contact: Ilse Brandt, Head of Communications, 01632 960233, press@quay.example", "contact details"),
    ("SMALL ADS: Dinghy, 12ft, with trailer, £350 ono. Tel 01632 960414", "advertisement"),
    ("ina.brok@tide.example", "e-mail address"),
    ("Source: Quay Holdings", "source credit"),
    ("Data: Quay Markets, Eastport Capital. Prices as of 4:30 p.m. CET.", "source credit"),
    ("Spotted something? Tell us", "appeal to readers"),
    ("If you have seen a claim you want us to check, email checks@tide.example or message us.", "appeal to readers"),
    ("How we rate claims", "method"),
    ("6 | THE EASTPORT TIDE", "running header"),
    ("CLASSIFIEDS 31-35 | TV & RADIO 36 | PUZZLES 37 | WEATHER 40", "page index"),
    ("E-edition | Log in | My account", "site interface"),
    ("NEWS SPORT BUSINESS OPINION LIFE WIRE OBITUARIES JOBS", "navigation menu"),
    ("INSIDE: Rovers sign keeper on loan, Page 38 | Your spring garden, Pages 22-23", "cross-reference"),
    ("Continued on Page 6", "cross-reference"),
    ("HARBOUR FEES From Page 1", "cross-reference"),
    ("Follow @EastportTide for more from the quay.", "biography"),
    ("Comments are moderated. Please be kind.", "comment prompt"),
    ("The Tide depends on readers, not advertisers. Subscribe from 9 crowns a month.", "appeal to readers"),
    ("This live page is no longer being updated.", "live-page notice"),
    ("Get the best of the Tide delivered to your inbox", "newsletter"),
    ("Thank you for subscribing!", "form field"),
    ("Something went wrong. Please try again later.", "form field"),
    ("You can read our live blog policy here.", "policy pages"),
    ("Live near the quay? Write to letters@tide.example", "tips"),
])
def test_styles_line_removed_with_reason(line: str, reason: str) -> None:
    assert reason in _reasons([line]).get(line, "(kept)")


@pytest.mark.parametrize("line", [
    "The harbour master said the weather forecast of 9°C and light rain had not delayed the vote.",
    "The footage has not been verified independently, the board said on Monday.",
    "Skippers who want the rise explained can email the board at fees@port.example, a spokeswoman said.",
    "Police said anyone with information should call 101 and quote incident 4471, officers said.",
    "Source of the dispute was a 2019 agreement on dredging, the board chair told reporters.",
    "Labour Party | 214 seats | 38 per cent",
    "The board said the data, as of March, showed a fall in calls of about a fifth.",
    "Page 140 of the report says the fees are the lowest on the coast, the board said.",
    "Heatwave: 35°C forecast for the quay on Tuesday",
    "Have you received a fake fee notice in your inbox? Never click its link",
    "Customers who subscribe from April will pay 12 crowns a month for the ferry pass.",
    "Why did the fee rise? The board's email to skippers, sent from fees@port.example, gave no reason.",
])
def test_styles_prose_is_kept(line: str) -> None:
    assert line not in _reasons([line])


def test_styles_running_head_in_columns_gives_outlet_and_date() -> None:
    from stancemap.clean import clean_article
    from stancemap.model import Source

    text = "\n".join(["THE EASTPORT TIDE          Wednesday, June 4, 2025          A5", "", "Harbour fees to rise next spring",
                      "", OPEN[2], "", "Board    Votes    Share", "Yes      5        71%", "No       2        29%", *CLOSE])
    doc = clean_article(Source("a.txt", "text", text=text))
    assert (doc.title, doc.outlet, doc.published) == ("Harbour fees to rise next spring", "The Eastport Tide", "2025-06-04")
    assert "Yes 5 71%" in doc.body  # a table's rows stay rows


def test_styles_contact_block_and_author_card() -> None:
    found = _reasons(["Contact:", "Jamie Lee", "Quay Holdings Inc.", "555-0100"])
    assert all("contact details" in found[line] for line in ("Jamie Lee", "Quay Holdings Inc.", "555-0100"))
    card = ["Written by Ina Brok", "42 Followers", "Board member, Eastport Harbour Board. Views my own.", "Follow"]
    found = _reasons(card)
    assert "author's card" in found["Board member, Eastport Harbour Board. Views my own."]


def test_styles_release_tail_and_company_description() -> None:
    lines = ["Press releases", "Quay Holdings opens new berth", "FOR IMMEDIATE RELEASE",
             "EASTPORT, 3 March 2026 – Quay Holdings today opened its new deep-water berth at Eastport.",
             "\u201cThis is a proud day,\u201d said chief executive Ilse Brandt, who opened the berth on Monday.",
             "ENDS", "Notes to editors", "1. The berth cost 40 million crowns.",
             "About Quay Holdings", "Quay Holdings operates nine ports in four countries.",
             "Media contact: press@quay.example"]
    result = classify(lines)
    removed = {r.text for r in result.removed}
    assert result.title == "Quay Holdings opens new berth"
    assert {"ENDS", "Notes to editors", "1. The berth cost 40 million crowns.", "About Quay Holdings",
            "Quay Holdings operates nine ports in four countries."} <= removed
    assert any("proud day" in p for p in result.paragraphs)


def test_styles_about_boilerplate_without_end_mark() -> None:
    middle = ["About Quay Holdings", "Quay Holdings operates nine ports in four countries and employs 2,300 people."]
    found = _reasons(middle)
    assert all("standard description" in found.get(line, "") for line in middle)


def test_styles_reader_comments_under_the_section() -> None:
    middle = ["Discussion about this post", "Comments", "", "Ina Brok", "Mar 2",
              "Thank you for reading the report so we did not have to. Page 40 is damning.", "Like (3)", "Reply", "",
              "Olav Rune", "The fee figure is the bit that bothers me. Nobody has checked it.", "Like (1)", "Reply"]
    found = _reasons(middle)
    assert "comment" in found["Thank you for reading the report so we did not have to. Page 40 is damning."]
    assert "comment" in found["The fee figure is the bit that bothers me. Nobody has checked it."]


def test_styles_reply_controls_without_a_comment_section_keep_prose() -> None:
    middle = ["The union said it would reply to the board by Friday, a spokesman said on Monday.", "Reply"]
    assert middle[0] not in _reasons(middle)


def test_styles_tagline_between_masthead_and_menu_is_not_the_title() -> None:
    lines = ["TIDEMARK", "Independent fact-checking for the coast", "Fact checks | Explainers | About us",
             "Will the new berth really double traffic?", "By Ina Brok", "", *OPEN[2:], *CLOSE]
    result = classify(lines, outlets=frozenset({"Tidemark"}))
    assert result.title == "Will the new berth really double traffic?"
    assert "tagline" in {r.text: r.reason for r in result.removed}["Independent fact-checking for the coast"]


def test_styles_tagline_between_masthead_and_headline_is_not_the_title() -> None:
    lines = ["Tidemark", "Straight talk for the people of the coast", "Berth fees to rise by a tenth next spring",
             "By Ina Brok", "4 March 2026", "", *OPEN[2:], *CLOSE]
    result = classify(lines, outlets=frozenset({"Tidemark"}))
    assert result.title == "Berth fees to rise by a tenth next spring"
    assert "tagline" in {r.text: r.reason for r in result.removed}["Straight talk for the people of the coast"]


def test_styles_outlet_describing_itself_at_the_foot() -> None:
    found = _reasons(["Tidemark is a member of the Coastal Fact-Checkers Network."], outlets=frozenset({"Tidemark"}))
    assert "notice about itself" in found["Tidemark is a member of the Coastal Fact-Checkers Network."]
    line = "Tidemark was unable to reach the harbour master for comment on Monday evening."
    assert line not in _reasons([line], outlets=frozenset({"Tidemark"}))


def test_styles_comments_link_at_the_top_does_not_open_the_section() -> None:
    last = "The harbour master said she would reply to the board in writing before the vote in June."
    lines = ["Harbour fees to rise next spring", "Comments (3)", "", OPEN[2], "", last, "", "Comments", "Ina Brok",
             "Good. Somebody finally asked who pays.", "Reply"]
    result = classify(lines)
    assert last in "\n".join(result.paragraphs)
    assert "comment" in {r.text: r.reason for r in result.removed}["Good. Somebody finally asked who pays."]
