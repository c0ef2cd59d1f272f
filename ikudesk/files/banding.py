"""What changed between two versions of a document's signed content, in Indonesian lines.

Indicators are paired first by ``kode``, then by an identical name, then by their place (same
tujuan, sasaran and position: a renamed indicator). What stays unpaired was added or removed.
Only signed content is compared (FORMAT.md): realisasi, quarterly values, surveys, analysis,
PK and yearly signers are not what a decree fixes. It compares the documents in their file form
(the part the fingerprint covers), hence it lives with the file format. No Qt, no store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ikudesk.domain.model import Dokumen, Indikator, Penandatangan
from ikudesk.files.docfile import ke_data
from ikudesk.files.sidik import isi_ditetapkan, kanonik
from ikudesk.l10n import format_angka

# Signed key paths that have their own wording above; every other differing path of the signed
# content gets a generic line, so that no change of what a decree fixes goes unmentioned.
_TERLIPUT = (
    "judul",
    "periode",
    "profil.instansi",
    "profil.kepala",
    "catatan",
    "tabel.kolom[*].isi",
    "tabel.kolom[*].judul",
    "tabel.kolom[*].grup",
    "penandatangan.status",
    "penandatangan.jabatan",
    "penandatangan.nama",
    "penandatangan.nip",
    "penandatangan.tanggal",
)
_TERLIPUT_INDIKATOR = (
    "nama",
    "kode",
    "rumus.ekspresi",
    "rumus.penjelasan",
    "rumus.komponen[*].kode",
    "rumus.komponen[*].uraian",
    "satuan",
    "sumber_data",
    "penanggung_jawab",
    "polaritas",
    "definisi",
    "agregasi",
    "target",
)
_NAMA_JALUR = {
    "profil.pemerintah_daerah": "Pemerintah daerah",
    "tabel.judul": "Judul tabel",
    "tabel.nomor_per": "Penomoran tabel",
    "tabel.huruf": "Huruf tabel",
    "tabel.ukuran": "Ukuran kertas tabel",
    "tabel.kolom": "Kolom tabel",
    "penandatangan.pangkat": "Pangkat penandatangan",
    "penandatangan.tempat": "Tempat penandatanganan",
}
_NAMA_KUNCI = {"kelompok": "kelompok"}


def _jalur_beda(a: Any, b: Any, jalur: str) -> list[str]:
    """Key paths (``x.y[2].z``) at which ``a`` and ``b`` differ; a list of another length whole."""
    if isinstance(a, dict) and isinstance(b, dict):
        hasil: list[str] = []
        for k in sorted(set(a) | set(b), key=str):
            hasil += _jalur_beda(a.get(k), b.get(k), f"{jalur}.{k}" if jalur else str(k))
        return hasil
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        hasil = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            hasil += _jalur_beda(x, y, f"{jalur}[{i}]")
        return hasil
    return [] if a == b else [jalur]


def _terliput(jalur: str, pola: tuple[str, ...]) -> bool:
    umum = re.sub(r"\[\d+\]", "[*]", jalur)
    return any(umum == p or umum.startswith((p + ".", p + "[")) for p in pola)


def _ambil(data: Any, jalur: str) -> Any:
    for bagian in re.findall(r"[^.\[\]]+|\[\d+\]", jalur):
        if bagian.startswith("["):
            i = int(bagian[1:-1])
            data = data[i] if isinstance(data, list) and i < len(data) else None
        else:
            data = data.get(bagian) if isinstance(data, dict) else None
    return data


def _nilai(v: Any) -> str:
    if v is None:
        return "(kosong)"
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    return _q(v if isinstance(v, str) else kanonik(v))


def _baris_umum(awalan: str, a: Any, b: Any, pola: tuple[str, ...]) -> list[str]:
    baris = []
    for jalur in _jalur_beda(a, b, ""):
        if _terliput(jalur, pola):
            continue
        nama = _NAMA_JALUR.get(jalur) or f"{awalan}{_NAMA_KUNCI.get(jalur, f'«{jalur}»')}"
        baris.append(f"{nama} {_nilai(_ambil(a, jalur))} → {_nilai(_ambil(b, jalur))}.")
    return baris


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


def _dua(lama: str, baru: str, n: int = 70) -> tuple[str, str]:
    """Both texts quoted; long ones cut around where they differ, so the change stays visible."""
    a, b = " ".join(lama.split()), " ".join(baru.split())
    if (len(a) <= n and len(b) <= n) or a == b:
        return _q(a), _q(b)
    awal = 0
    while awal < min(len(a), len(b)) and a[awal] == b[awal]:
        awal += 1
    akhir = 0
    while akhir < min(len(a), len(b)) - awal and a[-1 - akhir] == b[-1 - akhir]:
        akhir += 1
    konteks = 15

    def potong(t: str) -> str:
        mulai = max(0, awal - konteks)
        selesai = min(len(t), len(t) - akhir + konteks)
        inti = t[mulai:selesai]
        if len(inti) > 2 * n:  # a very long differing part: its start is what shows it
            inti = inti[: 2 * n - 1] + "…"
        return ("…" if mulai > 0 else "") + inti + ("…" if selesai < len(t) else "")

    return (f"«{potong(a)}»" if a else "(kosong)"), (f"«{potong(b)}»" if b else "(kosong)")


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


def _banding_indikator(a: _Tempat, b: _Tempat, ganti: set[tuple[str, str]]) -> list[str]:
    x, y = a.ind, b.ind
    nama = _q(y.nama)
    baris: list[str] = []
    if " ".join(x.nama.split()) != " ".join(y.nama.split()):
        baris.append(f"Indikator {_q(x.nama)} diganti nama menjadi {nama}.")
    if a.label != b.label and (a.label, b.label) not in ganti:
        baris.append(f"Indikator {nama} dipindah dari {a.label} ke {b.label}.")
    if x.kode != y.kode:
        baris.append(f"Indikator {nama}: kode {_q(x.kode)} → {_q(y.kode)}.")
    if _rumus(x) != _rumus(y):
        ra, rb = _dua(_rumus(x), _rumus(y))
        baris.append(f"Indikator {nama}: rumus {ra} → {rb}.")
    for apa, p, q in (
        ("satuan", x.satuan, y.satuan),
        ("sumber data", x.sumber_data, y.sumber_data),
        ("penanggung jawab", x.penanggung_jawab, y.penanggung_jawab),
        ("polaritas", x.polaritas, y.polaritas),
        ("definisi operasional", x.definisi, y.definisi),
        ("agregasi triwulan", x.agregasi or "nilai_akhir", y.agregasi or "nilai_akhir"),
    ):
        if p != q:
            pa, pb = _dua(p, q)
            baris.append(f"Indikator {nama}: {apa} {pa} → {pb}.")
    for tahun in sorted(set(x.target) | set(y.target)):
        lama_t, baru_t = x.target.get(tahun), y.target.get(tahun)
        if lama_t != baru_t:
            baris.append(f"Indikator {nama}: target {tahun} {_angka(lama_t)} → {_angka(baru_t)}.")
    return baris


def _data_indikator(data: dict[str, Any], t: _Tempat) -> Any:
    tujuan = (data.get("tujuan") or [])[t.tujuan]
    induk = tujuan if t.sasaran is None else (tujuan.get("sasaran") or [])[t.sasaran]
    return (induk.get("indikator") or [])[t.urutan]


def _tanpa_pohon(data: dict[str, Any]) -> dict[str, Any]:
    """The signed content without the tree (tujuan/sasaran/indicators are compared by pairing)."""
    return {k: v for k, v in data.items() if k != "tujuan"}


def _sidik_indikator(daftar: list[Indikator]) -> list[str]:
    """What makes two lists of indicators "the same" for pairing a renamed tujuan/sasaran."""
    return [i.kode.strip() or " ".join(i.nama.split()) for i in daftar]


def _ttd(p: Penandatangan | None) -> str:
    if p is None:
        return ""
    return ", ".join(v for v in (p.status, p.jabatan, p.nama, p.nip, p.tanggal) if v)


def banding(lama: Dokumen, baru: Dokumen) -> list[str]:
    """The changes from ``lama`` to ``baru`` in the signed content, one line each ([]: none)."""
    data_lama, data_baru = isi_ditetapkan(ke_data(lama)), isi_ditetapkan(ke_data(baru))
    if data_lama == data_baru:
        return []
    baris: list[str] = []
    if lama.judul != baru.judul:
        baris.append(f"Judul {_q(' / '.join(lama.judul))} → {_q(' / '.join(baru.judul))}.")
    if lama.periode != baru.periode:

        def per(d: Dokumen) -> str:
            return f"{d.periode.mulai}–{d.periode.selesai}" if d.periode else "(tanpa periode)"

        baris.append(f"Periode {per(lama)} → {per(baru)}.")
    if lama.profil.instansi != baru.profil.instansi:
        baris.append(f"Instansi {_q(lama.profil.instansi)} → {_q(baru.profil.instansi)}.")
    # Tujuan and sasaran by their text; what stays unpaired is paired by position when its
    # indicators are the same (a renamed one), the rest was added or removed.
    ganti: set[tuple[str, str]] = set()
    for jenis, daftar in (
        ("Tujuan", lambda d: [(t.uraian, t.indikator, t) for t in d.tujuan]),
        ("Sasaran", lambda d: [(s.uraian, s.indikator, s) for t in d.tujuan for s in t.sasaran]),
    ):
        a, b = daftar(lama), daftar(baru)
        teks_a, teks_b = [x[0] for x in a], [x[0] for x in b]
        hapus = [(i, x) for i, x in enumerate(a) if x[0] not in teks_b]
        tambah = {i: x for i, x in enumerate(b) if x[0] not in teks_a}
        for i, (teks, inds, _) in hapus:
            calon = tambah.get(i)
            if calon is not None and _sidik_indikator(inds) == _sidik_indikator(calon[1]):
                del tambah[i]
                ganti.add((f"{jenis.lower()} {_q(teks)}", f"{jenis.lower()} {_q(calon[0])}"))
                qa, qb = _dua(teks, calon[0])
                baris.append(f"{jenis} {qa} diganti namanya menjadi {qb}.")
            else:
                baris.append(f"{jenis} {_q(teks)} dihapus.")
        for _i, (teks, _inds, _) in sorted(tambah.items()):
            baris.append(f"{jenis} {_q(teks)} ditambahkan.")
    for x, y in _pasangkan(_tempat(lama), _tempat(baru)):
        if y is None:
            assert x is not None
            baris.append(f"Indikator {_q(x.ind.nama)} dihapus (dari {x.label}).")
        elif x is None:
            assert y is not None
            baris.append(f"Indikator {_q(y.ind.nama)} ditambahkan (di {y.label}).")
        elif x is not None:
            baris += _banding_indikator(x, y, ganti)
            baris += _baris_umum(
                f"Indikator {_q(y.ind.nama)}: ",
                _data_indikator(data_lama, x),
                _data_indikator(data_baru, y),
                _TERLIPUT_INDIKATOR,
            )
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
    baris += _baris_umum(
        "Isi ditetapkan: ", _tanpa_pohon(data_lama), _tanpa_pohon(data_baru), _TERLIPUT
    )
    baris += _banding_pohon(data_lama, data_baru)
    if not baris:
        # The last guard: the signed content differs, so something must be said.
        baris += _baris_umum("Isi ditetapkan: ", data_lama, data_baru, ())
    return baris


def _banding_pohon(lama: dict[str, Any], baru: dict[str, Any]) -> list[str]:
    """Keys of tujuan and sasaran other than their text and children, by position."""
    baris: list[str] = []
    tl, tb = lama.get("tujuan") or [], baru.get("tujuan") or []
    for a, b in zip(tl, tb, strict=False):
        lain = ("uraian", "indikator", "sasaran")
        baris += _baris_umum(
            f"Tujuan {_q(str(b.get('uraian', '')))}: ",
            {k: v for k, v in a.items() if k not in lain},
            {k: v for k, v in b.items() if k not in lain},
            (),
        )
        for x, y in zip(a.get("sasaran") or [], b.get("sasaran") or [], strict=False):
            baris += _baris_umum(
                f"Sasaran {_q(str(y.get('uraian', '')))}: ",
                {k: v for k, v in x.items() if k not in ("uraian", "indikator")},
                {k: v for k, v in y.items() if k not in ("uraian", "indikator")},
                (),
            )
    return baris
