"""`python -m benchmarks.ask`: a batch through the whole bot, written as the user sees it."""

from __future__ import annotations

from pathlib import Path

from benchmarks import ask


def test_a_batch_is_answered_as_the_user_sees_it(tmp_path: Path) -> None:
    batch = tmp_path / "batch.yaml"
    batch.write_text('- {q: "Jag vill lämna ett inspel", now: "2021-02-15T10:00:00+01:00"}\n'
                     '- {q: "vilken fas är vi i", now: "2021-07-01T10:00:00+02:00"}\n'
                     '- "Är Kumla med?"\n', encoding="utf-8")
    out = tmp_path / "answers.md"
    assert ask.main([str(batch), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## 1. Jag vill lämna ett inspel" in text and "_asked 2021-02-15T10:00:00+01:00_" in text
    assert "[Nytt inspel] (opens the dialog `inspel.open`)" in text
    assert "Enligt tidplanen är vi i **Fas 2**" in text
    assert "## 3. Är Kumla med?" in text and "Buttons: [" in text
    assert "intent" not in text.lower() and "confidence" not in text.lower()


def test_in_a_channel_the_not_sure_card_is_described(tmp_path: Path) -> None:
    from rusbot.answers.engine import AnswerEngine
    from rusbot.process.loader import load_process
    from tests.protocol.test_questions_features import VAGUE

    engine = AnswerEngine(load_process())
    moment = ask._moment(None, ask.DEFAULT_NOW)
    vague = next(q for q in VAGUE if engine.answer(q, moment).topic == "unsure")
    batch = tmp_path / "batch.yaml"
    batch.write_text(f'- "{vague}"\n', encoding="utf-8")
    out = tmp_path / "answers.md"
    assert ask.main([str(batch), "--out", str(out), "--channel"]) == 0
    assert "(asks: " in out.read_text(encoding="utf-8")
