"""A wheel install (no source tree) has what kg reads at run time: the Turtle
files of ontology/ and the bundled models."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_the_ontology_and_the_models(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True)
    if r.returncode != 0 and "No module named" in r.stderr:
        pytest.skip(f"cannot build a wheel here: {r.stderr.strip().splitlines()[-1]}")
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    ttl = {p.name for p in (ROOT / "ontology").glob("*.ttl")}
    assert {f"kg/ontology_files/{n}" for n in ttl} <= names
    assert {f"kg/models/ar/{p.name}" for p in (ROOT / "kg" / "models" / "ar").iterdir()} <= names
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    # run from outside the source tree, with the unpacked wheel first on the path
    out = subprocess.run([sys.executable, "-c", "import kg.ontology as o; "
                          "print(o.ONTOLOGY_DIR.name, len(o.registry().actors), len(o.triggers()))"],
                         capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site")})
    assert out.returncode == 0, out.stderr[-2000:]
    name, actors, trigs = out.stdout.split()
    assert name == "ontology_files" and int(actors) > 50 and int(trigs) > 10
