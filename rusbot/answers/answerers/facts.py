"""Static facts of the process file: what RUS is, the purpose, the mandate, why the review, the
ways of working."""

from __future__ import annotations

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.model import Answer


def facts(kit: Kit, q: Asked, topic: str) -> Answer:
    found = [f for f in kit.process.facts if f.topic == topic]
    if not found:
        return kit.answer(q, t(q.language, "Det står inte i underlaget om uppdateringen.",
                               "That is not in the material about the update."), confident=False)
    lang = q.language
    text = "\n".join(f"- {f.text.get(lang)}" for f in found) if len(found) > 1 else found[0].text.get(lang)
    return kit.answer(q, text, [f.source for f in found])


def rus(kit: Kit, q: Asked) -> Answer:
    return facts(kit, q, "rus")


def purpose(kit: Kit, q: Asked) -> Answer:
    return facts(kit, q, "purpose")


def mandate(kit: Kit, q: Asked) -> Answer:
    return facts(kit, q, "mandate")


def why_review(kit: Kit, q: Asked) -> Answer:
    drivers = kit.process.drivers
    if not drivers:
        return facts(kit, q, "mandate")
    lang = q.language
    mandate_ = [f for f in kit.process.facts if f.topic == "mandate"][:1]
    lines = [mandate_[0].text.get(lang)] if mandate_ else []
    lines.append(t(lang, "**Händelser i omvärlden bakom översynen:**", "**Events in the world behind the review:**"))
    lines += [f"- {d.text.get(lang)}" for d in drivers]
    return kit.answer(q, "\n".join(lines), [*(f.source for f in mandate_), *(d.source for d in drivers)])


def ways_of_working(kit: Kit, q: Asked) -> Answer:
    ways = kit.process.ways_of_working
    lang = q.language
    if not ways:
        return kit.answer(q, t(lang, "Underlaget beskriver inget särskilt arbetssätt.",
                               "The material describes no particular way of working."), confident=False)
    lines = [f"- **{w.name.get(lang)}** – {w.text.get(lang)}" for w in ways]
    return kit.answer(q, "\n".join(lines), [w.source for w in ways])
