"""IKU Desk: Indikator Kinerja Utama untuk kantor kecamatan."""

__version__ = "0.1.0"
