"""numba, set up once for tifa: compiled code is cached in tifa's cache directory (`numba/`).

Compiled code depends only on its source file and numba, so it is cached even with
TIFA_NO_CACHE (which is about cached data); an unwritable cache directory means compiling on
every run. Modules take `njit` from here, not from numba, so that the cache directory is set
before numba reads its configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

from tifa.tm.base import cache

if "NUMBA_CACHE_DIR" not in os.environ:   # before numba reads its configuration
    os.environ["NUMBA_CACHE_DIR"] = str(cache.cache_dir() / "numba")

from numba import njit  # noqa: E402


def _writable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path, os.W_OK)


CACHE = _writable(Path(os.environ["NUMBA_CACHE_DIR"]))

__all__ = ["CACHE", "njit"]
