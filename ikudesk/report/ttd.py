"""Signature blocks of the yearly documents (PK, LKjIP): a signer with ``status`` (Plt., Plh.,
Pj.) before the jabatan, pangkat and NIP only where they exist, and — for the PK — two signers
side by side with their names on one line."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ikudesk.domain.model import Penandatangan
from ikudesk.domain.nip import format_nip
from ikudesk.domain.pk_edit import jabatan_lengkap
from ikudesk.errors import IkuError
from ikudesk.l10n import TanggalError, format_persen, format_tanggal
from ikudesk.report.teks import Gaya, Paragraf, xml

__all__ = ["blok_dua", "blok_satu", "format_persen", "jabatan_lengkap", "tanggal_cetak"]


def tanggal_cetak(tempat: str, tanggal: str, lokasi: str) -> str:
    """``Pakong, 2 Januari 2023``; empty parts left out; a bad date an Indonesian IkuError."""
    try:
        teks = format_tanggal(tanggal) if tanggal.strip() else ""
    except TanggalError as e:
        raise IkuError(f"{lokasi}: {e.pesan}") from None
    return ", ".join(x for x in (tempat.strip(), teks) if x)


def _isi_ttd(p: Penandatangan, label: Sequence[str], st: ParagraphStyle) -> list[list[Flowable]]:
    """The parts of one signer, one list per aligned row: label lines, name, pangkat, NIP."""
    atas = [Paragraf(xml(b), st) for b in label if b.strip()]
    nama = [Paragraf(f"<b><u>{xml(p.nama.strip())}</u></b>", st)] if p.nama.strip() else []
    pangkat = [Paragraf(xml(p.pangkat.strip()), st)] if p.pangkat.strip() else []
    nip = [Paragraf(xml(f"NIP. {format_nip(p.nip)}"), st)] if p.nip.strip() else []
    return [atas, nama, pangkat, nip]


def gaya_ttd(gaya: Gaya) -> ParagraphStyle:
    return ParagraphStyle("ttd_tengah", parent=gaya.ttd, alignment=TA_CENTER)


def _gaya_tabel(gaya: Gaya) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), gaya.font.biasa),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def ruang_ttd(gaya: Gaya) -> float:
    """The blank room for signature and stamp."""
    return max(gaya.ukuran * 6, 22 * mm)


def blok_satu(
    p: Penandatangan, tempat_tanggal: str, gaya: Gaya, lebar_isi: float
) -> list[Flowable]:
    """One signer on the right: place and date, jabatan, room to sign, name, pangkat, NIP."""
    st = gaya_ttd(gaya)
    label = [tempat_tanggal, *jabatan_lengkap(p).split("\n")]
    atas, nama, pangkat, nip = _isi_ttd(p, label, st)
    isi: list[Flowable] = [*atas, Spacer(1, ruang_ttd(gaya)), *nama, *pangkat, *nip]
    lebar = min(lebar_isi * 0.45, max(90 * mm, lebar_isi * 0.3))
    t = Table([[isi]], colWidths=[lebar], hAlign="RIGHT")
    t.setStyle(_gaya_tabel(gaya))
    return [t]


def blok_dua(
    kiri: Penandatangan,
    kanan: Penandatangan,
    label_kiri: Sequence[str],
    label_kanan: Sequence[str],
    tempat_tanggal: str,
    gaya: Gaya,
    lebar_isi: float,
) -> Table:
    """Two signers side by side (the PK's pihak kedua left, pihak pertama right): the place and
    date over the right column only, labels bottom-aligned so the rooms to sign, the names,
    pangkat and NIP lines stand on the same lines."""
    st = gaya_ttd(gaya)
    a = _isi_ttd(kiri, label_kiri, st)
    b = _isi_ttd(kanan, [tempat_tanggal, *label_kanan], st)
    data: list[list[object]] = [[a[0], b[0]], ["", ""]]
    for i in (1, 2, 3):
        if a[i] or b[i]:
            data.append([a[i], b[i]])
    lebar = lebar_isi * 0.46
    t = Table(
        [[r[0], "", r[1]] for r in data],
        colWidths=[lebar, lebar_isi - 2 * lebar, lebar],
        rowHeights=[None, ruang_ttd(gaya)] + [None] * (len(data) - 2),
    )
    t.setStyle(_gaya_tabel(gaya))
    return t
