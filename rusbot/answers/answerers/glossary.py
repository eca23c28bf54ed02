"""What a word means ("vad betyder remiss?", "vad står RF för?", "skillnaden mellan inspel och
remissvar"): the process file's glossary, each word asked about in the question's order. The bot's
own features carry the same names as two of the words (inspel, remissvar); what they are in the bot
follows the word's meaning in the process."""

from __future__ import annotations

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.process.model import GlossaryEntry, Language

# The bot's features by the word for them: what a partner does with them here.
_FEATURES = {
    "inspel": ("I boten är ett **inspel** ditt förslag på vad som ska uppdateras i RUS: du lämnar det, ser dina "
               "inspel och kan ändra eller dra tillbaka dem (kommandot **inspel**).",
               "In the bot, an **inspel** (input) is your proposal for what should be updated in RUS: you give it, "
               "see your input and can edit or withdraw it (the command **input**)."),
    "remissvar": ("I boten är **remissvaret** organisationens formella svar på remissen, ett per organisation: "
                  "organisationens bekräftade företrädare sparar utkast, skickar in och får ett kvitto (kommandot "
                  "**remissvar**).",
                  "In the bot, the **remissvar** is the organisation's formal consultation response, one per "
                  "organisation: its confirmed representatives save drafts, submit it and get a receipt (the command "
                  "**remissvar**)."),
}


def _feature_of(entry: GlossaryEntry, asked_words: set[str]) -> str | None:
    for word in _FEATURES:
        if word in asked_words and any(word in tokens(fold(term)) for term in entry.terms):
            return word
    return None


def definition(kit: Kit, q: Asked) -> Answer:
    lang: Language = q.language
    entries = q.entities.terms[:3]
    if not entries:
        text = t(lang, "Det ordet förklaras inte i underlaget om uppdateringen. Ord som jag kan förklara är till "
                       "exempel " + _examples(kit, lang) + ".",
                 "That word is not explained in the material about the update. Words I can explain include "
                 + _examples(kit, lang) + ".")
        return kit.answer(q, text, confident=False, topic="definition")
    asked = set(tokens(fold(q.text)))
    lines: list[str] = []
    sources: list[str] = []
    for entry in entries:
        # The bot's own meaning of a word first: a partner asking "vad är ett inspel?" is about to give one.
        feature = _feature_of(entry, asked)
        if feature is not None:
            sv, en = _FEATURES[feature]
            lines.append(t(lang, sv, en))
        lines.append(entry.text.get(lang))
        sources.append(entry.source)
    if "DIFFERENCE" in q.entities.concepts and len(entries) == 1:
        lines.append(t(lang, "Vad det andra ordet betyder vet jag inte – det förklaras inte i underlaget.",
                       "The other word is not explained in the material, so I cannot compare them."))
    return kit.answer(q, "\n\n".join(lines), sources, topic="definition")


def _examples(kit: Kit, lang: Language) -> str:
    words = [entry.terms[0] for entry in kit.process.glossary[:6]]
    return ", ".join(f"*{w}*" for w in words) if words else t(lang, "inga", "none")
