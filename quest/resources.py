"""The game's own files (scenarios, fonts, catalogs), found inside the installed package.

They are found through importlib.resources, so a wheel or `pip install .` plays exactly like a
source checkout. Fonts, pictures and catalogs are opened by libraries that want real files;
every installer puts a package on disk as files, which is what is read here.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("quest") / "data"))
BUNDLED_SCENARIOS = DATA_DIR / "scenarios"
FONTS = DATA_DIR / "fonts"
LOCALES = DATA_DIR / "locales"
