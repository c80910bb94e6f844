"""`--json` on every reporting command (validated against docs/json.md) and the progress bar."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys

import pytest
from tifa.tm.base import VERSION

from tests.conftest import REPO, run_tifa

SCHEMAS = dict(re.findall(r"^## (.+?)\n\n```json\n(.*?)```", (REPO / "docs" / "json.md")
                          .read_text(encoding="utf-8"), re.S | re.M))


PAGE = "seeds/000_ff653c6785898c9e.txt"


@pytest.fixture(scope="module")
def tmx(tmp_path_factory):
    """`tifa tm build --json` once: its document and the TMX the other commands read."""
    path = tmp_path_factory.mktemp("tm") / "keynote.tmx"
    proc = run_tifa("tm", "build", "--zh", "seeds", "--en",
                    "seeds/en/xian-keynote-2023.en.txt", "-o", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), path


def check(name: str, stdout: str) -> dict:
    from jsonschema import Draft202012Validator

    doc = json.loads(stdout)
    assert next(iter(doc)) == "version" and doc["version"] == VERSION
    Draft202012Validator(json.loads(SCHEMAS[name])).validate(doc)
    return doc


def test_every_schema_is_documented_and_valid():
    from jsonschema import Draft202012Validator

    assert set(SCHEMAS) == {"build", "tm build", "tm stats", "tm merge", "tm lookup",
                            "glossary validate", "glossary lookup", "mine", "lint"}
    for schema in SCHEMAS.values():
        Draft202012Validator.check_schema(json.loads(schema))


def test_build_json(tmp_path):
    out = tmp_path / "out"
    proc = run_tifa("build", PAGE, "--json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    doc = check("build", proc.stdout)
    rows = {row["label"]: row for row in doc["steps"]}
    segments = sum(1 for _ in open(out / "segments.jsonl", encoding="utf-8"))
    assert rows["files"]["count"] == 1 and rows["segments"]["count"] == segments
    assert rows["segments"]["path"] == str(out / "segments.jsonl")
    assert rows["candidates"]["count"] == 100
    assert rows["translation memory"]["count"] is None   # "skipped: …", no number


def test_tm_commands_json(tmx, tmp_path):
    doc, path = tmx
    check("tm build", json.dumps(doc))
    assert doc["units"] == path.read_text(encoding="utf-8").count("<tu ") > 50
    assert sum(doc["beads"].values()) == doc["units"] and doc["articles"]
    stats = check("tm stats", run_tifa("tm", "stats", str(path), "--json").stdout)
    assert stats["languages"] == {"zh-CN -> en": stats["units"]}
    merged = run_tifa("tm", "merge", str(path), str(path), "-o", str(tmp_path / "m.tmx"),
                      "--json")
    assert check("tm merge", merged.stdout)["duplicates"] == doc["units"]
    found = run_tifa("tm", "lookup", "世界需要一个稳定的中亚。", "--tm", str(path), "--json")
    assert check("tm lookup", found.stdout)["matches"][0]["score"] == 100


def test_glossary_and_mine_and_lint_json(tmx, tmp_path):
    doc = check("glossary validate", run_tifa("glossary", "validate", "--json").stdout)
    assert doc["ok"] and doc["entries"] > 100 and doc["problems"] == []
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - id: Bad Id\n    zh: 新词\n    category: slogan\n"
                   "    domain: diplomatic\n    status: provisional\n", encoding="utf-8")
    proc = run_tifa("glossary", "validate", str(bad), "--json")
    doc = check("glossary validate", proc.stdout)
    assert proc.returncode == 2 and not doc["ok"] and doc["problems"][0]["line"] == 2
    doc = check("glossary lookup", run_tifa("glossary", "lookup", "守望相助", "--json").stdout)
    assert doc["entries"][0]["zh"] == "守望相助"
    proc = run_tifa("mine", PAGE, "-n", "5", "--json")
    doc = check("mine", proc.stdout)
    assert len(doc["candidates"]) == 5
    assert "\x1b" not in proc.stderr and "/s" not in proc.stderr   # piped: no progress bar
    proc = run_tifa("lint", str(tmx[1]), "--json")
    doc = check("lint", proc.stdout)
    assert doc["summary"]["units"] > 50 and proc.returncode in (0, 1)


# ----------------------------------------------------------------------------- progress

def on_terminal(*args: str, env: dict | None = None) -> tuple[int, str, str]:
    """Run tifa with stderr on a pseudo-terminal; (exit code, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    full_env = {**os.environ, "COLUMNS": "120", "TERM": "xterm-256color", **(env or {})}
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    proc = subprocess.Popen([sys.executable, "-c", "from tifa.cli.app import main; main()",
                             *args], cwd=REPO, stderr=slave, stdout=subprocess.PIPE,
                            env=full_env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:   # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    stdout = proc.stdout.read().decode("utf-8")
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, stdout, b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_bar_on_a_terminal_only(tmp_path):
    out = tmp_path / "c.tsv"
    code, stdout, screen = on_terminal("mine", "seeds", "-n", "3", "-o", str(out))
    assert code == 0 and stdout == ""
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    # every stage is shown with its count and, once it moves, its rate
    assert re.search(r"corpus: reading files .* 5/5", plain)
    assert re.search(r"corpus: merging copies .* (\d+)/\1", plain)
    match = re.search(r"mining: scoring candidates .* (\d+)/(\d+) +[\d,]+/s", plain)
    assert match and match[1] == match[2]
    assert re.search(r"\x1b\[[0-9;]*3\dm|\x1b\[38;", screen)          # coloured by default
    _, _, screen = on_terminal("mine", PAGE, "-n", "3", "-o", str(out), env={"NO_COLOR": "1"})
    assert "mining: scoring candidates" in screen
    assert not re.search(r"\x1b\[[0-9;]*3\dm|\x1b\[38;", screen)      # NO_COLOR: no colours
