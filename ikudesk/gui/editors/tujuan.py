"""The tujuan page: uraian and kelompok."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import Tujuan
from ikudesk.gui.editors.fields import atur_teks, ikat_baris, ikat_paragraf
from ikudesk.gui.editors.halaman import Halaman
from ikudesk.gui.forms.ui_editor_tujuan import Ui_EditorTujuan

__all__ = ["HalamanTujuan"]


class HalamanTujuan(Halaman):
    jenis = NodeKind.TUJUAN

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_EditorTujuan()
        self.ui.setupUi(form)
        super().__init__(controller, form, parent)
        ikat_paragraf(self.ui.uraianEdit, lambda t: self.ubah(Field.TUJUAN_URAIAN, t))
        ikat_baris(
            self.ui.kelompokEdit,
            lambda t: self.ubah(Field.TUJUAN_KELOMPOK, t.strip()),
        )

    def field_awal(self) -> QWidget | None:
        return self.ui.uraianEdit

    def muat(self, node: Tujuan) -> None:
        atur_teks(self.ui.uraianEdit, node.uraian)
        atur_teks(self.ui.kelompokEdit, node.kelompok)
