"""The check-in POST's throughput as a ratio to a bare Django view, in one wrk run (the
figure issue 12 follows): bench/load.py for that route alone.

    .venv/bin/python bench/checkin_throughput.py [--seconds 4] [--years 1]

Every option of bench/load.py applies; --route is set to the check-in POST.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402 (bench/ is not a package)

if __name__ == "__main__":
    sys.argv[1:1] = ["--route", "check-in POST"]
    load.main()
