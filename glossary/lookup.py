"""Look a Chinese or English query up in the glossary: exact, variant, substring, then fuzzy.

Translators type what they see: a dash variant (中国-中亚), a form with or without 共建 or
quotes, a deprecated English rendering they remember, or a typo. Each result says how it
matched, so the best (exact) answers come first and a fuzzy guess is never mistaken for one.
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary.model import Deprecated, Entry, Glossary, en_key, zh_key

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


def is_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _keys(glossary: Glossary) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    if len(glossary.zh_keys) == len(glossary.entries):
        return glossary.zh_keys, glossary.en_keys, glossary.dep_keys
    return ([[zh_key(z) for z in e.zh_forms] for e in glossary.entries],
            [[en_key(t) for t in e.accepted] for e in glossary.entries],
            [[en_key(d.text) for d in e.en_deprecated] for e in glossary.entries])


def lookup(glossary: Glossary, query: str, *, limit: int = 20) -> list[Match]:
    """Best matches first: exact and variant hits, then substrings; fuzzy only if none of those."""
    query = query.strip()
    if not query:
        return []
    zh_keys, en_keys, dep_keys = _keys(glossary)
    entries = glossary.entries
    found: dict[int, Match] = {}

    def add(i: int, match: Match) -> None:
        old = found.get(i)
        if old is None or KINDS.index(match.kind) < KINDS.index(old.kind):
            found[i] = match

    if is_chinese(query):
        qkey = zh_key(query)
        for i, keys in enumerate(zh_keys):
            for j, key in enumerate(keys):
                if key == qkey:
                    entry = entries[i]
                    form = entry.zh_forms[j]
                    kind = "exact" if j == 0 and form == query else "variant"
                    add(i, Match(entry, kind, "zh" if j == 0 else "zh_variants", form))
                elif qkey in key or (len(key) > 1 and key in qkey):
                    add(i, Match(entries[i], "substring", "zh" if j == 0 else "zh_variants",
                                 entries[i].zh_forms[j]))
    else:
        qkey = en_key(query)
        for i, entry in enumerate(entries):
            if entry.id == query:
                add(i, Match(entry, "exact", "id", entry.id))
            for j, key in enumerate(en_keys[i]):
                form = entry.accepted[j]
                field = "en" if entry.en and j == 0 else "en_variants"
                if key == qkey:
                    add(i, Match(entry, "exact" if field == "en" else "variant", field, form))
                elif _contains(key, qkey) or (len(key) > 2 and _word_in(key, qkey)):
                    add(i, Match(entry, "substring", field, form))
            for j, key in enumerate(dep_keys[i]):
                dep = entry.en_deprecated[j]
                if key == qkey:
                    add(i, Match(entry, "variant", "en_deprecated", dep.text, deprecated=dep))
                elif _contains(key, qkey):
                    add(i, Match(entry, "substring", "en_deprecated", dep.text, deprecated=dep))
    if not found:
        return fuzzy(glossary, query, limit=limit)
    order = sorted(found.items(), key=lambda item: (KINDS.index(item[1].kind),
                                                    len(item[1].form), item[0]))
    return [m for _, m in order[:limit]]


def _contains(key: str, query: str) -> bool:
    """Short queries must be whole words ('road' must not find 'broad'); longer ones any part."""
    return query in key if len(query) >= 4 else _word_in(query, key)


def _word_in(needle: str, haystack: str) -> bool:
    """`needle` occurs in `haystack` on word boundaries (a term inside a pasted sentence)."""
    return f" {needle} " in f" {haystack} "


def fuzzy(glossary: Glossary, query: str, *, limit: int = 5,
          cutoff: float | None = None) -> list[Match]:
    """Closest entries by edit-distance similarity (rapidfuzz), for mistyped queries."""
    from rapidfuzz import fuzz, process

    zh_keys, en_keys, dep_keys = _keys(glossary)
    chinese = is_chinese(query)
    choices: list[str] = []
    owners: list[tuple[int, str, str, Deprecated | None]] = []
    for i, entry in enumerate(glossary.entries):
        if chinese:
            for j, key in enumerate(zh_keys[i]):
                choices.append(key)
                owners.append((i, "zh" if j == 0 else "zh_variants", entry.zh_forms[j], None))
        else:
            for j, key in enumerate(en_keys[i]):
                choices.append(key)
                owners.append((i, "en" if entry.en and j == 0 else "en_variants",
                               entry.accepted[j], None))
            for j, key in enumerate(dep_keys[i]):
                choices.append(key)
                owners.append((i, "en_deprecated", entry.en_deprecated[j].text,
                               entry.en_deprecated[j]))
    if cutoff is None:
        cutoff = ZH_FUZZY_CUTOFF if chinese else EN_FUZZY_CUTOFF
    qkey = zh_key(query) if chinese else en_key(query)
    scored = process.extract(qkey, choices, scorer=fuzz.ratio, score_cutoff=cutoff,
                             limit=limit * 4)
    out: list[Match] = []
    seen: set[int] = set()
    for _, score, pos in scored:
        i, field, form, dep = owners[pos]
        if i not in seen:
            seen.add(i)
            out.append(Match(glossary.entries[i], "fuzzy", field, form, score, dep))
    return out[:limit]


def suggestions(glossary: Glossary, query: str, n: int = 3) -> list[str]:
    """A few loosely similar forms for a 'nothing found' message."""
    return [m.form for m in fuzzy(glossary, query, limit=n, cutoff=40.0)]
