"""The first screens of a run: the title or the menu, or straight into a scenario."""

from __future__ import annotations

from pathlib import Path

from quest.ui import routes
from quest.ui.options import PlayOptions


def first_scenes(app, options: PlayOptions = PlayOptions(),
                 explicit_lang: bool = False) -> list:
    """Title (or menu when the language is known), or straight into --scenario."""
    scenes = [routes.TitleScene(app)] if not explicit_lang else [routes.MenuScene(app)]
    if options.command == "host":
        from quest.ui.lanservice import start_hosting

        app.push(routes.MenuScene(app))
        start_hosting(app, options.port, options.bind)
        return []
    if options.command == "join":
        return [routes.MenuScene(app), routes.JoinScene(app, options.address, options.code,
                                                        options.team)]
    if options.command == "checkup":
        return [routes.MenuScene(app), routes.CheckupStartScene(app, options.student,
                                                                options.team)]
    target = options.scenario
    if target:
        scenes.append(scenario_scene(app, target))
    return scenes


def scenario_scene(app, target: str):
    """The investigation of a scenario given by id or file, or the error screen explaining why not."""
    from quest.content.packs import load_paths
    from quest.i18n import _
    from quest.ui.modes import PREVIEW

    data = app.data
    for library in (data.content.library, data.content.trainer_library):
        if target in library.scenarios:
            return routes.InvestigateScene(app, library.scenarios[target])
    path = Path(target)
    if not path.exists():
        return routes.ErrorScene(app, _("Scenario not found"),
                          [_("There is no scenario with the id or file “{target}”.").format(
                              target=target)])
    library = load_paths([path])
    problems = [str(p) for p in library.all_problems()]
    for line in problems:
        import sys

        sys.stderr.write(line + "\n")
    scenarios = list(library.scenarios.values())
    if not scenarios:
        return routes.ErrorScene(app, _("This scenario file has problems"), problems or [
            _("The file holds no scenario.")])
    scenario = scenarios[0]
    data.content.extra_images[scenario.id] = library.entry(scenario.id).path.parent
    return routes.InvestigateScene(app, scenario, PREVIEW)
