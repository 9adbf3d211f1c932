"""Loaded and neutral words for one thing, found from how outlets differ (no list of loaded words).

The map counts each article's noun phrases with the slots they stand in (extract/wording.py); the
reduce sums them per outlet (`WordingCounts.add`, one article at a time: linear in the corpus, no
text kept). A phrase is a framing term of an outlet when
  1. it names the same thing as a rival phrase other outlets use: the same head with other words
     before it ("tap tax bill" / "Water Metering Bill"), set beside it by apposition or "to be"
     ("Open Rivers Tarvania, the lobby group"), a WordNet synonym or direct hypernym of its head
     ("merger" / "consolidation", "levy" / "tax"), or standing in the same slots (the object of the
     same verbs of the proposition, attached to the same names: "Korvax's takeover of Tessel" /
     "Korvax's merger with Tessel"); both must speak of the question (`WordingCounts._topical`);
  2. outlets divide over the two: this outlet writes it at least as often as the rival, and another
     outlet writes the rival at least as often as it (an outlet writing "road toll" and quoting
     "fair-travel fee" as often has not taken the plain name);
  3. it is distinctive of the outlet: its log-odds ratio against the other outlets, with an
     informative Dirichlet prior from the whole corpus (Monroe, Colaresi & Quinn 2008), is positive.
Each outlet keeps its MAX_TERMS most distinctive, each with the rival it stands for.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any

from .extract.loaded import MAX_COMMON, semcor_count, valence
from .model import FramingTerm
from .wording_lex import NOT_THINGS, described_apart, elaborates, lexfile, namable, related_heads
from .wording_shown import LOADED_SHARE, counterpart_candidates, counterparts, loaded_terms

# Terms an outlet shows, spellings apart: a reader takes in a handful.
MAX_TERMS = 8
# Slots two phrases must share to name one thing when nothing else links them.
# Outlets (at least, and at least this share of them) that write a described phrase for it to name what
# the corpus is about (`_widely`).
WIDELY = 3
WIDELY_SHARE = 2
# (... naming a thing or an act, not people, a body of people or a place: wording_lex.NOT_THINGS.)
# Prior weight of the corpus's frequencies in the log-odds (Monroe et al.'s alpha_0).
PRIOR = 10.0
MAX_SLOTS = 30
# WordNet's files of nouns naming acts, events and processes (noun.act 4, noun.event 11, noun.process 22).
ACT_FILES = frozenset({4, 11, 22})
# The roles a phrase plays for a verb of the proposition: its object, or what is voted for or on.
ROLES = frozenset({"dobj", "nsubjpass", "for", "against", "on", "to"})
# A figure given to more phrases than this is too common to align them; years never do.
MAX_FIGURE = 4
YEAR = re.compile(r"(?:19|20)\d\d")
# A slot more phrases than this stand in is too common to link two of them.
MAX_SHARERS = 40
# How many phrases of one head, slot or word are compared with a phrase (the most written): keeps the
# reduce linear when a corpus writes thousands of "... bill" phrases.
MAX_LIST = 60
# Prepositions attaching a phrase to the question's thing ("a budget with a toll rise", "clearance for the tie-up").
PREPOSITIONS = frozenset({"with", "for", "of", "on", "to", "in", "against"})
# How often an outlet must write a described phrase no other outlet writes for it to be its own term.
MIN_OWN = 2
# What a phrase linked to nothing the question names loses against one that is (`_own_label`).
UNTOPICAL = 1.0
# WordNet's file of nouns for people (noun.person).
PERSON_FILE = 18
# What being the only outlet to write a phrase adds to its log-odds z when ranking an outlet's terms.
OWN_BONUS = 2.0
# ...and speaking of the question itself, not only through another name for it.
DIRECT_BONUS = 1.0
# What a name in title case loses unless it names the question's thing ("Water Metering Bill").
NAME_PENALTY = 1.5


class WordingCounts:
    """Each outlet's noun phrases summed over its articles, and what the corpus knows of each phrase."""

    def __init__(self) -> None:
        self.by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
        self.voiced: dict[str, Counter[str]] = defaultdict(Counter)  # ... written outside quotations
        self.surface: dict[tuple[str, str], str] = {}
        self.first_surface: dict[str, str] = {}
        self.head: dict[str, str] = {}
        self.slots: dict[str, Counter[str]] = defaultdict(Counter)
        self.total: Counter[str] = Counter()
        self._index: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self._words: dict[str, list[str]] | None = None
        self.topic_words: frozenset[str] = frozenset()
        self.topic_verbs: frozenset[str] = frozenset()
        self.topic_things: frozenset[str] = frozenset()
        self._topical_cache: dict[str, bool] = {}
        self._direct_cache: dict[str, bool] = {}
        self._links_cache: dict[str, set[str]] = {}
        self._rivals_cache: dict[str, list[str]] = {}  # phrase -> its candidate rivals, sorted (`_rival`)
        self._users: dict[str, dict[str, int]] | None = None  # phrase -> the outlets writing it, with counts
        self._sizes: dict[str, int] = {}  # outlet -> phrases counted
        self._prefer: dict[tuple[str, str], int] = {}
        self.loaded: dict[str, Counter[str]] = defaultdict(Counter)  # outlet -> evaluative word -> count
        self.loaded_surface: dict[tuple[str, str], str] = {}
        self.valence: dict[str, float] = {}
        self._loaded_sizes: dict[str, int] | None = None
        self._loaded_total: Counter[str] = Counter()
        self.shown_rivals: dict[str, list[tuple[str, str]]] = {}  # outlet -> (term shown, its rival) (`counterparts`)
        self._shown_against: dict[str, list[tuple[str, str]]] | None = None

    def add(self, outlet: str, wording: dict[str, list[Any]], loaded: dict[str, list[Any]] | None = None) -> None:
        """One article's phrases (extract/wording.py) and evaluative words (extract/loaded.py), under its outlet's key."""
        for lemma, (count, surface, value) in (loaded or {}).items():
            self.loaded[outlet][lemma] += count
            self.loaded_surface.setdefault((outlet, lemma), surface)
            self.valence[lemma] = value
        self._loaded_sizes = None
        counts = self.by_outlet[outlet]
        voiced = self.voiced[outlet]
        for key, (count, surface, head, slots, *quoted) in wording.items():
            counts[key] += count
            voiced[key] += count - (quoted[0] if quoted else 0)
            self.total[key] += count
            self.surface.setdefault((outlet, key), surface)
            self.first_surface.setdefault(key, surface)
            self.head[key] = head
            known = self.slots[key]
            for slot in slots:
                if slot in known or len(known) < MAX_SLOTS:
                    known[slot] += 1
        self._index = None
        self._words = None
        self._links_cache = {}
        self._rivals_cache = {}
        self._users = None
        self._sizes = {}
        self._prefer = {}

    def set_topic(self, words: frozenset[str], verbs: frozenset[str], things: frozenset[str] = frozenset()) -> None:
        """What the question is about: `words` name its event, things and participants ("merger",
        "korvax", "cruise"), `verbs` are its event's and the verbs of taking sides on it ("approve",
        "block", "support"). A phrase is topical when it stands in a slot of those verbs, names those
        words, or is set beside a name of them (see `_topical`)."""
        self.topic_words, self.topic_verbs, self.topic_things = words, verbs, things
        self._topical_cache = {}
        self._direct_cache = {}
        self._rivals_cache = {}

    def terms(self, outlet: str) -> list[FramingTerm]:
        """The outlet's framing terms, most distinctive first: its names for a thing other outlets name
        otherwise (with the rival), and topical phrases only it writes, more than once."""
        mine = self.by_outlet.get(outlet)
        if len(self.by_outlet) < 2:
            return []
        if not mine:
            return self.loaded_terms(outlet)
        n_all = self._size(None)
        chosen: list[tuple[float, FramingTerm, str, str | None]] = []
        voiced = self.voiced[outlet]
        for key, count in mine.items():
            if not voiced[key] or not namable(key, self.head[key]):
                continue  # only quoted: a speaker's word, not the outlet's; or no name for a thing
            own = self.total[key] == count
            if not self._topical(key):
                if own and voiced[key] >= MIN_OWN and self._own_label(key, outlet):
                    # A described phrase only this outlet writes, again and again, in its own voice, linked to
                    # nothing the question names ("mob charter", "fat cats", "software refresh").
                    z = self._z(key, outlet, n_all) + OWN_BONUS - UNTOPICAL
                    chosen.append((z, FramingTerm(self.surface[outlet, key], count, None), key, None))
                continue
            # Monroe et al.'s z, and a phrase no other outlet writes first: the plainest sign of a choice.
            z = self._z(key, outlet, n_all) + (OWN_BONUS if own else 0.0) + (DIRECT_BONUS if self._direct(key) else 0.0)
            if self.surface[outlet, key].istitle() and self.head[key] not in self.topic_things:
                z -= NAME_PENALTY  # a body's or a party's name ("Green Roots List"), not a word for the thing argued about
            rival = self._rival(key, outlet)
            if rival is not None:
                chosen.append((z, FramingTerm(self.surface[outlet, key], count, self.first_surface[rival]), key, rival))
            elif count >= MIN_OWN and own and (" " in key or "-" in key):
                # A described phrase only this outlet writes, again and again ("toll grab", "car lobby").
                chosen.append((z, FramingTerm(self.surface[outlet, key], count, None), key, None))
            elif (plain := self._plain_name(key, outlet)) is not None and z > 0:
                # One word of its own for the act argued about ("investment", "crossing", "consolidation").
                chosen.append((z, FramingTerm(self.surface[outlet, key], count, self.first_surface[plain]), key, plain))
        chosen.sort(key=lambda zt: (-zt[0], zt[1].term))
        terms = [t for _, t, _, _ in chosen[:MAX_TERMS]]
        self.shown_rivals[outlet] = [(key, rival) for _, _, key, rival in chosen[:MAX_TERMS] if rival is not None]
        self._shown_against = None
        shown = {t.term.lower() for t in terms}  # (a word inside a phrase shown is still shown alone: "misery")
        return terms + [t for t in self.loaded_terms(outlet) if t.term.lower() not in shown]

    def _own_label(self, key: str, outlet: str) -> bool:
        """A described phrase that can be a choice of words: not a name in title case, and a label for
        people only with a word of negative valence ("fat cats", not "party leader", "chief whip")."""
        if (" " not in key and "-" not in key) or self.surface[outlet, key].istitle():
            return False
        if lexfile(self.head[key]) != PERSON_FILE:
            return True
        return any((v := valence(w, "a") or valence(w, "n")) is not None and v < 0
                   for w in key.replace("-", " ").split()[:-1] if w.isalpha())

    def _plain_name(self, key: str, outlet: str) -> str | None:
        """The corpus's plain word for the act or thing argued about, when `key` is one word of the
        outlet's own for it: a noun of an act (WordNet's noun.act/event/process, or the kind of the
        question's thing) that stands where the question's act stands (`_direct`) and is not one of
        the question's words ("investment" or "partnership" where others write "takeover"; "crossing"
        for "bridge"). The plain word is the question's word other outlets write most."""
        if " " in key or key in self.topic_words or key in self.topic_things or not self._direct(key):
            return None
        if lexfile(self.head[key]) not in ACT_FILES or semcor_count(self.head[key]) > MAX_COMMON:
            return None  # not an act, or a word the plainest report needs ("decision", "debate")
        users = self._outlets_of()
        mine, n_mine = users[key].get(outlet, 0), self._size(outlet)
        rest, n_rest = self.total[key] - mine, self._size(None) - n_mine
        if rest and not (n_rest and rest / n_rest <= LOADED_SHARE * mine / n_mine):
            return None  # the others write it about as often: nobody's own word
        best: tuple[int, str] | None = None
        for word in sorted(self.topic_words | self.topic_things):  # (sorted: the same tie-break in every process)
            theirs = users.get(word)
            if not theirs or " " in word or "-" in word or word == key or lexfile(word) not in ACT_FILES:
                continue
            n = sum(c for o, c in theirs.items() if o != outlet)
            if n > users[key].get(outlet, 0) and (best is None or n > best[0]):
                best = (n, word)
        return best[1] if best is not None else None

    def counterparts(self, outlet: str, shown: set[str]) -> list[FramingTerm]:
        """The outlet's plain words for what other outlets show words of their own for (wording_shown.py)."""
        return counterparts(self, outlet, shown)

    def counterpart_candidates(self, outlet: str) -> list[FramingTerm]:
        """`counterparts` before the outlet's shown words are left out: read after every outlet's `terms`."""
        return counterpart_candidates(self, outlet)

    def loaded_terms(self, outlet: str) -> list[FramingTerm]:
        """The outlet's own evaluative words, each with its short phrase (wording_shown.py)."""
        return loaded_terms(self, outlet)

    def _z(self, key: str, outlet: str, n_all: int) -> float:
        """Log-odds ratio of the phrase in this outlet against the rest, over its standard error,
        with the corpus's frequency as the Dirichlet prior (Monroe, Colaresi & Quinn 2008, eq. 22)."""
        mine = self.by_outlet[outlet]
        n_mine = self._size(outlet)
        alpha = PRIOR * self.total[key] / n_all
        y_i, y_j = mine[key], self.total[key] - mine[key]
        n_j = n_all - n_mine
        delta = math.log((y_i + alpha) / (n_mine + PRIOR - y_i - alpha)) - math.log((y_j + alpha) / (n_j + PRIOR - y_j - alpha))
        return delta / math.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))

    def _rival(self, key: str, outlet: str) -> str | None:
        """The phrase other outlets use for the same thing, where outlets divide over the two: this
        outlet writes `key` at least as often as the rival (or is the only one to write it), and another
        outlet writes the rival at least as often as `key`."""
        mine = self.by_outlet[outlet]
        own = self.total[key] == mine[key]
        best: tuple[int, str] | None = None
        if key not in self._rivals_cache:  # the same for every outlet writing the phrase
            # one is the other with words added: never rivals
            self._rivals_cache[key] = [o for o in sorted(self._candidates(key)) if not elaborates(key, o)]
        for other in self._rivals_cache[key]:
            if mine[other] > mine[key] and not own:
                continue  # this outlet says the rival more often
            users = self._preferring(other, key) - (mine[other] > mine[key])
            if users and (best is None or users > best[0]):
                best = (users, other)
        return best[1] if best is not None else None

    def _preferring(self, other: str, key: str) -> int:
        """How many outlets write `other` at least as often as `key`: those writing `other`, less those
        of the few writing `key` more often (no pass over every outlet for every pair of phrases)."""
        if (other, key) not in self._prefer:
            users = self._outlets_of()
            theirs = users.get(other, {})
            self._prefer[other, key] = len(theirs) - sum(1 for o, n in users.get(key, {}).items() if 0 < theirs.get(o, 0) < n)
        return self._prefer[other, key]

    def _outlets_of(self) -> dict[str, dict[str, int]]:
        """Each phrase's outlets with their counts, built once the corpus is summed."""
        if self._users is None:
            self._users = defaultdict(dict)
            for name, counts in self.by_outlet.items():
                for k, n in counts.items():
                    self._users[k][name] = n
        return self._users

    def _size(self, outlet: str | None) -> int:
        """Phrases counted in one outlet (None: in the corpus), summed once."""
        name = "\0corpus" if outlet is None else outlet
        if name not in self._sizes:
            self._sizes[name] = sum((self.total if outlet is None else self.by_outlet[outlet]).values())
        return self._sizes[name]

    def _by_word(self) -> dict[str, list[str]]:
        """Described phrases by each word before their head."""
        if self._words is None:
            self._words = defaultdict(list)
            for key in self.total:
                for word in key.replace("-", " ").split()[:-1]:
                    self._words[word].append(key)
            for found in self._words.values():
                found.sort(key=lambda k: -self.total[k])
        return self._words

    def _indexes(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Phrases by head and by slot, built once the corpus is summed."""
        if self._index is None:
            by_head: dict[str, list[str]] = defaultdict(list)
            by_slot: dict[str, list[str]] = defaultdict(list)
            for key in self.total:
                if namable(key, self.head[key]):
                    by_head[self.head[key]].append(key)
                    for slot in self.slots[key]:
                        by_slot[slot].append(key)
            for lists in (by_head, by_slot):  # the most written first: a long list is read only so far
                for found in lists.values():
                    found.sort(key=lambda k: -self.total[k])
            self._index = by_head, by_slot
        return self._index

    def _topical(self, key: str, rival: bool = False) -> bool:
        """The phrase speaks of the question: it stands in a slot of the proposition's verbs (the
        object of "block", "approve", "vote for"), attaches a participant's name ("of:korvax"), has a
        word of the question ("lorry ban", "water metering bill"), or is set beside such a phrase."""
        if key not in self._topical_cache:
            # Directly, or another name for a phrase that is ("toll grab" for "toll rise", "cash raid"
            # given the same 9 per cent).
            if self._direct(key) or self._widely(key):
                self._topical_cache[key] = True
            elif self.total[key] < MIN_OWN and not rival:
                return False  # as a term, a phrase written once speaks of the question itself or not at all
            else:
                strong = self._links(key) - self._weak_links(key)
                # a weak link only for a phrase one outlet alone writes, again and again ("toll grab")
                alone = len(self._outlets_of().get(key, {})) == 1 and self.total[key] >= MIN_OWN
                weak = self._weak_links(key) if alone else set()
                self._topical_cache[key] = any(self._direct(o) for o in strong | weak) or (
                    rival and any(self._widely(o) for o in self._weak_links(key)))  # "pension grab" / "pension reform"
        return self._topical_cache[key]

    def _widely(self, key: str) -> bool:
        """A described phrase most outlets write ("pension reform" in four of six): the corpus's own name
        for what it is about, though it has none of the question's words."""
        users = len(self._outlets_of().get(key, {}))
        return (" " in key or "-" in key) and users >= WIDELY and users * WIDELY_SHARE >= len(self.by_outlet) and (
            lexfile(self.head[key]) not in NOT_THINGS | {None})  # (not "opposition leader", "constitutional court")

    def _direct(self, key: str) -> bool:
        if key in self._direct_cache:
            return self._direct_cache[key]
        self._direct_cache[key] = False
        words = set(key.replace("-", " ").split()) | {self.head[key]}
        found = bool(words & self.topic_words) or any(self._topic_slot(s) for s in self.slots[key]) or (
            " " not in key and bool(related_heads(self.head[key]) & self.topic_things))  # "consolidation" / "merger"
        if not found:
            # set beside a phrase that speaks of the question, or a label of its participant ("whistleblower
            # Ada Lind" where the question names Lind)
            found = any(s.startswith("is:") and ((s[3:] in self.total and self._direct(s[3:]))
                                                 or bool(set(s[3:].split()) & self.topic_words)) for s in self.slots[key])
        self._direct_cache[key] = found
        return found

    def _topic_slot(self, slot: str) -> bool:
        verb, _, role = slot.partition(":")
        if verb == "of":
            return role in self.topic_words
        # the object of the proposition's verbs, or attached to its thing ("a budget with a toll rise")
        return (verb in self.topic_verbs and role in ROLES) or (verb in self.topic_words and role in PREPOSITIONS)

    def _candidates(self, key: str) -> set[str]:
        """Phrases that name the same thing as `key` (see the module's docstring) and speak of the question."""
        return {o for o in self._links(key) if self._topical(o, rival=True)}

    def _links(self, key: str) -> set[str]:
        """Phrases that name the same thing as `key`, topical or not (computed once per phrase)."""
        if key not in self._links_cache:
            self._links_cache[key] = self._find_links(key)
        return self._links_cache[key]

    def _weak_links(self, key: str) -> set[str]:
        """Described phrases sharing a word with `key` in another place: one's head is the other's
        modifier ("tunnel folly" / "Eastway Road tunnel"), or both say what of with the same word
        ("toll rise" / "toll grab", "markets tribunal" / "markets regulator"). Rivals, but weak
        evidence that a phrase speaks of the question (`_topical`)."""
        if " " not in key and "-" not in key:
            return set()
        by_head, _ = self._indexes()
        head = self.head[key]
        found = {o for o in self._by_word().get(head, [])[:MAX_LIST] if o != key}
        for word in key.replace("-", " ").split()[:-1]:
            found |= {o for o in by_head.get(word, [])[:MAX_LIST] if " " in o or "-" in o}
            if len(self._by_word().get(word, [])) <= MAX_SHARERS:
                found |= {o for o in self._by_word().get(word, []) if self.head[o] != head}
        return {o for o in found if o in self.total and o != key}

    def _find_links(self, key: str) -> set[str]:
        by_head, by_slot = self._indexes()
        head = self.head[key]
        slots = self.slots[key]
        kind = lexfile(head)
        found: set[str] = set()
        described = " " in key or "-" in key
        if head in self.topic_words or set(key.replace("-", " ").split()) & self.topic_words:
            # the question's thing described another way ("tap tax bill" / "Water Metering Bill")
            found |= {o for o in by_head.get(head, [])[:MAX_LIST] if described_apart(key, o)}
        for slot in slots:  # set beside one another or the same name, or given the same figure
            if slot.startswith("is:") and (described or slot[3:] not in self.total):
                # (a single word only beside a name: "whistleblower" / "leaker" / "auditor" Ada Lind)
                found |= {slot[3:]} | set(by_slot.get(slot, [])[:MAX_LIST])
            elif not described:
                continue
            elif slot.startswith("n:") and not YEAR.fullmatch(slot[2:]) and len(by_slot.get(slot, [])) <= MAX_FIGURE:
                found |= set(by_slot.get(slot, []))
        found |= self._weak_links(key)
        if head in self.topic_words or any(r in self.topic_words for r in related_heads(head)):
            for related in related_heads(head):  # "merger" / "consolidation", "tax" / "levy"
                found.update(o for o in by_head.get(related, [])[:MAX_LIST] if lexfile(related) == kind)
        for slot in slots:  # acts done to the same thing: "block the takeover" / "block the merger";
            others = by_slot.get(slot, [])  # the question's thing named otherwise: "approve the spending plan"
            if self._topic_slot(slot) and len(others) <= MAX_SHARERS:
                found.update(o for o in others if (kind in ACT_FILES and lexfile(self.head[o]) in ACT_FILES)
                             or (described and self.head[o] in self.topic_things))
        return {o for o in found if o in self.total and o != key}

