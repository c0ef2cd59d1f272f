"""ikudesk gabung: kecamatan documents gathered into one store, never replacing the store."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ikudesk.backup.archive import buat_cadangan
from ikudesk.cli import main
from ikudesk.files.docfile import baca_file, ke_json, muat_json_mentah, normalisasi
from ikudesk.persistence.repo import list_dokumen, load_dokumen, save_new_dokumen
from ikudesk.persistence.store import open_store
from tests.conftest import REPO
from tests.support.kabupaten import dokumen_kecamatan, tulis_dokumen_kecamatan

# One document per kecamatan identity (sumber-harta.json and sumber-harta-2023.json are the
# same kecamatan and period: gathered together they are refused, see below).
SAMPEL = [REPO / "data" / n for n in ("benjeng.json", "sumber-harta-2023.json", "sumbersuko.json")]


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _isi_store(db: Path) -> dict[str, object]:
    with open_store(db) as s:
        return {
            r.instansi: normalisasi(json.loads(ke_json(load_dokumen(s, r.id))))
            for r in list_dokumen(s)
        }


def _store_alfa(tmp: Path) -> tuple[Path, str]:
    """A store holding Kecamatan Alfa, and its hash (to prove a refusal left it untouched)."""
    db = tmp / "k.sqlite"
    a = tmp / "a.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    assert main(["gabung", str(a), "--db", str(db)]) == 0
    return db, _hash(db)


def _backup_dari(path: Path, tmp: Path) -> Path:
    db = tmp / f"{path.stem}-asal.sqlite"
    with open_store(db) as s:
        save_new_dokumen(s, baca_file(path))
        return buat_cadangan(s, tmp / f"{path.stem}.ikubackup").path


def test_sampel_dan_cadangannya_digabung_dua_kali(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kabupaten.sqlite"
    cadangan = [_backup_dari(p, tmp_path) for p in SAMPEL]
    assert main(["gabung", *map(str, SAMPEL), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 3 and err.count("BARU") == 3
    with open_store(db) as s:
        for r in list_dokumen(s):
            asal = next(p for p in SAMPEL if baca_file(p).profil.instansi == r.instansi)
            assert normalisasi(json.loads(ke_json(load_dokumen(s, r.id)))) == normalisasi(
                muat_json_mentah(asal.read_bytes())
            )
    sebelum = _hash(db)
    # The same documents again, from files and from their backups: nothing changes, said so.
    for sumber in (SAMPEL, cadangan):
        assert main(["gabung", *map(str, sumber), "--db", str(db)]) == 0
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("SAMA") == 3 and "tidak diubah" in err
        assert _hash(db) == sebelum


def test_cadangan_ke_penyimpanan_kosong(tmp_path: Path, capsys) -> None:
    cad = _backup_dari(SAMPEL[1], tmp_path)
    db = tmp_path / "k.sqlite"
    assert main(["gabung", str(cad), "--db", str(db)]) == 0
    assert "dari cadangan" in capsys.readouterr().err
    with open_store(db) as s:
        assert [r.instansi for r in list_dokumen(s)] == ["Kecamatan Sumber Harta"]


def test_dokumen_berubah_diganti_hanya_setelah_konfirmasi(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "k.sqlite"
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    tulis_dokumen_kecamatan(b, "Kecamatan Beta", geser=1)
    assert main(["gabung", str(a), str(b), "--db", str(db)]) == 0
    capsys.readouterr()
    with open_store(db) as s:
        id_alfa = next(r.id for r in list_dokumen(s) if r.instansi == "Kecamatan Alfa")
    beta_sebelum = _isi_store(db)["Kecamatan Beta"]
    # Alfa's new version: a target changed, an indicator added — and the name typed with other
    # spaces and case: the same kecamatan.
    baru = dokumen_kecamatan("Kecamatan Alfa", jumlah=21)
    baru.profil.instansi = "  kecamatan   ALFA "
    baru.tujuan[0].sasaran[0].indikator[0].target[2023] = (
        baru.tujuan[0].sasaran[0].indikator[0].target[2023] + 5
    )
    a2 = tmp_path / "a2.json"
    a2.write_text(ke_json(baru), encoding="utf-8")
    sebelum = _hash(db)
    # Not confirmed (no terminal, then "t"): refused, the store byte-identical.
    assert main(["gabung", str(a2), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "GANTI" in err and f"dokumen {id_alfa}" in err
    assert "target 2023: 81 → 86" in err and "Indikator ditambah: IKU 21" in err
    assert "--ya" in err
    assert _hash(db) == sebelum
    monkeypatch.setattr("sys.stdin", _Tty("t\n"))
    assert main(["gabung", str(a2), "--db", str(db)]) == 2
    assert "dibatalkan" in capsys.readouterr().err
    assert _hash(db) == sebelum
    # Confirmed: replaced in place (same id), Beta untouched.
    monkeypatch.setattr("sys.stdin", _Tty("y\n"))
    assert main(["gabung", str(a2), "--db", str(db)]) == 0
    assert "1 diganti" in capsys.readouterr().err
    isi = _isi_store(db)
    assert isi["Kecamatan Beta"] == beta_sebelum
    with open_store(db) as s:
        assert load_dokumen(s, id_alfa).profil.instansi == "  kecamatan   ALFA "
        assert len(list_dokumen(s)) == 2


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_dua_dokumen_satu_identitas_ditolak_bersama(tmp_path: Path, capsys) -> None:
    db = tmp_path / "k.sqlite"
    c = tmp_path / "c.json"
    tulis_dokumen_kecamatan(c, "Kecamatan Gama")
    assert main(["gabung", str(c), "--db", str(db)]) == 0
    capsys.readouterr()
    sebelum = _hash(db)
    sh = [REPO / "data" / "sumber-harta.json", REPO / "data" / "sumber-harta-2023.json"]
    assert main(["gabung", str(SAMPEL[0]), *map(str, sh), "--db", str(db), "--ya"]) == 2
    err = capsys.readouterr().err
    assert "lebih dari sekali" in err and "sumber-harta.json" in err
    assert _hash(db) == sebelum  # Benjeng, which was fine, is not stored either


def test_periode_lain_adalah_dokumen_lain(tmp_path: Path, capsys) -> None:
    db = tmp_path / "k.sqlite"
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa", periode=(2021, 2026))
    tulis_dokumen_kecamatan(b, "Kecamatan Alfa", periode=(2016, 2021))
    assert main(["gabung", str(a), str(b), "--db", str(db)]) == 0
    with open_store(db) as s:
        assert len(list_dokumen(s)) == 2


def test_berkas_rusak_tidak_menyimpan_apa_pun(tmp_path: Path, capsys) -> None:
    db, sebelum = _store_alfa(tmp_path)
    rusak = tmp_path / "rusak.ikubackup"
    cad = _backup_dari(SAMPEL[0], tmp_path)
    data = bytearray(cad.read_bytes())
    data[len(data) // 2] ^= 0xFF
    rusak.write_bytes(bytes(data))
    b = tmp_path / "b.json"
    tulis_dokumen_kecamatan(b, "Kecamatan Beta")
    for buruk in (rusak, tmp_path / "tidak-ada.json", tmp_path):
        assert main(["gabung", str(b), str(buruk), "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and str(buruk.name) in err
        assert _hash(db) == sebelum


def test_cadangan_versi_lama_diperbarui(tmp_path: Path, capsys) -> None:
    from tests.backup.test_backup import _buat_store_skema_1

    lama = tmp_path / "lama.sqlite"
    _buat_store_skema_1(lama, SAMPEL[2])
    cad = buat_cadangan(lama, tmp_path / "lama.ikubackup").path
    assert sqlite3.connect(lama).execute("PRAGMA user_version").fetchone()[0] == 1
    db = tmp_path / "k.sqlite"
    assert main(["gabung", str(cad), "--db", str(db)]) == 0
    with open_store(db) as s:
        (r,) = list_dokumen(s)
        assert r.instansi == baca_file(SAMPEL[2]).profil.instansi


def test_dokumen_berubah_setelah_rencana_ditolak(tmp_path: Path) -> None:
    from ikudesk.kabupaten.gabung import GabungError, baca_sumber, rencanakan, terapkan
    from ikudesk.persistence.repo import replace_dokumen

    db = tmp_path / "k.sqlite"
    a = tmp_path / "a.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    a2 = tmp_path / "a2.json"
    tulis_dokumen_kecamatan(a2, "Kecamatan Alfa", geser=2)
    with open_store(db) as s:
        (did,) = terapkan(s, rencanakan(s, baca_sumber([a]))).baru
        rencana = rencanakan(s, baca_sumber([a2]))
        assert rencana.perlu_konfirmasi
        # Someone else changes Alfa between the list and the confirmation.
        replace_dokumen(s, did, dokumen_kecamatan("Kecamatan Alfa", geser=5))
        with pytest.raises(GabungError, match="berubah sejak"):
            terapkan(s, rencana)
        assert load_dokumen(s, did).tujuan[0].sasaran[0].indikator[0].realisasi == (
            dokumen_kecamatan("Kecamatan Alfa", geser=5).tujuan[0].sasaran[0].indikator[0].realisasi
        )


def test_gabung_di_postgresql(pg_url: str, tmp_path: Path, capsys) -> None:
    cad = _backup_dari(SAMPEL[0], tmp_path)
    assert main(["gabung", str(cad), str(SAMPEL[2]), "--db", pg_url]) == 0
    assert main(["gabung", str(cad), str(SAMPEL[2]), "--db", pg_url]) == 0
    assert capsys.readouterr().err.count("SAMA") == 2
    with open_store(pg_url) as s:
        assert sorted(r.instansi for r in list_dokumen(s)) == sorted(
            baca_file(p).profil.instansi for p in (SAMPEL[0], SAMPEL[2])
        )


def test_tanpa_instansi_ditolak_dan_berkas_sama_sekali_saja(tmp_path: Path, capsys) -> None:
    db = tmp_path / "k.sqlite"
    a = tmp_path / "a.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    # The same file named twice (also through another path) is gathered once.
    assert main(["gabung", str(a), str(tmp_path / "." / "a.json"), "--db", str(db)]) == 0
    assert capsys.readouterr().err.count("BARU") == 1
    sebelum = _hash(db)
    b = tmp_path / "b.json"
    tulis_dokumen_kecamatan(b, "   ")
    assert main(["gabung", str(b), "--db", str(db)]) == 2
    assert "tidak menyebut instansinya" in capsys.readouterr().err
    assert _hash(db) == sebelum


def test_dokumen_baru_yang_keburu_disimpan_ditolak(tmp_path: Path) -> None:
    """Two gatherings of one new document (two PCs, or a dialog left open): the second to
    store is refused, never a second copy of the kecamatan."""
    from ikudesk.kabupaten.gabung import GabungError, baca_sumber, rencanakan, terapkan

    db = tmp_path / "k.sqlite"
    a = tmp_path / "a.json"
    tulis_dokumen_kecamatan(a, "Kecamatan Alfa")
    with open_store(db) as s:
        pertama = rencanakan(s, baca_sumber([a]))
        kedua = rencanakan(s, baca_sumber([a]))
        terapkan(s, kedua)
        with pytest.raises(GabungError, match="sudah disimpan oleh penggabungan lain"):
            terapkan(s, pertama)
        assert len(list_dokumen(s)) == 1


def test_perubahan_instansi_disebut(tmp_path: Path) -> None:
    from ikudesk.kabupaten.beda import uraikan_perubahan

    a = dokumen_kecamatan("Kecamatan Alfa")
    b = dokumen_kecamatan("Kecamatan Alfa")
    b.profil.instansi = "KECAMATAN ALFA"
    assert uraikan_perubahan(a, b) == ["Instansi 'Kecamatan Alfa' → 'KECAMATAN ALFA'"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFO dan /dev/zero hanya di POSIX")
def test_perangkat_atau_fifo_ditolak_tanpa_macet(tmp_path: Path) -> None:
    """A device or FIFO named as a source is refused at once (it was read forever: /dev/zero
    filled the memory, a FIFO blocked the open) and the store is not touched."""
    db, sebelum = _store_alfa(tmp_path)
    fifo = tmp_path / "pipa.json"
    os.mkfifo(fifo)
    for buruk in (fifo, Path("/dev/zero")):
        # In a child process: the unfixed reader never returns, the timeout says so.
        r = subprocess.run(
            [sys.executable, "-m", "ikudesk", "gabung", str(buruk), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert r.returncode == 2, r.stderr
        assert "Traceback" not in r.stderr
        assert f"'{buruk}' bukan berkas biasa" in r.stderr
        assert _hash(db) == sebelum
