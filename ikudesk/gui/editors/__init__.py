"""The editor panels beside the document tree (see docs/gui-contract.md).

``buat_editor_panel(controller, parent)`` builds an ``EditorPanel``; the main window calls
``panel.tampilkan(jenis, id)`` when the tree selection changes. Pages read through
``controller.node`` and write only through the controller's methods.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from ikudesk.domain.keys import NodeKind
from ikudesk.gui.editors.dokumen import HalamanDokumen
from ikudesk.gui.editors.halaman import Halaman
from ikudesk.gui.editors.indikator import HalamanIndikator
from ikudesk.gui.editors.sasaran import HalamanSasaran
from ikudesk.gui.editors.tujuan import HalamanTujuan

__all__ = ["EditorPanel", "buat_editor_panel"]

JENIS = ("dokumen", "tujuan", "sasaran", "indikator")


class EditorPanel(QStackedWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPanel")
        self.controller = controller
        self.kosong = QLabel(
            "Pilih dokumen, tujuan, sasaran atau indikator di pohon untuk mengubahnya.", self
        )
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kosong.setWordWrap(True)
        self.addWidget(self.kosong)
        self.halaman: dict[NodeKind, Halaman] = {
            h.jenis: h
            for h in (
                HalamanDokumen(controller, self),
                HalamanTujuan(controller, self),
                HalamanSasaran(controller, self),
                HalamanIndikator(controller, self),
            )
        }
        for h in self.halaman.values():
            self.addWidget(h)
        self.jenis: NodeKind | None = None
        controller.structure_changed.connect(self._periksa_masih_ada)
        controller.dokumen_opened.connect(lambda _id: self.tampilkan(None, None))

    def tampilkan(self, jenis: NodeKind | str | None, id_: int | None) -> None:
        """Show the editor of (jenis, id); ``jenis`` None shows the empty page."""
        if jenis is None or id_ is None:
            self.jenis = None
            self.setCurrentWidget(self.kosong)
            return
        if jenis not in self.halaman:
            raise ValueError(f"jenis tidak dikenal: {jenis!r}")
        self.jenis = NodeKind(jenis)
        h = self.halaman[self.jenis]
        h.tampilkan(id_)
        self.setCurrentWidget(h)

    def fokus_awal(self) -> None:
        """The cursor into the shown page's first field."""
        if self.jenis is not None:
            self.halaman[self.jenis].fokus_awal()

    def _periksa_masih_ada(self) -> None:
        # The shown node may have been deleted (or undone away): show nothing rather than a ghost.
        if self.jenis is None:
            return
        h = self.halaman[self.jenis]
        if h.node() is None:
            self.tampilkan(None, None)
        else:
            h.segarkan()


def buat_editor_panel(controller: Any, parent: QWidget | None = None) -> EditorPanel:
    return EditorPanel(controller, parent)
