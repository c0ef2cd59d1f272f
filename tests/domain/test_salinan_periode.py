"""A copy for a new period names the new period where the old one was written (issue 16, 4)."""

from __future__ import annotations

import pytest

from ikudesk.domain.model import BarisKepala, Dokumen, Periode
from ikudesk.domain.new_document import ganti_periode_teks, salinan_periode_baru

LAMA, BARU = Periode(2018, 2023), Periode(2024, 2029)


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("PERIODE 2018-2023", "PERIODE 2024-2029"),
        ("Tahun 2018 – 2023", "Tahun 2024 – 2029"),
        ("tahun 2018 s.d. 2023", "tahun 2024 s.d. 2029"),
        ("2018 s/d 2023", "2024 s/d 2029"),
        ("2018 sampai dengan 2023", "2024 sampai dengan 2029"),
        ("RPJMD 2016-2021 dan 2018", "RPJMD 2016-2021 dan 2018"),  # another period stays
        ("120182023", "120182023"),
        ("12018-20234", "12018-20234"),  # not whole years
    ],
)
def test_ganti_periode_teks(teks: str, hasil: str) -> None:
    assert ganti_periode_teks(teks, LAMA, BARU) == hasil


def test_salinan_mengganti_periode_di_teks_dan_menyebut_tempatnya() -> None:
    dok = Dokumen(
        judul=["INDIKATOR KINERJA UTAMA", "PERIODE 2018-2023"],
        periode=LAMA,
        catatan="Target Tahun 2018-2023 sesuai Renstra.",
    )
    dok.profil.kepala = [BarisKepala(label="Dasar", isi="Renstra 2018-2023"), BarisKepala("Tugas")]
    diganti: list[str] = []
    baru = salinan_periode_baru(dok, BARU, diganti)
    assert baru.judul == ["INDIKATOR KINERJA UTAMA", "PERIODE 2024-2029"]
    assert baru.catatan == "Target Tahun 2024-2029 sesuai Renstra."
    assert baru.profil.kepala[0].isi == "Renstra 2024-2029"
    assert diganti == ["judul", "baris kepala «Dasar»", "catatan"]
    assert dok.judul[1] == "PERIODE 2018-2023"  # the source is untouched


def test_salinan_v2_tanpa_yang_sudah_diukur() -> None:
    """The copy for a new period keeps quarterly targets, never what was measured."""
    from ikudesk.domain.model import Periode
    from ikudesk.domain.new_document import salinan_periode_baru
    from ikudesk.files.docfile import baca_file
    from tests.conftest import REPO

    asal = baca_file(REPO / "data" / "sumber-harta-2023.json")
    assert any(i.survei_ikm for i in asal.semua_indikator())
    assert asal.perjanjian_kinerja and asal.laporan_tahunan
    sama = salinan_periode_baru(asal, asal.periode)
    for a, b in zip(asal.semua_indikator(), sama.semua_indikator(), strict=True):
        assert b.survei_ikm == {} and b.analisis == {} and b.realisasi == {}
        assert all(not tw.realisasi and not tw.nilai_komponen for tw in b.triwulan.values())
        assert {t: tw.target for t, tw in b.triwulan.items()} == {
            t: tw.target for t, tw in a.triwulan.items() if tw.target
        }
    assert [p.tahun for p in sama.perjanjian_kinerja] == [p.tahun for p in asal.perjanjian_kinerja]
    lain = salinan_periode_baru(asal, Periode(2040, 2044))
    assert lain.perjanjian_kinerja == [] and lain.laporan_tahunan == []
    assert all(i.triwulan == {} and i.target == {} for i in lain.semua_indikator())
