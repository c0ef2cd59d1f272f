"""A throwaway PostgreSQL cluster for the test session (loopback only, a free port, a temp folder).

PostgreSQL refuses to run as root (CI runs as root): the cluster then belongs to the
``postgres`` system user the Debian package creates, and initdb/pg_ctl run as that user.
``mulai()`` returns ``None`` with the reason when the server cannot be started, so the tests
that need it are skipped with that reason shown (never silently).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def _bin(nama: str) -> str | None:
    found = shutil.which(nama)
    if found:
        return found
    calon = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{nama}"))
    return calon[-1] if calon else None


def _port_bebas() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ServerUji:
    folder: Path
    port: int
    pengguna: list[str]  # command prefix that runs as the cluster's owner

    @property
    def url_admin(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, db: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{db}"

    def berhenti(self) -> None:
        pg_ctl = _bin("pg_ctl")
        if pg_ctl:
            subprocess.run(
                [
                    *self.pengguna,
                    pg_ctl,
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(self.folder, ignore_errors=True)


def mulai() -> tuple[ServerUji | None, str]:
    """Start a cluster; (server, "") or (None, why not)."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        return None, "PostgreSQL tidak terpasang (initdb/pg_ctl tidak ditemukan)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "paket Python psycopg tidak terpasang"
    pengguna: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="ikudesk-pg-"))
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            return None, "berjalan sebagai root tanpa runuser"
        pengguna = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres", "postgres")
    port = _port_bebas()
    data = folder / "data"
    try:
        subprocess.run(
            [*pengguna, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--locale=C", "--no-sync"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        opsi = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=80"
        )
        subprocess.run(
            [*pengguna, pg_ctl, "-D", str(data), "-o", opsi, "-l", str(folder / "log"), "-w",
             "-t", "60", "start"],
            check=True, capture_output=True, timeout=90,
        )  # fmt: skip
    except (subprocess.SubprocessError, OSError) as e:
        log = folder / "log"
        rinci = log.read_text(errors="replace")[-500:] if log.exists() else ""
        err = getattr(e, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"server PostgreSQL uji gagal dijalankan: {e} {err[-300:]!r} {rinci}"
    server = ServerUji(folder, port, pengguna)
    # Ready for connections over TCP (pg_ctl -w waited for the socket already).
    for _ in range(50):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    return server, ""
