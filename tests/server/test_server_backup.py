"""Backups of a server store are logical and restore anywhere; moving an office to a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ikudesk.backup.archive import periksa_cadangan
from ikudesk.backup.server import buat_cadangan_server, pulihkan_ke_server
from ikudesk.cli import main
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file, ke_json
from ikudesk.persistence.repo import list_dokumen, load_dokumen, save_new_dokumen
from ikudesk.persistence.store import open_store
from tests.conftest import CONTOH

pytest.importorskip("psycopg", reason="paket psycopg (pyproject [server]) tidak terpasang")


def _isi(store) -> dict[int, str]:
    return {d.id: ke_json(load_dokumen(store, d.id)) for d in list_dokumen(store)}


def test_pindah_kantor_sqlite_ke_server_dan_kembali(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lokal = tmp_path / "kantor.sqlite"
    with open_store(lokal) as store:
        for p in CONTOH:
            save_new_dokumen(store, baca_file(p))
        asli = _isi(store)
    # The office moves: backup, then restore into the server (the CLI as the README says).
    assert main(["backup", str(tmp_path / "a.ikubackup"), "--db", str(lokal)]) == 0
    assert main(["restore", str(tmp_path / "a.ikubackup"), "--db", pg_url, "--ya"]) == 0
    assert "Pemulihan berhasil" in capsys.readouterr().err
    with open_store(pg_url) as server:
        assert _isi(server) == asli  # same documents, same ids
        baru = save_new_dokumen(server, baca_file(CONTOH[0]))  # sequences moved past them
        assert baru > max(asli)
    # The server's own backup is logical, and restores into a SQLite file.
    assert main(["backup", str(tmp_path / "b.ikubackup"), "--db", pg_url]) == 0
    info = periksa_cadangan(tmp_path / "b.ikubackup")
    assert len(info.dokumen) == len(CONTOH) + 1
    lain = tmp_path / "lain.sqlite"
    assert main(["restore", str(tmp_path / "b.ikubackup"), "--db", str(lain), "--ya"]) == 0
    with open_store(lain) as store, open_store(pg_url) as server:
        assert _isi(store) == _isi(server)


def test_pulih_ke_server_satu_transaksi_dan_isi_lama_dicadangkan(
    tmp_path: Path, pg_url: str
) -> None:
    with open_store(pg_url) as server:
        save_new_dokumen(server, baca_file(CONTOH[0]))
        sebelum = _isi(server)
        berkas = buat_cadangan_server(server, tmp_path).path
        save_new_dokumen(server, baca_file(CONTOH[1]))
        jumlah, lama = pulihkan_ke_server(berkas, server)
        assert jumlah == 1 and _isi(server) == sebelum
        assert lama is not None and len(periksa_cadangan(lama).dokumen) == 2
        # A damaged backup: refused before anything is touched.
        rusak = tmp_path / "rusak.ikubackup"
        rusak.write_bytes(berkas.read_bytes()[:-200])
        with pytest.raises(IkuError, match="cadangan"):
            pulihkan_ke_server(rusak, server)
        assert _isi(server) == sebelum
        # A failure in the middle of the replace (the server refuses the last document after
        # the others were written): nothing of it stays.
        with server.transaction() as s:
            s.execute(text(
                "CREATE FUNCTION tolak() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN IF NEW.id = 3 THEN RAISE EXCEPTION 'tolak'; END IF; RETURN NEW; END $$"
            ))  # fmt: skip
            s.execute(text(
                "CREATE TRIGGER tolak BEFORE INSERT ON dokumen FOR EACH ROW EXECUTE FUNCTION "
                "tolak()"
            ))  # fmt: skip
        lokal = tmp_path / "k.sqlite"
        with open_store(lokal) as store:
            for p in CONTOH:
                save_new_dokumen(store, baca_file(p))
        assert main(["backup", str(tmp_path / "k.ikubackup"), "--db", str(lokal)]) == 0
        with pytest.raises(IkuError, match="tidak diubah"):
            pulihkan_ke_server(tmp_path / "k.ikubackup", server)
        assert _isi(server) == sebelum


def test_server_dengan_teks_lama_dicadangkan_dan_dipulihkan(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server store holding a text made before the limits of FORMAT.md (issue 22, item 12):
    its logical backup is made, and it restores into a server and a file, with a warning."""
    with open_store(pg_url) as server:
        did = save_new_dokumen(server, baca_file(CONTOH[0]))
        with server.transaction() as t:
            t.execute(
                text("UPDATE dokumen SET instansi = :i WHERE id = :d"),
                {"i": "Kecamatan \u202eTRAHS", "d": did},
            )
        asli = _isi(server)
    berkas = tmp_path / "s.ikubackup"
    assert main(["backup", str(berkas), "--db", pg_url]) == 0
    capsys.readouterr()
    assert main(["restore", str(berkas), "--db", pg_url, "--ya"]) == 0
    assert "profil.instansi" in capsys.readouterr().err
    lokal = tmp_path / "l.sqlite"
    assert main(["restore", str(berkas), "--db", str(lokal), "--ya"]) == 0
    assert "U+202E" in capsys.readouterr().err
    with open_store(pg_url) as server, open_store(lokal) as store:
        assert _isi(server)[did] == asli[did] == _isi(store)[did]
