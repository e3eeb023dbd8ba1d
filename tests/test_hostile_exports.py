"""Results files a hostile classmate could make: each refused with FILE:LINE, the database
unchanged; names that could drive a terminal, a spreadsheet or a page never do."""

import csv
import html
import io
import json
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quest.cli import main
from quest.content.packs import load_bundled
from quest.exports import ExportError, read_export
from quest.report import render
from quest.store import Store
from quest.signing import key_id
from tests.test_session import KEY, POOL, export, fill

LIBRARY = load_bundled()


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path):
    """A real JSON and CSV export of a small session, and a hub database to merge into."""
    store = Store(tmp_path / "one")
    number = fill(store, ["Қыран", "Барс"], [[POOL[0].id] * 2],
                  [(0, 0, "genuine", "sure"), (0, 1, "fake", "sure")])
    store.close()
    files = {fmt: export(tmp_path / "one", number, fmt, tmp_path / f"good.{fmt}")
             for fmt in ("json", "csv")}
    hub = tmp_path / "hub"
    Store(hub).close()
    return files, hub


def json_with_first_row(path, change) -> str:
    """The JSON export's text with its first row line replaced by change(row as text)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("  {"))
    lines[index] = change(lines[index])
    return "\n".join(lines) + "\n"


FIRST_ROW_LINE = 5  # line 1 '{', 2 "about", 3 '"rows": [', 4..: rows (see to_json)


@pytest.mark.parametrize("name, damage, message", [
    ("huge-integer", lambda r: re.sub(r'"points": -?[0-9]+', '"points": ' + "9" * 5000, r),
     ":4: expected numbers of at most 20 digits, found one of 5000"),
    ("deep-nesting", lambda r: r.replace('"pinned": [', '"pinned": ' + "[" * 5000 + "[")
     .replace("], \"points\"", "]" * 5001 + ", \"points\""),
     ":4: expected an export (lists nested at most 8 deep), found deeper nesting"),
    ("lone-surrogate", lambda r: r.replace('"team": "Қыран"', '"team": "\\ud800Fox"'),
     ":4: expected a text without control characters, found U+D800 (a lone surrogate) in "
     "'\\ud800Fox'"),
    ("escape-sequence", lambda r: r.replace('"team": "Қыран"', '"team": "Fox\\u001b]0;x\\u0007"'),
     ":4: expected a text without control characters, found U+001B (ESC)"),
    ("rtl-override", lambda r: r.replace('"team": "Қыран"', '"team": "\\u202eFox"'),
     ":4: expected a text without control characters, found U+202E (RIGHT-TO-LEFT OVERRIDE)"),
])
def test_a_hostile_json_export_is_refused_and_the_database_is_unchanged(good, tmp_path, name,
                                                                        damage, message):
    files, hub = good
    bad = tmp_path / f"{name}.json"
    bad.write_text(json_with_first_row(files["json"], damage), encoding="utf-8")
    before = (hub / "results.db").read_bytes()
    code, out, err = run("session", "--data-dir", hub, "merge", files["csv"], bad, "--key", KEY)
    assert code == 1 and out == ""
    assert err.startswith(f"error: {bad}:") and message in err, err
    assert "Traceback" not in err and len(err) < 400
    assert (hub / "results.db").read_bytes() == before


@pytest.mark.parametrize("size, message", [
    (5000, ":3: expected cells of at most 4096 characters, found one of 5005"),  # Қыран and 5,000 x
    (200_000, ":3: expected CSV, found field larger than field limit"),
])
def test_a_csv_export_with_an_oversized_cell_is_refused(good, tmp_path, size, message):
    files, hub = good
    text = files["csv"].read_text(encoding="utf-8").replace(",Қыран,", f",Қыран{'x' * size},", 1)
    bad = tmp_path / "big.csv"
    bad.write_text(text, encoding="utf-8")
    before = (hub / "results.db").read_bytes()
    code, _, err = run("session", "--data-dir", hub, "merge", bad, "--key", KEY)
    assert code == 1 and err.startswith(f"error: {bad}:") and message in err, err
    assert (hub / "results.db").read_bytes() == before


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\")", "+1", "-Fox", "@SUM(A1)",
                                  "'=quoted", "'plain"])
def test_a_name_a_spreadsheet_would_run_is_written_as_text_and_read_back(tmp_path, name):
    store = Store(tmp_path / "one")
    number = fill(store, [name, "Барс"], [[POOL[0].id] * 2], [(0, 0, "genuine", "sure")])
    store.close()
    path = export(tmp_path / "one", number, "csv", tmp_path / "out.csv")
    cells = next(csv.reader([path.read_text(encoding="utf-8").splitlines()[2]]))
    assert cells[2] == "'" + name  # a spreadsheet shows the cell as text
    [row] = read_export(path, [KEY]).rows
    assert row["team"] == name  # the apostrophe is the file's, not the name's


def test_the_html_report_escapes_every_name(tmp_path):
    team = '<script>alert("x")</script>'
    session = "Class <b>7B</b> & \"friends\""
    page = render(session, [team, "Барс"], [
        {"team": team, "truth": "fake", "verdict": "fake", "points": 10,
         "techniques": ["fear-appeal"]}], "en")
    assert "<script>" not in page and "<b>7B" not in page
    assert html.escape(team) in page and html.escape(session) in page


@pytest.mark.parametrize("argv, message", [
    (["--team", "Fox\x1b]0;owned\x07", "--team", "Owl"], "a team name cannot contain control "
     "characters: 'Fox\\x1b]0;owned\\x07'"),
    (["--team", "\u202eFox", "--team", "Owl"], "a team name cannot contain control characters"),
    (["--team", "Fox", "--team", "Owl", "--name", "7B\x1b[2J"], "a session name cannot contain "
     "control characters: '7B\\x1b[2J'"),
])
def test_session_new_refuses_names_that_drive_a_terminal(tmp_path, argv, message):
    code, out, err = run("session", "--data-dir", tmp_path, "new", *argv)
    assert code == 2 and out == "" and message in err
    assert "\x1b" not in err and "\u202e" not in err


def test_names_from_elsewhere_are_printed_escaped(tmp_path):
    store = Store(tmp_path)
    store.db.execute("INSERT INTO sessions (name, format, created) VALUES (?, 'all', "
                     "'2026-01-01T00:00:00+00:00')", ("7B\x1b]0;owned\x07",))
    store.close()
    code, out, _ = run("session", "--data-dir", tmp_path, "list")
    assert code == 0 and "7B\\x1b]0;owned\\x07" in out and "\x1b" not in out


def test_a_scenario_file_whose_name_is_not_utf8_is_shown_safely(tmp_path):
    from quest.ui.headless import make_app, render as draw
    from quest.ui.scenes.trainer import TrainerScene

    folder = tmp_path / "mine"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.yaml")
    (folder / name).write_text("format: 1\nid: Bad Id\n", encoding="utf-8")
    code, out, _ = run("check", folder)
    assert code == 1 and f"{folder}/caf\\xe9.yaml:2:5: error:" in out
    app = make_app(scenarios=[str(folder)])
    try:
        app.push(TrainerScene(app))
        draw(app)
        drawn = [key[0] for key in app.ui.text._surfaces]
        assert any(text.startswith("caf\\xe9.yaml") for text in drawn), drawn
        assert app.ui.issues == set() or all("caf" not in issue for issue in app.ui.issues)
    finally:
        app.close()


BASE_ROW = {"session": "7B", "computer": "lab-1", "team": "Fox", "team_id": "a1b2c3",
            "round": 1, "scenario": POOL[0].id, "difficulty": 1, "truth": "genuine",
            "verdict": "genuine", "confidence": "sure", "pinned": [], "tools": ["source"],
            "hints": 0, "points": 100, "seconds": 30.0, "techniques": [], "check": "0" * 32}
# Each as the raw text that stands in the file: numbers past any limit, nesting past the
# JSON reader's recursion, surrogates, controls, direction overrides, formula prefixes.
HOSTILE_RAW = st.one_of(
    st.integers(21, 6000).map(lambda n: "9" * n),
    st.integers(9, 3000).map(lambda n: "[" * n + "]" * n),
    st.sampled_from(["\ud800", "\udfff", "Fox\x1b[31m", "\u202eFox", "Fox\x00", "=1+1", "@cmd",
                     "-2+3", "'", "\t", "Fox\nOwl", "Fox (lab-1)"]).map(json.dumps),
    st.text(st.characters(categories=["Cc", "Cs", "Cf"]), min_size=1, max_size=4)
    .map(json.dumps),
)


def hostile_export(field: str, raw: str, fmt: str) -> str:
    """An export whose one row holds `raw` (JSON text) in `field`."""
    if fmt == "json":
        row = dict(BASE_ROW, **{field: "@VALUE@"})
        return json.dumps({"mil-quest-export": 2, "key": key_id(KEY), "rows": [row]}).replace(
            '"@VALUE@"', raw)
    value = raw if not raw.startswith('"') else json.loads(raw)
    out = io.StringIO()
    out.write(f"# mil-quest export 2 key {key_id(KEY)}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(BASE_ROW))
    writer.writerow([value if name == field else
                     ";".join(v) if isinstance(v, list) else v for name, v in BASE_ROW.items()])
    return out.getvalue()


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(list(BASE_ROW)), raw=HOSTILE_RAW,
       fmt=st.sampled_from(["json", "csv"]))
def test_hostile_values_in_any_field_of_an_export_are_refused_with_a_line(
        tmp_path_factory, field, raw, fmt):
    path = tmp_path_factory.mktemp("hostile") / f"hostile.{fmt}"
    path.write_text(hostile_export(field, raw, fmt), encoding="utf-8", errors="surrogatepass")
    with pytest.raises(ExportError) as refused:  # the check code is never right here
        read_export(path, [KEY])
    message = refused.value.message
    assert message.startswith(f"{path}") and len(message) < 400, message
    assert all(ch.isprintable() for ch in message), repr(message)


def signed_rows(path, key=KEY):
    """The rows of a JSON export and a function to write them back signed with `key`."""
    from quest.exports import check_code

    data = json.loads(path.read_text(encoding="utf-8"))

    def write(rows, target):
        for row in rows:
            row["check"] = check_code(row, key)
        data["rows"] = rows
        target.write_text(json.dumps(data, ensure_ascii=False).replace('"rows": [', '\n"rows": [\n'),
                          encoding="utf-8")
        return target
    return data["rows"], write


def merge_error(hub, *argv):
    before = (hub / "results.db").read_bytes()
    code, out, err = run("session", "--data-dir", hub, "merge", *argv)
    assert code == 1 and out == "", out
    assert (hub / "results.db").read_bytes() == before
    return err


def test_a_forged_export_with_an_unkeyed_check_code_is_refused(good, tmp_path):
    """The old check code was a SHA-256 anyone could redo: now it proves nothing."""
    import hashlib

    from quest.exports import FIELDS, _field

    files, hub = good
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    row = data["rows"][0]
    row["verdict"], row["points"] = "fake", 1000
    text = "\x1f".join(_field(row, name) for name in FIELDS)
    row["check"] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data), encoding="utf-8")
    err = merge_error(hub, forged, "--key", KEY)
    assert "does not match its authentication code: the file was changed after it was " \
           "exported" in err


def test_points_are_worked_out_again_even_under_the_right_key(good, tmp_path):
    """Whoever holds the key can sign anything; the points still follow from the answer."""
    files, hub = good
    rows, write = signed_rows(files["json"])
    rows[0]["points"] = 1000
    err = merge_error(hub, write(rows, tmp_path / "inflated.json"), "--key", KEY)
    assert ": expected " in err and " points for this answer by the rules, found 1000: the file " \
           "was changed" in err
    rows, write = signed_rows(files["json"])
    rows[0]["pinned"] = rows[0]["pinned"] + ["no-such-clue"]
    err = merge_error(hub, write(rows, tmp_path / "impossible.json"), "--key", KEY)
    assert "expected an answer that could have been given, found that there is no clue " \
           "'no-such-clue'" in err
    rows, write = signed_rows(files["json"])
    rows[0]["hints"] = 20
    err = merge_error(hub, write(rows, tmp_path / "hints.json"), "--key", KEY)
    assert "expected an answer that could have been given, found that expected at most" in err


def test_a_file_signed_with_an_unknown_key_is_refused(good, tmp_path):
    files, hub = good
    err = merge_error(hub, files["csv"])
    assert f"{files['csv']}:1: expected results signed with a results key this computer knows, " \
           f"found the key '{key_id(KEY)}': give that session's results key with --key" in err
    err = merge_error(hub, files["csv"], "--key", "QQQQ-QQQQ-QQQQ")
    assert "found the key" in err
    code, _, err = run("session", "--data-dir", hub, "merge", files["csv"], "--key", "short")
    assert code == 2 and "expected a results key of 12 letters and digits" in err


def test_the_facilitators_computer_knows_its_sessions_keys(good, tmp_path):
    files, hub = good
    store = Store(hub)
    fill(store, ["Owl"], [[POOL[0].id]], [])  # the facilitator's own session, same key
    store.close()
    code, out, err = run("session", "--data-dir", hub, "merge", files["csv"])
    assert code == 0, err


def test_an_answer_kept_before_tools_were_recorded_cannot_be_merged(tmp_path):
    from quest.model.session import Answered, Session

    store = Store(tmp_path / "old")
    number = store.create_session(Session(None, "Old", "all", ["Fox"], [[POOL[0].id]],
                                          results_key=KEY))
    scenario = POOL[0]
    store.record_answer(number, Answered(0, 0, scenario.id, "fake", "sure", 0,
                                         str(scenario.verdict.answer)),
                        scenario.difficulty, scenario.techniques)
    store.close()
    path = export(tmp_path / "old", number, "csv", tmp_path / "old.csv")
    hub = tmp_path / "hub"
    Store(hub).close()
    err = merge_error(hub, path, "--key", KEY)
    assert f"{path}:3: expected the tools and hints of the answer, found none" in err


def test_a_scenario_this_computer_lacks_is_named(good, tmp_path):
    files, hub = good
    rows, write = signed_rows(files["json"])
    for row in rows:
        row["scenario"] = "not-on-this-computer"
    err = merge_error(hub, write(rows, tmp_path / "elsewhere.json"), "--key", KEY)
    assert "expected a scenario this computer has, found 'not-on-this-computer': add its file " \
           "to the trainer's folder" in err


def computer(tmp_path, name: str, teams: list[str], answers) -> "os.PathLike":
    """A computer named `name` with a session of `teams`, exported as CSV."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "computer.txt").write_text(name + "\n", encoding="utf-8")
    store = Store(folder)
    number = fill(store, teams, [[POOL[0].id] * len(teams)], answers)
    store.close()
    return export(folder, number, "csv", tmp_path / f"{name}.csv")


def test_teams_are_told_apart_by_id_not_by_name(tmp_path):
    files = [computer(tmp_path, "c1", ["Fox"], [(0, 0, "fake", "sure")]),
             computer(tmp_path, "c2", ["Fox"], [(0, 0, "genuine", "sure")]),
             computer(tmp_path, "c3", ["Fox (c1)"], [(0, 0, "fake", "unsure")])]
    hub = tmp_path / "hub"
    code, out, err = run("session", "--data-dir", hub, "merge", *files, "--key", KEY)
    assert code == 0, err
    store = Store(hub)
    [info] = store.sessions()
    session = store.load_session(info.id)
    store.close()
    assert sorted(session.teams) == ["Fox (c1)", "Fox (c1) #2", "Fox (c2)"]
    assert len(set(session.team_ids)) == 3 and len(session.answers) == 3
    assert "note: 2 different teams are named Fox: shown as Fox (c1), Fox (c2)" in out
    assert "note: two teams would both be shown as Fox (c1): the second is shown as " \
           "Fox (c1) #2" in out


def test_session_new_takes_and_prints_the_results_key(tmp_path):
    code, out, err = run("session", "--data-dir", tmp_path, "new", "--team", "Fox", "--team",
                         "Owl", "--key", "acde fghj kmnp")
    assert code == 0, err
    assert "results key: ACDE-FGHJ-KMNP" in out
    store = Store(tmp_path)
    assert store.known_keys() == ["ACDE-FGHJ-KMNP"]
    store.close()
    code, out, err = run("session", "--data-dir", tmp_path, "new", "--team", "Fox", "--team",
                         "Owl", "--key", "ACDE-FGHJ-KMN0")
    assert code == 2 and "expected a results key of 12 letters and digits" in err


@settings(max_examples=150, deadline=None)
@given(teams=st.lists(st.tuples(st.sampled_from(["c1", "c2", "c3"]),
                                st.sampled_from(["Fox", "fox", "Fox (c1)", "Fox (c2)", "Owl",
                                                 "Fox (c1) #2", "Барс"])),
                      min_size=1, max_size=8, unique=True))
def test_label_collisions_never_join_teams(teams):
    """However names collide across computers, every team stays one, with its own label."""
    from pathlib import Path

    from quest.exports import ExportFile
    from quest.merge import merge
    from tests.test_session import points_for

    scenario = POOL[0]
    rows = [{"session": "7B", "computer": computer, "team": name, "team_id": f"id{index}",
             "round": 1, "scenario": scenario.id, "difficulty": scenario.difficulty,
             "truth": str(scenario.verdict.answer), "verdict": "fake", "confidence": "sure",
             "pinned": list(scenario.verdict.key_clues),
             "tools": [str(t) for t in scenario.decisive_tools()], "hints": 0,
             "points": points_for(scenario.id, "fake"), "seconds": 30.0, "techniques": []}
            for index, (computer, name) in enumerate(teams)]
    merged = merge([ExportFile(Path("x.csv"), rows, list(range(3, 3 + len(rows))))],
                   LIBRARY)
    labels = merged.session.teams
    assert len(labels) == len(teams) == len(set(merged.session.team_ids))
    assert len({label.casefold() for label in labels}) == len(labels)
    shared = {name.casefold() for _, name in teams
              if sum(n.casefold() == name.casefold() for _, n in teams) > 1}
    for name in shared:
        assert any(f"teams are named {name}".casefold() in note.casefold()
                   for note in merged.notes), merged.notes

