"""Results files a hostile classmate could make: each refused with FILE:LINE, the database
unchanged; names that could drive a terminal, a spreadsheet or a page never do."""

import csv
import html
import io
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quest.cli import main
from quest.exports import ExportError, read_export
from quest.report import render
from quest.store import Store
from tests.test_session import POOL, export, fill


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(tmp_path):
    """A real JSON and CSV export of a small session, and a hub database to merge into."""
    store = Store(tmp_path / "one")
    number = fill(store, ["Қыран", "Барс"], [[POOL[0].id] * 2],
                  [(0, 0, "genuine", 100), (0, 1, "fake", 10)])
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
    ("huge-integer", lambda r: r.replace('"points": 100', '"points": ' + "9" * 5000),
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
    code, out, err = run("session", "--data-dir", hub, "merge", files["csv"], bad)
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
    code, _, err = run("session", "--data-dir", hub, "merge", bad)
    assert code == 1 and err.startswith(f"error: {bad}:") and message in err, err
    assert (hub / "results.db").read_bytes() == before


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\")", "+1", "-Fox", "@SUM(A1)",
                                  "'=quoted", "'plain"])
def test_a_name_a_spreadsheet_would_run_is_written_as_text_and_read_back(tmp_path, name):
    store = Store(tmp_path / "one")
    number = fill(store, [name, "Барс"], [[POOL[0].id] * 2], [(0, 0, "genuine", 100)])
    store.close()
    path = export(tmp_path / "one", number, "csv", tmp_path / "out.csv")
    cells = next(csv.reader([path.read_text(encoding="utf-8").splitlines()[2]]))
    assert cells[2] == "'" + name  # a spreadsheet shows the cell as text
    [row] = read_export(path).rows
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


BASE_ROW = {"session": "7B", "computer": "lab-1", "team": "Fox", "round": 1,
            "scenario": POOL[0].id, "difficulty": 1, "truth": "genuine", "verdict": "genuine",
            "confidence": "sure", "pinned": [], "points": 100, "seconds": 30.0,
            "techniques": [], "check": "0" * 16}
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
        return json.dumps({"mil-quest-export": 1, "rows": [row]}).replace('"@VALUE@"', raw)
    value = raw if not raw.startswith('"') else json.loads(raw)
    out = io.StringIO()
    out.write("# mil-quest export 1\n")
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
        read_export(path)
    message = refused.value.message
    assert message.startswith(f"{path}") and len(message) < 400, message
    assert all(ch.isprintable() for ch in message), repr(message)
