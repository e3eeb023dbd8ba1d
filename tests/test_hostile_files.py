"""Hostile files in a pack or the trainer's folder: each a clear problem, never a traceback or hang.

Each case is built here and goes through `mil-quest check` (the exact message) and through the
game's own start with the file in the trainer's folder (a note, and the game runs).
"""

import io
import os
import re
import socket
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from quest.cli import main
from quest.content.images import MAX_IMAGE_PIXELS, image_problem

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = (Path(__file__).resolve().parent / "data" / "minimal.yaml").read_text(encoding="utf-8")
THOUSANDS = "9" * 5000  # past Python's 4,300-digit limit for int() of a string
PNG = (ROOT / "quest" / "data" / "scenarios" / "images" / "zoo-new-cubs.png").read_bytes()


def scenario(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims this many pixels (no pixel data follows)."""
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def png_claiming(width: int, height: int) -> bytes:
    """The bundled PNG with its header changed to claim this many pixels."""
    return PNG[:16] + struct.pack(">II", width, height) + PNG[24:]


PICTURE = "  image: images/shot.{ext}\n  image_alt: {{en: A photo, ru: Фото}}\n"

# name -> (file text, where, message)
CASES = {
    "huge-integer": (scenario("time_budget: 30", f"time_budget: {THOUSANDS}"), "7:14",
                     "expected a number of minutes from 5 to 180, found a number of 5000 digits"),
    "nul-in-text": (scenario('title: {en: "A quake warning"', r'title: {en: "A quake\0 warning"'),
                    "4:13", "expected a text, found U+0000 (NUL) at character 8, a control "
                    "character no scenario may hold"),
    "nul-in-id": (scenario("id: minimal-example", r'id: "minimal\0example"'), "2:5",
                  "expected an id of lowercase letters, digits and hyphens (like old-photo), "
                  "found U+0000 (NUL) at character 8, a control character no scenario may hold"),
    "nul-in-image-path": (scenario("  stats:", r'  image: "images/img\0.png"' + "\n  stats:"),
                          "20:10", "expected a relative path to a PNG or JPEG image, like "
                          "images/photo.png, found U+0000 (NUL) at character 11, a control "
                          "character no scenario may hold"),
    "superscript-digit": (scenario("format: 1", "format: ²"), "1:9",
                          "expected the format version 1, found '²', written with digits other "
                          "than 0-9: write the number with 0-9"),
}


def write_case(folder: Path, name: str) -> Path:
    text = CASES[name][0]
    path = folder / f"{name}.yaml"
    path.write_text(text.replace("minimal-example", name), encoding="utf-8")
    return path


def check(*paths) -> tuple[int, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", *map(str, paths)], out=out, err=err)
    assert err.getvalue() == ""  # never a traceback
    return code, out.getvalue().splitlines()


@pytest.mark.parametrize("name", CASES)
def test_check_names_the_file_and_the_problem(tmp_path, name):
    path = write_case(tmp_path, name)
    _, where, message = CASES[name]
    code, lines = check(path)
    assert code == 1
    assert f"{path}:{where}: error: {message}" in lines


NUMERIC_FIELDS = [("format: 1", "format: {}"), ("difficulty: 2", "difficulty: {}"),
                  ("time_budget: 30", "time_budget: {}"), ("followers: 1200", "followers: {}"),
                  ("shares: 15400", "shares: {}"), ("cost: 5", "cost: {}")]


@pytest.mark.parametrize("old,new", NUMERIC_FIELDS, ids=[f[0].split(":")[0] for f in NUMERIC_FIELDS])
@pytest.mark.parametrize("number", [THOUSANDS, "-" + THOUSANDS, "٣٠", "²", "1_000"])
def test_every_numeric_field_refuses_huge_and_foreign_numbers(tmp_path, old, new, number):
    path = tmp_path / "case.yaml"
    path.write_text(scenario(old, new.format(number)), encoding="utf-8")
    code, lines = check(path)
    assert code == 1
    [error] = [line for line in lines if ": error: " in line]
    if "9" * 10 in number:
        assert error.endswith("found a number of 5000 digits"), error
    elif number in ("٣٠", "²"):
        assert error.endswith("written with digits other than 0-9: write the number with 0-9")
    else:
        assert error.endswith("found '1_000'"), error
    assert len(error) < 300, "the message quotes no thousands of digits"


def test_leading_zeros_are_the_number_they_write(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(scenario("time_budget: 30", "time_budget: " + "0" * 5000 + "30"),
                    encoding="utf-8")
    code, lines = check(path)
    assert code == 0, lines


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x7f", "\x85", "\u202e", "\r"])
def test_control_characters_are_refused_in_texts(tmp_path, char):
    path = tmp_path / "case.yaml"
    escaped = f"\\u{ord(char):04x}"  # a YAML escape, as an editor would write it
    path.write_text(scenario('{en: "A quake warning"', f'{{en: "A quake{escaped} warning"'),
                    encoding="utf-8")
    code, lines = check(path)
    assert code == 1
    assert any(f"found U+{ord(char):04X}" in line and "control character" in line
               for line in lines), lines


def test_line_feeds_and_tabs_stay_allowed_in_texts(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(scenario('{en: "A quake warning"', r'{en: "A quake\n\twarning"'),
                    encoding="utf-8")
    assert check(path)[0] == 0


def make_special(path: Path, kind: str) -> None:
    """A FIFO, a socket or a character device (like /dev/zero) at `path`."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    else:
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # the device of /dev/zero
        except PermissionError:
            pytest.skip("making a device needs root")


SPECIAL = {"fifo": "a named pipe (FIFO)", "socket": "a socket", "device": "a device"}


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_special_file_named_like_a_scenario_is_refused_without_blocking(tmp_path, kind):
    make_special(tmp_path / "trap.yaml", kind)
    code, lines = check(tmp_path)
    assert code == 1
    assert f"{tmp_path / 'trap.yaml'}:1:1: error: expected a scenario file, found " \
           f"{SPECIAL[kind]}: only regular files are read" in lines


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_special_file_named_like_a_picture_is_refused_without_blocking(tmp_path, kind):
    (tmp_path / "images").mkdir()
    make_special(tmp_path / "images" / "shot.png", kind)
    path = tmp_path / "case.yaml"
    path.write_text(scenario("  stats:", PICTURE.format(ext="png") + "  stats:"),
                    encoding="utf-8")
    code, lines = check(path)
    assert code == 1
    assert f"{path}:20:10: error: expected a PNG or JPEG picture that the game can show at " \
           f"'images/shot.png', found that it is {SPECIAL[kind]}, not a picture file" in lines


@pytest.mark.parametrize("ext,data", [("jpg", jpeg_claiming(50_000, 50_000)),
                                      ("png", png_claiming(50_000, 50_000))], ids=["jpg", "png"])
def test_a_picture_claiming_huge_dimensions_is_refused_from_its_header(tmp_path, ext, data):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / f"shot.{ext}").write_bytes(data)
    path = tmp_path / "case.yaml"
    path.write_text(scenario("  stats:", PICTURE.format(ext=ext) + "  stats:"),
                    encoding="utf-8")
    code, lines = check(path)
    assert code == 1
    assert f"{path}:20:10: error: expected a PNG or JPEG picture that the game can show at " \
           f"'images/shot.{ext}', found that the picture has 50000x50000 pixels, more than " \
           f"the game shows ({MAX_IMAGE_PIXELS:,} at most)" in lines


def test_the_jpeg_size_is_found_past_large_metadata_segments(tmp_path):
    exif = b"\xff\xe1" + struct.pack(">H", 60_002) + b"\0" * 60_000
    data = jpeg_claiming(5000, 4000)
    path = tmp_path / "x.jpg"
    path.write_bytes(data[:2] + exif * 3 + data[2:])
    assert image_problem(path) == ("the picture has 5000x4000 pixels, more than the game "
                                   f"shows ({MAX_IMAGE_PIXELS:,} at most)")
    path.write_bytes(data[:2] + exif + b"\xff\xd9")  # no frame header at all
    assert image_problem(path) == "the JPEG file is damaged (no frame header with its size)"


def test_the_game_never_decodes_a_picture_that_claims_too_many_pixels(tmp_path, monkeypatch):
    import pygame

    from quest.ui.assets import Images

    decoded = []
    monkeypatch.setattr(pygame.image, "load", lambda *a: decoded.append(a))
    for name, data in (("big.jpg", jpeg_claiming(50_000, 50_000)),
                       ("big.png", png_claiming(50_000, 50_000))):
        path = tmp_path / name
        path.write_bytes(data)
        images = Images()
        assert images.original(path) is None
        assert "50000x50000 pixels" in images.problems[path]
    os.mkfifo(tmp_path / "pipe.png")
    images = Images()
    assert images.original(tmp_path / "pipe.png") is None
    assert "a named pipe (FIFO)" in images.problems[tmp_path / "pipe.png"]
    assert decoded == []


def test_the_game_starts_with_every_hostile_file_in_the_trainers_folder(tmp_path):
    """A headless start (a real process, so a hang fails the test) shows the notes and runs."""
    data = tmp_path / "data"
    trainer = data / "scenarios"
    (trainer / "images").mkdir(parents=True)
    for name in CASES:
        write_case(trainer, name)
    make_special(trainer / "pipe.yaml", "fifo")
    make_special(trainer / "socket.yaml", "socket")
    os.mkfifo(trainer / "images" / "pipe.png")
    (trainer / "images" / "big.jpg").write_bytes(jpeg_claiming(50_000, 50_000))
    for name, ext in (("pipe-picture", "png"), ("huge-picture", "jpg")):
        picture = PICTURE.format(ext=ext).replace("shot.", "pipe." if ext == "png" else "big.")
        (trainer / f"{name}.yaml").write_text(
            scenario("  stats:", picture + "  stats:").replace("minimal-example", name),
            encoding="utf-8")
    script = (
        "import sys, types\n"
        "from quest.ui.headless import make_app, render\n"
        "from quest.ui.scenes.select import SelectScene\n"
        "from quest.ui.scenes.trainer import TrainerScene\n"
        f"app = make_app(data_dir={str(data)!r})\n"
        "app.push(SelectScene(app)); render(app)\n"
        "drawn = [key[0] for key in app.ui.text._surfaces]\n"
        "print('NOTE', [t for t in drawn if 'could not be loaded' in t])\n"
        "app.push(TrainerScene(app)); render(app)\n"
        "for entry in app.data.content.trainer_library.broken():\n"
        "    print('BROKEN', entry.path.name, '|', entry.result.errors[0].message)\n"
        "app.close()\n")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                         capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    broken = dict(line[len("BROKEN "):].split(" | ", 1) for line in run.stdout.splitlines()
                  if line.startswith("BROKEN "))
    files = len(CASES) + 4
    assert len(broken) == files, broken
    assert f"{files} files could not be loaded" in run.stdout
    for name, (_, _, message) in CASES.items():
        assert broken[f"{name}.yaml"] == message
    assert broken["pipe.yaml"].startswith("expected a scenario file, found a named pipe")
    assert broken["socket.yaml"].startswith("expected a scenario file, found a socket")
    assert "it is a named pipe (FIFO), not a picture file" in broken["pipe-picture.yaml"]
    assert "50000x50000 pixels" in broken["huge-picture.yaml"]


def returns_within(function, seconds: float = 30):
    """Run `function` on a daemon thread; its result, or a failure if it blocks."""
    import queue
    import threading

    box: queue.Queue = queue.Queue()

    def run():
        try:
            box.put(("ok", function()))
        except BaseException as exc:  # noqa: BLE001 - handed to the test as it is
            box.put(("raised", exc))

    threading.Thread(target=run, daemon=True).start()
    try:
        kind, value = box.get(timeout=seconds)
    except queue.Empty:
        raise AssertionError(f"{function} blocked for {seconds} s") from None
    if kind == "raised":
        raise value
    return value


@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_a_special_file_in_place_of_any_file_the_game_reads_is_refused(tmp_path, kind):
    from quest import replay, settings
    from quest.content.cache import Cache
    from quest.exports import ExportError, read_export
    from quest.paths import computer_name

    from quest.store import DATABASE_FILE, Store, StoreError

    for name in ("settings.json", "game.jsonl", "results.csv", "scenarios.pickle",
                 "computer.txt", DATABASE_FILE):
        make_special(tmp_path / name, kind)
    loaded, note = returns_within(lambda: settings.load(tmp_path))
    assert note == (f"{tmp_path / 'settings.json'}: cannot read the settings (expected a "
                    f"regular file, found {SPECIAL[kind]}); using the defaults")
    with pytest.raises(replay.ReplayError, match="expected a regular file"):
        returns_within(lambda: replay.read(tmp_path / "game.jsonl"))
    with pytest.raises(ExportError, match=re.escape(f"found {SPECIAL[kind]}")):
        returns_within(lambda: read_export(tmp_path / "results.csv"))
    cache = returns_within(lambda: Cache(tmp_path / "scenarios.pickle"))
    assert cache.entries == {}  # a cache that cannot be read is rebuilt
    name = returns_within(lambda: computer_name(tmp_path))
    assert name and name.isprintable()
    with pytest.raises(StoreError) as refused:
        returns_within(lambda: Store(tmp_path))
    assert refused.value.message == (f"{tmp_path / DATABASE_FILE}: cannot use the results "
                                     f"database: expected a database file, found {SPECIAL[kind]}")
