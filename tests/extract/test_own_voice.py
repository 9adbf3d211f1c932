"""The outlet's own voice on an opinion page (extract/own_voice.py): the positions an editorial takes
in its own words are statements of the outlet, an organisation, never of the byline's author; a
news page's sentences and a quotation's "should" stay as they were. Invented people and places."""

from __future__ import annotations

import pytest

from stancemap.extract.own_voice import _bare_byline, editorial_page, opinion_page
from stancemap.model import Document, Removed

from .conftest import speaker_name, statement_with

QUESTION = "Will Harwick sell the Tessel ferry line?"

BODY = (
    "On Friday the transport minister, Ilsa Varen, told the assembly that she would sell the Tessel ferry line "
    "to a private buyer before the summer. \"The line loses money every year,\" she said.\n\n"
    "The line does lose money. But it is the only way to reach the islands in winter, and a buyer will cut "
    "the winter sailings first.\n\n"
    "This newspaper has always backed a reform of the ferry service. But our patience has a limit.\n\n"
    "The assembly should reject the sale when it votes on Thursday.\n\n"
    "If the minister wants a cheaper service, she must put a plan before the islanders first.\n\n"
    "Is a sale the answer? The islanders do not think so.")

def _page(*head: str) -> str:
    """The Courier's page: its masthead, then `head` (labels, title, credit), the date and BODY."""
    return "\n".join(["THE HARBOUR COURIER", *head, "Monday 4 May 2026"]) + "\n\n" + BODY


EDITORIAL = _page("News | Opinion | Sport | Business", "Opinion › Editorials",
                  "The Courier's view: Minister Varen must not sell the Tessel ferry line", "Editorial Board")

# The same words under a news page's furniture: a menu that lists an Opinion section is no label.
NEWS = _page("News | Opinion | Sport | Business", "Varen to sell the Tessel ferry line", "By Oskar Lind")


def test_own_voice_an_editorials_positions_are_the_outlets(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(EDITORIAL, question=QUESTION)
    for words in ("The assembly should reject the sale",
                  "This newspaper has always backed a reform of the ferry service. But our patience has a limit",
                  "If the minister wants a cheaper service, she must put a plan"):
        statement = statement_with(analysis, words)
        assert statement.speaker_rule == "outlet"
        actor = analysis.actor(statement.speaker)
        assert actor is not None and actor.name == "The Harbour Courier" and actor.kind == "organization"
    # "she must put a plan" is the page's demand, not a statement of the minister's wants
    assert not [s for s in analysis.statements if s.content.startswith("a cheaper service")]
    # a quotation and a question stay out; the minister's reported words stay hers
    assert speaker_name(analysis, "The line loses money every year") == "Ilsa Varen"
    assert not [s for s in analysis.statements if "Is a sale the answer" in s.content]


def test_own_voice_a_news_page_has_none(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(NEWS, question=QUESTION)
    assert not [s for s in analysis.statements if s.speaker_rule == "outlet"]
    assert not [s for s in analysis.statements if "The assembly should reject the sale" in s.content]


@pytest.mark.parametrize(("title", "removed", "opinion"), [
    ("Our view: the ferry must stay public", [], True),
    ("The Courier's view: keep the ferry", [], True),
    ("Keep the ferry", ["Opinion › Columnists"], True),
    ("Keep the ferry", ["Editorial Board"], True),
    ("Keep the ferry", ["Opinion"], True),
    ("Keep the ferry", ["News | Opinion | Sport"], False),  # a menu of sections
    ("Keep the ferry", ["Editorial: The tender system needs reform"], False),  # a teaser of another page
    ("Keep the ferry", ["More from Opinion"], False),
    ("Keep the ferry", ["World", "Culture", "Opinion", "Sign in"], False),  # a menu printed a line each
    ("Keep the ferry", ["3 min read", "Like", "Comment", "Share"], False),  # a row of buttons
    ("Keep the ferry", ["We use cookies to improve your experience on this site.", "Opinion", "Ada Lind"], True),
    ("Keep the ferry", ["Home › Opinion"], True),
    ("Keep the ferry", ["Opinion / Comment"], True),
    ("Keep the ferry", ["Home / News / Opinion / Sport / Weather"], False),  # a menu with slashes
    ("Keep the ferry", ["News / Opinion / Sport"], False),
    ("Keep the ferry", ["News › Opinion › Editorials"], True),  # a path from its root
    ("Keep the ferry", ["Opinion › Politics"], True),  # two steps: a path, not a menu
    ("Keep the ferry", ["The Harbour Gazette", "News", "Opinion", "By Oskar Lind"], False),  # two sections a line each
])
def test_own_voice_opinion_page_by_its_labels(title: str, removed: list[str], opinion: bool) -> None:
    document = Document(id="d1", source="t.txt", body="", title=title,
                        removed=[Removed(text=line, reason="label") for line in removed])
    assert opinion_page(document) is opinion


def test_own_voice_a_comment_button_files_no_page() -> None:
    """A lone "Comment" the cleaner took for a button (its reason says so) is no label of the page."""
    removed = [Removed(text="Comment", reason="site interface (comments, sharing, account or paging link)"),
               Removed(text="Sign up to our morning newsletter for the latest news", reason="site interface")]
    assert not opinion_page(Document(id="d1", source="t.txt", body="", title="Ferry sale delayed", removed=removed))


REPORTED = (
    "THE HARBOUR COURIER\n"
    "Opinion › Editorials\n"
    "Our view: the ferry must stay public\n"
    "Editorial Board\n"
    "Monday 4 May 2026\n\n"
    "The assembly votes on the sale of the Tessel ferry line on Thursday.\n\n"
    "The sale, the shipping union says, must be stopped before the summer.\n\n"
    "The islanders should not pay for the minister's mistakes, according to the island council.\n\n"
    "In the view of the ferry crews, the assembly should reject the sale.\n\n"
    "We agree. The assembly should reject the sale.")


def test_own_voice_reported_speech_stays_the_sources(run) -> None:  # type: ignore[no-untyped-def]
    """A sentence whose main verb is reported from someone ("X says" set in it, "according to X", "in
    the view of X") is no position of the page's, whatever its modal."""
    analysis = run(REPORTED, question=QUESTION)
    outlet = [s.content for s in analysis.statements if s.speaker_rule == "outlet"]
    assert "The assembly should reject the sale." in outlet
    for words in ("the shipping union says", "according to the island council", "In the view of the ferry crews"):
        assert not [c for c in outlet if words in c], words


# The same words as a column signed by its author: the page's positions are hers, not the outlet's.
COLUMN = _page("Opinion › Columnists", "Minister Varen must not sell the Tessel ferry line", "Mara Quill")


def test_own_voice_a_signed_columns_positions_are_not_the_outlets(run) -> None:  # type: ignore[no-untyped-def]
    """The column's positions are its author's, named on the line over the date (session 36; before, no one's)."""
    analysis = run(COLUMN, question=QUESTION)
    statement = statement_with(analysis, "The assembly should reject the sale")
    assert statement.speaker_rule == "column" and speaker_name(analysis, "The assembly should reject the sale") == "Mara Quill"
    assert not [s for s in analysis.statements if s.speaker_rule == "outlet"]
    # the page's sentence is still no statement of the minister's wants
    assert not [s for s in analysis.statements if s.content.startswith("a cheaper service")]


# The same column with its author's note above the text, and the author's own "I" (session 14).
NOTED = COLUMN.replace(BODY, "Mara Quill is a lecturer in maritime law at Tessel College. She writes in a personal "
                             "capacity.\n\n" + BODY + "\n\nI think the islanders are right about the winter sailings.")


def test_own_voice_a_signed_columns_positions_are_its_authors(run) -> None:  # type: ignore[no-untyped-def]
    """A column whose note describes its author ("X is a lecturer at Y", "..., argues X") gives its own
    positions and its "I" to that author, not to the outlet nor to no one (q_bailout's, q_congestion's gold)."""
    analysis = run(NOTED, question=QUESTION)
    statement = statement_with(analysis, "The assembly should reject the sale")
    assert statement.speaker_rule == "column" and speaker_name(analysis, "The assembly should reject the sale") == "Mara Quill"
    assert speaker_name(analysis, "the islanders are right") == "Mara Quill"
    assert speaker_name(analysis, "she would sell the Tessel ferry line") == "Ilsa Varen"


# A column about a person, signed by another: its opening describes its subject, not its author.
ABOUT = _page("Opinion › Columnists", "Minister Varen must not sell the Tessel ferry line", "By Mara Quill").replace(
    BODY, "Ilsa Varen is a gambler. Her plan would hand the ferry line to a buyer.\n\n" + BODY
    + "\n\nI think the islanders are right about the winter sailings.")


def test_own_voice_a_column_about_a_person_signed_by_another(run) -> None:  # type: ignore[no-untyped-def]
    """"Ilsa Varen is a gambler" opening a column signed "By Mara Quill" describes its subject: the column's
    positions and its "I" are not the minister's (red before: both given to Ilsa Varen)."""
    analysis = run(ABOUT, question=QUESTION)
    assert speaker_name(analysis, "The assembly should reject the sale") != "Ilsa Varen"
    assert speaker_name(analysis, "the islanders are right") != "Ilsa Varen"
    assert statement_with(analysis, "The assembly should reject the sale").speaker_rule == "column"


def test_own_voice_a_comment_and_opinion_label_files_the_page() -> None:
    """"Comment & Opinion" names the page's section even where the cleaner took its "Comment" for a button."""
    removed = [Removed(text="Comment & Opinion", reason="site interface (comments, sharing, account or paging link)")]
    assert opinion_page(Document(id="d1", source="t.txt", body="", title="Keep the ferry", removed=removed))


@pytest.mark.parametrize(("title", "removed", "editorial"), [
    ("The Courier's view: keep the ferry", [], True),
    ("Keep the ferry", ["Opinion › Editorials"], True),
    ("Keep the ferry", ["OPINION / THE COURIER'S VIEW"], True),
    ("Keep the ferry", ["Editorial Board"], True),
    ("Keep the ferry", ["Opinion › Columnists"], False),
    ("Keep the ferry", ["Opinion / Comment"], False),
    ("Opinion: keep the ferry", [], False),
])
def test_own_voice_editorial_page(title: str, removed: list[str], editorial: bool) -> None:
    document = Document(id="d1", source="t.txt", body="", title=title,
                        removed=[Removed(text=line, reason="label") for line in removed])
    assert opinion_page(document) and editorial_page(document) is editorial


# Session 19: a column under a "<NAME> SAYS" label, signed "By X" with no note about its author, taking
# positions by imperatives and in the first person (issue 10 item 1).
SAYS_COLUMN = "\n".join([
    "THE HARBOUR COURIER", "News | Sport | Money | Puzzles", "LIND SAYS",
    "Don't let them sell our ferry", "By Oskar Lind", "Monday 4 May 2026"]) + "\n\n" + (
    "On Friday the transport minister, Ilsa Varen, told the assembly that she would sell the Tessel ferry line "
    "to a private buyer before the summer.\n\n"
    "Let's be clear about that. Let the buyer find another line. Let the islanders keep theirs.\n\n"
    "I'd call the sale a betrayal of every family on the islands.\n\n"
    "Keep the line in public hands, and put the savings into the winter sailings.")


def test_own_voice_a_columns_imperatives_are_its_positions(run) -> None:  # type: ignore[no-untyped-def]
    """Red before (session 18's code): the page was no opinion page (a "SAYS" label), the imperatives and
    the "I" were no statements, and a column's positions had no speaker without a note on its author."""
    analysis = run(SAYS_COLUMN, question=QUESTION)
    for words in ("Keep the line in public hands", "I'd call the sale a betrayal"):
        assert statement_with(analysis, words).speaker_rule == "column"
        assert speaker_name(analysis, words) == "Oskar Lind"
    # the running imperatives of one paragraph are one position; "Let's be honest" asks nothing of anyone
    running = statement_with(analysis, "Let the buyer find another line")
    assert running.content == "Let the buyer find another line. Let the islanders keep theirs."
    assert not [s for s in analysis.statements if "Let's be clear" in s.content]
    assert speaker_name(analysis, "she would sell the Tessel ferry line") == "Ilsa Varen"


@pytest.mark.parametrize(("label", "editorial"), [("THE HARBOUR COURIER SAYS", True), ("LIND SAYS", False)])
def test_own_voice_a_says_label_files_the_page(label: str, editorial: bool) -> None:
    """A label in capitals "<NAME> SAYS" files the page as opinion: the outlet's editorial when the name is
    the outlet's, else a column; a headline "Minister says ..." is no label."""
    document = Document(id="d1", source="t.txt", body="", title="Keep the ferry", outlet="The Harbour Courier",
                        removed=[Removed(text=label, reason="navigation or section label")])
    assert opinion_page(document) and editorial_page(document) is editorial
    teaser = Removed(text="Minister says ferry sale will go ahead", reason="related-article teaser")
    assert not opinion_page(Document(id="d1", source="t.txt", body="", title="Keep the ferry", removed=[teaser]))


def test_own_voice_a_kicker_after_the_menu_files_the_page() -> None:
    """An HTML page's kicker "OPINION" (a <div>) after the menu's links (<a>) is no item of the menu; the
    same word as one more link of the menu still is (red before: the kicker was read as a menu item)."""
    menu = [Removed(text=word, reason="outside the article's main text (page <a>)") for word in ("News", "Sport", "Puzzles")]
    kicker = Removed(text="OPINION", reason="outside the article's main text (page <div>)")
    byline = Removed(text="By Oskar Lind", reason="outside the article's main text (page <div>)")
    assert opinion_page(Document(id="d1", source="t.html", body="", title="Keep the ferry", removed=[*menu, kicker, byline]))
    item = Removed(text="Opinion", reason="outside the article's main text (page <a>)")
    assert not opinion_page(Document(id="d1", source="t.html", body="", title="Keep the ferry",
                                     removed=[*menu, item, Removed(text="Money", reason=menu[0].reason)]))


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="issue 10: every imperative of an opinion page is taken for a position of its "
                   "own (own_voice._imperative), a reader's pointer ('See page 12 ...') or an example ('Take last "
                   "winter, for example') too (review of session 19)")
def test_own_voice_an_imperative_that_takes_no_position(run) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(["THE FERRY GAZETTE", "News | Sport | Money | Puzzles", "MORROW SAYS", "Keep the ferry",
                      "By Ada Morrow", "Monday 4 May 2026"]) + "\n\n" + (
        "The council meets on Friday to decide the ferry line's future.\n\n"
        "Take last winter, for example. The boats ran on time every day.\n\n"
        "See page 12 for the full timetable.")
    analysis = run(text, question=QUESTION)
    assert not [s for s in analysis.statements if "page 12" in s.content or "last winter" in s.content]


# Session 20: an editorial keeps to its own sentences: a teaser line left in the body, and a sentence reporting
# someone's quoted pledge, are not the outlet's positions.
TEASED = EDITORIAL.replace(
    "Is a sale the answer?",
    "Since Minister Varen has promised the islanders that the line \"will never be cut in winter,\" she should "
    "now show them the buyer's timetable.\n\nGuest column: Why the ferry must stay public, by Nils Pellory\n\n"
    "Is a sale the answer?")


def test_own_voice_a_teaser_is_no_position(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(TEASED, question=QUESTION)
    assert not [s for s in analysis.statements if "Guest column" in s.content and s.speaker_rule == "outlet"]
    assert speaker_name(analysis, "The assembly should reject the sale") == "The Harbour Courier"


def test_own_voice_a_quoted_pledge_stays_the_finders(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(TEASED, question=QUESTION)
    assert speaker_name(analysis, "will never be cut in winter") == "Ilsa Varen"


@pytest.mark.parametrize(("removed", "opinion"), [
    (["Columnists > Mara Quill"], True),  # a breadcrumb to the columnist
    (["Home › Columns › Quill"], True),
    (["Columns"], False),  # a bare word: a menu's item or a table's header
    (["Home | Politics | Columnists | Subscribe"], False),  # a menu of sections
    (["Column inches: the week in print"], False),
])
def test_own_voice_a_columns_breadcrumb_files_it(removed: list[str], opinion: bool) -> None:
    """Session 34: a path through the site's columns or columnists files the page as opinion (q_best's, q_threshold's,
    q_lastvote's columns were read as news: none of their own positions found)."""
    document = Document(id="d1", source="t.txt", body="", title="Keep the ferry",
                        removed=[Removed(text=line, reason="navigation breadcrumb") for line in removed])
    assert opinion_page(document) is opinion


@pytest.mark.parametrize(("removed", "opinion"), [
    (["Opinion | Harbours"], True),  # two steps with a bar: the section, then its topic
    (["Comment | Harbour life"], True),
    (["Opinion | Why the ferry timetable still runs on old rules"], False),  # a link's title after the bar
    (["News | Opinion"], False),  # the opinion word not first: two items of a menu
    (["Opinion | Sport | Business"], False),  # a menu of three
])
def test_own_voice_a_two_step_path_with_a_bar_files_it(removed: list[str], opinion: bool) -> None:
    """Session 34: "Opinion | Harbours", a path of two steps printed with a bar, files the page as opinion (q_better's,
    q_profit's, q_trusted's columns)."""
    document = Document(id="d1", source="t.txt", body="", title="Keep the ferry",
                        removed=[Removed(text=line, reason="navigation or section label") for line in removed])
    assert opinion_page(document) is opinion


# A column filed by its breadcrumb alone, its author's note in its body (session 34).
BREADCRUMB = _page("Columnists > Mara Quill", "Minister Varen must not sell the Tessel ferry line").replace(
    BODY, "Mara Quill writes on the islands and their boats every other week.\n\n" + BODY)


def test_own_voice_a_column_filed_by_its_breadcrumb(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(BREADCRUMB, question=QUESTION)
    statement = statement_with(analysis, "The assembly should reject the sale")
    assert statement.speaker_rule == "column" and speaker_name(analysis, "The assembly should reject the sale") == "Mara Quill"


# The same column with its author named only by a bio at the foot, which the cleaner removes (NOTED_BY's "is" form).
FOOT_BIO = _page("Columnists > Mara Quill", "Minister Varen must not sell the Tessel ferry line") + (
    "\n\nMara Quill is the Courier's islands columnist.")


def test_own_voice_a_column_signed_by_its_foot_bio(run) -> None:  # type: ignore[no-untyped-def]
    analysis = run(FOOT_BIO, question=QUESTION)
    assert speaker_name(analysis, "The assembly should reject the sale") == "Mara Quill"


@pytest.mark.parametrize(("lines", "signed"), [
    (["Opinion > Columnists", "Mara Quill", "Monday 4 May 2026"], ["Mara Quill"]),
    (["OPINION", "MARA QUILL-DORN", "Published 4 May 2026, 18:05"], ["Mara Quill-Dorn"]),
    # a section's label or the outlet's name over the date, or a name over no date, signs nothing
    (["Opinion > Columnists", "Harbour Columns", "Monday 4 May 2026"], []),
    (["Opinion", "Harbour Courier", "Monday 4 May 2026"], []),
    (["Opinion > Columnists", "Mara Quill", "Share this article"], []),
])
def test_own_voice_a_bare_byline_over_the_date_signs_the_column(lines: list[str], signed: list[str]) -> None:
    """A column's author named alone on the line over its date, which the cleaner removed as a label (session 36:
    such pages gave their positions to no one; NAME_LINE, STAMPS)."""
    reasons = {"Monday 4 May 2026": "date line", "Published 4 May 2026, 18:05": "time stamp"}
    removed = [Removed(text=line, reason=reasons.get(line, "navigation or section label")) for line in lines]
    document = Document(id="d1", source="t.txt", body="", title="Keep the ferry", outlet="The Harbour Courier", removed=removed)
    assert _bare_byline(document) == signed


# An outlet's "SAYS" label over one person's byline, its writer speaking as "I" (session 36): the person's column.
SAYS_SIGNED = "\n".join(["THE HARBOUR COURIER", "News | Sport | Money | Puzzles | Courier Says", "COURIER SAYS", "",
                         "Don't let them sell our ferry", "", "By Oskar Lind", "Monday 4 May 2026"]) + "\n\n" + (
    "I sat in the gallery on Friday while the transport minister dodged every question.\n\n"
    "The assembly should reject the sale when it votes on Thursday.\n\n"
    "Here is my advice to the islanders: write to your member today.")
# The same page whose only "I" and "my" are a shopper's, in a quotation left open to the paragraph's end.
SAYS_UNSIGNED = SAYS_SIGNED.replace(
    "I sat in the gallery on Friday while the transport minister dodged every question.",
    'One shopper, Ivo Brand, laughed: "A sale? I will believe it when my fare goes down.').replace(
    "Here is my advice to the islanders: write to your member today.", "The islanders should write to their member today.")


def test_own_voice_a_signed_column_under_the_outlets_label(run) -> None:  # type: ignore[no-untyped-def]
    """Red before: "THE COURIER SAYS" made the page an editorial, its positions the outlet's though its byline's
    writer says "I" (FIRST_PERSON); a quotation's "I" leaves an editorial the outlet's."""
    analysis = run(SAYS_SIGNED, question=QUESTION)
    assert statement_with(analysis, "The assembly should reject the sale").speaker_rule == "column"
    assert speaker_name(analysis, "The assembly should reject the sale") == "Oskar Lind"
    analysis = run(SAYS_UNSIGNED, question=QUESTION)
    assert statement_with(analysis, "The assembly should reject the sale").speaker_rule == "outlet"
    assert speaker_name(analysis, "The assembly should reject the sale") == "The Harbour Courier"


# The same signed page whose writer says "I" once only: one "I" may be a quotation the page left without marks.
SAYS_ONE_I = SAYS_SIGNED.replace("Here is my advice to the islanders: write to your member today.",
                                 "The islanders should write to their member today.")


def test_own_voice_one_i_under_the_outlets_label_stays_the_outlets(run) -> None:  # type: ignore[no-untyped-def]
    """Red without the guard FIRST_PERSON = 2 (with 1, a single "I" outside quotation marks makes the page the signed
    writer's column): under the outlet's "COURIER SAYS" label the page stays its editorial."""
    assert SAYS_ONE_I.count(" I ") + SAYS_ONE_I.count("\nI ") == 1 and " my " not in SAYS_ONE_I
    analysis = run(SAYS_ONE_I, question=QUESTION)
    assert statement_with(analysis, "The assembly should reject the sale").speaker_rule == "outlet"
    assert speaker_name(analysis, "The assembly should reject the sale") == "The Harbour Courier"
