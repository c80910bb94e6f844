"""What the precision-and-recall sets of lint share (tests/data/lint/mt, genres, figures, and the
glossary's staples): a draft linted as a reviser runs it, and the gold list of findings its
planted slips must give."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

from tifa.tm.lint import LintUnit, iter_findings
from tifa.tm.lint.readers import read_units


def findings(data: Path, draft: str, en: str | None, terms) -> list:
    """The findings of `draft` (a bilingual file, or a Chinese text with `en` beside it)."""
    units = list(read_units(data / draft, data / en if en else None, glossary=terms))
    return list(iter_findings(units, terms))


def unit_of(finding, plain: bool) -> str:
    """The gold's unit: the Chinese line of a plain-text draft, the row or trans-unit id."""
    return finding.location.rsplit(":", 1)[1] if plain else finding.unit_id


def found(data: Path, draft: str, en: str | None, terms) -> Counter:
    """(unit, code) of each finding, counted: what gold.tsv lists for a slipped draft."""
    return Counter((unit_of(f, en is not None), f.code) for f in findings(data, draft, en, terms))


def assert_documented(data: Path, doc: str, en: str, terms, left: dict[str, Counter]) -> None:
    """`doc`.zh.txt beside `en`.en.txt lints to exactly the findings a set documents for it
    (`left`, by English file; none if not listed): a correct translation's leftovers."""
    name = f"{en}.en.txt"
    got = found(data, f"{doc}.zh.txt", name, terms)
    assert got == left.get(name, Counter()), sorted(got.elements())


def found_once(cache: dict[str, Counter], data: Path, pairs: list[tuple[str, str]],
               terms) -> dict[str, Counter]:
    """Every (document, English file) pair's (unit, code) findings, linted once for a test
    module (`cache`, the module's own dict, filled on the first call)."""
    if not cache:
        for doc, en in pairs:
            cache[en] = found(data, f"{doc}.zh.txt", en, terms)
    return cache


def pairs_of(*hands: dict[str, str]) -> list[tuple[str, str]]:
    """(document, English file) of a set's documents, each with its one hand: `DOC.HAND.en.txt`
    beside `DOC.zh.txt` (the dev documents' dict, then the held-out ones')."""
    return [(doc, f"{doc}.{hand}.en.txt") for each in hands for doc, hand in each.items()]


def assert_left(cache: dict[str, Counter], data: Path, pairs: list[tuple[str, str]], terms,
                left: dict[str, Counter], en: str) -> None:
    """The pair of `en` (linted once for the module, `found_once`) gives exactly the findings
    its set documents as left on correct work (none if `en` is not in `left`)."""
    got = found_once(cache, data, pairs, terms)[en]
    assert got == left.get(en, Counter()), sorted(got.elements())


def fix_failures(terms, fixes: list[tuple[str, str, str, str]]) -> list[str]:
    """The fixes of a round, (Chinese, right English, slipped English, code), whose right
    English has a finding or whose slipped twin lacks the code: each one a line."""
    wrong = []
    for zh, right, slipped, code in fixes:
        silent, caught = sentence_codes(terms, zh, right), sentence_codes(terms, zh, slipped)
        if silent or code not in caught:
            wrong.append(f"{right[:50]!r}: right {silent}, slipped {caught} (wants {code})")
    return wrong


def gold(data: Path) -> dict[str, Counter]:
    """Per slipped draft, the (unit, code) findings gold.tsv expects; a code `-` is a slip
    planted but known to be missed, and expects nothing."""
    expected: dict[str, Counter] = {}
    with open(data / "gold.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            counts = expected.setdefault(row["file"], Counter())
            if row["code"] != "-":
                counts[(row["unit"], row["code"])] += 1
    return expected


def coded(data: Path, zh: str, en: str | Path, terms) -> list[tuple[str, str]]:
    """(code, Chinese line) of each finding of a plain-text pair, in the report's order."""
    return [(f.code, unit_of(f, True)) for f in findings(data, zh, str(en), terms)]


def slip_codes(data: Path, english: str, name: str, good: str, bad: str, terms,
               tmp_path: Path) -> Counter:
    """The codes of the findings of `english` (beside `name`.zh.txt) with `good` replaced by
    `bad`, its one occurrence: a planted slip in a probe's correct version."""
    text = (data / english).read_text(encoding="utf-8")
    assert text.count(good) == 1, good
    slipped = tmp_path / english
    slipped.write_text(text.replace(good, bad), encoding="utf-8")
    return Counter(code for code, _ in coded(data, f"{name}.zh.txt", slipped, terms))


DEP, MISS = "term-deprecated", "term-missing"  # the two codes a glossary slip gives


def rows(data: Path, name: str, tag: str = "part") -> list[dict[str, str]]:
    """The rows of a sentence set's TSV, each with its file's name under `tag`."""
    with open(data / name, encoding="utf-8", newline="") as fh:
        return [dict(row, **{tag: name}) for row in csv.DictReader(fh, delimiter="\t")]


def planted(data: Path) -> list[dict[str, str]]:
    """A planted set's pairs (tests/data/lint/planted13, planted14): its development part, its
    held-out part and the part written after the last change, each row tagged with its file."""
    return [row for name in ("dev.tsv", "held.tsv", "held2.tsv") for row in rows(data, name)]


def draft_codes(terms, units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(unit id, code) of the findings of a draft of (paragraph, Chinese, English) units."""
    draft = [LintUnit(str(k), f"d:{k}", zh, en, doc="d", para=para)
             for k, (para, zh, en) in enumerate(units, 1)]
    return [(f.unit_id, f.code) for f in iter_findings(draft, terms)]


def assert_only(terms, zh: str, en: str, code: str) -> None:
    """A slip: exactly one finding, of `code`."""
    found = sentence_findings(terms, zh, en)
    assert [f.code for f in found] == [code], [f"{f.code}: {f.message}" for f in found]


# The findings of pairs linted ahead (`lint_ahead`) with the glossary held in _AHEAD_TERMS
_AHEAD: dict[tuple[str, str], list] = {}
_AHEAD_TERMS: list = []


def sentence_findings(terms, zh: str, en: str) -> list:
    """The findings of one sentence pair, as a one-unit draft (found by `lint_ahead` when the
    pair was linted ahead with the same glossary)."""
    if _AHEAD_TERMS and _AHEAD_TERMS[0] is terms and (zh, en) in _AHEAD:
        return list(_AHEAD[zh, en])
    return list(iter_findings([LintUnit("1", "staples:1", zh, en, doc="d")], terms))


def batch_findings(terms, pairs: list[tuple[str, str]]) -> list[list]:
    """The findings of each pair as `sentence_findings` gives them, all linted in one pass:
    each pair is its own document, so no pair's terms reach another's consistency check."""
    units = [LintUnit(str(k), f"staples:{k}", zh, en, doc=f"d{k}")
             for k, (zh, en) in enumerate(pairs)]
    out: list[list] = [[] for _ in pairs]
    for finding in iter_findings(units, terms):
        out[int(finding.unit_id)].append(finding)
    return out


@cache
def shipped_findings(pairs: tuple[tuple[str, str], ...]) -> tuple[list, ...]:
    """`batch_findings` with the shipped glossary, cached by the pairs: a round of staples lints
    each of its tables once per session."""
    from tifa.glossary.store import load_glossary

    return tuple(batch_findings(load_glossary(env=False), list(pairs)))


def noisy(pairs: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """The pairs of `pairs` with a finding (shipped glossary), and their findings."""
    found = shipped_findings(tuple(pairs))
    return [(en, [f"{f.code}: {f.message}" for f in got])
            for (_zh, en), got in zip(pairs, found, strict=True) if got]


def slip_misses(terms, rows) -> list[tuple[str, list[str]]]:
    """The slipped twins of `rows` (Chinese, correct English, slip, code, term) that do not give
    exactly one finding, of their code, naming their entry (its Chinese for a missing
    rendering, the rendering to use for a deprecated one); with their findings."""
    found = shipped_findings(tuple((r[0], r[2]) for r in rows))
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    wrong = []
    for (_zh, _good, slip, code, term), got in zip(rows, found, strict=True):
        entry = forms[term]
        named = [f.term if code == MISS else f.expected for f in got]
        if [f.code for f in got] != [code] or named != [entry.zh if code == MISS else entry.en]:
            wrong.append((slip, [f"{f.code}: {f.message}" for f in got]))
    return wrong


def pair_codes(terms, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """The codes of each sentence pair's findings, all linted in one pass (`batch_findings`)."""
    ordered = sorted(pairs)
    return {pair: [f.code for f in found]
            for pair, found in zip(ordered, batch_findings(terms, ordered), strict=True)}


def set_codes(terms, rows: list[dict[str, str]], silent: list[tuple[str, str]],
              found: list[tuple[str, str, str]]) -> dict[tuple[str, str], list[str]]:
    """The codes of every sentence pair of a planted set's module, from one lint run: the
    set's three English columns, its correct wordings written apart (`silent`: zh, en) and
    its slips outside the set (`found`: zh, en, code)."""
    pairs = {(row["zh"], row[col]) for row in rows for col in ("en", "en2", "slipped")}
    return pair_codes(terms, pairs | set(silent) | {(zh, en) for zh, en, _ in found})


def shape_errors(rows: list[dict[str, str]], kinds: set[str], count: int) -> list[str]:
    """What is wrong with a planted set's shape: its kinds, its number of rows, a slip equal
    to its correct wording, a row without a second wording of its own."""
    return ([f"kinds {sorted({row['kind'] for row in rows} ^ kinds)}"]
            if {row["kind"] for row in rows} != kinds else []) + \
        ([f"{len(rows)} rows, not {count}"] if len(rows) != count else []) + \
        [f"{row['part']} {row['kind']}: {row['en'][:50]}" for row in rows
         if row["en"] == row["slipped"] or not row["en2"]
         or row["en2"] in (row["en"], row["slipped"])]


def noisy_and_missed(codes: dict[tuple[str, str], list[str]], silent: list[tuple[str, str]],
                     found: list[tuple[str, str, str]]) -> tuple[list[str], list[str]]:
    """The correct wordings written apart that have a finding, and the slips outside the set
    not found once by their check."""
    return ([f"{en} -> {codes[zh, en]}" for zh, en in silent if codes[zh, en]],
            [f"{en} -> {codes[zh, en]}, not [{code}]" for zh, en, code in found
             if codes[zh, en] != [code]])


def planted_errors(rows: list[dict[str, str]], codes: dict[tuple[str, str], list[str]],
                   left: set[tuple[str, str]] = frozenset()) -> list[str]:
    """Each row of a planted set whose correct or second wording (`en`, `en2`) has a finding,
    or whose slip is not found once by its check (but the (part, kind) rows `left`)."""
    wrong = [f"{row['part']} {column}: {row[column][:50]} -> {codes[row['zh'], row[column]]}"
             for row in rows for column in ("en", "en2") if codes[row["zh"], row[column]]]
    return wrong + [f"{row['part']} slipped: {row['slipped'][:50]} -> "
                    f"{codes[row['zh'], row['slipped']]}, not [{row['code']}]"
                    for row in rows if codes[row["zh"], row["slipped"]] != [row["code"]]
                    and (row["part"], row["kind"]) not in left]


def lint_ahead(terms, pairs) -> None:
    """Lint `pairs` in one pass (`batch_findings`) for the `sentence_findings` calls of the
    tests to come, each pair's findings as its one-unit draft gives them (its id and
    location): a module's parametrized cases then cost a look-up each, not a lint (one lint
    per pair took ~4x the CPU; twenty-second round)."""
    if not (_AHEAD_TERMS and _AHEAD_TERMS[0] is terms):  # another module's glossary
        _AHEAD.clear()
        _AHEAD_TERMS[:] = [terms]
    todo = [pair for pair in dict.fromkeys(pairs) if pair not in _AHEAD]
    for k, (pair, found) in enumerate(zip(todo, batch_findings(terms, todo), strict=True)):
        here = f"staples:{k}"
        _AHEAD[pair] = [replace(f, unit_id="1", location="staples:1",
                                target_location="staples:1" if f.target_location == here
                                else f.target_location) for f in found]


def sentence_codes(terms, zh: str, en: str) -> list[str]:
    """The codes of one sentence pair's findings."""
    return [f.code for f in sentence_findings(terms, zh, en)]


def assert_silent(terms, zh: str, en: str) -> None:
    """A correct translation: no finding."""
    found = sentence_findings(terms, zh, en)
    assert found == [], [f"{f.code}: {f.message}" for f in found]


def assert_one_finding(terms, zh: str, slipped: str, code: str, term: str) -> None:
    """A slipped rendering of `term`: exactly one finding, of `code`, naming the entry (its
    Chinese for a missing rendering, the rendering to use for a deprecated one)."""
    found = sentence_findings(terms, zh, slipped)
    assert [f.code for f in found] == [code], [f"{f.code}: {f.message}" for f in found]
    entry = next(e for e in terms if term in (e.zh, *e.zh_variants))
    assert found[0].term == entry.zh if code == "term-missing" else found[0].expected == entry.en


def variant_swaps(terms, staples, skip: set[str]) -> list[tuple[str, str]]:
    """Each correct sentence of a round of staples (`staples`: Chinese, correct English,
    slip, code, term) with its entry's rendering replaced by each accepted variant, but for
    the terms in `skip`."""
    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    out = []
    for zh, good, _slip, _code, term in staples:
        entry = forms[term]
        at = good.lower().find(entry.en.lower())
        if term in skip or at < 0:
            continue
        out += [(zh, good[:at] + v.text + good[at + len(entry.en):]) for v in entry.en_variants]
    return out


def lookup_misses(terms, staples) -> tuple[int, list[str]]:
    """The entries of a round of staples (`staples`: … term last) and the queries `tifa glossary
    lookup` does not answer with them: each Chinese form first, the rendering first, each
    accepted variant among its answers."""
    from tifa.glossary.lookup import lookup

    forms = {f: e for e in terms for f in (e.zh, *e.zh_variants)}
    entries = [forms[s[4]] for s in staples]
    wrong = []
    for entry in entries:
        wrong += [q for q in (entry.zh, *entry.zh_variants)
                  if lookup(terms, q)[0].entry is not entry]
        if lookup(terms, entry.en)[0].entry is not entry:
            wrong.append(entry.en)
        wrong += [v.text for v in entry.en_variants
                  if entry not in [m.entry for m in lookup(terms, v.text)]]
    return len(entries), wrong
