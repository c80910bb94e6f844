"""The suite's shared bytecode cache (conftest._share_bytecode): a fresh Python the tests start
compiles a module of tifa once for the session, into the session's own directory, where the
next fresh Python reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_a_fresh_python_leaves_its_bytecode_in_the_sessions_cache() -> None:
    prefix = Path(os.environ["PYTHONPYCACHEPREFIX"])
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ
    subprocess.run([sys.executable, "-c", "import tifa.tm.base.cache"], env=os.environ,
                   check=True, timeout=120)
    source = REPO / "tm" / "base" / "cache.py"
    assert (prefix / source.parent.relative_to("/") / "cache.cpython-"
            f"{sys.version_info.major}{sys.version_info.minor}.pyc").is_file()
