"""The formula engine for an indicator's ``rumus.ekspresi``.

An expression is arithmetic over component codes: numbers (``.`` as decimal point), codes
(``[a-z_][a-z0-9_]*``), ``+ - * /``, parentheses, unary minus and ``tahun_lalu(kode)`` for a
component's value in the previous year. It is parsed by hand into a small tree — never handed to
Python's ``eval`` — evaluated with exact ``Decimal`` arithmetic, and laid out the way paper IKU
sheets typeset it (stacked fractions, ``×``, a trailing ``× 100%``).

Every tree ``parse`` returns is at most ``MAKS_TINGGI`` nodes high, so recursive walkers (here
and in the renderers) never run into Python's recursion limit, whatever the user typed.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ikudesk.errors import IkuError

MAKS_PANJANG = 2000  # characters in an expression
MAKS_KURUNG = 50  # nesting depth of parentheses
MAKS_DIGIT = 30  # digits in one number literal
MAKS_TINGGI = 150  # height of the syntax tree: 50 parenthesis levels, each with operators

FUNGSI_TAHUN_LALU = "tahun_lalu"

__all__ = [
    "Angka",
    "BinOp",
    "FormulaError",
    "Kurung",
    "LAngka",
    "LJumlah",
    "LKali",
    "LKurung",
    "LLabel",
    "LNeg",
    "LNode",
    "LPecahan",
    "Neg",
    "NilaiKosong",
    "Node",
    "PembagianNol",
    "Ref",
    "TahunLalu",
    "evaluate",
    "kode_dipakai",
    "layout",
    "pakai_tahun_lalu",
    "parse",
    "teks_rumus",
]


class FormulaError(IkuError, ValueError):
    """An expression that cannot be accepted; ``posisi`` is the 0-based offset of the problem."""

    def __init__(self, pesan: str, posisi: int) -> None:
        super().__init__(pesan)
        self.posisi = posisi


class NilaiKosong(Exception):
    """A value the expression needs has not been entered."""

    def __init__(self, kode: str, tahun_lalu: bool = False) -> None:
        tahun = " tahun sebelumnya" if tahun_lalu else ""
        super().__init__(f"Nilai komponen '{kode}'{tahun} belum diisi.")
        self.kode = kode
        self.tahun_lalu = tahun_lalu


class PembagianNol(Exception):
    """The expression divides by zero for these values."""

    def __init__(self, pesan: str = "Pembagian dengan nol.") -> None:
        super().__init__(pesan)


# --- syntax tree -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Angka:
    nilai: Decimal


@dataclass(frozen=True, slots=True)
class Ref:
    kode: str


@dataclass(frozen=True, slots=True)
class TahunLalu:
    kode: str


@dataclass(frozen=True, slots=True)
class Neg:
    isi: Node


@dataclass(frozen=True, slots=True)
class BinOp:
    op: str  # one of + - * /
    kiri: Node
    kanan: Node


@dataclass(frozen=True, slots=True)
class Kurung:
    """Parentheses as written in the source; kept so the tree can be shown as the user wrote it."""

    isi: Node


Node = Angka | Ref | TahunLalu | Neg | BinOp | Kurung


# --- tokenizer ---------------------------------------------------------------------------------

_HURUF_KECIL = frozenset("abcdefghijklmnopqrstuvwxyz_")
_HURUF_BESAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGIT = frozenset("0123456789")
_HURUF_KODE = _HURUF_KECIL | _HURUF_BESAR | _DIGIT

# Characters people type out of habit from spreadsheets or paper, with what to write instead.
_SARAN: dict[str, str] = {
    ",": "Gunakan titik (.) sebagai tanda desimal.",
    "×": "Gunakan '*' untuk perkalian.",
    "÷": "Gunakan '/' untuk pembagian.",
    ":": "Gunakan '/' untuk pembagian.",
    "%": "Tulis persen sebagai '* 100'.",
    "^": "Pangkat tidak tersedia; tulis sebagai perkalian.",
    "=": "Tulis ruas kanannya saja, tanpa '='.",
    "[": "Gunakan kurung biasa '(' dan ')'.",
    "]": "Gunakan kurung biasa '(' dan ')'.",
    "{": "Gunakan kurung biasa '(' dan ')'.",
    "}": "Gunakan kurung biasa '(' dan ')'.",
    "−": "Gunakan tanda minus biasa '-'.",
    "–": "Gunakan tanda minus biasa '-'.",
}


@dataclass(frozen=True, slots=True)
class _Token:
    jenis: str  # "angka", "nama", "op", "(", ")", "akhir", "salah"
    teks: str
    posisi: int
    nilai: Decimal | None = None
    galat: FormulaError | None = None  # for "salah": raised when the parser reaches it


def _tampil(ch: str) -> str:
    """A character as it can be shown in a message (control characters by code point)."""
    return f"'{ch}'" if ch.isprintable() else f"U+{ord(ch):04X}"


def _baca_angka(teks: str, awal: int) -> _Token:
    akhir = awal
    while akhir < len(teks) and (teks[akhir] in _DIGIT or teks[akhir] == "."):
        akhir += 1
    lit = teks[awal:akhir]
    n = awal + 1
    if lit.count(".") > 1:
        return _salah(f"Angka '{lit}' pada posisi {n} memiliki lebih dari satu titik.", awal)
    if lit.startswith("."):
        return _salah(f"Angka '{lit}' pada posisi {n} harus diawali angka: tulis '0{lit}'.", awal)
    if lit.endswith("."):
        return _salah(
            f"Angka '{lit}' pada posisi {n} tidak lengkap: setelah titik harus ada angka.", awal
        )
    if sum(ch in _DIGIT for ch in lit) > MAKS_DIGIT:
        return _salah(
            f"Angka pada posisi {n} terlalu panjang: paling banyak {MAKS_DIGIT} digit.", awal
        )
    if akhir < len(teks) and teks[akhir] in _HURUF_KODE:
        # "2a", "1e5", "3_x": a code cannot start with a digit and there is no implicit product.
        return _salah(
            f"Angka '{lit}' pada posisi {n} langsung diikuti huruf {_tampil(teks[akhir])}. "
            "Kode komponen tidak boleh diawali angka, dan perkalian harus ditulis dengan '*'.",
            awal,
        )
    return _Token("angka", lit, awal, nilai=Decimal(lit))


def _salah(pesan: str, posisi: int) -> _Token:
    return _Token("salah", "", posisi, galat=FormulaError(pesan, posisi))


def _tokenize(teks: str) -> list[_Token]:
    """Split into tokens; the first bad spot becomes a "salah" token and ends the list.

    The error is raised only when the parser gets there, so that an earlier syntax error is
    reported first: users fix expressions left to right.
    """
    token: list[_Token] = []
    i = 0
    while i < len(teks):
        ch = teks[i]
        if ch.isspace():
            i += 1
        elif ch in _DIGIT or ch == ".":
            tok = _baca_angka(teks, i)
            token.append(tok)
            if tok.jenis == "salah":
                return token
            i += len(tok.teks)
        elif ch in _HURUF_KECIL or ch in _HURUF_BESAR:
            akhir = i
            while akhir < len(teks) and teks[akhir] in _HURUF_KODE:
                akhir += 1
            nama = teks[i:akhir]
            if any(c in _HURUF_BESAR for c in nama):
                token.append(
                    _salah(
                        f"Kode '{nama}' pada posisi {i + 1} memakai huruf besar; kode komponen "
                        f"ditulis dengan huruf kecil: '{nama.lower()}'.",
                        i,
                    )
                )
                return token
            token.append(_Token("nama", nama, i))
            i = akhir
        elif ch in "+-*/":
            token.append(_Token("op", ch, i))
            i += 1
        elif ch in "()":
            token.append(_Token(ch, ch, i))
            i += 1
        else:
            pesan = f"Karakter {_tampil(ch)} tidak dikenal pada posisi {i + 1}."
            if ch in _SARAN:
                pesan += " " + _SARAN[ch]
            token.append(_salah(pesan, i))
            return token
    token.append(_Token("akhir", "", len(teks.rstrip())))
    return token


# --- parser ------------------------------------------------------------------------------------


def _tinggi_lebih(posisi: int) -> FormulaError:
    return FormulaError(
        f"Ekspresi terlalu rumit pada posisi {posisi + 1}: lebih dari {MAKS_TINGGI} operasi "
        "bertumpuk. Sederhanakan rumusnya.",
        posisi,
    )


class _Parser:
    """Recursive descent: jumlah := kali (('+'|'-') kali)*; kali := unary (('*'|'/') unary)*;
    unary := '-'* primer; primer := angka | kode | tahun_lalu '(' kode ')' | '(' jumlah ')'.

    Each function returns (node, height of node) so the height bound is checked as the tree grows.
    """

    def __init__(self, teks: str, kode_dikenal: list[str] | None) -> None:
        self.token = _tokenize(teks)
        self.i = 0
        self.kode_dikenal = kode_dikenal
        self.kedalaman = 0  # parentheses currently open

    @property
    def kini(self) -> _Token:
        return self.token[self.i]

    def maju(self) -> _Token:
        tok = self.token[self.i]
        if tok.jenis == "salah":
            assert tok.galat is not None
            raise tok.galat
        self.i += 1
        return tok

    def periksa(self) -> _Token:
        """The current token, raising a pending tokenizer error when it is one."""
        tok = self.kini
        if tok.jenis == "salah":
            assert tok.galat is not None
            raise tok.galat
        return tok

    def ekspresi(self) -> Node:
        node, _ = self.jumlah()
        tok = self.periksa()
        if tok.jenis == ")":
            raise FormulaError(
                f"Kurung tutup ')' pada posisi {tok.posisi + 1} tidak punya pasangan.", tok.posisi
            )
        if tok.jenis != "akhir":
            raise self.harap_operator(tok)
        return node

    def harap_operator(self, tok: _Token) -> FormulaError:
        lanjut = "')'" if self.kedalaman else "akhir ekspresi"
        pesan = (
            f"Diharapkan operator (+ - * /) atau {lanjut} pada posisi {tok.posisi + 1}, "
            f"bukan '{tok.teks}'."
        )
        if tok.jenis in ("angka", "nama", "("):
            pesan += " Mungkin ada operator yang terlewat; perkalian ditulis dengan '*'."
        return FormulaError(pesan, tok.posisi)

    def jumlah(self) -> tuple[Node, int]:
        kiri, tinggi = self.kali()
        while self.periksa().jenis == "op" and self.kini.teks in "+-":
            op = self.maju()
            kanan, t_kanan = self.kali()
            tinggi = 1 + max(tinggi, t_kanan)
            if tinggi > MAKS_TINGGI:
                raise _tinggi_lebih(op.posisi)
            kiri = BinOp(op.teks, kiri, kanan)
        return kiri, tinggi

    def kali(self) -> tuple[Node, int]:
        kiri, tinggi = self.unary()
        while self.periksa().jenis == "op" and self.kini.teks in "*/":
            op = self.maju()
            kanan, t_kanan = self.unary()
            tinggi = 1 + max(tinggi, t_kanan)
            if tinggi > MAKS_TINGGI:
                raise _tinggi_lebih(op.posisi)
            kiri = BinOp(op.teks, kiri, kanan)
        return kiri, tinggi

    def unary(self) -> tuple[Node, int]:
        # A run of minus signs is read in a loop, not by recursion: "------a" must not
        # exhaust the Python stack before the height bound gets a chance to reject it.
        minus: list[int] = []
        while self.periksa().jenis == "op" and self.kini.teks == "-":
            minus.append(self.maju().posisi)
        node, tinggi = self.primer()
        for posisi in reversed(minus):
            tinggi += 1
            if tinggi > MAKS_TINGGI:
                raise _tinggi_lebih(posisi)
            node = Neg(node)
        return node, tinggi

    def primer(self) -> tuple[Node, int]:
        tok = self.periksa()
        if tok.jenis == "angka":
            self.maju()
            assert tok.nilai is not None
            return Angka(tok.nilai), 1
        if tok.jenis == "nama":
            return self.nama()
        if tok.jenis == "(":
            if self.kedalaman >= MAKS_KURUNG:
                raise FormulaError(
                    f"Kurung bertingkat terlalu dalam pada posisi {tok.posisi + 1}: paling "
                    f"banyak {MAKS_KURUNG} tingkat.",
                    tok.posisi,
                )
            self.maju()
            self.kedalaman += 1
            isi, tinggi = self.jumlah()
            self.tutup(tok)
            self.kedalaman -= 1
            tinggi += 1
            if tinggi > MAKS_TINGGI:
                raise _tinggi_lebih(tok.posisi)
            return Kurung(isi), tinggi
        raise self.harap_operand(tok)

    def harap_operand(self, tok: _Token) -> FormulaError:
        if tok.jenis == "akhir":
            return FormulaError(
                "Ekspresi berakhir terlalu cepat: diharapkan angka, komponen atau '(' setelah "
                f"posisi {tok.posisi}.",
                tok.posisi,
            )
        if tok.jenis == ")" and not self.kedalaman:
            return FormulaError(
                f"Kurung tutup ')' pada posisi {tok.posisi + 1} tidak punya pasangan.", tok.posisi
            )
        pesan = (
            f"Diharapkan angka, komponen atau '(' pada posisi {tok.posisi + 1}, bukan '{tok.teks}'."
        )
        if tok.teks == "+":
            pesan += " Tanda '+' di depan angka atau komponen tidak dipakai."
        return FormulaError(pesan, tok.posisi)

    def tutup(self, buka: _Token) -> None:
        """Consume the ')' matching ``buka``."""
        tok = self.periksa()
        if tok.jenis == ")":
            self.maju()
            return
        if tok.jenis == "akhir":
            raise FormulaError(
                f"Kurung buka '(' pada posisi {buka.posisi + 1} tidak ditutup.", buka.posisi
            )
        raise self.harap_operator(tok)

    def nama(self) -> tuple[Node, int]:
        tok = self.maju()
        sesudah = self.kini
        if tok.teks == FUNGSI_TAHUN_LALU:
            if sesudah.jenis != "(":
                raise FormulaError(
                    f"'{FUNGSI_TAHUN_LALU}' pada posisi {tok.posisi + 1} adalah fungsi: "
                    f"tulis {FUNGSI_TAHUN_LALU}(kode).",
                    tok.posisi,
                )
            return self.tahun_lalu(tok), 1
        if sesudah.jenis == "(":
            if self.kode_dikenal is not None and tok.teks in self.kode_dikenal:
                raise self.harap_operator(sesudah)
            raise FormulaError(
                f"Fungsi '{tok.teks}' tidak dikenal pada posisi {tok.posisi + 1}; yang tersedia "
                f"hanya {FUNGSI_TAHUN_LALU}(kode).",
                tok.posisi,
            )
        self.cek_kode(tok)
        return Ref(tok.teks), 1

    def tahun_lalu(self, fungsi: _Token) -> TahunLalu:
        buka = self.maju()
        arg = self.periksa()
        if arg.jenis == "akhir":
            raise FormulaError(
                f"Kurung buka '(' pada posisi {buka.posisi + 1} tidak ditutup.", buka.posisi
            )
        salah = FormulaError(
            f"{FUNGSI_TAHUN_LALU}(...) pada posisi {fungsi.posisi + 1} harus berisi tepat satu "
            f"kode komponen, mis. {FUNGSI_TAHUN_LALU}(jumlah); '{arg.teks}' pada posisi "
            f"{arg.posisi + 1} tidak bisa dipakai di situ.",
            arg.posisi,
        )
        if arg.jenis != "nama" or arg.teks == FUNGSI_TAHUN_LALU:
            raise salah
        self.maju()
        self.cek_kode(arg)
        sesudah = self.periksa()
        if sesudah.jenis == "akhir":
            raise FormulaError(
                f"Kurung buka '(' pada posisi {buka.posisi + 1} tidak ditutup.", buka.posisi
            )
        if sesudah.jenis != ")":
            raise FormulaError(
                f"{FUNGSI_TAHUN_LALU}(...) pada posisi {fungsi.posisi + 1} harus berisi tepat "
                f"satu kode komponen; '{sesudah.teks}' pada posisi {sesudah.posisi + 1} tidak "
                "bisa dipakai di situ.",
                sesudah.posisi,
            )
        self.maju()
        return TahunLalu(arg.teks)

    def cek_kode(self, tok: _Token) -> None:
        if self.kode_dikenal is None or tok.teks in self.kode_dikenal:
            return
        pesan = f"Komponen '{tok.teks}' tidak dikenal pada posisi {tok.posisi + 1}."
        if self.kode_dikenal:
            pesan += " Komponen yang ada: " + ", ".join(self.kode_dikenal) + "."
        else:
            pesan += " Belum ada komponen yang ditetapkan untuk indikator ini."
        raise FormulaError(pesan, tok.posisi)


def parse(ekspresi: str, kode_dikenal: Iterable[str] | None = None) -> Node:
    """Parse ``ekspresi``; with ``kode_dikenal``, every code used must be one of them.

    Raises FormulaError (with ``posisi``) for anything that is not a valid expression.
    """
    if not ekspresi.strip():
        raise FormulaError("Ekspresi kosong.", 0)
    if len(ekspresi) > MAKS_PANJANG:
        raise FormulaError(
            f"Ekspresi terlalu panjang: {len(ekspresi)} karakter, paling banyak {MAKS_PANJANG}.",
            MAKS_PANJANG,
        )
    # dict.fromkeys: drop duplicates but keep the order the user defined the components in,
    # which is the order the message lists them.
    dikenal = list(dict.fromkeys(kode_dikenal)) if kode_dikenal is not None else None
    return _Parser(ekspresi, dikenal).ekspresi()


# --- questions about a tree --------------------------------------------------------------------


def kode_dipakai(node: Node) -> set[str]:
    """Every component code the expression references (directly or through tahun_lalu)."""
    match node:
        case Ref(kode) | TahunLalu(kode):
            return {kode}
        case Neg(isi) | Kurung(isi):
            return kode_dipakai(isi)
        case BinOp(_, kiri, kanan):
            return kode_dipakai(kiri) | kode_dipakai(kanan)
    return set()


def pakai_tahun_lalu(node: Node) -> bool:
    """True when the expression needs values of the previous year."""
    match node:
        case TahunLalu():
            return True
        case Neg(isi) | Kurung(isi):
            return pakai_tahun_lalu(isi)
        case BinOp(_, kiri, kanan):
            return pakai_tahun_lalu(kiri) or pakai_tahun_lalu(kanan)
    return False


# --- evaluation --------------------------------------------------------------------------------


def _konteks() -> decimal.Context:
    # A private context: the caller's (or another thread's) settings must not change results.
    # The exponent range is the widest there is so that no realistic input overflows.
    return decimal.Context(
        prec=34,
        rounding=decimal.ROUND_HALF_EVEN,
        Emax=decimal.MAX_EMAX,
        Emin=decimal.MIN_EMIN,
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )


def evaluate(
    node: Node,
    sekarang: Mapping[str, Decimal],
    lalu: Mapping[str, Decimal] | None = None,
) -> Decimal:
    """The value of the expression for one year's component values.

    ``sekarang`` holds the year's values, ``lalu`` the previous year's (for ``tahun_lalu``).
    Raises NilaiKosong for a missing value and PembagianNol for a division by zero. Results are
    not rounded to 2 places: that is for display only.
    """
    with decimal.localcontext(_konteks()):
        hasil = _hitung(node, sekarang, lalu)
        # "-0" would be shown to users as "-0"; it is just 0.
        return hasil.copy_abs() if hasil.is_zero() else hasil


def _nilai(kode: str, nilai: Mapping[str, Decimal] | None, tahun_lalu: bool) -> Decimal:
    v = None if nilai is None else nilai.get(kode)
    if v is None:
        raise NilaiKosong(kode, tahun_lalu)
    # Unary plus applies the context, so values with more digits than prec are rounded once here
    # the same way every intermediate result is.
    return +Decimal(v)


def _hitung(
    node: Node, sekarang: Mapping[str, Decimal], lalu: Mapping[str, Decimal] | None
) -> Decimal:
    match node:
        case Angka(nilai):
            return +nilai
        case Ref(kode):
            return _nilai(kode, sekarang, False)
        case TahunLalu(kode):
            return _nilai(kode, lalu, True)
        case Kurung(isi):
            return _hitung(isi, sekarang, lalu)
        case Neg(isi):
            return -_hitung(isi, sekarang, lalu)
        case BinOp(op, kiri, kanan):
            a = _hitung(kiri, sekarang, lalu)
            b = _hitung(kanan, sekarang, lalu)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                if b.is_zero():
                    raise PembagianNol()
                return a / b
    raise TypeError(f"bukan simpul rumus: {node!r}")


# --- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LAngka:
    nilai: Decimal
    persen: bool = False  # printed as "100%"


@dataclass(frozen=True, slots=True)
class LLabel:
    kode: str
    teks: str  # the component's uraian, or its kode when it has none
    tahun_lalu: bool = False  # renderers append " tahun sebelumnya"


@dataclass(frozen=True, slots=True)
class LPecahan:
    """A stacked fraction; atas and bawah never carry their own outer parentheses."""

    atas: LNode
    bawah: LNode


@dataclass(frozen=True, slots=True)
class LKali:
    faktor: tuple[LNode, ...]


@dataclass(frozen=True, slots=True)
class LJumlah:
    suku: tuple[tuple[str, LNode], ...]  # ("", first), ("+", x), ("-", y), ...


@dataclass(frozen=True, slots=True)
class LKurung:
    isi: LNode


@dataclass(frozen=True, slots=True)
class LNeg:
    isi: LNode


LNode = LAngka | LLabel | LPecahan | LKali | LJumlah | LKurung | LNeg


def layout(node: Node, uraian: Mapping[str, str] | None = None, persen: bool = False) -> LNode:
    """The tree a renderer draws: fractions stacked, sums and products flattened, parentheses
    only where the meaning needs them, and with ``persen`` a trailing ``* 100`` as ``× 100%``."""
    label = uraian or {}
    atas = node
    while isinstance(atas, Kurung):  # "(a / b * 100)" is still a percentage formula
        atas = atas.isi
    if (
        persen
        and isinstance(atas, BinOp)
        and atas.op == "*"
        and isinstance(atas.kanan, Angka)
        and atas.kanan.nilai == 100
    ):
        kiri = _lay(atas.kiri, label)
        faktor = list(kiri.faktor) if isinstance(kiri, LKali) else [_sebagai_faktor(kiri, 0)]
        return LKali((*faktor, LAngka(atas.kanan.nilai, persen=True)))
    return _lay(node, label)


SATUAN_PERSEN = frozenset({"%", "persen", "persentase", "prosentase"})


def prints_as_percent(node: Node, satuan: str) -> bool:
    """Whether ``layout`` should print a trailing ``* 100`` as ``× 100%``.

    Decided by the satuan and the formula's shape together: a percent satuan says yes, any
    other satuan ("Indeks", "Nilai", "orang") says no; with no satuan, a ratio times 100
    (``a / b * 100``, ``(a - b) / b * 100``) is a percentage by its shape.
    """
    s = satuan.strip().lower()
    if s in SATUAN_PERSEN:
        return True
    if s:
        return False
    atas = node
    while isinstance(atas, Kurung):
        atas = atas.isi
    if not (
        isinstance(atas, BinOp)
        and atas.op == "*"
        and isinstance(atas.kanan, Angka)
        and atas.kanan.nilai == 100
    ):
        return False
    kiri = atas.kiri
    while isinstance(kiri, Kurung):
        kiri = kiri.isi
    return isinstance(kiri, BinOp) and kiri.op == "/"


def _lay(node: Node, uraian: Mapping[str, str]) -> LNode:
    match node:
        case Angka(nilai):
            return LAngka(nilai)
        case Ref(kode):
            return LLabel(kode, uraian.get(kode) or kode)
        case TahunLalu(kode):
            return LLabel(kode, uraian.get(kode) or kode, tahun_lalu=True)
        case Kurung(isi):
            # Source parentheses are dropped here; the parent puts back the ones it needs.
            return _lay(isi, uraian)
        case Neg(isi):
            dalam = _lay(isi, uraian)
            if isinstance(dalam, LJumlah | LNeg):
                dalam = LKurung(dalam)  # -(a + b); and "-(-a)" rather than the unclear "--a"
            return LNeg(dalam)
        case BinOp("+" | "-"):
            return _lay_jumlah(node, uraian)
        case BinOp("*" | "/"):
            return _lay_kali(node, uraian)
    raise TypeError(f"bukan simpul rumus: {node!r}")


def _rantai(node: BinOp, ops: str) -> tuple[Node, list[tuple[str, Node]]]:
    """Unroll a left-associative chain of ``ops``: a - b + c -> (a, [("-", b), ("+", c)])."""
    langkah: list[tuple[str, Node]] = []
    kiri: Node = node
    while isinstance(kiri, BinOp) and kiri.op in ops:
        langkah.append((kiri.op, kiri.kanan))
        kiri = kiri.kiri
    langkah.reverse()
    return kiri, langkah


def _lay_jumlah(node: BinOp, uraian: Mapping[str, str]) -> LNode:
    pertama, langkah = _rantai(node, "+-")
    suku: list[tuple[str, LNode]] = []
    awal = _lay(pertama, uraian)
    if isinstance(awal, LJumlah):  # "(a + b) + c": the parentheses mean nothing
        suku.extend(awal.suku)
    else:
        suku.append(("", awal))
    for op, kanan in langkah:
        isi = _lay(kanan, uraian)
        if isinstance(isi, LJumlah):
            if op == "+":
                suku.append(("+", isi.suku[0][1]))
                suku.extend(isi.suku[1:])
                continue
            isi = LKurung(isi)  # a - (b + c) keeps its parentheses
        elif isinstance(isi, LNeg):
            isi = LKurung(isi)  # a + (-b), not "a + -b"
        suku.append((op, isi))
    return LJumlah(tuple(suku))


def _sebagai_faktor(isi: LNode, indeks: int) -> LNode:
    """``isi`` as the indeks-th factor of an inline product: sums need parentheses."""
    if isinstance(isi, LJumlah) or (indeks > 0 and isinstance(isi, LNeg)):
        return LKurung(isi)
    return isi


def _lay_kali(node: BinOp, uraian: Mapping[str, str]) -> LNode:
    pertama, langkah = _rantai(node, "*/")
    # Factors are kept bare while collecting; parentheses are added only when they end up
    # inline in a product, since a fraction's numerator and denominator never need them.
    faktor: list[LNode] = []
    awal = _lay(pertama, uraian)
    faktor.extend(awal.faktor if isinstance(awal, LKali) else (awal,))

    def gabung() -> LNode:
        if len(faktor) == 1:
            return faktor[0]
        return LKali(tuple(_sebagai_faktor(f, i) for i, f in enumerate(faktor)))

    for op, kanan in langkah:
        isi = _lay(kanan, uraian)
        if op == "/":
            # Left-associative: everything so far is the numerator, as written.
            pecahan = LPecahan(gabung(), isi)
            faktor.clear()
            faktor.append(pecahan)
        elif isinstance(isi, LKali):
            faktor.extend(isi.faktor)
        else:
            faktor.append(isi)
    return gabung()


# --- one-line text -----------------------------------------------------------------------------


def _format_angka(nilai: Decimal) -> str:
    """Indonesian digits: '.' groups thousands, ',' is the decimal mark; digits kept as written."""
    if not nilai.is_finite():
        return str(nilai)
    teks = format(nilai, "f")
    tanda = "-" if teks.startswith("-") else ""
    teks = teks.lstrip("-")
    bulat, _, pecahan = teks.partition(".")
    kelompok = []
    while len(bulat) > 3:
        kelompok.append(bulat[-3:])
        bulat = bulat[:-3]
    kelompok.append(bulat)
    hasil = ".".join(reversed(kelompok))
    return tanda + hasil + ("," + pecahan if pecahan else "")


def _teks_label(lnode: LLabel) -> str:
    return lnode.teks + (" tahun sebelumnya" if lnode.tahun_lalu else "")


def _sederhana(lnode: LNode) -> bool:
    """True for a part that reads unambiguously next to '/' or '-' without parentheses."""
    if isinstance(lnode, LAngka):
        return lnode.nilai >= 0
    if isinstance(lnode, LLabel):
        return not any(ch.isspace() for ch in _teks_label(lnode))
    return isinstance(lnode, LKurung)


def _bagian(lnode: LNode) -> str:
    teks = teks_rumus(lnode)
    return teks if _sederhana(lnode) else f"({teks})"


def teks_rumus(lnode: LNode) -> str:
    """One line for screen and CLI, e.g. "(Jumlah A) / (Jumlah B) × 100%"."""
    match lnode:
        case LAngka(nilai, persen):
            return _format_angka(nilai) + ("%" if persen else "")
        case LLabel():
            return _teks_label(lnode)
        case LKurung(isi):
            return f"({teks_rumus(isi)})"
        case LNeg(isi):
            return "-" + _bagian(isi)
        case LPecahan(atas, bawah):
            # A multi-word label is bracketed so the '/' visibly divides whole phrases.
            return f"{_bagian(atas)} / {_bagian(bawah)}"
        case LKali(faktor):
            return " × ".join(teks_rumus(f) for f in faktor)
        case LJumlah(suku):
            bagian: list[str] = []
            for op, isi in suku:
                teks = teks_rumus(isi)
                bagian.append(f"{op} {teks}" if op else teks)
            return " ".join(bagian)
    raise TypeError(f"bukan simpul tata letak: {lnode!r}")
