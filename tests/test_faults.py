"""The machine fails under the game: unwritable folders, a full disk, a damaged or busy database."""

import errno
import io
import os
import sqlite3
import time

import pytest

from quest import settings as game_settings
from quest.cli import main
from quest.model.session import Session
from quest.store import BUSY_TIMEOUT_MS, DATABASE_FILE, Store, StoreError, explain


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_data_folder_that_cannot_be_made_is_named_without_a_traceback(tmp_path):
    blocker = tmp_path / "results"
    blocker.write_text("a file where the data folder should be")
    code, out, err = run("session", "list", "--data-dir", str(blocker))
    assert code != 0
    assert str(blocker) in err and "Traceback" not in err
    assert "cannot use the results database" in err


def test_a_damaged_database_says_so_and_is_left_for_the_trainer(tmp_path):
    database = tmp_path / DATABASE_FILE
    garbage = b"this is not a database at all " * 200
    database.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        Store(tmp_path)
    assert str(database) in str(caught.value)
    assert "damaged" in str(caught.value)
    assert database.read_bytes() == garbage  # nothing overwritten: the trainer may recover it


def test_a_second_copy_writing_waits_then_says_the_database_is_in_use(tmp_path):
    first = Store(tmp_path)
    second = Store(tmp_path)
    try:
        first.db.execute("BEGIN IMMEDIATE")  # the other copy is in the middle of a save
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            second.create_session(Session(None, "second", "solo", [], []))
        waited = time.monotonic() - started
        assert "in use by another copy" in str(caught.value)
        assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.8
        first.db.execute("ROLLBACK")
        # Once the first copy is done, the second saves as usual.
        session_id = second.create_session(Session(None, "second", "solo", [], []))
        assert session_id > 0
    finally:
        first.close()
        second.close()


def test_two_copies_see_each_others_saved_sessions(tmp_path):
    first, second = Store(tmp_path), Store(tmp_path)
    try:
        made = first.create_session(Session(None, "morning", "solo", [], []))
        assert made in [info.id for info in second.sessions()]
    finally:
        first.close()
        second.close()


def test_a_full_disk_keeps_the_old_settings_and_says_why(tmp_path, monkeypatch):
    saved = game_settings.Settings(language="ru", text_scale=150)
    assert game_settings.save(tmp_path, saved) is None

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    from quest import files

    monkeypatch.setattr(files.os, "fsync", full)  # the settings are written through files
    note = game_settings.save(tmp_path, game_settings.Settings(language="en"))
    assert note is not None and str(tmp_path / game_settings.SETTINGS_FILE) in note
    assert os.strerror(errno.ENOSPC) in note
    monkeypatch.undo()
    loaded, problem = game_settings.load(tmp_path)
    assert (loaded.language, loaded.text_scale, problem) == ("ru", 150, None)
    assert [p.name for p in tmp_path.iterdir()] == [game_settings.SETTINGS_FILE]  # no temp left


def test_settings_that_cannot_be_written_are_a_note_not_a_crash(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    note = game_settings.save(blocker, game_settings.Settings())
    assert note is not None and str(blocker) in note


def test_sqlites_full_disk_error_is_put_in_a_trainers_words(tmp_path):
    full = sqlite3.OperationalError("database or disk is full")
    # As SQLite raises it: the words may change between versions, the code does not.
    full.sqlite_errorcode, full.sqlite_errorname = sqlite3.SQLITE_FULL, "SQLITE_FULL"
    error = explain(tmp_path / DATABASE_FILE, full)
    assert "disk is full" in error.message and str(tmp_path / DATABASE_FILE) in error.message
    assert error.code == "disk-full"
    worded_otherwise = sqlite3.OperationalError("no room left")  # same code, other words
    worded_otherwise.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert explain(tmp_path / DATABASE_FILE, worded_otherwise).code == "disk-full"
    io_full = sqlite3.OperationalError("disk I/O error")  # an extended code keeps its primary
    io_full.sqlite_errorcode = sqlite3.SQLITE_FULL | (1 << 8)
    assert explain(tmp_path / DATABASE_FILE, io_full).code == "disk-full"


def test_a_missing_font_falls_back_and_says_kazakh_may_not_show(tmp_path):
    import pygame

    from quest.ui.text import Fonts

    pygame.font.init()
    fonts = Fonts(folder=tmp_path)
    font = fonts.get(24)
    assert font.size("Қазақ")[0] > 0
    assert fonts.problem is not None and str(tmp_path) in fonts.problem
    assert "Kazakh" in fonts.problem


def test_a_missing_picture_is_named_and_shown_as_a_placeholder(tmp_path, capsys):
    from quest.ui.assets import Images

    images = Images()
    missing = tmp_path / "gone.png"
    assert images.fitted(missing, 300, 200) is None
    assert str(missing) in images.problems[missing]
    assert str(missing) in capsys.readouterr().err


def test_a_grey_picture_is_scaled_without_a_window(tmp_path):
    import pygame

    from quest.ui.assets import Images
    from tests.test_packs import png

    grey = tmp_path / "grey.png"
    grey.write_bytes(png(4, 2))  # 8 bits a pixel: smooth scaling refuses these as they are
    assert pygame.image.load(str(grey)).get_bitsize() == 8
    scaled = Images().fitted(grey, 8, 8)
    assert scaled is not None and scaled.get_size() == (8, 4)


def _session_at_its_verdict(data_dir):
    """A two-team session with its first turn played up to the confirm button."""
    import pygame

    from quest.ui.scenes.menu import MenuScene
    from tests.pilot import Pilot
    from tests.test_session_play import type_text

    pilot = Pilot(lang="ru", data_dir=data_dir)
    pilot.app.push(MenuScene(pilot.app))
    pilot.click("menu:session")
    pilot.click("session:new")
    for index, name in enumerate(("Барс", "Қыран")):
        pilot.focus_to(f"team:{index}")
        type_text(pilot, name)
    pilot.click("set:2")
    pilot.click("setup:start")
    pilot.click("turn:start")
    scenario = pilot.top.scenario
    pilot.click("verdict")
    pilot.click(f"answer:{scenario.verdict.answer}")
    pilot.click("confidence:sure")  # confirmed by the caller, together with closing the window
    button = pilot.button("verdict:confirm")
    pos = pilot.top.screen_rect(button).center
    click = [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)),
             pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)]
    return pilot, click


def _answers(data_dir) -> int:
    store = Store(data_dir)
    try:
        return sum(info.answered for info in store.sessions())
    finally:
        store.close()


def test_closing_the_window_as_the_verdict_is_saved_keeps_it(tmp_path):
    import pygame

    pilot, click = _session_at_its_verdict(tmp_path)
    pilot.frames(1, click + [pygame.event.Event(pygame.QUIT)])
    assert not pilot.app.running
    pilot.close()
    assert _answers(tmp_path) == 1


def test_closing_the_window_before_the_verdict_saves_nothing_half_done(tmp_path):
    import pygame

    pilot, click = _session_at_its_verdict(tmp_path)
    pilot.frames(1, [pygame.event.Event(pygame.QUIT)])
    pilot.close()
    assert _answers(tmp_path) == 0
    store = Store(tmp_path)
    try:
        [info] = store.sessions()
        assert (info.teams, info.finished) == (2, False)  # ready to resume from the menu
    finally:
        store.close()


@pytest.mark.parametrize("code", ["in-use", "read-only", "disk-full", "damaged", "newer"])
def test_a_database_problem_is_shown_in_the_players_language(code):
    from quest import i18n
    from quest.ui.problems import describe

    error = StoreError("results.db: cannot use the results database: (English)", code)
    try:
        shown = {}
        for lang in ("en", "ru", "kk"):
            i18n.set_language(lang)
            shown[lang] = describe(error)
        assert len(set(shown.values())) == 3 and "(English)" not in shown["en"]
        assert any(ch in shown["kk"] for ch in "әғқңөұүһі")
    finally:
        i18n.set_language("en")
    assert describe(StoreError("something else", "other")) == "something else"


def test_every_error_the_program_explains_carries_a_code_and_values():
    from quest.errors import Problem, QuestError, ScenarioError, UsageError
    from quest.exports import ExportError
    from quest.model.session import SessionError
    from quest.replay import ReplayError

    kinds = {ExportError: "export", ReplayError: "replay", UsageError: "usage",
             SessionError: "session", StoreError: "other", QuestError: "error"}
    for kind, code in kinds.items():
        error = kind("what went wrong")
        assert (error.message, error.code, error.values) == ("what went wrong", code, {})
    named = StoreError("x.db: cannot use the results database", "damaged", path="x.db")
    assert (named.code, named.values) == ("damaged", {"path": "x.db"})
    invalid = ScenarioError([Problem("a.yaml", 2, 5, "error", "expected an id", "pattern")])
    assert invalid.code == "pattern" and invalid.message.startswith("a.yaml:2:5:")
