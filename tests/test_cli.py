"""The command line: real files, a real store, exit codes and Indonesian messages."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal, localcontext
from pathlib import Path

import pytest

from ikudesk.cli import main
from ikudesk.files.docfile import muat_json_mentah, normalisasi
from tests.conftest import CONTOH, REPO


def _jalankan(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = main(list(argv))
    out, err = capsys.readouterr()
    return kode, out, err


def test_import_list_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "iku.sqlite")
    ids = []
    for p in CONTOH:
        kode, out, _ = _jalankan(capsys, "import", str(p), "--db", db)
        assert kode == 0
        ids.append(int(out.strip()))
    assert ids == list(range(1, len(CONTOH) + 1))
    kode, out, _ = _jalankan(capsys, "list", "--db", db)
    assert kode == 0
    baris = out.strip().splitlines()
    assert baris[0].split() == ["ID", "Instansi", "Periode", "Indikator"]
    assert "Kecamatan Sumber Harta" in baris[2] and "2021–2026" in baris[2]
    assert baris[2].split()[-1] == "8"
    for p, i in zip(CONTOH, ids, strict=True):
        keluar = tmp_path / f"{i}.json"
        kode, _, _ = _jalankan(capsys, "export", str(i), str(keluar), "--db", db)
        assert kode == 0
        assert normalisasi(muat_json_mentah(keluar.read_bytes())) == normalisasi(
            muat_json_mentah(p.read_bytes())
        )


def test_db_dari_lingkungan(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("IKUDESK_DB", str(db))
    assert _jalankan(capsys, "import", str(CONTOH[0]))[0] == 0
    assert db.exists()


def test_import_buruk_keluar_2_dan_store_tetap(tmp_path: Path, capsys) -> None:
    db = tmp_path / "iku.sqlite"
    assert _jalankan(capsys, "import", str(CONTOH[0]), "--db", str(db))[0] == 0
    data = json.loads(CONTOH[1].read_text(encoding="utf-8"))
    data["tujuan"][0]["sasaran"][1]["indikator"][0]["satuan2"] = "%"
    buruk = tmp_path / "buruk.json"
    buruk.write_text(json.dumps(data), encoding="utf-8")
    sebelum = db.read_bytes()
    kode, out, err = _jalankan(capsys, "import", str(buruk), "--db", str(db))
    assert kode == 2 and out == ""
    assert "tujuan[0].sasaran[1].indikator[0].satuan2" in err and "tidak dikenal" in err
    assert db.read_bytes() == sebelum


def test_perintah_salah_dan_dokumen_tidak_ada(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "iku.sqlite")
    assert _jalankan(capsys, "import", str(CONTOH[0]), "--db", db)[0] == 0
    kode, _, err = _jalankan(capsys, "export", "7", str(tmp_path / "x.json"), "--db", db)
    assert kode == 2 and "Dokumen nomor 7 tidak ada" in err
    with pytest.raises(SystemExit) as e:
        main(["export", "bukan-angka", "x.json"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "kesalahan" in err and "tidak sah" in err
    kode, _, err = _jalankan(capsys, "import", str(tmp_path), "--db", db)
    assert kode == 2 and "itu sebuah folder" in err and "Is a directory" not in err
    with pytest.raises(SystemExit):
        main(["import"])
    assert "wajib diisi" in capsys.readouterr().err


def test_capaian_teks_dan_json(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "iku.sqlite")
    data = json.loads((REPO / "data" / "sumber-harta.json").read_text(encoding="utf-8"))
    ind = data["tujuan"][0]["sasaran"][1]["indikator"][0]
    ind["target"] = {"2022": 90, "2023": 95}
    ind["nilai_komponen"] = {
        "2022": {"ditindaklanjuti": 37, "difasilitasi": 44},
        "2023": {"ditindaklanjuti": 0, "difasilitasi": 0},
    }
    sumber = tmp_path / "isi.json"
    sumber.write_text(json.dumps(data), encoding="utf-8")
    _, out, _ = _jalankan(capsys, "import", str(sumber), "--db", db)
    dok_id = out.strip()

    kode, out, _ = _jalankan(capsys, "capaian", dok_id, "--year", "2022", "--db", db)
    assert kode == 0
    with localcontext() as ctx:
        ctx.prec = 34
        capaian = Decimal(37) / Decimal(44) * 100 / 90 * 100
    baris = next(b for b in out.splitlines() if "Partisipasi" in b)
    assert "84,09" in baris and "93,43" in baris and "90" in baris

    kode, out, _ = _jalankan(capsys, "capaian", dok_id, "--json", "--db", db)
    assert kode == 0
    hasil = json.loads(out, parse_float=Decimal)
    satu = next(h for h in hasil if "Partisipasi" in h["indikator"] and h["tahun"] == 2022)
    assert satu["capaian"] == capaian and satu["capaian_dibulatkan"] == Decimal("93.43")
    assert satu["status"] == "ok" and satu["nomor"] == 3  # after the tujuan's and sasaran's IKM
    nol = next(h for h in hasil if "Partisipasi" in h["indikator"] and h["tahun"] == 2023)
    assert nol["capaian"] is None and nol["status"] == "tidak_dapat_dihitung"
    assert "pembagian dengan nol" in nol["alasan"]
    kosong = next(h for h in hasil if h["nomor"] == 1 and h["tahun"] == 2022)
    assert kosong["status"] == "belum_diisi" and "belum diisi" in kosong["alasan"]

    kode, _, err = _jalankan(capsys, "capaian", dok_id, "--year", "2030", "--db", db)
    assert kode == 2 and "di luar periode" in err


def test_python_m_ikudesk_sebagai_proses(tmp_path: Path) -> None:
    """The installed entry point works as a real process (what a user's shell runs)."""
    db = tmp_path / "iku.sqlite"
    hasil = subprocess.run(
        [sys.executable, "-m", "ikudesk", "import", str(CONTOH[0]), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert hasil.returncode == 0, hasil.stderr
    assert hasil.stdout.strip() == "1"
    hasil = subprocess.run(
        [
            sys.executable,
            "-m",
            "ikudesk",
            "import",
            str(tmp_path / "tidak-ada.json"),
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert hasil.returncode == 2 and "tidak ditemukan" in hasil.stderr


def test_capaian_json_dengan_kategori(tmp_path: Path, capsys) -> None:
    """The category of each capaian, from the store's own scale; null without a capaian."""
    from ikudesk.domain.kategori import Kategori
    from ikudesk.persistence.kategori_store import save_kategori
    from ikudesk.persistence.store import open_store

    db = str(tmp_path / "s.sqlite")
    data = json.loads((REPO / "data" / "sumber-harta.json").read_text(encoding="utf-8"))
    ind = data["tujuan"][0]["sasaran"][1]["indikator"][0]
    ind["target"] = {"2022": 90}
    ind["nilai_komponen"] = {"2022": {"ditindaklanjuti": 37, "difasilitasi": 44}}
    sumber = tmp_path / "isi.json"
    sumber.write_text(json.dumps(data), encoding="utf-8")
    _, out, _ = _jalankan(capsys, "import", str(sumber), "--db", db)
    dok_id = out.strip()
    kode, out, _ = _jalankan(capsys, "capaian", dok_id, "--tahun", "2022", "--json", "--db", db)
    assert kode == 0
    hasil = json.loads(out, parse_float=Decimal)
    satu = next(h for h in hasil if h["nomor"] == 3)
    assert satu["capaian_dibulatkan"] == Decimal("93.43") and satu["kategori"] == "Sangat Tinggi"
    assert all(h["kategori"] is None for h in hasil if h["capaian"] is None)
    with open_store(db) as store:
        save_kategori(
            store, [Kategori("Kurang", None, Decimal(95)), Kategori("Baik", Decimal(95), None)]
        )
    _, out, _ = _jalankan(capsys, "capaian", dok_id, "--tahun", "2022", "--json", "--db", db)
    satu = next(h for h in json.loads(out) if h["nomor"] == 3)
    assert satu["kategori"] == "Kurang"


def test_pdf_opsi_yang_tidak_dipakai_disebut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review finding: --perubahan/--sejak given to a report that does not use them were
    dropped without a word."""
    db = str(tmp_path / "iku.sqlite")
    kode, out, _ = _jalankan(capsys, "import", str(CONTOH[0]), "--db", db)
    assert kode == 0
    did = out.strip()
    args = ["pdf", did, str(tmp_path / "a.pdf"), "--laporan", "iku", "--perubahan", "1"]
    kode, _, err = _jalankan(capsys, *args, "--sejak", "2021", "--db", db)
    assert kode == 0
    assert "--perubahan tidak dipakai" in err and "--sejak tidak dipakai" in err
