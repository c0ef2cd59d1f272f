"""Rights on a shared PostgreSQL store: each kecamatan's role changes only its own documents.

The server enforces it, not the program: row-level security on every table of a document. A
role listed in ``ikudesk_hak`` (role → instansi, normalised as the program compares instansi:
spaces collapsed, lower case) may insert, change and delete only rows of documents whose
instansi is its own; a role not listed keeps what its privileges give it (the kabupaten's
read-only role reads everything; the store's owner, who gathers the kecamatan, bypasses the
policies as owners do). Reading is never restricted by these policies.

``pasang`` (re)creates the table, the functions and one policy per table and command; it is
idempotent and is run again after every schema upgrade, so a table added by a later version is
covered too. Only the store's owner can run it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, text

TABEL_HAK = "ikudesk_hak"

# How a table's rows reach their document: a column, and the table it points into (None: the
# column is the document's id). Tables not listed here and without ``dokumen_id`` are store-wide
# (settings): only unrestricted roles change them.
INDUK = {
    "indikator_id": "indikator",
    "komponen_id": "komponen",
    "tujuan_id": "tujuan",
    "survei_id": "survei_ikm",
    "pk_id": "perjanjian_kinerja",
}

_FUNGSI = f"""
CREATE TABLE IF NOT EXISTS {TABEL_HAK} (
    peran TEXT PRIMARY KEY,
    instansi TEXT NOT NULL
);
REVOKE ALL ON {TABEL_HAK} FROM PUBLIC;
GRANT SELECT ON {TABEL_HAK} TO PUBLIC;
CREATE OR REPLACE FUNCTION ikudesk_norm(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$ SELECT lower(btrim(regexp_replace(t, '\\s+', ' ', 'g'))) $$;
CREATE OR REPLACE FUNCTION ikudesk_bebas(peran NAME) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT NOT EXISTS (SELECT 1 FROM {TABEL_HAK} h WHERE h.peran = $1::TEXT) $$;
CREATE OR REPLACE FUNCTION ikudesk_boleh_instansi(inst TEXT, peran NAME) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT ikudesk_bebas($2) OR EXISTS (
        SELECT 1 FROM {TABEL_HAK} h WHERE h.peran = $2::TEXT AND h.instansi = ikudesk_norm($1)
    ) $$;
CREATE OR REPLACE FUNCTION ikudesk_boleh_dokumen(dok INTEGER, peran NAME) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT ikudesk_bebas($2) OR COALESCE(
        (SELECT ikudesk_boleh_instansi(d.instansi, $2) FROM dokumen d WHERE d.id = $1), FALSE
    ) $$;
"""


def _fungsi_induk(tabel: str, kolom_dokumen: str) -> str:
    """``ikudesk_boleh_<tabel>(id, peran)``: whether a row of ``tabel`` belongs to a document the
    role may change (``kolom_dokumen``: how a row of ``tabel`` names its document)."""
    return f"""
CREATE OR REPLACE FUNCTION ikudesk_boleh_{tabel}(x INTEGER, peran NAME) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT ikudesk_bebas($2) OR COALESCE(
        (SELECT {kolom_dokumen} FROM {tabel} t WHERE t.id = $1), FALSE
    ) $$;
"""


def _syarat(tabel: str, kolom: set[str]) -> str:
    if tabel == "dokumen":
        return "ikudesk_boleh_instansi(instansi, current_user)"
    if "dokumen_id" in kolom:
        return "ikudesk_boleh_dokumen(dokumen_id, current_user)"
    for k, induk in INDUK.items():
        if k in kolom:
            return f"ikudesk_boleh_{induk}({k}, current_user)"
    return "ikudesk_bebas(current_user)"


def _tabel_dokumen(conn: Any) -> dict[str, set[str]]:  # noqa: ANN401
    """Our tables (those of the SQLModel metadata that exist) and their columns."""
    from sqlmodel import SQLModel

    import ikudesk.persistence.tables  # noqa: F401 - registers the tables

    ada = set(inspect(conn).get_table_names())
    return {
        nama: {c.name for c in t.columns}
        for nama, t in SQLModel.metadata.tables.items()
        if nama in ada
    }


def pasang(conn: Any) -> None:  # noqa: ANN401
    """Create the rights table, functions and policies (idempotent), in the caller's
    transaction."""
    conn.execute(text(_FUNGSI))
    tabel = _tabel_dokumen(conn)
    # The parents' functions: how a parent row names its document.
    for induk in sorted(set(INDUK.values()) & set(tabel)):
        # Parameters by position: a column named like a parameter would shadow it.
        syarat = _syarat(induk, tabel[induk]).replace("current_user", "$2")
        syarat = syarat.replace("(dokumen_id,", "(t.dokumen_id,").replace(
            "(instansi,", "(t.instansi,"
        )
        for k in INDUK:
            syarat = syarat.replace(f"({k},", f"(t.{k},")
        conn.execute(text(_fungsi_induk(induk, syarat)))
    for nama, kolom in sorted(tabel.items()):
        syarat = _syarat(nama, kolom)
        conn.execute(text(f"ALTER TABLE {nama} ENABLE ROW LEVEL SECURITY"))
        for policy, perintah in (
            ("ikudesk_baca", "FOR SELECT USING (TRUE)"),
            ("ikudesk_tambah", f"FOR INSERT WITH CHECK ({syarat})"),
            ("ikudesk_ubah", f"FOR UPDATE USING ({syarat}) WITH CHECK ({syarat})"),
            ("ikudesk_hapus", f"FOR DELETE USING ({syarat})"),
        ):
            conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {nama}"))
            conn.execute(text(f"CREATE POLICY {policy} ON {nama} {perintah}"))


def dipakai(conn: Any) -> bool:  # noqa: ANN401
    """Whether rights were ever set up on this server store."""
    return TABEL_HAK in inspect(conn).get_table_names()


def beri_hak(conn: Any, peran: str, instansi: str) -> None:  # noqa: ANN401
    """Role ``peran`` changes only documents of ``instansi`` (installs the rights first)."""
    pasang(conn)
    conn.execute(
        text(
            f"INSERT INTO {TABEL_HAK} (peran, instansi) VALUES (:p, ikudesk_norm(:i)) "
            "ON CONFLICT (peran) DO UPDATE SET instansi = EXCLUDED.instansi"
        ),
        {"p": peran, "i": instansi},
    )


def cabut_hak(conn: Any, peran: str) -> None:  # noqa: ANN401
    pasang(conn)
    conn.execute(text(f"DELETE FROM {TABEL_HAK} WHERE peran = :p"), {"p": peran})


def daftar_hak(conn: Any) -> list[tuple[str, str]]:  # noqa: ANN401
    if not dipakai(conn):
        return []
    return [
        (str(p), str(i))
        for p, i in conn.execute(text(f"SELECT peran, instansi FROM {TABEL_HAK} ORDER BY peran"))
    ]


def beri_baca(conn: Any, peran: str) -> None:  # noqa: ANN401
    """Role ``peran`` (the kabupaten's) reads every document and changes nothing."""
    from sqlalchemy.sql import quoted_name  # noqa: F401 - names are quoted below

    q = _kutip(conn, peran)
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {q}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q}"))


def beri_tulis(conn: Any, peran: str) -> None:  # noqa: ANN401
    """The table privileges a kecamatan's role needs; the policies narrow them to its rows."""
    q = _kutip(conn, peran)
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {q}"))
    conn.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q}")
    )
    conn.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {q}"))
    conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {TABEL_HAK} FROM {q}"))


def _kutip(conn: Any, peran: str) -> str:  # noqa: ANN401
    """``peran`` as an SQL identifier, after checking that the role exists."""
    from ikudesk.errors import StoreError

    ada = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :p"), {"p": peran}).first()
    if ada is None:
        raise StoreError(
            f"Peran (pengguna) '{peran}' tidak ada di server; buat dulu dengan CREATE ROLE."
        )
    return '"' + peran.replace('"', '""') + '"'
