"""`tifa build` as library code: corpus → segments → glossary exports → candidates → TM → lint.

The CLI only parses arguments, shows progress and prints the summary; everything the main job
does, in which order and to which files, is here. Each step reads what earlier steps left in the
`Build` and returns the summary rows it adds, so a step can be run (and tested) on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tifa.glossary.entry import Glossary
from tifa.glossary.export import export
from tifa.glossary.mine import mine, write_candidates
from tifa.glossary.store import load_glossary
from tifa.tm.base.files import TifaError, atomic_write, tsv_row
from tifa.tm.base.progress import Progress, counted
from tifa.tm.corpus.merge import SegmentSet, build_segments, write_segments
from tifa.tm.lint import write_report
from tifa.tm.lint.config import load_config
from tifa.tm.lint.readers import read_units
from tifa.tm.memory import build_tm

# File names `tifa build` gives each glossary export, by format.
GLOSSARY_EXPORTS = {"tbx": "glossary.tbx", "tbx2": "glossary-tbx2.tbx",
                    "tbx-omegat": "glossary-omegat.tbx", "tsv": "glossary-omegat.txt",
                    "csv": "glossary.csv", "tmx": "glossary-terms.tmx"}
CANDIDATES = 100  # how many mined candidates out/candidates.tsv keeps


@dataclass
class Row:
    """One line of the summary: what was counted, its value, and the file it went to."""

    label: str
    value: str
    path: str | None = None  # the file or directory it went to, as the user will read it

    def __str__(self) -> str:
        return f"{self.value}  → {self.path}" if self.path is not None else self.value


@dataclass
class Build:
    """What the steps share: inputs, output directory, and the results of earlier steps."""

    inputs: list[str]
    outdir: Path
    progress: Progress | None = None
    segments: SegmentSet | None = None
    glossary: Glossary | None = None
    rows: list[Row] = field(default_factory=list)

    def terms(self) -> Glossary:
        if self.glossary is None:
            self.glossary = load_glossary()
        return self.glossary


def write_file(path: Path, write: Callable[[TextIO], object]) -> None:
    """Write one output file atomically; an unwritable place is a one-line error."""
    try:
        with atomic_write(path) as fh:
            write(fh)
    except OSError as err:
        raise TifaError(f"cannot write: {err.strerror or err}", path) from None


def step_segments(build: Build) -> list[Row]:
    """Clean, split and merge the corpus; write segments.jsonl and removed.tsv."""
    segset = build_segments(build.inputs, progress=build.progress)
    build.segments = segset
    target = build.outdir / "segments.jsonl"
    write_file(target, lambda fh: write_segments(segset, "jsonl", fh))
    rep = segset.report
    removed = build.outdir / "removed.tsv"
    by_id = {seg.id: seg for seg in segset.segments}
    rows = [(item.kind, item.file, str(item.line), item.text) for item in rep.removed]
    rows += [(f"suspect OCR double {pair} (kept)", by_id[seg_id].sources[0].file,
              str(by_id[seg_id].sources[0].line), by_id[seg_id].text)
             for seg_id, pair in rep.suspects]
    write_file(removed, lambda fh: fh.writelines(
        tsv_row(row) for row in [("kind", "file", "line", "text"), *rows]))
    debris = sum(rep.debris.values())
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(rep.debris.items(), key=lambda kv: -kv[1]))
    return [
        Row("files", str(rep.files)),
        Row("articles", str(rep.articles)),
        Row("sentences read", str(rep.sentences)),
        Row("segments", str(rep.segments), str(target)),
        Row("exact duplicates", str(rep.exact_duplicates)),
        Row("merged variants", str(rep.merged_variants)),
        Row("removed debris", f"{debris} ({kinds})", str(removed)) if debris
        else Row("removed debris", "0"),
        Row("suspect OCR doubles", f"{len(rep.suspects)} kept as printed, listed in {removed}"),
    ]


def step_glossary(build: Build) -> list[Row]:
    """Check the curated glossary and write every CAT-tool export."""
    terms = build.terms()
    for fmt, name in GLOSSARY_EXPORTS.items():
        export(terms, fmt, build.outdir / name)
    names = ", ".join(GLOSSARY_EXPORTS.values())
    return [Row("glossary", f"{len(terms)} entries exported as {names}", f"{build.outdir}/")]


def step_candidates(build: Build) -> list[Row]:
    """Mine the segments for candidate formulations → candidates.tsv (best first)."""
    if build.segments is None:
        raise TifaError("the candidates step needs the segments step first")
    found = mine(build.segments.segments, glossary=build.terms(), top=CANDIDATES,
                 progress=build.progress)
    target = build.outdir / "candidates.tsv"
    write_file(target, lambda fh: write_candidates(found, "tsv", fh))
    new = sum(not c.in_glossary for c in found)
    return [Row("candidates", f"{len(found)} ({new} not in the glossary)", str(target))]


def translation_pairs(inputs: Iterable[str]) -> list[tuple[str, str]]:
    """(corpus directory, English file) for each CORPUS/en/*.en.txt translation."""
    return [(corpus, str(en)) for corpus in inputs if Path(corpus).is_dir()
            for en in sorted(Path(corpus, "en").glob("*.en.txt"))]


def step_tm(build: Build) -> list[Row]:
    """tm.tmx from the corpus and its translations in CORPUS/en/; doubtful beads to review."""
    pairs = translation_pairs(build.inputs)
    if not pairs:
        return [Row("translation memory", "skipped: no CORPUS/en/*.en.txt translations")]
    out = build.outdir / "tm.tmx"
    review = out.with_suffix(".review.tsv")
    report = build_tm(pairs, out, review, glossary=build.terms(), progress=build.progress)
    return [Row("translation memory", f"{report.units} units from {len(pairs)} translation(s)",
                str(out)),
            Row("TM review", f"{report.review} doubtful bead(s)", str(review))]


def step_lint(build: Build) -> list[Row]:
    """Lint the TM just built against the glossary → lint.html.

    The TM pairs the corpus with tifa's own reference translations, so this report should be
    quiet; anything it shows is either a translation slip or a glossary gap worth a look.
    """
    tmx = build.outdir / "tm.tmx"
    if not tmx.is_file():
        return [Row("lint report", "skipped: no translation memory to check")]
    terms = build.terms()
    target = build.outdir / "lint.html"
    with atomic_write(target) as fh:
        units = counted(read_units(tmx, None, None, terms), "lint: units checked", build.progress)
        counts = write_report(units, terms, None, load_config(), "html", fh, False, [str(tmx)])
    summary = ", ".join(f"{n} {sev}(s)" for sev, n in sorted(counts.items()) if n) or "clean"
    return [Row("lint report", f"{summary} on the TM", str(target))]


STEPS: list[Callable[[Build], list[Row]]] = [
    step_segments, step_glossary, step_candidates, step_tm, step_lint]


def run_build(inputs: list[str], outdir: Path, progress: Progress | None = None) -> Build:
    """The main job in data-flow order; returns the `Build` with every summary row."""
    if outdir.exists() and not outdir.is_dir():
        raise TifaError("exists and is not a directory (give -o a directory)", outdir)
    build = Build(list(inputs), outdir, progress)
    for step in STEPS:
        build.rows.extend(step(build))
    return build
