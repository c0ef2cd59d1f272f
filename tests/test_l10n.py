"""Indonesian numbers and dates: spreadsheet rounding, exact parsing, Babel month names."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikudesk.domain.rules import periksa_tanggal
from ikudesk.errors import IkuError
from ikudesk.l10n import (
    AngkaError,
    AngkaRagu,
    TanggalError,
    baca_tanggal,
    baca_tanggal_ketikan,
    bulatkan,
    format_angka,
    format_tanggal,
    format_waktu,
    parse_angka,
)

D = Decimal


# --------------------------------------------------------------------------- bulatkan


@pytest.mark.parametrize(
    ("nilai", "desimal", "hasil"),
    [
        ("2.675", 2, "2.68"),
        ("84.125", 2, "84.13"),
        ("-2.675", 2, "-2.68"),
        ("0.005", 2, "0.01"),
        ("-0.005", 2, "-0.01"),
        ("1.005", 2, "1.01"),
        ("2.665", 2, "2.67"),  # half-even would give 2.66
        ("2.5", 0, "3"),
        ("-2.5", 0, "-3"),
        ("0.125", 2, "0.13"),
        ("84.1249999", 2, "84.12"),
        ("-0.001", 2, "0.00"),  # never a negative zero
    ],
)
def test_bulatkan_setengah_menjauhi_nol(nilai: str, desimal: int, hasil: str) -> None:
    got = bulatkan(D(nilai), desimal)
    assert got == D(hasil)
    assert str(got) == hasil


def test_bulatkan_angka_besar_tidak_gagal() -> None:
    besar = D("123456789012345678901234567890.125")
    assert bulatkan(besar) == D("123456789012345678901234567890.13")


def test_bulatkan_menolak_desimal_negatif() -> None:
    with pytest.raises(ValueError):
        bulatkan(D(1), -1)


# --------------------------------------------------------------------------- format_angka


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [
        (D("2.675"), "2,68"),
        (D("84.125"), "84,13"),
        (D("-2.675"), "-2,68"),
        (D("0.005"), "0,01"),
        (D("1.005"), "1,01"),
        (D("84.13"), "84,13"),
        (1250, "1.250"),
        (D("1250.5"), "1.250,5"),
        (D("1250.50"), "1.250,5"),
        (D("1250.00"), "1.250"),
        (D("-3.25"), "-3,25"),
        (D("1234567.891"), "1.234.567,89"),
        (-1234567, "-1.234.567"),
        (0, "0"),
        (D("-0.001"), "0"),
        (D("100"), "100"),
        (None, "-"),
    ],
)
def test_format_angka(nilai: Decimal | int | None, teks: str) -> None:
    assert format_angka(nilai) == teks


def test_format_angka_desimal_lain() -> None:
    assert format_angka(D("84.125"), 0) == "84"
    assert format_angka(D("84.5"), 0) == "85"
    assert format_angka(D("84.1255"), 3) == "84,126"
    assert format_angka(D("1234.5"), 1) == "1.234,5"


def test_format_angka_menolak_float() -> None:
    # a float would already carry binary drift (2.675 is 2.67499999...)
    with pytest.raises(TypeError):
        format_angka(2.675)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- parse_angka


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("84,125", "84.125"),
        ("1.250", "1250"),
        ("1.250,5", "1250.5"),
        ("  12 ", "12"),
        ("-3", "-3"),
        ("84.5", "84.5"),
        ("84.12", "84.12"),
        ("84.1234", "84.1234"),
        ("1.2345", "1.2345"),  # a single dot not followed by exactly 3 digits
        ("1.234.567", "1234567"),
        ("1.234.567,89", "1234567.89"),
        ("1250,5", "1250.5"),
        ("0,5", "0.5"),
        (",5", "0.5"),
        (".5", "0.5"),
        ("-0", "0"),
        ("+7", "7"),
        ("\u22123,25", "-3.25"),  # typographic minus
        ("007", "7"),
        ("12345678901234567890", "12345678901234567890"),  # exactly 20 digits
        ("0,1", "0.1"),
    ],
)
def test_parse_angka_diterima(teks: str, nilai: str) -> None:
    got = parse_angka(teks)
    assert isinstance(got, Decimal)
    assert got == D(nilai)


def test_parse_angka_tepat_tanpa_float() -> None:
    assert parse_angka("0,1") + parse_angka("0,2") == D("0.3")
    assert str(parse_angka("84,125")) == "84.125"


@pytest.mark.parametrize(
    "teks",
    [
        "12a",
        "abc",
        "1,2,3",
        "1..2",
        "",
        "   ",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "1e5",
        "123456789012345678901",  # 21 significant digits
        "1.234.567,123456789012345",  # 22 digits
        "12,",
        "12.",
        ",",
        ".",
        "-",
        "--3",
        "- 3",
        "1 250",
        "1.25,5",  # dots before a comma must be thousands groups
        "12.34.567",
        "1234.567",  # can be neither a thousands group nor an unambiguous decimal
        ".500",
        "1,2.5",
        "\u0663",  # Arabic-Indic three
        "½",
        "0x10",
    ],
)
def test_parse_angka_ditolak(teks: str) -> None:
    with pytest.raises(AngkaError) as info:
        parse_angka(teks)
    assert isinstance(info.value, IkuError)
    assert isinstance(info.value, ValueError)
    if teks.strip():
        assert f"'{teks.strip()}'" in str(info.value)


def test_parse_angka_pesan_indonesia() -> None:
    with pytest.raises(AngkaError) as info:
        parse_angka("12a")
    assert str(info.value).startswith("'12a' bukan angka yang sah")
    assert "Contoh: 84,125 atau 1.250" in str(info.value)


def test_parse_angka_kosong_pesan() -> None:
    with pytest.raises(AngkaError, match="belum diisi"):
        parse_angka("")


_desimal_2 = st.decimals(
    min_value=D("-999999999999999999.99"),
    max_value=D("999999999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@given(_desimal_2)
def test_format_parse_bolak_balik(x: Decimal) -> None:
    teks = format_angka(x)
    assert parse_angka(teks) == x
    assert format_angka(parse_angka(teks)) == teks


@given(st.integers(min_value=-(10**19), max_value=10**19))
def test_format_parse_bolak_balik_bulat(x: int) -> None:
    assert parse_angka(format_angka(x)) == x


@given(st.text())
def test_parse_angka_hanya_angkaerror(teks: str) -> None:
    try:
        hasil = parse_angka(teks)
    except AngkaError:
        return
    assert isinstance(hasil, Decimal)
    assert hasil.is_finite()


@given(st.text(alphabet="0123456789.,-+ ", max_size=30))
def test_parse_angka_hanya_angkaerror_teks_mirip_angka(teks: str) -> None:
    try:
        hasil = parse_angka(teks)
    except AngkaError:
        return
    assert hasil.is_finite()


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("tanggal", "teks"),
    [
        ("2020-03-03", "3 Maret 2020"),
        ("2017-01", "Januari 2017"),
        ("2024-02-29", "29 Februari 2024"),
        ("2021-08-17", "17 Agustus 2021"),
        ("2022-12", "Desember 2022"),
        ("2023-05-31", "31 Mei 2023"),
        ("", ""),
    ],
)
def test_format_tanggal(tanggal: str, teks: str) -> None:
    assert format_tanggal(tanggal) == teks


@pytest.mark.parametrize("tanggal", ["2020-03-03", "2017-01", "2024-02-29", "1999-12-31"])
def test_periksa_tanggal_sah(tanggal: str) -> None:
    assert periksa_tanggal(tanggal) == tanggal


@pytest.mark.parametrize(
    "tanggal",
    [
        "2023-02-29",  # not a leap year
        "2020-02-30",
        "2020-13-01",
        "2020-00-10",
        "2020-04-31",
        "2020-13",
        "2020-00",
        "0000-01-01",
        "2020-3-3",
        "03-03-2020",
        "3 Maret 2020",
        "2020/03/03",
        "2020",
        "",
        "2020-03-03T10:00",
        "abcd-ef-gh",
    ],
)
def test_periksa_tanggal_tidak_sah(tanggal: str) -> None:
    with pytest.raises(TanggalError) as info:
        baca_tanggal(tanggal)
    with pytest.raises(IkuError, match="Tanggal"):
        periksa_tanggal(tanggal)
    assert isinstance(info.value, IkuError)
    assert isinstance(info.value, ValueError)
    assert "Tanggal" in str(info.value)


def test_format_tanggal_tidak_sah() -> None:
    with pytest.raises(TanggalError):
        format_tanggal("2020-02-30")


def test_format_waktu() -> None:
    assert format_waktu(datetime(2026, 11, 23, 14, 5)) == "23 November 2026 14.05"
    assert format_waktu(datetime(2021, 3, 1, 8, 0)) == "1 Maret 2021 08.00"
    # an aware datetime is shown in its own clock, not converted
    wib = timezone(timedelta(hours=7))
    assert format_waktu(datetime(2026, 6, 2, 23, 59, tzinfo=wib)) == "2 Juni 2026 23.59"


# --------------------------------------------------------------------------- typed entries


@pytest.mark.parametrize("teks", ["84.125", "2.375", "-84.125", "12.345"])
def test_parse_angka_ketikan_ragu_tidak_ditebak(teks: str) -> None:
    # "84.125" is 84125 the Indonesian way and 84,125 for someone used to a dot decimal:
    # typed by a person it is refused with both readings, never read silently.
    with pytest.raises(AngkaRagu) as info:
        parse_angka(teks, typed=True)
    ribuan, desimal = info.value.bacaan
    tanpa_titik = teks.replace(".", "")
    assert ribuan == D(tanpa_titik)
    assert desimal == D(teks)
    pesan = str(info.value)
    assert f"'{teks}'" in pesan and "dua cara" in pesan
    assert tanpa_titik in pesan and format_angka(D(teks), 3) in pesan


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("1.250", "1250"),  # a decimal would not end in a zero: the thousands reading
        ("84,125", "84.125"),
        ("84125", "84125"),
        ("84.5", "84.5"),
        ("0.125", "0.125"),  # a zero whole part is never a thousands group
        ("1.234.567", "1234567"),
    ],
)
def test_parse_angka_ketikan_jelas(teks: str, nilai: str) -> None:
    assert parse_angka(teks, typed=True) == D(nilai)


def test_parse_angka_nol_bukan_ribuan() -> None:
    assert parse_angka("0.500") == D("0.5")


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("2018-12-31", "2018-12-31"),
        ("31-12-2018", "2018-12-31"),
        ("31/12/2018", "2018-12-31"),
        ("31.12.2018", "2018-12-31"),
        ("31 Desember 2018", "2018-12-31"),
        ("31 desember   2018", "2018-12-31"),
        ("3 Des 2018", "2018-12-03"),
        ("1/2/2020", "2020-02-01"),  # day first, the Indonesian order
        ("Januari 2017", "2017-01"),
        ("2017-01", "2017-01"),
        ("  ", ""),
    ],
)
def test_baca_tanggal_ketikan(teks: str, hasil: str) -> None:
    assert baca_tanggal_ketikan(teks) == hasil
    if hasil:
        # the stored form is what the document reader and the printer accept
        assert format_tanggal(hasil)


@pytest.mark.parametrize(
    "teks", ["31-02-2018", "31 Desembar 2018", "2018/12", "kemarin", "13/13/2018"]
)
def test_baca_tanggal_ketikan_ditolak(teks: str) -> None:
    with pytest.raises(TanggalError) as info:
        baca_tanggal_ketikan(teks)
    assert f"'{teks}'" in str(info.value)
