"""Judge every line of a plain-text article: body, title, or boilerplate with a reason.

Local rules look at one line (shape, credit, caption, language, interface words);
context rules look at its neighbours (repetition, teasers between paragraphs, labels).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Removed
from .dates import date_in_line
from .furniture import NUMBERED, local_reason, mark_blocks, numbered_run, protected_lines
from .language import article_language, script_of
from .lines import (
    BULLET,
    BYLINE,
    CREDIT,
    LABEL_TAGS,
    NAME_TAG,
    REPORTING,
    SECTION_WORDS,
    STAFF_CREDIT,
    SUMMARY_LABEL,
    TIMESTAMP,
    LineShape,
    breadcrumb,
    caption_match,
    consent_reason,
    content_words,
    foreign_language,
    interface_reason,
    is_punctuation_only,
    menu_reason,
    promotion_reason,
    script_notice_reason,
    section_labels,
    sentence_case_headline,
    shape,
    site_and_programme,
    site_and_section,
    tagline,
)
from .styles import (
    mark_about_boilerplate,
    mark_author_card,
    mark_comments,
    mark_method_note,
    mark_release_tail,
    mark_self_description,
    mark_tagline,
    style_reason,
)
from .wrapping import join_wrapped

# "Name: Headline" and "Headline – Name": teasers that carry the quoted person or source.
TAGGED_TEASER = re.compile(r"^[A-Z][\w.'’ -]{2,40}:\s+\S|\s[–—]\s+[A-Z][\w.'’ -]{2,30}$")
# "2 hours ago", "Updated 5 mins ago": a page's relative time stamp, alone on its line.
RELATIVE_TIME = re.compile(r"^(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
                           r"weeks?)\s+ago\.?$", re.I)
# After the last sentence, a sentence-case line of ten words or more, or one reporting speech
# ("..., Vask said"), that only lacks its full stop is the article's last paragraph, not a link
# (test_text_keeps_last_paragraph_*).
LONG_UNPUNCTUATED = 10
FURNITURE = "repeated across articles of the corpus (site furniture)"
# Site names and menus are one to four words; a shared line of five or more before the body is a
# syndicated headline (test_metadata_title_*).
SHARED_TITLE_MIN_WORDS = 5
# A teaser shares few content words with the paragraphs around it; a real subheading
# announces the next paragraph. 0.34 separates the two on the example and dev corpora (teasers
# ≤ 0.29, subheadings ≥ 0.5) and on the written cases of tests/clean/test_text.py.
SUBHEADING_OVERLAP = 0.34
# A "Name: Headline" line is a teaser unless half its words announce the paragraphs around it
# (a real subheading with a colon, test_text_keeps_*).
TAGGED_SUBHEADING_OVERLAP = 0.5
# Neighbours that make a headline-shaped line a link: menus, labels, interface, other furniture.
# A caption, credit, date or foreign line beside a subheading says nothing about it.
LINK_FURNITURE = ("site interface", "navigation or section label", "repeated label", "repeated across articles",
                  "the outlet's", "summary widget", "stray words")


@dataclass
class CleanText:
    title: str | None
    title_index: int | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _local_reason(line: LineShape, script: str, lang: str) -> str | None:
    text = line.text
    if is_punctuation_only(text):
        return "punctuation only"
    if CREDIT.match(text):
        return "photo credit"
    if STAFF_CREDIT.match(text) and line.n <= 20:
        return "byline (reporting and editing credits)"
    if caption_match(text):
        return "image caption (credit, pixel width, date)"
    reason = (foreign_language(line, script, lang) or consent_reason(line) or interface_reason(line)
              or script_notice_reason(line) or promotion_reason(line) or menu_reason(line))
    if reason:
        return reason
    if BYLINE.match(text) and line.n <= 14 and not line.sentence:
        return "byline (author and date)"
    if (TIMESTAMP.match(text) and date_in_line(text)) or RELATIVE_TIME.match(text):
        return "time stamp"
    # The line, or one of its |-separated parts, is a date with at most a weekday, time or zone.
    if line.n <= 10 and not line.sentence and date_in_line(text):
        return "date line"
    return None


def classify(raw_lines: list[str], known_title: str | None = None, furniture: frozenset[str] = frozenset(),
             outlets: frozenset[str] = frozenset(), headings: frozenset[str] = frozenset(),
             extracted: bool = False) -> CleanText:
    """Split an article's lines into title, body paragraphs and removed boilerplate.

    `furniture` holds normalised lines repeated across the corpus; `outlets` the names of the
    publications the corpus comes from (their own labels are not article text).
    """
    lines, ends = join_wrapped([" ".join(line.split()) for line in raw_lines])
    shapes = [shape(line) for line in lines]
    prose = [s for s in shapes if s.sentence and s.n >= 6] or shapes
    script = script_of(" ".join(s.text for s in prose)[:2000]) or "LATIN"
    lang = article_language([w for s in prose for w in s.words][:400])
    reasons: list[str | None] = [None] * len(lines)
    nonblank = [i for i, line in enumerate(lines) if line]

    strong, soft = protected_lines(raw_lines, lines, nonblank)
    soft |= {i for i in nonblank if lines[i] in headings}  # the page set it as a subheading
    protected = strong | soft
    last = nonblank[-1] if nonblank else 0
    in_summary = False
    for i in nonblank:
        s = shapes[i]
        if in_summary and BULLET.match(lines[i]):
            reasons[i] = "summary widget"
            continue
        in_summary = False
        if SUMMARY_LABEL.match(lines[i]):
            reasons[i], in_summary = "summary widget", True
            continue
        reasons[i] = None if i in strong else (_local_reason(s, script, lang) or local_reason(s, i, last)
                                               or style_reason(s))
        if reasons[i] is None and norm(lines[i]) in furniture:
            reasons[i] = FURNITURE
        if reasons[i] is None and not s.sentence:
            reasons[i] = outlet_label_reason(lines[i], outlets)

    mark_tagline(lines, reasons, nonblank)
    mark_release_tail(lines, reasons, nonblank)
    mark_about_boilerplate(lines, reasons, nonblank)
    mark_comments(lines, reasons, nonblank)
    mark_method_note(lines, reasons, nonblank)
    mark_author_card(lines, reasons, nonblank)
    mark_self_description(lines, reasons, nonblank, outlets)
    title_index = _find_title(lines, shapes, reasons, nonblank, known_title)
    title = known_title or (lines[title_index] if title_index is not None else None)
    # In the main text an HTML extractor kept, a repeated line is the article's (a recipe's steps,
    # a refrain, a code listing); only the title's repeat is dropped (test_text_html_repeats_kept).
    _mark_repeats(lines, shapes, reasons, nonblank, title, title_index, titles_only=bool(headings) or extracted)
    _mark_pull_quotes(lines, reasons, nonblank, title_index)
    mark_blocks(lines, shapes, reasons, nonblank, protected | ({title_index} if title_index is not None else set()))
    _mark_labels_and_teasers(lines, shapes, reasons, nonblank, title_index, protected)

    removed = [Removed(lines[i], r) for i in nonblank if (r := reasons[i]) is not None]
    body_idx = [i for i in nonblank if reasons[i] is None and i != title_index]
    return CleanText(title, title_index, _paragraphs(lines, ends, body_idx), removed)


def outlet_label_reason(line: str, outlets: frozenset[str]) -> str | None:
    """The outlet's own name alone (masthead, sign-off), or followed by a section word or a tag
    ("Outlet Analysis", "Outlet Explains: ..."): the publication labelling itself, not article text."""
    folded = line.casefold()
    for name in sorted(outlets, key=lambda n: (-len(n), n)):  # the longest name first, in a fixed order
        # A masthead with its article ("THE DAILY NORTHER", "The Workshop") is the name too.
        if folded == name.casefold() or folded == "the " + name.casefold():
            return "the outlet's name (masthead or sign-off)"
        if line.startswith(name + " ") or line.endswith(" " + name):
            rest = (line[len(name):] if line.startswith(name) else line[:-len(name)]).strip()
            # Up to three words make a section label; a longer remainder is a headline that may
            # merely begin with the name, unless it is tagged with a colon ("Outlet Explains: ...").
            if len(rest.split()) <= 3 and rest[:1].isupper() and ":" not in rest:
                return "the outlet's own section label"
            if re.match(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s", rest):
                return "the outlet's own teaser (its name as a tag)"
            if tagline(rest):
                return "the outlet's name and tagline"
    return None


def _find_title(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                known_title: str | None) -> int | None:
    if nonblank and reasons[nonblank[0]] is None and site_and_section(lines[nonblank[0]]) is not None:
        reasons[nonblank[0]] = "site name and section label"  # "Quay Business Review | Interviews"
    # "Quay FM – Harbour Talk" over a headline: the site and its programme.
    elif len(nonblank) > 1 and reasons[nonblank[0]] is None and reasons[nonblank[1]] is None \
            and site_and_programme(lines[nonblank[0]], shapes[nonblank[1]]):
        reasons[nonblank[0]] = "site name and section label"
    if known_title:
        return next((i for i in nonblank if norm(lines[i]) == norm(known_title)), None)
    # The headline is the first line left standing before the first body sentence, shaped
    # like a headline (no closing full stop, three words or more).
    for i in nonblank:
        s = shapes[i]
        # A headline shared with another article of the corpus (a syndicated story) was marked as
        # furniture; five words or more in the headline's place make it this article's title.
        if reasons[i] == FURNITURE and s.n >= SHARED_TITLE_MIN_WORDS and not s.sentence:
            reasons[i] = None
            return i
        if reasons[i] is not None:
            continue
        if breadcrumb(lines[i]):
            reasons[i] = "navigation or section label"
            continue
        # A short cry in capitals over a standfirst and byline is a tabloid's headline ("HANDS OFF
        # OUR X!"; test_text_title_short_exclamation).
        if s.sentence and (s.n >= 6 or (s.n >= 3 and lines[i].rstrip().endswith(("!", "?")))):
            return i if _above_byline(lines, shapes, reasons, nonblank, i) else None
        if not s.sentence and 3 <= s.n <= TITLE_MAX_WORDS and len(lines[i]) <= TITLE_MAX_CHARS:
            return _headline_under_menu(lines, shapes, reasons, nonblank, i)
    return None


def _headline_under_menu(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                         i: int) -> int:
    """A page prints its name and tagline, its menu, then the headline over the byline or date: a
    headline-shaped line under the outlet's name and above the menu ("Portlen Gazette" / "Serving
    the northern coast since 1903" / "NEWS | DEFENCE") is the masthead's tagline when a
    headline-shaped line under the menu stands over a byline or date; with no masthead above, the
    first line is the headline and the second its standfirst (test_text_title_under_the_menu).
    Returns that line, else `i`."""
    before = [j for j in nonblank if j < i]
    if not before or not (reasons[before[-1]] or "").startswith("the outlet's"):
        return i
    after = [j for j in nonblank if j > i]
    if not after or not ((reasons[after[0]] or "").startswith("navigation") or section_labels(lines[after[0]])):
        return i
    for j in after[1:]:
        if reasons[j] is not None:
            continue
        s = shapes[j]
        if s.sentence or not 3 <= s.n <= TITLE_MAX_WORDS or len(lines[j]) > TITLE_MAX_CHARS:
            return i
        below = [k for k in nonblank if k > j][:TITLE_BYLINE_WITHIN]
        dated = any((r := reasons[k]) is not None and r.startswith(("byline", "date line", "time stamp")) for k in below)
        return j if dated else i
    return i


# Headlines run to about twenty words; a longer unpunctuated line is a text that lost its line
# breaks or its full stops, never a title (test_text_title_never_a_giant_line).
TITLE_MAX_WORDS, TITLE_MAX_CHARS = 40, 300
# A page prints headline, at most a standfirst, then the byline: a headline ending in "?" or "!"
# is still the title when a byline follows within this many lines (test_metadata_title_*).
TITLE_BYLINE_WITHIN = 2


def _above_byline(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                  i: int) -> bool:
    """A line at the top that does not end with a full stop, followed by a byline, is the headline:
    a question or exclamation ("Can the Coast Afford It?" / standfirst / "By A. Writer | 4 March
    2025"), or a headline ending on a quotation ("FARE HIKE! Bus plan ‘would strand the villages’");
    a lead sentence ends with a full stop."""
    if re.search(r"[.…]$", lines[i].rstrip("\"'”’»)")) or shapes[i].n > 25:
        return False
    after = [j for j in nonblank if j > i][:TITLE_BYLINE_WITHIN]
    # A dated label counts as a byline ("Explainer: Will X sign?" / "Site | Politics" / "2 April 2028").
    if any((r := reasons[j]) is not None and r.startswith(("byline", "date line", "time stamp")) for j in after):
        return True
    # A headline that is one quotation ("“I will not be anyone's governor”"), then a standfirst and
    # the date or byline within three lines (test_text_title_quotation_*).
    later = [j for j in nonblank if j > i][:TITLE_BYLINE_WITHIN + 1]
    return bool(QUOTED_LINE.match(lines[i].strip()) or LABELLED_QUOTE.match(lines[i].strip())) and any(
        (r := reasons[j]) is not None and r.startswith(("byline", "date line", "time stamp")) for j in later)


def _mark_repeats(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                  title: str | None, title_index: int | None, titles_only: bool = False) -> None:
    counts: dict[str, int] = {}
    for i in nonblank:
        counts[norm(lines[i])] = counts.get(norm(lines[i]), 0) + 1
    seen: set[str] = set()
    for i in nonblank:
        key = norm(lines[i])
        if reasons[i] is None and i != title_index:
            if title and key == norm(title):
                reasons[i] = "repeated title"
            elif titles_only:
                pass
            elif counts[key] > 1 and not shapes[i].sentence:
                reasons[i] = f"repeated label ({counts[key]} times in this article)"
            elif key in seen:
                reasons[i] = "repeated line"
        seen.add(key)


# A line that is one quotation: opening and closing quotation marks around the whole of it.
# A name and a reporting verb closing a line with a colon: the paragraph below is what was said.
INTRODUCES_NEXT = re.compile(r"^[A-Z][\w.'’-]+\s+(?:said|says|added|adds|continued|continues|wrote|writes|"
                             r"explained|explains|concluded|tweeted|replied|responded|argued|insisted|declared):$")
QUOTED_LINE = re.compile(r"^[\"“‘'«](?P<inner>[^\"“”«»]{20,})[\"”’'»]$")
# A headline of a label and a quotation, either way round: 'Harbour master: "We will not reopen"',
# '"We will not reopen ...": the harbour master on the storm'
# (tests/clean/test_text.py::test_text_title_labelled_quotation_over_a_date_line).
LABELLED_QUOTE = re.compile(r"^(?:[^\"“”:]{3,60}:\s*[\"“‘«][^\"“”«»]{15,}[\"”’»]|"
                            r"[\"“‘«][^\"“”«»]{15,}[\"”’»]:\s*[^\"“”]{3,120})$")
QUOTE_MARKS = re.compile(r"[\"“”‘’'«»]")
# A pull quote repeats a sentence, not a word or two ("“No.”" may be said twice).
PULL_QUOTE_MIN_WORDS = 6


def _mark_pull_quotes(lines: list[str], reasons: list[str | None], nonblank: list[int],
                      title_index: int | None) -> None:
    """A line that is only a quotation repeated inside a longer line of the article: a pull quote the
    page set apart for display ("“Every boat counts.”" beside "“Every boat counts,” Vask said."). A
    quotation said once, on its own line, is body (test_text_*_pull_quote_*)."""
    def bare(text: str) -> str:
        return norm(QUOTE_MARKS.sub("", text)).strip(" .,;:!?…")

    for i in nonblank:
        m = QUOTED_LINE.match(lines[i].strip())
        if reasons[i] is not None or i == title_index or m is None:
            continue
        inner = bare(m["inner"])
        if len(inner.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        if any(j != i and reasons[j] is None and len(lines[j]) > len(lines[i]) and inner in bare(lines[j])
               for j in nonblank):
            reasons[i] = "pull quote (repeats a sentence of the article)"


def _mark_labels_and_teasers(lines: list[str], shapes: list[LineShape], reasons: list[str | None],
                             nonblank: list[int], title_index: int | None, protected: set[int]) -> None:
    body_sentences = [i for i in nonblank if reasons[i] is None and shapes[i].sentence and shapes[i].n >= 6]
    last_sentence = body_sentences[-1] if body_sentences else -1
    first_sentence = body_sentences[0] if body_sentences else len(lines)
    introduced = False  # inside a list the article introduced with a colon ("His demands:")
    for pos, i in enumerate(nonblank):
        s = shapes[i]
        if not BULLET.match(lines[i]):
            introduced = reasons[i] is None and lines[i].endswith(":") and s.n >= 2
        elif introduced and reasons[i] is None:
            continue
        if reasons[i] is not None or i == title_index or s.sentence or i in protected:
            continue
        # A numbered list inside the article ("1. Finland" / "2. Norway" ...) is the article's.
        if i < last_sentence and NUMBERED.match(lines[i]) and numbered_run(lines, nonblank, pos):
            continue
        if s.n <= 2 and INTRODUCES_NEXT.match(lines[i].strip()) and pos + 1 < len(nonblank) \
                and shapes[nonblank[pos + 1]].sentence:
            continue  # "Garrow added:" over a paragraph: the cue of what follows (tests/clean/test_text.py)
        if s.n <= 2:
            reasons[i] = ("stray words after the end of the article" if i > last_sentence
                          else "navigation or section label")
            continue
        if i > last_sentence and last_sentence >= 0 and (
                s.headline or (s.n < LONG_UNPUNCTUATED and not REPORTING.search(lines[i])) or _section_tagged(lines[i])):
            reasons[i] = "headline after the end of the article (related link)"
            continue
        # A sentence-case headline inside the body ("Chef Ana Brel slams critics after flop") is
        # judged like a title-case one; before the body it may be the standfirst.
        if not (s.headline or (i > first_sentence and sentence_case_headline(s))):
            continue
        neighbours = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
        overlap = _overlap(lines[i], [lines[j] for j in neighbours if reasons[j] is None])
        if any((r := reasons[j]) is not None and r.startswith(LINK_FURNITURE) for j in neighbours):
            reasons[i] = "related-article teaser (headline beside other page furniture)"
        elif TAGGED_TEASER.search(lines[i]) and overlap < TAGGED_SUBHEADING_OVERLAP:
            reasons[i] = "related-article teaser (headline tagged with a name)"
        elif (tag := _unmentioned_tag(lines, nonblank, i)) is not None:
            reasons[i] = f"related-article teaser (headline quoting {tag}, whom the article never mentions)"
        elif overlap < SUBHEADING_OVERLAP:
            reasons[i] = "related-article teaser (headline unrelated to the paragraphs around it)"


def _section_tagged(line: str) -> bool:
    """"Opinion: Headline", "Analysis: ...": a headline tagged with a section of the site."""
    m = NAME_TAG.match(line)
    return m is not None and all(w.lower() in SECTION_WORDS for w in m["tag"].split())


def _unmentioned_tag(lines: list[str], nonblank: list[int], i: int) -> str | None:
    """The name of a "Name: Headline" line when no other line of the article mentions it: a teaser
    for another story quoting another person. A subheading quoting the article's own speaker
    ("Vask: The Boats Come First") names someone the article reports (test_text_*_tagged_*)."""
    m = NAME_TAG.match(lines[i])
    if m is None:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", m["tag"]) if len(w) > 2]
    if not words or any(w.lower() in LABEL_TAGS for w in words):
        return None
    rest = " ".join(lines[j] for j in nonblank if j != i)
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", rest, re.I) for w in words):
        return None
    return m["tag"]


def _overlap(headline: str, around: list[str]) -> float:
    words = content_words(headline)
    near = set().union(*(content_words(t) for t in around)) if around else set()
    return len(words & near) / len(words) if words else 0.0


def _paragraphs(lines: list[str], ends: dict[int, int], body_idx: list[int]) -> list[str]:
    """Kept lines as paragraphs; a line cut short (no closing punctuation, the next line starting
    in lower case, no blank line between) is joined to its continuation."""
    paragraphs: list[str] = []
    previous_end = -2
    for i in body_idx:
        if (paragraphs and i == previous_end + 1 and not re.search(r"[.!?:\"”’)]$", paragraphs[-1])
                and lines[i][:1].islower()):
            paragraphs[-1] += " " + lines[i]
        else:
            paragraphs.append(lines[i])
        previous_end = ends.get(i, i)
    return paragraphs
