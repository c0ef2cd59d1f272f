"""Showing signed content read-only while a document is ditetapkan (issue 24).

The rule lives in the operations (``domain.penetapan.periksa_terbuka``): whatever a widget
sends is refused there. Here only the look: text fields become read-only, tables stop editing,
choices and buttons are disabled; unlocking gives back exactly what was locked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_BACA_ASLI = "ikuKunciBacaAsli"  # read-only before we locked it
_PEMICU_ASLI = "ikuKunciPemicuAsli"  # a view's edit triggers before we locked it
_DIMATIKAN = "ikuKunciDimatikan"  # disabled by us (not by the page's own logic)


# Read-only text looks read-only (Qt draws it like an editable field otherwise).
GAYA_TERKUNCI = "background: #efefef; color: #303030;"
_GAYA_ASLI = "ikuKunciGayaAsli"


def kunci(akar: Iterable[QWidget], terkunci: bool) -> None:
    """Lock (or unlock) every input inside the widgets ``akar``."""
    for a in akar:
        for w in [a, *a.findChildren(QWidget)]:
            if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
                asli = w.property(_BACA_ASLI)
                if terkunci and asli is None:
                    w.setProperty(_BACA_ASLI, w.isReadOnly())
                    w.setProperty(_GAYA_ASLI, w.styleSheet())
                    w.setReadOnly(True)
                    w.setStyleSheet(f"{w.styleSheet()} {GAYA_TERKUNCI}".strip())
                elif not terkunci and asli is not None:
                    w.setReadOnly(bool(asli))
                    w.setStyleSheet(str(w.property(_GAYA_ASLI) or ""))
                    w.setProperty(_BACA_ASLI, None)
            elif isinstance(w, QAbstractItemView):
                asli = w.property(_PEMICU_ASLI)
                if terkunci and asli is None:
                    w.setProperty(_PEMICU_ASLI, int(w.editTriggers().value))
                    w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                elif not terkunci and asli is not None:
                    w.setEditTriggers(QAbstractItemView.EditTrigger(int(asli)))
                    w.setProperty(_PEMICU_ASLI, None)
            elif isinstance(w, QComboBox | QAbstractButton | QAbstractSpinBox):
                if terkunci and w.isEnabled():
                    w.setProperty(_DIMATIKAN, True)
                    w.setEnabled(False)
                elif not terkunci and w.property(_DIMATIKAN):
                    w.setEnabled(True)
                    w.setProperty(_DIMATIKAN, None)
