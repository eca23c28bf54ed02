"""The export for the writing phase: submitted remissvar and active inspel, grouped by
organisation and part. Drafts are never exported."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass

from rusbot.clock import STOCKHOLM
from rusbot.input.forms import POSITIONS, remiss_parts, storable
from rusbot.input.store import InputStore
from rusbot.process.model import Process

HEADER = ("Organisation", "Typ", "Del / ämne", "Synpunkt / vad ska ändras", "Motivering", "Referens",
          "Ställningstagande", "Beslutat av", "Beslutsdatum", "Diarienummer", "Protokollsutdrag",
          "Inskickat", "Kvitto / nummer")
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(value: str) -> bool:
    """Whether a spreadsheet could take the cell for a formula: its first character that is neither
    invisible (zero-width and other format characters such as U+200B, U+FEFF) nor a space is one of
    = + - @, in any width (NFKC folds the full-width ＝＋－＠ and small forms to them), or the cell
    starts with a tab or carriage return."""
    if value.startswith(DANGEROUS_START):
        return True
    for character in value:
        if unicodedata.category(character) in ("Cf", "Zs", "Zl", "Zp") or character in "\n\x0b\x0c":
            continue
        return unicodedata.normalize("NFKC", character).startswith(DANGEROUS_START) or character == "\u2212"
    return False


def cell_text(value: str) -> str:
    """A stored text as a cell: without what XML 1.0 forbids (rows stored before the forms dropped
    it must still give a workbook that opens), and prefixed with an apostrophe where a spreadsheet
    would run it as a formula."""
    value = storable(value)
    return "'" + value if _looks_like_formula(value) else value


@dataclass(frozen=True)
class ExportRow:
    organisation: str
    kind: str
    part: str
    text: str
    reason: str = ""
    reference: str = ""
    position: str = ""
    decided_by: str = ""
    decision_date: str = ""
    diarienummer: str = ""
    protocol_link: str = ""
    submitted: str = ""
    number: str = ""

    def cells(self) -> list[str]:
        return [cell_text(v) for v in (self.organisation, self.kind, self.part, self.text, self.reason,
                                        self.reference, self.position, self.decided_by, self.decision_date,
                                        self.diarienummer, self.protocol_link, self.submitted, self.number)]


def _local(moment: dt.datetime) -> str:
    return moment.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")


async def export_rows(store: InputStore, process: Process) -> list[ExportRow]:
    names = {o.id: o.name for o in process.organisations}
    order = {o.id: i for i, o in enumerate(process.organisations)}
    topics = {t.id: t.name.sv for t in process.inspel_topics}
    topic_order = {t.id: i for i, t in enumerate(process.inspel_topics)}
    parts = remiss_parts(process)
    rows: list[tuple[tuple[int, int, int, int], ExportRow]] = []
    for revision in await store.latest_revisions():
        org = revision.organisation_id
        content = revision.content
        common = {
            "position": POSITIONS[content.position][0] if content.position else "",
            "decided_by": content.decided_by or "",
            "decision_date": content.decision_date.isoformat() if content.decision_date else "",
            "diarienummer": content.diarienummer or "", "protocol_link": content.protocol_link or "",
            "submitted": _local(revision.submitted_at), "number": f"{revision.receipt} (rev. {revision.revision})",
        }
        wrote = False
        for index, part in enumerate(parts):
            comment = content.comments.get(part.id)
            if comment:
                rows.append(((order.get(org, 999), 0, index, 0),
                             ExportRow(names.get(org, org), "Remissvar", part.name.sv, comment, **common)))
                wrote = True
        if not wrote:
            rows.append(((order.get(org, 999), 0, -1, 0),
                         ExportRow(names.get(org, org), "Remissvar", "", "", **common)))
    for inspel in await store.active_inspel():
        org = inspel.organisation_id
        rows.append(((order.get(org, 999), 1, topic_order.get(inspel.topic, 999), inspel.id), ExportRow(
            names.get(org, org), "Inspel", topics.get(inspel.topic, inspel.topic), inspel.change, inspel.reason,
            inspel.reference or "", submitted=_local(inspel.created_at), number=f"#{inspel.id}")))
    rows.sort(key=lambda r: r[0])
    return [row for _, row in rows]


def to_csv(rows: list[ExportRow]) -> bytes:
    """UTF-8 with BOM (Excel reads it as UTF-8), `;` separated, formula-looking cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(row.cells())
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def to_xlsx(rows: list[ExportRow]) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Underlag"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row.cells())
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # never a formula, whatever the text looks like
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJKLM", (22, 11, 26, 60, 50, 30, 24, 22, 13, 16, 30, 17, 18), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


async def build_export(store: InputStore, process: Process, fmt: str) -> tuple[bytes, str, str]:
    """(content, media type, file name)."""
    rows = await export_rows(store, process)
    if fmt == "csv":
        return to_csv(rows), "text/csv; charset=utf-8", f"{process.id}-underlag.csv"
    if fmt == "xlsx":
        return (to_xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                f"{process.id}-underlag.xlsx")
    raise ValueError(f"unknown export format {fmt!r}")
