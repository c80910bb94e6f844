"""Load the glossary a command works with: the shipped files, then the user's, layered, checked
and cached.

The checked, layered result of a list of files is cached in tifa's cache directory
(`tm.base.cache`), keyed by the files' content and this code, packed as `glossary.index`
describes. A warm start is one marshal.load: no YAML, no checks, no entries built. A cold one
reads YAML with the quick reader where it can (`yamlfile.quick_parse`) and asks libyaml for
positions only when there is a problem to report.
"""

from __future__ import annotations

import gc
import marshal
import os
import re
import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter
from pathlib import Path

from tifa.glossary import entry as entry_module
from tifa.glossary import entrycache, termlist, yamlfile, yamlsubset
from tifa.glossary import index as index_module
from tifa.glossary.entry import Glossary, build_index
from tifa.glossary.entrycache import Rows
from tifa.glossary.index import FS, GS, RS, US, Keys, pack, pack_record
from tifa.glossary.yamlfile import (
    Problem,
    RawEntry,
    check_together,
    parse_text,
    quick_entries,
    quick_read,
)
from tifa.tm.base import cache
from tifa.tm.base import files as files_module
from tifa.tm.base import text as text_module
from tifa.tm.base.files import TifaError

DATA_DIR = Path(__file__).resolve().parent / "data"
CACHE_VERSION = "6"
# The code whose output is cached: editing any of it invalidates every glossary cache entry
# (the term-list reader and the file decoder included: they make the text that is parsed).
_CODE = tuple(m.__file__ or "" for m in (entry_module, index_module, yamlfile, yamlsubset,
                                        entrycache, termlist, text_module, files_module)) + (
    __file__, str(Path(files_module.__file__ or "").with_name("office.py")))


def shipped_files() -> list[Path]:
    """The curated glossary that ships inside the package."""
    return sorted(DATA_DIR.glob("*.yaml"))


def user_files(extra: list | tuple | None = None) -> list[Path]:
    """User glossaries: `TIFA_GLOSSARY` (os.pathsep-separated) first, then `--glossary` files."""
    env = os.environ.get("TIFA_GLOSSARY", "")
    paths = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return paths + [Path(p) for p in (extra or [])]


def display(path: Path) -> str:
    """Path as the user should see it: relative to the working directory where possible."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(Path(path).resolve()) if rel.startswith("..") else rel


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.column))


# --------------------------------------------------------------------------- validate

def validate(paths: list | tuple | None = None) -> tuple[list[Problem], int, int]:
    """Check the given files (default: the shipped glossary) together, with positions.

    Returns (problems and warnings, number of entries, number of files). Duplicates are checked
    across all the files given, because they are loaded together; an entry with a bad required
    field still takes part in them.
    """
    files = [Path(p) for p in paths] if paths else shipped_files()
    problems: list[Problem] = []
    layer: list[tuple[RawEntry, str]] = []
    for path in files:
        shown = display(path)
        raws, found = _parse_with_positions(path, shown)
        problems += found
        layer += [(r, shown) for r in raws]
    check_together(layer, problems)
    return _sorted(problems), sum(r.complete for r, _ in layer), len(files)


def _not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a glossary file, or None when it can."""
    if path.is_file():
        return None
    if path.is_dir():
        return "is a directory, expected a glossary file"
    if path.exists():  # a pipe (-g <(...)), a device: the cache and `add` need a real file
        return "not a regular file: save the glossary to a file and name that"
    return "no such glossary file"


def _parse_with_positions(path: Path, shown: str) -> tuple[list[RawEntry], list[Problem]]:
    if (missing := _not_a_file(path)) is not None:
        return [], [Problem(shown, 0, 0, missing)]
    try:
        return parse_text(yamlfile.read_yaml(path, shown), shown)
    except TifaError as err:  # the file's own place (a TBX's XML), kept as the reader gave it
        problem = Problem(err.path or shown, err.line or 0, 0, err.message)
        problem.column = err.column or 0
        return [], [problem]


# --------------------------------------------------------------------------- load

def load_glossary(paths: list | tuple | None = None, *, shipped: bool = True,
                  env: bool = True) -> Glossary:
    """The glossary a command works with: shipped files, then `TIFA_GLOSSARY`, then `paths`.

    Each user file is a layer over what came before: an entry with the same id or the same zh
    replaces the earlier one (its `origin` names the user's file, `replaces` the old place).
    Any problem in a file raises `TifaError` (the first one, with file, line and column).
    """
    files = shipped_files() if shipped else []
    users = user_files(paths) if env else [Path(p) for p in (paths or [])]
    every = files + users
    shown = [display(p) for p in every]
    packed = _load(files, every, shown)
    for name in _empty_files(packed[1], every, len(files), shown):
        # accepted (a new glossary starts empty), but never in silence: `lint -g typo.yaml`
        # checking nothing of the user's terms must say so
        print(f"tifa: warning: {name}: no entries: the glossary file is empty, so nothing is "
              "checked or looked up against it", file=sys.stderr)
    return Glossary(None, shown, packed=packed)


def _empty_files(records: str, every: list[Path], shipped: int, shown: list[str]) -> list[str]:
    """The user files with no entry at all. A file none of whose entries is in the layered
    glossary (found by one search of the packed records per file) is read again to tell
    "empty" from "every entry replaced by a later file"."""
    found = []
    for f in range(shipped, len(every)):
        tail = re.compile(f"{FS}{f}{FS}\\d+{FS}[^{FS}{US}]*{US}")  # origin, line, replaced
        if not tail.search(records) and not len(_file_rows(every[f], shown[f])):
            found.append(shown[f])
    return found


def _load(files: list[Path], every: list[Path], shown: list[str]) -> tuple:
    """The packed glossary of the files named: from the layered cache, else read."""
    prints = [cache.fingerprint(p) if p.is_file() else None for p in every]
    layered = None
    if None not in prints:
        layered = cache.entry_path("layered", cache.key(
            CACHE_VERSION, cache.code_stamp(*_CODE), str(len(files)), *prints), ".marshal")
        packed = _read(layered)
        if packed is not None:
            try:
                index_module.check_packed(packed)
                return packed
            except (ValueError, TypeError, IndexError):
                pass  # a cache of another shape: rebuild it
    enabled = gc.isenabled()
    # Reading 50,000 entries makes millions of small objects, none in a cycle: the cyclic GC
    # would walk the growing heap again and again (it tripled the time of a cold load).
    gc.disable()
    try:
        packed = _load_layers(every, len(files), shown)
    finally:
        if enabled:
            gc.enable()
    # (a file changed while it was read — a checkout, an editor's save — is not cached under
    # the fingerprints taken before: the next load would return the old text for the new)
    if layered is not None and prints == [cache.fingerprint(p) if p.is_file() else None
                                          for p in every]:
        _write(layered, packed)
    return packed


def _load_layers(every: list[Path], shipped: int, shown: list[str]) -> tuple:
    """Read, check, layer and pack the files (the path behind the layered cache), as packed
    columns (`entrycache.Rows`): no Python object per field of 50,000 entries. Where the
    quick checks across entries are not all clean, `_load_entries` does it all again with
    entries, whose checks name each problem."""
    files = [_file_rows(path, shown[i]) for i, path in enumerate(every)]
    groups = ([list(range(shipped))] if shipped else []) + [[i] for i in range(shipped,
                                                                               len(every))]
    kept, gone = _layer_rows(files, groups)
    # With nothing replaced, the check of all rows together covers each layer's own.
    replaced = any(rows is not None for _, rows in kept)
    if replaced and not all(clean_rows(files, [(f, None) for f in group]) for group in groups) \
            or not clean_rows(files, kept):
        del files
        return _load_entries(every, shipped, shown)
    records: list[str] = []
    for f, rows in kept:
        heads, lines = files[f].heads, files[f].lines
        if rows is not None:
            heads, lines = _pick(heads, rows), _pick(lines, rows)
        records += [f"{h}{FS}{f}{FS}{n}{FS}" for h, n in zip(heads, lines, strict=True)]
    if gone:  # the entries that replace others name them
        base = dict(zip((f for f, _ in kept), accumulate(
            (len(files[f]) if rows is None else len(rows) for f, rows in kept), initial=0),
            strict=False))  # (accumulate's last total is no file's start)
        for (f, r), places in gone.items():
            rows = kept[f][1]
            k = base[f] + (r if rows is None else bisect_left(rows, r))
            records[k] += RS.join(f"{i}{GS}{n}" for i, n in places)
    for rows in files:  # each column is let go once it is packed: less at the peak
        rows.heads = []
    firsts = "".join(_gather(files, kept, "firsts"))
    indexes = []
    for keys, forms, first in (("zh_keys", "zh_forms", None), ("en_keys", "accepted", firsts),
                               ("dep_keys", "deprecated", None)):
        indexes.append(Keys.of_joined(_gather(files, kept, keys), _gather(files, kept, forms),
                                      first))
        for rows in files:
            setattr(rows, keys, [])
            setattr(rows, forms, [])
    del files
    return pack(records, tuple(indexes))  # type: ignore[arg-type]


Selection = list[tuple[int, "list[int] | None"]]  # (file number, its rows; None: all of them)


def _pick(column, rows: list[int]) -> list:
    if not rows:
        return []
    return list(itemgetter(*rows)(column)) if len(rows) > 1 else [column[rows[0]]]


def _gather(files: list[Rows], selection: Selection, name: str) -> list:
    """One column of the selected rows, in order."""
    out: list = []
    for f, rows in selection:
        column = getattr(files[f], name)
        out += column if rows is None else _pick(column, rows)
    return out


def _file_rows(path: Path, shown: str) -> Rows:
    """The rows of one file: read quickly where the file allows it (unchanged items of a large
    file from the cache), else with positions (and then any problem is raised)."""
    if (missing := _not_a_file(path)) is not None:
        raise TifaError(missing, shown)
    rows = entrycache.quick_rows([yamlfile.read_yaml(path, shown)], path)
    if rows is None:
        raws, problems = parse_text(yamlfile.read_yaml(path, shown), shown)
        errors = _errors(problems)
        if errors:
            raise errors[0].error()
        rows = entrycache.rows_of(raws)
    return rows


def _layer_rows(files: list[Rows], groups: list[list[int]]
                ) -> tuple[Selection, dict[tuple[int, int], list[tuple[int, int]]]]:
    """`_layer` on rows: later layers replace earlier entries with the same id or the same zh
    (by match key). Returns the rows kept, file by file, and for each row that replaced
    others [(file number, line)] of those. A file that replaces nothing (and repeats nothing
    within itself) is taken whole, with a few set operations."""
    by_id: dict[str, int] = {}   # → row number across all files
    by_zh: dict[str, int] = {}
    offsets = [0, *accumulate(len(rows) for rows in files)]
    alive = bytearray(b"\x01") * offsets[-1]
    gone: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for group in groups:
        for f in group:
            ids, base = files[f].ids, offsets[f]
            zh = [keys.partition(RS)[0] for keys in files[f].zh_keys]
            rows = range(len(ids))
            if len(set(ids)) == len(ids) == len(set(zh)):
                # Nothing repeats within the file: only rows that meet an earlier entry
                # replace one, whatever the order they are taken in.
                same_id, same_zh = by_id.keys() & ids, by_zh.keys() & zh
                rows = [r for r, (eid, key) in enumerate(zip(ids, zh, strict=True))
                        if eid in same_id or key in same_zh] if same_id or same_zh else []
            for r in rows:
                eid, key = ids[r], zh[r]
                here: list[tuple[int, int]] = []
                for g in sorted({by_id.get(eid, -1), by_zh.get(key, -1)} - {-1}):
                    if alive[g]:
                        old = bisect_right(offsets, g) - 1
                        here.append((old, files[old].lines[g - offsets[old]]))
                        alive[g] = 0
                if here:
                    gone[f, r] = here
                by_id[eid] = by_zh[key] = base + r
            by_id.update(zip(ids, range(base, base + len(ids)), strict=True))
            by_zh.update(zip(zh, range(base, base + len(ids)), strict=True))
    kept: Selection = []
    for f in range(len(files)):
        start, end = offsets[f], offsets[f + 1]
        kept.append((f, None if alive.count(0, start, end) == 0 else
                     [r for r in range(end - start) if alive[start + r]]))
    return kept, {k: v for k, v in gone.items() if alive[offsets[k[0]] + k[1]]}


def clean_rows(files: list[Rows], selection: Selection) -> bool:
    """`yamlfile._clean_together` on rows: True when the checks across these entries would
    find nothing (unique ids and zh keys, no deprecated rendering that is an accepted one)."""
    ids = _gather(files, selection, "ids")
    if "" in ids or len(set(ids)) != len(ids):
        return False
    zh = RS.join(_gather(files, selection, "zh_keys")).split(RS) if ids else []
    if "" in zh or len(set(zh)) != len(zh):
        return False
    dep = [k for k, d in zip(_gather(files, selection, "dep_keys"),
                             _gather(files, selection, "deprecated"), strict=True) if d]
    if not dep:
        return True
    accepted = [k for k, a in zip(_gather(files, selection, "en_keys"),
                                  _gather(files, selection, "accepted"), strict=True) if a]
    return not accepted or set(RS.join(dep).split(RS)).isdisjoint(RS.join(accepted).split(RS))


def _load_entries(every: list[Path], shipped: int, shown: list[str]) -> tuple:
    """Read, check, layer and pack the files as entries; any problem is raised where it is."""
    layers = _group([_load_file(path, shown[i]) for i, path in enumerate(every)], shipped)
    layered = _layer(layers)
    problems = _check_layers(layers, layered, shown)
    if problems:
        _raise_with_positions(every, shipped, shown)
        raise _sorted(problems)[0].error()  # (not reached: the positions say the same)
    records = [pack_record(r.id, r.zh, r.zh_variants, r.en, r.en_variants, r.en_deprecated,
                           r.category, r.domain, r.note, r.source, r.status, r.binding, i,
                           r.line, gone) for r, i, gone in layered]
    indexes = build_index(
        [[r.zh, *r.zh_variants] for r, _, _ in layered],
        [([r.en] if r.en else []) + [t for t, _ in r.en_variants] for r, _, _ in layered],
        [0 if r.en else 1 for r, _, _ in layered],
        [[t for t, _ in r.en_deprecated] for r, _, _ in layered],
        ([r.zh_keys for r, _, _ in layered], [r.en_keys for r, _, _ in layered],
         [r.dep_keys for r, _, _ in layered]))
    del layers, layered  # the entries live on in `records`: ~50 MB less at the peak
    return pack(records, indexes)


def _raise_with_positions(every: list[Path], shipped: int, shown: list[str]) -> None:
    """Checks across entries failed on quickly read files: read them again with positions and
    raise the first problem where it is."""
    layers = _group([_parse_with_positions(path, shown[i])[0] for i, path in enumerate(every)],
                    shipped)
    problems = _check_layers(layers, _layer(layers), shown)
    if problems:
        raise _sorted(problems)[0].error()


def _group(raws_per_file: list[list[RawEntry]], shipped: int) -> list[list[tuple[RawEntry, int]]]:
    """(entry, file number) by layer: the shipped files are one layer, each user file its own."""
    layers: list[list[tuple[RawEntry, int]]] = [[]] if shipped else []
    for i, raws in enumerate(raws_per_file):
        if i >= shipped:
            layers.append([])
        layers[-1] += [(r, i) for r in raws]
    return layers


def _check_layers(layers: list, layered: list, shown: list[str]) -> list[Problem]:
    """Duplicates within each layer, then across the layered result (a user's variant may
    collide with an older entry)."""
    problems: list[Problem] = []
    for layer in layers:
        check_together([(r, shown[i]) for r, i in layer], problems)
    if len(layers) > 1 and not problems:
        check_together([(r, shown[i]) for r, i, _ in layered], problems)
    return problems


def _layer(layers: list[list[tuple[RawEntry, int]]]
           ) -> list[tuple[RawEntry, int, list[tuple[int, int]]]]:
    """Later layers replace earlier entries with the same id or the same zh (by match key).
    Each result: (entry, file number, [(file number, line)] of the entries it replaced)."""
    by_id: dict[str, int] = {}
    by_zh: dict[str, int] = {}
    slots: list[tuple[RawEntry, int, list[tuple[int, int]]] | None] = []
    for layer in layers:
        for raw, origin in layer:
            gone_here: list[tuple[int, int]] = []
            for i in sorted({by_id.get(raw.id, -1), by_zh.get(raw.zh_keys[0], -1)} - {-1}):
                gone = slots[i]
                if gone is not None:
                    gone_here.append((gone[1], gone[0].line))
                    slots[i] = None
            by_id[raw.id] = by_zh[raw.zh_keys[0]] = len(slots)
            slots.append((raw, origin, gone_here))
    return [s for s in slots if s is not None]


def _load_file(path: Path, shown: str) -> list[RawEntry]:
    """Raw entries of one file with their match keys: read quickly where the file allows it,
    else with positions (and then any problem is raised)."""
    if (missing := _not_a_file(path)) is not None:
        raise TifaError(missing, shown)
    text = yamlfile.read_yaml(path, shown)
    got = quick_read(text)
    raws = None
    if got is not None:
        del text  # ~30 MB for 50,000 entries: not needed once read
        raws = quick_entries(*got)
        del got
    if raws is None:
        raws, problems = parse_text(yamlfile.read_yaml(path, shown), shown)
        errors = _errors(problems)
        if errors:
            raise errors[0].error()
    return raws


def _read(path: Path):
    fh = cache.opened(path)
    if fh is None:
        return None
    enabled = gc.isenabled()
    gc.disable()  # unmarshalling allocates many acyclic objects: see Glossary._all_rows
    try:
        with fh:
            return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # a corrupt entry is rebuilt, never trusted
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, data) -> None:
    with cache.writing(path) as fh:
        if fh is not None:
            marshal.dump(data, fh)
