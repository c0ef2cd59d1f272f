"""GUI fixtures: a controller on a real store holding the sample documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ikudesk.gui.controller import DocumentController
from ikudesk.persistence.store import Store


@pytest.fixture
def controller(qtbot, store_contoh) -> Iterator[DocumentController]:  # noqa: ANN001
    store, _ids = store_contoh
    ctl = DocumentController(store)
    yield ctl
    ctl.stack.clear()


@pytest.fixture
def ids_contoh(store_contoh: tuple[Store, dict[str, int]]) -> dict[str, int]:
    return store_contoh[1]
