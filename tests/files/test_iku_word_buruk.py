"""Bad Word/Excel sheets are refused with the reason, within seconds and bounded memory, and the
store stays unchanged; the command line imports a sheet or shows what it recognised."""

from __future__ import annotations

import resource
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ikudesk.cli import main
from ikudesk.files.iku_impor import impor_lembar, jenis_berkas
from ikudesk.files.iku_sumber import ImporError
from ikudesk.persistence.repo import list_dokumen
from ikudesk.persistence.store import open_store
from tests.files.test_iku_word import contoh, dengan_target
from tests.support.word_iku import Tata, tulis_docx, tulis_xlsx

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _tolak(path: Path, *kata: str) -> str:
    awal = time.monotonic()
    with pytest.raises(ImporError) as e:
        impor_lembar(path)
    assert time.monotonic() - awal < 10
    for k in kata:
        assert k in e.value.pesan, e.value.pesan
    return e.value.pesan


def test_doc_dan_xls_lama(tmp_path: Path) -> None:
    (tmp_path / "iku.doc").write_bytes(OLE + b"\0" * 4000)
    (tmp_path / "iku.xls").write_bytes(OLE + b"\0" * 4000)
    _tolak(tmp_path / "iku.doc", "format lama (.doc)", "simpan sebagai .docx")
    _tolak(tmp_path / "iku.xls", "format lama (.xls)", "simpan sebagai .xlsx")


def test_berkas_berkata_sandi(tmp_path: Path) -> None:
    p = tmp_path / "iku.docx"
    p.write_bytes(OLE + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    _tolak(p, "kata sandi")


def test_bom_zip(tmp_path: Path) -> None:
    p = tmp_path / "bom.docx"
    tulis_docx(contoh("benjeng"), tmp_path / "asli.docx")
    with (
        zipfile.ZipFile(tmp_path / "asli.docx") as asli,
        zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for i in asli.infolist():
            z.writestr(i, asli.read(i))
        with z.open("word/media/nol.bin", "w", force_zip64=True) as f:
            blok = b"\0" * (1 << 20)
            for _ in range(260):
                f.write(blok)
    assert p.stat().st_size < 2 * 1024 * 1024
    sebelum = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _tolak(p, "bom zip")  # the shared bound: declared ratio, then counted
    # Decompressed in chunks: memory grows by far less than the 260 MB inside.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - sebelum < 100 * 1024


def test_berkas_raksasa(tmp_path: Path) -> None:
    p = tmp_path / "besar.docx"
    with open(p, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(51 * 1024 * 1024)
    _tolak(p, "terlalu besar", "50 MB")


def test_tanpa_tabel_iku(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("RENCANA STRATEGIS")
    t = d.add_table(rows=2, cols=3)
    for i, teks in enumerate(["Program", "Kegiatan", "Anggaran"]):
        t.rows[0].cells[i].text = teks
    d.save(str(tmp_path / "a.docx"))
    _tolak(tmp_path / "a.docx", "Tidak ditemukan tabel IKU", "Program | Kegiatan | Anggaran")


def test_tabel_pertama_bukan_iku(tmp_path: Path) -> None:
    """A Renstra summary table before the IKU table: the IKU table is found."""
    dok = contoh("benjeng")
    p = tulis_docx(dok, tmp_path / "a.docx")
    d = docx.Document(str(p))
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Tujuan"
    t.rows[0].cells[1].text = "Sasaran"
    t.rows[1].cells[0].text = "Meningkatnya kualitas pelayanan"
    d.paragraphs[0]._p.addprevious(t._tbl)
    d.save(str(p))
    hasil = impor_lembar(p)
    assert len(hasil.dokumen.semua_indikator()) == len(dok.semua_indikator())


def test_terlalu_banyak_tabel_dan_sarang(tmp_path: Path) -> None:
    d = docx.Document()
    for _ in range(201):
        d.add_table(rows=1, cols=1)
    d.save(str(tmp_path / "banyak.docx"))
    _tolak(tmp_path / "banyak.docx", "201 tabel", "200")

    d = docx.Document()
    sel = d.add_table(rows=1, cols=1).rows[0].cells[0]
    for _ in range(6):
        sel = sel.add_table(rows=1, cols=1).rows[0].cells[0]
    d.save(str(tmp_path / "sarang.docx"))
    _tolak(tmp_path / "sarang.docx", "bersarang lebih dari 5")


def test_gridspan_di_luar_kisi(tmp_path: Path) -> None:
    p = tulis_docx(contoh("benjeng"), tmp_path / "a.docx")
    d = docx.Document(str(p))
    tc = d.tables[-1].rows[2].cells[1]._tc
    tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="40"/>'))
    d.save(str(p))
    _tolak(p, "melampaui kisi tabel")


def test_jenis_menurut_isi(tmp_path: Path) -> None:
    dok = contoh("benjeng")
    assert jenis_berkas(tulis_docx(dok, tmp_path / "iku.bin")) == "docx"
    assert jenis_berkas(tulis_xlsx(dok, tmp_path / "iku.dat")) == "xlsx"
    (tmp_path / "d.txt").write_text("{}")
    assert jenis_berkas(tmp_path / "d.txt") == "json"


def test_cli_import_word_dan_periksa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "iku.db")
    dok = dengan_target(contoh("sumbersuko"))
    p = tulis_docx(dok, tmp_path / "iku.docx", Tata(target="kolom"))

    assert main(["import", str(p), "--periksa", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Instansi: Kecamatan Sumbersuko" in out
    assert "Periode: 2020–2024" in out
    assert "Rumus: (Jumlah hasil fasilitasi" in out and "× 100%" in out
    assert "Penandatangan: CAMAT SUMBERSUKO — Dra. HERTUTIK, M.Si" in out
    with open_store(db) as store:
        assert list_dokumen(store) == []  # --periksa stores nothing

    assert main(["import", str(p), "--db", db]) == 0
    nomor = int(capsys.readouterr().out.strip())
    with open_store(db) as store:
        assert [d.id for d in list_dokumen(store)] == [nomor]

    xlsx = tulis_xlsx(dok, tmp_path / "iku.xlsx")
    assert main(["import", str(xlsx), "--db", db]) == 0
    capsys.readouterr()

    (tmp_path / "lama.doc").write_bytes(OLE + b"\0" * 100)
    assert main(["import", str(tmp_path / "lama.doc"), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "simpan sebagai .docx" in err and "Traceback" not in err
    with open_store(db) as store:
        assert len(list_dokumen(store)) == 2  # unchanged by the refused file


def test_tabel_terlalu_panjang_ditolak_cepat(tmp_path: Path) -> None:
    """A table of 20,000 rows cannot be an IKU table (at most 5,000 indicators): refused after
    reading only its start, in seconds."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def tr(teks: list[str]) -> str:
        return (
            "<w:tr>"
            + "".join(f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>" for t in teks)
            + "</w:tr>"
        )

    kepala = tr(["No", "Sasaran", "Indikator Kinerja", "Formula", "Satuan"])
    isi = tr(["1", "S", "I", "R", "%"]) * 20_000
    body = (
        f"<w:document {w}><w:body><w:tbl><w:tblGrid>{'<w:gridCol/>' * 5}</w:tblGrid>"
        f"{kepala}{isi}</w:tbl></w:body></w:document>"
    )
    p = tmp_path / "panjang.docx"
    d = docx.Document()
    d.save(str(p))
    with (
        zipfile.ZipFile(p) as asli,
        zipfile.ZipFile(tmp_path / "b.docx", "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for i in asli.infolist():
            z.writestr(i, body if i.filename == "word/document.xml" else asli.read(i))
    _tolak(tmp_path / "b.docx", "20.001 baris", "5.000 indikator")


def test_lembar_excel_terlalu_besar(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("IKU")
    for i in range(30_000):  # 240,000 cells
        ws.append([i, "Sasaran", "Indikator", "Rumus", "%", 1, 2, 3])
    wb.save(tmp_path / "besar.xlsx")
    _tolak(tmp_path / "besar.xlsx", "terlalu besar untuk sebuah lembar IKU")


def test_tabel_iku_tanpa_indikator(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=1, cols=4)
    for i, teks in enumerate(["No", "Sasaran", "Indikator Kinerja Utama", "Formula"]):
        t.rows[0].cells[i].text = teks
    d.save(str(tmp_path / "a.docx"))
    _tolak(tmp_path / "a.docx", "tidak memuat satu pun indikator")


def test_atribut_rusak_tidak_membuat_macet(tmp_path: Path) -> None:
    """Damaged numbers in the XML (a span "dua", a list level of a billion) are read as Word's
    defaults; the sheet still imports."""
    dok = contoh("benjeng")
    p = tulis_docx(dok, tmp_path / "a.docx", Tata(penomoran="otomatis"))
    with zipfile.ZipFile(p) as z:
        isi = {i.filename: z.read(i) for i in z.infolist()}
    isi["word/document.xml"] = isi["word/document.xml"].replace(
        b'<w:ilvl w:val="0"/>', b'<w:ilvl w:val="x"/>', 1
    )
    isi["word/numbering.xml"] = isi["word/numbering.xml"].replace(
        b'w:ilvl="0"', b'w:ilvl="1000000000"', 1
    )
    with zipfile.ZipFile(p, "w") as z:
        for nama, data in isi.items():
            z.writestr(nama, data)
    hasil = impor_lembar(p)
    assert len(hasil.dokumen.semua_indikator()) == len(dok.semua_indikator())


def test_doctype_dengan_entitas_luar_ditolak(tmp_path: Path) -> None:
    """A .docx whose document part declares an external entity (XXE), even one it never uses:
    refused like a workbook with a DOCTYPE, before python-docx parses it."""
    asli = tmp_path / "asli.docx"
    tulis_docx(contoh("sumbersuko"), asli, Tata())
    jahat = tmp_path / "xxe.docx"
    with zipfile.ZipFile(asli) as zi, zipfile.ZipFile(jahat, "w") as zo:
        for i in zi.infolist():
            isi = zi.read(i.filename)
            if i.filename == "word/document.xml":
                isi = isi.replace(
                    b"?>", b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
                )
            zo.writestr(i, isi)
    with pytest.raises(ImporError, match="DOCTYPE"):
        impor_lembar(jahat)
