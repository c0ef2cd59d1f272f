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
    "sasaran_id": "sasaran",
    "survei_id": "survei_ikm",
    "pk_id": "perjanjian_kinerja",
    "induk_id": "pk_anggaran",
}
# Tables a kecamatan's role never writes (the program's own bookkeeping, the rights).
HANYA_BACA = ("ikudesk_skema", TABEL_HAK)

_FUNGSI = f"""
CREATE TABLE IF NOT EXISTS {TABEL_HAK} (
    peran TEXT PRIMARY KEY,
    instansi TEXT  -- NULL: the kabupaten's role, which reads everything and changes nothing
);
SET LOCAL check_function_bodies = false;
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
        SELECT 1 FROM {TABEL_HAK} h
        WHERE h.peran = $2::TEXT AND h.instansi IS NOT NULL AND h.instansi = ikudesk_norm($1)
    ) $$;
-- Moving an id sequence past the ids inserted by hand (undo, restore) without giving roles the
-- right to set sequences at will (which could make other kecamatan's inserts collide).
CREATE OR REPLACE FUNCTION ikudesk_setel_urutan(tabel TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ BEGIN
        EXECUTE format(
            'SELECT setval(pg_get_serial_sequence(%L, ''id''), GREATEST('
            '(SELECT COALESCE(MAX(id), 0) FROM %I), (SELECT last_value FROM %I)))',
            tabel, tabel, tabel || '_id_seq');
    END $$;
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


def _syarat(tabel: str, kolom: set[str], semua: bool = True) -> str:
    """The condition a row of ``tabel`` must meet for ``current_user`` to write it: every
    document it names (through ``dokumen_id`` and each parent reference) is the role's — so a
    row can neither sit in nor point into another kecamatan's document. ``semua=False``: the
    main parent only (the parents' own functions)."""
    if tabel == "dokumen":
        return "ikudesk_boleh_instansi(instansi, current_user)"
    bagian: list[str] = []
    if "dokumen_id" in kolom:
        bagian.append("ikudesk_boleh_dokumen(dokumen_id, current_user)")
    for k, induk in INDUK.items():
        if k in kolom and (semua or not bagian) and not (k == "induk_id" and not semua):
            bagian.append(f"({k} IS NULL OR ikudesk_boleh_{induk}({k}, current_user))")
    return " AND ".join(bagian) if bagian else "ikudesk_bebas(current_user)"


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


def beri_hak(conn: Any, peran: str, instansi: str | None) -> None:  # noqa: ANN401
    """Role ``peran`` changes only documents of ``instansi``; ``None``: reads all, changes
    nothing (the kabupaten). Installs the rights first, then grants what the role needs."""
    q = _kutip(conn, peran)
    pasang(conn)
    conn.execute(
        text(
            f"INSERT INTO {TABEL_HAK} (peran, instansi) VALUES (:p, ikudesk_norm(:i)) "
            "ON CONFLICT (peran) DO UPDATE SET instansi = EXCLUDED.instansi"
        ),
        {"p": peran, "i": instansi},
    )
    _beri(conn, q, tulis=instansi is not None)


def _beri(conn: Any, q: str, tulis: bool) -> None:  # noqa: ANN401
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {q}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {q}"))
    if not tulis:
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM {q}"))
        return
    tabel = [t for t in _tabel_dokumen(conn) if t not in HANYA_BACA]
    conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(tabel)} TO {q}"))
    for t in HANYA_BACA:
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {t} FROM {q}"))
    # nextval only: moving a sequence goes through ikudesk_setel_urutan
    conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q}"))
    conn.execute(text(f"REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA public FROM {q}"))


def cabut_hak(conn: Any, peran: str) -> None:  # noqa: ANN401
    """The role loses its kecamatan and every write right on the store (it still reads)."""
    q = _kutip(conn, peran)
    pasang(conn)
    conn.execute(text(f"DELETE FROM {TABEL_HAK} WHERE peran = :p"), {"p": peran})
    conn.execute(
        text(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public FROM {q}")
    )
    conn.execute(text(f"REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA public FROM {q}"))


def beri_ulang(conn: Any) -> None:  # noqa: ANN401
    """After a schema upgrade: the policies laid again and every listed role's grants renewed,
    so a table a later version added is covered and usable."""
    pasang(conn)
    for peran, instansi in daftar_hak(conn):
        ada = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :p"), {"p": peran}).first()
        if ada is not None:
            _beri(conn, _pengenal(peran), tulis=instansi is not None)


def daftar_hak(conn: Any) -> list[tuple[str, str | None]]:  # noqa: ANN401
    if not dipakai(conn):
        return []
    return [
        (str(p), None if i is None else str(i))
        for p, i in conn.execute(text(f"SELECT peran, instansi FROM {TABEL_HAK} ORDER BY peran"))
    ]


def setel_urutan_sql(conn: Any, tabel: str) -> bool:  # noqa: ANN401
    """Move ``tabel``'s id sequence through the rights' function when rights are set up;
    False when they are not (the caller sets it itself)."""
    ada = conn.execute(text("SELECT to_regprocedure('ikudesk_setel_urutan(text)')")).scalar()
    if ada is None:
        return False
    conn.execute(text("SELECT ikudesk_setel_urutan(:t)"), {"t": tabel})
    return True


def _kutip(conn: Any, peran: str) -> str:  # noqa: ANN401
    """``peran`` as an SQL identifier, after checking that the role exists."""
    from ikudesk.errors import StoreError

    ada = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :p"), {"p": peran}).first()
    if ada is None:
        raise StoreError(
            f"Peran (pengguna) '{peran}' tidak ada di server; buat dulu dengan CREATE ROLE."
        )
    return _pengenal(peran)


def _pengenal(peran: str) -> str:
    """A role name as a quoted SQL identifier."""
    return '"' + peran.replace('"', '""') + '"'
