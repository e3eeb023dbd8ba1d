"""A real game process killed (SIGKILL) in the middle of a session, then resumed: every answered
round is kept, none is counted twice."""

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quest.store import Store

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")


def start(folder: Path) -> subprocess.Popen:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.Popen([sys.executable, "-m", "tests.session_worker", str(folder)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def kill_after(folder: Path, answers: int, then: str | None = None) -> list:
    """Run the game until it has saved `answers` answers and, with `then`, until it next
    reports that moment (started, investigated or scoreboard), then SIGKILL it."""
    process = start(folder)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout] + [lines.put("")],
                     daemon=True).start()
    seen = []
    try:
        deadline = time.monotonic() + 60
        waiting = True
        while waiting:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {then or 'answer'} within 60 s") from None
            if not line:
                process.wait(timeout=30)
                raise AssertionError(f"the game stopped early ({process.returncode}): "
                                     f"{process.stderr.read()[-3000:]}")
            if line.startswith("answered"):
                seen.append(tuple(int(v) for v in line.split()[1:]))
            waiting = len(seen) < answers or (then is not None and len(seen) == answers
                                               and not line.startswith(then))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    return seen


def finish(folder: Path) -> list:
    """Start the game again: it resumes the session and plays it to its end."""
    process = start(folder)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    assert out.strip().endswith("finished"), out
    return [tuple(int(v) for v in line.split()[1:]) for line in out.splitlines()
            if line.startswith("answered")]


def stored(folder: Path) -> list:
    store = Store(folder)
    try:
        [info] = store.sessions()
        session = store.load_session(info.id)
        assert info.finished
        return sorted((a.round, a.team) for a in session.answers)
    finally:
        store.close()


EVERY_TURN = [(0, 0), (0, 1), (1, 0), (1, 1)]


@pytest.mark.parametrize("answers", [1, 3], ids=["after-one-answer", "after-three-answers"])
def test_killed_after_saving_then_resumed(tmp_path, answers):
    before = kill_after(tmp_path, answers=answers)
    assert before == EVERY_TURN[:answers]
    after = finish(tmp_path)
    assert after == EVERY_TURN[answers:]  # resumed at the next turn: nothing played twice
    assert stored(tmp_path) == EVERY_TURN


@pytest.mark.parametrize("then", ["started", "investigated", "scoreboard"])
def test_killed_while_playing_the_next_turn_then_resumed(tmp_path, then):
    before = kill_after(tmp_path, answers=2, then=then)
    assert before == EVERY_TURN[:2]
    store = Store(tmp_path)
    [info] = store.sessions()
    store.close()
    if not info.finished:  # the usual case: killed mid-turn, mid-save or on the scoreboard
        after = finish(tmp_path)
        assert set(after).isdisjoint(EVERY_TURN[:2])
    assert stored(tmp_path) == EVERY_TURN
