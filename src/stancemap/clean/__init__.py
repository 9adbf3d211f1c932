"""Stage 2: turn `Source`s into clean `Document`s (body, removed boilerplate, title, outlet, date).

`clean_corpus` is the whole interface. It looks at the corpus once first, to find lines that
repeat across articles (site furniture), then cleans each article on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Document, Source
from .html import extract_html
from .lines import shape
from .metadata import caption_outlets, outlet_from_dateline, parse_date, pick_outlet, pick_published
from .text import classify, norm

# A non-sentence line in this many articles of one corpus is site furniture (tagline, menu, widget).
FURNITURE_MIN_DOCS = 2


def clean_corpus(sources: Sequence[Source]) -> list[Document]:
    texts = [_text_of(source) for source in sources]
    furniture = _furniture([t[0] for t in texts])
    return [clean_one(f"d{i + 1}", source, text, html_meta, furniture)
            for i, (source, (text, html_meta)) in enumerate(zip(sources, texts, strict=True))]


def _text_of(source: Source) -> tuple[str, object | None]:
    if source.fmt == "html" and source.html is not None:
        article = extract_html(source.html)
        return article.text, article
    return source.text or "", None


def _furniture(texts: list[str]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({norm(line) for line in text.splitlines() if line.strip()})
    return frozenset(line for line, n in counts.items()
                     if n >= FURNITURE_MIN_DOCS and not shape(line).sentence and len(line.split()) <= 15)


def clean_one(doc_id: str, source: Source, text: str, html_meta: object | None = None,
              furniture: frozenset[str] = frozenset()) -> Document:
    from .html import HtmlArticle

    lines = text.splitlines()
    given_title = source.title or (html_meta.title if isinstance(html_meta, HtmlArticle) else None)
    result = classify(lines, known_title=given_title, furniture=furniture)
    doc = Document(id=doc_id, source=source.path, body="\n\n".join(result.paragraphs), title=result.title,
                   removed=list(result.removed), url=source.url)
    if isinstance(html_meta, HtmlArticle):
        doc.removed = html_meta.removed + doc.removed
        doc.provenance.update(html_meta.provenance)
        doc.url = doc.url or html_meta.url
    if result.title and "title" not in doc.provenance:
        doc.provenance["title"] = ("given in the JSON object" if source.title
                                   else "first headline-shaped line before the body")

    stripped = [" ".join(line.split()) for line in lines]
    if source.outlet:
        doc.outlet, doc.provenance["outlet"] = source.outlet, "given in the JSON object"
    elif isinstance(html_meta, HtmlArticle) and html_meta.outlet:
        doc.outlet = html_meta.outlet
    else:
        outlet, rule = pick_outlet(outlet_from_dateline(stripped), caption_outlets(stripped))
        if outlet:
            doc.outlet, doc.provenance["outlet"] = outlet, rule

    given_date = source.published and (parse_date(source.published[:10]) or parse_date(source.published))
    if given_date:
        doc.published, doc.provenance["published"] = given_date, "given in the JSON object"
    elif isinstance(html_meta, HtmlArticle) and html_meta.published:
        doc.published = parse_date(html_meta.published) or html_meta.published[:10]
    else:
        published, rule = pick_published(stripped, result.title_index)
        if published:
            doc.published, doc.provenance["published"] = published, rule
    return doc
