"""Edits of a survey's respondents as whole new surveys (no Qt): a typed cell, a pasted block,
cleared cells, removed rows. Each returns a new ``SurveiIkm``; the page stores it with one
``SetSurvei`` (one undo step). Cells are read like the import reads them (1–4 or words)."""

from __future__ import annotations

from collections.abc import Iterable

from ikudesk.domain.model import Responden, SurveiIkm
from ikudesk.errors import IkuError
from ikudesk.files.survei_import import (
    JawabanError,
    baca_jawaban,
    baca_jenis_kelamin,
    baca_usia,
)

PROFIL = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")
JUDUL_PROFIL = ("JK", "Usia", "Pendidikan", "Pekerjaan")
MAKS_TEKS = 200


def salin(s: SurveiIkm) -> SurveiIkm:
    """A copy whose respondents can be changed without touching ``s`` (the session's)."""
    return SurveiIkm(
        unsur=list(s.unsur),
        penimbang=s.penimbang,
        responden=[
            Responden(list(r.nilai), r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan)
            for r in s.responden
        ],
    )


def jumlah_kolom(s: SurveiIkm) -> int:
    return len(s.unsur) + len(PROFIL)


def judul_kolom(s: SurveiIkm, kolom: int) -> str:
    n = len(s.unsur)
    return f"U{kolom + 1}" if kolom < n else JUDUL_PROFIL[kolom - n]


def teks_sel(r: Responden, kolom: int, n: int) -> str:
    if kolom < n:
        v = r.nilai[kolom] if kolom < len(r.nilai) else None
        return "" if v is None else str(v)
    kunci = PROFIL[kolom - n]
    v2 = getattr(r, kunci)
    return "" if v2 is None else str(v2)


def _nilai_profil(kunci: str, teks: str) -> object:
    if kunci == "jenis_kelamin":
        return baca_jenis_kelamin(teks)
    if kunci == "usia":
        return baca_usia(teks)
    bersih = " ".join(teks.split())
    if len(bersih) > MAKS_TEKS:
        raise JawabanError(f"teks lebih dari {MAKS_TEKS} huruf")
    return bersih


def _isi_sel(r: Responden, kolom: int, n: int, teks: str) -> None:
    """``teks`` read as the cell's value into ``r``; JawabanError (nothing written) if bad."""
    if kolom < n:
        r.nilai[kolom] = baca_jawaban(teks)
    else:
        kunci = PROFIL[kolom - n]
        setattr(r, kunci, _nilai_profil(kunci, teks))


def _baru(n: int) -> Responden:
    return Responden(nilai=[None] * n)


def ubah_sel(s: SurveiIkm, baris: int, kolom: int, teks: str) -> SurveiIkm:
    """One typed cell; ``baris`` == the number of respondents adds one."""
    return tempel(s, baris, kolom, teks)


def tempel(s: SurveiIkm, baris0: int, kolom0: int, teks: str) -> SurveiIkm:
    """A block of tab-separated lines (a spreadsheet's copy) written from (baris0, kolom0);
    rows past the end are added. Any bad cell refuses the whole block, naming where."""
    n = len(s.unsur)
    lebar = jumlah_kolom(s)
    baris = teks.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(baris) > 1 and baris[-1] == "":
        baris = baris[:-1]  # a copied block ends with a newline
    blok = [b.split("\t") for b in baris]
    if kolom0 + max(len(b) for b in blok) > lebar:
        raise IkuError(
            f"Blok yang ditempel terlalu lebar: {max(len(b) for b in blok)} kolom mulai kolom "
            f"{judul_kolom(s, kolom0)}, padahal tabel hanya sampai kolom "
            f"{judul_kolom(s, lebar - 1)}."
        )
    baru = salin(s)
    salah: list[str] = []
    for i, sel in enumerate(blok):
        b = baris0 + i
        while b >= len(baru.responden):
            baru.responden.append(_baru(n))
        r = baru.responden[b]
        for j, t in enumerate(sel):
            k = kolom0 + j
            try:
                _isi_sel(r, k, n, t)
            except JawabanError as e:
                salah.append(f"baris {b + 1}, kolom {judul_kolom(s, k)}: {e}")
    if salah:
        lebih = f" (dan {len(salah) - 3} lagi)" if len(salah) > 3 else ""
        raise IkuError("Tidak ada yang diubah. " + "; ".join(salah[:3]) + lebih + ".")
    return baru


def kosongkan(s: SurveiIkm, sel: Iterable[tuple[int, int]]) -> SurveiIkm:
    """Cleared cells: answers become "not answered", texts empty."""
    n = len(s.unsur)
    baru = salin(s)
    for b, k in sel:
        if 0 <= b < len(baru.responden):
            r = baru.responden[b]
            if k < n:
                r.nilai[k] = None
            elif PROFIL[k - n] == "usia":
                r.usia = None
            else:
                setattr(r, PROFIL[k - n], "")
    return baru


def hapus_baris(s: SurveiIkm, baris: Iterable[int]) -> SurveiIkm:
    buang = set(baris)
    baru = salin(s)
    baru.responden = [r for i, r in enumerate(baru.responden) if i not in buang]
    return baru
