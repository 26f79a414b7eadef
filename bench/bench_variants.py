"""Benchmark: regenerate and validate every channel variant after one keystroke.

The notice carries 1,500 characters of the officer's own text; each "keystroke" appends one
character and rebuilds all eleven channels (render + count + limits + compliance).
Goal (issue 3): median under 16 ms, one frame. Run: ``.venv/bin/python bench/bench_variants.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xa_console.context import build_context
from xa_console.domain.drafting.facts import DraftKind

PARAGRAPH = (
    "近期我市机动车保有量持续增长，早晚高峰主干道通行压力较大。"
    "请广大驾驶人合理安排出行，优先选择公共交通。"
)
CASES = ((DraftKind.DAILY, date(2023, 3, 1)), (DraftKind.SUSPENSION, date(2022, 12, 21)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    ap.add_argument("--keys", type=int, default=300)
    args = ap.parse_args()
    ctx = build_context(args.db)
    text = (PARAGRAPH * 40)[:1500]
    for kind, day in (
        (DraftKind.DAILY, date(2023, 3, 1)),
        (DraftKind.SUSPENSION, date(2022, 12, 21)),
    ):
        wb = ctx.drafting.new(kind, day)
        wb = ctx.drafting.update(wb, facts=wb.facts.with_text(text))
        times = []
        for i in range(args.keys):
            facts = replace(wb.facts, free_text=wb.facts.free_text + "路"[: i % 2 + 1])
            t = time.perf_counter()
            wb = ctx.drafting.update(wb, facts=facts)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        med, p95 = statistics.median(times), times[int(len(times) * 0.95)]
        body = len(wb.channel("wechat_article").current.get("body"))
        print(
            f"{kind.value:12s} body {body:5d} 字  keystroke rebuild of 11 channels: "
            f"median {med:5.2f} ms  p95 {p95:5.2f} ms  max {times[-1]:5.2f} ms  "
            f"median/16 ms = {med / 16:.2f}"
        )


if __name__ == "__main__":
    main()
