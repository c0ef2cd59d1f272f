"""What every store is, on either engine: one transaction per user action, reads, its name.

``store.py`` (a SQLite file) and ``server.py`` (PostgreSQL) each say only what differs: how a
write gets its connection (SQLite: the store's write lock and ``BEGIN IMMEDIATE``) and how the
engine's failures are said in words. Everything above (mapper, repo, session, reports, commands)
holds a ``Store``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlmodel import Session


class Store(ABC):
    """An open store. Use ``transaction()`` for every write and ``read()`` for reads."""

    # True for a store on a database server (``ikudesk.persistence.server.ServerStore``).
    server = False

    def __init__(self, path: Path, engine: Engine, upgrade_copy: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.upgrade_copy = upgrade_copy

    @property
    def name(self) -> str:
        """What to call the store in a message (a file's path; a server URL without password)."""
        return str(self.path)

    @abstractmethod
    def _in_words(self, kerja: str) -> AbstractContextManager[None]:
        """The engine's failures inside as a ``StoreError`` in words (``kerja``: "ditulis"…);
        a failing transaction has been rolled back before this sees it."""

    @contextmanager
    def _write_connection(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside is committed together, or nothing is."""
        with (
            self._in_words("ditulis"),
            self._write_connection() as conn,
            Session(bind=conn, expire_on_commit=False) as session,
        ):
            yield session
            session.commit()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with (
            self._in_words("dibaca"),
            self.engine.connect() as conn,
            Session(bind=conn) as session,
        ):
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
