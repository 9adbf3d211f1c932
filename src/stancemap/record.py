"""The article record: everything the map step learns from one article, as plain data.

A record is what crosses from the map (one article: clean, parse, extract) to the reduce (the
corpus: canonical actors, stance toward the question, positions, framing). It holds no spaCy
object, serialises to JSON (the cache and the Dask workers ship it), and is small: the cleaned
document, the name mentions, the article's local actors, candidate statements with the local actor
who said them, dated events, and the parsed rows of the sentences that stance and conditions are
read from later (`parsed.py`).

Fields (see docs/architecture.md):
  key         content hash of the source and the map's version and settings (the cache key)
  document    the cleaned `Document` (its id is given by the reduce, in run order)
  mentions    name mentions; `actor` is a local actor id ("l3")
  actors      the article's local actors: name, kind, aliases, roles, affiliation, and how the
              actor came to be (`origin`: a name mention, a titled person, an organisation, a group, a described body)
  statements  candidates with speaker (local id or None), cue, kind, offsets, date, speaker rule,
              sentence index (`sent`) and, for positions, the cue's offset
  events      dated happenings; `actors` are local ids
  parse       rows of the kept sentences (parse_rows.rows_of)
  frames      what the article says about candidate propositions (question proposal)
  nationalities  adjectives of nationality written in the article ("Lunderian")
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from .model import Document, Event, Removed

if TYPE_CHECKING:  # imported where used: extract/ imports this module, so `import stancemap.record` first would cycle
    from .extract.mentions import Mention

RECORD_VERSION = 3  # 2: head and body stored apart, parse rows by column; 3: wire-copy signature


def language_note(provenance: dict[str, str]) -> str | None:
    """The note on an article not in English (its provenance names the language): one wording for the reduce of
    `analyze` (corpus.py) and the store's `add` and export (store/articles.py, store/results.py)."""
    return "article in " + provenance["language"] if "language" in provenance else None


@dataclass
class LocalActor:
    id: str  # "l1", "l2", ... within the article
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    # How it was made: "mention" (a name the tagger or the rules found), "person" (a titled name
    # found while resolving a speaker), "organization" (a capitalised body), "group" (a collective),
    # "described" (a body described and named nowhere: kept to its article in the reduce).
    origin: str = "mention"
    spoke_as_person: bool = False  # a one-word name that speaks: a person whatever the vote said


@dataclass
class DraftStatement:
    """A statement before the corpus is known: its speaker is a local actor id."""

    sent: int
    kind: str
    cue: str
    cue_start: int
    start: int
    end: int
    speaker: str | None
    speaker_mention: str
    speaker_rule: str
    date: str | None = None
    parts: list[list[int]] = field(default_factory=list)  # the pieces of a quote split by its cue
    speaker_span: list[int] = field(default_factory=list)  # [start, end] of the speaker's words in the body
    # A role description ("the trade minister"): its specific role words and the persons named
    # before it, in order, for the reduce to ask again with the corpus's roles.
    role_words: list[str] = field(default_factory=list)
    role_candidates: list[str] = field(default_factory=list)
    # [start, end] of the words before the content the speaker answered or spoke in ("Asked whether X, she said
    # ..."): cut from the content, read with it when conditions and stance are judged (judge/article.py). Empty: none.
    context: list[int] = field(default_factory=list)


@dataclass
class RecordHead:
    """The part of a record the reduce's first pass reads (names, outlet, frames): stored apart
    from the rest, so that pass decodes a few kilobytes per article, not the parse rows."""

    key: str
    outlet: str | None
    mentions: list[Mention]
    frames: dict[str, Any]
    nationalities: list[str]
    minhash: list[int] = field(default_factory=list)  # the body's signature for wire copies (copies.py)


@dataclass
class ArticleRecord:
    key: str
    document: Document
    mentions: list[Mention] = field(default_factory=list)
    actors: list[LocalActor] = field(default_factory=list)
    statements: list[DraftStatement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parse: dict[str, Any] = field(default_factory=dict)
    frames: dict[str, Any] = field(default_factory=dict)
    nationalities: list[str] = field(default_factory=list)
    minhash: list[int] = field(default_factory=list)
    version: int = RECORD_VERSION
    # The parse rows still compressed, when read without them (`from_blobs(..., rows=False)`): `rows()` reads them.
    unread_rows: bytes | None = field(default=None, repr=False, compare=False)

    def to_blobs(self) -> tuple[bytes, bytes]:
        """(head, body): compressed JSON; the head is what `RecordHead` holds. The body's parse rows (`parse["runs"]`,
        four fifths of it) follow the rest in a zlib stream of their own, so that pass 2 of a run whose judgements
        were made ahead reads the sentence bounds without decoding the rows (docs/performance.md, session 23)."""
        # orjson writes dataclasses itself (much faster than dataclasses.asdict).
        head = {"key": self.key, "version": self.version, "outlet": self.document.outlet,
                "mentions": self.mentions, "frames": self.frames, "nationalities": self.nationalities,
                "minhash": self.minhash}
        parse = self.rows()
        body = {"document": self.document, "actors": self.actors, "statements": self.statements,
                "events": self.events, "parse": {k: v for k, v in parse.items() if k != "runs"}}
        rows = zlib.compress(orjson.dumps(parse["runs"]), 3) if "runs" in parse else b""
        return zlib.compress(orjson.dumps(head), 3), zlib.compress(orjson.dumps(body), 3) + rows

    def rows(self) -> dict[str, Any]:
        """`parse` with its rows, read now if they were left compressed."""
        if self.unread_rows is not None:
            self.parse["runs"], self.unread_rows = orjson.loads(zlib.decompress(self.unread_rows)), None
        return self.parse

    @staticmethod
    def read_head(head: bytes) -> RecordHead:
        from .extract.mentions import Mention

        raw = orjson.loads(zlib.decompress(head))
        return RecordHead(raw["key"], raw.get("outlet"), [Mention(**m) for m in raw.get("mentions", [])],
                          raw.get("frames", {}), list(raw.get("nationalities", [])), list(raw.get("minhash", [])))

    @staticmethod
    def read_document(body: bytes) -> Document:
        """The record's document alone, from its body blob (the rest decoded as JSON, not made into objects; the parse
        rows, a stream of their own, not decompressed): what the framing's helper reads (outlet_framing.runs_ahead)."""
        return _document(orjson.loads(zlib.decompressobj().decompress(body))["document"])

    @classmethod
    def from_blobs(cls, head: bytes, body: bytes, rows: bool = True) -> ArticleRecord:
        """The record; with `rows` False its parse rows are left compressed until `rows()` asks for them."""
        top = cls.read_head(head)
        unzip = zlib.decompressobj()
        raw = orjson.loads(unzip.decompress(body))
        unread = unzip.unused_data or None  # (a body written before session 23 holds its rows in its one stream)
        record = cls(
            key=top.key, document=_document(raw["document"]), mentions=top.mentions,
            actors=[LocalActor(**a) for a in raw.get("actors", [])],
            statements=[DraftStatement(**s) for s in raw.get("statements", [])],
            events=[Event(**e) for e in raw.get("events", [])],
            parse=raw.get("parse", {}), frames=top.frames, nationalities=top.nationalities, minhash=top.minhash,
            unread_rows=unread)
        if rows:
            record.rows()
        return record


def _document(raw: dict[str, Any]) -> Document:
    """A record's document from its decoded JSON."""
    doc = dict(raw)
    doc["removed"] = [Removed(**r) for r in doc.get("removed", [])]
    return Document(**doc)
