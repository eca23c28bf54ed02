"""Language detection and date formatting (Swedish first)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rusbot.i18n import (
    days_phrase,
    detect_language,
    format_date,
    format_end,
    format_fuzzy,
    format_fuzzy_at,
    format_span,
    join_list,
    last_day,
)
from rusbot.process.model import FuzzyDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RUS?", "sv"),
        ("", "sv"),
        ("11 mars?", "sv"),
        ("vem e med", "sv"),
        ("remiss deadline", "sv"),
        ("Hej!", "sv"),
        ("nar oppnar remmisen", "sv"),
        ("Vad händer nu?", "sv"),
        ("Är Örebro universitet med?", "sv"),
        ("fas 2?", "sv"),
        ("When does the consultation open?", "en"),
        ("What is happening now?", "en"),
        ("Is Örebro universitet part of the partnership?", "en"),
        ("Thanks!", "en"),
        ("How many days are left?", "en"),
        ("Who decides?", "en"),
        # No English question word, and a Swedish place name: still English (batch 12 #94).
        ("Any good lunch places near Örebro castle?", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_format_date_swedish_and_english() -> None:
    day = dt.date(2021, 3, 11)
    assert format_date(day) == "11 mars 2021"
    assert format_date(day, "sv", weekday=True) == "torsdag 11 mars 2021"
    assert format_date(day, "en") == "11 March 2021"
    assert format_date(day, "en", weekday=True) == "Thursday 11 March 2021"


@pytest.mark.parametrize(
    ("date", "sv", "en"),
    [
        (FuzzyDate(year=2021, month=3, day=11), "11 mars 2021", "11 March 2021"),
        (FuzzyDate(year=2021, month=6, part="mid"), "mitten av juni 2021", "mid-June 2021"),
        (FuzzyDate(year=2021, month=6, part="early"), "början av juni 2021", "early June 2021"),
        (FuzzyDate(year=2021, month=6, part="late"), "slutet av juni 2021", "late June 2021"),
        (FuzzyDate(year=2020, month=12), "december 2020", "December 2020"),
        (FuzzyDate(year=2021, part="late"), "slutet av 2021", "the end of 2021"),
        (FuzzyDate(year=2021, part="early"), "början av 2021", "the beginning of 2021"),
        (FuzzyDate(year=2021), "2021", "2021"),
    ],
)
def test_format_fuzzy_keeps_the_precision(date: FuzzyDate, sv: str, en: str) -> None:
    assert format_fuzzy(date, "sv") == sv
    assert format_fuzzy(date, "en") == en


def test_format_fuzzy_at_adds_the_right_preposition() -> None:
    assert format_fuzzy_at(FuzzyDate(year=2021, month=3, day=11)) == "den 11 mars 2021"
    assert format_fuzzy_at(FuzzyDate(year=2021, month=6, part="mid")) == "i mitten av juni 2021"
    assert format_fuzzy_at(FuzzyDate(year=2021, part="late"), "en") == "at the end of 2021"
    assert format_fuzzy_at(FuzzyDate(year=2021, month=6, part="mid"), "en") == "in mid-June 2021"


def test_through_september_means_the_30th_as_last_day() -> None:
    september = FuzzyDate(year=2021, month=9)
    assert last_day(september) == dt.date(2021, 9, 30)
    assert format_end(september) == "30 september 2021"
    assert format_end(september, "en") == "30 September 2021"
    assert last_day(FuzzyDate(year=2024, month=2)) == dt.date(2024, 2, 29)


def test_a_part_of_a_month_leaves_the_last_day_open() -> None:
    late_june = FuzzyDate(year=2021, month=6, part="late")
    assert last_day(late_june) is None
    assert format_end(late_june) == "slutet av juni 2021"
    assert last_day(FuzzyDate(year=2021, part="late")) is None


def test_format_span() -> None:
    start, end = FuzzyDate(year=2021, month=6, part="mid"), FuzzyDate(year=2021, month=9)
    assert format_span(start, end) == "mitten av juni 2021 – 30 september 2021"
    assert format_span(start, end, "en") == "mid-June 2021 – 30 September 2021"
    assert format_span(FuzzyDate(year=2021), FuzzyDate(year=2021, month=3, day=11)) == "fram till 11 mars 2021"


def test_small_helpers() -> None:
    assert days_phrase(1) == "1 dag"
    assert days_phrase(3) == "3 dagar"
    assert days_phrase(1, "en") == "1 day"
    assert join_list(["a", "b", "c"]) == "a, b och c"
    assert join_list(["a", "b"], "en") == "a and b"
    assert join_list([]) == ""


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    year = draw(st.integers(2000, 2100))
    month = draw(st.none() | st.integers(1, 12))
    part = draw(st.none() | st.sampled_from(["early", "mid", "late"]))
    if month is not None and part is None and draw(st.booleans()):
        return FuzzyDate(year=year, month=month, day=draw(st.integers(1, 28)))
    return FuzzyDate(year=year, month=month, part=part)


@given(fuzzy_dates())
def test_an_inexact_date_is_never_written_with_a_day(date: FuzzyDate) -> None:
    for language in ("sv", "en"):
        written = format_fuzzy(date, language)
        assert str(date.year) in written
        has_day = re.search(r"\b\d{1,2}\b", written) is not None
        assert has_day == date.is_exact
