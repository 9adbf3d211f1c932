"""The C library's allocator set for a run's process (allocator.py): freed memory kept for the parse's next
batch instead of handed back to the system page by page, given back once when the parsing is over; any
C library but glibc left as it is."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from stancemap import allocator


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[int, ...]]] = []

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append(("mallopt", (param, value)))
        return 1

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(("malloc_trim", (pad,)))
        return 1


@pytest.fixture
def fake_libc(monkeypatch):
    libc = _FakeLibc()
    monkeypatch.setattr(allocator, "_glibc", lambda: libc)
    monkeypatch.setattr(allocator, "_KEEPING", [False])
    return libc


def test_allocator_keeps_freed_memory_then_gives_it_back_once(fake_libc) -> None:
    assert allocator.keep_freed_memory()
    assert fake_libc.calls == [("mallopt", (allocator.M_MMAP_THRESHOLD, allocator.MMAP_THRESHOLD)),
                               ("mallopt", (allocator.M_TRIM_THRESHOLD, allocator.TRIM_THRESHOLD))]
    allocator.release_freed_memory()
    allocator.release_freed_memory()  # a judging worker's second task: nothing more to give back
    assert fake_libc.calls[2:] == [("malloc_trim", (0,))]


def test_allocator_gives_back_nothing_it_did_not_keep(fake_libc) -> None:
    allocator.release_freed_memory()  # a library user's process: its allocator was never set
    assert fake_libc.calls == []


def test_allocator_leaves_another_c_library_alone(monkeypatch) -> None:
    def no_glibc(name: str) -> str:
        raise ValueError(name)  # os.confstr on a system that does not know the name

    monkeypatch.setattr(allocator.os, "confstr", no_glibc)
    monkeypatch.setattr(allocator, "_KEEPING", [False])
    assert allocator._glibc() is None
    assert not allocator.keep_freed_memory()
    allocator.release_freed_memory()


# A block of 1 MiB allocated: how many more blocks of their own pages glibc holds (mallinfo2's hblks).
_PROBE = textwrap.dedent("""
    import ctypes, sys
    from stancemap import allocator

    class Info(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                     "keepcost")]

    libc = ctypes.CDLL(None)
    libc.mallinfo2.restype = Info
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    if sys.argv[1] == "keep":
        assert allocator.keep_freed_memory()
    before = libc.mallinfo2().hblks
    block = libc.malloc(2**20)
    print(libc.mallinfo2().hblks - before)
    libc.free(block)
""")


def _mallinfo2() -> bool:
    """glibc 2.33 or later: the probe reads mallinfo2 (an older glibc has only mallinfo, whose ints overflow)."""
    libc = allocator._glibc()
    return libc is not None and hasattr(libc, "mallinfo2")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _mallinfo2(), reason="glibc 2.33 or later only (mallinfo2)")
def test_allocator_puts_a_parse_sized_block_in_the_heap_not_in_pages_of_its_own() -> None:
    def own_pages(mode: str) -> int:
        done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True)
        return int(done.stdout.strip())

    assert own_pages("default") == 1  # above glibc's first threshold (128 KiB): pages of its own, faulted in anew
    assert own_pages("keep") == 0  # from the heap, whose freed memory the next batch reuses
