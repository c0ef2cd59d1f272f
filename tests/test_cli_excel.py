"""``ikudesk xlsx``, ``xlsx-form``, ``xlsx-import`` and ``sipd-import`` on a real store: exit
codes, Indonesian messages, nothing stored without confirmation, one operation per import."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ikudesk.cli import main
from ikudesk.files.docfile import ke_json
from ikudesk.persistence.repo import muat_dokumen
from ikudesk.persistence.store import buka_store
from tests.support.excel import buat_lampiran_sipd
from tests.support.excel_alat import CONTOH_V2, isi_formulir

K_REALISASI, K1 = 9, 11


def _jalankan(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = main(list(argv))
    out, err = capsys.readouterr()
    return kode, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "iku.sqlite")
    assert _jalankan(capsys, "import", str(CONTOH_V2), "--db", path)[0] == 0
    assert _jalankan(capsys, "import", str(CONTOH_V2), "--db", path)[0] == 0  # document 2
    return path


def _json(db: str, dokumen_id: int = 1) -> str:
    with buka_store(db) as store:
        return ke_json(muat_dokumen(store, dokumen_id))


def _id(db: str, kode: str) -> int:
    with buka_store(db) as store:
        dok = muat_dokumen(store, 1)
    return next(i.id for i in dok.semua_indikator() if i.kode == kode and i.id is not None)


def test_xlsx(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keluar = tmp_path / "iku.xlsx"
    kode, _, err = _jalankan(capsys, "xlsx", "1", str(keluar), "--tahun", "2023", "--db", db)
    assert kode == 0 and "diekspor ke" in err
    assert "Triwulan 2023" in load_workbook(keluar).sheetnames
    kode, _, err = _jalankan(capsys, "xlsx", "9", str(keluar), "--db", db)
    assert kode == 2 and "ikudesk: " in err and "Traceback" not in err


def test_formulir_bolak_balik_tanpa_perubahan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sebelum = _json(db)
    for tw in ("1", "2", "3", "4"):
        f = tmp_path / f"f{tw}.xlsx"
        argv = ("xlsx-form", "1", str(f), "--tahun", "2023", "--triwulan", tw, "--db", db)
        assert _jalankan(capsys, *argv)[0] == 0
        kode, _, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--ya", "--db", db)
        assert kode == 0 and "tidak ada nilai yang berubah" in err, err
    assert _json(db) == sebelum


def test_impor_konfirmasi_lalu_sekali_saja(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "f.xlsx"
    argv = ("xlsx-form", "1", str(f), "--tahun", "2023", "--triwulan", "2")
    assert _jalankan(capsys, *argv, "--penanggung-jawab", "CAMAT", "--db", db)[0] == 0
    iku2, iku4 = _id(db, "IKU 2"), _id(db, "IKU 4")
    isi_formulir(f, {(iku2, K1): "8", (iku4, K1): 3.5}, balik=True)
    sebelum, dok2 = _json(db), _json(db, 2)

    monkeypatch.setattr("sys.stdin", io.StringIO("t\n"))
    kode, out, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--db", db)
    assert kode == 2 and "Impor dibatalkan; tidak ada yang disimpan" in err
    assert "komponen 'ditindaklanjuti' triwulan II 2023: 6 → 8" in out
    assert _json(db) == sebelum

    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    kode, out, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--db", db)
    assert kode == 0 and "Perubahan disimpan" in err
    with buka_store(db) as store:
        dok = muat_dokumen(store, 1)
    per_id = {i.id: i for i in dok.semua_indikator()}
    assert per_id[iku2].triwulan[2023].nilai_komponen[2]["ditindaklanjuti"] == Decimal(8)
    assert per_id[iku4].triwulan[2023].nilai_komponen[2] == {
        "pelayanan_ditindaklanjuti": Decimal("3.5")
    }
    sesudah = _json(db)
    kode, _, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--ya", "--db", db)
    assert kode == 0 and "tidak ada nilai yang berubah" in err
    assert _json(db) == sesudah
    assert _json(db, 2) == dok2  # the other document was never involved


def test_impor_ditolak_toko_utuh(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "f.xlsx"
    argv = ("xlsx-form", "1", str(f), "--tahun", "2023", "--triwulan", "2", "--db", db)
    assert _jalankan(capsys, *argv)[0] == 0
    sebelum = (_json(db), _json(db, 2))
    kode, _, err = _jalankan(capsys, "xlsx-import", "2", str(f), "--ya", "--db", db)
    assert kode == 2 and "dibuat untuk dokumen nomor 1" in err
    argv = ("xlsx-import", "1", str(f), "--triwulan", "3", "--ya", "--db", db)
    kode, _, err = _jalankan(capsys, *argv)
    assert kode == 2 and "untuk triwulan II 2023, bukan triwulan III 2023" in err
    isi_formulir(f, {(_id(db, "IKT 1"), K_REALISASI): "1/4"})
    kode, _, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--ya", "--db", db)
    assert kode == 2 and "Isian!I" in err and "bukan angka yang sah" in err
    bukan = tmp_path / "bukan.xlsx"
    bukan.write_bytes(b"%PDF-1.4 bukan excel")
    kode, _, err = _jalankan(capsys, "xlsx-import", "1", str(bukan), "--ya", "--db", db)
    assert kode == 2 and "bukan buku kerja Excel" in err
    assert (_json(db), _json(db, 2)) == sebelum


def test_sipd_import(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lampiran = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    argv = ("sipd-import", "1", str(lampiran), "--tahun", "2023", "--ya", "--db", db)
    kode, out, err = _jalankan(capsys, *argv)
    assert kode == 0, err
    assert out.splitlines()[0].startswith("7.01.01 PROGRAM PENUNJANG")
    assert "Program PK 2023 (2 program) diganti dengan ini." in out
    with buka_store(db) as store:
        pk = muat_dokumen(store, 1).pk(2023, 0)
    assert pk is not None and [p.kode for p in pk.program] == ["7.01.01", "7.01.02"]
    assert pk.program[0].kegiatan[0].sub_kegiatan[1].kode == "7.01.01.2.01.0007"
    sesudah = _json(db)
    kode, _, err = _jalankan(capsys, *argv)
    assert kode == 0 and "Tidak ada yang berubah" in err and _json(db) == sesudah
    # A new PK Perubahan for the year.
    argv = ("sipd-import", "1", str(lampiran), "--tahun", "2023", "--perubahan", "1")
    kode, out, _ = _jalankan(capsys, *argv, "--ya", "--db", db)
    assert kode == 0 and "PK Perubahan ke-1 2023 belum ada; dibuat baru" in out
    with buka_store(db) as store:
        assert muat_dokumen(store, 1).pk(2023, 1) is not None
    kode, _, err = _jalankan(capsys, "sipd-import", "1", str(lampiran), "--tahun", "2040",
                             "--ya", "--db", db)  # fmt: skip
    assert kode == 2 and "di luar periode" in err
