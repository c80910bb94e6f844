"""The one worker pool of tifa: forked processes that never outlive the command.

Corpus reading and lint spread their per-item work over forked workers (forked, so they share
the parent's memory: the matcher, the caches, the string hash seed). Two promises matter more
than speed: results come back in input order, with at most `ahead` items per worker in flight
(memory stays flat on any input), and no worker survives its parent. The parent kills its
workers when it stops for any reason (error, Ctrl-C, SIGTERM, SIGHUP: the CLI turns the
signals into exceptions); a worker also dies when its parent dies without a word (SIGKILL,
OOM killer): Linux sends it SIGKILL (`PR_SET_PDEATHSIG`), and elsewhere it sees its task pipe
close.

Everything runs in the parent's main thread over pipes and `select`, so there is no feeder
thread to deadlock on and a signal handler in the parent always gets to run.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import struct
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from tifa.tm.base.files import TifaError, check_stop

_HEADER = struct.Struct("!Q")  # length of the pickled payload that follows
_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1


def available() -> bool:
    """Workers are forked; where fork does not exist (Windows) everything runs in-process."""
    return hasattr(os, "fork")


def jobs(limit: int | None = None) -> int:
    """How many workers to use: TIFA_JOBS if set (0 or 1 = none), else one per core when there
    are several; never more than `limit` (the number of work items, say)."""
    env = os.environ.get("TIFA_JOBS", "").strip()
    if env.isdigit():
        count = int(env)
    elif not available():
        count = 0
    else:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else (os.cpu_count() or 1)
        count = cores if cores > 1 else 0
    if limit is not None:
        count = min(count, limit)
    return count if count > 1 and available() else 0


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no-op elsewhere)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes  # here: only a forked worker pays for ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _send(fd: int, payload: bytes) -> None:
    view = memoryview(_HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, need = [], size
    while need:
        data = os.read(fd, min(need, 1 << 20))
        if not data:
            return None  # the parent closed the pipe, or died
        chunks.append(data)
        need -= len(data)
    return b"".join(chunks)


def _serve(func: Callable[[Any], Any], tasks: int, results: int) -> None:
    """A worker's life: read an item, send back (True, result) or (False, exception)."""
    while True:
        header = _read_exactly(tasks, _HEADER.size)
        if header is None:
            return
        payload = _read_exactly(tasks, _HEADER.unpack(header)[0])
        if payload is None:
            return
        try:
            answer: tuple[bool, Any] = (True, func(pickle.loads(payload)))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent
            answer = (False, exc)
        try:
            data = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            data = pickle.dumps((False, RuntimeError(f"worker: {type(exc).__name__}: {exc}")))
        _send(results, data)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            return f"killed by {signal.Signals(number).name}"
        except ValueError:
            return f"killed by signal {number}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


class WorkerPool:
    """`jobs` forked workers applying `func` (inherited through fork, never pickled) to items.

        with WorkerPool(func, 2) as pool:
            for result in pool.imap(items):
                ...

    Items and results are pickled. An exception in `func` is raised again in the parent
    (a `TifaError` keeps its file and line). Leaving the `with` block normally lets the
    workers finish and exit; leaving it by an exception (or a signal) kills them at once.
    """

    def __init__(self, func: Callable[[Any], Any], jobs: int, ahead: int = 2) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.ahead = max(1, ahead)
        self._workers: list[tuple[int, int, int]] = []  # (pid, task fd, result fd)

    def __enter__(self) -> WorkerPool:
        parent = os.getpid()
        for stream in (sys.stdout, sys.stderr):  # nothing buffered may be written twice
            with contextlib.suppress(Exception):
                stream.flush()
        try:
            for _ in range(self.jobs):
                self._spawn(parent)
            check_stop()  # a signal handled inside the fork's hooks went astray
        except BaseException:
            self._stop(kill=True)
            raise
        return self

    def _spawn(self, parent: int) -> None:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        # Signals stay blocked across fork, so that neither side is interrupted half-way.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            pid = os.fork()
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
            for fd in (task_r, task_w, result_r, result_w):
                os.close(fd)
            raise
        if pid == 0:  # the worker: never return into the parent's stack
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides on Ctrl-C
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGHUP, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_SETMASK, old)
                _die_with_parent(parent)
                for _, theirs_w, theirs_r in self._workers:  # only the parent may hold these
                    os.close(theirs_w)
                    os.close(theirs_r)
                os.close(task_w)
                os.close(result_r)
                _serve(self.func, task_r, result_w)
                code = 0
            except BaseException:  # noqa: BLE001 - a worker reports through its pipe or dies
                code = 1
            finally:
                os._exit(code)
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)  # the parent never blocks writing: see imap
        self._workers.append((pid, task_w, result_r))

    def imap(self, items: Iterable[Any]) -> Iterator[Any]:
        """`func(item)` for each item, in input order, at most `ahead` × workers items between
        the input and the output (queued, in work or done but not yet taken).

        The parent writes tasks without blocking and drains every result pipe it can, so a
        worker blocked on a large result never waits on a parent blocked on a large task.
        """
        source = iter(items)
        count = len(self._workers)
        outbox = [bytearray() for _ in range(count)]
        inbox = [bytearray() for _ in range(count)]
        queued: list[deque[int]] = [deque() for _ in range(count)]
        done: dict[int, tuple[bool, Any]] = {}
        by_fd = {result: w for w, (_, _, result) in enumerate(self._workers)}
        sent = wanted = 0
        exhausted = False
        while True:
            while not exhausted and sent - wanted < count * self.ahead:
                worker = min(range(count), key=lambda w: len(queued[w]))
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                payload = pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
                outbox[worker] += _HEADER.pack(len(payload)) + payload
                queued[worker].append(sent)
                sent += 1
            while wanted in done:
                ok, value = done.pop(wanted)
                wanted += 1
                if not ok:
                    raise value
                yield value
            if exhausted and wanted == sent:
                return
            if not exhausted and sent - wanted < count * self.ahead:
                continue  # what was just taken made room for more work
            readers = [self._workers[w][2] for w in range(count) if queued[w]]
            writers = [self._workers[w][1] for w in range(count) if outbox[w]]
            readable, writable, _ = select.select(readers, writers, [])
            for w in range(count):
                fd = self._workers[w][1]
                if fd in writable:
                    try:
                        written = os.write(fd, outbox[w][:1 << 20])
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:
                        self._died(w)
                    del outbox[w][:written]
            for fd in readable:
                w = by_fd[fd]
                data = os.read(fd, 1 << 20)
                if not data:
                    self._died(w)
                inbox[w] += data
                self._unpack(inbox[w], queued[w], done)

    @staticmethod
    def _unpack(buffer: bytearray, queued: deque[int], done: dict[int, tuple[bool, Any]]) -> None:
        while len(buffer) >= _HEADER.size:
            size = _HEADER.unpack_from(buffer)[0]
            if len(buffer) < _HEADER.size + size:
                return
            payload = bytes(buffer[_HEADER.size:_HEADER.size + size])
            del buffer[:_HEADER.size + size]
            try:
                answer = pickle.loads(payload)
            except Exception as exc:  # noqa: BLE001 - e.g. an exception class that will not load
                answer = (False, RuntimeError(f"worker result could not be read: {exc}"))
            done[queued.popleft()] = answer

    def _died(self, worker: int) -> None:
        pid = self._workers[worker][0]
        try:
            _, status = os.waitpid(pid, 0)
            how = _describe(status)
        except ChildProcessError:
            how = "gone"
        self._workers[worker] = (-1, *self._workers[worker][1:])
        raise TifaError(f"a worker process died ({how}); run again, or with TIFA_JOBS=0 to "
                        "work in one process")

    def _stop(self, kill: bool) -> None:
        """Close the pipes (an idle worker then exits, a busy one fails on its next write) or
        kill the workers outright; reap them all, so that no zombie or orphan remains."""
        workers, self._workers = self._workers, []
        for pid, task, result in workers:
            for fd in (task, result):
                with contextlib.suppress(OSError):
                    os.close(fd)
            if kill and pid > 0:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        for pid, _, _ in workers:
            if pid > 0:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, 0)

    def __exit__(self, exc_type, exc, tb) -> None:
        self._stop(kill=exc_type is not None)


def imap(func: Callable[[Any], Any], items: Iterable[Any], jobs: int,
         ahead: int = 2) -> Iterator[Any]:
    """`func` over `items` in order on `jobs` workers (in this process when jobs < 2)."""
    if jobs < 2 or not available():
        yield from map(func, items)
        return
    with WorkerPool(func, jobs, ahead) as pool:
        yield from pool.imap(items)


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The cycle collector paused (a decorator too): the corpus step and mining build millions
    of acyclic objects (strings, tuples, dicts of signals), and every full collection walks
    all of them again (~20 % of the corpus step; ~1.5 s of a month's update of a mining
    archive, docs/mining.md). What it would have found is collected once it runs again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def aside(func: Callable[[], Any]) -> Iterator[Callable[[], Any]]:
    """`func()` started now in one forked worker while this process does other work; the
    yielded function waits for its result (an exception in `func` is raised there). Without
    workers (TIFA_JOBS=0 or 1, one core, no fork) `func` runs when its result is asked for.
    Leaving the block by an exception (or a signal) kills the worker.

        with aside(lambda: one_part(x)) as theirs:
            mine = other_part(y)
            both = mine, theirs()
    """
    if jobs() < 2:
        yield func
        return

    def work(_: Any) -> Any:
        gc.disable()  # a short life: no collection walking (and copying) the shared memory
        return func()

    gc.freeze()  # what exists now is shared: no collection in the worker touches it
    try:
        with WorkerPool(work, 1) as pool:
            yield from _started(pool)
    finally:
        gc.unfreeze()


def _started(pool: WorkerPool) -> Iterator[Callable[[], Any]]:
    """`aside`'s waiting side: send the one task, yield the function that waits for it."""
    _, task, result = pool._workers[0]
    os.set_blocking(task, True)  # one small task: written at once
    _send(task, pickle.dumps(None))
    got: list[tuple[bool, Any]] = []

    def wait() -> Any:
        if not got:
            header = _read_exactly(result, _HEADER.size)
            data = None if header is None else _read_exactly(result, _HEADER.unpack(header)[0])
            if data is None:
                pool._died(0)
            got.append(pickle.loads(data))
        ok, value = got[0]
        if not ok:
            raise value
        return value

    yield wait
