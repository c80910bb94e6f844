"""The wheel installs `tifa.*` only, and works beside a package that owns a top-level `glossary`.

`glossary` and `tm` are names of unrelated projects on the package index; before the namespace,
installing one of them next to tifa replaced tifa's code. This builds the real wheel, installs it
into a fresh virtual environment that also holds a foreign `glossary`, `tm` and `cli`, and runs
the installed `tifa` command there.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
           "-w", str(out), str(REPO)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:  # no setuptools here: let pip fetch the build backend
        done = subprocess.run([c for c in cmd if c != "--no-build-isolation"],
                              capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (found,) = out.glob("tifa_terms-*.whl")
    return found


def test_wheel_holds_only_the_tifa_namespace(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    code = [n for n in names if ".dist-info/" not in n]
    assert code and all(n.startswith("tifa/") for n in code), sorted(
        {n.split("/")[0] for n in code})
    assert "tifa/glossary/data/diplomatic.yaml" in code
    assert "tifa/glossary/mine_weights.json" in code  # the shipped ranking model
    assert "tifa/tm/align_confidence.json" in code  # the aligner's confidence model
    assert "tifa/cli/app.py" in code and "tifa/tm/base/files.py" in code
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "tifa = tifa.cli.app:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_works_beside_a_foreign_glossary_package(wheel, tmp_path):
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    site = next(env_dir.glob("lib/python*/site-packages"))
    # The dependencies come from this interpreter's site-packages, read as a plain path entry,
    # so that no editable install of tifa living there is activated in the new environment.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    for name in ("glossary", "tm", "cli"):  # what a Django app and friends would install
        (site / name).mkdir()
        (site / name / "__init__.py").write_text(f"raise ImportError('foreign {name}')\n")
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "--version"], capture_output=True, check=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--ignore-installed", str(wheel)],
        capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    show = "import tifa.glossary; print(tifa.glossary.__file__)"
    where = subprocess.run([str(python), "-c", show], capture_output=True, text=True, check=True,
                           cwd=tmp_path)
    assert where.stdout.startswith(str(site)), where.stdout
    looked = subprocess.run([str(env_dir / "bin" / "tifa"), "glossary", "lookup", "守望相助"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert looked.returncode == 0, looked.stderr
    assert "mutual assistance" in looked.stdout
