"""The session's operations run on both engines: a SQLite file and a PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ikudesk.persistence.store import Store, open_store


@pytest.fixture
def store(store_apa_saja: Store) -> Iterator[Store]:
    """Overrides the SQLite-only ``store``: every test here runs once per engine."""
    yield store_apa_saja


__all__ = ["open_store"]
