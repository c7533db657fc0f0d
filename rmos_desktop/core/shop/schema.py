"""The shop server's schema as numbered migrations; `migrate` applies the missing ones (idempotent).

Records pushed by stations (ledger lines, the files they name, the run rows derived from artifacts) are
insert-only: a trigger refuses UPDATE, DELETE and TRUNCATE on them, whoever asks, and the application role gets
only SELECT and INSERT. Each ledger line must extend its station's chain on the server (seq = last + 1,
prev = last hash, hash = SHA-256 of the line's canonical body): a trigger checks that too, under a row lock on the
station, so two pushes of one station cannot interleave.
"""

from __future__ import annotations

from dataclasses import dataclass

APP_ROLE = "rmos_app"
GENESIS = "0" * 64


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_V1_RECORDS = r"""
CREATE TABLE stations (
    station text PRIMARY KEY CHECK (station ~ '^[a-z0-9][a-z0-9_.-]{0,31}$'),
    registered_at timestamptz NOT NULL DEFAULT now()
);

-- The keys a station signs with. The first is registered at the station's first sync; a later one only by
-- `rmos shop stations trust` (an administrator). Rows are never changed: the newest row is in force.
CREATE TABLE station_keys (
    station text NOT NULL REFERENCES stations,
    key_id text NOT NULL CHECK (key_id ~ '^[0-9A-F]{16}$'),
    public_key text NOT NULL,
    trusted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    trusted_by text NOT NULL,
    PRIMARY KEY (station, key_id)
);

CREATE TABLE ledger_lines (
    station text NOT NULL REFERENCES stations,
    seq bigint NOT NULL CHECK (seq >= 1),
    kind text NOT NULL,
    run_id text,
    path text,
    sha256 text,
    prev text NOT NULL,
    hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    body text NOT NULL,  -- the line's canonical JSON without hash and sig: sha256(body) = hash
    sig jsonb,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station, seq)
);

-- The record files a line names (the artifact, its .nc sidecar, a review, an export record, a checkpoint).
CREATE TABLE record_files (
    station text NOT NULL,
    seq bigint NOT NULL,
    path text NOT NULL,
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content bytea NOT NULL,
    PRIMARY KEY (station, seq, path),
    FOREIGN KEY (station, seq) REFERENCES ledger_lines
);

-- One row per artifact, derived from it by the pushing station and re-derived by `rmos shop verify`.
CREATE TABLE runs (
    station text NOT NULL,
    run_id text NOT NULL CHECK (run_id ~ '^[0-9a-f]{32}$'),
    seq bigint NOT NULL,
    created_at timestamptz NOT NULL,
    status text NOT NULL,
    risk_level text,
    mode text,
    tool_id text,
    material text,
    operator text,
    job_name text,
    order_ref text,
    request_sha256 text,
    artifact_sha256 text NOT NULL,
    shop_job text,
    search text NOT NULL DEFAULT '',
    row jsonb NOT NULL,  -- the run as `rmos runs list` shows it (the index's row of the artifact)
    PRIMARY KEY (station, run_id),
    FOREIGN KEY (station, seq) REFERENCES ledger_lines
);
CREATE INDEX runs_newest ON runs (created_at DESC, station DESC, run_id DESC);
CREATE INDEX runs_station_newest ON runs (station, created_at DESC, run_id DESC);
CREATE INDEX runs_status_newest ON runs (status, created_at DESC);

-- Reviews name the run, its station and the artifact's SHA-256; the reviewer's own station pushed them.
CREATE TABLE reviews (
    station text NOT NULL,
    seq bigint NOT NULL,
    run_station text NOT NULL,
    run_id text NOT NULL,
    artifact_sha256 text,
    outcome text NOT NULL,
    reviewer text NOT NULL,
    reviewed_at timestamptz NOT NULL,
    note text NOT NULL DEFAULT '',
    PRIMARY KEY (station, seq),
    FOREIGN KEY (station, seq) REFERENCES ledger_lines
);
CREATE INDEX reviews_run ON reviews (run_id);

CREATE FUNCTION rmos_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rmos: % on % refused: shop records are insert-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE FUNCTION rmos_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    body jsonb;
BEGIN
    PERFORM 1 FROM stations WHERE station = NEW.station FOR UPDATE;
    SELECT seq, hash INTO last_seq, last_hash FROM ledger_lines
        WHERE station = NEW.station ORDER BY seq DESC LIMIT 1;
    IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF NEW.seq <> last_seq + 1 OR NEW.prev <> last_hash THEN
        RAISE EXCEPTION 'rmos: line % of station % does not extend the server''s copy (server has % lines, head %)',
            NEW.seq, NEW.station, last_seq, left(last_hash, 16)
            USING ERRCODE = 'check_violation';
    END IF;
    IF encode(sha256(convert_to(NEW.body, 'UTF8')), 'hex') <> NEW.hash THEN
        RAISE EXCEPTION 'rmos: line % of station %: its hash does not match its content', NEW.seq, NEW.station
            USING ERRCODE = 'check_violation';
    END IF;
    body := NEW.body::jsonb;
    IF (body->>'seq')::bigint IS DISTINCT FROM NEW.seq OR body->>'prev' IS DISTINCT FROM NEW.prev
        OR body->>'kind' IS DISTINCT FROM NEW.kind OR body->>'path' IS DISTINCT FROM NEW.path
        OR body->>'sha256' IS DISTINCT FROM NEW.sha256 OR body->>'run_id' IS DISTINCT FROM NEW.run_id THEN
        RAISE EXCEPTION 'rmos: line % of station %: its columns disagree with its body', NEW.seq, NEW.station
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION rmos_file_matches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF encode(sha256(NEW.content), 'hex') <> NEW.sha256 THEN
        RAISE EXCEPTION 'rmos: file % of station % does not match its SHA-256', NEW.path, NEW.station
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ledger_lines_extend BEFORE INSERT ON ledger_lines FOR EACH ROW EXECUTE FUNCTION rmos_extend_chain();
CREATE TRIGGER record_files_match BEFORE INSERT ON record_files FOR EACH ROW EXECUTE FUNCTION rmos_file_matches();
"""

_INSERT_ONLY_TABLES = ("stations", "station_keys", "ledger_lines", "record_files", "runs", "reviews")

_V1_GUARDS = "\n".join(
    f"CREATE TRIGGER {t}_insert_only BEFORE UPDATE OR DELETE ON {t} FOR EACH ROW EXECUTE FUNCTION rmos_insert_only();\n"
    f"CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t} FOR EACH STATEMENT EXECUTE FUNCTION rmos_insert_only();"
    for t in _INSERT_ONLY_TABLES
)

_V2_JOBS = r"""
-- Job orders after OPC 40001-3 (Machinery Job Management): NotAllowedToStart, AllowedToStart, Running,
-- Interrupted, Ended, Aborted.
CREATE TABLE job_orders (
    job_id uuid PRIMARY KEY,
    order_ref text NOT NULL,
    job_name text NOT NULL DEFAULT '',
    job jsonb NOT NULL,
    request_sha256 text NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
    quantity integer NOT NULL CHECK (quantity > 0),
    quantity_done integer NOT NULL DEFAULT 0 CHECK (quantity_done >= 0),
    due date,
    state text NOT NULL DEFAULT 'AllowedToStart' CHECK (state IN
        ('NotAllowedToStart', 'AllowedToStart', 'Running', 'Interrupted', 'Ended', 'Aborted')),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL
);
CREATE INDEX job_orders_open ON job_orders (state, due, created_at);

-- At most one holder per order: the primary key makes a second claim conflict, and the claim statement takes
-- the row over only when its lease has run out (one INSERT .. ON CONFLICT, decided by PostgreSQL).
CREATE TABLE job_claims (
    job_id uuid PRIMARY KEY REFERENCES job_orders,
    station text NOT NULL,
    claimed_at timestamptz NOT NULL,
    lease_until timestamptz NOT NULL
);

CREATE TABLE job_events (
    id bigserial PRIMARY KEY,
    job_id uuid NOT NULL REFERENCES job_orders,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    event text NOT NULL,
    station text,
    by_name text,
    detail jsonb NOT NULL DEFAULT '{}'
);
CREATE TRIGGER job_events_insert_only BEFORE UPDATE OR DELETE ON job_events
    FOR EACH ROW EXECUTE FUNCTION rmos_insert_only();
"""

_V3_WITNESS = r"""
-- Station checkpoints the shop has checked against its copy of that station's chain, with the shop's cosignature.
CREATE TABLE cosigned_checkpoints (
    station text NOT NULL REFERENCES stations,
    size bigint NOT NULL,
    head text NOT NULL,
    checkpoint text NOT NULL,
    cosigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station, size)
);
CREATE TRIGGER cosigned_checkpoints_insert_only BEFORE UPDATE OR DELETE ON cosigned_checkpoints
    FOR EACH ROW EXECUTE FUNCTION rmos_insert_only();
"""

_V4_LISTING = r"""
-- The office listing counts each run's exports and finds text anywhere in a run: an index for the first, and a
-- trigram index for the second where the server has pg_trgm (a standard contrib module; without it, text search
-- still works, by scanning).
CREATE INDEX ledger_lines_exports ON ledger_lines (station, run_id) WHERE kind = 'export';
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX runs_search_trgm ON runs USING gin (search gin_trgm_ops);
    END IF;
END $$;
"""

_V5_STATION_STATUS = r"""
-- "this station's BLOCKED runs, newest first" (the office's most common filter) without scanning the station
CREATE INDEX runs_station_status_newest ON runs (station, status, created_at DESC, run_id DESC);
"""

_V6_REVIEWS_HOME = r"""
-- each station's sync asks for the reviews of its runs made on other stations, after the last it holds
CREATE INDEX reviews_run_station ON reviews (run_station, station, seq);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "insert-only records and chains", _V1_RECORDS + _V1_GUARDS),
    Migration(2, "job orders and claims", _V2_JOBS),
    Migration(3, "cosigned checkpoints", _V3_WITNESS),
    Migration(4, "listing indexes", _V4_LISTING),
    Migration(5, "station and status index", _V5_STATION_STATUS),
    Migration(6, "reviews by the run's station", _V6_REVIEWS_HOME),
)
LATEST = MIGRATIONS[-1].version

_GRANTS = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
        CREATE ROLE {APP_ROLE} NOLOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO {APP_ROLE};
REVOKE ALL ON {", ".join(_INSERT_ONLY_TABLES)}, cosigned_checkpoints, job_events FROM {APP_ROLE};
GRANT SELECT, INSERT ON {", ".join(_INSERT_ONLY_TABLES)}, cosigned_checkpoints, job_events TO {APP_ROLE};
GRANT SELECT, INSERT, UPDATE ON job_orders TO {APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON job_claims TO {APP_ROLE};
GRANT USAGE ON SEQUENCE job_events_id_seq TO {APP_ROLE};
GRANT SELECT ON rmos_schema TO {APP_ROLE};
"""


@dataclass(frozen=True)
class MigrateResult:
    before: int
    after: int
    applied: tuple[int, ...]


def schema_version(conn) -> int:
    exists = conn.execute("SELECT to_regclass('rmos_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM rmos_schema").fetchone()[0]


def migrate(conn) -> MigrateResult:
    """Create or bring the schema up to date in one transaction, under an advisory lock, so two `rmos shop init`
    at once cannot both apply a migration. Re-running is harmless. The application role `rmos_app` gets only the
    rights the app needs; grant it to the login roles of the workstations (README: shop set-up)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('rmos_schema'))")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS rmos_schema (version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        before = schema_version(conn)
        if before > LATEST:
            raise RuntimeError(
                f"the shop database has schema version {before}, newer than this app knows ({LATEST}): update RMOS"
            )
        applied = []
        for migration in MIGRATIONS:
            if migration.version > before:
                conn.execute(migration.sql)
                conn.execute(
                    "INSERT INTO rmos_schema (version, name) VALUES (%s, %s)", (migration.version, migration.name)
                )
                applied.append(migration.version)
        conn.execute(_GRANTS)
    return MigrateResult(before, LATEST, tuple(applied))
