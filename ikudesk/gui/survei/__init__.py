"""The IKM survey page: respondents grid, import dialog, live results (issue 13)."""
