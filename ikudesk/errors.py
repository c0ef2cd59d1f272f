"""Errors a user may see. Every message is in Bahasa Indonesia and says what and where."""

from __future__ import annotations


class IkuError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, pesan: str) -> None:
        super().__init__(pesan)
        self.pesan = pesan

    def __str__(self) -> str:
        return self.pesan


class DokumenError(IkuError):
    """A document file (or a value in it) is not acceptable; ``lokasi`` names the JSON path."""

    def __init__(self, pesan: str, lokasi: str = "") -> None:
        super().__init__(f"{lokasi}: {pesan}" if lokasi else pesan)
        self.lokasi = lokasi


class StoreError(IkuError):
    """The store cannot be opened, upgraded or written."""


class TidakDitemukan(IkuError):
    """A document or node with that id is not in the store."""


# A kecamatan's server role changing another kecamatan's document (row-level security refused).
BUKAN_MILIK = (
    "bukan dokumen kecamatan Anda: pengguna server ini hanya boleh mengubah dokumen "
    "kecamatannya sendiri (dokumen kecamatan lain hanya baca)"
)
