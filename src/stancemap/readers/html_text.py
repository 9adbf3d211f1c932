"""An HTML fragment (a feed entry's content) as plain text: one line per block, markup gone."""

from __future__ import annotations

BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "section",
              "article", "figcaption", "dd", "dt", "table", "ul", "ol", "header", "footer", "aside"}


def fragment_text(markup: str) -> str:
    """Visible text of an HTML fragment, a line per block element; plain text is returned as is."""
    if "<" not in markup:
        return markup
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return markup
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:  # type: ignore[no-untyped-def]
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in BLOCK_TAGS or tag == "br":
            parts.append("\n")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)
