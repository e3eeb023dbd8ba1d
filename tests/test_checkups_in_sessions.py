"""A session's export carries the check-ups of its students, signed like its rows; merging the
results of several computers stores them once, in the same transaction, and a forged or
damaged check-up is refused with its file and line, the database unchanged."""

import csv
import io
import json

import pytest

from quest.checkups import Checkups
from quest.store import Store
from tests.test_checkup_files import take
from tests.test_session import KEY, POOL, export, fill, merge_is_refused, run


def class_computer(folder):
    """A computer where teams Қыран and Барс played one round and three students took the
    check-up: two of the session's teams, one of another class."""
    store = Store(folder)
    number = fill(store, ["Қыран", "Барс"], [[POOL[0].id] * 2],
                  [(0, 0, "genuine", "sure"), (0, 1, "fake", "sure")])
    store.close()
    take(folder, "7B-04", "pre", 10, team="Қыран")
    take(folder, "7B-04", "post", 14, team="Қыран")
    take(folder, "7B-11", "pre", 9, team=" барс ")  # spacing and case as a pupil typed them
    take(folder, "8A-02", "pre", 16, team="Сұңқар")
    return number


def students(folder) -> list[tuple[str, str]]:
    store = Store(folder)
    try:
        return sorted((c.student, c.phase) for c in Checkups(store).all())
    finally:
        store.close()


def test_the_json_export_carries_the_sessions_check_ups_and_a_merge_stores_them_once(tmp_path):
    one = tmp_path / "one"
    number = class_computer(one)
    target = export(one, number, "json", tmp_path / "one.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(c["student"] for c in data["checkups"]) == ["7B-04", "7B-04", "7B-11"]
    assert all(len(c["check"]) >= 16 for c in data["checkups"])
    hub = tmp_path / "hub"
    code, out, err = run("session", "--data-dir", str(hub), "merge", str(target), "--key", KEY)
    assert code == 0, err
    assert "check-ups: 3 added, 0 already here" in out
    code, out, err = run("session", "--data-dir", str(hub), "merge", str(target), "--key", KEY)
    assert code == 0 and "check-ups: 0 added, 3 already here" in out, out + err
    assert students(hub) == [("7B-04", "post"), ("7B-04", "pre"), ("7B-11", "pre")]
    store = Store(hub)
    [first, _second] = store.sessions()
    ratings = {c.student + c.phase: len(c.ratings) for c in Checkups(store).all()}
    store.close()
    assert ratings == {"7B-04pre": 16, "7B-04post": 16, "7B-11pre": 16}
    report = tmp_path / "report.html"
    code, _out, err = run("session", "--data-dir", str(hub), "report", str(first.id), "-o",
                          str(report))
    assert code == 0, err
    assert "7B-04" in report.read_text(encoding="utf-8")


def test_the_check_ups_of_a_session_export_alone_for_a_spreadsheet(tmp_path):
    number = class_computer(tmp_path)
    target = tmp_path / "checkups.csv"
    code, out, err = run("session", "--data-dir", str(tmp_path), "export", str(number),
                         "--checkups", "--format", "csv", "-o", str(target))
    assert code == 0 and "3 check-ups" in out, out + err
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:5] == ["uid", "student", "team", "phase", "form"]
    assert len(rows) == 1 + 3 * 16
    assert {row[1] for row in rows[1:]} == {"7B-04", "7B-11"}
    code, out, err = run("session", "--data-dir", str(tmp_path), "export", str(number),
                         "--checkups", "--format", "json", "-o", str(tmp_path / "c.json"))
    assert code == 0, err
    # The JSON of --checkups is the file the check-up's own merge reads.
    code, out, err = run("checkup", "--data-dir", str(tmp_path / "other"), "--merge",
                         str(tmp_path / "c.json"))
    assert code == 0 and "3 check-ups added" in out, out + err


def flip_first_check_up(text: str) -> str:
    """The export with every rating of its first check-up turned the other way."""
    head, mark, tail = text.partition('"checkups": [\n')
    line, newline, rest = tail.partition("\n")
    line = line.replace('"real": true', '"real": ?').replace('"real": false', '"real": true')
    return head + mark + line.replace('"real": ?', '"real": false') + newline + rest


def in_check_ups(old: str, new: str):
    """A damage that replaces `old` by `new` once, in the check-ups only (rows are checked
    elsewhere)."""
    def damage(text: str) -> str:
        head, mark, tail = text.partition('"checkups": [')
        return head + mark + tail.replace(old, new, 1)
    return damage


@pytest.mark.parametrize("damage, message", [
    (flip_first_check_up,  # line 8: after the head, the two rows and the list's opening
     ":8: expected a check-up with the code of the session's results key"),
    (in_check_ups('"student": "7B-', '"student": "7C-'),
     "expected a check-up with the code of the session's results key"),
    (in_check_ups('"check": "', '"check": "0'),
     "expected a check-up with the code of the session's results key"),
    (in_check_ups('"check": "', '"check": 1e999, "x": "'),
     "expected a check-up with the code of the session's results key"),
    (in_check_ups('"ratings": [', '"ratings": [[[[[[[[['),
     "nested"),
    (lambda t: t.replace('"checkups": [', '"checkups": [["\\ud800"], ', 1),
     "expected a check-up with the code"),
    (lambda t: t.replace('"checkups": [', '"checkups": [' + '{}, ' * 20_001, 1),
     "expected a list of at most 20000 check-ups"),
])
def test_a_forged_or_damaged_check_up_is_refused_and_nothing_is_stored(tmp_path, damage,
                                                                       message):
    number = class_computer(tmp_path / "one")
    good = export(tmp_path / "one", number, "json", tmp_path / "good.json")
    merge_is_refused(tmp_path, good, damage, message)
