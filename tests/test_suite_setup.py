"""The suite's own set-up (tests/conftest.py): one conftest module whatever name imports it,
and bytecode kept by the fresh Pythons the tests start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_fresh_python_keeps_the_bytecode_of_what_it_imports() -> None:
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ
    where = subprocess.run(
        [sys.executable, "-c", "import importlib.util, tifa.tm.base.cache as c; "
         "print(importlib.util.cache_from_source(c.__file__))"],
        env=os.environ, check=True, timeout=120, capture_output=True, text=True).stdout
    assert Path(where.strip()).is_file(), where


def test_the_test_modules_conftest_is_pytests(tifa) -> None:
    """`from tests.conftest import run_tifa` is the `tifa` fixture's run_tifa: one module, one
    fork server for the session (each copy of the module started its own)."""
    from tests.conftest import run_tifa

    assert run_tifa is tifa
