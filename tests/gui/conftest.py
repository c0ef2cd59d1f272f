"""GUI fixtures: a controller on a real store holding the sample documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ikudesk.files.docfile import baca_file
from ikudesk.gui.controller import DocumentController
from ikudesk.gui.main_window import MainWindow
from ikudesk.gui.settings import Pengaturan
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import Store, open_store
from tests.support.model_tester import StrictModelTester


@pytest.fixture
def controller(qtbot, store_contoh) -> Iterator[DocumentController]:  # noqa: ANN001
    store, _ids = store_contoh
    ctl = DocumentController(store)
    yield ctl
    ctl.stack.clear()


@pytest.fixture
def model_tester(qtlog) -> Iterator[StrictModelTester]:  # noqa: ANN001
    """Qt's model tester on the models a test hands it; any "FAIL!" it logs fails the test."""
    tester = StrictModelTester(qtlog)
    yield tester
    tester.assert_clean()


@pytest.fixture
def ids_contoh(store_contoh: tuple[Store, dict[str, int]]) -> dict[str, int]:
    return store_contoh[1]


# The main window on a store of every sample, opened on Sumber Harta 2023 at 1024×600 (the
# yearly pages' keyboard tests); a module may define its own ``jendela`` instead.
@pytest.fixture
def jendela(qtbot, tmp_path: Path, contoh_paths) -> Iterator[tuple[MainWindow, dict[str, int]]]:  # noqa: ANN001
    store: Store = open_store(tmp_path / "iku.sqlite")
    ids = {p.stem: save_new_dokumen(store, baca_file(p)) for p in contoh_paths}
    w = MainWindow(DocumentController(store), Pengaturan(tmp_path / "pengaturan"))
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    w.buka_awal(ids["sumber-harta-2023"])
    yield w, ids
    w.ctl.stack.clear()
    for c in w.findChildren(QWidget):
        if c.isWindow() and c is not w:
            c.hide()
    w.hide()
    store.close()
