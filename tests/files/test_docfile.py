"""The document file: round trip of every sample, and every refusal naming its path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikudesk.errors import DokumenError
from ikudesk.files.docfile import (
    baca_dokumen,
    baca_file,
    ke_json,
    muat_json_mentah,
    normalisasi,
    tulis_file,
)
from ikudesk.persistence.repo import load_dokumen, save_new_dokumen
from tests.conftest import CONTOH


def _data(nama: str = "sumber-harta") -> dict[str, Any]:
    path = next(p for p in CONTOH if p.stem == nama)
    return json.loads(path.read_text(encoding="utf-8"))


def _tolak(data: Any) -> DokumenError:
    teks = data if isinstance(data, str | bytes) else json.dumps(data)
    with pytest.raises(DokumenError) as e:
        baca_dokumen(teks)
    return e.value


@pytest.mark.parametrize("path", CONTOH, ids=lambda p: p.stem)
def test_ekspor_impor_identitas_lewat_store(path: Path, store) -> None:
    asli = normalisasi(muat_json_mentah(path.read_text(encoding="utf-8")))
    dok_id = save_new_dokumen(store, baca_file(path))
    keluar = ke_json(load_dokumen(store, dok_id))
    assert normalisasi(muat_json_mentah(keluar)) == asli
    # And once more: the exported file reads back to the same document.
    assert normalisasi(muat_json_mentah(ke_json(baca_dokumen(keluar)))) == asli


def test_angka_ditulis_persis_tanpa_float(tmp_path: Path) -> None:
    data = _data()
    ind = data["tujuan"][0]["sasaran"][1]["indikator"][0]
    ind["target"] = {"2022": 90, "2023": 0.1}
    ind["nilai_komponen"] = {"2022": {"ditindaklanjuti": 37.125, "difasilitasi": 40}}
    data["tujuan"][0]["indikator"][0]["realisasi"] = {"2022": 84.12500000000000000001}
    # json.dumps goes through float for 84.125…1, so put the exact digits in the text.
    teks = json.dumps(data).replace("84.125", "84.12500000000000000001", 1)
    dok = baca_dokumen(teks)
    assert dok.tujuan[0].indikator[0].realisasi[2022] == Decimal("84.12500000000000000001")
    tulis_file(dok, tmp_path / "x.json")
    keluar = (tmp_path / "x.json").read_text(encoding="utf-8")
    assert "84.12500000000000000001" in keluar
    assert '"2023": 0.1' in keluar
    assert '"ditindaklanjuti": 37.125' in keluar
    assert '"2022": 90' in keluar


def test_kunci_kosong_sama_dengan_tidak_ada() -> None:
    minimal = {"format": "ikudesk-dokumen", "versi": 1, "profil": {"instansi": "Kecamatan X"}}
    dok = baca_dokumen(json.dumps(minimal))
    assert dok.judul == ["INDIKATOR KINERJA UTAMA", "KECAMATAN X"]
    assert dok.periode is None and dok.penandatangan is None and dok.tujuan == []
    assert [k.isi for k in dok.tabel.kolom][:3] == ["nomor", "sasaran", "indikator"]
    # An empty title list reads like an absent one (review finding): the default title.
    assert baca_dokumen(json.dumps({**minimal, "judul": []})).judul == dok.judul


def _ubah(data: dict[str, Any], jalur: str, nilai: Any) -> dict[str, Any]:
    """Set a value at a dotted path like ``tujuan.0.sasaran.1.indikator.0.satuan2``."""
    d = copy.deepcopy(data)
    bagian = jalur.split(".")
    obj: Any = d
    for b in bagian[:-1]:
        obj = obj[int(b)] if isinstance(obj, list) else obj[b]
    obj[bagian[-1]] = nilai
    return d


TOLAK = [
    (
        "tujuan.0.sasaran.1.indikator.0.satuan2",
        "%",
        "tujuan[0].sasaran[1].indikator[0].satuan2",
        "tidak dikenal",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.satuan",
        5,
        "tujuan[0].sasaran[1].indikator[0].satuan",
        "harus berupa teks",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.target",
        {"2022": "90"},
        "tujuan[0].sasaran[1].indikator[0].target.2022",
        "harus berupa angka",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.target",
        {"2030": 90},
        "tujuan[0].sasaran[1].indikator[0].target.2030",
        "di luar periode 2021–2026",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.target",
        {"dua ribu": 90},
        "tujuan[0].sasaran[1].indikator[0].target.dua ribu",
        "bukan tahun",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.polaritas",
        "naik",
        "tujuan[0].sasaran[1].indikator[0].polaritas",
        "positif, negatif",
    ),
    (
        "tujuan.0.sasaran.1.indikator.0.nilai_komponen",
        {"2022": {"hadir": 3}},
        "tujuan[0].sasaran[1].indikator[0].nilai_komponen.2022.hadir",
        "tidak dideklarasikan",
    ),
    (
        "tujuan.0.sasaran.2.indikator.0.rumus.ekspresi",
        "pu_ditindaklanjuti / jumlah * 100",
        "tujuan[0].sasaran[2].indikator[0].rumus.ekspresi",
        "jumlah",
    ),
    (
        "tujuan.0.sasaran.2.indikator.0.rumus.ekspresi",
        "(a + b",
        "tujuan[0].sasaran[2].indikator[0].rumus.ekspresi",
        "posisi",
    ),
    (
        "tujuan.0.sasaran.2.indikator.0.rumus.komponen",
        [{"kode": "Besar", "uraian": "x"}],
        "tujuan[0].sasaran[2].indikator[0].rumus.komponen[0].kode",
        "huruf kecil",
    ),
    (
        "tujuan.0.sasaran.2.indikator.0.rumus.komponen",
        [{"kode": "a", "uraian": "x"}, {"kode": "a", "uraian": "y"}],
        "tujuan[0].sasaran[2].indikator[0].rumus.komponen[1].kode",
        "dua kali",
    ),
    ("periode", {"mulai": 2026, "selesai": 2021}, "periode", "sebelum tahun mulai"),
    ("periode", {"mulai": "2021", "selesai": 2026}, "periode.mulai", "bilangan bulat"),
    (
        "tabel.kolom",
        [{"isi": "anggaran", "judul": "Anggaran"}],
        "tabel.kolom[0].isi",
        "tidak dikenal",
    ),
    ("tabel.nomori_indikator", "ya", "tabel.nomori_indikator", "true atau false"),
    (
        "profil.kepala",
        [{"label": "Fungsi", "penomoran": "romawi"}],
        "profil.kepala[0].penomoran",
        "angka, huruf, strip",
    ),
    ("tujuan", {"uraian": "x"}, "tujuan", "daftar"),
    ("judul", "IKU", "judul", "daftar"),
]


@pytest.mark.parametrize(("jalur", "nilai", "lokasi", "potongan"), TOLAK)
def test_tolak_dengan_jalur(jalur: str, nilai: Any, lokasi: str, potongan: str) -> None:
    e = _tolak(_ubah(_data(), jalur, nilai))
    assert e.lokasi == lokasi
    assert potongan in e.pesan
    assert e.pesan.startswith(lokasi + ": ")


def test_tolak_penandatangan_salah() -> None:
    data = _data("sumbersuko")
    data["penandatangan"]["nip"] = "196613141994032008"
    e = _tolak(data)
    assert e.lokasi == "penandatangan.nip" and "tanggal lahir" in e.pesan
    data = _data("sumbersuko")
    data["penandatangan"]["tanggal"] = "2020-02-30"
    assert _tolak(data).lokasi == "penandatangan.tanggal"


@pytest.mark.parametrize(
    ("isi", "potongan"),
    [
        (b"", "kosong"),
        (b"   \n", "kosong"),
        (b'{"format": "ikudesk-dokumen", ', "bukan JSON yang sah"),
        (b'{"a": 1,}', "baris 1"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[1, 2]", "objek"),
        (b'{"format": "lain", "versi": 1}', "bukan dokumen IKU Desk"),
        (b'{"versi": 1}', "tidak ada"),
        (b'{"format": "ikudesk-dokumen", "versi": "1"}', "bilangan bulat"),
        (b'{"format": "ikudesk-dokumen", "versi": 1, "versi": 1}', "dua kali"),
        (b'{"format": "ikudesk-dokumen", "versi": 1, "catatan": NaN}', "NaN"),
        (b"[" * 100000 + b"]" * 100000, "dalam"),
    ],
)
def test_tolak_berkas_rusak(isi: bytes, potongan: str) -> None:
    assert potongan in _tolak(isi).pesan


def test_versi_lebih_baru_ditolak_sebelum_apa_pun_dibaca() -> None:
    data = _data()
    data["versi"] = 3
    data["kunci_baru_versi_3"] = {"apa": "saja"}
    e = _tolak(data)
    assert e.lokasi == "versi"
    assert "versi 3" in e.pesan and "Perbarui IKU Desk" in e.pesan


def test_berkas_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(DokumenError, match="tidak ditemukan"):
        baca_file(tmp_path / "tidak-ada.json")


def test_tulis_file_atomik_tidak_merusak_berkas_lama(tmp_path: Path) -> None:
    target = tmp_path / "dok.json"
    target.write_text("lama", encoding="utf-8")
    dok = baca_file(CONTOH[0])
    tulis_file(dok, target)
    assert normalisasi(muat_json_mentah(target.read_text(encoding="utf-8"))) == normalisasi(
        muat_json_mentah(CONTOH[0].read_text(encoding="utf-8"))
    )
    assert [p.name for p in tmp_path.iterdir()] == ["dok.json"]  # no temp file left


# Arbitrary input never raises anything but our own clear error.
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.decimals(allow_nan=False, allow_infinity=False, places=3),
    lambda anak: (
        st.lists(anak, max_size=4) | st.dictionaries(st.text(max_size=10), anak, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_fuzz_byte_sembarang(isi: bytes) -> None:
    try:
        baca_dokumen(isi)
    except DokumenError as e:
        assert e.pesan


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        [
            "tujuan.0.sasaran.1.indikator.0",
            "tujuan.0",
            "profil",
            "tabel",
            "penandatangan",
            "periode",
            "tujuan.0.sasaran.1.indikator.0.rumus",
        ]
    ),
    st.text(max_size=12),
    _json,
)
def test_fuzz_nilai_sembarang_di_tempat_nyata(tempat: str, kunci: str, nilai: Any) -> None:
    data = _data()
    if data.get("penandatangan") is None:
        data["penandatangan"] = {"nama": "X"}
    obj: Any = data
    for b in tempat.split("."):
        obj = obj[int(b)] if isinstance(obj, list) else obj[b]
    obj[kunci] = json.loads(json.dumps(nilai, default=str))
    try:
        baca_dokumen(json.dumps(data, default=str))
    except DokumenError as e:
        assert e.pesan
