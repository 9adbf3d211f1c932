"""Attribution by a noun: a speech act, belief or position named by a noun with its content
("his claim that ...", "repeated the suggestion that ...", "expressed deep concern about ...",
"is a firm opponent of ...", "has questions about ...").

The noun needs a holder: a possessive ("his claim", "Orvell's adulation of"), the subject of the
verb whose object it is ("X raised questions about", "X made a strong condemnation of"), or the
subject of a copula it completes ("X is a passionate defender of"). The content is only what the
noun takes: the clause after "that", or the object of a preposition that introduces what is said,
believed or judged; the noun and its preposition belong to the cue, as in PolNeAR's annotation.
Without a holder ("claims of abuse", "initial reports of the explosion") nothing is attributed, except a
speech or belief noun with its "that" clause ("growing concerns that ..."): a statement by no one named.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..judge.wordnet import NOUN_COMMUNICATION
from .bounds import states_position
from .candidate import Candidate
from .clauses import predicate_like, speaker_span, speaker_words, subject_of
from .frames_nouns import lexfile
from .lexicon import BEING, DOCUMENT_NOUNS, SPEECH_VERBS, words
from .predicates import holder
from .quotes import inside
from .text import doc_text

# Nouns naming what someone said, by kind of statement (general English; pinned by
# tests/extract/test_nominal.py).
SPEECH_NOUNS = words("""
claim claims suggestion suggestions assertion assertions allegation allegations argument arguments
statement statements comment comments remark remarks declaration pledge pledges promise promises
warning warnings accusation accusations charge charges denial denials insistence question questions
rhetoric message messages complaint complaints prediction predictions answer answers announcement
contention description characterization criticism criticisms attack attacks
""")
BELIEF_NOUNS = words("""
belief beliefs view views concern concerns fear fears hope hopes doubt doubts worry worries reservation
reservations illusion illusions idea ideas theory theories conviction impression suspicion suspicions
skepticism scepticism optimism pessimism confidence frustration anger outrage desire wish expectation
expectations assessment understanding opinion opinions intention plan plans
""")
POSITION_NOUNS = words("""
opponent opponents supporter supporters critic critics defender defenders advocate advocates proponent
proponents champion champions fan fans admirer admirers backer backers foe foes ally
support opposition condemnation praise adulation admiration endorsement rejection defense defence
disdain contempt embrace
""")
# Nouns of saying, finding or coming to know that name what was said only by a "that" clause ("a report that
# ...", "her admission that ...", "the board's conclusion that ...", "a tacit acknowledgment that ..."): "the
# report on the harbour" or "an admission of guilt" name a document or an act, not its content (pinned by
# tests/extract/test_nominal.py::test_nominal_that_clause_nouns).
THAT_NOUNS = words("""
report reports finding findings admission admissions assurance assurances acknowledgment acknowledgments
acknowledgement acknowledgements emphasis observation observations reminder reminders boast boasts confession
speculation rumor rumors rumour rumours insinuation conclusion conclusions recognition realization realisation
""")
# Nouns of intending or acting on an intention that take it as an infinitive ("her decision to
# meet ...", "the government's determination to ...", "his promises to ...": kind belief, a holder
# required; pinned by test_nominal_intention_with_its_infinitive).
INTENTION_NOUNS = words("""
decision decisions determination effort efforts attempt attempts bid refusal reluctance willingness
readiness eagerness promise promises pledge pledges plan plans intention intentions vow vows threat
threats offer commitment push desire wish resolve
""")
# After a noun of intending, a preposition carries what was intended only before a question
# ("her decision on how to sort the files", "on whether to run").
QUESTION_PREPS = frozenset({"on", "about", "over"})
WH_OPENERS = frozenset({"how", "whether", "when", "what", "which", "who", "where", "if"})
# Prepositions that introduce what the noun is about, by kind ("claims about", "concern about",
# "opponent of", "support for"); "a question for X" names whom it was put to, "support of X" who gives it.
CONTENT_PREPS = {
    "indirect": frozenset({"about", "on", "over", "regarding", "of"}),
    "belief": frozenset({"about", "over", "on", "regarding", "of"}),
    "position": frozenset({"of", "for", "against", "toward", "towards", "on"}),
}
NOUN_PREPS = {"support": frozenset({"for"}), "opposition": frozenset({"to"}), "backing": frozenset({"for"})}
# Verbs that make their object noun the subject's statement ("raised questions about", "made a
# condemnation of", "repeated the claim that"); other verbs ("read his claim") report on it.
HOLDING_VERBS = words("""
have make raise express voice repeat reiterate renew offer issue share air answer field state declare
pose lodge level file deliver give double continue reaffirm signal
""")
# Copulas after which a stance noun is the subject's ("Her position is that ...", "is a firm opponent of"):
# lexicon.BEING without the verbs of the senses, "get" and "stay" (pinned by test_nominal_noun_then_is_that
# and the "firm opponent" row of tests/extract/test_nominal.py).
COPULAS = BEING - {"feel", "look", "sound", "get", "stay"}


def nominal_candidates(sents: list[Span], i: int, quotes: list[tuple[int, int]]) -> Iterator[Candidate]:
    sent = sents[i]
    for noun in sent:
        if noun.pos_ != "NOUN" or inside(quotes, noun.idx):
            continue
        lemma, low = noun.lemma_.lower(), noun.lower_
        kind = ("indirect" if low in SPEECH_NOUNS or lemma in SPEECH_NOUNS else
                "belief" if low in BELIEF_NOUNS or lemma in BELIEF_NOUNS else
                "position" if low in POSITION_NOUNS or lemma in POSITION_NOUNS else None)
        only_that = kind is None and (low in THAT_NOUNS or lemma in THAT_NOUNS)
        if only_that and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SPEECH_VERBS \
                and subject_of(noun.head) is not None:
            # "X denied reports that ...", "Y confirmed speculation that ...": the report is what the subject speaks
            # of, and the subject's own statement holds it (tests/judge/test_stance.py "denied reports that").
            continue
        if only_that:
            kind = "belief" if lemma in {"conclusion", "recognition", "realization", "realisation"} else "indirect"
        # (Not the object of a preposition: "the talks about their decision to ..." name a topic.)
        intends = (low in INTENTION_NOUNS or lemma in INTENTION_NOUNS) and noun.dep_ != "pobj"
        preps = (frozenset() if only_that else NOUN_PREPS.get(lemma, CONTENT_PREPS[kind])) if kind is not None \
            else QUESTION_PREPS
        if kind is None and intends:
            kind = "belief"  # its infinitive, or a question after "on": not "the decision on X", a topic
        if kind is None:
            continue
        content = _content(noun, preps, intends)
        if content is None:
            continue
        if noun.dep_ == "dobj" and states_position(noun.head, noun.head.lemma_.lower()):
            continue  # "expressed skepticism about X": a stated position, its noun part of what is judged
        source, cue_head = _holder(noun)
        if source is not None and source.dep_ == "compound" and source.head == noun and content[2].dep_ == "prep":
            # "the Marsh criticism of ...": by Marsh or of Marsh; only a clause or an aim is held
            # (test_nominal_a_compounded_name_holds_no_content_after_of).
            source = None
        if source is None and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in SPEECH_VERBS \
                and noun.head.head.pos_ == "VERB" and content[2].lower_ == "that":
            # "X insisted in a statement that ...": the clause the parse hung on the noun is X's.
            cue_head = noun.head.head
            source, kind = subject_of(cue_head), "indirect"
        # "The idea is that ...", "The short answer is that ...": no holder, the writer's own words.
        via_copula = noun.dep_ == "nsubj" and content[2].i == noun.head.i + 1
        unsourced = source is None and kind != "position" and content[2].lower_ == "that" and not predicate_like(noun) \
            and not via_copula
        if not unsourced and (source is None or not (holder(source) or source.tag_ == "PRP$")
                              or inside(quotes, source.idx)):
            continue
        start, end, opener = content
        if len(doc_text(sent.doc)[start:end].split()) < 2:
            continue
        doc = sent.doc
        cue = doc[cue_head.i: opener.i + 1].text if cue_head.i <= noun.i and opener.i - cue_head.i < 8 else noun.text
        yield Candidate(i, kind, cue, noun.idx, start, end, _words(source, noun, cue_head) if source is not None else None,
                        "nominal")


def _content(noun: Token, preps: frozenset[str], intends: bool = False) -> tuple[int, int, Token] | None:
    """The clause after "that", the object of a content preposition, or for a noun of intending its
    infinitive ("decision to meet ...", with its "to", as PolNeAR annotates); with the token opening it."""
    doc = noun.doc
    # Right after the noun, or after the phrase naming its holder ("warnings from her lawyer that ...", "the
    # decision by the board to ...": _by_holder).
    after = {noun.i + 1} | ({by.right_edge.i + 1} if (by := _by_holder(noun)) is not None else set())
    for child in noun.children:
        if child.i < noun.i:
            continue
        if intends and child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"} \
                and child.left_edge.i in after and doc[child.left_edge.i].lower_ == "to":
            return _bounds(noun, child.left_edge.i, child.right_edge.i, noun)
        if child.dep_ in {"acl", "ccomp", "relcl"} and doc[child.left_edge.i].lower_ == "that" \
                and doc[child.left_edge.i].dep_ == "mark" and child.left_edge.i in after:
            first, last = child.left_edge.i + 1, child.right_edge.i
            return _bounds(noun, first, last, doc[child.left_edge.i])
        if child.dep_ == "prep" and child.lower_ in preps and child.i == noun.i + 1:
            obj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
            if preps is QUESTION_PREPS and obj is not None and doc[obj.left_edge.i].lower_ not in WH_OPENERS:
                obj = None  # "decision on how to ...", "on whether to ...", not "decision on the plan"
            if obj is not None:
                return _bounds(noun, obj.left_edge.i, obj.right_edge.i, child)
    # "The paper's view is that ...", "Her position is that ...": the noun as the subject of a copula
    # whose complement is the "that" clause (test_nominal_noun_then_is_that).
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in COPULAS and head.i > noun.i:
        for child in head.children:
            if child.dep_ in {"ccomp", "attr", "acomp"} and child.left_edge.i == head.i + 1 \
                    and doc[head.i + 1].lower_ == "that" and doc[head.i + 1].dep_ == "mark":
                return _bounds(noun, head.i + 2, child.right_edge.i, doc[head.i + 1])
    return None


def _bounds(noun: Token, first: int, last: int, opener: Token) -> tuple[int, int, Token] | None:
    doc = noun.doc
    # What a comma adds after the content ("..., which ...", "..., the latest ...") is the writer's.
    for k in range(first + 1, last + 1):
        if doc[k].text in {",", ";", "—", "–", "--"} and k + 1 <= last and (
                doc[k + 1].tag_ in {"WDT", "WP", "WP$", "VBG"} or doc[k + 1].dep_ in {"appos", "cc"}):
            last = k - 1
            break
    while last >= first and doc[last].is_punct and doc[last].text not in {"”", '"', "’"}:
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text), opener


def _by_holder(noun: Token) -> Token | None:
    """The "from" or "by" phrase right after the noun that names who holds it ("warnings from her lawyer that
    ...", "a claim by the agency that ...", "the decision by the board to ..."): its preposition, when its
    object can hold a view (predicates.holder; not "the report from last week")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in {"from", "by"}), None)
    obj = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep if obj is not None and holder(obj) and obj.ent_type_ not in {"DATE", "TIME"} else None


def _holder(noun: Token) -> tuple[Token | None, Token]:
    """Who holds the noun's content, and the token the cue starts at."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _its_words(poss, noun) or poss, noun
    by = _by_holder(noun)
    if by is not None:
        return next(c for c in by.children if c.dep_ == "pobj"), noun
    # "a Ledger report that ...", "a Marsh campaign pledge to ...": a name compounded with the noun holds it
    # (test_nominal_a_name_compounded_with_the_noun_holds_it).
    named = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in {"PERSON", "ORG"}),
                 None)
    if named is not None:
        return named, noun
    head = noun.head
    if noun.tag_ == "NNS" and noun.i > 0 and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "that":
        # "Orvell charges that ...": a name and a verb of saying the tagger read as one noun phrase,
        # the name its compound or its root (test_nominal_a_verb_read_as_a_noun_after_a_name).
        name = noun.doc[noun.i - 1]
        if name.text[:1].isupper() and ((name.dep_ == "compound" and name.head == noun and noun.dep_ == "ROOT")
                                        or (name == head and head.dep_ == "ROOT")):
            return name, noun
    carried = _carried_by(noun)
    if carried is not None:
        return carried, noun
    # "a firm opponent of", "deep concern about": the noun's own modifiers are part of the cue.
    if noun.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        lemma = head.lemma_.lower()
        if (noun.dep_ == "dobj" and lemma in HOLDING_VERBS) or (noun.dep_ == "attr" and lemma in COPULAS):
            return subject_of(head), head
    return None, noun


def _its_words(poss: Token, noun: Token) -> Token | None:
    """"Marsh's letter was mocked for its claim that ...": "its" for the subject of the noun's clause, someone's words
    (a document noun or a noun of communication, WordNet's noun.communication, with a possessor): that possessor holds
    the claim, as where the words carry it (`_carried_by`; tests/extract/test_speakers_session35.py::
    test_its_claim_of_someones_letter)."""
    if poss.lower_ != "its":
        return None
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    document = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < noun.i), None)
    if document is None or not (document.lemma_.lower() in DOCUMENT_NOUNS or document.lower_ in DOCUMENT_NOUNS
                                 or lexfile(document.lemma_.lower()) == NOUN_COMMUNICATION):
        return None
    return next((c for c in document.children if c.dep_ == "poss" and c.lower_ != "its"), None)


# Verbs by which words carry what they say ("her speech carried a warning that ...", "his letter contained a claim";
# tests/extract/test_speakers_session28.py::test_a_noun_carried_by_someones_words).
CARRYING = words("carry contain include bear hold offer make give send deliver")


def _carried_by(noun: Token) -> Token | None:
    """"Her letter contained a quiet admission that ...": the noun as the object of a verb of carrying whose
    subject is someone's words (a document noun with a possessor) is held by that possessor (tests/extract/
    test_speakers_session28.py::test_a_noun_carried_by_someones_words)."""
    obj = noun
    while obj.dep_ == "conj" and obj.head.i < obj.i and obj.head.pos_ == "NOUN":  # "bore a date and a warning"
        obj = obj.head
    head = obj.head
    # (or joined to the verb itself, after its object: "carried a harder edge, and a warning that ...")
    second = obj.dep_ == "conj" and any(c.dep_ == "dobj" and c.i < obj.i for c in head.children)
    if not (obj.dep_ == "dobj" or second) or head.pos_ != "VERB" or head.lemma_.lower() not in CARRYING:
        return None
    carrier = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if carrier is None or not (carrier.lemma_.lower() in DOCUMENT_NOUNS or carrier.lower_ in DOCUMENT_NOUNS):
        return None
    return next((c for c in carrier.children if c.dep_ == "poss"), None)


def _words(source: Token, noun: Token, cue_head: Token) -> Span:
    """The holder's words, without the possessive ending ("Marsh's" -> "Marsh") or the noun itself
    where the parse made it part of the holder's phrase ("Berg charges that"); through the relative
    pronoun of "B, who is a firm opponent of" (`speaker_words`)."""
    span = speaker_words(source, cue_head) if cue_head.pos_ in {"VERB", "AUX"} else speaker_span(source)
    end = min(span.end, noun.i) if span.start < noun.i else span.end
    while end > span.start + 1 and span.doc[end - 1].dep_ == "case":
        end -= 1
    if span.doc[end - 1].dep_ == "case" or span.doc[end - 1].lower_ in {"'s", "’s"}:
        end = max(span.start + 1, end - 1)
    return span.doc[span.start: end]
