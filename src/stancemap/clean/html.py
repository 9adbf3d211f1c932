"""HTML pages: trafilatura finds the main text and the page's metadata; what it leaves out
of the page is reported as removed, so the HTML path is as auditable as the text path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Removed

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "dd", "dt",
          "a", "button", "span", "div", "label", "small", "time", "address", "caption"}


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    headings: frozenset[str] = frozenset()  # the page's subheadings (h2-h6), whitespace-normalised


def extract_html(html: str) -> HtmlArticle:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      include_images=False, include_formatting=False,
                                      date_extraction_params=_date_params())
    if isinstance(doc, dict):  # older trafilatura versions return a dict
        doc = None
    text = (doc.text if doc is not None else "") or ""
    tree = _parsed(html)  # one lxml tree for what trafilatura leaves: boxes, the site's name, the text outside
    if tree is not None and (blocks := glued_blocks(tree, text)):
        text = "\n".join(blocks)
    if tree is not None and (boxed := boxed_paragraphs(tree, text)):
        text = text.rstrip("\n") + "\n" + "\n".join(boxed)
    article = HtmlArticle(text=text)
    if doc is not None:
        for name, value in (("title", doc.title), ("outlet", doc.sitename), ("published", doc.date),
                            ("author", doc.author), ("url", doc.url)):
            # (a site name equal to the headline is trafilatura reading the <title> as the site's: no outlet;
            # tests/clean/test_html.py::test_site_name_not_the_headline)
            if value and not (name == "outlet" and doc.title and " ".join(str(value).split()) == " ".join(doc.title.split())):
                setattr(article, name, str(value))
                article.provenance[name] = "HTML metadata (trafilatura)"
    if tree is None:
        return article
    if article.title and (printed := _printed_title(tree, article.title)) is not None:
        article.title = printed
    # (trafilatura falls back to the page's host name, "cityherald.example", when no metadata names the site: the
    # name the page prints is the outlet's; tests/clean/test_html.py::test_site_name_over_the_host_name)
    if (article.outlet is None or _HOST_NAME.fullmatch(article.outlet)) and (site := site_name(tree, article.title)):
        article.outlet, article.provenance["outlet"] = site
    article.removed, article.headings = _outside_text(tree, text)  # (last: it strips the tree's head and scripts)
    return article


# A social card's title (og:title, which trafilatura reads first) is often the headline with its dashes and quotes
# folded to ASCII, and trafilatura's own title drops a word's quotation marks ("mayor calls toll 'unfair'"): the
# page's own <h1>, the same words as printed, is the headline (test_html_title_as_printed,
# test_html_title_keeps_its_quotation_marks).
_FOLD = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_QUOTE_MARKS = re.compile(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]")


def _folded(text: str) -> str:
    return " ".join(_QUOTE_MARKS.sub("", text.translate(_FOLD)).split())


def _printed_title(tree: Any, title: str) -> str | None:
    folded = _folded(title)
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text != title and _folded(text) == folded:
            return text
        # trafilatura cuts a <title> at its first separator as if a site's name followed ("LIVE: Harbour inquiry closing
        # day - both sides make final pitch | Lamp News"): the page's own <h1> that goes on from the cut
        # after a separator is the headline (tests/clean/test_html.py::test_html_title_cut_at_a_dash_inside_it); so is
        # one that goes on after a colon set close ("Mill owners reject the E-word: 'a pause'", the short headline of the
        # page's JSON-LD: test_html_title_goes_on_after_a_colon).
        cut = _GOES_ON.match(text[len(title):]) if _folded(text).startswith(folded) else None
        if cut is not None and len(text) > len(title) + cut.end() and _title_tag_holds(tree, text):
            return text
        # The other way round: a quoted line before the colon ("'A' v 'B': fans split over X") that trafilatura took
        # for a section label and cut; the <h1> ends with its title and the <title> holds the whole
        # (tests/clean/test_html.py::test_html_title_quotation_before_its_colon).
        if text.endswith(title) and _QUOTED_LABEL.search(text[:-len(title)]) and _title_tag_holds(tree, text):
            return text
    return None


def _title_tag_holds(tree: Any, headline: str) -> bool:
    """The page's <title> or og:title begins with the whole headline (the site's name may follow it)."""
    folded = _folded(headline)
    tags = [" ".join(t.text_content().split()) for t in tree.iter("title")]
    tags += [m.get("content") or "" for m in tree.iter("meta") if m.get("property") == "og:title"]
    return any(_folded(t).startswith(folded) for t in tags)


# htmldate drops every date after the machine's clock (its default `max_date` is today), and then guesses from the
# page's other dates: a page stamped a few days or months ahead of a machine whose clock is behind, or of a scenario's
# date, lost its own <time> stamp (tests/clean/test_html.py::test_html_date_after_the_clock). A year ahead is allowed.
_DATE_AHEAD_DAYS = 366


def _date_params() -> dict[str, Any]:
    from datetime import date, timedelta

    return {"original_date": True, "extensive_search": True,
            "max_date": (date.today() + timedelta(days=_DATE_AHEAD_DAYS)).isoformat()}


# A site's name: 1-6 words, the first capitalised (a logo's "Lamp News", "The Evening Lamp"), not a menu word.
_SITE_NAME = re.compile(r"(?:The |the )?[A-Z0-9][\w'&.-]*(?: [\w'&.-]+){0,5}")
_NOT_A_SITE = {"home", "homepage", "home page", "front page", "news", "skip to content", "menu", "back to top"}
_HOST_NAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+")
# What stands before a headline's colon when it is a quotation, not a section's label: it ends on a closing quote.
_QUOTED_LABEL = re.compile(r"[\"'\u2019\u201d\u00bb]\s*:\s+$")
_GOES_ON = re.compile(r"\s*:\s+|\s+[|\u2013\u2014\u00b7-]\s+")  # a headline's separator: a colon may stand close


# A box's paragraph is prose: a sentence of this many words or more with no link in it.
_BOX_SENTENCE_WORDS = 12
_NOT_PROSE_BOX = re.compile(r"related|promo|newsletter|share|social|advert|\bads?\b|author|bio|subscribe|comment|"
                            r"recommend|popular|more|sidebar|nav", re.I)


def _parsed(html: str) -> Any:
    """The page as an lxml tree, or None when lxml cannot read it."""
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


# The blocks a page's text is printed in (its headline, paragraphs, list items and quotations), outermost only.
_BLOCK_TEST = " or ".join(f"self::{tag}" for tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"))
OUTER_BLOCKS = f".//*[{_BLOCK_TEST}][not(ancestor::*[{_BLOCK_TEST}])]"


def glued_blocks(tree: Any, text: str) -> list[str] | None:
    """The page's own blocks, when trafilatura gave its text as one line that is exactly their words run together: its
    fallback for a short page (a brief of two paragraphs) joins a whole <article> or <main> with spaces, the headline and
    byline glued to the first sentence (tests/clean/test_html.py::test_html_short_page_keeps_its_paragraphs)."""
    glued = " ".join(text.split())
    if not glued or "\n" in text.strip():
        return None
    for container in tree.xpath("//article|//main"):
        blocks = [t for b in container.xpath(OUTER_BLOCKS) if (t := " ".join(b.text_content().split()))]
        if len(blocks) >= 2 and " ".join(blocks) == glued:
            return blocks
    return None


def boxed_paragraphs(tree: Any, kept: str) -> list[str]:
    """The paragraphs of a box set inside the article (<aside> within <article>: a paper's own view beside a news
    story, "THE X SAYS") that trafilatura leaves out as a sidebar, when they are prose: sentences of twelve words or
    more with no link, in a box whose class names no related, promotion, author or sharing widget, and not already
    kept (a pull quote repeats the text). Pinned by tests/clean/test_html.py test_boxed_*."""
    kept_norm = " ".join(kept.split())
    found: list[str] = []
    for box in tree.xpath("//article//aside"):
        if _NOT_PROSE_BOX.search(f"{box.get('class', '')} {box.get('id', '')}") or box.xpath(".//aside"):
            continue
        paragraphs = box.xpath(".//p")
        if not paragraphs or box.xpath(".//a[not(ancestor::p)]"):
            continue
        texts = [" ".join(p.text_content().split()) for p in paragraphs]
        if any(p.xpath(".//a") or len(t.split()) < _BOX_SENTENCE_WORDS or not t.endswith((".", "!", "?", '"', "\u201d"))
               for p, t in zip(paragraphs, texts, strict=True)):
            continue
        found.extend(t for t in texts if t not in kept_norm)
    return found


def site_name(tree: Any, headline: str | None) -> tuple[str, str] | None:
    """The outlet of a page whose metadata names none (trafilatura's sitename): what the <title> adds
    after the headline ("Headline | The Evening Lamp"), else the name on the link to the site's root
    (the logo or masthead: <a href="/">VBC News</a>). Pinned by tests/clean/test_html.py
    test_site_name_*."""
    page_title = " ".join(" ".join(tree.xpath("//head/title//text()")).split())
    if headline and page_title.startswith(headline) and page_title != headline:
        rest = _TITLE_SEPARATOR.match(page_title[len(headline):])
        tail = page_title[len(headline) + rest.end():] if rest else ""
        if _is_site_name(tail):
            return tail, "the page's <title> after the headline"
    # "<the headline cut short> | Site": the last part, after a first part the headline or the page's <h1> begins with
    # (tests/clean/test_html.py::test_site_name_from_the_title_after_a_shortened_headline).
    *before, tail = _TITLE_SEPARATOR.split(page_title)
    head = " ".join(" ".join(before).split()).casefold()
    printed = [headline or "", *(" ".join(h.text_content().split()) for h in tree.xpath("//h1"))]
    if len(head.split()) >= 3 and _is_site_name(tail) and any(h.casefold().startswith(head) for h in printed):
        return tail, "the page's <title> after the headline cut short"
    for link in tree.xpath("//body//a[@href]"):
        if link.get("href", "").strip() not in {"/", "./", "index.html", "/index.html"}:
            continue
        name = " ".join(link.text_content().split())
        if _is_site_name(name):
            return name, "the page's link to the site's root (its logo or masthead)"
    return None


def _is_site_name(text: str) -> bool:
    return bool(text) and len(text) <= 40 and text.casefold() not in _NOT_A_SITE and bool(_SITE_NAME.fullmatch(text))


def _outside_text(tree: Any, kept: str) -> tuple[list[Removed], frozenset[str]]:
    """Visible text blocks of the page that are not part of the extracted article, and the page's
    subheadings (a short line of the main text that the page set as a heading is structure, not a
    stray label: test_html_subheading_kept)."""
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.getparent().remove(bad)
    headings = frozenset(" ".join(h.text_content().split()) for h in tree.xpath("//h2|//h3|//h4|//h5|//h6"))
    kept_norm = " ".join(kept.split())
    removed: list[Removed] = []
    seen: set[str] = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag not in BLOCKS:
            continue
        if any(isinstance(child.tag, str) and child.tag in BLOCKS for child in element.iterdescendants()):
            continue
        text = " ".join(element.text_content().split())
        if not text or text in seen or text in kept_norm:
            continue
        seen.add(text)
        removed.append(Removed(text, f"outside the article's main text (page <{element.tag}>)"))
    return removed, headings
