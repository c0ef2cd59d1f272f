"""Dialogs of the main window: open / new / duplicate document, first run, about."""
