"""What the screens share, in three parts: the scenarios, the results, the live competition.

Built once by `load_game_data` (the composition root's other half, after the options of
cli.py) and handed to the App; the screens read it and never build any of it themselves.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quest import settings as settings_store
from quest.content.packs import BUNDLED_DIR, Library, bundled_names, load_paths
from quest.model.scenario import Scenario
from quest.model.session import Answered
from quest.ui.lanservice import LanService
from quest.ui.options import PlayOptions

if TYPE_CHECKING:  # the database module is imported when the results are first needed
    from quest.forensics.lab import Lab
    from quest.store import Store, StoreError


@dataclass
class Content:
    """The scenarios this run can play, and where their pictures are."""

    library: Library
    trainer_dirs: list[Path] = field(default_factory=list)
    trainer_library: Library = field(default_factory=Library)
    extra: dict[str, Scenario] = field(default_factory=dict)  # played directly (--scenario)
    extra_images: dict[str, Path] = field(default_factory=dict)  # their folders, by id

    def scenario_by_id(self, scenario_id: str) -> Scenario | None:
        """A loaded scenario by id, from whichever library has it."""
        for library in (self.library, self.trainer_library):
            if scenario_id in library.scenarios:
                return library.scenarios[scenario_id]
        return self.extra.get(scenario_id)

    def image_path(self, scenario: Scenario, relative: str) -> Path:
        """The file an image reference of a scenario points to, in whichever library holds it."""
        for library in (self.library, self.trainer_library):
            entry = library.entry(scenario.id)
            if entry is not None and entry.scenario is scenario:
                return library.image_path(scenario.id, relative)
        if scenario.id in self.extra_images:
            return self.extra_images[scenario.id] / relative
        # The same scenario loaded again elsewhere (a test's, a replay's): ids are unique.
        for library in (self.library, self.trainer_library):
            if library.entry(scenario.id) is not None:
                return library.image_path(scenario.id, relative)
        return Path.cwd() / relative

    def reload_trainer(self) -> None:
        """Load the trainer's folders again (files were added or fixed while the game ran)."""
        if self.trainer_dirs:
            self.trainer_library = load_paths(self.trainer_dirs, seen=bundled_names(self.library))

    def archive_entries(self) -> list:
        """The trainer's archive files (pictures for the image search) that have problems, as
        entries the trainer tools list beside the scenario files."""
        # The archive's reader brings the YAML loader (megabytes the scenario cache spares
        # the game): it is imported only when a trainer's folder has an archive file.
        folders = [Path(f) for f in self.trainer_dirs if os.path.lexists(Path(f) / "archive.yaml")]
        if not folders:
            return []
        from quest.content.packs import Entry
        from quest.content.result import LoadResult
        from quest.forensics.archive import ARCHIVE_FILE, load_archive

        out = []
        for folder in folders:
            archive = load_archive(folder)
            if archive.problems:
                path = folder / ARCHIVE_FILE
                problems = list(archive.problems)
                out.append(Entry(path, folder, LoadResult(str(path), None, problems)))
        return out

    def campaign(self) -> list[Scenario]:
        """Every playable scenario, bundled campaign order first, then the trainer's own."""
        from quest.content.campaign import ordered

        return ordered(self.library) + list(self.trainer_library.scenarios.values())


class Results:
    """This run's practice verdicts, and the results database opened when first needed (the
    first frame does not wait for it)."""

    data_dir: Path
    notes: list[str]  # the game's notes, shown once: a database problem is added there
    practice: list[Answered]  # this run's practice verdicts
    problem: StoreError | None  # why the database cannot be used, when it cannot

    def __init__(self, data_dir: Path, notes: list[str]):
        self.data_dir = data_dir
        self.notes = notes
        self.practice = []
        self.problem = None
        self._store: Store | None = None
        self._tried = False

    @property
    def store(self) -> Store | None:
        """The database; None, with the reason in `problem` and a note, when it cannot be used."""
        if not self._tried:
            self._tried = True
            from quest.store import Store, StoreError

            try:
                self._store = Store(self.data_dir)
            except StoreError as exc:  # the game runs on: practice needs no database
                self._fail(exc)
                sys.stderr.write(exc.message + "\n")
        return self._store

    def _fail(self, exc: StoreError) -> None:
        from quest.ui.problems import describe

        self.problem = exc
        self.notes.append(describe(exc))

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def remember_practice(self, record: Answered) -> None:
        """Keep a practice verdict for this run and, when the database works, for good."""
        self.practice.append(record)
        if self.store is not None:
            from quest.store import StoreError

            try:
                self.store.record_practice(record)
            except StoreError as exc:
                self._fail(exc)

    def best_points(self) -> dict[str, int]:
        """Per scenario, the best practice points ever (database) or this run."""
        best: dict[str, int] = {}
        if self.store is not None:
            from quest.store import StoreError

            try:
                best = {sid: points for sid, (points, _t, _n) in
                        self.store.practice_best().items()}
            except StoreError:
                pass
        for record in self.practice:
            best[record.scenario_id] = max(best.get(record.scenario_id, record.points),
                                           record.points)
        return best


@dataclass
class GameData:
    """What the screens share: the scenarios, the results, the live competition, the settings."""

    content: Content
    results: Results
    settings: settings_store.Settings
    data_dir: Path
    notes: list[str] = field(default_factory=list)  # problems to show once (settings, fonts)
    lan: LanService = field(default_factory=LanService)
    save_settings: bool = True
    _lab: Lab | None = field(default=None, repr=False)

    @property
    def lab(self):
        """The picture analyses' worker (quest.forensics.lab.Lab), started when first needed."""
        if self._lab is None:
            from quest.forensics.lab import Lab

            packs = [BUNDLED_DIR] + [d for d in self.content.trainer_dirs if d.is_dir()]
            self._lab = Lab(packs, self.data_dir / "cache" / "archive-index.npz")
        return self._lab

    def close_lab(self) -> None:
        """Stop the analyses' worker, if it was started."""
        if self._lab is not None:
            self._lab.close()
            self._lab = None


def load_game_data(options: PlayOptions, save_settings: bool = True) -> GameData:
    """Settings, the bundled library and the trainer's folders, as the command line says."""
    from quest.content.cache import Cache
    from quest.paths import data_dir, trainer_scenarios_dir

    base = data_dir(options.data_dir)
    settings, note = settings_store.load(base)
    notes = [note] if note else []
    cache = Cache(base / "cache" / "scenarios.pickle")
    library = load_paths([BUNDLED_DIR], cache=cache)
    trainer_dirs = [Path(p) for p in options.scenarios]
    own = trainer_scenarios_dir(base)
    try:  # made at once, so that a trainer finds where to drop files
        own.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    if own.is_dir():
        trainer_dirs.insert(0, own)
    trainer_library = (load_paths(trainer_dirs, seen=bundled_names(library), cache=cache)
                       if trainer_dirs else Library())
    return GameData(Content(library, trainer_dirs, trainer_library), Results(base, notes),
                    settings, base, notes, save_settings=save_settings)
