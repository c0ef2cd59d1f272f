"""The neutral table of cells a Word or Excel sheet is read into before it is recognised.

A source is its blocks in reading order: paragraphs and tables. A table is a rectangular grid
whose merged cells are resolved: a cell that spans columns or rows is the *same* ``Sel`` object
in every place it covers, so "merged with the one above" is an identity test.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from ikudesk.errors import IkuError


class ImporError(IkuError):
    """The sheet cannot be imported; the message says why (in Indonesian)."""


# Invisible and direction-changing characters (FORMAT.md "Limits and characters") and control
# characters: Word keeps them in text now and then; a printed sheet must show what is stored.
_TAK_TAMPAK = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def bersih(teks: str) -> str:
    """Text as stored: invisible characters removed, spaces (not newlines) collapsed."""
    teks = unicodedata.normalize("NFC", _TAK_TAMPAK.sub("", teks)).replace("\u00a0", " ")
    return "\n".join(" ".join(b.split()) for b in teks.split("\n")).strip()


@dataclass
class Teks:
    teks: str
    garis_bawah: bool = False
    tebal: bool = False


@dataclass
class Pecahan:
    """A Word equation's fraction: numerator and denominator as text."""

    atas: str
    bawah: str


@dataclass
class Paragraf:
    """A paragraph as read; not changed afterwards (its text is computed once)."""

    bagian: list[Teks | Pecahan] = field(default_factory=list)
    nomor: str = ""  # Word's automatic list number ("1.", "a."), not part of the text
    tengah: bool = False
    _isi: str | None = field(default=None, repr=False, compare=False)

    @property
    def isi(self) -> str:
        """The text without the automatic number."""
        if self._isi is None:
            self._isi = bersih(
                "".join(
                    b.teks if isinstance(b, Teks) else f" {b.atas} / {b.bawah} "
                    for b in self.bagian
                )
            )
        return self._isi

    @property
    def teks(self) -> str:
        isi = self.isi
        return f"{self.nomor} {isi}".strip() if self.nomor else isi

    @property
    def tebal(self) -> bool:
        t = [b for b in self.bagian if isinstance(b, Teks) and b.teks.strip()]
        return bool(t) and all(b.tebal for b in t)

    @property
    def mentah(self) -> str:
        """The text with tabs kept (for ``Label<tab>: isi`` lines)."""
        s = "".join(
            b.teks if isinstance(b, Teks) else f" {b.atas} / {b.bawah} " for b in self.bagian
        )
        s = _TAK_TAMPAK.sub("", s).replace("\u00a0", " ")
        return f"{self.nomor}\t{s}" if self.nomor else s


@dataclass(eq=False, slots=True)
class Sel:
    """A cell as read; not changed afterwards (its texts are computed once)."""

    paragraf: list[Paragraf] = field(default_factory=list)
    angka: Decimal | None = None  # a spreadsheet cell's number, exact
    _teks: str | None = field(default=None, repr=False)
    _isi: str | None = field(default=None, repr=False)

    @property
    def teks(self) -> str:
        if self._teks is None:
            self._teks = "\n".join(t for t in (p.teks for p in self.paragraf) if t)
        return self._teks

    @property
    def isi(self) -> str:
        """The text without automatic numbers."""
        if self._isi is None:
            self._isi = "\n".join(t for t in (p.isi for p in self.paragraf) if t)
        return self._isi

    @property
    def bernomor(self) -> bool:
        return any(p.nomor for p in self.paragraf)


@dataclass
class Grid:
    baris: list[list[Sel]]
    nomor: int  # "tabel N" in messages
    lembar: str = ""  # a spreadsheet's sheet name ("" for a Word table)
    panjang: int = 0  # rows of a table too long to be an IKU table; only its start was read

    @property
    def lebar(self) -> int:
        return len(self.baris[0]) if self.baris else 0


Blok = Paragraf | Grid


@dataclass
class Sumber:
    nama: str
    blok: list[Blok] = field(default_factory=list)
