"""Bytes to text: byte-order marks, UTF-16/UTF-32 without one, UTF-8, then Windows-1252/Latin-1.

A NUL byte is not proof of a binary file: UTF-16 text of ASCII letters is half NULs. Binary is
what no encoding turns into text with few control characters.
"""

from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Text in any encoding has few control characters; 1 % tolerates form feeds and stray escapes.
MAX_CONTROL_SHARE = 0.01
# Without a mark, UTF-16/32 of mostly ASCII text shows NULs in fixed byte positions: in UTF-16 LE
# the odd bytes of nearly every pair (ASCII letters), in UTF-32 three of every four bytes.
NUL_POSITION_SHARE = 0.6
SAMPLE = 8192
# Prose has a space every five to eight characters; a third of that rules out repeated bytes.
MIN_SPACE_SHARE = 0.05
# Control characters other than tab, line feed, form feed and carriage return.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text; the second value is a caveat for the user when the encoding was guessed."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding)), None
            except UnicodeDecodeError:
                raise UnreadableFile(f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()}") from None
    guess = _wide_encoding(data[:SAMPLE])
    if guess is not None:
        try:
            text = _checked(data.decode(guess))
            # Without a mark, only prose counts: words separated by spaces ("\x00\xff" * 50 is not).
            if sum(ch.isspace() for ch in text[:SAMPLE]) >= MIN_SPACE_SHARE * min(len(text), SAMPLE):
                return text, f"no byte-order mark; read as {guess.upper()}"
        except (UnicodeDecodeError, UnreadableFile):
            pass
    if b"\x00" in data[:SAMPLE]:
        raise UnreadableFile("binary file (contains NUL bytes and is not UTF-16 or UTF-32 text)")
    try:
        return _checked(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    # Scraped pages that are not UTF-8 are nearly always Windows-1252 / Latin-1;
    # cp1252 leaves five bytes undefined, so fall back to latin-1, which decodes anything.
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _checked(text, "binary file (not text in any common encoding)")
        return text, f"not valid UTF-8; read as {encoding}"
    raise UnreadableFile("not text in any common encoding")  # pragma: no cover - latin-1 decodes all


def _checked(text: str, message: str = "binary file (control characters, not text)") -> str:
    controls = len(CONTROL.findall(text, 0, 100_000))
    if controls > min(len(text), 100_000) * MAX_CONTROL_SHARE:
        raise UnreadableFile(message)
    return text


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 (LE or BE) when NULs stand where those encodings put them for ASCII text."""
    if b"\x00" not in sample:  # the common case, settled without walking the sample in Python
        return None
    for width, encodings in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        units = [sample[i:i + width] for i in range(0, len(sample) - width + 1, width)]
        if len(units) < 4:
            continue
        zero = b"\x00" * (width - 1)
        little = sum(1 for u in units if u[1:] == zero and u[0])
        big = sum(1 for u in units if u[:-1] == zero and u[-1])
        for hits, encoding in ((little, encodings[0]), (big, encodings[1])):
            if hits >= NUL_POSITION_SHARE * len(units):
                return encoding
    return None
