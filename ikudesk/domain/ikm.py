"""The IKM survey (PermenPAN-RB 14/2017), computed exactly as FORMAT.md v2 says.

NRR of an unsur = the sum of its answers / the number of respondents who answered it (an empty
answer is not counted). IKM = Σ (NRR × penimbang) × 25, where the penimbang is exactly 1/n for
"eksak" or the printed decimal 0,111 / 0,11. Everything is a ``Fraction`` until the one rounding
at the end: a decimal 1/9 would round an IKM of exactly 78,125 the wrong way. The mutu comes from
the IKM rounded to 2 decimals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction

from ikudesk.domain.model import SurveiIkm
from ikudesk.domain.status import BELUM_DIISI, OK, TIDAK_DAPAT_DIHITUNG

SKALA = 25  # the IKM is on 25–100: the 1–4 index × 25
PENIMBANG_TETAP: dict[str, Fraction] = {"0,111": Fraction(111, 1000), "0,11": Fraction(11, 100)}
# (lowest IKM rounded to 2 decimals, mutu, kinerja unit pelayanan), best first
MUTU: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
)
MUTU_TERENDAH = ("D", "Tidak Baik")
TIDAK_DIISI = "Tidak diisi"
JENIS_KELAMIN_LABEL = {"L": "Laki-laki", "P": "Perempuan"}
# Age bands of the respondents' profile: (label, lowest age, highest age)
KELOMPOK_USIA: tuple[tuple[str, int, int], ...] = (
    ("< 20 tahun", 0, 19),
    ("20–29 tahun", 20, 29),
    ("30–39 tahun", 30, 39),
    ("40–49 tahun", 40, 49),
    ("50–59 tahun", 50, 59),
    ("≥ 60 tahun", 60, 10**6),
)


def round_fraction(nilai: Fraction, desimal: int = 2) -> Decimal:
    """Round an exact fraction half away from zero to ``desimal`` places (a spreadsheet's ROUND)."""
    skala = abs(nilai) * 10**desimal
    hasil, sisa = divmod(skala.numerator, skala.denominator)
    if 2 * sisa >= skala.denominator:
        hasil += 1
    return Decimal(-hasil if nilai < 0 else hasil).scaleb(-desimal)


def fraction_to_decimal(nilai: Fraction) -> Decimal:
    """A fraction as a Decimal of 34 significant digits (for capaian from the unrounded IKM)."""
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(nilai.numerator) / Decimal(nilai.denominator)


def mutu(ikm_bulat: Decimal) -> tuple[str, str]:
    """(mutu, kinerja unit pelayanan) of an IKM already rounded to 2 decimals."""
    for batas, huruf, kinerja in MUTU:
        if ikm_bulat >= batas:
            return huruf, kinerja
    return MUTU_TERENDAH


def penimbang(survei: SurveiIkm) -> Fraction:
    """The weight of each unsur: exactly 1/n, or the printed 0,111 / 0,11."""
    if survei.penimbang in PENIMBANG_TETAP:
        return PENIMBANG_TETAP[survei.penimbang]
    return Fraction(1, len(survei.unsur)) if survei.unsur else Fraction(0)


@dataclass(frozen=True)
class HasilUnsur:
    nama: str
    jumlah_nilai: int  # Σ nilai of those who answered
    jumlah_menjawab: int
    nrr: Fraction | None  # None: nobody answered
    nrr_tertimbang: Fraction | None


@dataclass(frozen=True)
class HasilIkm:
    """A survey's result. ``ikm`` is exact; show ``ikm_bulat``, never the sum of rounded parts."""

    jumlah_responden: int
    unsur: tuple[HasilUnsur, ...]
    penimbang: Fraction
    indeks: Fraction | None  # Σ NRR × penimbang, on the 1–4 scale
    ikm: Fraction | None  # indeks × 25
    status: str = OK
    alasan: str = ""

    @property
    def ada(self) -> bool:
        return self.ikm is not None

    @property
    def ikm_bulat(self) -> Decimal | None:
        return None if self.ikm is None else round_fraction(self.ikm)

    @property
    def ikm_desimal(self) -> Decimal | None:
        """The unrounded IKM as a 34-digit Decimal: the indicator's realisasi."""
        return None if self.ikm is None else fraction_to_decimal(self.ikm)

    @property
    def mutu(self) -> str:
        return "" if self.ikm_bulat is None else mutu(self.ikm_bulat)[0]

    @property
    def kinerja(self) -> str:
        return "" if self.ikm_bulat is None else mutu(self.ikm_bulat)[1]


def hitung_ikm(survei: SurveiIkm) -> HasilIkm:
    """NRR per unsur, the IKM and (through the result) its mutu."""
    n = len(survei.unsur)
    jumlah = [0] * n
    menjawab = [0] * n
    for r in survei.responden:
        for i, v in enumerate(r.nilai[:n]):
            if v is not None:
                jumlah[i] += v
                menjawab[i] += 1
    w = penimbang(survei)
    unsur = tuple(
        HasilUnsur(
            nama=nama,
            jumlah_nilai=jumlah[i],
            jumlah_menjawab=menjawab[i],
            nrr=Fraction(jumlah[i], menjawab[i]) if menjawab[i] else None,
            nrr_tertimbang=Fraction(jumlah[i], menjawab[i]) * w if menjawab[i] else None,
        )
        for i, nama in enumerate(survei.unsur)
    )
    jumlah_responden = len(survei.responden)
    if not survei.responden:
        return HasilIkm(
            jumlah_responden, unsur, w, None, None, BELUM_DIISI, "Survei IKM belum punya responden."
        )
    kosong = [u.nama for u in unsur if u.nrr is None]
    if kosong:
        alasan = f"Tidak dapat dihitung: unsur '{kosong[0]}' tidak dijawab satu responden pun."
        return HasilIkm(jumlah_responden, unsur, w, None, None, TIDAK_DAPAT_DIHITUNG, alasan)
    if not unsur:
        alasan = "Tidak dapat dihitung: survei tanpa unsur."
        return HasilIkm(jumlah_responden, unsur, w, None, None, TIDAK_DAPAT_DIHITUNG, alasan)
    indeks = sum((u.nrr_tertimbang for u in unsur if u.nrr_tertimbang is not None), Fraction(0))
    return HasilIkm(jumlah_responden, unsur, w, indeks, indeks * SKALA)


@dataclass(frozen=True)
class ProfilResponden:
    """Counts of the respondents for the printed profile, each in a fixed, readable order."""

    jumlah: int
    jenis_kelamin: dict[str, int] = field(default_factory=dict)
    pendidikan: dict[str, int] = field(default_factory=dict)
    pekerjaan: dict[str, int] = field(default_factory=dict)
    usia: dict[str, int] = field(default_factory=dict)


# Schooling levels from the lowest, with the names forms use for the same level; a level not
# listed follows them in first appearance order.
URUTAN_PENDIDIKAN: tuple[tuple[str, ...], ...] = (
    ("tidak sekolah", "tidak tamat sd", "belum sekolah"),
    ("sd", "sd/mi", "mi", "sd sederajat"),
    ("smp", "sltp", "mts", "smp/mts", "smp sederajat"),
    ("sma", "slta", "smk", "ma", "sma/smk", "sma/ma", "sma sederajat"),
    ("d1",),
    ("d2",),
    ("d3", "diploma", "diploma iii"),
    ("d4", "diploma iv"),
    ("s1", "sarjana"),
    ("s2", "magister"),
    ("s3", "doktor"),
)
_PERINGKAT_PENDIDIKAN = {
    nama: i for i, kelompok in enumerate(URUTAN_PENDIDIKAN) for nama in kelompok
}


def _urut(hitung: Counter[str], peringkat: dict[str, int] | None = None) -> dict[str, int]:
    """Natural order where ``peringkat`` knows it (SD before SMP), else first appearance
    order; "Tidak diisi" last."""
    kunci = list(hitung)
    if peringkat:
        n = len(peringkat)
        kunci.sort(key=lambda k: peringkat.get(" ".join(k.lower().split()), n))
    hasil = {k: hitung[k] for k in kunci if k != TIDAK_DIISI}
    if hitung.get(TIDAK_DIISI):
        hasil[TIDAK_DIISI] = hitung[TIDAK_DIISI]
    return hasil


def profil_responden(survei: SurveiIkm) -> ProfilResponden:
    jk: Counter[str] = Counter()
    pendidikan: Counter[str] = Counter()
    pekerjaan: Counter[str] = Counter()
    usia: Counter[str] = Counter()
    for r in survei.responden:
        jk[JENIS_KELAMIN_LABEL.get(r.jenis_kelamin, TIDAK_DIISI)] += 1
        pendidikan[r.pendidikan.strip() or TIDAK_DIISI] += 1
        pekerjaan[r.pekerjaan.strip() or TIDAK_DIISI] += 1
        if r.usia is None:
            usia[TIDAK_DIISI] += 1
        else:
            usia[next(lbl for lbl, lo, hi in KELOMPOK_USIA if lo <= r.usia <= hi)] += 1
    pita = {lbl: usia.get(lbl, 0) for lbl, _, _ in KELOMPOK_USIA}
    if usia.get(TIDAK_DIISI):
        pita[TIDAK_DIISI] = usia[TIDAK_DIISI]
    return ProfilResponden(
        jumlah=len(survei.responden),
        jenis_kelamin={
            **{v: jk.get(v, 0) for v in JENIS_KELAMIN_LABEL.values()},
            **({TIDAK_DIISI: jk[TIDAK_DIISI]} if jk.get(TIDAK_DIISI) else {}),
        },
        pendidikan=_urut(pendidikan, _PERINGKAT_PENDIDIKAN),
        pekerjaan=_urut(pekerjaan),
        usia=pita,
    )
