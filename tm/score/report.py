"""Score reports: a text table, JSON, CSV (one row per system and segment) and an HTML page.

The HTML page is one self-contained file (no script, no external resource): the table, one
inline-SVG bar chart per metric, term accuracy per status and category, and per system the
segments with the most missed terms, source terms and renderings highlighted.
"""

from __future__ import annotations

import csv
import html
import json
import math
from json.encoder import encode_basestring
from typing import IO

import numpy as np
from tifa.tm.score import MetricInfo, ScoreReport, SystemScores
from tifa.tm.score.bootstrap import ALPHA
from tifa.tm.score.metrics import (
    DEP_TERMS,
    DEPRECATED,
    FOUND,
    MATCHED,
    NUMBERS,
    TERMS,
    WORDS,
    term_table,
)

JSON_FORMAT = 1
WORST = 10          # segments shown per system in the HTML page


def _fmt(value: float | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.{digits}f}"


def _num(value: float | None) -> float | None:
    """JSON has no NaN: n/a becomes null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), 4)


def _significant(system: SystemScores, key: str) -> bool:
    est = system.estimates.get(key)
    return est is not None and est.significant


def _summary_lines(report: ScoreReport) -> list[str]:
    inp = report.input
    lines = [f"tifa score {report.version}: {len(inp.segments):,} segment(s) scored"
             + (f", {inp.unaligned:,} source sentence(s)/unit(s) left unaligned (no reference "
                "counterpart)" if inp.has_reference else " (no reference: term and number "
                "metrics only)")]
    lines += [f"note: {n}" for n in inp.notes]
    if report.n_bootstrap and len(report.systems) > 1:
        lines.append(f"paired bootstrap: {report.n_bootstrap:,} resamples (seed {report.seed}),"
                     f" baseline {report.baseline}; * = p < 0.05 against the baseline")
    return lines


# ---------------------------------------------------------------- text


def write_text(report: ScoreReport, out: IO[str]) -> None:
    metrics = report.metrics
    head = ["system"] + [f"{m.name} {'↑' if m.higher_is_better else '↓'}" for m in metrics]
    rows = [head]
    for system in report.systems:
        rows.append([system.name] + [
            _fmt(system.scores[m.key]) + ("*" if _significant(system, m.key) else "")
            for m in metrics])
    widths = [max(len(r[c]) for r in rows) for c in range(len(head))]
    for line in _summary_lines(report):
        out.write(line + "\n")
    out.write("\n")
    for r in rows:
        out.write("  ".join(cell.ljust(widths[0]) if c == 0 else cell.rjust(widths[c])
                            for c, cell in enumerate(r)).rstrip() + "\n")
    out.write("\nterm accuracy by entry status and category (matched/terms):\n")
    for system in report.systems:
        parts = [f"{label} " + ", ".join(f"{k} {m}/{t}" for k, (m, t) in table.items())
                 for label, table in (("status:", system.by_status),
                                      ("category:", system.by_category)) if table]
        out.write(f"  {system.name}: {'; '.join(parts) or 'no glossary term in the source'}\n")
    out.write("\n")
    for m in metrics:
        if m.signature:
            out.write(f"{m.name}|{m.signature}\n")
    out.write(f"tifa {report.version} term metrics: see docs/score.md\n")


# ---------------------------------------------------------------- JSON


def to_json(report: ScoreReport, segments: bool = True) -> dict:
    """The JSON report as Python values (`segments=False`: without the segment rows)."""
    inp = report.input
    systems = []
    for system in report.systems:
        scores = {}
        for m in report.metrics:
            est = system.estimates.get(m.key)
            scores[m.key] = {"score": _num(system.scores[m.key]),
                             "mean": _num(est.mean) if est else None,
                             "ci95": _num(est.ci) if est else None,
                             "p_value": _num(est.p) if est else None,
                             "significant": _significant(system, m.key)}
        systems.append({
            "name": system.name, "scores": scores,
            "terms_by_status": {k: {"matched": a, "terms": b}
                                for k, (a, b) in system.by_status.items()},
            "terms_by_category": {k: {"matched": a, "terms": b}
                                  for k, (a, b) in system.by_category.items()},
            "counts": system.counts,
            **({"segments": _segment_rows(report, system)} if segments else {}),
        })
    return {
        "version": report.version,
        "format": JSON_FORMAT,
        "sacrebleu": {"version": report.sacrebleu_version,
                      "signatures": {m.name: m.signature for m in report.metrics
                                     if m.signature}},
        "segments": {"scored": len(inp.segments), "unaligned": inp.unaligned,
                     "aligned_with_tifa_align": inp.aligned, "notes": inp.notes},
        "reference": inp.has_reference,
        "bootstrap": {"resamples": report.n_bootstrap, "seed": report.seed,
                      "baseline": report.baseline, "alpha": ALPHA} if report.n_bootstrap
        else None,
        "metrics": [{"key": m.key, "name": m.name, "higher_is_better": m.higher_is_better,
                     "unit": m.unit, "description": m.description} for m in report.metrics],
        "systems": systems,
    }


_ROW_COUNTS = (("terms", TERMS), ("terms_matched", MATCHED), ("terms_deprecated", DEP_TERMS),
               ("deprecated_renderings", DEPRECATED), ("words", WORDS), ("numbers", NUMBERS),
               ("numbers_found", FOUND))


def _segment_columns(report: ScoreReport, system: SystemScores) -> tuple[list[str], list[list]]:
    """The keys of a segment row and, per key, its values over the segments (the counts
    from the term table)."""
    table = system.term_table if system.term_table is not None else \
        term_table(system.segment_terms)
    segments = report.input.segments
    keys = ["id", "location"]
    columns: list[list] = [[seg.id for seg in segments], [seg.location for seg in segments]]
    for key in ("bleu", "chrf", "ter"):
        if key in system.sentences:
            keys.append(key)
            columns.append([_num(v) for v in system.sentences[key]])
    for key, column in _ROW_COUNTS:
        keys.append(key)
        columns.append(table[:, column].astype(np.int64).tolist())
    return keys, columns


def _segment_rows(report: ScoreReport, system: SystemScores) -> list[dict]:
    keys, columns = _segment_columns(report, system)
    return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]


def _segment_lines(report: ScoreReport, system: SystemScores) -> list[str]:
    """`_segment_rows` as the json module writes each without indent, value by value (the
    same text, without a dict and an encoder call per row)."""
    keys, columns = _segment_columns(report, system)
    template = "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: %s" for k in keys) + "}"
    texts = [list(map(encode_basestring, columns[0])), list(map(encode_basestring, columns[1]))]
    for key, column in zip(keys[2:], columns[2:], strict=True):
        if key in ("bleu", "chrf", "ter"):   # floats, None (null) where not defined
            texts.append(["null" if v is None else float.__repr__(v) for v in column])
        else:
            texts.append(list(map(int.__repr__, column)))
    return [template % values for values in zip(*texts, strict=True)]


def write_json(report: ScoreReport, out: IO[str]) -> None:
    """The report with `indent=1`, except that each segment row is one line: the same JSON
    value (an indented dump of 100,000 rows goes through the json module's pure-Python
    encoder: seconds)."""
    data = to_json(report, segments=False)
    mark = "tifa-segment-rows"
    while mark in json.dumps(data, ensure_ascii=False):
        mark += "-"
    for k, system in enumerate(data["systems"]):
        system["segments"] = f"{mark}-{k}"
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for k, system in enumerate(report.systems):
        lines = ",\n".join(_segment_lines(report, system))
        text = text.replace(json.dumps(f"{mark}-{k}"), f"[\n{lines}\n]" if lines else "[]", 1)
    out.write(text)
    out.write("\n")


# ---------------------------------------------------------------- CSV

CSV_SEGMENT = ("bleu", "chrf", "ter", "terms", "terms_matched", "terms_deprecated",
               "deprecated_renderings", "words", "numbers", "numbers_found")


def write_csv(report: ScoreReport, out: IO[str]) -> None:
    """One row per system and segment, after one "corpus" row per system with its scores."""
    keys = [m.key for m in report.metrics]
    fields = ["system", "segment", "location", *keys, *(f"{k}_p" for k in keys),
              *[c for c in CSV_SEGMENT if c not in keys], "source", "reference", "hypothesis"]
    writer = csv.DictWriter(out, fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for system in report.systems:
        row = {"system": system.name, "segment": "corpus"}
        for m in report.metrics:
            row[m.key] = _csv(system.scores[m.key])
            est = system.estimates.get(m.key)
            row[f"{m.key}_p"] = _csv(est.p) if est and est.p is not None else ""
        row.update({k: system.counts.get(k, "") for k in ("words",)})
        writer.writerow(row)
    for s, system in enumerate(report.systems):
        for seg, seg_row in zip(report.input.segments, _segment_rows(report, system),
                                strict=True):
            writer.writerow({"system": system.name, "segment": seg.id,
                             **{k: _csv(v) for k, v in seg_row.items() if k != "id"},
                             "source": seg.source, "reference": seg.reference or "",
                             "hypothesis": seg.hypotheses[s]})


def _csv(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px}
th{background:#f0f0f0;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.best{font-weight:bold}.sig{color:#b00020;font-weight:bold}.ci{color:#777;font-size:11px}
.charts{display:flex;flex-wrap:wrap;gap:10px}.chart{border:1px solid #ddd;padding:6px}
.chart h3{font-size:13px;margin:0 0 4px}
mark.term{background:#ffe082}mark.ok{background:#a5d6a7}mark.bad{background:#ff8a80}
table.worst td{vertical-align:top;font-size:13px;max-width:420px}
.meta{color:#555;font-size:13px}code{font-size:12px}
"""
_COLOURS = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#5d4037",
            "#ad1457", "#455a64", "#9e9d24")


def write_html(report: ScoreReport, out: IO[str]) -> None:
    e = html.escape
    out.write("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
              f"<title>tifa score</title><style>{_CSS}</style></head><body>\n"
              "<h1>tifa score report</h1>\n")
    out.write("".join(f"<p class='meta'>{e(line)}</p>\n" for line in _summary_lines(report)))
    out.write("<h2>Scores</h2>\n" + _html_table(report))
    out.write("<h2>Charts</h2>\n<div class='charts'>\n")
    for m in report.metrics:
        out.write(_chart(report, m))
    out.write("</div>\n<h2>Term accuracy by entry status and category</h2>\n")
    out.write(_breakdown_table(report))
    out.write("<h2>Segments with the most missed terms</h2>\n<p class='meta'>"
              "<mark class='term'>source term</mark> <mark class='ok'>accepted rendering</mark>"
              " <mark class='bad'>deprecated rendering</mark></p>\n")
    for s, system in enumerate(report.systems):
        out.write(_worst(report, s, system))
    out.write("<h2>Signatures</h2>\n<p class='meta'>" + "<br>".join(
        f"<code>{e(m.name)}|{e(m.signature)}</code>" for m in report.metrics if m.signature)
        + f"<br>tifa {e(report.version)}, term metrics as in docs/score.md</p>\n")
    out.write("</body></html>\n")


def _best(report: ScoreReport, m: MetricInfo) -> float | None:
    values = [s.scores[m.key] for s in report.systems if not math.isnan(s.scores[m.key])]
    if len(values) < 2:
        return None
    return max(values) if m.higher_is_better else min(values)


def _html_table(report: ScoreReport) -> str:
    e = html.escape
    head = "".join(f"<th title='{e(m.description)}'>{e(m.name)} "
                   f"{'↑' if m.higher_is_better else '↓'}</th>" for m in report.metrics)
    rows = []
    for system in report.systems:
        cells = []
        for m in report.metrics:
            value = system.scores[m.key]
            est = system.estimates.get(m.key)
            best = _best(report, m)
            cls = "n best" if best is not None and value == best else "n"
            star = "<span class='sig'>*</span>" if _significant(system, m.key) else ""
            extra = ""
            if est is not None and not math.isnan(est.mean):
                p = f", p = {est.p:.4f}" if est.p is not None else ""
                extra = f"<br><span class='ci'>μ {est.mean:.1f} ± {est.ci:.1f}{p}</span>"
            cells.append(f"<td class='{cls}'>{_fmt(value)}{star}{extra}</td>")
        rows.append(f"<tr><th>{e(system.name)}</th>{''.join(cells)}</tr>")
    return f"<table id='scores'><tr><th>system</th>{head}</tr>\n" + "\n".join(rows) + \
        "</table>\n"


def _chart(report: ScoreReport, m: MetricInfo) -> str:
    """A horizontal bar per system; percentages on a 0-100 axis, others on 0-max."""
    e = html.escape
    values = [s.scores[m.key] for s in report.systems]
    finite = [v for v in values if not math.isnan(v)]
    top = 100.0 if m.unit == "%" or m.key in ("bleu", "chrf") else max(finite + [1e-9])
    top = max(top, max(finite, default=0.0))
    label_w, bar_w, row_h = 130, 150, 20
    height = row_h * len(values) + 8
    parts = [f"<div class='chart'><h3>{e(m.name)} {'↑' if m.higher_is_better else '↓'}</h3>"
             f"<svg xmlns='http://www.w3.org/2000/svg' width='{label_w + bar_w + 60}' "
             f"height='{height}' role='img' aria-label='{e(m.name)}'>"]
    for i, (system, value) in enumerate(zip(report.systems, values, strict=True)):
        y = 4 + i * row_h
        name = system.name if len(system.name) <= 19 else "…" + system.name[-18:]
        parts.append(f"<text x='0' y='{y + 14}' font-size='11'>{e(name)}</text>")
        if math.isnan(value):
            parts.append(f"<text x='{label_w}' y='{y + 15}' font-size='12'>n/a</text>")
            continue
        width = 0 if top <= 0 else max(1.0, bar_w * value / top)
        colour = _COLOURS[i % len(_COLOURS)]
        parts.append(f"<rect class='bar' x='{label_w}' y='{y + 3}' width='{width:.1f}' "
                     f"height='{row_h - 6}' fill='{colour}'/>"
                     f"<text x='{label_w + width + 4:.1f}' y='{y + 15}' font-size='12'>"
                     f"{_fmt(value)}{'*' if _significant(system, m.key) else ''}</text>")
    parts.append("</svg></div>\n")
    return "".join(parts)


def _breakdown_table(report: ScoreReport) -> str:
    """One row per entry status and category, one column per system."""
    e = html.escape
    groups: list[tuple[str, str]] = []
    for system in report.systems:
        for kind, table in (("status", system.by_status), ("category", system.by_category)):
            for k in table:
                if (kind, k) not in groups:
                    groups.append((kind, k))
    if not groups:
        return "<p class='meta'>No glossary term in the source.</p>\n"
    head = "".join(f"<th>{e(s.name)}</th>" for s in report.systems)
    rows = []
    for kind, k in groups:
        cells = []
        for system in report.systems:
            m, t = (system.by_status if kind == "status" else system.by_category).get(k, (0, 0))
            cells.append(f"<td class='n'>{_fmt(100 * m / t) if t else '–'}"
                         f"<br><span class='ci'>{m}/{t}</span></td>")
        rows.append(f"<tr><th>{e(kind)}: {e(k)}</th>{''.join(cells)}</tr>")
    return f"<table><tr><th>term accuracy</th>{head}</tr>\n" + "\n".join(rows) + "</table>\n"


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` escaped, with non-overlapping spans wrapped in <mark class=...>."""
    out, at = [], 0
    for start, end, cls in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<mark class='{cls}'>{html.escape(text[start:end])}</mark>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _english_spans(report: ScoreReport, text: str, entries) -> list[tuple[int, int, str]]:
    scorer = report.scorer
    return [(*scorer.matcher.en_span(text, p.start, p.key), "ok" if p.accepted else "bad")
            for p in scorer.places(text, entries)]


def _source_spans(scorer, seg) -> list[tuple[int, int, str]]:
    """The source terms to highlight: the glossary's, or with `--terms` the annotated ones
    wherever their text stands in the segment."""
    if seg.terms is None:
        return [(h.start, h.end, "term") for h in scorer.matcher.find_zh(seg.source)]
    spans = []
    for zh in {scorer.entries[x].zh for x in seg.terms}:
        at = seg.source.find(zh)
        while at >= 0:
            spans.append((at, at + len(zh), "term"))
            at = seg.source.find(zh, at + 1)
    return spans


def _worst(report: ScoreReport, s: int, system: SystemScores) -> str:
    e = html.escape
    ranked = []
    for i, t in enumerate(system.segment_terms):
        missed = sum(o[1] != 1 for o in t.occurrences)
        if missed:
            ranked.append((-missed, len(t.occurrences) and
                           sum(o[1] == 1 for o in t.occurrences) / len(t.occurrences), i))
    ranked.sort()
    title = f"<h3>{e(system.name)}: {len(ranked):,} segment(s) with a missed term</h3>\n"
    if not ranked:
        return title
    rows = []
    scorer = report.scorer
    for _, _, i in ranked[:WORST]:
        seg = report.input.segments[i]
        t = system.segment_terms[i]
        entries = sorted({o[0] for o in t.occurrences})
        src_spans = _source_spans(scorer, seg)
        hyp = seg.hypotheses[s]
        ref_cell = ""
        if seg.reference is not None:
            spans = _english_spans(report, seg.reference, entries)
            ref_cell = f"<td>{_marked(seg.reference, spans)}</td>"
        expected = "; ".join(e(scorer.entries[x].zh) + " → " + e(scorer.entries[x].en or
                                                                    scorer.entries[x].accepted[0])
                             for x in entries)
        matched = sum(o[1] == 1 for o in t.occurrences)
        rows.append(
            f"<tr><td class='meta'>{e(seg.location)}<br>{matched}/{len(t.occurrences)} terms"
            f"</td><td lang='zh'>{_marked(seg.source, src_spans)}</td>"
            f"<td>{_marked(hyp, _english_spans(report, hyp, entries))}</td>{ref_cell}"
            f"<td class='meta'>{expected}</td></tr>")
    ref_head = "<th>reference</th>" if report.input.has_reference else ""
    return (title + "<table class='worst'><tr><th>where</th><th>source</th><th>hypothesis</th>"
            f"{ref_head}<th>glossary</th></tr>\n" + "\n".join(rows) + "</table>\n")


WRITERS = {"text": write_text, "json": write_json, "csv": write_csv, "html": write_html}
