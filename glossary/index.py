"""The glossary packed into a few long strings and byte arrays: what the cache holds and what a
lookup searches.

A lookup in 50,000 entries needs a handful of them, and building every entry as Python objects
took longer than the lookup itself; unmarshalling a few long strings and byte arrays is done in
C. So the glossary is kept as

- one record string per entry (fields separated by FS, list items by RS, text/note pairs by GS),
  all records in one string separated by US, with an array of where each record starts: one
  entry is then a slice (`unpack_record`);
- three key indexes (`Keys`): the zh match keys, the accepted-English keys and the
  deprecated-English keys of every entry, each one string searched with `str.find`.

YAML cannot carry these control characters (libyaml refuses them), so no text can hold them.
"""

from __future__ import annotations

from array import array
from itertools import accumulate, chain, repeat
from operator import add

US, RS, GS, FS = "\x1f", "\x1e", "\x1d", "\x1c"
_DIGITS = bytes.maketrans(b"01", b"\x00\x01")  # "0"/"1" → 0/1
SEP = US  # between keys in a `Keys.text`


def starts(items: list[str]) -> list[int]:
    """Where each item starts in `"".join(item + US for item in items)`, plus the end."""
    out, pos = [0], 0
    for item in items:
        pos += len(item) + 1
        out.append(pos)
    return out


def _pairs(values) -> str:
    return RS.join(f"{a}{GS}{b}" for a, b in values)


def _unpairs(text: str) -> list[tuple[str, str]]:
    return [tuple(p.split(GS, 1)) for p in text.split(RS)] if text else []  # type: ignore


def pack_record(eid: str, zh: str, zh_variants: list[str], en: str,
                en_variants: list[tuple[str, str]], en_deprecated: list[tuple[str, str]],
                category: str, domain: str, note: str, source: str, status: str,
                binding: bool | None, origin: int, line: int,
                replaces: list[tuple[int, int]]) -> str:
    """One entry as a record; `origin` and `replaces` name files by their number."""
    return finish_record(record_head(eid, zh, zh_variants, en, en_variants, en_deprecated,
                                     category, domain, note, source, status, binding),
                         origin, line, replaces)


def record_head(eid: str, zh: str, zh_variants: list[str], en: str,
                en_variants: list[tuple[str, str]], en_deprecated: list[tuple[str, str]],
                category: str, domain: str, note: str, source: str, status: str,
                binding: bool | None) -> str:
    """The part of a record that the entry's text alone decides (not where it is)."""
    return FS.join((eid, zh, RS.join(zh_variants), en, _pairs(en_variants),
                    _pairs(en_deprecated), category, domain, note, source, status,
                    "" if binding is None else "1" if binding else "0"))


def finish_record(head: str, origin: int, line: int, replaces: list[tuple[int, int]]) -> str:
    return f"{head}{FS}{origin}{FS}{line}{FS}{_pairs(replaces)}"


def unpack_head(head: str) -> tuple:
    """The values `record_head` was given, in the same order."""
    (eid, zh, zv, en, ev, ed, cat, dom, note, src, st, binding) = head.split(FS)
    return (eid, zh, zv.split(RS) if zv else [], en, _unpairs(ev), _unpairs(ed), cat, dom,
            note, src, st, None if not binding else binding == "1")


def unpack_record(record: str) -> tuple:
    """The values `pack_record` was given, in the same order."""
    (eid, zh, zv, en, ev, ed, cat, dom, note, src, st, binding, org, line,
     rep) = record.split(FS)
    return (eid, zh, zv.split(RS) if zv else [], en, _unpairs(ev), _unpairs(ed), cat, dom,
            note, src, st, None if not binding else binding == "1", int(org), int(line),
            [(int(i), int(n)) for i, n in _unpairs(rep)])


class Keys:
    """One kind of match key for every row, joined into one string so that str.find (C) does
    the scanning: `\x1f k0 \x1f k1 \x1f ...`; `rows[k]`/`nums[k]` say whose key k is (row,
    position in that row's list), `form(k)` is the glossary text it was made from. The numbers
    are arrays, stored as bytes in the cache: loading them creates no Python objects."""

    def __init__(self, text: str, forms: str, starts, rows, nums, longest: int) -> None:
        self.text, self.forms, self.longest = text, forms, longest
        self.starts, self.rows, self.nums = (array("I", x) for x in (starts, rows, nums))
        self._keys: list[str] | None = None
        self._set: set[str] | None = None

    @classmethod
    def of(cls, keys: list[list[str]], forms: list[list[str]],
           first: list[int] | None = None) -> Keys:
        flat = [k for ks in keys for k in ks]
        flat_forms = [f for fs in forms for f in fs]
        return cls(SEP + " " + f" {SEP} ".join(flat) + " " + SEP if flat else SEP,
                   "".join(f + US for f in flat_forms), starts(flat_forms),
                   [i for i, ks in enumerate(keys) for _ in ks],
                   [j + (first[i] if first else 0) for i, ks in enumerate(keys)
                    for j in range(len(ks))], max(map(len, flat), default=0))

    @classmethod
    def of_joined(cls, keys: list[str], forms: list[str], first: str | None = None) -> Keys:
        """`of` for rows given as RS-joined texts (a row without forms is ""): the same
        result without a list per row. `first`: one "0"/"1" per row."""
        counts = [f.count(RS) + 1 if f else 0 for f in forms]
        flat = RS.join(k for k, c in zip(keys, counts, strict=True) if c).split(RS) \
            if any(counts) else []
        flat_forms = RS.join(f for f in forms if f).split(RS) if flat else []
        rows = list(chain.from_iterable(map(repeat, range(len(counts)), counts)))
        offsets = list(first.encode().translate(_DIGITS)) if first else repeat(0)
        nums = list(chain.from_iterable(map(range, offsets, map(add, counts, offsets))))
        if flat:  # one join, no copies of the long text: `of`'s SEP k0 SEP k1 ... SEP
            ends = [f"{SEP} {flat[0]}", *flat[1:]]
            ends[-1] += f" {SEP}"
        return cls(f" {SEP} ".join(ends) if flat else SEP, US.join([*flat_forms, ""]),
                   list(accumulate(map(add, map(len, flat_forms), repeat(1)), initial=0)),
                   rows, nums, max(map(len, flat), default=0))

    def dump(self) -> tuple:
        return (self.text, self.forms, self.starts.tobytes(), self.rows.tobytes(),
                self.nums.tobytes(), self.longest)

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = self.text[2:-2].split(f" {SEP} ") if self.rows else []
        return self._keys

    def form(self, k: int) -> str:
        return self.forms[self.starts[k]:self.starts[k + 1] - 1]

    def present(self, pieces: list[str]) -> list[str]:
        """The pieces that are keys (a set for many pieces, else one C scan each)."""
        if len(pieces) < 64:
            return [p for p in pieces if f"{SEP} {p} {SEP}" in self.text]
        if self._set is None:
            self._set = set(self.keys)
        return [p for p in pieces if p in self._set]

    def find(self, needle: str) -> list[int]:
        """Numbers of the keys containing `needle` (each once); `SEP` marks key boundaries."""
        text, out = self.text, []
        seps, counted = 0, 0
        pos = text.find(needle)
        while pos != -1:
            seps += text.count(SEP, counted, pos + 1)
            counted = pos + 1
            out.append(seps - 1)
            nxt = text.find(SEP, pos + 1)
            if nxt == -1:
                break
            seps += text.count(SEP, counted, nxt)
            counted = nxt
            pos = text.find(needle, nxt)
        return out

    def exact(self, key: str) -> list[int]:
        return self.find(f"{SEP} {key} {SEP}")


def pack(records: list[str], indexes: tuple[Keys, Keys, Keys]) -> tuple:
    """The cached shape: (count, records, record starts as bytes, *three Keys dumps)."""
    return (len(records), US.join([*records, ""]),
            array("I", accumulate(map(add, map(len, records), repeat(1)), initial=0)).tobytes(),
            *(keys.dump() for keys in indexes))


def check_packed(c: tuple) -> None:
    """A cache of another shape or a damaged one raises ValueError (it is then rebuilt)."""
    if not isinstance(c, tuple) or len(c) != 6:  # a mapping's c[0] was a KeyError traceback
        raise ValueError("cache shape")
    n, records, begin = c[0], c[1], array("I", c[2])
    if len(c) != 6 or not isinstance(records, str) or len(begin) != n + 1 \
            or begin[-1] != len(records) or records.count(US) != n:
        raise ValueError("cache shape")
    for text, forms, fstarts, rows, nums, _ in c[3:]:
        keys = Keys(text, forms, fstarts, rows, nums, 0)
        m = len(keys.rows)
        if len(keys.nums) != m or len(keys.starts) != m + 1 or text.count(SEP) != m + 1 \
                or keys.starts[-1] != len(forms) or (m and not keys.rows[-1] < n):
            raise ValueError("cache shape")
