"""Rights on a shared server, enforced by PostgreSQL itself (row-level security): a kecamatan's
role changes only its own documents, the kabupaten's role reads all and changes nothing."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from ikudesk.cli import main
from ikudesk.domain.keys import NilaiKey
from ikudesk.errors import BUKAN_MILIK, IkuError
from ikudesk.persistence.repo import SqlRepository, list_dokumen, load_dokumen
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetNilai
from tests.support.kabupaten import tulis_dokumen_kecamatan


def _peran(server: object, nama: str) -> None:
    with psycopg.connect(server.url_admin, autocommit=True) as con:  # type: ignore[attr-defined]
        con.execute(f"CREATE ROLE {nama} LOGIN")


def _url_sebagai(url: str, peran: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://{peran}@")


@pytest.fixture
def kabupaten(pg_server, pg_url: str, tmp_path: Path, capsys) -> dict[str, object]:  # noqa: ANN001
    berkas = []
    for i, nama in enumerate(["Kecamatan Alfa", "Kecamatan Beta"]):
        p = tmp_path / f"{i}.json"
        tulis_dokumen_kecamatan(p, nama, geser=i, jumlah=5)
        berkas.append(str(p))
    assert main(["gabung", *berkas, "--db", pg_url]) == 0  # the owner gathers
    # Roles belong to the whole cluster: each test makes its own.
    akhir = pg_url.rsplit("/", 1)[1]
    peran = {p: f"{p}_{akhir}" for p in ("kec_alfa", "kec_beta", "kab_baca")}
    for nama in peran.values():
        _peran(pg_server, nama)
    assert main(["hak", "kecamatan", peran["kec_alfa"], "  kecamatan  ALFA", "--db", pg_url]) == 0
    assert main(["hak", "kecamatan", peran["kec_beta"], "Kecamatan Beta", "--db", pg_url]) == 0
    assert main(["hak", "kabupaten", peran["kab_baca"], "--db", pg_url]) == 0
    capsys.readouterr()
    with open_store(pg_url) as s:
        ids = {r.instansi: r.id for r in list_dokumen(s)}
    return {"url": pg_url, "ids": ids, "peran": peran}


def _ubah_target(url: str, dokumen_id: int, nilai: int) -> None:
    with open_store(url) as store:
        sesi = DocumentSession.open(SqlRepository(store), dokumen_id)
        ind = sesi.dokumen.semua_indikator()[0]
        sesi.apply(SetNilai(NilaiKey.target(ind.id, 2023), Decimal(nilai)))


def test_kecamatan_hanya_mengubah_dokumennya(kabupaten, capsys) -> None:  # noqa: ANN001
    url, ids = kabupaten["url"], kabupaten["ids"]
    alfa, beta = ids["Kecamatan Alfa"], ids["Kecamatan Beta"]
    url_alfa = _url_sebagai(url, kabupaten["peran"]["kec_alfa"])
    # Its own document: a change is stored.
    _ubah_target(url_alfa, alfa, 77)
    with open_store(url) as s:
        assert load_dokumen(s, alfa).semua_indikator()[0].target[2023] == Decimal(77)
        sebelum = json.dumps(str(load_dokumen(s, beta)))
    # Another kecamatan's: refused by the server, in the user's words, nothing changed.
    with pytest.raises(IkuError) as e:
        _ubah_target(url_alfa, beta, 12)
    assert "bukan dokumen kecamatan Anda" in e.value.pesan
    # Straight SQL, around the program: the server itself refuses.
    with open_store(url_alfa) as s, s.engine.connect() as c:  # type: ignore[attr-defined]
        n = c.execute(
            text(
                "UPDATE nilai SET nilai = '1' WHERE indikator_id IN "
                "(SELECT id FROM indikator WHERE dokumen_id = :d)"
            ),
            {"d": beta},
        ).rowcount
        c.commit()
        assert n == 0
        with pytest.raises(Exception, match="row-level security"):
            c.execute(
                text(
                    "INSERT INTO tujuan (dokumen_id, urutan, uraian, kelompok) "
                    "VALUES (:d, 99, 'x', '')"
                ),
                {"d": beta},
            )
        c.rollback()
    with open_store(url) as s:
        assert json.dumps(str(load_dokumen(s, beta))) == sebelum
    # Deleting or replacing another kecamatan's document through the commands: refused.
    assert main(["gabung", "--ya", "--db", url_alfa, str(_berkas_beta_baru(kabupaten))]) == 2
    assert BUKAN_MILIK.split(":")[0] in capsys.readouterr().err


def _berkas_beta_baru(kabupaten) -> Path:  # noqa: ANN001
    import tempfile

    p = Path(tempfile.mkdtemp()) / "beta.json"
    tulis_dokumen_kecamatan(p, "Kecamatan Beta", geser=7, jumlah=5)
    return p


def test_kabupaten_membaca_semua_tanpa_mengubah(kabupaten, capsys) -> None:  # noqa: ANN001
    url, ids = kabupaten["url"], kabupaten["ids"]
    url_kab = _url_sebagai(url, kabupaten["peran"]["kab_baca"])
    assert main(["rekap", "--tahun", "2023", "--json", "--db", url_kab]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [k["instansi"] for k in data["kecamatan"]] == ["Kecamatan Alfa", "Kecamatan Beta"]
    with pytest.raises(IkuError) as e:
        _ubah_target(url_kab, ids["Kecamatan Alfa"], 5)
    assert "hanya baca" in e.value.pesan
    assert main(["hak", "daftar", "--db", url]) == 0
    out = capsys.readouterr().out
    peran = kabupaten["peran"]
    assert f"{peran['kec_alfa']}\tkecamatan alfa" in out
    assert f"{peran['kec_beta']}\tkecamatan beta" in out


def test_hak_hanya_untuk_server(tmp_path: Path, capsys) -> None:
    assert main(["hak", "daftar", "--db", str(tmp_path / "a.sqlite")]) == 2
    assert "server PostgreSQL" in capsys.readouterr().err


def test_kecamatan_tidak_dapat_merusak_penyimpanan_bersama(kabupaten, capsys) -> None:  # noqa: ANN001
    """The attacks a review found: the schema version, the sequences, an indicator pointed
    into another kecamatan's tree — all refused by the server; and a revoked role writes
    nothing at all."""
    url, ids = kabupaten["url"], kabupaten["ids"]
    alfa, beta = ids["Kecamatan Alfa"], ids["Kecamatan Beta"]
    peran = kabupaten["peran"]
    url_alfa = _url_sebagai(url, peran["kec_alfa"])
    with open_store(url_alfa) as s, s.engine.connect() as c:  # type: ignore[attr-defined]
        for sql in (
            "UPDATE ikudesk_skema SET versi = 99",
            "DELETE FROM ikudesk_skema",
            "INSERT INTO ikudesk_skema VALUES (4)",
            "SELECT setval('indikator_id_seq', 1)",
            "UPDATE ikudesk_hak SET instansi = 'kecamatan beta'",
        ):
            with pytest.raises(Exception, match="permission denied|row-level security"):
                c.execute(text(sql))
            c.rollback()
        beta_sasaran = c.execute(
            text(
                "SELECT s.id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id "
                "WHERE t.dokumen_id = :d LIMIT 1"
            ),
            {"d": beta},
        ).scalar_one()
        with pytest.raises(Exception, match="row-level security"):
            c.execute(
                text("UPDATE indikator SET sasaran_id = :s WHERE dokumen_id = :d"),
                {"s": beta_sasaran, "d": alfa},
            )
        c.rollback()
    assert main(["rekap", "--tahun", "2023", "--json", "--db", url]) == 0  # still whole
    assert len(json.loads(capsys.readouterr().out)["kecamatan"]) == 2
    # Revoked: the role reads, and changes nothing — not even its former own document.
    assert main(["hak", "cabut", peran["kec_alfa"], "--db", url]) == 0
    with pytest.raises(IkuError) as e:
        _ubah_target(url_alfa, alfa, 5)
    assert "hanya baca" in e.value.pesan


def test_hak_berlaku_pada_tabel_versi_baru_setelah_peningkatan(kabupaten, capsys) -> None:  # noqa: ANN001
    """A shared store of schema 4 with rights set, upgraded by this release when the owner opens
    it: the tables schema 5 and 6 added (laporan_triwulan, penetapan, perubahan) are covered by
    the same rights — a kecamatan writes there for its own document only, the kabupaten not at
    all — and no row is lost."""
    url, ids = kabupaten["url"], kabupaten["ids"]
    alfa, beta = ids["Kecamatan Alfa"], ids["Kecamatan Beta"]
    peran = kabupaten["peran"]
    with open_store(url) as s:
        sebelum = {d: load_dokumen(s, d).semua_indikator() for d in (alfa, beta)}
    with psycopg.connect(url, autocommit=True) as con:  # the store as schema 4 had it
        con.execute("DROP TABLE laporan_triwulan, penetapan, perubahan")
        con.execute("ALTER TABLE dokumen DROP COLUMN status")
        con.execute("UPDATE ikudesk_skema SET versi = 4")
    with open_store(url) as s:  # the owner opens it: upgraded, rights given again
        assert {d: load_dokumen(s, d).semua_indikator() for d in (alfa, beta)} == sebelum
    with psycopg.connect(url) as con:
        assert con.execute("SELECT versi FROM ikudesk_skema").fetchone() == (6,)
    url_alfa = _url_sebagai(url, peran["kec_alfa"])
    capsys.readouterr()
    assert main(["tetapkan", str(alfa), "--tanggal", "2024-01-10", "--db", url_alfa]) == 0
    assert main(["tetapkan", str(beta), "--tanggal", "2024-01-10", "--db", url_alfa]) == 2
    assert "bukan dokumen kecamatan Anda" in capsys.readouterr().err
    url_kab = _url_sebagai(url, peran["kab_baca"])
    assert main(["revisi", str(alfa), "--db", url_kab]) == 2
    assert "hanya baca" in capsys.readouterr().err
    assert main(["riwayat", str(alfa), "--perubahan", "--db", url_kab]) == 0
    out = capsys.readouterr().out
    assert "Versi 1" in out and f"{peran['kec_alfa']} (" in out
