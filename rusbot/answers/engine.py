# placeholder until the answers branch lands
import datetime as dt

from rusbot.answers.model import Answer
from rusbot.i18n import detect_language
from rusbot.process.model import Process


class AnswerEngine:
    def __init__(self, process: Process) -> None:
        self.process = process

    def answer(self, question: str, now: dt.datetime) -> Answer:
        lang = detect_language(question)
        if "remiss" in question.casefold():
            item = self.process.consultation_item
            assert item is not None
            return Answer(topic="consultation.dates", language=lang, text=item.text.get(lang), sources=[item.source])
        return Answer(topic="unknown", language=lang, text="Det vet jag inte.", confident=False)
