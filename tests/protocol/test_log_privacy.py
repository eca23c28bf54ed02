"""What partners write never reaches the logs, at any level: a marker sent in messages, commands,
every form field (inspel, remissvar, poll, meeting form), card data and the terminal chat must not
appear in any log record (message, args, exception text) with every logger at DEBUG."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from bot.chat import run_chat
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from tests import builders as b
from tests.conftest import RunningBot, make_settings
from tests.input_support import COORDINATOR, KUMLA_ANNA, PENDING_PER, InputBot, card_of, submit_data

MARKER = f"zqxmarker{uuid.uuid4().hex[:10]}"


class Everything(logging.Handler):
    """Formats every record it sees, exception and stack included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.text = io.StringIO()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        try:
            self.text.write(self.format(record) + "\n")
        except Exception as exc:  # a record that cannot be formatted is a finding too
            self.text.write(f"UNFORMATTABLE {record.name} {record.msg!r} {exc}\n")


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> Iterator[Everything]:
    handler = Everything()
    root = logging.getLogger()
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    levels = {lg.name: lg.level for lg in loggers}
    caplog.set_level(logging.DEBUG)
    root.addHandler(handler)
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        if not lg.propagate:
            lg.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for lg in loggers:
            lg.setLevel(levels[lg.name])
            if handler in lg.handlers:
                lg.removeHandler(handler)


def _leaks(handler: Everything, caplog: pytest.LogCaptureFixture) -> list[str]:
    found: list[str] = []
    for record in [*handler.records, *caplog.records]:
        parts = [str(record.msg), repr(record.args), record.exc_text or "", record.stack_info or ""]
        try:
            parts.append(record.getMessage())
        except Exception:
            pass
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        if any(MARKER in part.casefold() for part in parts):
            found.append(f"{record.name}:{record.levelname}: {str(record.msg)[:160]}")
    if MARKER in handler.text.getvalue().casefold():
        found.append("in the formatted output")
    return found


@pytest.fixture
async def harness(database_url: str, tmp_path: Any, clock: Any, connector: Any) -> AsyncIterator[InputBot]:
    async with InputBot.running(database_url, tmp_path, clock, connector) as harness:
        yield harness


async def test_nothing_a_user_writes_is_logged(harness: InputBot, all_logs: Everything,
                                               caplog: pytest.LogCaptureFixture) -> None:
    bot: RunningBot = harness.bot  # type: ignore[assignment]
    url, m = bot.service_url, MARKER
    assert logging.getLogger("sqlalchemy.engine").isEnabledFor(logging.DEBUG)
    # Messages, questions and command arguments, in the personal chat and in a channel.
    for text in (f"Vad händer med {m}?", f"organisation {m}", f"inspel {m}", f"remissvar {m}", f"hjälp {m}",
                 f"påminnelser {m}"):
        await bot.post(b.personal_message(url, text, KUMLA_ANNA))
    await bot.post(b.channel_message(url, f"När går remissen ut {m}?", KUMLA_ANNA))
    for text in (f"omröstning {m}? | {m}1 | {m}2 | stänger 2021-03-10 16:00", f"omröstning {m}",
                 f"anstånd {m} 2021-10-15", f"personuppgifter {m}", f"personuppgifter radera {m} bekräfta",
                 f"flytta möte {m}", f"ställ in möte {m}", f"organisation bekräfta {m}", f"omröstning stäng {m}"):
        await bot.post(b.personal_message(url, text, COORDINATOR))
    # Inspel: a valid form with the marker everywhere it fits, then invalid ones.
    _, body = await bot.post(b.task_fetch(url, "inspel.open", KUMLA_ANNA))
    form = submit_data(card_of(body))
    inspel = {"topic": "annat", "change": f"Ändra {m}", "reason": f"Därför {m}", "reference": f"https://x.se/{m}"}
    await bot.post(b.task_submit(url, {**form, **inspel}, KUMLA_ANNA))
    await bot.post(b.task_submit(url, {**form, "topic": m, "change": m * 200, "reason": "", "reference": m},
                                 KUMLA_ANNA))
    await bot.post(b.task_submit(url, {**form, **inspel, "inspel_id": m}, KUMLA_ANNA))
    # Remissvar: a draft, an invalid submission, a conflict.
    _, body = await bot.post(b.task_fetch(url, OPEN_REMISSVAR_ACTION, KUMLA_ANNA))
    remiss = card_of(body)
    fields = {"position": m, "comment_vision": m, "comment_prioriteringar": m * 100, "decided_by": m,
              "decision_date": m, "diarienummer": m, "protocol_link": f"javascript:{m}"}
    await bot.post(b.task_submit(url, {**submit_data(remiss, "Skicka in"), **fields}, KUMLA_ANNA))
    await bot.post(b.task_submit(url, {**submit_data(remiss, "Spara"), "comment_vision": f"Utkast {m}"}, KUMLA_ANNA))
    await bot.post(b.task_submit(url, {**submit_data(remiss, "Spara"), "comment_vision": f"Krock {m}"}, KUMLA_ANNA))
    await bot.post(b.task_submit(url, {"action": "remissvar.save", "version": m, "intent": m}, KUMLA_ANNA))
    # Poll votes with junk, card data with the marker in ids and values.
    await bot.post(b.card_execute(url, "poll.vote", {"poll_id": 1, "option": m}, KUMLA_ANNA))
    await bot.post(b.card_execute(url, "poll.vote", {"poll_id": m, "option": 0}, KUMLA_ANNA))
    await bot.post(b.card_execute(url, m, {"x": m}, KUMLA_ANNA))
    await bot.post(b.card_submit(url, {"action": m, "value": m}, KUMLA_ANNA))
    await bot.post(b.card_submit(url, {"action": "org.choose", "organisation": m}, PENDING_PER))
    await bot.post(b.card_submit(url, {"action": "org.confirm", "user": m, "organisation": m}, COORDINATOR))
    await bot.post(b.card_submit(url, {"action": "inspel.withdraw", "inspel_id": m}, KUMLA_ANNA))
    await bot.post(b.card_submit(url, {"action": "gdpr.delete", "user": m}, COORDINATOR))
    await bot.post(b.task_fetch(url, "inspel.open", KUMLA_ANNA, inspel_id=m))
    # The meeting form: valid (the name and preparation are free text) and invalid.
    meeting = {"action": "reminders.meeting.save", "name": f"Möte {m}", "date": "2021-04-01", "time": "10:00",
               "link": f"https://teams.example/{m}", "prepare": f"Läs {m}"}
    await bot.post(b.card_submit(url, meeting, COORDINATOR))
    await bot.post(b.card_submit(url, {**meeting, "date": m, "time": m, "link": m, "id": m}, COORDINATOR))
    await bot.post(b.card_submit(url, {**meeting, "time": m}, COORDINATOR))
    await bot.post(b.card_submit(url, {**meeting, "link": f"http://{m}"}, COORDINATOR))
    await bot.services.inputs.polls.idle()
    # Make sure something was logged at all (the capture works) and nothing of the marker.
    assert len(all_logs.records) > 20
    assert _leaks(all_logs, caplog) == []


async def test_nothing_typed_in_the_terminal_chat_is_logged(tmp_path: Any, all_logs: Everything,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    url = f"sqlite:///{tmp_path / 'chat.db'}"
    settings = make_settings(url, data_dir=tmp_path, now="2021-02-15T10:00:00")
    m = MARKER
    lines = [f"Vad är {m}?", "inspel", "1", "1", "2", f"Ändra {m}", f"Därför {m}", f"https://x.se/{m}",
             "inspel", "1", "1", "avbryt", "0", "/kanal", f"omröstning {m}? | a{m} | b{m}", "1", "2", "/chatt",
             f"personuppgifter {m}", "sluta"]
    out = io.StringIO()
    await run_chat(settings, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out, handle="coordinator",
                   organisation="Kumla")
    assert "Tack! Ditt inspel #1 är sparat." in out.getvalue()
    assert "Tack, din röst är räknad." in out.getvalue()
    assert _leaks(all_logs, caplog) == []
