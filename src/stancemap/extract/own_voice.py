"""The outlet's own voice on an opinion page (issue 10, session 12): an editorial or a column takes
positions in no one else's name ("Parliament should reject the motion", "This newspaper still
backs the accord"). On a page that says it is opinion, each sentence of the page's own words
that takes a position -- a modal of obligation or recommendation on its main verb, or the page
itself ("we", "this newspaper") stating a position, belief or view -- is a statement: on an editorial
(the publication's own view) of the outlet, an actor of kind organisation; on a column or op-ed signed
by its author, of no named speaker (speaker rule "column": the position is the author's, not the
outlet's, and some gold forbids a columnist as a speaker).
A sentence with a quotation, an interview's answer, or a main verb reported from someone else ("X says"
set in it, "according to X", "in the view of X") stays the finders'; other finders' reads of a sentence the
page claims give way to it. tests/extract/test_own_voice.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..clean.navigation import MENU_SEPARATOR
from ..model import Actor, Document, Removed
from .according import OPINION_NOUNS
from .actors import ActorIndex
from .candidate import Candidate
from .lexicon import BELIEF_VERBS, POSITION_VERBS, SPEECH_VERBS
from .mentions import Mention
from .quotes import inside, quote_spans
from .text import doc_text, trim
from .transcript import other_section, section_line, section_menu

# The words a page files opinion under (a label, a breadcrumb's step, a credit "Opinion by X"):
# "Opinion › Editorials", "Editorial Board", "Comment" (test_own_voice_opinion_page_*).
OPINION_WORDS = r"opinion|editorials?|comment|op-ed|our view|(?:the\s+)?editorial\s+board"
OPINION_LINE = section_line(OPINION_WORDS, r"by\b|$")
# A breadcrumb that files the page under a columnist or its columns ("Columnists > X", "Columns › Y"): a path's step
# only, never a bare word, which a menu's item or a table's header may be (test_own_voice_a_columns_breadcrumb_files_it).
COLUMN_LINE = re.compile(r"^\s*(?:[^|·•\n]*\s[›>»/]\s)*(?:columns?|columnists?)(?:\s[›>»/]\s[^|·•\n]*)+$", re.I)
# A path of two steps printed with a bar, the opinion section then its topic ("Opinion | Harbours", "Comment | Ferries"):
# no menu of the site has two items only, and a bar is as much a path's separator as ">" is
# (test_own_voice_a_two_step_path_with_a_bar_files_it).
OPINION_BAR_PATH = re.compile(rf"^\s*(?:{OPINION_WORDS})\s+\|\s+[^|·•›»>/\n]+$", re.I)
# Two of those words as one section's label ("Comment & Opinion", "Opinion and Comment"): a label of the
# page even where the cleaner took its "Comment" for a button (test_own_voice_opinion_page_by_its_labels).
OPINION_PAIR = re.compile(rf"\s*(?:{OPINION_WORDS})\s*(?:&|and|\+)\s*(?:{OPINION_WORDS})\s*", re.I)
# The element a removed line of an HTML page stood in, as the cleaner names it.
PAGE_ELEMENT = re.compile(r"\(page <(\w+)>\)")
# A column's or an editorial's label in capitals, "<NAME> SAYS" ("THE COURIER SAYS", "LIND SAYS"): the
# page's own voice under a name (test_own_voice_a_says_label_files_the_page).
SAYS_LABEL = re.compile(r"^\s*(?:THE\s+)?(?P<name>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,2})\s+SAYS\s*$")
# A removed line the cleaner took for a button or a tool ("Comment", "Share"), never a label of the page.
INTERFACE = "site interface"
# A title that says whose view it is: "Our view: ...", "The Standard's view: ...", "Editorial: ..."; of
# those, the publication's own view, an editorial (`editorial_page`), or an opinion of any kind.
EDITORIAL_TITLE_WORDS = r"editorial|our view|[\w'’ .-]+['’]s view"
EDITORIAL_TITLE = re.compile(rf"^\s*(?:{EDITORIAL_TITLE_WORDS})\s*:", re.I)
OPINION_TITLE = re.compile(rf"^\s*(?:{EDITORIAL_TITLE_WORDS}|opinion|comment|op-ed)\s*:", re.I)
# The editorial's words as one step of a filing line ("Opinion › Editorials", "Editorial Board",
# "OPINION / THE COURIER'S VIEW").
EDITORIAL_WORDS = r"editorials?|our view|(?:the\s+)?editorial\s+board|[\w'’ .-]+['’]s view"
# English modals of obligation and recommendation: "X should go", "Y must not overpay".
OBLIGATION = frozenset({"should", "must", "ought"})
# Nouns a publication names itself by after "this" ("this newspaper believes", "this column holds").
SELF_NOUNS = frozenset({"newspaper", "paper", "column", "editorial", "publication", "magazine"})
# A byline naming a person: "By Karel Dunne", "By Dr Perpetua Hollowell | 8 April"
# (test_own_voice_a_column_about_a_person_signed_by_another).
SIGNED_BY = re.compile(r"^[Bb]y\s+((?:[A-Z][\w'’.-]*\s+)+[A-Z][\w'’-]+)")
# A columnist's note or bio naming its subject first: "Jocasta Pendergast writes on ...", "Ina Brok is the Post's ...".
NOTED_BY = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+) (?:writes|is|was|has)\b")
# A byline without "By": the author's name alone on its line, in capitals or not ("Jocasta Pendergast", "GUS UDALL"),
# two or three words; signs the page only right above its date line (`_bare_byline`).
NAME_WORD = r"(?:[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z][A-Z'’-]+)"
NAME_LINE = re.compile(rf"^\s*({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s*$")
# A word that makes such a line a section's label, not a name ("Harbour Columns", "Opinion Extra").
SECTION_WORD = re.compile(rf"\b(?:{OPINION_WORDS}|columns?|columnists?)\b", re.I)
# The reasons the cleaner gives a page's date or time stamp, the line a byline stands over.
STAMPS = ("date line", "time stamp")
# How often a signed page's writer says "I" outside quotation marks to be the person's column, not the outlet's
# editorial (one "I" may be a quotation the page left without marks).
FIRST_PERSON = 2
FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "myself"})
# Verbs a column's standfirst or author's note signs it with ("..., argues X", "X writes in a personal capacity").
SIGNING = frozenset({"argue", "write"})
# Sentence openers of contrast that qualify the position before ("... supports it. But ...").
CONTRAST = frozenset({"but", "yet", "however"})
# Verbs with which the page states its own position, belief or view ("we hope", "this newspaper supports").
STATING = POSITION_VERBS | BELIEF_VERBS | SPEECH_VERBS


def opinion_page(document: Document) -> bool:
    """The page's title, or a label, breadcrumb or credit the cleaner removed, files it as opinion;
    a menu listing an Opinion section or a teaser "Editorial: ..." does not."""
    return bool(OPINION_TITLE.match(document.title or "")) or bool(_filing_lines(document))


def editorial_page(document: Document) -> bool:
    """The opinion page is the publication's own view, an editorial ("Our view:", "The Ledger's view:",
    "Opinion › Editorials", "Editorial Board"), not a column or an op-ed signed by its author ("Opinion ›
    Columnists", "Opinion / Comment"), whose positions are the author's and not the outlet's
    (test_own_voice_a_signed_columns_positions_are_not_the_outlets)."""
    outlet = set((document.outlet or "").lower().split()) - {"the"}
    return bool(EDITORIAL_TITLE.match(document.title or "")) or any(
        re.fullmatch(EDITORIAL_WORDS, step.strip(), re.I)
        for line in _filing_lines(document) for step in MENU_SEPARATOR.split(line.strip())) or any(
        (m := SAYS_LABEL.match(line)) and set(m["name"].lower().split()) <= outlet for line in _filing_lines(document))


def _filing_lines(document: Document) -> list[str]:
    """The removed lines that file the page as opinion (OPINION_LINE), menus and buttons left out."""
    removed = document.removed
    return [r.text for k, r in enumerate(removed) if OPINION_PAIR.fullmatch(r.text) or SAYS_LABEL.match(r.text) or (
        (OPINION_LINE.match(r.text) or COLUMN_LINE.match(r.text) or _bar_path(r.text)) and not r.reason.startswith(INTERFACE)
        and not section_menu(r.text, OPINION_WORDS) and not _listed(removed, k))]


def _bar_path(text: str) -> bool:
    """OPINION_BAR_PATH with a topic of at most three words ("Opinion | Ferries"), not a link's title after the bar."""
    return bool(OPINION_BAR_PATH.match(text)) and len(text.split("|", 1)[1].split()) <= 3


def _bare_byline(document: Document) -> list[str]:
    """A column's author named on a line of its own right above the page's date ("Jocasta Pendergast" over "Tuesday 2 June
    2026"), which the cleaner removed as a section's label: a name of two or three capitalised words, none of them an
    opinion word or the outlet's (test_own_voice_a_bare_byline_over_the_date_signs_the_column)."""
    removed, outlet = document.removed, set((document.outlet or "").lower().split())
    names = [m[1] for k, r in enumerate(removed[:-1]) if (m := NAME_LINE.match(r.text))
             and removed[k + 1].reason.startswith(STAMPS) and not SECTION_WORD.search(r.text)
             and not set(r.text.lower().split()) & outlet]
    return [name.title() if name.isupper() else name for name in names]


def _listed(removed: list[Removed], k: int) -> bool:
    """A bare label that is one item of a menu or of a row of buttons printed a line each ("World /
    Culture / Opinion / Sign in", "Like / Comment / Share"): the removed lines on both sides of it are
    as short, or one of them is another section of the site ("News" over "Opinion")
    (test_own_voice_opinion_page_by_its_labels)."""
    if len(removed[k].text.split()) > 2:
        return False
    element = _element(removed[k].reason)
    # (an HTML page's kicker in a <div> after the menu's links is no item of the menu:
    # test_own_voice_a_kicker_after_the_menu_files_the_page)
    near = [removed[j].text for j in (k - 1, k + 1) if 0 <= j < len(removed)
            and not (element and _element(removed[j].reason) not in {None, element})]
    return (len(near) == 2 and all(len(t.split()) <= 2 for t in near)) or any(
        len(t.split()) <= 2 and other_section(t, OPINION_WORDS) for t in near)


def _element(reason: str) -> str | None:
    """The HTML element a line was removed as ("outside the article's main text (page <a>)"), if any."""
    found = PAGE_ELEMENT.search(reason)
    return found.group(1) if found else None


class OwnVoice:
    """The outlet of an opinion page, and which of its sentences and speaker phrases are its own."""

    def __init__(self, document: Document, sdoc: Doc, index: ActorIndex) -> None:
        self.name = document.outlet if document.outlet and opinion_page(document) else None
        self.index = index
        self.quotes = quote_spans(doc_text(sdoc)) if self.name is not None else []
        # The names a byline signs the page with ("By Karel Dunne"), removed from the body by the cleaner.
        self.claimed = False  # whether the page has positions of its own (claim)
        # (on an HTML page the byline may be removed with the rest of the page around the text)
        self.signed = [m[1] for r in document.removed if (r.reason.startswith("byline") or (
            _element(r.reason) and len(r.text.split()) <= 5)) and (m := SIGNED_BY.match(r.text))]
        if not self.signed:
            # no byline: the columnist's note the cleaner took for the author's bio names who signs the page ("Mara
            # Quill writes on the islands every other week": test_own_voice_a_column_filed_by_its_breadcrumb)
            self.signed = list(dict.fromkeys(m[1] for r in document.removed if r.reason == "author's biography"
                                             and (m := NOTED_BY.match(r.text))))
        if not self.signed:
            self.signed = _bare_byline(document)
        # An editorial's label over one person's byline and a writer who says "I" (twice): that person's column under the
        # outlet's label ("THE COURIER SAYS", "By Jocasta Pendergast", "I sat in the gallery on Friday ..."), not the outlet's
        # unsigned view (test_own_voice_a_signed_column_under_the_outlets_label).
        self.editorial = self.name is not None and editorial_page(document) and not (
            len(self.signed) == 1 and self._first_person(sdoc) >= FIRST_PERSON)

    def _first_person(self, sdoc: Doc) -> int:
        """How many times the page's writer speaks of itself ("I", "me", "my") outside quotation marks: not after an
        odd number of quotation marks in its paragraph either (a quotation left open runs on to the paragraph's end)."""
        text = doc_text(sdoc)
        return sum(1 for t in sdoc if t.lower_ in FIRST_PERSON_WORDS and not inside(self.quotes, t.idx) and not sum(
            text.count(mark, text.rfind("\n", 0, t.idx) + 1, t.idx) for mark in '"“”') % 2)

    def outlet(self) -> Actor | None:
        """The outlet as an organisation of the article (made when it first speaks) on an editorial;
        None on a signed column or op-ed (its author speaks, whom the page does not name as a speaker)."""
        assert self.name is not None
        return self.index.organization(self.name) if self.editorial else None

    def author(self, sdoc: Doc, mentions: list[Mention]) -> Actor | None:
        """Who signs a column or an op-ed: the person its author's note describes in its first paragraphs
        ("Dorothea Wakeling is director of the Institute for Rail Studies. The opinions here are hers alone.",
        "Dr X is a consultant at Y."); None on an editorial, a news page or a column without such a note
        (test_own_voice_a_signed_columns_positions_are_its_authors)."""
        if self.name is None or self.editorial:
            return None
        body = doc_text(sdoc)
        opening = body.find("\n\n", body.find("\n\n") + 2)
        for m in sorted(mentions, key=lambda m: m.start):
            if opening != -1 and m.start > opening:
                break
            actor = self.index.by_id(m.actor) if m.actor else None
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if actor is not None and actor.kind == "person" and span is not None and _described(span.root) and (
                    not self.signed or any(actor.name.split()[-1] in name.split() for name in self.signed)):
                return actor  # (a byline naming someone else: the column describes its subject, not its author)
        if len(self.signed) == 1 and self.claimed:
            # A column signed "By X" with no note describing X: its own positions are X's
            # (test_own_voice_a_columns_byline_names_its_author).
            return self.index.person(self.signed[0])
        return None

    def claim(self, sdoc: Doc, candidates: list[Candidate],
              answers: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
        """The finders' candidates the page does not claim, and the page's own positions: each
        sentence of its own words that takes a position (its whole text; a sentence opening with a
        contrast -- "But", "Yet" -- that follows is part of it), taking the place of what a finder
        read in it ("Ms X should refuse to sign" is no position of Ms X's; "If the office concludes
        ..., he must go" reports no conclusion). A quotation in the sentence, or an interview's
        answer, keeps it the finders'."""
        if self.name is None:
            return candidates, []
        own: list[Candidate] = []
        last = -2  # the sentence the last own position ends in
        sents = list(sdoc.sents)
        for k, sent in enumerate(sents):
            if any(c.start < sent.end_char and c.end > sent.start_char for c in answers) or \
                    (own and own[-1].end >= sent.end_char):
                continue
            inner = [c for c in candidates if sent.start_char <= c.cue_start < sent.end_char]
            cue = self._position_cue(sent) or next((c for c in inner if self.speaks(c.speaker)), None)
            if cue is None or any(c.finder == "direct" or self._quotes_another(c) for c in inner) or \
                    any(c.start < sent.end_char and c.end > sent.start_char for c in candidates if c not in inner) \
                    or not _ends_sentence(sent):
                continue
            end = sent.end_char
            if k + 1 < len(sents) and _contrast(sents[k + 1]) and sents[k + 1][0].idx - end < 2 and not any(
                    sents[k + 1].start_char <= c.cue_start < sents[k + 1].end_char for c in candidates):
                end = sents[k + 1].end_char  # "We still back it. But our backing has an end."
            start, end = trim(sdoc, sent.start_char, end)
            if own and last == k - 1 and "\n" not in doc_text(sdoc)[own[-1].end:start] \
                    and _imperative(sent.root) and _imperative(sents[k - 1].root):
                # "Let the rival have the route. Let them enjoy the levy.": running imperatives of a
                # paragraph are one position (test_own_voice_a_columns_imperatives_are_its_positions);
                # other running sentences stay apart, each its own position and conditions
                own[-1].end, last = end, k
                candidates = [c for c in candidates if c not in inner]
                continue
            text, offset = (cue.cue, cue.cue_start) if isinstance(cue, Candidate) else (cue.text, cue.idx)
            own.append(Candidate(k, "position", text, offset, start, end, None, "position"))
            last = k
            candidates = [c for c in candidates if c not in inner]
        self.claimed = bool(own)
        return candidates, own

    def _quotes_another(self, cand: Candidate) -> bool:
        """A finder's report of someone else's words holding a quotation ("Since X has promised the islanders that
        the line "will never be cut in winter," she should ..."): the report is the sentence's statement, not the page's
        (test_own_voice_a_quoted_pledge_stays_the_finders)."""
        return cand.speaker is not None and not self.speaks(cand.speaker) and any(
            cand.start <= s < cand.end for s, _ in self.quotes)

    def speaks(self, speaker: Span | None) -> bool:
        """A speaker phrase that is the page itself ("we", "this newspaper"), outside quotation marks."""
        return speaker is not None and _own(speaker.root) and not inside(self.quotes, speaker.start_char)

    def _position_cue(self, sent: Span) -> Token | None:
        """The word by which the sentence takes a position in the page's own voice: a modal of
        obligation on a main verb, or a verb of stating whose subject is the page; None when the
        sentence asks, or its cue stands inside a quotation."""
        if sent.text.rstrip().endswith("?"):
            return None
        heads = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        if _imperative(sent.root) and not inside(self.quotes, sent.root.idx):
            return sent.root  # "Keep the line in public hands.", "Let the rival have the route."
        for head in heads:
            modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), None)
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if modal is None and subject is not None and _own(subject) and head.lemma_.lower() in STATING:
                modal = head
            if modal is not None and not inside(self.quotes, modal.idx) and not _attributed(head):
                return modal
        return None


# How a sentence of running text ends: a full stop, "!" or "…", before any closing quotation marks or brackets.
SENTENCE_END = re.compile(r"[.!…][\"'”’)\]]*\s*$")


def _ends_sentence(sent: Span) -> bool:
    """The sentence is one of running text, not a heading, a teaser or a link's label left in the body ("Guest column:
    Why the ferry must stay public, by X", "Read more: Let the port decide"): its own words end as a sentence does
    (test_own_voice_a_teaser_is_no_position)."""
    return bool(SENTENCE_END.search(sent.text))


def _imperative(root: Token) -> bool:
    """The sentence tells its reader what to do: its main verb in the base form opens it (after "And",
    "So", "Now", "Please" or "do not"), with no subject ("Keep the line in public hands, put the savings
    into the winter sailings", "Refuse them that", "Don't let them sell it"); not "Let's be honest", which asks nothing of
    anyone (test_own_voice_a_columns_imperatives_are_its_positions)."""
    if root.tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in root.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() != "do" for c in root.children):
        return False
    before = [t for t in root.doc[root.sent.start:root.i] if not t.is_punct]
    if any(t.dep_ not in {"cc", "advmod", "intj", "aux", "neg"} for t in before):
        return False
    return not (root.lower_ == "let" and root.i + 1 < root.sent.end and root.doc[root.i + 1].lower_ in {"'s", "’s", "us"})


def _attributed(head: Token) -> bool:
    """The main verb is reported from someone else, not the page: a speech verb set in it ("The levy,
    the union says, must go"), "according to X", "in X's view", "in the view of X" ("in our view" is
    the page's own) (test_own_voice_reported_speech_stays_the_sources)."""
    for child in head.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in SPEECH_VERBS:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is None or not self_reference(subject):
                return True
        if child.dep_ == "prep" and child.lower_ == "according":
            return True
        if child.dep_ == "prep" and child.lower_ in {"in", "to"}:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ in OPINION_NOUNS:
                source = next((c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")), None)
                if source is not None and source.lower_ not in {"our", "my"}:
                    return True
    return False


def _described(name: Token) -> bool:
    """The name is the subject of "is a <role>" ("X is director of ...", "X is a consultant at ...") or of
    the verb a standfirst or note signs the piece with ("..., argues X", "X writes in a personal capacity")."""
    verb = name.head
    if name.dep_ != "nsubj":
        return False
    return verb.lemma_ in SIGNING or (verb.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children))


def _contrast(sent: Span) -> bool:
    """The sentence opens with a coordinating conjunction or adverb of contrast ("But", "Yet")."""
    return sent[0].dep_ in {"cc", "advmod"} and sent[0].lower_ in CONTRAST


def _own(head: Token) -> bool:
    """The page itself (self_reference) or, on an opinion page, its writer's "I" ("I'd call the sale a betrayal";
    test_own_voice_a_columns_imperatives_are_its_positions)."""
    return head.lower_ == "i" or self_reference(head)


def self_reference(head: Token) -> bool:
    """"we", or "this newspaper" / "this column": the page naming itself."""
    return head.lower_ == "we" or (head.lemma_.lower() in SELF_NOUNS
                                   and any(c.dep_ == "det" and c.lower_ == "this" for c in head.children))
