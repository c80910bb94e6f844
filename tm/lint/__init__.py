"""Consistency lint of draft translations: units in, findings out, one pass, constant memory.

`readers` turns a bilingual file (TMX, XLIFF, PO, CSV/TSV, or two plain-text files) into
`LintUnit`s, `checks` holds one class per finding code, `report` writes text/json/csv/html and
`config` reads `[tool.tifa]` / `tifa.yaml`. `iter_findings` streams: findings come out as units
go in, so a million-unit file does not grow memory (only the per-document consistency state
grows, and that is bounded, see `checks.MAX_STATE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["LintUnit", "Span", "Finding", "iter_findings", "lint_units", "SEVERITIES"]

SEVERITIES = ("error", "warning")


@dataclass
class LintUnit:
    """One source/target pair of a draft, with a place the user can find it again."""

    id: str  # tuid, XLIFF id, PO msgctxt/line, CSV id or row, plain-text line
    location: str  # "FILE:LINE" or "FILE:tuid=ID": printed compiler-style
    source: str
    target: str
    notes: list[str] = field(default_factory=list)  # TMX <note>, XLIFF note, PO comment, CSV note
    doc: str = ""  # document the unit belongs to (consistency checks work per document)
    target_location: str | None = None  # plain-text drafts: "en.txt:LINE"


@dataclass
class Span:
    """The offending characters: `side` is "source" or "target", offsets into that text."""

    side: str
    start: int
    end: int
    text: str


@dataclass
class Finding:
    code: str
    severity: str  # "error" | "warning"
    unit_id: str
    location: str
    source: str
    target: str
    message: str
    span: Span | None = None
    term: str | None = None  # the glossary term (Chinese) or the quantity concerned
    expected: str | None = None  # the rendering / value the target should have
    hint: str = ""
    target_location: str | None = None

    def to_json(self) -> dict:
        return {
            "id": self.unit_id,
            "location": self.location,
            "target_location": self.target_location,
            "code": self.code,
            "severity": self.severity,
            "source": self.source,
            "target": self.target,
            "span": None if self.span is None else {
                "side": self.span.side, "start": self.span.start, "end": self.span.end,
                "text": self.span.text},
            "term": self.term,
            "expected": self.expected,
            "message": self.message,
            "hint": self.hint,
        }


_SUPPRESS = re.compile(r"tifa:\s*ignore\b[ \t]*([a-z][a-z\-]*(?:[ \t]*,[ \t]*[a-z][a-z\-]*)*)?",
                       re.I)


def suppressed_codes(notes: Iterable[str]) -> set[str] | None:
    """Codes a unit's notes switch off: `tifa: ignore term-missing, punctuation`.

    Returns None when nothing is suppressed, {"*"} for a bare `tifa: ignore` (everything).
    """
    codes: set[str] = set()
    for note in notes:
        for m in _SUPPRESS.finditer(note or ""):
            if m.group(1):
                codes.update(c.strip().lower() for c in m.group(1).split(","))
            else:
                codes.add("*")
    return codes or None


def iter_findings(units: Iterable[LintUnit], glossary=None, tm=None, config=None,
                  stats: dict | None = None) -> Iterator[Finding]:
    """Run the selected checks over `units` and yield findings as they are found.

    `glossary` is a `glossary.model.Glossary` (or any iterable of entries), `tm` a path to a
    TMX file or a {match_key(source): [targets]} dict, `config` a `config.LintConfig`.
    `stats`, if given, receives "units" (the number of units checked).
    """
    from tm.lint.checks import Context, make_checks
    from tm.lint.config import LintConfig

    config = config or LintConfig()
    ctx = Context(glossary, tm)
    checks = make_checks(config)
    count = 0
    for unit in units:
        count += 1
        if not isinstance(unit, LintUnit):  # a tm.tmx.TranslationUnit, say
            uid = getattr(unit, "tuid", None) or str(count)
            unit = LintUnit(uid, f"<units>:{uid}", unit.source, unit.target,
                            list(getattr(unit, "notes", []) or []))
        ctx.start_unit(unit)
        skip = suppressed_codes(unit.notes)
        for check in checks:
            if skip and ("*" in skip or check.code in skip):
                continue
            for finding in check.run(unit, ctx):
                finding.severity = config.severity.get(finding.code, finding.severity)
                yield finding
    if stats is not None:
        stats["units"] = count


def lint_units(units: Iterable[LintUnit], glossary=None, tm=None, config=None) -> list[Finding]:
    """All findings for `units` as a list (the contract in ARCHITECTURE.md)."""
    return list(iter_findings(units, glossary, tm, config))
