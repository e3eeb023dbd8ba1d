"""The check-up through the real screens: before and after the game, counterbalanced, with
no result shown until the end; a killed process resumes with no rating lost."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pygame
import pytest

from quest.checkups import Checkups
from quest.content.checkup import load_bank
from quest.model.checkup import score
from quest.store import Store
from quest.ui.scenes.menu import MenuScene
from tests.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent


def take(pilot, student: str, phase: str, right: int) -> None:
    """Rate every headline from the menu: the first `right` correctly, the rest wrongly."""
    pilot.app.reset(MenuScene(pilot.app))
    pilot.click("menu:checkup")
    pilot.button("checkup:name").text = student
    pilot.click(f"checkup:{phase}")
    assert pilot.top.name == "checkup-item"
    rated = 0
    while pilot.top.name == "checkup-item":
        item = pilot.top.form.items[pilot.top.index]
        said_real = item.real if rated < right else not item.real
        pilot.click("checkup:real" if said_real else "checkup:fake")
        assert pilot.button("checkup:sure").enabled  # the confidence follows the choice
        pilot.click("checkup:likely")
        rated += 1
    assert pilot.top.name == "checkup-done"


def test_a_student_takes_both_check_ups_and_sees_the_results_only_after(tmp_path):
    pilot = Pilot(lang="kk", data_dir=tmp_path)
    try:
        take(pilot, "Аружан", "pre", right=9)
        assert pilot.top.rows == []  # no result after the test before the game
        take(pilot, "Данияр", "pre", right=12)
        take(pilot, "Аружан", "post", right=14)
        assert [(before, after) for _, before, after, _ in pilot.top.rows][0] == (9, 14)
        assert pilot.app.ui.issues == set()
        records = Checkups(pilot.app.data.results.store)
        forms = {(c.student, c.phase): c.form for c in records.all()}
        assert forms[("Аружан", "pre")] != forms[("Аружан", "post")]  # the other form after
        bank = load_bank()
        post = next(c for c in records.all() if c.phase == "post")
        assert score(bank.forms[post.form], post.ratings).discernment == 14
        assert all(c.done for c in records.all())
    finally:
        pilot.close()


def test_rating_is_possible_by_keyboard_only(tmp_path):
    pilot = Pilot(lang="ru", data_dir=tmp_path)
    try:
        pilot.app.reset(MenuScene(pilot.app))
        pilot.click("menu:checkup")
        pilot.button("checkup:name").text = "12"
        pilot.click("checkup:pre")
        first = pilot.top.form.items[0]
        pilot.press(pygame.K_1)  # a confidence before real or fake does nothing
        assert pilot.top.index == 0
        pilot.press(pygame.K_f)
        pilot.press(pygame.K_2)
        assert pilot.top.index == 1
        stored = Checkups(pilot.app.data.results.store).of("12")[0].ratings
        assert [(r.item_id, r.real, str(r.confidence)) for r in stored] == \
            [(first.id, False, "likely")]
    finally:
        pilot.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_a_check_up_killed_midway_resumes_with_no_rating_lost(tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")

    def run(kill_after: int | None):
        process = subprocess.Popen([sys.executable, "-m", "tests.checkup_worker",
                                    str(tmp_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x.strip()) for x in process.stdout]
                         + [lines.put("")], daemon=True).start()
        seen, deadline = [], time.monotonic() + 60
        try:
            while True:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
                if not line:
                    break
                seen.append(line)
                if kill_after is not None and \
                        sum(s.startswith("rated") for s in seen) == kill_after:
                    process.send_signal(signal.SIGKILL)
                    break
        finally:
            process.wait(timeout=30)
        return seen, process

    first, _ = run(kill_after=5)
    printed = [line.split()[1] for line in first if line.startswith("rated")]
    assert len(printed) == 5
    store = Store(tmp_path)
    try:
        kept = [r.item_id for r in Checkups(store).of("Aruzhan")[0].ratings]
    finally:
        store.close()
    assert kept[:5] == printed  # every rating reported was stored before the kill
    second, process = run(kill_after=None)
    assert process.returncode == 0, process.stderr.read()[-2000:]
    assert second[0] == f"resumed {len(kept)}" and second[-1] == "done"
    store = Store(tmp_path)
    try:
        [checkup] = Checkups(store).of("Aruzhan")
        assert checkup.done and len({r.item_id for r in checkup.ratings}) == 16
    finally:
        store.close()
