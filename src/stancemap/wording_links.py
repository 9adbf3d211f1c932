"""Each outlet's noun phrases summed over the corpus, and which of them name the same thing and speak
of the question: the first step of finding an outlet's framing terms (wording.py).

`PhraseLinks.add` sums one article's phrases (extract/wording.py) under its outlet, linear in the
corpus and keeping no text; `set_topic` says what the question is about. Two phrases name one thing
(`_links`) when they share a head with other words before it ("tap tax bill" / "Water Metering
Bill"), are set beside each other by apposition or "to be" or given the same figure, are WordNet kin
("merger" / "consolidation", "levy" / "tax"), or stand in the same slots of the proposition's verbs
("block the takeover" / "block the merger"); weaker, a word of one is the other's head or modifier
(`_weak_links`). A phrase speaks of the question (`_topical`) when it names the question's words or
stands in its verbs' slots (`_direct`), is the corpus's own wide name for it (`_widely`), or is
linked to such a phrase.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from . import wording_parts
from .judge.wordnet import ACT_FILES
from .wording_lex import NOT_THINGS, described_apart, lexfile, namable, related_heads

# Outlets (at least, and at least this share of them) that write a described phrase for it to name what
# the corpus is about (`_widely`; naming a thing or an act, not people, a body of people or a place:
# wording_lex.NOT_THINGS).
WIDELY = 3
WIDELY_SHARE = 2
# Slots kept per phrase: a slot already known is still counted, a new one only below this many.
MAX_SLOTS = 30
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


class PhraseLinks:
    """Each outlet's noun phrases summed over its articles, and what the corpus knows of each phrase
    (its head, slots, outlets, and the phrases naming the same thing); `WordingCounts` chooses terms."""

    def __init__(self) -> None:
        self.by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
        self.voiced: dict[str, Counter[str]] = defaultdict(Counter)  # ... written outside quotations
        # ... in a headline, and in the first sentences of a body (extract/wording.py LEDE): the framing ranker's features
        self.in_headline: dict[str, Counter[str]] = defaultdict(Counter)
        self.in_lede: dict[str, Counter[str]] = defaultdict(Counter)
        self.surface: dict[tuple[str, str], str] = {}
        self.first_surface: dict[str, str] = {}
        self.head: dict[str, str] = {}
        self.slots: dict[str, Counter[str]] = defaultdict(Counter)
        self.total: Counter[str] = Counter()
        self._index: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self._words: dict[str, list[str]] | None = None
        self._writers: Counter[str] | None = None  # word -> outlets writing it in a phrase (wording.py `_word_writers`)
        self.topic_words: frozenset[str] = frozenset()
        self.topic_verbs: frozenset[str] = frozenset()
        self.topic_things: frozenset[str] = frozenset()
        self._topical_cache: dict[str, bool] = {}
        self._direct_cache: dict[str, bool] = {}
        self._links_cache: dict[str, set[str]] = {}
        # phrase -> its candidate rivals with how many outlets prefer each and its alphabetical place, the most preferred
        # first (wording.py `_preferred_rivals`)
        self._rivals_cache: dict[str, list[tuple[int, int, str]]] = {}
        self._users: dict[str, dict[str, int]] | None = None  # phrase -> the outlets writing it, with counts
        self._plain: list[tuple[str, dict[str, int], int]] | None = None  # (wording.py `_plain_words`)
        self._sizes: dict[str, int] = {}  # outlet -> phrases counted
        self._prefer: dict[tuple[str, str], int] = {}
        self.loaded: dict[str, Counter[str]] = defaultdict(Counter)  # outlet -> evaluative word -> count
        self.loaded_surface: dict[tuple[str, str], str] = {}
        self.valence: dict[str, float] = {}
        self._loaded_sizes: dict[str, int] | None = None
        self._loaded_total: Counter[str] = Counter()
        self._loaded_all = 0  # the sum of `_loaded_sizes` (wording_shown.loaded_terms)
        self.shown_rivals: dict[str, list[tuple[str, str]]] = {}  # outlet -> (term shown, its rival) (`counterparts`)
        self.verbs: dict[str, Counter[str]] = defaultdict(Counter)  # outlet -> verb as written -> count (`own_verbs`)
        self.verb_surface: dict[tuple[str, str], str] = {}
        self.verb_lemma: dict[str, str] = {}
        self.verb_arguments: dict[str, set[str]] = defaultdict(set)
        # outlet -> verb lemma -> count, and the corpus's (`verb_lemma_counts`)
        self._verb_lemmas: tuple[dict[str, Counter[str]], Counter[str]] | None = None
        self._verbs_counted = 0
        self._shown_against: dict[str, list[tuple[str, str]]] | None = None
        # phrase -> its cosine with the question's words, and its features of no outlet (wording_rank.py)
        self.similarity: dict[str, float] = {}
        self.phrase_features: dict[str, dict[str, float]] = {}
        # (model, phrase -> the ranker's logit so far from its features of no outlet) for the last two models scored
        # with: the phrase ranker and the second ranker (wording_rank.py `_score`)
        self.phrase_prefix: list[tuple[dict[str, Any], dict[str, float]]] = []
        self._rival_of: dict[tuple[str, str], str | None] = {}  # (phrase, outlet) -> its rival (`WordingCounts._rival`)
        # outlet -> hyphened word written before a phrase's head -> its tallies, and the words joined to its phrases
        # (wording_parts.py: the ranker's candidates "fat-cat", "Soviet-style")
        self.part_tally: dict[str, dict[str, list[Any]]] = defaultdict(dict)
        self.parts: dict[str, set[str]] = {}
        # outlet -> the phrases it writes as the ending of a longer phrase of its own in a headline, and in a lede
        # (`nested_places`: "shutdown" of "quay shutdown"), found once the corpus is summed
        self._nested: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def add(self, outlet: str, wording: dict[str, list[Any]], loaded: dict[str, list[Any]] | None = None,
            verbs: dict[str, list[Any]] | None = None) -> None:
        """One article's phrases (extract/wording.py), evaluative words (extract/loaded.py) and uncommon verbs
        (extract/wording_verbs.py), under its outlet's key."""
        for key, (count, surface, lemma, words) in (verbs or {}).items():
            self.verbs[outlet][key] += count
            self.verb_surface.setdefault((outlet, key), surface)
            self.verb_lemma[key] = lemma
            self.verb_arguments[key].update(words)
        self._verb_lemmas = None
        for lemma, (count, surface, value) in (loaded or {}).items():
            self.loaded[outlet][lemma] += count
            self.loaded_surface.setdefault((outlet, lemma), surface)
            self.valence[lemma] = value
        self._loaded_sizes = None
        wording_parts.unmerge(self)  # (joined again once the corpus is summed: `set_topic`)
        counts = self.by_outlet[outlet]
        voiced = self.voiced[outlet]
        for key, (count, surface, head, slots, *rest) in wording.items():
            counts[key] += count
            voiced[key] += count - (rest[0] if rest else 0)
            wording_parts.tally(self, outlet, key, surface, count, count - (rest[0] if rest else 0), rest)
            if len(rest) > 2:  # (a phrase counted by a map before session 15 has no places)
                self.in_headline[outlet][key] += rest[1]
                self.in_lede[outlet][key] += rest[2]
            self.total[key] += count
            self.surface.setdefault((outlet, key), surface)
            self.first_surface.setdefault(key, surface)
            self.head[key] = head
            known = self.slots[key]
            for slot in slots:
                if slot in known or len(known) < MAX_SLOTS:
                    known[slot] += 1
        self._summed_anew()

    def _summed_anew(self) -> None:
        """Forget what was found from the sums (an article added, or the hyphened words joined)."""
        self._index = None
        self._words = None
        self._writers = None
        self._links_cache = {}
        self._rivals_cache = {}
        self._rival_of = {}
        self.phrase_features = {}
        self.phrase_prefix = []
        self._users = None
        self._plain = None
        self._sizes = {}
        self._prefer = {}
        self._nested = {}

    def nested_places(self, outlet: str) -> tuple[frozenset[str], frozenset[str]]:
        """The endings of the outlet's own phrases that stand in one of its headlines, and in one of its ledes: each
        phrase of several words, written in its own voice there, lends its place to the phrases it ends with ("quay
        shutdown" in a headline: "shutdown"; "all-out harbour grab" in a lede: "harbour grab"), as a term's nested
        occurrences count for it (Frantzi et al.'s C-value). Linear in the outlet's phrases; cached until the sums
        change."""
        if outlet not in self._nested:
            headline: set[str] = set()
            lede: set[str] = set()
            voiced, in_headline, in_lede = self.voiced[outlet], self.in_headline[outlet], self.in_lede[outlet]
            for key in self.by_outlet[outlet]:
                if " " not in key or not voiced[key] or not (in_headline[key] or in_lede[key]):
                    continue
                words = key.split(" ")
                endings = {" ".join(words[k:]) for k in range(1, len(words))}
                if in_headline[key]:
                    headline |= endings
                if in_lede[key]:
                    lede |= endings
            self._nested[outlet] = (frozenset(headline), frozenset(lede))
        return self._nested[outlet]

    def verb_lemma_counts(self) -> tuple[dict[str, Counter[str]], Counter[str]]:
        """Each outlet's verbs by lemma, and the corpus's (`wording_shown.own_verbs`): summed once after the adds."""
        if self._verb_lemmas is None:
            by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
            corpus: Counter[str] = Counter()
            for outlet, verbs in self.verbs.items():
                for key, n in verbs.items():
                    by_outlet[outlet][self.verb_lemma[key]] += n
                    corpus[self.verb_lemma[key]] += n
            self._verb_lemmas = (by_outlet, corpus)
            self._verbs_counted = sum(corpus.values())
        return self._verb_lemmas

    def verbs_counted(self) -> int:
        """The corpus's verbs counted (`verb_lemma_counts`), summed once, not per outlet."""
        self.verb_lemma_counts()
        return self._verbs_counted

    def set_topic(self, words: frozenset[str], verbs: frozenset[str], things: frozenset[str] = frozenset()) -> None:
        """What the question is about: `words` name its event, things and participants ("merger",
        "korvax", "cruise"), `verbs` are its event's and the verbs of taking sides on it ("approve",
        "block", "support"). A phrase is topical when it stands in a slot of those verbs, names those
        words, or is set beside a name of them (see `_topical`)."""
        self.topic_words, self.topic_verbs, self.topic_things = words, verbs, things
        if not self.parts and self.part_tally:  # the corpus is summed: its hyphened words join the outlets' phrases
            wording_parts.merge(self)
            self._summed_anew()
        self._topical_cache = {}
        self._direct_cache = {}
        self._plain = None
        self._rivals_cache = {}
        self.similarity = {}
        self.phrase_features = {}
        self.phrase_prefix = []
        self._rival_of = {}

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
        """The phrase speaks of the question itself (`_speaks_directly`), or is set beside a phrase that
        does, at any remove ("is:" slots). A search over the phrases set beside one another, cached only
        once it is finished: the answer is the same whichever phrase of a cycle ("the levy, the tax",
        "the tax, the levy") is asked first, so no more on the hash seed that orders the sets asking
        (tests/test_wording_order.py)."""
        if key in self._direct_cache:
            return self._direct_cache[key]
        seen, todo = {key}, [key]
        while todo:
            phrase = todo.pop()
            if self._direct_cache.get(phrase) or self._speaks_directly(phrase):
                self._direct_cache[key] = True
                return True
            for other in self._set_beside(phrase):
                if other not in seen and self._direct_cache.get(other) is not False:  # (False: its search found nothing)
                    seen.add(other)
                    todo.append(other)
        for phrase in seen:  # nothing any of them is set beside speaks of the question
            self._direct_cache[phrase] = False
        return False

    def _speaks_directly(self, key: str) -> bool:
        """The phrase has a word of the question, stands in its verbs' slots, is WordNet kin of its thing
        ("consolidation" / "merger"), or labels one of its participants ("whistleblower Ada Lind" where the
        question names Lind)."""
        words = set(key.replace("-", " ").split()) | {self.head[key]}
        return bool(words & self.topic_words) or any(self._topic_slot(s) for s in self.slots[key]) or (
            " " not in key and bool(related_heads(self.head[key]) & self.topic_things)) or any(
            s.startswith("is:") and bool(set(s[3:].split()) & self.topic_words) for s in self.slots[key])

    def _set_beside(self, key: str) -> list[str]:
        """The phrases of the corpus `key` is set beside, by apposition or "to be" (its "is:" slots)."""
        return [s[3:] for s in self.slots[key] if s.startswith("is:") and s[3:] in self.total]

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
