"""The PK's amounts and the v2 warnings (shown, never refused)."""

from __future__ import annotations

import json
from decimal import Decimal

from ikudesk.domain.model import (
    Dokumen,
    Indikator,
    Kegiatan,
    PerjanjianKinerja,
    Program,
    Sasaran,
    SubKegiatan,
    SurveiIkm,
    Triwulan,
    Tujuan,
)
from ikudesk.domain.pk import (
    anggaran_efektif,
    efisiensi,
    efisiensi_node,
    realisasi_anggaran_efektif,
    total_anggaran,
    total_realisasi_anggaran,
)
from ikudesk.domain.rules import peringatan_dokumen, peringatan_indikator, peringatan_pk
from ikudesk.files.docfile import baca_dokumen, baca_file
from tests.conftest import REPO

D = Decimal
CONTOH_V2 = REPO / "data" / "sumber-harta-2023.json"


def test_anggaran_contoh() -> None:
    pk = baca_file(CONTOH_V2).perjanjian_kinerja[0]
    p0, p1 = pk.program
    assert p0.anggaran is None and anggaran_efektif(p0) == 820_000_000
    assert realisasi_anggaran_efektif(p0) == 801_250_000
    assert total_anggaran(pk) == 915_000_000
    assert total_realisasi_anggaran(pk) == 891_350_000
    # 90.100.000 / 95.000.000 × 100 = 94,842105263157894736… (34 digits kept)
    assert efisiensi_node(p1) == D("94.84210526315789473684210526315789")
    assert efisiensi(95_000_000, 90_100_000) == efisiensi_node(p1)
    assert peringatan_pk(pk) == []


def _pk() -> PerjanjianKinerja:
    return PerjanjianKinerja(
        tahun=2023,
        program=[
            Program(
                kode="7.01.01",
                kegiatan=[
                    Kegiatan(
                        kode="7.01.01.2.01",
                        sub_kegiatan=[
                            SubKegiatan(anggaran=10, realisasi_anggaran=9),
                            SubKegiatan(anggaran=5, realisasi_anggaran=None),
                        ],
                    ),
                    Kegiatan(kode="7.01.01.2.02", anggaran=7, realisasi_anggaran=7),
                ],
            ),
            Program(kode="7.01.02", anggaran=100, realisasi_anggaran=0),
        ],
    )


def test_induk_kosong_adalah_jumlah_anak_tidak_diketahui_jika_anak_tidak_diketahui() -> None:
    pk = _pk()
    prog, keg = pk.program[0], pk.program[0].kegiatan[0]
    assert anggaran_efektif(keg) == 15 and anggaran_efektif(prog) == 22
    assert realisasi_anggaran_efektif(keg) is None  # one sub-kegiatan's is unknown
    assert realisasi_anggaran_efektif(prog) is None and efisiensi_node(prog) is None
    assert total_anggaran(pk) == 122 and total_realisasi_anggaran(pk) is None
    assert efisiensi_node(pk.program[1]) == 0
    keg.sub_kegiatan[1].realisasi_anggaran = 4
    assert realisasi_anggaran_efektif(prog) == 20 and total_realisasi_anggaran(pk) == 20
    # A leaf without an amount is unknown, and so is every sum over it.
    keg.sub_kegiatan[0].anggaran = None
    assert anggaran_efektif(prog) is None and total_anggaran(pk) is None
    assert efisiensi(0, 0) is None and efisiensi(None, 5) is None


def test_peringatan_anggaran_induk_beda_dari_jumlah() -> None:
    pk = _pk()
    assert peringatan_pk(pk) == []
    pk.program[0].anggaran = 23
    pk.program[0].kegiatan[0].anggaran = 15  # equal to its sub-kegiatan: no warning
    (w,) = peringatan_pk(pk, "perjanjian_kinerja[0]")
    assert w[0] == "perjanjian_kinerja[0].program[0].anggaran"
    assert "Rp 23" in w[1] and "Rp 22" in w[1] and "7.01.01" in w[1]
    pk.program[0].kegiatan[0].anggaran = 1_250_000
    lokasi = [w[0] for w in peringatan_pk(pk)]
    assert lokasi == ["program[0].anggaran", "program[0].kegiatan[0].anggaran"]
    assert "Rp 1.250.000" in peringatan_pk(pk)[1][1]


def test_peringatan_target_triwulan() -> None:
    ind = Indikator(
        nama="Jumlah laporan",
        kode="IKU 9",
        agregasi="akumulasi",
        target={2023: D(4)},
        triwulan={2023: Triwulan(target={1: D(1), 2: D(3), 3: D(2), 4: D(5)})},
    )
    pesan = peringatan_indikator(ind, "x")
    assert [p[0] for p in pesan] == ["x.triwulan.2023.target.4", "x.triwulan.2023.target.3"]
    assert "triwulan IV 2023 (5)" in pesan[0][1] and "(4)" in pesan[0][1]
    assert "IKU 9" in pesan[1][1] and "akumulasi" in pesan[1][1]
    # Under nilai_akhir a falling target is allowed (a rate may be planned to go down).
    ind.agregasi = "nilai_akhir"
    assert [p[0] for p in peringatan_indikator(ind, "x")] == ["x.triwulan.2023.target.4"]
    ind.target[2023] = D(5)
    assert peringatan_indikator(ind) == []


def test_peringatan_target_survei_seperti_nrr() -> None:
    ind = Indikator(
        nama="IKM",
        target={2023: D("3.5"), 2024: D(80)},
        survei_ikm={2023: SurveiIkm(), 2024: SurveiIkm()},
    )
    (w,) = peringatan_indikator(ind, "t")
    assert w[0] == "t.target.2023" and "3,5" in w[1] and "NRR" in w[1]


def test_peringatan_dokumen_dengan_jalur_dan_berkas_tetap_dibaca() -> None:
    data = json.loads(CONTOH_V2.read_text(encoding="utf-8"))
    iku2 = data["tujuan"][0]["sasaran"][1]["indikator"][0]
    iku2["triwulan"]["2023"]["target"] = {"1": 80, "2": 78, "3": 84, "4": 86}
    data["perjanjian_kinerja"][0]["program"][0]["anggaran"] = 1
    dok = baca_dokumen(json.dumps(data))  # warnings never refuse
    lokasi = [w[0] for w in peringatan_dokumen(dok)]
    assert lokasi == [
        "tujuan[0].sasaran[1].indikator[0].triwulan.2023.target.4",
        "tujuan[0].sasaran[1].indikator[0].triwulan.2023.target.2",
        "perjanjian_kinerja[0].program[0].anggaran",
    ]
    assert peringatan_dokumen(baca_file(CONTOH_V2)) == []
    kosong = Dokumen(tujuan=[Tujuan(sasaran=[Sasaran(indikator=[Indikator()])])])
    assert peringatan_dokumen(kosong) == []
