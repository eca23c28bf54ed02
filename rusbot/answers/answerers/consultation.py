"""The consultation (remiss): its dates, whether it is open, the days left, who responds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from rusbot.answers.answerers import people, talk
from rusbot.answers.answerers.counts import holiday_day
from rusbot.answers.kit import Asked, Kit, asks_must_we, folded, folded_words, lower_first, split_sentences, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import after_phases, item_bounds, item_when
from rusbot.i18n import days_phrase, format_date, format_end, format_fuzzy, format_fuzzy_at, join_list
from rusbot.markdown import literal
from rusbot.process.model import Language, Organisation, TimelineItem


def status_text(kit: Kit, today: dt.date, lang: Language) -> str:
    item, s_lo, s_hi, last, e_hi = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    start_f = format_fuzzy_at(item.first, lang)
    end_f = format_end(item.last, lang)
    end_clause = t(lang, f"Sista dagen är {end_f}.", f"The last day is {end_f}.") if last else t(
        lang, f"Den slutar {format_fuzzy_at(item.last, lang)}; exakt sista dag anges inte i tidplanen.",
        f"It ends {format_fuzzy_at(item.last, lang)}; the timeline does not give the exact last day.")
    if today < s_lo:
        opens = f" ({kit.when_relative(s_lo, today, lang)})" if item.first.is_exact else ""
        return t(lang, f"Nej, remissen har inte öppnat än. Den är planerad att öppna {start_f}{opens}. ",
                 f"No, the consultation has not opened yet. It is planned to open {start_f}{opens}. ") + end_clause
    if today <= s_hi and not item.first.is_exact:
        return t(lang,
                 f"Remissen är planerad att öppna {start_f}. Tidplanen anger inte exakt dag, så jag kan inte säga "
                 "säkert om den har öppnat i dag. ",
                 f"The consultation is planned to open {start_f}. The timeline does not give the exact day, "
                 "so I cannot say for sure whether it has opened today. ") + end_clause
    if today <= e_hi:
        if last is not None and today == last:
            return t(lang, f"Ja – **i dag är sista dagen** för remissen ({format_date(last, lang)}).",
                     f"Yes – **today is the last day** of the consultation ({format_date(last, lang)}).")
        if last is not None:
            left = (last - today).days
            return t(lang, f"Ja, enligt tidplanen pågår remissen nu, till och med {end_f} ({days_phrase(left)} kvar).",
                     f"Yes, according to the timeline the consultation is open now, through {end_f} "
                     f"({days_phrase(left, 'en')} left).")
        return t(lang, "Ja, enligt tidplanen pågår remissen nu. " + end_clause,
                 "Yes, according to the timeline the consultation is open now. " + end_clause)
    return t(lang, f"Remisstiden är slut: enligt tidplanen pågick remissen från {format_fuzzy(item.first, lang)} "
                   f"till och med {end_f}. Anstånd beviljar samordnarna.",
             f"The consultation period is over: according to the timeline it ran from {format_fuzzy(item.first, lang)} "
             f"through {end_f}. The coordinators grant extensions.")


_TIME_OF_DAY = re.compile(r"\b(?:vilken tid|hur sent|klockan|till kl|nar pa dagen|what time|how late|until when|"
                         r"vilket klockslag|time of day)\b")


def last_day_hour(kit: Kit, q: Asked) -> str | None:
    """"Sista dagen idag? Till vilken tid?": on the last day, the time of day asked is the bot's closing time
    (midnight, as README "In Teams" and the bot's remissvar tell partners); None otherwise."""
    if not _TIME_OF_DAY.search(folded(q.text)) or kit.process.consultation_item is None or kit.consultation_state(
            q.today) != "last_day":
        return None
    last = kit.consultation_parts()[3]
    assert last is not None
    last_f = format_date(last, q.language)
    return t(q.language, f"Ja, i dag ({last_f}) är remissens sista dag, och jag tar emot remissvar till midnatt i "
                         "kväll (svensk tid). Har er organisation fått anstånd gäller det datumet i stället.",
             f"Yes, today ({last_f}) is the consultation's last day, and I accept responses until midnight tonight "
             "(Swedish time). If your organisation has an extension, its date applies instead.")


# Whether the consultation has closed, or closes tonight, asked yes/no ("Remissen är stängd nu va?", "hinner vi
# lämna in ikväll eller stängde det kl 12?", "has the consultation closed?", "can we still submit tonight?").
_CLOSED_ASKED = re.compile(r"\b(?:stangd\w*|stangt|stangde|stangts|stangdes|closed|remisstiden (?:har )?(?:gatt ut|"
                           r"ar slut|tagit slut)|over now|ikvall|i kvall|tonight|this evening|i eftermiddag|"
                           r"kl\.? ?\d{1,2}|klockan \d{1,2}|at noon|lunch|vid lunch|for sent|too late|"
                           # "Remissen är slut nu va?", "the consultation is over, right?" (b75 #91)
                           r"(?:remissen|remisstiden|den) ar (?:nu |val |redan )?(?:slut|avslutad|over)|"
                           r"(?:consultation|it) is (?:now |already )?over)\b")
_ASKED_WHEN = re.compile(r"^\W*(?:nar|when|vilken tid|what time|hur|how)\b")
# The closing told as the time of something else ("vad händer nu när remissen är stängd?", "efter att remissen
# stängt", "now that it has closed"): no question whether it is closed.
_TOLD_CLOSED = re.compile(r"\b(?:nar|efter|after|when|since|now that|sedan|sen|innan|before|fore|tills?|until|"
                          r"eftersom|da)\b(?:\s+\w+){0,3}\s*$")
_SUBMIT_WORDS = re.compile(r"\b(?:remiss\w*|consultation|lamna\w*|skicka\w*|svara\w*|submit\w*|send|respond\w*)\b")


# Round 32 (b63 #77, #79, b64 #83): whether a response made it in time – sent late in the evening, sent yesterday,
# not sent today – is answered by the last day and the bot's closing time at midnight (README "In Teams").
_LATE_IN_DAY = re.compile(r"\b(?:(?:sent )?pa kvallen|sent pa dagen|late (?:in the )?(?:evening|at night|in the day)|"
                          r"in the evening)\b")
_MADE_IT = re.compile(r"\b(?:hann vi|hann ni|hann jag|hann det|did we make it|did we get it in|were we in time|"
                      r"was it in time|made it in time)\b")
_SENT_ON = re.compile(r"\b(?:skickade|lamnade|skickat|lamnat|submitted|sent)\b(?:\s+\w+){0,4}?\s+"
                      r"(?P<day>igar|i gar|yesterday|idag|i dag|today|ikvall|i kvall|tonight|i morse|this morning)\b")
_NOT_SENT_TODAY = re.compile(r"\b(?:hann (?:inte|int|ej)|didn't (?:get|manage)|did not (?:get|manage)|missed)\b"
                             r"(?:\s+\w+){0,4}?\s+(?:idag|i dag|today|i tid|in time)\b|"
                             r"\b(?:hann (?:inte|int|ej)|didn't manage|did not manage) (?:\w+ ){0,2}"
                             r"(?:skicka|lamna|submit|send)\w*\b")


def late_lead(kit: Kit, text: str, today: dt.date, lang: Language) -> str | None:
    """Whether a response sent (or to be sent) late made it: "Går det bra att skicka in sent på kvällen?" (open until
    midnight of the last day), "hann vi? vi skickade in i går kväll" (yes, when that day was no later than the last),
    "hann inte skicka idag, vad gör jag?" on the last day (still open until midnight; else an extension, which the
    coordinators grant). The bot sees only responses made in it: **remissvar** shows those. None otherwise."""
    if kit.process.consultation_item is None or kit.consultation_parts()[3] is None:
        return None
    f = folded(text)
    if not _SUBMIT_WORDS.search(f):
        return None
    state = kit.consultation_state(today)
    last = kit.consultation_parts()[3]
    assert last is not None
    last_f = format_date(last, lang)
    midnight = t(lang, f"jag tar emot remissvar till midnatt (svensk tid) på sista dagen, {last_f}",
                 f"I accept responses until midnight (Swedish time) on the last day, {last_f}")
    extension = t(lang, "Efter det går det bara med anstånd, som samordnarna beviljar.",
                  "After that only with an extension, which the coordinators grant.")
    if _MADE_IT.search(f) and (m := _SENT_ON.search(f)) is not None:
        day = today - dt.timedelta(days=1) if m.group("day") in ("igar", "i gar", "yesterday") else today
        if day > last:
            return None     # (an extension may apply: left to the answer's own reading)
        when_sv, when_en = ("i går", "yesterday") if day < today else ("i dag", "today")
        return t(lang, f"Ja – sista dagen är {last_f}, så ett svar skickat {when_sv} kom in i tid. Om svaret "
                       "skickades in här i boten visar **remissvar** det och kvittot; ett svar som lämnats på annat "
                       "sätt kan jag inte se.",
                 f"Yes – the last day is {last_f}, so a response sent {when_en} was in time. If the "
                 "response was submitted here in the bot, **response** shows it and its receipt; a response given "
                 "another way I cannot see.")
    if _NOT_SENT_TODAY.search(f) and state == "last_day":
        return t(lang, f"Det är inte för sent: i dag ({last_f}) är remissens sista dag, och jag tar emot remissvar "
                       "till midnatt i kväll (svensk tid) – öppna **remissvar** och välj **Skicka in**. " + extension,
                 f"It is not too late: today ({last_f}) is the consultation's last day, and I accept responses until "
                 "midnight tonight (Swedish time) – open **response** and choose **Submit**. " + extension)
    if _LATE_IN_DAY.search(f) and "?" in text and state in ("open", "last_day"):
        return t(lang, f"Ja – {midnight}.", f"Yes – {midnight}.")
    return None


def closed_lead(kit: Kit, text: str, today: dt.date, lang: Language) -> str | None:
    """The yes or no to "is it closed?" or "can we still submit tonight?" by the consultation's state today: on
    the last day the bot takes responses until midnight (README "In Teams"), after it only with an extension, and
    before it the consultation is still open. None when no such question is asked."""
    if kit.process.consultation_item is None or kit.consultation_parts()[3] is None:
        return None
    asked = next((x for x in split_sentences(text) if "?" in x and (m := _CLOSED_ASKED.search(folded(x)))
                  and not _ASKED_WHEN.match(folded(x)) and not _TOLD_CLOSED.search(folded(x)[:m.start()])), None)
    if asked is None or not _SUBMIT_WORDS.search(folded(text)):
        return None
    state = kit.consultation_state(today)
    last = kit.consultation_parts()[3]
    assert last is not None
    last_f = format_date(last, lang)
    if state == "last_day":
        can = re.search(r"\b(?:hinn\w*|kan|gar det|can|still|could|may)\b", folded(asked))
        late = re.search(r"\b(?:for sent|too late)\b", folded(asked))
        return t(lang, ("Nej, det är inte för sent: " if late else "Ja, ni hinner i kväll: " if can else
                        "Nej, det är inte stängt: ") + f"i dag ({last_f}) är "
                       "remissens sista dag, och jag tar emot remissvar till midnatt i kväll (svensk tid). Har er "
                       "organisation fått anstånd gäller det datumet i stället.",
                 ("No, it is not too late: " if late else "Yes, you can still submit tonight: " if can else
                  "No, it has not closed: ") + f"today ({last_f}) "
                 "is the consultation's last day, and I accept responses until midnight tonight (Swedish time). If "
                 "your organisation has an extension, its date applies instead.")
    if state == "after" and re.search(r"\b(?:stang\w*|clos\w*|slut|avslut\w*|over|gatt ut|for sent|too late)\b",
                                      folded(asked)):
        return t(lang, f"Ja, remisstiden är slut: enligt tidplanen var sista dagen {last_f}. Efter den tar jag emot "
                       "remissvar bara från en organisation som har fått anstånd; anstånd beviljar samordnarna.",
                 f"Yes, the consultation period is over: according to the timeline the last day was {last_f}. After "
                 "it I accept a response only from an organisation with an extension; the coordinators grant "
                 "extensions.")
    if state == "open" and re.search(r"\b(?:stang\w*|clos\w*|slut|over|gatt ut|for sent|too late)\b", folded(asked)):
        return t(lang, f"Nej, remissen är inte stängd: enligt tidplanen pågår den till och med {last_f} "
                       f"({days_phrase((last - today).days)} kvar).",
                 f"No, the consultation has not closed: according to the timeline it runs through {last_f} "
                 f"({days_phrase((last - today).days, 'en')} left).")
    return None


def now_text(kit: Kit, today: dt.date, lang: Language, asked_on: dt.date | None = None) -> str:
    """The consultation as a line of "what is going on now" (no yes/no); `today` is the day described, and
    `asked_on`, when it is another, the day the question is asked: then no "i dag" and no days left are said of it
    ("sista dagen imorgon eller idag?" asked on 29 September is about 30 September, which is not today)."""
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    state = kit.consultation_state(today)
    end_f = format_end(item.last, lang)
    if asked_on is not None and asked_on != today and state in ("last_day", "open"):
        if state == "last_day":
            return t(lang, f"**remissens sista dag** ({end_f}).", f"**the consultation's last day** ({end_f}).")
        return t(lang, f"pågår, till och med {end_f}.", f"open, through {end_f}.")
    if state == "opening":
        return t(lang, f"planerad att öppna {format_fuzzy_at(item.first, lang)}; exakt dag anges inte. "
                       f"Den pågår till och med {end_f}.",
                 f"planned to open {format_fuzzy_at(item.first, lang)}; the exact day is not given. "
                 f"It runs through {end_f}.")
    if state == "last_day":
        return t(lang, f"**i dag är sista dagen** ({end_f}).", f"**today is the last day** ({end_f}).")
    if state == "open" and last is not None:
        left = (last - today).days
        return t(lang, f"pågår, till och med {end_f} ({days_phrase(left)} kvar).",
                 f"open, through {end_f} ({days_phrase(left, 'en')} left).")
    return status_text(kit, today, lang)


# Adding to a response later; read by features.extension too.
LATER = frozenset("komplettera kompletterar kompletteringar komplettering senare efterat eftersanda supplement add "
                   "later".split())


def late_answer(kit: Kit, q: Asked) -> Answer | None:
    """"Vi hinner inte, vad gör vi? Kan vi svara kort nu och komplettera i oktober?": the response, the last
    day, an extension from the coordinators, and what the bot allows after a response is submitted (new
    versions until the last day or the organisation's extension; rusbot/input/rules.py)."""
    item = kit.process.consultation_item
    period, c = q.entities.period, q.entities.concepts
    if item is None or item.last is None or period is None or not (period.first > item.last.latest):
        return None
    words = folded_words(q.text)
    if not ("RUSH" in c or words & LATER or "hinna" in words or "hinner" in words):
        return None
    last = kit.consultation_parts()[3]
    if last is None or q.today > last:
        return None
    lang = q.language
    from rusbot.answers.answerers.plan import period_phrase

    later = period_phrase(period, lang)
    last_f = format_date(last, lang, weekday=True)
    lines = [t(lang, f"Remissvaret ska vara inne senast {last_f}, remissens sista dag. Hinner ni inte kan ni be "
                     "samordnarna om anstånd till ett senare datum; de lägger in det, och då tar jag emot ert "
                     "remissvar till och med den dagen.",
               f"The response is due by {last_f}, the consultation's last day. If you cannot make it, ask the "
               "coordinators for an extension to a later date; they add it, and then I accept your response "
               "until that day.")]
    if words & LATER:
        lines.append(t(lang, f"Komplettera: ni kan skicka in ett svar nu och sedan en ny version (**Skicka in ny "
                             f"version** under `remissvar`), men bara till och med {last_f} – eller till och med "
                             f"anståndets datum. Att komplettera {later} kräver alltså anstånd från samordnarna.",
                       f"Adding to it: you can submit a response now and a new version later (**Submit a new "
                       f"version** under `remissvar`), but only until {last_f} – or until your extension's date. "
                       f"Adding to it {later} therefore takes an extension from the coordinators."))
    lines.append(t(lang, "Vad partnerskapet tycker om korta svar eller kompletteringar står inte i underlaget.",
                   "Whether the partnership accepts short responses or supplements is not in the material."))
    return kit.answer(q, "\n\n".join(lines), [item.source], action="remissvar")


def _whole_plan(kit: Kit, q: Asked) -> str:
    """The whole timeline in its order, each step with its phase and the consultation marked."""
    lang = q.language
    phases = {p.id: p.name.get(lang) for p in kit.process.phases}
    lines = [t(lang, "Hela tidplanen:", "The whole timeline:")]
    for item in kit.process.timeline:
        when = item_when(item, lang) or t(lang, "utan eget datum", "no date of its own")
        phase = f" ({phases[item.phase]})" if item.phase in phases else ""
        mark = t(lang, " ← remissen", " ← the consultation") if item is kit.process.consultation_item else ""
        lines.append(f"- {when}: **{item.name.get(lang)}**{phase}{mark}")
    lines.append(t(lang, "_Punkter utan datum ligger i tidplanens ordning._",
                   "_Items without a date are placed in the timeline's order._"))
    return "\n".join(lines)


# "… förlängdes till september för att näringslivet krävde det?", "… because the business sector wanted it?": a
# reason told as a premise (someone wanted, demanded or asked for it).
_CLAIMED_REASON = re.compile(r"\b(?:for att|eftersom|pa grund av|pga|because|since|due to|at the request of|"
                             r"pa begaran av|pa initiativ av)\b(?:\s+\w+){0,4}?\s+(?:kravde|krav|ville|onskade|"
                             r"onskemal|bad|begarde|tyckte|wanted|demanded|asked|requested|insisted|wished)\b|"
                             r"\bpa (?:begaran|initiativ) (?:av|fran)\b|\bat the request of\b")
# "Vad var kommunernas skäl till …?": a why in other words.
REASON_WORDS = frozenset("skal skalet skalen anledning anledningen anledningar motiv motivet reason reasons".split())


# "var det kommunerna som ville ha …?", "was it the municipalities who wanted …?": whose wish, asked yes or no; and
# a why asked of their wanting itself ("varför ville kommunerna …?").
_WAS_IT_THEIRS = re.compile(r"\b(?:var det|was it|were it)\s+(?:inte\s+)?(?:\w+\s+){0,2}?(?:som|who|that)\s+"
                            r"(?:ville|onskade|bad|begarde|wanted|asked|requested|wished)\b")
_WHY_THEY_WANTED = re.compile(r"\bvarfor (?:\w+ )?(?:ville|onskade|bad|begarde)\b|\bwhy (?:did|do) (?:\w+ ){1,2}"
                              r"(?:want|ask|wish|request)\w*")


def _why_length(kit: Kit, q: Asked) -> Answer | None:
    """"Varför är remisstiden så lång, ända till september?": the material gives whose wish it was (the
    municipalities', told KC/RD in January 2021), not their reason. Asked why *they* wanted it, the reason
    is what is missing, so that leads."""
    who_decided = {"WHO", "DECIDE"} <= q.entities.concepts
    claimed = _CLAIMED_REASON.search(folded(q.text))
    if "WHY" not in q.entities.concepts and not folded_words(q.text) & REASON_WORDS and not who_decided and not (
            claimed):
        return None
    wish = next((r for r in kit.process.roles if "remiss t o m" in fold(r.source)), None)
    if wish is None:
        return None
    told = next((i for i in kit.process.timeline if "remiss t o m" in fold(i.source) and i is not
                 kit.process.consultation_item), None)
    lang = q.language
    said = wish.text.get(lang).split(". ")[0].rstrip(".")
    when = t(lang, f" ({lower_first(told.name.get(lang))}, {item_when(told, lang)})",
             f" ({lower_first(told.name.get(lang))}, {item_when(told, lang)})") if told is not None else ""
    who = wish.name.get(lang)
    sources = [wish.source, *([told.source] if told is not None else [])]
    # Only a role the question names makes the why theirs ("varför ville kommunerna …?"); "vem önskade …, och
    # varför?" and "varför så lång remisstid?" are answered with whose wish it was.
    if claimed and not any(r is wish for r in q.entities.roles):
        # "Förlängdes remisstiden för att näringslivet krävde det?": a reason told as a premise; the material says
        # whose wish it was, so that leads, and the reason told is not confirmed.
        text = t(lang, f"Det underlaget säger är att {lower_first(said)}{when}; det skäl du nämner står inte "
                       "där.",
                 f"What the material says is that {lower_first(said)}{when}; the reason you mention is not in it.")
    elif any(r is wish for r in q.entities.roles) and _WAS_IT_THEIRS.search(folded(q.text)) and not (
            _WHY_THEY_WANTED.search(folded(q.text))):
        # "… varför remissen håller på ända till september. … var det kommunerna som ville ha den längre
        # remisstiden?": the why is the length's, and whose wish it was is asked yes or no – the wish answers both
        # (b84 #16 got "why the municipalities wanted it is not in the material", which was not asked).
        text = t(lang, f"Ja – {lower_first(said)}{when}. Något annat skäl till remisstidens längd anges inte i "
                       "underlaget.",
                 f"Yes – {lower_first(said)}{when}. The material gives no other reason for the length.")
    elif any(r is wish for r in q.entities.roles):
        text = t(lang, f"Varför {lower_first(who)} ville det står inte i underlaget. Där står bara att "
                       f"{lower_first(said)}{when}.",
                 f"Why {lower_first(who)} wanted it is not in the material. It only says that "
                 f"{lower_first(said)}{when}.")
    elif who_decided and kit.process.consultation_item is not None:
        # "Remiss mitt i semestern – vem har bestämt det?": whose wish the period was, then the period itself.
        text = t(lang, f"{said}{when}; så ser tidplanen ut: remissen pågår {_period_text(kit, lang)}. Vem som "
                       "fattade beslutet anges inte i underlaget. Behöver er organisation mer tid beviljar "
                       "samordnarna anstånd.",
                 f"{said}{when}; that is the timeline: the consultation runs {_period_text(kit, lang)}. Who made "
                 "the decision is not given in the material. If your organisation needs more time, the coordinators "
                 "grant extensions.")
    elif "WHO" in q.entities.concepts:
        text = t(lang, f"{said}{when}. Skälet till deras önskan anges inte i underlaget.",
                 f"{said}{when}. The reason for their wish is not given in the material.")
    else:
        text = t(lang, f"{said}{when} – så står det i underlaget. Något annat skäl till remisstidens längd anges inte.",
                 f"{said}{when} – that is what the material says. It gives no other reason for the length.")
    # Answered from the role's own wish: the topic is that role's.
    return kit.answer(q, text, sources, topic=f"role.{wish.id}")


_ASKS_START = re.compile(r"\b(?:nar|when)\b(?:\s+\w+){0,2}?\s+(?:startar|borjar|oppnar|kommer|gar ut|start|starts|"
                         r"begins?|opens?)\b")


def after_consultation(kit: Kit, q: Asked) -> Answer | None:
    """"Får partnerskapet tycka till igen efter remissen, och ungefär när?": the steps the plan has after the
    consultation, the partnership's own first, and that they have no dates of their own."""
    c, lang = q.entities.concepts, q.language
    item = kit.process.consultation_item
    if item is None or "AFTER" not in c or not c & {"PARTNERSHIP", "INFLUENCE"} or "WHY" in c:
        return None
    items = kit.process.timeline
    later = after_phases(kit.process)
    steps = [i for i in items[items.index(item) + 1:] if i not in later and item_bounds(i) is None]
    ours = [i for i in steps if "partnerskap" in fold(i.name.sv)]
    if not ours:
        return None
    names = join_list([lower_first(i.name.get(lang)) for i in steps], lang)
    political = join_list([lower_first(i.name.get(lang)) for i in later if i.kind != "milestone"], lang)
    end = format_end(item.last, lang) if item.last is not None else ""
    text = t(lang, f"Ja: efter remissen följer enligt tidplanen {names}, innan {political}.",
             f"Yes: after the consultation the timeline has {names}, before the {political}.")
    text += " " + t(lang, f"Tidplanen ger dessa steg inga egna datum – de ligger efter remissens slut ({end}) – så "
                          "närmare än så kan jag inte säga; fråga samordnarna.",
                    f"The timeline gives these steps no dates of their own – they come after the consultation ends "
                    f"({end}) – so I cannot say more precisely; ask the coordinators.")
    done = next((i for i in later if i.kind == "milestone"), None)
    if done is not None:
        text += " " + done.text.get(lang)
    return kit.answer(q, text, [i.source for i in (*steps, *later)])


# Asked whom the response goes to ("till vem svaret ska ställas", "who should it be addressed to").
_TO_WHOM = re.compile(r"\btill vem\b|\bvem (?:ska|skall) (?:\w+ )?(?:stallas|adresseras|skickas)|\badresser|"
                      r"\bmottagar|\bto whom\b|\baddressed\b|\bwho (?:should|do) (?:we|i|it) (?:address|send)")


# Asked when the consultation comes out ("nä kommer remissen ut?", "när går den ut", "when does it open?").
_COMES_OUT = re.compile(r"\b(?:kommer|gar|skickas|slapps|sands)\s+(?:\w+\s+){0,2}ut\b|\bslapps\b|\boppnar\b|"
                        r"\b(?:comes?|goes|go|sent|be sent) out\b|\bopens?\b|\breleased\b")


# The exact day asked for ("vilket datum exakt?", "which exact day?").
_EXACT_DAY = re.compile(r"\b(?:exakt|exakta|exact|exactly|precis|precise|vilket datum|vilken dag|which day|what day|"
                        r"which date|what date)\b")

_ASKS_END = re.compile(r"\b(?:sista|slut|slutar|stanger|deadline|last|end|ends|closes|inlamning)\b")


_HOW_WENT = re.compile(r"\b(?:hur gick (?:det|remissen|remissvaren)|hur blev (?:det|remissen|utfallet)|utfall\w*|"
                       r"resultat\w* av remissen|how did (?:it|the consultation) go|outcome)\b")


def how_it_went(kit: Kit, q: Asked) -> Answer | None:
    """"Hur gick remissen?" after it closed asks the outcome, which the material does not give: that first,
    then the period and what follows in the plan; not the dates alone as if they were the answer."""
    item = kit.process.consultation_item
    if item is None or not _HOW_WENT.search(folded(q.text)) or kit.consultation_state(q.today) != "after":
        return None
    lang = q.language
    assert item.last is not None
    text = t(lang, "Det vet jag inte – hur remissen gick och vad remissvaren sa står inte i underlaget. Samordnarna "
                   "ser de inskickade remissvaren och kan svara på det.",
             "I don't know – how the consultation went and what the responses said is not in the material. The "
             "coordinators see the submitted responses and can tell you.")
    text += " " + t(lang, f"Enligt tidplanen pågick remissen till och med {format_end(item.last, lang)}.",
                    f"According to the timeline the consultation ran through {format_end(item.last, lang)}.")
    return kit.answer(q, text, [item.source])


_COMPILED = re.compile(r"\bsammanstallning\w*|\bsammanstall\w*|\bcompilation\b|\bsummary of (the )?(responses|"
                       r"answers)\b")
_QUOTE = re.compile(r"\bcitat\w*|\bcitera\w*|\bquotes?\b|\bquotation\b")
_WRITING = re.compile(r"\bskrivfas\w*|\bwriting( phase)?\b")


def writing_when(kit: Kit, q: Asked) -> Answer | None:
    """"När börjar skrivfasen och hur länge?" read as the remiss's dates: the writing phase has no date of its
    own – where it lies between the dated steps around it, and that its length is not given."""
    text = folded(q.text)
    if not _WRITING.search(text) or re.search(r"\bremiss|\bconsultation", text):
        return None
    items = kit.process.timeline
    step = next((i for i in items if i.kind == "step" and _WRITING.search(fold(i.name.sv + " " + (i.name.en or "")))
                 and item_when(i, q.language) is None), None)
    if step is None:
        return None
    lang, n = q.language, kit.index[step.id]
    before = next((i for i in reversed(items[:n]) if item_when(i, lang) is not None), None)
    after = next((i for i in items[n + 1:] if item_when(i, lang) is not None), None)
    around = []
    if before is not None:
        around.append(t(lang, f"efter {before.name.sv[:1].lower()}{before.name.sv[1:]} ({item_when(before, lang)})",
                        f"after the {before.name.get(lang).lower()} ({item_when(before, lang)})"))
    if after is not None:
        around.append(t(lang, f"före {after.name.sv.split(' till ')[0].lower()}en" if after.kind == "consultation"
                        else f"före {after.name.sv.lower()}", f"before the {after.name.get(lang).lower()}")
                      + f" ({item_when(after, lang)})")
    lines = [t(lang, f"**{step.name.sv}** har inget eget datum i tidplanen: den ligger " + " och ".join(around)
               + ". Hur länge den pågår anges inte.",
               f"**{step.name.get(lang)}** has no date of its own in the timeline: it comes " + " and ".join(around)
               + ". How long it lasts is not given.")]
    later = next((i for i in items[n + 1:] if i is not step and i.kind == "step" and
                  _WRITING.search(fold(i.name.sv))), None)
    if later is not None:
        lines.append(later.text.get(lang))
    return kit.answer(q, "\n\n".join(lines), [step.source] + ([later.source] if later else []), topic="timeline")


def compilation_not_known(kit: Kit, q: Asked) -> Answer | None:
    """"Finns det en sammanställning av remissvaren, och när kommer slutversionen?": the material is silent
    on the first; the plan's end is what it says about the second."""
    lang = q.language
    if not _COMPILED.search(folded(q.text)) or (goal := kit.last_dated()).last is None:
        return None
    text = t(lang, "Det vet jag inte – underlaget säger inget om en sammanställning av remissvaren eller hur "
                   f"synpunkterna tas om hand. Enligt tidplanen ska en uppdaterad RUS vara klar "
                   f"{format_fuzzy_at(goal.last, lang)}.",
             "I don't know – the material says nothing about a compilation of the consultation responses or "
             f"how they are handled. According to the timeline an updated RUS is to be ready "
             f"{format_fuzzy_at(goal.last, lang)}.")
    return kit.answer(q, text, [goal.source])


def dates(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    if (long_ := length(kit, q)) is not None:
        return long_
    if (writing := writing_when(kit, q)) is not None:
        return writing
    if (compiled := compilation_not_known(kit, q)) is not None:
        return compiled
    if _QUOTE.search(folded(q.text)) and (item := kit.process.consultation_item) is not None:
        # "… och gärna ett citat från regiondirektören": no one is quoted in the material, and none is made up.
        text = t(lang, "Ett citat kan jag inte ge – underlaget citerar ingen, och jag hittar inte på citat. "
                       f"Det underlaget säger om remissen: {item.text.get(lang)}",
                 "I can't give a quote – the material quotes no one, and I do not make quotes up. What it says "
                 f"about the consultation: {item.text.get(lang)}")
        return kit.answer(q, text, [item.source])
    if (went := how_it_went(kit, q)) is not None:
        return went
    # "nä kommer remissen ut? Vi ha ju KS i slutet på juni": asked when it opens, which the dates lead with.
    if {"WHO", "DECIDE"} <= q.entities.concepts and (why := _why_length(kit, q)) is not None:
        return why         # "remiss mitt i semestern, vem har bestämt det?": whose wish, before any deadline check
    check = None if _COMES_OUT.search(folded(q.text)) else deadline_check(kit, q) or within_check(kit, q)
    if check is not None and kit.process.consultation_item is not None:
        # "Vi har semester hela juli, hinner vi?": the period against the last day, then the dates.
        return kit.answer(q, check, [kit.process.consultation_item.source])
    if (why := _why_length(kit, q)) is not None:
        return why
    if kit.consultation_state(today) == "before" and "WHEN" not in q.entities.concepts and _GOES_OUT.search(
            folded(q.text)) and (
            "DURATION" in q.entities.concepts or _HOW_LONG.search(folded(q.text))):
        return days_left(kit, q)      # "hur lång tid dröjer det innan remissen går ut?": the time to its start
    if not _ASKS_START.search(folded(q.text)) and (after := after_consultation(kit, q)) is not None:
        return after        # (not when its start is asked: "tycka till före sommaren eller först efter? När startar …")
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    start_f = format_fuzzy_at(item.first, lang)
    state = kit.consultation_state(today)
    if state == "after" and last is not None:
        # "Hur länge sen var sista dag?", "how long ago did it close?": how long ago, counted, beside the day.
        ago = f" ({kit.when_relative(last, today, lang)})" if _AGO.search(folded(q.text)) else ""
        lead = t(lang, f"Enligt tidplanen skulle remissen öppna {start_f} och pågå till och med "
                       f"{format_fuzzy(item.last, lang)} – sista dagen var **{format_date(last, lang)}**{ago}.",
                 f"According to the timeline the consultation was to open {start_f} and run through "
                 f"{format_fuzzy(item.last, lang)} – the last day was **{format_date(last, lang)}**{ago}.")
    elif last is not None and state in ("open", "last_day") and _ASKS_END.search(folded(q.text)):
        # "sista dag för remissvar?" on 29 September: the day, and how near it is, before how the period runs.
        near, first_f = kit.when_relative(last, today, lang), format_fuzzy(item.first, lang)
        lead = t(lang, f"Sista dagen är **{format_date(last, lang, weekday=True)}** ({near}); remissen pågår enligt "
                       f"tidplanen från {first_f} till och med {format_fuzzy(item.last, lang)}.",
                 f"The last day is **{format_date(last, lang, weekday=True)}** ({near}); according to the timeline "
                 f"the consultation runs from {first_f} through {format_fuzzy(item.last, lang)}.")
    elif last is not None:
        lead = t(lang, f"Remissen öppnar {start_f} och pågår till och med {format_fuzzy(item.last, lang)} – "
                       f"sista dagen är **{format_date(last, lang, weekday=True)}**.",
                 f"The consultation opens {start_f} and runs through {format_fuzzy(item.last, lang)} – "
                 f"the last day is **{format_date(last, lang, weekday=True)}**.")
    else:
        lead = t(lang, f"Remissen öppnar {start_f} och slutar {format_fuzzy_at(item.last, lang)}.",
                 f"The consultation opens {start_f} and ends {format_fuzzy_at(item.last, lang)}.")
    lines = [lead, f"_{item.name.get(lang)}_"]
    exact_asked = not item.first.is_exact and bool(_EXACT_DAY.search(folded(q.text))) and not _ASKS_END.search(
        folded(q.text))
    if exact_asked:
        # "vilket datum exakt i mitten av juni?": the exact day asked for is what the material does not give (19#25).
        lines = [t(lang, f"Exakt startdag anges inte i tidplanen – bara att remissen öppnar {start_f}.",
                   f"The timeline does not give the exact opening day – only that the consultation opens {start_f}."),
                 *lines]
    if _TO_WHOM.search(folded(q.text)):
        # "… sista dag för inlämning samt till vem svaret ska ställas?": the second part too (18#40).
        lines.insert(1, t(lang, "Remissvaret lämnar ni här i chatten med mig (kommandot **remissvar**); vem det ska "
                                "ställas till anges inte i underlaget – fråga samordnarna.",
                          "You send the response here in the chat with me (the command **remissvar**); whom it is "
                          "to be addressed to is not in the material – ask the coordinators."))
    if not item.first.is_exact and not exact_asked:
        lines.append(t(lang, "Exakt startdag anges inte i tidplanen.",
                       "The timeline does not give the exact opening day."))
    today_f = format_date(today, lang)
    if state == "before":
        lines.append(t(lang, f"I dag ({today_f}) har den inte öppnat än.", f"Today ({today_f}) it has not opened yet."))
    elif state == "opening":
        lines.append(t(lang, f"I dag ({today_f}) är vi i den perioden, så den kan ha öppnat eller öppna vilken dag "
                             "som helst.",
                       f"Today ({today_f}) is within that period, so it may have opened or open any day now."))
    elif state == "last_day":
        lines.append(t(lang, "**I dag är sista dagen.**", "**Today is the last day.**"))
    elif state == "open":
        left = f" – {days_phrase((last - today).days, lang)} " + t(lang, "kvar", "left") if last else ""
        lines.append(t(lang, f"Enligt tidplanen pågår den nu{left}.",
                       f"According to the timeline it is open now{left}."))
    else:
        lines.append(t(lang, "Enligt tidplanen är remisstiden slut.",
                       "According to the timeline the consultation period is over."))
    if "LANGUAGE" in q.entities.concepts:
        lines.append(talk.response_language(q))      # "…och kan man svara på engelska?": the second part too
    if "TIMELINE" in q.entities.concepts:
        # "Hur ser tidplanen ut, särskilt när remissen går ut?": the remiss first, then the whole plan.
        lines.append(_whole_plan(kit, q))
        return kit.answer(q, "\n\n".join(lines), [item.source, *(i.source for i in kit.process.timeline)])
    return kit.answer(q, "\n\n".join(lines), [item.source])


# "hur lång är remisstiden i veckor?", "how many weeks does the consultation run?": the length of the period itself,
# not the time left in it or to it.
_LENGTH = re.compile(r"\bhur lang\w*\b|\bhur lange\b|\bhur manga (?:veckor|manader|dagar)\b|\blangd\w*\b|"
                     r"\bhow long\b|\bhow many (?:weeks|months|days)\b|\blength\b|\bduration\b")
_LEFT_OR_UNTIL = re.compile(r"\b(?:kvar|aterstar|tills?|innan|fore|dröjer|drojer|left|remaining|until|before|"
                            r"since|sedan|sen)\b")
_PERIOD_NOUN = re.compile(r"\b(?:remisstid\w*|remissperiod\w*|remissrund\w*|period\w*|veckor|weeks|manader|"
                          r"months)\b|\bhur lang (?:ar|blir|var)\b|\bhow long is\b|\blangd\w*\b|\blength\b|"
                          r"\bduration\b|"
                          # "hur länge kommer remissen att pågå?", "how long will it run?": its own span (b68 #4)
                          # (the present, "hur länge pågår den?", may ask until when: the dates answer it)
                          r"\bhur lange (?:kommer|ska|skall) (?:\w+ ){0,3}?(?:paga|vara|halla pa|ligga ute)\b|"
                          r"\bhur lange (?:\w+ ){0,3}?pagick\b|"
                          r"\bhow long (?:will|did|would) (?:\w+ ){0,3}?(?:last|run|go on|be open|stay open|"
                          r"remain open)\b")


def length(kit: Kit, q: Asked) -> Answer | None:
    """"Hur lång är remisstiden, ungefär i veckor?": about 15 weeks, from mid-June through 30 September, said
    first; approximate because the material gives the start only as mid-June. None unless the period's own length
    is asked (the days left, or to its start, are counted elsewhere)."""
    text = folded(q.text)
    if not _LENGTH.search(text) or _LEFT_OR_UNTIL.search(text) or not _PERIOD_NOUN.search(text):
        return None
    if not q.entities.concepts & {"CONSULT", "RESPOND"} and not re.search(r"\bremiss", text):
        return None
    item, s_lo, s_hi, last, _ = kit.consultation_parts()
    if last is None or item.first is None or item.last is None:
        return None
    lang = q.language
    short, long_ = (last - s_hi).days + 1, (last - s_lo).days + 1
    weeks = round((short + long_) / 2 / 7)
    lo_w, hi_w = short // 7, -(-long_ // 7)
    span = t(lang, f"från {format_fuzzy(item.first, lang)} till och med {format_date(last, lang)}",
             f"from {format_fuzzy(item.first, lang)} through {format_date(last, lang)}")
    if item.first.is_exact:
        lead = t(lang, f"Ungefär {weeks} veckor: remissen pågår enligt tidplanen {span}.",
                 f"About {weeks} weeks: according to the timeline the consultation runs {span}.")
    else:
        lead = t(lang, f"Ungefär {weeks} veckor: remissen pågår enligt tidplanen {span}. Exakt startdag anges inte, "
                       f"så det är ungefärligt – mellan {lo_w} och {hi_w} veckor beroende på vilken dag den öppnar.",
                 f"About {weeks} weeks: according to the timeline the consultation runs {span}. The exact opening "
                 f"day is not given, so this is approximate – between {lo_w} and {hi_w} weeks depending on the day "
                 f"it opens.")
    today, state = q.today, kit.consultation_state(q.today)
    if state == "before":
        lead += t(lang, f" I dag ({format_date(today, lang)}) har den inte öppnat än.",
                  f" Today ({format_date(today, lang)}) it has not opened yet.")
    elif state in ("opening", "open", "last_day"):
        left = (last - today).days
        lead += (t(lang, f" Nu återstår {days_phrase(left, lang)} till sista dagen.",
                   f" There are {days_phrase(left, lang)} left until the last day.") if left else
                 t(lang, " I dag är sista dagen.", " Today is the last day."))
    else:
        lead += t(lang, " Enligt tidplanen är remisstiden slut.", " According to the timeline the period is over.")
    return kit.answer(q, lead, [item.source], topic="consultation.dates")


def _meeting_asked(kit: Kit, q: Asked) -> Answer | None:
    """"Är 11 mars fortfarande aktuellt?" names a meeting's day, not the remiss: whether it holds is what the
    timeline says of that meeting, never the consultation's dates (b27 #24)."""
    text = folded(q.text)
    if re.search(r"remiss|consultation|svar|respon", text):
        return None
    days = {(int(d), m) for d, m in re.findall(r"\b(\d{1,2}) ([a-z]+)\b", text)}
    if not days:
        return None
    lang = q.language
    for item in kit.process.timeline:
        if item.kind != "meeting" or item.first is None or not item.first.is_exact:
            continue
        day = item.first.earliest
        months = {fold(format_date(day, "sv")).split()[1], fold(format_date(day, "en")).split()[1]}
        if not any(d == day.day and m in months for d, m in days):
            continue
        day_f, when = format_date(day, lang), kit.when_relative(day, q.today, lang)
        if day >= q.today:
            text = t(lang, f"Ja, enligt tidplanen är **{item.name.sv}** den {day_f} ({when}).",
                     f"Yes, according to the timeline **{item.name.en}** is on {day_f} ({when}).")
        else:
            text = t(lang, f"Enligt tidplanen var **{item.name.sv}** den {day_f} ({when}).",
                     f"According to the timeline **{item.name.en}** was on {day_f} ({when}).")
        return kit.answer(q, text, [item.source], topic="timeline")
    return None


def status(kit: Kit, q: Asked) -> Answer:
    item = kit.process.consultation_item
    assert item is not None
    if (meeting := _meeting_asked(kit, q)) is not None:
        return meeting
    if (long_ := length(kit, q)) is not None:
        return long_
    if (hour := last_day_hour(kit, q)) is not None:
        return kit.answer(q, hour, [item.source], action="remissvar")
    check = deadline_check(kit, q)
    if check is not None:
        return kit.answer(q, check, [item.source])
    lang = q.language
    asked = folded_words(q.text)
    if _IN_TIME.search(folded(q.text)) and kit.consultation_state(q.today) in ("open", "last_day"):
        # "… hinner vi fortfarande?": in time is the yes ("tagit över efter en kollega" is not "is it over?").
        text = t(lang, "Ja, ni hinner: ", "Yes, there is still time: ") + lower_first(
            status_text(kit, q.today, lang).split(", ", 1)[-1] if kit.consultation_state(q.today) == "open"
            else status_text(kit, q.today, lang).split(" – ", 1)[-1])
        if asked & _SENT_WORDS:
            text += "\n\n" + sent_check_text(lang)
        return kit.answer(q, text, [item.source])
    if _asks_can_still(q) and kit.consultation_state(q.today) == "after":
        # "Den stängde igår. Kan vi fortfarande skicka in?" asks whether they can, not whether it closed: a
        # "Ja, remisstiden är slut" read as a yes (b23 #32).
        return kit.answer(q, can_still_after_text(kit, q.language), [item.source])
    # ("Är det kört?" once the period is over keeps the plain status, with the coordinators' extension beside it:
    # neither a flat yes nor a no – graded correct that way, b35 #78, b70 #81.)
    if _asks_closed(q) or (_ALL_OVER.search(folded(q.text)) and kit.consultation_state(q.today) != "after"):
        return kit.answer(q, closed_text(kit, q.today, q.language), [item.source])
    return kit.answer(q, status_text(kit, q.today, q.language), [item.source])


_IN_TIME = re.compile(r"\bhinn(?:er|a)\b|\b(?:in|still|enough) time\b")
_SENT_WORDS = frozenset("skickade skickat inskickat inskickade lamnade lamnat submitted sent".split())


def sent_check_text(lang: Language) -> str:
    """Where a representative sees whether the organisation's response was sent (the bot's own feature)."""
    return t(lang, "Om ert remissvar är inskickat ser du under **remissvar**: läget och historiken med alla inskickade "
                   "versioner, och varje inskickad version har ett kvitto med kvittonummer här i chatten. Er "
                   "organisations svar kan jag visa när du är kopplad till organisationen (skriv **organisation**; "
                   "en samordnare bekräftar kopplingen).",
             "Whether your response was submitted you see under **response**: its state and the history of every "
             "submitted version, and each submitted version has a receipt with a receipt number here in the chat. "
             "I can show your organisation's response once you are linked to the organisation (type "
             "**organisation**; a coordinator confirms the link).")


_CLOSED = {"stangt", "stangd", "stangts", "stangde", "slut", "over", "avslutad", "avslutats", "closed", "ended",
           "finished"}


# Responses said to be gathered by one organisation ("samordnas via Handelskammaren", "go through the chamber",
# "ska de skicka via oss?"); not the bot's own way in ("lämnas via boten", "sent through Teams").
_ARRANGED = re.compile(r"\b(?:samordna\w*|koordiner\w*|kanaliser\w*|coordinat\w*|channel\w*|ga|gar|skicka\w*|lamna\w*|"
                       r"svara\w*|go|goes|send|sent|submit\w*|respond\w*) (?:\w+ ){0,2}?(?:via|genom|through|by)\b"
                       r"(?! (?:boten|bot|dig|you|teams|chatten|the chat|formularet|the form|mejl\w*|mail\w*|"
                       r"e-?post)\b)")


def routed_through_another(folded_text: str) -> re.Match[str] | None:
    """Responses said to go through another organisation than their own, which the material never mentions."""
    return _ARRANGED.search(folded_text)
_LATE = ("for sent", "forsent", "too late", "missat remissen", "missed the consultation")
# "Är det kört nu?" (all is lost, too late), asked while it is still open, is "har den stängt?" (b88 #62 had been
# answered "Ja, … pågår"). "kört" folds to "kort", also "short" ("är det kort remisstid?"): not before a noun.
_ALL_OVER = re.compile(r"\b(?:ar|e) (?:det|allt) (?:redan |nu |da )?kort\b"
                       r"(?! (?:remiss|tid|period|svar|om\b|med tid)\w*)")


def _asks_closed(q: Asked) -> bool:
    """"Har remissen stängt?" and "är det för sent?" ask the opposite of "är remissen öppen?": the yes
    and the no swap."""
    folded = _OVER_A_PERIOD.sub(" ", fold(q.text))
    return bool(_CLOSED & set(tokens(folded))) or any(w in folded for w in _LATE)


# "över sommaren", "över semestern", "over the holidays": across a period, not over as in ended (b70 #56).
_OVER_A_PERIOD = re.compile(r"\bover (?:hela |the (?:whole )?)?(?:sommar\w*|semester\w*|jul(?:en|helg\w*)?|helg\w*|"
                            r"arsskiftet|nyar\w*|summer\w*|holidays?|vacation|christmas|new year)\b")


_CAN_STILL = re.compile(r"\b(?:fortfarande|an(?:nu)? nu|still|kan (?:vi|jag|man) (?:skicka|lamna)|"
                        r"gar det (?:att|fortfarande|an)|far (?:vi|jag|man) (?:skicka|lamna)|can (?:we|i) (?:still )?"
                        r"(?:send|submit))\b")


def _asks_can_still(q: Asked) -> bool:
    """"Kan vi fortfarande skicka in?" – can, not closed: the answer's yes/no follows the can. "Är det för
    sent?" keeps the closed polarity (its yes is 'too late')."""
    text = fold(q.text)
    return bool(_CAN_STILL.search(text)) and not any(w in text for w in _LATE)


def can_still_after_text(kit: Kit, lang: Language) -> str:
    item = kit.process.consultation_item
    assert item is not None and item.first is not None and item.last is not None
    end_f = format_end(item.last, lang)
    return t(lang, f"Nej, inte utan anstånd: enligt tidplanen pågick remissen till och med {end_f}, och remisstiden "
                   "är slut. Anstånd för er organisation beviljar samordnarna – kontakta dem.",
             f"No, not without an extension: according to the timeline the consultation ran through {end_f}, and "
             "the period is over. The coordinators grant your organisation an extension – contact them.")


def closed_text(kit: Kit, today: dt.date, lang: Language) -> str:
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    state = kit.consultation_state(today)
    end_f = format_end(item.last, lang)
    if state in ("before", "opening"):
        return t(lang, f"Nej, remissen har inte ens öppnat än enligt tidplanen: den är planerad att öppna "
                       f"{format_fuzzy_at(item.first, lang)} och pågå till och med {end_f}.",
                 f"No – according to the timeline the consultation has not even opened yet: it is planned to open "
                 f"{format_fuzzy_at(item.first, lang)} and run through {end_f}.")
    if state == "last_day":
        return t(lang, f"Nej, inte än – **i dag är sista dagen** ({end_f}).",
                 f"No, not yet – **today is the last day** ({end_f}).")
    if state == "open":
        left = f" ({days_phrase((last - today).days, lang)} {t(lang, 'kvar', 'left')})" if last else ""
        return t(lang, f"Nej, inte än: enligt tidplanen pågår remissen till och med {end_f}{left}.",
                 f"No, not yet: according to the timeline the consultation runs through {end_f}{left}.")
    return t(lang, f"Ja, remisstiden är slut: enligt tidplanen pågick remissen till och med {end_f}. Anstånd "
                   "beviljar samordnarna.",
             f"Yes, the consultation period is over: according to the timeline it ran through {end_f}. The "
             "coordinators grant extensions.")


def _asked_period(kit: Kit, q: Asked) -> tuple[str, dt.date, int] | None:
    """(the period's name, the consultation's last day, days left after the period; negative when
    the period is after it) for a question that names a period before or after the last day."""
    period = q.entities.period
    if period is None or kit.process.consultation_item is None or not about_responding(q):
        return None
    last = kit.consultation_parts()[3]
    if last is None or q.today > last or (period.first <= last <= period.last and not period.after):
        return None
    if period.last < q.today:
        return None             # "förra veckan": a time already behind us is not a deadline question
    asked_end = q.text.rfind("?")
    if not (period.day or period.month or period.week) and 0 <= asked_end < len(q.text.rstrip()) - 1 and (
            kit.rules.find(q.text[:asked_end + 1], q.today).period is None):
        # "Ska vi förankra remissvaret politiskt innan vi skickar in det? … min chef är på semester" (b45 #95): a
        # season told only after the question is no period asked about (a day or month told after it, "Nämnden
        # sammanträder först 5 oktober", still is).
        return None
    from rusbot.answers.answerers.plan import period_name

    if period.first > last:
        return period_name(period, q.language), last, -1
    return period_name(period, q.language), last, (last - max(period.last, q.today)).days


_RESPONDING = frozenset("svara svarar svaret svarat lamna lamnar lamnat skicka skickar skickat hinna hinner klara "
                        "klarar remissvar remissvaret submit send respond reply answer make".split())


def about_responding(q: Asked) -> bool:
    """"Hinner vi svara?", "kan vi lämna remissvar i oktober?": a period asked about against the deadline,
    not "får vi remissen i juni?"."""
    return bool(_RESPONDING & set(tokens(fold(q.text))) or "DAYS" in q.entities.concepts)


def after_deadline(kit: Kit, q: Asked) -> str | None:
    """"… oktober är efter remissens sista dag, 30 september 2021.", or None."""
    asked = _asked_period(kit, q)
    if asked is None or asked[2] >= 0:
        return None
    name, last, _ = asked
    name = name[:1].upper() + name[1:]
    return t(q.language, f"{name} är efter remissens sista dag, {format_date(last, q.language)}.",
             f"{name} is after the consultation's last day, {format_date(last, q.language)}.")


# The consultation's span told as a premise ("när remissen håller på till och med september"), not asked against.
_STATED_SPAN = re.compile(r"\b(?:remiss\w*|consultation)\s+(?:haller pa|haller|pagar|ar oppen|lopper|runs|is open|"
                          r"lasts)\b")


def states_span(folded_text: str) -> bool:
    """Whether the message tells the consultation's span as a premise ("när remissen pågår hela september")."""
    return bool(_STATED_SPAN.search(folded_text))


def within_check(kit: Kit, q: Asked) -> str | None:
    """"Är det ok att lämna in i september?": a period that holds the last day itself is fine up to that day;
    what happens after it is the bot's own rule (anstånd from the coordinators). None for other questions."""
    period = q.entities.period
    if period is None or kit.process.consultation_item is None or not about_responding(q) or period.after:
        return None
    last = kit.consultation_parts()[3]
    if last is None or q.today > last or not period.first <= last <= period.last or period.day:
        return None
    if (period.last.year, period.last.month) != (last.year, last.month):
        return None             # "september–december": most of it after the last day, not "fine" as a whole
    folded_q = fold(q.text)
    if _STATED_SPAN.search(folded_q) and not _RESPONDING & set(tokens(folded_q)):
        return None             # "… när remissen håller på till och med september?": its span told, not a reply's
    from rusbot.answers.answerers.plan import period_name

    lang, last_f = q.language, format_date(last, q.language)
    return t(lang, f"Ja, {period_name(period, lang)} går bra så länge svaret skickas in senast {last_f}: remissen "
                   f"pågår enligt tidplanen till och med den dagen, och jag tar emot remissvar till midnatt (svensk "
                   f"tid). Efter sista dagen går svaret inte att skicka in utan anstånd, och anstånd beviljar "
                   f"samordnarna – kontakta dem i god tid om det ser ut att bli sent.",
             f"Yes, {period_name(period, lang)} is fine as long as the response is submitted by {last_f}: the "
             f"consultation runs through that day according to the timeline, and I accept responses until "
             f"midnight (Swedish time). After the last day a response cannot be submitted without an extension, "
             f"which the coordinators grant – contact them in good time if it looks like being late.")


# Getting the consultation, not answering it: "hinner vi få den till KS i juni?", "kommer remissen före …",
# "will we receive it before our June meeting?".
_RECEIVING = re.compile(r"\b(?:fa|far|fatt|hinner (?:vi|ni|jag) fa)\s+(?:den|remissen|remisshandlingarna|"
                        r"handlingarna|underlaget)\b|\b(?:kommer|kommit|oppnar|oppnat) (?:den|remissen)\s+"
                        r"(?:\w+\s+){0,2}(?:till|fore|innan|i tid)\b|"
                        r"\b(?:receive|get|have)\s+(?:it|the consultation)\b|"
                        # "Hinner remissen komma ut till dess?", "will the consultation be out before 12 June?": its
                        # coming out by a day of one's own is its opening, as getting it is (b75 #56).
                        r"\b(?:hinner|kommer|ar|har) (?:den|remissen)\s+(?:\w+\s+){0,2}(?:komma ut|kommit ut|ga ut|"
                        r"gatt ut|skickas ut|skickats ut|ute|ut)\b|"
                        r"\b(?:will|is|be) (?:it|the consultation)\s+(?:\w+\s+){0,2}(?:out|sent out|published|"
                        r"released)\b")


# Handling the consultation at a meeting of one's own: "hinner vi behandla remissen på KS i juni?".
_HANDLING = re.compile(r"\bbehandla\w* (?:den|remissen)\b(?=.*\b(?:ks|mote\w*|sammantrade\w*|styrelse\w*|"
                       r"namnd\w*|kommunstyrelse\w*|fullmaktige)\b)|\b(?:handle|discuss) (?:it|the consultation)\b"
                       r"(?=.*\b(?:meeting|board|council|committee)\b)")


def opening_check(kit: Kit, q: Asked) -> str | None:
    """"Hinner vi få remissen till vårt KS-möte i juni?": the period the question names against the consultation's
    opening, as precise as the plan is ("mitten av juni": a June meeting is before or after it by its day). None
    when the question is not about getting it, names no period, or the opening window is behind us."""
    period, item = q.entities.period, kit.process.consultation_item
    receiving = _RECEIVING.search(folded(q.text)) if period is not None else None
    handling = _HANDLING.search(folded(q.text)) if period is not None and receiving is None else None
    if handling is not None and period is not None and item is not None and period.first > kit.consultation_parts()[2]:
        return None     # "behandla remissen på KS 20 september": a meeting after it opens is checked against the end
    if receiving is None and handling is not None:
        receiving = handling
    elif receiving is not None and not re.search(
            r"\b(?:till(?! (?:oss|mig|dem|kommunen|hela|alla)\b)|fore|innan|infor|before|by|"
            r"in time for)\b", folded(q.text)[receiving.start():]):
        receiving = None    # "får vi remissen i juni?": when it opens, no occasion to have it by; "få remissen direkt
        #                     till oss …?" names whom it reaches, no occasion either (b54 #55)
    if period is None or item is None or item.first is None or receiving is None:
        return None
    if period.after or re.search(r"\b(?:fore|innan) eller efter\b|\bbefore or after\b", folded(q.text)):
        return None     # "Kommer remissen före eller efter sommaren?": when it is, not a period checked against it
    _, s_lo, s_hi, _, _ = kit.consultation_parts()
    if q.today > s_hi or period.last < q.today:
        return None
    from rusbot.answers.answerers.plan import period_name

    lang = q.language
    name, opens = period_name(period, lang), format_fuzzy(item.first, lang)
    end_f = format_end(item.last, lang) if item.last is not None else ""
    if period.last < s_lo:
        return t(lang, f"Nej: remissen öppnar enligt tidplanen i {opens}, alltså efter {name}. Den pågår till och "
                       f"med {end_f}.",
                 f"No: according to the timeline the consultation opens in {opens}, that is after {name}. It runs "
                 f"through {end_f}.")
    if period.first > s_hi:
        return t(lang, f"Ja: remissen öppnar enligt tidplanen i {opens}, alltså före {name}. Den pågår till och med "
                       f"{end_f}.",
                 f"Yes: according to the timeline the consultation opens in {opens}, that is before {name}. It runs "
                 f"through {end_f}.")
    if period.day and period.first == period.last:
        # "KS 15 juni – hinner remissen komma ut till dess?": a day inside the opening window cannot be promised
        # either way; the plan gives no start day (b75 #56: a "Ja" counted the days left after it instead).
        return t(lang, f"Det kan jag inte lova: remissen öppnar enligt tidplanen i {opens}, men exakt startdag anges "
                       f"inte, så den kan komma både före och efter {name}. Remissen pågår till och med {end_f}.",
                 f"I cannot promise that: according to the timeline the consultation opens in {opens}, but the exact "
                 f"day is not given, so it may come before or after {name}. It runs through {end_f}.")
    return t(lang, f"Det beror på vilken dag mötet är: remissen öppnar enligt tidplanen i {opens}, men exakt "
                   f"startdag anges inte. Ligger mötet tidigt i {name} är det före remissen, ligger det sent kan "
                   f"remissen ha kommit – säkert kan jag inte säga. Remissen pågår till och med {end_f}.",
             f"It depends on the day of the meeting: according to the timeline the consultation opens in {opens}, "
             f"but the exact day is not given. A meeting early in {name} is before it; late in {name} the "
             f"consultation may have arrived – I cannot say for sure. It runs through {end_f}.")


_SUBMITTING = frozenset({"lamna", "lamnar", "skicka", "skickar", "in", "submit", "send"})
# Whether there is time ("hinner vi …?", "will we make it …?").
_TIME_WORDS = frozenset({"hinner", "hinna", "hann", "make", "time"})


def _before_opening(kit: Kit, q: Asked, name: str, last_f: str) -> str | None:
    """"Kan vi lämna vårt remissvar redan nu i maj?": a response given in a period before the consultation has
    opened is not yet a response to it (b44 #23); the plan's opening and last day, and that a draft can be saved."""
    _, s_lo, _, _, _ = kit.consultation_parts()
    period, asked = q.entities.period, folded_words(q.text)
    if period is None or period.last >= s_lo or q.today >= s_lo:
        return None
    opening = t(q.language, "i mitten av juni", "in mid-June") if s_lo.month == 6 else format_date(s_lo, q.language)
    # ("Hinner vi ta det i kommunstyrelsen innan sommaren?" read as the consultation's days: its "det" is the
    # remiss, b81 #31 – not the input or the check-in, which come before it.)
    if asked & _TIME_WORDS and not asked & _SUBMITTING and (asked & {"remiss", "remissen", "consultation"} or (
            q.intent.startswith("consultation.") and re.search(r"\bhinner (?:vi|ni|jag|man)\b", folded(q.text))
            and not asked & {"inspel", "input", "avstamning", "avstamningen", "check-in", "synpunkter"})):
        # "hinner vi ta remissen i vår KS innan sommaren?" in April: before the summer there is no consultation to
        # take up yet – it opens after (b83 #38 answered "Ja: … efter 8 april – 31 maj återstår 122 dagar").
        end = format_date(period.last, q.language)
        return t(q.language, f"Nej: enligt tidplanen öppnar remissen först {opening} {s_lo.year} – efter {end} – och "
                             f"pågår till och med {last_f}.",
                 f"No: according to the timeline the consultation opens only {opening} {s_lo.year} – after {end} – "
                 f"and runs through {last_f}.")
    if not asked & _SUBMITTING or not asked & _ANSWERING:
        return None
    return t(q.language, f"Nej, inte än: enligt tidplanen öppnar remissen {opening} {s_lo.year}, alltså efter {name}, "
                         f"och pågår till och med {last_f}. Remissvaret skickar ni in när remissen har "
                         "gått ut; ett utkast kan ni spara i boten redan nu (**remissvar**).",
             f"No, not yet: according to the timeline the consultation opens {opening} {s_lo.year}, after {name}, "
             f"and runs through {last_f}. Send the response once it is out; a draft can be "
             "saved in the bot already (**response**).")


# "Måste det registreras någonstans?", "does it need to be registered?": whether a step is needed, not whether
# there is time.
_MUST_REGISTER = re.compile(r"\b(?:maste|behover|ska|skall|must|need|needs|should|have to)\b[^?.]{0,30}\b(?:"
                            r"registrer\w*|anmal\w*|lagg\w* in|laggas in|foras in|register\w*|recorded|entered|"
                            r"formali[sz]ed)")


# An obligation asked of the response within a period ("måste vi svara under juli?", "behöver vi lämna in före
# augusti?", "do we have to respond in August?"), not whether there is time ("hinner vi?").
_OBLIGED = re.compile(r"\b(?:maste|behover|ar (?:vi|ni|man) tvungna|must|have to|has to|need to|needs to|"
                      r"are (?:we|you) required to|required to)\b(?:\s+\w+){0,4}?\s+(?:svara|svarat|lamna|lamnat|"
                      r"skicka|skickat|ha|respond|reply|answer|submit|send|get|have)\b")
_WITHIN_WORD = re.compile(r"^(?:i|in|under|during|fore|innan|before|till|by)\b")


def _within_name(name: str, lang: Language) -> str:
    """The period as said after "svara redan …": "i juli 2021" / "in July 2021" unless it says its own preposition."""
    if _WITHIN_WORD.match(folded(name.lower())):
        return name
    if re.match(r"(?:\w+dag |\w+day )?\d", name):
        return t(lang, f"före den {name}", f"by {name}")
    name = t(lang, f"i {name}", f"in {name}") if re.search(r"\d{4}$", name) else name
    return t(lang, f"redan {name}", name)


# Whether the consultation is over before a period: "är remissen klar/slut/över innan …", "is it over by …".
_OVER_BEFORE = re.compile(r"\b(?:ar|blir|is|will)\b[^?.]{0,25}\b(?:klar|slut|over|avslutad|stangd|fardig|done|"
                          r"finished|closed|ended)\b[^?.]{0,20}\b(?:innan|fore|before|by)\b")


# "vilken dag i veckan är det?", "what day of the week is it?": a weekday asked, whose "veckan" names no period.
WEEKDAY_ASKED = re.compile(r"\b(?:dag i veckan|veckodag\w*|day of the week|weekday|dag pa veckan)\b")


def deadline_check(kit: Kit, q: Asked) -> str | None:
    """"Vi har semester till mitten av augusti, hinner vi?", "KS sammanträder i oktober": the period the
    question names against the consultation's last day. None when it names none, or one around it."""
    if ("veck" in (low := folded(q.text)) or "week" in low) and WEEKDAY_ASKED.search(low):
        return None     # "vilken dag i veckan är sista dagen?": the weekday asked, not this week's days left
    if (opening := opening_check(kit, q)) is not None:
        return opening
    asked = _asked_period(kit, q)
    if asked is None:
        return None
    lang = q.language
    name, last, left = asked
    last_f = format_date(last, lang)
    if left < 0 and _MUST_REGISTER.search(folded(q.text)):
        # "Vi har fått ett muntligt ok … Måste det registreras någonstans?": yes, as an extension, which the
        # coordinators enter (not "Nej, inte utan anstånd", which answers whether there is time).
        return t(lang, f"Ja, som anstånd: {name} är efter remissens sista dag, {last_f}. Anstånd beviljar och lägger "
                       "in samordnarna – kontakta dem i god tid.",
                 f"Yes, as an extension: {name} is after the consultation's last day, {last_f}. The coordinators "
                 "grant and enter extensions – contact them in good time.")
    if left < 0:
        return t(lang, f"Nej, inte utan anstånd: {name} är efter remissens sista dag, {last_f}. Anstånd beviljar "
                       "samordnarna – kontakta dem i god tid.",
                 f"No, not without an extension: {name} is after the consultation's last day, {last_f}. The "
                 "coordinators grant extensions – contact them in good time.")
    if (early := _before_opening(kit, q, name, last_f)) is not None:
        return early
    weeks = f" ({t(lang, 'ungefär', 'about')} {left // 7} {t(lang, 'veckor', 'weeks')})" if left >= 14 else ""
    period = q.entities.period
    left_sv, left_en = days_phrase(left), days_phrase(left, "en")
    if period is not None and not (period.day or period.month or period.week or period.after) and (
            period.first.month == period.last.month and period.first < period.last):
        # "efter mitten av augusti": a part of a month is a span, not a day – the days left are counted from both its
        # ends, not from a day guessed inside it (b86 #49 said "41 dagar (ungefär 5 veckor)" from 20 August alone).
        most = (last - max(period.first, q.today)).days
        if most > left:
            left_sv, left_en = f"omkring {left}–{most} dagar", f"about {left}–{most} days"
            weeks = (f" ({t(lang, 'ungefär', 'about')} {round(left / 7)}–{round(most / 7)} "
                     f"{t(lang, 'veckor', 'weeks')})") if left >= 14 else ""
    if left > 0 and period is not None and (period.day or period.month or period.week) and _OBLIGED.search(
            folded(q.text)):
        # "Måste vi verkligen svara under juli?", "do we have to respond in August?": an obligation within a
        # period that ends before the last day – no, the last day is later (b50 #26: a "Ja" said they must).
        return t(lang, f"Nej, ni måste inte svara {_within_name(name, lang)}: sista dagen för remissen är "
                       f"{last_f}. Ni har till och med den dagen på er; efter {name} återstår "
                       f"{left_sv}{weeks}.",
                 f"No, you do not have to respond {_within_name(name, lang)}: the consultation's last day is "
                 f"{last_f}. You have until that day; after {name} there are "
                 f"{left_en} left{weeks}.")
    if left > 0 and _OVER_BEFORE.search(folded(q.text)):
        # "Är remissen klar innan semestern?", "is the consultation over before the holidays?": whether it ENDS
        # before the period – no, it runs on after it (b55 #63: "Ja:" answered whether there is time).
        return t(lang, f"Nej – remissen pågår enligt tidplanen till och med {last_f}; efter {name} återstår "
                       f"{left_sv}{weeks}.",
                 f"No – according to the timeline the consultation runs through {last_f}; after {name} there are "
                 f"{left_en} left{weeks}.")
    return t(lang, f"Ja: remissen pågår enligt tidplanen till och med {last_f}, så efter {name} återstår "
                   f"{left_sv}{weeks}.",
             f"Yes: according to the timeline the consultation runs through {last_f}, so after {name} there are "
             f"{left_en} left{weeks}.")


def _moved_to(kit: Kit, q: Asked, day: dt.date) -> TimelineItem | None:
    """The dated step the message tells as moved to `day` ("avstämningen är flyttad till 18 mars"), or None."""
    from rusbot.answers.answerers.claims import moved_step

    moved = moved_step(kit, folded(q.text))
    if moved is None or moved[0].first is None:
        return None
    told = moved[1]
    return moved[0] if told.group(1).isdigit() and int(told.group(1)) == day.day else None


# What a count of days is asked to: the words right after "till", "tills", "until", "to", "before".
_COUNTED_TO = re.compile(r"\b(?:till|tills|until|till the|to|before|fore|innan)\s+(?:the\s+)?")


def counted_to(kit: Kit, q: Asked) -> TimelineItem | None:
    """"Hur många dagar kvar tills avstämningen med partnerskapet? (inför remissen)": the step named right after the
    first "till"/"until" that names one, not any step the message mentions; None when no such step is named."""
    from rusbot.answers.answerers.premise import named_steps

    f = folded(q.text)
    if not re.search(r"\b(?:hur manga|how many|hur lang tid|how long|dagar kvar|veckor kvar|days left|weeks left)\b",
                     f):
        return None     # "hinner vi få remissen till nämndens möte?": no count, and "nämndens" names no step counted to
    for m in _COUNTED_TO.finditer(f):
        head = " ".join(f[m.end():].split()[:2])
        if steps := named_steps(kit, head):
            return steps[0]
    return None


def _undated_count(kit: Kit, q: Asked, item: TimelineItem) -> Answer:
    """"Hur många dagar är det till beslutet i regionfullmäktige?": a step with no date of its own is not counted
    to; where the timeline's order puts it is said instead."""
    lang, items = q.language, kit.process.timeline
    n = kit.index[item.id]
    before = next((i for i in reversed(items[:n]) if item_when(i, lang)), None)
    after = next((i for i in items[n + 1:] if item_when(i, lang)), None)
    where = ""
    if before is not None:
        where += t(lang, f" Enligt tidplanens ordning kommer det efter {lower_first(before.name.get(lang))} "
                         f"({item_when(before, lang)})",
                   f" By the timeline's order it comes after the {lower_first(before.name.get(lang))} "
                   f"({item_when(before, lang)})")
    if after is not None and after.kind != "milestone":
        where += t(lang, f" och före {lower_first(after.name.get(lang))} ({item_when(after, lang)})",
                   f" and before the {lower_first(after.name.get(lang))} ({item_when(after, lang)})")
    text = t(lang, f"**{item.name.get(lang)}** har inget eget datum i tidplanen, så dagarna dit kan jag inte räkna.",
             f"The **{lower_first(item.name.get(lang))}** has no date of its own in the timeline, so I cannot count "
             "the days to it.") + (where + "." if where else "")
    if after is not None and after.kind == "milestone":
        text += " " + after.text.get(lang)      # "En uppdaterad RUS ska vara klar i slutet av 2021."
    return kit.answer(q, text, [item.source], topic="consultation.days_left")


def days_to_other(kit: Kit, q: Asked) -> Answer | None:
    """"Hur många dagar kvar till avstämningen?": days to what the question names when it is not the
    consultation: a meeting, or a day."""
    lang, today, e = q.language, q.today, q.entities
    target = None
    # A day given that is today tells the date ("idag e de 1 mars, ä dä mer än en vecka kvar till avstämninga?",
    # b46 #10): the count goes to what the question names, not to today.
    given = e.period if e.period is not None and e.period.day and e.period.first != today else None
    if given is not None and counts_from_day(fold(q.text)):
        return None         # "tillbaka 2 augusti – hur många dagar är det kvar då?": left from that day, not to it
    named = None if given is not None else counted_to(kit, q)
    if named is not None and named is kit.process.consultation_item:
        return None         # "dagar kvar till remissen (stänger)": the consultation's own count
    if named is not None and named.first is None and named.last is None:
        return _undated_count(kit, q, named)
    if named is not None and named.kind != "milestone" and named.first is not None and named.first.is_exact:
        target, day = named, named.first.earliest
    elif given is not None and not (e.items_on_day == [] and e.concepts & {"CONSULT", "RESPOND"}):
        # "Dagar kvar till 11 mars": that day; "nämnd 28 september, hinner vi svara?" is about the deadline.
        day = given.first
        # A step ending that day is not what "till avstämningen 11 mars" counts to: the meeting on it is.
        on_day = sorted(e.items_on_day, key=lambda i: i.kind != "meeting" or "MEETING" not in e.concepts)
        target = next(iter(on_day), None)
        if target is None and (moved := _moved_to(kit, q, day)) is not None:
            # "… avstämningen är flyttad till 18 mars. Hur många dagar har vi då?": the move is not in the material
            # (the answer says so), so the days are counted to the step's own day in the plan.
            target, day = moved, moved.first.earliest  # type: ignore[union-attr]
    elif "READY" in e.concepts and "CONSULT" not in e.concepts and (
            milestone := next((i for i in kit.process.timeline if i.kind == "milestone"), None)) is not None:
        # "Hur lång tid är det kvar tills RUS ska vara klar?": as precise as the plan is.
        first = milestone.first
        if first is None or not first.is_exact:
            text = t(lang, f"{milestone.text.get(lang)} Exakt dag anges inte, så jag kan inte räkna dagarna.",
                     f"{milestone.text.get(lang)} The exact day is not given, so I cannot count the days.")
            if first is not None and first.latest > today:
                # "slutet av 2021": counted to the last day the plan allows, said as such.
                left = (first.latest - today).days
                latest_f = format_date(first.latest, lang)
                text = t(lang, f"{milestone.text.get(lang)} Exakt dag anges inte; räknat till {latest_f} är det "
                               f"högst **{days_phrase(left)}** kvar.",
                         f"{milestone.text.get(lang)} The exact day is not given; counted to {latest_f} it is at "
                         f"most **{days_phrase(left, 'en')}** away.")
            return kit.answer(q, text, [milestone.source], topic="consultation.days_left")
        target, day = milestone, first.earliest
    elif e.phase_index is not None and "CONSULT" not in e.concepts and (exact := [
            i for i in kit.process.timeline if i.phase == kit.process.phases[e.phase_index].id and
            i.last is not None and i.last.is_exact]):
        # "Hur många dagar har vi i fas 1?": to the phase's last exact day, its check-in.
        target = exact[-1]
        day = target.last.latest  # type: ignore[union-attr]
    elif "MEETING" in e.concepts and "CONSULT" not in e.concepts:
        meetings = [i for i in kit.process.timeline if i.kind == "meeting" and i.first is not None
                    and i.first.is_exact]
        ahead = [i for i in meetings if i.first is not None and i.first.earliest >= today]
        target = ahead[0] if ahead else (meetings[-1] if meetings else None)
        if target is None or target.first is None:
            return None
        day = target.first.earliest
    else:
        return None
    if target is not None and target is kit.process.consultation_item:
        return None
    what = f"**{target.name.get(lang)}**" if target is not None else ""
    day_f = format_date(day, lang, weekday=True)
    delta = (day - today).days
    if delta > 1:
        text = t(lang, f"**{days_phrase(delta)}** till {what or day_f}" + (f", {day_f}." if what else "."),
                 f"**{days_phrase(delta, 'en')}** until {what or day_f}" + (f", {day_f}." if what else "."))
    elif delta in (0, 1):
        when = kit.when_relative(day, today, lang)
        text = t(lang, f"{what or day_f}: {when}." if what else f"Det är {when}.",
                 f"{what or day_f}: {when}." if what else f"It is {when}.")
    else:
        ago = kit.when_relative(day, today, lang)
        text = t(lang, f"Inga dagar kvar: {what or day_f} var {format_date(day, lang)} ({ago}).",
                 f"No days left: {what or day_f} was on {format_date(day, lang)} ({ago}).")
    if target is not None and target.kind == "meeting":
        text += " " + t(lang, "Tid på dagen anges inte i tidplanen.", "The timeline gives no time of day.")
    return kit.answer(q, text, [target.source] if target is not None else [], topic="consultation.days_left")


_OPENS = {"oppnar", "oppnas", "oppna", "borjar", "startar", "opens", "open", "starts", "start", "begins", "begin"}
# "skickas ut", "går ut", "kommer ut", "goes out", "is sent out": the consultation reaching the partners, its start.
_GOES_OUT = re.compile(r"\b(?:skickas|skickar|gar|kommer|sands|gick|goes|go|sent|send|comes|released?)\s+"
                       r"(?:\w+\s+)?ut\b|\b(?:goes|go|sent|send|comes|come|is)\s+out\b|\butskick\w*")
# How long ago a day was, asked ("hur länge sen", "hur många dagar sedan", "how long ago").
_AGO = re.compile(r"\b(?:sen|sedan|ago|hur lange|how long|hur manga dagar|how many days)\b")
_HOW_LONG = re.compile(r"\b(?:hur lang tid|hur lange|hur langt|drojer|how long|how soon)\b")
# "tills vi ska svara", "hinna svara": the time to answer is counted to the last day.
_ANSWERING = {"svara", "svarar", "svaret", "remissvar", "remissvaret", "lamna", "hinna", "hinner", "answer",
              "respond", "submit", "inskickat"}
_CLOSES = {"stanger", "stangs", "closes", "close", "slutar", "sista", "deadline", "ends", "end"}
# "tills remisstiden går ut", "innan svarstiden löper ut", "before the time runs out": the time expiring, its end (b67
# #32, b68 #23), not the consultation going out to the partners.
_EXPIRES = re.compile(r"\b\w*tiden\s+(?:gar|loper|gick)\s+ut\b|\bloper ut\b|\bexpir\w*|\b(?:time|period)\s+runs?\s+"
                      r"out\b")


_IN_ALL = frozenset({"totalt", "total", "sammanlagt", "sammantaget", "altogether", "overall"})


def _counts_to_opening(kit: Kit, q: Asked) -> bool:
    """"Remissen öppnar väl i juni. Hur många dagar är det dit?": a count to the consultation's opening, before it,
    with the month it opens in named: counted (roughly) to the opening, not checked against the last day."""
    _, s_lo, s_hi, _, _ = kit.consultation_parts()
    period, asked = q.entities.period, set(tokens(fold(q.text)))
    # ("Om remissen startar 15 juni, hur många dagar har vi då totalt?" asks the length from a day given: not this.)
    return (period is not None and not period.day and not asked & _IN_ALL and q.today < s_lo
            and period.first <= s_hi and period.last >= s_lo
            and bool(asked & _OPENS or _GOES_OUT.search(folded(q.text))) and not (asked & _CLOSES or asked & _ANSWERING)
            and bool(re.search(r"\b(?:hur manga|how many|hur lang tid|how long)\b", fold(q.text))))


# "tid kvar till remissen?", "kvar innan remissen kommer", "before the consultation comes out": counted to its start
# (b54 #52: "innan remissen kommer" was counted to the last day).
# "… till remissen nu?", "… until the consultation now?": a filler word or two after the step changes nothing.
_TAIL = r"(?:\W+(?:nu|da|egentligen|alltsa|ens|eller|va|now|then|actually|already|still|right))*\W*$"
_TO_CONSULTATION = re.compile(r"\b(?:till|tills|innan|fore|until|before) (?:remissen|the consultation)(?: (?:kommer|"
                              r"oppnar|oppnas|borjar|startar|skickas ut|gar ut|kommer ut|dyker upp|comes|opens|starts|"
                              r"begins|arrives|goes out|is sent out|comes out))?" + _TAIL + "|"
                              # "… i väntan på remissen? … hur många veckor är det kvar tills den kommer?": the pronoun
                              # is the consultation, and its coming is its start, as with the noun.
                              r"\b(?:tills|innan|until|before) (?:den|it) (?:kommer|oppnar|oppnas|borjar|startar|"
                              r"skickas ut|gar ut|kommer ut|dyker upp|comes|opens|starts|begins|arrives|goes out|"
                              r"is sent out|comes out)" + _TAIL)


# "hur många dagar är det kvar då?", "how many days will be left by then?", "räknat från den dagen": the count is
# from the day named in the message, not from today (b55 #79).
_COUNT_THEN = re.compile(r"\bkvar (?:da|sa dags|vid det laget|nar jag (?:ar|kommer) tillbaka)\b|\bfran (?:den|det) "
                         r"(?:dagen|datumet)\b|\b(?:left|remain\w*) (?:by |at )?(?:then|that (?:day|date|point))\b|"
                         r"\bfrom that (?:day|date)\b|\bleft when i(?:'m| am| get) back\b")


# The count asked in a sentence of its own ("… hur många dagar har vi kvar att svara på remissen då?", "how many days
# will we have left to reply then?"): what is left (kvar/left/återstår) with "då"/"then" closing it, or a time
# anaphor anywhere in it ("by then", "när jag kommer tillbaka"), is counted from the day named (b69 #56).
_COUNT_SENTENCE = re.compile(r"([^.?!]*)(\b(?:hur manga|how many|how much time|hur mycket tid)\b[^.?!]*)")
_LEFT_WORD = re.compile(r"\b(?:kvar|left|remain\w*|aterstar|aterstod)\b")
_THEN_END = re.compile(r"\b(?:da|sen|then)\W*$")
_THEN_ANY = re.compile(r"\b(?:by then|at that (?:point|time)|vid det laget|sa dags|"
                       r"(?:when|once|after) (?:i|we)(?:'m|'re| am| are| get| come)? (?:back|return\w*)|"
                       r"nar (?:jag|vi) (?:ar|kommer|kommit) (?:tillbaka|hem)|"
                       r"fran (?:den|det) (?:dagen|datumet)|from (?:that|this) (?:day|date)|from then)\b")
# A count TO a day ("hur många dagar kvar till 2 augusti då?") is not one from it.
_TO_A_DAY = re.compile(r"\b(?:till|tills|until|to|innan|before|fore)\s+(?:den\s+|the\s+)?(?:\d|jan|feb|mar|apr|maj|"
                       r"may|jun|jul|aug|sep|okt|oct|nov|dec)")


def counts_from_day(folded_text: str) -> bool:
    """Whether the count of days asked is from the day the message names, not from today."""
    if _COUNT_THEN.search(folded_text):
        return True
    if "then" not in folded_text and "da" not in folded_text and "back" not in folded_text and (
            "tillbaka" not in folded_text and "hem" not in folded_text and "laget" not in folded_text
            and "dags" not in folded_text and "sen" not in folded_text and "point" not in folded_text):
        return False    # cheap
    for m in _COUNT_SENTENCE.finditer(folded_text):
        s = m.group(2).strip()
        if not _LEFT_WORD.search(s) or _TO_A_DAY.search(s):
            continue
        if _THEN_END.search(s) or _THEN_ANY.search(m.group(0)):
            return True
    return False


def days_left(kit: Kit, q: Asked) -> Answer:
    lang, today = q.language, q.today
    if (long_ := length(kit, q)) is not None:
        return long_
    other = days_to_other(kit, q)
    if other is not None:
        return other
    if (hour := last_day_hour(kit, q)) is not None and kit.process.consultation_item is not None:
        return kit.answer(q, hour, [kit.process.consultation_item.source], action="remissvar")
    item, s_lo, s_hi, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    if last is None:
        text = t(lang, f"Det kan jag inte räkna: remissens sista dag anges inte exakt "
                       f"({format_fuzzy(item.last, lang)}), så jag kan inte räkna dagarna.",
                 f"I cannot count them: the consultation's last day is not given exactly "
                 f"({format_fuzzy(item.last, lang)}), so I cannot count the days.")
    elif today > last:
        # How long ago, as for an event past (the count asked for is of days).
        ago = kit.when_relative(last, today, lang)
        text = t(lang, f"Inga dagar kvar: enligt tidplanen var sista dagen för remissen {format_date(last, lang)} "
                       f"({ago}).",
                 f"No days left: according to the timeline the consultation's last day was {format_date(last, lang)} "
                 f"({ago}).")
    elif today == last:
        text = t(lang, f"**I dag är sista dagen** för remissen ({format_date(last, lang)}).",
                 f"**Today is the last day** of the consultation ({format_date(last, lang)}).")
    elif (check := deadline_check(kit, q)) is not None and not _counts_to_opening(kit, q):
        text = check
        asked_period = _asked_period(kit, q)
        counted = bool(re.search(r"\b(?:hur manga|how many|antal)\b", fold(q.text)))
        if counted and asked_period is not None and asked_period[2] >= 0 and today >= s_lo:
            # "Hur många dagar kvar? vi har KS-beslut 28/9": the days left from today is what was counted for;
            # the day told beside it is checked against the last day after that.
            name, _, after = asked_period
            left = (last - today).days
            last_f = format_date(last, lang, weekday=True)
            if counts_from_day(fold(q.text)):
                # "tillbaka 2 augusti – hur många dagar är det kvar då?": the count asked for is from the day
                # named, so it leads; today's count comes after it.
                return kit.answer(q, t(
                    lang, f"**{days_phrase(after)} kvar** från {name} till remissens sista dag, {last_f}. "
                          f"(Räknat från i dag är det {days_phrase(left)}.)",
                    f"**{days_phrase(after, 'en')} left** from {name} to the consultation's last day, {last_f}. "
                    f"(Counted from today it is {days_phrase(left, 'en')}.)"),
                    [item.source], action="remissvar")
            text = t(lang, f"**{days_phrase(left)} kvar.** Sista dagen för remissen är {last_f}. {name[:1].upper()}"
                           f"{name[1:]} ligger före den: efter det återstår {days_phrase(after)}.",
                     f"**{days_phrase(left, 'en')} left.** The consultation's last day is {last_f}. {name[:1].upper()}"
                     f"{name[1:]} is before it: after that there are {days_phrase(after, 'en')} left.")
    else:
        left = (last - today).days
        last_f = format_date(last, lang, weekday=True)
        asked = set(tokens(fold(q.text)))
        to_consultation = bool(_TO_CONSULTATION.search(fold(q.text).strip()))
        if today < s_lo and (asked & _OPENS or to_consultation or _GOES_OUT.search(folded(q.text))) and not (
                asked & _CLOSES or asked & _ANSWERING or _EXPIRES.search(folded(q.text))):
            # "hur länge är det kvar tills remissen öppnar / skickas ut?": a step is counted to its start unless
            # its end or the answering is asked; the start is approximate, so the time is too.
            weeks = kit.weeks_to_opening(today)
            about = t(lang, f"om ungefär {weeks} veckor" if weeks > 1 else "om några dagar",
                      f"in about {weeks} weeks" if weeks > 1 else "in a few days")
            text = t(lang, f"Remissen öppnar enligt tidplanen i {format_fuzzy(item.first, lang)}, alltså {about} "
                           f"(exakt startdag anges inte). Den pågår till och med {last_f}.",
                     f"According to the timeline the consultation opens in {format_fuzzy(item.first, lang)}, that is "
                     f"{about} (the exact day is not given). It runs until {last_f}.")
        elif today < s_lo or (today <= s_hi and not item.first.is_exact):
            text = t(lang, f"**{days_phrase(left)}** till remissens sista dag, {last_f}. Remissen har inte öppnat än "
                           f"(planerad {format_fuzzy(item.first, lang)}).",
                     f"**{days_phrase(left, 'en')}** until the consultation's last day, {last_f}. It has not opened "
                     f"yet (planned {format_fuzzy(item.first, lang)}).")
            if today >= s_lo:
                text = t(lang, f"**{days_phrase(left)}** till remissens sista dag, {last_f}. Remissen är planerad att "
                               f"öppna {format_fuzzy(item.first, lang)} (exakt dag anges inte).",
                         f"**{days_phrase(left, 'en')}** until the consultation's last day, {last_f}. It is planned "
                         f"to open {format_fuzzy(item.first, lang)} (the exact day is not given).")
        elif left == 1:
            text = t(lang, f"**1 dag kvar** – sista dagen för remissen är i morgon, {last_f}.",
                     f"**1 day left** – the consultation's last day is tomorrow, {last_f}.")
        else:
            text = t(lang, f"**{days_phrase(left)} kvar.** Sista dagen för remissen är {last_f}.",
                     f"**{days_phrase(left, 'en')} left.** The consultation's last day is {last_f}.")
    if asked_weeks(q.text) and last is not None and today < last and not text.startswith(("Remissen öppnar",
                                                                                           "According")):
        weeks = round((last - today).days / 7)
        if today < s_lo and not re.search(r"\b(?:kvar|tills?|until|left|remaining|aterstar)\b", folded(q.text)):
            # Before it opens the weeks asked about are the consultation's own (about 15 from mid-June), not those
            # from today to its last day; both are said.
            own = round((((last - s_hi).days + 1) + ((last - s_lo).days + 1)) / 2 / 7)
            text = t(lang, f"Remissen är ungefär {own} veckor lång ({format_fuzzy(item.first, lang)} till och med "
                           f"{format_date(last, lang)}); från i dag till sista dagen är det ungefär {weeks} veckor. ",
                     f"The consultation is about {own} weeks long ({format_fuzzy(item.first, lang)} through "
                     f"{format_date(last, lang)}); from today to its last day it is about {weeks} weeks. ") + text
        else:
            text = t(lang, f"Ungefär {weeks} veckor. ", f"About {weeks} weeks. ") + text
    if last is not None and today < last and text.startswith("**") and (on_day := _weekday_check(q, last)):
        text += " " + on_day        # "vi har KS på tisdag, hinner vi?" beside the days left (b53 #75)
    return kit.answer(q, text, [item.source])


WEEKDAYS = _WEEKDAYS = {"mandag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "monday": 0, "tuesday": 1,
             "wednesday": 2, "thursday": 3, "friday": 4}
# "KS på tisdag", "nämnden i torsdags"? no – "på/nu på/nästa/on/next <weekday>": a coming weekday named.
_ON_WEEKDAY = re.compile(r"\b(?:pa|nu pa|nasta|till|on|next|this)\s+(mandag|tisdag|onsdag|torsdag|fredag|monday|"
                         r"tuesday|wednesday|thursday|friday)\b")
ON_WEEKDAY = _ON_WEEKDAY        # (the engine sets the asker's own weekday against the last day with it too)


def names_coming_weekday(folded_text: str) -> bool:
    return _ON_WEEKDAY.search(folded_text) is not None


def _weekday_check(q: Asked, last: dt.date) -> str | None:
    """"Vi har KS på tisdag, hinner vi?": the coming weekday named, against the last day. A weekday is no period of
    the entity rules, so the days-left answer alone left "hinner vi?" unanswered. Today's own weekday is left (this
    one or the next?)."""
    f = folded(q.text)
    if "hinn" not in f and "make it" not in f and "in time" not in f:
        return None
    m = _ON_WEEKDAY.search(f)
    if m is None or q.entities.period is not None:
        return None
    ahead = (_WEEKDAYS[m.group(1)] - q.today.weekday()) % 7
    if ahead == 0:
        return None
    day = q.today + dt.timedelta(days=ahead)
    lang = q.language
    day_f, last_f = format_date(day, lang, weekday=True), format_date(last, lang)
    if day > last:
        return t(lang, f"Nej, inte utan anstånd: {day_f} är efter remissens sista dag, {last_f}. Anstånd beviljar "
                       "samordnarna – kontakta dem i god tid.",
                 f"No, not without an extension: {day_f} is after the consultation's last day, {last_f}. The "
                 "coordinators grant extensions – contact them in good time.")
    left = (last - day).days
    return t(lang, f"Ja: {day_f} ligger före sista dagen ({last_f}), så ni hinner om svaret lämnas senast då"
                   + (f" – efter det återstår {days_phrase(left)}." if left else "."),
             f"Yes: {day_f} is before the last day ({last_f}), so you make it if the response is in by then"
             + (f" – after it there are {days_phrase(left, 'en')} left." if left else "."))


# "två veckor kvar av augusti": the rest of a month or season told, not weeks asked about.
_REST_OF = re.compile(r"\b(?:veckor|vecka|weeks?)\s+(?:kvar|left|remaining)\s+(?:av|pa|i|of|in)\s+(?:the\s+)?"
                      r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                      r"january|february|march|may|june|july|august|october|sommar\w*|summer|manaden|month|aret|year|"
                      r"hosten|autumn|fall|terminen)\b")


def asked_weeks(text: str) -> bool:
    f = _REST_OF.sub(" ", fold(text))
    return bool(set(tokens(f)) & {"veckor", "vecka", "veckorna", "weeks", "week"})


# "… eller är vi bara remissinstans?" ("or is it only municipalities?" is another "only").
_ONLY_RESPONDENT = re.compile(r"\b(?:bara|enbart|endast|only|just|merely)\s+(?:en\s+|a\s+)?(?:remissinstans\w*|"
                              r"respondent\w*|consultee\w*|remissmottagare)\b")
# Parts of an organisation ("regionens egna förvaltningar"): whether they answer on their own is not said.
_PARTS_OF = frozenset("forvaltning forvaltningar forvaltningarna forvaltningen avdelning avdelningar avdelningarna "
                      "enhet enheter enheterna departments department administrations units".split())
_OUTSIDERS = {"medborgare", "medborgarna", "invanare", "privatperson", "privatpersoner", "allmanheten", "enskilda",
              "foretag", "foretagen", "forening", "foreningar", "citizens", "citizen", "public", "residents",
              "companies", "associations", "individuals"}


# Sending the consultation out ("vem skickar ut remissen?", "who is it sent out by?"); an answer's sending is not it.
_SENDS = frozenset({"skickar", "skickas", "sander", "sands", "avsandare", "avsandaren", "sends", "sent", "sender",
                    "issues", "issued"})
_RESPONSE_WORDS = frozenset({"remissvar", "remissvaret", "remissvaren", "svar", "svaret", "svaren", "response",
                             "responses", "answer", "answers", "vi", "we", "jag", "i"})


# A member's own members or parts ("våra idrottsförbund", "medlemsföreningarna", "our member clubs"): not the
# partnership's organisations either.
_UNDER_A_MEMBER = ("forbund", "forbunden", "foreningar", "foreningarna", "klubbar", "klubbarna", "foreningen",
                   "clubs", "federations")


# "Vem är mottagare av remissen?", "who is the formal addressee?": to whom it goes.
RECIPIENT = re.compile(r"\b(?:mottagare\w*|adressat\w*|recipients?|addressees?)\b")


def asks_outsiders(asked: set[str]) -> bool:
    """Whether a question about answering the consultation names others than the partnership's organisations."""
    return bool(asked & _OUTSIDERS) or names_members_parts(asked) or any(
        len(w) >= 6 and w[:1] in _OUTSIDER_FIRST and _one_letter_dropped(w) for w in asked)


# The outsiders' words by length, and their first letters: a word typed a letter short ("fretagen" for "företagen",
# b76 #40) is still one of them.
_OUTSIDER_FIRST = frozenset(w[0] for w in _OUTSIDERS)


def _one_letter_dropped(word: str) -> bool:
    return any(len(o) == len(word) + 1 and any(o[:i] + o[i + 1:] == word for i in range(len(o))) for o in _OUTSIDERS)


def names_members_parts(asked: set[str] | frozenset[str]) -> bool:
    """"våra idrottsförbund", "medlemsföreningarna": a member's own members, asked about on their own (a joint
    response with them is another question)."""
    return any(w.endswith(_UNDER_A_MEMBER) for w in asked) and not any(
        w.startswith(("gemensam", "tillsammans", "joint", "together")) for w in asked)


# A sentence that doubts whether an organisation answers at all: a "not" beside answering ("skickar väl inget
# remissvar", "behöver väl inte svara"), or being spared ("slipper", "undantagen", "exempt") beside the consultation.
# ("också", "also" ask a yes: "Får Handelskammaren också svara?")
_NOT_WORDS = frozenset("inget inga inte icke not no".split())
_SPARED_WORDS = frozenset("slipper slippa undantag undantagna undantagen undantaget exempt exempted".split())
_RESPONDING_WORDS = frozenset("remissvar remissvaret remissvaren svara svarar respond responds response".split())
_GETTING = frozenset("remiss remissen remissrundan consultation".split())


def respondent_doubted(kit: Kit, q: Asked) -> Organisation | None:
    """The one respondent a question names ("Vi på RF-SISU behöver väl inte …?", "Slipper Länsstyrelsen remissen?")
    when one of its sentences doubts whether that organisation answers the consultation at all; None for how, where
    or when."""
    org = one_respondent(kit, q)
    if org is None or "?" not in q.text:
        return None
    first = [w for w in tokens(folded(q.text)) if w not in {"hej", "hejsan", "hi", "hello", "och", "and"}]
    if not first or first[0] in {"hur", "var", "vart", "nar", "how", "where", "when"}:
        return None
    for sentence in split_sentences(q.text):
        words = set(tokens(fold(sentence)))
        if (words & _NOT_WORDS and words & _RESPONDING_WORDS) or (
                words & _SPARED_WORDS and words & (_RESPONDING_WORDS | _GETTING)):
            return org
    return None


def one_respondent(kit: Kit, q: Asked) -> Organisation | None:
    """The one respondent of the consultation a question names, if it names one."""
    orgs = [o for o in q.entities.organisations if o in kit.process.respondents]
    return orgs[0] if len(orgs) == 1 else None


def member_responds(kit: Kit, lang: Language, org: Organisation) -> str:
    partnership = kit.process.partnership.name.get(lang)
    return t(lang, f"**{org.name}** är en av remissinstanserna: remissen går till {partnership}, där {org.name} är "
                   "med, och varje organisation där lämnar sitt eget remissvar. Att någon av remissinstanserna skulle "
                   "vara undantagen står inte i underlaget, och inte heller om ni måste svara – fråga samordnarna om "
                   "ni är osäkra.",
             f"**{org.name}** is one of the respondents: the consultation goes to {lower_first(partnership)}, of which "
             f"{org.name} is a member, and each organisation in it gives its own response. The material does not say "
             "that any respondent is exempt, nor whether you must respond – ask the coordinators if you are unsure.")


def respondents(kit: Kit, q: Asked) -> Answer:
    """Who gets the consultation: the partnership's members (the bot's sender, the organisation behind
    the update, answers none)."""
    lang = q.language
    process = kit.process
    consultation, item = process.consultation, process.consultation_item
    assert consultation is not None and item is not None
    sender = process.organisation(consultation.sender)
    members = process.respondents
    partnership = process.partnership.name.get(lang)
    sources = [item.source, process.partnership.source]
    if asks_must_we(q.text):
        # "Remissen har kommit. Måste vi svara?": who gets it does not say whether they must; that the material
        # does not say so leads, then who gets it and until when.
        text = t(lang, f"Det står inte i underlaget att ni måste svara på remissen. Den går till {partnership}, och "
                       f"var och en av de {len(members)} remissinstanserna kan lämna ett remissvar (**remissvar**) "
                       f"{_period_text(kit, lang)}; hinner ni inte kan samordnarna ge anstånd. Fråga samordnarna om "
                       "ni är osäkra.",
                 "The material does not say that you must respond. The consultation goes to "
                 f"{lower_first(partnership)}, and each of its {len(members)} respondents may give a response "
                 f"(**response**) {_period_text(kit, lang)}; if you cannot make it, the coordinators can give an "
                 "extension. Ask the coordinators if you are unsure.")
        named = [o for o in q.entities.organisations if o in members]
        if len(named) == 1:
            # "Behöver universitetet lämna remissvar, vi är ju ingen kommun?": the one asked about is one of them.
            text = text.replace(t(lang, " Fråga samordnarna", " Ask the coordinators"), t(
                lang, f" {named[0].name} är en av dem. Fråga samordnarna", f" {named[0].name} is one of them. Ask the "
                "coordinators"), 1)
        return kit.answer(q, text, sources, action="remissvar")
    if not q.entities.organisations and asks_outsiders(set(tokens(fold(q.text)))) and not RECIPIENT.search(
            folded(q.text)):
        # ("Vem är formell mottagare – organisationerna eller enskilda personer?" asks to whom it goes: the list.)
        # "Kan vanliga medborgare också lämna remissvar?": the material names who gets it, no one else.
        line = people.outsider_lead(kit, q.text, None, False, lang)
        if line is not None and line.startswith(("Inte direkt i boten", "Not directly in the bot")):
            return kit.answer(q, line, sources)     # a company: its route too (b65 #28)
        text = t(lang, "Om andra än partnerskapets organisationer – till exempel medborgare, föreningar eller "
                       f"företag – kan lämna remissvar står inte i underlaget. Remissen går till {partnership}, och "
                       f"i boten lämnar de {len(members)} remissinstanserna sina remissvar.",
                 "Whether others than the partnership's organisations – citizens, associations or companies, say – "
                 f"may respond is not in the material. The consultation goes to {lower_first(partnership)}, and in "
                 f"the bot its {len(members)} respondents give their responses.")
        return kit.answer(q, text, sources)
    # (Of the response only: "får vi remissen direkt, eller går den via kommunledningen?" asks how the consultation
    # reaches the organisation – who gets it answers that, b54 #55.)
    arranged = routed_through_another(folded(q.text)) if q.entities.organisations and re.search(
        r"svar|respons|answer|repl", folded(q.text)) else None
    if arranged is not None and not any(
            fold(o.name).split()[-1][:8] in fold(q.text)[arranged.end():] for o in q.entities.organisations):
        # "Handelskammaren här – lämnar vi ett eget remissvar eller går det via nån annan?": the asker's own.
        orgs = join_list([o.name for o in q.entities.organisations], lang)
        text = t(lang, f"Varje organisation i {partnership} lämnar sitt eget remissvar (**remissvar**), och {orgs} "
                       "är med där. Att svaret ska gå via någon annan står inte i underlaget.",
                 f"Each organisation in {lower_first(partnership)} gives its own response (**response**), and "
                 f"{orgs} {'is a member' if len(q.entities.organisations) == 1 else 'are members'}. The material "
                 "does not say that the response is to go through anyone else.")
        return kit.answer(q, text, sources, action="remissvar")
    if arranged is not None:
        # "Ska näringslivets remissvar samordnas via Handelskammaren?": an arrangement the material never mentions;
        # a yes about who gets the consultation would confirm it.
        orgs = join_list([o.name for o in q.entities.organisations], lang)
        text = t(lang, f"Det står inte i underlaget att remissvar ska samordnas eller gå via {orgs}; fråga "
                       f"samordnarna. Remissen går till {partnership}, där {orgs} är med, och varje organisation "
                       "lämnar sitt eget remissvar (**remissvar**).",
                 f"The material does not say that responses are to be coordinated by or go through {orgs}; ask the "
                 f"coordinators. The consultation goes to {lower_first(partnership)}, of which {orgs} "
                 f"{'is a member' if len(q.entities.organisations) == 1 else 'are members'}, and each organisation "
                 "gives its own response (**response**).")
        return kit.answer(q, text, sources, action="remissvar")
    if q.entities.organisations:
        lines = []
        asked = set(tokens(fold(q.text)))
        if "SEPARATE" in q.entities.concepts or asked & {"samma", "same"}:
            # "Får bildningsförbundet samma remiss som kommunerna eller en separat?": one consultation (18#59).
            lines.append(t(lang, f"Det är samma remiss: den går till {partnership}, och varje organisation lämnar "
                                 "sitt eget remissvar.",
                           f"It is the same consultation: it goes to {lower_first(partnership)}, and each "
                           "organisation gives its own response."))
        role_ = kit.roles.get(kit.rules.partnership_role or "")
        for org in q.entities.organisations:
            if org in members and _ONLY_RESPONDENT.search(fold(q.text)) and role_ is not None:
                # "Har RF-SISU nåt att säga till om, eller är vi bara remissinstans?": more than that.
                lines.append(t(lang, f"Mer än remissinstans: **{org.name}** är med i {partnership}. "
                                     f"{role_.text.get(lang)} Remissen går också till partnerskapet, så {org.name} "
                                     "får den.",
                               f"More than a respondent: **{org.name}** is a member of {lower_first(partnership)}. "
                               f"{role_.text.get(lang)} The consultation also goes to the partnership, so {org.name} "
                               "gets it."))
                sources.append(role_.source)
            elif org in members and respondent_doubted(kit, q) is org:
                # "Vi på Handelskammaren slipper väl att svara?": no "Ja" to a doubt; it is one of the respondents.
                lines.append(member_responds(kit, lang, org))
            elif org in members:
                lines.append(t(lang, f"Ja, **{org.name}** får remissen: den går till {partnership}, där "
                                     f"{org.name} är med.",
                               f"Yes, **{org.name}** gets the consultation: it goes to {lower_first(partnership)}, "
                               f"of which {org.name} is a member."))
            elif org.id == sender.id:
                if asked & _PARTS_OF:
                    # "… gäller den även Region Örebro läns egna förvaltningar?": not in the material.
                    genitive = org.name if org.name.endswith(("s", "x", "z")) else f"{org.name}s"
                    lines.append(t(lang, f"Om {genitive} egna förvaltningar lämnar remissvar var för sig står inte i "
                                         "underlaget.",
                                   f"Whether {org.name}'s own departments respond separately is not in the material."))
                lines.append(t(lang, f"**{org.name}** är med i {partnership}, men i boten är {org.name} remissens "
                                     "avsändare och lämnar inget remissvar.",
                               f"**{org.name}** is a member of {lower_first(partnership)}, but in the bot "
                               f"{org.name} sends the consultation and gives no response."))
            else:
                lines.append(t(lang, f"Nej, **{org.name}** är inte remissinstans.",
                               f"No, **{org.name}** is not a respondent."))
        if asked & _SENDS and not asked & (_RESPONSE_WORDS - {"vi", "we", "jag", "i"}) and not (
                asked & {"till", "to", "samma", "same"} or "SEPARATE" in q.entities.concepts):
            # "Lindesberg har inte fått remissen, vem skickar den?": the second part too. The material names no
            # sender; the bot's (the process file's) is said as such, and a missing one is the coordinators' to find.
            lines.append(t(lang, "Vem som skickar ut remissen står inte uttryckligen i underlaget; i boten är "
                                 f"{sender.name} remissens avsändare. Enligt tidplanen pågår den "
                                 f"{_period_text(kit, lang)}. Har ni inte fått den, kontakta samordnarna.",
                           "Who sends the consultation out is not stated in the material; in the bot "
                           f"{sender.name} is its sender. According to the timeline it runs {_period_text(kit, lang)}"
                           ". If you have not received it, contact the coordinators."))
        return kit.answer(q, "\n".join(lines), sources)
    names = join_list([o.name for o in members], lang)
    asked = set(tokens(fold(q.text)))
    # ("vem skickas remissen till?" asks who gets it)
    if asked & _SENDS and not asked & _RESPONSE_WORDS and not asked & {"till", "to"}:
        # "vem skickar ut remissen?": the sender, not the receivers, first. The material names no sender; the bot's
        # sender (the process file's) is said as such, then who gets it.
        text = t(lang, "Vem som skickar ut remissen står inte uttryckligen i underlaget; i boten är "
                       f"{sender.name} remissens avsändare. Remissen går till {partnership}: {len(members)} "
                       f"remissinstanser, {names}.",
                 "Who sends the consultation out is not stated in the material; in the bot "
                 f"{sender.name} is its sender. The consultation goes to {lower_first(partnership)}: "
                 f"{len(members)} respondents, {names}.")
        return kit.answer(q, text, sources)
    if q.entities.unknown_name:
        who = literal(q.entities.unknown_name)
        return kit.answer(q, t(lang, f"Nej, **{who}** är inte med i {partnership}, som remissen går till. "
                                     f"Remissinstanserna är: {names}.",
                               f"No, **{who}** {people.not_members(who)} of {lower_first(partnership)}, which the "
                               f"consultation goes to. The respondents are: {names}."), sources)
    text = t(lang, f"Remissen går till {partnership}: {len(members)} remissinstanser, {names}.",
             f"The consultation goes to {lower_first(partnership)}: {len(members)} respondents, {names}.")
    if not consultation.respondents:
        text += "\n\n" + t(lang, f"({sender.name} är remissens avsändare i boten och lämnar inget remissvar.)",
                           f"({sender.name} sends the consultation in the bot and gives no response.)")
    return kit.answer(q, text, sources)


# -- questions beside the consultation's own dates (round 11) ------------------------------------------------
# Whether the period has been changed: the bot knows the plan, not later decisions ("har remisstiden förlängts?",
# "is the consultation being extended?"). Asked for one's own organisation it is an anstånd (feature.extension).
_CHANGED = re.compile(r"\b(?:forlangts|forlangd|forlangda|forlangt|flyttats|flyttad|andrats|andrad|"
                      r"skjutits upp|senarelagts|senarelagd|extended|postponed|moved|changed)\b")
# Asked for one's own organisation, or whether it can be done ("kan remisstiden förlängas?", "can it be extended?"):
# the coordinators' anstånd answers that.
_OURS = frozenset("vi oss jag mig vart vara we us i me our my kan can could may fa".split())
# A choice or a comparison between inspel and the remissvar ("inspel eller remissvar?", "räcker det med remissvar?").
# What the two words mean, and how they differ, is the glossary's ("vad är skillnaden mellan inspel och remissvar?").
_CHOICE = frozenset("eller or istallet instead racker enough mening vs versus".split())
_RESPONSE = re.compile(r"\bremissvar\w*|\bconsultation response|\bresponse\b")
# The asker's own organisation's bodies and its handling inside it, asked of its response or its anchoring: the
# material describes neither ("måste våra kommunfullmäktige också besluta om RUS?" is the decision's answer).
_INTERNAL = re.compile(r"\bkommunstyrelse\w*|\bkommunfullmaktige\w*|\bks\b|\bkf\b|\bstyrelse\w*|\bledningsgrupp\w*|"
                       r"\bmunicipal (?:board|council|executive)|\bour (?:board|council)\b|\binternt?\b|"
                       r"\binternally\b|\bi (?:min|var|vart) egen?\b|\bin (?:my|our) own\b|\begen organisation\w*|"
                       r"\begna organisation\w*|\bown organi[sz]ation\b")
_BODY = re.compile(r"\bkommunstyrelse\w*|\bkommunfullmaktige\w*|\bks\b|\bkf\b|\bstyrelse\w*|\bledningsgrupp\w*|"
                   r"\bmunicipal (?:board|council|executive)|\bour (?:board|council)\b|\binternt?\b|\binternally\b")
_ANSWER_WORDS = re.compile(r"\bremissvar\w*|\bsvaret\b|\bconsultation response|\bour response\b")

def beside(kit: Kit, q: Asked) -> Answer | None:
    """Questions about the consultation that its dates alone do not answer, whatever intent they were read as:
    whether the period has changed, inspel or remissvar, and how an organisation handles its answer inside it."""
    if kit.process.consultation_item is None:
        return None
    return changed(kit, q) or inspel_or_response(kit, q) or internal(kit, q) or _who_decided(kit, q) or (
        _own_features(kit, q))


_OWN: list[Callable[[Kit, Asked], Answer | None]] = []


def _own_features(kit: Kit, q: Asked) -> Answer | None:
    """The bot's own features read as a content question ("behöver någon godkänna min koppling till Laxå?" as who
    decides). Imported on first use, as features imports this module (kept, as beside runs for most questions)."""
    if not _OWN:
        from rusbot.answers.answerers import features
        _OWN.append(features.in_content)
    return _OWN[0](kit, q)


_DECIDED = frozenset("bestamt beslutat bestamde beslutade decided".split())
_LONG = frozenset("semester semestern sommar sommaren summer holiday holidays vacation lang lange long".split())


def _who_decided(kit: Kit, q: Asked) -> Answer | None:
    """"Remiss över hela sommaren – vem har bestämt det?" (read as a question about the bot's source): whose wish
    the period was."""
    c, words = q.entities.concepts, folded_words(q.text)
    if not ({"WHO", "CONSULT"} <= c and words & _DECIDED and (words & _LONG or "DURATION" in c)):
        return None
    return _why_length(kit, q)


def _period_text(kit: Kit, lang: Language) -> str:
    item, _, _, last, _ = kit.consultation_parts()
    assert item.first is not None and item.last is not None
    end = format_date(last, lang) if last is not None else format_fuzzy(item.last, lang)
    return t(lang, f"från {format_fuzzy(item.first, lang)} till och med {end}",
             f"from {format_fuzzy(item.first, lang)} through {end}")


def changed(kit: Kit, q: Asked) -> Answer | None:
    """"Har remisstiden förlängts?": whether plans changed is what the bot cannot know, so that leads; then the
    plan's period, and that one organisation's extension (anstånd) is the coordinators' to grant."""
    words = folded_words(q.text)
    if not q.entities.concepts & {"CONSULT", "EXTEND"} or words & _OURS or not _CHANGED.search(folded(q.text)):
        return None
    if "CONSULT" not in q.entities.concepts and "remisstid" not in folded(q.text):
        return None
    lang, item = q.language, kit.process.consultation_item
    assert item is not None
    text = t(lang, "Det vet jag inte: jag känner bara till tidplanen, inte om den har ändrats efteråt. "
                   f"Enligt tidplanen pågår remissen {_period_text(kit, lang)}. Anstånd för en enskild organisation "
                   "beviljar samordnarna – fråga dem om en förlängning.",
             "I don't know: I only know the timeline, not whether it has been changed since. "
             f"According to the timeline the consultation runs {_period_text(kit, lang)}. An extension for one "
             "organisation is granted by the coordinators – ask them about it.")
    return kit.answer(q, text, [item.source], topic="consultation.dates")


def inspel_or_response(kit: Kit, q: Asked) -> Answer | None:
    """"Inspel eller remissvar nu i augusti?", "måste vi lämna inspel eller räcker remissvaret?": which applies
    on the day asked, and what each is; the material sets no duty to give inspel, so none is claimed."""
    c, text = q.entities.concepts, folded(q.text)
    if ("inspel" not in text and "input" not in text) or not _RESPONSE.search(text):
        return None
    if not (folded_words(q.text) & _CHOICE or "MUST" in c) or "DIFFERENCE" in c:
        return None
    lang, item = q.language, kit.process.consultation_item
    assert item is not None
    state = kit.consultation_state(q.today)
    period = _period_text(kit, lang)
    response = t(lang, "Remissvaret är organisationens formella svar på remissen, ett per organisation (kommandot "
                       "**remissvar**).",
                 "The consultation response is the organisation's formal answer to the consultation, one per "
                 "organisation (the command **remissvar**).")
    phase1 = kit.process.phases[0] if kit.process.phases else None
    said = t(lang, f", det som hör till {lower_first(phase1.name.sv)}", f", which belongs to {phase1.name.en}") if (
        phase1 is not None) else ""
    inspel = t(lang, f"Inspel är förslag på vad som ska uppdateras i RUS{said}; i boten kan du lämna dem "
                     "(kommandot **inspel**).",
               f"Input is a suggestion of what to update in RUS{said}; you can give it in the bot (the command "
               "**inspel**).")
    no_duty = t(lang, "Underlaget säger inget om att inspel krävs.", "The material does not say input is required.")
    if state in ("opening", "open", "last_day"):
        lead = t(lang, f"Nu pågår remissen ({period}), så era synpunkter på förslaget lämnar ni i remissvaret.",
                 f"The consultation is open now ({period}), so your comments on the draft go in the consultation "
                 "response.")
        parts = [lead, response, inspel, no_duty]
        from rusbot.answers.answerers import features

        if (kind := features.revision_asked(q.text)) in ("resubmit", "undo"):
            # "Går det att ändra efter att man skickat in? Eller ska vi lägga det som inspel?": the change asked
            # beside the choice is answered first (b53 #72: left out).
            parts.insert(0, features.revision_text(kit, q, kind))
    elif state == "before":
        lead = t(lang, "Underlaget säger inget om att inspel krävs: det formella svaret är remissvaret, under "
                       f"remissen {period}.",
                 "The material does not say input is required: the formal answer is the consultation response, "
                 f"during the consultation {period}.") if "MUST" in c else t(
            lang, f"Remissvaret lämnar ni under remissen ({period}); inspel om vad som ska uppdateras kan ni lämna "
                  "före den.",
            f"The consultation response is given during the consultation ({period}); input on what to update can "
            "be given before it.")
        parts = [lead, response, inspel] + ([] if "MUST" in c else [no_duty])
    else:
        lead = t(lang, f"Enligt tidplanen är remisstiden slut – remissen pågick {period}.",
                 f"According to the timeline the consultation is over – it ran {period}.")
        parts = [lead, response, inspel, no_duty]
    sources = [item.source, *(p.source for p in kit.process.phases[:1])]
    return kit.answer(q, " ".join(parts), sources, topic="feature.remissvar")


def internal(kit: Kit, q: Asked) -> Answer | None:
    """"Ska vi ta remissvaret i kommunstyrelsen först?", "hur förankrar jag det i min egen organisation?": the
    material does not say how an organisation handles its answer inside it, so that leads; then what it says of
    anchoring (with the partnership, then politically within the region) and the last day."""
    c, text = q.entities.concepts, folded(q.text)
    # The substring tests first (each reading of _ANSWER_WORDS has "svar" or "response"): most questions stop there.
    if not ((("svar" in text or "response" in text) and _BODY.search(text) and _ANSWER_WORDS.search(text)) or (
            ("forankr" in text or "anchor" in text) and _INTERNAL.search(text))):
        return None
    if c & {"DAYS", "EXTEND", "WHEN"} or q.entities.period is not None or _NOT_IN_TIME_WORDS & folded_words(q.text):
        return None         # "KS först i oktober – hinner vi?": the deadline check answers that
    asked = [folded(x) for x in split_sentences(q.text) if "?" in x]
    if asked and not any(_BODY.search(x) or ("forankr" in x or "anchor" in x) for x in asked):
        return None         # "Vi hade styrelsemöte och klubbade vårt remissvar. … ska det mejlas också?": the board
        #                     told as done, in a statement, is not asked of (b74 #70)
    from rusbot.answers.answerers.features import revision_asked
    if revision_asked(q.text) is not None:
        return None         # "får KS ändra i svaret när det är inskickat?": a new version, README's feature
    if re.search(r"\b(?:antar|anta|antas|adopts?)\b", text) and not re.search(r"remissvar|\bsvar\w*|respons", text):
        return None         # "förklara för styrelsen: är det partnerskapet som antar RUS?": who adopts, not our answer
    lang, item = q.language, kit.process.consultation_item
    assert item is not None
    lead = t(lang, "Det vet jag inte – underlaget säger inte hur varje organisation tar fram eller förankrar sitt "
                   "remissvar internt, till exempel om det ska upp i kommunstyrelsen eller en styrelse först.",
             "I don't know – the material does not say how each organisation prepares or anchors its consultation "
             "response internally, e.g. whether its own board has to take it first.")
    parts, sources = [lead], [item.source]
    role = kit.roles.get(kit.rules.partnership_role or "")
    if role is not None:
        parts.append(t(lang, f"Det underlaget säger om förankring: {lower_first(role.text.get(lang))}",
                       f"What the material says about anchoring: {lower_first(role.text.get(lang))}"))
        sources.append(role.source)
    parts.append(t(lang, f"Remissen pågår enligt tidplanen {_period_text(kit, lang)}; behöver ni mer tid beviljar "
                         "samordnarna anstånd.",
                   f"According to the timeline the consultation runs {_period_text(kit, lang)}; if you need more "
                   "time, the coordinators grant extensions."))
    return kit.answer(q, " ".join(parts), sources, topic="feature.remissvar")


_NOT_IN_TIME_WORDS = frozenset("hinner hinna time".split())


_MIDSUMMER = re.compile(r"\bmidsommar\w*|\bmidsummer\w*")
_MIDSUMMER_SIDE = re.compile(r"\b(?P<before>fore|innan|before|till|tills|until)\s+(?:midsommar|midsummer)|"
                             r"\b(?P<after>efter|after)\s+(?:midsommar|midsummer)")
_ASKS_OPENING = re.compile(r"\b(?:kommer|kom|(?:gar|gick)\s+(?:\w+\s+)?ut|oppna\w*|borja\w*|startar|startade|"
                           r"skickas|skickades|open\w*|start\w*|sent out|go out|goes out|come out|comes out|"
                           r"arrive\w*)\b")
_ASKS_ANSWER = re.compile(r"\b(?:svar\w*|lamna\w* in|skicka\w* in|stang\w*|sista dag\w*|deadline|senast|hinn\w*|"
                          r"answer\w*|respon\w*|submit\w*|clos\w*|last day)\b")


def midsummer_eve(year: int) -> dt.date:
    """Midsommarafton: the Friday between 19 and 25 June (calendar, not process, knowledge)."""
    return holiday_day("midsommar", year)


def midsummer_lead(kit: Kit, text: str, today: dt.date, lang: Language) -> str | None:
    """"Kommer remissen före eller efter midsommar?", "Måste vi svara före midsommar?": the plan's consultation
    compared with midsummer – its last day is clearly after it; its opening, given only as mid-June, is before it
    as far as the plan says, but with no exact day. None unless the consultation is compared with midsummer."""
    f = folded(text)
    side = _MIDSUMMER_SIDE.search(f)
    if side is None or kit.process.consultation_item is None:
        return None
    item, s_lo, s_hi, last, e_hi = kit.consultation_parts()
    if item.first is None or item.last is None:
        return None
    eve = midsummer_eve(s_lo.year)
    eve_f = format_date(eve, lang)
    both = bool(re.search(r"\b(?:fore|innan|before) eller efter\b|\befter eller (?:fore|innan)\b|\bbefore or after\b|"
                          r"\bafter or before\b", f))
    end = last or e_hi
    end_f = format_date(end, lang) if last else format_fuzzy(item.last, lang)
    runs = t(lang, "pågick" if end < today else "pågår", "ran" if end < today else "runs")
    answer_asked = _ASKS_ANSWER.search(f) is not None
    if answer_asked or not _ASKS_OPENING.search(f):
        if end <= eve:
            return None
        said = t(lang, f"remissen {runs} enligt tidplanen till och med {end_f}, alltså långt efter midsommar "
                       f"(midsommarafton är {eve_f}).",
                 f"the consultation {runs} through {end_f} according to the timeline, well after Midsummer "
                 f"(Midsummer Eve is {eve_f}).")
        if both:
            return t(lang, "Efter: ", "After: ") + said
        if side.group("before"):
            return t(lang, "Nej – ", "No – ") + said
        return t(lang, "Ja – ", "Yes – ") + said
    opened = s_hi < today
    goes = t(lang, "gick" if opened else "går", "opened" if opened else "opens")
    if s_hi < eve:
        when = t(lang, f"remissen {goes} enligt tidplanen ut i {format_fuzzy(item.first, lang)}, alltså före "
                       f"midsommar (midsommarafton är {eve_f}), men tidplanen anger ingen exakt dag.",
                 f"according to the timeline the consultation {goes} in {format_fuzzy(item.first, lang)}, that is "
                 f"before Midsummer (Midsummer Eve is {eve_f}), but the timeline gives no exact day.")
        if both:
            return t(lang, "Före: ", "Before: ") + when
        return (t(lang, "Ja – ", "Yes – ") if side.group("before") else t(lang, "Nej – ", "No – ")) + when
    return None
