"""Render the screenshots of docs/screenshots/ (run from the repository root)."""

import subprocess
import sys
from pathlib import Path

OUT = Path("docs/screenshots")
SHOTS = [(screen, lang, "1366x768") for lang in ("kk", "ru", "en")
         for screen in ("select", "investigate", "verdict", "debrief")]
SHOTS += [("investigate", lang, "1920x1080") for lang in ("kk", "ru", "en")]
SHOTS += [("title", "en", "1366x768"), ("result", "kk", "1366x768"),
          ("scoreboard", "kk", "1920x1080"), ("setup", "ru", "1366x768"),
          ("lobby", "en", "1920x1080"), ("hostround", "ru", "1920x1080")]

for screen, lang, size in SHOTS:
    target = OUT / f"{screen}-{lang}-{size}.png"
    subprocess.run([sys.executable, "-m", "quest", "screenshot", screen, "--lang", lang,
                    "--size", size, "-o", str(target)], check=True)
