"""NIP checks: each of the four parts has its own message; grouping as printed."""

from __future__ import annotations

from datetime import date

import pytest

from ikudesk.domain.nip import NipError, format_nip, periksa_nip
from ikudesk.errors import IkuError

HARI_INI = date(2026, 11, 23)


@pytest.mark.parametrize(
    "nip",
    ["196611141994032008", "196710201988031009", "200002292024081001", "190001011960011999"],
)
def test_nip_sah(nip: str) -> None:
    assert periksa_nip(nip, hari_ini=HARI_INI) == nip


def test_nip_sampel_sah_hari_ini() -> None:
    # the samples must stay valid without a fixed "today"
    assert periksa_nip("196611141994032008") == "196611141994032008"
    assert periksa_nip("196710201988031009") == "196710201988031009"


@pytest.mark.parametrize(
    "nip", [" 196611141994032008 ", "19661114 199403 2 008", "196611141994032008\n"]
)
def test_nip_spasi_dibuang(nip: str) -> None:
    assert periksa_nip(nip, hari_ini=HARI_INI) == "196611141994032008"


def _pesan(nip: str) -> str:
    with pytest.raises(NipError) as info:
        periksa_nip(nip, hari_ini=HARI_INI)
    assert isinstance(info.value, IkuError)
    assert isinstance(info.value, ValueError)
    return str(info.value)


@pytest.mark.parametrize(
    ("nip", "panjang"),
    [("19661114199403200", 17), ("1966111419940320080", 19), ("", 0), ("1966", 4)],
)
def test_nip_panjang_salah(nip: str, panjang: int) -> None:
    assert _pesan(nip) == f"NIP harus 18 angka (sekarang {panjang})."


@pytest.mark.parametrize("nip", ["19661114199403200x", "1966-1114-1994-0320", "١٩٦٦١١١٤١٩٩٤٠٣٢٠٠٨"])
def test_nip_bukan_angka(nip: str) -> None:
    assert "NIP hanya boleh berisi angka" in _pesan(nip)


@pytest.mark.parametrize(
    "lahir",
    [
        "19661314",  # month 13
        "19661100",  # day 0
        "19670229",  # 1967 is not a leap year
        "18991231",  # before 1900
        "20270101",  # after the current year
        "00000000",
    ],
)
def test_nip_tanggal_lahir_salah(lahir: str) -> None:
    nip = lahir + "1994032008"
    assert _pesan(nip) == f"NIP: 8 angka pertama ({lahir}) bukan tanggal lahir yang sah."


@pytest.mark.parametrize(
    "tmt",
    [
        "199413",  # month 13
        "199400",  # month 0
        "195912",  # before 1960
        "202801",  # after current year + 1
    ],
)
def test_nip_tmt_salah(tmt: str) -> None:
    nip = "19661114" + tmt + "2008"
    assert _pesan(nip) == f"NIP: angka ke-9 s.d. 14 ({tmt}) bukan tahun-bulan TMT yang sah."


def test_nip_tmt_tahun_depan_boleh() -> None:
    assert periksa_nip("199001012027011001", hari_ini=HARI_INI) == "199001012027011001"


@pytest.mark.parametrize("tmt", ["196601", "196012"])
def test_nip_tmt_tidak_sesudah_lahir(tmt: str) -> None:
    pesan = _pesan("19661114" + tmt + "2008")
    assert pesan.startswith(f"NIP: angka ke-9 s.d. 14 ({tmt}) bukan tahun-bulan TMT yang sah")
    assert "sesudah tahun lahir 1966" in pesan


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_nip_jenis_kelamin_salah(digit: str) -> None:
    assert _pesan("19661114199403" + digit + "008") == (
        f"NIP: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}."
    )


def test_nip_nomor_urut_000() -> None:
    pesan = _pesan("196611141994032000")
    assert "3 angka terakhir (000)" in pesan
    assert "nomor urut" in pesan


def test_nip_bagian_pertama_yang_salah_dilaporkan() -> None:
    # several parts wrong: the first wrong part is named
    assert "8 angka pertama" in _pesan("196613141994133000")


def test_nip_bukan_teks() -> None:
    with pytest.raises(NipError):
        periksa_nip(196611141994032008, hari_ini=HARI_INI)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("nip", "teks"),
    [
        ("196611141994032008", "19661114 199403 2 008"),
        ("196710201988031009", "19671020 198803 1 009"),
        ("  196611141994032008 ", "19661114 199403 2 008"),
        ("19661114 199403 2 008", "19661114 199403 2 008"),
        ("1966111419940320", "1966111419940320"),  # not 18 digits: unchanged
        ("  12345  ", "12345"),
        ("19661114199403200x", "19661114199403200x"),
        ("", ""),
    ],
)
def test_format_nip(nip: str, teks: str) -> None:
    assert format_nip(nip) == teks
