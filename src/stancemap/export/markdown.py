"""The briefing as Markdown (template: templates/briefing.md.j2): the same sections as the HTML,
with the timeline as a table instead of a chart."""

from __future__ import annotations

from ..model import Analysis
from .briefing import STANCES, build
from .templating import environment


def render(analysis: Analysis) -> str:
    return environment(markdown=True).get_template("briefing.md.j2").render(b=build(analysis, charts=False),
                                                                             stances=STANCES)
