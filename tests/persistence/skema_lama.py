"""Stores as earlier releases made them, for the migration tests.

``skema_sqlite_lama.json`` holds the SQL each release ran on SQLite to reach a schema version,
frozen as it stood in ``store.py`` before the schema became the tables' own: a SQLite store of
version k made here is byte for byte the kind of file an office has. A server store of version
k is made by the steps 1..k of ``schema.py`` (servers began at version 4 from the tables).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from ikudesk.persistence import schema

_LAMA = json.loads((Path(__file__).with_name("skema_sqlite_lama.json")).read_text("utf-8"))
# The versions whose SQL releases wrote by hand (frozen); later ones come from the tables.
VERSI_BEKU = range(1, max(int(k) for k in _LAMA if k.isdigit()) + 1)
VERSI_LAMA = range(1, schema.SCHEMA_VERSION)

# One document's rows, by the version whose table holds them (only the columns of that version).
BARIS: list[tuple[int, str, dict[str, Any]]] = [
    (1, "dokumen", {
        "id": 1, "instansi": "Kecamatan Lama", "pemerintah_daerah": "Kabupaten Contoh",
        "judul": '["RENSTRA"]', "periode_mulai": 2021, "periode_selesai": 2026,
        "tabel_judul": "", "nomor_per": "sasaran", "nomori_indikator": True,
        "baris_nomor_kolom": False, "catatan": "catatan lama", "dibuat": "2021-01-01T00:00:00",
        "diubah": "2021-02-01T00:00:00",
    }),
    (1, "tujuan", {"id": 1, "dokumen_id": 1, "urutan": 0, "uraian": "Tujuan lama", "kelompok": ""}),
    (1, "sasaran", {"id": 1, "tujuan_id": 1, "urutan": 0, "uraian": "Sasaran lama"}),
    (1, "indikator", {
        "id": 1, "dokumen_id": 1, "tujuan_id": None, "sasaran_id": 1, "urutan": 0,
        "nama": "Indeks kepuasan", "ekspresi": None, "penjelasan": "", "satuan": "%",
        "sumber_data": "", "penanggung_jawab": "", "polaritas": "positif",
    }),
    (1, "nilai", {"id": 1, "indikator_id": 1, "jenis": "target", "tahun": 2023, "nilai": "80.5"}),
    (3, "nilai_triwulan", {
        "id": 1, "indikator_id": 1, "jenis": "realisasi", "tahun": 2023, "triwulan": 2,
        "nilai": "40.25",
    }),
    (3, "analisis", {"indikator_id": 1, "tahun": 2023, "teks": "Tercapai."}),
]  # fmt: skip


def buat_sqlite_lama(con: Any, versi: int) -> None:
    """Run what releases up to schema ``versi`` ran on an empty SQLite file (sqlite3 connection;
    the caller stamps the version): the frozen SQL, or the tables of that version after it."""
    perintah = (
        [p for v in range(1, versi + 1) for p in _LAMA[str(v)]]
        if versi in VERSI_BEKU
        else schema.create_statements("sqlite", versi)
    )
    for p in perintah:
        con.execute(p)


def buat_server_lama(conn: Connection, versi: int) -> None:
    """A server database as schema ``versi`` had it: the steps 1..versi, the version stamped."""
    for v in range(1, versi + 1):
        for perintah in schema.step_statements(v, "postgresql"):
            conn.exec_driver_sql(perintah)
    conn.exec_driver_sql("CREATE TABLE ikudesk_skema (versi INTEGER NOT NULL)")
    conn.execute(text("INSERT INTO ikudesk_skema VALUES (:v)"), {"v": versi})


def isi_baris(conn: Connection, versi: int) -> None:
    """The rows a store of ``versi`` could hold (SQLAlchemy connection, either engine)."""
    for sejak, tabel, baris in BARIS:
        if sejak <= versi:
            kolom = ", ".join(baris)
            nilai = ", ".join(f":{k}" for k in baris)
            conn.execute(text(f"INSERT INTO {tabel} ({kolom}) VALUES ({nilai})"), baris)


def baca_baris(conn: Connection, versi: int) -> list[dict[str, Any]]:
    """Those rows as the store holds them now (only their columns of ``versi``)."""
    hasil = []
    for sejak, tabel, baris in BARIS:
        if sejak <= versi:
            r = conn.execute(text(f"SELECT {', '.join(baris)} FROM {tabel}")).mappings().one()
            hasil.append(dict(r))
    return hasil


def diharapkan(versi: int) -> list[dict[str, Any]]:
    return [dict(b) for sejak, _, b in BARIS if sejak <= versi]
