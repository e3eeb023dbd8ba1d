"""Draw the pictures of the bundled scenarios, or check that the bundled files are theirs."""

# Run from anywhere:  python tools/pictures/draw.py [--check | --list] [NAME...]
# Every other module of this folder draws one scenario or theme and declares its pictures as
# PICTURES = {"file.png": function drawing it}; this script finds them all. The seeds written
# there are the ones each picture was first drawn with: change one and that picture changes.

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from drawing import ROOT, scaled  # first: it sets up pygame's environment
import pygame

HERE = Path(__file__).resolve().parent
IMAGES = ROOT / "quest" / "data" / "scenarios" / "images"
MAX_BYTES = 150 * 1024  # size budget of one PNG
HELPERS = ("draw", "drawing", "forensic")  # modules of this folder that draw no picture


@functools.cache
def modules() -> dict[str, dict[str, Callable[[], pygame.Surface]]]:
    """The PICTURES of every picture module of this folder, by module name."""
    names = sorted(info.name for info in pkgutil.iter_modules([str(HERE)]))
    return {name: importlib.import_module(name).PICTURES for name in names
            if name not in HELPERS}


def owners() -> dict[str, list[str]]:
    """The modules that draw each picture, by file name (exactly one each, or --check fails)."""
    found: dict[str, list[str]] = {}
    for module, pictures in modules().items():
        for name in pictures:
            found.setdefault(name, []).append(module)
    return found


def draw(name: str) -> pygame.Surface:
    """The picture `name` at its final size, as its module draws it."""
    pygame.font.init()  # some pictures have words on them
    return scaled(modules()[owners()[name][0]][name]())


def save(names: list[str], folder: Path) -> list[Path]:
    """Draw the pictures and save them as PNG files in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        paths.append(folder / name)
        pygame.image.save(draw(name), str(paths[-1]))
    return paths


def sha256(path: Path) -> str:
    """The sha256 of a file's bytes, in hex."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compare(drawn: Path, bundled: Path, only: list[str] | None = None) -> dict[str, str]:
    """The verdict on each PNG of either folder (or on `only` these): same, DIFFERENT, ..."""
    names = only or sorted({p.name for p in [*drawn.glob("*.png"), *bundled.glob("*.png")]})
    verdicts = {}
    for name in names:
        if not (bundled / name).exists():
            verdicts[name] = "NOT BUNDLED"
        elif not (drawn / name).exists():
            verdicts[name] = "NOT DRAWN"
        else:
            same = sha256(drawn / name) == sha256(bundled / name)
            verdicts[name] = "same" if same else "DIFFERENT"
    return verdicts


def check(names: list[str], everything: bool) -> int:
    """Draw into a temporary folder, print a verdict a picture; 1 unless all are the same."""
    owner = owners()
    with tempfile.TemporaryDirectory() as tmp:
        save(names, Path(tmp))
        # Checking everything, a bundled picture that no module draws is reported too.
        verdicts = compare(Path(tmp), IMAGES, None if everything else names)
    for name, verdict in verdicts.items():
        drawn_by = ", ".join(f"{module}.py" for module in owner.get(name, [])) or "no module"
        print(f"{verdict:<11}  {name}  ({drawn_by})")
    bad = sum(verdict != "same" for verdict in verdicts.values())
    print(f"{len(verdicts)} pictures, {len(verdicts) - bad} the same, {bad} not")
    return 1 if bad else 0


def redraw(names: list[str]) -> int:
    """Save the pictures into the bundled folder, printing their sizes; 1 if one is too big."""
    too_big = False
    for path in save(names, IMAGES):
        size = path.stat().st_size
        too_big |= size > MAX_BYTES
        print(f"{path.relative_to(ROOT)}  {size // 1024} KiB"
              + ("  (over the budget!)" if size > MAX_BYTES else ""))
    return 1 if too_big else 0


def main(argv: list[str] | None = None) -> int:
    """Draw, check or list the pictures named on the command line, or all of them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="only these pictures (file names, .png may be left out)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="draw into a temporary folder and compare the PNG files' sha256 "
                           "with the bundled ones; exit 1 on any difference")
    mode.add_argument("--list", action="store_true", help="print which module draws which picture")
    args = parser.parse_args(argv)
    owner = owners()
    twice = {name: found for name, found in owner.items() if len(found) > 1}
    if twice:
        for name, found in sorted(twice.items()):
            print(f"{name} is drawn by more than one module: {', '.join(found)}", file=sys.stderr)
        return 1
    names = [name if name.endswith(".png") else name + ".png" for name in args.names]
    unknown = [name for name in names if name not in owner]
    if unknown:
        parser.error(f"no module draws {', '.join(unknown)} (see --list)")
    names = names or sorted(owner)
    if args.list:
        for name in names:
            print(f"{name}  tools/pictures/{owner[name][0]}.py")
        return 0
    if args.check:
        return check(names, everything=not args.names)
    return redraw(names)


if __name__ == "__main__":
    sys.exit(main())
