"""The Perjanjian Kinerja page (issue 12)."""
