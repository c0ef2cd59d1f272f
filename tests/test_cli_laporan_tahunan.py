"""``ikudesk capaian --triwulan`` and ``ikudesk pdf --laporan triwulan|capaian`` (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from ikudesk.cli import main
from tests.conftest import REPO

SUMBER_HARTA = REPO / "data" / "sumber-harta.json"


def _jalankan(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    kode = main(list(argv))
    out, err = capsys.readouterr()
    return kode, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "s.db")
    kode, out, _ = _jalankan(capsys, "import", str(SUMBER_HARTA), "--db", db)
    assert kode == 0 and out.strip() == "1"
    return db


def test_capaian_tahun_dengan_kode_dan_kategori(db: str, capsys) -> None:  # noqa: ANN001
    kode, out, _ = _jalankan(capsys, "capaian", "1", "--tahun", "2024", "--db", db)
    assert kode == 0
    baris = out.splitlines()
    assert baris[0].startswith("Kode") and "Capaian %" in baris[0]
    assert len(baris) == 1 + 8  # one line per indicator
    kode, out, _ = _jalankan(capsys, "capaian", "1", "--tahun", "2024", "--json", "--db", db)
    data = json.loads(out)
    assert {"kode", "indikator", "target", "realisasi", "capaian", "kategori", "alasan"} <= set(
        data[0]
    )
    for d in data:
        assert (d["kategori"] is None) == (d["capaian"] is None)
        assert d["alasan"] or d["capaian"] is not None  # a reason wherever none


def test_capaian_triwulan(db: str, capsys) -> None:  # noqa: ANN001
    kode, out, err = _jalankan(
        capsys, "capaian", "1", "--tahun", "2024", "--triwulan", "II", "--json", "--db", db
    )
    assert kode == 0 and err == ""  # JSON for programs: nothing else on the streams
    data = json.loads(out)
    assert all(d["triwulan"] == 2 for d in data)
    # this v1 document has no quarterly values: every line says why there is no capaian
    assert all(d["capaian"] is None and "triwulan II 2024" in d["alasan"] for d in data)
    kode, out, err = _jalankan(
        capsys, "capaian", "1", "--tahun", "2024", "--triwulan", "2", "--db", db
    )
    assert kode == 0 and "Capaian s.d. triwulan II 2024" in err


@pytest.mark.parametrize(
    ("argv", "pesan"),
    [
        (("--triwulan", "2"), "--triwulan perlu --tahun"),
        (("--tahun", "2030", "--triwulan", "1"), "di luar periode"),
    ],
)
def test_capaian_triwulan_salah(db: str, capsys, argv, pesan) -> None:  # noqa: ANN001
    kode, _, err = _jalankan(capsys, "capaian", "1", *argv, "--db", db)
    assert kode == 2 and pesan in err


def test_triwulan_tidak_ada_ditolak_argparse(db: str, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as e:
        main(["capaian", "1", "--tahun", "2024", "--triwulan", "5", "--db", db])
    assert e.value.code == 2
    assert "triwulan '5' tidak ada; pilih 1, 2, 3 atau 4" in capsys.readouterr().err


def test_pdf_capaian_tanpa_penandatangan_memperingatkan(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "c.pdf"
    kode, _, err = _jalankan(
        capsys, "pdf", "1", str(out), "--laporan", "capaian", "--tahun", "2024", "--db", db
    )
    assert kode == 0
    assert "Penandatangan laporan tahun 2024 belum diisi" in err and "tanpa tanda tangan" in err
    teks = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "TAHUN 2024" in teks and "NIP." not in teks


def test_pdf_monitoring_triwulan(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "t.pdf"
    kode, _, err = _jalankan(
        capsys,
        "pdf",
        "1",
        str(out),
        "--laporan",
        "triwulan",
        "--tahun",
        "2024",
        "--triwulan",
        "3",
        "--db",
        db,
    )
    assert kode == 0 and "PDF ditulis" in err
    teks = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "TRIWULAN III TAHUN 2024" in teks and "Triwulan III" in teks
    assert "Triwulan IV" not in teks


def test_v2_lewat_penyimpanan(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The v2 sample through the store: quarterly capaian and the signed yearly reports."""
    from ikudesk.domain.compute import hitung_capaian
    from ikudesk.files.docfile import baca_file
    from ikudesk.l10n import format_angka

    db = str(tmp_path / "v2.db")
    contoh = REPO / "data" / "sumber-harta-2023.json"
    kode, out, _ = _jalankan(capsys, "import", str(contoh), "--db", db)
    assert kode == 0
    dok = baca_file(contoh)
    kode, out, _ = _jalankan(
        capsys, "capaian", "1", "--tahun", "2023", "--triwulan", "3", "--json", "--db", db
    )
    data = json.loads(out)
    for d, ind in zip(data, dok.semua_indikator(), strict=True):
        assert d["kode"] == ind.kode and d["triwulan"] == 3
        c = hitung_capaian(ind, 2023, triwulan=3)
        assert d["capaian"] == (None if c.nilai is None else json.loads(str(c.nilai)))
        assert (d["kategori"] is None) == (c.nilai is None)
    kode, out, err = _jalankan(
        capsys, "capaian", "1", "--tahun", "2023", "--triwulan", "3", "--db", db
    )
    assert any(
        format_angka(hitung_capaian(i, 2023, triwulan=3).nilai) in out
        for i in dok.semua_indikator()
        if hitung_capaian(i, 2023, triwulan=3).ada
    )
    for laporan in ("capaian", "triwulan"):
        pdf = tmp_path / f"{laporan}.pdf"
        kode, _, err = _jalankan(
            capsys,
            "pdf",
            "1",
            str(pdf),
            "--laporan",
            laporan,
            "--tahun",
            "2023",
            "--triwulan",
            "3",
            "--db",
            db,
        )
        teks = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
        if laporan == "capaian":
            assert kode == 0 and "peringatan" not in err.lower()  # 2023 has its signer
            assert "Sumber Harta, 12 Januari 2024" in teks
        else:  # triwulan III has no signer of its own: the year's, the date left blank
            assert kode == 0 and "triwulan III 2023 belum diisi" in err
            assert "Sumber Harta, ………" in teks and "12 Januari 2024" not in teks
