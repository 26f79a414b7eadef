"""Start XA Console: ``python3 main.py`` opens the console, ``python3 main.py test`` runs the tests.

The first run creates ``.venv`` and installs the project into it; later runs start at once.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from xa_console.bootstrap import launch

    raise SystemExit(launch(sys.argv[1:]))
