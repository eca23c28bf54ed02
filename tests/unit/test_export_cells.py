"""Every export opens (issue 11.4): whatever text is stored - including what the forms drop today
but older rows may hold (U+FFFE, U+FFFF, lone surrogates, control characters) - the XLSX reopens
in openpyxl and the CSV reads back cell for cell; formula-looking cells are neutralised also behind
invisible characters and in full width."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from rusbot.input.export import HEADER, ExportRow, cell_text, to_csv, to_xlsx
from rusbot.input.forms import clean

NASTY = ["\uffff", "\ufffe", "\ud800", "\udfff", "\x00", "\x1b", "\x7f", "\u200b=1+1", "\ufeff@SUM(A1)",
         "＝HYPERLINK(\"http://evil\")", "＋1", "－1", "＠x", "\u200b\u200d-2", " =1", "\t=1", "\r=1", "=1",
         "\u2060+x", "\u00ad=x", "﹦x", "\U0001f600", "å\u0301", "\n=1", "\u2028=1", "a\r\nb", "\"; ;\""]
stored_text = st.one_of(
    st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=30),
    st.lists(st.sampled_from(NASTY), min_size=1, max_size=4).map("".join),
    st.tuples(st.sampled_from(NASTY), st.text(max_size=10)).map("".join))
rows = st.lists(st.builds(ExportRow, organisation=stored_text, kind=st.sampled_from(["Inspel", "Remissvar"]),
                          part=stored_text, text=stored_text, reason=stored_text, reference=stored_text,
                          decided_by=stored_text, diarienummer=stored_text, protocol_link=stored_text),
                max_size=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_any_stored_text_gives_an_xlsx_that_opens_and_a_csv_that_round_trips(export: list[ExportRow]) -> None:
    expected = [list(HEADER), *(row.cells() for row in export)]
    content = to_csv(export)
    assert content.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(content[3:].decode("utf-8"), newline=""), delimiter=";")) == expected
    sheet = load_workbook(io.BytesIO(to_xlsx(export))).active
    assert sheet is not None
    reopened = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
    # XML reads a bare carriage return as a line feed; nothing else may change.
    assert reopened == [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] for row in expected]


def test_formula_prefixes_are_neutralised_behind_invisible_and_full_width_characters() -> None:
    for text in ("=1+1", "+1", "-1", "@x", "\t=1", "\r=1", "\u200b=1+1", "\ufeff=1", "\u200b\u200d@x",
                 "\u2060+1", "\u00ad=1", " =1", "\u3000=1", "＝1", "＋1", "－1", "＠x", "﹦1", "\u2212 1"):
        assert cell_text(text).startswith("'"), text
    for text in ("Bra förslag", "1+1=2", "e-post", "\u200bBra", "'=1", "", "\U0001f600=1"):
        assert not cell_text(text).startswith("'") or text.startswith("'"), text


def test_the_forms_drop_what_xml_forbids_and_keep_everything_else() -> None:
    assert clean("Bra\uffff för\ufffe\ud83dslag\x00\x1b\x7f") == "Bra förslag"
    assert clean("\t\U0001f600 Region\nÖrebro\r\n") == "\U0001f600 Region\nÖrebro"
    assert clean("\uffff\ud800") == ""                       # then the field's "fill in" error applies
