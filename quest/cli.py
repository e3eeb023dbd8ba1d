"""The `mil-quest` command: play, check, new, and the tools around them."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from quest import __version__
from quest.errors import QuestError, UsageError
from quest.ui.headless import SCREENS  # plain names; the module imports pygame only when used

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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
    from quest.content.checking import as_json, summarize, untranslated_lines
    from quest.content.packs import BUNDLED_DIR, bundled_ids, load_paths

    paths = args.paths or [BUNDLED_DIR]
    bundled = BUNDLED_DIR.resolve()
    # A trainer's file is checked against the bundled ids too: the game loads both together.
    outside = all(bundled not in [p.resolve(), *p.resolve().parents] for p in paths)
    library = load_paths(paths, seen=bundled_ids() if outside else None)
    summary = summarize(library)
    figures = None
    if args.stats:
        from quest.content.stats import balance

        figures = balance(list(library.scenarios.values()))
    if args.format == "json":
        import json

        data = as_json(library)
        if figures is not None:
            data["balance"] = figures.as_dict()
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for problem in library.all_problems():
            out.write(f"{problem}\n")
        for line in untranslated_lines(library):
            out.write(f"{line}\n")
        out.write(
            f"{summary.files} {_plural(summary.files, 'file')}, "
            f"{summary.scenarios} {_plural(summary.scenarios, 'scenario')}, "
            f"{summary.errors} {_plural(summary.errors, 'error')}, "
            f"{summary.warnings} {_plural(summary.warnings, 'warning')}\n"
        )
        if summary.translated:
            langs = ", ".join(f"{lang} {count}/{summary.texts}"
                              for lang, count in sorted(summary.translated.items()))
            out.write(f"texts translated: {langs}\n")
        if figures is not None:
            from quest.content.stats import report

            for line in report(figures):
                out.write(line + "\n")
    return 1 if summary.errors else 0


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def run_new(args, out) -> int:
    """Write ID.yaml from the template, and schema.json beside it when missing."""
    from quest.content import schema, template

    if not SLUG.match(args.id) or len(args.id) > 64:
        raise UsageError(f"expected an id of lowercase letters, digits and hyphens (like "
                         f"almaty-snow-leopard), found {args.id!r}")
    languages = list(dict.fromkeys(args.lang or ["kk", "ru", "en"]))
    for lang in languages:
        if not re.match(r"^[a-z]{2,3}$", lang):
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


def run_play(args, out) -> int:
    """Start the game."""
    from quest.ui.app import run

    return run(args)


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
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler = {"check": run_check, "new": run_new, "screenshot": run_screenshot,
                   "replay": run_replay}.get(args.command, run_play)
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
