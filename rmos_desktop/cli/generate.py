"""`rmos check` and `rmos generate`: judge a job file, and generate it (every attempt recorded).

`generate` refuses before anything is recorded (exit 2) when an argument cannot be honoured: a YELLOW job
without `--acknowledge-warnings` and an operator, a `--gcode-out` target it must not write, a `--shop-job`
this station does not hold or whose request is another job's. `--gcode-out` is written atomically (temp file
beside the target, fsync, rename), so a crash or a full disk never leaves a torn program there.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import Any, NoReturn

from rmos_desktop.cli.common import (
    EXIT_BLOCKED,
    EXIT_FAILED,
    EXIT_OK,
    Parents,
    UsageError,
    add_command,
    display_units,
    err,
    format_feasibility,
    load_catalog,
    out,
    read_job,
    recorder,
    runs_dir,
)

ACK_FLAG = "--acknowledge-warnings"


def cmd_check(args: argparse.Namespace) -> int:
    from rmos_desktop.core.assess import assess

    assessment = assess(read_job(args.job), load_catalog())
    payload = assessment.check_payload()

    def text() -> str:
        from rmos_desktop.core.units import convert_text

        units = display_units(args)
        body = format_feasibility(payload["feasibility"], units)
        reason = convert_text(assessment.decision.block_reason or "", units)
        return body + (f"\nWould be BLOCKED: {reason}" if assessment.blocked else "\nWould generate.")

    out(args, payload, text)
    return EXIT_BLOCKED if assessment.blocked else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths

    raw = read_job(args.job)
    catalog = load_catalog()
    chosen = runs_dir(args)
    settings = chosen[1]
    operator = args.operator if args.operator is not None else (settings.operator or None)
    target = check_gcode_target(args, chosen[0].path) if args.gcode_out is not None else None
    acknowledgement = acknowledgement_for(args, raw, catalog, operator)
    shop_job = check_shop_job(args, settings, raw) if args.shop_job is not None else None
    rec, _ = recorder(args, chosen)
    try:
        result = rmos_toolpaths(
            raw, recorder=rec, catalog=catalog, operator=operator, acknowledgement=acknowledgement, shop_job=shop_job
        )
    except PipelineOutcome as outcome:
        from rmos_desktop.core.units import convert_text

        detail = outcome.detail
        lines = [f"{detail['error']}: {convert_text(detail.get('message', ''), display_units(args))}"]
        if detail.get("run_id"):
            lines.append(f"run {detail['run_id']}  artifact {detail['run_artifact_path']}")
        out(args, detail, "\n".join(lines))
        if target is not None:
            err(no_program_note(target))
        return outcome.exit_code
    write_error = None
    if target is not None:
        try:
            write_gcode_out(target, result["gcode_text"], overwrite=args.overwrite)
        except OSError as exc:
            write_error = exc
    payload = {
        k: v for k, v in result.items() if not k.startswith("_") or k in ("_run_id", "_run_artifact_path", "_hashes")
    }
    t = result["toolpaths"]

    units = display_units(args)

    def text() -> str:
        from rmos_desktop.core.units import convert_text

        ext = t["extents"]
        lines = [
            f"OK  {result['risk_level']}  run {result['_run_id']}",
            f"artifact  {result['_run_artifact_path']}",
            f"G-code sha256  {result['_hashes']['gcode_sha256']}  ({t['line_count']} lines)",
            convert_text(
                f"extents  X {ext['xmin']} mm – {ext['xmax']} mm  Y {ext['ymin']} mm – {ext['ymax']} mm"
                f"  Z {ext['zmin']} mm – {ext['zmax']} mm",
                units,
            ),
            convert_text(
                f"feed {t['feed_length_mm']} mm  rapid {t['rapid_length_mm']} mm  est. {t['estimated_time_s']} s", units
            ),
        ]
        if acknowledgement is not None:
            count = len(acknowledgement["warnings"])
            lines.append(f"{count} warning{'s' if count != 1 else ''} acknowledged by {acknowledgement['by']}")
        if shop_job is not None:
            lines.append(f"shop job order {shop_job}")
        if target is not None and write_error is None:
            lines.append(f"G-code written to {target}")
        return "\n".join(lines)

    out(args, payload, text)
    if write_error is not None:
        err(gcode_out_failure(target, result["_run_id"], result["_run_artifact_path"], write_error))
        return EXIT_FAILED
    return EXIT_OK


# -- refusals before anything is recorded ----------------------------------------------------------------
def refuse(args: argparse.Namespace, message: str, **extra: Any) -> NoReturn:
    """Refuse the generation before anything is recorded: exit 2, the message on stderr, and with --json an
    object `{"error": "REFUSED", "message", "recorded": false, …}` on stdout."""
    if getattr(args, "json", False):
        out(args, {"error": "REFUSED", "message": message, "recorded": False, **extra}, "")
    raise UsageError(message)


def acknowledgement_for(args: argparse.Namespace, raw: Any, catalog, operator: str | None) -> dict[str, Any] | None:
    """The acknowledgement a YELLOW job records (as the GUI's dialog makes it), None for any other job; a YELLOW
    job without --acknowledge-warnings, or without an operator to name, is refused."""
    from rmos_desktop.core.assess import acknowledgement_record, assess

    try:
        assessment = assess(raw, catalog)
    except Exception:  # the pipeline assesses again and records the failure as an ERROR run
        return None
    if not assessment.needs_acknowledgement:
        return None
    warnings = list(assessment.decision.warnings)
    listed = "".join(f"\n  warning: {w}" for w in warnings)
    if not args.acknowledge_warnings:
        refuse(
            args,
            f"{args.job} is YELLOW; nothing was generated or recorded.{listed}\n"
            f"Read the warnings, then run again with {ACK_FLAG} (and --operator NAME, or an operator in Settings).",
            risk_level="YELLOW",
            warnings=warnings,
        )
    if not (operator and operator.strip()):
        refuse(
            args,
            f"{args.job} is YELLOW and {ACK_FLAG} records who acknowledged its warnings, but no operator is known: "
            "give --operator NAME or set the operator in Settings; nothing was generated or recorded.",
            risk_level="YELLOW",
            warnings=warnings,
        )
    return acknowledgement_record(assessment, operator=operator)


def check_gcode_target(args: argparse.Namespace, runs: Path) -> Path:
    """The --gcode-out path, refused when it is inside the runs directory (write-once records live there), is
    not a plain file, has no folder, or exists without --overwrite."""
    value = args.gcode_out
    if not value.strip():
        refuse(args, "an empty --gcode-out names no file")
    path = Path(os.path.abspath(value))
    runs_abs, runs_real = Path(os.path.abspath(runs)), Path(os.path.realpath(runs))
    real = Path(os.path.realpath(path))
    if path.is_relative_to(runs_abs) or real.is_relative_to(runs_real):
        refuse(
            args,
            f"--gcode-out {value} is inside the runs directory {runs}: its records are written once and never "
            "replaced; write the G-code elsewhere (or export the run with rmos export)",
        )
    if not path.parent.is_dir():
        refuse(args, f"--gcode-out {value}: the folder {path.parent} does not exist")
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        refuse(args, f"--gcode-out {value} cannot be used: {exc.strerror or exc}")
    if not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a link" if stat.S_ISLNK(st.st_mode) else "not a file"
        refuse(args, f"--gcode-out {value} is {kind}; give the path of a plain file")
    if not args.overwrite:
        refuse(args, f"--gcode-out {value} exists; add --overwrite to replace it (nothing was generated or recorded)")
    return path


def check_shop_job(args: argparse.Namespace, settings, raw: Any) -> str:
    """The job order id when this station holds its claim and the job file is the order's request; anything
    else (no shop set, the server unreachable, another holder, another job) is refused."""
    from rmos_desktop.core.shop.config import ShopConfigError, connect, describe_error, resolve_shop
    from rmos_desktop.core.shop.jobs import JobOrderError, check_job_id, get_order, holder_of, request_sha256_of

    nothing = "nothing was generated or recorded"
    try:
        job_id = check_job_id(args.shop_job)
        config = resolve_shop(settings)
    except (JobOrderError, ShopConfigError) as exc:
        refuse(args, f"--shop-job: {exc}; {nothing}")
    if config is None:
        refuse(args, f"--shop-job needs the shop server: set RMOS_SHOP_URL and RMOS_STATION (or Settings); {nothing}")
    try:
        request_sha = request_sha256_of(raw)
    except ValueError as exc:
        refuse(args, f"{args.job} cannot be the request of job order {job_id}: {exc}; {nothing}")
    import psycopg

    try:
        with connect(config.url) as conn:
            order = get_order(conn, job_id)
            holder = holder_of(conn, job_id)
    except JobOrderError as exc:
        refuse(args, f"{exc} on the shop server; {nothing}")
    except (psycopg.Error, OSError) as exc:
        refuse(args, f"job order {job_id} cannot be checked: {describe_error(exc, config.url)}; {nothing}")
    if holder != config.station:
        who = f"claimed by {holder}" if holder else "not claimed (or its lease ran out)"
        refuse(
            args,
            f"job order {job_id} is {who}, not held by this station ({config.station}): "
            f"claim it first with rmos shop jobs claim {job_id}; {nothing}",
        )
    if order["request_sha256"] != request_sha:
        refuse(
            args,
            f"{args.job} is not the job of order {order['order_ref']} ({job_id}): its request hash {request_sha[:16]}… "
            f"differs from the order's {order['request_sha256'][:16]}…; {nothing}",
        )
    return job_id


# -- --gcode-out ---------------------------------------------------------------------------------------------
def write_gcode_out(path: Path, text: str, *, overwrite: bool) -> None:
    """Write the program to `path` all or nothing: a temp file beside it (written, fsynced), then renamed onto
    it (without --overwrite: linked, so a file that appeared meanwhile is not replaced), then the folder
    fsynced. On any failure the temp file is removed and `path` is as it was."""
    from rmos_desktop.core.runs.store import durable_replace

    data = text.encode("ascii")
    _remove_stale_temps(path)
    tmp = path.with_name(f".{path.name}.rmos-{os.getpid()}.tmp")
    durable_replace(path, data, tmp=tmp, mode=0o666, place=None if overwrite else _place_without_replacing)


def _place_without_replacing(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # fails if `path` exists: never replaces a file that appeared after the check
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "a file appeared there while the run was generated", str(path)) from None
    except OSError:  # a file system without hard links (a FAT stick): check, then rename
        if os.path.lexists(path):
            raise FileExistsError(
                errno.EEXIST, "a file appeared there while the run was generated", str(path)
            ) from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _remove_stale_temps(path: Path) -> None:
    """Remove temp files an earlier `--gcode-out` to this path left when it was killed (its process is gone)."""
    prefix, suffix = f".{path.name}.rmos-", ".tmp"
    try:
        entries = [e.name for e in os.scandir(path.parent) if e.name.startswith(prefix) and e.name.endswith(suffix)]
    except OSError:
        return
    for name in entries:
        pid = name[len(prefix) : -len(suffix)]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(path.parent / name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def gcode_out_failure(path: Path, run_id: str, artifact: str, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return (
        f"the run is recorded (run {run_id}, artifact {artifact}) but its G-code could not be written to {path}: "
        f"{reason}. Nothing partial was left there"
        + (" (the file already there is unchanged)" if os.path.lexists(path) else "")
        + f"; export the run with: rmos export {run_id} DEST_DIR"
    )


def no_program_note(path: Path) -> str:
    note = f"no G-code was written to {path}"
    if os.path.lexists(path):
        note += f"; the file at {path} is not from this run"
    return note


def register(sub, parents: Parents) -> None:
    p = add_command(
        sub,
        "check",
        cmd_check,
        "print the feasibility and decision for a job file (records nothing)",
        description="Judge a job file without generating or recording anything. "
        "Exit 0 GREEN/YELLOW, 3 when it would be blocked, 2 when the file is unreadable.",
        parents=[parents.output],
    )
    p.add_argument("job", help="job file (JSON)")

    p = add_command(
        sub,
        "generate",
        cmd_generate,
        "judge and generate a job; every attempt is recorded",
        description="Generate G-code for a job file. Every attempt leaves a run artifact. "
        "Exit 0 OK, 3 BLOCKED, 4 ERROR, 5 STORAGE_ERROR, 2 unreadable file, invalid JSON or a refusal before "
        f"anything is recorded (a YELLOW job without {ACK_FLAG} and an operator, an unusable --gcode-out, "
        "a --shop-job this station does not hold), 1 the run is recorded but --gcode-out could not be written.",
        parents=[parents.runs],
    )
    p.add_argument("job", help="job file (JSON)")
    p.add_argument("--operator", help="operator name recorded in the artifact (default: the settings file's)")
    p.add_argument(
        ACK_FLAG,
        action="store_true",
        help="generate a YELLOW job: the operator acknowledges its warnings (recorded in the artifact)",
    )
    p.add_argument("--gcode-out", help="also write the G-code here, atomically (only when OK)")
    p.add_argument("--overwrite", action="store_true", help="let --gcode-out replace an existing file")
    p.add_argument("--shop-job", metavar="JOB_ID", help="generate under this shop job order (claimed by this station)")
