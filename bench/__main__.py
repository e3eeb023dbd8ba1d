"""`python -m bench`: every benchmark, one table (bench/run.py)."""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent / "run.py"), run_name="__main__")
