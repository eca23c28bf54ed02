"""An Adaptive Card's inputs as terminal prompts, checked the way Teams checks them before it sends
anything: a required field must be filled (the card's `errorMessage` is shown otherwise), `maxLength`
counts UTF-16 units as the browser does, `regex`, `min`/`max`; a date is ÅÅÅÅ-MM-DD and a time TT:MM.
What the bot itself finds wrong comes back in its own reply (the form with its errors).

Input validation: https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/input-validation
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.terminal.render import PLAIN, Style, input_summary, markdown

CANCEL_WORDS = {"avbryt", "cancel"}
CLEAR = "-"

ReadLine = Callable[[str], Awaitable[str | None]]
Write = Callable[[str], None]


class Cancelled(Exception):
    """The user cancelled the form: nothing is sent."""


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _choices(element: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(c.get("title", c.get("value"))), str(c.get("value")))
            for c in element.get("choices") or [] if isinstance(c, dict)]


def _pick(answer: str, choices: list[tuple[str, str]]) -> str | None:
    wanted = answer.strip().casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(choices):
        return choices[int(wanted) - 1][1]
    for title, value in choices:
        if wanted in (title.casefold(), value.casefold()):
            return value
    return None


def _t(language: str, sv: str, en: str) -> str:
    return en if language == "en" else sv


def check(element: dict[str, Any], answer: str, language: str = "sv") -> tuple[str, str | None]:
    """(the value to send, or the problem with it) for one typed answer; "" means empty."""
    kind = element.get("type")
    required = bool(element.get("isRequired"))
    message = str(element.get("errorMessage") or "")
    if kind == "Input.ChoiceSet":
        choices = _choices(element)
        if not answer.strip():
            return "", (message or _t(language, "Välj ett alternativ.", "Choose an option.")) if required else None
        parts = [p for p in answer.split(",") if p.strip()] if element.get("isMultiSelect") else [answer]
        picked = [_pick(p, choices) for p in parts]
        if any(p is None for p in picked):
            return "", _t(language, f"Svara med en siffra mellan 1 och {len(choices)}.",
                          f"Answer with a number from 1 to {len(choices)}.")
        return ",".join(p for p in picked if p is not None), None
    if kind == "Input.Toggle":
        on, off = str(element.get("valueOn", "true")), str(element.get("valueOff", "false"))
        word = answer.strip().casefold()
        if word in ("j", "ja", "y", "yes", "1", on.casefold()):
            return on, None
        if word in ("n", "nej", "no", "0", off.casefold(), ""):
            if required and not word:
                return "", message or _t(language, "Svara ja eller nej.", "Answer yes or no.")
            return off, None
        return "", _t(language, "Svara ja eller nej.", "Answer yes or no.")
    if not answer:
        return "", (message or _t(language, "Fyll i det här fältet.", "Please fill in this field.")) \
            if required else None
    if kind == "Input.Date":
        try:
            day = dt.date.fromisoformat(answer.strip())
        except ValueError:
            return "", _t(language, "Skriv datumet som ÅÅÅÅ-MM-DD.", "Write the date as YYYY-MM-DD.")
        for bound, wrong in (("min", day.isoformat() < str(element.get("min", ""))),
                             ("max", bool(element.get("max")) and day.isoformat() > str(element.get("max")))):
            if element.get(bound) and wrong:
                sv_bound, en_bound = ("från", "from") if bound == "min" else ("till", "until")
                return "", message or _t(language, f"Datumet ska vara {sv_bound} {element[bound]}.",
                                         f"The date should be {en_bound} {element[bound]}.")
        return day.isoformat(), None
    if kind == "Input.Time":
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", answer.strip()):
            return "", _t(language, "Skriv tiden som TT:MM.", "Write the time as HH:MM.")
        return answer.strip(), None
    if kind == "Input.Number":
        try:
            number = float(answer.replace(",", "."))
        except ValueError:
            return "", _t(language, "Skriv ett tal.", "Write a number.")
        low, high = element.get("min"), element.get("max")
        if (isinstance(low, int | float) and number < low) or (isinstance(high, int | float) and number > high):
            return "", message or _t(language, f"Talet ska vara mellan {low} och {high}.",
                                     f"The number should be between {low} and {high}.")
        return answer.replace(",", "."), None
    limit = element.get("maxLength")
    if isinstance(limit, int) and limit > 0 and _utf16_len(answer) > limit:
        return "", _t(language, f"Högst {limit} tecken (du skrev {_utf16_len(answer)}).",
                      f"At most {limit} characters (you wrote {_utf16_len(answer)}).")
    pattern = element.get("regex")
    if isinstance(pattern, str) and pattern and re.fullmatch(pattern, answer) is None:
        return "", message or _t(language, "Fel format.", "Wrong format.")
    return answer, None


def _heading(element: dict[str, Any], language: str) -> str:
    """The field's label, and what it holds now (a choice list is printed below it instead)."""
    if element.get("type") == "Input.ChoiceSet" and element.get("value") in (None, ""):
        label = str(element.get("label") or element.get("placeholder") or element.get("id"))
        return f"{label}{' *' if element.get('isRequired') else ''}:"
    return input_summary(element, language)


def _hint(element: dict[str, Any], language: str) -> str:
    kind = element.get("type")
    has_value = element.get("value") not in (None, "")
    keep = _t(language, " Enter behåller det som står.", " Enter keeps what is there.") if has_value else ""
    clear = _t(language, f" {CLEAR} tömmer fältet.", f" {CLEAR} empties the field.") \
        if has_value and not element.get("isRequired") and \
        kind in ("Input.Text", "Input.Date", "Input.Time", "Input.Number", "Input.ChoiceSet") else ""
    if kind == "Input.ChoiceSet":
        several = _t(language, " (flera: 1,3)", " (several: 1,3)") if element.get("isMultiSelect") else ""
        return _t(language, f"Svara med en siffra{several}.", f"Answer with a number{several}.") + keep + clear
    if kind == "Input.Date":
        return _t(language, "ÅÅÅÅ-MM-DD.", "YYYY-MM-DD.") + keep + clear
    if kind == "Input.Time":
        return _t(language, "TT:MM.", "HH:MM.") + keep + clear
    if kind == "Input.Toggle":
        return _t(language, "ja/nej.", "yes/no.") + keep
    limit = element.get("maxLength")
    most = _t(language, f"Högst {limit} tecken.", f"At most {limit} characters.")
    return (most if isinstance(limit, int) and limit > 0 else "") + keep + clear


async def fill(inputs: list[dict[str, Any]], read: ReadLine, write: Write, style: Style = PLAIN,
               language: str = "sv") -> dict[str, str]:
    """Ask for every input in turn; the values as Teams sends them (strings, by input id).
    Raises Cancelled when the user types "avbryt"; None from `read` (end of input) cancels too."""
    values: dict[str, str] = {}
    if inputs:
        write(style.dim(_t(language, "Fyll i formuläret (* = obligatoriskt; skriv avbryt för att låta bli).",
                           "Fill in the form (* = required; type cancel to leave it).")))
    for element in inputs:
        write(style.bold(_heading(element, language)))
        if element.get("placeholder") and element.get("value") in (None, ""):
            write(style.dim(f"  ({markdown(str(element['placeholder']))})"))
        if element.get("type") == "Input.ChoiceSet":
            for number, (title, _value) in enumerate(_choices(element), 1):
                write(f"  {number}) {markdown(title)}")
        hint = _hint(element, language).strip()
        if hint:
            write(style.dim("  " + hint))
        while True:
            line = await read("  > ")
            if line is None or line.strip().casefold() in CANCEL_WORDS:
                raise Cancelled
            current = element.get("value")
            if line == "" and current not in (None, ""):
                values[element["id"]] = str(current)
                break
            if line.strip() == CLEAR and element.get("type") != "Input.Toggle":
                line = ""
            value, problem = check(element, line, language)
            if problem is None:
                values[element["id"]] = value
                break
            write(style.color(f"  ⚠ {problem}", "Attention"))
    return values
