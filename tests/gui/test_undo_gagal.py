"""An undo or redo the store refuses (another window holds the write lock) changes nothing:
not the store, not the mirror, and not the undo stack — so no later edit can drop the redo
branch that holds, e.g., the only snapshot of a deleted subtree."""

from __future__ import annotations

import sqlite3

from ikudesk.files.docfile import ke_json
from ikudesk.gui.controller import DocumentController
from ikudesk.persistence.repo import load_dokumen


def _kunci_tulis(path) -> sqlite3.Connection:  # noqa: ANN001
    con = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    con.execute("BEGIN IMMEDIATE")
    return con


def test_undo_yang_gagal_tidak_menggeser_tumpukan(qtbot, store_contoh) -> None:
    store, ids = store_contoh
    ctl = DocumentController(store)
    ctl.open(ids["sumber-harta"])
    utuh = ke_json(load_dokumen(store, ids["sumber-harta"]))
    ctl.remove("tujuan", ctl.dokumen.tujuan[0].id)
    setelah_hapus = ke_json(load_dokumen(store, ids["sumber-harta"]))
    pesan: list[str] = []
    ctl.message.connect(pesan.append)

    # Another IKU Desk process holds the write lock while the user presses Ctrl+Z (the store
    # waits its busy timeout, 10 s, then gives up).
    lain = _kunci_tulis(store.path)
    try:
        ctl.stack.undo()
        qtbot.waitUntil(lambda: ctl.stack.index() == 1, timeout=20000)
    finally:
        lain.execute("ROLLBACK")
        lain.close()
    assert pesan and pesan[-1].startswith("Gagal")
    assert ke_json(load_dokumen(store, ids["sumber-harta"])) == setelah_hapus
    assert ctl.stack.canUndo() and not ctl.stack.canRedo()

    # The lock is gone: the same undo now brings the subtree back, ids and all.
    ctl.stack.undo()
    assert ke_json(load_dokumen(store, ids["sumber-harta"])) == utuh
    assert ke_json(ctl.dokumen) == utuh
