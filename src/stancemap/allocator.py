"""The C library's allocator (glibc's malloc), set for a process whose life is a run: the CLI's and a worker's.

The parse allocates its arrays (thinc's layers over a batch of articles: tens of megabytes in all) and frees
them at every batch. glibc gives a block above its mmap threshold (128 KiB at the start, raised as such blocks
are freed) pages of its own, handed back to the system when it is freed, and hands back the heap's free top
above its trim threshold: each batch's arrays came back as new pages, which the kernel faults in and zeroes
(about 370,000 page faults over 200 bench articles, 85 % of them touching the parse's arrays: a twentieth of
the run's CPU in the kernel). With the threshold fixed at glibc's largest and up to 256 MiB of free top
kept, the next batch reuses the same memory (about 107,000 faults). Only where freed memory waits changes:
the computations, their order and every byte of the output are the same (docs/performance.md, session 25).
The cost is the memory kept free between batches (peak resident memory about 116 MB higher over 200
articles), given back with `release_freed_memory` when the parsing is over.

A library user's process keeps its own allocator: only the CLI and the worker processes call this. Any
other C library (musl, macOS): nothing is changed.
"""

from __future__ import annotations

import ctypes
import os

# mallopt's parameters (glibc's malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# glibc's largest mmap threshold on 64-bit systems (HEAP_MAX_SIZE / 2): every array of the parse is below it.
MMAP_THRESHOLD = 32 * 2**20
# Free memory at the heap's top kept for the next batch: one batch's arrays fit (a smaller cap, 64 or 128
# MiB, left 260,000-300,000 of the 370,000 faults).
TRIM_THRESHOLD = 256 * 2**20
# Whether this process keeps freed memory now (set by keep_freed_memory, cleared by release_freed_memory).
_KEEPING = [False]


def _glibc() -> ctypes.CDLL | None:
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
        return ctypes.CDLL(None)  # the process's own C library
    except (ValueError, OSError, AttributeError):  # no such name on this system: not glibc
        return None


def keep_freed_memory() -> bool:
    """Keep the memory freed between the parse's batches for the next one; True if the allocator was set."""
    libc = _glibc()
    if libc is None:
        return False
    _KEEPING[0] = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    return _KEEPING[0]


def release_freed_memory() -> None:
    """Hand the free memory kept for the parse back to the system, once no more batches are parsed here (a
    judging worker's every task calls it: only the first trims)."""
    libc = _glibc() if _KEEPING[0] else None
    if libc is not None:
        _KEEPING[0] = False
        libc.malloc_trim(0)
