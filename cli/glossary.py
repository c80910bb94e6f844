"""`tifa glossary ...`: validate, look up, add to and export the glossary of official formulations.

Only typer and the standard library are imported here: `tifa glossary lookup` must start in a
fraction of a second, so the glossary modules are imported inside the commands.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer
from tifa.cli.output import FOLLOW_SYMLINKS, glossary_inputs, inform, output_path, shown
from tifa.tm.base.files import TifaError

glossary_app = typer.Typer(
    help="The curated glossary of official formulations: look up, check, add, export.\n\n"
         "The glossary ships with tifa; add your own YAML files with --glossary FILE or the "
         "TIFA_GLOSSARY variable (their entries replace ours with the same id or Chinese form).",
    no_args_is_help=True,
)

GLOSSARY_OPTION = typer.Option(
    "--glossary", "-g", metavar="FILE",
    help="Your own glossary (YAML, a TSV/CSV/XLSX term list: Chinese, English[, comment], "
    "or a TBX term base), layered over the shipped one (repeatable).")
FORMATS = ("tbx", "tbx2", "tbx-omegat", "tsv", "csv", "tmx")  # = glossary.export.FORMATS


@glossary_app.command("validate")
def validate_cmd(
    files: Annotated[list[Path] | None, typer.Argument(
        metavar="[FILE]...", help="Glossary files: YAML, TSV/CSV/XLSX term lists or TBX term "
        "bases (default: the shipped glossary).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Report as JSON (docs/json.md).")] = False,
) -> None:
    """Check glossary files: schema, duplicates, claimed variants, deprecated vs accepted.

    Every problem is printed as FILE:LINE:COLUMN: message; the exit code is 2 if there are
    problems, 0 if the files are clean (warnings, e.g. a file without entries, are printed as
    FILE:LINE:COLUMN: warning: message and do not change it). Files given together are
    checked together (an id or a Chinese form may occur only once across them).

    Examples:

        tifa glossary validate

        tifa glossary validate my-terms.yaml
    """
    from tifa.glossary.store import validate

    problems, entries, count = validate(files or None)
    if as_json:
        from tifa.cli.jsondoc import print_json

        errors = any(p.severity == "error" for p in problems)
        print_json({"files": count, "entries": entries, "ok": not errors, "problems": [
            {"file": p.path, "line": p.line, "column": p.column, "message": p.message,
             "severity": p.severity} for p in problems]})
        if errors:
            raise typer.Exit(2)
        return
    for problem in problems:
        print(problem, file=sys.stderr)
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        print(f"tifa: {errors} problem(s) in {count} file(s)", file=sys.stderr)
        raise typer.Exit(2)
    warnings = len(problems) - errors
    print(f"{entries} entries in {count} file(s) OK"
          + (f" ({warnings} warning(s))" if warnings else ""))


@glossary_app.command("lookup")
def lookup_cmd(
    query: Annotated[str, typer.Argument(help="Chinese or English text, or an entry id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1,
                                       help="At most this many entries.")] = 10,
    glossary: Annotated[list[Path] | None, GLOSSARY_OPTION] = None,
) -> None:
    """Look a formulation up: official rendering, variants, deprecated renderings, note, source.

    Finds exact forms, variants (中国-中亚 finds 中国—中亚; a form with or without quotes or
    共建), entries whose forms contain the query or occur in it, English renderings (also
    deprecated ones: the answer says what to use instead) and, when nothing else matches,
    similar forms for a mistyped query. Exit code 1 when nothing is found.

    Examples:

        tifa glossary lookup 守望相助

        tifa glossary lookup 中国-中亚命运共同体

        tifa glossary lookup "community of common destiny"

        tifa glossary lookup 一带一路 --json
    """
    from tifa.glossary.lookup import lookup, suggestions
    from tifa.glossary.store import load_glossary

    terms = load_glossary(glossary or None)
    matches = lookup(terms, query, limit=limit)
    simplified = _as_simplified(query, matches)
    if as_json:
        from tifa.cli.jsondoc import print_json

        extra = {"simplified_query": simplified} if simplified else {}
        print_json({"query": query, **extra, "entries": [m.to_dict() for m in matches]})
        if not matches:
            raise typer.Exit(1)
        return
    if not matches:
        near = suggestions(terms, query)
        hint = f"; similar: {', '.join(near)}" if near else ""
        print(f"tifa: no glossary entry for '{query}' ({len(terms)} entries searched){hint}",
              file=sys.stderr)
        raise typer.Exit(1)
    if simplified:
        print(f"{query.strip()}: traditional script, looked up as {simplified}\n")
    for i, match in enumerate(matches):
        if i:
            print()
        print(_describe(match))


def _as_simplified(query: str, matches) -> str | None:
    """The simplified form lookup matched a traditional-script query with, else None."""
    query = query.strip()
    if query.isascii() or not matches or any(m.form == query for m in matches):
        return None   # the usual case decided without loading the conversion table
    from tifa.tm.base.script import to_simplified

    simplified = to_simplified(query)
    return simplified if simplified != query else None


def _describe(match) -> str:
    """A translator-readable block for one match."""
    e = match.entry
    head = f"{e.zh}  →  {e.en or '(no official rendering yet)'}"
    how = f"[{match.kind} match on {match.field}"
    how += f" '{match.form}'" if match.form not in (e.zh, e.en) else ""
    how += f", {match.score:.0f}%]" if match.kind == "fuzzy" else "]"
    lines = [f"{head}   {how}"]
    indent = "\n" + " " * 14  # a field's later lines (a note with line breaks) under its first
    if match.deprecated is not None:
        reason = f" ({match.deprecated.reason})" if match.deprecated.reason else ""
        lines.append(f"  deprecated: use “{e.en}” instead of “{match.deprecated.text}”{reason}")
    binding = (" · binding" if e.binding else " · advisory") if e.binding_explicit else ""
    lines.append(f"  status:     {e.status} · {e.category} · {e.domain}{binding}")
    if e.zh_variants:
        lines.append(f"  zh forms:   {' / '.join(e.zh_variants)}")
    for v in e.en_variants:
        lines.append(f"  variant:    {v.text}" + (f" — {v.note}" if v.note else ""))
    for d in e.en_deprecated:
        lines.append(f"  avoid:      {d.text}" + (f" — {d.reason}" if d.reason else ""))
    if e.note:
        lines.append(f"  note:       {e.note}")
    if e.source:
        lines.append(f"  source:     {e.source}")
    origin = f"  id:         {e.id}  ({e.where})"
    if e.replaces:
        origin += f", replaces {', '.join(e.replaces)}"
    lines.append(origin)
    return "\n".join(line.replace("\n", indent) for line in lines)


def _pairs(values: list[str], option: str, required: bool) -> list[dict]:
    key = "reason" if option == "--deprecated" else "note"
    out = []
    for value in values or []:
        text, sep, extra = value.partition("=")
        if not text.strip() or (required and not extra.strip()):
            raise TifaError(f"{option} '{value}': write {option} 'TEXT={key.upper()}'")
        out.append({"text": text.strip(), key: extra.strip()} if sep else {"text": text.strip()})
    return out


@glossary_app.command("add")
def add_cmd(
    zh: Annotated[str, typer.Option("--zh", help="The canonical Chinese form.")],
    category: Annotated[str, typer.Option(
        "--category", help="principle, initiative, mechanism, project, organisation/place, "
                           "slogan, quotation/proverb, or term (an everyday term of a field, "
                           "not a formulation).")],
    en: Annotated[str, typer.Option("--en", help="The official English rendering.")] = "",
    entry_id: Annotated[str, typer.Option("--id", help="Entry id (default: from --en).")] = "",
    domain: Annotated[str, typer.Option(
        "--domain", help="diplomatic or domestic.")] = "diplomatic",
    status: Annotated[str, typer.Option(
        "--status", help="official, recommended or provisional.")] = "provisional",
    note: Annotated[str, typer.Option("--note", help="A note for translators.")] = "",
    source: Annotated[str, typer.Option(
        "--source", help="Which official text attests the rendering.")] = "",
    zh_variant: Annotated[list[str] | None, typer.Option(
        "--zh-variant", help="Other Chinese form (repeatable).")] = None,
    en_variant: Annotated[list[str] | None, typer.Option(
        "--en-variant", metavar="TEXT[=NOTE]",
        help="Accepted alternative rendering (repeatable).")] = None,
    deprecated: Annotated[list[str] | None, typer.Option(
        "--deprecated", metavar="TEXT=REASON",
        help="Rendering to flag, with the reason (repeatable).")] = None,
    file: Annotated[Path | None, typer.Option(
        "--file", "-f", help="The YAML file to append to (default: your first --glossary / "
                             "TIFA_GLOSSARY file).")] = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Replace an entry with the same id or Chinese form.")] = False,
    binding: Annotated[bool | None, typer.Option(
        "--binding/--advisory", help="Whether a missing rendering is an error in lint "
                                     "(default: official entries bind, others advise).")] = None,
    glossary: Annotated[list[Path] | None, GLOSSARY_OPTION] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> None:
    """Add an entry to your glossary file, keeping its comments and layout.

    The entry is validated against everything loaded (shipped glossary and your files): a
    duplicate id or Chinese form, or a Chinese variant another entry claims, is refused
    unless --replace is given. The entry is appended as text (nothing else in the file
    changes); the file is locked while it is read, checked and replaced atomically, so two
    adds at the same moment both land.

    Examples:

        tifa glossary add -g my.yaml --zh 中国—中亚外长会晤机制 \\
            --en "China-Central Asia Foreign Ministers' Meeting mechanism" \\
            --category mechanism --status recommended

        tifa glossary add --file my.yaml --zh 某某机制 --en "XYZ mechanism" \\
            --category mechanism --en-variant "XYZ=short form" \\
            --deprecated "XYZ system=not the official name"
    """
    from tifa.glossary.edit import add_entry, slugify
    from tifa.glossary.store import DATA_DIR, load_glossary, user_files

    explicit = file is not None
    if file is None:
        users = user_files(glossary)
        if not users:
            raise TifaError("no file to add to: give --file FILE, or your glossary with "
                            "--glossary FILE or TIFA_GLOSSARY")
        file = users[0]
    if not explicit and _is_installed(file, DATA_DIR):
        raise TifaError("refusing to write into the installed package; give --file FILE "
                        "explicitly to do so", file)
    file = output_path(file, (), follow_symlinks)  # edited in place: a link only if asked
    if status.strip() == "official" and not en.strip():
        raise TifaError("an official entry needs its official English rendering: give --en "
                        "(or add it with --status recommended or provisional)")
    context = load_glossary([p for p in (glossary or []) if p.resolve() != file.resolve()])
    if not entry_id:
        entry_id = next((e.id for e in context if e.zh == zh.strip()), "") or slugify(en)
        if not entry_id:
            raise TifaError("no id for the new entry: give --id (the default is made from "
                            "--en, and there is none)" if not en.strip() else
                            f"cannot make an id from --en '{en}' (no ASCII letters or digits): "
                            "give --id")
        base, n = entry_id, 2
        while any(e.id == entry_id and e.zh != zh.strip() for e in context):
            entry_id, n = f"{base}-{n}", n + 1
    fields = {"id": entry_id, "zh": zh, "zh_variants": list(zh_variant or []), "en": en,
              "en_variants": _pairs(en_variant, "--en-variant", False),
              "en_deprecated": _pairs(deprecated, "--deprecated", True),
              "category": category, "domain": domain, "note": note, "source": source,
              "status": status, "binding": binding}
    added, replaced = add_entry(file, fields, replace=replace, context=context)
    what = f"; replaces {', '.join(replaced)}" if replaced else ""
    inform(f"added '{added}' ({zh.strip()}) to {file}{what}")


def _is_installed(path: Path, data_dir: Path) -> bool:
    """True for the shipped data directory or anything under site-packages/dist-packages."""
    resolved = path.resolve()
    return resolved.is_relative_to(data_dir) or any(
        part in ("site-packages", "dist-packages") for part in resolved.parts)


@glossary_app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-F", help="tbx (TBX v3 Basic), tbx2 (TBX v2 "
                            "Basic: translate-toolkit, memoQ, MultiTerm), tbx-omegat (OmegaT), "
                            "tsv (OmegaT glossary), csv (spreadsheets, translate-toolkit) or "
                            "tmx.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The file to write (- = standard output).")],
    glossary: Annotated[list[Path] | None, GLOSSARY_OPTION] = None,
    follow_symlinks: Annotated[bool, FOLLOW_SYMLINKS] = False,
) -> None:
    """Export the glossary for CAT tools and spreadsheets.

    tbx: TBX v3 in the TBX-Basic dialect (terminology databases, TBX v3-aware tools);
    tbx2: TBX v2 (TBX-Basic), the same concepts with deprecated renderings marked: the one
    for translate-toolkit, memoQ and MultiTerm; tbx-omegat: TBX v2 shaped for OmegaT 3.6
    (accepted renderings only; put it in the project's glossary/ folder); tsv: OmegaT's
    tab-separated glossary; csv: one row per entry (columns source = Chinese, target =
    English), UTF-8 with BOM for Excel; tmx: one unit per accepted term pair.
    Deprecated renderings never appear where a CAT tool would insert them.

    Examples:

        tifa glossary export --format tbx -o tifa.tbx

        tifa glossary export --format tsv -o omegat-project/glossary/tifa.txt

        tifa glossary export --format csv -o terms.csv -g my.yaml
    """
    from tifa.glossary.export import export
    from tifa.glossary.store import load_glossary

    if fmt not in FORMATS:
        raise TifaError(f"unknown format '{fmt}' (choose one of: {', '.join(FORMATS)})")
    target = output_path(output, glossary_inputs(glossary), follow_symlinks)
    terms = load_glossary(glossary or None)
    count = export(terms, fmt, target)
    inform(f"wrote {count} entries to {shown(output)} ({fmt})")


def register(app: typer.Typer) -> None:
    """Add the `glossary` command group to the main app."""
    app.add_typer(glossary_app, name="glossary")
