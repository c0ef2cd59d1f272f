"""FORMAT.md version 2 in the document file: round trips, v1 still read, refusals with paths."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikudesk.domain.model import (
    UNSUR_BAWAAN,
    Dokumen,
    Indikator,
    Kegiatan,
    Kolom,
    Komponen,
    LaporanTahunan,
    Penandatangan,
    Periode,
    PerjanjianKinerja,
    Program,
    Responden,
    Rumus,
    Sasaran,
    SubKegiatan,
    SurveiIkm,
    Tabel,
    Triwulan,
    Tujuan,
)
from ikudesk.errors import DokumenError
from ikudesk.files.docfile import (
    VERSI,
    baca_dokumen,
    baca_file,
    ke_data,
    ke_json,
    muat_json_mentah,
    normalisasi,
    tulis_file,
)
from tests.conftest import REPO, SEMUA_CONTOH

CONTOH_V2 = REPO / "data" / "sumber-harta-2023.json"
D = Decimal


def _data() -> dict[str, Any]:
    return json.loads(CONTOH_V2.read_text(encoding="utf-8"))


def _tolak(data: Any) -> DokumenError:
    with pytest.raises(DokumenError) as e:
        baca_dokumen(json.dumps(data))
    return e.value


def _ind(data: dict[str, Any], kode: str) -> dict[str, Any]:
    for t in data["tujuan"]:
        for i in t.get("indikator", []):
            if i.get("kode") == kode:
                return i
        for s in t.get("sasaran", []):
            for i in s.get("indikator", []):
                if i.get("kode") == kode:
                    return i
    raise KeyError(kode)


def test_contoh_v2_sama_dengan_yang_dibagikan() -> None:
    """The app's sample is the shared worked example, unchanged."""
    shared = Path("/work/shared/contoh/sumber-harta-2023.json")
    if shared.exists():
        assert CONTOH_V2.read_bytes() == shared.read_bytes()
    assert CONTOH_V2 in SEMUA_CONTOH


@pytest.mark.parametrize("path", SEMUA_CONTOH, ids=lambda p: p.stem)
def test_ekspor_impor_identitas_semua_contoh(path: Path, tmp_path: Path) -> None:
    asli = normalisasi(muat_json_mentah(path.read_text(encoding="utf-8")))
    out = tmp_path / "keluar.json"
    tulis_file(baca_file(path), out)
    keluar = out.read_text(encoding="utf-8")
    assert json.loads(keluar)["versi"] == VERSI == 2
    assert normalisasi(muat_json_mentah(keluar)) == asli
    assert ke_json(baca_dokumen(keluar)) == keluar


def test_contoh_v2_dibaca_ke_model() -> None:
    dok = baca_file(CONTOH_V2)
    ikm, iku2, iku3 = (dok.tujuan[0].sasaran[i].indikator[0] for i in range(3))
    assert [i.kode for i in dok.semua_indikator()] == ["IKT 1", *(f"IKU {n}" for n in range(1, 8))]
    assert ikm.definisi.startswith("Hasil survei")
    survei = ikm.survei_ikm[2023]
    assert survei.unsur == list(UNSUR_BAWAAN) and survei.penimbang == "eksak"
    assert len(survei.responden) == 12
    assert survei.responden[0] == Responden([3, 3, 3, 4, 2, 2, 4, 2, 3], "L", 51, "SMA", "Petani")
    assert iku2.agregasi == "akumulasi" and iku2.akumulasi
    assert iku2.triwulan[2023].target == {1: D(80), 2: D(82), 3: D(84), 4: D(85)}
    assert iku2.triwulan[2023].nilai_komponen[3] == {"ditindaklanjuti": D(5), "difasilitasi": D(6)}
    assert iku2.analisis[2023].startswith("Sampai triwulan III")
    assert iku3.agregasi == "nilai_akhir" and not iku3.akumulasi
    assert sorted(iku3.triwulan[2023].nilai_komponen) == [2, 4]
    iku7 = dok.semua_indikator()[-1]
    assert iku7.agregasi == "" and iku7.triwulan[2023].realisasi == {4: D("68.4")}
    (pk,) = dok.perjanjian_kinerja
    assert (pk.tahun, pk.perubahan, pk.tanggal) == (2023, 0, "2023-01-05")
    assert pk.pihak_kedua.jabatan == "BUPATI MUSI RAWAS" and pk.pihak_kedua.nip == ""
    assert pk.pernyataan is None
    assert pk.program[0].anggaran is None
    assert pk.program[0].kegiatan[0].sub_kegiatan[0].anggaran == 820_000_000
    assert pk.program[1].realisasi_anggaran == 90_100_000
    (lt,) = dok.laporan_tahunan
    assert lt.tahun == 2023 and lt.penandatangan is not None
    assert lt.penandatangan.tanggal == "2024-01-12"
    assert dok.laporan(2023) is lt and dok.laporan(2022) is None
    assert dok.pk(2023) is pk and dok.pk(2023, 1) is None


def test_v1_dibaca_dan_ditulis_sebagai_v2() -> None:
    path = REPO / "data" / "sumber-harta.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["versi"] == 1
    dok = baca_dokumen(json.dumps(data))
    assert all(i.kode == "" and i.triwulan == {} for i in dok.semua_indikator())
    assert dok.perjanjian_kinerja == [] and dok.laporan_tahunan == []
    keluar = ke_data(dok)
    assert keluar["versi"] == 2
    # Nothing of version 2 is written for a document that has none of it.
    assert "perjanjian_kinerja" not in keluar and "laporan_tahunan" not in keluar
    assert all("triwulan" not in i and "kode" not in i for i in keluar["tujuan"][0]["indikator"])


def test_unsur_bawaan_tidak_ditulis_unsur_lain_ditulis() -> None:
    data = _data()
    ikm = _ind(data, "IKU 1")
    dok = baca_dokumen(json.dumps(data))
    survei = ke_data(dok)["tujuan"][0]["sasaran"][0]["indikator"][0]["survei_ikm"]["2023"]
    assert "unsur" not in survei and survei["penimbang"] == "eksak"
    lain = list(reversed(UNSUR_BAWAAN))
    ikm["survei_ikm"]["2023"]["unsur"] = lain
    dok = baca_dokumen(json.dumps(data))
    assert dok.tujuan[0].sasaran[0].indikator[0].survei_ikm[2023].unsur == lain
    survei = ke_data(dok)["tujuan"][0]["sasaran"][0]["indikator"][0]["survei_ikm"]["2023"]
    assert survei["unsur"] == lain


def test_kunci_lembar_v2() -> None:
    data = _data()
    data["tabel"]["kolom"][3]["grup"] = "Sasaran"
    data["tabel"]["kolom"].append({"isi": "kode", "judul": "Kode"})
    data["tabel"]["kolom"].append({"isi": "definisi", "judul": "Definisi Operasional"})
    data["tabel"]["huruf"] = "serif"
    data["tabel"]["ukuran"] = 10.5
    data["profil"]["kepala"][0]["tebal"] = True
    dok = baca_dokumen(json.dumps(data))
    assert dok.tabel.kolom[3].grup == "Sasaran"
    assert [k.isi for k in dok.tabel.kolom][-2:] == ["kode", "definisi"]
    assert dok.tabel.huruf == "serif" and dok.tabel.ukuran == D("10.5")
    assert dok.profil.kepala[0].tebal and not dok.profil.kepala[1].tebal
    assert normalisasi(muat_json_mentah(ke_json(dok))) == normalisasi(
        muat_json_mentah(json.dumps(data))
    )


def _set(data: dict[str, Any], jalur: list[Any], nilai: Any) -> dict[str, Any]:
    d = copy.deepcopy(data)
    tempat: Any = d
    for k in jalur[:-1]:
        tempat = tempat[k]
    tempat[jalur[-1]] = nilai
    return d


IKM = ["tujuan", 0, "sasaran", 0, "indikator", 0]
IKU2 = ["tujuan", 0, "sasaran", 1, "indikator", 0]
IKU7 = ["tujuan", 0, "sasaran", 5, "indikator", 1]
PK = ["perjanjian_kinerja", 0]
P_IKM = "tujuan[0].sasaran[0].indikator[0]"
P_IKU2 = "tujuan[0].sasaran[1].indikator[0]"
P_IKU7 = "tujuan[0].sasaran[5].indikator[1]"


@pytest.mark.parametrize(
    ("jalur", "nilai", "lokasi", "potongan"),
    [
        ([*IKU2, "agregasi"], "jumlah", f"{P_IKU2}.agregasi", "akumulasi"),
        ([*IKU2, "triwulan", "2023", "target", "5"], 1, f"{P_IKU2}.triwulan.2023.target.5", "1"),
        (
            [*IKU2, "triwulan", "2023", "target", "I"],
            1,
            f"{P_IKU2}.triwulan.2023.target.I",
            "triwulan",
        ),
        ([*IKU2, "triwulan", "2031"], {}, f"{P_IKU2}.triwulan.2031", "periode"),
        (
            [*IKU2, "triwulan", "2023", "realisasi"],
            {"1": 5},
            f"{P_IKU2}.triwulan.2023.realisasi",
            "nilai_komponen",
        ),
        (
            [*IKU7, "triwulan", "2023", "nilai_komponen"],
            {"1": {"x": 1}},
            f"{P_IKU7}.triwulan.2023.nilai_komponen.1.x",
            "tidak dideklarasikan",
        ),
        (
            [*IKU2, "triwulan", "2023", "nilai_komponen", "1", "asing"],
            3,
            f"{P_IKU2}.triwulan.2023.nilai_komponen.1.asing",
            "tidak dideklarasikan",
        ),
        (
            [*IKU2, "triwulan", "2023", "target", "1"],
            "80",
            f"{P_IKU2}.triwulan.2023.target.1",
            "angka",
        ),
        (
            [*IKU2, "triwulan", "2023", "bulan"],
            {},
            f"{P_IKU2}.triwulan.2023.bulan",
            "tidak dikenal",
        ),
        ([*IKU7, "realisasi"], {"2023": 70}, f"{P_IKU7}.triwulan.2023", "dua kali"),
        (
            [*IKU2, "nilai_komponen"],
            {"2023": {"difasilitasi": 1}},
            f"{P_IKU2}.triwulan.2023",
            "dua kali",
        ),
        ([*IKM, "realisasi"], {"2023": 80}, f"{P_IKM}.survei_ikm.2023", "survei IKM"),
        (
            [*IKM, "triwulan"],
            {"2023": {"realisasi": {"1": 3}}},
            f"{P_IKM}.survei_ikm.2023",
            "survei IKM",
        ),
        (
            [*IKM, "survei_ikm", "2023", "penimbang"],
            "1/9",
            f"{P_IKM}.survei_ikm.2023.penimbang",
            "eksak",
        ),
        (
            [*IKM, "survei_ikm", "2023", "unsur"],
            ["A", "B"],
            f"{P_IKM}.survei_ikm.2023.responden[0].nilai",
            "tepat 2",
        ),
        (
            [*IKM, "survei_ikm", "2023", "unsur"],
            ["A", "B", " a "],
            f"{P_IKM}.survei_ikm.2023.unsur[2]",
            "sudah ada",
        ),
        (
            [*IKM, "survei_ikm", "2023", "unsur"],
            ["A", ""],
            f"{P_IKM}.survei_ikm.2023.unsur[1]",
            "kosong",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "nilai", 4],
            5,
            f"{P_IKM}.survei_ikm.2023.responden[1].nilai[4]",
            "1, 2, 3, 4",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "nilai", 4],
            0,
            f"{P_IKM}.survei_ikm.2023.responden[1].nilai[4]",
            "1, 2, 3, 4",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "nilai", 4],
            2.5,
            f"{P_IKM}.survei_ikm.2023.responden[1].nilai[4]",
            "bulat",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "nilai", 4],
            "4",
            f"{P_IKM}.survei_ikm.2023.responden[1].nilai[4]",
            "bulat",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "nilai"],
            [3] * 10,
            f"{P_IKM}.survei_ikm.2023.responden[1].nilai",
            "tepat 9",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "usia"],
            3,
            f"{P_IKM}.survei_ikm.2023.responden[1].usia",
            "usia",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "usia"],
            230,
            f"{P_IKM}.survei_ikm.2023.responden[1].usia",
            "usia",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "jenis_kelamin"],
            "W",
            f"{P_IKM}.survei_ikm.2023.responden[1].jenis_kelamin",
            "tidak dikenal",
        ),
        (
            [*IKM, "survei_ikm", "2023", "responden", 1, "agama"],
            "x",
            f"{P_IKM}.survei_ikm.2023.responden[1].agama",
            "tidak dikenal",
        ),
        ([*IKM, "rumus", "ekspresi"], "1 + 1", f"{P_IKM}.survei_ikm.2023", "rumus"),
        ([*IKM, "kode"], "IKU 2", f"{P_IKU2}.kode", "IKU 2"),
        ([*IKM, "analisis"], {"2020": "x"}, f"{P_IKM}.analisis.2020", "periode"),
        ([*PK, "tahun"], 2030, "perjanjian_kinerja[0].tahun", "periode"),
        ([*PK, "tahun"], "2023", "perjanjian_kinerja[0].tahun", "bulat"),
        ([*PK, "perubahan"], -1, "perjanjian_kinerja[0].perubahan", "0"),
        ([*PK, "tanggal"], "2023-02-30", "perjanjian_kinerja[0].tanggal", ""),
        (
            [*PK, "pihak_pertama", "status"],
            "Plt",
            "perjanjian_kinerja[0].pihak_pertama.status",
            "Plt.",
        ),
        (
            [*PK, "pihak_pertama", "nip"],
            "198213152001121002",
            "perjanjian_kinerja[0].pihak_pertama.nip",
            "",
        ),
        (
            [*PK, "program", 1, "anggaran"],
            -5,
            "perjanjian_kinerja[0].program[1].anggaran",
            "negatif",
        ),
        (
            [*PK, "program", 1, "anggaran"],
            95000000.5,
            "perjanjian_kinerja[0].program[1].anggaran",
            "bulat",
        ),
        (
            [*PK, "program", 1, "anggaran"],
            "95000000",
            "perjanjian_kinerja[0].program[1].anggaran",
            "bulat",
        ),
        (
            [*PK, "program", 0, "kegiatan", 0, "sub_kegiatan", 0, "realisasi_anggaran"],
            True,
            "perjanjian_kinerja[0].program[0].kegiatan[0].sub_kegiatan[0].realisasi_anggaran",
            "bulat",
        ),
        (
            [*PK, "program", 0, "kegiatan", 0, "sub_kegiatan", 0, "sub_kegiatan"],
            [],
            "perjanjian_kinerja[0].program[0].kegiatan[0].sub_kegiatan[0].sub_kegiatan",
            "tidak dikenal",
        ),
        ([*PK, "pernyataan"], "teks", "perjanjian_kinerja[0].pernyataan", "daftar"),
        (["laporan_tahunan", 0, "tahun"], 2027, "laporan_tahunan[0].tahun", "periode"),
        (
            ["laporan_tahunan", 0, "penandatangan", "status"],
            "Plh",
            "laporan_tahunan[0].penandatangan.status",
            "Plh.",
        ),
        (["tabel", "huruf"], "comic", "tabel.huruf", "serif"),
        (["tabel", "ukuran"], 14, "tabel.ukuran", "9"),
        (["tabel", "kolom", 0, "grup"], 1, "tabel.kolom[0].grup", "teks"),
        (["profil", "kepala", 0, "tebal"], "ya", "profil.kepala[0].tebal", "true"),
    ],
)
def test_tolak_dengan_jalur(jalur: list[Any], nilai: Any, lokasi: str, potongan: str) -> None:
    e = _tolak(_set(_data(), jalur, nilai))
    assert e.lokasi == lokasi, e.pesan
    assert potongan in e.pesan


def test_pk_ganda_ditolak_perubahan_boleh() -> None:
    data = _data()
    pk = data["perjanjian_kinerja"][0]
    data["perjanjian_kinerja"].append(copy.deepcopy(pk))
    e = _tolak(data)
    assert e.lokasi == "perjanjian_kinerja[1]" and "PK tahun 2023 sudah ada" in e.pesan
    data["perjanjian_kinerja"][1]["perubahan"] = 1
    dok = baca_dokumen(json.dumps(data))
    assert dok.pk(2023).perubahan == 1 and dok.pk(2023, 0) is not None  # type: ignore[union-attr]


def test_laporan_ganda_ditolak() -> None:
    data = _data()
    data["laporan_tahunan"].append({"tahun": 2023})
    e = _tolak(data)
    assert e.lokasi == "laporan_tahunan[1]" and "2023" in e.pesan


def test_kepala_daerah_tanpa_pangkat_nip_dan_status() -> None:
    data = _data()
    data["perjanjian_kinerja"][0]["pihak_pertama"]["status"] = "Plt."
    data["laporan_tahunan"][0]["penandatangan"]["status"] = "Pj."
    dok = baca_dokumen(json.dumps(data))
    pk = dok.perjanjian_kinerja[0]
    assert pk.pihak_pertama.status == "Plt." and pk.pihak_kedua.pangkat == ""
    assert dok.laporan_tahunan[0].penandatangan.status == "Pj."  # type: ignore[union-attr]


def test_penimbang_tetap_perlu_sembilan_unsur() -> None:
    data = _data()
    survei = _ind(data, "IKU 1")["survei_ikm"]["2023"]
    survei["penimbang"] = "0,11"
    assert baca_dokumen(json.dumps(data))  # nine unsur: fine
    survei["unsur"] = [f"Unsur {i}" for i in range(1, 9)]
    for r in survei["responden"]:
        r["nilai"] = r["nilai"][:8]
    e = _tolak(data)
    assert e.lokasi == f"{P_IKM}.survei_ikm.2023.unsur" and "tepat 9 unsur" in e.pesan
    survei["penimbang"] = "eksak"
    assert baca_dokumen(json.dumps(data))


def test_jawaban_kosong_dan_usia_null_boleh() -> None:
    data = _data()
    r = _ind(data, "IKU 1")["survei_ikm"]["2023"]["responden"][0]
    r["nilai"][2] = None
    r["usia"] = None
    r["jenis_kelamin"] = ""
    dok = baca_dokumen(json.dumps(data))
    resp = dok.tujuan[0].sasaran[0].indikator[0].survei_ikm[2023].responden[0]
    assert resp.nilai[2] is None and resp.usia is None
    assert normalisasi(muat_json_mentah(ke_json(dok))) == normalisasi(
        muat_json_mentah(json.dumps(data))
    )


def test_kode_indikator_kosong_boleh_berulang() -> None:
    data = _data()
    _ind(data, "IKU 4")["kode"] = ""
    _ind(data, "IKU 5")["kode"] = ""
    assert baca_dokumen(json.dumps(data))


# --- generated documents ------------------------------------------------------------------------

_teks = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_angka = st.decimals(min_value=-1000, max_value=10**6, places=3, allow_nan=False)
_rupiah = st.one_of(st.none(), st.integers(min_value=0, max_value=10**12))
_tw = st.sampled_from([1, 2, 3, 4])


@st.composite
def _indikator(draw: st.DrawFn, nomor: int) -> Indikator:
    rumus = draw(st.booleans())
    survei = not rumus and draw(st.booleans())
    ind = Indikator(
        nama=draw(_teks),
        kode=draw(st.sampled_from(["", f"IKU {nomor}"])),
        definisi=draw(_teks),
        agregasi=draw(st.sampled_from(["", "nilai_akhir", "akumulasi"])),
        analisis=draw(st.dictionaries(st.integers(2021, 2026), _teks.filter(bool), max_size=2)),
        target=draw(st.dictionaries(st.integers(2021, 2026), _angka, max_size=3)),
    )
    if rumus:
        ind.rumus = Rumus("a / b * 100", [Komponen("a", "A"), Komponen("b", "B")])
        komponen = st.dictionaries(st.sampled_from(["a", "b"]), _angka, min_size=1)
        tw = st.builds(
            Triwulan,
            target=st.dictionaries(_tw, _angka),
            nilai_komponen=st.dictionaries(_tw, komponen),
        )
    else:
        tw = st.builds(
            Triwulan, target=st.dictionaries(_tw, _angka), realisasi=st.dictionaries(_tw, _angka)
        )
    tahun_tw = draw(st.lists(st.integers(2021, 2023), max_size=2, unique=True))
    ind.triwulan = {t: v for t in tahun_tw if not (v := draw(tw)).kosong}
    if survei:
        unsur = draw(
            st.one_of(
                st.just(list(UNSUR_BAWAAN)),
                st.lists(st.sampled_from("ABCDEFGHIJ"), min_size=1, max_size=5, unique=True),
            )
        )
        resp = st.builds(
            Responden,
            nilai=st.lists(
                st.one_of(st.none(), st.integers(1, 4)), min_size=len(unsur), max_size=len(unsur)
            ),
            jenis_kelamin=st.sampled_from(["", "L", "P"]),
            usia=st.one_of(st.none(), st.integers(10, 120)),
            pendidikan=_teks,
            pekerjaan=_teks,
        )
        pen = "eksak" if len(unsur) != 9 else draw(st.sampled_from(["eksak", "0,111", "0,11"]))
        ind.survei_ikm = {
            2025: SurveiIkm(unsur=unsur, penimbang=pen, responden=draw(st.lists(resp, max_size=4)))
        }
    elif not rumus and not ind.triwulan:
        ind.realisasi = draw(st.dictionaries(st.integers(2024, 2026), _angka, max_size=2))
    return ind


def _ttd(draw: st.DrawFn) -> Penandatangan:
    return Penandatangan(
        tempat=draw(_teks),
        tanggal=draw(st.sampled_from(["", "2023-01-02", "2024-02"])),
        jabatan=draw(_teks),
        # a signer has a name: an all-empty signer object reads back as none (absent = empty)
        nama="Drs. " + draw(_teks),
        pangkat=draw(_teks),
        nip=draw(st.sampled_from(["", "196611141994032008"])),
        status=draw(st.sampled_from(["", "Plt.", "Plh.", "Pj."])),
    )


@st.composite
def _dokumen(draw: st.DrawFn) -> Dokumen:
    n = draw(st.integers(1, 4))
    inds = [draw(_indikator(i)) for i in range(n)]
    sub = st.builds(
        SubKegiatan,
        kode=_teks,
        uraian=_teks,
        anggaran=_rupiah,
        realisasi_anggaran=_rupiah,
        sumber_dana=_teks,
    )
    keg = st.builds(
        Kegiatan,
        kode=_teks,
        uraian=_teks,
        anggaran=_rupiah,
        realisasi_anggaran=_rupiah,
        sumber_dana=_teks,
        sub_kegiatan=st.lists(sub, max_size=2),
    )
    prog = st.builds(
        Program,
        kode=_teks,
        uraian=_teks,
        anggaran=_rupiah,
        realisasi_anggaran=_rupiah,
        sumber_dana=_teks,
        kegiatan=st.lists(keg, max_size=2),
    )
    kunci_pk = draw(
        st.lists(st.tuples(st.integers(2021, 2026), st.integers(0, 2)), max_size=3, unique=True)
    )
    pk = [
        PerjanjianKinerja(
            tahun=t,
            perubahan=p,
            tempat=draw(_teks),
            tanggal=draw(st.sampled_from(["", "2023-01-05"])),
            pihak_pertama=_ttd(draw),
            pihak_kedua=_ttd(draw),
            pernyataan=draw(
                st.one_of(st.none(), st.lists(_teks.filter(bool), min_size=1, max_size=2))
            ),
            program=draw(st.lists(prog, max_size=2)),
        )
        for t, p in kunci_pk
    ]
    laporan = [
        LaporanTahunan(
            tahun=t,
            penandatangan=draw(st.one_of(st.none(), st.just(_ttd(draw)))),
            catatan=draw(_teks),
        )
        for t in draw(st.lists(st.integers(2021, 2026), max_size=2, unique=True))
    ]
    return Dokumen(
        judul=["INDIKATOR KINERJA UTAMA"],
        periode=Periode(2021, 2026),
        tabel=Tabel(
            kolom=[Kolom("kode", "Kode", grup=draw(_teks)), Kolom("definisi", "Definisi")],
            huruf=draw(st.sampled_from(["", "sans", "serif"])),
            ukuran=draw(st.one_of(st.none(), st.sampled_from([D(9), D("10.5"), D(12)]))),
        ),
        tujuan=[Tujuan(uraian="T", sasaran=[Sasaran(uraian="S", indikator=inds)])],
        perjanjian_kinerja=pk,
        laporan_tahunan=laporan,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_dokumen())
def test_dokumen_acak_bolak_balik(dok: Dokumen) -> None:
    teks = ke_json(dok)
    baca = baca_dokumen(teks)
    assert ke_json(baca) == teks
    assert normalisasi(muat_json_mentah(ke_json(baca))) == normalisasi(muat_json_mentah(teks))
    # The model itself comes back (empty quarters and analyses are not kept).
    for a, b in zip(dok.semua_indikator(), baca.semua_indikator(), strict=True):
        assert (a.kode, a.definisi, a.agregasi) == (b.kode, b.definisi, b.agregasi)
        assert a.triwulan == b.triwulan and a.survei_ikm == b.survei_ikm
        assert a.analisis == b.analisis
    assert baca.perjanjian_kinerja == dok.perjanjian_kinerja
    assert baca.laporan_tahunan == dok.laporan_tahunan
    assert baca.tabel == dok.tabel


def test_periksa_dokumen_v2_untuk_dokumen_di_memori() -> None:
    """The document-wide rules, for restore and the window: the same refusals as the reader."""
    from ikudesk.domain.rules import periksa_dokumen_v2

    dok = baca_file(CONTOH_V2)
    periksa_dokumen_v2(dok)
    dok.semua_indikator()[3].kode = "IKU 1"
    with pytest.raises(DokumenError) as e:
        periksa_dokumen_v2(dok)
    assert e.value.lokasi == "tujuan[0].sasaran[2].indikator[0].kode"
    dok.semua_indikator()[3].kode = "IKU 3"
    dok.semua_indikator()[7].realisasi[2023] = D(70)
    with pytest.raises(DokumenError, match="dua kali") as e:
        periksa_dokumen_v2(dok)
    assert e.value.lokasi == "tujuan[0].sasaran[5].indikator[1].triwulan.2023"
