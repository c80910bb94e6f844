"""A fork server for the tests' `tifa` runs (conftest.run_tifa): one Python that has imported
tifa's command modules once, forking a fresh process for each run.

Why: a test's `tifa` subprocess spent about a second of CPU importing (regular expressions
compiled at import, numpy, wordfreq, typer) before doing a few milliseconds of work, and the
suite runs a few hundred of them. A forked child is still a process of its own with the
caller's arguments, working directory, environment, standard input and output files, exit
status and signals; it runs `tifa.cli.app.main` exactly as `python -c "from tifa.cli.app
import main; main()"` does, from the state that command has after its imports. Only modules
that read nothing of the environment or the cache at import are loaded here, and numba, which
reads its variables (NUMBA_CACHE_DIR) at import: conftest sets them for the whole session
before it starts this server, and falls back to a real subprocess when a run's environment
differs in them or in anything else read at import.

Before forking the first run of a command that matches terms, the server builds the shipped
glossary's term matcher and loads score's compiled kernels once (`_warm`): each such run did
it again. What the server holds is frozen out of the cyclic garbage collector (`gc.freeze`):
a forked run's full collection walked the whole preloaded heap, ~0.4 s of a score run —
the largest single cost of the score tests (docs/score.md, "Twenty-third round").

Protocol: the server listens on the Unix socket given as argv[1] and exits when its standard
input closes. A request is one JSON line {args, cwd, env, stdin, stdout, stderr, timeout} (the
three streams are file paths); the reply is one JSON line {returncode} or {timeout: true}.
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import sys
import time

PRELOAD = ("tifa.cli.app", "tifa.cli.align", "tifa.cli.cache", "tifa.cli.corpus",
           "tifa.cli.glossary", "tifa.cli.lint", "tifa.cli.mine", "tifa.cli.tm",
           "tifa.cli.jsondoc", "tifa.cli.output", "tifa.tm.pipeline", "tifa.tm.lint.checks",
           "tifa.tm.lint.readers", "tifa.tm.lint.report", "tifa.tm.align", "tifa.tm.memory",
           "tifa.glossary.store", "tifa.glossary.lookup", "tifa.glossary.export",
           "tifa.glossary.termlist", "tifa.glossary.edit", "tifa.tm.base.progress",
           # numba and its kernels: ~0.2 s of CPU of every `tifa score` or `mine` run
           "tifa.tm.base.compiled", "tifa.tm.score", "tifa.tm.score.kernels",
           "tifa.glossary.mine_kernels")


def _preload() -> None:
    import importlib

    if "NUMBA_CACHE_DIR" not in os.environ:  # numba would fix a cache of the server's own
        raise SystemExit("cli_server: NUMBA_CACHE_DIR is not set; conftest sets it for the "
                         "session before starting this server")
    for name in PRELOAD:
        importlib.import_module(name)
    # what the server holds is never garbage: a run's collections walk only its own objects
    # (a full collection over the preloaded heap cost a run ~0.4 s)
    gc.freeze()


# Commands that build the shipped glossary's term matcher (~0.1–0.25 s of CPU a run; score
# and tm also the aligner's) and score's numba kernels (loaded from numba's cache, ~0.2 s).
WARMED_BY = frozenset({"score", "lint", "align", "tm"})
_WARM: list[bool] = []


def _warm() -> None:
    """Once, before the first run of a command in WARMED_BY is forked: the shipped glossary's
    matcher built (`term_matcher` keeps it; a run that loads the same glossary gets its
    tables bound to its own entries, one comparison of their fields — any other glossary, or
    the shipped one changed since, is built as before), and score's kernels compiled or
    loaded. Nothing of a run's own is read: the shipped files, under the session's
    environment (numba's cache is the session's, as at import)."""
    _WARM.append(True)
    from tifa.glossary.matcher import term_matcher
    from tifa.glossary.store import load_glossary
    from tifa.tm.score import kernels

    kernels.warm()
    term_matcher(load_glossary(env=False))
    gc.freeze()


def _run(conn: socket.socket, request: dict) -> None:
    """In a forked handler: fork the run, wait for it (killing it at the timeout), reply."""
    pid = os.fork()
    if pid == 0:
        conn.close()
        _become(request)
        return  # the run goes on at the bottom of this file
    deadline = None if request["timeout"] is None else time.monotonic() + request["timeout"]
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if deadline is not None and time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            conn.sendall(b'{"timeout": true}\n')
            os._exit(0)
        time.sleep(0.005)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    conn.sendall(json.dumps({"returncode": code}).encode() + b"\n")
    os._exit(0)


def _become(request: dict) -> None:
    """Turn this forked process into the requested `tifa` run."""
    for fd, path, mode in ((0, request["stdin"], os.O_RDONLY),
                           (1, request["stdout"], os.O_WRONLY),
                           (2, request["stderr"], os.O_WRONLY)):
        handle = os.open(path, mode)
        os.dup2(handle, fd)
        os.close(handle)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["-c", *request["args"]]
    # signal dispositions are the server's: those of a Python started by the test's process


def serve(path: str) -> dict | None:
    """Accept requests until standard input closes; returns the request in a forked run."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        ready, _, _ = select.select([listener, sys.stdin], [], [], 1.0)
        while True:  # reap finished handlers
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    break
            except ChildProcessError:
                break
        if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1):
            while True:  # the last handlers, so that their runs' CPU time is counted
                try:
                    os.wait()
                except ChildProcessError:
                    return None
        if listener in ready:
            conn, _ = listener.accept()
            with conn.makefile("rb") as fh:
                request = json.loads(fh.readline())
            if not _WARM and request["args"][:1] and request["args"][0] in WARMED_BY:
                _warm()
            if os.fork() == 0:
                listener.close()
                _run(conn, request)
                return request  # only the run itself gets here
            conn.close()


if __name__ == "__main__":
    _preload()
    if serve(sys.argv[1]) is None:
        sys.exit(0)
    # a forked run: the same statement `python -c` is given
    from tifa.cli.app import main
    main()
