"""Newspaper pages → clean articles: rejoin hard wraps, drop layout debris, split articles.

The seeds are text pulled out of printed pages: lines are wrapped every ~20 characters (with or
without blank lines between the wraps) or broken in the middle of a word, page furniture (要闻,
section labels, photo credits) and continuation markers （上接A01版①） sit between paragraphs,
and one page carries several articles. CAT tools and the TM want whole sentences of one article,
so this module turns each file into `Article`s made of single-line `Paragraph`s and reports every
piece of debris it removed.

Decisions (see docs/corpus.md): datelines and bylines (本报讯（记者…）, 新华社…电, 新华社记者 董越)
are stripped from the paragraph and kept as article metadata; a title line and the header lines
under it (subtitle, date, speaker) stay as paragraphs, since translators translate them.
All of this is for a printed page: a text without any mark of one (`_layout`) is an author's,
read as written — one article, nothing of it debris, its short lines (headings, bylines,
salutations, signatures, table cells) paragraphs of their own.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tifa.tm.base.files import TifaError, no_such_file, read_text, walk_folders
from tifa.tm.base.text import is_chinese, match_key

# A line ending in one of these (possibly followed by closing quotes/brackets) ends a sentence
# or a clause that stands alone; any other line end means the text goes on in the next line.
PAGE_SUFFIXES = (".txt", ".docx")  # what a walked directory offers as pages
_TERMINAL = "。！？!?；;：:…"
_CLOSERS = "”’」』）)》\"'"
# Punctuation inside a line that shows it is running text, not a title.
_RUNNING = re.compile(r"[，、；：。！？,;:]")
_SENTENCE_END = re.compile(r"[。！？!?]")

_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
# A social-media topic tag opening a line (#国际博物馆日# 今天…, a line #我在博物馆修文物#): no
# space after the first #, the topic closed by a # of its own. Running text, not a heading (a
# heading writes `# ` with a space, as Markdown does): read as one, the post was cut into
# articles and its tags lost their marks. Tags written back to back (#两会##代表委员说# …, as
# Weibo writes several) are one run of them: the second's # right after the first's was read
# as a heading's, the line a title and its first mark dropped.
_TOPIC_TAG = re.compile(r"(?:#[^#\s][^#\n]{0,29}#)+(?!#)")
_MARKER = re.compile(r"^[（(]\s*(?:上接|接上|下转|转自|转接)[^（()）\n]{0,16}[）)]")
_TRAILING_MARKER = re.compile(r"[（(]\s*(?:下转|转)[^（()）\n]{0,16}版[^（()）\n]{0,4}[）)]\s*$")
_PHOTO_CREDIT = re.compile(
    r"^[（(]?(?:(?:本报|新华社|人民日报|特约|实习)?(?:记者|通讯员|摄影)\s*)?"
    r"[\u4e00-\u9fff·\s]{2,24}\s*摄[）)]?$"
)
_BARE_DATELINE = re.compile(
    r"^[（(]?\s*(?:据)?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电\s*[）)]?$"
)
_BYLINE = re.compile(
    r"^(?:新华社|本报|人民日报|中新社)?(?:记者|评论员|特约评论员|通讯员)\s*[\u4e00-\u9fff·\s]{2,20}$"
)
_DATELINE_START = re.compile(
    r"^(?:(?:据)?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电"
    # (a paper's own dated news, 本报北京12月3日讯, as its undated 本报讯)
    r"|本报[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日讯|本报讯)\s*(?:[（(](?:记者|通讯员|特约)[^（()）]{0,60}[）)])?\s*"
)


def dateline(text: str) -> bool:
    """Does the paragraph open with a paper's or an agency's dateline (新华社北京11月30日电,
    本报讯)?"""
    return _DATELINE_START.match(text) is not None


def dateline_end(text: str) -> int:
    """Where the dateline opening `text` ends (its bylines in brackets with it), or 0."""
    m = _DATELINE_START.match(text)
    return m.end() if m else 0


# A bracketed date inside a flattened header line: ——…讲话 (2023年5月19日) 中华人民共和国主席…
_HEADER_DATE = re.compile(r"\s*([（(]\d{4}年\d{1,2}月\d{1,2}日[）)])\s*")
# A line that is only a date, maybe with a place: the closing line of a signed text (a joint
# statement, a letter: 二〇二六年十一月十八日于北京, 2026年11月20日), a white paper's date
# (2026年11月), a speech's (（2027年1月2日）塔什干). Printed where it stands: never a title
# printed after the body, never a piece of a headline deck.
_NUMERAL = r"[〇零一二三四五六七八九十\d]"
_DATE_LINE = re.compile(rf"[（(]?{_NUMERAL}{{2,4}}\s*年\s*{_NUMERAL}{{1,2}}\s*月"
                        rf"(?:\s*{_NUMERAL}{{1,3}}\s*日)?[）)]?(?:\s*[\u4e00-\u9fff]{{1,12}})?")
# A speaker's or signatory's line: an office and a name (中华人民共和国主席 习近平, …特命全权大使
# 韩春林), over a speech or under a letter. Printed where it stands, like a date line.
_SIGNATURE = re.compile(r"[\u4e00-\u9fff]{1,40}(?:主席|总理|总统|首相|大使|部长|外长|书记|主任|"
                        r"秘书长|委员长|会长|院长|校长|发言人)\s+[\u4e00-\u9fff·]{2,5}")
# Page furniture: column and section labels printed on their own line.
SECTION_LABELS = frozenset(
    "要闻 要闻快览 政务要闻 今日关注 综合新闻 国内新闻 国际新闻 本地新闻 时政 时政要闻 "
    "社会新闻 经济新闻 评论 言论 理论 副刊 专版 专题 图片新闻 新闻速览 一版 头版".split()
)
TITLE_MAX = 32  # a title-like line: short, no running-text punctuation, no sentence end
# An author's header block (title, subtitle, date, place, speaker, salutation) is a few lines;
# a text of more short lines than that and nothing else (subtitles, a poem) is all text.
HEADER_MAX = 6
BLURB_MAX = 400  # an unfinished deck at the end of a page is short; longer text is text
# A newspaper paragraph is rarely over 2,000 characters and a whole article about 10,000; a
# longer paragraph is a page pasted as one line. Refused (like lint's units), so that no step
# ever works on a paragraph large enough to make it slow.
MAX_PARAGRAPH = 100_000


@dataclass
class Paragraph:
    """One paragraph as a single line of text, with the source line of every piece."""

    text: str
    file: str
    line: int
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, line)
    continued: bool = False  # begins right after a continuation marker: may start mid-sentence

    def line_at(self, offset: int) -> int:
        """Source line of the character at `offset` (the line its wrapped piece came from)."""
        at = bisect.bisect_right(self.pieces, offset, key=lambda piece: piece[0])
        return self.pieces[at - 1][1] if at else self.line


@dataclass
class Debris:
    """Something removed from the text: what kind, where, and the removed text."""

    kind: str
    file: str
    line: int
    text: str


@dataclass
class Article:
    """One article of one file: title (found or derived), paragraphs and metadata."""

    file: str
    line: int
    title: str = ""
    title_derived: bool = True
    paragraphs: list[Paragraph] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    body: bool = False  # has a paragraph that is not a title/header line

    @property
    def key(self) -> str:
        """Content key of the article (title, else first paragraph) for stable ids."""
        basis = self.title if not self.title_derived else (
            self.paragraphs[0].text if self.paragraphs else self.title)
        return hashlib.sha1(match_key(basis).encode("utf-8")).hexdigest()[:8]


@dataclass
class Corpus:
    """All articles of all files, what was removed, and notes for the user."""

    files: list[str]
    articles: list[Article]
    debris: list[Debris]
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Files


def display_path(path: Path) -> str:
    """Path as shown in records: relative to the current directory when below it."""
    try:
        return Path(os.path.relpath(path)).as_posix() if not path.is_absolute() or \
            path.resolve().is_relative_to(Path.cwd().resolve()) else path.as_posix()
    except ValueError:
        return path.as_posix()


def _pages_under(directory: Path) -> list[Path]:
    """The .txt and .docx pages under `directory`, outside hidden folders, sorted.

    Nothing is left out without a word: a folder that cannot be read is an error (`Path.rglob`
    skipped it in silence), and so is a page that is a broken symbolic link. A linked folder is
    walked like any other (it was skipped in silence, a month linked into the corpus left out),
    each real folder once, so a link back up the tree is no loop."""

    def refuse(err: OSError) -> None:
        raise TifaError(f"cannot read: {err.strerror}", err.filename or directory)

    pages: list[Path] = []
    for root, names in walk_folders(directory, onerror=refuse):
        pages += (Path(root, n) for n in names
                  if Path(n).suffix.lower() in PAGE_SUFFIXES and not n.startswith(".")
                  and not n.startswith("~$"))  # Word's lock file beside an open document
    for page in pages:
        if page.is_symlink() and not page.exists():
            raise TifaError(f"a broken symbolic link (to {os.readlink(page)}): its page cannot "
                            "be read; remove the link, or make what it points to readable",
                            page)
    return sorted(p for p in pages if p.is_file())


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[tuple[str, str]], list[str]]:
    """Read the named files and the .txt and .docx files under named directories.

    Returns ([(display path, text)], notes). A walked file that is not Chinese text is skipped
    with a note; a named one is an error, as are missing paths, empty files, binary files and
    directories without any Chinese text.
    """
    files: list[tuple[str, str]] = []
    notes: list[str] = []
    seen: set[Path] = set()

    def add(page: Path, named: bool) -> bool:
        """Read one page; False when a walked page is skipped as not Chinese."""
        if page.resolve() in seen:
            return True
        text = read_text(page)
        if not text.strip():
            raise TifaError("empty file", page)
        if not is_chinese(text):
            if named:
                raise TifaError("not Chinese text (expected a Chinese newspaper page)", page)
            notes.append(f"{display_path(page)}: skipped, not Chinese text")
            return False
        seen.add(page.resolve())
        files.append((display_path(page), text))
        return True

    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise no_such_file(path)
        if not path.is_dir():
            add(path, named=True)
            continue
        if not sum(add(p, named=False) for p in _pages_under(path)):
            raise TifaError("no Chinese .txt or .docx files in this directory", path)
    if not files:
        raise TifaError("no input files")
    return files, notes


# ---------------------------------------------------------------------------------------------
# Lines → blocks


def _terminated(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _wrap_width(lines: list[str]) -> float | None:
    """Typical line length of a hard-wrapped file (None when lines are whole paragraphs)."""
    lengths = sorted(len(s) for s in (ln.strip() for ln in lines) if s and not s.startswith("#"))
    if len(lengths) < 8:
        return None
    median = lengths[len(lengths) // 2]
    if median < COLUMN_MIN and lengths.count(median) * 2 <= len(lengths):
        return None     # short lines of many lengths: a song's or a poem's, no column
    return float(median) if median <= 40 else None


def _column(lines: list[str], width: float) -> bool:
    """Are the lines a printed column `width` wide: hardly any much longer (1 in 20 over 1.5
    times the width; a page's lines never are), and at least half of them full (within a
    character of the width: every line of a paragraph but its last)? An author's text saved a
    paragraph a line has short typical lines too when it has many headings, cells or address
    lines, but its paragraphs run to hundreds of characters; a programme or a form of short
    lines only (09:00—09:30　开幕式 / 主持人：… / 致辞：…) has lines of many lengths around
    its median, few of them full, and was read as a column whose lines run on."""
    lengths = [len(s) for s in (ln.strip() for ln in lines) if s and not s.startswith("#")]
    full = sum(abs(n - width) <= 1 for n in lengths)
    return sum(n > 1.5 * width + 2 for n in lengths) * 20 <= len(lengths) \
        and full * 2 >= len(lengths)


# The number of a section heading (一、, （二）, 3.): its 、 or . is no running-text punctuation.
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、"
                             r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                             r"|\d{1,2}[.、．](?!\d))")


# A form's field line: a short label, its colon, a value without running-text punctuation
# (时间：2027年7月10日至20日, 联系人：陈小雨, 电话：0771-5678123).
_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:][^，；：。！？,;:]+$")


# A short line of two cells, a name and a space and its value (五花肉　500克, 审判长 李文: an
# ideographic space or plain ones): a list's or a form's line, as a field line is.
_TWO_CELLS = re.compile(r"^[\u4e00-\u9fff]{1,8}[ \u3000]+[^\s，；：。！？,;:]{1,12}$")


# A colon or comma between digits (a clock time 09:30, a figure 1,200) is no running-text
# punctuation: a programme's slot line 09:30—11:30　主旨演讲 ends there, it does not run on.
_DIGIT_MARK = re.compile(r"(?<=\d)[:：,，](?=\d)")


# A subtitle file's cue (SRT, WebVTT): a line of its number, a line of its times
# ("00:00:01,200 --> 00:00:04,000"), then its text. The number and the times are lines of their
# own: taken for a wrap (the time line's comma is running text), they made units such as
# "00:00:04,200 --> 00:00:07,500有一种茶树…", in English "2 00:00:04,200 --> … there are…".
CUE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}"
                      r"[,.]\d{1,3}\b")


def cue_line(line: str, after: str = "") -> bool:
    """Is `line` a subtitle cue's time line, or the cue's number over its time line `after`?"""
    return bool(CUE_TIME.match(line)) or (line.isdigit() and bool(CUE_TIME.match(after)))


# A list item's mark at the start of a line: a bullet (● ◆ ■ ▪ • ★ ☆ ◎ ◇ ► ▶ ➢ √ ✓, "- "), a
# circled number ①…⑳ (not a note's mark before its stop, ①。), （1）, or 1. / 1、 (not 1.5亿元, a
# wrapped line of figures). No wrapped paragraph starts a line with one, so the line before it
# ends a unit, as an English line before a bullet does. Not the middle dot · of a name
# (安东尼奥·莫拉莱斯), the zero ○ of a year (二○二六年) nor the □ of an unreadable character.
LIST_ITEM = re.compile(r"(?:[●◆■▪•★☆◎◇►▶➢√✓]|-\s|[①-⑳](?![。，；、！？：”）])"
                       r"|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d))\s*\S")
# A programme's row: a range of clock times, or a time and a space, first (9:00—9:30　开幕式,
# 14:30 分组讨论). No wrapped sentence starts a line so, so the line before it ends a unit (a
# row whose item holds a colon, 主旨演讲：…, was taken for running text and glued to the rows
# after it).
PROGRAMME_ROW = re.compile(r"\d{1,2}[:：]\d{2}(?:\s*[—–~～至-]+\s*\d{1,2}[:：]\d{2}(?!\d)"
                           r"|[ \t\u3000]+\S)")


# A page's source or credit line, a field line of its own whatever follows it (来源：外交部网站
# 2026-11-25 over the salutation 尊敬的各位来宾：, which is no field: taken for a wrap, the two
# were one sentence, a unit no translation has).
_SOURCE_LINE = re.compile(r"(?:来源|出处|作者|发布时间|发布日期|更新时间|责任编辑|编辑|审核"
                          r"|校对|供稿)[：:]")


def _form_line(line: str) -> bool:
    return bool(_FIELD.match(line) or _TWO_CELLS.match(line))


def _continues(line: str, width: float | None, following: int = 0, after: str = "") -> bool:
    """Does the paragraph go on after this line (a wrap, or a break inside a word)? A numbered
    heading (一、主要工作) is a line of its own unless it fills the column of a wrapped page —
    and the `following` line (its length) is in the column too: a heading over a paragraph
    printed as one long line is no wrap. Two field lines in a row (时间：… / 地点：…, the
    line `after` this one a field too) are a form's lines, not a wrap (two lines of cells,
    `_TWO_CELLS`, too), as is a page's source line (`_SOURCE_LINE`, a field line) before any
    line, and so are a subtitle cue's number and time lines, and a line before a list item
    (`LIST_ITEM`) or a programme's row (`PROGRAMME_ROW`)."""
    if _terminated(line) or cue_line(line, after) or CUE_TIME.match(after) \
            or LIST_ITEM.match(after) or PROGRAMME_ROW.match(after):
        return False
    if _form_line(line) and (_form_line(after) or _SOURCE_LINE.match(line)) \
            and (width is None or len(line) < 0.8 * width):
        return False
    if _RUNNING.search(_DIGIT_MARK.sub("", _SECTION_NUMBER.sub("", line, count=1))):
        return True
    return width is not None and len(line) >= 0.8 * width and following <= 1.5 * width + 2


def _title_like(text: str) -> bool:
    return len(text) <= TITLE_MAX and not _RUNNING.search(text) and not _terminated(text)


# A page's running header: its page number and section label on one line (A02　要闻, 第3版
# 国际新闻, 要闻 A02), as the top of a scanned page gives it.
_PAGE_NO = r"(?:[A-Z]\d{1,2}|\d{1,2}|第[\d一二三四五六七八九十]{1,3}版)"
_PAGE_HEADER = re.compile(rf"{_PAGE_NO}\s*(\S{{2,6}})|(\S{{2,6}}?)\s*{_PAGE_NO}")


def photo_credit(line: str) -> bool:
    """Whether a line is a photographer's credit (新华社记者 方明 摄, （本报记者 李文摄）)."""
    return line.rstrip("）)").endswith("摄") and _PHOTO_CREDIT.match(line) is not None


def _short_line_kind(line: str) -> str | None:
    """Section label, photo credit, bare dateline or byline; None for text."""
    header = _PAGE_HEADER.fullmatch(line)
    if line in SECTION_LABELS or (header and (header[1] or header[2]) in SECTION_LABELS):
        return "section label"
    if photo_credit(line):
        return "photo credit"
    if "电" in line and _BARE_DATELINE.match(line):
        return "dateline"
    if ("记者" in line or "评论员" in line or "通讯员" in line) and _BYLINE.match(line) \
            and not _RUNNING.search(line):
        return "byline"
    return None


@dataclass
class _Block:
    kind: str  # heading | subtitle | marker | debris | dateline | byline | para
    text: str
    line: int
    para: Paragraph | None = None
    detail: str = ""  # debris kind, dateline prefix


def _needs_space(left: str, right: str) -> bool:
    """Two Latin words split by a wrap keep a space; Chinese and digits (202/3) join directly."""
    return left[-1].isascii() and left[-1].isalpha() and right[0].isascii() \
        and right[0].isalpha()


def whole_paragraphs(name: str) -> bool:
    """Is every line of this file a paragraph as its author made it (a Word document), not a
    printed page's wrap? Then nothing is rejoined, short lines (a title, a table's cells) are
    text, not a repeated headline, and the file is one article."""
    return name.lower().endswith(".docx")


# Layouts of a file (`layout`): a printed page pulled out of print; an author's plain text
# (a speech, a letter, a white paper as saved or pasted: its short lines are headings, address
# lines, signatures and table cells, never debris); every line a paragraph (a Word document,
# or a plain text with a line wider than any printed column).
PAGE, TEXT, PARAGRAPHS = "page", "text", "paragraphs"
COLUMN_MAX = 80  # Chinese characters: no printed column is wider (a page wraps at 15-40)
# Below this width a column must show it: more than half its lines exactly that long (a page
# wrapped every 9 characters has them). Lines of 5 to 11 characters of many lengths are a song's
# or a poem's, each line its own, not a column's wraps whose unpunctuated lines are headline
# fragments (14 of a song's 22 lines were taken out as debris).
COLUMN_MIN = 12
# Blocks only a printed page has: a continuation marker, page furniture, an agency's dateline
# or a reporter's byline on its own line.
_PAGE_BLOCKS = frozenset(("marker", "debris", "dateline", "byline"))


def _printed(lines: list[str], blocks: list[_Block], width: float | None) -> bool:
    """Does the text show a printed page's marks: a hard-wrapped column, a continuation marker,
    a section label or photo credit, a dateline (本报讯, 新华社…电) or a reporter's byline?"""
    return (width is not None and _column(lines, width)) or any(
        b.kind in _PAGE_BLOCKS or (b.kind == "heading" and b.text in SECTION_LABELS)
        or (b.kind == "para" and _DATELINE_START.match(b.text)) for b in blocks)


def _blocks(name: str, text: str, layout: str) -> tuple[list[_Block], float | None]:
    """Classify lines and rejoin wrapped lines into single-line paragraphs; also the page's
    column width. A page's wraps join across blank lines (some pages print a blank line after
    every wrap); an author's text joins a line that runs on only to the line right after it;
    in `PARAGRAPHS` nothing is joined."""
    lines = text.split("\n")
    width = _wrap_width(lines) if layout == PAGE else None
    column = width is not None and _column(lines, width)
    blocks: list[_Block] = []
    buf: Paragraph | None = None
    last_piece = ""         # the last raw line of the paragraph, marker included
    last_number = 0
    from_marker = False     # the paragraph began right after a continuation marker
    dangling = False        # a sentence was cut off by a page jump earlier in this file

    parts: list[str] = []   # text pieces of `buf`, joined on flush (no quadratic concatenation)
    size = 0

    def flush() -> None:
        nonlocal buf, dangling
        if buf is not None:
            buf.text = "".join(parts)
            blocks.append(_Block("para", buf.text, buf.line, buf))
            if _continues(last_piece, width) and _RUNNING.search(last_piece):
                dangling = True
        buf = None

    def too_long(size: int, line: int) -> TifaError:
        return TifaError(f"a paragraph of {size:,} characters (limit {MAX_PARAGRAPH:,}): split "
                         "the text into paragraphs with line breaks", name, line)

    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_PARAGRAPH:
            raise too_long(len(raw.strip()), number)
        line = raw.strip()  # str.strip takes ideographic spaces too; those inside stay
        if not line:
            continue
        piece = line
        first = line[0]
        if first == "#" and not _TOPIC_TAG.match(line):
            heading = _HEADING.match(line)
            flush()
            title = heading.group(2) if heading else ""
            if title:
                kind = "subtitle" if title.startswith(("——", "—", "--")) else "heading"
                blocks.append(_Block(kind, title, number, detail=heading.group(1)))
            continue
        marker = _MARKER.match(line) if first in "（(" else None
        if marker:
            flush()
            blocks.append(_Block("marker", marker.group(), number))
            line = line[marker.end():].strip()
            if not line:
                continue
        trailing = _TRAILING_MARKER.search(line) if "转" in line else None
        if trailing:
            blocks.append(_Block("debris", trailing.group().strip(), number,
                                 detail="continuation marker"))
            line = line[:trailing.start()].rstrip()
        if len(line) <= 30:  # furniture, datelines and bylines are short lines
            kind = _short_line_kind(line)
            if kind:
                flush()
                if kind in ("dateline", "byline"):
                    blocks.append(_Block(kind, line, number))
                else:
                    blocks.append(_Block("debris", line, number, detail=kind))
                continue
        # After page jumps the text that follows an unfinished fragment may continue an
        # earlier cut-off paragraph instead (000: （上接A01版④）…以学 / 对话机制，…): in
        # unwrapped pages, never glue a fragment to the next paragraph across a blank line.
        ambiguous = from_marker and dangling and width is None and number > last_number + 1
        if layout == TEXT or (not column and _closing(last_piece)):
            # a blank line ends an author's paragraph; on a page without a column, it ends a
            # salutation or a date line too (a page's own breaks fall inside running text)
            ambiguous = ambiguous or number > last_number + 1
        if buf is not None and not marker and layout != PARAGRAPHS \
                and _continues(last_piece, width, len(line), line) and not ambiguous:
            if _needs_space(parts[-1], line):
                parts.append(" ")
                size += 1
            buf.pieces.append((size, number))
            parts.append(line)
            size += len(line)
            if size > MAX_PARAGRAPH:
                raise too_long(size, buf.line)
        else:
            flush()
            buf = Paragraph("", name, number, [(0, number)], continued=bool(marker))
            parts, size = [line], len(line)
            from_marker = bool(marker)
        last_piece, last_number = piece, number
    flush()
    return blocks, width


# ---------------------------------------------------------------------------------------------
# Blocks → articles


def _strip_dateline(para: Paragraph) -> tuple[str, Paragraph]:
    """Split 本报讯（记者…）/ 新华社…电 off the paragraph: (prefix, rest of the paragraph)."""
    match = _DATELINE_START.match(para.text)
    if not match:
        return "", para
    cut = match.end()
    pieces = [(0, para.line_at(cut))]
    pieces += [(start - cut, ln) for start, ln in para.pieces if start > cut]
    return match.group().strip(), Paragraph(para.text[cut:], para.file, pieces[0][1], pieces)


# A salutation (尊敬的阿利耶夫副总理，) or a date line with its place (2027年1月2日，塔什干).
_SALUTATION = re.compile(r"(?:尊敬的|亲爱的)[^。！？]{1,40}[，,]")
_DATED = re.compile(rf"{_DATE_LINE.pattern}|{_NUMERAL}{{2,4}}年{_NUMERAL}{{1,2}}月"
                    rf"{_NUMERAL}{{1,3}}日[，,]\s*[\u4e00-\u9fff]{{1,12}}")


def _closing(line: str) -> bool:
    """Does this line end where the author broke it: a salutation or a date line?"""
    return bool(_SALUTATION.fullmatch(line) or _DATED.fullmatch(line))


def _standing(text: str) -> bool:
    """A date line or a signature line (`_DATE_LINE`, `_SIGNATURE`): printed where it stands."""
    return bool(_DATE_LINE.fullmatch(text) or _SIGNATURE.fullmatch(text))


def _deck_like(block: _Block) -> bool:
    """Could this line be a piece of a headline or deck? A title-like line, but not a section
    heading with its number (一、…, （二）…), a date line or a signature: a deck has none of
    them, an author's text printed on the page has them."""
    return block.kind == "para" and _title_like(block.text) \
        and not _SECTION_NUMBER.match(block.text) and not _standing(block.text)


def _mark_headline_fragments(blocks: list[_Block]) -> None:
    """Runs of 2+ title-like lines not under a heading repeat the headline/deck: debris.

    Also the unfinished blurb after the last sentence of a page (002's trailing deck).
    """
    i = 0
    prev: _Block | None = None  # the last block before i that is not debris
    while i < len(blocks):
        if _deck_like(blocks[i]):
            j = i
            run = []
            while j < len(blocks) and (_deck_like(blocks[j]) or blocks[j].kind == "debris"):
                if blocks[j].kind == "para":
                    run.append(j)
                j += 1
            under_heading = prev is not None and prev.kind in ("heading", "subtitle")
            if len(run) >= 2 and not under_heading:
                for k in run:
                    blocks[k].kind, blocks[k].detail = "debris", "headline fragment"
            else:
                prev = blocks[run[-1]]
            i = j
        else:
            if blocks[i].kind != "debris":
                prev = blocks[i]
            i += 1
    paras = [b for b in blocks if b.kind == "para"]
    if paras:
        last = paras[-1]
        if not _SENTENCE_END.search(last.text) and 2 * TITLE_MAX < len(last.text) <= BLURB_MAX \
                and not last.text.rstrip().endswith(("：", ":")):
            last.kind, last.detail = "debris", "headline fragment"


def _derive_title(article: Article) -> str:
    first = article.paragraphs[0].text if article.paragraphs else ""
    first = first.split("。")[0]
    excerpt = first if len(first) <= 24 else first[:24] + "…"
    marker = article.meta.get("continued")
    return f"{marker}{excerpt}" if marker else excerpt


def _layout(name: str, text: str) -> tuple[str, list[_Block]]:
    """The file's layout and its blocks. A text without any mark of a printed page is an
    author's: nothing of it is debris, and it is one article."""
    if whole_paragraphs(name):
        return PARAGRAPHS, _blocks(name, text, PARAGRAPHS)[0]
    blocks, width = _blocks(name, text, PAGE)
    lines = text.split("\n")
    if _printed(lines, blocks, width):
        return PAGE, blocks
    wide = any(len(line) > COLUMN_MAX and len(line.strip()) > COLUMN_MAX for line in lines)
    layout = PARAGRAPHS if wide else TEXT
    return layout, _blocks(name, text, layout)[0]


def page_paragraphs(name: str, text: str) -> list[tuple[int, list[tuple[int, str]]]] | None:
    """A printed page's paragraphs as a translation renders them: (first line, [(line, piece
    of the paragraph from that line)]), wraps joined across the blank lines some pages print
    after every wrap, and the page's furniture and continuation markers left out (no
    translation renders 要闻 or （上接A01版①）). None for a text with no mark of a printed
    page."""
    layout, blocks = _layout(name, text)
    if layout != PAGE:
        return None
    out: list[tuple[int, list[tuple[int, str]]]] = []
    jumped = False  # a 下转 marker since the last paragraph: the page cut it mid-sentence
    for block in blocks:
        if block.kind in ("marker", "debris"):
            jumped = jumped or "转" in block.text
            continue
        if block.para is None:
            lines = [(block.line, block.text)]
        else:
            para = block.para
            ends = [offset for offset, _ in para.pieces[1:]] + [len(para.text)]
            lines = [(line, para.text[offset:end])
                     for (offset, line), end in zip(para.pieces, ends, strict=True)]
        before = out[-1][1] if out else None
        # a sentence the page jumps out of: …绿色金融、（下转第三版）…（上接第一版）流域治理…;
        # not a jump head printed over its （上接第1版）, which ends no sentence either (003)
        if before and jumped and block.para and block.para.continued \
                and not _terminated(before[-1][1]):
            before.extend(lines)
        else:
            out.append((lines[0][0], lines))
        jumped = False
    return out


def split_articles(name: str, text: str) -> tuple[list[Article], list[Debris]]:
    """One file's text → its articles (in page order) and the debris removed from it."""
    layout, blocks = _layout(name, text)
    page = layout == PAGE  # else one article, whose short lines are all text
    if page:
        _mark_headline_fragments(blocks)
    articles: list[Article] = []
    debris: list[Debris] = []
    cur: Article | None = None

    def new(line: int) -> Article:
        nonlocal cur
        cur = Article(name, line)
        articles.append(cur)
        return cur

    def set_title(article: Article, para: Paragraph, at_start: bool) -> None:
        article.title, article.title_derived = para.text, False
        if at_start:
            article.paragraphs.append(para)
        else:
            article.paragraphs.insert(0, para)

    following: list[_Block | None] = []  # the next block that is not debris, for each block
    upcoming: _Block | None = None
    for block in reversed(blocks):
        following.append(upcoming)
        if block.kind != "debris":
            upcoming = block
    following.reverse()
    for block, nxt in zip(blocks, following, strict=True):
        if block.kind == "debris":
            debris.append(Debris(block.detail, name, block.line, block.text))
        elif block.kind == "heading":
            if block.text in SECTION_LABELS or (page and nxt is not None
                                                 and nxt.kind == "heading"):
                debris.append(Debris("section label", name, block.line, block.text))
                continue
            para = Paragraph(block.text, name, block.line, [(0, block.line)])
            art = cur if cur is not None and (not page or not cur.body and cur.title_derived
                                              and not cur.paragraphs) else new(block.line)
            if art.title_derived and not art.paragraphs:
                set_title(art, para, True)
            else:
                art.paragraphs.append(para)  # a section heading of an author's text
        elif block.kind == "subtitle":
            art = cur or new(block.line)
            # 001 flattens subtitle, date and speaker into one line; 000 prints three lines.
            for part in _HEADER_DATE.split(block.text):
                if part.strip():
                    art.paragraphs.append(
                        Paragraph(part.strip(), name, block.line, [(0, block.line)]))
            art.meta.setdefault("subtitle", block.text)
        elif block.kind == "marker":
            debris.append(Debris("continuation marker", name, block.line, block.text))
            art = cur if cur is not None and (not page or not cur.body) else new(block.line)
            art.meta.setdefault("continued", block.text)
        elif block.kind in ("dateline", "byline"):
            # article metadata, not a sentence: listed as removed so that nothing goes unsaid
            debris.append(Debris(block.kind, name, block.line, block.text))
            art = cur or new(block.line)
            art.meta.setdefault(block.kind, block.text)
        else:
            assert block.para is not None
            prefix, para = _strip_dateline(block.para)
            if prefix:
                debris.append(Debris("dateline", name, block.line, prefix))
                art = cur if cur is not None and (not page or not cur.body) \
                    else new(block.line)
                art.meta.setdefault("dateline", prefix)
                if para.text.strip():
                    art.paragraphs.append(para)
                    art.body = True
            elif _title_like(para.text):
                if cur is None:
                    set_title(new(block.line), para, True)
                elif (not page or _SECTION_NUMBER.match(para.text)) and cur.body:
                    cur.paragraphs.append(para)  # a heading or a table cell inside the text
                elif not cur.body:
                    if cur.title_derived and not cur.paragraphs:
                        set_title(cur, para, True)
                    else:
                        cur.paragraphs.append(para)  # header line: date, speaker
                elif _standing(para.text):
                    cur.paragraphs.append(para)  # signed at the end: name, date and place
                elif cur.title_derived:
                    set_title(cur, para, False)  # title printed after the body
                else:
                    set_title(new(block.line), para, True)
            else:
                art = cur or new(block.line)
                art.paragraphs.append(para)
                art.body = True
    kept = [a for a in articles if a.paragraphs]
    for art in kept:
        if art.title_derived:
            art.title = _derive_title(art)
        if not page and len(art.paragraphs) > HEADER_MAX:
            art.body = True  # short lines all through (subtitles, a poem): text, not a header
    return kept, debris


def sentenceless(names: list[str], files: int) -> list[str]:
    """The warnings for the pages of a corpus that hold no sentence, only headings or layout
    debris (a section front, a photo page); an error when no page of the corpus has one.

    One such page must not stop a run over a thousand pages: it is read like the others (its
    headings are segments, its debris is listed as removed: nothing of it is lost) and named.
    """
    if names and len(names) == files:
        if files == 1:
            raise TifaError("no sentences: the file holds only headings or layout debris",
                            names[0])
        raise TifaError(f"no sentences: none of the {files} files holds more than headings "
                        f"or layout debris (the first: {names[0]})")
    return [f"{name}: no sentences, only headings or layout debris (read all the same: its "
            "headings are segments, its debris is listed as removed)" for name in names]


def read_corpus(paths: Iterable[str | os.PathLike]) -> Corpus:
    """Read, clean and split every input file; pages without a sentence are named in the
    notes (an error when no page has one: `sentenceless`)."""
    files, notes = collect_files(paths)
    articles: list[Article] = []
    debris: list[Debris] = []
    bodiless: list[str] = []
    for name, text in files:
        found, removed = split_articles(name, text)
        if not any(a.body for a in found):
            bodiless.append(name)
        articles.extend(found)
        debris.extend(removed)
    notes += sentenceless(bodiless, len(files))
    return Corpus([name for name, _ in files], articles, debris, notes)
