"""Check-ups in files: exported from one computer, merged into another's results.

JSON carries every check-up whole (merging reads it back); CSV is one rating a row, for a
spreadsheet. A check-up keeps the uid it was made with, so merging the same file twice, or
files that overlap, counts each check-up once. Everything read is checked first: a hostile or
broken file is refused with its name and the place of the problem, and nothing is stored.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from quest import signing
from quest.checkups import MAX_STUDENT, PHASES, Checkup, Checkups
from quest.content.characters import escaped, unwanted_character
from quest.errors import QuestError
from quest.exports import text_cell
from quest.files import read_bytes
from quest.model.checkup import Rating
from quest.model.scenario import Confidence, SLUG_PATTERN

FORMAT = "mil-quest-checkups"
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_CHECKUPS = 20_000
MAX_RATINGS = 40
UID = re.compile(r"^[0-9a-f]{16}\Z")
SLUG = re.compile(SLUG_PATTERN)
MOMENT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:+.\-Z]{8,25}\Z")


class CheckupFileError(QuestError):
    """A check-up file that cannot be read or merged."""

    default_code = "checkup-file"


def entry(c: Checkup) -> dict:
    """One check-up, whole, as a JSON mapping."""
    return {"uid": c.uid, "student": c.student, "team": c.team, "phase": c.phase,
            "form": c.form, "started": c.started, "finished": c.finished,
            "ratings": [{"item": r.item_id, "real": r.real, "confidence": str(r.confidence)}
                        for r in c.ratings]}


def to_json(checkups: list[Checkup]) -> str:
    """Every check-up, whole, as the JSON a merge reads."""
    return json.dumps({"format": FORMAT, "version": 1,
                       "checkups": [entry(c) for c in checkups]}, ensure_ascii=False, indent=1)


def signed(checkups: list[Checkup], key: str) -> list[dict]:
    """Check-ups as JSON mappings, each with its authentication code under a results key, for
    a session's export."""
    out = []
    for checkup in checkups:
        item = entry(checkup)
        item["check"] = signing.tag(key, [canonical(item)])
        out.append(item)
    return out


def canonical(item: dict) -> str:
    """The text a check-up's code is worked out from: its fields but the code, sorted."""
    # ASCII escapes: a lone surrogate read from a hostile file still has a code to compare.
    return json.dumps({k: v for k, v in item.items() if k != "check"}, sort_keys=True)


def of_teams(checkups: list[Checkup], teams: list[str]) -> list[Checkup]:
    """The check-ups of students who named one of `teams` (spacing and case aside)."""
    wanted = {" ".join(t.split()).casefold() for t in teams}
    return [c for c in checkups if " ".join(c.team.split()).casefold() in wanted]


def to_csv(checkups: list[Checkup]) -> str:
    """One rating a row, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["uid", "student", "team", "phase", "form", "finished", "item", "real",
                     "confidence"])
    for c in checkups:
        for r in c.ratings:
            # A name a spreadsheet would run as a formula is written as text.
            writer.writerow([c.uid, text_cell(c.student), text_cell(c.team), c.phase, c.form,
                             c.finished or "", r.item_id, int(r.real), str(r.confidence)])
    return out.getvalue()


def read_json(path: Path) -> list[Checkup]:
    """The check-ups of an exported file, every field checked; CheckupFileError otherwise."""
    shown = escaped(path)
    try:
        data = json.loads(read_bytes(path, MAX_FILE_BYTES).decode("utf-8"))
    except OSError as exc:
        raise CheckupFileError(f"{shown}: cannot read the file: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CheckupFileError(f"{shown}: expected a check-up export (JSON), found something "
                               "else") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != 1:
        raise CheckupFileError(f"{shown}: expected a check-up export of MIL Quest, found "
                               "another file")
    items = data.get("checkups")
    if not isinstance(items, list) or len(items) > MAX_CHECKUPS:
        raise CheckupFileError(f"{shown}: expected a list of at most {MAX_CHECKUPS} check-ups")
    return [checkup_of(shown, index, item) for index, item in enumerate(items, 1)]


def checkup_of(shown: str, index: int, item) -> Checkup:
    """The check-up a JSON mapping holds, every field checked; CheckupFileError otherwise."""
    def bad(what: str):
        return CheckupFileError(f"{shown}: check-up {index}: expected {what}")

    if not isinstance(item, dict):
        raise bad("a mapping")
    uid = item.get("uid")
    if not isinstance(uid, str) or not UID.match(uid):
        raise bad("a uid of 16 hex digits")
    student = item.get("student")
    if not isinstance(student, str) or not student.strip() or len(student) > MAX_STUDENT or \
            unwanted_character(student, multiline=False) is not None:
        raise bad(f"a student's name of at most {MAX_STUDENT} characters")
    team = item.get("team", "")
    if not isinstance(team, str) or len(team) > MAX_STUDENT or \
            unwanted_character(team, multiline=False) is not None:
        raise bad("a team name")
    if item.get("phase") not in PHASES:
        raise bad(f"a phase ({', '.join(PHASES)})")
    if item.get("form") not in ("A", "B"):
        raise bad("form A or B")
    started, finished = item.get("started"), item.get("finished")
    if not isinstance(started, str) or not MOMENT.match(started) or not (
            finished is None or isinstance(finished, str) and MOMENT.match(finished)):
        raise bad("the moments it was started and finished")
    ratings = item.get("ratings")
    if not isinstance(ratings, list) or len(ratings) > MAX_RATINGS:
        raise bad(f"a list of at most {MAX_RATINGS} ratings")
    kept = []
    for rating in ratings:
        if not isinstance(rating, dict) or not isinstance(rating.get("item"), str) or \
                len(rating["item"]) > 64 or not SLUG.match(rating["item"]) or \
                not isinstance(rating.get("real"), bool) or \
                rating.get("confidence") not in {str(c) for c in Confidence}:
            raise bad("ratings of an item id, real (true or false) and a confidence")
        kept.append(Rating(rating["item"], rating["real"], Confidence(rating["confidence"])))
    return Checkup(0, uid, " ".join(student.split()), team, item["phase"], item["form"],
                   started, finished, tuple(kept))


def merge(records: Checkups, checkups: list[Checkup]) -> int:
    """Store the check-ups this computer does not have yet (by uid); how many were new."""
    statements, new = merge_statements(records, checkups)
    if statements:
        records.store._write(statements)  # all of a file or nothing
    return new


def merge_statements(records: Checkups, checkups: list[Checkup]) -> tuple[list, int]:
    """The statements that store the check-ups this computer does not have yet, and how many
    those are; the caller runs them in its own transaction."""
    known = {c.uid for c in records.all()}
    statements = []
    new = 0
    for checkup in checkups:
        if checkup.uid in known:
            continue
        known.add(checkup.uid)
        new += 1
        statements.append((
            "INSERT INTO checkups (uid, student, team, phase, form, started, finished) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (checkup.uid, checkup.student, checkup.team,
                                             checkup.phase, checkup.form, checkup.started,
                                             checkup.finished)))
        for rating in checkup.ratings:
            statements.append((
                "INSERT OR REPLACE INTO checkup_ratings (checkup_id, item_id, real, "
                "confidence, rated) SELECT id, ?, ?, ?, ? FROM checkups WHERE uid = ?",
                (rating.item_id, int(rating.real), str(rating.confidence), checkup.started,
                 checkup.uid)))
    return statements, new
