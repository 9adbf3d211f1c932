"""Plain-text metadata: the headline kept once, outlet and date from mastheads, name lines,
bylines, stamps and copyright lines; an ambiguous numeric date read by the article's convention.
Written cases, invented outlets."""

from __future__ import annotations

import pytest

from stancemap.clean import clean_article
from stancemap.clean.dates import date_convention, parse_date
from stancemap.model import Source

BODY = ["The port board said on Monday that berth fees would rise by a tenth from April, citing repairs.",
        "\u201cWe have no choice,\u201d board chair Olav Rune told reporters after the vote in the harbour office."]


def _doc(top: list[str], bottom: list[str] | None = None):  # type: ignore[no-untyped-def]
    return clean_article(Source("a.txt", "text", text="\n".join([*top, "", *BODY, "", *(bottom or [])])))


@pytest.mark.parametrize(("top", "bottom", "title", "outlet", "published"), [
    # Headline first, repeated once below: kept once, as the title.
    (["Harbour fees to rise by a tenth", "Harbour fees to rise by a tenth", "By Ina Brok",
      "Last updated 14/03/2026 09:41"], None, "Harbour fees to rise by a tenth", None, "2026-03-14"),
    # A date line, then a relative stamp: the date line gives the day.
    (["Harbour fees to rise by a tenth", "By Ina Brok", "4 March 2026", "Published 3 hours ago"], None,
     "Harbour fees to rise by a tenth", None, "2026-03-04"),
    # A masthead in capitals over a menu with a section among places; the title below it.
    (["THE EASTPORT TIDE", "News | Eastport | Money", "Harbour fees to rise by a tenth", "By Ina Brok, 4 March 2026"],
     None, "Harbour fees to rise by a tenth", "The Eastport Tide", "2026-03-04"),
    # A masthead with its edition.
    (["COAST VOICE - English Edition", "Harbour fees to rise by a tenth", "04.03.2026 | 11:30"], None,
     "Harbour fees to rise by a tenth", "Coast Voice", "2026-03-04"),
    # The outlet's name on the line under the headline; a stamp with p.m. and an update.
    (["Harbour fees to rise by a tenth", "Continental Wire", "March 4, 2026, 6:48 p.m. · Updated March 4, 2026, 9:02 p.m."],
     None, "Harbour fees to rise by a tenth", "Continental Wire", "2026-03-04"),
    # A headline ending on a quotation, over a standfirst and a byline; copyright followed by links.
    (["FEE SHOCK! Port board \u2018will squeeze every skipper\u2019", "Skippers say they will pay twice", "By Ina Brok",
      "22 Sep 2025, 06:30"], ["\u00a9 Daily Tide 2026 | Terms | Privacy"],
     "FEE SHOCK! Port board \u2018will squeeze every skipper\u2019", "Daily Tide", "2025-09-22"),
    # "11/10/26" read day first: the article writes "20 March" elsewhere.
    (["Harbour fees to rise by a tenth", "By Ina Brok", "11/10/26"], ["The board meets again on 20 March."],
     "Harbour fees to rise by a tenth", None, "2026-10-11"),
    # ... and month first when it writes "March 20" and its spelling does not show ("harbour" and "harbor" alike;
    # British spelling alone would read it day first: test_dates_convention_spelling_over_prose).
    (["Harbour fees to rise by a tenth", "By Ina Brok", "11/10/26"], ["The harbor board meets again on March 20."],
     "Harbour fees to rise by a tenth", None, "2026-11-10"),
    # A newsletter post dated "Mar 2": the year of the page's copyright notice.
    (["Quay Notes", "Harbour fees to rise by a tenth", "What the board's report says", "", "Ina Brok", "Mar 2", "14"],
     ["Thanks for reading Quay Notes! Subscribe for free.", "\u00a9 2026 Ina Brok", "Privacy \u2219 Terms"],
     "Harbour fees to rise by a tenth", "Quay Notes", "2026-03-02"),
    # An aggregator's page: the agency's name line (credited at the foot) is neither title nor text;
    # the headline comes under "Story by" and the stamp.
    (["Portal Start", "Search the web", "Sign in", "News", "Quay Press Agency", "Story by Ina Brok",
      "Mar 16, 2026, 8:14 AM", "3 min read", "Harbour fees to rise by a tenth"],
     ["\u00a9 Quay Press Agency 2026", "Provided by Quay Press Agency", "\u00a9 2026 Portal"],
     "Harbour fees to rise by a tenth", "Quay Press Agency", "2026-03-16"),
    # A wire dateline's initials spelt out where the page names the agency.
    (["Harbour fees to rise by a tenth", "By INA BROK, Quay Press Agency", "16 March 2026",
      "EASTPORT (QPA) - The port board voted on Monday."], None,
     "Harbour fees to rise by a tenth", "Quay Press Agency", "2026-03-16"),
    # The agency's initials beside its name over a menu and a path of sections down to a topic with a
    # year: neither is the title; the name in the copyright notice ends the notice's sentence, not the name.
    (["QPA | Quay Press Agency", "Politics | World | Business | Photos", "Home / Politics / Harbour vote 2026",
      "Harbour fees to rise by a tenth", "By Ina Brok | 16 March 2026",
      "EASTPORT, March 16 (QPA) - The port board voted on Monday."],
     ["\u00a9 2026 Quay Press Agency. All rights reserved."],
     "Harbour fees to rise by a tenth", "Quay Press Agency", "2026-03-16"),
    # A headline that is one quotation, a standfirst, then the date.
    (["Tide \u2013 English edition", "\u201cI will not be anyone's harbour master but the port's\u201d",
      "Saturday interview: the north's candidate for harbour master, on fees and the vote", "3 October 2026"], None,
     "\u201cI will not be anyone's harbour master but the port's\u201d", "Tide", "2026-10-03"),
    # A masthead the site describes at the foot; its tagline is not the title.
    (["Eastport & Quay Local", "Your neighbourhood, your news", "Community \u203a Harbour",
      "Harbour fees to rise by a tenth", "Posted 25 November 2026 by Ina Brok"],
     ["Eastport & Quay Local is an independent, reader-funded news site."],
     "Harbour fees to rise by a tenth", "Eastport & Quay Local", "2026-11-25"),
    # Masthead, tagline (a phrase the article never speaks of), headline, byline; the masthead is
    # confirmed by the site saying what it is at the foot.
    (["The Harbourside", "News and views for people who work the water", "Harbour fees to rise by a tenth",
      "By Ina Brok", "4 March 2026"], ["The Harbourside is published by the Quayside Press Cooperative."],
     "Harbour fees to rise by a tenth", "The Harbourside", "2026-03-04"),
    # No masthead: the outlet named only in the appeal at the foot; a live page's stamp after a label.
    (["Harbour fees to rise by a tenth", "Live | Posted 4 March 2026, 09:10"],
     ["Support local reporting. The Quay Review is reader-funded - become a member from 3 crowns a month."],
     "Harbour fees to rise by a tenth", "Quay Review", "2026-03-04"),
    # test_metadata_text_dateline_*: a wire dateline carrying its filing date, no other date on the page.
    (["Harbour fees to rise by a tenth", "By Ina Brok",
      "EASTPORT, Oct 2, 2025 (QPA) - The port board voted on Monday."], None,
     "Harbour fees to rise by a tenth", "QPA", "2025-10-02"),
    (["Harbour fees to rise by a tenth", "By Ina Brok", "EASTPORT, Jan 5 2026 (QPA) - The port board voted on Monday."],
     None, "Harbour fees to rise by a tenth", "QPA", "2026-01-05"),
    # ... a dateline without a year dates nothing.
    (["Harbour fees to rise by a tenth", "By Ina Brok", "EASTPORT, March 3 (QPA) - The port board voted on Monday."],
     None, "Harbour fees to rise by a tenth", "QPA", None),
    # A station and its programme over the headline (site_and_programme).
    (["Quay FM – Harbour Talk", "‘The fees will ruin us’: Ina Brok on the harbour vote",
      "21 October 2026"], None,
     "‘The fees will ruin us’: Ina Brok on the harbour vote", "Quay FM", "2026-10-21"),
    # ... but a title-case headline with a media word and a dash, over its byline, is the headline.
    (["Tourist Levy Review – The Key Questions", "By Mira Dunnock", "March 3, 2026"], None,
     "Tourist Levy Review – The Key Questions", None, "2026-03-03"),
    # A labelled question headline over the site's section line and the date (_above_byline); the
    # section line names the outlet (outlet_name_line, session 7).
    (["Explainer: Will the port board raise the fees?", "Quay News | Politics", "2 April 2028"], None,
     "Explainer: Will the port board raise the fees?", "Quay News", "2028-04-02"),
    # A broadcaster's short name and its tagline in capitals, no media word but "station", over its menu
    # (navigation.BROADCASTER_WORDS, session 37).
    (["NVS - YOUR COAST'S OWN STATION", "Listen Live | Shows | News | Weather", "Harbour fees to rise by a tenth",
      "By Ina Brok", "4 March 2026"], None, "Harbour fees to rise by a tenth", "NVS", "2026-03-04"),
])
def test_metadata_text_title_outlet_date(top: list[str], bottom: list[str] | None, title: str, outlet: str | None,
                                         published: str) -> None:
    doc = _doc(top, bottom)
    assert (doc.title, doc.outlet, doc.published) == (title, outlet, published)
    assert title not in doc.body  # kept once, as the title


def test_metadata_text_yearless_dateline() -> None:
    # A wire dateline with a day and month but no year is dated in the year of the page's copyright
    # notice, like any yearless date near the top; with no notice it dates nothing (above).
    doc = _doc(["Harbour fees to rise by a tenth", "By Ina Brok", "EASTPORT, March 3 (QPA) - The port board voted on Monday."],
               ["\u00a9 2026 Quay Press Agency. All rights reserved."])
    assert doc.published == "2026-03-03"


def test_dates_convention_from_unambiguous_dates() -> None:
    assert date_convention("Updated 14/03/2026; talks on 3 April") is True
    assert date_convention("Posted 03/14/2026") is False
    assert date_convention("no dates here") is None
    assert parse_date("11/10/26", dayfirst=True) == "2026-10-11" and parse_date("11/10/26") == "2026-11-10"


def test_dates_convention_from_spelling() -> None:
    """A lone ambiguous date with no other date to show the convention: British spelling reads it day first,
    American month first, neither as before (red before: None, read month first, for both)."""
    assert date_convention("Published: 10/05/2026\nThe harbour's behaviour at the centre of the labour row.") is True
    assert date_convention("Published: 10/05/2026\nThe harbor's behavior at the center of the labor row.") is False
    assert date_convention("Published: 10/05/2026\nThe port board met on Monday.") is None
    assert date_convention("The harbour's behaviour at the centre of the labour row.") is None  # no date to read
    doc = _doc(["Fees up by a tenth at the harbour", "By Ina Brok", "Published: 10/05/2026"],
               ["The board's behaviour over the harbour's labour costs is at the centre of the row."])
    assert doc.published == "2026-05-10"


def test_dates_convention_spelling_over_prose() -> None:
    """A British tabloid's prose writes "October 21" but its stamp "10/09/2026" is day first: with no numeric date to
    show the convention, the spelling decides before the prose order (red before: month first). American spelling
    with the same prose stays month first; prose alone, without spelling, still decides."""
    british = "10/09/2026, 6:00 am\nThe vote is on October 21. The levy on every litre hits the town centre."
    assert date_convention(british) is True
    american = "10/09/2026, 6:00 am\nThe vote is on October 21. The levy on every liter hits the town center."
    assert date_convention(american) is False
    assert date_convention("10/09/2026, 6:00 am\nThe vote is on October 21.") is False
    assert date_convention("10/09/2026, 6:00 am\nThe vote is on 21 October.") is True


def test_metadata_text_standfirst_under_a_headline_is_not_a_tagline() -> None:
    # Masthead, a short headline, a standfirst without a full stop, byline: the headline speaks of the
    # article, so it stays the title.
    doc = _doc(["The Harbourside", "Fees up by a tenth at the harbour", "The board blames repair costs for the rise",
                "By Ina Brok", "4 March 2026"], ["The Harbourside is published by the Quayside Press Cooperative."])
    assert doc.title == "Fees up by a tenth at the harbour"


def test_metadata_text_reported_self_description_names_no_outlet() -> None:
    doc = _doc(["Harbour fees to rise by a tenth", "4 March 2026"],
               ["Quay Radio is the coast's only broadcaster, the minister said on Monday."])
    assert doc.outlet is None


@pytest.mark.parametrize(("byline", "outlet"), [
    ("By Ina Brok, The Wendle Lamp Journal", "The Wendle Lamp Journal"),
    ("By Ina Brok | Wendle Evening Post", "Wendle Evening Post"),
    ("By Ina Brok, Chief Reporter", None),  # a role, not a publication
    ("By Ina Brok, Local Democracy Reporter", None),
    ("By Ina Brok, 4 March 2026", None),
    # review: a role whose last word is a person's, after a media word, is no publication
    ("By Ina Brok, Radio Producer", None),
    ("By Ina Brok, TV Presenter", None),
    ("By Ina Brok - Daily News Anchor", None),
    ("By Ina Brok, Wendle Harbour Courier", "Wendle Harbour Courier"),  # a media word that WordNet files as a person
])
def test_metadata_text_outlet_in_the_byline(byline: str, outlet: str | None) -> None:
    """A byline naming the author's publication after the name was the only place the page named it: no outlet."""
    doc = _doc(["Harbour fees to rise by a tenth", byline, "4 March 2026"])
    assert doc.outlet == outlet and doc.published == "2026-03-04"
    assert byline in [r.text for r in doc.removed]


def test_metadata_text_dateline_alone_on_its_line() -> None:
    """A wire dateline printed on a line of its own, its dash ending the line, the story below: its date is the
    article's (the dash had to be followed by a space, so the line was dropped and no date read)."""
    doc = _doc(["Wendle Wire", "Harbour fees to rise by a tenth", "By Ina Brok", "TAMSBY, March 4, 2026 (WW) -"])
    assert doc.published == "2026-03-04" and doc.provenance["published"] == "wire dateline's date"


@pytest.mark.parametrize("stamp", [
    "Broadcast on The Evening Hour, 4 March 2026. This transcript has been edited for length and clarity.",
    "First broadcast on Harbour Talk at 7am, 4 March 2026.",
    "Recorded on 4 March 2026.",
])
def test_metadata_text_broadcast_stamp(stamp: str) -> None:
    """A programme's stamp, when it was broadcast or recorded (a note may follow it): the article's date, and no
    content (a transcript's stamp was kept as its first paragraph, undated)."""
    doc = _doc(["Wendle Radio", "Listen Live | News | Programmes", "\"We have no choice\": Osric Vantry on the fees",
                stamp])
    assert doc.published == "2026-03-04" and stamp not in doc.body


@pytest.mark.parametrize("stamp", ["Broadcast: 4 March 2026, 18:05", "Aired: 4 March 2026 at 6.15pm", "Recorded: 4 March 2026"])
def test_metadata_text_broadcast_stamp_labelled(stamp: str) -> None:
    """The programme's stamp as a labelled field, perhaps with its clock time: the article's date (red before: the line
    dropped as a teaser, no date), and the headline under the programme's name is the title (the name was)."""
    title = "Interview: Harbour master Osric Vantry on the new fees"
    doc = _doc(["Wendle Radio", "Listen Live | Programmes | News | Schedule", "The Evening Hour", "", title, "", stamp])
    assert doc.published == "2026-03-04" and stamp not in doc.body and doc.title == title


@pytest.mark.parametrize("line", [
    "Broadcast: the harbour board's vote on 4 March 2026 was shown live on the council's own channel to 900 viewers.",
])
def test_metadata_text_broadcast_label_in_prose_is_content(line: str) -> None:
    doc = _doc(["Harbour fees to rise by a tenth", line])
    assert line in doc.body


@pytest.mark.parametrize("line", [
    "Broadcast rights to the harbour regatta were sold on 4 March 2026 to a streaming firm for two million crowns.",
    # review (s24-user): a sentence that goes on after its date is prose (it was dropped and taken for the date)
    "Recorded on a phone on 4 March 2026 by a bystander, the video shows two officers pushing a man to the ground.",
    "Aired on 12 May 2025 as part of a documentary, an earlier clip had shown the same harbour patrol.",
])
def test_metadata_text_broadcast_in_prose_is_content(line: str) -> None:
    doc = _doc(["Harbour regatta rights sold", line])
    assert line in doc.body and doc.published is None


@pytest.mark.parametrize(("body", "published"), [
    ("The port board said the rise would take effect on 25/03/26, after a vote of its members.", "2026-03-04"),
    ("The port board said the rise would take effect on 03/25/26, after a vote of its members.", "2026-04-03"),
])
def test_metadata_given_date_convention(body: str, published: str) -> None:
    """A JSON object's "04/03/26" was read month first whatever the article: now by the convention its text follows."""
    doc = clean_article(Source("a.json#1", "text", text=body, published="04/03/26"))
    assert doc.published == published


def test_date_convention_an_ambiguous_date_written_out_too() -> None:
    # prose writes "May 4" (month first) but the stamp's 04/05 means the same day: day first
    assert date_convention("04/05/2026 15:20\nKELLBURY, May 4 - The mill closed. A vote is due on May 16.") is True
    # the same stamp over "April 5": month first, though the prose writes day first elsewhere
    assert date_convention("04/05/2026\nKELLBURY, 5 April - The mill closed on 5 April. Talks end 20 June.") is False
    # a stamp whose two readings are both written out settles nothing by itself
    assert date_convention("04/05/2026 May 4 and 5 April") is None



def test_metadata_text_title_of_two_sentences() -> None:
    """A column's headline of two sentences under its masthead, menu and section path, over a standfirst, the
    columnist's name and the date, is the title (red before: none, a headline ending in a full stop was refused); a
    lead of two long sentences there is not."""
    headline = "The fees are not what is sinking the port. The board is."
    top = ["THE QUAY MONITOR", "News | Politics | Opinion | Sport", "Opinion > Columns", "", headline, "",
           "Why the skippers keep blaming the wrong people for their bills", "", "Ina Brok", "Sun 8 Mar 2026 09.00"]
    doc = _doc(top)
    assert (doc.title, doc.outlet, doc.published) == (headline, "The Quay Monitor", "2026-03-08")
    assert headline not in doc.body
    lead = ("The port board raised its berth fees for the third time in two years on Monday, citing repairs. "
            "Skippers who met in the harbour office on Tuesday called the rise a tax on the town.")
    assert _doc([*top[:4], lead, *top[5:]]).title != lead


def test_metadata_text_programme_beside_the_outlets_label() -> None:
    """A programme's name beside the outlet's own label ("The Evening Tide | NVS News") under the headline is the
    page's furniture (red before: kept as the first line of the body, its programme named in the headline above)."""
    label = "The Evening Tide | NVS News"
    title = "The Evening Tide: who pays for the harbour fees?"
    top = ["NVS - YOUR COAST'S OWN STATION", "Listen Live | Shows | News | Weather", "", title, "", label,
           "Broadcast 4 March 2026, 18:30"]
    doc = _doc(top)
    assert (doc.title, doc.outlet, doc.published) == (title, "NVS", "2026-03-04")
    assert label not in doc.body and BODY[0] in doc.body


def test_metadata_text_broadcaster_masthead_over_a_menu_with_a_year() -> None:
    """A TV page: "<INITIALS> - <FULL NAME>" over a menu whose labels include a season's "<Show> 2027": the
    first line is the masthead (its initials the outlet), the programme's headline the title (red before: the
    masthead taken for the title and no outlet, the menu not read as one for its year)."""
    doc = _doc(["KBC - KESTERMOOR BROADCASTING CORPORATION", "Watch live | Shows | News | Derby 2027 | Help",
                "Shows > Matchday", "", "Matchday: can the Harriers hold on?", "",
                "PRESENTER: Good evening. We start at the ground, where the pitch was cut this morning."],
               ["KBC is Kestermoor's public broadcaster. \u00a9 Kestermoor Broadcasting Corporation 2027"])
    assert (doc.title, doc.outlet) == ("Matchday: can the Harriers hold on?", "KBC")


def test_metadata_text_filing_stamp() -> None:
    """A wire's filing stamp, "Filed <date> <time> | last updated <date> <time>": the article's date, and no content (red
    before: kept as a paragraph, no date); "Filed under: X" is no date."""
    stamp = "Filed 4 March 2026, 08:10 | last updated 4 March 2026, 11:42"
    doc = _doc(["WENDLE PRESS AGENCY", "Harbour fees to rise by a tenth", "", "Ina Brok, Port Correspondent", stamp, "",
                "The harbour board voted on Tuesday to raise its fees by a tenth from May, its chair said."])
    assert doc.published == "2026-03-04" and stamp not in doc.body
    tagged = _doc(["Harbour fees to rise by a tenth", "Filed under: Ports", "",
                   "The harbour board voted on Tuesday to raise its fees by a tenth from May, its chair said."])
    assert tagged.published is None


def test_metadata_text_airing_line() -> None:
    """A programme's airing line under its name, "<Channel>, <day> <date>, <time>": the article's date (red before: none)."""
    doc = _doc(["WENDLE TV", "Live | News | Sport", "", "Fees row: the panel can't agree", "", "The Harbour Hour with Ina Brok",
                "Wendle Two, Tue 10 March 2026, 9.40pm", "", "INA BROK: Good evening. The harbour board raised its fees today."])
    assert doc.published == "2026-03-10"


def test_metadata_text_airing_line_after_a_stamp() -> None:
    """A subtitle shaped like an airing line ("<Place>, <date>, <words>") does not outrank a stamp below it."""
    doc = _doc(["Harbour fees: the night the pier fell", "Eastport, 12 June 2019, the night the pier fell",
                "Published 4 March 2026", "", "The harbour board voted on Tuesday to raise its fees by a tenth, its chair said."])
    assert doc.published == "2026-03-04"
