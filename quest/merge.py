"""Exports of several computers combined into one session, trusting no number in them.

Every row's points are worked out again from what the team did (tools, pins, hints, verdict,
confidence) with the model's scoring and this computer's scenarios; the points written in a
file are only compared with them. Teams are told apart by the id each export carries, never by
their names: two teams that share a name stay two, and the note says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quest.content.characters import escaped
from quest.errors import InvestigationError
from quest.exports import ExportError, ExportFile, line_error
from quest.model.scoring import rescore
from quest.model.session import Answered, Format, Session

MAX_MERGED_TEAMS = 64


@dataclass
class Merged:
    """The merged session, each answer's difficulty and techniques, and what to tell."""

    session: Session
    details: dict  # (round index, team index) -> (difficulty, techniques)
    notes: list[str] = field(default_factory=list)
    checkups: list = field(default_factory=list)  # the students' check-ups, each once


def merge(files: list[ExportFile], library, same=(), all_same: bool = False) -> Merged:
    """One session of every row of `files`, each scored again against `library`.

    A team is its id; `same` names (or `all_same`) join the teams of those names across
    computers, as the facilitator says.
    """
    same_set = {name.casefold() for name in same}
    joined: dict[str, str] = {}  # a name said to be one team -> the id that stands for it
    teams: dict[str, dict] = {}  # team id -> {"name", "computer"}
    answers, details, seen = [], {}, {}
    for export in files:
        for row, line in zip(export.rows, export.lines):
            team_id = row["team_id"]
            folded = row["team"].casefold()
            if all_same or folded in same_set:
                team_id = joined.setdefault(folded, team_id)
            teams.setdefault(team_id, {"name": row["team"], "computer": row["computer"]})
            points, scenario = _points(export, line, row, library)
            slot = (team_id, row["round"])
            if slot in seen:
                raise ExportError(f"round {row['round']} of {escaped(row['team'])} appears twice "
                                  f"({seen[slot]} and {escaped(export.path)}:{line}): keep one "
                                  "of them, or do not merge these teams")
            seen[slot] = f"{escaped(export.path)}:{line}"
            answers.append((team_id, row, points, scenario))
    if len(teams) > MAX_MERGED_TEAMS:
        raise ExportError(f"expected at most {MAX_MERGED_TEAMS} teams in a merge, found "
                          f"{len(teams)}")
    order = list(teams)
    labels, notes = _labels([teams[t] for t in order])
    merged_answers = []
    for team_id, row, points, scenario in answers:
        index = order.index(team_id)
        answered = Answered(row["round"] - 1, index, scenario.id, row["verdict"],
                            row["confidence"], points, str(scenario.verdict.answer),
                            tuple(row["pinned"]), row["seconds"], tuple(row["tools"]),
                            row["hints"])
        merged_answers.append(answered)
        details[(answered.round, index)] = (scenario.difficulty,
                                            [str(t) for t in scenario.techniques])
    rounds = max(a.round for a in merged_answers) + 1
    plan = [["" for _ in order] for _ in range(rounds)]
    for answered in merged_answers:
        plan[answered.round][answered.team] = answered.scenario_id
    names = sorted({row["session"] for _, row, _, _ in answers})
    session = Session(None, " + ".join(names)[:80], Format.MERGED, labels, plan, merged_answers,
                      finished=True, team_ids=order)
    checkups = {}
    for export in files:
        for checkup in export.checkups:
            checkups.setdefault(checkup.uid, checkup)  # the same check-up in two files: once
    return Merged(session, details, notes, list(checkups.values()))


def _points(export: ExportFile, line: int, row: dict, library):
    """The points a row's answer earns by the rules, and its scenario; ExportError otherwise."""
    scenario = library.scenarios.get(row["scenario"])
    if scenario is None:
        raise line_error(export.path, line, f"expected a scenario this computer has, found "
                         f"{row['scenario']!r}: add its file to the trainer's "
                         "folder, then merge again")
    if row["tools"] is None:
        raise line_error(export.path, line,
                         "expected the tools and hints of the answer, found none "
                         "(it was kept by an earlier version): its points cannot "
                         "be checked")
    if str(scenario.verdict.answer) != row["truth"] or scenario.difficulty != row["difficulty"]:
        raise line_error(export.path, line,
                         f"expected the scenario {scenario.id!r} as this computer "
                         "has it, found another version of it (its answer or "
                         "difficulty differs): merge with the same scenario files")
    try:
        points = rescore(scenario, tools=row["tools"], pinned=row["pinned"], hints=row["hints"],
                         answer=row["verdict"], confidence=row["confidence"]).total
    except InvestigationError as exc:
        raise line_error(export.path, line,
                         f"expected an answer that could have been given, found "
                         f"that {exc.message}") from None
    if points != row["points"]:
        raise line_error(export.path, line,
                         f"expected {points} points for this answer by the rules, "
                         f"found {row['points']}: the file was changed")
    return points, scenario


def _labels(teams: list[dict]) -> tuple[list[str], list[str]]:
    """A distinct display name for each team, and a note for every name two teams share."""
    by_name: dict[str, list[int]] = {}
    for index, team in enumerate(teams):
        by_name.setdefault(team["name"].casefold(), []).append(index)
    labels = [team["name"] for team in teams]
    notes = []
    for indexes in by_name.values():
        if len(indexes) > 1:
            for index in indexes:
                labels[index] = f"{teams[index]['name']} ({teams[index]['computer']})"
            notes.append(f"{len(indexes)} different teams are named "
                         f"{escaped(teams[indexes[0]]['name'])}: shown as "
                         + ", ".join(escaped(labels[i]) for i in indexes)
                         + " (use --same to join them if they are one team)")
    taken: dict[str, int] = {}
    for index, label in enumerate(labels):  # a name typed like another's computer label
        folded = label.casefold()
        if folded in taken:
            number = 2
            while f"{label} #{number}".casefold() in taken:
                number += 1
            notes.append(f"two teams would both be shown as {escaped(label)}: the second is "
                         f"shown as {escaped(label)} #{number}")
            labels[index] = f"{label} #{number}"
            folded = labels[index].casefold()
        taken[folded] = index
    return labels, notes
