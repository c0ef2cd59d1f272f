"""The yearly reports: the quarterly monitoring table and the capaian report, each signed by
the year's own laporan_tahunan signer — never the IKU sheet's (real PDFs, read back)."""

from __future__ import annotations

import copy
import io
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from ikudesk.domain.model import (
    Dokumen,
    LaporanTahunan,
    Penandatangan,
    Triwulan,
)
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.report import buat_pdf
from ikudesk.report.opsi import OpsiLaporan
from ikudesk.report.registry import LAPORAN
from tests.support.sintetis import dokumen_sintetis

CONTOH_V2 = Path(__file__).parents[2] / "data" / "sumber-harta-2023.json"


def _teks(pdf: bytes) -> list[str]:
    return [h.extract_text() for h in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _satu(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture
def dok() -> Dokumen:
    d = baca_file(CONTOH_V2)
    # an IKU sheet signer with a date of its own, which no yearly report may borrow
    d.penandatangan = Penandatangan(
        tempat="Sumber Harta", tanggal="2018-12-31", jabatan="CAMAT", nama="PENANDA IKU"
    )
    return d


def test_capaian_ditandatangani_penandatangan_tahun_itu(dok: Dokumen) -> None:
    pdf, halaman = buat_pdf(dok, laporan="capaian", tahun=2023)
    teks = _satu(" ".join(_teks(pdf)))
    assert "Sumber Harta, 12 Januari 2024" in teks
    assert "CONTOH NAMA CAMAT, S.STP" in teks and "NIP. 19820315 200112 1 002" in teks
    assert "31 Desember 2018" not in teks and "PENANDA IKU" not in teks
    assert LAPORAN["capaian"].peringatan(dok, OpsiLaporan(tahun=2023)) == []


def test_tahun_tanpa_penandatangan_dicetak_tanpa_blok(dok: Dokumen) -> None:
    pdf, _ = buat_pdf(dok, laporan="capaian", tahun=2022)
    teks = _satu(" ".join(_teks(pdf)))
    assert "TAHUN 2022" in teks
    assert "2018" not in teks and "PENANDA IKU" not in teks and "CONTOH NAMA" not in teks
    assert "2024" not in teks  # never another year's signer either
    for kode in ("capaian", "triwulan"):
        (pesan,) = LAPORAN[kode].peringatan(dok, OpsiLaporan(tahun=2022, triwulan=1))
        assert "tahun 2022 belum diisi" in pesan and "tanpa tanda tangan" in pesan


def test_status_penandatangan_dicetak_di_depan_jabatan(dok: Dokumen) -> None:
    lt = dok.laporan(2023)
    assert lt is not None and lt.penandatangan is not None
    lt.penandatangan.status = "Plt."
    lt.catatan = "Catatan laporan tahunan."
    teks = _satu(" ".join(_teks(buat_pdf(dok, laporan="capaian", tahun=2023)[0])))
    assert "Plt. CAMAT SUMBER HARTA" in teks and "Catatan laporan tahunan." in teks


def test_dua_tahun_dua_tanggal(dok: Dokumen) -> None:
    """The bug of the issue: a 2019 and a 2020 report of one office read the same date."""
    lt = copy.deepcopy(dok.laporan(2023))
    assert lt is not None and lt.penandatangan is not None
    lt.tahun = 2022
    lt.penandatangan.tanggal = "2023-01-20"
    dok.laporan_tahunan.append(lt)
    t22 = _satu(" ".join(_teks(buat_pdf(dok, laporan="capaian", tahun=2022)[0])))
    t23 = _satu(" ".join(_teks(buat_pdf(dok, laporan="capaian", tahun=2023)[0])))
    assert "20 Januari 2023" in t22 and "12 Januari 2024" not in t22
    assert "12 Januari 2024" in t23 and "20 Januari 2023" not in t23


def test_monitoring_triwulan_kolom_dan_angka(dok: Dokumen) -> None:
    pdf, halaman = buat_pdf(dok, laporan="triwulan", tahun=2023, triwulan=2)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert round(float(box.width)) == 935  # F4 by default, like every other report
    teks = _satu(reader.pages[0].extract_text())
    for kata in (
        "MONITORING CAPAIAN KINERJA",
        "KECAMATAN SUMBER HARTA",
        "TRIWULAN II TAHUN 2023",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Target Tahun 2023",
        "Triwulan I",
        "Triwulan II",
        "s.d. Triwulan II",
        "Penanggung Jawab",
        "Sumber Harta, ………",  # the year's signer, its date never (issue 20 item 10)
    ):
        assert kata in teks, kata
    assert "Triwulan III" not in teks and "12 Januari 2024" not in teks


def test_monitoring_angka_dari_perhitungan() -> None:
    from ikudesk.domain.compute import hitung_capaian, hitung_realisasi, hitung_realisasi_triwulan
    from ikudesk.l10n import format_angka, format_capaian

    d = baca_file(CONTOH_V2)
    teks = _satu(" ".join(_teks(buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=4)[0])))
    for ind in d.semua_indikator():
        if 2023 not in ind.triwulan:
            continue
        r = hitung_realisasi(ind, 2023, 4)
        c = hitung_capaian(ind, 2023, r, 4)
        if c.nilai is not None:
            assert format_capaian(c.nilai) in teks  # exactly two decimals
        rq = hitung_realisasi_triwulan(ind, 2023, 1)
        if rq.nilai is not None:
            assert format_angka(rq.nilai) in teks


def test_monitoring_judul_kolom_berulang_di_tiap_halaman() -> None:
    d = dokumen_sintetis(120)
    for i, ind in enumerate(d.semua_indikator()):
        ind.triwulan[2023] = Triwulan(
            target={k: Decimal(10 * k) for k in (1, 2, 3, 4)},
            realisasi={1: Decimal(i % 13)} if not ind.pakai_rumus else {},
        )
        ind.agregasi = "akumulasi"
        ind.realisasi.pop(2023, None)
        ind.nilai_komponen.pop(2023, None)
    d.laporan_tahunan = [
        LaporanTahunan(2023, Penandatangan(tempat="X", tanggal="2024-01", nama="N"))
    ]
    pdf, halaman = buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=4, kertas="F4")
    assert halaman > 2
    for t in _teks(pdf):
        assert "Indikator Kinerja" in t and "Triwulan IV" in t and "Penanggung" in t
    # no quarterly signer: the year's signs, its date left to be written by hand
    assert "X, ………" in _teks(pdf)[-1] and "Januari 2024" not in _teks(pdf)[-1]


def test_monitoring_triwulan_bawaan_dan_salah(dok: Dokumen) -> None:
    # none chosen: up to the last quarter holding a value (the sample's 2023 has all four)
    teks = _satu(_teks(buat_pdf(dok, laporan="triwulan", tahun=2023)[0])[0])
    assert "TRIWULAN IV TAHUN 2023" in teks
    with pytest.raises(IkuError, match="Triwulan 5 tidak ada"):
        buat_pdf(dok, laporan="triwulan", tahun=2023, triwulan=5)


def test_monitoring_kasus_khusus() -> None:
    """Quarters 2 and 4 empty; a formula quarter 3 lacking a component; a negative count
    with target 0 — as the monitoring table prints them."""
    from ikudesk.domain.model import Indikator, Komponen, Periode, Rumus, Sasaran, Tujuan

    kosong_24 = Indikator(
        nama="Jumlah laporan",
        satuan="Dokumen",
        agregasi="akumulasi",
        penanggung_jawab="Sekcam",
        target={2023: Decimal(4)},
        triwulan={
            2023: Triwulan(
                target={1: Decimal(1), 2: Decimal(2), 3: Decimal(3), 4: Decimal(4)},
                realisasi={1: Decimal(1), 3: Decimal(2)},
            )
        },
    )
    rumus = Indikator(
        nama="Persentase ditindaklanjuti",
        satuan="%",
        agregasi="akumulasi",
        rumus=Rumus("a / b * 100", [Komponen("a", "Ditindaklanjuti"), Komponen("b", "Masuk")]),
        triwulan={
            2023: Triwulan(
                target={1: Decimal(90), 3: Decimal(90)},
                nilai_komponen={1: {"a": Decimal(9), "b": Decimal(10)}, 3: {"b": Decimal(5)}},
            )
        },
    )
    negatif = Indikator(
        nama="Jumlah kasus konflik",
        satuan="Kasus",
        polaritas="negatif",
        agregasi="akumulasi",
        triwulan={
            2023: Triwulan(
                target={1: Decimal(0), 2: Decimal(0)},
                realisasi={1: Decimal(0), 2: Decimal(1)},
            )
        },
    )
    d = Dokumen(
        periode=Periode(2021, 2026),
        tujuan=[Tujuan("T", sasaran=[Sasaran("Sasaran uji", [kosong_24, rumus, negatif])])],
    )
    d.profil.instansi = "Kecamatan Uji"
    teks = _satu(" ".join(_teks(buat_pdf(d, laporan="triwulan", tahun=2023, triwulan=4)[0])))
    # count: T1 R1 100,00 | T2 R- (s.d. 1 → 50,00) | T3 R2 (s.d. 3 = 100,00) | T4: frontier 3
    assert "1 1 100,00 2 - 50,00 3 2 100,00 4 - -" in teks
    # formula: quarter 3 incomplete adds nothing: s.d. III = 9/10 = 90 → capaian 100,00
    assert "90 90 100,00 - - - 90 - 100,00" in teks
    # negative count, target 0: none happened → 100,00; one happened → 0,00
    assert "0 0 100,00 0 1 0,00" in teks
    assert "Penandatangan" not in teks and "NIP" not in teks  # no signer for 2023
