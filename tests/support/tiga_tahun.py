"""A document with three years of values, a PK and a revision, and the year's signer (LKjIP
and Ringkasan tests)."""

from __future__ import annotations

from decimal import Decimal as D

from ikudesk.domain.model import (
    Dokumen,
    Indikator,
    Kegiatan,
    LaporanTahunan,
    Penandatangan,
    Periode,
    PerjanjianKinerja,
    Profil,
    Program,
    Sasaran,
    Tujuan,
)


def _ind(nama: str, target: dict, realisasi: dict, polaritas: str = "positif") -> Indikator:
    return Indikator(
        nama=nama,
        satuan="%",
        polaritas=polaritas,
        target={k: D(str(v)) for k, v in target.items()},
        realisasi={k: D(str(v)) for k, v in realisasi.items()},
    )


def dokumen_tiga_tahun() -> Dokumen:
    """Two sasaran, five indicators, values for 2021–2023 and the Renstra end target 2025."""
    a = _ind(
        "Indikator A",
        {2021: 80, 2022: 85, 2023: 200, 2025: 100},
        {2021: 72, 2022: 85, 2023: "200.01"},
    )
    # negatif: (2T - R) / T
    b = _ind(
        "Indikator B",
        {2021: 10, 2022: 8, 2023: 6, 2025: 4},
        {2021: 12, 2022: 8, 2023: 3},
        "negatif",
    )
    # 2022 realisasi missing: left out of 2022's Jumlah / Rata-rata, counted as such
    c = _ind("Indikator C", {2021: 3, 2022: 3, 2023: 3, 2025: 3}, {2021: 1, 2023: 2})
    # a zero target: no capaian in 2023 ("tidak dapat dihitung"), no end target at all
    d = _ind("Indikator D", {2021: 50, 2022: 60, 2023: 0}, {2021: 20, 2022: 33, 2023: 5})
    # 200.01 / 200 = 100.005 %: with A's, the sum of rounded capaian differs from the rounded sum
    e = _ind("Indikator E", {2023: 200, 2025: 80}, {2023: "200.01"})
    e.analisis[2023] = "Capaian rendah karena kegiatan tertunda.\n- sebab pertama\n- sebab kedua"
    e.analisis[2022] = "teks tahun lalu yang tidak dicetak"
    camat = Penandatangan(
        tempat="Pakong",
        tanggal="2024-01-15",
        jabatan="CAMAT PAKONG",
        nama="NAMA CAMAT",
        pangkat="Pembina",
        nip="198203152001121002",
        status="Plt.",
    )
    pk = PerjanjianKinerja(
        tahun=2023,
        program=[
            Program(
                kode="1", uraian="PROGRAM SATU", anggaran=1_000_000, realisasi_anggaran=950_000
            ),
            Program(
                kode="2",
                uraian="PROGRAM DUA",
                kegiatan=[
                    Kegiatan(
                        kode="2.1",
                        uraian="Kegiatan ada",
                        anggaran=300_000,
                        realisasi_anggaran=150_000,
                    ),
                    Kegiatan(kode="2.2", uraian="Kegiatan tanpa realisasi", anggaran=200_000),
                ],
            ),
        ],
    )
    lama = PerjanjianKinerja(tahun=2023, perubahan=0, program=[Program(uraian="LAMA", anggaran=1)])
    pk.perubahan = 1
    return Dokumen(
        profil=Profil(instansi="Kecamatan Pakong"),
        periode=Periode(2021, 2025),
        tujuan=[
            Tujuan(
                uraian="Tujuan",
                sasaran=[
                    Sasaran(uraian="Sasaran Pertama", indikator=[a, b, c]),
                    Sasaran(uraian="Sasaran Kedua", indikator=[d, e]),
                ],
            )
        ],
        perjanjian_kinerja=[lama, pk],
        laporan_tahunan=[LaporanTahunan(2023, camat)],
    )
