"""The command line, run in-process: output and exit codes of check and new."""

import io
import json

import pytest

from quest.cli import main
from quest.content.packs import BUNDLED_DIR, scenario_files


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_check_bundled_scenarios_passes_with_no_warning():
    code, out, err = run("check")
    files = len(scenario_files(BUNDLED_DIR))
    assert code == 0, out
    assert out.splitlines()[0] == f"{files} files, {files} scenarios, 0 errors, 0 warnings"
    assert "texts translated: en " in out and " kk " in out and " ru " in out


def test_check_reports_problems_one_a_line_and_exits_1(tmp_path, minimal_text):
    (tmp_path / "good.yaml").write_text(minimal_text, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(minimal_text.replace("difficulty: 2", "difficulty: 4")
                                       .replace("id: minimal-example", "id: other"),
                                       encoding="utf-8")
    code, out, _ = run("check", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'bad.yaml'}:5:13: error: expected a difficulty from 1 to 3, found 4",
        "2 files, 1 scenario, 1 error, 0 warnings",
        "texts translated: en 20/20, ru 20/20",
    ]


def test_unreadable_file_is_an_error_and_others_still_checked(tmp_path, minimal_text):
    (tmp_path / "a.yaml").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.yaml").write_text(minimal_text, encoding="utf-8")
    code, out, _ = run("check", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert code == 1
    assert "2 files, 1 scenario, 1 error, 0 warnings" in out


def test_check_json_carries_the_same_facts(tmp_path, minimal_text):
    (tmp_path / "s.yaml").write_text(minimal_text.replace("kind: social_post", "kind: blog"),
                                     encoding="utf-8")
    code, out, _ = run("check", "--format", "json", str(tmp_path))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["errors"] == 1 and data["summary"]["files"] == 1
    [entry] = data["files"]
    assert entry["scenario"] is None
    [problem] = entry["problems"]
    assert (problem["line"], problem["column"], problem["severity"], problem["code"]) == (
        9, 9, "error", "unknown-word")


@pytest.mark.parametrize("argv", [("check", "--format", "xml"), ("frobnicate",),
                                  ("new",), ("new", "Bad Id")])
def test_usage_errors_exit_2(argv):
    code, _, err = run(*argv)
    assert code == 2
    assert err.startswith("error: ")
    assert "Traceback" not in err


def test_new_writes_a_template_that_check_passes_with_warnings_only(tmp_path):
    code, out, _ = run("new", "snow-leopard", "--dir", str(tmp_path))
    assert code == 0
    written = tmp_path / "snow-leopard.yaml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schema.json\n")
    assert (tmp_path / "schema.json").exists()
    code, out, _ = run("check", str(written))
    lines = out.splitlines()
    assert code == 0
    problems, report = lines[:-3], lines[-3]
    assert all(": warning: " in line for line in problems)
    assert report.startswith(f"{written}: snow-leopard: texts missing or still to write: en ")
    assert lines[-2].startswith("1 file, 1 scenario, 0 errors, ")
    warnings = int(lines[-2].split(", ")[3].split()[0])
    assert warnings == len(problems) > 0
    assert "texts translated: en 0/" in out


def test_new_covers_every_field_of_the_format(tmp_path):
    from quest.content import format as scenario_format
    from quest.content.shapes import Map, MapOf, Seq

    run("new", "every-field", "--dir", str(tmp_path))
    text = (tmp_path / "every-field.yaml").read_text(encoding="utf-8")
    names = set()

    def walk(validator):
        if isinstance(validator, Map):
            for field in validator.fields:
                names.add(field.name)
                walk(field.validator)
        elif isinstance(validator, Seq):
            walk(validator.item)
        elif isinstance(validator, MapOf):
            walk(validator.value)

    walk(scenario_format.scenario)
    missing = [name for name in names if f"{name}:" not in text]
    assert missing == []


def test_new_with_chosen_languages(tmp_path):
    run("new", "two-langs", "--lang", "kk", "ru", "--dir", str(tmp_path))
    text = (tmp_path / "two-langs.yaml").read_text(encoding="utf-8")
    assert "languages: [kk, ru]" in text and 'en: ""' not in text


def test_new_never_overwrites(tmp_path):
    target = tmp_path / "mine.yaml"
    target.write_text("my work", encoding="utf-8")
    code, _, err = run("new", "mine", "--dir", str(tmp_path))
    assert code == 1
    assert "already exists" in err
    assert target.read_text(encoding="utf-8") == "my work"


def test_check_reports_missing_texts_per_scenario_and_language(tmp_path, minimal_text):
    text = minimal_text.replace('summary: {en: "Nobody can predict quakes.", ru: '
                                '"Землетрясения невозможно предсказать."}',
                                'summary: {en: "Nobody can predict quakes."}').replace(
        'lesson: {en: "Fake authority.", ru: "Ложный авторитет."}',
        'lesson: {en: "Fake authority.", ru: ""}')
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    code, out, _ = run("check", str(tmp_path / "s.yaml"))
    assert code == 1
    assert f"{tmp_path / 's.yaml'}: s.yaml: texts missing or still to write: ru 2" in out
    assert "texts translated: en 10/10, ru 8/10" in out
