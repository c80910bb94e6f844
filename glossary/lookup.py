"""Look a Chinese or English query up in the glossary: exact, variant, substring, then fuzzy.

Translators type what they see: a dash variant (中国-中亚), a form with or without 共建 or
quotes, a deprecated English rendering they remember, or a typo. Each result says how it
matched, so the best (exact) answers come first and a fuzzy guess is never mistaken for one.
"""

from __future__ import annotations

from dataclasses import dataclass

from tifa.glossary.entry import Deprecated, Entry, Glossary
from tifa.glossary.index import Keys
from tifa.tm.base.english import us_spelling
from tifa.tm.base.text import english_key, has_han, match_key

KINDS = ("exact", "variant", "substring", "fuzzy")
ZH_FUZZY_CUTOFF = 60.0
EN_FUZZY_CUTOFF = 72.0


@dataclass
class Match:
    """One looked-up entry and how the query met it."""

    entry: Entry
    kind: str                 # exact | variant | substring | fuzzy
    field: str                # id | zh | zh_variants | en | en_variants | en_deprecated
    form: str                 # the glossary text the query matched
    score: float = 100.0      # similarity for fuzzy matches (0..100)
    deprecated: Deprecated | None = None  # set when the query is a deprecated rendering

    def to_dict(self) -> dict:
        """JSON shape: the entry's fields plus origin and how it matched."""
        out = self.entry.to_dict()
        out.update(origin=self.entry.where, match=self.kind, matched_field=self.field,
                   matched=self.form)
        if self.entry.replaces:
            out["replaces"] = list(self.entry.replaces)
        if self.kind == "fuzzy":
            out["score"] = round(self.score, 1)
        if self.deprecated is not None:
            out["deprecated_query"] = {"text": self.deprecated.text,
                                       "reason": self.deprecated.reason, "use": self.entry.en}
        return out


def lookup(glossary: Glossary, query: str, *, limit: int = 20) -> list[Match]:
    """Best matches first: exact and variant hits, then substrings; fuzzy only if none of those.

    The search runs on the glossary's key index (`Glossary.index`), and only the entries that
    are returned are built: a lookup in a 50,000-entry glossary touches a handful of them.
    """
    query = query.strip()
    if not query:
        return []
    zh, en, dep = glossary.index()
    # Per row, the best hit: (kind rank, order within the entry, keys, key number, field).
    best: dict[int, tuple[int, int, Keys | None, int, str]] = {}

    def add(keys: Keys | None, k: int, kind: str, field: str, order: int, row: int = -1) -> None:
        row = keys.rows[k] if keys is not None else row
        hit = (KINDS.index(kind), order, keys, k, field)
        if row not in best or hit[:2] < best[row][:2]:
            best[row] = hit

    if has_han(query):
        qkey = match_key(query)
        if not zh.exact(qkey):
            # Traditional script (命運共同體) is matched as simplified. Imported here: the
            # conversion table costs ~20 ms to load, and an exact query never needs it.
            from tifa.tm.base.script import to_simplified

            query = to_simplified(query)
            qkey = match_key(query)
        for k in zh.exact(qkey):
            j = zh.nums[k]
            kind = "exact" if j == 0 and zh.form(k) == query else "variant"
            add(zh, k, kind, "zh" if j == 0 else "zh_variants", j)
        for k in zh.find(qkey) + _inside(zh, qkey, 2, list(qkey)):
            add(zh, k, "substring", "zh" if zh.nums[k] == 0 else "zh_variants", zh.nums[k])
    else:
        row = glossary.row_of_id(query)
        if row is not None:
            add(None, 0, "exact", "id", -1, row)
        typed = english_key(query)
        # as typed, then in American spelling ("neighbourliness" finds "good-neighborliness")
        by_id = len(best)
        for qkey in dict.fromkeys([typed, " ".join(map(us_spelling, typed.split(" ")))]):
            if len(best) > by_id:
                break  # found as typed
            for k in en.exact(qkey):
                field = _en_field(en, k)
                add(en, k, "exact" if field == "en" else "variant", field, en.nums[k])
            words = qkey.split(" ")
            for k in _contains(en, qkey) + _inside(en, qkey, 3, words, " "):
                add(en, k, "substring", _en_field(en, k), en.nums[k])
            for k in dep.exact(qkey):
                add(dep, k, "variant", "en_deprecated", 1000 + dep.nums[k])
            for k in _contains(dep, qkey):
                add(dep, k, "substring", "en_deprecated", 1000 + dep.nums[k])
    if not best:
        return fuzzy(glossary, query, limit=limit)

    def form(row: int) -> str:
        _, _, keys, k, _ = best[row]
        return keys.form(k) if keys is not None else query

    order = sorted(best, key=lambda row: (best[row][0], len(form(row)), row))
    return [_match(glossary, row, best[row], form(row)) for row in order[:limit]]


def _match(glossary: Glossary, row: int, hit: tuple, form: str, score: float = 100.0) -> Match:
    """Build the entry (only now) and say how the query met it."""
    rank, _, keys, k, field = hit
    entry = glossary.row(row)
    deprecated = entry.en_deprecated[keys.nums[k]] if field == "en_deprecated" else None
    return Match(entry, KINDS[rank], field, form, score, deprecated)


def _en_field(en: Keys, k: int) -> str:
    """'en' for the official rendering, 'en_variants' for the others (see Glossary.index)."""
    return "en" if en.nums[k] == 0 else "en_variants"


def _contains(keys: Keys, query: str) -> list[int]:
    """Short queries must be whole words ('road' must not find 'broad'); longer ones any part."""
    return keys.find(query) if len(query) >= 4 else keys.find(f" {query} ")


def _inside(keys: Keys, query: str, shortest: int, units: list[str], glue: str = "") -> list[int]:
    """Keys (at least `shortest` long) that occur in the query, made of whole `units` (the
    characters of a Chinese query, the words of an English one): a term in a pasted phrase."""
    pieces: list[str] = []
    for a in range(len(units)):
        for b in range(a + 1, len(units) + 1):
            piece = glue.join(units[a:b])
            if len(piece) > keys.longest:
                break
            if len(piece) >= shortest:
                pieces.append(piece)
    return [k for piece in keys.present(pieces) for k in keys.exact(piece)]


def fuzzy(glossary: Glossary, query: str, *, limit: int = 5,
          cutoff: float | None = None) -> list[Match]:
    """Closest entries by edit-distance similarity (rapidfuzz), for mistyped queries."""
    from rapidfuzz import fuzz, process

    zh, en, dep = glossary.index()
    chinese = has_han(query)
    columns = [zh] if chinese else [en, dep]
    choices = [key for keys in columns for key in keys.keys]
    if cutoff is None:
        cutoff = ZH_FUZZY_CUTOFF if chinese else EN_FUZZY_CUTOFF
    qkey = match_key(query) if chinese else english_key(query)
    scored = process.extract(qkey, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                             limit=limit * 4)
    out: list[Match] = []
    seen: set[int] = set()
    for _, score, pos in scored:
        keys, k = (columns[0], pos) if pos < len(columns[0].rows) \
            else (columns[1], pos - len(columns[0].rows))
        row = keys.rows[k]
        if row in seen:
            continue
        seen.add(row)
        if keys is zh:
            field = "zh" if zh.nums[k] == 0 else "zh_variants"
        elif keys is en:
            field = _en_field(en, k)
        else:
            field = "en_deprecated"
        out.append(_match(glossary, row, (KINDS.index("fuzzy"), 0, keys, k, field),
                          keys.form(k), score))
    return out[:limit]


def suggestions(glossary: Glossary, query: str, n: int = 3) -> list[str]:
    """A few loosely similar forms for a 'nothing found' message."""
    return [m.form for m in fuzzy(glossary, query, limit=n, cutoff=40.0)]
