"""`tifa mine` on the fresh corpora (tests/data/mining/freshNN: short articles in our own words,
formulations placed in them, most once): recall of each part's gold at 50, 100 and 200, the
glossary's forms at 200, the new ones at 200 in `--new-only`, and the fragments of gold terms
in the top 100 (strict, and the issue's count of real terms: `mine_eval.fragments`).

    python bench/mine_fresh.py                       # the dev parts of fresh24-28
    python bench/mine_fresh.py fresh28:heldout -v    # one part; -v lists fragments and misses

A held-out part is measured once per round, after the round's changes (docs/mining.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tifa.glossary.mine import _key  # noqa: E402
from tifa.glossary.mine_eval import row_keys, term_ranks  # noqa: E402

from tests.test_mine_fresh import part_figures  # noqa: E402

CORPORA = REPO / "tests" / "data" / "mining"


def report(corpus: str, part: str, verbose: bool = False) -> None:
    got = part_figures(part, CORPORA / corpus)
    terms = [t for t, _ in got.gold]
    at = term_ranks(got.ranked, terms)
    print(f"{corpus}:{part:8} recall@50 {at.recall_at(50):.2f}  @100 {at.recall_at(100):.2f}  "
          f"@200 {got.every:.2f}  glossary@200 {got.listed:.2f}  "
          f"new@200 (--new-only) {got.new:.2f}  "
          f"fragments {len(got.frags.strict)} strict / {len(got.frags.real)} real  "
          f"({len(terms)} terms)")
    if verbose:
        for row in got.frags.real:
            print("   fragment", *row)
        first: dict[str, int] = {}
        for i, c in enumerate(got.ranked):
            for k in row_keys(c):
                first.setdefault(k, i + 1)
        for term, kind in got.gold:
            rank = first.get(_key(term))
            if rank is None or rank > 200:
                print("   missed", term, kind, rank or "-")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    parts = [a for a in argv if a != "-v"] or [
        f"{d.name}:dev" for d in sorted(CORPORA.glob("fresh*")) if (d / "dev").is_dir()]
    for arg in parts:
        corpus, part = arg.split(":")
        report(corpus, part, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
