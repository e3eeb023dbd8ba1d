"""Bad input inside the game: an invalid scenario file, a broken image, a broken library file."""

import shutil
from types import SimpleNamespace

from quest.content.packs import BUNDLED_DIR
from quest.ui.headless import make_app, render
from quest.ui.scenes import scenario_scene


def test_invalid_scenario_file_shows_the_checkers_messages(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: Bad Id\n", encoding="utf-8")
    app = make_app()
    try:
        scene = scenario_scene(app, str(bad))
        app.push(scene)
        render(app)
        assert scene.name == "error"
        assert any("expected an id of lowercase letters" in m for m in scene.messages)
        assert all(m.startswith(str(bad)) for m in scene.messages)
        assert "expected an id of lowercase letters" in capsys.readouterr().err
        assert app.ui.issues == set()
    finally:
        app.close()


def test_play_scenario_file_starts_its_investigation(tmp_path):
    source = next(BUNDLED_DIR.glob("akimat-snow-day.yaml"))
    shutil.copytree(BUNDLED_DIR / "images", tmp_path / "images")
    shutil.copy(source, tmp_path / "mine.yaml")
    app = make_app()
    try:
        scene = scenario_scene(app, str(tmp_path / "mine.yaml"))
        assert scene.name == "investigate" and scene.preview
        path = app.data.content.image_path(scene.scenario, scene.scenario.item.image)
        assert path == tmp_path / scene.scenario.item.image
    finally:
        app.close()


def test_corrupt_image_shows_a_placeholder_with_the_alt_text(tmp_path):
    shutil.copytree(BUNDLED_DIR, tmp_path / "pack")
    image = tmp_path / "pack" / "images" / "snowy-street-night.png"
    data = bytearray(image.read_bytes())
    # Whole on the outside (header and end marker), garbage inside: only decoding finds out.
    data[100:-100] = b"\x00garbage" * ((len(data) - 200) // 8) + b"\x00" * ((len(data) - 200) % 8)
    image.write_bytes(bytes(data))
    app = make_app(scenarios=[])
    try:
        from quest.content.packs import load_paths
        from quest.ui.scenes.investigate import InvestigateScene

        library = load_paths([tmp_path / "pack"])
        scenario = library.scenarios["akimat-snow-day"]
        app.data.content.extra_images[scenario.id] = tmp_path / "pack"
        app.data.content.library = library
        app.push(InvestigateScene(app, scenario))
        surface = render(app)
        assert image in app.ui.images.problems
        assert "cannot show the image" in app.ui.images.problems[image]
        # The placeholder's grey box is drawn where the picture would be.
        item = app.top.item_rect
        greys = sum(1 for x in range(item.left, item.right, 7)
                    for y in range(item.top, item.bottom, 7)
                    if surface.get_at((x, y))[:3] == (214, 210, 200))
        assert greys > 100
        assert app.ui.issues == set()
    finally:
        app.close()


def test_broken_file_in_the_library_is_skipped_with_a_visible_note(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "broken.yaml").write_text("format: [\n", encoding="utf-8")
    app = make_app(scenarios=[str(folder)])
    try:
        from quest.ui.scenes.select import SelectScene
        from quest.ui.scenes.trainer import TrainerScene

        app.push(SelectScene(app))
        render(app)
        assert len(app.data.content.trainer_library.broken()) == 1
        assert all(not b.name.endswith("broken") for b in app.top.buttons)
        drawn = [key[0] for key in app.ui.text._surfaces]
        assert any("1 file could not be loaded" in text for text in drawn)
        app.push(TrainerScene(app))
        render(app)
        [row] = app.top.rows
        assert row[0].path.name == "broken.yaml" and row[2]
    finally:
        app.close()
