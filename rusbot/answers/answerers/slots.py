"""The slot a question asks about the consultation's days, answered first from the timeline: a count or a day the
asker puts forward to be confirmed ("Det är en vecka kvar va?", "sista dagen imorgon eller idag?"), or how long
until the consultation comes ("hur länge dröjer det innan remissen kommer?").

Blind batch 36: these were answered with what is around the slot (how to send a remissvar, the day's place in the
timeline, the check-in named beside it) and the asker had to work the number or the yes/no out. Whatever intent
the model read, the lead says the number, the day or the yes/no; the answer the intent gives follows it, or is
left out when it only says the dates again (see the engine's `_answer_one`).
"""

from __future__ import annotations

import re

from rusbot.answers.kit import Asked, Kit, folded, t
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick
from rusbot.i18n import days_phrase, format_date, format_fuzzy

# A count put forward: "en vecka kvar", "3 dagar kvar", "two weeks left", "tio dagar återstår".
_NUMBERS = {"en": 1, "ett": 1, "one": 1, "a": 1, "an": 1, "tva": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4,
            "four": 4, "fem": 5, "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7, "atta": 8, "eight": 8,
            "nio": 9, "nine": 9, "tio": 10, "ten": 10, "elva": 11, "eleven": 11, "tolv": 12, "twelve": 12,
            "fjorton": 14, "fourteen": 14}
_COUNT = re.compile(r"\b(\d{1,3}|" + "|".join(_NUMBERS) + r")\s+(dag|dagar|vecka|veckor|day|days|week|weeks)\s+"
                    r"(?:\w+\s+)?(?:kvar|left|remaining|aterstar|to go)\b")
# "… kvar av augusti", "left of August", "kvar på sommaren": what is left of a month or season, not of the plan.
_OF_MONTH = re.compile(r"\s+(?:av|pa|i|of|in)\s+(?:the\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|"
                       r"september|oktober|november|december|january|february|march|may|june|july|august|october|"
                       r"sommar\w*|summer|manaden|month|aret|year|hosten|autumn|fall|terminen)\b")
# An open question beside the day named: the day only sets when ("när stänger den, räknat från idag?").
_OPEN_ASKED = re.compile(r"\b(?:nar|vad|vilken|vilket|vilka|hur|when|what|which|how)\b")
# A count asked for, not put forward: "hur många dagar kvar?" is the days-left answer's own question.
_COUNT_ASKED = re.compile(r"\b(?:hur manga|how many|hur lang|how long|hur mycket|how much)\b")
# A day put forward: "idag", "i morgon", "tomorrow".
_DAYS = (("idag", 0), ("i dag", 0), ("today", 0), ("imorgon", 1), ("i morgon", 1), ("tomorrow", 1),
         ("i overmorgon", 2), ("iovermorgon", 2), ("overmorgon", 2), ("day after tomorrow", 2))
_DAY = re.compile(r"\b(?:" + "|".join(sorted((re.escape(w) for w, _ in _DAYS), key=len, reverse=True)) + r")\b")
_OFFSETS = dict(_DAYS)
# Of the consultation's last day: "sista dagen", "deadline", "stänger", "last day".
_LAST_DAY = re.compile(r"\b(?:sista (?:dag|dagen|svarsdag|svarsdagen|datum|datumet)|sista svarsdag\w*|deadline\w*|"
                       r"stanger|stangs|slutar|last day|closes|ends|due)\b")
# "hur länge dröjer det innan remissen kommer", "how long until the consultation opens".
_HOW_LONG = Quick(re.compile(r"\b(?:hur lang tid|hur lange|hur langt|drojer|how long|how soon|how far)\b"))
_ARRIVES = re.compile(r"\b(?:kommer|oppnar|oppnas|borjar|startar|skickas|gar ut|kommer ut|opens|starts|begins|"
                      r"comes|arrives|goes out|is sent)\b")
_CONSULTATION = frozenset({"CONSULT", "RESPOND"})


def lead(kit: Kit, q: Asked) -> str | None:
    """The sentence that answers the slot asked; None when no such slot is asked."""
    if kit.process.consultation_item is None:
        return None
    text = folded(q.text)
    c = q.entities.concepts
    if "?" not in q.text and not re.search(r"\b(?:va|eller|ja|right|eh)\s*$", text):
        return None
    if (said := _day_put_forward(kit, q, text, c)) is not None:
        return said
    if (said := _count_put_forward(kit, q, text, c)) is not None:
        return said
    if (said := _until_it_comes(kit, q, text, c)) is not None:
        return said
    return None


def _day_put_forward(kit: Kit, q: Asked, text: str, c: set[str] | frozenset[str]) -> str | None:
    """"sista dagen imorgon eller idag?", "is the deadline today?": which of the days named is the last day."""
    named = [m.group(0) for m in _DAY.finditer(text)]
    if not named or not _LAST_DAY.search(text) or not (c & _CONSULTATION or "remiss" in text):
        return None
    if "MEETING" in c:
        return None         # "är avstämningen imorgon?": the meeting's day, not the consultation's
    _, _, _, last, _ = kit.consultation_parts()
    if last is None:
        return None
    lang, today = q.language, q.today
    delta = (last - today).days
    if delta < 0 or delta > 2:
        # "Sista dagen för remissen är väl idag?" a month ahead was answered "Ja, … pågår" by the open-or-not
        # answer (b80 #70): a day put forward that is not the last is refuted. (Not where the day only sets when
        # something else is asked: "när stänger den, räknat från idag?", "hur många dagar kvar idag?".)
        if _OPEN_ASKED.search(text) or _COUNT_ASKED.search(text):
            return None
        last_f = format_date(last, lang, weekday=True)
        when = kit.when_relative(last, today, lang)
        return t(lang, f"Nej – remissens sista dag {'var' if delta < 0 else 'är'} {last_f} ({when}).",
                 f"No – the consultation's last day {'was' if delta < 0 else 'is'} {last_f} ({when}).")
    offsets = list(dict.fromkeys(_OFFSETS[w] for w in named))
    when = kit.when_relative(last, today, lang) if delta < 2 else t(lang, "i övermorgon", "the day after tomorrow")
    last_f = format_date(last, lang, weekday=True)
    said = t(lang, f"remissens sista dag är {when}, {last_f}.", f"the consultation's last day is {when}, {last_f}.")
    if len(offsets) > 1 and delta in offsets:
        # An alternative ("imorgon eller idag?"): the one that is right, first.
        return t(lang, f"{when[:1].upper()}{when[1:]}: {last_f} är remissens sista dag.",
                 f"{when[:1].upper()}{when[1:]}: {last_f} is the consultation's last day.")
    if len(offsets) > 1:
        return t(lang, f"Ingetdera – {said}", f"Neither – {said}")
    return t(lang, "Ja – ", "Yes – ") + said if offsets[0] == delta else t(lang, "Nej – ", "No – ") + said


def _count_put_forward(kit: Kit, q: Asked, text: str, c: set[str] | frozenset[str]) -> str | None:
    """"Det är en vecka kvar va?", "ten days left, right?": the days left to the consultation's last day, and
    whether the count put forward is that."""
    m = _COUNT.search(text)
    if m is None or _COUNT_ASKED.search(text) or c & {"MEETING", "READY"} or q.entities.phase_index is not None:
        return None
    if _OF_MONTH.match(text, m.end()):
        return None         # "två veckor kvar av augusti": the month's rest, no count of the consultation put forward
    _, s_lo, _, last, _ = kit.consultation_parts()
    lang, today = q.language, q.today
    if last is None or today > last:
        return None
    if not (c & _CONSULTATION or "remiss" in text) and not s_lo <= today:
        return None         # before the consultation a count of days left is not of it unless it is named
    number = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    weeks = m.group(2).startswith(("vecka", "veckor", "week"))
    put = number * 7 if weeks else number
    item = kit.process.consultation_item
    if today < s_lo and item is not None and item.first is not None and not _LAST_DAY.search(text) and not re.search(
            r"\b(?:svar\w*|respon\w*|answer\w*|submit\w*)\b", text) and re.search(
            r"\b(?:till|tills|innan|fore|until|before|to)\s+(?:the\s+)?(?:remiss\w*|consultation)", text):
        # "typ en vecka kvar till remissen?" before it opens: the time to its opening, which the plan gives only
        # approximately ("mitten av juni") – not the days to its last day.
        lo, hi = (s_lo - today).days, (kit.consultation_parts()[2] - today).days
        fuzzy = format_fuzzy(item.first, lang)
        near = lo - (3 if weeks else 1) <= put <= hi + (3 if weeks else 1)
        # (The span of days is our reading of "mitten av juni", not the plan's words: it decides yes or no, unsaid.)
        when = t(lang, f"remissen öppnar enligt tidplanen i {fuzzy}; exakt startdag anges inte.",
                 f"according to the timeline the consultation opens in {fuzzy}; the exact start day is not given.")
        return (t(lang, "Ja, ungefär – ", "Yes, roughly – ") if near else t(lang, "Nej – ", "No – ")) + when
    left = (last - today).days
    last_f = format_date(last, lang, weekday=True)
    count = t(lang, f"**{days_phrase(left)} kvar** till remissens sista dag, {last_f}.",
              f"**{days_phrase(left, 'en')} left** until the consultation's last day, {last_f}.")
    if today < s_lo and item is not None and item.first is not None:
        count += t(lang, f" Remissen har inte öppnat än (planerad {format_fuzzy(item.first, lang)}).",
                   f" The consultation has not opened yet (planned {format_fuzzy(item.first, lang)}).")
    if left == put:
        return t(lang, "Ja – ", "Yes – ") + count
    if weeks and abs(left - put) <= 2:
        return t(lang, "Ja, ungefär – ", "Yes, roughly – ") + count
    return t(lang, "Nej – ", "No – ") + count


def _until_it_comes(kit: Kit, q: Asked, text: str, c: set[str] | frozenset[str]) -> str | None:
    """"hur länge dröjer det innan remissen kommer?" before it opens: about how many weeks, the start being
    approximate."""
    if not (_HOW_LONG.search(text) and _ARRIVES.search(text) and c & _CONSULTATION) or _LAST_DAY.search(text):
        return None
    if re.search(r"\b(?:svara|svaret|remissvar\w*|respond|answer|submit|pagar|paga|varar|lasts?|haller (?:\w+ )?pa|"
                 r"go(?:es)? on|runs?)\b", text):
        return None         # the time to answer, or the consultation's length: the days-left answer's
    item, s_lo, _, _, _ = kit.consultation_parts()
    lang, today = q.language, q.today
    if today >= s_lo or item.first is None:
        return None
    weeks = kit.weeks_to_opening(today)
    if weeks < 2:
        return None
    months = round(weeks / 4.35)
    about = t(lang, f" (runt {_MONTHS_SV[months]} månader)", f" (around {_MONTHS_EN[months]} months)") if (
        months in _MONTHS_SV) else ""
    return t(lang, f"Ungefär {weeks} veckor{about}: remissen kommer enligt tidplanen i "
                   f"{format_fuzzy(item.first, lang)}; exakt startdag anges inte.",
             f"About {weeks} weeks{about}: according to the timeline the consultation comes in "
             f"{format_fuzzy(item.first, lang)}; the exact start day is not given.")


_MONTHS_SV = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio",
              11: "elva", 12: "tolv"}
_MONTHS_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
              11: "eleven", 12: "twelve"}


# A legal status asked ("ett lagkrav eller ledningens eget beslut?", "ett formellt samråd i juridisk mening?",
# "statutory requirement"): the material cites no law and gives nothing a legal standing, so that is said first, then
# what it does say. ("lag" alone is left out: it is also a team.)
_LEGAL = Quick(re.compile(r"\b(?:lagen|lagkrav\w*|lagstadga\w*|lagstift\w*|lagregler\w*|lagbunden\w*|forordning\w*|"
                          r"juridisk\w*|i lag|enligt lag|statut\w*|law|laws|legal\w*|legislat\w*|regulations?)\b"))
_REVIEW_WORDS = re.compile(r"\b(?:oversyn\w*|uppdater\w*|revider\w*|review\w*|update\w*|revision\w*|grund\w*|"
                           r"basis|based)\b")
_OTHER_STEP = re.compile(r"\b(?:samrad\w*|remiss\w*|consultation\w*)\b")


def legal_status(kit: Kit, q: Asked) -> Answer | None:
    """"Is the update a statutory requirement or the leadership's own decision?": no law is cited; RUS is reviewed
    every mandate period and the leadership gave the mandate because of events in the world. "Är avstämningen ett
    formellt samråd i juridisk mening?": its legal standing is not described; what the check-in is, and that the
    consultation is another step."""
    text = folded(q.text)
    if not _LEGAL.search(text):
        return None
    from rusbot.answers.answerers import facts, meetings

    lang, c = q.language, q.entities.concepts
    if "MEETING" in c:
        meeting = meetings.check_in(kit, q)
        what = t(lang, "avstämningen" if "avstamning" in text else "mötet",
                 "check-in" if re.search(r"check.?in", text) else "meeting")
        lead = t(lang, f"Vilken juridisk status {what} har beskriver underlaget inte.",
                 f"The material does not describe the {what}'s legal status.")
        parts = [lead, meeting.text]
        sources = list(meeting.sources)
        item = kit.process.consultation_item
        if _OTHER_STEP.search(text) and item is not None and item.first is not None and item.last is not None:
            parts.append(t(lang, f"Remissen är ett annat, senare steg: {format_fuzzy(item.first, lang)} till och med "
                                 f"{format_fuzzy(item.last, lang)}.",
                           f"The consultation is another, later step: {format_fuzzy(item.first, lang)} through "
                           f"{format_fuzzy(item.last, lang)}."))
            sources.append(item.source)
        return kit.answer(q, "\n\n".join(parts), sources, topic="check_in")
    if not ("REVIEW" in c or _REVIEW_WORDS.search(text)) or "PARTNERSHIP" in c or any(
            x.startswith(("ROLE:", "ORG:")) and x != "ROLE:regionledningen" for x in c):
        return None         # "är partnerskapets beslut bindande i juridisk mening?" asks of a body, not the review
    why, sources = facts.why_reviewed(kit, lang)
    if not why:
        return None
    position = next((f for f in kit.process.facts if f.topic == "mandate" and "stallningstagande" in folded(f.text.sv)),
                    None)
    text_out = t(lang, "Underlaget hänvisar inte till någon lag. ", "The material cites no law. ") + why
    if position is not None:
        text_out += " " + position.text.get(lang)
        sources = [*sources, position.source]
    return kit.answer(q, text_out, sources, topic="mandate")
