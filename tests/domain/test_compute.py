"""Realisasi and capaian: the rules of FORMAT.md and the issue, computed exactly."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest

from ikudesk.domain.compute import (
    BELUM_DIISI,
    OK,
    TIDAK_DAPAT_DIHITUNG,
    hitung_capaian,
    hitung_dokumen,
    hitung_realisasi,
)
from ikudesk.domain.model import Indikator, Komponen, Rumus
from ikudesk.files.docfile import baca_file
from ikudesk.l10n import format_angka
from tests.conftest import CONTOH

D = Decimal


def _rumus(ekspresi: str, *kode: str) -> Rumus:
    return Rumus(ekspresi=ekspresi, komponen=[Komponen(k, f"Jumlah {k}") for k in kode])


def _ind(**kw) -> Indikator:  # noqa: ANN003
    return Indikator(nama="uji", **kw)


def test_realisasi_dari_komponen_dan_capaian_positif() -> None:
    ind = _ind(
        rumus=_rumus("ditindaklanjuti / difasilitasi * 100", "ditindaklanjuti", "difasilitasi"),
        target={2022: D(90)},
        nilai_komponen={2022: {"ditindaklanjuti": D(37), "difasilitasi": D(44)}},
    )
    with localcontext() as ctx:
        ctx.prec = 34  # the engine computes with 34 significant digits (decimal128)
        realisasi = D(37) / D(44) * 100
        capaian = realisasi / D(90) * 100
    r = hitung_realisasi(ind, 2022)
    assert r.status == OK and r.nilai == realisasi
    # Capaian from the unrounded realisasi, not from 84,09.
    assert hitung_capaian(ind, 2022).nilai == capaian
    assert format_angka(r.nilai) == "84,09"
    assert format_angka(capaian) == "93,43"


def test_capaian_dari_realisasi_tanpa_pembulatan() -> None:
    # 84.125 shows as 84,13; capaian must use 84.125: 84.125/90*100 = 93.4722… → 93,47
    ind = _ind(target={2022: D(90)}, realisasi={2022: D("84.125")})
    c = hitung_capaian(ind, 2022)
    assert format_angka(c.nilai) == "93,47"
    assert format_angka(D("84.125") / D(90) * 100) == "93,47"


def test_capaian_negatif() -> None:
    ind = _ind(polaritas="negatif", target={2022: D(10)}, realisasi={2022: D(8)})
    assert hitung_capaian(ind, 2022).nilai == D(120)  # (2×10 − 8)/10 × 100
    ind.realisasi[2022] = D(25)
    assert hitung_capaian(ind, 2022).nilai == D(-50)


@pytest.mark.parametrize(("realisasi", "harapan"), [(D(0), D(100)), (D(3), D(0))])
def test_capaian_negatif_target_nol(realisasi: Decimal, harapan: Decimal) -> None:
    ind = _ind(polaritas="negatif", target={2022: D(0)}, realisasi={2022: realisasi})
    c = hitung_capaian(ind, 2022)
    assert c.status == OK and c.nilai == harapan


def test_target_nol_positif_tidak_dapat_dihitung() -> None:
    ind = _ind(target={2022: D(0)}, realisasi={2022: D(5)})
    c = hitung_capaian(ind, 2022)
    assert c.nilai is None and c.status == TIDAK_DAPAT_DIHITUNG and "target 2022" in c.alasan


def test_pembagian_nol_berbeda_dari_belum_diisi_dan_dari_nol() -> None:
    ind = _ind(
        rumus=_rumus("a / b * 100", "a", "b"),
        target={2022: D(90), 2023: D(90), 2024: D(90)},
        nilai_komponen={
            2022: {"a": D(0), "b": D(0)},
            2023: {"a": D(5)},
            2024: {"a": D(0), "b": D(4)},
        },
    )
    nol = hitung_realisasi(ind, 2022)
    assert nol.nilai is None and nol.status == TIDAK_DAPAT_DIHITUNG and "nol" in nol.alasan
    kosong = hitung_realisasi(ind, 2023)
    assert kosong.nilai is None and kosong.status == BELUM_DIISI and "Jumlah b" in kosong.alasan
    assert hitung_realisasi(ind, 2024).nilai == D(0)
    assert hitung_capaian(ind, 2024).nilai == D(0)
    assert hitung_capaian(ind, 2022).status == TIDAK_DAPAT_DIHITUNG


def test_tahun_lalu() -> None:
    ind = _ind(
        rumus=_rumus("(p - tahun_lalu(p)) / p * 100", "p"),
        nilai_komponen={2021: {"p": D(40)}, 2022: {"p": D(50)}},
    )
    assert hitung_realisasi(ind, 2022).nilai == D(20)
    awal = hitung_realisasi(ind, 2021)
    assert awal.status == BELUM_DIISI and "tahun 2020" in awal.alasan


def test_target_atau_realisasi_kosong() -> None:
    ind = _ind(realisasi={2022: D(5)})
    c = hitung_capaian(ind, 2022)
    assert c.status == BELUM_DIISI and "Target 2022" in c.alasan
    ind = _ind(target={2022: D(5)})
    c = hitung_capaian(ind, 2022)
    assert c.status == BELUM_DIISI and "Realisasi 2022" in c.alasan


def test_hitung_dokumen_contoh_tanpa_nilai_tidak_crash() -> None:
    for p in CONTOH:
        dok = baca_file(p)
        for b in hitung_dokumen(dok, 2022):
            assert b.capaian.nilai is None and b.capaian.status == BELUM_DIISI
            assert b.capaian.alasan


def test_hitung_dokumen_nomor_dan_tahun() -> None:
    dok = baca_file(next(p for p in CONTOH if p.stem == "sumber-harta"))
    baris = hitung_dokumen(dok)
    assert len(baris) == 8 * 6
    assert [b.nomor for b in baris[:7]] == [1, 1, 1, 1, 1, 1, 2]
    assert baris[0].indikator.nama == "Indeks Kepuasan Masyarakat (IKM)"
