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

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Analysis, Statement
from ..positions import basis_of
from ..relate import sortable_date
from .articles import display_title

# Names listed per answer on the first screen; the rest are counted and found in the table.
NAMES_SHOWN = 6
CHANGES_SHOWN = 5
DIFFERENCES_SHOWN = 3
# Rows of the positions table drawn with the page (the rest come from the embedded data on demand).
ROWS_SHOWN = 12
# Two outlets report the same actor "at the same time" when their accounts are this close.
SAME_TIME_DAYS = 7
LEAN = {"support": "for", "conditional": "for", "oppose": "against"}
WORD = re.compile(r"[a-z][a-z'-]+")
UNKNOWN = re.compile(r"\(unknown outlet, \S+\)")
# Words that say how a condition is attached, not what it asks for ("if", "only", "must first"), and
# general verbs of beginning, lasting and ending, which any two conditions may share ("until the
# talks end", "if the fighting ends"): what a condition asks for is in its other words.
MARKERS = {"if", "unless", "until", "once", "provided", "long", "while", "after", "before", "only", "first", "must",
           "requires", "depends", "condition", "without", "when", "as",
           "end", "ends", "ended", "ending", "stop", "stops", "stopped", "begin", "begins", "began", "start", "starts",
           "started", "continue", "continues", "continued", "remain", "remains", "remained", "resume", "resumed",
           "hold", "holds", "held", "have", "has", "had", "take", "takes", "took", "make", "makes", "made", "give",
           "gives", "gave", "carry", "carries", "carried", "complete", "completes", "completed", "least"}


def actor_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One row per position, most heard actors first: name, side, stance now, since, conditions,
    changes, and the statement a reader should check first (the latest one stated in their words)."""
    names = {a.id: a.name for a in analysis.actors}
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


def _key_words(text: str, common: set[str]) -> set[str]:
    """The words that say what a condition asks for: content words, less the words of the question."""
    return {_stem(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS and w not in MARKERS
            and _stem(w) not in common and len(w) > 2}


def _stem(word: str) -> str:
    """Enough stemming to meet "reforms"/"reform", "ends"/"ended", "voters"/"vote"."""
    for suffix in ("ments", "ment", "ings", "ing", "ers", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def condition_groups(rows: list[dict[str, Any]], analysis: Analysis) -> list[dict[str, Any]]:
    """Conditions of conditional supporters, grouped when they ask for the same thing: each group
    grows from a seed (the conditions most actors state come first, then the shortest), and a
    condition joins the first group whose seed shares a word of what it asks for ("a referendum",
    "until a referendum is held"). Joining the seed, not any member, keeps one shared word from
    chaining unrelated conditions together. Largest groups first."""
    q = analysis.question
    common = {_stem(w) for w in WORD.findall((q.text if q else "").lower())}
    common |= {_stem(w) for t in (q.target_terms if q else []) for w in WORD.findall(t.lower())}
    stated: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        for c in r["conditions"]:
            stated[c].append(r)
    order = sorted(stated, key=lambda c: (-len(stated[c]), len(c), c))
    groups: list[tuple[set[str], list[str]]] = []
    for c in order:
        words = _key_words(c, common)
        home = next((g for g in groups if _same_thing(g[0], words)), None)
        if home is None:
            groups.append((words, [c]))
        else:
            home[1].append(c)
    out = []
    for _, texts in groups:
        members = [r for c in texts for r in stated[c]]
        out.append({"label": texts[0], "conditions": texts,
                    "actors": list(dict.fromkeys(r["name"] for r in members)),
                    "rows": list(dict.fromkeys(r["row"] for r in members))})
    out.sort(key=lambda g: (-len(g["actors"]), -len(g["conditions"])))
    return out


def _same_thing(seed: set[str], words: set[str]) -> bool:
    """Two conditions ask for the same thing when they share two words of what they ask for, or
    all of the shorter one's if it has fewer ("a referendum" / "until a referendum is held"):
    "Karsovian forces remain in the east" and "reforms of its armed forces" share only one word of
    three (tests/export/test_answers.py)."""
    return len(seed & words) >= max(1, min(2, len(seed), len(words)))


def recent_changes(analysis: Analysis, limit: int = CHANGES_SHOWN) -> list[dict[str, Any]]:
    """The latest changes of position, newest first, each with the statement that made it."""
    names = {a.id: a.name for a in analysis.actors}
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
    names = {a.id: a.name for a in analysis.actors}
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
