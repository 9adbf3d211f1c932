"""Recover the outlet of a plain-text article, with the rule that decided it: its wire dateline, caption
credits, masthead (credited again, heading the site's sections, or with its edition or tagline), a name
line, the copyright notice, the site's description of itself, a provider it republishes, a print
page's running head. The publication date is published.py's; the title, title.py's."""

from __future__ import annotations

import re
from functools import lru_cache

from .credits import BYLINE, caption_match
from .dateline import read_dateline
from .dates import date_in_line, parse_date
from .lines import shape
from .navigation import (
    MEDIA_WORDS,
    MENU_SEPARATOR,
    SECTION_WORDS,
    initials_pattern,
    label_part,
    masthead_over_repeated_headline,
    menu_parts,
    site_and_programme,
    site_and_section,
    tagline,
)

__all__ = ["date_in_line", "parse_date"]

# A masthead is a name: one to five capitalised words (with "of", "&", "the"), no digits, no punctuation
# that ends or separates ("World | Europe" is a menu, "Home." is not a name).
NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&|for|de|du|la)){0,4}$")
# The first line's masthead, which the page must confirm (a credit, its sections), may end in a channel's or
# site's number ("Portlen 24": tests/clean/test_metadata.py::test_metadata_outlet_masthead_with_a_number); no
# other name line may, or a headline in title case is taken for one ("Mirror Owner Buys Channel 5":
# test_metadata_outlet_headline_ending_in_a_number), or a radio station's frequency ("Harbour Radio 97.4":
# tests/clean/test_metadata.py::test_metadata_outlet_radio_masthead_with_its_frequency).
# The frequency may carry its band ("Harbour Radio 97.4 FM": tests/clean/test_metadata.py::
# test_metadata_outlet_radio_masthead_with_its_band), kept in capitals when the masthead is title-cased (`_titled`).
NUMBERED_NAME = re.compile(NAME.pattern.removesuffix("$") + r"(?:\s+(?:\d{1,3}|\d{2,3}\.\d)(?:\s?(?i:FM|AM|DAB))?)?$")
BAND = re.compile(r"(?<=\d)(\s?)(Fm|Am|Dab)$")


def _titled(name: str) -> str:
    """A masthead set in capitals, as its text writes it: title case, a radio band kept in capitals."""
    return BAND.sub(lambda m: m.group(1) + m.group(2).upper(), name.title()) if name.isupper() else name


# Where an article names its own publication: "told the X", "according to X", "(X)", "© X",
# "X reported", "X uses cookies": attribution, credit and the site's own notices, not a topic word
# that merely recurs.
CREDITED = (r"\btold (?:the )?{name}(?![\w-])|\baccording to (?:the )?{name}(?![\w-])|\({name}\)|/{name}/|"
            r"(?:©|\([cC]\))\s*(?:\d{{4}}\s+)?{name}(?![\w-])|"
            r"(?<![\w-]){name} (?:reported|has learned|could not|understands|uses cookies)\b|"
            # a byline or credit naming the outlet: "By the X politics team", "X correspondent"
            r"^by (?:the )?{name}\b|^(?:the )?{name}(?:['’]s)? (?:\w+ )?(?:correspondent|reporter|staff|team|newsroom|desk)\b|"
            # a newsletter platform's sign-off: "Thanks for reading X!"
            r"\b(?i:thanks? (?:you )?for reading) (?:the )?{name}\b|"
            # the site describing itself at the foot: "X is a small, listener-funded news service"
            r"^(?:the )?{name} is an? (?:[\w,-]+ ){{0,4}}(?:news|media|newspaper|site|website|publication|"
            r"broadcaster|magazine|service|agency)\b")


# For a name of two words or more (a single word on the first line may be the topic, a kicker): the
# outlet as the one who saw or obtained a document ("seen by the X"), or who interviewed someone
# ("spoke to X's reporter", "in an interview with the X"), or its own app or site ("on the X app").
CREDITED_MANY_WORDS = (r"\b(?:seen|obtained|reviewed|verified) by (?:the )?{name}(?![\w-])|"
                       r"\b(?:spoke|speaking|talked|talking) (?:to|with) (?:the )?{name}(?![\w-])|"
                       r"\binterview with (?:the )?{name}(?![\w-])|"
                       r"\bon the {name} (?:app|website|site|podcast)\b")


def outlet_from_dateline(lines: list[str]) -> str | None:
    """The agency in brackets of a wire dateline among the first lines ("CITY, Region, Oct 2, 2025 (Outlet) - text";
    its dash may end the line, the story below: test_metadata_text_dateline_alone_on_its_line); read by
    dateline.read_dateline, the one reading of a dateline."""
    for line in lines[:15]:
        d = read_dateline(line)
        if d is not None and d.outlet and not re.search(r"\d", d.outlet):
            return d.outlet
    return None


def _heads_sections(lines: list[str], name: str) -> bool:
    """The name is the first label of a menu of sections, or the next line (a date line may stand
    between) is a section label ("Interview") or a menu with a section among its labels ("Politics |
    Kelport | Money", "News › Drummock › Port")."""
    nonblank = [line.strip() for line in lines if line.strip()][:3]
    below = nonblank[1] if len(nonblank) > 1 else None
    if nonblank and name in (site_and_section(nonblank[0], below), _programme_site(nonblank)):
        return True  # "Quay Business Review | Interviews"
    parts = menu_parts(nonblank[0]) if nonblank else None
    if parts is not None and parts[0] == name:
        return any(_section_words(p) for p in parts[1:])
    following = nonblank[1:]
    if following and date_in_line(following[0]) and len(following) > 1:
        following = following[1:]
    if not following:
        return False
    labels = [p.strip() for p in MENU_SEPARATOR.split(following[0])]
    if len(labels) == 1:
        return _section_words(labels[0])
    return all(label_part(p) for p in labels) and any(
        _section_words(p) for p in labels)


def _section_words(label: str) -> bool:
    words = [w.lower().strip(".") for w in label.split()]
    return bool(words) and all(w in SECTION_WORDS or w in {"&", "and", "the"} for w in words)


def caption_outlets(lines: list[str]) -> list[str]:
    return [m["outlet"].strip() for line in lines if (m := caption_match(line))]


# "DORVAN VOICE - English Edition", "VIR – Velsary International Radio | English Service": a
# masthead with its edition; the name is the longest name-shaped part.
EDITION = re.compile(r"^(?:(?:english|international|global|world|online|digital|mobile|print|us|uk|europe|asia|africa)"
                     r"(?: edition| service| version)?|edition|service|\w+\.(?:com|net|org))$", re.I)
EDITION_SPLIT = re.compile(r"\s+[-–—|]\s+")


def masthead_edition(lines: list[str]) -> str | None:
    first = next((line.strip() for line in lines if line.strip()), "")
    parts = EDITION_SPLIT.split(first)
    if len(parts) < 2 or not any(EDITION.match(p) for p in parts):
        return None
    names = [p for p in parts if not EDITION.match(p) and NAME.match(p) and len(p) <= 50]
    return max(names, key=len) if names else None


def _programme_site(nonblank: list[str]) -> str | None:
    """The site of a "Site – Programme" first line over a headline (navigation.site_and_programme)."""
    return site_and_programme(nonblank[0], shape(nonblank[1])) if len(nonblank) > 1 else None


# "the harbour — independent news for Portlen": the site's name and its tagline on the first line,
# the tagline saying what kind of publication it is (a media word); the name, in whatever case the
# site styles it, must recur on a line of the page's furniture, not a sentence ("More from the
# harbour"): a headline "Dock strike — live news" over a body about the dock strike is no masthead
# (test_metadata_outlet_tagline).
TAGLINE_MASTHEAD = re.compile(r"^(?P<name>[\w'’.&-]+(?: [\w'’.&-]+){0,3})\s+(?P<rest>[–—-]\s.*)$")


def tagline_masthead(lines: list[str]) -> str | None:
    nonblank = [line.strip() for line in lines if line.strip()]
    m = TAGLINE_MASTHEAD.match(nonblank[0]) if nonblank else None
    if m is None or not tagline(m["rest"]):
        return None
    again = re.compile(rf"(?<![\w-]){re.escape(m['name'])}(?![\w-])", re.I)
    furniture = [line for line in nonblank[1:] if len(line.split()) <= 8 and not re.search(r"[.!?]$", line)]
    # The name recurs on a furniture line, or the line heads the site's sections (a menu follows).
    if any(again.search(line) for line in furniture) or _heads_sections(lines, m["name"]):
        return m["name"]
    return None


def masthead_candidate(lines: list[str]) -> str | None:
    """The first non-blank line, when it is shaped like a publication's name and is not a menu word;
    or the first label of a menu on the first line ("Coastal Radio | News | Listen live"): sites
    put their name before their sections."""
    nonblank = [line.strip() for line in lines if line.strip()][:2]
    first = nonblank[0] if nonblank else ""
    parts = menu_parts(first)
    if parts is not None:
        first = parts[0]
    elif (site := site_and_section(first, nonblank[1] if len(nonblank) > 1 else None)
          or _programme_site(nonblank)) is not None:
        first = site
    if (m := INITIALS_THEN_NAME.match(first)) and _spells(m["initials"], m["name"]):
        first = m["name"]  # "HPW Hebbleton Presswire": the name its initials stand for
    if not NUMBERED_NAME.match(first) or len(first) > 50:
        return None
    words = [w.lower().strip(".") for w in first.split()]
    if all(w in SECTION_WORDS or w in ("the", "of", "and", "&", "for") for w in words):
        return None
    return first


# A wire's masthead prints its initials before its name (tests/clean/test_metadata.py::
# test_metadata_outlet_initials_before_the_name).
INITIALS_THEN_NAME = re.compile(r"^(?P<initials>[A-Z]{2,6})\s+(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4})$")


def _spells(initials: str, name: str) -> bool:
    """The initials spell the name, a compound's parts counting ("HPW", "Hebbleton Presswire")."""
    pattern = initials_pattern(initials, compounds=True)
    return pattern is not None and pattern.fullmatch(name) is not None


def confirmed_masthead(lines: list[str]) -> tuple[str | None, str]:
    """A masthead candidate that the article credits further down ("told the X", "(X)", "© X"), or,
    for a name of two words or more, one that heads the site's sections: the first label of a menu
    ("Coastal Radio | News | Listen live"), or a line followed by a section label or menu ("Harbour
    Post" / "World | Europe"). A single word may be a topic kicker ("Valdoria"), so it needs the credit.
    Only this article's own lines count. Returns the name and why it was believed, or (None, "")."""
    edition = masthead_edition(lines)
    if edition is not None:
        return (edition.title() if edition.isupper() else edition), "masthead (first line, the site's name and edition)"
    name = masthead_candidate(lines)
    if name is None:
        return None, ""
    if masthead_over_repeated_headline([line.strip() for line in lines if line.strip()]):
        return _titled(name), "masthead (first line, over the headline the page prints twice)"
    if _heads_sections(lines, name):
        return _titled(name), "masthead (first line, a name heading the site's sections)"
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines)) + 1
    # Mastheads are often set in capitals ("THE DAILY NORTHER") while the text credits "The Daily
    # Norther": the credit is matched in any case and, for a masthead in capitals, names the outlet.
    # A name not in capitals is matched case-sensitively, so a line without it cannot credit it: its
    # pattern is not compiled (exact; tests/clean/test_metadata_gates.py).
    if not name.isupper() and not any(name in line for line in lines[start:]):
        return None, ""
    credit = _credited(name)
    for line in lines[start:]:
        m = credit.search(line.strip())
        if m:
            if name.isupper():
                found = re.search(re.escape(name), m.group(0), re.I)
                name = found.group(0) if found and not found.group(0).isupper() else name.title()
            return name, "masthead (first line, credited again in the article)"
    return None, ""


# "© The Daily Norther 2025", "© 2026 Norther Media. All rights reserved.": the site's copyright
# notice under the article names its publisher. A photo credit has an agency and a photographer
# ("© Westerly Photo / Solveig Voll") or a picture word, so it is not taken (test_metadata_outlet_*).
COPYRIGHT = re.compile(r"^(?i:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>(?:The\s+)?[A-Z][\w'’.&-]*"
                       r"(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&)){0,4}?)\.?(?:\s+\d{4})?\.?"
                       r"(?i:\s*all rights reserved\.?)?$")
PICTURE_WORD = re.compile(r"\b(?:photos?|images?|pictures?|pictured|getty|afp|ap|reuters|pool|handout|archive)\b", re.I)
# Anchored on the notice's sign and bounded, so a long line costs nothing (no backtracking).
NOTICE_THEN_LINKS = re.compile(r"^(?P<notice>(?i:©|\(c\)|copyright)[^|]{0,120}?\b(?:19|20)\d{2}\.?)\s+[A-Z]")
# The notice stands among the last lines of the page.
COPYRIGHT_LAST_LINES = 8


def copyright_outlet(lines: list[str]) -> str | None:
    tail = [line for line in lines if line.strip()][-COPYRIGHT_LAST_LINES:]
    for line in reversed(tail):
        line = re.split(r"\s+\|\s+", line.strip())[0]  # "© Daily X 2026 | Terms | Privacy": the notice, then links
        # "© Daily X 2026. Terms | Privacy": the notice ends at its year (test_metadata_outlet_copyright_then_links).
        m = COPYRIGHT.match(line) or ((cut := NOTICE_THEN_LINKS.match(line)) and COPYRIGHT.match(cut["notice"]))
        if m and not PICTURE_WORD.search(m["name"]) and "/" not in line:
            name = m["name"].strip().rstrip(".")
            if name.lower().startswith("the "):
                name = name[4:]
            return name if len(name) >= 2 and name[0].isupper() else None
    return None


def pick_outlet(dateline: str | None, captions: list[str],
                masthead: tuple[str | None, str] = (None, ""), copyright: str | None = None) -> tuple[str | None, str]:
    """The outlet and the rule: a caption credit or masthead that extends the dateline's name wins
    ("Outlet" in the dateline, "Outlet International" in captions), else the dateline, else the most
    frequent caption credit, else the masthead (`masthead` is a name and why it was believed), else
    the copyright notice at the foot of the page."""
    common = max(set(captions), key=captions.count) if captions else None
    name, why = masthead
    if dateline:
        if common and common.lower().startswith(dateline.lower()):
            return common, "image caption credit, agreeing with the dateline"
        if name and name.lower().startswith(dateline.lower()):
            return name, f"{why}, agreeing with the dateline"
        if name and dateline.isupper() and _spells(dateline, name):  # "(HPW)" and "Hebbleton Presswire"
            return name, f"{why}, spelt by the dateline's initials"
        return dateline, "dateline 'CITY (Outlet) -'"
    if common:
        return common, "image caption credit"
    if name:
        return name, why
    if copyright:
        return copyright, "copyright notice at the foot of the page"
    return None, ""


NAME_LINE_WITHIN = 6


def outlet_name_line(lines: list[str], title_index: int | None = None) -> str | None:
    """A line of two to five capitalised words with a media word, among the first lines, that is
    not the headline: the outlet's name printed under or over the headline."""
    nonblank = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][:NAME_LINE_WITHIN]
    for i, line in nonblank:
        # "The Portlen Ledger | Markets live": the name before its section (test_metadata_outlet_name_and_section).
        line = site_and_section(line) or line
        if i == title_index or not NAME.match(line) or not 2 <= len(line.split()) <= 5 or len(line) > 50:
            continue
        if MEDIA_WORDS.search(line) and not _section_words(line):
            return line.title() if line.isupper() else line
    return None


# "The X is member-supported — join today", "X is published by the Y Cooperative", "X is the
# national public broadcaster": the site saying what it is at the foot of the page, which names it
# when no masthead, dateline or credit does (test_metadata_text_title_outlet_date).
_SITE_IS = r"(?:^|[.!?]\s+)(?:The\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&)){0,4}?) (?:is|are) "
SELF_NAMED = re.compile(
    _SITE_IS +
    r"(?:(?:reader|member|listener|viewer)-(?:funded|supported|owned)\b|(?:funded|supported|owned) by (?:its|our) "
    r"(?:readers|members|listeners|viewers)\b|published by\b|(?:an?|the) (?:[\w,'’-]+ ){0,4}?(?:news ?site|news website|"
    r"website|newspaper|publication|broadcaster|magazine|news service|news agency|newsletter|news outlet|"
    r"media outlet|news organi[sz]ation|newsroom)\b)")
# "X is a member of the Press Standards Council", "X is part of the Ulverby Media Group": a press body or
# a media group. Said as often of a person or a company in an article's last lines ("Tomas Ek is a member
# of the Society of Editors", "Northway Foods is part of the Castell Group"), so it only confirms the
# page's first line as the masthead, never names the outlet alone
# (tests/clean/test_metadata.py::test_metadata_outlet_member_or_part_of_a_group).
AFFILIATED = re.compile(
    _SITE_IS +
    r"(?:a member of (?:the )?(?:[\w'’-]+ ){0,4}?(?i:press|news|media|publishers|editors|standards)\b"
    r"|part of (?:the )?(?:[A-Z][\w'’&-]* ){0,4}?(?:Media|News|Group|Publishing|Publications|Press|Broadcasting)\b)")
SELF_NAMED_LAST_LINES = 8


def self_described_outlet(lines: list[str], affiliated: bool = False) -> str | None:
    """The name in the site's description of itself among the last lines of the page, or None; with
    `affiliated`, the name said to belong to a press body or a media group (AFFILIATED) instead.
    Reported speech ("X is a broadcaster, the minister said") is the article's."""
    from .lines import REPORTING

    pattern = AFFILIATED if affiliated else SELF_NAMED
    for line in [line.strip() for line in lines if line.strip()][-SELF_NAMED_LAST_LINES:]:
        m = pattern.search(line)
        if m and not REPORTING.search(line) and not _section_words(m["name"]):
            return m["name"]
    return None


# Patterns built from a name are compiled once per name (an outlet's name recurs over its articles;
# `re`'s own cache of 512 patterns is shared by every module and misses at corpus scale).
PATTERNS_PER_NAME = 4096


@lru_cache(maxsize=PATTERNS_PER_NAME)
def _credited(name: str) -> re.Pattern[str]:
    return re.compile(CREDITED.format(name=re.escape(name))
                      + ("|" + CREDITED_MANY_WORDS.format(name=re.escape(name)) if " " in name else ""),
                      re.I if name.isupper() else 0)


@lru_cache(maxsize=PATTERNS_PER_NAME)
def _provider_credit(name: str) -> re.Pattern[str]:
    return re.compile(PROVIDER_CREDIT.format(name=re.escape(name)), re.I)

# Where a page credits the source of what it republishes: "© Norbeck Press Agency 2026",
# "Provided by X", "Distributed by X", "Source: X".
PROVIDER_CREDIT = r"(?:©|\(c\)|copyright|provided by|distributed by|syndicated by|published by|source:)\s*(?:\d{{4}}\s+)?{name}\b"
PROVIDER_WITHIN = 30
# Every credit of PROVIDER_CREDIT begins with one of these (the same flags): a page without one is not
# searched per name, so no per-name pattern is compiled (exact; tests/clean/test_metadata_gates.py).
PROVIDER_SIGN = re.compile(r"©|\(c\)|copyright|provided by|distributed by|syndicated by|published by|source:", re.I)


def credited_provider_lines(lines: list[str]) -> list[str]:
    """Name lines near the top (two to five capitalised words with a media word: "Norbeck Press
    Agency") that the page credits again further down ("© Norbeck Press Agency 2026", "Provided by
    ..."): the agency an aggregator republishes, its label and not the headline."""
    found = []
    nonblank = [line.strip() for line in lines if line.strip()]
    for pos, line in enumerate(nonblank[:PROVIDER_WITHIN]):
        if not NAME.match(line) or not 2 <= len(line.split()) <= 5 or not MEDIA_WORDS.search(line):
            continue
        signed = [other for other in nonblank[pos + 1:] if PROVIDER_SIGN.search(other)]
        if not signed:
            continue
        credit = _provider_credit(line)
        if any(credit.search(other) for other in signed):
            found.append(line)
    return found


def spelled_out(acronym: str, lines: list[str]) -> str | None:
    """The name an outlet's initials stand for, as the page writes it ("NPA" -> "Norbeck Press
    Agency" from the byline or the copyright notice), or None when the page never spells it out.
    A full stop after the name ends the notice's sentence ("© 2026 Norbeck Press Agency. All rights
    reserved."), it is not the name's (tests/clean/test_metadata_text.py::test_metadata_text_title_outlet_date)."""
    pattern = initials_pattern(acronym)
    if pattern is None:
        return None
    counts: dict[str, int] = {}
    for line in lines:
        for m in pattern.finditer(line):
            if not m.group(0).isupper():
                name = m.group(0).removesuffix(".")
                counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: (counts[n], n)) if counts else None


def running_head_outlet(lines: list[str]) -> str | None:
    """The paper's name in a print page's running head near the top ("THE DAILY HERALD | Wednesday,
    June 4, 2025 | A5"): a name-shaped part in capitals or with a media word, beside the page number."""
    from .print_page import running_head_parts

    for line in [line.strip() for line in lines if line.strip()][:NAME_LINE_WITHIN]:
        parts = running_head_parts(line)
        for part in parts or []:
            if (NAME.match(part) and (part.isupper() or MEDIA_WORDS.search(part)) and not _section_words(part)
                    and not date_in_line(part) and len(part.split()) >= 2):
                name = part.title() if part.isupper() else part
                return name
    return None


# A byline's part after its author that names a publication, not the author's role: "By Ina Brok, The Wendle Lamp
# Journal" (a name with a media word), not "By Ina Brok, Chief Reporter" (tests/clean/test_metadata_text.py::
# test_metadata_text_outlet_in_the_byline).
BYLINE_PART = re.compile(r"\s*(?:[,|–—]|\s-\s)\s*")
ROLE_END = re.compile(r"\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|desk|team)$", re.I)


def byline_outlet(lines: list[str]) -> str | None:
    for line in [line.strip() for line in lines if line.strip()][:NAME_LINE_WITHIN]:
        if not BYLINE.match(line):
            continue
        for part in BYLINE_PART.split(line)[1:]:
            if (NAME.match(part) and 2 <= len(part.split()) <= 5 and MEDIA_WORDS.search(part)
                    and not ROLE_END.search(part) and not _a_role(part) and not _section_words(part)
                    and not date_in_line(part)):
                return part.title() if part.isupper() else part
    return None


def _a_role(part: str) -> bool:
    """A byline's part that ends in a word for a person, not a media word: the author's role ("Radio Producer", "TV
    Presenter", "Press Officer", "Daily News Anchor"; WordNet's noun.person in one of its first three senses), not a
    publication (review s24-user: tests/clean/test_metadata_text.py::test_metadata_text_outlet_in_the_byline)."""
    from ..judge.wordnet import NOUN_PERSON, wordnet

    last = part.split()[-1]
    return not MEDIA_WORDS.fullmatch(last) and NOUN_PERSON in wordnet().lexfiles(last.lower(), "n", senses=3)
