"""Writing findings: compiler-style text, JSON, CSV and a standalone HTML page for revisers.

Every reporter streams: `add(finding)` writes at once and only counts are kept, so the summary
comes last (in JSON the "summary" key follows "findings"; in HTML a CSS `order` shows the
counts at the top of the page).
"""

from __future__ import annotations

import csv
import html
import json
from collections import Counter
from typing import IO

from tifa.tm.base import VERSION
from tifa.tm.lint.units import Finding, skipped_text

# Every --json document of tifa carries tifa's version (docs/json.md).
JSON_VERSION = VERSION
CSV_FIELDS = ("id", "location", "target_location", "code", "severity", "source", "target",
              "span_side", "span_start", "span_end", "span_text", "term", "expected", "message",
              "hint")


_RANK = {"info": 0, "warning": 1, "error": 2}


class Reporter:
    def __init__(self, out: IO[str], color: bool = False) -> None:
        self.out = out
        self.color = color
        self.by_code: Counter[str] = Counter()
        self.by_severity: Counter[str] = Counter()
        self.code_severity: dict[str, str] = {}

    def start(self) -> None:
        pass

    def add(self, f: Finding) -> None:
        self.by_code[f.code] += 1
        self.by_severity[f.severity] += 1
        if _RANK.get(f.severity, 0) > _RANK.get(self.code_severity.get(f.code, ""), -1):
            self.code_severity[f.code] = f.severity  # the chip shows the worst severity
        self.write(f)

    def write(self, f: Finding) -> None:
        raise NotImplementedError

    def summary(self, units: int, files: list[str], skipped: dict[str, int] | None) -> dict:
        return {"units": units, "skipped": skipped or {}, "files": files,
                "findings": sum(self.by_code.values()),
                "errors": self.by_severity["error"], "warnings": self.by_severity["warning"],
                "infos": self.by_severity["info"],
                "by_code": dict(sorted(self.by_code.items()))}

    def finish(self, units: int, files: list[str],
               skipped: dict[str, int] | None = None) -> None:
        pass


class TextReporter(Reporter):
    """`FILE:LOC: severity code: message`, coloured on a terminal."""

    _COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}

    def write(self, f: Finding) -> None:
        sev, code = f.severity, f.code
        if self.color:
            sev = f"{self._COLORS.get(sev, '')}{sev}\033[0m"
            code = f"\033[1m{code}\033[0m"
        where = f" [{f.target_location}]" if f.target_location else ""
        self.out.write(f"{f.location}: {sev} {code}: {f.message}{where}\n")

    def finish(self, units: int, files: list[str],
               skipped: dict[str, int] | None = None) -> None:
        s = self.summary(units, files, skipped)
        codes = ", ".join(f"{c} {n}" for c, n in s["by_code"].items())
        self.out.write(f"{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info "
                       f"in {units} unit(s)"
                       f"{' (' + codes + ')' if codes else ''}"
                       f"{'; ' + skipped_text(skipped) if skipped else ''}\n")


class JsonReporter(Reporter):
    """{"version": "0.2.0", "findings": [...], "summary": {...}} — written as findings arrive."""

    def start(self) -> None:
        self.out.write(f'{{"version": {json.dumps(JSON_VERSION)}, "findings": [')
        self.first = True

    def write(self, f: Finding) -> None:
        self.out.write(("\n  " if self.first else ",\n  ") +
                       json.dumps(f.to_json(), ensure_ascii=False))
        self.first = False

    def finish(self, units: int, files: list[str],
               skipped: dict[str, int] | None = None) -> None:
        summary = json.dumps(self.summary(units, files, skipped), ensure_ascii=False)
        self.out.write(f"{'' if self.first else chr(10)}], \"summary\": {summary}}}\n")


class CsvReporter(Reporter):
    def start(self) -> None:
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(CSV_FIELDS)

    def write(self, f: Finding) -> None:
        d = f.to_json()
        span = d.pop("span") or {}
        self.writer.writerow([d["id"], d["location"], d["target_location"] or "", d["code"],
                              d["severity"], d["source"], d["target"], span.get("side", ""),
                              span.get("start", ""), span.get("end", ""), span.get("text", ""),
                              d["term"] or "", d["expected"] or "", d["message"], d["hint"]])


_CSS = """
body{font:15px/1.45 system-ui,'Noto Sans CJK SC','Noto Sans',sans-serif;margin:0;
display:flex;flex-direction:column;background:#f6f6f3;color:#222}
header{order:-2;background:#23395d;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
#summary{order:-1;padding:10px 24px;background:#fff;border-bottom:1px solid #ddd}
#summary span{display:inline-block;margin:3px 10px 3px 0;padding:3px 10px;border-radius:12px;
background:#eee}
#summary .error{background:#f8d3d3}#summary .warning{background:#fbeec4}
#summary .info{background:#d6ecf3}
table{border-collapse:collapse;margin:12px 24px;background:#fff;width:calc(100% - 48px)}
td,th{border:1px solid #ddd;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#eef1f6}
td.src,td.tgt{width:32%}
tr.error td.code{border-left:5px solid #c62828}tr.warning td.code{border-left:5px solid #e0a800}
tr.info td.code{border-left:5px solid #4a90a4}tr.info{color:#555}
mark{background:#ffd54f;padding:0 1px;border-radius:2px}
tr.error mark{background:#ff8a80}
.loc{font-family:monospace;font-size:12px;color:#555}.msg{font-size:13px;color:#333}
"""


class HtmlReporter(Reporter):
    """One standalone page: source and target side by side, spans highlighted, counts on top."""

    def start(self) -> None:
        self.out.write(f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
                       f"<title>tifa lint</title><style>{_CSS}</style></head><body>\n"
                       "<header><h1>tifa lint report</h1></header>\n<table><thead><tr>"
                       "<th>check</th><th>where</th><th>source (中文)</th>"
                       "<th>target (English)</th><th>message</th></tr></thead><tbody>\n")

    def write(self, f: Finding) -> None:
        src, tgt = html.escape(f.source), html.escape(f.target)
        if f.span is not None:
            text = f.source if f.span.side == "source" else f.target
            a, b = f.span.start, f.span.end
            marked = (html.escape(text[:a]) + "<mark>" + html.escape(text[a:b]) + "</mark>"
                      + html.escape(text[b:]))
            if f.span.side == "source":
                src = marked
            else:
                tgt = marked
        where = html.escape(f.location + (f" / {f.target_location}" if f.target_location else ""))
        extra = "".join(f"<br><i>{label}:</i> {html.escape(v)}" for label, v in
                        (("expected", f.expected), ("hint", f.hint)) if v)
        self.out.write(
            f"<tr class='{f.severity}'><td class='code'><b>{f.code}</b><br>{f.severity}</td>"
            f"<td class='loc'>{where}</td><td class='src' lang='zh'>{src}</td>"
            f"<td class='tgt'>{tgt}</td><td class='msg'>{html.escape(f.message)}{extra}</td>"
            "</tr>\n")

    def finish(self, units: int, files: list[str],
               skipped: dict[str, int] | None = None) -> None:
        s = self.summary(units, files, skipped)
        chips = "".join(
            f"<span class='{self.code_severity.get(c, '')}'>{c}: {n}</span>"
            for c, n in s["by_code"].items())
        self.out.write(
            "</tbody></table>\n<section id='summary'>"
            f"<b>{s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info</b> in "
            f"{units} unit(s) of "
            f"{html.escape(', '.join(files))}"
            f"{'; ' + html.escape(skipped_text(skipped)) if skipped else ''}"
            f"<br>{chips or '<span>no findings</span>'}"
            "</section>\n</body></html>\n")


REPORTERS = {"text": TextReporter, "json": JsonReporter, "csv": CsvReporter,
             "html": HtmlReporter}
