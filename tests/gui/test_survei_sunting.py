"""Survey grid edits as whole new surveys (Qt-free): typed cells, pasted blocks, cleared cells,
removed rows; the session's survey is never changed in place."""

from __future__ import annotations

import pytest

from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.model import Responden, SurveiIkm
from ikudesk.errors import IkuError
from ikudesk.gui.survei import sunting


def _survei() -> SurveiIkm:
    return SurveiIkm(
        unsur=["Persyaratan", "Waktu", "Biaya"],
        responden=[Responden([4, 3, 2], "L", 40, "SMA", "Petani")],
    )


def test_ketik_sel_dan_baris_baru() -> None:
    s = _survei()
    baru = sunting.ubah_sel(s, 0, 1, "Sangat cepat")
    assert baru.responden[0].nilai == [4, 4, 2] and s.responden[0].nilai == [4, 3, 2]
    tambah = sunting.ubah_sel(s, 1, 3, "p")  # the empty last row: a new respondent
    assert len(tambah.responden) == 2
    assert tambah.responden[1] == Responden([None, None, None], "P", None, "", "")
    with pytest.raises(IkuError, match="baris 1, kolom U2: jawaban 5 di luar 1–4"):
        sunting.ubah_sel(s, 0, 1, "5")
    with pytest.raises(IkuError, match="kolom Usia: usia 200 tidak masuk akal"):
        sunting.ubah_sel(s, 0, 4, "200")


def test_tempel_blok_menambah_baris() -> None:
    s = _survei()
    blok = "3\t3\t3\tL\t25\tS1\tGuru\r\n4\tSesuai\t\tP\t\tSMA\tPedagang\r\n"
    baru = sunting.tempel(s, 1, 0, blok)
    assert [r.nilai for r in baru.responden] == [[4, 3, 2], [3, 3, 3], [4, 3, None]]
    assert baru.responden[2].pekerjaan == "Pedagang" and baru.responden[2].usia is None
    # IKM of the new survey: NRR 11/3, 3, 5/2 → Σ 55/6 / 3 × 25 = 76,39
    assert str(hitung_ikm(baru).ikm_bulat) == "76.39"
    assert len(s.responden) == 1  # the original is untouched
    # a block wider than the table, or with bad cells, changes nothing
    with pytest.raises(IkuError, match="terlalu lebar"):
        sunting.tempel(s, 0, 5, "1\t2\t3")
    with pytest.raises(IkuError, match="Tidak ada yang diubah. baris 1, kolom U1: jawaban 9"):
        sunting.tempel(s, 0, 0, "9\t0")


def test_kosongkan_dan_hapus_baris() -> None:
    s = sunting.tempel(_survei(), 1, 0, "1\t1\t1\tP\t30\tSD\tTani")
    kosong = sunting.kosongkan(s, [(0, 0), (0, 3), (0, 4), (0, 5), (1, 2)])
    assert kosong.responden[0] == Responden([None, 3, 2], "", None, "", "Petani")
    assert kosong.responden[1].nilai == [1, 1, None]
    sisa = sunting.hapus_baris(s, [0])
    assert [r.nilai for r in sisa.responden] == [[1, 1, 1]]
