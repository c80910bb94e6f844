"""English sentence splitting for aligning and linting translations.

A full stop is a sentence end only when what follows looks like a new sentence and what precedes
it is not an abbreviation (Mr., U.S., e.g., No. 5, Jan. 1), an initial (J. K. Rowling) or part of
a number (94.8). Closing quotes and brackets after the stop stay with the sentence they close.
Paragraphs (blank lines) always end a sentence; single line breaks are hard wraps and are joined.
"""

from __future__ import annotations

import html
import re

# Abbreviations that are almost never the last word of a sentence: titles, "No. 5", months
# before a day, Latin "e.g.", reference words. Compared lowercased, without the final stop.
_ABBREV = frozenset("""
mr mrs ms messrs dr prof st jr sr rev hon gen lt col maj capt cmdr adm sgt gov sen rep pres amb
fr mt ft no nos art sec vol fig figs pp p para ch ed eds cf vs viz al approx est dept univ assn
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
e.g i.e
""".split())
# Abbreviations that often do end a sentence ("... in the U.S. The ..."): a boundary only when
# the next word is a typical sentence opener.
_AMBIGUOUS = frozenset("etc inc ltd co corp bros plc llc".split())
_OPENERS = frozenset("""
the a an this that these those it its he she we they i you his her our their there here
in on at for but and so yet as if when while after before since although though however
meanwhile moreover also then thus still such some many most all both each every no not
what why how who where which
""".split())

# Markdown emphasis (** or _) closes and opens sentences like a quote mark: an LLM writes
# "**China supports it.** **We agree.**", two sentences.
_CLOSERS = "\"'”’»)]}*_"
_OPENERS_PUNCT = "\"'“‘«([{*_"
# A note's mark after the stop ("… revitalization.¹ Over…", "… assets.[2] Today…") belongs to
# the sentence it annotates, like a closing quote.
_NOTE_MARK = r"(?:[¹²³⁰⁴-⁹]+|\[\d{1,3}\])"
# A candidate end: terminal punctuation (incl. ellipsis), optional closing quotes/brackets and
# note marks, whitespace, and the next non-space character.
_END = re.compile(r"(\.{3}|…|[.!?])((?:[" + re.escape(_CLOSERS) + r"]|" + _NOTE_MARK
                  + r")*)(\s+)(?=(\S))")
_WORD_BEFORE = re.compile(r"(\S+)$")
# After a quoted question or exclamation, "I" and a verb of saying carry on the sentence:
# '"Why?" I asked him.' ('"Why?" he asked.' starts lowercase and carries on anyway): the
# capital of "I" says nothing. After a name ('"Why?" Xiaoman shouted') it says nothing either,
# but the split is left as it was: the literary set's fine cut is built on it.
_SAID = re.compile(r"I (?:asked|said|replied|answered|cried|shouted|called|added|whispered|"
                   r"exclaimed|muttered|murmured|yelled|protested|insisted|repeated|wondered|"
                   r"laughed|sighed)\b")
_PARA = re.compile(r"\n\s*\n")
# A paragraph's own number or letter ("1.", "IV.", "b."), as joint statements and lists number
# their articles: the label of the sentence after it, not a sentence.
_LABEL = re.compile(r"\s*(?:\d{1,3}|[IVXLC]{1,7}|[A-Za-z])")
# … and one after the colon of a lead-in, the list run on in the sentence ("Article 2
# Exchanges: 1. The Parties shall…", as an agreement's English puts its first paragraph)
_COLON_LABEL = re.compile(r"[:：]\s+\d{1,2}$")
# A table of contents' entry: a dot leader (four or more dots, or two ellipses) and the page
# number that ends the line ("Chapter 1 Overview ........ 3"). The dots end no sentence.
TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,}|·{4,})\s*(?:\d{1,4}|[ivxlcIVXLC]{1,6})$")
_PAGE = re.compile(r"\d{1,4}|[ivxlcIVXLC]{1,6}")


# Markdown an LLM wraps its translation in: emphasis markers around words, a heading's #s and
# a list's bullet at the start of a line. Numbered lists ("1. ") are left: joint statements
# number their articles so.
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"
                       r"|(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])")
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+•][ \t]+)", re.M)


# English number words, for numbers (lint) and for names with a number in them (matcher)
NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                 "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                 "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                 "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000}

def strip_markdown(text: str) -> tuple[str, int]:
    """`text` without Markdown emphasis, headings and bullets, line for line (line numbers
    stay); and how many lines changed. The words are what is scored, not the markup."""
    out = _LINE_MARK.sub("", _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text))
    changed = sum(a != b for a, b in zip(text.split("\n"), out.split("\n"), strict=True))
    return out, changed


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> tuple[str, int]:
    """`text` with its HTML character references decoded (&amp;, &rsquo;, &nbsp;, &#8209;),
    as an LLM or a web page writes them; and how many lines changed. Only a reference closed
    by ";" is one ("R&D", "AT&T" stay), and an unknown name stays as written."""
    if "&" not in text:
        return text, 0
    out = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    changed = sum(a != b for a, b in zip(text.split("\n"), out.split("\n"), strict=True))
    return out, changed


_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def break_tags(text: str) -> tuple[str, int]:
    """`text` with each HTML line break (`<br>`, `<br/>`, `<br />`) read as a space, as an
    MT engine that keeps a page's markup writes a term broken over two lines ("the Belt and
    Road<br>Initiative", "settle-<br>ment"); and how many lines changed."""
    if "<" not in text:
        return text, 0
    out = _BREAK_TAG.sub(" ", text)
    changed = sum(a != b for a, b in zip(text.split("\n"), out.split("\n"), strict=True))
    return out, changed


# The markup an MT engine or a CAT tool leaves in a plain text: HTML's inline elements and
# XLIFF's inline codes go without a trace (`<i>medical</i> imaging`, `<g id="3">…</g>`),
# block elements part what they part (`</p><p>`). Only these names: "x < y" and "<term>"
# annotations are no markup of a page.
_INLINE_TAGS = ("a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small "
                "span strike strong sub sup time tt u var wbr g x bx ex ph bpt ept it mrk pc "
                "sc ec hi ut")
_BLOCK_TAGS = "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 td th tr table blockquote pre hr"
# A tag within its line: one across a line break ("<b" and a `>` on the next line) is no
# markup kept, and taking it out joined two lines (a segment lost with --presplit, a crash).
# Possessive: what the attributes took is never given back, since only a `>` they cannot
# take ends the tag (backtracking through a run of spaces after `<i` was cubic in its length).
_ATTRIBUTES = r"""(?:[^\S\n]++(?:[^<>"'\n]|"[^"\n]*+"|'[^'\n]*+')*+)?[^\S\n]*/?>"""
_INLINE_TAG = re.compile(rf"</?(?:{'|'.join(_INLINE_TAGS.split())})\b{_ATTRIBUTES}", re.I)
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(_BLOCK_TAGS.split())})\b{_ATTRIBUTES}", re.I)


def strip_tags(text: str) -> tuple[str, int]:
    """`text` without the HTML and XLIFF tags an engine kept from a page or a file (an
    inline tag left out, a block tag read as a space), line for line; and how many lines
    changed. The words are what is scored: "<span>South-South</span> cooperation" is
    South-South cooperation."""
    if "<" not in text:
        return text, 0
    out = _BLOCK_TAG.sub(" ", _INLINE_TAG.sub("", text))
    changed = sum(a != b for a, b in zip(text.split("\n"), out.split("\n"), strict=True))
    return out, changed


# A run of white space a line may break at (the line ends of hard-wrapped text, tabs, double
# spaces): one space in a sentence. The spaces that forbid the break are the translator's
# choice (100\u00a0billion, No.\u00a01, 5\u202f%) and stay: `" ".join(split())` made them plain
# spaces, and the TM's target, which OmegaT inserts as it is, lost them.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


# An English dateline of its own ("NANNING, July 3 (Xinhua) --", "Beijing, 8 December —",
# "NAGOYA, Japan, Oct 4 -"): it translates the Chinese dateline (新华社南宁7月3日电).
EN_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z.'’ -]{1,30},(?:\s[A-Z][A-Za-z]+,)?\s(?:[A-Z][a-z]{2,8}"
                         r"\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s[A-Z][a-z]{2,8})\b|\((?:Xinhua|Reuters|AP|AFP)\)")
# An English unit that opens with an address ("Fellow Deputies,", "Dear friends,", "Ladies and
# gentlemen,", "Colleagues!"): the Chinese call before it (各位代表！) is translated, even where
# the dictionary knows no link (代表 "deputy"); alone on its line, a letter's greeting ("Dear
# parents,") that translates nothing and needs to.
EN_CALL = re.compile(r"^\W*(?:(?i:dear|my|fellow|distinguished|honou?rable|respected|esteemed|"
                     r"excellenc\w*|ladies)\b[\w'’ -]{0,50}?|[A-Z][a-z]+s)[,!:]")


def split_english(text: str) -> list[str]:
    """Split English text into sentences; each returned sentence is stripped and non-empty."""
    sentences: list[str] = []
    for para in _PARA.split(text):
        para = _BREAKING_SPACE.sub(" ", para).strip()
        if para:
            sentences.extend(_split_paragraph(para))
    return sentences


def _split_paragraph(para: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _END.finditer(para):
        if _is_boundary(para, m):
            piece = para[start:m.end(2)].strip()
            if piece:
                out.extend(_unglued(piece))
            start = m.end(3)
    tail = para[start:].strip()
    if tail:
        out.extend(_unglued(tail))
    return out


# Two sentences typed without the space after the stop ("…in 1958.The character…", as posts
# typed on a phone and pasted text give them): a plain word or a number, the stop, and a
# capitalised word. A word with a dot or a slash inside (a domain, a file, "e.g.") is no such
# word, and an abbreviation before the stop ("Mr.Smith") is none either.
_GLUED = re.compile(r"(?:(?<=\s)|^)[\"“‘(]?([A-Za-z][a-z'’-]*[a-z]|\d[\d,]*\d)[.!?]"
                    r"(?=[A-Z][a-z]+\b(?![.(]\w))")


def _unglued(piece: str) -> list[str]:
    """A sentence cut where a stop with no space after it ends the sentence before."""
    cuts = [m.end() for m in _GLUED.finditer(piece)
            if m.group(1).lower() not in _ABBREV and m.group(1).lower() not in _AMBIGUOUS]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if piece[a:b]]


def _is_boundary(para: str, m: re.Match) -> bool:
    punct, closers, nxt = m.group(1), m.group(2), m.group(4)
    rest = para[m.end(3):]
    if punct in (".", "...", "…") and not closers and _PAGE.fullmatch(rest) \
            and TOC_ENTRY.search(para):
        return False                      # "Preface ........ 1": a dot leader, its page
    next_word = re.match(r"[\"'“‘«(\[*_]*([A-Za-z]+)", rest)
    if "\u4e00" <= nxt <= "\u9fff" or "\u3400" <= nxt <= "\u4dbf":
        return True                       # a sentence left in Chinese after an English one
    starts_upper = nxt.isupper() or nxt.isdigit() or nxt in _OPENERS_PUNCT
    if nxt in _OPENERS_PUNCT:
        first = rest.lstrip(_OPENERS_PUNCT)[:1]
        if first.islower():
            starts_upper = False
    if not starts_upper:
        # '"Why?" he asked.' and 'in 3 p.m. slots' continue the sentence.
        return False
    if punct in "!?" and closers and closers[0] in "\"'”’" and _SAID.match(rest):
        return False                      # '"Why?" I asked him.'
    if punct != "." or closers:
        return True
    if _LABEL.fullmatch(para, 0, m.start(1)) or _COLON_LABEL.search(para, 0, m.start(1)):
        return False                      # "1. Both sides…", "XII. The two sides…"
    before = _WORD_BEFORE.search(para[:m.start(1)])
    word = before.group(1) if before else ""
    word = word.lstrip(_OPENERS_PUNCT)
    low = word.lower()
    if low in _ABBREV and not (word == "No" and not nxt.isdigit()):
        return False                      # "No. 5", but the answer "No. Our staff …" ends
    if low in ("c", "ca") and nxt.isdigit():
        return False                      # circa: "dated to c. 5100 BP", "ca. 300 BC"
    if re.fullmatch(r"[A-Z]", word):
        return False                      # an initial: J. K. Rowling
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) or low in _AMBIGUOUS:
        # U.S., U.N., Inc.: a boundary only before a typical sentence opener.
        return bool(next_word) and next_word.group(1).lower() in _OPENERS
    return True


# British and American spellings of one word. A translator who writes "revitalisation",
# "neighbourliness" or "programme" has rendered the term; the glossary's American spelling is
# house style, which a spell checker enforces, not a terminology check. Words are folded to
# the American form by rules that only touch known families, so no two different words meet
# ("four" is not "for", "filled" is not "filed").
_US_WORDS = {
    "programme": "program", "defence": "defense", "offence": "offense", "licence": "license",
    "pretence": "pretense", "practise": "practice", "practised": "practiced",
    "practising": "practicing", "grey": "gray", "catalogue": "catalog", "analogue": "analog",
    "dialog": "dialogue", "judgement": "judgment", "acknowledgement": "acknowledgment",
    "ageing": "aging", "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "instalment": "installment", "skilful": "skillful",
    "wilful": "willful", "jewellery": "jewelry", "manoeuvre": "maneuver",
    "aluminium": "aluminum", "sceptic": "skeptic", "sceptical": "skeptical", "mould": "mold",
    "plough": "plow", "towards": "toward", "amongst": "among", "whilst": "while",
    "learnt": "learned", "spelt": "spelled", "paediatric": "pediatric",
    "encyclopaedia": "encyclopedia", "storeys": "stories",
    "macau": "macao",  # a place spelled two ways: the Western press's Macau, official Macao
}
_OUR = re.compile(r"(neighb|hon|fav|lab|col|endeav|behavi|harb|vig|rum|hum|savi|val|vap|od|"
                  r"flav|arm|parl|splend|clam|rig|tum|cand|ard|ferv|sav)our")
_RE = re.compile(r"(cent|theat|met|lit|fib|calib|somb|spect|meag|lust|sab)r(e|es|ed)$")
_ISE = re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$")
_YSE = re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$")
_LL = re.compile(r"(travel|model|label|cancel|fuel|level|signal|channel|counsel|equal|total|"
                 r"marshal|dial|duel|jewel|tunnel|quarrel|rival|marvel|panel|initial|pencil|"
                 r"gravel|libel|shovel|pedal|worship)(?:l|p)(ed|ing|er|ers|or|ors)$")


def us_spelling(word: str) -> str:
    """The American spelling of a lower-case English word ('centres' → 'centers',
    'organisation' → 'organization', 'neighbouring' → 'neighboring', 'travelled' → 'traveled');
    other words unchanged. For comparing renderings, never for rewriting a text."""
    if len(word) < 4 or not word.isascii():
        return word
    us = _US_WORDS.get(word)
    if us is not None:
        return us
    if word.endswith("s") and word[:-1] in _US_WORDS:  # programmes, licences
        return _US_WORDS[word[:-1]] + "s"
    if "our" in word:
        word = _OUR.sub(r"\1or", word)
    if word.endswith(("re", "res", "red")):
        word = _RE.sub(lambda m: m[1] + "er" + {"e": "", "es": "s", "ed": "ed"}[m[2]], word)
    elif word.endswith(("ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers")):
        word = _ISE.sub(r"iz\1", word)
    elif word.endswith(("yse", "yses", "ysed", "ysing", "yser", "ysers")):
        word = _YSE.sub(r"yz\1", word)
    elif "ll" in word or "pp" in word:
        word = _LL.sub(r"\1\2", word)
    return word


# A line of a scanned English page that ends in a hyphen after a letter or digit: a word cut at
# the margin ("perc-" / "ent") or a compound cut at its own hyphen ("long-" / "term").
_CUT_HEAD = re.compile(r"[A-Za-z0-9]-$")


def join_cut_word(line: str, nxt: str) -> str | None:
    """`line` and the next line `nxt` joined without a space where `line` ends in a hyphen
    after a letter or digit, or None. The compound comes out whole ("long-term",
    "China-Pacific", "2025-2026") and a word cut at the margin keeps its hyphen ("perc-ent"):
    dropping it would lose a character of the translation (the English is cut, never trimmed)."""
    if _CUT_HEAD.search(line) is None or not nxt[:1].isalnum():
        return None
    return line + nxt
