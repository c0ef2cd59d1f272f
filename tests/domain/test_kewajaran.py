"""Implausible values are flagged (issue 21 item 9): a part larger than its whole in an
``a / b * 100`` formula, a capaian over 200 %. Flagged, never refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikudesk.domain.kewajaran import rasio_persen, tanda_tidak_wajar
from ikudesk.domain.model import Indikator, Komponen, Rumus, Triwulan


@pytest.mark.parametrize(
    ("ekspresi", "hasil"),
    [
        ("a / b * 100", ("a", "b")),
        ("(a / b) * 100", ("a", "b")),
        ("100 * a / b", ("a", "b")),
        ("100 * (a / b)", ("a", "b")),
        ("((a)/(b))*100", ("a", "b")),
        ("a / b", None),  # no percentage: a ratio may exceed 1
        ("a / b * 1000", None),
        ("(a + c) / b * 100", None),
        ("a * b * 100", None),
        ("a / ", None),  # not a formula
    ],
)
def test_rasio_persen(ekspresi: str, hasil: tuple[str, str] | None) -> None:
    assert rasio_persen(ekspresi) == hasil


def _ind(ekspresi: str = "ditindak / fasilitasi * 100") -> Indikator:
    return Indikator(
        nama="Persentase pengaduan ditindaklanjuti",
        satuan="%",
        rumus=Rumus(
            ekspresi,
            [
                Komponen("ditindak", "Pengaduan ditindaklanjuti"),
                Komponen("fasilitasi", "Pengaduan"),
            ],
        ),
        target={2023: Decimal(90)},
    )


def test_pembilang_lebih_besar_dari_penyebut_setahun_dan_triwulan() -> None:
    ind = _ind()
    ind.nilai_komponen[2023] = {"ditindak": Decimal(8), "fasilitasi": Decimal(10)}
    assert tanda_tidak_wajar(ind, 2023) == []
    ind.nilai_komponen[2023] = {"ditindak": Decimal(80), "fasilitasi": Decimal(10)}
    (tanda, capaian) = tanda_tidak_wajar(ind, 2023)
    assert "'Pengaduan ditindaklanjuti' (80) lebih besar dari 'Pengaduan' (10)" in tanda
    assert "Capaian 888,89% di atas 200%" in capaian  # 800 / 90 × 100
    tw = Triwulan()
    tw.nilai_komponen[2] = {"ditindak": Decimal(5), "fasilitasi": Decimal(4)}
    ind.triwulan[2024] = tw
    assert "lebih besar" in tanda_tidak_wajar(ind, 2024, 2)[0]
    assert tanda_tidak_wajar(ind, 2024, 1) == []  # nothing typed in that quarter


def test_capaian_di_atas_200_persen_tanpa_rumus() -> None:
    ind = Indikator(nama="Nilai SAKIP", satuan="nilai", target={2023: Decimal(60)})
    ind.realisasi[2023] = Decimal(120)
    assert tanda_tidak_wajar(ind, 2023) == []  # exactly 200 %: not over
    ind.realisasi[2023] = Decimal("120.01")
    assert tanda_tidak_wajar(ind, 2023) == [
        "Capaian 200,02% di atas 200%; periksa target dan realisasinya."
    ]
