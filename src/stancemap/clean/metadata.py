"""Recover title, outlet and publication date of a plain-text article, each with the rule that decided it."""

from __future__ import annotations

import re

from .dates import date_in_line, parse_date
from .lines import BYLINE, MENU_SEPARATOR, SECTION_WORDS, TIMESTAMP, caption_match, menu_parts, shape

__all__ = ["date_in_line", "parse_date"]

# "CITY (Outlet) – text": the wire-style dateline that opens many agency stories.
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .]{1,30})?)\s*\((?P<outlet>[^()]{2,60})\)\s*[-–—:]\s")
# A masthead is a name: one to five capitalised words (with "of", "&", "the"), no digits, no punctuation
# that ends or separates ("World | Europe" is a menu, "Home." is not a name).
NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&|for|de|du|la)){0,4}$")


# Where an article names its own publication: "told the X", "according to X", "(X)", "© X",
# "X reported", "X uses cookies": attribution, credit and the site's own notices, not a topic word
# that merely recurs.
CREDITED = (r"\btold (?:the )?{name}(?![\w-])|\baccording to (?:the )?{name}(?![\w-])|\({name}\)|"
            r"©\s*(?:\d{{4}}\s+)?{name}(?![\w-])|(?<![\w-]){name} (?:reported|has learned|could not|understands|uses cookies)\b")


# For a name of two words or more (a single word on the first line may be the topic, a kicker): the
# outlet as the one who saw or obtained a document ("seen by the X"), or who interviewed someone
# ("spoke to X's reporter", "in an interview with the X"), or its own app or site ("on the X app").
CREDITED_MANY_WORDS = (r"\b(?:seen|obtained|reviewed|verified) by (?:the )?{name}(?![\w-])|"
                       r"\b(?:spoke|speaking|talked|talking) (?:to|with) (?:the )?{name}(?![\w-])|"
                       r"\binterview with (?:the )?{name}(?![\w-])|"
                       r"\bon the {name} (?:app|website|site|podcast)\b")


def outlet_from_dateline(lines: list[str]) -> str | None:
    for line in lines[:15]:
        m = DATELINE.match(line)
        if m and not re.search(r"\d", m["outlet"]):
            return m["outlet"].strip()
    return None


def _heads_sections(lines: list[str], name: str) -> bool:
    """The name is the first label of a menu of sections, or the next line is a section label or menu."""
    nonblank = [line.strip() for line in lines if line.strip()][:2]
    parts = menu_parts(nonblank[0]) if nonblank else None
    if parts is not None and parts[0] == name:
        return any(_section_words(p) for p in parts[1:])
    if len(nonblank) < 2:
        return False
    return all(_section_words(p) for p in MENU_SEPARATOR.split(nonblank[1]))


def _section_words(label: str) -> bool:
    words = [w.lower().strip(".") for w in label.split()]
    return bool(words) and all(w in SECTION_WORDS or w in {"&", "and", "the"} for w in words)


def caption_outlets(lines: list[str]) -> list[str]:
    return [m["outlet"].strip() for line in lines if (m := caption_match(line))]


def masthead_candidate(lines: list[str]) -> str | None:
    """The first non-blank line, when it is shaped like a publication's name and is not a menu word;
    or the first label of a menu on the first line ("Coastal Radio | News | Listen live"): sites
    put their name before their sections."""
    first = next((line for line in lines if line.strip()), "")
    parts = menu_parts(first)
    if parts is not None:
        first = parts[0]
    if not NAME.match(first) or len(first) > 50:
        return None
    words = [w.lower().strip(".") for w in first.split()]
    if all(w in SECTION_WORDS or w in ("the", "of", "and", "&", "for") for w in words):
        return None
    return first


def confirmed_masthead(lines: list[str]) -> tuple[str | None, str]:
    """A masthead candidate that the article credits further down ("told the X", "(X)", "© X"), or,
    for a name of two words or more, one that heads the site's sections: the first label of a menu
    ("Coastal Radio | News | Listen live"), or a line followed by a section label or menu ("Meridian
    Post" / "World | Europe"). A single word may be a topic kicker ("Valdoria"), so it needs the credit.
    Only this article's own lines count. Returns the name and why it was believed, or (None, "")."""
    name = masthead_candidate(lines)
    if name is None:
        return None, ""
    if " " in name and _heads_sections(lines, name):
        return name, "masthead (first line, a name heading the site's sections)"
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines)) + 1
    # Mastheads are often set in capitals ("THE DAILY NORTHER") while the text credits "The Daily
    # Norther": the credit is matched in any case and, for a masthead in capitals, names the outlet.
    credit = re.compile(CREDITED.format(name=re.escape(name))
                        + ("|" + CREDITED_MANY_WORDS.format(name=re.escape(name)) if " " in name else ""),
                        re.I if name.isupper() else 0)
    for line in lines[start:]:
        m = credit.search(line)
        if m:
            if name.isupper():
                found = re.search(re.escape(name), m.group(0), re.I)
                name = found.group(0) if found and not found.group(0).isupper() else name.title()
            return name, "masthead (first line, credited again in the article)"
    return None, ""


# "© The Daily Norther 2025", "© 2026 Norther Media. All rights reserved.": the site's copyright
# notice under the article names its publisher. A photo credit has an agency and a photographer
# ("© Norther Photo / Ilse Brandt") or a picture word, so it is not taken (test_metadata_outlet_*).
COPYRIGHT = re.compile(r"^(?i:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>(?:The\s+)?[A-Z][\w'’.&-]*"
                       r"(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&)){0,4}?)\.?(?:\s+\d{4})?\.?"
                       r"(?i:\s*all rights reserved\.?)?$")
PICTURE_WORD = re.compile(r"\b(?:photos?|images?|pictures?|pictured|getty|afp|ap|reuters|pool|handout|archive)\b", re.I)
# The notice stands among the last lines of the page.
COPYRIGHT_LAST_LINES = 8


def copyright_outlet(lines: list[str]) -> str | None:
    tail = [line for line in lines if line.strip()][-COPYRIGHT_LAST_LINES:]
    for line in reversed(tail):
        m = COPYRIGHT.match(line.strip())
        if m and not PICTURE_WORD.search(m["name"]) and not re.search(r"[/|]", line):
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
        return dateline, "dateline 'CITY (Outlet) -'"
    if common:
        return common, "image caption credit"
    if name:
        return name, why
    if copyright:
        return copyright, "copyright notice at the foot of the page"
    return None, ""


def pick_published(lines: list[str], title_index: int | None) -> tuple[str | None, str]:
    """The publication date: a byline or time-stamp line near the top, else the date of the
    first captioned image after the title (the lead image is dated with the article), else none."""
    for line in lines[:20]:
        s = shape(line)
        # A byline or stamp is a label, or a short sentence: "By March 4, 2025, the ministry will ..." is prose.
        if (BYLINE.match(line) or TIMESTAMP.match(line)) and (not s.sentence or s.n <= 8):
            found = date_in_line(line, loose=True)
            if found:
                return found, "byline or time-stamp line"
        elif len(line) <= 60 and not s.sentence:  # "Talks resumed — 4 March 2025 — in X." is prose
            found = date_in_line(line)
            if found:
                return found, "date line near the top"
    start = title_index + 1 if title_index is not None else 0
    for line in lines[start:]:
        m = caption_match(line)
        if m and m["date"]:
            found = parse_date(m["date"])
            if found:
                return found, "date of the lead image caption"
    return None, ""
