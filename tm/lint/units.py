"""What lint reads and what it reports: units of a draft, findings, and where they point.

Plain data shared by the readers, the checks and the reports, so that none of them has to import
the package that runs them. A TMX `TranslationUnit` becomes a `LintUnit` in one place,
`LintUnit.from_tmx`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tifa.tm.base.tmx import TranslationUnit

SEVERITIES = ("error", "warning", "info")  # info: shown, fails the run only with --fail-on info


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
    para: str = ""  # paragraph the unit belongs to, when the input has paragraphs ("" if not)
    # How the aligner paired this unit (plain-text drafts only): "" confident, "omission"
    # (Chinese without English), "addition" (English without Chinese), "doubtful".
    alignment: str = ""
    # Plain-text drafts: (start, end) of a stretch at the start or end of a paired source that
    # seems to have no English (half of a sentence split in two, dropped); None if none.
    untranslated: tuple[int, int] | None = None

    @classmethod
    def from_tmx(cls, unit: TranslationUnit, number: int, file: str = "<units>") -> LintUnit:
        """The TMX unit as lint sees it: its tuid (or its number in the file) names it."""
        uid = unit.tuid or str(number)
        return cls(uid, f"{file}:{uid}", unit.source, unit.target, list(unit.notes or []))


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
    severity: str  # "error" | "warning" | "info"
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
    # What another unit of a plain-text pair may give instead, where a translator moved it
    # (`checks.settle_moved`): ("lost" | "added", kind, value) for a figure, ("changed",
    # kind, value, the English's value) for a figure given as another, ("name", key) for a
    # name; None for a finding no other unit can settle
    moved: tuple | None = None
    # a lost or added figure's measure: (dimension, size in the dimension's base unit), so
    # that one moved may settle it given in another unit ("884-megawatt" for 88.4万千瓦)
    measure: tuple | None = None

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


def ends_as_heading(text: str) -> bool:
    """Does `text` end as a heading does, without the punctuation that ends running text or a
    clause (closing quotes and brackets aside)? 我市开展防范非法集资活动集中宣传活动 does;
    …参加活动。 and a clause cut at ， do not."""
    bare = text.strip().rstrip("”’\"')）")
    return bool(bare) and bare[-1] not in "。！？；…!?.;:：，,"


def skipped_text(skipped: dict[str, int]) -> str:
    """The segments a reader did not lint, for a person: "3 segment(s) skipped (not for
    translation 2, tags only 1)"."""
    return (f"{sum(skipped.values())} segment(s) skipped ("
            + ", ".join(f"{why} {n}" for why, n in sorted(skipped.items())) + ")")


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
