"""The conservation laws under the damage of real users' files (hypothesis; docs/safety.md,
"Fifteenth round").

- segment: the law of tests/conservation.py on the generated corpora of
  test_conservation_generated.py, damaged further the way files reach a translator: stray
  spaces (ASCII and ideographic), full-width punctuation turned half-width and back, a line
  printed twice, a last line cut off without its line end, CRLF/CR line ends, a BOM, and the
  page saved as UTF-16 or GB18030 and read back through `read_text`'s decoder;
- tm merge: no unit lost: every unit read is in the merged TMX or counted as the duplicate
  of one that is, and the merged file holds nothing else;
- glossary export → import: what each format carries comes back;
- align: every sentence of both sides lands in exactly one bead, in order.

Modest example counts (deadline off, derandomized): the whole module runs in well under a
minute.
"""

from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tifa.tm.base.files import decode

from tests.conftest import REPO
from tests.conservation import check_law
from tests.test_conservation_generated import corpora


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ------------------------------------------------------------------------------ segment

WIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")",
         "“": '"', "”": '"'}
WIDTH_BACK = {v: k for k, v in WIDTH.items() if k not in "“”"}


@st.composite
def _damaged_page(draw, text: str) -> bytes:
    """One page's text, damaged as a translator's copy of it may be, as bytes on disk."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 3))):  # stray spaces inside and around lines
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        where = draw(st.integers(0, len(line)))
        lines[at] = line[:where] + draw(st.sampled_from([" ", "\u3000", "  ", "\t"])) \
            + line[where:]
    if draw(st.booleans()):  # a line printed twice (a page header, a pasted paragraph)
        at = draw(st.integers(0, len(lines) - 1))
        lines.insert(at, lines[at])
    body = "\n".join(lines)
    swap = draw(st.sampled_from(["none", "half", "full"]))
    if swap != "none":
        table = WIDTH if swap == "half" else WIDTH_BACK
        spots = [i for i, ch in enumerate(body) if ch in table]
        for i in draw(st.lists(st.sampled_from(spots), max_size=4, unique=True)) \
                if spots else []:
            body = body[:i] + table[body[i]] + body[i + 1:]
    if draw(st.booleans()):  # the last line cut off, without its line end
        body = body.rstrip("\n")
        body = body[:len(body) - draw(st.integers(0, min(12, len(body) // 4)))]
    ends = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    if ends == "mixed":
        parts = body.split("\n")
        body = "".join(p + ("\r\n" if i % 2 else "\r") for i, p in enumerate(parts[:-1])) \
            + parts[-1]
    else:
        body = body.replace("\n", ends)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"]))
    if encoding == "gb18030" and body != body.encode("gb18030", "ignore").decode("gb18030"):
        encoding = "utf-8"
    data = body.encode(encoding)
    if encoding == "utf-8-sig":
        assert data.startswith(codecs.BOM_UTF8)
    return data


@st.composite
def _damaged_corpora(draw) -> dict[str, bytes]:
    pages = draw(corpora())
    return {name: draw(_damaged_page(text)) for name, text in pages.items()}


@_settings(80)
@given(_damaged_corpora())
def test_segment_loses_no_character_of_a_damaged_page(files):
    from tifa.tm.base.files import TifaError
    from tifa.tm.corpus.merge import segment_pages

    pages = {name: decode(data, name) for name, data in files.items()}
    try:
        result = segment_pages(list(pages.items()))
    except TifaError as err:  # only when no page is left with a sentence at all
        assert "no sentences: none of the" in err.message, err
        return
    # a page left with no sentence (its one paragraph cut, or ended with a half-width "."
    # that OmegaT does not cut at) is read all the same, named in a warning, and kept whole
    check_law(result, pages)


# ------------------------------------------------------------------ glossary export → import

HAN = "中国亚洲合作发展友谊人民和平共同未来建设经济文化交流命运共同体守望相助"
# English with what breaks files: separators of each format, markup, quotes, a spaced dash
# (the CSV's note separator), a formula's first character, non-ASCII letters
EN = st.text(alphabet="abcdeor XYZ,;:\"'&<>—–-()=+@/.\tñé’", min_size=1, max_size=24).map(
    lambda t: " ".join(t.split())).filter(bool)
NOTE = st.text(alphabet="abcde XY,;\"&<—-\nñ", max_size=20).map(str.strip)


@st.composite
def _entries(draw):
    from tifa.glossary.entry import CATEGORIES, DOMAINS, STATUSES, Deprecated, Entry, Variant

    zh_all = draw(st.lists(st.text(alphabet=HAN, min_size=2, max_size=8), min_size=1,
                           max_size=12, unique=True))
    entries, at = [], 0
    while at < len(zh_all):
        zh, extra = zh_all[at], draw(st.integers(0, 2))
        zh_variants = zh_all[at + 1:at + 1 + extra]
        at += 1 + extra
        texts = draw(st.lists(EN, min_size=1, max_size=5, unique_by=lambda t: t.lower()))
        split = draw(st.integers(1, len(texts)))
        accepted, deprecated = texts[:split], texts[split:]
        entries.append(Entry(
            f"t-{len(entries)}", zh, zh_variants, accepted[0],
            [Variant(t, draw(NOTE)) for t in accepted[1:]],
            [Deprecated(t, draw(NOTE) or "old") for t in deprecated],
            draw(st.sampled_from(CATEGORIES)), draw(st.sampled_from(DOMAINS)), draw(NOTE),
            draw(NOTE), draw(st.sampled_from(STATUSES))))
    return entries


def _full(e, one_line: bool = False) -> tuple:
    """What an export carries; `one_line`: the CSV's multi-valued cells hold an item a line,
    so a variant's note or a deprecation reason comes back with its spaces collapsed."""
    def item(note: str) -> str:
        return " ".join(note.split()) if one_line else note

    return (e.id, e.zh, list(e.zh_variants), e.en,
            [(v.text, item(v.note)) for v in e.en_variants],
            [(d.text, item(d.reason)) for d in e.en_deprecated], e.category, e.domain, e.note,
            e.source, e.status)


@_settings(100)
@given(_entries())
def test_glossary_export_reads_back(tmp_path_factory, entries):
    """Every export reads back to what its format carries: TBX and CSV everything, the
    OmegaT TSV and the term TMX every accepted pair (TSV with its whitespace collapsed)."""
    from tifa.glossary.export import export, read_csv, read_tbx, read_tmx_terms, read_tsv

    folder = tmp_path_factory.mktemp("export")
    for fmt, read in (("tbx", read_tbx), ("tbx2", read_tbx), ("csv", read_csv)):
        export(entries, fmt, folder / f"g.{fmt}")
        assert [_full(e) for e in read(folder / f"g.{fmt}")] == \
            [_full(e, fmt == "csv") for e in entries], fmt
    export(entries, "tmx", folder / "g.tmx")
    assert [(e.zh, e.en, [v.text for v in e.en_variants])
            for e in read_tmx_terms(folder / "g.tmx")] == \
        [(e.zh, e.en, [v.text for v in e.en_variants]) for e in entries]
    export(entries, "tsv", folder / "g.tsv")
    pairs = {(zh, en) for zh, en, _ in read_tsv(folder / "g.tsv")}
    assert pairs == {(" ".join(zh.split()), " ".join(en.split())) for e in entries
                     for zh, en in [(e.zh, e.en), *((e.zh, v.text) for v in e.en_variants),
                                    *((z, e.en) for z in e.zh_variants)]}


# ------------------------------------------------------------------------------- tm merge

ZH_UNITS = ["各方要守望相助。", "各方要守望相助。 ", "各方要守望相助．",
            "中国—中亚峰会在西安举行。", "中国-中亚峰会在西安举行。",
            "２０２３年合作取得新进展。", "2023年合作取得新进展。"]
EN_UNITS = ["All sides should stand by each other.",
            " All sides should stand by each other. ",
            "The China-Central Asia Summit was held in Xi'an.",
            "Cooperation made progress in 2023.",
            "R&D <cooperation> grew.", "Line one\r\nline two.", ""]
CODE = '<bpt i="1">&lt;b&gt;</bpt>{}<ept i="1">&lt;/b&gt;</ept>'


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


@st.composite
def _tu(draw, n: int) -> str:
    kind = draw(st.sampled_from(["pair", "pair", "pair", "no target", "third language",
                                 "two targets", "no source", "coded"]))
    zh = f'<tuv xml:lang="{draw(st.sampled_from(["zh-CN", "zh", "ZH-cn"]))}"><seg>' \
         f'{_escape(draw(st.sampled_from(ZH_UNITS)))}</seg></tuv>'

    def en() -> str:
        text = _escape(draw(st.sampled_from(EN_UNITS)))
        if kind == "coded":
            text = CODE.format(text)
        return f'<tuv xml:lang="{draw(st.sampled_from(["en", "en-GB"]))}"><seg>{text}</seg></tuv>'

    tuvs = {"pair": [zh, en()], "coded": [zh, en()], "no target": [zh],
            "third language": [zh, en(), '<tuv xml:lang="fr"><seg>Entraide.</seg></tuv>'],
            "two targets": [zh, en(), en()], "no source": [en()]}[kind]
    extra = draw(st.sampled_from(["", '<prop type="x-client">A</prop>', "<note>checked</note>"]))
    tuid = draw(st.sampled_from([f' tuid="{n}"', "", ' tuid="same"']))
    return f"<tu{tuid}>{extra}{''.join(tuvs)}</tu>"


@st.composite
def _tmx_files(draw) -> list[str]:
    files = []
    for _ in range(draw(st.integers(1, 3))):
        tus = [draw(_tu(n)) for n in range(draw(st.integers(1, 8)))]
        files.append('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                     'srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" '
                     'o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
                     + "\n".join(tus) + "\n</body></tmx>\n")
    return files


def _text(seg) -> str:
    """A <seg>'s words: inline codes' native markup is not text (TMX 1.4b)."""
    out = [seg.text or ""]
    for child in seg:
        if child.tag not in ("bpt", "ept", "ph", "it"):
            out.append("".join(child.itertext()))
        out.append(child.tail or "")
    return "".join(out)


def _pairs(tu) -> set[tuple[str, str]]:
    """(source key, target) pairs of a <tu>, read independently of tifa's reader."""
    from tifa.tm.base.text import match_key

    langs = [(tuv.get("{http://www.w3.org/XML/1998/namespace}lang").lower()[:2],
              _text(tuv.find("seg"))) for tuv in tu.iter("tuv")]
    sources = [t for lang, t in langs if lang == "zh"]
    targets = [t.strip() for lang, t in langs if lang == "en"] or [""]
    return {(match_key(sources[0]), t) for t in targets} if sources else set()


@_settings(100)
@given(_tmx_files())
def test_tm_merge_loses_no_unit(tmp_path_factory, files):
    """Every <tu> read is in the merged TMX as it was, or each of its (source, target) pairs
    is carried by one that is; the merged TMX holds nothing else."""
    from lxml import etree
    from tifa.tm.memory import merge_tmx

    folder = tmp_path_factory.mktemp("merge")
    paths = []
    for n, text in enumerate(files):
        paths.append(folder / f"in{n}.tmx")
        paths[-1].write_text(text, encoding="utf-8")
    if not any(_pairs(tu) for p in paths for tu in etree.parse(str(p)).iter("tu")):
        return  # nothing with a source: refused ("no translation units"), tested elsewhere
    merge_tmx([str(p) for p in paths], folder / "out.tmx")
    merged = list(etree.parse(str(folder / "out.tmx")).iter("tu"))
    as_written = [etree.tostring(tu, with_tail=False) for tu in merged]
    carried = set().union(*(_pairs(tu) for tu in merged))
    read = [tu for p in paths for tu in etree.parse(str(p)).iter("tu")]
    for tu in read:
        assert etree.tostring(tu, with_tail=False) in as_written or _pairs(tu) and \
            _pairs(tu) <= carried, etree.tostring(tu)
    originals = {etree.tostring(tu, with_tail=False) for tu in read}
    assert all(tu in originals for tu in as_written)
    assert len(as_written) == len(set(as_written))  # nothing twice


# ---------------------------------------------------------------------------------- align

PAIR = REPO / "tests" / "data" / "lint" / "genres2" / "interview"


def _paragraphs(suffix: str) -> list[str]:
    text = (PAIR.parent / f"{PAIR.name}.{suffix}.txt").read_text(encoding="utf-8")
    return [p for p in text.split("\n") if p.strip()]


def _cues(paras: list[str], clauses: bool) -> list[str]:
    """The Chinese as a subtitle file: each sentence (or clause) a cue, its number and time line
    on lines of their own (the English stays prose: a sentence said over two cues)."""
    lines: list[str] = []
    parts = [c for p in paras for c in re.findall(r"[^。？！，]+[。？！，]?" if clauses
                                                   else r"[^。？！]+[。？！]?", p)]
    for k, part in enumerate(parts, 1):
        at = f"00:{3 * k // 60:02d}:{3 * k % 60:02d}"
        lines += [str(k), f"{at},000 --> {at},900", part, ""]
    return lines


@st.composite
def _damaged_pair(draw) -> tuple[str, str]:
    """The interview and its translation, each damaged on its own: paragraphs left out or
    doubled, the English hard-wrapped, stray spaces, half-width punctuation, CR line ends;
    and the shapes the twenty-third round's aligner reads (docs/safety.md, twenty-fourth
    round): the speaker's label on a line of its own (记者 over the question), a translator's
    signed note, a footnote the English gathers at the end, the Chinese as subtitle cues; and
    the twenty-fourth round's page furniture (twenty-fifth round): a dateline over the lead,
    a stage direction between paragraphs, an editor line and an end mark under the text; the
    twenty-fifth round's (twenty-sixth): a table's rows in tabs, a line of symbols, a hashtag
    headline, a subheading under the dateline's lead."""
    sides = []
    shape = draw(st.sampled_from(["", "", "speakers", "notes", "cues", "clause-cues",
                                  "furniture", "tables"]))
    for suffix in ("zh", "en"):
        paras = _paragraphs(suffix)
        keep = [p for p in paras if draw(st.integers(0, 9))]  # about one in ten left out
        if keep and draw(st.booleans()):
            at = draw(st.integers(0, len(keep) - 1))
            keep.insert(at, keep[at])
        if not keep:
            keep = paras[:1]
        if shape == "speakers" and suffix == "zh":
            keep = [q for p in keep for q in re.sub(r"^(记者|王毅)：", "\\1\n", p).split("\n")]
        if shape == "notes":
            at = draw(st.integers(0, len(keep) - 1))
            if suffix == "zh":
                keep[at] += "①"
                keep.append("① 塔什干是乌兹别克斯坦首都。")
            else:
                keep.insert(at + 1, "[Tashkent is the capital of Uzbekistan. - Tr.]")
                keep += ["Notes", "1. Tashkent is the capital of Uzbekistan."]
        if shape == "furniture":
            at = draw(st.integers(0, len(keep)))
            keep.insert(at, "（掌声）" if suffix == "zh" else "(Applause)")
            keep += ["【责任编辑：刘佳】", "###"] if suffix == "zh" else ["-ends-"]
            if suffix == "zh":
                keep.insert(0, "新华社北京6月15日电")
        if shape == "tables":   # the twenty-fifth round's shapes (twenty-sixth round)
            at = draw(st.integers(0, len(keep)))
            keep[at:at] = ["产品\t产量\t同比\n粮食\t10.8\t+2.1%\n钢材\t702\t-1.5%",
                           "👏👏👏"] if suffix == "zh" else \
                ["Product\tOutput\ty/y\nGrain\t10.8\t+2.1%\nSteel\t702\t-1.5%", "* * *"]
            keep.insert(draw(st.integers(0, len(keep))), "#欢乐春节# 南川灯会今晚开幕"
                        if suffix == "zh" else "#HappyChineseNewYear Nanchuan's fair opens")
            if suffix == "zh":   # a dateline's lead under a subheading the cleaner puts first
                keep[0] = "新华社北京6月15日电  " + keep[0]
                keep.insert(1, "港口建设稳步推进")
            else:
                keep.insert(1, "Port building moves ahead")
        width = draw(st.sampled_from([0, 0, 37, 61])) if suffix == "en" else 0
        lines = []
        if shape.endswith("cues") and suffix == "zh":
            lines = _cues(keep, shape == "clause-cues")
            keep = []
        for p in keep:
            if draw(st.integers(0, 4)) == 0:
                at = draw(st.integers(0, len(p)))
                p = p[:at] + draw(st.sampled_from([" ", "  ", "\u3000"])) + p[at:]
            if suffix == "zh" and draw(st.integers(0, 4)) == 0:
                p = p.replace("，", ",").replace("。", ".", 1)
            lines += [p[i:i + width] for i in range(0, len(p), width)] if width else [p]
            lines.append("")
        sides.append(draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines))
    return sides[0], sides[1]


@_settings(25)
@given(_damaged_pair())
def test_every_sentence_lands_in_exactly_one_bead(pair):
    from tifa.tm.align import align_texts, left_out

    zh_text, en_text = (decode(t.encode("utf-8")) for t in pair)
    result = align_texts(zh_text, en_text)
    for side, sentences in (("zh", result.zh), ("en", result.en)):
        placed = [i for bead in result.beads for i in getattr(bead, side)]
        # each once, the Chinese in order; the English in order too but where the aligner
        # paired a paragraph the English moved (`tm.align_moves`: it stands where the Chinese
        # has it)
        assert sorted(placed) == list(range(len(sentences))), side
        assert side == "en" or placed == list(range(len(sentences))), side
    assert all(bead.zh or bead.en for bead in result.beads)
    for bead in result.beads:   # a bead's sentences are consecutive (`tm.align.Bead`)
        for ids in (bead.zh, bead.en):
            assert ids == list(range(ids[0], ids[0] + len(ids))) if ids else True, bead
    # and the English is cut, never trimmed: every character is in a sentence
    words = "".join(en_text.split())
    assert "".join("".join(s.split()) for s in result.en) == words
    # a Chinese line no sentence holds is named by `tifa align`'s note (`left_out`), with
    # the pieces of its own text
    kept = "".join("".join(s.split()) for s in result.zh)
    raw = ["".join(line.split()) for line in zh_text.replace("\r\n", "\n").replace("\r", "\n")
           .split("\n")]
    named = {}
    for number, piece in left_out(zh_text, result.zh):
        assert piece in raw[number - 1], (number, piece)
        named[number] = piece
    assert all(n in named for n, line in enumerate(raw, 1) if line and line not in kept
               and (len(line) >= 3 or any(ch.isalnum() for ch in line)))
