"""Helpers for the Excel tests: documents with ids, filling a form as a seksi head would,
LibreOffice headless."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ikudesk.domain.model import Dokumen
from ikudesk.files.docfile import baca_file
from ikudesk.files.xlsx_form import K_KUNCI, SHEET_ISIAN, SHEET_KUNCI

AKAR = Path(__file__).resolve().parents[2]
CONTOH_V2 = AKAR / "data" / "sumber-harta-2023.json"


def dengan_id(dok: Dokumen, dokumen_id: int = 7) -> Dokumen:
    """Give a document read from a file the ids a store would (for tests without a store)."""
    dok.id = dokumen_id
    n = itertools.count(1)
    for ind in dok.semua_indikator():
        ind.id = next(n)
    return dok


def contoh_v2(dokumen_id: int = 7) -> Dokumen:
    return dengan_id(baca_file(CONTOH_V2), dokumen_id)


def baris_awal(path: Path) -> int:
    wb = load_workbook(path)
    ws = wb[SHEET_KUNCI]
    meta = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(1, 12)}
    return int(meta["baris_awal"])


def baris_indikator(path: Path) -> dict[int, int]:
    """Indicator id → its row in the form sheet."""
    wb = load_workbook(path)
    ws = wb[SHEET_ISIAN]
    awal = baris_awal(path)
    return {
        ws.cell(row=r, column=K_KUNCI).value: r
        for r in range(awal, ws.max_row + 1)
        if isinstance(ws.cell(row=r, column=K_KUNCI).value, int)
    }


def isi_formulir(path: Path, isian: dict[tuple[int, int], Any], balik: bool = False) -> None:
    """Write ``isian`` ((indicator id, column) → value) into the form as a user would;
    ``balik``: first sort the data rows in reverse order (every cell of each row moves)."""
    wb = load_workbook(path)
    ws = wb[SHEET_ISIAN]
    awal = baris_awal(path)
    akhir = ws.max_row
    if balik:
        isi = [
            [ws.cell(row=r, column=c).value for c in range(1, ws.max_column + 1)]
            for r in range(awal, akhir + 1)
        ]
        for i, row in enumerate(reversed(isi)):
            for c, v in enumerate(row, start=1):
                ws.cell(row=awal + i, column=c).value = v
    baris = {
        ws.cell(row=r, column=K_KUNCI).value: r
        for r in range(awal, akhir + 1)
        if ws.cell(row=r, column=K_KUNCI).value is not None
    }
    for (iid, kolom), nilai in isian.items():
        ws.cell(row=baris[iid], column=kolom).value = nilai
    wb.save(path)


def simpan_nilai_rumus(path: Path, sel: str, nilai: str) -> None:
    """Give a formula cell a cached value, as Excel does when it saves (openpyxl cannot)."""
    sementara = path.with_suffix(".tmp.xlsx")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(sementara, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                teks = data.decode("utf-8")
                teks, n = re.subn(
                    # openpyxl writes "<v />", or "<v></v>" when it writes through lxml
                    rf'(<c r="{sel}"[^>]*>\s*<f>[^<]*</f>)\s*(?:<v\s*/>|<v></v>)',
                    rf"\1<v>{nilai}</v>",
                    teks,
                )
                assert n == 1, f"sel rumus {sel} tidak ditemukan"
                data = teks.encode("utf-8")
            zout.writestr(info, data)
    sementara.replace(path)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
perlu_libreoffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) tidak terpasang: pasang libreoffice-calc "
    "(scripts/test memasangnya)",
)


def libreoffice(berkas: Path, ke: str, keluar: Path) -> subprocess.CompletedProcess[str]:
    """Convert ``berkas`` headless with a profile of its own (parallel runs do not collide)."""
    assert SOFFICE is not None
    profil = keluar / "profil-lo"
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profil.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            ke,
            "--outdir",
            str(keluar),
            str(berkas),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
