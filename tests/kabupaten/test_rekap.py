"""ikudesk rekap: the year across every kecamatan, figures worked out here by hand."""

from __future__ import annotations

import json
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from ikudesk.cli import main
from ikudesk.domain.kategori import KATEGORI_BAWAAN
from ikudesk.files.docfile import ke_json, muat_json_mentah
from tests.support.kabupaten import dokumen_kecamatan, tulis_dokumen_kecamatan

TAHUN = 2023


def _harapan(instansi: str, **kw: object) -> dict[str, object]:
    """The figures of one kecamatan computed from its document file's numbers alone."""
    data = muat_json_mentah(ke_json(dokumen_kecamatan(instansi, **kw)))  # type: ignore[arg-type]
    capaian = []
    jumlah = 0
    for s in data["tujuan"][0]["sasaran"]:
        for ind in s["indikator"]:
            jumlah += 1
            t, r = ind["target"].get(str(TAHUN)), ind.get("realisasi", {}).get(str(TAHUN))
            if t is not None and r is not None:
                capaian.append(Decimal(r) / Decimal(t) * 100)
    rata = (sum(capaian) / len(capaian)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    kategori = {k.nama: 0 for k in KATEGORI_BAWAAN}
    for c in capaian:
        c2 = c.quantize(Decimal("0.01"), ROUND_HALF_UP)
        for k in KATEGORI_BAWAAN:
            if (k.bawah is None or c2 >= k.bawah) and (k.atas is None or c2 < k.atas):
                kategori[k.nama] += 1
    return {"indikator": jumlah, "terhitung": len(capaian), "rata": rata, "kategori": kategori}


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    db = tmp_path / "kab.sqlite"
    berkas = []
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta", "Kecamatan Gama"]):
        p = tmp_path / f"{i}.json"
        tulis_dokumen_kecamatan(p, nama, geser=i, jumlah=10 + i)
        berkas.append(str(p))
    # A kecamatan whose only document is of another period: listed, with nothing for the year.
    p = tmp_path / "lama.json"
    tulis_dokumen_kecamatan(p, "Kecamatan Delta", periode=(2016, 2021))
    berkas.append(str(p))
    assert main(["gabung", *berkas, "--db", str(db)]) == 0
    return db


def test_rekap_json_dihitung_sendiri(kabupaten: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", str(kabupaten)]) == 0
    data = json.loads(capsys.readouterr().out, parse_float=Decimal)
    assert data["tahun"] == TAHUN
    baris = {k["instansi"]: k for k in data["kecamatan"]}
    assert list(baris) == ["Kecamatan Alfa", "Kecamatan Beta", "Kecamatan Delta", "Kecamatan Gama"]
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta", "Kecamatan Gama"]):
        h = _harapan(nama, geser=i, jumlah=10 + i)
        k = baris[nama]
        assert k["indikator"] == h["indikator"]
        assert k["terhitung"] == h["terhitung"]
        assert k["tidak_terhitung"] == h["indikator"] - h["terhitung"]
        assert Decimal(str(k["rata_rata_capaian"])) == h["rata"]
        assert {n: k["kategori"][n] for n in h["kategori"]} == h["kategori"]
        # Every indicator without a capaian here lacks its realisasi: "belum diisi", not
        # "tidak dapat dihitung".
        assert k["kategori"]["Belum diisi"] == h["indikator"] - h["terhitung"] == k["belum_diisi"]
        assert k["kategori"]["Tidak dapat dihitung"] == 0 == k["tidak_dapat_dihitung"]
        assert k["pk"] is False and k["ikm"] is None
    delta = baris["Kecamatan Delta"]
    assert delta["dokumen_id"] is None and delta["indikator"] == 0
    assert delta["rata_rata_capaian"] is None
    # The indicators every kecamatan names alike are side by side, with each one's capaian.
    bersama = {b["indikator"]: b for b in data["bersama"]}
    b1 = bersama["Indikator bersama 1"]
    assert set(b1["capaian"]) == {"Kecamatan Alfa", "Kecamatan Beta", "Kecamatan Gama"}
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta", "Kecamatan Gama"]):
        r = Decimal(70 + (1 * 7 + i * 3 + TAHUN) % 40)
        assert Decimal(str(b1["capaian"][nama])) == (r / 81 * 100).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )


def test_rekap_triwulan_menghitung_yang_terlambat(tmp_path: Path, capsys) -> None:
    from ikudesk.domain.model import Triwulan

    db = tmp_path / "k.sqlite"
    a = dokumen_kecamatan("Kecamatan Alfa", jumlah=6)
    inds = [i for s in a.tujuan[0].sasaran for i in s.indikator]
    for ind in inds[:4]:  # four of six reported quarter II
        ind.realisasi.pop(TAHUN, None)
        ind.triwulan[TAHUN] = Triwulan(realisasi={1: Decimal(10), 2: Decimal(20)})
    pa = tmp_path / "a.json"
    pa.write_text(ke_json(a), encoding="utf-8")
    pb = tmp_path / "b.json"
    tulis_dokumen_kecamatan(pb, "Kecamatan Beta", jumlah=5)
    assert main(["gabung", str(pa), str(pb), "--db", str(db)]) == 0
    capsys.readouterr()
    assert (
        main(["rekap", "--tahun", str(TAHUN), "--triwulan", "II", "--json", "--db", str(db)]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    baris = {k["instansi"]: k for k in data["kecamatan"]}
    assert (
        baris["Kecamatan Alfa"]["triwulan_terisi"],
        baris["Kecamatan Alfa"]["triwulan_wajib"],
    ) == (4, 6)
    assert baris["Kecamatan Beta"]["triwulan_terisi"] == 0


def test_rekap_sampel_ikm_pk_laporan(tmp_path: Path, capsys) -> None:
    from tests.conftest import REPO

    db = tmp_path / "k.sqlite"
    sampel = [REPO / "data" / n for n in ("benjeng.json", "sumber-harta-2023.json")]
    assert main(["gabung", *map(str, sampel), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["rekap", "--tahun", "2023", "--json", "--db", str(db)]) == 0
    baris = {k["instansi"]: k for k in json.loads(capsys.readouterr().out)["kecamatan"]}
    sh = baris["Kecamatan Sumber Harta"]
    # The worked example's survey: IKM 77,78 (mutu B), its PK 2023 and its signed yearly report.
    assert Decimal(str(sh["ikm"])) == Decimal("77.78") and sh["mutu"] == "B"
    assert sh["pk"] is True and sh["laporan_ditandatangani"] is True
    assert baris["Kecamatan Benjeng"]["pk"] is False


def test_rekap_pdf_dan_xlsx(kabupaten: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "rekap.pdf"
    assert main(["rekap", "--tahun", str(TAHUN), "--pdf", str(pdf), "--db", str(kabupaten)]) == 0
    teks = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"REKAPITULASI CAPAIAN KINERJA KECAMATAN TAHUN {TAHUN}" in teks
    assert "KABUPATEN CONTOH" in teks
    h = _harapan("Kecamatan Alfa", geser=0, jumlah=10)
    rata = f"{h['rata']}".replace(".", ",")
    baris_alfa = next(b for b in teks.splitlines() if "Kecamatan Alfa" in b)
    assert rata in baris_alfa.split()
    assert "Grafik 1." in teks
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    for baris in fonts.splitlines()[2:]:
        assert " yes " in baris, baris  # every font embedded
    xlsx = tmp_path / "rekap.xlsx"
    assert main(["rekap", "--tahun", str(TAHUN), "--xlsx", str(xlsx), "--db", str(kabupaten)]) == 0
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Rekap Kecamatan"]
    nilai = {r[1]: r for r in ws.iter_rows(values_only=True) if r and isinstance(r[1], str)}
    assert Decimal(str(nilai["Kecamatan Alfa"][6])) == h["rata"]
    assert "Indikator Bersama" in wb.sheetnames


def test_rekap_tanpa_dokumen_dan_tahun_wajib(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kosong.sqlite"
    assert main(["list", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["rekap", "--tahun", "2023", "--db", str(db)]) == 2
    assert "gabungkan" in capsys.readouterr().err.lower()
    with pytest.raises(SystemExit) as e:
        main(["rekap", "--db", str(db)])
    assert e.value.code == 2


def test_rekap_postgresql(pg_url: str, tmp_path: Path, capsys) -> None:
    berkas = []
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta"]):
        p = tmp_path / f"{i}.json"
        tulis_dokumen_kecamatan(p, nama, geser=i)
        berkas.append(str(p))
    assert main(["gabung", *berkas, "--db", pg_url]) == 0
    capsys.readouterr()
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", pg_url]) == 0
    data = json.loads(capsys.readouterr().out, parse_float=Decimal)
    k = data["kecamatan"][0]
    assert Decimal(str(k["rata_rata_capaian"])) == _harapan("Kecamatan Alfa", geser=0)["rata"]


def test_dokumen_yang_berisi_tahun_itu_dipakai(tmp_path: Path, capsys) -> None:
    """Two documents of one kecamatan and period (imported twice): the one with values for the
    year is recapitulated, not merely the newer one."""
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    db = tmp_path / "k.sqlite"
    kosong = dokumen_kecamatan("Kecamatan Alfa")
    for ind in kosong.semua_indikator():
        ind.realisasi.clear()
    with open_store(db) as s:
        berisi = save_new_dokumen(s, dokumen_kecamatan("Kecamatan Alfa"))
        save_new_dokumen(s, kosong)
        save_new_dokumen(s, dokumen_kecamatan("Kecamatan Beta"))
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", str(db)]) == 0
    (alfa,) = [
        k for k in json.loads(capsys.readouterr().out)["kecamatan"] if "Alfa" in k["instansi"]
    ]
    assert alfa["dokumen_id"] == berisi and alfa["terhitung"] > 0


def test_indikator_bersama_menurut_nama_tanpa_merantai(tmp_path: Path, capsys) -> None:
    """Alfa numbers IKM as IKU 1 and Desa Tertib as IKU 2, Beta the other way round: each
    indicator is compared with its namesake, never with the other kecamatan's IKU 1."""
    db = tmp_path / "k.sqlite"
    docs = []
    for instansi, urutan in (("Kecamatan Alfa", ("IKM", "Desa Tertib")),
                             ("Kecamatan Beta", ("Desa Tertib", "IKM"))):  # fmt: skip
        d = dokumen_kecamatan(instansi, jumlah=2, bersama=False)
        for i, (ind, nama) in enumerate(zip(d.semua_indikator(), urutan, strict=True)):
            ind.nama = nama
            ind.target = {TAHUN: Decimal(100)}
            ind.realisasi = {TAHUN: Decimal(90 if nama == "IKM" else 60) + i}
        p = tmp_path / f"{instansi}.json"
        p.write_text(ke_json(d), encoding="utf-8")
        docs.append(str(p))
    assert main(["gabung", *docs, "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", str(db)]) == 0
    bersama = {b["indikator"]: b for b in json.loads(capsys.readouterr().out)["bersama"]}
    assert set(bersama) == {"IKM", "Desa Tertib"}
    assert bersama["IKM"]["capaian"] == {"Kecamatan Alfa": 90, "Kecamatan Beta": 91}
    assert bersama["Desa Tertib"]["capaian"] == {"Kecamatan Alfa": 61, "Kecamatan Beta": 60}
    assert bersama["IKM"]["kode"] == ""  # IKU 1 in one, IKU 2 in the other: no shared kode


def test_dokumen_rusak_tidak_menghentikan_rekap(tmp_path: Path, capsys) -> None:
    import sqlite3

    db = tmp_path / "k.sqlite"
    berkas = []
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta"]):
        p = tmp_path / f"{i}.json"
        tulis_dokumen_kecamatan(p, nama, jumlah=5)
        berkas.append(str(p))
    assert main(["gabung", *berkas, "--db", str(db)]) == 0
    capsys.readouterr()
    # An indicator of Alfa pointing into Beta's tree (as a hostile writer could make it).
    con = sqlite3.connect(db)
    beta_sasaran = con.execute(
        "SELECT s.id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id WHERE t.dokumen_id = 2"
    ).fetchone()[0]
    con.execute("UPDATE indikator SET sasaran_id = ? WHERE dokumen_id = 1", (beta_sasaran,))
    con.commit()
    con.close()
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", str(db)]) == 0
    hasil = capsys.readouterr()
    data = json.loads(hasil.out)
    assert [k["instansi"] for k in data["kecamatan"]] == ["Kecamatan Beta"]
    assert "dokumen 1 (Kecamatan Alfa) tidak dapat dibaca" in hasil.err
    assert data["tidak_terbaca"]


def test_tahun_di_luar_batas_ditolak(tmp_path: Path, capsys) -> None:
    assert main(["rekap", "--tahun", "-5", "--db", str(tmp_path / "a.sqlite")]) == 2
    assert "--tahun harus antara" in capsys.readouterr().err


def test_grafik_label_besar_tetap_di_bingkai_dan_judul_tidak_sendirian(tmp_path: Path) -> None:
    from reportlab.graphics.shapes import String

    from ikudesk.kabupaten.rekap import hitung_rekap
    from ikudesk.report.rekap_report import _grafik
    from ikudesk.report.teks import buat_gaya

    gaya = buat_gaya("sans", 9)
    d = _grafik(
        "Grafik 1. Capaian",
        [("Kecamatan Sangat Panjang Sekali Namanya", Decimal("12345678000")), ("B", Decimal(5))],
        gaya,
        300,
    )
    for el in d.contents:
        if isinstance(el, String):
            x0, _, x1, _ = el.getBounds()
            assert x0 >= 0 and x1 <= d.width + 0.01, el.text
    # Ten kecamatan: the shared-indicators heading is on the page of its first charts.
    dokumen = [(i, dokumen_kecamatan(f"Kecamatan Nomor {i}", geser=i)) for i in range(1, 11)]
    pdf = tmp_path / "r.pdf"
    from ikudesk.report.rekap_report import tulis_pdf_rekap

    tulis_pdf_rekap(hitung_rekap(dokumen, TAHUN), pdf)
    halaman = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    (h,) = [h for h in halaman if "INDIKATOR YANG DIMILIKI BEBERAPA KECAMATAN" in h]
    assert "Grafik 1." in h


def test_capaian_nol_dihitung_saat_memilih_dokumen(tmp_path: Path, capsys) -> None:
    """A capaian of exactly 0 is a capaian: of two documents of one kecamatan and period, the
    older one with a 0 is recapitulated, not the newer empty one."""
    from ikudesk.persistence.repo import save_new_dokumen
    from ikudesk.persistence.store import open_store

    db = tmp_path / "k.sqlite"
    nol = dokumen_kecamatan("Kecamatan Alfa", jumlah=3)
    for ind in nol.semua_indikator():
        ind.realisasi = {TAHUN: Decimal(0)}
    kosong = dokumen_kecamatan("Kecamatan Alfa", jumlah=3)
    for ind in kosong.semua_indikator():
        ind.realisasi.clear()
    with open_store(db) as s:
        berisi = save_new_dokumen(s, nol)
        save_new_dokumen(s, kosong)
        save_new_dokumen(s, dokumen_kecamatan("Kecamatan Beta"))
    assert main(["rekap", "--tahun", str(TAHUN), "--json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    (alfa,) = [k for k in data["kecamatan"] if "Alfa" in k["instansi"]]
    assert alfa["dokumen_id"] == berisi and alfa["terhitung"] == 3
    assert Decimal(str(alfa["rata_rata_capaian"])) == 0
