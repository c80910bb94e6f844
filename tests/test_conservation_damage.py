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

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tifa.tm.base.files import decode

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
    # the last line cut off, without its line end (a page of one paragraph cut is no
    # sentence at all: refused as such, not this law's business)
    if sum(1 for line in lines if line.strip()) > 2 and draw(st.booleans()):
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


@_settings(120)
@given(_damaged_corpora())
def test_segment_loses_no_character_of_a_damaged_page(files):
    from tifa.tm.corpus.merge import segment_pages

    pages = {name: decode(data, name) for name, data in files.items()}
    check_law(segment_pages(list(pages.items())), pages)
