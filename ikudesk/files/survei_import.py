"""Import of an online form's answers (a Google Forms CSV or XLSX export) into an IKM survey.

Three steps, nothing stored by any of them: ``baca_tabel`` reads the header and the rows,
``usul_pemetaan`` proposes which column holds which unsur (by name) and which the respondent's
jenis kelamin / usia / pendidikan / pekerjaan, the user confirms or changes it, and
``terapkan_pemetaan`` turns the rows into ``Responden`` with every bad row listed by its row
number and reason. The caller stores the result (one ``SetSurvei``) only when the user accepts.

Answers are read as 1–4 or as the questionnaire's words ("Tidak sesuai / Kurang sesuai /
Sesuai / Sangat sesuai", "Tidak baik / … / Sangat baik", "Sangat mahal / … / Gratis", …),
case- and space-insensitive.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ikudesk.domain.model import Responden
from ikudesk.domain.rules import USIA_MAX, USIA_MIN, periksa_responden
from ikudesk.errors import IkuError
from ikudesk.files import batas
from ikudesk.files.atomic import bukan_berkas_biasa

# The bounds every file from elsewhere has (files.batas); a form export of 100 000 answers is a
# few MB.
MAKS_BYTE = batas.MAKS_BITA
MAKS_BARIS = batas.MAKS_BARIS
MAKS_KOLOM = batas.MAKS_KOLOM
AKHIRAN = (".csv", ".txt", ".xlsx", ".xlsm")

PROFIL = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")
LABEL_PROFIL = {
    "jenis_kelamin": "Jenis kelamin",
    "usia": "Usia",
    "pendidikan": "Pendidikan",
    "pekerjaan": "Pekerjaan",
}


class ImporSurveiError(IkuError):
    """The file cannot be read as a form export; the message says why, in Indonesian."""


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class TabelImpor:
    """A form export as text: its header and its non-empty rows with their row numbers."""

    nama: str
    kolom: list[str]
    baris: list[list[str]]
    nomor: list[int]  # each row's number as a spreadsheet shows it (the header is row 1)
    lembar: str = ""  # the worksheet read (XLSX)


def baca_tabel(path: str | os.PathLike[str]) -> TabelImpor:
    """Read a CSV or XLSX form export; ``ImporSurveiError`` for anything else."""
    p = Path(path)
    nama = p.name
    if p.is_dir():
        raise ImporSurveiError(f"'{nama}' adalah folder, bukan berkas CSV atau XLSX.")
    if sebab := bukan_berkas_biasa(p):
        raise ImporSurveiError(f"{sebab}, bukan berkas CSV atau XLSX.")
    try:
        ukuran = p.stat().st_size
    except OSError as e:
        raise ImporSurveiError(f"Berkas '{nama}' tidak dapat dibuka: {e.strerror or e}.") from None
    if ukuran > MAKS_BYTE:
        raise ImporSurveiError(
            f"Berkas '{nama}' terlalu besar ({ukuran / 1024 / 1024:.1f} MB); batasnya "
            f"{MAKS_BYTE // 1024 // 1024} MB. Ekspor hanya lembar jawaban survei."
        )
    try:
        with p.open("rb") as f:
            awal = f.read(8)
    except OSError as e:
        raise ImporSurveiError(f"Berkas '{nama}' tidak dapat dibaca: {e.strerror or e}.") from None
    akhiran = p.suffix.lower()
    if awal.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: an encrypted XLSX or an old .xls
        isi = p.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in isi:
            raise ImporSurveiError(
                f"Berkas '{nama}' dilindungi kata sandi (terenkripsi). Buka di Excel, hapus "
                "kata sandinya, simpan sebagai .xlsx, lalu impor lagi."
            )
        raise ImporSurveiError(
            f"Berkas '{nama}' berformat Excel lama (.xls). Simpan sebagai .xlsx atau CSV, lalu "
            "impor lagi."
        )
    if awal.startswith(b"PK\x03\x04"):
        if akhiran not in (".xlsx", ".xlsm"):
            raise ImporSurveiError(
                f"Berkas '{nama}' bukan CSV atau XLSX (isinya arsip ZIP atau dokumen lain)."
            )
        return _baca_xlsx(p)
    if akhiran in (".xlsx", ".xlsm"):
        raise ImporSurveiError(f"Berkas '{nama}' bukan buku kerja Excel (.xlsx) yang sah.")
    if akhiran not in (".csv", ".txt"):
        raise ImporSurveiError(
            f"Berkas '{nama}' tidak dapat diimpor: hanya CSV (.csv) atau Excel (.xlsx) yang "
            "diterima, misalnya unduhan jawaban Google Formulir."
        )
    return _baca_csv(p)


def _dekode(data: bytes, nama: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")  # Excel's "Unicode text"
        except UnicodeDecodeError as e:
            raise ImporSurveiError(
                f"Berkas '{nama}' bertanda teks Unicode (UTF-16) tetapi isinya tidak utuh "
                f"(byte tidak sah pada posisi {e.start}; berkasnya terpotong?). Simpan ulang "
                "dari program asalnya sebagai CSV UTF-8."
            ) from None
    if b"\x00" in data:
        raise ImporSurveiError(f"Berkas '{nama}' bukan teks CSV (berisi data biner).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel on Windows saves CSV so


def _pemisah(teks: str) -> str:
    contoh = teks[: 64 * 1024]
    try:
        return csv.Sniffer().sniff(contoh, delimiters=",;\t|").delimiter
    except csv.Error:
        baris = contoh.split("\n", 1)[0]
        return max(",;\t|", key=baris.count)


def _baca_csv(p: Path) -> TabelImpor:
    teks = _dekode(p.read_bytes(), p.name)
    pemisah = _pemisah(teks)
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)
    semua: list[tuple[int, list[str]]] = []
    try:
        for i, r in enumerate(pembaca, start=1):
            batas.baris_csv(i, len(r), p.name)
            semua.append((i, r))
    except csv.Error as e:
        raise ImporSurveiError(f"Berkas '{p.name}' bukan CSV yang sah: {e}.") from None
    except batas.BatasError as e:
        raise ImporSurveiError(e.pesan) from None
    return _susun(p.name, semua)


def _teks_sel(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    return str(v)


def _baca_xlsx(p: Path) -> TabelImpor:
    """The first sheet, with the bounds and the reading of every workbook from elsewhere."""
    from ikudesk.files.xlsx_umum import buka_workbook

    try:
        wb = buka_workbook(p, data_only=True)
    except ImporSurveiError:
        raise
    except IkuError as e:
        raise ImporSurveiError(e.pesan) from None
    with wb:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ImporSurveiError(f"Berkas '{p.name}' tidak punya lembar kerja.")
        semua: list[tuple[int, list[str]]] = []
        try:
            for i, baris in enumerate(ws.iter_rows(values_only=True), start=1):
                semua.append((i, [_teks_sel(v) for v in baris]))
        except ImporSurveiError:
            raise
        except IkuError as e:
            raise ImporSurveiError(e.pesan) from None
        tabel = _susun(p.name, semua)
        return TabelImpor(tabel.nama, tabel.kolom, tabel.baris, tabel.nomor, ws.title)


def _susun(nama: str, semua: Sequence[tuple[int, list[str]]]) -> TabelImpor:
    isi = [(i, [s.strip() for s in r]) for i, r in semua if any(s.strip() for s in r)]
    if not isi:
        raise ImporSurveiError(f"Berkas '{nama}' kosong: tidak ada judul kolom dan jawaban.")
    if len(isi) > MAKS_BARIS + 1:
        raise ImporSurveiError(f"Berkas '{nama}' punya lebih dari {MAKS_BARIS} baris.")
    _, kepala = isi[0]
    while kepala and not kepala[-1]:
        kepala = kepala[:-1]
    if len(kepala) > MAKS_KOLOM:
        raise ImporSurveiError(f"Berkas '{nama}' punya lebih dari {MAKS_KOLOM} kolom.")
    kolom = [k or f"Kolom {j + 1}" for j, k in enumerate(kepala)]
    n = len(kolom)
    baris = [(r + [""] * n)[:n] for _, r in isi[1:]]
    return TabelImpor(nama, kolom, baris, [i for i, _ in isi[1:]])


# --------------------------------------------------------------------------- mapping


def _token(teks: str) -> list[str]:
    polos = unicodedata.normalize("NFKD", teks.casefold())
    polos = "".join(c for c in polos if not unicodedata.combining(c))
    kata = re.findall(r"[a-z0-9]+", polos)
    return [k[:-3] if k.endswith("nya") and len(k) > 6 else k for k in kata]


# Words every question or unsur shares: they say nothing about which unsur it is.
_UMUM = {
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "yang",
    "dengan",
    "dalam",
    "pada",
    "untuk",
    "tentang",
    "pelayanan",
    "layanan",
    "jenis",
    "unit",
    "ini",
    "bagaimana",
    "pendapat",
    "saudara",
    "anda",
    "terhadap",
    "the",
    "u",
    "unsur",
    "pertanyaan",
    "no",
    "nomor",
}


@dataclass
class Pemetaan:
    """Which column (index into ``TabelImpor.kolom``) holds each unsur and profile field."""

    unsur: list[int | None]
    profil: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(PROFIL))

    def periksa(self, nama_unsur: Sequence[str], kolom: Sequence[str]) -> None:
        """Every unsur mapped, no column used twice; ``ImporSurveiError`` otherwise."""
        belum = [n for n, k in zip(nama_unsur, self.unsur, strict=True) if k is None]
        if belum:
            raise ImporSurveiError(
                "Unsur berikut belum dipilihkan kolomnya: " + "; ".join(belum) + "."
            )
        dipakai: dict[int, str] = {}
        pasangan = [*zip(nama_unsur, self.unsur, strict=True)]
        pasangan += [(LABEL_PROFIL[k], v) for k, v in self.profil.items()]
        for nama, k in pasangan:
            if k is None:
                continue
            if k in dipakai:
                raise ImporSurveiError(
                    f"Kolom '{kolom[k]}' dipilih dua kali: untuk '{dipakai[k]}' dan '{nama}'."
                )
            dipakai[k] = nama


_PROFIL_KATA: dict[str, tuple[set[str], set[str]]] = {
    "jenis_kelamin": ({"kelamin", "gender", "sex", "jk"}, set()),
    "usia": ({"usia", "umur", "age"}, set()),
    "pendidikan": ({"pendidikan", "education"}, set()),
    "pekerjaan": ({"pekerjaan", "profesi", "occupation", "pekerja"}, set()),
}
_NOMOR_UNSUR = re.compile(r"^\s*(?:u|unsur|p|q|pertanyaan|soal)\s*[-._ ]?\s*(\d{1,2})\s*$", re.I)


def _bukan_jawaban(kolom: Sequence[str], contoh: Sequence[Sequence[str]]) -> set[int]:
    """Columns that cannot hold answers: the form's time stamp, e-mail or name, and (given
    sample rows) columns where most filled cells are not answers 1–4 or known words."""
    hasil = set()
    for j, k in enumerate(kolom):
        tk = set(_token(k))
        if tk & {"timestamp", "stempel", "email", "surel"} or {"cap", "waktu"} <= tk:
            hasil.add(j)
            continue
        isi = [b[j] for b in contoh if j < len(b) and b[j].strip()]
        if isi:
            baik = 0
            for t in isi:
                try:
                    baca_jawaban(t)
                    baik += 1
                except JawabanError:
                    pass
            if baik * 2 < len(isi):
                hasil.add(j)
    return hasil


def usul_pemetaan(
    kolom: Sequence[str], nama_unsur: Sequence[str], contoh: Sequence[Sequence[str]] = ()
) -> Pemetaan:
    """A proposed mapping: profile columns by their usual names, then each unsur to the column
    whose header shares most of the unsur's words (each column used once, best matches
    first). A header such as "U3" or "Unsur 3" proposes the third unsur when no name matches.
    ``contoh``: some rows, so columns whose cells are not answers are never proposed."""
    token_kolom = [set(_token(k)) for k in kolom]
    dipakai: set[int] = set()
    profil: dict[str, int | None] = dict.fromkeys(PROFIL)
    for kunci, (kata, _) in _PROFIL_KATA.items():
        for j, tk in enumerate(token_kolom):
            if j not in dipakai and tk & kata:
                profil[kunci] = j
                dipakai.add(j)
                break
    dipakai |= _bukan_jawaban(kolom, contoh[:200])
    calon: list[tuple[float, int, int]] = []
    for i, nama in enumerate(nama_unsur):
        kata_u = [t for t in _token(nama) if t not in _UMUM]
        if not kata_u:
            continue
        for j, tk in enumerate(token_kolom):
            if j in dipakai:
                continue
            cocok = sum(1 for t in kata_u if t in tk)
            if cocok:
                calon.append((cocok / len(kata_u), -j, i))
    unsur: list[int | None] = [None] * len(nama_unsur)
    for skor, minus_j, i in sorted(calon, reverse=True):
        j = -minus_j
        if skor > 0 and unsur[i] is None and j not in dipakai:
            unsur[i] = j
            dipakai.add(j)
    for j, k in enumerate(kolom):
        m = _NOMOR_UNSUR.match(k)
        if m and j not in dipakai:
            i = int(m[1]) - 1
            if 0 <= i < len(nama_unsur) and unsur[i] is None:
                unsur[i] = j
                dipakai.add(j)
    return Pemetaan(unsur, profil)


# --------------------------------------------------------------------------- answers


def _normal(teks: str) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", teks.casefold()).split())


# Fixed answers of the PermenPAN-RB 14/2017 questionnaire that do not follow the
# "tidak / kurang / — / sangat" pattern, and answers that mean "not answered".
_KATA_TETAP: dict[str, int | None] = {
    "sangat mahal": 1,
    "mahal": 2,
    "cukup mahal": 2,
    "murah": 3,
    "gratis": 4,
    "sangat murah": 4,
    "buruk": 1,
    "sangat buruk": 1,
    "cukup": 2,
    "tidak ada": 1,
    "ada tetapi tidak berfungsi": 2,
    "ada tapi tidak berfungsi": 2,
    "berfungsi kurang maksimal": 3,
    "dikelola dengan baik": 4,
    "tidak diisi": None,
    "tidak menjawab": None,
    "tidak tahu": None,
    "kosong": None,
    "n/a": None,
    "na": None,
}
# Words that are bad by themselves: "sangat X" of these is not the best answer.
_KATA_BURUK = {"mahal", "buruk", "lambat", "sulit", "rumit", "lama", "jelek", "berbelit"}
# Positive answers that may stand alone (3) — "Sesuai", "Baik", "Sopan dan ramah".
_KATA_BAIK = {
    "sesuai",
    "mudah",
    "cepat",
    "kompeten",
    "sopan dan ramah",
    "sopan",
    "ramah",
    "baik",
    "puas",
    "setuju",
    "jelas",
    "lengkap",
    "tepat",
    "tepat waktu",
    "terjangkau",
    "nyaman",
    "bersih",
    "profesional",
    "memadai",
    "responsif",
    "transparan",
    "memuaskan",
    "wajar",
    "mudah dipahami",
    "berfungsi",
    "tanggap",
    "bagus",
    "informatif",
    "ramah dan sopan",
}
_AWALAN = re.compile(r"^\s*(?:([1-4])|([a-dA-D]))\s*(?:[.):\-–]\s*|\s+|$)(.*)$")


class JawabanError(ValueError):
    """An answer that is neither 1–4 nor a known word; the message is Indonesian."""


def _kata(teks: str) -> int | None:
    """The value of an answer in words; ``JawabanError`` when it is not known."""
    n = _normal(teks)
    if n in _KATA_TETAP:
        return _KATA_TETAP[n]
    for awal, nilai in (("sangat tidak ", 1), ("tidak ", 1), ("kurang ", 2), ("sangat ", 4)):
        if n.startswith(awal):
            inti = n[len(awal) :]
            if inti and inti not in _KATA_BURUK and not inti.startswith(("tidak ", "kurang ")):
                return nilai
    if n in _KATA_BAIK:
        return 3
    raise JawabanError(f"jawaban '{teks}' tidak dikenali (isi 1–4 atau kata seperti 'Sesuai')")


def baca_jawaban(teks: str) -> int | None:
    """An answer cell → 1–4, or None (empty / not answered); ``JawabanError`` otherwise.

    "4", "4.0", "4 - Sangat sesuai", "d. Sangat sesuai", "Sangat Sesuai", " sangat   sesuai ".
    A number and a word in one cell must agree.
    """
    s = teks.strip()
    if not s or s in ("-", "–"):
        return None
    try:
        d = Decimal(s.replace(",", "."))
    except InvalidOperation:
        d = None
    if d is not None:
        if d == d.to_integral_value() and 1 <= d <= 4:
            return int(d)
        raise JawabanError(f"jawaban {s} di luar 1–4")
    m = _AWALAN.match(s)
    if m and (m[1] or (m[2] and m[3])):
        angka = int(m[1]) if m[1] else "abcd".index(m[2].lower()) + 1
        sisa = m[3].strip()
        if not sisa:
            return angka
        try:
            kata = _kata(sisa)
        except JawabanError:
            if m[1]:
                return angka  # "4 - Sangat puas sekali": the number is what counts
            raise
        if kata is not None and kata != angka:
            raise JawabanError(f"jawaban '{teks}': angka {angka} tidak cocok dengan kata '{sisa}'")
        return angka
    return _kata(s)


def baca_jenis_kelamin(teks: str) -> str:
    n = _normal(teks).replace("-", " ")
    if not n:
        return ""
    if n in ("l", "lk", "laki laki", "laki", "lelaki", "pria", "male", "m"):
        return "L"
    if n in ("p", "pr", "perempuan", "wanita", "female", "f", "w"):
        return "P"
    raise JawabanError(f"jenis kelamin '{teks}' tidak dikenali (isi L/P, Laki-laki/Perempuan)")


def baca_usia(teks: str) -> int | None:
    s = teks.strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d{1,3})(?:[.,]0+)?\s*(?:th|thn|tahun)?\.?", s, re.I)
    if not m:
        raise JawabanError(f"usia '{teks}' bukan bilangan bulat tahun")
    usia = int(m[1])
    if not USIA_MIN <= usia <= USIA_MAX:
        raise JawabanError(
            f"usia {usia} tidak masuk akal (harus {USIA_MIN}–{USIA_MAX} tahun atau kosong)"
        )
    return usia


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class BarisSalah:
    nomor: int  # the row number as the spreadsheet shows it
    alasan: str


@dataclass(frozen=True)
class HasilImpor:
    responden: list[Responden]
    salah: list[BarisSalah]
    nomor: list[int] = field(default_factory=list)  # each imported respondent's row number
    # rows imported with an unsur left unanswered (allowed, but the user should see them)
    kosong: list[BarisSalah] = field(default_factory=list)


def kunci_jawaban(teks: str) -> str:
    """How an answer is looked up in the user's own word list (case and spaces ignored)."""
    return _normal(teks)


def jawaban_tak_dikenal(tabel: TabelImpor, pemetaan: Pemetaan) -> dict[str, tuple[str, int]]:
    """Answers in the unsur columns that are neither numbers nor known words:
    key → (the text as first seen, how many cells), in order of first appearance."""
    hasil: dict[str, tuple[str, int]] = {}
    kolom = [k for k in pemetaan.unsur if k is not None]
    for sel in tabel.baris:
        for k in kolom:
            t = sel[k]
            if not t.strip():
                continue
            try:
                baca_jawaban(t)
            except JawabanError:
                d = _angka(t)
                if d is not None:
                    continue  # a number out of range is an error, not a word to map
                kunci = kunci_jawaban(t)
                contoh, n = hasil.get(kunci, (t.strip(), 0))
                hasil[kunci] = (contoh, n + 1)
    return hasil


def _angka(t: str) -> Decimal | None:
    try:
        return Decimal(t.strip().replace(",", "."))
    except InvalidOperation:
        return None


def terapkan_pemetaan(
    tabel: TabelImpor,
    pemetaan: Pemetaan,
    nama_unsur: Sequence[str],
    kamus: Mapping[str, int | None] | None = None,
) -> HasilImpor:
    """The rows as respondents under ``pemetaan``; a row with any bad cell is left out and
    listed with every reason it has. ``kamus``: the user's values for answers the program
    does not know (``kunci_jawaban`` → 1–4 or None). Nothing is stored here."""
    pemetaan.periksa(nama_unsur, tabel.kolom)
    kamus = kamus or {}
    responden: list[Responden] = []
    salah: list[BarisSalah] = []
    kosong: list[BarisSalah] = []
    nomor_ok: list[int] = []
    kolom_unsur = [k for k in pemetaan.unsur if k is not None]
    prof = pemetaan.profil
    for nomor, sel in zip(tabel.nomor, tabel.baris, strict=True):
        alasan: list[str] = []
        nilai: list[int | None] = []
        for nama, k in zip(nama_unsur, kolom_unsur, strict=True):
            try:
                nilai.append(baca_jawaban(sel[k]))
            except JawabanError as e:
                kunci = kunci_jawaban(sel[k])
                if kunci in kamus:
                    nilai.append(kamus[kunci])
                    continue
                alasan.append(f"{nama}: {e}")
                nilai.append(None)
        r = Responden(nilai=nilai)
        for kunci, fungsi in (("jenis_kelamin", baca_jenis_kelamin), ("usia", baca_usia)):
            kp = prof.get(kunci)
            if kp is not None:
                try:
                    setattr(r, kunci, fungsi(sel[kp]))
                except JawabanError as e:
                    alasan.append(str(e))
        for kunci in ("pendidikan", "pekerjaan"):
            kp = prof.get(kunci)
            if kp is not None:
                setattr(r, kunci, " ".join(sel[kp].split()))
        if not alasan:
            try:
                periksa_responden(r, len(nama_unsur))
            except IkuError as e:
                alasan.append(e.pesan)
        if not alasan and all(v is None for v in r.nilai):
            alasan.append("tidak ada satu pun jawaban unsur")
        if alasan:
            salah.append(BarisSalah(nomor, "; ".join(alasan)))
        else:
            responden.append(r)
            nomor_ok.append(nomor)
            tanpa = [
                f"U{i + 1} ({nama})"
                for i, (nama, v) in enumerate(zip(nama_unsur, r.nilai, strict=True))
                if v is None
            ]
            if tanpa:
                kosong.append(BarisSalah(nomor, "diimpor tanpa jawaban untuk " + ", ".join(tanpa)))
    return HasilImpor(responden, salah, nomor_ok, kosong)
