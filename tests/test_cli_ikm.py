"""``ikudesk ikm ID --tahun Y [--json]`` and ``ikudesk pdf … --laporan ikm`` on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from ikudesk.cli import main
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store
from tests.conftest import REPO

CONTOH = REPO / "data" / "sumber-harta-2023.json"


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "s.sqlite"
    with open_store(path) as s:
        return path, save_new_dokumen(s, baca_file(CONTOH))


def test_ikm_teks(db: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, did = db
    assert main(["ikm", str(did), "--tahun", "2023", "--db", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "IKU 1 Indeks Kepuasan Masyarakat (IKM) — survei IKM tahun 2023"
    assert out[1] == "  Responden: 12; penimbang tiap unsur: 1/9 (eksak)"
    assert out[3] == "    1    3,08            0,34  Persyaratan"
    assert out[10] == "    8    2,92            0,32  Penanganan Pengaduan, Saran dan Masukan"
    assert out[-1] == "  IKM: 77,78  Mutu: B (Baik)"


def test_ikm_json(db: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, did = db
    assert main(["ikm", str(did), "--tahun", "2023", "--json", "--db", str(path)]) == 0
    data = json.loads(capsys.readouterr().out, parse_float=str)
    assert len(data) == 1
    s = data[0]
    assert (s["kode"], s["indikator"], s["tahun"]) == (
        "IKU 1",
        "Indeks Kepuasan Masyarakat (IKM)",
        2023,
    )
    assert s["jumlah_responden"] == 12 and s["penimbang"] == "eksak"
    assert [u["nama"] for u in s["unsur"]][:2] == ["Persyaratan", "Sistem, Mekanisme, dan Prosedur"]
    assert [u["nrr_dibulatkan"] for u in s["unsur"]] == [
        "3.08",
        "2.83",
        "3.25",
        "3.25",
        "3.42",
        "2.75",
        "3.17",
        "2.92",
        "3.33",
    ]
    assert s["ikm_dibulatkan"] == "77.78" and s["ikm"].startswith("77.7777777777")
    assert (s["mutu"], s["kinerja"], s["status"]) == ("B", "Baik", "ok")
    assert isinstance(s["indikator_id"], int)


def test_ikm_tanpa_survei_dan_tahun_salah(
    db: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, did = db
    assert main(["ikm", str(did), "--tahun", "2022", "--db", str(path)]) == 0
    assert "Belum ada survei IKM untuk tahun 2022." in capsys.readouterr().err
    assert main(["ikm", str(did), "--tahun", "2022", "--json", "--db", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["ikm", str(did), "--tahun", "2030", "--db", str(path)]) == 2
    assert "di luar periode dokumen (2021–2026)" in capsys.readouterr().err
    assert main(["ikm", "999", "--db", str(path)]) == 2


def test_pdf_laporan_ikm(
    db: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, did = db
    out = tmp_path / "ikm.pdf"
    args = ["pdf", str(did), str(out), "--laporan", "ikm", "--tahun", "2023", "--db", str(path)]
    assert main(args) == 0
    teks = " ".join((p.extract_text() or "") for p in pypdf.PdfReader(out).pages)
    assert "77,78" in teks and "CONTOH NAMA CAMAT" in teks
    assert "Peringatan" not in capsys.readouterr().err
    out2 = tmp_path / "ikm2022.pdf"
    args = ["pdf", str(did), str(out2), "--laporan", "ikm", "--tahun", "2022", "--db", str(path)]
    assert main(args) == 2  # refused: no survey that year (was an empty page, exit 0)
    err = capsys.readouterr().err
    assert "Belum ada survei IKM untuk tahun 2022" in err and not out2.exists()
