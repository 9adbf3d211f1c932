"""The outlets section: whom each outlet quotes and how often, its framing terms, the terms set
side by side across outlets, and where outlets' accounts disagree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..disagreements import thing_of
from ..framing_loaded import is_loaded
from ..model import Analysis, FramingTerm, Outlet, Statement
from .articles import anchor_id, display_title

UNKNOWN = re.compile(r"\(unknown outlet, (\S+)\)")
# An outlet card lists this many quoted actors; the rest are counted in one line.
TOP_QUOTED = 8
# An outlet card lists its latest articles up to this many; the articles section lists them all.
ARTICLES_LISTED = 5
# Outlets given a card; the rest are a line each (bounded too: the page does not grow with the corpus).
CARDS, LINES = 12, 200
UNKNOWN_LABEL = "Unknown outlet"
# The "words for the same thing" table: outlets with most articles first, and the most used groups.
FRAMING_ROWS, FRAMING_COLUMNS = 30, 6
# Terms one column of the framing table shows at most (tests/export/test_markdown.py keeps cells short).
GROUP_TERMS = 5


def merged_outlets(analysis: Analysis) -> list[Outlet]:
    """The outlets as the briefing shows them: every article with no known outlet in one "unknown
    outlet" entry (the JSON keeps one entry per such article, as the contract says), most articles first."""
    named = [o for o in analysis.outlets if o.name]
    unknown = [o for o in analysis.outlets if not o.name]
    if unknown:
        merged = Outlet(None, [d for o in unknown for d in o.documents])
        quoted: Counter[str] = Counter()
        framing: Counter[tuple[str, str | None]] = Counter()
        for o in unknown:
            quoted.update(o.quoted)
            framing.update({(f.term, f.variant_of): f.count for f in o.framing})
        merged.quoted = dict(quoted.most_common())
        merged.framing = [FramingTerm(term, n, variant) for (term, variant), n in framing.most_common()]
        named = [*named, merged]
    return sorted(named, key=lambda o: (-len(o.documents), o.name or "~"))


def outlet_views(analysis: Analysis, name_of: Callable[[str | None], str]) -> list[dict[str, Any]]:
    docs = {d.id: d for d in analysis.documents}
    statements = Counter(s.document for s in analysis.statements)
    views = []
    for o in merged_outlets(analysis):
        members = [docs[d] for d in o.documents]
        top = max(o.quoted.values(), default=1)
        # The bar's length is relative to the outlet's most quoted actor.
        quoted = [{"name": name_of(a) or a, "count": n, "share": round(100 * n / top)} for a, n in o.quoted.items()]
        shown = sorted(members, key=lambda d: d.published or "", reverse=True)[:ARTICLES_LISTED]
        views.append({
            "name": o.name, "label": o.name or UNKNOWN_LABEL,
            "articles": [{"id": d.id, "title": display_title(d), "date": d.published or ""} for d in shown],
            "count": len(members), "statements": sum(statements[d.id] for d in members),
            "quoted": quoted[:TOP_QUOTED], "more_quoted": quoted[TOP_QUOTED:TOP_QUOTED + 40],
            "more_quoted_count": max(0, len(quoted) - TOP_QUOTED),
            "spellings": [_term(t) for t in o.framing if not is_loaded(t.term)][:12],
            "loaded": [_term(t) for t in o.framing if is_loaded(t.term)][:12],
        })
    return views


def _term(t: FramingTerm) -> dict[str, Any]:
    return {"term": t.term, "count": t.count, "variant_of": t.variant_of}


def framing_groups(analysis: Analysis) -> list[list[str]]:
    """Terms that name one thing, each group a list: spellings of one name joined through
    `variant_of` ("Kiev" -> "Kyiv"), loaded terms through their rival chain ("incursion" ->
    "invasion"). A group needs two terms used in the corpus to be a choice at all."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    used: Counter[str] = Counter()
    for o in analysis.outlets:
        for t in o.framing:
            used[t.term] += t.count
            other = thing_of(t.term) if is_loaded(t.term) else t.variant_of
            root(t.term)
            if other:
                parent[root(t.term)] = root(other)
    groups: dict[str, list[str]] = {}
    for term in used:
        groups.setdefault(root(term), []).append(term)
    # A column shows the most used of its terms: rival chains of the corpus's own words can join many.
    found = [sorted(g, key=lambda t: (-used[t], t))[:GROUP_TERMS] for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: -sum(used[t] for t in g))


def framing_table(analysis: Analysis) -> dict[str, Any]:
    """Outlets (rows) against groups of terms for one thing (columns): which word each one chose."""
    groups = framing_groups(analysis)[:FRAMING_COLUMNS]
    rows = []
    for o in merged_outlets(analysis):
        counts = {t.term: t.count for t in o.framing}
        cells = [[{"term": t, "count": counts[t]} for t in g if t in counts] for g in groups]
        if any(cells):
            rows.append({"label": o.name or UNKNOWN_LABEL, "cells": cells})
    return {"columns": [" / ".join(g) for g in groups], "rows": rows[:FRAMING_ROWS],
            "more_rows": max(0, len(rows) - FRAMING_ROWS)}


def disagreement_views(analysis: Analysis, statement_view: Callable[[Statement], dict[str, Any]],
                       name_of: Callable[[str | None], str]) -> list[dict[str, Any]]:
    statements = {s.id: s for s in analysis.statements}
    events = {e.id: e for e in analysis.events}
    docs = {d.id: d for d in analysis.documents}
    views = []
    for d in analysis.disagreements:
        subject = d.subject or name_of(d.actor) or d.actor
        links = [statement_view(statements[s]) for s in d.statements[:10] if s in statements]
        for e in (events[i] for i in d.events if i in events):
            doc = docs[e.document]
            links.append({"content": e.text, "speaker": "", "outlet": doc.outlet or "unknown outlet", "date": e.date,
                          "href": "#" + anchor_id(e.document, e.start), "stance": None, "quote": False})
        merged: dict[str, list[str]] = {}
        for o, v in d.accounts.items():
            label = _readable(o)
            merged[label] = sorted({*merged.get(label, []), *v})
        accounts = sorted(merged.items())
        views.append({"kind": d.kind, "subject": subject, "accounts": accounts, "links": links,
                      "behind": len(d.statements) + len(d.events),
                      "headline": _headline(d.kind, subject, d.accounts)})
    return views


def _readable(outlet: str) -> str:
    """An account's outlet as the page names it elsewhere: relate's "(unknown outlet, d4)" becomes
    UNKNOWN_LABEL, as `merged_outlets` shows every article with no known outlet in one entry."""
    return UNKNOWN_LABEL if UNKNOWN.fullmatch(outlet) else outlet


def _headline(kind: str, subject: str, accounts: dict[str, list[str]]) -> str:
    if kind == "stance":
        return f"{subject}: outlets report different stances"
    if kind == "wording":
        terms = sorted({t for ts in accounts.values() for t in ts})
        return "Rival terms for one thing: " + " / ".join(terms)
    return f"Different dates for one event: {subject}"
