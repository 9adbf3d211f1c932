"""Which line is the article's headline: the first line left standing before the body that is
shaped like one, after the site's name and section, a menu or a masthead's tagline are set aside,
and with the byline or date a page prints under its headline as the tie-breaker."""

from __future__ import annotations

import re

from .lines import QUOTED_LINE, LineShape, norm, whole_word
from .navigation import (
    breadcrumb,
    masthead_over_repeated_headline,
    section_labels,
    site_and_programme,
    site_and_section,
)

FURNITURE = "repeated across articles of the corpus (site furniture)"
# Site names and menus are one to four words; a shared line of five or more before the body is a
# syndicated headline (test_metadata_title_*).
SHARED_TITLE_MIN_WORDS = 5
# Headlines run to about twenty words; a longer unpunctuated line is a text that lost its line
# breaks or its full stops, never a title (test_text_title_never_a_giant_line).
TITLE_MAX_WORDS, TITLE_MAX_CHARS = 40, 300
# A page prints headline, at most a standfirst, then the byline: a headline ending in "?" or "!"
# is still the title when a byline follows within this many lines (test_metadata_title_*).
TITLE_BYLINE_WITHIN = 2
# A headline may be two short sentences; a lead paragraph runs longer (_above_byline).
TWO_SENTENCE_MAX_WORDS = 20
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")
# A headline of a label and a quotation, either way round: 'Harbour master: "We will not reopen"',
# '"We will not reopen ...": the harbour master on the storm'
# (tests/clean/test_text.py::test_text_title_labelled_quotation_over_a_date_line).
LABELLED_QUOTE = re.compile(r"^(?:[^\"“”:]{3,60}:\s*[\"“‘«][^\"“”«»]{15,}[\"”’»]|"
                            r"[\"“‘«][^\"“”«»]{15,}[\"”’»]:\s*[^\"“”]{3,120})$")


def find_title(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                known_title: str | None) -> int | None:
    below = lines[nonblank[1]] if len(nonblank) > 1 else None
    if nonblank and reasons[nonblank[0]] is None and site_and_section(lines[nonblank[0]], below) is not None:
        reasons[nonblank[0]] = "site name and section label"  # "Quay Business Review | Interviews"
    # "Quay FM – Harbour Talk" over a headline: the site and its programme.
    elif len(nonblank) > 1 and reasons[nonblank[0]] is None and reasons[nonblank[1]] is None \
            and site_and_programme(lines[nonblank[0]], shapes[nonblank[1]]):
        reasons[nonblank[0]] = "site name and section label"
    if known_title:
        return next((i for i in nonblank if norm(lines[i]) == norm(known_title)), None)
    if nonblank and reasons[nonblank[0]] is None and masthead_over_repeated_headline([lines[i] for i in nonblank]):
        reasons[nonblank[0]] = "the masthead over the headline the page prints twice"
        return nonblank[1]
    under_path = _under_breadcrumb(lines, shapes, reasons, nonblank)
    if under_path is not None:
        return under_path
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
            if _masthead_over_menu(lines, shapes, reasons, nonblank, i):
                reasons[i] = "the masthead over the menu"
                continue
            named = _name_under_menu(lines, shapes, reasons, nonblank, i)
            if named is not None:
                return named
            promoted = _under_own_promotion(lines, shapes, reasons, nonblank, i)
            return promoted if promoted is not None else _headline_under_menu(lines, shapes, reasons, nonblank, i)
    return None


# A programme's or column's name is a few capitalised words ("The Morning Ledger"); a headline runs longer.
PROGRAMME_MAX_WORDS = 4


def _name_under_menu(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                     i: int) -> int | None:
    """A programme's or column's name right under the site's menu ("Listen Live | Podcasts | Schedule" / "The
    Morning Ledger"), then a longer headline over its byline or date: that next line is the headline
    (tests/clean/test_text.py::test_text_title_under_a_programme_name)."""
    before = [k for k in nonblank if k < i]
    # (a tabloid's cry in capitals over its standfirst is the headline: "HANDS OFF OUR X", test_batches q_accept)
    # (a section kicker may end lower-case, "Port Town sport": test_text_title_under_a_section_kicker)
    if not before or shapes[i].n > PROGRAMME_MAX_WORDS or lines[i].isupper() or not lines[i][:1].isupper():
        return None
    if not _menu(lines, reasons, before[-1]):
        return None
    j = next((k for k in nonblank if k > i), None)
    if j is None or reasons[j] is not None or shapes[j].n <= PROGRAMME_MAX_WORDS or shapes[j].n > TITLE_MAX_WORDS:
        return None
    headline = not shapes[j].sentence or bool(LABELLED_QUOTE.match(lines[j].strip()))
    if not headline or not _dated_below(reasons, nonblank, j, TITLE_BYLINE_WITHIN):
        return None
    reasons[i] = "a programme's or column's name under the menu"
    return j


def _masthead_over_menu(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                        i: int) -> bool:
    """The page's first line, a name of a few words ("the DAILY X"), right over the site's menu ("NEWS | SPORT |
    MONEY") is its masthead, not the headline, when a headline-shaped line further down stands over a byline or date
    (tests/clean/test_text.py::test_text_title_under_a_masthead_and_its_menu)."""
    if i != nonblank[0] or shapes[i].n > PROGRAMME_MAX_WORDS or len(nonblank) < 3:
        return False
    menu = nonblank[1]
    if not _menu(lines, reasons, menu):
        return False
    # (a headline may ask or cry: "Head to head: does the town need X?" under a radio station's masthead and menu,
    # tests/clean/test_metadata.py::test_metadata_outlet_radio_masthead_with_its_frequency)
    return any(reasons[j] is None and (not shapes[j].sentence or lines[j].rstrip().endswith(("?", "!")))
               and PROGRAMME_MAX_WORDS < shapes[j].n <= TITLE_MAX_WORDS
               and _dated_below(reasons, nonblank, j, TITLE_BYLINE_WITHIN) for j in nonblank[2:6])


def _menu(lines: list[str], reasons: list[str | None], k: int) -> bool:
    """Line `k` is the site's menu or interface, or a path of section labels ("NEWS | SPORT", "Opinion | Editorials")."""
    return (reasons[k] or "").startswith(("navigation", "site interface")) or section_labels(lines[k])


def _under_breadcrumb(lines: list[str], shapes: list[LineShape], reasons: list[str | None],
                     nonblank: list[int]) -> int | None:
    """The site's name, its menu, a breadcrumb path ("Forums > Local Issues"), then a line shaped like a headline
    (no closing full stop, a question or a cry allowed): that line is the page's heading even with no byline under
    it, as on a forum thread whose first post follows a pager and the poster's name; the name on top is the masthead
    (tests/clean/test_text.py::test_text_title_under_masthead_menu_and_breadcrumb)."""
    at = next((n for n, k in enumerate(nonblank[:4]) if (reasons[k] or "") == "navigation breadcrumb"), None)
    if at is None or at < 2 or not _menu(lines, reasons, nonblank[at - 1]):
        return None
    crumb = nonblank[at]
    # (every line above the breadcrumb but the first, the masthead, is already furniture)
    if any(reasons[k] is None for k in nonblank[1:at]):
        return None
    j = next((k for k in nonblank if k > crumb), None)
    if j is None or reasons[j] is not None or not 3 <= shapes[j].n <= TITLE_MAX_WORDS:
        return None
    if re.search(r"[.…]$", lines[j].rstrip("\"'”’»)")) or len(lines[j]) > TITLE_MAX_CHARS:
        return None
    if reasons[nonblank[0]] is None:
        reasons[nonblank[0]] = "the masthead over the menu"
    return j


def _dated_below(reasons: list[str | None], nonblank: list[int], j: int, within: int) -> bool:
    """A byline, date line or time stamp within `within` lines under line `j`."""
    below = [k for k in nonblank if k > j][:within]
    return any((r := reasons[k]) is not None and r.startswith(("byline", "date line", "time stamp")) for k in below)


def _under_own_promotion(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                         i: int) -> int | None:
    """A line naming the outlet itself under its masthead ("NOVA24" ... "Watch Nova24 live") is the
    site's promotion when the next line is headline-shaped and stands over the date or byline: that
    line is the headline (tests/clean/test_text.py::test_text_title_under_the_sites_promotion)."""
    names = [lines[k].strip() for k in nonblank if k < i and (reasons[k] or "").startswith("the outlet's")]
    # (the name opening the line is a headline's subject: "Nova24 wins press award" is about the site)
    if not names or not any(whole_word(n).search(lines[i])
                            and not lines[i].lower().startswith(n.lower()) for n in names):
        return None
    j = next((k for k in nonblank if k > i), None)
    if j is None or reasons[j] is not None or shapes[j].sentence or not 3 <= shapes[j].n <= TITLE_MAX_WORDS:
        return None
    if not _dated_below(reasons, nonblank, j, TITLE_BYLINE_WITHIN):
        return None
    reasons[i] = "the site's promotion of itself"
    return j


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
    # (the menu may be the site's interface, "Menu | Search | Subscribe | Sign in", and a section path
    # may follow it, "Opinion | Editorials": test_text_title_under_interface_menu_and_section_path)
    if not after or not _menu(lines, reasons, after[0]):
        return i
    for j in after[1:]:
        s = shapes[j]
        # (a one- or two-word kind label over the headline, "Q&A", "Analysis", is no headline:
        # test_text_title_under_the_menu_and_a_kind_label)
        if reasons[j] is not None or section_labels(lines[j]) or (s.n <= 2 and not s.sentence):
            continue
        if s.sentence or not 3 <= s.n <= TITLE_MAX_WORDS or len(lines[j]) > TITLE_MAX_CHARS:
            return i
        # Under a masthead and a menu, a standfirst and an unlabelled credit ("The Editorial Board") may
        # stand between the headline and its date (test_text_title_under_the_menu_credit_then_date).
        if not _dated_below(reasons, nonblank, j, TITLE_BYLINE_WITHIN + 1):
            return i
        if norm(lines[i]) != norm(lines[j]):  # (the headline printed twice is a repeated title, marked later)
            reasons[i] = "the masthead's tagline"
        return j
    return i


def _above_byline(lines: list[str], shapes: list[LineShape], reasons: list[str | None], nonblank: list[int],
                  i: int) -> bool:
    """A line at the top that does not end with a full stop, followed by a byline, is the headline:
    a question or exclamation ("Can the Coast Afford It?" / standfirst / "By A. Writer | 4 March
    2025"), or a headline ending on a quotation ("FARE HIKE! Bus plan ‘would strand the villages’");
    a lead sentence ends with a full stop."""
    # A headline of two sentences or more ("The fees are not the problem. The board is."), headline-long, over a
    # standfirst and the byline or date (tests/clean/test_metadata_text.py::test_metadata_text_title_of_two_sentences)
    if shapes[i].n <= TWO_SENTENCE_MAX_WORDS and len(SENTENCES.split(lines[i].strip())) >= 2 and _dated_below(
            reasons, nonblank, i, TITLE_BYLINE_WITHIN + 1):
        return True
    if re.search(r"[.…]$", lines[i].rstrip("\"'”’»)")) or shapes[i].n > 25:
        return False
    # A dated label counts as a byline ("Explainer: Will X sign?" / "Site | Politics" / "2 April 2028").
    if _dated_below(reasons, nonblank, i, TITLE_BYLINE_WITHIN):
        return True
    # A question or a cry over a standfirst sentence, then a credit and the date ("Explainer: What would it
    # take ...?" / "The review is six weeks old. ..." / "A. Writer, Correspondent" / "27 March 2025"):
    # test_text_title_question_over_standfirst_credit_and_date, test_text_title_cry_over_standfirst_credit_and_date.
    below = [k for k in nonblank if k > i]
    if lines[i].rstrip().endswith(("?", "!")) and below and reasons[below[0]] is None and _standfirst(shapes[below[0]]) \
            and _dated_below(reasons, nonblank, i, TITLE_BYLINE_WITHIN + 1):
        return True
    # A headline that is one quotation ("“I will not be anybody's puppet mayor”"), then a standfirst and
    # the date or byline within three lines (test_text_title_quotation_*).
    return bool(QUOTED_LINE.match(lines[i].strip()) or LABELLED_QUOTE.match(lines[i].strip())) and _dated_below(
        reasons, nonblank, i, TITLE_BYLINE_WITHIN + 1)


# A standfirst may end without a full stop ("... The Herald says: not on our watch"); eight words or more
# is no kicker or credit (test_text_title_cry_over_standfirst_credit_and_date).
STANDFIRST_MIN_WORDS = 8


def _standfirst(line: LineShape) -> bool:
    return line.sentence or line.n >= STANDFIRST_MIN_WORDS
