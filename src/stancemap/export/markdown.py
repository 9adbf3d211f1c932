"""The briefing as Markdown (template: templates/briefing.md.j2): the same sections as the HTML,
with the timeline as a list instead of a chart. Lists are bounded like the page's: the latest
timeline items and statements per position, and the articles' texts up to FULL_TEXTS articles
(beyond, one line per article); the JSON output has everything."""

from __future__ import annotations

from ..model import Analysis
from .briefing import STANCES, build
from .templating import environment

# Articles whose marked-up text the Markdown briefing carries; a larger corpus gets one line each.
FULL_TEXTS = 200
# Timeline items listed (the latest ones).
TIMELINE = 300


def render(analysis: Analysis) -> str:
    b = build(analysis, charts=False, articles=len(analysis.documents) <= FULL_TEXTS)
    left = max(0, len(b.timeline) - TIMELINE)
    b.timeline = b.timeline[-TIMELINE:]
    return environment(markdown=True).get_template("briefing.md.j2").render(b=b, stances=STANCES, timeline_left=left)
