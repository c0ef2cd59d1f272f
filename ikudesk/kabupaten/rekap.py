"""The kabupaten's recapitulation of one year across every kecamatan in the store.

Per kecamatan: indicators, how many have a capaian for the year, the average capaian (exact,
rounded once at the end; rows that cannot be computed are counted and left out, as the LKjIP
does), the count per category of the store's scale, the IKM and its mutu, whether the year's PK
and the signed yearly report exist, and how many indicators have quarter K filled. Then the
indicators several kecamatan share — the same kode, or the same name after normalising spaces
and case — side by side. Every kecamatan in the store is listed, also one with nothing for the
year: that is what the kabupaten looks for.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ikudesk.domain.compute import (
    LENGKAP,
    Hasil,
    hitung_capaian,
    hitung_realisasi,
    quarter_state,
)
from ikudesk.domain.ikm import hitung_ikm
from ikudesk.domain.kategori import KATEGORI_BAWAAN, Kategori, kategori_untuk
from ikudesk.domain.lkjip import BELUM_DIISI_TAB, TIDAK_DIHITUNG, ringkas
from ikudesk.domain.model import Dokumen, Indikator, label_periode
from ikudesk.domain.status import BELUM_DIISI
from ikudesk.kabupaten import identitas_instansi, identitas_nama
from ikudesk.l10n import bulatkan


@dataclass(frozen=True)
class RekapKecamatan:
    instansi: str
    dokumen_id: int | None  # None: no document of this kecamatan covers the year
    periode: str
    indikator: int
    terhitung: int  # indicators with a capaian for the year
    tidak_terhitung: int  # without one: belum_diisi + tidak_dapat_dihitung
    belum_diisi: int  # a target or realisasi not entered yet
    tidak_dapat_dihitung: int  # values there, no answer (a zero target)
    rata_rata_capaian: Decimal | None  # rounded to 2 decimals at the end
    kategori: dict[str, int]  # category name (and TIDAK_DIHITUNG) → count
    ikm: Decimal | None
    mutu: str
    pk: bool
    laporan_ditandatangani: bool
    triwulan_terisi: int | None  # None without a quarter asked for
    triwulan_wajib: int | None  # indicators that are measured by quarter (not by survey)


@dataclass(frozen=True)
class IndikatorBersama:
    kode: str
    indikator: str
    satuan: str
    capaian: dict[str, Decimal | None]  # instansi → rounded capaian (None: cannot be computed)


@dataclass(frozen=True)
class Rekap:
    tahun: int
    triwulan: int | None
    kategori: list[str]
    kecamatan: list[RekapKecamatan]
    bersama: list[IndikatorBersama] = field(default_factory=list)
    pemerintah_daerah: str = ""
    tidak_terbaca: list[str] = field(default_factory=list)  # damaged documents, said

    def ke_data(self) -> dict[str, Any]:
        """The JSON form (numbers as ``capaian --json`` writes them: exact decimals)."""
        return {
            "tahun": self.tahun,
            "triwulan": self.triwulan,
            "kategori": list(self.kategori),
            "tidak_terbaca": list(self.tidak_terbaca),
            "kecamatan": [
                {
                    "instansi": k.instansi,
                    "dokumen_id": k.dokumen_id,
                    "periode": k.periode,
                    "indikator": k.indikator,
                    "terhitung": k.terhitung,
                    "tidak_terhitung": k.tidak_terhitung,
                    "belum_diisi": k.belum_diisi,
                    "tidak_dapat_dihitung": k.tidak_dapat_dihitung,
                    "rata_rata_capaian": k.rata_rata_capaian,
                    "kategori": dict(k.kategori),
                    "ikm": k.ikm,
                    "mutu": k.mutu or None,
                    "pk": k.pk,
                    "laporan_ditandatangani": k.laporan_ditandatangani,
                    "triwulan_terisi": k.triwulan_terisi,
                    "triwulan_wajib": k.triwulan_wajib,
                }
                for k in self.kecamatan
            ],
            "bersama": [
                {
                    "kode": b.kode,
                    "indikator": b.indikator,
                    "satuan": b.satuan,
                    "capaian": dict(b.capaian),
                }
                for b in self.bersama
            ],
        }


class _Capaian:
    """Each indicator's capaian for the year, computed once per rekap (choosing a kecamatan's
    document, its row and the shared indicators all ask for it)."""

    def __init__(self, tahun: int) -> None:
        self.tahun = tahun
        self._hasil: dict[int, Hasil] = {}

    def hasil(self, ind: Indikator) -> Hasil:
        h = self._hasil.get(id(ind))  # the documents outlive the rekap: ids stay unique
        if h is None:
            h = hitung_capaian(ind, self.tahun, hitung_realisasi(ind, self.tahun))
            self._hasil[id(ind)] = h
        return h

    def nilai(self, ind: Indikator) -> Decimal | None:
        return self.hasil(ind).nilai


def pilih_dokumen(
    dokumen: Sequence[tuple[int, Dokumen]], tahun: int, capaian: _Capaian | None = None
) -> list[tuple[str, tuple[int, Dokumen] | None, Dokumen]]:
    """Per kecamatan (in order of first appearance): its name, the document that serves
    ``tahun`` — the one whose period holds it, else one without a period — or None, and a
    document to name the kecamatan by."""
    cp = capaian or _Capaian(tahun)
    kelompok: dict[str, list[tuple[int, Dokumen]]] = defaultdict(list)
    for did, dok in dokumen:
        kelompok[identitas_instansi(dok.profil.instansi)].append((did, dok))
    hasil: list[tuple[str, tuple[int, Dokumen] | None, Dokumen]] = []
    for daftar in kelompok.values():
        memuat = [(d, x) for d, x in daftar if x.periode is not None and x.periode.memuat(tahun)]
        bebas = [(d, x) for d, x in daftar if x.periode is None]
        # Several candidates (imported twice, say): the one with the most capaian for the
        # year, then the newest.
        dipakai = max(
            memuat or bebas,
            key=lambda t: (
                sum(1 for i in t[1].semua_indikator() if cp.nilai(i) is not None),
                t[0],
            ),
            default=None,
        )
        wakil = dipakai[1] if dipakai else max(daftar, key=lambda t: t[0])[1]
        hasil.append((" ".join(wakil.profil.instansi.split()), dipakai, wakil))
    hasil.sort(key=lambda t: identitas_instansi(t[0]))
    return hasil


def _ikm(dok: Dokumen, tahun: int) -> tuple[Decimal | None, str]:
    for ind in dok.semua_indikator():
        survei = ind.survei_ikm.get(tahun)
        if survei is not None:
            hasil = hitung_ikm(survei)
            if hasil.ikm_bulat is not None:
                return hasil.ikm_bulat, hasil.mutu
    return None, ""


def _satu(
    instansi: str,
    dipakai: tuple[int, Dokumen] | None,
    tahun: int,
    triwulan: int | None,
    daftar: list[Kategori],
    capaian: _Capaian,
) -> RekapKecamatan:
    kosong = {k.nama: 0 for k in daftar} | {BELUM_DIISI_TAB: 0, TIDAK_DIHITUNG: 0}
    if dipakai is None:
        return RekapKecamatan(
            instansi,
            None,
            "-",
            0,
            0,
            0,
            0,
            0,
            None,
            kosong,
            None,
            "",
            False,
            False,
            0 if triwulan else None,
            0 if triwulan else None,
        )
    did, dok = dipakai
    semua = dok.semua_indikator()
    hasil = [capaian.hasil(ind) for ind in semua]
    r = ringkas(hasil)
    kategori = dict(kosong)
    for h in hasil:
        if h.nilai is not None:
            kategori[kategori_untuk(bulatkan(h.nilai), daftar)] += 1
        else:
            kategori[BELUM_DIISI_TAB if h.status == BELUM_DIISI else TIDAK_DIHITUNG] += 1
    ikm, mutu = _ikm(dok, tahun)
    lt = dok.laporan(tahun)
    terisi = wajib = None
    if triwulan is not None:
        diukur = [ind for ind in semua if tahun not in ind.survei_ikm]
        wajib = len(diukur)
        terisi = sum(1 for ind in diukur if quarter_state(ind, tahun, triwulan) == LENGKAP)
    return RekapKecamatan(
        instansi=instansi,
        dokumen_id=did,
        periode=label_periode(dok.periode),
        indikator=len(semua),
        terhitung=r.dihitung,
        tidak_terhitung=r.dilewati,
        belum_diisi=r.belum_diisi,
        tidak_dapat_dihitung=r.tidak_dihitung,
        rata_rata_capaian=bulatkan(r.rata_rata) if r.rata_rata is not None else None,
        kategori=kategori,
        ikm=ikm,
        mutu=mutu,
        pk=dok.pk(tahun) is not None,
        laporan_ditandatangani=lt is not None and lt.penandatangan is not None,
        triwulan_terisi=terisi,
        triwulan_wajib=wajib,
    )


def _kelompok_bersama(
    dipakai: list[tuple[str, Dokumen]],
) -> list[tuple[str, str, dict[int, list[Indikator]]]]:
    """Groups of indicators several kecamatan share, without chaining: first by name (spaces
    and case normalised), then — among the indicators no name group took — by kode. Returns
    (kode label, name label, kecamatan index → its members) per group shared by two or more."""
    hasil: list[tuple[str, str, dict[int, list[Indikator]]]] = []
    diambil: set[int] = set()  # id() of indicators already in a shared group
    for jenis in ("nama", "kode"):
        grup: dict[str, dict[int, list[Indikator]]] = {}
        for ki, (_, dok) in enumerate(dipakai):
            for ind in dok.semua_indikator():
                kunci = identitas_nama(ind.nama if jenis == "nama" else ind.kode)
                if kunci and id(ind) not in diambil:
                    grup.setdefault(kunci, {}).setdefault(ki, []).append(ind)
        for anggota in grup.values():
            if len(anggota) < 2:
                continue
            semua = [i for daftar in anggota.values() for i in daftar]
            diambil.update(id(i) for i in semua)
            kode = {identitas_nama(i.kode) for i in semua}
            nama = {identitas_nama(i.nama) for i in semua}
            contoh = semua[0]
            # A label names only what the members share: one name, or one kode.
            hasil.append(
                (
                    contoh.kode if len(kode) == 1 else "",
                    contoh.nama if len(nama) == 1 else f"{contoh.nama} (nama berbeda)",
                    anggota,
                )
            )
    return hasil


def _bersama(dipakai: list[tuple[str, Dokumen]], capaian_dari: _Capaian) -> list[IndikatorBersama]:
    hasil: list[IndikatorBersama] = []
    for kode, nama, anggota in _kelompok_bersama(dipakai):
        capaian: dict[str, Decimal | None] = {}
        satuan = ""
        for ki, daftar in sorted(anggota.items()):
            # A kecamatan with two alike (a survey indicator and its copy): the one computed.
            nilai = [v for v in map(capaian_dari.nilai, daftar) if v is not None]
            capaian[dipakai[ki][0]] = bulatkan(nilai[0]) if nilai else None
            satuan = satuan or daftar[0].satuan
        hasil.append(IndikatorBersama(kode, nama, satuan, capaian))
    return hasil


def hitung_rekap(
    dokumen: Sequence[tuple[int, Dokumen]],
    tahun: int,
    triwulan: int | None = None,
    kategori: Sequence[Kategori] | None = None,
) -> Rekap:
    """The recapitulation of ``tahun`` (and quarter ``triwulan``) over ``(id, document)``."""
    daftar = list(kategori or KATEGORI_BAWAAN)
    cp = _Capaian(tahun)
    pilihan = pilih_dokumen(dokumen, tahun, cp)
    baris = [_satu(nama, dipakai, tahun, triwulan, daftar, cp) for nama, dipakai, _ in pilihan]
    dipakai = [(nama, d[1]) for nama, d, _ in pilihan if d is not None]
    pemda = {" ".join(w.profil.pemerintah_daerah.split()) for _, _, w in pilihan}
    pemda.discard("")
    return Rekap(
        tahun=tahun,
        triwulan=triwulan,
        kategori=[k.nama for k in daftar] + [BELUM_DIISI_TAB, TIDAK_DIHITUNG],
        kecamatan=baris,
        bersama=_bersama(dipakai, cp),
        pemerintah_daerah=pemda.pop() if len(pemda) == 1 else "",
    )


def muat_rekap(store: Any, tahun: int, triwulan: int | None = None) -> Rekap:  # noqa: ANN401
    """The recapitulation straight from a store (every document read once)."""
    from ikudesk.persistence.kategori_store import read_kategori
    from ikudesk.persistence.repo import list_dokumen, read_dokumen

    daftar = list_dokumen(store)
    dokumen: list[tuple[int, Dokumen]] = []
    rusak: list[tuple[int, str]] = []
    with store.read() as session:
        kategori = read_kategori(session)
        for r in daftar:
            try:
                dokumen.append((r.id, read_dokumen(session, r.id)))
            except Exception:  # noqa: BLE001 - one damaged document never hides the others
                rusak.append((r.id, r.instansi))
    rekap = hitung_rekap(dokumen, tahun, triwulan, kategori)
    if rusak:
        rekap = dataclasses.replace(
            rekap,
            tidak_terbaca=[
                f"dokumen {did} ({' '.join(inst.split()) or 'tanpa instansi'}) tidak dapat "
                "dibaca; isinya tidak ikut direkap"
                for did, inst in rusak
            ],
        )
    return rekap


def tahun_terakhir(store: Any) -> int | None:  # noqa: ANN401
    """The latest year any kecamatan has a realisasi for: where the Rekap page opens."""
    from ikudesk.persistence.repo import list_dokumen, read_dokumen

    terbaik: int | None = None
    ids = [r.id for r in list_dokumen(store)]
    with store.read() as session:
        for did in ids:
            dok = read_dokumen(session, did)
            for th in reversed(dok.tahun()):
                if terbaik is not None and th <= terbaik:
                    break
                if any(hitung_realisasi(ind, th).ada for ind in dok.semua_indikator()):
                    terbaik = th
                    break
    return terbaik
