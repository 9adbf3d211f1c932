"""WordNet's lines found by bisecting each file's first fields (`WordNet._lookup`, session 26's speed cut) are the
lines the binary search over the file's bytes finds (`WordNet._search`), for keys in the files and keys not in them."""

from __future__ import annotations

import pytest

from stancemap.judge.wordnet import WordNet

FILES = [f"{kind}.{pos}" for kind in ("index", "data") for pos in ("noun", "verb", "adj", "adv")]


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    wn = WordNet()
    if not wn.available:
        pytest.skip("WordNet's files are not installed")
    return wn


@pytest.mark.parametrize("name", FILES)
def test_every_kind_of_key_finds_the_same_line(wordnet: WordNet, name: str) -> None:
    firsts, _ = wordnet._keys(name) or pytest.fail(f"{name}'s lines are not in byte order")
    keys = [k for k in firsts if k]
    # Every third key and the ends of the file, and keys that are no line's: one more letter, one less, another
    # case, a space, a key past the last and before the first.
    chosen = keys[::3] + keys[:40] + keys[-40:]
    absent = [k + b"x" for k in keys[::97]] + [k[:-1] for k in keys[1::97]] + [k.upper() for k in keys[2::97]]
    absent += [b"a b", b"zzzzzzzzzz", b"0", b"00000000", b"99999999", b"!", b"phase out", b"\xc3\xa9t\xc3\xa9"]
    for key in chosen + absent:
        assert wordnet._lookup(name, key) == wordnet._search(name, key), (name, key)
    assert all(wordnet._lookup(name, k) is not None for k in chosen)


def test_a_blank_key_is_searched_as_before(wordnet: WordNet) -> None:
    assert wordnet._lookup("index.noun", b"") == wordnet._search("index.noun", b"")


def test_a_file_out_of_order_is_searched_over_its_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "index.verb").write_bytes(b"  1 licence\r\nban v 1\r\nact v 1\r\nzip v 1\r\n")
    wn = WordNet(str(tmp_path))
    assert wn._keys("index.verb") is None
    assert wn.find_line("index.verb", b"zip") == wn._search("index.verb", b"zip") == "zip v 1\r\n"


def test_a_synset_not_where_its_offset_puts_it_is_searched_for(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Lines ended by a line feed alone: the offsets do not count carriage returns, so the line is not where
    # `_at_offset` looks, and the binary search finds it.
    (tmp_path / "index.verb").write_bytes(b"  1 licence\nact v 1\n")
    (tmp_path / "data.verb").write_bytes(b"  1 licence\n00000012 29 v 01 act 0 000 | do\n00000044 29 v 01 ban 0 000 | x\n")
    wn = WordNet(str(tmp_path))
    assert wn._at_offset("data.verb", b"00000044") is None
    assert wn.find_line("data.verb", b"00000044") == "00000044 29 v 01 ban 0 000 | x\n"
