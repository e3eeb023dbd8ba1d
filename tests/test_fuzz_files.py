"""Mangled settings and replay files: a clear note or the file's own error, never a traceback."""

import json
import os
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quest import replay
from quest import settings as game_settings

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

MINIMAL = (Path(__file__).resolve().parent / "data" / "minimal.yaml").read_text(encoding="utf-8")
GOOD_SETTINGS = json.dumps({"language": "kk", "text_scale": 125, "high_contrast": True,
                            "fullscreen": False}).encode()
GOOD_REPLAY = "\n".join(json.dumps(r) for r in [
    {"mil-quest-replay": replay.REPLAY_FORMAT, "size": [1366, 768], "lang": "en",
     "text_scale": 100, "start": "title"},
    {"t": "key", "f": 3, "key": 13, "mod": 0},
    {"t": "motion", "f": 5, "pos": [100, 200]},
    {"t": "down", "f": 6, "pos": [100, 200], "button": 1},
    {"t": "wheel", "f": 9, "x": 0, "y": -1},
]).encode()


def mangle(draw, data: bytes) -> bytes:
    """Cut, flip, insert or splice bytes, as a crash or a careless editor would."""
    how = draw(st.sampled_from(["cut", "flip", "insert", "splice", "random"]))
    if how == "random":
        return draw(st.binary(max_size=300))
    at = draw(st.integers(0, len(data)))
    if how == "cut":
        return data[:at]
    if how == "flip":
        if at == len(data):
            return data
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=20)) + data[at:]
    junk = draw(st.sampled_from([b"null", b"[]", b"{}", b"1e999", b'"x"', b"-1", b"true",
                                 b"\xff\xfe", b"\n", b'{"t": "key"}']))
    return data[:at] + junk + data[at:]


@st.composite
def mangled(draw, data: bytes) -> bytes:
    return mangle(draw, data)


@FUZZ
@given(data=mangled(GOOD_SETTINGS))
def test_a_mangled_settings_file_gives_valid_settings(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("settings")
    (folder / game_settings.SETTINGS_FILE).write_bytes(data)
    loaded, note = game_settings.load(folder)
    assert loaded.text_scale in game_settings.TEXT_SCALES
    assert isinstance(loaded.high_contrast, bool) and isinstance(loaded.fullscreen, bool)
    assert loaded.language is None or isinstance(loaded.language, str)
    if note is not None:
        assert str(folder / game_settings.SETTINGS_FILE) in note


@FUZZ
@given(data=mangled(GOOD_REPLAY))
def test_a_mangled_replay_is_read_or_refused_with_its_name(tmp_path_factory, data):
    path = Path(tmp_path_factory.mktemp("replay")) / "game.jsonl"
    path.write_bytes(data)
    try:
        header, events = replay.read(path)
    except replay.ReplayError as exc:
        assert str(exc).startswith(str(path)), exc
        return
    assert header["mil-quest-replay"] == replay.REPLAY_FORMAT
    for event in events:
        assert event["t"] in replay.KINDS
        assert replay.decode(event).type  # every checked event becomes a real pygame event


def test_the_unmangled_files_are_read_as_written(tmp_path):
    (tmp_path / game_settings.SETTINGS_FILE).write_bytes(GOOD_SETTINGS)
    loaded, note = game_settings.load(tmp_path)
    assert (loaded.language, loaded.text_scale, loaded.high_contrast) == ("kk", 125, True)
    assert note is None
    path = tmp_path / "game.jsonl"
    path.write_bytes(GOOD_REPLAY)
    header, events = replay.read(path)
    assert header["lang"] == "en" and len(events) == 4


@pytest.fixture(scope="module")
def good_exports(tmp_path_factory):
    """A real CSV and JSON export of a small session, as bytes."""
    from quest.store import Store
    from tests.test_session import POOL, export, fill

    folder = tmp_path_factory.mktemp("exports")
    store = Store(folder)
    number = fill(store, ["Қыран", "Барс"], [[POOL[0].id] * 2, [POOL[1].id] * 2],
                  [(0, 0, "genuine", "sure"), (0, 1, "fake", "unsure"), (1, 0, "fake", "sure")])
    store.close()
    from quest.exports import read_export
    from tests.test_session import KEY

    files = {fmt: export(folder, number, fmt, folder / f"out.{fmt}") for fmt in ("csv", "json")}
    found = {fmt: path.read_bytes() for fmt, path in files.items()}
    found["rows"] = {fmt: read_export(path, [KEY]).rows for fmt, path in files.items()}
    return found


@FUZZ
@given(data=st.data(), fmt=st.sampled_from(["csv", "json"]))
def test_a_mangled_export_is_read_or_refused_with_its_name(tmp_path_factory, good_exports,
                                                           data, fmt):
    from quest.exports import ExportError, read_export
    from tests.test_session import KEY

    mangled_bytes = data.draw(mangled(good_exports[fmt]))
    path = Path(tmp_path_factory.mktemp("export")) / f"results.{fmt}"
    path.write_bytes(mangled_bytes)
    try:
        result = read_export(path, [KEY])
    except ExportError as exc:
        assert str(exc).startswith(str(path)), exc
        return
    # The check codes let no changed row through: whatever is accepted was in the real export.
    original = good_exports["rows"][fmt]
    assert all(row in original for row in result.rows), result.rows


PACK_OPERATIONS = ["mangle-image", "delete-image", "image-is-folder", "link-image-out",
                   "link-loop", "mangle-scenario", "stray-file", "link-scenario-out", "scenario-loop",
                   "image-is-special", "scenario-is-special", "image-claims-huge-size"]


def make_special(path: Path, kind: str) -> None:
    """A FIFO or socket at `path`: reading either naively blocks or fails."""
    if kind == "fifo":
        os.mkfifo(path)
    else:
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()


@FUZZ
@given(data=st.data(), operations=st.lists(st.sampled_from(PACK_OPERATIONS), min_size=1,
                                           max_size=3, unique=True))
def test_a_damaged_pack_loads_what_it_can_and_names_the_rest(tmp_path_factory, data,
                                                             operations):
    from quest.content.packs import load_paths
    from quest.ui.assets import Images
    from tests.test_packs import PNG, with_image

    base = tmp_path_factory.mktemp("pack")
    root, outside = base / "pack", base / "outside"
    (root / "images").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.png").write_bytes(PNG)
    (outside / "other.yaml").write_text(MINIMAL, encoding="utf-8")
    image = root / "images" / "photo.png"
    image.write_bytes(PNG)
    scenario = root / "s.yaml"
    scenario.write_text(with_image(MINIMAL, "images/photo.png"), encoding="utf-8")
    for operation in operations:
        if operation == "mangle-image" and image.is_file() and not image.is_symlink():
            image.write_bytes(data.draw(mangled(PNG)))
        elif operation == "delete-image" and image.is_file():
            image.unlink()
        elif operation == "image-is-folder" and not os.path.lexists(image):
            image.mkdir()
        elif operation == "link-image-out" and not os.path.lexists(image):
            image.symlink_to(outside / "secret.png")
        elif operation == "link-loop" and not os.path.lexists(image):
            image.symlink_to(image)
        elif operation == "mangle-scenario":
            scenario.write_bytes(data.draw(mangled(scenario.read_bytes())))
        elif operation == "stray-file":
            stray = root / data.draw(st.sampled_from(["notes.yaml", "x.yml", ".hidden.yaml"]))
            if not os.path.lexists(stray):  # never write into a FIFO made before
                stray.write_bytes(data.draw(st.binary(max_size=200)))
        elif operation == "image-is-special" and not os.path.lexists(image):
            make_special(image, data.draw(st.sampled_from(["fifo", "socket"])))
        elif operation == "scenario-is-special":
            special = root / data.draw(st.sampled_from(["pipe.yaml", "x.yml"]))
            if not os.path.lexists(special):  # a stray file may have taken the name
                make_special(special, data.draw(st.sampled_from(["fifo", "socket"])))
        elif operation == "image-claims-huge-size" and image.is_file() and \
                not image.is_symlink():
            side = data.draw(st.integers(4097, 2**31 - 1))
            image.write_bytes(PNG[:16] + struct.pack(">II", side, side) + PNG[24:])
        elif operation == "scenario-loop":
            (root / "loop.yaml").symlink_to(root / "loop.yaml")
        elif operation == "link-scenario-out":
            (root / "linked.yaml").symlink_to(outside / "other.yaml")
    library = load_paths([root])
    for problem in library.all_problems():
        assert problem.file.startswith(str(root)), problem
    for entry in library.entries:
        if entry.scenario is None:
            continue
        # A usable scenario's pictures are inside the pack, or the game shows a placeholder.
        item = entry.scenario.item
        if item.image:
            images = Images()
            shown = library.image_path(entry.scenario.id, item.image)
            images.fitted(shown, 320, 200)
            assert Path(os.path.realpath(shown)).is_relative_to(root.resolve()) or \
                shown in images.problems
