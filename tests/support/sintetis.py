"""Large made-up documents for benchmarks and tests (never shown to users as real data).

Deterministic: the same call gives the same document, so figures compare between runs.
"""

from __future__ import annotations

from decimal import Decimal

from ikudesk.domain.model import (
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

_PANJANG = (
    "Persentase kegiatan pelayanan administrasi pemerintahan, pemberdayaan masyarakat dan "
    "ketentraman umum yang ditindaklanjuti tepat waktu"
)


def dokumen_sintetis(jumlah_indikator: int = 300, per_sasaran: int = 4) -> Dokumen:
    """A printable document for the PDF tests and bench: tujuan with kelompok, long texts,
    every formula shape the sheet typesets, a catatan with lists and a signature; six years."""
    periode = Periode(2021, 2026)
    tujuan: list[Tujuan] = []
    n = 0
    ti = 0
    while n < jumlah_indikator:
        ti += 1
        t = Tujuan(
            uraian=f"Tujuan {ti}: meningkatnya kualitas tata kelola pemerintahan kecamatan",
            kelompok="NON RUTIN" if ti % 2 else "RUTIN",
        )
        for si in range(1, 4):
            s = Sasaran(uraian=f"Sasaran {ti}.{si}: " + _PANJANG.lower())
            for _ in range(per_sasaran):
                if n >= jumlah_indikator:
                    break
                n += 1
                s.indikator.append(_indikator_cetak(n, periode))
            if s.indikator:
                t.sasaran.append(s)
        tujuan.append(t)
    kolom = [
        Kolom("nomor", "No"),
        Kolom("sasaran", "Sasaran Strategis"),
        Kolom("indikator", "Indikator Kinerja Utama"),
        Kolom("rumus", "Formula / Penjelasan"),
        Kolom("satuan", "Satuan"),
        Kolom("sumber_data", "Sumber Data"),
        Kolom("penanggung_jawab", "Penanggung Jawab"),
        Kolom("target", "Target"),
        Kolom("realisasi", "Realisasi"),
        Kolom("capaian", "Capaian (%)"),
    ]
    return Dokumen(
        profil=Profil(
            instansi="Kecamatan Contoh Raya",
            pemerintah_daerah="Kabupaten Contoh",
            kepala=[
                BarisKepala(label="Instansi", isi="Kecamatan Contoh Raya"),
                BarisKepala(label="Tugas", isi=_PANJANG),
                BarisKepala(label="Fungsi", butir=[_PANJANG, "Pembinaan desa"], penomoran="huruf"),
            ],
        ),
        judul=["INDIKATOR KINERJA UTAMA", "KECAMATAN CONTOH RAYA"],
        periode=periode,
        tabel=Tabel(
            kolom=kolom, nomor_per="sasaran", nomori_indikator=True, baris_nomor_kolom=True
        ),
        tujuan=tujuan,
        penandatangan=Penandatangan(
            tempat="Contoh Raya",
            tanggal="2024-03-03",
            jabatan="CAMAT CONTOH RAYA",
            nama="Dra. SITI AMINAH, M.Si",
            pangkat="Pembina Tingkat I",
            nip="196611141994032008",
        ),
        catatan=(
            "Catatan:\n- Target mengikuti Renstra 2021–2026.\n"
            "1. Nilai ≥ 91 berarti “sangat tinggi”."
        ),
    )


def _indikator_cetak(n: int, periode: Periode) -> Indikator:
    tahun = periode.tahun
    if n % 3 == 0:
        return Indikator(
            nama=f"Indeks kepuasan masyarakat atas layanan ke-{n}",
            rumus=Rumus(penjelasan="Nilai dari hasil survei.\n- dilaksanakan tiap tahun"),
            satuan="Indeks",
            sumber_data="Laporan Survei",
            penanggung_jawab="Kasubag Umum",
            target={th: Decimal(80 + i) for i, th in enumerate(tahun)},
            realisasi={th: Decimal("81.125") + i for i, th in enumerate(tahun[:4])},
        )
    if n % 3 == 1:
        rumus = Rumus(
            ekspresi="selesai / semua * 100",
            komponen=[
                Komponen("selesai", f"Jumlah kegiatan yang ditindaklanjuti tepat waktu nomor {n}"),
                Komponen("semua", f"Jumlah seluruh kegiatan yang difasilitasi oleh kecamatan {n}"),
            ],
            penjelasan="Kegiatan dihitung per tahun anggaran.",
        )
        nilai = {
            th: {"selesai": Decimal(30 + i), "semua": Decimal(40)} for i, th in enumerate(tahun)
        }
    else:
        rumus = Rumus(
            ekspresi="(a + b + c) / (desa * 3) * 100",
            komponen=[
                Komponen("a", "Jumlah desa yang menyusun RKPDesa tepat waktu"),
                Komponen("b", "Jumlah desa yang menyusun APBDesa tepat waktu"),
                Komponen("c", "Jumlah desa yang menyusun LPPDesa tepat waktu"),
                Komponen("desa", "Jumlah seluruh desa di wilayah kecamatan"),
            ],
        )
        nilai = {
            th: {"a": Decimal(8), "b": Decimal(9), "c": Decimal(7 + i % 2), "desa": Decimal(10)}
            for i, th in enumerate(tahun[:5])
        }
    return Indikator(
        nama=f"{_PANJANG} ({n})",
        rumus=rumus,
        satuan="%",
        sumber_data="Laporan Tahunan Kecamatan",
        penanggung_jawab="Camat\nSekretaris Kecamatan",
        target={th: Decimal(75 + 2 * i) for i, th in enumerate(tahun)},
        nilai_komponen=nilai,
    )
