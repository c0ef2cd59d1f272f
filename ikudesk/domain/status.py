"""The statuses of a computed value, shared by the yearly, quarterly and survey computations."""

from __future__ import annotations

OK = "ok"
BELUM_DIISI = "belum_diisi"  # something was not entered yet
TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"  # the numbers are there, the arithmetic has no answer
