"""Whether what a store holds was made by this stancemap, over everything it holds now.

A question's results are out of date when articles were stored or mapped since its last reduce
(the store's generation moved on), or when another version of stancemap reduced them: their
`code_version` is not this program's mapping.results.reduce_fingerprint() (the notion the result
cache keys by: the package's code, its dependencies' versions and the STANCEMAP_ settings that
change a judgement). `add` reduces both kinds again; `status`, `export` and `serve` only read, and
say so in one line.

An article's record is out of date when another version of the map step made it (its
`map_version` is not article.map_fingerprint(), the notion the record cache keys by). Records are
kept until `add --remap` (mapping a whole store again costs its whole parse), and every command
says how many there are.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from ..mapping.results import reduce_fingerprint
from .articles import generation, stale_count
from .schema import questions

# Why a question's results are out of date.
NEVER, CODE, ARTICLES = "never reduced", "another version", "articles since"

_REASONS = {
    NEVER: "not reduced yet",
    CODE: "computed by another version of stancemap",
    ARTICLES: "older than the last articles stored",
}


def outdated(conn: Connection) -> dict[int, str]:
    """The questions whose results are out of date -> why (NEVER, CODE or ARTICLES)."""
    gen, code = generation(conn), reduce_fingerprint()
    found = {}
    for row in conn.execute(select(questions.c.id, questions.c.generation, questions.c.code_version)):
        if row.generation is None:
            found[int(row.id)] = NEVER
        elif row.code_version != code:
            found[int(row.id)] = CODE
        elif int(row.generation) != gen:
            found[int(row.id)] = ARTICLES
    return found


def reason(why: str) -> str:
    """A reason in words, for `status`."""
    return _REASONS[why]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def code_note(n: int, doing: str) -> str:
    """The line that says how many questions' results another stancemap made."""
    return f"results of {plural(n, 'question')} were computed by another version of stancemap: {doing}"


def records_note(n: int) -> str:
    """The line that says how many articles another version of the map step analysed."""
    return (f"{plural(n, 'article')} {'was' if n == 1 else 'were'} analysed by another version of stancemap's map step "
            "and keep their records: `stancemap add --remap` analyses them again")


def reader_notes(conn: Connection, question_id: int | None = None) -> list[str]:
    """For the commands that only read (`export`, `serve`): what `add` would bring up to date, one
    line each; `question_id` narrows it to the question shown."""
    stale = outdated(conn)
    if question_id is not None:
        stale = {q: why for q, why in stale.items() if q == question_id}
    notes = []
    code = sum(why == CODE for why in stale.values())
    if code:
        notes.append(code_note(code, "`stancemap add` reduces them again with this one"))
    older = sum(why == ARTICLES for why in stale.values())
    if older:
        notes.append(f"results of {plural(older, 'question')} predate the last articles stored: "
                     "`stancemap add` brings them up to date")
    records = stale_count(conn)
    if records:
        notes.append(records_note(records))
    return notes


__all__ = ["ARTICLES", "CODE", "NEVER", "code_note", "outdated", "reader_notes", "reason", "records_note"]
