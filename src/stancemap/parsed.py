"""A parse that outlives spaCy: the sentences a statement stands in, kept as plain rows.

The map step parses an article and keeps, in its record, the tokens of the sentences that later
judgements need (a statement's sentence, the one before and the one after). The reduce step reads
them back as `ParsedDoc`, whose tokens and spans answer the part of spaCy's `Token`/`Span`/`Doc`
interface the stance and condition rules use (text, lemma, tags, dependency tree, entity type,
character offsets). So the question can be decided, or changed, after every article is parsed,
without a `Doc` in memory or a model in the reducing process.

A row is one token: (idx, text, whitespace, lemma, pos, tag, dep, head, ent_type, ent_iob, morph);
`head` is the head's index in the document. Token indices and character offsets are the original
document's, so offsets in records and rules agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

# Row field positions.
IDX, TEXT, WS, LEMMA, POS, TAG, DEP, HEAD, ENT, IOB, MORPH = range(11)


def rows_of(doc: Any, sentence_indices: Iterable[int]) -> dict[str, Any]:
    """The rows of the given sentences of a spaCy `Doc` (plus every sentence's boundaries), as a
    JSON-ready dict: {"sents": [[start_char, end_char, start_tok, end_tok], ...],
    "n": number of tokens, "tokens": {first_token_index: [row, ...]} per contiguous run}."""
    sents = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
    wanted = sorted({k for k in sentence_indices if 0 <= k < len(sents)})
    runs: list[tuple[int, int]] = []
    for k in wanted:
        start, end = sents[k][2], sents[k][3]
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    tokens: dict[str, list[list[Any]]] = {}
    for start, end in runs:
        tokens[str(start)] = [
            [t.idx, t.text, 1 if t.whitespace_ else 0, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_,
             t.ent_iob_, str(t.morph)]
            for t in doc[start:end]]
    return {"sents": [list(s) for s in sents], "n": len(doc), "tokens": tokens}


class _Morph:
    def __init__(self, text: str) -> None:
        self._features = dict(f.split("=", 1) for f in text.split("|") if "=" in f)

    def get(self, name: str) -> list[str]:
        value = self._features.get(name)
        return value.split(",") if value else []

    def __str__(self) -> str:
        return "|".join(f"{k}={v}" for k, v in self._features.items())


class ParsedToken:
    """One token of a `ParsedDoc`, answering spaCy's `Token` attributes the rules read."""

    __slots__ = ("_children", "_row", "doc", "i")

    def __init__(self, doc: ParsedDoc, i: int, row: Sequence[Any] | None) -> None:
        self.doc, self.i = doc, i
        # A token outside the kept sentences reads as an empty, childless token.
        self._row = row if row is not None else (-1, "", 0, "", "", "", "", i, "", "", "")
        self._children: list[ParsedToken] | None = None

    # --- the token itself ---------------------------------------------------------------------
    @property
    def idx(self) -> int:
        return int(self._row[IDX])

    @property
    def text(self) -> str:
        return str(self._row[TEXT])

    @property
    def orth_(self) -> str:
        return self.text

    @property
    def whitespace_(self) -> str:
        return " " if self._row[WS] else ""

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def lemma_(self) -> str:
        return str(self._row[LEMMA])

    @property
    def pos_(self) -> str:
        return str(self._row[POS])

    @property
    def tag_(self) -> str:
        return str(self._row[TAG])

    @property
    def dep_(self) -> str:
        return str(self._row[DEP])

    @property
    def ent_type_(self) -> str:
        return str(self._row[ENT])

    @property
    def ent_iob_(self) -> str:
        return str(self._row[IOB])

    @property
    def morph(self) -> _Morph:
        return _Morph(str(self._row[MORPH]))

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_punct(self) -> bool:
        return self.pos_ == "PUNCT"

    @property
    def is_space(self) -> bool:
        return self.pos_ == "SPACE" or (bool(self.text) and self.text.isspace())

    @property
    def is_digit(self) -> bool:
        return self.text.isdigit()

    @property
    def like_num(self) -> bool:
        return self.pos_ == "NUM" or self.text.replace(",", "").replace(".", "").isdigit()

    @property
    def is_title(self) -> bool:
        return self.text.istitle()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def is_sent_start(self) -> bool:
        return any(s.start == self.i for s in self.doc.sents)

    # --- the tree ------------------------------------------------------------------------------
    @property
    def head(self) -> ParsedToken:
        return self.doc[int(self._row[HEAD])]

    @property
    def children(self) -> Iterator[ParsedToken]:
        if self._children is None:
            self._children = self.doc._children_of(self.i)
        return iter(self._children)

    @property
    def lefts(self) -> Iterator[ParsedToken]:
        return (c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> Iterator[ParsedToken]:
        return (c for c in self.children if c.i > self.i)

    @property
    def n_lefts(self) -> int:
        return sum(1 for _ in self.lefts)

    @property
    def n_rights(self) -> int:
        return sum(1 for _ in self.rights)

    @property
    def subtree(self) -> Iterator[ParsedToken]:
        found = [self]
        stack = [self]
        while stack:
            node = stack.pop()
            kids = list(node.children)
            found.extend(kids)
            stack.extend(kids)
        return iter(sorted(found, key=lambda t: t.i))

    @property
    def ancestors(self) -> Iterator[ParsedToken]:
        node, seen = self, {self.i}
        while node.head.i != node.i and node.head.i not in seen:
            node = node.head
            seen.add(node.i)
            yield node

    @property
    def left_edge(self) -> ParsedToken:
        return min(self.subtree, key=lambda t: t.i)

    @property
    def right_edge(self) -> ParsedToken:
        return max(self.subtree, key=lambda t: t.i)

    @property
    def sent(self) -> ParsedSpan:
        for s in self.doc.sents:
            if s.start <= self.i < s.end:
                return s
        return ParsedSpan(self.doc, self.i, self.i + 1)

    def nbor(self, offset: int = 1) -> ParsedToken:
        return self.doc[self.i + offset]

    def is_ancestor(self, other: ParsedToken) -> bool:
        return any(a.i == self.i for a in other.ancestors)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ParsedToken) and other.i == self.i and other.doc is self.doc

    def __hash__(self) -> int:
        return hash((id(self.doc), self.i))


class ParsedSpan:
    """A slice of tokens of a `ParsedDoc` (a sentence, a phrase), like spaCy's `Span`."""

    __slots__ = ("_chars", "doc", "end", "label_", "start")

    def __init__(self, doc: ParsedDoc, start: int, end: int, label: str = "",
                 chars: tuple[int, int] | None = None) -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label
        self._chars = chars  # a sentence knows its character bounds even when its tokens were not kept

    def __iter__(self) -> Iterator[ParsedToken]:
        return (self.doc[i] for i in range(self.start, self.end))

    def __len__(self) -> int:
        return max(self.end - self.start, 0)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return ParsedSpan(self.doc, self.start + start, self.start + stop)
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        return self.doc[self.start + key]

    @property
    def start_char(self) -> int:
        if self._chars is not None:
            return self._chars[0]
        return self.doc[self.start].idx if len(self) else 0

    @property
    def end_char(self) -> int:
        if self._chars is not None:
            return self._chars[1]
        if not len(self):
            return self.start_char
        last = self.doc[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]

    @property
    def text_with_ws(self) -> str:
        return self.text + self.doc[self.end - 1].whitespace_ if len(self) else ""

    @property
    def root(self) -> ParsedToken:
        """The token whose head lies outside the span (the first such, as spaCy picks)."""
        inside = list(self)
        for tok in inside:
            if tok.head.i == tok.i or not self.start <= tok.head.i < self.end:
                return tok
        return inside[0]

    @property
    def sent(self) -> ParsedSpan:
        return self.doc[self.start].sent

    @property
    def ents(self) -> list[ParsedSpan]:
        return [e for e in self.doc.ents if self.start <= e.start and e.end <= self.end]

    @property
    def lemma_(self) -> str:
        return " ".join(t.lemma_ for t in self)

    def __repr__(self) -> str:
        return self.text


class ParsedDoc:
    """The kept sentences of one article's parse, over the article's full body text."""

    def __init__(self, text: str, rows: dict[str, Any]) -> None:
        self.text = text
        self.user_data: dict[str, Any] = {}
        self._n = int(rows.get("n", 0))
        self._rows: dict[int, Sequence[Any]] = {}
        for first, run in rows.get("tokens", {}).items():
            for k, row in enumerate(run):
                self._rows[int(first) + k] = row
        self._tokens: dict[int, ParsedToken] = {}
        self._kids: dict[int, list[int]] | None = None
        self.sents = [ParsedSpan(self, int(s[2]), int(s[3]), chars=(int(s[0]), int(s[1])))
                      for s in rows.get("sents", [])]
        self._ents: list[ParsedSpan] | None = None

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, stop, _ = key.indices(self._n)
            return ParsedSpan(self, start, stop)
        if key < 0:
            key += self._n
        if not 0 <= key < self._n:
            raise IndexError(key)
        tok = self._tokens.get(key)
        if tok is None:
            tok = self._tokens[key] = ParsedToken(self, key, self._rows.get(key))
        return tok

    def __iter__(self) -> Iterator[ParsedToken]:
        return (self[i] for i in sorted(self._rows))

    def kept(self, i: int) -> bool:
        """True when token i's sentence was kept in the record."""
        return i in self._rows

    def _children_of(self, i: int) -> list[ParsedToken]:
        if self._kids is None:
            self._kids = {}
            for k, row in sorted(self._rows.items()):
                head = int(row[HEAD])
                if head != k:
                    self._kids.setdefault(head, []).append(k)
        return [self[k] for k in self._kids.get(i, [])]

    @property
    def ents(self) -> list[ParsedSpan]:
        if self._ents is None:
            self._ents = []
            start: int | None = None
            label = ""
            for k in sorted(self._rows):
                row = self._rows[k]
                iob = row[IOB]
                if start is not None and (iob != "I" or (k - 1) not in self._rows):
                    self._ents.append(ParsedSpan(self, start, k if (k - 1) in self._rows else start + 1, label))
                    start = None
                if iob == "B":
                    start, label = k, str(row[ENT])
            if start is not None:
                self._ents.append(ParsedSpan(self, start, max(self._rows) + 1, label))
        return self._ents

    def char_span(self, start: int, end: int, label: str = "", alignment_mode: str = "strict") -> ParsedSpan | None:
        """The tokens covering [start, end): "expand" takes every token the range touches,
        "contract" only those wholly inside, "strict" needs the range to fall on token edges."""
        first = last = None
        for k in sorted(self._rows):
            row = self._rows[k]
            t_start, t_end = int(row[IDX]), int(row[IDX]) + len(str(row[TEXT]))
            inside = start <= t_start and t_end <= end
            touches = t_start < end and t_end > start
            if (alignment_mode == "expand" and touches) or (alignment_mode != "expand" and inside):
                if alignment_mode == "strict" and first is None and t_start != start:
                    return None
                first = k if first is None else first
                last = k
        if first is None or last is None:
            return None
        if alignment_mode == "strict":
            end_tok = self._rows[last]
            if int(end_tok[IDX]) + len(str(end_tok[TEXT])) != end:
                return None
        return ParsedSpan(self, first, last + 1, label)
