"""Qt's own model tester, failing a test at the step that broke the model.

The C++ ``QAbstractItemModelTester`` (what pytest-qt's ``qtmodeltester.check`` runs) reports a
broken model only by a Qt warning starting with "FAIL!" and goes on. pytest-qt 4.5 fails the
test for it afterwards (its report hook looks for the "qt.modeltest" category); this helper reads
the same warnings from ``qtlog`` so a test can also say which step broke the model
(``assert_clean``), and the ``model_tester`` fixture checks once more at the end.
tests/gui/test_model_tester_ketat.py proves both on a model broken on purpose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester

_MODE = QAbstractItemModelTester.FailureReportingMode.Warning


class StrictModelTester:
    def __init__(self, qtlog: Any) -> None:  # noqa: ANN401 (pytest-qt's log fixture)
        self._qtlog = qtlog
        # The testers live as long as this object: each one checks its model on every signal.
        self._testers: list[QAbstractItemModelTester] = []

    def check(self, model: QAbstractItemModel) -> None:
        """Check ``model`` now and on every signal it sends from here on."""
        self._testers.append(QAbstractItemModelTester(model, _MODE))
        self.assert_clean()

    def failures(self) -> list[str]:
        """What the testers reported so far."""
        return [r.message for r in self._qtlog.records if r.message.startswith("FAIL!")]

    def assert_clean(self) -> None:
        gagal = self.failures()
        if gagal:  # not a bare assert: this module's asserts are not rewritten by pytest
            raise AssertionError("Qt's model tester reported:\n" + "\n".join(gagal))
