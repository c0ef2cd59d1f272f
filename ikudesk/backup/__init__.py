"""Backups (.ikubackup): making, checking, restoring; automatic backups; removable media."""
