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
    with open(f"{wordnet.folder}/{name}", "rb") as f:
        firsts = [line.split(b" ", 1)[0] for line in f.read().split(b"\n")[:-1]]
    assert firsts == sorted(firsts)  # WordNet's files are sorted by their first fields, which the lookup bisects
    assert len({k for k in firsts if k}) == len([k for k in firsts if k])  # each a line's own
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


def test_the_first_and_last_lines_of_a_small_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = [b"  1 licence", *(b"w%03d v 1" % k for k in range(100)), b"zz v 1"]
    (tmp_path / "index.verb").write_bytes(b"\r\n".join(lines))  # (no line end after the last line)
    wn = WordNet(str(tmp_path))
    for key in [b"w000", b"w031", b"w032", b"w063", b"w064", b"w099", b"zz", b"w100", b"a", b"w0", b"zzz"]:
        assert wn._lookup("index.verb", key) == wn._search("index.verb", key), key
    assert wn._lookup("index.verb", b"zz") == "zz v 1"


def test_a_key_in_the_first_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "index.verb").write_bytes(b"act v 1\r\nban v 1\r\n")
    wn = WordNet(str(tmp_path))
    assert wn._lookup("index.verb", b"act") == wn._search("index.verb", b"act") == "act v 1\r\n"


def test_a_list_writing_a_key_twice_is_searched_as_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # noun.exc writes "aurar" twice (eyrir, eyir): which one is found is the binary search's to say
    lines = [b"aa a", *(b"k%03d k" % k for k in range(40)), b"kk one", b"kk two", b"zz z"]
    (tmp_path / "index.verb").write_bytes(b"")
    (tmp_path / "noun.exc").write_bytes(b"\r\n".join(lines) + b"\r\n")
    wn = WordNet(str(tmp_path))
    assert wn.find_line("noun.exc", b"kk") == wn._search("noun.exc", b"kk")
    assert "noun.exc" not in wn._block_index
