"""The question mix: what partners ask, in both languages, with typos and casual phrasing.
No commands (those are not question turns)."""

from __future__ import annotations

import datetime as dt

from rusbot.clock import STOCKHOLM

QUESTIONS = (
    "När går remissen ut?",
    "Vem bestämmer vad som ska uppdateras?",
    "Vad händer nu?",
    "Vad är nästa steg?",
    "Är remissen öppen?",
    "Hur många dagar är kvar?",
    "remiss deadline",
    "vem e med i partnerskapet",
    "Vad är RUS?",
    "Varför revideras strategin nu?",
    "nar ar sista dagen for remissvar",
    "Vad hände den 11 mars?",
    "Vilka kommuner är med?",
    "Vem beslutar om strategin till slut?",
    "Hur jobbar vi?",
    "Vad ville kommunerna?",
    "When does the consultation open?",
    "Who decides what is updated?",
    "What is happening now?",
    "How many days are left to respond?",
    "Who is in the partnership?",
    "What is RUS?",
    "tack!",
    "Hej",
)

# Before, during and after the consultation (mid-June to 30 September 2021).
MOMENTS = (
    dt.datetime(2021, 2, 15, 10, 0, tzinfo=STOCKHOLM),
    dt.datetime(2021, 7, 1, 10, 0, tzinfo=STOCKHOLM),
    dt.datetime(2021, 10, 15, 10, 0, tzinfo=STOCKHOLM),
)
