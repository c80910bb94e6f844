"""What `tifa score` scores: segments that every system and the reference share.

Plain texts (`--src zh.txt [--ref ref.en.txt] HYP.en.txt …`) are split into sentences; each
English text is aligned to the source with `tm.align` (equal sentence counts prove nothing: a
merge and a split keep the count), and
the segments are the smallest runs of source sentences on which every text agrees (a 1-2 bead in
one system and 1-1 beads in the others give one segment of one source sentence; a 2-1 bead in one
system merges two source sentences into one segment for all). With `--presplit` every file holds
one segment per line, as sacrebleu expects. Bilingual files (TMX, XLIFF, PO, CSV) carry source
and hypothesis per unit and are read with lint's readers; units are paired across files by id
(or by position) and must have the same source.

Source sentences the reference leaves without a counterpart cannot be scored against it: they
are left out (for every system alike) and counted as "unaligned".
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tifa.glossary.entry import Entry, Glossary, Variant
from tifa.glossary.matcher import common_noun, zh_form_key, zh_key_map
from tifa.tm.align import align
from tifa.tm.base.english import break_tags, decode_entities, strip_markdown, strip_tags
from tifa.tm.base.files import TifaError, read_text
from tifa.tm.base.text import HAN, HAN_RUN, han_share, has_han, is_chinese, match_key
from tifa.tm.lint.readers import (
    check_paragraph_sizes,
    detect_format,
    paragraphs,
    read_units,
    sentences,
)

BILINGUAL = ("tmx", "xliff", "po", "csv", "tsv")


@dataclass
class Segment:
    """One scored segment: the source, the reference (None without one), one text per system."""

    id: str
    location: str            # where the source is: FILE:LINE or FILE:tuid=ID
    source: str
    reference: str | None
    hypotheses: list[str]
    doc: str = ""            # document (term consistency is measured per document)
    terms: list[int] | None = None   # annotated terms (entry indices), else the glossary's


@dataclass
class ScoreInput:
    systems: list[str]                      # one name per hypothesis file, as given
    segments: list[Segment]
    has_reference: bool
    unaligned: int = 0                      # source sentences/units left out: no reference
    notes: list[str] = field(default_factory=list)   # per-system omissions and additions
    aligned: bool = False                   # whether the aligner was used


# ---------------------------------------------------------------- language checks


def _chinese_line(text: str) -> int:
    """1-based number of the first line that is Chinese (for a one-line error)."""
    for number, line in enumerate(text.split("\n"), 1):
        if sum(map(len, HAN_RUN.findall(line))) >= 2 and is_chinese(line):
            return number
    return 1


def check_english(text: str, path: str | Path, what: str) -> None:
    """Refuse a hypothesis/reference that is Chinese (the source given twice, an MT run that
    did nothing, swapped arguments): the floor's `is_chinese` on a sample, or Chinese
    characters making up most of the whole text's letters."""
    # han_share counts every letter of the text: English without a Chinese character (the
    # usual case, megabytes of it with many systems) needs no count
    if is_chinese(text) or (has_han(text) and han_share(text) >= 0.5):
        raise TifaError(f"this is Chinese text, expected the English {what} "
                        "(wrong file, or --src and the hypothesis swapped?)", path,
                        _chinese_line(text))


def _check_source(text: str, path: str | Path) -> None:
    if not is_chinese(text):
        raise TifaError("--src is not Chinese text: tifa scores Chinese→English translations",
                        path)


def _read(path: str | Path) -> str:
    text = read_text(path)
    if not text.strip():
        raise TifaError("empty file: nothing to score", path)
    return text


# ---------------------------------------------------------------- plain text


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline does not start a segment
    return lines


def _sentences(text: str, chinese: bool, path: str | Path) -> list[tuple[str, int]]:
    """(sentence, line number) in text order, paragraph by paragraph, as lint reads them."""
    paras = paragraphs(text, chinese)
    check_paragraph_sizes(paras, path)
    return [pair for _, para in paras for pair in sentences(para, chinese)]


def _groups(n_zh: int, zh: list[str], en: list[str], glossary) -> tuple[
        list[tuple[int, int, list[int]]], int, int]:
    """Partition of the source sentences into runs [start, end) with their English sentences.

    `tm.align` decides, even when the sentence counts are equal: a merge and a split elsewhere
    keep the count and would shift every pair in between. An English sentence
    without a source counterpart joins the run before it (an addition is still the system's
    text); a source sentence without English is a run of its own with no English (an omission).
    Also returns the numbers of omitted source and added English sentences.
    """
    runs: list[tuple[int, int, list[int]]] = []
    pending: list[int] = []   # English before the first source sentence
    omitted = added = 0
    for bead in align(zh, en, glossary=glossary):
        if bead.zh:
            runs.append((bead.zh[0], bead.zh[-1] + 1, pending + list(bead.en)))
            pending = []
            omitted += 0 if bead.en else len(bead.zh)
        else:
            added += len(bead.en)
            if runs:
                runs[-1][2].extend(bead.en)
            else:
                pending.extend(bead.en)
    if pending and runs:
        runs[0][2][:0] = pending
    return runs, omitted, added


def read_plain(src: str | Path, hyps: list[str | Path], ref: str | Path | None = None,
               presplit: bool = False, glossary: Glossary | None = None) -> ScoreInput:
    """Segments from a Chinese source, optional reference and hypotheses as plain texts."""
    src_text, src_tagged = strip_term_tags(_read(src))
    _check_source(src_text, src)
    texts: list[tuple[str | Path, str, str]] = []   # (path, text, what)
    if ref is not None:
        texts.append((ref, _read(ref), "reference"))
    texts.extend((h, _read(h), "translation") for h in hyps)
    notes: list[str] = []
    if src_tagged:   # a source annotated as WMT 2021's: its words are the source
        notes.append(f"{src}: term annotations (<term> tags) left out on {src_tagged} line(s)")
    if ref is not None:
        plain, tagged = strip_term_tags(texts[0][1])
        if tagged:   # a reference annotated as WMT 2021's: its words are the reference
            texts[0] = (ref, plain, "reference")
            notes.append(f"{ref}: term annotations (<term> tags) left out on {tagged} line(s)")
    for k, (path, text, what) in enumerate(texts):
        check_english(text, path, what)
        plain, changed = strip_markdown(text)
        if changed:  # an LLM's **bold** and bullets: the words are scored, not the markup
            texts[k] = (path, plain, what)
            notes.append(f"{path}: Markdown formatting (emphasis, headings, bullets) left out "
                         f"on {changed} line(s); the words are scored")
        plain, changed = strip_tags(texts[k][1])
        if changed:  # "<i>medical</i> imaging": an engine kept the page's markup
            texts[k] = (path, plain, what)
            notes.append(f"{path}: HTML/XML tags (<i>, <span>, <g> …) left out on {changed} "
                         "line(s); the words are scored")
        plain, changed = decode_entities(texts[k][1])
        if changed:  # "People&rsquo;s Congress", "Belt&nbsp;and&nbsp;Road": the characters
            texts[k] = (path, plain, what)
            notes.append(f"{path}: HTML character references (&rsquo;, &nbsp; …) decoded "
                         f"on {changed} line(s)")
        plain, changed = break_tags(texts[k][1])
        if changed:  # "the Belt and Road<br>Initiative": a line break inside the segment
            texts[k] = (path, plain, what)
            notes.append(f"{path}: HTML line breaks (<br>) read as spaces on {changed} line(s)")
    systems = [str(h) for h in hyps]
    if presplit:
        return _presplit(src, src_text, texts, ref is not None, systems, notes)

    zh = _sentences(src_text, True, src)
    zh_texts = [s for s, _ in zh]
    ens = [_sentences(text, False, path) for path, text, _ in texts]
    boundaries = set(range(len(zh) + 1))
    per_text = []
    for (path, _, _), en in zip(texts, ens, strict=True):
        runs, omitted, added = _groups(len(zh), zh_texts, [s for s, _ in en], glossary)
        starts = {start for start, _, _ in runs} | {len(zh)}
        boundaries &= starts
        per_text.append(runs)
        if omitted or added:
            notes.append(f"{path}: {omitted} source sentence(s) without a translation, "
                         f"{added} sentence(s) without a source (aligned with tifa align)")
    cuts = sorted(boundaries)
    segments: list[Segment] = []
    unaligned = 0
    doc = str(src)
    for a, b in zip(cuts, cuts[1:], strict=False):
        sides = []
        for runs, en in zip(per_text, ens, strict=True):
            indices = [j for start, end, js in runs if a <= start and end <= b for j in js]
            sides.append(" ".join(en[j][0] for j in sorted(indices)))
        reference = sides[0] if ref is not None else None
        if ref is not None and not reference.strip():
            unaligned += b - a
            continue
        hypotheses = sides[1:] if ref is not None else sides
        line = zh[a][1]
        segments.append(Segment(f"{line}" if b - a == 1 else f"{line}-{zh[b - 1][1]}",
                                f"{src}:{line}", "".join(s for s, _ in zh[a:b]), reference,
                                hypotheses, doc))
    if not segments:
        raise TifaError("no segment left to score: the reference has no sentence that "
                        "aligns with the source", ref or src)
    return ScoreInput(systems, segments, ref is not None, unaligned, notes, True)


def _presplit(src, src_text: str, texts, has_ref: bool, systems: list[str],
              notes: list[str]) -> ScoreInput:
    zh = _lines(src_text)
    check_paragraph_sizes([(n, [(n, line)]) for n, line in enumerate(zh, 1)], src)
    sides = []
    for path, text, _ in texts:
        lines = _lines(text)
        if len(lines) > len(zh) and not any(x.strip() for x in lines[len(zh):]):
            # blank lines after the last segment (an LLM's answer ends so) hold no segment
            notes.append(f"{path}: {len(lines) - len(zh)} blank line(s) after line "
                         f"{len(zh):,} left out")
            lines = lines[:len(zh)]
        if len(lines) == len(zh):
            lines, numbered = _unnumbered(lines, zh)
            if numbered:
                notes.append(f"{path}: every line numbered with its own line number (\"1. \", "
                             f"\"2. \" …) and the source not: the numbers left out on "
                             f"{numbered:,} line(s)")
        if len(lines) != len(zh):
            line, where = _first_shift(zh, lines)
            raise TifaError(f"{len(lines):,} lines, but {src} has {len(zh):,}: with --presplit "
                            f"every file holds one segment per line, in the same order{where}",
                            path, line or min(len(lines), len(zh)) + 1)
        check_paragraph_sizes([(n, [(n, line)]) for n, line in enumerate(lines, 1)], path)
        sides.append(lines)
    segments = []
    for i, source in enumerate(zh):
        reference = sides[0][i] if has_ref else None
        hypotheses = [s[i] for s in (sides[1:] if has_ref else sides)]
        segments.append(Segment(str(i + 1), f"{src}:{i + 1}", source, reference, hypotheses,
                                str(src)))
    return ScoreInput(systems, segments, has_ref, notes=notes)


_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,6})(?:[.)、:：]|\s*[-–—])[ \t]*")


def _unnumbered(lines: list[str], zh: list[str]) -> tuple[list[str], int]:
    """`lines` without the numbers an LLM puts before a presplit file's lines ("1. …",
    "2) …"): only when every non-blank line, three at least, starts with its own line number
    and no source line does — joint statements number their articles, and a text that is
    numbered so in the source is translated with its numbers."""
    found = [_LINE_NUMBER.match(x) for x in lines]
    filled = [(i, m) for i, (x, m) in enumerate(zip(lines, found, strict=True)) if x.strip()]
    if len(filled) < 3 or not all(m is not None and int(m.group(1)) == i + 1 and
                                  m.end() < len(lines[i]) for i, m in filled) or \
            any(_LINE_NUMBER.match(x) for x in zh):
        return lines, 0
    out = list(lines)
    for i, m in filled:
        out[i] = lines[i][m.end():]
    return out, len(filled)


def _first_shift(zh: list[str], lines: list[str]) -> tuple[int | None, str]:
    """Where the lines of a presplit file seem to part from the source's: the file's line
    at the first bead the aligner does not pair one to one, and what it found there ("an
    extra line?"), so that nobody need diff 3,000 lines by eye; (None, "") when it cannot
    tell."""
    if len(zh) * len(lines) > 25_000_000:   # too long to align in the error path
        return None, ""
    for bead in align(zh, lines):
        if len(bead.zh) == 1 and len(bead.en) == 1 and bead.zh[0] == bead.en[0]:
            continue
        if not bead.zh:
            return bead.en[0] + 1, "; this line has no source line (an extra line?)"
        if not bead.en:
            at = min(bead.zh[0], len(lines))
            return at + 1, f"; source line {bead.zh[0] + 1:,} has no line here (a line dropped?)"
        return bead.en[0] + 1, f"; the lines part from the source's here (its line " \
            f"{bead.zh[0] + 1:,})"
    return None, ""


# ---------------------------------------------------------------- bilingual files


def _units(path: str | Path, fmt: str | None):
    units = list(read_units(path, None, fmt))
    check_english("\n".join(u.target for u in units), path, "translation")
    return units


def _pair(first: list, other: list, first_path, path) -> list:
    """`other`'s units in the order of `first`'s: by id when ids are unique, else by position."""
    ids = [u.id for u in first]
    other_ids = [u.id for u in other]
    if len(set(ids)) == len(ids) and set(ids) == set(other_ids) and \
            len(set(other_ids)) == len(other_ids):
        by_id = {u.id: u for u in other}
        paired = [by_id[i] for i in ids]
    elif len(other) == len(first):
        paired = other
    else:
        raise TifaError(f"{len(other):,} units, but {first_path} has {len(first):,} and their "
                        "ids differ: every file must translate the same units", path)
    for a, b in zip(first, paired, strict=True):
        if match_key(a.source) != match_key(b.source):
            raise TifaError(f"source differs from {a.location}: every file must translate the "
                            "same units", *_place(b.location))
    return paired


def _place(location: str) -> tuple[str, int | None]:
    m = re.fullmatch(r"(.*):(\d+)", location)
    return (m.group(1), int(m.group(2))) if m else (location, None)


def read_bilingual(hyps: list[str | Path], ref: str | Path | None = None,
                   fmt: str | None = None) -> ScoreInput:
    """Segments from bilingual files (one per system); `ref` is a bilingual file with the same
    units or a plain text with one reference per unit and line."""
    per_system = [_units(h, fmt) for h in hyps]
    first = per_system[0]
    per_system = [first] + [_pair(first, units, hyps[0], path)
                            for units, path in zip(per_system[1:], hyps[1:], strict=True)]
    references: list[str] | None = None
    if ref is not None:
        if detect_format(ref) in BILINGUAL:
            ref_units = _pair(first, list(read_units(ref)), hyps[0], ref)
            references = [u.target for u in ref_units]
        else:
            text = _read(ref)
            references = _lines(text)
            if len(references) != len(first):
                raise TifaError(f"{len(references):,} lines, but {hyps[0]} has "
                                f"{len(first):,} units: a plain-text reference holds one "
                                "line per unit", ref, min(len(references), len(first)) + 1)
        check_english("\n".join(references), ref, "reference")
    segments, unaligned = [], 0
    for i, unit in enumerate(first):
        reference = references[i] if references is not None else None
        if reference is not None and not reference.strip():
            unaligned += 1
            continue
        segments.append(Segment(unit.id, unit.location, unit.source, reference,
                                [units[i].target for units in per_system], unit.doc))
    if not segments:
        raise TifaError("no unit left to score: every reference is empty", ref)
    return ScoreInput([str(h) for h in hyps], segments, ref is not None, unaligned)


# ---------------------------------------------------------------- term annotations


def read_annotations(path: str | Path, inp: ScoreInput) -> list[Entry]:
    """Per-segment term annotations of a terminology test set (`--terms`): each line
    `SEGMENT<TAB>zh<TAB>en[<TAB>en…]` (further columns, or `|` in a cell: more accepted
    translations), SEGMENT the 1-based line of the presplit source; `#` lines, blank lines
    and a first line that is a header are skipped. Or JSON Lines, as terminology shared tasks
    ship them: one object per source line with its term pairs (`_json_annotations`). Sets
    `Segment.terms` of every segment (a segment without a line has no terms) and returns the
    entries they point to, one per distinct (zh, translations): the same Chinese may be
    annotated differently in two sentences, as WMT test sets do (病毒 virus / malware).
    An annotated acronym also accepts the names the glossary gives that term beside it, an
    annotated name the glossary's acronyms for it (`_full_names`)."""
    by_id = {seg.id: seg for seg in inp.segments}
    for seg in inp.segments:
        seg.terms = []
    entries: list[Entry] = []
    index: dict[tuple[str, tuple[str, ...]], int] = {}
    glossary: dict[str, list[Entry]] = {}
    text = read_text(path)
    json_lines = Path(path).suffix.lower() in (".jsonl", ".json") or \
        text.lstrip()[:1] in ("{", "[")
    read = _json_annotations if json_lines else \
        _tagged_annotations if _TERM_OPEN.search(text) else _tsv_annotations
    for number, segment, zh, cells in read(text, path):
        seg = by_id.get(str(segment))
        if seg is None:
            raise TifaError(f"no segment {segment}: the source has {len(inp.segments):,} "
                            "lines", path, number)
        ens = tuple(dict.fromkeys(e.strip() for cell in cells for e in cell.split("|")
                                  if e.strip()))
        if not zh or not ens:
            raise TifaError("a Chinese term and at least one English translation needed",
                            path, number)
        if zh_form_key(zh) not in zh_key_map(seg.source)[0]:
            raise TifaError(f"{zh} is not in segment {seg.id}'s source", path, number)
        key = (zh, ens)
        if key not in index:
            ens = _full_names(zh, ens, glossary)
        if key not in index:
            index[key] = len(entries)
            entries.append(Entry(f"terms-{number}", zh, en=ens[0],
                                 en_variants=[Variant(e) for e in ens[1:]], status="official",
                                 binding=False,   # a test set's term, not a fixed formulation
                                 category="annotated", origin=str(path), line=number))
        seg.terms.append(index[key])
    return entries


_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]*|[A-Z][0-9]+")   # ASEAN, BRICS, G20


def _full_names(zh: str, ens: tuple[str, ...], glossary: dict[str, list[Entry]]
                ) -> tuple[str, ...]:
    """`ens` and the accepted renderings of every glossary entry for the term `zh` that
    accepts one of its acronyms: an annotation gives "ASEAN" and an output that spells out
    "the Association of Southeast Asian Nations" (or "the Group of Twenty" for G20) renders
    the term, as the labelling rule says; an annotated name, the acronyms the glossary
    accepts for it ("BRI" for "Belt and Road"). Only the glossary's own names are added: an
    acronym's letters alone do not say what it stands for. `glossary` (the shipped one and
    TIFA_GLOSSARY, by Chinese form) is filled on first use."""
    if not glossary:
        from tifa.glossary.store import load_glossary
        for entry in load_glossary():
            for form in entry.zh_forms:
                glossary.setdefault(zh_form_key(form), []).append(entry)
        glossary.setdefault("", [])
    acronyms = {e for e in ens if _ACRONYM.fullmatch(e)}
    more = [r for entry in glossary.get(zh_form_key(zh), ())
            if acronyms & set(entry.accepted) for r in entry.accepted]
    # and the other way round: an annotated name accepts the acronyms the glossary gives it
    # ("Belt and Road": "BRI"), as the labelling rule accepts a standard acronym
    more += [r for entry in glossary.get(zh_form_key(zh), ())
             if set(ens) & set(entry.accepted) for r in entry.accepted if _ACRONYM.fullmatch(r)]
    # not common words the annotation says with more words: "reserve requirement" (the
    # glossary's for 降准) is no "reserve requirement ratio"; a name's short form is still
    # the name ("Code of Conduct" after the South China Sea is named)
    more = [r for r in more if not common_noun(r) or
            not any(f" {r.lower()} " in f" {e.lower()} " for e in ens)]
    return tuple(dict.fromkeys((*ens, *more)))


Annotation = tuple[int, int, str, list[str]]   # file line, segment, Chinese, English cells


# a term pair in one cell, as sets and prompts write them: "一带一路 = Belt and Road",
# "一带一路 → Belt and Road", "一带一路 ||| Belt and Road", "一带一路 [Belt and Road]"
_PAIR_CELL = re.compile(f"([^=→:：|\\[\\]()（）【】]*?[{HAN}][^=→:：|\\[\\]()（）【】]*?)\\s*"
                        f"(?:(?:=>|->|→|\\|\\|\\||=|:|：)\\s*([^{HAN}]+?)|"
                        f"[\\[(（【]\\s*([^{HAN}]+?)\\s*[\\])）】])")


def _tsv_annotations(text: str, path: str | Path) -> Iterator[Annotation]:
    """`SEGMENT<TAB>zh<TAB>en[<TAB>en…]`; after SEGMENT also several terms, each a Chinese
    cell and its English cells, or pairs in one cell (`_PAIR_CELL`). A line that does not
    begin with a number holds the terms of the source line it stands for (line k, `#`
    lines and a header not counted; an empty line: a segment without terms)."""
    order = 0
    for number, line in enumerate(text.split("\n"), 1):
        cells = [c.strip() for c in line.rstrip("\r").split("\t")]
        if cells[0].startswith("#") or number == 1 and any(cells) and \
                not cells[0].isdigit() and not has_han(line):
            continue  # a comment, a header
        order += 1
        if not any(cells):
            continue
        segment, cells = (int(cells[0]), cells[1:]) if cells[0].isdigit() else (order, cells)
        terms: list[tuple[str, list[str]]] = []
        for k, cell in enumerate(c for c in cells if c):
            pair = _PAIR_CELL.fullmatch(cell)
            if pair is not None:
                terms.append((pair.group(1), [pair.group(2) or pair.group(3)]))
            elif k == 0 or has_han(cell):
                terms.append((cell, []))
            else:
                terms[-1][1].append(cell)
        if not terms or any(not ens for _, ens in terms):
            raise TifaError("expected SEGMENT<TAB>Chinese term<TAB>English term[<TAB>more "
                            "English], SEGMENT the source line number (or a line of "
                            "\"zh = en\" pairs per source line)", path, number)
        for zh, ens in terms:
            yield number, segment, zh, ens


# The keys terminology test sets use (WMT's and others'), tried in this order.
_TERM_LISTS = ("terms", "hints", "term_pairs", "terminology", "constraints", "glossary")
_ZH_KEYS = ("zh", "src", "source", "source_term", "src_term", "zh_term", "term")
_EN_KEYS = ("en", "tgt", "target", "target_term", "tgt_term", "en_term", "translation",
            "translations")
_SEGMENT_KEYS = ("segment", "seg_id", "sid", "line", "id")


def _json_records(text: str, path: str | Path) -> Iterator[tuple[int, object]]:
    """(file line, value) of each record: a line of JSON Lines, or each item of a file that
    is one JSON array (pretty-printed or not), item k for source line k."""
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    try:
        first = json.loads(lines[0][1]) if lines else None
    except ValueError:
        first = None
    if first is None and text.lstrip().startswith("["):   # one array over several lines
        decoder, at = json.JSONDecoder(), text.index("[") + 1
        while True:
            at = len(text) - len(text[at:].lstrip(" \t\r\n,"))
            if at >= len(text) or text[at] == "]":
                return
            number = text.count("\n", 0, at) + 1
            try:
                value, at = decoder.raw_decode(text, at)
            except ValueError as exc:
                raise TifaError(f"not a JSON array of segments ({exc.msg})", path,
                                text.count("\n", 0, exc.pos) + 1) from None
            yield number, value
    for number, line in lines:
        try:
            yield number, json.loads(line)
        except ValueError as exc:
            raise TifaError(f"not a JSON object ({exc.msg})", path, number) from None


def _term_list(obj: dict) -> object:
    """The term list of a segment's object: the first key of `_TERM_LISTS`; else every key
    named for terms (`proper_terms`, `random_terms`, `term_dict` …) together; else the
    object itself when it is a term dictionary (`{"病毒": "virus"}`: a Chinese key)."""
    pairs = next((obj[k] for k in _TERM_LISTS if k in obj), None)
    if pairs is not None:
        return pairs
    named = [v for k, v in obj.items() if _TERM_KEY.search(k) and isinstance(v, (list, dict))]
    if named:
        merged: list = []
        for v in named:
            for pair in (v.items() if isinstance(v, dict) else v):
                if list(pair) not in merged:   # a pair given in two lists counts once
                    merged.append(list(pair))
        return merged
    if any(has_han(k) for k in obj):
        return obj
    return None


_TERM_KEY = re.compile(r"term|hint|constraint|glossar|dict", re.I)


def _json_annotations(text: str, path: str | Path) -> Iterator[Annotation]:
    """JSON Lines: line k is source line k, `{"terms": [{"zh": …, "en": …}, …]}` (also
    `hints`/`constraints`…, `src`/`tgt`…, a pair as `["病毒", "virus"]`, several English
    translations as a list, a term dictionary `{"病毒": "virus"}` with or without a key
    around it); a `segment` (or `id`) key, when a number, names the line. Or one JSON array
    of such records, item k for source line k."""
    for order, (number, obj) in enumerate(_json_records(text, path), 1):
        if isinstance(obj, list):   # the line is the term list itself: [{"zh": …, "en": …}]
            obj = {"terms": obj}
        if not isinstance(obj, dict):
            raise TifaError("not a JSON object or list of term pairs", path, number)
        segment = next((int(obj[k]) for k in _SEGMENT_KEYS
                        if str(obj.get(k, "")).strip().isdigit()), order)
        pairs = _term_list(obj)
        if pairs is None and obj:
            raise TifaError(f"no term list: expected one of the keys {', '.join(_TERM_LISTS)}"
                            " or a dictionary of Chinese terms", path, number)
        if not isinstance(pairs, (list, dict, type(None))):  # {"terms": 5}: a traceback before
            raise TifaError(f"the term list must be a list of pairs ({type(pairs).__name__} "
                            "found)", path, number)
        if isinstance(pairs, dict):  # {"terms": {"病毒": "virus"}}, {"病毒": ["virus", …]}
            pairs = [[zh, *(en if isinstance(en, list) else [en])] for zh, en in pairs.items()]
        for pair in pairs or []:
            if isinstance(pair, dict) and len(pair) == 1 and has_han(next(iter(pair))):
                pair = [*pair.items()][0]   # [{"病毒": "virus"}, …]: a dictionary a pair
                pair = [pair[0], *(pair[1] if isinstance(pair[1], list) else [pair[1]])]
            if isinstance(pair, dict):
                zh = next((pair[k] for k in _ZH_KEYS if k in pair), None)
                en = next((pair[k] for k in _EN_KEYS if k in pair), None)
            elif isinstance(pair, list) and len(pair) >= 2:
                zh, en = pair[0], pair[1:]
            else:
                zh = en = None
            ens = [en] if isinstance(en, str) else en
            if not isinstance(zh, str) or not isinstance(ens, list) or \
                    not all(isinstance(e, str) for e in ens):
                raise TifaError(f"a term pair needs a Chinese term and English: {pair!r}"[:200],
                                path, number)
            yield number, segment, zh.strip(), ens


# WMT 2021's terminology task annotates the terms inside the source (and reference) text:
# 中方支持<term id="1" type="src_original_and_tgt_original" src="一带一路" tgt="Belt and Road">
# 一带一路</term>倡议。 — one segment a line, or SGML lines <seg id="N">…</seg>.
_TERM_OPEN = re.compile(r"<term\b", re.I)
_TERM_TAG = re.compile(r"<term\b([^>]*)>(.*?)</term\s*>", re.I | re.S)
_TERM_LOOSE = re.compile(r"</?term\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SEG_ID = re.compile(r"""<seg\b[^>]*\bid\s*=\s*["']?(\d+)""", re.I)


def strip_term_tags(text: str) -> tuple[str, int]:
    """`text` with WMT 2021-style <term …>…</term> annotations replaced by the words inside
    them (a source or reference annotated so is scored as its words), and the number of lines
    changed; text without a tag is returned as it is."""
    if not _TERM_OPEN.search(text):
        return text, 0
    lines = text.split("\n")
    out = [_TERM_LOOSE.sub("", _TERM_TAG.sub(lambda m: m.group(2), line))
           if "<" in line else line for line in lines]
    return "\n".join(out), sum(a != b for a, b in zip(lines, out, strict=True))


def _tagged_annotations(text: str, path: str | Path) -> Iterator[Annotation]:
    """Inline annotations (WMT 2021): each <term src="zh" tgt="en"> of line k belongs to
    source line k, or, in SGML, to the <seg id="k"> it is in; `tgt` may hold several English
    translations separated by `|`; a tag without `src` takes the words it wraps."""
    lines = text.split("\n")
    sgml = any(_SEG_ID.search(line) for line in lines)
    for number, line in enumerate(lines, 1):
        segment = number
        if sgml:
            found = _SEG_ID.search(line)
            if found is None:
                if _TERM_OPEN.search(line):
                    raise TifaError("a <term> tag outside a <seg id=…> line", path, number)
                continue
            segment = int(found.group(1))
        tags = list(_TERM_TAG.finditer(line))
        if len(tags) != len(_TERM_OPEN.findall(line)):
            raise TifaError("a <term> tag without its </term> on the same line", path, number)
        for tag in tags:
            attrs = {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None
                                                       else m.group(3))
                     for m in _ATTR.finditer(tag.group(1))}
            zh = attrs.get("src") or _TERM_LOOSE.sub("", tag.group(2))
            if not attrs.get("tgt"):
                raise TifaError(f"a <term> tag without tgt=\"English\": {tag.group()}"[:200],
                                path, number)
            yield number, segment, html.unescape(zh).strip(), [attrs["tgt"]]
