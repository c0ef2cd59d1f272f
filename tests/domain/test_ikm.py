"""The IKM survey: exact NRR and IKM, penimbang, rounding once, mutu, profile."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikudesk.domain.compute import BELUM_DIISI, TIDAK_DAPAT_DIHITUNG, hitung_realisasi
from ikudesk.domain.ikm import (
    KELOMPOK_USIA,
    TIDAK_DIISI,
    hitung_ikm,
    mutu,
    profil_responden,
    round_fraction,
)
from ikudesk.domain.model import UNSUR_BAWAAN, Indikator, Responden, SurveiIkm
from ikudesk.files.docfile import baca_file
from ikudesk.l10n import format_angka
from tests.conftest import REPO

D = Decimal


def _survei(jawaban: Sequence[Sequence[int | None]], penimbang: str = "eksak") -> SurveiIkm:
    return SurveiIkm(penimbang=penimbang, responden=[Responden(nilai=list(j)) for j in jawaban])


def _dari_jumlah(n: int, total: int) -> SurveiIkm:
    """n respondents answering all nine unsur with 3 or 4 so that the answers sum to ``total``."""
    empat = total - 3 * 9 * n
    assert 0 <= empat <= 9 * n
    datar = [4] * empat + [3] * (9 * n - empat)
    return _survei([list(datar[i * 9 : (i + 1) * 9]) for i in range(n)])


def test_semua_unsur_4_ikm_100_mutu_a() -> None:
    h = hitung_ikm(_survei([[4] * 9] * 5))
    assert h.jumlah_responden == 5
    assert all(u.nrr == 4 and u.nrr_tertimbang == Fraction(4, 9) for u in h.unsur)
    assert [u.nama for u in h.unsur] == list(UNSUR_BAWAAN)
    assert h.indeks == 4 and h.ikm == 100
    assert h.ikm_bulat == D("100.00") and format_angka(h.ikm_bulat) == "100"
    assert (h.mutu, h.kinerja) == ("A", "Sangat Baik")
    # NRR tertimbang is shown as 0,44 each; the shown IKM is not their sum (9 × 0,44 = 3,96).
    tampil = [round_fraction(u.nrr_tertimbang) for u in h.unsur]  # type: ignore[arg-type]
    assert tampil == [D("0.44")] * 9 and sum(tampil) == D("3.96") != h.indeks


def test_penimbang_eksak_0111_011() -> None:
    jawaban = baca_file(REPO / "data" / "sumber-harta-2023.json").tujuan[0].sasaran[0]
    survei = jawaban.indikator[0].survei_ikm[2023]
    hasil = {}
    for p in ("eksak", "0,111", "0,11"):
        s = SurveiIkm(unsur=survei.unsur, penimbang=p, responden=survei.responden)
        hasil[p] = hitung_ikm(s)
    # Σ NRR = 28: eksak 28/9 × 25 = 700/9; 28 × 0,111 × 25 = 77,7; 28 × 0,11 × 25 = 77.
    assert hasil["eksak"].ikm == Fraction(700, 9)
    assert hasil["0,111"].ikm == Fraction(777, 10)
    assert hasil["0,11"].ikm == 77
    assert [hasil[p].ikm_bulat for p in hasil] == [D("77.78"), D("77.70"), D("77.00")]
    assert {hasil[p].mutu for p in hasil} == {"B"}
    # All answers 4: the printed weights cannot reach 100.
    semua4 = [[4] * 9]
    assert hitung_ikm(_survei(semua4, "0,111")).ikm_bulat == D("99.90")
    assert hitung_ikm(_survei(semua4, "0,11")).ikm_bulat == D("99.00")
    # All answers 1 under 0,11: 24,75, below the 25 the exact weights give (mutu D).
    satu = hitung_ikm(_survei([[1] * 9], "0,11"))
    assert satu.ikm_bulat == D("24.75") and satu.mutu == "D"


def test_jawaban_kosong_tidak_dihitung() -> None:
    unsur = ["Persyaratan", "Waktu", "Biaya"]
    s = SurveiIkm(
        unsur=unsur,
        responden=[
            Responden([4, 3, None]),
            Responden([None, 3, 2]),
            Responden([2, None, 4]),
        ],
    )
    h = hitung_ikm(s)
    assert [(u.jumlah_nilai, u.jumlah_menjawab, u.nrr) for u in h.unsur] == [
        (6, 2, 3),
        (6, 2, 3),
        (6, 2, 3),
    ]
    # NRR 3 each (not 2 as a blank-as-zero spreadsheet gives), penimbang 1/3: IKM 75.
    assert h.ikm == 75 and h.mutu == "C" and h.kinerja == "Kurang Baik"


def test_unsur_tanpa_jawaban_tidak_dapat_dihitung() -> None:
    s = SurveiIkm(unsur=["A", "B"], responden=[Responden([4, None]), Responden([3, None])])
    h = hitung_ikm(s)
    assert h.ikm is None and h.ikm_bulat is None and h.mutu == ""
    assert h.status == TIDAK_DAPAT_DIHITUNG and "'B'" in h.alasan
    assert h.unsur[0].nrr == Fraction(7, 2) and h.unsur[1].nrr is None
    ind = Indikator(nama="IKM", target={2023: D(80)}, survei_ikm={2023: s})
    r = hitung_realisasi(ind, 2023)
    assert r.nilai is None and r.status == TIDAK_DAPAT_DIHITUNG
    assert "Survei IKM 2023" in r.alasan and "'B'" in r.alasan


def test_survei_tanpa_responden_belum_diisi() -> None:
    ind = Indikator(nama="IKM", survei_ikm={2023: SurveiIkm()})
    r = hitung_realisasi(ind, 2023)
    assert r.nilai is None and r.status == BELUM_DIISI and "responden" in r.alasan


@pytest.mark.parametrize(
    ("n", "total", "bulat", "huruf"),
    [
        (24, 763, D("88.31"), "A"),  # 25 × 763 / 216 = 88,3101…
        (19, 604, D("88.30"), "B"),  # 25 × 604 / 171 = 88,3040…
    ],
)
def test_batas_mutu_a_b(n: int, total: int, bulat: Decimal, huruf: str) -> None:
    h = hitung_ikm(_dari_jumlah(n, total))
    assert h.ikm == Fraction(25 * total, 9 * n)
    assert h.ikm_bulat == bulat and h.mutu == huruf


def test_dibulatkan_sekali_dari_pecahan_tepat() -> None:
    # IKM exactly 78,125 (8 respondents, Σ 225 over nine unsur): half away from zero, 78,13.
    h = hitung_ikm(_dari_jumlah(8, 225))
    assert h.ikm == Fraction(625, 8) and h.ikm_bulat == D("78.13")
    # A weight written as the decimal 0,1111 gives a value below the true one: 78,12.
    with localcontext() as ctx:
        ctx.prec = 34
        kira = D(225) / 8 * D("0.1111") * 25
    assert round_fraction(Fraction(kira)) == D("78.12")
    assert round_fraction(Fraction(-5, 1000)) == D("-0.01")


@pytest.mark.parametrize(
    ("ikm", "hasil"),
    [
        ("100.00", ("A", "Sangat Baik")),
        ("88.31", ("A", "Sangat Baik")),
        ("88.30", ("B", "Baik")),
        ("76.61", ("B", "Baik")),
        ("76.60", ("C", "Kurang Baik")),
        ("65.00", ("C", "Kurang Baik")),
        ("64.99", ("D", "Tidak Baik")),
        ("24.75", ("D", "Tidak Baik")),
    ],
)
def test_mutu(ikm: str, hasil: tuple[str, str]) -> None:
    assert mutu(D(ikm)) == hasil


def test_profil_responden() -> None:
    s = SurveiIkm(
        unsur=["A"],
        responden=[
            Responden([4], "L", 19, "SMA", "Petani"),
            Responden([4], "P", 20, "S1", "Guru"),
            Responden([4], "P", 60, "SMA", ""),
            Responden([4], "", None, "", "Petani"),
        ],
    )
    p = profil_responden(s)
    assert p.jumlah == 4
    assert p.jenis_kelamin == {"Laki-laki": 1, "Perempuan": 2, TIDAK_DIISI: 1}
    assert p.pendidikan == {"SMA": 2, "S1": 1, TIDAK_DIISI: 1}
    assert p.pekerjaan == {"Petani": 2, "Guru": 1, TIDAK_DIISI: 1}
    assert list(p.usia) == [k[0] for k in KELOMPOK_USIA] + [TIDAK_DIISI]
    assert p.usia["< 20 tahun"] == 1 and p.usia["20–29 tahun"] == 1
    assert p.usia["≥ 60 tahun"] == 1 and p.usia[TIDAK_DIISI] == 1
    assert sum(p.usia.values()) == 4


def test_contoh_sumber_harta_2023() -> None:
    dok = baca_file(REPO / "data" / "sumber-harta-2023.json")
    h = hitung_ikm(dok.tujuan[0].sasaran[0].indikator[0].survei_ikm[2023])
    assert h.jumlah_responden == 12
    assert [u.jumlah_nilai for u in h.unsur] == [37, 34, 39, 39, 41, 33, 38, 35, 40]
    assert [round_fraction(u.nrr) for u in h.unsur if u.nrr is not None] == [
        D("3.08"),
        D("2.83"),
        D("3.25"),
        D("3.25"),
        D("3.42"),
        D("2.75"),
        D("3.17"),
        D("2.92"),
        D("3.33"),
    ]
    assert h.ikm == Fraction(700, 9) and h.ikm_bulat == D("77.78") and h.mutu == "B"
    p = profil_responden(dok.tujuan[0].sasaran[0].indikator[0].survei_ikm[2023])
    assert p.jenis_kelamin == {"Laki-laki": 6, "Perempuan": 6}
    assert p.pendidikan == {"SMA": 4, "SMP": 2, "S1": 6}


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [
        (None, "-"),
        (3, "3,00"),
        (Fraction(700, 9), "77,78"),
        (Fraction(1, 200), "0,01"),  # half away from zero, from the exact fraction
        (D("1234567.125"), "1.234.567,13"),
        (Fraction(-1, 1000), "0,00"),  # never "-0,00"
    ],
)
def test_teks_dua_desimal(nilai: Fraction | Decimal | int | None, teks: str) -> None:
    """NRR/IKM figures: two fixed decimals in id_ID, rounded once from the exact value."""
    from ikudesk.domain.ikm_tampil import teks_dua_desimal

    assert teks_dua_desimal(nilai) == teks


@settings(max_examples=300, deadline=None)
@given(st.fractions(min_value=-(10**9), max_value=10**9, max_denominator=10**6))
def test_teks_dua_desimal_lewat_l10n(nilai: Fraction) -> None:
    """The survey's figures are printed by l10n (the one place numbers are shown): the same
    text as l10n.format_ikm of the exactly rounded value."""
    from ikudesk.domain.ikm_tampil import teks_dua_desimal
    from ikudesk.l10n import format_ikm

    assert teks_dua_desimal(nilai) == format_ikm(round_fraction(nilai))
