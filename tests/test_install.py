"""The game as a user installs it: a wheel built from the project, installed into a clean
virtual environment, plays from its own files (scenarios, fonts, catalogs), not the source tree."""

import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from; everything else of a checkout (tests, tools, docs) stays behind.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "quest")
# The libraries the game imports, borrowed from this environment so the test needs no network.
DEPENDENCIES = ("pygame", "yaml", "babel", "platformdirs", "websockets", "segno", "zeroconf",
                "ifaddr")


def copy_sources(target: Path) -> None:
    """The project's files as a fresh clone has them: no build leftovers, no caches."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def borrowed_paths() -> list[str]:
    """The folders this environment imports the game's dependencies from."""
    import importlib.util

    found = []
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, f"{name} is not installed"
        folder = str(Path(spec.origin).resolve().parent.parent)
        if folder not in found:
            found.append(folder)
    return found


def run(*argv, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"{argv}: {done.stdout[-2000:]}{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A clean venv holding only the built wheel (dependencies borrowed by a .pth file)."""
    pytest.importorskip("setuptools", minversion="70.1",
                        reason="building a wheel needs setuptools 70.1 (the test extra has it)")
    base = tmp_path_factory.mktemp("install")
    source, wheels, home = base / "source", base / "wheels", base / "venv"
    source.mkdir()
    copy_sources(source)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
        "-w", wheels, source, cwd=base, env=env)
    [wheel] = wheels.glob("mil_quest-*.whl")
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "-q", wheel, cwd=base, env=env)
    purelib = sysconfig.get_path("purelib", vars={"base": str(home), "platbase": str(home)})
    Path(purelib, "borrowed-dependencies.pth").write_text("\n".join(borrowed_paths()) + "\n")
    shutil.rmtree(source)  # nothing may be read from the tree the wheel was built from
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1",
               MIL_QUEST_NO_ZEROCONF="1", MIL_QUEST_DATA_DIR=str(base / "data"))
    return python, home, base, env


PROBE = """
import quest, quest.i18n as i18n, quest.resources as r
from quest.ui.text import FONT_DIR, FONT_FILES
i18n.set_language("kk")
print(quest.__file__)
print(r.DATA_DIR)
print(all((FONT_DIR / name).is_file() for name in FONT_FILES.values()))
print(i18n._("Practice"))
"""


def test_the_installed_game_runs_from_its_own_package(installed):
    python, home, base, env = installed
    module, data, fonts, practice = run(python, "-c", PROBE, cwd=base,
                                        env=env).stdout.splitlines()
    assert Path(module).is_relative_to(home) and Path(data).is_relative_to(home)
    assert not Path(module).is_relative_to(ROOT)
    assert fonts == "True"
    assert practice not in ("", "Practice")  # the Kazakh catalog came with the wheel


def test_the_installed_game_checks_its_bundled_scenarios(installed):
    python, _home, base, env = installed
    from quest.content.packs import BUNDLED_DIR, scenario_files

    count = len(scenario_files(BUNDLED_DIR))
    lines = run(python, "-m", "quest", "check", cwd=base, env=env).stdout.splitlines()
    assert f"{count} files, {count} scenarios, 0 errors" in "\n".join(lines), lines[-3:]
    assert lines[-2].startswith("texts translated: en ")
    # The check-up's headlines travel inside the package too, and are whole.
    assert lines[-1].startswith("check-up bank: forms A 16, B 16, genuine and fake")


def test_the_installed_console_script_renders_a_kazakh_screen(installed):
    _python, home, base, env = installed
    script = home / ("Scripts" if sys.platform == "win32" else "bin") / "mil-quest"
    output = base / "start-kk.png"
    run(script, "screenshot", "investigate", "--lang", "kk", "--size", "1366x768", "-o", output,
        cwd=base, env=env)
    header = output.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1366, 768)
