"""What the material says on a question it does not answer: instead of a bare "I don't know", the one to three
statements of the process file the question shares its distinctive words with (rusbot/answers/evidence.py), in
their own words and with their sources, and that the material says no more. Nothing is added to them."""

from __future__ import annotations

import re

from rusbot.answers.kit import Asked, Kit, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer

# Subjects that are no part of any process file however many of its words they share: the weather, the county's
# figures, elections and parties, budgets and prices, who holds an office (word beginnings, folded).
_OFF_TOPIC = re.compile(r"\b(?:vader|vadret|regn|sno|weather|rain|snow|befolkning|invanare|folkmangd|population|"
                        r"inhabitants|residents|arbetsloshet|unemployment|skattesats|riksdagsval|regionval|election|"
                        r"rosta|rostade|vote|voting|ledamot|ledamoter|budget|kostar|kostnad|cost|price|ordforande|"
                        r"chair|regionrad|landshovding|politiker|politician|hotell|hotel|parkering|parking|losenord|"
                        r"password|download)\w*|"
                        # whole words only ("mat", not "material"; "parti", not "participate")
                        r"\b(?:valet|val till|parti|partier|partiet|partierna|party|parties|pris|priset|fika|lunch|"
                        r"kaffe|coffee|mat|maten|food|ladda ner|kopia|copy)\b|"
                        # the bot's own opinion, or something written for the asker
                        r"\b(?:tycker du|du tycker|tror du|you think|do you like|at oss|at mig|for me|for us)\b|"
                        # who someone is, who sits where: people, whom no process file names
                        r"\b(?:vem|vilka) sitter\b|\bwho sits\b|\bvem ar\b(?! med)|\bwho is\b(?! (?:in|part|on))")
# The bot itself and its features (the coordinators, mail, receipts, what is stored): answered by the bot's own
# answers or not at all, never by the process file's words.
_ABOUT_THE_BOT = frozenset({"HUMAN", "MAKER", "LANGUAGE", "REMIND", "EMAIL", "RECEIPT", "EXPORT", "TAB",
                            "ERASE", "PERSONAL", "SAVE", "CONTACT"})
# From this probability of "out of scope" on, the model has learnt that the material does not answer such a
# question, and the answer says so first.
SURE_NOT_SAID = 0.7
_FIRST_WORD = re.compile(r"(?:^|[.!?:]\s+|\n)\W*$")


def _unknown_name(kit: Kit, text: str) -> bool:
    """Whether the question names someone or something by a capitalised word the file has no word for ("Per
    Eriksson", "Värmland", "Agenda 2030"): what it asks is about them, not about what the file says."""
    for m in re.finditer(r"[A-ZÅÄÖ][\wåäöÅÄÖ/:-]*", text):
        if _FIRST_WORD.search(text[:m.start()]) or len(m.group(0)) < 2:
            continue
        if not kit.evidence.knows(m.group(0)):
            return True
    return False


def what_it_says(kit: Kit, q: Asked) -> Answer | None:
    """"Vad innebär landsbygdsutveckling här, får landsbygden mer pengar?": what the material says on the words
    asked about, then that it says no more. None when it says nothing on them, or the question is about
    something no process file speaks of (the weather, an election, a named person, another region)."""
    e = q.entities
    owner = kit.process.consultation.sender if kit.process.consultation is not None else None
    if e.unknown_name or any(o.id != owner for o in e.organisations):
        return None     # another body's strategy, one member's view: the file says nothing of them
    if e.concepts & _ABOUT_THE_BOT:
        return None
    folded = " ".join(tokens(fold(q.text)))
    if _OFF_TOPIC.search(folded) or _unknown_name(kit, q.text):
        return None
    found = kit.evidence.find(q.text)
    if not found:
        return None
    lang = q.language
    said = [s.text.get(lang) for s in found]
    listed = f" {said[0]}" if len(said) == 1 else "\n" + "\n".join(f"- {x}" for x in said)
    if q.intent == "out_of_scope" and q.confidence >= SURE_NOT_SAID:
        # The model is sure the material does not answer this (it learnt such questions): that first, then what
        # the material does say on the words asked about.
        text = t(lang, f"Det vet jag inte – det står inte i underlaget. Det enda underlaget säger om det är:{listed}",
                 f"I don't know – that is not in the material. All the material says on it is:{listed}")
    else:
        end = "\n\n" if len(said) > 1 else " "
        text = t(lang, f"Underlaget säger om det:{listed}{end}Mer än så står inte i underlaget.",
                 f"What the material says on that:{listed}{end}The material says no more than that.")
    return kit.answer(q, text, [s.source for s in found], confident=False, topic="unknown")
