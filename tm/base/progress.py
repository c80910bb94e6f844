"""The one progress display of every long-running command: a rich bar on a terminal, else nothing.

It lives in the floor layer so that library code (corpus, mining, TM, lint) can report through
`counted` and the `Progress` callback type; rich itself is imported only when a bar is drawn.

Library code reports through a plain callback, `progress(stage, done, total)` (total 0 = not
known yet), and never imports rich. A command wraps its work in `progress_bar()`:

    with progress_bar() as progress:          # None when stderr is not a terminal
        run_build(inputs, outdir, progress)

Each stage gets its own line with the count, the rate and the elapsed/remaining time; the bars
vanish when the command ends, so the summary stays readable. Nothing is drawn when stderr is
piped or redirected (logs and scripts get no control characters); NO_COLOR turns colours off.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
# Stage names the corpus reader reports, as the bar shows them.
_LABELS = {"read": "corpus: reading files", "merge": "corpus: merging copies"}


def enabled() -> bool:
    """A bar only on an interactive terminal (TERM=dumb is not one)."""
    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


@contextlib.contextmanager
def progress_bar(force: bool | None = None) -> Iterator[Progress | None]:
    """Yield a progress callback drawing on stderr, or None when no bar should be drawn."""
    if not (enabled() if force is None else force):
        yield None
        return
    from rich.console import Console  # rich costs ~60 ms to import: only on a terminal
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")))
    # Results written to stdout meanwhile are drawn above the bar only when stdout is the same
    # terminal; a piped stdout is never routed through the (stderr) console.
    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                   console=console, transient=True, redirect_stdout=sys.stdout.isatty(),
                   redirect_stderr=False)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(_LABELS.get(stage, stage), total=total or None, rate="")
        task = tasks[stage]
        bar.update(task, completed=done, total=total or None)
        speed = bar.tasks[task].speed  # rich's own moving estimate over the last updates
        rate = "" if not speed else f"{speed:,.0f}/s" if speed >= 10 else f"{speed:.2g}/s"
        bar.update(task, rate=rate)

    with bar:
        yield update


def counted(items: Iterable[T], stage: str, progress: Progress | None, total: int = 0,
            every: int = 200) -> Iterator[T]:
    """Pass `items` through, reporting how many went by every `every` items and at the end."""
    if progress is None:
        yield from items
        return
    n = 0
    progress(stage, 0, total)
    for n, item in enumerate(items, 1):
        if n % every == 0:
            progress(stage, n, total)
        yield item
    progress(stage, n, total or n)
