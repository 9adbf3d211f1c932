"""The questions an article asks itself, for proposing the corpus's question (question_asked.py): a yes/no question
written in its headline or body ("Will the glasshouse reopen before Candlemas?") and a whether-clause ("the council is split
on whether the levy can stay", "must decide whether to renew the licence"), each made a yes/no question ("Can the levy
stay?", "Will the council renew the licence?"), and a headline's act said with "to" ("Tarl family enters talks to sell
the mill": "Will the Tarl family sell the mill?", `STATED`), with its content words keyed as the frames key things (a
lemma, a name lower-cased); and the article's own content words, which the reduce scores each question's spread by. Read
from the parse alone: no word list of a topic.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..stop_words import STOP_WORDS
from .frames_nouns import STUFF_LEXFILES, is_being, lexfile
from .frames_phrasal import adverb_particle
from .lexicon import words
from .text import with_pos, with_word

# A question of a pronoun subject ("whether it wants a third ferry across the Tarn"): kept apart, never proposed itself,
# only to complete a question the corpus asks of a name in the same words but fewer ("Does Quellby want a third
# ferry?"; question_asked.completed, test_question_asked_corpus.py::test_question_completed_by_its_pronoun_form).
PRONOUN = "pronoun"
COMPLETING = frozenset({"it", "they", "he", "she"})
# The words a yes/no question opens with (frames_words.ASKING, with "may" and "must"; a negative opening, "Won't ...?",
# mocks more than it asks).
OPENERS = words("will would should can could does do did is are was were has have may must shall")
# Pronouns and demonstratives: a question of "it" or "they" says nothing the corpus can be matched on.
VAGUE_SUBJECTS = words("it they he she we i you this that these those there one anyone someone")
# The parts of speech a question's content words are taken from.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# A question is kept when it has at least this many words and at most this many (longer ones are not read as a
# proposition: a sentence with a clause hung on it).
MIN_WORDS, MAX_WORDS = 3, 18
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d")
# What a verb needs to say its proposition (a clause cut before it is left unasked: "whether they deserve").
_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd"})
# The writer's doubt, no part of the proposition (as question._DOUBTING: "Do the trams really run later?").
_DOUBTING = frozenset({"really", "actually"})
# A question put to the reader or to the one interviewed asks of "you" and "we", no one the corpus names ("Will you
# resign?"): left out; its thing, "your mine", "our council", is the thing ("the mine") (test_question_asked_corpus.py).
_PERSONAL = words("i me we us you")
_POSSESSIVE = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Mm]y)\b")
# A possessive opening the question's subject stands for someone the question does not name ("Are his trams ready?",
# "Will his council sell the mill?"): the thing is the thing ("Are the robots ready?"); one after the subject may be
# the subject's own and stays ("Does the mill pay its workers?"; test_question_asked_corpus.py::
# test_frames_a_question_made_readable).
# (a title is no possessive: "Will Her Majesty's Treasury ...", a capital after it; the review, session 42)
_SUBJECT_POSSESSIVE = re.compile(r"^(\w+) (?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?=[a-z])")
# A word in capitals (a dateline's place) written as the article writes it elsewhere (`_cased`).
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
# A reflexive that stresses the subject, no part of the proposition ("Did the governor himself sign the order?").
_STRESSING = frozenset({"himself", "herself", "itself", "themselves"})
# A pronoun for what the question is about, read only with the sentences before it ("Can the council afford it?":
# test_question_asked_corpus.py::test_frames_no_question_of_no_thing).
# Case matters: "IT" (a department) and "US" (a country) are names, no pronouns (test_frames_names_in_capitals_asked).
_PRONOUN_OBJECT = re.compile(r"\b(?:[Ii]t|[Tt]hem|[Hh]im|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\?$|\b(?:[Ii]t|[Tt]hem|[Hh]im)\b")
# What an existential question asks of when it asks of no thing ("Is there any hope ...?": test_frames_no_question_of_no_thing).
_ANY = words("any anything anyone anybody")
# An auxiliary a clause reported in the past shifts back, with the verb's tag after it, and the one it was said with
# ("asked whether the guild would ratify" -> "Will the guild ratify ...?", "had made" -> "has made":
# test_frames_a_question_made_readable).
_BACKSHIFTED = {("would", "VB"): "will", ("had", "VBN"): "has"}
_GOING_TO = re.compile(r"^(?:Is|Are) (.+?) going to (?=(\S+))")  # ("Is X going to V": test_frames_a_question_made_readable)
# What follows "going to" when it is a place or a thing, not a verb ("going to the final", "going to Pellby", "going to
# court?"): `_going_to` keeps it (tests/test_question_asked.py::test_question_going_to_a_place_is_no_act).
_NO_VERB_NEXT = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                           "those", "some", "any", "no", "every", "each"})
_MARKS = frozenset({"?", "whether"})
# A question's tail that asks for the answer, no part of it ("..., yes or no?", "or not?":
# test_frames_a_yes_no_question_the_article_asks; a whether-clause's "or not" is cut off with the clause's end, not here).
_YES_OR_NO = re.compile(r",?\s+(?:yes or no|or not)\?$", re.I)
_OPERATOR_OF = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def content_key(tok: Token) -> str | None:
    """A content word as the frames key it (a name lower-cased, else its lemma), or None for a function word."""
    if tok.pos_ not in CONTENT_POS or not tok.is_alpha or tok.lower_ in STOP_WORDS or len(tok.text) < 3:
        return None
    if tok.pos_ == "VERB" and tok.lemma_.lower() in {"be", "have", "do", "get", "say"}:
        return None
    return tok.lower_ if tok.pos_ == "PROPN" else tok.lemma_.lower()


def article_words(sdoc: Doc) -> list[str]:
    """The article's content words as `content_key` keys them, each once."""
    return sorted({k for i in with_pos(sdoc, *CONTENT_POS) if (k := content_key(sdoc[i]))})


def asked_in(sdoc: Doc, headline: Doc | None) -> list[list[object]]:
    """[question, where ("headline", "body", "whether", or PRONOUN for one of a pronoun subject, kept apart), its content
    keys] for each yes/no question the article asks itself, in its headline or body, and each whether-clause it writes,
    made a question."""
    found: list[list[object]] = []
    seen: set[str] = set()
    cased = _cased(sdoc)
    for where, doc in (("headline", headline), ("body", sdoc)):
        if doc is None:
            continue
        # (only the sentences with a question mark or a "whether" can ask: the others are not read)
        marked = with_word(doc, _MARKS)
        sents = {doc[i].sent.start: doc[i].sent for i in marked}
        stated = [*doc.sents] if where == "headline" else []  # (a headline's act said with "to": `_stated`)
        for sent in sorted({*sents.values(), *stated}, key=lambda s: s.start):
            asks = (*_interrogatives(sent), *_whethers(sent)) if sent.start in sents else ()
            for text, keys, kind in (*asks, *(_stated(sent) if where == "headline" else ())):
                if _PRONOUN_OBJECT.search(text.split(" ", 2)[-1] if kind == PRONOUN else text):
                    continue  # ("Can the city afford it?": what "it" is, the question alone does not say)
                text = _POSSESSIVE.sub(lambda m: "The" if m.group()[0].isupper() else "the", text)
                text = _SUBJECT_POSSESSIVE.sub(r"\1 the ", text)
                text = _CAPITALS.sub(lambda m: cased.get(m.group().lower(), m.group()), text)
                label = "headline" if where == "headline" and kind not in {PRONOUN, STATED} else kind
                if text.lower() in seen:
                    # a headline's statement yields to the same question asked (review_b item 3;
                    # tests/test_question_asked_corpus.py::test_frames_a_question_asked_is_kept_over_the_headline_stating_it)
                    prior = next(e for e in found if str(e[0]).lower() == text.lower())
                    if prior[1] == STATED and label != STATED and keys and not _personal(text):
                        prior[1:] = [label, sorted(keys)]
                    continue
                if not keys or _personal(text):
                    continue
                seen.add(text.lower())
                found.append([text, label, sorted(keys)])
    return found


def _cased(sdoc: Doc) -> dict[str, str]:
    """A word the article writes in capitals somewhere (a dateline, "QUENNBY -") and in title case elsewhere: its
    title-case form, which a question is written with ("Will Quennby approve ...?"); an acronym written in capitals
    throughout keeps them (test_question_asked_corpus.py::test_frames_a_question_made_readable)."""
    forms: dict[str, str] = {}
    for tok in sdoc:
        if tok.is_alpha and tok.is_title and len(tok.text) >= 4:
            forms.setdefault(tok.lower_, tok.text)
    return forms


def _vague(tok: Token) -> bool:
    """A subject that names nothing ("it", "this"), not a name in capitals ("IT", test_frames_names_in_capitals_asked)."""
    return tok.lower_ in VAGUE_SUBJECTS and not (tok.is_upper and len(tok.text) > 1)


def _personal(text: str) -> bool:
    """The question asks of "you", "we" or "I": a pronoun written as one, not a name in capitals ("the US")."""
    return any(w.lower() in _PERSONAL and (w == "I" or not w.isupper()) for w in re.findall(r"[A-Za-z]+", text))


def _interrogatives(sent: Span) -> list[tuple[str, set[str], str]]:
    """A sentence (or its part after a colon or a dash) that asks a yes/no question."""
    toks = [t for t in sent if not t.is_space]
    while toks and (toks[-1].text in _QUOTES or toks[-1].is_space):
        toks.pop()
    if not toks or toks[-1].text != "?":
        return []
    # (the question after a colon or a spaced dash: "After the march: was the operation lawful?")
    start = max((n + 1 for n, t in enumerate(toks[:-1]) if t.text == ":" or (t.text in _DASHES and t.whitespace_)),
                default=0)
    while start < len(toks) and toks[start].text in _QUOTES:
        start += 1
    part = toks[start:]
    if not part or part[0].lower_ not in OPENERS:
        return []
    said = [t for t in part if not t.is_punct or t.text in {"-", "%"}]
    if not MIN_WORDS <= len(said) <= MAX_WORDS:
        return []
    subject = [t for t in part[1:4] if t.dep_ in {"nsubj", "nsubjpass", "expl"} or _vague(t)]
    kind = "body"
    if subject and _vague(subject[0]) and subject[0].lower_ != "there":
        if subject[0].i != part[1].i or subject[0].lower_ not in COMPLETING:
            return []
        kind = PRONOUN
    if part[1].lower_ == "there" and len(part) > 2 and part[2].lower_ in _ANY:
        return []  # ("Is there any hope left for the mill?": a question of no thing)
    text = _join(part)
    return [(text[:1].upper() + text[1:], {k for t in part if (k := content_key(t))}, kind)]


# A headline's act said as one to be done, with "to" ("Tarl family enters talks to sell the mill to Quenmark", "Tarl guild to
# close its mill"), asked of its doer with "will" (`_stated`): where the headline states the proposition, asks none.
STATED = "stated"
# Where a headline's statement of the act ends: its next part, or a clause of what goes on beside it ("as talks stall").
_STATED_ENDS = frozenset({",", ";", ":", "-", "\u2013", "\u2014", "|", "as", "while", "after", "amid", "despite", "but"})


def _stated(sent: Span) -> list[tuple[str, set[str], str]]:
    """A headline's act said with "to" of a doer it names, asked as a yes/no question with "will": headlinese's future
    ("Tarl guild to close its mill": "Will the Tarl guild close its mill?"), an act a doer moves towards ("The Tarl
    family enters talks to sell the mill to Quenmark": "Will the Tarl family sell the mill to Quenmark?") or is told to do
    ("regulator orders Quenmark to sell its depot": "Will Quenmark sell its depot?"). Not in a question ("What would it take
    for X to ...?": `_interrogatives` reads those), nor of a doer the headline does not name. Pinned by
    tests/test_question_asked_corpus.py::test_frames_a_headline_states_an_act_to_be_done."""
    if any(t.text == "?" for t in sent):
        return []
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children):
            continue
        doer = _stated_doer(verb)
        if doer is None or _vague(doer) or doer.pos_ not in {"NOUN", "PROPN"} or not (doer.pos_ == "PROPN" or is_being(doer)):
            continue
        rest: list[Token] = []
        for t in verb.subtree:
            if t.i <= verb.i:
                continue
            if (t.lower_ in _STATED_ENDS and (t.text not in _DASHES or t.whitespace_)) \
                    or (t.dep_ in {"advcl", "relcl"} and t.head == verb):  # (a spaced dash ends it, not "season-ticket"'s)
                break
            rest.append(t)
        if any(c.dep_ in _COMPLEMENTS and c not in rest for c in verb.children if c.i > verb.i):
            continue  # (cut before its object: no act said)
        head_words = [t for t in _doer_words(doer) if t.i < verb.i and not (t.dep_ == "aux" and t.lower_ == "to")]
        if doer.pos_ == "PROPN":
            # a name: its own words, not a noun the parse ran into it ("Regulator orders Quenmark to sell" read as one
            # name's words; the doer is Quenmark)
            start = doer.i
            while start > sent.start and doer.doc[start - 1].pos_ == "PROPN" and not _verb_s(doer.doc[start - 1]):
                start -= 1  # (not over a verb tagged a name, "Board Directs Pellam": review_b item 5, pinned by
                # tests/test_question_asked_corpus.py::test_frames_a_headline_verb_tagged_a_name_is_not_the_doers)
            head_words = [t for t in head_words if start <= t.i <= doer.i]
        if not head_words or len(head_words) > 6:
            continue
        subject = _lower_start(head_words)
        if doer.pos_ == "NOUN" and (doer.text.islower() or doer.i == sent.start) \
                and not any(c.dep_ in {"det", "poss"} for c in doer.children):
            # (headlinese drops the article: "Tarl guild to close ...": the Tarl guild; a noun written as a name mid-headline
            # is one, "Tarl council rejects Quenmark plan to ...")
            subject = "the " + subject
        bare = _bare_objects(verb, rest)
        body = "".join(("the " if t.i in bare else "") + _written(t) for t in _ordered(rest))
        text = " ".join(f"Will {subject} {verb.lemma_.lower()} {body}".split()).rstrip(" .!'\"\u2019\u201d")
        n = len(head_words) + 1 + len([t for t in rest if not t.is_punct])
        if not MIN_WORDS <= n <= MAX_WORDS or text.endswith((" the", " a", " an", " to", " of")):
            continue
        keys = {k for t in [*head_words, verb, *rest] if (k := content_key(t))}
        out.append((text + "?", keys, STATED))
    return out


def _bare_objects(verb: Token, rest: list[Token]) -> set[int]:
    """Where "the" goes back in a headline's act (`_stated`): before each singular common noun the verb takes as its
    object (or one joined to it) that headlinese wrote with no determiner, at the start of its phrase ("Drivers told to
    accept Harlock offer": "... accept the Harlock offer"); not before a name, a plural, a number or stuff written bare
    ("to raise pay"). Pinned by tests/test_question_asked_corpus.py::test_frames_a_headline_act_gets_its_article_back."""
    out: set[int] = set()
    kept = {t.i for t in rest}
    for t in rest:
        if t.dep_ == "conj" and t.head.dep_ == "dobj" and t.head.head == verb:
            pass
        elif t.dep_ != "dobj" or t.head != verb:
            continue
        if t.tag_ != "NN" or t.pos_ != "NOUN" or lexfile(t.lemma_.lower()) in STUFF_LEXFILES \
                or any(c.dep_ in {"det", "poss", "nummod", "predet", "quantmod"} for c in t.children):
            continue
        if _light_object(verb, t):
            continue  # ("to take part in talks", "to take action on fees": no "the part", "the action")
        start = next((w for w in t.subtree if w.i in kept), None)
        if start is not None and start.i <= t.i and start.lower_ not in {"the", "a", "an"} and start.pos_ != "DET" \
                and start.tag_ not in {"PRP$", "CD"}:
            out.add(start.i)
    return out


# WordNet's noun files of acts, attributes, cognition, feelings and states ("action", "control", "approval", "part" in
# "take part"): a bare one after a verb is an idiom's object more often than a thing named (`_light_object`).
_ABSTRACT_LEXFILES = frozenset({4, 7, 9, 12, 26})


def _light_object(verb: Token, noun: Token) -> bool:
    """A bare object that makes one verb with its verb: WordNet keys them as one ("take part", "take control", "make
    way"), or an abstract noun with nothing before it ("take action"); headlinese dropped no article there."""
    from ..judge.wordnet import wordnet

    if wordnet().synsets(f"{verb.lemma_.lower()}_{noun.lemma_.lower()}", "v"):
        return True
    modified = any(c.dep_ in {"compound", "amod"} and c.i < noun.i for c in noun.children)
    return not modified and lexfile(noun.lemma_.lower()) in _ABSTRACT_LEXFILES


def _verb_s(tok: Token) -> bool:
    """A word written in a verb's -s form WordNet knows ("Directs", "Orders"): a headline's verb the parse tagged a name."""
    from ..judge.wordnet import wordnet

    word = tok.lower_
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and bool(wordnet().synsets(word[:-1], "v"))


def _stated_doer(verb: Token) -> Token | None:
    """Who a headline's act with "to" is of: its own subject ("Tarl guild to close"), the object of a verb telling it
    to ("orders Quenmark to sell"), the subject of the verb it hangs from ("vows to close"), the name or body a noun it is
    said of is of ("Quenmark plan to close") or else the subject of the verb whose object that noun is ("enters talks to
    sell"); None otherwise."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "VERB":
        told = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        return told or next((c for c in head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in {"acl", "relcl"} and head.pos_ == "NOUN" and head.dep_ != "ROOT" and (own := _owner(head)) is not None:
        # ("Tarl council rejects Quenmark plan to close the depot": Quenmark's, not the council's; not of a noun the parse
        # left with no verb, a headline's verb read as a noun: "Tarl tables bill to keep ...", no "Tarl tables")
        return own
    if verb.dep_ in {"acl", "relcl"} and head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _whethers(sent: Span) -> list[tuple[str, set[str], str]]:
    out = []
    for tok in sent:
        if tok.lower_ != "whether":
            continue  # (an "if" that asks, "asked if the plan would pass", is left out: the parse makes many a condition one)
        made = _whether_question(tok)
        if made is not None:
            out.append((*made, "whether"))
        elif (vague := _whether_question(tok, vague=True)) is not None:
            out.append((*vague, PRONOUN))
    return out


def _whether_question(mark: Token, vague: bool = False) -> tuple[str, set[str]] | None:
    """The whether-clause `mark` opens, asked as a yes/no question: its subject and first auxiliary turned about
    ("whether the levy can stay" -> "Can the levy stay?"), the simple past or present asked with "did" / "does", an
    infinitive of the main clause's subject asked with "will" ("must decide whether to renew X" -> "Will the council
    renew X?"). None for a clause with no verb, a pronoun for its subject, or too long to read as one proposition."""
    verb = mark.head
    if verb.i < mark.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    # the clause's tokens from the mark on, to its first comma, dash or "or" joining another option ("or not")
    clause = [t for t in verb.subtree if t.i > mark.i]
    cut: list[Token] = []
    listed = False
    for t in clause:
        if t.text in {",", ";", ":", "\u2014", "\u2013", "(", ")"}:
            listed = t.text == ","
            break
        if t.lower_ in {"or", "and"} and t.i > verb.i and t.head.i <= verb.i + 0 and t.head == verb:
            break
        if t.lower_ == "or" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in {"not", "whether"}:
            break
        cut.append(t)
    if not cut or verb not in cut or any(c.dep_ in _COMPLEMENTS and c not in cut for c in verb.children):
        return None  # (a clause cut before its object or complement is no question: "whether they deserve")
    if listed and any(c.dep_ == "conj" and c not in cut for c in verb.children):
        return None  # (verbs listed, their object after the last: "whether the board will approve, delay or reject the plan")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > mark.i]
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.i > mark.i]
    infinitive = not subjects and any(a.lower_ == "to" for a in auxes)
    if subjects:
        subject = subjects[0]
        if _vague(subject) and subject.lower_ != "there" and not (vague and subject.lower_ in COMPLETING):
            return None
        if vague and not _vague(subject):
            return None
        subject_toks = [t for t in cut if subject.left_edge.i <= t.i <= subject.right_edge.i]
        rest = [t for t in cut if t not in subject_toks]
        finite = [a for a in auxes if a.lower_ != "to"]
        got = None
        if finite and finite[0].dep_ == "auxpass" and finite[0].lemma_.lower() == "get" and finite[0].tag_ in _OPERATOR_OF:
            # a passive said with "get" is asked with "do" ("whether the pier gets repaired": "Does the pier get
            # repaired?", not "Gets the pier repaired?"; test_question_asked_corpus.py::test_frames_a_question_made_readable)
            operator, got = _OPERATOR_OF[finite[0].tag_], finite[0]
        elif finite:
            operator = finite[0].lower_
            rest = [t for t in rest if t != finite[0]]
            if operator in {"'ll", "wo"}:
                operator = "will"
            elif operator == "ca":
                operator = "can"
        elif verb.lemma_.lower() == "be" or verb.pos_ == "AUX":
            operator = verb.lower_
            rest = [t for t in rest if t != verb]
        elif verb.tag_ in _OPERATOR_OF:
            operator = _OPERATOR_OF[verb.tag_]
        else:
            return None
        head_words = subject_toks
    elif infinitive and not vague:
        doer = _main_subject(mark)
        if doer is None or doer.left_edge.i <= mark.i <= doer.right_edge.i:
            return None  # (no one named, or the clause inside its own subject: "the vote on whether to close the pier ...")
        operator, got = "will", None
        head_words = _doer_words(doer)
        if len(head_words) > 6 or any(t.ent_type_ == "DATE" and t.like_num for t in head_words):
            return None  # (a date in the subject is a dateline the parse ran into it: "QUOBRAY, June 3 - The guild")
        rest = [t for t in cut if t.lower_ != "to" or t.head != verb or t.dep_ != "aux"]  # ("grow to sixteen clubs")
    else:
        return None
    rest = [t for t in rest if t is not mark]
    verb_text = verb.lemma_ if subjects and not auxes and verb.tag_ in _OPERATOR_OF and verb.lemma_.lower() != "be" \
        else None
    if (operator, verb.tag_) in _BACKSHIFTED and (mark.head.head.tag_ == "VBD" or operator == "had"):
        # a clause reported in the past asked as said ("asked whether the guild would ratify": "Will the guild ratify?");
        # a past perfect in a whether-clause is one whatever governs it ("divided over whether the mill had made a
        # profit": "Has the mill made a profit?")
        operator = _BACKSHIFTED[operator, verb.tag_]
    got_at = got.i if got is not None else -1
    body = "".join(verb_text + verb.whitespace_ if t == verb and verb_text else "get" + t.whitespace_ if t.i == got_at
                   else _written(t) for t in _ordered(rest))
    text = _going_to(" ".join(f"{operator.capitalize()} {_lower_start(head_words)} {body}".split()))
    n = len([t for t in cut if not t.is_punct]) + (len(head_words) if infinitive else 0)
    if not MIN_WORDS <= n <= MAX_WORDS or text.endswith((" the", " a", " an", " to", " of")):
        return None
    keys = {k for t in [*head_words, *rest, verb] if (k := content_key(t))}
    return text.rstrip(" .!") + "?", keys


def _main_subject(mark: Token) -> Token | None:
    """Who the infinitive after "whether" is of: the subject of the verb the clause hangs from ("the council must
    decide whether to ..."), or of the verb a noun it hangs from is the object of ("the board faces a choice over
    whether to ...")."""
    head = mark.head.head
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj and head.pos_ in {"VERB", "AUX"}:
            s = subj[-1]  # (the nearest: a dateline's place parsed a subject before it, "TARL, May 2 - The board is ...")
            # (a passive's subject is who the choice is before: "the council is divided over whether to sell", "porters
            # are to be balloted on whether to strike"; test_question_asked_corpus.py::test_frames_whether_to_of_its_doer)
            if _vague(s) or s.pos_ == "PRON" or (s.dep_ == "nsubjpass" and not _deciding(head)):
                return None
            return s
        if head.pos_ == "NOUN" and (own := _owner(head)) is not None:
            return own  # "the board's vote on whether to ...", "the Tarl board votes on whether to" read as a noun
        if head.head is head:
            return None
        head = head.head
    return None


# A passive whose subject the choice is before, not one acted on ("were asked whether to", "is divided over whether to",
# "are to be balloted on whether to"): the verb's subject is the doer of the infinitive (q_subsidise's "is divided over";
# test_question_asked_corpus.py::test_frames_whether_to_of_its_doer).
_DECIDING_PASSIVES = frozenset({"divide", "split", "ballot", "poll", "ask", "torn", "tear"})


def _deciding(verb: Token) -> bool:
    return verb.lemma_.lower() in _DECIDING_PASSIVES or verb.lower_ in _DECIDING_PASSIVES


def _owner(noun: Token) -> Token | None:
    """The person or body a noun hanging a whether-clause is said of: its possessor or the name or body compounded
    before it ("the board's vote", "the Tarl board votes" tagged a noun); None for a pronoun or no one."""
    for c in noun.children:
        if c.dep_ in {"poss", "compound"} and c.i < noun.i and c.pos_ in {"NOUN", "PROPN"} and is_being(c):
            return c
    return None


def _doer_words(doer: Token) -> list[Token]:
    """The doer's words (`_named`) without a possessive's ending ("the board's" -> "the board")."""
    return [t for t in _named(doer) if not (t.dep_ == "case" and t.head.i == doer.i)]


def _named(noun: Token) -> list[Token]:
    """A noun's words without what is said of it in passing (an apposition, a relative clause, a bracket, a dash):
    "the Tamsworth council (TC) - which ..." -> "the Tamsworth council"."""
    dropped = {t.i for c in noun.children if c.dep_ in {"appos", "relcl", "acl", "parataxis", "advcl", "punct"}
               for t in c.subtree}
    return [t for t in noun.subtree if t.i not in dropped and not (t.is_punct and t.text not in {"-", "'"})]


def _lower_start(toks: list[Token]) -> str:
    """A subject's words as written, its first lower-cased unless a name ("The council" -> "the council")."""
    text = "".join(_written(t) for t in toks).strip()
    first = toks[0] if toks else None
    if first is not None and first.text[:1].isupper() and not first.text.isupper() and (
            first.pos_ in {"DET", "PRON"} or (first.is_sent_start and first.pos_ == "NOUN" and lexfile(first.lemma_.lower()))):
        text = text[:1].lower() + text[1:]
    return text


def _quote(tok: Token) -> bool:
    """A quotation mark (not an apostrophe that is part of a word or a year, "'24")."""
    return tok.text in _QUOTES and tok.tag_ != "POS" and not (
        tok.i + 1 < len(tok.doc) and not tok.whitespace_ and tok.doc[tok.i + 1].like_num)


def _written(tok: Token) -> str:
    """A token as written with its space; a quotation mark or the writer's doubt by its space alone; a particle with a
    space (`_ordered` writes it after its verb)."""
    if _particle(tok):
        return tok.text + " "
    if tok.lower_ in _STRESSING and tok.dep_ not in {"dobj", "pobj", "dative", "attr"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.whitespace_  # ("the governor himself": the governor)
    return tok.whitespace_ if _quote(tok) or tok.lower_ in _DOUBTING else tok.text_with_ws


def _particle(tok: Token) -> bool:
    """A verb's particle: a prt, or an adverb the parse made of one after the object ("Can the Greens take Ostby North
    back?": "take back Ostby North"; frames_phrasal.adverb_particle)."""
    return tok.dep_ == "prt" or (tok.head.pos_ in {"VERB", "AUX"} and adverb_particle(tok, tok.head.lemma_.lower()))


def _join(toks: list[Token]) -> str:
    text = " ".join("".join(_written(t) for t in _ordered(toks)).split()).replace(" ?", "?")
    # ("going to" asked with "will" only before a verb the parse tags one: not "going to court?", a noun:
    # tests/test_question_asked_corpus.py::test_frames_going_to_a_place_asks_no_act)
    verb_next = any(t.lower_ == "going" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
                    and t.doc[t.i + 2].tag_ == "VB" for t in toks)
    return _going_to(_YES_OR_NO.sub("?", text), verb_next)


def _ordered(toks: list[Token]) -> list[Token]:
    """The tokens with a verb's particle written after the verb ("hand the permits back" -> "hand back the permits")."""
    out = list(toks)
    for t in toks:
        if _particle(t) and t.head in out and t.i > t.head.i + 1:
            out.remove(t)
            out.insert(out.index(t.head) + 1, t)
    return out


def _going_to(text: str, verb_next: bool | None = None) -> str:
    """"Is X going to V" asked as "Will X V" ("Is the syndicate going to lease the kiln?" -> "Will the syndicate lease
    the kiln?"); not before an article, a possessive, a name or a number ("Are the Rovers going to the final?"), nor a
    single word ending the question ("Is the council going to court?"): what follows "to" there is no verb (tests/
    test_question_asked.py::test_question_going_to_a_place_is_no_act). `verb_next`, when the parse was read, says
    whether the parse tags the word a verb ("going to hold?" yes, "going to court?" no), and decides alone."""
    found = _GOING_TO.match(text)
    if found is None or verb_next is False:
        return text
    word = found.group(2)
    if verb_next is None and (word.lower() in _NO_VERB_NEXT or word[:1].isupper() or word[:1].isdigit()
                              or word.endswith("?")):
        return text
    return _GOING_TO.sub(lambda m: f"Will {m.group(1)} ", text, count=1)
