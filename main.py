"""`python main.py` runs the same command line as `mil-quest`."""

import sys

from quest.cli import main

if __name__ == "__main__":
    sys.exit(main())
