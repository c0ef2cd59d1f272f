"""The report registry: one class per printed document, read by the CLI, the PDF builder and
file names; a new report is one new class."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4, portrait
from reportlab.platypus import Flowable, Paragraph

from ikudesk.cli import _parser, main
from ikudesk.domain.model import Dokumen
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store
from ikudesk.report import buat_pdf, buat_pdf_bytes
from ikudesk.report.opsi import OpsiLaporan
from ikudesk.report.registry import (
    LAPORAN,
    LAPORAN_BAWAAN,
    Laporan,
    LaporanCapaian,
    LaporanIkm,
    LaporanLkjip,
    LaporanPk,
    LaporanTriwulan,
    LembarIku,
    cari_laporan,
)
from ikudesk.report.teks import Gaya
from ikudesk.report.umum import Halaman

REPO_DATA = Path(__file__).resolve().parents[2] / "data"
CONTOH = sorted(REPO_DATA.glob("*.json"))


def _pilihan_cli(perintah: str, opsi: str) -> list[str]:
    p = _parser()
    sub = next(a for a in p._actions if a.dest == "perintah")
    aksi = next(a for a in sub.choices[perintah]._actions if opsi in a.option_strings)
    return list(aksi.choices or [])


@pytest.fixture
def laporan_uji() -> Iterator[type[Laporan]]:
    """A report that exists only for this test: defining the class is all it takes."""

    class LaporanUji(Laporan):
        kode = "uji"
        judul = "Laporan uji"
        awalan_berkas = "Uji"
        kertas = "A4"
        orientasi = "portrait"

        def judul_pdf(self, dok: Dokumen) -> str:
            return f"Uji {dok.profil.instansi}"

        def story(
            self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan
        ) -> list[Flowable]:
            return [Paragraph(f"LAPORAN UJI {dok.profil.instansi}", gaya.judul)]

    try:
        yield LaporanUji
    finally:
        del LAPORAN["uji"]


def test_registry_berisi_laporan_yang_ada() -> None:
    assert list(LAPORAN) == ["iku", "capaian", "triwulan", "pk", "lkjip", "ikm"]
    assert LAPORAN_BAWAAN == "iku"
    assert isinstance(LAPORAN["iku"], LembarIku)
    assert isinstance(LAPORAN["capaian"], LaporanCapaian)
    assert isinstance(LAPORAN["pk"], LaporanPk)
    assert isinstance(LAPORAN["lkjip"], LaporanLkjip)
    assert isinstance(LAPORAN["ikm"], LaporanIkm)
    assert isinstance(LAPORAN["triwulan"], LaporanTriwulan)
    assert _pilihan_cli("pdf", "--laporan") == list(LAPORAN)


def test_laporan_baru_cukup_satu_kelas(laporan_uji: type[Laporan], tmp_path: Path) -> None:
    assert isinstance(cari_laporan("uji"), laporan_uji)
    assert "uji" in _pilihan_cli("pdf", "--laporan")
    dok = baca_file(CONTOH[0])
    isi, halaman = buat_pdf(dok, laporan="uji")
    pdf = pypdf.PdfReader(io.BytesIO(isi))
    assert halaman == len(pdf.pages) == 1
    assert "LAPORANUJI" in (pdf.pages[0].extract_text() or "").replace(" ", "")
    assert pdf.metadata is not None and pdf.metadata.title == f"Uji {dok.profil.instansi}"
    # its own default paper: A4 portrait
    lebar, tinggi = (float(x) for x in pdf.pages[0].mediabox.upper_right)
    assert (round(lebar), round(tinggi)) == tuple(round(x) for x in portrait(A4))
    # … and the command line prints it, on that paper
    db = tmp_path / "s.sqlite"
    with open_store(db) as s:
        did = save_new_dokumen(s, dok)
    out = tmp_path / "uji.pdf"
    assert main(["pdf", str(did), str(out), "--laporan", "uji", "--db", str(db)]) == 0
    halaman_cli = pypdf.PdfReader(out).pages
    assert len(halaman_cli) == 1
    assert round(float(halaman_cli[0].mediabox.width)) == round(portrait(A4)[0])
    assert laporan_uji().nama_berkas(dok, 2023).startswith("Uji-")


def test_kode_ganda_ditolak() -> None:
    with pytest.raises(TypeError, match="iku"):

        class Ganda(LembarIku):  # noqa: F841 - defining it is the test
            kode = "iku"


def test_kode_tak_dikenal_menyebut_pilihan() -> None:
    with pytest.raises(IkuError) as e:
        buat_pdf_bytes(baca_file(CONTOH[0]), laporan="lakip")
    assert "'lakip'" in e.value.pesan
    for kode in LAPORAN:
        assert f"'{kode}'" in e.value.pesan


@pytest.mark.parametrize("kode", list(LAPORAN))
def test_tiap_laporan_tercetak_dengan_judul(kode: str) -> None:
    # the PK and the IKM report need a document that has one (a year without a PK or a survey
    # is refused: test_pk_report, test_ikm_report)
    # (a yearly report needs a year: a document without a period nor values is refused)
    punya = kode in ("pk", "ikm") or LAPORAN[kode].ttd_tahunan
    dok = baca_file(CONTOH[0] if not punya else REPO_DATA / "sumber-harta-2023.json")
    jenis = cari_laporan(kode)
    isi, halaman = buat_pdf(dok, laporan=kode)
    pdf = pypdf.PdfReader(io.BytesIO(isi))
    assert halaman == len(pdf.pages) >= 1
    assert pdf.metadata is not None and pdf.metadata.title == jenis.judul_pdf(dok)
    assert dok.profil.instansi in jenis.judul_pdf(dok)


def test_nama_berkas() -> None:
    dok = baca_file(CONTOH[0])
    dasar = dok.profil.instansi.replace(" ", "-")
    assert LAPORAN["iku"].nama_berkas(dok, 2023) == f"IKU-{dasar}.pdf"
    assert LAPORAN["capaian"].nama_berkas(dok, 2023) == f"Capaian-2023-{dasar}.pdf"
    assert LAPORAN["capaian"].nama_berkas(dok, None) == f"Capaian-{dasar}.pdf"


def test_daftar_laporan_tanpa_reportlab() -> None:
    """Every CLI start reads the registry: that must not cost the ReportLab import."""
    kode = (
        "import sys, ikudesk.cli as c; c._parser(); "
        "from ikudesk.report.registry import LAPORAN; assert LAPORAN; "
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'sqlalchemy'))))"
    )
    keluaran = subprocess.run(
        [sys.executable, "-c", kode],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.strip()
    assert keluaran == "[]"


def test_laporan_tahunan_ditandatangani_untuk_tahun_yang_dicetaknya() -> None:
    """The signer asked for before printing is the one of the year the report prints: the IKM
    report prints the latest survey year, the other yearly reports the latest measured year."""
    from decimal import Decimal

    from ikudesk.domain.compute import tahun_laporan
    from ikudesk.domain.ikm_tampil import tahun_survei
    from ikudesk.files.docfile import baca_file
    from tests.conftest import REPO

    dok = baca_file(REPO / "data" / "sumber-harta-2023.json")
    dok.semua_indikator()[-1].target[2024] = Decimal(1)
    dok.semua_indikator()[-1].realisasi[2024] = Decimal(1)
    assert tahun_laporan(dok, None) == 2024 and tahun_survei(dok, None) == 2023
    assert LAPORAN["ikm"].tahun_cetak(dok, None) == 2023
    for kode in ("capaian", "triwulan", "lkjip"):
        assert LAPORAN[kode].tahun_cetak(dok, None) == 2024
    assert all(j.tahun_cetak(dok, 2022) == 2022 for j in LAPORAN.values())


def test_opsi_bukan_diekspor_ulang_oleh_registry() -> None:
    """The options and the shared wording live in report/opsi.py alone: the registry lists its
    own reports, not a second door to them."""
    from ikudesk.report import opsi, registry

    assert not set(opsi.__all__) & set(registry.__all__)
    assert all(hasattr(registry, n) for n in registry.__all__)
