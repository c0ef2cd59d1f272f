"""A PK printed without its date says so on stderr (the registry's warning hook)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikudesk.cli import main

REPO = Path(__file__).resolve().parents[2]
CONTOH = REPO / "data" / "sumber-harta-2023.json"


def test_cli_pdf_pk_tanpa_tanggal_memperingatkan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(CONTOH.read_text(encoding="utf-8"))
    data["perjanjian_kinerja"][0]["tanggal"] = ""
    src = tmp_path / "tanpa-tanggal.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    assert main(["import", str(src), "--db", db]) == 0
    doc_id = capsys.readouterr().out.strip()
    out = tmp_path / "pk.pdf"
    rc = main(["pdf", doc_id, str(out), "--laporan", "pk", "--tahun", "2023", "--db", db])
    err = capsys.readouterr().err
    assert rc == 0 and out.stat().st_size > 0
    assert "Peringatan: PK 2023 belum bertanggal" in err
    # the dated sample says nothing of the kind
    assert main(["import", str(CONTOH), "--db", db]) == 0
    doc_id = capsys.readouterr().out.strip()
    assert main(["pdf", doc_id, str(out), "--laporan", "pk", "--tahun", "2023", "--db", db]) == 0
    assert "bertanggal" not in capsys.readouterr().err
