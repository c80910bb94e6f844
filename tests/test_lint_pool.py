"""The worker pool that `iter_findings` moves to on long drafts gives the very findings, in the
same order, as one process: same-document consistency state stays in the main process."""

from __future__ import annotations

import pytest
import tifa.tm.lint as lint
from tifa.glossary.store import load_glossary
from tifa.tm.lint import iter_findings
from tifa.tm.lint.readers import read_units

from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "lint"


@pytest.mark.parametrize("name", ["speech.tmx", "consistency.tsv", "figures.xlf"])
def test_pool_gives_the_same_findings_in_the_same_order(monkeypatch, name) -> None:
    terms = load_glossary([DATA / "glossary.yaml"], shipped=False, env=False)
    path = DATA / "planted" / name
    tm = DATA / "memory.tmx"
    one = [f.to_json() for f in iter_findings(read_units(path), terms, tm, jobs=0)]
    # tiny chunks and an early switch, so that consistency pairs straddle chunks and workers
    monkeypatch.setattr(lint, "SERIAL_UNITS", 3)
    monkeypatch.setattr(lint, "CHUNK", 2)
    stats: dict = {}
    pooled = [f.to_json() for f in iter_findings(read_units(path), terms, tm, None, stats,
                                                 jobs=2)]
    assert pooled == one
    assert len(one) >= 5  # planted drafts: something to compare
    assert stats["units"] == sum(1 for _ in read_units(path))
    if name == "consistency.tsv":
        assert any(f["code"].endswith("inconsistent") for f in one)
