"""What changed between two versions of a document's signed content, in Indonesian lines.

Indicators are paired first by ``kode``, then by an identical name, then by their place (same
tujuan, sasaran and position: a renamed indicator). What stays unpaired was added or removed.
Only signed content is compared (FORMAT.md): realisasi, quarterly values, surveys, analysis,
PK and yearly signers are not what a decree fixes. No Qt, no store.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal

from ikudesk.domain.model import Dokumen, Indikator, Penandatangan
from ikudesk.l10n import format_angka


@dataclass(frozen=True)
class _Tempat:
    ind: Indikator
    tujuan: int
    sasaran: int | None  # None: an indicator of the tujuan itself
    urutan: int
    label: str  # 'sasaran "…"' or 'tujuan "…"'


def _pendek(teks: str, n: int = 70) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def _q(teks: str) -> str:
    return f"«{_pendek(teks)}»" if teks.strip() else "(kosong)"


def _tempat(dok: Dokumen) -> list[_Tempat]:
    hasil: list[_Tempat] = []
    for ti, t in enumerate(dok.tujuan):
        lt = f"tujuan {_q(t.uraian)}"
        hasil += [_Tempat(ind, ti, None, i, lt) for i, ind in enumerate(t.indikator)]
        for si, s in enumerate(t.sasaran):
            ls = f"sasaran {_q(s.uraian)}"
            hasil += [_Tempat(ind, ti, si, i, ls) for i, ind in enumerate(s.indikator)]
    return hasil


Pasangan = tuple[_Tempat | None, _Tempat | None]


def _pasangkan(lama: list[_Tempat], baru: list[_Tempat]) -> list[Pasangan]:
    pasangan: list[Pasangan] = []
    sisa_lama, sisa_baru = list(lama), list(baru)

    def cocokkan(kunci: Callable[[_Tempat], Hashable | None]) -> None:
        nonlocal sisa_lama
        per_kunci: dict[Hashable, list[_Tempat]] = {}
        for b in sisa_baru:
            k = kunci(b)
            if k is not None:
                per_kunci.setdefault(k, []).append(b)
        tinggal: list[_Tempat] = []
        for a in sisa_lama:
            k = kunci(a)
            calon = per_kunci.get(k) if k is not None else None
            if calon:
                b = calon.pop(0)
                pasangan.append((a, b))
                sisa_baru.remove(b)
            else:
                tinggal.append(a)
        sisa_lama = tinggal

    cocokkan(lambda t: t.ind.kode.strip() or None)
    cocokkan(lambda t: " ".join(t.ind.nama.split()) or None)
    cocokkan(lambda t: (t.tujuan, t.sasaran, t.urutan))
    pasangan += [(a, None) for a in sisa_lama]
    pasangan += [(None, b) for b in sisa_baru]
    return pasangan


def _rumus(ind: Indikator) -> str:
    bagian = []
    if ind.rumus.ekspresi:
        bagian.append(ind.rumus.ekspresi)
        bagian += [f"{k.kode} = {k.uraian}" for k in ind.rumus.komponen]
    if ind.rumus.penjelasan.strip():
        bagian.append(ind.rumus.penjelasan)
    return "; ".join(bagian)


def _angka(v: Decimal | None) -> str:
    return format_angka(v) if v is not None else "(kosong)"


def _banding_indikator(a: _Tempat, b: _Tempat) -> list[str]:
    x, y = a.ind, b.ind
    nama = _q(y.nama)
    baris: list[str] = []
    if " ".join(x.nama.split()) != " ".join(y.nama.split()):
        baris.append(f"Indikator {_q(x.nama)} diganti nama menjadi {nama}.")
    if a.label != b.label or (a.tujuan, a.sasaran) != (b.tujuan, b.sasaran):
        baris.append(f"Indikator {nama} dipindah dari {a.label} ke {b.label}.")
    if x.kode != y.kode:
        baris.append(f"Indikator {nama}: kode {_q(x.kode)} → {_q(y.kode)}.")
    if _rumus(x) != _rumus(y):
        baris.append(f"Indikator {nama}: rumus {_q(_rumus(x))} → {_q(_rumus(y))}.")
    for apa, p, q in (
        ("satuan", x.satuan, y.satuan),
        ("sumber data", x.sumber_data, y.sumber_data),
        ("penanggung jawab", x.penanggung_jawab, y.penanggung_jawab),
        ("polaritas", x.polaritas, y.polaritas),
        ("definisi operasional", x.definisi, y.definisi),
        ("agregasi triwulan", x.agregasi or "nilai_akhir", y.agregasi or "nilai_akhir"),
    ):
        if p != q:
            baris.append(f"Indikator {nama}: {apa} {_q(p)} → {_q(q)}.")
    for tahun in sorted(set(x.target) | set(y.target)):
        lama_t, baru_t = x.target.get(tahun), y.target.get(tahun)
        if lama_t != baru_t:
            baris.append(f"Indikator {nama}: target {tahun} {_angka(lama_t)} → {_angka(baru_t)}.")
    return baris


def _ttd(p: Penandatangan | None) -> str:
    if p is None:
        return ""
    return ", ".join(v for v in (p.status, p.jabatan, p.nama, p.nip, p.tanggal) if v)


def banding(lama: Dokumen, baru: Dokumen) -> list[str]:
    """The changes from ``lama`` to ``baru`` in the signed content, one line each ([]: none)."""
    baris: list[str] = []
    if lama.judul != baru.judul:
        baris.append(f"Judul {_q(' / '.join(lama.judul))} → {_q(' / '.join(baru.judul))}.")
    if lama.periode != baru.periode:

        def per(d: Dokumen) -> str:
            return f"{d.periode.mulai}–{d.periode.selesai}" if d.periode else "(tanpa periode)"

        baris.append(f"Periode {per(lama)} → {per(baru)}.")
    if lama.profil.instansi != baru.profil.instansi:
        baris.append(f"Instansi {_q(lama.profil.instansi)} → {_q(baru.profil.instansi)}.")
    # Tujuan and sasaran by their text: a new text is an added one, a gone text a removed one.
    for jenis, daftar in (
        ("Tujuan", lambda d: [t.uraian for t in d.tujuan]),
        ("Sasaran", lambda d: [s.uraian for t in d.tujuan for s in t.sasaran]),
    ):
        a, b = daftar(lama), daftar(baru)
        for teks in a:
            if teks not in b:
                baris.append(f"{jenis} {_q(teks)} dihapus.")
        for teks in b:
            if teks not in a:
                baris.append(f"{jenis} {_q(teks)} ditambahkan.")
    for x, y in _pasangkan(_tempat(lama), _tempat(baru)):
        if y is None:
            assert x is not None
            baris.append(f"Indikator {_q(x.ind.nama)} dihapus (dari {x.label}).")
        elif x is None:
            assert y is not None
            baris.append(f"Indikator {_q(y.ind.nama)} ditambahkan (di {y.label}).")
        elif x is not None:
            baris += _banding_indikator(x, y)
    if [(k.isi, k.judul, k.grup) for k in lama.tabel.kolom] != [
        (k.isi, k.judul, k.grup) for k in baru.tabel.kolom
    ]:
        baris.append("Kolom tabel diubah.")
    if [vars(b) | {"id": None} for b in lama.profil.kepala] != [
        vars(b) | {"id": None} for b in baru.profil.kepala
    ]:
        baris.append("Baris kepala (tugas, fungsi, …) diubah.")
    if lama.catatan != baru.catatan:
        baris.append("Catatan di bawah tabel diubah.")
    if _ttd(lama.penandatangan) != _ttd(baru.penandatangan):
        baris.append(
            f"Penandatangan {_q(_ttd(lama.penandatangan))} → {_q(_ttd(baru.penandatangan))}."
        )
    return baris
