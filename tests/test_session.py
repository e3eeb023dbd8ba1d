"""Seminar sessions: plans, standings, storage, export and merge, the report's figures."""

import io
import json
import random
import sqlite3

import pytest

from quest.cli import main
from quest.content.campaign import ordered
from quest.content.packs import load_bundled
from quest.exports import ExportError, read_export
from quest.model.discernment import Discernment
from quest.model.scoring import rescore
from quest.model.session import Answered, Session, SessionError, check_teams, plan_rounds
from quest.report import figures, render, sentence
from quest.signing import key_id
from quest.migrations import MIGRATIONS, SCHEMA_VERSION
from quest.store import Store, StoreError

POOL = ordered(load_bundled())


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_turns_give_each_team_a_different_case_of_one_difficulty():
    by_id = {s.id: s for s in POOL}
    plan = plan_rounds("turns", 3, 3, POOL, random.Random(1))
    seen = [sid for row in plan for sid in row]
    assert len(seen) == len(set(seen)) == 9
    for row in plan:
        assert len({by_id[sid].difficulty for sid in row}) == 1
    assert plan_rounds("all", 4, 2, POOL, random.Random(1)) == [[POOL[0].id] * 4,
                                                               [POOL[1].id] * 4]


def test_a_plan_that_the_set_cannot_fill_is_refused_clearly():
    with pytest.raises(SessionError) as raised:
        plan_rounds("turns", 8, 20, POOL[:10], random.Random(1))
    assert "choose fewer rounds or a larger set" in raised.value.message


@pytest.mark.parametrize("names, fmt, message", [
    (["A"], "turns", "a session has 2 to 8 teams, not 1"),
    (["A", "a"], "turns", "two teams have the same name"),
    (["A", ""], "turns", "a team name cannot be empty"),
    (["A", "B" * 30], "turns", "a team name has at most 24 characters"),
])
def test_team_names_are_checked(names, fmt, message):
    with pytest.raises(SessionError) as raised:
        check_teams(names, fmt)
    assert raised.value.message.startswith(message)


def test_team_names_keep_kazakh_and_russian_letters():
    assert check_teams(["  Қыран  ", "Барсы   9А"]) == ["Қыран", "Барсы 9А"]
    assert check_teams(["Одна"], "all") == ["Одна"]


def sample_session():
    return Session(None, "Test", "turns", ["Қыран", "Барс", "Aqiqat"],
                   [["a", "b", "c"], ["d", "e", "f"]])


def test_standings_order_and_ties():
    session = sample_session()
    for team, points, right in ((0, 100, "fake"), (1, 150, "fake"), (2, 100, "genuine")):
        session.record(Answered(0, team, "abc"[team], right, "sure", points, "fake"))
    table = session.standings()
    assert [(s.name, s.place, s.points) for s in table] == [
        ("Барс", 1, 150), ("Қыран", 2, 100), ("Aqiqat", 2, 100)]
    with pytest.raises(SessionError):
        session.record(Answered(0, 0, "a", "fake", "sure", 10, "fake"))


def test_store_keeps_every_answer_once(tmp_path):
    store = Store(tmp_path)
    session = sample_session()
    number = store.create_session(session)
    answered = Answered(0, 1, "b", "fake", "sure", 120, "fake", ("x-clue",), 42.5)
    assert store.record_answer(number, answered, 2, ["phishing"]) is True
    assert store.record_answer(number, answered, 2, ["phishing"]) is False  # the same again
    with pytest.raises(StoreError) as raised:
        store.record_answer(number, Answered(0, 1, "b", "genuine", "sure", 0, "fake"), 2, [])
    assert "already has a different answer" in raised.value.message
    loaded = store.load_session(number)
    assert loaded.teams == session.teams and loaded.plan == session.plan
    assert loaded.answers == [answered]
    assert store.unfinished()[0].answered == 1
    store.finish_session(number)
    assert store.unfinished() == []
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    store.close()


def test_a_corrupt_database_gets_a_clear_message(tmp_path):
    (tmp_path / "results.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError) as raised:
        Store(tmp_path)
    assert "results.db" in raised.value.message and "damaged" in raised.value.message


def test_a_newer_database_is_refused(tmp_path):
    store = Store(tmp_path)
    store.db.execute("PRAGMA user_version = 99")
    store.close()
    with pytest.raises(StoreError) as raised:
        Store(tmp_path)
    assert "newer version of MIL Quest" in raised.value.message


def test_a_locked_database_gets_a_clear_message(tmp_path, monkeypatch):
    import quest.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    store = Store(tmp_path)
    other = sqlite3.connect(tmp_path / "results.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as raised:
            store.create_session(sample_session())
        assert "in use by another copy of the game" in raised.value.message
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def test_without_a_database_the_game_still_runs(tmp_path):
    from quest.ui.headless import make_app, build_screen, render as draw
    from quest.ui.problems import describe

    blocker = tmp_path / "data"
    blocker.mkdir()
    (blocker / "results.db").mkdir()  # a folder where the file should be: unusable
    app = make_app(data_dir=blocker)
    try:
        assert app.data.results.store is None
        problem = app.data.results.problem
        assert problem.code == "special-file" and "results database" in problem.message
        assert describe(problem) in app.data.notes  # the note is said in the player's language
        build_screen(app, "investigate")
        draw(app)
    finally:
        app.close()


KEY = "ACDE-FGHJ-KMNP"  # the results key of the class in these tests


def points_for(scenario_id: str, verdict: str, confidence: str = "sure", hints: int = 0) -> int:
    """What a team earns with the decisive tools and the key clues, by the rules."""
    scenario = next(s for s in POOL if s.id == scenario_id)
    return rescore(scenario, tools=scenario.decisive_tools(), pinned=scenario.verdict.key_clues,
                   hints=hints, answer=verdict, confidence=confidence).total


def fill(store, teams, plan, answers, key=KEY):
    """A session of these teams and plan with answers (round, team, verdict, confidence) given
    with the decisive tools and the key clues; points by the rules."""
    session = Session(None, "Class 7B", "all", teams, plan, results_key=key)
    number = store.create_session(session)
    for round_number, team, verdict, confidence in answers:
        scenario = next(s for s in POOL if s.id == plan[round_number][team])
        store.record_answer(number, Answered(
            round_number, team, scenario.id, verdict, confidence,
            points_for(scenario.id, verdict, confidence), str(scenario.verdict.answer),
            tuple(scenario.verdict.key_clues), 30.0,
            tuple(str(t) for t in scenario.decisive_tools()), 0),
            scenario.difficulty, scenario.techniques)
    return number


def export(folder, number, fmt, target):
    code, out, err = run("session", "--data-dir", str(folder), "export", str(number),
                         "--format", fmt, "-o", str(target))
    assert code == 0, err
    return target


def test_export_has_one_row_per_team_and_round(tmp_path):
    store = Store(tmp_path)
    plan = [[POOL[0].id] * 2, [POOL[1].id] * 2]
    number = fill(store, ["Қыран", "Барс"], plan,
                  [(0, 0, "genuine", "sure"), (0, 1, "fake", "sure"), (1, 0, "fake", "likely")])
    store.close()
    expected = [("Қыран", 1, points_for(POOL[0].id, "genuine")),
                ("Барс", 1, points_for(POOL[0].id, "fake")),
                ("Қыран", 2, points_for(POOL[1].id, "fake", "likely"))]
    csv_file = export(tmp_path, number, "csv", tmp_path / "out.csv")
    lines = csv_file.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"# mil-quest export 2 key {key_id(KEY)}"
    assert lines[1].startswith("session,computer,team,team_id,round,scenario,")
    assert len(lines) == 2 + 3
    assert ",Қыран," in lines[2] and f",{expected[0][2]}," in lines[2]
    data = json.loads(export(tmp_path, number, "json", tmp_path / "out.json").read_text())
    assert [(r["team"], r["round"], r["points"]) for r in data["rows"]] == expected
    assert data["key"] == key_id(KEY) and KEY not in json.dumps(data)  # named, never given
    assert len(read_export(csv_file, [KEY]).rows) == 3
    assert len(read_export(tmp_path / "out.json", [KEY]).rows) == 3


def test_merge_of_two_computers(tmp_path):
    plan = [[POOL[0].id], [POOL[1].id]]
    one, two, hub = tmp_path / "one", tmp_path / "two", tmp_path / "hub"
    totals = {}
    for folder, team, first in ((one, "Қыран", "fake"), (two, "Барс", str(POOL[0].verdict.answer))):
        store = Store(folder)
        number = fill(store, [team], plan, [(0, 0, first, "sure"), (1, 0, "fake", "sure")])
        store.close()
        export(folder, number, "csv", tmp_path / f"{folder.name}.csv")
        totals[team] = points_for(POOL[0].id, first) + points_for(POOL[1].id, "fake")
    code, out, err = run("session", "--data-dir", str(hub), "merge", str(tmp_path / "one.csv"),
                         str(tmp_path / "two.csv"), "--key", KEY)
    assert code == 0, err
    table = out.splitlines()[2:]
    assert table[0].split()[1] == "Барс" and table[0].split()[-3] == str(totals["Барс"])
    assert "Қыран" in table[1] and f" {totals['Қыран']} " in table[1]
    store = Store(hub)
    [merged] = store.sessions()
    assert merged.origin == "merged" and merged.answered == 4 and merged.teams == 2
    store.close()


def test_same_team_name_on_two_computers_is_one_team_only_when_said(tmp_path):
    plan = [[POOL[0].id], [POOL[1].id]]
    for folder, answers in (("one", [(0, 0, "genuine", "sure")]), ("two", [(1, 0, "fake", "sure")])):
        store = Store(tmp_path / folder)
        number = fill(store, ["Қыран"], plan, answers)
        store.close()
        export(tmp_path / folder, number, "json", tmp_path / f"{folder}.json")
    files = [str(tmp_path / "one.json"), str(tmp_path / "two.json"), "--key", KEY]
    code, out, err = run("session", "--data-dir", str(tmp_path / "a"), "merge", *files)
    assert code == 0 and out.count("Қыран (") == 4, out + err  # two rows, twice in the note
    assert "note: 2 different teams are named Қыран" in out
    code, out, _ = run("session", "--data-dir", str(tmp_path / "b"), "merge", *files,
                       "--same", "Қыран")
    total = points_for(POOL[0].id, "genuine") + points_for(POOL[1].id, "fake")
    assert code == 0 and "Қыран (" not in out and f" {total} " in out


@pytest.mark.parametrize("damage, message", [
    (lambda t: t.replace(",sure,", ",unsure,", 1),
     "3: the row does not match its authentication code: the file was changed after it was "
     "exported, or damaged"),
    (lambda t: t[: len(t) // 2], ": expected 17 columns"),
    (lambda t: t.replace("# mil-quest export 2", "hello"), ":1: expected the line"),
    (lambda t: t.replace("# mil-quest export 2", "# mil-quest export 1"),
     ":1: expected an export of format 2, found format '1': export it again"),
    (lambda t: t.replace(",sure,", ",very,", 1), "3: expected one of unsure, likely, sure"),
])
def test_damaged_exports_are_refused_and_the_database_is_unchanged(tmp_path, damage, message):
    store = Store(tmp_path / "one")
    number = fill(store, ["Қыран", "Барс"], [[POOL[0].id] * 2],
                  [(0, 0, "genuine", "sure"), (0, 1, "fake", "sure")])
    store.close()
    good = export(tmp_path / "one", number, "csv", tmp_path / "good.csv")
    merge_is_refused(tmp_path, good, damage, message)


def merge_is_refused(tmp_path, good, damage, message) -> None:
    """Merging `good` with a copy changed by `damage` fails naming the copy and `message`,
    and leaves the database as it was."""
    bad = tmp_path / f"bad{good.suffix}"
    bad.write_text(damage(good.read_text(encoding="utf-8")), encoding="utf-8")
    hub = tmp_path / "hub"
    Store(hub).close()
    before = (hub / "results.db").read_bytes()
    code, _out, err = run("session", "--data-dir", str(hub), "merge", str(good), str(bad),
                          "--key", KEY)
    assert code == 1, err
    assert err.startswith(f"error: {bad}") and message in err, err
    assert (hub / "results.db").read_bytes() == before


def test_discernment_figures_against_a_hand_computed_example():
    rows = []
    # 4 non-genuine items: 3 caught; 2 genuine items: 1 called fake.
    for truth, verdict in (("fake", "fake"), ("misleading", "fake"), ("satire", "satire"),
                           ("fake", "genuine"), ("genuine", "genuine"), ("genuine", "fake")):
        rows.append({"truth": truth, "verdict": verdict, "points": 10, "techniques": []})
    team = figures("Қыран", rows)
    d = team.discernment
    assert (d.hits, d.misses, d.false_alarms, d.correct_rejections) == (3, 1, 1, 1)
    # H = (3 + .5)/(4 + 1) = .7, F = (1 + .5)/(2 + 1) = .5: z(.7) = .5244, z(.5) = 0
    assert d.d_prime == pytest.approx(0.5244, abs=1e-4)
    assert d.criterion == pytest.approx(-0.2622, abs=1e-4)
    assert team.right == 3 and team.by_answer["genuine"] == (1, 2)
    assert sentence(team) == "Sometimes doubts genuine news. Catches most fakes and manipulations."


def test_report_names_the_weak_technique_in_the_reports_language():
    rows = [{"team": "Барс", "truth": "misleading", "verdict": "genuine", "points": -20,
             "techniques": ["out-of-context"]},
            {"team": "Барс", "truth": "genuine", "verdict": "genuine", "points": 100,
             "techniques": []}]
    english = sentence(figures("Барс", rows))
    assert english == ("Trusts genuine news well. Lets many fakes and manipulations through. "
                       "Often misses: out of context.")
    page = render("Class 7B", ["Барс"], rows, "ru")
    assert '<html lang="ru">' in page and "Барс" in page and "<svg" in page
    assert "Session report" not in page  # Russian, not English
    from quest import i18n
    i18n.set_language("en")


def test_a_first_version_database_is_migrated_with_its_data(tmp_path):
    old = sqlite3.connect(tmp_path / "results.db", isolation_level=None)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO sessions (name, format, created) VALUES ('Old', 'turns', 'x')")
    old.close()
    store = Store(tmp_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [s.name for s in store.sessions()] == ["Old"]
    assert store.lan_state(1) is None  # the new tables are there, empty
    store.close()
