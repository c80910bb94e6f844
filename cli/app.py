"""The `tifa` command: one Typer app, one module per area, errors as one line and exit 2."""

from __future__ import annotations

import sys

import typer

try:  # typer ≥ 0.2x bundles its own click; its errors are not click's
    from typer._click.exceptions import ClickException, NoArgsIsHelpError
except ImportError:  # pragma: no cover - older typer on plain click
    from click.exceptions import ClickException, NoArgsIsHelpError

from tifa.tm.base.files import TifaError

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
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register_commands() -> None:
    # Each area's module adds its commands; the order here is the order in `tifa --help`.
    from tifa.cli import align, corpus, glossary, lint, mine, score, tm

    for module in (corpus, mine, glossary, align, tm, lint, score):
        module.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; user errors print one line and exit 2, never a traceback."""
    _register_commands()
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="tifa", standalone_mode=False)
    except TifaError as err:
        print(f"tifa: error: {err}", file=sys.stderr)
        sys.exit(2)
    except NoArgsIsHelpError as err:
        err.show()
        sys.exit(0)
    except ClickException as err:
        err.show()
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        print("tifa: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
