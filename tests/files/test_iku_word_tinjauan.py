"""Defects found by a review of the Word/Excel import (issue 23), each with the sheet that shows
it built here with python-docx/openpyxl: the right table chosen, headings and targets read as
the sheet means them, formulas with "× 100%" on a line of their own, the header and signer of
real layouts, and files recognised by their content."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml

from ikudesk.cli import main
from ikudesk.files.iku_impor import baca_sumber, impor_lembar, jenis_berkas, ringkasan
from ikudesk.files.iku_sumber import ImporError
from ikudesk.files.iku_tabel import kenali

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _judul(d: Any, *baris: str) -> None:
    for t in baris:
        d.add_paragraph().add_run(t).bold = True


def _tabel(d: Any, kepala: list[str], baris: list[list[str]]) -> Any:
    t = d.add_table(rows=1, cols=len(kepala))
    t.style = "Table Grid"
    for i, h in enumerate(kepala):
        t.cell(0, i).text = h
    for row in baris:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    return t


def _ringkasan_renstra(d: Any) -> None:
    _tabel(
        d,
        ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran"],
        [
            ["1", "Meningkatkan tata kelola", "Nilai SAKIP", "Meningkatnya akuntabilitas", "AKIP"],
            ["2", "Meningkatkan pelayanan", "IKM", "Meningkatnya kepuasan", "Indeks kepuasan"],
        ],
    )


IKU = ["No", "Sasaran", "IKU", "Rumus", "Satuan", "Target 2020", "Target 2021"]
IKU_BARIS = [
    ["1", "Meningkatnya akuntabilitas", "Nilai AKIP kecamatan", "Nilai LHE", "Nilai", "60", "62"],
    [
        "2",
        "Meningkatnya kepuasan",
        "Persentase aduan selesai",
        "(A selesai : A masuk) x 100 %",
        "%",
        "90",
        "95",
    ],
]


# ---------------------------------------------------------------------- 1. the IKU table chosen


def test_ringkasan_renstra_di_depan_tabel_iku(tmp_path: Path) -> None:
    d = docx.Document()
    _judul(
        d, "INDIKATOR KINERJA UTAMA", "KECAMATAN BATU AMPAR KABUPATEN TANAH LAUT", "TAHUN 2020-2024"
    )
    d.add_paragraph("A. Tujuan dan Sasaran Renstra")
    _ringkasan_renstra(d)
    d.add_paragraph("")
    d.add_paragraph("B. Indikator Kinerja Utama")
    _tabel(d, IKU, IKU_BARIS)
    p = tmp_path / "renstra.docx"
    d.save(str(p))
    sumber = baca_sumber(p)
    hasil = kenali(sumber)
    nama = [i.nama for i in hasil.dokumen.semua_indikator()]
    assert nama == ["Nilai AKIP kecamatan", "Persentase aduan selesai"]
    assert hasil.tabel == 2
    # The summary's caption is no header line; the IKU table's caption is its caption.
    assert hasil.dokumen.profil.kepala == []
    assert hasil.data["tabel"]["judul"] == "B. Indikator Kinerja Utama"
    assert [n for n, _ in hasil.calon] == [1, 2]
    # The summary not used is listed with its place.
    assert any(c.tempat == "tabel 1" and "Indikator Sasaran" in c.teks for c in hasil.catatan)
    # The count agrees with the tree.
    teks = ringkasan(hasil)
    assert "Jumlah indikator: 2" in teks and "  2. Persentase aduan selesai" in teks
    # The user may choose the other table; the summary's count names its tujuan indicators.
    lain = kenali(sumber, tabel=1)
    assert lain.tabel == 1
    assert "Jumlah indikator: 2 (dan 2 indikator tujuan)" in ringkasan(lain)
    assert any(c.tempat == "tabel 2" for c in lain.catatan)


# ---------------------------------------------------------------------- 2. two heading rows


@pytest.mark.parametrize("gabung", [False, True])
def test_dua_baris_judul_tanpa_gabung_ke_bawah(tmp_path: Path, gabung: bool) -> None:
    d = docx.Document()
    _judul(d, "INDIKATOR KINERJA UTAMA KECAMATAN MEKAR", "KABUPATEN GARUT", "TAHUN 2024-2026")
    kepala = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja Utama",
        "Formulasi",
        "Satuan",
        "Target",
        "",
        "",
        "Sumber Data",
    ]
    t = d.add_table(rows=2, cols=9)
    t.style = "Table Grid"
    for i, h in enumerate(kepala):
        if h:
            t.cell(0, i).text = h
    t.cell(0, 5).merge(t.cell(0, 7)).text = "Target"
    for j, y in enumerate(["2024", "2025", "2026"]):
        t.cell(1, 5 + j).text = y
    if gabung:
        for i in [0, 1, 2, 3, 4, 8]:
            t.cell(0, i).merge(t.cell(1, i))
    for k in (1, 2):
        c = t.add_row().cells
        for i, v in enumerate(
            [
                str(k),
                f"Sasaran {k}",
                f"Indikator nomor {k}",
                "Uraian",
                "%",
                "80",
                "85",
                "9" + str(k),
                "Data",
            ]
        ):
            c[i].text = v
    p = tmp_path / "dua.docx"
    d.save(str(p))
    dok = impor_lembar(p).dokumen
    ind = dok.semua_indikator()
    assert [i.nama for i in ind] == ["Indikator nomor 1", "Indikator nomor 2"]
    assert ind[1].target == {2024: Decimal(80), 2025: Decimal(85), 2026: Decimal(92)}
    assert ind[0].satuan == "%" and ind[0].sumber_data == "Data"
    assert [s.uraian for t in dok.tujuan for s in t.sasaran] == ["Sasaran 1", "Sasaran 2"]


# ---------------------------------------------------------------------- 3. Excel percent


def test_excel_target_persen_seperti_tampak(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, h in enumerate(["No", "Indikator Kinerja", "Formula", "Satuan", "2024", "2025"], 1):
        ws.cell(1, i, h)
    for i, v in enumerate(
        [1, "Persentase surat selesai", "(Surat selesai : Surat masuk) x 100 %", "%", 0.9, 0.925], 1
    ):
        ws.cell(2, i, v)
    ws["E2"].number_format = "0%"
    ws["F2"].number_format = "0.0%"
    p = tmp_path / "persen.xlsx"
    wb.save(p)
    ind = impor_lembar(p).dokumen.semua_indikator()[0]
    assert ind.target == {2024: Decimal(90), 2025: Decimal("92.5")}


# ---------------------------------------------------------------------- 4. "× 100%" on its own


def _omml(par: Any, atas: str, bawah: str) -> None:
    xml = (
        f'<m:oMathPara xmlns:m="{M}" xmlns:w="{W}"><m:oMath><m:f><m:fPr><m:ctrlPr><w:rPr><w:i/>'
        f"</w:rPr></m:ctrlPr></m:fPr><m:num><m:r><m:t>{atas}</m:t></m:r></m:num>"
        f"<m:den><m:r><m:t>{bawah}</m:t></m:r></m:den></m:f></m:oMath></m:oMathPara>"
    )
    par._p.append(parse_xml(xml))


def _lembar_rumus(tmp_path: Path, isi: list[Any]) -> list[Any]:
    """One indicator per formula cell; ``isi`` items are lists of paragraphs ("OMML" makes an
    equation of the two parts after it)."""
    d = docx.Document()
    _judul(d, "INDIKATOR KINERJA UTAMA", "KECAMATAN PANDAN", "TAHUN 2022-2024")
    t = _tabel(d, ["No", "Indikator Kinerja", "Formula", "Satuan", "2022"], [])
    for k, par in enumerate(isi, 1):
        c = t.add_row().cells
        c[0].text, c[1].text, c[3].text, c[4].text = str(k), f"Persentase nomor {k}", "%", "80"
        pertama = True
        for x in par:
            p = c[2].paragraphs[0] if pertama else c[2].add_paragraph()
            pertama = False
            if isinstance(x, tuple):
                _omml(p, *x)
            else:
                p.add_run(x)
    path = tmp_path / "rumus.docx"
    d.save(str(path))
    hasil = impor_lembar(path)
    return [hasil, *hasil.dokumen.semua_indikator()]


def test_kali_100_di_paragraf_sendiri(tmp_path: Path) -> None:
    hasil, a, b = _lembar_rumus(
        tmp_path,
        [
            ["Jumlah desa tertib", "-------------------------", "Jumlah seluruh desa", "x 100%"],
            [("Pengaduan selesai", "Pengaduan masuk"), "x 100%"],
        ],
    )
    assert a.rumus.ekspresi is not None and a.rumus.ekspresi.endswith("* 100")
    assert b.rumus.ekspresi is not None and b.rumus.ekspresi.endswith("* 100")
    assert a.rumus.penjelasan == b.rumus.penjelasan == ""


# ---------------------------------------------------------------------- 10. formulas in words


def test_rumus_tanpa_spasi_berlabel_dan_kata(tmp_path: Path) -> None:
    hasil, a, b, c = _lembar_rumus(
        tmp_path,
        [
            ["Jumlah A/Jumlah B x 100%"],
            ["Rumus : Jumlah surat selesai / Jumlah surat masuk X100%"],
            ["Jumlah Kegiatan ditindaklanjuti dibagi Jumlah Kegiatan difasilitasi dikali 100%"],
        ],
    )
    assert [k.uraian for k in a.rumus.komponen] == ["Jumlah A", "Jumlah B"]
    assert a.rumus.ekspresi is not None and a.rumus.ekspresi.endswith("* 100")
    assert [k.uraian for k in b.rumus.komponen] == ["Jumlah surat selesai", "Jumlah surat masuk"]
    assert b.rumus.ekspresi is not None and b.rumus.ekspresi.endswith("* 100")
    # Words are kept as explanation, and that is said.
    assert c.rumus.ekspresi is None and "dibagi" in c.rumus.penjelasan
    assert any("baris 4" in x.tempat and "penjelasan" in x.alasan for x in hasil.catatan)


# ---------------------------------------------------------------------- 5. a table above


def test_tabel_bergaris_di_atas_bukan_kepala(tmp_path: Path) -> None:
    d = docx.Document()
    _judul(
        d,
        "INDIKATOR KINERJA UTAMA",
        "KECAMATAN TANJUNG RAYA",
        "KABUPATEN LAMPUNG BARAT",
        "TAHUN 2021-2026",
    )
    d.add_paragraph("Tugas\t: Membantu Bupati")
    _tabel(
        d,
        ["Tujuan", "Sasaran", "Strategi"],
        [["Meningkatnya pelayanan", "Meningkatnya kualitas", "Strategi 1"]],
    )
    # A borderless table of label lines is header.
    k = d.add_table(rows=1, cols=3)
    k.cell(0, 0).text, k.cell(0, 1).text, k.cell(0, 2).text = "Fungsi", ":", "Pembinaan desa"
    _tabel(d, IKU, IKU_BARIS)
    p = tmp_path / "atas.docx"
    d.save(str(p))
    hasil = impor_lembar(p)
    kepala = {x.label: x.isi for x in hasil.dokumen.profil.kepala}
    assert kepala == {"Tugas": "Membantu Bupati", "Fungsi": "Pembinaan desa"}
    assert "Strategi" not in ringkasan(hasil).split("Kolom tabel")[0]
    assert any(c.tempat == "tabel 1" and "Strategi" in c.teks for c in hasil.catatan)


# ---------------------------------------------------------------------- 6./7. signer, sasaran rows


def _lembar_karangrejo(tmp_path: Path, ttd: list[str]) -> Any:
    d = docx.Document()
    _judul(
        d,
        "INDIKATOR KINERJA UTAMA",
        "KECAMATAN KARANGREJO",
        "KABUPATEN MAGETAN",
        "TAHUN 2021 – 2026",
    )
    kepala = ["No", "Indikator Kinerja Utama", "Formulasi", "Satuan", "Target 2024", "Target 2025"]
    t = _tabel(d, kepala, [])
    c = t.add_row().cells
    c[0].merge(c[-1]).text = "Sasaran 1 : Meningkatnya kualitas pelayanan"
    c = t.add_row().cells
    for i, v in enumerate(["1.1", "Nilai IKM", "Rata-rata nilai IKM", "Indeks", "82,5", "83"]):
        c[i].text = v
    d.add_paragraph("")
    for x in ttd:
        d.add_paragraph(x)
    p = tmp_path / "karangrejo.docx"
    d.save(str(p))
    return impor_lembar(p)


TTD_TAB = [
    "\t\t\t\tKarangrejo, 12 Februari 2021",
    "Mengetahui,\t\t\t\tCAMAT KARANGREJO",
    "BUPATI MAGETAN",
    "",
    "Dr. SUPRAWOTO\t\t\t\tJOKO SANTOSO, S.STP",
    "\t\t\t\tPembina",
    "\t\t\t\tNIP 19800101 200212 1 001",
]


@pytest.mark.parametrize("varian", ["lengkap", "tanpa_bupati", "tanggal_kiri"])
def test_tanda_tangan_dengan_tab(tmp_path: Path, varian: str) -> None:
    baris = list(TTD_TAB)
    if varian == "tanpa_bupati":
        baris.remove("BUPATI MAGETAN")
    if varian == "tanggal_kiri":
        baris[0] = "Karangrejo, 12 Februari 2021"
    hasil = _lembar_karangrejo(tmp_path, baris)
    ttd = hasil.dokumen.penandatangan
    assert ttd is not None
    assert ttd.jabatan == "CAMAT KARANGREJO"
    assert ttd.nama == "JOKO SANTOSO, S.STP"
    assert ttd.pangkat == "Pembina"
    assert ttd.nip == "198001012002121001"
    assert ttd.tempat == "Karangrejo" and ttd.tanggal is not None
    assert str(ttd.tanggal) == "2021-02-12"


def test_baris_sasaran_berlabel(tmp_path: Path) -> None:
    hasil = _lembar_karangrejo(tmp_path, TTD_TAB)
    uraian = [s.uraian for t in hasil.dokumen.tujuan for s in t.sasaran]
    assert uraian == ["Meningkatnya kualitas pelayanan"]


# ---------------------------------------------------------------------- 8. title lines


@pytest.mark.parametrize(
    ("judul", "instansi", "daerah", "periode"),
    [
        (
            ["INDIKATOR KINERJA UTAMA", "KECAMATAN MEKAR", "KABUPATEN GARUT TAHUN 2021-2026"],
            "Kecamatan Mekar",
            "Kabupaten Garut",
            (2021, 2026),
        ),
        (
            ["INDIKATOR KINERJA UTAMA KECAMATAN MEKAR TAHUN 2022-2024"],
            "Kecamatan Mekar",
            "",
            (2022, 2024),
        ),
        (
            ["IKU KECAMATAN MEKAR KABUPATEN GARUT TAHUN 2022 - 2024"],
            "Kecamatan Mekar",
            "Kabupaten Garut",
            (2022, 2024),
        ),
    ],
)
def test_judul_daerah_dan_tahun_satu_baris(
    tmp_path: Path, judul: list[str], instansi: str, daerah: str, periode: tuple[int, int]
) -> None:
    d = docx.Document()
    _judul(d, *judul)
    _tabel(d, IKU, IKU_BARIS)
    p = tmp_path / "judul.docx"
    d.save(str(p))
    hasil = impor_lembar(p)
    dok = hasil.dokumen
    assert dok.profil.instansi == instansi
    assert dok.profil.pemerintah_daerah == daerah
    assert dok.periode is not None and (dok.periode.mulai, dok.periode.selesai) == periode
    if not daerah:
        assert any("pemerintah daerah" in c.alasan for c in hasil.catatan)


def test_excel_judul_kabupaten_tahun(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "INDIKATOR KINERJA UTAMA KECAMATAN CIBEBER"
    ws["A2"] = "KABUPATEN CIANJUR TAHUN 2021-2026"
    for i, h in enumerate(["NO", "INDIKATOR KINERJA UTAMA", "FORMULA", "SATUAN", "2022"], 1):
        ws.cell(4, i, h)
    for i, v in enumerate([1, "Indeks Kepuasan Masyarakat", "Nilai IKM", "Indeks", 80.5], 1):
        ws.cell(5, i, v)
    p = tmp_path / "x.xlsx"
    wb.save(p)
    dok = impor_lembar(p).dokumen
    assert dok.profil.instansi == "Kecamatan Cibeber"
    assert dok.profil.pemerintah_daerah == "Kabupaten Cianjur"
    assert dok.periode is not None and (dok.periode.mulai, dok.periode.selesai) == (2021, 2026)


def test_tanpa_instansi_dicatat(tmp_path: Path) -> None:
    d = docx.Document()
    _judul(d, "INDIKATOR KINERJA UTAMA", "TAHUN 2020-2024")
    _tabel(d, IKU, IKU_BARIS)
    p = tmp_path / "tanpa.docx"
    d.save(str(p))
    hasil = impor_lembar(p)
    alasan = " ".join(c.alasan for c in hasil.catatan)
    assert "instansi tidak dikenali" in alasan and "pemerintah daerah tidak dikenali" in alasan


# ---------------------------------------------------------------------- 9. targets


def test_target_sebagian_dicatat(tmp_path: Path) -> None:
    d = docx.Document()
    _judul(d, "IKU KECAMATAN MEKAR KABUPATEN GARUT", "TAHUN 2020-2024")
    _tabel(
        d,
        ["No", "Indikator Kinerja", "Rumus", "Satuan", "Target (2022)", "Target (2023)"],
        [
            ["1", "Indikator satu", "Nilai", "%", "80-85", "1/2"],
            ["2", "Indikator dua", "Nilai", "%", "1,250.5", "84,5"],
        ],
    )
    p = tmp_path / "target.docx"
    d.save(str(p))
    hasil = impor_lembar(p)
    satu, dua = hasil.dokumen.semua_indikator()
    assert satu.target == {}
    assert dua.target == {2023: Decimal("84.5")}
    catatan = {c.tempat: c for c in hasil.catatan}
    assert "80-85" in catatan["tabel 1, baris 2, kolom 'Target (2022)'"].teks
    assert "1/2" in catatan["tabel 1, baris 2, kolom 'Target (2023)'"].teks
    alasan = catatan["tabel 1, baris 3, kolom 'Target (2022)'"].alasan
    assert "1,250.5" not in alasan and "koma" in alasan


# ---------------------------------------------------------------------- 12. files by content


def test_berkas_dibaca_menurut_isi(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, h in enumerate(["No", "Indikator Kinerja", "Formula", "Satuan", "2024"], 1):
        ws.cell(1, i, h)
    for i, v in enumerate([1, "Persentase surat selesai", "A / B", "%", 90], 1):
        ws.cell(2, i, v)
    asli = tmp_path / "asli.xlsx"
    wb.save(asli)
    nyamar = tmp_path / "nyamar.docx"
    shutil.copy(asli, nyamar)
    assert jenis_berkas(nyamar) == "xlsx"
    assert impor_lembar(nyamar).dokumen.semua_indikator()[0].nama == "Persentase surat selesai"

    d = docx.Document()
    _tabel(d, IKU, IKU_BARIS)
    word = tmp_path / "word.xlsx"
    d.save(str(word))
    assert len(impor_lembar(word).dokumen.semua_indikator()) == 2


def test_berkas_acak_dan_xml_berbahaya(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    acak = tmp_path / "acak.docx"
    acak.write_bytes(bytes(range(1, 256)) * 20)
    db = str(tmp_path / "iku.db")
    assert main(["import", str(acak), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "bukan dokumen Word (.docx), buku kerja Excel (.xlsx)" in err and "UTF-8" not in err
    kosong = tmp_path / "kosong.docx"
    kosong.write_bytes(b"")
    assert main(["import", str(kosong), "--db", db]) == 2
    assert "kosong (0 bita)" in capsys.readouterr().err

    d = docx.Document()
    _tabel(d, IKU, IKU_BARIS)
    asli = tmp_path / "asli.docx"
    d.save(str(asli))
    bom = tmp_path / "tawa.docx"
    entitas = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdef", "bcdefg", strict=True)
    )
    lol = (
        f'<?xml version="1.0"?><!DOCTYPE w [{entitas}]><w:document xmlns:w="{W}"><w:body><w:p>'
        "<w:r><w:t>&g;&g;&g;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(asli) as a, zipfile.ZipFile(bom, "w") as z:
        for i in a.infolist():
            z.writestr(i, lol if i.filename == "word/document.xml" else a.read(i))
    with pytest.raises(ImporError) as e:
        impor_lembar(bom)
    # refused before any parser sees it (files.batas: no DOCTYPE in an office file)
    assert "DOCTYPE" in e.value.pesan and "Error" not in e.value.pesan
