"""What tests compare to prove that files were not touched."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sidik_folder(folder: Path) -> dict[str, str]:
    """Every file of a store's folder with its hash (the lock files carry no data)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }
