"""Closing rows (JUMLAH, Jumlah, Rata-rata) of every report keep a data row and the repeated
headings with them on their page, on every paper and orientation, read back per page with
``pdftotext -layout``."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from ikudesk.domain.model import Dokumen
from ikudesk.report import buat_pdf
from ikudesk.report.paper import KERTAS, ORIENTASI
from tests.report.test_cetak_utuh import teks_pdf
from tests.report.test_lkjip_cetak import _halaman, _periksa_halaman
from tests.support.alat import perlu_poppler
from tests.support.sintetis import dokumen_sintetis, dokumen_stres

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_ENAM = dokumen_stres(6)


def _pk_dipangkas(buang: int) -> Dokumen:
    """The stress PK with ``buang`` rows taken off its end, so the page ends elsewhere."""
    d = copy.deepcopy(_ENAM)
    prog = d.perjanjian_kinerja[0].program
    for _ in range(buang):
        keg = prog[-1].kegiatan[-1]
        if keg.sub_kegiatan:
            keg.sub_kegiatan.pop()
        else:
            prog[-1].kegiatan.pop()
    return d


@perlu_poppler
@pytest.mark.parametrize("kertas", sorted(KERTAS))
@pytest.mark.parametrize("orientasi", ORIENTASI)
def test_pk_jumlah_tidak_sendirian(tmp_path: Path, kertas: str, orientasi: str) -> None:
    """The review's page 18 (A4 portrait): JUMLAH alone with the headings and the signature.
    Wherever the page ends, JUMLAH keeps a data row and goes with the signature."""
    for buang in range(0, 6):
        pdf, _ = buat_pdf(_pk_dipangkas(buang), laporan="pk", kertas=kertas, orientasi=orientasi)
        hal = _halaman(pdf, tmp_path)
        _periksa_halaman(hal)
        assert "JUMLAH" in hal[-1] and "NAMA BUPATI" in hal[-1]


def test_ikm_nilai_indeks_tidak_sendirian() -> None:
    """The IKM report's closing row (Nilai indeks): a page with room for every unsur row but
    not for it ends one unsur row earlier, so the index row keeps a data row with it."""
    from ikudesk.domain.ikm import hitung_ikm
    from ikudesk.report.ikm_report import _tabel_unsur
    from ikudesk.report.teks import buat_gaya
    from ikudesk.report.umum import halaman

    survei = next(s for ind in _ENAM.semua_indikator() for s in ind.survei_ikm.values())
    hal = halaman("F4", "portrait")
    (t,) = _tabel_unsur(hitung_ikm(survei), buat_gaya(), hal)
    t.wrap(hal.lebar_isi, hal.tinggi_isi)
    tinggi = t._rowHeights
    # room for the headings and every unsur row, not for the index row
    ruang = sum(tinggi[:-1]) + tinggi[-1] / 2
    depan, sisa = t.split(hal.lebar_isi, ruang)
    assert len(sisa._cellvalues) >= 1 + 2  # the repeated heading, an unsur row, the index
    assert len(depan._cellvalues) == len(tinggi) - 2


# --------------------------------------------------------------------------- a long word


def _kata_panjang(n: int) -> Dokumen:
    d = copy.deepcopy(_ENAM6)
    d.semua_indikator()[0].nama = "Persentase " + "X" * n
    return d


_ENAM6 = dokumen_sintetis(6)


@perlu_poppler
@pytest.mark.parametrize("n", [60, 300, 989])
@pytest.mark.parametrize(("kertas", "orientasi"), [("A4", "portrait"), ("F4", "portrait")])
def test_lkjip_kata_panjang_mengalah_angka_dan_judul_utuh(
    tmp_path: Path, n: int, kertas: str, orientasi: str
) -> None:
    """A 300-character word in one indicator name broke "100,0/0", "Sang/at Tin/ggi",
    "Targ/et Ak/hir R/enstr/a" in portrait: the long word breaks at a character boundary,
    figures and headings stay whole, and the six-year table is still split in two halves."""
    pdf, _ = buat_pdf(_kata_panjang(n), laporan="lkjip", kertas=kertas, orientasi=orientasi)
    teks = "\n".join(_halaman(pdf, tmp_path))
    tabel = teks[teks.index("Tabel 3.1") : teks.index("Tabel 3.2")]  # (charts repeat figures)
    kata = set(tabel.split())
    for w in (
        "Indikator",
        "Target",
        "Realisasi",
        "Capaian",
        "Kategori",
        "Akhir",
        "Renstra",
        "Sangat",
        "Tinggi",
    ):
        assert w in kata, w
    for angka in ("100,00", "100,65", "101,27", "101,85", "102,41", "102,94", "87,5", "82,5"):
        assert angka in kata, angka
    assert "(lanjutan)" in tabel and "— capaian" in tabel  # the two halves
    polos = "".join(tabel.split())
    assert "X" * n in polos.replace("(lanjutan)", "")  # the word whole across its lines


# --------------------------------------------------------------------------- the catatan


@perlu_poppler
@pytest.mark.parametrize(("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait")])
def test_iku_ttd_tidak_sendirian_setelah_catatan_panjang(
    tmp_path: Path, kertas: str, orientasi: str
) -> None:
    """A long one-paragraph catatan pushed the signature alone onto the last page: the
    paragraph is split so its last lines go on with the signature, wherever the page ends."""
    for n in range(700, 1600, 130):
        d = copy.deepcopy(_ENAM6)
        d.catatan = "kata panjang " * n + "AKHIR"
        pdf, _ = buat_pdf(d, kertas=kertas, orientasi=orientasi)
        hal = _halaman(pdf, tmp_path)
        terakhir = hal[-1]
        assert d.penandatangan is not None
        assert d.penandatangan.nama.split()[-1] in terakhir, n
        # the catatan's tail (at least two lines) shares the signature's page
        baris = [b for b in terakhir.splitlines() if "kata panjang" in b or "AKHIR" in b]
        assert "AKHIR" in terakhir and len(baris) >= 2, (n, terakhir)


# --------------------------------------------------------------------------- no year


@pytest.mark.parametrize("laporan", ["capaian", "lkjip", "triwulan"])
def test_tanpa_tahun_ditolak_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], laporan: str
) -> None:
    """Benjeng has no periode and no yearly value: capaian printed "TAHUN -", LKjIP a page
    with only a message, triwulan "TRIWULAN IV" without a year — all with exit 0."""
    from ikudesk.assets import sample_documents
    from ikudesk.cli import main
    from ikudesk.files.docfile import baca_file
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    dok = baca_file(next(p for p in sample_documents() if p.stem == "benjeng"))
    assert dok.periode is None and not dok.tahun()
    db = tmp_path / "x.db"
    with open_store(str(db)) as store:
        doc_id = save_new_dokumen(store, dok)
    out = tmp_path / "o.pdf"
    rc = main(["pdf", str(doc_id), str(out), "--laporan", laporan, "--db", str(db)])
    err = capsys.readouterr().err
    assert rc == 2 and "tahun laporan tidak dapat ditentukan" in err, err
    assert "Traceback" not in err and "Peringatan" not in err and not out.exists()


def test_tanpa_periode_dengan_nilai_tahunan_dicetak(tmp_path: Path) -> None:
    """A document without a period that has values for a year prints for that year, and the
    missing-signer warning names it."""
    from ikudesk.report.opsi import OpsiLaporan
    from ikudesk.report.registry import LAPORAN

    d = copy.deepcopy(_ENAM6)
    d.periode = None
    d.laporan_tahunan = []
    for ind in d.semua_indikator():
        for kamus in (ind.target, ind.realisasi, ind.triwulan, ind.analisis, ind.nilai_komponen):
            for th in [t for t in kamus if t != 2023]:
                del kamus[th]
    assert d.tahun() == [2023]
    for laporan in ("capaian", "lkjip", "triwulan"):
        pdf, _ = buat_pdf(d, laporan=laporan)
        teks = "\n".join(_halaman(pdf, tmp_path))
        assert "2023" in teks, laporan
        pesan = LAPORAN[laporan].peringatan(d, OpsiLaporan())
        assert any("tahun 2023" in p for p in pesan), pesan


# --------------------------------------------------------------------------- the words


@perlu_poppler
def test_capaian_target_dan_realisasi_belum_diisi(tmp_path: Path) -> None:
    """Both missing: the capaian report named only the target ("Target 2023 belum diisi.");
    it says both, as the LKjIP does; one missing still names that one."""
    d = copy.deepcopy(_ENAM6)
    a, b = d.semua_indikator()[1], d.semua_indikator()[3]
    for ind in (a, b):
        ind.target.pop(2023, None)
    for ind in (a,):
        ind.realisasi.pop(2023, None)
        ind.triwulan.pop(2023, None)
        ind.nilai_komponen.pop(2023, None)
    pdf, _ = buat_pdf(d, laporan="capaian", tahun=2023)
    teks = " ".join(teks_pdf(pdf, tmp_path, layout=False).split())  # the cell's lines in order
    assert "Target dan realisasi 2023 belum diisi." in teks
    assert "Target 2023 belum diisi." in teks  # b: its realisasi is there


@perlu_poppler
def test_ikm_survei_satu_format_di_setiap_laporan(tmp_path: Path) -> None:
    """The survey's IKM printed "62,5*" in the quarterly table and the LKjIP but "62,50" in
    the IKM report: one formatter (two decimals) everywhere."""
    from ikudesk.domain.ikm import hitung_ikm
    from ikudesk.domain.ikm_tampil import teks_dua_desimal
    from ikudesk.l10n import format_angka

    d = copy.deepcopy(_ENAM)
    ind = next(i for i in d.semua_indikator() if 2023 in i.survei_ikm)
    h = hitung_ikm(ind.survei_ikm[2023])
    ikm = teks_dua_desimal(h.ikm)
    assert h.ikm_desimal is not None
    singkat = format_angka(h.ikm_desimal)
    assert singkat != ikm  # (the survey is chosen so the two formats differ: 62,5 / 62,50)
    for laporan in ("ikm", "triwulan", "lkjip", "capaian"):
        tw = 4 if laporan == "triwulan" else None  # s.d. triwulan IV: the year's IKM
        pdf, _ = buat_pdf(d, laporan=laporan, tahun=2023, triwulan=tw)
        kata = {k.rstrip("*") for k in teks_pdf(pdf, tmp_path).split()}
        assert ikm in kata, laporan
        assert singkat not in kata, laporan


def test_ikm_batang_profil_terhadap_100_persen() -> None:
    """Profile bars were scaled to each table's own largest count (20 % drawn as long as
    50 % in the table beside it): every bar's length is its share of all respondents."""
    from reportlab.graphics.shapes import Rect

    from ikudesk.report.ikm_report import _blok_profil
    from ikudesk.report.teks import buat_gaya

    def panjang(hitungan: dict[str, int]) -> dict[str, float]:
        t = _blok_profil("Jenis", hitungan, 100, 300, buat_gaya())
        hasil = {}
        for baris in t._cellvalues[1:]:
            d = baris[3]
            rect = [r for r in d.contents if isinstance(r, Rect)]
            hasil[baris[0].text] = rect[0].width if rect else 0.0
            lebar = d.width
        return {k: v / lebar for k, v in hasil.items()}

    a = panjang({"L": 50, "P": 50})
    b = panjang({"SD": 20, "SMP": 80})
    assert a["L"] == pytest.approx(0.5) and b["SD"] == pytest.approx(0.2)
    assert b["SMP"] == pytest.approx(0.8)


@perlu_poppler
def test_triwulan_belum_diisi_terpisah_dari_tidak_dapat_dihitung(tmp_path: Path) -> None:
    """The legend said '"-": belum diisi atau tidak dapat dihitung': a value not entered and a
    value without an answer (a zero target) are told apart, as the LKjIP does."""
    from decimal import Decimal

    d = copy.deepcopy(_ENAM)
    a = next(i for i in d.semua_indikator() if i.triwulan.get(2023) and not i.survei_ikm)
    a.target[2023] = Decimal(0)  # its capaian has no answer
    for k in a.triwulan[2023].target:
        a.triwulan[2023].target[k] = Decimal(0)
    pdf, _ = buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=4)
    teks = " ".join(teks_pdf(pdf, tmp_path, layout=False).split())
    assert "belum diisi atau tidak dapat dihitung" not in teks
    assert '"-": belum diisi.' in teks
    assert '"t.d.h.": tidak dapat dihitung' in teks
    assert "t.d.h." in teks.split('"t.d.h."')[0]  # in a cell, before the legend


@perlu_poppler
def test_lkjip_anggaran_bernomor_seperti_pk(tmp_path: Path) -> None:
    """Realisasi Anggaran numbered only the programs while the PK numbers 1.1 / 1.1.1."""
    d = copy.deepcopy(_ENAM)
    pk = d.perjanjian_kinerja[0]
    pk.program = pk.program[:2]
    pdf, _ = buat_pdf(d, laporan="lkjip", tahun=pk.tahun)
    baris = [b.split() for b in teks_pdf(pdf, tmp_path).splitlines() if b.split()]
    for i, prog in enumerate(pk.program, start=1):
        assert [str(i), prog.kode] in [b[:2] for b in baris]
        for j, keg in enumerate(prog.kegiatan, start=1):
            assert [f"{i}.{j}", keg.kode] in [b[:2] for b in baris]
            for k, sub in enumerate(keg.sub_kegiatan, start=1):
                assert [f"{i}.{j}.{k}", sub.kode] in [b[:2] for b in baris]
