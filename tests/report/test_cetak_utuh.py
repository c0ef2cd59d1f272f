"""Every printed document signable as printed (issue 20): amounts and words never broken inside
on any paper, the PK's numbering, any accepted text printable, one formatter per figure."""

from __future__ import annotations

import copy
import re
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikudesk.domain.model import Dokumen
from ikudesk.files.docfile import baca_file
from ikudesk.report import LAPORAN, buat_pdf
from ikudesk.report.paper import KERTAS, ORIENTASI
from ikudesk.report.umum import (
    BAGIAN_KATA_RAKSASA,
    LEBAR_TERBACA,
    PAD_X,
    UkurKolom,
    lebar_kolom,
)
from tests.support.alat import perlu_poppler
from tests.support.sintetis import dokumen_sintetis

REPO = Path(__file__).resolve().parents[2]
SUMBER_HARTA = REPO / "data" / "sumber-harta-2023.json"


def teks_pdf(pdf: bytes, tmp_path: Path, layout: bool = True) -> str:
    berkas = tmp_path / "x.pdf"
    berkas.write_bytes(pdf)
    perintah = ["pdftotext", *(["-layout"] if layout else []), str(berkas), "-"]
    return subprocess.run(perintah, capture_output=True, text=True, check=True).stdout


def kata_kata(teks: str) -> set[str]:
    return set(teks.split())


@pytest.fixture
def dok() -> Dokumen:
    return baca_file(SUMBER_HARTA)


# --------------------------------------------------------------------------- item 1


@given(
    st.lists(
        st.tuples(
            st.floats(1, 400),  # natural width
            st.floats(0, 1),  # its longest word, as a share of it
            st.floats(0.1, 3),  # weight
        ),
        min_size=1,
        max_size=14,
    ),
    st.floats(200, 900),
)
@settings(max_examples=300, deadline=None)
def test_lebar_kolom_tidak_pernah_di_bawah_kata_terpanjang(kolom, lebar_isi) -> None:  # noqa: ANN001
    """While the page can hold every column's longest word, no column is narrower than it and
    the columns fill the width exactly (a "word" wider than 40 % of the page may break; its
    column keeps a readable width)."""
    uk = [UkurKolom(a, a * k, b) for a, k, b in kolom]
    batas = lebar_isi * BAGIAN_KATA_RAKSASA
    perlu = [
        max(min(u.minimum, u.alami) + 2 * PAD_X + 1, 14.0)
        if min(u.minimum, u.alami) <= batas
        else LEBAR_TERBACA + 2 * PAD_X + 1
        for u in uk
    ]
    lebar = lebar_kolom(uk, lebar_isi)
    assert sum(lebar) == pytest.approx(lebar_isi, rel=1e-6)
    if sum(perlu) <= lebar_isi:
        for w, m in zip(lebar, perlu, strict=True):
            assert w >= m - 1e-6


def test_kata_raksasa_mengalah_angka_tetap_utuh() -> None:
    """A 2,000-character word takes what is left; the number columns keep their width."""
    angka = UkurKolom(60, 60, 0.4)
    raksasa = UkurKolom(12000, 12000, 1.6)
    lebar = lebar_kolom([angka, raksasa, angka], 500)
    assert lebar[0] >= 60 + 2 * PAD_X + 1 - 1e-6
    assert lebar[2] >= 60 + 2 * PAD_X + 1 - 1e-6
    assert sum(lebar) == pytest.approx(500)


def _pk_miliar(dok: Dokumen) -> Dokumen:
    d = copy.deepcopy(dok)
    pk = d.perjanjian_kinerja[0]
    pk.program[0].kegiatan[0].anggaran = 1_215_000_000
    for s in pk.program[0].kegiatan[0].sub_kegiatan:
        s.anggaran = 1_215_000_000
    pk.program[0].anggaran = None
    pk.program[1].anggaran = 999_999_999_999_999
    return d


@perlu_poppler
@pytest.mark.parametrize("kertas", sorted(KERTAS))
@pytest.mark.parametrize("orientasi", ORIENTASI)
def test_pk_anggaran_miliar_utuh_di_setiap_kertas(
    dok: Dokumen, tmp_path: Path, kertas: str, orientasi: str
) -> None:
    d = _pk_miliar(dok)
    pdf, _ = buat_pdf(d, laporan="pk", kertas=kertas, orientasi=orientasi)
    kata = kata_kata(teks_pdf(pdf, tmp_path))
    for angka in ("1.215.000.000", "999.999.999.999.999", "1.000.001.214.999.999"):
        assert angka in kata
    for judul in ("No", "Keterangan", "Anggaran", "(Rp)", "Program", "Sub", "Kegiatan"):
        assert judul in kata


# --------------------------------------------------------------------------- item 2


@perlu_poppler
def test_pk_kegiatan_dan_sub_kegiatan_bernomor_di_bawah_programnya(
    dok: Dokumen, tmp_path: Path
) -> None:
    pdf, _ = buat_pdf(dok, laporan="pk")
    baris = teks_pdf(pdf, tmp_path).splitlines()
    pk = dok.perjanjian_kinerja[0]
    for i, prog in enumerate(pk.program, start=1):
        for j, keg in enumerate(prog.kegiatan, start=1):
            assert any(b.split()[:2] == [f"{i}.{j}", keg.kode] for b in baris if b.split())
            for k, sub in enumerate(keg.sub_kegiatan, start=1):
                assert any(b.split()[:2] == [f"{i}.{j}.{k}", sub.kode] for b in baris if b.split())


# --------------------------------------------------------------------------- item 16


@pytest.mark.parametrize("kode", [k for k in LAPORAN if k not in ("pk", "ikm")])
def test_kata_2000_huruf_tanpa_spasi_tercetak(dok: Dokumen, kode: str) -> None:
    d = copy.deepcopy(dok)
    d.semua_indikator()[0].nama = "A" * 2000
    d.tujuan[0].sasaran[0].uraian = "S" * 1000
    pdf, halaman = buat_pdf(d, laporan=kode)
    assert halaman >= 1 and pdf.startswith(b"%PDF")


@perlu_poppler
def test_kata_panjang_dipatah_di_batas_huruf(dok: Dokumen, tmp_path: Path) -> None:
    """The long word is printed whole (every character, in order), broken only between
    characters; nothing else of the row is lost."""
    d = copy.deepcopy(dok)
    d.semua_indikator()[0].nama = "".join(chr(ord("a") + i % 26) for i in range(2000))
    pdf, _ = buat_pdf(d, laporan="capaian")
    polos = "".join(teks_pdf(pdf, tmp_path, layout=False).split())
    assert d.semua_indikator()[0].nama[:400] in polos  # across the lines it was broken into


def test_teks_20000_huruf_tercetak_dalam_hitungan_detik() -> None:
    d = dokumen_sintetis(60)
    d.catatan = "c" * 20000
    for i, ind in enumerate(d.semua_indikator()):
        ind.nama = ("Kata" * 250) if i % 2 else ("x" * 1000)
        ind.penanggung_jawab = "P" * 1000
    for ind in d.semua_indikator()[:5]:
        ind.definisi = "d" * 20000
        ind.sumber_data = ("sumber data " * 2000)[:20000]
    for kode in ("iku", "capaian", "triwulan", "lkjip"):
        t0 = time.perf_counter()
        _, halaman = buat_pdf(d, laporan=kode)
        assert halaman >= 1
        assert time.perf_counter() - t0 < 20, kode  # 4 s on a loaded 2-core machine


# --------------------------------------------------------------------------- item 8


def _indikator_sederhana(dok: Dokumen, target: str, realisasi: str) -> None:
    """The first plain indicator (no formula, no survey) gets these values for 2023."""
    from decimal import Decimal

    ind = next(
        i
        for t in dok.tujuan
        for s in t.sasaran
        for i in s.indikator
        if not i.pakai_rumus and not i.survei_ikm
    )
    ind.triwulan.pop(2023, None)
    ind.target[2023], ind.realisasi[2023] = Decimal(target), Decimal(realisasi)
    ind.nama = "UJIDUA"


@perlu_poppler
@pytest.mark.parametrize("kode", ["capaian", "iku"])
def test_capaian_dicetak_dua_desimal(dok: Dokumen, tmp_path: Path, kode: str) -> None:
    """80 → 60 is 75 %: printed 75,00 as the other reports do (the capaian report printed 75)."""
    from ikudesk.domain.model import Kolom

    d = copy.deepcopy(dok)
    _indikator_sederhana(d, "80", "60")
    if kode == "iku" and not any(k.isi == "capaian" for k in d.tabel.kolom):
        d.tabel.kolom.append(Kolom("capaian", "Capaian (%)"))
    pdf, _ = buat_pdf(d, laporan=kode, tahun=2023)
    teks = teks_pdf(pdf, tmp_path)
    assert "UJIDUA" in teks and "75,00" in kata_kata(teks)


def test_satu_format_persen() -> None:
    from decimal import Decimal

    from ikudesk.l10n import format_capaian, format_persen

    for x in ("94.1", "75", "1250", "0.005", "-3.456", "100"):
        assert format_persen(Decimal(x)) == format_capaian(Decimal(x))
    assert format_persen(None) == format_capaian(None) == "-"


# --------------------------------------------------------------------------- item 9


@perlu_poppler
@pytest.mark.parametrize("kode", ["capaian", "triwulan", "ikm", "pk", "lkjip"])
def test_judul_laporan_tahunan_menyebut_instansi_dan_pemda(
    dok: Dokumen, tmp_path: Path, kode: str
) -> None:
    pdf, _ = buat_pdf(dok, laporan=kode, tahun=2023)
    atas = teks_pdf(pdf, tmp_path).split("\n\n\n")[0].upper()
    assert dok.profil.instansi.upper() in atas
    assert dok.profil.pemerintah_daerah.upper() in atas  # KABUPATEN MUSI RAWAS


# --------------------------------------------------------------------------- item 17


def test_satu_kalimat_penandatangan_belum_diisi(dok: Dokumen) -> None:
    from ikudesk.report.opsi import OpsiLaporan

    d = copy.deepcopy(dok)
    d.laporan_tahunan = []
    kalimat = {
        kode: [p for p in LAPORAN[kode].peringatan(d, OpsiLaporan(tahun=2023)) if "tangan" in p]
        for kode in LAPORAN
        if LAPORAN[kode].ttd_tahunan
    }
    assert set(kalimat) >= {"capaian", "triwulan", "lkjip", "ikm"}
    semua = {p for daftar in kalimat.values() for p in daftar}
    assert semua == {
        "Penandatangan laporan tahun 2023 belum diisi: laporan dicetak tanpa tanda tangan."
    }


# --------------------------------------------------------------------------- item 13


def _survei_37(dok: Dokumen) -> Dokumen:
    """37 respondents, 20 of them men (54,05 %), schooling levels typed in a scrambled order."""
    from ikudesk.domain.model import Responden

    d = copy.deepcopy(dok)
    ind = next(i for i in d.semua_indikator() if 2023 in i.survei_ikm)
    jenjang = ["S3", "SD", "S1", "D3", "sma", "SMP", "S2", "Paket C"]
    usia = [65, 18, 45, 33, 25, 52]
    ind.survei_ikm[2023].responden = [
        Responden([3] * 9, "L" if i < 20 else "P", usia[i % 6], jenjang[i % 8], "Petani")
        for i in range(37)
    ]
    return d


@perlu_poppler
def test_ikm_profil_urut_alami_dan_persen(dok: Dokumen, tmp_path: Path) -> None:
    pdf, _ = buat_pdf(_survei_37(dok), laporan="ikm", tahun=2023)
    teks = teks_pdf(pdf, tmp_path)
    kata = kata_kata(teks)
    assert "54,05%" in kata and "45,95%" in kata  # 20 and 17 of 37
    urutan = [b.split()[0] for b in teks.splitlines() if b.split()]
    jenjang = [k for k in urutan if k in {"SD", "SMP", "sma", "D3", "S1", "S2", "S3", "Paket"}]
    assert jenjang == ["SD", "SMP", "sma", "D3", "S1", "S2", "S3", "Paket"]
    # the age bands stand beside the sex block: their order in the text is what counts
    label = ["< 20 tahun", "20–29 tahun", "30–39 tahun", "40–49 tahun", "50–59", "≥ 60"]
    posisi = [teks.index(x) for x in label]
    assert posisi == sorted(posisi)


def test_ikm_tahun_tanpa_survei_ditolak_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ikudesk.cli import main
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    db = tmp_path / "x.db"
    with open_store(str(db)) as store:
        doc_id = save_new_dokumen(store, baca_file(SUMBER_HARTA))
    out = tmp_path / "ikm.pdf"
    rc = main(
        ["pdf", str(doc_id), str(out), "--laporan", "ikm", "--tahun", "2022", "--db", str(db)]
    )
    err = capsys.readouterr().err
    assert rc == 2 and "Belum ada survei IKM untuk tahun 2022" in err
    assert "Traceback" not in err and not out.exists()


# --------------------------------------------------------------------------- item 14


def _dokumen_contoh() -> list[Path]:
    return sorted((REPO / "data").glob("*.json"))


@perlu_poppler
@pytest.mark.parametrize("huruf", ["serif", "sans"])
def test_setiap_huruf_tertanam_di_setiap_laporan(tmp_path: Path, huruf: str) -> None:
    """pdffonts lists only embedded fonts (Helvetica, not embedded, was in the PK, IKM and
    LKjIP PDFs: empty table cells, the charts, the IKM bars)."""
    from ikudesk.errors import IkuError

    dicetak = set()
    for path in [*_dokumen_contoh(), None]:
        d = baca_file(path) if path else dokumen_sintetis(60)
        for kode in LAPORAN:
            try:
                pdf, _ = buat_pdf(d, laporan=kode, font=huruf)
            except IkuError:
                continue  # no PK / no survey in this document
            berkas = tmp_path / f"{kode}.pdf"
            berkas.write_bytes(pdf)
            keluar = subprocess.run(
                ["pdffonts", str(berkas)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert keluar, kode
            for baris in keluar:
                kolom = baris.split()
                emb = kolom[-5]
                assert emb == "yes" and "Helvetica" not in baris, (path, kode, baris)
            dicetak.add(kode)
    assert dicetak == set(LAPORAN)


# --------------------------------------------------------------------------- item 10


@perlu_poppler
def test_triwulan_ditandatangani_per_triwulan(dok: Dokumen, tmp_path: Path) -> None:
    """The quarter's own signer and date; without one the year's signer with a blank date line
    and a warning — never the year-end date (triwulan II 2023 was signed "12 Januari 2024")."""
    from ikudesk.domain.model import LaporanTriwulan, Penandatangan
    from ikudesk.report.opsi import OpsiLaporan

    tahunan = dok.laporan(2023).penandatangan
    assert tahunan is not None and tahunan.tanggal == "2024-01-12"
    pdf, _ = buat_pdf(dok, laporan="triwulan", tahun=2023, triwulan=2)
    teks = teks_pdf(pdf, tmp_path)
    assert "12 Januari 2024" not in teks
    assert f"{tahunan.tempat}, ………" in teks and tahunan.nama in teks
    pesan = LAPORAN["triwulan"].peringatan(dok, OpsiLaporan(tahun=2023, triwulan=2))
    assert pesan and "triwulan II 2023" in pesan[0] and "dikosongkan" in pesan[0]

    d = copy.deepcopy(dok)
    sendiri = Penandatangan(
        tempat="Sumber Harta", tanggal="2023-07-05", jabatan="Plh. CAMAT", nama="NAMA PLH"
    )
    d.laporan_triwulan = [LaporanTriwulan(2023, 2, sendiri)]
    teks = teks_pdf(buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=2)[0], tmp_path)
    assert "Sumber Harta, 5 Juli 2023" in teks and "NAMA PLH" in teks
    assert tahunan.nama not in teks
    assert LAPORAN["triwulan"].peringatan(d, OpsiLaporan(tahun=2023, triwulan=2)) == []
    # another quarter of the same year is not signed by it
    teks = teks_pdf(buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=3)[0], tmp_path)
    assert "5 Juli 2023" not in teks and f"{tahunan.tempat}, ………" in teks

    # no yearly signer either: no block, the one wording
    d.laporan_tahunan = []
    teks = teks_pdf(buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=3)[0], tmp_path)
    assert "NIP" not in teks and tahunan.nama not in teks
    assert LAPORAN["triwulan"].peringatan(d, OpsiLaporan(tahun=2023, triwulan=3)) == [
        "Penandatangan laporan tahun 2023 belum diisi: laporan dicetak tanpa tanda tangan."
    ]


# --------------------------------------------------------------------------- item 11


def test_triwulan_kertas_bawaan_f4(dok: Dokumen) -> None:
    from pypdf import PdfReader

    from ikudesk.report.paper import F4, ukuran_kertas

    assert LAPORAN["triwulan"].kertas == "F4"
    pdf, _ = buat_pdf(dok, laporan="triwulan", tahun=2023)
    import io

    kotak = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    lebar, tinggi = ukuran_kertas("F4", "landscape")
    assert (float(kotak.width), float(kotak.height)) == pytest.approx((lebar, tinggi), abs=0.5)
    assert F4[0] < F4[1]


def _angka_utuh(teks: str) -> None:
    """No number broken over two lines: a line never ends in "100," or starts with ",00"."""
    import re

    for baris in teks.splitlines():
        for kata in baris.split():
            assert not re.fullmatch(r"\d+,", kata), baris
            assert not re.fullmatch(r",\d+", kata), baris


@perlu_poppler
@pytest.mark.parametrize("kertas", sorted(KERTAS))
@pytest.mark.parametrize("orientasi", ORIENTASI)
def test_triwulan_tidak_memotong_angka_dan_kata(
    dok: Dokumen, tmp_path: Path, kertas: str, orientasi: str
) -> None:
    """Portrait broke "100,/00" and "Targ/et": the table fits (smaller type) or is refused
    with a message — never a broken number or word."""
    from ikudesk.errors import IkuError

    for d in (dok, dokumen_sintetis(60)):
        try:
            pdf, _ = buat_pdf(d, laporan="triwulan", tahun=2023, kertas=kertas, orientasi=orientasi)
        except IkuError as e:
            assert "tidak muat" in e.pesan and orientasi == "portrait"
            continue
        teks = teks_pdf(pdf, tmp_path)
        _angka_utuh(teks)
        kata = kata_kata(teks)
        for judul in ("Target", "Realisasi", "Capaian", "Penanggung", "Jawab", "Satuan"):
            assert judul in kata, (kertas, orientasi, judul)
        if d is dok:
            assert "101,63" in kata and "100,00" in kata


def test_triwulan_tegak_terlalu_sempit_ditolak(dok: Dokumen) -> None:
    """A page narrower than the table at the smallest type: refused in Indonesian."""
    from ikudesk.errors import IkuError

    d = copy.deepcopy(dok)
    d.semua_indikator()[2].penanggung_jawab = "Kepalaseksipemberdayaanmasyarakatdesa" * 2
    for ind in d.semua_indikator():
        ind.satuan = "Persentasedesakelurahan"
    with pytest.raises(IkuError, match="tidak muat.*landscape"):
        buat_pdf(d, laporan="triwulan", tahun=2023, kertas="A4", orientasi="portrait")


# --------------------------------------------------------------------------- item 12


@perlu_poppler
def test_triwulan_indikator_survei_menampilkan_ikm_tahun(dok: Dokumen, tmp_path: Path) -> None:
    from ikudesk.domain.compute import hitung_capaian, hitung_realisasi
    from ikudesk.l10n import format_angka, format_capaian

    ind = next(i for i in dok.semua_indikator() if 2023 in i.survei_ikm)
    r = hitung_realisasi(ind, 2023)
    ikm = format_angka(r.nilai)
    pdf, _ = buat_pdf(dok, laporan="triwulan", tahun=2023, triwulan=4)
    teks = teks_pdf(pdf, tmp_path)
    kata = kata_kata(teks)
    assert f"{ikm}*" in kata  # 77,78*, marked as from the survey
    assert format_capaian(hitung_capaian(ind, 2023, r).nilai) in kata
    assert "*: IKM tahun 2023 dari survei" in " ".join(teks.split())
    # up to triwulan II the year's value is not shown: no survey mark
    teks2 = teks_pdf(buat_pdf(dok, laporan="triwulan", tahun=2023, triwulan=2)[0], tmp_path)
    assert f"{ikm}*" not in kata_kata(teks2)


# --------------------------------------------------------------------------- item 15


def test_grup_kolom_menjadi_baris_judul(tmp_path: Path) -> None:
    """Seed 001: "Sasaran" over Sasaran Strategis · Indikator Kinerja Utama · Formula; the
    other columns span both heading rows; Instansi's content bold."""
    from ikudesk.report.iku_sheet import _Pembangun
    from ikudesk.report.teks import buat_gaya

    d = baca_file(REPO / "data" / "sumbersuko.json")
    for k in d.tabel.kolom:
        if k.isi in ("sasaran", "indikator", "rumus"):
            k.grup = "Sasaran"
    d.profil.kepala[0].tebal = True
    kepala = _Pembangun(d, buat_gaya(), None).kepala()
    isi = [k.isi for k in d.tabel.kolom]
    c0, c1 = isi.index("sasaran"), isi.index("rumus")
    assert (c0, 0, c1, 0) in kepala.span
    assert kepala.baris[0][c0].text == "Sasaran"
    assert [kepala.baris[1][c].text for c in range(c0, c1 + 1)] == [
        k.judul for k in d.tabel.kolom[c0 : c1 + 1]
    ]
    for c, k in enumerate(d.tabel.kolom):
        if not k.grup:
            assert (c, 0, c, 1) in kepala.span
    pdf, _ = buat_pdf(d)
    baris = teks_pdf(pdf, tmp_path).splitlines()
    i = next(n for n, b in enumerate(baris) if b.split() == ["Sasaran"])
    assert "Formula" in baris[i + 1] or "Formula" in baris[i + 2]


# --------------------------------------------------------------------------- item 1, every report

# "100," or ",00" (a decimal number cut at its comma; "2026," in prose is a year), "1.215.000.00"
_ANGKA_PATAH = re.compile(r"^(\d{1,3}(\.\d{3})*,|,\d+|\d{1,3}(\.\d{3})+\.\d{0,2})$")


@perlu_poppler
def test_tidak_ada_angka_terpotong_di_laporan_mana_pun(tmp_path: Path) -> None:
    """Every report of every sample and of a 60-indicator stress document with amounts in the
    hundreds of billions, on every paper and orientation: no number is broken inside ("100,"
    + "00", "1.215.000.00" + "0"); a refusal says why."""
    from ikudesk.errors import IkuError

    dokumen = [baca_file(p) for p in _dokumen_contoh()]
    stres = dokumen_sintetis(60)
    stres.perjanjian_kinerja = copy.deepcopy(_pk_miliar(baca_file(SUMBER_HARTA)).perjanjian_kinerja)
    stres.perjanjian_kinerja[0].tahun = 2023
    dokumen.append(stres)
    for d in dokumen:
        for kode in LAPORAN:
            for kertas in KERTAS:
                for orientasi in ORIENTASI:
                    try:
                        pdf, _ = buat_pdf(d, laporan=kode, kertas=kertas, orientasi=orientasi)
                    except IkuError as e:
                        assert "belum" in e.pesan.lower() or "tidak muat" in e.pesan
                        continue
                    patah = [w for w in teks_pdf(pdf, tmp_path).split() if _ANGKA_PATAH.match(w)]
                    assert not patah, (d.profil.instansi, kode, kertas, orientasi, patah)
