"""`tm.base.pool.aside`: one function run in a forked worker while the caller works on."""

from __future__ import annotations

import os

import pytest
from tifa.tm.base.pool import aside, no_gc


def _where() -> tuple[int, list[int]]:
    return os.getpid(), [n * n for n in range(1000)]


def test_aside_runs_in_another_process_and_returns_its_result(monkeypatch):
    monkeypatch.setenv("TIFA_JOBS", "2")
    with aside(_where) as theirs:
        mine = _where()
        pid, squares = theirs()
    assert squares == mine[1] and pid != mine[0]


def test_aside_raises_the_workers_error(monkeypatch):
    monkeypatch.setenv("TIFA_JOBS", "2")

    def broken() -> None:
        raise ValueError("no such thing")

    with pytest.raises(ValueError, match="no such thing"), aside(broken) as theirs:
        theirs()


def test_aside_without_workers_runs_in_this_process(monkeypatch):
    monkeypatch.setenv("TIFA_JOBS", "0")
    with aside(_where) as theirs:
        pid, _ = theirs()
    assert pid == os.getpid()


def test_no_gc_pauses_the_collector_and_restores_it():
    import gc

    assert gc.isenabled()

    @no_gc()
    def inner() -> bool:
        with no_gc():  # nested: the outer pause still holds after it
            pass
        return gc.isenabled()

    assert inner() is False and gc.isenabled()
    with pytest.raises(ValueError), no_gc():
        raise ValueError("the collector comes back on an error too")
    assert gc.isenabled()
    gc.disable()
    try:
        with no_gc():
            pass
        assert not gc.isenabled()  # paused before: left paused
    finally:
        gc.enable()
