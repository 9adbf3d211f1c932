"""One Jinja environment for the renderers; templates live in export/templates/."""

from __future__ import annotations

import re
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def _md_escape(text: object) -> str:
    """Text for a Markdown table cell or list item: one line, no column breaks."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _md_text(text: object) -> str:
    """Article text as Markdown that shows as written: emphasis, link, code and HTML characters
    escaped, and a line that would start a heading, list or quote made plain. ("|" is left to the
    `md` filter, which table cells go through.)"""
    out = re.sub(r"([\\`*_\[\]<>])", r"\\\1", str(text))
    out = re.sub(r"(?m)^(\s*)([#>+-])(?=\s)", r"\1\\\2", out)
    return re.sub(r"(?m)^(\s*\d+)\.(?=\s)", r"\1\\.", out)


def readable_date(text: object) -> str:
    """A contract date as a reader says it: "XXXX-03-03" -> "03-03 (year not stated)",
    "2025-SP" -> "spring 2025"; full and partial ISO dates stay as they are."""
    value = str(text or "")
    if m := re.fullmatch(r"XXXX-(\d{2}-\d{2})", value):
        return f"{m[1]} (year not stated)"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{SEASONS[m[2]]} {m[1]}"
    return value


@lru_cache(maxsize=2)
def environment(markdown: bool = False) -> Environment:
    env = Environment(loader=PackageLoader("stancemap", "export/templates"), undefined=StrictUndefined,
                      autoescape=False if markdown else select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = _md_escape
    env.filters["mdtext"] = _md_text
    env.filters["when"] = readable_date
    return env
