"""The Perjanjian Kinerja printed and read back: text order, both signatures, NIP grouping, no NIP
for the bupati, the total, page size, long lists, the command line."""

from __future__ import annotations

import copy
import io
import re
import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ikudesk.cli import main
from ikudesk.domain.model import Dokumen, Kegiatan, Penandatangan, Program, SubKegiatan
from ikudesk.domain.pk_edit import PEMBUKA, PERNYATAAN_BAKU
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.report import buat_pdf, buat_pdf_bytes, tulis_pdf
from tests.support.alat import perlu_poppler

REPO = Path(__file__).resolve().parents[2]
CONTOH = REPO / "data" / "sumber-harta-2023.json"


def _rata(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _teks(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _pdftotext(path: Path) -> list[str]:
    keluar = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return keluar.split("\f")[:-1]


@pytest.fixture
def dok() -> Dokumen:
    return baca_file(CONTOH)


def _urut(teks: str, potongan: list[str]) -> None:
    """Every piece in ``teks``, in this order."""
    rata, pos = _rata(teks), 0
    for p in potongan:
        i = rata.find(_rata(p), pos)
        assert i >= 0, f"{p!r} tidak ada (atau tidak berurutan) setelah posisi {pos}"
        pos = i + len(_rata(p))


@perlu_poppler
def test_pk_halaman_pernyataan_dan_lampiran(dok: Dokumen, tmp_path: Path) -> None:
    path = tmp_path / "pk.pdf"
    assert tulis_pdf(dok, path, laporan="pk", tahun=2023) == 2
    reader = pypdf.PdfReader(path)
    w, h = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert abs(float(w) - 215 * mm) < 1 and abs(float(h) - 330 * mm) < 1  # F4 portrait
    hal = [p.extract_text() or "" for p in reader.pages]
    satu, dua = hal
    _urut(
        satu,
        [
            "PERJANJIAN KINERJA TAHUN 2023",
            "KECAMATAN SUMBER HARTA",
            PEMBUKA,
            "Nama",
            "CONTOH NAMA CAMAT, S.STP",
            "Jabatan",
            "CAMAT SUMBER HARTA",
            "selanjutnya disebut pihak pertama.",
            "CONTOH NAMA BUPATI",
            "BUPATI MUSI RAWAS",
            "selaku atasan langsung pihak pertama, selanjutnya disebut pihak kedua.",
            PERNYATAAN_BAKU[0],
            PERNYATAAN_BAKU[1],
            "Sumber Harta, 5 Januari 2023",
        ],
    )
    assert "PERUBAHAN" not in satu
    # left and right columns: pdftotext -layout keeps them on one line
    lay = _pdftotext(path)
    assert re.search(r"Pihak Kedua,\s+Pihak Pertama,", lay[0])
    assert re.search(r"CONTOH NAMA BUPATI\s+CONTOH NAMA CAMAT, S.STP", lay[0])
    # pangkat and NIP of the camat only; the bupati has none, so only one NIP line per page
    for teks in lay:
        assert teks.count("NIP.") == 1
        assert "NIP. 19820315 200112 1 002" in teks
        assert "Penata Tingkat I" in teks
    assert re.search(r"BUPATI MUSI RAWAS,\s+CAMAT SUMBER HARTA,", lay[1])
    # the lampiran: indicators with their 2023 targets, programs, kegiatan, the total
    _urut(
        dua,
        [
            "LAMPIRAN PERJANJIAN KINERJA TAHUN 2023",
            "No",
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Target",
            "Satuan",
            "Meningkatnya Kualitas Pelayanan Publik",
            "Indeks Kepuasan Masyarakat (IKM)",
            "80",
            "Indeks",
            "Program / Kegiatan / Sub Kegiatan",
            "Anggaran (Rp)",
            "Keterangan",
            "7.01.01 PROGRAM PENUNJANG URUSAN",
            "820.000.000",
            "APBD",
            "7.01.01.2.02 Administrasi Keuangan Perangkat Daerah",
            "7.01.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN",
            "7.01.03 PROGRAM PEMBERDAYAAN",
            "95.000.000",
            "JUMLAH",
            "915.000.000",
            "Sumber Harta, 5 Januari 2023",
            "CONTOH NAMA BUPATI",
            "CONTOH NAMA CAMAT, S.STP",
            "NIP. 19820315 200112 1 002",
        ],
    )


def test_pk_perubahan_plt_dan_pernyataan_sendiri(dok: Dokumen) -> None:
    pk = copy.deepcopy(dok.pk(2023))
    assert pk is not None
    pk.perubahan = 1
    pk.pihak_pertama.status = "Plt."
    pk.pernyataan = ["Kalimat kami sendiri yang pertama.", "Dan yang kedua."]
    pk.program[1].anggaran = 1_250_000_000 - 820_000_000
    dok.perjanjian_kinerja.append(pk)
    satu, dua = _teks(buat_pdf_bytes(dok, laporan="pk", tahun=2023, kertas="A4"))
    _urut(satu, ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2023", "Plt. CAMAT SUMBER HARTA"])
    _urut(satu, ["Kalimat kami sendiri yang pertama.", "Dan yang kedua.", "Pihak Kedua,"])
    assert _rata(PERNYATAAN_BAKU[0]) not in _rata(satu)
    _urut(dua, ["JUMLAH", "1.250.000.000", "Plt. CAMAT SUMBER HARTA,"])
    # the first PK stays printable by its number
    satu0, _ = _teks(buat_pdf_bytes(dok, laporan="pk", tahun=2023, perubahan=0))
    assert "PERUBAHAN" not in satu0 and "Plt." not in satu0
    pdf, _ = buat_pdf(dok, laporan="pk", tahun=2023, kertas="A4")
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1]))


def test_pk_tahun_tanpa_pk_ditolak(dok: Dokumen) -> None:
    with pytest.raises(IkuError, match="Belum ada Perjanjian Kinerja tahun 2024"):
        buat_pdf_bytes(dok, laporan="pk", tahun=2024)
    with pytest.raises(IkuError, match="PK Perubahan ke-2 tahun 2023 belum ada"):
        buat_pdf_bytes(dok, laporan="pk", tahun=2023, perubahan=2)


def test_pk_panjang_berpindah_halaman_judul_berulang(dok: Dokumen) -> None:
    pk = dok.pk(2023)
    assert pk is not None
    pk.program = [
        Program(
            kode=f"7.01.{i:02d}",
            uraian=f"PROGRAM CONTOH NOMOR {i} DENGAN NAMA YANG CUKUP PANJANG",
            sumber_dana="APBD",
            kegiatan=[
                Kegiatan(
                    kode=f"7.01.{i:02d}.2.{j:02d}",
                    uraian=f"Kegiatan {i}.{j}",
                    sub_kegiatan=[
                        SubKegiatan(kode=f"7.01.{i:02d}.2.{j:02d}.0001", uraian="Sub", anggaran=5)
                    ],
                )
                for j in range(1, 4)
            ],
        )
        for i in range(1, 31)
    ]
    halaman = _teks(buat_pdf_bytes(dok, laporan="pk", tahun=2023))
    assert len(halaman) >= 4
    for teks in halaman[2:]:
        assert "Program / Kegiatan / Sub Kegiatan" in teks  # headings repeated
    akhir = halaman[-1]
    assert "JUMLAH" in akhir and "450" in akhir  # 30 × 3 × 5
    # the signatures stand with the table's last rows, never alone
    assert "Kegiatan 30.3" in akhir and "CONTOH NAMA CAMAT" in akhir


def test_pk_tanpa_nama_kepala_daerah_tidak_mencetak_nip(dok: Dokumen) -> None:
    pk = dok.pk(2023)
    assert pk is not None
    pk.pihak_kedua = Penandatangan(jabatan="WALI KOTA CONTOH", nama="NAMA WALI KOTA")
    satu, _ = _teks(buat_pdf_bytes(dok, laporan="pk", tahun=2023))
    assert satu.count("NIP.") == 1
    _urut(satu, ["NAMA WALI KOTA", "WALI KOTA CONTOH"])


def test_cli_pdf_pk_lewat_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Imported into the store and printed from it: the PK travels whole (round trip)."""
    from ikudesk.persistence.repo import load_dokumen
    from ikudesk.persistence.store import open_store

    db = str(tmp_path / "s.sqlite")
    assert main(["import", str(CONTOH), "--db", db]) == 0
    doc_id = capsys.readouterr().out.strip()
    with open_store(db) as store:
        dari_store = load_dokumen(store, int(doc_id))
    assert dari_store.perjanjian_kinerja == baca_file(CONTOH).perjanjian_kinerja
    out = tmp_path / "pk.pdf"
    rc = main(["pdf", doc_id, str(out), "--laporan", "pk", "--tahun", "2023", "--db", db])
    assert rc == 0, capsys.readouterr().err
    satu, dua = _teks(out.read_bytes())
    assert "PERJANJIAN KINERJA TAHUN 2023" in satu and "915.000.000" in dua
    rc = main(
        [
            "pdf",
            doc_id,
            str(out),
            "--laporan",
            "pk",
            "--tahun",
            "2023",
            "--perubahan",
            "0",
            "--db",
            db,
        ]
    )
    assert rc == 0
    rc = main(
        ["pdf", doc_id, str(tmp_path / "x.pdf"), "--laporan", "pk", "--tahun", "2024", "--db", db]
    )
    assert rc == 2
    assert "Belum ada Perjanjian Kinerja tahun 2024" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    rc = main(
        [
            "pdf",
            doc_id,
            str(tmp_path / "y.pdf"),
            "--laporan",
            "pk",
            "--tahun",
            "2023",
            "--perubahan",
            "3",
            "--db",
            db,
        ]
    )
    assert rc == 2 and "PK Perubahan ke-3 tahun 2023 belum ada" in capsys.readouterr().err
