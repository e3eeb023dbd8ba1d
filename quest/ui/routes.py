"""Where the screens lead: every scene by name, loaded when a screen first opens it.

A scene never imports another scene's module: it names the scene it opens here
(`routes.MenuScene(app)`), so the screens form no import cycle and each module loads only
when a player first reaches it.
"""

from __future__ import annotations

import importlib

# scene class -> the module of quest.ui.scenes that holds it
WHERE = {
    "CheckupStartScene": "checkup",
    "DebriefScene": "debrief",
    "ErrorScene": "error",
    "HostRoundScene": "hosting",
    "InvestigateScene": "investigate",
    "JoinScene": "team",
    "LabScene": "lab",
    "LanMenuScene": "lan",
    "LobbyScene": "hosting",
    "MenuScene": "menu",
    "PauseScene": "pause",
    "PickScene": "pick",
    "RenameScene": "hosting",
    "ScoreboardScene": "scoreboard",
    "SelectScene": "select",
    "SessionMenuScene": "session",
    "SessionSetupScene": "session",
    "SettingsScene": "settings",
    "SummaryScene": "summary",
    "TitleScene": "title",
    "ToolResultScene": "toolresult",
    "TrainerScene": "trainer",
    "TurnScene": "session",
    "VerdictScene": "verdict",
    "WaitScene": "team",
}


def __getattr__(name: str):
    """The scene class `name`, imported on first use."""
    module = WHERE.get(name)
    if module is None:
        raise AttributeError(f"no scene {name!r} in the route table")
    scene = getattr(importlib.import_module(f"quest.ui.scenes.{module}"), name)
    globals()[name] = scene  # looked up once
    return scene
