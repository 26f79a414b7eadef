"""Benchmark: how fast the console answers calendar questions (prints figures and ratios).

Run: ``.venv/bin/python bench/bench_calendar.py [--db URL]``. Not a test: no thresholds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xa_console.context import build_context


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    args = ap.parse_args()
    t = time.perf_counter()
    ctx = build_context(args.db)
    elapsed = (time.perf_counter() - t) * 1000
    print(f"init (migrate + Xi'an rules + holidays 2004-2026): {elapsed:.0f} ms")
    rules = ctx.rules
    cold = timed(lambda: (setattr(rules, "_cached", None), rules.day_status(date(2023, 3, 1))), 20)
    warm = timed(lambda: rules.day_status(date(2023, 3, 1)), 200)
    month = timed(lambda: rules.days(date(2023, 2, 27), date(2023, 4, 9)), 100)
    year = timed(lambda: rules.days(date(2022, 4, 1), date(2023, 3, 31)), 20)
    book = rules.rulebook()
    pure = timed(lambda: [book.day_status(date(2023, 3, d)) for d in range(1, 32)], 200)
    med = statistics.median
    print(f"database: {ctx.db.dialect}")
    print(f"day_status, rule book rebuilt from DB : median {med(cold):7.2f} ms")
    print(f"day_status, cached rule book (1 query): median {med(warm):7.2f} ms")
    print(f"month grid (42 days)                  : median {med(month):7.2f} ms")
    print(f"year CSV (365 days)                   : median {med(year):7.2f} ms")
    print(f"engine only, 31 days, no DB           : median {med(pure):7.2f} ms")
    print(f"ratio rebuild / cached                : {med(cold) / med(warm):.1f}x")
    print(f"ratio month grid / one frame (16 ms)  : {med(month) / 16:.2f}")


if __name__ == "__main__":
    main()
