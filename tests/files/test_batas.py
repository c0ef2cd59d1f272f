"""The bounds of files from elsewhere (issue 22 item 4): one set in ``files.batas`` for every
reader — the fill-in form, a SIPD lampiran, a survey export (XLSX/CSV) and Word documents —
checked before anything is expanded. Past a bound: refused naming it, within seconds and
≤ 500 MB; a 5,000-indicator document stays inside.

The bombs run in a child process with an address-space cap (so the code before the fix fails
with ``MemoryError`` instead of taking the machine), timed, its peak memory read back.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ikudesk.errors import IkuError
from ikudesk.files import batas
from ikudesk.files.sipd_import import baca_sipd
from ikudesk.files.survei_import import ImporSurveiError, baca_tabel
from ikudesk.files.xlsx_form import baca_formulir, tulis_formulir
from tests.support.excel import buat_lampiran_sipd
from tests.support.excel_alat import contoh_v2, dengan_id
from tests.support.sintetis import dokumen_sintetis

AKAR = Path(__file__).resolve().parents[2]
MAKS_DETIK = 15.0
MAKS_MB = 500

# Run in a child: read the file with one reader; print JSON {rc, pesan, mb}. The address space
# is capped at 3 GB so a reader that expands a bomb dies quickly rather than taking the machine.
_ANAK = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
from ikudesk.errors import IkuError
jenis, path = sys.argv[1], sys.argv[2]
try:
    if jenis == "formulir":
        from ikudesk.files.xlsx_form import baca_formulir
        from tests.support.excel_alat import contoh_v2
        baca_formulir(contoh_v2(), path)
    elif jenis == "sipd":
        from ikudesk.files.sipd_import import baca_sipd
        baca_sipd(path)
    elif jenis == "survei":
        from ikudesk.files.survei_import import baca_tabel
        baca_tabel(path)
    elif jenis == "word":
        from ikudesk.files.batas import periksa_docx
        periksa_docx(path)
    elif jenis == "iku":
        from ikudesk.files.iku_impor import impor_lembar
        impor_lembar(path)
    hasil = {"rc": 0, "pesan": ""}
except IkuError as e:
    hasil = {"rc": 2, "pesan": e.pesan}
except MemoryError:
    hasil = {"rc": 1, "pesan": "MemoryError"}
hasil["mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(hasil))
"""


def _baca_di_anak(jenis: str, path: Path) -> tuple[dict, float]:
    mulai = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-c", _ANAK, jenis, str(path)],
        capture_output=True,
        text=True,
        cwd=AKAR,
        env=dict(os.environ, PYTHONPATH=str(AKAR)),
        timeout=300,
    )
    detik = time.monotonic() - mulai
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout.strip().splitlines()[-1]), detik


def _sisip_xml(path: Path, bagian: str, sebelum: str, xml: str, keluar: Path) -> Path:
    """Copy the workbook with ``xml`` put into part ``bagian`` before ``sebelum`` (or appended
    to its root element's content when ``sebelum`` is absent)."""
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == bagian:
                teks = data.decode("utf-8")
                if sebelum in teks:
                    teks = teks.replace(sebelum, xml + sebelum, 1)
                else:
                    teks = re.sub(r"(</\w+>)\s*$", xml + r"\1", teks)
                data = teks.encode("utf-8")
            zout.writestr(info.filename, data)
    return keluar


def _gabung(path: Path, ref: str, keluar: Path, bagian: str = "xl/worksheets/sheet1.xml") -> Path:
    """A merged range written straight into the sheet's XML (openpyxl would expand it)."""
    with zipfile.ZipFile(path) as z:
        teks = z.read(bagian).decode("utf-8")
    if "<mergeCells" in teks:
        return _sisip_xml(path, bagian, "</mergeCells>", f'<mergeCell ref="{ref}"/>', keluar)
    xml = f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'
    sebelum = "<pageMargins" if "<pageMargins" in teks else "</worksheet>"
    return _sisip_xml(path, bagian, sebelum, xml, keluar)


def _bagian_isian(path: Path) -> str:
    """The XML part of the form's 'Isian' sheet."""
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet[^>]*name="Isian"[^>]*r:id="(\w+)"', wb)
    assert rid
    target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="/?(?:xl/)?([^"]+)"', rels) or re.search(
        rf'Target="/?(?:xl/)?([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target
    return "xl/" + target.group(1)


# --------------------------------------------------------------------------- the bombs


def test_formulir_8kb_dengan_gabungan_seluruh_sheet_dipotong_dalam_detik(tmp_path: Path) -> None:
    """The issue's repro: a small form with the merged range A100:XFD1048576 (17 billion cells
    for openpyxl) is read in seconds within 500 MB: the range lies past the used area and is
    clipped away, so the form imports as it is."""
    dok = contoh_v2()
    asli = tulis_formulir(dok, tmp_path / "f.xlsx", 2023, 2)
    bom = _gabung(asli, "A100:XFD1048576", tmp_path / "bom.xlsx", _bagian_isian(asli))
    assert bom.stat().st_size < 20_000
    hasil, detik = _baca_di_anak("formulir", bom)
    assert hasil["rc"] == 0, hasil
    assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB, (detik, hasil)
    # and in this process the same form reads like the original
    assert baca_formulir(dok, bom).perubahan == baca_formulir(dok, asli).perubahan


def test_sipd_dengan_gabungan_seluruh_sheet_dipotong(tmp_path: Path) -> None:
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    bom = _gabung(asli, "A100:XFD1048576", tmp_path / "bom.xlsx")
    hasil, detik = _baca_di_anak("sipd", bom)
    assert hasil["rc"] == 0, hasil
    assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB, (detik, hasil)
    assert [p.kode for p in baca_sipd(bom).program] == [p.kode for p in baca_sipd(asli).program]


def _lembar_lebar(path: Path, baris: int, kolom: int) -> Path:
    """A workbook whose used area is ``baris`` × ``kolom`` (one value in each corner)."""
    wb = Workbook()
    ws = wb.active
    ws.cell(row=1, column=1).value = "Kode"
    ws.cell(row=baris, column=kolom).value = 1
    wb.save(path)
    return path


def test_gabungan_lebih_dari_sejuta_sel_ditolak(tmp_path: Path) -> None:
    """Merged cells inside the used area count against the bound: 200 × 5,001 = 1,000,200."""
    dasar = _lembar_lebar(tmp_path / "lebar.xlsx", 5_001, 200)
    bom = _gabung(dasar, "A1:GR5001", tmp_path / "sejuta.xlsx")
    for jenis in ("sipd", "survei"):
        hasil, detik = _baca_di_anak(jenis, bom)
        assert hasil["rc"] == 2, hasil
        assert f"lebih dari {batas.MAKS_SEL_GABUNGAN} sel gabungan" in hasil["pesan"]
        assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB, (detik, hasil)
    # exactly a million is inside the bound (read, then refused for not being a lampiran)
    pas = _gabung(dasar, "A1:GR5000", tmp_path / "pas.xlsx")
    with pytest.raises(IkuError, match="tidak tampak seperti Lampiran APBD SIPD"):
        baca_sipd(pas)


def test_area_terpakai_dibatasi_baris_dan_kolom(tmp_path: Path) -> None:
    kolom = _lembar_lebar(tmp_path / "kolom.xlsx", 3, batas.MAKS_KOLOM + 1)
    with pytest.raises(IkuError, match=r"di kolom 201; batasnya 200 kolom"):
        baca_sipd(kolom)
    with pytest.raises(ImporSurveiError, match=r"di kolom 201; batasnya 200 kolom"):
        baca_tabel(kolom)
    # A styled but empty cell at the sheet's far corner is not used area: nothing to refuse,
    # and nothing is walked out there.
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    jauh = _sisip_xml(
        asli,
        "xl/worksheets/sheet1.xml",
        "</sheetData>",
        '<row r="1048576"><c r="XFD1048576" s="1"/></row>',
        tmp_path / "jauh.xlsx",
    )
    mulai = time.monotonic()
    assert [p.kode for p in baca_sipd(jauh).program] == [p.kode for p in baca_sipd(asli).program]
    assert time.monotonic() - mulai < 5


def test_dimensi_bohong_tidak_dipercaya(tmp_path: Path) -> None:
    """A <dimension> claiming the whole sheet does not make a reader walk a million rows."""
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    with zipfile.ZipFile(asli) as z:
        teks = z.read("xl/worksheets/sheet1.xml").decode()
    bohong = tmp_path / "bohong.xlsx"
    with zipfile.ZipFile(asli) as zin, zipfile.ZipFile(bohong, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', teks)
                data = data.encode()
            zout.writestr(info.filename, data)
    mulai = time.monotonic()
    assert baca_sipd(bohong).program
    assert time.monotonic() - mulai < 5


def test_teks_bersama_dan_gaya_dibatasi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    with zipfile.ZipFile(asli, "a") as z:
        teks = "".join(f"<si><t>uraian {i}</t></si>" for i in range(100))
        z.writestr("xl/sharedStrings.xml", f'<sst count="100">{teks}</sst>')
    monkeypatch.setattr(batas, "MAKS_BITA_TEKS_BERSAMA", 1000)
    with pytest.raises(IkuError, match=r"Teks bersama \(sharedStrings\) .*batasnya 0,0 MB"):
        baca_sipd(asli)
    monkeypatch.setattr(batas, "MAKS_BITA_TEKS_BERSAMA", 50 * batas.MB)
    monkeypatch.setattr(batas, "MAKS_BITA_GAYA", 100)
    with pytest.raises(IkuError, match=r"Gaya sel \(styles\)"):
        baca_sipd(asli)


def test_rasio_bom_zip_ditolak_sebelum_dibuka(tmp_path: Path) -> None:
    bom = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bom, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            nol = b"\0" * (1 << 20)
            for _ in range(60):
                f.write(nol)
    assert bom.stat().st_size < 100_000
    for baca in (baca_sipd, baca_tabel):
        mulai = time.monotonic()
        with pytest.raises(IkuError, match=r"memampat lebih dari 1000:1"):
            baca(bom)
        assert time.monotonic() - mulai < 2


@pytest.mark.parametrize(
    "bagian", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "_rels/.rels"]
)
def test_doctype_di_bagian_mana_pun_ditolak(tmp_path: Path, bagian: str) -> None:
    """Entities (an external file, "billion laughs") in any XML part: the sheets are streamed
    by us, the other parts by openpyxl (lxml resolves local external entities)."""
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    jahat = tmp_path / "xxe.xlsx"
    dtd = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">]>'
    with zipfile.ZipFile(asli) as zin, zipfile.ZipFile(jahat, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == bagian:
                teks = data.decode()
                data = (teks.replace("?>", "?>" + dtd, 1) if "?>" in teks else dtd + teks).encode()
            zout.writestr(info.filename, data)
    with pytest.raises(IkuError, match=rf"Bagian '{re.escape(bagian)}' .* DOCTYPE"):
        baca_sipd(jahat)
    with pytest.raises(ImporSurveiError, match="DOCTYPE"):
        baca_tabel(jahat)


def test_banyak_gabungan_di_luar_area_cepat(tmp_path: Path) -> None:
    """300,000 merged ranges past the used area: clipped away, and neither we nor openpyxl walk
    them (before, openpyxl parsed on past the last row: 40 s)."""
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    banyak = "".join(f'<mergeCell ref="A{2 * i + 1}:A{2 * i + 2}"/>' for i in range(300_000))
    f = _sisip_xml(
        asli, "xl/worksheets/sheet1.xml", "</worksheet>", f"<mergeCells>{banyak}</mergeCells>",
        tmp_path / "banyak.xlsx",
    )  # fmt: skip
    hasil, detik = _baca_di_anak("sipd", f)
    assert hasil["rc"] == 0, hasil
    assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB, (detik, hasil)


def test_csv_survei_dibatasi_sama(tmp_path: Path) -> None:
    lebar = tmp_path / "lebar.csv"
    lebar.write_text("a," * batas.MAKS_KOLOM + "z\n1\n", encoding="utf-8")
    with pytest.raises(ImporSurveiError, match=r"201 kolom; batasnya 200 kolom"):
        baca_tabel(lebar)
    panjang = tmp_path / "panjang.csv"
    panjang.write_text("U1,U2\n" + "1,2\n" * (batas.MAKS_BARIS + 1), encoding="utf-8")
    with pytest.raises(ImporSurveiError, match=r"lebih dari 100000 baris"):
        baca_tabel(panjang)


def test_dokumen_5000_indikator_dalam_batas(tmp_path: Path) -> None:
    """The bounds admit a 5,000-indicator document: its form is written and read back."""
    dok = dengan_id(dokumen_sintetis(5_000))
    tahun = dok.periode.mulai
    path = tulis_formulir(dok, tmp_path / "besar.xlsx", tahun, 1)
    mulai = time.monotonic()
    hasil = baca_formulir(dok, path)
    assert hasil.jumlah_baris == 5_000
    assert time.monotonic() - mulai < 60


# --------------------------------------------------------------------------- Word


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, badan: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{badan}</w:body></w:document>")
    return path


def _tabel(baris: int, kolom: int, isi: str = "", span: int = 1) -> str:
    kisi = "<w:tblGrid>" + "<w:gridCol/>" * kolom + "</w:tblGrid>"
    tc = f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p/>{isi}</w:tc>'
    sel = tc + "<w:tc><w:p/></w:tc>" * (kolom - span)
    return f"<w:tbl>{kisi}" + f"<w:tr>{sel}</w:tr>" * baris + "</w:tbl>"


def test_word_dalam_batas_5000_indikator(tmp_path: Path) -> None:
    doc = _docx(tmp_path / "iku.docx", _tabel(5_001, 8) + _tabel(3, 2, _tabel(2, 2)))
    r = batas.periksa_docx(doc)
    # the inner table sits in the first cell of each of the 3 outer rows
    assert (r.tabel, r.baris_tabel, r.bersarang) == (1 + 1 + 3, 5_001 + 3 + 3 * 2, 2)


def test_word_di_luar_batas_ditolak(tmp_path: Path) -> None:
    banyak = _docx(tmp_path / "banyak.docx", _tabel(1, 1) * (batas.MAKS_TABEL + 1))
    with pytest.raises(IkuError, match=r"lebih dari 200 tabel; batasnya 200"):
        batas.periksa_docx(banyak)
    sarang = ""
    for _ in range(batas.MAKS_BERSARANG + 1):
        sarang = _tabel(1, 1, sarang)
    dalam = _docx(tmp_path / "dalam.docx", sarang)
    with pytest.raises(IkuError, match=r"bersarang lebih dari 5 tingkat"):
        batas.periksa_docx(dalam)
    panjang = _docx(tmp_path / "panjang.docx", _tabel(batas.MAKS_BARIS_TABEL + 1, 1))
    hasil, detik = _baca_di_anak("word", panjang)
    assert hasil["rc"] == 2 and "lebih dari 100000 baris tabel" in hasil["pesan"], hasil
    assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB
    lebar = _docx(tmp_path / "span.docx", _tabel(2, 3, span=1_000_000))
    with pytest.raises(IkuError, match=r"gridSpan 1000000 di luar kisi tabelnya \(3 kolom\)"):
        batas.periksa_docx(lebar)
    vmerge = _docx(
        tmp_path / "vmerge.docx",
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p/></w:tc>"
        '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
    )
    with pytest.raises(IkuError, match=r"di luar kisi tabelnya \(1 kolom\)"):
        batas.periksa_docx(vmerge)
    with pytest.raises(IkuError, match="batasnya 50 MB"):
        besar = tmp_path / "besar.docx"
        with open(besar, "wb") as f:
            f.truncate(batas.MAKS_BITA + 1)
        batas.periksa_docx(besar)


def test_sel_rusak_saat_dibaca_ditolak(tmp_path: Path) -> None:
    """Found by the fuzz run: a cell reference openpyxl cannot parse surfaces only while the
    rows are walked (read-only mode); it is a refusal naming the sheet, not a traceback."""
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    rusak = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(asli) as zin, zipfile.ZipFile(rusak, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="A8"', b'<c r="&amp;A8"', 1)
                assert b"&amp;A8" in data
            zout.writestr(info.filename, data)
    with pytest.raises(IkuError, match=r"Sheet 'Lampiran III' di berkas 'rusak.xlsx' rusak"):
        baca_sipd(rusak)
    with pytest.raises(ImporSurveiError, match=r"rusak dan tidak dapat dibaca"):
        baca_tabel(rusak)


def test_pengodean_tak_dikenal_ditolak(tmp_path: Path) -> None:
    """Found by the fuzz run: an XML declaration naming an unknown encoding made expat raise
    LookupError (a traceback); now the part is refused as damaged."""
    doc = tmp_path / "aneh.docx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF0b-8"?><w:document {W}><w:body/></w:document>',
        )
    with pytest.raises(IkuError, match=r"'word/document.xml' .* rusak \(XML tidak sah"):
        batas.periksa_docx(doc)
    asli = buat_lampiran_sipd(tmp_path / "sipd.xlsx")
    aneh = _sisip_xml(asli, "xl/worksheets/sheet1.xml", "<worksheet", "", tmp_path / "a.xlsx")
    with zipfile.ZipFile(aneh) as z:
        teks = z.read("xl/worksheets/sheet1.xml").decode()
    with zipfile.ZipFile(asli) as zin, zipfile.ZipFile(aneh, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                badan = re.sub(r"^<\?xml[^>]*\?>", "", teks)
                data = ('<?xml version="1.0" encoding="UTF0b-8"?>' + badan).encode()
            zout.writestr(info.filename, data)
    with pytest.raises(IkuError):
        baca_sipd(aneh)


def test_lembar_iku_excel_bom_gabungan_ditolak(tmp_path: Path) -> None:
    """The Word/Excel IKU import (issue 23) loads a workbook whole, where openpyxl expands every
    merged range: the 8 KB merge bomb is refused there by the same bounds, within seconds."""
    from ikudesk.files.docfile import baca_file
    from tests.support.excel_alat import CONTOH_V2
    from tests.support.word_iku import tulis_xlsx

    asli = tulis_xlsx(baca_file(CONTOH_V2), tmp_path / "iku.xlsx")
    bom = _gabung(asli, "A100:XFD1048576", tmp_path / "bom.xlsx")
    hasil, detik = _baca_di_anak("iku", bom)
    assert hasil["rc"] == 2 and "sel gabungan" in hasil["pesan"], hasil
    assert detik < MAKS_DETIK and hasil["mb"] < MAKS_MB, (detik, hasil)
    # A cell openpyxl cannot parse (found by the fuzz run): refused, no traceback.
    rusak = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(asli) as zin, zipfile.ZipFile(rusak, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="A(\d+)"', rb'<c r="&amp;A\1"', data, count=1)
            zout.writestr(info.filename, data)
    hasil, _ = _baca_di_anak("iku", rusak)
    assert hasil["rc"] == 2, hasil
