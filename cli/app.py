"""The `tifa` command: one Typer app, one module per area, errors as one line and exit 2.

`main` runs the command itself rather than through click's `main`, whose own handlers would
turn a closed pipe into exit 1 and Ctrl-C into a bare exit code before tifa could clean up.
SIGTERM and SIGHUP are handled like Ctrl-C: the exception unwinds the stack, so workers are
killed and temporary files removed, then one line on stderr and exit 128 + the signal number.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
from typing import Annotated

import typer

try:  # typer ≥ 0.2x bundles its own click; its errors are not click's
    from typer._click.exceptions import Abort, ClickException, Exit, NoArgsIsHelpError
except ImportError:  # typer on plain click
    from click.exceptions import Abort, ClickException, Exit, NoArgsIsHelpError

from tifa.tm.base import VERSION
from tifa.tm.base.files import (
    STDOUT_NAME,
    Terminated,
    TifaError,
    WriteError,
    remove_temp_files,
    shown_bytes,
    stop,
    stop_signal,
    unwritable_text,
)

app = typer.Typer(
    name="tifa",
    help=(
        "tifa (提法) keeps Chinese→English diplomatic translations on the official "
        "formulations.\n\n"
        "Segment a Chinese news corpus, mine fixed formulations, look terms up in the curated "
        "glossary, build a translation memory (TMX) and lint a draft translation.\n\n"
        "Start with:  tifa build   (runs the whole job on the shipped seeds and glossary)"
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        print(f"tifa {VERSION}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_show_version, is_eager=True,
        help="Show tifa's version and exit.")] = False,
) -> None:
    """tifa: official formulations for Chinese→English diplomatic translation."""


def _on_signal(signum: int, _frame) -> None:
    stop(signum)


def _quiet_stray_stop(unraisable) -> None:
    """A stop whose exception went astray (see `check_stop`) is reported once, by `_run`."""
    if isinstance(unraisable.exc_value, (Terminated, KeyboardInterrupt)) and stop_signal():
        return
    sys.__unraisablehook__(unraisable)


def _install_signal_handlers() -> None:
    sys.unraisablehook = _quiet_stray_stop
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        current = signal.getsignal(signum)
        if current == signal.SIG_IGN:
            continue  # nohup, or a shell that started us in the background: keep ignoring
        signal.signal(signum, _on_signal)


def _register_commands() -> None:
    # Each area's module adds its commands; the order here is the order in `tifa --help`.
    from tifa.cli import align, cache, corpus, glossary, lint, mine, score, tm

    if app.registered_commands or app.registered_groups:
        return  # already done (main called twice in one process, as tests do)
    for module in (corpus, mine, glossary, align, tm, lint, score, cache):
        module.register(app)


# The options that name one file to write (`build -o` is `outdir`, a folder).
_FILE_OUTPUTS = frozenset({"output", "review", "learn", "store"})


def _one_file(convert):
    """A path option's conversion that refuses a folder's spelling, `out/`: `Path("out/")` is
    `out`, and `segment corpus -o out/` wrote (or replaced) a file named `out`."""
    def checked(value, param, ctx):
        if isinstance(value, str) and value.endswith(("/", os.sep)):
            raise TifaError("ends with a slash, so it names a folder, but this option writes one "
                            "file: give the file's name (out/result.txt)", value)
        return convert(value, param, ctx)
    return checked


def _paths_checked_by_tifa(command) -> None:
    """Leave the checks of path arguments to tifa's readers and `check_output`.

    Typer's paths test readability first, and an unreadable file then became click's
    three-line usage error ("Invalid value for 'PATHS...': Path 'x' is not readable") instead
    of `tifa: error: x: cannot read: Permission denied`. And an output's own spelling is
    checked before it becomes a path (`_one_file`)."""
    for param in command.params:
        if hasattr(param.type, "readable"):
            param.type.readable = False
            if param.name in _FILE_OUTPUTS:
                param.type.convert = _one_file(param.type.convert)
    for sub in getattr(command, "commands", {}).values():
        _paths_checked_by_tifa(sub)


def _quiet_stdout() -> None:
    """After a closed pipe: send what is still buffered to /dev/null, not to a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


def _flush_stdout() -> None:
    """What is left of standard output, out while `_run` still handles errors; a failure is
    standard output's (`> /dev/full`: the line named no file)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise WriteError(f"cannot write: {err.strerror}", STDOUT_NAME, err.strerror) from None


def _stopped(signum: int) -> int:
    """Clean up after a stopping signal and say so: the exit code."""
    remove_temp_files()
    print("tifa: interrupted" if signum == signal.SIGINT else
          f"tifa: stopped by {signal.Signals(signum).name}", file=sys.stderr)
    return 128 + signum


def _run(argv: list[str] | None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        # building the command line takes a second on a loaded machine: a stop then was a
        # `Terminated: 15` traceback, as it was outside this `try`
        _register_commands()
        command = typer.main.get_command(app)
        _paths_checked_by_tifa(command)
        command._main_shell_completion({}, "tifa", None)  # the shell asking for completions
        with command.make_context("tifa", args) as ctx:
            result = command.invoke(ctx)
        _flush_stdout()  # a closed pipe or a full disk shows here at the latest
    except (TifaError, UnicodeEncodeError) as err:
        if isinstance(err, UnicodeEncodeError):  # printed, not written through atomic_write
            err = unwritable_text(err, STDOUT_NAME, printed=True)
        # one line whatever the message quotes (a header cell, a parser's own message)
        print("tifa: error: " + shown_bytes(" ".join(str(err).split())), file=sys.stderr)
        return 2
    except NoArgsIsHelpError as err:
        err.show()
        return 0
    except ClickException as err:
        err.show()
        return 2
    except Exit as err:
        return err.exit_code
    except SystemExit as err:
        if isinstance(err.__context__, BrokenPipeError):
            # rich (the help's printer) ends a closed pipe with exit 1 itself: `tifa --help |
            # head` is the reader having all it wanted, as for every other output
            _quiet_stdout()
            return 0
        raise
    except (Abort, KeyboardInterrupt):
        return _stopped(signal.SIGINT)
    except Terminated as stop:
        return _stopped(stop.signum)
    except BrokenPipeError:
        _quiet_stdout()  # `tifa mine seeds | head`: the reader has all it wanted
        return 0
    except OSError as err:  # a file problem no reader or writer turned into a TifaError
        where = f"{err.filename}: " if err.filename else ""
        if not err.filename and err.errno in _WRITE_ERRORS:
            # every file is written through atomic_write, which names it: this was a line
            # printed to standard output (`tifa glossary lookup … > /dev/full`)
            where = f"{STDOUT_NAME}: cannot write: "
        print(shown_bytes(f"tifa: error: {where}{err.strerror or err}"), file=sys.stderr)
        return 2
    stopped = stop_signal()
    if stopped is not None:  # the stop's exception went astray (see `check_stop`)
        return _stopped(stopped)
    return result if isinstance(result, int) else 0


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; user errors print one line and exit 2, never a traceback."""
    _install_signal_handlers()
    code = _run(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except KeyboardInterrupt:  # what was left of standard output may not be out: say so
        code = _stopped(signal.SIGINT)
    except Terminated as stop:
        code = _stopped(stop.signum)
    sys.exit(code)


if __name__ == "__main__":
    main()
