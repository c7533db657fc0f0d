"""`rmos shop …`: the optional shop server (PostgreSQL): init, sync, verify, shop-wide runs, job orders."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from rmos_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CheckFailed,
    Parents,
    UsageError,
    add_command,
    err,
    out,
    read_job,
    run_id_arg,
    runs_dir,
    subcommand_group,
)

SHOP_HELP = "the shop server (PostgreSQL): shop-wide runs, job orders and claims"


def shop_config(args: argparse.Namespace):
    """This workstation's shop (RMOS_SHOP_URL / RMOS_STATION > settings file); a usage error when none is set."""
    from rmos_desktop.core.settings import load_settings
    from rmos_desktop.core.shop.config import ShopConfigError, resolve_shop

    try:
        config = resolve_shop(load_settings().settings)
    except ShopConfigError as exc:
        raise UsageError(str(exc)) from None
    if config is None:
        raise UsageError("no shop server is set: set RMOS_SHOP_URL and RMOS_STATION, or shop_url/station in Settings")
    return config


def _connect(url: str):
    import psycopg

    from rmos_desktop.core.shop.config import connect, describe_error

    try:
        return connect(url)
    except (psycopg.Error, OSError) as exc:
        raise CheckFailed(describe_error(exc, url)) from None


def _db_errors():
    import psycopg

    return (psycopg.Error,)


def cmd_init(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.config import ShopConfigError, check_url, describe_error, redact
    from rmos_desktop.core.shop.schema import migrate

    try:
        url = check_url(args.url)
    except ShopConfigError as exc:
        raise UsageError(str(exc)) from None
    try:
        with _connect(url) as conn:
            result = migrate(conn)
    except (*_db_errors(), RuntimeError) as exc:
        raise CheckFailed(describe_error(exc, url)) from None
    payload = {"url": redact(url), "schema_version": result.after, "applied": list(result.applied)}
    if result.applied:
        text = f"shop schema at version {result.after} (applied {', '.join(map(str, result.applied))}) on {redact(url)}"
    else:
        text = f"shop schema already at version {result.after} on {redact(url)}: nothing to do"
    out(args, payload, text)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.config import ShopUnavailable
    from rmos_desktop.core.shop.sync import SyncRefused, push

    config = shop_config(args)
    choice, _ = runs_dir(args)
    try:
        result = push(choice.path, config, public_key=_station_public_key())
    except (ShopUnavailable, SyncRefused) as exc:
        raise CheckFailed(f"nothing lost locally; {exc}") from None
    taken_home = _record_cosigned(choice.path, result.cosigned)
    payload = {**result.as_dict(), "cosigned_recorded": taken_home}
    text = (
        f"shop {config.shown_url}: pushed {result.pushed} records of station {config.station};"
        f" the server has all {result.server_lines}"
    )
    if result.missing_files:
        text += (
            f"\nwarning: {len(result.missing_files)} record files were not on disk: {', '.join(result.missing_files)}"
        )
    if result.reviews_pulled:
        text += f"\n{result.reviews_pulled} review(s) of this station's runs made on other stations brought home"
    for refused in result.reviews_refused:
        text += f"\nwarning: {refused}; not shown here"
    if result.reviews_problem:
        text += f"\nwarning: {result.reviews_problem}"
    out(args, payload, text)
    return EXIT_OK if result.waiting == 0 else EXIT_FAILED


def _record_cosigned(runs_path, texts: tuple[str, ...]) -> int:
    """Record here the checkpoints of this station that the shop's witness cosigned (new ones only)."""
    if not texts:
        return 0
    from rmos_desktop.core.runs.checkpoints import CheckpointError, record_cosigned
    from rmos_desktop.core.services import open_recorder

    recorder = open_recorder(runs_path, index=False)
    count = 0
    for text in texts:
        try:
            count += (
                record_cosigned(
                    recorder, text, checked="cosigned by the shop's witness after checking the server's copy", by="shop"
                )
                is not None
            )
        except CheckpointError as exc:
            err(f"warning: a shop-cosigned checkpoint was not recorded: {exc}")
    return count


def cmd_witness(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.keys import KeyFileError, load_signing_key
    from rmos_desktop.core.shop.witness import witness

    try:
        key = load_signing_key(args.key)
    except (KeyFileError, OSError) as exc:
        raise UsageError(f"{args.key}: {exc}") from None
    config = shop_config(args)
    with _connect(config.url) as conn:
        report = witness(conn, key)
    out(args, report.as_dict(), report.text())
    return EXIT_OK if not report.refused else EXIT_FAILED


def _station_public_key() -> tuple[str, str] | None:
    """(key id, minisign .pub text) of this workstation's station key, when the keys module is present."""
    try:
        from rmos_desktop.core.runs.keys import station_key
    except ImportError:
        return None
    key = station_key().public()
    return key.key_id_hex, key.to_minisign_pub()


def cmd_verify(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.verify import verify_server

    config = shop_config(args)
    with _connect(config.url) as conn:
        report = verify_server(conn)
    out(args, report.as_dict(), report.text())
    return EXIT_OK if report.ok else EXIT_FAILED


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} must be a day as YYYY-MM-DD, not {value[:40]!r}") from None


def cmd_runs_list(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.queries import ShopQuery, ShopQueryError, list_runs

    query = ShopQuery(
        station=args.station,
        statuses=tuple(s.upper() for s in args.status or ()),
        risks=tuple(s.upper() for s in args.risk or ()),
        unreviewed=args.unreviewed,
        since=_day(args.since, "--since"),
        until=_day(args.until, "--until"),
        text=args.text or "",
        limit=args.limit,
        cursor=args.cursor,
    )
    config = shop_config(args)
    with _connect(config.url) as conn:
        try:
            page = list_runs(conn, query)
        except ShopQueryError as exc:
            raise UsageError(str(exc)) from None

    def text() -> str:
        if not page["runs"]:
            return "No runs match."
        lines = [f"{'time (local)':<20} {'station':<10} {'status':<8} {'risk':<8} {'job / order':<28} run id"]
        for r in page["runs"]:
            job = " / ".join(x for x in (r.get("job_name"), r.get("order_ref")) if x) or "—"
            review = "  awaiting review" if r["awaiting_review"] else ""
            lines.append(
                f"{r['created_local'][:19].replace('T', ' '):<20} {r['station'][:10]:<10} {r['status']:<8} "
                f"{r.get('risk_level') or '—':<8} {job[:28]:<28} {r['run_id']}{review}"
            )
        if page["next_cursor"]:
            lines.append(f"\nMore: rmos shop runs list … --cursor {page['next_cursor']}")
        return "\n".join(lines)

    out(args, page, text)
    return EXIT_OK


def cmd_runs_show(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.queries import show_run

    config = shop_config(args)
    with _connect(config.url) as conn:
        found = show_run(conn, args.run_id, args.station)
    if found is None:
        raise CheckFailed(f"run {args.run_id} is not on the shop server")
    art = found["artifact"]

    def text() -> str:
        decision = art.get("decision") or {}
        lines = [
            f"run {args.run_id}  station {found['station']}  {art.get('status')}  {decision.get('risk_level')}",
            f"created {art.get('created_at_utc')}  artifact sha256 {found['artifact_sha256']}",
        ]
        if decision.get("block_reason"):
            lines.append(f"blocked: {decision['block_reason']}")
        for r in found["reviews"]:
            lines.append(
                f"review by {r['reviewer']} ({r['disposition']}) at {r['created_at_utc']} from {r['by_station']}"
                + ("" if r["matches_artifact"] else "  — names ANOTHER artifact hash")
            )
        return "\n".join(lines)

    out(args, found, text)
    return EXIT_OK


def cmd_runs_review(args: argparse.Namespace) -> int:
    """Review another station's run in the office: a record of THIS workstation naming the run, its station and
    the artifact's SHA-256 as the server holds it; the next `rmos shop sync` pushes it, and the run's own station
    brings it home at its sync."""
    from pydantic import ValidationError

    from rmos_desktop.cli.common import recorder
    from rmos_desktop.core.runs.schemas import DISPOSITIONS
    from rmos_desktop.core.runs.store import StoreError
    from rmos_desktop.core.shop.queries import show_run
    from rmos_desktop.core.shop.reviews import record_office_review

    disposition = args.disposition.strip().lower().replace("-", "_")
    if disposition not in DISPOSITIONS:
        raise UsageError(f"--disposition {args.disposition!r} is not one of {', '.join(DISPOSITIONS)}")
    if not args.by.strip():
        raise UsageError("--by needs the reviewer's name")
    config = shop_config(args)
    with _connect(config.url) as conn:
        found = show_run(conn, args.run_id, args.station)
    if found is None:
        raise CheckFailed(f"run {args.run_id} is not on the shop server")
    if found["station"] == config.station:
        raise UsageError(f"run {args.run_id} is this station's own run: review it with `rmos runs review`")
    rec, _ = recorder(args)
    try:
        review, stored = record_office_review(
            rec,
            args.run_id,
            found["station"],
            found["artifact_sha256"],
            reviewer=args.by,
            disposition=disposition,
            note=args.note or "",
        )
    except ValidationError as exc:
        raise UsageError(f"review not recorded: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}") from exc
    except (StoreError, OSError) as exc:
        raise CheckFailed(f"the review could not be saved: {exc}") from exc
    payload = {
        "review": review.model_dump(mode="json"),
        "path": str(stored.path),
        "sha256": stored.sha256,
        "run_station": found["station"],
    }
    text = (
        f"Review recorded on this workstation ({config.station}) for run {args.run_id} of {found['station']}:"
        f" {disposition} by {review.reviewer}\n{stored.path}\n`rmos shop sync` takes it to the shop server;"
        f" {found['station']} brings it home at its next sync."
    )
    out(args, payload, text)
    return EXIT_OK


def cmd_jobs_add(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.jobs import JobOrderError, add_order, request_sha256_of

    raw = read_job(args.jobfile)
    try:
        request_sha = request_sha256_of(raw)
    except ValueError as exc:
        raise UsageError(f"{args.jobfile}: {exc}") from None
    if args.quantity < 1:
        raise UsageError("--quantity must be at least 1")
    config = shop_config(args)
    with _connect(config.url) as conn:
        try:
            job_id = add_order(
                conn,
                job=raw,
                request_sha256=request_sha,
                order_ref=args.order,
                quantity=args.quantity,
                due=_day(args.due, "--due"),
                created_by=config.station,
            )
        except JobOrderError as exc:
            raise CheckFailed(str(exc)) from None
    out(args, {"job_id": job_id}, f"job order {job_id} released (order {args.order}, {args.quantity} pcs)")
    return EXIT_OK


def cmd_jobs_list(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.jobs import list_orders

    config = shop_config(args)
    with _connect(config.url) as conn:
        orders = list_orders(conn, include_closed=args.all)

    def text() -> str:
        if not orders:
            return "No open job orders."
        lines = []
        for o in orders:
            holder = f"  claimed by {o['claimed_by']}" if o["claimed_by"] else ""
            due = f"  due {o['due']}" if o["due"] else ""
            lines.append(
                f"{o['job_id']}  order {o['order_ref']}  {o['job_name'] or '—'}  {o['quantity_done']}/{o['quantity']}"
                f" pcs{due}  {o['state']}{holder}"
            )
        return "\n".join(lines)

    out(args, {"jobs": orders}, text)
    return EXIT_OK


def _job_call(args: argparse.Namespace, action) -> Any:
    from rmos_desktop.core.shop.jobs import JobOrderError

    config = shop_config(args)
    with _connect(config.url) as conn:
        try:
            return config, action(conn, config.station)
        except JobOrderError as exc:
            raise CheckFailed(str(exc)) from None


def cmd_jobs_claim(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.jobs import claim

    _, result = _job_call(args, lambda conn, station: claim(conn, args.job_id, station))
    payload = {
        "job_id": args.job_id,
        "held": result.held,
        "holder": result.holder,
        "since": result.since.isoformat() if result.since else None,
        "lease_until": result.lease_until.isoformat() if result.lease_until else None,
    }
    if not result.held:
        if args.json:
            out(args, payload, "")
        err(result.message(args.job_id))
        return EXIT_FAILED
    out(args, payload, result.message(args.job_id))
    return EXIT_OK


def cmd_jobs_release(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.jobs import release

    if args.force and not args.by:
        raise UsageError("--force needs --by NAME (the supervisor breaking the claim is recorded)")
    _job_call(args, lambda conn, station: release(conn, args.job_id, station, force=args.force, by=args.by))
    verb = "claim broken" if args.force else "released"
    out(args, {"job_id": args.job_id, "released": True, "forced": bool(args.force)}, f"job {args.job_id}: {verb}")
    return EXIT_OK


def cmd_jobs_complete(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.jobs import complete

    if args.quantity < 0:
        raise UsageError("--quantity cannot be negative")
    _, done = _job_call(args, lambda conn, station: complete(conn, args.job_id, station, args.quantity))
    out(args, done, f"job {args.job_id}: {done['quantity_done']}/{done['quantity']} made, {done['state']}")
    return EXIT_OK


def cmd_stations_trust(args: argparse.Namespace) -> int:
    from rmos_desktop.core.shop.verify import trust_station_key

    try:
        pub_text = open(args.pubfile, encoding="utf-8").read(4096)  # noqa: SIM115 - one bounded read
    except OSError as exc:
        raise UsageError(f"{args.pubfile}: {exc.strerror or exc}") from None
    config = shop_config(args)
    with _connect(config.url) as conn:
        try:
            key_id = trust_station_key(conn, args.station, pub_text, by=args.by)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    out(args, {"station": args.station, "key_id": key_id}, f"station {args.station} now trusted with key {key_id}")
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    shop = subcommand_group(sub, "shop", SHOP_HELP)
    p = add_command(shop, "init", cmd_init, "create or migrate the shop schema (idempotent)", parents=[parents.output])
    p.add_argument("url", help="postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=require]")
    add_command(
        shop,
        "sync",
        cmd_sync,
        "push this workstation's waiting records to the shop server",
        description="Push every record the shop server lacks, in ledger order. Exit 0 when the server has "
        "everything, 1 when it cannot be reached or refuses a record (nothing is lost locally).",
        parents=[parents.runs],
    )
    add_command(
        shop, "verify", cmd_verify, "re-check the server's copy: chains, signatures, record hashes",
        parents=[parents.output],
    )  # fmt: skip

    p = add_command(
        shop,
        "witness",
        cmd_witness,
        "cosign the station checkpoints the server's copy confirms, with the shop's witness key",
        description="Cosign every station checkpoint on the server whose station signature verifies and whose "
        "size and hash the server's copy of that station's chain confirms. The stations take the cosigned "
        "checkpoints home at their next sync. Exit 1 when a checkpoint was refused (named).",
        parents=[parents.output],
    )
    p.add_argument("--key", required=True, help="the shop's witness key (from `rmos keys init`), kept off the saws")

    runs = subcommand_group(shop, "runs", "runs of every station")
    p = add_command(runs, "list", cmd_runs_list, "list runs of every station, newest first", parents=[parents.output])
    p.add_argument("--station")
    p.add_argument("--status", action="append", type=str.upper, choices=["OK", "BLOCKED", "ERROR"])
    p.add_argument("--risk", action="append", type=str.upper, choices=["GREEN", "YELLOW", "RED", "UNKNOWN"])
    p.add_argument("--unreviewed", action="store_true", help="only BLOCKED runs nobody has reviewed")
    p.add_argument("--since", help="first local day (YYYY-MM-DD)")
    p.add_argument("--until", help="last local day (YYYY-MM-DD, inclusive)")
    p.add_argument("--text", help="substring of run id, job, order, operator, tool or material")
    p.add_argument("--limit", type=int, default=50, help="rows per page, 1 to 10,000 (default 50)")
    p.add_argument("--cursor", help="continue after the previous page (repeat the same filters)")
    p = add_command(runs, "show", cmd_runs_show, "show one run as the shop server holds it", parents=[parents.output])
    p.add_argument("run_id", type=run_id_arg)
    p.add_argument("--station", help="when two stations share a run id (never expected)")
    p = add_command(
        runs,
        "review",
        cmd_runs_review,
        "review another station's run from here (the office): recorded on this workstation, synced to the shop",
        description="Record on this workstation a review of another station's run, naming the run, its station "
        "and the artifact's SHA-256 as the shop server holds it. The next `rmos shop sync` pushes it; the run's "
        "own station shows it in its history after its next sync.",
        parents=[parents.runs],
    )
    p.add_argument("run_id", type=run_id_arg)
    p.add_argument("--by", required=True, help="reviewer's name")
    p.add_argument(
        "--disposition", required=True, help="acknowledged, false_positive, policy_change_needed or operator_training"
    )
    p.add_argument("--note", default="")
    p.add_argument("--station", help="when two stations share a run id (never expected)")

    jobs = subcommand_group(shop, "jobs", "job orders: release, claim, complete")
    p = add_command(jobs, "add", cmd_jobs_add, "release a job order for the shop", parents=[parents.output])
    p.add_argument("jobfile")
    p.add_argument("--order", required=True, help="the order reference")
    p.add_argument("--quantity", type=int, required=True)
    p.add_argument("--due", help="YYYY-MM-DD")
    p = add_command(jobs, "list", cmd_jobs_list, "list open job orders and who holds them", parents=[parents.output])
    p.add_argument("--all", action="store_true", help="include ended and aborted orders")
    p = add_command(
        jobs, "claim", cmd_jobs_claim, "claim a job order for this station (exit 1 naming the holder)",
        parents=[parents.output],
    )  # fmt: skip
    p.add_argument("job_id")
    p = add_command(jobs, "release", cmd_jobs_release, "hand a claimed job order back", parents=[parents.output])
    p.add_argument("job_id")
    p.add_argument("--force", action="store_true", help="break another station's claim (a supervisor)")
    p.add_argument("--by", help="the supervisor's name (recorded with --force)")
    p = add_command(jobs, "complete", cmd_jobs_complete, "report what was made", parents=[parents.output])
    p.add_argument("job_id")
    p.add_argument("--quantity", type=int, required=True)

    stations = subcommand_group(shop, "stations", "the stations and the keys the shop trusts")
    p = add_command(
        stations, "trust", cmd_stations_trust, "trust a (new) public key for a station (an administrator)",
        parents=[parents.output],
    )  # fmt: skip
    p.add_argument("station")
    p.add_argument("pubfile", help="the station's public key (minisign .pub, from `rmos keys public`)")
    p.add_argument("--by", required=True, help="the administrator's name (recorded)")
