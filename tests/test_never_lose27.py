"""Never lose a character, never touch an input: the twenty-seventh round (docs/safety.md).

Each test here failed at the round's start (main at 8e7672b) unless it is marked a slipped
twin: lint's check of a span of time turned round (三年前 → "three years later") and of an
approximation made exact (300人左右 → "exactly 300") cost time quadratic in a run of figures
of the source (a figure's run tried from each of its characters); its check of the 1 of a
ratio said without a figure (87:1 → "87 for every post") read the whole text before each 1,
quadratic in a line of many.
"""

from __future__ import annotations

from types import SimpleNamespace

from tifa.tm.lint import lint_units
from tifa.tm.lint.checks import Reversal, _one_for_every
from tifa.tm.lint.units import LintUnit

from tests.conftest import cpu_of


def test_a_span_of_time_is_looked_for_in_linear_time() -> None:
    for run in ("1" * 8_000, "十" * 8_000):     # a table's figures run together, a long count
        found, cpu = cpu_of(Reversal._ZH.search, run)
        assert found is None and cpu < 0.3   # 8e7672b: 2.4 s, 1.8 s
    # (the slipped twins: a span counted back or on, an approximation, after a figure's run
    # that opens elsewhere, still read; a span turned round, an approximation made exact,
    # still reported)
    assert Reversal._ZH.search("第3季度三年前").group() == "三年前"
    assert Reversal._ZH.search("共300人左右").group() == "300人左右"
    units = [LintUnit("1", "x:1", "三年前，南川港开通了第一条国际航线。",
                      "Three years later, Nanchuan port opened its first international route."),
             LintUnit("2", "x:2", "两个多月后，新航线开通。",
                      "A new route opened more than two months earlier."),
             LintUnit("3", "x:3", "会议邀请了300人左右。", "Exactly 300 people were invited."),
             LintUnit("4", "x:4", "三年前，南川港开通了第一条国际航线。",
                      "Three years ago, Nanchuan port opened its first international route.")]
    assert [(f.unit_id, f.code) for f in lint_units(units) if f.code == "reversal"] == [
        ("1", "reversal"), ("2", "reversal"), ("3", "reversal")]


def _ones(text: str) -> list:
    return [SimpleNamespace(kind="number", value=1.0, text="1", span=(i, i + 1))
            for i, ch in enumerate(text) if ch == "1"]


def test_the_one_of_a_ratio_is_looked_for_in_linear_time() -> None:
    line = "比例" + "1-" * 8_000          # a line of many figures 1
    english = "There were 87 applicants for every post."
    said, cpu = cpu_of(lambda: [_one_for_every(line, english, q) for q in _ones(line)])
    assert not any(said) and cpu < 0.3   # 8e7672b: 1.0 s (the whole text before each 1)
    # (the slipped twins: the 1 of a ratio, with or without spaces, is still said by "for
    # every"; a 1 after a colon with no figure before it, or after 87:2, is not)
    for source, ratio in (("录取比例为87:1。", True), ("录取比例为87 ： 1。", True),
                          ("报录比87比1", True), ("比例为：1。", False), ("87:21", False)):
        q = _ones(source)[-1]
        assert _one_for_every(source, english, q) is ratio, source



class _Costs:
    """Bead costs of a text whose best path leaves the diagonal near its end (Chinese
    sentences from row 90 on left out, the English from row 110 on added), and how often
    each bead's cost was asked for."""

    def __init__(self) -> None:
        from collections import Counter
        self.asked: Counter = Counter()

    def cost(self, i0: int, i1: int, j0: int, j1: int, limit: float = float("inf")) -> float:
        self.asked[i0, i1, j0, j1] += 1
        if (i1 - i0, j1 - j0) == (1, 0) and i0 >= 90 or (i1 - i0, j1 - j0) == (0, 1) and i0 >= 110:
            return 0.0
        return 0.5 if (i1 - i0, j1 - j0) == (1, 1) else 2.0


def test_a_widened_band_keeps_the_rows_above_it() -> None:
    from tifa.tm.align_core import _banded_dp, _dp

    n = m = 120
    types = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]
    lo = [max(0, i - 1) for i in range(n + 1)]
    hi = [min(m, i + 1) for i in range(n + 1)]
    costs = _Costs()
    path = _banded_dp(costs, lo, hi, n, m, types)
    # the band was widened (some beads asked for again), the rows above the widening were
    # not searched again (8e7672b: every row searched again after each widening), and the
    # path is the one a search of the final band from scratch finds
    assert max(costs.asked.values()) > 1
    assert max(k for (_, i1, _, _), k in costs.asked.items() if i1 < 40) == 1
    assert path == _dp(_Costs(), lo, hi, n, m, types)[0]
    assert (100, 90) in path and (110, 120) in path   # the left-out rows and the added
