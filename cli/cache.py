"""`tifa cache info | clear`: what tifa keeps in its cache directory, and removing it.

The cache only ever saves time (parsed glossaries, TMX indexes, the CC-CEDICT lexicon); it
prunes itself under a size cap, and clearing it costs a rebuild on the next command.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated

import typer
from tifa.tm.base import cache

cache_app = typer.Typer(
    help="tifa's cache of parsed glossaries, TMX indexes and the CC-CEDICT lexicon.\n\n"
         "Where: $XDG_CACHE_HOME/tifa or ~/.cache/tifa. It is pruned to TIFA_CACHE_MAX_MB "
         f"(default {cache.DEFAULT_MAX_MB}) megabytes, least recently used first, and entries "
         f"unused for {cache.MAX_AGE_DAYS} days are dropped. TIFA_NO_CACHE=1 switches it off.",
    no_args_is_help=True,
)


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


@cache_app.command("info")
def info_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show the cache directory, its size and what it holds, by kind.

    Examples:

        tifa cache info

        tifa cache info --json
    """
    files = cache.entries()
    sizes: Counter = Counter()
    counts: Counter = Counter()
    for item in files:
        sizes[item.kind] += item.size
        counts[item.kind] += 1
    total = sum(sizes.values())
    if as_json:
        print(json.dumps({"version": 1, "directory": str(cache.cache_dir()),
                          "enabled": cache.enabled(), "files": len(files), "bytes": total,
                          "limit_bytes": cache.max_bytes(),
                          "kinds": {k: {"files": counts[k], "bytes": sizes[k]}
                                    for k in sorted(counts)}}, indent=2))
        return
    state = "" if cache.enabled() else "  (switched off: TIFA_NO_CACHE is set)"
    print(f"{cache.cache_dir()}{state}")
    print(f"{len(files)} file(s), {_mb(total)} of at most {_mb(cache.max_bytes())}")
    for kind in sorted(counts):
        print(f"  {kind:10s} {counts[kind]:4d} file(s)  {_mb(sizes[kind]):>10s}")


@cache_app.command("clear")
def clear_cmd() -> None:
    """Remove everything in the cache directory (the next commands rebuild what they need).

    Example:

        tifa cache clear
    """
    removed = cache.clear()
    print(f"removed {len(removed)} file(s), {_mb(sum(f.size for f in removed))}, "
          f"from {cache.cache_dir()}")


def register(app: typer.Typer) -> None:
    """Add the `cache` command group to the main app."""
    app.add_typer(cache_app, name="cache")
