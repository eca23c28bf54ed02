"""Every export opens, whichever database holds the texts (audit of issue 11.4). The fuzz test in
tests/unit/test_export_cells.py builds export rows in memory; this one stores fuzzed texts through the
forms' gate (forms.clean -> forms.storable) in SQLite *and* PostgreSQL, reads the export back from the
database and checks that the XLSX reopens in openpyxl and the CSV round-trips cell for cell.
PostgreSQL refuses NUL in text and lone surrogates outright: the gate must leave neither, or a partner's
save is a 500 there. Without a server the PostgreSQL half skips with the reason (CI sets
RUSBOT_REQUIRE_POSTGRES=1 and it fails instead)."""

from __future__ import annotations

import asyncio
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from rusbot.input.export import HEADER, export_rows, to_csv, to_xlsx
from rusbot.input.forms import InspelContent, RemissvarContent, clean, remiss_parts
from rusbot.input.store import InputStore
from rusbot.process.loader import load_process
from rusbot.process.model import Process
from rusbot.store.db import open_database
from tests.conftest import stockholm
from tests.unit.test_export_cells import stored_text

PROCESS = load_process()
NOW = stockholm(2021, 9, 1, 10, 0)
ORGANISATIONS = [o.id for o in PROCESS.respondents][:2]
texts = st.lists(stored_text, min_size=6, max_size=6)


async def _store_and_export(url: str, process: Process, typed: list[str]) -> None:
    db = open_database(url)
    try:
        store = InputStore(db)
        cleaned = [clean(t) or "x" for t in typed]
        part = remiss_parts(process)[0].id
        for n, organisation in enumerate(ORGANISATIONS):
            inspel = await store.add_inspel(f"aad-{n}", organisation, InspelContent(
                topic=process.inspel_topics[0].id, change=cleaned[0], reason=cleaned[1], reference=cleaned[2]), NOW)
            assert (inspel.change, inspel.reason, inspel.reference) == tuple(cleaned[:3])
            record = await store.remissvar(organisation)
            await store.save_remissvar(organisation, RemissvarContent(
                position="tillstyrker_med_andringar", comments={part: cleaned[3]}, decided_by=cleaned[4],
                diarienummer=cleaned[5]), expected_version=record.version if record else 0, by=f"aad-{n}",
                now=NOW, submit=True)
        rows = await export_rows(store, process)
        assert {cleaned[0], cleaned[3]} <= {row.text for row in rows}
        expected = [list(HEADER), *(row.cells() for row in rows)]
        content = to_csv(rows)
        assert list(csv.reader(io.StringIO(content[3:].decode("utf-8"), newline=""), delimiter=";")) == expected
        sheet = load_workbook(io.BytesIO(to_xlsx(rows))).active
        assert sheet is not None
        reopened = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
        assert reopened == [[c.replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in expected]
    finally:
        async with db.session() as session:
            from sqlalchemy import text

            for table in ("remissvar_revisions", "remissvar", "inspel"):
                await session.execute(text(f"DELETE FROM {table}"))
            await session.commit()
        await db.close()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(typed=texts)
def test_fuzzed_texts_stored_in_either_database_export_to_files_that_open(database_url: str,
                                                                        typed: list[str]) -> None:
    asyncio.run(_store_and_export(database_url, PROCESS, typed))
