"""Stage 6: renderers are peers behind one interface: `render(analysis, fmt) -> str`."""

from __future__ import annotations

from ..model import Analysis

FORMATS = ("json", "markdown", "html")


def render(analysis: Analysis, fmt: str) -> str:
    if fmt == "json":
        from .json_out import render as render_json

        return render_json(analysis)
    if fmt == "markdown":
        from .markdown import render as render_md

        return render_md(analysis)
    if fmt == "html":
        from .html import render as render_html

        return render_html(analysis)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
