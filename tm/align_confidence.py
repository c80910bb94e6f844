"""The confidence of an alignment bead: a small logistic model over what the bead shows.

`tm.align` describes every bead by a handful of features (its shape, how much of each sentence
finds a counterpart across, how much worse the text fits if a boundary moves, whether the first
pass agreed, its neighbours); this module turns them into the probability that the bead is right.
The weights are fitted on the development sets (the Bible set and the keynote set,
`bench/fit_align_confidence.py`, Newton's method with a small L2 penalty, numpy only) and
shipped in `align_confidence.json` beside this module, so every confidence can be read back as
a sum of `weight × feature` (docs/align.md prints the weights and the reliability table).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

WEIGHTS_FILE = Path(__file__).with_name("align_confidence.json")

# The features, in a fixed order; each in [0, 1] or a small range (see `tm.align._features`).
FEATURES = (
    "one_sided",        # 1-0 / 0-1 bead inside aligned paragraphs
    "gap",              # a sentence of a whole paragraph without counterpart
    "margin",           # min over the bead's two boundaries of the best alternative's extra cost
    "outer_margin",     # the same for the neighbours' far boundaries
    "mean_share",       # mean share of the bead's sentences' items linked across
    "min_share",        # the weakest sentence's linked share
    "size",             # (sentences − 2) / 3: 0 for 1-1
    "many",             # the bead has four or more sentences on one side
    "chars",            # log(1 + Chinese characters) / 4
    "length_cost",      # Gale–Church length cost of the bead (capped at 10, / 10)
    "orphan_beside",    # a one-sided neighbour has its words linked to this bead
    "one_sided_link",   # a one-sided bead's best linked share with sentences around it
    "posterior",        # the bead's posterior probability among paths near it (forward–backward)
    "log_posterior",    # its logarithm (capped at −10, / 10): lets the fit set the temperature
    "neighbour_posterior",  # the lower posterior of the two neighbouring beads
    "stable",           # the first pass (dictionary only, coarse types) found the same bead
    "beside_one_sided",  # a neighbour is a one-sided bead (not a whole-paragraph gap)
    "leak",             # an edge sentence's items unlinked in its bead but linked next door
)


@dataclass
class Model:
    weights: dict[str, float]
    bias: float
    note: str = ""
    stats: dict = field(default_factory=dict)

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.vector, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    @property
    def vector(self) -> list[float]:
        return [self.weights.get(name, 0.0) for name in FEATURES]

    def to_json(self) -> str:
        return json.dumps({"features": list(FEATURES), "bias": round(self.bias, 5),
                           "weights": {k: round(self.weights.get(k, 0.0), 5) for k in FEATURES},
                           "note": self.note, "stats": self.stats},
                          ensure_ascii=False, indent=1) + "\n"


@cache
def shipped_model() -> Model:
    """The weights shipped with the package (read once)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Model({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                 str(data.get("note", "")), dict(data.get("stats", {})))


def fit(rows: list[list[float]], labels: list[bool], l2: float = 1.0, note: str = "") -> Model:
    """Logistic regression by Newton's method; `l2` penalises the weights (not the bias)."""
    x = np.hstack([np.asarray(rows, dtype=float), np.ones((len(rows), 1))])
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model({name: float(v) for name, v in zip(FEATURES, w[:-1], strict=True)},
                 float(w[-1]), note)
