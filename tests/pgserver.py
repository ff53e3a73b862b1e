"""A throwaway PostgreSQL server for tests: Debian's ``initdb`` + ``pg_ctl`` on a free
loopback port in a temporary directory, stopped and deleted afterwards.

PostgreSQL refuses to run as root, and CI runs as root: then the cluster is created and
run as the ``postgres`` system user (which Debian's package creates) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` live: env RASD_PG_BIN, else Debian's newest
    /usr/lib/postgresql/<version>/bin, else the PATH."""
    if os.environ.get("RASD_PG_BIN"):
        return Path(os.environ["RASD_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.bin = bin_dir()
        self.dir: Path | None = None
        self.port = 0
        self._runas: list[str] = []

    @property
    def available(self) -> bool:
        return self.bin is not None and (self.bin / "initdb").exists()

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self._runas, *args], capture_output=True, text=True, check=check,
                              timeout=120)

    def start(self) -> "PgServer":
        assert self.bin is not None
        self.dir = Path(tempfile.mkdtemp(prefix="rasd-pg-"))
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self._runas = ["runuser", "-u", "postgres", "--"]
        data = self.dir / "data"
        try:
            self._run(str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "rasd",
                      "-E", "UTF8", "--no-locale", "--no-sync")
            for _ in range(5):  # a port found free may be taken before the server binds it
                self.port = free_port()
                opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
                        " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                        " -c max_connections=200")
                r = self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", opts,
                              "-l", str(self.dir / "log"), "-w", "-t", "60", "start", check=False)
                if r.returncode == 0:
                    return self
            raise RuntimeError(f"pg_ctl start failed: {r.stderr or r.stdout}\n{self.log()}")
        except BaseException:
            self.stop()
            raise

    def log(self) -> str:
        try:
            return (self.dir / "log").read_text(errors="replace")[-2000:] if self.dir else ""
        except OSError:
            return ""

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://rasd@127.0.0.1:{self.port}/{dbname}"

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        if self.dir is None:
            return
        if (self.dir / "data" / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate",
                      "-w", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
