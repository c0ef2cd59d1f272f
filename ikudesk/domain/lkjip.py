"""The figures of the yearly performance report (LKjIP Bab III) and of the window's Ringkasan.

For year Y and the earlier years compared with it, grouped by sasaran (a tujuan's own indicators
under the tujuan): each indicator's target, realisasi and capaian per year, the Renstra end
target (the period's last year) and the capaian of Y against it, the category of Y's capaian;
per sasaran and for the document the "Jumlah" and "Rata-rata" of each capaian column over the
indicators that have one (unrounded; rounded only where shown), with how many were left out and
why — a value not entered yet ("belum diisi", naming which) or values there without an answer
("tidak dapat dihitung", a zero target); a tabulation of categories; and the budget's
efficiency from the year's latest PK.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from ikudesk.domain.compute import Hasil, hitung_capaian, hitung_realisasi, hitung_target
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, kategori_untuk
from ikudesk.domain.model import Dokumen, Indikator, PerjanjianKinerja
from ikudesk.domain.pk import (
    Node,
    anak,
    anggaran_efektif,
    efisiensi,
    realisasi_anggaran_efektif,
    total_anggaran,
    total_realisasi_anggaran,
)
from ikudesk.domain.status import BELUM_DIISI, TIDAK_DAPAT_DIHITUNG
from ikudesk.errors import IkuError
from ikudesk.l10n import bulatkan

# The tabulation's columns for an indicator without a capaian: values missing, or there but
# without an answer (a zero target) — two different things a reader must be told apart.
BELUM_DIISI_TAB = "Belum diisi"
TIDAK_DIHITUNG = "Tidak dapat dihitung"

# Colours of the categories from the lowest to the highest (red → green), shared by the printed
# chart and the window's so both read alike; a list of n categories takes n of them, spread.
WARNA_SKALA: tuple[str, ...] = ("#c0392b", "#e67e22", "#f1c40f", "#7dbb42", "#1e8449")
WARNA_KOSONG = "#9e9e9e"


def warna_kategori(daftar: Sequence[Kategori]) -> dict[str, str]:
    """Category name → colour (hex), lowest category red, highest green."""
    n = len(daftar)
    if n == 1:
        return {daftar[0].nama: WARNA_SKALA[-1]}
    m = len(WARNA_SKALA) - 1
    return {k.nama: WARNA_SKALA[round(i * m / (n - 1))] for i, k in enumerate(daftar)}


def skala_sumbu(nilai: Sequence[float]) -> tuple[float, float, float]:
    """(low, high, step) of a chart's capaian axis: always showing 0 and 100, in round steps
    (the printed chart and the window's use the same)."""
    rendah = min([0.0, *nilai])
    tinggi = max([100.0, *nilai])
    mentah = (tinggi - rendah) / 5
    pangkat = 10 ** math.floor(math.log10(mentah))
    langkah = next(k * pangkat for k in (1, 2, 2.5, 5, 10) if k * pangkat >= mentah)
    return (
        math.floor(rendah / langkah) * langkah,
        math.ceil(tinggi / langkah) * langkah,
        langkah,
    )


def tahun_bawaan(dok: Dokumen) -> int | None:
    """The year a yearly view opens on: the latest with a realisasi, else the last year."""
    daftar = dok.tahun()
    for th in reversed(daftar):
        if any(hitung_realisasi(ind, th).ada for ind in dok.semua_indikator()):
            return th
    return daftar[-1] if daftar else None


def tahun_ringkasan(dok: Dokumen) -> int | None:
    """The year the Ringkasan chart opens on: the latest with at least one computed capaian
    (a realisasi alone, e.g. a survey without a target, draws no bar), else
    :func:`tahun_bawaan`."""
    semua = dok.semua_indikator()
    for th in reversed(dok.tahun()):
        if any(hitung_capaian(ind, th).nilai is not None for ind in semua):
            return th
    return tahun_bawaan(dok)


@dataclass(frozen=True)
class NilaiTahun:
    target: Hasil
    realisasi: Hasil
    capaian: Hasil


@dataclass(frozen=True)
class BarisLkjip:
    nomor: int  # running number across the report (the charts' labels)
    indikator: Indikator
    nilai: dict[int, NilaiTahun]  # per year compared
    target_akhir: Decimal | None  # the Renstra end target
    capaian_akhir: Hasil  # Y's realisasi against the end target
    kategori: str | None  # of Y's capaian (rounded to 2 decimals, as shown); None: no capaian
    analisis: str

    def kurang(self, tahun: int) -> str:
        """What the year's capaian lacks ("target", "realisasi", both) or ""."""
        n = self.nilai[tahun]
        return kekurangan(n.target, n.realisasi)

    def tanpa_kategori(self, tahun: int) -> str:
        """The tabulation's column of an indicator without a category in ``tahun``."""
        n = self.nilai[tahun]
        if status_kosong(n.capaian, self.kurang(tahun)) == BELUM_DIISI:
            return BELUM_DIISI_TAB
        return TIDAK_DIHITUNG


def kekurangan(target: Hasil | Decimal | None, realisasi: Hasil) -> str:
    """What a capaian lacks because it was not entered: "target", "realisasi" or "target dan
    realisasi"; "" when nothing is missing (a value there but not computable is not missing)."""
    if isinstance(target, Hasil):
        tanpa_target = not target.ada and target.status == BELUM_DIISI
    else:
        tanpa_target = target is None
    tanpa_realisasi = not realisasi.ada and realisasi.status == BELUM_DIISI
    kurang = [n for n, k in (("target", tanpa_target), ("realisasi", tanpa_realisasi)) if k]
    return " dan ".join(kurang)


def status_kosong(capaian: Hasil, kurang: str) -> str:
    """BELUM_DIISI when a value is missing, else the capaian's own status."""
    return BELUM_DIISI if kurang or capaian.status == BELUM_DIISI else capaian.status


@dataclass(frozen=True)
class Ringkas:
    """The Jumlah and Rata-rata of one capaian column over the indicators that have one; the
    others counted apart: values not entered yet, or there but not computable."""

    jumlah: Decimal | None
    rata_rata: Decimal | None
    dihitung: int
    belum_diisi: int = 0
    tidak_dihitung: int = 0

    @property
    def dilewati(self) -> int:
        return self.belum_diisi + self.tidak_dihitung


def ringkas(nilai: Sequence[Hasil | Decimal | None]) -> Ringkas:
    """Jumlah and Rata-rata of the capaian there; those missing counted by their status (a
    bare None, whose status is not known, with ``tidak_dihitung``)."""
    hasil = [h if isinstance(h, Hasil) else Hasil(h, TIDAK_DAPAT_DIHITUNG) for h in nilai]
    ada = [h.nilai for h in hasil if h.nilai is not None]
    belum = sum(1 for h in hasil if h.nilai is None and h.status == BELUM_DIISI)
    gagal = len(nilai) - len(ada) - belum
    if not ada:
        return Ringkas(None, None, 0, belum, gagal)
    with localcontext() as ctx:
        ctx.prec = 34
        jumlah = sum(ada, Decimal(0))
        return Ringkas(jumlah, jumlah / len(ada), len(ada), belum, gagal)


@dataclass(frozen=True)
class KelompokLkjip:
    kunci: Hashable
    uraian: str
    jenis: str  # "sasaran" or "tujuan"
    baris: list[BarisLkjip]
    ringkas: dict[int, Ringkas]  # per year
    ringkas_akhir: Ringkas  # the capaian against the Renstra end target
    tabulasi: dict[str, int]  # category (and TIDAK_DIHITUNG) → indicators


@dataclass(frozen=True)
class BarisEfisiensi:
    tingkat: int  # 0 program, 1 kegiatan, 2 sub-kegiatan
    nomor: str
    kode: str
    uraian: str
    anggaran: int | None
    realisasi: int | None
    persen: Decimal | None
    kategori: str | None


@dataclass
class Lkjip:
    tahun: int
    daftar_tahun: list[int]
    tahun_akhir: int | None
    kategori: list[Kategori]
    kelompok: list[KelompokLkjip]
    ringkas: dict[int, Ringkas]
    ringkas_akhir: Ringkas
    tabulasi: dict[str, int]
    pk: PerjanjianKinerja | None
    efisiensi: list[BarisEfisiensi] = field(default_factory=list)
    efisiensi_total: BarisEfisiensi | None = None

    @property
    def semua_baris(self) -> list[BarisLkjip]:
        return [b for k in self.kelompok for b in k.baris]


def ada_data(dok: Dokumen, tahun: int) -> bool:
    """True when some indicator has a target or a realisasi for ``tahun``."""
    return any(
        tahun in ind.target or hitung_realisasi(ind, tahun).ada for ind in dok.semua_indikator()
    )


def tahun_pembanding(dok: Dokumen, tahun: int, sejak: int | None = None) -> list[int]:
    """The years the report compares: ``sejak``..``tahun``, or (None) every earlier year of the
    document that has data, then ``tahun``."""
    if sejak is not None:
        if sejak > tahun:
            raise IkuError(f"Tahun awal {sejak} sesudah tahun laporan {tahun}.")
        if dok.periode is not None and not dok.periode.memuat(sejak):
            p = dok.periode
            raise IkuError(f"Tahun awal {sejak} di luar periode dokumen ({p.mulai}–{p.selesai}).")
        return list(range(sejak, tahun + 1))
    return [th for th in dok.tahun() if th < tahun and ada_data(dok, th)] + [tahun]


def kategori_capaian(capaian: Decimal | None, daftar: Sequence[Kategori]) -> str | None:
    """The category of a capaian as shown (rounded to 2 decimals); None: no capaian."""
    return kategori_untuk(bulatkan(capaian), list(daftar)) if capaian is not None else None


def capaian_terhadap(ind: Indikator, tahun: int, realisasi: Hasil, target: Decimal) -> Hasil:
    """The capaian of ``realisasi`` against another target, by the same rules (polarity, 0)."""
    lain = dataclasses.replace(ind, target={tahun: target})
    return hitung_capaian(lain, tahun, realisasi)


def _grup(dok: Dokumen) -> list[tuple[Hashable, str, str, list[Indikator]]]:
    hasil: list[tuple[Hashable, str, str, list[Indikator]]] = []
    for ti, t in enumerate(dok.tujuan):
        if t.indikator:
            hasil.append((("t", ti), t.uraian, "tujuan", t.indikator))
        hasil += [
            (("s", ti, si), s.uraian, "sasaran", s.indikator) for si, s in enumerate(t.sasaran)
        ]
    return [g for g in hasil if g[3]]


def _tabulasi(baris: Sequence[BarisLkjip], daftar: list[Kategori], tahun: int) -> dict[str, int]:
    hasil = {k.nama: 0 for k in daftar}
    hasil[BELUM_DIISI_TAB] = 0
    hasil[TIDAK_DIHITUNG] = 0
    for b in baris:
        hasil[b.kategori or b.tanpa_kategori(tahun)] += 1
    return hasil


def hitung_lkjip(
    dok: Dokumen,
    tahun: int,
    sejak: int | None = None,
    kategori: Sequence[Kategori] | None = None,
) -> Lkjip:
    daftar = list(kategori or KATEGORI_BAWAAN)
    daftar_tahun = tahun_pembanding(dok, tahun, sejak)
    semua_tahun = dok.tahun()
    tahun_akhir = dok.periode.selesai if dok.periode else (semua_tahun[-1] if semua_tahun else None)
    kelompok: list[KelompokLkjip] = []
    nomor = 0
    for kunci, uraian, jenis, indikator in _grup(dok):
        baris: list[BarisLkjip] = []
        for ind in indikator:
            nomor += 1
            nilai: dict[int, NilaiTahun] = {}
            for th in daftar_tahun:
                r = hitung_realisasi(ind, th)
                nilai[th] = NilaiTahun(hitung_target(ind, th), r, hitung_capaian(ind, th, r))
            akhir = ind.target.get(tahun_akhir) if tahun_akhir is not None else None
            if akhir is None:
                capaian_akhir = Hasil(None, BELUM_DIISI, "Target akhir Renstra belum diisi.")
            else:
                capaian_akhir = capaian_terhadap(ind, tahun, nilai[tahun].realisasi, akhir)
            baris.append(
                BarisLkjip(
                    nomor,
                    ind,
                    nilai,
                    akhir,
                    capaian_akhir,
                    kategori_capaian(nilai[tahun].capaian.nilai, daftar),
                    ind.analisis.get(tahun, ""),
                )
            )
        kelompok.append(
            KelompokLkjip(
                kunci,
                uraian,
                jenis,
                baris,
                {th: ringkas([b.nilai[th].capaian for b in baris]) for th in daftar_tahun},
                ringkas([b.capaian_akhir for b in baris]),
                _tabulasi(baris, daftar, tahun),
            )
        )
    semua = [b for k in kelompok for b in k.baris]
    hasil = Lkjip(
        tahun=tahun,
        daftar_tahun=daftar_tahun,
        tahun_akhir=tahun_akhir,
        kategori=daftar,
        kelompok=kelompok,
        ringkas={th: ringkas([b.nilai[th].capaian for b in semua]) for th in daftar_tahun},
        ringkas_akhir=ringkas([b.capaian_akhir for b in semua]),
        tabulasi=_tabulasi(semua, daftar, tahun),
        pk=dok.pk(tahun),
    )
    if hasil.pk is not None:
        hasil.efisiensi, hasil.efisiensi_total = baris_efisiensi(hasil.pk, daftar)
    return hasil


def baris_efisiensi(
    pk: PerjanjianKinerja, daftar: list[Kategori]
) -> tuple[list[BarisEfisiensi], BarisEfisiensi]:
    """Every program, kegiatan and sub-kegiatan with anggaran, realisasi, % and category (only
    where both amounts are known), and the total of the programs."""
    hasil: list[BarisEfisiensi] = []

    def tambah(node: Node, tingkat: int, nomor: str) -> None:
        a, r = anggaran_efektif(node), realisasi_anggaran_efektif(node)
        persen = efisiensi(a, r)
        hasil.append(
            BarisEfisiensi(
                tingkat,
                nomor,
                node.kode,
                node.uraian,
                a,
                r,
                persen,
                kategori_capaian(persen, daftar),
            )
        )
        # numbered under their program as the PK prints them: 1, 1.1, 1.1.1
        bawah: Sequence[Node] = anak(node)
        for j, a_ in enumerate(bawah, start=1):
            tambah(a_, tingkat + 1, f"{nomor}.{j}")

    for i, prog in enumerate(pk.program, start=1):
        tambah(prog, 0, str(i))
    a, r = total_anggaran(pk), total_realisasi_anggaran(pk)
    persen = efisiensi(a, r)
    total = BarisEfisiensi(0, "", "", "Jumlah", a, r, persen, kategori_capaian(persen, daftar))
    return hasil, total
