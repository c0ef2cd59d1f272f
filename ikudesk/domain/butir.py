"""List items as typed or pasted: the printed numbering is the program's, not the text's.

A list pasted from a word processor or the old sheet arrives as "1. Menyusun …" or "- Menyusun …";
the printed sheet adds its own "1." or "-", so the item would print "1. 1. …". The marker that
the list's numbering itself prints is removed; so is a marker every item of the block shares.
"""

from __future__ import annotations

import re

__all__ = ["bersihkan_butir"]

_PENANDA: dict[str, re.Pattern[str]] = {
    "angka": re.compile(r"^\(?[0-9]{1,3}[.)]\s+(?=\S)"),
    "huruf": re.compile(r"^\(?[A-Za-z][.)]\s+(?=\S)"),
    "strip": re.compile(r"^[-\u2013\u2014\u2022\u2023\u25aa\u25cf*\u00b7]\s*(?=\S)"),
}


def bersihkan_butir(butir: list[str], penomoran: str) -> list[str]:
    """Items without the leading marker their list prints (``penomoran`` "" means "angka")."""
    sendiri = penomoran or "angka"
    hasil = [b.strip() for b in butir if b.strip()]
    for j, pola in _PENANDA.items():
        # A marker of the list's own kind goes item by item; another kind only when the whole
        # block carries it (a pasted list), so "A. Yani" in an angka list stays.
        if j == sendiri or (hasil and all(pola.match(b) for b in hasil)):
            hasil = [pola.sub("", b, count=1) for b in hasil]
    return hasil
