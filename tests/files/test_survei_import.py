"""Import of an online form's answers (CSV / XLSX) into an IKM survey: reading, the proposed
mapping, answers as words, bad rows with their numbers, refused files."""

from __future__ import annotations

import csv
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.model import UNSUR_BAWAAN, SurveiIkm
from ikudesk.files.survei_import import (
    MAKS_BYTE,
    ImporSurveiError,
    JawabanError,
    baca_jawaban,
    baca_tabel,
    jawaban_tak_dikenal,
    terapkan_pemetaan,
    usul_pemetaan,
)

# A Google Forms export: time stamp, profile, the regulation's nine questions (8 and 9 in the
# questionnaire's order, which differs from the unsur list's), the answers in words.
KEPALA = [
    "Stempel waktu",
    "Jenis Kelamin",
    "Usia",
    "Pendidikan Terakhir",
    "Pekerjaan",
    "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan?",
    "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "5. Kesesuaian produk pelayanan antara standar pelayanan dengan hasil yang diberikan",
    "6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas?",
    "7. Perilaku petugas dalam pelayanan terkait kesopanan dan keramahan",
    "8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
]
BARIS = [
    # all best answers (4 each)
    [
        "2023/03/01 9:00:00",
        "Laki-laki",
        "34",
        "SMA",
        "Petani",
        "Sangat sesuai",
        "Sangat mudah",
        "Sangat cepat",
        "Gratis",
        "Sangat Sesuai",
        "Sangat kompeten",
        "Sangat sopan dan ramah",
        "Sangat baik",
        "Dikelola dengan baik",
    ],
    # 3 each, written with odd case and spaces
    [
        "2023/03/01 9:05:00",
        "Perempuan",
        "27 tahun",
        "S1",
        "Guru",
        " sesuai ",
        "MUDAH",
        "Cepat",
        "Murah",
        "sesuai",
        "Kompeten",
        "Sopan dan  ramah",
        "Baik",
        "Berfungsi kurang maksimal",
    ],
    # 2 each, numbers and words mixed, question 9 not answered
    [
        "2023/03/01 9:10:00",
        "P",
        "",
        "SMP",
        "Wiraswasta",
        "Kurang sesuai",
        "2",
        "Kurang cepat",
        "Cukup mahal",
        "2 - Kurang sesuai",
        "Kurang kompeten",
        "Kurang sopan dan ramah",
        "Cukup",
        "",
    ],
    # bad: an unknown word, an age of 7
    [
        "2023/03/01 9:15:00",
        "L",
        "7",
        "SD",
        "Pelajar",
        "Lumayan",
        "3",
        "3",
        "3",
        "3",
        "3",
        "3",
        "3",
        "3",
    ],
    # bad: 5 is not an answer, unknown jenis kelamin
    ["2023/03/01 9:20:00", "X", "40", "SMA", "Petani", "5", "3", "3", "3", "3", "3", "3", "3", "3"],
]


def _tulis_csv(path: Path, baris: list[list[str]], **kw: object) -> Path:
    enc = kw.pop("encoding", "utf-8")
    with path.open("w", encoding=enc, newline="") as f:  # type: ignore[call-overload]
        csv.writer(f, **kw).writerows(baris)
    return path


def _impor(path: Path):
    tabel = baca_tabel(path)
    pem = usul_pemetaan(tabel.kolom, UNSUR_BAWAAN, tabel.baris)
    return tabel, pem, terapkan_pemetaan(tabel, pem, UNSUR_BAWAAN)


def test_csv_jawaban_kata_dipetakan_dan_dihitung(tmp_path: Path) -> None:
    tabel, pem, hasil = _impor(_tulis_csv(tmp_path / "jawaban.csv", [KEPALA, *BARIS]))
    # unsur order of the regulation; the form asks sarana (8) before pengaduan (9)
    assert pem.unsur == [5, 6, 7, 8, 9, 10, 11, 13, 12]
    assert pem.profil == {"jenis_kelamin": 1, "usia": 2, "pendidikan": 3, "pekerjaan": 4}
    assert [r.nilai for r in hasil.responden] == [
        [4] * 9,
        [3] * 9,
        [2] * 7 + [None, 2],  # question 9 is unsur 8 (pengaduan)
    ]
    assert [(r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan) for r in hasil.responden] == [
        ("L", 34, "SMA", "Petani"),
        ("P", 27, "S1", "Guru"),
        ("P", None, "SMP", "Wiraswasta"),
    ]
    assert hasil.nomor == [2, 3, 4]
    # the bad rows by the number a spreadsheet shows, with every reason
    assert [s.nomor for s in hasil.salah] == [5, 6]
    assert "Persyaratan: jawaban 'Lumayan' tidak dikenali" in hasil.salah[0].alasan
    assert "usia 7 tidak masuk akal" in hasil.salah[0].alasan
    assert "Persyaratan: jawaban 5 di luar 1–4" in hasil.salah[1].alasan
    assert "jenis kelamin 'X' tidak dikenali" in hasil.salah[1].alasan
    # Exact result: NRR 3 for every unsur but pengaduan, 3,5 there (answered by two) → Σ = 27,5;
    # IKM = 27,5 / 9 × 25 = 1375/18 = 76,3888… → 76,39, mutu C.
    h = hitung_ikm(SurveiIkm(responden=hasil.responden))
    assert [u.nrr for u in h.unsur] == [3] * 7 + [Fraction(7, 2), 3]
    assert h.ikm == Fraction(1375, 18)
    assert h.ikm_bulat == Decimal("76.39") and h.mutu == "C"


def test_csv_titik_koma_bom_dan_cp1252(tmp_path: Path) -> None:
    kepala = ["Persyaratan", "Waktu Penyelesaian", "Pekerjaan"]
    baris = [kepala, ["Sangat sesuai", "Tidak cepat", "Pegawai Négeri"]]
    for enc in ("utf-8-sig", "cp1252"):
        p = _tulis_csv(tmp_path / f"{enc}.csv", baris, delimiter=";", encoding=enc)
        tabel = baca_tabel(p)
        assert tabel.kolom == kepala  # no BOM glued to the first header
        assert tabel.baris == [["Sangat sesuai", "Tidak cepat", "Pegawai Négeri"]]
        pem = usul_pemetaan(tabel.kolom, ["Waktu Penyelesaian", "Persyaratan"], tabel.baris)
        assert pem.unsur == [1, 0] and pem.profil["pekerjaan"] == 2
        hasil = terapkan_pemetaan(tabel, pem, ["Waktu Penyelesaian", "Persyaratan"])
        assert hasil.responden[0].nilai == [1, 4]
        assert hasil.responden[0].pekerjaan == "Pegawai Négeri"


def test_xlsx_angka_dan_baris_kosong(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Timestamp", "U1", "U2", "U3", "Jenis kelamin", "Umur"])
    ws.append([None, 4, 3.0, "Sangat baik", "Pria", 45])
    ws.append([None, None, None, None, None, None])  # an empty row is skipped, not bad
    ws.append([None, 1, 2, 0, "Wanita", 30])
    p = tmp_path / "jawaban.xlsx"
    wb.save(p)
    tabel = baca_tabel(p)
    assert tabel.nomor == [2, 4]
    pem = usul_pemetaan(tabel.kolom, ["A", "B", "C"], tabel.baris)
    assert pem.unsur == [1, 2, 3]  # "U1".."U3" by their number
    assert pem.profil["jenis_kelamin"] == 4 and pem.profil["usia"] == 5
    hasil = terapkan_pemetaan(tabel, pem, ["A", "B", "C"])
    assert [r.nilai for r in hasil.responden] == [[4, 3, 4]]
    assert (hasil.responden[0].jenis_kelamin, hasil.responden[0].usia) == ("L", 45)
    assert [(s.nomor, s.alasan) for s in hasil.salah] == [(4, "C: jawaban 0 di luar 1–4")]


def test_pemetaan_tidak_lengkap_atau_ganda(tmp_path: Path) -> None:
    tabel = baca_tabel(_tulis_csv(tmp_path / "a.csv", [["X", "Y"], ["4", "3"]]))
    pem = usul_pemetaan(tabel.kolom, ["Persyaratan", "Biaya"], tabel.baris)
    assert pem.unsur == [None, None]
    with pytest.raises(ImporSurveiError, match="belum dipilihkan kolomnya: Persyaratan; Biaya"):
        terapkan_pemetaan(tabel, pem, ["Persyaratan", "Biaya"])
    pem.unsur = [0, 0]
    with pytest.raises(ImporSurveiError, match="Kolom 'X' dipilih dua kali"):
        terapkan_pemetaan(tabel, pem, ["Persyaratan", "Biaya"])


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("Tidak sesuai", 1),
        ("kurang  SESUAI", 2),
        ("Sesuai", 3),
        ("Sangat sesuai", 4),
        ("Tidak baik", 1),
        ("Kurang baik", 2),
        ("Baik", 3),
        ("Sangat baik", 4),
        ("Sangat tidak puas", 1),
        ("Sangat mahal", 1),
        ("Gratis", 4),
        ("Tidak ada", 1),
        ("a. Tidak sesuai", 1),
        ("4. Sangat sesuai", 4),
        ("3,0", 3),
        ("", None),
        ("Tidak diisi", None),
    ],
)
def test_jawaban_dikenali(teks: str, nilai: int | None) -> None:
    assert baca_jawaban(teks) == nilai


@pytest.mark.parametrize("teks", ["Cukup baik", "0", "4,5", "Laki-laki", "1 - Sangat baik"])
def test_jawaban_ditolak(teks: str) -> None:
    with pytest.raises(JawabanError):
        baca_jawaban(teks)


def test_berkas_ditolak_dengan_pesan(tmp_path: Path) -> None:
    pdf = tmp_path / "hasil.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ImporSurveiError, match="hanya CSV .* atau Excel"):
        baca_tabel(pdf)
    besar = tmp_path / "besar.csv"
    with besar.open("wb") as f:
        f.truncate(MAKS_BYTE + 1)
    with pytest.raises(ImporSurveiError, match="terlalu besar"):
        baca_tabel(besar)
    # an encrypted workbook is an OLE2 container with an EncryptionInfo stream
    kunci = tmp_path / "rahasia.xlsx"
    kunci.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(ImporSurveiError, match="dilindungi kata sandi"):
        baca_tabel(kunci)
    lama = tmp_path / "lama.xls"
    lama.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ImporSurveiError, match=r"Excel lama \(\.xls\)"):
        baca_tabel(lama)
    palsu = tmp_path / "palsu.xlsx"
    palsu.write_text("bukan zip", encoding="utf-8")
    with pytest.raises(ImporSurveiError, match="bukan buku kerja Excel"):
        baca_tabel(palsu)
    biner = tmp_path / "biner.csv"
    biner.write_bytes(b"a,b\x00\x01")
    with pytest.raises(ImporSurveiError, match="bukan teks CSV"):
        baca_tabel(biner)
    kosong = tmp_path / "kosong.csv"
    kosong.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImporSurveiError, match="kosong"):
        baca_tabel(kosong)


def test_jawaban_tak_dikenal_diberi_nilai_oleh_pengguna(tmp_path: Path) -> None:
    baris = [
        ["Persyaratan", "Biaya"],
        ["Cukup baik", "Luar biasa"],
        [" cukup  BAIK", "4"],
        ["Sangat sesuai", "9"],
    ]
    tabel = baca_tabel(_tulis_csv(tmp_path / "k.csv", baris))
    pem = usul_pemetaan(tabel.kolom, ["Persyaratan", "Biaya"])
    # the unknown words, counted case- and space-insensitively; 9 is an error, not a word
    assert jawaban_tak_dikenal(tabel, pem) == {
        "cukup baik": ("Cukup baik", 2),
        "luar biasa": ("Luar biasa", 1),
    }
    tanpa = terapkan_pemetaan(tabel, pem, ["Persyaratan", "Biaya"])
    assert [s.nomor for s in tanpa.salah] == [2, 3, 4]
    dengan = terapkan_pemetaan(
        tabel, pem, ["Persyaratan", "Biaya"], {"cukup baik": 2, "luar biasa": 4}
    )
    assert [r.nilai for r in dengan.responden] == [[2, 4], [2, 4]]
    assert [(s.nomor, s.alasan) for s in dengan.salah] == [(4, "Biaya: jawaban 9 di luar 1–4")]


def test_baris_dengan_jawaban_kosong_didaftar(tmp_path: Path) -> None:
    """Issue 21 item 12: a row imported with an unanswered unsur is listed (with its row
    number and which unsur), not imported silently with a blank."""
    _, _, hasil = _impor(_tulis_csv(tmp_path / "jawaban.csv", [KEPALA, *BARIS]))
    assert [r.nilai for r in hasil.responden][2] == [2] * 7 + [None, 2]  # still imported
    assert [(b.nomor, b.alasan) for b in hasil.kosong] == [
        (4, f"diimpor tanpa jawaban untuk U8 ({UNSUR_BAWAAN[7]})")
    ]
    assert [b.nomor for b in hasil.salah] == [5, 6]  # refused rows are not in that list
