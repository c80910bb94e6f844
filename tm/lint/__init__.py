"""Consistency lint of draft translations: units in, findings out, one pass, constant memory.

`readers` turns a bilingual file (TMX, XLIFF, PO, CSV/TSV, or two plain-text files) into
`LintUnit`s, `checks` holds one class per finding code, `report` writes text/json/csv/html and
`config` reads `[tool.tifa]` / `tifa.yaml`. `iter_findings` streams: findings come out as units
go in, so a million-unit file does not grow memory (only the per-document consistency state
grows, and that is bounded, see `checks.MAX_STATE`). A pair of plain texts, which the reader
holds whole anyway, gives its findings at its end, once the units that may settle a fact moved
between paragraphs are all in (`checks.settle_moved`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tifa.tm.base.tmx import TranslationUnit
from tifa.tm.lint.checks import Context, TmSource, make_checks, settle_moved
from tifa.tm.lint.config import LintConfig
from tifa.tm.lint.report import REPORTERS
from tifa.tm.lint.units import SEVERITIES, Finding, LintUnit, Span, suppressed_codes

if TYPE_CHECKING:  # the glossary is loaded only when a command needs it
    from tifa.glossary.entry import Glossary

__all__ = ["LintUnit", "Span", "Finding", "iter_findings", "lint_units", "write_report",
           "SEVERITIES", "suppressed_codes"]

SERIAL_UNITS = 2_000  # units checked in-process before a pool is worth its start-up
CHUNK = 500  # units per task sent to a worker
_WORKER: dict = {}  # the Context and checks a forked worker inherits


def _as_unit(unit: LintUnit | TranslationUnit, count: int) -> LintUnit:
    return unit if isinstance(unit, LintUnit) else LintUnit.from_tmx(unit, count)


def _prepare(unit: LintUnit, ctx, checks) -> list:
    """Each check's per-unit work (None for a check the unit's notes switch off)."""
    ctx.start_unit(unit)
    skip = suppressed_codes(unit.notes)
    return [None if skip and ("*" in skip or check.code in skip) else check.prepare(unit, ctx)
            for check in checks]


def _prepare_chunk(rows: list[tuple]) -> list[list]:
    """In a worker: `_prepare` for each unit, sent as a plain tuple (cheaper to pickle)."""
    ctx, checks = _WORKER["ctx"], _WORKER["checks"]
    return [[r or None for r in _prepare(LintUnit(*row), ctx, checks)] for row in rows]


def _row(u: LintUnit) -> tuple:
    return (u.id, u.location, u.source, u.target, u.notes, u.doc, u.target_location, u.para,
            u.alignment, u.untranslated)


def _chunks(units: Iterable, start: int) -> Iterator[list[LintUnit]]:
    chunk: list[LintUnit] = []
    for unit in units:
        start += 1
        chunk.append(_as_unit(unit, start))
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(units: Iterator, count: int, ctx, checks, jobs: int):
    """(unit, prepared) in input order, the per-unit work done by `jobs` forked workers.

    At most 2 × jobs chunks are in flight, so memory stays flat however long the input is.
    Workers are forked (`tm.base.pool`), so they share the parent's matcher (no rebuild) and
    its string hash seed (the consistency checks compare hashes computed in different workers).
    """
    from collections import deque

    from tifa.tm.base.pool import imap

    _WORKER.update(ctx=ctx, checks=checks)
    sent: deque[list[LintUnit]] = deque()

    def tasks():
        for chunk in _chunks(units, count):
            sent.append(chunk)
            yield [_row(u) for u in chunk]

    try:
        for prepared in imap(_prepare_chunk, tasks(), jobs):
            yield from zip(sent.popleft(), prepared, strict=True)
    finally:
        _WORKER.clear()


def _jobs() -> int:
    """Worker processes: TIFA_JOBS, else one per core when there are several (fork only)."""
    from tifa.tm.base.pool import jobs

    return jobs()


def iter_findings(units: Iterable[LintUnit], glossary: Glossary | None = None,
                  tm: TmSource | None = None, config: LintConfig | None = None,
                  stats: dict | None = None, jobs: int | None = None) -> Iterator[Finding]:
    """Run the selected checks over `units` and yield findings as they are found.

    `glossary` is a `glossary.entry.Glossary`, `tm` a path to a
    TMX file or a {match_key(source): [targets]} dict, `config` a `config.LintConfig`.
    `stats`, if given, receives "units" (the number of units checked). Past the first
    `SERIAL_UNITS` units the per-unit work moves to `jobs` worker processes (default: one per
    core, `TIFA_JOBS=0` to stay in one process); the output is the same, in the same order.
    """
    config = config or LintConfig()
    ctx = Context(glossary, tm)
    checks = make_checks(config)
    severity = config.severity
    jobs = _jobs() if jobs is None else jobs
    units = iter(units)
    seen = count = 0
    held_doc = ""  # the document of the plain-text pair whose findings are held

    def serial():
        nonlocal seen
        for unit in units:
            seen += 1
            unit = _as_unit(unit, seen)
            yield unit, _prepare(unit, ctx, checks)
            if jobs > 1 and seen >= SERIAL_UNITS:
                return

    # while a check holds a headline's findings back, every check's wait with them and come
    # out in the units' order (`Check.headline`); a plain-text pair's wait for its end, where
    # a fact another unit gives settles them (`settle_moved`)
    waiting: list[tuple[int, Finding]] = []
    place: dict[str, int] = {}
    shared: dict[str, list[int]] = {}  # every place of a unit id
    texts: dict[int, tuple[str, str]] = {}  # the held plain-text pair's units, by place

    def in_order() -> list[Finding]:
        nonlocal waiting
        if texts:
            waiting = settle_moved(waiting, texts, ctx.matcher)
            texts.clear()
        waiting.sort(key=lambda pair: pair[0])
        out = [finding for _, finding in waiting]
        waiting.clear()
        place.clear()
        shared.clear()
        return out

    def where(finding: Finding) -> int:
        """The place of a finding a check gives after its unit: a paragraph's beads share an
        id, so the bead whose texts the finding gives (genres17), else the id's first."""
        return next((p for p in shared.get(finding.unit_id, ())
                     if texts.get(p) == (finding.source, finding.target)),
                    place.get(finding.unit_id, count))

    def finished(pairs):
        nonlocal count, held_doc
        for unit, prepared in pairs:
            count += 1
            if texts and unit.doc != held_doc:
                yield from in_order()
            place.setdefault(unit.id, count)
            shared.setdefault(unit.id, []).append(count)
            if unit.target_location is not None:  # a plain-text pair: held to its end
                held_doc = unit.doc
                texts[count] = (unit.source, unit.target)
            for check, result in zip(checks, prepared, strict=True):
                if result is None:
                    continue
                for finding in check.finish(unit, ctx, result):
                    finding.severity = severity.get(finding.code, finding.severity)
                    # (a unit's id may repeat in a paragraph: its own findings take its place)
                    at = count if finding.unit_id == unit.id else where(finding)
                    waiting.append((at, finding))
            if not texts and not any(check.holding(ctx) for check in checks):
                yield from in_order()

    yield from finished(serial())
    if jobs > 1 and seen >= SERIAL_UNITS:
        yield from finished(_pooled(units, seen, ctx, checks, jobs))
    for check in checks:  # what a check held back for a unit that never came
        for finding in check.close(ctx):
            finding.severity = severity.get(finding.code, finding.severity)
            waiting.append((where(finding), finding))
    yield from in_order()
    if stats is not None:
        stats["units"] = count


def lint_units(units: Iterable[LintUnit], glossary: Glossary | None = None,
               tm: TmSource | None = None, config: LintConfig | None = None) -> list[Finding]:
    """All findings for `units` as a list (the contract in ARCHITECTURE.md)."""
    return list(iter_findings(units, glossary, tm, config))


def write_report(units: Iterable, terms, tm_path, config, fmt: str, out, color: bool,
                 files: list[str], skipped: dict[str, int] | None = None) -> dict[str, int]:
    """Stream the findings into a report of format `fmt`; return the counts by severity.

    `skipped` (segments the reader did not lint, by reason) is filled while `units` is read,
    and goes into the summary beside the units checked."""
    stats: dict = {}
    reporter = REPORTERS[fmt](out, color)
    # The first unit is read before the report is begun: a file the reader refuses (its header,
    # its format, its encoding) must leave standard output empty, not a JSON or CSV report cut
    # after its opening (`-o FILE` is written aside and dropped; a pipe cannot be).
    units = iter(units)
    first = list(itertools.islice(units, 1))
    reporter.start()
    for finding in iter_findings(itertools.chain(first, units), terms, tm_path, config, stats):
        reporter.add(finding)
    reporter.finish(stats.get("units", 0), files, dict(skipped or {}))
    return dict(reporter.by_severity)
