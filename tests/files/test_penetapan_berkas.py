"""Issue 24: the ``penetapan`` list and ``status`` in the document file, and the ``sidik``.

The fingerprint is checked against a canonical writer written here from FORMAT.md's words alone
(tokens for numbers, ``json.dumps`` for the rest), never against the program's own writer.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ikudesk.errors import DokumenError
from ikudesk.files.docfile import (
    baca_dokumen,
    baca_file,
    json_tepat,
    ke_data,
    ke_json,
    sidik_dokumen,
)
from ikudesk.files.sidik import kanonik

CONTOH_V2 = Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json"
SHARED = Path("/work/shared/contoh/sumber-harta-2023.json")

# FORMAT.md: what is not signed content.
BUKAN_ISI_ATAS = {
    "format",
    "versi",
    "status",
    "penetapan",
    "laporan_tahunan",
    "laporan_triwulan",
    "perjanjian_kinerja",
}
BUKAN_ISI_INDIKATOR = {"realisasi", "nilai_komponen", "triwulan", "survei_ikm", "analisis"}


def _sidik_mandiri(data: dict[str, Any]) -> str:
    """An independent reading of FORMAT.md's canonical form."""
    isi = {k: v for k, v in data.items() if k not in BUKAN_ISI_ATAS}
    for t in isi.get("tujuan", []):
        for ind in [
            *t.get("indikator", []),
            *(i for s in t.get("sasaran", []) for i in s.get("indikator", [])),
        ]:
            for k in BUKAN_ISI_INDIKATOR:
                ind.pop(k, None)

    def buang(v: Any) -> Any:
        if isinstance(v, dict):
            v = {k: buang(x) for k, x in v.items()}
            return {k: x for k, x in v.items() if not (x is None or x == "" or x == [] or x == {})}
        if isinstance(v, list):
            return [buang(x) for x in v]
        return v

    isi = buang(isi)
    angka: dict[str, str] = {}

    def token(v: Any) -> Any:
        # Numbers become unique strings, replaced after json.dumps by their plain form.
        if isinstance(v, dict):
            return {k: token(x) for k, x in v.items()}
        if isinstance(v, list):
            return [token(x) for x in v]
        if isinstance(v, Decimal) or (isinstance(v, int) and not isinstance(v, bool)):
            d = Decimal(v)
            teks = str(int(d)) if d == d.to_integral_value() else f"{d:f}".rstrip("0")
            kunci = f"@@ANGKA{len(angka)}@@"
            angka[kunci] = teks
            return kunci
        return v

    teks = json.dumps(token(isi), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    teks = re.sub(r'"(@@ANGKA\d+@@)"', lambda m: angka[m.group(1)], teks)
    return hashlib.sha256(teks.encode("utf-8")).hexdigest()


def _ekspor(path: Path) -> dict[str, Any]:
    """The document as the program's export writes it, read back with exact numbers."""
    teks = ke_json(baca_file(path))
    return json.loads(teks, parse_float=Decimal)


@pytest.mark.parametrize("path", [CONTOH_V2, SHARED], ids=["data", "shared"])
def test_sidik_contoh_v2_sama_dengan_penulis_mandiri(path: Path) -> None:
    if not path.exists():
        pytest.skip("contoh bersama tidak ada")
    data = _ekspor(path)
    harap = _sidik_mandiri(copy.deepcopy(data))
    assert sidik_dokumen(baca_file(path)) == harap
    assert re.fullmatch(r"[0-9a-f]{64}", harap)


def test_kanonik_angka_dan_teks() -> None:
    data = {
        "b": [
            Decimal("84.0"),
            Decimal("84.125"),
            Decimal("0.00005"),
            Decimal("123456789012.123456"),
        ],
        "a": "Nomor 050/12 — “IKU”\nbaris",
        "c": {"x": "", "y": None, "z": [], "w": {}},
        "d": [""],
        "e": False,
    }
    assert kanonik(data) == (
        '{"a":"Nomor 050/12 — “IKU”\\nbaris",'
        '"b":[84,84.125,0.00005,123456789012.123456],"c":{"w":{},"x":"","y":null,"z":[]},'
        '"d":[""],"e":false}'
    )


def test_sidik_tidak_berubah_oleh_bagian_tak_ditandatangani() -> None:
    dok = baca_file(CONTOH_V2)
    awal = sidik_dokumen(dok)
    ind = dok.semua_indikator()[1]
    ind.realisasi = {2023: Decimal("1")} if not ind.pakai_rumus else ind.realisasi
    ind.analisis = {2023: "analisis baru"}
    dok.laporan_tahunan = []
    dok.perjanjian_kinerja = []
    assert sidik_dokumen(dok) == awal
    ind.target[2023] = Decimal("77.5")
    assert sidik_dokumen(dok) != awal


def _ditetapkan(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` fixed as version 1 with its true fingerprint."""
    sidik = _sidik_mandiri(copy.deepcopy(data))
    return {
        **data,
        "penetapan": [
            {
                "versi": 1,
                "tanggal": "2023-01-05",
                "dasar": "Keputusan Camat",
                "alasan": "",
                "sidik": sidik,
            }
        ],
        "status": "ditetapkan",
    }


def _teks(data: dict[str, Any]) -> str:
    return json_tepat(data)


def test_berkas_ditetapkan_dibaca_dan_diekspor_sama() -> None:
    data = _ditetapkan(_ekspor(CONTOH_V2))
    dok = baca_dokumen(_teks(data))
    assert dok.status == "ditetapkan" and dok.penetapan[0].dasar == "Keputusan Camat"
    assert baca_dokumen(ke_json(dok)).penetapan == dok.penetapan
    assert ke_data(dok)["penetapan"][0]["sidik"] == data["penetapan"][0]["sidik"]


def test_berkas_ditetapkan_yang_diubah_di_luar_program_ditolak() -> None:
    data = _ditetapkan(_ekspor(CONTOH_V2))
    data["tujuan"][0]["sasaran"][0]["indikator"][0]["target"]["2023"] = 99
    with pytest.raises(DokumenError, match="isi yang ditetapkan telah diubah di luar program"):
        baca_dokumen(_teks(data))
    # What is not signed may change: realisasi of a ditetapkan file is read as it is.
    data = _ditetapkan(_ekspor(CONTOH_V2))
    data["tujuan"][0]["sasaran"][0]["indikator"][0]["analisis"] = {"2023": "baru"}
    assert baca_dokumen(_teks(data)).status == "ditetapkan"
    # A draft (reopened) file is not checked against the last fingerprint.
    data = _ditetapkan(_ekspor(CONTOH_V2))
    data["status"] = "draf"
    data["judul"] = ["JUDUL REVISI"]
    assert baca_dokumen(_teks(data)).status == "draf"


def _entri(versi: int, tanggal: str, alasan: str = "x") -> dict[str, Any]:
    return {"versi": versi, "tanggal": tanggal, "dasar": "", "alasan": alasan, "sidik": "a" * 64}


@pytest.mark.parametrize(
    ("penetapan", "status", "pesan"),
    [
        ([_entri(1, "2021-01-05", ""), _entri(3, "2022-01-05")], "draf", r"penetapan\[1\].versi"),
        ([_entri(2, "2021-01-05")], "draf", "harus 1"),
        ([_entri(1, "2021-01-05", ""), _entri(2, "2020-12-31")], "draf", "lebih awal"),
        ([_entri(1, "2021-01-05", ""), _entri(2, "2021-02-01", "")], "draf", "alasan revisi wajib"),
        ([], "ditetapkan", "tanpa satu pun penetapan"),
        ([_entri(1, "2021-02-30", "")], "draf", "tanggal penetapan"),
        ([_entri(1, "2021-01-05", "")], "final", "status 'final' tidak dikenal"),
        ([{**_entri(1, "2021-01-05", ""), "sidik": "XYZ"}], "draf", "heksadesimal"),
        ([{**_entri(1, "2021-01-05", ""), "oleh": "x"}], "draf", "kunci 'oleh' tidak dikenal"),
    ],
)
def test_daftar_penetapan_yang_melanggar_aturan_ditolak(
    penetapan: list[Any], status: str, pesan: str
) -> None:
    data = {**_ekspor(CONTOH_V2), "penetapan": penetapan, "status": status}
    with pytest.raises(DokumenError, match=pesan):
        baca_dokumen(_teks(data))


def test_dokumen_tanpa_penetapan_diekspor_seperti_dulu() -> None:
    data = ke_data(baca_file(CONTOH_V2))
    assert "penetapan" not in data and "status" not in data
