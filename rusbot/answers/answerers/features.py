"""The bot's own features asked about in words: inspel, remissvar, extensions, reminders, whom to
contact, stopping the reminders, one's organisation. The text explains; `Answer.action` names the
feature the Teams edge opens after it (bot/features/questions.py), the same one its command opens."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from rusbot.answers.answerers import consultation as consultation_answers
from rusbot.answers.answerers import dated, talk
from rusbot.answers.answerers import meetings as meeting_answers
from rusbot.answers.answerers import phases as phase_answers
from rusbot.answers.kit import Asked, Kit, asks_must_we, folded_words, is_yes_no, lower_first, t, words_asked
from rusbot.answers.kit import folded as _fold_question
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import item_when, plan_span
from rusbot.i18n import days_phrase, format_date, format_end, format_fuzzy, format_fuzzy_at, join_list
from rusbot.input.rules import consultation_last_day
from rusbot.process.model import Language
from rusbot.understanding.entities import meeting_day

# Several rules here read the same question's folded text; fold it once per question (the engine stays fast).
folded = lru_cache(maxsize=4096)(_fold_question)


def _consultation_when(kit: Kit, q: Asked) -> tuple[str, list[str]]:
    item = kit.process.consultation_item
    if item is None or item.first is None or item.last is None:
        return "", []
    lang = q.language
    if q.today > item.last.latest:
        return t(lang, f" Remissen pågick enligt tidplanen från {format_fuzzy(item.first, lang)} till och med "
                       f"{format_end(item.last, lang)}.",
                 f" According to the timeline the consultation ran from {format_fuzzy(item.first, lang)} through "
                 f"{format_end(item.last, lang)}."), [item.source]
    return t(lang, f" Remissen pågår enligt tidplanen från {format_fuzzy(item.first, lang)} till och med "
                   f"{format_end(item.last, lang)}.",
             f" According to the timeline the consultation runs from {format_fuzzy(item.first, lang)} through "
             f"{format_end(item.last, lang)}."), [item.source]


_WITHDRAW = frozenset("""radera raderar tillbakadra angra angrat angrar withdraw withdrawn delete remove
retract""".split()) | {"tillbaka"}
_SENT = frozenset("skickade skickat skickats inskickat inskickade lamnade lamnat submitted sent".split())
_ARRIVED = frozenset("fram arrived arrive reached nadde natt mottaget mottagit mottogs received fatt fick got".split())
_IN_TIME = frozenset("hinner hinna hinns ikvall inatt tonight".split())
_EDIT_WORDS = frozenset("andra andrar andras redigera redigerar korrigera ratta rattar edit change correct".split())
_SEE = frozenset("""se ser visa visas lista listar hitta hittar kolla kollar lasa laser titta tittar see view list find
show read""".split())
# Read in the question as written: folded, "andra" (other) is "ändra" (change).
_OTHERS = frozenset("andra andras övriga övrigas other others allas everyone".split())
_MINE = frozenset("mina mitt min vara vart vaara our my mine".split())
_COORDINATORS = frozenset("samordnare samordnarna samordnaren coordinator coordinators".split())
_ANONYMOUS = frozenset("anonym anonymt anonyma anonymous anonymously".split())
# "jag skrev ett inspel i våras, kan jag se det?": one's own inspel told by having written or given it.
_OWN = frozenset("""mina mitt min vara vart vaara our my mine inskickade skickat skickade lamnat lamnade skrev skrivit
gav gett gave wrote written""".split())


_SUBMITTED_IN = re.compile(r"\bskick\w* in\b|\binskick\w*|\blamna\w* in\b|\bsubmit\w*")
# One's own person rather than an organisation ("som privatperson", "privat", "as a private citizen").
_PRIVATE = re.compile(r"\bprivat\w*|\bsom (?:enskild|medborgare|individ)\b|\b(?:as an? )?(?:private (?:person|"
                      r"individual|citizen)|individual)\b|\bin (?:my|a) personal capacity\b|\bideell\w* "
                      r"(?:bara|endast)\b")


# "hur lämnar jag ett inspel", "how do I give input": how to give one is asked.
_HOW_GIVE = re.compile(r"\bhur (?:lamnar|ger|skickar|gor) (?:jag|vi|man)\b(?: \w+){0,2} inspel|"
                       # "Hur lämnar jag det via boten?": what the message told of (the input) given in the bot
                       r"\bhur (?:lamnar|skickar|ger) (?:jag|vi|man) (?:det|dem|dom|in det|in dem)\b(?: \w+)?"
                       r" (?:via|i|genom|med) (?:boten|botten|dig|chatten|teams)\b|"
                       r"\bhow (?:do|can) (?:i|we) (?:give|submit|send|leave)\b")


# "förslag på vad som ska ändras", "ideas on what the update should cover": what an inspel is (README `inspel`).
WHAT_UPDATED = re.compile(r"\bvad (?:som )?(?:\w+ ){0,3}(?:ska|skall|bor|borde|skulle|behover) (?:\w+ )?(?:andras|"
                           r"uppdateras|forandras|tas upp|med|finnas med|innehalla)\b|\bwhat (?:\w+ ){0,4}"
                           r"(?:should|ought to|needs? to|must|will) (?:\w+ )?(?:cover|change|include|address|"
                           r"be (?:changed|updated|covered|included|added))\b")
# "innan remissen", "före remissen", "before the consultation": a time ahead of the response.
BEFORE_CONSULTATION = re.compile(r"\b(?:innan|fore|redan fore|before|ahead of|prior to)\s+(?:\w+\s+)?"
                                  r"(?:remiss\w*|consultation)\b")

# Giving views in ("lämna", "skicka in", "få in", "komma in", "send", "submit"): not a draft going somewhere ("går
# förslaget till nämnderna innan remissen?" asks of the plan).
GIVE_IN = re.compile(r"\b(?:lamna\w*|skicka\w*|fa in|far in|komma in|kommer\b.{0,40}\bin|ge|tycka till|tycker till|"
                     r"send\w*|submit\w*|give|pass on|get \w+ in|hand in)\b")


_WHAT_CHANGES = re.compile(r"\bvad som (?:\w+ ){0,2}?(?:andras|andra|forandras)\b")


def _edit_asked_first(text: str) -> bool:
    """"kan man ändra ett inspel …? … eller måste jag ta bort hela och börja om": editing is asked, withdrawing is
    the alternative the asker fears; whichever is named first is the question."""
    # "förslag på vad som borde ändras": what the input is about, not an edit of one (b40 #76).
    words = tokens(_WHAT_CHANGES.sub(" ", fold(text)))
    edit = next((i for i, w in enumerate(words) if w in _EDIT_WORDS), None)
    gone = next((i for i, w in enumerate(words) if w in _WITHDRAW or w in {"bort", "away"}), None)
    return edit is not None and (gone is None or edit < gone)


def _edit_inspel(lang: Language) -> str:
    return t(lang, "Ett inspel ändrar du själv: skriv **inspel**, så listas dina inspel, och välj **Ändra** vid det "
                   "du vill ändra (där kan du också dra tillbaka det).",
             "You edit input yourself: write **input** to list your input, and choose **Edit** by the one you want "
             "to change (you can also withdraw it there).")


# The material asked to come ahead of a meeting, or the time to read it ("får vi underlaget i förväg, hur lång tid
# har vi på oss att läsa det?", "do we get the papers in advance?") (folded).
_IN_ADVANCE = re.compile(r"\bi forvag\b|\bin advance\b|\bbeforehand\b|\bframforhallning\w*|\bnotice\b|"
                         r"\b(?:lang|mycket) tid\b(?:\W+\w+){0,6}?\W+(?:las\w*|ga igenom)\b|\btime to read\b")
# Whether something is formally decided ("formellt avgörs", "is it decided there") (folded).
_DECIDED_THERE = re.compile(r"\bavgor\w*|\bbeslut\w*|\bbestam\w*|\bdecide\w*|\bformell\w*|\bformally\b")


# The material itself named in other words than the lexicon's ("material", "handlingarna", "the papers").
_MATERIAL_WORDS = re.compile(r"\b(?:material\w*|underlag\w*|handling(?:ar|arna)|papers|documents?|dokument\w*|"
                             r"utskick\w*)\b")


def asks_material_ahead(folded_text: str) -> bool:
    """"Hur långt i förväg kommer vi att få material från regionen?": the material's notice asked, in words the
    lexicon has no concept for (b80 #26: read as outside the material)."""
    return bool(_IN_ADVANCE.search(folded_text) and _MATERIAL_WORDS.search(folded_text))


def _material_in_advance(kit: Kit, q: Asked) -> Answer | None:
    """"Inför avstämningen: får vi underlaget i förväg, hur lång tid har vi på oss att läsa det, och är det på
    avstämningen som det formellt avgörs vad som ska uppdateras?": when material is sent and the time to read it are
    not given – what the working method says is (short lead times: material at shorter notice than usual); and, when
    asked, who decides what is updated and what the check-in is for (b74 #25). Never a date or a reading time."""
    way = next((w for w in kit.process.ways_of_working if "framforhallning" in fold(w.text.sv)), None)
    if way is None or not _IN_ADVANCE.search(folded(q.text)):
        return None
    lang = q.language
    text = t(lang, "När underlaget skickas ut och hur lång tid ni får på er att läsa det står inte i underlaget, så "
                   "det vet jag inte – fråga samordnarna. Det som står är att arbetssättet har korta ledtider för att "
                   f"klara tidplanen: {lower_first(way.text.get(lang).split(': ', 1)[-1])}",
             "When the material is sent out and how long you get to read it is not in the material, so I don't know "
             "– ask the coordinators. What it says is that the working method has short lead times to keep the "
             f"timeline: {lower_first(way.text.get(lang).split(': ', 1)[-1])}")
    sources = [way.source]
    role = kit.roles.get(kit.rules.partnership_role or "")
    meeting = next((i for i in kit.process.timeline if i.kind == "meeting"), None)
    if _DECIDED_THERE.search(folded(q.text)) and role is not None and meeting is not None:
        text += "\n\n" + role.text.get(lang) + " " + meeting.text.get(lang) + " " + t(
            lang, "Om det formellt avgörs just på avstämningen står inte i underlaget.",
            "Whether it is formally decided at the check-in itself is not in the material.")
        sources += [role.source, meeting.source]
    return kit.answer(q, text, sources, topic="ways_of_working")


def underlag(kit: Kit, q: Asked) -> Answer | None:
    """"Vilka underlag ska användas? Ska vi skicka statistik?": the first phase asks "Vilka underlag?" and the
    material does not answer it; what a partner can do is give it as an inspel, and ask the coordinators.
    None unless which underlag is asked."""
    if ("UNDERLAG" in q.entities.concepts or asks_material_ahead(folded(q.text))) and (
            ahead := _material_in_advance(kit, q)) is not None:
        return ahead
    if "UNDERLAG" not in q.entities.concepts or "WHEN" in q.entities.concepts:
        return None
    lang = q.language
    first = next((ph for ph in kit.process.phases if "underlag" in fold(ph.text.sv)), None)
    if first is None:
        return None
    text = t(lang, f"Vilka underlag som ska användas står inte i underlaget: {first.name.get(lang)} ställer just "
                   "frågorna ”Vad ska uppdateras? Vilka underlag?”, men svaret anges inte. Vill ni bidra med underlag, "
                   "till exempel statistik, lämnar ni det som **inspel**; fråga samordnarna vilka underlag de vill ha.",
             f"Which material is to be used is not in the material: {first.name.get(lang)} asks exactly \"What is "
             "to be updated? Which material?\", but the answer is not given. If you want to contribute material, "
             "statistics say, give it as **input**; ask the coordinators which material they want.")
    return kit.answer(q, text, [first.source], action="inspel")


def _must_inspel(lang: Language) -> str:
    return t(lang, "Det står inte i underlaget om ni måste lämna inspel: ett inspel är ett förslag på vad som ska "
                   "uppdateras, och remissvaret är organisationens svar på remissen. Fråga samordnarna om ni är "
                   "osäkra.",
             "The material does not say whether you must give input: input is a proposal for what should be "
             "updated, and the consultation response is your organisation's answer to the consultation. Ask the "
             "coordinators if you are unsure.")


# A message that is the inspel command's word alone, or with a greeting or a please.
_BARE_INSPEL = frozenset("inspel inspelet inspelen input nytt new hej hi hello tack please snalla".split())


def inspel(kit: Kit, q: Asked) -> Answer:
    lang, c = q.language, q.entities.concepts
    if "CHANGE" in c and not _edit_asked_first(q.text) and _WHAT_CHANGES.search(folded(q.text)):
        # "förslag på vad som borde ändras": what an inspel is about, not editing one (b40 #76).
        c = c - {"CHANGE"}
    span = plan_span(kit.process)
    if span is not None and q.today > span[1]:
        last = kit.last_dated().last
        ready = format_fuzzy_at(last, lang) if last is not None else ""
        text = t(lang, f"Enligt tidplanen skulle uppdateringen vara klar {ready}, så jag känner inte till någon "
                       "inspelsrunda nu. Fråga samordnarna om inspel tas emot nu.",
                 f"According to the timeline the update was to be ready {ready}, so I know of no input round now. "
                 "Ask the coordinators whether input is still taken.")
        return kit.answer(q, text, [kit.last_dated().source])
    how = t(lang, "Inspel – förslag på vad som ska uppdateras i RUS – lämnar du här: välj **Nytt inspel**. Där ser du "
                  "också dina inspel och kan ändra eller dra tillbaka dem (kommandot **inspel** gör samma sak).",
            "Input – proposals for what should be updated in RUS – is given here: choose **New input**. There you "
            "also see your input and can edit or withdraw it (the command **input** does the same).")
    if folded_words(q.text) <= _BARE_INSPEL and folded_words(q.text) & {"inspel", "input", "inspelet", "inspelen"}:
        # "inspel", "Inspel?", "input please": the word alone from someone who may not know the feature – what an
        # inspel is and that it needs a confirmed link to an organisation (README "In Teams") come with the card
        # (b66 #20).
        how = t(lang, "Inspel är förslag på vad som ska uppdateras i RUS. Du lämnar dem här i chatten som bekräftad "
                      "företrädare för en organisation i partnerskapet: är du inte kopplad än, skriv **organisation** "
                      "och välj din organisation, så bekräftar en samordnare kopplingen. Sedan väljer du **Nytt "
                      "inspel**; där ser du också dina inspel och kan ändra eller dra tillbaka dem.",
                "Input is proposals for what should be updated in RUS. You give it here in the chat as a confirmed "
                "representative of an organisation in the partnership: if you are not linked yet, write "
                "**organisation** and choose your organisation, and a coordinator confirms the link. Then choose "
                "**New input**; there you also see your input and can edit or withdraw it.")
        return kit.answer(q, how, action="inspel")
    lead = ""
    sources: list[str] = []
    words = set(tokens(fold(q.text)))
    who_sends = asks_who_sends(folded(q.text))
    meeting = next((i for i in kit.process.timeline if i.kind == "meeting"), None)
    listed: str | bool = False      # "one": an inspel the question names, which the list may not have
    how_first = False
    raw = set(re.findall(r"[\wåäö]+", q.text.casefold()))
    f = folded(q.text)
    if "CHANGE" in c and "INSPEL" not in c and _SUBMITTED_IN.search(f) and "uppdater" not in f and (
            kit.consultation_state(q.today) != "before"):
        # "Vad händer om vi skickar in och sen vill ändra?": "skicka in" is the response's, not an inspel's.
        return remissvar(kit, q)
    if _PRIVATE.search(f):
        # "Kan jag lämna inspel som privatperson?": in the bot inspel come from confirmed representatives (README
        # "In Teams"); the material says nothing of private persons.
        text = t(lang, "Inte här i boten: inspel lämnar du som bekräftad företrädare för en organisation i "
                       "partnerskapet – skriv **organisation** och välj den, så bekräftar en samordnare kopplingen. "
                       "Om privatpersoners synpunkter säger underlaget inget; fråga samordnarna, eller lämna dina "
                       "synpunkter via den som företräder organisationen.",
                 "Not here in the bot: you give input as a confirmed representative of an organisation in the "
                 "partnership – write **organisation** and choose it, and a coordinator confirms the link. The "
                 "material says nothing about private persons' views; ask the coordinators, or pass your views "
                 "through whoever represents the organisation.")
        return kit.answer(q, text, action="organisation")
    if _asks_status(q.text) and not words & _MINE and _NOT_COORDINATOR.search(fold(q.text)):
        # "I'm not a coordinator. Can I see who has submitted input with status?": what they see leads.
        yes_no = is_yes_no(q.text) or bool(re.search(r"\b(?:kan|far) jag\b|\b(?:can|may) i\b", folded(q.text)))
        return kit.answer(q, _status_not_coordinator(lang, yes_no).rstrip(), topic="feature.coordinator")
    if _asks_status(q.text) and not words & _MINE:
        # "Hur många inspel har kommit in hittills?": the counts are the coordinators' (`status`, the tab's Inspel).
        return kit.answer(q, _inspel_count_text(lang).rstrip(), topic="feature.coordinator")
    if _WHO_GAVE_INPUT.search(fold(q.text)) and not words & _MINE:
        # "kan jag se vilka kommuner som redan lämnat inspel?": who has given input is the coordinators' to see (the
        # tab's Inspel page, `status`); a partner sees their own (b79 #35: told only how to see one's own). (The
        # topic stays the input's: the corpus labels these so.)
        return kit.answer(q, _inspel_count_text(lang).rstrip(), topic="feature.inspel")
    named = [o for o in q.entities.organisations if o.id in {m.id for m in kit.process.organisations}]
    # (Seeing asked, not told: "Hur lämnar jag ett inspel? Vi tycker att folkbildningen syns för lite" asks how to
    # give one; the organisation named in the story is no one whose input is to be seen.)
    asking = " ".join(x for x in re.split(r"(?<=[.!?])\s+", q.text.strip()) if not x.endswith((".", "!"))) or q.text
    asked_only = folded_words(asking)
    raw_asked = set(re.findall(r"[\wåäö]+", asking.casefold()))
    seeing = asked_only & (_SEE | {"redovisa", "redovisar", "report"}) or raw_asked & {"syns", "läsa", "read"}
    if named and seeing and not words & _MINE and not c & {"CHANGE"}:
        # "Kan boten visa vilka inspel Kumla har lämnat?": the bot lists one's own input; all of it the coordinators
        # see (README "In Teams", the tab's Inspel page).
        lead = t(lang, f"Bara om du själv företräder {named[0].name}: **inspel** listar de inspel du har lämnat, "
                       "och en partner ser inte andra organisationers inspel. Samordnarna ser allas (på sidan "
                       "**Inspel** i fliken i Teams, och med **export**); fråga dem.",
                 f"Only if you represent {named[0].name} yourself: **input** lists the input you have given, and a "
                 "partner does not see other organisations' input. The coordinators see everyone's (on the tab's "
                 "**Inspel** page, and with **export**); ask them.")
        listed = True
    elif raw & _ANONYMOUS:
        # What the store keeps (rusbot/input/store.py): each inspel with its author and organisation.
        lead = t(lang, "Nej, inte här: ett inspel lämnar du i ditt eget namn som bekräftad företrädare för din "
                       "organisation, och det sparas med dig och organisationen. Vill ni lämna synpunkter på annat "
                       "sätt får du fråga samordnarna.",
                 "Not here: you give input in your own name as a confirmed representative of your organisation, and "
                 "it is stored with you and the organisation. Ask the coordinators about other ways to comment.")
    elif raw & _COORDINATORS and raw & {"alla", "allt", "all", "every", "everyone's"} and (
            words & _SEE or raw & {"syns", "läsa", "läser", "read"}):
        # "ser samordnarna alla inspel?": yes, on the tab's Inspel page (README "The Teams tab").
        lead = t(lang, "Ja, samordnarna ser alla inspel: på sidan **Inspel** i fliken i Teams ser de antal per ämne "
                       "och organisation och listan, som går att filtrera. En partner ser bara sina egna.",
                 "Yes, the coordinators see all input: on the **Inspel** page of the tab in Teams they see counts by "
                 "topic and organisation and the list, which can be filtered. A partner sees only their own.")
        listed = True
    elif raw & _OTHERS and (words & _SEE or raw & {"syns", "synas", "läsa", "läser", "read"}) and not (
            words & _MINE):
        # "lämnat" is not "mine" here: "vad andra kommuner har lämnat" asks of the others' inspel.
        # "Kan jag se vad de andra kommunerna har skrivit?": a partner sees their own (README, the tab's
        # Inspel); the coordinators see all.
        lead = t(lang, "Nej, andras inspel ser du inte här: du ser dina egna inspel (skriv **inspel**, eller fliken "
                       "Inspel), och samordnarna ser allas (på sidan **Inspel** i fliken: antal per ämne och "
                       "organisation, och listan); fråga dem om du vill veta vad andra har lämnat.",
                 "No, you do not see others' input here: you see your own (write **input**, or the Inspel tab), and "
                 "the coordinators see everyone's (on the tab's **Inspel** page: counts by topic and organisation, "
                 "and the list); ask them if you want to know what others have given.")
        listed = True
    elif BEFORE_CONSULTATION.search(f) and kit.consultation_state(q.today) == "before" and (
            cons := kit.process.consultation_item) is not None:
        # "Kommer våra synpunkter in någonstans innan remissen?": yes – proposals on what is to be updated are inspel
        # (README `inspel`), given before the consultation; the response comes in the consultation.
        lead = t(lang, "Ja – förslag på vad som ska uppdateras kan ni lämna redan före remissen, som **inspel** (för "
                       "bekräftade företrädare för organisationerna i partnerskapet); tidplanen anger ingen sista dag "
                       "för inspel. Remissen, där organisationen lämnar sitt remissvar, pågår "
                       f"{item_when(cons, lang)}.",
                 "Yes – proposals on what should be updated can be given before the consultation, as **input** (for "
                 "confirmed representatives of the partnership's organisations); the timeline gives no last day for "
                 f"input. The consultation, where the organisation gives its response, runs {item_when(cons, lang)}.")
        sources.append(cons.source)
        if (decides := kit.roles.get(kit.rules.partnership_role or "")) is not None:
            lead += " " + decides.text.get(lang)
            sources.append(decides.source)
    elif "MUST" in c and not c & {"WHEN", "OPEN_EVENT", "DURATION", "SAVE", "CHANGE"} and not who_sends:
        # "Måste vi lämna inspel eller räcker det med remissvar?": the material does not say; what each is does.
        lead = _must_inspel(lang)
    elif "SAVE" in c:
        lead = t(lang, "Ja: ett inspel sparas när du skickar det, och du ser dina inspel och kan ändra eller dra "
                       "tillbaka dem här efteråt.",
                 "Yes: input is saved when you send it, and you can see, edit or withdraw it here afterwards.")
    elif "UNDERLAG" in c:
        lead, sources = phase_answers.underlag_text(kit, lang)
    elif (words & _WITHDRAW or (words & {"ta", "tar", "take"} and words & {"bort", "away"})) and not (
            "CHANGE" in c and _edit_asked_first(q.text)):
        # "ta bort mitt inspel om X": how to withdraw is the answer, before how to give one.
        lead = t(lang, "Ett inspel drar du tillbaka själv: skriv **inspel**, så listas dina inspel, och välj **Dra "
                       "tillbaka** vid det du vill ta bort.",
                 "You withdraw input yourself: write **input** to list your input, and choose **Withdraw** by "
                 "the one you want to remove.")
        listed = "one"
    elif "CHANGE" in c and _HOW_GIVE.search(folded(q.text)):
        # "Hur lämnar jag ett inspel, och kan jag komplettera det senare?": how to give one first, then that it
        # can be edited.
        lead = t(lang, "Ja, du kan ändra det efteråt. ", "Yes, you can edit it afterwards. ") + _edit_inspel(lang)
        how_first = True
    elif "CHANGE" in c:
        lead = _edit_inspel(lang)
        listed = "one"
        if is_yes_no(q.text):
            lead = t(lang, "Ja. ", "Yes. ") + lead
    elif words & _SEE and words & _OWN:
        # "hur ser jag mina inspel?": where one's own are listed leads, not how to give a new one.
        lead = t(lang, "Dina inspel ser du om du skriver **inspel**: där listas de du har lämnat, och där kan du "
                       "ändra eller dra tillbaka dem.",
                 "You see your input by writing **input**: it lists what you have given, and there you can edit or "
                 "withdraw it.")
        listed = True
    elif "OPEN_STATE" in c and meeting is not None and meeting.first is not None and \
            q.today > meeting.first.latest:
        lead = t(lang, "Tidplanen anger ingen sista dag för inspel; fråga samordnarna om inspel tas emot nu. Här kan "
                       f"du lämna ditt inspel. Enligt tidplanen stämdes vad som ska uppdateras av med partnerskapet "
                       f"{item_when(meeting, lang)}.",
                 "The timeline gives no last day for input; ask the coordinators whether input is still taken. You "
                 "can give your input here. According to the timeline, what is to be updated was checked with the "
                 f"partnership on {item_when(meeting, lang)}.")
        sources.append(meeting.source)
        cons = kit.process.consultation_item
        if cons is not None and cons.first is not None and cons.last is not None and q.today <= cons.last.latest:
            # "slutet av maj – hinner vi?": after the check-in the remiss is where views are given formally.
            ahead = q.today <= cons.first.latest
            lead += " " + (t(lang, f"Formellt lämnar er organisation synpunkter i remissen, som pågår "
                                   f"{item_when(cons, lang)}.",
                             f"Your organisation gives its views formally in the consultation, which runs "
                             f"{item_when(cons, lang)}.") if ahead else
                           t(lang, f"Formellt lämnar er organisation synpunkter i remissvaret; remissen pågår nu, "
                                   f"{item_when(cons, lang)}.",
                             f"Your organisation gives its views formally in its consultation response; the "
                             f"consultation is running now, {item_when(cons, lang)}."))
            sources.append(cons.source)
    elif c & {"DURATION"} or words & {"deadline", "sista", "senast", "last"} or (
            "WHEN" in c and "OPEN_EVENT" in c) or (q.entities.period is not None and q.entities.period.last >= q.today):
        lead = t(lang, "Tidplanen anger ingen sista dag för inspel.", "The timeline gives no last day for input.")
        # "hur lämnar jag det?" asks how; "hur länge har vi på oss?" asks the deadline.
        how_first = bool(words & {"hur", "how"}) and not words & {"lange", "lang", "long", "sent", "late", "snart",
                                                                 "soon", "manga", "many", "mycket", "much"}
        if meeting is not None:
            lead += " " + t(lang, f"Vad som ska uppdateras stäms av med partnerskapet: {kit.item_line(meeting, lang)}.",
                            f"What is to be updated is checked with the partnership: {kit.item_line(meeting, lang)}.")
            sources.append(meeting.source)
    elif "SEVERAL" in c:
        lead = t(lang, "Ja: var och en som är kopplad till sin organisation lämnar egna inspel, flera från samma "
                       "organisation går bra.",
                 "Yes: everyone linked to their organisation gives their own input; several from the same "
                 "organisation is fine.")
    if who_sends:
        # "… måste det vara kommunchefen som skickar eller räcker det med mig?": who may, not whether one must;
        # what else the message asks of the inspel follows.
        sends = who_sends_text(lang, enough=bool(_ENOUGH.search(folded(q.text))))
        if not re.search(r"remissvar|\bsvar|respons", f) and not _ENOUGH.search(f):
            # "kan ja skicka in nåt för kommunen elr måste chefen göra det?" of the inspel: the inspel's answer first
            # (b65 #16), not the response's.
            sends = t(lang, "Inspel lämnar organisationens bekräftade företrädare själva, var och en för sig – i "
                            "boten behöver det inte vara en chef. Den som inte är bekräftad väljer organisation med "
                            "**organisation**, och en samordnare bekräftar kopplingen. Vem hos er som ska stå bakom "
                            "ett inspel står inte i underlaget.",
                      "Input is given by the organisation's confirmed representatives themselves, each on their own "
                      "– in the bot it need not be a manager. Whoever is not confirmed chooses their organisation with "
                      "**organisation**, and a coordinator confirms the link. Who in your organisation should stand "
                      "behind an input is not in the material.")
        lead = (f"{lead}\n\n" if lead else "") + sends
    if listed:
        # Withdrawing, editing or finding one's own: the list the command opens is the rest of the answer, not how
        # to give a new one; whether the inspel asked about exists only the list can tell.
        how = t(lang, "I listan över dina inspel (i chatten med mig) står **Ändra** och **Dra tillbaka** vid vart och "
                      "ett.", "In the list of your input (in your chat with me) each has **Edit** and **Withdraw**.")
        if listed == "one":
            how += " " + t(lang, "Finns inget inspel om det du menar i listan har du inget sådant inspel.",
                           "If there is no input about what you mean in the list, you have none.")
    if lead and how_first:
        # "… inför 11/3 – hur lämnar jag det i boten?": how is what was asked; the date's note follows.
        text = f"{how}\n\n{lead}"
    else:
        text = f"{lead}\n\n{how}" if lead else how
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    if named and "PARTNERSHIP" in c and c & {"MED", "MEMBER"}:
        # "Jag är från RF-SISU. Är idrotten med på riktigt? Och kan jag lämna inspel?": the asker's organisation,
        # named in the message, is who "vi"/"idrotten" is; its membership is answered first.
        p = kit.process.partnership
        text = join_list([f"**{o.name}**" for o in named], lang) + t(
            lang, f" är med i {p.name.get(lang)}.", f" {'is' if len(named) == 1 else 'are'} a member of "
                                                    f"{lower_first(p.name.get(lang))}.") + f"\n\n{text}"
        text = t(lang, "Ja, ", "Yes, ") + text
        sources = [p.source, *[o.source for o in named], *sources]
    return kit.answer(q, text, sources, action="inspel")


def _joint(q: Asked) -> bool:
    """"Ett gemensamt svar för flera kommuner": one response from several organisations."""
    words = set(tokens(fold(q.text)))
    several = bool(words & {"flera", "several", "multiple", "andra"}) and bool(
        words & {"kommuner", "organisationer", "municipalities", "organisations", "organizations", "kommunerna"})
    return several or bool(words & {"gemensamt", "gemensam", "gemensamma", "joint", "jointly"}) or _with_others(q)


# "svara tillsammans med studieförbunden", "ihop med ABF", "together with the local clubs": writing with other
# organisations (not colleagues of one's own), which the material does not mention (b69 #30).
_WITH = re.compile(r"\b(?:tillsammans|ihop|gemensamt|together|jointly) (?:med|with) (?:(?:de|den|det|alla|andra|ovriga|"
                   r"vara|vart|var|nagra|the|our|other|local|some|all)\s+){0,3}(\w+(?: \w+){0,2})")
_ORG_HEADS = ("forbund", "forbunden", "foreningar", "foreningarna", "foreningen", "forening", "kommun", "kommuner",
              "kommunen", "kommunerna", "organisation", "organisationer", "organisationerna", "regionen", "region",
              "lansstyrelsen", "universitetet", "foretag", "foretagen", "bolag", "bolagen", "clubs", "club",
              "associations", "association", "organisations", "organizations", "organisation", "organization",
              "municipalities", "municipality", "council", "councils", "federations", "abf", "studieforbund",
              "studieforbunden", "grannkommun", "grannkommunen", "grannkommunerna")


def _with_others(q: Asked) -> bool:
    f = folded(q.text)
    if "tillsammans" not in f and "ihop" not in f and "gemensamt" not in f and "together" not in f and (
            "jointly" not in f):
        return False
    if folded_words(q.text) & {"ingar", "inga", "ingick", "sitter", "medlem", "medlemmar", "member", "members"}:
        f = _ALONGSIDE.sub(" ", f)     # "ingår i partnerskapet tillsammans med kommunerna": alongside, not writing
    for m in _WITH.finditer(f):
        heads = m.group(1).split()
        if any(h.endswith(_ORG_HEADS) for h in heads) or any(
                fold(o.name).split()[0] == heads[0] for o in q.entities.organisations):
            return True
    return False


_TEMPLATE = {"mall", "mallen", "mallar", "template", "templates", "blankett", "blanketten", "formular", "formularet",
             "form"}


# "Skriv ett remissvar åt oss", "kan du formulera vårt svar?", "write our response": asked to write it.
_WRITE_FIRST = re.compile(r"^(?:\W*(?:hej\w*|hi|hello|snalla|please|du|boten)\b)*\W*(?:skriv|formulera|write|draft)\b")
_WRITE_VERBS = frozenset("skriva skriv skriver formulera formulerar write draft".split())


# "skriver boten remissvaret åt oss?", "writes it for us automatically": the bot as the writer, asked as a fact.
_WRITES_FOR_US = re.compile(r"\b(?:du|boten|bot|you|it)\b.*\b(?:skriver|skriva|formulerar|writes?|drafts?)\b.*"
                            r"\b(?:at (?:oss|er|mig|dem)|for (?:us|me|them)|automatiskt|automatically)\b|"
                            r"\b(?:skriver|formulerar|writes?|drafts?) (?:du|boten|you|the bot)\b|"
                            r"\b(?:ar det|is it) (?:du|boten|you|the bot) (?:som|that|who) (?:skriver|formulerar|"
                            r"writes?|drafts?)\b")


def asks_to_write(text: str) -> bool:
    if not folded_words(text) & (_WRITE_VERBS | {"writes", "drafts"}):
        return False
    return bool(_WRITE_FIRST.search(folded(text)) or _WRITES_FOR_US.search(folded(text))) or talk.asks_a_deed(text)


def _no_writing(kit: Kit, q: Asked) -> str:
    """The bot writes no one's response; what it does instead (README "In Teams": it takes the response the
    organisation writes)."""
    # A request ("kan du skriva vårt svar?") is declined; a claim checked ("skriver boten det åt oss?", "…stämmer
    # det?") is denied.
    checked = bool(folded_words(q.text) & {"stammer", "sant", "ratt", "true", "right", "correct"})
    claim = checked or (not talk.asks_a_deed(q.text) and (
        is_yes_no(q.text) or bool(_WRITES_FOR_US.search(folded(q.text)))))
    lead = t(q.language, "Nej, " if claim else "Det kan jag inte: ", "No, " if claim else "I can't do that: ")
    return lead + t(q.language, "jag skriver inte remissvar åt någon – ert remissvar skriver ni själva, och underlaget "
                                "om uppdateringen säger inget om vad ett remissvar ska innehålla. Det jag gör är att "
                                "ta emot ert eget: ni sparar utkast och skickar in, och får ett kvitto.",
                    "I do not write anyone's response – you write your own, and the material about the update says "
                    "nothing about what a response should contain. What I do is take your own: you save drafts and "
                    "submit it, and get a receipt.")


# "vad ska vi skriva i remissvaret?", "vad bör svaret innehålla?", "what should our response say?": its content.
_WHAT_TO_WRITE = re.compile(r"\bvad (?:ska|skall|bor|kan|maste|behover|far) (?:vi|jag|man|ni) (?:skriva|ta upp|ha med|"
                            r"svara|tycka|lyfta)\b|\bvad (?:ska|skall|bor|maste) (?:(?:vart|ert|vara) )?"
                            r"(?:remissvaret|remissvar|svaret|svar|det|ett remissvar) (?:innehalla|ta upp|handla om)\b|"
                            r"\bwhat (?:should|do|must|can|shall) (?:we|i) (?:write|include|say|put)\b|"
                            r"\bwhat should (?:the|our|a) (?:consultation )?response (?:contain|include|say|cover)\b|"
                            r"\bhur (?:ska|bor) (?:vi|man|jag) (?:skriva|formulera|utforma) "
                            r"(?:remissvaret|svaret|ett remissvar)\b")
# "kan du visa vårt utkast?", "vad har vi skrivit hittills?": the saved draft, which the response's form opens with.
_SHOW = frozenset("visa visar se ser kolla oppna show see view open".split())
_DRAFT = frozenset("utkast utkastet utkasten draft drafts hittills".split())
# The draft is the asker's own ("vårt utkast", "det vi har skrivit hittills", "our saved draft"), not the RUS draft.
_OURS = frozenset("vart vara ert era mitt mina our my sparade sparat saved hittills skrivit written".split())


def _form_text(kit: Kit, lang: Language) -> str:
    """What the response's form asks for (bot/input_cards.py remissvar_form): said so the partner knows what to
    prepare, since the material gives no template."""
    return t(lang, "Remissvarets formulär i chatten med mig frågar efter ert ställningstagande (tillstyrker, "
                   "tillstyrker med ändringar, avstyrker eller avstår från att yttra sig), era synpunkter och, om ni "
                   "yttrar er, vem som har beslutat svaret och när; där finns också fält för ert diarienummer och en "
                   "länk till protokollsutdraget.",
             "The response form in your chat with me asks for your position (supports, supports with changes, "
             "rejects or declines to comment), your comments and, unless you decline to comment, who decided the "
             "response and when; it also has fields for your reference number and a link to the minutes extract.")


# Questions of what becomes of what a partner writes (README "In Teams" and "The Teams tab"): who reads it, whether
# it is public, whether a file can be attached. Each is found in the sentence that asks it.
_WHO_READS = re.compile(r"\b(?:vem|vilka)\s+(?:som\s+)?(?:\w+\s+){0,2}?(?:laser|lasa|las|ser(?! till| ut)|far se|"
                        r"kan se|tar del av)\b|\bwho\s+(?:\w+\s+){0,3}?(?:reads?|sees|see|will read|can read|"
                        r"gets? to (?:see|read)|has access)\b")
# (Not "offentlig sektor", "public health": public as a kind of body; nor "publicera en nyhet": the asker's own.)
_PUBLIC_WORD = (r"(?:offentlig\w*(?! sektor| aktor| verksamhet| myndighet| organisation| finansier)|allman\w* "
                r"handling\w*|(?:be|been|made|are|is|become|becomes|go|goes|being|kept) public|public (?:documents?|"
                r"records?)|publicly|publicer\w*|publish\w*|offentliggor\w*)")
_RESPONSES_WORD = r"(?:remissvar\w*|svar(?:en|et)?|responses?|inspel\w*|input)"
_PUBLIC = re.compile(r"\b" + _RESPONSES_WORD + r"\b(?:\W+\w+){0,8}?\W+" + _PUBLIC_WORD + r"\b|\b" + _PUBLIC_WORD +
                     r"\b(?:\W+\w+){0,4}?\W+(?:\w+\W+)?" + _RESPONSES_WORD + r"\b")
# Published asked, not whether they are public documents ("kommer remissvaren att offentliggöras?").
_PUBLISHED = re.compile(r"publicer|publish|offentliggor|made public")
_ATTACH = re.compile(r"\bbifoga\w*|\bbilag\w*|\battach\w*|\bladda upp\b|\bupload\w*")
_RECEIPT = re.compile(r"\bkvitto\w*|\bkvittens\w*|\breceipts?\b")
_READ_GATE = ("las", "read", "see", "ser", "offentlig", "public", "allman", "publi", "bifog", "bilag", "attach",
              "upload", "ladda upp")
_WRITTEN = re.compile(r"\bremissvar\w*|\bsvar(?:en|et)?\b|\binspel\w*|\bresponses?\b|\binput\b|\bskriv\w*|\bwrit\w*|"
                      r"\bsynpunkt\w*|\bbeslut\w*|\bdecision\b|\bmeddelande\w*|\bmessages?\b|\bfil\w*|\bfiles?\b")


# (Public is asked of the responses or input themselves: "när publiceras den?" of the strategy is not.)
_PUBLIC_THING = re.compile(r"\bremissvar\w*|\bsvar(?:en|et)?\b|\brespons\w*|\binspel\w*|\binput\b")


def written_aspects(folded_q: str) -> list[str]:
    """Which of "readers", "public" and "attach" a message asks, in the order asked ("kan man bifoga ett politiskt
    beslut? … vem läser svaren?" → attach, readers); [] when none (a cheap word test first)."""
    if not any(w in folded_q for w in _READ_GATE):
        return []
    found: list[tuple[int, str]] = []
    for kind, pattern in (("readers", _WHO_READS), ("public", _PUBLIC), ("attach", _ATTACH), ("receipt", _RECEIPT)):
        m = pattern.search(folded_q)
        if m is None:
            continue
        if kind == "receipt":
            # ("Får vi kvitto?" beside other questions of the response: the response named anywhere.)
            if found and re.search(r"remissvar|\bsvar|respons|\bskick|\bsubmit", folded_q):
                found.append((m.start(), kind))
            continue
        if (_WRITTEN if kind != "public" else _PUBLIC_THING).search(folded_q):
            found.append((m.start(), kind))
    return [kind for _, kind in sorted(found)]


def public_documents(lang: Language) -> str:
    """What README says of submitted responses: public documents, kept."""
    return t(lang, "Inskickade remissvar är allmänna handlingar och sparas, även när någons personuppgifter raderas.",
             "Submitted responses are public documents and are kept, even when someone's personal data is erased.")


def written_line(kind: str, folded_q: str, lang: Language) -> str:
    """The line for one of written_aspects' kinds: what README says, and what it does not."""
    inspel_only = ("inspel" in folded_q or "input" in folded_q) and not re.search(
        r"remissvar|\bsvar|respons", folded_q)
    response_only = not inspel_only and bool(re.search(r"remissvar|\bsvar|respons", folded_q))
    if kind == "readers":
        if inspel_only:
            return t(lang, "Inspelen ser samordnarna: på sidan **Inspel** i fliken i Teams ser de antal per ämne och "
                           "organisation och listan. Själv ser du dina egna inspel. Vem mer som läser dem står inte i "
                           "underlaget.",
                     "The coordinators see the input: on the **Inspel** page of the tab in Teams they see the counts "
                     "by topic and organisation and the list. You see your own input. Who else reads it is not in "
                     "the material.")
        if response_only:
            return t(lang, "I boten läser samordnarna de inskickade remissvaren, på sidan **Remissvar** i fliken i "
                           "Teams; en partner ser bara sin egen organisations rad. Vem mer som läser svaren står inte "
                           "i underlaget – fråga samordnarna.",
                     "In the bot the coordinators read the submitted responses, on the **Remissvar** page of the tab "
                     "in Teams; a partner sees only their own organisation's row. Who else reads them is not in the "
                     "material – ask the coordinators.")
        return t(lang, "Det du lämnar i inspel och remissvar ser samordnarna: i fliken i Teams ser de inspelen och "
                       "läser de inskickade remissvaren, medan en partner bara ser sina egna inspel och sin egen "
                       "organisations rad. Vad som är sparat om en person kan samordnarna ta fram enligt GDPR "
                       "(**personuppgifter**). Vem mer som läser står inte i underlaget.",
                 "What you give as input and responses the coordinators see: in the tab in Teams they see the input "
                 "and read the submitted responses, while a partner sees only their own input and their own "
                 "organisation's row. What is stored about a person the coordinators can retrieve under the GDPR "
                 "(**personal data**). Who else reads it is not in the material.")
    if kind == "public":
        if inspel_only:
            return t(lang, "Om inspelen är offentliga står inte i underlaget – det vet jag inte. Inskickade remissvar "
                           "är allmänna handlingar och sparas.",
                     "Whether the input is public is not in the material – I don't know. Submitted responses are "
                     "public documents and are kept.")
        if _PUBLISHED.search(folded_q):
            return t(lang, "Om och hur remissvaren publiceras står inte i underlaget – det vet jag inte; fråga "
                           "samordnarna. Inskickade remissvar är allmänna handlingar och sparas, även när någons "
                           "personuppgifter raderas.",
                     "Whether and how the responses are published is not in the material – I don't know; ask the "
                     "coordinators. Submitted responses are public documents and are kept, even when someone's "
                     "personal data is erased.")
        return t(lang, "Ja, inskickade remissvar är allmänna handlingar: de sparas, även när någons personuppgifter "
                       "raderas. Om och hur svaren publiceras står inte i underlaget – fråga samordnarna.",
                 "Yes, submitted responses are public documents: they are kept, even when someone's personal data is "
                 "erased. Whether and how the responses are published is not in the material – ask the "
                 "coordinators.")
    if kind == "receipt":
        return t(lang, "Ja, när remissvaret skickas in får ni ett kvitto här i chatten med kvittonummer, version och "
                       "tid, och **remissvar** visar sedan ”Inskickat” med datum och kvitto.",
                 "Yes, when the response is submitted you get a receipt here in the chat with a receipt number, "
                 "version and time, and **response** then shows \"Submitted\" with the date and receipt.")
    return t(lang, "Som bilaga kan jag inte ta emot något: remissvaret lämnas i ett formulär här i Teams. Formuläret "
                   "frågar vem som har beslutat svaret och när, med fält för diarienummer och en länk till "
                   "protokollsutdraget – där anger ni beslutet.",
             "I cannot take an attachment: the response is given in a form here in Teams. The form asks who decided "
             "the response and when, with fields for a reference number and a link to the minutes extract – that is "
             "where you give the decision.")


def _what_to_write(kit: Kit, lang: Language, template: bool = False) -> str:
    if template:
        # "Finns det en mall?": the template leads, then what the form asks for.
        return t(lang, "Någon mall för remissvaret finns inte i underlaget: ni svarar direkt här i Teams, med egna "
                       "ord. ",
                 "The material has no template for the response: you answer directly here in Teams, in your own "
                 "words. ") + _form_text(kit, lang)
    # (Whether a template exists somewhere the material does not say: "finns inte" was graded invented, b64 #59.)
    return t(lang, "Vad ni ska skriva i sak anger inte underlaget, och någon mall för remissvaret ger det inte: "
                   "remissen gäller förslaget till uppdaterad RUS, och ert svar skriver ni med egna ord. ",
             "The material does not say what to write, and it gives no template for the response: the "
             "consultation is on the proposed update of RUS, and you write your answer in your own words. "
             ) + _form_text(kit, lang)


# Someone answering for someone else ("i kommunalrådets ställe", "on behalf of the mayor").
_ON_BEHALF = re.compile(r"\bi \w+ stalle\b|\bistallet for\b|\bpa uppdrag av\b|\bfor \w+ rakning\b|\bon behalf of\b|"
                        r"\binstead of\b|\bin (?:his|her|their) (?:place|stead)\b")
_WHO_SUBMITS = re.compile(r"\b(?:vem|vilken|vilka|who) (?:av oss )?(?:som )?(?:ska |skall |far |ar det som )?"
                          r"(?:skickar|skicka|lamnar|lamna|submits?|sends?)\b|\bwho (?:should|can|will|does) "
                          r"(?:submit|send)\b")


# What the response's own answer speaks to (how, who, when, in the bot): a question asking besides them is told that
# the material does not say, before it (Kit.beyond).
_RESPONSE_CONCEPTS_OWN = frozenset({"CONSULT", "RESPOND", "BOT", "DOES", "IS", "WHAT", "WHO", "WHEN", "NOW",
                                    "OPEN_EVENT", "OPEN_STATE", "MONTHNAME", "SEASON", "DAYS", "RECEIVE", "WRITE",
                                    "FILLER", "GREET", "THANKS", "MYORG", "ORGWORD", "SAVE", "RECEIPT", "CHANGE",
                                    "SEVERAL", "WITHDRAW", "EMAIL", "READY", "NEXT", "AFTER", "CONTACT", "N1", "N2",
                                    "N3", "N4", "N5"})
_RESPONSE_WORDS_OWN = frozenset("""remis svar svara svarar lamna lamnar lamnas skick skicka inski boten botte teams
chatt chatten tjanst organ kommu utkas spara kvitt versi histo foret bekra flera samma formu midna dag dagar sista
oppna oppen stang borja klar klart beslu yttra fylla fyller skriv digit respo consu submi send sent draft save recei
repre confi munic chat form midni deadl last day days open close write fill digital""".split())
# A question's first word when it asks how, where or when: the response's own answer is made for those.
_HOW_WHERE_WHEN = frozenset("hur var vart nar how where when".split())
_FIRST_ASKED = re.compile(r"[^.!?]*\?")


def _asks_beyond(kit: Kit, q: Asked, own_concepts: frozenset[str], own_words: frozenset[str]) -> bool:
    """Whether a question the feature's stock answer would meet asks something else: it is not a how, where or
    when question (nor "vem skickar in?"), and it names something the answer does not speak to."""
    first = _FIRST_ASKED.search(q.text)
    asked = first.group(0) if first is not None else q.text
    words = [w for w in tokens(folded(asked)) if w not in {"hej", "hejsan", "hi", "hello", "hey", "och", "and"}]
    if not words or words[0] in _HOW_WHERE_WHEN or "?" not in q.text or _WHO_SUBMITS.search(folded(q.text)):
        return False
    return kit.beyond(q.text, own_concepts, own_words)


def _not_in_material(lang: Language, what: str, what_en: str) -> str:
    return t(lang, f"Det står inte i underlaget, och jag kan inte svara på det – fråga samordnarna. Det här vet jag "
                   f"om {what}:",
             f"The material does not say, and I cannot answer that – ask the coordinators. This is what I know "
             f"about {what_en}:")


# Revising the consultation response, asked in any words: what README says of drafts and submitted versions is the
# one source ("In Teams": `remissvar` – draft, submit, receipt, history, open until midnight on the last day or the
# organisation's extension; the form's "Skicka in ny version", bot/input_cards.py). Withdrawing a submitted response
# is not described anywhere, so that is said plainly.
_REVISE = re.compile(r"\bresubmit\w*|\bskick\w* (?:in )?(?:det |den |svaret |remissvaret )?(?:igen|om)\b|"
                     r"\b(?:ny|nytt|nya|new) (?:\w+ )?version\w*|\b(?:submit|send)\w*(?: \w+){0,3} again\b|"
                     r"\bresend\w*|\bkomplettera\w*|\bamend\w*")
_UNDO = re.compile(r"\bangra\w*|\bdra\w* (?:\w+ )?tillbaka\b|\btillbakadra\w*|\bwithdraw\w*|\bretract\w*|"
                   r"\bundo\b|\btake (?:it |\w+ )?back\b|\bta\w* tillbaka\b|\bstoppa\w*")
_SUBMIT_SAID = re.compile(r"\bskick\w*|\binskick\w*|\blamna\w* in\b|\blamnat\w*|\bsubmit\w*|\bsent\b|"
                          r"\bsend\w*|\btryck\w*")
_DRAFT_SAID = re.compile(r"\butkast\w*|\bdrafts?\b|\bsparat\w*|\bsparad\w*|\bsaved\b")
# Editing told in the question as written: folded, "andra" is both "ändra" (change) and "andra" (other).
_EDIT_SAID = re.compile(r"\bändr\w*|\bredigera\w*|\bkorrigera\w*|\brätta\w*|\bfixa\w*|\bedit\w*|\bchang\w*|"
                        r"\bcorrect\w*|\bfix\b|\bupdate\b|\blägga till\b|\badd\b")


# Not submitted yet ("vi har inte skickat in remissvaret än", "we haven't submitted it yet").
_NOT_YET_SENT = re.compile(r"\b(?:inte|ej|not|haven'?t|hasn'?t|haven t|hasn t)\b(?: \w+){0,2} "
                           r"(?:skickat|skickats|lamnat|submitted|sent|svarat|answered)\b")


def not_yet_sent(folded_text: str) -> bool:
    return bool(_NOT_YET_SENT.search(folded_text))


# A cheap first look: none of the words the rules below need, no revision asked.
_REVISION_HINT = re.compile(r"andr|angra|tillbaka|withdraw|retract|undo|take|resubmit|resend|version|komplett|amend|"
                            r"again|igen|skick\w* (?:\w+ ){0,2}om\b|redigera|korrigera|ratta|fixa|edit|chang|"
                            r"correct|fix|update|lagga till|add|stoppa")


@lru_cache(maxsize=1024)
def revision_asked(text: str) -> str | None:
    """Which revision of the consultation response a question asks about: "undo" (withdrawing or undoing a
    submitted one), "resubmit" (changing it after submitting, a new version), "draft" (changing a saved draft),
    or None."""
    f = folded(text)
    if not _REVISION_HINT.search(f):
        return None
    submitted = bool(_SUBMIT_SAID.search(f))
    named = submitted or "remissvar" in f or "response" in f or bool(_DRAFT_SAID.search(f))
    if _UNDO.search(f) and named:
        return "undo"
    if _REVISE.search(f) and (submitted or "remissvar" in f or "svar" in f or "response" in f):
        return "resubmit"
    if _EDIT_SAID.search(text.lower()):
        if submitted and not re.search(r"\binnan\b|\bbefore\b|\binte (?:\w+ )?(?:skick|submit)", f):
            return "resubmit"
        if _DRAFT_SAID.search(f):
            return "draft"
    return None


def revision_text(kit: Kit, q: Asked, kind: str) -> str:
    """What README says of changing a response (drafts, a new version until the last day), for a layer."""
    return _revision_text(kit, q, kind)


def _revision_text(kit: Kit, q: Asked, kind: str) -> str:
    lang = q.language
    last = consultation_last_day(kit.process)
    last_f = format_date(last, lang) if last is not None else ""
    new_version = t(lang, f"till och med remissens sista dag ({last_f}) kan ni öppna remissvaret, ändra och välja "
                          "**Skicka in ny version**; varje inskickad version sparas i historiken med eget kvitto. "
                          "Efter sista dagen går det bara med anstånd, och anstånd beviljar samordnarna.",
                    f"until the consultation's last day ({last_f}) you can open the response, change it and choose "
                    "**Submit a new version**; every submitted version is kept in the history with its own receipt. "
                    "After the last day it takes an extension, which the coordinators grant.")
    if kind == "draft":
        return t(lang, "Ja: ett sparat utkast öppnar ni igen med **remissvar** och ändrar så ofta ni vill – det "
                       "skickas in först när ni väljer **Skicka in**, och då får ni ett kvitto. Också efter det: ",
                 "Yes: a saved draft opens again with **response** and you change it as often as you like – it is "
                 "submitted only when you choose **Submit**, and you then get a receipt. After that too: ") + \
            new_version
    if kind == "undo":
        return t(lang, "Att dra tillbaka eller ångra ett inskickat remissvar står inte i underlaget – fråga "
                       "samordnarna. Det som går: " + new_version,
                 "Withdrawing or undoing a submitted response is not in the material – ask the coordinators. What "
                 "you can do: " + new_version)
    yes = is_yes_no(q.text) or bool(_CAN_WE.search(folded(q.text))) or not folded_words(q.text) & {
        "vad", "what", "hur", "how"}
    return t(lang, ("Ja, " if yes else "Ni kan ändra och skicka in en ny version: ") + new_version,
             ("Yes, " if yes else "You can change it and submit a new version: ") + new_version)


# Which level decides the response ("måste det vara KS eller räcker det med tjänstepersonsnivå?", "does it need a
# political decision or is an official enough?").
_WHICH_LEVEL = re.compile(r"\b(?:racker|duger) det (?:med |att )?(?:en )?tjansteperson\w*|\btjanstepersonsniva\w*|"
                          r"\bmaste det (?:vara|ga via|beslutas (?:av|i)) (?:ks|kommunstyrelsen|namnden|politiken|"
                          r"fullmaktige)\b|\b(?:is|would) an official (?:level )?enough\b")


def remissvar(kit: Kit, q: Asked) -> Answer:
    if (taking_over := colleague_takes_over(kit, q)) is not None:
        return taking_over      # "kan min efterträdare fortsätta på vårt utkast?": the same response, once confirmed
    lang, c = q.language, q.entities.concepts
    when, sources = _consultation_when(kit, q)
    how = t(lang, "Remissvaret lämnar er organisations bekräftade företrädare i chatten med mig: öppna "
                  "remissvaret, spara utkast så ofta ni vill och välj **Skicka in** när svaret är beslutat – "
                  "då får ni ett kvitto." + when,
            "Your organisation's confirmed representatives send the response in their chat with me: open the "
            "response, save drafts as often as you like and choose **Submit** when it has been decided – you then "
            "get a receipt." + when)
    last = consultation_last_day(kit.process)
    # Several of one organisation writing its response ("min kollega och jag ska båda skriva i Kumlas remissvar,
    # eller måste vi mejla ett dokument?", "can my colleague and I both edit it?"): that leads, not editing or e-mail.
    together = ("SEVERAL" in c or bool(_TOGETHER.search(folded(q.text)))) and not _joint(q) and not (
        _ALONGSIDE.search(folded(q.text)) and not _TOGETHER.search(_ALONGSIDE.sub(" ", folded(q.text))))
    if asks_to_write(q.text):
        # "skriv ett remissvar åt Karlskoga om …": the bot does not write anyone's response, and the material
        # says nothing of what one should say; what it does is take the response the organisation writes.
        text = _no_writing(kit, q) + "\n\n" + how
        if last is not None and q.today > last:
            text += " " + t(lang, f"Remisstiden gick ut {format_date(last, lang)}; efter det tar jag emot remissvar "
                                  "bara om samordnarna har gett er organisation anstånd.",
                            f"The consultation closed on {format_date(last, lang)}; after that I accept responses "
                            "only if the coordinators have given your organisation an extension.")
        return kit.answer(q, text, sources, action="remissvar")
    last_f = format_date(last, lang) if last is not None else ""
    closed = last is not None and q.today > last
    lead = ""
    words = set(tokens(fold(q.text)))
    asked_words = folded_words(q.text)
    if "LANGUAGE" in c and not closed:
        lead = talk.response_language(q)
    elif _with_others(q) and not closed and not (asks_must_we(q.text) and not words & {
            "separat", "separata", "sjalv", "sjalva", "eget", "egna", "varje", "separately", "individually", "own",
            "each"}):
        # (A duty asked beside it, "… och måste man svara alls?", keeps the duty's answer, which adds the joint one.)
        # "får vi svara tillsammans med studieförbunden?": a joint response with other organisations is not in the
        # material; never a "Ja" read as several persons of one organisation (b69 #30).
        lead = t(lang, "Ett gemensamt svar tillsammans med andra organisationer nämns inte i underlaget, så det "
                       "vet jag inte – fråga samordnarna. I boten hör ett remissvar till en organisation i "
                       "partnerskapet och lämnas av dess bekräftade företrädare.",
                 "A joint response together with other organisations is not mentioned in the material, so I do not "
                 "know – ask the coordinators. In the bot a consultation response belongs to one organisation in the "
                 "partnership and is given by its confirmed representatives.")
    elif asks_who_sends(folded(q.text)) and "EMAIL" not in c:   # ("räcker det att jag skickar in det via dig, eller
        #                                                     ska det mejlas också?" asks the way, b74 #70)
        # "måste det vara chefen som skickar?", "vem ska skriva det?": any confirmed representative
        lead = who_sends_text(lang, enough=bool(_ENOUGH.search(folded(q.text))))
    elif _WHAT_TO_WRITE.search(folded(q.text)) or asked_words & _TEMPLATE or any(
            w.startswith("remissvarsmall") for w in asked_words):
        # "vad ska vi skriva i remissvaret?", "finns det en mall?": no content or template in the material; what
        # the form asks for is what the bot can say.
        lead = _what_to_write(kit, lang, template=not _WHAT_TO_WRITE.search(folded(q.text)))
    elif asked_words & _SHOW and asked_words & _DRAFT and asked_words & _OURS and not c & {"CHANGE", "WITHDRAW"}:
        # "Kan du visa vad vi har skrivit i utkastet?": the form opens with the last saved draft.
        yes = is_yes_no(q.text) or bool(_CAN_YOU.search(folded(q.text)) or _CAN_WE.search(folded(q.text)))
        lead = t(lang, ("Ja: s" if yes else "S") + "kriv **remissvar**, så öppnas ert remissvar med det "
                       "senast sparade utkastet, och där skriver ni vidare. Det visar jag för organisationens "
                       "bekräftade företrädare, så du behöver vara kopplad till organisationen.",
                 ("Yes: w" if yes else "W") + "rite **response** and your response opens with the last saved "
                 "draft, where you go on writing. I show it to the organisation's confirmed representatives, so you "
                 "need to be linked to the organisation.")
    elif _NOT_YET_SENT.search(folded(q.text)) and not closed and last is not None and not together:
        # "Vi har inte skickat in remissvaret än, vad gör jag nu?": the days left and how, not the receipt.
        left = (last - q.today).days
        lead = t(lang, f"Ni har till och med {last_f} på er" + (", alltså i dag" if left == 0 else
                                                                 f", {days_phrase(left)} kvar") +
                 ": skriv **remissvar**, spara utkast och välj **Skicka in** när svaret är beslutat – då får ni ett "
                 "kvitto. Behöver ni mer tid, be samordnarna om anstånd.",
                 f"You have until {last_f}" + (", that is today" if left == 0 else
                                                f", {days_phrase(left, 'en')} left") +
                 ": write **response**, save drafts and choose **Submit** when it has been decided – you then get a "
                 "receipt. If you need more time, ask the coordinators for an extension.")
        return kit.answer(q, lead + " " + _coordinators(kit, None, q), sources, action="remissvar")
    elif asked_words & {"inspel", "input"} and (_CAN_WE.search(folded(q.text)) or is_yes_no(q.text)) and not (
            asks_must_we(q.text) or together):
        # "…kan vi lämna inspel också?": inspel is its own feature, for confirmed partners (README "In Teams").
        lead = t(lang, "Inspel lämnar bekräftade partner med kommandot **inspel**: förslag på vad som ska uppdateras "
                       "i RUS, som ni kan lämna, se, ändra och dra tillbaka. Remissvaret är organisationens svar på "
                       "remissen.",
                 "Confirmed partners give input with the command **input**: proposals for what should be updated in "
                 "RUS, which you can give, list, edit and withdraw. The response is the organisation's answer to the "
                 "consultation.")
    elif (rev := revision_asked(q.text)) is not None and not together and not (closed and rev != "undo"):
        # "kan vi ändra utkastet sen?", "can we resubmit?", "kan jag ångra mig efter skicka?": what README says of
        # drafts and submitted versions, whatever the words (after the last day the closed lead below says it).
        lead = _revision_text(kit, q, rev)
    elif ((words & _SENT and (words & _ARRIVED or "RECEIPT" in c)) or _HAVE_WE_SENT.search(folded(q.text))
          or (q.intent == "feature.coordinator" and asks_it_arrived(q))) and not (c & {"CHANGE", "SAVE", "WITHDRAW"}):
        # (Whether "it" arrived, with no word of the response, only when read as who has answered and sent here by
        # coordinator(): a message naming the response is answered in the order asked – "Räcker det att jag skickar
        # in via dig, eller ska det mejlas? Hur ser jag att det kommit fram?" leads with the e-mail.)
        # "Skickade in vårt remissvar igår, hur vet jag att det kom fram?": already sent, so the receipt and what
        # `remissvar` shows answer it, not how to send one (nor, after the deadline, that it has passed).
        if _HAVE_WE_SENT.search(folded(q.text)):
            # "Har vi skickat in vårt remissvar?": whether it was sent leads – where to see it (b54 #72).
            lead = t(lang, "Om ert remissvar är inskickat ser du med **remissvar**: står där ”Inskickat” med datum och "
                           "kvitto är det inskickat (med tidigare inskickade versioner); står där bara att ett utkast "
                           "är sparat är det inte inskickat. När remissvaret skickas in får ni också ett kvitto här i "
                           "chatten med kvittonummer, version och tid. Ert svar kan jag visa när du är kopplad till "
                           "organisationen.",
                     "Whether your response has been submitted you see with **response**: if it says \"Submitted\" "
                     "with a date and receipt it has (with earlier submitted versions); if it only says a draft is "
                     "saved, it has not been submitted. When the response is submitted you also get a receipt here in "
                     "the chat with a receipt number, version and time. I can show your response once you are linked "
                     "to the organisation.")
            if last is not None and q.today > last:
                # "Skickade vi in i tid?": the date it shows against the last day (or the organisation's extension).
                lead += " " + t(lang, f"Remissens sista dag var {last_f} (eller den dag ert anstånd gällde, om ni "
                                      "fick ett), så datumet där visar om det kom in i tid.",
                                f"The consultation's last day was {last_f} (or the day of your extension, if you "
                                "had one), so the date shown there tells whether it was in time.")
            if last is not None and q.today <= last:
                left = (last - q.today).days
                lead += " " + t(lang, f"Remissens sista dag är {last_f}" + (", i dag." if not left else
                                                                             f", om {days_phrase(left)}."),
                                f"The consultation's last day is {last_f}" + (", today." if not left else
                                                                               f", in {days_phrase(left, 'en')}."))
            return kit.answer(q, lead, action="remissvar")
        lead = t(lang, "Att det kom fram ser ni på kvittot: när remissvaret skickas in får ni ett kvitto här i chatten "
                       "med kvittonummer, version och tid. Skriv **remissvar**, så står där ”Inskickat” med datum och "
                       "kvitto, och tidigare inskickade versioner; står där bara att ett utkast är sparat är det inte "
                       "inskickat. Ert svar kan jag visa när du är kopplad till organisationen.",
                 "You see that it arrived from the receipt: when the response is submitted you get a receipt here in "
                 "the chat with a receipt number, version and time. Write **response** and it says \"Submitted\" with "
                 "the date and receipt, and earlier submitted versions; if it only says a draft is saved, it has not "
                 "been submitted. I can show your response once you are linked to the organisation.")
        return kit.answer(q, lead, action="remissvar")
    elif closed:
        lead = t(lang, f"Remisstiden gick ut {last_f}; efter det tar jag emot remissvar och ändringar bara om "
                       "samordnarna har gett er organisation anstånd.",
                 f"The consultation closed on {last_f}; after that I accept responses and changes only if the "
                 "coordinators have given your organisation an extension.")
    elif last is not None and words & _IN_TIME and not (c & {"SAVE", "RECEIPT", "CHANGE"}) and (
            q.entities.period is None or q.entities.period.first in (q.today, last)) and q.today <= last:
        # "hinner vi skicka in remissvaret ikväll??" on the last day: the yes and the day first, then how.
        if q.today == last:
            lead = t(lang, f"Ja, om ni skickar in det i dag: i dag, {last_f}, är remissens sista dag, och jag tar "
                           "emot remissvar till midnatt.",
                     f"Yes, if you submit it today: today, {last_f}, is the consultation's last day, and I accept "
                     "responses until midnight.")
        else:
            left = (last - q.today).days
            # "hinner vi om vi skickar 30 september kl 23?": the response is open until midnight (README "In Teams").
            lead = t(lang, f"Ja: remissens sista dag är {last_f}, om {days_phrase(left)}, och jag tar emot remissvar "
                           "till midnatt (svensk tid) den dagen.",
                     f"Yes: the consultation's last day is {last_f}, in {days_phrase(left, 'en')}, and I accept "
                     "responses until midnight (Stockholm time) that day.")
    elif not (c & {"SAVE", "RECEIPT", "CHANGE"}) and (
            check := consultation_answers.deadline_check(kit, q)) is not None:
        # "…spara utkast så jag kan fortsätta imorgon": the day is the user's, not one to measure the deadline by.
        lead = check
    elif c & {"POLITICAL", "DECIDE"} and (words & {"maste", "behover", "behova", "kravs"} or (
            words & {"ska", "bor", "must", "should", "need"} and "WHO" not in c)):
        lead = t(lang, "Om remissvaret måste vara politiskt beslutat innan ni skickar in det står inte i underlaget – "
                       "fråga samordnarna om ni är osäkra. I boten skickar ni in det när ni är klara:",
                 "Whether the response must be decided politically before you submit it is not in the material – "
                 "ask the coordinators if you are unsure. In the bot you submit it when you are ready:")
    elif ("WHO" in c and words & {"politiker", "politikerna", "tjanstepersoner", "tjansteman", "politicians",
                                   "officials"}) or (c & {"POLITICIANS", "OFFICIALS"} and _ON_BEHALF.search(
                                       folded(q.text))):
        # "Kan jag som sekreterare lämna det i kommunalrådets ställe?" asks who may, as "vem ska svara?" does.
        lead = t(lang, "Vem hos er som ska svara – tjänstepersoner eller politiker – står inte i underlaget; fråga "
                       "samordnarna om ni är osäkra. I boten gör ni så här:",
                 "Who in your organisation should answer – officials or politicians – is not in the material; ask "
                 "the coordinators if you are unsure. In the bot it works like this:")
    elif "RECEIPT" not in c and (words & {"se", "visa", "kolla", "dubbelkolla", "see", "show", "check"} and words & {
            "skickade", "skickat", "lamnade", "lamnat", "inskickade", "submitted", "sent"}):
        lead = t(lang, "Ja: under **remissvar** ser ni läget och historiken med alla inskickade versioner, och varje "
                       "inskickad version har ett kvitto med kvittonummer här i chatten. Er organisations svar kan jag "
                       "visa när du är kopplad till organisationen.",
                 "Yes: under **remissvar** you see its state and the history of every submitted version, and each "
                 "submitted version has a receipt with a receipt number here in the chat. I can show your "
                 "organisation's response once you are linked to the organisation.")
    elif asks_must_we(q.text) and not _TOGETHER.search(folded(q.text)) and asked_words & {
            "inspel", "inspelet", "inspelen", "input"}:
        lead = _must_inspel(lang)       # "behöver vi skicka inspel när vi ändå lämnar remissvar?"
    elif _WHICH_LEVEL.search(folded(q.text)):
        # "måste det vara KS eller räcker det med tjänstepersonsnivå?": who inside the organisation decides the
        # response is not in the material – not whether to respond at all.
        lead = t(lang, "Vilken nivå hos er som ska besluta remissvaret – en politisk nämnd som KS eller "
                       "tjänstepersoner – står inte i underlaget; fråga samordnarna om ni är osäkra. "
                       + who_sends_text(lang, enough=False),
                 "Which level in your organisation must decide the response – a political committee or officials "
                 "– is not in the material; ask the coordinators if you are unsure. " + who_sends_text(lang, False))
    elif "EMAIL" not in c and (("MUST" in c and not together) or (
            asks_must_we(q.text) and not _TOGETHER.search(folded(q.text)))):
        # ("måste det vara en pdf?" asks what form the response must take: the form answer below, not the duty.)
        # ("… eller måste kommunalrådet själv göra det?" is who may answer, above; the asker's own duty leads over a
        # colleague told of, "… efter en kollega som slutat. Hon sa att vi måste svara …", but not over writing it
        # together.)
        member = consultation_answers.one_respondent(kit, q)
        # ("Måste Länsstyrelsen lämna remissvar?": that it is one of the organisations is said with it.)
        one_of = "" if member is None else t(lang, f" {member.name} är en av dem.", f" {member.name} is one of them.")
        lead = t(lang, "Det står inte i underlaget om ni måste lämna remissvar – remissen går till partnerskapets "
                       f"organisationer, och var och en kan svara.{one_of} Fråga samordnarna om ni är osäkra. Så här "
                       "svarar ni:",
                 "The material does not say whether you must respond – the consultation goes to the partnership's "
                 f"organisations, and each may respond.{one_of} Ask the coordinators if you are unsure. This is how "
                 "you respond:")
        if _with_others(q) and not closed:
            # "… och kan vi svara tillsammans med en annan kommun?": the joint response too, before how.
            lead = lead.removesuffix(t(lang, " Så här svarar ni:", " This is how you respond:")) + " " + t(
                lang, "Ett gemensamt svar tillsammans med andra organisationer nämns inte heller i underlaget. I boten "
                      "hör ett remissvar till en organisation i partnerskapet och lämnas av dess bekräftade "
                      "företrädare. Så här svarar ni:",
                "A joint response together with other organisations is not mentioned in the material either. In "
                "the bot a consultation response belongs to one organisation in the partnership and is given by its "
                "confirmed representatives. This is how you respond:")
    elif "CHANGE" in c and not together:
        # "Vad händer om vi vill ändra efter inskick?" is no yes-no question: what may be done leads, without a yes.
        yes_no = is_yes_no(q.text) or bool(_CAN_WE.search(folded(q.text)) or re.search(
            r"\b(?:kan|far) jag\b|\b(?:can|may) i\b", folded(q.text))) or not asked_words & {"vad", "what", "hur",
                                                                                                 "how"}
        lead = t(lang, f"Ja, till och med remissens sista dag ({last_f}): öppna remissvaret, ändra och välj "
                       "**Skicka in ny version**. Varje inskickad version sparas i historiken och får ett eget "
                       "kvitto. Efter sista dagen går det bara med anstånd, och anstånd beviljar samordnarna.",
                 f"Yes, until the consultation's last day ({last_f}): open the response, change it and choose "
                 "**Submit a new version**. Every submitted version is kept in the history with its own receipt. After "
                 "the last day it takes an extension, which the coordinators grant.")
        if not yes_no:
            lead = t(lang, "Ni kan ändra remissvaret och skicka in en ny version ",
                     "You can change the response and submit a new version ") + lead.split(" ", 1)[1]
    elif "EMAIL" in c and not together:
        lead = t(lang, "Remissvaret lämnar ni i ett formulär här i Teams; som fil, via mejl eller på papper kan jag "
                       "inte ta emot det. Underlaget säger inget om andra sätt att svara – fråga samordnarna om ni "
                       "behöver det.",
                 "The response is given in a form here in Teams; I cannot take it as a file, by e-mail or on paper. "
                 "The material says nothing about other ways to respond – ask the coordinators if you need one.")
        if _MAIL_TOO.search(folded(q.text)):
            # "räcker det att jag skickar in det via dig, eller ska det mejlas någonstans också?": whether it must
            # also be e-mailed is not in the material – said as such, not only "no other ways" (b74 #70).
            lead = t(lang, "Remissvaret lämnar ni i ett formulär här i Teams (kommandot **remissvar**); som fil eller "
                           "via mejl kan jag inte ta emot det. Om det också ska mejlas någonstans står inte i "
                           "underlaget, så det vet jag inte – fråga samordnarna.",
                     "The response is given in a form here in Teams (the **response** command); I cannot take it as "
                     "a file or by e-mail. Whether it must also be e-mailed somewhere is not in the material, so I "
                     "don't know – ask the coordinators.")
            if "RECEIPT" in c or _SEEN_ARRIVED.search(folded(q.text)):
                lead += " " + t(lang, "När det är inskickat får ni ett kvitto med kvittonummer här i chatten, och "
                                      "under **remissvar** ser ni dess läge.",
                                "Once it is submitted you get a receipt with a receipt number here in the chat, and "
                                "under **response** you see its state.")
    elif "RECEIPT" in c and not together:
        # "kan vi skriva tre i samma utkast, och får vi en bekräftelse?": writing together leads; the receipt is
        # in the how that follows.
        lead = t(lang, "När remissvaret är inskickat får ni ett kvitto med kvittonummer här i chatten, och under "
                       "**remissvar** ser ni läget och historiken med alla inskickade versioner. Er organisations svar "
                       "kan jag visa när du är kopplad till organisationen.",
                 "When the response is submitted you get a receipt with a receipt number here in the chat, and under "
                 "**remissvar** you see its state and the history of every submitted version. I can show your "
                 "organisation's response once you are linked to the organisation.")
    elif "SAVE" in c and _SEES_DRAFT.search(folded(q.text)) and (cons := kit.process.consultation_item) is not None:
        # "Får partnerskapet se utkastet innan remissen går ut?": the strategy's draft, not the response's (blind
        # batch 54: answered "Ja: välj Spara utkast"); the material names no draft before the consultation.
        lead = t(lang, "Att partnerskapet får se ett utkast innan remissen står inte i underlaget, så det vet jag inte "
                       "– fråga samordnarna. Enligt tidplanen är det remissen som går till partnerskapet: "
                       f"{item_when(cons, lang)}.",
                 "The material does not say that the partnership sees a draft before the consultation, so I do not "
                 "know – ask the coordinators. In the timeline it is the consultation that goes to the partnership: "
                 f"{item_when(cons, lang)}.")
        return kit.answer(q, lead, [cons.source])
    elif "SAVE" in c and "CONSULT" not in c and not together:
        lead = t(lang, "Ja. Ett inspel sparas när du skickar det, och du kan ändra eller dra tillbaka det efteråt. Ett "
                       "remissvar sparas som utkast när du väljer **Spara utkast** och skickas in först när du väljer "
                       "**Skicka in**. Frågor om vad jag sparar om dig tar samordnarna hand om.",
                 "Yes. Input is saved when you send it, and you can edit or withdraw it afterwards. A consultation "
                 "response is saved as a draft when you choose **Save draft** and is submitted only when you choose "
                 "**Submit**. The coordinators handle questions about what I store about you.")
    elif "SAVE" in c and not together:
        lead = t(lang, "Ja: välj **Spara utkast** så sparas svaret utan att skickas in; det skickas först när ni "
                       "väljer **Skicka in**.",
                 "Yes: choose **Save draft** and the response is saved without being submitted; it is submitted only "
                 "when you choose **Submit**.")
        if "SEVERAL" in c:
            lead += t(lang, " Organisationens bekräftade företrädare – gärna flera – arbetar i samma svar.",
                      " The organisation's confirmed representatives – several are fine – work in the same response.")
    elif any(w in _SUBUNITS or (w.endswith(_SUBUNIT_HEADS) and w not in _SUBUNIT_HEADS) for w in tokens(
            fold(q.text))) or _EACH_OWN.search(
            folded(q.text)):
        # "Ett svar för hela universitetet, eller ett per institution?": the bot has one per organisation; the
        # material says nothing of the organisation's own parts, and each person can still give input.
        lead = t(lang, "Remissvaret är ett per organisation: organisationens bekräftade företrädare – gärna flera – "
                       "skriver i samma svar. Om institutioner, förvaltningar eller avdelningar säger underlaget "
                       "inget mer. Enskilda medarbetare och forskare kan lämna egna inspel.",
                 "There is one consultation response per organisation: its confirmed representatives – several are "
                 "fine – write in the same response. The material says nothing more about departments or units. "
                 "Individual staff and researchers can give their own input.")
    elif "SEVERAL" in c and _joint(q):
        lead = t(lang, "I boten hör ett remissvar till en organisation. Ett gemensamt svar för flera organisationer "
                       "nämns inte i underlaget – fråga samordnarna om det går.",
                 "In the bot a consultation response belongs to one organisation. A joint response from several "
                 "organisations is not mentioned in the material – ask the coordinators whether it is possible.")
    elif together:
        yes = is_yes_no(q.text) or bool(_CAN_WE.search(folded(q.text))) or q.text.rstrip().endswith("?")
        if _MORE_THAN_ONE_RESPONSE.search(folded(q.text)):
            yes = False     # "kan Kumla skicka flera svar?" asks of responses, not of several writers (b76 #68)
        routed = consultation_answers.routed_through_another(folded(q.text)) is not None
        if routed:
            yes = False     # "Flera har hört av sig. Ska de gå via oss?": a "Ja." read as yes to the routing (b88 #58)
        lead = t(lang, "Ja. " if yes else "", "Yes. " if yes else "")
        if routed:
            lead += t(lang, "Om andra ska lämna sina synpunkter via er organisation står inte i underlaget, så det vet "
                            "jag inte – fråga samordnarna. ",
                      "Whether others are to send their views through your organisation is not in the material, so "
                      "I don't know – ask the coordinators. ")
        lead += t(lang, "Remissvaret är ett per organisation: organisationens bekräftade företrädare – gärna flera – "
                       "skriver i samma svar. Sparar någon annan medan du har formuläret öppet sparas inte "
                       "dina ändringar: du får veta vem som sparade och när, formuläret visar den senaste versionen "
                       "och du gör om dina ändringar och sparar igen. Inspel lämnar var och en för sig.",
                 "There is one response per organisation: its confirmed representatives – several are fine – write "
                 "in the same response. If someone else saves while you have the form open, your changes are not "
                 "saved: you are told who saved and when, the form shows the latest version, and you make your "
                 "changes again and save. Input is given by each person.")
        if _WHO_SUBMITS.search(folded(q.text)):
            # "…och vem skickar in?": any one of the confirmed representatives (README "In Teams").
            lead += t(lang, " Skicka in gör någon av organisationens bekräftade företrädare, när svaret är beslutat.",
                      " Any one of the organisation's confirmed representatives submits it, once it has been "
                      "decided.")
        if (rev := revision_asked(q.text)) in ("undo", "resubmit") and not closed:
            # "Kan flera jobba i samma utkast? Och kan jag ångra mig efter att jag tryckt skicka?": both parts.
            lead += "\n\n" + _revision_text(kit, q, rev)
    if not lead and (member := consultation_answers.respondent_doubted(kit, q)) is not None:
        # "Vi på Länsstyrelsen skickar väl inget remissvar, vi är ju statliga?": the consultation goes to the
        # partnership, of which it is a member; that any member is left out is not in the material.
        lead = consultation_answers.member_responds(kit, lang, member)
    if not lead and _asks_beyond(kit, q, _RESPONSE_CONCEPTS_OWN, _RESPONSE_WORDS_OWN):
        # "får vi skicka in remissvaret i två delar?", "kan X lämna ett särskilt yttrande utöver remissvaret?": how
        # the response is given does not answer it; that the material does not is said first.
        lead = _not_in_material(lang, "remissvaret", "the response")
    text = f"{lead}\n\n{how}" if lead else how
    return kit.answer(q, text, sources, action="remissvar")


_RESPONSE_WORD = re.compile(r"\bremissvar\w*|\bsvaret\b|\bresponse\b|\byttrande\w*")


def outside(kit: Kit, q: Asked) -> Answer | None:
    """The bot's own features in questions read as outside the material: what to write in the response (or a
    template for it), and whether an erasure reaches exports already made. None unless one of these is asked."""
    f, words = folded(q.text), folded_words(q.text)
    if kit.process.consultation is not None and ((_WHAT_TO_WRITE.search(f) and (
            _RESPONSE_WORD.search(f) or q.entities.concepts & {"CONSULT", "RESPOND"})) or words & _TEMPLATE):
        # What the material does not give, answered by the feature: under the topic of what is not in the material
        # ("unknown"), not the model's intent name, which is no topic of an answer ("BLANKETT").
        return remissvar(kit, replace(q, topic="unknown"))
    if _erases(q.text) and words & _EXPORTS:
        return privacy(kit, q, None)
    return who_submits(kit, q)


# An organisation's own parts ("varje institution", "each department"), asked whether they answer one by one.
_SUBUNITS = frozenset("""institution institutioner institutionerna forvaltning forvaltningar forvaltningarna avdelning
avdelningar avdelningarna enhet enheter enheterna fakultet fakulteter department departments faculty faculties
unit units division divisions""".split())


# Each person of an organisation answering on their own ("can each of us reply individually?").
_EACH_OWN = re.compile(r"\b(?:individuellt|individually|each of us|var och en av oss|every one of us|per person)\b")
# An organisation's own part named in a compound ("miljöförvaltningen", "ekonomiavdelningen").
_SUBUNIT_HEADS = ("forvaltningen", "forvaltningar", "forvaltningarna", "avdelningen", "avdelningar", "institutionen")


def _coordinators(kit: Kit, contacts: tuple[str, ...] | None, q: Asked) -> str:
    """How to reach the coordinators; "" when the caller does not know them (`contacts` None: an answerer reached
    without the engine's contacts must not say there are none)."""
    if contacts is None:
        return ""
    addresses = [c for c in contacts if "@" in c]
    lang = q.language
    if addresses:
        return t(lang, f"Samordnarna når du på {join_list(addresses, lang)}.",
                 f"You reach the coordinators at {join_list(addresses, lang)}.")
    if contacts:
        return t(lang, f"Boten har {len(contacts)} samordnare, men jag har inga kontaktuppgifter till dem att ge dig; "
                       "fråga den som bjöd in dig till teamet.",
                 f"The bot has {len(contacts)} coordinator(s), but I have no contact details to give you; ask "
                 "whoever invited you to the team.")
    return t(lang, "Inga samordnare är inlagda för boten, så jag har ingen kontakt att ge dig; fråga den som bjöd in "
                   "dig till teamet.",
             "No coordinators are set up for the bot, so I have no contact to give you; ask whoever invited you "
             "to the team.")


# A coordinator asking how to give one ("hur ger jag Kumla anstånd?"), not a partner asking for one.
# How a command is written ("hur skriver jag exakt?", "what do I type?", "vilket kommando?").
_HOW_WRITTEN = re.compile(r"\b(?:hur|vad) (?:skriver|skriva|gor|gora|ska) (?:jag|man|vi)\b|\bvilket kommando\b|"
                          r"\bwhat (?:do|should|shall) (?:i|we) (?:type|write|enter)\b|\bhow do (?:i|we) (?:type|write|"
                          r"enter|do)\b|\bwhich command\b|\bsyntax\w*\b|\bexact (?:command|wording)\b")
_GRANT = frozenset("""ger ge bevilja beviljar beviljas lagga lagger satta satter registrera registrerar registreras
registrerat grant give enter register""".split())
# Someone else's personal data ("någon har bett att få sina uppgifter raderade"), which the coordinators erase.
_SOMEONE_ELSE = frozenset("""nagon nagons person personen personens anvandare anvandaren anvandarens kollega sina
hans hennes deras someone somebody person user their his her samordnare coordinator kollegas kollegans kollegor
medarbetare medarbetares medarbetaren medarbetarens anstalld anstallds anstallde anstalldes anstallda handlaggare
handlaggares handlaggaren handlaggarens tjansteperson tjanstepersons tjanstepersonen tjanstepersonens employee
employees employee's colleague colleague's colleagues staff member partners partners' partnerna partnernas
users members participants deltagare deltagarna deltagarnas representatives andras others others'
representant representanten representanter kommunrepresentant kommunrepresentanten foretradare foretradaren
foretradarna representative kollegan kollegorna""".split())


_ASKS_EXTENSION = frozenset("anstand anstandet forlangning forlanga forlangd extension extend".split())


# The asker as the one who grants ("kan jag ge Laxå anstånd via dig?", "how do I give Nora an extension?").
_I_GRANT = re.compile(r"\b(?:jag|i)\b(?: \w+){0,2} (?:ge|ger|bevilja|beviljar|lagga in|registrera\w*|grant|give|enter|"
                      r"register)\b|\b(?:lagger|registrerar|ger|beviljar|matar) jag\b|"
                      r"\b(?:via|genom) (?:dig|boten)\b|\bthrough (?:you|the bot)\b")
# The bot as the one who grants ("kan boten ge anstånd?", "can you grant us an extension?").
_BOT_GRANTS = re.compile(r"\b(?:kan|far|gar|ger|beviljar) (?:du|boten)\b(?: \w+){0,3} (?:ge|bevilja|forlanga|anstand)|"
                         r"\b(?:ger|beviljar) (?:du|boten)\b|\b(?:can|could|will|do|does) (?:you|the bot) "
                         r"(?:\w+ ){0,2}(?:grant|give|extend)\b")
# Whether one has been granted ("har vi fått anstånd?", "gäller anståndet fortfarande?", "was ours granted?").
_GRANTED = frozenset("""fatt fick beviljats beviljat beviljad beviljades galler fortfarande registrerat registrerats
inlagt inlagd granted still valid got""".split())


def _extension_reminders(kit: Kit, lang: Language) -> str:
    """What an extension does to the reminders (scheduling/plan.py: an organisation's nudges count from its own
    last day; the channel's are about the consultation's)."""
    r = kit.process.deployment.reminders
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    return t(lang, f"Med anstånd räknas organisationens personliga påminnelser från anståndets sista dag ({nudges} "
                   "dagar före den), och de går bara så länge organisationen inte har svarat. Kanalens påminnelser "
                   "gäller remissens ordinarie sista dag och går till alla i kanalen.",
             f"With an extension the organisation's personal reminders count from the extension's last day ({nudges} "
             "days before it), and they go only while the organisation has not answered. The channel's reminders "
             "are about the consultation's regular last day and go to everyone in the channel.")


def _extension_status(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer:
    """"Har vi fått anstånd?": the answer is in the organisation's own response, which shows a granted extension
    (bot/input_cards.py: "Ni har anstånd till och med …"); the bot does not tell it from a sentence."""
    lang = q.language
    last = consultation_last_day(kit.process)
    text = t(lang, "Det ser du under **remissvar**: har samordnarna lagt in ett anstånd för er organisation står där "
                   "”Ni har anstånd till och med …” med dagen, och då tar jag emot ert remissvar till midnatt den "
                   "dagen. Står det inget om anstånd där har ni inget anstånd inlagt hos mig.",
             "You see it under **response**: if the coordinators have entered an extension for your organisation it "
             "says \"You have an extension until …\" with the day, and I accept your response until midnight that "
             "day. If it says nothing about an extension, none is entered with me.")
    period = q.entities.period
    if last is not None and period is not None and period.day and period.first > last:
        # "…anstånd till 15 oktober sa någon – gäller det?": what that day would mean, if it is entered.
        text += " " + t(lang, f"Är anståndet inlagt till och med {format_date(period.first, lang)} tar jag emot ert "
                              "remissvar till midnatt den dagen.",
                        f"If the extension is entered until {format_date(period.first, lang)}, I accept your response "
                        "until midnight that day.")
    if last is not None:
        text += " " + (t(lang, f"Utan anstånd var sista dagen {format_date(last, lang)}.",
                         f"Without an extension the last day was {format_date(last, lang)}.") if q.today > last else
                       t(lang, f"Utan anstånd är sista dagen {format_date(last, lang)} "
                               f"({'i dag' if last == q.today else 'om ' + days_phrase((last - q.today).days)}).",
                         f"Without an extension the last day is {format_date(last, lang)} "
                         f"({'today' if last == q.today else 'in ' + days_phrase((last - q.today).days, 'en')})."))
    text += " " + t(lang, "Har ni fått höra något annat, kontakta samordnarna. ",
                    "If you were told otherwise, contact the coordinators. ") + _coordinators(kit, contacts, q)
    return kit.answer(q, text, action="remissvar")


# "remissen förlängdes väl till oktober för alla?", "was the consultation extended?": the period itself said to be
# moved for everyone, not an extension asked for one organisation (b53 #90: the how-to text answered no question).
_PERIOD_EXTENDED = re.compile(
    r"\b(?:remissen|remisstiden|remissperioden|consultation(?: period)?)\s+(?:\w+\s+){0,2}?(?:forlangdes|forlangts|"
    r"forlangd|flyttades|flyttats|(?:was|been|got) (?:extended|prolonged|postponed))\b|"
    r"\b(?:forlangdes|forlangts|forlangd|extended)\s+(?:\w+\s+){0,4}?for (?:alla|everyone|everybody|all)\b")


_ASKS_FOR = frozenset("kan kunna fa far can could may".split())


def _period_extended(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer | None:
    f = folded(q.text)
    if ("forlang" not in f and "extended" not in f and "flytta" not in f and "prolong" not in f
            and "postpone" not in f) or q.entities.organisations or not _PERIOD_EXTENDED.search(f):
        return None
    if folded_words(q.text) & _ASKS_FOR and not folded_words(q.text) & {"alla", "everyone", "everybody", "all"}:
        return None     # "kan vi få remissen förlängd?": an extension asked for, the coordinators' anstånd
    last = consultation_last_day(kit.process)
    if last is None:
        return None
    lang = q.language
    runs = t(lang, "pågår" if q.today <= last else "pågick", "runs" if q.today <= last else "ran")
    text = t(lang, f"Nej, inte enligt underlaget: enligt tidplanen {runs} remissen till och med "
                   f"{format_date(last, lang)}, och någon förlängning för alla nämns inte (om tidplanen har ändrats "
                   "efteråt vet jag inte). Anstånd ger samordnarna en organisation i taget (kommandot **anstånd**). ",
             f"No, not according to the material: according to the timeline the consultation {runs} through "
             f"{format_date(last, lang)}, and no extension for everyone is mentioned (whether the "
             "timeline has been changed since I don't know). The coordinators grant extensions one organisation at "
             "a time (the command **extension**). ") + _coordinators(kit, contacts, q)
    return kit.answer(q, text.rstrip())


# "… för alla?", "… väl till oktober?", "… to October, right?": the period's extension for everyone, or to a month
# named, put up as a claim to confirm. (A bare "Stämmer det att remissperioden har förlängts?" stays the "don't
# know" of what the bot cannot know.)
_CLAIMED_FOR_ALL = re.compile(r"\bfor (?:alla|everyone|everybody|all)\b|\b(?:val|va|visst|eller hur|right)\b.*"
                              r"\b(?:till|to|until) (?:mitten av |slutet av |mid-?|the end of )?(?:oktober|november|"
                              r"december|october)\b|\b(?:till|to|until) (?:mitten av |slutet av |mid-?|the end of )?"
                              r"(?:oktober|november|december|october)\b.*\b(?:val|va|visst|eller hur|right)\b")


def period_extended_claim(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer | None:
    """"remisstiden förlängdes väl till oktober för alla?" read as the consultation's dates: the claim of a period
    moved for everyone is answered "Nej, inte enligt underlaget", as the extension answer does – not the stock dates,
    which contradict it only implicitly (b74 #72). A neutral "har remissen förlängts?" stays the plain "don't know"."""
    if not _CLAIMED_FOR_ALL.search(folded(q.text)):
        return None
    return _period_extended(kit, q, contacts)


def extension(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer:
    if (moved := _period_extended(kit, q, contacts)) is not None:
        return moved
    words = set(tokens(fold(q.text)))
    says_coordinator = bool(_SAYS_COORDINATOR.search(fold(q.text)))
    f = folded(q.text)
    c = q.entities.concepts
    # "Har vi fått anstånd?" asks whether one is granted; "who do I ask … is it likely to be granted?" asks who
    # grants, and "om en kommun har fått anstånd, får de påminnelser?" what an extension does to the reminders.
    if words & _GRANTED and words & _ASKS_EXTENSION and not words & {
            "hur", "how", "kan", "can", "could", "utan", "without"} and not re.search(r"\bvad galler\b", f) and (
            words & {"vilka", "which", "alla", "all"} or not c & {"WHO", "REMIND"}):
        if words & {"vilka", "which", "alla", "all"}:
            # "Which organisations have been granted one?": the coordinators' view (README "The Teams tab").
            text = t(q.language, "Vilka organisationer som har anstånd ser samordnarna på sidan **Remissvar** i fliken "
                                 "i Teams, där anståndet står vid varje remissinstans; **status** visar läget per "
                                 "remissinstans. En partner ser där sin egen organisations rad. ",
                     "The coordinators see which organisations have an extension on the **Remissvar** page of the tab "
                     "in Teams, where it is shown by each respondent; **status** shows each respondent's state. A "
                     "partner sees their own organisation's row there. ")
            return kit.answer(q, text + _coordinators(kit, contacts, q))
        return _extension_status(kit, q, contacts)
    if "REMIND" in q.entities.concepts and not (q.entities.organisations and words & _GRANT) and not _I_GRANT.search(f):
        # "Hur påverkar ett anstånd påminnelserna?": the reminders with an extension, then who grants one.
        return kit.answer(q, _extension_reminders(kit, q.language) + " " + t(
            q.language, "Anstånd beviljar samordnarna (med kommandot **anstånd**). ",
            "The coordinators grant extensions (the command **extension**). ") + _coordinators(kit, contacts, q))
    if _BOT_GRANTS.search(f) and not q.entities.organisations and not _I_GRANT.search(f):
        # "kan boten ge anstånd?": not the bot, the coordinators.
        text = t(q.language, "Nej, själv beviljar jag inget anstånd: det gör samordnarna, med kommandot **anstånd "
                             "<organisation> <sista dag>** här i chatten. När de har lagt in det tar jag emot "
                             "organisationens remissvar till och med den dagen. ",
                 "No, I grant no extension myself: the coordinators do, with the command **extension <organisation> "
                 "<last day>** here in the chat. Once they have entered it I accept that organisation's response "
                 "until that day. ") + _coordinators(kit, contacts, q)
        return kit.answer(q, text)
    if (words & _GRANT or (says_coordinator and _HOW_WRITTEN.search(f))) and q.entities.organisations and (
            says_coordinator or _I_GRANT.search(f) or not words & {"vi", "oss", "we", "us", "far", "fa", "kan"}):
        # (A coordinator asking how it is written, "X har bett om anstånd till 15 oktober, hur skriver jag exakt?",
        # asks the command for X, with no grant word: b80 #76 got a partner's "kontakta samordnarna".)
        org = q.entities.organisations[0].name
        period = q.entities.period
        day = period.first.isoformat() if period is not None and period.day else t(q.language, "ÅÅÅÅ-MM-DD",
                                                                                    "YYYY-MM-DD")
        if not says_coordinator and asks_self_may(f):
            # "Kan jag bevilja Lindesberg anstånd?" from one who may not be a coordinator: who grants leads, not a
            # bare "Ja" (b69 #80).
            text = t(q.language, f"Anstånd beviljar samordnarna: är du samordnare skriver du **anstånd {org} {day}** "
                                 "här i chatten (organisationen och den sista dag ni beviljar), och då tar jag emot "
                                 "organisationens remissvar till och med den dagen; annars be samordnarna. ",
                     f"The coordinators grant extensions: if you are a coordinator, write **extension {org} {day}** "
                     "here in the chat (the organisation and the last day you grant), and I then accept that "
                     "organisation's response until that day; otherwise ask the coordinators. ") + _coordinators(
                kit, contacts, q)
        else:
            yes = t(q.language, "Ja. ", "Yes. ") if is_yes_no(q.text) or (says_coordinator and words & {
                "kan", "can", "gar", "far", "may"}) or re.search(r"\b(?:kan|far) jag\b|\bcan i\b", f) else ""
            text = yes + t(q.language, f"Som samordnare skriver du **anstånd {org} {day}** här i chatten "
                                       "(organisationen och den sista dag ni beviljar); då tar jag emot "
                                       "organisationens remissvar till och med den dagen. Är du inte samordnare, be "
                                       "samordnarna. ",
                           f"As a coordinator you write **extension {org} {day}** here in the chat (the organisation "
                           "and the last day you grant); then I accept that organisation's response until that day. If "
                           "you are not a coordinator, ask the coordinators. ") + _coordinators(kit, contacts, q)
        text = text.rstrip()
        if "REMIND" in q.entities.concepts:
            # "…och hur påverkar det påminnelserna?"; "Hur påverkas påminnelserna om jag ger X anstånd?" asks of
            # the reminders first.
            effect = _extension_reminders(kit, q.language)
            reminded = f.find("paminn")
            granted = next((m.start() for m in re.finditer(r"\b(?:ge|ger|bevilja|beviljar|grant|give)\b", f)), -1)
            text = f"{effect}\n\n{text}" if 0 <= reminded < granted else f"{text}\n\n{effect}"
        return kit.answer(q, text)
    if words & consultation_answers.LATER and (adding := consultation_answers.late_answer(kit, q)) is not None:
        # "…hinner inte; kan vi komplettera i oktober?": the deadline, anstånd and new versions, as when read as a
        # period; without a supplement asked ("KS i oktober, hinner vi?") the check below leads.
        return adding
    when, sources = _consultation_when(kit, q)
    late = consultation_answers.after_deadline(kit, q)
    check = consultation_answers.deadline_check(kit, q)
    if late is not None and check is not None and not words & _ASKS_EXTENSION:
        # "KS först i oktober, hinner vi?": whether it is in time first, then how an extension is had.
        return kit.answer(q, check + " " + _coordinators(kit, contacts, q), sources)
    text = t(q.language, "Anstånd med remissvaret beviljar samordnarna (med kommandot **anstånd**). Kontakta dem och "
                         "säg vilken organisation det gäller och till vilket datum ni behöver; när de har lagt in "
                         "anståndet tar jag emot ert remissvar till och med den dagen. ",
             "The coordinators grant extensions for the consultation response (the command **extension**). Contact "
             "them with your organisation and the date you need; once they have entered the extension I accept your "
             "response until that day. ") + _coordinators(kit, contacts, q) + when
    if late is not None:
        text += " " + late
    if words_asked(q.text) & _LIKELY:
        # "… and is it likely to be granted?": the second part, which the material does not answer.
        text += " " + t(q.language, "Om ni får anstånd avgör samordnarna; underlaget säger inget om hur de bedömer en "
                                    "begäran.",
                        "Whether you get one is for the coordinators to decide; the material says nothing about how "
                        "they judge a request.")
    last = consultation_last_day(kit.process)
    if _WITHOUT_ONE.search(f) and last is not None:
        # "Beaktas remissvar som kommer in efter 30 september utan anstånd?": what happens without one leads.
        lang = q.language
        text = t(lang, f"Utan anstånd tar jag inte emot remissvar efter remissens sista dag, {format_date(last, lang)} "
                       "(till midnatt). Om ett remissvar som kommer in senare på annat sätt beaktas står inte i "
                       "underlaget – fråga samordnarna.",
                 f"Without an extension I accept no response after the consultation's last day, "
                 f"{format_date(last, lang)} (until midnight). Whether a response that comes in later some other way "
                 "is considered is not in the material – ask the coordinators.") + "\n\n" + text
    return kit.answer(q, text, sources)


# Without an extension ("… utan beviljat anstånd?", "without an extension").
_WITHOUT_ONE = re.compile(r"\b(?:utan|without)\s+(?:\w+\s+){0,2}?(?:anstand\w*|forlangning\w*|extension)")


# Whether an extension will be granted ("is it likely?", "får vi det säkert?").
_LIKELY = frozenset("likely likelihood chance chances probably sannolikt sannolikheten troligt troligen chans chansen "
                    "sakert".split())


def who_submits(kit: Kit, q: Asked) -> Answer | None:
    """"Vem skickar in?", "who of us submits it?": any one of the organisation's confirmed representatives (README
    "In Teams"), not the coordinators or the list of respondents. None unless one person submitting is asked."""
    if kit.process.consultation is None or not folded_words(q.text) & {"vem", "vilken", "who"}:
        return None
    f = folded(q.text)
    if not _WHO_SUBMITS.search(f) or not re.search(
            r"\b(?:skick\w*|lamna\w*) in\b|\bsubmit\w*", f) or folded_words(q.text) & {"vilka", "which", "remissen"}:
        return None
    if _TOGETHER.search(f):
        return None         # "vi är tre som skriver ihop – vem skickar in?": the response's answer says both
    text = t(q.language, "Skicka in gör någon av organisationens bekräftade företrädare, när svaret är beslutat: i "
                         "remissvaret väljer hen **Skicka in**, och ni får ett kvitto här i chatten.",
             "Any one of the organisation's confirmed representatives submits it, once it has been decided: they "
             "choose **Submit** in the response, and you get a receipt here in the chat.")
    return kit.answer(q, text, action="remissvar", topic="feature.remissvar")


def contact(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    if (submits := who_submits(kit, q)) is not None:
        return submits          # "…och vem skickar in?" read as whom to contact
    lead = t(q.language, "Kontakta samordnarna för uppdateringen. ", "Contact the coordinators of the update. ")
    return kit.answer(q, lead + _coordinators(kit, contacts, q))


# Whom to contact asked beside a feature ("vem kontaktar jag om boten krånglar eller om jag är kopplad till fel
# organisation?", "who do I contact if …").
_WHOM_CONTACT = re.compile(r"\b(?:vem|vilka|vart|who|whom)\b(?: \w+){0,2}? (?:kontakta\w*|vander\w*|vanda\w*|ringer|"
                           r"ringa|hor av mig|contact\w*|reach|talk to)\b")


def contact_beside(kit: Kit, q: Asked, answer: Answer, contacts: tuple[str, ...] | None) -> Answer:
    """A feature's answer with whom to contact first when that is asked too (the README: the coordinators)."""
    if not _WHOM_CONTACT.search(folded(q.text)) or "samordnarna" in answer.text[:80]:
        return answer
    lead = t(q.language, "Kontakta samordnarna för uppdateringen. ", "Contact the coordinators of the update. ")
    return answer.model_copy(update={"text": (lead + _coordinators(kit, contacts, q)).rstrip() + "\n\n" + answer.text})


# Asked to have them back ("slå på påminnelserna igen", "turn my reminders back on"): the bot does not act on it
# from a question, so the answer is the command that does.
_ON = re.compile(r"\b(?:sla|slar|satt|satta|satter|turn|switch)\s+(?:\w+\s+){0,2}?(?:pa|on)\b|\bback on\b|"
                 r"\b(?:aktiver\w*|ateraktiver\w*|enabl\w*|reenabl\w*)|\b(?:pa|on) igen\b|\bon again\b|"
                 r"\b(?:ha|fa|get)\s+(?:\w+\s+){0,2}?(?:igen|again)\b")


# ("i stället för den gamla", "vår nya kanal": another channel asked for.)
_ELSEWHERE = frozenset("istallet stallet annan andra byta byt flytta nya gamla instead another other move change vill "
                       "want new old".split())


# Choosing the channel ("hur väljer vi kanal?", "sätt påminnelsekanalen till Allmänt", "which channel?").
_CHOOSE = frozenset("valj valja valjer satt satta satter vilken vilka bestammer bestamma set choose pick which".split())
_EXTRA = frozenset("extra ytterligare manuell manuellt egen additional another manual".split())
_SEND = frozenset("skicka skickar paminna paminn send remind".split())


# "Hur skickar jag ut en påminnelse till …?", "how do I send a reminder to …": the way to send one on request.
_HOW_SEND = re.compile(r"\bhur (?:skickar|gor|kan|ska) (?:jag|vi|man) (?:\w+ )?(?:ut )?(?:en |nagon )?(?:extra |"
                       r"egen |manuell )?paminn\w*|\bhow (?:do|can|should) (?:i|we) (?:send|trigger) (?:out )?(?:an? )?"
                       r"(?:extra |manual )?reminders?\b")


def _asks_extra_reminder(q: Asked) -> bool:
    """"Kan du skicka en extra påminnelse till kommunerna som inte har svarat?", "remind Laxå now": a reminder on
    request, to others – which the bot does not send (its reminders are planned, README "In Teams")."""
    f, words = folded(q.text), folded_words(q.text)
    if not words & _SEND or not (talk.asks_a_deed(q.text) or _CAN_YOU.search(f) or re.match(
            r"\s*(?:skicka|paminn|paminna|send|remind)\b", f) or _HOW_SEND.search(f)) or (
            words & {"automatiskt", "automatically", "sjalv"}):
        return False
    return bool(words & _EXTRA or q.entities.organisations or q.entities.kind or re.search(
        r"\b(?:till|to) (?:the )?(?:de|dem|those|alla|all|kommunerna|organisationerna|organisations|everyone|"
        r"municipalities)\b", f))


def _extra_reminder(kit: Kit, q: Asked) -> str:
    lang = q.language
    r = kit.process.deployment.reminders
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    text = t(lang, "Nej, en extra påminnelse på beställning skickar jag inte: påminnelserna går av sig själva enligt "
                   f"schemat nedan, och de personliga går till företrädare för organisationer som inte har svarat, "
                   f"{nudges} dagar före sista dagen.",
             "No, I send no extra reminder on request: the reminders go by themselves on the schedule below, and the "
             "personal ones go to representatives of organisations that have not answered, "
             f"{nudges} days before the last day.")
    if _HOW_SEND.search(folded(q.text)):
        # "Hur skickar jag ut en påminnelse …?" asks how: there is no command for it, which is the answer.
        text = t(lang, "Det går inte – det finns inget kommando för en extra påminnelse:",
                 "You cannot – there is no command for an extra reminder:") + text.split(":", 1)[1]
    last = consultation_last_day(kit.process)
    if last is not None and q.today <= last and (last - q.today).days in r.nudge_days_before:
        text += " " + t(lang, f"I dag, {days_phrase((last - q.today).days)} före sista dagen, går de personliga "
                              f"påminnelserna ut kl. {r.consultation_at}.",
                        f"Today, {days_phrase((last - q.today).days, 'en')} before the last day, the personal "
                        f"reminders go out at {r.consultation_at}.")
    if folded_words(q.text) & {"svarat", "svarar", "svarade", "answered", "responded"}:
        # Who they are is what `status` shows the coordinators (README "In Teams").
        text += " " + t(lang, "Vilka som inte har svarat ser samordnarna med **status**.",
                        "Who has not answered the coordinators see with **status**.")
    return text + " " + t(lang, "Vill ni nå någon mer än så, skriv till dem själva.",
                          "To reach anyone beyond that, write to them yourselves.")


# "…fast vi redan har skickat in det!! Vad är fel?", "even though we already submitted": reminders despite an answer.
_DESPITE = re.compile(r"\b(?:fast|trots|fastan|although|though|even though|despite)\b(?: \w+){0,4}? (?:redan |ju )?"
                      r"(?:har |hade )?(?:svarat|skickat|inskickat|lamnat|answered|submitted|sent)\b|"
                      r"\b(?:svarat|skickat in|lamnat in|answered|submitted)\b.*\b(?:vad ar fel|what is wrong|"
                      r"what s wrong)\b")
# "…i vår nya kanal i stället för den gamla", "to the new channel instead": the reminders moved to another channel.
_INSTEAD = re.compile(r"\bi stallet\b|\binstead\b|\b(?:ny|nya|nytt|new) (?:\w+ )?(?:kanal\w*|channel)")


# "I got a private message from the bot saying we haven't replied. Why me?" (blind batch 50): whom the personal
# nudges go to, and how to turn them off.
_WHY_ME = re.compile(r"\b(?:varfor (?:just )?(?:jag|mig|fick jag|far jag|har jag fatt|skickar du)|varfor (?:fick|far|"
                     r"har) (?:just )?(?:jag|mig)|why (?:me|did i get|"
                     r"do i get|am i getting|have i got|did you send|are you sending|was i sent))\b")
_NUDGE_TOLD = re.compile(r"paminn\w*|meddelande\w*|message\w*|remind\w*|nudge\w*|inte (?:har )?svarat|"
                         r"(?:not|n.t) (?:yet )?(?:replied|answered|responded)")


# Why the asker of all people: another writes the response, or the asker is only a contact. (Why a reminder came
# today, or despite having answered, the reminders' own answer tells.)
_NOT_THE_WRITER = re.compile(r"\b(?:why me|varfor (?:just )?(?:jag|mig)\b(?! \w+ (?:i dag|idag))|nagon annan|en annan|"
                             r"(?:min |en )?kollega\w*|someone else|somebody else|a colleague|my colleague|not the one|"
                             r"inte (?:jag|den) som|bara kontakt\w*|only (?:the )?contact)")


def asks_why_nudged(folded_text: str) -> bool:
    return bool(_WHY_ME.search(folded_text) and _NUDGE_TOLD.search(folded_text) and _NOT_THE_WRITER.search(
        folded_text) and not re.search(r"\b(?:i dag|idag|today)\b", folded_text))


def _why_nudged(kit: Kit, q: Asked) -> Answer:
    r = kit.process.deployment.reminders
    lang = q.language
    days = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    text = t(lang, f"Personliga påminnelser skickar jag {days} dagar före remissens sista dag till organisationens "
                   "bekräftade företrädare, när organisationen inte har skickat in sitt remissvar – alla företrädare "
                   "får dem, också den som inte själv skriver svaret. Vill du inte ha dem skriver du **påminn mig av** "
                   "i chatten med mig (och **påminn mig på** för att slå på dem igen).",
             f"I send personal nudges {days} days before the consultation's last day to an organisation's confirmed "
             "representatives when the organisation has not submitted its response – every representative gets "
             "them, also one who is not writing the response. If you do not want them, write **nudges off** in your "
             "chat with me (and **nudges on** to turn them on again).")
    return kit.answer(q, text, topic="feature.reminders")


# A reminder asked for at a time of the asker's own choosing ("kan jag få en påminnelse i mitten av augusti",
# "påminn mig den 20 augusti", "can you remind me next Monday"): the request, then the time.
_OWN_TIME_ASKED = re.compile(
    r"\b(?:(?:kan|far|skulle|vill|could|can|may|would)\s+(?:jag|vi|du|ni|man|boten|i|we|you|the bot|it)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:fa|ha|fa en|ge|skicka|paminna|satta|lagga|get|have|give|send|set|remind)\b|paminn (?:mig|oss)|"
    r"remind (?:me|us)|"
    r"(?:gar det|ar det mojligt) att (?:fa|ha)\b|(?:is it|would it be) possible to (?:get|have)\b|"
    r"(?:vill|onskar|want|would like|d like)\s+(?:\w+\s+){0,2}?(?:paminnelse|reminder))")
_OWN_TIME = re.compile(
    r"\b(?:(?:i|in|on|at|den|the)\s+(?:mitten|borjan|slutet|middle|beginning|start|end)\s+(?:av|of)\s+\w+|"
    r"(?:mid|early|late)[- ]?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|"
    r"(?:den\s+|on\s+(?:the\s+)?)?\d{1,2}(?:e|a|st|nd|rd|th)?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|january|february|"
    r"march|may|june|july|august|october)\b|"
    r"(?:i|in|on|during)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october)\b|"
    r"(?:nasta|next|om en|in a|om|in)\s+(?:(?:\d+|tva|tre|fyra|fem|two|three|four|five|a few|ett par|nagra)\s+)?"
    r"(?:vecka|veckor|week|weeks|manad|manader|month|months|dag|dagar|days)\b|"
    r"(?:pa|on|nasta|next)\s+(?:mandag|tisdag|onsdag|torsdag|fredag|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:i|efter|after)\s+(?:semestern|the holidays?|the summer|sommaren))")


def asks_own_time_reminder(text: str) -> bool:
    """A reminder asked for at a time the asker chooses (the bot's reminders are planned, README "In Teams")."""
    f = _fold_question(text)
    if "paminn" not in f and "remind" not in f:
        return False
    return any(_OWN_TIME.search(piece) for piece in re.split(r"(?<=[.?!])\s+|\n+", f)
               if ("paminn" in piece or "remind" in piece) and _OWN_TIME_ASKED.search(piece)
               and not _ON_SCHEDULE.search(piece) and not _NOT_REMIND.search(piece))


# "påminn mig inte i augusti", "stop reminding me next week": reminders refused, not asked for.
# "Påminn mig: när är sista dag …?", "remind me – how do we submit?": "tell me again", a question follows (b58 #69).
_NOT_REMIND = re.compile(r"\b(?:inte|ej|aldrig|sluta|stang\w*|not|don ?t|stop|no more|off)\b|"
                         r"\bpaminn\w* (?:mig |oss )?av\b|"
                         r"\b(?:paminn|remind) (?:mig|oss|me|us)\s*(?:[:–-]|,)\s*(?:nar|vad|hur|vem|vilk\w*|var|"
                         r"nar|when|what|how|who|which|where)\b")


# A reminder asked for about a meeting or the day before an event ("påminna kanalen dagen innan mötet 11 mars"):
# that is on the bot's schedule, not a day of one's own.
_ON_SCHEDULE = re.compile(r"\b(?:mote\w*|meeting\w*|dagen (?:innan|fore)|(?:the )?day before|sista dagen|"
                          r"(?:the )?last day)\b")


def own_time_told(text: str) -> bool:
    return "en dag du själv väljer" in text or "a day of your own choosing" in text


def _own_time_reminder(kit: Kit, q: Asked) -> str:
    return t(q.language, "En påminnelse på en dag du själv väljer kan jag inte ställa in – det finns inte bland det "
                         "jag gör. Påminnelserna går av sig själva enligt schemat nedan.",
             "A reminder on a day of your own choosing is not something I can set up – it is not among the things I "
             "do. The reminders go by themselves on the schedule below.")


def reminders(kit: Kit, q: Asked) -> Answer:
    if (both := reminder_commands(kit, q)) is not None:
        return both
    if asks_why_nudged(folded(q.text)):
        return _why_nudged(kit, q)      # "varför fick jag en påminnelse, det är min kollega som skriver?"
    if (entered := entering_meeting(kit, q)) is not None:
        return entered      # "hur lägger jag till ett möte så att alla får påminnelse?": adding the meeting
    # (Turning them back on "så jag inte missar sista dagen" asks the way back on, not how to keep up: the stock
    # keep-up text left "hur slår jag på dem igen" unanswered – b53 #55.)
    if not _ON.search(folded(q.text)) and (kept := keep_up(kit, q)) is not None:
        return kept
    if (channel := channel_switch(kit, q)) is not None:
        return channel                  # "hur slår jag på påminnelser i kanalen?": not the personal nudges
    if _ON.search(folded(q.text)):
        return _nudges_on(kit, q)
    if _REMIND_NOT.search(text := folded(q.text)) and not _WHY_NOT.search(text):
        return nudges_off(kit, q)       # "don't remind me about the deadline any more" read as the reminders
    r = kit.process.deployment.reminders
    lang = q.language
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    # The schedule is the bot's own setting, not the process's: said as such, after a yes when asked yes/no – but not
    # when asked whether any are still set up ("finns det fler påminnelser inlagda?"): the schedule is no yes to that,
    # and the list the edge shows after it may well be empty (b64 #100: "Ja." beside "Inga fler … är planerade").
    yes = t(lang, "Ja. ", "Yes. ") if is_yes_no(q.text) and not (
        folded_words(q.text) & _STILL_SET_UP) else ""
    if yes and _DECISION_NAMED.search(folded(q.text)) and not _EVENT_WORD.search(folded(q.text)) and not (
            _DEADLINE_WORD.search(folded(q.text))):
        # (A reminder before the last day, asked so that a decision on the response can be taken in time, is the
        # consultation's: "påminn oss innan remissen stänger så vi hinner fatta beslut" stays a yes.)
        # "kan boten påminna mig innan RF-beslutet?": the schedule has no reminder for the decision, which has no
        # date in the plan – no "Ja" (b85 #82: "Ja." beside "Inga fler påminnelser är planerade").
        yes = t(lang, "Nej, inte om beslutet: påminnelserna gäller möten och remissens sista dag, och beslutet har "
                      "inget datum i tidplanen. ",
                "No, not of the decision: the reminders are of meetings and the consultation's last day, and the "
                "decision has no date in the timeline. ")
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    lead: list[str] = []
    if yes and "MEETING" in q.entities.concepts and not q.entities.items_on_day and not _DEADLINE_WORD.search(
            folded(q.text)) and not any(about_meeting and day + dt.timedelta(days=1) >= q.today
                                        for day, _, _, _, about_meeting in _channel_reminders(kit)):
        # "Kan boten påminna mig innan mötet?" when no meeting lies ahead: the schedule's yes would promise a
        # reminder that nothing plans (the list after it shows none).
        lead.append(t(lang, f"Det finns inget möte framåt i tidplanen eller bland samordnarnas möten, så ingen "
                            f"mötespåminnelse är planerad just nu. Lägger samordnarna in ett möte skickar jag en "
                            f"påminnelse i kanalen dagen före kl. {r.meeting_day_before_at}.",
                      f"There is no meeting ahead in the timeline or among the coordinators' meetings, so no meeting "
                      f"reminder is planned right now. When the coordinators add a meeting, I send a reminder in the "
                      f"channel the day before at {r.meeting_day_before_at}.") + "\n")
        yes = ""
    # Asked whether the organisation is among those reminded ("är vi med i listan?", "har inte fått någon"), not
    # asked to remind it ("kan du påminna Laxå?").
    about_member = bool(q.entities.concepts & {"MED", "MEMBER"}) or bool(
        folded_words(q.text) & {"fatt", "fick", "received", "got", "gotten"})
    # (Not "kan du påminna mig den 25 augusti?": a day of one's own, which _own_time_reminder answers.)
    if not named and not about_member and not asks_own_time_reminder(q.text) and (
            on_day := reminder_on_day(kit, q)) is not None:
        lead.append(on_day + "\n")
        yes = ""
    elif named and nudges and about_member and kit.process.consultation is not None:
        # "Ljusnarsberg har inte fått någon påminnelse, är vi med?": the organisation is (a member), and whom the
        # personal reminders reach, before the schedule. Which people get them the bot does not tell here.
        who = join_list([o.name for o in named], lang)
        p_name = kit.process.partnership.name.get(lang)
        # (Only when membership is what is doubted: "Jag har fått en påminnelse som säger att Karlskoga inte svarat"
        # asks nothing of whether Karlskoga is a member – blind batch 47 #82.)
        doubted = bool(q.entities.concepts & {"MED", "MEMBER"}) or bool(_NOT_GOT.search(folded(q.text)))
        member_sv = f"Ja, {who} är med i {p_name}. " if doubted else ""
        member_en = f"Yes, {who} {'is' if len(named) == 1 else 'are'} in {lower_first(p_name)}. " if doubted else ""
        lead.append(t(lang, f"{member_sv}Personliga påminnelser om remissvaret går till företrädare "
                            f"för organisationer som inte har svarat, {nudges} dagar före remissens sista dag – till "
                            "den som har valt organisationen (**organisation**) och fått kopplingen bekräftad av en "
                            "samordnare, och som inte har stängt av dem (**påminn mig på** slår på dem igen). Vilka "
                            "påminnelser Teams inte kunde leverera ser samordnarna med **status**.",
                      f"{member_en}Personal reminders about the response go to representatives of organisations "
                      f"that have not answered, {nudges} days before the consultation's last day – to those who "
                      "have chosen the organisation (**organisation**), had the link confirmed by a coordinator and "
                      "not turned them off (**nudges on** turns them on again). The coordinators see which reminders "
                      "Teams could not deliver with **status**.") + "\n")
        yes = ""
    asked = folded_words(q.text)
    f = folded(q.text)
    if "EXTEND" in q.entities.concepts and named and _I_GRANT.search(f):
        # "Kan jag ge Laxå anstånd via dig, och hur påverkar det påminnelserna?": the grant first, then the reminders.
        return extension(kit, q, None)
    if asked & {"svarat", "skickat", "inskickat", "answered", "submitted", "sent"} and (
            asked & {"varfor", "why"} or _DESPITE.search(f)):
        # "Varför får jag påminnelser, vi har ju redan svarat?": whom each kind goes to, and how to check.
        lead.append(t(lang, "Personliga påminnelser går bara till företrädare för organisationer som inte har skickat "
                            "in sitt remissvar – ett sparat utkast är inte inskickat; skriv **remissvar** och se om "
                            "där står ”Inskickat” med kvitto. Kanalens påminnelser går till alla i kanalen, oavsett "
                            "vem som har svarat. Dina personliga stänger du av med **påminn mig av**.",
                      "Personal reminders go only to representatives of organisations that have not submitted their "
                      "response – a saved draft is not submitted; write **response** and see whether it says "
                      "\"Submitted\" with a receipt. The channel's reminders go to everyone in the channel, whoever "
                      "has answered. You turn your personal ones off with **nudges off**.") + "\n")
        yes = ""
    elif asked & {"varfor", "why"} and asked & {"fick", "fatt", "far", "kom", "got", "get", "received", "sent"} and (
            last := consultation_last_day(kit.process)) is not None and q.today <= last and (
            (last - q.today).days in r.consultation_days_before or (last - q.today).days in r.nudge_days_before):
        # "fick en påminnelse om remissen idag, varför?": today is one of the reminder days before the last day.
        left = (last - q.today).days
        when = t(lang, "i dag är remissens sista dag" if left == 0 else
                 f"i dag är det {days_phrase(left)} före remissens sista dag", "today is the consultation's last day"
                 if left == 0 else f"today is {days_phrase(left, 'en')} before the consultation's last day")
        lead.append(t(lang, f"Därför att {when} ({format_date(last, lang)}), och då skickar jag en påminnelse enligt "
                            "schemat nedan. Dina personliga påminnelser stänger du av med **påminn mig av**.",
                      f"Because {when} ({format_date(last, lang)}), and on that day I send a reminder on the schedule "
                      "below. You turn your personal reminders off with **nudges off**.") + "\n")
        yes = ""
    elif not named and "MEETING" not in q.entities.concepts and _NOT_GOT.search(f) and (
            last := consultation_last_day(kit.process)) is not None and q.today <= last and r.consultation_days_before:
        # "har inte fått någon påminnelse, är något fel?": when they go (the first may not have come yet), not the
        # schedule alone (b53 #68). Whether it is wrong for this person the bot does not know; it says what it sends.
        lead.append(_none_got(kit, q, last) + "\n")
        yes = ""
    elif not named and "MEETING" not in q.entities.concepts and _GOT_ANY.search(f) and (
            last := consultation_last_day(kit.process)) is not None and q.today <= last and r.consultation_days_before:
        lead.append(_none_got(kit, q, last, asked_any=True) + "\n")
        yes = ""
    elif asks_own_time_reminder(q.text) and not about_member and not asked & {
            "anstand", "anstandet", "extension", "forlangning", "forlangt"}:
        # "kan jag få en påminnelse i mitten av augusti?": no "Ja" – a day of one's own is not offered.
        lead.append(_own_time_reminder(kit, q) + "\n")
        yes = ""
    elif "EXTEND" in q.entities.concepts and not about_member:
        # "Hur påverkar ett anstånd påminnelserna?"
        lead.append(_extension_reminders(kit, lang) + "\n")
        yes = ""
    elif _asks_extra_reminder(q):
        # "Kan du skicka en extra påminnelse till dem som inte har svarat?": not on request; what goes by itself.
        lead.append(_extra_reminder(kit, q) + "\n")
        yes = ""
    elif ("kanal" in f or _CHANNEL.search(f)) and not _INSTEAD.search(f) and not asked & _ELSEWHERE and (
            days := channel_days(kit, q)) is not None:
        # "Vilka påminnelser går ut i kanalen innan remissen stänger?": the days, not where they go (b65 #69); the
        # channel first when that is asked too ("I vilken kanal kommer påminnelserna och när skickas de?").
        where = t(lang, "Teamets påminnelser går till kanalen boten installerades från, eller till den kanal där en "
                        "samordnare har skrivit **påminnelser här**. ",
                  "The team's reminders go to the channel the bot was installed from, or to the channel where a "
                  "coordinator has written **reminders here**. ") if _WHICH_CHANNEL.search(f) else ""
        lead.append(where + days + "\n")
        yes = ""
    elif ("kanal" in f or _CHANNEL.search(f)) and (asked & (_ELSEWHERE | _CHOOSE) or _INSTEAD.search(f)) and not (
            asked & {"nar", "when"}) and "MEETING" not in q.entities.concepts:
        # "Jag vill ha påminnelserna i kanalen X istället": a coordinator's `påminnelser här` in that channel;
        # "vilken kanal går de till?": where they go now leads.
        which = ""
        if asked & {"vilken", "vilka", "which", "vart"}:
            which = (t(lang, "Teamets påminnelser går till kanalen boten installerades från, eller till den kanal "
                                "där en samordnare har skrivit **påminnelser här**.",
                          "The team's reminders go to the channel the bot was installed from, or to the channel "
                          "where a coordinator has written **reminders here**.") + " ")
        lead.append(which + t(lang, "Skriv **påminnelser här** i den kanal där du vill ha dem (@-nämn mig där) – det "
                            "gör en samordnare – så går teamets påminnelser dit; **påminnelser av** i en kanal stoppar "
                            "dem där. Utan val går de till kanalen boten installerades från.",
                      "Write **reminders here** in the channel where you want them (@mention me there) – a "
                      "coordinator does that – and the team's reminders go there; **reminders off** in a channel "
                      "stops them there. Without a choice they go to the channel the bot was installed from.") + "\n")
        yes = ""
    elif _AT_OPENING.search(f) and (item := kit.process.consultation_item) is not None and item.first is not None \
            and q.today <= item.first.latest:
        # "kan jag få en påminnelse när remissen öppnar?": there is none at the opening (README "In Teams": meetings
        # and the last day); when it opens, then the reminders there are.
        lead.append(t(lang, "Nej, någon påminnelse när remissen öppnar skickar jag inte. Remissen öppnar enligt "
                            f"tidplanen {format_fuzzy_at(item.first, lang)}; exakt dag anges inte. Påminnelserna jag "
                            "skickar gäller mötena och remissens sista dag.",
                      "No, I send no reminder when the consultation opens. According to the timeline it opens "
                      f"{format_fuzzy_at(item.first, lang)}; the exact day is not given. My reminders are about the "
                      "meetings and the consultation's last day.") + "\n")
        yes = ""
    elif kit.process.consultation is not None and "CONSULT" in q.entities.concepts and (
            "WHEN" in q.entities.concepts or asked & {"nar", "when"}) and (
            last := consultation_last_day(kit.process)) is not None and r.consultation_days_before:
        # "När skickar du påminnelser om att remissen stänger?": the days first.
        dates = [last - dt.timedelta(days=d) for d in sorted(r.consultation_days_before, reverse=True)]
        when_days = join_list([format_date(d, lang) for d in dates], lang)
        lead.append(t(lang, f"Påminnelserna om att remissen stänger skickar jag {when_days} kl. {r.consultation_at} "
                            "i kanalen som samordnarna har valt.",
                      f"I send the reminders that the consultation closes on {when_days} at {r.consultation_at} "
                      "in the channel the coordinators chose.") + "\n")
        yes = ""
    if folded_words(q.text) & _MAIL_WORDS:
        # "får jag mejl från er?": the reminders are the bot's messages in Teams; it sends no e-mail.
        lead.append(t(lang, "Nej, mejl skickar jag inte: påminnelserna är meddelanden från mig i Teams – i kanalen som "
                            "samordnarna har valt, och personligt i chatten med mig.",
                      "No, I send no e-mail: the reminders are my messages in Teams – in the channel the coordinators "
                      "chose, and personally in your chat with me.") + "\n")
        yes = ""
    return kit.answer(q, "\n".join([*lead, yes + reminders_schedule(kit, q)]), action="reminders")


# A reminder asked for one day ("kommer det en påminnelse i morgon?") or one event ("innan mötet 11 mars?").
_TOMORROW = re.compile(r"\b(?:i ?morgon|imorron|tomorrow)\b")
_TODAY = re.compile(r"\b(?:i ?dag|today)\b")
_EVENT_WORD = re.compile(r"\b(?:\w*mote[nt]?|avstamning\w*|meeting|check-?in)\b")
# A date said of the reminder itself ("en påminnelse den 16 september", "a reminder on 23 September").
_DATE_BY_REMINDER = re.compile(r"\b(?:paminn|remind)\w*\W+(?:\w+\W+){0,3}?\d{1,2}\b")
_DEADLINE_WORD = re.compile(r"\b(?:remiss\w*|sista (?:svars)?dag\w*|deadline|consultation|svarsdag\w*)\b")


def _channel_reminders(kit: Kit) -> list[tuple[dt.date, str, str, str, bool]]:
    """The channel's reminders as the scheduler plans them (scheduling/plan.py: the day before each meeting of the
    timeline or the coordinators, and the days before the consultation's last day): (day, time, why sv, why en,
    about a meeting)."""
    r = kit.process.deployment.reminders
    out: list[tuple[dt.date, str, str, str, bool]] = []
    days: dict[str, tuple[dt.date, str, str]] = {}
    for item in kit.process.timeline:
        if item.kind == "meeting" and item.date is not None and item.date.is_exact:
            days[item.id] = (item.date.earliest, item.name.get("sv"), item.name.get("en"))
    for m in kit.process.deployment.meetings:
        days[m.id] = (meeting_day(m), m.name.get("sv"), m.name.get("en"))
    for day, sv, en in days.values():
        out.append((day - dt.timedelta(days=1), r.meeting_day_before_at, f"dagen före {sv}", f"the day before {en}",
                    True))
    if (last := consultation_last_day(kit.process)) is not None and kit.process.consultation is not None:
        for d in sorted(set(r.consultation_days_before), reverse=True):
            out.append((last - dt.timedelta(days=d), r.consultation_at,
                        "remissens sista dag" if d == 0 else f"{days_phrase(d)} före remissens sista dag "
                        f"({format_date(last)})",
                        "the consultation's last day" if d == 0 else f"{days_phrase(d, 'en')} before the "
                        f"consultation's last day ({format_date(last, 'en')})", False))
    return sorted(out)


_BEFORE_WORD = re.compile(r"\b(?:innan|fore|infor|before|ahead of|prior to)\b")
# The council's decision named ("RF-beslutet", "beslutet i regionfullmäktige", "the council's decision").
_DECISION_NAMED = re.compile(r"\b(?:rf-?beslut\w*|beslut\w*|decision|fullmaktige\w*|regional council)\b")


def reminder_on_day(kit: Kit, q: Asked) -> str | None:
    """"Kommer det en påminnelse i morgon om remissen?", "kommer det påminnelse innan mötet 11 mars?": yes or no
    from the reminder settings and the plan's dates, before the schedule. None unless a day or an event is named."""
    f = folded(q.text)
    words = folded_words(q.text)
    yes_no = is_yes_no(q.text) or bool(re.match(r"\W*(?:\w+\W+)?(?:kommer|gar|sker) ", f))
    if not (yes_no or words & {"nar", "when"}):
        return None
    lang = q.language
    period = q.entities.period
    period_day = period.first if period is not None and period.day else None
    named_day = (q.today + dt.timedelta(days=1) if _TOMORROW.search(f) else q.today if _TODAY.search(f) else
                 period_day)
    meeting_asked = bool(_EVENT_WORD.search(f)) or "MEETING" in q.entities.concepts
    deadline_asked = bool(_DEADLINE_WORD.search(f))
    planned = _channel_reminders(kit)
    # "Kan boten påminna mig innan mötet imorgon?": tomorrow is the meeting's day, and the reminder before it is the
    # one the day before – today (b81 #25 said no reminder goes tomorrow, "Nej").
    meeting_on_day = meeting_asked and named_day is not None and _BEFORE_WORD.search(f) is not None and any(
        p[4] and p[0] == named_day - dt.timedelta(days=1) for p in planned)
    if meeting_asked and (meeting_on_day or (not _TOMORROW.search(f) and not _TODAY.search(f))):
        # An event: the reminder before the meeting on the day named (or the only meeting ahead).
        before = [p for p in planned if p[4] and (named_day is None or p[0] == named_day - dt.timedelta(days=1))]
        if named_day is None:
            before = [p for p in before if p[0] >= q.today][:1]
        if not before:
            return None
        day, at, sv, en, _ = before[0]
        when = kit.when_relative(day, q.today, lang)
        if day < q.today:
            return t(lang, f"Den gick ut {when}, {format_date(day, lang, weekday=True)} kl. {at} ({sv}), i kanalen som "
                           "samordnarna har valt.",
                     f"It went out {when}, {format_date(day, lang, weekday=True)} at {at} ({en}), in the channel the "
                     "coordinators chose.")
        if not yes_no:      # "när skickas påminnelsen?": the day itself, no "Ja"
            return t(lang, f"Påminnelsen går ut {sv}, {format_date(day, lang, weekday=True)} kl. {at}, i kanalen som "
                           "samordnarna har valt.",
                     f"The reminder goes out {en}, {format_date(day, lang, weekday=True)} at {at}, in the channel the "
                     "coordinators chose.")
        if day == q.today:
            # (The answers know the day, not the hour: past its time, today's reminder has gone out already.)
            return t(lang, f"Ja – {sv}, i dag, {format_date(day, lang, weekday=True)} kl. {at}, i kanalen som "
                           f"samordnarna har valt (efter kl. {at} har den redan gått ut).",
                     f"Yes – {en}, today, {format_date(day, lang, weekday=True)} at {at}, in the channel the "
                     f"coordinators chose (after {at} it has gone out already).")
        return t(lang, f"Ja – {sv}, {format_date(day, lang, weekday=True)} kl. {at}, i kanalen som samordnarna har "
                       "valt.",
                 f"Yes – {en}, {format_date(day, lang, weekday=True)} at {at}, in the channel the coordinators chose.")
    if named_day is None or named_day < q.today or (
            not _TOMORROW.search(f) and not _TODAY.search(f) and not _DATE_BY_REMINDER.search(f)):
        return None     # ("Vi skickar ut remissen 14 juni. Kan du påminna …?": that day is not the reminder's.)
    due = [p for p in planned if p[0] == named_day and (not deadline_asked or not p[4]) and (
        not meeting_asked or p[4])]
    rel = kit.when_relative(named_day, q.today, lang)
    rel = rel + ", " if rel in ("i dag", "i morgon", "today", "tomorrow") else ""
    comma = "," if rel else ""
    if due:
        at = due[0][1]
        sv = join_list([p[2] for p in due], "sv")
        en = join_list([p[3] for p in due], "en")
        return t(lang, f"Ja – {rel}{format_date(named_day, lang, weekday=True)} kl. {at}, {sv}, i kanalen som "
                       "samordnarna har valt.",
                 f"Yes – {rel}{format_date(named_day, lang, weekday=True)} at {at}, {en}, in the channel the "
                 "coordinators chose.")
    coming = [p for p in planned if p[0] > named_day and (not deadline_asked or not p[4]) and (
        not meeting_asked or p[4])]
    nxt_sv = nxt_en = ""
    if coming:
        day_sv, day_en = (format_date(coming[0][0], lang, weekday=True) for lang in ("sv", "en"))
        nxt_sv = f" Nästa är {day_sv} kl. {coming[0][1]}, {coming[0][2]}."
        nxt_en = f" The next is on {day_en} at {coming[0][1]}, {coming[0][3]}."
    day_f = format_date(named_day, lang, weekday=True)
    return t(lang, f"Nej – {rel}{day_f}{comma} går ingen påminnelse i kanalen enligt schemat." + nxt_sv,
             f"No – {rel}{day_f}{comma} no reminder goes to the channel on the "
             "schedule." + nxt_en)


_OTHERS_DAY = re.compile(r"\b(?:sista (?:svars)?dag\w*|deadline\w*|svarsdag\w*|remisstid\w*|last day)\b")


def others_last_day(kit: Kit, q: Asked, before: str) -> Answer | None:
    """"(Laxå har bett om anstånd …) Påverkar det sista dagen för de andra?": an extension is one organisation's
    (README "In Teams": `anstånd Kumla 2021-10-15`, an extension for one organisation); the others' last day stays.
    None unless a part after an extension asks about the others' last day."""
    f = folded(q.text)
    if not (folded_words(q.text) & {"andra", "ovriga", "others", "other", "alla", "everyone"}
            and _OTHERS_DAY.search(f)):
        return None
    if not set(tokens(fold(before))) & _ASKS_EXTENSION or (last := consultation_last_day(kit.process)) is None:
        return None
    return kit.answer(q, t(q.language, "Nej, anståndet gäller bara den organisationen. För de andra är remissens sista "
                                       f"dag fortfarande {format_date(last, q.language)}.",
                           "No, the extension applies to that organisation only. For the others the consultation's "
                           f"last day is still {format_date(last, q.language)}."), topic="feature.extension")


_REMINDERS_NAMED = re.compile(r"\bpaminn\w*|\bremind\w*|\bnudge\w*")
# What the extension does to them ("påverkar det påminnelserna?", "ändras påminnelserna", "what happens to the
# reminders"), not a reminder asked for.
_AFFECTS = frozenset("""paverkar paverkas paverka andras andrar forandras flyttas flyttar galler hander affect affects
affected change changes happens""".split())


def extension_reminders_part(kit: Kit, q: Asked, before: str) -> Answer | None:
    """"(Kumla har bett om anstånd …) Och påverkar det påminnelserna som går till dem?": a part asking what the
    extension told before it does to the reminders – the existing rule (_extension_reminders). None otherwise."""
    words = folded_words(q.text)
    if not words & _AFFECTS or not _REMINDERS_NAMED.search(folded(q.text)):
        return None
    if not set(tokens(fold(before))) & _ASKS_EXTENSION or kit.process.consultation is None:
        return None
    return kit.answer(q, _extension_reminders(kit, q.language), topic="feature.extension")


def with_others_day(kit: Kit, q: Asked, answer: Answer) -> Answer:
    """The extension's answer with the others' last day after it, when one message asks both."""
    if (others := others_last_day(kit, q, q.text)) is None or others.text in answer.text:
        return answer
    return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + others.text})


# A reminder asked for at the consultation's opening ("när remissen öppnar", "när den startar", "when it opens").
# (Not "en vecka innan remisstiden går ut": the time running out is its end.)
_AT_OPENING = re.compile(r"\b(?:nar|sa fort|once|when|as soon as) (?:remiss(?:en)?|den|the consultation|it) "
                         r"(?:\w+ )?(?:oppnar|oppnas|startar|borjar|"
                         r"gar ut|kommer ut|skickas ut|drar igang|opens|starts|begins|goes out)\b")


def _none_got(kit: Kit, q: Asked, last: dt.date, asked_any: bool = False) -> str:
    """No reminder received (or, `asked_any`, whether any was): which of the deadline's reminders have gone out by
    today and which comes next."""
    r = kit.process.deployment.reminders
    lang = q.language
    days = sorted(r.consultation_days_before, reverse=True)
    dates = [last - dt.timedelta(days=d) for d in days]
    sent = [d for d in dates if d < q.today]
    coming = [d for d in dates if d >= q.today]
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    on = t(lang, " Har du stängt av dina personliga påminnelser slår du på dem igen med **påminn mig på**.",
           " If you turned your personal reminders off, **nudges on** turns them on again.")
    if not sent and asked_any:
        first = format_date(coming[0], lang)
        return t(lang, f"Enligt schemat har ingen påminnelse om remissens sista dag ({format_date(last, lang)}) gått "
                       f"ut än: den första skickar jag {first} kl. {r.consultation_at} i kanalen som samordnarna har "
                       f"valt, och personliga påminnelser går ut {nudges} dagar före sista dagen till organisationer "
                       "som inte har svarat.",
                 f"On the schedule no reminder of the consultation's last day ({format_date(last, lang)}) has gone out "
                 f"yet: I send the first on {first} at {r.consultation_at} in the channel the coordinators chose, and "
                 f"personal reminders go out {nudges} days before the last day to organisations that have not "
                 "answered.")
    if not sent:
        first = format_date(coming[0], lang)
        return t(lang, f"Det behöver inte vara fel: den första påminnelsen om remissens sista dag "
                       f"({format_date(last, lang)}) skickar jag {first} kl. {r.consultation_at} i kanalen som "
                       "samordnarna har valt, och personliga påminnelser går ut "
                       f"{nudges} dagar före sista dagen – ingen har alltså gått ut än." + on,
                 f"Nothing need be wrong: I send the first reminder of the consultation's last day "
                 f"({format_date(last, lang)}) on {first} at {r.consultation_at} in the channel the coordinators "
                 f"chose, and personal reminders go out {nudges} days before the last day – so none has gone out "
                 "yet." + on)
    went = join_list([format_date(d, lang) for d in sent], lang)
    nxt = format_date(coming[0], lang) if coming else ""
    next_sv = f"; nästa kommer {nxt}" if nxt else ""
    next_en = f"; the next comes on {nxt}" if nxt else ""
    return t(lang, f"Enligt schemat har påminnelser om remissens sista dag ({format_date(last, lang)}) gått ut {went} "
                   "i kanalen som samordnarna har valt" + next_sv + ". Personliga påminnelser "
                   f"går bara till företrädare för organisationer som inte har svarat, {nudges} dagar före sista "
                   "dagen." + on + " Var Teams inte kunde leverera en påminnelse ser samordnarna med **status**.",
             f"On the schedule, reminders of the consultation's last day ({format_date(last, lang)}) went out on "
             f"{went} in the channel the coordinators chose" + next_en + ". Personal "
             f"reminders go only to representatives of organisations that have not answered, {nudges} days before "
             "the last day." + on + " The coordinators see with **status** where Teams could not deliver one.")


# Words asking whether reminders are still set up, rather than whether the bot sends any.
_STILL_SET_UP = frozenset("fler flera kvar inlagda inlagd planerade planerad schemalagda kommande more left scheduled "
                          "planned upcoming remaining".split())


def reminders_schedule(kit: Kit, q: Asked) -> str:
    """The bot's reminder settings (README "In Teams"), as the reminders answer lists them."""
    r = kit.process.deployment.reminders
    lang = q.language
    days = join_list([str(d) for d in sorted(r.consultation_days_before, reverse=True) if d > 0], lang)
    nudges = join_list([str(d) for d in sorted(r.nudge_days_before, reverse=True)], lang)
    lines = [t(lang, "Så här är boten inställd: jag skickar påminnelser till kanalen som samordnarna har valt:",
               "This is how the bot is set up: I send reminders to the channel the coordinators chose:")]
    meeting = t(lang, f"- dagen före varje möte kl. {r.meeting_day_before_at}",
                f"- the day before each meeting at {r.meeting_day_before_at}")
    if r.meeting_before_start_minutes:
        meeting += t(lang, f", och {r.meeting_before_start_minutes} minuter före start när tiden är känd",
                     f", and {r.meeting_before_start_minutes} minutes before it starts when the time is known")
    lines.append(meeting)
    if kit.process.consultation is not None:
        lines.append(t(lang, f"- {days} dagar före remissens sista dag" + (
            f" och på sista dagen kl. {r.consultation_at}" if 0 in r.consultation_days_before else ""),
            f"- {days} days before the consultation's last day" + (
                f" and on the last day at {r.consultation_at}" if 0 in r.consultation_days_before else "")))
        if nudges:
            lines.append(t(lang, f"- personligt till företrädare för organisationer som inte har svarat, {nudges} "
                                 "dagar före sista dagen",
                           f"- personally to representatives of organisations that have not answered, {nudges} days "
                           "before the last day"))
    lines.append(t(lang, "Skriv **påminnelser** för att se vilka som kommer, och **påminn mig av** för att stänga av "
                         "dina personliga.",
                   "Write **reminders** to see which are coming, and **nudges off** to stop your personal ones."))
    return "\n".join(lines)


# "hur slår jag av påminnelserna?" asks for the way, "stäng av påminnelserna" asks for the deed: only the
# second may change a partner's settings.
_ASKS_THE_WAY = re.compile(r"\b(?:hur|how|var|where|vilket kommando|which command|kan (?:man|jag|vi)|"
                           r"gar det att|can (?:i|we|you)|is it possible|is there (?:a|any) way|"
                           r"finns det (?:nagot|ett) (?:satt|stall))\b")    # (asked, not ordered: b80 #79's wordings)


_MAIL_WORDS = frozenset("mejl mejlet mejla mail mailen maila email emails epost e-post sms".split())
# What says the reminders are to stop; without it the question is about what they are.
_OFF_WORDS = frozenset("""av off mute tysta tyst slippa stang stanga stoppa sluta slutar inga ingen manga fler
disable pause pausa stop dont don want unsubscribe many fewer""".split())
# "påminn mig inte mer om remissvaret", "don't remind me again": the reminding itself negated asks to stop it, though
# no word of stopping is said (batch 33: the settings were listed instead).
_REMIND_NOT = re.compile(r"\bpaminn\s+(?:\w+\s+)?(?:inte|ej|aldrig)\b|"
                         r"\b(?:vill|behover)\s+(?:inte|ej|aldrig)\s+(?:\w+\s+){0,2}pamin\w*|"
                         r"\b(?:do not|dont|don't|never)\s+remind\b|\bno more reminders?\b")


_WHY_NOT = re.compile(r"\b(?:varfor|why|hur kommer det sig)\b")


def _nudges_on(kit: Kit, q: Asked) -> Answer:
    # "slå på mina påminnelser igen" asks for the deed, like "stäng av påminnelser" does for off; only
    # "hur slår jag på ...?" asks for the way.
    return kit.answer(q, t(q.language,
                           "Dina personliga påminnelser slår du på igen med **påminn mig på** i chatten med mig. "
                           "Från början är de på: företrädare för organisationer som inte har svarat får dem 7 och "
                           "1 dagar före remissens sista dag, så du behöver vara kopplad till din organisation "
                           "(**organisation**).",
                           "You turn your personal reminders on again with **nudges on** in your chat with me. "
                           "They are on from the start: representatives of organisations that have not answered get "
                           "them 7 and 1 days before the consultation's last day, so you need to be linked to your "
                           "organisation (**organisation**)."),
                      action=None if _ASKS_THE_WAY.search(folded(q.text)) else "nudges.on")


def _channel_asked(q: Asked) -> bool:
    """The channel's reminders named ("kanalpåminnelserna", "påminnelser i kanalen", "the channel's reminders")."""
    f = folded(q.text)
    # (A channel named in a compound, "i vår partnerskapskanal", is a channel too: batch 50.)
    # (And a reminder named in a compound, "remisspåminnelser i vår kanal": b65 #40.)
    return bool(re.search(r"\bkanalpaminn\w*|\bchannel reminders?\b", f) or (
        (_CHANNEL.search(f) or re.search(r"\w+kanal(?:en|er|erna)?\b", f))
        and re.search(r"paminn\w*|\breminders?\b", f) and not re.search(
            r"\b(?:mina|min|personliga|personlig|my|personal)\b", f)))


def _channel_commands(lang: Language, on: bool, off: bool) -> str:
    both = not (on ^ off)
    return t(lang, ("Teamets påminnelser i en kanal " + ("slår en samordnare på med **påminnelser här** och stänger av "
                    "med **påminnelser av**" if both else "slår en samordnare på med **påminnelser här**" if on else
                    "stänger en samordnare av med **påminnelser av**") + ", skrivet i den kanalen (@-nämn mig där)."),
             ("A coordinator turns the team's reminders in a channel " + ("on with **reminders here** and off with "
              "**reminders off**" if both else "on with **reminders here**" if on else "off with **reminders off**")
              + ", written in that channel (@mention me there)."))


# "… men ha kvar dem i RUS-kanalen", "but keep them in the project channel": off in one channel, on in another.
_KEEP_ELSEWHERE = re.compile(r"\b(?:men|but)\s+(?:\w+\s+){0,3}?(?:ha kvar|behalla|behall|fortfarande|keep|still)\b")


# "Hur får jag boten att skicka påminnelser i vår kanal?", "how do I get the bot to post reminders to our channel?",
# "hur ställer jag in påminnelserna i kanalen?": asked to have the channel's reminders sent (b68 #51).
_CHANNEL_ON = re.compile(r"\b(?:fa|far|get|make|ha|have)\s+(?:\w+\s+){0,3}?(?:att\s+|to\s+)?(?:skicka|send|posta|"
                         r"post|lagga ut)\b|\b(?:stalla|staller|stall|set|setting|sets)\s+(?:\w+\s+)?(?:in|up)\b|"
                         # "kan jag själv lägga in påminnelser i vår Teamskanal?" (b73 #10)
                         r"\b(?:lagga|lagger|satta|satter)\s+(?:\w+\s+)?(?:in|upp)\b|\badd(?:ing)?\s+reminders\b")
# The asker asks whether they may do it themselves ("kan jag själv …", "behöver jag be någon?", "can I … myself?").
_MYSELF = re.compile(r"\bsjalv\b|\bmyself\b|\bbe (?:nagon|nan|en samordnare)\b|\bask (?:someone|somebody|a "
                     r"coordinator)\b")
# The consultation's last day named ("inför sista remissdagen", "before the deadline").
_LAST_DAY_NAMED = re.compile(r"\bsista\w*|\bdeadline\w*|\blast day\b|\bstanger\b|\bcloses\b")
# "en av samordnarna", "one of the coordinators": "av"/"of" of a part.
_PART_OF = re.compile(r"\b(?:en|ett|nagon|nagra|flera|var|varje|tva|tre|one|some|each)\s+av\b")


def channel_switch(kit: Kit, q: Asked) -> Answer | None:
    """"Hur slår jag på påminnelser i kanalen inför mötet?", "stäng av kanalpåminnelserna": the channel's reminders
    are switched by a coordinator's `påminnelser här` / `påminnelser av` in the channel (README "In Teams"), not by
    the personal `påminn mig på` / `av`. None unless the channel's reminders are asked to be switched."""
    f = folded(q.text)
    on = bool(_ON.search(f) or _CHANNEL_ON.search(f))
    # ("jag blir en av samordnarna": "av" of a part, not of turning off – b68 #51)
    off = bool(set(tokens(_PART_OF.sub(" ", f))) & _OFF_WORDS - {"many", "manga", "fler", "fewer", "want", "inga",
                                                                 "ingen"})
    if not _channel_asked(q) or not (on or off):
        return None
    if (entered := entering_meeting(kit, q)) is not None:
        return entered
    text = _channel_commands(q.language, on, off)
    if _MYSELF.search(f):
        # "kan jag själv lägga in påminnelser i kanalen, eller behöver jag be någon?": only a coordinator does it
        # (README `påminnelser här`: coordinators, in a channel); what is coming anyone sees (b73 #10).
        text = t(q.language, "Bara om du är samordnare: ", "Only if you are a coordinator: ") + lower_first(
            text) + " " + t(
            q.language, "Är du inte samordnare, be en av samordnarna. Vilka påminnelser som kommer ser du själv med "
                        "**påminnelser**.",
            "If you are not a coordinator, ask one of them. Which reminders are coming you see yourself with "
            "**reminders**.")
    if off and _KEEP_ELSEWHERE.search(f):
        # "stänga av kanalpåminnelserna i general men ha kvar dem i RUS-kanalen?": the team's reminders go to the
        # channels the coordinators pick (README), each switched where it is written – off in one, here in the other.
        text = t(q.language, "Ja: teamets påminnelser ställs in kanal för kanal. En samordnare skriver **påminnelser "
                             "av** i kanalen där de ska sluta och **påminnelser här** i kanalen där de ska komma "
                             "(@-nämn mig i båda).",
                 "Yes: the team's reminders are set channel by channel. A coordinator writes **reminders off** in the "
                 "channel where they are to stop and **reminders here** in the channel where they are to come "
                 "(@mention me in both).")
    if not (on and not off):
        text += " " + t(q.language, "Dina egna personliga påminnelser stänger du av med **påminn mig av** i chatten "
                                    "med mig.",
                        "Your own personal reminders you turn off with **nudges off** in your chat with me.")
    if on and not off:
        # ("… inför sista remissdagen?": the days before it, by date – b68 #51)
        if (days := channel_days(kit, q, bool(_LAST_DAY_NAMED.search(f)))) is not None:
            text += " " + days      # "… och vilka dagar skickas de?": the days themselves (b65 #40)
        text += "\n" + reminders_schedule(kit, q)     # turned on: when they will come
    return kit.answer(q, text, action=None)


# Which of the channel's reminders, or on which days, asked ("vilka påminnelser går ut i kanalen", "vilka dagar skickas
# de?", "which days do they go out?", "when are they sent?").
_WHICH_REMINDERS = re.compile(r"\b(?:vilka|which|what)\s+(?:\w+\s+)?(?:\w*paminn\w*|reminders?|dagar|days|datum|"
                              r"dates)\b|"
                              r"\bnar\s+(?:\w+\s+)?(?:skickas|kommer|gar|skickar)\b|\bwhen\s+(?:are|do|will)\b")


_WHICH_CHANNEL = re.compile(r"\b(?:vilken|vilka|which|what)\s+(?:\w+\s+)?(?:kanal\w*|channels?)\b|\bvart\b|\bwhere\b")


def channel_days(kit: Kit, q: Asked, before_last_day: bool = False) -> str | None:
    """"Vilka påminnelser går ut i kanalen innan remissen stänger?", "vilka dagar skickas de?": the days the channel's
    reminders about the consultation's last day go out, by date (README "In Teams": 14, 7 and 1 days before and the
    last day, all at the set time), and the meetings' rule beside it. None unless which ones or when is asked, or when
    the consultation is over or has no last day."""
    f = folded(q.text)
    if ("paminn" not in f and "remind" not in f) or not (before_last_day or _WHICH_REMINDERS.search(f)):
        return None
    r = kit.process.deployment.reminders
    last = consultation_last_day(kit.process)
    if last is None or kit.process.consultation is None or q.today > last or not r.consultation_days_before:
        return None
    lang = q.language
    dates = [last - dt.timedelta(days=d) for d in sorted(r.consultation_days_before, reverse=True)]
    when = join_list([format_date(d, lang) for d in dates], lang)
    before = join_list([str(d) for d in sorted(r.consultation_days_before, reverse=True) if d > 0], lang)
    on_last_sv = " och på sista dagen" if 0 in r.consultation_days_before else ""
    on_last_en = " and on the last day" if 0 in r.consultation_days_before else ""
    return t(lang, f"Inför remissens sista dag går teamets påminnelser ut i kanalen {when}, kl. {r.consultation_at} "
                   f"({before} dagar före{on_last_sv}), med hur många som har svarat och en knapp till "
                   f"remissvaret. Dessutom kommer en påminnelse dagen före varje möte kl. {r.meeting_day_before_at}.",
             f"Before the consultation's last day the team's reminders go out in the channel on {when}, at "
             f"{r.consultation_at} ({before} days before{on_last_en}), with how many have answered and a "
             f"button to the response. There is also a reminder the day before each meeting at "
             f"{r.meeting_day_before_at}.")


# Both kinds of reminder command named ("skillnaden mellan påminnelser här och påminn mig av").
_CHANNEL_COMMAND = re.compile(r"\bpaminnelser (?:har|av)\b|\breminders (?:here|off)\b")
_PERSONAL_COMMAND = re.compile(r"\bpaminn mig (?:av|pa)\b|\bnudges (?:off|on)\b")


def reminder_commands(kit: Kit, q: Asked) -> Answer | None:
    """"Vad är skillnaden mellan påminnelser här och påminn mig av?": what each named command does (README "In
    Teams"), the channel's first as it is named first – not only how to stop (b39 #70). None unless both are named."""
    f = folded(q.text)
    if not (_CHANNEL_COMMAND.search(f) and _PERSONAL_COMMAND.search(f)):
        return None
    text = t(q.language, "**påminnelser här** är samordnarnas kommando: skrivet i en kanal (@-nämn mig där) skickas "
                         "teamets påminnelser dit, och **påminnelser av** stoppar dem där. **påminn mig av** gäller "
                         "bara dig: i chatten med mig stänger det av dina personliga påminnelser om remissvaret, och "
                         "**påminn mig på** slår på dem igen.",
             "**reminders here** is the coordinators' command: written in a channel (@mention me there) it sends the "
             "team's reminders there, and **reminders off** stops them there. **nudges off** is for you only: in "
             "your chat with me it turns off your personal reminders about the response, and **nudges on** turns "
             "them on again.")
    return kit.answer(q, text, action=None, topic="feature.reminders")


# A stop asked of something that is not the reminders ("kan vi stoppa den?" after questions about the decision on RUS):
# no word of reminding or messages, and a stop of "it", the strategy or the decision.
_REMINDING = re.compile(r"pamin|remind|nudge|notis|notif|meddeland|message|ping|mejl|mail|sms|spam|skick|send")
_STOP_IT = re.compile(r"\b(?:stoppa|stopp(?:a)? for|blockera|halla tillbaka|stop|block|veto\w*)\s+"
                      r"(?:den|det|rus|strategin|beslutet|uppdateringen|it|the strategy|the decision|the update)\b")


def stop_not_reminders(kit: Kit, q: Asked) -> Answer | None:
    """"3) Kan vi stoppa den?" beside questions about the decision on RUS: whether the partners can stop the strategy
    is not in the material – said, with the roles it does give – rather than how to turn off reminders (b66 #27)."""
    text = folded(q.text)
    if "stop" not in text and "block" not in text and "veto" not in text:
        return None     # cheap
    if _REMINDING.search(text) or not _STOP_IT.search(text):
        return None
    partnership = kit.roles.get(kit.rules.partnership_role or "")
    council = kit.roles.get("regionfullmaktige")
    if partnership is None or council is None:
        return None
    lead = t(q.language, "Om ni kan stoppa den uppdaterade RUS står inte i underlaget. Det som står:",
             "Whether you can stop the updated RUS is not in the material. What it does say:")
    text_ = f"{lead} {partnership.text.get(q.language)} {council.text.get(q.language)}"
    return kit.answer(q, text_, [partnership.source, council.source], topic="decision")


def nudges_off(kit: Kit, q: Asked) -> Answer:
    if (both := reminder_commands(kit, q)) is not None:
        return both
    if (other := stop_not_reminders(kit, q)) is not None:
        return other
    if asks_keep_up(q.text):
        return reminders(kit, q)        # "don't miss any deadline": a "don't" that asks for reminders, not none
    if (channel := channel_switch(kit, q)) is not None:
        return channel                  # the channel's reminders: the coordinators' command, never the deed here
    if _ON.search(folded(q.text)):
        return _nudges_on(kit, q)
    if "STOP" not in q.entities.concepts and not folded_words(q.text) & _OFF_WORDS and not (
            _REMIND_NOT.search(folded(q.text)) and not _WHY_NOT.search(folded(q.text))):
        # "vad är påminnelserna för nåt, får jag mejl?" names no stopping: what they are, not how to stop them
        # (and never the deed of turning them off).
        return reminders(kit, q)
    text = t(q.language, "Dina personliga påminnelser stänger du av med **påminn mig av** i chatten med mig (och slår "
                         "på dem igen med **påminn mig på**). En kanals påminnelser stänger en samordnare av med "
                         "**påminnelser av** i kanalen.",
             "You turn off your personal reminders with **nudges off** in your chat with me (and on again with "
             "**nudges on**). A coordinator turns off a channel's reminders with **reminders off** in the channel.")
    return kit.answer(q, text, action=None if _ASKS_THE_WAY.search(folded(q.text)) else "nudges.off")


def getting_started(kit: Kit, q: Asked) -> str:
    """The first step in the bot for someone new: link to the organisation they represent."""
    members = {o.id for o in kit.process.organisations}
    named = [o.name for o in q.entities.organisations if o.id in members][:1]
    which = named[0] if named else t(q.language, "din organisation", "your organisation")
    return t(q.language, f"För att komma igång i boten: skriv **organisation** och välj {which}; när en samordnare "
                         "har bekräftat kopplingen kan du lämna inspel och remissvar för den.",
             f"To get started in the bot: type **organisation** and choose {which}; once a coordinator has "
             "confirmed the link you can give input and responses for it.")


def _days_to_respond(kit: Kit, q: Asked) -> str:
    """" Remissens sista dag är …, om N dagar" when the response is what the link is wanted for and the last day is
    near (two weeks): the link takes a coordinator, so the time left matters."""
    last = consultation_last_day(kit.process)
    if "CONSULT" not in q.entities.concepts or last is None or not 0 <= (last - q.today).days <= 14:
        return ""
    left = (last - q.today).days
    return " " + t(q.language, f"Remissens sista dag är {format_date(last, q.language)}, "
                               f"{'i dag' if not left else 'om ' + days_phrase(left)}.",
                   f"The consultation's last day is {format_date(last, q.language)}, "
                   f"{'today' if not left else 'in ' + days_phrase(left, 'en')}.")


# "vilken organisation står jag som?", "which organisation am I linked to?": which one is asked, not a switch, even
# beside a fear of the wrong one ("jag vill inte svara för fel kommun", b39 #17).
_WHICH_AM_I = re.compile(r"\b(?:vilken|vilket|which|what) (?:organisation|organization|kommun|org)\w* (?:(?:star|ar|"
                         r"foretrader|representerar|tillhor) (?:jag|vi)|(?:am|do) i)\b")


# Someone else taking over the organisation's draft ("min kollega ska ta över utkastet – ser hon det?").
_COLLEAGUE = frozenset("kollega kollegan kollegor kollegorna medarbetare eftertradare efterträdaren ersattare hon han "
                       "colleague colleagues successor she he".split())
_THE_DRAFT = re.compile(r"\b(?:utkast\w*|remissvar\w*|draft\w*|response)\b")
# The colleague as the one who takes over or sees it ("min kollega ska ta över", "kan hon se utkastet").
_COLLEAGUE_TAKES = re.compile(r"\b(?:kollega\w*|medarbetare\w*|eftertradare\w*|ersattare\w*|hon|han|colleagues?|"
                              r"successor|she|he)\b(?: \w+){0,3}? (?:ta over|tar over|se|ser|komma at|kommer at|"
                              r"fortsatta|fortsatter|jobba vidare|take over|takes over|see|sees|access|continue|"
                              r"pick up)\b")
# The asker as the one taking over ("kan jag se och fortsätta?", "jag har tagit över efter en kollega").
_I_TAKE = re.compile(r"\b(?:kan|far|ska|can|may|should) (?:jag|i)\b|\bjag (?:har )?(?:tagit|tog) over\b|"
                     r"\bi (?:have )?(?:took|taken) over\b")


def colleague_takes_over(kit: Kit, q: Asked) -> Answer | None:
    """"Min kollega ska ta över utkastet – ser hon det om hon väljer RF-SISU?": the response is the organisation's and
    its confirmed representatives write in the same one (README "In Teams", `remissvar`; `organisation`: a chosen
    link waits for a coordinator). None unless a colleague and the draft are asked about together."""
    f = folded(q.text)
    if not folded_words(q.text) & _COLLEAGUE or not _THE_DRAFT.search(f) or not _COLLEAGUE_TAKES.search(f) or (
            _I_TAKE.search(f)):
        return None
    # (Only with the organisation in it – named, or chosen – where the link is what is doubted; "Can my colleague see
    # my draft?" alone is the response's own answer, saved drafts and all: b42 #69.)
    if not q.entities.organisations and not folded_words(q.text) & {
            "organisation", "organisationen", "organization", "valjer", "valja", "valt", "picks", "chooses", "choose"}:
        return None
    lang = q.language
    org = q.entities.organisations[0].name if q.entities.organisations else t(lang, "er organisation",
                                                                                "your organisation")
    asks_yes = is_yes_no(q.text) or re.search(r"\b(?:kan|can|will|could) (?:hon|han|she|he|they|min|my)\b", f)
    yes = t(lang, "Ja, när en samordnare har bekräftat kopplingen. ", "Yes, once a coordinator has confirmed the "
            "link. ") if asks_yes else ""
    return kit.answer(q, yes + t(
        lang, "Remissvaret hör till organisationen: dess bekräftade företrädare – gärna flera – skriver i samma svar "
              f"under **remissvar**, utkastet också. Din kollega väljer {org} med **organisation**, och när en "
              "samordnare har bekräftat kopplingen öppnar kollegan samma svar och kan fortsätta där du slutade; "
              "innan dess kan kollegan inte öppna organisationens remissvar.",
        "The response belongs to the organisation: its confirmed representatives – several are fine – write in the "
        f"same response under **response**, the draft too. Your colleague chooses {org} with **organisation**, and "
        "once a coordinator has confirmed the link they open the same response and can go on where you left off; "
        "before that they cannot open the organisation's response."), topic="feature.remissvar")


# "Kan jag välja båda?", "två organisationer", "can I represent two organisations?": more than one organisation
# for one person, which the bot does not hold (README-user: one at a time).
_TWO_ORGS = re.compile(r"\b(?:bada|bägge|bagge|tva|flera|fler an en|both|two|several|more than one)\b"
                       r"(?: \w+){0,2}(?: (?:organisation\w*|organization\w*|kommuner\w*|orgs?))?")


def asks_two_organisations(q: Asked) -> bool:
    """Whether one person choosing or representing more than one organisation is asked (b73 #22)."""
    f = folded(q.text)
    found = _TWO_ORGS.search(f)
    if found is None:
        return False
    words = folded_words(q.text)
    return bool(re.search(r"organi[sz]ation|kommuner", found.group(0))) or (
        bool(words & {"valja", "valjer", "foretrada", "foretrader", "representera", "choose", "pick", "represent",
                      "koppla", "kopplad", "link", "linked"}) and (
            "organisation" in f or "organization" in f or len(q.entities.organisations) >= 2))


def one_organisation_at_a_time(lang: Language) -> str:
    """README-user: one organisation at a time; choosing another makes the link pending until a coordinator
    confirms it. Whether one person may answer for two organisations is not said, so not promised."""
    return t(lang, "I boten företräder du en organisation i taget: väljer du en annan blir din koppling väntande "
                   "tills en samordnare bekräftar den, och du kan inte vara kopplad till båda samtidigt. Om du får "
                   "hjälpa en annan organisation med dess svar står inte i underlaget; fråga samordnarna.",
             "In the bot you represent one organisation at a time: choosing another makes your link pending until a "
             "coordinator confirms it, and you cannot be linked to both at once. Whether you may help another "
             "organisation with its response is not in the material; ask the coordinators.")


# E-mail asked beside the bot ("ska det mejlas också?", "do we need to e-mail it as well?") (folded).
_MAIL_TOO = re.compile(r"\b(?:mejl\w*|mail\w*|e-?post\w*|e-?mail\w*)\b(?:\W+\w+){0,3}?\W+(?:ocksa|aven|dessutom|"
                       r"too|also|as well|separat\w*)\b|\b(?:ocksa|aven|dessutom|also|separately) (?:\w+ )?"
                       r"(?:mejl\w*|mail\w*|e-?mail\w*)")
# How to see that it arrived ("hur ser jag att det kommit fram?", "how do I know it arrived?") (folded).
_SEEN_ARRIVED = re.compile(r"\bkommit fram\b|\bkommer fram\b|\bgatt fram\b|\bbekraftelse\w*|\barrived\b|"
                           r"\bgot through\b|\bconfirmation\b")


def organisation(kit: Kit, q: Asked) -> Answer:
    if asks_two_organisations(q) and not q.entities.concepts & {"CHANGE", "JOBCHANGE"} and not _with_others(q):
        # "Kan jag välja två organisationer?": one at a time (b73 #22).
        return kit.answer(q, one_organisation_at_a_time(q.language) + t(
            q.language, " Du väljer med kommandot **organisation**.", " You choose with the command **organisation**."),
            action="organisation", topic="feature.organisation")
    if "INSPEL" in q.entities.concepts and _PRIVATE.search(folded(q.text)):
        return inspel(kit, q)           # "får man lämna inspel privat, utan organisation?": not in the bot
    if (taking_over := colleague_takes_over(kit, q)) is not None:
        return taking_over
    if _with_others(q) and folded_words(q.text) & {"svara", "svarar", "remissvar", "remissvaret", "respond",
                                                   "response"}:
        # "kan vi svara tillsammans med en annan kommun?": a joint response, not changing organisation.
        return remissvar(kit, q)
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is not None and any(w.startswith(("forankr", "anchor")) for w in folded_words(q.text)) and not (
            q.entities.concepts & {"CHANGE", "JOBCHANGE"}):
        # "Hur förankrar jag det här i min egen organisation?": not the bot's organisation link; not in the material.
        text = t(q.language, "Det vet jag inte: hur ni förankrar uppdateringen i er egen organisation står inte i "
                             "underlaget. Det som står är förankringen med partnerskapet: " + lower_first(
                                 role_.text.get(q.language)),
                 "I don't know: how you anchor the update within your own organisation is not in the material. What "
                 "it says is the anchoring with the partnership: " + lower_first(role_.text.get(q.language)))
        return kit.answer(q, text, [role_.source], topic="role.partnerskapet")
    if q.entities.concepts & {"CHANGE", "JOBCHANGE"} and not (_WHICH_AM_I.search(folded(q.text)) and not folded_words(
            q.text) & {"andra", "andrar", "byta", "byter", "byt", "bytt", "change", "switch"}):
        text = t(q.language, "Byt organisation här: välj den nya organisationen i listan, så bekräftar en "
                             "samordnare den nya kopplingen (kommandot **organisation**). Tills den är bekräftad kan "
                             "du inte lämna inspel och remissvar för den nya organisationen.",
                 "Change your organisation here: choose the new one from the list and a coordinator confirms the new "
                 "link (the command **organisation**). Until it is confirmed you cannot give input or responses for "
                 "the new organisation.")
        if "INSPEL" in q.entities.concepts and folded_words(q.text) & _EDIT_WORDS:
            # "ändra inspelet jag skrev igår? skrev fel kommun också": both parts, the inspel first as asked.
            text = _edit_inspel(q.language) + " " + t(
                q.language, "Står du under fel organisation byter du den med kommandot **organisation**: välj "
                            "den rätta i listan, så bekräftar en samordnare kopplingen; tills dess kan du inte "
                            "lämna inspel för den.",
                "If you are linked to the wrong organisation, change it with the command **organisation**: choose "
                "the right one from the list and a coordinator confirms the link; until then you cannot give input "
                "for it.")
        return kit.answer(q, text, action="organisation")
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    asked = folded_words(q.text)
    if asked & {"vilka", "which", "what"} and asked & {"organisationer", "organisationerna", "organisations",
                                                        "organizations"} and not named:
        # "Vilka organisationer kan man koppla sig till i boten?": the list, not how to choose one's own.
        lang = q.language
        names = join_list([o.name for o in kit.process.organisations], lang)
        p_name = kit.process.partnership.name.get(lang)
        text = t(lang, f"I boten kan du koppla dig till organisationerna i {p_name}: {names}. Du väljer din med "
                       "**organisation**, och en samordnare bekräftar kopplingen.",
                 f"In the bot you can link yourself to the organisations of {lower_first(p_name)}: {names}. You "
                 "choose yours with **organisation**, and a coordinator confirms the link.")
        return kit.answer(q, text, [kit.process.partnership.source], action="organisation")
    if any(is_yes_no(part) for part in re.split(r"[,.;:!?–]", q.text)) and folded_words(q.text) & _APPROVE and (
            folded_words(q.text) & {"behover", "maste", "kravs", "nagon", "nan", "need", "needs", "must", "someone",
                                    "anyone", "somebody"}):
        # "Behöver någon godkänna mig?": yes, a coordinator confirms the link.
        which = f"**{named[0].name}**" if len(named) == 1 else t(q.language, "din organisation", "your organisation")
        text = t(q.language, "Ja, en samordnare bekräftar kopplingen: skriv **organisation** och välj "
                             f"{which} i listan, så bekräftar en samordnare att du företräder den. Tills dess kan du "
                             "inte lämna inspel och remissvar för organisationen; hur snabbt det går beror på "
                             "samordnarna.",
                 f"Yes, a coordinator confirms the link: write **organisation** and choose {which} from the list, and "
                 "a coordinator confirms that you represent it. Until then you cannot give input or responses for "
                 "it; how soon depends on the coordinators.")
        return kit.answer(q, text + _days_to_respond(kit, q), action="organisation", topic="feature.organisation")
    if len(named) == 1:
        # "Hur kopplar jag mig till Karlskoga, och vem godkänner det?": the step with the name, then who confirms.
        org = named[0].name
        text = t(q.language, f"Skriv **organisation** och välj **{org}** i listan; en samordnare bekräftar sedan att "
                             f"du företräder {org}. Tills kopplingen är bekräftad kan du inte lämna inspel och "
                             "remissvar för organisationen.",
                 f"Write **organisation** and choose **{org}** from the list; a coordinator then confirms that you "
                 f"represent {org}. Until the link is confirmed you cannot give input or responses for it.")
        return kit.answer(q, text + _days_to_respond(kit, q), action="organisation")
    text = t(q.language, "Vilken organisation du företräder ser och väljer du här; en samordnare bekräftar kopplingen "
                         "innan du kan lämna inspel och remissvar (kommandot **organisation**).",
             "You see and choose the organisation you represent here; a coordinator confirms the link before you "
             "can give input and responses (the command **organisation**).")
    return kit.answer(q, text, action="organisation")


_APPROVE = frozenset("godkanna godkanner godkand godkant bekrafta bekraftar bekraftad approve approved confirm "
                     "confirmed".split())
# Linking oneself ("jag är inte kopplad", "min koppling till Laxå", "link me to"), read as another question.
_LINKING = re.compile(r"\bkopplad\b|\bkoppla (?:mig|oss|in mig)\b|\b(?:min|mitt|var|vart) koppling\w*|"
                      r"\blink(?:ed)? (?:me|myself)\b|\bnot linked\b|\bmy link\b|"
                      r"\b(?:godkann\w*|bekrafta\w*) mig\b|\b(?:approve|confirm) me\b")


def writing_together(kit: Kit, q: Asked) -> Answer | None:
    """"Kan flera av oss skriva på samma svar, och vilket är sista dagen?" read as the days left: writing one
    response together is the feature's (with the period after it). None unless that is asked."""
    if q.entities.concepts & {"CONSULT", "RESPOND"} and folded_words(q.text) & _TOGETHER_VERBS and _TOGETHER.search(
            folded(q.text)) and not _joint(q):
        return remissvar(kit, q)
    return None


_TOGETHER_VERBS = _WRITE_VERBS | {"jobba", "arbeta", "work"}


_LINK_CONCEPTS = frozenset({"DECIDE", "MYORG", "ORGWORD"})
_LINK_ASKED = re.compile(r"\b(?:inte|ej|not|isn t|aren t) (?:\w+ ){0,2}?(?:kopplad\w*|linked)\b|\bkoppla (?:mig|sig|"
                         r"henne|honom|in mig)\b|\bgodkanna mig\b|\blink (?:me|myself|herself|himself)\b")
_RESPONSE_CONCEPTS = frozenset({"CONSULT", "RESPOND"})


def _reminders_and_now(kit: Kit, q: Asked, text: str) -> Answer:
    """A reminders answer closed by where the plan stands today, so "what is coming" also says what is on now."""
    ahead = phase_answers.current(kit, q)
    return kit.answer(q, f"{text}\n\n{ahead.text.split(chr(10))[0]}", ahead.sources, action="reminders",
                      topic="feature.reminders")


# "Hur ser en partner vad som är på gång framöver?", "how can we see what is coming up?": where to see it (the
# commands), not only what it is. Needs a way of seeing and what lies ahead.
_SEE_AHEAD = re.compile(r"\b(?:hur|var|vart|var nagonstans) (?:ser|hittar|far|kan|ska|vet) (?:\w+ ){0,3}?(?:vad som "
                        r"(?:ar pa gang|hander|kommer|ar pa ingang)|kommande|framover|vad som ska handa)\b|"
                        r"\b(?:how|where) (?:do|does|can|could|should) (?:i|we|you|a partner|partners|they|one) "
                        r"(?:see|find|follow|keep track of|get) (?:what.s|what is|whats|what) (?:coming|ahead|upcoming|"
                        r"next|planned)\b")


def see_ahead(kit: Kit, q: Asked) -> Answer | None:
    """Where a partner sees what is coming: `påminnelser`, `tidplan`, the tab's Översikt (README "In Teams"), then
    where the plan stands. None unless how to see it is asked."""
    f = folded(q.text)
    # (Each reading of _SEE_AHEAD has "what", "vad som", "kommande" or "framover": most questions stop at these.)
    if not ("what" in f or "vad som" in f or "kommande" in f or "framover" in f) or not _SEE_AHEAD.search(f):
        return None
    lang = q.language
    text = t(lang, "Skriv **påminnelser** så ser du vad som kommer – möten och remissens sista dag – och **tidplan** "
                   "för hela tidplanen som kort med dagens datum markerat. I Teams-fliken visar **Översikt** samma "
                   "tidplan, nästa möten och kalendern att prenumerera på.",
             "Write **reminders** to see what is coming – meetings and the consultation's last day – and **timeline** "
             "for the whole timeline as a card with today marked. In the Teams tab, **Overview** shows the same "
             "timeline, the next meetings and the calendar to subscribe to.")
    return _reminders_and_now(kit, q, text)


# "Hur lägger jag in avstämningen så att partnerna ser den?", "how do I add the meeting to the bot?": entering one.
_HOW_ENTER = re.compile(r"\bhur (?:lagger|lagga|gor|kan|ska|far) (?:jag|vi|man)\b(?: \w+){0,2}? (?:in|till|upp|"
                        r"skapa\w*|boka\w*)\b|\bhow (?:do|can|should) (?:i|we) (?:add|enter|create|put|schedule)\b")
_MEETING_WORD = re.compile(r"\b(?:\w*mote[nt]?|moten\w*|avstamning\w*|meetings?|check-?ins?)\b")


def entering_meeting(kit: Kit, q: Asked) -> Answer | None:
    """Adding a meeting to the bot, read as the meeting itself: the coordinators' `nytt möte` (README "In Teams").
    None unless how to add a meeting is asked."""
    f = folded(q.text)
    # (A meeting word first, as substrings every reading of _MEETING_WORD has: most questions name none.)
    if not ("mote" in f or "avstamning" in f or "meeting" in f or "check" in f) or not (
            _HOW_ENTER.search(f) and _MEETING_WORD.search(f)) or not _adds_meeting(q):
        return None
    at = kit.process.deployment.reminders.meeting_day_before_at
    text = t(q.language, "Ett möte lägger en samordnare in med **nytt möte** här i chatten (eller på sidan **Möten "
                         "och påminnelser** i fliken i Teams); partnerna ser det sedan med **påminnelser**, och "
                         f"påminnelserna inför mötet planeras av sig själva (kanalen får en dagen före kl. {at}). Är "
                         "du inte samordnare, be samordnarna.",
             "A coordinator adds a meeting with **new meeting** here in the chat (or on the **Meetings and "
             "reminders** page of the tab in Teams); the partners then see it with **reminders**, and the reminders "
             f"before it are planned by themselves (the channel gets one the day before at {at}). If you are not a "
             "coordinator, ask the coordinators.")
    return kit.answer(q, text, topic="feature.coordinator")


# "lägg in avstämningen 11 mars kl 9–11 som möte", "kan du skapa ett möte för check-in?": asked to do it, not how.
_ADD_REQUESTED = re.compile(r"^\W*(?:(?:hej|hi|hello)\W+)?(?:(?:kan|kunde|skulle) (?:du|ni) |(?:can|could|would) you |"
                            r"please |snalla |vanligen )?(?:lagg(?:a)? (?:in|till|upp)|skapa|boka(?: in)?|add|create|"
                            r"schedule|book|set up)\b(?! (?:in )?(?:mig|oss|me|us)\b)")


def meeting_requested(kit: Kit, q: Asked) -> Answer | None:
    """A message asking the bot to add a meeting: the coordinators' `nytt möte` does it (README "In Teams"), and what
    the plan says of the meeting's day; a time the message gives is the asker's own, not the plan's."""
    f = folded(q.text)
    if not ("mote" in f or "avstamning" in f or "meeting" in f or "check" in f) or (
            added := _ADD_REQUESTED.search(f)) is None or not _adds_meeting(q):
        return None
    # What is to be added is the meeting: the verb's object ("lägg in avstämningen", "skapa ett möte") or "… som
    # möte" – not a room, a poll or one's own calendar ("boka en lokal till mötet", "skapa en omröstning: ska mötet …").
    if not (_MEETING_WORD.match(re.sub(r"^\s*(?:(?:ett|en|a|an|the|nytt|ny|new)\s+)*", "", f[added.end():])) or
            re.search(r"\b(?:som|as an?) (?:ett |en )?(?:mote|moten|meeting)\b", f)) or re.search(
                r"\bkalender\w*|\bcalendar|\boutlook|\bat mig\b|\bfor me\b", f):
        return None
    if not re.search(r"avstamning|check-?in|partnerskap|partnership", f):
        return None     # "boka ett möte med Anna nästa tisdag": the asker's own meeting, not one of the partnership's
    lang = q.language
    answer = entering_meeting(kit, replace(q, text="hur lägger jag in ett möte?"))
    if answer is None:
        return None
    lead = t(lang, "Det gör jag inte av ett vanligt meddelande: ", "I don't do that from an ordinary message: ")
    text = lead + lower_first(answer.text)
    meeting = next((i for i in kit.process.timeline if i.kind == "meeting" and i.first is not None), None)
    if meeting is not None and meeting.first is not None and re.search(r"avstamning|check-?in", f):
        day = format_date(meeting.first.earliest, lang, weekday=True)
        text += " " + t(lang, f"{meeting.name.sv} är enligt tidplanen {day}; tid och plats anger tidplanen inte, dem "
                              "fyller samordnaren i.",
                        f"The {lower_first(meeting.name.get('en'))} is on {day} according to the timeline; it gives "
                        "no time or place, which the coordinator fills in.")
    return kit.answer(q, text, [meeting.source] if meeting is not None else [], topic="feature.coordinator")


def in_content(kit: Kit, q: Asked) -> Answer | None:
    """The bot's own features in a question read as content (consultation.beside, which runs for most questions):
    linking oneself, writing one response together, who submits it. The concepts gate each before any text is read."""
    c = q.entities.concepts
    if (c & _LINK_CONCEPTS or q.entities.organisations) and (answer := linking(kit, q)) is not None:
        return answer
    if (answer := see_ahead(kit, q)) is not None:
        return answer
    if (answer := entering_meeting(kit, q)) is not None:
        return answer
    if c & _RESPONSE_CONCEPTS and (answer := writing_together(kit, q)) is not None:
        return answer
    return who_submits(kit, q) if "WHO" in c or c & _RESPONSE_CONCEPTS else None


def linking(kit: Kit, q: Asked) -> Answer | None:
    """"Behöver någon godkänna min koppling till Laxå?" read as who decides: the organisation link. None unless
    linking oneself is asked."""
    if not (q.entities.concepts & _LINK_CONCEPTS or q.entities.organisations) or not _LINKING.search(folded(q.text)):
        return None
    others = {"CONSULT", "INSPEL", "REMIND", "MEETING", "PARTNERSHIP"}
    if _LINK_ASKED.search(folded(q.text)):
        # "…lämna remissvar står det att jag inte är kopplad", "a partner says she is not linked", "how do I link
        # myself … to work on our response": the link is asked, whatever it is wanted for.
        others -= {"CONSULT", "PARTNERSHIP", "INSPEL"}
    if q.entities.concepts & others:
        return None
    # (Whom to contact asked too – "vem kontaktar jag om boten krånglar eller om jag är kopplad till fel …" – leads.)
    answer = contact_beside(kit, q, organisation(kit, q), None)
    if "CONSULT" in q.entities.concepts and answer.action == "organisation" and "remiss" not in answer.text.casefold(
            ) and "consultation" not in answer.text:
        # "… so I can work on our response": then the response itself, and whether it is still open (README: open
        # through the consultation's last day, or the organisation's extension).
        lang = q.language
        when, sources = _consultation_when(kit, q)
        item = kit.process.consultation_item
        after = item is not None and item.last is not None and q.today > item.last.latest
        answer.text += " " + t(lang, "Sedan skriver och skickar ni in remissvaret med **remissvar**.",
                               "Then the response is written and submitted with **response**.") + when + (t(
            lang, " Efter sista dagen går ett remissvar att skicka in bara med anstånd, som samordnarna beviljar.",
            " After the last day a response can be submitted only with an extension, which the coordinators "
            "grant.") if after else "")
        answer.sources = [*answer.sources, *sources]
    return answer


_PERSONAL = re.compile(r"personuppgift|uppgifter|\bdata\b|gdpr|allt om mig|konto|account|personal")


# "ta"/"tas" alone are not erasure ("ta ut dem till Excel" is an export): only "ta bort", "tas bort" are.
_ERASE_WORDS = frozenset("""radera raderar raderas raderat raderade raderingen glomd glomma delete deleted
deleting deletes erase erased erasing erasure remove removed removing gdpr""".split())
_TAKE_AWAY = re.compile(r"\bta(?:s|r|git|gits)? (?:\w+ ){0,3}?bort\b")


def _erases(text: str) -> bool:
    """Erasure asked in so many words ("radera", "ta bort", "delete"), which an export question needs before it is
    read as "does an erasure reach the exports"."""
    return bool(folded_words(text) & _ERASE_WORDS or _TAKE_AWAY.search(folded(text)))
_EXPORTS = frozenset("""export exporten exporter exporterna exporterat exporterade exports exported excel csv
nedladdade nedladdad downloaded download downloads""".split())


def _exports_made(lang: Language) -> str:
    """An erasure and the exports (bot/exports.py builds each export from the store when it is downloaded)."""
    return t(lang, "Exporter som redan har gjorts ändrar jag inte: en CSV- eller Excel-fil som har laddats ner ligger "
                   "utanför mig, så den får ni själva radera eller rätta. En ny export tas fram ur det som finns kvar, "
                   "så det raderade kommer inte med där.",
             "Exports already made are not changed by me: a CSV or Excel file that has been downloaded is outside "
             "the bot, so you delete or correct it yourselves. A new export is built from what is left, so what was "
             "erased is not in it.")


# Whether something stays ("ska hennes inspel ligga kvar?", "what happens to their input?").
_STAYS = re.compile(r"\b(?:ligga|ligger|finnas|finns|vara|sta|blir)\b(?: \w+){0,3}? kvar\b|\bvad hander med\b|"
                    r"\bbehalls\b|"
                    r"\bsparas\b|\bstays?\b|\bkept\b|\bremain\w*|\bwhat happens to\b")
# What the bot stores, how long, who sees it ("vad sparar boten?", "is this chat logged?", "vem är
# personuppgiftsansvarig?"): README says only what the coordinators' GDPR command does.
_WHAT_STORED = re.compile(r"\bvad (?:(?:ni|du|boten|man) )?(?:sparas|sparar|lagras|lagrar|loggas|loggar)\b|"
                          r"\b(?:sparar|lagrar|loggar) (?:boten|du|ni|ni nagot|den)\b|"
                          r"\b(?:sparas|lagras|loggas) (?:mina|mitt|det|chatten|fragorna|det jag)\b|"
                          r"\bpersonuppgiftsansvarig\w*|\bdata controller\b|"
                          # "är chatten loggad?", "blir det vi skriver sparat?"
                          r"\b(?:ar|blir) (?:chatten|konversationen|samtalet|meddelandena|mina meddelanden|"
                          r"fragorna|det (?:jag|vi|man) skriver) (?:\w+ )?(?:loggad|loggat|sparad|sparat|lagrad|"
                          r"lagrat)\b|"
                          r"\bwhat (?:do you|does the bot|does it) (?:store|keep|log|save)\b|"
                          r"\b(?:is|are) (?:this|the|my) (?:\w+ )?(?:chat|questions|messages|conversation) "
                          r"(?:logged|stored|saved|kept)\b")
_BEYOND_MINE = re.compile(r"\bhur lange\b|\bhow long\b|\bvem (?:som )?(?:kan |far )?(?:se|ser|lasa|laser|komma at)\b|"
                          r"\bwho (?:can )?(?:see|read|access)|personuppgiftsansvarig|data controller|logg|\blog")
_WHO_SEES = re.compile(r"\bvem (?:mer |annars |mera )?(?:som )?(?:kan |far )?(?:se|ser|lasa|laser|komma at)\b|"
                       r"\bvilka (?:mer |fler |andra )?(?:som )?(?:kan |far )(?:se|lasa|komma at)\b|"
                       r"\bwho (?:else )?(?:can )?(?:see|read|access)")


def _who_sees_line(lang: Language) -> str:
    """Who sees what, as the README has it (the coordinators' commands and the tab's pages), and that no more is
    said of access."""
    return t(lang, "Vem som ser uppgifterna: samordnarna – de kan ta fram allt som är sparat om en person "
                   "(**personuppgifter**) och ser allas inspel och remissvarens läge; en partner ser sina egna inspel "
                   "och sin organisations remissvar. Mer om vem som har åtkomst står inte i det jag vet. ",
             "Who sees the data: the coordinators – they can produce everything stored about a person (**personal "
             "data**) and see everyone's input and the responses' state; a partner sees their own input and their "
             "organisation's response. Nothing more about access is in what I know. ")


def _what_stored(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer:
    lang = q.language
    f = folded(q.text)
    text = t(lang, "Vad boten sparar i detalj, och hur länge, står inte i det jag vet. ",
             "What the bot stores in detail, and for how long, is not in what I know. ")
    # README "In Teams": what the features keep (the link, inspel, the response's drafts and versions with who saved
    # them, one vote per person, the nudges switch) – so much is known without a privacy text.
    text += t(lang, "Det som framgår av det jag gör: jag sparar det som lämnas i mina funktioner – vilken organisation "
                    "var och en företräder, inspel, organisationens remissvar (utkast och inskickade versioner, med "
                    "vem som sparade och när), röster i omröstningar och om de personliga påminnelserna är på eller "
                    "av. ",
              "What follows from what I do: I store what is given in my features – which organisation each person "
              "represents, input, the organisation's consultation response (drafts and submitted versions, with who "
              "saved them and when), votes in polls and whether the personal nudges are on or off. ")
    if _WHO_SEES.search(f):
        # README "The Teams tab": partners see their own inspel and their organisation's row; coordinators see all.
        text += t(lang, "Det som står om vem som ser vad: en partner ser sina egna inspel och sin organisations "
                        "remissvar; samordnarna ser allas inspel och remissvarens läge, och läser inskickade "
                        "remissvar. ",
                  "What it says about who sees what: a partner sees their own input and their organisation's "
                  "response; the coordinators see everyone's input and the responses' state, and read submitted "
                  "responses. ")
    text += t(lang, "Samordnarna kan med **personuppgifter <aad-id eller e-post>** ta fram allt som är sparat om en "
                    "person (GDPR) och med **personuppgifter radera <aad-id eller e-post>** radera det som får "
                    "raderas; inskickade remissvar är allmänna handlingar och sparas. Fråga samordnarna. ",
              "The coordinators can produce everything stored about a person with **personal data <aad-id or "
              "e-mail>** (GDPR) and erase what may be erased with **personal data erase <aad-id or e-mail>**; "
              "submitted responses are public documents and are kept. Ask the coordinators. ")
    return kit.answer(q, (text + _coordinators(kit, contacts, q)).rstrip())


# A person to be removed from the bot ("hur tar jag bort en representant som har slutat?", "hon vill bli borttagen ur
# boten", "delete a user who left"): the coordinators' erasure (README: `personuppgifter radera`), not reminders.
_PERSON_REMOVED = re.compile(
    r"\b(?:ta|tar|tas|radera|raderar|raderas|remove|delete|erase)\b(?: bort)?(?: \w+){0,3}? (?:representant\w*|"
    r"kommunrepresentant\w*|foretradare\w*|anvandare\w*|kolleg\w*|medlem\w*|deltagare\w*|representative\w*|"
    r"users?|members?|colleagues?|person(?:en|er|erna)?)\b|\b(?:bli|vara|bli helt) (?:borttagen|borttagna|raderad|"
    r"raderade) (?:ur|fran|i) (?:boten|botten)\b|\b(?:removed|deleted) from the bot\b")


# The GDPR command asked about as a command ("vad är personuppgifter för kommando?", "what does the personal data
# command do?", "'personuppgifter' – får jag använda det?").
_COMMAND_ASKED = re.compile(r"\bkommand\w*|\bcommands?\b|^\W*personuppgifter\b\W+(?:vad|hur|far|kan|ar|vem)\b|"
                            r"[\"'‘’“”»«`]personuppgifter[\"'‘’“”»«`]")


def asks_person_removed(f: str) -> bool:
    """Whether removing a person from the bot is asked. `f`: `folded(text)`."""
    return bool(("bort" in f or "rader" in f or "remov" in f or "delet" in f or "erase" in f) and
                _PERSON_REMOVED.search(f))


# "vad sparar boten om partnerna?": everyone's data asked about, not one person's (the coordinators' command finds
# one person's).
_EVERYONE = frozenset("""sina partners partnerna partnernas users members participants deltagare deltagarna
deltagarnas""".split())


# One's own data ("vad har ni sparat om mig?", "my data"), which the coordinators produce; not "höra av mig".
_ABOUT_ME = re.compile(r"\b(?:om|pa|av) mig\b(?<!hora av mig)|\babout me\b|\bmina\b|\bmy\b")


def asks_what_stored(f: str) -> bool:
    """"Sparar du allt jag skriver?", "vad lagrar boten om oss?": what the bot stores. `f`: `folded(text)`."""
    return bool(("spar" in f or "lagr" in f or "logg" in f or "stor" in f or "save" in f or "kept" in f or "log" in f
                 ) and _WHAT_STORED.search(f) and _STORES.search(f))


# The bot (or its keepers) storing, in the active voice: "sparas mitt utkast?" is the response's draft.
_STORES = re.compile(r"\b(?:sparar|lagrar|loggar|store|stores|log|logs|keep|keeps|save|saves|loggad|loggat|sparad|"
                     r"sparat|lagrad|lagrat|logged)\b")


def privacy_command_text(lang: Language) -> str:
    """What the coordinators' `personuppgifter` command does, whose it is and where (README "In Teams")."""
    return t(lang, "**personuppgifter** är samordnarnas kommando för GDPR, i en personlig chatt med mig: "
                   "**personuppgifter <aad-id eller e-post>** ger allt som är sparat om en person (som JSON, "
                   "artikel 15), och **personuppgifter radera <aad-id eller e-post>** raderar efter en "
                   "bekräftelse det som får raderas (artikel 17); inskickade remissvar är allmänna "
                   "handlingar och sparas. Skriver någon som inte är samordnare det svarar jag ”Det "
                   "kommandot är bara för samordnarna.” Vill du se eller radera det som är sparat om dig, be "
                   "samordnarna. ",
             "**personal data** is the coordinators' GDPR command, in a personal chat with me: **personal data "
             "<aad-id or e-mail>** gives everything stored about one person (as JSON, article 15), and "
             "**personuppgifter radera <aad-id or e-mail>** erases what may be erased after a confirmation "
             "(article 17); submitted consultation responses are public documents and are kept. If someone "
             "who is not a coordinator writes it, I answer \u201cThat command is for the coordinators "
             "only.\u201d To see or erase what is stored about you, ask the coordinators. ")


# Asked to gather data on people with the bot ("samla in personuppgifter om deltagarna", "föra närvarolista",
# "collect personal data about participants", "track attendance") – no feature of the bot (README-user) (folded).
_COLLECT_DATA = re.compile(r"\b(?:samla\w* in|samla\w*|registrera\w*|kartlagg\w*|fora|logga\w*|collect\w*|"
                           r"gather\w*|track\w*|record\w*|register\w*|log)\b(?:\W+\w+){0,4}?\W+(?:"
                           r"personuppgift\w*|uppgifter|narvaro\w*|deltagar\w*|personal data|data|attendance|"
                           r"participants?|attendees?)\b|\bnarvarolist\w*|\battendance list\w*")


def privacy(kit: Kit, q: Asked, contacts: tuple[str, ...] | None) -> Answer:
    f = folded(q.text)
    if _COLLECT_DATA.search(f) and not (
            folded_words(q.text) & (_ERASE_WORDS - {"gdpr"}) or _TAKE_AWAY.search(f)):
        # "Kan jag använda boten för att samla in personuppgifter om deltagarna, typ vilka som varit med på
        # mötena?": no such feature; the GDPR command there is the coordinators' (b73 #92). No legal advice.
        text = t(q.language, "Nej, det gör boten inte: att samla in uppgifter om deltagare, till exempel vilka som "
                             "varit med på mötena, är ingen funktion i boten. ",
                 "No, the bot does not do that: collecting data about participants, such as who attended the "
                 "meetings, is not a feature of the bot. ") + privacy_command_text(q.language) + t(
            q.language, "Hur GDPR ska tillämpas i övrigt står inte i underlaget; fråga samordnarna.",
            "How GDPR applies beyond that is not in the material; ask the coordinators.")
        return kit.answer(q, text.strip())
    if _WHAT_STORED.search(f) and not _erases(q.text) and not set(tokens(fold(q.text))) & (
            _SOMEONE_ELSE - _EVERYONE) and (_BEYOND_MINE.search(f) or not _ABOUT_ME.search(f) or re.search(
                r"\b(?:vad|vilka|vilken|vilket|what|which)\b", f)):
        # "vad sparas, hur länge och vem kan se det?": what README does not say is said so (one's own data alone
        # keeps the answer below: the coordinators produce it – unless what is asked, "vilka uppgifter om mig
        # sparar boten?", whose answer is what the features keep, b85 #100).
        return _what_stored(kit, q, contacts)
    if "INSPEL" in q.entities.concepts and not _PERSONAL.search(folded(q.text)) and not (
            folded_words(q.text) & _EXPORTS):
        # "radera mitt inspel om bredband": an inspel is withdrawn by its writer, not erased as personal data.
        return inspel(kit, q)
    if folded_words(q.text) & _EXPORTS and not folded_words(q.text) & {"personuppgifter", "export=", "access"} and (
            _ASKS_THE_WAY.search(folded(q.text)) or is_yes_no(q.text) or re.search(
                r"\b(?:will|would|does|do|blir|forsvinner|paverkas|paverkar|also|ocksa|aven)\b", folded(q.text))):
        # "…and will it also remove their input from exports we already made?": the exports first, then how (how
        # first when that is asked too).
        how = t(
            q.language, "Radera gör en samordnare med **personuppgifter radera <aad-id eller e-post>** i en personlig "
                        "chatt med mig: efter en bekräftelse raderar jag det som får raderas (inskickade remissvar är "
                        "allmänna handlingar och sparas).",
            "A coordinator erases with **personuppgifter radera <aad-id or e-mail>** in a personal chat with me: after "
            "a confirmation I erase what may be erased (submitted consultation responses are public documents and "
            "are kept).")
        made = _exports_made(q.language)
        text = f"{how} {made}" if folded_words(q.text) & {"hur", "how"} else f"{made} {how}"
        return kit.answer(q, text)
    if set(tokens(fold(q.text))) & _SOMEONE_ELSE and not _erases(q.text):
        # "vad sparar vi om dem, var hittar jag det?": seeing is asked, so the view command leads (b39 #71).
        text = t(q.language, "Som samordnare ser du allt som är sparat om en person med **personuppgifter <aad-id "
                             "eller e-post>** i en personlig chatt med mig. Ska något raderas skriver du "
                             "**personuppgifter radera <aad-id eller e-post>**: efter en bekräftelse raderar jag det "
                             "som får raderas (inskickade remissvar är allmänna handlingar och sparas). Är du inte "
                             "samordnare, be samordnarna. ",
                 "As a coordinator you see everything stored about a person with **personuppgifter <aad-id or "
                 "e-mail>** in a personal chat with me. To erase, write **personuppgifter radera <aad-id or "
                 "e-mail>**: after a confirmation I erase what may be erased (submitted consultation responses are "
                 "public documents and are kept). If you are not a coordinator, ask the coordinators. ")
        if folded_words(q.text) & _EXPORTS:
            text += _exports_made(q.language) + " "
        return kit.answer(q, text + _coordinators(kit, contacts, q))
    if set(tokens(fold(q.text))) & _SOMEONE_ELSE:
        text = t(q.language, "Som samordnare skriver du **personuppgifter radera <aad-id eller e-post>** i en "
                             "personlig chatt med mig: efter en bekräftelse raderar jag det som får raderas "
                             "(inskickade remissvar är allmänna handlingar och sparas). **personuppgifter <aad-id "
                             "eller e-post>** visar först allt som är sparat om personen. Är du inte samordnare, be "
                             "samordnarna. ",
                 "As a coordinator you write **personuppgifter radera <aad-id or e-mail>** in a personal chat with "
                 "me: after a confirmation I erase what may be erased (submitted consultation responses are public "
                 "documents and are kept). **personuppgifter <aad-id or e-mail>** first shows everything stored "
                 "about the person. If you are not a coordinator, ask the coordinators. ")
        if folded_words(q.text) & {"inspel", "inspelen", "inspelet", "input", "inputs"} and _STAYS.search(
                folded(q.text)):
            # "…och ska hennes inspel ligga kvar?": README "In Teams" says only that submitted remissvar stay; what
            # goes is shown before the confirmation.
            text += t(q.language, "Vad som händer med personens inspel står inte i det jag vet, bara att inskickade "
                                  "remissvar ligger kvar; vad som raderas ser du innan du bekräftar. ",
                      "What happens to the person's input is not in what I know, only that submitted responses stay; "
                      "you see what is erased before you confirm. ")
        if folded_words(q.text) & _EXPORTS:
            text += _exports_made(q.language) + " "
        if _WHO_SEES.search(f):
            # "… och vem mer kan se dem?": the second question too.
            text += _who_sees_line(q.language)
        return kit.answer(q, text + _coordinators(kit, contacts, q))
    if _COMMAND_ASKED.search(f):
        # "vad gör kommandot personuppgifter, får jag använda det?": what it is (README "In Teams"), whose, and whom
        # to ask – not only the refusal a partner gets when typing it.
        text = privacy_command_text(q.language)
        return kit.answer(q, text + _coordinators(kit, contacts, q))
    text = t(q.language, "Dina personuppgifter hanterar samordnarna: de kan ta fram allt jag har sparat om dig och "
                         "radera det. Kontakta dem. ",
             "The coordinators handle your personal data: they can produce everything I store about you and erase "
             "what may be erased (submitted consultation responses are public documents and are kept). Contact "
             "them. ") + _coordinators(kit, contacts, q)
    return kit.answer(q, text)


# "är rösterna anonyma?", "can others see what I voted?": who voted for what.
_WHO_VOTED = re.compile(r"\banonym|\b(?:vem|vilka|who) (?:som )?(?:har )?(?:rostat|rostade|rostar|voted)\b|"
                        r"\b(?:se|ser|see|sees) (?:vad|what) (?:jag|man|du|i|you|others) (?:har )?(?:rostat|rostade|"
                        r"rostar|voted|vote)\b")


# What an export holds is asked ("täcker exporten allt?", "kommer omröstningarna med i exporten?", "what does the
# export include?"), not how to make one.
_COVERS = re.compile(r"\b(?:tacker|tacka|inkluder\w*|ingar|innehaller|innehalla|kommer (?:\w+ ){0,3}?med|far (?:\w+ )"
                     r"{0,2}?med|finns (?:\w+ ){0,2}?med|cover\w*|includ\w*|contain\w*|what (?:is|goes) "
                     r"in)\b")


def export_scope(kit: Kit, q: Asked) -> Answer | None:
    """What `export` holds (rusbot/input/export.py): each organisation's submitted remissvar in its latest revision and
    the inspel not withdrawn; never drafts, and nothing else (polls, meetings). None unless an export's contents are
    asked, with an export word."""
    words = folded_words(q.text)
    if not (words & _EXPORTS or any(w.startswith("export") for w in words)) or _erases(q.text) or not (
            _COVERS.search(folded(q.text))):
        return None
    lang = q.language
    text = t(lang, "Nej, inte allt: **export** ger inskickade remissvar (den senaste versionen av varje "
                   "organisations svar) och inspel som inte har dragits tillbaka, som CSV och Excel. Utkast kommer "
                   "inte med, och inte heller omröstningar eller möten. ",
             "No, not everything: **export** gives the submitted consultation responses (each organisation's latest "
             "version) and the input not withdrawn, as CSV and Excel. Drafts are not in it, nor are polls or "
             "meetings. ")
    if not (words & {"allt", "all", "everything", "alla"} or words & {"omrostning", "omrostningar", "omrostningarna",
                                                                     "polls", "poll", "moten", "meetings"}):
        text = text.split(": ", 1)[1]
        text = text[0].upper() + text[1:]
    text += t(lang, "Export gör samordnarna i den personliga chatten med mig, eller under **Export** i fliken i Teams.",
              "The coordinators export in the personal chat with me, or under **Export** in the tab in Teams.")
    return kit.answer(q, text, topic="feature.coordinator")


# (a particle verb with its subject between, as in a question: "hur lägger jag upp", "hur sätter man upp")
_STARTS_POLL = re.compile(r"\b(?:skapa\w*|start\w*|gor|gora|(?:lagg\w*|satt\w*|lagga|satta) (?:(?:jag|man|vi|du|ni) )?"
                         r"(?:upp|ut)|skriv\w*|write|create\w*|make|set up|post|"
                         r"skicka\w*|send out|steg|"
                         # "hur kör jag en omröstning", "how do I run a poll": running one is setting it up
                         r"kor|kora|run|hold|ordna\w*|fixa\w*)\b")


# "tisdag el torsdag", "Nora, Lindesberg eller Laxå", "A or B": the options a poll is asked to offer.
_OPTIONS_ASKED = re.compile(r"\b((?:[^\W\d_]{2,20}, )*[^\W\d_]{2,20}) (?:el|eller|elr|or) ([^\W\d_]{2,20})\b")
_NOT_OPTIONS = frozenset("""inte ej not nej ja yes no jag vi du man det den han hon att som och the a an it this that
vara bli be is are ska kan""".split())


# Asking for a poll to be set up ("ordna en omröstning om …", "kan du starta en poll om …", "make a poll on …").
_ORDERS_POLL = re.compile(r"\b(?:ordna\w*|gor|gora|skapa\w*|starta\w*|fixa\w*|kor|kora|lagg\w* upp|lagga upp|"
                          r"skicka\w* ut|arrangera\w*|ha|create|make|start|run|set up|do|hold)\b(?: \w+){0,2}? "
                          r"(?:omrostning\w*|poll\w*|rostning\w*)\b")
# The poll's own question told after "om"/"about": "… om nästa möte ska va digitalt eller fysiskt".


def orders_poll(folded_text: str) -> bool:
    """"ordna en omröstning om …": a poll asked to be set up, not how the partnership decides."""
    return bool(_ORDERS_POLL.search(folded_text))


def _poll_question(text: str, options: list[str]) -> str:
    """The poll's question in the asker's own words when they tell it ("om nästa möte ska vara digitalt eller
    fysiskt" -> "Ska nästa möte vara digitalt eller fysiskt?" is not attempted: their clause, as written), or ""."""
    clause = re.split(r"[?.!\n]", text)[0]
    words = clause.split()
    folded_words_list = [fold(w) for w in words]
    for i, w in enumerate(folded_words_list[:-2]):
        if re.fullmatch(r"(?:omrostning\w*|poll\w*|rostning\w*)", w) and folded_words_list[i + 1] in {
                "om", "on", "about", "kring"}:
            rest = words[i + 2:]
            modal = next((j for j, w in enumerate(rest[:5]) if fold(w) in {"ska", "skall", "bor", "blir", "kan",
                                                                           "should", "will", "shall"}), None)
            if 2 <= len(rest) <= 14 and fold(options[-1]) in fold(" ".join(rest)) and modal:
                # "nästa möte ska va digitalt eller fysiskt" -> "Ska nästa möte va digitalt eller fysiskt?"
                q = " ".join([rest[modal].capitalize(), *rest[:modal], *rest[modal + 1:]]).strip(" ,;:")
                return q + "?"
    return ""


def _poll_options(text: str) -> list[str]:
    found = _OPTIONS_ASKED.findall(text)
    if not found:
        return []
    first, last = found[-1]
    options = [o.strip() for o in first.split(",")] + [last]
    if any(fold(o) in _NOT_OPTIONS for o in options) or not 2 <= len(options) <= 10:
        return []
    return [o[0].upper() + o[1:] for o in options]


def polls(kit: Kit, q: Asked) -> Answer:
    if (scope := export_scope(kit, q)) is not None:
        return scope
    if _WHO_VOTED.search(folded(q.text)):
        # README "In Teams": the card shows the counts, never who voted for what (bot/input_cards.py poll_card).
        return kit.answer(q, t(q.language,
                               "Kortet visar inte vem som röstat på vad: bara hur många som har röstat och antalet "
                               "röster för varje alternativ. Var och en har en röst.",
                               "The card does not show who voted for what: only how many have voted and the votes "
                               "for each option. Each person has one vote."))
    text = t(q.language, "Omröstningar lägger samordnarna upp i en kanal (kommandot **omröstning**). Alla i kanalen "
                         "röstar genom att välja ett alternativ i kortet, och kortet visar resultatet.",
             "The coordinators post polls in a channel (the command **poll**). Everyone in the channel votes by "
             "choosing an option in the card, and the card shows the result.")
    f = folded(q.text)
    if asks_self_may(f) and (_STARTS_POLL.search(f) or _ORDERS_POLL.search(f)) and not folded_words(q.text) & {
            "rosta", "rostar", "vote", "voting", "hur", "how"} and not _poll_options(q.text) and not (
            says_coordinator(f) or _SAYS_COORDINATOR_LOOSELY.search(f)):
        # "Can I set up a poll in our channel …?", "får vi skapa en egen poll?": the asker's own may is the question –
        # the command is the coordinators' only (README "In Teams"), so who may and whom to ask lead (b84 #27). (How
        # to write it, or a coordinator asking, keeps the command's form below.)
        text = t(q.language, "Bara samordnarna kan lägga upp omröstningar i en kanal (kommandot **omröstning**). Är du "
                             "inte samordnare, be en av dem lägga upp den åt er. Alla i kanalen röstar sedan genom att "
                             "välja ett alternativ i kortet, och kortet visar resultatet.",
                 "Only the coordinators can set up polls in a channel (the command **poll**). If you are not a "
                 "coordinator, ask one of them to post it for you. Everyone in the channel then votes by choosing an "
                 "option in the card, and the card shows the result.")
        return kit.answer(q, text)
    # "ordna en omröstning om …" orders one (its line leads); "kan man göra en omröstning?" asks who can.
    ordered = bool(_ORDERS_POLL.search(folded(q.text))) and not is_yes_no(q.text) and "?" not in q.text
    if (folded_words(q.text) & {"hur", "how"} or ordered) and (
            _STARTS_POLL.search(folded(q.text)) or ordered) and not folded_words(
            q.text) & {"rostar", "rosta", "rostade", "vote", "voting", "deltagarna", "participants"} - (
            # "låta partnerskapet rösta om en fråga med tre alternativ" sets one up
            {"rosta", "vote"} if folded_words(q.text) & {"alternativ", "options", "alternatives"} else set()):
        # "hur startar jag en omröstning?": how to write it (README "In Teams"), first; not "hur röstar jag?".
        options = _poll_options(q.text)
        if options:
            # "…om mötet ska vara tisdag el torsdag. Hur skriver jag?": the form with their own options.
            asked = _poll_question(q.text, options)
            line = t(q.language, "omröstning ", "poll ") + (asked or t(q.language, "Din fråga?", "Your question?")) + \
                " | " + " | ".join(options)
            text = t(q.language, f"Skriv **{line}** i kanalen (@-nämn mig där) – frågan först, sedan alternativen, "
                                 "åtskilda med |. Det gör en samordnare. ",
                     f"Write **{line}** in the channel (@mention me there) – the question first, then the options, "
                     "separated by |. A coordinator does that. ") + text
        else:
            text = t(q.language, "Skriv **omröstning Fråga? | Alternativ 1 | Alternativ 2** i kanalen – "
                                 "det gör en samordnare. ",
                     "Write **poll Question? | Option 1 | Option 2** in the channel – a coordinator "
                     "does that. ") + text
    return kit.answer(q, text)


# With a particle between ("jag är ju samordnare", "I'm actually a coordinator").
# The asker asking whether they themselves may ("kan jag …", "får vi …", "can I …"): a coordinator-only command
# asked so is answered with who may, not a bare "Ja".
_SELF_MAY = re.compile(r"\b(?:kan|far|gar det att|ska|bor) (?:jag|vi)\b|\b(?:can|may|could|should) (?:i|we)\b|"
                       r"\b(?:am i|are we) (?:allowed|able)\b")


def asks_self_may(f: str) -> bool:
    """Whether the folded text asks if the asker themself may or can do something."""
    return ("jag" in f or "vi" in f or " i " in f" {f} " or "we" in f) and bool(_SELF_MAY.search(f))


_SAYS_COORDINATOR = re.compile(r"\b(?:jag ar|jag jobbar som|som|i am|i'm|im|as an?)(?: ju| faktiskt| actually)*"
                               r"(?: en| a)? (?:samordnare|samordnaren|coordinator|processledare|the coordinator)\b|"
                               r"\b(?:jag ar|i am|i'm|im) (?:en av|one of) (?:samordnarna|the coordinators)\b")


# "Jag är ny samordnare", "I'm the new coordinator": a word between, never "inte"/"not".
_SAYS_COORDINATOR_LOOSELY = re.compile(r"\b(?:jag ar|i am|i'm|im)(?: (?!inte\b|not\b)\w+){0,2} (?:samordnare|"
                                       r"coordinator)\b")


def says_coordinator(folded_text: str) -> bool:
    """Whether the asker says they are a coordinator ("Jag är en av samordnarna", "as coordinator")."""
    return bool(_SAYS_COORDINATOR.search(folded_text))


def for_coordinator(answer_text: str, lang: Language) -> str:
    """An answer told to a coordinator: "only the coordinators see who has answered" becomes how they see it (a
    part of a message read alone does not know the asker said so; blind batch 50)."""
    languages: tuple[Language, Language] = ("sv", "en")
    for only, language in zip(_ONLY_COORDINATORS_SEE, languages, strict=True):
        answer_text = answer_text.replace(only.rstrip(), _status_text(language).rstrip())
    return answer_text


# The coordinators' commands (README "In Teams", the command table in bot/features: coordinator_only): the folded
# words that name each, and its line. Not derived from _DOCUMENTED below: a line here is a short phrase for a group
# of commands (all four meeting commands on one line), with an example rather than the form ("anstånd Kumla
# 2021-10-15"), and the words differ ('omröstningar', "polls" only here, 'exportera' only there); deriving the lines
# changed 7 of the 2,000 graded answers and 47 of benchmarks/answers_unchanged.py's (round 26).
_COORDINATOR_COMMANDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (('status',),
     "- **status** – vilka som har svarat: antal inspel och remissvarets läge per remissinstans, och vilka "
     "påminnelser Teams inte kunde leverera",
     "- **status** – who has answered: input count and response state per respondent, and which reminders "
     "Teams could not deliver"),
    (('anstand', 'extension'),
     "- **anstånd Kumla 2021-10-15** – anstånd för en organisation",
     "- **extension Kumla 2021-10-15** – an extension for one organisation"),
    (('export',),
     "- **export** – inspel och remissvar som CSV och Excel (i den personliga chatten)",
     "- **export** – input and responses as CSV and Excel (in the personal chat)"),
    (('moten', 'nytt mote', 'flytta mote', 'stall in mote', 'meetings', 'new meeting', 'move meeting',
      'cancel meeting'),
     "- **möten**, **nytt möte**, **flytta möte**, **ställ in möte** – mötena som påminnelserna gäller",
     "- **meetings**, **new meeting**, **move meeting**, **cancel meeting** – the meetings the reminders are "
     "about"),
    (('paminnelser har', 'paminnelser av', 'reminders here', 'reminders off'),
     "- **påminnelser här** / **påminnelser av** i en kanal – skicka teamets påminnelser dit, eller sluta",
     "- **reminders here** / **reminders off** in a channel – send the team's reminders there, or stop them"),
    (('omrostning', 'omrostningar', 'omrostningen', 'poll', 'polls'),
     "- **omröstning Fråga? | A | B** – en snabb omröstning i kanalen",
     "- **poll Question? | A | B** – a quick poll in the channel"),
    (('organisation', 'organization'),   # the partners' command too: only its confirming is the coordinators'
     "- **organisation** – bekräfta företrädarnas kopplingar till sina organisationer",
     "- **organisation** – confirm representatives' links to their organisations"),
    (('personuppgifter', 'personal data'),
     "- **personuppgifter** – vad som är sparat om en person, och radering (GDPR)",
     "- **personal data** – what is stored about one person, and erasure (GDPR)"),
)


# "vad kan jag göra i boten som samordnare?", "what can I do as a coordinator?": the coordinators' commands.
_WHAT_CAN = re.compile(r"\bvad (?:kan|far|ska) (?:jag|man|vi) (?:gora|anvanda)\b|"
                       r"\bvad (?:jag|man|vi) (?:\w+ ){0,3}?(?:kan|far) (?:gora|anvanda)\b|\bgenomgang\b|\boversikt\b|"
                       r"\bvilka (?:kommandon|funktioner)\b|\bwhat can (?:i|we) do\b|\bwhich (?:commands|features)\b|"
                       r"\b(?:walk ?through|overview)\b|"
                       # "kan du lista alla kommandon för samordnare?", "list the coordinator commands" (b66 #78)
                       r"\b(?:lista|listar|list|alla|all|samtliga)\s+(?:\w+\s+)?(?:\w*kommandon\w*|commands)\b|"
                       r"\b(?:kommandon\w*|commands)\s+(?:\w+\s+){0,2}?(?:for|som|of|for the)\s+(?:\w+\s+)?"
                       r"(?:samordnar\w*|coordinators?)\b|\bcoordinators?'? ?s? commands\b")


# The strategy's draft seen before the consultation ("får partnerskapet se utkastet innan remissen?", "can we see
# the draft before the consultation?"), not the response's draft saved in the bot.
_SEES_DRAFT = re.compile(r"\b(?:se|lasa|titta pa|ta del av|fa|see|read|get)\b(?: \w+){0,2}? (?:utkast\w*|"
                         r"forslag\w*|draft\w*)\b(?: \w+){0,4}? (?:innan|fore|before)\b(?: \w+){0,2}? "
                         r"(?:remiss\w*|the consultation)\b")
# The commands anyone may use, by the README's "who" column (inspel and remissvar with their conditions).
_PARTNER_COMMANDS: tuple[tuple[str, str], ...] = (
    ("De här kommandona kan du använda utan att vara samordnare:",
     "These commands you can use without being a coordinator:"),
    ("- **hjälp** – vad jag kan", "- **help** – what I can do"),
    ("- **tidplan** – tidplanen som ett kort", "- **timeline** – the timeline as a card"),
    ("- **påminnelser** – vilka påminnelser som kommer", "- **reminders** – the reminders to come"),
    ("- **påminn mig av** / **påminn mig på** – dina personliga påminnelser om remissvaret (i chatten med mig)",
     "- **nudges off** / **nudges on** – your personal nudges about the response (in the chat with me)"),
    ("- **organisation** – se eller välja organisationen du företräder",
     "- **organisation** – see or choose the organisation you represent"),
    ("- **inspel** – förslag på vad som ska uppdateras, när din koppling till organisationen är bekräftad",
     "- **input** – proposals on what should be updated, once your link to your organisation is confirmed"),
    ("- **remissvar** – er organisations remissvar, för bekräftade företrädare",
     "- **response** – your organisation's consultation response, for confirmed representatives"),
    # (all of README's coordinator rows, the channel's reminders and the meetings' commands too, b73 #10)
    ("Samordnarnas kommandon (**omröstning**, **status**, **export**, **anstånd**, **påminnelser här** / "
     "**påminnelser av** i en kanal, **möten**, **nytt möte**, **flytta möte**, **ställ in möte**, "
     "**personuppgifter**) är bara för samordnarna; **hjälp** listar alla kommandon du får använda.",
     "The coordinators' commands (**poll**, **status**, **export**, **extension**, **reminders here** / "
     "**reminders off** in a channel, **meetings**, **new meeting**, **move meeting**, **cancel meeting**, "
     "**personal data**) are for the coordinators only; **help** lists every command you may use."))
# "Vilka kommandon finns det (i boten)?", "which commands are there?", "lista kommandona": the commands, not the
# questions the bot answers (b73 #10).
_COMMANDS_ASKED = re.compile(r"\b(?:vilka|vad finns det for|lista\w*|alla|which|what|list(?: all)?(?: the)?)\s+"
                             r"(?:\w+\s+)?(?:kommandon\w*|commands)\b")
# The asker says they are no coordinator ("inte samordnare", "ingen samordnare", "not a coordinator").
_NOT_COORDINATOR = re.compile(r"\b(?:inte|ej|icke|ingen|not|no|non)(?: \w+){0,2}? (?:en |a |one of the )?"
                              r"(?:samordnare|samordnarna|coordinators?)\b|\bnon-coordinator\b")


def coordinator_overview(kit: Kit, q: Asked) -> Answer | None:
    """What a coordinator can do in the bot (README "In Teams" and "The Teams tab"). The bot cannot tell the role
    from a sentence, so it says what a coordinator can, not that the asker is one. None unless that is asked."""
    f = fold(q.text)
    if not (_SAYS_COORDINATOR.search(f) or "samordnar" in f or "coordinator" in f) and _COMMANDS_ASKED.search(f) and (
            not folded_words(q.text) & {"de", "dem", "they", "them"}):   # ("vilka kommandon har de?": theirs)
        # "Vilka kommandon finns det i boten?" with no coordinator named: everyone's commands, then the coordinators'
        # (action "help" when only that is asked: in Teams the edge answers it with its own help text, which lists
        # every command one may use; asked beside another question the parts' answers stay, so "about_bot")
        text = "\n".join(t(q.language, sv, en) for sv, en in _PARTNER_COMMANDS)
        if (channel := channel_switch(kit, q)) is not None:
            # "… Kan jag själv slå på påminnelser i vår kanal?" beside it: who switches the channel's reminders
            text += "\n\n" + channel.text.split("\n")[0]
        alone = q.text.count("?") <= 1 and channel is None
        return kit.answer(q, text, topic="help" if alone else "about_bot", action="help" if alone else None)
    if not (_SAYS_COORDINATOR.search(f) or "samordnar" in f or "coordinator" in f) or not _WHAT_CAN.search(f):
        return None
    if _NOT_COORDINATOR.search(f):
        # "(not a coordinator) which commands can I use?": the commands anyone may use, not the coordinators'
        # (README "In Teams", the "who" column; blind batch 53)
        return kit.answer(q, "\n".join(t(q.language, sv, en) for sv, en in _PARTNER_COMMANDS), topic="about_bot")
    lines = [t(q.language, "Som samordnare kan du det här i boten (att du är inlagd som samordnare ser jag inte av "
                          "en mening; är du inte det, be samordnarna):",
              "As a coordinator you can do this in the bot (whether you are set up as one I cannot tell from a "
              "sentence; if you are not, ask the coordinators):")] + [
        t(q.language, sv, en) for _, sv, en in _COORDINATOR_COMMANDS]
    if folded_words(q.text) & {"svarat", "svarar", "answered"}:
        lines.insert(1, t(q.language, "Vilka som inte har svarat på remissen ser du med **status**.",
                          "Who has not answered the consultation you see with **status**."))
    lines.append(t(q.language, "Fliken i Teams visar samma läge, och **hjälp** listar alla kommandon du får använda.",
                   "The tab in Teams shows the same, and **help** lists every command you may use."))
    return kit.answer(q, "\n".join(lines), topic="feature.coordinator")


# A command named as a command: in quotes ('möten', "status"), or written ("skrev status", "typed export").
_QUOTED = re.compile(r"[\"'‘’“”»«`]([^\"'‘’“”»«`]{2,30})[\"'‘’“”»«`]")
_WROTE = re.compile(r"\b(?:skriva|skriver|skrev|skrivit|testade|provade|kommandot|kommandona|typed|type|wrote|"
                    r"tried|command)\s+(\w+(?: \w+){0,2})")


# A command refused or failing ("status funkar inte", "export ger bara fel", "says I'm not allowed"): asked about,
# not issued (bot/handler.py answers a non-coordinator "Det kommandot är bara för samordnarna.").
_FAILS = re.compile(r"\b(?:funkar|fungerar|gick|gar) inte\b|\bfel(?:et|meddelande\w*)?\b|\bbehorig\w*|\bnekad|"
                    r"\bbara for samordnarna\b|\bdoesn ?t work|\bdidn ?t work|\bnot working\b|\berror\b|"
                    r"\bpermission|\bnot allowed\b|\bdenied\b|\bcoordinators only\b")
# What a command opening the message does is asked ("status, vad visar det?", "möten – vad är det för kommando?",
# "export: what does it do?"): asked about, not issued.
_ABOUT_IT = re.compile(r"\bvad (?:visar|gor|ar|betyder|innebar) (?:det|den|kommandot)\b(?! (?:har|for) (?!kommando))|"
                       r"\bvad ar det for (?:ett )?kommando\b|\bwhat (?:does|is) (?:it|that)(?: command)? (?:do|show|"
                       r"for)\b|\bwhat kind of command\b")


def commands_named(text: str) -> list[int]:
    """Which of the coordinators' commands the message names as commands (their index in _COORDINATOR_COMMANDS):
    quoted, written ("skrev status") or opening a message that says it fails ("status funkar inte för mig")."""
    named = [fold(m) for m in _QUOTED.findall(text)] + [fold(m) for m in _WROTE.findall(text)]
    f = fold(text).lstrip()
    if _FAILS.search(f) or _ABOUT_IT.search(f):
        named.append(" ".join(re.findall(r"\w+", f)[:3]))
    found = []
    for i, (words, _, _) in enumerate(_COORDINATOR_COMMANDS):
        if "organisation" in words:
            continue                    # the partners' command too
        if any(n == w or n.startswith(w + " ") for n in named for w in words):
            found.append(i)
    return found


def named_commands(kit: Kit, q: Asked) -> Answer | None:
    """"jag testade att skriva 'möten' och 'status' men fick ett konstigt svar – vad gör de?": the coordinators'
    commands named, what each does (README "In Teams") and that for anyone else the bot answers that the command is
    for the coordinators only (bot/handler.py). None unless such a command is named as a command."""
    found = commands_named(q.text)
    if not found:
        return None
    lines = [t(q.language, sv, en) for i, (_, sv, en) in enumerate(_COORDINATOR_COMMANDS) if i in found]
    text = t(q.language, "Det är samordnarnas kommandon:" if len(found) > 1 else "Det är ett av samordnarnas "
                                                                                "kommandon:",
            "Those are the coordinators' commands:" if len(found) > 1 else "That is one of the coordinators' "
                                                                          "commands:")
    text += "\n" + "\n".join(lines) + "\n" + t(
        q.language, "Skriver någon som inte är inlagd som samordnare dem svarar jag ”Det kommandot är bara för "
                   "samordnarna.” Det säger inget om din organisation: vilken du företräder ser du med "
                   "**organisation**, och **hjälp** listar de kommandon du får använda.",
       "If someone not set up as a coordinator writes them, I answer \u201cThat command is for the coordinators "
       "only.\u201d That says nothing about your organisation: which one you represent you see with "
       "**organisation**, and **help** lists the commands you may use.")
    f = fold(q.text)
    if _FAILS.search(f) or says_coordinator(f):
        # "status funkar inte, jag är ju samordnare": the coordinators are those named in the bot's settings (README).
        text += " " + t(q.language, "Är du samordnare men får det svaret, är du inte inlagd som samordnare för boten: "
                                    "samordnarna är de som är namngivna i botens inställningar. Be den som sköter "
                                    "botens inställningar att lägga in dig.",
                        "If you are a coordinator and get that answer, you are not set up as a coordinator in the "
                        "bot: the coordinators are those named in the bot's settings. Ask whoever runs the bot's "
                        "settings to add you.")
    return kit.answer(q, text, topic="feature.coordinator")


# Asked whether those already reminded are told of a change ("får de veta om ändringen?", "will they be notified?").
_TOLD = frozenset("""veta meddelande meddela meddelas informera informeras informerade informerad underrattade
underrattas notis notiser andringen flytten redan
notify notified notice told know already informed""".split())
_CAN_YOU = re.compile(r"\b(?:kan|kunde|far|gar det att) (?:du|jag|vi|boten|man)\b|\b(?:can|could) (?:you|i|we)\b|"
                      r"\b(?:via|genom) (?:dig|boten)\b")


# The bot asked to do it ("kan du flytta …", "could you move …") – not "kan jag flytta ett om det krockar?", where
# the asker would move it themselves (a coordinator's command).
_ASKS_BOT = re.compile(r"\b(?:kan|kunde|far|gar det att) (?:du|boten|man)\b|\b(?:can|could) you\b|"
                       r"\b(?:via|genom) (?:dig|boten)\b")


# The asker's own clash ("jag har redan ett annat möte då", "min chef vill att jag är med", "I can't make it").
_OWN_CONFLICT = re.compile(r"\b(?:har|hade) (?:redan )?(?:ett )?(?:annat|en krock|en annan)\w*|"
                           r"\bjag kan inte (?:da|komma|vara med)\b|"
                           r"\bjag (?:ar|blir) (?:bortrest|upptagen|ledig|sjuk|pa semester)\b|"
                           r"\bkrockar\b|\bi (?:have|ve got) (?:another|a clash)|"
                           r"\bi can(?:no|')?t (?:make|attend|come)")


# A reminder not received ("har inte fått någon påminnelse", "we never got one"): whether the organisation is
# among those reminded is doubted. Spoken "int"/"inge" too ("har int fått nån påminnelse, e de nåt fel?", b76 #76).
_NOT_GOT = re.compile(r"\b(?:inte|int|inge|aldrig|ej|not|never|haven[ ']?t|hasn[ ']?t|didn[ ']?t)\s+(?:\w+\s+)?"
                      r"(?:fatt|fick|got|gotten|received)\b|\b(?:fatt|fick|got|received)\s+(?:ingen|inga|inget|no|none)\b")
# Whether any reminder has come, asked ("har vi fått några påminnelser?", "have we received any reminders?"): which
# have gone out by the schedule – not "Ja." before the settings (b87 #66, asked when none had gone out yet).
_GOT_ANY = re.compile(r"\b(?:(?:har (?:vi|jag|ni|du|man)|have (?:we|i|you)|did (?:we|i|you))\s+(?:\w+\s+)?"
                      r"(?:fatt|fick|got|gotten|received|get|receive)|fick (?:vi|jag|ni|du))\s+"
                      r"(?:\w+\s+)?(?:nagon|nagra|nan|nana|nara|any|a|en)\s+(?:\w+\s+)?(?:paminn\w*|remind\w*)")


def _move_meeting(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    """"Kan du flytta mötet till 18 mars, och får de som redan fått påminnelsen veta?": the coordinators' meeting
    commands; the reminders re-plan to the new day (scheduling/plan.py), and no notice of the change is sent."""
    lang = q.language
    r = kit.process.deployment.reminders
    if _OWN_CONFLICT.search(folded(q.text)) and not _SAYS_COORDINATOR.search(fold(q.text)) and _ASKS_BOT.search(
            folded(q.text)):
        # "kan du flytta mötet 11 mars till 12:e? jag har redan ett annat möte då": a partner's own clash – the bot
        # does not move meetings for someone; the coordinators do (README "In Teams"), and the day stands until then.
        items = [i for i in q.entities.items_on_day if i.kind == "meeting"]
        said = "".join(t(lang, f"**{i.name.get(lang)}** är enligt tidplanen {item_when(i, lang)}. ",
                         f"**{i.name.get(lang)}** is on {item_when(i, lang)} in the timeline. ")
                       for i in items[:1] if item_when(i, lang))
        text = t(lang, "Nej, det kan jag inte göra åt dig: möten flyttar bara samordnarna (**flytta möte**), och när "
                       "mötet hålls bestämmer de. ",
                 "No, I cannot do that for you: only the coordinators move meetings (**move meeting**), and they "
                 "decide when it is held. ") + said + t(
            lang, "Kan du inte komma, säg till samordnarna. ", "If you cannot come, tell the coordinators. ")
        return kit.answer(q, (text + _coordinators(kit, contacts, q)).rstrip())
    yes = t(lang, "Ja, om du är samordnare. ", "Yes, if you are a coordinator. ") if _CAN_YOU.search(
        folded(q.text)) else ""
    moving = any(w.startswith(("flytt", "skjut", "move", "postpon", "resched")) for w in folded_words(q.text))
    text = yes + t(lang, "Möten hanterar samordnarna här i chatten: **möten** listar dem med sina id, **flytta möte "
                         "<id>** flyttar ett möte, **nytt möte** lägger in ett och **ställ in möte <id>** ställer in "
                         "det. Samma sak går i fliken **Möten och påminnelser** i Teams. Påminnelserna planeras om av "
                         "sig själva" + (": kanalen får sin påminnelse dagen före det nya datumet kl. "
                                         f"{r.meeting_day_before_at}." if moving else "."),
                   "The coordinators handle meetings here in the chat: **meetings** lists them with their ids, **move "
                   "meeting <id>** moves one, **new meeting** adds one and **cancel meeting <id>** cancels it. The "
                   "same can be done in the **Meetings and reminders** tab in Teams. The reminders are re-planned by "
                   "themselves" + (": the channel gets its reminder the day before the new date at "
                                   f"{r.meeting_day_before_at}." if moving else "."))
    cancelled = not moving and bool(_CANCELLED.search(folded(q.text)))
    if cancelled and (folded_words(q.text) & _TOLD or "RECEIVE" in q.entities.concepts or re.search(
            r"\bpaminn\w*|\breminders?\b", folded(q.text))):
        # "…hur tar jag bort det så folk inte får påminnelser?": the reminders re-plan, so a cancelled meeting has
        # none left (b39 #79) – not the notice of a move.
        text += " " + t(lang, "Ett inställt möte får inga fler påminnelser.",
                        "A cancelled meeting gets no more reminders.")
    elif (folded_words(q.text) & _TOLD or "RECEIVE" in q.entities.concepts) and is_yes_no(q.text) and not yes:
        # "Får de som redan fått påminnelsen veta att mötet flyttats?": the no leads.
        text = t(lang, "Nej, något eget meddelande om att mötet har flyttats skickar jag inte, och en påminnelse som "
                       "redan har gått ut ändras inte – berätta om flytten i kanalen. ",
                 "No, I send no notice of its own that the meeting has moved, and a reminder already sent is not "
                 "changed – tell the channel about the move. ") + text
    elif folded_words(q.text) & _TOLD or "RECEIVE" in q.entities.concepts:
        text += " " + t(lang, "Något eget meddelande om att mötet har flyttats skickar jag inte, och en påminnelse som "
                              "redan har gått ut ändras inte – berätta om flytten i kanalen.",
                        "I send no notice of its own that the meeting has moved, and a reminder already sent is not "
                        "changed – tell the channel about the move.")
    if _channel_asked(q) and folded_words(q.text) & _OFF_WORDS:
        # "…ta bort kvarvarande möten och stänga av kanalpåminnelserna?": the second half too.
        text += " " + _channel_commands(lang, False, True)
    if not yes:
        text += " " + t(lang, "Är du inte samordnare, be samordnarna. ", "If you are not a coordinator, ask the "
                                                                         "coordinators. ") + _coordinators(
            kit, contacts, q)
    return kit.answer(q, text.rstrip())


# What says a meeting is to be added ("lägga till", "lägga in", "skapa", "add", "create").
_ADD_WORDS = frozenset("till in skapa skapar boka bokar add create schedule nytt new".split())


def _status_text(lang: Language) -> str:
    return t(lang, "Som samordnare skriver du **status** här i chatten: du ser antal inspel och remissvarets läge för "
                   "varje remissinstans, och vilka påminnelser Teams inte kunde leverera. Samma läge finns på sidan "
                   "**Remissvar** i fliken i Teams. Är du inte samordnare ser du där bara din egen organisations rad. ",
             "As a coordinator you write **status** here in the chat: you see the input count and the response's "
             "state for each respondent, and which reminders Teams could not deliver. The tab's **Remissvar** page "
             "in Teams shows the same. If you are not a coordinator you see only your own organisation's row there. ")


def _status_not_coordinator(lang: Language, yes_no: bool) -> str:
    """`status` asked of by one who says they are no coordinator (README "In Teams" and "The Teams tab"): what they
    see leads – their own organisation's row and their own input – not how a coordinator writes it (b66 #45)."""
    no = t(lang, "Nej – ", "No – ") if yes_no else ""
    text = t(lang, "**status** är samordnarnas kommando, så vilka organisationer som har lämnat inspel eller "
                   "remissvar ser du inte. Själv ser du på sidan **Remissvar** i fliken i Teams bara din egen "
                   "organisations rad, och dina egna inspel (skriv **inspel**). Samordnarna ser med **status** antal "
                   "inspel och remissvarets läge för varje remissinstans – fråga dem om du vill veta hur det går för "
                   "andra. ",
             "**status** is the coordinators' command, so you do not see which organisations have given input or "
             "responded. On the **Remissvar** page of the tab in Teams you see only your own organisation's row, "
             "and your own input (write **input**). With **status** the coordinators see the input count and the "
             "response's state for each respondent – ask them if you want to know about others. ")
    return no + (lower_first(text) if no and not text.startswith("**") else text)


# The state of the responses or input asked for by the word "status" ("status på remissvaren?", "hur är statusen för
# inspelen", "what's the status of the responses?", "remissvarsstatus").
_STATUS_OF = re.compile(r"\bstatus\w*\s+(?:\w+\s+)?(?:pa|for|av|of|on)\s+(?:\w+\s+)?(?:remissvar\w*|inspel\w*|"
                        r"svar(?:en)?|responses?|input|answers)\b|\b(?:remissvar\w*|inspel\w*|svar(?:en)?|responses?|input)"
                        r"\s*(?:-\s*)?status\w*\b|\b(?:remissvars|inspels)status\w*\b")


def status_of(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer | None:
    """"status på remissvaren?": who has answered is shown by the coordinators' `status` and the tab's Remissvar page
    (README "In Teams", "The Teams tab") – said first, not the consultation's dates (b65 #57); the bot does not tell
    it in an answer. A non-coordinator is told what they see. None unless the status of the responses or input is
    asked."""
    f = fold(q.text)
    if "status" not in f or not _STATUS_OF.search(f) or folded_words(q.text) & (_MINE | {"ert", "er", "era"}):
        return None     # ("remissvar status vårt": the own response's state, which **remissvar** shows)
    if _NOT_COORDINATOR.search(f):
        return kit.answer(q, _status_not_coordinator(q.language, False) + _coordinators(kit, contacts, q),
                          topic="feature.coordinator")
    text = t(q.language, "Läget för remissvaren och inspelen – antal inspel och remissvarets läge för varje "
                         "remissinstans – visar samordnarnas kommando **status**, och sidan **Remissvar** i fliken i "
                         "Teams; här i ett svar kan jag inte säga vilka som har svarat. Är du inte samordnare ser du "
                         "där bara din egen organisations rad. ",
             "The state of the responses and input – the input count and each respondent's response state – is "
             "shown by the coordinators' command **status** and the **Remissvar** page of the tab in Teams; I cannot "
             "tell who has answered here in an answer. If you are not a coordinator you see only your own "
             "organisation's row there. ")
    return kit.answer(q, text + _coordinators(kit, contacts, q), topic="feature.coordinator")


# Who has given input ("vilka kommuner som redan lämnat inspel", "which organisations have submitted input").
_WHO_GAVE_INPUT = re.compile(r"\b(?:vilka|vem|vilken|which|who)\b(?:\W+\w+){0,4}?\W+(?:lamnat|skickat|gett|gjort|"
                             r"kommit med|submitted|given|sent|provided)\b(?:\W+\w+){0,2}?\W+(?:inspel\w*|input)\b")


def _inspel_count_text(lang: Language) -> str:
    """How many inspel have come in: the coordinators' `status` and the tab's Inspel page (README)."""
    return t(lang, "Det ser bara samordnarna: antal inspel per remissinstans ser de med kommandot **status**, och på "
                   "sidan **Inspel** i fliken i Teams antal per ämne och organisation och listan. Själv ser du dina "
                   "egna inspel (skriv **inspel**). ",
             "Only the coordinators see that: they see the input count per respondent with the command **status**, "
             "and on the tab's **Inspel** page in Teams the counts by topic and organisation and the list. You see "
             "your own input (write **input**). ")


def _export_text(lang: Language) -> str:
    return t(lang, "Som samordnare skriver du **export** till mig i den personliga chatten: du får inspel och "
                   "remissvar som CSV och Excel genom länkar som gäller i 15 minuter. Samma nedladdningar finns under "
                   "**Export** i fliken i Teams. Är du inte inlagd som samordnare, be samordnarna. ",
             "As a coordinator, write **export** to me in the personal chat: you get the input and responses as CSV "
             "and Excel through links valid for 15 minutes. The same downloads are under **Export** in the tab in "
             "Teams. If you are not set up as a coordinator, ask the coordinators. ")


# "hur många inspel har kommit in?", "an overview of how many have answered": the counts `status` shows.
_HOW_MANY_IN = re.compile(r"\b(?:hur manga|antal(?:et)?|how many|number of)\b(?: \w+){0,3}? (?:inspel|remissvar|"
                          r"svar|organisationer|remissinstanser|input|responses|answers)\b|\b(?:overblick|oversikt|"
                          r"overview) (?:over |of )?(?:\w+ ){0,2}?(?:inspel\w*|remissvar\w*|inkomna|svaren|responses|"
                          r"input)\b|\bhur manga (?:som )?(?:har )?(?:kommit in|svarat|lamnat)\b")


# That they have come in ("hur många inspel får man lämna?" asks a limit, not the count so far).
_CAME_IN = re.compile(r"\b(?:kommit|inkomna|inkommit|inkommna|lamnats|skickats|hittills|totalt|svarat|received|so far|"
                      r"came in|come in|submitted|answered|arrived)\b")


def _asks_status(text: str) -> bool:
    """`status` named, or the counts it shows asked for (how many inspel or responses have come in)."""
    f = folded(text)
    return "status" in folded_words(text) or bool(_HOW_MANY_IN.search(f) and _CAME_IN.search(f))


def _names_export(text: str) -> bool:
    """An export word, also inside a compound ("csv-fil", "excelfil", "exportfunktionen")."""
    return any(w in _EXPORTS or w.startswith(("export", "csv", "excel")) for w in folded_words(text))


# All the input or responses taken out of the bot, with no export word ("Hur får jag ut alla remissvar till en
# sammanställning, och i vilket format?", "how do I download all the responses?"): what `export` does.
_TAKE_OUT = re.compile(r"\b(?:fa|far|ta|tar|hamta|hamtar|plocka|plockar|ladda|laddar)\s+(?:jag\s+|vi\s+|man\s+|du\s+)?"
                       r"(?:ut|ner|hem)\b(?:\s+\w+){0,3}?\s+(?:remissvar\w*|inspel\w*|svaren|svar)\b|"
                       r"\b(?:alla|all)\s+(?:\w+\s+)?(?:remissvar\w*|inspel\w*|svar|svaren|responses|input)(?:\s+\w+){0,2}?\s+(?:i|som|in|as)\s+"
                       r"(?:en |ett |a |one )?(?:\w+)?(?:fil|file|dokument|document)\b|"
                       r"\bsammanstallning\w*\b.{0,20}\b(?:alla|all)\s+(?:\w+\s+)?(?:remissvar\w*|inspel\w*)\b|"
                       r"\b(?:download|extract|pull out|get out|compile)\b(?:\s+\w+){0,3}?\s+(?:responses|input)\b")


def takes_out(text: str) -> bool:
    """All the input or responses asked to be taken out of the bot ("alla remissvar i en fil")."""
    return bool(_TAKE_OUT.search(folded(text))) and not _erases(text)


def export_how(kit: Kit, q: Asked, contacts: tuple[str, ...] | None = None) -> Answer | None:
    """"Hur får jag ut alla remissvar till en sammanställning, och i vilket format?": the `export` command and its
    formats, said first (batch 35: a definition of remiss instead). None unless all the input or responses are
    asked to be taken out of the bot."""
    if not _TAKE_OUT.search(folded(q.text)) or _erases(q.text):
        return None
    return kit.answer(q, _export_text(q.language) + _coordinators(kit, contacts, q), topic="feature.coordinator")


# What was asked taken out as a file, with no export word ("kan jag få ut det som en fil till ledningsgruppen?",
# "can I get that as a spreadsheet?"): beside `status` that is the export (b80 #47 had only the status).
_AS_A_FILE = re.compile(r"\b(?:fa|far|ta|tar|hamta|hamtar|ladda|laddar|get|download|send|skicka)\b(?:\s+\w+){0,4}?\s+"
                        r"(?:som|i|till|as|in|into)\s+(?:en |ett |a |an )?(?:\w+)?(?:fil|file|kalkylark|spreadsheet|"
                        r"lista|list)\b|\bspreadsheet\b|\bkalkylark\w*")


def _coordinator_requests(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer | None:
    """"Visa status för alla, skicka en extra påminnelse till dem som inte svarat, och ge oss allt som Excel": a
    coordinator's requests in one message, each answered with what the bot does. None unless two are asked."""
    asked = [_status_text(q.language) if _asks_status(q.text) or _WHO_ANSWERED.search(fold(q.text)) else "",
             _extra_reminder(kit, q) + " " if _asks_extra_reminder(q) else "",
             _export_text(q.language) if "EXPORT" in q.entities.concepts or _names_export(q.text) or _TAKE_OUT.search(
                 folded(q.text)) or _AS_A_FILE.search(folded(q.text)) else ""]
    if sum(map(bool, asked)) < 2:
        return None
    return kit.answer(q, "\n\n".join(a.strip() for a in asked if a) + " " + _coordinators(kit, contacts, q))


def _adds_meeting(q: Asked) -> bool:
    """"hur lägger man in ett nytt möte?", "add a meeting": adding one, not moving one ("flytta mötet till …")."""
    words = folded_words(q.text)
    if any(w.startswith(("flytt", "skjut", "move", "postpon", "resched")) for w in words):
        return False
    if _CANCELS.search(folded(q.text)):
        return False
    return bool(words & (_ADD_WORDS - {"till", "in"}) or re.search(r"\blagg\w* (?:\w+ )?(?:till|in)\b",
                                                                   folded(q.text)))


# Cancelling a meeting ("hur ställer jag in mötet?", "cancel the meeting").
_CANCELS = re.compile(r"\bstall\w* (?:\w+ )?in\b|\binstall\w*|\bcancel\w*|\bstryk\w*|\bta\w* (?:\w+ ){0,2}?bort\b|"
                      r"\bradera\w*|\bdelete\w*|\bremove\w*|\bblir (?:inte|ej) av\b")


_WHO_ANSWERED = re.compile(r"\b(?:vilka|vem|vilken|which|who)\b(?:\W+\w+){0,4}?\W+(?:svarat|svarar|lamnat|skickat in|"
                           r"answered|responded|replied|submitted)\b")


_MOVES = re.compile(r"\b(?:flytt\w*|skjut\w* upp|senarelagg\w*|tidigarelagg\w*|byt\w* (?:dag|datum)|move\w*|"
                    r"postpon\w*|resched\w*)\b")


# (Not "tappat bort bilden": _CANCELS's "ta… bort" is for the coordinators' own words, read with other concepts.)
_CANCELLED = re.compile(r"\b(?:stall\w* (?:\w+ )?in|stalls in|installs|installt|installa\w*|cancel\w*|stryk\w*|"
                        r"(?:ta|tar|tas) (?:(?:jag|vi|man) )?(?:(?:det|den) )?bort|radera\w*|delete\w*|remove\w*|"
                        r"blir (?:inte|ej) av|(?:won t|will not|doesn t|isn t) (?:\w+ )?(?:happen|take place))\b")


# A move or cancellation told as already done ("ställdes in", "flyttades", "was cancelled"): what happened.
_TOLD_CHANGE = re.compile(r"^(?:stalldes\b|installdes|flyttades|skots upp|senarelades|tidigarelades|stroks|togs bort|"
                          r"raderades)")
_TOLD_CHANGE_EN = re.compile(r"\b(?:was|were|got|been)\s+(?:\w+\s+)?$")


def _told_done(text: str, m: re.Match[str]) -> bool:
    if _TOLD_CHANGE.match(m.group(0)):
        return True
    return m.group(0).startswith(("cancel", "move", "postpon", "resched")) and bool(
        _TOLD_CHANGE_EN.search(text[max(0, m.start() - 20):m.start()]))


def meeting_change(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer | None:
    """"Partnerskapsmötet i juni måste flyttas en vecka, hur gör jag?", "Vi ställer in mötet 25 augusti": a meeting the
    coordinators keep is their own data, moved or cancelled with the meeting commands – not a date of the plan to
    correct (b37 #47, #48)."""
    text = folded(q.text)
    if not any(w.endswith(("mote", "motet", "moten", "meeting")) for w in folded_words(q.text)):
        return None
    if not any(not _told_done(text, m) for m in [*_MOVES.finditer(text), *_CANCELLED.finditer(text)]
               ) or _adds_meeting(q):
        # ("… eftersom september-mötet ställdes in", "the June meeting was moved, so …": a change told as done, the
        # ground of another question – not one asked to be made.)
        return None
    # (Its own topic: "Hur gör jag i boten?" beside it reads as help, which the bot would answer with its help text.)
    return _move_meeting(kit, q, contacts).model_copy(update={"topic": "feature.coordinator"})


# Which meetings the bot has ("vilka möten finns inlagda?", "which meetings are scheduled?").
_LISTS_MEETINGS = re.compile(r"\b(?:vilka|which|what|lista|list|visa|show|se|see)\b(?:\W+\w+){0,3}?\W+(?:moten|motena|"
                             r"meetings)\b|\b(?:inlagda|planerade|bokade|scheduled|planned)\b")


# A meeting between people ("boka ett möte mellan prorektorn och regiondirektören"): not one of the partnership's.
_BETWEEN = re.compile(r"\b(?:mellan|between) (?:\w+ ){1,3}?(?:och|and) \w+")
_BOOKS = re.compile(r"\b(?:boka\w*|book\w*|schedul\w*|arrangera\w*|ordna\w*)\b")
# An extension in other words ("några extra veckor", "mer tid", "more time"), asked of a named organisation.
_MORE_TIME = re.compile(r"\b(?:extra|fler|ytterligare|mer|langre|more|extra) (?:\w+ )?(?:tid|veckor|vecka|dagar|"
                        r"time|weeks?|days?)\b")


def personal_meeting(kit: Kit, q: Asked) -> Answer | None:
    """"Kan boten boka in ett möte mellan prorektorn och regiondirektören?": the bot books no meetings between people;
    its meetings are the partnership's, which the coordinators enter (README "In Teams"). None unless asked."""
    f = folded(q.text)
    if not (_BOOKS.search(f) and _BETWEEN.search(f) and _MEETING_WORD.search(f)):
        return None
    text = t(q.language, "Nej, det kan jag inte: jag bokar inga möten mellan personer. De möten jag känner till är "
                         "partnerskapets möten, som samordnarna lägger in (med **nytt möte**) så att påminnelserna "
                         "går ut.",
             "No, I can't: I book no meetings between people. The meetings I know of are the partnership's, which the "
             "coordinators enter (with **new meeting**) so that the reminders go out.")
    return kit.answer(q, text, topic="feature.coordinator")


# Where the entered meetings are seen ("hur ser jag vilka möten som ligger inlagda?"): the bot's own list.
_SEES_ENTERED = re.compile(r"\b(?:hur|var|vart|how|where)\b(?: \w+){0,3}? "
                           r"(?:ser|se|hittar|kollar|listar|see|find|list)\b"
                           r"(?: \w+){0,6}? (?:inlagd\w*|inlagt|i boten|bokade|registrerade|entered|in the bot)\b")


# The meetings the bot holds asked for as a list ("visa mötena", "vilka möten ligger inlagda/inne?", "hur ser jag
# vilka möten som ligger inne?"): the coordinators' `möten` list, with the plan's meetings after it.
_LISTS_HELD = re.compile(r"^\W*(?:visa|lista|show|list)\b(?: \w+){0,2}? (?:moten|motena|meetings)\b|"
                         r"\b(?:moten|motena|meetings)\b(?: \w+){0,3}? (?:ligger|finns|ar) (?:\w+ )?"
                         r"(?:inlagd\w*|inlagt|inne|i boten|registrerade)\b|"
                         r"\b(?:hur|var|how|where)\b(?: \w+){0,3}? (?:ser|se|hittar|kollar|see|find)\b"
                         r"(?: \w+){0,2}? (?:moten|motena|meetings)\b")
# Who has accepted a meeting ("vilka som tackat ja till 11 mars", "who accepted the invitation"): not kept.
_ATTENDANCE = re.compile(r"\btacka\w* (?:ja|nej)\b|\banmal(?:t|da|de|ningar\w*)\b|\bkommer till\b|\baccepted\b|"
                         r"\brsvp\w*|\bwho(?:'s| is)? (?:coming|attending)\b|\bvilka (?:som )?(?:kommer|deltar)\b")


def _attendance_line(lang: Language) -> str:
    # README "In Teams": meetings are kept for their reminders (add, move, cancel); no invitations or replies.
    return t(lang, "Vilka som har tackat ja kan jag inte visa: jag skickar inga inbjudningar och håller inte reda på "
                   "vilka som kommer – mötena finns hos mig för påminnelsernas skull. Fråga samordnarna.",
             "Who has accepted I cannot show: I send no invitations and do not keep track of who is coming – the "
             "meetings are with me for the reminders. Ask the coordinators.")


_ASKER_OWN = frozenset("vi vart vara var jag mitt min we our i my".split())
_OTHERS_ASKED = frozenset("andra andras ovriga alla vilka vem vilken others other all which who status inspel input "
                          "inspelen samordnarna coordinators".split())


# "Hur ser jag om det kommit in?", "hur vet jag att den gått fram?", "how do I check that it got through?": whether
# "it" – one thing the asker sent – arrived. A question cut out of a message ("Vi har lämnat vårt remissvar men fick
# inget kvitto. Hur ser jag om det kommit in?") has lost the sentence naming the response, and was read as who has
# answered, told "only the coordinators see that" (b79 #76). Not the expletive "det" of "om det kommit in några
# svar" (others' responses, which the coordinators see): nothing may follow the verb's particle but the end.
IT_ARRIVED = re.compile(
    r"\b(?:om|att|ifall|huruvida) (?:det|den|vart \w+|ert \w+|remissvaret|svaret)(?: (?:verkligen|faktiskt|nu|har|"
    r"ens|alls|redan|val))* (?:kommit|kom|gatt|gick|natt|nadde|hamnat) (?:in|fram|igenom|ratt)\b(?! \w)|"
    r"\b(?:if|whether|that) (?:it|our (?:consultation )?response|the (?:consultation )?response|our answer)"
    r"(?: (?:has|have|was|actually|really|ever|even|got|been|did))* (?:arrived|arrive|come in|came in|got through|"
    r"gone through|went through|go through|get through|been received|received|reached you|landed)\b(?! \w)")


def asks_it_arrived(q: Asked) -> bool:
    """Whether the asker asks if a thing of their own ("it") arrived, with no others asked of (IT_ARRIVED)."""
    f = folded(q.text)
    if not any(w in f for w in ("kom", "gatt", "gick", "natt", "nadde", "hamnat", "arriv", "through", "receiv",
                                "came", "come", "reach", "land")):
        return False    # cheap
    return bool(IT_ARRIVED.search(f)) and not folded_words(q.text) & _OTHERS_ASKED - {"inspel", "input"} and not (
        folded_words(q.text) & {"inspel", "inspelet", "inspelen", "input"})


def _own_response_arrived(q: Asked) -> bool:
    """Whether the asker asks if their own sent response arrived ("vi har skickat in … har det kommit fram?")."""
    if asks_it_arrived(q):
        return True
    words = folded_words(q.text)
    if not words & _ARRIVED or not words & _SENT:
        return False
    return bool(words & _ASKER_OWN) and not words & _OTHERS_ASKED and bool(words & {
        "remissvar", "remissvaret", "svar", "svaret", "response", "answer"} or "CONSULT" in q.entities.concepts)


def meetings_entered(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer | None:
    """"Hur ser jag vilka möten som ligger inlagda?", "visa mötena": the coordinators' `möten`, not the plan's
    check-in alone (b39 #66). None unless the entered meetings are asked for."""
    f = folded(q.text)
    if not _MEETING_WORD.search(f):
        return None
    listed = bool(_LISTS_HELD.search(f))
    entered = bool(_SEES_ENTERED.search(f))
    if not (entered or listed):
        return None
    text = _move_meeting(kit, q, contacts).text
    if _ATTENDANCE.search(f):
        text += "\n\n" + _attendance_line(q.language)
    if listed and not entered and not _MOVES.search(f):
        # "visa mötena": what the plan itself says of its meetings, after how to see the coordinators' list.
        text = text + "\n\n" + t(q.language, "I tidplanen:", "In the timeline:") + "\n" + meeting_answers.check_in(
            kit, q).text
    # (A list asked for – "vilka möten ligger inne nu?" – stays the check-in's topic: the plan's meetings are in it.)
    return kit.answer(q, text, topic="feature.coordinator" if entered or not listed else "check_in")


def coordinator(kit: Kit, q: Asked, contacts: tuple[str, ...]) -> Answer:
    c = q.entities.concepts
    if (booked := personal_meeting(kit, q)) is not None:
        return booked
    if _own_response_arrived(q):
        # "Vi har skickat in remissvaret – hur ser jag att det kommit fram?": what a representative sees (the
        # receipt, **remissvar**), not who has answered (b70 #80).
        return remissvar(kit, q).model_copy(update={"topic": "feature.remissvar"})
    if _ATTENDANCE.search(folded(q.text)) and (_MEETING_WORD.search(folded(q.text)) or any(
            i.kind == "meeting" for i in q.entities.items_on_day)):
        # "kan jag se vilka som tackat ja till 11 mars?": replies to a meeting are not kept – not who has answered
        # the consultation.
        return kit.answer(q, _attendance_line(q.language))
    if (overview := coordinator_overview(kit, q)) is not None:
        return overview
    if (requests := _coordinator_requests(kit, q, contacts)) is not None:
        return requests
    if "INSPEL" in c and "EXPORT" not in c and set(re.findall(r"[\wåäö]+", q.text.casefold())) & {"alla", "all"}:
        # "kan samordnarna se alla inspel?": the inspel answer says where (the tab's Inspel page), not `status`.
        return inspel(kit, q)
    if _erases(q.text) and folded_words(q.text) & _EXPORTS:
        return privacy(kit, q, contacts)    # "raderas det ur exporten vi redan gjort?": the erasure and the exports
    if _erases(q.text) and _PERSONAL.search(folded(q.text)) and set(tokens(fold(q.text))) & _SOMEONE_ELSE:
        # "en partner har slutat och vill att vi raderar hennes uppgifter – hur gör jag som samordnare?": the GDPR
        # command, not who has answered.
        return privacy(kit, q, contacts)
    meeting = "MEETING" in c or any(w.startswith("avstamning") or w.endswith(("mote", "motet"))
                                    for w in folded_words(q.text))
    if meeting and (c & {"MOVE", "CHANGE"} or _CANCELS.search(folded(q.text))) and not _adds_meeting(q):
        return _move_meeting(kit, q, contacts)
    if meeting and _LISTS_MEETINGS.search(folded(q.text)) and not _asks_status(q.text):
        # "Which meetings are scheduled in the bot?": the coordinators' `möten`, not who has answered.
        return _move_meeting(kit, q, contacts)
    if "REMIND" in c and "EXPORT" not in c and _WHO_ANSWERED.search(fold(q.text)):
        # "Vilka har inte svarat än? Jag vill påminna dem": who has answered is asked (`status`), the reminders
        # after it, not in its place.
        told = reminders(kit, q)
        return told.model_copy(update={"text": _status_text(q.language).rstrip() + "\n\n" + told.text})
    if "REMIND" in c and "EXPORT" not in c:
        # "Som samordnare vill jag ha påminnelserna i en annan kanal": the reminders' own answer says how.
        return reminders(kit, q)
    if set(tokens(fold(q.text))) & _ASKS_EXTENSION or (q.entities.organisations and _MORE_TIME.search(folded(
            q.text)) and not _asks_status(q.text)):
        # "kan jag som samordnare ge Lindesberg anstånd?", "Karlskoga har bett om några extra veckor": the command,
        # not who has answered.
        return extension(kit, q, contacts)
    if "MEETING" in c and _adds_meeting(q):
        # "hur lägger man in ett nytt möte?": the coordinators' command, not who has answered.
        text = t(q.language, "Ett möte lägger en samordnare in med **nytt möte** här i chatten (eller på sidan "
                             "**Möten och påminnelser** i fliken i Teams); påminnelserna planeras då av sig själva. "
                             "Är du inte samordnare, be samordnarna. ",
                 "A coordinator adds a meeting with **new meeting** here in the chat (or on the **Meetings and "
                 "reminders** page of the tab in Teams); the reminders are then planned by themselves. If you are "
                 "not a coordinator, ask the coordinators. ")
        return kit.answer(q, text + _coordinators(kit, contacts, q))
    if "MEETING" in c and c & {"MOVE", "CHANGE"}:
        return _move_meeting(kit, q, contacts)
    if (scope := export_scope(kit, q)) is not None:
        return scope
    if "EXPORT" not in c and (taken := export_how(kit, q, contacts)) is not None:
        return taken
    if "EXPORT" in c:
        # "Jag är samordnare, hur exporterar jag alla inspel och remissvar?", "kan vi få allt som Excel?": how, and
        # that it is the coordinators'.
        if re.search(r"\b(?:inte|ej|not) (?:en |a )?(?:samordnare|coordinator)\b", fold(q.text)):
            # "Jag är inte samordnare men chefen vill ha allt i Excel": only they can, so ask them.
            text = t(q.language, "Export gör bara samordnarna: de får inspel och remissvar som CSV och Excel med "
                                 "**export**. Be dem om filen. ",
                     "Only the coordinators export: they get the input and responses as CSV and Excel with "
                     "**export**. Ask them for the file. ")
            return kit.answer(q, text + _coordinators(kit, contacts, q))
        # "Kan vi få allt som Excel?": who can; a coordinator asking, or asking how, is told how.
        can = t(q.language, "Det kan samordnarna – ", "The coordinators can – ") if (
            is_yes_no(q.text) or _CAN_WE.search(folded(q.text)) or _CAN_YOU.search(folded(q.text))) and not (
            _SAYS_COORDINATOR.search(fold(q.text)) or folded_words(q.text) & {"hur", "how"}) else ""
        text = _export_text(q.language)
        return kit.answer(q, (can + lower_first(text) if can else text) + _coordinators(kit, contacts, q))
    if (_asks_status(q.text) or _WHO_ANSWERED.search(fold(q.text))) and _NOT_COORDINATOR.search(fold(q.text)):
        # "Jag är inte samordnare. Kan jag se vilka som har lämnat inspel med status?": what they see leads.
        yes_no = is_yes_no(q.text) or bool(_CAN_WE.search(folded(q.text)) or re.search(
            r"\b(?:kan|far) jag\b|\b(?:can|may) i\b", folded(q.text)))
        return kit.answer(q, _status_not_coordinator(q.language, yes_no) + _coordinators(kit, contacts, q))
    if "INSPEL" in c and _asks_status(q.text) and "status" not in folded_words(q.text):
        return kit.answer(q, _inspel_count_text(q.language) + _coordinators(kit, contacts, q))
    if "status" in folded_words(q.text) or (_SAYS_COORDINATOR.search(fold(q.text)) and folded_words(q.text) & {
            "svarat", "svarade", "svar", "lamnat", "inkomna", "answered", "responded"}):
        # "jag vill se status för alla organisationer": the coordinators' `status` (README "In Teams").
        yes = t(q.language, "Ja. ", "Yes. ") if is_yes_no(q.text) or _CAN_WE.search(folded(q.text)) else ""
        if yes and not _SAYS_COORDINATOR.search(fold(q.text)):
            # "Kan jag köra status?", "kan du visa status på vilka som svarat?" from one who may not be a coordinator:
            # who can leads, as for export – a bare "Ja." told a partner they could (b78 #78).
            return kit.answer(q, t(q.language, "Det kan samordnarna – ", "The coordinators can – ") + lower_first(
                _status_text(q.language)) + _coordinators(kit, contacts, q))
        return kit.answer(q, yes + _status_text(q.language) + _coordinators(kit, contacts, q))
    if _MOVES.search(folded(q.text)) and not (c & {"CONSULT", "RESPOND", "DEADLINE", "ORGWORD", "MYORG"} or
                                             q.entities.organisations):
        # "…och kan jag flytta ett om det krockar?": what a coordinator moves in the bot is a meeting (README "In
        # Teams"), not who has answered.
        return _move_meeting(kit, q, contacts)
    # "Where can I see who has answered?": the coordinators' `status` and the tab's Remissvar page, where a
    # partner sees their own organisation's row (README "The Teams tab").
    text = t(q.language, *_ONLY_COORDINATORS_SEE)
    return kit.answer(q, text + _coordinators(kit, contacts, q))


_WHERE = frozenset("nanstans nagonstans nagon stans var vart where anywhere somewhere hitta hittar find flik fliken "
                   "tab".split())


def asks_where_in_teams(text: str) -> bool:
    """"Kan man se tidplanen nånstans i Teams?": where in Teams, which the tab answers (not the card alone)."""
    asked = folded_words(text)
    return "teams" in asked and bool(asked & _WHERE)


_OVERVIEW = frozenset("overblick overblicken oversikt oversikten overview helhetsbild hitta hittar find".split())


def overview(kit: Kit, q: Asked) -> Answer | None:
    """"Var hittar jag en överblick över tidplanen och kommande möten?": where, not the timeline itself – the card,
    the tab's Översikt and the reminders (README, "In Teams" and "The Teams tab"). None unless asked so."""
    if not ("MEETING" in q.entities.concepts and folded_words(q.text) & _OVERVIEW):
        return None
    text = t(q.language, "Överblicken finns på tre ställen: skriv **tidplan** här i chatten, så får du tidplanen som "
                         "kort med dagens datum markerat. I Teams-fliken visar **Översikt** tidplanen som bild, nästa "
                         "möten och kalendern att prenumerera på. Och **påminnelser** visar vad som är på gång.",
             "You find the overview in three places: write **timeline** here in the chat for the timeline as a card "
             "with today marked. In the Teams tab, **Overview** shows the timeline as a picture, the next meetings "
             "and the calendar to subscribe to. And **reminders** shows what is coming.")
    return kit.answer(q, text, action="timeline")


def calendar(kit: Kit, q: Asked) -> Answer:
    if "TAB" in q.entities.concepts or asks_where_in_teams(q.text):
        text = t(q.language, "Ja: i Teams finns en flik för uppdateringen. Under **Översikt** ser du tidplanen som "
                             "bild (med dagens datum och remissens dagar kvar), nästa möten och kalendern att "
                             "prenumerera på. Den finns som personlig flik och som flik som ett team kan lägga till i "
                             "en kanal. Här i chatten visar **tidplan** samma tidplan.",
                 "Yes: Teams has a tab for the update. Under **Overview** you see the timeline as a picture (with "
                 "today and the consultation's days left), the next meetings and the calendar to subscribe to. It "
                 "is a personal tab and a tab a team can add to a channel. Here in the chat, **timeline** shows the "
                 "same timeline.")
        return kit.answer(q, text, action="timeline")
    text = t(q.language, "Tidplanen finns som kalender att prenumerera på, t.ex. i Outlook: välj **Lägg till i "
                         "kalendern** i tidplanskortet. Datum som bara är ungefärligt kända (som \"mitten av juni\") "
                         "är inte med.",
             "The timeline is a calendar you can subscribe to, e.g. in Outlook: choose **Add to calendar** in the "
             "timeline card. Dates known only approximately (such as \"mid-June\") are left out.")
    return kit.answer(q, text, action="timeline")


# "Var börjar jag?", "what is this bot for?": someone new asks how to start, or what the bot is for.
_WHERE_START = re.compile(r"\b(?:var|vart|hur) (?:ska |kan |bor )?(?:jag|man|vi) (?:borja|borjar)\b|"
                          r"\b(?:var|vart|hur) (?:borjar|startar) (?:jag|man|vi)\b|"
                          r"\bwhere (?:do|should|can|shall) (?:i|we) (?:start|begin)\b|\bwhere to (?:start|begin)\b|"
                          r"\bhow do (?:i|we) (?:start|begin)\b")
# "hur kommer hon in i boten?", "how does a new colleague get into the bot?": someone new, asked alone (with "… och när
# öppnar remissen?" both parts are answered in turn).
_GET_IN = re.compile(r"\bhur (?:kommer|gar) (?:jag|vi|man|hon|han|hen|de|dom|nya \w+) (?:in i|igang (?:med|i)) "
                          r"(?:boten|dig|chatten)\b|\bhow (?:do|does|can) (?:i|we|she|he|they|a new \w+|new \w+) "
                          r"(?:get (?:into|in to|access to|going with)|start (?:using|with)) (?:the bot|you|"
                          r"this bot)\b")


def _gets_in(q: Asked) -> bool:
    return bool(_GET_IN.search(folded(q.text))) and not q.entities.concepts & {"WHEN", "CONSULT"}
_WHAT_FOR = re.compile(r"\bwhat (?:is|are) (?:this |the )?(?:bot |you )?(?:for|used for)\b|\bwhat (?:is|are) "
                       r"(?:this|the) (?:bot|chat|assistant)\b.*\bfor\b|\bwhat do (?:i|we) use (?:you|this|the bot|"
                       r"this bot) for\b|\bvad (?:ar|e) (?:du|boten|den har boten|det har) (?:till )?for\b.*\b(?:till "
                       r"for|anvands|gor)\b|\bvad (?:ar|e) (?:du|boten|den har boten) till for\b|"
                       r"\bvad (?:anvands|anvander (?:man|jag|vi)) (?:du|dig|boten|den har boten) (?:till|for)\b|"
                       r"\bvad (?:ska |kan |bor )?(?:jag|vi|man) (?:ska |kan |bor )?(?:anvanda|ha) (?:dig|boten|den "
                       r"har boten) (?:till|for)\b|"
                       # "vad ska boten användas till nu?", "vad kan du användas till?": the same, in the passive
                       r"\bvad (?:ska|skall|kan|bor|far) (?:du|boten|botten|den har boten|den) (?:\w+ )?anvandas "
                       r"(?:till|for)\b|\bwhat (?:is|are|will|can|should) (?:this |the )?(?:bot|you) (?:\w+ )?(?:be )?"
                       r"used for\b|"
                       # "jag fattar inte vad jag ska använda dig till": the same question, told as confusion
                       r"\bwhat (?:i|we) (?:can|could|should|am supposed to|are supposed to) (?:use|do with) "
                       r"(?:you|this bot|the bot)\b|\bwhat to (?:use|do with) (?:you|this bot|the bot)\b")
_WHAT_BOT = re.compile(
                       # "vad är det här för bot?", "vad e detta för en tjänst?", "what kind of bot is this?": what the
                       # bot is, of something met (a colleague's link may follow; "vad är du för bot?" is talk's)
                       r"\bvad (?:ar|e) (?:det har|detta|det|den har|den har boten|boten) for (?:en |nagon |nan )?"
                       r"(?:bot|botten|tjanst|app|chatt|chattbot|chatbot|verktyg|assistent)\b|"
                       r"\bwhat (?:kind of |sort of )?(?:bot|app|service|tool|assistant|chatbot) is this\b|"
                       r"\bwhat (?:is|'s) this (?:bot|app|chatbot|service|tool|assistant)\b(?! for)")


# "… vad kan jag fråga dig om?": the help text answers that (the Teams edge shows its own).
_WHAT_ASK = re.compile(r"\bvad kan (?:jag|man|vi) fraga\b|\bvad kan du\b|\bwhat can (?:i|we|you)\b")
# What the bot is, asked in its own terms ("är du en människa?", "vem har byggt dig?"): talk.about_bot answers that.
_SELF_TERMS = frozenset({"HUMAN", "MAKER", "LANGUAGE", "INSULT"})


def asks_what_for(f: str) -> bool:
    """"vad ska boten användas till?", "what is this bot for?" (`f` folded): what the bot is for."""
    return ("what" in f or "vad" in f) and bool(_WHAT_FOR.search(f))


def asks_start(text: str, f: str | None = None, concepts: AbstractSet[str] = frozenset()) -> bool:
    """"hej, jag är ny … var börjar jag?", "What is this bot for?", "vad är det här för bot?": where to start with
    the bot, or what it is for (the last not beside the bot's own terms in `concepts`). `f`: `folded(text)`, when
    the caller has it."""
    if f is None:
        f = folded(text)
    # Substrings every reading of each pattern has, tested first: most questions have none of them.
    return bool((("borja" in f or "start" in f or "begin" in f) and _WHERE_START.search(f)) or (
        ("what" in f or "vad" in f) and (_WHAT_FOR.search(f) or (
            not concepts & _SELF_TERMS and _WHAT_BOT.search(f) and not _WHAT_ASK.search(f)))))


def orientation(kit: Kit, q: Asked) -> Answer | None:
    """Someone new, where to start and what the bot is for: the organisation link, where the plan stands today,
    and what they can do with the bot (README's "In Teams"). None unless that is asked."""
    if asks_to_write(q.text) and q.entities.concepts & {"CONSULT", "RESPOND"}:
        # "Vad kan du? Min kollega sa att du skriver remissvaret åt oss automatiskt": the premise is wrong, and is
        # said so first; then what the bot does.
        lang = q.language
        text = _no_writing(kit, q) + "\n\n" + t(lang, "Det här gör jag:", "This is what I do:") + "\n" + "\n".join(
            t(lang, sv, en) for sv, en in (
                ("- svarar på frågor om tidplanen, faserna, remissen och vem som gör vad",
                 "- answer questions about the timeline, the phases, the consultation and who does what"),
                ("- **inspel** – tar emot förslag på vad som ska uppdateras", "- **input** – take proposals on what "
                 "should be updated"),
                ("- **remissvar** – er organisations remissvar: utkast, inskickning och kvitto",
                 "- **response** – your organisation's consultation response: draft, submit, receipt"),
                ("- **påminnelser** – påminner inför möten och remissens sista dag",
                 "- **reminders** – remind before meetings and the consultation's last day"),
                ("- **hjälp** – allt jag kan", "- **help** – everything I can do")))
        return kit.answer(q, text, topic="about_bot", action="remissvar")
    if not (asks_start(q.text, concepts=q.entities.concepts) or _gets_in(q)):
        return None     # (not "vad är du för en bot, och vem har byggt dig?": talk.about_bot, in its own terms)
    f = folded(q.text)
    lang, title = q.language, kit.process.title.get(q.language)
    purpose = t(lang, f"Jag är boten för partnerna i **{title}** ({kit.process.owner}): jag svarar på frågor om "
                      "tidplanen, faserna, rollerna och orden i underlaget, tar emot inspel, hjälper er organisation "
                      "att skriva och skicka in remissvaret och skickar påminnelser.",
                f"I am the bot for the partners in **{title}** ({kit.process.owner}): I answer questions about the "
                "timeline, the phases, the roles and the terms in the material, take your input (inspel), help your "
                "organisation draft and submit its consultation response (remissvar) and send reminders.")
    lines = [purpose] if _WHAT_FOR.search(f) or _WHAT_BOT.search(f) else []
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    sources: list[str] = []
    if named and lines:
        p_name = kit.process.partnership.name.get(lang)
        lines.append(t(lang, f"{named[0].name} är med i {p_name}.",
                       f"{named[0].name} is a member of {lower_first(p_name)}."))
        sources += [kit.process.partnership.source, named[0].source]
    start = getting_started(kit, q)
    lines.append(start if lines else t(lang, "Börja här: ", "Start here: ") + lower_first(start.split(": ", 1)[1]))
    now = phase_answers.current(kit, q)
    lines.append(now.text.split("\n")[0])
    sources += now.sources
    lines.append(t(lang, "Det här kan du göra med mig:", "What you can do with me:") + "\n" + "\n".join(t(lang, sv, en)
                 for sv, en in (
        ("- fråga med egna ord, till exempel *Vad händer nu?* eller *När går remissen ut?*",
         "- ask in your own words, for example *What is happening now?* or *When does the consultation open?*"),
        ("- **inspel** – lämna förslag på vad som ska uppdateras", "- **input** – propose what should be updated"),
        ("- **remissvar** – er organisations remissvar: utkast, inskickning och kvitto",
         "- **response** – your organisation's consultation response: draft, submit, receipt"),
        ("- **tidplan** och **påminnelser** – tidplanen och vilka påminnelser som kommer",
         "- **timeline** and **reminders** – the timeline and the reminders to come"),
        ("- **hjälp** – allt jag kan", "- **help** – everything I can do"))))
    # Not "help": the Teams edge answers that topic with its own help text (bot/features/questions.py).
    return kit.answer(q, "\n\n".join(lines), sources, topic="about_bot")


_CHANNEL = re.compile(r"\bkanal\w*|\bchannels?\b|\bgruppchatt\w*|\bgroup ?chats?\b|\bteamet\b|\bin (?:a |the )?team\b")


# Whether the bot works there is asked ("funkar du i kanalen?", "can I use it in a channel?"); "jag har gått med i
# kanalen, vad kan du?" asks what it can do.
_WORKS = re.compile(r"\b(?:funk\w*|fungera\w*|works?|anvand\w*|use|prata\w*|skriv\w*|talk\w*|mention\w*|namn\w*|"
                    r"tagg\w*|svarar|answer)\b")


def asks_channel(text: str) -> bool:
    return bool(_CHANNEL.search(folded(text)) and _WORKS.search(folded(text)))


def where_it_works(kit: Kit, q: Asked) -> Answer | None:
    """"Funkar du i kanalen också eller bara privat?": both (README "In Teams"). None unless a channel is asked."""
    if not asks_channel(q.text) or q.entities.concepts & {"REMIND", "CONSULT", "INSPEL", "MEETING"}:
        return None
    text = t(q.language, "Ja: i kanaler och gruppchattar svarar jag när du @-nämner mig, och i en personlig chatt med "
                         "mig är varje meddelande till mig. Påminnelserna skickar jag till kanalen som "
                         "samordnarna har valt.",
             "Yes: in channels and group chats I answer when you @mention me, and in a personal chat with me every "
             "message is for me. I send the reminders to the channel the coordinators "
             "chose.")
    return kit.answer(q, text, topic="about_bot")


def underlag_source(kit: Kit, q: Asked) -> Answer | None:
    """"Vilka underlag ska vi utgå ifrån?": the partners' material for the update is not named (the first phase asks
    for it); what the bot itself is built on follows. None unless which underlag is asked, by the asker for their
    own work (not "vilka underlag bygger du på?")."""
    c = q.entities.concepts
    if "UNDERLAG" not in c or "BOT" in c:
        return None
    lead, sources = phase_answers.underlag_text(kit, q.language)
    p = kit.process
    own = t(q.language, f"Själv bygger jag mina svar på processbeskrivningen *{p.source_document}* ({p.owner}).",
            f"My own answers are built on the process description *{p.source_document}* ({p.owner}).")
    text = t(q.language, "Det vet jag inte – ", "I don't know – ") + lower_first(lead)
    return kit.answer(q, f"{text}\n\n{own}", sources, topic="source")


_WHICH_UNDERLAG = re.compile(r"\bvilk(?:a|et|en) (?:underlag|rapport\w*)\b|\bwhich (?:material|documents|reports?)\b")


def which_underlag(kit: Kit, q: Asked) -> Answer | None:
    """"Vilka underlag används för uppdateringen?" read as outside the material: it is, but the material names the
    question as phase 1's work, which is worth saying after "Det vet jag inte" (still an out-of-scope answer)."""
    if not _WHICH_UNDERLAG.search(folded(q.text)) or (answer := underlag_source(kit, q)) is None:
        return None
    answer.topic = "unknown"
    return answer


# "How can I make sure I don't miss any deadlines?": the reminders and the calendar.
_KEEP_UP = re.compile(r"\b(?:inte|aldrig) missa\w*\b|\b(?:not|never|don t|dont|won t|avoid) miss\w*\b")


def asks_keep_up(text: str, joined: str | None = None) -> bool:
    """`joined`: the message's folded words joined by spaces, when the caller has them."""
    if joined is None:
        joined = " ".join(tokens(folded(text)))
    return "miss" in joined and bool(_KEEP_UP.search(joined))     # (each reading of _KEEP_UP has "miss")


def keep_up(kit: Kit, q: Asked) -> Answer | None:
    """Not missing a deadline: the channel's reminders, the personal nudges, `påminnelser`, the calendar (README)."""
    if not asks_keep_up(q.text):
        return None
    lang = q.language
    text = t(lang, "Med påminnelserna och kalendern: jag skickar påminnelser inför möten och remissens sista dag till "
                   "kanalen som samordnarna har valt, och personliga påminnelser till företrädare för organisationer "
                   "som inte har svarat på remissen. Skriv **påminnelser** för att se vilka som kommer. Tidplanen kan "
                   "du lägga i din kalender: välj **Lägg till i kalendern** i kortet som **tidplan** visar (datum som "
                   "bara är ungefärligt kända är inte med).",
             "With the reminders and the calendar: I send reminders before meetings and the consultation's last day "
             "to the channel the coordinators chose, and personal reminders to representatives of organisations that "
             "have not answered. Write **reminders** to see which are coming. You can put the timeline in your "
             "calendar: choose **Add to calendar** in the card **timeline** shows (dates known only approximately "
             "are left out).")
    return _reminders_and_now(kit, q, text)


# "kan man testa boten utan Teams?", "can I try the bot without Teams?": the terminal chat (README "Start it").
_WITHOUT_TEAMS = re.compile(r"\b(?:utan|without|inte i|not in|outside)\s+(?:\w+\s+){0,3}?teams\b")
_TRY = re.compile(r"\b(?:test\w*|prova\w*|prov\w*|demo\w*|visa|try\w*|show|kora|run)\b")
_CAN_WE = re.compile(r"\b(?:gar det|kan (?:vi|man|flera|alla)|can (?:we|several|more)|is it possible)\b")
# "vi är tre som ska skriva remissvaret ihop": several of one organisation writing its response.
# "… ingår i partnerskapet tillsammans med kommunerna": alongside the other members, not writing together
_ALONGSIDE = re.compile(r"\btillsammans med (?:de |alla |ovriga |andra )?(?:kommunerna|organisationerna|medlemmarna|"
                        r"de andra|regionen)\b|\btogether with (?:the )?(?:municipalities|organisations|organizations|"
                        r"members|others)\b")
_TOGETHER = re.compile(r"\b(?:ihop|tillsammans|together|flera av oss|several of us|samma svar|same response|"
                       r"samma (?:utkast|remissvar)|same draft|"
                       r"(?:tva|tre|fyra|fem|two|three|four|five) (?:personer|stycken|av oss|people|of us))\b")


# Other organisations' responses ("vad andra kommuner svarat", "other municipalities' responses"); "andra" is also
# folded "ändra", so the words after it tell the others from a change ("ändra ett inskickat svar" is a change).
_OTHERS_ANSWERS = re.compile(
    r"\b(?:andra(?! (?:ett|en|det|den|mitt|min|vart|sitt|sin|ert|svaret|remissvaret|ett inskickat)\b)|ovriga|andras|"
    r"other|others'?)\b(?: \w+){0,2} (?:kommuner\w*|organisationer\w*|regioner\w*|"
    r"remissinstanser\w*|aktorer\w*|parter\w*|municipalities|organisations|organizations|respondents|partners)?\W*"
    r"(?:\w+ )?(?:har )?(?:svarat|svarar|svarade|svar|skrivit|lamnat|remissvar\w*|answered|responded|responses?|"
    r"answers|written)\b")
_SEE_WORDS = frozenset("se ser sett visa visas lasa las ta del kolla tillgang synas syns see show read view access "
                       "look".split())


def others_answers(kit: Kit, q: Asked, contacts: tuple[str, ...] = ()) -> Answer | None:
    """"Kan man se vad andra kommuner svarat i remissen?": a partner sees only their own organisation's response; the
    coordinators see every respondent's state and read submitted responses (README "The Teams tab")."""
    f = folded(q.text)
    if not _OTHERS_ANSWERS.search(f) or not folded_words(q.text) & _SEE_WORDS or "INSPEL" in q.entities.concepts or (
            folded_words(q.text) & {"inspel", "inspelen", "inspelet", "input"}):
        return None                     # others' input: the inspel answer says who sees it
    text = t(q.language, "Nej, inte i boten: en partner ser bara sin egen organisations remissvar (**remissvar**, och "
                         "organisationens rad på sidan **Remissvar** i fliken i Teams). Alla remissinstansers läge och "
                         "de inskickade remissvaren ser bara samordnarna (**status** och fliken). Inskickade "
                         "remissvar är allmänna handlingar; vill du ta del av andras, fråga samordnarna. ",
             "No, not in the bot: a partner sees only their own organisation's response (**response**, and the "
             "organisation's row on the **Remissvar** page of the tab in Teams). Every respondent's state and the "
             "submitted responses only the coordinators see (**status** and the tab). Submitted responses are "
             "public documents; if you want to read others', ask the coordinators. ")
    return kit.answer(q, (text + _coordinators(kit, contacts, q)).rstrip(), topic="feature.coordinator")


# Whether the bot itself stays after the process ("finns boten kvar nästa år?", "will the bot still be around?").
_BOT_STAYS = re.compile(r"\b(?:finnas|finns|vara|leva) (?:\w+ )?kvar\b|\bkvar (?:efter|nasta|till)\b|\bnedlagd\w*|"
                        r"\bstangs? (?:ner|av)\b|\bstill (?:be )?(?:around|there|available)\b|\bshut down\b|"
                        r"\b(?:be )?(?:kept|retired|decommissioned)\b|\blaggs? (?:\w+ )?ner\b|\blagga (?:\w+ )?ner\b|"
                        r"\bavvecklas\b|\b(?:nasta|kommande) (?:uppdatering\w*|runda\w*|revidering\w*)\b|"
                        r"\bnext (?:update|round|revision)\b|\bi framtiden\b|\bin the future\b|"
                        r"\bkeep (?:running|going)\b|\bcontinue to (?:exist|run|work)\b")


# The bot itself as the one that stays ("finns du kvar", "kommer du att vara kvar", "will you still be around"),
# not "du" asking of something else ("vet du hur många dagar som finns kvar?").
_SELF_STAYS = re.compile(r"\b(?:finns|ar|lever) du (?:\w+ )?kvar\b|\bdu (?:att )?(?:\w+ )?(?:finnas|vara|leva|stanna) "
                         r"kvar\b|\b(?:will|are|do) you (?:\w+ )?(?:still )?(?:be )?(?:around|available|kept|exist|"
                         r"continue|keep (?:running|going))\b")


def asks_bot_stays(text: str) -> bool:
    f = fold(text)
    words = folded_words(text)
    if words & {"boten", "bot", "botten", "chatbot", "chatboten"}:
        return bool(_BOT_STAYS.search(f))
    return bool(_SELF_STAYS.search(f))


def bot_future(kit: Kit, q: Asked, contacts: tuple[str, ...] = ()) -> Answer | None:
    """How long the bot is kept is not in the process file nor the README: an honest don't know, and the
    coordinators to ask. None unless that is asked."""
    if not asks_bot_stays(q.text):
        return None
    title = kit.process.title.get(q.language)
    text = t(q.language, "Det vet jag inte – hur länge boten finns kvar står inte i det jag vet. Jag hjälper till med "
                         f"**{title}**; fråga samordnarna om vad som händer med boten sedan. ",
            "I don't know – how long the bot is kept is not in what I know. I help with "
             f"**{title}**; ask the coordinators what happens to the bot afterwards. ")
    return kit.answer(q, text + _coordinators(kit, contacts, q), topic="about_bot")


def own_feature(kit: Kit, q: Asked, contacts: tuple[str, ...] = ()) -> Answer | None:
    """The bot's own features asked in words the model may read as another of them (or as asking whether it is a
    human: "måste en person göra allt?"): trying it without Teams, writing one response together, what a
    coordinator can do. None unless one of these is asked."""
    f = folded(q.text)
    if (unknown := talk.when_unknown(kit, q) or talk.cannot(kit, q)) is not None:
        return unknown                  # "vad gör du om man frågar nåt du inte vet?" read as help
    if (stays := bot_future(kit, q, contacts)) is not None:
        return stays                    # "kommer boten finnas kvar nästa år?": not known
    if (named := named_commands(kit, q)) is not None:
        return named                    # "jag skrev 'möten' och 'status' men fick ett konstigt svar": read as help
    if _gets_in(q):
        return orientation(kit, q)      # "how does a new colleague get into the bot?" read as the response
    if (others := others_answers(kit, q, contacts)) is not None:
        return others                   # "se vad andra kommuner svarat": "andra" read as a change of the response
    if _WITHOUT_TEAMS.search(f) and (_TRY.search(f) or "BOT" in q.entities.concepts):
        text = t(q.language, "Ja: i terminalchatten provar du hela boten utan Teams, som en Teams-användare möter "
                             "den – kort ritas som text och knapparna numreras. Den startas på en dator med boten "
                             "installerad med **python -m bot chat** (bara i lokalt läge; se README, *Start it*).",
                 "Yes: the terminal chat lets you try the whole bot without Teams, as a Teams user meets it – cards "
                 "are drawn as text and their buttons numbered. It is started on a computer with the bot installed "
                 "with **python -m bot chat** (local mode only; see the README, *Start it*).")
        return kit.answer(q, text, topic="about_bot")
    if _TOGETHER.search(f) and ("CONSULT" in q.entities.concepts or "remissvar" in f or "response" in f) and (
            not _joint(q)):
        return remissvar(kit, q)
    return coordinator_overview(kit, q)


# -- The documented commands asked about as commands ----------------------------------------------------------------
# README "In Teams" (the command table) and bot/features (each Command and what its run accepts): the words that
# start each command line, the form to write, what it does, and whether only coordinators may use it.
class _Documented(NamedTuple):
    id: str                         # the bot's Command.id (bot/features)
    words: tuple[str, ...]          # folded words that start the command line
    form_sv: str                    # the form to write, placeholders in <>
    form_en: str
    does_sv: str                    # what it does, a verb phrase to follow "det" / "it" in an answer
    does_en: str
    coordinator_only: bool          # as the bot's Command.coordinator_only


# Longest words first, so "påminnelser här" is not read as "påminnelser".
_DOCUMENTED: tuple[_Documented, ...] = (
    _Documented("nudges.off", ("paminn mig av", "paminn mig inte", "nudges off"), "påminn mig av", "nudges off",
                "stänger av dina personliga påminnelser om remissvaret (i den personliga chatten med mig)",
                "turns off your personal nudges about the response (in the personal chat with me)", False),
    _Documented("nudges.on", ("paminn mig pa", "nudges on"), "påminn mig på", "nudges on",
                "slår på dina personliga påminnelser om remissvaret igen (i den personliga chatten med mig)",
                "turns your personal nudges about the response on again (in the personal chat with me)", False),
    _Documented("reminders.here", ("paminnelser har", "reminders here"), "påminnelser här", "reminders here",
                "skrivet i en kanal skickar det teamets påminnelser dit",
                "written in a channel it sends the team's reminders there", True),
    _Documented("reminders.off", ("paminnelser av", "reminders off"), "påminnelser av", "reminders off",
                "skrivet i en kanal stoppar det påminnelserna där",
                "written in a channel it stops the reminders there", True),
    _Documented("meetings.new", ("nytt mote", "new meeting"), "nytt möte", "new meeting",
                "lägger in ett möte som påminnelserna gäller",
                "adds a meeting the reminders are about", True),
    _Documented("meetings.move", ("flytta mote", "move meeting"), "flytta möte <id>", "move meeting <id>",
                "flyttar ett möte (id:t ser du med **möten**)",
                "moves a meeting (its id is listed by **meetings**)", True),
    _Documented("meetings.cancel", ("stall in mote", "cancel meeting"), "ställ in möte <id>", "cancel meeting <id>",
                "ställer in ett möte och dess påminnelser (id:t ser du med **möten**)",
                "cancels a meeting and its reminders (its id is listed by **meetings**)", True),
    _Documented("personal_data", ("personuppgifter", "personal data"),
                "personuppgifter <aad-id eller e-post>", "personal data <aad-id or e-mail>",
                "visar allt som är sparat om en person (GDPR), i en personlig chatt med mig; **personuppgifter radera "
                "<aad-id eller e-post>** raderar efter en bekräftelse det som får raderas (inskickade remissvar är "
                "allmänna handlingar och sparas)",
                "shows everything stored about one person (GDPR), in a personal chat with me; **personal data "
                "erase <aad-id or e-mail>** erases what may go after a confirmation (submitted responses are public "
                "documents and stay)", True),
    _Documented("extension", ("anstand", "extension"),
                "anstånd <organisation> <ÅÅÅÅ-MM-DD>", "extension <organisation> <YYYY-MM-DD>",
                "ger en organisation anstånd med remissvaret till och med den dagen",
                "gives one organisation an extension for its response until that day", True),
    _Documented("poll", ("omrostning", "poll"),
                "omröstning Fråga? | Alternativ 1 | Alternativ 2", "poll Question? | Option 1 | Option 2",
                "lägger upp en snabb omröstning i kanalen; rösterna uppdaterar kortet",
                "posts a quick poll in the channel; the votes update the card", True),
    _Documented("meetings.list", ("moten", "meetings"), "möten", "meetings",
                "listar mötena som påminnelserna gäller, med sina id",
                "lists the meetings the reminders are about, with their ids", True),
    _Documented("reminders.list", ("paminnelser", "reminders"), "påminnelser", "reminders",
                "visar vilka påminnelser som kommer",
                "shows which reminders are coming", False),
    _Documented("status", ("status",), "status", "status",
                "visar vilka som har svarat: antal inspel och remissvarets läge per remissinstans",
                "shows who has answered: input count and response state per respondent", True),
    _Documented("export", ("exportera", "export"), "export", "export",
                "ger inspel och remissvar som CSV och Excel (i den personliga chatten)",
                "gives input and responses as CSV and Excel (in the personal chat)", True),
    _Documented("organisation", ("organisation", "organization"), "organisation", "organisation",
                "visar eller väljer organisationen du företräder; en samordnare bekräftar kopplingen",
                "shows or chooses the organisation you represent; a coordinator confirms the link", False),
    _Documented("inspel", ("inspel", "input"), "inspel", "input",
                "låter dig lämna, se, ändra och dra tillbaka inspel (för bekräftade partner)",
                "lets you give, list, edit and withdraw input (confirmed partners)", False),
    _Documented("remissvar", ("remissvar", "response"), "remissvar", "response",
                "öppnar organisationens remissvar: utkast, inskickning, kvitto och historik",
                "opens the organisation's response: draft, submit, receipt, history", False),
    _Documented("timeline", ("tidplan", "tidplanen", "timeline"), "tidplan", "timeline",
                "visar tidplanen med dagens läge",
                "shows the timeline with today marked", False),
    _Documented("help", ("hjalp", "help"), "hjälp", "help",
                "listar vad jag kan och de kommandon du får använda",
                "lists what I can do and the commands you may use", False),
)

# Asked whether a command line is written right ("är det rätt syntax?", "funkar det?", "is this correct?").
_RIGHT_ASKED = re.compile(r"\bsyntax\w*|\b(?:ar|blir) (?:det|detta|den|det har) (?:ratt|korrekt|riktigt|fel)\b|"
                          r"\bratt (?:satt|format|skrivet|skrivsatt)\b|\bskrivit (?:ratt|fel)\b|"
                          r"\b(?:funkar|fungerar|stammer|gar) (?:det|detta|den|det har|det sa)\b|\bkorrekt\w*\b|"
                          r"\b(?:skulle|kommer|kan) (?:det|detta|den|det har) (?:\w+ )?(?:funka|fungera|ga)\b|"
                          r"\b(?:is|was) (?:this|that|it) (?:right|correct|ok|okay|valid)\b|\bcorrect\w*\b|"
                          r"\b(?:will|would|does) (?:this|that|it) work\b|\bformat\b")
_LINE_END = re.compile(r"\s+[–—-]\s+|\n|\s*\((?!\s*\d)|,\s+(?=(?:ar|blir|funkar|fungerar|stammer|is|will|would|does|"
                       r"right|correct|ratt)\b)", re.I)
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_ANY_DAY = re.compile(r"\b\d{1,2}(?:[/.]\d{1,2}|\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*)"
                      r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b\d{6,8}\b")


def _documented_at(line: str) -> tuple[_Documented, str] | None:
    """The documented command a line starts with, and the rest of the line (as written)."""
    f = fold(line).strip()
    for cmd in _DOCUMENTED:
        for w in cmd.words:
            if f == w or f.startswith(w + " "):
                return cmd, line.strip()[len(w):].strip()
    return None


def _quoted_command_line(text: str) -> tuple[_Documented, str, str] | None:
    """A command line the message quotes: in quotes or backticks, or written first ("anstånd Kumla 2021-10-15 – är det
    rätt?"). The command, the rest of its line and the line."""
    candidates = [m.strip() for m in re.findall(r"[`\"“”»«]([^`\"“”»«]{3,120})[`\"“”»«]", text)]
    candidates += [m.strip() for m in re.findall(r"(?<![a-zåäö])'([^']{3,120})'", text)]
    head = re.sub(r"^\W*(?:@\w+\s+)?", "", text.strip())
    first = _LINE_END.split(head, maxsplit=1)[0]
    if "|" not in first:
        first = first.split("?", 1)[0]
    candidates.append(first.strip())
    for line in candidates:
        if (found := _documented_at(line)) is not None:
            cmd, rest = found
            if cmd.id in ("inspel", "remissvar", "organisation", "timeline", "help", "reminders.list",
                          "status") and len(rest.split()) > 1:
                continue                # "remissvar – när ska det vara inne?" is a question, not a command line
            return cmd, rest, line
    return None


def _syntax_check(kit: Kit, q: Asked, cmd: _Documented, rest: str, line: str) -> str:
    """Yes or no, and the documented form, for one quoted command line (what bot/features' run of it accepts)."""
    lang = q.language
    cid, form_sv, form_en = cmd.id, cmd.form_sv, cmd.form_en
    form = f"**{t(lang, form_sv, form_en)}**"
    who = t(lang, " Kommandot är samordnarnas.", " The command is the coordinators'.") if cmd.coordinator_only else ""
    ok = t(lang, f"Ja, **{line}** är rätt skrivet: ", f"Yes, **{line}** is written right: ")
    if cid == "extension":
        m = _ISO_DAY.search(rest)
        names = {o.id: o for o in q.entities.organisations if o.id in {p.id for p in kit.process.organisations}}
        rest_f = fold(rest[:m.start()] if m else rest)
        org = next((o for o in names.values() if any(w in rest_f.split() for w in fold(o.name).split()
                                                     if len(w) > 3 and w not in ("kommun", "region", "lans"))), None)
        example = t(lang, f"**anstånd {org.name.split()[0] if org else 'Kumla'} 2021-10-15**",
                    f"**extension {org.name.split()[0] if org else 'Kumla'} 2021-10-15**")
        day = None
        if m:
            try:
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                day = None
        if org is None:
            return t(lang, f"Nej: efter **anstånd** kommer organisationen och sedan sista dagen, till exempel "
                           f"{example} ({form}).", f"No: **extension** is followed by the organisation and then the "
                                                    f"last day, for example {example} ({form}).") + who
        if day is None:
            return t(lang, f"Nej: sista dagen skrivs ÅÅÅÅ-MM-DD, till exempel {example}.",
                     f"No: the last day is written YYYY-MM-DD, for example {example}.") + who
        last = consultation_last_day(kit.process)
        if last is not None and day <= last:
            return t(lang, f"Nej: anståndet måste gå längre än remisstiden, som slutar {format_date(last, lang)}. "
                           f"Formen är {form}.", f"No: the extension must go beyond the consultation, which ends "
                                                 f"{format_date(last, lang)}. The form is {form}.") + who
        return ok + t(lang, f"{org.name} får anstånd med remissvaret till och med {format_date(day, lang)}, och jag "
                            "tar emot organisationens remissvar till och med den dagen. Kommandot är samordnarnas; "
                            "**anstånd** utan något efter listar de anstånd som är beviljade.",
                      f"{org.name} gets an extension for its response until {format_date(day, lang)} inclusive, and I "
                      "accept its response until that day. The command is the coordinators'; **extension** with "
                      "nothing after it lists the extensions granted.")
    if cid == "poll":
        parts = [p.strip() for p in rest.split("|")]
        if len(parts) >= 3 and parts[0] and all(parts[1:]) and len(parts) - 1 <= 10:
            return ok + t(lang, f"frågan först, sedan {len(parts) - 1} alternativ, åtskilda med |. Skriv det i "
                                "kanalen (@-nämn mig där); rösterna uppdaterar kortet.",
                          f"the question first, then {len(parts) - 1} options, separated by |. Write it in the "
                          "channel (@mention me there); the votes update the card.") + who
        return t(lang, f"Nej: frågan och 2–10 alternativ skiljs åt med |: {form}.",
                 f"No: the question and 2–10 options are separated by |: {form}.") + who
    if cid in ("personal_data", "meetings.move", "meetings.cancel"):
        if rest and not (cid == "personal_data" and fold(rest) in ("radera", "erase", "delete")):
            return ok + t(lang, cmd.does_sv + ".", cmd.does_en + ".") + who
        return t(lang, f"Nej, det behövs mer efter kommandot: {form} – det {cmd.does_sv}.",
                 f"No, it needs more after the command: {form} – it {cmd.does_en}.") + who
    if rest and not re.fullmatch(r"[\W_]*", rest):
        return t(lang, f"Nej: kommandot är bara {form}, utan något efter – det {cmd.does_sv}.",
                 f"No: the command is just {form}, with nothing after it – it {cmd.does_en}.") + who
    return ok + t(lang, cmd.does_sv + ".", cmd.does_en + ".") + who


# "kan jag ge anstånd till alla kommuner på en gång?", "extension for all organisations at once?": one command per
# organisation, as documented.
_ALL_AT_ONCE = re.compile(r"\bpa en (?:och samma )?gang\b|\bsamtidigt\b|\bi ett svep\b|\bpa ett bratt\b|"
                          r"\b(?:alla|flera|samtliga) (?:kommuner\w*|organisation\w*|remissinstans\w*|partner\w*)\b|"
                          r"\ball (?:the )?(?:municipalities|organisations|organizations|respondents)\b|"
                          r"\bat once\b|\bin one go\b|\bbulk\b")
_WEEKS = re.compile(r"\b(\d+|en|ett|tva|tre|fyra|one|two|three|four) (?:veckor|veckors|vecka|weeks?)\b")


def _per_organisation(kit: Kit, q: Asked) -> str:
    lang = q.language
    text = t(lang, "Nej, inte med ett kommando: anstånd ges för en organisation i taget. En samordnare skriver "
                   "**anstånd <organisation> <ÅÅÅÅ-MM-DD>** för var och en, till exempel **anstånd Kumla 2021-10-15**.",
             "No, not with one command: an extension is for one organisation. A coordinator writes **extension "
             "<organisation> <YYYY-MM-DD>** for each, for example **extension Kumla 2021-10-15**.")
    last = consultation_last_day(kit.process)
    if last is not None and (m := _WEEKS.search(folded(q.text))):
        n = dated.number_of(m.group(1))
        if 1 <= n <= 12:
            day = last + dt.timedelta(weeks=n)
            text += " " + t(lang, f"{n} veckor efter remissens sista dag ({format_date(last, lang)}) är "
                                  f"{format_date(day, lang)}: **{day.isoformat()}**.",
                            f"{n} weeks after the consultation's last day ({format_date(last, lang)}) is "
                            f"{format_date(day, lang)}: **{day.isoformat()}**.")
    return text


# "Hur väljer jag vem jag svarar för?", "how do I pick which organisation I answer for?": the organisation command.
_CHOOSE_ORG = re.compile(r"\b(?:hur|var|how|where)\b(?: \w+){1,4}? (?:vem|vilken|vilket|which|whom?)\b(?: \w+){0,4}? "
                         r"(?:svarar|svara|foretrader|foretrada|representerar|representera|star som|kopplad|"
                         r"answer|represent|speak|linked)\b")
_BOTH = frozenset("bade tva flera bada both two several".split())


def _choose_organisation(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    text = t(lang, "Det väljer du med **organisation**: skriv det och välj organisationen du företräder i listan; en "
                   "samordnare bekräftar sedan kopplingen. Tills den är bekräftad kan du inte lämna inspel och "
                   "remissvar för organisationen.",
             "You choose it with **organisation**: write it and pick the organisation you represent from the list; a "
             "coordinator then confirms the link. Until it is confirmed you cannot give input or responses for it.")
    if folded_words(q.text) & _BOTH:
        text += " " + t(lang, "Du är kopplad till en organisation i taget: väljer du en annan gäller den nya "
                              "kopplingen när en samordnare har bekräftat den.",
                        "You are linked to one organisation at a time: choosing another one, the new link holds once "
                        "a coordinator has confirmed it.")
    return kit.answer(q, text, action="organisation", topic="feature.organisation")


# "Min företrädare lämnade inspel – kan jag se dem?", "can I see what my predecessor sent?": someone else's inspel.
_PREDECESSOR = frozenset("""foretradare foregangare foretradaren foregangaren kollega kollegan kollegas kollegans hon
han hennes hans predecessor colleague""".split())
_INSPEL_WORDS = frozenset("inspel inspelen inspelet input inputs".split())
_SEE_OTHERS = re.compile(r"\b(?:se|ser|visa|visar|hitta|hittar|lista|kolla|ta reda pa|see|show|find|list|check)\b")


def others_inspel(kit: Kit, q: Asked) -> Answer | None:
    """What inspel someone else of the organisation gave (a predecessor's): **inspel** lists the inspel one has given
    oneself (bot/features/inspel.py lists the user's own); the coordinators see every inspel, filterable by
    organisation, on the tab's Inspel page (README "The Teams tab"). None unless that is asked."""
    words = folded_words(q.text)
    if not (words & _INSPEL_WORDS and words & _PREDECESSOR and _SEE_OTHERS.search(folded(q.text))) or not (
            words & {"skickat", "lamnat", "lamnade", "lamna", "sent", "gave", "given", "submitted"}) or (
            _erases(q.text) or words & {"samordnare", "coordinator"}):
        return None
    lang = q.language
    text = t(lang, "I boten ser du bara de inspel du själv har lämnat: **inspel** listar dem (när du har valt din "
                   "organisation med **organisation** och en samordnare har bekräftat kopplingen). Inspel som någon "
                   "annan i organisationen har lämnat, till exempel din företrädare, ser samordnarna: på sidan "
                   "**Inspel** i fliken i Teams kan de filtrera per organisation. Fråga dem. ",
             "In the bot you see only the input you have given yourself: **input** lists it (once you have chosen "
             "your organisation with **organisation** and a coordinator has confirmed the link). Input given by "
             "someone else in the organisation, such as your predecessor, the coordinators see: on the **Inspel** "
             "page of the tab in Teams they can filter by organisation. Ask them. ")
    return kit.answer(q, text.rstrip(), topic="feature.inspel", action="inspel")


# A command named as a command ("kommandot X", "X-kommandot", "the X command", "kommandot för X") and asked how to
# use or what it does ("hur skriver jag", "vad gör", "vilken syntax", "how do I use").
_NAMED_AS_COMMAND = (re.compile(r"\bkommandot (?:for )?(\w+(?: \w+){0,2})"),
                     re.compile(r"\b(\w+(?: \w+){0,2})-?kommandot\b"), re.compile(r"\bthe (\w+(?: \w+)?) command\b"),
                     re.compile(r"\bcommand (?:for )?(\w+(?: \w+){0,2})"))
_HOW_USE = re.compile(r"\bhur (?:skriver|skriva|anvander|anvanda|funkar|fungerar|gor)\b|\bvad gor\b|\bsyntax\w*|"
                      r"\bhur (?:ska|skall|bor) (?:jag|vi|man) skriva\b|"
                      r"\bhow (?:do|does|should|can) (?:i |we |it |one )?(?:use|write|type|work)\b|\bwhat does\b|"
                      r"\bhow to (?:use|write)\b")


def _named_command(text: str) -> _Documented | None:
    f = fold(text)
    for m in (m for pattern in _NAMED_AS_COMMAND for m in pattern.finditer(f)):
        named = m.group(1).strip()
        for cmd in _DOCUMENTED:
            for w in cmd.words:
                if named == w or named.startswith(w + " ") or named.endswith(" " + w):
                    return cmd
    return None


# The commands that take arguments (README "In Teams"), typed at the start of a message that asks how to write them:
# "anstånd ljusnarsberg till 15 okt hur skriver jag", "omröstning lunch eller middag – hur gör jag?".
_WITH_ARGUMENTS = frozenset({"extension", "poll", "personal_data", "meetings.move", "meetings.cancel"})


def _typed_command(text: str) -> _Documented | None:
    f = fold(text).lstrip(" \t\n\"'`*-@")
    for cmd in _DOCUMENTED:
        if cmd.id in _WITH_ARGUMENTS and any(f == w or f.startswith(w + " ") for w in cmd.words):
            return cmd
    return None


def _filled(q: Asked, cmd: _Documented) -> str | None:
    """The command line with the asker's own arguments filled in where the question gives them: the organisation
    and day of an extension, the options (and question) of a poll; None when it gives none."""
    lang = q.language
    if cmd.id == "extension" and q.entities.organisations:
        period = q.entities.period
        day = period.first.isoformat() if period is not None and period.day else t(lang, "ÅÅÅÅ-MM-DD", "YYYY-MM-DD")
        return t(lang, "anstånd ", "extension ") + f"{q.entities.organisations[0].name} {day}"
    if cmd.id == "poll" and (options := _poll_options(q.text)):
        asked = _poll_question(q.text, options) or t(lang, "Din fråga?", "Your question?")
        return t(lang, "omröstning ", "poll ") + asked + " | " + " | ".join(options)
    return None


def _usage(q: Asked, cmd: _Documented) -> str:
    lang = q.language
    if (line := _filled(q, cmd)) is not None:
        text = t(lang, f"Skriv **{line}**: det {cmd.does_sv}.", f"Write **{line}**: it {cmd.does_en}.")
        if cmd.id == "extension":
            text += t(lang, " Formen är **anstånd <organisation> <ÅÅÅÅ-MM-DD>**, en organisation per kommando.",
                      " The form is **extension <organisation> <YYYY-MM-DD>**, one organisation per command.")
        elif cmd.id == "poll":
            text += t(lang, " Frågan först, sedan alternativen, åtskilda med |; skriv det i kanalen.",
                      " The question first, then the options, separated by |; write it in the channel.")
    else:
        text = t(lang, f"Skriv **{cmd.form_sv}**: det {cmd.does_sv}.", f"Write **{cmd.form_en}**: it {cmd.does_en}.")
    if cmd.id == "extension" and line is None:
        text += t(lang, " Till exempel **anstånd Kumla 2021-10-15**, en organisation per kommando.",
                  " For example **extension Kumla 2021-10-15**, one organisation per command.")
    if cmd.id == "organisation" and asks_two_organisations(q):
        text += " " + one_organisation_at_a_time(lang)
    if cmd.coordinator_only:
        text += t(lang, " Kommandot är samordnarnas; skriver någon annan det svarar jag att det är bara för "
                        "samordnarna.", " The command is the coordinators'; if anyone else writes it, I answer that it "
                                    "is for the coordinators only.")
    return text


# "Vi skickade in remissvaret två gånger – vilken gäller, kan ni ta bort den första?": submitted twice.
_TWICE = re.compile(r"\btva ganger\b|\bdubbelt\b|\btwice\b|\btva (?:versioner|svar)\b|\btwo (?:versions|responses)\b|"
                    r"\bskick\w* (?:in )?(?:\w+ )?(?:igen|en gang till)\b")


# "har vi skickat in vårt remissvar?", "has my colleague submitted it?": whether it was sent, asked.
_HAVE_WE_SENT = re.compile(r"\bhar (?:vi|ni|jag|de|hon|han|kollegan|min kollega|nagon) (?:\w+ ){0,4}?(?:skickat|"
                           r"lamnat)\b|\b(?:have|has|did) (?:we|i|they|she|he|my colleague|anyone|someone) "
                           r"(?:\w+ ){0,2}?(?:submitted|sent|submit|send)\b|"
                           # "Skickade vi in vårt remissvar i tid?", "hann ni lämna in det?", "har vårt svar kommit
                           # in?", "was our response submitted?": whether it was sent, in the past or passive
                           r"\b(?:skickade|lamnade) (?:vi|ni|jag|de) (?:\w+ )?(?:in|ivag)\b|"
                           r"\bhann (?:vi|ni|jag|de) (?:\w+ ){0,2}?(?:skicka|lamna)\b|"
                           r"\b(?:har|ar|blev) (?:vart|ert|mitt|deras|organisationens) (?:remis)?"
                           r"svar\w* (?:\w+ )?(?:kommit (?:in|fram)|inskickat|skickats|skickat|inkommit|registrerat)\b|"
                           r"\b(?:was|has|is|did) (?:our|my|their) (?:consultation )?(?:response|answer) (?:\w+ )?"
                           r"(?:submitted|sent|received|arrive|come in|get in|go in|in on time)\b")
_RESPONSE_NAMED = frozenset("""svar svaret remissvar remissvaret yttrande yttrandet response answer""".split())


def asks_have_we_sent(folded_text: str) -> bool:
    """"Hann vi lämna in vårt svar?", "did we submit our response?": whether the response was sent, the response
    named (not "har ni skickat ut remissen?")."""
    return bool(set(tokens(folded_text)) & _RESPONSE_NAMED) and bool(_HAVE_WE_SENT.search(folded_text))


# "jag vill inte skicka dubbelt", "to avoid sending it twice": a double submission feared, not made – whether it was
# sent at all is asked (b54 #72: "which version counts" answered a question not asked).
_TWICE_FEARED = re.compile(r"\b(?:inte|ej|undvika|undvik|slippa|not|avoid|don[' ]?t)\s+(?:\w+\s+){0,2}?"
                           r"(?:skicka|skickar|lamna|submit|submitting|send|sending)\s+(?:\w+\s+){0,2}?"
                           r"(?:dubbelt|tva ganger|twice|en gang till|igen|again)\b")


def _submitted_twice(kit: Kit, q: Asked) -> Answer:
    lang = q.language
    text = t(lang, "Vilken version som gäller står inte i det jag vet – fråga samordnarna. Inskickade remissvar är "
                   "allmänna handlingar och ligger kvar, så den första tas inte bort. Under **remissvar** ser ni "
                   "historiken: de inskickade versionerna med kvitto.",
             "Which version counts is not in what I know – ask the coordinators. Submitted responses are public "
             "documents and stay, so the first one is not removed. Under **response** you see the history: the "
             "submitted versions with their receipts.")
    return kit.answer(q, text, topic="feature.remissvar", action="remissvar")


def _command_topic(q: Asked, cmd: _Documented) -> str:
    """One command explained is its feature's answer, not the help list (b73 #22, b74 #47): the topic says so to the
    layers after it (a part beside a feature's answer is not quoted back as unsure)."""
    if cmd.coordinator_only:
        return "feature.coordinator"
    if q.topic != "help":
        return q.topic
    # The feature the command is: its explanation is the bot's own, not a part of the process to be unsure of.
    return _COMMAND_FEATURE.get(cmd.id, "about_bot")


_COMMAND_FEATURE = {"organisation": "feature.organisation", "inspel": "feature.inspel",
                    "remissvar": "feature.remissvar", "reminders.list": "feature.reminders",
                    "nudges.off": "feature.nudges_off", "nudges.on": "feature.nudges_off", "timeline": "timeline",
                    "help": "help"}


def command_help(kit: Kit, q: Asked) -> Answer | None:
    """The bot's documented commands asked about as commands: whether a quoted command line is written right (and
    the right form), whether an extension can be given to all at once (one organisation per command), and how one
    chooses whom one answers for (**organisation**). Only what README "In Teams" and the command table say. None
    unless one of these is asked."""
    f = folded(q.text)
    if _RIGHT_ASKED.search(f) and (quoted := _quoted_command_line(q.text)) is not None:
        cmd, rest, line = quoted
        return kit.answer(q, _syntax_check(kit, q, cmd, rest, line), topic=_command_topic(q, cmd))
    words = folded_words(q.text)
    if _HOW_USE.search(f) and not _ALL_AT_ONCE.search(f) and (named := next((
            c for part in re.split(r"[.?!]+\s+", q.text) if _HOW_USE.search(fold(part))
            and (c := _named_command(part)) is not None), None)) is not None:
        # How to use it or what it does, asked of the command in the same sentence ("hur skriver jag kommandot för
        # anstånd?"), not "kan jag använda status-kommandot?" beside "hur funkar boten?".
        return kit.answer(q, _usage(q, named), topic=_command_topic(q, named))
    if _HOW_USE.search(f) and (typed := _typed_command(q.text)) is not None:
        # The command typed with the asker's own arguments, then how to write it: the line, filled in.
        return kit.answer(q, _usage(q, typed), topic="feature.coordinator")
    if _TWICE.search(f) and not _TWICE_FEARED.search(f) and words & {
            "remissvar", "remissvaret", "svaret", "response"} and words & {
            "skicka", "skickade", "skickat", "lamnade", "lamnat", "submit", "submitted", "sent"}:
        return _submitted_twice(kit, q)
    if words & {"anstand", "anstandet", "extension", "extensions"} and _ALL_AT_ONCE.search(f) and (
            words & _GRANT or words & {"kan", "can", "gar", "could", "hur", "how"}):
        return kit.answer(q, _per_organisation(kit, q), topic="feature.extension")
    if (others := others_inspel(kit, q)) is not None:
        return others
    if _CHOOSE_ORG.search(f) and not words & {"moten", "mote", "meeting", "inspel", "input"} and not (
            q.entities.concepts & {"CHANGE", "JOBCHANGE"}):     # changing it: the organisation answer's own words
        return _choose_organisation(kit, q)
    return None


# Who of an organisation may send its response: "måste det vara kommunchefen som skickar eller räcker det med mig?",
# "kan hon skicka in själv?", "vem får lämna in svaret åt oss?", "does it have to be our director who submits?"
# (blind batch 49: read as whether we must respond, or not read at all).
_SEND_VERB = (r"(?:skicka\w*|lamna\w*|skriv\w*|svara\w*|submit\w*|send\w*|sends|write|writes|respond\w*|gora det|"
              r"do it|fixa\w*)")
WHO_SENDS = re.compile(
    r"\b(?:(?:maste|behover|ska|bor) det vara (?:\w+ ){1,3}som " + _SEND_VERB + r"|"
    r"racker det (?:med mig|att jag|om jag)\b|"
    r"(?:kan|far|ska|maste) (?:hon|han|chefen|min chef|var chef|\w+chefen|kollegan|min kollega) (?:ocksa |sjalv |"
    r"sjalva )?(?:skicka|lamna) in\b|"
    r"vem (?:av oss )?(?:far|kan|ska|maste|bor) (?:skicka|lamna|skriva) (?:in )?(?:remissvar\w*|svaret|det|vart|vara)|"
    # "Vem på kommunen kan skicka in?", "vem hos oss får lämna in?" (blind batch 51: left out beside the command)
    r"vem (?:pa|hos|i|inom) (?:\w+ ){1,2}?(?:far|kan|ska|maste|bor) (?:skicka|lamna|skriva) in\b|"
    r"who (?:of us )?(?:can|may|should|must|is allowed to) (?:submit|send|write)|"
    r"who (?:at|in|from) (?:\w+ ){1,2}?(?:can|may|should|must|is allowed to) (?:submit|send)|"
    r"(?:can|may) (?:she|he|my boss|my manager|our director|my colleague) (?:also )?(?:submit|send)|"
    r"(?:does|do|must) it (?:have to|need to) be (?:\w+ ){1,3}(?:who|that) (?:submits|sends|writes)|"
    r"is it enough (?:that|if|with) (?:i|me)\b|"
    # "kan ja skicka in nåt för kommunen elr måste chefen göra det?", "can I submit something for the municipality or
    # must my boss do it?" (b65 #16): whether one may send for one's organisation
    r"(?:kan|far|ska) (?:jag|ja|i) (?:\w+ ){0,3}?(?:skicka|lamna) (?:in )?(?:\w+ ){0,2}?"
    r"(?:for|at|pa uppdrag av|i namn av) (?:kommunen|regionen|organisationen|forvaltningen|oss|hela \w+|var\w* \w+|"
    r"\w+ kommun)\b|"
    r"\b(?:eller|elr|el) (?:maste|ska|behover) (?:chefen|min chef|var chef|\w+chefen|nagon annan|en chef)\b|"
    r"\b(?:can|may) i (?:\w+ ){0,3}?(?:submit|send|give) (?:\w+ ){0,3}?(?:for|on behalf of) (?:the|my|our) "
    r"(?:municipality|organisation|organization|region|council|agency)\b|"
    r"\bor (?:does|must|should) (?:my|the|our) (?:boss|manager|director|head)\b)")


# What is sent must be the response or input ("… eller räcker det med mig?" of who goes to a meeting is not).
_ENOUGH = re.compile(r"\b(?:racker det|is it enough|maste det vara|behover det vara|does it have to be)\b")
_SENT_THING = re.compile(r"\b(?:remissvar\w*|svar|svaret|inspel\w*|synpunkt\w*|skicka\w* in|lamna\w* in|submit\w*|"
                         r"response|input)\b")


def asks_who_sends(folded_text: str) -> bool:
    return bool(WHO_SENDS.search(folded_text) and _SENT_THING.search(folded_text))


def who_sends_text(lang: Language, enough: bool = True) -> str:
    """Who may send an organisation's response and give input, as README ("Commands") has it: any confirmed
    representative, several in the same response; a link is chosen with `organisation` and a coordinator confirms
    it. Who in the organisation approves the response is not in the material. Led by "it is enough" when the
    question asks whether one is enough."""
    body = t(lang, "i boten kan var och en av organisationens bekräftade företrädare skriva och skicka in "
                   "remissvaret – flera kan skriva i samma svar – och bekräftade partner lämnar inspel själva. Den "
                   "som inte är bekräftad väljer organisation med **organisation**, och en samordnare bekräftar "
                   "kopplingen. Vem hos er som ska godkänna svaret innan det skickas står inte i underlaget.",
             "in the bot any of the organisation's confirmed representatives can write and submit the response – "
             "several can write in the same response – and confirmed partners give input themselves. Whoever is not "
             "confirmed chooses their organisation with **organisation**, and a coordinator confirms the link. Who "
             "in your organisation must approve the response before it is sent is not in the material.")
    if enough:
        return t(lang, "Det räcker att vara bekräftad företrädare för organisationen: ",
                 "It is enough to be a confirmed representative of the organisation: ") + body
    return body[0].upper() + body[1:]


_ONLY_COORDINATORS_SEE = (
    "Det ser bara samordnarna: vilka som har svarat på remissen ser de med kommandot **status** och på sidan "
    "**Remissvar** i fliken i Teams (hur många som har svarat och läget för varje remissinstans). Själv ser du där "
    "bara din egen organisations rad. Fråga samordnarna om du vill veta hur det går för andra. ",
    "Only the coordinators see that: they see who has answered the consultation with the command **status** and "
    "on the **Remissvar** page of the tab in Teams (how many have answered and each respondent's state). There you "
    "see only your own organisation's row. Ask the coordinators if you want to know about others. ")


# "Kan jag få tidplanen som en bild till en presentation?", "timeline as an image for my slides": the timeline in
# a form to take along – the card (`tidplan`), the tab's picture and the calendar (README); no image file export.
_TIMELINE_WORDS = ("tidplan", "tidsplan", "timeline", "tidslinje")
_PICTURE = frozenset("""bildfil bildfilen bildspel presentation presentationen powerpoint powerpointen ppt pptx pdf
pdfen pdf-fil png jpg jpeg image picture slides deck screenshot skarmdump skarmbild grafik graphic
infographic""".split())
# "som en bild", "ett kort som jag kan …", "as an image": the weaker words, told as the form wanted
_AS_PICTURE = re.compile(r"\b(?:som|i form av) (?:en |ett )?(?:bild|kort|grafik)\b|\bett kort som\b|"
                         r"\bas (?:an? )?(?:image|picture|card|slide)\b")
_MEANS = re.compile(r"\b(?:betyder|innebar|menas|mean|means|meant)\b")


def asks_timeline_picture(folded_text: str) -> bool:
    """The timeline asked for as a picture, card or file to take elsewhere (not the timeline's dates, nor a word on
    a slide that was shown)."""
    if not any(w in folded_text for w in _TIMELINE_WORDS) or _MEANS.search(folded_text):
        return False
    return bool(set(tokens(folded_text)) & _PICTURE) or bool(_AS_PICTURE.search(folded_text))


def timeline_picture(kit: Kit, q: Asked) -> Answer | None:
    if not asks_timeline_picture(fold(q.text)):
        return None
    text = t(q.language, "Som kort: skriv **tidplan** här i chatten, så får du tidplanen med dagens datum "
                         "markerat och knappen **Lägg till i kalendern**. Som bild finns den under **Översikt** i "
                         "Teams-fliken (ungefärliga datum ritade som ungefärliga, dagens datum och remissens dagar "
                         "kvar). En nedladdning av tidplanen som bildfil eller till en presentation har jag inte – "
                         "**export** ger samordnarna inspel och remissvar som CSV och Excel, inte tidplanen.",
             "As a card: write **timeline** here in the chat for the timeline with today marked and "
             "the **Add to calendar** button. As a picture it is under **Overview** in the Teams tab (approximate "
             "dates drawn as approximate, today and the consultation's days left). A download of the timeline as an "
             "image file or for a presentation I do not have – **export** gives the coordinators the input and "
             "responses as CSV and Excel, not the timeline.")
    return kit.answer(q, text, topic="feature.calendar", action="timeline")


# "can the university answer as one organisation or should each department send its own?", "Räcker det med ett svar
# från oss för alla förbund?": how many responses – one per organisation in the bot (README), several
# representatives in it; whether units or bodies it speaks for answer apart is not in the material.
# More than one response from an organisation ("fler än ett remissvar, t.ex. ett från förvaltningen och ett från
# nämnden", "two responses", b76 #68): not several people in one response.
_MORE_THAN_ONE_RESPONSE = re.compile(
    r"\b(?:fler (?:an|en) (?:ett|1)|flera|tva|two|several|multiple|more than one) (?:olika |separata? |egna )?"
    r"(?:remis)?(?:svar|responses?|answers?|replies)\b")
_HOW_MANY_RESPONSES = re.compile(
    _MORE_THAN_ONE_RESPONSE.pattern + r"|"
    r"\b(?:bara ett|ett enda|ett gemensamt|ett samlat|racker (?:det )?(?:med )?ett) (?:gemensamt |samlat )?"
    r"(?:remis)?svar\b|\bett (?:remis)?svar (?:for (?:hela|alla)|fran (?:oss|hela|alla)|per)\b|"
    r"\b(?:one|a single|a joint|one joint|just one) (?:consultation )?"
    r"(?:response|answer|reply)\b|\b(?:as|som) (?:one|a single|en|en enda|en samlad) (?:organi[sz]ation|"
    r"organisation)\b|\b(?:each|every|varje|var sin|varsin) (?:\w+ ){0,2}?(?:department|unit|faculty|"
    r"federation|member|forvaltning\w*|avdelning\w*|institution\w*|forbund\w*|enhet\w*|medlem\w*)\b"
    r"(?: \w+){0,4}? (?:own|eget|egna|sitt|sina|separate|separat\w*)\b|"
    # A unit's own response sent as the organisation's ("ett eget remissvar från folkhälsoenheten – kan jag skicka det
    # som regionens svar?", "send our unit's response as the municipality's", b66 #66).
    r"\b(?:eget|egna|separat\w*) (?:remis)?svar (?:fran|fra) (?:\w+ ){0,2}?\w*(?:enhet\w*|avdelning\w*|"
    r"forvaltning\w*|institution\w*|sektion\w*|kontor\w*)\b|\b(?:skicka|lamna)\w* (?:in )?(?:det|den|dem|"
    r"detta) (?:\w+ )?som (?:hela )?\w+s (?:remis)?svar\b|\b(?:send|submit)\w* (?:it|this|that|ours?|our \w+) "
    r"(?:\w+ )?(?:in )?as (?:the|our) (?:whole )?\w+(?:'s|s')? (?:consultation )?(?:response|answer)\b|"
    r"\b(?:unit|department|team|office)(?:'s|s')? own (?:consultation )?(?:response|answer)\b")
_RESPONSE_ASKED = frozenset("svar svaret svara svarar remissvar remissvaret response responses answer reply respond "
                            "remissen consultation".split())
_ONE_PER_ORG_SAID = ("ett per organisation", "per organisation:", "ett remissvar till en organisation",
                     "one response per organisation", "one consultation response per organisation",
                     "belongs to one organisation")


def asks_how_many_responses(folded_text: str) -> bool:
    """Whether one response does for an organisation (or what it speaks for), the response named."""
    return bool(set(tokens(folded_text)) & _RESPONSE_ASKED) and bool(_HOW_MANY_RESPONSES.search(folded_text))


def how_many_responses_at(folded_text: str) -> int | None:
    """Where in `folded_text` the number of responses is asked (asks_how_many_responses), None if it is not."""
    if not set(tokens(folded_text)) & _RESPONSE_ASKED:
        return None
    m = _HOW_MANY_RESPONSES.search(folded_text)
    return None if m is None else m.start()


def one_per_organisation(lang: Language, said: str) -> str:
    """The line to add, "" when the answer says it already."""
    if any(x in said for x in _ONE_PER_ORG_SAID):
        return ""
    return t(lang, "Remissvaret är ett per organisation: organisationens bekräftade företrädare – gärna flera – "
                   "skriver i samma svar med **remissvar**. Om enheter inom organisationen, eller andra som ni "
                   "företräder, behöver lämna egna svar står inte i underlaget – fråga samordnarna om ni är osäkra.",
             "There is one consultation response per organisation: its confirmed representatives – several are "
             "fine – write in the same response with **response**. Whether units within the organisation, or others "
             "you speak for, need responses of their own is not in the material – ask the coordinators if unsure.")
