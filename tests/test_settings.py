"""Settings are remembered between runs; a damaged file never stops the game."""

import json

import pygame

from quest import settings as store
from quest.settings import Settings
from tests.pilot import Pilot


def test_settings_round_trip(tmp_path):
    assert store.save(tmp_path, Settings(language="kk", text_scale=150, high_contrast=True)) \
        is None
    loaded, note = store.load(tmp_path)
    assert note is None
    assert loaded == Settings(language="kk", text_scale=150, high_contrast=True)


def test_damaged_settings_give_defaults_and_a_note(tmp_path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    loaded, note = store.load(tmp_path)
    assert loaded == Settings()
    assert str(tmp_path / "settings.json") in note and "damaged" in note


def test_invalid_values_are_ignored_one_by_one(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(
        {"language": "ru", "text_scale": 175, "high_contrast": "yes"}), encoding="utf-8")
    loaded, note = store.load(tmp_path)
    assert loaded == Settings(language="ru")
    assert "text_scale" in note and "high_contrast" in note


def test_unwritable_folder_gives_a_note_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    note = store.save(blocker / "inside", Settings())
    assert note is not None and "cannot save the settings" in note


def test_settings_screen_changes_apply_at_once_and_are_saved(tmp_path):
    pilot = Pilot(data_dir=tmp_path)
    pilot.app.data.save_settings = True
    try:
        from quest.ui.scenes.settings import SettingsScene

        pilot.app.push(SettingsScene(pilot.app))
        body = pilot.app.ui.metrics.body
        pilot.click("scale:150")
        assert pilot.app.ui.metrics.body > body
        pilot.click("contrast:on")
        assert pilot.app.ui.palette.desk == (0, 0, 0)
        saved, _ = store.load(tmp_path)
        assert (saved.text_scale, saved.high_contrast) == (150, True)
    finally:
        pilot.close()


def test_resizing_the_window_lays_everything_out_again():
    pilot = Pilot(size=(1366, 768))
    try:
        from quest.ui.headless import build_screen

        build_screen(pilot.app, "investigate")
        pilot.frames(1, [pygame.event.Event(pygame.VIDEORESIZE, w=1920, h=1080,
                                            size=(1920, 1080))])
        assert pilot.app.window.get_size() == (1920, 1080)
        assert pilot.app.ui.metrics.height == 1080
        assert pilot.top.item_rect.right > 1000
        assert pilot.app.ui.issues == set()
    finally:
        pilot.close()


def test_f11_switches_full_screen_and_back():
    pilot = Pilot(size=(1366, 768))
    try:
        from quest.ui.scenes.menu import MenuScene

        pilot.app.push(MenuScene(pilot.app))
        pilot.press(pygame.K_F11)
        assert pilot.app.fullscreen
        pilot.press(pygame.K_F11)
        assert not pilot.app.fullscreen
        assert pilot.app.window.get_size() == (1366, 768)
    finally:
        pilot.close()
