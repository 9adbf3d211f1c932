"""The briefing's answers, from the positions relate decided (positions.py): who supports, who
opposes, who supports on which conditions (conditions that say the same thing grouped), what
changed lately, and where outlets' accounts of the same actor at the same time truly differ.
Every list is bounded, so the first screen does not grow with the corpus."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..model import Analysis, Statement, sortable_date
from ..positions import basis_of
from .articles import actor_names, display_title
from .grouping import condition_groups

# Names listed per answer on the first screen; the rest are counted and found in the table.
NAMES_SHOWN = 6
CHANGES_SHOWN = 5
DIFFERENCES_SHOWN = 3
# Rows of the positions table drawn with the page (the rest come from the embedded data on demand).
ROWS_SHOWN = 12
# Two outlets report the same actor "at the same time" when their accounts are this close.
SAME_TIME_DAYS = 7
LEAN = {"support": "for", "conditional": "for", "oppose": "against"}
UNKNOWN = re.compile(r"\(unknown outlet, \S+\)")


def actor_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One row per position, most heard actors first: name, side, stance now, since, conditions,
    changes, and the statement a reader should check first (the latest one stated in their words)."""
    names = actor_names(analysis)
    statements = {s.id: s for s in analysis.statements}
    docs = {d.id: d for d in analysis.documents}
    rows: list[dict[str, Any]] = []
    for p in analysis.positions:
        now = p.current
        if now is None:
            continue
        stated = [e.id for e in now.statements if e.basis in {"stated", "continued"}]
        key = (stated or [e.id for e in now.statements])[-1]
        evidence = statements[key]
        doc = docs[evidence.document]
        rows.append({
            "actor": p.actor, "name": names.get(p.actor, p.actor), "side": p.side or "", "stance": now.stance,
            "since": now.since or "", "conditions": now.conditions, "basis": now.basis,
            "count": len(now.statements), "total": len(p.statements), "dissenting": len(now.dissenting),
            "changes": [{"from": c.from_stance, "to": c.to_stance, "date": c.date or "", "href": f"#{c.statement}"}
                        for c in p.changes],
            "href": f"#{key}", "quote": evidence.content, "outlet": doc.outlet or "unknown outlet",
            "title": display_title(doc), "row": f"pos-{p.actor}",
        })
    rows.sort(key=lambda r: (r["stance"] == "neutral", -r["total"], r["name"]))
    return rows


def answers(analysis: Analysis, rows: list[dict[str, Any]], found: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Who supports, opposes, supports on conditions (grouped), what changed lately, and the first
    of `found` (differences(analysis), computed here if not given)."""
    by_stance: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_stance[r["stance"]].append(r)
    conditional = by_stance["conditional"]
    return {
        "support": _names(by_stance["support"]), "oppose": _names(by_stance["oppose"]),
        "conditional": _names(conditional), "neutral": _names(by_stance["neutral"]),
        "groups": condition_groups(conditional, analysis),
        "changes": recent_changes(analysis),
        "differences": (differences(analysis) if found is None else found)[:DIFFERENCES_SHOWN],
    }


def _names(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"shown": [{"name": r["name"], "row": r["row"], "side": r["side"]} for r in rows[:NAMES_SHOWN]],
            "more": max(0, len(rows) - NAMES_SHOWN), "count": len(rows)}


def recent_changes(analysis: Analysis, limit: int = CHANGES_SHOWN) -> list[dict[str, Any]]:
    """The latest changes of position, newest first, each with the statement that made it."""
    names = actor_names(analysis)
    statements = {s.id: s for s in analysis.statements}
    docs = {d.id: d for d in analysis.documents}
    found = []
    for p in analysis.positions:
        for c in p.changes:
            s = statements[c.statement]
            doc = docs[s.document]
            found.append({"name": names.get(p.actor, p.actor), "row": f"pos-{p.actor}", "from": c.from_stance,
                          "to": c.to_stance, "date": c.date or "", "sort": sortable_date(c.date, doc.published),
                          "quote": s.content, "href": f"#{s.id}", "outlet": doc.outlet or "unknown outlet",
                          "document": doc.id})
    found.sort(key=lambda c: c["sort"], reverse=True)
    return found[:limit]


def differences(analysis: Analysis) -> list[dict[str, Any]]:
    """Outlets whose accounts of the same actor within SAME_TIME_DAYS lean opposite ways (for
    against against), each account in the actor's own words as the outlet reported them; then rival
    words for one thing (relate's wording disagreements). Most reported first."""
    docs = {d.id: d for d in analysis.documents}
    names = actor_names(analysis)
    dated: dict[str, list[tuple[date, Statement]]] = defaultdict(list)
    for s in analysis.statements:
        if s.copy_of is not None:  # counted once (copies.py)
            continue
        doc = docs[s.document]
        when = _day(s.date or doc.published)
        if s.speaker and s.stance in LEAN and when and doc.outlet and basis_of(s) == "stated":
            dated[s.speaker].append((when, s))
    found: list[dict[str, Any]] = []
    for actor, items in dated.items():
        items.sort(key=lambda x: x[0])
        # The latest account of each lean per outlet: one pass after the sort.
        latest: dict[str, dict[str, tuple[date, Statement]]] = {"for": {}, "against": {}}
        best: tuple[Statement, Statement] | None = None
        for when, s in items:
            outlet = docs[s.document].outlet or ""
            lean = LEAN[s.stance or ""]
            other = "against" if lean == "for" else "for"
            best = next(((x, s) for o, (day, x) in latest[other].items()
                         if o != outlet and when - day <= timedelta(days=SAME_TIME_DAYS)), None)
            if best:
                break
            latest[lean][outlet] = (when, s)
        if best:
            a, b = best
            found.append({"kind": "stance", "subject": names.get(actor, actor), "weight": len(items),
                          "accounts": [_account(x, docs) for x in (a, b)]})
    found.sort(key=lambda d: -d["weight"])
    for d in analysis.disagreements:
        if d.kind == "wording":
            # Outlets grouped by the words they chose: "incursion" (three outlets) against "stabilisation mission" (two).
            by_words: dict[str, list[str]] = defaultdict(list)
            for outlet, terms in sorted(d.accounts.items()):
                by_words[" / ".join(terms)].append(UNKNOWN.sub("unknown outlet", outlet))
            found.append({"kind": "wording", "subject": d.subject, "weight": 0,
                          "accounts": [{"words": w, "outlets": list(dict.fromkeys(o))} for w, o in by_words.items()]})
    return found


def _account(s: Statement, docs: dict[str, Any]) -> dict[str, Any]:
    doc = docs[s.document]
    return {"outlet": doc.outlet, "stance": s.stance, "quote": s.content, "date": s.date or doc.published or "",
            "href": f"#{s.id}", "document": doc.id}


@lru_cache(maxsize=65536)
def _day(value: str | None) -> date | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
