"""A small, explainable ranking model for mined candidates: logistic regression over signals.

The curated glossary is labelled data: a candidate whose match key is an entry's `zh`, one of
its `zh_variants` or an item of a listed entry (世界之变、时代之变、历史之变) is a positive,
every other candidate a negative. The model is one weight per signal plus a bias, fitted by
Newton's method with an L2 penalty (numpy only), so every score can be read back as a sum of
`weight × signal` (docs/mining.md prints the weights). The weights the package ships are in
`mine_weights.json` beside this module, refitted with `tifa mine --learn`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path

import numpy as np
from tifa.tm.base.files import TifaError, read_text
from tifa.tm.base.script import to_simplified
from tifa.tm.base.text import match_key

WEIGHTS_FILE = Path(__file__).with_name("mine_weights.json")

# The signals the model reads, in a fixed order (each in [0, 1] or a small range).
FEATURES = (
    "spread", "docs_log", "cohesion", "freedom", "independence", "leak",
    "len2", "len3", "len_long", "quote", "quoted_affix", "title", "enum", "parallel", "repeat",
    "paired", "head", "headed", "nested_head", "object", "numbered", "heading", "generic",
    "name", "work", "verbal", "bg_common", "bg_novel", "bg_parts", "bg_keyness", "compound4",
    "span_only", "aligned", "left_clean", "right_clean", "rule", "sector",
    "sibling_common", "part_key_min", "part_key_mean", "glossary_words",
    "dict_word", "dict_idiom", "part_common_max", "part_common_mean", "parts_all_common",
    "list_common", "head_common_modifier", "family_head", "family_modifier",
    "lead_char", "tail_known", "everyday", "object_block", "modified", "coordinated",
)
# Evidence combines: a list item counts for a phrase made for the purpose, not for two
# everyday words (医疗卫生); a head word for a long name, not after one everyday word. A
# linear model over single signals cannot say "this, but only with that", so it also reads
# the products of these signals two by two (named "a*b" in the weights file); measured with
# entries held out, P@100 0.74 → 0.82 on the seeds (docs/mining.md).
PAIRED = (
    "spread", "quote", "title", "enum", "parallel", "head", "bg_common", "bg_novel", "bg_parts",
    "part_key_min", "sibling_common", "sector", "len2", "len_long", "object", "freedom",
    "compound4", "span_only", "left_clean", "right_clean", "docs_log", "paired",
    "parts_all_common", "rule", "lead_char",
)
PAIRS = tuple(f"{a}*{b}" for i, a in enumerate(PAIRED) for b in PAIRED[i + 1:])
ALL_FEATURES = FEATURES + PAIRS


def value(signals: dict[str, float], name: str) -> float:
    """The value of one feature: a signal, or the product of two ("quote*len_long")."""
    if "*" in name:
        a, b = name.split("*")
        return signals.get(a, 0.0) * signals.get(b, 0.0)
    return signals.get(name, 0.0)


@dataclass
class Model:
    """Weights per signal, a bias, and where they came from."""

    weights: dict[str, float]
    bias: float
    note: str = ""
    stats: dict[str, float] = field(default_factory=dict)
    vocabulary: dict[str, int] = field(default_factory=dict)  # word → entries using it
    heads: dict[str, int] = field(default_factory=dict)       # last word → entries ending so
    modifiers: dict[str, int] = field(default_factory=dict)   # first word → entries starting so
    forms: dict[str, str] = field(default_factory=dict)       # form's match key → entry id

    def logit(self, signals: dict[str, float]) -> float:
        return self.bias + sum(w * value(signals, k) for k, w in self.weights.items())

    def score(self, signals: dict[str, float]) -> float:
        """Probability that a candidate is a glossary-grade formulation."""
        z = self.logit(signals)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def scores(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """`score` of many candidates at once (one matrix product)."""
        if not rows:
            return np.zeros(0)
        names = list(self.weights)
        z = self.bias + matrix(rows, names) @ np.array([self.weights[k] for k in names])
        return np.where(z > -30, 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), 0.0)

    def to_json(self) -> str:
        return json.dumps({"features": list(self.weights), "bias": round(self.bias, 6),
                           "weights": {k: round(v, 6) for k, v in self.weights.items()},
                           "note": self.note, "stats": self.stats,
                           "vocabulary": dict(sorted(self.vocabulary.items())),
                           "heads": dict(sorted(self.heads.items())),
                           "modifiers": dict(sorted(self.modifiers.items())),
                           "forms": dict(sorted(self.forms.items()))},
                          ensure_ascii=False, indent=1) + "\n"


def glossary_words(words: Sequence[str], vocabulary: dict[str, int],
                   own: frozenset[str] | set[str] = frozenset()) -> float:
    """Share of a candidate's words (two characters or more) that other glossary entries use:
    the vocabulary of formulations (合作, 安全, 倡议, 互信 …) learnt from the glossary.
    `own`: the words of the candidate's own entry, not counted (leave-one-out in fitting)."""
    content = [w for w in words if len(w) >= 2]
    if not content:
        return 0.0
    hits = sum(vocabulary.get(w, 0) - (w in own) > 0 for w in content)
    return hits / len(content)


def family_words(words: Sequence[str], heads: dict[str, int], modifiers: dict[str, int],
                 own_heads: frozenset[str] | set[str] = frozenset(),
                 own_modifiers: frozenset[str] | set[str] = frozenset()) -> dict[str, float]:
    """Does the candidate belong to a family of the glossary's formulations?

    `family_head`: its last word ends other entries (…合作: 南南合作, 互利合作; …外交; …走廊),
    `family_modifier`: its first word begins other entries (全球…: 全球发展倡议, 全球治理;
    新型…), each as min(1, entries / 2). These are the formulation families learnt from the
    glossary instead of a hand-made list; `own_*`: the candidate's own entry, not counted.
    """
    content = [w for w in words if len(w) >= 2]
    if len(content) < 2:
        return {"family_head": 0.0, "family_modifier": 0.0}
    head = heads.get(content[-1], 0) - (content[-1] in own_heads)
    mod = modifiers.get(content[0], 0) - (content[0] in own_modifiers)
    return {"family_head": min(1.0, head / 2), "family_modifier": min(1.0, mod / 2)}


# Coordination joins items of one kind: a phrase joined by one of these to a formulation the
# glossary knows is an item of a series of formulations (反对霸权主义和强权政治, 守望相助、
# 共同发展: 152 candidates of the seeds, 43 of them gold terms, against 3.5 % of all).
COORDINATORS = frozenset("、和与及")
_LONGEST = 24  # the longest form looked for beside a candidate, in characters


@lru_cache(maxsize=1 << 16)
def text_key(text: str) -> str:
    """A context sentence as a match key in simplified script, quotes left out (as candidates and
    glossary forms are compared)."""
    return match_key(to_simplified(text)).replace('"', "")


def coordinated(key: str, texts: Sequence[str], forms: dict[str, str],
                own: str | None = None) -> float:
    """Share of the candidate's occurrences in `texts` (its contexts) that are joined by 、, 和,
    与 or 及 directly to a form of a glossary entry (`forms`: match key → entry id), other than
    `own` (its own entry, left out when fitting): a term listed beside known formulations is
    one of their kind, where the same phrase beside everyday words is not. Read from the
    contexts, which show every occurrence of a candidate seen at most three times."""
    if not forms or not key:
        return 0.0
    hits = seen = 0
    for text in texts:
        t = text_key(text)
        at = t.find(key)
        while at >= 0:
            seen += 1
            end = at + len(key)
            after = t[end + 1:end + 1 + _LONGEST] if t[end:end + 1] in COORDINATORS else ""
            before = t[max(0, at - 1 - _LONGEST):at - 1] if at and t[at - 1] in COORDINATORS else ""
            if (any(forms.get(after[:n], own) != own for n in range(2, len(after) + 1))
                    or any(forms.get(before[-n:], own) != own for n in range(2, len(before) + 1))):
                hits += 1
            at = t.find(key, at + 1)
    return hits / seen if seen else 0.0


def load_model(path: str | Path | None = None) -> Model:
    """The shipped weights, or a file written by `tifa mine --learn`."""
    target = Path(path) if path else WEIGHTS_FILE
    try:
        data = json.loads(read_text(str(target)))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return Model(weights, float(data["bias"]), str(data.get("note", "")),
                     dict(data.get("stats", {})),
                     {str(k): int(v) for k, v in data.get("vocabulary", {}).items()},
                     {str(k): int(v) for k, v in data.get("heads", {}).items()},
                     {str(k): int(v) for k, v in data.get("modifiers", {}).items()},
                     {str(k): str(v) for k, v in data.get("forms", {}).items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise TifaError(f"not a weights file of `tifa mine --learn` ({exc})", str(target)) from exc


def matrix(rows: Sequence[dict[str, float]], features: Sequence[str] | None = None) -> np.ndarray:
    """Rows × features; the products of pairs are computed all at once."""
    features = ALL_FEATURES if features is None else features
    singles = sorted({part for f in features for part in f.split("*")})
    at = {f: i for i, f in enumerate(singles)}
    base = None
    if len(singles) > 1:
        try:  # every row has every signal (the rows of one ranking): one C call per row
            base = np.fromiter(chain.from_iterable(map(itemgetter(*singles), rows)),
                               dtype=float, count=len(rows) * len(singles))
        except KeyError:
            pass
    if base is None:
        base = np.array([[r.get(f, 0.0) for f in singles] for r in rows], dtype=float)
    # a last column of ones: a single signal is its product with 1 (the same value)
    base = np.hstack([base.reshape(len(rows), len(singles)), np.ones((len(rows), 1))])
    firsts, seconds = [], []
    for f in features:
        a, _, b = f.partition("*")
        firsts.append(at[a])
        seconds.append(at[b] if b else len(singles))
    x = np.take(base, firsts, axis=1)  # rows × features, in row order as before
    x *= np.take(base, seconds, axis=1)
    return x


def fit(rows: Sequence[dict[str, float]], labels: Sequence[bool], l2: float = 3.0,
        features: Sequence[str] | None = None, note: str = "",
        vocabulary: dict[str, int] | None = None, heads: dict[str, int] | None = None,
        modifiers: dict[str, int] | None = None, forms: dict[str, str] | None = None) -> Model:
    """L2-penalised logistic regression (Newton–Raphson); positives and negatives weigh the
    same in total, so the few glossary entries are not drowned by the many negatives."""
    features = ALL_FEATURES if features is None else features
    x = matrix(rows, features)
    y = np.asarray(labels, dtype=float)
    if not len(y) or y.min() == y.max():
        raise TifaError("cannot learn: the corpus has no candidate both in and outside the "
                        "glossary")
    x1 = np.hstack([x, np.ones((len(x), 1))])
    pos = y.sum()
    sample_w = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))
    penalty = np.full(x1.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    w = np.zeros(x1.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x1 @ w, -30, 30)))
        grad = x1.T @ (sample_w * (p - y)) + penalty * w
        hess = (x1 * (sample_w * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return Model({f: float(v) for f, v in zip(features, w[:-1], strict=True)}, float(w[-1]),
                 note, {"candidates": int(len(y)), "positives": int(pos)}, vocabulary or {},
                 heads or {}, modifiers or {}, forms or {})
