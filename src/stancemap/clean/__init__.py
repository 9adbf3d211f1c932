"""Stage 2: turn `Source`s into clean `Document`s (body, removed boilerplate, title, outlet, date).

`clean_corpus` is the whole interface. It looks at the corpus once first, to find each article's
outlet and the lines that repeat across articles (site furniture), then cleans each article on
its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Source
from .dates import parse_date
from .html import HtmlArticle, extract_html
from .lines import shape
from .metadata import (
    caption_outlets,
    confirmed_masthead,
    copyright_outlet,
    masthead_candidate,
    outlet_from_dateline,
    pick_outlet,
    pick_published,
)
from .text import classify, norm

__all__ = ["clean_corpus", "clean_one"]

# A non-sentence line in this many articles of one corpus is site furniture (tagline, menu, widget).
FURNITURE_MIN_DOCS = 2
# Corpus-wide, only short lines count as furniture (menus, labels, teasers: ≤ 15 words); within one
# outlet's articles a repeated non-sentence line of any length is the site's own (a long teaser).
FURNITURE_MAX_WORDS = 15


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
    pages = [_page(source) for source in sources]
    firsts = Counter(c for p in pages if (c := masthead_candidate(p.lines)))
    shared_firsts = frozenset(name for name, n in firsts.items() if n >= FURNITURE_MIN_DOCS)
    names: set[str] = set()
    for page in pages:
        page.outlet, page.outlet_rule, found = _outlet(page, shared_firsts)
        names.update(n for n in found if len(n) >= 2)
    furniture = _furniture(pages)
    return [clean_one(f"d{i + 1}", page.source, page.text, page.html, furniture, frozenset(names),
                      (page.outlet, page.outlet_rule))
            for i, page in enumerate(pages)]


def _page(source: Source) -> _Page:
    if source.fmt == "html" and source.html is not None:
        article = extract_html(source.html)
        text, html = article.text, article
    else:
        text, html = source.text or "", None
    return _Page(source, text, html, [" ".join(line.split()) for line in text.splitlines()])


def _outlet(page: _Page, shared_firsts: frozenset[str]) -> tuple[str | None, str, list[str]]:
    """The page's outlet, the rule that decided it, and every outlet name the page shows."""
    dateline = outlet_from_dateline(page.lines)
    captions = caption_outlets(page.lines)
    masthead = confirmed_masthead(page.lines, shared_firsts)
    copyright = copyright_outlet(page.lines)
    seen = [n for n in (dateline, masthead[0], copyright, *captions) if n]
    if page.source.outlet:
        return page.source.outlet, "given in the JSON object", [page.source.outlet, *seen]
    if page.html is not None and page.html.outlet:
        return page.html.outlet, page.html.provenance.get("outlet", "HTML metadata"), [page.html.outlet, *seen]
    outlet, rule = pick_outlet(dateline, captions, masthead, copyright)
    return outlet, rule, seen


def _furniture(pages: list[_Page]) -> frozenset[str]:
    corpus: Counter[str] = Counter()
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for page in pages:
        distinct = {norm(line) for line in page.lines if line}
        corpus.update(distinct)
        if page.outlet:
            by_outlet[page.outlet.lower()].update(distinct)
    found = {line for line, n in corpus.items()
             if n >= FURNITURE_MIN_DOCS and len(line.split()) <= FURNITURE_MAX_WORDS and not shape(line).sentence}
    for counts in by_outlet.values():
        found.update(line for line, n in counts.items() if n >= FURNITURE_MIN_DOCS and not shape(line).sentence)
    return frozenset(found)


def clean_one(doc_id: str, source: Source, text: str, html_meta: HtmlArticle | None = None,
              furniture: frozenset[str] = frozenset(), outlets: frozenset[str] = frozenset(),
              outlet: tuple[str | None, str] | None = None) -> Document:
    """Clean one article. `outlet` is (name, rule) when the corpus pass decided it already."""
    lines = text.splitlines()
    stripped = [" ".join(line.split()) for line in lines]
    if outlet is None:
        page = _Page(source, text, html_meta, stripped)
        name, rule, _ = _outlet(page, frozenset())
        outlet = (name, rule)
    given_title = source.title or (html_meta.title if html_meta is not None else None)
    result = classify(lines, known_title=given_title, furniture=furniture,
                      outlets=outlets | ({outlet[0]} if outlet[0] else set()))
    doc = Document(id=doc_id, source=source.path, body="\n\n".join(result.paragraphs), title=result.title,
                   removed=list(result.removed), url=source.url)
    if html_meta is not None:
        doc.removed = html_meta.removed + doc.removed
        doc.provenance.update(html_meta.provenance)
        doc.url = doc.url or html_meta.url
    if source.title:
        doc.provenance["title"] = "given in the JSON object"
    elif result.title and "title" not in doc.provenance:
        doc.provenance["title"] = "first headline-shaped line before the body"
    if outlet[0]:
        doc.outlet, doc.provenance["outlet"] = outlet

    given_date = source.published and (parse_date(source.published[:10]) or parse_date(source.published))
    if given_date:
        doc.published, doc.provenance["published"] = given_date, "given in the JSON object"
    elif html_meta is not None and html_meta.published:
        doc.published = parse_date(html_meta.published) or html_meta.published[:10]
    else:
        published, rule = pick_published(stripped, result.title_index)
        if published:
            doc.published, doc.provenance["published"] = published, rule
    return doc
