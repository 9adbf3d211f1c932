"""The proposition the corpus argues about: given by the user (`make_question`), or proposed from the
corpus (`propose_question`). The proposal runs in four parts: the articles' frames summed
(question_sum.py), the thing the corpus argues about most chosen here (`_things`, `_general`), the
act asked about it (question_act.py) and the question's words (question_words.py); a membership
("Will X join Y?") is proposed by question_membership.py when it is argued about more. Beside them, a general route:
the corpus's own question, a yes/no question or whether-clause its articles write (question_asked.py), proposed when
argued more widely than the frames' proposal."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .extract.frames import INTRANSITIVE, PROPERTY
from .extract.frames_asked import _going_to
from .extract.frames_nouns import BEINGS, act_verb, lexfile
from .extract.lexicon import GENERIC_THINGS, STANCE_NOUNS, words
from .model import Question
from .question_act import STANCE_ONLY, ask, ask_act, ask_effect, ask_property, noun_verbs, takes_object
from .question_asked import SPREAD_WAIVED, argued, corpus_question, holds
from .question_evaluation import evaluation_argued
from .question_exists import existence_argued
from .question_membership import JOINING_NOUNS, MEMBERSHIP_SPREAD, membership_question
from .question_order import order_argued
from .question_quality import quality_argued
from .question_sum import HEADLINE_WEIGHT, Summed, subject_text, sum_frames
from .question_timing import timing_argued
from .question_verdict import VERDICTS, verdict_question
from .question_words import as_written, mid_sentence, name_of, named_subject, object_of, participle, subject_of, with_article

STOP = {"will", "would", "should", "can", "could", "does", "do", "is", "are", "the", "a", "an", "of", "to",
        "be", "?", "join", "become", "get", "its", "their"}
# Words that stand for a proposal without naming it ("back the plan", "support the 2033 date").
VAGUE = words("plan proposal move decision measure timetable deadline date scheme policy idea step")


def question_terms(text: str) -> list[str]:
    """Content words of the question ("Will Ukraine join NATO?" -> ["Ukraine", "NATO"])."""
    return [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in STOP]


def make_question(text: str, proposed: bool = False, reason: str = "") -> Question:
    """The question as every stage reads it, made once per process (the map's workers judge with
    it when it is given; the reduce when it is proposed)."""
    return Question(text, proposed=proposed, target_terms=question_terms(text), reason=reason)


def propose_question(frames: Iterable[dict[str, Any]], outlets: Iterable[str] = ()) -> Question | None:
    """When no question is given, the proposition the corpus argues about most, of any shape: the frames' proposal
    (`_frames_question`), or the corpus's own question (question_asked.py: a yes/no question or a whether-clause its
    articles write) when that is argued widely enough and more widely than the frames' proposal by ASKED_MARGIN. Where
    the frames' proposal is argued less than SPREAD_WAIVED (or none is made), the corpus's own question needs no spread
    over half the articles; where it asks a state the frames say of a thing (`_state_asked`), it needs no margin."""
    frames = list(frames)
    found = _frames_question(frames, outlets)
    asked = corpus_question(frames)
    if asked is None and (found is None or argued(frames, found.text) < SPREAD_WAIVED):
        # the frames' proposal argued in few articles (or none made): the corpus's own question needs no spread over half
        # of them, its score and margin only (q_relegate; tests/test_question_asked_corpus.py::
        # test_question_asked_narrowly_where_the_frames_find_nothing_argued)
        asked = corpus_question(frames, spread=False)
    if asked is not None:
        # the corpus asks its question in its own words, its content in most articles and headlines, more widely than
        # the frames' proposal's words are (tests/test_question_asked_corpus.py)
        rival = argued(frames, found.text) if found is not None else 0.0
        if found is not None and holds(asked.text, found.text) and not holds(found.text, asked.text):
            # the corpus's own question holds every word of the frames' proposal and more: the same question, said more
            # fully (q_dressing; tests/test_question_asked_corpus.py::test_question_asked_of_a_name_and_its_thing); in
            # the same words, the margin as before (tests/test_question_exists.py)
            rival = 0.0
        if found is not None and (options := _options(asked.text)) is not None and holds(found.text, options):
            # a choice the corpus asks ("Does the pier or the ferry come first?") whose options the frames' proposal
            # names both: the frames' says who does what (q_first; tests/test_question_asked_corpus.py::
            # test_question_a_choice_asked_with_its_doer)
            return found
        if found is not None and holds(found.text, asked.text) and not holds(asked.text, found.text):
            # and the frames' proposal the corpus's own question said more fully ("Will Mount Tarn erupt?" for "Will Tarn
            # erupt?"): the fuller (q_erupt, q_ready; tests/test_question_asked_corpus.py::test_question_said_more_fully)
            return found
        if found is not None and asked.score < rival + ASKED_MARGIN and _state_asked(sum_frames(frames, outlets), asked.text,
                                                                                   asked.keys):
            # the corpus asks whether a thing is in a state the frames say of it ("Is the water under the farms safe?"),
            # a thing said of in half the articles: a property chooses no thing in the frames (`_things`), so their
            # proposal asks of another; the corpus's question stands for it (tests/test_question_asked_corpus.py::
            # test_question_a_state_asked_of_a_thing_said_so)
            rival = 0.0
        if asked.score > rival + ASKED_MARGIN:
            return make_question(asked.text, True, asked.reason(len(frames)))
    return found


# The copula a question asking a thing's state opens with (`_state_asked`).
_COPULAS = frozenset({"is", "are", "was", "were"})


def _state_asked(corpus: Summed, text: str, keys: Iterable[str]) -> bool:
    """Whether the corpus's own question asks a state of a thing ("Is the water under the Pellby farms safe?") that an article
    says of it ("the water is safe"): opened by a copula, ending in the adjective, the thing (one of its content words)
    no being ("was she right" is a verdict on a person, question_verdict.py's), said of in half the corpus's articles or
    more (acted on or a property said of it) and named in a headline. Catches q_contaminated's headline question (the
    frames asking whether the estate will be built); pinned by tests/test_question_asked_corpus.py::
    test_question_a_state_asked_of_a_thing_said_so."""
    said = text.rstrip("?").split()
    if len(said) < 3 or said[0].lower() not in _COPULAS:
        return False
    state = PROPERTY + said[-1].lower()
    # (nor a verdict on a name, "Was Pellor right?": `_beings` keys common nouns only; tests/test_question_asked_corpus.py::
    # test_question_a_verdict_on_a_name_is_no_state_asked)
    return any(corpus.property_in.get((state, k)) and 2 * corpus.said_spread[k] >= corpus.articles and corpus.headlines[k]
               and not _beings(k, corpus) and not (corpus.names[k] and said[-1].lower() in VERDICTS)
               for k in sorted(keys))


def _options(text: str) -> str | None:
    """The two options of a question asking a choice ("Does bridge or tram come first?": "bridge tram"), None for one
    that asks none (or whose other option is "not")."""
    found = re.search(r"\b(\w+) or (?:the |a |an )?(\w+)", text)
    return None if found is None or found.group(2).lower() in {"not", "no"} else f"{found.group(1)} {found.group(2)}"


# How much more widely the corpus's own question must be argued than the frames' proposal (question_asked._score), measured
# 0 to 0.8 on DEVELOP with scripts/propose_replay.py (docs/evaluation.md, issue 9 session 41: 0.4); 0.3 with a question of
# two content words scored thin (question_asked.THIN), session 42: DEVELOP 81 -> 84 of 124 (clean2, q_afford, q_reinvent,
# q_swim right, q_first wrong), VALIDATE 9 = (8 at 0.2; 84 on the whole band 0.25-0.3, THIN 0.67-0.9); pinned by
# tests/test_question_asked_corpus.py::test_question_proposed_by_its_margin.
ASKED_MARGIN = 0.3


def _frames_question(frames: list[dict[str, Any]], outlets: Iterable[str] = ()) -> Question | None:
    """The proposition the frames find the corpus argues about most, of any shape.

    The thing argued about is the object that the most articles act on or take sides on, weighted by
    how contested each sentence makes it ("will approve", "urged them to sign", "rejected calls to
    ban") and by the share of headlines naming it; an act named as a noun ("welcomed a cut") counts
    for what the corpus does it to ("cut rates"). The act is the verb done to it most that is not
    only a side taken ("approve", not "support"); its subject is the one named doing it most. A thing that is a name ("Vedder") is
    asked about through what it does ("Will Vedder win re-election?"). A membership ("X join(s)
    Y", "X's accession to Y") is one such act, and is kept when it is argued about more.
    None when no act is done to anything in two articles (or one, for a single article). `outlets`:
    the corpus's outlets, never the subject that decides ("the Northern Review recognises ...").
    """
    corpus = sum_frames(frames, outlets)
    general = _general(corpus)
    member = membership_question(frames)
    scored = _things(corpus)
    top = max(scored.items(), key=lambda kv: kv[1], default=("", 0.0))[0]
    joining = top in JOINING_NOUNS
    if member is not None and (general is None or member[2] >= MEMBERSHIP_SPREAD or joining):
        return make_question(member[0], True, member[1])
    if (order := order_argued(corpus, scored)) is not None:
        # which of two things goes first, said in half the articles, one act done to both: the order is the proposition
        # ("Will the city build the pier before the ferry?"; tests/test_question_order.py)
        text, first, other, act = order
        return make_question(text, True, f"the corpus argues whether «{first}» or «{other}» goes first (said in "
                                         f"{corpus.order_spread} of {corpus.articles} articles); the act: «{act}»")
    if (asked := _headline_question(corpus)) is not None:
        # a headline asks the question of one of the things the corpus argues most ("... : was the operation lawful?"),
        # where no one act or property is said of that thing in half the articles: the press's own words for the
        # proposition (tests/test_question_asked.py)
        completed = "" if _asked(corpus, asked[1]) == asked[0] else " (its verdict with the act it judges)"
        return make_question(asked[0], True, f"a headline asks it of «{asked[1]}»{completed}, among the {ASKED_AMONG} things "
                                             f"the corpus argues most, no act on which is argued in half its articles")
    if (there := existence_argued(corpus, top)) is not None:
        # a noun said to be there and not there in half the articles, more widely than any act on the thing argued most:
        # whether it is there is the proposition ("Is there a glut of grain in Oskerby?"; tests/test_question_exists.py)
        text, noun, articles = there
        return make_question(text, True, f"the corpus argues whether there is «{noun}» (said so and denied in "
                                         f"{articles} of {corpus.articles} articles), more widely than any act on "
                                         f"what it argues most")
    if (timed := timing_argued(corpus, top)) is not None:
        # "too soon" (or "premature") said in half the articles, more widely than any act on the thing argued most: the
        # act's timing is the proposition ("Is it too soon to reopen the bridge?"; tests/test_question_timing.py)
        text, act, articles = timed
        return make_question(text, True, f"the corpus argues whether «{act.removeprefix(INTRANSITIVE)}» comes too soon "
                                         f"(in {articles} of {corpus.articles} articles), more widely than any act on "
                                         f"what it argues most")
    if (argued := _argued_everywhere(corpus, general[2] if general is not None else "")) is not None:
        # one act said in every article, contested in each (a charge levelled, denied, weighed: "misled the rates panel"),
        # where the thing chosen has no act argued as widely: the act is the proposition, of the person argued about most
        # (tests/test_question_accused.py)
        text, act, articles = argued
        return make_question(text, True, f"the corpus argues «{act}» in every article ({articles}), more widely than any "
                                         f"act on the thing it argues most")
    if (effect := ask_effect(corpus)) is not None and (general is None or effect[3] >= corpus.thing_spread[general[2]]):
        # a thing said to have done something in as many articles as any thing is acted on: what it did is argued
        # ("Has the scheme cut the pollution?"; tests/test_question_causes.py)
        text, act, cause, articles = effect
        return make_question(text, True, f"the corpus argues most about what «{cause}» did (said to have done it in "
                                         f"{articles} of {corpus.articles} articles); the act asked about: «{act}»")
    if general is not None and (named_event := _event_argued(corpus, general[2])) is not None:
        # the proposition said as a noun ("the rescue", "the expansion") in half the articles and headlines and taken
        # sides on, its verb done to nothing the corpus acts on, while the thing chosen is a side thing acted on more
        # (q_bailout: "lose money"): the act its verb names, done to what the headlines name most
        # (tests/test_question_named_acts.py::test_question_proposed_an_act_said_only_as_a_noun_in_the_headlines)
        text, event, obj = named_event
        return make_question(text, True, f"the corpus argues «{event}» (named in {corpus.events[event]} of "
                                         f"{corpus.articles} articles, taken sides on, and in its headlines), its act "
                                         f"done to «{obj}», what its headlines name most")
    if (evaluation := evaluation_argued(corpus, general[2] if general is not None else "")) is not None:
        # one evaluation said in kin words ("is enough", "is not sufficient", "inadequate"), or of kin words for one
        # thing, in half the articles, of a thing the headlines name, more widely than any act on the thing chosen: the
        # evaluation is the proposition ("Is the plan enough?"; tests/test_question_evaluations.py)
        act, thing, articles = evaluation
        return make_question(ask_property(corpus, thing, act), True,
                             f"the corpus argues whether «{thing}» is {act.removeprefix(PROPERTY)}, in kin words in "
                             f"{articles} of {corpus.articles} articles, more widely than any act on what it argues most")
    if (quality := quality_argued(corpus, general[2] if general is not None else "")) is not None:
        # what a thing is said to be, in nouns and adjectives ("a folly", "affordable", "partners"), in half the
        # articles, more widely than any act on it or on the thing chosen: its quality is the proposition ("Are the
        # Velko porters partners?"; tests/test_question_quality.py)
        text, thing, articles = quality
        return make_question(text, True, f"the corpus argues what «{thing}» is ({articles} of {corpus.articles} "
                                         f"articles evaluate it), more widely than any act on what it argues most")
    if general is None:
        # Never none while anything is argued: a thing acted on in one article only, else the act the
        # corpus names most as a noun (tests/test_question.py::test_question_proposed_never_none).
        general = _general(corpus, least=1)
    if general is None and (named := [e for e, _ in corpus.events.most_common()
                                      if e not in STANCE_NOUNS and e not in GENERIC_THINGS and e not in VAGUE]):
        return make_question(f"Will the {named[0]} go ahead?", True,
                             f"no act is done to anything in two articles; the act the corpus names most: «{named[0]}» "
                             f"(in {corpus.events[named[0]]} of {corpus.articles} articles)")
    return general[0] if general is not None else None


def _event_argued(corpus: Summed, chosen: str) -> tuple[str, str, str] | None:
    """(the question, the event noun, what it is done to) for the act noun (`act_verb`, "rescue", "expansion") named in
    half the articles or more, it or its verb in half the headlines or more, and taken sides on in some article, when
    its verb is done to neither the `chosen` thing nor anything in as many articles, and the chosen thing is in fewer
    headlines: the corpus says its proposition as a noun. Done to the thing (or name) the headlines name most, with
    the one named doing it there, else in the passive ("Will Varmont Glass be rescued?"), of itself for a verb that
    takes no object; None otherwise. Catches q_bailout's shape (the rescue in four articles and three headlines, "lose
    money" in five); pinned by tests/test_question_named_acts.py::
    test_question_proposed_an_act_said_only_as_a_noun_in_the_headlines. Without the headline gate (sides taken in two
    articles instead) q_halt and q_testify are lost (docs/evaluation.md, issue 9 session 30)."""
    if corpus.articles < 3:
        return None
    found = []
    for event, said in corpus.events.items():
        verb = None if event in STANCE_NOUNS or event in GENERIC_THINGS or event in VAGUE else act_verb(event)
        if verb is None or 2 * said < corpus.articles or event == chosen:
            continue
        headlined = max(corpus.headlines[event], corpus.headlines[verb.split()[0]])
        sides = sum(n for (a, t), n in corpus.spread.items() if t == event and a in STANCE_ONLY)
        # (its verb done to something in half the articles is already a frame of its own, asked through that thing)
        widest = max((n for (a, _), n in corpus.spread.items() if a == verb), default=0)
        if 2 * headlined < corpus.articles or not sides or corpus.spread[verb, chosen] \
                or corpus.headlines[chosen] >= headlined or 2 * widest >= corpus.articles:
            continue
        found.append((said + headlined, sides, event, verb))
    if not found:
        return None
    _, _, event, verb = max(found)
    named = [t for t in corpus.headlines if t != event and t != verb and (corpus.thing_spread[t] or corpus.names[t])
             and t not in GENERIC_THINGS]
    if not named:
        return None
    obj = max(named, key=lambda t: (corpus.headlines[t], corpus.spread[verb, t], corpus.thing_spread[t], t))
    phrase = object_of(corpus, obj)
    if (subject := subject_of(corpus, verb, obj, own=True)) is not None:
        return f"Will {subject} {verb} {phrase}?", event, obj
    if not takes_object(verb):
        return f"Will {phrase} {verb}?", event, obj
    return f"Will {phrase} be {participle(verb)}?", event, obj


# How contested an act said in every article must be there, in `_weight`s per article (one plain mention weighs 1; a
# modal, a negation or a governing verb 2, a stance verb over it 3): at least one contested mention in each, and more.
CONTESTED_PER_ARTICLE = 3.0


def _argued_everywhere(corpus: Summed, chosen: str) -> tuple[str, str, int] | None:
    """(the question, the act, its articles) for the act done in every article of three or more, weighing
    CONTESTED_PER_ARTICLE an article or more, the most contested such, when no act on the `chosen` thing is said in as many
    articles; asked of the thing it is done to most, by the one named doing it, else by the name the corpus acts on
    most ("Did Nell Pellor mislead the assembly?"), in the past when most of its articles say it so. None otherwise."""
    if corpus.articles < 3:
        return None
    weight: dict[str, float] = defaultdict(float)
    for (act, _thing), n in corpus.weight.items():
        if not act.startswith(INTRANSITIVE) and act not in STANCE_ONLY:
            weight[act] += n
    articles = corpus.act_spread
    everywhere = [a for a in weight if articles[a] == corpus.articles and weight[a] >= CONTESTED_PER_ARTICLE * corpus.articles]
    if not everywhere:
        return None
    act = max(everywhere, key=lambda a: (weight[a], a))
    if chosen and (_argued(corpus, chosen) >= articles[act] or corpus.spread[act, chosen]):
        return None  # (the thing chosen is acted on as widely, or by this act: its own question asks it)
    thing = max((t for (a, t) in corpus.spread if a == act), key=lambda t: (corpus.spread[act, t], corpus.weight[act, t], t))
    subject = subject_of(corpus, act, thing, own=True) or _doer(corpus, act)
    if subject is None:
        scored = _things(corpus)
        named = [t for t in sorted(scored, key=lambda t: (-scored[t], t)) if corpus.names[t] and t != thing]
        subject = name_of(corpus, named[0]) if named else None
    if subject is None:
        return None
    said = sum(corpus.past[act, t] for (a, t) in corpus.spread if a == act)
    tense = "Did" if 2 * said > articles[act] else "Will"
    phrase = object_of(corpus, thing)
    if act in phrase.lower().split():
        phrase = f"the {as_written(corpus, thing)}"  # (a phrase written with the act itself is a clause, no name for it)
    return f"{tense} {subject} {act} {phrase}?", act, articles[act]


def _doer(corpus: Summed, act: str) -> str | None:
    """The one named doing the act to anything most, in two mentions or more, a name's shorter forms counted with its
    fullest ("Gull", "Grey Gull" with "the Grey Gull Party"); None when no one is. Asked of before the name the corpus
    acts on most, which may be what the act is done to elsewhere (a chamber the winner would abolish is no winner:
    "Did the Senate win the seats?"); pinned by
    tests/test_question_accused.py::test_question_an_act_argued_in_every_article_asked_of_its_doer."""
    said: Counter[str] = Counter()
    for (a, _), found in corpus.subjects.items():
        if a != act:
            continue
        for s, n in found.items():
            if subject_text(s)[:1].isupper() and named_subject(corpus, s):
                said[subject_text(s)] += n
    words = {s: set(s.lower().split()) for s in said}
    held = {s: sum(n for o, n in said.items() if words[o] <= words[s]) for s in said}
    best = max(held, key=lambda s: (held[s], len(s), s), default=None)
    if best is None or held[best] < 2:
        return None
    return with_article(corpus, mid_sentence(best))


# How many of the things the corpus argues most a headline's question may name (measured 1 to 4 on DEVELOP: docs/
# evaluation.md, issue 9 session 27).
ASKED_AMONG = 3


def _headline_question(corpus: Summed) -> tuple[str, str] | None:
    """(a headline's question, the thing it names) for the first of the ASKED_AMONG things the corpus argues most that
    no act or property is said of in half the articles and a headline asks a yes/no question of; None otherwise."""
    scored = _things(corpus)
    for thing in sorted(scored, key=lambda t: (-scored[t], t))[:ASKED_AMONG]:
        if 2 * _argued(corpus, thing) < corpus.articles and (asked := _asked(corpus, thing)) is not None:
            return _verdict_completed(corpus, asked, thing) or asked, thing
    return None


# A headline's verdict on a name with no act said ("Was Pellor right at the summit?"): its opener, the name, the verdict
# and what follows, a place or a time (`_verdict_completed`).
_VERDICT_ASKED = re.compile(r"^(Was|Were|Is|Are) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (\w+)((?: (?:at|in|on|against) .+)?)\?$")


def _verdict_completed(corpus: Summed, text: str, name: str) -> str | None:
    """A headline's verdict asked of a name alone ("Was Pellor right at the summit?") with the act it judges, the one the
    name is said doing to the thing the headlines write with the name before it ("Pellor veto"), named in half the
    articles: "Was Pellor right to cast the veto at the summit?" (question_verdict.py's form); None when the question says
    an act or no such act is said. Catches q_penalty's headline (a referee's verdict asked with the place alone, the
    penalty in every article); pinned by tests/test_question_verdict.py::test_question_a_verdict_on_a_name_asked_with_its_act."""
    found = _VERDICT_ASKED.match(text)
    if found is None or found.group(3).lower() not in VERDICTS or name not in found.group(2).lower().split():
        return None
    acts: Counter[tuple[str, str]] = Counter()
    for noun, written in corpus.headline_named.items():
        if 2 * corpus.events[noun] < corpus.articles or not any(name in _words_of(w) for w in written):
            continue
        for (act, thing), doers in corpus.subjects.items():
            if thing == noun and not act.startswith(INTRANSITIVE) and act not in STANCE_ONLY:
                acts[act, noun] += sum(n for s, n in doers.items() if name in subject_text(s).lower().split())
    best = max((k for k in acts if acts[k]), key=lambda k: (corpus.events[k[1]], acts[k], k), default=None)
    if best is None:
        return None
    act, noun = best
    phrase = object_of(corpus, noun)
    if name in _words_of(phrase):
        phrase = f"the {as_written(corpus, noun)}"  # (the name's own phrase for it, "Pellor's veto", said once already)
    if noun in _words_of(found.group(4)):
        # (the thing already in the place phrase: "Was Pellor right on the veto?" asks no "to cast the veto on the
        # veto": tests/test_question_verdict.py::test_question_a_verdict_on_the_act_itself_is_not_completed)
        return None
    return f"{found.group(1)} {found.group(2)} {found.group(3)} to {act} {phrase}{found.group(4)}?"


def _words_of(text: str) -> list[str]:
    """The lower-cased words of a phrase, a possessive's "'s" left off ("angry at Pellor's veto": "pellor", "veto"), so a
    name is found in it (`_verdict_completed`: tests/test_question_verdict.py::
    test_question_a_verdict_on_a_name_asked_with_its_act_in_a_possessive)."""
    return text.lower().replace("'s", "").replace("’s", "").split()


def _argued(corpus: Summed, thing: str) -> int:
    """The most articles one act is done to the thing in, or one property said of it."""
    return max((n for (_, t), n in corpus.spread.items() if t == thing), default=0)


def _asked(corpus: Summed, thing: str) -> str | None:
    """The yes/no question a headline asks that names the thing (as the frames key it), the one whose words the other
    headlines name most; None when no headline asks one of it."""
    if not thing:
        return None
    found = [text for text, keys in sorted(corpus.asked.items()) if thing in keys
             or any(_names_thing(corpus, key, thing) for key in sorted(keys))]
    best = max(found, key=lambda text: (sum(corpus.headlines[w] for w in corpus.asked[text]), text), default=None)
    return _plain(best) if best is not None else None


def _names_thing(corpus: Summed, word: str, thing: str) -> bool:
    """Whether a headline's word names the thing in other words: a word the corpus writes for a thing it acts on
    ("numbers" for "number"), that thing or the word a synonym of it in WordNet's first two senses ("number" of
    "figure"). Catches q_reliable's headline ("Can ...'s jobless numbers be trusted?", the corpus arguing most about
    "the figures"); pinned by tests/test_question_asked.py::test_question_a_headline_asks_it_in_a_synonym."""
    lemmas = {word} | {t for t, written in corpus.forms.items() if word in written}
    return thing in lemmas or any(thing in _noun_synonyms(lemma) for lemma in sorted(lemmas))


@lru_cache(maxsize=4096)
def _noun_synonyms(noun: str) -> frozenset[str]:
    from .judge.wordnet import wordnet

    return frozenset(wordnet().synonyms(noun, "n"))


# A second question joined to the first ("Can X survive, and how would MPs remove her?"): the first is the yes/no one.
_WH_TAIL = re.compile(r",?\s+(?:and|or|but)\s+(?:how|what|why|who|whom|when|where|which)\b.*$", re.I)
# The writer's doubt, no part of the proposition ("Do the trams really run later?", "Has the scheme actually worked?").
# Both pinned by tests/test_question_asked.py::test_question_a_headline_question_as_a_proposition.
_DOUBTING = re.compile(r"\s+(?:really|actually)\b", re.I)


def _plain(text: str) -> str:
    """A headline's question as a proposition: a joined wh-question and the writer's "really" / "actually" left out;
    "Is X going to V" asked "Will X V", as the corpus's own questions are (frames_asked._going_to; session 45:
    tests/test_question_asked.py::test_question_a_headline_question_as_a_proposition)."""
    text = _WH_TAIL.sub("?", text.rstrip("?")).rstrip("?") + "?"
    return _going_to(_DOUBTING.sub("", text))


def _things(corpus: Summed, least: int = 2) -> dict[str, float]:
    """Each thing acted on in enough articles (`least`, one for a single article), scored by the
    articles times the weight of the acts."""
    least = 1 if corpus.articles == 1 else least
    things: dict[str, float] = defaultdict(float)
    for (act, thing), w in corpus.weight.items():
        # Taking sides on it counts double; what it does of itself ("inflation will fall") half.
        # A property said of it ("the paint is not safe") chooses no thing: only how it is asked, once chosen (q_plebiscite
        # asked about "the vote" said to be illegal, not the referendum held; with question_sum's thing_spread, which
        # leaves it out: test_batch_scores.py::test_batch_scores_proposed_question_names_the_proposition[q_plebiscite-
        # issue9] is red with both undone, not with one).
        things[thing] += w * (0 if act.startswith(PROPERTY) else 2 if act in STANCE_ONLY
                              else 0.5 if act.startswith(INTRANSITIVE) else 1)
    for noun, score in list(things.items()):
        # An act named as a noun ("welcomed a cut", "the rate cut") is the act done to what the corpus
        # does it to ("cut rates"): argued about as that thing.
        # (Not to the one who does it: "President Stavik pardons" misread as pardoning Stavik.)
        # So is its verb ("the closure" -> "close"), and the act of one named doing it of themselves in
        # two articles at least ("Danskov will not apologise": the apology is argued about for Danskov).
        # So is the noun's own verb with a particle ("sign the contracts" is "contract out" the cleaning: q_outsource;
        # tests/test_question_named_acts.py::test_question_the_noun_of_a_phrasal_act_is_argued_as_its_object).
        verbs = noun_verbs(noun) | {a for a, _ in corpus.weight if a.partition(" ")[0] == noun and " " in a}
        own = {INTRANSITIVE + v for v in verbs}
        done_to = [(n, t) for (a, t), n in corpus.weight.items()
                   if (a == noun or a in verbs or (a in own and corpus.names[t] and corpus.spread[a, t] >= 2))
                   and t != noun and t in things
                   and not any(t in subject_text(s).lower().split() for s in corpus.subjects.get((a, t), ()))]
        if done_to:
            things[max(done_to)[1]] += score
    acted = dict(things)
    for thing in acted:
        # A general word the corpus also acts on ("hold a vote") stands for the kind of it the corpus names
        # ("hold a referendum"): WordNet's first sense of the kind is a kind of it (tests/test_question_kinds.py).
        for general in sorted(_kind_of(thing) & acted.keys()):  # (sorted: a float sum in one order, whatever the hash seed)
            things[thing] += acted[general]
    # What the headlines name is what the articles are about: each share of them adds HEADLINE_WEIGHT.
    # A general word for a proposal, or people rather than what is done to them ("reach people"),
    # counts half.
    return {t: corpus.thing_spread[t] * w * (0.5 if t in GENERIC_THINGS or _beings(t, corpus) else 1.0)
            * (1 + HEADLINE_WEIGHT * corpus.headlines[t] / corpus.articles)
            for t, w in things.items() if corpus.said_spread[t] >= least}  # (said_spread counts thing_spread's articles too)


def _general(corpus: Summed, least: int = 2) -> tuple[Question, float, str] | None:
    scored = _things(corpus, least)
    for thing in sorted(scored, key=lambda t: -scored[t]):
        if thing in VAGUE:
            # "support the 2033 date", "back the plan": a word standing for the proposal; ask about the
            # act the corpus names in the most articles instead ("the coal phase-out").
            named = [e for e, n in corpus.events.most_common() if e not in GENERIC_THINGS and n >= corpus.thing_spread[thing]
                     and e not in STANCE_NOUNS]
            if named and (found := ask_act(corpus, named[0]) or ask(corpus, named[0])) is not None:
                text, act = found
                reason = (f"the corpus argues most about «{thing}», its word for «{named[0]}» (named in "
                          f"{corpus.events[named[0]]} of {corpus.articles} articles); the act asked about: «{act}»")
                return make_question(text, True, reason), scored[thing], thing
        found = ask(corpus, thing)
        if found is not None:
            text, act = found
            if (verdict := verdict_question(corpus, thing, act)) is not None:
                # the act already done in most of its articles, a verdict on it argued in half of them: the verdict is
                # the question ("Was the board right to sack the coach?"; tests/test_question_verdict.py)
                text = verdict
            headlines = f", named in {corpus.headlines[thing]} headlines" if corpus.headlines[thing] else ""
            reason = (f"the corpus argues most about «{thing}» (acted on or taken sides on in "
                      f"{corpus.thing_spread[thing]} of {corpus.articles} articles{headlines}); the act asked about: «{act}»")
            return make_question(text, True, reason), scored[thing], thing
    return None


@lru_cache(maxsize=4096)
def _kind_of(noun: str) -> frozenset[str]:
    """What WordNet's first sense of a noun is a kind of, one step up ("referendum" -> "vote")."""
    from .judge.wordnet import wordnet

    return frozenset(wordnet().hypernyms(noun, "n", senses=1, depth=1))


def _beings(thing: str, corpus: Summed) -> bool:
    """A common noun for people or a body of people ("people", "residents", "members"), not a name."""
    return not corpus.names[thing] and lexfile(thing) in BEINGS


