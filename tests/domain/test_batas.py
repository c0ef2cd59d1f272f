"""FORMAT.md "Limits and characters" (issue 22, items 3, 11, 12): the one set of rules in
``domain/rules.py`` and the places that read with it (the document reader, the survey and SIPD
readers, the stored category scale)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from ikudesk.domain import rules
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, KategoriError, dari_json, periksa
from ikudesk.domain.model import Responden
from ikudesk.errors import DokumenError, IkuError
from ikudesk.files.docfile import baca_dokumen, ke_data, pelanggaran_dokumen
from ikudesk.files.survei_import import ImporSurveiError, baca_tabel
from tests.conftest import CONTOH

SAMPEL = next(p for p in CONTOH if p.stem == "sumber-harta-2023")

TERLARANG = [
    *(chr(c) for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F)),
    *(chr(c) for c in range(0x202A, 0x202F)),
    *(chr(c) for c in range(0x2060, 0x2065)),
    *(chr(c) for c in range(0x2066, 0x206A)),
    "\ufeff",
]


@pytest.mark.parametrize("c", TERLARANG, ids=lambda c: f"U+{ord(c):04X}")
def test_karakter_tak_terlihat_ditolak_dengan_kodenya(c: str) -> None:
    with pytest.raises(DokumenError) as e:
        rules.periksa_teks(f"Kecamatan{c} Sumber", "profil.instansi")
    assert f"U+{ord(c):04X}" in e.value.pesan and "profil.instansi" in str(e.value)


@pytest.mark.parametrize("c", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9f"])
def test_karakter_kontrol_ditolak(c: str) -> None:
    with pytest.raises(DokumenError):
        rules.periksa_teks(f"a{c}b", "x")


@pytest.mark.parametrize("teks", ["a\nb", "a\tb", "a\r\nb", "Kecamatan – “Sumber” é ٢", "\u2065"])
def test_teks_biasa_boleh(teks: str) -> None:
    assert rules.periksa_teks(teks, "tujuan[0].uraian") == teks


@pytest.mark.parametrize(
    ("lokasi", "batas"),
    [
        ("profil.instansi", 1000),
        ("tujuan[0].uraian", 1000),
        ("tujuan[0].sasaran[1].indikator[2].nama", 1000),
        ("tujuan[0].indikator[0].kode", 1000),
        ("tujuan[0].indikator[0].satuan", 1000),
        ("judul[2]", 1000),
        ("profil.kepala[0].label", 1000),
        ("penandatangan.nama", 1000),
        ("profil.kepala[0].isi", 20000),
        ("profil.kepala[0].butir[3]", 20000),
        ("tujuan[0].indikator[0].rumus.penjelasan", 20000),
        ("tujuan[0].indikator[0].definisi", 20000),
        ("tujuan[0].indikator[0].sumber_data", 20000),
        ("tujuan[0].indikator[0].penanggung_jawab", 20000),
        ("catatan", 20000),
        ("tujuan[0].indikator[0].analisis.2024", 20000),
        ("perjanjian_kinerja[0].pernyataan[1]", 20000),
        ("Analisis", 20000),  # the window's name for the field
    ],
)
def test_panjang_menurut_jenis_teks(lokasi: str, batas: int) -> None:
    rules.periksa_teks("x" * batas, lokasi)
    with pytest.raises(DokumenError, match="terlalu panjang"):
        rules.periksa_teks("x" * (batas + 1), lokasi)


def test_periode_paling_lama_25_tahun() -> None:
    assert rules.periksa_periode(2000, 2024) is not None  # 25 years
    with pytest.raises(DokumenError, match="25 tahun"):
        rules.periksa_periode(2000, 2025)  # 26 years
    # data made before the limit (restore, undo of a removal): 26 years read, 27 not
    with rules.batas_lama():
        rules.periksa_periode(2000, 2025)
        with pytest.raises(DokumenError):
            rules.periksa_periode(2000, 2026)


def test_batas_lama_hanya_melonggarkan_batas_baru() -> None:
    with rules.batas_lama():
        rules.periksa_teks("a\u202eb" + "x" * 5000, "tujuan[0].uraian")
        with pytest.raises(DokumenError):
            rules.periksa_teks("a\x00b", "x")  # structurally invalid: still refused
    with pytest.raises(DokumenError):
        rules.periksa_teks("a\u202eb", "x")  # and the context ends with the block


def _data() -> dict:
    return json.loads(SAMPEL.read_text(encoding="utf-8"))


def test_pembaca_menolak_dengan_jalur_dan_pelanggaran_dicatat() -> None:
    data = _data()
    data["tujuan"][0]["sasaran"][0]["indikator"][0]["analisis"] = {"2023": "a\u2067b"}
    with pytest.raises(DokumenError) as e:
        baca_dokumen(json.dumps(data))
    assert "tujuan[0].sasaran[0].indikator[0].analisis.2023" in str(e.value)
    # read as old data: accepted, and the same place is listed as a warning
    with rules.batas_lama():
        dok = baca_dokumen(json.dumps(data))
    tempat = [t for t, _ in pelanggaran_dokumen(dok)]
    assert tempat == ["tujuan[0].sasaran[0].indikator[0].analisis.2023"]


def test_jumlah_tujuan_sasaran_dan_indikator() -> None:
    rules.periksa_jumlah(5000, 5000)
    with pytest.raises(DokumenError, match="5001 tujuan dan sasaran"):
        rules.periksa_jumlah(10, 5001)
    with pytest.raises(DokumenError, match="5001 indikator"):
        rules.periksa_jumlah(5001, 10)
    data = {"tujuan": [{"uraian": "t", "sasaran": [{"uraian": "s"}] * 2500}] * 2}
    assert rules.jumlah_dalam_data(data["tujuan"]) == (0, 5002)
    assert [t for t, _ in rules.pelanggaran_batas(data)] == ["tujuan"]


def test_pelanggaran_dokumen_sampel_kosong() -> None:
    for p in CONTOH:
        dok = baca_dokumen(p.read_bytes())
        assert pelanggaran_dokumen(dok) == [], p.name
        assert rules.pelanggaran_batas(ke_data(dok)) == []


# --- the stored category scale (item 3) ---------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "[" * 100_000 + "]" * 100_000,
        "not json",
        '[{"nama": "A", "bawah": null, "atas": "NaN"}, '
        '{"nama": "B", "bawah": "NaN", "atas": null}]',
        '[{"nama": "A", "bawah": null, "atas": "Infinity"}]',
        '[{"nama": "A", "bawah": null, "atas": NaN}]',
        '[{"nama": "A", "bawah": null, "atas": true}]',
        '{"nama": "A"}',
        '[{"nama": "A\\u202e", "bawah": null, "atas": null}]',
        '[{"nama": "A", "bawah": null, "atas": "1e999"}]',
    ],
)
def test_skala_tersimpan_yang_rusak_ditolak_tanpa_traceback(teks: str) -> None:
    with pytest.raises(KategoriError, match="kategori|Kategori"):
        periksa(dari_json(teks))


def test_skala_editor_dan_tersimpan_sama() -> None:
    from ikudesk.domain.kategori import ke_json

    assert periksa(dari_json(ke_json(list(KATEGORI_BAWAAN)))) == list(KATEGORI_BAWAAN)
    with pytest.raises(KategoriError):
        periksa([Kategori("A", None, Decimal("NaN")), Kategori("B", Decimal("NaN"), None)])


# --- the workbook readers (item 12) -------------------------------------------------------


def test_survei_responden_dengan_karakter_tak_terlihat_ditolak() -> None:
    r = Responden(nilai=[4] * 9, pekerjaan="Petani\u200b")
    with pytest.raises(IkuError, match="U\\+200B"):
        rules.periksa_responden(r, 9, "responden[0]")


def test_survei_csv_baris_tak_terlihat_jadi_baris_salah(tmp_path: Path) -> None:
    from tests.files.test_survei_import import BARIS, KEPALA, _impor, _tulis_csv

    baris = copy.deepcopy(BARIS)
    baris[0][4] = "Pet\u202eani"
    _, _, hasil = _impor(_tulis_csv(tmp_path / "j.csv", [KEPALA, *baris]))
    assert hasil.salah[0].nomor == 2 and "U+202E" in hasil.salah[0].alasan


@pytest.mark.parametrize("isi", [b"\xff\xfeN\x00o\x00,", b"\xfe\xff\x00N\x00"])
def test_survei_csv_utf16_terpotong_pesan(tmp_path: Path, isi: bytes) -> None:
    p = tmp_path / "jawaban.csv"
    p.write_bytes(isi)
    with pytest.raises(ImporSurveiError, match="UTF-16"):
        baca_tabel(p)


def test_sipd_uraian_dengan_pengubah_arah_ditolak(tmp_path: Path) -> None:
    from ikudesk.files.sipd_import import baca_sipd
    from tests.support.excel import BARIS_SIPD, buat_lampiran_sipd

    baris = [list(b) for b in BARIS_SIPD]
    baris[2][5] = "PROGRAM \u202eKEWILAYAHAN"
    p = buat_lampiran_sipd(tmp_path / "sipd.xlsx", [tuple(b) for b in baris])
    with pytest.raises(IkuError, match="U\\+202E"):
        baca_sipd(p)
