"""HTML pages: trafilatura gives the main text and metadata, then the same line pass runs;
what the page held outside the article is reported as removed, the HTML metadata as provenance."""

from __future__ import annotations

import pytest

from stancemap.clean import clean_corpus
from stancemap.model import Document, Source

from .articles import PARA_BOATS, PARA_END, PARA_OPPOSITION, TITLE

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>{TITLE} | Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2025-03-04T10:15:00+01:00">
<meta name="author" content="Ilse Brandt">
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p>
<button>Accept</button></div>
<header><a href="/">Coastal Courier</a><nav><a href="/world">World</a><a href="/login">Log in</a></nav></header>
<main><article>
<h1>{TITLE}</h1>
<p class="byline">By Ilse Brandt</p>
<p>PORTLEN (Coastal Courier) – The parliament of Harrowgate on Tuesday approved a budget that doubles spending
on coastal defence, the finance ministry said.</p>
<p>{PARA_BOATS}</p>
<p>Lesen Sie auch: Die Küste und das neue Budget der Regierung</p>
<p>{PARA_OPPOSITION}</p>
<p>{PARA_END}</p>
</article></main>
<aside><h2>Related</h2><a href="/x">Portlen Harbour Reopens After Storm Repairs</a></aside>
<footer><p>© 2025 Coastal Courier. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page_doc() -> Document:
    return clean_corpus([Source("page.html", "html", html=PAGE)])[0]


@pytest.mark.parametrize(("field", "expected"), [
    ("title", TITLE),
    ("outlet", "Coastal Courier"),
    ("published", "2025-03-04"),
])
def test_html_metadata_from_the_page(page_doc: Document, field: str, expected: str) -> None:
    assert getattr(page_doc, field) == expected
    assert "HTML metadata" in page_doc.provenance[field]


@pytest.mark.parametrize("line", [PARA_BOATS, PARA_OPPOSITION, PARA_END, "approved a budget that doubles spending"])
def test_html_main_text_kept(page_doc: Document, line: str) -> None:
    assert line in " ".join(page_doc.body.split())


@pytest.mark.parametrize(("line", "reason"), [
    ("Lesen Sie auch: Die Küste und das neue Budget der Regierung", "another language"),
    ("Portlen Harbour Reopens After Storm Repairs", "outside the article"),
    ("Accept", "outside the article"),
    ("© 2025 Coastal Courier. All rights reserved.", "outside the article"),
])
def test_html_removed_with_reason(page_doc: Document, line: str, reason: str) -> None:
    removed = {r.text: r.reason for r in page_doc.removed}
    assert reason in removed.get(line, "(kept)")
    assert line not in page_doc.body


def test_html_heading_longer_than_a_headline_is_not_the_title() -> None:
    from stancemap.clean import clean_article
    from stancemap.model import Source

    heading = " ".join(["the harbour board"] * 30)
    doc = clean_article(Source("x.html", "html", html=f"<h1>{heading}</h1><p>{heading}. The board said so on Monday.</p>"))
    assert doc.title is None or len(doc.title) <= 300


def _page_without_site_metadata(head_title: str, header: str) -> str:
    return (f"<html><head><title>{head_title}</title></head><body>{header}<main><article><h1>{TITLE}</h1>"
            f"<p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p><p>{PARA_OPPOSITION}</p><p>{PARA_END}</p>"
            "</article></main></body></html>")


def test_site_name_from_the_title_after_the_headline() -> None:
    """No og:site_name: the <title> adds the site's name after the headline (red before: no outlet)."""
    html = _page_without_site_metadata(f"{TITLE} | The Evening Lamp", "<nav><a href='/news'>News</a></nav>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert doc.outlet == "The Evening Lamp"


def test_site_name_from_the_title_after_a_shortened_headline() -> None:
    """The <title> shortens the headline before the site's name ("<headline cut> | The Evening Lamp"), the logo a
    <div> with no link: the name after the separator is the site's (red before: no outlet). A <title> whose first part
    is not the headline's start names no site from its last part."""
    cut = " ".join(TITLE.split()[:5])
    html = _page_without_site_metadata(f"{cut} | The Evening Lamp", "<header><div class='logo'>The Evening Lamp</div></header>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].outlet == "The Evening Lamp"
    other = _page_without_site_metadata("Weekend reading | Ferry Times", "<header></header>")
    assert clean_corpus([Source("page.html", "html", html=other)])[0].outlet is None


def test_site_name_from_the_link_to_the_root() -> None:
    """No site metadata and a bare <title>: the logo's link to "/" names the site; a "Home" link to "/" does not."""
    header = "<header><a href='/'>Home</a> <a class='logo' href='/'>Lamp News</a><nav><a href='/world'>World</a></nav></header>"
    doc = clean_corpus([Source("page.html", "html", html=_page_without_site_metadata(TITLE, header))])[0]
    assert doc.outlet == "Lamp News"
    bare = _page_without_site_metadata(TITLE, "<header><a href='/'>Home</a></header>")
    assert clean_corpus([Source("page.html", "html", html=bare)])[0].outlet is None


def test_site_name_over_the_host_name() -> None:
    """No site metadata but a canonical link: trafilatura names the site by its host ("lampnews.example"); the
    <title> after the headline names it as printed (red before: the host name as outlet)."""
    html = _page_without_site_metadata(f"{TITLE} | Lamp News", "<nav><a href='/news'>News</a></nav>").replace(
        "</title>", "</title><link rel='canonical' href='https://www.lampnews.example/news/ferry'>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert doc.outlet == "Lamp News"


def test_site_name_not_the_headline() -> None:
    """trafilatura takes a part of the <title> holding a full stop for the site's domain name, so a headline with a
    decimal ("3.5%") became the outlet; the logo's link names the site (red before: the headline as outlet)."""
    headline = "Harbour board approves a 4.5% ferry fare rise after a tied vote"
    html = (f"<html><head><title>{headline} | Lamp News</title></head><body><header><a class='logo' href='/'>Lamp "
            f"News</a></header><main><article><h1>{headline}</h1><p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p>"
            f"<p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert doc.outlet == "Lamp News"


def test_html_title_as_printed() -> None:
    """A social card's title with its dash folded to ASCII gives way to the page's <h1>, the same words as printed
    (red before: the og:title's hyphen); an <h1> of other words does not replace the title."""
    printed = "Tolls on the old bridge \u2013 what changes in May"
    html = (f"<html><head><title>{printed} | Lamp News</title><meta property='og:title' content='Tolls on the old "
            f"bridge - what changes in May'></head><body><main><article><h1>{printed}</h1><p class='byline'>By Ilse "
            f"Brandt</p><p>{PARA_BOATS}</p><p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].title == printed
    other = html.replace(f"<h1>{printed}</h1>", "<h1>Bridge tolls</h1>")
    assert clean_corpus([Source("page.html", "html", html=other)])[0].title == "Tolls on the old bridge - what changes in May"


def test_html_title_keeps_its_quotation_marks() -> None:
    """A headline with a word in curly quotes keeps them: trafilatura's title drops them (red before: "debates
    unfair deal" for the <h1>'s "debates \u2018unfair\u2019 deal")."""
    printed = "Live: council debates \u2018unfair\u2019 parking deal as traders protest"
    html = (f"<html><head><title>{printed} - Lamp News</title></head><body><main><article><h1>{printed}</h1>"
            f"<p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p><p>{PARA_OPPOSITION}</p><p>{PARA_END}</p>"
            "</article></main></body></html>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].title == printed


def test_html_date_after_the_clock() -> None:
    """A page stamped after this machine's clock keeps its own stamp: htmldate's default drops every date after today
    and guesses another (red before: the first of the stamp's month). A year ahead is the limit."""
    from datetime import date, timedelta

    ahead = date.today() + timedelta(days=8)
    html = (f"<html><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1><p class='byline'>By Ilse "
            f"Brandt</p><p><time datetime='{ahead.isoformat()}T16:40'>16:40</time></p><p>{PARA_BOATS}</p>"
            f"<p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert doc.published == ahead.isoformat()


def _page_with_box(box: str) -> str:
    return (f"<html><head><title>{TITLE}</title><meta property='og:site_name' content='The Evening Lamp'></head><body>"
            f"<main><article><h1>{TITLE}</h1><p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p>"
            f"<p>{PARA_OPPOSITION}</p><p>{PARA_END}</p>{box}</article></main></body></html>")


def test_boxed_paragraphs_of_the_papers_view_kept() -> None:
    """A paper's own view in an <aside> inside the article is content (red before: trafilatura drops it)."""
    view = "The harbour towns deserve better than a budget written in a hurry and defended with slogans at the quay."
    html = _page_with_box(f"<aside class='opinion-box'><h3>THE LAMP SAYS</h3><p>{view}</p></aside>")
    assert view in clean_corpus([Source("page.html", "html", html=html)])[0].body


@pytest.mark.parametrize("box", [
    # a related-stories box, a box of links, a short pull quote: not the article's prose
    "<aside class='related'><p>Read how the harbour towns spent the last budget on the new sea walls and ferries.</p></aside>",
    "<aside><p>More on this: <a href='/x'>the harbour towns and the last budget, explained in full detail here</a>.</p></aside>",
    "<aside><p>\u201cA budget written in a hurry.\u201d</p></aside>",
])
def test_boxed_paragraphs_not_prose_left_out(box: str) -> None:
    html = _page_with_box(box)
    body = clean_corpus([Source("page.html", "html", html=html)])[0].body
    assert "harbour towns and the last budget" not in body and "spent the last budget" not in body
    assert "written in a hurry" not in body


def test_html_short_page_keeps_its_paragraphs() -> None:
    """A short page (a brief of two paragraphs) comes out of trafilatura's fallback as one line, its headline and
    byline glued to the text ("Ferry vote looms By Ina Brok Quellby council will ..."): split again at the page's own
    blocks when they hold the same words (red before: one paragraph beginning with the headline)."""
    first = "Quellby district council will vote next Thursday on whether to close the Ashwick ferry crossing."
    second = "Council leader Orrin Fellgate said the crossing should close unless the regional fund covers its losses."
    html = (f"<html><head><title>Ferry vote looms | The Quellby Ledger</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>Ferry vote looms</h1><p class='byline'>By Ina Brok</p><p>{first}</p><p>{second}</p>"
            f"</article></body></html>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert doc.body.split("\n\n") == [first, second] and doc.title == "Ferry vote looms"


def test_html_title_cut_at_a_dash_inside_it() -> None:
    """A headline with a dash inside it ("LIVE: Harbour inquiry closing day - both sides make final pitch"), printed
    whole in the <h1> and in the <title> before the site's name: the whole headline is the title (red before:
    trafilatura's title stopped at the dash)."""
    printed = "LIVE: Harbour inquiry closing day - both sides make final pitch"
    html = (f"<html><head><title>{printed} | Lamp News</title></head><body><main><article><h1>{printed}</h1>"
            f"<p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p><p>{PARA_OPPOSITION}</p><p>{PARA_END}</p>"
            "</article></main></body></html>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].title == printed


def test_html_title_goes_on_after_a_colon() -> None:
    """A headline printed whole in the <h1> and the <title> ("Mill owners reject the E-word: 'a pause, not a close'"),
    its JSON-LD headline only the words before the colon: the whole headline is the title (red before: the short one)."""
    printed = "Mill owners reject the E-word: \u2018a pause, not a close\u2019"
    ld = '{"@type": "NewsArticle", "headline": "Mill owners reject the E-word", "@context": "https://schema.org"}'
    html = (f"<html><head><title>{printed} | Lamp News</title><script type='application/ld+json'>{ld}</script></head>"
            f"<body><main><article><h1>{printed}</h1><p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p>"
            f"<p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].title == printed


def test_html_title_quotation_before_its_colon() -> None:
    """A headline that opens with two quoted lines before its colon ("'We were sunk' v 'He saved us': ..."), printed
    whole in the <h1> and the <title>, its JSON-LD headline only the words after the colon: the whole headline is the
    title (red before: the short one)."""
    printed = "\u2018We were sunk\u2019 v \u2018He saved us\u2019: harbour crews split over the pilot\u2019s dismissal"
    ld = '{"@type": "NewsArticle", "headline": "harbour crews split over the pilot\u2019s dismissal", "@context": "https://schema.org"}'
    html = (f"<html><head><title>{printed} | Lamp News</title><script type='application/ld+json'>{ld}</script></head>"
            f"<body><main><article><h1>{printed}</h1><p class='byline'>By Ilse Brandt</p><p>{PARA_BOATS}</p>"
            f"<p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    assert clean_corpus([Source("page.html", "html", html=html)])[0].title == printed


def test_html_live_byline_with_shifts_removed() -> None:
    """A live page's byline with no "By", its writers each with the shift they wrote ("Ina Brok (now) and Olav Rune
    (earlier)"), under the standfirst and over the date, kept by the extractor: the page's byline, not the first entry
    (red before: kept; clean/furniture.py LIVE_SHIFTS)."""
    byline = "Ina Brok (now) and Olav Rune (earlier)"
    html = ("<html><head><title>Harbour fees vote - live | Lamp News</title></head><body><main><article>"
            "<h1>Harbour fees vote - live</h1><p>The port board decides on berth fees; skippers "
            f"and the union react</p><p>{byline}</p><p>Tue 3 Mar 2026 09.00</p>"
            f"<p>{PARA_BOATS}</p><p>{PARA_OPPOSITION}</p><p>{PARA_END}</p></article></main></body></html>")
    doc = clean_corpus([Source("page.html", "html", html=html)])[0]
    assert byline not in doc.body and PARA_BOATS in doc.body
