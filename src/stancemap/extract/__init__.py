"""Stage 4 (map side): what one parsed article says, before the corpus is known.

`extract_article(document, sdoc)` is the interface. Each step is its own module:
mentions.py (names, titles) -> actors.py (the article's local actors) -> statements.py (cues,
content) -> speakers.py (who: the one place a speaker is decided) -> timeline.py (when).
Stance and conditions depend on the question, so they are judged later, in the reduce
(corpus.py), from the parse rows kept in the record.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc

from ..model import Actor, Document
from ..parse_rows import rows_of
from ..record import ArticleRecord, DraftStatement, LocalActor
from .actors import ActorIndex
from .answer_reports import split_answers
from .candidate import Candidate
from .frames import frames_of
from .frames_asked import article_words, asked_in
from .frames_evaluations import evaluations_of
from .frames_headline import named_in_headline
from .interview import answers, inside_answer, interviewee, is_interview
from .loaded import loaded_of, with_headline_loaded
from .mentions import Mention, find_mentions, surname_mentions
from .names import first_name_gender
from .own_voice import OwnVoice, self_reference
from .pronouns import quoted
from .speakers import SpeakerResolver
from .statements import find_candidates
from .text import doc_text, with_pos, with_value
from .timeline import find_events, statement_date
from .transcript import FIRST_PERSON_OF_ITS_OWN, host_turns, outlet_turns, transcript_answers
from .wording import quotations, with_headline, wording_of
from .wording_verbs import headline_verbs


def nationalities_of(sdoc: Doc) -> set[str]:
    """Nationality adjectives as written ("Lunderian"), tagged or not: they tell countries."""
    candidates = sorted({*with_pos(sdoc, "ADJ"), *with_value(sdoc, ENT_TYPE, "NORP")})
    return {t.text for i in candidates if (t := sdoc[i]).text[:1].isupper() and t.text.endswith(("an", "ese", "ish", "i"))}


def extract_article(document: Document, sdoc: Doc, key: str = "", headline: Doc | None = None) -> ArticleRecord:
    """The article's record: mentions, local actors, statements with their local speakers, dated
    events, and the parse rows of the sentences the reduce will judge stance and conditions on.
    `headline` is the title parsed on its own (its phrases and evaluative words count with the body's)."""
    mentions = find_mentions(document.id, sdoc)
    nationalities = nationalities_of(sdoc)
    index = ActorIndex(outlets=[document.outlet] if document.outlet else [], id_prefix="l")
    if headline is not None:
        # a person the headline names in full ("Ansel Brackwood: 'I only want the mayor to listen'") lends the surname the
        # body calls them by to the vote, whatever the tagger said of it ("Brackwood, 49, quit the cabinet": GPE)
        # (kinds._vote_kinds; tests/extract/test_speakers_session25.py::test_a_surname_named_in_full_in_the_headline)
        index.headline_names = {e.text for e in headline.ents if e.label_ == "PERSON" and len(e) >= 2} | {
            f"{t.text} {t.nbor().text}" for t in headline[:-1] if t.text[:1].isupper() and t.nbor().pos_ == "PROPN"
            and t.nbor().text[:1].isupper() and first_name_gender(t.text) in {"male", "female"}}
    index.nationalities |= nationalities
    index.build(mentions)
    headline_surnames = {n.split()[-1] for n in index.headline_names}
    for a in index.actors:
        if a.kind == "person" and a.name in headline_surnames:
            index.became_person.add(a.id)  # (a person for the corpus too, as a one-word name that speaks)
    _add_surname_mentions(document, sdoc, mentions, index)
    _add_possessive_names(sdoc, mentions, index)
    sents = list(sdoc.sents)
    drafts = _statements(document, sdoc, sents, mentions, index)
    events = find_events(document, sdoc, mentions, 0)
    # Stance reads a statement's words (which may run over several sentences) and the sentence
    # before; conditions the one after too.
    kept: set[int] = set()
    for d in drafts:
        first, last = d.sent, d.sent
        for k, s in enumerate(sents):
            if s.start_char < d.end and s.end_char > min(d.start, d.cue_start):
                first, last = min(first, k), max(last, k)
        kept.update(range(first - 1, last + 2))
    actors = [LocalActor(a.id, a.name, a.kind, list(a.aliases), list(a.roles), a.affiliation,
                         index.origins.get(a.id, "mention"), a.id in index.became_person) for a in index.actors]
    frames = {**frames_of(sdoc, document.title), "wording": with_headline(wording_of(sdoc), headline),
              "loaded": with_headline_loaded(loaded_of(sdoc, quotations(doc_text(sdoc))), headline),
              "verbs": headline_verbs(headline), "headline_named": named_in_headline(headline),
              "evaluations": evaluations_of(sdoc, headline),
              # the questions the article asks itself and its content words, which score them (question_asked.py)
              "questions": asked_in(sdoc, headline), "words": article_words(sdoc)}
    return ArticleRecord(key=key, document=document, mentions=mentions, actors=actors, statements=drafts,
                         events=events, parse=rows_of(sdoc, kept), frames=frames,
                         nationalities=sorted(nationalities))


def _add_surname_mentions(document: Document, sdoc: Doc, mentions: list[Mention], index: ActorIndex) -> None:
    """A person named in full once and by surname where the tagger saw no name ("Gorrenby's press
    conference"): the bare surname is a mention of them too."""
    surnames = {a.name.split()[-1]: a.id for a in index.actors if a.kind == "person" and len(a.name.split()) > 1}
    for m in surname_mentions(document.id, sdoc, mentions, surnames):
        mentions.append(m)
        actor = index.by_id(m.actor)
        if actor is not None:
            index.add_alias(actor, m.text)
    mentions.sort(key=lambda m: m.start)


def _add_possessive_names(sdoc: Doc, mentions: list[Mention], index: ActorIndex) -> None:
    """A firm named with an "'s" that possesses nothing ("Harrowby's says it ...", "Harrowby's has spent ...", "staff at
    Harrowby's."): the "'s" is of its name, an alias of the body the tagger named without it
    (tests/extract/test_speakers_session45.py::test_a_firm_named_with_an_s)."""
    for m in mentions:
        actor = index.by_id(m.actor)
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if actor is None or actor.kind in {"country", "media"} or span is None or span.end + 1 >= len(sdoc) \
                or m.text != actor.name or m.locative:
            continue
        mark, after = sdoc[span.end], sdoc[span.end + 1]
        # (a verb of the present after it, "says", "is", "has spent": no "has" contracted, as "'s said" may be, nor
        # "is", as "'s leaving"; or a sentence's or clause's end)
        if mark.lower_ in {"'s", "\u2019s"} and not span[-1].whitespace_ \
                and (after.tag_ in {"VBZ", "VBP", "MD"} or after.text in {".", ",", "?", "!", ";", ":"}):
            index.add_alias(actor, m.text + "'s")


def _sentence_at(sents: list, offset: int) -> int:  # type: ignore[type-arg]
    """The index of the sentence holding the character at `offset` (-1 if none)."""
    starts = [s.start_char for s in sents]
    return max(bisect_right(starts, offset) - 1, -1)


def _statements(doc: Document, sdoc: Doc, sents: list, mentions: list[Mention],  # type: ignore[type-arg]
                index: ActorIndex) -> list[DraftStatement]:
    """One article's statements: candidates found, speakers resolved (to local actors), dates."""
    resolver = SpeakerResolver(index, mentions)
    candidates = find_candidates(sdoc)
    # A transcript's presenter's turns (transcript.host_turns): no statements of theirs (below).
    hosts = [] if is_interview(doc.body) else host_turns(doc, sdoc, index)
    # An interview: each answer is one statement of the person giving it (a "Q:"/"A:" transcript's
    # interviewee, interview.py; a label's person or the interviewee of question paragraphs,
    # transcript.py); what the finders saw inside an answer is part of it.
    found: list[tuple[Candidate, Actor | None]]
    if is_interview(doc.body):
        speaker = interviewee(doc.body, mentions, index, sdoc)
        found = [(c, speaker) for c in answers(sdoc)]
        candidates = [c for c in candidates if not inside_answer(doc.body, c.cue_start)]
    else:
        found = list(transcript_answers(doc, sdoc, mentions, index))
        spans = [(c.start, c.end) for c, _ in found]
        # A turn's label read as a line's speaker is no second copy of an answer, nor a statement of the outlet
        # asking ("Gazette: Ignatius Plenderleith says ..."; test_transcript_a_turns_label_is_no_statement).
        labels = outlet_turns(doc.body, doc.outlet) if found else []
        candidates = [c for c in candidates if not any(s <= c.cue_start < e for s, e in spans) and not (
            c.cue == ":" and (any(s <= c.start < e for s, e in spans) or any(s <= c.cue_start <= e for s, e in labels)))]
    # What an answer reports another person saying is that person's statement; the rest of it the interviewee's
    # (answer_reports.py).
    found, reports = split_answers(sdoc, found, resolver)
    candidates += [c for c, _, _ in reports]
    reported = {id(c): (actor, rule) for c, actor, rule in reports}
    # An opinion page's own positions (own_voice.py), in place of what a finder read there: an editorial's
    # are the outlet's; a signed column's are its author's, unnamed (speaker rule "column").
    voice = OwnVoice(doc, sdoc, index)
    candidates, own = voice.claim(sdoc, candidates, [c for c, _ in found])
    author = voice.author(sdoc, mentions)
    found += [(c, voice.outlet() or author) for c in own]
    candidates = sorted(candidates + [c for c, _ in found], key=lambda c: c.start)
    answered = {id(c): a for c, a in found}  # id() of an answer or an own position -> who gives it
    own_ids = {id(c) for c in own}
    drafts: list[DraftStatement] = []
    for cand in candidates:
        actor: Actor | None
        resolver.last_role = ([], [])
        if id(cand) in answered:
            actor = answered[id(cand)]
            rule = ("outlet" if voice.editorial else "column") if id(cand) in own_ids else "interviewee"
        elif id(cand) in reported:
            actor, rule = reported[id(cand)]
        else:
            actor, rule = resolver.resolve(cand.speaker, cand.sent, _sentence_at(sents, cand.end - 1))
            if actor is None and author is not None and cand.speaker is not None and cand.speaker.root.lower_ == "i" \
                    and not quoted(doc.body, cand.speaker.start_char):
                actor, rule = author, "first person"  # a column's "I" outside quotation marks is its author
            if actor is None and doc.outlet and cand.speaker is not None and cand.speaker.root.lower_ != "we" \
                    and self_reference(cand.speaker.root) and not quoted(doc.body, cand.speaker.start_char):
                # "This newspaper has long said that ...", "this magazine has called": the outlet naming itself, on any
                # page, not an own-voice position of an opinion page (rule "outlet"; test_speakers_session19)
                actor, rule = index.organization(doc.outlet), "self-reference"
        role_words, role_candidates = resolver.last_role if rule == "role" else ([], [])
        if actor is not None and actor.kind == "other" and cand.speaker is not None \
                and cand.speaker.root.ent_type_ == "PERSON" and rule == "named" \
                and actor.name not in index.place_like:
            index.mark_person(actor)  # a one-word name the tagger calls a person, and who speaks
        mention = cand.speaker.text if cand.speaker is not None else (
            actor.name if actor is not None and rule in {"interviewee", "outlet", "column"} else "")
        drafts.append(DraftStatement(
            sent=cand.sent, kind=cand.kind, cue=cand.cue, cue_start=cand.cue_start, start=cand.start, end=cand.end,
            speaker=actor.id if actor else None, speaker_mention=mention, speaker_rule=rule,
            date=statement_date(sents[cand.sent], doc.published, cand.start, cand.end),
            role_words=role_words, role_candidates=role_candidates, parts=[list(p) for p in cand.parts],
            speaker_span=[cand.speaker.start_char, cand.speaker.end_char] if cand.speaker is not None else [],
            context=list(cand.context) if cand.context is not None else []))
    # The presenter's own words in their turns (their label or name, their "I", the label read as the subject of the
    # turn's verb: "OV" made an actor of its own beside Orla Vey) are no positions; a statement there of someone the
    # turn names otherwise ("The finance minister said ...") is kept, even where the resolver gave it to the presenter
    # (test_transcript_a_presenter_*). The presenter's label is still read as a cue, so a report inside a turn read
    # whole as the label's is lost with it (strict xfail: test_transcript_what_a_presenters_turn_reports_stays_its_speakers).
    return [d for d in drafts if not any(start <= d.cue_start < end and _said_by_host(d, host, label, index)
                                         for start, _, end, host, label in hosts)]


def _said_by_host(draft: DraftStatement, host: str, label: str, index: ActorIndex) -> bool:
    """A statement in a presenter's turn whose speaker is the presenter by their label, name or first person."""
    actor = index.by_id(host)
    mention = (draft.speaker_mention or "").strip()
    return mention == label or (draft.speaker == host and (
        not mention or mention.lower() in FIRST_PERSON_OF_ITS_OWN or (actor is not None and mention == actor.name)))
