"""Child process of the concurrency tests: one window on another PC, editing one document.

Usage: python -m tests.anak_pg_penulis URL DOKUMEN_ID INDIKATOR_ID JUMLAH PREFIX
Applies JUMLAH name changes (PREFIX-0 … PREFIX-n); on a refused change (someone else changed the
document) it reloads, as the window does, and applies the same change again. Prints
"<applied> <refused>" at the end.
"""

from __future__ import annotations

import sys

from ikudesk.domain.fields import Field
from ikudesk.persistence.mapper import KonflikVersi
from ikudesk.persistence.repo import SqlRepository
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetField


def main() -> None:
    url, did, iid, jumlah, prefix = sys.argv[1:6]
    store = open_store(url)
    repo = SqlRepository(store)
    sesi = DocumentSession.open(repo, int(did))
    diterapkan = ditolak = 0
    for i in range(int(jumlah)):
        while True:
            try:
                sesi.apply(SetField(int(iid), Field.INDIKATOR_NAMA, f"{prefix}-{i}"))
                diterapkan += 1
                break
            except KonflikVersi:
                ditolak += 1
                sesi = DocumentSession.open(repo, int(did))
    store.close()
    print(diterapkan, ditolak)


if __name__ == "__main__":
    main()
