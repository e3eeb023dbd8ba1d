"""Session results as CSV or JSON files, and read back strictly.

Every row carries an authentication code of its fields under the session's results key
(quest.signing), so a damaged or edited file is refused with the line at fault; a file is read
whole before anything is stored. quest.merge combines the files of several computers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from quest.content.characters import describe_character, escaped
from quest import signing
from quest.errors import QuestError
from quest.files import FileTooLarge, read_bytes
from quest.model.scenario import Answer, Confidence, is_slug
from quest.model.session import Session, Standing

EXPORT_FORMAT = 2  # 2: results keys, team ids, tools and hints
MAX_EXPORT_BYTES = 5 * 1024 * 1024
# An export nests three levels (the file, its rows, a row's lists) and holds no number longer
# than a few digits; a file past either is not an export, and is refused before it is parsed.
MAX_JSON_DEPTH = 8
MAX_NUMBER_DIGITS = 20
MAX_CSV_FIELD = 4096
FIELDS = ("session", "computer", "team", "team_id", "round", "scenario", "difficulty", "truth",
          "verdict", "confidence", "pinned", "tools", "hints", "points", "seconds", "techniques")
TEAM_ID = re.compile(r"[0-9a-z]{1,40}")
TEXT_FIELDS = ("session", "computer", "team")  # the cells a person typed: names
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


class ExportError(QuestError):
    """An export file that cannot be read back; names the file and the line."""

    default_code = "export"


def check_code(row: dict, key: str) -> str:
    """The authentication code of a row under the session's results key."""
    return signing.tag(key, [_field(row, name) for name in FIELDS])


def _field(row: dict, name: str) -> str:
    value = row[name]
    if value is None:  # tools and hints of an answer kept before they were recorded
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def rows_of(session: Session, details: list[dict], computer: str, key: str) -> list[dict]:
    """One row per team and round, ready to write, each signed with the results key."""
    rows = []
    for item in details:
        row = {"session": session.name, "computer": computer, "team": item["team"],
               "team_id": item["team_id"], "round": item["round"], "scenario": item["scenario"],
               "difficulty": item["difficulty"], "truth": item["truth"],
               "verdict": item["verdict"], "confidence": item["confidence"],
               "pinned": list(item["pinned"]),
               "tools": None if item["tools"] is None else list(item["tools"]),
               "hints": item["hints"], "points": item["points"],
               "seconds": float(item["seconds"]), "techniques": list(item["techniques"])}
        row["check"] = check_code(row, key)
        rows.append(row)
    return rows


def to_csv(rows: list[dict], key: str) -> str:
    """Rows as CSV, a header line first (naming the results key, never giving it)."""
    out = io.StringIO()
    out.write(f"# mil-quest export {EXPORT_FORMAT} key {signing.key_id(key)}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIELDS, "check"])
    for row in rows:
        writer.writerow([text_cell(_field(row, name)) if name in TEXT_FIELDS
                         else _field(row, name) for name in FIELDS] + [row["check"]])
    return out.getvalue()


def text_cell(text: str) -> str:
    """A name as a CSV cell a spreadsheet shows as text, never runs as a formula.

    OWASP's advice on CSV injection: a cell starting with = + - @ tab or CR is prefixed with
    an apostrophe. A name starting with an apostrophe gets one too, so reading strips exactly
    one and gives the name back.
    """
    return "'" + text if text[:1] in FORMULA_STARTS else text


def text_of_cell(text: str) -> str:
    """The name a cell written by text_cell holds."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text


def to_json(rows: list[dict], session: Session, computer: str, key: str,
            checkups=()) -> str:
    """Rows as JSON, one row a line, so a fault can be named by its line; then the check-ups
    of the session's students, one a line, each signed like a row."""
    from quest.checkupfiles import signed

    head = json.dumps({"session": session.name, "computer": computer, "teams": session.teams,
                       "format": session.fmt}, ensure_ascii=False)
    lines = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    text = (f'{{"mil-quest-export": {EXPORT_FORMAT}, "key": "{signing.key_id(key)}",\n'
            f' "about": {head},\n "rows": [\n{lines}\n]')
    if checkups:
        entries = ",\n".join("  " + json.dumps(item, ensure_ascii=False)
                             for item in signed(list(checkups), key))
        text += f',\n "checkups": [\n{entries}\n]'
    return text + "}\n"


# -- reading back ---------------------------------------------------------------------------
@dataclass
class ExportFile:
    """The rows of one export file, all checked, with the line of each."""

    path: Path
    rows: list[dict]
    lines: list[int]
    checkups: list = field(default_factory=list)  # the students' check-ups (JSON only)


def line_error(path: Path, line: int, message: str) -> ExportError:
    """The error of a line of an export file: FILE:LINE: message."""
    return ExportError(f"{escaped(path)}:{line}: {message}")


def _check_row(path: Path, line: int, row: dict, key: str) -> dict:
    if not isinstance(row, dict):
        raise line_error(path, line, "expected a row of results, found something else")
    missing = [name for name in (*FIELDS, "check") if name not in row]
    if missing:
        raise line_error(path, line, f"expected the columns {', '.join(missing)}, found none")
    unrecorded = row["tools"] in ("", None) and row["hints"] in ("", None)
    try:
        clean = {
            "session": _text(row["session"], 80),
            "computer": _text(row["computer"], 80),
            "team": _text(row["team"], 24),
            "team_id": _team_id(row["team_id"]),
            "round": _int(row["round"], 1, 100),
            "scenario": row["scenario"] if is_slug(row["scenario"]) else _bad("scenario"),
            "difficulty": _int(row["difficulty"], 1, 3),
            "truth": _word(row["truth"], Answer),
            "verdict": _word(row["verdict"], Answer),
            "confidence": _word(row["confidence"], Confidence),
            "pinned": _list(row["pinned"]),
            # Both empty: an answer kept before tools and hints were (the merge refuses it).
            "tools": None if unrecorded else _list(row["tools"]),
            "hints": None if unrecorded else _int(row["hints"], 0, 20),
            "points": _int(row["points"], -1000, 1000),
            "seconds": _float(row["seconds"]),
            "techniques": _list(row["techniques"]),
        }
    except ValueError as exc:
        raise line_error(path, line, f"expected {exc}") from None
    if not signing.verify(key, [_field(clean, name) for name in FIELDS], row["check"]):
        raise line_error(path, line,
                         "the row does not match its authentication code: the file was "
                         "changed after it was exported, or damaged")
    clean["check"] = str(row["check"])
    return clean


def _team_id(value) -> str:
    if not isinstance(value, str) or not TEAM_ID.fullmatch(value):
        raise ValueError(f"a team id, found {_shown(value)}")
    return value


def _bad(name: str):
    raise ValueError(f"a valid {name}")


def _shown(value) -> str:
    """A value as a message quotes it: escaped, and cut short."""
    text = repr(value)
    return text if len(text) <= 42 else text[:39] + "..."


def _text(value, limit: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ValueError(f"a text of at most {limit} characters, found {_shown(value)}")
    unwanted = next((char for char in value if not char.isprintable()), None)
    if unwanted is not None:  # an ESC or a direction override would act on a terminal or page
        raise ValueError(f"a text without control characters, found "
                         f"{describe_character(unwanted)} in {_shown(value)}")
    return value


def _int(value, low: int, high: int) -> int:
    text = str(value)
    if len(text) > MAX_NUMBER_DIGITS or not re.fullmatch(r"-?[0-9]+", text):
        raise ValueError(f"a whole number, found {_shown(value)}")
    number = int(text)
    if not low <= number <= high:
        raise ValueError(f"a number from {low} to {high}, found {number}")
    return number


def _float(value) -> float:
    text = str(value)
    if len(text) > MAX_NUMBER_DIGITS or not re.fullmatch(r"[0-9]+(\.[0-9]+)?([eE]-?[0-9]+)?",
                                                          text):
        raise ValueError(f"a number of seconds, found {_shown(value)}")
    number = float(text)
    if not 0 <= number <= 86_400:
        raise ValueError(f"a number of seconds, found {_shown(value)}")
    return round(number, 1)


def _word(value, vocabulary) -> str:
    if str(value) not in {str(v) for v in vocabulary}:
        raise ValueError(f"one of {', '.join(str(v) for v in vocabulary)}, found "
                         f"{_shown(value)}")
    return str(value)


def _list(value) -> list[str]:
    if isinstance(value, str):
        items = [v for v in value.split(";") if v]
    elif isinstance(value, list):
        items = [str(v) for v in value]
    else:
        raise ValueError(f"a list of ids, found {_shown(value)}")
    if len(items) > 64 or not all(is_slug(v) for v in items):
        raise ValueError(f"a list of ids, found {_shown(value)}")
    return items


def read_export(path: Path, keys=()) -> ExportFile:
    """Read and check a whole export file (CSV or JSON) against the results keys this computer
    knows; an ExportError names the line at fault."""
    try:
        text = read_bytes(path, MAX_EXPORT_BYTES).decode("utf-8")
    except FileTooLarge:
        raise ExportError(f"{escaped(path)}: expected an export of at most "
                          f"{MAX_EXPORT_BYTES // (1024 * 1024)} MB") from None
    except UnicodeDecodeError:
        raise ExportError(f"{escaped(path)}:1: expected a MIL Quest export (UTF-8 text), found "
                          "binary data") from None
    except OSError as exc:
        raise ExportError(f"{escaped(path)}: cannot read the file: "
                          f"{exc.strerror or exc}") from None
    known = {signing.key_id(key): key for key in keys}
    stripped = text.lstrip()
    if stripped.startswith("{"):
        rows, checkups = _read_json(path, text, known)
    else:
        rows, checkups = _read_csv(path, text, known), []
    if not rows:
        raise ExportError(f"{escaped(path)}: expected at least one row of results, found none")
    seen = set()
    for line, row in rows:
        key = (row["computer"], row["session"], row["team"], row["round"])
        if key in seen:
            raise line_error(path, line, f"expected one row per team and round, found round "
                             f"{row['round']} of {row['team']} twice")
        seen.add(key)
    return ExportFile(path, [row for _, row in rows], [line for line, _ in rows], checkups)


def _key_for(path: Path, line: int, found, known: dict) -> str:
    """The results key a file names, among those this computer knows."""
    if not isinstance(found, str) or found not in known:
        raise line_error(path, line, f"expected results signed with a results key this computer "
                         f"knows, found the key {_shown(found)}: give that session's "
                         "results key with --key, or merge on the computer that set "
                         "up the session")
    return known[found]


def _read_csv(path: Path, text: str, known: dict) -> list[tuple[int, dict]]:
    lines = text.splitlines()
    first = lines[0].split() if lines else []
    if first[:3] != ["#", "mil-quest", "export"] or len(first) not in (4, 6):
        raise line_error(path, 1,
                         f"expected the line '# mil-quest export {EXPORT_FORMAT} key ...', "
                         f"found {_shown((lines[0] if lines else '')[:40])}")
    if first[3] != str(EXPORT_FORMAT) or len(first) != 6 or first[4] != "key":
        raise line_error(path, 1, f"expected an export of format {EXPORT_FORMAT}, found format "
                         f"{_shown(first[3])}: export it again with this version")
    key = _key_for(path, 1, first[5], known)
    reader = csv.reader(lines[1:])
    rows = []
    try:
        header = next(reader, None)
        if header is None:
            raise line_error(path, 2, "expected the column names, found nothing")
        if header != [*FIELDS, "check"]:
            raise line_error(path, 2, f"expected the columns {','.join([*FIELDS, 'check'])}")
        for number, values in enumerate(reader, 3):
            if not values:
                continue
            if len(values) != len(header):
                raise line_error(path, number, f"expected {len(header)} columns, found "
                                 f"{len(values)}")
            longest = max(len(value) for value in values)
            if longest > MAX_CSV_FIELD:
                raise line_error(path, number, f"expected cells of at most {MAX_CSV_FIELD} "
                                 f"characters, found one of {longest}")
            row = dict(zip(header, values))
            for name in TEXT_FIELDS:
                row[name] = text_of_cell(row[name])
            rows.append((number, _check_row(path, number, row, key)))
    except csv.Error as exc:
        raise line_error(path, reader.line_num + 1, f"expected CSV, found {exc}") from None
    return rows


def _read_json(path: Path, text: str, known: dict) -> tuple[list[tuple[int, dict]], list]:
    """The rows of a JSON export with their lines, and the check-ups it carries."""
    _check_json_shape(path, text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise line_error(path, exc.lineno, f"expected JSON, found {exc.msg}") from None
    except (ValueError, RecursionError) as exc:  # caught by the shape check; kept as a guard
        raise line_error(path, 1, f"expected JSON, found {type(exc).__name__}") from None
    if not isinstance(data, dict) or "mil-quest-export" not in data or \
            not isinstance(data.get("rows"), list):
        raise line_error(path, 1,
                         f"expected a MIL Quest export (mil-quest-export: {EXPORT_FORMAT} "
                         "and rows)")
    if data["mil-quest-export"] != EXPORT_FORMAT:
        raise line_error(path, 1, f"expected an export of format {EXPORT_FORMAT}, found format "
                         f"{_shown(data['mil-quest-export'])}: export it again with this "
                         "version")
    key = _key_for(path, 1, data.get("key"), known)
    lines = text.splitlines()
    first_row = next((i for i, line in enumerate(lines, 1) if line.strip() == '"rows": ['), 3)
    rows = [(first_row + index + 1, _check_row(path, first_row + index + 1, row, key))
            for index, row in enumerate(data["rows"])]
    if "checkups" not in data:
        return rows, []
    first = next((i for i, line in enumerate(lines, 1) if line.strip() == '"checkups": ['), 1)
    return rows, _read_checkups(path, data["checkups"], key, first)


def _read_checkups(path: Path, items, key: str, first: int) -> list:
    """The check-ups of a session's export, each authenticated under its results key and
    checked field by field; ExportError names the line at fault."""
    from quest.checkupfiles import MAX_CHECKUPS, CheckupFileError, canonical, checkup_of

    if not isinstance(items, list) or len(items) > MAX_CHECKUPS:
        raise line_error(path, first, f"expected a list of at most {MAX_CHECKUPS} check-ups")
    out = []
    for index, item in enumerate(items, 1):
        line = first + index
        if not isinstance(item, dict) or not isinstance(item.get("check"), str) or \
                not signing.verify(key, [canonical(item)], item["check"]):
            raise line_error(path, line, "expected a check-up with the code of the session's "
                             "results key, found one whose code does not match (edited or "
                             "damaged)")
        try:
            out.append(checkup_of(f"{escaped(path)}:{line}", index, item))
        except CheckupFileError as exc:
            raise ExportError(str(exc)) from None
    return out




_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_TOKEN = re.compile(r"[\[\]{}]|[0-9]{%d,}" % (MAX_NUMBER_DIGITS + 1))


def _check_json_shape(path: Path, text: str) -> None:
    """Refuse, with its line, JSON nested deeper or holding longer numbers than an export.

    Python's reader would fail on both only after recursing or converting (or not at all for
    a thousand-digit number under its limit); strings are set aside first, so brackets and
    digits inside names do not count.
    """
    bare = _JSON_STRING.sub(lambda m: '""' + "\n" * m.group().count("\n"), text)
    depth = 0
    for token in _JSON_TOKEN.finditer(bare):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise line_error(path, bare.count("\n", 0, token.start()) + 1,
                                 f"expected an export (lists nested at most {MAX_JSON_DEPTH} "
                                 "deep), found deeper nesting")
        elif mark in "]}":
            depth -= 1
        else:
            raise line_error(path, bare.count("\n", 0, token.start()) + 1,
                             f"expected numbers of at most {MAX_NUMBER_DIGITS} digits, "
                             f"found one of {len(mark)}")


def standings_table(standings: list[Standing]) -> list[str]:
    """The standings as lines of text."""
    names = [escaped(s.name) for s in standings]  # a database from elsewhere may hold anything
    width = max([len(name) for name in names] + [4])
    lines = [f"{'#':>2}  {'team':<{width}}  {'points':>6}  {'right':>5}  {'rounds':>6}"]
    for s, name in zip(standings, names):
        lines.append(f"{s.place:>2}  {name:<{width}}  {s.points:>6}  {s.right:>5}  "
                     f"{s.rounds:>6}")
    return lines


