"""`tm.base.pool.aside`: one function run in a forked worker while the caller works on."""

from __future__ import annotations

import os

import pytest
from tifa.tm.base.pool import aside


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
