"""Packs: folders of scenario files and their images, loaded together with ids unique across all."""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path

from quest.content.characters import escaped
from quest.content.images import image_problem
from quest.content.result import LoadResult
from quest.errors import Problem
from quest.message import Message
from quest.model.scenario import Scenario
from quest.resources import BUNDLED_SCENARIOS

SCENARIO_SUFFIXES = (".yaml", ".yml")
BUNDLED_DIR = BUNDLED_SCENARIOS


@dataclass
class Entry:
    """One scenario file of a library: where it lives and what loading it gave."""

    path: Path
    pack: Path
    result: LoadResult

    @property
    def scenario(self) -> Scenario | None:
        """The scenario, when the file has no error."""
        return self.result.scenario if not self.result.errors else None


@dataclass
class Library:
    """Every scenario file loaded from a set of packs, with the problems of each."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # problems of paths, not files

    @property
    def scenarios(self) -> dict[str, Scenario]:
        """The usable scenarios by id, in load order."""
        return {e.scenario.id: e.scenario for e in self.entries if e.scenario is not None}

    def entry(self, scenario_id: str) -> Entry | None:
        """The entry of the usable scenario with this id."""
        return next((e for e in self.entries
                     if e.scenario is not None and e.scenario.id == scenario_id), None)

    def image_path(self, scenario_id: str, relative: str) -> Path:
        """The file an image reference of a scenario points to."""
        entry = self.entry(scenario_id)
        return (entry.path.parent if entry else Path.cwd()) / relative

    def all_problems(self) -> list[Problem]:
        """Problems of paths first, then of every file in order."""
        return self.problems + [p for e in self.entries for p in e.result.problems]

    def broken(self) -> list[Entry]:
        """The files that could not be loaded."""
        return [e for e in self.entries if e.result.errors]


def _real(path: Path) -> Path:
    """Where a path really leads; a link loop stays itself instead of raising."""
    return Path(os.path.realpath(path))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files below a folder, sorted, hidden folders skipped, links not followed."""
    found = []
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # A pack's archive.yaml lists pictures for the image search (quest.forensics), not a
        # scenario.
        found.extend(Path(here) / f for f in files
                     if f.endswith(SCENARIO_SUFFIXES) and not f.startswith(".")
                     and f != "archive.yaml")
    return sorted(found)


def check_images(result: LoadResult, path: Path, pack: Path) -> None:
    """Resolve every image of a loaded file inside its pack; add a problem for each that fails."""
    root = _real(pack)
    shown = escaped(pack if str(pack) not in ("", ".") else root)  # never "the pack folder ."
    for relative, line, column in result.images:
        target = path.parent / relative
        problem = None
        # abspath normalises '..' without following links: the lexical check, then the real one.
        if not _inside(Path(os.path.abspath(target)), Path(os.path.abspath(pack))):
            problem = (Message("expected an image inside the pack folder {pack}, found "
                               "{path!r}, which leaves it", pack=shown, path=relative),
                       "image-outside")
        elif not target.exists() and not target.is_symlink():
            problem = (Message("expected an image file at {path!r}, found no such file",
                               path=relative), "image-missing")
        elif not _inside(_real(target), root):
            problem = (Message("expected an image inside the pack folder {pack}, found "
                               "{path!r}, a link that points outside it", pack=shown,
                               path=relative), "image-outside")
        elif target.is_dir() or not target.exists():
            problem = (Message("expected an image file at {path!r}, found a folder or a broken "
                               "link", path=relative), "image-missing")
        else:
            why = image_problem(target)
            if why is not None:
                problem = (Message("expected a PNG or JPEG picture that the game can show at "
                                   "{path!r}, found that {why}", path=relative, why=why),
                           "image-format")
        if problem:
            result.problems.append(Problem(result.label, line, column, "error", *problem))
    if result.errors:
        result.scenario = None


def load_paths(paths: list[Path], *, seen: dict[str, str] | None = None,
               cache=None) -> Library:
    """Load files and folders of scenarios; ids must be unique across all of them.

    With a `cache` (quest.content.cache.Cache), files unchanged since they were last loaded
    are not parsed again.
    """
    library = Library()
    seen = {} if seen is None else seen
    for given in paths:
        if given.is_dir():
            pack, files = given, scenario_files(given)
        elif given.is_file():
            pack, files = given.parent, [given]
        else:
            library.problems.append(Problem(escaped(given), 1, 1, "error",
                                            Message("expected a scenario file or folder, found "
                                                    "no such path"), "no-such-path"))
            continue
        for path in files:
            library.entries.append(load_file(path, pack, seen, cache))
    if cache is not None:
        cache.save()
    return library


def load_file(path: Path, pack: Path, seen: dict[str, str], cache=None) -> Entry:
    """Load one file of a pack, check its images and that its id is new."""
    label = escaped(path)
    if path.is_symlink() and not _inside(_real(path), _real(pack)):
        result = LoadResult(label, None, [Problem(label, 1, 1, "error", Message(
            "expected a scenario file inside the pack, found a link that points outside it"),
            "file-outside")])
        return Entry(path, pack, result)
    result = cache.get(path, pack) if cache is not None else None
    if result is None:
        from quest.content.loader import read_scenario_file  # the YAML machinery, on a miss

        result = read_scenario_file(path, label)
        if result.scenario is not None:
            check_images(result, path, pack)
        if cache is not None:
            cache.put(path, pack, result)
    result = copy.copy(result)  # the id check below must not change the cached result
    result.problems = list(result.problems)
    if result.scenario is not None and not result.errors:
        sid = result.scenario.id
        if sid in seen:
            line, column = result.id_position
            result.problems.append(Problem(label, line, column, "error",
                                           Message("expected an id not used by another "
                                                   "scenario, found {id!r}, already the id of "
                                                   "{other}", id=sid, other=seen[sid]),
                                           "duplicate-scenario"))
            result.scenario = None
        else:
            seen[sid] = label
    return Entry(path, pack, result)


def bundled_ids() -> dict[str, str]:
    """The ids of the bundled scenarios, so a trainer's file cannot take one of them."""
    return bundled_names(load_paths([BUNDLED_DIR]))


def bundled_names(library: Library) -> dict[str, str]:
    """The ids of a loaded bundled library, each with the words naming its file in a message."""
    return {e.scenario.id: Message("a bundled scenario ({file})", file=e.path.name)
            for e in library.entries if e.scenario is not None}


def load_bundled() -> Library:
    """The scenarios that ship with the game."""
    return load_paths([BUNDLED_DIR])
