"""The Perjanjian Kinerja's wording and the edits the PK page makes, as plain functions.

The page never changes a PK in place: each edit is a function here that returns a new PK (the
old one untouched), which the window stores whole as one undo step. The standard wording is
FORMAT.md's; the lampiran's indicators are the tree's (every indicator with a target that year).
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from typing import Literal

from ikudesk.domain.model import (
    Dokumen,
    Indikator,
    Kegiatan,
    Penandatangan,
    PerjanjianKinerja,
    Program,
    SubKegiatan,
)
from ikudesk.errors import IkuError

PEMBUKA = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
SEBUTAN_PERTAMA = "selanjutnya disebut pihak pertama."
SEBUTAN_KEDUA = "selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua."
PERNYATAAN_BAKU: tuple[str, ...] = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
    "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
    "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
    "tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi "
    "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam "
    "rangka pemberian penghargaan dan sanksi.",
)

Jalur = tuple[int, ...]  # (program,), (program, kegiatan) or (program, kegiatan, sub-kegiatan)
Node = Program | Kegiatan | SubKegiatan
KolomNode = Literal["kode", "uraian", "anggaran", "realisasi_anggaran", "sumber_dana"]
JENIS_NODE = ("program", "kegiatan", "sub kegiatan")


def nama_pk(pk: PerjanjianKinerja) -> str:
    """ "PK 2023" / "PK Perubahan ke-1 2023", as messages and lists name it."""
    if pk.perubahan == 0:
        return f"PK {pk.tahun}"
    return f"PK Perubahan ke-{pk.perubahan} {pk.tahun}"


def jabatan_lengkap(p: Penandatangan) -> str:
    """``Plt. CAMAT PAKONG``: the status printed before the jabatan."""
    jabatan = p.jabatan.strip()
    return f"{p.status} {jabatan}".strip() if p.status else jabatan


def jabatan_kepala_daerah(dok: Dokumen) -> list[str]:
    """The pihak kedua's jabatan the document's daerah suggests: "BUPATI MUSI RAWAS" for a
    kabupaten, "WALI KOTA …" (and the older "WALIKOTA …") for a kota."""
    daerah = dok.profil.pemerintah_daerah.strip()
    kata = daerah.split(maxsplit=1)
    nama = kata[1].upper() if len(kata) == 2 else ""
    jenis = kata[0].lower() if kata else ""
    if jenis == "kota" and nama:
        return [f"WALI KOTA {nama}", f"WALIKOTA {nama}", f"BUPATI {nama}"]
    if nama:
        return [f"BUPATI {nama}", f"WALI KOTA {nama}", f"WALIKOTA {nama}"]
    return ["BUPATI", "WALI KOTA"]


def indikator_lampiran(dok: Dokumen, tahun: int) -> list[tuple[Hashable, str, list[Indikator]]]:
    """The lampiran's groups: each sasaran (or a tujuan's own indicators, under the tujuan) with
    the indicators that have a target for ``tahun``; groups without one are left out."""
    hasil: list[tuple[Hashable, str, list[Indikator]]] = []
    for ti, t in enumerate(dok.tujuan):
        hasil.append((("t", ti), t.uraian, [i for i in t.indikator if tahun in i.target]))
        for si, s in enumerate(t.sasaran):
            hasil.append((("s", ti, si), s.uraian, [i for i in s.indikator if tahun in i.target]))
    return [g for g in hasil if g[2]]


def penandatangan_pk_baru(dok: Dokumen, tahun: int) -> tuple[Penandatangan | None, str]:
    """Who a new PK of ``tahun`` takes as pihak pertama, and where it comes from (as the page
    says it before the PK is made): the signer of that year's reports, else the document's."""
    lap = dok.laporan(tahun)
    if lap is not None and lap.penandatangan is not None and lap.penandatangan.nama.strip():
        return lap.penandatangan, f"penanda tangan laporan tahun {tahun}"
    if dok.penandatangan is not None and dok.penandatangan.nama.strip():
        return dok.penandatangan, "penanda tangan dokumen"
    return None, ""


def pk_baru(dok: Dokumen, tahun: int) -> PerjanjianKinerja:
    """A first PK for ``tahun``: pihak pertama from :func:`penandatangan_pk_baru` (its own place
    and date are the PK's, so the signer's are left out), pihak kedua the kepala daerah (no NIP)."""
    ttd, _sumber = penandatangan_pk_baru(dok, tahun)
    pertama = copy.deepcopy(ttd) if ttd is not None else Penandatangan()
    tempat = pertama.tempat
    pertama.tempat = pertama.tanggal = ""
    kedua = Penandatangan(jabatan=jabatan_kepala_daerah(dok)[0])
    return PerjanjianKinerja(
        tahun=tahun, perubahan=0, tempat=tempat, pihak_pertama=pertama, pihak_kedua=kedua
    )


def nomor_perubahan_berikut(dok: Dokumen, pk: PerjanjianKinerja) -> int:
    ada = [p.perubahan for p in dok.perjanjian_kinerja if p.tahun == pk.tahun]
    return max(ada, default=pk.perubahan) + 1


def isi_salinan(pk: PerjanjianKinerja) -> list[str]:
    """What a PK Perubahan copies from ``pk``, line by line, for the user to read first."""
    n = len(pk.program)

    def siapa(p: Penandatangan) -> str:
        return (p.nama or "(kosong)") + (f" — {jabatan_lengkap(p)}" if p.jabatan else "")

    return [
        f"Pihak pertama: {siapa(pk.pihak_pertama)}",
        f"Pihak kedua: {siapa(pk.pihak_kedua)}",
        f"Tempat: {pk.tempat or '(kosong)'}",
        "Pernyataan: " + ("kalimat baku" if pk.pernyataan is None else "kalimat sendiri"),
        f"{n} program beserta kegiatan, sub kegiatan dan anggarannya" if n else "Belum ada program",
        "Indikator lampiran tetap diambil dari target pohon IKU tahun ini.",
    ]


def pk_perubahan(dok: Dokumen, pk: PerjanjianKinerja, tanggal: str) -> PerjanjianKinerja:
    """A copy of ``pk`` as the year's next revision, dated ``tanggal`` (stored form,
    ``2023-07-01``): a PK Perubahan is never made without its own date."""
    if not tanggal.strip():
        raise IkuError("PK Perubahan harus diberi tanggal.")
    if pk.tanggal and tanggal < pk.tanggal:
        raise IkuError(
            f"Tanggal PK Perubahan tidak boleh sebelum tanggal {nama_pk(pk)} yang disalin."
        )
    baru = copy.deepcopy(pk)
    baru.perubahan = nomor_perubahan_berikut(dok, pk)
    baru.tanggal = tanggal
    return baru


# --- the program → kegiatan → sub-kegiatan tree -----------------------------------------------


def _daftar(pk: PerjanjianKinerja, induk: Jalur) -> list:
    """The list the children of ``induk`` live in (``()``: the programs)."""
    if not induk:
        return pk.program
    if len(induk) == 1:
        return pk.program[induk[0]].kegiatan
    if len(induk) == 2:
        return pk.program[induk[0]].kegiatan[induk[1]].sub_kegiatan
    raise IkuError("Sub kegiatan tidak dapat memiliki rincian lagi.")


def node_di(pk: PerjanjianKinerja, jalur: Jalur) -> Node:
    try:
        node: Node = _daftar(pk, jalur[:-1])[jalur[-1]]
        return node
    except (IndexError, KeyError):
        raise IkuError(f"Baris {jalur} tidak ada pada PK ini.") from None


def tambah_node(pk: PerjanjianKinerja, induk: Jalur) -> tuple[PerjanjianKinerja, Jalur]:
    """A new PK with an empty program (``induk`` ``()``), kegiatan or sub-kegiatan appended;
    and the new row's path."""
    baru = copy.deepcopy(pk)
    daftar = _daftar(baru, induk)
    node: Node = (Program, Kegiatan, SubKegiatan)[len(induk)]()
    daftar.append(node)
    return baru, (*induk, len(daftar) - 1)


def hapus_node(pk: PerjanjianKinerja, jalur: Jalur) -> PerjanjianKinerja:
    baru = copy.deepcopy(pk)
    node_di(baru, jalur)  # says which row is missing
    del _daftar(baru, jalur[:-1])[jalur[-1]]
    return baru


def geser_node(pk: PerjanjianKinerja, jalur: Jalur, arah: int) -> tuple[PerjanjianKinerja, Jalur]:
    """Move a row up (-1) or down (+1) among its siblings; unchanged at either end."""
    baru = copy.deepcopy(pk)
    daftar = _daftar(baru, jalur[:-1])
    i, j = jalur[-1], jalur[-1] + arah
    if not 0 <= j < len(daftar):
        return baru, jalur
    daftar[i], daftar[j] = daftar[j], daftar[i]
    return baru, (*jalur[:-1], j)


def ubah_node(
    pk: PerjanjianKinerja, jalur: Jalur, kolom: KolomNode, nilai: str | int | None
) -> PerjanjianKinerja:
    """A new PK with one cell of the tree changed (amounts: whole rupiah or None)."""
    baru = copy.deepcopy(pk)
    setattr(node_di(baru, jalur), kolom, nilai)
    return baru


def rupiah_dari_teks(teks: str) -> int | None:
    """What the user typed in an amount cell: "" → None; "1.250.000.000" or "1250000000" →
    the whole rupiah; anything else an Indonesian IkuError."""
    from ikudesk.l10n import parse_angka

    teks = teks.strip().removeprefix("Rp").strip()
    if not teks or teks == "-":
        return None
    nilai = parse_angka(teks)
    if nilai != nilai.to_integral_value():
        raise IkuError(f"Jumlah rupiah harus bilangan bulat (tanpa sen), bukan '{teks}'.")
    if nilai < 0:
        raise IkuError(f"Jumlah rupiah tidak boleh negatif ('{teks}').")
    return int(nilai)
