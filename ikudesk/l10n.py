"""Every number and date a user sees, shown and read the Indonesian way, in one place.

Numbers are ``Decimal`` end to end: a spreadsheet ROUND (half away from zero) is applied here,
before Babel formats, because Babel itself rounds half-even and would print 2,665 as 2,66
where the paper documents print 2,67.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from ikudesk.errors import IkuError

__all__ = [
    "AngkaError",
    "AngkaRagu",
    "TanggalError",
    "bulatkan",
    "format_angka",
    "format_tanggal",
    "format_waktu",
    "parse_angka",
    "baca_tanggal",
    "baca_tanggal_ketikan",
    "baca_tanggal_ketikan_atau_none",
]

# Babel names Indonesian "id"; "id_ID" parses to the same data.
LOCALE_ID = "id_ID"

#: Longest number a user may type (significant digits); more is a typo, never a real IKU value.
MAKS_DIGIT = 20

CONTOH_ANGKA = "Contoh: 84,125 atau 1.250"


class AngkaError(IkuError, ValueError):
    """What the user typed is not a number this program accepts."""


class AngkaRagu(AngkaError):
    """A typed number reads two ways (``"84.125"``: 84125 or 84,125); never guessed.

    ``bacaan`` holds both readings, the thousands one first, for a caller that asks the user.
    """

    def __init__(self, teks: str, ribuan: Decimal, desimal: Decimal) -> None:
        self.bacaan = (ribuan, desimal)
        super().__init__(
            f"'{teks}' dapat dibaca dua cara: {ribuan} (titik pemisah ribuan) atau "
            f"{format_angka(desimal, 3)} (titik sebagai koma desimal). "
            f"Tulis {ribuan} atau {format_angka(desimal, 3)} supaya jelas."
        )


class TanggalError(IkuError, ValueError):
    """A date is not ``YYYY-MM-DD`` or ``YYYY-MM``, or is not a real date."""


@cache
def _locale() -> Locale:
    return Locale.parse(LOCALE_ID)


# --------------------------------------------------------------------------- numbers


def bulatkan(nilai: Decimal, desimal: int = 2) -> Decimal:
    """Round half away from zero to ``desimal`` places, as a spreadsheet's ROUND does.

    ``decimal.ROUND_HALF_UP`` is exactly "half away from zero" (-2.675 -> -2.68).
    """
    if desimal < 0:
        raise ValueError(f"desimal harus >= 0, bukan {desimal}")
    nilai = Decimal(nilai)
    if not nilai.is_finite():
        raise AngkaError(f"'{nilai}' bukan angka yang dapat dibulatkan.")
    # quantize fails when the result needs more digits than the context precision (28 by
    # default); give it room so a big value is rounded, never rejected.
    with localcontext() as ctx:
        ctx.prec = max(28, nilai.adjusted() + desimal + 2)
        hasil = nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    # -0.001 rounds to -0.00; a user should see 0, not -0.
    return hasil.copy_abs() if hasil.is_zero() else hasil


def format_angka(nilai: Decimal | int | None, desimal: int = 2) -> str:
    """``Decimal("84.125")`` -> ``"84,13"``, ``1250`` -> ``"1.250"``, ``None`` -> ``"-"``.

    At most ``desimal`` decimals, trailing zeros dropped.
    """
    if nilai is None:
        return "-"
    # A float here means binary drift already happened upstream; refuse it loudly rather
    # than print a value that may differ from the spreadsheet by one in the last digit.
    if isinstance(nilai, bool) or not isinstance(nilai, Decimal | int):
        raise TypeError(f"format_angka menerima Decimal atau int, bukan {type(nilai).__name__}")
    bulat = bulatkan(Decimal(nilai), desimal)
    pola = "#,##0" + ("." + "#" * desimal if desimal else "")
    # The value already has at most `desimal` places, so Babel's own (half-even) rounding
    # never changes it; it only groups thousands and picks the separators.
    return format_decimal(bulat, format=pola, locale=_locale())


# Thousands groups: 1 to 3 digits, then one or more ".ddd".
_RIBUAN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DIGIT = re.compile(r"[0-9]+")
_TANDA_MINUS = ("-", "\u2212")  # ASCII hyphen-minus and the typographic minus sign


def _bukan_angka(teks: str, alasan: str = "") -> AngkaError:
    kutip = teks if len(teks) <= 40 else teks[:37] + "..."
    tambahan = f" ({alasan})" if alasan else ""
    return AngkaError(f"'{kutip}' bukan angka yang sah{tambahan}. {CONTOH_ANGKA}")


def parse_angka(teks: str, *, typed: bool = False) -> Decimal:
    """Read a number: ``"84,125"``, ``"1.250"``, ``"1.250,5"``, ``"84.5"``.

    With a comma, the comma is the decimal point and any dots must be thousands groups.
    Without a comma, several dots are thousands groups; a single dot with 1-3 digits before
    and exactly 3 after is a thousands dot (``"1.250"`` -> 1250, the Indonesian reading and
    the form :func:`format_angka` writes); any other single dot is a decimal point (``"84.5"``).
    A whole part of only zeros is never a thousands group (``"0.500"`` is 0,5).

    ``typed=True`` is for what a person typed, who may mean a dot decimal: a single dot with
    exactly three digits after reads two ways and raises :class:`AngkaRagu` unless the
    decimal reading is unlikely (it would end in a zero, ``"1.250"``). Raises :class:`AngkaError`.
    """
    if not isinstance(teks, str):
        raise AngkaError(f"'{teks}' bukan teks angka. {CONTOH_ANGKA}")
    asli = teks.strip()
    if not asli:
        raise AngkaError(f"Angka belum diisi. {CONTOH_ANGKA}")

    s = asli
    negatif = False
    if s[0] in _TANDA_MINUS or s[0] == "+":
        negatif = s[0] != "+"
        s = s[1:]

    if s.count(",") > 1:
        raise _bukan_angka(asli, "koma desimal hanya boleh satu")
    if "," in s:
        bulat, pecahan = s.split(",")
        if "." in bulat and not _RIBUAN.fullmatch(bulat):
            raise _bukan_angka(asli, "titik hanya untuk ribuan, mis. 1.250,5")
    elif s.count(".") > 1:
        if not _RIBUAN.fullmatch(s):
            raise _bukan_angka(asli, "titik ribuan harus memisahkan tiap 3 angka")
        bulat, pecahan = s, ""
    elif "." in s:
        bulat, pecahan = s.split(".")
        if len(pecahan) == 3 and (not bulat or bulat.strip("0")):
            # "1.250" is one thousand two hundred fifty in Indonesian; "1234.567" cannot be
            # a thousands group and reading it as a decimal would be a guess: refuse it.
            if not _RIBUAN.fullmatch(s):
                raise _bukan_angka(asli, "tulis desimal dengan koma, mis. 1234,567")
            if typed and not pecahan.endswith("0") and _DIGIT.fullmatch(pecahan):
                tanda = -1 if negatif else 1
                raise AngkaRagu(
                    asli, tanda * Decimal(bulat + pecahan), tanda * Decimal(f"{bulat}.{pecahan}")
                )
            bulat, pecahan = s, ""
    else:
        bulat, pecahan = s, ""

    bulat = bulat.replace(".", "")
    # An empty whole part is allowed only before a fraction (",5" = 0,5), never both empty.
    if (bulat and not _DIGIT.fullmatch(bulat)) or (pecahan and not _DIGIT.fullmatch(pecahan)):
        raise _bukan_angka(asli)
    if not bulat and not pecahan:
        raise _bukan_angka(asli)
    if s.endswith((",", ".")):
        raise _bukan_angka(asli, "ada angka yang hilang sesudah pemisah")
    if len((bulat + pecahan).lstrip("0")) > MAKS_DIGIT:
        raise _bukan_angka(asli, f"lebih dari {MAKS_DIGIT} angka")

    nilai = Decimal(f"{bulat or '0'}.{pecahan}" if pecahan else bulat)
    if negatif and not nilai.is_zero():
        nilai = -nilai
    return nilai


# --------------------------------------------------------------------------- dates

_TANGGAL = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")


def baca_tanggal(teks: str) -> tuple[date, bool]:
    """Parse ``YYYY-MM-DD`` / ``YYYY-MM``; the flag says whether a day was given."""
    if not isinstance(teks, str):
        raise TanggalError(f"Tanggal harus teks TTTT-BB-HH, bukan {type(teks).__name__}.")
    m = _TANGGAL.fullmatch(teks.strip())
    if m is None:
        raise TanggalError(
            f"Tanggal '{teks}' tidak sah. Tulis TTTT-BB-HH (mis. 2020-03-03) "
            "atau TTTT-BB bila hanya bulannya yang diketahui (mis. 2017-01)."
        )
    tahun, bulan, hari = int(m[1]), int(m[2]), m[3]
    try:
        return date(tahun, bulan, int(hari) if hari else 1), hari is not None
    except ValueError:
        raise TanggalError(f"Tanggal '{teks}' tidak ada di kalender.") from None


def format_persen(nilai: Decimal | None) -> str:
    """A capaian or efficiency (%) with exactly two decimals, as FORMAT.md shows it: ``87,50``,
    ``100,00``; ``None`` -> ``"-"``."""
    return format_capaian(nilai)  # one formatter for every percentage


BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
# Full names and the usual short forms ("Des", "Agt", "Agu"), any case.
_NAMA_BULAN = {
    **{b.lower(): i for i, b in enumerate(BULAN, 1)},
    **{b[:3].lower(): i for i, b in enumerate(BULAN, 1)},
    "agt": 8,
    "sept": 9,
    "nop": 11,
    "nopember": 11,
    "pebruari": 2,
}
_HBT = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_KATA = re.compile(r"(?:([0-9]{1,2})\s+)?([A-Za-z]+)\.?\s+([0-9]{4})")


def baca_tanggal_ketikan(teks: str) -> str:
    """A date as a person types it, in the stored form (``YYYY-MM-DD`` or ``YYYY-MM``).

    Accepts ``2018-12-31``, ``31-12-2018``, ``31/12/2018``, ``31.12.2018``,
    ``31 Desember 2018`` (also ``31 Des 2018``), and a month only: ``Januari 2017``,
    ``2017-01``. Day before month always (the Indonesian order). "" stays "".
    Raises :class:`TanggalError` naming what was typed.
    """
    s = " ".join(teks.split())
    if not s:
        return ""
    if _TANGGAL.fullmatch(s):
        baca_tanggal(s)
        return s
    m = _HBT.fullmatch(s)
    if m:
        hari, bulan, tahun = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _KATA.fullmatch(s)
        bulan = _NAMA_BULAN.get(m[2].lower(), 0) if m else 0
        if m is None or not bulan:
            raise TanggalError(
                f"Tanggal '{teks.strip()}' tidak dikenali. Tulis mis. 31 Desember 2018, "
                "31-12-2018, 31/12/2018 atau 2018-12-31; bila hanya bulannya diketahui: "
                "Januari 2017."
            )
        tahun = int(m[3])
        if m[1] is None:
            return f"{tahun:04d}-{bulan:02d}"
        hari = int(m[1])
    try:
        return date(tahun, bulan, hari).isoformat()
    except ValueError:
        raise TanggalError(f"Tanggal '{teks.strip()}' tidak ada di kalender.") from None


def baca_tanggal_ketikan_atau_none(teks: str) -> str | None:
    """:func:`baca_tanggal_ketikan`, or None when ``teks`` is no date."""
    try:
        return baca_tanggal_ketikan(teks)
    except TanggalError:
        return None


def format_tanggal(tanggal: str) -> str:
    """``"2020-03-03"`` -> ``"3 Maret 2020"``, ``"2017-01"`` -> ``"Januari 2017"``.

    An empty string gives "". Raises :class:`TanggalError` for what :func:`baca_tanggal` refuses.
    """
    if not tanggal or not tanggal.strip():
        return ""
    hari, ada_hari = baca_tanggal(tanggal)
    return format_date(hari, "d MMMM y" if ada_hari else "MMMM y", locale=_locale())


def format_waktu(dt: datetime) -> str:
    """``"23 November 2026 14.05"``: Indonesian writes the time with a dot.

    Shown in the datetime's own clock (no time-zone conversion).
    """
    return format_datetime(dt, "d MMMM y HH.mm", locale=_locale())


def format_ikm(nilai: Decimal | None) -> str:
    """An IKM (a survey's index), everywhere it is shown: two fixed decimals (``62,50``), as
    the IKM report prints it; ``None`` -> ``"-"``."""
    return format_capaian(nilai)


def format_capaian(nilai: Decimal | None) -> str:
    """A capaian (%) with exactly two decimals, as FORMAT.md shows it: ``87,50``, ``100,00``,
    ``1.250,00``; ``None`` -> ``"-"``."""
    if nilai is None:
        return "-"
    bulat = bulatkan(Decimal(nilai), 2)
    return format_decimal(bulat, format="#,##0.00", locale=_locale())
