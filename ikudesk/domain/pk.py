"""The Perjanjian Kinerja's amounts: a parent's anggaran from its children, totals, efficiency.

FORMAT.md v2: an ``anggaran`` (or ``realisasi_anggaran``) left empty on a program or kegiatan that
has children is the sum of the children's; it is unknown when any child's is unknown, and on a
node without children an empty amount is simply unknown. Amounts are whole rupiah (``int``);
efficiency is realisasi / anggaran × 100, exact, rounded only where it is shown.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from ikudesk.domain.model import Kegiatan, PerjanjianKinerja, Program, SubKegiatan

Node = Program | Kegiatan | SubKegiatan


def anak(node: Node) -> list[Kegiatan] | list[SubKegiatan]:
    """The children of a node: a program's kegiatan, a kegiatan's sub-kegiatan."""
    if isinstance(node, Program):
        return node.kegiatan
    if isinstance(node, Kegiatan):
        return node.sub_kegiatan
    return []


def _jumlah(nilai: list[int | None]) -> int | None:
    if any(v is None for v in nilai):
        return None
    return sum(v for v in nilai if v is not None)


def jumlah_anak(node: Node) -> int | None:
    """The sum of the children's effective anggaran; None without children or when one is
    unknown."""
    daftar = anak(node)
    return _jumlah([anggaran_efektif(a) for a in daftar]) if daftar else None


def anggaran_efektif(node: Node) -> int | None:
    """The anggaran as given, else the sum of the children's (None when unknown)."""
    if node.anggaran is not None:
        return node.anggaran
    return jumlah_anak(node)


def realisasi_anggaran_efektif(node: Node) -> int | None:
    """The realisasi anggaran as given, else the sum of the children's (None when unknown)."""
    if node.realisasi_anggaran is not None:
        return node.realisasi_anggaran
    daftar = anak(node)
    return _jumlah([realisasi_anggaran_efektif(a) for a in daftar]) if daftar else None


def total_anggaran(pk: PerjanjianKinerja) -> int | None:
    """The total of the programs' anggaran (the lampiran's last row); None when one is unknown."""
    return _jumlah([anggaran_efektif(p) for p in pk.program])


def total_realisasi_anggaran(pk: PerjanjianKinerja) -> int | None:
    return _jumlah([realisasi_anggaran_efektif(p) for p in pk.program])


def efisiensi(anggaran: int | None, realisasi: int | None) -> Decimal | None:
    """realisasi / anggaran × 100, exact to 34 digits; None unless both are known and
    anggaran > 0."""
    if anggaran is None or realisasi is None or anggaran == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 34
        return Decimal(realisasi) * 100 / Decimal(anggaran)


def efisiensi_node(node: Node) -> Decimal | None:
    return efisiensi(anggaran_efektif(node), realisasi_anggaran_efektif(node))
