"""What replacing a stored document with an incoming one changes, in Indonesian lines.

Both documents are compared as their document files (``docfile.ke_data``), normalised the way
files are compared (absent and empty alike, numbers as exact decimals), so every key the format
has — also one a later version adds — is compared; the lines name indicators by kode and name.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ikudesk.domain.model import Dokumen
from ikudesk.files.docfile import ke_data, normalisasi
from ikudesk.kabupaten import identitas_nama

# The document file's keys as a user calls them.
_BAGIAN = {
    "judul": "Judul lembar",
    "periode": "Periode",
    "profil": "Profil (kepala lembar)",
    "tabel": "Susunan tabel",
    "penandatangan": "Penandatangan lembar IKU",
    "catatan": "Catatan",
    "laporan_tahunan": "Penandatangan laporan tahunan",
    "laporan_triwulan": "Penandatangan laporan triwulan",
    "penetapan": "Riwayat penetapan",
    "status": "Status penetapan",
}
_KOLOM_INDIKATOR = {
    "nama": "nama",
    "kode": "kode",
    "satuan": "satuan",
    "rumus": "rumus",
    "sumber_data": "sumber data",
    "penanggung_jawab": "penanggung jawab",
    "polaritas": "polaritas",
    "definisi": "definisi",
    "agregasi": "agregasi",
    "nilai_komponen": "nilai komponen",
    "triwulan": "nilai triwulan",
    "survei_ikm": "survei IKM",
    "analisis": "analisis",
}
BATAS_BARIS = 200  # a list longer than this is cut with "… dan N perubahan lain"


def _teks(nilai: Any) -> str:  # noqa: ANN401 - JSON data
    from ikudesk.l10n import format_angka

    if nilai is None:
        return "kosong"
    if isinstance(nilai, Decimal):
        return format_angka(nilai, desimal=max(0, -int(nilai.as_tuple().exponent)))
    return str(nilai)


def _indikator(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, data) of every indicator, in document order."""
    hasil: list[tuple[str, dict[str, Any]]] = []
    for t in data.get("tujuan", []):
        daftar = list(t.get("indikator", []))
        for s in t.get("sasaran", []):
            daftar += s.get("indikator", [])
        for ind in daftar:
            label = f"{ind.get('kode', '')} {ind.get('nama', '')}".strip()
            hasil.append((label if len(label) <= 80 else label[:79] + "…", ind))
    return hasil


def _pasangkan(
    lama: list[tuple[str, dict[str, Any]]], baru: list[tuple[str, dict[str, Any]]]
) -> dict[int, int]:
    """Which old indicator (index) each new one continues: the same kode where both have one,
    else the same name (spaces and case normalised), else the same place in the tree."""
    pasangan: dict[int, int] = {}
    dipakai: set[int] = set()
    for kunci in ("kode", "nama"):
        peta: dict[str, list[int]] = {}
        for i, (_, d) in enumerate(lama):
            k = identitas_nama(str(d.get(kunci, "")))
            if k and i not in dipakai:
                peta.setdefault(k, []).append(i)
        for j, (_, d) in enumerate(baru):
            k = identitas_nama(str(d.get(kunci, "")))
            if j in pasangan or not k or not peta.get(k):
                continue
            i = peta[k].pop(0)
            pasangan[j] = i
            dipakai.add(i)
    return pasangan


def _tanpa_indikator(data: dict[str, Any]) -> Any:  # noqa: ANN401 - JSON data
    """The tree's structure and texts without the indicators (compared on their own)."""
    return [
        {
            **{k: v for k, v in t.items() if k not in ("indikator", "sasaran")},
            "sasaran": [
                {k: v for k, v in s.items() if k != "indikator"} for s in t.get("sasaran", [])
            ],
        }
        for t in data.get("tujuan", [])
    ]


def _per_tahun(label: str, apa: str, lama: Any, baru: Any) -> list[str]:  # noqa: ANN401
    lama = lama if isinstance(lama, dict) else {}
    baru = baru if isinstance(baru, dict) else {}
    return [
        f"{label}: {apa} {th}: {_teks(lama.get(th))} → {_teks(baru.get(th))}"
        for th in sorted(set(lama) | set(baru))
        if lama.get(th) != baru.get(th)
    ]


def _beda_indikator(label: str, lama: dict[str, Any], baru: dict[str, Any]) -> list[str]:
    hasil: list[str] = []
    for kunci in sorted(set(lama) | set(baru)):
        a, b = lama.get(kunci), baru.get(kunci)
        if a == b:
            continue
        if kunci in ("target", "realisasi"):
            hasil += _per_tahun(label, kunci, a, b)
        elif (
            kunci in ("nama", "satuan", "kode")
            and isinstance(a, str | None)
            and isinstance(b, str | None)
        ):
            hasil.append(f"{label}: {kunci} '{a or ''}' → '{b or ''}'")
        else:
            hasil.append(f"{label}: {_KOLOM_INDIKATOR.get(kunci, kunci)} berubah")
    return hasil


def _beda_pk(lama: list[Any], baru: list[Any]) -> list[str]:
    def kunci(pk: dict[str, Any]) -> tuple[int, int]:
        return int(pk.get("tahun", 0)), int(pk.get("perubahan", 0))

    a = {kunci(p): p for p in lama}
    b = {kunci(p): p for p in baru}
    hasil: list[str] = []
    for th, ke in sorted(set(a) | set(b)):
        nama = f"PK {th}" + (f" Perubahan {ke}" if ke else "")
        if (th, ke) not in a:
            hasil.append(f"{nama} ditambah")
        elif (th, ke) not in b:
            hasil.append(f"{nama} dihapus")
        elif a[(th, ke)] != b[(th, ke)]:
            hasil.append(f"{nama} berubah")
    return hasil


def _tanpa_instansi(data: dict[str, Any]) -> Any:  # noqa: ANN401
    return {k: v for k, v in data.get("profil", {}).items() if k != "instansi"}


def uraikan_perubahan(lama: Dokumen, baru: Dokumen) -> list[str]:
    """What storing ``baru`` in place of ``lama`` changes; [] when nothing does."""
    a = normalisasi(ke_data(lama))
    b = normalisasi(ke_data(baru))
    if a == b:
        return []
    hasil: list[str] = []
    instansi_a = lama.profil.instansi
    instansi_b = baru.profil.instansi
    if instansi_a != instansi_b:
        hasil.append(f"Instansi '{instansi_a}' → '{instansi_b}'")
    for kunci in sorted((set(a) | set(b)) - {"tujuan", "perjanjian_kinerja", "format", "versi"}):
        if a.get(kunci) != b.get(kunci):
            if kunci == "profil" and _tanpa_instansi(a) == _tanpa_instansi(b):
                continue  # said above
            hasil.append(f"{_BAGIAN.get(kunci, kunci)} berubah")
    if _tanpa_indikator(a) != _tanpa_indikator(b):
        hasil.append("Susunan tujuan/sasaran berubah")
    ind_a = _indikator(a)
    ind_b = _indikator(b)
    pasangan = _pasangkan(ind_a, ind_b)
    for j, (lbl, _) in enumerate(ind_b):
        if j not in pasangan:
            hasil.append(f"Indikator ditambah: {lbl}")
    lama_dipakai = set(pasangan.values())
    for i, (lbl, _) in enumerate(ind_a):
        if i not in lama_dipakai:
            hasil.append(f"Indikator dihapus: {lbl}")
    for j, (lbl, d) in enumerate(ind_b):
        if j in pasangan:
            hasil += _beda_indikator(lbl, ind_a[pasangan[j]][1], d)
    urutan = [pasangan[j] for j in range(len(ind_b)) if j in pasangan]
    if urutan != sorted(urutan):
        hasil.append("Urutan indikator berubah")
    hasil += _beda_pk(a.get("perjanjian_kinerja", []), b.get("perjanjian_kinerja", []))
    if not hasil:  # equal after all but for something the lines above do not name
        hasil.append("Isi dokumen berubah")
    if len(hasil) > BATAS_BARIS:
        sisa = len(hasil) - BATAS_BARIS
        hasil = [*hasil[:BATAS_BARIS], f"… dan {sisa} perubahan lain"]
    return hasil
