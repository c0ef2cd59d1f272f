"""``ikudesk xlsx``, ``xlsx-form``, ``xlsx-import`` and ``sipd-import`` on a real store: exit
codes, Indonesian messages, nothing stored without confirmation, one operation per import."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ikudesk.cli import main
from ikudesk.domain.keys import NilaiKey
from ikudesk.files.docfile import ke_json
from ikudesk.persistence.repo import load_dokumen
from ikudesk.persistence.store import open_store
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
    with open_store(db) as store:
        return ke_json(load_dokumen(store, dokumen_id))


def _id(db: str, kode: str) -> int:
    with open_store(db) as store:
        dok = load_dokumen(store, 1)
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
    with open_store(db) as store:
        dok = load_dokumen(store, 1)
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
    with open_store(db) as store:
        pk = load_dokumen(store, 1).pk(2023, 0)
    assert pk is not None and [p.kode for p in pk.program] == ["7.01.01", "7.01.02"]
    assert pk.program[0].kegiatan[0].sub_kegiatan[1].kode == "7.01.01.2.01.0007"
    sesudah = _json(db)
    kode, _, err = _jalankan(capsys, *argv)
    assert kode == 0 and "Tidak ada yang berubah" in err and _json(db) == sesudah
    # A new PK Perubahan for the year.
    argv = ("sipd-import", "1", str(lampiran), "--tahun", "2023", "--perubahan", "1")
    kode, out, _ = _jalankan(capsys, *argv, "--ya", "--db", db)
    assert kode == 0 and "PK Perubahan ke-1 2023 belum ada; dibuat baru" in out
    with open_store(db) as store:
        assert load_dokumen(store, 1).pk(2023, 1) is not None
    kode, _, err = _jalankan(capsys, "sipd-import", "1", str(lampiran), "--tahun", "2040",
                             "--ya", "--db", db)  # fmt: skip
    assert kode == 2 and "di luar periode" in err


# --------------------------------------------------------------------------- issue 22 item 7


def _tulis_lain(db: str, indikator_id: int, nilai: Decimal) -> None:
    """A second writer (another window or program) sets one quarter's realisasi."""
    from ikudesk.persistence.repo import SqlRepository
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.operations import SetNilai

    with open_store(db) as store:
        lain = DocumentSession.open(SqlRepository(store), 1)
        lain.apply(SetNilai(NilaiKey.realisasi(indikator_id, 2023, 2), nilai))


def _realisasi(db: str, indikator_id: int) -> Decimal | None:
    with open_store(db) as store:
        ind = next(i for i in load_dokumen(store, 1).semua_indikator() if i.id == indikator_id)
    tw = ind.triwulan.get(2023)
    return tw.realisasi.get(2) if tw else None


def _kosong_di_formulir(db: str, kecuali: int) -> int:
    """An indicator the form shows with an empty realisasi cell (nothing to change there)."""
    with open_store(db) as store:
        dok = load_dokumen(store, 1)
    return next(
        i.id
        for i in dok.semua_indikator()
        if i.id is not None
        and i.id != kecuali
        and not i.pakai_rumus
        and not i.survei_ikm
        and (2023 not in i.triwulan or 2 not in i.triwulan[2023].realisasi)
    )


def test_impor_ya_penulis_kedua_antara_pratinjau_dan_simpan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``xlsx-import --ya`` stores the step it listed or nothing: a second writer stores a value
    right after the file was read against the document (the moment the list is made). Before,
    the step was built again from a second read, and that value — in no line of the list — was
    cleared (the form's cell is empty)."""
    import ikudesk.files.xlsx_form as xlsx_form

    f = tmp_path / "f.xlsx"
    argv = ("xlsx-form", "1", str(f), "--tahun", "2023", "--triwulan", "2", "--db", db)
    assert _jalankan(capsys, *argv)[0] == 0
    ikt1 = _id(db, "IKT 1")
    lain = _kosong_di_formulir(db, ikt1)
    isi_formulir(f, {(ikt1, K_REALISASI): 80})
    asli = xlsx_form.baca_formulir
    dibaca: list[int] = []

    def baca_lalu_penulis_kedua(*a, **k):  # noqa: ANN002, ANN003, ANN202
        hasil = asli(*a, **k)
        if not dibaca:
            _tulis_lain(db, lain, Decimal(50))  # the other writer, once, after the first read
        dibaca.append(1)
        return hasil

    monkeypatch.setattr(xlsx_form, "baca_formulir", baca_lalu_penulis_kedua)
    kode, out, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--ya", "--db", db)
    assert kode == 2 and "dokumen berubah sejak pratinjau; impor lagi" in err, err
    assert "IKT 1" in out and len(out.splitlines()) == 1  # the list named only IKT 1
    assert _realisasi(db, lain) == Decimal(50)  # the other writer's value is kept
    assert _realisasi(db, ikt1) is None  # and nothing of the import was stored
    # Imported again: read, listed and stored against the document as it is now.
    monkeypatch.setattr(xlsx_form, "baca_formulir", asli)
    kode, out, err = _jalankan(capsys, "xlsx-import", "1", str(f), "--ya", "--db", db)
    assert kode == 0, err
    assert "50 → (kosong)" in out  # now the list says the form clears it
    assert _realisasi(db, ikt1) == Decimal(80) and _realisasi(db, lain) is None


def test_impor_penulis_kedua_saat_konfirmasi_proses_lain(db: str, tmp_path: Path) -> None:
    """The same with a real second process: ``xlsx-import`` waits at its question, another
    writer stores a change, then the user answers yes: refused, the store has only theirs."""
    import subprocess
    import sys

    f = tmp_path / "f.xlsx"
    assert main(["xlsx-form", "1", str(f), "--tahun", "2023", "--triwulan", "2", "--db", db]) == 0
    ikt1 = _id(db, "IKT 1")
    lain = _kosong_di_formulir(db, ikt1)
    isi_formulir(f, {(ikt1, K_REALISASI): 80})
    akar = Path(__file__).resolve().parent.parent
    proses = subprocess.Popen(
        [sys.executable, "-m", "ikudesk", "xlsx-import", "1", str(f), "--db", db],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=akar,
        env={**__import__("os").environ, "PYTHONPATH": str(akar)},
    )
    assert proses.stderr is not None and proses.stdin is not None
    terbaca = b""
    while b"Simpan perubahan ini?" not in terbaca:
        blok = proses.stderr.read1(4096)  # type: ignore[attr-defined]
        assert blok, terbaca
        terbaca += blok
    _tulis_lain(db, lain, Decimal(50))
    out, err = proses.communicate(b"y\n", timeout=120)
    err = (terbaca + err).decode()
    assert proses.returncode == 2, err
    assert "dokumen berubah sejak pratinjau; impor lagi" in err and "Traceback" not in err
    assert _realisasi(db, lain) == Decimal(50) and _realisasi(db, ikt1) is None


def test_sipd_ya_penulis_kedua_antara_pratinjau_dan_simpan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ikudesk.files.sipd_import as sipd_import

    with open_store(db) as store:
        lama = [p.kode for p in load_dokumen(store, 1).pk(2023, 0).program]
    lampiran = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    lain = _kosong_di_formulir(db, -1)
    asli = sipd_import.baca_sipd

    def baca_lalu_penulis_kedua(*a, **k):  # noqa: ANN002, ANN003, ANN202
        hasil = asli(*a, **k)
        _tulis_lain(db, lain, Decimal(50))
        return hasil

    monkeypatch.setattr(sipd_import, "baca_sipd", baca_lalu_penulis_kedua)
    argv = ("sipd-import", "1", str(lampiran), "--tahun", "2023", "--ya", "--db", db)
    kode, _, err = _jalankan(capsys, *argv)
    assert kode == 2 and "dokumen berubah sejak pratinjau; impor lagi" in err, err
    with open_store(db) as store:
        assert [p.kode for p in load_dokumen(store, 1).pk(2023, 0).program] == lama
    assert _realisasi(db, lain) == Decimal(50)
