"""Word/Excel IKU sheets imported: the seed sheets, written by python-docx in this test in several
layouts, come back as the documents in shared/contoh (or the seed's content) and print as them."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ikudesk.domain import formula
from ikudesk.domain.model import Dokumen, Periode, Tujuan
from ikudesk.files.docfile import baca_file, json_tepat, ke_data
from ikudesk.files.iku_impor import impor_lembar
from tests.support.word_iku import Tata, dok_a_n, tulis_docx, tulis_xlsx

SHARED = Path("/work/shared")
CONTOH = SHARED / "contoh"
if not CONTOH.exists():  # the repository's own copies of the samples
    CONTOH = Path(__file__).resolve().parents[2] / "data"


def contoh(nama: str) -> Dokumen:
    return baca_file(CONTOH / f"{nama}.json")


def dengan_target(dok: Dokumen, mulai: int = 2020, selesai: int = 2024) -> Dokumen:
    """``dok`` with a period (in its title) and made-up targets: the seeds print none."""
    dok = copy.deepcopy(dok)
    if dok.periode is None:
        dok.periode = Periode(mulai, selesai)
        dok.judul = [*dok.judul, f"TAHUN {mulai}-{selesai}"]
    if not any(k.isi == "target" for k in dok.tabel.kolom):
        from ikudesk.domain.model import Kolom

        i = next(i for i, k in enumerate(dok.tabel.kolom) if k.isi == "rumus") + 1
        dok.tabel.kolom.insert(i, Kolom(isi="target", judul="Target"))
    for n, ind in enumerate(dok.semua_indikator()):
        if ind in [x for t in dok.tujuan for x in t.indikator]:
            continue
        for j, th in enumerate(range(dok.periode.mulai, dok.periode.selesai + 1)):
            if (n + j) % 5 == 4:
                continue  # a "-": no target that year
            ind.target[th] = (
                Decimal(80)
                + Decimal(n)
                + Decimal(j) * Decimal("2.5")
                + (Decimal(1200) if n == 1 else 0)
            )
    return dok


def _rumus_cetak(ind: dict[str, Any], satuan: str) -> str:
    r = ind.get("rumus") or {}
    if not r.get("ekspresi"):
        return ""
    uraian = {k["kode"]: k["uraian"] for k in r["komponen"]}
    node = formula.parse(r["ekspresi"], list(uraian))
    return formula.teks_rumus(
        formula.layout(node, uraian, persen=formula.prints_as_percent(node, satuan))
    )


def bentuk(dok: Dokumen) -> dict[str, Any]:
    """The document as the sheet shows it: formulas as printed (component codes are the
    importer's own choice), a tujuan's own indicators by name only (the sheet shows no more)."""
    data = json.loads(json_tepat(ke_data(dok)))
    # The yearly cycle (PK, reports, finalisations) is not on an IKU sheet.
    for k in (
        "format",
        "versi",
        "catatan",
        "perjanjian_kinerja",
        "laporan_tahunan",
        "laporan_triwulan",
        "penetapan",
        "status",
    ):
        data.pop(k, None)
    for k in data["profil"]["kepala"]:
        k.pop("tebal", None)
    for t in data["tujuan"]:
        t["indikator"] = [{"nama": i["nama"]} for i in t.get("indikator", [])]
        for s in t.get("sasaran", []):
            for ind in s["indikator"]:
                r = ind.pop("rumus")
                ind["rumus_cetak"] = _rumus_cetak({"rumus": r}, ind.get("satuan", ""))
                ind["komponen"] = (
                    [k["uraian"] for k in r["komponen"]]
                    if "tahun_lalu" not in (r["ekspresi"] or "")
                    else "-"
                )
                ind["penjelasan"] = r["penjelasan"]
                for k in (
                    "realisasi",
                    "nilai_komponen",
                    "triwulan",
                    "analisis",
                    "agregasi",
                    "survei_ikm",
                ):
                    ind.pop(k, None)  # measured values: not on an IKU sheet
                for k in [k for k, v in ind.items() if v in ("", {}, [], None)]:
                    del ind[k]
    return data


def harapan(dok: Dokumen) -> dict[str, Any]:
    b = bentuk(dok)
    kolom = {k.isi for k in dok.tabel.kolom}
    for t in b["tujuan"]:
        for s in t["sasaran"]:
            for ind in s["indikator"]:
                for k in ("kode", "definisi"):
                    if k not in kolom:
                        ind.pop(k, None)  # not on this sheet
                if ind.get("komponen") == "-":
                    ind.pop("komponen")
    return b


def cocok(hasil: Dokumen, dok: Dokumen) -> None:
    a, b = bentuk(hasil), harapan(dok)
    for t in a["tujuan"]:
        for s in t["sasaran"]:
            for ind in s["indikator"]:
                if "komponen" in ind and not any(
                    "komponen" in x
                    for tt in b["tujuan"]
                    for ss in tt["sasaran"]
                    for x in ss["indikator"]
                    if x["nama"] == ind["nama"]
                ):
                    ind.pop("komponen")
    if a != b:
        import difflib

        ja, jb = (
            json.dumps(x, indent=1, ensure_ascii=False, sort_keys=True).splitlines() for x in (b, a)
        )
        pytest.fail("\n".join(difflib.unified_diff(ja, jb, "harapan", "hasil", lineterm="", n=2)))


TATA = {
    "gabung-paragraf-omml": Tata(),
    "kolom-tabel-teks": Tata(target="kolom", kepala="tabel", rumus="teks"),
    "tahun-otomatis-tigabaris": Tata(target="tahun", rumus="tiga_baris", penomoran="otomatis"),
    "bersambung-garisbawah": Tata(rumus="garis_bawah", bersambung="tabel", spasi=True),
    "ulang-otomatis-tabel": Tata(kepala="tabel", penomoran="otomatis", bersambung="ulang"),
    "label-bernomor-mengetahui": Tata(label_bernomor=True, ttd="mengetahui", rumus="teks"),
    "ttd-tab": Tata(ttd="tab", kepala="tabel", target="tahun"),
}


@pytest.mark.parametrize("nama", ["sumbersuko", "sumber-harta", "benjeng", "sumber-harta-2023"])
@pytest.mark.parametrize("tata", list(TATA), ids=list(TATA))
def test_seed_ditulis_word_kembali_sebagai_contoh(tmp_path: Path, nama: str, tata: str) -> None:
    dok = dengan_target(contoh(nama))
    path = tulis_docx(dok, tmp_path / f"{nama}.docx", TATA[tata])
    hasil = impor_lembar(path)
    cocok(hasil.dokumen, dok)
    assert [str(c) for c in hasil.catatan] == _tanpa_profil(dok)


def _tanpa_profil(dok: Dokumen) -> list[str]:
    """What an import lists when the sheet names no instansi / pemerintah daerah (Benjeng's
    sheet names no kabupaten): the only notes a faithful sheet gets."""
    return [
        f"kepala dokumen: {nama} tidak dikenali dari judul atau kepala lembar; isi di Profil "
        "sesudah impor"
        for nama, isi in (
            ("instansi", dok.profil.instansi),
            ("pemerintah daerah", dok.profil.pemerintah_daerah),
        )
        if not isi
    ]


@pytest.mark.parametrize("nama", ["sumbersuko", "sumber-harta", "benjeng"])
def test_seed_tanpa_target(tmp_path: Path, nama: str) -> None:
    dok = contoh(nama)
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx", Tata(rumus="omml")))
    cocok(hasil.dokumen, dok)


def test_kelompok_dan_sasaran_sebagai_baris(tmp_path: Path) -> None:
    """RUTIN / NON RUTIN rows across the width, and each sasaran as its own row."""
    dok = dengan_target(contoh("benjeng"))
    t = dok.tujuan[0]
    dok.tujuan = [
        Tujuan(uraian="", kelompok="NON RUTIN", sasaran=t.sasaran[:2]),
        Tujuan(uraian="", kelompok="RUTIN", sasaran=t.sasaran[2:]),
    ]
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx", Tata(sasaran_baris=True)))
    dok.tabel.kolom = [k for k in dok.tabel.kolom if k.isi != "sasaran"]
    cocok(hasil.dokumen, dok)


def test_penandatangan_a_n(tmp_path: Path) -> None:
    dok = contoh("benjeng")
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx", Tata(ttd="an")))
    assert hasil.dokumen.penandatangan == dok_a_n(dok).penandatangan


def test_contoh_word_sumbersuko() -> None:
    """shared/contoh/word/sumbersuko.docx gives what its .expect.json says."""
    sumber = SHARED / "contoh" / "word" / "sumbersuko.docx"
    if not sumber.exists():
        pytest.skip("contoh Word tidak tersedia")
    harap = json.loads(sumber.with_suffix(".expect.json").read_text("utf-8"))
    dok = impor_lembar(sumber).dokumen

    def rata(t: str) -> str:
        return " ".join(t.split()).lower()

    assert dok.profil.instansi == harap["instansi"]
    baris = [(s, i) for t in dok.tujuan for s in t.sasaran for i in s.indikator]
    assert len(baris) == len(harap["indikator"])
    for (s, ind), h in zip(baris, harap["indikator"], strict=True):
        assert rata(s.uraian) == rata(h["sasaran"])
        assert rata(ind.nama) == rata(h["nama"])
        assert ind.satuan == h["satuan"]
        assert {str(k): v for k, v in ind.target.items()} == {
            k: Decimal(str(v)) for k, v in h["target"].items()
        }
        if "komponen" in h:
            assert [rata(k.uraian) for k in ind.rumus.komponen] == [rata(k) for k in h["komponen"]]
        semua = rata(
            " ".join(
                [k.uraian for k in ind.rumus.komponen]
                + [ind.rumus.ekspresi or "", ind.rumus.penjelasan]
            )
        )
        for kata in re.findall(r"\w+", rata(h["teks_rumus"])):
            assert kata in semua or kata in ("×",), kata
    assert dok.penandatangan is not None
    assert rata(dok.penandatangan.nama) == rata(harap["penandatangan"]["nama"])
    assert dok.penandatangan.nip == harap["penandatangan"]["nip"]


def test_excel_iku(tmp_path: Path) -> None:
    for nama in ("sumbersuko", "sumber-harta", "benjeng"):
        dok = dengan_target(contoh(nama))
        hasil = impor_lembar(tulis_xlsx(dok, tmp_path / f"{nama}.xlsx"))
        cocok(hasil.dokumen, dok)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice tidak terpasang")
def test_lembar_dari_libreoffice_writer(tmp_path: Path) -> None:
    """A sheet whose tables are LibreOffice Writer's: written as .odt by Writer, saved as .docx."""
    dok = dengan_target(contoh("sumbersuko"))
    # Text formulas: without libreoffice-math, Writer drops Word equations it cannot edit.
    tata = Tata(target="kolom", penomoran="otomatis", rumus="tiga_baris", kepala="tabel")
    asal = tulis_docx(dok, tmp_path / "asal.docx", tata)
    odt_dir, docx_dir = tmp_path / "odt", tmp_path / "docx"
    profil = f"-env:UserInstallation=file://{tmp_path}/lo"
    for fmt, masuk, keluar in (("odt", asal, odt_dir), ("docx", odt_dir / "asal.odt", docx_dir)):
        subprocess.run(
            [
                "soffice",
                profil,
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(keluar),
                str(masuk),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    import zipfile

    with zipfile.ZipFile(docx_dir / "asal.docx") as z:
        assert b"LibreOffice" in z.read("docProps/app.xml")  # Writer wrote these tables
    hasil = impor_lembar(docx_dir / "asal.docx")
    cocok(hasil.dokumen, dok)


@pytest.mark.parametrize("rumus", ["omml", "teks", "tiga_baris", "garis_bawah"])
def test_dokumen_sintetis_semua_bentuk_rumus(tmp_path: Path, rumus: str) -> None:
    """Every formula shape the sheet typesets, kelompok rows, long texts, six target years."""
    from tests.support.sintetis import dokumen_sintetis

    dok = dokumen_sintetis(24)
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "s.docx", Tata(rumus=rumus)))
    # What this sheet does not show (no tujuan column, no Tujuan line, no kabupaten anywhere)
    # cannot come back.
    dok.profil.pemerintah_daerah = ""
    for t in dok.tujuan:
        t.uraian = ""
    cocok(hasil.dokumen, dok)


def _teks_pdf(dok: Dokumen) -> list[str]:
    import io

    import pypdf

    from ikudesk.report import buat_pdf_bytes

    pdf = pypdf.PdfReader(io.BytesIO(buat_pdf_bytes(dok)))
    return [p.extract_text() or "" for p in pdf.pages]


@pytest.mark.parametrize("nama", ["sumbersuko", "sumber-harta", "benjeng"])
def test_dicetak_ulang_seperti_lembar_seed(tmp_path: Path, nama: str) -> None:
    """The imported document prints the same IKU sheet as the seed's document does."""
    dok = contoh(nama)
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx", Tata(rumus="garis_bawah")))
    assert _teks_pdf(hasil.dokumen) == _teks_pdf(dok)


@pytest.mark.parametrize(
    ("teks", "ekspresi", "komponen", "penjelasan"),
    [
        (
            ["Jumlah A yang selesai / Jumlah B yang ada x 100%"],
            "selesai / ada * 100",
            ["Jumlah A yang selesai", "Jumlah B yang ada"],
            "",
        ),
        (
            ["= (Jumlah kasus selesai : Jumlah kasus masuk) x 100 %", "Dihitung tiap tahun."],
            "selesai / masuk * 100",
            ["Jumlah kasus selesai", "Jumlah kasus masuk"],
            "Dihitung tiap tahun.",
        ),
        (
            ["Jumlah desa tertib", "------------------------------ x 100%", "Jumlah desa"],
            "tertib / desa * 100",
            ["Jumlah desa tertib", "Jumlah desa"],
            "",
        ),
        (
            ["Jumlah dokumen tepat waktu", "__________________", "Jumlah seluruh dokumen × 3"],
            "tepat / (dokumen * 3)",
            ["Jumlah dokumen tepat waktu", "Jumlah seluruh dokumen"],
            "",
        ),
        (
            ["Penjelasan : Nilai dari hasil survei / sensus desa"],
            None,
            [],
            "Penjelasan : Nilai dari hasil survei / sensus desa",
        ),
    ],
)
def test_rumus_teks(
    teks: list[str], ekspresi: str | None, komponen: list[str], penjelasan: str
) -> None:
    from ikudesk.files.iku_rumus import baca_rumus
    from ikudesk.files.iku_sumber import Paragraf, Teks

    r = baca_rumus([Paragraf([Teks(t)]) for t in teks])
    assert r.ekspresi == ekspresi
    assert [u for _, u in r.komponen] == komponen
    assert r.penjelasan == penjelasan


def test_rumus_tak_dikenali_disimpan_dan_didaftar(tmp_path: Path) -> None:
    """A formula cell that cannot be understood is kept whole as penjelasan and listed with
    its place; the penandatangan's Plt. and a NIP that is not valid are handled too."""
    dok = contoh("benjeng")
    ind = dok.tujuan[0].sasaran[1].indikator[1]
    ind.rumus.ekspresi, ind.rumus.komponen = None, []
    ind.rumus.penjelasan = "Jumlah konflik ditangani / x 100 %"
    assert dok.penandatangan is not None
    dok.penandatangan.status = "Plt."
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx"))
    baru = hasil.dokumen.tujuan[0].sasaran[1].indikator[1]
    assert baru.rumus.ekspresi is None
    assert baru.rumus.penjelasan == "Jumlah konflik ditangani / x 100 %"
    assert [str(c).split(":")[0] for c in hasil.catatan] == [
        "tabel 1, baris 4, kolom 'PENJELASAN / FORMULASI PENGHITUNGAN'",
        *(c.split(":")[0] for c in _tanpa_profil(dok)),
    ]
    assert hasil.dokumen.penandatangan == dok.penandatangan

    dok.penandatangan.nip = "196710201988031009"
    p = tulis_docx(dok, tmp_path / "b.docx")
    import docx

    d = docx.Document(str(p))
    for par in d.paragraphs:
        if par.text.startswith("NIP."):
            par.runs[0].text = "NIP. 19671320 198803 1 009"  # month 13: not a birth date
    d.save(str(p))
    hasil = impor_lembar(p)
    assert hasil.dokumen.penandatangan is not None and hasil.dokumen.penandatangan.nip == ""
    assert any("NIP" in str(c) and "tanggal lahir" in str(c) for c in hasil.catatan)


def test_kolom_sendiri_dengan_grup_kode_definisi(tmp_path: Path) -> None:
    """The sheet's own columns come back as tabel.kolom: a two-row heading's group ("Sasaran"
    over three columns, Sumbersuko's seed), a kode and a definisi column."""
    from ikudesk.domain.model import Kolom

    dok = dengan_target(contoh("sumber-harta-2023"))
    kolom = [k for k in dok.tabel.kolom if k.isi not in ("tujuan", "indikator_tujuan")]
    for k in kolom:
        if k.isi in ("sasaran", "indikator", "rumus"):
            k.grup = "Sasaran"
    kolom.insert(1, Kolom(isi="kode", judul="Kode"))
    kolom.insert(5, Kolom(isi="definisi", judul="Definisi Operasional"))
    dok.tabel.kolom = kolom
    dok.tabel.nomor_per = "sasaran"
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "a.docx", Tata(target="gabung")))
    assert [(k.isi, k.judul, k.grup) for k in hasil.dokumen.tabel.kolom] == [
        (k.isi, k.judul, k.grup) for k in dok.tabel.kolom
    ]
    assert [i.kode for i in hasil.dokumen.semua_indikator() if i.kode] == [
        i.kode for i in dok.semua_indikator() if i.kode
    ]
    assert [i.definisi for i in hasil.dokumen.semua_indikator()][1:] == [
        i.definisi for i in dok.semua_indikator()
    ][1:]


def test_persamaan_word_bertingkat(tmp_path: Path) -> None:
    """Word's own equation shapes: a fraction whose lines are an equation array (no spaces at
    the line ends), inside a math paragraph, after "=" and followed by "× 100 %"."""
    import docx
    from docx.oxml import parse_xml

    m = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    def r(t: str) -> str:
        return f"<m:r><m:t>{t}</m:t></m:r>"

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for i, h in enumerate(["Sasaran", "Indikator Kinerja", "Formulasi"]):
        t.rows[0].cells[i].text = h
    t.rows[1].cells[0].text = "Meningkatnya pelayanan"
    t.rows[1].cells[1].text = "Persentase pengaduan yang selesai"
    p = t.rows[1].cells[2].paragraphs[0]
    p._p.append(
        parse_xml(
            f'<m:oMathPara xmlns:m="{m}"><m:oMath>{r("=")}<m:f><m:num><m:eqArr>'
            f"<m:e>{r('Jumlah pengaduan')}</m:e><m:e>{r('yang selesai')}</m:e></m:eqArr></m:num>"
            f"<m:den><m:d><m:e>{r('Jumlah pengaduan')}</m:e><m:e>{r('masuk')}</m:e></m:d></m:den>"
            f"</m:f>{r('×')}{r('100 %')}</m:oMath></m:oMathPara>"
        )
    )
    d.save(str(tmp_path / "a.docx"))
    ind = impor_lembar(tmp_path / "a.docx").dokumen.semua_indikator()[0]
    assert [k.uraian for k in ind.rumus.komponen] == [
        "Jumlah pengaduan yang selesai",
        "Jumlah pengaduan masuk",
    ]
    assert ind.rumus.ekspresi is not None and ind.rumus.ekspresi.endswith(" * 100")
    assert ind.satuan == "%"


def test_dua_kolom_rumus_alasan_dan_formulasi(tmp_path: Path) -> None:
    """ "Alasan" and "Formulasi" side by side: neither column's text is lost."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=4)
    for i, h in enumerate(["Sasaran", "Indikator Kinerja Utama", "Alasan", "Formulasi"]):
        t.rows[0].cells[i].text = h
    isi = [
        "Meningkatnya pelayanan",
        "Persentase pengaduan yang selesai",
        "Mengukur tindak lanjut pengaduan",
        "Jumlah pengaduan selesai / Jumlah pengaduan masuk x 100%",
    ]
    for i, teks in enumerate(isi):
        t.rows[1].cells[i].text = teks
    d.save(str(tmp_path / "a.docx"))
    ind = impor_lembar(tmp_path / "a.docx").dokumen.semua_indikator()[0]
    assert [k.uraian for k in ind.rumus.komponen] == [
        "Jumlah pengaduan selesai",
        "Jumlah pengaduan masuk",
    ]
    assert ind.rumus.penjelasan == "Mengukur tindak lanjut pengaduan"


def test_baris_tujuan_di_kepala_untuk_tiap_kelompok(tmp_path: Path) -> None:
    """A "Tujuan :" header line of several lines above a table grouped by RUTIN / NON RUTIN rows
    names the groups' tujuan in order."""
    from ikudesk.domain.model import BarisKepala
    from tests.support.sintetis import dokumen_sintetis

    dok = dokumen_sintetis(24)
    dok.profil.kepala.append(BarisKepala(label="Tujuan", dari="tujuan"))
    hasil = impor_lembar(tulis_docx(dok, tmp_path / "s.docx"))
    dok.profil.pemerintah_daerah = ""
    cocok(hasil.dokumen, dok)


def test_lembar_di_dalam_tabel_bingkai(tmp_path: Path) -> None:
    """The whole sheet inside a one-column frame table: read as if it stood outside."""
    import docx

    dok = dengan_target(contoh("benjeng"))
    asli = docx.Document(str(tulis_docx(dok, tmp_path / "asli.docx", Tata(ttd="an"))))
    bingkai = docx.Document()
    sel = bingkai.add_table(rows=1, cols=1).rows[0].cells[0]
    tc = sel._tc
    for el in list(asli.element.body):
        if el.tag.endswith("}sectPr"):
            continue
        tc.append(el)
    tc.append(tc.makeelement(tc.tag.replace("}tc", "}p"), {}))  # a cell ends with a paragraph
    bingkai.save(str(tmp_path / "bingkai.docx"))
    hasil = impor_lembar(tmp_path / "bingkai.docx")
    cocok(hasil.dokumen, dok_a_n(dok))


def test_judul_indikator_di_atas_dua_kolom(tmp_path: Path) -> None:
    """ "Indikator Kinerja" over a number column and a name column (one heading row): the names
    come from the column with the text, the numbers say the names are numbered; a name that
    mentions "indikator" is no second heading row."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=5)
    kepala = t.rows[0].cells
    kepala[0].text, kepala[1].text, kepala[4].text = "No", "Sasaran", "Formula"
    kepala[2].merge(kepala[3]).text = "Indikator Kinerja"
    for r, (no, nama) in enumerate(
        [("1.", "Persentase indikator yang tercapai"), ("2.", "Nilai SAKIP")], start=1
    ):
        c = t.rows[r].cells
        c[0].text, c[1].text, c[2].text, c[3].text = "1", "Meningkatnya tata kelola", no, nama
        c[4].text = "Jumlah indikator tercapai / Jumlah indikator x 100%"
    d.save(str(tmp_path / "a.docx"))
    hasil = impor_lembar(tmp_path / "a.docx")
    nama = [i.nama for i in hasil.dokumen.semua_indikator()]
    assert nama == ["Persentase indikator yang tercapai", "Nilai SAKIP"]
    assert hasil.dokumen.tabel.nomori_indikator
    assert [k.judul for k in hasil.dokumen.tabel.kolom] == [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Formula",
    ]
