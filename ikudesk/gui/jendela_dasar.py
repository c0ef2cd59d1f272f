"""What the menus that other modules install see of the main window.

``main_window`` imports those modules (Excel, Word import, Tahunan, Dokumen) and hands them
itself; they cannot import it back, so they name this base class, which declares the parts
they use. No behaviour of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # type names only: the window module imports this one
    from ikudesk.gui.controller import DocumentController
    from ikudesk.gui.forms.ui_main_window import Ui_MainWindow


class JendelaDasar(QMainWindow):
    """The main window's base: its compiled form (``ui``) and its controller (``ctl``)."""

    ui: Ui_MainWindow
    ctl: DocumentController

    def _kait(self, fn: Callable[[Any, DocumentController], object]) -> None:
        """Call the menu hook ``fn(window, controller)``, showing its message when it is
        refused (the window implements it)."""
        raise NotImplementedError
