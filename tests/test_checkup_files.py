"""Check-ups exported, merged across computers (each counted once) and reported for a class;
hostile files refused with their name, the database unchanged."""

import html
import io
import json
import re

import pytest

from quest.checkupfiles import CheckupFileError, read_json
from quest.checkups import Checkups
from quest.cli import main
from quest.content.checkup import load_bank
from quest.model.checkup import Rating, score
from quest.store import Store

BANK = load_bank()


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def take(folder, student: str, phase: str, right: int, say: bool | None = None,
         team: str = "") -> None:
    """A finished check-up: the first `right` headlines rated correctly; the others wrongly,
    or all called real (`say` True) or fake (False)."""
    store = Store(folder)
    try:
        records = Checkups(store)
        checkup = records.open(student, phase, team)
        for index, item in enumerate(BANK.forms[checkup.form].items):
            real = item.real if index < right else (not item.real if say is None else say)
            records.rate(checkup, Rating(item.id, real, "sure"))
        records.finish(checkup)
    finally:
        store.close()


def counts(folder) -> tuple[int, int]:
    store = Store(folder)
    try:
        all_ = Checkups(store).all()
        return len(all_), sum(len(c.ratings) for c in all_)
    finally:
        store.close()


def test_two_computers_merge_their_check_ups_once(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    take(one, "Aruzhan", "pre", 10)
    take(two, "Daniyar", "pre", 12)
    export = tmp_path / "one.json"
    assert run("checkup", "--data-dir", str(one), "--export", str(export))[0] == 0
    for _ in range(2):  # merging the same file again adds nothing
        code, out, _err = run("checkup", "--data-dir", str(two), "--merge", str(export))
        assert code == 0
    assert "0 check-ups added, 1 already here" in out
    assert counts(two) == (2, 32)


def test_a_spreadsheet_export_cannot_run_a_formula(tmp_path):
    take(tmp_path, "=HYPERLINK(\"x\")", "pre", 8, team="@SUM(A1)")
    target = tmp_path / "out.csv"
    assert run("checkup", "--data-dir", str(tmp_path), "--export", str(target))[0] == 0
    import csv

    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 17 and all(row[1] == "'=HYPERLINK(\"x\")" for row in rows[1:])
    assert all(row[2] == "'@SUM(A1)" for row in rows[1:])


@pytest.mark.parametrize("data, what", [
    ("[]", "another file"),
    ('{"format": "mil-quest-checkups", "version": 1, "checkups": {}}', "a list"),
    ('{"format": "mil-quest-checkups", "version": 1, "checkups": [{"uid": "xyz"}]}', "uid"),
    ('{"format": "mil-quest-checkups", "version": 1, "checkups": [' + '{}, ' * 20_001 + '{}]}',
     "a list"),
    ("[" * 100_000, "JSON"),
    ("\xff\xfe", "JSON"),
])
def test_a_hostile_check_up_file_is_refused_with_its_name(tmp_path, data, what):
    path = tmp_path / "bad.json"
    path.write_text(data, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(CheckupFileError) as refused:
        read_json(path)
    assert "bad.json" in refused.value.message and what in refused.value.message


def good_export(tmp_path) -> dict:
    take(tmp_path / "src", "Aruzhan", "pre", 9)
    target = tmp_path / "good.json"
    run("checkup", "--data-dir", str(tmp_path / "src"), "--export", str(target))
    return json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("field, value", [
    ("student", "A\x1b[2J"), ("student", "x" * 500), ("student", ""), ("phase", "during"),
    ("form", "C"), ("started", "yesterday"), ("team", 7), ("ratings", [{"item": "../x",
                                                                        "real": True,
                                                                        "confidence": "sure"}]),
    ("ratings", [{"item": "a01", "real": "yes", "confidence": "sure"}]),
    ("ratings", [{"item": "a01", "real": True, "confidence": "totally"}] * 41),
])
def test_a_forged_field_refuses_the_whole_file_and_stores_nothing(tmp_path, field, value):
    data = good_export(tmp_path)
    data["checkups"][0][field] = value
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = run("checkup", "--data-dir", str(tmp_path / "dst"), "--merge", str(path))
    assert code == 1 and "forged.json" in err and "Traceback" not in err
    assert counts(tmp_path / "dst") == (0, 0)


def test_the_class_report_says_whether_the_class_grew_discerning_or_sceptical(tmp_path):
    for index in range(6):  # six students in two teams, better after the game
        team = "Qyran" if index < 3 else "Barys"
        take(tmp_path, f"S{index}", "pre", 8 + index % 3, team=team)
        take(tmp_path, f"S{index}", "post", 13 + index % 3, team=team)
    report = tmp_path / "class.html"
    assert run("checkup", "--data-dir", str(tmp_path), "--report", str(report),
               "--lang", "en")[0] == 0
    page = report.read_text(encoding="utf-8")
    assert "became better at telling true from false, without becoming" in page
    assert "<svg" in page and "<script" not in page
    # Each team's and each form's mean of all five scores, before → after: the students'
    # scores (tested against hand-made tables in test_checkup_scores) averaged here by hand.
    qyran = re.search(r"<tr><th>Qyran</th>(.*?)</tr>", page).group(1)
    cells = re.findall(r"<td>(.*?)</td>", qyran)
    assert len(cells) == 5 and cells[0] == "9.0 → 14.0"
    store = Store(tmp_path)
    taken = [c for c in Checkups(store).all() if c.team == "Qyran"]
    store.close()
    for index, name in enumerate(("discernment", "real_detected", "fake_detected", "distrust",
                                  "naivety")):
        means = []
        for phase in ("pre", "post"):
            values = [getattr(score(BANK.forms[c.form], c.ratings), name) for c in taken
                      if c.phase == phase]
            assert len(values) == 3
            means.append(f"{sum(values) / 3:.1f}")
        assert cells[index] == " → ".join(means)
    assert "<tr><th>Barys</th><td>9.0 → 14.0</td>" in page
    assert '<th class="nowrap">Form A</th>' in page and '<th class="nowrap">Form B</th>' in page
    # Each headline by its words in the report's language, with its truth, right / rated.
    first = BANK.forms["A"].items[0]
    assert f"{html.escape(first.headline.get('en'))} <small>{first.id} · Genuine</small>" in page
    sceptics = tmp_path / "sceptics"
    for index in range(6):  # from trusting everything to distrusting everything
        take(sceptics, f"S{index}", "pre", 0, say=True)
        take(sceptics, f"S{index}", "post", 0, say=False)
    run("checkup", "--data-dir", str(sceptics), "--report", str(report), "--lang", "kk")
    page = report.read_text(encoding="utf-8")
    from quest import i18n
    from quest.checkupreport import VERDICTS

    assert 'lang="kk"' in page
    assert i18n.load_catalog("kk").gettext(VERDICTS["sceptical"]) in page


def test_a_session_report_shows_the_check_ups_of_its_teams_only(tmp_path):
    assert run("session", "--data-dir", str(tmp_path), "new", "--team", "Qyran",
               "--team", "Barys", "--name", "7B")[0] == 0
    for index in range(4):
        take(tmp_path, f"S{index}", "pre", 8, team="qyran " if index < 2 else "Barys")
        take(tmp_path, f"S{index}", "post", 14, team="qyran " if index < 2 else "Barys")
    take(tmp_path, "Outsider", "pre", 2, team="Another class")
    report = tmp_path / "session.html"
    assert run("session", "--data-dir", str(tmp_path), "report", "1", "-o", str(report))[0] == 0
    page = report.read_text(encoding="utf-8")
    assert "<h2>Check-up</h2>" in page and "<svg" in page
    assert "Students with both check-ups: 4" in page
    assert "S0" in page and "S3" in page and "Outsider" not in page
    # A session whose teams took no check-up has no such section.
    assert run("session", "--data-dir", str(tmp_path), "new", "--team", "Owl",
               "--team", "Fox")[0] == 0
    assert run("session", "--data-dir", str(tmp_path), "report", "2", "-o", str(report))[0] == 0
    assert "Check-up" not in report.read_text(encoding="utf-8")
