"""Blocks of links the page sets around an article: the lines under a label ("MOST READ", "Read also:",
"Media contacts"), a numbered list of other stories' headlines, a live page's index of timed
entries. `mark_blocks` reads a line's place under its label; furniture.py judges a line alone, and
protected.py keeps the article's own lists and turns out of these rules."""

from __future__ import annotations

import re

from .lines import LineShape

# "Contact:", "Media contacts", "For more information": the label of a release's block of contact lines.
CONTACT_WORDS = r"(?:media |press |investor )?contacts?|media enquiries|press enquiries|for (?:more|further) information"
# Labels that head a block of links to other stories: "MOST READ", "YOU MAY ALSO LIKE", "Read also:".
BLOCK_LABEL = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|read (?:more|also|next)(?: \w+)?|also read|"
    r"read more (?:from|on|in|about) [^.!?]{1,40}|"
    r"more (?:on|from|in|of|stories|news|interviews|explainers|analysis|videos|coverage|like this)\b.*|related from\b.*|"
    r"most (?:read|popular|shared|viewed|watched)\b.*|related(?: articles| stories| coverage| content| links| news| reading)?|"
    r"also (?:of interest|on|in)\b.*|trending(?: now)?|recommended(?: for you| reading)?|top stories|editor['’]?s picks|"
    r"popular(?: now)?|in other news|further reading|what to read next|don['’]?t miss|elsewhere on\b.*|"
    r"key (?:events|moments|updates)|latest (?:news|stories|headlines)|more headlines|see also|"
    # "More fact checks", "Related audio", "More for you": more of the site's own kinds of page.
    r"(?:more|related|other|latest) (?:fact[- ]?checks?|explainers?|audio|videos?|podcasts?|episodes?|programmes?|"
    r"press releases|releases|posts|reads|for you|to (?:read|watch|listen to|explore))|"
    # "Sponsored · Brand", "Sponsored content", "Paid content": a block of advertisements.
    # "Also by this writer", "More from this columnist": the author's other pieces.
    r"(?:also|more) (?:by|from) (?:this|the same) (?:writer|author|columnist|reporter|correspondent)|"
    r"(?:sponsored|promoted|paid (?:content|post|partnership)|partner content)(?: content| stories| links| posts)?"
    r"(?:\s*[·|•:-]\s*[^.!?]{1,40})?|"
    # ... and a release's block of contact lines.
    + CONTACT_WORDS + r")\s*:?\s*$", re.I)
# "16:05 Assembly passes fare freeze, 31-22": a live page's index entry, time then headline.
TIMED_HEADLINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:[A-Z]{2,4}\s+)?[A-Z‘'\"“]")
# A live entry's own stamp with its zone or half of the day ("14.35 BST", "9.45am"), over its entry's text: no index
# entry (its zone is no headline), and kept from the label rule (teasers.py) as the same stamp with a colon is, whose
# three words the line-shape counts; a bare "14:20" is left to that rule (the written batches' gold calls those
# furniture or optional, the zoned ones content; test_furniture_blocks_keep_live_entries_qa_tables_and_dated_lists).
ZONED_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:(?i:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?|[A-Z]{2,4})$")
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")


CONTACT_LABEL = re.compile(r"^(?:" + CONTACT_WORDS + r")\s*:?\s*$", re.I)


# A label is no paragraph: "More from the hatchery. X has not moved its prices ..." opens a live entry's text with a
# label's words (tests/clean/test_furniture.py::test_furniture_block_label_words_opening_a_paragraph).
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+\S")


# A label quotes no one: "Also on the radio, a former pilot: "If ..."" opens a paragraph with a label's words and goes
# on to a quotation (tests/clean/test_furniture.py::test_furniture_block_label_words_opening_a_paragraph).
QUOTATION = re.compile(r"[\"“][^\"”]{20,}")
# ... and a long one ending as a sentence ends is a paragraph ("Also on Tuesday, the finance committee voted seven to two
# to delay the reopening."; the review, session 42): a label of links rarely ends with a full stop.
LABEL_WORDS = 12
PROSE_END = re.compile(r"[.!?][\"'”’)]*$")


# "Trending now >> Headline >> Headline": a label and its links on one line (tests/clean/test_furniture.py::
# test_furniture_label_and_its_links_on_one_line).
ROW_SEPARATOR = re.compile(r"\s+(?:>>|»|›|\||·|•)\s+")


def teaser_row(text: str) -> bool:
    """A label of three words at most ("Trending now", "Most read"; not "Also on the ballot", whose open-ended label
    takes any words) and two links or more after it."""
    parts = ROW_SEPARATOR.split(text.strip())
    label = parts[0].rstrip(":")
    return len(parts) >= 3 and len(label.split()) <= 3 and is_block_label(label)


def is_block_label(text: str) -> bool:
    return bool(BLOCK_LABEL.match(text)) and not SENTENCE_BREAK.search(text) and not QUOTATION.search(text) and not (
        len(text.split()) > LABEL_WORDS and PROSE_END.search(text))


def mark_blocks(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                protected: set[int]) -> None:
    """The lines under a teaser-block label, up to a blank line or a sentence of the article, are
    links to other stories; so is a numbered headline ("4. Why you should ...") or a timed index
    entry ("18:47 Council passes cap") anywhere (test_furniture_blocks_*)."""
    prose = [i for i in nonblank if reasons[i] is None and shapes[i].sentence and shapes[i].n >= 6]
    last_prose = prose[-1] if prose else -1  # a numbered list inside the article is the article's
    for pos, i in enumerate(nonblank):
        text = lines[i]
        if i in protected:
            pass
        elif reasons[i] is None and not shapes[i].sentence and TIMED_HEADLINE.match(text) and not ZONED_STAMP.match(
                text.strip()):
            reasons[i] = "live-page index entry (time and headline)"
        elif reasons[i] is None and i > last_prose and NUMBERED.match(text) and not re.search(r"[.!?:;\"”’)]$", text) \
                and len(text.split()) >= 4 and numbered_run(lines, nonblank, pos):
            reasons[i] = "related-article teaser (numbered list of other stories)"
        if reasons[i] is None and i not in protected and not shapes[i].sentence and teaser_row(text):
            reasons[i] = "related-article teaser (a label and its links on one line)"
        if not is_block_label(text):
            continue
        if reasons[i] is None:
            reasons[i] = "teaser-block label"
        previous = i
        for j in nonblank[pos + 1:]:
            if j > previous + 1 or j in protected:  # a blank line or the article's own line ends the block
                break
            # Teasers end in "?" or "!" as often as not; a line ending with a full stop is prose.
            if (re.search(r"[.…][\"'”’»)\]]*$", lines[j]) and shapes[j].n >= 6 and reasons[j] is None
                    and not NUMBERED.match(lines[j])):
                break
            if reasons[j] is None:
                kind = "contact details" if CONTACT_LABEL.match(text) else "related-article teaser"
                reasons[j] = f"{kind} (under '{text[:40]}')"
            previous = j


def numbered_run(lines: list[str], nonblank: list[int], pos: int) -> bool:
    """The numbered line stands in a list of two or more numbered lines without full stops."""
    near = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
    return any(NUMBERED.match(lines[j]) and not re.search(r"[.!?]$", lines[j]) for j in near)
