"""The mouse wheel scrolls the page; it changes a value only in the field being typed in.

One application-wide event filter (installed once, by every window that opens): a spin box,
combo box or slider without keyboard focus passes the wheel on to the page it sits on, so
scrolling a long form over "Ukuran huruf tabel" never changes the document. Such widgets no
longer take the focus from the wheel either (Qt's ``WheelFocus``), or the first turn of the
wheel would give them the focus and the second would change them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

__all__ = ["pasang_filter_roda"]


def _pengubah_nilai(obj: QObject) -> bool:
    """A widget the wheel would change a value of (a scroll bar only scrolls)."""
    return isinstance(obj, QAbstractSpinBox | QComboBox | QAbstractSlider) and not isinstance(
        obj, QScrollBar
    )


class FilterRoda(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        t = event.type()
        if t == QEvent.Type.Polish and _pengubah_nilai(obj):
            w = obj
            assert isinstance(w, QWidget)
            if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if t != QEvent.Type.Wheel or not _pengubah_nilai(obj):
            return False
        w = obj
        assert isinstance(w, QWidget)
        if w.hasFocus() or (isinstance(w, QComboBox) and w.view().isVisible()):
            return False  # the field the user is in: the wheel steps its value
        induk = w.parentWidget()
        while induk is not None and not isinstance(induk, QAbstractScrollArea):
            induk = induk.parentWidget()
        if induk is not None:
            QApplication.sendEvent(induk.verticalScrollBar(), event)
        return True  # never the value


_filter: FilterRoda | None = None


def pasang_filter_roda() -> None:
    """Install the filter on the application (once; later calls do nothing)."""
    global _filter
    app = QApplication.instance()
    if app is None or _filter is not None:
        return
    _filter = FilterRoda(app)
    app.installEventFilter(_filter)
