"""A formula cell of an IKU sheet understood: components, expression and what stays text.

Offices write a formula as a Word equation (a fraction), as a fraction typed over several
paragraphs (numerator, a line of underscores or dashes, denominator), as an underlined numerator
above its denominator, or as one line ("Jumlah A / Jumlah B x 100%", "(A : B) x 100 %"). Each
named quantity becomes a component; the expression uses their codes (FORMAT.md). Whatever is
not part of the formula is kept as ``penjelasan``; a cell that is not understood is kept whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ikudesk.domain import formula
from ikudesk.domain.rules import KODE_RE
from ikudesk.errors import IkuError
from ikudesk.files.iku_sumber import Paragraf, Pecahan, Teks, bersih
from ikudesk.l10n import AngkaError, parse_angka

_KALI = r"[x×X*·⋅]"
_KALI100 = re.compile(rf"^\s*{_KALI}\s*100\s*(%|persen)?\s*", re.IGNORECASE)
_KALI100_AKHIR = re.compile(rf"\s*\)?\s*{_KALI}\s*100\s*(%|persen)?\s*\.?\s*$", re.IGNORECASE)
_GARIS = re.compile(r"^\s*[_\-–—]{3,}\s*(.*)$")
_GARIS_TENGAH = re.compile(r"\s[_\-–—]{3,}\s")
_FAKTOR = re.compile(rf"^(.*\S)\s*{_KALI}\s*([0-9]+(?:[.,][0-9]+)?)$")
_SAMA_DENGAN = re.compile(r"^\s*[=:]\s*")
# What makes a cell look like a formula: one kept as text is then listed as not understood.
_TANDA_RUMUS = re.compile(
    rf"(/|\s:\s|{_KALI}\s*100|[_\-–—]{{3,}}|=|\bdibagi\b|\bdikali(?:kan)?\b)", re.IGNORECASE
)
_LABEL_RUMUS = re.compile(
    r"^\s*(?:rumus|formula|formulasi|cara perhitungan|perhitungan)\s*[:=]\s*", re.IGNORECASE
)
_KATA_UMUM = {
    "jumlah",
    "yang",
    "dan",
    "di",
    "dari",
    "pada",
    "dalam",
    "dengan",
    "atau",
    "untuk",
    "oleh",
    "ke",
    "total",
    "seluruh",
    "nilai",
    "banyaknya",
    "tahun",
    "n",
    "the",
}


@dataclass
class RumusImpor:
    ekspresi: str | None = None
    komponen: list[tuple[str, str]] = field(default_factory=list)  # (kode, uraian)
    penjelasan: str = ""
    paham: bool = True  # False: the cell looked like a formula but was kept as text


def _teks(bagian: list[Teks | Pecahan]) -> str:
    return "".join(b.teks if isinstance(b, Teks) else f"{b.atas} / {b.bawah}" for b in bagian)


def _tanpa_kurung_luar(s: str) -> str:
    s = s.strip()
    while s.startswith("(") and s.endswith(")") and _seimbang(s[1:-1]):
        s = s[1:-1].strip()
    return s


def _seimbang(s: str) -> bool:
    d = 0
    for c in s:
        d += c == "("
        d -= c == ")"
        if d < 0:
            return False
    return d == 0


def _pisah_atas(s: str, pola: re.Pattern[str]) -> list[tuple[str, str]]:
    """``s`` cut at the top-level matches of ``pola`` (outside parentheses): [(op, part)]."""
    out: list[tuple[str, str]] = []
    d, awal, op = 0, 0, ""
    i = 0
    while i < len(s):
        c = s[i]
        if c == "(":
            d += 1
        elif c == ")":
            d -= 1
        elif d == 0:
            m = pola.match(s, i)
            if m and i > awal:
                out.append((op, s[awal:i]))
                op, awal = m.group().strip(), m.end()
                i = m.end()
                continue
        i += 1
    out.append((op, s[awal:]))
    return out


class _Susun:
    """Components collected across the sides of one formula (same uraian, same component)."""

    def __init__(self) -> None:
        self.uraian: list[str] = []

    def ref(self, uraian: str) -> int:
        u = bersih(uraian).strip(" ,;")
        kunci = u.lower()
        for i, ada in enumerate(self.uraian):
            if ada.lower() == kunci:
                return i
        self.uraian.append(u)
        return len(self.uraian) - 1

    def sisi(self, teks: str) -> str | None:
        """One side of a fraction as an expression over placeholders ``{i}``."""
        s = _tanpa_kurung_luar(bersih(teks))
        if not s:
            return None
        faktor = None
        m = _FAKTOR.match(s)
        if m:
            try:
                faktor = parse_angka(m.group(2))
                s = _tanpa_kurung_luar(m.group(1))
            except AngkaError:
                faktor = None
        bagian = _pisah_atas(s, re.compile(r"\s[+\-–−]\s"))
        suku = []
        for op, isi in bagian:
            isi = _tanpa_kurung_luar(isi)
            if not re.search(r"[A-Za-z]", isi):
                return None
            tanda = {"": "", "+": " + ", "-": " - ", "–": " - ", "−": " - "}[op]
            suku.append(f"{tanda}{{{self.ref(isi)}}}")
        ekspr = "".join(suku)
        if faktor is not None:
            ekspr = (f"({ekspr})" if len(suku) > 1 else ekspr) + f" * {_angka(faktor)}"
        return ekspr


def _angka(d: Decimal) -> str:
    from ikudesk.files.docfile import angka_tepat

    return angka_tepat(d)


def _kode(uraian: list[str]) -> list[str]:
    """Short codes: the first word of each uraian that the others do not have."""
    kata = [[w for w in re.findall(r"[a-z0-9]+", u.lower()) if w not in _KATA_UMUM] for u in uraian]
    out: list[str] = []
    for i, ws in enumerate(kata):
        lain = {w for j, k in enumerate(kata) if j != i for w in k}
        beda = [w for w in ws if w not in lain]
        # A word of its own, preferably a real one ("selesai", not the "A" of "Jumlah A").
        pilih = next((w for w in beda if len(w) >= 3), beda[0] if beda else (ws or ["komponen"])[0])
        if pilih[0].isdigit():
            pilih = "k_" + pilih
        pilih = pilih[:40]
        kode, n = pilih, 2
        while kode in out:
            kode, n = f"{pilih}_{n}", n + 1
        out.append(kode)
    return out


def _jadi(atas: str, bawah: str, kali100: bool) -> tuple[str, list[str]] | None:
    s = _Susun()
    a, b = s.sisi(atas), s.sisi(bawah)
    if a is None or b is None:
        return None
    a = f"({a})" if re.search(r" [+-] ", a) else a
    b = f"({b})" if re.search(r" [+\-*] ", b) else b
    ekspr = f"{a} / {b}" + (" * 100" if kali100 else "")
    kode = _kode(s.uraian)
    for i, k in enumerate(kode):
        ekspr = ekspr.replace(f"{{{i}}}", k)
    return ekspr, kode


def _sah(ekspr: str, kode: list[str]) -> bool:
    if not all(KODE_RE.fullmatch(k) for k in kode):
        return False
    try:
        formula.parse(ekspr, kode)
    except IkuError:
        return False
    return True


def _ekor(teks: str) -> tuple[bool, str]:
    """After a fraction: ``× 100%`` (and what follows it, kept as text)."""
    m = _KALI100.match(teks)
    if m:
        return True, teks[m.end() :].strip()
    return False, teks.strip()


def _kali100_sesudah(baris: list[Paragraf], j: int) -> tuple[bool, str, int]:
    """``× 100%`` in the paragraph after a fraction (its own line, as offices type it):
    (found, text after it, the paragraph after what was used)."""
    if j < len(baris):
        kali100, sisa = _ekor(baris[j].teks)
        if kali100:
            return True, sisa, j + 1
    return False, "", j


def baca_rumus(paragraf: list[Paragraf]) -> RumusImpor:
    """Understand a formula cell (its paragraphs in order)."""
    baris = [p for p in paragraf if p.teks.strip() or any(isinstance(b, Pecahan) for b in p.bagian)]
    if not baris:
        return RumusImpor()
    for cara in (_dengan_pecahan, _garis_bawah, _tiga_baris, _satu_baris):
        hasil = cara(baris)
        if hasil is not None:
            return hasil
    teks = "\n".join(p.teks.strip() for p in baris)
    label = re.match(r"\s*(penjelasan|keterangan|catatan|definisi)\b", teks, re.IGNORECASE)
    return RumusImpor(
        penjelasan=teks, paham=bool(label) or not _TANDA_RUMUS.search(teks) or len(teks) > 400
    )


def _selesai(
    baris: list[Paragraf], dari: int, sampai: int, atas: str, bawah: str, kali100: bool, sisa: str
) -> RumusImpor | None:
    jadi = _jadi(atas, bawah, kali100)
    if jadi is None:
        return None
    ekspr, kode = jadi
    if not _sah(ekspr, kode):
        return None
    s = _Susun()
    s.sisi(atas)
    s.sisi(bawah)
    lain = [p.teks.strip() for p in baris[:dari]] + ([sisa] if sisa else [])
    lain += [p.teks.strip() for p in baris[sampai:]]
    return RumusImpor(
        ekspresi=ekspr,
        komponen=list(zip(kode, s.uraian, strict=True)),
        penjelasan="\n".join(t for t in lain if t),
    )


def _dengan_pecahan(baris: list[Paragraf]) -> RumusImpor | None:
    for i, p in enumerate(baris):
        for j, b in enumerate(p.bagian):
            if isinstance(b, Pecahan):
                depan = _teks(p.bagian[:j]).strip()
                # Text before the fraction ("= ") is not kept; any other is explanation.
                depan = "" if re.fullmatch(r"[=:\s]*", depan) else depan.rstrip("= ")
                kali100, sisa = _ekor(_teks(p.bagian[j + 1 :]))
                sampai = i + 1
                if not kali100 and not sisa:
                    kali100, sisa, sampai = _kali100_sesudah(baris, sampai)
                sisa = "\n".join(t for t in (depan, sisa) if t)
                return _selesai(baris, i, sampai, b.atas, b.bawah, kali100, sisa)
    return None


def _garis_bawah(baris: list[Paragraf]) -> RumusImpor | None:
    """An underlined numerator (the rule of the fraction) with its denominator below."""
    for i, p in enumerate(baris[:-1]):
        garis = "".join(b.teks for b in p.bagian if isinstance(b, Teks) and b.garis_bawah).strip()
        if len(garis) < 3 or not re.search(r"[A-Za-z]", garis):
            continue
        semua = _SAMA_DENGAN.sub("", p.teks.strip())
        if not semua.startswith(garis[: min(10, len(garis))]):
            continue
        kali100, sisa = _ekor(semua[len(garis) :])
        bawah = baris[i + 1].teks.strip()
        m = _KALI100_AKHIR.search(bawah)
        if m:
            kali100, bawah = True, bawah[: m.start()]
        return _selesai(baris, i, i + 2, garis, bawah, kali100, sisa)
    return None


def _tiga_baris(baris: list[Paragraf]) -> RumusImpor | None:
    """Numerator, a line of underscores or dashes, denominator (each its own paragraph)."""
    for i in range(1, len(baris) - 1):
        m = _GARIS.match(baris[i].teks)
        if not m:
            continue
        kali100, sisa = _ekor(m.group(1))
        atas = _SAMA_DENGAN.sub("", baris[i - 1].teks.strip())
        bawah = baris[i + 1].teks.strip()
        m2 = _KALI100_AKHIR.search(bawah)
        if m2:
            kali100, bawah = True, bawah[: m2.start()]
        sampai = i + 2
        if not kali100:
            kali100, lagi, sampai = _kali100_sesudah(baris, sampai)
            sisa = "\n".join(t for t in (sisa, lagi) if t)
        return _selesai(baris, i - 1, sampai, atas, bawah, kali100, sisa)
    return None


def _satu_baris(baris: list[Paragraf]) -> RumusImpor | None:
    """``Jumlah A / Jumlah B x 100%``, ``(A : B) x 100 %`` or ``A ----- B x 100 %``."""
    for i, p in enumerate(baris):
        t = _SAMA_DENGAN.sub("", _LABEL_RUMUS.sub("", bersih(p.teks)))
        potong = _GARIS_TENGAH.search(t)
        if potong:
            atas, bawah = t[: potong.start()], t[potong.end() :]
        else:
            bawah = t
            atas = ""
        kali100 = False
        sisa = ""
        m = re.search(rf"\)?\s*{_KALI}\s*100\s*(%|persen)?", bawah, re.IGNORECASE)
        if m:
            sisa = bawah[m.end() :].strip()
            bawah = bawah[: m.start()] + (")" if m.group().startswith(")") else "")
            kali100 = True
        if not potong:
            inti = _tanpa_kurung_luar(bawah)
            # "A : B" divides only as "(A : B) x 100 %": "Penjelasan : …" is a label.
            bagi = r"\s/\s|\s:\s" if kali100 or inti != bawah.strip() else r"\s/\s"
            if ":" in inti and "\\s:" not in bagi:
                continue  # "Penjelasan : … / …" is a labelled explanation, not a formula
            bagian = _pisah_atas(inti, re.compile(bagi))
            if len(bagian) == 1 and kali100:
                # "Jumlah A/Jumlah B x 100%": typed without spaces as often as with them
                # (only with "× 100%": "dan/atau" in a sentence is no fraction).
                bagian = _pisah_atas(inti, re.compile(r"/"))
            if len(bagian) != 2 or any(len(b.split()) < 2 for _, b in bagian):
                continue
            atas, bawah = bagian[0][1], bagian[1][1]
        hasil = _selesai(baris, i, i + 1, atas, bawah, kali100, sisa)
        if hasil is not None:
            return hasil
    return None
