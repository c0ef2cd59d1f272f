"""``ikudesk ikm ID --tahun Y [--json]``: every IKM survey of a year, computed."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ikudesk.cli import common
from ikudesk.errors import IkuError

if TYPE_CHECKING:
    from decimal import Decimal
    from fractions import Fraction

    from ikudesk.domain.model import Dokumen


def tambah_perintah(sub: Any) -> None:  # noqa: ANN401 - argparse's private subparsers action
    s = common.perintah(
        sub, "ikm", jalankan_ikm, "hasil survei IKM (NRR per unsur, IKM, mutu) satu tahun"
    )
    common.tambah_id(s)
    common.tambah_tahun(s, "tahun survei (bawaan: tahun terakhir yang punya survei)")
    s.add_argument("--json", action="store_true", help="keluaran JSON untuk program lain")


def _angka(nilai: Fraction | None) -> Decimal | None:
    from ikudesk.domain.ikm import fraction_to_decimal

    return None if nilai is None else fraction_to_decimal(nilai)


def _bulat(nilai: Fraction | None) -> Decimal | None:
    from ikudesk.domain.ikm import round_fraction

    return None if nilai is None else round_fraction(nilai)


def hasil_ikm(dok: Dokumen, tahun: int) -> list[dict[str, Any]]:
    """Each survey of ``tahun`` as plain data (exact values and their 2-decimal roundings)."""
    from ikudesk.domain.ikm import hitung_ikm
    from ikudesk.domain.ikm_tampil import survei_tahun

    keluaran = []
    for ind, survei in survei_tahun(dok, tahun):
        h = hitung_ikm(survei)
        keluaran.append(
            {
                "indikator_id": ind.id,
                "kode": ind.kode,
                "indikator": ind.nama,
                "tahun": tahun,
                "jumlah_responden": h.jumlah_responden,
                "penimbang": survei.penimbang,
                "unsur": [
                    {
                        "nama": u.nama,
                        "jumlah_nilai": u.jumlah_nilai,
                        "jumlah_menjawab": u.jumlah_menjawab,
                        "nrr": _angka(u.nrr),
                        "nrr_dibulatkan": _bulat(u.nrr),
                        "nrr_tertimbang": _angka(u.nrr_tertimbang),
                        "nrr_tertimbang_dibulatkan": _bulat(u.nrr_tertimbang),
                    }
                    for u in h.unsur
                ],
                "indeks": _angka(h.indeks),
                "ikm": h.ikm_desimal,
                "ikm_dibulatkan": h.ikm_bulat,
                "mutu": h.mutu or None,
                "kinerja": h.kinerja or None,
                "status": h.status,
                "alasan": h.alasan,
            }
        )
    return keluaran


def jalankan_ikm(args: argparse.Namespace) -> int:
    from ikudesk.domain.ikm import hitung_ikm
    from ikudesk.domain.ikm_tampil import (
        judul_survei,
        survei_tahun,
        tahun_survei,
        teks_dua_desimal,
        teks_penimbang,
    )
    from ikudesk.files.docfile import json_tepat
    from ikudesk.persistence.repo import load_dokumen

    with common.buka(args, read_only=True) as store:
        dok = load_dokumen(store, args.id)
    if args.tahun is not None and dok.periode is not None and not dok.periode.memuat(args.tahun):
        p = dok.periode
        raise IkuError(f"Tahun {args.tahun} di luar periode dokumen ({p.mulai}–{p.selesai}).")
    th = tahun_survei(dok, args.tahun)
    daftar = hasil_ikm(dok, th) if th is not None else []
    if args.json:
        print(json_tepat(daftar))
        return common.KELUAR_OK
    if th is None or not daftar:
        teks = f"tahun {th}" if th is not None else "dokumen ini"
        print(f"Belum ada survei IKM untuk {teks}.", file=sys.stderr)
        return common.KELUAR_OK
    for i, (ind, survei) in enumerate(survei_tahun(dok, th)):
        h = hitung_ikm(survei)
        if i:
            print()
        print(f"{judul_survei(ind)} — survei IKM tahun {th}")
        print(
            f"  Responden: {h.jumlah_responden}; penimbang tiap unsur: "
            f"{teks_penimbang(survei, h.penimbang)}"
        )
        print(f"  {'No':>3}  {'NRR':>6}  {'NRR tertimbang':>14}  Unsur")
        for n, u in enumerate(h.unsur, start=1):
            print(
                f"  {n:>3}  {teks_dua_desimal(u.nrr):>6}  "
                f"{teks_dua_desimal(u.nrr_tertimbang):>14}  {u.nama}"
            )
        if h.ada:
            print(f"  IKM: {teks_dua_desimal(h.ikm)}  Mutu: {h.mutu} ({h.kinerja})")
        else:
            print(f"  IKM: -  ({h.alasan})")
    return common.KELUAR_OK
