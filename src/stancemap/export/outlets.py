"""The outlets section: whom each outlet quotes and how often, its framing terms, the terms set
side by side across outlets, and where outlets' accounts disagree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..framing import is_loaded
from ..model import Analysis, Document, FramingTerm, Statement
from ..relate import thing_of
from .articles import anchor_id, display_title

UNKNOWN = re.compile(r"\(unknown outlet, (\S+)\)")
# An outlet card lists this many quoted actors; the rest are counted in one line.
TOP_QUOTED = 8


def outlet_label(name: str | None, first_title: str | None) -> str:
    """An outlet's name; an unknown one is told apart by its only article's title."""
    if name:
        return name
    return f"Unknown outlet ({first_title})" if first_title else "Unknown outlet"


def outlet_views(analysis: Analysis, name_of: Callable[[str | None], str]) -> list[dict[str, Any]]:
    docs = {d.id: d for d in analysis.documents}
    statements = Counter(s.document for s in analysis.statements)
    views = []
    for o in analysis.outlets:
        members = [docs[d] for d in o.documents]
        top = max(o.quoted.values(), default=1)
        # The bar's length is relative to the outlet's most quoted actor.
        quoted = [{"name": name_of(a) or a, "count": n, "share": round(100 * n / top)} for a, n in o.quoted.items()]
        views.append({
            "name": o.name, "label": outlet_label(o.name, display_title(members[0]) if len(members) == 1 else None),
            "articles": [{"id": d.id, "title": display_title(d), "date": d.published or ""} for d in members],
            "statements": sum(statements[d.id] for d in members),
            "quoted": quoted[:TOP_QUOTED], "more_quoted": quoted[TOP_QUOTED:],
            "spellings": [_term(t) for t in o.framing if not is_loaded(t.term)],
            "loaded": [_term(t) for t in o.framing if is_loaded(t.term)],
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
    found = [sorted(g, key=lambda t: (-used[t], t)) for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: -sum(used[t] for t in g))


def framing_table(analysis: Analysis) -> dict[str, Any]:
    """Outlets (rows) against groups of terms for one thing (columns): which word each one chose."""
    groups = framing_groups(analysis)
    docs = {d.id: d for d in analysis.documents}
    rows = []
    for o in analysis.outlets:
        counts = {t.term: t.count for t in o.framing}
        cells = [[{"term": t, "count": counts[t]} for t in g if t in counts] for g in groups]
        if any(cells):
            title = display_title(docs[o.documents[0]]) if len(o.documents) == 1 else None
            rows.append({"label": outlet_label(o.name, title), "cells": cells})
    return {"columns": [" / ".join(g) for g in groups], "rows": rows}


def disagreement_views(analysis: Analysis, statement_view: Callable[[Statement], dict[str, Any]],
                       name_of: Callable[[str | None], str]) -> list[dict[str, Any]]:
    statements = {s.id: s for s in analysis.statements}
    events = {e.id: e for e in analysis.events}
    docs = {d.id: d for d in analysis.documents}
    views = []
    for d in analysis.disagreements:
        subject = d.subject or name_of(d.actor) or d.actor
        links = [statement_view(statements[s]) for s in d.statements if s in statements]
        for e in (events[i] for i in d.events if i in events):
            doc = docs[e.document]
            links.append({"content": e.text, "speaker": "", "outlet": doc.outlet or "unknown outlet", "date": e.date,
                          "href": "#" + anchor_id(e.document, e.start), "stance": None, "quote": False})
        accounts = sorted((_readable(o, docs), v) for o, v in d.accounts.items())
        views.append({"kind": d.kind, "subject": subject, "accounts": accounts, "links": links,
                      "headline": _headline(d.kind, subject, d.accounts)})
    return views


def _readable(outlet: str, docs: dict[str, Document]) -> str:
    """An account's outlet as the page names it elsewhere: relate's "(unknown outlet, d4)" becomes
    "Unknown outlet (its article's title)"."""
    m = UNKNOWN.fullmatch(outlet)
    if m and m[1] in docs:
        return outlet_label(None, display_title(docs[m[1]]))
    return outlet


def _headline(kind: str, subject: str, accounts: dict[str, list[str]]) -> str:
    if kind == "stance":
        return f"{subject}: outlets report different stances"
    if kind == "wording":
        terms = sorted({t for ts in accounts.values() for t in ts})
        return "Rival terms for one thing: " + " / ".join(terms)
    return f"Different dates for one event: {subject}"
