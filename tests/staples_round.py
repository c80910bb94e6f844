"""The four checks a round of glossary staples makes on its own sentences (twenty-second round
on), written once: a round's module imports them, and pytest runs them there, on that module's
tables (`request.module`):

- `STAPLES`: (Chinese, correct English, slipped English, code of the slip, the term);
- `FREE`, `HELD_CORRECT`, `SILENT_MORE`: more correct pairs (other hands, held out, others);
- `DEPRECATED`: (Chinese, English with a deprecated rendering, the term);
- `HELD_SLIPS`: (Chinese, slipped English, code, term);
- `NO_SWAP`: the terms whose correct sentence inflects the rendering;
- `FLOORS`: the least count of correct pairs, slips, swaps and entries (a table cut short fails);
- `FIXES`: (Chinese, right English, slipped English, code) for the old entries a round changed
  (twenty-fifth round on; a module with none does not import that check).

All pairs are linted once, in one batch (`tests.lintsets.shipped_findings`), and each test
asserts a whole table, listing the rows that fail."""

from __future__ import annotations

from tests.lintsets import DEP, fix_failures, lookup_misses, noisy, slip_misses, variant_swaps


def test_every_correct_translation_is_silent(request) -> None:
    """Each entry's correct sentence, the other hands' wordings, the held-out correct pairs and
    the round's other correct pairs lint silent."""
    m = request.module
    pairs = [(s[0], s[1]) for s in m.STAPLES] + m.FREE + m.HELD_CORRECT + m.SILENT_MORE
    assert len(pairs) >= m.FLOORS["correct"] and noisy(pairs) == []


def test_every_slip_is_the_one_finding_about_its_entry(terms, request) -> None:
    """Each slipped twin gives exactly one finding, of its code, naming its entry (its Chinese
    for a missing rendering, the rendering to use for a deprecated one); the deprecated
    renderings and the held-out slips likewise."""
    m = request.module
    rows = m.STAPLES + [(zh, en, en, DEP, term) for zh, en, term in m.DEPRECATED] + \
        [(zh, en, en, code, term) for zh, en, code, term in m.HELD_SLIPS]
    assert len(rows) >= m.FLOORS["slips"] and slip_misses(terms, rows) == []


def test_every_accepted_variant_in_place_of_the_rendering_is_silent(terms, request) -> None:
    """The round's variants are renderings a correct translator writes: put in the place of
    the official one in its entry's correct sentence, not one of them gives a finding."""
    m = request.module
    swaps = variant_swaps(terms, m.STAPLES, m.NO_SWAP)
    assert len(swaps) >= m.FLOORS["swaps"] and noisy(swaps) == []


def test_every_entry_is_looked_up_by_its_chinese_its_variants_and_its_english(terms,
                                                                              request) -> None:
    """`tifa glossary lookup` finds each of the round's entries first by its Chinese and each
    Chinese variant, and by its rendering and each accepted variant (the rendering first)."""
    entries, wrong = lookup_misses(terms, request.module.STAPLES)
    assert entries >= request.module.FLOORS["entries"] and wrong == []


def test_each_fix_to_an_old_entry_is_silent_on_the_right_english_and_finds_its_slip(
        terms, request) -> None:
    """The old entries the round changed: the right English silent, its slipped twin found."""
    assert fix_failures(terms, request.module.FIXES) == []
