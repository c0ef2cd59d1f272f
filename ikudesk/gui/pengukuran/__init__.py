"""The values grid "Pengukuran Kinerja" (issue 11 item 3)."""
