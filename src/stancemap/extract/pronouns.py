"""Who "he" or "she" is, for the speaker resolver (speakers.py). In order:
  1. a person who is the subject of this sentence before the pronoun ("X, the minister, ...:
     speaking in Y, he said"), not one named inside a quotation ('"Mayor X wants a postcard," he
     fumed' is not the mayor's);
  2. a person newly the subject of this or the previous sentence's main clause, named after the
     running speaker last spoke ("Y took a gentler line. He said ..." although X spoke before);
  3. the latest person named as a subject in this paragraph, else in a sentence before, when the running
     speaker last spoke before it ("Ursula Emberton, the party's leader, has just spoken to reporters. Her tone
     has shifted. She said ..."; test_speakers_session15[she_named_in_a_new_paragraph]);
  4. the person who spoke in this or the previous sentence (the running speaker);
  5. the object of the previous sentence's main verb ("We asked Dr Y. '...,' he told us");
  6. the running speaker, else the latest person named.
Nobody whose first name or title says otherwise is "she" or "he". Pinned by
tests/extract/test_speakers_described.py (test_speakers_pronoun_*)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..model import Actor
from .lexicon import GENERIC_ROLES, norm_role, title_roles
from .mentions import role_coordinated
from .names import gender

if TYPE_CHECKING:
    from .mentions import Mention
    from .speakers import SpeakerResolver

OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'


def quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation of its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    depth = sum(before.count(c) for c in OPENING) - sum(before.count(c) for c in CLOSING)
    return depth > 0 or before.count(STRAIGHT) % 2 == 1


def main_subject(doc: Doc | None, m: Mention) -> bool:
    """The name is the subject of its sentence's main clause (or its apposition), not of a clause
    reported inside it ("X said Marwick doesn't ...")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "appos" or role_coordinated(tok):  # ("Ferry columnist and ex-skipper X gave": mentions.role_coordinated)
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT"


def main_object(doc: Doc | None, m: Mention) -> bool:
    """The name is the object of its sentence's main verb ("We asked Dr X of the University")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "appos" and root.head.dep_ in {"dobj", "dative"}:
        root = root.head  # "We asked council boss X": the apposition of the object (test_speakers_session20)
    if root is None or root.dep_ not in {"dobj", "dative"} or root.head.dep_ != "ROOT":
        return False
    # Only when the asker is the writer ("We asked", "I spoke to"): "X has not mentioned Y. That's
    # when she ..." is still X's.
    return all(c.lower_ in {"we", "i"} for c in root.head.children if c.dep_ == "nsubj")


def _pronoun_subject(doc: Doc | None, start: int, end: int, pronoun: str) -> bool:
    """The same pronoun is a subject between `start` and `end` (tests/extract/test_speakers_session15.py)."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None and end > start else None
    return span is not None and any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ == pronoun for t in span)


def _possessor(doc: Doc | None, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    return span is not None and span.root.dep_ == "poss"


def _reported_by(doc: Doc | None, m: Mention, pos: int) -> bool:
    """The name stands in the clause the pronoun's verb reports ("Varnak should resign now, he said": the subject of
    what he said is not he; test_speakers_session17[a_name_in_what_he_said])."""
    pronoun = doc.char_span(pos, pos + 1, alignment_mode="expand") if doc is not None else None
    if pronoun is None:
        return False
    verb = pronoun.root.head
    return any(c.dep_ in {"ccomp", "parataxis"} and c.left_edge.idx <= m.start < c.right_edge.idx + len(c.right_edge)
               for c in verb.children if c.i < pronoun.root.i)


def _set_into(doc: Doc | None, m: Mention, pos: int) -> bool:
    """"Harwood Rangers will drop their objection if ..., she says": the name stands in what a cue with no clause of its own,
    set into it, reports (the parse makes that the root): not whom the pronoun names, by any rule
    (test_speakers_session21[a_name_before_a_parenthetical_cue]); not "X has been careful: ..., he said that ...", not
    "X, at the gate: pleased, she says"."""
    pronoun = doc.char_span(pos, pos + 1, alignment_mode="expand") if doc is not None else None
    if pronoun is None:
        return False
    verb = pronoun.root.head
    if verb.dep_ != "parataxis" or verb.head.i > verb.i \
            or any(c.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "parataxis"} for c in verb.children):
        return False
    # (the subject of the finite clause the cue is set into: not "X, at the gate: pleased, she says", a fragment)
    clause = verb.head
    finite = clause.tag_ in {"VBZ", "VBP", "VBD", "MD"} or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    name = pronoun.doc.char_span(m.start, m.end, alignment_mode="expand")
    return finite and name is not None and name.root.dep_ in {"nsubj", "nsubjpass"} and name.root.head == clause


def _role_subject(res: SpeakerResolver, pos: int, fits: Callable[[Actor | None], bool]) -> tuple[int, Actor] | None:
    """A definite role description newly the subject of the pronoun's sentence or the one before, after the running
    speaker last spoke ("And what has the governor promised? Little: in a speech he said ...", "the commissioner was
    unmoved. She says ..."): its position and the person of the article who holds that role (by the role rule), only
    when that person's titles carry the role's words (test_speakers_session23[a_role_described_then_she])."""
    k = _sentence_of(res, pos)
    if res.doc is None or k < 0 or res.sentence_starts is None:
        return None
    start = res.sentence_starts[1][max(k - 1, 0)]
    window = res.doc.char_span(start, pos, alignment_mode="contract")
    for tok in reversed(list(window) if window is not None else []):
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ROOT" or tok.tag_ != "NN" \
                or tok.idx <= res.running_pos or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or quoted(res.text, tok.idx):
            continue
        roles = norm_role(res.doc[tok.left_edge.i: tok.i + 1].text) - GENERIC_ROLES
        if not roles:
            continue
        holder = _titled_holder(res, tok, roles, fits)
        return (tok.idx, holder) if holder is not None else None
    return None


# Verbs of answering: their "he" or "she" is the one the sentence before asked ("X asked the minister why ... He replied").
ANSWERING = frozenset({"reply", "answer", "respond", "retort"})
# Verbs of putting a question to someone, whose object is asked.
ASKING = frozenset({"ask", "press", "question", "challenge"})


def _the_one_asked(res: SpeakerResolver, pos: int, fits: Callable[[Actor | None], bool]) -> Actor | None:
    """A "he" or "she" who answers (reply, answer, respond) as the subject of its sentence's main verb, right after a
    sentence whose main verb put a question to someone: that person, named or described by a role its holder's titles
    carry (test_speakers_session23[he_replied_to_the_question])."""
    k = _sentence_of(res, pos)
    doc = res.doc
    pronoun = doc.char_span(pos, pos + 1, alignment_mode="expand") if doc is not None else None
    if doc is None or pronoun is None or k < 1 or res.sentence_starts is None:
        return None
    verb = pronoun.root.head
    if pronoun.root.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in ANSWERING:
        return None
    previous = doc.char_span(res.sentence_starts[1][k - 1], res.sentence_starts[1][k], alignment_mode="contract")
    root = previous.root if previous is not None else None
    if root is None or root.lemma_.lower() not in ASKING or quoted(res.text, root.idx):
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for m in res.mentions:
        if obj.left_edge.idx <= m.start < obj.idx + len(obj.text):
            actor = res.index.by_id(m.actor)
            return actor if actor is not None and actor.kind == "person" and fits(actor) else None
    roles = norm_role(obj.text) - GENERIC_ROLES
    if obj.pos_ != "NOUN" or not roles or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return None
    return _titled_holder(res, obj, roles, fits)


def _titled_holder(res: SpeakerResolver, noun: Token, roles: set[str],
                   fits: Callable[[Actor | None], bool]) -> Actor | None:
    """The person of the article a definite role description (`noun` and its words before it) names by the role
    rule, when it fits the pronoun and that person's titles carry the role's words (`roles`), else None."""
    holder = res._description(noun.doc[noun.left_edge.i: noun.i + 1])
    return holder if holder is not None and fits(holder) and roles <= title_roles(holder.roles) else None


def _sentence_of(res: SpeakerResolver, pos: int) -> int:
    """The index of the sentence holding the character at `pos` (-1 when unknown)."""
    if res.doc is None:
        return -1
    if res.sentence_starts is None or res.sentence_starts[0] is not res.doc:
        res.sentence_starts = (res.doc, [s.start_char for s in res.doc.sents])
    return bisect_right(res.sentence_starts[1], pos) - 1


def resolve_pronoun(res: SpeakerResolver, pos: int, sentence_index: int, pronoun: str = "") -> Actor | None:
    actor = _resolve(res, pos, sentence_index, pronoun)
    if actor is not None and actor.kind == "other":
        res.index.mark_person(actor)  # a lone surname a "he" or "she" took up (_resolve's person)
    return actor


def person_gender(res: SpeakerResolver, actor: Actor) -> str | None:
    """"female"/"male": by a gendered role or a given name that is one gender (names.gender), else by the pronoun the
    article gives the person as the subject of what they are reported to say or think ("Corrie Vantt said he would ...",
    more often one than the other: `_said_pronouns`), else by a given name that is only mostly one gender ("Robin")
    (tests/extract/test_speakers_session27.py)."""
    found = gender(actor.name, actor.roles, leaning=False)
    if found is not None:
        return found
    if actor.id not in res.genders:
        said = _said_pronouns(res, actor)
        res.genders[actor.id] = None if said["he"] == said["she"] else "male" if said["he"] > said["she"] else "female"
    return res.genders[actor.id] or gender(actor.name, actor.roles)


def _said_pronouns(res: SpeakerResolver, actor: Actor) -> Counter[str]:
    """How often a mention of the actor is the subject of a verb (or of verbs joined to it) whose clausal complement has
    "he" or "she" for its own subject ("Vantt said he would", "Vantt believes she can", "Vantt left and said she was"):
    the article's word for that person."""
    said: Counter[str] = Counter()
    doc = res.doc
    for m in res.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None and m.actor == actor.id else None
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verbs = [span.root.head, *(c for c in span.root.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        said.update(t.lower_ for verb in verbs for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > span.root.i
                    for t in c.children if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in {"he", "she"})
    return said


def _resolve(res: SpeakerResolver, pos: int, sentence_index: int, pronoun: str) -> Actor | None:
    wanted = "female" if pronoun in {"she", "her", "hers"} else "male" if pronoun in {"he", "him", "his"} else None

    def fits(actor: Actor | None) -> bool:
        found = person_gender(res, actor) if actor is not None else None
        return actor is not None and (wanted is None or found is None or found == wanted)

    def person(m: Mention, lone_ok: bool = False) -> Actor | None:
        actor = res.index.by_id(m.actor)
        # (rule 3b only: a lone surname the tagger calls a person, left "other" by the vote when the article writes the
        # full name only in its title, made the subject of the paragraph before: "How has Sollmark answered? / ... she
        # described herself" is hers; test_speakers_session23[a_surname_whose_full_name_is_in_the_title]. Anywhere else
        # such a word is as often a firm's or a place's name: "Brackley, he said, would ...")
        lone = lone_ok and actor is not None and actor.kind == "other" and wanted is not None and m.label == "PERSON" \
            and len(m.tokens) == 1
        ok = actor is not None and (actor.kind == "person" or lone) and fits(actor) and not quoted(res.text, m.start)
        return actor if ok else None

    asked = _the_one_asked(res, pos, fits)
    if asked is not None:
        return asked
    before = [m for m in reversed(res.mentions) if m.start < pos and not (
        m.sent >= sentence_index - 1 and _set_into(res.doc, m, pos))]
    for m in before:
        if m.subject and m.sent == sentence_index and not _reported_by(res.doc, m, pos) \
                and (actor := person(m)) is not None:
            return actor
    fresh = next((m for m in before if m.subject and sentence_index - 1 <= m.sent <= sentence_index
                  and m.start > res.running_pos and main_subject(res.doc, m) and person(m) is not None), None)
    if fresh is None and not any(person(m) is not None for m in before if m.sent >= sentence_index - 1):
        # (two sentences back when the one between names no one: "X took the chair at nine. The room fell quiet.
        # '...,' he told the committee"; tests/extract/test_speakers_session45.py::test_he_across_a_sentence_naming_no_one)
        fresh = next((m for m in before if m.subject and m.sent == sentence_index - 2 and m.start > res.running_pos
                      and main_subject(res.doc, m) and person(m) is not None), None)
    role = _role_subject(res, pos, fits)
    if role is not None and (fresh is None or role[0] > fresh.start):
        return role[1]
    if fresh is not None:
        return person(fresh)
    paragraph = res.text.rfind("\n", 0, pos) + 1
    if res.running_pos < paragraph:
        named_here = [m for m in before if m.start >= paragraph]
        # A subject first ("X has not mentioned Y. That's when she ...": X), else anyone named in a sentence before,
        # unless the paragraph goes on about a "she" already ("She met Y. '...,' she said": not Y's).
        # (the sentences before the pronoun's own, which may follow the statement's: 'X on television: "A." She
        # added ...' is X's; test_speakers_session18[a_label_then_she_added])
        here = _sentence_of(res, pos)
        own = max(sentence_index, here)
        # (a "he" the paragraph went on about is one before the pronoun's own sentence: "Asked which way he would vote, he
        # said" is the person named just before; test_speakers_session23[asked_how_he_would_vote])
        own_start = res.sentence_starts[1][here] if res.sentence_starts and here >= 0 else pos
        others = [] if _pronoun_subject(res.doc, paragraph, min(pos, own_start), pronoun) else [
            m for m in named_here if m.sent < own]
        # (a possessor is no one the paragraph is about: "A notable shift from X, leader of the Y, the smaller party in
        # Z's coalition. ... he said" is X's; test_speakers_session17[not_the_possessor_named_last])
        others.sort(key=lambda m: _possessor(res.doc, m))
        for m in [m for m in named_here if m.subject] + others:
            if (actor := person(m)) is not None:
                return actor
        # A paragraph that names nobody before its pronoun, after one that made someone its subject since the running
        # speaker last spoke: that person ("Elsbeth K. keeps her daughter's letters ... / '...,' she says"; rule 3b,
        # test_speakers_session18[she_says_after_a_paragraph_about_her]).
        end = len(res.text[:paragraph].rstrip())  # (past the blank lines between paragraphs)
        previous = res.text.rfind("\n", 0, end) + 1
        if not any(person(m) is not None for m in named_here) and previous < paragraph:
            introduced = [m for m in before if previous <= m.start < paragraph and m.start > res.running_pos
                          and m.subject and main_subject(res.doc, m)]
            for m in introduced:
                if (actor := person(m, lone_ok=True)) is not None:
                    return actor
    if fits(res.running) and res.running_sent >= sentence_index - 1:
        return res.running
    for m in before:
        if m.subject and sentence_index - 1 <= m.sent <= sentence_index and (actor := person(m)) is not None:
            return actor
    for m in before:
        if m.sent == sentence_index - 1 and main_object(res.doc, m) and (actor := person(m)) is not None:
            return actor
    if fits(res.running):
        return res.running
    return next((a for m in before if (a := res.index.by_id(m.actor)) is not None and a.kind == "person" and fits(a)),
                None)
