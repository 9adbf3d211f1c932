"""The outlets' framing terms, in this process or in the run's helper process (relate.py asks).

Each outlet's terms are its spellings and loaded terms (framing.py), its own words for the
question's things (wording.py), its several-word runs (wording_spans.py), its headlines' labels and
quotations (wording_headline.py) and a short contrast of its own (wording_antithesis.py). The inputs are
plain data (`_framing_inputs`: bodies, names, each outlet's documents and key, the first pass's phrase
counts, the question's topic) and the
finders are module-level functions, so that with `--jobs N` the pipeline's helper process finds
them: the outlets' own words while pass 2 reads the records (`start_wording`), the rest while the
reduce's process relates positions and disagreements (`frame_in`, `framed`). Wherever they are
found, the terms are the same; a dead helper's share is found here.
"""

from __future__ import annotations

from concurrent.futures import Executor, Future

from .framing import FramingIndex
from .model import Analysis, FramingTerm, Outlet, Question
from .wording import WordingCounts
from .wording_antithesis import shown_antitheses
from .wording_headline import headline_terms
from .wording_shown import shown_counterparts
from .wording_spans import Runs, active, runs, shown_runs

# The several-word runs' index found ahead in this process (`runs_ahead`, the run's helper during pass 2) and the
# texts it was found from: `framing_terms` takes it when its own texts are the same, else finds it anew.
_AHEAD: tuple[list[list[str]], Runs] | None = None


def outlet_key(outlet: str | None, document: str) -> str:
    """The key an article's outlet is grouped by: its name in lower case, else the document's own id."""
    return outlet.lower() if outlet else f"#{document}"


def frame_outlets(analysis: Analysis, outlets: list[Outlet], wording: WordingCounts | None) -> None:
    """Each outlet's framing terms: spellings and loaded terms (framing.py), then its own words for
    the question's things (wording.py)."""
    for outlet, terms in zip(outlets, framing_terms(*_framing_inputs(analysis, outlets, wording)), strict=True):
        outlet.framing = terms


_FramingInputs = tuple[list[str], list[str], list[tuple[str, ...]], list[list[int]], list[str],
                       "WordingCounts | None", tuple[frozenset[str], frozenset[str], frozenset[str]]]


def _framing_inputs(analysis: Analysis, outlets: list[Outlet], wording: WordingCounts | None) -> _FramingInputs:
    """What finding the framing reads, and nothing else (it may be sent to a worker process): the
    headlines and bodies in document order, the actors' names, each outlet's documents by position, its key."""
    position = {d.id: k for k, d in enumerate(analysis.documents)}
    return ([_headed(d.title, d.body) for d in analysis.documents], [n for a in analysis.actors for n in (a.name, *a.aliases)],
            [(a.name, *a.aliases) for a in analysis.actors if a.kind == "person"],
            [[position[d] for d in outlet.documents] for outlet in outlets],
            [outlet_key(outlet.name, outlet.documents[0]) for outlet in outlets], wording, topic_of(analysis))


def _headed(title: str | None, body: str) -> str:
    """The article's headline and body, where its spellings are read: a headline spells names its own way too
    ("Weirgate sleaze engulfs ...", "Delvin must go"; test_outlets.py::test_headline_spellings)."""
    return f"{title}\n\n{body}" if title else body


def framing_terms(bodies: list[str], names: list[str], persons: list[tuple[str, ...]], outlets: list[list[int]],
                  keys: list[str], wording: WordingCounts | None,
                  topic: tuple[frozenset[str], frozenset[str], frozenset[str]],
                  worded: dict[str, list[FramingTerm]] | None = None,
                  plain: dict[str, list[FramingTerm]] | None = None) -> list[list[FramingTerm]]:
    """Each outlet's framing terms, from `_framing_inputs` (a module-level function: a worker runs it).
    `worded`, `plain`: `wording_terms` of the same counts and topic, found earlier (then `wording` is
    not read)."""
    index = FramingIndex(iter(bodies), names, persons, [[bodies[k] for k in docs] for docs in outlets])
    if wording is not None and worded is None:  # found here, as the helper finds them ahead
        _, worded, plain = wording_terms(wording, topic)
    found = []
    for position, (docs, key) in enumerate(zip(outlets, keys, strict=True)):
        terms = index.terms((bodies[k] for k in docs), position)
        if worded is not None:
            spelt = {t.term for t in terms}
            terms += [t for t in worded.get(key, []) if t.term not in spelt]
            # each outlet's plain words for what the others show terms of their own for
            terms += shown_counterparts((plain or {}).get(key, []), {t.term.lower() for t in terms})
        found.append(terms)
    # each outlet's own several-word run, if one scores high enough (wording_spans.py)
    texts = [[bodies[k] for k in docs] for docs in outlets]
    global _AHEAD
    ahead, _AHEAD = _AHEAD, None
    shown = shown_runs(texts, set(topic[0] | topic[2]), [{t.term.lower() for t in terms} for terms in found],
                       ahead[1] if ahead is not None and ahead[0] == texts else None)
    found = [terms + more for terms, more in zip(found, shown, strict=True)]
    if len(texts) < 2:
        return found  # a headline's label differs only against another outlet's headlines: one outlet has none to differ from
    # and the label or quotation of its headlines no other outlet's headline writes (wording_headline.py)
    labels = headline_terms(texts, [{t.term.lower() for t in terms} for terms in found])
    found = [terms + more for terms, more in zip(found, labels, strict=True)]
    # and a short contrast of its own, "X, not Y", "X rather than Y", a placard's "X not Y" (wording_antithesis.py)
    contrasts = shown_antitheses(texts, [{t.term.lower() for t in terms} for terms in found])
    return [terms + more for terms, more in zip(found, contrasts, strict=True)]


def runs_ahead(cache_path: str, keys: list[str]) -> int:
    """The several-word runs' index (`wording_spans.runs`, most of the framing's time in its helper) of the records
    under `keys` in the record cache at `cache_path` (its file), in run order, grouped by outlet as relate groups their
    documents (`relate.outlet_groups`) and each read as `_headed`: kept in this process for `framing_terms`, which uses it
    only if its texts are these. The pipeline sends it to the framing's helper as the judging workers end, so that it is
    found while this process's pass 2 reads the records; how many outlets it found (0: nothing kept, the framing shows
    no runs)."""
    from pathlib import Path

    from .mapping.cache import RecordCache
    from .model import Document
    from .record import ArticleRecord
    from .relate import outlet_groups

    global _AHEAD
    _AHEAD = None
    if active() is None:
        return 0
    cache = RecordCache(Path(cache_path).parent)
    documents: list[Document] = []
    try:
        for key in keys:
            blobs = cache.get(key)
            if blobs is None:  # (read in pass 2 neither: mapping.RunRecords)
                continue
            document = ArticleRecord.read_document(blobs[1])
            document.id = f"d{len(documents) + 1}"  # (numbered as pass 2 numbers them)
            documents.append(document)
    finally:
        cache.close()
    by_id = {d.id: d for d in documents}
    texts = [[_headed(by_id[d].title, by_id[d].body) for d in outlet.documents]
             for outlet in outlet_groups(Analysis(None, documents))]
    if len(texts) >= 2:
        _AHEAD = (texts, runs(texts))
    return len(texts) if _AHEAD else 0


# The question's topic for wording.py (topic_of), and each outlet key's own words for its things.
Topic = tuple[frozenset[str], frozenset[str], frozenset[str]]
Worded = tuple[Topic, dict[str, list[FramingTerm]], dict[str, list[FramingTerm]]]


def wording_terms(wording: WordingCounts, topic: Topic) -> Worded:
    """Every outlet's own words for the question's things (`WordingCounts.terms`, four fifths of
    the framing's time), and then its plain words' candidates (`counterpart_candidates`, which read
    what every outlet's terms showed), by outlet key: they read only the first pass's counts and
    the question, so a worker finds them while the reduce reads its records again (`start_wording`)."""
    wording.set_topic(*topic)
    own = {key: wording.terms(key) for key in wording.by_outlet}
    return topic, own, {key: wording.counterpart_candidates(key) for key in wording.by_outlet}


def start_wording(pool: Executor | None, wording: WordingCounts, question: Question | None) -> Future[Worded] | None:
    """`wording_terms` sent to the pool's worker (the helper that then finds the framing), or None."""
    if pool is None or question is None:
        return None
    try:
        return pool.submit(wording_terms, wording, question_topic(question))
    except Exception:  # a broken or closed pool: the framing finds them itself
        return None


def frame_in(pool: Executor, analysis: Analysis, wording: WordingCounts | None,
              worded: Future[Worded] | None = None) -> Future[list[list[FramingTerm]]] | None:
    """The framing sent to a worker; None if the pool cannot take it (it is then found here). The
    outlets' own words found ahead (`worded`) are used when they are of this topic and every outlet."""
    inputs = _framing_inputs(analysis, analysis.outlets, wording)
    ahead = None
    if worded is not None:
        try:
            topic, by_key, plain = worded.result()
        except Exception:  # a dead worker: found with the framing, or here
            topic, by_key, plain = None, {}, {}
        if topic == inputs[6] and all(key in by_key for key in inputs[4]):
            ahead = by_key
    try:
        if ahead is not None:
            return pool.submit(framing_terms, *inputs[:5], None, inputs[6], ahead, plain)
        return pool.submit(framing_terms, *inputs)
    except Exception:  # a broken or closed pool: the framing is found in this process
        return None


def framed(framing: Future[list[list[FramingTerm]]], analysis: Analysis, wording: WordingCounts | None) -> None:
    """The worker's framing terms into the outlets; found here instead if the worker failed (died)."""
    try:
        found = framing.result()
    except Exception:  # a dead worker (a fault of the framing itself is raised again here)
        frame_outlets(analysis, analysis.outlets, wording)
        return
    for outlet, terms in zip(analysis.outlets, found, strict=True):
        outlet.framing = terms


def topic_of(analysis: Analysis) -> Topic:
    """The question's words (event, things, participants), its verbs (its event's and those of
    taking sides) and its things, for the framing of loaded and neutral words (wording.py)."""
    return question_topic(analysis.question)


def question_topic(question: Question | None) -> Topic:
    from .extract.lexicon import SIDE_VERBS
    from .judge.terms import terms_of

    terms = terms_of(question)
    words = terms.event | terms.things | terms.participants | terms.object_words | terms.opposites
    return frozenset(words), frozenset(terms.event | terms.opposites | SIDE_VERBS), frozenset(terms.things | terms.object_words)
