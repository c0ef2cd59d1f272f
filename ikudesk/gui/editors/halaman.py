"""What every editor page shares: a scrolling form, a message line, and saving one field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.penetapan import keterangan_kunci
from ikudesk.errors import IkuError
from ikudesk.gui.kunci import kunci
from ikudesk.session.refs import Ref

__all__ = ["Halaman", "tandai_pesan"]

WARNA_GALAT = "color: #b00000;"


def tandai_pesan(label: QLabel, pesan: str) -> None:
    """Show an error under a field (hidden when there is none)."""
    label.setStyleSheet(WARNA_GALAT)
    label.setText(pesan)
    label.setVisible(bool(pesan))


class Halaman(QWidget):
    """One page of the editor panel: shows one node of ``jenis``; subclasses fill ``form``."""

    jenis: NodeKind  # set by each page

    def __init__(self, controller: Any, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.id: int | None = None
        self.form = form
        self.pesan = QLabel(self)
        self.pesan.setObjectName("pesanHalaman")
        self.pesan.setWordWrap(True)
        self.pesan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tandai_pesan(self.pesan, "")
        # Why the signed content is read-only (a ditetapkan document); hidden otherwise.
        self.kunciLabel = QLabel(self)
        self.kunciLabel.setObjectName("kunciLabel")
        self.kunciLabel.setWordWrap(True)
        self.kunciLabel.setStyleSheet(
            "background: #fff4d6; border: 1px solid #d9b44a; padding: 4px; color: #4a3b00;"
        )
        self.kunciLabel.setVisible(False)
        gulir = QScrollArea(self)
        gulir.setWidgetResizable(True)
        gulir.setFrameShape(QFrame.Shape.NoFrame)
        gulir.setWidget(form)
        self.gulir = gulir
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kunciLabel)
        lay.addWidget(self.pesan)
        lay.addWidget(gulir)
        controller.node_changed.connect(self._node_berubah)
        controller.part_changed.connect(self._bagian_berubah)

    # --- showing -------------------------------------------------------------------------

    def node(self) -> Any:
        """The shown node from the controller's mirror, or None when it is gone."""
        if self.id is None:
            return None
        try:
            return self.controller.node(self.jenis, self.id)
        except (IkuError, KeyError, LookupError):
            return None

    def tampilkan(self, id_: int) -> None:
        if id_ != self.id:
            tandai_pesan(self.pesan, "")
            self.gulir.verticalScrollBar().setValue(0)
        self.id = id_
        self.segarkan()

    def segarkan(self) -> None:
        node = self.node()
        if node is not None:
            # Unlock first so that the page sets its own states, then lock what is signed.
            kunci(self.bagian_ditetapkan(), False)
            self.muat(node)
            self._terapkan_kunci()

    def bagian_ditetapkan(self) -> list[QWidget]:
        """The widgets holding signed content (FORMAT.md), locked while ditetapkan: by
        default the whole form (every field of a tujuan, a sasaran, the document)."""
        return [self.form]

    def terkunci(self) -> bool:
        dok = self.controller.dokumen
        return bool(dok is not None and dok.ditetapkan)

    def _terapkan_kunci(self) -> None:
        dok, session = self.controller.dokumen, self.controller.session
        diubah = session is not None and session.signed_content_changed() is not None
        teks = keterangan_kunci(dok, diubah) if dok is not None else ""
        kunci(self.bagian_ditetapkan(), bool(teks))
        self.kunciLabel.setText(teks)
        self.kunciLabel.setVisible(bool(teks))

    def _bagian_berubah(self, bagian: str, _n: int) -> None:
        if bagian == "penetapan" and self.isVisible():
            self.segarkan()

    def muat(self, node: Any) -> None:
        raise NotImplementedError

    def field_awal(self) -> QWidget | None:
        """The field a user types first on this page (its name or uraian)."""
        return None

    def fokus_awal(self) -> None:
        w = self.field_awal()
        if w is not None and w.isEnabled():
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(w, "selectAll"):
                w.selectAll()

    def _node_berubah(self, ref: Ref) -> None:
        if ref == (self.jenis, self.id) and self.isVisible():
            self.segarkan()

    def showEvent(self, event: Any) -> None:
        # A page hidden while its node changed (e.g. undo from another page) catches up here.
        self.segarkan()
        super().showEvent(event)

    # --- saving --------------------------------------------------------------------------

    def galat(self, pesan: str) -> None:
        tandai_pesan(self.pesan, pesan)

    def ubah(self, field: Field, nilai: Any, teks: str = "") -> bool:
        """Save one field through the controller; nothing when it already holds ``nilai``.

        Returns False when the controller refused (its message is shown at the top).
        """
        node = self.node()
        if node is None or self.id is None:
            return False
        if field.get(node) == nilai:
            return True
        try:
            self.controller.set_field(self.id, field, nilai, teks)
        except IkuError as e:
            self.galat(e.pesan)
            self.segarkan()
            return False
        tandai_pesan(self.pesan, "")
        return True
