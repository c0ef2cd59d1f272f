"""The IKM survey report: the unsur table, IKM, mutu, profile and signature read back from the
PDF; one section per survey of the year; no signer → no block and a warning."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pypdf
import pytest

from ikudesk.domain.model import Dokumen, Indikator, Responden, SurveiIkm
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.report import buat_pdf
from ikudesk.report.opsi import OpsiLaporan
from ikudesk.report.registry import LAPORAN

CONTOH = Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json"


def _teks(isi: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(isi)).pages]


def _rata(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _dengan_survei_kedua(dok: Dokumen) -> Dokumen:
    """A second survey indicator in 2023: every answer 4 from three respondents."""
    sasaran = dok.tujuan[0].sasaran[0]
    kedua = Indikator(
        nama="Indeks Kepuasan Layanan Administrasi Kependudukan",
        kode="IKU 9",
        satuan="Indeks",
        target={2023: dataclasses.replace(sasaran.indikator[0]).target[2023]},
        survei_ikm={
            2023: SurveiIkm(
                responden=[
                    Responden([4] * 9, "P", 25, "D3", "Pedagang"),
                    Responden([4] * 9, "L", 61, "SMA", "Pedagang"),
                    Responden([4] * 9, "", None, "", ""),
                ]
            )
        },
    )
    sasaran.indikator.append(kedua)
    return dok


def test_laporan_ikm_dibaca_kembali() -> None:
    dok = _dengan_survei_kedua(baca_file(CONTOH))
    isi, halaman = buat_pdf(dok, laporan="ikm", tahun=2023)
    teks = _teks(isi)
    assert halaman == len(teks) == 2  # one section per survey, each on its page
    satu, dua = (_rata(t) for t in teks)
    assert "HASIL SURVEI KEPUASAN MASYARAKAT (SKM)" in satu and "TAHUN 2023" in satu
    assert "IKU 1 Indeks Kepuasan Masyarakat (IKM)" in satu
    # Σ nilai, jumlah menjawab, NRR and NRR tertimbang of unsur 1 and 8 of the sample
    assert "1 Persyaratan 37 12 3,08 0,34" in satu
    assert "8 Penanganan Pengaduan, Saran dan Masukan 35 12 2,92 0,32" in satu
    # Σ NRR = 28 → indeks 28/9 = 3,11; IKM 700/9 = 77,78, mutu B Baik
    assert "Nilai indeks (skala 1–4) : 3,11" in satu
    assert "Nilai IKM (konversi: nilai indeks × 25) : 77,78" in satu
    assert "Mutu pelayanan : B" in satu and "Kinerja unit pelayanan : Baik" in satu
    assert "Jumlah responden : 12 orang" in satu and "1/9 (eksak)" in satu
    # the profile: counts and percentages
    assert "Laki-laki 6 50,00%" in satu and "Perempuan 6 50,00%" in satu
    assert "30–39 tahun 4 33,33%" in satu and "S1 6 50,00%" in satu
    assert "Petani 4 33,33%" in satu
    # the year's signer (laporan_tahunan 2023), under each survey
    for t in (satu, dua):
        assert "Sumber Harta, 12 Januari 2024" in t
        assert "CONTOH NAMA CAMAT, S.STP" in t and "NIP. 19820315 200112 1 002" in t
    # the second survey: all 4 → NRR tertimbang printed 0,44 (nine of them sum to 3,96),
    # yet the index is 4,00 and the IKM 100,00 (A), never the sum of the printed parts
    assert "IKU 9 Indeks Kepuasan Layanan Administrasi Kependudukan" in dua
    assert dua.count(" 4,00 0,44") == 9
    assert "Nilai indeks (skala 1–4) : 4,00" in dua and "3,96" not in dua
    assert "Nilai IKM (konversi: nilai indeks × 25) : 100,00" in dua
    assert "Mutu pelayanan : A" in dua and "Sangat Baik" in dua
    assert "Tidak diisi 1 33,33%" in dua and "≥ 60 tahun 1 33,33%" in dua
    assert LAPORAN["ikm"].peringatan(dok, OpsiLaporan(tahun=2023)) == []


def test_tanpa_penandatangan_tahun_itu() -> None:
    dok = baca_file(CONTOH)
    camat = dok.laporan_tahunan[0].penandatangan
    dok.laporan_tahunan = []
    dok.penandatangan = camat  # the IKU sheet's own signer is never borrowed
    assert camat is not None
    isi, _ = buat_pdf(dok, laporan="ikm", tahun=2023)
    teks = _rata(" ".join(_teks(isi)))
    assert "77,78" in teks and "NIP" not in teks and camat.nama not in teks
    assert LAPORAN["ikm"].peringatan(dok, OpsiLaporan(tahun=2023)) == [
        "Penandatangan laporan tahun 2023 belum diisi: laporan dicetak tanpa tanda tangan."
    ]


def test_tahun_tanpa_survei() -> None:
    """Refused with a message (an empty one-page report was printed), as a PK of a year
    without one is."""
    dok = baca_file(CONTOH)
    with pytest.raises(IkuError, match="Belum ada survei IKM untuk tahun 2022"):
        buat_pdf(dok, laporan="ikm", tahun=2022)
    assert "Belum ada survei IKM untuk tahun 2022." in LAPORAN["ikm"].peringatan(
        dok, OpsiLaporan(tahun=2022)
    )
    # without a year: the latest year with a survey
    assert "TAHUN 2023" in _rata(_teks(buat_pdf(dok, laporan="ikm")[0])[0])


def test_survei_tidak_dapat_dihitung() -> None:
    dok = baca_file(CONTOH)
    survei = dok.tujuan[0].sasaran[0].indikator[0].survei_ikm[2023]
    for r in survei.responden:
        r.nilai[3] = None  # nobody answered Biaya/Tarif
    isi, _ = buat_pdf(dok, laporan="ikm", tahun=2023)
    teks = _rata(_teks(isi)[0])
    assert "4 Biaya/Tarif 0 0 - -" in teks
    assert "Tidak dapat dihitung: unsur 'Biaya/Tarif' tidak dijawab satu responden pun." in teks
    assert "Mutu pelayanan : -" in teks
