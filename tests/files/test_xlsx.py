"""Excel out and in without a store: the export workbook, the quarterly fill-in form and its
reader, the SIPD lampiran reader, and every kind of bad input. Real workbooks written and read
with openpyxl, and opened by LibreOffice headless where it is installed."""

from __future__ import annotations

import copy
import csv
import re
import subprocess
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ikudesk.domain.model import Program
from ikudesk.domain.pk import total_anggaran
from ikudesk.errors import IkuError
from ikudesk.files import batas
from ikudesk.files.atomic import TulisError, lindungi
from ikudesk.files.sipd_import import baca_sipd, pk_dengan_program
from ikudesk.files.xlsx_export import buat_workbook, ekspor_xlsx
from ikudesk.files.xlsx_form import (
    K_KOMPONEN,
    K_NAMA,
    K_REALISASI,
    SHEET_ISIAN,
    SHEET_KUNCI,
    baca_formulir,
    buat_formulir,
    terapkan_ke,
    tulis_formulir,
)
from tests.support.excel import BARIS_SIPD, buat_lampiran_sipd
from tests.support.excel_alat import (
    baris_indikator,
    contoh_v2,
    isi_formulir,
    libreoffice,
    perlu_libreoffice,
    simpan_nilai_rumus,
)

K1, K2 = K_KOMPONEN + 1, K_KOMPONEN + 3  # value cells of the first two components

# --------------------------------------------------------------------------- export


def test_ekspor_sheet_angka_dan_gabungan(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = ekspor_xlsx(dok, tmp_path / "iku.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "IKU",
        "Target & Realisasi",
        "Triwulan 2023",
        "PK 2023",
        "IKM 2023 IKU 1",
    ]
    ws = wb["IKU"]
    assert ws["A1"].value == dok.judul[0] and ws["A1"].font.b
    assert ws.freeze_panes is not None
    # The tujuan's sasaran cells merged over their indicators: the column "Sasaran Strategis".
    kepala = next(r for r in range(1, 10) if ws.cell(row=r, column=1).value == "No.")
    c_sasaran = next(
        c
        for c in range(1, ws.max_column + 1)
        if ws.cell(row=kepala, column=c).value == "Sasaran Strategis"
    )
    gabungan = [r for r in ws.merged_cells.ranges if r.min_col == c_sasaran == r.max_col]
    assert any(r.max_row > r.min_row for r in gabungan)
    assert ws.column_dimensions["E"].width > 20  # measured, not the default 8.43
    assert ws.cell(row=kepala + 2, column=5).alignment.wrap_text

    ws = wb["Target & Realisasi"]
    assert ws.cell(row=4, column=5 + 3 * 2).value == "2023"  # 2021, 2022, 2023 groups
    assert [ws.cell(row=5, column=c).value for c in (11, 12, 13)] == [
        "Target",
        "Realisasi",
        "Capaian (%)",
    ]
    iku2 = next(r for r in range(6, ws.max_row + 1) if ws.cell(row=r, column=2).value == "IKU 2")
    target, realisasi, capaian = (ws.cell(row=iku2, column=c) for c in (11, 12, 13))
    assert target.value == 85 and target.number_format == "#,##0"
    # realisasi 2023 s.d. the frontier under akumulasi: (4+6+5)/(5+7+6)*100
    assert realisasi.value == pytest.approx(83.3333333333)
    assert realisasi.number_format == "#,##0.00"
    assert isinstance(capaian.value, float) and capaian.value == pytest.approx(98.04)

    ws = wb["PK 2023"]
    jumlah = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "JUMLAH")
    total = total_anggaran(dok.perjanjian_kinerja[0])
    assert total is not None and ws.cell(row=jumlah, column=5).value == total
    assert ws.cell(row=jumlah, column=5).number_format == "#,##0"
    kode = [ws.cell(row=r, column=1).value for r in range(1, jumlah)]
    assert dok.perjanjian_kinerja[0].program[0].kode in kode
    ws = wb["IKM 2023 IKU 1"]
    survei = dok.semua_indikator()[1].survei_ikm[2023]
    assert ws.max_row >= 6 + len(survei.responden)


def test_ekspor_atomik_tidak_menimpa_store(tmp_path: Path) -> None:
    store = tmp_path / "ikudesk.sqlite"
    store.write_bytes(b"isi penyimpanan")
    lindungi(store)
    with pytest.raises(TulisError, match="berkas penyimpanan"):
        ekspor_xlsx(contoh_v2(), store)
    assert store.read_bytes() == b"isi penyimpanan"
    ekspor_xlsx(contoh_v2(), tmp_path / "a.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "ikudesk.sqlite"]


def test_ekspor_tahun_triwulan_di_luar_periode(tmp_path: Path) -> None:
    with pytest.raises(IkuError, match="di luar periode"):
        ekspor_xlsx(contoh_v2(), tmp_path / "a.xlsx", tahun_triwulan=2030)
    assert not (tmp_path / "a.xlsx").exists()


@perlu_libreoffice
def test_ekspor_dibuka_libreoffice(tmp_path: Path) -> None:
    """LibreOffice opens the export without complaint; the numbers come back as numbers."""
    path = ekspor_xlsx(contoh_v2(), tmp_path / "iku.xlsx")
    # csv of every sheet (the last option, -1), numbers as shown ("false" formatted → raw)
    r = libreoffice(
        path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    csvs = sorted(tmp_path.glob("iku-*.csv"))
    assert len(csvs) == 5, (r.stdout, r.stderr)
    lembar = {p.stem: list(csv.reader(p.open(encoding="utf-8"))) for p in csvs}
    tahunan = lembar["iku-Target & Realisasi"]
    iku2 = next(b for b in tahunan if len(b) > 1 and b[1] == "IKU 2")
    assert iku2[10] == "85" and iku2[12] == "98.04"
    r = libreoffice(path, "pdf", tmp_path)
    assert r.returncode == 0, r.stderr
    teks = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "iku.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "INDIKATOR KINERJA UTAMA TAHUN 2021-2026" in teks
    assert "PENGUKURAN KINERJA TRIWULAN TAHUN 2023" in teks
    assert "JUMLAH" in teks


# --------------------------------------------------------------------------- the form


def test_formulir_terkunci_kecuali_isian(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    wb = load_workbook(path)
    ws = wb[SHEET_ISIAN]
    assert ws.protection.sheet and not ws.protection.password
    assert wb[SHEET_KUNCI].sheet_state == "hidden"
    assert ws.column_dimensions["A"].hidden
    baris = baris_indikator(path)
    # IKT 1 (no formula): its realisasi cell; IKU 2 (formula): each component's value cell.
    assert not ws.cell(row=baris[1], column=K_REALISASI).protection.locked
    assert ws.cell(row=baris[1], column=K_REALISASI).fill.fgColor.rgb.endswith("FFF2CC")
    assert ws.cell(row=baris[3], column=K_REALISASI).protection.locked
    assert not ws.cell(row=baris[3], column=K1).protection.locked
    assert not ws.cell(row=baris[3], column=K2).protection.locked
    assert ws.cell(row=baris[3], column=K_NAMA).protection.locked
    # The survey indicator gets no input cell.
    assert ws.cell(row=baris[2], column=K_REALISASI).protection.locked
    # Known values filled in: IKU 2, quarter 2: 6 and 7.
    assert [ws.cell(row=baris[3], column=c).value for c in (K1, K2)] == [6, 7]
    unlocked = {(c.row, c.column) for row in ws.iter_rows() for c in row if not c.protection.locked}
    assert all(c in (K_REALISASI, K1, K2) for _, c in unlocked)


def test_formulir_penanggung_jawab(tmp_path: Path) -> None:
    dok = contoh_v2()
    wb = buat_formulir(dok, 2023, 1, "kasubag umum dan kepegawaian")
    ws = wb[SHEET_ISIAN]
    kunci = [
        v for (v,) in ws.iter_rows(min_col=1, max_col=1, values_only=True) if isinstance(v, int)
    ]
    assert kunci == [2]
    with pytest.raises(IkuError, match="Tidak ada indikator dengan penanggung jawab 'Kasi X'"):
        buat_formulir(dok, 2023, 1, "Kasi X")
    with pytest.raises(IkuError, match="triwulan"):
        buat_formulir(dok, 2023, 5)


def test_formulir_bolak_balik_tanpa_perubahan(tmp_path: Path) -> None:
    dok = contoh_v2()
    for tw in (1, 2, 3, 4):
        path = tulis_formulir(dok, tmp_path / f"f{tw}.xlsx", 2023, tw)
        hasil = baca_formulir(dok, path)
        assert hasil.kosong and hasil.jumlah_baris == 8, hasil.pratinjau()


def _isian_contoh() -> dict[tuple[int, int], object]:
    return {
        (1, K_REALISASI): "84,5",  # text, the Indonesian way
        (3, K1): 8,
        (4, K1): None,  # cleared
        (5, K1): 12.25,
        (5, K2): "20",
        (8, K_REALISASI): 70,
    }


def test_formulir_diisi_diurutkan_ulang_diimpor_tepat(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    isi_formulir(path, _isian_contoh(), balik=True)
    hasil = baca_formulir(dok, path, 2023, 2)
    assert [(p.indikator_id, p.komponen, p.lama, p.baru) for p in hasil.perubahan] == [
        (1, None, None, Decimal("84.5")),
        (3, "ditindaklanjuti", Decimal(6), Decimal(8)),
        (4, "pu_ditindaklanjuti", Decimal(17), None),
        (5, "pelayanan_ditindaklanjuti", None, Decimal("12.25")),
        (5, "pelayanan_difasilitasi", None, Decimal(20)),
        (8, None, None, Decimal(70)),
    ]
    assert hasil.pratinjau()[1] == (
        "IKU 2 Persentase Partisipasi dan Swadaya Masyarakat Desa dan Kelurahan dalam "
        "pembangunan — komponen 'ditindaklanjuti' triwulan II 2023: 6 → 8"
    )
    # The cell named is where the value is now, after the sort.
    baris = baris_indikator(path)
    assert hasil.perubahan[0].sel == f"Isian!I{baris[1]}"
    sesudah = terapkan_ke(copy.deepcopy(dok), hasil)
    per_id = {i.id: i for i in sesudah.semua_indikator()}
    assert per_id[1].triwulan[2023].realisasi == {2: Decimal("84.5")}
    assert per_id[4].triwulan[2023].nilai_komponen[2] == {"pu_difasilitasi": Decimal(20)}
    assert per_id[8].triwulan[2023].realisasi == {2: Decimal(70), 4: Decimal("68.4")}
    # The same form again, against the document as it is now: nothing changes.
    assert baca_formulir(sesudah, path).kosong
    assert dok.semua_indikator()[0].triwulan == {}  # the original was never touched


def test_formulir_dokumen_tahun_triwulan_lain_ditolak(tmp_path: Path) -> None:
    dok = contoh_v2(dokumen_id=7)
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    lain = contoh_v2(dokumen_id=9)
    with pytest.raises(IkuError, match="dokumen nomor 7 .*bukan dokumen nomor 9"):
        baca_formulir(lain, path)
    with pytest.raises(IkuError, match="untuk triwulan II 2023, bukan triwulan III 2023"):
        baca_formulir(dok, path, 2023, 3)
    with pytest.raises(IkuError, match="untuk triwulan II 2023, bukan triwulan II 2024"):
        baca_formulir(dok, path, tahun=2024)


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        ("12 desa", r"'12 desa' bukan angka yang sah"),
        (datetime(2023, 4, 1), r"berisi tanggal/waktu \(2023-04-01T00:00:00\), bukan angka"),
        (True, "nilai ya/tidak"),
        ("#DIV/0!", "galat Excel"),
        ("1e400", "bukan angka yang sah"),
        (10**16, "angka terlalu besar"),
    ],
)
def test_formulir_sel_buruk_dilaporkan_dengan_alamat(
    tmp_path: Path, nilai: object, pesan: str
) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    isi_formulir(path, {**_isian_contoh(), (3, K2): nilai})
    baris = baris_indikator(path)
    with pytest.raises(IkuError) as e:
        baca_formulir(dok, path)
    assert f"Isian!M{baris[3]}: " in e.value.pesan
    assert "tidak ada yang disimpan" in e.value.pesan
    assert re.search(pesan, e.value.pesan), e.value.pesan


def test_formulir_semua_sel_buruk_sekaligus(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    isi_formulir(path, {(1, K_REALISASI): "x", (3, K1): "y", (8, K_REALISASI): "z"})
    with pytest.raises(IkuError) as e:
        baca_formulir(dok, path)
    assert e.value.pesan.count("bukan angka yang sah") == 3


def test_formulir_rumus_nilai_tersimpan_atau_ditolak(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    baris = baris_indikator(path)
    isi_formulir(path, {(8, K_REALISASI): "=60+10"})
    with pytest.raises(IkuError, match=rf"Isian!I{baris[8]}: berisi rumus \(=60\+10\) tanpa nilai"):
        baca_formulir(dok, path)
    simpan_nilai_rumus(path, f"I{baris[8]}", "70")
    hasil = baca_formulir(dok, path)
    assert [(p.indikator_id, p.baru) for p in hasil.perubahan] == [(8, Decimal(70))]


def test_formulir_baris_digabung_dihapus_disalin(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    baris = baris_indikator(path)
    wb = load_workbook(path)
    wb[SHEET_ISIAN].merge_cells(f"K{baris[3]}:K{baris[4]}")
    wb.save(tmp_path / "gabung.xlsx")
    with pytest.raises(IkuError, match=rf"Isian!K{baris[3]}:K{baris[4]}: sel digabung"):
        baca_formulir(dok, tmp_path / "gabung.xlsx")

    wb = load_workbook(path)
    wb[SHEET_ISIAN].delete_rows(baris[5])
    wb.save(tmp_path / "hapus.xlsx")
    with pytest.raises(IkuError, match="baris indikator 'IKU 4' tidak ada lagi"):
        baca_formulir(dok, tmp_path / "hapus.xlsx")

    wb = load_workbook(path)
    ws = wb[SHEET_ISIAN]
    for c in range(1, ws.max_column + 1):
        ws.cell(row=ws.max_row + 1 if c == 1 else ws.max_row, column=c).value = ws.cell(
            row=baris[8], column=c
        ).value
    wb.save(tmp_path / "salin.xlsx")
    with pytest.raises(IkuError, match="'IKU 7' sudah ada di baris"):
        baca_formulir(dok, tmp_path / "salin.xlsx")


def test_formulir_dua_kunci_ke_sel_yang_sama_ditolak(tmp_path: Path) -> None:
    """Issue 22 item 9: a second key in the hidden sheet naming the same indicator, on a copied
    row with another value (80 and 70): refused like an identical copied row, not one of the
    two values stored silently."""
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    baris = baris_indikator(path)
    isi_formulir(path, {(1, K_REALISASI): 80})
    wb = load_workbook(path)
    kunci = wb[SHEET_KUNCI]
    asal = next(r for r in range(13, kunci.max_row + 1) if kunci.cell(row=r, column=2).value == 1)
    baru = kunci.max_row + 1
    for c in range(1, 7):
        kunci.cell(row=baru, column=c).value = kunci.cell(row=asal, column=c).value
    kunci.cell(row=baru, column=1).value = 999  # a key of its own, the same indicator
    ws = wb[SHEET_ISIAN]
    akhir = ws.max_row + 1
    for c in range(1, ws.max_column + 1):
        ws.cell(row=akhir, column=c).value = ws.cell(row=baris[1], column=c).value
    ws.cell(row=akhir, column=1).value = 999
    ws.cell(row=akhir, column=K_REALISASI).value = 70
    wb.save(tmp_path / "dua-kunci.xlsx")
    kode = dok.semua_indikator()[0].kode
    with pytest.raises(IkuError, match=rf"Isian!D{akhir}: indikator '{kode}' sudah ada di baris"):
        baca_formulir(dok, tmp_path / "dua-kunci.xlsx")


def test_formulir_rumus_berubah_atau_indikator_hilang(tmp_path: Path) -> None:
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    ubah = copy.deepcopy(dok)
    ubah.semua_indikator()[2].rumus.komponen.pop()
    with pytest.raises(IkuError, match="rumus indikator 'IKU 2 .*' sudah berubah"):
        baca_formulir(ubah, path)
    hapus = copy.deepcopy(dok)
    hapus.tujuan[0].sasaran[-1].indikator.pop()
    with pytest.raises(IkuError, match="indikator 'IKU 7' sudah tidak ada di dokumen"):
        baca_formulir(hapus, path)


def test_formulir_bentrok_nilai_tahunan_ditolak(tmp_path: Path) -> None:
    """A year's realisasi typed as a yearly value cannot also come from quarters."""
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    isi_formulir(path, {(1, K_REALISASI): 80})
    dok.semua_indikator()[0].realisasi[2023] = Decimal(75)
    with pytest.raises(IkuError, match="diisi dua kali"):
        baca_formulir(dok, path)


@perlu_libreoffice
def test_formulir_disimpan_libreoffice_tetap_terbaca(tmp_path: Path) -> None:
    """A form filled, then opened and saved again by LibreOffice (which also computes the
    formula's value): the hidden sheet, the lock and every value survive."""
    dok = contoh_v2()
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    isi_formulir(path, {(1, K_REALISASI): "84,5", (3, K1): 8, (8, K_REALISASI): "=60+10"})
    keluar = tmp_path / "lo"
    r = libreoffice(path, "xlsx", keluar)
    assert r.returncode == 0, r.stderr
    wb = load_workbook(keluar / "f.xlsx")
    assert wb[SHEET_KUNCI].sheet_state == "hidden" and wb[SHEET_ISIAN].protection.sheet
    hasil = baca_formulir(dok, keluar / "f.xlsx")
    assert [(p.indikator_id, p.baru) for p in hasil.perubahan] == [
        (1, Decimal("84.5")),
        (3, Decimal(8)),
        (8, Decimal(70)),
    ]


# --------------------------------------------------------------------------- bad files


def test_bukan_workbook(tmp_path: Path) -> None:
    dok = contoh_v2()
    teks = tmp_path / "catatan.xlsx"
    teks.write_text("bukan excel", "utf-8")
    with pytest.raises(IkuError, match="bukan buku kerja Excel"):
        baca_formulir(dok, teks)
    docx = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(IkuError, match="dokumen Word"):
        baca_formulir(dok, docx)
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(IkuError, match="rusak atau bukan buku kerja"):
        baca_formulir(dok, rusak)
    with pytest.raises(IkuError, match="tidak ada"):
        baca_formulir(dok, tmp_path / "tidak-ada.xlsx")
    with pytest.raises(IkuError, match="folder"):
        baca_formulir(dok, tmp_path)
    lain = tmp_path / "lain.xlsx"
    Workbook().save(lain)
    with pytest.raises(IkuError, match="bukan formulir isian IKU Desk"):
        baca_formulir(dok, lain)


def _ole(isi: bytes) -> bytes:
    # The OLE compound-file signature Excel writes for .xls and for encrypted .xlsx; an
    # encrypted one carries the stream names "EncryptionInfo" and "EncryptedPackage".
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + isi


def test_terenkripsi_dan_xls_lama(tmp_path: Path) -> None:
    dok = contoh_v2()
    enkripsi = tmp_path / "rahasia.xlsx"
    enkripsi.write_bytes(_ole("EncryptionInfo".encode("utf-16-le") + b"\0" * 1000))
    with pytest.raises(IkuError, match="dilindungi kata sandi"):
        baca_formulir(dok, enkripsi)
    xls = tmp_path / "lama.xls"
    xls.write_bytes(_ole("Workbook".encode("utf-16-le") + b"\0" * 1000))
    with pytest.raises(IkuError, match=r"Excel lama \(\.xls\)"):
        baca_sipd(xls)


def test_terlalu_besar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dok = contoh_v2()
    besar = tmp_path / "besar.xlsx"
    with open(besar, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(batas.MAKS_BITA + 1)  # sparse: no 50 MB written
    with pytest.raises(IkuError, match="terlalu besar .*batasnya 50 MB"):
        baca_formulir(dok, besar)
    # A zip bomb: small on disk, huge unpacked (the limit lowered so the test stays quick).
    bom = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bom, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * 3_000_000)
    with pytest.raises(IkuError, match=r"memampat lebih dari 1000:1 .*batas rasio 1000:1"):
        baca_sipd(bom)
    monkeypatch.setattr(batas, "MAKS_RASIO", 10_000)
    monkeypatch.setattr(batas, "MAKS_BITA_TERURAI", 2_000_000)
    with pytest.raises(IkuError, match="terlalu besar setelah diurai.*batasnya 1,9 MB"):
        baca_sipd(bom)
    # A sheet with a million rows refused before it is walked.
    path = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    wb = load_workbook(path)
    wb[SHEET_ISIAN].cell(row=batas.MAKS_BARIS + 5, column=2).value = "x"
    wb.save(path)
    with pytest.raises(IkuError, match=rf"baris {batas.MAKS_BARIS + 5}; batasnya"):
        baca_formulir(dok, path)


# --------------------------------------------------------------------------- SIPD


def test_sipd_pohon_program(tmp_path: Path) -> None:
    hasil = baca_sipd(buat_lampiran_sipd(tmp_path / "sipd.xlsx"))
    assert [p.kode for p in hasil.program] == ["7.01.01", "7.01.02"]
    prog = hasil.program[0]
    assert prog.uraian == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    assert prog.anggaran == 1_250_000_000
    assert [k.kode for k in prog.kegiatan] == ["7.01.01.2.01", "7.01.01.2.02"]
    assert [s.kode for s in prog.kegiatan[0].sub_kegiatan] == [
        "7.01.01.2.01.0001",
        "7.01.01.2.01.0007",
    ]
    # "285.000.000,00" as text: the Indonesian way, whole rupiah
    assert hasil.program[1].kegiatan[0].sub_kegiatan[0].anggaran == 285_000_000
    assert hasil.total == 1_535_000_000
    assert hasil.pratinjau()[-1] == "JUMLAH — Rp 1.535.000.000"
    assert hasil.peringatan() == []


def test_sipd_kode_digabung_sama_dengan_diisi_ke_bawah(tmp_path: Path) -> None:
    a = baca_sipd(buat_lampiran_sipd(tmp_path / "a.xlsx"))
    b = baca_sipd(buat_lampiran_sipd(tmp_path / "b.xlsx", gabung_kode=True))
    assert a.program == b.program


def test_sipd_peringatan_jumlah_beda(tmp_path: Path) -> None:
    baris = list(BARIS_SIPD)
    baris[2] = (*baris[2][:6], 1_300_000_000)
    hasil = baca_sipd(buat_lampiran_sipd(tmp_path / "a.xlsx", baris))
    assert len(hasil.peringatan()) == 1 and "tidak sama dengan" in hasil.peringatan()[0]


@pytest.mark.parametrize(
    ("jumlah", "pesan"),
    [
        ("15 juta", "'15 juta' bukan angka yang sah"),
        (15_000_000.5, "bilangan bulat"),
        (-5, "tidak boleh negatif"),
        (datetime(2023, 1, 1), "tanggal"),
    ],
)
def test_sipd_jumlah_buruk(tmp_path: Path, jumlah: object, pesan: str) -> None:
    baris = list(BARIS_SIPD)
    baris[5] = (*baris[5][:6], jumlah)
    with pytest.raises(IkuError) as e:
        baca_sipd(buat_lampiran_sipd(tmp_path / "a.xlsx", baris))
    assert "'Lampiran III'!I13: " in e.value.pesan and pesan in e.value.pesan, e.value.pesan


def test_sipd_tanpa_judul_atau_induk(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Nama", "Nilai"])
    wb.save(tmp_path / "lain.xlsx")
    with pytest.raises(IkuError, match="tidak tampak seperti Lampiran APBD"):
        baca_sipd(tmp_path / "lain.xlsx")
    baris = [b for b in BARIS_SIPD if b[2] != "02" or b[3]]  # program 7.01.02's own row gone
    with pytest.raises(IkuError, match="kegiatan tanpa baris program 7.01.02"):
        baca_sipd(buat_lampiran_sipd(tmp_path / "a.xlsx", baris))


def test_pk_dengan_program_menjaga_penandatangan() -> None:
    dok = contoh_v2()
    lama = dok.pk(2023, 0)
    assert lama is not None
    baru = pk_dengan_program(dok, 2023, 0, [Program("1", "P", 5)])
    assert baru.pihak_pertama == lama.pihak_pertama and baru.tanggal == lama.tanggal
    assert [p.kode for p in baru.program] == ["1"]
    assert [p.kode for p in lama.program] != ["1"]  # the document is untouched
    kosong = pk_dengan_program(dok, 2024, 0, [Program("1", "P", 5)])
    assert kosong.tahun == 2024 and kosong.pihak_pertama.nama == ""
    with pytest.raises(IkuError, match="di luar periode"):
        pk_dengan_program(dok, 2030, 0, [])


def test_workbook_export_punya_judul() -> None:
    wb = buat_workbook(contoh_v2())
    assert wb.properties.creator == "IKU Desk"
