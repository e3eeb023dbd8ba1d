"""The model, content and web packages never import pygame."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" or name.startswith("pygame."):
            raise ImportError("pygame is blocked in this test")
sys.meta_path.insert(0, Block())
import pkgutil, importlib
import quest.model, quest.content, quest.web
for package in (quest.model, quest.content, quest.web):
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(package.__name__ + "." + module.name)
from quest.content.packs import load_bundled
assert load_bundled().scenarios
from quest.web.server import page_words, theme_css
assert page_words("kk")["strings"] and "--desk" in theme_css()
assert "pygame" not in sys.modules
print("ok")
"""


def test_model_and_content_import_without_pygame():
    done = subprocess.run([sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_no_screen_imports_another_screen_inside_a_function():
    """Screens name the screens they open in quest.ui.routes; an import of a scene module
    inside a function would be the old cycle held together by late imports."""
    import ast

    ui = ROOT / "quest" / "ui"
    screens = [*sorted((ui / "scenes").glob("*.py")), ui / "app.py", ui / "sessionplay.py",
               ui / "modes.py", ui / "lanservice.py", ui / "fields.py"]
    found = []
    for path in screens:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                        "quest.ui.scenes"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.module}")
    assert found == [], found


def test_what_the_screens_share_is_typed():
    """GameData and its parts name real types: nothing shared is an untyped `object`."""
    import typing

    from quest.forensics.lab import Lab
    from quest.lan.client import TeamClient
    from quest.lan.host import Host
    from quest.lan.network import Announcer
    from quest.store import Store, StoreError
    from quest.ui.gamedata import Content, GameData, Results
    from quest.ui.lanservice import LanService

    # Imported only for type checking by the modules themselves (they load on first use).
    names = {"TeamClient": TeamClient, "Host": Host, "Announcer": Announcer, "Store": Store,
             "StoreError": StoreError, "Lab": Lab}
    for owner in (GameData, Content, LanService, Results):
        hints = typing.get_type_hints(owner, localns=names)
        assert hints and object not in hints.values(), owner
    assert {"content", "results", "lan", "settings"} <= set(typing.get_type_hints(GameData,
                                                                                  localns=names))


def test_the_game_starts_without_the_network_and_database_modules():
    """The first frame waits for no module it does not draw with: the LAN protocol pulls in
    hashlib and secrets, the store sqlite3; both load when a screen first needs them."""
    code = ("import os, sys\n"
            "os.environ['SDL_VIDEODRIVER'] = os.environ['SDL_AUDIODRIVER'] = 'dummy'\n"
            "import quest.ui.app, quest.ui.start, quest.cli\n"
            "print(' '.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "quest.ui.app" in loaded
    assert loaded.isdisjoint({"quest.lan.protocol", "quest.lan.host", "secrets", "hashlib",
                              "sqlite3", "quest.store", "websockets"})
