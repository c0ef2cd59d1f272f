"""Bring an existing IKU sheet in: a Word (.docx) or Excel (.xlsx) file, recognised by content.

``jenis_berkas`` tells a zip with ``word/document.xml`` (Word), one with ``xl/workbook.xml``
(Excel), an old binary .doc/.xls or a password-protected file (refused with advice), and
anything else (a JSON document file). ``baca_sumber`` reads the sheet into the neutral table of
cells; ``kenali`` (in :mod:`ikudesk.files.iku_tabel`) makes it a document. Nothing is stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from ikudesk.domain import formula
from ikudesk.domain.model import Dokumen, Indikator
from ikudesk.domain.nip import format_nip
from ikudesk.files.batas_arsip import MAKS_BITA_ZIP, ArsipError, tanda_berkas, tolak_ole
from ikudesk.files.iku_sumber import ImporError, Sumber
from ikudesk.files.iku_tabel import JENIS_KOLOM, Hasil, kenali
from ikudesk.l10n import format_angka, format_tanggal


def _buka(path: str | os.PathLike[str]) -> tuple[Path, bytes, int]:
    p = Path(path)
    awal, ukuran = tanda_berkas(p, ImporError, "tidak ditemukan", "bukan berkas")
    return p, awal, ukuran


_AKHIRAN_KANTOR = (".docx", ".docm", ".xlsx", ".xlsm", ".dotx", ".xltx")


def jenis_berkas(path: str | os.PathLike[str]) -> str:
    """``"docx"``, ``"xlsx"`` or ``"json"`` by the file's content; refuses old/encrypted files."""
    import zipfile

    try:
        p, awal, ukuran = _buka(path)
    except ImporError:
        return "json"  # missing or a folder: the document-file reader says so in its words
    word = p.suffix.lower() in (".doc", ".docx", ".rtf")
    try:
        tolak_ole(p, awal, ukuran, ".doc" if word else ".xls", ".docx" if word else ".xlsx")
    except ArsipError as e:
        raise ImporError(e.pesan) from None
    if not awal.startswith(b"PK\x03\x04"):
        if awal.startswith(b"{\\rtf"):
            raise ImporError(
                f"Berkas '{p.name}' berformat RTF. Buka di Word atau LibreOffice, simpan sebagai "
                ".docx, lalu impor lagi."
            )
        if ukuran == 0 and p.suffix.lower() in _AKHIRAN_KANTOR:
            raise ImporError(f"Berkas '{p.name}' kosong (0 bita): tidak ada yang dapat diimpor.")
        teks = awal.lstrip(b"\xef\xbb\xbf \t\r\n")
        akhiran = p.suffix.lower()
        # A file named .json is left to the document-file reader: its words are more precise.
        if akhiran in _AKHIRAN_KANTOR or (
            akhiran != ".json" and teks and not teks.startswith((b"{", b"["))
        ):
            # Not a zip and not a JSON object: named as a sheet, or bytes of no known kind.
            raise ImporError(
                f"Berkas '{p.name}' bukan dokumen Word (.docx), buku kerja Excel (.xlsx), atau "
                "berkas dokumen IKU (.json): isinya tidak dikenali (rusak atau berkas jenis lain)."
            )
        return "json"
    if ukuran > MAKS_BITA_ZIP:
        raise ImporError(
            f"Berkas '{p.name}' terlalu besar ({ukuran / 1024 / 1024:.1f} MB; batasnya "
            f"{MAKS_BITA_ZIP // 1024 // 1024} MB). Sebuah lembar IKU jauh lebih kecil."
        )
    try:
        with zipfile.ZipFile(p) as z:
            nama = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        raise ImporError(f"Berkas '{p.name}' rusak (arsip zip tidak sah).") from None
    if "word/document.xml" in nama:
        return "docx"
    if "xl/workbook.xml" in nama:
        return "xlsx"
    raise ImporError(
        f"Berkas '{p.name}' bukan dokumen Word (.docx), buku kerja Excel (.xlsx), atau berkas "
        "dokumen IKU (.json)."
    )


def baca_sumber(path: str | os.PathLike[str]) -> Sumber:
    """The sheet at ``path`` (Word or Excel) as the neutral table of cells."""
    _buka(path)  # a missing file or a folder is named as such
    jenis = jenis_berkas(path)
    if jenis == "docx":
        from ikudesk.files.iku_word import baca_docx

        return baca_docx(Path(path))
    if jenis == "xlsx":
        from ikudesk.files.iku_xlsx import baca_xlsx

        return baca_xlsx(Path(path))
    raise ImporError(f"Berkas '{Path(path).name}' bukan dokumen Word (.docx) atau Excel (.xlsx).")


def impor_lembar(path: str | os.PathLike[str], peta: dict[int, str] | None = None) -> Hasil:
    """Read and recognise the sheet at ``path``; nothing is stored."""
    return kenali(baca_sumber(path), peta)


def rumus_dimengerti(ind: Indikator) -> str:
    """An indicator's formula as the editor shows it, on one line ("" without an expression)."""
    if not ind.rumus.ekspresi:
        return ""
    pohon = formula.parse(ind.rumus.ekspresi, [k.kode for k in ind.rumus.komponen])
    uraian = {k.kode: k.uraian or k.kode for k in ind.rumus.komponen}
    persen = formula.prints_as_percent(pohon, ind.satuan)
    return formula.teks_rumus(formula.layout(pohon, uraian, persen=persen))


def jumlah_indikator(dok: Dokumen) -> str:
    """The count as the tree shows it: the numbered indicators, then the tujuan's own."""
    n_tujuan = sum(len(t.indikator) for t in dok.tujuan)
    n = len(dok.semua_indikator()) - n_tujuan
    return f"Jumlah indikator: {n}" + (f" (dan {n_tujuan} indikator tujuan)" if n_tujuan else "")


def baris_identitas(dok: Dokumen) -> list[str]:
    """Whose sheet it is and for which period: the first lines of what an import shows, on the
    command line (``ringkasan``) and in the window's preview alike."""
    p = dok.profil
    return [
        f"Instansi: {p.instansi or '(tidak dikenali)'}",
        f"Pemerintah daerah: {p.pemerintah_daerah or '-'}",
        "Periode: "
        + (f"{dok.periode.mulai}–{dok.periode.selesai}" if dok.periode else "(tidak ada)"),
        "Judul: " + " / ".join(dok.judul),
    ]


def ringkasan(hasil: Hasil) -> str:
    """What was recognised, in Indonesian, for ``ikudesk import --periksa``."""
    dok = hasil.dokumen
    p = dok.profil
    out = baris_identitas(dok)
    for k in p.kepala:
        isi = k.isi or (k.dari and f"(dari {k.dari.replace('_', ' ')})") or ""
        out.append(f"{k.label}: {isi}".rstrip())
        out += [f"  - {b}" for b in k.butir]
    out.append(
        "Kolom tabel: "
        + "; ".join(
            f"{k.judul or '(tanpa judul)'} → {JENIS_KOLOM.get(k.isi, k.isi)}"
            + (f" {k.tahun}" if k.tahun else "")
            for k in hasil.kolom
        )
    )
    n = 0
    for t in dok.tujuan:
        if t.kelompok:
            out.append(f"[{t.kelompok}]")
        if t.uraian:
            out.append(f"Tujuan: {t.uraian}")
        for ind in t.indikator:
            out.append(f"  Indikator tujuan: {ind.nama}")
        for s in t.sasaran:
            out.append(f"Sasaran: {s.uraian or '(tanpa uraian)'}")
            for ind in s.indikator:
                n += 1
                out.append(f"  {n}. {ind.nama}")
                if ind.rumus.ekspresi:
                    out.append(f"     Rumus: {rumus_dimengerti(ind)}")
                    out += [f"       {k.kode} = {k.uraian}" for k in ind.rumus.komponen]
                if ind.rumus.penjelasan:
                    out.append(f"     Penjelasan: {' '.join(ind.rumus.penjelasan.split())}")
                for label, nilai in (
                    ("Satuan", ind.satuan),
                    ("Sumber data", ind.sumber_data),
                    ("Penanggung jawab", ind.penanggung_jawab),
                ):
                    if nilai:
                        out.append(f"     {label}: {' '.join(nilai.split())}")
                if ind.target:
                    out.append(
                        "     Target: "
                        + ", ".join(
                            f"{th}: {format_angka(v, 20)}" for th, v in sorted(ind.target.items())
                        )
                    )
    ttd = dok.penandatangan
    if ttd is None:
        out.append("Penandatangan: (tidak dikenali)")
    else:
        jabatan = " / ".join(b for b in ttd.jabatan.split("\n") if b)
        out.append(
            f"Penandatangan: {ttd.status + ' ' if ttd.status else ''}{jabatan} — {ttd.nama}"
            + (f", {ttd.pangkat}" if ttd.pangkat else "")
            + (f", NIP {format_nip(ttd.nip)}" if ttd.nip else "")
            + (f" ({ttd.tempat}, {format_tanggal(ttd.tanggal)})" if ttd.tanggal else "")
        )
    out.append(jumlah_indikator(dok))
    if hasil.catatan:
        out.append("Tidak dikenali:")
        out += [f"  {c}" for c in hasil.catatan]
    else:
        out.append("Semua isi tabel dikenali.")
    return "\n".join(out)
