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


def dokumen_stres(jumlah_indikator: int = 500) -> Dokumen:
    """``dokumen_sintetis`` with every yearly part a report prints (issue 20): the 2023 signer,
    a quarter's own signer, quarterly values for 2023, an IKM survey of 400 respondents and a
    PK of 20 programs × 5 kegiatan × 4 sub-kegiatan with amounts in the hundreds of billions
    (up to 999.999.999.999.999)."""
    from ikudesk.domain.model import (
        Kegiatan,
        LaporanTahunan,
        LaporanTriwulan,
        PerjanjianKinerja,
        Program,
        Responden,
        SubKegiatan,
        SurveiIkm,
        Triwulan,
    )

    dok = dokumen_sintetis(jumlah_indikator)
    ttd = dok.penandatangan
    assert ttd is not None
    dok.laporan_tahunan = [LaporanTahunan(2023, ttd, "Catatan laporan tahun 2023.")]
    dok.laporan_triwulan = [
        LaporanTriwulan(2023, 2, Penandatangan(**{**ttd.__dict__, "tanggal": "2023-07-05"}))
    ]
    for i, ind in enumerate(dok.semua_indikator()):
        if ind.pakai_rumus:
            continue
        ind.realisasi.pop(2023, None)
        ind.agregasi = "akumulasi" if i % 2 else ""
        ind.triwulan[2023] = Triwulan(
            target={k: Decimal(20 * k) for k in (1, 2, 3, 4)},
            realisasi={k: Decimal(19 * k + i % 7) for k in (1, 2, 3)},
        )
    pertama = next(i for i in dok.semua_indikator() if i.nama.startswith("Indeks kepuasan"))
    pertama.triwulan.pop(2023, None)  # its year is the survey's IKM
    pertama.realisasi.pop(2023, None)
    pertama.survei_ikm[2023] = SurveiIkm(
        responden=[
            Responden(
                [1 + (i + u) % 4 for u in range(9)],
                "L" if i % 2 else "P",
                18 + i % 50,
                ("SD", "SMP", "SMA", "D3", "S1", "S2")[i % 6],
                ("Petani", "Guru", "Wiraswasta", "Pedagang")[i % 4],
            )
            for i in range(400)
        ]
    )
    program = []
    for p in range(1, 21):
        kegiatan = [
            Kegiatan(
                kode=f"7.01.{p:02d}.2.{k:02d}",
                uraian=f"Kegiatan {k} program {p}: " + _PANJANG.lower(),
                anggaran=None,
                realisasi_anggaran=None,
                sub_kegiatan=[
                    SubKegiatan(
                        kode=f"7.01.{p:02d}.2.{k:02d}.{s:04d}",
                        uraian=f"Sub kegiatan {s}: penyediaan layanan kecamatan",
                        anggaran=(
                            999_999_999_999_999
                            if p == 20 and k == 5 and s == 4
                            else 123_456_789_000 * s
                        ),
                        realisasi_anggaran=100_000_000_000 * s,
                    )
                    for s in range(1, 5)
                ],
            )
            for k in range(1, 6)
        ]
        program.append(
            Program(
                kode=f"7.01.{p:02d}",
                uraian=f"PROGRAM {p} PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                anggaran=None,
                realisasi_anggaran=None,
                sumber_dana="APBD",
                kegiatan=kegiatan,
            )
        )
    dok.perjanjian_kinerja = [
        PerjanjianKinerja(
            tahun=2023,
            tempat="Contoh Raya",
            tanggal="2023-01-05",
            pihak_pertama=ttd,
            pihak_kedua=Penandatangan(jabatan="BUPATI CONTOH", nama="NAMA BUPATI"),
            program=program,
        )
    ]
    return dok
