"""Menus, section labels and the site's own name: "Home | World | Politics", "Politics | Orvelle
water inquiry", "Quay Business Review | Interviews", "Quay FM – Harbour Talk", a masthead's tagline."""

from __future__ import annotations

import re

from .credits import BYLINE, TIMESTAMP
from .language import wordset
from .lines import SMALL_WORDS, WORD, LineShape, shape

# Words of site menus and section labels ("World", "Home", "Latest News", "Listen live"):
# interface vocabulary of news sites, not of one corpus.
SECTION_WORDS = wordset(
    "home news world politics business economy markets money sport sports opinion opinions culture arts "
    "life lifestyle science tech technology health environment climate europe asia africa americas "
    "international national local latest live video videos audio podcast podcasts photos gallery analysis "
    "features feature explainer explainers investigations menu search section sections breaking top stories "
    "editorial editorials comment blogs defence defense military security diplomacy region regions us uk eu east west "
    "middle north south today more main front page programmes programs shows schedule listen watch radio tv "
    "weather travel books film music food style education media newsletters subscribe obituaries jobs property "
    "motoring puzzles letters entertainment wire interviews")
# The small words inside an outlet's name ("Bank of Quay", "Voice for the Coast").
NAME_SMALL_WORDS = ("of", "and", "the", "for", "&", "de", "du", "la")
# "Name: Headline": the tag before the colon, one to three capitalised words.
NAME_TAG = re.compile(r"^(?P<tag>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}):\s+\S")
# Tags that label a subheading rather than quote a person ("Background: ...", "Analysis: ...").
LABEL_TAGS = SECTION_WORDS | {"background", "context", "timeline", "update", "factbox", "fact", "facts", "note",
                              "correction", "clarification", "exclusive", "interview", "profile", "review",
                              "quote", "poll", "reaction", "verdict", "why", "how", "what", "who", "when", "where",
                              "first", "then", "now", "next", "finally", "step", "part", "chapter", "day", "week",
                              # a page's kind over a link to it ("Transcript: the minister on ..."), no speaker
                              # (tests/clean/test_text.py::test_text_transcript_links_are_no_turns)
                              "transcript", "transcripts", "episode", "podcast"}
# "Home | World | Politics", "Home › Europe", "News · Sport · Weather": menu separators (spaced).
MENU_SEPARATOR = re.compile(r"\s+[|·•›»>/]\s+")
MENU_MIN_PARTS = 3


def menu_reason(line: LineShape) -> str | None:
    """A site menu or breadcrumb: three or more short labels between separators ("Home | World |
    Politics", "Home › Europe › Harrowgate"), at least one of them a news site's section or
    interface word. A table header ("Party | Seats | Share of vote") names no section; a byline,
    stamp or date line ("By A | March 4", "Posted: ... | Updated: ...") has digits or "By"."""
    parts = menu_parts(line.text)
    if parts is None or not any(_section_label(p) for p in parts):
        # Without separators ("NEWS  SPORT  BUSINESS  OPINION  LIFE"): four words or more (three in
        # capitals), at least three quarters of them section words, no sentence.
        words = [w.lower() for w in line.words]
        least = MENU_MIN_PARTS if line.text.isupper() else MENU_MIN_PARTS + 1
        if line.sentence or len(words) < least or 4 * sum(w in SECTION_WORDS for w in words) < 3 * len(words):
            return None
    return "navigation menu (site sections between separators)"


# Words publications put in their names ("Polaris Newswire", "Stellmark Courier"): the trade's
# vocabulary, not any corpus's. A name-shaped line with one, near the top and not the headline,
# names the outlet (test_metadata_outlet_name_line).
MEDIA_WORDS = re.compile(r"\b(?:news|newswire|wire|press|times|post|herald|courier|gazette|review|tribune|journal|daily|"
                         r"telegraph|chronicle|observer|standard|mail|express|star|sun|mirror|guardian|independent|"
                         r"radio|fm|tv|television|broadcasting|network|agency|media|voice|weekly|monthly|magazine|"
                         r"bulletin|dispatch|ledger|record|register|sentinel|examiner|inquirer|reporter|report)\b", re.I)
# "Quay FM – Harbour Talk": a site's name ending in a media word, a spaced dash, and its programme or
# section in capitalised words (test_metadata_text_title_outlet_date).
SITE_DASH_PROGRAMME = re.compile(r"^(?P<site>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s+[–—-]\s+"
                                 r"(?P<part>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,4})$")


def site_and_programme(text: str, following: LineShape | None) -> str | None:
    """The site's name of a "Site – Programme" line heading the page (see SITE_DASH_PROGRAMME), when
    the line under it is a headline (three words or more, no sentence, no byline or date: "Tourist
    Levy Review – The Key Questions" over "By A. Writer" is a headline itself), else None."""
    m = SITE_DASH_PROGRAMME.match(text.strip())
    if m is None or not MEDIA_WORDS.fullmatch(m["site"].split()[-1]) or following is None:
        return None
    if following.sentence or following.n < 3 or BYLINE.match(following.text) or TIMESTAMP.match(following.text):
        return None
    return m["site"]


# After a site's name, a dash and what kind of publication it is ("— independent news for Portlen"):
# a media word in a short unpunctuated phrase (metadata.tagline_masthead, text.outlet_label_reason).
TAGLINE = re.compile(r"^[–—-]\s+(?P<tag>[^.!?]{3,60})$")


# A broadcaster's tagline says what it is by the trade's words for one ("- THE COAST'S OWN STATION", "- your channel
# for the north"; tests/clean/test_metadata_text.py::test_metadata_text_title_outlet_date).
BROADCASTER_WORDS = re.compile(r"\b(?:channel|station|broadcaster)s?\b", re.I)


def tagline(rest: str) -> bool:
    """The text after a site's name is its tagline: a dash, then a short phrase with a media word."""
    m = TAGLINE.match(rest.strip())
    return m is not None and bool(MEDIA_WORDS.search(m["tag"]) or BROADCASTER_WORDS.search(m["tag"])) \
        and len(m["tag"].split()) <= 8


def site_and_section(text: str, below: str | None = None) -> str | None:
    """The site's name of a page's first line that is a name and a section ("Quay Business Review |
    Interviews", tests/clean/test_lines.py::test_lines_site_and_section), else None: the name in
    capitals word by word, the section a section word, or a label the path of sections on the line
    `below` names again ("Harbour Gazette | Weekend" over "Home > Weekend > Interviews": a desk of
    any name, tests/clean/test_text.py::test_text_site_and_a_section_named_again_below). A name
    beside its own initials ("QPA | Quay Press Agency", either way round) is the site's name too."""
    pair = [p.strip() for p in MENU_SEPARATOR.split(text)]
    if len(pair) == 2 and (name := _initials_and_name(*pair) or _initials_and_name(*reversed(pair))):
        return name
    if len(pair) != 2 or _section_label(pair[0]) or not (_section_label(pair[1]) or _named_below(pair[1], below)):
        return None
    if not all(label_part(p) for p in pair):
        return None
    if not all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in pair[0].split()):
        return None
    return pair[0]


# A press release's labels: "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL ...", "Notes to editors" (styles.py marks
# them; no masthead either).
RELEASE_LABEL = re.compile(r"^(?:for immediate release|embargoed\b.{0,60}|(?:press|news|media) release|media advisory|"
                           r"notes? (?:to|for) editors?|editor['’]?s notes?)\s*:?$", re.I)
# A saved page keeps its title bar's headline at the top and prints it again over the story; the
# masthead stands over the first copy, the menu between the two (how far down the copy may stand).
REPEATED_HEADLINE_WITHIN = 6
MASTHEAD_MAX_WORDS = 4


def masthead_over_repeated_headline(nonblank: list[str]) -> bool:
    """The page's first line is a short name ("THE HARBOUR GAZETTE", two to four words, no sentence) and the
    line under it, a headline of five words or more, is printed again a few lines down: that first line is the
    masthead and the repeated line the headline (tests/clean/test_text.py::test_text_masthead_over_a_headline_printed_twice).
    A single word is a kicker as often as a name ("EXCLUSIVE"), and a press release's label is none
    (test_text_a_kicker_over_a_headline_printed_twice_is_no_masthead)."""
    if len(nonblank) < 3 or not 2 <= len(nonblank[0].split()) <= MASTHEAD_MAX_WORDS or RELEASE_LABEL.match(nonblank[0]):
        return False
    first, headline = shape(nonblank[0]), shape(nonblank[1])
    if first.sentence or headline.sentence or headline.n <= MASTHEAD_MAX_WORDS or not nonblank[0][:1].isupper():
        return False
    again = nonblank[2:2 + REPEATED_HEADLINE_WITHIN]
    return any(" ".join(line.split()) == " ".join(nonblank[1].split()) for line in again)


def _named_below(label: str, below: str | None) -> bool:
    """`label` is one of the labels of the breadcrumb or menu on the line `below`."""
    if below is None or not label_part(label) or not (breadcrumb(below) or section_labels(below)):
        return False
    return label.casefold() in {p.casefold() for p in _path_parts(below)}


# A menu's label may end in its year ("Election 2026", "Quillfair 2026": a season's own section;
# tests/clean/test_lines.py::test_lines_menu_label_with_its_year).
LABEL_YEAR = re.compile(r"\s(?:19|20)\d{2}$")


def label_part(part: str) -> bool:
    """One label of a menu: one to four words, no digits but a closing year, no sentence punctuation but a
    label's own closing "!" (a tabloid's "Win!": tests/clean/test_lines.py::test_lines_navigation_menu)."""
    part = LABEL_YEAR.sub("", part.removesuffix("!"))
    return 1 <= len(part.split()) <= 4 and not re.search(r"[\d.!?:;,\"“”]", part)


def menu_parts(text: str) -> list[str] | None:
    """The labels of a menu-shaped line (three or more parts of one to four words, no digits, no
    sentence punctuation, none a byline), else None. The first part may be the site's name."""
    parts = [p.strip() for p in MENU_SEPARATOR.split(text)]
    if len(parts) < MENU_MIN_PARTS:
        return None
    if not all(label_part(p) and p.split()[0].lower() != "by" for p in parts):
        return None
    return parts


def section_labels(text: str) -> bool:
    """The line is a menu or one or more section labels ("NEWS | DEFENCE", "World › Europe")."""
    return menu_parts(text) is not None or all(_section_label(p) for p in MENU_SEPARATOR.split(text.strip()))


# "You are here: Home > Local > Transport": a short label before the path of sections
# (tests/clean/test_text.py::test_text_title_under_a_labelled_breadcrumb).
PATH_LABEL = re.compile(r"^[A-Za-z][\w'’ ]{0,20}:\s+")


def _path_parts(text: str) -> list[str]:
    """The labels of a path of sections or a menu, without a label before the path ("You are here:")."""
    return [p.strip() for p in MENU_SEPARATOR.split(PATH_LABEL.sub("", text.strip(), count=1))]


def breadcrumb(text: str) -> bool:
    """A section and the story's topic over the headline ("Politics | Orvelle water inquiry"): two
    labels, the first a section word (tests/clean/test_text.py::test_text_title_short_exclamation); or a path of
    sections down to the topic, which may carry a year or number ("Home / Politics / Election 2028",
    tests/clean/test_metadata_text.py::test_metadata_text_title_outlet_date)."""
    parts = _path_parts(text)
    if len(parts) == 2:
        # (or a desk of any name down to a section word: "Law & Regulation / Interviews",
        # tests/clean/test_text.py::test_text_title_quoted_under_a_desk_path)
        return all(label_part(p) for p in parts) and (_section_label(parts[0]) or (
            _section_label(parts[1]) and _capitalised(parts[0])))
    return len(parts) > 2 and all(label_part(p) and _section_label(p) for p in parts[:-1]) and label_part(
        re.sub(r"\d", "", parts[-1]))


def initials_pattern(initials: str, compounds: bool = False) -> re.Pattern[str] | None:
    """The words a run of initials stands for, each capitalised, with up to two small words between
    ("NPA" -> "Norbeck Press Agency", "The Bank of Quay"); with `compounds`, a word may also hold the
    initials of a compound's parts ("HPW" -> "Hebbleton Presswire"), but every word still starts one
    ("US Unveils Tariffs" is spelt by no initials: tests/clean/test_metadata.py). None when `initials` is
    no such run."""
    if not re.fullmatch(r"[A-Z]{2,6}", initials):
        return None
    between = r"(?:\s+(?:" + "|".join(NAME_SMALL_WORDS) + r")){0,2}\s+"
    rest = "".join(rf"(?:[\w'’.&-]*?(?i:{letter})|[\w'’.&-]*{between}{letter})" if compounds
                   else rf"[\w'’.&-]*{between}{letter}" for letter in initials[1:])
    return re.compile(rf"(?<![\w-])(?:The\s+)?{initials[0]}{rest}[\w'’.&-]*(?![\w-])")


def _initials_and_name(initials: str, name: str) -> str | None:
    """`name` when it is spelt by `initials` ("QPA", "Quay Press Agency"), else None."""
    pattern = initials_pattern(initials)
    return name if pattern is not None and pattern.fullmatch(name) else None


def _capitalised(part: str) -> bool:
    """Every word of a label capitalised but its small words ("Law & Regulation", "Arts and Ideas")."""
    words = [w for w in part.split() if w.lower() not in NAME_SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() for w in words)


def _section_label(part: str) -> bool:
    words = [w.lower() for w in WORD.findall(part)]
    return bool(words) and all(w in SECTION_WORDS or w in SMALL_WORDS for w in words) and any(
        w in SECTION_WORDS for w in words)
