"""The sasaran page: its uraian."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NodeKind
from ikudesk.domain.model import Sasaran
from ikudesk.gui.editors.fields import atur_teks, ikat_paragraf
from ikudesk.gui.editors.halaman import Halaman
from ikudesk.gui.forms.ui_editor_sasaran import Ui_EditorSasaran

__all__ = ["HalamanSasaran"]


class HalamanSasaran(Halaman):
    jenis = NodeKind.SASARAN

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        form = QWidget()
        self.ui = Ui_EditorSasaran()
        self.ui.setupUi(form)
        super().__init__(controller, form, parent)
        ikat_paragraf(self.ui.uraianEdit, lambda t: self.ubah(Field.SASARAN_URAIAN, t))

    def field_awal(self) -> QWidget | None:
        return self.ui.uraianEdit

    def muat(self, node: Sasaran) -> None:
        atur_teks(self.ui.uraianEdit, node.uraian)
