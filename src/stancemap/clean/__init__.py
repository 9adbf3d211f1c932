"""Stage 2: turn a `Source` into a clean `Document` (body, removed boilerplate, title, outlet, date).

`clean_article` is the interface: one article on its own, with nothing from other files, so that
the map step can clean it anywhere and its cached record depends on its own bytes only (and an
article's outlet never depends on which other files are in the run). `clean_corpus` cleans many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Source
from .dates import date_convention, date_in_line, parse_date
from .header import Header, header
from .html import HtmlArticle, extract_html
from .metadata import (
    byline_outlet,
    caption_outlets,
    confirmed_masthead,
    copyright_outlet,
    credited_provider_lines,
    masthead_candidate,
    outlet_from_dateline,
    outlet_name_line,
    pick_outlet,
    running_head_outlet,
    self_described_outlet,
    spelled_out,
    tagline_masthead,
)
from .print_page import bar_running_heads
from .published import pick_published
from .text import classify
from .title import TITLE_MAX_CHARS

__all__ = ["clean_article", "clean_corpus", "clean_one"]


@dataclass
class _Page:
    """One article before cleaning: its text lines, HTML metadata, and the outlet decided for it."""

    source: Source
    text: str
    html: HtmlArticle | None
    lines: list[str]
    outlet: str | None = None
    outlet_rule: str = ""


def clean_corpus(sources: Sequence[Source]) -> list[Document]:
    """Each source cleaned on its own, numbered d1, d2, ... in order."""
    return [clean_article(source, f"d{i + 1}") for i, source in enumerate(sources)]


def clean_article(source: Source, doc_id: str = "d1") -> Document:
    page = _page(source)
    page.outlet, page.outlet_rule, found = _outlet(page)
    names = frozenset(n for n in found if len(n) >= 2)
    return clean_one(doc_id, page.source, page.text, page.html, names, (page.outlet, page.outlet_rule))


def _page(source: Source) -> _Page:
    if source.fmt == "html" and source.html is not None:
        article = extract_html(source.html)
        text, html = article.text, article
    else:
        text, html = bar_running_heads(source.text or ""), None
    return _Page(source, text, html, [" ".join(line.split()) for line in text.splitlines()])


def _outlet(page: _Page) -> tuple[str | None, str, list[str]]:
    """The page's outlet, the rule that decided it, and every outlet name the page shows."""
    dateline = outlet_from_dateline(page.lines)
    captions = caption_outlets(page.lines)
    masthead = confirmed_masthead(page.lines)
    described = self_described_outlet(page.lines)
    # (a press body's member or a media group's part only confirms the first line: metadata.AFFILIATED)
    confirming = described or self_described_outlet(page.lines, affiliated=True)
    if masthead[0] is None and confirming and (candidate := masthead_candidate(page.lines)) \
            and _bare(candidate) == _bare(confirming):
        # A masthead in capitals ("EVENING BEACON") is printed as the foot of the page writes it.
        masthead = ((confirming if candidate.isupper() else candidate),
                    "masthead (first line, the site describing itself at the foot)")
    if masthead[0] is None and (tagged := tagline_masthead(page.lines)):
        masthead = tagged, "masthead (first line, the site's name and tagline)"
    copyright = copyright_outlet(page.lines)
    name_line = outlet_name_line(page.lines)
    providers = credited_provider_lines(page.lines)
    # The masthead line as printed ("DORVAN VOICE - English Edition") is the outlet's label too.
    first = next((line for line in page.lines if line.strip()), None) if masthead[0] else None
    seen = [n for n in (dateline, masthead[0], first, copyright, name_line, *captions, *providers) if n]
    if page.source.outlet:
        return page.source.outlet, f"given in {page.source.given_by}", [page.source.outlet, *seen]
    if page.html is not None and page.html.outlet:
        return page.html.outlet, page.html.provenance.get("outlet", "HTML metadata"), [page.html.outlet, *seen]
    if page.html is None and (said := header(page.lines)).fields.get("outlet"):
        return said.fields["outlet"], _said_in(said, "outlet"), [said.fields["outlet"], *seen]
    outlet, rule = pick_outlet(dateline, captions, masthead, copyright)
    if name_line and (outlet is None or rule.startswith("copyright")):
        outlet, rule = name_line, "the outlet's name on a line near the top (a name with a media word)"
    if outlet is None and (by := byline_outlet(page.lines)):
        outlet, rule = by, "the outlet named in the byline after its author"
        seen.append(by)
    if outlet is None and (head := running_head_outlet(page.lines)):
        outlet, rule = head, "the paper's name in a print page's running head"
        seen.append(head)
    if described is not None:
        seen.append(described)
        if outlet is None or rule.startswith("copyright"):
            outlet, rule = described, "the site describing itself at the foot of the page"
    if outlet and outlet == dateline and (full := spelled_out(outlet, page.lines)):
        outlet, rule = full, f"{rule}, its initials spelt out on the page"
        seen.append(full)
    return outlet, rule, seen


def _said_in(said: Header, name: str) -> str:
    return f"the file's header line '{said.labels[name]}: ...'"


def _bare(name: str) -> str:
    folded = name.casefold()
    return folded[4:] if folded.startswith("the ") else folded


def clean_one(doc_id: str, source: Source, text: str, html_meta: HtmlArticle | None = None,
              outlets: frozenset[str] = frozenset(), outlet: tuple[str | None, str] | None = None) -> Document:
    """Clean one article's text. `outlet` is (name, rule) when it was decided already; `outlets`
    holds every outlet name the page shows (its own labels are not article text)."""
    lines = text.splitlines()
    stripped = [" ".join(line.split()) for line in lines]
    if outlet is None:
        page = _Page(source, text, html_meta, stripped)
        name, rule, _ = _outlet(page)
        outlet = (name, rule)
    page_title = html_meta.title if html_meta is not None else None
    # A page's <title> or <h1> longer than any headline is a paragraph set as a heading, not the title.
    if page_title and len(page_title) > TITLE_MAX_CHARS:
        page_title = None
    said = header(stripped) if html_meta is None else Header()  # "Title: ...", "Date: ..." opening a saved text
    given_title = source.title or page_title or said.fields.get("title")
    result = classify(lines, known_title=given_title, outlets=outlets | ({outlet[0]} if outlet[0] else set()),
                      headings=html_meta.headings if html_meta is not None else frozenset(), extracted=html_meta is not None)
    doc = Document(id=doc_id, source=source.path, body="\n\n".join(result.paragraphs), title=result.title,
                   removed=list(result.removed), url=source.url)
    if doc.url is None and said.fields.get("url", "").startswith(("http://", "https://")):
        doc.url = said.fields["url"]
    if html_meta is not None:
        doc.removed = html_meta.removed + doc.removed
        doc.provenance.update(html_meta.provenance)
        doc.url = doc.url or html_meta.url
    if source.title:
        doc.provenance["title"] = f"given in {source.given_by}"
    elif result.title and result.title == said.fields.get("title"):
        doc.provenance["title"] = _said_in(said, "title")
    elif result.title and "title" not in doc.provenance:
        doc.provenance["title"] = "first headline-shaped line before the body"
    if outlet[0]:
        doc.outlet, doc.provenance["outlet"] = outlet

    # A given "04/03/26" is read by the convention the article's own dates follow (test_metadata_given_date_convention).
    dayfirst = date_convention(text) if source.published and "/" in source.published else None
    given_date = source.published and (parse_date(source.published[:10], dayfirst) or parse_date(source.published, dayfirst))
    if given_date:
        doc.published, doc.provenance["published"] = given_date, f"given in {source.given_by}"
    elif html_meta is not None and html_meta.published:
        doc.published = parse_date(html_meta.published) or html_meta.published[:10]
    elif said.fields.get("published") and (found := date_in_line(said.fields["published"], loose=True,
                                                                 dayfirst=date_convention(text))):
        doc.published, doc.provenance["published"] = found, _said_in(said, "published")
    else:
        published, rule = pick_published(stripped, result.title_index)
        if published:
            doc.published, doc.provenance["published"] = published, rule
        elif source.fetched:  # a crawl or fetch date bounds the publication date; said so in provenance
            doc.published = source.fetched
            doc.provenance["published"] = f"date {source.given_by} was crawled or fetched (the page shows no date)"
    return doc
