"""HTML pages: trafilatura finds the main text and the page's metadata; what it leaves out
of the page is reported as removed, so the HTML path is as auditable as the text path."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def extract_html(html: str) -> HtmlArticle:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, include_formatting=False)
    if isinstance(doc, dict):  # older trafilatura versions return a dict
        doc = None
    text = (doc.text if doc is not None else "") or ""
    article = HtmlArticle(text=text)
    if doc is not None:
        for name, value in (("title", doc.title), ("outlet", doc.sitename), ("published", doc.date),
                            ("author", doc.author), ("url", doc.url)):
            if value:
                setattr(article, name, str(value))
                article.provenance[name] = "HTML metadata (trafilatura)"
    article.removed = _outside_text(html, text)
    return article


def _outside_text(html: str, kept: str) -> list[Removed]:
    """Visible text blocks of the page that are not part of the extracted article."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.getparent().remove(bad)
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
    return removed
