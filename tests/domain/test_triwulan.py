"""Computing by quarter (FORMAT.md v2), with figures worked out here by hand."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikudesk.domain.compute import (
    BELUM_DIISI,
    BELUM_LENGKAP,
    KOSONG,
    LENGKAP,
    OK,
    TIDAK_DAPAT_DIHITUNG,
    hitung_capaian,
    hitung_dokumen,
    hitung_realisasi,
    hitung_realisasi_triwulan,
    hitung_target,
    quarter_state,
    reporting_frontier,
    year_components,
)
from ikudesk.domain.model import Indikator, Komponen, Rumus, Triwulan
from ikudesk.errors import DokumenError
from ikudesk.files.docfile import baca_file
from tests.conftest import REPO

D = Decimal
Y = 2023


def _bagi(a: int | str | Decimal, b: int | str | Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 34
        return D(a) * 100 / D(b)


def _langsung(
    agregasi: str = "",
    realisasi: dict[int, Decimal] | None = None,
    target: dict[int, Decimal] | None = None,
) -> Indikator:
    tw = Triwulan(target=target or {}, realisasi=realisasi or {})
    return Indikator(nama="Langsung", agregasi=agregasi, triwulan={Y: tw})


def _rumus(agregasi: str, nilai: dict[int, dict[str, Decimal]], **kw: object) -> Indikator:
    return Indikator(
        nama="Persentase",
        rumus=Rumus(
            "a / b * 100", [Komponen("a", "Jumlah selesai"), Komponen("b", "Jumlah semua")]
        ),
        agregasi=agregasi,
        triwulan={Y: Triwulan(nilai_komponen=nilai, **kw)},  # type: ignore[arg-type]
    )


def _nilai(ind: Indikator, k: int | None = None) -> Decimal | None:
    return hitung_realisasi(ind, Y, k).nilai


# --- quarters 2 and 4 empty -------------------------------------------------------------------


def test_akumulasi_triwulan_2_dan_4_kosong() -> None:
    target = {1: D(10), 2: D(20), 3: D(30), 4: D(40)}
    ind = _langsung("akumulasi", realisasi={1: D(10), 3: D(5)}, target=target)
    ind.target = {Y: D(40)}
    assert [quarter_state(ind, Y, k) for k in (1, 2, 3, 4)] == [LENGKAP, KOSONG, LENGKAP, KOSONG]
    assert reporting_frontier(ind, Y) == 3
    assert [_nilai(ind, k) for k in (1, 2, 3)] == [D(10), D(10), D(15)]
    r4 = hitung_realisasi(ind, Y, 4)
    assert r4.nilai is None and r4.status == BELUM_DIISI and "triwulan IV 2023" in r4.alasan
    # The year: s.d. the frontier.
    assert _nilai(ind) == D(15)
    # Capaian s.d. k against the target s.d. k, as entered.
    assert [hitung_capaian(ind, Y, triwulan=k).nilai for k in (1, 2, 3)] == [D(100), D(50), D(50)]
    assert hitung_capaian(ind, Y, triwulan=4).status == BELUM_DIISI
    assert hitung_capaian(ind, Y).nilai == _bagi(15, 40)
    # The quarter's own value (the monitoring table's per-quarter columns).
    assert hitung_realisasi_triwulan(ind, Y, 3).nilai == D(5)
    assert hitung_realisasi_triwulan(ind, Y, 2).status == BELUM_DIISI


def test_nilai_akhir_triwulan_2_dan_4_kosong_membawa_nilai_sebelumnya() -> None:
    for agregasi in ("", "nilai_akhir"):  # not stated counts as nilai_akhir
        ind = _langsung(agregasi, realisasi={1: D(80), 3: D("85.5")})
        assert [_nilai(ind, k) for k in (1, 2, 3)] == [D(80), D(80), D("85.5")]
        assert hitung_realisasi(ind, Y, 4).status == BELUM_DIISI
        assert _nilai(ind) == D("85.5")


def test_tanpa_nilai_triwulan_tidak_ada_realisasi_dan_target_tidak_dibawa() -> None:
    ind = _langsung("akumulasi", realisasi={3: D(4)}, target={2: D(2)})
    ind.target = {Y: D(4)}
    r = hitung_realisasi(ind, Y, 2)
    assert r.nilai is None and r.status == BELUM_DIISI and "lengkap" in r.alasan
    assert _nilai(ind, 3) == D(4)
    # No target for quarter 3 or 4: no capaian; never summed, never the year's target.
    for k in (3, 4):
        c = hitung_capaian(ind, Y, triwulan=k)
        assert c.nilai is None and c.status == BELUM_DIISI
        assert f"Target triwulan {'III' if k == 3 else 'IV'} 2023" in c.alasan
    assert hitung_target(ind, Y, 2).nilai == D(2) and hitung_target(ind, Y).nilai == D(4)
    assert hitung_target(ind, Y, 1).status == BELUM_DIISI


# --- a formula indicator whose quarter 3 lacks a component --------------------------------------

KOMPONEN = {
    1: {"a": D(4), "b": D(5)},
    2: {"a": D(6), "b": D(7)},
    3: {"a": D(5)},
}


def test_rumus_akumulasi_triwulan_3_belum_lengkap() -> None:
    ind = _rumus("akumulasi", KOMPONEN, target={1: D(80), 2: D(80), 3: D(80)})
    assert quarter_state(ind, Y, 3) == BELUM_LENGKAP
    assert reporting_frontier(ind, Y) == 3
    assert _nilai(ind, 1) == _bagi(4, 5)
    # Each component summed, then the formula: 10/12, not the mean or sum of 80 % and 85,7 %.
    assert _nilai(ind, 2) == _bagi(10, 12)
    assert _nilai(ind, 3) == _bagi(10, 12)  # quarter 3 adds nothing
    assert hitung_realisasi(ind, Y, 4).status == BELUM_DIISI
    assert _nilai(ind) == _bagi(10, 12)
    sendiri = hitung_realisasi_triwulan(ind, Y, 3)
    assert sendiri.nilai is None and sendiri.status == BELUM_DIISI
    assert "belum lengkap" in sendiri.alasan and "Jumlah semua" in sendiri.alasan
    assert hitung_realisasi_triwulan(ind, Y, 2).nilai == _bagi(6, 7)
    with localcontext() as ctx:
        ctx.prec = 34
        assert hitung_capaian(ind, Y, triwulan=3).nilai == _bagi(10, 12) / 80 * 100


def test_rumus_nilai_akhir_triwulan_3_belum_lengkap_dilewati() -> None:
    ind = _rumus("nilai_akhir", KOMPONEN)
    assert [_nilai(ind, k) for k in (1, 2, 3)] == [_bagi(4, 5), _bagi(6, 7), _bagi(6, 7)]
    assert _nilai(ind) == _bagi(6, 7)


def test_rumus_hanya_belum_lengkap() -> None:
    ind = _rumus("akumulasi", {2: {"b": D(3)}})
    assert reporting_frontier(ind, Y) == 2
    r = hitung_realisasi(ind, Y)
    assert r.nilai is None and r.status == BELUM_DIISI


def test_rumus_pembagian_nol_per_triwulan() -> None:
    ind = _rumus("akumulasi", {1: {"a": D(0), "b": D(0)}, 2: {"a": D(1), "b": D(2)}})
    r = hitung_realisasi(ind, Y, 1)
    assert r.status == TIDAK_DAPAT_DIHITUNG and "triwulan I 2023" in r.alasan
    assert _nilai(ind, 2) == _bagi(1, 2)


# --- a negative-polarity count with target 0 ------------------------------------------------------


def test_negatif_hitungan_dengan_target_nol() -> None:
    ind = _langsung(
        "akumulasi",
        realisasi={1: D(0), 2: D(0), 3: D(1)},
        target={1: D(0), 2: D(0), 3: D(0), 4: D(0)},
    )
    ind.polaritas = "negatif"
    ind.target = {Y: D(0)}
    assert [hitung_capaian(ind, Y, triwulan=k).nilai for k in (1, 2, 3)] == [D(100), D(100), D(0)]
    assert hitung_capaian(ind, Y, triwulan=4).status == BELUM_DIISI
    assert hitung_capaian(ind, Y).nilai == D(0)  # the year: 1 case against a target of 0
    ind.polaritas = "positif"
    c = hitung_capaian(ind, Y, triwulan=2)
    assert c.status == TIDAK_DAPAT_DIHITUNG and "triwulan II 2023 bernilai 0" in c.alasan


def test_negatif_tidak_dipotong() -> None:
    ind = _langsung("akumulasi", realisasi={1: D(3), 2: D(4)}, target={2: D(2)})
    ind.polaritas = "negatif"
    # (2 × 2 − 7) / 2 × 100 = −150: printed as computed, never clipped.
    assert hitung_capaian(ind, Y, triwulan=2).nilai == D(-150)


# --- tahun_lalu from the previous year's quarters -------------------------------------------------


def _pertumbuhan(agregasi: str) -> Indikator:
    return Indikator(
        nama="Pertumbuhan",
        rumus=Rumus("a - tahun_lalu(a)", [Komponen("a", "Jumlah usaha")]),
        agregasi=agregasi,
        nilai_komponen={Y: {"a": D(10)}},
        triwulan={Y - 1: Triwulan(nilai_komponen={1: {"a": D(3)}, 3: {"a": D(4)}})},
    )


def test_tahun_lalu_dari_triwulan_tahun_sebelumnya() -> None:
    assert year_components(_pertumbuhan("akumulasi"), Y - 1) == {"a": D(7)}
    assert _nilai(_pertumbuhan("akumulasi")) == D(3)
    assert year_components(_pertumbuhan("nilai_akhir"), Y - 1) == {"a": D(4)}
    assert _nilai(_pertumbuhan("nilai_akhir")) == D(6)
    ind = _pertumbuhan("akumulasi")
    ind.triwulan = {}
    r = hitung_realisasi(ind, Y)
    assert r.status == BELUM_DIISI and "tahun 2022" in r.alasan


def test_tahun_lalu_per_triwulan_memakai_tahun_lalu_setahun() -> None:
    ind = _pertumbuhan("akumulasi")
    ind.nilai_komponen = {}
    ind.triwulan[Y] = Triwulan(nilai_komponen={1: {"a": D(2)}, 2: {"a": D(6)}})
    # s.d. triwulan II 2023: 8 − the whole of 2022 (7).
    assert _nilai(ind, 2) == D(1) and _nilai(ind, 1) == D(-5)


# --- the sample document ------------------------------------------------------------------------


def test_angka_contoh_sumber_harta_2023() -> None:
    dok = baca_file(REPO / "data" / "sumber-harta-2023.json")
    per_kode = {i.kode: i for i in dok.semua_indikator()}
    iku2, iku3, iku7 = per_kode["IKU 2"], per_kode["IKU 3"], per_kode["IKU 7"]
    # IKU 2, akumulasi: 4/5, then (4+6)/(5+7), then (4+6+5)/(5+7+6); quarter 4 not yet.
    assert [_nilai(iku2, k) for k in (1, 2, 3)] == [_bagi(4, 5), _bagi(10, 12), _bagi(15, 18)]
    assert hitung_realisasi(iku2, Y, 4).status == BELUM_DIISI
    assert _nilai(iku2) == _bagi(15, 18)
    with localcontext() as ctx:
        ctx.prec = 34
        assert hitung_capaian(iku2, Y, triwulan=2).nilai == _bagi(10, 12) / 82 * 100
        assert hitung_capaian(iku2, Y).nilai == _bagi(15, 18) / 85 * 100
    # IKU 3, nilai_akhir with quarters 1 and 3 empty.
    assert hitung_realisasi(iku3, Y, 1).status == BELUM_DIISI
    assert [_nilai(iku3, k) for k in (2, 3, 4)] == [_bagi(17, 20), _bagi(17, 20), _bagi(19, 20)]
    with localcontext() as ctx:
        ctx.prec = 34
        assert hitung_capaian(iku3, Y).nilai == _bagi(19, 20) / 90 * 100
    # IKU 7, direct, only quarter 4.
    assert _nilai(iku7) == D("68.4")
    assert hitung_capaian(iku7, Y).nilai == _bagi("68.4", 70)
    # IKU 1: the IKM of its survey (Σ NRR = 28 over nine unsur) = 28 / 9 × 25 = 700/9.
    iku1 = per_kode["IKU 1"]
    with localcontext() as ctx:
        ctx.prec = 34
        ikm = D(700) / D(9)
        assert _nilai(iku1) == ikm
        assert hitung_capaian(iku1, Y).nilai == ikm / 80 * 100
    assert hitung_realisasi(iku1, Y, 4).status == BELUM_DIISI
    # The document rows s.d. triwulan III.
    baris = {b.indikator.kode: b for b in hitung_dokumen(dok, Y, 3)}
    assert baris["IKU 2"].triwulan == 3 and baris["IKU 2"].target.nilai == D(84)
    assert baris["IKU 2"].realisasi.nilai == _bagi(15, 18)
    assert baris["IKU 3"].capaian.status == BELUM_DIISI  # no quarterly target
    assert baris["IKU 4"].realisasi.status == BELUM_DIISI
    assert {b.capaian.status for b in hitung_dokumen(dok, Y)} <= {OK, BELUM_DIISI}


@pytest.mark.parametrize("k", [0, 5])
def test_triwulan_di_luar_1_sampai_4_ditolak_dengan_pesan(k: int) -> None:
    ind = _langsung("akumulasi", realisasi={1: D(1)}, target={1: D(1)})
    for fungsi in (hitung_realisasi, hitung_target, hitung_realisasi_triwulan):
        with pytest.raises(DokumenError, match="triwulan harus 1, 2, 3 atau 4"):
            fungsi(ind, Y, k)
    with pytest.raises(DokumenError, match="triwulan harus"):
        hitung_capaian(ind, Y, triwulan=k)


# --- properties over generated quarters ---------------------------------------------------------

_isi = st.dictionaries(
    st.sampled_from([1, 2, 3, 4]), st.decimals(min_value=0, max_value=10**6, places=2)
)


@given(_isi, st.sampled_from(["", "nilai_akhir", "akumulasi"]))
def test_sifat_triwulan_langsung(realisasi: dict[int, Decimal], agregasi: str) -> None:
    ind = _langsung(agregasi, realisasi=realisasi)
    batas = reporting_frontier(ind, Y)
    assert batas == (max(realisasi) if realisasi else None)
    nilai = [_nilai(ind, k) for k in (1, 2, 3, 4)]
    for k, v in zip((1, 2, 3, 4), nilai, strict=True):
        diisi = [q for q in realisasi if q <= k]
        if batas is None or k > batas or not diisi:
            assert v is None
        elif agregasi == "akumulasi":
            assert v == sum(realisasi[q] for q in diisi)
        else:
            assert v == realisasi[max(diisi)]
    # The year is the value s.d. the frontier; under akumulasi it never goes down.
    assert _nilai(ind) == (nilai[batas - 1] if batas else None)
    if agregasi == "akumulasi":
        ada = [v for v in nilai if v is not None]
        assert ada == sorted(ada)


@given(
    st.dictionaries(
        st.sampled_from([1, 2, 3, 4]),
        st.fixed_dictionaries(
            {}, optional={"a": st.integers(0, 50).map(D), "b": st.integers(1, 50).map(D)}
        ),
    )
)
def test_sifat_triwulan_rumus_akumulasi(nilai: dict[int, dict[str, Decimal]]) -> None:
    ind = _rumus("akumulasi", nilai)
    lengkap = sorted(k for k, v in nilai.items() if {"a", "b"} <= v.keys())
    isi = [k for k, v in nilai.items() if v]
    for k in (1, 2, 3, 4):
        r = _nilai(ind, k)
        sampai = [q for q in lengkap if q <= k]
        if not isi or k > max(isi) or not sampai:
            assert r is None
        else:
            a = sum(nilai[q]["a"] for q in sampai)
            b = sum(nilai[q]["b"] for q in sampai)
            assert r == _bagi(a, b)
