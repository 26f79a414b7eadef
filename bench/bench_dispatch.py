"""Benchmark: the outbox worker's cost per send against the fake platforms on loopback.

Each send is two committed transactions (claim + SENDING, then the outcome, each with its audit
row) around one HTTP request. Run: ``.venv/bin/python bench/bench_dispatch.py [--db URL] [-n N]``.
Not a test: no thresholds; prints figures and the share of time spent outside HTTP.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xa_console.context import build_context
from xa_console.domain.drafting.facts import DraftKind
from xa_console.platforms.fake_server import FakePlatforms
from xa_console.services.clients import ClientFactory
from xa_console.services.dispatch import Dispatcher
from xa_console.services.releases import ReleaseService

PW = "Bench-Xian-2026!"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--db",
        default=f"sqlite:///{tempfile.mkdtemp()}/bench.db",
        help="a database URL; use an empty scratch database (tables are created in it)",
    )
    ap.add_argument("-n", type=int, default=300, help="SMS recipients (one send each)")
    args = ap.parse_args()
    ctx = build_context(args.db, demo=False)
    admin = ctx.users.get("admin")
    assert admin is not None
    ctx.users.set_password(admin, admin.id, PW)
    team = {n: ctx.users.create(admin, n, n, PW, [n])[0] for n in ("editor", "reviewer", "signer")}
    wb, _ = ctx.drafting.save(ctx.drafting.new(DraftKind.DAILY, date(2023, 3, 1)), team["editor"])
    assert wb.draft_id is not None
    info, _ = ctx.review.submit(team["editor"], wb.draft_id)
    info, _ = ctx.review.approve(team["reviewer"], wb.draft_id, info.content_hash)
    ctx.review.approve(team["signer"], wb.draft_id, info.content_hash)
    sms = ctx.accounts.get("sms")
    phones = [f"139{i:08d}" for i in range(args.n)]
    ctx.accounts.save(
        admin, dataclasses.replace(sms, options={**sms.options, "recipients": phones})
    )
    now = [datetime(2023, 2, 28, 22, 0, tzinfo=UTC)]
    planner = ReleaseService(
        ctx.db, ctx.rules, ctx.channels, ctx.drafting, ctx.accounts, clock=lambda: now[0]
    )
    t = time.perf_counter()
    planner.schedule(team["editor"], wb.draft_id, ["sms"], datetime(2023, 3, 1, 6, 30))
    plan_ms = (time.perf_counter() - t) * 1000
    with FakePlatforms(clock=lambda: now[0].timestamp()) as fake:
        stamp = lambda: now[0].timestamp()  # noqa: E731
        clients = ClientFactory(ctx.accounts, ctx.secrets, lambda: fake.url, clock=stamp)
        d = Dispatcher(ctx.db, ctx.review, ctx.rules, ctx.drafting, ctx.accounts, clients,
                       worker="bench", clock=lambda: now[0])  # fmt: skip
        now[0] += timedelta(minutes=31)  # 06:31 in Xi'an: one minute after the due time
        t = time.perf_counter()
        done = d.tick()["processed"]
        total = time.perf_counter() - t
        clients.close()
        http = [e for e in fake.log() if e["endpoint"] == "SendSms"]
    print(f"database: {ctx.db.dialect}; sends: {done} (SMS, one recipient each)")
    print(f"planning {args.n} sends in one release: {plan_ms:.0f} ms")
    per = total / done * 1000
    print(f"dispatching: {total:.2f} s → {per:.1f} ms per send, {done / total:.0f} sends/s")
    once = len({e["key"] for e in http}) == len(http)
    print(f"requests seen by the fake platform: {len(http)} (one per key: {once})")
    states = Counter(s.state.value for s in ctx.releases.sends())
    print(f"outbox states: {dict(states)}")
    ctx.db.dispose()


if __name__ == "__main__":
    main()
