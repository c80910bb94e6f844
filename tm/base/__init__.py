"""The floor: errors, files, text helpers, TMX I/O and resources that every layer may use.

Nothing here imports from any other part of tifa.
"""
from importlib.metadata import PackageNotFoundError, version

try:  # the one place the version is read: pyproject.toml, through the installed metadata
    VERSION = version("tifa-terms")
except PackageNotFoundError:  # running from a checkout that was never installed
    VERSION = "0+unknown"
