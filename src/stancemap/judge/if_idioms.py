"""If-clauses that set no condition on the speaker's side, by the shape English gives them (issue 9, session 18):

- a purpose said with "if X is to Y" ("needs a bigger library if it is to keep its readers"): what Y needs, no condition;
- a reduced if-clause of need or of being asked ("if necessary", "if need be", "if we have to", "if asked for
  her view"): the speaker's own readiness, or the answer they would give, not what their side hangs on; a hedge
  ("if anything", "if at all") or a likeness ("as if it were a rival");
- a clause of reckoning, "if/once/when" with a verb of counting ("once you count the caretaker's wages", "if you add
  back the overtime", "once the heating bills are included, it costs a fifth more"): the basis of a figure, not what a
  side hangs on (session 26);
- a surprise or a lie the speaker would own to if the clause came true ("I would be astonished if they signed it
  this week", "we would be lying if we claimed to know the date"): the clause is what the speaker does not expect or claim,
  so its words count the other way;
- a past counterfactual, an if-clause in the past perfect before "would/could/might" on a verb that takes no side
  ("If we had closed the road, I would be explaining a crash"): what would have been, no condition ahead (session 28);
- a doubt standing for the main clause's act ("before the town recovers, if it ever does", "if that day ever comes"):
  the act doubted, its side turned against it by stance.py (session 39).

stance.py judges the statement without them (the second kind's clause denied); conditions_apart.py keeps them
out of the statement's conditions. Pinned by tests/judge/test_if_idioms.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.frames_words import AMOUNTS as FRAME_AMOUNTS
from ..extract.lexicon import NEGATIVE, POSITION_VERBS, POSITIVE, REFUSING, SPEECH_VERBS
from .conditions import Condition, bare_present
from .counterfactual import UNREAL_MODALS
from .if_predicted import aside

# The words of an if-clause whose verb phrase is only a need, elided ("if we have to", "if need be", "if necessary").
NEEDING = frozenset({"necessary", "need", "needs", "needed", "required", "have", "has", "must"})
ELIDED = NEEDING | frozenset({"if", "be", "to", "it", "they", "we", "i", "you", "he", "she", "really", "absolutely",
                              "ever", "truly"})
# A reduced if-clause of someone's wish, its verb phrase elided ("if she likes", "if you will", "if they wish"): leave
# given (tests/judge/test_conditions_conceded.py::test_leave_given_and_an_opinion_owned).
WISHING = frozenset({"like", "likes", "liked", "wish", "wishes", "please", "will", "must"})  # (not "want": "if they
# want, we will back it" is often a term: the wish of the party asked)
LEAVE = WISHING | frozenset({"i", "you", "he", "she", "we", "they", "one", "so", "really"})  # (not "it": "we will back
# it if they like it" is a term, the object of the wish named; review of session 30)
# If-clauses that only hedge what is said ("has, if anything, hardened", "late, if at all").
HEDGING = (("if", "anything"), ("if", "at", "all"))
# Reduced if-clauses of being asked: what follows is the speaker's answer ("if asked, she would say ...").
ASKED = frozenset({"ask", "press", "invite"})
REDUCED_NEED = "a need, a hedge or a likeness, not a condition"
RECKONING = "the basis of a figure"
# Verbs of counting a figure's parts in or out ("once you count X", "if you add back X", "once X are included").
COUNTING = frozenset({"count", "add", "include", "exclude", "factor", "strip", "adjust", "calculate", "deduct",
                      "subtract", "net", "discount", "tot", "total"})
# Generic subjects: whoever reckons ("you", "one") rather than a party whose act is awaited.
RECKONERS = frozenset({"you", "one", "anyone", "anybody"})
# The tagger's entities of amount, which a reckoning's main clause states (spaCy's labels): the frames' amounts and a
# bare number.
AMOUNTS = FRAME_AMOUNTS | {"CARDINAL"}
# Words of taking a side: a main clause whose verb (or its complement) is one states a side, so its if-clause is a term
# (_embedded, and the counterfactuals').
SIDE_WORDS = POSITION_VERBS | POSITIVE | NEGATIVE | REFUSING
SURPRISE = "a surprise foreseen: the clause denied"
COUNTERFACTUAL = "a past counterfactual, no condition ahead"
ANALOGY = "another doer of the same deed, compared"
EMBEDDED = "a hypothetical inside a thing described or asked"
ANOTHER_CASE = "another case compared: nobody would object there"
REGARDLESS = "a concession: the side holds either way"
LIKENESS = "a likeness argued: it is what it looks like"
IGNORANCE = "a taunt: would not know it if ..."
IN_THEIR_PLACE = "the speaker put in another's place"
EMPHATIC = "an emphatic 'if anyone', who did it asserted"
AFFIRMED = "a negation denied, a fact affirmed"
GOOD_FAITH = "a party's good sense supposed, the main clause demanded"
PREDICTED = "a prediction affirmed: the clause said to come true"
PREDICTION_DOUBTED = "a prediction doubted: the clause said not to come true"
ACT_DOUBTED = "a doubt that the act said will ever come: against it"
# The verbs an if-clause stands for its main clause's act with ("if it ever does", "if it ever happens", "if that day
# ever comes"), and the nouns of its coming ("day", "time").
STANDING_IN = frozenset({"do", "happen", "come", "arrive", "materialise", "materialize", "will", "would", "can"})
DAYS_OF_COMING = frozenset({"day", "time", "moment"})
# Modals of the main clause of a counterfactual ("I would be ...", "we could have ..."): one set with counterfactual.py.
COUNTERFACTUAL_MODALS = UNREAL_MODALS


def idle(condition: Condition, doc: Doc) -> str | None:
    """Why an if-clause sets no condition (RECKONING, REDUCED_NEED or SURPRISE), or a once- or when-clause
    (RECKONING only), or None."""
    lowered = condition.text.lower()
    timed = lowered.startswith(("once ", "when "))
    if not lowered.startswith("if ") and not timed:
        return None
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return None
    if _reckoning(span):
        # "once you count the wages, it is dearer" (tests/judge/test_if_idioms.py::
        # test_reckoning_and_a_hedge_set_no_condition; a party's act stays one: test_a_party_counting_stays_a_condition)
        return RECKONING
    if timed:
        return None
    if lowered.startswith("if ") and (predicted := aside(span)) is not None:
        # "If this catches on, and I expect it will, ...": the speaker's prediction, a side (if_predicted.py;
        # tests/judge/test_if_predicted.py)
        return PREDICTED if predicted[0] > 0 else PREDICTION_DOUBTED
    if _act_doubted(span):
        # "will be retired before the town recovers, if it ever does": the act doubted, against it (session 39;
        # tests/judge/test_if_idioms.py::test_a_doubt_that_the_act_will_ever_come)
        return ACT_DOUBTED
    said = tuple(t.lower_ for t in span if t.is_alpha)
    words = set(said)
    if (span.start > 0 and doc[span.start - 1].lower_ == "as") or any(
            words == set(h) or said[:len(h)] == h for h in HEDGING):
        # "as if it were a rival": a likeness; "if anything", "if at all": a hedge, also when the parser hung the
        # rest of the sentence on it ("If anything the claim makes the case stronger"; test_reckoning_and_a_hedge_...)
        return REDUCED_NEED
    if words <= ELIDED and words & NEEDING and ("to" in words or not words & {"have", "has"}):
        return REDUCED_NEED  # "if they have to", "if necessary" (not "if they have", a perfect with its verb elided)
    if said[:2] == ("if", "only"):
        return REDUCED_NEED  # "If only the council had listened": a wish or a regret, no condition (session 34)
    if _verbless_aside(span):
        return REDUCED_NEED  # "a good idea, if an expensive one", "few, if any, residents": a concession, no condition
    if words <= LEAVE | {"if"} and words & WISHING:
        return REDUCED_NEED  # "can hide behind the plan if she likes", "if you will": leave given, no condition (session 30)
    if said[:2] == ("if", "you") and len(said) <= 6 and "ask" in {t.lemma_.lower() for t in span} and words & {"me", "us"}:
        return REDUCED_NEED  # "if you ask me", "if you asked me to guess": an opinion owned as such (session 30)
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
    if verbs and verbs[0].lemma_ == "be" and verbs[0].dep_ != "aux" and any(
            c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verbs[0].children):
        return REDUCED_NEED  # "needs a bigger library if it is to keep its readers": a purpose (test_conditions_lists.py)
    if verbs and verbs[0].lemma_.lower() in ASKED and verbs[0].tag_ == "VBN" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verbs[0].children):
        return REDUCED_NEED  # "if asked for her view she would call it ..."
    if _likeness(span):
        return LIKENESS  # "If it looks like a tax and acts like a tax, it's a tax": what it is, argued by its likeness
    if _not_know(span):
        return IGNORANCE  # "They wouldn't know a fair budget if it landed on their desks": a taunt, no condition
    if _no_one_would(span):
        return ANOTHER_CASE  # "If a gallery burned down, nobody would ask who paid": another case, compared
    if _regardless(span):
        return REGARDLESS  # "will nevertheless back the budget if the rider is dropped": the side holds either way
    if _embedded(span) or _rule_told(span):
        return EMBEDDED  # "weigh it against what the town loses if the grant lapses": a hypothetical inside a thing described
    if _analogy(span):
        return ANALOGY  # "If a shop did that, the council would fine it": the deed compared, no condition
    if _in_their_place(span):
        return IN_THEIR_PLACE  # "If it were my daughter, I would ...", "if I were the mayor": no condition
    if _emphatic(span):
        return EMPHATIC  # "If anyone waved through the delay, it was the provost": who did it, asserted
    if _good_faith(span):
        return GOOD_FAITH  # "If this board has any sense, it will drop the plan": the main clause is what is demanded
    if _affirmed(span):
        return AFFIRMED  # "I would not be in town if we were not near a deal": the clause's negation denied, a fact affirmed
    if _counterfactual(span, said):
        return COUNTERFACTUAL  # "If we had closed the road, I would be explaining a crash": what would have been
    if _nothing_else_is(span):
        return DENIAL_AFFIRMS  # "If this isn't a scandal, I don't know what is": the clause's X affirmed
    return SURPRISE if _surprised(span) else None


# "If this isn't a scandal, I'd hate to see one / I don't know what is": what the denied clause says is affirmed. Like
# SURPRISE, the clause counts the other way (stance.py, COUNTED_AGAINST).
DENIAL_AFFIRMS = "a denial that affirms: if this is not X, nothing is"
COUNTED_AGAINST = frozenset({SURPRISE, DENIAL_AFFIRMS})
# The demonstratives and "it" such a clause is said of.
POINTED = frozenset({"this", "that", "it"})


def _nothing_else_is(span: Span) -> bool:
    """"If that isn't a disgrace, I'd hate to see one", "If that is not a scandal, I don't know what is": a
    negated copula said of "this/that/it" with a noun, before a main clause that points at that noun with "one" or asks
    "what is": an emphatic way of saying it is one, no condition (session 34; tests/judge/test_conditions_said.py::
    test_if_this_is_not_x_nothing_is)."""
    verb = span.root
    if verb.lemma_ != "be" or not any(c.dep_ == "neg" for c in verb.children) or not any(
            c.dep_ == "nsubj" and c.lower_ in POINTED for c in verb.children) or not any(
            c.dep_ == "attr" for c in verb.children) or _limited(span):
        return False
    main = _main_of(span)
    if main is None:
        return False
    rest = [t for t in main.subtree if not span.start <= t.i < span.end]
    return any(t.lower_ == "one" and t.dep_ in {"dobj", "attr", "nsubj"} for t in rest) or any(
        t.lower_ == "what" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_ == "be" for t in rest)


# The words of an if-phrase that stands for a clause said before ("if so", "if not"): a condition, however short.
PRO_CLAUSE = frozenset({"if", "so", "not"})


def _verbless_aside(span: Span) -> bool:
    """An if-phrase with no verb, set off after a comma inside its sentence, after the verb of its clause ("It is a good
    plan, if an expensive one", "We back it, if reluctantly"): a concession or a hedge on a word, no condition. Not "if
    so" or "if not", which stand for a clause said before, not a clause opening its sentence, and not a reduced
    condition on a subject before its verb ("the plans, if genuine, would be welcome") (session 34;
    tests/judge/test_conditions_said.py::test_if_that_sets_no_condition)."""
    doc = span.doc
    said = {t.lower_ for t in span if t.is_alpha}
    if span.start <= span.sent.start or doc[span.start - 1].text != "," or said <= PRO_CLAUSE or any(
            t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    verb = span.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_ != "be" and any(c.tag_ == "MD" for c in verb.children) and all(
            t.pos_ == "ADJ" for t in span[1:] if t.is_alpha):
        return False  # "we would back it, if cheaper", "we will approve it, if affordable": a reduced condition on the act
        # to come ("it would be workable, if painful" stays a concession on a quality)
        # (tests/judge/test_conditions_said.py::test_a_reduced_condition_on_an_act_stays)
    # after the verb of the clause it qualifies: "the plans, if genuine, would be welcome" (before it) is a
    # reduced condition on the subject
    return verb.i < span.start


def _content_noun(noun: Token) -> bool:
    """A noun a that-clause can say the content of ("the minister's promise that ...", "the claim that ..."): no name,
    no person, not the one told by a verb of saying ("told councillors that ...", a report the parser hung on them)."""
    return noun.pos_ == "NOUN" and not _a_person(noun) and not (
        noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in SPEECH_VERBS)


# Quotation marks that open a quotation: a clause after one is the quotation's own.
OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


def _embedded(span: Span) -> bool:
    """"I'd urge every reader to weigh it against what the town loses if the grant lapses", "praised the board's pledge
    that each ward keeps its clinic if a levy is agreed", "a leaner scheme that might be filed by spring if the panel
    refuses it", "to check whether an appeal might win if the permit is issued": the if-clause hangs on a
    verb inside a relative clause, a clause on a noun, a wh-clause after a preposition or an embedded "whether": a
    hypothetical inside what is described or asked, no term of the speaker's side (session 37: DEVELOP's eight such
    rows, one gold conditional, an "only if"; tests/judge/test_if_idioms.py::test_an_if_inside_a_thing_described). Not
    "only if"/"even if", nor a verb of taking a side or a first-person doer ("a deal we could back if ...": a term)."""
    main = _main_of(span)
    if main is None or _limited(span):
        return False
    marks = {c.lower_ for c in main.children if c.dep_ == "mark"}
    inside = main.dep_ in {"relcl", "pcomp"} or (main.dep_ == "acl" and "that" in marks and _content_noun(main.head)) or (
        "whether" in marks)
    if not inside or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in main.children):
        return False  # (a clause with a subject of its own: "their readiness to send troops if ...", "the choice of
        # stepping back if ...", "whether to suspend it if ..." are the side's own disposition, a term; a clause on a
        # noun only with "that": the parser hangs a quotation's own main clause on a noun before it as "acl")
    if any(c.dep_ == "punct" and c.i < main.i and c.text in OPENING_QUOTES for c in main.children):
        return False  # ('"If the council does not act, the courts will ...": a quotation's own clause, misparsed)
    return main.lemma_.lower() not in SIDE_WORDS and not any(
        c.lemma_.lower() in SIDE_WORDS for c in main.children if c.dep_ in {"acomp", "xcomp", "dobj", "attr"}) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON for c in main.children)


# Verbs a text says its content with ("the rulebook says ...", "the code requires ..."), and WordNet's lexicographer file of
# the texts that say it (noun.communication: a law, a rule, a protocol, a contract).
TEXT_SAYING = frozenset({"say", "state", "require", "allow", "provide", "stipulate", "specify", "prescribe"})
NOUN_COMMUNICATION = 10


def _rule_told(span: Span) -> bool:
    """"The rulebook says a match is replayed if the floodlights fail", "the code requires that a site is closed if a
    leak is found": the if-clause hangs on what a text (a law, a rule, a protocol: its noun's first two WordNet senses
    include noun.communication, not a body, "the union says it will strike if ...") says: the text's own provision,
    told, no term of the speaker's side (issue 9, session 45: q_penalty's rows, gold neutral;
    tests/judge/test_proposition_opened45.py::test_an_if_inside_what_a_rule_says). Not "only if"/"even if"."""
    from .wordnet import wordnet

    main = _main_of(span)
    if main is None or _limited(span) or main.dep_ != "ccomp" or main.head.lemma_.lower() not in TEXT_SAYING:
        return False
    text = next((c for c in main.head.children if c.dep_ == "nsubj"), None)
    if text is None or any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON for c in main.children) or any(
            c.dep_ in {"poss", "compound"} and (c.lower_ in FIRST_PERSON or c.ent_type_ in PARTY_ENTITIES)
            for c in text.children):
        # "Our manifesto says we will back the budget if ...", "the Harlan Party's pledge says ...": a side's own text,
        # or its own act told, keeps the side's condition (tests/judge/test_judge_review45.py::
        # test_a_sides_own_text_keeps_its_condition)
        return False
    return text.pos_ == "NOUN" and not _a_person(text) and (
        NOUN_COMMUNICATION in wordnet().lexfiles(text.lemma_.lower(), "noun", senses=2))


# Named entities that are a party to a question: a person, a body, a group (spaCy's labels).
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


# Adverbs on a main clause that say it holds whatever the if-clause supposes.
EITHER_WAY = frozenset({"nevertheless", "nonetheless", "regardless", "anyway", "anyhow"})


def _regardless(span: Span) -> bool:
    """"Our members will nevertheless back the budget if the rider is dropped", "we will back it anyway if the grant is
    cut": the main clause said to hold whatever the if-clause supposes, a concession as "even if" is (conditions_apart
    CONCESSION), no condition (session 37: q_lift's row, gold support; tests/judge/test_if_idioms.py::
    test_a_side_held_either_way)."""
    main = _main_of(span)
    return main is not None and not _limited(span) and any(
        c.dep_ == "advmod" and c.lower_ in EITHER_WAY for c in main.children)


# Verbs of seeming that "like" completes in the likeness test ("if it looks like a tax", "walks like a job").
SEEMING = frozenset({"look", "walk", "sound", "smell", "act", "quack", "talk", "feel", "taste", "seem", "behave"})


def _likeness(span: Span) -> bool:
    """"If it looks like a tax and acts like a tax, it's a tax": an if-clause of a verb of seeming with "like" before
    a main clause "it is (a) X": the likeness test, what the thing is, asserted; no condition (session 37: DEVELOP's two
    such rows gold support; tests/judge/test_if_idioms.py::test_a_likeness_and_a_taunt_set_no_condition)."""
    verb = span.root
    if verb.lemma_.lower() not in SEEMING or not any(c.dep_ == "prep" and c.lower_ == "like" for c in verb.children):
        return False
    main = _main_of(span)
    return main is not None and main.lemma_ == "be" and any(c.dep_ == "attr" for c in main.children)


def _not_know(span: Span) -> bool:
    """"The cabinet would not know a fair budget if it landed on their desks", "wouldn't know a bargain if it bit them":
    "would not know" a noun, with an if-clause: a taunt of ignorance, whatever the clause says (session 37;
    tests/judge/test_if_idioms.py::test_a_likeness_and_a_taunt_set_no_condition)."""
    main = _main_of(span)
    return main is not None and main.lemma_.lower() == "know" and any(c.dep_ == "neg" for c in main.children) and any(
        c.lower_ in COUNTERFACTUAL_MODALS for c in main.children) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in main.children)


# Subjects that say no one at all ("nobody would ask", "no one would object").
NOBODY = frozenset({"nobody", "noone"})


def _no_one_would(span: Span) -> bool:
    """"If a private gallery burned down, nobody would ask why the council paid", "If a chemical plant were dumping waste
    in the bay, no one would ask who ordered the clean-up": an if-clause in the past of an indefinite doer ("a
    gallery"), before "nobody would" / "no one would": another case put beside this one, where nobody would object, a
    comparison that argues, no term of a side (session 37: DEVELOP's four such rows gold support;
    tests/judge/test_if_idioms.py::test_no_one_would_in_another_case). "If a buyer came forward, we would sell" (a doer
    of a term, a main clause of the speaker's own) stays a condition."""
    if _limited(span):
        return False
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    past = verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)
    # the present of a general truth: "If a ferry company's engines fail, nobody calls it bad luck" (the indefinite
    # doer may be the subject's possessor) before a main clause in the present with no modal
    # (tests/judge/test_if_idioms.py::test_no_one_does_in_another_case)
    present = bare_present(verb)
    if subject is None or not (past or present) or subject.pos_ != "NOUN" or not any(
            d.dep_ == "det" and d.lower_ in {"a", "an"}
            for d in [*subject.children, *(g for c in subject.children if c.dep_ == "poss" for g in c.children)]):
        return False
    main = _main_of(span)
    if main is None or not (any(c.lower_ in {"would", "'d"} for c in main.children) if past else bare_present(main)):
        return False  # ("nobody could refuse it if a sponsor came forward": what the clause would make possible, a term)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in NOBODY or (c.lower_ == "one" and any(
        d.lower_ == "no" for d in c.children))) for c in main.children)


# Indefinite determiners and pronouns: a doer of any kind, or anyone at all ("if a shop did that", "if anyone ...").
INDEFINITE = frozenset({"a", "an", "any"})
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
# Pro-forms standing for the deed the speaker talks of ("did that", "did the same").
DEED = frozenset({"that", "this", "it", "so", "same"})


def _analogy(span: Span) -> bool:
    """"If a bank clerk did that, they would be out of work by Monday", "If a shop did that, the council would
    fine it": an if-clause whose doer is any one of a kind (an indefinite noun phrase) doing the deed already
    talked of ("did that"), before "would": what would befall another doer, a comparison that judges the deed; no
    condition is set on a side (session 30: DEVELOP's two such clauses are gold support and oppose, neither
    conditional; tests/judge/test_conditions_conceded.py::test_an_analogy_is_no_condition)."""
    if _limited(span):
        return False
    verb = span.root
    if verb.lemma_.lower() != "do" or not any(c.dep_ in {"dobj", "advmod"} and c.lower_ in DEED for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not any(
            d.dep_ == "det" and d.lower_ in INDEFINITE for d in subject.children):
        return False
    main = _main_of(span)
    return main is not None and any(c.lower_ in COUNTERFACTUAL_MODALS for c in main.children)


def _in_their_place(span: Span) -> bool:
    """"If it were my daughter, I would keep her well away", "If I were the mayor, I would ...", "if I were in their
    shoes": the speaker put in another's place by a past copula ("were", "was"), before "would": a judgement of what is
    done, argued by putting oneself there, no condition a side waits for (session 34; tests/judge/
    test_conditions_said.py::test_in_anothers_place). "if it were approved", "if it were phased in" (a passive) and
    "if it were cheaper" (no noun), "if it were our money" (no person) stay."""
    if _limited(span):
        return False
    verb = span.root
    if verb.lower_ not in {"were", "was"} or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    shoes = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in {"shoe", "shoes", "position", "place"} for g in c.children)), None)
    if subject is None:
        return False
    placed = (subject.lower_ == "it" and attr is not None and any(
        d.dep_ == "poss" and d.lower_ in {"my", "our"} for d in attr.children) and _a_person(attr)) or (
        subject.lower_ == "i" and (shoes is not None or (attr is not None and attr.pos_ in {"NOUN", "PROPN", "PRON"})))
    main = _main_of(span)
    return placed and main is not None and any(c.lower_ in COUNTERFACTUAL_MODALS for c in main.children)


def _a_person(noun: Token) -> bool:
    """WordNet's first sense of the noun is a person ("daughter", "mother"; not "money", "decision")."""
    from .wordnet import NOUN_PERSON, wordnet

    return wordnet().lexfile(noun.lemma_.lower(), "n") == NOUN_PERSON


# The good faith a party is supposed to have: "if they are serious", "if it has any sense", "if it took its findings
# seriously", "if they mean it".
EARNEST = frozenset({"serious", "sincere", "honest", "earnest"})
SENSE = frozenset({"sense", "decency", "shame", "integrity", "courage"})
FIRST_PERSON = frozenset({"i", "we", "my", "our"})


def _good_faith(span: Span) -> bool:
    """"If this panel has any wisdom left, it will drop the plan", "If they are serious, they must apply before the summer",
    "no choice but to drop the plan if it took its own report seriously": an if-clause that supposes only a party's good
    sense or good faith; what the main clause says it would then do is the speaker's demand, no condition of a side
    (session 30: DEVELOP's three such clauses are gold support, none conditional; tests/judge/
    test_conditions_conceded.py::test_a_partys_good_faith_is_no_condition). "if the risk is serious" is said of a thing."""
    if _limited(span):
        return False
    verb = span.root
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (subject.pos_ in {"PRON", "PROPN"} or any(
            d.lower_ in {"this", "that"} for d in subject.children)):
        return False  # a party named, or "this council"; not "if the risk is serious"
    main = _main_of(span)
    if main is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in FIRST_PERSON or any(
            d.dep_ == "poss" and d.lower_ in FIRST_PERSON for d in c.children)) for c in main.children):
        return False  # "If they are serious, we will back it": the speaker's own side held on another's good faith, a
        # term (review of session 30; test_conditions_conceded.py::test_good_faith_of_another_stays_a_condition)
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lower_ in EARNEST for c in verb.children)
    if lemma == "have":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in SENSE and any(d.lower_ == "any" for d in c.children)
                   for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "advmod" and c.lower_ == "seriously" for c in verb.children)
    return lemma == "mean" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _affirmed(span: Span) -> bool:
    """"I would not be at this table if we were not near a deal", "I would not be running this campaign if I did
    not believe in it": a negated main clause under "would" on a negated if-clause in the past: the speaker affirms
    what the clause denies, no condition ahead (session 30;
    tests/judge/test_conditions_conceded.py::test_a_double_negation_affirms)."""
    if _limited(span):
        return False
    verb = span.root
    if not any(c.dep_ == "neg" for c in verb.children) or not any(
            t.tag_ in {"VBD", "VBN"} or t.lower_ == "were" for t in span):
        return False
    main = _main_of(span)
    if main is None or not (main.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in main.children)):
        return False  # the speaker's own being or doing ("would not be at this table", "would not be running this
        # campaign"); not "would not go ahead with it if the grant were not confirmed", a term (review of session 30;
        # test_conditions_conceded.py::test_a_double_negation_of_a_course_stays_a_condition)
    # (a side's verb: "would not back it if the grant were not confirmed", a term)
    return main is not None and any(c.lower_ in COUNTERFACTUAL_MODALS for c in main.children) and any(
        c.dep_ == "neg" for c in main.children) and main.lemma_.lower() not in SIDE_WORDS and not any(
        c.lemma_.lower() in SIDE_WORDS for c in main.children if c.dep_ in {"acomp", "xcomp", "dobj", "attr"})


def _emphatic(span: Span) -> bool:
    """"If anyone waved through the delay, it was the provost", "If anyone is misleading anyone, it's the
    board": an if-clause of "anyone" before a cleft ("it is/was X") names who did it; the if-clause supposes nothing
    the speaker's side waits for (session 30; tests/judge/test_conditions_conceded.py::test_an_emphatic_if_anyone)."""
    verb = span.root
    if not any(c.dep_ == "nsubj" and c.lower_ in ANYONE for c in verb.children):
        return False
    main = _main_of(span)
    return main is not None and main.lemma_ == "be" and main.i > span.end - 1 and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in main.children) and any(c.dep_ == "attr" for c in main.children)


def _limited(span: Span) -> bool:
    """The if-clause follows "only" or "even" ("only if", "even if"): a condition insisted on or a concession, never an
    analogy, a party's good faith, a negation denied or a past counterfactual (the `idle` shapes that ask it)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in {"only", "even"}


def _act_doubted(span: Span) -> bool:
    """"I'll be retired before the town recovers, if it ever does", "the council will approve it, if that day ever
    comes", "next year, if ever": an if-clause of "ever" with nothing of its own but a pronoun, a verb standing in
    for the main clause's act ("do", "happen", "come") or the day of its coming: the speaker doubts that act will come
    at all, no condition (session 39: DEVELOP's one gold row is oppose; stance.py turns the main clause's side).
    "if the council ever funds the reading room" says an act of its own: a condition
    (tests/judge/test_if_idioms.py::test_a_doubt_that_the_act_will_ever_come)."""
    if _limited(span):
        return False
    alpha = [t for t in span if t.is_alpha]
    if not any(t.lower_ == "ever" for t in alpha) or alpha[0].lower_ != "if" or len(alpha) > 6:
        return False
    return all(t.lower_ in {"if", "ever"} or t.pos_ == "PRON" or t.lower_ in {"this", "that"} or (
        t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in STANDING_IN) or (
        t.pos_ == "NOUN" and t.lemma_.lower() in DAYS_OF_COMING) for t in alpha[1:])


def _main_of(span: Span) -> Token | None:
    """The verb the if-clause hangs on, outside it."""
    root = span.root
    main = root.head if root.head.i != root.i else None
    return main if main is not None and main.i not in {t.i for t in span} else None


def _counterfactual(span: Span, said: tuple[str, ...]) -> bool:
    """"If we had closed the road, I would be explaining a crash", "If we hadn't, we would have been blamed": an
    if-clause in the past perfect (or "had" with its verb elided) before a main clause under "would/could/might" whose
    verb takes no side: what would have been, argued from the past, no condition on what is to come. "would have
    backed it if it had come with a tram" (a side's verb) and "only if ..." stay conditions
    (tests/judge/test_if_idioms.py::test_a_past_counterfactual_sets_no_condition)."""
    if said[:1] != ("if",) or _limited(span):
        return False
    verb = span.root
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)
    elided = "had" in said and len(said) <= 4 and set(said) <= {"if", "i", "we", "you", "he", "she", "they", "it", "had",
                                                               "not", "n't"}
    main = _main_of(span)
    if not (perfect or elided) or main is None:
        return False
    # (a deadline in the clause, "if parliament had not passed it by June", is reported speech's backshifted future
    # perfect, a threat still to come: tests/judge/test_privative.py::test_repeal_patterns, "would strike")
    if any(t.lower_ == "by" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in t.children) for t in span):
        return False
    aux = {c.lower_ for c in main.children if c.dep_ in {"aux", "auxpass"}}
    return bool(aux & COUNTERFACTUAL_MODALS) and main.lemma_.lower() not in SIDE_WORDS and not any(
        c.lemma_.lower() in SIDE_WORDS for c in main.children if c.dep_ in {"acomp", "xcomp", "dobj", "attr"})


def _reckoning(span: Span) -> bool:
    """The clause's verb counts a figure's parts in or out, said of a generic reckoner ("once you count the caretaker's
    wages", "if you add back the overtime"), or said of "we" or in the passive with no doer when the rest of the
    sentence states an amount or a comparison ("once the heating bills are included, it costs a fifth more", "once the
    holiday months are stripped out, the fall is 4 percent"): the basis of a figure. Not a party's act awaited ("if the
    ministry includes the pay rise in the budget"), nor a text amended ("would join once the fees are included in the
    budget", "if we add a sunset clause, we will back it": no figure stated;
    tests/judge/test_if_idioms.py::test_a_party_counting_stays_a_condition)."""
    marker = next((t for t in span if t.lower_ in {"if", "once", "when"}), None)
    if marker is None or marker.head.i == marker.i:
        return False
    verb = marker.head  # the clause's own verb ("once you count ..."), not one in words the span runs on to
    if verb.lemma_.lower() not in COUNTING:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.lower_ in RECKONERS for c in subjects):
        return True
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)
    return (passive or any(c.lower_ == "we" for c in subjects)) and _states_a_figure(span, verb)


def _states_a_figure(span: Span, verb: Token) -> bool:
    """The sentence, outside the clause, says an amount or a comparison ("costs a fifth more", "is 4 percent")."""
    inside = {t.i for t in verb.subtree} | set(range(span.start, span.end))
    return any(t.i not in inside and (t.like_num or t.ent_type_ in AMOUNTS or t.tag_ in {"JJR", "RBR"})
               for t in verb.sent)


def surprise_words(condition: Condition, doc: Doc) -> set[int]:
    """The words of the surprise itself ("be", "amazed"; "lying"): no stance of their own ("lying" is no blame)."""
    span = doc.char_span(condition.start, condition.end, alignment_mode="expand")
    if span is None:
        return set()
    main = span.root.head
    return {main.i, *(c.i for c in main.children if c.dep_ == "acomp")}


# Who a report's "would be surprised" is said of: the speaker, reported in the third person.
THIRD_PERSON = frozenset({"he", "she", "they"})


def _surprised(span: Span) -> bool:
    """The clause the if-clause hangs on is the speaker's surprise or lie with "would": "I would be amazed",
    "we'd be surprised", "I would be lying" (WordNet's adjectives like "surprised"; "lie" as a progressive), also
    reported in the third person after a verb of saying ("she said she would be surprised if ...") and tagged as a
    passive participle ("would be astonished"; tests/judge/test_if_idioms.py)."""
    root = span.root
    main = root.head if root.head.i != root.i else root
    if main.i in {t.i for t in span} or not any(c.lower_ in {"would", "'d"} for c in main.children):
        return False
    # the speaker, or the speaker reported ("she said she would be surprised if ...": session 37, q_lastvote's shape)
    reported = main.dep_ == "ccomp" and main.head.lemma_.lower() in SPEECH_VERBS
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"i", "we"} or (reported and c.lower_ in THIRD_PERSON))
               for c in main.children):
        return False
    if main.lemma_.lower() == "lie" and main.tag_ == "VBG":
        return True
    if main.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in main.children):
        # "I would be astonished if ...", tagged as a passive participle (session 37; q_ration's shape)
        return _like_surprised(main.lower_)
    if main.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and _like_surprised(c.lower_) for c in main.children)


def _like_surprised(adjective: str) -> bool:
    from .wordnet import wordnet

    try:
        return adjective == "surprised" or "surprised" in wordnet().related(adjective, "a", "&", senses=2)
    except OSError:
        return False
