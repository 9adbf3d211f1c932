"""Score an analysis JSON against gold annotations that users write for their own articles.

The gold format (one JSON file per article, named after it) is described in docs/evaluation.md.
Matching is lenient by design: a gold statement is found when at least MATCH_SHARE of its
anchor's words lie in one predicted statement's content, and names match by substring.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import StancemapError

MATCH_SHARE = 0.7
_MARKS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
_WORDS = re.compile(r"[\w'-]+")


def _flat(text: str | None) -> str:
    return " ".join((text or "").translate(_MARKS).split())


def _share(part: str, whole: str) -> float:
    p = set(_WORDS.findall(_flat(part).lower()))
    return len(p & set(_WORDS.findall(_flat(whole).lower()))) / len(p) if p else 0.0


def _names(actor: dict[str, Any] | None) -> str:
    return " | ".join([actor.get("name") or "", *(actor.get("aliases") or [])]).lower() if actor else ""


def _mentions(text: str, options: list[str]) -> bool:
    low = _flat(text).lower()
    return any(_flat(o).lower() in low for o in options)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


class Tally:
    """Counts summed over documents, and the itemised misses behind them."""

    def __init__(self) -> None:
        self.n: dict[str, int] = {}
        self.misses: list[tuple[str, str, str]] = []  # (document, what, detail)

    def add(self, key: str, value: int = 1) -> None:
        self.n[key] = self.n.get(key, 0) + value

    def get(self, key: str) -> int:
        return self.n.get(key, 0)

    def miss(self, doc: str, what: str, detail: str) -> None:
        self.misses.append((doc, what, detail))


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    if not gold_dir.is_dir():
        raise StancemapError(f"gold folder not found: {gold_dir}")
    golds = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as error:
            raise StancemapError(f"cannot read gold file {path}: {error}") from None
        missing = [key for key in ("document", "statements") if not isinstance(gold, dict) or key not in gold]
        if missing:
            raise StancemapError(f"gold file {path} lacks {', '.join(missing)} (see docs/evaluation.md)")
        golds[path.stem] = gold
    if not golds:
        raise StancemapError(f"no gold files (*.json) in {gold_dir}")
    return golds


def _source_text(doc: dict[str, Any], gold: dict[str, Any], corpus: Path | None) -> str:
    for candidate in ([corpus / gold["document"]] if corpus else []) + [Path(str(doc.get("source", "")))]:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return ""


def evaluate(analysis: dict[str, Any], gold_dir: Path, corpus: Path | None = None) -> dict[str, Any]:
    golds = load_gold(gold_dir)
    actors = {a["id"]: a for a in analysis.get("actors", [])}
    t = Tally()
    scored: list[str] = []
    banned: set[str] = set()
    for doc in analysis.get("documents", []):
        stem = Path(str(doc.get("source", ""))).name.rsplit(".", 1)[0]
        gold = golds.get(stem)
        if gold is None:
            continue
        scored.append(gold["document"])
        banned |= {b.lower() for b in gold.get("not_person", [])}
        statements = [s for s in analysis.get("statements", []) if s.get("document") == doc["id"]]
        events = [e for e in analysis.get("events", []) if e.get("document") == doc["id"]]
        terms = {f.get("term", "").lower() for o in analysis.get("outlets", []) if doc["id"] in o.get("documents", [])
                 for f in o.get("framing") or []}
        _score_cleaning(t, doc, gold, _source_text(doc, gold, corpus))
        _score_actors(t, gold, actors)
        _score_statements(t, gold, statements, actors)
        _score_events(t, gold, events)
        t.add("framing_total", len(gold.get("framing", [])))
        for term in gold.get("framing", []):
            if term.lower() in terms:
                t.add("framing_found")
            else:
                t.miss(gold["document"], "framing", term)
    false_persons = sorted({a["name"] for a in actors.values() if a.get("kind") == "person" and any(
        _flat(a["name"]).lower() == b or _flat(a["name"]).lower().startswith(b + " ") for b in banned)})
    rec = _ratio(t.get("st_matched"), t.get("st_gold"))
    prec = _ratio(t.get("st_good"), t.get("st_predicted"))
    figures = {
        "documents_scored": len(scored), "documents_expected": len(golds),
        "statement_recall": rec, "statement_precision": prec,
        "statement_f1": round(2 * rec * prec / (rec + prec), 3) if rec and prec else 0.0,
        "speaker_accuracy": _ratio(t.get("speaker_ok"), t.get("speaker_n")),
        "stance_accuracy": _ratio(t.get("stance_ok"), t.get("stance_n")),
        "condition_recall": _ratio(t.get("cond_ok"), t.get("cond_n")),
        "event_recall": _ratio(t.get("ev_found"), t.get("ev_total")),
        "boilerplate_recall": _ratio(t.get("bp_removed"), t.get("bp_total")),
        "content_lines_lost": t.get("lost"),
        "metadata_accuracy": _ratio(t.get("meta_ok"), t.get("meta_n")),
        "actor_recall": _ratio(t.get("actors_found"), t.get("actors_total")),
        "aliases_merged": _ratio(t.get("merged"), t.get("merge_total")),
        "false_persons": len(false_persons),
        "forbidden_statements": t.get("forbidden"),
        "framing_recall": _ratio(t.get("framing_found"), t.get("framing_total")),
    }
    misses = [{"document": d, "what": w, "detail": x} for d, w, x in t.misses]
    misses += [{"document": "", "what": "false person", "detail": n} for n in false_persons]
    return {"figures": figures, "misses": misses}


def _score_cleaning(t: Tally, doc: dict[str, Any], gold: dict[str, Any], source: str) -> None:
    name = gold["document"]
    body = _flat(doc.get("body"))
    lines = {_flat(line) for line in (doc.get("body") or "").splitlines() if line.strip()}
    boiler = [_flat(b) for b in gold.get("boilerplate", [])]
    title = _flat(gold.get("title"))
    for b in boiler:
        t.add("bp_total")
        if b in lines:
            t.miss(name, "boilerplate kept", b)
        else:
            t.add("bp_removed")
    if gold.get("duplicate_title") and title:
        t.add("bp_total")
        if title in lines:
            t.miss(name, "boilerplate kept", "(repeated title)")
        else:
            t.add("bp_removed")
    optional = {_flat(o) for o in gold.get("optional_lines", [])}
    for line in (_flat(x) for x in source.splitlines() if x.strip()):
        if line in boiler or line in optional or (title and line == title):
            continue
        if line not in body and line != _flat(doc.get("title")):
            t.add("lost")
            t.miss(name, "content line lost", line)
    for key, ok in (("title", None if gold.get("title") is None else _flat(doc.get("title")) == title),
                    ("published", None if gold.get("published") is None else doc.get("published") == gold["published"]),
                    ("outlet", None if not gold.get("outlet") else _mentions(doc.get("outlet") or "", gold["outlet"]))):
        if ok is None:
            continue
        t.add("meta_n")
        if ok:
            t.add("meta_ok")
        else:
            t.miss(name, f"wrong {key}", f"{doc.get(key)!r}, want {gold.get(key)!r}")


def _score_actors(t: Tally, gold: dict[str, Any], actors: dict[str, dict[str, Any]]) -> None:
    for want in gold.get("actors", []):
        t.add("actors_total")
        if any(_mentions(_names(a), want["match"]) for a in actors.values()):
            t.add("actors_found")
        else:
            t.miss(gold["document"], "actor missing", want["name"])
    for group in gold.get("same_actor", []):
        t.add("merge_total")
        ids = {a["id"] for a in actors.values() for g in group if _mentions(_names(a), [g])}
        if len(ids) == 1:
            t.add("merged")
        else:
            t.miss(gold["document"], "not merged", " / ".join(group))


def _score_statements(t: Tally, gold: dict[str, Any], statements: list[dict[str, Any]],
                      actors: dict[str, dict[str, Any]]) -> None:
    name = gold["document"]
    anchors = [g["anchor"] for g in gold.get("statements", []) + gold.get("optional_statements", [])]
    for g in gold.get("statements", []):
        t.add("st_gold")
        scored = [(_share(g["anchor"], s.get("content", "")), -k, s) for k, s in enumerate(statements)]
        best = max(scored, key=lambda x: (x[0], x[1]), default=None)
        if best is None or best[0] < MATCH_SHARE:
            t.miss(name, "statement missed", g["anchor"])
            continue
        s = best[2]
        t.add("st_matched")
        if g.get("speaker"):
            t.add("speaker_n")
            if _mentions(_names(actors.get(s.get("speaker") or "")), g["speaker"]):
                t.add("speaker_ok")
            else:
                got = (actors.get(s.get("speaker") or "") or {}).get("name")
                t.miss(name, "wrong speaker", f"«{g['anchor'][:50]}»: {got}, want {'/'.join(g['speaker'])}")
        if g.get("stance"):
            t.add("stance_n")
            if s.get("stance") in g["stance"]:
                t.add("stance_ok")
            else:
                t.miss(name, "wrong stance", f"«{g['anchor'][:50]}»: {s.get('stance')}, want {'/'.join(g['stance'])}")
        for group in g.get("conditions", []):
            t.add("cond_n")
            if any(_mentions(c, group) for c in s.get("conditions") or []):
                t.add("cond_ok")
            else:
                t.miss(name, "condition missed", f"«{g['anchor'][:50]}»: {group}")
    for s in statements:
        t.add("st_predicted")
        content = s.get("content", "")
        if any(_share(a, content) >= MATCH_SHARE or _share(content, a) >= MATCH_SHARE for a in anchors):
            t.add("st_good")
    for s in statements:
        if gold.get("forbidden_speakers") and _mentions(_names(actors.get(s.get("speaker") or "")),
                                                        gold["forbidden_speakers"]):
            t.add("forbidden")
            t.miss(name, "forbidden speaker", s.get("content", "")[:60])


def _score_events(t: Tally, gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    for g in gold.get("events", []):
        t.add("ev_total")
        dates = [g["date"], *g.get("alt_dates", [])]
        if any((any((e.get("date") or "").startswith(d) for d in dates)
                or (g.get("month_day") and (e.get("date") or "").endswith(g["month_day"])))
               and _mentions(f"{e.get('text') or ''} {e.get('mention') or ''}", [g["anchor"]]) for e in events):
            t.add("ev_found")
        else:
            t.miss(gold["document"], "event missed", f"{g['date']} {g['anchor']}")


def print_report(console: Console, report: dict[str, Any]) -> None:
    for miss in report["misses"]:
        console.print(f"[dim]{escape(miss['document'])}[/] {escape(miss['what'])}: {escape(str(miss['detail']))}",
                      highlight=False, soft_wrap=True)
    table = Table(title="figures")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in report["figures"].items():
        table.add_row(key, "—" if value is None else str(value))
    console.print(table)
