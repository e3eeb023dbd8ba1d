"""The screens of the game, one module each; quest.ui.routes finds them by name."""

from quest.ui.start import first_scenes, scenario_scene  # where a run starts

__all__ = ["first_scenes", "scenario_scene"]
