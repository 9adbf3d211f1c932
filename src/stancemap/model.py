"""The one data model every stage shares.

Stages add to it in one direction: ingest makes `Source`s, clean makes `Document`s,
extract makes `Actor`s, `Statement`s and `Event`s, relate makes `Outlet`s and positions,
and export turns an `Analysis` into JSON, Markdown or HTML. Offsets are `str` indices
into `Document.body`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Any, Literal

SCHEMA_VERSION = 1

ActorKind = Literal["person", "organization", "country", "group", "media", "other"]
StatementKind = Literal["direct", "indirect", "mixed", "position", "belief"]
Stance = Literal["support", "oppose", "conditional", "neutral"]
Precision = Literal["day", "month", "season", "year"]


@dataclass(frozen=True)
class Source:
    """One article as read from disk, before any cleaning."""

    path: str  # the path it was read from, as given (plus "#n" for the n-th object of a JSON file)
    fmt: Literal["text", "html", "json"]
    text: str | None = None  # plain text, when the source is text or a JSON object with `text`
    html: str | None = None  # markup, when the source is HTML or a JSON object with `html`
    title: str | None = None  # metadata a JSON object carried itself
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    given_by: str = "the JSON object"  # where title/outlet/date came from, for provenance
    fetched: str | None = None  # ISO date the page was crawled or fetched (web archives, URL lists)


@dataclass(frozen=True)
class Notice:
    """Something the user must hear about an input: a file skipped, or read with a caveat.

    Never silently lost: every unreadable file gives one of these, shown as one line.
    """

    path: str
    message: str
    skipped: bool = True


@dataclass(frozen=True, slots=True)
class Removed:
    """A line the cleaner dropped as boilerplate, with the reason a user can audit."""

    text: str
    reason: str


@dataclass(slots=True)
class Document:
    id: str
    source: str
    body: str  # cleaned text, paragraphs joined by "\n\n"
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date
    removed: list[Removed] = field(default_factory=list)
    # field name -> the rule that decided it, e.g. {"outlet": "dateline 'CITY (Outlet) -'"}
    provenance: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    copy_of: str | None = None  # id of the document this one is a wire copy of (copies.py)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    # The document whose own words alone name this source ("critics", "the union", "a Treasury source"), an actor
    # of that document only (issue 10's described sources); None for an actor named by its name.
    described_in: str | None = None

    def side(self) -> str | None:
        """The camp an actor speaks for: its stated affiliation; a state, body or group stands for
        itself; a person with no known affiliation has none, nor has a source one article names by its own
        words ("critics" of one article are no camp with another article's). One definition for the stance
        propagation, the per-affiliation aggregate and the briefing."""
        if self.affiliation:
            return self.affiliation
        if self.described_in is not None:
            return None
        return self.name if self.kind in {"organization", "country", "group", "media"} else None


@dataclass(slots=True)
class Statement:
    id: str
    document: str
    speaker: str | None  # actor id; None for unnamed sources
    speaker_mention: str
    cue: str
    kind: StatementKind
    content: str
    start: int
    end: int
    stance: Stance | None = None
    conditions: list[str] = field(default_factory=list)
    date: str | None = None
    # The pieces of one utterance interrupted by its cue ('"A," she said, "B."'), as [start, end]
    # offsets; start/end span them all. Empty when the content is one piece.
    parts: list[list[int]] = field(default_factory=list)
    # Where the speaker is named: [start, end] offsets of `speaker_mention` in the body (the very
    # "he" of '"A," he said, "B."', not another one nearby). Empty when no words name the source.
    speaker_span: list[int] = field(default_factory=list)
    # Beyond the contract: why the pipeline decided what it did, for auditing.
    speaker_rule: str = ""  # how the speaker was resolved ("named", "pronoun", "role", ...)
    stance_evidence: list[str] = field(default_factory=list)
    conditions_normalized: list[str] = field(default_factory=list)
    copy_of: str | None = None  # the statement this one repeats in the original of a wire copy


@dataclass(slots=True)
class Event:
    id: str
    document: str
    date: str
    precision: Precision
    mention: str
    text: str
    actors: list[str] = field(default_factory=list)
    start: int = 0  # offset of `mention` in the body


@dataclass(frozen=True, slots=True)
class FramingTerm:
    term: str
    count: int
    variant_of: str | None = None  # the term it stands in for ("Kiev" -> "Kyiv"), if any


@dataclass(slots=True)
class Outlet:
    name: str | None
    documents: list[str] = field(default_factory=list)
    framing: list[FramingTerm] = field(default_factory=list)
    quoted: dict[str, int] = field(default_factory=dict)  # actor id -> statements this outlet reports


@dataclass(slots=True)
class Evidence:
    """A statement behind a position, and what its stance rests on: "stated" (its own words),
    "continued" (the same quote continued), "carried" (the speaker's stance elsewhere), "side" (the
    stance of others on the speaker's side: only in analyses made before session 7, which stopped
    carrying it) or "context" (a passage or an article about the question, no stance word)."""

    id: str
    basis: str


@dataclass(slots=True)
class CurrentStance:
    """Where an actor stands now (positions.py decides it; docs/method.md says how)."""

    stance: Stance
    conditions: list[str]  # the conditions attached to it, latest wording first (conditional only)
    since: str | None  # the date of the statement that set it; None when nothing is dated
    statements: list[Evidence]  # the statements that set it, in date order
    dissenting: list[str] = field(default_factory=list)  # later statements on another side it outweighs
    basis: str = "stated"  # the strongest basis among `statements`


@dataclass(slots=True)
class Change:
    """The position moved from one stance to another on `date`, first said in `statement`."""

    from_stance: Stance
    to_stance: Stance
    date: str | None
    statement: str
    statements: list[str] = field(default_factory=list)  # the statements that confirmed it


@dataclass(slots=True)
class Position:
    """One actor's statements toward the question in date order, and where they ended up."""

    actor: str
    statements: list[str]
    latest_stance: Stance | None  # the stance of the latest statement, however weak
    changed: bool  # its statements take more than one stance
    current: CurrentStance | None = None
    changes: list[Change] = field(default_factory=list)
    side: str | None = None  # the actor's camp (Actor.side)


@dataclass(slots=True)
class Side:
    """An affiliation's aggregate: how many of its actors' latest stances fall on each side."""

    affiliation: str
    actors: list[str]
    stances: dict[str, int]  # stance -> number of actors whose latest stance it is
    prevailing: Stance | None


@dataclass(slots=True)
class Disagreement:
    """Outlets whose accounts of the same actor or event differ.

    `kind` says in what: "stance" (the actor's stance toward the question), "date" (when an event
    happened) or "wording" (rival loaded terms for one thing, "incursion"/"stabilisation mission").
    """

    actor: str  # actor id; "" when the disagreement is about an event or a thing, not an actor
    accounts: dict[str, list[str]]  # outlet name -> what it reports (stances, dates or terms)
    statements: list[str]
    kind: Literal["stance", "date", "wording"] = "stance"
    subject: str = ""  # what they disagree about, in words: the actor's name, the event, the thing
    events: list[str] = field(default_factory=list)  # event ids behind a "date" disagreement


@dataclass
class Question:
    text: str
    proposed: bool = False  # True when stancemap chose it because none was given
    target_terms: list[str] = field(default_factory=list)
    reason: str = ""  # why a proposed question was chosen (empty when the user gave it)
    # The question parsed into a proposition (judge/proposition.Proposition), set in the reduce.
    proposition: Any = None


@dataclass
class Analysis:
    question: Question | None
    documents: list[Document]
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    outlets: list[Outlet] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    # How the run went (articles read from the cache, parsed now, seconds per stage): for the CLI
    # and the benchmark, not part of the JSON (two runs of one corpus give the same JSON).
    run: dict[str, float] = field(default_factory=dict)
    # The briefing's summary when it was chosen before (a store keeps it with a question's results, so that `export`
    # needs no sentence splitter: store/results.py); None: the briefing chooses it (export/digest.py). Not in the JSON.
    summary: list[dict[str, Any]] | None = None

    def actor(self, actor_id: str | None) -> Actor | None:
        # A dictionary rebuilt when the actor list grows: renderers ask once per statement.
        index = self.__dict__.get("_actor_index")
        if index is None or index[0] != len(self.actors):
            index = self.__dict__["_actor_index"] = (len(self.actors), {a.id: a for a in self.actors})
        return index[1].get(actor_id or "")


# A season's middle month, for sorting (extract/dates.py writes a season as "2025-SU").
SEASON_MONTH = {"SP": "04", "SU": "07", "FA": "10", "WI": "01"}


def sortable_date(value: str | None, published: str | None = None) -> str:
    """A date of the contract as a string that sorts in time: a season by its middle month, a
    year-less day by its article's year, an unknown date last."""
    if not value:
        return published or "9999"
    if value.startswith("XXXX"):
        value = (published[:4] if published else "9999") + value[4:]
    year, _, rest = value.partition("-")
    if rest[:2] in SEASON_MONTH:
        rest = SEASON_MONTH[rest[:2]] + rest[2:]
    return f"{year}-{rest}" if rest else year


def _pickled_by_field_names(cls: type) -> None:
    """Pickle a slotted dataclass as its fields' values, read at once (`attrgetter`). Python's own
    way asks `dataclasses.fields` for every object of a frozen one (53,000 lines removed and framing
    terms in 1,500 articles' kept result, mapping/results.py) and writes every other's slot names
    beside its values: keeping that result took 0.6-1.1 CPU s and now 0.4-0.55, its pickle 17 %
    smaller (docs/performance.md). Pinned by
    tests/mapping/test_cache.py::test_cache_kept_result_reads_back_every_field."""
    names = tuple(f.name for f in fields(cls))
    read = attrgetter(*names)

    def getstate(self: Any) -> tuple[Any, ...]:
        if type(self) is not cls:
            # a subclass's own fields are not in `names`: fail loudly rather than drop them (review, session 11)
            raise TypeError(f"{type(self).__name__} inherits {cls.__name__}'s pickling by field names")
        return (read(self),) if len(names) == 1 else read(self)

    def setstate(self: Any, state: Sequence[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)  # the frozen ones too, as dataclasses' own does

    setattr(cls, "__getstate__", getstate)  # noqa: B010 (a method set on a class built above)
    setattr(cls, "__setstate__", setstate)  # noqa: B010


for _slotted in [c for c in list(globals().values()) if isinstance(c, type) and is_dataclass(c) and "__slots__" in c.__dict__]:
    _pickled_by_field_names(_slotted)
