"""`python -m quest` runs the same command line as `mil-quest`."""

import sys

from quest.cli import main

# Guarded: a worker process started by spawning imports this module again, and must not run.
if __name__ == "__main__":
    sys.exit(main())
