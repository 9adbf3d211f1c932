"""The briefing as one self-contained HTML file (template: templates/briefing.html.j2): styles
inlined, the timeline an inline SVG, no script and nothing fetched, so it works opened from disk."""

from __future__ import annotations

from ..model import Analysis
from .briefing import STANCES, build
from .templating import environment


def render(analysis: Analysis) -> str:
    return environment().get_template("briefing.html.j2").render(b=build(analysis), stances=STANCES)
