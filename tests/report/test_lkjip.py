"""LKjIP Bab III: figures exact over three years (sums and averages rounded only at the end,
rows that cannot be computed left out and counted), the tabulation, efficiency with a missing
realisasi, the Renstra end target, the signer, the charts drawn, the command line."""

from __future__ import annotations

import io
import re
from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path

import pypdf
import pytest

from ikudesk.cli import main
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori
from ikudesk.domain.lkjip import (
    BELUM_DIISI_TAB,
    TIDAK_DIHITUNG,
    hitung_lkjip,
    tahun_pembanding,
    warna_kategori,
)
from ikudesk.domain.model import Penandatangan
from ikudesk.errors import IkuError
from ikudesk.l10n import bulatkan
from ikudesk.report import buat_pdf_bytes
from ikudesk.report.opsi import OpsiLaporan, pesan_tanpa_ttd
from ikudesk.report.registry import LAPORAN
from ikudesk.report.ttd import format_persen
from tests.support.tiga_tahun import dokumen_tiga_tahun


def F(x: object) -> Fraction:
    return Fraction(str(x))


# capaian by hand, as fractions
CA = {2021: F(72) / 80 * 100, 2022: F(100), 2023: F("200.01") / 200 * 100}
CB = {2021: F(2 * 10 - 12) / 10 * 100, 2022: F(100), 2023: F(2 * 6 - 3) / 6 * 100}
CC = {2021: F(1) / 3 * 100, 2023: F(2) / 3 * 100}
CD = {2021: F(20) / 50 * 100, 2022: F(33) / 60 * 100}
CE = {2023: F("200.01") / 200 * 100}


def _dec(f: Fraction) -> D:
    return D(f.numerator) / D(f.denominator)


def test_angka_tiga_tahun_tepat() -> None:
    hasil = hitung_lkjip(dokumen_tiga_tahun(), 2023)
    assert hasil.daftar_tahun == [2021, 2022, 2023]
    assert hasil.tahun_akhir == 2025
    s1, s2 = hasil.kelompok
    # Sasaran Pertama 2022: C has no realisasi → left out, and counted
    r = s1.ringkas[2022]
    assert (r.dihitung, r.dilewati) == (2, 1)
    assert (r.belum_diisi, r.tidak_dihitung) == (1, 0)  # not entered: not "tidak dapat dihitung"
    assert bulatkan(r.jumlah) == bulatkan(_dec(CA[2022] + CB[2022])) == D("200.00")
    for th in (2021, 2023):
        jumlah = CA[th] + CB[th] + CC[th]
        assert s1.ringkas[th].dihitung == 3
        assert bulatkan(s1.ringkas[th].jumlah) == bulatkan(_dec(jumlah))
        assert bulatkan(s1.ringkas[th].rata_rata) == bulatkan(_dec(jumlah / 3))
    # 2021: 90 + 80 + 33.333… = 203.333… → 203,33; mean 67.777… → 67,78 (rounded once)
    assert format_persen(s1.ringkas[2021].jumlah) == "203,33"
    assert format_persen(s1.ringkas[2021].rata_rata) == "67,78"
    # Sasaran Kedua 2023: D's target is 0 → tidak dapat dihitung, left out
    r = s2.ringkas[2023]
    assert (r.dihitung, r.dilewati) == (1, 1) and r.jumlah == _dec(CE[2023])
    assert (r.belum_diisi, r.tidak_dihitung) == (0, 1)
    # the document: every indicator with a capaian
    semua = CA[2023] + CB[2023] + CC[2023] + CE[2023]
    dok = hasil.ringkas[2023]
    assert (dok.dihitung, dok.dilewati) == (4, 1)
    assert bulatkan(dok.rata_rata) == bulatkan(_dec(semua / 4))
    # rounding only at the end: the sum of rounded capaian would differ here
    dibulatkan = sum(bulatkan(_dec(x)) for x in (CA[2023], CB[2023], CC[2023], CE[2023]))
    assert bulatkan(dok.jumlah) != dibulatkan
    # against the Renstra end target 2025 (positif / negatif alike); D has none
    a, b, c = s1.baris
    assert a.capaian_akhir.nilai == D("200.01")
    assert b.capaian_akhir.nilai == D(2 * 4 - 3) / 4 * 100
    assert s2.baris[0].capaian_akhir.nilai is None
    assert hasil.ringkas_akhir.dilewati == 1
    # Y's analysis only
    assert s2.baris[1].analisis.startswith("Capaian rendah")


def test_tabulasi_kategori() -> None:
    hasil = hitung_lkjip(dokumen_tiga_tahun(), 2023)
    s1, s2 = hasil.kelompok
    # A 100,01 ST; B 150 ST; C 66,67 Sedang; D -; E 100,01 ST
    assert s1.tabulasi == {
        "Sangat Rendah": 0,
        "Rendah": 0,
        "Sedang": 1,
        "Tinggi": 0,
        "Sangat Tinggi": 2,
        BELUM_DIISI_TAB: 0,
        TIDAK_DIHITUNG: 0,
    }
    assert s2.tabulasi["Sangat Tinggi"] == 1 and s2.tabulasi[TIDAK_DIHITUNG] == 1
    assert s2.tabulasi[BELUM_DIISI_TAB] == 0
    # 2021: E has no target → belum diisi, not "tidak dapat dihitung"
    t2021 = hitung_lkjip(dokumen_tiga_tahun(), 2021).tabulasi
    assert (t2021[BELUM_DIISI_TAB], t2021[TIDAK_DIHITUNG]) == (1, 0)
    assert sum(hasil.tabulasi.values()) == 5
    assert hasil.tabulasi["Sangat Tinggi"] == 3 and hasil.tabulasi["Sedang"] == 1
    # the store's own table decides
    dua = [Kategori("Kurang", None, D(100)), Kategori("Baik", D(100), None)]
    t = hitung_lkjip(dokumen_tiga_tahun(), 2023, kategori=dua).tabulasi
    assert t == {"Kurang": 1, "Baik": 3, BELUM_DIISI_TAB: 0, TIDAK_DIHITUNG: 1}
    assert set(warna_kategori(dua)) == {"Kurang", "Baik"}
    assert len(set(warna_kategori(list(KATEGORI_BAWAAN)).values())) == 5


def test_efisiensi_dengan_realisasi_kosong() -> None:
    hasil = hitung_lkjip(dokumen_tiga_tahun(), 2023)
    assert hasil.pk is not None and hasil.pk.perubahan == 1  # the year's latest PK
    satu, dua, ada, kosong = hasil.efisiensi
    assert satu.persen == D(95) and satu.kategori == "Sangat Tinggi"
    assert ada.persen == D(50) and ada.kategori == "Sangat Rendah"
    assert kosong.realisasi is None and kosong.persen is None and kosong.kategori is None
    # the program's anggaran is its children's sum; its realisasi unknown (one child unknown)
    assert dua.anggaran == 500_000 and dua.realisasi is None and dua.persen is None
    total = hasil.efisiensi_total
    assert total is not None and total.anggaran == 1_500_000 and total.persen is None


def test_tahun_pembanding() -> None:
    dok = dokumen_tiga_tahun()
    assert tahun_pembanding(dok, 2023) == [2021, 2022, 2023]
    assert tahun_pembanding(dok, 2023, 2022) == [2022, 2023]
    assert tahun_pembanding(dok, 2022) == [2021, 2022]
    with pytest.raises(IkuError, match="sesudah tahun laporan"):
        tahun_pembanding(dok, 2022, 2023)
    with pytest.raises(IkuError, match="di luar periode"):
        tahun_pembanding(dok, 2023, 2019)


def _teks(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _rata(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_pdf_lkjip_angka_dan_ttd() -> None:
    pdf = buat_pdf_bytes(dokumen_tiga_tahun(), laporan="lkjip", tahun=2023)
    hal = _teks(pdf)
    semua = _rata("".join(hal))
    for teks in (
        "BAB III",
        "KECAMATAN PAKONG",
        "TAHUN 2023",
        "Sasaran Pertama",
        "Indikator A",
        "JumlahCapaianRealisasiKinerja",
        "Rata-rataCapaianRealisasiKinerja",
        "203,33",
        "67,78",
        "2022:2indikatordihitung;belumdiisi:no.3(realisasi)",
        "2023:1indikatordihitung;tidakdapatdihitung:no.4",
        "TargetAkhirRenstra2025",
        "Capaianrendahkarenakegiatantertunda.",
        "sebabpertama",
        "Realisasianggaran2023",
        "(dariPKPerubahanke-12023)",
        "1.500.000",
        "950.000",
        "95,00",
        "50,00",
        "Plt.CAMATPAKONG",
        "NAMACAMAT",
        "NIP.19820315200112 1002".replace(" ", ""),
        "Pakong,15Januari2024",
    ):
        assert _rata(teks) in semua, teks
    assert "teks tahun lalu" not in "".join(hal)
    assert "belumdiisi." not in semua.replace("realisasinyasudahdiisi.", "")  # no placeholder
    assert "NAMA CAMAT" in hal[-1]  # the signature closes the last page, with the table
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # F4 landscape by default
    tegak = pypdf.PdfReader(
        io.BytesIO(
            buat_pdf_bytes(
                dokumen_tiga_tahun(), laporan="lkjip", tahun=2023, kertas="A4", orientasi="portrait"
            )
        )
    )
    assert float(tegak.pages[0].mediabox.width) < float(tegak.pages[0].mediabox.height)


def test_tanpa_penandatangan_tanpa_blok_dan_peringatan() -> None:
    dok = dokumen_tiga_tahun()
    dok.laporan_tahunan = []
    dok.penandatangan = Penandatangan(nama="PENANDATANGAN IKU", nip="198203152001121002")
    teks = "".join(_teks(buat_pdf_bytes(dok, laporan="lkjip", tahun=2023)))
    assert "NIP." not in teks and "PENANDATANGAN IKU" not in teks  # never borrowed
    pesan = LAPORAN["lkjip"].peringatan(dok, OpsiLaporan(tahun=2023))
    assert pesan_tanpa_ttd(2023) in pesan  # the one wording of every report
    dok.perjanjian_kinerja = []
    teks = "".join(_teks(buat_pdf_bytes(dok, laporan="lkjip", tahun=2023)))
    assert "Belum ada Perjanjian Kinerja tahun 2023" in _rata(
        teks
    ) or "BelumadaPerjanjianKinerjatahun2023" in _rata(teks)


def test_cli_lkjip_dan_sejak(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        doc_id = save_new_dokumen(store, dokumen_tiga_tahun())
    out = tmp_path / "l.pdf"
    rc = main(
        [
            "pdf",
            str(doc_id),
            str(out),
            "--laporan",
            "lkjip",
            "--tahun",
            "2023",
            "--sejak",
            "2022",
            "--db",
            str(db),
        ]
    )
    assert rc == 0, capsys.readouterr().err
    teks = _rata("".join(_teks(out.read_bytes())))
    # the signer and the PK came back from the store
    assert "NAMACAMAT" in teks and "Plt.CAMATPAKONG" in teks and "PKPerubahanke-12023" in teks
    assert "Realisasi20222023" in teks.replace("Capaian(%)", "") or "20222023" in teks
    assert "2021" not in teks.split("A.CapaianKinerja")[1].split("Analisis")[0]
    rc = main(
        [
            "pdf",
            str(doc_id),
            str(out),
            "--laporan",
            "lkjip",
            "--tahun",
            "2023",
            "--sejak",
            "2024",
            "--db",
            str(db),
        ]
    )
    assert rc == 2 and "sesudah tahun laporan" in capsys.readouterr().err
    # without the year's signer: printed without a signature block, with a warning
    with open_store(db) as store:
        dok = dokumen_tiga_tahun()
        dok.laporan_tahunan = []
        tanpa = save_new_dokumen(store, dok)
    rc = main(
        ["pdf", str(tanpa), str(out), "--laporan", "lkjip", "--tahun", "2023", "--db", str(db)]
    )
    err = capsys.readouterr().err
    assert rc == 0 and f"Peringatan: {pesan_tanpa_ttd(2023)}" in err
    assert "NAMA CAMAT" not in "".join(_teks(out.read_bytes()))
