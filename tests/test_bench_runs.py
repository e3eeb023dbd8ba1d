"""The benchmarks still run against the code they measure (their figures are not tests)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_store_benchmark_runs():
    done = subprocess.run([sys.executable, "bench/store.py"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "export 400 rows" in done.stdout, done.stdout
