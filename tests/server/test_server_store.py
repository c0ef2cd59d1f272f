"""The store on a PostgreSQL server (a throwaway cluster, tests/support/pgserver.py): the same
documents as on SQLite, schema version in the database, migrations, sequences, exact numbers,
read-only roles, sslmode, a lost connection, and two processes writing at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from ikudesk.domain.fields import Field
from ikudesk.errors import StoreError
from ikudesk.files.docfile import baca_file, ke_json
from ikudesk.persistence.mapper import KonflikVersi
from ikudesk.persistence.repo import (
    SqlRepository,
    delete_dokumen,
    list_dokumen,
    load_dokumen,
    replace_dokumen,
    save_new_dokumen,
    write_dokumen,
)
from ikudesk.persistence.server import VERSION_TABLE
from ikudesk.persistence.store import SCHEMA_VERSION, open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import RemoveNode, SetField
from tests.conftest import CONTOH

psycopg = pytest.importorskip(
    "psycopg", reason="paket psycopg (pyproject [server]) tidak terpasang"
)
REPO = Path(__file__).resolve().parents[2]


def _psy(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True)


def test_semua_contoh_sama_di_kedua_mesin(store_apa_saja) -> None:
    store = store_apa_saja
    ids = {p.stem: save_new_dokumen(store, baca_file(p)) for p in CONTOH}
    for p in CONTOH:
        assert ke_json(load_dokumen(store, ids[p.stem])) == ke_json(baca_file(p)), p.name
    assert [d.id for d in list_dokumen(store)] == sorted(ids.values())
    delete_dokumen(store, ids[CONTOH[0].stem])
    replace_dokumen(store, ids[CONTOH[1].stem], baca_file(CONTOH[2]))
    assert ke_json(load_dokumen(store, ids[CONTOH[1].stem])) == ke_json(baca_file(CONTOH[2]))
    assert len(list_dokumen(store)) == len(CONTOH) - 1


def test_transaksi_gagal_tidak_meninggalkan_apa_pun(store_apa_saja) -> None:
    store = store_apa_saja
    with pytest.raises(RuntimeError), store.transaction() as s:
        write_dokumen(s, baca_file(CONTOH[0]))
        raise RuntimeError("listrik padam di tengah aksi")
    assert list_dokumen(store) == []


def test_skema_di_server_versi_angka_tepat_dan_urutan(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert store.server and "postgresql://" in store.name
        did = save_new_dokumen(store, baca_file(REPO / "data" / "sumber-harta-2023.json"))
        with store.read() as s:
            assert s.execute(text(f"SELECT versi FROM {VERSION_TABLE}")).scalar() == SCHEMA_VERSION
            jenis = {
                r[0]
                for r in s.execute(
                    text(
                        "SELECT data_type FROM information_schema.columns "
                        "WHERE table_schema = 'public'"
                    )
                )
            }
            # Values are exact text, never binary floating point.
            assert not jenis & {"real", "double precision"}
            assert s.execute(
                text("SELECT data_type FROM information_schema.columns WHERE table_name='nilai' "
                     "AND column_name='nilai'")
            ).scalar() == "character varying"  # fmt: skip
        # An indicator deleted and put back keeps its id; the sequence then moves past it.
        sesi = DocumentSession.open(SqlRepository(store), did)
        ind = sesi.dokumen.tujuan[0].sasaran[0].indikator[0]
        kembali = sesi.apply(RemoveNode(("indikator", ind.id)))
        sesi.apply(kembali)
        baru = save_new_dokumen(store, baca_file(CONTOH[0]))
        assert baru > did
        assert ke_json(load_dokumen(store, did)) == ke_json(sesi.dokumen)


def test_migrasi_dari_skema_lama_di_server(pg_url: str) -> None:
    with open_store(pg_url) as store:
        did = save_new_dokumen(store, baca_file(CONTOH[0]))
    sa_url = pg_url
    with _psy(sa_url) as con:  # the store as schema 3 made it: no document version yet
        con.execute("ALTER TABLE dokumen DROP COLUMN versi")
        con.execute(f"UPDATE {VERSION_TABLE} SET versi = 3")
    with open_store(pg_url) as store:
        assert ke_json(load_dokumen(store, did)) == ke_json(baca_file(CONTOH[0]))
        assert SqlRepository(store).version(did) == 0
    with _psy(sa_url) as con:
        assert con.execute(f"SELECT versi FROM {VERSION_TABLE}").fetchone() == (SCHEMA_VERSION,)


def test_migrasi_skema_4_ke_5_di_server(pg_url: str) -> None:
    """Schema 5 (laporan_triwulan) added to a server store of schema 4; a quarter's signer is
    then stored and read back."""
    from ikudesk.domain.model import LaporanTriwulan, Penandatangan
    from ikudesk.session.document import DocumentSession
    from ikudesk.session.operations import SetLaporanTriwulan

    with open_store(pg_url) as store:
        v2 = next(p for p in CONTOH if p.stem == "sumber-harta-2023")
        did = save_new_dokumen(store, baca_file(v2))
    with _psy(pg_url) as con:
        con.execute("DROP TABLE laporan_triwulan")
        con.execute(f"UPDATE {VERSION_TABLE} SET versi = 4")
    with open_store(pg_url) as store:
        sesi = DocumentSession.open(SqlRepository(store), did)
        th = 2023
        entry = LaporanTriwulan(th, 2, Penandatangan(nama="CAMAT", tanggal=f"{th}-07-05"))
        sesi.apply(SetLaporanTriwulan(th, 2, entry))
        assert load_dokumen(store, did).laporan_tw(th, 2) == entry
    with _psy(pg_url) as con:
        assert con.execute(f"SELECT versi FROM {VERSION_TABLE}").fetchone() == (SCHEMA_VERSION,)


def test_basis_data_lain_ditolak_tanpa_diubah(pg_url: str) -> None:
    with _psy(pg_url) as con:
        con.execute("CREATE TABLE gaji (id int)")
    with pytest.raises(StoreError, match="bukan penyimpanan IKU Desk"):
        open_store(pg_url)
    with _psy(pg_url) as con:
        tabel = [
            r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")
        ]
    assert tabel == ["gaji"]


def test_peran_hanya_baca_dapat_pesan_jelas(pg_url: str, pg_server) -> None:
    with open_store(pg_url) as store:
        did = save_new_dokumen(store, baca_file(CONTOH[0]))
    with _psy(pg_url) as con:
        con.execute("DO $$ BEGIN CREATE ROLE pembaca LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")  # fmt: skip
        con.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pembaca")
    url_baca = pg_url.replace("postgres@", "pembaca@")
    with open_store(url_baca) as store:
        assert load_dokumen(store, did).profil.instansi  # reading works
        sesi = DocumentSession.open(SqlRepository(store), did)
        with pytest.raises(StoreError, match="hanya baca"):
            sesi.apply(SetField(did, Field.DOKUMEN_INSTANSI, "Kecamatan Lain"))
        with pytest.raises(StoreError, match="hanya baca"):
            save_new_dokumen(store, baca_file(CONTOH[1]))
    with open_store(pg_url) as store:
        assert len(list_dokumen(store)) == 1


def test_sslmode_dihormati(pg_url: str) -> None:
    with open_store(pg_url + "?sslmode=disable") as store:
        assert list_dokumen(store) == []
    # The test server has no TLS: demanding it is refused with a message, not a traceback.
    with pytest.raises(StoreError, match="SSL"):
        open_store(pg_url + "?sslmode=require")


def test_sambungan_putus_di_tengah_aksi(pg_url: str) -> None:
    with open_store(pg_url) as store:
        did = save_new_dokumen(store, baca_file(CONTOH[0]))
        sebelum = ke_json(load_dokumen(store, did))
        sesi = DocumentSession.open(SqlRepository(store), did)
        with pytest.raises(StoreError, match="terputus") as info, store.transaction() as s:
            write_dokumen(s, baca_file(CONTOH[1]))  # half an action is written...
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            with _psy(pg_url) as lain:  # ...when the server drops the connection
                lain.execute("SELECT pg_terminate_backend(%s)", (pid,))
            write_dokumen(s, baca_file(CONTOH[2]))
        assert "Traceback" not in str(info.value)
        assert [d.id for d in list_dokumen(store)] == [did]  # nothing half-written
        # A window's change that loses its connection: refused whole, then the retry works.
        asli = sesi.dokumen.profil.instansi
        with store.engine.connect() as c:
            pid = c.execute(text("SELECT pg_backend_pid()")).scalar()
        with _psy(pg_url) as lain:
            lain.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        sesi.apply(SetField(did, Field.DOKUMEN_INSTANSI, "Kecamatan Baru"))
        assert load_dokumen(store, did).profil.instansi == "Kecamatan Baru" != asli
        assert ke_json(load_dokumen(store, did)) != sebelum
        assert pid


def _anak(url: str, did: int, iid: int, jumlah: int, prefix: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.anak_pg_penulis", url, str(did), str(iid), str(jumlah),
         prefix],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_perubahan_bertabrakan_ditolak_dan_undo_juga(pg_url: str) -> None:
    with open_store(pg_url) as store:
        a = save_new_dokumen(store, baca_file(CONTOH[0]))
        b = save_new_dokumen(store, baca_file(CONTOH[1]))
        repo = SqlRepository(store)
        sesi_a, sesi_b = DocumentSession.open(repo, a), DocumentSession.open(repo, b)
        undo = sesi_a.apply(SetField(a, Field.DOKUMEN_INSTANSI, "Kecamatan Kami"))
        ind_a = next(iter(sesi_a._nodes))  # noqa: SLF001 - any node of document a
        assert ind_a
        # Another PC changes document a.
        iid = sesi_a.dokumen.tujuan[0].sasaran[0].indikator[0].id
        p = _anak(pg_url, a, iid, 1, "dari-PC-lain")
        assert p.wait(60) == 0, p.stderr.read() if p.stderr else ""
        assert sesi_a.changed_elsewhere() and not sesi_b.changed_elsewhere()
        with pytest.raises(KonflikVersi, match="diubah oleh pengguna lain"):
            sesi_a.apply(SetField(a, Field.DOKUMEN_INSTANSI, "Kecamatan Saya"))
        with pytest.raises(KonflikVersi):
            sesi_a.apply(undo)  # undo after someone else's change: refused the same way
        tersimpan = load_dokumen(store, a)
        assert tersimpan.profil.instansi == "Kecamatan Kami"
        assert tersimpan.tujuan[0].sasaran[0].indikator[0].nama == "dari-PC-lain-0"
        # A different document is not affected.
        sesi_b.apply(SetField(b, Field.DOKUMEN_INSTANSI, "Kecamatan B"))
        # Reloading (what the window does) shows the other's change and edits go on.
        sesi_a = DocumentSession.open(repo, a)
        assert sesi_a.dokumen.tujuan[0].sasaran[0].indikator[0].nama == "dari-PC-lain-0"
        sesi_a.apply(SetField(a, Field.DOKUMEN_INSTANSI, "Kecamatan Saya"))


def test_dua_proses_menulis_bersamaan_tanpa_kehilangan(pg_url: str) -> None:
    with open_store(pg_url) as store:
        a = save_new_dokumen(store, baca_file(CONTOH[0]))
        b = save_new_dokumen(store, baca_file(CONTOH[1]))
        dok_a, dok_b = load_dokumen(store, a), load_dokumen(store, b)
        ind_a = [i.id for t in dok_a.tujuan for s in t.sasaran for i in s.indikator][:2]
        ind_b = [i.id for t in dok_b.tujuan for s in t.sasaran for i in s.indikator][0]
        v_a = SqlRepository(store).version(a)
        n = 15
        # Same document, two processes; and a third on another document.
        anak = [_anak(pg_url, a, ind_a[0], n, "satu"), _anak(pg_url, a, ind_a[1], n, "dua"),
                _anak(pg_url, b, ind_b, n, "tiga")]  # fmt: skip
        hasil = []
        for p in anak:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
            hasil.append(tuple(int(x) for x in out.split()))
        assert [h[0] for h in hasil] == [n, n, n]  # every edit stored in the end
        assert hasil[2][1] == 0  # another document never conflicts
        akhir = load_dokumen(store, a)
        nama = {i.id: i.nama for t in akhir.tujuan for s in t.sasaran for i in s.indikator}
        assert nama[ind_a[0]] == f"satu-{n - 1}" and nama[ind_a[1]] == f"dua-{n - 1}"
        # No lost update: the version moved once per stored edit.
        assert SqlRepository(store).version(a) == v_a + 2 * n
