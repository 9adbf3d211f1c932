"""Interviews printed without "Q:"/"A:" (interview.py has those): answers after a speaker's label
("Beata Kovács: ...", "BK: ...", "Marescu: ...") and answers printed as the paragraph after a
question. Each answer is one direct statement of the person who gives it, whoever else it names
(issue 10, session 11; tests/extract/test_transcript.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from spacy.tokens import Doc

from ..clean.navigation import MENU_MIN_PARTS, MENU_SEPARATOR, section_labels
from ..model import Actor, Document
from .actors import ActorIndex
from .candidate import Candidate
from .interview import WRITER, addressed_by_writer, answer_candidate
from .mentions import Mention
from .text import doc_text


def section_menu(text: str, words: str) -> bool:
    """A line of three or more of the site's sections with one of `words` among them ("Home / News /
    Opinion / Sport", "Interviews / Podcasts / Sport"), which `section_line` cannot tell from a path by
    its separators: a path runs down to the page, so its steps before the word are parent sections
    ("Home / Politics / Interviews", "News › Opinion › Editorials") but a section after it that is none
    of `words` makes the line a menu (tests/extract/test_own_voice.py::test_own_voice_opinion_page_by_its_labels,
    tests/extract/test_transcript.py::test_transcript_a_sites_menu_or_link_makes_no_interview)."""
    steps = [s.strip() for s in MENU_SEPARATOR.split(text.strip())]
    first = next((k for k, s in enumerate(steps) if re.fullmatch(words, s, re.I)), None)
    return len(steps) >= MENU_MIN_PARTS and first is not None and any(other_section(s, words) for s in steps[first + 1:])


def other_section(step: str, words: str) -> bool:
    """A step of a path or an item of a menu that is a site's section other than one of `words` and home."""
    step = step.strip()
    return section_labels(step) and not re.fullmatch(words, step, re.I) and step.lower() != "home"


def section_line(words: str, after: str) -> re.Pattern[str]:
    """A removed line that files the page under one of `words`: the word alone or followed by what
    `after` allows (a credit's "by", a colon), or the last step or a middle step of a breadcrumb
    ("Home › Interviews", "Opinion › Editorials"); never one item of a menu of sections ("News |
    Opinion | Sport") nor a link's text. Shared by interviews (here) and opinion pages (own_voice.py)."""
    return re.compile(rf"^\s*(?:(?:{words})\s*(?:{after})|(?:[^|·•\n]*\s[›>»/]\s)*(?:{words})(?:\s[›>»/]\s[^|·•\n]*)*$)",
                      re.I)


# "Mossop: ...", "Hortense Mossop: ...", "HM: ...": one to three capitalised words and a colon open the paragraph.
LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s")
QUOTE_MARKS = "\"“”"
# A phone-in's label with a part in brackets: a caller's name after the role ("CALLER (NAME):", "Caller (Name, Town):")
# or the role after the name ("NAME (CALLER):"); the part before the colon may say a party or a place
# ("SURNAME (Greens):"), and then the name outside the brackets labels the turn (test_transcript_a_callers_label).
BRACKETED_LABEL = re.compile(r"(?P<outer>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\((?P<inner>[^()\n:]{1,40})\)\s*:\s")
# The roles a bracketed label names a member of the public by: the name beside them is a person's (a first name alone,
# which the tagger often makes no person or a place). A general list of a broadcast's roles, no corpus's words.
PUBLIC_ROLES = frozenset({"caller", "listener", "viewer", "texter", "audience member", "member of the public",
                          "member of the audience", "questioner", "voter", "resident"})
# The page calls itself an interview: a title "INTERVIEW: ...", "Q&A".
INTERVIEW_WORD = re.compile(r"\binterview|\bQ\s?&\s?A\b", re.I)
# A removed line that says so: a credit "Interview by X", "Interview: X", a section label "Interviews"
# alone, or a breadcrumb ("Home › Interviews", "Home / Interviews / Law"); not a menu of the site's
# sections ("News | Interviews | Sport") nor a link to another page ("Related: Interview with ...")
# (test_transcript_a_sites_menu_or_link_makes_no_interview).
INTERVIEW_WORDS = r"interviews?|q\s?&\s?a"
INTERVIEW_LINE = section_line(INTERVIEW_WORDS, r"by\b|:|$")
# Words of a question put to someone and of an answer given in the first person.
SECOND_PERSON = re.compile(r"\byou(?:r|rs)?\b", re.I)
FIRST_PERSON_WORDS = re.compile(r"\b(?:I|we|my|our|me|us)\b")


# An editor's note on the page calling it an interview ("This interview was shortened and lightly edited."),
# not any sentence opening "This interview ..." (test_transcript_a_page_calling_itself_this_interview); or a
# broadcast's transcript, the note opening a line or a sentence ("This is an edited transcript.", "This transcript
# has been shortened."), whose presenter's turns need not ask (test_transcript_a_page_calling_itself_a_transcript).
THIS_INTERVIEW = re.compile(r"(?:^\s*|(?<=[.!?] ))(?:(?:this|the following) (?:interview|transcript) "
                            r"(?:has been|was|is|have been) (?:\w+ ){0,2}?"
                            r"(?:condensed|edited|shortened|abridged|translated|transcribed|conducted)\b|"
                            r"this is an? (?:\w+ ){0,2}?transcript(?=[.;,]| of\b))",
                            re.I | re.M)


def printed_as_interview(document: Document) -> bool:
    """The page's title, or a credit, section label or breadcrumb the cleaner removed, says it is an interview;
    or a line of the page calls it "this interview" (tests/extract/test_transcript.py)."""
    return bool(INTERVIEW_WORD.search(document.title or "")) or any(
        (INTERVIEW_LINE.match(r.text) and not section_menu(r.text, INTERVIEW_WORDS)) or THIS_INTERVIEW.match(r.text)
        for r in document.removed) or bool(
        THIS_INTERVIEW.search(document.body))


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        start = end + 1


def is_question(paragraph: str) -> bool:
    """A paragraph asking something, not a quotation that does."""
    return paragraph.endswith("?") and paragraph[:1] not in QUOTE_MARKS


def questioner(turns: Iterable[str], asking: Callable[[str], bool] = is_question) -> bool:
    """The one asking, not answering: more than half of a speaker's turns ask (`asking`: a paragraph that asks; for a
    presenter, host_turns', a turn that asks or hands the floor over). labelled_answers and host_turns read this alike
    (tests/extract/test_transcript.py)."""
    asked = [asking(turn) for turn in turns]
    return sum(asked) * 2 > len(asked)


def label_actor(label: str, index: ActorIndex) -> Actor | None:
    """The person a transcript label names: a name or surname of the article's, or the initials of
    exactly one of its persons ("BK" for Beata Kovács)."""
    actor = index.lookup(label)
    if actor is not None and actor.kind == "other" and label.isupper() and len(label.split()) >= 2:
        # "HALVAR TESK: ...": a full name in capitals opening a turn is a person speaking, whatever the tagger made of
        # the name in the text (test_transcript_a_full_name_label_the_tagger_left_unsure)
        index.mark_person(actor)
        return actor
    if actor is not None and (actor.kind == "person" or not label.isupper()):
        return actor if actor.kind == "person" else None
    # (A label in capitals the tagger made a body of its own, "DAP", may still be a person's initials.)
    if initials_label(label):
        persons = [a for a in index.actors if a.kind == "person" and label in _initials(a.name)]
        return persons[0] if len(persons) == 1 else None
    return None


def initials_label(label: str) -> bool:
    """A label of two to four capitals ("RH", "IVT")."""
    return label.isalpha() and label.isupper() and 2 <= len(label) <= 4


# A run of two or three capitalised words in running text ("Ilse Vane-Tor", "Oda Brenn"): a name a label's initials
# may stand for.
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*)+")


def _initialled_name(label: str, text: str, index: ActorIndex) -> str | None:
    """The one name of two or three words written in the text (outside the labels opening its lines) whose initials
    the label is and which the index holds as no actor of its own (an outlet, "TC" for the Tessel Courier, is a body
    the tagger found); None when no run or two different ones have them."""
    names: set[str] = set()
    for run in CAPITALISED_RUN.finditer(text):
        if text[run.end():run.end() + 1] == ":" and text[:run.start()][-1:] in {"", "\n"}:
            continue  # a label ("ODA BRENN:")
        tokens = [t.removesuffix("'s").removesuffix("’s") for t in run.group().split()]
        for size in (2, 3):
            for k in range(len(tokens) - size + 1):
                name = " ".join(tokens[k:k + size])
                # (a name the vote left unsure, "other", is no body the tagger found: "ICB" for a guest so left;
                # test_transcript_initials_of_a_name_left_unsure)
                if not name.isupper() and label in _initials(name) \
                        and ((found := index.lookup(name)) is None or found.kind == "other"):
                    names.add(name)
    # ("Vane-Tor" alone has the initials of no label of two letters or more: only full names are candidates.)
    return names.pop() if len(names) == 1 else None


def _surname_label(label: str) -> bool:
    """A label of one word in title case of three letters or more ("Abbot"), or in capitals of five or more (shorter
    ones may be initials)."""
    return label.isalpha() and " " not in label and (
        (label[0].isupper() and label[1:].islower() and len(label) >= 3) or (label.isupper() and len(label) >= 5))


def _surnamed_name(label: str, text: str, index: ActorIndex) -> str | None:
    """The one name of two or three capitalised words written in the text (outside the labels opening its lines, a
    title before it left out) that ends in the label and which the index holds as no person (a name the tagger made a
    body, "Dr Ines Abbot studies ..." read as an organisation, is one); None when none or two different ones do."""
    surname = label.title()
    names: set[str] = set()
    for run in CAPITALISED_RUN.finditer(text):
        if text[run.end():run.end() + 1] == ":" and text[:run.start()][-1:] in {"", "\n"}:
            continue  # a label
        tokens = TITLE.sub("", run.group()).split()
        for k in range(1, len(tokens)):
            if tokens[k].removesuffix("'s").removesuffix("’s") == surname:
                for size in (2, 3):
                    if k - size + 1 >= 0:
                        name = " ".join([*tokens[k - size + 1:k], surname])
                        if not name.isupper() and ((found := index.lookup(name)) is None or found.kind != "person"):
                            names.add(name)
                break
    # ("Dr Ines Abbot" gives "Ines Abbot" and, with a word before it, a longer run: the shortest is the name.)
    shortest = {n for n in names if not any(o != n and n.endswith(o) for o in names)}
    return shortest.pop() if len(shortest) == 1 else None


def _person_named(name: str, index: ActorIndex) -> Actor:
    """The index's actor of the name, marked a person, or a new person of that name."""
    actor = index.lookup(name)
    if actor is None:
        return index.person(name)
    if actor.kind != "person":
        index.mark_person(actor)
    return actor


def bracketed_label_actor(outer: str, inner: str, index: ActorIndex) -> tuple[Actor | None, str]:
    """The person a label with a part in brackets names, and the label it is counted under: a caller's name beside a
    role of the public ("CALLER (NAME, Town)" or "NAME (CALLER)"), a person of its own even where the tagger made the
    name a place or a body; else the name outside the brackets as any label (`label_actor`)."""
    first = inner.split(",")[0].strip()
    if outer.lower() in PUBLIC_ROLES:
        name = first
    elif first.lower() in PUBLIC_ROLES:
        name = outer
    else:
        return label_actor(outer, index), outer
    if not name[:1].isupper() or len(name.split()) > 3:
        return None, name
    name = name.title() if name.isupper() else name
    actor = index.lookup(name)
    if actor is None:
        return index.person(name), name
    if actor.kind != "person":
        index.mark_person(actor)
    return actor, name


def _initials(name: str) -> set[str]:
    """"BK" for Beata Kovács; a hyphened name gives a letter for each part as well ("DAP" and "DA" for
    Dana Ash-Porter; test_transcript_initials_of_a_hyphened_name)."""
    # (a title before the name is no initial: "LM" for Prof Lisbet Marrow; test_transcript_initials_after_a_title)
    name = TITLE.sub("", name)
    return {"".join(w[0] for w in words if w[:1].isupper()) for words in (name.split(), re.split(r"[\s-]+", name))}


# Titles written before a name ("Dr", "Prof.", "Ms").
TITLE = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Lord|Lady)\.?\s+)+")


def _label_at(text: str, start: int, end: int, index: ActorIndex) -> tuple[int, Actor | None, str, str | None] | None:
    """The speaker's label opening the paragraph at [start, end): (start of its words, the label's person, the label,
    the part in brackets or None for a plain "NAME:" label); None when no label opens it or nothing follows it. Read
    by labelled_answers and host_turns alike."""
    m = LABEL.match(text, start)
    if m is None:
        bracketed = BRACKETED_LABEL.match(text, start)
        if bracketed is None or bracketed.end() >= end:
            return None
        actor, label = bracketed_label_actor(bracketed.group("outer"), bracketed.group("inner"), index)
        return bracketed.end(), actor, label, bracketed.group("inner")
    if m.end() >= end:
        return None
    return m.end(), label_actor(m.group("label"), index), m.group("label"), None


def labelled_answers(sdoc: Doc, index: ActorIndex, interview: bool) -> list[tuple[Candidate, Actor]]:
    """Each paragraph opened by a label naming a person, with that person; not the questioner's (a
    label whose paragraphs mostly ask). Only in a transcript: two answers or more, and the page an
    interview or a questioner's label beside them."""
    text = doc_text(sdoc)
    paragraphs = list(_paragraphs(text))
    found: list[tuple[int, int, Actor | None, str]] = []
    for k, (start, end) in enumerate(paragraphs):
        if (at := _label_at(text, start, end, index)) is None:
            continue
        words, actor, label, inner = at
        if inner is not None:  # a label with a part in brackets: its paragraph alone
            found.append((words, end, actor, label))
            continue
        opener = text[start] if text[start] in QUOTE_MARKS else ""
        for next_start, next_end in paragraphs[k + 1:]:
            # A turn opened by a quotation mark runs on through the next paragraphs opened by one
            # ('"MARSH: ...' / '"But ...'; test_roundup_transcript_turns).
            if not opener or text[next_start] != opener or LABEL.match(text, next_start):
                break
            end = next_end
        found.append((words, end, actor, label))
    # A surname alone in capitals ("TESK: ...") after the full name labelled a turn before ("HALVAR TESK: ..."): the same
    # person, though the name is no person's of the index (test_transcript_a_full_name_label_the_tagger_left_unsure).
    # A full name in capitals of no actor whose surname alone labels other turns ("ODA BRENN:", then "BRENN:"): a person
    # speaking, whom the tagger found nowhere in the body (named in the title only; a "Ms Brenn" in a question gives no
    # full name; test_transcript_a_full_name_label_of_no_actor_then_its_surname).
    alone = {label for _, _, _, label in found if label.isupper() and " " not in label}
    found = [(s, e, actor if actor is not None or not (label.isupper() and 2 <= len(label.split()) <= 3
                                                        and label.split()[-1] in alone)
              else _person_named(label.title(), index), label) for s, e, actor, label in found]
    full = {label.split()[-1]: actor for _, _, actor, label in found if actor is not None and len(label.split()) >= 2}
    found = [(s, e, actor if actor is not None or not label.isupper() else full.get(label), label)
             for s, e, actor, label in found]
    # Initials of no person of the index, answering (a questioner's are left alone: no person is made of an outlet's
    # initials): the one name of the text with those initials is a person speaking, "IVT" for a guest the tagger joined
    # to the place before her name ("the mayor of X, Ilse Vane-Tor" one body;
    # test_transcript_initials_of_a_name_the_tagger_joined_to_a_place).
    # A surname alone of no actor of the index, answering, is the one name of the text ending in it ("Abbot:" for "Dr
    # Ines Abbot" the tagger found no person in; test_transcript_a_surname_label_of_a_name_the_tagger_missed).
    unnamed: dict[str, list[str]] = {}
    for start, end, actor, label in found:
        if actor is None and (initials_label(label) or _surname_label(label)):
            unnamed.setdefault(label, []).append(text[start:end])
    named = {label: _person_named(name, index) for label, turns in unnamed.items()
             if not questioner(turns) and (name := _initialled_name(label, text, index)
                                           if initials_label(label)
                                           else _surnamed_name(label, text, index)) is not None}
    found = [(s, e, actor or named.get(label), label) for s, e, actor, label in found]
    said: dict[str, list[str]] = {}
    for start, end, actor, label in found:
        said.setdefault(actor.id if actor else label, []).append(text[start:end])
    questioners = {key for key, turns in said.items() if questioner(turns)}
    answers = [(answer_candidate(sdoc, start, end), actor) for start, end, actor, _ in found
               if actor is not None and actor.id not in questioners and end - start >= 3]
    if len(answers) < 2 or not (interview or questioners):
        return []
    return answers


def asked_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The question paragraphs of an interview printed as question paragraphs, unlabelled; not the body's first
    paragraph, a standfirst asking ("She fought every fare rise for ten years. Why not this one?"),
    which nothing introduces (test_transcript_a_standfirst_asking_is_no_question)."""
    return [k for k, (s, e) in enumerate(paragraphs) if k > 0 and is_question(text[s:e]) and not LABEL.match(text, s)]


def unlabelled_answers(sdoc: Doc, mentions: list[Mention], index: ActorIndex, outlet: str | None = None,
                       title: str | None = None) -> list[tuple[Candidate, Actor]]:
    """In a page printed as an interview whose questions stand as paragraphs of their own (two or
    more), the paragraph right after each question is the interviewee's answer; the interviewee is the
    first person named in the paragraph before the first question ("We spoke to X, who ...")."""
    text = doc_text(sdoc)
    paragraphs = list(_paragraphs(text))
    questions = asked_paragraphs(text, paragraphs)
    if len(questions) < 2:
        return []
    questions = sorted(questions + prompts(text, paragraphs, questions))
    speaker = interviewee_before_questions(text, mentions, index) or interviewee_of_page(sdoc, mentions, index, outlet,
                                                                                           title)
    if speaker is None:
        return []
    answers = []
    for k in questions:
        if k + 1 < len(paragraphs) and k + 1 not in questions:
            start, end = paragraphs[k + 1]
            if text[start:start + 1] not in QUOTE_MARKS and not LABEL.match(text, start):
                answers.append((answer_candidate(sdoc, start, end), speaker))
    # Questions put to someone ("you") or answers in the first person: an explainer's question heads
    # answered in the writer's voice are no interview (test_transcript_an_explainers_question_heads_are_no_interview).
    asked = any(SECOND_PERSON.search(text[paragraphs[k][0]:paragraphs[k][1]]) for k in questions)
    own = sum(bool(FIRST_PERSON_WORDS.search(text[c.start:c.end])) for c, _ in answers)
    if not asked and own * 2 < len(answers):
        return []
    return answers if len(answers) >= 2 else []


FIRST_PERSON_OF_ITS_OWN = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})


def is_prompt(paragraph: str) -> bool:
    """An interviewer's prompt said as a statement ("But you must have an opinion.", "The mayor backs
    the rise."): one short sentence ended by a full stop (not a dateline "12 March 2025 · 4 min read"), three words or
    more, no first person of its own, not a quotation."""
    return (len(paragraph.split()) >= 3 and paragraph.endswith((".", "!"))
            and short_sentence(paragraph, FIRST_PERSON_OF_ITS_OWN))


def short_sentence(paragraph: str, first_person: frozenset[str]) -> bool:
    """One sentence of 25 words or fewer (a title's full stop, "Mr.", is no sentence end), not opening with a
    quotation mark, with none of the `first_person` words: what an interviewer's prompt looks like (is_prompt,
    first_person._prompt)."""
    words = paragraph.split()
    inner = paragraph.rstrip(".!").replace("Mr.", "Mr").replace("Ms.", "Ms").replace("Dr.", "Dr")
    return (len(words) <= 25 and "." not in inner and paragraph[:1] not in QUOTE_MARKS
            and not any(w.strip(",.;:!").lower() in first_person for w in words))


def prompts(text: str, paragraphs: list[tuple[int, int]], questions: list[int]) -> list[int]:
    """The paragraphs between an interview's question paragraphs that put the next question as a statement: a
    prompt (is_prompt) right after an answer (a paragraph that follows a question), before the last question and
    followed by a paragraph that is no question; its next paragraph is an answer like a question's
    (test_transcript_an_answer_after_a_prompt_said_as_a_statement)."""
    asked = set(questions)
    found = []
    for k in range(questions[0] + 2, questions[-1]):
        start, end = paragraphs[k]
        if (k not in asked and k - 1 not in asked and k + 1 not in asked and (k - 2 in asked or k - 2 in found)
                and not LABEL.match(text, start) and is_prompt(text[start:end])):
            found.append(k)
    return found


def interviewee_before_questions(body: str, mentions: list[Mention], index: ActorIndex) -> Actor | None:
    """The last person made a subject, else the first person named, in the paragraph before the first question
    paragraph: the interviewee of an interview printed as question paragraphs."""
    paragraphs = list(_paragraphs(body))
    first = next(iter(asked_paragraphs(body, paragraphs)), 0)
    if first == 0:
        return None
    intro_start, intro_end = paragraphs[first - 1]
    persons = [(m.start, a, m.subject) for m in mentions if intro_start <= m.start < intro_end
               and (a := index.by_id(m.actor)) is not None and a.kind == "person"]
    # The introduction's last subject ("..., the deal's critics say. X, 47, the fund's partner, spoke to us at
    # its offices": X, not the owner named first; test_speakers_session15[the_interviewee_the_intro_ends_on]),
    # else its first person named ("We spoke to X, who ...").
    subjects = [p for p in persons if p[2]]
    return (subjects[-1] if subjects else min(persons, key=lambda p: p[0]))[1] if persons else None


def interviewee_of_page(sdoc: Doc, mentions: list[Mention], index: ActorIndex, outlet: str | None,
                        title: str | None) -> Actor | None:
    """When the paragraph before the first question names no person (a caption the cleaner removed, the writer's own
    aside), the person the introduction says the writer or the outlet spoke to ("The Courier spoke to X, ..."), else
    the one person of the article the title names (test_transcript_the_interviewee_named_before_the_last_intro)."""
    text = doc_text(sdoc)
    paragraphs = list(_paragraphs(text))
    first = next((paragraphs[k][0] for k in asked_paragraphs(text, paragraphs)), 0)
    writers = WRITER | {w.lower() for w in re.findall(r"[\w']+", outlet or "") if w[:1].isupper()}
    for m in mentions:
        actor = index.by_id(m.actor)
        if m.start < first and actor is not None and actor.kind == "person" and addressed_by_writer(sdoc, m, writers):
            return actor
    named = {a.id: a for a in index.actors if a.kind == "person" and title and a.name in title}
    return next(iter(named.values())) if len(named) == 1 else None


def outlet_turns(text: str, outlet: str | None) -> list[tuple[int, int]]:
    """(start, end) of the labels opening a transcript's paragraphs that name the page's outlet, asking ("Gazette: "
    on the Upper Vale Gazette, "KVR: " on KVR News); a named interviewer's turns ("TENNICK: ...") are
    statements (PolNeAR annotates them)."""
    words = {w.lower() for w in re.findall(r"[\w']+", outlet or "")}
    initials = "".join(w[0] for w in re.findall(r"[\w']+", outlet or "") if w[:1].isupper())
    found = []
    for start, _ in _paragraphs(text):
        m = LABEL.match(text, start)
        label = m.group("label") if m else ""
        if m and words and (all(w.lower() in words for w in label.split()) or initials.startswith(label)):
            found.append((start, m.end()))
    return found


def transcript_answers(document: Document, sdoc: Doc, mentions: list[Mention],
                       index: ActorIndex) -> list[tuple[Candidate, Actor]]:
    """The answers of an interview printed with labels, else of one printed as question paragraphs."""
    interview = printed_as_interview(document)
    labelled = labelled_answers(sdoc, index, interview)
    if labelled or not interview:
        return labelled
    return unlabelled_answers(sdoc, mentions, index, document.outlet, document.title)


# The roles a broadcast or an interview page names the one who asks by: written before the name ("Presenter X",
# "Interview by X", "hosted by X") or after it ("X (presenter)", "X, the programme's host"). A general list of a
# programme's roles, no corpus's words (test_transcript_a_presenter_named_by_the_intro_makes_no_statement).
HOST_ROLES = r"presenter|host|anchor|anchorwoman|anchorman|interviewer|moderator|compère|compere"
HOST_BEFORE = re.compile(rf"\b(?:(?:{HOST_ROLES})s?\s*:?|(?:presented|hosted|moderated|chaired)\s+by|"
                         rf"interview(?:ed|s)?\s+by|questions\s+by)\s+$", re.I)
# After the name: a role in brackets or after a comma, or the intro's "X was joined by" (the one who receives the
# guests; not "X spoke to", said of a guest as often: "X spoke to the Courier"); a reporter's byline ("X, Transport
# Reporter") on a removed line, the page's writer asking (test_transcript_a_presenter_named_as_such).
HOST_AFTER = re.compile(rf"(?:\s*\((?:{HOST_ROLES})\)|\s*,\s*(?:the\s+|our\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{HOST_ROLES})\b|"
                        r"\s+(?:was|is|were|are)\s+joined\b)", re.I)
# A programme's credit on a removed line, "Listen again: <programme> with <presenter>": the name after "with" presents it
# (test_transcript_a_presenter_named_by_the_programmes_credit).
PROGRAMME_CREDIT = re.compile(r"^\s*(?:listen|watch)(?:\s+(?:again|back|live))?\s*:.*\bwith\s+$", re.I)
WRITER_AFTER = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){0,2}?(?:reporter|correspondent|editor|journalist)\b", re.I)
# A turn that hands the floor over rather than takes a position: a greeting, thanks, a sign-off, "let's hear from",
# "over to" (with a question or a guest's name opening the turn, what a presenter's turns are made of;
# test_transcript_a_presenter_by_turns_that_ask_and_hand_over).
HANDOVER = re.compile(r"^(?:let'?s\s+(?:hear|go|turn|bring)|let\s+me\s+(?:bring|turn)|over\s+to|back\s+to|"
                      r"thanks?\b|thank\s+you|that'?s\s+(?:all|it)\b|good(?:night|bye|\s+morning|\s+evening)|"
                      r"welcome\b|joining\s+(?:me|us)\b)", re.I)


def _turns(text: str, index: ActorIndex) -> list[tuple[int, int, int, Actor | None, str, str]]:
    """(start of the label, start of the words, end, person, label, bracketed part) of each paragraph a speaker's
    label opens."""
    return [(start, words, end, actor, label, inner or "") for start, end in _paragraphs(text)
            if (at := _label_at(text, start, end, index)) is not None for words, actor, label, inner in [at]]


def _named_as_host(names: list[str], intro: str, bylines: list[str]) -> bool:
    """One of `names` is written in the page's introduction or a removed line with a presenter's role before or after
    it, as the reporter of a byline, or after "with" in a programme's credit on a removed line."""
    for name in {n for n in names if n}:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
        for text, writer in [(intro, False)] + [(b, True) for b in bylines]:
            for m in pattern.finditer(text):
                if HOST_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or HOST_AFTER.match(text, m.end()) or (
                        writer and (WRITER_AFTER.match(text, m.end()) or PROGRAMME_CREDIT.match(text[:m.start()]))):
                    return True
    return False


def _hands_over(turn: str, others: set[str]) -> bool:
    """A turn that asks, hands the floor over, or opens on another speaker's name ("Name, you're shaking your head.")."""
    first = re.match(r"[\w'’-]+", turn)
    return "?" in turn or bool(HANDOVER.match(turn)) or bool(first and first.group() in others)


def host_turns(document: Document, sdoc: Doc, index: ActorIndex) -> list[tuple[int, int, int, str, str]]:
    """(start of the label, start of the words, end, the person's id, the label) of the turns of a transcript's
    presenter or interviewer, whose turns are no statements
    of theirs (the gold of a broadcast lists its presenter among the speakers no statement goes to): the label's person
    the page names as presenter, host or interviewer (its intro, a bracketed role, a byline), or whose turns mostly ask
    or hand over to the others. Only in a transcript: two labels or more, with four turns or more between them."""
    text = doc_text(sdoc)
    turns = _turns(text, index)
    persons = {actor.id for _, _, _, actor, _, _ in turns if actor is not None}
    if len(persons) < 2 or len(turns) < 4:
        return []
    intro = text[:turns[0][0]]
    bylines = [r.text for r in document.removed]
    others = {w for _, _, _, actor, label, _ in turns if actor is not None
              for w in [*label.title().split(), *actor.name.split()]}
    hosts = set()
    for key in persons:
        own = [t for t in turns if t[3] is not None and t[3].id == key]
        actor = own[0][3]
        assert actor is not None
        names = [actor.name, *actor.aliases, *{label.title() for *_, label, _ in own}]
        theirs = others - set(" ".join(names).split())
        if (any(re.fullmatch(HOST_ROLES, inner.strip(), re.I) for *_, inner in own) or _named_as_host(names, intro, bylines)
                or (len(own) >= 3 and questioner((text[s:e] for _, s, e, *_ in own), partial(_hands_over, others=theirs)))):
            hosts.add(key)
    if len(hosts) >= len(persons):  # every speaker asking: no one to tell the presenter from
        return []
    return [(start, words, end, actor.id, label) for start, words, end, actor, label, _ in turns
            if actor is not None and actor.id in hosts]
