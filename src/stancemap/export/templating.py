"""One Jinja environment for the renderers; templates live in export/templates/."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def _md_escape(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


@lru_cache(maxsize=2)
def environment(markdown: bool = False) -> Environment:
    env = Environment(loader=PackageLoader("stancemap", "export/templates"), undefined=StrictUndefined,
                      autoescape=False if markdown else select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = _md_escape
    return env
