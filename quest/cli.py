"""The `mil-quest` command: play, check, new, and the tools around them."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from pathlib import Path

from quest import __version__
from quest.content.characters import escaped
from quest.errors import QuestError, UsageError
from quest.ui.screens import SCREENS



class _Parser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of exiting, so main() owns every exit."""

    def error(self, message):
        raise UsageError(f"{message}\n{self.format_usage().rstrip()}")


def build_parser() -> argparse.ArgumentParser:
    """The command line of the program."""
    parser = _Parser(prog="mil-quest", description="MIL Quest: a fake-news detective game.")
    parser.add_argument("--version", action="version", version=f"mil-quest {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    play = commands.add_parser("play", help="play the game (the default)")
    add_play_options(play)
    add_play_options(parser, top_level=True)

    check = commands.add_parser("check", help="validate scenario files and folders")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                       help="scenario files or folders (default: the bundled scenarios)")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="output format (default: text)")
    check.add_argument("--stats", action="store_true",
                       help="also show the balance of the set: answers, difficulties, kinds, "
                            "decisive tools, techniques")
    check.add_argument("--lang", metavar="LANG",
                       help="language of the messages: kk, ru or en (default: the system's)")

    new = commands.add_parser("new", help="write a commented template for a new scenario")
    new.add_argument("id", help="id of the scenario: lowercase letters, digits and hyphens")
    new.add_argument("--lang", nargs="+", action="extend", metavar="LANG",
                     help="languages of the scenario (default: kk ru en)")
    new.add_argument("--dir", type=Path, default=Path("."), help="folder to write into")

    shot = commands.add_parser("screenshot", help="render a screen to a PNG, without a window")
    shot.add_argument("screen", metavar="SCENE", help="one of: " + ", ".join(SCREENS))
    shot.add_argument("--scenario", metavar="ID", help="the scenario shown mid-game")
    shot.add_argument("--lang", default="en", help="language of the screen (default: en)")
    shot.add_argument("--size", default="1366x768", help="window size, e.g. 1920x1080")
    shot.add_argument("--text-size", type=int, choices=(100, 125, 150), default=100)
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument("--scenarios", type=Path, action="append", metavar="DIR",
                      help="also load the scenarios of this folder")
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")

    host = commands.add_parser("host", help="host a live competition on this laptop")
    add_play_options(host)
    host.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    host.add_argument("--bind", default="", metavar="ADDRESS",
                      help="listen only on this address of the laptop, such as the one of the "
                           "classroom's Wi-Fi or of a phone hotspot (default: every network)")
    join = commands.add_parser("join", help="join a live competition as a team")
    add_play_options(join)
    join.add_argument("address", nargs="?", default="", metavar="HOST[:PORT]",
                      help="the address the host's screen shows (found by itself where the "
                           "network allows)")
    join.add_argument("--code", default="", help="the join code the host's screen shows")
    join.add_argument("--team", default="", help="your team's name")

    checkup = commands.add_parser("checkup", help="the check-up: rate headlines real or fake, "
                                  "before and after the game")
    add_play_options(checkup)
    checkup.add_argument("--student", default="", metavar="NAME",
                         help="the student's name or class-list number (asked if not given)")
    checkup.add_argument("--team", default="", metavar="NAME",
                         help="the student's team, if the class plays in teams")
    checkup.add_argument("--export", type=Path, metavar="FILE",
                         help="write every check-up of this computer to FILE (.json to merge "
                              "elsewhere, .csv for a spreadsheet), without a window")
    checkup.add_argument("--merge", type=Path, nargs="+", metavar="FILE",
                         help="add the check-ups of exported JSON files (each counted once)")
    checkup.add_argument("--report", type=Path, metavar="FILE.html",
                         help="write the class's report: scores before and after, the change "
                              "in discernment and scepticism, each headline")

    session = commands.add_parser("session", help="seminar sessions and their results")
    session.add_argument("--data-dir", metavar="DIR",
                         help="the folder of the results database (default: the user's data "
                              "folder, or $MIL_QUEST_DATA_DIR)")
    actions = session.add_subparsers(dest="action", parser_class=_Parser, required=True)
    data_dir_help = "the folder of the results database (also accepted before the action)"
    new_session = actions.add_parser("new", help="prepare a session to play from the menu")
    new_session.add_argument("--name", default=None, help="a name for the session")
    new_session.add_argument("--team", action="append", required=True, metavar="NAME",
                             help="a team (2 to 8 times)")
    new_session.add_argument("--rounds", type=int, default=3)
    new_session.add_argument("--format", choices=("turns", "all"), default="turns",
                             help="turns: teams in turn on one computer; all: every team on "
                                  "its own computer, results merged")
    new_session.add_argument("--difficulty", type=int, choices=(1, 2, 3),
                             help="draw only scenarios of this difficulty")
    new_session.add_argument("--key", metavar="KEY",
                             help="the results key the facilitator's computer shows (default: "
                                  "a new one); every computer of a session needs the same key")
    listing = actions.add_parser("list", help="the stored sessions")
    export = actions.add_parser("export", help="one row per team and round (JSON also carries "
                                "the check-ups of the session's students)")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--checkups", action="store_true",
                        help="export the check-ups of the students who named one of the "
                             "session's teams instead: CSV one rating a row, JSON the file "
                             "that 'checkup --merge' reads")
    export.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write to FILE (default: print)")
    merge = actions.add_parser("merge", help="combine exports from several computers")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument("--same", action="append", default=[], metavar="TEAM",
                       help="this team name is one team on every computer (repeat as needed)")
    merge.add_argument("--all-same", action="store_true",
                       help="every team name is one team on every computer")
    merge.add_argument("--key", action="append", default=[], metavar="KEY",
                       help="a results key the files are signed with (the keys of this "
                            "computer's sessions are known already)")
    merge.add_argument("--scenarios", type=Path, action="append", default=[], metavar="DIR",
                       help="also score with the scenarios of this folder")
    report = actions.add_parser("report", help="the trainer's report of a session, as HTML")
    report.add_argument("id", type=int)
    report.add_argument("-o", "--output", type=Path, default=Path("report.html"),
                        metavar="FILE")
    report.add_argument("--lang", default="en", help="language of the report: kk, ru or en")
    for action in (new_session, listing, export, merge, report):
        action.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                            help=data_dir_help)

    replay = commands.add_parser("replay", help="replay a recorded game; print the result as JSON")
    replay.add_argument("file", type=Path, metavar="FILE")
    replay.add_argument("--headless", action="store_true",
                        help="no window (SDL's dummy driver); the only mode for now")
    return parser


def add_play_options(parser, top_level: bool = False) -> None:
    """The options of `play`, also accepted with no subcommand."""
    default = argparse.SUPPRESS if top_level else None
    parser.add_argument("--lang", default=default, metavar="LANG",
                        help="language: kk, ru or en (default: saved, then the system's)")
    parser.add_argument("--scenario", default=default, metavar="ID|FILE",
                        help="play this scenario directly")
    parser.add_argument("--scenarios", type=Path, action="append", default=default,
                        metavar="DIR", help="also load the scenarios of this folder")
    parser.add_argument("--fullscreen", action="store_true", default=default or False)
    parser.add_argument("--size", default=default, metavar="WxH",
                        help="window size, e.g. 1366x768")
    parser.add_argument("--record", type=Path, default=default, metavar="FILE",
                        help="record the input into FILE, for replay")
    # For benchmarks and smoke tests: quit after drawing this many frames.
    parser.add_argument("--frames", type=int, default=default, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", default=default, metavar="DIR",
                        help="the folder of settings and results (default: the user's data "
                             "folder, or $MIL_QUEST_DATA_DIR)")


def run_check(args, out) -> int:
    """Validate scenarios; 0 when there is no error, 1 when there is."""
    from quest.content.checking import as_json, summarize, summary_lines, untranslated_lines
    from quest.content.packs import BUNDLED_DIR, bundled_ids, load_paths

    from quest import i18n
    from quest.message import translated

    catalog = i18n.load_catalog(_message_language(args.lang))
    paths = args.paths or [BUNDLED_DIR]
    bundled = BUNDLED_DIR.resolve()
    # A trainer's file is checked against the bundled ids too: the game loads both together.
    outside = all(bundled not in [p.resolve(), *p.resolve().parents] for p in paths)
    library = load_paths(paths, seen=bundled_ids() if outside else None)
    summary = summarize(library)
    # The check-up's item bank comes with the game: checked with the bundled scenarios.
    bank = None
    if not args.paths:
        from quest.content.checkup import load_bank

        bank = load_bank()
    forensic = _forensic_problems(library, paths)
    # The pictures' problems count with the files' own in the closing line.
    summary = dataclasses.replace(
        summary, errors=summary.errors + sum(p.severity == "error" for p in forensic),
        warnings=summary.warnings + sum(p.severity == "warning" for p in forensic))
    figures = None
    if args.stats:
        from quest.content.stats import balance

        figures = balance(list(library.scenarios.values()))
    if args.format == "json":
        import json

        data = as_json(library, catalog)
        if bank is not None:
            data["checkup"] = {"forms": sorted(bank.forms),
                               "problems": [p.as_dict(catalog) for p in bank.problems]}
        data["pictures"] = [p.as_dict(catalog) for p in forensic]
        if figures is not None:
            data["balance"] = figures.as_dict()
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for problem in library.all_problems() + forensic:
            out.write(problem.text(catalog) + "\n")
        if bank is not None:
            from quest.content.checkup import bank_lines

            for problem in bank.problems:
                out.write(problem.text(catalog) + "\n")
        lines = untranslated_lines(library) + summary_lines(summary)
        if bank is not None:
            lines += bank_lines(bank)
        if figures is not None:
            from quest.content.stats import report

            lines += report(figures)
        for line in lines:
            out.write(translated(line, catalog) + "\n")
    bank_errors = bank is not None and any(p.severity == "error" for p in bank.problems)
    return 1 if summary.errors or bank_errors else 0


def _forensic_problems(library, paths) -> list:
    """The archives' problems, and where a clue's analysis and the computation differ."""
    from quest.content.packs import BUNDLED_DIR
    from quest.forensics.evidence import evidence_problems
    from quest.paths import data_dir

    folders = [BUNDLED_DIR] + [p if p.is_dir() else p.parent for p in paths]
    unique = list(dict.fromkeys(Path(os.path.realpath(f)) for f in folders))
    return evidence_problems(library, unique, data_dir() / "cache" / "archive-index.npz")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _message_language(given: str | None) -> str:
    """The language `check` speaks: the one asked for, else the system's, else English."""
    from quest import i18n

    installed = i18n.available_languages()
    if given is not None and given not in installed:
        raise UsageError(f"expected an installed language ({', '.join(installed)}), "
                         f"found {given!r}")
    return i18n.choose_language(given, None)


def run_new(args, out) -> int:
    """Write ID.yaml from the template, and schema.json beside it when missing."""
    from quest.content import schema, template
    from quest.model.scenario import is_slug

    if not is_slug(args.id):
        raise UsageError(f"expected an id of lowercase letters, digits and hyphens (like "
                         f"almaty-snow-leopard), found {args.id!r}")
    languages = list(dict.fromkeys(args.lang or ["kk", "ru", "en"]))
    for lang in languages:
        if not re.fullmatch(r"[a-z]{2,3}", lang):
            raise UsageError(f"expected a language code like kk, ru or en, found {lang!r}")
    target = args.dir / f"{args.id}.yaml"
    try:
        args.dir.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:
            handle.write(template.render(args.id, languages))
    except FileExistsError:
        raise QuestError(f"{target} already exists: choose another id, or move the file") from None
    except OSError as exc:
        raise QuestError(f"cannot write {target}: {exc.strerror or exc}") from None
    out.write(f"wrote {target}\n")
    schema_file = args.dir / "schema.json"
    try:
        with schema_file.open("x", encoding="utf-8") as handle:
            handle.write(schema.render())
        out.write(f"wrote {schema_file} (editors use it to check and complete the file)\n")
    except OSError:
        pass  # an existing schema.json is the trainer's; without one editors simply do not help
    out.write(f"next: fill in the texts, then run: mil-quest check {target}\n")
    return 0


def run_checkup_files(args, out) -> int:
    """Export, merge or report the check-ups of this computer's results database."""
    from quest.checkups import Checkups
    from quest.paths import data_dir
    from quest.store import Store

    store = Store(data_dir(args.data_dir))
    try:
        return _checkup_files(args, out, Checkups(store))
    except OSError as exc:
        raise QuestError(f"cannot write {escaped(exc.filename or '')}: "
                         f"{exc.strerror or exc}") from None
    finally:
        store.close()


def _checkup_files(args, out, records) -> int:
    """What run_checkup_files does, once the database is open."""
    from quest import i18n
    from quest.checkupfiles import merge, read_json, to_csv, to_json
    from quest.files import write_atomic

    if args.merge:
        read = [read_json(path) for path in args.merge]  # every file checked first
        for path, checkups in zip(args.merge, read):
            new = merge(records, checkups)
            out.write(f"{escaped(path)}: {new} check-ups added, "
                      f"{len(checkups) - new} already here\n")
    if args.export:
        text = to_csv(records.all()) if args.export.suffix.lower() == ".csv" else \
            to_json(records.all())
        write_atomic(args.export, text.encode("utf-8"))
        out.write(f"wrote {escaped(args.export)}\n")
    if args.report:
        from quest.checkupreport import figures, render
        from quest.content.checkup import load_bank

        lang = i18n.choose_language(args.lang, None)
        write_atomic(args.report, render(figures(records.all(), load_bank()),
                                         lang).encode("utf-8"))
        out.write(f"wrote {escaped(args.report)}\n")
    return 0


def run_play(args, out) -> int:
    """Start the game."""
    from quest.ui.app import run
    from quest.ui.options import PlayOptions

    given = vars(args)
    options = PlayOptions(
        command=args.command or "play", lang=given.get("lang"), size=given.get("size"),
        fullscreen=bool(given.get("fullscreen")), record=given.get("record"),
        scenario=given.get("scenario"), scenarios=tuple(given.get("scenarios") or ()),
        data_dir=given.get("data_dir"), frames=given.get("frames"),
        **{name: given[name] for name in ("port", "bind", "address", "code", "team", "student")
           if name in given and given[name] is not None})
    return run(options)


def run_screenshot(args, out) -> int:
    """Render one screen to a PNG; exit 1 if some text did not fit."""
    from quest import i18n
    from quest.ui.app import parse_size
    from quest.ui.headless import screenshot

    if args.screen not in SCREENS:
        raise UsageError(f"expected a screen ({', '.join(SCREENS)}), found {args.screen!r}")
    if args.lang not in i18n.available_languages():
        raise UsageError(f"expected an installed language "
                         f"({', '.join(i18n.available_languages())}), found {args.lang!r}")
    issues = screenshot(args.screen, args.output, scenario_id=args.scenario, lang=args.lang,
                        size=parse_size(args.size), text_scale=args.text_size,
                        high_contrast=args.high_contrast, scenarios=args.scenarios or [])
    out.write(f"wrote {args.output}\n")
    for issue in issues:
        out.write(f"layout: {issue}\n")
    return 1 if issues else 0


def run_session(args, out) -> int:
    """The session subcommands."""
    from quest.paths import data_dir
    from quest.store import Store

    store = Store(data_dir(args.data_dir))
    try:
        return SESSION_ACTIONS[args.action](args, out, store)
    finally:
        store.close()


def session_new(args, out, store) -> int:
    """Create a session from the command line, to be played from the game's menu."""
    import random

    from quest.content.campaign import ordered
    from quest.content.packs import load_bundled
    from quest.model.session import (Session, SessionError, check_teams, clean_session_name,
                                     plan_rounds)

    from quest.signing import ResultsKeyError, clean_key, new_key

    try:
        teams = check_teams(args.team, args.format)
        name = clean_session_name(args.name) if args.name is not None else " · ".join(teams)
        key = clean_key(args.key) if args.key is not None else new_key()
        pool = [s for s in ordered(load_bundled())
                if args.difficulty is None or s.difficulty == args.difficulty]
        plan = plan_rounds(args.format, len(teams), args.rounds, pool, random.Random())
    except (SessionError, ResultsKeyError) as exc:
        raise UsageError(str(exc)) from None
    session = Session(None, name, args.format, teams, plan, results_key=key)
    number = store.create_session(session)
    out.write(f"session {number}: {escaped(session.name)}, {len(teams)} teams, {len(plan)} rounds "
              f"({args.format}); start the game and choose it under Team session\n"
              f"results key: {key} (give it to every computer of this session)\n")
    return 0


def session_list(args, out, store) -> int:
    """List the stored sessions."""
    rows = store.sessions()
    if not rows:
        out.write("no session yet\n")
    from datetime import datetime

    for s in rows:
        state = "finished" if s.finished else f"{s.answered} of {s.teams * s.rounds} answers"
        created = datetime.fromisoformat(s.created).astimezone().strftime("%Y-%m-%d %H:%M")
        out.write(f"{s.id:>4}  {created}  {s.fmt:<6}  {_plural(s.teams, 'team'):>8}  "
                  f"{_plural(s.rounds, 'round'):>9}  {state:<20}  {s.origin:<7}  "
                  f"{escaped(s.name)}\n")
    return 0


def session_export(args, out, store) -> int:
    """Export a session's rows as CSV or JSON (JSON with its students' check-ups), or with
    --checkups only those check-ups."""
    from quest import checkupfiles
    from quest.checkups import Checkups
    from quest.exports import rows_of, to_csv, to_json
    from quest.paths import computer_name, data_dir

    session = store.load_session(args.id)
    checkups = checkupfiles.of_teams(Checkups(store).all(), session.teams)
    if args.checkups:
        text = checkupfiles.to_csv(checkups) if args.format == "csv" else \
            checkupfiles.to_json(checkups)
        summary = f"{len(checkups)} check-ups"
    else:
        key = store.results_key(args.id)
        computer = computer_name(data_dir(args.data_dir))
        rows = rows_of(session, store.answer_details(args.id), computer, key)
        if args.format == "csv":
            text = to_csv(rows, key)
            summary = f"{len(rows)} rows"
        else:
            text = to_json(rows, session, computer, key, checkups)
            summary = f"{len(rows)} rows, {len(checkups)} check-ups"
    if args.output is None:
        out.write(text)
    else:
        _write_file(args.output, text)
        out.write(f"wrote {args.output}: {summary}\n")
    return 0


def session_merge(args, out, store) -> int:
    """Read every export whole, then store their merge in one go and print the standings."""
    from quest.checkupfiles import merge_statements
    from quest.checkups import Checkups
    from quest.content.packs import BUNDLED_DIR, load_paths
    from quest.exports import read_export, standings_table
    from quest.merge import merge
    from quest.paths import data_dir, trainer_scenarios_dir
    from quest.signing import ResultsKeyError, clean_key

    try:
        keys = [clean_key(key) for key in args.key] + store.known_keys()
    except ResultsKeyError as exc:
        raise UsageError(str(exc)) from None
    # All checked (read, authenticated, scored again) before anything is stored.
    files = [read_export(path, keys) for path in args.files]
    own = trainer_scenarios_dir(data_dir(args.data_dir))
    library = load_paths([BUNDLED_DIR] + ([own] if own.is_dir() else []) + args.scenarios)
    merged = merge(files, library, args.same, args.all_same)
    # The check-ups that came with the results are stored in the same transaction, each once.
    statements, new = merge_statements(Checkups(store), merged.checkups)
    number = store.store_merged(merged, statements)
    out.write(f"merged {len(files)} files into session {number}: "
              f"{escaped(merged.session.name)}\n")
    if merged.checkups:
        out.write(f"check-ups: {new} added, {len(merged.checkups) - new} already here\n")
    for line in standings_table(merged.session.standings()):
        out.write(line + "\n")
    for note in merged.notes:
        out.write(f"note: {note}\n")
    return 0


def session_report(args, out, store) -> int:
    """Write the trainer's HTML report of a session."""
    from quest import i18n
    from quest.report import render

    if args.lang not in i18n.available_languages():
        raise UsageError(f"expected an installed language "
                         f"({', '.join(i18n.available_languages())}), found {args.lang!r}")
    from quest.checkupreport import figures
    from quest.checkups import Checkups
    from quest.content.checkup import load_bank

    session = store.load_session(args.id)
    # The check-ups of students who named one of the session's teams.
    checkups = figures(Checkups(store).all(), load_bank(), session.teams)
    page = render(session.name, session.teams, store.answer_details(args.id), args.lang,
                  checkups)
    _write_file(args.output, page)
    out.write(f"wrote {args.output}\n")
    return 0


def _write_file(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QuestError(f"cannot write {path}: {exc.strerror or exc}") from None


SESSION_ACTIONS = {"new": session_new, "list": session_list, "export": session_export,
                   "merge": session_merge, "report": session_report}


def run_replay(args, out) -> int:
    """Replay a recording headless and print its results as JSON."""
    from quest.ui.headless import replay

    import json

    result = replay(args.file)
    json.dump(result, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0


def main(argv: list[str] | None = None, out=None, err=None) -> int:
    """Run the command line; returns the exit code and never shows a traceback for bad input."""
    if out is None or err is None:
        for stream in (sys.stdout, sys.stderr):
            # A terminal that cannot show a character (a file name that is not UTF-8, Kazakh
            # on an old console) gets an escape instead of a traceback.
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler = {"check": run_check, "new": run_new, "screenshot": run_screenshot,
                   "replay": run_replay, "session": run_session}.get(args.command, run_play)
        if args.command == "checkup" and (args.export or args.merge or args.report):
            handler = run_checkup_files
        return handler(args, out)
    except QuestError as exc:
        err.write(exc.show() + "\n")
        return exc.exit_code
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mil-quest check | head`: the reader has gone, nothing to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
