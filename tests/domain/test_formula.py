"""Tests of the formula engine: parsing, errors with positions, exact evaluation, layout."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikudesk.domain.formula import (
    MAKS_DIGIT,
    MAKS_KURUNG,
    MAKS_PANJANG,
    Angka,
    BinOp,
    FormulaError,
    Kurung,
    LAngka,
    LJumlah,
    LKali,
    LKurung,
    LLabel,
    LNeg,
    LPecahan,
    Neg,
    NilaiKosong,
    PembagianNol,
    Ref,
    TahunLalu,
    evaluate,
    kode_dipakai,
    layout,
    pakai_tahun_lalu,
    parse,
    teks_rumus,
)
from ikudesk.errors import IkuError

D = Decimal
CONTOH = Path(__file__).resolve().parents[2] / "data"  # the samples shipped with the program


# --- the sample documents ----------------------------------------------------------------------


def _indikator_contoh() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(CONTOH.glob("*.json")):
        dok = json.loads(path.read_text(encoding="utf-8"))
        for tujuan in dok.get("tujuan", []):
            yield from ((path.name, i) for i in tujuan.get("indikator", []))
            for sasaran in tujuan.get("sasaran", []):
                yield from ((path.name, i) for i in sasaran.get("indikator", []))


RUMUS_CONTOH = [
    (nama, ind) for nama, ind in _indikator_contoh() if (ind.get("rumus") or {}).get("ekspresi")
]

# Values for each sample formula, and its expected result worked out here by hand with Decimal
# (in the same 34-digit precision the engine promises). Keyed by expression text, so a new
# sample formula fails the coverage test below until someone adds its expectation.
Harapan = Callable[[dict[str, Decimal], dict[str, Decimal]], Decimal]


def _rasio(atas: str, bawah: str) -> Harapan:
    return lambda s, _l: s[atas] / s[bawah] * 100


HARAPAN: dict[str, Harapan] = {
    "(pelanggaran - tahun_lalu(pelanggaran)) / pelanggaran * 100": (
        lambda s, lalu: (s["pelanggaran"] - lalu["pelanggaran"]) / s["pelanggaran"] * 100
    ),
    "ditindaklanjuti / konflik * 100": _rasio("ditindaklanjuti", "konflik"),
    "hadir / diundang * 100": _rasio("hadir", "diundang"),
    "direkomendasikan / diusulkan * 100": _rasio("direkomendasikan", "diusulkan"),
    "dibina / ormas * 100": _rasio("dibina", "ormas"),
    "dibina / lembaga * 100": _rasio("dibina", "lembaga"),
    "ditindaklanjuti / difasilitasi * 100": _rasio("ditindaklanjuti", "difasilitasi"),
    "ditindaklanjuti / dilakukan * 100": _rasio("ditindaklanjuti", "dilakukan"),
    "(rpkdesa + apbdesa + lppdesa) / (jumlah_desa * 3) * 100": (
        lambda s, _l: (s["rpkdesa"] + s["apbdesa"] + s["lppdesa"]) / (s["jumlah_desa"] * 3) * 100
    ),
}
for _bidang in ("pu", "pelayanan", "transtib", "kepegawaian"):
    HARAPAN[f"{_bidang}_ditindaklanjuti / {_bidang}_difasilitasi * 100"] = _rasio(
        f"{_bidang}_ditindaklanjuti", f"{_bidang}_difasilitasi"
    )


def _kode(ind: dict[str, Any]) -> list[str]:
    return [k["kode"] for k in ind["rumus"].get("komponen", [])]


def _nilai_contoh(kode: list[str], dasar: int) -> dict[str, Decimal]:
    # Distinct, non-zero values with a decimal part so that mixing up operands shows.
    return {k: D(dasar + 7 * i) + D("0.25") for i, k in enumerate(kode)}


def test_contoh_ada_rumus() -> None:
    assert len(RUMUS_CONTOH) >= 10
    for _, ind in RUMUS_CONTOH:
        assert ind["rumus"]["ekspresi"] in HARAPAN, ind["rumus"]["ekspresi"]


@pytest.mark.parametrize(
    ("berkas", "ind"), RUMUS_CONTOH, ids=[f"{n}:{i['nama'][:30]}" for n, i in RUMUS_CONTOH]
)
def test_contoh_parse_dan_evaluate(berkas: str, ind: dict[str, Any]) -> None:
    ekspresi = ind["rumus"]["ekspresi"]
    kode = _kode(ind)
    node = parse(ekspresi, kode)
    assert kode_dipakai(node) == set(kode)
    sekarang = _nilai_contoh(kode, 31)
    lalu = _nilai_contoh(kode, 19)
    with localcontext() as ctx:
        ctx.prec = 34
        harapan = HARAPAN[ekspresi](sekarang, lalu)
    assert evaluate(node, sekarang, lalu) == harapan
    # every sample formula lays out and prints without trouble
    lnode = layout(node, {k["kode"]: k.get("uraian", "") for k in ind["rumus"]["komponen"]}, True)
    assert teks_rumus(lnode).endswith("× 100%")


def test_contoh_nilai_persis() -> None:
    # 37 of 40: exactly 92.5, not 92.49999…; and never rounded to 2 places.
    node = parse("ditindaklanjuti / difasilitasi * 100")
    assert evaluate(node, {"ditindaklanjuti": D(37), "difasilitasi": D(40)}) == D("92.5")
    assert evaluate(node, {"ditindaklanjuti": D(1), "difasilitasi": D(8)}) == D("12.5")
    node = parse("(rpkdesa + apbdesa + lppdesa) / (jumlah_desa * 3) * 100")
    nilai = {"rpkdesa": D(10), "apbdesa": D(12), "lppdesa": D(11), "jumlah_desa": D(12)}
    hasil = evaluate(node, nilai)
    assert hasil == D("91.66666666666666666666666666666667")  # 33/36 to 34 digits, × 100
    node = parse("(pelanggaran - tahun_lalu(pelanggaran)) / pelanggaran * 100")
    assert evaluate(node, {"pelanggaran": D(8)}, {"pelanggaran": D(10)}) == D(-25)


# --- the tree parse builds ---------------------------------------------------------------------


def test_parse_pohon() -> None:
    assert parse("a / b * 100") == BinOp("*", BinOp("/", Ref("a"), Ref("b")), Angka(D(100)))
    assert parse("(a+b)") == Kurung(BinOp("+", Ref("a"), Ref("b")))
    assert parse("-tahun_lalu(x)") == Neg(TahunLalu("x"))
    assert parse("  tahun_lalu ( x )  ") == TahunLalu("x")
    assert parse("0.5") == Angka(D("0.5"))
    assert parse("007") == Angka(D(7))
    assert parse("\ta\n*\u00a0b\r\n") == BinOp("*", Ref("a"), Ref("b"))


@pytest.mark.parametrize(
    ("ekspresi", "pohon"),
    [
        ("a + b * c", BinOp("+", Ref("a"), BinOp("*", Ref("b"), Ref("c")))),
        ("a * b + c", BinOp("+", BinOp("*", Ref("a"), Ref("b")), Ref("c"))),
        ("a - b - c", BinOp("-", BinOp("-", Ref("a"), Ref("b")), Ref("c"))),
        ("a / b / c", BinOp("/", BinOp("/", Ref("a"), Ref("b")), Ref("c"))),
        ("a / b * c", BinOp("*", BinOp("/", Ref("a"), Ref("b")), Ref("c"))),
        ("a - b + c", BinOp("+", BinOp("-", Ref("a"), Ref("b")), Ref("c"))),
        ("-a * b", BinOp("*", Neg(Ref("a")), Ref("b"))),
        ("a * -b", BinOp("*", Ref("a"), Neg(Ref("b")))),
        ("a - -b", BinOp("-", Ref("a"), Neg(Ref("b")))),
        ("--a", Neg(Neg(Ref("a")))),
        ("a - (b - c)", BinOp("-", Ref("a"), Kurung(BinOp("-", Ref("b"), Ref("c"))))),
    ],
)
def test_presedensi_dan_asosiativitas(ekspresi: str, pohon: object) -> None:
    assert parse(ekspresi) == pohon


@pytest.mark.parametrize(
    ("ekspresi", "hasil"),
    [
        ("2 + 3 * 4", "14"),
        ("(2 + 3) * 4", "20"),
        ("10 - 4 - 3", "3"),
        ("10 - (4 - 3)", "9"),
        ("64 / 8 / 2", "4"),
        ("64 / (8 / 2)", "16"),
        ("12 / 3 * 2", "8"),
        ("-3 * 2", "-6"),
        ("-(3 - 5)", "2"),
        ("2 - -3", "5"),
        ("--4", "4"),
        ("-2 * -3", "6"),
        ("1 / 3 * 3", "0.9999999999999999999999999999999999"),  # 34 digits, not 2
        ("0.1 + 0.2", "0.3"),
        ("0 * -1", "0"),
    ],
)
def test_evaluate_angka(ekspresi: str, hasil: str) -> None:
    nilai = evaluate(parse(ekspresi), {})
    assert nilai == D(hasil)
    assert str(nilai) == hasil  # no float drift, no stray "-0", no rounding to 2 places


def test_evaluate_konteks_sendiri() -> None:
    # The caller's decimal context must not change the result.
    with localcontext() as ctx:
        ctx.prec = 3
        assert evaluate(parse("a / 3"), {"a": D(1)}) == D("0.3333333333333333333333333333333333")


def test_tahun_lalu() -> None:
    node = parse("(a - tahun_lalu(a)) / tahun_lalu(a) * 100", ["a"])
    assert pakai_tahun_lalu(node)
    assert kode_dipakai(node) == {"a"}
    assert evaluate(node, {"a": D(110)}, {"a": D(100)}) == D(10)
    assert not pakai_tahun_lalu(parse("a / b"))
    assert kode_dipakai(parse("a / b + tahun_lalu(c) - 2")) == {"a", "b", "c"}


def test_pembagian_nol() -> None:
    with pytest.raises(PembagianNol):
        evaluate(parse("a / b * 100"), {"a": D(3), "b": D(0)})
    with pytest.raises(PembagianNol):
        evaluate(parse("0 / 0"), {})
    with pytest.raises(PembagianNol):
        evaluate(parse("a / (b - b)"), {"a": D(1), "b": D("2.5")})


def test_nilai_kosong() -> None:
    with pytest.raises(NilaiKosong) as info:
        evaluate(parse("a / b"), {"a": D(1)})
    assert info.value.kode == "b" and info.value.tahun_lalu is False
    with pytest.raises(NilaiKosong) as info:
        evaluate(parse("a - tahun_lalu(a)"), {"a": D(1)}, None)
    assert info.value.kode == "a" and info.value.tahun_lalu is True
    with pytest.raises(NilaiKosong) as info:
        evaluate(parse("a - tahun_lalu(a)"), {"a": D(1)}, {"b": D(1)})
    assert info.value.kode == "a" and info.value.tahun_lalu is True
    # None stands for "not entered", not for 0
    with pytest.raises(NilaiKosong):
        evaluate(parse("a + 1"), {"a": None})  # type: ignore[dict-item]


# --- errors and their positions ----------------------------------------------------------------


def _galat(ekspresi: str, kode: list[str] | None = None) -> FormulaError:
    with pytest.raises(FormulaError) as info:
        parse(ekspresi, kode)
    return info.value


@pytest.mark.parametrize(
    ("ekspresi", "kode", "posisi", "pesan"),
    [
        ("a + b * $", None, 8, "Karakter '$' tidak dikenal pada posisi 9."),
        (
            "a * 0,5",
            None,
            5,
            "Karakter ',' tidak dikenal pada posisi 6. Gunakan titik (.) sebagai tanda desimal.",
        ),
        (
            "a +xyz",
            ["a", "b"],
            3,
            "Komponen 'xyz' tidak dikenal pada posisi 4. Komponen yang ada: a, b.",
        ),
        (
            "b + tahun_lalu(zz)",
            ["b", "a"],
            15,
            "Komponen 'zz' tidak dikenal pada posisi 16. Komponen yang ada: b, a.",
        ),
        ("(a + b", None, 0, "Kurung buka '(' pada posisi 1 tidak ditutup."),
        ("a * ((b + c)", None, 4, "Kurung buka '(' pada posisi 5 tidak ditutup."),
        ("(a + b) * c)", None, 11, "Kurung tutup ')' pada posisi 12 tidak punya pasangan."),
        (")", None, 0, "Kurung tutup ')' pada posisi 1 tidak punya pasangan."),
        (
            "a + ",
            None,
            3,
            "Ekspresi berakhir terlalu cepat: diharapkan angka, komponen atau '(' "
            "setelah posisi 3.",
        ),
        (
            "foo(a)",
            None,
            0,
            "Fungsi 'foo' tidak dikenal pada posisi 1; yang tersedia hanya tahun_lalu(kode).",
        ),
        ("", None, 0, "Ekspresi kosong."),
        ("   \n ", None, 0, "Ekspresi kosong."),
    ],
)
def test_galat_persis(ekspresi: str, kode: list[str] | None, posisi: int, pesan: str) -> None:
    galat = _galat(ekspresi, kode)
    assert galat.posisi == posisi
    assert galat.pesan == pesan
    assert str(galat) == pesan


@pytest.mark.parametrize(
    ("ekspresi", "posisi", "potongan"),
    [
        ("Jumlah / b", 0, "huruf kecil"),
        ("a / B", 4, "'b'"),
        ("a * tahun_lalu(a + b)", 17, "tepat satu kode komponen"),
        ("tahun_lalu(2)", 11, "tepat satu kode komponen"),
        ("tahun_lalu()", 11, "tepat satu kode komponen"),
        ("tahun_lalu(tahun_lalu(a))", 11, "tepat satu kode komponen"),
        ("tahun_lalu((a))", 11, "tepat satu kode komponen"),
        ("tahun_lalu(a", 10, "tidak ditutup"),
        ("tahun_lalu + 1", 0, "tahun_lalu(kode)"),
        ("a + * b", 4, "posisi 5"),
        ("+a", 0, "'+'"),
        ("a b", 2, "operator"),
        ("(a b)", 3, "')'"),
        ("2a", 0, "'*'"),
        ("1e5", 0, "'*'"),
        (".5", 0, "0.5"),
        ("1.", 0, "tidak lengkap"),
        ("1.2.3", 0, "lebih dari satu titik"),
        ("a × b", 2, "'*'"),
        ("a % b", 2, "* 100"),
        ("()", 1, "bukan ')'"),
        ("a\x00", 1, "U+0000"),
        ("b / c $ (", 6, "'$'"),  # the first problem from the left is reported
    ],
)
def test_galat_posisi(ekspresi: str, posisi: int, potongan: str) -> None:
    galat = _galat(ekspresi)
    assert galat.posisi == posisi
    assert potongan in galat.pesan
    assert f"posisi {posisi + 1}" in galat.pesan or "setelah posisi" in galat.pesan


def test_galat_kode_dikenal_kosong_dan_fungsi_dari_kode() -> None:
    assert "Belum ada komponen" in _galat("a", []).pesan
    # a known code followed by "(" is a missing '*', not an unknown function
    galat = _galat("a (b)", ["a", "b"])
    assert galat.posisi == 2 and "'*'" in galat.pesan


def test_galat_adalah_ikuerror_dan_valueerror() -> None:
    galat = _galat("$")
    assert isinstance(galat, IkuError) and isinstance(galat, ValueError)


def test_batas_panjang_kedalaman_digit() -> None:
    galat = _galat("a+" * (MAKS_PANJANG // 2) + "a")
    assert galat.posisi == MAKS_PANJANG and "terlalu panjang" in galat.pesan
    parse("1" + " " * (MAKS_PANJANG - 1))  # exactly at the limit is fine

    parse("(" * MAKS_KURUNG + "a" + ")" * MAKS_KURUNG)
    galat = _galat("(" * (MAKS_KURUNG + 1) + "a" + ")" * (MAKS_KURUNG + 1))
    assert galat.posisi == MAKS_KURUNG and "terlalu dalam" in galat.pesan

    assert parse("9" * MAKS_DIGIT) == Angka(D("9" * MAKS_DIGIT))
    assert parse("1." + "5" * (MAKS_DIGIT - 1)) == Angka(D("1." + "5" * (MAKS_DIGIT - 1)))
    galat = _galat("a + " + "9" * (MAKS_DIGIT + 1))
    assert galat.posisi == 4 and "digit" in galat.pesan

    # long chains are refused cleanly rather than growing trees no walker can recurse through
    assert "terlalu rumit" in _galat("+".join(["a"] * 500)).pesan
    assert "terlalu rumit" in _galat("-" * 500 + "a").pesan
    assert "terlalu rumit" in _galat("a" + "/a" * 500).pesan


def test_pohon_terdalam_tetap_bisa_dipakai() -> None:
    # The deepest expressions parse accepts still evaluate, lay out and print.
    ekspresi = "(" * MAKS_KURUNG + "a" + "".join(f" - {i})" for i in range(MAKS_KURUNG))
    node = parse(ekspresi)
    assert evaluate(node, {"a": D(10000)}) == D(10000 - sum(range(MAKS_KURUNG)))
    assert teks_rumus(layout(node)).startswith("a - 0 - 1")
    node = parse("+".join(["a"] * 101))
    assert evaluate(node, {"a": D(1)}) == D(101)
    assert teks_rumus(layout(node)).count("+") == 100


# --- layout and one-line text ------------------------------------------------------------------

A = LLabel("a", "Jumlah A")
B = LLabel("b", "Jumlah B")
C = LLabel("c", "c")
URAIAN = {"a": "Jumlah A", "b": "Jumlah B", "c": ""}


def _lay(ekspresi: str, persen: bool = False) -> object:
    return layout(parse(ekspresi), URAIAN, persen)


def test_layout_rasio_persen() -> None:
    assert _lay("a / b * 100", persen=True) == LKali((LPecahan(A, B), LAngka(D(100), True)))
    assert _lay("(a / b * 100)", persen=True) == LKali((LPecahan(A, B), LAngka(D(100), True)))
    assert _lay("a * 100", persen=True) == LKali((A, LAngka(D(100), True)))
    # without persen the 100 stays a number; elsewhere than at the end it is never a percent
    assert _lay("a / b * 100") == LKali((LPecahan(A, B), LAngka(D(100))))
    assert _lay("100 * a / b", persen=True) == LPecahan(LKali((LAngka(D(100)), A)), B)
    assert _lay("a / b * 100 + 1", persen=True) == LJumlah(
        (("", LKali((LPecahan(A, B), LAngka(D(100))))), ("+", LAngka(D(1))))
    )


def test_layout_contoh_sumbersuko() -> None:
    uraian = {"rpkdesa": "R", "apbdesa": "P", "lppdesa": "L", "jumlah_desa": "Desa"}
    lnode = layout(
        parse("(rpkdesa + apbdesa + lppdesa) / (jumlah_desa * 3) * 100"), uraian, persen=True
    )
    jumlah = LJumlah(
        (
            ("", LLabel("rpkdesa", "R")),
            ("+", LLabel("apbdesa", "P")),
            ("+", LLabel("lppdesa", "L")),
        )
    )
    bawah = LKali((LLabel("jumlah_desa", "Desa"), LAngka(D(3))))
    assert lnode == LKali((LPecahan(jumlah, bawah), LAngka(D(100), True)))
    assert teks_rumus(lnode) == "(R + P + L) / (Desa × 3) × 100%"


def test_layout_contoh_benjeng_tahun_lalu() -> None:
    p = "Jumlah pelanggaran perda di Kecamatan"
    lnode = layout(
        parse("(pelanggaran - tahun_lalu(pelanggaran)) / pelanggaran * 100"),
        {"pelanggaran": p},
        persen=True,
    )
    atas = LJumlah(
        (("", LLabel("pelanggaran", p)), ("-", LLabel("pelanggaran", p, tahun_lalu=True)))
    )
    assert lnode == LKali((LPecahan(atas, LLabel("pelanggaran", p)), LAngka(D(100), True)))
    assert teks_rumus(lnode) == f"({p} - {p} tahun sebelumnya) / ({p}) × 100%"


def test_teks_rumus_contoh_sumber_harta() -> None:
    uraian = {
        "ditindaklanjuti": "Jumlah Kegiatan yang ditindaklanjuti",
        "difasilitasi": "Jumlah Kegiatan yang difasilitasi",
    }
    lnode = layout(parse("ditindaklanjuti / difasilitasi * 100"), uraian, persen=True)
    assert teks_rumus(lnode) == (
        "(Jumlah Kegiatan yang ditindaklanjuti) / (Jumlah Kegiatan yang difasilitasi) × 100%"
    )


@pytest.mark.parametrize(
    ("ekspresi", "pohon"),
    [
        # nested sums and products flatten; redundant parentheses go
        ("a + (b + c)", LJumlah((("", A), ("+", B), ("+", C)))),
        ("(a + b) + c", LJumlah((("", A), ("+", B), ("+", C)))),
        ("a * (b * c)", LKali((A, B, C))),
        ("((a))", A),
        # parentheses the meaning needs stay
        ("a - (b + c)", LJumlah((("", A), ("-", LKurung(LJumlah((("", B), ("+", C)))))))),
        ("(a + b) * c", LKali((LKurung(LJumlah((("", A), ("+", B)))), C))),
        ("-(a + b)", LNeg(LKurung(LJumlah((("", A), ("+", B)))))),
        ("a * -b", LKali((A, LKurung(LNeg(B))))),
        # a fraction drops the parentheses around its parts
        (
            "(a + b) / (c - 1)",
            LPecahan(LJumlah((("", A), ("+", B))), LJumlah((("", C), ("-", LAngka(D(1)))))),
        ),
        ("a / b / c", LPecahan(LPecahan(A, B), C)),
        ("a / (b / c)", LPecahan(A, LPecahan(B, C))),
        ("a * b / c", LPecahan(LKali((A, B)), C)),
        ("c * (a / b)", LKali((C, LPecahan(A, B)))),
        ("tahun_lalu(a)", LLabel("a", "Jumlah A", tahun_lalu=True)),
        ("0.5", LAngka(D("0.5"))),
    ],
)
def test_layout_bentuk(ekspresi: str, pohon: object) -> None:
    assert _lay(ekspresi) == pohon


def test_layout_tanpa_uraian_pakai_kode() -> None:
    assert layout(parse("x / y")) == LPecahan(LLabel("x", "x"), LLabel("y", "y"))


@pytest.mark.parametrize(
    ("lnode", "teks"),
    [
        (LAngka(D("0.5")), "0,5"),
        (LAngka(D(1250)), "1.250"),
        (LAngka(D("1250000.75")), "1.250.000,75"),
        (LAngka(D("-1250.5")), "-1.250,5"),
        (LAngka(D(100), True), "100%"),
        (LAngka(D("999")), "999"),
        (LLabel("a", "Jumlah A", tahun_lalu=True), "Jumlah A tahun sebelumnya"),
        (LPecahan(C, LAngka(D(2))), "c / 2"),
        (LPecahan(A, LKali((C, LAngka(D(3))))), "(Jumlah A) / (c × 3)"),
        (LPecahan(LPecahan(C, C), C), "(c / c) / c"),
        (LNeg(LKurung(LJumlah((("", C), ("+", C))))), "-(c + c)"),
        (LNeg(A), "-(Jumlah A)"),
        (LJumlah((("", A), ("-", LKurung(LNeg(C))))), "Jumlah A - (-c)"),
        (LKali((LKurung(LJumlah((("", C), ("+", C)))), LAngka(D(2)))), "(c + c) × 2"),
    ],
)
def test_teks_rumus(lnode: object, teks: str) -> None:
    assert teks_rumus(lnode) == teks  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------------------------

ALFABET = "ab_()+-*/. 0123456789tahun_lalu,$"
CEPAT = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _cek_galat(teks: str, kode: list[str] | None) -> None:
    try:
        node = parse(teks, kode)
    except FormulaError as galat:
        assert 0 <= galat.posisi <= len(teks)
        assert galat.pesan
    else:
        # whatever parses can be laid out and printed
        assert isinstance(teks_rumus(layout(node, persen=True)), str)


@CEPAT
@given(st.text(max_size=200))
def test_parse_teks_bebas_hanya_formulaerror(teks: str) -> None:
    _cek_galat(teks, None)


@CEPAT
@given(st.text(alphabet=ALFABET, max_size=80), st.booleans())
def test_parse_alfabet_tata_bahasa_hanya_formulaerror(teks: str, dengan_kode: bool) -> None:
    _cek_galat(teks, ["a", "b", "ab", "a_b"] if dengan_kode else None)


KODE = ["a", "b", "c_1"]
_daun = st.one_of(
    st.sampled_from(KODE),
    st.sampled_from(KODE).map(lambda k: f"tahun_lalu( {k} )"),
    st.integers(min_value=0, max_value=10**6).map(str),
    st.decimals(min_value=0, max_value=1000, places=3).map(lambda d: format(d, "f")),
)
EKSPRESI = st.recursive(
    _daun,
    lambda anak: st.one_of(
        st.tuples(anak, st.sampled_from("+-*/"), anak).map(lambda t: f"{t[0]} {t[1]}{t[2]}"),
        anak.map(lambda e: f"({e})"),
        anak.map(lambda e: f"-{e}"),
    ),
    max_leaves=25,
)
_nilai = st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)
NILAI = st.dictionaries(st.sampled_from(KODE), _nilai)


@CEPAT
@given(EKSPRESI, NILAI, st.one_of(st.none(), NILAI))
def test_ekspresi_sah_dievaluasi_tanpa_galat_lain(
    ekspresi: str, sekarang: dict[str, Decimal], lalu: dict[str, Decimal] | None
) -> None:
    node = parse(ekspresi, KODE)
    assert kode_dipakai(node) <= set(KODE)
    try:
        hasil = evaluate(node, sekarang, lalu)
    except NilaiKosong as kosong:
        assert kosong.kode in kode_dipakai(node)
        assert kosong.kode not in (lalu or {} if kosong.tahun_lalu else sekarang)
    except PembagianNol:
        assert "/" in ekspresi
    else:
        assert hasil.is_finite()
    for persen in (False, True):
        assert teks_rumus(layout(node, {"a": "Jumlah A"}, persen))


@CEPAT
@given(EKSPRESI)
def test_layout_tidak_mengubah_kode(ekspresi: str) -> None:
    # Every code of the expression shows up as a label in the layout, and nothing else does.
    node = parse(ekspresi)
    lnode = layout(node, persen=True)
    kode: set[str] = set()

    def kumpul(n: object) -> None:
        match n:
            case LLabel(k):
                kode.add(k)
            case LPecahan(atas, bawah):
                kumpul(atas)
                kumpul(bawah)
            case LKali(faktor):
                for f in faktor:
                    kumpul(f)
            case LJumlah(suku):
                for _, s in suku:
                    kumpul(s)
            case LKurung(isi) | LNeg(isi):
                kumpul(isi)

    kumpul(lnode)
    assert kode == kode_dipakai(node)
