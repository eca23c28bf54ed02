"""What partners submit, validated with pydantic before anything is stored.

Lengths are counted as Adaptive Cards count them (UTF-16 code units, like `maxLength`), and the
limits are chosen so the largest prefilled form stays under Teams' 28 KB card limit even when
every character is a multi-byte one (see tests/unit/test_input_forms.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from rusbot.process.model import Language, Process, RusPart

# -- limits (UTF-16 code units) ------------------------------------------------------------------
INSPEL_CHANGE_MAX = 1500
INSPEL_REASON_MAX = 1500
INSPEL_REFERENCE_MAX = 300
REMISS_COMMENTS_TOTAL = 2400        # shared by the per-part comment fields
REMISS_COMMENT_MIN_PER_PART = 100
REMISS_PART_OVERHEAD = 40           # each extra part's label and error take room from the comments
REMISS_DECIDED_BY_MAX = 150
REMISS_DIARIENUMMER_MAX = 40
REMISS_LINK_MAX = 400
POLL_QUESTION_MAX = 300
POLL_OPTION_MAX = 80
GENERAL_PART = "general"

Position = Literal["tillstyrker", "tillstyrker_med_andringar", "avstyrker", "avstar"]
POSITIONS: dict[str, tuple[str, str]] = {
    "tillstyrker": ("Tillstyrker", "Supports"),
    "tillstyrker_med_andringar": ("Tillstyrker med ändringar", "Supports with changes"),
    "avstyrker": ("Avstyrker", "Rejects"),
    "avstar": ("Avstår från att yttra sig", "Declines to comment"),
}

# Characters nobody types that XML 1.0 (and so every XLSX export) forbids: C0 controls but tab, line
# feed and carriage return; lone surrogates (half of an emoji cut at a field's maxLength); U+FFFE and
# U+FFFF. DEL too, as before. They are dropped, not refused: the writer cannot see them to remove
# them, and a field that is empty without them gets the ordinary "fill in" error.
UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


# Record ids and versions are 32-bit in the database (SQLite's INTEGER is 64-bit, PostgreSQL's 32).
RECORD_ID_MAX = 2**31 - 1
_RECORD_ID_TEXT = re.compile("-?[0-9]{1,12}")


def record_id(value: Any, *, minimum: int = 1) -> int | None:
    """A record id or version from a card's data: a whole number (or its digits) in the database's
    range, else None. Booleans are not numbers here, and 10**20 is no id."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        # ASCII digits only: "--5", "²", "1\x00" and "١٢" are no ids (int() of some of them raises).
        if not _RECORD_ID_TEXT.fullmatch(value.strip()):
            return None
        value = int(value.strip())
    if not isinstance(value, int) or not minimum <= value <= RECORD_ID_MAX:
        return None
    return value


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def storable(text: str) -> str:
    """`text` without what XML 1.0 forbids and what neither database stores (UNSTORABLE). The one
    gate for typed text, whichever door it comes through: the bot's card forms and meeting form
    (through `clean`), the tab's forms (bot/tab/handlers.py), older rows on their way into an export."""
    return UNSTORABLE.sub("", text)


def clean(value: Any) -> str:
    """Card inputs arrive as strings (or not at all): drop what cannot be stored (`storable`),
    normalise, trim."""
    if value is None:
        return ""
    text = storable(value if isinstance(value, str) else str(value))
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()


def remiss_parts(process: Process) -> list[RusPart]:
    """The parts a remissvar comments on; one general comment when the process file names none."""
    from rusbot.process.model import Text

    return list(process.deployment.rus_parts) or [RusPart(id=GENERAL_PART, name=Text(sv="Synpunkter", en="Comments"))]


def comment_limit(process: Process) -> int:
    count = len(remiss_parts(process))
    return max(REMISS_COMMENT_MIN_PER_PART, (REMISS_COMMENTS_TOTAL - REMISS_PART_OVERHEAD * (count - 1)) // count)


class FieldErrors(Exception):
    """Per field: (Swedish, English) messages. Nothing is stored when this is raised."""

    def __init__(self, errors: dict[str, tuple[str, str]]) -> None:
        super().__init__(", ".join(sorted(errors)))
        self.errors = errors

    def for_language(self, language: Language) -> dict[str, str]:
        return {field: (en if language == "en" else sv) for field, (sv, en) in self.errors.items()}


def _required() -> tuple[str, str]:
    return ("Fyll i det här fältet.", "Please fill in this field.")


def _too_long(limit: int, got: int) -> tuple[str, str]:
    return (f"Högst {limit} tecken (nu {got}).", f"At most {limit} characters (now {got}).")


def _text(errors: dict[str, tuple[str, str]], data: dict[str, Any], field: str, limit: int,
          *, required: bool) -> str | None:
    value = clean(data.get(field))
    if not value:
        if required:
            errors[field] = _required()
        return None
    if utf16_len(value) > limit:
        errors[field] = _too_long(limit, utf16_len(value))
    return value


# -- inspel --------------------------------------------------------------------------------------
class InspelContent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    topic: str
    change: str
    reason: str
    reference: str | None = None


def parse_inspel(data: dict[str, Any], process: Process) -> InspelContent:
    errors: dict[str, tuple[str, str]] = {}
    topics = {t.id for t in process.inspel_topics}
    topic = clean(data.get("topic"))
    if not topic:
        errors["topic"] = ("Välj vad inspelet gäller.", "Choose what the input concerns.")
    elif topic not in topics:
        errors["topic"] = ("Välj ett av alternativen.", "Choose one of the options.")
    change = _text(errors, data, "change", INSPEL_CHANGE_MAX, required=True)
    reason = _text(errors, data, "reason", INSPEL_REASON_MAX, required=True)
    reference = _text(errors, data, "reference", INSPEL_REFERENCE_MAX, required=False)
    if errors:
        raise FieldErrors(errors)
    try:
        return InspelContent(topic=topic, change=change or "", reason=reason or "", reference=reference)
    except ValidationError as exc:  # pragma: no cover - the checks above cover the model
        raise FieldErrors({"form": ("Formuläret kunde inte läsas.", "The form could not be read.")}) from exc


# -- remissvar -----------------------------------------------------------------------------------
class RemissvarContent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    position: Position | None = None
    comments: dict[str, str] = {}
    decided_by: str | None = None
    decision_date: dt.date | None = None
    diarienummer: str | None = None
    protocol_link: str | None = None


def comment_field(part_id: str) -> str:
    return f"comment_{part_id}"


def parse_remissvar(data: dict[str, Any], process: Process, *, submitting: bool,
                    today: dt.date) -> RemissvarContent:
    """A draft may be incomplete; a submission needs a position and, unless the organisation
    declines, who decided it and when."""
    errors: dict[str, tuple[str, str]] = {}
    position = clean(data.get("position")) or None
    if position is not None and position not in POSITIONS:
        errors["position"] = ("Välj ett av alternativen.", "Choose one of the options.")
        position = None
    elif position is None and submitting:
        errors["position"] = ("Välj organisationens ställningstagande.", "Choose the organisation's position.")
    limit = comment_limit(process)
    comments: dict[str, str] = {}
    for part in remiss_parts(process):
        value = _text(errors, data, comment_field(part.id), limit, required=False)
        if value:
            comments[part.id] = value
    must_decide = submitting and position != "avstar"
    decided_by = _text(errors, data, "decided_by", REMISS_DECIDED_BY_MAX, required=must_decide)
    diarienummer = _text(errors, data, "diarienummer", REMISS_DIARIENUMMER_MAX, required=False)
    link = _text(errors, data, "protocol_link", REMISS_LINK_MAX, required=False)
    if link and "protocol_link" not in errors:
        parts = urlsplit(link)
        if parts.scheme not in ("https", "http") or not parts.netloc or " " in link:
            errors["protocol_link"] = ("Ange en webbadress som börjar med https://.",
                                       "Give a web address starting with https://.")
    decision_date: dt.date | None = None
    raw_date = clean(data.get("decision_date"))
    if raw_date:
        try:
            decision_date = dt.date.fromisoformat(raw_date[:10])
        except ValueError:
            errors["decision_date"] = ("Ange ett datum (ÅÅÅÅ-MM-DD).", "Give a date (YYYY-MM-DD).")
        else:
            if decision_date > today:
                errors["decision_date"] = ("Beslutsdatumet kan inte ligga i framtiden.",
                                           "The decision date cannot be in the future.")
    elif must_decide:
        errors["decision_date"] = _required()
    if errors:
        raise FieldErrors(errors)
    return RemissvarContent(position=position, comments=comments, decided_by=decided_by,
                            decision_date=decision_date, diarienummer=diarienummer, protocol_link=link)


# -- polls ---------------------------------------------------------------------------------------
class PollSpec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    options: list[str]
    closes_at: dt.datetime | None = None


_CLOSES = re.compile(r"^(?:stänger|stanger|closes?)\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?$", re.IGNORECASE)


def parse_poll(text: str, now: dt.datetime) -> PollSpec:
    """`Fråga? | alternativ 1 | alternativ 2 [| stänger 2021-03-10 16:00]`."""
    segments = [clean(s) for s in text.split("|")]
    segments = [s for s in segments if s]
    closes_at: dt.datetime | None = None
    if segments:
        match = _CLOSES.match(segments[-1])
        if match:
            segments.pop()
            try:
                day = dt.date.fromisoformat(match.group(1))
                at = dt.time.fromisoformat(match.group(2).zfill(5)) if match.group(2) else dt.time(23, 59)
            except ValueError:
                raise FieldErrors({"closes": ("Stängningstiden är inte ett giltigt datum.",
                                              "The closing time is not a valid date.")}) from None
            closes_at = dt.datetime.combine(day, at, tzinfo=now.tzinfo)
            if closes_at <= now:
                raise FieldErrors({"closes": ("Stängningstiden har redan passerat.",
                                              "The closing time has already passed.")})
    errors: dict[str, tuple[str, str]] = {}
    if not segments:
        raise FieldErrors({"question": ("Skriv en fråga.", "Write a question.")})
    question, options = segments[0], segments[1:]
    if utf16_len(question) > POLL_QUESTION_MAX:
        errors["question"] = _too_long(POLL_QUESTION_MAX, utf16_len(question))
    if not 2 <= len(options) <= 10:
        errors["options"] = ("Ge 2–10 alternativ.", "Give 2–10 options.")
    elif any(utf16_len(o) > POLL_OPTION_MAX for o in options):
        errors["options"] = (f"Högst {POLL_OPTION_MAX} tecken per alternativ.",
                             f"At most {POLL_OPTION_MAX} characters per option.")
    elif len({o.casefold() for o in options}) != len(options):
        errors["options"] = ("Två alternativ är likadana.", "Two options are the same.")
    if errors:
        raise FieldErrors(errors)
    return PollSpec(question=question, options=options, closes_at=closes_at)
