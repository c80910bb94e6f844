"""Shared fixtures: the real seed corpus, and running `tifa` as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def run_tifa(*args: str, cwd: Path | None = None, input: str | None = None,
             env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `tifa` command line in a subprocess and capture its output."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-c", "from cli.app import main; main()", *args],
        cwd=cwd or REPO, input=input, env=full_env, capture_output=True, text=True,
        timeout=timeout,
    )


def require_program(name: str) -> str:
    """Path of an external program (OmegaT, Chromium); skip locally, fail in CI if missing."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def tifa():
    return run_tifa
