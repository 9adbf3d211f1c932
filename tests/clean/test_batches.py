"""Issue 14's acceptance for cleaning on every batch written apart from the rules (tests/data/*):
boilerplate recall, content lines lost and metadata, by the outside referee's own per-document
scoring (../shared/eval/score.py), on each page cleaned alone (no parse: seconds, not minutes).
An HTML page is compared on its visible text lines, as scripts/score_cleaning.py does. A figure not
reached is a strict xfail with its reason. Figures per batch: docs/evaluation.md."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from stancemap.clean import clean_article
from stancemap.ingest import read_file

from ..conftest import ROOT, shared_or_skip

BATCHES = sorted(p.name for p in (ROOT / "tests" / "data").iterdir() if (p / "gold").is_dir() and (p / "corpus").is_dir())
TARGETS = [("boilerplate_recall", ">=", 0.95), ("content_lines_lost", "==", 0), ("metadata_accuracy", ">=", 0.95)]
GAPS: dict[tuple[str, str], str] = {
    # Session 26: fifteen HTML "content lines lost" were no loss: a row of links or buttons (breadcrumb, consent
    # buttons, footer links, topic tags, a byline's link) rendered as one visible line the gold never lists, where it
    # lists each item (now a line each, scripts/score_cleaning.py visible_lines; tests/clean/test_visible_lines.py);
    # "Posted by X on <date>" / "Posted <date> by X" lines kept (clean/credits.py STAMP_WITH_CREDIT) closed q_allow's
    # and q_pair's boilerplate, a labelled "Broadcast: <date>, <time>" (BROADCAST) q_reliable's metadata.
    # q_halt, q_repeal and q_vote (written after issue 14 closed) missed at first contact and were
    # fixed in general rules (docs/evaluation.md).
    # q_pardon and q_recall (session 5) missed at first contact (boilerplate 0.917, a line lost,
    # metadata 0.867) and were fixed in general rules (docs/evaluation.md).
    # q_build, q_resign and q_sign (session 6) missed at first contact (boilerplate 0.875 / 0.861,
    # metadata 0.867 / 0.933 / 0.933) and were fixed in general rules (docs/evaluation.md).
    # q_raise, q_accept, q_deploy and q_default (session 7) missed at first contact (metadata 0.933 /
    # 0.933 / 0.80 / 0.867) and were fixed in general rules (docs/evaluation.md).
    # q_target, q_adopt, q_relocate and q_apologise (session 8) missed at first contact (metadata 0.867 /
    # 0.933 / 1.0 / 0.933, boilerplate 0.947 on q_relocate) and were fixed in general rules (docs/evaluation.md).
    # q_coalition (session 11) missed at first contact (boilerplate 0.934, metadata 0.867: a masthead
    # "initials | name" as the title, a headline in capitals missed under a menu ending "Win!", "Related: ..."
    # links and a caption ending "(X photo)" kept) and was fixed in general rules (docs/evaluation.md).
    # q_congestion (session 12) missed at first contact (boilerplate 0.93, metadata 0.933: "You are here:
    # Home > News > ..." taken for the title, links under "Read more from Opinion", "(c) 2026 X" inside a
    # footer line, "Listen to X from 4pm ...") and was fixed in general rules (docs/evaluation.md).
    # Session 13's q_lift, q_hold, q_compulsory missed at first contact (metadata 0.933 / 0.80 / 0.867:
    # a wire dateline with no year, a masthead's tagline or the site's own promotion taken for the title;
    # boilerplate 0.945 / 1.0 / 0.930: an editorial's credit "The X view" and its standing notice,
    # "Related: A | B | C", "By the X desk (names)") and were fixed in general rules (docs/evaluation.md).
    # Session 13's invented proposal corpora (issue 9), cleaning at first contact (issue 14's, not fixed yet):
    ("q_run", "metadata_accuracy"): "issue 14: a wire page's headline under a 'Section | date | time' line: no title",
    ("q_unchanged", "metadata_accuracy"): "issue 14: a one-word masthead's tagline ('Your business news, fast') "
                                          "taken for the title, the masthead ('TradeLine') not for the outlet",
    ("q_reverse", "boilerplate_recall"): "issue 14: 'Listen to the full interview on X, weekdays from 6am.' kept",
    # Session 14's invented proposal corpora (issue 9), cleaning at first contact (issue 14's, not fixed here):
    ("q_last", "metadata_accuracy"): "issue 14: a wire headline in quotes under an 'Agency | date, time' line: no title",
    # (q_carfree's title right since session 21, 0.778 -> 0.889: the masthead over the menu, clean/title.py)
    ("q_carfree", "boilerplate_recall"): "issue 14: a radio page's 'Traffic: roadworks on ... until Friday.' kept",
    ("q_there", "metadata_accuracy"): "issue 14: a weekly's masthead ('The X') taken for the title, under it its tagline",
    ("q_there", "boilerplate_recall"): "issue 14: a weekly's tagline ('X's independent weekly') kept",
    # Session 15's q_scrap, q_expel, q_sell at first contact: q_expel boilerplate 0.948 (links under "Related
    # reading", "Enjoyed this interview? Get the X newsletter." kept) and metadata 0.933 (a "Section | Issue N" line
    # over a "Q&A" label taken for the title), q_sell metadata 0.933 (a masthead "X 24": no outlet) were fixed
    # in general rules. Not fixed: its gold keeps a live blog's "Key points" bullets as content, where four
    # earlier batches' gold calls such bullets optional and the cleaner drops them as a summary widget.
    # Session 18's opened batches at first contact (89d2ea4): q_settle and q_testify metadata 0.933 (an interview's
    # headline opening with a quotation under a section path of words outside the section list, "Law & Regulation /
    # Interviews", and under a radio programme's name below the menu) were fixed in general rules (docs/evaluation.md).
    # Not fixed: a live blog whose gold keeps its time stamps and "Key points" bullets as content.
    ("q_unionise", "content_lines_lost"): "issue 14: a live blog's time stamps dropped (optional lines in earlier "
                                          "batches' gold, content in this one's; its 'Key points' bullets kept since "
                                          "session 38)",
    # Session 19's opened batches at first contact (683e6ce): q_expand and q_resume metadata 0.867 (an HTML page with
    # no site metadata: its name only in the <title> after the headline or on its logo's link; a section kicker
    # ending lower-case, "X sport", over an interview's quoted headline; an explainer's question headline over a
    # standfirst, an unlabelled credit and the date) and q_outsource's editorial box in an <aside> inside the article were
    # fixed in general rules (docs/evaluation.md).
    # Session 20's opened batches at first contact (028224b): q_decommission metadata 0.933 (a tabloid's cry in capitals
    # over a standfirst with no full stop, the columnist's name and the date: no title) and boilerplate 0.984 (a wire's
    # "date time UTC Updated 2 hours ago" kept; also fixed q_resume's and q_talks') were fixed in general rules. Not
    # fixed: its live blog's "Key points" bullets (the examples' gold calls such bullets boilerplate).
    ("q_decommission", "content_lines_lost"): "issue 14: a live blog's 'Key points' bullets dropped as a summary widget "
                                              "(boilerplate in the examples' gold, content in this one's)",
    # Session 21's opened batches at first contact (4d1cc45): q_inflation metadata 0.867 (an HTML page stamped after
    # this machine's clock lost its date; a headline with "3.2%" read as the site's name) and q_prosecute metadata
    # 0.933 (a tabloid's masthead over its menu taken for the title) were fixed in general rules. Not fixed: q_permit's
    # title (the gold's is the page's <h1>, its <title> and og:title another headline; html-dev's real pages side with
    # the <title> where they differ) and HTML section paths the gold lists neither way.
    ("q_permit", "metadata_accuracy"): "issue 14: an HTML page's <title> and og:title differ from its <h1>; the gold's "
                                       "title is the <h1>",
    # Session 23's opened batches at first contact (168ebc5); a caption credited to an archive fixed in a general rule
    # (clean/furniture.py); a live page's sign-off and welcome are content in earlier batches' gold (left).
    # Session 37's opened batches at first contact (88a0fd02): boilerplate 0.988 / 0.975 / 0.963 -> 1.0 / 1.0 / 1.0
    # (q_letbuild / q_keeprising / q_entitled: a columnist's note going on about the author's book, a station's schedule
    # with its frequency "88.2", a live page's byline "A (now) and B (earlier)", a TV page's "Catch up on the full
    # programme on <player>" and "<Programme> | <Outlet> News" lines, a book by its unquoted title), metadata 0.933 /
    # 1.0 / 0.933 -> 1.0 / 1.0 / 1.0 (a column's headline of two sentences, a TV masthead "<SHORT NAME> - <TAGLINE>"
    # whose tagline says "channel"): fixed in general rules (clean/furniture.py, title.py, navigation.py, text.py).
    # Session 38's opened batches at first contact (d2052c30): boilerplate 0.987 / 0.976 / 0.976 -> 1.0 / 1.0 / 1.0
    # (q_winback / q_passon / q_floodagain: a station's hour and "Listen again on <app>" as two sentences of one line,
    # its hour with or without the station, a "<Programme>, presented by <Name>" credit, a column note listing its
    # topics, a "Catch up: <Programme> (17:20 - 17:45)" link), q_winback's content lines lost 4 -> 0 (a live blog's
    # "Key points" bullets kept on a page of three or more entry stamps: also q_expel 3 -> 0, q_unionise 14 -> 11,
    # q_spread 19 -> 16), metadata 1.0 / 1.0 / 1.0: fixed in general rules (clean/furniture.py, text.py).
    # Session 42's opened batches at first contact (22757a74): boilerplate 0.947 / 0.859 / 0.974 (q_dressing / q_erupt /
    # q_stadium), metadata 0.933 / 0.933 / 1.0, q_dressing one content line lost -> boilerplate 0.973 / 0.962 / 1.0,
    # metadata 1.0 / 1.0 / 1.0, lost 0 (a wire's "Filed <date> - last update <date>" stamp, clean/credits.py TIMESTAMP; a
    # programme's airing line "<Channel>, <day date>, <time>", clean/published.py _comma_part_date; a paragraph opening
    # "Also on <station>," with a quotation read as a label, clean/blocks.py LABEL_WORDS; footer policy links, a
    # reproduction notice with its scope, "All content copyright <year>", share rows with "Licence this story" or a
    # count of readers, "All columns by this writer", "Also by this writer", "Trending now >> ..." on one line:
    # clean/furniture.py, interface.py, blocks.py). Left: a live blog's "edited by X with reporters in ..." credit, a
    # station's "is on channel N and streams free on the app" note, a columnist's foot biography in prose.
    # Session 41's opened batches at first contact (64b5720a): boilerplate 0.962 / 0.975 / 0.988 (q_mandate / q_swim /
    # q_favourite), metadata 0.933 / 1.0 / 0.867 -> 1.0 / 1.0 / 1.0 and q_favourite's one content line lost -> 0 (a live
    # entry opening with a label's words, "More from X.", then sentences: clean/blocks.py is_block_label; a transcript's
    # turn "NAME (recorded): ..." read as a wire dateline naming the agency "recorded": clean/dateline.py; a TV masthead
    # "<INITIALS> - <FULL NAME>" over a menu with a season's "<Show> 2026" label: clean/navigation.py LABEL_YEAR). Left:
    ("q_swim", "content_lines_lost"): "issue 14: an HTML live page's bare entry stamps (<time>) the gold keeps as content",
    # Session 39's opened batches at first contact (9ada3386): boilerplate 0.975 / 1.0 / 0.988 -> 1.0 / 1.0 / 1.0
    # (q_fairshare / q_recover / q_genuine: a player's link row "<Link> (11 min) | <Link>", also q_employees and
    # q_recession 0.961 -> 0.974; a columnist's foot bio "is the <paper>'s <topic> commentator and a former <post>"; a
    # programme's hour "at 19:00 on <Station>" then its app, 21 words with the clock as two), metadata 1.0 / 1.0 / 1.0:
    # fixed in general rules (clean/furniture.py PART_LENGTH, BIO, CLOCK). Left: q_recover's plain-text live blog loses
    # its seventeen bare time stamps (below). Measured: keeping every live page's entry stamps as content recovers 105
    # lost lines in seven batches (q_recover 17, q_reliable 15, q_shortage 14, q_spread 15, q_toosoon 16, q_turninto 17,
    # q_unionise 11) and keeps 173 boilerplate lines in eleven (q_deserve, q_expand, q_fit, q_knew, q_outsource,
    # q_prosecute, q_ration, q_repay, q_speedlimit, q_teens, q_worth: boilerplate 0.96-1.0 -> 0.76-0.85); the pages of
    # both kinds set their stamps alike (bare "hh:mm" over each entry, newest or oldest first): not changed.
    ("q_recover", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps (the gold keeps them as "
                                         "content; optional or boilerplate in most other pages' gold)",
    # Session 36's opened batches at first contact (3bc8c04b): boilerplate 0.949 / 0.974 / 0.987 (q_shouldhave /
    # q_turninto / q_spread: a "More live blogs:" link row, a TV page's "Watch the full programme on <player>" link, a
    # transcript's "may contain errors" note, a columnist's bio lines under the byline and at the foot: "has covered X
    # for 25 years", "is the <paper>'s cities columnist", "X's column appears every Sunday", "X's new book, "T", is
    # out"), q_shouldhave's metadata 0.933 (an HTML headline opening with a quotation before its colon, cut there by its
    # JSON-LD headline): fixed in general rules (clean/furniture.py, interface.py, html.py). Left:
    ("q_turninto", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps (the gold keeps them "
                                          "as content; optional or boilerplate in most other pages' gold)",
    ("q_spread", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps and its 'Key points' "
                                        "label (content in its gold; optional in most other pages' gold; the "
                                        "bullets kept since session 38)",
    # Session 35's opened batches at first contact (b6fae2ba): boilerplate 0.963 / 0.962 / 0.974 (q_toosoon / q_footbill /
    # q_first: a station's "Listen again: <programme>" link, a live desk naming its writers with no "By", a live page's
    # sorting controls, a column's "writes on X every Sunday" note and its author's book at the foot), q_first's
    # metadata 0.933 (a station's masthead ending "102.6 FM"): fixed in general rules (clean/furniture.py, metadata.py).
    # Left (q_toosoon's live standfirst "Follow the latest as ..." kept as content cost q_recall a framing term: reverted):
    ("q_toosoon", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps, its sign-off and its "
                                         "standfirst (content in its gold; optional or furniture in other pages' gold)",
    # Session 34's opened batches at first contact (5b7cb709): q_shortage lost 14 content lines, a plain-text live
    # blog's bare stamps (as q_reliable's, below); q_payoffer lost a live page's sign-off (content in its gold, furniture
    # in session 23's); q_lastvote's boilerplate 0.928 (a transcript's "Transcript: ..." links taken for turns, its desk
    # note and schedule, a column's author notes) and metadata 0.933 (a day-first "10/09/2026" read month first by the
    # prose's "October 21") fixed in general rules (clean/navigation.py, furniture.py, text.py, dates.py).
    ("q_shortage", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps (the gold keeps them "
                                          "as content; optional or boilerplate in 70 other pages' gold)",
    ("q_payoffer", "content_lines_lost"): "issue 14: a live page's sign-off (the day's coverage ended, the next day's "
                                          "promised) dropped as furniture",
    # Session 33's opened batches at first contact (f7bce155): q_avoid lost 18 content lines (a live page's stamps
    # "12.31 BST", dropped as section labels) and q_recession metadata 0.933 (an HTML headline cut at a close colon);
    # both fixed in general rules (clean/teasers.py ZONED_STAMP, clean/html.py _GOES_ON).
    # Session 32's opened batches at first contact (3b453b7d): q_employees metadata 0.933 (a live page's <h1> with a
    # dash inside it cut there by trafilatura's title) and q_best 0.933 / q_threshold 0.867 (a radio page's
    # "Broadcast: <date>, <time range>" stamp not read) fixed in general rules (clean/html.py _printed_title,
    # clean/dates.py STAMP_WORDS); q_threshold's column dated only "10/05/2026", with no other date to show its
    # convention, read by its British spelling since session 33 (clean/spelling.py).
    # Session 31's opened batches at first contact (3df20b5b): q_trusted meets every target; q_need metadata 0.867 (a
    # radio station's masthead with its frequency taken for the title over a question headline, no outlet) fixed in
    # general rules (clean/title.py, clean/metadata.py NUMBERED_NAME; q_reverse's and q_carfree's masthead gaps with it);
    # q_right's numeric date read month first against its dateline fixed (clean/dates.py); its forum title (a question
    # under the menu and a breadcrumb, no byline under it) found in session 32 (clean/title.py _under_breadcrumb).
    # Session 30's opened batches at first contact (58152df5): q_majority and q_binding meet every target; q_permanent
    # loses a tabloid's one-word crosshead in capitals and a live page's "LIVE:" prefix from its title (below).
    ("q_permanent", "content_lines_lost"): "issue 14: a tabloid's one-word crosshead in capitals dropped as furniture; "
                                           "the gold keeps it as content",
    ("q_permanent", "metadata_accuracy"): "issue 14: a live page's 'LIVE:' prefix stripped from the title; the gold "
                                          "keeps it",
    # Session 29's opened batches at first contact (4f46d2f) meet every target (boilerplate 0.986 / 0.971 / 0.986: a
    # columnist's tagline and a related article's headline under an interview kept; metadata 1.0).
    # Session 28's opened batches at first contact (fd63087): q_afford metadata 0.933 (a page with no site metadata but a
    # canonical link: trafilatura's host name as the outlet) fixed in a general rule (clean/html.py _HOST_NAME); q_better
    # one line lost was the scoring script's (a breadcrumb's unlinked last item, "/ Page", scripts/score_cleaning.py).
    # Session 27's opened batches at first contact (9924f40): q_enough metadata 0.933 (an HTML headline with a word in
    # curly quotes came out without them: trafilatura's title) fixed in a general rule (clean/html.py _printed_title).
    # Session 26's opened batches at first contact (d9e98a6): q_reliable metadata 0.867 (a radio transcript's programme
    # name read as the title over a "Broadcast: <date>, <time>" stamp, no date) fixed in session 26 (clean/credits.py
    # BROADCAST). Not fixed: a plain-text live blog's bare time stamps the gold keeps as content (optional in 52
    # other pages' gold, boilerplate in 18).
    ("q_reliable", "content_lines_lost"): "issue 14: a plain-text live blog's bare time stamps (the gold keeps them "
                                          "as content; optional or boilerplate in 70 other pages' gold)",
    # Session 25's opened batches at first contact (92008bf); their two metadata misses were fixed by general rules
    # after reading them (tests/clean/test_text.py::test_text_site_and_a_section_named_again_below, ..._printed_twice).
    # Session 24's opened batches at first contact (7da872a); no cleaning rule changed for them.
    ("q_rigged", "content_lines_lost"): "issue 14: an HTML live page's entry headings (<h2> of later <article> "
                                        "entries) dropped by the extractor (content in the gold)",
    # (q_expel's live blog "Key points" bullets, lost 3, kept since session 38: clean/text.py LIVE_STAMP.)
}


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_FIGURES: dict[str, dict[str, Any]] = {}


def _figures(batch: str) -> dict[str, Any]:
    if batch not in _FIGURES:
        scorer = _module(shared_or_skip() / "eval" / "score.py", "outside_score")
        script = _module(ROOT / "scripts" / "score_cleaning.py", "score_cleaning")
        folder = ROOT / "tests" / "data" / batch
        removed = kept = total_b = lost = 0
        flags: list[bool] = []
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = folder / "corpus" / gold["document"]
            sources, _ = read_file(path)
            doc = clean_article(sources[0])
            text = path.read_text(encoding="utf-8")
            if path.suffix.lower() in {".html", ".htm"}:
                text = script.visible_lines(text, script.gold_lines(gold))
            r = scorer.score_document({"body": doc.body, "title": doc.title, "outlet": doc.outlet,
                                       "published": doc.published}, gold, text, {}, [], [], [])
            total_b += r["boilerplate_total"]
            removed += r["boilerplate_removed"]
            kept += len(r["boilerplate_kept"])
            lost += len(r["content_lost"])
            flags += [r[k] for k in ("title_ok", "published_ok", "outlet_ok") if r[k] is not None]
        _FIGURES[batch] = {"boilerplate_recall": removed / total_b if total_b else 1.0, "content_lines_lost": lost,
                           "metadata_accuracy": sum(flags) / len(flags) if flags else 1.0}
    return _FIGURES[batch]


def _cases() -> list[Any]:
    cases = []
    for batch in BATCHES:
        for figure, op, target in TARGETS:
            gap = GAPS.get((batch, figure))
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=gap)] if gap else []
            cases.append(pytest.param(batch, figure, op, target, id=f"{batch}-{figure}", marks=marks))
    return cases


@pytest.mark.parametrize(("batch", "figure", "op", "target"), _cases())
def test_batches_cleaning(batch: str, figure: str, op: str, target: float) -> None:
    value = _figures(batch)[figure]
    assert value >= target if op == ">=" else value == target, f"{batch} {figure} = {value}"
