"""A parse that outlives spaCy: the kept sentences read back as tokens, spans and a document.

The map step parses an article and keeps, in its record, the tokens of the sentences that later
judgements need (a statement's sentences, the one before and the one after), laid out by column
(parse_rows.py). The reduce step reads them back here as `ParsedDoc`, whose tokens and spans
answer the part of spaCy's `Token`/`Span`/`Doc` interface the stance and condition rules use
(text, lemma, tags, dependency tree, entity type, morphology, character offsets). So the question
can be decided, or changed, after every article is parsed, without a `Doc` in memory or a model
in the reducing process. A token outside the kept sentences reads as an empty, childless token.
Token indices and character offsets are the original document's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from .parse_rows import SEP, TEXT_COLUMNS


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

    __slots__ = ("_children", "_head", "_morph", "_subtree", "dep_", "doc", "ent_iob_", "ent_type_", "i", "idx",
                 "lemma_", "lower_", "pos_", "tag_", "text", "whitespace_")

    def __init__(self, doc: ParsedDoc, i: int, idx: int = -1, text: str = "", ws: int = 0, lemma: str = "",
                 pos: str = "", tag: str = "", dep: str = "", head: int | None = None, ent: str = "", iob: str = "",
                 morph: str = "") -> None:
        # A token outside the kept sentences reads as an empty, childless token.
        self.doc, self.i, self.idx, self.text = doc, i, idx, text
        self.whitespace_ = " " if ws else ""
        self.lower_, self.lemma_, self.pos_, self.tag_, self.dep_ = text.lower(), lemma, pos, tag, dep
        self.ent_type_, self.ent_iob_, self._morph = ent, iob, morph
        self._head = i if head is None else head
        self._children: list[ParsedToken] | tuple[()] | None = None
        self._subtree: list[ParsedToken] | None = None

    @property
    def orth_(self) -> str:
        return self.text

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def morph(self) -> _Morph:
        return _Morph(self._morph)

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
        return self.sent.start == self.i

    # --- the tree ------------------------------------------------------------------------------
    @property
    def head(self) -> ParsedToken:
        tok = self.doc._tokens.get(self._head)  # the rules walk heads millions of times: no __getitem__
        return tok if tok is not None else self.doc[self._head]

    @property
    def children(self) -> Iterator[ParsedToken]:
        kids = self._children
        if kids is None:
            kids = self._children = self.doc._children_of(self.i)
        return iter(kids)

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
        # Found once per token (the tree never changes): the rules ask for edges and subtrees often.
        if self._subtree is None:
            found = [self]
            stack = [self]
            while stack:
                node = stack.pop()
                kids = list(node.children)
                found.extend(kids)
                stack.extend(kids)
            self._subtree = sorted(found, key=lambda t: t.i)
        return iter(self._subtree)

    @property
    def ancestors(self) -> Iterator[ParsedToken]:
        node, seen = self, {self.i}
        while node._head != node.i and node._head not in seen:
            node = node.head
            seen.add(node.i)
            yield node

    @property
    def left_edge(self) -> ParsedToken:
        return next(self.subtree)

    @property
    def right_edge(self) -> ParsedToken:
        return max(self.subtree, key=lambda t: t.i)

    @property
    def sent(self) -> ParsedSpan:
        return self.doc.sentence_of(self.i)

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

    __slots__ = ("_chars", "_toks", "doc", "end", "label_", "start", "words_")

    def __init__(self, doc: ParsedDoc, start: int, end: int, label: str = "",
                 chars: tuple[int, int] | None = None) -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label
        self._chars = chars  # a sentence knows its character bounds even when its tokens were not kept
        self._toks: list[ParsedToken] | None = None
        self.words_: frozenset[str] | None = None  # the words judge.conditions.sentence_words reads, kept once read

    def __iter__(self) -> Iterator[ParsedToken]:
        # The rules walk a sentence's tokens dozens of times per statement: the list is made once
        # (a token is the same object at every reading: the doc keeps each it makes).
        toks = self._toks
        if toks is None:
            doc = self.doc
            kept = doc._kept
            a = bisect_left(kept, self.start)
            if self.end - self.start == bisect_left(kept, self.end, a) - a > 0:
                # every token of the span kept: the document's own run of them, sliced (issue 11, session 43; the same
                # tokens, tests/mapping/test_parsed.py::test_a_spans_tokens_are_the_documents)
                toks = self._toks = doc._kept_tokens[a:a + self.end - self.start]
            else:
                get = doc._tokens.get
                toks = self._toks = [t if (t := get(i)) is not None else doc[i] for i in range(self.start, self.end)]
        return iter(toks)

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
            if tok._head == tok.i or not self.start <= tok._head < self.end:
                return tok
        return inside[0]

    @property
    def sent(self) -> ParsedSpan:
        return self.doc.sentence_of(self.start)

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
        self._tokens: dict[int, ParsedToken] = {}
        tokens = self._tokens
        for run in rows.get("runs", []):
            first = int(run["first"])
            n = len(run["idx"])
            columns = [run[c].split(SEP) if n else [] for c in TEXT_COLUMNS]
            if len(run["head"]) != n or len(run["ws"]) != n or any(len(col) < n for col in columns):
                raise ValueError("parse rows of unequal lengths")
            # One zip over every column (not a lookup per column per token): 1,500 records hold a
            # million tokens.
            for k, (idx, head, ws, text_, lemma, pos, tag, dep, ent, iob, morph) in enumerate(
                    zip(run["idx"], run["head"], run["ws"], *columns, strict=False)):
                tokens[first + k] = ParsedToken(self, first + k, idx, text_, ws, lemma, pos, tag, dep, head,
                                                ent, iob, morph)
        self._kept = sorted(self._tokens)
        self._kept_tokens = [tokens[k] for k in self._kept]  # (in the order of `_kept`: a span's run of them, sliced)
        self._starts = [self._tokens[k].idx for k in self._kept]  # ascending, for char_span
        self._ends: list[int] | None = None  # each kept token's end, read once char_span expands
        self._kids: dict[int, list[ParsedToken]] | None = None
        bounds = rows.get("sents", [])
        self.sents = [ParsedSpan(self, int(s[2]), int(s[3]), chars=(int(s[0]), int(s[1]))) for s in bounds]
        self._sent_starts = [int(s[2]) for s in bounds]
        self._ents: list[ParsedSpan] | None = None

    def __len__(self) -> int:
        return self._n

    def release(self) -> None:
        """Break the reference cycles among the document, its tokens and its spans (each token refers to the
        document, which holds every token; a subtree holds its own root) once the judging is done with it,
        so that reference counting frees them at once instead of the cyclic collector, which ran about 150
        times while judging 1,500 bench records (1.7 CPU s; docs/performance.md, session 21). Anything read
        of the document, a token or a sentence afterwards fails (no silent empty token)."""
        for tok in self._tokens.values():
            tok._children = tok._subtree = None
            del tok.doc
        for span in self.sents:
            span._toks = None
        del self._tokens, self._kept_tokens, self.sents, self._kids, self._ents, self.user_data

    def __getitem__(self, key: int | slice) -> Any:
        tok = self._tokens.get(key) if type(key) is int else None
        if tok is not None:  # the common case, first
            return tok
        if isinstance(key, slice):
            start, stop, _ = key.indices(self._n)
            return ParsedSpan(self, start, stop)
        if key < 0:
            key += self._n
        tok = self._tokens.get(key)
        if tok is None:
            if not 0 <= key < self._n:
                raise IndexError(key)
            tok = self._tokens[key] = ParsedToken(self, key)
        return tok

    def __iter__(self) -> Iterator[ParsedToken]:
        return (self._tokens[i] for i in self._kept)

    def kept(self, i: int) -> bool:
        """True when token i's sentence was kept in the record."""
        return i in self._tokens and self._tokens[i].idx >= 0

    def sentence_of(self, i: int) -> ParsedSpan:
        k = bisect_right(self._sent_starts, i) - 1
        return self.sents[k] if 0 <= k < len(self.sents) else ParsedSpan(self, i, i + 1)

    def _children_of(self, i: int) -> list[ParsedToken] | tuple[()]:
        """Token i's children, in order; every kept token's found in one pass at the first asking."""
        kids = self._kids
        if kids is None:
            kids = self._kids = {}
            tokens = self._tokens  # children are kept tokens
            for k in self._kept:
                tok = tokens[k]
                if tok._head != k:
                    kids.setdefault(tok._head, []).append(tok)
        return kids.get(i, ())

    @property
    def ents(self) -> list[ParsedSpan]:
        if self._ents is None:
            self._ents = []
            start: int | None = None
            label = ""
            previous = -2
            for k in self._kept:
                tok = self._tokens[k]
                if start is not None and (tok.ent_iob_ != "I" or k != previous + 1):
                    self._ents.append(ParsedSpan(self, start, previous + 1, label))
                    start = None
                if tok.ent_iob_ == "B":
                    start, label = k, tok.ent_type_
                previous = k
            if start is not None:
                self._ents.append(ParsedSpan(self, start, previous + 1, label))
        return self._ents

    def char_span(self, start: int, end: int, label: str = "", alignment_mode: str = "strict") -> ParsedSpan | None:
        """The kept tokens covering [start, end): "expand" takes every token the range touches,
        "contract" only those wholly inside, "strict" needs the range to fall on token edges."""
        if not self._kept:
            return None
        if alignment_mode == "expand":
            # Kept tokens are in offset order and never overlap, so their ends ascend too: the tokens touching the range
            # are those from the first ending after `start` to the last starting before `end` (the loop below, by bisection).
            ends = self._ends
            if ends is None:
                tokens = self._tokens
                ends = self._ends = [tokens[k].idx + len(tokens[k].text) for k in self._kept]
            a, b = bisect_right(ends, start), bisect_left(self._starts, end)
            if a >= b:
                return None
            return ParsedSpan(self, self._kept[a], self._kept[b - 1] + 1, label)
        # Tokens are in offset order: the first that may touch the range is the one before the
        # first token starting at or after `start`.
        lo = max(bisect_left(self._starts, start) - 1, 0)
        hi = bisect_left(self._starts, end)
        first = last = None
        for pos in range(lo, hi):
            tok = self._tokens[self._kept[pos]]
            t_start, t_end = tok.idx, tok.idx + len(tok.text)
            inside = start <= t_start and t_end <= end
            touches = t_start < end and t_end > start
            if (alignment_mode == "expand" and touches) or (alignment_mode != "expand" and inside):
                if alignment_mode == "strict" and first is None and t_start != start:
                    return None
                first = tok.i if first is None else first
                last = tok
        if first is None or last is None:
            return None
        if alignment_mode == "strict" and last.idx + len(last.text) != end:
            return None
        return ParsedSpan(self, first, last.i + 1, label)
