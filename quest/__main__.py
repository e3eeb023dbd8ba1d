"""`python -m quest` runs the same command line as `mil-quest`."""

import sys

from quest.cli import main

sys.exit(main())
