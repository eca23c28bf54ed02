"""Language detection and date formatting, Swedish first.

`detect_language` looks only at the words of a question: Swedish is the default whenever the text
is unclear ("RUS?", "11 mars?"), English only when English words clearly outweigh Swedish ones.
Dates are written as people write them: "11 mars 2021" / "11 March 2021", and a `FuzzyDate` keeps
the precision the source gave it ("mitten av juni 2021", "december 2020", "slutet av 2021").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel.dates import format_date as _babel_format_date  # type: ignore[import-untyped]

from rusbot.process.model import FuzzyDate, Language

_WORD = re.compile(r"[a-zåäöéü]+")

# Frequent words that settle the language of a short question. Words both languages share
# ("is", "fas"…) are left out; Swedish letters count for Swedish.
_SV_WORDS = frozenset(
    """
    vad vem vilka vilken vilket när nar hur var varför varfor är ar e va och eller det den de
    jag du vi ni man dig mig oss kan ska skall får far har hade finns blir mitt min vår våra er
    på pa om till från fran med för for inte nu sen sedan efter innan före idag kvar dagar dag
    nästa nasta steg hej hejsan tjena tja tack tackar hjälp hjalp snälla nåt nått något några
    öppen oppen öppnar stänger stanger remiss remissen remissvar partnerskapet kommunerna
    tidplan tidplanen fas faser faserna syfte syftet uppdrag uppdraget beslut bestämmer händer
    hander läget laget avstämning avstamning mars juni september december januari arbetssätt
    källa kalla ifrån ifran ingår ingar sitter vilket också bara ju då da blev klar klart tid
    måste maste vara varit någon nagon något nagot också ocksa skriva svara oss vårt vart ert
    redan än an ännu annu gör gor göra gora mitt mina dina sin sina hos utan eller inom
    """.split()
)
_EN_WORDS = frozenset(
    """
    what who whom which when where why how is are was were does do did can could will would
    the a an of to in on at for from with about and or this that these those it its you your
    we our my me hello hi hey thanks thank please help open opens close closes closed
    consultation consultations deadline days left next step now happening schedule timeline
    phase phases partnership members member decide decides decision role roles source come
    comes say said want wanted ready updated update review reviewed being still there tell show
    any good near places lunch some many much should have has been get need know inputs submitted
    """.split()
)
_SV_LETTERS = re.compile(r"[åäö]")
# Names are Swedish whatever the language of the sentence around them ("We're RF-SISU Örebro län"):
# a capitalised word after the first, with a "län"/"läns"/"kommun" that follows it.
_NAMES = re.compile(r"(?<=[\w,;:)] )[A-ZÅÄÖ][\w-]*(?:\s+(?:läns?|kommun)\b)?")
_CAPITAL = re.compile(r"[A-ZÅÄÖ]")     # where a name of _NAMES can begin


_QUOTE_MARKS = frozenset("'‘’\"“”«»")
_QUOTED = re.compile(r"(?<!\w)['‘’\"“”«»]([^'‘’\"“”«»\n]{1,40})['‘’\"“”«»](?!\w)")


def detect_language(text: str) -> Language:
    """"sv" unless the words of `text` are clearly English."""
    # A quoted word is the word asked about ("What does 'förankring' mean?"), not the question's language.
    if not _QUOTE_MARKS.isdisjoint(text):
        text = _QUOTED.sub(" ", text)
    lowered = text.lower()
    words = _WORD.findall(lowered)
    # (An ASCII text has no å/ä/ö to count, outside names or in them: the name regex is skipped.)
    # (The words counted in C: a membership test's True counts 1.)
    sv = sum(map(_SV_WORDS.__contains__, words))
    if not text.isascii() and _SV_LETTERS.search(lowered) is not None:
        # Names are read only where one can begin (a capital after the first letter): the name regex tests a
        # look-behind at every letter, and most messages name no one. No å/ä/ö at all: nothing to count either.
        sv += 2 * len(_SV_LETTERS.findall(_NAMES.sub(" ", text).lower() if _CAPITAL.search(text, 1) else lowered))
    en = sum(map(_EN_WORDS.__contains__, words))
    return "en" if en > sv else "sv"


# -- dates ---------------------------------------------------------------------------------------

_LOCALE = {"sv": "sv", "en": "en"}


@lru_cache(maxsize=4096)
def format_date(day: dt.date, language: Language = "sv", weekday: bool = False) -> str:
    """"11 mars 2021" / "11 March 2021"; with `weekday`: "torsdag 11 mars 2021" / "Thursday 11 March 2021"."""
    pattern = "EEEE d MMMM y" if weekday else "d MMMM y"
    return str(_babel_format_date(day, pattern, locale=_LOCALE[language]))


@lru_cache(maxsize=256)
def month_name(month: int, language: Language = "sv") -> str:
    """Stand-alone month name: "juni" / "June"."""
    return str(_babel_format_date(dt.date(2000, month, 1), "LLLL", locale=_LOCALE[language]))


_SV_MONTH_PART = {"early": "början av", "mid": "mitten av", "late": "slutet av"}
_EN_MONTH_PART = {"early": "early", "mid": "mid-", "late": "late"}
_SV_YEAR_PART = {"early": "början av", "mid": "mitten av", "late": "slutet av"}
_EN_YEAR_PART = {"early": "the beginning of", "mid": "the middle of", "late": "the end of"}


def format_fuzzy(date: FuzzyDate, language: Language = "sv") -> str:
    """A date as precise as it is known: "11 mars 2021", "mitten av juni 2021", "december 2020",
    "slutet av 2021", "2021" (English: "11 March 2021", "mid-June 2021", "the end of 2021")."""
    if date.is_exact:
        return format_date(date.earliest, language)
    if date.month is not None:
        month = month_name(date.month, language)
        if date.part is None:
            return f"{month} {date.year}"
        if language == "en":
            part = _EN_MONTH_PART[date.part]
            return f"{part}{month} {date.year}" if part.endswith("-") else f"{part} {month} {date.year}"
        return f"{_SV_MONTH_PART[date.part]} {month} {date.year}"
    if date.part is None:
        return str(date.year)
    if language == "en":
        return f"{_EN_YEAR_PART[date.part]} {date.year}"
    return f"{_SV_YEAR_PART[date.part]} {date.year}"


def format_fuzzy_at(date: FuzzyDate, language: Language = "sv") -> str:
    """A date with its preposition: "den 11 mars 2021", "i mitten av juni 2021", "i december 2020",
    "i slutet av 2021" (English: "on 11 March 2021", "in mid-June 2021", "at the end of 2021")."""
    written = format_fuzzy(date, language)
    if language == "en":
        if date.is_exact:
            return f"on {written}"
        if date.month is None and date.part in ("early", "late"):
            return f"at {written}"
        return f"in {written}"
    return f"den {written}" if date.is_exact else f"i {written}"


def last_day(end: FuzzyDate) -> dt.date | None:
    """The last day of a period that runs *through* `end`, when the source makes it certain:
    an exact day, or a whole month ("t o m september" → 30 September). A part of a month or a
    year ("slutet av juni") leaves the last day open: None."""
    if end.is_exact:
        return end.earliest
    if end.month is not None and end.part is None:
        return end.latest
    return None


def format_end(end: FuzzyDate, language: Language = "sv") -> str:
    """The end of a period as its last day when that is certain ("30 september 2021"), otherwise
    as written ("slutet av juni 2021")."""
    day = last_day(end)
    return format_date(day, language) if day is not None else format_fuzzy(end, language)


def format_span(start: FuzzyDate | None, end: FuzzyDate | None, language: Language = "sv") -> str:
    """"mitten av juni 2021 – 30 september 2021"; one side only: "från …" / "till och med …"."""
    if start is not None and end is not None:
        if start.month is None and start.part is None and start.year == end.year and end.month is not None:
            # "2021 – 11 mars 2021" says no more than "fram till 11 mars 2021"
            return f"{'until' if language == 'en' else 'fram till'} {format_end(end, language)}"
        return f"{format_fuzzy(start, language)} – {format_end(end, language)}"
    if start is not None:
        return f"{'from' if language == 'en' else 'från'} {format_fuzzy(start, language)}"
    if end is not None:
        return f"{'through' if language == 'en' else 'till och med'} {format_end(end, language)}"
    return ""


def days_phrase(days: int, language: Language = "sv") -> str:
    """"1 dag" / "12 dagar" / "1 day" / "12 days"."""
    if language == "en":
        return f"{days} day" if days == 1 else f"{days} days"
    return f"{days} dag" if days == 1 else f"{days} dagar"


def join_list(items: list[str], language: Language = "sv") -> str:
    """"a, b och c" / "a, b and c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = "and" if language == "en" else "och"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
