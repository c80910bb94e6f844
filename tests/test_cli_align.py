"""`tifa align` as a user runs it: formats, --presplit with empty lines, raw text, bad input."""

from __future__ import annotations

import json

from tifa.tm.align import DOUBT_THRESHOLD

from tests.test_align import EN, ZH


def _write(tmp_path, name: str, lines: list[str]) -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_presplit_beads_format(tifa, tmp_path):
    zh, en = _write(tmp_path, "a.zh", ZH), _write(tmp_path, "a.en", EN)
    r = tifa("align", "--zh", zh, "--en", en, "--presplit", "--format", "beads")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[0]:[0,1]", "[1]:[2]", "[2,3]:[3]", "[4]:[4]", "[5]:[]",
                                     "[6]:[5]"]


def test_tsv_and_jsonl_carry_texts_types_and_confidence(tifa, tmp_path):
    zh, en = _write(tmp_path, "a.zh", ZH), _write(tmp_path, "a.en", EN)
    r = tifa("align", "--zh", zh, "--en", en, "--presplit")
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows[0] == ["zh_ids", "en_ids", "type", "confidence", "zh", "en"]
    assert rows[3][:3] == ["2,3", "3", "2-1"] and rows[3][4] == ZH[2] + ZH[3]
    assert rows[1][5] == EN[0] + " " + EN[1]
    out = tmp_path / "out.jsonl"
    r = tifa("align", "--zh", zh, "--en", en, "--presplit", "-f", "jsonl", "-o", str(out))
    assert r.returncode == 0 and r.stdout == ""
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[3] == {**records[3], "zh": [4], "en": [4], "type": "1-1"}
    assert records[4]["type"] == "1-0" and records[4]["en_text"] == ""
    assert all(0 <= rec["confidence"] <= 1 for rec in records)


def test_presplit_keeps_line_numbers_and_empty_lines(tifa, tmp_path):
    zh = _write(tmp_path, "a.zh", [ZH[0], "", ZH[1], ZH[2], ZH[3]])
    en = _write(tmp_path, "a.en", [EN[0], EN[1], EN[2], "", EN[3]])
    r = tifa("align", "--zh", zh, "--en", en, "--presplit", "-f", "beads")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[0]:[0,1]", "[1]:[]", "[2]:[2]", "[]:[3]", "[3,4]:[4]"]


def test_raw_text_is_cleaned_and_split(tifa, tmp_path):
    zh = tmp_path / "speech.zh.txt"
    zh.write_text("世界需要一个稳定的中亚。世界需要一个繁\n荣的中亚。\n（上接A01版①）\n"
                  "下次峰会将于2025年在哈萨克斯坦举行。\n", encoding="utf-8")
    en = tmp_path / "speech.en.txt"
    en.write_text("The world needs a Central Asia that is both stable and\nprosperous. "
                  "The next summit will take place in Kazakhstan in 2025.\n", encoding="utf-8")
    r = tifa("align", "--zh", str(zh), "--en", str(en), "-f", "beads")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[0,1]:[0]", "[2]:[1]"]


def test_bad_input_one_line_exit_2(tifa, tmp_path):
    zh, en = _write(tmp_path, "a.zh", ZH), _write(tmp_path, "a.en", EN)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    cases = [
        (("--zh", en, "--en", zh), "did you swap --zh and --en?"),
        (("--zh", str(empty), "--en", en), "empty: no sentences to align"),
        (("--zh", zh, "--en", str(tmp_path / "missing.txt")), "no such file"),
        (("--zh", zh, "--en", _write(tmp_path, "s.en", ["Summit."])), "cannot be a translation"),
    ]
    for args, message in cases:
        r = tifa("align", *args, "--presplit")
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert message in r.stderr and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("tifa: error: ")


def test_summary_warns_and_output_file_is_not_left_half_written(tifa, tmp_path):
    zh = _write(tmp_path, "a.zh", ZH)
    en = _write(tmp_path, "a.en", ["China and Central Asia have old ties and trade is growing.",
                                   "A new summit follows in 2025."])
    out = tmp_path / "o.tsv"
    r = tifa("align", "--zh", zh, "--en", en, "--presplit", "-o", str(out))
    assert r.returncode == 0
    assert "tifa: warning:" in r.stderr and "shorter" in r.stderr
    assert out.exists()
    bad = tmp_path / "never.tsv"
    r = tifa("align", "--zh", en, "--en", zh, "--presplit", "-o", str(bad))
    assert r.returncode == 2 and not bad.exists()
    assert list(tmp_path.glob(".never.tsv.*")) == []


def test_help_has_examples(tifa):
    r = tifa("align", "--help")
    assert r.returncode == 0
    assert "tifa align --zh" in r.stdout and "--presplit" in r.stdout


def test_raw_text_paragraph_per_line_with_a_deleted_paragraph(tifa, tmp_path):
    """The keynote as pasted from a word processor (one paragraph per line), the English
    missing three paragraphs and the Chinese one: omissions and additions come out as
    confident one-sided beads, everything else as the gold."""
    from tests.test_align import BENCH

    zh_text, en_text = BENCH.keynote_raw_text("paragraphs deleted")
    zh = tmp_path / "keynote.zh.txt"
    en = tmp_path / "keynote.en.txt"
    zh.write_text(zh_text, encoding="utf-8")
    en.write_text(en_text, encoding="utf-8")
    r = tifa("align", "--zh", str(zh), "--en", str(en), "-f", "jsonl")
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    *_, gold = BENCH.load_keynote("paragraphs deleted")
    assert [(tuple(rec["zh"]), tuple(rec["en"])) for rec in records] == gold
    omitted = [rec for rec in records if rec["type"] == "1-0"]
    added = [rec for rec in records if rec["type"] == "0-1"]
    assert omitted[0]["zh_text"] == "二是坚持共同发展。" and len(omitted) == 9
    assert [rec["en_text"][:24] for rec in added] == ["The relations between Ch"]
    assert all(rec["confidence"] >= DOUBT_THRESHOLD for rec in omitted + added)
