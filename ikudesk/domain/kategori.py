"""Capaian categories (the LKjIP scale), stored per store in the ``pengaturan`` table.

A category covers capaian values ``bawah ≤ c < atas`` (``None`` = unbounded). The list must
cover every value exactly once: sorted, no gaps, no overlaps, unbounded at both ends.
The defaults read as the paper scale does on 2-decimal values: ≥ 91 Sangat Tinggi,
76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah (a 90,5 counts as Tinggi).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ikudesk.errors import IkuError

KUNCI = "kategori_capaian"


class KategoriError(IkuError):
    """The category list has a gap, an overlap or a bad value."""


@dataclass(frozen=True)
class Kategori:
    nama: str
    bawah: Decimal | None  # inclusive; None: no lower bound
    atas: Decimal | None  # exclusive; None: no upper bound


KATEGORI_BAWAAN: tuple[Kategori, ...] = (
    Kategori("Sangat Rendah", None, Decimal(51)),
    Kategori("Rendah", Decimal(51), Decimal(66)),
    Kategori("Sedang", Decimal(66), Decimal(76)),
    Kategori("Tinggi", Decimal(76), Decimal(91)),
    Kategori("Sangat Tinggi", Decimal(91), None),
)


def periksa(daftar: list[Kategori]) -> list[Kategori]:
    """The list sorted from low to high, or KategoriError saying what is wrong and where."""
    if not daftar:
        raise KategoriError("Daftar kategori capaian kosong; isi paling sedikit satu kategori.")
    from ikudesk.domain.rules import periksa_angka, periksa_teks

    for i, k in enumerate(daftar, start=1):
        if not k.nama.strip():
            raise KategoriError(f"Kategori ke-{i}: nama belum diisi.")
        try:
            periksa_teks(k.nama, f"Kategori ke-{i}", "nama")
            for v in (k.bawah, k.atas):
                if v is not None:
                    if not isinstance(v, Decimal) or not v.is_finite():
                        raise KategoriError(f"Kategori '{k.nama[:40]}': batas harus angka.")
                    periksa_angka(v, f"Kategori '{k.nama[:40]}'")
        except KategoriError:
            raise
        except IkuError as e:
            raise KategoriError(str(e.pesan)) from None
        if k.bawah is not None and k.atas is not None and k.bawah >= k.atas:
            raise KategoriError(
                f"Kategori '{k.nama}': batas bawah ({k.bawah}) harus lebih kecil dari batas atas "
                f"({k.atas})."
            )
    urut = sorted(daftar, key=lambda k: (k.bawah is not None, k.bawah or 0))
    if urut[0].bawah is not None:
        raise KategoriError(
            f"Capaian di bawah {urut[0].bawah} belum masuk kategori mana pun: kosongkan batas "
            f"bawah kategori '{urut[0].nama}'."
        )
    if urut[-1].atas is not None:
        raise KategoriError(
            f"Capaian {urut[-1].atas} ke atas belum masuk kategori mana pun: kosongkan batas "
            f"atas kategori '{urut[-1].nama}'."
        )
    for a, b in zip(urut, urut[1:], strict=False):
        if a.atas is None or b.bawah is None:
            raise KategoriError(f"Kategori '{a.nama}' dan '{b.nama}' bertumpang tindih.")
        if a.atas < b.bawah:
            raise KategoriError(
                f"Ada celah antara kategori '{a.nama}' (sampai {a.atas}) dan '{b.nama}' "
                f"(mulai {b.bawah})."
            )
        if a.atas > b.bawah:
            raise KategoriError(
                f"Kategori '{a.nama}' (sampai {a.atas}) dan '{b.nama}' (mulai {b.bawah}) "
                "bertumpang tindih."
            )
    nama = [k.nama.strip().lower() for k in urut]
    for n in nama:
        if nama.count(n) > 1:
            raise KategoriError(f"Nama kategori '{n}' dipakai lebih dari sekali.")
    return urut


def kategori_untuk(capaian: Decimal, daftar: list[Kategori] | None = None) -> str:
    """The category name of a capaian (%) value."""
    for k in daftar or KATEGORI_BAWAAN:
        if (k.bawah is None or capaian >= k.bawah) and (k.atas is None or capaian < k.atas):
            return k.nama
    raise KategoriError(f"Capaian {capaian} tidak masuk kategori mana pun.")


def ke_json(daftar: list[Kategori]) -> str:
    return json.dumps(
        [
            {
                "nama": k.nama,
                "bawah": None if k.bawah is None else str(k.bawah),
                "atas": None if k.atas is None else str(k.atas),
            }
            for k in daftar
        ],
        ensure_ascii=False,
    )


# A stored scale is a few hundred bytes; anything far larger is not one (and deep nesting
# would exhaust the parser's recursion).
MAKS_JSON = 100_000
MAKS_KATEGORI = 100


def dari_json(teks: str) -> list[Kategori]:
    """A stored scale as categories; ``KategoriError`` when it is not what the editor stores
    (then ``periksa`` still has to pass it)."""

    def rusak(sebab: str) -> KategoriError:
        return KategoriError(
            f"Pengaturan kategori capaian di penyimpanan rusak ({sebab}); atur ulang lewat menu "
            "Kategori."
        )

    def batas(nilai: object, apa: str, nama: str) -> Decimal | None:
        if nilai is None:
            return None
        if isinstance(nilai, bool) or not isinstance(nilai, str | int | Decimal):
            raise rusak(f"batas {apa} kategori '{nama[:40]}' bukan angka")
        try:
            d = Decimal(str(nilai).strip())
        except InvalidOperation:
            raise rusak(f"batas {apa} kategori '{nama[:40]}' bukan angka") from None
        if not d.is_finite():
            raise rusak(f"batas {apa} kategori '{nama[:40]}' bukan angka terhingga")
        return d

    if not isinstance(teks, str) or len(teks) > MAKS_JSON:
        raise rusak("terlalu besar")
    try:
        data = json.loads(teks, parse_float=Decimal, parse_constant=lambda c: c)
    except (ValueError, RecursionError):
        raise rusak("bukan JSON yang sah") from None
    if not isinstance(data, list) or len(data) > MAKS_KATEGORI:
        raise rusak(f"harus daftar berisi paling banyak {MAKS_KATEGORI} kategori")
    hasil = []
    for i, d in enumerate(data, start=1):
        if not isinstance(d, dict) or not isinstance(d.get("nama"), str):
            raise rusak(f"kategori ke-{i} tidak punya nama")
        if set(d) - {"nama", "bawah", "atas"}:
            raise rusak(f"kategori ke-{i} memuat kunci yang tidak dikenal")
        nama = d["nama"]
        hasil.append(
            Kategori(nama, batas(d.get("bawah"), "bawah", nama), batas(d.get("atas"), "atas", nama))
        )
    return hasil


def teks_rentang(k: Kategori) -> str:
    """'≥ 91', '76 – < 91', '< 51' for showing the scale."""
    from ikudesk.l10n import format_angka

    if k.bawah is None and k.atas is None:
        return "semua nilai"
    if k.bawah is None:
        return f"< {format_angka(k.atas)}"
    if k.atas is None:
        return f"≥ {format_angka(k.bawah)}"
    return f"{format_angka(k.bawah)} – < {format_angka(k.atas)}"
