"""The fingerprint (``sidik``) of a document's signed content (FORMAT.md "`penetapan`").

Start from the document file as the program's export writes it; drop what is not signed (what
is measured or planned year by year, and the file's own bookkeeping); drop object members that
are empty, innermost first; write the rest as canonical JSON (sorted keys, no white space, UTF-8,
numbers as plain decimals) and take its SHA-256. Works on the file's data, so that the same
function serves export, import, a restore and the window.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal, localcontext
from typing import Any

# Not signed: top-level keys, and keys of each indicator (FORMAT.md lists both).
TIDAK_DITANDATANGANI = (
    "format",
    "versi",
    "status",
    "penetapan",
    "laporan_tahunan",
    "laporan_triwulan",
    "perjanjian_kinerja",
)
TIDAK_DITANDATANGANI_INDIKATOR = (
    "realisasi",
    "nilai_komponen",
    "triwulan",
    "survei_ikm",
    "analisis",
)
_KOSONG = ("", None)


def _kosong(v: Any) -> bool:
    return (isinstance(v, str | type(None)) and v in _KOSONG) or v == [] or v == {}


def _buang_kosong(v: Any) -> Any:
    """Members whose value is empty go, innermost first; list items stay, empty ones too."""
    if isinstance(v, dict):
        hasil = {k: _buang_kosong(x) for k, x in v.items()}
        return {k: x for k, x in hasil.items() if not _kosong(x)}
    if isinstance(v, list):
        return [_buang_kosong(x) for x in v]
    return v


def _tanpa_indikator(ind: Any) -> Any:
    if not isinstance(ind, dict):
        return ind
    return {k: v for k, v in ind.items() if k not in TIDAK_DITANDATANGANI_INDIKATOR}


def isi_ditetapkan(data: dict[str, Any]) -> dict[str, Any]:
    """The signed content of a document file's data (a new object; ``data`` is not changed)."""
    isi = {k: v for k, v in data.items() if k not in TIDAK_DITANDATANGANI}
    tujuan = []
    for t in isi.get("tujuan") or []:
        if isinstance(t, dict):
            t = dict(t)
            t["indikator"] = [_tanpa_indikator(i) for i in t.get("indikator") or []]
            sasaran = []
            for s in t.get("sasaran") or []:
                if isinstance(s, dict):
                    s = {**s, "indikator": [_tanpa_indikator(i) for i in s.get("indikator") or []]}
                sasaran.append(s)
            t["sasaran"] = sasaran
        tujuan.append(t)
    if "tujuan" in isi:
        isi["tujuan"] = tujuan
    hasil = _buang_kosong(isi)
    assert isinstance(hasil, dict)
    return hasil


def _angka(d: Decimal) -> str:
    """An integral value without a point; any other plain, without exponent or trailing 0s."""
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(d.as_tuple().digits) + 2)
        d = d.normalize()
        return str(int(d)) if d == d.to_integral_value() else format(d, "f")


def kanonik(v: Any) -> str:
    """Canonical JSON: keys sorted, no white space, UTF-8 without \\u escapes, exact numbers."""
    if isinstance(v, dict):
        isi = (
            json.dumps(str(k), ensure_ascii=False) + ":" + kanonik(x)
            for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))
        )
        return "{" + ",".join(isi) + "}"
    if isinstance(v, list):
        return "[" + ",".join(kanonik(x) for x in v) + "]"
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal | float):
        return _angka(Decimal(str(v)) if isinstance(v, float) else v)
    raise TypeError(f"tidak dapat ditulis kanonik: {type(v).__name__}")


def sidik_data(data: dict[str, Any]) -> str:
    """SHA-256 (lower-case hex) of the signed content of a document file's data."""
    return hashlib.sha256(kanonik(isi_ditetapkan(data)).encode("utf-8")).hexdigest()
