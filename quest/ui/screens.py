"""The names of the screens that `mil-quest screenshot` and the layout tests can show."""

SCREENS = ("title", "menu", "select", "start", "investigate", "verdict", "debrief", "summary",
           "settings", "trainer", "result", "pause", "error", "sessions", "setup", "turn",
           "scoreboard", "final", "lan", "lobby", "hostround", "join", "wait", "checkup",
           "checkup-item", "checkup-done", "lab", "lab-metadata", "lab-ela", "lab-zoom")
