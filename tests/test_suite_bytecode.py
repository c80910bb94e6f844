"""The suite's kept bytecode (conftest._share_bytecode): a fresh Python the tests start
writes the bytecode of a module of tifa it imports, where the next fresh Python reads it."""

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
