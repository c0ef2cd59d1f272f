"""Large made-up documents for benchmarks and tests (never shown to users as real data).

Deterministic for a given seed: the same call gives the same document, so figures compare.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from decimal import Decimal

from ikudesk.core.model import (
    BarisKepala,
    Dokumen,
    Indikator,
    Kolom,
    Komponen,
    Penandatangan,
    Periode,
    Profil,
    Rumus,
    Sasaran,
    Tabel,
    Tujuan,
)

_KATA = [
    "pelayanan",
    "administrasi",
    "kependudukan",
    "desa",
    "kelurahan",
    "masyarakat",
    "kegiatan",
    "pembinaan",
    "koordinasi",
    "ketentraman",
    "ketertiban",
    "umum",
    "perencanaan",
    "pembangunan",
    "pemberdayaan",
    "lembaga",
    "ekonomi",
    "organisasi",
    "kemasyarakatan",
    "laporan",
    "dokumen",
    "survei",
    "kepuasan",
    "fasilitasi",
    "tindak",
    "lanjut",
    "pengaduan",
]


def _kalimat(rng: random.Random, n_min: int, n_max: int) -> str:
    kata = [rng.choice(_KATA) for _ in range(rng.randint(n_min, n_max))]
    return " ".join(kata).capitalize()


def buat_dokumen_sintetis(
    jumlah_indikator: int = 2000,
    tahun: Iterable[int] = range(2021, 2027),
    seed: int = 0,
    indikator_per_sasaran: int = 4,
    sasaran_per_tujuan: int = 5,
) -> Dokumen:
    """A document with ``jumlah_indikator`` indicators, most with a formula, values every year."""
    rng = random.Random(seed)
    daftar_tahun = list(tahun)
    dok = Dokumen(
        profil=Profil(
            instansi="Kecamatan Sintetis",
            pemerintah_daerah="Kabupaten Contoh",
            kepala=[
                BarisKepala(label="Instansi", isi="Kecamatan Sintetis"),
                BarisKepala(
                    label="Fungsi",
                    butir=[_kalimat(rng, 6, 14) for _ in range(5)],
                    penomoran="huruf",
                ),
            ],
        ),
        judul=["INDIKATOR KINERJA UTAMA", "KECAMATAN SINTETIS"],
        periode=Periode(daftar_tahun[0], daftar_tahun[-1]) if daftar_tahun else None,
        tabel=Tabel(
            kolom=[
                Kolom("nomor", "No"),
                Kolom("tujuan", "Tujuan"),
                Kolom("sasaran", "Sasaran Strategis"),
                Kolom("indikator", "Indikator Kinerja Utama"),
                Kolom("rumus", "Formula"),
                Kolom("satuan", "Satuan"),
                Kolom("target", "Target"),
                Kolom("sumber_data", "Sumber Data"),
                Kolom("penanggung_jawab", "Penanggung Jawab"),
            ],
            nomor_per="sasaran",
            nomori_indikator=True,
            baris_nomor_kolom=True,
        ),
        penandatangan=Penandatangan(
            tempat="Sintetis",
            tanggal="2026-01-05",
            jabatan="CAMAT SINTETIS",
            nama="Drs. CONTOH NAMA, M.Si",
            pangkat="Pembina Tingkat I",
            nip="196611141994032008",
        ),
    )
    dibuat = 0
    while dibuat < jumlah_indikator:
        tujuan = Tujuan(uraian=_kalimat(rng, 5, 12))
        dok.tujuan.append(tujuan)
        for _ in range(sasaran_per_tujuan):
            if dibuat >= jumlah_indikator:
                break
            sasaran = Sasaran(uraian=_kalimat(rng, 5, 12))
            tujuan.sasaran.append(sasaran)
            for _ in range(indikator_per_sasaran):
                if dibuat >= jumlah_indikator:
                    break
                sasaran.indikator.append(_indikator(rng, dibuat, daftar_tahun))
                dibuat += 1
    return dok


def _indikator(rng: random.Random, nomor: int, daftar_tahun: list[int]) -> Indikator:
    ind = Indikator(
        nama=f"Persentase {_kalimat(rng, 4, 10).lower()} ({nomor + 1})",
        satuan="%",
        sumber_data=_kalimat(rng, 2, 5),
        penanggung_jawab=rng.choice(["Camat", "Sekretaris Camat", "Kasi Pemerintahan"]),
        polaritas="negatif" if nomor % 17 == 0 else "positif",
    )
    if nomor % 5 == 4:
        # A directly entered value (a survey index), as real documents have.
        ind.satuan = "Indeks"
        ind.rumus = Rumus(penjelasan=_kalimat(rng, 6, 15))
        for th in daftar_tahun:
            ind.target[th] = Decimal(rng.randint(7000, 9500)) / 100
            ind.realisasi[th] = Decimal(rng.randint(600000, 990000)) / 10000
        return ind
    ind.rumus = Rumus(
        ekspresi="ditindaklanjuti / difasilitasi * 100",
        komponen=[
            Komponen(
                "ditindaklanjuti", f"Jumlah {_kalimat(rng, 3, 8).lower()} yang ditindaklanjuti"
            ),
            Komponen("difasilitasi", f"Jumlah {_kalimat(rng, 3, 8).lower()} yang difasilitasi"),
        ],
        penjelasan=_kalimat(rng, 0, 12),
    )
    for th in daftar_tahun:
        ind.target[th] = Decimal(rng.randint(60, 100))
        total = rng.randint(10, 400)
        ind.nilai_komponen[th] = {
            "ditindaklanjuti": Decimal(rng.randint(0, total)),
            "difasilitasi": Decimal(total),
        }
    return ind
