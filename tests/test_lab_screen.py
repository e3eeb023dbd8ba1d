"""The image tool's lab through the screens: analyses run off the frame loop with a spinner,
a clue resting on an analysis appears once it has run, a failure says so and can be retried,
and the magnifier moves with the keys; the game receives results without loading numpy."""

import pickle
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

pytest.importorskip("imagehash")

from quest.ui.scenes.investigate import InvestigateScene  # noqa: E402
from tests.pilot import Pilot  # noqa: E402


@pytest.fixture
def lab_of():
    pilots = []

    def open_lab(scenario_id: str, lang: str = "en"):
        pilot = Pilot(lang=lang)
        pilots.append(pilot)
        scenario = pilot.app.data.content.scenario_by_id(scenario_id)
        investigate = InvestigateScene(pilot.app, scenario)
        pilot.app.push(investigate)
        pilot.frames(1)
        pilot.click("tool:image")
        assert pilot.top.name == "lab"
        return pilot, investigate

    yield open_lab
    for pilot in pilots:
        pilot.close()


def notebook(investigate) -> list[str]:
    return [c.id for c in investigate.shown_clues()]


def test_a_clue_resting_on_an_analysis_shows_once_it_has_run(lab_of):
    pilot, investigate = lab_of("snow-leopard-city")
    lab = pilot.top
    # Using the tool found every clue, but the error-level clue waits for its analysis.
    assert "pasted-leopard" in investigate.investigation.found_ids()
    assert "pasted-leopard" not in notebook(investigate)
    pilot.click("lab:ela")
    assert "ela" in lab.futures  # asked for, not yet drawn: the frame did not wait
    assert lab._lines()[0] == ("title", "Analysing the picture…")
    pilot.analysed()
    assert "ela" not in lab.futures and lab.results["ela"].uneven
    assert "pin:pasted-leopard" in [b.name for b in lab.buttons]
    assert lab._lines()[0][1].startswith("A region of ")
    assert "pasted-leopard" in notebook(investigate)
    # The search ran on opening: its clue is there too, with what it found.
    pilot.click("lab:search")
    pilot.analysed()
    assert "pin:poster-2021" in [b.name for b in lab.buttons]
    assert lab._lines()[0] == ("title", "Found in 1 place")
    assert any("Mountain Neighbours" in text for _style, text in lab._lines())
    pilot.focus_to("pin:poster-2021")
    pilot.press(pygame.K_RETURN)
    assert "poster-2021" in investigate.investigation.pinned
    pilot.click("lab:close")
    assert pilot.top is investigate
    assert pilot.app.ui.issues == set()


def test_metadata_is_shown_plainly_in_kazakh(lab_of):
    pilot, investigate = lab_of("river-clean-up-photo", "kk")
    pilot.click("lab:metadata")
    pilot.analysed()
    lines = [text for _style, text in pilot.top._lines()]
    assert "Samsung Galaxy A54 5G" in " ".join(lines)
    assert not any("Camera" in line or "Taken" in line for line in lines)  # no English left
    assert "camera-data" in notebook(investigate)
    assert pilot.app.ui.issues == set()


def test_a_failed_analysis_says_so_and_can_be_tried_again(lab_of, tmp_path):
    pilot, _investigate = lab_of("zoo-new-cubs")
    lab = pilot.top
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff" + b"\x00" * 100)
    good, lab.path = lab.path, broken
    pilot.click("lab:metadata")
    pilot.analysed()
    assert lab._lines()[0] == ("title", "The picture cannot be analysed: the file is damaged "
                                        "or not a PNG or JPEG.")
    lab.path = good
    pilot.click("lab:retry")
    pilot.analysed()
    assert not hasattr(lab.results["metadata"], "code")
    assert "lab:retry" not in [b.name for b in lab.buttons]


def test_the_magnifier_moves_with_the_keys_and_zooms(lab_of):
    pilot, _investigate = lab_of("bear-medeu-old-video")
    lab = pilot.top
    pilot.click("lab:zoom")
    start = lab.lens
    pilot.press(pygame.K_RIGHT, times=3)
    pilot.press(pygame.K_UP)
    assert lab.lens[0] == pytest.approx(start[0] + 0.12) and lab.lens[1] < start[1]
    pilot.press(pygame.K_RIGHT, times=50)
    assert lab.lens[0] == 1.0  # stops at the edge
    pilot.press(pygame.K_EQUALS, times=5)
    assert lab.zoom == 4
    pilot.press(pygame.K_MINUS, times=5)
    assert lab.zoom == 2
    assert pilot.app.ui.issues == set()


def test_the_game_receives_every_result_without_loading_the_analyses(tmp_path):
    code = ("import pickle, sys\n"
            "from quest.forensics.lab import Failed, LevelView, Match\n"
            "from quest.forensics.metadata import Metadata\n"
            "pickle.loads(sys.stdin.buffer.read())\n"
            "print(sorted(m for m in ('numpy', 'scipy', 'PIL', 'imagehash') if m in sys.modules))")
    from PIL import Image

    from quest.forensics import levels, metadata
    from quest.forensics.lab import Failed

    from quest.forensics.lab import analyse
    from quest.resources import BUNDLED_SCENARIOS as SCENARIOS

    found = analyse("search", str(SCENARIOS / "images" / "snow-leopard-city.jpg"),
                    [str(SCENARIOS)], str(tmp_path))
    assert found and found[0].path.endswith("snow-leopard-poster-2021.jpg")
    view = levels.error_levels(Image.open(SCENARIOS / "images" / "snow-leopard-city.jpg"), (320, 200))
    assert view.region is not None
    results = [found, view,
               Failed("no such file"), metadata.read_metadata(Image.new("RGB", (8, 8)))]
    done = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(results),
                          capture_output=True, timeout=60, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode().strip() == "[]"
