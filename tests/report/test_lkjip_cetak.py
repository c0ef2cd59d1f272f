"""The LKjIP as a camat would sign it, read back from the PDF page by page (``pdftotext
-layout``, ``pdffonts``) and from the charts' drawings: the chapter's parts, a chart per
indicator whose elements stay in their frame and never overlap, charts two to a page, closing
rows never alone on a page, "belum diisi" apart from "tidak dapat dihitung", no placeholder for
an analysis not yet written, every font embedded."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikudesk.assets import sample_documents
from ikudesk.domain.model import Dokumen, Indikator, Periode, Sasaran, Tujuan
from ikudesk.domain.status import TIDAK_DAPAT_DIHITUNG
from ikudesk.files.docfile import baca_file
from ikudesk.l10n import format_persen
from ikudesk.report import buat_pdf
from tests.support.sintetis import dokumen_sintetis
from tests.support.tiga_tahun import dokumen_tiga_tahun

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _contoh(nama: str) -> Dokumen:
    return baca_file(next(p for p in sample_documents() if p.stem == nama))


def _halaman(pdf: bytes, tmp_path: Path, nama: str = "l") -> list[str]:
    """Each page's text as ``pdftotext -layout`` reads it."""
    berkas = tmp_path / f"{nama}.pdf"
    berkas.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(berkas)], capture_output=True, text=True, check=True)
    n = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(berkas), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, n + 1)
    ]


# --------------------------------------------------------------------------- the charts


def _dokumen_sulit() -> Dokumen:
    """Values that test the labels: a capaian just under and at 100 (labels near the line), a
    negative capaian (negatif polarity), a zero target, huge numbers, a missing realisasi, a
    long name without spaces and a long unit."""
    periode = Periode(2021, 2026)
    th = periode.tahun

    def ind(nama: str, t: list, r: list, pol: str = "positif", satuan: str = "%") -> Indikator:
        return Indikator(
            nama=nama,
            satuan=satuan,
            polaritas=pol,
            target={y: D(str(v)) for y, v in zip(th, t, strict=False) if v is not None},
            realisasi={y: D(str(v)) for y, v in zip(th, r, strict=False) if v is not None},
        )

    s = Sasaran(uraian="Sasaran dengan nilai sulit")
    s.indikator = [
        ind("Dekat seratus", [100] * 6, [99.5, 100, 99.99, 98, 100.4, None]),
        ind("Negatif", [10] * 6, [35, 25, 5, 0, 10, 40], "negatif"),
        ind("Target nol", [0, 50, 0, 80, 0, 100], [5, 45, 0, 90, 1, 100]),
        ind(
            "Anggaran besar",
            [1_250_000_000] * 6,
            [999_999_999_999, 1_000_000_000, None, 2, 0, 1_300_000_000],
            satuan="Rupiah per tahun anggaran menurut dokumen pelaksanaan anggaran",
        ),
        ind("x" * 2000, [1] * 6, [1] * 6),
    ]
    return Dokumen(periode=periode, tujuan=[Tujuan(uraian="Tujuan", sasaran=[s])])


def _kotak(bentuk) -> tuple[str, tuple[float, float, float, float]]:  # noqa: ANN001
    from reportlab.graphics.shapes import Group, Line, PolyLine, Rect, String

    if isinstance(bentuk, String | Group):
        jenis = "teks"
    elif isinstance(bentuk, Rect):
        jenis = "kotak"
    elif isinstance(bentuk, Line | PolyLine):
        jenis = "garis"
    else:
        raise AssertionError(f"bentuk tak dikenal {bentuk!r}")
    return jenis, bentuk.getBounds()


def _tindih(a: tuple, b: tuple) -> bool:
    """Overlap of two boxes beyond touching (0.01 pt)."""
    e = 0.01
    return a[0] < b[2] - e and b[0] < a[2] - e and a[1] < b[3] - e and b[1] < a[3] - e


def _periksa_gambar(d) -> None:  # noqa: ANN001
    from reportlab.graphics.shapes import Group, String

    unsur = [_kotak(b) for b in d.contents]
    for jenis, (x0, y0, x1, y1) in unsur:
        assert x0 >= -0.01 and y0 >= -0.01, (jenis, x0, y0)
        assert x1 <= d.width + 0.01 and y1 <= d.height + 0.01, (jenis, x1, y1, d.width, d.height)
    for b in d.contents:
        for s in b.contents if isinstance(b, Group) else [b]:
            if isinstance(s, String):
                assert s.fontSize >= 8, s.text
                assert s.fontName.startswith("Iku"), s.fontName  # the embedded fonts
    teks = [k for j, k in unsur if j == "teks"]
    lain = [k for j, k in unsur if j != "teks"]
    for i, a in enumerate(teks):
        for b in teks[i + 1 :]:
            assert not _tindih(a, b), (a, b)
        for b in lain:  # bars, legend keys, axes, ticks and the 100 % line
            assert not _tindih(a, b), (a, b)
    kotak = [k for j, k in unsur if j == "kotak"]
    for i, a in enumerate(kotak):
        for b in kotak[i + 1 :]:
            assert not _tindih(a, b), (a, b)


def _grafik(dok: Dokumen, kertas: str = "F4", orientasi: str = "landscape"):  # noqa: ANN202
    from ikudesk.domain.compute import tahun_laporan
    from ikudesk.domain.lkjip import hitung_lkjip
    from ikudesk.report.lkjip_report import grafik_lkjip
    from ikudesk.report.teks import buat_gaya
    from ikudesk.report.umum import halaman

    th = tahun_laporan(dok, None)
    assert th is not None
    hasil = hitung_lkjip(dok, th)
    return hasil, grafik_lkjip(hasil, buat_gaya(), halaman(kertas, orientasi))


@pytest.mark.parametrize("n", [6, 60, 500])
def test_grafik_dalam_bingkai_tanpa_tumpang_tindih(n: int) -> None:
    hasil, gambar = _grafik(dokumen_sintetis(n))
    assert len(gambar) == n  # one per indicator
    for d in gambar:
        _periksa_gambar(d)
    # numbered, naming the indicator; the years on the axis; capaian as the tables print it
    from reportlab.graphics.shapes import Group, String

    def teks(d) -> list[str]:  # noqa: ANN001
        return [
            s.text
            for b in d.contents
            for s in (b.contents if isinstance(b, Group) else [b])
            if isinstance(s, String)
        ]

    for i in (0, n - 1):
        b = hasil.semua_baris[i]
        isi = teks(gambar[i])
        assert isi[0].startswith(f"Grafik 3.{i + 1} Indikator {b.nomor}: ")
        for th in hasil.daftar_tahun:
            assert isi.count(str(th)) == 2  # under both panels
            c = b.nilai[th].capaian.nilai
            if c is not None:
                assert format_persen(c) in isi
        assert "Target" in isi and "Realisasi" in isi and "100%" in isi
    # the capaian bars in their category's colour (the shared legend names them)
    from reportlab.graphics.shapes import Rect
    from reportlab.lib import colors

    from ikudesk.domain.lkjip import kategori_capaian, warna_kategori

    warna = warna_kategori(hasil.kategori)
    b = hasil.semua_baris[0]
    isi_warna = {r.fillColor.hexval() for r in gambar[0].contents if isinstance(r, Rect)}
    for th in hasil.daftar_tahun:
        nama = kategori_capaian(b.nilai[th].capaian.nilai, hasil.kategori)
        if nama is not None:
            assert colors.HexColor(warna[nama]).hexval() in isi_warna


@pytest.mark.parametrize(("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait")])
def test_grafik_nilai_sulit(kertas: str, orientasi: str) -> None:
    hasil, gambar = _grafik(_dokumen_sulit(), kertas, orientasi)
    for d in gambar:
        _periksa_gambar(d)
    from reportlab.graphics.shapes import Group, String

    semua = {
        s.text
        for d in gambar
        for b in d.contents
        for s in (b.contents if isinstance(b, Group) else [b])
        if isinstance(s, String)
    }
    assert "99,50" in semua and "100,00" in semua  # labels kept, clear of the 100 % line
    assert "-150,00" in semua  # negatif: (2·10 − 35) / 10
    assert "tidak dapat dihitung" in semua  # the zero target
    assert "belum diisi" in semua  # the missing realisasi
    assert "999.999.999.999" in semua


def test_grafik_enam_belas_tahun() -> None:
    """A long period: the years under the axis never touch (every other one when needed), labels
    stand upright or stay out, nothing overlaps."""
    import random

    acak = random.Random(1)
    p = Periode(2015, 2030)
    ind = [
        Indikator(
            nama=f"Indikator {j}",
            satuan="%",
            target={y: D(acak.randint(0, 2000)) for y in p.tahun},
            realisasi={
                y: D(acak.randint(-50, 3000)) / D(7) for y in p.tahun if acak.random() < 0.8
            },
        )
        for j in range(4)
    ]
    dok = Dokumen(periode=p, tujuan=[Tujuan(uraian="T", sasaran=[Sasaran("S", indikator=ind)])])
    for kertas, orientasi in (("F4", "landscape"), ("A4", "portrait")):
        hasil, gambar = _grafik(dok, kertas, orientasi)
        assert len(hasil.daftar_tahun) == 16
        for d in gambar:
            _periksa_gambar(d)


def _jumlah_grafik(hal: list[str]) -> list[int]:
    return [len(re.findall(r"Grafik 3\.\d+ ", h)) for h in hal]


@pytest.mark.parametrize(("kertas", "orientasi"), [("F4", "landscape"), ("A4", "portrait")])
def test_grafik_berpasangan(tmp_path: Path, kertas: str, orientasi: str) -> None:
    """No page holds a lone chart where two fit: every page of charts but the last holds two
    or more (the first too, when it starts on a page of its own)."""
    pdf, _ = buat_pdf(dokumen_sintetis(60), laporan="lkjip", kertas=kertas, orientasi=orientasi)
    jumlah = [j for j in _jumlah_grafik(_halaman(pdf, tmp_path)) if j]
    assert sum(jumlah) == 60
    assert all(j >= 2 for j in jumlah[1:-1]), jumlah
    if kertas == "F4":
        assert jumlah[0] >= 2, jumlah


# --------------------------------------------------------------------------- page breaks

JUDUL_BAGIAN = re.compile(
    r"^\s*(Tabel 3\.\d+|Grafik 3\.\d+|A\. Capaian Kinerja Organisasi|B\. Realisasi Anggaran|"
    r"1\. Capaian Kinerja per|2\. Perbandingan Capaian|3\. Grafik Capaian|4\. Analisis Efisiensi|"
    r"Analisis capaian \d{4})"
)
KEPALA_TABEL = re.compile(r"^\s*No\s{2,}(Indikator|Sasaran|Program)")
# a row's number (never a four-digit year of the headings) or a budget code
BARIS_DATA = re.compile(r"^\s*(\d{1,3}\s+(\d+(\.\d+)+\s|[^\d\s])|\d+(\.\d+)+\s)")
PENUTUP = re.compile(
    r"^\s*(Jumlah Capaian Realisasi|Rata-rata Capaian Realisasi|JUMLAH\s{2,}|Jumlah\s{2,}\d)"
)


def _periksa_halaman(hal: list[str]) -> None:
    for n, teks in enumerate(hal, start=1):
        baris = [b for b in teks.splitlines() if b.strip() and not re.search(r"Halaman \d+", b)]
        if n < len(hal) and baris:
            # a heading or a caption never ends a page
            assert not JUDUL_BAGIAN.match(baris[-1]), (n, baris[-1])
        kepala = data = False
        for b in baris:
            if KEPALA_TABEL.match(b):
                kepala, data = True, False
            elif PENUTUP.match(b):
                # a closing row keeps the repeated heading and a data row with it on its page
                assert kepala and data, (n, b, teks)
            elif kepala and BARIS_DATA.match(b):
                data = True


@pytest.mark.parametrize(
    ("nama", "kertas", "orientasi"),
    [
        ("sumber-harta-2023", "F4", "landscape"),
        ("sumber-harta", "F4", "landscape"),
        ("sumber-harta-2023", "A4", "portrait"),
        ("tiga-tahun", "F4", "landscape"),
        ("tiga-tahun", "A4", "portrait"),
        ("6", "F4", "landscape"),
        ("60", "F4", "landscape"),
        ("60", "A4", "portrait"),
        ("500", "F4", "landscape"),
    ],
)
def test_baris_penutup_tidak_sendirian(
    tmp_path: Path, nama: str, kertas: str, orientasi: str
) -> None:
    if nama.isdigit():
        dok = dokumen_sintetis(int(nama))
    elif nama == "tiga-tahun":
        dok = dokumen_tiga_tahun()
    else:
        dok = _contoh(nama)
    pdf, halaman = buat_pdf(dok, laporan="lkjip", kertas=kertas, orientasi=orientasi)
    hal = _halaman(pdf, tmp_path)
    assert len(hal) == halaman
    _periksa_halaman(hal)


def _dengan_pk(dok: Dokumen, tahun: int, program: int) -> Dokumen:
    """``dok`` with a PK of ``program`` programs (billions) and the year's signer."""
    from ikudesk.domain.model import LaporanTahunan, PerjanjianKinerja, Program

    tiga = dokumen_tiga_tahun()
    dok.perjanjian_kinerja = [
        PerjanjianKinerja(
            tahun=tahun,
            program=[
                Program(
                    kode=f"7.01.{i:02d}",
                    uraian=f"PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH NOMOR {i}",
                    anggaran=1_215_000_000 + i,
                    realisasi_anggaran=1_100_000_000 + i,
                )
                for i in range(1, program + 1)
            ],
        )
    ]
    dok.laporan_tahunan = [LaporanTahunan(tahun, tiga.laporan_tahunan[0].penandatangan)]
    return dok


@pytest.mark.parametrize("program", range(1, 40, 3))
def test_jumlah_anggaran_tidak_sendirian_dengan_ttd(tmp_path: Path, program: int) -> None:
    """The budget table's JUMLAH, wherever the page ends, keeps a program row and the headings
    with it and goes with the signature."""
    dok = _dengan_pk(dokumen_sintetis(6), 2026, program)
    pdf, _ = buat_pdf(dok, laporan="lkjip", tahun=2026)
    hal = _halaman(pdf, tmp_path)
    awal = next(i for i, h in enumerate(hal) if re.search(r"[BD]\. Realisasi Anggaran", h))
    _periksa_halaman(hal[awal:])  # (the budget part alone: what this test is about)
    assert "JUMLAH" in hal[-1] and "NAMA CAMAT" in hal[-1]


def test_lkjip_500_dengan_pk(tmp_path: Path) -> None:
    dok = _dengan_pk(dokumen_sintetis(500), 2026, 12)
    pdf, _ = buat_pdf(dok, laporan="lkjip", tahun=2026)
    hal = _halaman(pdf, tmp_path)
    _periksa_halaman(hal)
    assert "JUMLAH" in hal[-1] and "NAMA CAMAT" in hal[-1]


# --------------------------------------------------------------------------- the words


def test_belum_diisi_bukan_tidak_dapat_dihitung(tmp_path: Path) -> None:
    """Sumber Harta 2023 has nothing that fails to compute: "tidak dapat dihitung" is only
    the two column headings; its missing values say "belum diisi", naming which."""
    from ikudesk.domain.lkjip import hitung_lkjip

    dok = _contoh("sumber-harta-2023")
    hasil = hitung_lkjip(dok, 2023)
    assert all(
        h.status != TIDAK_DAPAT_DIHITUNG
        for b in hasil.semua_baris
        for h in (b.nilai[2023].target, b.nilai[2023].realisasi, b.nilai[2023].capaian)
    )
    pdf, _ = buat_pdf(dok, laporan="lkjip")
    hal = _halaman(pdf, tmp_path)
    semua = re.sub(r"\s+", " ", " ".join(hal))
    assert semua.lower().count("tidak dapat dihitung") + semua.count("Tidak dapat dihitung") <= 2
    # Tabel 3.7: Nilai evaluasi SAKIP has neither target nor realisasi
    baris = next(b for h in hal for b in h.splitlines() if "Nilai evaluasi SAKIP" in b)
    assert baris.count("belum diisi") == 3  # target, realisasi, Renstra end target
    assert "no. 7 (target dan realisasi)" in semua
    assert "no. 7 (target akhir Renstra dan realisasi)" in semua


def test_bagian_bab_iii_dan_huruf_tertanam(tmp_path: Path) -> None:
    pdf, _ = buat_pdf(dokumen_tiga_tahun(), laporan="lkjip", tahun=2023)
    semua = " ".join(_halaman(pdf, tmp_path))
    urut = [
        "A. Capaian Kinerja Organisasi",
        "1. Capaian Kinerja per Sasaran Strategis",
        "2. Perbandingan Capaian Antartahun dan Rekapitulasi",
        "3. Grafik Capaian Kinerja",
        "4. Analisis Efisiensi Penggunaan Sumber Daya",
        "B. Realisasi Anggaran",
    ]
    posisi = [semua.index(u) for u in urut]
    assert posisi == sorted(posisi)
    assert "D. Realisasi Anggaran" not in semua and "C. Grafik" not in semua
    berkas = tmp_path / "l.pdf"
    r = subprocess.run(["pdffonts", str(berkas)], capture_output=True, text=True, check=True)
    baris = r.stdout.splitlines()[2:]
    assert baris
    assert not any("Helvetica" in b for b in baris), r.stdout
    for b in baris:
        kolom = b.split()
        assert kolom[-5] == "yes", b  # emb


def test_analisis_kosong_tanpa_teks_pengganti(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ikudesk.cli import main
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        doc_id = save_new_dokumen(store, dokumen_tiga_tahun())
    out = tmp_path / "l.pdf"
    rc = main(
        ["pdf", str(doc_id), str(out), "--laporan", "lkjip", "--tahun", "2023"]
        + [
            "--db",
            str(db),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 0, err
    semua = " ".join(_halaman(out.read_bytes(), tmp_path, "cli"))
    assert "belum diisi." not in semua and "Analisis tahun" not in semua
    # the indicator's heading stays, its space empty; the written one is printed
    assert "4. Indikator D" in semua and "Capaian rendah karena kegiatan tertunda." in semua
    pesan = [b for b in err.splitlines() if "Analisis capaian 2023 belum diisi" in b]
    assert len(pesan) == 1
    for nama in ("1. Indikator A", "2. Indikator B", "3. Indikator C", "4. Indikator D"):
        assert nama in pesan[0]
    assert "Indikator E" not in pesan[0]


nilai_acak = st.one_of(
    st.none(),
    st.decimals(min_value=-(10**6), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from([D(0), D(100), D("99.5"), D("100.4"), D("98"), D(-150)]),
)


@settings(max_examples=60, deadline=None)
@given(
    n_tahun=st.integers(1, 8),
    data=st.data(),
    lebar=st.sampled_from([300.0, 428.5, 505.0, 867.0]),
    tinggi=st.sampled_from([150.0, 200.0, 250.0]),
)
def test_grafik_acak_tidak_bertumpuk(n_tahun: int, data, lebar: float, tinggi: float) -> None:  # noqa: ANN001
    """Whatever the values (missing, negative, huge, at the 100 % line), the chart keeps every
    element in its frame and none overlaps another."""
    from ikudesk.l10n import format_angka
    from ikudesk.report.charts import WARNA_100, Panel, Seri, grafik_indikator
    from ikudesk.report.fonts import daftar_font

    font = daftar_font("serif")
    tahun = list(range(2021, 2021 + n_tahun))

    def seri(nama: str) -> Seri:
        nilai = data.draw(st.lists(nilai_acak, min_size=n_tahun, max_size=n_tahun))
        kosong = data.draw(
            st.lists(
                st.sampled_from(["belum diisi", "tidak dapat dihitung", "-"]),
                min_size=n_tahun,
                max_size=n_tahun,
            )
        )
        return Seri(nama, nilai, ["#2166ac"], kosong)

    panel = [
        Panel("Target dan realisasi (%)", [seri("Target"), seri("Realisasi")], format_angka),
        Panel(
            "Capaian (%)",
            [seri("Capaian")],
            format_persen,
            garis_100=True,
            legenda=[("Capaian 100%", WARNA_100, True)],
        ),
    ]
    judul = data.draw(st.text(alphabet="ab ", min_size=1, max_size=400))
    d = grafik_indikator("Grafik 3.1 " + judul, tahun, panel, lebar, tinggi, font.biasa, font.tebal)
    _periksa_gambar(d)


def test_baris_penutup_membawa_baris_data() -> None:
    """TabelBerpotong: a page that would end just before the closing row ends one data row
    earlier; a data row that could never share a page with it does not make the table fail
    (a flowable that never splits is a LayoutError)."""
    from reportlab.platypus import PageBreak, Spacer

    from ikudesk.report.tabel import Baris, Kepala, TabelBerpotong

    kepala = Kepala([["No", "Isi"]], [])

    def tabel(*tinggi: float, ekor: float = 0.0) -> TabelBerpotong:
        baris = [Baris([str(i), Spacer(1, h)]) for i, h in enumerate(tinggi, start=1)]
        baris.append(Baris(["", "Jumlah"], ikat=True))
        return TabelBerpotong(kepala, [30, 200], baris, tinggi_ekor=ekor, tinggi_halaman=500)

    t = tabel(100, 100, 100)
    h_kepala, h_tutup = sum(t._h_kepala), t._ukuran[-1][0]
    # room for the three data rows, not for the closing row
    depan, sisa = t.split(230, h_kepala + 3 * 105 + h_tutup / 2)
    assert len(depan._cellvalues) == 1 + 2  # the headings and two data rows
    assert [b.sel[0] for b in sisa.baris] == ["3", ""]
    # the signature after it: the last data row goes along
    t = tabel(100, 100, 100, ekor=80)
    bagian = t.split(230, h_kepala + 3 * 105 + h_tutup + 10)
    assert isinstance(bagian[1], PageBreak)
    assert [b.sel[0] for b in bagian[2].baris] == ["3", ""]
    # a data row as tall as most of a page: never all moved on (it would never fit)
    t = tabel(440, ekor=80)
    assert t.split(230, 500)
    t = tabel(440)
    assert t.split(230, h_kepala + 445)
