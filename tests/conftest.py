"""Shared fixtures: real stores in temporary folders, the sample documents."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display (CI has none); set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ikudesk.files.docfile import baca_file  # noqa: E402
from ikudesk.persistence.repo import save_new_dokumen  # noqa: E402
from ikudesk.persistence.store import Store, open_store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEMUA_CONTOH = sorted((REPO / "data").glob("*.json"))


# Every sample, version 1 and 2: the store carries every key of the document file.
CONTOH = SEMUA_CONTOH


@pytest.fixture(autouse=True)
def _isolasi_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may touch the real user's data folder or store."""
    rumah = tmp_path_factory.mktemp("rumah")
    monkeypatch.setenv("IKUDESK_DB", str(rumah / "bawaan.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(rumah / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(rumah / "config"))
    monkeypatch.setenv("HOME", str(rumah))


@pytest.fixture
def contoh_paths() -> list[Path]:
    return list(CONTOH)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "iku.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    s = open_store(store_path)
    yield s
    s.close()


@pytest.fixture
def store_contoh(store: Store) -> tuple[Store, dict[str, int]]:
    """A store holding the three sample documents; returns it with {file stem: document id}."""
    ids = {p.stem: save_new_dokumen(store, baca_file(p)) for p in CONTOH}
    return store, ids


# --- PostgreSQL: one throwaway cluster for the whole session (tests/support/pgserver.py) -----


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """The test cluster; tests needing it are skipped, with the reason shown, if it cannot run."""
    from tests.support.pgserver import mulai

    server, alasan = mulai()
    if server is None:
        pytest.skip(f"PostgreSQL tidak tersedia: {alasan}")
    yield server
    server.berhenti()


_pg_nomor = iter(range(1, 1_000_000))


def pg_db_baru(server: object) -> str:
    """A fresh, empty database on the test cluster; its URL."""
    import psycopg

    nama = f"uji_{os.getpid()}_{next(_pg_nomor)}"
    with psycopg.connect(server.url_admin, autocommit=True) as con:  # type: ignore[attr-defined]
        con.execute(f"CREATE DATABASE {nama} TEMPLATE template0")
    return server.url(nama)  # type: ignore[attr-defined, no-any-return]


@pytest.fixture
def pg_url(pg_server: object) -> str:
    return pg_db_baru(pg_server)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_apa_saja(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store location on each engine: a SQLite path, then a fresh server database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "iku.sqlite")
    return pg_db_baru(request.getfixturevalue("pg_server"))


@pytest.fixture
def store_apa_saja(db_apa_saja: str) -> Iterator[Store]:
    s = open_store(db_apa_saja)
    yield s
    s.close()


# PySide6 can crash (SIGSEGV) while the interpreter tears down Qt objects after the last test,
# turning a green run into exit 139 now and then (seen under load, on main too). The run's
# result is known by then: leave without the teardown, with pytest's own exit status.
_STATUS_AKHIR: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _STATUS_AKHIR.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    if _STATUS_AKHIR and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_STATUS_AKHIR[-1])
