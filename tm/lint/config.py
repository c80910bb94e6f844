"""Lint settings from `[tool.tifa]` in pyproject.toml or from tifa.yaml, found from the current
directory upwards (the nearest wins), so that a project can fix its checks once for everyone.

```toml
[tool.tifa]
select = ["term-missing", "number-mismatch"]   # only these (default: all)
ignore = ["punctuation"]
glossary = ["terms/client.yaml"]               # relative to the config file
fail-on = "warning"
[tool.tifa.severity]
term-inconsistent = "error"
```
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tifa.tm.base.files import TifaError, read_text
from tifa.tm.lint.units import SEVERITIES

FAIL_ON = ("error", "warning", "info", "never")
_KEYS = {"select", "ignore", "glossary", "severity", "fail-on", "fail_on", "tm"}


@dataclass
class LintConfig:
    select: set[str] | None = None  # None: every check
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    glossary: list[str] = field(default_factory=list)
    tm: str | None = None
    fail_on: str = "error"
    origin: str | None = None  # the file the settings came from

    def enabled(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore


def codes() -> list[str]:
    from tifa.tm.lint.checks import CHECKS

    return list(CHECKS)


def parse_codes(value: str | list | None, where: str | None = None) -> set[str]:
    """'term-missing,punctuation' or a list → set of codes; unknown codes are an error."""
    if value is None:
        return set()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise TifaError(f"expected a list of check codes, got {value!r}", where)
    found = {str(item).strip().lower() for item in items if str(item).strip()}
    unknown = sorted(found - set(codes()))
    if unknown:
        raise TifaError(f"unknown check code {', '.join(unknown)} "
                        f"(known: {', '.join(codes())})", where)
    return found


def find_config(start: str | os.PathLike | None = None) -> Path | None:
    """The nearest tifa.yaml, or pyproject.toml with a [tool.tifa] table, from `start` up."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        yaml_file = folder / "tifa.yaml"
        if yaml_file.is_file():
            return yaml_file
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "[tool.tifa" in text:
                return pyproject
    return None


def load_config(path: str | os.PathLike | None = None) -> LintConfig:
    """Settings from `path` (or the nearest config file); defaults when there is none."""
    found = Path(path) if path else find_config()
    if found is None:
        return LintConfig()
    text = read_text(found)
    where = str(found)
    if found.suffix == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("tifa", {})
        except tomllib.TOMLDecodeError as err:
            raise TifaError(f"bad TOML: {err}", where) from None
    else:
        import yaml

        try:
            loaded = yaml.safe_load(text) or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            raise TifaError(f"bad YAML: {getattr(err, 'problem', err)}", where,
                            mark.line + 1 if mark else None) from None
        if not isinstance(loaded, dict):
            raise TifaError("expected a mapping of lint settings", where)
        data = loaded.get("lint", loaded)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise TifaError(f"unknown setting {', '.join(unknown)} "
                        f"(known: {', '.join(sorted(_KEYS - {'fail_on'}))})", where)
    config = LintConfig(origin=where)
    if "select" in data:
        config.select = parse_codes(data["select"], where)
    config.ignore = parse_codes(data.get("ignore"), where)
    severity = data.get("severity") or {}
    if not isinstance(severity, dict):
        raise TifaError("severity must map check codes to error, warning or info", where)
    parse_codes(list(severity), where)
    for code, level in severity.items():
        if level not in SEVERITIES:
            raise TifaError(f"severity of {code} must be error, warning or info, not {level!r}",
                            where)
    config.severity = {str(k).lower(): v for k, v in severity.items()}
    glossary = data.get("glossary") or []
    if isinstance(glossary, str):
        glossary = [glossary]
    config.glossary = [str((found.parent / g).resolve()) for g in glossary]
    if data.get("tm"):
        config.tm = str((found.parent / str(data["tm"])).resolve())
    fail_on = data.get("fail-on", data.get("fail_on", "error"))
    if fail_on not in FAIL_ON:
        raise TifaError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}", where)
    config.fail_on = fail_on
    return config
