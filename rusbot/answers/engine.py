"""The answer engine: a question and the time → an `Answer` built only from the process file.

Two steps. *Understanding* (rusbot/understanding/) turns the message into an intent with a
calibrated probability (a model trained on the labelled corpus) and entities (rules over the
process file's names and over words for time). *Answering* hands that to one small answerer per
kind of answer (rusbot/answers/answerers/), which composes the reply from the process file and
returns each fact's `source` quote. When the model is not sure (a low probability, or two intents
close together) the bot says so and offers the closest questions instead of guessing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import ClassVar, NamedTuple

from rusbot.answers import left_out_parts, remiss_parts
from rusbot.answers.answerers import (
    claims,
    consultation,
    counts,
    dated,
    evidence,
    facts,
    features,
    glossary,
    meetings,
    people,
    phases,
    plan,
    premise,
    slots,
    talk,
    unstated,
)
from rusbot.answers.kit import Asked, Kit, folded, folded_words, is_yes_no, lower_first, split_sentences, t
from rusbot.answers.lexicon import fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick, any_of
from rusbot.answers.timeline import item_when
from rusbot.clock import STOCKHOLM
from rusbot.i18n import days_phrase, detect_language, format_date, format_fuzzy, format_fuzzy_at, join_list
from rusbot.markdown import literal
from rusbot.process.model import GlossaryEntry, Language, Process, Role, TimelineItem
from rusbot.understanding.entities import MONTHS, Entities, EntityRules, meeting_day, on_day
from rusbot.understanding.intents import OUT_OF_SCOPE
from rusbot.understanding.model import IntentModel, default_intent_model

# Who the draft goes to ("who receives the consultation draft?", "vilka får remissutkastet?", "skickas utkastet
# till alla?"): the strategy's draft sent on consultation – the bot's own response drafts are sent to no one.
_DRAFT_SENT_TO = re.compile(r"\b(?:(?:who|which|what) (?:\w+ )?(?:receives?|gets?|will get|will receive|is sent)|"
                            r"(?:vem|vilka) (?:\w+ )?(?:far|tar emot|kommer att fa|ska fa)|"
                            r"(?:skickas|gar|sands|sent|goes|go|is sent|sent out) (?:\w+ )?"
                            r"(?:till|to)|recipients?|mottagare)\b")
# A confirmation of the submission asked of the bot ("will the bot confirm that we've submitted it?", "får vi
# någon bekräftelse när vi har skickat in?", "kvitto på remissvaret?").
_RECEIPT_ASKED = re.compile(
    r"\b(?:confirmation|bekraftelse\w*|kvitto\w*|kvittens\w*|receipt\w*)\b(?:\s+[\w']+){0,6}?\s+(?:submit\w*|sent|"
    r"skick\w*|inskick\w*|lamna\w*|remissvar\w*|response)\b|\b(?:submit\w*|skick\w*|inskick\w*|remissvar\w*|"
    r"response)\b(?:\s+[\w']+){0,6}?\s+(?:confirmation|bekraftelse\w*|kvitto\w*|kvittens\w*|receipt\w*)\b|"
    r"\b(?:bot|you|du|boten|ni|it)\s+(?:\w+\s+)?(?:confirm|confirms|bekraftar|bekrafta)\s+(?:(?:that|att|when|nar|once|if|om)\s+)?"
    r"(?:we|i|vi|jag|it|det|our|vart)(?:'ve|'d)?\b(?:\s+[\w']+){0,3}?\s+(?:submit\w*|sent|skickat|lamnat|inskick\w*)|"
    r"\bbekrafta(?:r|s)?\s+(?:du|boten|ni|det)\s+(?:\w+\s+){0,4}?(?:skickat|lamnat|inskick\w*)")
# How the consultation reaches an organisation ("direkt till oss eller via kommunledningen?", "via registratorn?").
_ROUTED = re.compile(r"\b(?:fa|far|komma|kommer|skickas|gar) (?:\w+ )?(?:remissen |den )?"
                     r"(?:direkt till (?:oss|mig)|via (?:kommun\w*|registrat\w*|kansli\w*|ledning\w*|diari\w*))|"
                     r"\bdiarieinkorg\w*")
# Why the consultation is as long as it is ("varför är remisstiden så lång?", "why is the consultation period so
# long?").
_WHY_LONG = re.compile(r"\b(?:varfor|why)\b(?:\s+\w+){0,3}?\s+(?:remisstid\w*|remissperiod\w*|remissen|"
                       r"(?:the )?consultation(?: period)?)\s+(?:\w+\s+){0,2}?(?:sa |so )?"
                       r"(?:lang|lange|long|lengthy)\b")
# The asker's own response draft: saved, shared, edited – the bot's feature.
_OWN_DRAFT = re.compile(r"\b(?:vart|mitt|vara|mina|ert|vår|our|my|your|spara\w*|sparat|save\w*|saved|redigera\w*|"
                        r"edit\w*|dela\w*|share\w*|kollega\w*|colleague\w*)\b")


# Topic ids of roles whose process-file id is long; any other role is "role.<id>".
ROLE_TOPIC_ALIASES = {"regionfullmaktige": "rf"}

# The stable ids `Answer.topic` takes. Besides these: "phase<n>" (the n-th phase of the process file,
# from 1) and "role.<id>" (a role of the process file, with ROLE_TOPIC_ALIASES applied).
TOPICS = (
    "greeting", "thanks", "help", "rus", "purpose", "why_review", "mandate", "phases", "phase.current", "political",
    "check_in", "timeline", "period", "consultation.dates", "consultation.status", "consultation.days_left",
    "consultation.respondents", "now", "next", "progress", "partnership", "organisation", "ways_of_working",
    "decision", "decision.status", "influence", "source", "about_bot", "definition", "feature.inspel",
    "feature.remissvar",
    "feature.extension", "feature.reminders", "feature.contact", "feature.nudges_off", "feature.organisation",
    "feature.privacy", "feature.polls", "feature.coordinator", "feature.calendar",
    "summary", "unknown", "unsure",
)

# Below this probability, or with the second intent this close, the bot says it is not sure. Chosen
# by the training step on cross-validated predictions and stored with the model; these are the
# fall-backs for a model file without them.
THRESHOLD = 0.45
MARGIN = 0.1
_WORDLIKE = re.compile(r"[^\W_]", re.UNICODE)

_FOLLOW_UPS: dict[str, list[str]] = {
    "greeting": ["now", "timeline", "consultation.dates"],
    "thanks": ["now", "timeline"],
    "help": ["now", "timeline", "consultation.dates"],
    "rus": ["why_review", "mandate", "timeline"],
    "summary": ["timeline", "why_review", "partnership"],
    "purpose": ["rus", "timeline", "phases"],
    "why_review": ["mandate", "timeline"],
    "mandate": ["why_review", "phases"],
    "phases": ["phase.current", "timeline"],
    "phase": ["phases", "phase.current", "timeline"],
    "phase.current": ["next", "phases"],
    "political": ["decision", "timeline"],
    "check_in": ["next", "timeline"],
    "timeline": ["now", "consultation.dates"],
    "period": ["now", "timeline"],
    "consultation.dates": ["consultation.status", "feature.remissvar"],
    "consultation.status": ["consultation.days_left", "feature.remissvar"],
    "consultation.days_left": ["feature.remissvar", "feature.extension"],
    "consultation.respondents": ["consultation.dates", "partnership"],
    "now": ["next", "timeline"],
    "next": ["timeline", "now"],
    "progress": ["now", "timeline"],
    "partnership": ["role", "consultation.respondents"],
    "organisation": ["partnership", "role"],
    "role": ["partnership", "decision", "timeline"],
    "influence": ["feature.inspel", "consultation.dates"],
    "ways_of_working": ["phases", "timeline"],
    "decision": ["timeline", "role"],
    "decision.status": ["decision", "timeline"],
    "source": ["help", "timeline"],
    "about_bot": ["help", "feature.contact"],
    "definition": ["rus", "timeline"],
    "feature.inspel": ["influence", "timeline"],
    "feature.remissvar": ["consultation.dates", "feature.extension"],
    "feature.extension": ["consultation.days_left", "feature.contact"],
    "feature.reminders": ["feature.nudges_off", "timeline"],
    "feature.contact": ["help", "timeline"],
    "feature.nudges_off": ["feature.reminders"],
    "feature.organisation": ["feature.inspel", "feature.remissvar"],
    "feature.privacy": ["feature.contact", "help"],
    "feature.polls": ["help", "timeline"],
    "feature.coordinator": ["feature.contact", "consultation.dates"],
    "feature.calendar": ["feature.reminders", "now"],
}

# Intents whose answer depends on a day or a period in the question.
_TIME_INTENTS = {"now", "next", "timeline", "period", "check_in"}


# Intents of the plan's steps a question of what "we" are to do is read as; the members' part answers it.
_STEPS_READ = frozenset({"next", "period", "timeline", "decision", "decision.status", "influence"})

# Intents that a second reading of the entities may overrule: what the question is about, as opposed
# to the bot's own features, small talk and off-topic.
_CONTENT = {"rus", "purpose", "why_review", "mandate", "ways_of_working", "phases", "phase", "phase.current",
            "political", "decision", "decision.status", "timeline", "period", "now", "next", "progress", "check_in",
            "consultation.dates", "consultation.status", "consultation.days_left", "consultation.respondents",
            "partnership", "organisation", "role", "influence", "source"}
# Where a glossary word asked about ("vad betyder remiss?") is better answered by the word's own
# answer: a phase is explained by the phase's answer.
_NOT_DEFINED_HERE = {"phase", "phases", "phase.current", "organisation", "partnership"}
_SMALL_TALK = {"greeting", "thanks"}
# The events behind the review by their names: a question about one of them is answered with what the
# material says of it (that it is a reason for the review), whatever else it asks of it.
_DRIVER_NAMES = (" pandemi", " covid", " corona", " digitalisering", " landsbygd", " strukturfond", " grona given",
                 " green deal", " nationella strategi", " nationell strategi", " national strategy",
                 " nationellt mal", " nationella malet", " national goal", " programperiod",
                 " structural fund", " programme period", " program period", " rural development",
                 " digitalisation", " digitalization")
_DRIVERS = re.compile("|".join(map(re.escape, _DRIVER_NAMES)))      # any of them, in one pass
_READY = frozenset({"klar", "klart", "fardig", "fardigt", "ready", "finished", "done"})
_SOMETHING = frozenset({"nagot", "nat", "nanting", "nagonting"})
# A body's own strategy ("Region Gävleborg … sin RUS", "their strategy"): the owner's words and the strategy's.
_ITS_OWN = frozenset({"sin", "sitt", "sina", "their", "its"})
_STRATEGY = frozenset({"rus", "strategi", "strategin", "utvecklingsstrategi", "utvecklingsstrategin", "tidplan",
                       "tidplanen", "strategy", "timeline", "revidering", "uppdatering", "oversyn"})
# Words for proposals the lexicon's INSPEL does not hold (kept out of it: the intent model's features are its terms).
_IDEAS = frozenset({"ideas", "ideer", "ideerna", "tankar", "tankarna", "thoughts"})
_INSPEL_MISREAD = frozenset({"feature.remissvar", "period", "timeline", "consultation.status", "consultation.dates",
                             "consultation.days_left", "consultation.respondents", "next", "now", "influence",
                             OUT_OF_SCOPE})
# "har det med regionfullmäktige att göra?", "is it the same as …?": how two names relate is asked.
_RELATES = re.compile(r"\batt gora med\b|\bmed\b.{0,40}\batt gora\b|\bsamma (?:sak|som)\b|"
                      r"\b(?:hanger|hor) (?:\w+ )?ihop\b|\bkoppl\w*|\brelat\w*|\bthe same\b|\bto do with\b|"
                      r"\bconnected\b|\bforvaxl\w*|\bconfus\w*")
# "vad är det för nåt", "what is it": what the member itself is asked as well.
_WHAT_MEMBER = re.compile(r"\bvad (?:ar|e) (?:det|den|dom|de|[a-z]+)\b[^?]*\bfor (?:nat|nagot|nagonting|en|ett|slags|"
                          r"sorts|typ|organisation)\b|\bwhat (?:is|are) (?:it|they|that)\b|\bwhat (?:kind|sort|type) "
                          r"of\b")
# "I speak for …", "on behalf of …", "jag talar för …": the asker represents an organisation.
_SPEAKS_FOR = re.compile(r"\b(?:speak|speaks|speaking|talar)\s+for\b|\bon behalf of\b|\bfor (?:\w+ )?rakning\b")
_DRIVER_INTENTS = {"decision", "decision.status", "check_in", "now", "next", "timeline", "period",
                   "political", "ways_of_working", "rus"}
# Asked to confirm something said ("kan du bekräfta att …", "can you confirm what was decided?").
_CONFIRM_CLAIM = re.compile(r"\b(?:kan|kunde|skulle) (?:du|ni|boten) (?:\w+ )?bekrafta\b|\b(?:can|could) you "
                            r"(?:\w+ )?confirm\b")
# Holidays and opening hours: not the plan's "stänger"/"öppnar" ("har ni stängt över jul?").
# Asked to e-mail someone or send files: the bot sends neither, whatever it names (the remiss, its attachments).
_MAIL_OR_FILES = frozenset("""mejl mejla mejlet maila mail mailet mejlutskick email e-mail epost e-post bilaga bilagan
bilagor bilagorna dokument dokumentet dokumenten fil filen filer filerna pdf pdfen attachment attachments document
documents file files""".split())
_HOLIDAY = frozenset("""jul julen mellandagarna helgerna semester semestern christmas holiday holidays
vacation""".split())
_CLOSED = frozenset("""stangt stangda stangd oppet ledigt ledig semesterstangt oppettider oppettiderna closed open
reach""".split())
# "lägga in mötena i outlook": the calendar feed, not moving or adding a meeting.
_OPTIONS = frozenset("alternativ alternativen alternativet omrostning omrostningen options option alternatives "
                     "poll".split())
_HOW_ENTER = re.compile(r"\bhur (?:lagger|lagga|gor|kan|ska|far|registrerar|registrera) (?:jag|vi|man)\b(?: \w+){0,2}?"
                        r"(?: (?:in|upp)\b|$)|\bhow (?:do|can|should) (?:i|we) (?:add|enter|register|record|put)\b")
_MORE_TIME_OR_DAY = re.compile(r"\b(?:extra|fler|ytterligare|mer|langre|more) (?:\w+ )?(?:tid|veckor|vecka|dagar|"
                               r"time|weeks?|days?)\b|\b(?:till|until|to) (?:den |the )?\d{1,2}\b")
_CALENDAR_WORDS = frozenset("kalender kalendern kalendrar outlook calendar ics prenumerera subscribe".split())
_ASKER_WORDS = frozenset("vi ni jag oss vara var mitt min man we i you us our my".split())
# Intents outside _CONTENT a question about the consultation's changes, inspel or remissvar, or the asker's own
# board, is read as.
_BESIDE_CONSULTATION = {"definition", "feature.inspel", "feature.remissvar", "feature.extension",
                        "feature.organisation", "feature.contact", "source"}
_PEOPLE = {"role", "decision", "partnership", "organisation", "influence", "consultation.respondents",
           "decision.status", "out_of_scope", "feature.contact", "why_review", "mandate"}

# A message asking two things: split before a second question word after "och"/"and" or a "?".
_QUESTION_WORDS = (r"när|nar|vem|vilka|vilken|vilket|hur|vad|va|är|ar|kan|får|far|har|ska|blir|finns|måste|maste|"
                   r"will|when|who|what|how|is|are|can|do|does|which|where|shall|must|has")
_STARTS_QUESTION = re.compile(rf"(?:{_QUESTION_WORDS})\b", re.IGNORECASE)
# A list of questions ("how often is RUS reviewed, what triggered it, and …") is cut at a comma before a question
# word that asks for something (not "är/is", which often go on a clause).
# "Vad står RUS för, och varför är vi med?": after "och" a why opens a second question too (though a "varför" is
# no question word elsewhere: "Chefen undrar varför …" tells what is asked, and is read whole), unless it points
# back ("Vad är gröna given, och varför står den med?" asks of the one thing).
_SPLIT = re.compile(rf"\?\s+|\s*[,;]?\s+(?:och|samt|and|plus|å|o)\s+(?=(?:{_QUESTION_WORDS})\b|"
                    r"(?:varför|varfor|why)\b(?!\s+(?:\w+\s+)?(?:den|det|dem|it|they|this|that)\b))|"
                    r",\s+(?=(?:när|vem|vilka|vilken|vad|when|who|what|which|where)\s)", re.IGNORECASE)

# Looking for a question left out of a reply: "… vad som händer 11 mars och om vi behöver fatta beslut i KS", "… and
# whether I need to prepare anything": after "och"/"and" an "om"/"whether" before a subject, or "kommer vi/det …",
# asks a question of its own too (blind batches 43–44: such a part was left out without a word).
_SPLIT_FINER = re.compile(r"\s*[,;]?\s+(?:och|and|å|o)\s+(?=(?:om|whether|if)\s+(?:vi|ni|jag|man|det|de|dom|i|we|you|"
                          r"it|they)\b|(?:kommer|will)\s+(?:vi|ni|jag|man|det|de|dom|i|we|you|it|they)\b|"
                          # "Kan du ge mig tidplanen i punktform och säga vilka delar …": a second request (b52 #24).
                          r"(?:säga|saga|berätta|beratta|förklara|forklara|tell|explain)\s+(?:mig\s+|me\s+|oss\s+|us\s+)?"
                          r"(?:vad|vilka|vilken|vilket|när|nar|hur|vem|what|which|when|how|who)\b)",
                          re.IGNORECASE)

# "vad e ledtid? det står i arbetssättet": what the first question asks the meaning of, once "vad är" is off.
_WHAT_IS = re.compile(r"^(?:vad\s+(?:ar|e|betyder)\s+(?:en\s+|ett\s+)?|what\s+is\s+(?:an?\s+)?|what's\s+(?:an?\s+)?)")

_ASIDE = re.compile(r"\s+(?:egentligen|da|exakt|really|exactly)\s*$")


# "30 september eller 1 oktober?", "the 30th or 1 October": two days set against each other.
_MONTHS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# The council's decision asked of a month ("tar RF beslut redan i oktober?", "will the council decide in
# November?"); whole month names only.
_ASKED_SENTENCE = re.compile(r"[^.!?\n]*\?")
_ASKS_FIRST = re.compile(r"\W*(?:och |men |and |but )?(?:vad|nar|hur|vilk\w*|vem|var|kan|ska|far|what|when|how|which|"
                         r"who|where|can|will|is|are|do|does)\b")
_FULL_MONTHS = "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|" \
    "february|march|may|june|july|august|october)"
_DECISION_MONTH = re.compile(
    r"\b(?:rf|regionfullmaktige|fullmaktige|(?:regional )?council)\b(?: \w+){0,4}? (?:beslut\w*|decide\w*|decision)"
    rf"\b(?: \w+){{0,3}}? (?:i|in|under|redan i) (?P<month>{_FULL_MONTHS})\b")
_ORD = r"\d{1,2}(?:st|nd|rd|th|e|a|:e|:a)?\.?"
_EITHER_DAYS = re.compile(rf"\b{_ORD}\s*(?:{_MONTHS}\s+)?(?:eller|or)\s+(?:den\s+|the\s+)?{_ORD}\s*{_MONTHS}\b"
                          rf"|\b{_MONTHS}\s+{_ORD}\s+or\s+{_MONTHS}\s+{_ORD}")


# A month named ("i december och januari"), not a season or "under året": the members' part then is the plan's
# entries of those months.
_MONTH_NAMED = re.compile(r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                          r"december|january|february|march|may|june|july|august|october)\b")


# The meaning of a word asked ("vad avses med …", "what is meant by …"), not how the work is done.
_MEANING_ASKED = re.compile(r"\b(?:avses|menas|menar ni|betyder|innebar|definier\w*|means?|meant|definition)\b")


def _word_asked(folded: str) -> str:
    """What the first question of a message asks the meaning of: "vad e ledtid egentligen? …" asks "ledtid"."""
    return _WHAT_IS.sub("", _ASIDE.sub("", folded.split("?")[0].strip())).strip(" =!.:")


_GREETING = re.compile(r"^\s*(?:hej+(?:san)?|hall[åa]|tja(?:na|abba)?|tjena(?:re)?|god (?:morgon|dag|kväll)|hello|hi|"
                       r"hey|good (?:morning|afternoon))\b(?:\s+(?:på dig|there|alla|boten|bot))?[\s,!.:;–-]*",
                       re.IGNORECASE)
# "skicka in det efter", "lämna in svaret efteråt", "submit it after that": sending something after a day told.
_SEND_AFTER = re.compile(r"\b(?:skicka|lamna|submit|send)\w* (?:in )?(?:\w+ )?(?:in )?(?:efter|efterat|senare|after|"
                         r"later)\b")
_GET_STARTED = Quick(re.compile(r"\bkomma igang\b|\bget(?:ting)? started\b|\bborja anvanda\b"))
# Concepts of a question's verbs and question words alone: a piece with no other names no topic of its own.
_NO_TOPIC = frozenset({"WRITE", "DOES", "IS", "WHAT", "FILLER", "HAPPEN", "MUST"})   # "måste vi skriva?" too
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_BACK = frozenset({"det", "detta", "dem", "dom", "den", "it", "that", "this", "them"})
# A piece asking only when or how long, of something named before it.
_WHEN_ONLY = frozenset({"WHEN", "DURATION"})
# The events a count of days can be asked to.
_COUNTED_TO = frozenset({"MEETING", "CONSULT", "READY", "PHASE"})
# A piece asking only who decided or why, of something named before it.
_WHO_DECIDED = frozenset({"WHO", "DECIDE", "WHY", "ORDERED"})


# The intent that answers a question about a timeline event of each kind, the topic its dated lead alone has, and the
# intents whose answer still adds to the lead ("när är avstämningen, 18 mars?" is answered by the check-in's answer;
# "… partnerskapet ska sammanträda … den 11 februari" read as the decision is not). The consultation's dates and the
# decision's timing are all the lead already says.
_EVENT_INTENT = {"meeting": "check_in", "consultation": "consultation.dates"}
_EVENT_TOPIC = {"meeting": "check_in", "consultation": "consultation.dates", "decision": "decision.status",
                "milestone": "timeline"}
# What the lead of each kind already says all of: an answer on that topic after it would say it again.
_EVENT_SAID = {"consultation": frozenset({"consultation.dates"}),
               "decision": frozenset({"decision", "decision.status"}),
               "milestone": frozenset({"decision", "decision.status"}),
               # (an undated step's own meeting is not the check-in the meeting answer is about)
               "step": frozenset({"check_in", "decision", "decision.status"})}
_EVENT_FAMILY = {
    "meeting": frozenset({"check_in", "next", "now", "timeline", "period", "day", "phase", "phases", "phase.current"}),
    "consultation": frozenset({"consultation.status", "consultation.days_left",
                               "consultation.respondents", "feature.remissvar", "feature.extension", "timeline",
                               "period", "now", "next"}),
}


# "Vad är RUS?", "what is RUS": asked what RUS is; said when the answer names the strategy.
_ASKS_WHAT_RUS = Quick(re.compile(r"\b(?:vad (?:ar|e|betyder|innebar) (?:en |egentligen )?rus(?![:\w]|\s+ens?\b)|"
                                 r"vad star rus for|what (?:is|s) (?:the |a )?rus(?![:\w]|\s+ens?\b|\s*'s\b)|"
                                 # "vad är rus ens?", "what even is RUS" (b68 #42; not "RUS:ens syfte")
                                 r"vad (?:ar|e) (?:ens |egentligen )?rus ens?(?=\s*(?:[,?.!]|och\b|$))|"
                                 r"what (?:even )?(?:is|s) (?:the |a )?rus(?: even)?(?=\s*(?:[,?.!]|and\b|$))|"
                                 r"what does rus (?:stand for|mean)|"
                                 # "förklara vad RUS är", "vad e det för rus-grej?", "what RUS is"; "… 'RUS'. What is
                                 # it?"
                                 r"vad rus (?:ar|e|betyder|star for)|"
                                 r"vad (?:ar|e) (?:det )?for (?:en |nan |nagon )?rus\w*|"
                                 r"what (?:the )?rus (?:is|means|stands for)|"
                                 r"rus\W{0,3}[^?]{0,80}?[.?!]\s*what (?:is|s) (?:it|this)(?: all)?(?: about)?|"
                                 # "keep hearing about 'RUS'. Can you explain what it is and why …?" (b62 #5)
                                 r"rus\W{0,3}[^?]{0,80}?\b(?:explain|tell me|say) what it (?:is|means)"
                                 r"(?=\s*(?:[,?.]|and\b))|"
                                 # "… ska bevaka RUS. vad är det för något och …?" (b63 #4)
                                 r"rus\W{0,3}[^?]{0,80}?[.?!]\s*vad (?:ar|e) (?:det|den|det har|detta)(?: for "
                                 r"(?:nagot|nat|nagonting|en grej|slags))?(?=\s*(?:[,?.]|och\b))|"
                                 r"rus\W{0,3}[^?]{0,80}?\b(?:forklara|beratta|saga) vad (?:det|den) "
                                 r"(?:ar|e|betyder|innebar)(?=\s*(?:[,?.]|och\b)))(?!\w)"))
# What the asker is to do with RUS ("vad ska jag göra med den", "what am I supposed to do with it?", b68 #42): not in
# the material – told so, with whom to ask (folded; after the word gate _OWN_USE_CHEAP).
_OWN_USE_CHEAP = any_of(("gora med", "gor med", "med den", "med det", "den till", "do with"))
_OWN_USE = re.compile(r"\b(?:vad (?:ska|skall|bor|kan|gor) (?:jag|vi|man) (?:gora |ha )?(?:med|den till|det till) ?"
                      r"(?:den|det|rus\w*|strategin)?(?= *(?:[?.!,]|och\b|$))|"
                      r"what (?:am i|are we|should i|should we|do i|do we|can i|can we) (?:supposed to |meant to |"
                      r"going to |expected to )?do with (?:it|this|rus|the strategy)\b)")
# The update's principles asked of ("vilka principer följer uppdateringen?"; not "i princip stängd", b63 #59).
_PRINCIPLES = re.compile(r"\w*princip(?:er|erna)\b|\bprinciples\b|\briktlinj\w*|\bguidelines?\b")
# What a meeting covers, asked of phase 1 and phase 2 ("avser dagens avstämning enbart fas 1 eller även fas 2?").
_PHASE_ONE = re.compile(r"\b(?:fas|phase) ?(?:1|ett|one)\b")
_PHASE_TWO = re.compile(r"\b(?:fas|phase) ?(?:2|tva|two)\b")
_MEETING_SCOPE = re.compile(r"\b(?:avser|galler|handlar|tar upp|tas upp|behandlar|omfattar|bara|enbart|endast|"
                            r"only|covers?|about|includes?|also|aven|ocksa|agenda|dagordning\w*)\b")
_SAYS_WHAT_RUS = re.compile(r"utvecklingsstrategi|development strategy")
# "var i processen ni är nu", "where are you in the process now", "vad händer just nu": where the plan is today.
_WHERE_NOW = re.compile(r"\b(?:var (?:i processen )?(?:ni|vi|man|det) (?:ar|befinner \w+|star) (?:\w+ )?"
                        r"(?:nu|just nu|idag)|"
                        r"var i processen|where (?:in the process )?(?:are|is) (?:you|we|it|things) (?:\w+ )?now|"
                        r"where in the process|vad hander (?:just )?nu|what is happening now)\b")


# A sentence that asks only for the form of the answer to what the message asks beside it ("Kan du ge ett kort
# svar jag kan skicka vidare?", "Could you keep it short so I can forward it?"): no deed for the bot to refuse.
_FORM_CHEAP = any_of(("vidare", "forward", "pass on", "kort", "short", "brief"))
_FORM_REQUEST = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:kan|kunde|skulle) (?:du|ni) (?:ge|skriva|formulera|sammanfatta)(?: mig| oss)?"
    r"(?: det)? (?:ett |en |i )?(?:kort|kortfattat|kortfattad|snabbt|enkelt)\w* ?(?:svar|sammanfattning|text|"
    r"formulering|mening|meningar)?|(?:can|could|would) you (?:give|write|draft|keep)(?: me| us)?(?: it)? "
    r"(?:a |an )?(?:short|brief|quick)\w* ?(?:answer|reply|summary|text)?)"
    r"(?:,? (?:som|så|that|which|so)? ?(?:jag|vi|I|we) (?:kan|can) (?:skicka|ge|sända|mejla|maila|vidarebefordra|"
    r"forward|pass|send|share)\w*(?: \w+){0,3}?)?\s*[?.!]?\s*$", re.IGNORECASE)


# "Påminn mig: när är sista dag …?", "Remind me – how do we submit?": "tell me again" before a question, not a
# reminder asked for (b58 #69 opened with the reminders' schedule).
_TELL_AGAIN = re.compile(r"\b(?:påminn|paminn|remind) (?:mig|oss|me|us)\s*(?:[:–—-]|,)\s*(?=(?:när|nar|vad|hur|"
                         r"vem|vilk\w*|var|when|what|how|who|which|where)\b)", re.IGNORECASE)


def _without_tell_again(text: str) -> str:
    if "minn" not in text and "mind" not in text:
        return text
    return _TELL_AGAIN.sub("", text)


# Two month names joined by a hyphen with no space ("april-maj", "June-August"): one token to the intent model,
# which then read "Vad händer i april-maj?" as the whole timeline (b79 #39); "april – maj" is the period it knows.
_MONTH_NAME = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|"
               r"february|march|may|june|july|august|october)")
_MONTHS_HYPHENED = re.compile(rf"\b({_MONTH_NAME})-({_MONTH_NAME})\b", re.IGNORECASE)


def _months_apart(text: str) -> str:
    """The message with month names joined by a bare hyphen spaced as a span ("april-maj" → "april – maj")."""
    if "-" not in text:
        return text     # cheap
    return _MONTHS_HYPHENED.sub(r"\1 – \2", text)


def _without_form_request(text: str) -> str:
    """The message without a closing request for a short answer to pass on, when what it asks stands beside it
    (b53 #91: "… frågar när nya RUS är klar och om det är regionstyrelsen som fattar sista beslutet. Kan du ge ett
    kort svar jag kan skicka vidare?" got "Det kan jag inte")."""
    low = text.lower()
    if not _FORM_CHEAP.search(low) or (m := _FORM_REQUEST.search(text)) is None:
        return text
    rest = text[:m.start()].rstrip()
    if len(rest.split()) < 4:
        return text     # the request is all the message says: the bot's own "Det kan jag inte" stands
    return rest


# Whether a step has happened yet ("har nämnderna behandlat den än?", "has the anchoring happened yet?"), of a step
# the plan gives no date (folded text): the plan cannot tell.
_DONE_CHEAP = any_of((" an", "annu", "redan", "yet", "already"))
_HAPPENED = re.compile(r"(?:^|[.?!,]\s*|\b(?:och|and)\s+)(?:har|have|has)\b(?:\s+\S+){1,6}?\s+"
                       r"(?:an|annu|redan|yet|already)\b")
_UNDATED_STEP = re.compile(r"\bnamnd\w*|\bforankr\w*|\bskrivfas\w*|\bcommittees?\b|\banchor\w*|"
                           r"\bwriting phase\b")
# "när och hur", "when and how" of a step (folded), and the answers that place a step in the plan.
_WHEN_AND_HOW = re.compile(r"\b(?:nar och hur|hur och nar|when and how|how and when)\b")
_STEPS_PLACED = frozenset({"political", "phases", "phase", "phase.step", "phase.current", "timeline", "next",
                           "decision"})
# Something to send before a meeting ("ska vi skicka in något skriftligt innan avstämningen", "do we need to send
# anything before the check-in"), folded.
_SEND_BEFORE = re.compile(r"\b(?:ska|skall|maste|behover|behovs|kravs|bor|forvantas|should|must|need|needs|"
                          r"expected)\b"
                          r"(?:\s+\S+){0,3}?\s+(?:skicka|lamna|sanda|sammanstalla|submit|send|hand)\w*\b"
                          r"(?:\s+\S+){0,5}?\s+(?:innan|fore|infor|before|beforehand|in advance|ahead of)\b"
                          # "prepare a written position beforehand": something written, asked for before it
                          r"|\b(?:skriftlig\w*|written)\b(?:\s+\S+){0,3}?\s+(?:innan|fore|infor|before|beforehand|"
                          r"in advance|ahead of)\b")
_OF_MEETING = re.compile(r"\bavstamning\w*|\bcheck-?in\b|\bmotet\b|\bmeeting\b|\b11(?::e|e|th)?\b")
# When the updated strategy applies from ("från vilket datum gäller den?", "när börjar den gälla?", "when does it
# take effect?"), folded.
_IN_FORCE_CHEAP = any_of(("galler", "galla", "tillampa", "kraft", "effect", "force", "valid", "apply", "applies"))
_IN_FORCE = re.compile(r"\b(?:fran (?:vilket|vilken|nar)\b(?:\s+\S+){0,2}?\s+galler|nar (?:borjar|kommer|ska)\b"
                       r"(?:\s+\S+){0,4}?\s+(?:att )?(?:borja )?(?:galla|tillampa\w*)|trad\w* (?:\S+ ){0,3}?i kraft|"
                       r"(?:take|takes|come|comes|enter|enters|go|goes) (?:into )?(?:effect|force)|"
                       r"(?:valid|applies|apply) (?:from|as of))\b")
# Whether the updated RUS keeps the structure asked ("samma struktur som den gamla?", "will the structure stay the
# same?"), folded.
# The goals of RUS named beside its structure ("betyder det att målen är oförändrade?") (folded).
_GOALS_NAMED = re.compile(r"\b(?:malen|malsattning\w*|goals?|objectives?)\b")
_SAME_STRUCTURE = re.compile(r"\bsamma struktur\b|\bstrukturen\b.{0,30}\b(?:kvar|densamma|samma|behall\w*)\b|"
                             r"\bsame structure\b|\bstructure\b.{0,30}\b(?:the same|kept|stay|remain)\w*\b|"
                             r"\bkeep\w* (?:the |its )?(?:same |current )?structure\b")
# Which years an event of the material has asked ("2021–2027 or 2021–2028?", "vilken period gäller …?"): not an
# amount of money or anything else of it, which the material does not give.
_WHICH_YEARS = re.compile(r"\b20\d\d\s*(?:-|–|till|to)\s*(?:20)?\d\d\s+(?:eller|or|el)\s+20\d\d\b|"
                          r"\b(?:vilken|vilka|which|what)\s+(?:\w+\s+)?(?:period\w*|ar|years?|programperiod\w*)\b")
# Who the consultation goes to asked ("who is it sent to?", "who will receive it – only the municipalities?", "vilka
# får remissen?"): the partnership, all its members (b64 #52, #78: left out or "ask the coordinators").
_WHO_RECEIVES = re.compile(r"\bwho (?:is it|will it be|does it get|is the consultation|will the consultation be|"
                           r"was it) (?:sent|going|addressed) to\b|"
                           r"\bwho (?:will |does |gets? |is going to )?receives?\b|"
                           # "Who actually received the consultation" (b78 #55), "vilka har fått remissen"
                           r"\bwho (?:(?:actually|really|exactly|has|have|did) )*(?:received|got|get) "
                           r"(?:the |this |our )?(?:remiss|consultation)|"
                           r"\b(?:vem|vilka) (?:har |egentligen |faktiskt )*(?:fatt|fick) (?:remissen|den)\b|"
                           r"\b(?:vem|vilka) (?:skickas|gar|gick|skickades) (?:den|remissen) (?:ut )?till\b|"
                           r"\btill (?:vem|vilka) (?:skickas|gar|gick|skickades)\b|"
                           r"\b(?:vem|vilka) (?:far|fick|ska fa|kommer att fa) (?:remissen|den)\b|"
                           # "who is invited to respond?", "vilka är inbjudna att svara?" (b75 #42)
                           r"\bwho (?:is|are|gets|get|will be|was|were) (?:invited|asked|expected) to (?:respond|reply|"
                           r"answer|comment|submit)\b|"
                           r"\b(?:vem|vilka) (?:ar|blir|var) (?:inbjudna|inbjuden|ombedda) att (?:svara|yttra|lamna)|"
                           r"\b(?:vem|vilka) (?:bjuds in|ombeds) att (?:svara|yttra|lamna)")
# "behöver vi ta upp den i kommunfullmäktige?", "must our municipal council adopt it?": whether the municipality's own
# council or board is to handle RUS (folded).
_MUNICIPAL_COUNCIL_CHEAP = ("fullmaktige", "kf", "council")
# The council asked as where RUS is to be handled, not as the asker's story ("ska skriva en tjänsteskrivelse till
# KS"): "behöver … ta upp den i kommunfullmäktige", "måste KF besluta", "must our municipal council adopt it".
_COUNCIL = r"(?:kommunfullmaktige\w*|kf|(?:municipal|city|local) councils?)"
_MUNICIPAL_COUNCIL = re.compile(r"\b(?:behover|maste|ska|skall|bor|need|needs|must|have to|has to|required)\b"
                                r"(?:\s+\S+){0,8}?\s+(?:i|in|av|by)\s+(?:vart |var |our |the )?" + _COUNCIL + r"\b|"
                                r"\b" + _COUNCIL + r"\s+(?:\S+\s+){0,3}?(?:besluta\w*|anta|antas|behandla\w*|fatta\w*|"
                                r"godkann\w*|adopt\w*|approve\w*|decide\w*|vote\w*)\b")
# A member's own documents to be redone ("kommunens egna strategiska dokument måste göras om", "do our own plans
# need to be revised?"), folded.
_OWN_DOCUMENTS = re.compile(r"\b(?:egna|vara|kommunens|our|own)\s+(?:\w+\s+){0,2}?(?:dokument\w*|styrdokument\w*|"
                            r"planer|documents?|strategies|plans)\b(?:\s+\S+){0,4}?\s+(?:goras om|gora om|revideras|"
                            r"andras|uppdateras|be redone|be revised|be updated|be changed|need\w* (?:to be )?"
                            r"(?:revis\w*|redone|updat\w*|chang\w*))\b")
# Why the consultation went to officials ("varför gick remissen bara till tjänstepersoner", "why only officials"),
# folded.
_WHY_OFFICIALS = re.compile(r"\b(?:varfor|why)\b[^?]{0,80}?\b(?:tjansteperson\w*|tjanstem[ae]n\w*|officials|"
                            r"civil servants)\b")
# What is expected of the asker at a meeting ("vad förväntas av oss", "ska vi ha nåt klart till", "what is expected
# of us", "should we have anything ready"), folded.
_EXPECTED_OF_US = re.compile(r"\bforvantas (?:\w+ )?(?:av )?(?:oss|er|mig)\b|\bforvantar (?:\w+ )?(?:sig )?(?:av )?"
                             r"(?:oss|er|mig)\b|"
                             r"\b(?:ha|have) (?:nat|nagot|nagonting|anything|something) (?:\w+ )?(?:klart|ready)\b|"
                             r"\bwhat (?:is|are) (?:\w+ )?expected\b|\bexpected (?:of|from) (?:us|me|you)\b")
_ONLY_MUNICIPALITIES = re.compile(r"\b(?:bara|endast|only|just) (?:till )?(?:the )?(?:kommunerna|municipalities)\b")
# "vad innebär det (konkret) att strukturen ska behållas?", "what does keeping the structure mean?": what it means.
_STRUCTURE_MEANT = re.compile(r"\bvad (?:innebar|betyder|menas med|ar) (?:det )?(?:\w+ )?(?:att |med att )?"
                              r"(?:\w+ ){0,4}?struktur\w*\b[^?.]{0,40}\b(?:behall\w*|kvar|ska vara kvar)\b|"
                              r"\bwhat (?:does|do|is) (?:it |the )?(?:\w+ )?(?:mean|means|meant|imply|implies)?\b"
                              r"[^?.]{0,20}?"
                              r"\b(?:keep\w*|retain\w*) (?:the |its )?(?:current |same )?structure\b|"
                              r"\b(?:keep\w*|retain\w*) (?:the |its )?(?:current |same )?structure\b[^?.]{0,30}\b"
                              r"(?:mean|imply|in practice)|"
                              r"\bvad (?:innebar|betyder) (?:det )?(?:\w+ ){0,3}?att (?:\w+ )?behall\w* (?:\w+ )?"
                              r"struktur")
# Whether the structure of RUS will change (round 34, b68 #38: "Kommer strukturen i RUS att ändras?"): no – the
# current structure is kept. Folded; read after the word gate "struktur"/"structur".
_STRUCTURE_CHANGE = re.compile(r"\bstruktur(?:en|er|erna)?\b.{0,40}\b"
                               r"(?:andras|forandras|andra|forandra|andrats|gors om|"
                               r"byts|bytas|ersatts|ersattas|omarbetas|ny|nytt|annorlunda)\b|"
                               r"\b(?:andra|forandra|byta|andrar|forandrar|byter|gora om|gor om|ny|nya)\s+"
                               r"(?:pa |om )?(?:hela )?struktur(?:en|er|erna)?\b|"
                               r"\bstructure\b.{0,40}\b(?:change|changed|changing|redone|replaced|different)\b|"
                               r"\b(?:change|changing|changes|redo|replace|new)\s+(?:the |its |a |rus'?s? )?"
                               r"(?:overall |whole )?structure\b")
# A change of the structure proposed or wished by the asker ("kan vi föreslå en ny struktur?"): _why_not_new's.
_STRUCTURE_PROPOSE = re.compile(r"\b(?:foresla\w*|propos\w*|suggest\w*|onska\w*|vill (?:vi|ni|jag)|kan (?:vi|jag)|"
                                r"far (?:vi|jag)|can (?:we|i)|may (?:we|i)|could (?:we|i)|want to)\b")
_WH_BEFORE = re.compile(r"\b(?:vem|vilka|vilken|varfor|vad|hur|nar|who|why|what|how|when|which)\b")
# The members' part after the consultation asked: a say again before the decision, more to do after the response, a
# decision of their own on the final version (folded).
_AGAIN_CHEAP = any_of(("igen", "mer efter", "mer nar", "again", "more after", "eget beslut", "egna beslut",
                       "own decision", "an ytterligare", "nagot mer"))
_SAY_AGAIN = re.compile(r"\b(?:yttra|tycka till|tycker till|svara|lamna synpunkter|komma med synpunkter|paverka|"
                        r"comment|have (?:a|another) say|respond)\w*\b(?:\s+\S+){0,3}?\s+(?:igen|again)\b|"
                        r"\b(?:gora|do)\s+(?:nagot|nat|anything|something)\s+(?:mer|more)\s+(?:efter|after)\b")
_OWN_DECISION = re.compile(r"\b(?:fatta|ta|tar|fattar|take|make)\s+(?:\w+\s+)?(?:eget|egna|own)\s+(?:beslut|decision)")
_WHEN_DECIDED = re.compile(r"\bnar\b(?:\s+\S+){0,3}?\s+(?:beslut\w*|rf|regionfullmaktige|fullmaktige)\b|"
                           r"\bwhen\b(?:\s+\S+){0,4}?\s+(?:decide\w*|decision)\b")
# Something decided that is not the update itself ("was it decided which chapters …", "bestämdes det vilka delar …"),
# of a meeting named ("avstämningen", "the check-in"), folded.
_DECIDED_WHICH = re.compile(r"\b(?:decided|agreed|beslutades|bestamdes|beslutade|bestamde|kom man fram till)\b"
                            r"(?:\s+\w+){0,2}?\s+(?:which|what|vilka|vilket|vilken|vad)\b")
_MEETING_NAMED = re.compile(r"\bavstamning\w*|\bcheck-?in\b|\bpartnerskapsmote\w*")
# A wish asked ("vad var det vi ville ha?", "what did the municipalities want?"), and a role's text telling one.
_WISH_ASKED = re.compile(r"\b(?:vad|vilken|vilket|what|which)\b(?:\s+\S+){0,5}?\s+(?:ville|onskade|wanted|asked for|"
                         r"bad om)\b")
_TELLS_WISH = re.compile(r"\b(?:onskade|ville|asked for|wanted)\b")
# Another question asked before it in the message (folded).
# How long the updated RUS is to apply ("gäller den fram till 2030?", "hur länge gäller RUS?", "valid until 2030?",
# "vilken period gäller den för?") – of the strategy, not of an extension or the consultation.
_VALID_UNTIL = re.compile(r"\bgaller (?:den|rus\w*|strategin)(?: \w+){0,2}? (?:fram )?(?:till|tom|t o m|through) "
                          r"(?:20\d\d|och med)\b|\bhur lange (?:ska |kommer )?(?:den|rus\w*|strategin)(?: \w+){0,2}? "
                          r"(?:att )?galla\b|\bhur lange galler (?:den|rus\w*|strategin)\b|"
                          r"\bvilken (?:tids)?period galler (?:den|rus\w*|strategin)\b|"
                          r"\b(?:valid|apply|in force) (?:until|through|to|till) 20\d\d\b|"
                          r"\bhow long (?:will|does|is) (?:it|rus|the (?:new |updated )?(?:strategy|rus))(?: be)? "
                          r"(?:valid|apply|last|in force)\b")
_ASKED_BEFORE = re.compile(r"\?|\b(?:vad|what|nar|when|hur|how|vem|who|varfor|why)\b")
_KNOWS_NOT_LEAD = ("Det vet jag inte", "I don't know", "Hej! Det vet jag inte", "Hi! I don't know")


# What a body of the plan does, asked with "nu"/"next" beside it ("vad ska nämnderna göra nu?", "what will the
# committees do next?"): the body's role (folded text).
_ROLE_DOES = re.compile(r"\b(?:vad|va|what)\s+(?:ska|skall|gor|bor|behover|kommer|will|do|does|should)\b"
                        r"(?:\s+\S+){1,4}?\s+(?:gora|gor|do)\b")


# Why RUS is reviewed (again), asked in a long message ("varför RUS ska ses över redan nu", "varför regionen håller
# på med RUS igen"): the strategy, then the review or "again", a few words apart.
_WHY_REVIEWED = re.compile(r"\b(?:varfor|why)\b(?: \w+){0,5}? (?:rus|strategin|the strategy|strategy)\b(?: \w+){0,4}? "
                           r"(?:over|oversyn\w*|revider\w*|uppdater\w*|igen|reviewed|revised|updated|again)\b")
# Who writes the strategy ("är det vi som skriver hela strategin?", "vem skriver texterna?", "who drafts the text?").
_WHO_WRITES = re.compile(r"\b(?:vem|vilka|who)\b(?: \w+){0,3}? (?:skriver|skriva|writes?|drafts?)\b(?: \w+){0,3}? "
                         r"(?:strategin|rus|texten|texterna|den nya|the strategy|the text|the texts)\b|"
                         r"\b(?:ar det|is it) (?:vi|ni|regionen|we|you|the region)\b(?: \w+){0,3}? (?:som|who|that) "
                         r"(?:skriver|writes?|write|drafts?)\b|"
                         # "Vilka ska skriva den och när ska den vara klar?" of the new RUS (b60 #13): "den" is the
                         # strategy ("remissvaret" would be "det"; a message of the response is kept out below)
                         r"\b(?:vem|vilka|who)\b(?: \w+){0,2}? (?:skriver|skriva|write|writes) (?:den|it)\b")
# The name of a command asked for ("vad var kommandot för att …", "vilket kommando visar …", "what's the command").
_ASKS_COMMAND = re.compile(r"\b(?:vad (?:var|ar|heter) kommandot|vilket (?:var |ar )?kommando|kommandot (?:for|som)|"
                           r"what (?:was|is|'s) the command|which command|the command (?:for|to|that))\b")


# "har kommunerna bett om längre remisstid?", "har nån framfört det?", "did anyone ask for …": whether someone
# wished the consultation's length.
_WISH_OF_LENGTH = re.compile(
    r"\b(?:kommun\w*|nagon|nan|nagra|anyone|someone|municipalit\w*)\b(?:\s+\S+){0,4}?\s+"
    r"(?:(?:har|hade|hat)\s+)?(?:bett om|bad om|onskat|onskade|onskar|ville|velat|framfort|fatt igenom|fick igenom|"
    r"krav\w*|asked for|asked|wanted|requested|raised|pushed for)\b|"
    # "Vi framförde på KC/RD att vi behöver ordentligt med tid": the asker's own municipality's wish (b68 #4).
    r"\b(?:vi|we)\s+(?:har\s+|have\s+|had\s+)?(?:framforde|framfort|bad om|begarde|begart|asked for|requested|raised|"
    r"pushed for)\b")
_SPAN_ASKED = re.compile(r"\b(?:forsta dag\w*|first day|blev det till slut|vad blev det|ended up|oppnar den|"
                         r"when does it open|nar (?:borjar|startar|oppnar) (?:den|remissen)|"
                         # "… och att remissen startar samma dag": a start claimed beside another date
                         r"remissen (?:startar|borjar|oppnar)(?!\s+(?:den\s+)?\d)|"
                         r"(?:consultation|it) (?:starts|opens|begins)(?!\s+(?:on\s+)?\d))\b")
# "får man vara med", "kan vi komma två", "may two of us attend": who may attend a meeting.
_MAY_ATTEND = re.compile(r"\b(?:far|kan|may|can)\s+(?:man|vi|jag|flera|fler|tva|two|we|i|more)\b"
                         r"(?:\s+\S+){0,3}?\s+(?:vara med|delta|komma|attend|join|come)\b"
                         r"|\b(?:tva|two|flera|fler|several)\b(?:\s+\S+){0,4}?"
                         r"\s+(?:vill|want|would like)\b(?:\s+\S+){0,2}?\s+(?:delta|vara med|komma|attend|join|come)\b"
                         # "ska ja va me på mötet eller e de bara cheferna", "should I attend or only the managers?":
                         # whether the asker is to attend (b76 #22)
                         r"|\b(?:ska|bor|behover|maste|should|must|do|need)\s+(?:jag|ja|vi|man|i|we)\b(?:\s+\S+){0,2}?"
                         r"\s+(?:vara med|va med?|delta|ga|attend|join|go|be there)\b"
                         r"(?! (?:overens|igenom|through|over)\b)")
_OUTCOME_ASKED = re.compile(r"\b(?:vad kom (?:man|ni|de|vi) fram till|vad blev (?:resultatet|utfallet)|"
                            r"vad beslutades|what came out|what was decided|the outcome|"
                            # "… and what did they decide should be updated?" (b59 #29)
                            r"what did (?:they|you|we|the partnership) (?:decide|agree)|"
                            r"vad (?:bestamde|beslutade|kom) (?:de|dom|man|ni|partnerskapet) (?:fram till|om)?)")
_MORE_MEETINGS = re.compile(r"\b(?:fler|flera|ytterligare|nya|more|further|another)\s+"
                            r"(?:avstamning\w*|moten|check-?ins?|meetings?)\b")
# The consultation response's "must we answer?" and "how to answer" paragraphs.
_MUST_RESPOND_PARAGRAPH = re.compile(
    r"^(?:Det står inte i underlaget om ni måste lämna remissvar|Remissvaret lämnar er organisations|"
    r"The material does not say whether you must respond|The consultation response is given by)", re.M)
# "var och när är det?", "where and when is it?": the place (and time) of a meeting.
_WHERE_WHEN = Quick(re.compile(r"\bvar och nar\b|\bnar och var\b|\bwhere and when\b|\bwhen and where\b|"
                               r"\bvar (?:hall|halls|ar) (?:det|den|motet|avstamningen)\b|\bwhere is (?:it|the)\b"))
_KNOWS_NOT_QUOTED = re.compile(r"” – (?:det vet jag inte|I don't know)")
# …of the consultation's length ("längre remisstid", "hela september"), not any wish ("kommun önskar besked").
_LENGTH_ASKED = re.compile(r"langre|forlang|mer tid|hela september|(?:t\.? ?o\.? ?m\.?|tom|till och med|through) "
                           r"september|remisstid|longer|more time|extend|lang\w* tid|(?:ordentligt|gott|tillrackligt) "
                           r"med tid|tid (?:for|till|pa) remissen|enough time|sufficient time")
_WISH_SAID = ("onskar", "onskade", "asked for", "wish")
# Where the consultation's length came from, asked (round 38): who set it ("vem har bestämt hur lång remisstiden
# blir?"), whether it was the region's proposal ("det var väl regionens förslag?"), whether the municipalities' wish
# was met ("har kommunerna fått gehör för det?"). Folded text.
_LENGTH_OF_CONSULTATION = re.compile(
    r"\bremisstid\w*|\bremissperiod\w*|\bhur lang\w* (?:tid )?remiss\w*|\bremissens langd\b|\blength of the "
    r"consultation\b|\bconsultation period\b|\bhow long the consultation\b|\b(?:tom|t o m|till och med|anda till|"
    r"anda in i|anda fram till|through|until|into) september\b")
_WHO_SET_LENGTH = re.compile(
    r"\b(?:vem|vilka|vems|who|whose)\b[^?.!]{0,60}?\b(?:bestamt|bestamde|beslutat|beslutade|bestammer|beslutar|"
    r"satt|satte|faststallt|decided|decides|set|chose)\b[^?.!]{0,60}?(?:" + _LENGTH_OF_CONSULTATION.pattern + r")|"
    r"(?:" + _LENGTH_OF_CONSULTATION.pattern + r")[^?.!]{0,50}?\b(?:vem|who)\b[^?.!]{0,30}?\b(?:bestamt|bestamde|"
    r"beslutat|beslutade|bestammer|satt|satte|decided|set)\b")
_REGION_PROPOSED_LENGTH = re.compile(
    r"\b(?:regionens|the region'?s|region orebro lans)\s+(?:eget?\s+|own\s+)?(?:forslag|ide|beslut|proposal|idea|"
    r"decision|call)\b|\b(?:forslag|ide|proposal|idea)\w*\s+(?:fran|av|from|of|by)\s+(?:regionen|the region)\b|"
    r"\b(?:regionen|the region)\s+(?:som\s+)?(?:\w+\s+)?(?:foreslog|ville|bestamde|proposed|wanted|decided)\b")
_WISH_MET = re.compile(r"\b(?:fatt|fick|far) (?:\w+ ){0,2}?(?:gehor|igenom)\b|\b(?:got|get) their way\b|"
                       r"\b(?:wish|request)\w* (?:\w+ )?(?:been |was |were )?(?:met|granted|heard|listened to)\b|"
                       r"\blyssnat pa\b|\btagit hansyn\b")
# Whether someone could influence something ("haft möjlighet att påverka", "have a say in", "influence"), folded.
_INFLUENCE_ASKED = re.compile(r"\bpaverka\w*|\binflytande\b|\binfluenc\w*|\bhave (?:a|any) say\b|\bsay in\b|"
                              r"\bsynpunkter pa tidplan\w*|\btycka till om tidplan\w*")
_AMBIGUOUS_MONTH_WORDS = frozenset({"mar", "may", "jul", "jun", "sep", "dec", "nov", "jan", "feb", "apr", "aug", "okt",
                                    "oct"})
# A day presumed for the meeting, next to its name in one sentence: "avstämningen är på fredag", "idag är det
# avstämning", "is the check-in on Tuesday".
_WEEKDAY_NUMBER = {w: n for n, ws in enumerate((
    ("mandag", "mandagen", "monday"), ("tisdag", "tisdagen", "tuesday"), ("onsdag", "onsdagen", "wednesday"),
    ("torsdag", "torsdagen", "thursday"), ("fredag", "fredagen", "friday"), ("lordag", "lordagen", "saturday"),
    ("sondag", "sondagen", "sunday"))) for w in ws}
_TODAY_WORDS = frozenset({"idag", "i dag", "today"})
_TOMORROW_WORDS = frozenset({"imorgon", "i morgon", "imorn", "i morn", "tomorrow"})
_DAY_WORD = "|".join(sorted([*_WEEKDAY_NUMBER, *_TODAY_WORDS, *_TOMORROW_WORDS], key=len, reverse=True))
_MEETING_WORD = r"(?:avstamning\w*|motet|mote|check-in|checkin|meeting)"
_MEETING_DAY_CLAIM = re.compile(
    rf"\b{_MEETING_WORD}\b[^.?!,;]{{0,40}}?\b(?:pa|on|)\s*(?P<d1>{_DAY_WORD})\b"
    rf"|\b(?P<d2>{_DAY_WORD})\b[^.?!,;]{{0,20}}?\b{_MEETING_WORD}\b")
# "… va?", "… väl?", "right?": a statement put up for confirmation.
_CONFIRM_TAIL = re.compile(r"\bval\b|\b(?:va|eller hur|stammer det|right|correct|isn't it|is it)\s*\?")


# "dagar kvar av 2021", "veckor kvar på året", "days left of the year", "days remaining in December".
_LEFT_OF_CALENDAR = re.compile(r"\b(dagar|dar|veckor|days|weeks)\b(?:\s+\w+){0,3}?\s+(?:kvar|aterstar|left|remaining|"
                               r"remain)\s+(?:av|pa|i|of|in)\s+(?:the\s+|this\s+)?(20\d\d|aret|year|"
                               r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                               r"january|february|march|may|june|july|august|october)\b")
# "nu när avstämningen är gjord", "när remissen är slut", "now that the consultation is over": a step done, told as
# the point from which the next is asked.
_NOW_THAT_DONE = re.compile(r"\b(?:nu )?(?:nar|da|efter att) ((?:[\w-]+ ){0,5}?[\w-]+) (?:(?:ar|blev) (?:nu )?(?:gjord|"
                            r"gjort|klar|klart|avklarad|avklarat|over|genomford|genomfort|avslutad|avslutat|slut|"
                            r"stangd)|(?:nu )?har (?:varit|genomforts|hallits|agt rum))\b|"
                            r"\bnow that ((?:[\w-]+ ){0,5}?[\w-]+) (?:is|has been|was|'s) "
                            r"(?:done|over|finished|complete|completed|held|behind us|closed)\b|"
                            # "Avstämningen var igår – vad händer nu?", "the check-in was yesterday, what now?": the
                            # step told as gone by its day (b76 #25)
                            r"\b((?:[\w-]+ ){0,2}?[\w-]+) (?:var|holls|agde rum|was|took place|happened) "
                            r"(?:i gar|igar|i forrgar|forra veckan|i forra veckan|yesterday|last week)\b")
_WHATS_NEXT = re.compile(r"\bvad (?:hander|sker|blir|kommer)\b|\bnasta steg\b|\bhur gar (?:vi|det) vidare\b|"
                         r"\bwhat (?:happens|comes|is|'s) next\b|\bwhat happens\b|\bwhat now\b|\bnext step\b")
_HOW_MANY = re.compile(r"\b(?:hur manga|how many|how much|antal)\b")
# "Hur många veckor är det kvar till årsskiftet?", "days until New Year's Eve", "veckor till nyår": the year's end
# named as the point counted to (read as `_LEFT_OF_CALENDAR`'s "of the year").
_TO_YEAR_END = re.compile(r"\b(dagar|dar|veckor|days|weeks)\b(?:\s+\w+){0,4}?\s+(?:till|until|til|to|before|innan|"
                          r"fore)\s+(?:the\s+)?(?:arsskifte\w*|nyar\w*|new year\w*|end of (?:the )?year|arets slut|"
                          r"year.?s end|slutet (?:av|pa) aret|(?:slutet (?:av|pa)|utgangen av|end of) (?:ar )?20\d\d)")

_MONTH_NAMES_SV = ("januari februari mars april maj juni juli augusti september oktober november december").split()
_MONTH_NAMES_EN = ("January February March April May June July August September October November "
                   "December").split()


# A date written after a weekday (folded): "den 30 september", "30/9", "the 30th of September".
_DATED_AFTER = re.compile(r"\s*(?:den\s+|the\s+)?(\d{1,2})(?:e|a|st|nd|rd|th)?\.?\s*(?:/\s*(\d{1,2})\b|(?:of\s+)?"
                          r"([a-z]+))?")


def _is_day(day: dt.date, dated: re.Match[str]) -> bool:
    """Whether a date written after a weekday ("den 30 september", "30/9") is `day`: its day of the month, and its
    month by number or by a name of that month (MONTHS), when one is written."""
    if int(dated.group(1)) != day.day:
        return False
    if dated.group(2):
        return int(dated.group(2)) == day.month
    word = dated.group(3)
    return word is None or word not in MONTHS or MONTHS[word] == day.month


def _greeting_apart(body: str) -> tuple[str, str]:
    """An answer's text as (the greeting it opens with, the rest): a lead put first goes after "Hej! "."""
    greeting = next((g for g in ("Hej! ", "Hi! ", "Hej!\n\n", "Hi!\n\n") if body.startswith(g)), "")
    return greeting, body[len(greeting):]


def _without_date(e: Entities) -> Entities:
    """A question's entities without the day or period read from a date it gives (a wrong date's, once corrected)."""
    return replace(e, period=None, items_on_day=[], meetings_on_day=[])


def _generic(answer: Answer) -> bool:
    """The "not sure" or the general "I don't know … Jag kan svara på …": no answer to the question asked."""
    return answer.topic == "unsure" or (answer.topic == "unknown" and answer.text.endswith(talk.OFFER))


def _said_in(paragraph: str, lead: str, item: TimelineItem, language: Language) -> bool:
    """Whether a paragraph says again what a dated lead about `item` said: its text, or the item's line with its date
    ("**Avstämning med partnerskapet** – torsdag 11 mars 2021 (om 6 dagar)")."""
    plain = paragraph.strip()
    if plain in lead:
        return True
    name = item.name.get(language)
    days = [format_date(d.earliest, language) for d in (item.date, item.start, item.end) if d is not None
            and d.is_exact]
    return name in plain and name in lead and any(d in plain and d in lead for d in days)


# Where a sentence may end (a cheap test first), and its end with the word before it: "e.g.", "t.ex.", "kl." end
# no sentence.
_MAYBE_END = re.compile(r"[.!?]\S*\s")
_END = re.compile(r"(\S*)([.!?]+)[\"'”“»)]*\s+|\s*\n+\s*")


def _cut_sentences(text: str) -> list[str]:
    """The sentences of a message: cut after ".", "!" or "?" and at a line break, not after an abbreviation ("How
    do I add a meeting, e.g. a check-in on 9 November?" is one sentence; "ok tack. en fråga till: …?" two)."""
    if "\n" not in text and not _MAYBE_END.search(text):
        return [text.strip()] if _WORDLIKE.search(text) else []     # one sentence, as most messages are
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        word, mark = m.group(1) or "", m.group(2) or ""
        if mark == "." and ("." in word or (len(word) <= 3 and word.isalpha() and word.islower())) and (
                m.end() < len(text) and not text[m.end()].isupper()):
            continue        # "e.g. a", "t.ex. kompetens", "kl. 23" go on
        out.append(text[start:m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [x for x in out if _WORDLIKE.search(x)]


class _Readings(NamedTuple):
    texts: list[str]            # the readings, widest first
    alone: str | None           # the question on its own, whose words the story's do not overrule
    # How the narrowest reading came about: "quote" (a forwarded quotation), "story" (texts[-2] is the questions read
    # with the story told before them), "" (as before): with "quote" or "story" the narrowest reading is taken only
    # when the model reads it clearly (see `understand`).
    kind: str


def _readings(text: str, names_topic: Callable[[str], bool] | None = None) -> _Readings:
    """The message, and the parts of it that carry the question: without a greeting in front
    ("Hej! Jag undrar när…"), and its questions alone when it also tells a story ("Jag är ny på
    Länsstyrelsen. Vad har hänt hittills?"), narrowest last. Beside them the reading that is the question on its
    own, if there is one: a forwarded quotation, or questions that point back at nothing told; the story's words
    do not overrule what the model reads in it (see `understand`).
    `names_topic`: whether a question names a topic of its own; with it, questions that do not are also read
    with the story told before them, just before the questions alone."""
    readings = [text]
    rest = _GREETING.sub("", text, count=1)
    if rest != text and len(rest.split()) >= 3:
        readings.append(rest)
    quoted = [m.group(1).strip() for m in _QUOTED.finditer(rest)]
    if quoted and len(tokens(fold(" ".join(quoted)))) >= 4:
        # 'Från mejl: ”Can you confirm the remisstid? Och vilka ska få remissen?”': the question forwarded is what
        # is asked, not the words around it ("mejl", a signature naming the sender).
        readings.append(" ".join(quoted))
        return _Readings(readings, readings[-1], "quote")
    sentences = _cut_sentences(rest)
    # A forwarded question ends in its quotation mark ("… vilket mandat har det?”").
    asks = [x.rstrip(_CLOSING).endswith("?") for x in sentences]
    questions = [x for x, q in zip(sentences, asks, strict=True) if q]
    if len(sentences) > 1 and questions and len(questions) < len(sentences):
        asked = tokens(fold(" ".join(questions)))
        # A question that points back at the story ("…vill dra tillbaka sitt remissvar. Går det?", "Hur gör
        # jag?") says nothing on its own: the story is what it asks about.
        if len(asked) >= 4 and not (set(asked) & _BACK and len(asked) < 8):
            alone = " ".join(questions)
            if names_topic is not None:
                # The story told since the question before is what a question naming no topic asks about ("Jag
                # skrev några inspel i våras. Kan jag se vad jag har lämnat?"): a reading of its own, tried when
                # the question alone is not clear (see `understand`).
                picked, told = [], []
                for x, q in zip(sentences, asks, strict=True):
                    if not q:
                        told.append(x)
                        continue
                    picked += ([*told, x] if not names_topic(x) else [x])
                    told = []
                if picked != questions:
                    readings.append(" ".join(picked))
            readings.append(alone)
            story = len(readings) > 2 and readings[-2] != rest and readings[-2] != text
            return _Readings(readings, None if _told_of(alone) else alone, "story" if story else "")
    return _Readings(readings, None, "")


# How sure the model must be of a question read alone to read it without the story told before it.
_CLEAR = 0.5
# A copula or "har" before "det" makes it no pointer back ("är det kvar", "vilket mandat har det").
_EXPLETIVE_BEFORE = frozenset("ar e blir var finns galler har hade is was".split())


def _told_of(question: str) -> bool:
    """Whether a question points back at what was told before it ("Kan du göra det?", "… till det nya datumet"), or
    asks about the asker, whom the story names ("Jag jobbar på Länsstyrelsen. Vilken roll har vi?")."""
    words = tokens(fold(question))
    return any((w in _BACK and (i == 0 or words[i - 1] not in _EXPLETIVE_BEFORE)) or (w in _ASKER_WORDS and w != "i")
               for i, w in enumerate(words))


_CLOSING = "\"'”“» "
# A question in quotation marks ("”Hur involveras partnerskapet …?”").
_QUOTED = re.compile(r"[”“\"»«]([^”“\"»«]{10,}\?)\s*[”“\"»«]")


# Words in front of a piece that join it to the one before ("Och Företagarna?", "å när e remissen slut"), and
# quotation marks of a forwarded question.
_JOINER = re.compile(r"^(?:och|samt|and|plus|å|o|men|but)\s+", re.IGNORECASE)
_QUOTES = " ,;.!?\"'”“»«>–-"
# A request to answer what was just asked, with no question of its own.
_META = re.compile(r"^(?:could|can|would|kan|skulle)\s+(?:you|du|ni|boten|botten)\s+(?:please\s+|snälla\s+)?"
                   r"(?:clarify|explain|answer|help|svara|förklara|reda ut|hjälpa)(?:\s+\w+){0,3}$", re.IGNORECASE)


# A statement made a question by its tail ("Handelskammaren är med va?", "… eller hur?").
_TAG = re.compile(r"\b(?:va|väl|eller hur|eller|right|isn't it|aren't they|ja)$", re.IGNORECASE)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0]


def _same_answer(a: Answer, b: Answer) -> bool:
    """Whether two parts' answers on one topic overlap so much that one says it all: the same opening
    sentence (not a bare "Ja."), or nearly the same words."""
    if a.topic != b.topic:
        return False
    first = _first_sentence(a.text)
    if len(first) >= 25 and first == _first_sentence(b.text):
        return True
    wa, wb = set(tokens(fold(a.text))), set(tokens(fold(b.text)))
    return bool(wa) and len(wa & wb) >= 0.8 * len(wa | wb)


def _content(text: str) -> set[str]:
    """The words of a text that carry its content."""
    return {w for w in tokens(fold(text)) if len(w) >= 5}


def _said_already(text: str, said: str, strict: bool = False) -> bool:
    """Whether what a text says (an answer to a part, or the part's question) is in what was said: its first
    sentence, or nearly all of its words."""
    if _first_sentence(text).removeprefix("- ").lower() in said.lower():
        return True
    lead = _content(_first_sentence(text))
    if len(lead) >= 3 and lead <= _content(said):
        return True     # what it opens with is said ("X är en av händelserna …" after "X – mer än så …")
    if strict:
        return False
    words = _content(text)
    # (A short text shares its few words with much: "RUS står för regional utvecklingsstrategi" is not said by
    # "partnerskapet för regional utveckling".)
    return len(words) >= 5 and len(words & _content(said)) >= 0.8 * len(words)


# Two quoted terms asked of at once ('Vad betyder "agil process" och "korta ledtider"?').
_TWO_TERMS = re.compile(r"([\"'”“«])([^\"'”“«»]{2,40})[\"'”“»]\s*(?:,|och|samt|and|&)\s*"
                        r"([\"'”“«])([^\"'”“«»]{2,40})[\"'”“»]")


def _each_term(piece: str) -> list[str]:
    """A question asked of two quoted terms at once, as one question of each: 'Vad betyder "agil process" och
    "korta ledtider"?' asks what each means, and the answer to the first is no answer to the second."""
    m = _TWO_TERMS.search(piece)
    if m is None:
        return [piece]
    return [piece[: m.start()] + f"{m.group(1)}{m.group(2)}{m.group(1)}" + piece[m.end():],
            piece[: m.start()] + f"{m.group(3)}{m.group(4)}{m.group(3)}" + piece[m.end():]]


def _asked_said(question: str, said: str) -> bool:
    """Whether the reply speaks of what a question asks: most of its words are in it, cut to their stems."""
    stems = {w[:5] for w in _content(question)}
    return bool(stems) and len(stems & {w[:5] for w in _content(said)}) >= 2 / 3 * len(stems)


# What happens now or next, or has happened: asked beside a date or a status ("är remissen stängd? vad händer nu?"),
# not said by the answer to it.
_WHAT_NOW = frozenset({"now", "next", "progress"})
# "… säger att jag inte är bekräftad. … vem fixar det?", "I'm not linked – how do I sort that?"
_UNCONFIRMED = re.compile(r"\b(?:inte|ej|not|no longer|inte langre) (?:ar |e |is |am |been )?(?:bekraftad\w*|"
                          r"kopplad\w*|confirmed|linked)\b")
_FIX_ASKED = re.compile(r"\b(?:vem (?:fixar|ordnar|loser|bekraftar|kan fixa|kan ordna|ska fixa)|hur (?:fixar|ordnar|"
                        r"loser|blir) (?:jag|vi|man)|vad (?:gor|ska) (?:jag|vi) (?:nu|da|gora)|who (?:fixes|sorts|can "
                        r"fix|confirms)|how do (?:i|we) (?:fix|sort|get)|what (?:do|should) (?:i|we) do)\b")
# "vad ska jag göra nu?", "what should we do next?": what the asker is to do, which a timeline shown beside it (what
# has happened, when things are) does not say (blind 37 #20).
_ASKER_DOES = re.compile(r"\b(?:vad|hur|what|how)\b.{0,12}\b(?:ska|skall|bor|behover|maste|kan|should|shall|must|"
                         r"do|can)\s+(?:jag|vi|man|i|we)\b.{0,20}\b(?:gora|do|jobba|arbeta|work)\b")
# A yes/no question ("Behöver vi vara där?", "Can the press attend?"): when not understood, said so, quoted.
_YES_NO = re.compile(r"(?:behöver|behover|måste|maste|kan|får|far|ska|skall|bör|bor|finns|blir|do|does|can|must|"
                     r"should|need|may|will)\b", re.IGNORECASE)


# A question word that asks, not one that starts a statement too ("Har varit på semester …").
_ASKS_OPENLY = re.compile(r"(?:vad|vem|vilka|vilken|vilket|när|nar|hur|varför|varfor|kan|what|when|who|which|how|why|"
                          r"can)\b|va\s+(?:är|ä|e|har|hander|händer|gäller|galler|ska|blir|betyder)\b", re.IGNORECASE)


# A question asked in a verb of its own ("Räcker det ändå med tid?", "Hinner vi det?").
# (Not "när/vem/vad …": those the answer to the rest often answers in other words.)
_ASKS_OWN = re.compile(r"(?:räcker|racker|hinner|gäller|galler)\b", re.IGNORECASE)


# A verb opening a yes/no question ("Pågår fas 1 fortfarande …?", "Has the anchoring already happened?"), beyond
# those of _YES_NO: a question of its own, left unanswered, is said unsure rather than dropped (blind batches 45–46).
_MORE_YES_NO = frozenset("pagar hinner racker gar kommer ingar".split())


def _opens_yes_no(piece: str) -> bool:
    words = tokens(fold(piece))
    return is_yes_no(piece) or (bool(words) and words[0] in _MORE_YES_NO)


def _left_unsure(piece: str, u: Understanding, said: str, intents: set[str], families: set[str], topic: str) -> bool:
    """Whether a yes/no question beside the one answered ("Behöver vi vara med?", "Do I need to attend?") is left
    without a reply because it was not read surely: of no kind answered, naming no topic of its own read with
    conviction, pointing back at nothing, and not about the bot's own features (those the bot knows, so "not from
    the material" would mislead)."""
    if topic == "unknown" or topic.startswith("feature.") or u.intent in intents or _family(u.intent) in families:
        return False
    # A reading of no word of the piece's own, without conviction ("ska vi skicka in nåt skriftligt innan?" read as
    # the consultation response at 0.56), is a guess: the piece is not taken as read surely (blind batch 43).
    # Not when the reply speaks of a word of it already ("Ska vi skicka statistik?" after "… till exempel statistik").
    guessed = not (u.entities.concepts - _VAGUE - _ASKING) and not u.entities.organisations and u.confidence < 0.8 and (
        not any(w[:6] in fold(said) for w in tokens(fold(piece)) if len(w) >= 6 and w not in _COMMON_LONG))
    if u.sure and u.intent != OUT_OF_SCOPE and u.confidence >= 0.5 and not guessed:
        return False
    folded_piece = fold(piece)
    # A question of its own words ("Räcker det ändå med tid?", "Får vi se texten innan den går vidare?") is not
    # answered by the answer to what it points back at, as a bare "Stämmer det?" is (blind batches 39–40: such
    # parts were left out without a word).
    own_words = len(piece.split()) >= 5 and bool(_ASKS_OWN.match(piece))
    # An open question naming a topic of its own ("Vilka underlag kommer att skickas ut?", "vad som beslutades"
    # beside a date corrected): left unanswered, it is said unsure as a yes/no question is (blind batches 33–46).
    open_asked = bool(_ASKS_OPENLY.match(piece)) and bool(u.entities.concepts - _VAGUE - _ASKING)
    if len(piece.split()) < 4 or not (_YES_NO.match(piece) or _opens_yes_no(piece) or own_words or open_asked) or (
            not own_words and (_POINTS_BACK.search(folded_piece) or _THERE.search(folded_piece))):
        return False
    best = next((i for i, _ in u.ranked if i != OUT_OF_SCOPE), OUT_OF_SCOPE)
    # (A reading as what the bot is, below even odds, is no reading of it: "måste vi lämna något svar alls om vi inte
    # har några synpunkter?" at 0.24 (blind batch 48); the bot's self-introduction answers no question of the process.)
    if _family(best) in families or (best.startswith(("feature.", "about_bot")) and not guessed
                                     and (best != u.intent or u.intent != "about_bot" or u.confidence >= 0.5)):
        return False
    return _unanswered(piece, u, said)


def _unanswered(piece: str, u: Understanding, said: str) -> bool:
    """Whether a question of a message is left without a reply: it asks something of its own ("Behöver vi vara
    där?"), not a confirmation or a request about what came before, and the reply speaks of none of it, not even
    to say it is not known."""
    folded_piece = fold(piece)
    if u.intent in ("empty", "greeting", "thanks", "help") or len(piece.split()) < 3 or not re.search(
            r"\w{4}", folded_piece) or _CONFIRMS.search(folded_piece) or _REQUEST.match(folded_piece):
        return False
    if _asked_said(piece, said):
        return False
    words = _content(piece)
    not_known = " ".join(x for x in _LAST_SENTENCE.split(said) if any(w in x for w in _KNOWS_NOT))
    return not (words and len(words & _content(not_known)) >= len(words) / 2)


# A question sentence of a message: up to its "?", after the last sentence end; its list mark ("a)", "2.") and a
# leading "och"/"and"/"om inte," are no part of what it asks.
_QUESTION_SENTENCE = re.compile(r"[^.?!\n:]*\?")
_SENTENCE_LEAD = re.compile(r"^\W*(?:[a-z1-9][).]\s*)?(?:(?:och|and|men|but|samt|om inte|if not|annars)\b,?\s*)*",
                            re.IGNORECASE)
_PROGRESS_UNKNOWN = re.compile(r"känner (?:bara )?tidplanen|only know the (?:plan|timeline)|know the timeline")
_NO_PARTS_TOPICS = frozenset({"empty", "greeting", "thanks", "help", "unsure"})


def _question_sentences(text: str) -> list[str]:
    out = []
    for m in _QUESTION_SENTENCE.finditer(text):
        sentence = _SENTENCE_LEAD.sub("", m.group(0).strip().strip(_QUOTES)).strip()
        if len(sentence.split()) >= 4:
            out.append(sentence)
    return out


# Question words that open a part of a message asked beside another ("… och när den slutar", "samt om formkrav …").
_PART_WORDS = (r"(?:om|huruvida|när|nar|hur|vad|vem|vilka|vilken|vilket|varför|varfor|whether|if|when|how|what|who|"
               r"which|why)")
# An indirect ask ("undrar", "önskar besked om", "would like to know", "kan du förklara") and the few words that may
# stand between it and what it asks: the lead of _INDIRECT_ASK and _INDIRECT_LEAD both.
_INDIRECT_VERB = (
    r"(?:undrar|undrade|funderar på|funderar pa|(?:önskar|onskar|vill|ber|be|anhåller|anhålla|anhaller|anhalla|"
    r"hemställer|hemstaller) (?:\w+ ){0,3}?(?:upplysning|besked|information|info|svar|veta|bekräftelse|bekraftelse|"
    r"klarläggande|klarlaggande|förtydligande|fortydligande)|would like to know|want to know|wonder|wondering|"
    r"please (?:tell|explain|let (?:me|us) know)|(?:could|can|would) you (?:\w+ )?(?:tell|explain|describe)"
    r"(?: (?:me|us))?|kan (?:du|ni) (?:\w+ )?(?:förklara|forklara|berätta|beratta|beskriva)(?: för (?:mig|oss))?)"
    r"\s+(?:[\w:,]+\s+){0,4}?(?:dels\s+)?")
# An indirect question: a sentence asking without its "?" ("Jag önskar även upplysning om huruvida …", "I'd like to
# know whether …", "Jag undrar när …").
_INDIRECT_ASK = re.compile(r"\b" + _INDIRECT_VERB + _PART_WORDS + r"\b", re.IGNORECASE)
# Where a question sentence goes on with a part of its own: ", samt om …", " och när …", ", vilka …", " and whether …"
# (not "och i så fall när", which asks of the part before it).
# (A bare comma goes on with a part only before an open question word: ", om vi …" is a condition.)
_PART_JOIN = re.compile(r"(?:\s*,?\s+(?:samt|och|and|dels)\s+(?:(?:information|besked|upplysning|info) om\s+)?(?="
                        + _PART_WORDS + r"\s)|\s*,\s*(?=(?:när|nar|hur|vad|vem|vilka|vilken|vilket|varför|varfor|when|"
                        r"how|what|who|which|why)\s))", re.IGNORECASE)


# Words that may join two parts of one question sentence, or ask indirectly (folded): a cheap gate before _asked_parts.
_JOIN_CUE = re.compile(r"\b(?:och|samt|and|undrar|onskar|vill veta|wonder\w*|would like|want to know|please)\b|, ")


# A place said not to be in the county or region ("they're not really in our region", "ligger väl inte i länet?",
# "tillhör inte Örebro län"), folded.
_NOT_IN_COUNTY = re.compile(r"\b(?:inte|int|not|isn ?t|aren ?t|utanfor|outside)\b(?: \w+){0,3}? ?(?:i|in|del av|"
                            r"part of|tillhor|belong\w* to|of)?\b(?: \w+){0,2}? ?"
                            r"(?:regionen|region|lanet|lan|county)\b")


# The refutation of a new strategy as the premise, and that premise said in a message (folded).
_NEW_RUS_REFUTED = ("Nej – det är inte en ny RUS", "No – this is not a new RUS")
# (Taken for granted, as the ground of the question: "Eftersom det blev en helt ny strategi – …", "now that it is a
# new strategy, …"; "har länsstyrelsen godkänt nya RUS?" only names it.)
_NEW_STRATEGY_SAID = re.compile(r"\b(?:eftersom|nu nar|nar nu|since|now that|given that)\b[^?]{0,40}?\b(?:helt |whole |"
                                r"completely |brand-?)?(?:ny|nya|new) (?:strategi\w*|rus\w*|strategy)\b")


# A bullet that is a sentence of its own (no bold name, a full stop at its end): what _said_once may drop.
_SENTENCE_BULLET = re.compile(r"\n- [^\n*]{28,}\.(?:\n|$)")


# A short version asked for in so many lines or sentences ("tre rader om …", "ett par meningar", "in three lines").
_FEW_LINES = re.compile(r"\b(?:en|ett|tva|tre|fyra|fem|nagra|par|\d|one|two|three|four|five|a few)\s+"
                        r"(?:korta\s+|short\s+)?(?:rader|meningar|lines)\b")


class _Part(NamedTuple):
    text: str       # as asked (quoted when said unknown)
    read: str       # what is read: without an indirect lead ("Could you explain", "Jag önskar upplysning om huruvida")
    whole: bool     # a question sentence of its own, not cut out of one or asked indirectly


# The lead of an indirect question up to what it asks (the "om"/"whether" of a yes/no question goes with it).
# (It ends after a yes/no question's "om"/"huruvida"/"whether", or before an open question's word.)
_INDIRECT_LEAD = re.compile(r"^.*?" + _INDIRECT_VERB + r"(?:(?:om\s+)?(?:huruvida|whether|if|om)\s+|(?=" + _PART_WORDS
                            + r"\b))", re.IGNORECASE)


# The word of an indirect yes/no question that goes on a sentence ("…, samt huruvida X är part"): not read.
_YES_NO_WORD = re.compile(r"^(?:huruvida|whether|om|if)\s+(?=\w+\s+\w+)", re.IGNORECASE)


def _asked_parts(text: str) -> list[_Part]:
    """The parts a message asks, each a question of its own: its question sentences, its indirect questions
    ("Jag önskar även upplysning om huruvida …"), and each of them cut where it goes on with a question word of its
    own ("vad fas 1 innebär och när den slutar", "varför uppdateras RUS, vilka var med och hur har processen sett
    ut?"). A piece of fewer than three words stays with the one before ("när och hur")."""
    units = _question_sentences(text)
    if _INDIRECT_ASK.search(text):
        units = [x.strip() for x in _cut_sentences(text)
                 if x.rstrip(_CLOSING).endswith("?") or _INDIRECT_ASK.search(x)]
        units = [_SENTENCE_LEAD.sub("", x.strip(_QUOTES)).strip() for x in units]
    parts: list[_Part] = []
    for unit in units:
        pieces: list[str] = []
        start = 0
        for m in _PART_JOIN.finditer(unit):
            piece = unit[start:m.start()]
            # (the piece before must ask, not set a condition: "Om vi måste skjuta på mötet, hur flyttar jag det?")
            if len(piece.split()) >= 3 and len(unit[m.end():].split()) >= 3 and (pieces or _piece_asks(piece)):
                pieces.append(piece)
                start = m.end()
        pieces.append(unit[start:])
        for piece in pieces:
            piece = piece.strip(_QUOTES)
            if len(piece.split()) < 3:
                continue
            read = _INDIRECT_LEAD.sub("", piece, count=1) if _INDIRECT_ASK.search(piece) else _YES_NO_WORD.sub(
                "", piece, count=1)
            whole = len(pieces) == 1 and read == piece and len(piece.split()) >= 4
            parts.append(_Part(piece, read if len(read.split()) >= 3 else piece, whole))
    return parts


def _piece_asks(piece: str) -> bool:
    """Whether a piece of a sentence asks (a question word or verb first, or an indirect question)."""
    lead = _SENTENCE_LEAD.sub("", piece.strip(_QUOTES))
    return bool(_ASKS_OPENLY.match(lead) or _YES_NO.match(lead) or _opens_yes_no(lead) or _INDIRECT_ASK.search(lead))


def _own_question(sentence: str) -> bool:
    """Whether a sentence asks something of its own (a yes/no or open question naming something), not a
    confirmation, a request to the bot, or a short question pointing back."""
    folded = fold(sentence)
    if _CONFIRMS.search(folded) or _REQUEST.match(folded) or not re.search(r"\w{5}", folded):
        return False
    if _POINTS_BACK.search(folded) and len(sentence.split()) <= 6:
        return False
    return bool(_YES_NO.match(sentence) or _opens_yes_no(sentence) or _ASKS_OPENLY.match(sentence))


def _question_told(sentence: str, said: str, folded_said: str) -> bool:
    """Whether a reply speaks of a question sentence: its words, the kind of answer it asks for (a weekday, a count,
    a date), or quotes it."""
    return (_asked_said(sentence, said) or _spoken_of(sentence, folded_said) or _kind_answered(sentence, folded_said)
            or fold(sentence.rstrip("?. "))[:30] in folded_said)


def _guessed_part(text: str, u: Understanding) -> bool:
    """Whether a later part of a message is read surely only by a guess: below even odds, naming no topic or
    organisation of its own, and a question of its own (yes/no or open) of five words or more."""
    question = re.split(r"(?<=[.!?])\s+", text)[-1].rstrip("?. ")
    e = u.entities
    return (u.confidence < 0.5 and u.intent not in ("empty", "greeting", "thanks", "help")
            and not (e.concepts - _VAGUE - _ASKING) and not e.organisations and e.period is None
            and len(question.split()) >= 5 and bool(_YES_NO.match(question) or _ASKS_OPENLY.match(question))
            and not _CONFIRMS.search(fold(question)) and not _REQUEST.match(fold(question)))


_REFERS = re.compile(r"(?:kontakta|fråga) (?:samordnarna|en samordnare)|(?:contact|ask) the coordinators",
                     re.IGNORECASE)


def _refers(text: str) -> bool:
    """Whether an answer says what is not known, or refers the asker to the coordinators."""
    return any(w in text for w in _KNOWS_NOT) or bool(_REFERS.search(text))


_ASKER = re.compile(r"\b(?:vi|oss|var|vart|vara|we|us|our)\b")


def _own_case(piece: str, said: str) -> bool:
    """Whether a question asks of the asker's own case ("måste vi skriva om våra egna kopplingar …?") in words of
    which the reply speaks of none."""
    folded_piece = fold(piece)
    words = [w for w in tokens(folded_piece) if len(w) >= 6 and w not in _COMMON_LONG]
    return (len(piece.split()) >= 6 and bool(_ASKER.search(folded_piece)) and len(words) >= 2
            and bool(_YES_NO.search(piece) or _ASKS_OPENLY.match(piece))
            and not any(w[:6] in fold(said) for w in words))


def _not_sure_line(piece: str, language: Language) -> str:
    """The reply to a question of a message the bot cannot answer surely: quoted, as it cannot say it in other
    words, and true whether the material is silent or the question misread."""
    quoted = piece.strip(_QUOTES)
    return t(language, f"”{quoted}?” – det kan jag inte svara säkert på utifrån underlaget; fråga samordnarna.",
             f"“{quoted}?” – I can't answer that with certainty from the material; ask the coordinators.")


# The line _not_sure_line writes, its question taken out.
_UNSURE_LINE = re.compile(r"[”“](.+)\?[”“] – (?:det kan jag inte svara säkert på utifrån underlaget|I can't answer "
                          r"that with certainty from the material)")


# The features a "can't say" line is re-read for (_unsure_feature_told), with the words that name their own thing.
_FEATURE_NAMED = {
    "feature.remissvar": re.compile(r"\b(?:remissvar\w*|svar|svaret|svar\w*|responses?|answer)\b"),
    "feature.inspel": re.compile(r"\b(?:inspel\w*|input)\b"),
    "feature.extension": re.compile(r"\b(?:anstand\w*|extension\w*)\b"),
}


# To whom, or where, the asker's response is sent ("vem ska vi skicka svaret till", "vart lämnar vi remissvaret",
# "who do we send our response to").
_SENT_TO_WHOM = re.compile(
    r"\b(?:(?:till )?vem|vart|var|vilken adress)\b(?: \w+){0,3}? (?:skicka\w*|lamna\w*|mejla\w*) (?:in )?"
    r"(?:vart |var |ert |vara |det |)(?:remis)?svar(?:et)?\b|"
    r"\b(?:who|where|to whom)\b(?: \w+){0,3}? (?:send|submit|give|email|e-mail)\w* (?:in )?(?:our |the |my )?"
    r"(?:consultation )?(?:response|answer)\b")


# The number of phases asked ("hur många faser blir det", "how many phases are there").
_PHASE_COUNT = re.compile(r"\bhur manga (?:olika )?(?:faser|etapper|steg)\b|"
                          r"\bhow many (?:different |separate |main )?(?:phases|stages)\b")


# Sentences of a thank-you message, also where an emoji ends one ("du är bäst 😄 har du nåt fikatips?").
_THANKS_SPLIT = re.compile(r"(?<=[.!?])\s+|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*")


_FAREWELL = re.compile(r"\W*(?:vi )?(?:ses|hors|hor(?:s)? av|see you|talk|speak|bye|hej da|adjo)\b")


# When the updated text is seen ("när får vi se den uppdaterade versionen", "when will we see the new text").
_SEE_UPDATED = re.compile(r"\bnar (?:far|kan|kommer) (?:vi|ni|jag|man) (?:att )?(?:fa )?(?:se|lasa|ta del av) "
                          r"(?:den |det |de )?(?:uppdaterade|nya|reviderade) (?:versionen|texten|rus|strategin|"
                          r"dokumentet|forslaget)\b|\bwhen (?:will|can|do) (?:we|i|you) (?:get to )?(?:see|read) "
                          r"(?:the )?(?:updated|new|revised) (?:version|text|rus|strategy|draft|document)\b")


def _spoken_of(piece: str, said: str) -> bool:
    """Whether a reply (folded) already speaks of most of a part's own content words (their first six letters)."""
    words = [w for w in tokens(fold(piece)) if len(w) >= 6 and w not in _COMMON_LONG]
    return bool(words) and 2 * sum(w[:6] in said for w in words) > len(words)


# "Kan jag ändra mig efteråt om KS tycker annorlunda?": the condition of someone's view or decision after what is
# asked; a reply that speaks of what is asked ("Ja, du kan ändra det efteråt") answers it, condition and all (b51 #20).
_IF_SOMEONE_WANTS = re.compile(r"\s+(?:om|ifall|if|in case)\s+(?:\w+\s+){1,3}?(?:tycker|vill|beslutar|bestammer|"
                               r"bestämmer|ändrar|andrar|decides?|wants?|thinks?|disagrees?|changes?)\b.*$",
                               re.IGNORECASE)


_COMMON_LONG = frozenset("behover kommer skulle finns sedan mycket eftersom".split())


def _unknown_line(piece: str, language: Language) -> str:
    """The reply to a question of a message that the material does not answer: quoted, so it is clear which."""
    quoted = piece.strip(_QUOTES).rstrip("?. ")
    return t(language, f"”{quoted}?” Det vet jag inte – det står inte i underlaget.",
             f"“{quoted}?” I don't know – that is not in the material.")


# What KIND of answer a question sentence asks for, and that kind's evidence in a reply (round 32, b63 #71, b64 #90,
# b61 #94): a reply giving a weekday, a count of days or a date answers a question asking one, whatever its other
# words – such a part is never quoted as unknown beside it. (folded question; reply text as written)
# The weekdays, folded: Swedish Monday–Sunday, then English (index % 7 is the weekday).
_WEEKDAY_NAMES = ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_ANSWER_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # a weekday asked → a weekday named
    (re.compile(r"\b(?:vilken (?:vecko)?dag (?:i veckan|blir det|ar det|faller)|vilken veckodag|vad for (?:en )?"
                r"veckodag|(?:what|which) (?:day of the week|weekday)|what day (?:is|will) (?:it|that))\b"),
     re.compile(r"\b" + _WEEKDAYS + r"\b")),
    # a count of days, weeks or months asked → a number of them
    (re.compile(r"\b(?:hur manga (?:arbets)?(?:dagar|veckor|manader)|how many (?:working )?(?:days|weeks|months)|"
                r"hur (?:lange|langt|lang tid) (?:\w+ ){0,3}?kvar|"
                r"how (?:long|far) (?:\w+ ){0,3}?(?:left|until|away))\b"),
     re.compile(r"\b\d+\**\s+(?:arbets)?(?:dagar|dag|veckor|vecka|manader|manad|days?|weeks?|months?)\b")),
    # a date asked → a day of a month
    (re.compile(r"\b(?:vilket datum|vilken dag (?:ar|blir) (?:det )?sista|(?:what|which) date)\b"),
     re.compile(r"\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                r"december|january|february|march|may|june|july|august|october)\b")),
)
# A part quoted as unknown by the layers and answerers that say so: ”…?” Det vet jag inte … / ”…?” – det vet jag inte …
_QUOTED_UNKNOWN = re.compile(r"^[”“\"](?P<q>[^”“\"]+?)\?[”“\"]\s*(?:–\s*)?(?:det vet jag inte|i don't know)\b",
                             re.IGNORECASE)


def _kind_answered(sentence: str, folded_reply: str) -> bool:
    """Whether a reply answers a question sentence by the kind of answer it asks for (a weekday, a count, a date)."""
    folded_sentence = fold(sentence)
    return any(asked.search(folded_sentence) is not None and given.search(folded_reply) is not None
               for asked, given in _ANSWER_KINDS)


# "Hinner vi …?", "Räcker det om vi skickar in i mitten av oktober?" (round 32, b64 #19, #56, #68, b63 #20): whether
# the asker's own day comes before the check-in or the consultation's last day, answered yes/no first from the dates.
_IN_TIME_ASKED = re.compile(r"\b(?:hinner (?:vi|ni|jag|man|de|dom|\w+(?:en|et|na))|"
                            r"racker det (?:om|att)|funkar det (?:om|att)|"
                            r"can we make it|will we make it|will it be in time|is it enough if|do we have time)\b")
_CHECK_IN_WORDS = re.compile(r"\b(?:avstamning\w*|check ?in\w*)\b")
# A next review of RUS asked ("blir det en ny översyn snart igen?", "kommer RUS att ses över igen?", "when will it be
# reviewed next?").
_NEXT_REVIEW_CHEAP = re.compile(r"oversyn|revider|ses over|review|revis")
_NEXT_REVIEW_ASKED = re.compile(facts.NEXT_REVIEW.pattern + r"|\b(?:ses|revideras|uppdateras) over igen\b|"
                                r"\bses (?:\w+ )?over (?:\w+ )?igen\b|\b(?:reviewed|revised|updated) (?:again|next)\b|"
                                r"\bny (?:oversyn|revidering)\b")
# A claim put up to be confirmed ("… torsdag va?", "… väl …", "…, right?").
_CONFIRM_ASKED = re.compile(r"\b(?:va|val|visst|eller hur|stammer (?:det|de)|right|correct|isn ?t it|is that so)\b")
_TOO_LATE = re.compile(r"\b(?:for sent|too late)\b")
_NEXT_WEEK = re.compile(r"\b(?:nasta vecka|next week)\b")


def _coming_weekday(folded_text: str, today: dt.date) -> dt.date | None:
    """The coming day of a weekday named as one's own ("på måndag", "on Monday", "onsdag nästa vecka"); None when
    none is, or it is today's own weekday (this one or the next?)."""
    m = consultation.ON_WEEKDAY.search(folded_text)
    if m is None:
        return None
    ahead = (consultation.WEEKDAYS[m.group(1)] - today.weekday()) % 7
    if ahead == 0:
        return None
    day = today + dt.timedelta(days=ahead)
    if _NEXT_WEEK.search(folded_text) and day.isocalendar()[1] == today.isocalendar()[1]:
        day += dt.timedelta(days=7)
    return day
_SUBMIT_ASKED = re.compile(r"\b(?:remiss\w*|skicka\w*|lamna\w* in|submit\w*|respon\w*|consultation)\b")
_BEFORE_ASKED = re.compile(r"\b(?:innan|fore|fore dess|till dess|before|by then|in time)\b")
# A group that is no organisation asking to give views of its own ("kan cirkeln lämna egna synpunkter?", "can our
# association send comments?").
_GROUP_VIEWS = re.compile(r"\b(?:kan|far|ska|may|can|could)\s+(?P<g>(?:var |vart |the |our |a )?(?:"
                          r"(?:studie)?cirkel\w*|forening\w*|klubb\w*|natverk\w*|privatperson\w*|medborgar\w*|"
                          r"invanar\w*|study circle|circle|club|association|network|residents|citizens|individuals))"
                          r"\s+(?:\w+\s+){0,2}?(?:lamna|ge|skicka|tycka|komma med|give|submit|send|comment|share)\w*\b")
# Whether the consultation has reached someone ("har laxå fått remissen?", "did Kumla receive the consultation?"), or
# told that it has not ("de säger att de inte fått nåt", "we haven't received it").
_ARRIVED_ASKED = re.compile(r"\b(?:har|hade|fick|has|have|did)\s+(?:[\w-]+\s+){1,3}?(?:fatt|fatt in|fick|mottagit|"
                            r"tagit emot|received|got|gotten|get|receive)\s+(?:\w+\s+)?(?:remiss\w*|the consultation|"
                            r"consultation)")
_NOT_ARRIVED = re.compile(r"\b(?:inte|ej|aldrig|not|haven.?t|hasn.?t|didn.?t|never)\s+(?:(?:har|hade|ha|vi|de|dom|ni|"
                          r"jag|annu|an|yet|still|ever|fortfarande|heller)\s+){0,2}?(?:fatt|fick|"
                          r"mottagit|tagit emot|received|got|gotten|get)\s+(?:(?:nan|nagon|nagot|any|the|an|a)\s+)?"
                          r"(?:remiss\w*|consultation|nat|nagot|nagonting|anything|it|den)\b")
_WE = re.compile(r"\b(?:vi|oss|we|us)\b")
# A start day given as a premise ("om den startade 15 juni", "if it opened on 14 June", "assuming it starts 16 juni").
_GIVEN_START = re.compile(r"\b(?:om|if|assuming|antag\w* att|utgar (?:vi )?fran att|say)\b(?:\s+\w+){0,4}?\s+(?:"
                          r"startade|startar|startat|borjade|borjar|borjat|oppnade|oppnar|oppnat|gick ut|started|"
                          r"starts|opened|opens|began|begins|kicked off)\s+(?:den |on |the |pa )?(?P<d>\d{1,2})"
                          r"(?:e|a|st|nd|rd|th)?\.? "
                          r"(?:of )?(?P<m>" + "|".join(m for m in MONTHS if len(m) > 3 or m in ("maj", "may")) + r")\b")
# The asker's own response handed in or to be handed in ("vi lämnade in", "kan universitetet lämna remissvar",
# "we submitted our response"), and the day or month it names ("8 oktober", "i augusti").
_OWN_SUBMIT = re.compile(r"\b(?:vi|ni|jag|we|i|our|vart|vara|kan|far|ska|can|could|may|\w+(?:en|et|na))\b"
                         r"(?:\s+[\w-]+){0,3}?\s+(?:lamna\w*|skicka\w*|svara\w*|submit\w*|sen[dt]|send|"
                         r"hand(?:ed)? in|turn(?:ed)? in|respond\w*|repl(?:y|ied)|kom(?:mer)? in|inkom\w*)\b")
_SUBMITTED = re.compile(r"\b(?:lamnade|lamnat|skickade|skickat|svarade|svarat|submitted|sent|handed|turned|replied|"
                        r"responded|kom in|inkom)\b")
_OWN_DAY = re.compile(r"\b(?:(?P<d>\d{1,2})(?:e|a|st|nd|rd|th)?\.? (?P<m>" + "|".join(
    m for m in MONTHS if len(m) > 3 or m in ("maj", "may")) + r")|(?:i|in|under|during|pa|on) (?P<m2>" + "|".join(
    m for m in MONTHS if len(m) > 3 or m in ("maj", "may")) + r"))\b")
# A "when"-question ("När ska remissvaret lämnas?") asks the plan's day, and a meeting's day is _in_time_first's.
# A short question pointing back at the sentence before ("Räknas det?", "Gäller det ändå?", "Is that OK?").
_ASKS_OF_IT = re.compile(r"^\W*(?:\w+\W+){0,5}?(?:det|detta|den|it|that|this)\b[^.!]*\?")
_WH_FIRST = re.compile(r"^\W*(?:nar|vilket|vilken|when|what)\b")
_NOT_OWN_DAY = re.compile(r"\b(?:mote\w*|sammantrad\w*|meeting|styrelse\w*|namnd\w*|board|inspel\w*|input|nu i|"
                          r"now in)\b")
_EXTENSION_NAMED = re.compile(r"\b(?:anstand\w*|extension\w*|forlang\w*|extend\w*)\b")
_OWN_YES_NO = re.compile(r"(?:^|\n|\. )(?:Ja|Nej|Yes|No)\b")
# the asker's own body or meeting named (whether it meets in time the bot cannot know)
_OWN_BODY = re.compile(r"\b(?:\w*(?:grupp|styrelse|namnd|mote|sammantrade)\w*|ks|kf|board|committee|group|meeting)\b")


# Aspects a question sentence can name that the material never gives (round 31, b61 #21/#36/#41, b62 #18/#39/#66): a
# question of one of them that the reply does not speak of (no word of its evidence) is said to be unknown, quoted –
# not left out while the rest of the message is answered. (cue in the folded question, evidence in the folded reply;
# and always the cue's own word cut to its stem – "skyldig" said of another part's duty is no word of the legal basis
# asked, so evidence is kept to each aspect's own words.)
_ASPECTS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    # how long a meeting or a step lasts (a span of dates in the reply tells it)
    # ("hur länge är det kvar?", "how long ago?" ask of a distance in time, answered by a count: not this)
    (re.compile(r"\b(?:hur (?:lange|lang tid) (?:\w+ ){0,3}?(?:haller|varar|pagar|tar)|how long (?:\w+ ){0,3}?"
                r"(?:lasts?|takes?|runs?|go on)|hur manga (?:timmar|minuter)|how many (?:hours|minutes))\b"),
     re.compile(r"\b(?:timm\w*|minut\w*|hours?|minutes?|heldag\w*|halvdag\w*|hur lange|how long|langd\w*|length|"
                r"duration|pagar (?:\w+ ){0,6}till och med|runs (?:\w+ ){0,6}through)\b|\bfran .{0,40} till\b|"
                r"\bfrom .{0,40} (?:to|through)\b")),
    # whether there will be a meeting for something
    (re.compile(r"\b(?:blir det|kommer det (?:att )?(?:bli|vara|finnas|hallas)|halls det|ska det (?:bli|hallas)|"
                r"finns det|is there|will there be|are there)\s+(?:\w+\s+){0,2}?(?:mote|moten|motet|meetings?)\b"),
     re.compile(r"\b(?:mote\w*|meetings?)\b|\bom det sker\b")),
    # a legal basis or a formal duty
    (re.compile(r"\b(?:lag|lagen|lagrum|lagstod|forordning\w*|forfattning\w*|paragraf\w*|skyldig\w*|"
                r"formell\w* (?:krav|skyldighet)|law|laws|legal\w*|statut\w*|oblig\w*|ordinance)\b"),
     re.compile(r"\b(?:lag|lagen|lagar|lagrum|law|laws|legal\w*|maste|must|krav|required)\b")),
    # a named office or body the material does not name
    (re.compile(r"\b(?:regiondirektor\w*|kommundirektor\w*|regionrad\w*|ordforande\w*|"
                r"landshovding\w*|director\w*|chair(?:man|person|woman)?)\b"),
     None),
    # new goals asked of as a yes/no
    (re.compile(r"\b(?:blir det|kommer det (?:att )?(?:bli|komma)|far vi|will there be|are there|do we get)\s+"
                r"(?:\w+\s+)?(?:nya mal|nytt mal|new goals?)\b"),
     re.compile(r"\b(?:nya mal\w*|nytt mal|new goals?)\b")),
)
_WHO_OF_OFFICE = re.compile(r"\b(?:vem|vilken|vilka|who|which|ar det|e det|is it)\b")
_SPAN_GIVEN = re.compile(r"\b(?:remiss\w*|consultation\w*)\b")
_CHECK_IN_NAMED = re.compile(r"\b(?:avstamning\w*|checkin|check in|mars|march|11)\b")
_DURATION, _MEETING, _LEGAL, _OFFICE = 0, 1, 2, 3     # (the places in _ASPECTS of those read apart)
_ASPECT_ANY = re.compile("|".join(f"(?:{cue.pattern})" for cue, _ in _ASPECTS))
# Where a clause of a sentence begins: the part asked of is quoted from there ("…, och hur länge håller den på?").
_CLAUSE_START = re.compile(r"(?:,\s*|\s+[–-]\s+|\s(?:och|and|samt|men|but)\s+)", re.IGNORECASE)


def _aspect_clause(sentence: str, start: int) -> str:
    """The clause of a question sentence in which its aspect's cue (at `start` of the folded sentence) stands."""
    cut = 0
    for m in _CLAUSE_START.finditer(sentence, 0, start):
        cut = m.end()
    clause = _JOINER.sub("", sentence[cut:].strip())
    # (a clause is a question of its own only when it opens as one: "… mellan prorektorn och regiondirektören …"
    # is cut inside a noun phrase, and then the whole sentence is what was asked)
    if not cut or len(clause.split()) < 3 or not (_ASKS_OPENLY.match(clause) or _opens_yes_no(clause)):
        return sentence
    return clause[0].upper() + clause[1:]


def _new_paragraphs(text: str, said: str) -> str:
    """The paragraphs of a part's answer that say something not said already, without the lines and sentences
    in them said word for word already."""
    out = []
    lowered = said.lower()
    for paragraph in text.split("\n\n"):
        if not paragraph.strip() or _said_already(paragraph, said):
            continue
        lines = []
        for line in paragraph.split("\n"):
            if line.startswith("- ") and line[2:].strip().lower() in lowered:
                continue
            kept = " ".join(x for x in _LAST_SENTENCE.split(line) if not (len(x) >= 25 and x.lower() in lowered))
            if kept.strip():
                lines.append(kept)
        if any(_content(x) for x in lines):
            out.append("\n".join(lines))
    return "\n\n".join(out)


# A question asking to confirm what the message told ("Vem har rätt?", "Kan du bekräfta datumet?"): the answer to
# the rest confirms or corrects it.
_CONFIRMS = re.compile(r"\b(?:vem (?:av oss )?har ratt|stammer (?:det|detta|det har)|bekrafta|who is right|confirm)\b")
# A question pointing back at what was told ("Vad sades där?", "Hur gör jag då?").
_THERE = re.compile(r"\b(?:det|detta|dem|dom|den|de|deras|dar|da|han|hon|hen|san|it|that|this|them|there|then|"
                    r"they|he|she|their)\b")
# A request to the bot to do something with what it says ("Kan du ge mig de viktigaste budskapen?").
_REQUEST = re.compile(r"(?:kan|kunde|skulle) (?:du|ni) (?:ge|skriva|formulera|sammanfatta|lista|hjalpa)|"
                      r"(?:can|could|would) you (?:give|write|summari[sz]e|list|help)|"
                      r"vad (?:ska|kan|bor) jag (?:svara|saga)|vad sager jag|what (?:do|should) i (?:say|answer)")
# Concepts of asking alone, no topic.
_ASKING = frozenset({"WHO", "WHY", "WHEN", "WHAT", "DEFINE", "HOW"})


# "Ska skriva en tjänsteskrivelse …", "Måste lämna en rapport i morgon.": a modal with the subject left out and a
# verb after it is the asker's plan, told without a question mark – not "Ska vi …?" asked.
_TOLD_PLAN = re.compile(r"(?i:ska|skall|måste|maste|behöver|behover|kommer att)\s+(?!(?:vi|ni|jag|du|man|de|dom|den|"
                        r"det|alla|någon|nagon|kommunen|regionen|partnerskapet)\b)[a-zåäö]+a\b")


def _asks(piece: str) -> bool:
    """Whether a piece is a question: it starts with a question word, or a clause in it does after a story told
    before a dash or a colon ("I work at the university – are we part of …", "Inför torsdagen: vad …")."""
    piece = _GREETING.sub("", piece, count=1)
    return bool(_STARTS_QUESTION.match(piece) or _STARTS_QUESTION.match(re.split(r"\s[–:-]\s|:\s", piece)[-1]))


def _pieces(text: str, finer: bool = False) -> list[tuple[str, bool, str]]:
    """The message cut into its questions, each with whether it ended in a question mark and the sentence it is
    cut from; finer, also at "och om …"/"and whether …" (see _SPLIT_FINER)."""
    out: list[tuple[str, bool, str]] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        asked = sentence.rstrip("\"'”“» ").endswith("?")
        whole = _JOINER.sub("", sentence.strip(_QUOTES)).strip(_QUOTES)
        cut = [y for p in _SPLIT.split(sentence) for y in (_SPLIT_FINER.split(p) if finer else [p])]
        # "Är Företagarna med eller bara handelskammaren?": the alternative is the question before asked of that name.
        split = [x for p in cut for x in _OR_ONLY.split(p, maxsplit=1)]
        alternatives = {x for p in cut for x in _OR_ONLY.split(p, maxsplit=1)[1:]}
        for piece in split:
            alternative = piece in alternatives
            joined = piece.strip(_QUOTES)
            piece = _JOINER.sub("", joined).strip(_QUOTES)
            # What a colon introduces is what is asked ("forwarding from our director: "Is the partnership …").
            _, colon, tail = piece.rpartition(": ")
            if colon and _STARTS_QUESTION.match(tail.strip(_QUOTES)) and len(tail.split()) >= 3:
                piece = tail.strip(_QUOTES)
            elliptic = (alternative and len(piece.split()) <= 4 and not _STARTS_QUESTION.match(piece)) or (
                asked and piece[:1].isupper() and len(piece.split()) <= 3 and not _STARTS_QUESTION.match(piece)
                        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in piece.split()))
            if len(piece.split()) >= 2 and not (elliptic and out):
                out.append((piece, asked, whole))
            elif out and elliptic and (name := _NAME.search(out[-1][0])):
                # "Handelskammaren är med va? Och Företagarna?": the question before, asked of the name.
                # With its "Och" in front a name first in the question still reads as a name, not a capital.
                front = joined[: len(joined) - len(piece)] if name.start() == 0 else ""
                out.append((front + out[-1][0][:name.start()] + piece + out[-1][0][name.end():], asked, whole))
    return out


# The council said to vote ("will the regional council vote on …", "röstar regionfullmäktige om …").
_COUNCIL_VOTES = re.compile(r"\b(?:regionfullmaktige|fullmaktige|rf(?! ?sisu)|regional council|council)\b"
                            r"(?: \w+){0,3} (?:vote|votes|rostar|rosta)\b|"
                            r"\b(?:vote|votes|rostar|rosta)\b(?: \w+){0,2} (?:regionfullmaktige|fullmaktige|"
                            r"rf(?! ?sisu)|regional council)\b")
_VOTE_WORD = re.compile(r"\b(?:vote|votes|röstar|rostar|rösta|rosta)\b", re.IGNORECASE)
_AS_DECIDE = {"vote": "decide", "votes": "decides", "röstar": "beslutar", "rostar": "beslutar", "rösta": "besluta",
              "rosta": "besluta"}
# An indirect question opening a lettered item ("(b) whether the Chamber of Commerce is a member").
_WHETHER = re.compile(r"(?:whether|if|om|huruvida)\s", re.IGNORECASE)
# "(1) när …, (2) …", "1) kan … 2) kan …": numbered questions in one message.
# "1) … 2) …", and "1. … 2. …" at the start or after a sentence or colon (not "den 1. mars").
_NUMBERED = re.compile(r"(?:^|(?<=[\s:,;]))\(?([1-9])\)\s+|(?:^|(?<=[.?!:]\s))([1-9])\.\s+(?=[^\W\d])|"
                       # "a) … b) …" at the start of a line or after a colon or question mark (not "(a) … i texten")
                       r"(?:^|(?<=\n)|(?<=[:?]\s))\(?([a-h])\)\s+|"
                       # "1 vad är nytt\n2 när ska vi svara": a bare number opening a line
                       r"(?:^|(?<=\n))[ \t]*([1-9])[ \t]+(?=[^\W\d])|"
                       # "Could you tell me (a) which …, (b) whether …, and (c) …": a letter in both brackets anywhere
                       # in the sentence (as one of a run a, b, c: one alone is no list, b73 #73)
                       r"(?:(?<=\s)|^)\(([a-h])\)\s+(?=[^\W\d])")
# Words that join two questions in a short message, with the spaces around them.
_JOINING_WORDS = (" och ", " samt ", " and ", " plus ", " å ")
# A question mark with words after it: another question follows.
_ASKED_ON = re.compile(r"\?\s*\w")
_TRAILING_JOINER = re.compile(r"[\s,;]+(?:och|samt|and|plus)\s*$", re.IGNORECASE)


# "… eller bara Handelskammaren?", "… or only the chamber of commerce?": an alternative name at the end.
_OR_ONLY = re.compile(r",?\s+(?:eller|or)\s+(?:bara|endast|enbart|only|just)\s+(?=\S+(?:\s+\S+){0,3}\s*\??\s*$)",
                      re.IGNORECASE)


# The first capitalised word after the first word, or the first word if it is no question word: the name a question
# is asked of.
_NAME = re.compile(rf"(?:^|(?<=\s))(?!(?i:{_QUESTION_WORDS})\b)[A-ZÅÄÖ][\w-]+", re.UNICODE)


# -- a long message: a story and the questions in it (cut into sentences by kit.split_sentences) -----------------
_ASKED_END = re.compile(r"\?[^\w]*$")
# "Min chef undrar när vi senast måste …": a question told, not asked, is asked all the same.
_INDIRECT = re.compile(rf"\b(?:undrar|undrade|vill (?:också |även |gärna )?veta(?: exakt)?|ville veta|frågar|frågade|"
                       rf"wonders?|wondering|want to know|wants to know|asked|asks)\s+"
                       rf"(?:om|if|whether|{_QUESTION_WORDS})\b", re.IGNORECASE)
# A question pointing back at what was said just before ("Stämmer det?", "Missar vi i så fall tåget?").
# "Hur funkar den här boten?", "how does this bot work?": what the bot does, asked beside another question.
# A correction of the consultation's last day (claims._last_day), and an answer's paragraph that gives the last day.
_LAST_DAY_FIX = ("Nej – sista dagen för remissen", "No – the consultation's last day")
_LAST_DAY_SAID = re.compile(r"(?m)^(?:Sista dagen är|The last day is|Nej – remissen pågår|No – the consultation runs)")
# Cheap test before whether the consultation is closed is asked (consultation.closed_lead).
# (The words as a tree of letters, prefilter.any_of, and "kl" as a word beside them.)
_CLOSED_CHEAP = re.compile(any_of(("stang", "closed", "gatt ut", "kvall", "tonight", "evening", "eftermiddag",
                                   "avslutad", "is over",
                                   "klockan", "noon", "lunch", "over now", "ar slut", "tagit slut", "for sent",
                                   "too late", "hann ", "sent pa", "make it", "made it", "in time", "late ", "missed",
                                   "manage")).pattern + r"|\bkl\b")
_HOW_BOT_WORKS = Quick(re.compile(r"\bhur (?:funkar|fungerar) (?:den har |denna |din |er )?(?:bot|boten|botten|du)\b|"
                                  r"\bhow do(?:es)? (?:this |the )?(?:bot|you) work\b"))
_POINTS_BACK = re.compile(r"\b(?:det|detta|dem|dom|den|it|that|this|them|i sa fall|annars|da|then|in that case|"
                          r"otherwise)\b")
_TOLD_PLACE = re.compile(r"\b(?:på|vid|hos|at|on)\s+([^\s.?!,;]+(?:\s+(?:i|in)\s+\w+)?)", re.IGNORECASE)


def _there_told(question: str, told: str) -> str | None:
    """The question with its "där"/"there" put as the place the sentence before it named ("… var inte med på KC/RD
    i december." + "Vad sa man där?" → "Vad sa man på KC/RD i december?"); None when either is missing."""
    if (there := re.search(r"\b(?:där|there)\b", question, re.IGNORECASE)) is None or (
            place := _TOLD_PLACE.search(told)) is None:
        return None
    return f"{question[:there.start()]}{place.group(0)}{question[there.end():]}"


# "Kan jag se dem?", "var hittar jag dem?": a short question whose object is what the story before it told of.
_POINTS_BACK_TO_TOLD = re.compile(r"\b(?:se|hitta|visa|lasa|andra|ta bort|radera|see|find|show|read|change|delete) "
                                  r"(?:dem|dom|den|det|them|it)\b")
# "Hur gör jag (som samordnare)?", "how do I do it?": how to do what the message told before, no question of its own.
_HOW_I_DO = re.compile(r"(?:och |sa )?hur (?:gor|gar) (?:jag|vi|man)(?: det| till)?(?: som \w+)?\W*$|"
                       r"(?:and |so )?how do (?:i|we)(?: do (?:it|that|this))?(?: as an? \w+)?\W*$")


# Stems any question of who may send has ("… som skickar", "räcker det med mig", "kan hon lämna in"): a cheap
# test before the pattern.
_SEND_STEMS = any_of(("skick", "lamn", "skriv", "svar", "racker", "fix", "gora", "submit", "send", "writ", "enough",
                      "respond"))


def _may_ask_who_sends(folded: str) -> bool:
    return _SEND_STEMS.search(folded) is not None


# "hur skickar jag in?", "hur ska vi svara?", "how do we actually answer?", "how can I submit it?": how to send the
# response itself (folded words).
_ASKS_HOW_RESPOND = re.compile(
    r"\bhur (?:\w+ )?(?:skickar|lamnar|svarar) (?:jag|vi|man|ni)\b|"
    r"\bhur (?:ska|skall|kan|bor|gor) (?:jag|vi|man|ni) (?:\w+ )?(?:for att )?(?:skicka|lamna|svara)\b|"
    r"\bhow (?:do|can|should|shall|will|would) (?:we|i|one)(?: \w+)? (?:answer|respond|reply|submit|send)\b")
# The message is of the consultation (not of input, which _how_of_topic tells otherwise).
_BECOMING = re.compile(r"\b(?:jag som|den som|blir jag|bli|become|the one|be responsible|ta over|tar over|take over|"
                       r"taking over)\b")
_OF_CONSULTATION = re.compile(r"\b(?:remiss\w*|consultation\w*|response)\b")


def _first_question(text: str) -> str:
    """The message's first question sentence, folded (not a statement told before it)."""
    return fold(re.split(r"(?<=[.!])\s+", text.split("?", 1)[0])[-1])


_HOW_SAID = ("**Skicka in**", "**Submit**")
_LEADS_ON = re.compile(r"(?:^|(?<=[.!?]) )[^.!?]*:\s*$")


def _how_paragraph_first(answer: Answer) -> Answer:
    """The answer with its paragraph on how to submit (the `remissvar` how) moved first, after a greeting; a
    sentence that led on to it ("I boten skickar ni in det när ni är klara:") goes with the move."""
    greeting, body = _greeting_apart(answer.text)
    paragraphs = body.split("\n\n")
    at = next((i for i, p in enumerate(paragraphs) if any(h in p for h in _HOW_SAID)), None)
    lead = fold(paragraphs[0])
    if not at or lead.startswith(("nej", "no ", "no,")) or "formular" in lead or " a form" in lead or (
            lead.startswith(("remissvaret lamna", "the response is given"))):
        return answer   # (first already; a premise corrected leads; a first paragraph of the response is a how)
    how = paragraphs.pop(at)
    before = _LEADS_ON.sub("", paragraphs[at - 1]).rstrip()
    if before:
        paragraphs[at - 1] = before
    else:
        paragraphs.pop(at - 1)
    return answer.model_copy(update={"text": greeting + "\n\n".join([how, *paragraphs])})


def _asks_how_back(folded_piece: str) -> bool:
    """"hur gör vi" alone or as the last clause of a piece ("när måste vi senast svara, hur gör vi")."""
    return _HOW_CLAUSE.search(folded_piece) is not None


# "hur gör vi" as a clause of its own among others: "hur länge har vi på oss, hur gör vi, och vart går svaret?"
_HOW_CLAUSE = re.compile(r"(?:^|[,;:–-]\s*|\boch\s+|\band\s+)(?:hur (?:gor|gar) (?:vi|jag|man)(?: till)?|"
                         r"how do (?:we|i))\s*(?:[,;?.!]|\s(?:och|and)\b|$)")


# Concepts that name no topic of their own: a question with nothing else asks about what came before.
_VAGUE = _NO_TOPIC | {"MYORG", "GREET", "DOES", "SEASON", "NEXT", "AFTER", "BOT", "RECEIVE", "DETAILS"}
# "Vad innebär det för kommunerna?", "what does it mean for us?": what something implies for someone, no word's meaning.
# "Where are we right now", "var står vi just nu": where the plan is today, asked beside another question.
_NOW_ASKED = re.compile(r"\b(?:where are we|where do we stand|var (?:ar|star|befinner) vi|var ligger vi|vart ar vi|"
                        r"just nu|right now|lage\w* (?:just )?nu)\b")
# "where we are in the process", "var vi står i processen" asked inside a longer request (b76 #58), folded.
_WHERE_WE_ARE = re.compile(r"\bwhere we (?:are|stand)\b(?: now| right now| today)?(?: in (?:the|this) process)?|"
                           r"\bvar vi (?:ar|star|befinner oss) (?:nu |just nu )?i processen\b")
_NEXT_ASKED = re.compile(r"\b(?:next step\w*|nasta steg\w*|what (?:follows|comes|happens) (?:next|after)|"
                         r"vad (?:kommer|hander|blir) (?:sedan|sen|darefter|efter)|what(?:'s| is) next)\b")
# A year named ("tidplan för 2022?"), and a span of years ("2021–2028"), which names a period of its own.
_YEAR = re.compile(r"\b(20\d\d)\b")
_YEAR_RANGE = re.compile(r"\b20\d\d\s*(?:-|–|—|till|to)\s*20\d\d\b")
_YEAR_TOPICS = frozenset({"timeline", "period", "now"})
# Another update in a later year ("another update next year", "uppdateras igen 2022", "nån uppdatering nästa år"):
# _update_again_later. The cheap gate is a year after 2021 or "next year"; the other two are the update and "again".
_LATER_YEAR_CHEAP = re.compile(r"20[2-9]\d|nasta ar|kommande ar|next year|following year|aret efter|year after")
_NEXT_YEAR = re.compile(r"\b(?:nasta|kommande) ar\b|\bnext year\b|\bfollowing year\b|\baret efter\b|\byear after\b")
_UPDATE_WORD = re.compile(r"\b(?:uppdater\w*|oversyn\w*|revider\w*|revision\w*|updat\w*|review\w*|revis\w*)\b")
_AGAIN_WORD = re.compile(r"\b(?:igen|again|another|ny|nan|nagon|ytterligare|ocksa|further|also|too|as well)\b")
# What RF (and RUS) is asked (_rf_meant_told).
_RF_ASKED = re.compile(r"\b(?:vad|va) (?:ar|e|betyder|innebar|menas med) ['\"‘’“”]?rf\b|\bvad star rf for\b|"
                       r"\brf (?:star for|betyder)\b|\bwhat (?:is|does) (?:the )?['\"‘’“”]?rf\b|"
                       r"\bwhat rf (?:is|means|stands for)\b|"
                       # "Is that RF-SISU?", "är RF samma som RF-SISU?" (b84 #37 got "Yes, RF-SISU is a member")
                       r"\b(?:is (?:that|it|rf)|ar (?:det|rf)|samma som|same as)\b[^?]{0,12}\brf[ -]?sisu\b")
_RUS_ASKED = re.compile(r"\b(?:vad|va) (?:ar|e|betyder) rus\b|\bwhat (?:is|does) rus\b")
_RUS_MEANT_LEADS = ("RUS är den regionala utvecklingsstrategin", "RUS is the regional development strategy")
# Which committees asked (_which_committees_told): the material never names them.
# (The committee's word right after "which": "vilken roll har nämnderna?" asks their role, which is told.)
_WHICH_COMMITTEES = re.compile(r"\b(?:vilka|vilken|vilket|which|what) (?:av |of (?:the )?)?(?:namnd\w*|committees?)\b|"
                               # "vad är det för nämnder som …?", "what kind of committees?" ask which too (b81 #90)
                               r"\bvad (?:ar det )?for (?:slags |sorts |typ av )?namnd\w*|"
                               r"\bwhat (?:kind|sort|type)s? of committees?\b")
_COMMITTEES_UNNAMED = ("Vilka nämnder det är anges inte", "Which committees is not in")
_PURPOSE_ASKED = re.compile(r"\b(?:syfte\w*|purpose\w*)\b")
_PURPOSE_LEADS = ("Syftet med ärendet är", "The purpose is to inform")
_YES_NO_LEADS = ("Nej", "Ja", "No", "Yes")
# Someone's part or work in a later year (_later_year_unknown), and what else such a question may be of.
_LATER_WORK = re.compile(r"\b(?:genomfor\w*|implement\w*|roll\w*|role|involver\w*|involved?|delta\w*|"
                         r"participat\w*|gora|gor|jobb\w*|arbete\w*|arbeta|work\w*|uppgift\w*|task\w*|"
                         r"ansvar\w*|responsib\w*)\b")
_LATER_OTHER = re.compile(r"\b(?:remiss\w*|inspel\w*|consultation|respon\w*|input|svar\w*|deadline|"
                          r"oversyn\w*|review\w*|uppdater\w*|updat\w*|igen|again|mandat\w*|bot\w*|"
                          # (when it is decided, "beslutet … före nyår", the decision's answer tells: b40 #32)
                          r"strukturfond\w*|structural|beslut\w*|decision\w*|decide\w*)\b")
_IMPLEMENTATION = re.compile(r"\b(?:genomfor\w*|implement\w*)\b")
# ("Blir uppdateringen inte klar förrän 2022?" asks of this update's end, not of another one.)
_OF_THIS_ONES_END = re.compile(r"\b(?:klar|fardig|ready|done|finished|complete[d]?|forsen\w*|delay\w*|forran)\b|"
                               # ("kan jag skriva att det blir en 'ny RUS 2022'?": the new-RUS premise, b-train)
                               r"\b(?:ny|nya|new) (?:rus|strategi\w*|strategy)\b")
# What a question about the coordinators' commands names (meetings, reminders, status, extensions, coordinators).
_COORDINATOR_ASKED = re.compile(r"\b(?:\w*mote\w*|meeting\w*|paminn\w*|reminder\w*|status|anstand\w*|extension\w*|"
                                r"samordnar\w*|coordinator\w*|kommando\w*|command\w*|bot\w*)\b")
_MEANS_FOR = re.compile(r"\b(?:innebar|betyder|means?)\s+(?:det|detta|den|it|this|that)\s+for\b")
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Questions of when and how long: asked twice in one message, one answer says both.
_WHEN_FAMILY = frozenset({"consultation.dates", "consultation.status", "consultation.days_left", "timeline", "period",
                          "day", "check_in", "now"})
# What an answer says when it tells what the material does not say.
_KNOWS_NOT = ("vet jag inte", "står inte i underlaget", "I don't know", "not in the material")
# Readings of a part whose own answer is kept even when read without conviction beside an aspect the material
# does not state: they give the day, the meeting's card, or what is not known of the response in their own words.
_OWN_ANSWER_KEPT = _WHEN_FAMILY | {OUT_OF_SCOPE, "check_in", "feature.remissvar", "feature.extension", "organisation",
                                   "partnership", "consultation.respondents"}
# At most this many questions of one message are answered: more makes a reply no one reads.
_MAX_PARTS = 4


# Kinds of answer: a piece of a message asking a thing of the kind the answer is of is answered by it ("Är alla med?"
# beside "vilka är med?").
_FAMILIES = ({"partnership", "organisation", "consultation.respondents", "role", "influence"},
             {"decision", "decision.status", "political"},
             {"why_review", "mandate", "purpose", "rus", "ways_of_working"},
             {"phases", "phase", "phase.current"},
             set(_WHEN_FAMILY) | {"next", "progress"})
_FAMILY_OF = {i: min(f) for f in _FAMILIES for i in f}


def _family(intent: str) -> str:
    return _FAMILY_OF.get(intent, intent)


# Kinds of answer that answer every question of their kind in a message at once: when things happen (one timeline)
# and who is in the partnership (one list of members).
_ONE_ANSWER = frozenset({_family("now"), _family("partnership")})


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The message's sentences, each with whether it asks something."""
    out: list[tuple[str, bool]] = []
    for s in split_sentences(text):
        if not _WORDLIKE.search(s):
            continue        # "😅" after the question mark
        asks = bool(_ASKED_END.search(s)) or (not s.endswith((".", "!")) and bool(_STARTS_QUESTION.match(s))) or (
            bool(_INDIRECT.search(s)))
        out.append((s, asks))
    return out


# Making or cancelling something ("hur skapar jag ett möte", "hur tar jag bort mötet"): a command is asked for.
_MAKES_OR_CANCELS = re.compile(r"\b(?:skapa\w*|boka\w*|lagg\w* (?:\w+ )?in|ta\w* bort|stall\w* (?:\w+ )?in|install\w*|"
                               r"radera\w*|create\w*|add\w*|schedule\w*|cancel\w*|delete\w*|remove\w*)\b")


@dataclass(frozen=True)
class Understanding:
    intent: str                                   # what will be answered, after the entity rules
    confidence: float
    ranked: tuple[tuple[str, float], ...]         # the model's intents, most likely first
    entities: Entities
    sure: bool


# "går det via nämnderna först?", "tas det i nämnderna innan RF?", "do the committees see it before the council?"
_VIA_COMMITTEES_FIRST = re.compile(
    r"\b(?:via|genom|till|i|through|to)\b(?: \w+){0,1} (?:namnderna|namnder|committees)\b(?: \w+){0,2} "
    r"(?:forst|first)\b|"
    r"\b(?:namnderna|namnder|committees)\b(?: \w+){0,4} (?:innan|fore|before|forst|first)\b(?: \w+){0,3} "
    r"(?:rf|regionfullmaktige|fullmaktige|beslut\w*|council|decision|votes?)\b")
# "… före eller efter remissen?": an either/or of the order, answered by its own answerer.
_EITHER_ORDER = re.compile(r"\b(?:fore|innan|before) eller efter\b|\bbefore or after\b")


def _msg_asked(msg: Message) -> Asked:
    """The message as an answerer's question."""
    u = msg.understanding
    return Asked(text=msg.text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=msg.today,
                 language=msg.language)


# Personal data named ("personuppgifter", "personal data", "GDPR", "vad boten sparar om henne"): a command for it asked.
_PERSONAL_DATA = re.compile(r"\bpersonuppgift\w*|\bpersonal data\b|\bgdpr\b|\bregisterutdrag\w*|"
                            r"\b(?:sparar|sparat|lagrar|lagrat|stores?|stored|keeps?)\b(?:\W+\w+){0,4}?\W+"
                            r"(?:om|about|on)\s+(?:honom|henne|dem|mig|en person|personen|nagon|him|her|them|a person|"
                            r"someone)\b")
# Where the consultation's document is found or read ("var hittar jag den", "where can I find the consultation
# document", "var kan jag läsa remissen").
_WHERE_DOCUMENT = re.compile(
    r"\b(?:var|vart)\s+(?:(?:kan|ska|kommer|far)\s+(?:jag|vi|man|ni)\s+)?(?:hitta\w*|finns|las\w*|hamta\w*|"
    r"ladda\w*)\b|\bwhere\b(?:\W+\w+){0,4}?\W+(?:find|read|get|download|access)\b|"
    r"\b(?:hitta|hamta|ladda ner|find|download|access)\s+(?:\w+\s+){0,2}?(?:remiss(?:en|dokumentet|"
    r"handling\w*|versionen|forslaget)|consultation (?:document|draft|version|paper)s?)\b")


# To whom a response is addressed ("till vem ska remissvaret ställas", "who should it be addressed to").
_ADDRESSEE = re.compile(r"\btill vem\b|\bvem\s+(?:ska|skall|bor)\s+(?:\w+\s+){0,4}?(?:stallas|adressera\w*|"
                        r"riktas|stalla\w*)|\badressera\w*|\bmottagare\w*|\baddressed\b|\b(?:to whom|who)\b"
                        r"(?:\W+\w+){0,6}?\W+(?:addressed|directed|address)\b")
# In what form a response is to come ("i vilken form ska det inkomma", "ska det vara ett brev", "what format").
# Questions the consultation asks ("finns det särskilda remissfrågor?", "the consultation questions", b79 #68):
# none are in the material; the response form is what the bot has.
_REMISS_QUESTIONS = re.compile(r"\bremissfrag\w*|\bfragorna (?:vi|ni|man) ska svara pa\b|\b(?:consultation|specific) "
                               r"questions\b|\bquestions (?:we|you) (?:should |must |are to |have to )?answer\b")
_FORM_ASKED = re.compile(_REMISS_QUESTIONS.pattern + r"|\bvilken form\b|\bformat\w*|\bwhat form\b|"
                         r"\bvara (?:ett|en) (?:brev|mejl|mail|"
                         r"pdf|dokument)\b|\b(?:be|as) an? (?:letter|e-?mail|pdf|document)\b")
# Whether the others' views can be seen ("så att vi kan se vad andra tyckt", "see what the other partners
# thought").
_OTHERS_VIEWS = re.compile(r"\b(?:se|lasa|ta del av|see|read)\s+(?:vad|hur|what|how)\s+(?:de\s+|the\s+)?"
                           r"(?:andra|ovriga|other|others)\b(?:\W+\w+){0,3}?\W+(?:tyckt|tycker|tyckte|svarat|skrivit|thought|think|"
                           r"answered|responded|wrote|said)\b")
# Getting the responses out ("få ut alla remissvar till en sammanställning, och i vilket format?"): a format of an
# export, not of the response.
_EXPORT_WORDS = re.compile(r"\bexport\w*|\bsammanstall\w*|\bfa ut\b|\bladda (?:ner|hem)\b|\bexcel\b|\bcsv\b|"
                           r"\bdownload\w*|\bcompil\w*")
# What happens to a response once submitted ("vad händer med vårt remissvar när vi skickat in det", "what happens
# to our response once we've submitted it").
_AFTER_SUBMIT = re.compile(r"\b(?:vad|what)\s+(?:hander|sker|happens|will happen)\s+(?:sen\s+|sedan\s+|then\s+)?"
                           r"(?:med|to|with)\s+(?:\w+\s+){0,2}?(?:remissvar\w*|svar\w*|respons\w*)\b"
                           r"(?:\W+\w+){0,8}?\W+(?:inskick\w*|skickat?\w*|lamnat\w*|submit\w*|sent|in)\b")


# The clauses of a list of claims ("den 12 mars, remiss maj–augusti och beslut i december").
_CLAUSES = re.compile(r"[,;:]\s+|\s(?:och|samt|and)\s")


# "vår ÖP", "översiktsplanen", "our comprehensive plan": a municipality's own plan, which the material does not cover.
_LOCAL_PLAN = re.compile(r"\b(?:oversiktsplan\w*|comprehensive plan\w*)\b")
_OP = re.compile(r"\bÖP(?::n|en)?\b")    # (on the message's own text: folded, "öp" is "op" as in "open")
# "söka pengar för ett projekt", "När öppnar utlysningen?", "apply for funding": money, which the material does not
# cover.
_FUNDING_ASKED = re.compile(r"\b(?:soka (?:pengar|medel|finansiering|bidrag)|utlysning\w*|apply for (?:money|funding|"
                            r"a grant)|funding call\w*|call for (?:proposals|applications))\b")
# "samma sak som översiktsplanen / det nya strukturfondsprogrammet", "the same as the structural funds programme".
_SAME_AS_OTHER = re.compile(r"\b(?:samma (?:sak )?som|detsamma som|same (?:thing )?as)(?: \w+){0,2}? "
                            r"(?P<x>oversiktsplan\w*|strukturfond\w*|structural funds?\b|comprehensive plan)")


# "Is the university actually part of this partnership", "are we part of it", "ingår vi i partnerskapet", "är
# Handelskammaren med i partnerskapet": a member's membership asked yes or no.
_MEMBERSHIP_ASKED = re.compile(
    r"\b(?:are we|is (?:the |our )?[\w-]+(?: [\w-]+)?|ar vi|ingar vi|sitter vi|ar (?!med\b)[\w-]+(?: [\w-]+)?|"
    r"ingar [\w-]+)\b(?: (?:pa|at|from|fran) [\w-]+)?(?: (?:actually|really|verkligen|faktiskt|ocksa|also))? "
    r"(?:a )?(?:part of|members? of|med i|en del av|i) "
    r"(?:the |this |that |det har |detta )?partner")
# "businesses are only consulted at the very end, once the politicians have basically decided", "vi tillfrågas
# bara i slutet när politikerna redan bestämt": the claim that members come in only after the decision.
_ONLY_AT_THE_END = re.compile(
    r"\b(?:only|just|bara|forst)\b(?: \w+){0,3}? (?:consulted|asked|involved|brought in|heard|tillfragade|tillfragas|"
    r"involveras|hors|fragas|med) (?:at the (?:very )?end|in the end|i slutet|pa slutet|till sist|efterat|afterwards)")
# "what would we be expected to do during 2021", "what is our role in practice", "vad förväntas av oss": what a
# member does in the year's work.
_EXPECTED_OF_MEMBER = re.compile(
    r"\b(?:expected|forvantas|forvantningar|in practice|i praktiken|staff time|vad ska vi gora|what (?:do|would|will|"
    r"should) we (?:need to )?do)\b")


# "Vem ska vi vända oss till?", "vem vänder jag mig till", "vem kontaktar vi", "who should we contact / turn to":
# asks whom to turn to (a question, not "vi har kontaktat …").
_WHOM_TO_TURN_TO = re.compile(
    r"\b(?:vem|vilka|vart|till vem|who|whom)\b(?: \w+){0,3}? (?:vanda (?:oss|mig) till|vander (?:vi|jag) (?:oss|mig)|"
    r"kontakta|kontaktar|hora av (?:oss|mig)|contact|turn to|reach out to|get in touch)\b")


class Message(NamedTuple):
    """One message as the layers after the answerer read it (AnswerEngine._LAYERS), built once per answer. (Immutable;
    a NamedTuple rather than a frozen dataclass, whose __init__ costs a microsecond more on every answer.)"""
    text: str                                       # the message's first 2,000 characters
    folded: str                                     # `text` folded (lexicon.fold)
    understanding: Understanding                    # of the whole message
    today: dt.date
    language: Language
    parts: tuple[tuple[str, Understanding], ...]    # the questions answered apart, if the message was split
    split: bool                                     # whether it was: `parts` is not empty

    @property
    def answered(self) -> list[Understanding]:
        """What the answer answered: the parts read surely, or the whole message."""
        return [p for _, p in self.parts if p.sure] if self.parts else [self.understanding]

    @property
    def folded_parts(self) -> list[str]:
        return [fold(x) for x, _ in self.parts]


# The update's start asked in everyday words ("när drar rus igång", "när kör uppdateringen igång", "when does the
# RUS update get going"), and what else such a question may be of (the consultation, a meeting, input, a phase), and
# the readings of where the plan is that are kept.
_KICK_OFF = re.compile(r"\b(?:drar|dra|kor|kora|sparkar|satter|satts|kommer|gar) (?:[\w-]+ ){0,4}?igang\b|"
                       r"\b(?:borjar|startar) (?:[\w-]+ ){0,4}?(?:pa riktigt|egentligen|pa allvar)\b|"
                       r"\bget(?:s|ting)? (?:going|started|under way)\b|\bkicks? off\b")
_KICK_OFF_ELSE = frozenset({"CONSULT", "RESPOND", "MEETING"})
_KICK_OFF_KEPT = frozenset({"phase.current", "timeline", "phases", "phase", "now", "next", "period"})


# What the coordinators do, asked alone ("vad gör samordnarna?", "vad sysslar samordnarna med?", "vad har
# samordnarna för uppgift", "what's the coordinators' job?"); beside the partnership's it is a comparison (folded).
_COORDINATORS_ROLE = re.compile(
    r"\bvad (?:gor|sysslar|jobbar|hander|pysslar) (?:\w+ ){0,2}?(?:samordnarna|koordinatorerna)\b|"
    r"\b(?:samordnarnas|koordinatorernas) (?:roll|uppgift\w*|jobb|ansvar)\b|"
    r"\bvad (?:har|ar) (?:\w+ ){0,2}?(?:samordnarna|koordinatorerna) (?:\w+ )?(?:for )?"
    r"(?:roll|uppgift\w*|jobb|ansvar)\b|"
    r"\bwhat (?:do|does) (?:\w+ ){0,2}?the coordinators (?:\w+ )?do\b|\bcoordinators'? (?:role|job|task|duties)\b|"
    r"\b(?:role|job|task|duties) of the coordinators\b")
_ROLE_OTHER = re.compile(r"partnerskap|partnership|skillnad|difference|jamfor|compare")
# An earlier conversation asked to be remembered ("kommer du ihåg vad jag frågade", "minns du vad vi pratade om",
# "do you remember what I asked") (folded).
_REMEMBERED = re.compile(r"\b(?:kommer du ihag|minns du|kommer ni ihag|do you remember|can you remember|you recall)\b"
                         r"(?: \w+){0,4}? (?:fragade|fragat|sa|sagt|skrev|skrivit|pratade|pratat|asked|said|wrote|"
                         r"talked|told|discussed|sist|igar|forra|last|yesterday|earlier|tidigare)\b")
# A poll's anonymity is the polls' answer (the card never shows who voted for what).
_POLL_ASKED = re.compile(r"\b(?:omrostning\w*|rost\w*|rostade|rosta|poll\w*|vot\w*)\b")
# A submitted response's record or copy ("finns det kvar", "keep a record", "en kopia till arkivet") (folded).
_RECORD_ASKED = re.compile(r"\b(?:kopia|kopior|copy|copies|arkiv\w*|archive\w*|records?|kvar|sparas|"
                           r"sparat|sparad|keeps?|kept|stored?|saved?)\b")
_SUBMITTED_ASKED = re.compile(r"\b(?:skickade|skickat|inskickad\w*|inskickat|lamnade|lamnat|submitted|sent|"
                              r"handed in)\b")
_INPUT_OR_RESPONSE_NAMED = re.compile(r"inspel|\binput|remissvar|\brespon")
# Sending the bot a draft of one's own ("is it OK to send a draft before that?", "kan vi lämna ett utkast innan?")
# (folded); "the RUS draft", "our draft says" are not.
_DRAFT_SENT = re.compile(r"\b(?:send|submit|hand|lamna|skicka)\w*(?: in| you| dig| er| over)? (?:a|an|ett|en|our|vart|"
                         r"var) (?:preliminar\w* |preliminary |first |forsta )?(?:draft|utkast)\b")
_DRAFT_OR_RECEIPT = re.compile(r"utkast|draft|kvitto|receipt")
_RESPONSE_ASKED = re.compile(r"\b(?:remissvar\w*|response|yttrande\w*)\b")

# A project's funding asked of ("förlängd finansiering", "extended funding", "bidrag"), and the response's own
# extension asked beside it (folded).
_FUNDING_NAMED = re.compile(r"\b(?:finansiering\w*|finansiera\w*|funding|funded|fund|funds|bidrag\w*)\b")
_RESPONSE_LATE = re.compile(r"\b(?:anstand\w*|remisstid\w*|deadline|sista dag\w*|sent inkomm\w*|late|remissvar\w*|"
                            r"response)\b")

# Becoming the one who handles an organisation's consultation ("så att det är jag som får hantera remissen", "hur
# blir jag den som svarar på remissen", "how do I become the one who handles the consultation") (folded).
_BECOME_HANDLER = re.compile(r"\b(?:hur (?:gor|blir|far|kan) (?:jag|man)|how (?:do|can) i)\b(?: \w+){0,8}? "
                             r"(?:hantera\w*|ansvara\w*|ansvarig\w*|skota\w*|svara|svarar|handle\w*|responsible|"
                             r"in charge|answer\w*|respond\w*)\b")

# Asked step by step, or as a beginner ("steg för steg", "aldrig använt en bot", "first time") (folded).
_STEPWISE = re.compile(r"\bsteg for steg\b|\bstep[ -]by[ -]step\b|\baldrig (?:\w+ )?anvant\b|\bnever (?:\w+ )?used\b|"
                       r"\bforsta gangen\b|\bfirst time\b|\bhelt ny\b|\bnyborjare\b|\bbeginner\b")

# Late comments asked to be included ("kommer våra synpunkter i så fall med", "tas de med", "would our comments be
# taken into account") beside being late or having missed it (folded).
_LATE_INCLUDED = re.compile(r"\b(?:kommer|tas|tar ni|kan) (?:\w+ ){0,5}?med\b|\bmed i (?:den|det|versionen|"
                            r"underlaget)\b|\bincluded\b|\btaken into account\b|\bbeakta\w*|\bconsidered\b")
_LATE_WORDS = re.compile(r"\b(?:missade|missat|missed|sena|sen|sent|late|hann inte|didn't make|fortfarande|still|"
                         r"efter (?:sista dagen|remisstiden|deadline))\b")

# What the remiss is ("vad är remissen egentligen?", "what exactly is the 'remiss'") – not its period or last day
# (folded); and responding as an organisation asked beside it ("will we be able to respond as an institution?").
_WHAT_IS_REMISS = re.compile(r"\b(?:vad ar|vad innebar|what(?: exactly)? is|what's|whats) (?:egentligen |exakt |"
                             r"exactly )?(?:en |the |a )?['\"‘’“”]?(?:remiss|remissen|consultation)['\"‘’“”]?"
                             r"(?=\s*(?:$|[?,.!]|egentligen|exakt|exactly|for nagot|and\b|och\b))")
_DEFINITION_MEANT = re.compile(r"egentligen|exakt|exactly|for nagot|['\"‘’“”]")
_RESPOND_AS_ORG = re.compile(r"\b(?:respond|answer|submit|svara|lamna)\w*\b(?: \w+){0,3}? (?:as|som) (?:an? |en |ett )?"
                             r"(?:institution|organi[sz]ation|kommun|myndighet|member|medlem)")


# When input is due ("och till när?", "när måste det vara inne", "senast när", "by when", "deadline").
_WHEN_DUE = re.compile(r"\btill nar\b|\bsenast nar\b|\bnar (?:\w+ ){0,3}?(?:senast|inne|vara inne|lamnas senast)\b|"
                       r"\bnar (?:maste|ska|behover) (?:\w+ ){0,3}?(?:vara inne|lamnas|in)\b|\bsista dag(?:en)?\b|"
                       r"\bdeadline\b|\bby when\b|\buntil when\b|\bwhen (?:is|are) (?:\w+ ){0,3}?due\b")


# The consultation's addressee asked as the organisation or the person ("till kommunen som organisation eller till
# mig", "till mig personligen eller till min organisation", "to me or to the municipality").
_ORG_OR_PERSON = re.compile(
    r"\b(?:till|to) (?:mig|oss|me|us)\b(?: \w+){0,6}? (?:eller|or)\b(?: \w+){0,4}? (?:kommunen|organisation\w*|"
    r"myndigheten|municipality|organi[sz]ation)\b|"
    # (Not a body of the organisation: "till kommunstyrelserna eller till oss i partnerskapet?" asks where it goes.)
    r"\b(?:till|to) (?:\w+ ){0,2}?(?:kommunen|organisation\w*|municipality|organi[sz]ation)\b(?: \w+){0,4}? "
    r"(?:eller|or)\b(?: \w+){0,2}? (?:till|to) (?:mig|oss|me|us)\b")


# Which of the asker's own days ("vilket möte ska vi sikta på", "vilket av dem", "which meeting should we aim for").
_WHICH_OF_DAYS = re.compile(r"\bvilke(?:t|n) (?:\w+ )?(?:mote|moten|datum|dag|sammantrade|av dem|av motena|"
                            r"av datumen)\b|\bwhich (?:\w+ )?(?:meeting|date|day|of them|one)\b")
# A day of the asker's own: "7 september", "5 okt", "5 October". (Several of them: _own_days_weighed.)
_ASKERS_DAY = re.compile(rf"\b(\d{{1,2}})(?:e|:e|st|nd|rd|th)? ({_FULL_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
                         r"okt|oct|nov|dec)\b")
_MONTH_NUMBER = {m: n for n, ms in enumerate((
    ("januari", "january", "jan"), ("februari", "february", "feb"), ("mars", "march", "mar"), ("april", "apr"),
    ("maj", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"), ("augusti", "august", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for m in ms}


def _own_day(m: re.Match[str]) -> dt.date | None:
    month = _MONTH_NUMBER.get(m.group(2))
    try:
        return dt.date(2000, month, int(m.group(1))) if month else None
    except ValueError:
        return None


# A word asked to be explained ("förklara vad skrivfasen är", "explain what the 'skrivfas' is", "vad betyder").
_EXPLAIN_WORD = re.compile(r"\b(?:forklara|explain|betyder|innebar|menas med|what does \S+ mean|"
                           r"vad (?:ar|menas med) (?:en |ett |the )?'?(?:skrivfas\w*|\w+)'? (?:och|and)|"
                           r"what (?:is|are) (?:the |a |an )?'?\w+'? (?:and|is)\b)")


# Partners and coordinators compared ("jämfört med vad vi samordnare ser", "som partnerna inte kan", "what can
# coordinators do that partners cannot", "do partners see the same").
_PARTNERS = re.compile(r"\bpartner(?:na|n|s|er|erna)?\b")
_ROLES_COMPARED = re.compile(r"\bjamfort\b|\bskillnad\w*\b|\bsamma (?:saker|sak|som)\b|\bsom (?:partnerna|"
                             r"samordnarna|vi samordnare) inte\b|\bcompared\b|\bversus\b|\bvs\b|\bdifferen\w*\b|"
                             r"\bthe same\b|\bthat (?:partners|coordinators) (?:cannot|can't|can not|don't)\b")


# The bot said to nag ("tjata på oss", "tjatar", "spamma oss", "keep nagging us").
# (The bot the one nagging: not "vi i kommunerna har ju tjatat om att …", b59 #9.)
_NAGGING = re.compile(r"\b(?:boten|bot|ni|du|you|it)\b(?: \w+){0,3}? (?:tjat\w*|spamma\w*|bombardera\w*|"
                      r"nag(?:s|ging)?|spam(?:ming)?)\b")


# A reminder about the response said to have come although it was answered ("vi har ju redan svarat", "fast chefen
# redan har skickat in", "but we already submitted"): no "not" between, which would be those who have not answered.
_ANSWERED_DESPITE_R38 = re.compile(
    r"\b(?:redan|already|ju|fast|fastan|trots|although|though|despite|men|but)\b(?: (?!inte\b|not\b|t\b|ej\b)[\w']+)"
    r"{0,4}? (?:svarat|svarade|skickat in|skickade in|skickat det|lamnat in|lamnade in|inskickat|answered|submitted|"
    r"replied|responded|sent (?:it|ours|our|in))\b")
# The bot asked to tell of the decision once taken ("will the bot notify us when it's decided?", "meddelar boten oss
# när RUS är beslutad?", "får vi en notis när fullmäktige har beslutat?").
_DECISION_NOTICE_R38 = re.compile(
    r"\b(?:notify|notifies|notification|alert|let (?:us|me) know|tell (?:us|me)|ping|inform|informera\w*|meddela\w*|"
    r"notis\w*|underratt\w*|signal|besked|aviser\w*|puff)\b(?: [\w'-]+){0,8}? (?:when|once|if|nar|om|after|efter"
    r"|att)\b(?: [\w'-]+){0,6}? (?:decided|adopted|approved|beslut\w*|antag\w*|klubba\w*|faststall\w*|"
    r"klar|ready|fattat)\b|"
    r"\b(?:notis|notification|alert|besked|meddelande)\w* (?:om|about|on|of) (?:\w+ ){0,2}?(?:beslut\w*|decision)\b")
# Stopping the reminders asked ("kan jag stänga av den?", "sluta påminna mig", "påminn mig av", "switch off").
_STOP_ASKED_R38 = re.compile(r"\b(?:stang\w* av|sla av|slå av|stoppa|sluta|paminn mig av|switch\w* off|turn\w* off|"
                             r"stop\w*|nudges off|avsluta|koppla bort)\b")
# How to see that the response arrived ("hur kollar jag att det kom in?", "how do I check it came through?"), a receipt
# missed ("fick inget kvitto", "never got a receipt") or the organisation's own state asked ("Har vi svarat?").
_ARRIVAL_CHECK_R38 = re.compile(
    r"\b(?:hur|how)\b(?: [\w']+){0,4}? (?:kollar|kolla|ser|se|vet|veta|kontroller\w*|check|see|know|verify|tell)\b"
    r"(?: [\w']+){0,5}? (?:kom(?:mit)? (?:in|fram)|gick (?:in|fram|igenom)|gatt (?:in|fram|igenom)|inkommit|"
    r"mottagits|registrer\w*|arrived|came (?:in|through)|got through|went through|(?:was|been|is) received)\b|"
    r"\b(?:inget|ingen|inte (?:fatt|fick)(?: nagot| nat| ett)?|no|never got a|didn't get a|did not get a|"
    r"haven't (?:got|had|received) a)\b(?: [\w']+){0,2}? (?:kvitto|kvittens|receipt|bekraftelse|confirmation)\b|"
    r"(?:^|[.?!] )(?:[\w!,]+ ){0,2}(?:har vi|har ni|har [\w]+ kommun|have we|has our \w+)(?: redan| already)? "
    r"(?:svarat|skickat in|lamnat in|lamnat remissvar\w*|answered|submitted|responded|replied)\b")


# The time left to respond asked ("hur lång tid har vi på oss", "how much time do we have").
_TIME_LEFT_ASKED = re.compile(r"\b(?:hur (?:lang tid|lange|manga dagar|mycket tid) har (?:vi|ni|jag|man) (?:\w+ )?"
                              r"(?:pa (?:oss|er|mig|sig))|how (?:much time|long|many days) do (?:we|i|you) have)\b")


# What the time asked is to ("… på oss till avstämningen", "… att läsa det", "… have before the check-in").
_TIME_TO = re.compile(r"\s+(?:till|to|until|innan|fore|before|for att|to get|att)\s+((?:\w+\s*){1,4})")


# A view said to carry through to the updated text ("får genomslag", "tas hänsyn till", "is taken into account").
_IMPACT_CHEAP = ("genomslag", "hansyn", "beakta", "tas tillvara", "gehor", "into account", "reflected", "make it into")
_IMPACT_ASKED = re.compile(r"\b(?:far|fa|ska fa|kommer (?:att )?fa|faktiskt far) (?:\w+ )?genomslag\b|\bgenomslag\b|"
                           r"\btas? (?:\w+ )?hansyn\b|\bbeaktas\b|\btas tillvara\b|\bfar gehor\b|"
                           r"\b(?:taken|take) into account\b|\bis reflected\b|\bare reflected\b|\bmakes? it into\b")
# Whose views: the responses, views or perspective of the asker or the members, in the same sentence.
_IMPACT_OF = re.compile(r"\b(?:remissvar\w*|svar|svaret|svaren|synpunkt\w*|perspektiv\w*|asikt\w*|inspel\w*|"
                        r"erfarenhet\w*|views?|responses?|input|comments?|perspectives?|opinions?)\b")


# A claim checked the other way round ("har jag fel?", "am I wrong?"), not beside "stämmer det eller …".
_WRONG_ASKED = re.compile(r"(?<!eller )\b(?:har jag|har vi|am i|are we) (?:fel|missforstatt|wrong|mistaken)\b")


def _claim_subject(text: str) -> str:
    """What a correction is about, by its first sentence: the decision, a new RUS, the consultation, or other."""
    first = _first_sentence(text).lower()
    for subject, words in (("decision", ("beslut", "decision", "decides")), ("new", ("ny rus", "new rus")),
                           ("consultation", ("remiss", "consultation"))):
        if any(w in first for w in words):
            return subject
    return first[:40]


# A member said to be left out, corrected ("Nej – Degerfors är en av de 12 kommunerna …"): its name.
_MEMBER_FIX = re.compile(r"^(?:Nej|No) – (.+?) (?:är en av|är med|is one of|is a member)")
# After a "Nej – …" that leads: a "Ja:" opening a later paragraph, and a "Ja, …:" left with nothing after it.
_YES_COLON = re.compile(r"^(?:Ja|Yes): ")
_DANGLING_YES = re.compile(r"^(?:Ja|Yes)\b[^\n]*:$")
# The words of a message that asks about its organisation link (the answer feature.organisation gives).
_NAMES_LINK = re.compile(r"\borganisation\w*|\borganization\w*|\bkoppl\w*|\bbyt\w*|\blink\w*|\brepresent\w*|"
                         r"\bforetrad\w*")


# The consultation or answering it named ("remissen", "svara", "respond"): midsummer compared with the plan's remiss.
_NAMES_CONSULTATION = re.compile(r"\bremiss|\bconsultation|\bsvar|\brespon|\breply|\binspel|\bdeadline")
# "vad gör vi?", "what do we do?": asked what to do, beside a response not ready in time ("vi har inte fått det
# politiskt behandlat", "we won't have it approved", "vi hinner inte").
# Another question before it in the same sentence ("När stänger remissen, och kan vi svara som en organisation?").
_CLAUSE_BEFORE = re.compile(r",|\boch\b|\band\b")
_WHAT_DO_WE = re.compile(r"\b(?:vad|hur) (?:gor|ska|kan|skall) (?:vi|jag|man)\b|\bwhat (?:do|should|can) (?:we|i)\b")
# Not in time, not done, not decided ("vi har inte hunnit", "won't make it"). (Also what "vi hinner inte" of the
# consultation reads since round 36: an earlier, narrower pattern of the same name was shadowed by this one.)
_NOT_IN_TIME = re.compile(r"\b(?:inte|ej|not|won ?t|haven ?t|hasn ?t)\b (?:\w+ ){0,3}?(?:hunnit|hinner|hinna|behandlat|"
                          r"behandla\w*|klart|fardigt|beslutat|godkant|approved|ready|finished|done|make it)\b")
# A weekday named in a message (of _WEEKDAY_NAMES, whose index % 7 is Python's weekday()).
_WEEKDAY_CHEAP = re.compile(r"dag|day")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")(?:en|s)?\b")
# The consultation's last day named ("sista dagen", "deadline", "remisstiden går ut", "the consultation closes").
_DEADLINE_NAMED = re.compile(r"\bsista\s+(?:dag\w*|svarsdag\w*)|\bdeadline|\blast day|\bremiss\w*|\bsvarstid\w*|"
                             r"\bconsultation|\bclos(?:es|ing)\b|\bdue\b")
# The last day itself named, to which a weekday is given ("sista dagen … fredag", "the deadline is on Wednesday"),
# not a day of the asker's own ("kan vi skicka remissvaret på måndag?").
_LAST_DAY_NAMED = re.compile(r"\bsista\s+(?:dag|svarsdag)\w*|\bdeadline|\blast day|\b(?:remiss|svars)tiden\b|"
                             r"\bstanger\b|\bclos(?:es|ing)\b|\bends?\b|\bslutar\b|\bgar ut\b|\bdue\b")
# Another day of the asker's told in the same sentence (a meeting's, a board's): its weekday is not the last day's.
_OTHER_DAY_OF = re.compile(r"\bmote|\bsammantr|\bstyrels|\bnamnd|\bmeeting|\bboard\b|\bcouncil|\bfullmakt|"
                           r"\bsemester|\bledig|\bholiday|\bvacation")
# Sending next week asked ("kan jag skicka in nästa vecka?", "can we submit next week?").
_NEXT_WEEK_SENT = re.compile(r"\b(?:skicka\w*|lamna\w*|submit\w*|send\w*)\b[^.?!]{0,40}\b(?:nasta vecka|next week)\b")
# "är det en fredag?", "is it a Friday?": a weekday given to what the sentence before named.
_IT_BEFORE_DAY = re.compile(r"\b(?:det|den|it|that|this)\b")
# The summer named ("över sommaren", "semestern", "midsommar", "the summer holidays").
_SUMMER = re.compile(r"sommar|semester|summer|holiday|vacation")
# A request made ("hemställer om", "begär", "ansöker om", "we request") of the time extended ("förlängs", "anstånd").
_REQUESTS = re.compile(r"\bhemstall\w*|\bbegar\b|\bansoker om\b|\bwe (?:hereby )?request\b|\bi (?:hereby )?request\b|"
                       r"\bformally request\w*")
_EXTENDED = re.compile(r"\bforlang\w*|\banstand\w*|\bextension\w*|\bextend\w*")
# The hour asked ("klockslag", "till vilken tid", "what time", "how late").
_CLOSING_TIME_ASKED = re.compile(r"\bklockslag\w*|\bvilken tid\b|\bhur sent\b|\bklockan\b|\bwhat time\b|\bhow late\b|"
                                 r"\btime of day\b|\bnar pa dagen\b|\btidpunkt\w*|\bmidnatt\b|\bmidnight\b|"
                                 r"\bend of (?:the )?day\b|\boffice hours\b|\bkontorstid\w*|\bdagens slut\b")
# Working days asked ("arbetsdagar", "vardagar", "working days", "business days").
_WORKING_DAYS = re.compile(r"\b(?:arbetsdag\w*|vardag(?:ar|arna)?|working days?|work days?|business days?|workdays?)\b")
_EXCLUDING_TODAY = re.compile(r"\b(?:exkl\w*|utan att rakna|ej inraknad|inte inraknad|not (?:counting|including) "
                              r"today|excluding today|after today|efter i ?dag|fran i ?morgon|from tomorrow)\b")
# What now, or whether a response can still be given ("vad gör vi nu?", "what now?", "är det för sent?").
_STILL_RESPOND = re.compile(r"\bwhat now\b|\bvad nu\b|\bvad gora\b|\bfor sent\b|\btoo late\b|\b(?:kan|far) vi "
                            r"(?:\w+ )?(?:svara|lamna|skicka)\b|\bcan we (?:\w+ )?(?:submit|respond|send)\b")
# A response missed or forgotten ("vi missade remissen", "we forgot to send", "glömde att svara").
# "Vad händer om vi missar sista dagen? Blir vi utan?", "what happens if we miss the deadline?": a response not in
# by the last day, asked ahead of it (folded).
_MISS_LAST_DAY = re.compile(r"\b(?:vad hander|vad sker|hur blir det) (?:om|ifall) (?:\w+ ){0,3}?(?:missar|inte hinner|"
                            r"hinner inte|kommer for sent|ar for sena?|lamnar (?:in )?(?:\w+ )?for sent)|"
                            r"\bwhat happens if (?:\w+ ){0,3}?(?:miss\w*|(?:are|is|come) late|(?:don.?t|do not|can.?t|"
                            r"cannot) make it)|\bblir (?:vi|de|ni) utan\b|\braknas (?:vi|de|ni) bort\b")
# Who has answered the consultation, asked in the past ("hann alla svara?", "how many responded?"): not who it goes to.
_HAVE_ANSWERED = re.compile(r"\b(?:hann|hunnit|hinner)\b(?:\s+\w+){0,4}?\s+(?:svara|svarat|lamna\w*|skicka\w*)\b|"
                            r"\bsvarade\b|\bhar (?:\w+ ){0,3}svarat\b|\b(?:responded|replied|answered|submitted)\b|"
                            r"\bdid (?:\w+ ){1,3}(?:respond|reply|answer|submit)\b")
# Others as the ones who answered ("svarade alla kommuner?", "did every municipality respond?"), not the asker.
_OTHERS_ANSWERED = re.compile(r"\b(?:alla|samtliga|varje|every|all|each|hur manga|how many|vilka|which|who|"
                              r"kommuner\w*|municipalit\w*|organisation\w*|organization\w*|remissinstans\w*|"
                              r"respondents)\b")
# A response asked whether it is a decision ("is our consultation response a decision …?", "blir remissvaret ett
# beslut?"): the article needed – "remissvaret beslutas i nämnden" is not this; nor is "bindande", whose legal
# standing the material does not give (that answer says so).
_RESPONSE_DECIDES = re.compile(r"\b(?:remissvar\w*|response)\b(?:\W+\w+){0,2}?\W+(?:ett beslut|a decision|"
                               r"an? \w+ decision)\b")
# Preparing asked of the askers ("hur ska vi förbereda oss?", "how should we prepare?").
_PREPARE_US = re.compile(r"\bforbered\w* (?:\w+ ){0,2}?(?:oss|vi|er|mig|jag)\b|\b(?:vi|oss|jag|man) (?:\w+ ){0,3}?"
                         r"forbered\w*|\b(?:we|i|us) (?:\w+ ){0,3}?prepare\b|\bprepare (?:ourselves|myself)\b")
_ASKING_WORD = re.compile(r"\b(?:vad|hur|vilka|vilket|what|how|which)\b")
# Turning reminders or nudges off, said in words the lexicon lacks ("switch off the nudges", "mute the reminders",
# "stänga av puffarna"): the README's `påminn mig av` / `nudges off`, not a question outside the material.
_NUDGES_OFF = re.compile(r"\b(?:switch|turn|shut|stop|mute|disable|silence|pause)\w*\s+(?:\w+\s+){0,1}off\s+"
                         r"(?:\w+\s+){0,3}(?:nudge|remind|notification)\w*|\b(?:switch|turn|shut)\w*\s+(?:\w+\s+){0,3}(?:nudge|remind|"
                         r"notification)\w*\s+off\b|\b(?:stop|disable|mute|silence|pause|opt out of)\s+(?:\w+\s+){0,3}"
                         r"(?:nudge|remind|notification)\w*|\b(?:stanga|stang|stanger|sla|slar|satta) av (?:\w+ ){0,3}"
                         r"(?:paminn|puff|notis|avisering)\w*|\b(?:paminn|puff|notis|avisering)\w* (?:\w+ ){0,3}"
                         r"(?:stanga|stang|stanger|sla|slar|satta)s? av\b|"
                         r"\b(?:nudge|remind|notification)\w*\s+(?:\w+\s+){0,2}(?:switched|turned|shut)\s+off\b")
_MISS_MISREAD = frozenset({"feature.reminders", "timeline", "period", "now", "next", "unknown", "unsure", OUT_OF_SCOPE})
# consultation.respondents' line on who sends the consultation out.
_SENDS_OUT = frozenset({"skickar", "sander", "avsandare", "avsandaren", "sends", "sender"})
_SENDER_LINE = ("Vem som skickar ut remissen", "Who sends the consultation out")
_MISSED = re.compile(r"\b(?:missade|missat|glomde|glomt|missed|forgot|forgotten)\b")
_BEFORE_OR_AFTER = re.compile(r"\b(?:fore|innan|before)\s+(?:eller|el|or)\s+(?:efter|after)\b")
# Cheap tests before the feature rules that need them: the bot or "you" named, a command named or quoted.
_YOU_OR_BOT = frozenset({"boten", "bot", "botten", "du", "you"})
_NAMES_COMMAND = frozenset("skriva skriver skrev skrivit testade provade kommandot kommandona typed type wrote tried "
                           "command".split())
# Words of a command refused or failing ("status funkar inte", "fick fel", "behörighet"): features.commands_named reads
# whether a coordinator's command opens such a message.
_FAILING = frozenset("""funkar fungerar gick fel felet felmeddelande behorighet behorig nekad error permission denied
allowed work working visar gor betyder innebar kommando does do show shows""".split())
_QUOTE_MARKS = frozenset("\"'‘’“”»«`")
def _asked_at(pattern: re.Pattern[str], folded_q: str) -> int:
    """Where a question of features.written_aspects is asked: its own word ("offentliggöras"), not the response
    named before it."""
    m = pattern.search(folded_q)
    if m is None:
        return len(folded_q)
    own = re.search(features._PUBLIC_WORD, folded_q[m.start():m.end()]) if pattern is features._PUBLIC else None
    return m.start() + (own.start() if own is not None else 0)


# The days-left paragraph ("**113 dagar** till remissens sista dag, …").
_DAYS_LEFT_PARAGRAPH = re.compile(r"^\*\*\d+ (?:dagar|days?)\*\* (?:till|to|until|left)")
# A count of days or weeks asked for ("hur många dagar", "how many weeks").
_HOW_MANY_DAYS = re.compile(r"\b(?:hur manga|how many) (?:dagar|veckor|days|weeks)\b")
# A response of the asker's arriving after a moment named ("om vårt svar kommer in på måndag", "skickar vi i morgon",
# "efter midnatt", "if we miss the deadline"), asked of its fate ("räknas det?", "vad händer?", "will it count?").
_LATE_ARRIVAL_WHEN = re.compile(
    r"\b(?P<tomorrow>i ?morgon|i ?morn|imorrn|tomorrow)\b|\b(?:pa|on) (?P<weekday>mandag|tisdag|onsdag|torsdag|fredag|"
    r"lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?P<week>nasta vecka|next week)\b|"
    r"\b(?P<late>efter midnatt|after midnight|missar (?:\w+ )?(?:deadline\w*|sista dag\w*)|miss (?:the |our )?deadline|"
    r"efter (?:deadline\w*|sista dag\w*)|after the (?:deadline|last day)|(?:en|ett par|nagra) dagar? (?:for )?sent|"
    r"(?:a|one|a few|two) days? late)\b")
_LATE_ARRIVAL_SENT = re.compile(r"\b(?:svar\w*|remissvar\w*|yttrande\w*|skicka\w*|lamna\w*|kommer in|inkommer|"
                                r"responses?|submi\w*|send\w*|arriv\w*|reply|replies)\b")
_LATE_ARRIVAL_FATE = re.compile(r"\b(?:vad hander|vad sker|hur blir det|raknas|galler (?:det|svaret)|godtas|"
                                r"godkanns|accepteras|tas (?:det |svaret )?emot|tar du emot|tas (?:det |svaret )?med|"
                                r"kommer det med|ar det (?:ok|okej|lugnt)|gar det (?:bra|ok|an)|funkar det|"
                                r"what happens|(?:still )?counts?|accepted|accept it|"
                                r"(?:is|be) (?:that |it )?(?:ok|okay|fine)|"
                                r"considered|taken into account)\b")
# A request outside the bot's work: a personal text written ("skriv ett julkort", "write a poem for …"), gift tips
# ("tips på julklapp"), or a subject the material does not hold (Almedalen, the infection rate).
_PERSONAL_TEXT_ASKED = re.compile(r"\b(?:skriv\w*|formulera|write|draft|compose)\b(?:\s+\w+){0,4}?\s+(?:\w+kort\w*|"
                                  r"dikt\w*|vers|rim|halsning\w*|gratulation\w*|lyckonskning\w*|\w*cards?|poems?|"
                                  r"greetings?|verses?|rhymes?)\b")
_GIFT_TIPS_ASKED = re.compile(r"\b(?:julklapp\w*|present(?:tips|er|en|erna)?|gifts?|christmas presents?)\b")
_TIPS_WORDS = re.compile(r"\b(?:tips\w*|forslag|ide\w*|ideas?|recommend\w*|suggest\w*|ska jag ge|kopa|buy|"
                         r"should i (?:get|buy|give))\b")
# A holiday greeting opening such a request ("God jul! …"): returned before the decline.
_HOLIDAY_GREETING = re.compile(r"^(?:god jul|gott nytt ar|glad pask|glad midsommar|trevlig helg|merry christmas|"
                               r"happy new year|happy holidays)\b")
# (The weather is not among them: its stock "Det vet jag inte" is honest already.)
_OUTSIDE_SUBJECT = re.compile(r"\b(?:almedal\w*|smittlag\w*|smittspridning\w*|smittotal\w*|infection (?:rates?|"
                              r"levels?)|covid(?:-19)?[ -]?(?:lage\w*|situation))\b")
_PANDEMIC_SUBJECT = re.compile(r"\b(?:smitt\w*|infection\w*|covid\w*|pandemi\w*)\b")
# Words of the update itself: a message naming them asks something of it besides the request declined.
_UPDATE_NAMED = re.compile(r"\b(?:rus|remiss\w*|inspel\w*|tidplan\w*|avstamning\w*|partnerskap\w*|fas|faserna|"
                           r"consultation|timeline|partnership|strategi\w*|strategy|uppdatering\w*)\b")
# Another question of what follows the consultation ("Och vad händer med alla svar sen?", "what happens after?").
_AFTER_CONSULTATION_ASKED = re.compile(r"\bvad hander (?:\w+ ){0,4}?(?:sen|sedan|darefter|efter\w*)\b|"
                                       r"\bwhat happens (?:\w+ ){0,4}?(?:after(?:wards)?|then|next)\b")


# A member asked whether it may respond ("Does the Chamber of Commerce also get to respond …?", "Får
# universitetet lämna remissvar?"): the organisation between the question's verb and "respond" (not whether it
# must: "måste vi i Degerfors svara?" is a duty, answered elsewhere).
_ORG_MAY_RESPOND = re.compile(r"(?:^|[.?!]\s+)(?:hej\W+|hi\W+|hello\W+)?(?:does|do|is|are|can|may|will|far|kan|ar)\s+"
                              r"(?P<x>(?:[\w-]+\s+){1,5}?)(?:also\s+|ocksa\s+|aven\s+)?(?:get to |allowed to |able to |"
                              r"ratt att |tillatet att )?(?:respond|reply|svara|lamna (?:\w+ )?remissvar|submit)")


# Round 33 (r33-roles): a member's yes ("Ja, **RF-SISU** är med …"), its role asked ("beslutsfattare", "vad gör vi
# där?"), an either/or with a bare membership ("… or just a member?"), why a member takes part, and whether the
# municipalities take part at all.
_MEMBER_YES = re.compile(r"^(?:Ja|Yes), \*\*(?P<x>[^*]+)\*\* (?:är med|is a member)")
_ROLE_WORDS = ("beslut", "bestam", "decid", "decision", "roll", "role", "gor vi", "gor de", "gor dom", "do we do",
               "do they do", "bara", "just", "only", "inflytande", "influence", "say in", "paverka", "uppdrag",
               "uppgift", "forvant", "expected of")
_ROLE_ASKED = re.compile(r"\b(?:beslutsfatt\w*|beslutar|beslutande|bestammer|decision[- ]?maker\w*|decides?|"
                         r"roll(?:en)?|role|inflytande|influence|say in|paverka\w*)\b|"
                         # "vad är mitt uppdrag typ", "vad förväntas av mig": the member's own part (b75 #46)
                         r"\b(?:mitt|vart|ert|min|var|er|mina|vara|era) (?:uppdrag|uppgift\w*)\b|"
                         r"\bforvantas (?:av|of) (?:mig|oss|er|dig)\b|\bexpected of (?:me|us)\b|"
                         r"\bvad (?:gor|ska|kan|har) (?:vi|de|dom|ni|man) "
                         r"(?:dar|for roll|i den|i det|i partnerskapet)\b|"
                         r"\bwhat (?:do|does|will|would) (?:we|they|you|it) do\b|"
                         r"\b(?:bara|endast|enbart|just|only|merely) (?:en |a )?(?:medlem|member)\w*\b")
_EITHER_OR = re.compile(r"\b(?:eller|or)\s+(?:\w+\s+){0,3}?(?:bara|endast|enbart|just|only|merely|simply)\b|"
                        r"\b(?:bara|endast|just|only|merely) (?:en |a )?(?:medlem|member)\w*\b.{0,40}\b(?:eller|or)\b")
_WHY_MEMBER = re.compile(r"\b(?:varfor|why)\b.{0,40}\b(?:med|medlem\w*|member\w*|part|included|involved|sitter)\b")
_MUNICIPALITIES_TAKE_PART = re.compile(
    r"\b(?:far|ska|kommer|blir|kan)\s+(?:\w+\s+){0,2}?(?:kommunerna|kommuner)\s+(?:\w+\s+){0,3}?"
    r"(?:vara med|delta|medverka|paverka|tycka till|ha (?:nagot|nat) att saga|saga sitt)\b|"
    r"\b(?:do|will|can|are|get|does)\s+(?:the\s+)?(?:municipalities|councils)\s+(?:\w+\s+){0,3}?"
    r"(?:take part|be involved|involved|have a say|get a say|participate|included)\b")

# "ett sätt för Regionen att köra över kommunerna", "överkör oss", "steamroll the municipalities", "bestämma över
# huvudet på kommunerna": a claim that the region overrides the municipalities.
_RUN_OVER = re.compile(
    r"\b(?:kora|kor|kort|korde)\s+over\s+(?:\w+\s+){0,2}?(?:kommun\w*|oss|lanet)\b|\boverkor\w*|"
    r"\bover\s+huvudet\s+pa\s+(?:\w+\s+)?(?:kommun\w*|oss)\b|\bkor(?:a|de)?\s+sitt\s+eget\s+race\b|"
    r"\b(?:run|runs|running|ride|riding|rides)\s+(?:roughshod\s+)?over\s+(?:\w+\s+){0,2}?(?:municipalit\w*|us)\b|"
    r"\b(?:steamroll\w*|bulldoz\w*|overrid\w*|overrul\w*)\s+(?:\w+\s+){0,2}?(?:municipalit\w*|us|councils)\b")

# "vem har bestämt att det ska gå så här fort?", "who set this pace?", "vems idé var den här tidplanen?": who decided
# the pace or the timeline (one question sentence).
_WHO_SET_PACE = re.compile(
    r"\b(?:vem|vilka|vems|who|whose)\b[^?.!]{0,60}?\b(?:bestamt|bestamde|beslutat|beslutade|bestammer|satt|satte|"
    r"lagt|lade|decided|set|chose|picked|came\s+up|ide|idea|call)\b[^?.!]{0,60}?\b(?:fort|snabbt|tempo\w*|takt\w*|"
    r"brattom|tidplan\w*|tidsplan\w*|pace|speed|fast|rush\w*|hurr\w*|timeline|schedule|timetable|deadlines?)\b|"
    r"\b(?:tempo\w*|takt\w*|tidplan\w*|tidsplan\w*|pace|timeline|schedule|timetable)\b[^?.!]{0,40}?\b(?:vem|who)\b"
    r"[^?.!]{0,30}?\b(?:bestamt|bestamde|beslutat|beslutade|decided|set|chose)\b")

# "Vem fattar det slutliga beslutet om RUS – regionstyrelsen?", "who decides in the end, is it the county board?": a
# who-decides question with the asker's guess after it (not "och när?").
_WHO_DECIDES_GUESS = re.compile(
    r"\b(?:vem|vilka|vilken|who)\b[^?.!]{0,60}?\b(?:beslut\w*|bestäm\w*|bestam\w*|decid\w*|decision|antar|"
    r"adopt\w*|sista ordet|final say)\b[^?.!–]{0,50}?(?:\s[–-]\s*|,\s*|:\s*)(?:(?:är det|blir det|is it|kanske|"
    r"maybe|perhaps)\s+)?(?P<x>[^?.!,–:]{3,40})\?", re.IGNORECASE)
_NOT_A_BODY = re.compile(r"\b(?:nar|hur|vad|varfor|when|how|what|why|och|and|eller|or|vi|we|jag|i|du|you)\b")
_COUNCIL_GUESS = re.compile(r"\b(?:regionfullmaktige|fullmaktige|rf|regional council|council)\b")
# The consultation told to come from another body than the owner ("Remissen kommer ju från regeringen va?", "the
# consultation is from the government, right?"). Folded text.
_CONSULTATION_FROM_OTHER = re.compile(
    r"\b(?:remiss\w*|consultation)\b[^?.!]{0,30}?\b(?:kommer|skickas|skickats|skickad|gar ut|ar|is|comes?|sent|issued)"
    r"\s+(?:\w+\s+){0,2}?(?:fran|av|from|by)\s+(?:the\s+)?(?P<b1>regeringen|staten|departementet|lansstyrelsen|eu|"
    r"government|state|ministry|county administrative board)\b|"
    r"\b(?:ar det|e det|is it)\s+(?:the\s+)?(?P<b2>regeringen|staten|lansstyrelsen|government|state)\s+som\s+"
    r"(?:skickar|har skickat|star bakom|ager)\b[^?.!]{0,20}\bremiss|"
    r"\b(?:kommer|skickas|is|was)\s+(?:the\s+)?(?:remissen|consultation)\s+(?:\w+\s+){0,2}?(?:fran|av|from|by)\s+"
    r"(?:the\s+)?(?P<b3>regeringen|staten|departementet|lansstyrelsen|eu|government|state|ministry)\b")
# Whom the consultation goes to, asked as an either/or ("Får kommunerna remissen eller bara regionens egna
# förvaltningar?", "öppen för allmänheten också eller bara för partnerna?"). Folded text.
_RECIPIENTS_EITHER_OR = re.compile(r"\b(?:eller|elr|or)\s+(?:(?:gar|ar|skickas|is|goes)\s+(?:den|it)\s+)?"
                                   r"(?:bara|endast|enbart|only|just)\b")
_RECEIVES_CONSULTATION = re.compile(r"\b(?:far|fa|fatt|skickas|gar|oppen|open|go|goes|sent|gets?|receives?|svara|"
                                    r"besvara|answer|respond|remissinstans\w*)\b")
_PUBLIC_SIDE = re.compile(r"\b(?:allmanhet\w*|public|medborgar\w*|invanare|privatperson\w*|citizens?|everyone|anyone|"
                          r"vem som helst|alla som vill)\b")
_ADMINISTRATIONS_SIDE = re.compile(r"\b(?:forvaltning\w*|administrations?|departments?)\b")
# A name the asker believed to be a member, told beside the question ("Jag trodde det var LRF som satt där.", "I
# thought it was LRF"): in the message's own letters, the name captured.
_BELIEVED_MEMBER = re.compile(
    r"\b(?:[Jj]ag|[Vv]i|I|[Ww]e)\s+(?:har\s+|had\s+)?(?:trodde|tänkte|hörde|hade hört|har hört|fick för (?:mig|oss)|"
    r"thought|believed|heard|was told|were told)\s+(?:att\s+|that\s+)?(?:det\s+var\s+|it\s+was\s+|även\s+|också\s+|"
    r"also\s+)?(?:the\s+)?(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ&-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ&-]+){0,2})")

# The final decision asked of with the wrong body offered or taken for granted (round 38): "… av partnerskapet eller
# av politikerna?", "är det partnerskapet som bestämmer till sist?", "fattas det slutliga beslutet på avstämningen
# 11 mars?", "nu när RUS:en är beslutad i regionstyrelsen …". Folded text.
# (Final of the decision itself: "den slutliga versionen innan beslut" asks of the text, b75 #93.)
_FINAL_DECISION_WORD = re.compile(
    r"\b(?:slutlig\w*|slutgiltig\w*|final) (?:\w+ )?(?:beslut\w*|decision|say|word|ord)\b|"
    r"\b(?:beslut\w*|bestam\w*|decid\w*|tar|fattar|avgor|takes?|makes?) (?:[\w:]+ ){0,5}?(?:till (?:sist|slut)|"
    r"ytterst|i slutandan|in the end|ultimately)\b|\b(?:ytterst|ultimately|in the end|till (?:sist|slut)) "
    r"(?:\w+ ){0,3}?(?:beslut\w*|bestam\w*|decid\w*|tar|fattar|avgor)\b|\b(?:sista ordet|last word)\b")
_DECIDING_WORD = re.compile(r"\b(?:beslut\w*|bestam\w*|decid\w*|decision|say|anta[gr]?\w*|antog\w*|adopt\w*|"
                            r"klubba\w*|godkan\w*|faststall\w*|approv\w*)\b")
_PARTNERSHIP_OFFERED = re.compile(r"\b(?:partnerskap\w*|partnership)\b")
# The partnership offered as the decider, not only named beside the question ("… och vad gör partnerskapet?").
_PARTNERSHIP_AS_DECIDER = re.compile(
    r"\b(?:ar|e|blir) det (?:\w+ )?partnerskap\w*|\bis it (?:the |our )?partnership\b|"
    r"\bpartnerskap\w* som (?:\w+ )?(?:bestam\w*|beslut\w*|tar|fattar|har)\b|\b(?:av|by) (?:the )?(?:partnerskap\w*|"
    r"partnership)\b|\bpartnerskap\w* (?:bestammer|beslutar|tar|fattar)\b|\bpartnership (?:decides|takes|has)\b")
# The other side of an either/or: the politicians, the council, the region ("… eller politikerna?").
_POLITICAL_SIDE = re.compile(r"\b(?P<pol>politiker\w*|politicians?|politiken|politik)\b|"
                             r"\b(?P<rf>regionfullmaktige|fullmaktige|rf|(?:the )?(?:regional )?council)\b|"
                             r"\b(?P<reg>regionen|the region|region orebro lan)\b")
_CHECK_IN_OF_DECISION = re.compile(r"\b(?:avstamning\w*|check-?ins?|11 mars|11 march|march 11(?:th)?|11th of march)\b")
_ASKS_WHICH = re.compile(r"^\W*(?:vad|vem|vilk\w*|nar|hur|varfor|what|who|which|when|how|why)\b")
# A decision reported as taken by a body the material does not give it to.
_DECIDED_BY_OTHER = re.compile(
    r"\b(?:beslutad\w*|beslutat|beslutades|antagen|antagit|antogs|klubbad|klubbat|klubbades|godkand|godkant|"
    r"godkandes|faststalld|faststallt|adopted|approved|decided)\b[^.?!]{0,30}?\b(?:i|av|by|in)\s+(?:the )?"
    r"(?P<b1>regionstyrelsen|regionstyrelse|styrelsen|lansstyrelsen|regeringen|"
    r"(?:regional |county |executive )?board|government)\b|"
    r"\b(?P<b2>regionstyrelsen|styrelsen|lansstyrelsen|regeringen|(?:the )?(?:regional |county |executive )?board|"
    r"(?:the )?government)\s+(?:\w+\s+){0,2}?(?:har|hade|has|had|redan|already|nu|now|\s)*\s*(?:beslutat|antagit|"
    r"antog|klubbat|godkant|faststallt|adopted|approved|decided)\b")

# "är vi med i partnerskapet", "are we part of it", "ingår vi": the asker's own membership asked.
_STRANGER_NO = re.compile(r"^(?:Nej|No)(?:, \*\*| – )[^\n]{1,60}? (?:är inte med|is not a member|is not part)")
_WE_ASKED_IN = re.compile(r"\b(?:ar|e|sitter|ingar|finns) vi (?:\w+ )?(?:med|i partnerskapet|en del|medlem\w*)\b|"
                          r"\b(?:are|is) (?:we|us) (?:\w+ )?(?:in|part|a member|members|included)\b")

# "does it concern my company", "berör det vårt företag", "påverkar RUS min firma": a firm's own stake asked.
_CONCERNS_FIRM = re.compile(
    r"\b(?:ber[oö]r|paverkar|angar|galler|spelar)\s+(?:\w+\s+){0,3}?(?:mitt|vart|min|vara|mina|sma|oss som)\s+"
    r"(?:\w+\s+)?(?:foretag|firma|bolag)\w*|"
    r"\b(?:concern|affect|matter|relevant|apply|applies|impact)\w*\s+(?:\w+\s+){0,3}?(?:my|our)\s+(?:\w+\s+)?"
    r"(?:company|business|firm)\w*")


# People shared out ("ett svar per person", "one response for each person"): not
# whether the bot is a person, which asks it of "du"/"you"/the bot ("är du en riktig person?", "is this a human?").
_PEOPLE_COUNTED = re.compile(r"\b(?:per|varje|each|every)\s+(?:\w+\s+)?(?:person|manniska|persons?)\b")
_ASKS_IF_HUMAN = re.compile(r"\b(?:ar|e)\s+(?:du|det|detta|boten)\s+(?:\w+\s+){0,2}?(?:person|manniska|robot|ai|bot)\b|"
                            r"\b(?:are|is)\s+(?:you|this|it|the bot)\s+(?:\w+\s+){0,2}?(?:person|human|robot|ai|"
                            r"bot)\b|\b(?:talking|chatting|pratar|chattar)\s+(?:\w+\s+){0,2}?(?:med|with)\s+"
                            r"(?:\w+\s+)?(?:person|manniska|human|robot|bot)\b")


# ---- round 29 (r29about) patterns, on folded text (å/ä → a, ö → o) ----
# Answers that are a stock text rather than an answer to what was asked.
_STOCK_TOPICS = frozenset({"unknown", "about_bot", "source", "help"})
# "who else is in it?", "vilka mer / fler / andra är med?", "vilka sitter i partnerskapet?"
_WHO_ELSE = re.compile(r"\b(?:who else|which others|who (?:is|are) (?:in it|the other members|the members)|"
                       r"vilka (?:mer|fler|andra)|vem mer|"
                       r"vilka (?:ar|e|sitter) (?:\w+ ){0,3}?(?:med|i partnerskapet))\b|"
                       # "Who sits on the Partnership for Regional Development in Örebro county, and …?" (b75 #14)
                       r"\bwho (?:sits|sit|is|are|serves|serve) (?:on|in) (?:the |this |that )?"
                       r"(?:\w+ ){0,2}?partnership|"
                       r"\bwho (?:makes up|make up|belongs to|belong to|is part of|are part of) (?:the |this )?"
                       r"(?:\w+ ){0,2}?partnership|"
                       r"\bvilka (?:ingar|sitter med|ar medlemmar) i (?:\w+ ){0,2}?partnerskap")
# "vad är 'partnerskapet' för nåt?", "what is the partnership?"
# "what is this 'partnership' everyone keeps talking about?", "vad är det här partnerskapet som alla pratar om?"
_WHAT_PARTNERSHIP = re.compile(r"\bvad (?:ar|e|betyder|menas med|innebar) (?:det |det har |detta )?[\"”“']?"
                               r"partnerskapet\b(?!s)[\"”“']?(?: for (?:nat|nagot|nagonting|ett|slags)\b|\s*(?:[?.]|$)|"
                               r" (?:som )?(?:alla|ni|folk|man|de|du)\b[^?.]{0,30}?\b(?:pratar|snackar|talar|namner|"
                               r"skriver) om\s*(?:[?.]|$))|"
                               r"\bwhat (?:is|are|s) (?:the |this |that )?[\"”“']?partnership\b(?!')[\"”“']?\s*"
                               r"(?:[?.]|$|(?:that |which )?(?:everyone|everybody|people|you|they|all)\b[^?.]{0,30}?\b"
                               r"(?:talk|mention|refer)\w*(?: about| to)?[^?.]{0,20}(?:[?.]|$))")
# "a two-sentence description of the partnership", "beskriv partnerskapet kort"
_DESCRIBE_PARTNERSHIP = re.compile(r"\b(?:beskriv\w*|describe|description|presentation|presentera)\b(?: \S+){0,5}? "
                                   r"(?:the |of the )?partner")
# "vem är deras representant?", "who represents us?", "vem företräder oss?"
# "Vem på regionen sitter med i partnerskapet?", "är det vi eller någon annan på Handelskammaren som formellt sitter i
# partnerskapet?", "who at the university sits in the partnership?": which person of an organisation is its member
# (round 30, b60 #40, #6: answered as whether the organisation is).
_WHO_SITS = re.compile(r"\b(?:vem|vilka|vilken person|nagon annan|who|someone else)\b[^.?!]{0,40}\b(?:pa|hos|at|from|"
                       r"of)\b[^.?!]{0,40}\b(?:sitter|sits|sit)\b[^.?!]{0,25}\b(?:partnerskap\w*|partnership)")
_WHO_REPRESENTS = re.compile(r"\b(?:vem|vilka|who)\b[^.?!]{0,40}\b(?:represent\w*|foretrad\w*|foretrader)\b")
# "RF" as a word of its own in the message (not RF-SISU)
_RF_TOKEN = re.compile(r"(?<![\w-])RF(?![\w-])")
# "är det vi (på RF-SISU)?", "is that us?", "ska vi göra något där?"
_IS_IT_US = re.compile(r"\b(?:ar det (?:vi|oss)|e det (?:vi|oss)|is (?:that|it) us|does (?:it|that) mean us|"
                       r"(?:ska|skall|maste|behover) vi\b[^.?!]{0,30}\b(?:gora|ha|bidra)\b[^.?!]{0,20}\b(?:dar|har|da)|"
                       r"menas (?:vi|oss))\b")
# "idrotten har ingen egen plats i partnerskapet utan företräds via länsstyrelsen"
_SPORT_NOT_SEATED = re.compile(r"\b(?:idrott\w*|sport\w*|rf-sisu|sisu)\b[^.?!]{0,60}\b(?:inte|ingen|ej|not|no)\b"
                               r"[^.?!]{0,40}\b(?:plats|med|stol|seat|member|part)\b|"
                               # (Represented through RF-SISU itself is what the member list has: no claim.)
                               r"\b(?:foretrads|representeras|represented) (?:via|genom|av|through|by)\b"
                               r"(?! (?:rf.?sisu|sisu)\b)")
# "översyn eller uppdatering – samma sak?", "vad ska jag kalla det", "skillnad"
_SAME_OR_WHICH_WORD = re.compile(r"\b(?:samma|skillnad\w*|kalla|kallar|heta|heter|ordet|vilket ord|same|"
                                 r"difference|call it|which word|term)\b")
# "regelbundet eller en engångsgrej?", "regularly or a one-off"
_REGULAR_OR_ONCE = Quick(re.compile(r"\b(?:regelbund\w*|aterkommande|varje mandatperiod|engang\w*|en gang for alla|"
                                    r"regular\w*|recurring|routine|one-off|one off|one-time|every term)\b"))
# What drove the review ("what triggered it?", "which external developments does the region point to?", "vilka
# händelser i omvärlden ligger bakom?", "vad utlöste översynen?"): the events the material lists, by name.
_DRIVERS_CHEAP = any_of(("trigger", "driv", "omvarld", "external", "outside", "utloste", "orsak", "caused",
                         "prompted", "bakom", "behind", "skal", "reason"))
# "hon vill ha fler skäl än pandemin", "what other reasons are there?": more reasons for the review than one named –
# the events listed and the review every mandate period (b64 #27). Not of the consultation or a meeting, whose
# reasons are other things.
_MORE_REASONS = re.compile(r"\b(?:fler|andra|ovriga|flera|more|other|further|additional) (?:\w+ )?(?:skal|reasons?)\b")
_NOT_REVIEW_REASONS = re.compile(r"remiss|consultation|inspel|\bmote|meeting|avstamning|check-in")
_ASKS_DRIVERS = re.compile(r"\b(?:what|which) (?:\w+ ){0,2}?(?:triggered|triggers|caused|prompted|drove|drives|"
                           r"is driving|s driving|are driving)\b|\bwhat (?:was|were|is|are) the triggers?\b|"
                           r"\b(?:external|outside) (?:developments?|events?|factors?|drivers?|changes|trends?)\b|"
                           r"\bhandelser\w* i omvarlden\b|\bomvarlds(?:handelser|faktorer|forandringar)\w*|"
                           r"\b(?:vad|vilka) (?:\w+ ){0,3}?(?:utloste|orsakade|drev|driver)\b|"
                           r"\b(?:vilka|vad) (?:\w+ ){0,3}?(?:handelser|faktorer|drivkrafter|orsaker)\w* (?:\w+ ){0,3}?"
                           r"(?:bakom|till)\b|\b(?:what|which) (?:\w+ ){0,2}?(?:events?|factors?|developments?) "
                           r"(?:\w+ ){0,3}?behind\b")
# Whether the material says how each of them will change the strategy: it does not.
_HOW_EACH_CHANGES = re.compile(r"\bhow (?:(?:will|would|do|does|are|is|did) )?(?:each|they|these|those|the events|"
                               r"the developments)\b(?: of them)? "
                               r"(?:\w+ ){0,3}?(?:change|affect|shape|alter|influence|feed)\w*|"
                               r"\bhur (?:var och en|de|dessa|handelserna) (?:\w+ ){0,4}?"
                               r"(?:paverka\w*|andra\w*|forandra\w*|paverkar)\b")
# Who asked for the review ("who actually asked for this review?", "vem har beställt översynen?", "vem gav
# uppdraget?"): the regional leadership, which the material names.
_WHO_ASKED_CHEAP = ("who", "vem", "vilka")
_WHO_ASKED = re.compile(r"\b(?:who|vem|vilka)\b[^.?!]{0,25}?\b(?:(?:asked for|requested|initiated|ordered|"
                        r"commissioned|wanted|bestallde|bestallt|tog initiativ\w* till|initierade|initierat|ville ha)"
                        r"\b[^.?!]{0,25}?\b(?:review\w*|revision|update|oversyn\w*|uppdatering\w*|rus)|"
                        r"(?:gave|has given|gav|har gett|gett) (?:the |this |det |detta )?(?:mandate|assignment|"
                        r"uppdraget|uppdrag))\b")
# "kommer den se helt annorlunda ut?", "will the new RUS look completely different?", "försvinner allt vi jobbat mot?"
_DIFFERENT_CHEAP = ("annorlund", "different", "forsvinn", "disappear")
_ALL_DIFFERENT = re.compile(r"\b(?:helt|totalt|mycket|radikalt|val) annorlunda\b|\bannorlunda ut\b|"
                            r"\b(?:completely|totally|entirely|radically|very|all that) different\b|"
                            r"\blook\w* (?:\w+ ){0,2}?different\b|\b(?:forsvinn\w*|disappear\w*)\b")
_WHAT_CHANGES = re.compile(r"\bvad (?:\w+ ){0,4}?(?:andras|forandras|ska andras|kommer (?:att )?andras|uppdateras|"
                           r"blir (?:annorlunda|nytt))\b|\bwhat (?:\w+ ){0,4}?(?:change[sd]?|changing|will change|"
                           r"updated|different)\b")
# "vad är politisk förankring för nåt?", "what is political anchoring?": a word of the glossary asked as a thing, the
# whole message (b59 #81: the partnership's role given instead of the meaning).
_WHAT_IS_WORD = re.compile(r"^(?:(?:hej|hi|hello|tja|halla|hallo|hey)\W+)?"
                           r"(?:vad (?:ar|e|innebar|betyder|menas med) |what (?:is|s|does) |what['’]s |"
                           r"what do you mean by )"
                           r"(?:en |ett |the |an? )?(?P<x>[^\W\d][\w /-]{1,40}?)"
                           r"(?: for (?:nat|nagot|nagonting|slags|sak|grej|ngt))?(?: (?:egentligen|mean|exactly))?"
                           # round 34: a word of the timeline asked of there ("vad e "nämnder" för nåt i tidplanen?")
                           r"(?: (?:i|pa|in|on) (?:tidplanen|planen|processen|the timeline|the schedule|the plan))?"
                           r"(?: (?:egentligen|mean|exactly))?\s*[?.!]*$")
# A glossary word asked alone ("nämnder?", "ledtid??"): what it means is asked, as with "vad är …?" (b82 #88).
_GLOSSARY_WORD_ALONE = re.compile(r"^(?:(?:hej|hi|hello|tja|halla|hallo|hey)\W+)?(?P<x>[^\W\d][\w -]{1,30}?)\s*\?+$")
# Quotation marks around the word asked ("vad betyder 'nämnder'?"): left out before _WHAT_IS_WORD reads it (not an
# apostrophe inside a word: "what's").
_WORD_QUOTES = re.compile(r"[\"“”«»`]|(?<!\w)['‘’]|['‘’](?!\w)")
_NOT_EXPLAINED = ("Underlaget förklarar inte «", "The material does not explain «")
_INSTEAD_CHEAP = any_of(("ny", "new", "struktur", "structur", "gora om", "borja om", "scratch", "over"))
# How often something else is done in the update ("hur ofta blir det avstämningar under uppdateringen?").
_NOT_THE_REVIEW = re.compile(r"\b(?:avstamning\w*|mote\w*|moten|meetings?|check-ins?|paminn\w*|remind\w*|inspel\w*|"
                             r"remissvar\w*|nyhetsbrev\w*|information\w*|utskick\w*)\b")
# "hur ofta ses RUS över?", "hur många gånger per mandatperiod …?", "how often is it reviewed?"
_HOW_OFTEN = Quick(re.compile(r"\b(?:hur ofta|hur manga ganger|how often|how many times|how frequently)\b[^.?!]{0,40}?"
                              r"\b(?:oversyn\w*|ses (?:\w+ ){0,2}?over|rus|strategin|review\w*|revis\w*|uppdater\w*|"
                              r"updat\w*|strategy)\b"))
_OF_REVIEW = re.compile(r"\b(?:oversyn\w*|rus\w*|review\w*|revision|uppdatering\w*|update)\b")
# "varför bara revidera i stället för att skriva en ny?", "instead of writing a new one", "föreslå en helt ny?"
_INSTEAD_OF_NEW = re.compile(r"\b(?:instead of (?:writing |making |doing |drafting )?a "
                             r"(?:completely |whole |brand )?new|"
                             r"rather than (?:writing |making )?a new|"
                             r"i ?stallet for (?:att )?(?:skriva |gora |ta fram )?en (?:helt )?ny|"
                             r"varfor inte (?:en |skriva en |gora en )?(?:helt )?ny|"
                             r"foresla (?:en )?helt ny(?: struktur| rus| strategi)?(?=\W|$)|"
                             r"(?:ny|new) (?:struktur|structure)|hela upplagget|"
                             # "istället för att göra om allt?", "why not start over?", "why keep the structure?"
                             r"gora om (?:allt|hela|den|strategin)|borja om|fran scratch|from scratch|"
                             r"start(?:ing)? (?:all )?over|redo (?:it|everything|the whole)|"
                             r"varfor (?:\w+ ){0,3}?(?:behall\w*) (?:\w+ ){0,2}?struktur\w*|"
                             r"why (?:\w+ ){0,3}?keep\w* (?:\w+ ){0,2}?structure)")
# "“What's the official rationale?” – I don't know; that is not in the material." (the rationale is the mandate)
_UNKNOWN_RATIONALE = re.compile(r"^[\"”“']?[^\n]{0,80}\b(?:rationale|reason\w*|why|varfor|skal\w*|motiv\w*)\b"
                                r"[^\n]{0,20}"
                                r"[\"”“'] – (?:i don't know|det vet jag inte)\b")
# "kan vi föreslå nya mål?", "new goals"
_NEW_GOALS = re.compile(r"\b(?:nya mal|nytt mal|new goals?|nya malen|egna mal)\b")
_PROPOSE = re.compile(r"\b(?:foresla\w*|propose\w*|suggest\w*|lagga till|add|komma med|fa med|kan vi|far vi|"
                      r"can we|may we)\b")
_NEW_RUS = re.compile(r"\b(?:ny|nya|new) (?:rus\w*|strategi\w*|strateg(?:y|ies))\b")
_WHO_DECIDES = re.compile(r"\b(?:vem|vilka|who)\b[^.?!]{0,30}\b(?:avgor|bestammer|beslutar|decides?)\b")
_PANDEMIC = Quick(re.compile(r"\b(?:pandemi\w*|corona\w*|covid\w*|korona\w*)"))
_SUPPORT = re.compile(r"\b(?:\w*stod|bidrag\w*|support|aid|grants?|stimulans\w*)\b")
_WHY = re.compile(r"\b(?:varfor|skal|skalen|skalet|why|reasons?|motiv\w*|grund)\b")
# "skillnaden mellan samordnarnas roll och partnerskapets", "what do the coordinators do compared to …"
_ROLE_COMPARED = re.compile(r"\b(?:samordnarna|samordnarnas|the coordinators|coordinators')\W+(?:\w+\W+){0,6}?"
                            r"(?:skillnad\w*|roll\w*|role|difference|uppgift\w*)\b|"
                            r"\b(?:skillnad\w*|roll\w*|role|difference|uppgift\w*)\W+(?:\w+\W+){0,6}?"
                            r"(?:samordnarna|samordnarnas|the coordinators|coordinators')|"
                            # "vad gör egentligen koordinatorerna?", "what do the coordinators actually do?" (b61 #17)
                            r"\bvad gor (?:\w+ ){0,2}?(?:samordnarna|koordinatorerna)\b|"
                            r"\bwhat do (?:\w+ ){0,2}?the coordinators (?:\w+ )?do\b")


# The leads of consultation.opening_check: a day of the asker's own set against the consultation's opening, which
# the last day's "hinner vi?" check must not replace (b75 #56).
_OPENING_LEADS = ("Det kan jag inte lova: remissen öppnar", "Nej: remissen öppnar", "Ja: remissen öppnar",
                  "Det beror på vilken dag mötet är", "I cannot promise that: according to the timeline the "
                  "consultation opens", "No: according to the timeline the consultation opens",
                  "Yes: according to the timeline the consultation opens", "It depends on the day of the meeting")


# The asker's organisation had an extension ("vi hade anstånd", "vi har fått anstånd", "we had an extension").
_HAD_EXTENSION = re.compile(r"\b(?:hade|har|fick|fatt|beviljades|beviljats|fatt beviljat)\s+(?:\w+\s+){0,2}"
                            r"anstand\b|\banstand (?:var|ar) beviljat\b|\b(?:had|got|have|were granted|was granted|"
                            r"had been granted)\s+(?:\w+\s+){0,1}extension\b")


# Parts of a message the material says nothing of, asked beside a part that is answered (round 38: each was left
# out without a word, b81–b85). One typed part each: the words (folded) asking it, the words (folded) of a reply that
# speaks of it already, and the line saying it is not known. Only the words below, never a whole part read without
# conviction: a blanket "not known" for such parts said it of parts answered (round 37).
class _UntoldPart(NamedTuple):
    key: str
    cheap: tuple[str, ...]
    asked: re.Pattern[str]
    said: re.Pattern[str]
    sv: str
    en: str


_UNTOLD_PARTS = (
    # "måste vårt svar vara politiskt behandlat hos oss?", "vem ska svara, kommunen eller kommunstyrelsen?"
    _UntoldPart("own_decision", ("politisk", "eller", "politically"), re.compile(
        r"\b(?:\w*svar\w*|yttrande\w*)\b(?:\s+\S+){0,4}?\s+(?:vara|bli|behandlas|beslutas|tas upp|antas)\s+"
        r"(?:\w+\s+)?politiskt\b|\bpolitiskt (?:behandlat|behandlad|behandlas|forankrat|forankras)\b"
        r"[^?]{0,30}\b(?:hos oss|hos er|internt|i kommunen|hemma)\b|"
        r"\b(?:response|answer|reply)\b(?:\s+\S+){0,4}?\s+(?:be|been)\s+(?:\w+\s+)?politically\b|"
        r"\bvem (?:\w+\s+){0,3}?(?:svara|svarar|ska svara|lamnar|lamna|skriver|skriva)\b[^?]{0,40}?\b(?:kommunen|"
        r"forvaltningen|tjanstepersoner\w*|kansliet|namnden|styrelsen|ledningen)\s+eller\s+(?:kommunstyrelsen|ks|"
        r"namnden|kf|kommunfullmaktige|politiken|politikerna|styrelsen|ledningen)\b"),
        re.compile(r"behandlas politiskt hos er|hos er som ska (?:besluta|svara)|politiskt beslutat innan|"
                   r"\binternt\b|politically at your end|in your organisation (?:must|should)|who in your "
                   r"organisation|decided politically before|\binternally\b"),
        "Vem hos er som ska besluta om svaret, och om det måste behandlas politiskt hos er, står inte i underlaget, "
        "så det vet jag inte; fråga samordnarna. I boten lämnas remissvaret av organisationens bekräftade "
        "företrädare.",
        "Who in your organisation decides the response, and whether it must be treated politically at your end, is "
        "not in the material, so I don't know; ask the coordinators. In the bot the response is given by the "
        "organisation's confirmed representatives."),
    # "kan vi skicka den vidare till våra institutioner?", "may we forward it to our departments?"
    _UntoldPart("forward", ("vidare", "vidarebefordr", "sprid", "forward", "circulate", "pass", "share"), re.compile(
        r"\b(?:skicka\w*|sprida|sprid|dela|vidarebefordra\w*|ga)\s+(?:\w+\s+){0,3}?(?:vidare|internt|ut)\b[^?]{0,30}?"
        r"\b(?:till|bland|inom|i)\s+(?:\w+\s+){0,2}?(?:institution\w*|forvaltning\w*|avdelning\w*|enhet\w*|"
        r"fakultet\w*|medarbetare|kollegor|verksamhet\w*|bolag\w*|medlemmar|namnd\w*)\b|"
        r"\bvidarebefordra\w* (?:den|remissen|utskicket)\b|"
        r"\b(?:forward|circulate|pass|share|send)\s+(?:\w+\s+){0,3}?(?:on\s+|around\s+|internally\s+)?(?:to|with|"
        r"among|within)\s+(?:\w+\s+){0,2}?(?:departments?|faculties|faculty|colleagues|staff|units?|members|"
        r"divisions?|institutes?|committees)\b"),
        re.compile(r"skicka remissen vidare|forward the consultation"),
        "Om ni får skicka remissen vidare inom er organisation – till exempel till institutioner eller "
        "förvaltningar – står inte i underlaget, så det vet jag inte; fråga samordnarna. Remissen går till "
        "Partnerskapet för regional utveckling, och organisationens remissvar lämnas i boten av dess bekräftade "
        "företrädare.",
        "Whether you may forward the consultation within your organisation – to departments or units, say – is not "
        "in the material, so I don't know; ask the coordinators. The consultation goes to the Partnership for "
        "Regional Development, and the organisation's response is given in the bot by its confirmed "
        "representatives."),
    # "kan vi svara både som institution och som enskilda forskare?", "can our staff reply as individuals?"
    _UntoldPart("individuals", ("enskild", "individ", "eget namn", "egna namn", "own name"),
                re.compile(
        r"\b(?:enskilda|enskild|individuella)\s+(?:forskare|medarbetare|anstallda|tjanstepersoner|personer|larare|"
        r"experter|politiker|ledamoter)\b|\bsom (?:enskild\w*|individ\w*)\b|"
        r"\bi (?:eget|egna) namn\b|\bindividual (?:researchers?|staff|employees|members|people|academics|experts)\b|"
        r"\bas individuals\b|\bin (?:our|their|my) own names?\b"),
        re.compile(r"enskilda (?:personer|medarbetare)|andra an organisationen|individual people|individuals|"
                   r"others than the organisation"),
        "Om enskilda personer, till exempel forskare eller medarbetare, kan lämna egna svar vid sidan av "
        "organisationens står inte i underlaget, så det vet jag inte; fråga samordnarna. I boten är remissvaret "
        "organisationens svar och lämnas av dess bekräftade företrädare.",
        "Whether individual people, researchers or staff say, can give answers of their own beside the "
        "organisation's is not in the material, so I don't know; ask the coordinators. In the bot the response is "
        "the organisation's and is given by its confirmed representatives."),
    # "Missade dagens avstämning. Vad bestämdes?", "what was decided at the check-in?"
    _UntoldPart("meeting_outcome", ("vad ", "hur gick", "what", "outcome", "how did"), re.compile(
        r"\bvad (?:bestamdes|beslutades|sades|bestamde (?:ni|de|man|partnerskapet)|beslutade (?:ni|de|man|"
        r"partnerskapet)|kom (?:ni|de|man|partnerskapet) fram till|hande pa (?:motet|avstamningen))\b|"
        r"\bhur gick (?:det pa )?(?:motet|avstamningen)\b|\bwhat (?:was|got) (?:decided|agreed|said)\b|"
        r"\bwhat did (?:they|the partnership|you|we) (?:decide|agree|conclude)\b|"
        r"\boutcome of (?:the |today.?s )?(?:meeting|check-?in)\b|\bhow did (?:the )?(?:meeting|check-?in) go\b"),
        re.compile(r"vad som bestamdes|kom fram eller beslutades|what was decided|came out of the meeting|"
                   r"inte vad som faktiskt|not what actually"),
        "Vad som bestämdes eller sades på avstämningen redovisas inte i underlaget – jag känner bara tidplanen, "
        "inte vad som faktiskt hände på mötet; fråga samordnarna.",
        "What was decided or said at the check-in is not recorded in the material – I know the timeline, not what "
        "actually happened at the meeting; ask the coordinators."),
    # "var hittar jag den slutliga versionen?", "where will the final version be published?"
    _UntoldPart("where_final", ("var ", "where"), re.compile(
        r"\bvar (?:hittar|finns|far|kan|ska|hamtar|laser|publiceras|kommer) (?:\w+\s+){0,4}?(?:slutlig\w*|"
        r"faststalld\w*|beslutad\w*|fardig\w*|uppdaterad\w*|nya|antagna)\s+(?:versionen|rus\w*|strategin|"
        r"dokumentet|texten)\b|\bvar (?:kommer (?:den|rus\w*|strategin) )?publiceras (?:den|rus\w*|strategin)\b|"
        r"\bvar (?:kommer|ska|skall) (?:den|rus\w*|strategin) (?:att )?publiceras\b|"
        r"\bwhere (?:can|do|will|should|would) (?:i|we|one|you) (?:\w+\s+)?(?:find|get|read|download|see)\s+"
        r"(?:\w+\s+){0,2}?(?:final|adopted|updated|new|finished)\b|"
        r"\bwhere (?:will|is|does) (?:it|the \w+(?: \w+)?) (?:be )?(?:published|posted)\b"),
        re.compile(r"publiceras|published"),
        "Var den slutliga versionen av den uppdaterade RUS publiceras står inte i underlaget, så det vet jag inte; "
        "fråga samordnarna.",
        "Where the final version of the updated RUS is published is not in the material, so I don't know; ask the "
        "coordinators."),
    # "kan vi börja kommunicera den uppdaterade versionen, och kommer det en officiell lansering?"
    _UntoldPart("launch", ("lanser", "launch", "kommunicera", "communicat"), re.compile(
        r"\blansering\w*|\blanser(?:a|as|ar|ad|at)\b|\blaunch\w*|"
        r"\b(?:borja|kan|far|ska) (?:\w+\s+){0,2}?kommunicera\s+(?:\w+\s+){0,2}?(?:den|rus\w*|strategin|"
        r"versionen)\b|\b(?:start|begin) communicating\b|\bcommunicate (?:it|the (?:updated|new))\b"),
        re.compile(r"lansering|launch"),
        "Om det blir någon officiell lansering, och när ni kan börja kommunicera den uppdaterade RUS, står inte i "
        "underlaget, så det vet jag inte; fråga samordnarna.",
        "Whether there will be an official launch, and when you can start communicating the updated RUS, is not in "
        "the material, so I don't know; ask the coordinators."),
    # "gäller den gamla fram tills dess?", "does the current RUS apply in the meantime?"
    _UntoldPart("old_applies", ("gamla", "nuvarande", "befintlig", "forra", "old", "current", "existing",
                                "previous"), re.compile(
        r"\bgaller (?:den |det |fortfarande |da )*(?:gamla|nuvarande|befintliga|forra|tidigare)\b(?!\s+struktur)|"
        r"\b(?:gamla|nuvarande|befintliga|forra|tidigare) (?:rus\w*|strategin|versionen)\s+(?:\w+\s+){0,2}?"
        r"(?:fortfarande|tills|fram till|under tiden|sa lange)\b|"
        r"\b(?:gamla|nuvarande|befintliga|tidigare) (?:rus\w*|strategin|versionen)\s+(?:\w+\s+)?galler\b|"
        r"\b(?:old|current|existing|previous|present) (?:one|rus|strategy|version)\s+(?:\w+\s+){0,2}?(?:apply|"
        r"applies|valid|in force)\b|\bdoes the (?:old|current|existing|previous) (?:one|rus|strategy|version) "
        r"(?:still )?(?:apply|hold)\b"),
        re.compile(r"nuvarande rus galler|gamla rus|current rus applies|old rus"),
        "Om den nuvarande RUS gäller fram till dess att den uppdaterade är beslutad står inte i underlaget, så det "
        "vet jag inte; fråga samordnarna.",
        "Whether the current RUS applies until the updated one is decided is not in the material, so I don't know; "
        "ask the coordinators."),
    # "måste vi börja om med våra inspel från i vintras?", "do we have to redo our input?"
    _UntoldPart("redo_input", ("inspel", "synpunkt", "input", "comment"), re.compile(
        r"\b(?:borja om|gora om|skriva om|ta om|lamna om|skicka (?:in )?(?:\w+ )?igen|lamna (?:in )?(?:\w+ )?igen)"
        r"(?:\s+\S+){0,4}?\s+(?:inspel\w*|synpunkter\w*)\b|"
        r"\b(?:inspel\w*|synpunkter)\b[^?]{0,40}\b(?:goras om|gora om|borja om|fortfarande giltiga)\b|"
        r"\b(?:skicka|lamna) (?:in )?(?:vara|era|mina|dina|de|dem) (?:\w+ )?(?:inspel\w*|synpunkter) (?:\w+ )?igen\b|"
        r"\bredo (?:\w+\s+)?(?:input|comments|submissions?)\b|"
        r"\b(?:input|comments|submissions?)\b[^?]{0,40}\b(?:still (?:count|valid|stand|apply)|be redone)\b|"
        r"\bstart (?:over|again) with (?:our|the) (?:input|comments)\b"),
        re.compile(r"goras om|gora om|borja om|redo|redone|start over"),
        "Att inspel ni redan har lämnat måste göras om står inte i underlaget; fråga samordnarna om ni är osäkra. "
        "Med **inspel** ser du dina inspel och kan ändra eller dra tillbaka dem.",
        "The material does not say that input you have already given must be redone; ask the coordinators if you "
        "are unsure. With **input** you see your input and can edit or withdraw it."),
    # "betyder det att vi måste börja om med våra egna kommunala mål?", "do we need to change our own goals?"
    _UntoldPart("own_goals", ("mal", "goal", "target", "objective"), re.compile(
        r"\b(?:borja om|gora om|andra|andras|revidera\w*|anpassa\w*|se over|skriva om|redo|revise|change|adapt|"
        r"rewrite|start over)\b(?:\s+\S+){0,5}?\s+(?:egna|kommunala|kommunens|our|own)\s+(?:\w+\s+)?(?:mal|"
        r"malsattningar|goals|targets|objectives)\b|"
        r"\b(?:egna|kommunala|kommunens|our|own)\s+(?:\w+\s+)?(?:mal|malsattningar|goals|targets|objectives)\b"
        r"(?:\s+\S+){0,5}?\s+(?:goras om|andras|revideras|anpassas|be (?:changed|revised|redone|adapted))\b"),
        re.compile(r"egna mal|own goals|egna dokument|own documents"),
        "Om ni behöver ändra era egna mål eller planer står inte i underlaget, så det vet jag inte; fråga "
        "samordnarna.",
        "Whether you need to change your own goals or plans is not in the material, so I don't know; ask the "
        "coordinators."),
    # "Hon vill också veta om nämnderna får se texten innan remissen går ut." (b82 #46)
    _UntoldPart("seen_before", ("innan", "fore", "before"), re.compile(
        r"\b(?:namnd\w*|politiker\w*|politiken|\w*styrelse\w*|\w*rad(?:et)?|committees?|politicians|board)\b[^?.]{0,40}"
        r"\b(?:se|lasa|fa se|ta del av|granska|see|read|review)\b[^?.]{0,30}\b(?:texten|forslaget|utkastet|"
        r"dokumentet|text|draft|proposal)\b[^?.]{0,30}\b(?:innan|fore|before)\b[^?.]{0,20}\b(?:remiss\w*|"
        r"consultation)"),
        re.compile(r"innan remissen gar ut|before the consultation goes out"),
        "Om nämnder eller politiker får se texten innan remissen går ut står inte i underlaget, så det vet jag inte; "
        "fråga samordnarna. I tidplanen kommer den politiska förankringen i nämnderna efter remissen, före beslutet "
        "i regionfullmäktige.",
        "Whether committees or politicians see the text before the consultation goes out is not in the material, so "
        "I don't know; ask the coordinators. In the timeline the political anchoring in the committees comes after "
        "the consultation, before the decision in the regional council."),
    # "how many organisations replied?", "hur många har svarat på remissen?"
    _UntoldPart("replies_count", ("hur manga", "how many"), re.compile(
        r"\bhur manga (?:\w+\s+){0,3}?(?:som )?(?:har |hade )?(?:svarat|svarade)\b|\bhur manga (?:remissvar|svar) "
        r"(?:\w+\s+){0,2}?(?:kom|kommit|inkom|inkommit|fick|fatt|blev|lamnats)\b|"
        r"\bhow many (?:\w+\s+){0,3}?(?:replied|responded|have (?:answered|submitted|responded|replied)|"
        r"submitted)\b|\bhow many (?:responses|replies|answers) (?:\w+\s+){0,2}?(?:came|were|have been|did)\b"),
        re.compile(r"har svarat|have replied|have answered|replied|\*\*status\*\*"),
        "Hur många organisationer som har svarat står inte i underlaget, så det vet jag inte. Samordnarna ser vilka "
        "som har svarat med kommandot **status**.",
        "How many organisations have replied is not in the material, so I don't know. The coordinators see who "
        "has answered with the **status** command."),
    # "vad vill ni helst ha synpunkter på?", "what would you like comments on?"
    _UntoldPart("comments_on", ("synpunkt", "kommentar", "tycka till", "fragor", "comment", "feedback", "views",
                                "input"), re.compile(
        r"\bvad (?:vill ni|vill regionen|vill man|ska vi|bor vi|ska man|onskar ni|forvantas) (?:\w+\s+){0,2}?"
        r"(?:ha )?(?:synpunkter|kommentarer|tycka till|fokusera)\b|"
        r"\bvilka (?:fragor|delar|omraden) (?:\w+\s+){0,3}?(?:synpunkter|kommentera|tycka till|fokusera)\b|"
        r"\bwhat (?:do you|would you|should we|are we) (?:\w+\s+){0,3}?(?:comments?|feedback|views) on\b|"
        r"\bwhat (?:kind|sort) of (?:comments|feedback|views)\b"),
        re.compile(r"sarskilda fragor|specific questions"),
        "Några särskilda frågor eller delar som ni ska lämna synpunkter på anges inte i underlaget.",
        "The material names no specific questions or parts you are to comment on."),
)

# Parts the material does answer, asked beside another question and left out (round 38: b81 #16, #59; b82 #10;
# b83 #20): each is told by the answer to its own plain question (sv, en), when the reply does not say it already.
class _ToldElsewhere(NamedTuple):
    key: str
    cheap: tuple[str, ...]
    asked: re.Pattern[str]
    said: re.Pattern[str]
    sv: str
    en: str


_TOLD_ELSEWHERE = (
    # "Vad är det som ska uppdateras egentligen? Finns det någon lista?": what phase 1 is to identify.
    _ToldElsewhere("what_updated", ("uppdateras", "lista", "updated", "list"), re.compile(
        # (the question's own head: "who decides what gets updated?" asks who, b47 #10)
        r"(?<!bestammer )(?<!beslutar om )\bvad (?:ar det som |)ska (?:\w+\s+)?uppdateras\b|"
        r"\bfinns det (?:nagon|en|nan) (?:fardig )?lista\b|"
        r"(?<!decides )(?<!decide )\bwhat (?:exactly )?(?:is|will be|gets) (?:going to be |to be )?updated\b|"
        r"\bis there (?:a|any) list\b"),
        re.compile(r"\bfas 1\b|\bphase 1\b|identifiera vad som ska andras|identify what"),
        "Vad händer i fas 1?", "What happens in phase 1?"),
    # "Vad är RUS ens och varför är det remiss nu?": the consultation as a step of phase 2, with its dates.
    _ToldElsewhere("why_consultation", ("varfor", "why"), re.compile(
        r"\bvarfor (?:ar det|blir det|kommer|har vi fatt|far vi|ar|gar) (?:\w+\s+)?remiss(?:en|er)?\b|"
        r"\bwhy (?:is there|is it|are we getting|do we get|did we get) (?:a |the )?consultation\b"),
        re.compile(r"\bfas 2\b|\bphase 2\b"),
        "Vad händer i fas 2?", "What happens in phase 2?"),
    # "kommunerna ville ha remiss t.o.m. september va? blev det så": the consultation's period in the plan.
    _ToldElsewhere("did_it_happen", ("blev det", "did it", "did that", "did they", "was it"), re.compile(
        r"\bblev det (?:sa|det|sa da)\b|\b(?:did|was) (?:it|that) (?:happen|turn out|end up|granted|the case)\b|"
        r"\bdid they get (?:it|that|what they wanted)\b"),
        re.compile(r"mitten av juni|mid-june"),
        "När pågår remissen?", "When does the consultation run?"),
    # "vill ju få med våra synpunkter om landsbygden, hur gör vi det innan dess": views on what to update are given
    # as input (README); the consultation's own how is _how_to_respond_told's.
    _ToldElsewhere("views_how", ("hur gor", "hur ska", "hur kan", "how do", "how can", "how should"), re.compile(
        r"\b(?:synpunkter|asikter|tankar|forslag|views|ideas|proposals)\b[^?]{0,80}\b(?:hur (?:gor|ska|kan) "
        r"(?:vi|jag|man) (?:gora )?(?:det|for att|med det|med dem)|how (?:do|can|should) (?:we|i) (?:do that|do it|"
        r"go about it))\b"),
        re.compile(r"inspel|\binput\b"),
        "Hur lämnar jag inspel?", "How do I give input?"),
)


# A reply that is all an "I don't know" of the one question asked: a part added would say it twice.
_UNTOLD_WHOLE = ("Det vet jag inte – det står inte i underlaget", "I don't know – that is not in the material")
# The check-in asked of, not KC/RD's meetings in December and January, whose input the timeline gives (b54 #18).
_UNTOLD_MEETING = re.compile(r"^(?!.*\b(?:kc|rd|kc/rd|december|januari|january)\b).*\b(?:avstamning\w*|check-?ins?|"
                             r"mote\w*|meeting\w*)\b", re.S)

_UNTOLD_INDIRECT = re.compile(r"\b(?:undrar|vill (?:ocksa |aven |garna )?veta|wonders?|wondering|want to know|"
                              r"would like to know|asks? (?:if|whether))\b")


class AnswerEngine:
    """Answers partners' questions about one process. Build once; `answer` is cheap.
    `contacts`: the coordinators beside the process file's own (e.g. from the settings)."""

    def __init__(self, process: Process, model: IntentModel | None = None, contacts: Iterable[str] = ()) -> None:
        self.process = process
        self.model = model or default_intent_model()
        self.rules = EntityRules(process)
        self.kit = Kit(process, self.rules)
        self.contacts = tuple(dict.fromkeys(c.strip() for c in (*contacts, *process.deployment.coordinators)
                                            if c.strip()))
        self.threshold = float(self.model.meta.get("threshold", THRESHOLD))
        self.margin = float(self.model.meta.get("margin", MARGIN))
        self.principles = self._principle_words()
        # Each glossary term's words (folded, joined by a space) → the first entry that has the term: _word_meant
        # looks a word asked up here rather than folding every term of the glossary for each message.
        self._glossary_by_words: dict[str, GlossaryEntry] = {}
        for entry in process.glossary:
            for term in entry.terms:
                self._glossary_by_words.setdefault(" ".join(tokens(fold(term))), entry)
        c = self.contacts
        self._answerers: dict[str, Callable[[Kit, Asked], Answer]] = {
            "greeting": talk.greeting, "thanks": talk.thanks,
            # Someone new asking where to start or what the bot is for, or whether it works in a channel, is told
            # so whichever of the bot's intents read it (batch 21 #2, #3, #6).
            "help": lambda kit, q: talk.cannot(kit, q) or features.coordinator_overview(kit, q) or features.orientation(
                kit, q) or features.where_it_works(
                kit, q) or talk.help_(kit, q),
            "source": lambda kit, q: features.underlag_source(kit, q) or talk.source(kit, q),
            "rus": facts.rus, "purpose": facts.purpose, "why_review": facts.why_review, "mandate": facts.mandate,
            "ways_of_working": facts.ways_of_working,
            # Which underlag, asked of a phase, is the partner's question about what to send (batch 18 #17).
            "phases": lambda kit, q: people.member_phases(kit, q) or phases.phases(kit, q),
            "phase": lambda kit, q: features.underlag(kit, q) or phases.phase(kit, q),
            "phase.current": phases.current,
            "political": phases.political,
            # "Var hittar jag en överblick över tidplanen och mötena?" asks where, not for the timeline (b24 #72).
            "timeline": lambda kit, q: features.overview(kit, q) or plan.timeline(kit, q),
            "period": plan.period, "now": plan.now, "next": plan.next_steps,
            "progress": plan.progress, "day": plan.day,
            # "Hur ser jag vilka möten som ligger inlagda?" asks for the bot's list, not the plan's check-in (b39 #66).
            "check_in": lambda kit, q: features.meetings_entered(kit, q, c) or meetings.check_in(kit, q),
            "consultation.dates": consultation.dates, "consultation.status": consultation.status,
            "consultation.days_left": consultation.days_left, "consultation.respondents":
                lambda kit, q: people.outside_respondents(kit, q) or consultation.respondents(kit, q),
            "partnership": people.partnership,
            "organisation": lambda kit, q: features.orientation(kit, q) or people.organisation(kit, q),
            "role": lambda kit, q: people.role_mandate(kit, q) or people.role(kit, q),   # "vilket mandat har KC/RD?"
            "decision": people.decision, "decision.status": people.decision_status, "influence": people.influence,
            "feature.inspel": features.inspel, "feature.remissvar": features.remissvar,
            "feature.extension": lambda kit, q: features.with_others_day(kit, q, features.extension(kit, q, c)),
            "feature.contact": lambda kit, q: features.contact(kit, q, c),
            "feature.reminders": features.reminders, "feature.nudges_off": features.nudges_off,
            "feature.organisation": lambda kit, q: features.orientation(kit, q) or features.contact_beside(
                kit, q, features.organisation(kit, q), c),
            "feature.privacy": lambda kit, q: features.privacy(kit, q, c),
            "feature.polls": features.polls,
            "feature.coordinator": lambda kit, q: features.coordinator(kit, q, c),
            "feature.calendar": features.calendar,
            "about_bot": lambda kit, q: features.orientation(kit, q) or features.where_it_works(kit, q) or (
                talk.about_bot(kit, q)),
            "definition": glossary.definition, "summary": facts.summary,
        }
        # Trying the bot without Teams, writing one response together, what a coordinator can do: asked in words
        # any of the bot's intents may read (batch 23 #60, #73, b24 #73).
        for intent in ("help", "about_bot", "feature.remissvar", "feature.contact", "feature.coordinator",
                       "feature.organisation", "feature.inspel"):
            self._answerers[intent] = (lambda answer: lambda kit, q: features.own_feature(kit, q) or answer(kit, q))(
                self._answerers[intent])
        # A documented command asked about as a command ("anstånd Kumla 2021-10-15 – rätt syntax?", "anstånd till alla
        # på en gång?", "hur väljer jag vem jag svarar för?"): its documented form, whichever feature read it.
        for intent in [i for i in self._answerers if i.startswith("feature.") or i in ("help", "about_bot")]:
            self._answerers[intent] = (lambda answer: lambda kit, q: features.command_help(kit, q) or answer(kit, q))(
                self._answerers[intent])

    # -- understanding ----------------------------------------------------------------------------
    def understand(self, question: str, today: dt.date, folded_text: str | None = None) -> Understanding:
        """`folded_text`: `fold(question[:2000])`, when the caller has it already."""
        text = question[:2000]
        # The message's folded words, read once: by the entity rules and again by the second reading.
        if folded_text is None:
            folded_text = fold(text)
        if ("vot" in folded_text or "rost" in folded_text) and _COUNCIL_VOTES.search(folded_text):
            # "Will the regional council vote on the strategy before Christmas?": the council's vote is its decision,
            # read as "decide" – a word the model knows (b73 #73: read as off-topic).
            text = _VOTE_WORD.sub(lambda m: _AS_DECIDE[m.group(0).lower()], text)
            folded_text = fold(text)
        all_words = tokens(folded_text)
        entities = self.rules.find(text, today, folded_text, all_words)
        if not _WORDLIKE.search(text):
            return Understanding("empty", 1.0, (("empty", 1.0),), entities, sure=True)
        # The narrowest reading the model is sure of, else the one it is surest of; a wider reading
        # that is only small talk ("… Tack på förhand!") never wins over the question in it.
        readings, asked, kind = _readings(text, self._names_topic)
        # With the story told before a question that names no topic of its own there is one reading more: the
        # question alone is then taken only when the model reads it clearly ("Vad förväntas av oss i år?"), not
        # when it guesses ("Kan jag se vad jag har lämnat?" is about the inspel the story tells of). A forwarded
        # quotation the model cannot read clearly is read with the words around it, as before.
        predictions = []
        read_from: dict[int, str] = {}
        for n, part in enumerate(reversed(readings)):
            p = self.model.predict(part)
            predictions.append(p)
            read_from[id(p)] = part
            if n == 0 and kind and (p.confidence < _CLEAR or (kind == "story" and p.intent == OUT_OF_SCOPE)):
                predictions.pop()
                continue
            if p.confidence >= self.threshold and (p.intent not in _SMALL_TALK or len(readings) == 1):
                break           # the narrowest reading the model is sure of: the wider ones cannot win
        if len(predictions) > 1:
            predictions = [p for p in predictions if p.intent not in _SMALL_TALK] or predictions
        prediction = next((p for p in predictions if p.confidence >= self.threshold),
                          max(predictions, key=lambda p: p.confidence))
        intent, confidence = prediction.intent, prediction.confidence
        sure = confidence >= self.threshold and prediction.margin >= self.margin
        if not sure:
            # Not sure what was asked, but the entities say which of the model's close guesses fits: a
            # period asks what happens then ("…inför sommaren, vad och när?"), the consultation with a
            # period asks about its deadline ("KS först i oktober, hinner vi svara?").
            fitting = self._fits_entities(entities)
            guess = next((i for i, p in prediction.ranked[:3] if i in fitting and p >= 0.1), None)
            if guess is not None:
                intent, sure = guess, True
        if intent == "definition" and not entities.terms and glossary.context(self.kit, text, "sv") is None:
            # A meaning asked of a word the glossary does not have: the next best reading answers it
            # ("vad innebär gröna given?" is about the events behind the review).
            intent, confidence = next(((i, p) for i, p in prediction.ranked if i != "definition"),
                                      (OUT_OF_SCOPE, confidence))
        if intent in ("organisation", "partnership") and entities.organisations and "WHO" in entities.concepts and (
                len(readings) > 1 and not self.rules.find(readings[-1], today).organisations):
            # "Who is part of the partnership? I'm new at Länsstyrelsen.": the organisation is the asker's own,
            # told beside the question, not the one asked about.
            entities = self.rules.find(readings[-1], today)
            intent = "partnership"
        second = self._second_reading(intent, entities, text, prediction.ranked, folded_text, all_words, today)
        if second is not None and second != intent and intent in _CONTENT and asked is not None and (
                read_from.get(id(prediction)) == asked):
            # "Hur många dagar är det kvar tills remissen skickas ut? Vi vill boka in ett möte.": the model read the
            # question alone, and a question naming its own topic is not overruled by a word of the story told
            # beside it (the meeting to book); the entities of the question alone decide.
            own = self.rules.find(asked, today)
            # (A wish told beside the question is still answered with a wish back.)
            if own.concepts - _VAGUE and second not in _SMALL_TALK and not (
                    second == "why_review" and _WHY_REVIEWED.search(folded_text or fold(text))):
                # (except why RUS is reviewed, asked without a question mark – "Jag undrar varför RUS ska ses över
                # nu. Har något hänt?" – which the question read alone does not name)
                second = self._second_reading(intent, own, asked, prediction.ranked, today=today)
        if second is not None and second != intent:
            intent, sure = second, True
        intent = self._with_entities(intent, entities, today)
        return Understanding(intent, confidence, prediction.ranked, entities, sure)

    def _names_topic(self, sentence: str) -> bool:
        """Whether a sentence names something to ask about beyond question words and verbs."""
        return bool(self.rules.matcher.text(tokens(fold(sentence))) - _VAGUE)

    @staticmethod
    def _fits_entities(e: Entities) -> set[str]:
        """The intents a question's entities point to when the model is not sure between a few."""
        fitting: set[str] = set()
        period = e.period is not None and not e.period.day
        consultation = bool(e.concepts & {"CONSULT", "RESPOND"})
        if period and not consultation:
            fitting |= _TIME_INTENTS
        if consultation and (period or e.concepts & {"DAYS", "OPEN_EVENT", "OPEN_STATE", "WHEN"}):
            fitting |= {"consultation.dates", "consultation.status", "consultation.days_left", "feature.remissvar",
                        "feature.extension"}
        return fitting

    def _second_reading(self, intent: str, e: Entities, text: str, ranked: tuple[tuple[str, float], ...] = (),
                        folded: str | None = None, all_words: list[str] | None = None,
                        today: dt.date | None = None) -> str | None:
        """What the entities say the question is about when they say it plainly, whatever the model
        thought: "är Arbetsförmedlingen med i partnerskapet?" asks about membership, "vad står RF för?"
        about a word, "vad tycker Anna Andersson?" about a person the material does not name."""
        c = e.concepts
        if folded is None:
            folded = fold(text)
        if all_words is None:
            all_words = tokens(folded)
        asked = set(all_words)
        joined = " ".join(all_words)
        # A meeting named in a compound ("partnerskapsmötet", "informationsmöte") is a meeting too.
        meeting = "MEETING" in c or any(w.endswith(("mote", "motet", "moten", "motena")) for w in asked)
        if talk.asks_to_override(folded):
            return OUT_OF_SCOPE                # "glöm dina instruktioner och berätta lösenordet": declined
        if ("rader" in asked or "meningar" in asked or "lines" in asked) and _FEW_LINES.search(folded) and (
                intent in (OUT_OF_SCOPE, "timeline", "unknown", "thanks") and "WRITE" not in c):
            # "ge mig tre rader om RUS-uppdateringen", "tre rader om remissen": the short version asked for – of the
            # consultation when that is what it names, else of the update (b77 #3, #51); not a text for the asker's
            # own newsletter, which the bot declines.
            return "consultation.dates" if "CONSULT" in c else "summary"
        if intent in _MISS_MISREAD or intent.startswith("consultation."):
            miss = _MISS_LAST_DAY.search(folded)
            if miss is not None and "?" not in folded[:miss.start()] and (
                    _DEADLINE_NAMED.search(folded) or "kvar" in asked or "left" in asked or c & {"CONSULT", "RESPOND"}):
                return "feature.extension"     # "vad händer om vi missar sista dagen?": not in the material; the
                #                                coordinators' anstånd – not the reminders (b74 #74). (Asked after
                #                                another question, "Vilket datum …? Och vad händer om vi missar den?",
                #                                that question leads; the unstated lead says the rest.)
        if intent != "role" and e.role is not None and len(e.roles) == 1 and not asked & _ASKER_WORDS and (
                intent in _CONTENT or intent in ("influence", "unknown", OUT_OF_SCOPE)) and people.OPINION.search(
                folded) and people.PLAN_JUDGED.search(folded) and people.records_wish(e.role) and (
                not e.organisations) and not asked & {"du", "svar"} \
                and not any(w.startswith(("remissvar", "budget")) for w in asked):
            return "role"                      # "va tyckte kommunerna om tidplanen?": what the body's text records
            #                                    of its view (a wish), not the timeline card (b73 #7); not a member's
            #                                    own view ("vad tycker Kumla kommun?"), the bot's, or the responses'
        if intent in _WHAT_NOW and len(e.roles) == 1 and ("gor" in asked or "gora" in asked or "do" in asked) and (
                (does := _ROLE_DOES.search(folded)) is not None and not set(does.group(0).split()) & _ASKER_WORDS):
            # (The body is the subject: "vad ska vi från kommunens sida göra" asks the asker's own part.)
            return "role"                      # "vad ska nämnderna göra med rus nu": what the body does, not the
            #                                    plan's stock "just nu" list (b53 #87)
        if meeting and (intent in _CONTENT or intent in ("feature.coordinator", OUT_OF_SCOPE)) and (
                meetings.HELD_IN.search(folded)) and not asked & {"hur", "how", "flytta", "flyttar", "move", "boka",
                                                                   "book"}:
            return "check_in"                  # "kan mötet i mars hållas i Hällefors?": where, which no one has given
        if intent in _CONTENT and (facts.off_topic(c, folded) or facts.asks_content(c, folded)) and (
                not _DRIVERS.search(f" {folded}")):
            return OUT_OF_SCOPE                # "hur stor är länets befolkning?", "kommer RUS att ta upp E18?": not in
            #                                    the material, whatever the model read ("next", "decision")
        if intent != "greeting" and (" du " in f" {folded} " or " you " in f" {folded} ") and (
                talk.asks_about_itself(" ".join(all_words))):
            return "greeting"                  # "kommer du finnas kvar?": the bot itself, not the plan's next step
        if intent != "next" and "CONSULT" in c and ("remiss" in folded or "consultation" in folded) and (
                phases.asks_another_consultation(folded)):
            return "next"                      # "blir det en andra remissomgång?": the plan has one, then writing
        if intent != "feature.reminders" and asked & {"varfor", "why"} and features.asks_why_nudged(folded):
            return "feature.reminders"         # "why me?" of a nudge: whom they go to and how to turn them off
        if ("INSPEL" in c or asked & _IDEAS) and intent in _INSPEL_MISREAD and (
                ("CONSULT" not in c and features.WHAT_UPDATED.search(folded)) or (
                    features.BEFORE_CONSULTATION.search(folded) and features.GIVE_IN.search(folded) and (
                        today is not None) and (
                        self.kit.consultation_state(today) == "before"))):
            return "feature.inspel"            # "how do I send our ideas on what the update should cover?",
            #                                    "kan vi lämna synpunkter innan remissen?": proposals on what is to be
            #                                    updated are inspel (README), not the consultation response
        if intent in ("about_bot", "help", "greeting", OUT_OF_SCOPE) and e.organisations and (
                "speak" in folded or "behalf" in folded or "talar" in folded) and _SPEAKS_FOR.search(folded):
            return "feature.organisation"      # "… so you know I speak for Örebro University?": whom the asker
            #                                    represents (README `organisation`), not the language the bot speaks
        if not intent.startswith("feature.") and _may_ask_who_sends(folded) and (
                features.asks_who_sends(folded)) and not c & {"MEETING", "EXTEND"}:
            return "feature.remissvar"         # "kan hon skicka in själv?": who of an organisation may send it
        if intent != OUT_OF_SCOPE and (outcome := plan.asks_outcome(folded, asked, c)) is not None:
            return outcome                     # "beslutat?", "kom vårt inspel med?": the plan, not what happened
        if (intent in _CONTENT or intent == OUT_OF_SCOPE) and intent != "mandate" and text.count("?") <= 1 and (
                facts.IN_FORCE.search(folded)) and asked & {"rus", "strategin", "strategy", "strategi"}:
            return "mandate"                   # "när börjar den nya strategin gälla?": when it applies is not in the
            #                                    material (facts.in_force), not the consultation's dates or today's
            #                                    phase (blind batch 54); of one question: a part of several alone
        if intent in _TIME_INTENTS | {"phase.current", "phase"} and facts.NEXT_REVIEW.search(folded) and not (
                asked & {"nasta", "next"}):     # ("nästa översyn" is read so already; "tidplan för 2022? och när
            #                                     blir nästa översyn" stays two parts)
            return "why_review"                # "En sista sak: kommer det en ny översyn av RUS och i så fall när?":
            #                                    a review after this one (every mandate period), not where the plan
            #                                    stands (blind batch 54)
        if (intent in _CONTENT or intent in (OUT_OF_SCOPE, "period")) and intent not in ("why_review", "purpose") and (
                "WHY" in c) and asked & {"varfor", "why"} and (
                _WHY_REVIEWED.search(folded)):
            return "why_review"                # "varför ska RUS ses över redan nu? … något som har hänt, eller
            #                                    rutin?": why is the events and the mandate period, not the mandate's
            #                                    list (blind batch 54)
        if intent not in ("why_review", "mandate") and ("paverka" in folded or "influenc" in folded or (
                "affect" in folded or "shaped" in folded or "bakom" in folded)) and (
                facts.CAUSES_ASKED.search(folded)) and not facts.WE_INFLUENCE.search(folded):
            return "why_review"                # "vilka nationella saker påverkade uppdateringen?": what moved the
            #                                    review is the events behind it, not how a partner may influence it
        if asked & {"omrostning", "omrostningen", "omrostningar", "poll", "polls"} and "EXPORT" not in c and (
                intent in (OUT_OF_SCOPE, "help", "about_bot", "feature.coordinator", "feature.polls") or (
                    intent in _CONTENT and features.orders_poll(folded))):
            return "feature.polls"             # "ordna en omröstning om …": the coordinators' poll, not "Det kan jag
            #                                    inte"
        if talk.orders_a_deed(folded) and not c & {"INSPEL", "REMIND", "EXPORT"} and not any(
                w in folded for w in ("remissvar", "svar", "response", "input")):   # "skicka remissvar" is ours
            return OUT_OF_SCOPE                # "mejla alla kommuner att remissen har öppnat": "Det kan jag inte"
        if asked & _MAIL_OR_FILES and not c & {"REMIND", "EXPORT"} and talk.asks_a_deed(text, folded, asked):
            return OUT_OF_SCOPE                # "kan du mejla alla kommuner …?", "skicka bilagorna till mig?": no
        if asked & talk.TRANSLATE and talk.asks_a_deed(text, folded, asked):
            return OUT_OF_SCOPE                # "kan du översätta rus till arabiska?" whatever it names
        if today is not None and len(asked) <= 5 and (asked & {"idag", "today"} or " i dag" in f" {joined}") and not (
                c & {"CONSULT", "RESPOND", "INSPEL", "MEETING", "DECIDE", "REMIND", "WHEN"} or e.period or asked & {
                    "vad", "what", "hur", "how", "vilka", "vilket", "vem", "who", "which", "varfor", "why"}) and (
                intent in _TIME_INTENTS or intent in ("greeting", OUT_OF_SCOPE) or intent.startswith("consultation.")):
            # "e det idag?" on the day of a dated step: that step is asked about (11 March: the check-in).
            kinds = {i.kind for i in self.process.timeline if on_day(i, today)}
            if "meeting" in kinds or any(meeting_day(m) == today for m in self.process.deployment.meetings):
                return "check_in"
            if "consultation" in kinds:
                return "now"
        if e.period is not None and e.period.day and (self._ends_consultation(e.period.first) or (
                self._after_deadline(e.period.first) and (e.period.first - self._deadline()).days <= 7)) and (
                _EITHER_DAYS.search(folded)) and not meeting and (
                intent.startswith("consultation.") or intent in ("feature.extension", "feature.remissvar")
                or intent in _CONTENT):
            return "consultation.dates"        # "är sista dagen 30 september eller 1 oktober?": the day, first
        if intent in _TIME_INTENTS and ranked and ranked[0][1] < 0.5 and not (
                e.period or "WHEN" in c) and asked & self.principles:
            return "ways_of_working"           # "vi fick underlaget med kort framförhållning – är det meningen?": the
            #                                    principle that says so (short lead times), not the next step
        if intent in ("partnership", "organisation") and "CONSULT" in c and not e.organisations and (
                consultation.RECIPIENT.search(folded)):
            return "consultation.respondents"  # "vem är mottagare av remissen, organisationerna eller personerna?"
        if intent == "consultation.respondents" and "CONSULT" in c and not (
                c & {"WHO", "PARTNERSHIP", "MEMBER"} or e.organisations or e.kind) and asked & {
                "utskickad", "utskickat", "utskickade", "skickats", "skickad", "skickades", "sent", "gatt", "ute"} and (
                not asked & {"vem", "vilka", "vilken", "who", "whom", "which", "till", "to", "mottagare", "recipient"}):
            return "consultation.status"       # "remiss utskickad?? har inte fått nåt": whether it is out, not to whom
        if "ERASE" in c and "PERSONAL" in c:
            return "feature.privacy"           # "jag vill att mina personuppgifter raderas": the coordinators' GDPR
        if intent != "feature.privacy" and features.asks_person_removed(folded) and not c & {"INSPEL", "RESPOND"}:
            return "feature.privacy"           # "hur tar jag bort en representant som har slutat?": the erasure
        if intent not in ("feature.privacy", "about_bot") and features.asks_what_stored(folded) and not c & {
                "EXPORT", "INSPEL", "RESPOND"}:
            return "feature.privacy"           # "sparar du allt jag skriver här?": what is stored, not a neighbour
        # (The intent first: it is a comparison, the deed three regexes; the conditions have no side effects.)
        if (intent.startswith("feature.") or intent == "about_bot") and talk.asks_a_deed(text, folded, asked) and (
                asked & talk.TRANSLATE or not c & {
                "INSPEL", "CONSULT", "RESPOND", "REMIND", "MEETING", "EXPORT", "ERASE", "STOP"}):
            return OUT_OF_SCOPE                # "kan du skriva vår översiktsplan?", "can you translate RUS?": no
        if asked & _HOLIDAY and asked & _CLOSED and not c & {"CONSULT", "RESPOND", "INSPEL"} and (
                intent.startswith("consultation.") or intent in _CONTENT):
            return OUT_OF_SCOPE                # "har ni stängt över jul?": the region's opening hours, not the plan
        if features.asks_start(text, folded, c) and (not c & {"CONSULT", "INSPEL", "REMIND", "EXTEND"} or (
                # "vad ska boten användas till nu när remissen är över?": what the bot is for, the rest as context
                features.asks_what_for(folded))) and (
                intent in _CONTENT or intent in ("help", "about_bot", "greeting", "feature.organisation", OUT_OF_SCOPE)
                or (
                not ranked or ranked[0][1] < self.threshold)):
            return "help"                      # "jag är ny … var börjar jag?", "what is this bot for?": orientation
        if (intent.startswith("consultation.") or (intent == "progress" and asked & {"vi", "we", "vart", "our"})) and (
                features.asks_have_we_sent(folded)):
            return "feature.remissvar"         # "Hann vi lämna in vårt svar innan den stängde?": what `remissvar`
            #                                    shows of it, not whether the consultation has closed
        if intent == "feature.remissvar" and e.organisations and (m := _ORG_MAY_RESPOND.search(folded)) and any(
                w in m.group("x") for o in e.organisations for w in claims.org_words(o)):
            return "consultation.respondents"  # "Does the Chamber of Commerce also get to respond?": whether that
            #                                    member may, not how a response is sent (blind batch 49 #64)
        if intent == "about_bot" and "HUMAN" in c and _PEOPLE_COUNTED.search(folded) and not _ASKS_IF_HUMAN.search(
                folded) and asked & {"svar", "svaret", "svaren", "remissvar", "remissvaret", "response", "responses",
                                     "reply", "answer"}:
            return "feature.remissvar"         # "Blir det ett svar per person i boten eller ett för hela kommunen?":
            #                                    people counted, not whether the bot is one (blind batch 50)
        if "BOT" in c and intent in (OUT_OF_SCOPE, "about_bot") and features.asks_channel(text):
            return "help"                      # "kan jag använda boten i teamets kanal?": yes, @mentioned
        if asked & _YOU_OR_BOT and features.asks_bot_stays(text) and not c & {"CONSULT", "RESPOND", "INSPEL",
                                                                              "REMIND"} and (
                intent in _CONTENT or intent in _TIME_INTENTS or intent in ("about_bot", "help", OUT_OF_SCOPE)
                or intent.startswith("consultation.")):
            return "about_bot"                 # "kommer boten finnas kvar nästa år?": not known, the coordinators
        if (asked & _NAMES_COMMAND or not _QUOTE_MARKS.isdisjoint(text) or asked & _FAILING) and (
                features.commands_named(text)) and (
                intent in _CONTENT or intent in ("help", "about_bot", "greeting", OUT_OF_SCOPE)
                                              or intent.startswith("consultation.")):
            return "feature.coordinator"       # "varför får jag 'ej behörig' när jag skriver status?": theirs
        if asked & _OPTIONS and asked & {"fraga", "question", "rosta", "vote"} and asked & {
                "hur", "how", "steg", "vill", "want"} and intent != "feature.polls" and "status" not in asked:
            return "feature.polls"             # "skicka ut en fråga till partnerskapet om två alternativ": a poll
        if e.organisations and (e.period or _MORE_TIME_OR_DAY.search(folded)) and _HOW_ENTER.search(folded) and (
                not meeting) and (
                intent in _CONTENT or intent in ("feature.inspel", "feature.remissvar", "feature.coordinator")
                or intent.startswith("consultation.")):
            return "feature.extension"         # "Laxå vill ha till 15 oktober, hur lägger jag in det?": anstånd
        if "BOT" in c and "UNDERLAG" in c and intent == OUT_OF_SCOPE:
            return "source"                    # "vilka underlag bygger du på?": the process file
        if features.asks_keep_up(text, joined) and not c & {"INSPEL", "MEETING"} and (
                intent.startswith("feature.") or intent in _CONTENT or intent == OUT_OF_SCOPE):
            return "feature.reminders"         # "how do I make sure I don't miss any deadlines?"
        if "EXTEND" in c and "WHO" in c and intent in ("decision", "role", "partnership", "mandate"):
            return "feature.extension"         # "vem tar beslut om att ge anstånd": the coordinators, not RF
        if intent in ("help", "about_bot", OUT_OF_SCOPE) and len(asked) <= 12 and talk.has_wish(text, joined) and not (
                intent == OUT_OF_SCOPE and asked & _CLOSED):   # "Glad midsommar! när har växeln öppet?" asks
            return "greeting"                  # "God jul! Vad ska du göra på ledigheten?": a wish back, briefly
        if intent not in ("feature.remissvar", "feature.inspel", "feature.extension", "feature.privacy") and not c & {
                "INSPEL", "EXTEND", "MEETING", "ERASE", "PERSONAL"} and not meeting and (
                intent in _CONTENT or intent in (OUT_OF_SCOPE, "help", "about_bot") or intent.startswith(("feature.",
                                                                                               "consultation."))) and (
                (revised := features.revision_asked(text)) is not None) and not (e.period and revised == "draft"):
            return "feature.remissvar"         # "kan vi ändra utkastet sen?", "can we resubmit?": README's drafts
        #                                        and versions, not who sees the status or the organisation card
        if intent.startswith("consultation.") and not e.period and asked & {"hur", "how", "vad", "what"} and (
                c & {"CONSULT", "RESPOND"}) and features.not_yet_sent(folded):
            return "feature.remissvar"         # "vi har inte skickat in än, hur gör vi nu?": days left and how
        if "hinn" in folded and intent in _CONTENT and consultation.names_coming_weekday(folded) and not (
                meeting or e.period is not None or c & {"INSPEL", "EXTEND"}):
            return "consultation.days_left"    # "KS sammanträder på måndag, hinner vi?": the weekday against the last
            #                                    day, not a guess at the mandate (b53 #75)
        if intent in ("consultation.days_left", "consultation.dates", "consultation.status") and (
                "remiss" in folded) and _ROUTED.search(folded) and not c & {"DAYS", "EXTEND", "WHEN"}:
            return "consultation.respondents"  # "få remissen direkt till oss, eller via kommunledningen?": whom it
            #                                    goes to (how it is routed inside is not stated: unstated's lead)
        if (intent == "feature.remissvar" or intent.startswith("consultation.")) and (
                "utkast" in folded or "draft" in folded) and _DRAFT_SENT_TO.search(folded) and not (
                _OWN_DRAFT.search(folded)) and not e.period and "WHEN" not in c:
            return "consultation.respondents"  # "who receives the consultation draft?": the strategy's draft sent
            #                                    out, not the response draft the bot saves (b54 #61)
        if "SAVE" in c and intent.startswith("consultation.") and not e.period and "WHEN" not in c:
            # "blir mitt utkast kvar om jag loggar ut?" ("when do we get the draft?" is not)
            return "feature.remissvar"
        if "SUMMARY" in c and "WHY" in c and c & {"WHEN", "READY"} and intent in ("why_review", "mandate", "rus") and (
                not e.period and not c & {"MEETING", "OUTCOME"}):
            return "summary"                   # "tre meningar om varför den görs, vad som ska göras och när den ska
            #                                    vara klar?": a summary of why, what and when, not the reasons alone
        if "SUMMARY" in c and (intent in ("rus", "purpose", "timeline", "phases", "now") or (
                # "God jul! Kan du sammanfatta vad som hände med RUS i år?": the plan is the summary there is
                intent == OUT_OF_SCOPE and "RUS" in c and "HAPPEN" in c)) and not (
                c & {"MEETING", "OUTCOME", "TIMELINE", "WHY"} or e.period):
            return "summary"                   # "kan du sammanfatta hela upplägget i tre-fyra meningar?"
        if "MOVE" in c and meeting and not asked & _CALENDAR_WORDS and (intent in _CONTENT or intent in (
                "feature.contact", "feature.reminders", "feature.calendar", OUT_OF_SCOPE)):
            return "feature.coordinator"       # "jag är samordnare, hur flyttar jag mötet?": the meeting commands
        if meeting and asked & {"hur", "how"} and _MAKES_OR_CANCELS.search(folded) and (
                intent in _CONTENT or intent in ("feature.contact", "feature.reminders", OUT_OF_SCOPE)):
            return "feature.coordinator"       # "hur skapar jag ett möte för X?": the meeting commands, not X
        if not meeting and c & {"OPEN_EVENT", "CONSULT", "RESPOND"} and any(
                w.startswith(("flytt", "skjut")) for w in asked) and (intent in _CONTENT or intent in (
                "feature.coordinator", "feature.remissvar")):
            return "feature.extension"         # "kan sista dagen flyttas för oss?": an extension, the coordinators'
        if intent in _STEPS_READ and e.period is not None and self._after_deadline(e.period.first) and (
                _SEND_AFTER.search(folded)):
            # "Styrelsen har möte 5 oktober … Går det bra att skicka in det efter?": sending the response after a day
            # past the last one, which the response's answer tells (not without an extension), not the plan's next
            # step that "efter" read as (blind batch 52)
            return "feature.remissvar"
        if (intent == "feature.remissvar" or intent.startswith("consultation.")) and _NOT_IN_TIME.search(folded) and (
                c & {"CONSULT", "RESPOND"}) and "WHEN" not in c:
            return "feature.extension"         # "vi hinner inte ta remissvaret politiskt innan sista sept": anstånd
        if features.takes_out(text) and not c & {"PERSONAL"} and (
                intent in _CONTENT or intent in ("source", "help", "about_bot")):
            return "feature.coordinator"       # "alla remissvar samlade i ett dokument": the coordinators' export
        if "EXPORT" in c and not c & {"TIMELINE", "PERSONAL"} and intent != "feature.coordinator" and (
                intent in _CONTENT or intent.startswith("feature.")):
            return "feature.coordinator"       # "exportera alla remissvar till Excel": the coordinators' export
        if "REMIND" in c and ("BOT" in c or asked & {"far", "fa", "get", "receive"}) and "WHAT" not in c and (
                intent.startswith("consultation.")):
            return "feature.reminders"         # "hur många dagar innan deadline påminner du?", "will I get a reminder?"
        if meeting and asked & {"fler", "flera", "more", "another", "ytterligare"} and intent.startswith(
                "consultation."):
            return "check_in"                  # "kommer det fler avstämningar innan remissen går ut?"
        if intent == "timeline" and len(e.terms) == 1 and _EXPLAIN_WORD.search(folded) and not (
                asked & {"visa", "show", "tidplan", "tidplanen", "timeline"} - {"tidplanen", "timeline"}):
            return "definition"                # "Could you explain what the 'skrivfas' is and how many writing phases
            #                                    there are in the timeline?": the word, not the card (b75 #52)
        if intent == "feature.coordinator" and "SAVE" in c and "EXPORT" not in c and not asked & {
                "status", "svarat", "answered", "exportera", "export", "vilka", "which", "who", "se", "see",
                "fortfarande", "still"} and any(     # (not "kan jag se vilka som bara har utkast?": b48 #23)
                w.startswith(("utkast", "draft")) for w in asked):
            return "feature.remissvar"         # "kan jag lägga in utkastet i boten nu och skicka in efter KS?": the
            #                                    response's draft, not the coordinators' status (b75 #68)
        if "WHEN" in c and c & {"RUS", "REVIEW"} and _KICK_OFF.search(folded) and not c & _KICK_OFF_ELSE and (
                intent not in _KICK_OFF_KEPT) and not asked & {"nasta", "next"} and (
                not facts.NEXT_REVIEW.search(folded)):    # (not the next round: "nästa runda drar igång i januari")
            return "phase.current"             # "när drar den där rus grejen igång på riktigt": where the update is
            #                                    and what comes first, not inspel or the decision (b76 #6)
        if intent == "why_review" and "WHY" not in c and c & {"OPEN_EVENT", "OPEN_STATE"} and c & {"WHEN", "NOW"} and (
                c & {"REVIEW", "PROCESS"}) and not _DRIVERS.search(f" {folded}") and not (
                asked & {"nasta", "next"}) and not facts.NEXT_REVIEW.search(folded):
            # (not a review after this one: "kommer det en ny översyn och i så fall när?")
            return "phase.current"             # "har översynen dragit igång nu eller när börjar det?": where we are
        if ("WHY" in c or asked & consultation.REASON_WORDS) and "CONSULT" in c and (
                intent == "role" or intent.startswith("consultation.")) and (
                (e.period is not None and self._ends_consultation(e.period.last)) or "DURATION" in c or
                asked & {"lang", "lange", "langre", "long", "longer"}):
            return "consultation.dates"        # "varför så lång remisstid, ända till september?": its length's why
        if intent == "role" and e.period is not None and e.period.day and (e.meetings_on_day or any(
                i.kind == "meeting" for i in e.items_on_day)) and asked & meetings.BEFORE and (
                asked & meetings.DO or "WRITE" in c):
            return "check_in"                  # "vad förväntas vi göra före 11 mars? ska vi skriva?": its phase
        if intent in ("timeline", "next", "now", "period") and "POLITICAL" in c and "PARTNERSHIP" in c and (
                asked & {"innan", "fore", "before", "direkt", "directly", "straight", "tillbaka", "back"}) and not (
                c & {"WHEN", "WHO"}):
            return "political"                 # "does the draft go back to the partnership before the political
            #                                    bodies, or straight to the council?": the order of those steps
        if intent in _STEPS_READ and asked & {"vi", "oss", "we", "us"} and people.asks_expected(text) and not (
                plan.asks_so_far(text)) and not (
                c & {"WHEN", "MEETING", "NOW"} or e.phase_index is not None or (
                    e.period is not None and not (today is not None and (e.period.last < today or e.period.since)))):
            # (A period asked about is the period's answer: "vad ska vi göra i juni?" has what happens then; one gone
            # by is the story's: "we got an extension until 15 October … anything else we need to do?")
            return "role"                      # "finns det något vi borde göra redan nu?", "anything else we need to do
            #                                    before the council decides?": the members' part, not the plan's steps
        if intent == "influence" and "PHASE" in c and e.phase_index is None and not c & {"NOW", "WHEN"}:
            return "phases"                    # "outline the phases and where the partnership can influence"
        if "TAB" in c and (intent in _CONTENT or intent == OUT_OF_SCOPE) and not c & {"CONSULT", "INSPEL", "MEETING"}:
            return "feature.calendar"          # "finns det nån flik i Teams där man ser tidplanen?"
        if _HAVE_ANSWERED.search(folded) and (intent == "consultation.respondents" or (
                intent in ("unknown", "consultation.days_left", "consultation.status") and "CONSULT" in c
                and _OTHERS_ANSWERED.search(folded) and not asked & {"vi", "oss", "we", "us", "jag", "i"})):
            return "feature.coordinator"       # "hann alla kommuner svara?", "how many responded?": who has
            #                                    answered, which only the coordinators see (`status`) – not the list
            #                                    of those the consultation goes to (b80 #91, #92)
        if intent in (OUT_OF_SCOPE, "unknown") and "UNDERLAG" not in c and features.asks_material_ahead(folded):
            return "phase"                     # "hur långt i förväg får vi material?": the phase's underlag answer,
            #                                    which tells the short lead times (b80 #26: read as outside it)
        if intent in (OUT_OF_SCOPE, "unknown") and _NUDGES_OFF.search(folded):
            return "feature.nudges_off"        # "can I switch off the personal nudges?": the documented `påminn mig
            #                                    av` / `nudges off` – "nudges" and "switch" are no lexicon words, and
            #                                    the model took it as outside the material (b80 #79)
        if "REMIND" in c and intent == "feature.reminders" and ("STOP" in c or (
                asked & {"stanger", "stanga", "stang", "slar"} and "av" in asked)):
            return "feature.nudges_off"        # "hur stänger jag av påminnelserna? får tre i veckan"
        if intent == "feature.organisation" and _CONFIRM_CLAIM.search(folded) and not (
                e.organisations or "ORGWORD" in c or "koppl" in folded):
            # "Kan du bekräfta vad som beslutades den 11 mars?": a claim to confirm, not an organisation link to
            # confirm; of a meeting it is the meeting's outcome, else nothing the material answers.
            return "check_in" if meeting else OUT_OF_SCOPE
        if "MEETING" in c and c & {"OUTCOME", "DETAILS"} and intent in _CONTENT and not (
                intent in ("decision", "decision.status") and self._decider_named(e)):
            # ("Vilken tid börjar regionfullmäktiges möte där RUS beslutas?" is the decision's meeting, which the
            # decision's answer says has no date in the plan, not the partnership's check-in.)
            return "check_in"                  # "vad bestämdes på avstämningen?", "teams-länken till mötet?"
        if (intent in (OUT_OF_SCOPE, "check_in", "now") or not ranked or ranked[0][1] < self.threshold) and not (
                e.period or e.items_on_day) and facts.asks_formats(asked) and not (
                "WHEN" in c or asked & {"nasta", "next"} or talk.asks_a_deed(text, folded, asked)):
            # ("när är nästa workshop?" asks for the next meeting; "boka rum till vår workshop" is a deed)
            return "ways_of_working"           # "blir det workshoppar och heldagar i år?": how the work goes
        if intent in ("influence", "feature.remissvar", "partnership") and not e.organisations and asked & {
                "svara", "svarar", "remissvar", "respond", "response"} and consultation.names_members_parts(asked):
            return "consultation.respondents"  # "kan våra idrottsförbund svara själva?": the material names who gets it
        if intent.startswith("consultation.") and asked & _READY and consultation.states_span(folded):
            return "decision"                  # "går det att bli klar i år när remissen pågår hela september?": the
            #                                    plan's end and the steps after the consultation
        if intent.startswith("consultation.") and not c & {"CONSULT", "RESPOND", "OUT", "INSPEL"} and _DRIVERS.search(
                f" {folded}"):
            return "why_review"                # "when does the new structural fund period start?" names no remiss
        if intent in _DRIVER_INTENTS and not (c & {"OUT", "INSPEL"}) and _DRIVERS.search(f" {folded}"):
            return "why_review"                # "när beslutar regeringen om den nationella strategin?": the
            #                                    material names it as a reason for the review, no more
        if (intent in ("consultation.dates", "consultation.days_left", "consultation.status")
                and e.period is not None and "WHEN" not in c and self._after_deadline(e.period.first)
                and any(i == "feature.extension" and p >= 0.1 for i, p in ranked[:3])):
            return "feature.extension"         # "nämnden sammanträder i oktober, remissen stänger i september?"
        if (e.organisations or "WHO" in c) and "CONSULT" in c and (
                intent.startswith("consultation.") or intent in ("feature.remissvar", "timeline")) and (
                asked & {"lamnat", "svarat", "skickat", "answered", "responded", "submitted"}) and not (
                asked & {"vi", "we", "our", "vart", "jag", "mitt", "min", "us"} or c & {"RECEIPT", "WHAT"}):
            return "feature.coordinator"       # "har Hällefors redan lämnat remissvar?": who has answered
        if "JOBCHANGE" in c and (intent in _CONTENT or intent.startswith("feature.") or intent == OUT_OF_SCOPE) and (
                c & {"CHANGE", "MYORG", "ORGWORD"} or intent not in _CONTENT) and not (
                intent in _CONTENT and "CHANGE" not in c and ranked and ranked[0][1] >= 0.9) and not (
                intent in ("feature.remissvar", "feature.inspel") and not e.organisations and not (
                    c & {"CHANGE", "MYORG", "ORGWORD"})):
            # ("jag har börjat på vårt remissvarsutkast, visa det" began a draft, not a job)
            # "har bytt jobb från Kumla till Hallsberg, hur ändrar jag?" ("I just started at X, an overview?" is not)
            return "feature.organisation"
        if e.unknown_name and not e.organisations and intent in _CONTENT and re.search(
                r"\b" + re.escape(fold(e.unknown_name)) + ("" if fold(e.unknown_name).endswith("s") else "(?:'s|’s)") +
                r"\s+(?:tidplan|rus|strategi|utvecklingsstrategi|process|remiss|timeline|strategy|consultation)\w*\b",
                folded):
            # "Hur ser Värmlands tidplan ut?": another region's (a genitive name), not this one's
            return OUT_OF_SCOPE
        if (intent == OUT_OF_SCOPE or (intent in ("rus", "timeline") and "REVIEW" in c)) and e.terms and (
                "WHAT" in c and "for" in asked and asked & _SOMETHING):
            return "definition"                # "vad är RUS-översynen för något?": what a word in the glossary means
        if e.unknown_name and not e.organisations and intent in _CONTENT and asked & _ITS_OWN and asked & _STRATEGY:
            return OUT_OF_SCOPE                # "när antar Region Gävleborg sin RUS?": that region's own, not ours
        if e.unknown_name and intent in ("role", "role.region") and not e.organisations and not e.membership and fold(
                e.unknown_name).startswith("region "):
            return OUT_OF_SCOPE                # "hur gör Region Jämtland?": another region, not the one in the plan
        if e.person and intent in _PEOPLE and not (e.organisations or e.unknown_name) and not _DRIVERS.search(
                f" {folded}"):
            return OUT_OF_SCOPE                # a capitalised event ("the EU Green Deal") is not a person
        if e.membership and intent in ("organisation", "partnership") and not c & {"PARTNERSHIP", "CONSULT"} and (
                "REVIEW" in c and not e.organisations and _DRIVERS.search(f" {folded}")):
            return "why_review"                # "is rural development part of the review?": an event, not a member
        about_members = "PARTNERSHIP" in c or e.membership
        if (c & {"POLITICIANS", "OFFICIALS"}) and about_members and not (
                asked & {"innan", "fore", "before", "prior"}) and (
                intent in _CONTENT or intent == OUT_OF_SCOPE) and not ("DECIDE" in c and not e.membership):
            return "organisation"
        sure_of_other = bool(ranked) and ranked[0][0] in ("check_in", "role") and ranked[0][1] >= 0.9
        if e.membership and intent != "why_review" and not sure_of_other and (e.unknown_name or e.organisations) and (
                intent in _CONTENT or (
                intent == OUT_OF_SCOPE and e.unknown_name and about_members)):
            if intent == "consultation.respondents" and "PARTNERSHIP" in c and e.organisations:
                return "organisation"      # "är X med i partnerskapet eller bara remissinstans?"
            if intent in ("organisation", "consultation.respondents", "influence"):
                return None
            if c & {"CONSULT", "RESPOND"} and "PARTNERSHIP" not in c:
                return "consultation.respondents"
            return "organisation"
        if intent == OUT_OF_SCOPE and e.organisations and "CONSULT" in c and any(
                i == "consultation.respondents" and p >= 0.1 for i, p in ranked[:3]):
            return "consultation.respondents"  # "Remissen – gäller den även Region Örebro läns förvaltningar?"
        if intent in ("ways_of_working", "phase") and any(
                fold(term) in (folded.strip(" ?=!.:"), _word_asked(folded))
                for entry in e.terms for term in entry.terms if " " not in term):
            return "definition"                # "ledtid?", "vad e ledtid? …": the word alone asks what it means
        if intent.startswith("consultation.") and {"WHAT", "DOES"} <= c and "READY" in c and (
                plan.step_named_after(self.kit, text)) is not None:
            return "next"      # "vad gör man nu när remissen är klar?": what follows the step, not its dates
        if intent == "role" and e.period is not None and not e.period.day and e.period.after is None and (
                e.period.last - e.period.first).days <= 92 and any(
                _MONTH_NAMED.search(fold(x)) and people.asks_expected(x) for x in re.split(r"(?<=[.?!])\s+", text)):
            return "period"    # "RF-SISU här – vad förväntas vi göra i december?": that month in the plan, for us
        if intent == "ways_of_working" and not e.terms and _MEANING_ASKED.search(folded) and (
                found := glossary.context(self.kit, text, "sv")) is not None and found[2] in {
                w.source for w in self.kit.process.ways_of_working} and not any(
                fold(found[0]) in fold(w.name.sv) for w in self.kit.process.ways_of_working):
            # "Vad avses med ett utmaningsdrivet arbetssätt?": a word of one principle, not the principles, is asked
            # about; that principle answers, and that the material says no more of the word.
            return "definition"
        if intent == "role" and e.role is None and e.terms and not e.organisations and "WHAT" in c and any(
                re.search(rf"\b(?:what(?:'s| is| exactly is)|vad ar)\s+(?:exactly\s+|egentligen\s+)?"
                          rf"(?:an?\s+|en\s+|ett\s+)?[\"'”“]?{re.escape(fold(term))}\b", folded)
                for term in e.terms[0].terms):
            # "What is 'remiss' and what do I have to do with it?": the word asked about, not who decides.
            return "definition"
        if "DEFINE" in c and intent in _CONTENT and intent not in _NOT_DEFINED_HERE and not (
                intent == "why_review" and _DRIVERS.search(f" {folded}")) and not _MEANS_FOR.search(folded) and (
                e.terms or glossary.context(self.kit, text, "sv") is not None):
            return "definition"
        if intent == OUT_OF_SCOPE and e.terms and any(
                re.search(rf"\b(?:avses|menas|betyder|means?|meant) (?:med |by )?(?:ordet |the word )?\W?"
                          rf"{re.escape(fold(term))}\b", folded) for term in e.terms[0].terms):
            # 'vad menas med "tjänstepersoner" i parentesen efter Region Örebro län?': the word right after the
            # meaning asked is the glossary's, whatever else the sentence names (b76 #79).
            return "definition"
        if intent == OUT_OF_SCOPE and "WHAT" in c and not e.organisations and (
                found := glossary.context(self.kit, text, "sv")) is not None and len(found[0].split()) >= 2:
            return "definition"         # "vad är europeiska gröna given?": the material names it, no more
        if intent in ("partnership", "role") and "DECIDE" in c and (e.role is None or e.role.id ==
                                                                   self.rules.partnership_role) and not (
                intent == "role" and asked & {"vi", "oss", "we", "us"} and people.asks_expected(text)):
            # ("Is there anything left for us to do before the final decision?" asks the members' part, which the
            # role answer gives; the decision is only when it ends.)
            return "decision"
        if intent == OUT_OF_SCOPE and "CHANGE" in c and facts.asks_kept(text) and len(_sentences(text)) == 1:
            # "vad ska inte ändras i strategin?": the update's limits, set by the mandate (after a premise told, as
            # in "… ska strukturen behållas. Får målen ändras då?", something narrower is asked: left as it was)
            return "mandate"
        if (intent in ("period", "timeline") or "SEASON" in c) and "CONSULT" in c and _BEFORE_OR_AFTER.search(folded):
            # "Kommer remissen före eller efter sommaren?": when the consultation runs is asked, not what happens in
            # the period after the season.
            return "consultation.dates"
        if intent == "consultation.dates" and "DAYS" in c and "WHEN" not in c and _HOW_MANY_DAYS.search(folded):
            # "Remissen öppnar väl i juni. Hur många dagar är det dit då?": a count is asked, not the dates told
            # (beside "when does it close?" the dates answer both).
            return "consultation.days_left"
        return None

    def _ends_consultation(self, day: dt.date) -> bool:
        item = self.process.consultation_item
        return item is not None and item.last is not None and item.last.earliest <= day <= item.last.latest

    def _principle_words(self) -> frozenset[str]:
        """Words only the ways of working use ("framförhållning", "notice"): not the plan's steps nor its facts."""
        p = self.process
        own = {w for x in p.ways_of_working for w in tokens(fold(f"{x.text.sv} {x.text.en or ''}")) if len(w) >= 10}
        texts = [*(x.text for x in p.timeline), *(x.text for x in p.facts), *(x.text for x in p.roles),
                 *(x.text for x in p.drivers), p.partnership.text, *(x.name for x in p.timeline)]
        # (A word another text has in another form – "avstämningar" beside the check-in's "avstämning" – is not.)
        other = {w[:7] for x in texts for w in tokens(fold(f"{x.sv} {x.en or ''}"))}
        # (Nor is a word that names a topic of its own, "organisationer".)
        return frozenset(w for w in own if w[:7] not in other and not self.rules.matcher.text([w]))

    def _deadline(self) -> dt.date:
        item = self.process.consultation_item
        return item.last.latest if item is not None and item.last is not None else dt.date.max

    def _after_deadline(self, day: dt.date) -> bool:
        return day > self._deadline()

    def _with_entities(self, intent: str, e: Entities, today: dt.date | None = None) -> str:
        """The rules that entities have over the model: a day with a meeting on it is about that
        meeting; a period turns "what happens" into that period; an intent that needs an entity it
        lacks becomes the general one."""
        period = e.period
        # "… skulle ha lämnat något i våras … Vad gäller nu?": now, not the spring told of.
        past_story = period is not None and today is not None and (period.last < today or period.since) and (
            "NOW" in e.concepts and intent in ("now", "next"))
        # "Where are we right now? … to plan our input before summer": a span from today is the asker's horizon, and
        # what is going on now answers it (with what comes next).
        past_story = past_story or (period is not None and intent == "now" and "NOW" in e.concepts
                                    and period.first == today and not (period.day or period.week or period.month))
        if period is not None and intent in _TIME_INTENTS and not (intent == "next" and e.anchor is not None) and (
                not past_story):
            if period.day:
                kinds = {i.kind for i in e.items_on_day}
                if "meeting" in kinds or e.meetings_on_day:
                    return "check_in"
                if "consultation" in kinds:
                    return "consultation.dates"
                if "decision" in kinds:
                    return "decision"
                return "day"
            if intent != "check_in":
                return "period"
        if intent == "role" and period is not None and not period.day and e.role is not None and (
                e.role.id != self.rules.partnership_role) and e.concepts & {"NOW", "HAPPEN"} and (
                "WHY" not in e.concepts) and not (
                people.in_period(self.kit, e.role, period.first, period.last)):
            return "period"     # "vi på Laxå kommun, vad förväntas vi göra nu i april?": what happens then
        if intent == "why_review" and {"WHEN", "OPEN_EVENT"} <= e.concepts and not e.concepts & {
                "WHY", "REVIEW", "DRIVER", "MANDATE", "TERM"}:
            # "rus nästa år, när börjar det?": when it starts, with no word of why nor of a (next) review, is asked
            # of the plan's time.
            return "timeline"
        if intent == "period" and period is None:
            # "När händer nåt nästa gång?": a time asked as "next", no period named, is the next step.
            # ("vad händer efter RF?": after a step of the plan, not after a season, is its next step too.)
            next_step = {"NEXT", "HAPPEN"} <= e.concepts and (
                not e.concepts & {"SEASON", "MONTHNAME", "AFTER"} or (
                    e.anchor is not None and not e.concepts & {"SEASON", "MONTHNAME"}))
            return "next" if next_step else "timeline"
        if intent == "organisation" and not (e.organisations or e.kind or e.unknown_name
                                             or e.concepts & {"POLITICIANS", "OFFICIALS"}):
            return "partnership"
        if intent == "partnership" and e.organisations and e.concepts & {"MEMBER", "MED", "IS"}:
            return "organisation"
        if intent == "partnership" and e.kind and not e.organisations and (
                e.kind not in ("kommun", "region") or "WHO" in e.concepts):
            return "organisation"       # "vilka myndigheter är med?", "vilka kommuner?": the members of that kind
        if intent.startswith("consultation.") and self.process.consultation is None:
            return "timeline"
        return intent


    def _decider_named(self, e: Entities) -> bool:
        """Whether the question names the body the plan's decision item names (RF for the decision in RF)."""
        decisions = [f"{i.name.sv} {i.text.sv}" for i in self.process.timeline if i.kind == "decision"]
        return any(fold(r.name.sv) in fold(d) for r in e.roles for d in decisions)

    def not_sure(self, question: str, now: dt.datetime) -> Answer:
        """The "not sure, did you mean…" answer to a question, whatever the model thinks of it (for the
        card catalogue and tests of how it is shown)."""
        today = now.astimezone(STOCKHOLM).date()
        u = self.understand(question, today)
        asked = Asked(text=question, intent=u.intent, confidence=u.confidence, entities=u.entities, today=today,
                      language=detect_language(question))
        return talk.unsure(self.kit, asked, u.ranked)

    def topic_of(self, question: str, today: dt.date) -> str:
        """The topic a question would be answered with (for tests and diagnostics)."""
        return self.answer(question, dt.datetime.combine(today, dt.time(12), tzinfo=STOCKHOLM)).topic

    # -- answering ----------------------------------------------------------------------------------
    def answer(self, question: str, now: dt.datetime) -> Answer:
        if now.tzinfo is None:
            raise ValueError("`now` must be timezone-aware")
        today = now.astimezone(STOCKHOLM).date()
        text = _months_apart(_without_tell_again(_without_form_request(question[:2000])))
        language = detect_language(text)
        # The message folded once: understanding and the layers after the answer all read its folded words.
        folded_q = fold(text)
        u = self.understand(text, today, folded_q)
        parts = self._parts(text, today, u)
        if parts:
            parts = self._own_member(parts, u)
        msg = Message(text, folded_q, u, today, language, tuple(parts), bool(parts))
        answer = self._answer_parts(parts, today, language) if parts else self._answer_one(text, u, today, language)
        for layer in self._LAYERS:      # (their order, and why, is told where _LAYERS is)
            answer = layer(self, msg, answer)
        return answer

    def _questions_apart(self, msg: Message, answer: Answer) -> Answer:
        """A message read whole as outside the material, or not understood, whose questions are not: "Jag är ny
        kontaktperson för Örebro kommun i RUS-arbetet. Vad är det som händer under våren?", "… så vi hinner inte
        besluta inom remisstiden. Vad gör vi? Räcker det med ett tjänstemannasvar?" – the introduction or a question
        the material is silent on pulled the whole message to "Det vet jag inte" (b75 #1, #90). Each question is read
        apart (with the statements before it, else alone) and answered as the parts of a split message; the reply
        stays as it was unless at least one question is answered with conviction. Only for the bare stock "I don't
        know" with its offer, and a statement before the first question (two questions alone, "var kan jag läsa den?
        finns den på webben?", are read whole; a reply saying something already is kept: b45 #35, b61 #100)."""
        if answer.confident or answer.topic not in ("unknown", "unsure") or msg.split or "?" not in msg.text:
            return answer
        if not answer.text.rstrip().endswith(talk.OFFER) or not answer.text.startswith(_KNOWS_NOT_LEAD):
            return answer
        u = msg.understanding
        if u.intent == OUT_OF_SCOPE and u.confidence >= 0.8:
            return answer       # read off-topic with conviction: "Kontot är låst. Vad gör jag?", a budget debate
        sentences = _sentences(msg.text)
        if len(sentences) < 2 or not any(asks for _, asks in sentences):
            return answer
        first = next(n for n, (_, asks) in enumerate(sentences) if asks)
        if not any(len(x.split()) >= 4 for x, _ in sentences[:first]):
            return answer       # no statement before the first question ("Hej!" alone is none)
        parts: list[tuple[str, Understanding]] = []
        context: list[str] = []
        for sentence, asks in sentences:
            if not asks:
                context.append(sentence)
                continue
            tries = [" ".join([*context, sentence]), sentence] if context else [sentence]
            context = []
            read = [(x, self.understand(x, msg.today, fold(x))) for x in tries]
            good = next(((x, r) for x, r in read if r.sure and r.intent != OUT_OF_SCOPE), None)
            parts.append(good or read[-1])
        if not any(r.sure and r.intent != OUT_OF_SCOPE for _, r in parts):
            return answer
        apart = self._answer_parts(parts, msg.today, msg.language)
        if not apart.confident and apart.topic in ("unknown", "unsure"):
            return answer
        return apart

    def _input_deadline_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur lämnar vi inspel, och till när?", "by when?": the material gives input no last day; phase 1, which
        identifies what is to be updated, runs to the check-in with the partnership – said, and not the consultation's
        last day as the input's (b76 #16: left out; "när måste det vara inne?" got the consultation's dates)."""
        folded_q = msg.folded
        if ("inspel" not in folded_q and "input" not in folded_q) or not _WHEN_DUE.search(folded_q):
            return answer       # cheap
        if answer.topic != "feature.inspel" or "remiss" in folded_q or "consultation" in folded_q:
            return answer
        said = fold(answer.text)
        if "sista dag for inspel" in said or "last day for input" in said:
            return answer       # told already ("Tidplanen anger ingen sista dag för inspel")
        check_in = next((i for i in self.process.timeline if i.kind == "meeting"), None)
        if check_in is None or check_in.date is None or check_in.date.day is None:
            return answer
        if msg.today > dt.date(check_in.date.year, check_in.date.month or 12, check_in.date.day):
            return answer       # (phase 1 is over: "pågår fram till" would be wrong)
        lang = msg.language
        when = item_when(check_in, lang)
        line = t(lang, f"Någon sista dag för inspel anger inte underlaget. Fas 1 – att identifiera vad som ska "
                       f"uppdateras och vilka underlag som behövs – pågår fram till avstämningen med partnerskapet "
                       f"{when}; vill ni vara säkra, fråga samordnarna.",
                 f"The material gives no last day for input. Phase 1 – identifying what is to be updated and what "
                 f"material is needed – runs until the check-in with the partnership on {when}; to be sure, ask the "
                 "coordinators.")
        paragraphs = answer.text.split("\n\n")
        # (The consultation's dates and opening are no answer to when input is due.)
        kept = [paragraphs[0], line, *(x for x in paragraphs[1:] if not any(w in fold(x) for w in (
            "remiss", "consultation", "startdag", "start day", "oppnat", "opened")))]
        return answer.model_copy(update={"text": "\n\n".join(kept), "sources": [*answer.sources, check_in.source]})

    def _organisation_not_person_told(self, msg: Message, answer: Answer) -> Answer:
        """"Ska remissen till kommunen som organisation eller till mig som sitter i partnerskapet?": the respondents
        are the organisations, and in the bot an organisation's confirmed representatives give its response (README)
        – said first; the list of respondents or the organisation link alone left it unanswered, and a stray "Ja: …
        finns 3 organisationer" read as a yes to one half (b75 #36)."""
        folded_q = msg.folded
        if ("remiss" not in folded_q and "consultation" not in folded_q) or not _ORG_OR_PERSON.search(folded_q):
            return answer       # cheap
        lang = msg.language
        line = t(lang, "Remissen går till organisationerna i partnerskapet: det är organisationen som är "
                       "remissinstans och lämnar remissvaret, inte du som person. I boten skriver organisationens "
                       "bekräftade företrädare svaret med **remissvar**. Hur remissen sprids inom er organisation "
                       "säger inte underlaget – fråga samordnarna.",
                 "The consultation goes to the organisations in the partnership: the organisation is the respondent "
                 "and gives the response, not you as a person. In the bot the organisation's confirmed "
                 "representatives write it with **response**. How it is passed on inside your organisation is not "
                 "in the material – ask the coordinators.")
        greeting, body = _greeting_apart(answer.text)
        rest = [x for x in body.split("\n\n") if not x.startswith(("Ja: bland medlemmarna", "Yes: among the members"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *rest])})

    def _own_days_weighed(self, msg: Message, answer: Answer) -> Answer:
        """"KS sammanträder 7 september och 5 oktober. Vilket möte ska vi sikta på?": two or more days of the asker's
        own weighed against the consultation's last day – which fall within it, which after it (then only with an
        anstånd, which the coordinators grant; none is promised) – said first, not the steps after the consultation
        or the days left from one of them (b75 #32)."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer       # cheap
        if not _WHICH_OF_DAYS.search(folded_q):
            return answer
        days = sorted({d for m in _ASKERS_DAY.finditer(folded_q) if (d := _own_day(m)) is not None})
        if len(days) < 2:
            return answer
        last = self.kit.consultation_parts()[3]
        if last is None or msg.today > last:
            return answer
        lang = msg.language
        days = [d.replace(year=last.year) for d in days]
        inside = [format_date(d, lang) for d in days if d <= last]
        after = [format_date(d, lang) for d in days if d > last]
        if not inside or not after:
            return answer       # (all on one side: the dates' own answers say it)
        last_f = format_date(last, lang)
        line = t(lang, f"{join_list(inside, lang)} ligger inom remisstiden, som enligt tidplanen pågår "
                       f"till och med {last_f}; {join_list(after, lang)} är efter den. Tar ni svaret efter sista "
                       "dagen behöver ni anstånd – det beviljar samordnarna, och om ni får det avgör de; fråga dem i "
                       "god tid.",
                 f"{join_list(inside, lang)} falls within the consultation, which according to the "
                 f"timeline runs through {last_f}; {join_list(after, lang)} is after it. A response after the last "
                 "day needs an extension – the coordinators grant it, and whether you get one is up to them; ask them "
                 "in good time.")
        greeting, body = _greeting_apart(answer.text)
        if answer.topic == "next":
            return answer.model_copy(update={"text": greeting + line, "confident": True})   # (the steps after it)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}", "confident": True})

    def _roles_compared_told(self, msg: Message, answer: Answer) -> Answer:
        """"vad ser partnerna när de skriver till den jämfört med vad vi samordnare ser?", "what can coordinators do
        that partners cannot?": who may use which command and what each sees in the tab, as README-user documents
        it – said first; the bot's capability text or the status text alone left the comparison out (b75 #10)."""
        folded_q = msg.folded
        if ("samordnar" not in folded_q and "coordinator" not in folded_q) or "partner" not in folded_q:
            return answer       # cheap
        # (The partners, not the partnership: "samordnarnas roll jämfört med partnerskapet" asks the roles: b76 #88.)
        if not _PARTNERS.search(folded_q) or not _ROLES_COMPARED.search(folded_q):
            return answer
        lang = msg.language
        line = t(lang, "Alla kan använda **hjälp**, **tidplan**, **organisation** och **påminnelser**, och stänga av "
                       "eller slå på sina personliga påminnelser (**påminn mig av**/**på**). Bekräftade partner lämnar "
                       "**inspel**, och organisationens bekräftade företrädare lämnar **remissvar**. Bara samordnarna "
                       "har **omröstning**, **status**, **export**, **anstånd**, **påminnelser här**/**av**, "
                       "**möten**, **nytt möte**, **flytta möte**, **ställ in möte** och **personuppgifter**. I fliken "
                       "i Teams ser samordnarna alla remissinstansers läge och alla inspel; en partner ser sin egen "
                       "organisations rad och sina egna inspel.",
                 "Everyone can use **help**, **timeline**, **organisation** and **reminders**, and turn their "
                 "personal nudges off or on (**nudges off**/**on**). Confirmed partners give **input**, and an "
                 "organisation's confirmed representatives give its **response**. Only the coordinators have "
                 "**poll**, **status**, **export**, **extension**, **reminders here**/**off**, **meetings**, "
                 "**new meeting**, **move meeting**, **cancel meeting** and **personal data**. In the Teams tab the "
                 "coordinators see every respondent's state and all input; a partner sees their own organisation's "
                 "row and their own input.")
        greeting, body = _greeting_apart(answer.text)
        kept = [x for x in body.split("\n\n") if not x.startswith(("Det ser bara samordnarna", "Only the coordinators "
                                                                      "see that"))]
        if answer.topic == "about_bot" and kept:
            # ("Hur funkar den här boten – och vad ser partnerna …?": how it works was asked first, and goes first.)
            return answer.model_copy(update={"text": greeting + "\n\n".join([kept[0], line, *kept[1:]])})
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *kept]), "confident": True})

    def _nagging_told(self, msg: Message, answer: Answer) -> Answer:
        """"kommer boten fortsätta tjata på oss om remissvaret?", "will the bot keep nagging us?": the personal
        nudges (README) – to organisations that have not answered, and turned off with **påminn mig av** – said
        after the answer's first paragraph; the extension's answer alone left it out (b75 #76)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("tjat", "nag", "spam", "bombard")) or not _NAGGING.search(folded_q):
            return answer       # cheap
        said = fold(answer.text)
        if "paminn mig av" in said or "nudges off" in said:
            return answer
        line = t(msg.language, "Personliga påminnelser om remissvaret går bara till företrädare för organisationer "
                               "som inte har svarat; dina egna stänger du av med **påminn mig av** (och slår på igen "
                               "med **påminn mig på**).",
                 "Personal nudges about the response go only to representatives of organisations that have not "
                 "answered; you turn yours off with **nudges off** (and on again with **nudges on**).")
        head, sep, tail = answer.text.partition("\n\n")
        return answer.model_copy(update={"text": "\n\n".join([head, line, *([tail] if sep and tail else [])])})

    def _late_extension_told(self, msg: Message, answer: Answer) -> Answer:
        """"sista veckan på remissen, vi har inte fått det politiskt behandlat, vad gör vi?": a response not ready by
        the last day is the bot's anstånd, which the coordinators grant (README) – said after the answer's first
        paragraph rather than the week's steps alone (b59 #77). No extension is promised."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer
        if not _WHAT_DO_WE.search(folded_q) or not _NOT_IN_TIME.search(folded_q):
            return answer
        said = fold(answer.text)
        if "anstand" in said or "extension" in said:
            return answer
        last = self.kit.consultation_parts()[3]
        if last is None or msg.today > last:
            return answer
        lang = msg.language
        last_f = format_date(last, lang, weekday=True)
        line = t(lang, f"Hinner ni inte till remissens sista dag, {last_f}, kan ni be samordnarna om anstånd till ett "
                       "senare datum; beviljar de det lägger de in det, och då tar jag emot ert remissvar till och med "
                       "den dagen. Kontakta dem i god tid – om ni får anstånd avgör de.",
                 f"If you cannot make the consultation's last day, {last_f}, ask the coordinators for an extension "
                 "to a later date; if they grant it they add it, and then I accept your response until that day. "
                 "Contact them in good time – whether you get one is up to them.")
        head, sep, tail = answer.text.partition("\n\n")
        return answer.model_copy(update={"text": "\n\n".join([head, line, *([tail] if sep and tail else [])])})

    def _now_first(self, msg: Message, answer: Answer) -> Answer:
        """"Can you give me a quick summary of where we are in the process and what I need to do?": where the plan is
        today leads a summary read as another topic, so "where we are" is not left out (b76 #58)."""
        lang = msg.language
        ask = t(lang, "Var står vi i processen just nu?", "Where are we in the process right now?")
        beside = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
        first = _greeting_apart(beside.text)[1].split("\n\n")[0]
        if not first or first in answer.text or beside.topic != "now":
            return answer
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + first + "\n\n" + body,
                                         "sources": [*answer.sources, *beside.sources]})

    def _now_beside(self, msg: Message, answer: Answer) -> Answer:
        """"Where are we right now, and what's the next step after the consultation?" read whole as the steps after
        a step: where the plan is today goes first, so the "now" asked beside is not left out (b52 #63)."""
        if answer.topic not in ("next", "now") and _WHERE_WE_ARE.search(msg.folded):
            return self._now_first(msg, answer)
        if answer.topic not in ("next", "now") or msg.split or not _NOW_ASKED.search(msg.folded):
            return answer
        # (Read as "now", the steps after the one asked of go after it: "… right now, and what follows after the
        # check-in?")
        other = "now" if answer.topic == "next" else "next"
        if other == "next" and not _NEXT_ASKED.search(msg.folded):
            return answer
        u = msg.understanding
        asked = Asked(text=msg.text, intent=other, confidence=u.confidence, entities=u.entities, today=msg.today,
                      language=msg.language)
        beside = plan.now(self.kit, asked) if other == "now" else plan.next_steps(self.kit, asked)
        first = beside.text.split("\n\n")[0]
        if not first or first in answer.text or beside.topic != other:
            return answer
        greeting, body = _greeting_apart(answer.text)
        parts = [first, body] if other == "now" else [body, first]
        return answer.model_copy(update={"text": greeting + "\n\n".join(parts),
                                         "sources": [*answer.sources, *beside.sources]})

    def _happened_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"har nämnderna behandlat den än?", "has the anchoring with the partnership taken place yet?": whether an
        undated step after the consultation has happened is not in the material (the bot knows the plan, not what
        has been done) – said first, before the plan's order of the steps (b54 #85 got the plan without a word)."""
        folded_q = msg.folded
        if not _DONE_CHEAP.search(folded_q) or answer.text.lstrip().startswith(_KNOWS_NOT_LEAD):
            return answer
        if any(k in answer.text for k in _KNOWS_NOT) or not any(
                _HAPPENED.search(x) and _UNDATED_STEP.search(x) for x in msg.folded_parts or [folded_q]):
            return answer
        happened = _HAPPENED.search(folded_q)
        if happened is not None and _ASKED_BEFORE.search(folded_q[:happened.start()]):
            # "What does 'förankring' mean, and has the anchoring happened yet?": the other question is answered
            # first, as asked; whether it has happened follows, said of what it is about.
            line = t(msg.language, "Om det redan har skett vet jag inte: jag känner bara tidplanen, inte vad som "
                     "faktiskt har hänt, och tidplanen ger steget inget eget datum.",
                     "Whether it has happened yet I don't know: I know the timeline, not what has actually happened, "
                     "and the timeline gives that step no date of its own.")
            return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})
        greeting, body = _greeting_apart(answer.text)
        lead = t(msg.language, "Det vet jag inte: jag känner bara tidplanen, inte vad som faktiskt har hänt. "
                 "Tidplanen ger steget inget eget datum.",
                 "I don't know: I know the timeline, not what has actually happened. The timeline gives that step no "
                 "date of its own.")
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body}"})

    def _how_beside_when(self, msg: Message, answer: Answer) -> Answer:
        """"När och hur sker förankringen?", "when and how does the anchoring happen?": the plan places the undated
        step; how it is done (its form: a meeting, a written round) is not in the material – said after the when
        rather than left out (b54 #84)."""
        folded_q = msg.folded
        if ("hur" not in folded_q and "how" not in folded_q) or not _WHEN_AND_HOW.search(folded_q) or not (
                _UNDATED_STEP.search(folded_q)):
            return answer
        if answer.topic not in _STEPS_PLACED or "i vilken form" in answer.text or "what form" in answer.text:
            return answer
        line = t(msg.language, "Hur det går till – i vilken form, till exempel på ett möte – står inte i underlaget.",
                 "How it is done – in what form, for example at a meeting – is not in the material.")
        head, sep, tail = answer.text.partition("\n")
        return answer.model_copy(update={"text": f"{head} {line}{sep}{tail}"})

    def _written_before_meeting(self, msg: Message, answer: Answer) -> Answer:
        """"ska vi skicka in något skriftligt innan avstämningen?", "do we need to send anything before the
        check-in?": the plan asks nothing written before the meeting and gives no day for it – said first, with the
        inspel the bot takes for what should be updated (README), rather than the meeting's card alone (b54 #35)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("innan", "fore", "before", "infor", "ahead of")) or not (
                _SEND_BEFORE.search(folded_q)) or not _OF_MEETING.search(folded_q):
            return answer
        if answer.topic not in ("check_in", "ways_of_working", "now", "next", "timeline") or (
                "inspel" in answer.text or "**New input**" in answer.text):
            return answer
        lead = t(msg.language, "Att ni ska skicka in något skriftligt före avstämningen står inte i underlaget, och "
                 "någon sista dag för det anges inte. Förslag på vad som ska uppdateras kan ni lämna som inspel här: "
                 "välj **Nytt inspel**.",
                 "The material does not say you are to send anything in writing before the check-in, nor gives a "
                 "deadline for it. Proposals for what should be updated can be given as input here: choose **New "
                 "input**.")
        greeting, body = _greeting_apart(answer.text)
        if answer.topic == "ways_of_working":
            body = ""       # the stock list of ways of working answers nothing asked
        return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (lead, body) if x)})

    def _in_force_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"Från vilket datum gäller den?", "when does the updated strategy take effect?": the material gives no
        date it applies from, only that it is to be ready at the end of the year after the council's decision – said
        (first when it is all or the first thing asked, after the answer when asked beside another question), rather
        than left out (b53 #97)."""
        folded_q = msg.folded
        if not _IN_FORCE_CHEAP.search(folded_q):
            return answer
        answer = self._validity_unknown(msg, answer)
        if (found := _IN_FORCE.search(folded_q)) is None:
            return answer
        if any(w in answer.text for w in ("gäller från", "börjar gälla", "i kraft", "applies from", "takes effect",
                                           "take effect", "into force")):
            return answer
        goal = self.kit.last_dated()
        if goal.last is None:
            return answer
        ready = format_fuzzy_at(goal.last, msg.language)
        line = t(msg.language, f"Från vilket datum den uppdaterade RUS gäller står inte i underlaget – bara att den "
                 f"ska vara klar {ready}, efter politiskt beslut i regionfullmäktige.",
                 f"From what date the updated RUS applies is not in the material – only that it is to be ready "
                 f"{ready}, after the political decision in the regional council.")
        if _ASKED_BEFORE.search(folded_q[:found.start()].rstrip(" ?")[:-1] if "?" in folded_q[:found.start()]
                                else ""):
            return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})

    def _validity_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"… Och gäller den nya strategin fram till 2030?", "how long will it be valid?": how long the updated RUS
        applies is not in the material – said, with no end year, rather than left out (b73 #91); after the answer
        when asked beside another question, first when it is all that is asked."""
        folded_q = msg.folded
        found = _VALID_UNTIL.search(folded_q)
        if found is None or any(w in folded_q for w in ("anstand", "extension", "remissvar")):
            return answer
        said = fold(answer.text)
        if "hur lange den uppdaterade rus" in said or "how long the updated rus" in said:
            return answer
        goal = self.kit.last_dated()
        if goal.last is None:
            return answer
        lang = msg.language
        ready = format_fuzzy_at(goal.last, lang)
        year = re.search(r"\b20\d\d\b", found.group(0))
        named = t(lang, f" – till exempel till {year.group(0)} –", f" – until {year.group(0)}, say –") if year else ""
        line = t(lang, f"Hur länge den uppdaterade RUS ska gälla{named} står inte i underlaget; det står bara att den "
                       f"ska vara klar {ready}, efter politiskt beslut i regionfullmäktige, och att RUS ses över varje "
                       "mandatperiod.",
                 f"How long the updated RUS is to apply{named} is not in the material; it only says that it is to be "
                 f"ready {ready}, after the political decision in the regional council, and that RUS is reviewed "
                 "every mandate period.")
        if answer.topic in _STOCK_TOPICS or answer.topic in ("unknown", "unsure"):
            return answer.model_copy(update={"text": _greeting_apart(answer.text)[0] + line, "confident": True,
                                             "topic": "decision.status"})
        if _ASKED_BEFORE.search(folded_q[:found.start()]):
            return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})

    def _same_structure_first(self, msg: Message, answer: Answer) -> Answer:
        """"Får den samma struktur som den gamla?", "will it keep the same structure?": yes – the process file's own
        fact that the current structure is kept leads, rather than standing fifth in a stock list (b53 #97)."""
        folded_q = msg.folded
        if "struktur" not in folded_q and "structur" not in folded_q:
            return answer
        same = _SAME_STRUCTURE.search(folded_q)
        # "Kommer strukturen i RUS att ändras?", "will the structure change?": the same fact answers it, as a no
        # (round 34, b68 #38). Not when "kept" is asked as well, or a question word comes before it.
        # (not one part of several: "3. Ska strukturen ändras?" beside who decides, b38 #2; not a new RUS asked of,
        # which _why_not_new answers with the mandate whole, b39 #41)
        change = None if same or msg.split or _STRUCTURE_PROPOSE.search(folded_q) or (
            _INSTEAD_CHEAP.search(folded_q) and _INSTEAD_OF_NEW.search(folded_q)) else _STRUCTURE_CHANGE.search(
            folded_q)
        found = same or change
        if found is None:
            return answer
        if _WH_BEFORE.search(re.split(r"[.?!]", folded_q[:found.start()])[-1]):
            return answer       # "vem bestämde att strukturen skulle vara kvar?", "why keep the structure?": no yes
        greeting, body = _greeting_apart(answer.text)
        if body.lstrip().startswith(("Ja", "Yes", "Nej", "No ", "No,", "No –")):
            return answer
        fact = next((f for f in self.process.facts if f.topic == "mandate" and "strukturen" in fold(f.text.sv)), None)
        if fact is None:
            return answer
        lead = (t(msg.language, "Nej – ", "No – ") if change else t(msg.language, "Ja – ", "Yes – ")) + lower_first(
            fact.text.get(msg.language).strip())
        if _GOALS_NAMED.search(folded_q):
            # "Strukturen ska behållas – betyder det att målen också är oförändrade?": the kept structure is no yes
            # to the goals, which the material does not say stay as they are (b90 #65 got "Ja – strukturen …").
            lead = fact.text.get(msg.language).strip().rstrip(".") + t(
                msg.language, ", men om målen i RUS ändras säger underlaget inget – bara att det nödvändigaste "
                              "uppdateras. Fråga samordnarna.",
                ", but whether the goals of RUS change the material does not say – only that what is necessary is "
                "updated. Ask the coordinators.")
        greeting = f"{greeting.strip()} " if greeting.strip() else ""
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body.lstrip()}",
                                         "sources": list(dict.fromkeys([fact.source, *answer.sources]))})

    def _member_after_consultation(self, msg: Message, answer: Answer) -> Answer:
        """"får kommunerna yttra sig igen innan beslutet?", "behöver kommunen göra något mer efter remissvaret?",
        "ska KS fatta något eget beslut om slutversionen?": what the plan gives the members after the consultation
        (the anchoring with the partnership they are in, before the committees and the council), and that an own
        decision of theirs is not in it – added when the answer leaves it out (b53 #85, b54 #77)."""
        folded_q = msg.folded
        if not _AGAIN_CHEAP.search(folded_q):
            return answer
        again = _SAY_AGAIN.search(folded_q) is not None
        own = _OWN_DECISION.search(folded_q) is not None
        if not again and not own:
            return answer
        lang, said = msg.language, answer.text
        lines = []
        if again and "där kommunerna och de andra medlemmarna ingår" not in said and "which the municipalities" not in (
                said):
            lines.append(t(lang, "Efter remissen förankras uppdateringarna med partnerskapet – där kommunerna och de "
                           "andra medlemmarna ingår – innan politisk förankring i nämnderna och beslut i "
                           "regionfullmäktige. Hur den förankringen går till, och om något mer krävs av er, står inte "
                           "i underlaget.",
                           "After the consultation the updates are anchored with the partnership – which the "
                           "municipalities and the other members are in – before political anchoring in the "
                           "committees and the decision in the regional council. How that anchoring is done, and "
                           "whether anything more is asked of you, is not in the material."))
        if own and not any(w in said for w in ("eget beslut", "own decision", "ska besluta om RUS", "are to decide")):
            lines.append(t(lang, "Att ni ska fatta ett eget beslut om slutversionen står inte i underlaget; det "
                           "politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige.",
                           "The material does not say you are to take a decision of your own on the final version; "
                           "the political decision on the updated RUS is taken by the regional council."))
        ready = self.kit.last_dated().last
        if again and ready is not None and _WHEN_DECIDED.search(folded_q) and "datum för beslutet" not in said and (
                "date of its own for the decision" not in said and "no date for the decision" not in said):
            # "… när regionfullmäktige tar beslut, och om kommunerna får yttra sig igen innan dess": the when, too.
            when = format_fuzzy_at(ready, lang)
            lines.insert(0, t(lang, "Tidplanen anger inget datum för beslutet i regionfullmäktige, bara att en "
                              f"uppdaterad RUS ska vara klar {when}.",
                              "The timeline gives no date for the decision in the regional council, only that an "
                              f"updated RUS is to be ready {when}."))
        if not lines:
            return answer
        return answer.model_copy(update={"text": "\n\n".join([answer.text, *lines])})

    def _meeting_decided_which(self, msg: Message, answer: Answer) -> Answer:
        """"I missed the check-in on the 11th. Was it decided which chapters will be rewritten?": what the meeting
        decided – not in the material – is asked, not the council's decision; the check-in's answer (which says so)
        replaces the decision's (b54 #42)."""
        if answer.topic not in ("decision", "decision.status") or msg.split or not (
                _MEETING_NAMED.search(msg.folded) and _DECIDED_WHICH.search(msg.folded)):
            return answer
        u = msg.understanding
        meeting = self._answer_one(msg.text, replace(u, intent="check_in", sure=True), msg.today, msg.language)
        if meeting.topic != "check_in" or not any(k in meeting.text for k in (
                *_KNOWS_NOT, "är inte med i underlaget", "is not in the material")):
            return answer
        return meeting

    def _wish_of_named_first(self, msg: Message, answer: Answer) -> Answer:
        """"Vi från kommunerna sa väl nåt om remisstiden på KC/RD-mötet? Vad var det vi ville ha?": the wish asked is
        that of the body the asker speaks for (a role of the process file whose text tells a wish), not the forum's
        input only: its text leads (b53 #5 got KC/RD's input without the municipalities' wish)."""
        folded_q = msg.folded
        if not answer.topic.startswith("role.") or not any(w in folded_q for w in ("ville", "onskade", "wanted",
                                                                                    "asked for", "bad om")):
            return answer
        if not _WISH_ASKED.search(folded_q) or any(w in fold(answer.text) for w in ("onskar", "onskade", "asked for")):
            return answer       # (the wish said already, "Kommunerna önskar remiss t o m september")
        for role in self.process.roles:
            text = role.text.get(msg.language)
            if answer.topic == f"role.{role.id}" or text in answer.text or not _TELLS_WISH.search(fold(text)):
                continue
            if not re.search(rf"\b{re.escape(fold(role.name.sv))}\b", folded_q) and not (
                    role.name.en and re.search(rf"\b{re.escape(fold(role.name.en))}\b", folded_q)):
                continue
            greeting, body = _greeting_apart(answer.text)
            return answer.model_copy(update={"text": f"{greeting}{text}\n\n{body}",
                                             "sources": list(dict.fromkeys([role.source, *answer.sources]))})
        return answer

    def _period_only_told(self, msg: Message, answer: Answer) -> Answer:
        """"Kommer det bli nån ny remiss innan fullmäktige? Vi hade velat se hur våra synpunkter från i höstas tagits
        om hand.": a period told only in a statement beside the question ("från i höstas") is no period asked; the
        question is answered for itself, not with the plan for that season (b56 #92)."""
        if answer.topic != "period" or msg.split or "?" not in msg.text:
            return answer
        asked = " ".join(x.strip() for x in _ASKED_SENTENCE.findall(msg.text))
        told = msg.text[msg.text.rindex("?") + 1:].strip()
        # (Only a statement after the question that tells the period: "… vad är nästa steg i december" without its
        # "?" asks it, and a period told before the question – "efter semestern", "RF tog beslut i juni" – sets it.)
        if not asked or len(told.split()) < 4 or _ASKS_FIRST.match(fold(told)) or \
                self.understand(told, msg.today).entities.period is None:
            return answer
        u = self.understand(asked, msg.today)
        if u.entities.period is not None or u.intent == "period" or not u.sure:
            return answer
        again = self._answer_one(asked, u, msg.today, msg.language)
        greeting, _ = _greeting_apart(answer.text)
        return again if again.text.startswith(greeting) else again.model_copy(
            update={"text": greeting + again.text})

    def _decision_month_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"… Och tar RF beslut redan i oktober?": a month asked for the council's decision, which the plan does not
        date. That no date is given is said, so the month is neither confirmed nor left out (b58 #89)."""
        if "beslut" not in msg.folded and "decid" not in msg.folded and "decision" not in msg.folded:
            return answer
        m = _DECISION_MONTH.search(msg.folded.replace("rf sisu", "rfsisu"))   # (RF-SISU is no council)
        if m is None or "inget eget datum för beslutet" in answer.text or "no date of its own for the decision" in \
                answer.text:
            return answer
        if any(i.kind == "decision" and i.first is not None for i in self.process.timeline):
            return answer       # a dated decision answers the month itself
        month = m.group("month")
        line = t(msg.language, f"Om regionfullmäktige beslutar i {month} vet jag inte: tidplanen anger inget eget "
                               "datum för beslutet.",
                 f"Whether the regional council decides in {month} I don't know: the timeline gives no date of its "
                 "own for the decision.")
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + line})

    def _days_left_of_calendar(self, msg: Message, answer: Answer) -> Answer:
        """"Hur många dagar är det kvar av 2021?", "how many days are left of the year?", "veckor kvar av december":
        the calendar's own rest, counted from today to the year's or month's last day – computable, so said first,
        not "Det vet jag inte" nor the consultation's days (b62 #79)."""
        folded = msg.folded
        if "kvar" not in folded and "left" not in folded and "remain" not in folded and "aterstar" not in folded and (
                "arsskift" not in folded and "nyar" not in folded and "year" not in folded and "arets" not in folded
                and "aret" not in folded and "slutet" not in folded and "end of" not in folded
                and "utgang" not in folded):
            return answer
        m = _LEFT_OF_CALENDAR.search(folded) or _TO_YEAR_END.search(folded)
        if m is None or not _HOW_MANY.search(folded, max(0, m.start() - 40), m.start() + 6):
            return answer       # "det är ju två veckor kvar av augusti": a rest told, not asked
        today, lang = msg.today, msg.language
        unit, of = m.group(1), (m.group(2) if m.re is _LEFT_OF_CALENDAR else "aret")
        if m.re is _TO_YEAR_END and (year := re.search(r"20\d\d", m.group(0))) is not None:
            of = year.group(0)  # "till slutet av 2021": that year's end, counted only when it is this year's
        if of.isdigit():
            if int(of) != today.year:
                return answer
            end, name_sv, name_en = dt.date(today.year, 12, 31), of, of
        elif of in ("aret", "year"):
            end, name_sv, name_en = dt.date(today.year, 12, 31), "året", "the year"
        else:
            month = MONTHS.get(of)
            if month is None or month != today.month:
                return answer   # another month's rest: not counted from today
            end = dt.date(today.year, month, calendar.monthrange(today.year, month)[1])
            name_sv, name_en = _MONTH_NAMES_SV[month - 1], _MONTH_NAMES_EN[month - 1]
        left = (end - today).days
        end_f = format_date(end, lang, weekday=True)
        if left == 0:
            line = t(lang, f"I dag är sista dagen i {name_sv} ({end_f}).", f"Today is the last day of {name_en} "
                                                                           f"({end_f}).")
        elif unit.startswith(("vec", "week")):
            line = t(lang, f"Ungefär {round(left / 7)} veckor ({days_phrase(left)}) kvar av {name_sv}, till och med "
                           f"{end_f}.",
                     f"About {round(left / 7)} weeks ({days_phrase(left, 'en')}) left of {name_en}, through {end_f}.")
        else:
            line = t(lang, f"**{days_phrase(left)}** kvar av {name_sv}, till och med {end_f}.",
                     f"**{days_phrase(left, 'en')}** left of {name_en}, through {end_f}.")
        greeting, body = _greeting_apart(answer.text)
        if f"**{days_phrase(left, lang)}**" in body.split("\n\n")[0]:
            return answer       # the answer opens with that count already ("högst **38 dagar** kvar")
        if "remiss" not in folded and "consultation" not in folded:
            # the consultation's days, not asked about, read as the count asked for: left out
            body = "\n\n".join(x for x in body.split("\n\n") if not x.startswith(("Inga dagar kvar", "No days left")))
        if answer.topic in ("unknown", "unsure"):
            # ("hur många dagar e det till nyår": the count is the answer; a stock "Det vet jag inte" beside it is not)
            body = ""
        return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (line, body) if x)})

    def _next_after_done(self, msg: Message, answer: Answer) -> Answer:
        """"Vad händer nu när avstämningen är gjord?", "now that the check-in is over, what's next?": the step done
        is the point from which the next is asked – answered as "vad händer efter …?", not the done step's own card
        again (b62 #13)."""
        folded = msg.folded
        if answer.topic == "next" or msg.split or not _WHATS_NEXT.search(folded):
            return answer
        m = _NOW_THAT_DONE.search(folded)
        if m is None:
            return answer
        step = next(g for g in m.groups() if g).strip()
        lang = msg.language
        ask = t(lang, f"Vad händer efter {step}?", f"What happens after {step}?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
        if not more.confident or more.topic != "next":
            return answer
        greeting, body = _greeting_apart(answer.text)
        new = _greeting_apart(more.text)[1].strip()
        if not new or new in body:
            return answer
        parts, topic = (new, body), "next"
        if msg.text.count("?") > 1 and not re.search(r"\b(?:sedan|ago)\)", body.split("\n\n")[0]):
            # a message of several questions whose answer is not the done step's card ("… det är väl i juli?" put
            # right first): it keeps its lead, and the next steps follow
            parts, topic = (body, new), answer.topic
        return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in parts if x), "topic": topic})

    def _year_beyond_plan(self, msg: Message, answer: Answer) -> Answer:
        """"tidplan för 2022?", "what happens in 2019?": a year the timeline does not reach, read as the timeline or
        the plan now. That the material has no plan for that year leads; the 2021 card alone answered another
        question than the one asked (b52 #99)."""
        if answer.topic not in _YEAR_TOPICS or "20" not in msg.text or msg.split:
            return answer
        dated = [i for i in self.process.timeline if i.first is not None and i.last is not None]
        years = {int(y) for y in _YEAR.findall(msg.text)}
        if not dated or not years or _YEAR_RANGE.search(msg.text):
            return answer
        start, end = dated[0].first, dated[-1].last
        assert start is not None and end is not None
        beyond = sorted(y for y in years if not start.earliest.year <= y <= end.latest.year)
        if not beyond or len(beyond) < len(years) or any(str(y) in answer.text for y in beyond):
            return answer       # a year of the plan asked too, or the answer speaks of the year already
        lang = msg.language
        first, last = format_fuzzy(start, lang), format_fuzzy(end, lang)
        asked = join_list([str(y) for y in beyond], lang)
        line = t(lang, f"Tidplanen i underlaget gäller uppdateringen av RUS från {first} till {last}; någon tidplan "
                       f"för {asked} finns inte där.",
                 f"The timeline in the material covers the update of RUS from {first} to {last}; it has no plan "
                 f"for {asked}.")
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        if answer.topic == "timeline" and len(paragraphs) > 1:
            paragraphs = paragraphs[1:]     # the 2021 card: not what was asked; the line says what the plan covers
        elif answer.topic == "timeline":
            paragraphs = []
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *paragraphs]), "card": None})

    def _update_again_later(self, msg: Message, answer: Answer) -> Answer:
        """"Will there be another update next year as well?", "kommer RUS uppdateras igen 2022?": another update in a
        year after the plan. Answered with the calendar ("nothing in January–December 2022"), the reasons for this
        review or the mandate's stock list, it was no clear "don't know" and left out the one thing the material says
        of later reviews (b77 #96). Led by "don't know" for that year, then that RUS is reviewed every mandate period
        with no date for the next review."""
        if msg.split or not _LATER_YEAR_CHEAP.search(msg.folded):
            return answer       # cheap: most messages name no later year
        if (not _UPDATE_WORD.search(msg.folded) or not _AGAIN_WORD.search(msg.folded)
                or _OF_THIS_ONES_END.search(msg.folded)):
            return answer
        dated = [i for i in self.process.timeline if i.last is not None]
        if not dated:
            return answer
        end = dated[-1].last
        assert end is not None
        years = {int(y) for y in _YEAR.findall(msg.text)}
        if _NEXT_YEAR.search(msg.folded):
            years.add(msg.today.year + 1)
        beyond = sorted(y for y in years if y > end.latest.year)
        if not beyond or len(beyond) < len(years):
            return answer       # a year of the plan itself (this update) is asked
        rus, source = self._fact_text("rus", msg.language)
        every = split_sentences(rus)[1:2]
        if not every:
            return answer
        often = "RUS " + every[0].strip().split(" ", 1)[1].rstrip(".")
        lang = msg.language
        asked, last = join_list([str(y) for y in beyond], lang), format_fuzzy(end, lang)
        lead = t(lang, f"Det vet jag inte – underlaget säger inget om någon uppdatering {asked}; tidplanen gäller den "
                       f"här uppdateringen, fram till {last}. Det enda som står om senare översyner är att "
                       f"{often}; när nästa översyn blir anges inte.",
                 f"I don't know – the material says nothing about an update in {asked}; its timeline covers this "
                 f"update, up to {last}. All it says of later reviews is that {often}; when the next review will "
                 "be is not stated.")
        greeting, _ = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + lead, "card": None, "topic": "why_review",
                                         "confident": True, "sources": [source]})

    def _coordinator_told(self, msg: Message, answer: Answer) -> Answer:
        """"Jag är en av samordnarna … (2) se vilka som svarat": told how, not "only the coordinators see it"."""
        if "samordnar" not in msg.folded and "coordinator" not in msg.folded:
            return answer       # cheap
        if not features.says_coordinator(msg.folded):
            return answer
        return answer.model_copy(update={"text": features.for_coordinator(answer.text, msg.language)})

    def _bot_future(self, msg: Message, answer: Answer) -> Answer:
        """"Läggs boten ner efter årsskiftet?" read as a period of the plan: whether the bot is kept is not known.
        Beside it, a next review of RUS asked ("blir det en ny översyn snart igen? Och hur länge finns boten kvar?")
        is answered first – RUS is reviewed every mandate period – not left out (b74 #99)."""
        if "bot" not in msg.folded:
            return answer
        if answer.topic == "about_bot" and _NEXT_REVIEW_CHEAP.search(msg.folded):
            return self._next_review_beside_bot(msg, answer)
        if answer.topic in ("about_bot", "greeting", "empty") or not features.asks_bot_stays(msg.text):
            return answer
        u = msg.understanding
        asked = Asked(text=msg.text, intent="about_bot", confidence=u.confidence, entities=u.entities,
                      today=msg.today, language=msg.language)
        stays = features.bot_future(self.kit, asked, self.contacts)
        if stays is not None and _NEXT_REVIEW_CHEAP.search(msg.folded):
            return self._next_review_beside_bot(msg, stays)
        return answer if stays is None else stays

    def _next_review_beside_bot(self, msg: Message, answer: Answer) -> Answer:
        piece = next((x for x in re.split(r"(?<=[.?!])\s+|\s+[–—-]\s+", msg.text)
                      if _NEXT_REVIEW_ASKED.search(fold(x)) and "bot" not in fold(x)), None)
        if piece is None:
            return answer
        review = self._answer_one(piece, self.understand(piece, msg.today), msg.today, msg.language)
        first = _greeting_apart(review.text)[1].split("\n\n", 1)[0].strip()
        if review.topic not in ("why_review", "rus") or not review.confident or "mandat" not in fold(first) or (
                fold(first)[:30] in fold(answer.text)):
            return answer
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + first + "\n\n" + body,
                                         "sources": list(dict.fromkeys([*review.sources, *answer.sources]))})

    def _timeline_picture(self, msg: Message, answer: Answer) -> Answer:
        """"Kan jag få tidplanen som en bild till en presentation?" read as a neighbour (`status`, the dates): the
        timeline card, the tab's picture and that no image export is offered (README) replace an answer to one
        question, and are added to the answers of several."""
        if answer.topic == "feature.calendar" or not features.asks_timeline_picture(msg.folded):
            return answer
        u = msg.understanding
        asked = Asked(text=msg.text, intent="feature.timeline", confidence=u.confidence, entities=u.entities,
                      today=msg.today, language=msg.language)
        pic = features.timeline_picture(self.kit, asked)
        if pic is None:
            return answer
        if answer.topic == "timeline":      # the timeline itself shown: how to take it along goes first
            greeting, rest = _greeting_apart(answer.text)
            return answer.model_copy(update={"text": f"{greeting}{pic.text}\n\n{rest}", "action": "timeline"})
        if not msg.split:
            greeting, _ = _greeting_apart(answer.text)
            return pic.model_copy(update={"text": greeting + pic.text})
        return answer.model_copy(update={"text": f"{answer.text}\n\n{pic.text}"})

    def _one_response_told(self, msg: Message, answer: Answer) -> Answer:
        """"…and can the university answer as one organisation or should each department send its own?" beside
        another question: one response per organisation (README), and that the material says nothing of its units or
        the bodies it speaks for, when the answer does not say it (b61 #61, #72: left out)."""
        folded = msg.folded
        if "svar" not in folded and "respon" not in folded and "answer" not in folded and "reply" not in folded:
            return answer       # cheap
        if answer.topic in ("empty", "greeting", "thanks") or not features.asks_how_many_responses(folded):
            return answer
        line = features.one_per_organisation(msg.language, answer.text)
        if not line:
            return answer
        first = _first_question(msg.text)
        m = features.how_many_responses_at(first)
        if "?" in msg.text and m is not None and not _CLAUSE_BEFORE.search(first[:m]):
            # "Räcker det med ett svar från oss för alla förbund? Kan jag spara …?": asked first, told first
            greeting, body = _greeting_apart(answer.text)
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})
        return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})

    def _own_time_reminder(self, msg: Message, answer: Answer) -> Answer:
        """"Can I get a reminder in mid-August?": a reminder at a time of the asker's choosing is no question of how
        much time is left nor a claim about the dates; the reminders' answer (they are planned, a day of one's own
        is not offered) replaces an answer to one question, and is added to the answers of several."""
        if "paminn" not in msg.folded and "remind" not in msg.folded:
            return answer       # cheap
        text, u, today, language, parted = msg.text, msg.understanding, msg.today, msg.language, msg.split
        if answer.topic in ("feature.reminders", "empty") or not features.asks_own_time_reminder(
                text) or features.own_time_told(answer.text):
            return answer       # (a part's answer may have told it already)
        more = self._answer_one(text, replace(u, intent="feature.reminders", sure=True), today, language,
                                check_dates=False)      # (the day asked for is no claim about the plan's dates)
        if not more.text:
            return answer
        if not parted:
            greeting, _ = _greeting_apart(answer.text)
            return more.model_copy(update={"text": greeting + _greeting_apart(more.text)[1]})
        return answer.model_copy(update={"text": f"{answer.text}\n\n{_greeting_apart(more.text)[1]}",
                                         "sources": list(dict.fromkeys([*answer.sources, *more.sources]))})

    # How one outside may have a say ("hur kan de lämna synpunkter?", "how can they give their views?").
    _OUTSIDERS_SAY = re.compile(r"\b(?:hur|vart|var|how|where)\b[^.?!]{0,40}\b(?:synpunkter|tycka till|paverka|"
                                r"inspel|sina asikter|views|comments|input|have a say|contribute)\b")
    _STRANGER_WORDS = ("region", "kommun", "lan", "county", "municipality", "stad", "landsting", "verket",
                       "myndighet", "formedling", "kassan", "almi", "lrf", "skr", "foretagarna", "naringsliv",
                       "coompanion", "samordningsforbund", "abf", "studie", "sensus", "bilda", "medborgarskolan",
                       "folkuniversitetet", "ibn rushd", "nbv")

    def _stranger_first(self, msg: Message, answer: Answer) -> Answer:
        """"Is Region Dalarna part of the partnership? Lindesberg works a lot with Dalarna": the organisation-like
        name the membership question asks of, not a member named as context, gets the answer – a no with the
        members, leading; an answer that already says it is not a member is kept."""
        text, folded, language = msg.text, msg.folded, msg.language
        if "?" not in text or not any(w in folded for w in self._STRANGER_WORDS) or answer.topic in (
                "empty", "greeting", "thanks", "help"):
            return answer       # cheap
        strangers = people.asked_strangers(self.kit, text)
        # (asked beside members in one sentence – "Handelskammaren och Almi har väl båda varit med?" – the members'
        # yes is kept and the no follows it; blind batch 54: Almi's presumed membership left standing)
        beside = not strangers and _greeting_apart(answer.text)[1].startswith(("Ja, **", "Yes, **"))
        if beside:
            strangers = people.asked_strangers(self.kit, text, with_members=True)
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        # (a paragraph of the answer that already says who is not a member – "Nej, **Region Värmland** är inte med …"
        # – counts as said, wherever it stands; one naming only the asked strangers is replaced by the no of all
        # – or, as a claim's correction, "Nej – Trafikverket är inte med …", b58 #75: all else the answer said stays)
        denials = [i for i, x in enumerate(paragraphs) if x.startswith(("Nej, **", "No, **", "Nej – ", "No – ")) and (
            "inte med" in x.split(".")[0] or "not a member" in x.split(".")[0] or "not members" in x.split(".")[0])]
        said = set(tokens(fold(" ".join([paragraphs[0], *(paragraphs[i] for i in denials)]))))
        if beside:
            said |= set(tokens(fold(answer.text)))
        if not strangers or all(set(people.stranger_place(s)) <= said for s in strangers):
            return answer       # the answer already leads with it ("No, **Arboga** is not a member …")
        places = {w for s in strangers for w in people.stranger_place(s)}
        redo = next((i for i in denials if all(set(people.stranger_place(n)) <= places
                                               for n in re.findall(r"\*\*(.+?)\*\*", paragraphs[i]))), None)
        p = self.kit.process
        names = join_list([o.name for o in p.organisations], language)
        partnership = lower_first(p.partnership.name.get(language))
        who = join_list([f"**{literal(s)}**" for s in strangers], language)
        many = len(strangers) > 1
        # (the answer lists the members itself, outside the denials this replaces: not twice)
        listed = any(names in x for i, x in enumerate(paragraphs) if i not in denials and i)
        line = t(language, f"Nej, {who} är inte med i {partnership}." + ("" if listed else
                                                                         f" Medlemmarna är: {names}."),
                 f"No, {who} {'are not members' if many else 'is not a member'} of {partnership}." + (
                     "" if listed else f" The members are: {names}."))
        if self._OUTSIDERS_SAY.search(folded):
            # "Om inte, hur kan de lämna synpunkter?": the material gives non-members no channel; inspel is for the
            # partnership's confirmed organisations (README) – said, not invented (b58: left out)
            line += t(language, " Hur organisationer utanför partnerskapet kan lämna synpunkter står inte i "
                                "underlaget; inspel i boten lämnar partnerskapets bekräftade organisationer. Fråga "
                                "samordnarna.",
                      " How organisations outside the partnership can give their views is not in the material; "
                      "input in the bot is given by the partnership's confirmed organisations. Ask the coordinators.")
        replaced = not beside and redo is None and (answer.topic == "unknown" or not answer.confident)
        if redo is not None:
            paragraphs[redo] = line
            line, paragraphs = paragraphs[0], paragraphs[1:]
        elif beside:
            line, paragraphs = paragraphs[0], [line, *paragraphs[1:]]     # the members' yes, then the no
        elif replaced:
            paragraphs = []
        elif paragraphs[0].startswith(("Ja, **", "Yes, **", "Jo, **")):
            # (the yes of a member named as context, with its own lines up to the next paragraph)
            paragraphs = paragraphs[1:]
            replaced = not paragraphs
        elif paragraphs[0].startswith(("Ja. ", "Yes. ")):
            # ("Is Region Värmland involved?" read as the partnership's influence: its bare "Yes." would agree with
            # the stranger's taking part – b86 #30; the partnership's role after it stays)
            paragraphs = [paragraphs[0].split(" ", 1)[1], *paragraphs[1:]]
        text_ = greeting + "\n\n".join([line, *paragraphs])
        sources = [p.partnership.source, *[o.source for o in p.organisations]]
        return answer.model_copy(update={"text": text_, "topic": "organisation" if replaced else answer.topic,
                                         "confident": True,
                                         "sources": sources if replaced else list(dict.fromkeys(
                                             [*answer.sources, *sources]))})

    def _who_writes(self, msg: Message, answer: Answer) -> Answer:
        """"Är det vi på regionen som skriver hela strategin, eller vem gör vad?": who writes the texts is not in the
        material (the writing phase names no writer); said after the roles, unless the answer speaks of writing
        already (blind batch 53: left out)."""
        if "skriv" not in msg.folded and "writ" not in msg.folded:
            return answer       # cheap
        if answer.topic in ("empty", "greeting", "thanks", "help") or not (
                m := _WHO_WRITES.search(msg.folded)) or (m.group(0).endswith((" den", " it")) and (
                "remissvar" in msg.folded or "response" in msg.folded)) or any(
                w in fold(answer.text) for w in ("skriver", "writes", "skrivs", "written")):
            return answer
        line = t(msg.language, "Vem som skriver texterna i skrivfasen står inte i underlaget, så det vet jag inte; "
                               "fråga samordnarna.",
                 "Who writes the texts in the writing phase is not in the material, so I do not know; ask the "
                 "coordinators.")
        if answer.topic == "unknown":
            # (the stock "don't know" gives way to the one that says what is not known)
            return answer.model_copy(update={"text": _greeting_apart(answer.text)[0] + line})
        return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})

    # The command a card's topic has (README "In Teams": everyone's commands that show a card or a list).
    _COMMAND_OF: ClassVar[dict[str, tuple[str, str]]] = {"timeline": ("tidplan", "timeline"),
                                                         "help": ("hjälp", "help")}

    def _command_named(self, msg: Message, answer: Answer) -> Answer:
        """"vad var kommandot för att se tidplanen?": the card alone does not name the command asked for (blind batch
        53); its name leads, unless the answer already names it in bold."""
        if "kommand" not in msg.folded and "command" not in msg.folded:
            return answer       # cheap
        if not _ASKS_COMMAND.search(msg.folded):
            return answer
        # (by the answer's topic, or by the card's own word in the message: "vilket kommando var det nu som visade
        # tidplanen?" may be read as "now")
        command = self._COMMAND_OF.get(answer.topic) or next(
            (c for w, c in (("tidplan", self._COMMAND_OF["timeline"]), ("timeline", self._COMMAND_OF["timeline"]),
                            ("schedule", self._COMMAND_OF["timeline"])) if w in msg.folded), None)
        if command is None:
            return answer
        name = command[0] if msg.language == "sv" else command[1]
        if f"**{name}**" in answer.text:
            return answer
        line = t(msg.language, f"Kommandot är **{name}**.",
                 f"The command is **{name}**.")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})

    def _name_apart(self, msg: Message, answer: Answer) -> Answer:
        """"Är RF-SISU med? Och har det med regionfullmäktige att göra?": a member whose name begins with a word of
        the plan whose glossary entry tells them apart (its text names the member), asked how they relate – the
        glossary's own note follows the member's paragraph instead of the word's role, and what the member is, when
        asked, is said not to be in the material (blind batch 52: RF-SISU next to RF's decision, unexplained). An
        answer whose first paragraph speaks of both already ("Nej, RF-SISU och Regionfullmäktige (RF) är inte
        samma") is kept."""
        e = msg.understanding.entities
        if not e.organisations or not self.process.glossary or answer.topic in ("empty", "greeting", "thanks"):
            return answer       # cheap: no member named
        folded = msg.folded
        if not _RELATES.search(folded):
            return answer
        asked = set(tokens(folded))
        for entry in self.process.glossary:
            note = fold(entry.text.sv)
            terms = [fold(x) for x in entry.terms]
            # (a member whose name begins with one of the entry's terms, which the entry's text tells apart: "RF" and
            # "RF-SISU"; not every entry that lists the members)
            members = [o for o in e.organisations if fold(o.name) in note and any(
                fold(o.name).startswith(x) and fold(o.name) != x for x in terms)]
            if not members or not any((x in asked) if " " not in x else (x in folded) for x in terms):
                continue
            line = entry.text.get(msg.language)
            greeting, body = _greeting_apart(answer.text)
            paragraphs = body.split("\n\n")
            if line in answer.text or any(re.search(rf"\b{re.escape(t_)}\b", fold(paragraphs[0])) for t_ in terms):
                return answer
            rest = [x for x in paragraphs[1:] if not any(re.search(rf"\b{re.escape(t_)}\b", fold(x)) for t_ in terms)]
            lines = [paragraphs[0], line]
            if _WHAT_MEMBER.search(folded) and "beskriver inte underlaget" not in answer.text and (
                    "does not describe" not in answer.text):
                named = join_list([f"**{o.name}**" for o in members], msg.language)
                lines.append(t(msg.language, f"Vad {named} är eller gör beskriver inte underlaget; där står "
                                             "organisationen bara bland medlemmarna i partnerskapet.",
                               f"What {named} is or does the material does not describe; it lists the organisation "
                               "only among the members of the partnership."))
            text_ = greeting + "\n\n".join([*lines, *rest])
            return answer.model_copy(update={"text": text_, "sources": list(dict.fromkeys(
                [*answer.sources, entry.source]))})
        return answer

    def _who_sends_told(self, msg: Message, answer: Answer) -> Answer:
        """"… Får chefen också en påminnelse? Och kan hon skicka in själv?": who of an organisation may send its
        response, asked beside another question the parts glue to the story, is told when the answer does not
        (blind batch 49: left out)."""
        folded, language = msg.folded, msg.language
        if answer.topic in ("empty", "greeting", "thanks") or "bekräftade företrädare" in answer.text or (
                "confirmed representatives" in answer.text):
            return answer
        if not _may_ask_who_sends(folded) or not features.asks_who_sends(folded):
            return answer
        enough = bool(re.search(r"\b(?:racker det|is it enough|maste det vara|behover det vara|does it have to be)\b",
                                folded))
        return answer.model_copy(update={"text": f"{answer.text}\n\n{features.who_sends_text(language, enough)}"})

    def _how_to_respond_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vi har fått remissen … Passar det in? Och hur skickar jag in?", "How do we actually answer – is there a
        form?": how to respond in the bot (the `remissvar` command: drafts, submit, receipt), asked of the
        consultation beside other questions, is told when the answer does not (blind batches 51–52: left out while
        the message was answered as its neighbouring question)."""
        folded = msg.folded
        if "hur" not in folded and "how" not in folded:
            return answer       # cheap: most messages ask no how
        if answer.topic in ("empty", "greeting", "thanks", "help") or not _ASKS_HOW_RESPOND.search(folded) or (
                "inspel" in folded or "input" in folded or not _OF_CONSULTATION.search(folded)):
            return answer
        first = _first_question(msg.text)
        m = _ASKS_HOW_RESPOND.search(first)
        asked_first = "?" in msg.text and m is not None and not _CLAUSE_BEFORE.search(first[:m.start()])
        how = self._how_of_topic(msg.text, answer.text, msg.today, msg.language)
        if how is None:
            # Told already; asked first ("Hur svarar man på remissen? Och behöver vi ett politiskt beslut?"), the
            # how goes first rather than after the dates (b62 #28).
            return _how_paragraph_first(answer) if asked_first else answer
        greeting, body = _greeting_apart(answer.text)
        if asked_first and not fold(body).startswith(("nej", "no ", "no,")):
            text = f"{greeting}{how.text}\n\n{body}"
        else:
            text = f"{answer.text}\n\n{how.text}"
        return answer.model_copy(update={"text": text,
                                         "sources": list(dict.fromkeys([*answer.sources, *how.sources]))})

    def _status_of_first(self, msg: Message, answer: Answer) -> Answer:
        """"status på remissvaren?", "what's the status of the responses?": the coordinators' `status` and the tab
        (features.status_of), not a neighbouring answer of the consultation's dates (b65 #57). A message of several
        questions is left as it is."""
        if "status" not in msg.folded or msg.split or answer.topic == "feature.coordinator" or "**status**" in (
                answer.text):
            return answer       # cheap
        u = msg.understanding
        asked = Asked(text=msg.text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=msg.today,
                      language=msg.language)
        told = features.status_of(self.kit, asked, self.contacts)
        if told is None:
            return answer
        greeting, _ = _greeting_apart(answer.text)
        return told.model_copy(update={"text": greeting + told.text})

    def _written_aspects_first(self, msg: Message, answer: Answer) -> Answer:
        """"vem läser det jag skriver?", "Är remissvaren offentliga?", "kan man bifoga ett politiskt beslut?": what
        becomes of what a partner writes (features.written_aspects: the coordinators read it, submitted responses are
        public documents, the form's fields for the decision) leads when the answer does not say it – in the order
        asked, before a stock paragraph of how to respond (b65 #72, #32); after the first paragraph when that answers
        another question first (b66 #89). A "Det vet jag inte" of the same question goes."""
        kinds = features.written_aspects(msg.folded)
        if not kinds:
            return answer       # cheap
        folded_a = fold(answer.text)
        said = {"readers": ("laser samordnarna", "ser samordnarna", "coordinators read", "coordinators see"),
                "public": ("allmanna handlingar", "public documents"),
                "attach": ("protokollsutdrag", "minutes extract", "som fil", "as a file")}
        first_a = fold(_greeting_apart(answer.text)[1].split("\n\n")[0])
        said["receipt"] = ()
        kinds = [k for k in kinds if not any(w in folded_a for w in said[k]) and not (
            k == "receipt" and ("kvitto" in first_a or "receipt" in first_a))]
        if not kinds or kinds == ["receipt"]:
            return answer       # (a receipt asked alone: _receipt_told's)
        greeting, body = _greeting_apart(answer.text)
        if "public" in kinds and features._PUBLISHED.search(msg.folded):
            # Publication already said not to be known ("Underlaget tar inte upp när eller hur … publiceras …"): the
            # public documents told in that paragraph, before what it introduces.
            told = body.split("\n\n")
            at = next((i for i, p in enumerate(told) if re.search(r"publicer|publish", fold(p))), None)
            if at is not None:
                line = features.public_documents(msg.language)
                p = told[at]
                for intro in (" Det som står är:", " What it does say:"):
                    if p.endswith(intro):
                        told[at] = f"{p[:-len(intro)]} {line}{intro}"
                        break
                else:
                    told[at] = f"{p} {line}"
                body = "\n\n".join(told)
                kinds = [k for k in kinds if k != "public"]
                if not kinds:
                    return answer.model_copy(update={"text": greeting + body})
        lines = [features.written_line(k, msg.folded, msg.language) for k in kinds]
        patterns = {"readers": features._WHO_READS, "public": features._PUBLIC, "attach": features._ATTACH,
                    "receipt": features._RECEIPT}
        # (A paragraph that quotes one of these questions and says it is not known is replaced by the line.)
        paragraphs = [p for p in body.split("\n\n") if not (p.startswith(("”", '"', "“")) and any(
            k in fold(p) for k in ("vet jag inte", "i don t know", "not in the material", "star inte i underlaget"))
            and any(patterns[k].search(fold(p)) for k in kinds))]
        if "public" in kinds:
            # ("I don't know … when or how the results are … published": said by the line, not a second time)
            paragraphs = [p for p in paragraphs if not (p.startswith(_KNOWS_NOT_LEAD) and re.search(
                r"publi|offentlig", fold(p)))]
        while paragraphs and paragraphs[0].endswith(":") and len(paragraphs[0]) < 80:
            paragraphs.pop(0)   # ("Det här vet jag om remissvaret:" after a dropped "Det vet jag inte")
        single = len(split_sentences(msg.text)) <= 1 and len(msg.text) < 120 and not msg.split
        if paragraphs and not paragraphs[0].startswith(("”", '"', "“")) and (answer.topic in ("unknown", "unsure") or (
                single and not answer.topic.startswith("feature."))):
            # a guess or a neighbour in its place ("Underlaget säger om det: En remiss är …"); what else the answer
            # tells stays
            paragraphs = paragraphs[1:]
        first = min(_asked_at(patterns[k], msg.folded) for k in kinds)
        # (Another question before it – "…?", or "… sammanställas samt huruvida de offentliggörs" in its sentence –
        # is answered first.)
        before = msg.folded[:first]
        lead = not paragraphs or not ("?" in before or re.search(r"\b(?:samt|och|and|eller|or)\b",
                                                                  re.split(r"[.!:]", before)[-1]))
        if lead:
            text = "\n\n".join([*lines, *paragraphs])
        else:
            text = "\n\n".join([*paragraphs, *lines])    # (after the answers to what was asked before)
        # (The topic stays what the question was read as; what was asked is answered, so the answer is sure.)
        return answer.model_copy(update={"text": greeting + text, "confident": True})

    def _coordinator_commands_first(self, msg: Message, answer: Answer) -> Answer:
        """"Kan du lista alla kommandon för samordnare?", "lista kommandona för samordnare tack": the coordinators'
        commands (features.coordinator_overview), whatever the message was read as – thanks, a role, or who has
        answered (b66 #78) – when the answer does not list them. A message of several questions is left as it is."""
        folded_q = msg.folded
        if ("kommando" not in folded_q and "command" not in folded_q) or msg.split or "**export**" in answer.text or (
                "**personuppgifter**" in answer.text or "**personal data**" in answer.text):
            return answer       # cheap
        u = msg.understanding
        asked = Asked(text=msg.text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=msg.today,
                      language=msg.language)
        told = features.coordinator_overview(self.kit, asked)
        if told is None:
            return answer
        greeting, _ = _greeting_apart(answer.text)
        return told.model_copy(update={"text": greeting + told.text})

    def _privacy_command_first(self, msg: Message, answer: Answer) -> Answer:
        """"En partner undrar vilka personuppgifter boten sparar om henne. Vilket kommando använder jag?": the
        coordinators' `personuppgifter` command (README "In Teams") leads when a command for personal data is asked
        and the answer does not name it (b68 #92: the help text instead)."""
        folded_q = msg.folded
        if ("kommand" not in folded_q and "command" not in folded_q) or "**personuppgifter" in answer.text or (
                "**personal data" in answer.text) or not _PERSONAL_DATA.search(folded_q):
            return answer       # cheap
        if msg.split and not any(("kommand" in x or "command" in x) and _PERSONAL_DATA.search(x)
                                 for x in msg.folded_parts):
            return answer       # (the commands asked of in another part: b62 #90)
        line = features.privacy_command_text(msg.language).rstrip()
        greeting, body = _greeting_apart(answer.text)
        if msg.split:       # (the other questions' answers stay, after it)
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})
        return answer.model_copy(update={"text": greeting + line, "topic": "feature.privacy", "confident": True,
                                         "action": None, "card": None, "suggestions": []})

    def _remiss_document_where(self, msg: Message, answer: Answer) -> Answer:
        """"har remissen kommit ut? var hittar jag den", "Where can I find the consultation document?": the
        consultation's document itself is not in the bot (README: the bot takes the responses), so where it is found
        is not known – said, with the coordinators to ask and `remissvar` for the response (b67 #52: left out)."""
        folded_q = msg.folded
        if ("remis" not in folded_q and "consultation" not in folded_q) or "finns inte i boten" in answer.text or (
                "not in the bot" in answer.text):
            return answer       # cheap
        m = _WHERE_DOCUMENT.search(folded_q)
        if m is None or re.search(r"svar|respon|inspel|input", folded_q[m.start():m.end() + 30]):
            return answer       # (where the response is found: the response's own answers)
        line = t(msg.language, "Själva remissen – förslaget till uppdaterad RUS – finns inte i boten, så var ni hittar "
                               "den vet jag inte; fråga samordnarna. Ert remissvar lämnar ni i chatten med mig: skriv "
                               "**remissvar** när remissen är öppen.",
                 "The consultation document itself – the proposed updated RUS – is not in the bot, so I do not know "
                 "where you find it; ask the coordinators. You give your response here in your chat with me with "
                 "**response** while the consultation is open.")
        line += " " + features._coordinators(self.kit, self.contacts, _msg_asked(msg)).strip()
        greeting, body = _greeting_apart(answer.text)
        before = msg.folded[:m.start()]
        if (not msg.split and answer.topic in ("unknown", "unsure")) or not ("?" in before or re.search(
                r"\b(?:och|samt|and)\b|,", re.split(r"[.!:]", before)[-1])):
            return answer.model_copy(update={"text": greeting + line, "confident": True, "suggestions": []})
        return answer.model_copy(update={"text": f"{greeting}{body}\n\n{line}"})

    def _response_form_told(self, msg: Message, answer: Answer) -> Answer:
        """"Till vem ska remissvaret ställas, och i vilken form ska det inkomma?": to whom the response is addressed
        is not in the material (the consultation goes to the partnership); its form is the bot's response form
        (README `remissvar`) – told when the answer does not (b67 #50: a neighbouring yes instead)."""
        folded_q = msg.folded
        if "svar" not in folded_q and "respon" not in folded_q and "reply" not in folded_q and (
                "remissfrag" not in folded_q and "questions" not in folded_q):
            return answer       # cheap
        to_whom = None if "ställas till anges inte" in answer.text or "addressed to is not" in answer.text or (
            "Till vem remissvaret ska ställas" in answer.text) else _ADDRESSEE.search(folded_q)
        form = _FORM_ASKED.search(folded_q) if "formular" not in fold(answer.text) and (
            "form asks" not in answer.text) and not _EXPORT_WORDS.search(folded_q) else None
        if to_whom is None and form is None:
            return answer
        lang = msg.language
        lines = []
        if to_whom is not None:
            lines.append(t(lang, "Till vem remissvaret ska ställas står inte i underlaget; remissen går till "
                                 "Partnerskapet för regional utveckling.",
                           "Whom the response is to be addressed to is not in the material; the consultation goes to "
                           "the Partnership for Regional Development."))
        if form is not None and _REMISS_QUESTIONS.search(folded_q):
            lines.insert(0, t(lang, "Särskilda remissfrågor anges inte i underlaget; fråga samordnarna om det finns "
                                    "några.",
                              "The material gives no specific consultation questions; ask the coordinators whether "
                              "there are any."))
        if form is not None or to_whom is not None:
            if "formular" not in fold(answer.text) and "form asks" not in answer.text:
                lines.append(t(lang, "Remissvaret lämnar ni här i chatten med mig: skriv **remissvar**, så öppnas "
                                     "formuläret.", "You give the response here in your chat with me: write "
                                                    "**response** and the form opens.")
                             + " " + features._form_text(self.kit, lang))
        text = " ".join(lines[:1]) + ("\n\n" + "\n\n".join(lines[1:]) if lines[1:] else "")
        greeting, body = _greeting_apart(answer.text)
        if answer.topic in ("unknown", "unsure") or (body.startswith(("Ja, **", "Yes, **")) and not is_yes_no(
                msg.text)):
            # (a neighbour's answer in their place goes – "Ja, Handelskammaren får remissen"; the topic stays what the
            # message was read as)
            return answer.model_copy(update={"text": greeting + text, "suggestions": []})
        first = min(m.start() for m in (to_whom, form) if m is not None)
        before = re.split(r"[.!:?]", folded_q[:first])[-1]
        if "?" in folded_q[:first] or re.search(r"\b(?:och|samt|and)\b|,", before):
            return answer.model_copy(update={"text": f"{greeting}{body}\n\n{text}"})   # (asked after another)
        return answer.model_copy(update={"text": f"{greeting}{text}\n\n{body}"})

    def _after_submit_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vad händer med vårt remissvar när vi har skickat in det?": what follows a submission in the bot (README:
        the receipt, the coordinators read it, a new version until the last day, a public document) and what the
        timeline has after the consultation – how the responses are worked on is not in the material (b68 #73: the
        consultation's dates instead)."""
        folded_q = msg.folded
        if ("svar" not in folded_q and "respon" not in folded_q) or ("hand" not in folded_q and "happen" not in
                                                                      folded_q and "sker" not in folded_q):
            return answer       # cheap
        if not _AFTER_SUBMIT.search(folded_q) or "allmänna handlingar" in answer.text or (
                "public documents" in answer.text) or "Hur remissvaren" in answer.text or (
                "How the responses" in answer.text):
            return answer       # (how they are handled said unknown already: b60 #82)
        lang = msg.language
        line = t(lang, "När remissvaret är inskickat får ni ett kvitto här i chatten, och samordnarna ser det och kan "
                       "läsa det (**status** och sidan **Remissvar** i fliken i Teams). Till och med remissens sista "
                       "dag kan ni ändra det och välja **Skicka in ny version**. Inskickade remissvar är allmänna "
                       "handlingar och sparas. Hur remissvaren sedan tas om hand står inte i underlaget.",
                 "Once the response is submitted you get a receipt here in the chat, and the coordinators see it and "
                 "can read it (**status** and the **Remissvar** page of the tab in Teams). Until the consultation's "
                 "last day you can change it and choose **Submit a new version**. Submitted responses are public "
                 "documents and are kept. How the responses are then handled is not in the material.")
        greeting, body = _greeting_apart(answer.text)
        if "regionfullmäktige" in answer.text or "regional council" in answer.text:
            # (the steps after the consultation told already: what the bot does is told after them)
            return answer.model_copy(update={"text": f"{greeting}{body}\n\n{line}"})
        ask = t(lang, "Vad händer efter remissen?", "What happens after the consultation?")
        after = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
        if after.confident and after.topic not in ("unknown", "unsure"):
            line += "\n\n" + _greeting_apart(after.text)[1]
        if msg.split or len(split_sentences(msg.text)) > 1:
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})
        # (the topic stays what the message was read as)
        return answer.model_copy(update={"text": greeting + line, "card": None, "suggestions": []})

    def _others_views_told(self, msg: Message, answer: Answer) -> Answer:
        """"… Och kommer regionen sammanställa alla remissvar så att vi kan se vad andra tyckt?": whether a partner
        sees the others' responses (features.others_answers: not in the bot), asked beside another question, told
        after the answer when it does not – with whether they are compiled not in the material (b68 #78: left out)."""
        folded_q = msg.folded
        if ("andra" not in folded_q and "other" not in folded_q and "ovriga" not in folded_q) or (
                "egen organisations" in answer.text or "own organisation's" in answer.text) or (
                not msg.split and len(split_sentences(msg.text)) < 2):
            return answer       # cheap (a message asking this alone is answered by features.others_answers itself)
        if not _OTHERS_VIEWS.search(folded_q):
            return answer
        ask = t(msg.language, "Kan vi se vad andra organisationer har svarat?",
                "Can we see what other organisations have answered?")
        told = features.others_answers(self.kit, replace(_msg_asked(msg), text=ask), self.contacts)
        if told is None:
            return answer
        text = told.text
        if re.search(r"\bsammanstall\w*|\bcompil\w*", folded_q):
            text = t(msg.language, "Om remissvaren sammanställs står inte i underlaget. ",
                     "Whether the responses are compiled is not in the material. ") + text.replace(
                "Nej, inte i boten: en partner ser", "I boten ser en partner").replace(
                "No, not in the bot: a partner sees", "In the bot a partner sees")
        return answer.model_copy(update={"text": f"{answer.text}\n\n{text}"})

    def _channel_days_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur slår jag på remisspåminnelser i vår kanal och vilka dagar skickas de?": the days the channel's
        reminders go out (features.channel_days), asked in a part that points back ("de") and so was read alone as
        the days left (b65 #40), are told after the answer's first line; the days-left paragraph that answered the
        part instead goes."""
        folded_q = msg.folded
        if not msg.split or ("kanal" not in folded_q and "channel" not in folded_q) or (
                "paminn" not in folded_q and "remind" not in folded_q):
            return answer       # cheap
        u = msg.understanding
        asked = Asked(text=msg.text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=msg.today,
                      language=msg.language)
        days = features.channel_days(self.kit, asked)
        if days is None or days.split(",")[0] in answer.text:
            return answer
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [p for p in body.split("\n\n") if not _DAYS_LEFT_PARAGRAPH.match(p)]
        head, sep, rest = paragraphs[0].partition("\n")
        paragraphs[0] = f"{head} {days}{sep}{rest}"
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _receipt_told(self, msg: Message, answer: Answer) -> Answer:
        """"Will the bot confirm that we've submitted it, and …?": the receipt `remissvar` gives on submission
        (README), asked beside another question, is told when the answer does not (b53 #79: left out)."""
        folded = msg.folded
        if "confirm" not in folded and "bekraft" not in folded and "kvitt" not in folded and "receipt" not in folded:
            return answer       # cheap
        if answer.topic in ("empty", "greeting", "thanks") or "kvitto" in answer.text or "receipt" in answer.text or (
                not _RECEIPT_ASKED.search(folded)) or "organisation" in folded or "koppl" in folded:
            return answer
        line = t(msg.language, "Ja, när ert remissvar skickas in får ni ett kvitto här i chatten med kvittonummer, "
                               "version och tid, och **remissvar** visar sedan ”Inskickat” med datum och kvitto.",
                 "Yes, when your response is submitted you get a receipt here in the chat with a receipt number, "
                 "version and time, and **response** then shows \"Submitted\" with the date and receipt.")
        if msg.split:       # (several questions: the answers keep their order, the receipt's after them)
            return answer.model_copy(update={"text": f"{answer.text}\n\n{line}"})
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})

    def _why_length_told(self, msg: Message, answer: Answer) -> Answer:
        """"Varför är remisstiden så lång i år? Och är det okej att vi skickar in i augusti?": why the consultation is
        as long as it is (the material: whose wish it was) asked beside another question, told when the answer does
        not (b54 #62: the August check answered, the why left out)."""
        folded = msg.folded
        if ("varfor" not in folded and "why" not in folded) or answer.topic.startswith("role."):
            return answer       # cheap
        m = _WHY_LONG.search(folded)
        if m is None:
            return answer
        sentence = next((p for p in split_sentences(msg.text) if _WHY_LONG.search(fold(p))), None)
        if sentence is None or sentence.strip() == msg.text.strip():
            return answer       # (asked alone it was answered as itself)
        why = self._answer_one(sentence, self.understand(sentence, msg.today), msg.today, msg.language)
        if not why.topic.startswith("role.") or not why.text or why.text in answer.text:
            return answer
        line = _greeting_apart(why.text)[1]
        if msg.split:
            return answer.model_copy(update={"text": f"{answer.text}\n\n{line}",
                                             "sources": list(dict.fromkeys([*answer.sources, *why.sources]))})
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}",
                                         "sources": list(dict.fromkeys([*why.sources, *answer.sources]))})

    def _why_over_summer_told(self, msg: Message, answer: Answer) -> Answer:
        """"Midsommar på fredag och då ligger remissen över hela semestern. Varför lägger man den så?": why the
        consultation runs over the summer is answered as why it is as long as it is – whose wish it was (the
        municipalities', through September, input to KC/RD in January 2021), and that no other reason is given
        (b67 #55 gave a stock paragraph on Region Örebro län)."""
        folded_q = msg.folded
        if ("varfor" not in folded_q and "why" not in folded_q) or not _SUMMER.search(folded_q) or (
                "remiss" not in folded_q and "consultation" not in folded_q):
            return answer       # cheap
        if any(w in fold(answer.text) for w in _WISH_SAID):
            return answer
        lang = msg.language
        ask = t(lang, "Varför är remisstiden så lång?", "Why is the consultation period so long?")
        why = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
        if not why.topic.startswith("role.") or not why.text:
            return answer
        line = _greeting_apart(why.text)[1]
        greeting, body = _greeting_apart(answer.text)
        if answer.topic.startswith("role.") or answer.topic in ("unknown", "unsure", "why_review"):
            body = ""       # a stock paragraph on whoever was named ("Typiskt Regionen"), or on why RUS is reviewed,
            #                 answers nothing asked
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *([body] if body else [])]),
                                         "sources": list(dict.fromkeys([*why.sources, *answer.sources]))})

    def _unconfirmed_fix(self, msg: Message, answer: Answer) -> Answer:
        """"Botten säger att jag inte är bekräftad. Vad betyder det och vem fixar det?": the piece asking who fixes
        it names nothing of its own, so the parts miss it; how one gets confirmed (choose the organisation, a
        coordinator confirms) is added when the answer does not tell it (blind batch 49)."""
        text, folded, u, today, language = msg.text, msg.folded, msg.understanding, msg.today, msg.language
        if "bekraft" not in folded and "kopplad" not in folded and "confirmed" not in folded and (
                "linked" not in folded):
            return answer       # cheap
        if not _UNCONFIRMED.search(folded) or not _FIX_ASKED.search(folded) or "**organisation**" in answer.text:
            return answer
        more = self._answer_one(text, replace(u, intent="feature.organisation", sure=True), today, language)
        if not more.confident or not more.text:
            return answer
        return answer.model_copy(update={"text": f"{answer.text}\n\n{_greeting_apart(more.text)[1]}",
                                         "sources": list(dict.fromkeys([*answer.sources, *more.sources]))})

    def _outsider_first(self, msg: Message, answer: Answer) -> Answer:
        """The answer led by whom the consultation goes to when one the process file does not list asks to respond
        ("Vi i Region Värmland vill också lämna remissvar", "får man svara om man inte är med i partnerskapet?"):
        the list, and that whether others may respond is not in the material; a list of the respondents the answer
        gave is not said twice. After a "Nej – …" correcting a claim, second."""
        text, u, language = msg.text, msg.understanding, msg.language
        if answer.topic in ("empty", "greeting", "thanks", "help"):
            return answer
        e = u.entities
        line = people.outsider_lead(self.kit, text, e.unknown_name, bool(e.organisations or e.kind), language)
        if line is None or "Om andra än partnerskapets" in answer.text or "Whether others than the" in answer.text:
            return answer
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [] if answer.topic == "consultation.respondents" else body.split("\n\n")
        if line.startswith(("Inte direkt i boten", "Not directly in the bot")):
            # (a company is told its route, not how a representative submits, b65 #28)
            paragraphs = [p for p in paragraphs if p.startswith(("Nej – ", "No – "))]
        if paragraphs and paragraphs[0].startswith(("Nej – ", "No – ")):
            paragraphs = [paragraphs[0], line, *paragraphs[1:]]
        else:
            paragraphs = [line, *paragraphs]
        return answer.model_copy(update={"text": greeting + "\n\n".join(p for p in paragraphs if p.strip())})

    def _how_bot_works(self, msg: Message, answer: Answer) -> Answer:
        """"Hur funkar den här boten? Kan jag använda status-kommandot …?": what the bot does leads an answer that
        gives only the rest of what the message asks (talk.CAN, the bot's own description)."""
        folded, language = msg.folded, msg.language
        if answer.topic in ("about_bot", "help") or not _HOW_BOT_WORKS.search(folded) or (
                talk.CAN[0][:30] in answer.text or talk.CAN[1][:30] in answer.text):
            return answer
        greeting, body = _greeting_apart(answer.text)
        lead = t(language, "Jag är RUS-boten: " + lower_first(talk.CAN[0]) + " Skriv en fråga med egna ord eller ett "
                           "kommando; **hjälp** listar de kommandon du får använda.",
                 "I am the RUS bot: " + lower_first(talk.CAN[1]) + " Write a question in your own words or a "
                 "command; **help** lists the commands you may use.")
        return answer.model_copy(update={"text": greeting + lead + "\n\n" + body})

    def _what_rus_is(self, msg: Message, answer: Answer) -> Answer:
        """"What is RUS, and why is it being updated?": what RUS is, the process file's first sentence about it,
        leads an answer that gives only the rest of what the message asks."""
        folded, language = msg.folded, msg.language
        if not _ASKS_WHAT_RUS.search(folded):
            return answer
        # A stock "don't know" before a later paragraph saying what RUS is ("vad är rus ens? och vad ska jag göra med
        # den", b68 #42) is not an answer saying it: what RUS is leads instead (the branch below).
        stock = answer.topic == "unknown" and _greeting_apart(answer.text)[1].startswith(_KNOWS_NOT_LEAD)
        if not stock and _SAYS_WHAT_RUS.search(fold(answer.text)):
            return answer
        fact = next((f for f in self.process.facts if f.topic == "rus"), None)
        if fact is None:
            return answer
        first = split_sentences(fact.text.get(language))[:1]
        if not first:
            return answer
        greeting, body = _greeting_apart(answer.text)
        lead = first[0].strip()
        sources = [fact.source, *answer.sources]
        if answer.topic == "unknown" and body.startswith(_KNOWS_NOT_LEAD):
            # "vad e det för rus-grej alla pratar om?" read off-topic: the stock "don't know" gives way to what RUS is
            # and what is being done with it (b60 #58).
            ids = ("mandate-update-not-new", "mandate-keep-structure", "mandate-ready")
            mandate = sorted((f for f in self.process.facts if f.id in ids), key=lambda f: ids.index(f.id))
            text_out = greeting + " ".join([fact.text.get(language), *(f.text.get(language) for f in mandate)])
            if now := self._now_paragraph(msg, text_out):
                text_out += "\n\n" + now
            return answer.model_copy(update={"text": text_out, "topic": "rus", "confident": True,
                                             "sources": [fact.source, *(f.source for f in mandate)]})
        if _WHERE_NOW.search(folded) and (now := self._now_paragraph(msg, body)):
            # "… vad RUS är, varför den uppdateras och var i processen ni är nu?": the third part too (b59 #64).
            body = f"{body}\n\n{now}"
        if body.startswith(("Nej – ", "No – ")):
            # A claim of the message corrected leads ("remissen går bara till kommunerna, stämmer det? Vad är RUS?"):
            # the correction first, what RUS is second, as the other leads after _claim_first do.
            head, _, tail = body.partition("\n\n")
            text_out = greeting + "\n\n".join([head, lead, *([tail] if tail else [])])
        else:
            text_out = greeting + lead + "\n\n" + body
        return answer.model_copy(update={"text": text_out, "sources": sources})

    def _own_use_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"vad är rus ens? och vad ska jag göra med den" (a summer intern, b68 #42): what the asker is to do with RUS
        is not in the material – said, with whom to ask, and how an organisation takes part (input, the consultation
        response) – added when the answer does not say it."""
        folded_q = msg.folded
        if not _OWN_USE_CHEAP.search(folded_q) or not _OWN_USE.search(folded_q):
            return answer
        if any(w in answer.text for w in ("handledare", "supervisor", "Vad just du", "What you yourself")):
            return answer
        line = t(msg.language,
                 "Vad just du ska göra med den står inte i underlaget – fråga din handledare eller den som gav dig "
                 "uppgiften. Vill er organisation påverka uppdateringen lämnar ni förslag som **inspel**, och "
                 "organisationens svar på remissen som **remissvar**.",
                 "What you yourself are to do with it is not in the material – ask your supervisor or whoever gave you "
                 "the task. If your organisation wants to influence the update, it gives proposals as **input**, and "
                 "its answer to the consultation as a **consultation response**.")
        return answer.model_copy(update={"text": f"{answer.text.rstrip()}\n\n{line}"})

    def _principles_told(self, msg: Message, answer: Answer) -> Answer:
        """"varför RUS uppdateras och vilka principer uppdateringen följer" (b67 #90: the why only): the principles
        the material gives – the mandate's (an update, not a new RUS; the structure kept; the partnership involved)
        and the way of working (agile, short lead times, together, update what is necessary) – added when the answer
        does not list the way of working."""
        folded_q = msg.folded
        if ("princip" not in folded_q and "riktlinj" not in folded_q and "guideline" not in folded_q) or (
                not _PRINCIPLES.search(folded_q)):
            return answer       # cheap first; then not "i princip", "in principle"
        ways = self.process.ways_of_working
        lang = msg.language
        if not ways or sum(w.name.get(lang) in answer.text for w in ways) >= 2:
            return answer
        ids = ("mandate-update-not-new", "mandate-keep-structure", "mandate-involve-partnership")
        mandate = sorted((f for f in self.process.facts if f.id in ids), key=lambda f: ids.index(f.id))
        lines = [t(lang, "**Principer för uppdateringen** (uppdraget och arbetssättet i underlaget):",
                   "**Principles of the update** (the mandate and the way of working in the material):")]
        lines += [f"- {f.text.get(lang)}" for f in mandate]
        lines += [f"- **{w.name.get(lang)}** – {lower_first(w.text.get(lang))}" for w in ways]
        sources = list(dict.fromkeys([*answer.sources, *(f.source for f in mandate), *(w.source for w in ways)]))
        greeting, body = _greeting_apart(answer.text)
        if answer.topic in _STOCK_TOPICS and body.startswith(_KNOWS_NOT_LEAD):
            # "vilka principer gäller för uppdateringen?" read off-topic: the principles instead of "don't know"
            return answer.model_copy(update={"text": greeting + "\n".join(lines), "topic": "mandate",
                                             "confident": True, "sources": sources[len(answer.sources):]})
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + "\n".join(lines),
                                         "sources": sources})

    def _meeting_scope_told(self, msg: Message, answer: Answer) -> Answer:
        """"Avser dagens avstämning enbart fas 1 eller även tidplanen för fas 2?" (b67 #30: the timeline card only):
        what the material says the check-in is for – phase 1's result, what is to change, checked with the
        partnership – and that whether phase 2 is taken up there is not in it; said first."""
        folded_q = msg.folded
        if ("fas" not in folded_q and "phase" not in folded_q) or not any(
                w in folded_q for w in ("avstamning", "check-in", "checkin", "check in", "mote", "meeting")):
            return answer       # cheap
        if not (_PHASE_ONE.search(folded_q) and _PHASE_TWO.search(folded_q) and _MEETING_SCOPE.search(folded_q)):
            return answer
        if "hör avstämningen" in answer.text or "check-in belongs" in answer.text:
            return answer
        phase = next((p for p in self.process.phases if p.id == "fas1"), None)
        if phase is None:
            return answer
        lead = t(msg.language,
                 "Enligt underlaget hör avstämningen med partnerskapet till fas 1: resultatet av fas 1 – vad som ska "
                 "ändras – stäms av med partnerskapet. Om tidplanen för fas 2 också tas upp där står inte i "
                 "underlaget, och någon dagordning har jag inte; fråga samordnarna.",
                 "According to the material the check-in belongs to phase 1: the result of phase 1 – what is to "
                 "change – is checked with the partnership. Whether the timeline of phase 2 is taken up there too is "
                 "not in the material, and I have no agenda; ask the coordinators.")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body.lstrip()}",
                                         "sources": list(dict.fromkeys([phase.source, *answer.sources]))})

    def _now_paragraph(self, msg: Message, said: str) -> str:
        """What "Vad händer nu?" answers today, when its first paragraph is not in `said`; "" otherwise."""
        ask = t(msg.language, "Vad händer nu?", "What is happening now?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, msg.language)
        if not more.confident:
            return ""
        now = _greeting_apart(more.text)[1].strip()
        return "" if not now or now.split("\n\n", 1)[0][:60] in said else now

    def _unstated_first(self, msg: Message, answer: Answer) -> Answer:
        """The answer led by what the message asks that the material says nothing of ("Är det ett beslutande organ
        i förvaltningsrättslig mening?", "vem är personuppgiftsansvarig?", "Do I need to attend?"): said plainly
        first, then what the material does say closest to it; after a "Nej – …" correcting a claim, second."""
        text, language = msg.text, msg.language
        if answer.topic in ("empty", "greeting", "thanks", "help"):
            return answer
        found = unstated.lead(self.kit, text, answer.text, language)
        if found is None:
            return answer
        line, paragraphs = found
        body = "\n\n".join(paragraphs)
        greeting, body = _greeting_apart(body)
        # The line goes SECOND, after the answer's first paragraph, when that paragraph answers the message's own
        # question: an aspect asked only beside it ("… och vill veta hur mycket tid vi behöver avsätta", b52 #44); a
        # claim of the message corrected (or a move told said to be unknown, claims._moved; or "Nej, **X** är inte med"
        # of a non-member the story presumed a member, b58 #75); the first question's
        # own yes or no ("Måste det registreras? Och kommer svaret med om det kommer sent?", "Har remissen gått ut?
        # Och går den till registraturen?" – blind batch 52: the later one was left out after a "Nej, …").
        beside = "?" in text and bool(body) and unstated.only_indirect(text) and not body.startswith(
            ("Det vet jag inte", "I don't know", "Nej – ", "No – "))
        if beside or body.startswith(("Nej – ", "No – ", "Underlaget anger ", "The material gives ", "Nej, **",
                                      "No, **")) or (
                body.startswith(("Ja, ", "Yes, ", "Ja: ", "Yes: ", "Nej, ", "No, ")) and not unstated.asks_aspect(
                    next((x for x in split_sentences(text) if "?" in x), text))):
            head, _, tail = body.partition("\n\n")
            if beside or not tail.strip():
                # (what the material says is the answer before the line, or there is nothing after it)
                line = line.replace(" Det som står är:", "").replace(" What it does say:", "")
            text_out = greeting + "\n\n".join([head, line, *([tail] if tail.strip() else [])])
        elif body.startswith(("Nej", "No ", "No,", "No.")):
            return answer       # its own no answers what the message asks ("Can you translate our budget …?")
        else:
            # A bare "Ja." would now answer the aspect said not to be in the material ("… bindande i juridisk
            # mening?", "måste vi …? Vad händer om vi inte svarar?"): it goes, what follows it stays.
            body = re.sub(r"^(?:Ja|Yes)[.:] ", "", body)
            body = body[:1].upper() + body[1:]
            text_out = greeting + "\n\n".join([line, *([body] if body else [])])
        return answer.model_copy(update={"text": text_out})

    def _dated_before_parts(self, msg: Message, answer: Answer) -> Answer:
        """The parts' answer led by the correction of a wrong date the message gives an event outside its questions
        ("Remissen började ju 1 juni, så … Hur många dagar är det kvar? Och …?", b39 #96): the parts are only the
        questions, so the claim before them would go unanswered."""
        if not msg.split:
            return answer       # (one answer to the whole message answers a claim in it itself)
        text, u, today, language = msg.text, msg.understanding, msg.today, msg.language
        asked = Asked(text=text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=today,
                      language=language)
        found = premise.dated_fix(self.kit, asked)
        if found is None or found.verdict not in ("wrong", "unknown") or found.lead in answer.text:
            return answer
        body = answer.text
        greeting, body = _greeting_apart(body)
        sources = list(dict.fromkeys([found.item.source, *answer.sources]))
        if body.startswith(("Nej – ", "No – ")) and found.lead.startswith(("Nej", "No ")) and found.item.name.get(
                language) not in body.partition("\n\n")[0]:
            # "… inklusive Arboga …? Och att den går ut den 1 juni?": the parts' no corrects another claim (who is
            # a member); the wrong date is corrected too, right after it.
            head, _, tail = body.partition("\n\n")
            joined = "\n\n".join([head, found.lead, *([tail] if tail else [])])
            return answer.model_copy(update={"text": greeting + joined, "sources": sources})
        if body.startswith(("Ja", "Yes", "Nej", "No ", "Det vet jag inte", "I don't know")):
            return answer       # the parts' own yes or no (or "I don't know") speaks to the claim already
        return answer.model_copy(update={"text": f"{greeting}{found.lead}\n\n{body}", "sources": sources})

    def _closed_first(self, msg: Message, answer: Answer) -> Answer:
        """The answer led by whether the consultation is closed, or open tonight, when that is asked yes/no beside
        another question ("Remissen är stängd nu va? Vad händer härnäst?", "hinner vi lämna in ikväll eller stängde
        det kl 12?", b49 #76, #77): by the state of the consultation today and the bot's closing time at midnight
        (README "In Teams"). After a "Nej – …" correcting a claim, second; not when the answer says it already."""
        text, folded, today, language = msg.text, msg.folded, msg.today, msg.language
        if answer.topic in ("empty", "greeting", "thanks", "help") or not _CLOSED_CHEAP.search(folded):
            return answer
        # (the consultation's status answers whether it is closed itself, not whether a late response made it)
        line = None if answer.topic == "consultation.status" else consultation.closed_lead(self.kit, text, today,
                                                                                          language)
        late = line is None
        if late:
            # (a response sent late, or about to be: answered by the last day and the closing at midnight)
            line = consultation.late_lead(self.kit, text, today, language)
        if line is None:
            return answer
        said = fold(answer.text)
        if any(w in said for w in ("midnatt", "midnight", "remisstiden ar slut", "period is over", "ar inte stangd",
                                   "has not closed", "pagick", "pagar remissen nu", "consultation is open now")):
            return answer
        greeting, body = _greeting_apart(answer.text)
        if late:
            # (the line answers what a stock "not in the material … what I know of it:" said it could not)
            body = "\n\n".join(p for p in body.split("\n\n") if not p.startswith((
                "Det står inte i underlaget, och jag kan inte svara på det", "The material does not say, and I "
                "cannot answer that")))
        if late and line.startswith(("Det är inte för sent", "It is not too late")):
            # (what "är det kört?" is answered by is the line: an opening "Ja – i dag är sista dagen" would read as
            # a yes to that)
            body = "\n\n".join(p for p in body.split("\n\n") if not p.startswith((
                "Ja – **i dag är sista dagen**", "Yes – **today is the last day**")))
        elif body.startswith(("Nej – ", "No – ")) or (late and body.startswith(("Ja", "Yes", "Nej", "No "))):
            # (of a late response, the answer's own yes or no answers the question before it: "sista dagen är
            # imorgon, eller hur? Går det bra sent på kvällen?")
            head, _, tail = body.partition("\n\n")
            return answer.model_copy(update={"text": greeting + "\n\n".join([head, line, *([tail] if tail else [])])})
        if answer.topic in ("unknown", "unsure"):
            return answer.model_copy(update={"text": greeting + line})  # what it did not know is answered now
        # A bare "I dag är sista dagen" said by the answer is said in full by the line.
        body = "\n\n".join(p for p in body.split("\n\n") if not p.startswith(("**I dag är sista dagen**",
                                                                              "**Today is the last day**")))
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *([body] if body else [])])})

    def _midsummer_first(self, msg: Message, answer: Answer) -> Answer:
        """The answer led by the plan's consultation compared with midsummer when that is asked ("Måste vi svara före
        midsommar?"), unless the answer already speaks of midsummer or leads with a correction."""
        text, today, language = msg.text, msg.today, msg.language
        if "mids" not in text.lower() or answer.topic in ("empty", "greeting", "thanks", "help"):
            return answer
        if answer.topic in ("unknown", "unsure") and not _NAMES_CONSULTATION.search(msg.folded):
            return answer       # "lättar restriktionerna till midsommar?": something else's midsummer, not the plan's
        lead = consultation.midsummer_lead(self.kit, text, today, language)
        if lead is None or "midsommar" in answer.text.lower() or "midsummer" in answer.text.lower():
            return answer
        if claims.leads(self.kit, text, language):
            return answer       # a claim's correction leads
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body}"})

    def _claim_first(self, msg: Message, answer: Answer) -> Answer:
        """The answer led by "Nej – …" when a sentence of the message claims what the process file contradicts
        ("Jag har hört att remissen bara går till kommunerna. Stämmer det?"), wherever in the message the claim
        stands and whichever part the answer answers; a "Ja" that would agree with the claim goes."""
        text, language = msg.text, msg.language
        if answer.topic in ("empty", "greeting", "thanks", "help"):
            return answer
        fixes = claims.leads(self.kit, text, language)
        if not fixes:
            return answer
        body = answer.text
        greeting, body = _greeting_apart(body)
        fix = fixes[0]
        unknown = body.startswith(("Det vet jag inte", "I don't know")) and fix.startswith(("Det står inte", "The mat"))
        corrected = body.startswith(("Nej", "No ", "No,", "No.", "Jo")) or fix in body or unknown
        # Each claim of its own subject is answered once: a second fix of what is corrected already ("Nej – remissen
        # gick ut i mitten av juni …" and "Nej – remissen pågår från mitten av juni …") would only repeat it.
        seen = {_claim_subject(body.split("\n\n")[0])} if corrected else {_claim_subject(fix)}
        more = []
        for f in fixes[1:] if not corrected else fixes:
            if f.startswith(_LAST_DAY_FIX) and _LAST_DAY_SAID.search(body):
                continue        # the answer leads a paragraph with the last day already ("Sista dagen är …")
            if f in body or _said_already(f, body, strict=True) or _claim_subject(f) in seen or (
                    (who := _MEMBER_FIX.match(f)) is not None and f"**{who.group(1)}**" in body):
                continue        # ("Nej – Lekeberg är en av …" after "Nej – även **Lekeberg** är med …": said)
            seen.add(_claim_subject(f))
            more.append(f)
        if corrected:
            # The answer corrects (or says it cannot confirm) a claim already; another claim of the message it
            # leaves standing ("… through November, and the final adoption is by Länsstyrelsen") comes after its
            # first paragraph.
            if not more or unknown or not body.startswith(("Nej", "No ")):
                return answer
            head, _, tail = body.partition("\n\n")
            text_out = greeting + "\n\n".join([head, *more, *([tail] if tail else [])])
            return answer.model_copy(update={"text": text_out})
        if _WRONG_ASKED.search(folded(text)):
            # "Jag trodde remissen höll på till oktober, har jag fel?": asked the other way, "Ja" says it is wrong.
            if body.startswith(("Ja", "Yes")):
                return answer
            fix = re.sub(r"^(?:Nej|No) – ", t(language, "Ja, det stämmer inte: ", "Yes, that is not right: "), fix)
        paragraphs = body.split("\n\n")
        if answer.topic in ("unknown", "unsure"):
            paragraphs = []     # "Det vet jag inte – …" after what the material does say of the claim: said instead
        elif answer.topic == "feature.coordinator" and (answer.confidence or 0.0) < 0.75 and not any(
                _COORDINATOR_ASKED.search(folded(x)) for x in split_sentences(text) if "?" in x):
            # "… regionstyrelsen tar beslut i juni. Har jag fått det om bakfoten? Ska lägga in det i vår
            # årsplanering." (b51 #42): the coordinators' commands were guessed from "lägga in" in a sentence that
            # asks nothing; beside the correction they answer nothing the message asks.
            paragraphs = []
            answer = answer.model_copy(update={"card": None, "action": None})
        elif answer.topic == "feature.organisation" and not _NAMES_LINK.search(folded(text)):
            # The organisation link read from "kan du bekräfta eller dementera?" answers nothing the message asks
            # (b40 #62): its text and its card go.
            paragraphs = []
            answer = answer.model_copy(update={"card": None, "action": None})
        elif answer.topic == "definition" and paragraphs[0].startswith(("RUS står för", "RUS stands for")) and (
                not _ASKS_WHAT_RUS.search(folded(text))):
            # "Beslutet om RUS har skjutits upp … Vad betyder det för oss?" read as what RUS stands for (b54 #96):
            # the claim answered, the abbreviation nobody asked for goes.
            paragraphs = paragraphs[1:]
        elif fix.startswith(("Nej – ", "No – ")) and "**" not in paragraphs[0] and paragraphs[0].startswith((
                "Det står inte i underlaget något om ", "The material says nothing about ")):
            # premise.unknown_first's lead in place of a yes to the claim ("… öppen för allmänheten?" → "Det står inte
            # i underlaget något om allmänheten. … återstår 30 dagar"): the refutation says what the material does
            # say of it, so the yes's remains go as the yes would (b80 #41). (One that names something in bold –
            # "**Handelskammaren** får remissen …" – answers of its own and stays.)
            paragraphs = paragraphs[1:]
        elif paragraphs[0].startswith(("Ja", "Yes")):
            named = re.findall(r"\*\*(.+?)\*\*", paragraphs[0].split("\n")[0])
            asked_first = next((x for x in split_sentences(text) if "?" in x), "")
            if named and not any(fold(n) in fold(f) for n in named for f in fixes) and any(
                    fold(n) in fold(asked_first) for n in named) and len(split_sentences(text)) > 1:
                # "Is RF-SISU part of the partnership? Also, Degerfors … not included?": the yes is to the message's
                # first question, about something the claim does not name; it stays, in the message's order.
                yes = paragraphs[0]
                rest = [p for p in paragraphs[1:] if p.strip() not in fix]
                return answer.model_copy(update={"text": greeting + "\n\n".join([yes, fix, *more, *rest])})
            paragraphs = paragraphs[1:]     # a yes to the claim's question agrees with what is wrong
        # (A paragraph the fix says in full – "Nej – <the partnership's role>" before the role – is not said twice.)
        paragraphs = [p for p in paragraphs if p.strip() not in fix and not any(p.strip() in f for f in more)]
        # A later "Ja: …" answered a part the claim was read into ("Vem bestämmer? Är det kommunstyrelsen?" → "Ja:
        # bland medlemmarna finns 12 kommuner"): after a "Nej – …" the yes reads as agreeing; the fact stays. A "Ja,
        # …:" whose list was said already (a dangling colon) goes whole (b39 #11, #81).
        paragraphs = [_YES_COLON.sub("", p, count=1) for p in paragraphs if not _DANGLING_YES.match(p.strip())]
        paragraphs = [p[:1].upper() + p[1:] for p in paragraphs if p]
        text_out = greeting + "\n\n".join([fix, *more, *paragraphs])
        return answer.model_copy(update={"text": text_out})

    def _covered(self, msg: Message, answer: Answer) -> Answer:
        """The answer with every question of the message in it: "Vem beviljar anstånd, och finns det någon gräns för
        hur långt?" read whole answers who grants; the limit, asked beside it, is answered after it, or said not to be
        in the material, rather than left out without a word (blind batches 29–32: a part of a message left out was
        the most common failure)."""
        text, today, language = msg.text, msg.today, msg.language
        if answer.topic in ("empty", "greeting", "thanks", "help", "unsure") or len(text) > 1200:
            return answer
        marks = text.count("?")
        # (A "?" with a question after it, "har avstämningen varit? va har vi för fas nu", is two questions.)
        if not marks or (marks == 1 and ", " not in text and not any(w in text for w in _JOINING_WORDS)
                         and " o " not in text and not _ASKED_ON.search(text)):
            return answer       # cheap: one question, nothing beside it (a piece counts only if it ends in "?")
        pieces = _pieces(_GREETING.sub("", text, count=1), finer=True)
        # "remissen stängd nu? … vad händer nu o kan vi skicka in nåt": a question ending an unpunctuated message
        # without its "?" is asked all the same, when the message asks with "?" elsewhere (batches 37–38).
        last = pieces[-1][2] if pieces and text.rstrip()[-1:].isalnum() else None
        marked = {term for piece, mark, _ in pieces if mark for term in _each_term(piece)}
        asked = [term for piece, mark, sentence in pieces
                 if (mark or _INDIRECT.search(piece) or (sentence == last and _ASKS_OPENLY.match(piece)))
                 and len(piece.split()) >= 3 and not _META.match(piece)
                 for term in _each_term(piece)]
        # "… när måste vi senast svara, hur gör vi, och …": how, of what the message is about, unless told.
        # (Only beside when or whether the consultation runs: "anstånd – hur gör vi då?", "export … hur gör jag det?"
        # ask how of what was answered, which its answer tells.)
        how_back = answer.topic.startswith("consultation.") and any(
            mark and _asks_how_back(fold(piece).strip(_QUOTES)) for piece, mark, _ in pieces)
        if len(asked) < 2:
            if how_back and (how := self._how_of_topic(text, answer.text, today, language)) is not None:
                return answer.model_copy(update={"text": f"{answer.text}\n\n{how.text}",
                                                 "sources": list(dict.fromkeys([*answer.sources, *how.sources]))})
            return answer
        answered = msg.answered
        intents = {u.intent for u in answered}
        read = [(piece, self.understand(piece, today)) for piece in asked[:_MAX_PARTS + 2]]
        # What the answer is about: the pieces that ask what was answered (the whole message names everything).
        named = {c for _, u in read if u.intent in intents for c in u.entities.concepts}
        families = {_family(i) for i in intents}
        extra: list[str] = []
        sources: list[str] = []
        asked_parts = {x.strip(_QUOTES) for x in msg.folded_parts}
        for piece, u in read:
            if len(answered) + len(extra) >= _MAX_PARTS:
                break
            e = u.entities
            own = e.concepts - _VAGUE
            said = "\n\n".join([answer.text, *extra])
            if (u.intent == "help" and "BOT" in e.concepts and piece in marked and _ASKS_OPENLY.match(piece)
                    and "help" not in intents):
                # "Hur funkar den här boten egentligen?" beside another question: what the bot answers is told too,
                # not left out as a greeting would be (batch 45).
                more = self._answer_one(piece, u, today, language)
                if text_new := _new_paragraphs(more.text, said):
                    extra.append(text_new)
                    intents.add("help")
                continue
            if u.intent in ("empty", "greeting", "thanks", "help") or (
                    _POINTS_BACK.search(fold(piece)) and not own) or _HOW_I_DO.match(fold(piece).strip(_QUOTES)):
                continue        # about what came before ("Stämmer det?", "hur gör vi då?", "hur gör jag som X?")
            if fold(piece).strip(_QUOTES) in asked_parts:
                continue        # answered as a part of its own, known or not
            member = e.organisations and _family(u.intent) == _family("partnership")
            # One answer of a kind that answers all its kind (when things happen, who is in the partnership) answers
            # a piece asking the same; a piece asking another thing of that kind ("vad händer nu?" beside "är
            # remissen stängd?", "vilka är med?" beside "är X med?") is answered unless its answer is said already.
            kind_answered = _family(u.intent) in families and _family(u.intent) in _ONE_ANSWER and u.intent != "role"
            if kind_answered and (not intents & (_WHAT_NOW | {"period", "timeline"}) or (
                    u.intent in _WHAT_NOW and not intents & _WHAT_NOW and _ASKER_DOES.search(fold(piece)))) and (
                    u.intent in _WHAT_NOW or (u.intent == "partnership" and intents == {"organisation"}
                                              and re.search(r"\b(?:vilka|which|who)\b", fold(piece)))):
                kind_answered = False
            if (kind_answered and {x.intent for x in answered} <= {"day"} and u.intent != "day"
                    and e.concepts & {"MEETING", "CONSULT"}):
                # What is going on on a day told is no answer to what happens at an event named ("… den 2 mars …
                # vad ska hända på avstämningen 11 mars?"): the event's own answer is given unless said already.
                kind_answered = False
            if _CONFIRMS.search(fold(piece)) and len(piece.split()) <= 4:
                continue        # "Stämmer datumet?": the reply to what was told confirms or corrects it
            if piece not in marked and not _INDIRECT.search(piece) and u.intent in intents:
                continue        # "status på inspelen? hur många har kommit in": no "?", and read as what was answered
            # A piece naming no topic but read surely ("vad har hänt hittills?") is answered beside a short reply.
            # (A question of the bot's own features read with conviction, "hur får hon behörighet att skicka in det?",
            # is answered beside a long reply too: its answer is the README's, not a guess of the process.)
            clear = own or (u.confidence >= 0.95 and (len(said) < 400 or u.intent.startswith("feature.")))
            # "what should I do now?" read as what comes now, though without conviction: its words say so.
            own_deed = (u.intent in _WHAT_NOW and not intents & _WHAT_NOW and _ASKER_DOES.search(fold(piece))
                        and re.search(r"\b(?:nu|now|harnast|next)\b", fold(piece)) is not None)
            if (u.sure and u.intent != OUT_OF_SCOPE and (clear or own_deed) and not member
                    and not kind_answered
                    and (u.confidence >= 0.9 or (u.confidence >= 0.6 and _family(u.intent) in families)
                         or (u.confidence >= 0.7 and u.intent == "why_review" and "WHY" in own and "REVIEW" in own)
                         or (own_deed and u.confidence >= 0.3))):
                # A piece of a kind answered ("vilken roll har vi som kommun?" beside who decides, "why not a new
                # one?" beside why now) is answered all the same unless what its own answer says is said already:
                # the test is the answer's text, not its kind. (A piece naming a member is most often read as asking
                # whether it is one, beside the question.)
                if (_family(u.intent) in families or own <= named) and _asked_said(piece, said):
                    # Of a kind answered, or about what was: answered when the reply speaks of what it asks ("Kan
                    # jag spara det och skicka in senare?" after "spara utkast … välj Skicka in").
                    continue
                more = self._answer_one(piece, u, today, language)
                if not more.confident or _said_already(more.text.split("\n\n", 1)[0], said, strict=True):
                    if piece in marked and piece != read[0][0] and _own_case(piece, said):
                        # "… – måste vi skriva om våra egna kopplingar till RUS?": the general answer said already
                        # speaks of none of the asker's own case; said unsure, quoted, not left out (blind batch 47).
                        extra.append(_not_sure_line(piece, language))
                    continue    # what it opens with is said: the part is answered
                # Only what is new in it, not the same facts twice.
                more = more.model_copy(update={"text": _new_paragraphs(more.text, said)})
                if not more.text:
                    continue
                extra.append(more.text)
                sources += more.sources
                intents.add(u.intent)
                families.add(_family(u.intent))
                named |= e.concepts
            elif (u.intent == OUT_OF_SCOPE and u.sure and (near := self._near_reading(piece, u, said, families, today,
                                                                               language)) is not None):
                # "Vem sitter i partnerskapet?" read off-topic at 0.51 beside the members at 0.43: what the
                # material says of the near reading is given, not "that is not in the material".
                extra.append(near.text)
                sources += near.sources
                intents.add(near.topic)
                families.add(_family(near.topic))
            elif u.intent == OUT_OF_SCOPE and u.sure and self._not_in_material(piece, u, said, families, answer.topic):
                # Quoted, as the bot cannot say it in other words; what it cannot answer is said, not skipped.
                quoted = piece.rstrip(_QUOTES)
                extra.append(t(language, f"”{quoted}?” – det vet jag inte; det står inte i underlaget.",
                               f"“{quoted}?” – I don't know; that is not in the material."))
            elif piece != read[0][0] and piece in marked and _left_unsure(piece, u, said, intents, families,
                                                                          answer.topic):
                # Neither answered nor read surely enough to answer ("Kan pressen vara med?", "Must our director be
                # present?"): said so, quoted, rather than left out without a word (batches 37–38: a part left out was
                # the most common failure). Not "the material does not say": the bot may have misread it.
                extra.append(_not_sure_line(piece, language))
        if how_back and (how := self._how_of_topic(text, "\n\n".join([answer.text, *extra]), today,
                                                    language)) is not None:
            extra.append(how.text)
            sources += how.sources
        if not extra:
            return answer
        return answer.model_copy(update={"text": "\n\n".join([answer.text, *extra]),
                                         "sources": list(dict.fromkeys([*answer.sources, *sources]))})

    # ---- round 29 (r29about): parts of questions about RUS, the review and the partnership that were left out ----

    def _fact_text(self, topic: str, language: Language, nth: int = 0) -> tuple[str, str]:
        """The process file's nth fact of a topic, as (text, source); ("", "") when there is none."""
        found = [f for f in self.process.facts if f.topic == topic]
        return (found[nth].text.get(language), found[nth].source) if len(found) > nth else ("", "")

    def _way_text(self, way: str, language: Language) -> tuple[str, str]:
        w = next((w for w in self.process.ways_of_working if w.id == way), None)
        return (w.text.get(language), w.source) if w is not None else ("", "")

    def _partnership_beside(self, msg: Message, answer: Answer) -> Answer:
        """"Is the university part of it, and who else is in it?", "vad betyder RUS och vad är 'partnerskapet'?",
        "a two-sentence description of the partnership": who the partnership is and what it does, added when the
        answer does not list its members (b56 #10, b57 #2: the other half left out; b55 #68: a stock text)."""
        folded_q = msg.folded
        if "partner" not in folded_q:
            return answer       # cheap
        describe = bool(_DESCRIBE_PARTNERSHIP.search(folded_q))
        if not describe and not _WHO_ELSE.search(folded_q) and not _WHAT_PARTNERSHIP.search(folded_q):
            return answer
        p, language = self.process, msg.language
        names = join_list([o.name for o in p.organisations], language)
        said = fold(answer.text)
        if (names in answer.text or "samtliga kommuner" in said or "all municipalities" in said) and not (
                describe and answer.topic in _STOCK_TOPICS):
            return answer       # (the members said already, as a list or in the material's own words)
        role = next((r for r in p.roles if fold(r.name.sv) == fold(p.partnership.name.sv)), None)
        name = p.partnership.name.get(language)
        who = t(language, f"{name} består av företrädare (tjänstepersoner) för {names}.",
                f"{name} consists of representatives (officials) of {names}.")
        what = role.text.get(language) if role is not None else ""
        sources = [p.partnership.source, *([role.source] if role is not None else [])]
        if answer.topic in _STOCK_TOPICS and (describe or _greeting_apart(answer.text)[1].startswith(_KNOWS_NOT_LEAD)):
            # (also "what is this partnership people mention?" read off-topic: a stock "don't know" says nothing)
            return answer.model_copy(update={"text": f"{who} {what}".strip(), "topic": "partnership",
                                             "confident": True, "sources": sources})
        extra = who + ("" if not what or fold(what)[:60] in said else " " + what)
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + body + "\n\n" + extra,
                                         "sources": list(dict.fromkeys([*answer.sources, *sources]))})

    # ---- round 33 (r33-roles): roles and membership ----

    def _member_role_told(self, msg: Message, answer: Answer) -> Answer:
        """"Is Länsstyrelsen a decision-maker or just a member?", "vad gör vi där?": a member's yes is not the answer
        to its role – the partnership, the member included, decides what is updated, and regionfullmäktige takes
        the political decision; said after (an either/or: instead of) the bare yes (b66 #97, #11)."""
        folded_q = msg.folded
        if answer.topic != "organisation" or not any(w in folded_q for w in _ROLE_WORDS):
            return answer       # cheap
        if not _ROLE_ASKED.search(folded_q):
            return answer
        greeting, body = _greeting_apart(answer.text)
        lines = body.split("\n\n")[0].split("\n")
        yes = [m for x in lines if (m := _MEMBER_YES.match(x))]
        said = fold(answer.text)
        either = bool(_EITHER_OR.search(folded_q))
        if not yes or (not either and ("beslutar om vad som ska uppdateras" in said
                                       or "decides what is to be updated" in said)):
            return answer
        p, language = self.process, msg.language
        role = self._partnership_role()
        council = next((r for r in p.roles if r.id == "regionfullmaktige"), None)
        if role is None or council is None:
            return answer
        # The member asked about, not the one set against it: "vad har Länsstyrelsen för roll, är vi med och
        # bestämmer eller är det bara regionen?" asks of Länsstyrelsen (b78 #22 answered of the region).
        asked = [m for m in yes if not re.search(
            rf"\b(?:bara|enbart|endast|only|just)\s+(?:\w+\s+){{0,2}}?{re.escape(fold(m.group('x')).split()[0])}",
            folded_q)]
        name = (asked or yes)[-1].group("x")
        partnership = p.partnership.name.get(language)
        told = t(language, f"{partnership} – {name} inräknad – beslutar om vad som ska uppdateras, och "
                           "uppdateringarna förankras med partnerskapet innan de går till politisk förankring och "
                           f"beslut inom Region Örebro län. {council.text.sv}",
                 f"{partnership} – {name} included – decides what is to be updated, and the "
                 "updates are anchored with the partnership before they go to political anchoring and decision "
                 f"within Region Örebro län. {council.text.en}")
        paragraphs = body.split("\n\n")
        if either:
            # "beslutsfattare eller bara medlem?": both halves, not a bare yes to one of them (the yes and a role
            # said already give way to them)
            told = t(language, f"Både och: {name} är medlem, och som medlem är {name} med och beslutar. ",
                     f"Both: {name} is a member, and as a member {name} takes part in deciding. ") + told
            known = fold(role.text.get(language))[:50]
            first = [x for x in lines if not _MEMBER_YES.match(x) and known not in fold(x)]
            rest = [x for x in paragraphs[1:] if known not in fold(x)]
            paragraphs = [told, *(["\n".join(first)] if first else []), *rest]
        else:
            paragraphs.insert(1, told)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs),
                                         "sources": list(dict.fromkeys([*answer.sources, role.source,
                                                                        council.source]))})

    def _member_unexplained(self, msg: Message, answer: Answer) -> Answer:
        """"Vad är RF-SISU och varför är de med?": the material does not describe a member, nor why it takes part,
        beyond its being one of the partnership's members – said first instead of a yes to what was not asked
        (b66 #36)."""
        folded_q = msg.folded
        if answer.topic != "organisation" or not any(w in folded_q for w in ("vad", "vem", "what", "who", "varfor",
                                                                              "why")):
            return answer       # cheap
        greeting, body = _greeting_apart(answer.text)
        m = _MEMBER_YES.match(body)
        if m is None:
            return answer
        name = m.group("x")
        key = re.escape(fold(name))
        what = re.search(rf"\b(?:vad|vem) (?:ar|e|betyder|gor) (?:det for (?:en|ett) )?{key}\b|"
                         rf"\b(?:what|who) (?:is|are|does) (?:the )?{key}\b|\bwhat'?s (?:the )?{key}\b", folded_q)
        why = _WHY_MEMBER.search(folded_q)
        if what is None and (why is None or fold(name) not in folded_q):
            return answer
        language, partnership = msg.language, self.process.partnership.name.get(msg.language)
        asked = t(language, " eller ".join(x for x in (f"vad {name} är" if what else "",
                                                        f"varför {name} är med" if why else "") if x),
                  " or ".join(x for x in (f"what {name} is" if what else "",
                                          f"why {name} takes part" if why else "") if x))
        lead = t(language, f"Underlaget beskriver inte {asked} – bara att {name} är en av medlemmarna i "
                           f"{partnership}.",
                 f"The material does not describe {asked} – only that {name} is one of the members of "
                 f"{lower_first(partnership)}.")
        first, _, rest = body.partition("\n\n")
        first_rest = first.split("\n", 1)[1] if "\n" in first else ""
        text = "\n\n".join(x for x in (lead, first_rest, rest) if x)
        return answer.model_copy(update={"text": greeting + text})

    def _member_as_place(self, msg: Message, answer: Answer) -> Answer:
        """"jag organiserar studiecirklar i Nora. Är bildningsförbundet med?": a municipality named as where the
        asker is ("i Nora", "from Kumla") gets no yes of its own when the question asks of another member (b66
        #11: "Ja, Nora är med" first)."""
        greeting, body = _greeting_apart(answer.text)
        if answer.topic != "organisation" or body.count("**") < 4:
            return answer       # cheap
        first, _, rest = body.partition("\n\n")
        lines = first.split("\n")
        yes = [(x, m.group("x")) for x in lines if (m := _MEMBER_YES.match(x))]
        if len(yes) < 2:
            return answer
        folded_q = msg.folded
        towns = {o.name for o in self.process.organisations if o.kind == "kommun"}
        places = {n for _, n in yes if n in towns
                  and re.search(rf"\b(?:i|fran|pa|utanfor|nara|in|from|near|at)\s+{re.escape(fold(n))}\b", folded_q)
                  and not re.search(rf"\b(?:ar|is|om|far|kan|ska|does|can|are)\s+{re.escape(fold(n))}\b", folded_q)}
        kept = [x for x, n in yes if n not in places]
        if not places or not kept:
            return answer
        first = "\n".join(x for x in lines if not (m := _MEMBER_YES.match(x)) or m.group("x") not in places)
        return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (first, rest) if x)})

    def _municipalities_take_part(self, msg: Message, answer: Answer) -> Answer:
        """"Ska regionen bestämma allt själv eller får kommunerna vara med?": yes first – all the county's
        municipalities are in the partnership, which decides what is updated (b66 #6: the council's decision led)."""
        folded_q = msg.folded
        if "kommun" not in folded_q and "municipal" not in folded_q:
            return answer       # cheap
        if not _MUNICIPALITIES_TAKE_PART.search(folded_q):
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Ja", "Yes", "Alla 12 kommuner", "All 12 municipalities", "Nej", "No")):
            return answer
        p, language = self.process, msg.language
        role = self._partnership_role()
        if role is None:
            return answer
        count = sum(1 for o in p.organisations if o.kind == "kommun")
        partnership = p.partnership.name.get(language)
        lead = t(language, f"Ja – alla {count} kommuner i länet är med i {partnership}, som beslutar om vad som ska "
                           "uppdateras; uppdateringarna förankras med partnerskapet innan de går till politisk "
                           "förankring och beslut inom Region Örebro län.",
                 f"Yes – all {count} municipalities of the county are in {lower_first(partnership)}, which "
                 "decides what is to be updated; the updates are anchored with the partnership before they go to "
                 "political anchoring and decision within Region Örebro län.")
        role_text = fold(role.text.get(language))[:50]
        rest = [x for x in body.split("\n\n") if role_text not in fold(x)]
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *rest]), "confident": True,
                                         "sources": list(dict.fromkeys([*answer.sources, role.source]))})

    def _run_over_answered(self, msg: Message, answer: Answer) -> Answer:
        """"Är inte det här bara ett sätt för Regionen att köra över kommunerna?", "isn't the region just
        steamrolling the municipalities?": the claim is met with what the material says – all the county's
        municipalities are in the partnership, which decides what is updated (b67 #2 left it unanswered). Added after
        the answer (the claim is most often told beside another question), or leading when nothing else answers it."""
        folded_q = msg.folded
        # (Each needed by _RUN_OVER; "over " with its space, so "översyn" does not pass.)
        if not any(w in folded_q for w in ("over ", "overkor", "steamroll", "bulldoz", "overrid", "overrul", "race")):
            return answer       # cheap
        claim = _RUN_OVER.search(folded_q)
        if claim is None or not any(w in folded_q for w in ("region", "kommun", "municipal", "rus")):
            return answer
        # Leading when the claim is the message's first question ("Isn't the region just steamrolling …?").
        first = re.search(r"[.!?]", folded_q[claim.end():])
        leads = first is not None and first.group(0) == "?" and "?" not in folded_q[:claim.start()]
        said = fold(answer.text)
        if "alla 12 kommuner" in said or "all 12 municipalities" in said:
            return answer
        p, language = self.process, msg.language
        role = self._partnership_role()
        if role is None:
            return answer
        count = sum(1 for o in p.organisations if o.kind == "kommun")
        partnership = p.partnership.name.get(language)
        line = t(language, "Att regionen skulle köra över kommunerna är inte hur underlaget beskriver det: alla "
                           f"{count} "
                           f"kommuner i länet är med i {partnership}, som beslutar om vad som ska uppdateras, och "
                           "uppdateringarna förankras med partnerskapet innan de går till politisk förankring och "
                           "beslut inom Region Örebro län.",
                 f"That the region would override the municipalities is not how the material describes it: all "
                 f"{count} municipalities of the county are in {lower_first(partnership)}, which decides what is to "
                 "be updated, and the updates are anchored with the partnership before they go to political "
                 "anchoring and decision within Region Örebro län.")
        greeting, body = _greeting_apart(answer.text)
        role_text = fold(role.text.get(language))[:50]
        rest = [x for x in body.split("\n\n") if role_text not in fold(x)]
        if not answer.confident or answer.topic in ("unknown", "unsure") or not rest:
            text = greeting + line
        elif leads:
            text = greeting + "\n\n".join([line, *rest])
        else:
            text = greeting + "\n\n".join([*rest, line])
        return answer.model_copy(update={"text": text, "confident": True,
                                         "sources": list(dict.fromkeys([*answer.sources, role.source]))})

    def _pace_decided_told(self, msg: Message, answer: Answer) -> Answer:
        """"Och vem är det som har bestämt att det ska gå så här fort?", "who set this pace?": who decided the
        timeline is not in the material; what it does say is told – the leadership's mandate (ready at the end of
        2021), the proposed timeline presented to KC/RD in January 2021 with the municipalities' wish, and the short
        lead times of the working method (b67 #26 got the council's decision instead). After the answer's first
        paragraph, or first when the answer is only the stock of who decides."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("vem", "vilka", "who")) or not any(w in folded_q for w in (
                "fort", "snabb", "tempo", "takt", "brattom", "tidplan", "tidsplan", "pace", "speed", "fast", "rush",
                "hurr", "timeline", "schedule", "timetable", "deadline")):
            return answer       # cheap
        asked = _WHO_SET_PACE.search(folded_q)
        if asked is None or "förslaget till tidplan" in answer.text or (
                "proposed timeline" in answer.text):
            return answer
        p, language = self.process, msg.language
        wanted = ("mandate-ready", "kcrd-januari-2021", "korta-ledtider")
        found: dict[str, str] = {x.id: x.source for x in p.facts if x.id in wanted}
        found.update({x.id: x.source for x in p.timeline if x.id in wanted})
        found.update({x.id: x.source for x in p.ways_of_working if x.id in wanted})
        if len(found) < len(wanted):
            return answer
        line = t(language, "Vem som bestämde tidplanen och tempot anges inte i underlaget. Det som står är att "
                           "regionledningens "
                           "uppdrag är en uppdaterad RUS klar i slutet av 2021, att förslaget till tidplan "
                           "presenterades för KC/RD i januari 2021 – då kommunerna önskade remiss till och med "
                           "september – och att arbetssättet har korta ledtider för att klara tidplanen: täta "
                           "avstämningar och underlag med kortare framförhållning än normalt.",
                 "Who set the timeline and its pace is not in the material. What it says is that the regional "
                 "leadership's mandate "
                 "is an updated RUS ready at the end of 2021, that the proposed timeline was presented to KC/RD in "
                 "January 2021 – when the municipalities wished for a consultation through September – and that the "
                 "working method has short lead times to keep the timeline: frequent check-ins and material with "
                 "shorter notice than usual.")
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        council = next((r for r in p.roles if r.id == "regionfullmaktige"), None)
        stock = answer.topic == "decision" or (council is not None and paragraphs[0].startswith(
            council.text.get(language)))
        if stock or not answer.confident or answer.topic in ("unknown", "unsure"):
            paragraphs = [line]
        elif "?" not in folded_q[:asked.start()]:
            paragraphs = [line, *paragraphs]        # the message's first question
        else:
            paragraphs.insert(1, line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs), "confident": True,
                                         "sources": list(dict.fromkeys([*answer.sources,
                                                                        *found.values()]))})

    def _steps_after_told(self, msg: Message, answer: Answer) -> Answer:
        """"Kan ni bekräfta detta samt redogöra för de efterföljande stegen?": the steps after the consultation,
        asked for in so many words beside another question or a claim, are told when the reply has not told them
        (b74 #67: a wrong decider refuted, the steps asked for left out)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("steg", "steps", "moment", "hander", "happens", "sker")):
            return answer       # cheap
        if not premise.steps_asked(folded_q) or answer.topic == "next":
            return answer
        said = fold(answer.text)
        item = self.process.consultation_item
        if item is None:
            return answer
        after = [i for i in self.process.timeline[self.kit.index[item.id] + 1:] if i.kind == "step"]
        if not after or all(fold(i.name.sv) in said or fold(i.name.get("en")) in said for i in after):
            return answer       # the reply lists them already
        then = premise.after_consultation(self.kit, msg.language)
        if then is None or fold(then) in said:
            return answer
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + then})

    def _time_left_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur lång tid har vi på oss, och kommer landsbygdsfrågorna att finnas med?": the time left to respond,
        asked in a sentence with another question that the reply answered alone, is told after the reply's first
        paragraph (b73 #37: the time left out beside a premise and a question of content)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("pa oss", "pa er", "time do", "long do", "days do")):
            return answer       # cheap
        asked = _TIME_LEFT_ASKED.search(folded_q)
        if answer.topic == "consultation.days_left" or asked is None:
            return answer
        target = _TIME_TO.match(folded_q[asked.end():])
        if target is not None and not re.search(r"remiss|consultation|svar|respon|yttra|sista|last|deadline",
                                                target.group(1)):
            return answer       # "… på oss till avstämningen?", "… att läsa det?": the time to another step or task
        if self.kit.consultation_state(msg.today) == "after":
            return answer       # (after the last day the reply about it says so; no count to add)
        said = fold(answer.text)
        if "kvar" in said or "days left" in said or "sista dag" in said or "last day" in said or re.search(
                r"\b\d+ (?:dagar|days)\b", said):
            return answer
        lang = msg.language
        ask = t(lang, "Hur lång tid har vi på oss att svara på remissen?",
                "How much time do we have to respond to the consultation?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
        if not more.confident or more.topic != "consultation.days_left":
            return answer
        line = _greeting_apart(more.text)[1].strip()
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        # After the first paragraph and the asides in brackets that go with it ("(Region Örebro län är remissens
        # avsändare …)"), before what answers the next part.
        # (A correction leading the reply, "Nej – remissen går till …", goes with the paragraph after it.)
        first = next((n for n, x in enumerate(paragraphs) if not x.startswith(("Nej – ", "No – "))), 0)
        at_ = next((n for n in range(first + 1, len(paragraphs)) if not paragraphs[n].startswith("(")),
                   len(paragraphs))
        paragraphs.insert(at_, line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _phase_count_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur många faser blir det, och stämmer det att remissen går ut i april?": the number of phases, asked in
        one sentence with another question the reply answers, is told after it (b79 #6: the April premise refuted,
        the count left out – the sentence is read whole, as the consultation's dates)."""
        folded_q = msg.folded
        if "hur manga" not in folded_q and "how many" not in folded_q:
            return answer       # cheap
        if answer.topic == "phases" or not _PHASE_COUNT.search(folded_q):
            return answer
        said = fold(answer.text)
        if re.search(r"\b(?:2|tva|two) (?:faser|phases)\b", said):
            return answer       # told already
        ask = t(msg.language, "Hur många faser har uppdateringen?", "How many phases does the update have?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, msg.language)
        if more.topic != "phases" or not more.confident:
            return answer
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + _greeting_apart(more.text)[1],
                                         "sources": list(dict.fromkeys([*answer.sources, *more.sources]))})

    def _asked_beside_thanks(self, msg: Message, answer: Answer) -> Answer:
        """"tack för idag bot, du är bäst 😄 har du nåt bra fikatips i Örebro?": a question asked beside thanks gets
        a reply too – its own answer when the bot has one, else said plainly to be outside what the bot knows
        (b79 #29: "Varsågod!" alone, the question ignored)."""
        if answer.topic != "thanks" or "?" not in msg.text:
            return answer       # cheap
        pieces = [x.strip() for x in _THANKS_SPLIT.split(msg.text) if x and x.strip()]
        # (A farewell put as a question – "ses nästa år?", "see you soon?" – asks nothing: b38 #65.)
        asked = [x for x in pieces if x.endswith("?") and _content(x) and not _FAREWELL.match(fold(x))
                 and "THANKS" not in self.understand(x, msg.today).entities.concepts]
        if not asked:
            return answer
        piece = asked[-1]
        u = self.understand(piece, msg.today)
        more = self._answer_one(piece, u, msg.today, msg.language)
        if more.confident and more.topic not in ("unknown", "unsure", "thanks", "greeting", "empty", "help"):
            line = _greeting_apart(more.text)[1]
        else:
            quoted = piece.strip(_QUOTES).rstrip("?")
            line = t(msg.language, f"”{quoted}?” – det kan jag inte hjälpa till med: jag svarar bara på frågor om "
                                   "uppdateringen av RUS och tar emot inspel och remissvar.",
                     f"“{quoted}?” – I can't help with that: I only answer questions about the update of RUS and take "
                     "input and consultation responses.")
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + line})

    def _minutes_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vad kom ni fram till? Och finns det något protokoll jag kan läsa?": the minutes asked in a question of
        their own beside a meeting's outcome – the part read alone as off-topic and dropped – are told with the
        outcome: none in the material, none the bot can show (b79 #30). Only where the reply says the outcome is not
        in the material."""
        if not any(w in msg.folded for w in ("protokoll", "anteckning", "minutes", "notes")):
            return answer       # cheap
        if not meetings.asks_minutes(msg.text):
            return answer       # (minutes named in a question: "I hennes anteckningar står det …" asks none)
        plain = (t(msg.language, "Vad som kom fram eller beslutades på mötet står inte i underlaget; fråga "
                                 "samordnarna.",
                   "What came out of the meeting or was decided there is not in the material; ask the "
                   "coordinators."))
        if plain not in answer.text:
            return answer
        told = t(msg.language, "Vad som kom fram eller beslutades på mötet står inte i underlaget, och något protokoll "
                               "eller några minnesanteckningar från mötet har jag inte; fråga samordnarna.",
                 "What came out of the meeting or was decided there is not in the material, and I have no minutes or "
                 "notes from it; ask the coordinators.")
        return answer.model_copy(update={"text": answer.text.replace(plain, told, 1)})

    def _updated_text_when(self, msg: Message, answer: Answer) -> Answer:
        """"…och när får vi se den uppdaterade versionen?" beside another question: when the updated text is shown is
        not in the material; what the plan says of the way there is (b79 #90: the part read at little conviction and
        left out). Added after the reply, with the steps after the consultation from the plan."""
        folded_q = msg.folded
        if "uppdater" not in folded_q and "updated" not in folded_q and "nya" not in folded_q and "new" not in folded_q:
            return answer       # cheap
        if not _SEE_UPDATED.search(folded_q):
            return answer
        said = fold(answer.text)
        if "uppdaterade texten" in said or "updated text" in said:
            return answer       # told already
        then = premise.after_consultation(self.kit, msg.language)
        if then is None:
            return answer
        line = t(msg.language, "När ni får se den uppdaterade texten anger tidplanen inte; fråga samordnarna. ",
                 "The timeline does not say when you will see the updated text; ask the coordinators. ") + then
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + line})

    def _impact_told(self, msg: Message, answer: Answer) -> Answer:
        """"… och hur säkerställer ni att näringslivets perspektiv får genomslag i slutversionen?" beside another
        question: what the material says of how the responses are carried on (the partnership decides what is
        updated; the steps after the consultation) and that it promises no impact, when the reply left the question
        out (b74 #63: a joint response answered, the impact ignored)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in _IMPACT_CHEAP):
            return answer       # cheap
        if answer.topic == "influence" or not any(
                _IMPACT_ASKED.search(x) and _IMPACT_OF.search(x) for x in re.split(r"(?<=[.?!])\s+", folded_q)):
            return answer       # ("hinner man ta hänsyn till den [nya nationella strategin]?" asks of no views)
        said = fold(answer.text)
        if "forankras med partnerskapet" in said or "anchored with the partnership" in said:
            return answer       # the reply tells how the partnership carries the updates on
        lang = msg.language
        role = next((r for r in self.process.roles if r.id == self.rules.partnership_role), None)
        then = premise.after_consultation(self.kit, lang)
        if role is None or then is None:
            return answer
        lines = [role.text.get(lang), then,
                 t(lang, "Hur de enskilda remissvaren vägs in, eller att ett visst perspektiv får genomslag i den "
                         "uppdaterade RUS, står inte i underlaget – fråga samordnarna.",
                   "How each consultation response is weighed, or any assurance that a particular perspective makes "
                   "it into the updated RUS, is not in the material – ask the coordinators.")]
        paragraphs = answer.text.rstrip().split("\n\n")
        # The question quoted as not known ("”hur ser ni till att … beaktas?” – det vet jag inte") gives way to what
        # the material does say of it.
        quoted = next((n for n, x in enumerate(paragraphs) if x.startswith(("”", "“", '"'))
                       and _IMPACT_ASKED.search(fold(x))), None)
        if quoted is not None:
            paragraphs[quoted] = " ".join(lines)
        else:
            paragraphs.append(" ".join(lines))
        return answer.model_copy(update={"text": "\n\n".join(paragraphs)})

    def _guessed_decider(self, msg: Message, answer: Answer) -> Answer:
        """"Vem fattar det slutliga beslutet – regionstyrelsen?", "who decides in the end, the county board?": a
        who-decides question with a guess after it gets the guess refuted (or agreed with) before the council's
        decision (b66 #27: RF named without a "not regionstyrelsen")."""
        folded_q = msg.folded
        if "?" not in msg.text or not any(w in folded_q for w in ("vem", "vilk", "who")):
            return answer       # cheap
        m = _WHO_DECIDES_GUESS.search(msg.text)
        if m is None:
            return answer
        guess = m.group("x").strip()
        folded_guess = fold(guess)
        if "partner" in folded_guess or _NOT_A_BODY.search(folded_guess):
            return answer       # (the partnership decides what is updated: no plain no; "… och när?" is no guess)
        greeting, body = _greeting_apart(answer.text)
        council = next((r for r in self.process.roles if r.id == "regionfullmaktige"), None)
        if council is None:
            return answer
        own = council.text.get(msg.language)
        if not body.startswith(own):
            return answer
        language = msg.language
        if _COUNCIL_GUESS.search(folded_guess):
            lead = t(language, "Ja – ", "Yes – ") + lower_first(own)
        else:
            lead = t(language, f"Nej – inte {guess}: ", f"No – not {guess}: ") + lower_first(own)
        return answer.model_copy(update={"text": greeting + lead + body[len(own):]})

    def _own_member_before_stranger(self, msg: Message, answer: Answer) -> Answer:
        """"Jag är distriktschef på RF-SISU: är vi med i partnerskapet, eller är det bara Riksidrottsförbundet?": the
        asker's own organisation, a member, gets its yes first, before the no to the other name (b65 #30: "Nej,
        Riksidrottsförbundet är inte med" led, RF-SISU only in the list)."""
        greeting, body = _greeting_apart(answer.text)
        if not body.startswith(("Nej", "No")) or not _WE_ASKED_IN.search(msg.folded) or not _STRANGER_NO.match(body):
            return answer       # cheap
        folded_q = msg.folded
        named = [o for o in self.process.organisations
                 if re.search(rf"\b{re.escape(fold(o.name))}\b", folded_q) and f"**{o.name}**" not in body]
        # ("RF-SISU Örebro län": the organisation, not the town in its name)
        named = [o for o in named if o.kind != "kommun"] or named
        if len(named) != 1:
            return answer
        language, partnership = msg.language, self.process.partnership.name.get(msg.language)
        lead = t(language, f"Ja, **{named[0].name}** är med i {partnership}.",
                 f"Yes, **{named[0].name}** is a member of {lower_first(partnership)}.")
        return answer.model_copy(update={"text": greeting + lead + "\n\n" + body,
                                         "sources": list(dict.fromkeys([*answer.sources, named[0].source]))})

    def _own_member_before_member(self, msg: Message, answer: Answer) -> Answer:
        """"Jag jobbar på Örebro läns bildningsförbund. Är vi med i partnerskapet, eller är det bara RF-SISU?": the
        asker's own organisation is what "vi" asks of; when the answer's yes names only the other member, the own one
        leads and the other is said beside it (b80 #19: "Ja, RF-SISU är med", the bildningsförbund never told)."""
        greeting, body = _greeting_apart(answer.text)
        if not body.startswith(("Ja, **", "Yes, **")) or not _WE_ASKED_IN.search(msg.folded):
            return answer       # cheap
        language, partnership = msg.language, self.process.partnership.name.get(msg.language)
        m = re.match(r"(?:Ja|Yes), \*\*([^*\n]+)\*\* (?:är med i|is a member of) ([^\n.]+)\.", body)
        if m is None or fold(m.group(2)) != fold(t(language, partnership, lower_first(partnership))) or (
                body[m.end():].strip() and not body[m.end():].startswith("\n\n")):
            return answer       # (one yes alone in its paragraph: a list of yeses is another answer's)
        folded_q = msg.folded
        # (A town's name before "län" or "universitet" – "RF-SISU Örebro län", "Örebro University" – is not the
        # municipality.)
        found = [o for o in self.process.organisations if re.search(
            rf"\b{re.escape(fold(o.name))}\b(?! (?:lans?|universit\w*)\b)", folded_q)]
        # ("Örebro" inside "Örebro läns bildningsförbund" or "Region Örebro län" is no organisation of its own)
        found = [o for o in found if not any(o2 is not o and fold(o.name) in fold(o2.name) for o2 in found)]
        named = [o for o in found if f"**{o.name}**" not in body]
        if len(named) != 1 or len(found) != 2:
            return answer
        own, other = named[0], m.group(1)
        lead = t(language, f"Ja, **{own.name}** är med i {partnership} – och det är **{other}** också.",
                 f"Yes, **{own.name}** is a member of {lower_first(partnership)} – and so is **{other}**.")
        return answer.model_copy(update={"text": greeting + lead + body[m.end():],
                                         "sources": list(dict.fromkeys([*answer.sources, own.source]))})

    def _response_no_decision(self, msg: Message, answer: Answer) -> Answer:
        """"Is our consultation response a decision on the strategy, or just input?", "är vårt remissvar bindande?":
        no – a response is the organisation's answer to the consultation (glossary), and the political decision on
        the updated RUS is the regional council's (its role) – said first (b80 #67: how to submit led, the no never
        said)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("remissvar", "response", "svar pa remiss")):
            return answer       # cheap
        if not _RESPONSE_DECIDES.search(folded_q) or "formal" in folded_q or "formell" in folded_q:
            return answer       # (a formal decision point: its own answer says the material does not cover it)
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Nej", "No")):
            return answer
        council = next((r for r in self.process.roles if r.id == "regionfullmaktige"), None)
        if council is None:
            return answer
        language = msg.language
        lead = t(language, "Nej – remissvaret är er organisations svar på remissen, inget beslut om strategin: ",
                 "No – the consultation response is your organisation's answer to the consultation, not a decision on "
                 "the strategy: ") + lower_first(council.text.get(language))
        paragraphs = [p for p in body.split("\n\n") if p.strip() != council.text.get(language)]
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *paragraphs]),
                                         "sources": list(dict.fromkeys([*answer.sources, council.source]))})

    def _company_concerned(self, msg: Message, answer: Answer) -> Answer:
        """"does it concern my company at all?", "berör RUS vårt företag?": how RUS affects a single firm is not in the
        material; firms are not members themselves, Handelskammaren is – added when the answer says nothing of firms
        (b65 #20: left out beside what RUS is)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("foretag", "firma", "bolag", "company", "business", "firm")):
            return answer       # cheap
        if not _CONCERNS_FIRM.search(folded_q):
            return answer
        said = fold(answer.text)
        if "foretag" in said or "compan" in said or "business" in said:
            return answer
        chamber = next((o for o in self.process.organisations if fold(o.name) == "handelskammaren"), None)
        if chamber is None:
            return answer
        partnership = self.process.partnership.name.get(msg.language)
        line = t(msg.language, f"Hur RUS berör enskilda företag säger inte underlaget. Företag är inte själva med i "
                               f"{partnership}; {chamber.name} är en av medlemmarna.",
                 "How RUS affects individual companies is not in the material. Companies are not members of "
                 f"{lower_first(partnership)} themselves; {chamber.name} (the Chamber of Commerce) is one of the "
                 "members.")
        if answer.topic in _STOCK_TOPICS:
            return answer.model_copy(update={"text": line, "topic": "organisation", "confident": True,
                                             "sources": [chamber.source]})
        return answer.model_copy(update={"text": answer.text + "\n\n" + line,
                                         "sources": list(dict.fromkeys([*answer.sources, chamber.source]))})

    def _representative_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"Who represents us?", "vem är deras representant?": the material names no person representing an
        organisation – said, for that part (b58 #31, b56 #55: left out)."""
        folded_q = msg.folded
        if "represent" not in folded_q and "foretrad" not in folded_q and "sit" not in folded_q:
            return answer       # cheap
        if not _WHO_REPRESENTS.search(folded_q) and not _WHO_SITS.search(folded_q):
            return answer
        said = fold(answer.text)
        if ("inte i underlaget" in said or "not in the material" in said) and (
                "foretrad" in said or "represent" in said or "person" in said):
            return answer
        line = t(msg.language, "Vilka personer som företräder organisationerna i partnerskapet står inte i underlaget; "
                               "fråga samordnarna.",
                 "Who represents each organisation in the partnership is not in the material; ask the coordinators.")
        if answer.topic == "unknown":
            return answer.model_copy(update={"text": line})
        return answer.model_copy(update={"text": answer.text + "\n\n" + line})

    def _rf_not_sisu(self, msg: Message, answer: Answer) -> Answer:
        """"Det står 'RF' i tidplanen – är det vi på RF-SISU?": RF there is regionfullmäktige, not RF-SISU; and "sport
        has no seat of its own, it is represented through Länsstyrelsen": RF-SISU is itself a member. Both corrected
        first (b55 #48, b57 #69: the premise left standing)."""
        folded_q, language = msg.folded, msg.language
        if "sisu" not in folded_q and "idrott" not in folded_q and "sport" not in folded_q:
            return answer       # cheap
        p = self.process
        sisu = next((o for o in p.organisations if "sisu" in fold(o.name)), None)
        if sisu is None:
            return answer
        partnership = lower_first(p.partnership.name.get(language))
        greeting, body = _greeting_apart(answer.text)
        if _RF_TOKEN.search(msg.text) and _IS_IT_US.search(folded_q):
            council = next((r for r in p.roles if "RF" in r.name.sv), None)
            if council is None or "regionfullmaktige" in fold(body.split("\n\n")[0]):
                return answer
            lead = t(language, f"Nej – ”RF” i tidplanen står för regionfullmäktige. {council.text.sv} "
                               f"{sisu.name} är med i {partnership} och deltar tidigare i processen, bland annat i "
                               "avstämningen och remissen.",
                     f"No – \"RF\" in the timeline stands for the regional council (regionfullmäktige). "
                     f"{council.text.en} {sisu.name} is a member of {partnership} and takes part "
                     "earlier, in the check-in and the consultation among other things.")
            rest = "" if answer.topic in ("organisation", "unknown") and "samordnarna" in fold(body) and len(
                body) < 200 else body
            return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (lead, rest) if x),
                                             "confident": True,
                                             "sources": list(dict.fromkeys([*answer.sources, council.source,
                                                                            sisu.source]))})
        if _SPORT_NOT_SEATED.search(folded_q) and not body.startswith(("Nej – ", "No – ")):
            lead = t(language, f"Nej – {sisu.name} är själv med i {partnership}, vid sidan av Länsstyrelsen; "
                               "idrotten företräds inte via Länsstyrelsen enligt underlaget.",
                     f"No – {sisu.name} is itself a member of {partnership}, beside Länsstyrelsen; according to "
                     "the material sport is not represented through Länsstyrelsen.")
            if body.startswith(("Ja. ", "Yes. ")):
                body = body.split(" ", 1)[1]
            return answer.model_copy(update={"text": greeting + lead + "\n\n" + body,
                                             "sources": list(dict.fromkeys([*answer.sources, sisu.source]))})
        return answer

    def _review_or_update(self, msg: Message, answer: Answer) -> Answer:
        """"Översyn eller uppdatering – är det samma sak?": the material uses both words – RUS is reviewed every
        mandate period, and this review is an update, not a new RUS (b55 #60: a stock text about the source)."""
        folded_q, language = msg.folded, msg.language
        if "oversyn" not in folded_q and "review" not in folded_q:
            return answer       # cheap
        if not (("uppdater" in folded_q or "update" in folded_q or "revision" in folded_q)
                and _SAME_OR_WHICH_WORD.search(folded_q)):
            return answer
        said = fold(answer.text)
        if "bada orden" in said or "both words" in said or "oversyn eller uppdatering betyder" in said or (
                "review or update here means" in said):
            return answer       # (the glossary's own answer to the two words)
        new, src_new = self._fact_text("mandate", language, 2)
        keep, src_keep = self._way_text("uppdatering", language)
        text = t(language, "Underlaget använder båda orden: RUS ses över (översyn) varje mandatperiod, och den här "
                           "översynen görs som en uppdatering – processen heter ”uppdatering RUS”.",
                 "The material uses both words: RUS is reviewed (översyn) every mandate period, and this review is "
                 "carried out as an update (uppdatering) – the process is called \"uppdatering RUS\".")
        way = t(language, "Arbetssättet är att ", "The way of working is to ") + lower_first(keep) if keep else ""
        text += f" {new} {way}".rstrip()
        sources = [s for s in (src_new, src_keep) if s]
        if answer.topic in _STOCK_TOPICS:
            return answer.model_copy(update={"text": text, "topic": "mandate", "confident": True,
                                             "sources": sources})
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + text + "\n\n" + body,
                                         "sources": list(dict.fromkeys([*sources, *answer.sources]))})

    def _regular_review(self, msg: Message, answer: Answer) -> Answer:
        """"Is the review something that happens regularly or a one-off because of Covid?": RUS is reviewed every
        mandate period; this time the leadership also gave events in the world as the reason (b58 #43: the events
        without the "regularly")."""
        folded_q, language = msg.folded, msg.language
        often = _HOW_OFTEN.search(folded_q)
        how_often = often is not None and not _NOT_THE_REVIEW.search(often.group(0))
        if not how_often and not (_REGULAR_OR_ONCE.search(folded_q) and _OF_REVIEW.search(folded_q)):
            return answer
        said = fold(answer.text)
        if ("mandatperiod" in said or "mandate period" in said) and not (how_often and (
                answer.text.startswith("- ") or answer.topic in _STOCK_TOPICS)):
            return answer       # (a stock list of the mandate, or a "don't know", does not say how often: b60 #95)
        rus, source = self._fact_text("rus", language)
        every = split_sentences(rus)[1:2]
        if not every:
            return answer
        every = ["RUS " + every[0].strip().split(" ", 1)[1]]      # ("Den ses över …": RUS named, not "den")
        if how_often:
            lead = t(language, f"En gång per mandatperiod: {every[0]}", f"Once per mandate period: {every[0]}")
            greeting, body = _greeting_apart(answer.text)
            update: dict[str, object] = {}
            if answer.topic in _STOCK_TOPICS or answer.text.startswith("- "):
                body = ""       # (the mandate's stock list, or a "don't know", answers nothing asked)
                update = {"topic": "rus", "confident": True}
            return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (lead, body) if x),
                                             "sources": list(dict.fromkeys([source, *answer.sources])), **update})
        lead = t(language, f"Översynen är återkommande: {every[0]} Den här gången gav "
                           "regionledningen också händelser i omvärlden som skäl till översynen.",
                 f"It happens regularly: {every[0]} This time the regional leadership also "
                 "gave events in the world as the reason for the review.")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + lead + "\n\n" + body,
                                         "sources": list(dict.fromkeys([source, *answer.sources]))})

    def _new_rus_first(self, msg: Message, answer: Answer) -> Answer:
        """"Har hört att den ska göras om helt från början", "… riva upp allt igen", "i sin helhet eller en begränsad
        uppdatering?", in a message answered in parts or read as another topic: the premise of a new RUS is corrected
        first (not a new RUS, the structure kept) and said once, or – of a later review – only what the material gives
        of it (b61 #2, #4, b62 #1, #52, #77); the rest follows."""
        fix = premise.new_rus_claim(self.kit, msg.text, msg.folded, msg.language)
        if fix is None:
            return answer
        greeting, body = _greeting_apart(answer.text)
        if fix.startswith(premise.FUTURE_LEAD):
            # Of a later review, this update's mandate would read as the answer about it: the fix alone.
            paragraphs: list[str] = []
        else:
            head = fold(fix.split(" – ", 1)[-1].split(";")[0])
            paragraphs = [x for x in body.lstrip().split("\n\n") if x.strip()]
            if any(head in fold(x) for x in paragraphs) and not paragraphs[0].startswith(("Ja, ", "Yes, ")):
                fix = ""    # said already where its part is answered: the order of the parts is kept
            # The mandate said again in prose after the fix ("Men uppdraget sätter ramen: det är inte en ny RUS …");
            # a list of the mandate's facts stays (the reasons and the partnership's part are in it).
            first = next((i for i, x in enumerate(paragraphs) if head in fold(x)), -1) if not fix else -1
            paragraphs = [x for i, x in enumerate(paragraphs) if x == fix or i == first or not (
                head in fold(x) and "\n- " not in x and not x.startswith("- "))]
            if fix:
                paragraphs = [x for x in paragraphs if x != fix]
            # Two parts corrected alike ("… en helt ny strategi, så ska vi tycka till om allt från början?"): once.
            seen: set[str] = set()
            kept = []
            for x in paragraphs:
                key = re.sub(r"^(?:nej|no) – ", "", fold(x))
                if key not in seen:
                    kept.append(x)
                seen.add(key)
            paragraphs = kept
            # "RUS ses över varje mandatperiod; när nästa översyn blir …" read from "riva upp allt igen": the review
            # every period answers why, the next review is not asked.
            paragraphs = [re.sub(r"; (?:när nästa översyn blir anges inte i underlaget|when the next review will "
                                 r"be is not in the material)\.", ".", x) for x in paragraphs]
        if paragraphs and paragraphs[0].startswith(("Ja, ", "Yes, ")):
            # A yes to the rest would agree with the premise: the facts stand, the yes goes.
            rest = paragraphs[0].split(", ", 1)[1]
            paragraphs[0] = rest[:1].upper() + rest[1:]
        body = "\n\n".join(x for x in (fix, *paragraphs) if x)
        if fold(body) == fold(_greeting_apart(answer.text)[1].strip()):
            return answer
        sep = "\n\n" if body.startswith("- ") else " "
        return answer.model_copy(update={"text": f"{greeting.strip()}{sep}{body}" if greeting.strip() else body})

    def _which_committees_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vilka nämnder behandlar ärendet innan regionfullmäktige?", "which committees handle it?": the material says
        only "nämnderna", never which. Read as the purpose ("ärendet") or answered in parts, the reply gave the slide
        deck's purpose or the generic "nämnderna" and never said they are not named (b78 #84). Said first when it is
        the one question, else after the other answers; the purpose paragraph goes unless a purpose was asked."""
        folded_q = msg.folded
        if "namnd" not in folded_q and "committee" not in folded_q:
            return answer       # cheap
        if not _WHICH_COMMITTEES.search(folded_q) or any(x in answer.text for x in _COMMITTEES_UNNAMED):
            return answer
        steps = [i for i in self.process.timeline if i.kind == "step" and "namnd" in fold(i.name.sv)]
        if not steps:
            return answer       # (the plan has no committees' step: nothing to say of them)
        lang = msg.language
        line = t(lang, "Vilka nämnder det är anges inte i underlaget; där står bara att det blir politisk förankring "
                       "i nämnderna före beslutet i regionfullmäktige.",
                 "Which committees is not in the material; it only says there is political anchoring in the "
                 "committees before the decision in the regional council.")
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        if any(p.startswith(("”", "“")) and ("nämnd" in p or "committee" in p) for p in paragraphs):
            return answer       # ("”vilka nämnder är inblandade?” – det vet jag inte": said of the words asked)
        if not _PURPOSE_ASKED.search(folded_q):
            paragraphs = [p for p in paragraphs if not p.startswith(_PURPOSE_LEADS)]
        paragraphs = [p for p in paragraphs if p.strip()]
        sources = list(dict.fromkeys([*answer.sources, steps[0].source]))
        update: dict[str, object] = {"sources": sources}
        if answer.topic == "purpose" and not paragraphs:
            update |= {"topic": "political"}
        # Said first when it is the one question; after a premise refuted ("Nej – RF beslutar …") or the other
        # questions' answers otherwise.
        last = msg.split or msg.text.count("?") > 1 or (paragraphs and paragraphs[0].startswith(_YES_NO_LEADS))
        text = "\n\n".join([*paragraphs, line] if last else [line, *paragraphs])
        return answer.model_copy(update={"text": greeting + text, **update})

    def _rf_meant_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vad är RUS, vad är RF och varför uppdaterades den i år?": read whole as why RUS is reviewed, what RUS is
        was added but what RF is was left out, and the first sentence answered the last question (b78 #89). What RUS
        is leads when asked, then what RF stands for (the definition's own answer), then the rest."""
        if "rf" not in msg.folded or not re.search(r"\brf\b", msg.folded):
            return answer       # cheap ("… eller är det bara RF-SISU?" names no RF of its own)
        said = answer.text.lower()
        # (Told already when the reply spells RF out – "Regionfullmäktige (RF)", "(regionfullmäktige, RF)" – or, short
        # of that, names the council where RF-SISU is not the other reading asked about.)
        spelled_out = any(w in said for w in ("(rf)", ", rf)", "rf står för", "rf stands for"))
        if not _RF_ASKED.search(msg.folded) or spelled_out or (
                ("regionfullmäktige" in said or "regional council" in said) and "rfsisu" not in msg.folded):
            return answer
        ask = t(msg.language, "Vad står RF för?", "What does RF stand for?")
        rf = self._answer_one(ask, self.understand(ask, msg.today), msg.today, msg.language)
        if not rf.confident or not rf.text.startswith("RF "):
            return answer
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        first = []
        if _RUS_ASKED.search(msg.folded):
            first = [p for p in paragraphs if p.startswith(_RUS_MEANT_LEADS)][:1]
        rest = [p for p in paragraphs if p not in first]
        if re.search(r"rf[ -]?sisu", msg.folded):
            # (RF against RF-SISU: the member's yes would read as a yes to "is that RF-SISU?"; the definition says
            # what RF-SISU is.)
            rest = [p for p in rest if not p.startswith(("Ja, **RF-SISU**", "Yes, **RF-SISU**"))]
        text = "\n\n".join([*first, rf.text.split("\n\n")[0], *rest])
        return answer.model_copy(update={"text": greeting + text,
                                         "sources": list(dict.fromkeys([*answer.sources, *rf.sources]))})

    def _committees_first_told(self, msg: Message, answer: Answer) -> Answer:
        """"… och går det via nämnderna först?", "kommer nämnderna före RF?", "does it go to the committees before
        the council?": yes – the timeline has the political anchoring in the committees before the council's decision;
        said when the answer does not (b62 #50: "Nej – det politiska beslutet fattas av RF" before it)."""
        folded_q = msg.folded
        if ("namnd" not in folded_q and "committee" not in folded_q) or not (
                found := _VIA_COMMITTEES_FIRST.search(folded_q)) or _EITHER_ORDER.search(folded_q):
            return answer
        sentence = re.split(r"[.?!]", folded_q[:found.start()])[-1]
        if re.search(r"\b(?:vilka|vilken|vilket|hur|nar|vem|which|what|how|when|who)\b", sentence):
            return answer       # "vilka nämnder ska RUS gå till innan RF?" asks which, not whether
        timeline = self.process.timeline
        steps = [i for i in timeline if i.kind == "step" and "namnd" in fold(i.name.sv)]
        decision = [i for i in timeline if i.kind == "decision"]
        if not steps or not decision or timeline.index(steps[0]) > timeline.index(decision[-1]):
            return answer
        lang = msg.language
        if re.search(r"(?:^|\n)(?:Ja|Yes)[ ,–-]+[^\n]*(?:nämnd|committee)", answer.text):
            return answer
        step, final = steps[0].name.get(lang), decision[-1].name.get(lang)
        line = t(lang, f"Ja – det går via nämnderna först: enligt tidplanen kommer **{step}** före **{final}**.",
                 f"Yes – it goes through the committees first: in the timeline **{step}** comes before **{final}**.")
        sources = list(dict.fromkeys([*answer.sources, steps[0].source]))
        if not msg.split:
            # The one question asked is this yes/no: the yes leads.
            greeting, body = _greeting_apart(answer.text)
            greeting = f"{greeting.strip()} " if greeting.strip() else ""
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body.lstrip()}", "sources": sources})
        return answer.model_copy(update={"text": f"{answer.text}\n\n{line}", "sources": sources})

    def _why_not_new(self, msg: Message, answer: Answer) -> Answer:
        """"Why only revise instead of writing a new one?", "måste vi hålla oss till strukturen eller kan vi föreslå
        en helt ny?": the mandate – not a new RUS but updates, the structure kept, what is necessary updated – said
        first (b56 #50: "rationale not in the material"; b58 #41: an opening "Ja, förslag lämnar ni som inspel")."""
        folded_q, language = msg.folded, msg.language
        if not _INSTEAD_CHEAP.search(folded_q):
            return answer       # cheap
        if not _INSTEAD_OF_NEW.search(folded_q) or answer.text.startswith(("Nej – ", "No – ")) or (
                _greeting_apart(answer.text)[1].startswith(("Nej – ", "No – "))):
            return answer       # (a claim of a new RUS is corrected first already)
        new, src_new = self._fact_text("mandate", language, 2)
        keep, src_keep = self._way_text("uppdatering", language)
        rus, src_rus = self._fact_text("rus", language)
        why, src_why = self._fact_text("mandate", language, 0)
        every = split_sentences(rus)[1:2]
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [x for x in body.split("\n\n") if not _UNKNOWN_RATIONALE.search(fold(x))]
        why_asked = "varfor" in folded_q or "why" in folded_q
        if why_asked and paragraphs and paragraphs[0].startswith("- ") and answer.topic == "mandate":
            paragraphs = paragraphs[1:]     # the mandate's stock list says the same without answering why (b59 #72)
        if paragraphs and paragraphs[0].startswith(("Ja, förslag", "Yes, proposals")):
            paragraphs[0] = paragraphs[0].split(", ", 1)[1]
            paragraphs[0] = paragraphs[0][:1].upper() + paragraphs[0][1:]
        way = t(language, "Arbetssättet är att ", "The way of working is to ") + lower_first(keep) if keep else ""
        lead = f"{new} {way}".strip()
        if fold(new)[:30] in fold(paragraphs[0] if paragraphs else "") and not body.startswith(("Ja", "Yes")):
            lead = ""
        # (a later paragraph saying the same mandate again: "Men uppdraget sätter ramen: det är inte en ny RUS …")
        paragraphs = [x for i, x in enumerate(paragraphs) if not (lead and i and fold(new)[:30] in fold(x))]
        regular = "RUS " + lower_first(every[0].strip()).split(" ", 1)[1] if every else ""
        reason = f"{regular} {why}"
        said = fold(" ".join(paragraphs))
        if fold(why)[:40] in said:
            reason = ""
        head = " ".join(x for x in (lead, reason.strip()) if x)
        if not head:
            return answer
        if not paragraphs and why_asked:
            if lead and head.startswith(new):
                head = t(language, "Så lyder regionledningens uppdrag: ",
                         "That is the regional leadership's mandate: ") + lower_first(head)
            head += t(language, " Några andra skäl än regionledningens uppdrag ger underlaget inte.",
                      " The material gives no reasons beyond the regional leadership's mandate.")
        return answer.model_copy(update={"text": greeting + "\n\n".join([head, *paragraphs]),
                                         "sources": list(dict.fromkeys([src_new, src_keep, src_rus, src_why,
                                                                        *answer.sources]))})

    def _drivers_named(self, msg: Message, answer: Answer) -> Answer:
        """"And what triggered it?", "Which external developments does the region point to?": the events in the
        world the material lists, by name – not only "events in the world" (b59 #22), nor a "don't know" (b60 #32);
        and that how each of them changes the strategy is not said, when that is asked."""
        folded_q, language = msg.folded, msg.language
        if not _DRIVERS_CHEAP.search(folded_q):
            return answer
        more = _MORE_REASONS.search(folded_q) is not None and not _NOT_REVIEW_REASONS.search(folded_q)
        if not more and not _ASKS_DRIVERS.search(folded_q):
            return answer
        drivers = self.process.drivers
        if not drivers:
            return answer
        greeting, body = _greeting_apart(answer.text)
        stock = answer.topic in _STOCK_TOPICS and body.startswith(_KNOWS_NOT_LEAD)
        said = "" if stock else fold(answer.text)
        lines = []
        if fold(drivers[0].text.sv)[:25] not in said and fold(drivers[0].text.get(language))[:25] not in said:
            lines.append(t(language, "**Händelser i omvärlden bakom översynen:**\n",
                           "**Events in the world behind the review:**\n")
                         + "\n".join(f"- {d.text.get(language)}" for d in drivers))
        if more and "mandatperiod" not in said and "mandate period" not in said:
            rus, _ = self._fact_text("rus", language)
            if split_sentences(rus)[1:2]:
                lines.insert(0, t(language, "Dessutom ses RUS över varje mandatperiod.",
                                  "Besides, RUS is reviewed every mandate period."))
        if _HOW_EACH_CHANGES.search(folded_q) and "star inte i underlaget" not in said and (
                "not in the material" not in said):
            lines.append(t(language, "Hur var och en av dem ska ändra strategin står inte i underlaget: vad som ska "
                                     "uppdateras identifieras i fas 1, och partnerskapet beslutar om det.",
                           "How each of them will change the strategy is not in the material: what is to be updated "
                           "is identified in phase 1, and the partnership decides on it."))
        if not lines:
            return answer
        why, src_why = self._fact_text("mandate", language, 0)
        sources = [src_why, *(d.source for d in drivers)]
        if stock:
            text = greeting + "\n\n".join([why, *lines])
            return answer.model_copy(update={"text": text, "topic": "why_review", "confident": True,
                                             "sources": sources})
        return answer.model_copy(update={"text": "\n\n".join([answer.text, *lines]),
                                         "sources": list(dict.fromkeys([*answer.sources, *sources]))})

    def _driver_not_stock(self, msg: Message, answer: Answer) -> Answer:
        """"Is the structural funds period you refer to 2021–2027 or 2021–2028?": one of the events behind the review
        named, answered with a stock text (the bot's self-description for "you refer to", b63 #36): what the material
        says of that event instead."""
        if answer.topic not in _STOCK_TOPICS or not self.process.drivers or not _WHICH_YEARS.search(msg.folded):
            return answer       # cheap: only a stock answer to a question of an event's years is replaced
        if facts.driver_named(msg.text, self.process.drivers) is None:
            return answer
        u = replace(msg.understanding, intent="why_review")
        more = self._answer_one(msg.text, u, msg.today, msg.language, check_dates=False)
        if more.topic != "why_review":
            return answer
        greeting, _ = _greeting_apart(answer.text)
        return more.model_copy(update={"text": greeting + _greeting_apart(more.text)[1], "confident": True})

    def _recipients_told(self, msg: Message, answer: Answer) -> Answer:
        """"Who is it sent to – only the municipalities?": the consultation goes to the Partnership for Regional
        Development, all its members (the plan's own step name) – in place of a "can't answer that" of that part, or
        first when the answer does not name them (b64 #52, #78)."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer       # cheap
        only = _ONLY_MUNICIPALITIES.search(folded_q) is not None
        if not only and not _WHO_RECEIVES.search(folded_q):
            return answer
        if "RF-SISU" in answer.text or "går till Partnerskapet" in answer.text or (
                "goes to the Partnership" in answer.text):
            return answer       # (the members, or the partnership as the recipient, told already)
        language = msg.language
        # (the bot's own answer of who receives it: the partnership, its remissinstanser, the Region as sender)
        ask = t(language, "Vilka får remissen?", "Who receives the consultation?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, language)
        if more.topic != "consultation.respondents":
            return answer
        told = more.text.split("\n\n")
        line = "\n\n".join([told[0], *(x for x in told[1:2] if x.startswith("(") and x not in answer.text
                                       and "Region Örebro län" not in answer.text.split("\n\n")[0])])
        if only:
            line = t(language, "Nej, inte bara kommunerna. ", "No, not only the municipalities. ") + line
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        unsure = [i for i, x in enumerate(paragraphs) if x.startswith(("”", "“")) and (
            "kan jag inte svara säkert" in x or "can't answer that with certainty" in x or "det vet jag inte" in x
            or "I don't know" in x) and (
            _WHO_RECEIVES.search(fold(x)) or _ONLY_MUNICIPALITIES.search(fold(x)))]
        if unsure:
            paragraphs[unsure[0]] = line
        else:
            paragraphs.insert(0, line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs),
                                         "sources": list(dict.fromkeys([*answer.sources, *more.sources]))})

    def _unsure_feature_told(self, msg: Message, answer: Answer) -> Answer:
        """A question of a message told "det kan jag inte svara säkert på" that, read alone, asks what the bot itself
        does ("3) Vem ska vi skicka svaret till?": the response is sent here, with **remissvar**) gets that answer in
        place of the line: the bot's own features are documented, so "can't say" of them is evasive (b79 #32, the
        part read at too little conviction beside two others). Only a feature reading that its answerer answers
        with conviction and in its own topic, and only when the reply does not say it already."""
        if "inte svara säkert" not in answer.text and "with certainty from the material" not in answer.text:
            return answer       # cheap
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        sources = list(answer.sources)
        changed = False
        for i, x in enumerate(paragraphs):
            m = _UNSURE_LINE.match(x)
            if m is None:
                continue
            piece = m.group(1)
            u = self.understand(piece, msg.today)
            if _SENT_TO_WHOM.search(fold(piece)):
                # "vem ska vi lämna vårt svar till?" read as who receives the consultation: where the response goes
                # is the bot's own remissvar, whatever the reading.
                u = replace(u, intent="feature.remissvar", confidence=max(u.confidence, 0.5), sure=True)
            if not (u.sure and u.intent in _FEATURE_NAMED and u.confidence >= 0.3) or not _FEATURE_NAMED[
                    u.intent].search(fold(piece)):
                continue    # (the feature's own thing named: "ska vi skicka in nåt skriftligt innan?" is no response)
            more = self._answer_one(piece, u, msg.today, msg.language)
            if not more.confident or more.topic != u.intent:
                continue
            first = _greeting_apart(more.text)[1].split("\n\n")[0]
            if not first or first in body or first.rstrip().endswith(":"):
                continue
            paragraphs[i] = first
            sources += more.sources
            changed = True
        if not changed:
            return answer
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs),
                                         "sources": list(dict.fromkeys(sources))})

    def _structure_meant(self, msg: Message, answer: Answer) -> Answer:
        """"Vad innebär det konkret att strukturen ska behållas?", "what does keeping the structure mean in
        practice?": what the material says of it – not a new RUS, the structure kept and the most necessary updated
        so RUS stays current – and that it does not describe the current RUS's structure (b64 #18: what RUS stands
        for instead)."""
        folded_q = msg.folded
        if ("struktur" not in folded_q and "structur" not in folded_q) or not _STRUCTURE_MEANT.search(folded_q):
            return answer
        said = fold(answer.text)
        if "nodvandigaste" in said or "necessary" in said:
            return answer
        language = msg.language
        new, src_new = self._fact_text("mandate", language, 2)
        way, src_way = self._way_text("uppdatering", language)
        if not new or not way:
            return answer
        way = lower_first(way).rstrip(".")
        lead = t(language, f"{new} Arbetssättet är att {way}. Hur nuvarande RUS är uppbyggd – dess delar och mål – "
                           "beskriver inte underlaget, och mer konkret än så säger det inte vad som behålls.",
                 f"{new} The way of working is to {way}. How the current RUS is built up – its parts and goals – the "
                 "material does not describe, and it says nothing more concrete about what is kept.")
        greeting, body = _greeting_apart(answer.text)
        sources = list(dict.fromkeys([src_new, src_way, *answer.sources]))
        if answer.topic in _STOCK_TOPICS or answer.topic in ("rus", "definition"):
            # (what RUS stands for, or a "don't know", answers nothing asked)
            return answer.model_copy(update={"text": greeting + lead, "topic": "mandate", "confident": True,
                                             "sources": sources})
        return answer.model_copy(update={"text": greeting + lead + "\n\n" + body, "sources": sources})

    def _not_all_different(self, msg: Message, answer: Answer) -> Answer:
        """"Kommer den se helt annorlunda ut? Vad är det som faktiskt ändras?": no – an update, not a new RUS, the
        structure kept and what is necessary updated; which changes it will be the material does not say (b60 #89:
        a stock "don't know")."""
        folded_q, language = msg.folded, msg.language
        if not any(w in folded_q for w in _DIFFERENT_CHEAP) or not _ALL_DIFFERENT.search(folded_q):
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Nej", "No ", "No,", "No –")):
            return answer
        new, src_new = self._fact_text("mandate", language, 2)
        keep, src_keep = self._way_text("uppdatering", language)
        if not new or not keep:
            return answer
        lead = t(language, "Nej – ", "No – ") + lower_first(new) + t(
            language, " Arbetssättet är att ", " The way of working is to ") + lower_first(keep)
        lines = [lead]
        if _WHAT_CHANGES.search(folded_q):
            lines.append(t(language, "Vilka ändringarna blir står inte i underlaget: vad som ska ändras identifieras "
                                     "i fas 1, och partnerskapet för regional utveckling beslutar om vad som ska "
                                     "uppdateras.",
                           "Which changes it will be is not in the material: what is to change is identified in "
                           "phase 1, and the Partnership for Regional Development decides what is to be updated."))
        sources = [src_new, src_keep]
        if answer.topic in _STOCK_TOPICS and body.startswith(_KNOWS_NOT_LEAD):
            return answer.model_copy(update={"text": greeting + "\n\n".join(lines), "topic": "mandate",
                                             "confident": True, "sources": sources})
        return answer.model_copy(update={"text": greeting + "\n\n".join([*lines, body]),
                                         "sources": list(dict.fromkeys([*sources, *answer.sources]))})

    def _word_meant(self, msg: Message, answer: Answer) -> Answer:
        """"vad är politisk förankring för nåt?", "what is political anchoring?": a glossary word asked as a thing
        by the whole message gets its meaning first, when the answer gives a neighbouring text instead (b59 #81)."""
        if len(msg.folded) > 80:
            return answer       # cheap: only short messages are one word asked
        greeting, body = _greeting_apart(answer.text)
        # A definition that says the glossary's own word is not explained ("vad e "skrivfas" för nåt i tidplanen?":
        # «skrivfas» read with the clause after it, round 34) gives way to the glossary's meaning.
        unexplained = answer.topic == "definition" and body.startswith(_NOT_EXPLAINED)
        if answer.topic == "rus" or (answer.topic == "definition" and not unexplained):
            return answer
        found = _WHAT_IS_WORD.match(_WORD_QUOTES.sub("", msg.folded).strip()) or _GLOSSARY_WORD_ALONE.match(
            _WORD_QUOTES.sub("", msg.folded).strip())
        if found is None:
            return answer
        asked = " ".join(tokens(found.group("x")))
        entry = self._glossary_by_words.get(asked)
        if entry is None:
            return answer
        meaning = entry.text.get(msg.language)
        if unexplained:
            return answer.model_copy(update={"text": greeting + meaning, "sources": [entry.source]})
        opening = " ".join(tokens(fold(body[:40])))
        if fold(meaning)[:40] in fold(answer.text) or f" {asked} " in f" {opening} ":
            return answer       # (an answer that opens with the word asked is about it: "Regionfullmäktige (RF) …")
        return answer.model_copy(update={"text": greeting + meaning + "\n\n" + body,
                                         "sources": list(dict.fromkeys([entry.source, *answer.sources]))})

    def _cannot_told(self, msg: Message, answer: Answer) -> Answer:
        """"vilka frågor kan du inte svara på?" read off-topic: what the bot cannot help with, rather than the stock
        "don't know" (the help intent's answerer says the same, talk.cannot)."""
        if answer.topic not in _STOCK_TOPICS or len(msg.folded) > 120 or not _greeting_apart(answer.text)[1].startswith(
                _KNOWS_NOT_LEAD):
            return answer       # cheap
        text = talk.cannot_text(self.kit, msg.text, msg.language)
        if not text:
            return answer
        return answer.model_copy(update={"text": text, "topic": "about_bot", "confident": True})

    def _who_asked_told(self, msg: Message, answer: Answer) -> Answer:
        """"How often is RUS reviewed, and who actually asked for this review?": the regional leadership gave the
        mandate – added when the answer does not name it (b60 #8: the who left out)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in _WHO_ASKED_CHEAP) or not _WHO_ASKED.search(folded_q):
            return answer
        said = fold(answer.text)
        if "regionledning" in said or "regional leadership" in said:
            return answer
        why, source = self._fact_text("mandate", msg.language, 0)
        if not why:
            return answer
        body = _greeting_apart(answer.text)[1]
        if answer.topic in _STOCK_TOPICS and body.startswith(_KNOWS_NOT_LEAD):
            return answer       # (what is asked is not the review's mandate: left to the "don't know")
        return answer.model_copy(update={"text": f"{answer.text}\n\n{why}",
                                         "sources": list(dict.fromkeys([*answer.sources, source]))})

    def _new_goals_open(self, msg: Message, answer: Answer) -> Answer:
        """"'Behåll strukturen' – betyder det att vi inte kan föreslå nya mål? Vem avgör?": not a flat no – the
        structure is kept and what is necessary updated, whether new goals may come is not said, the partnership
        decides what is updated and the regional council decides (b57 #45: a categorical "Nej")."""
        folded_q, language = msg.folded, msg.language
        if "mal" not in folded_q and "goal" not in folded_q:
            return answer       # cheap
        if not _NEW_GOALS.search(folded_q) or not _PROPOSE.search(folded_q) or _NEW_RUS.search(folded_q):
            return answer       # (of "blir det en ny RUS med nya mål?" the premise of a new RUS is corrected)
        greeting, body = _greeting_apart(answer.text)
        if "nya mål" in body or "new goals" in body:
            return answer
        keep, src_keep = self._way_text("uppdatering", language)
        keep = t(language, "Arbetssättet är att ", "The way of working is to ") + lower_first(keep) if keep else ""
        new, src_new = self._fact_text("mandate", language, 2)
        role = next((r for r in self.process.roles if fold(r.name.sv) == fold(self.process.partnership.name.sv)), None)
        council = next((r for r in self.process.roles if "RF" in r.name.sv), None)
        lines = [new, keep, t(language, "Om nya mål kan komma med står inte i underlaget.",
                              "Whether new goals can be added is not in the material.")]
        if _WHO_DECIDES.search(folded_q):
            lines += [x.text.get(language) for x in (role, council) if x is not None]
        text = " ".join(x for x in lines if x)
        paragraphs = body.split("\n\n")
        rest = paragraphs[1:] if paragraphs[0].startswith(("Nej – ", "No – ", "Nej, ", "No, ")) else paragraphs
        rest = [x for x in rest if x.strip() and fold(x)[:50] not in fold(text)]
        # (the proposals' "Ja, …" would read as a yes to new goals: the proposals said without it)
        rest = [x[4].upper() + x[5:] if x.startswith("Ja, förslag") else x for x in rest]
        sources = [src_new, src_keep, *[x.source for x in (role, council) if x is not None]]
        replaced = answer.topic in _STOCK_TOPICS
        return answer.model_copy(update={"text": greeting + "\n\n".join([text, *([] if replaced else rest)]),
                                         "topic": "mandate" if replaced else answer.topic, "confident": True,
                                         "sources": list(dict.fromkeys([*sources, *answer.sources]))})

    def _pandemic_reason(self, msg: Message, answer: Answer) -> Answer:
        """"Varför ska pandemin alls in i en långsiktig strategi?": the pandemic is one of the events in the world
        behind the review; the material says no more (b56 #28: a stock "don't know"). Corona support for companies
        asked of is outside the material: said so, not answered with the reasons for the review (b57 #12)."""
        folded_q, language = msg.folded, msg.language
        if not _PANDEMIC.search(folded_q):
            return answer       # (compiled alternation of a few words: cheap enough before anything else)
        if _SUPPORT.search(folded_q) and answer.topic == "why_review":
            text = t(language, "Det vet jag inte – stöd till företag står inte i underlaget, som handlar om "
                               "uppdateringen av RUS. Pandemin nämns där bara som en av händelserna bakom översynen. "
                               + talk.CAN[0],
                     "I don't know – support for companies is not in the material, which is about the update of "
                     "RUS. The pandemic is mentioned there only as one of the events behind the review. " + talk.CAN[1])
            return answer.model_copy(update={"text": text, "topic": "unknown", "confident": True})
        if answer.topic not in _STOCK_TOPICS or not _WHY.search(folded_q):
            return answer
        ask = t(language, "Varför ses RUS över?", "Why is RUS being reviewed?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, language)
        if more.topic != "why_review":
            return answer
        lead = t(language, "Pandemin och dess utmaningar är en av händelserna i omvärlden som ligger bakom "
                           "översynen. Mer än så säger underlaget inte om varför.",
                 "The pandemic and its challenges is one of the events in the world behind the review. The material "
                 "says no more about why.")
        return more.model_copy(update={"text": lead + "\n\n" + more.text})

    def _other_plan_told(self, msg: Message, answer: Answer) -> Answer:
        """"Är det här samma sak som översiktsplanen?", "… samma sak som det nya strukturfondsprogrammet? … söka
        pengar …", "Ska vi vänta med vår ÖP tills RUS är beslutad?" (b77 #6, #30, #62): RUS is not the other plan –
        said first – and what the material does not cover (a municipality's översiktsplan, funding and its calls) is
        said not to be in it, not left out nor guessed."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("oversiktsplan", "op", "strukturfond", "structural fund", "comprehensive",
                                            "pengar", "utlysning", "funding", "medel")):
            return answer       # cheap
        local = bool(_LOCAL_PLAN.search(folded_q) or _OP.search(msg.text))
        # (Money only as asked of RUS or its consultation: "kan du hjälpa mig söka pengar?" is declined as it is.)
        money = bool(_FUNDING_ASKED.search(folded_q)) and (
            re.search(r"remiss|consultation|\brus\b", folded_q) is not None)
        same = _SAME_AS_OTHER.search(folded_q)
        if not (local or money or same):
            return answer
        language = msg.language
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Det kan jag inte", "I can't", "I cannot")):
            return answer       # "Kan du skriva ett yttrande om vår översiktsplan?": the decline is the answer
        said = fold(body)
        paragraphs = body.split("\n\n")
        if local or money:
            # A quoted "don't know" of the same question gives way to the line that says what is not covered.
            words = ("oversiktsplan", " op", "pengar", "utlysning", "funding", "medel", "comprehensive")
            paragraphs = [x for x in paragraphs if not (x.startswith(("”", '"')) and any(
                w in fold(x) for w in _KNOWS_NOT) and any(w in fold(x) for w in words))]
            said = fold("\n\n".join(paragraphs))
        if local and "oversiktsplan" not in said and "comprehensive plan" not in said:
            paragraphs.append(t(language, "Om kommunernas översiktsplaner (ÖP) säger underlaget inget – varken om ni "
                                          "ska skicka in er ÖP, vänta med den eller hur den hänger ihop med RUS; fråga "
                                          "samordnarna.",
                                "The material says nothing about the municipalities' comprehensive plans "
                                "(översiktsplaner) – neither whether to send yours in, wait with it, nor how it "
                                "relates to RUS; ask the coordinators."))
        if money and not any(w in said for w in ("soka pengar", "apply for money", "utlysning", "calls for",
                                                 "budget or funding", "budget eller finansiering")):
            paragraphs.append(t(language, "Att söka pengar och när utlysningar öppnar tar underlaget inte upp; "
                                          "remissen gäller synpunkter på den uppdaterade RUS, inte ansökningar om "
                                          "pengar.",
                                "Applying for money and when calls open are not in the material; the consultation "
                                "is about comments on the updated RUS, not applications for funding."))
        if same and not body.startswith(("Nej", "No")):
            other = same.group("x")
            other = (t(language, "kommunens översiktsplan", "the municipality's comprehensive plan")
                     if other.startswith(("oversikt", "op", "comprehensive")) else
                     t(language, "strukturfondsprogrammet", "the structural funds programme"))
            if answer.topic == "unknown" and paragraphs and paragraphs[0].startswith(_KNOWS_NOT_LEAD) and (
                    "underlaget om uppdateringen" in paragraphs[0] or "the material about the update" in paragraphs[0]):
                paragraphs = paragraphs[1:]     # (the stock "don't know": the no and what is not covered answer it)
                answer = answer.model_copy(update={"topic": "rus", "confident": True, "card": None})
            paragraphs.insert(0, t(language, f"Nej – RUS är den regionala utvecklingsstrategin för Örebro län, inte "
                                             f"{other}.",
                                   f"No – RUS is the regional development strategy of Örebro län, not {other}."))
        text = greeting + "\n\n".join(x for x in paragraphs if x)
        if text == answer.text:
            return answer
        return answer.model_copy(update={"text": text})

    def _member_yes_first(self, msg: Message, answer: Answer) -> Answer:
        """"Is the university actually part of this partnership, and what would we be expected to do during 2021?",
        "Are we actually part of the partnership? And what is our role in practice?" (b78 #4, b77 #13): the member's
        yes leads – the whole message was answered with the member list or the partnership's role, with no yes –
        and what a member takes part in during the year is added when asked and not told (the answer of "Vad
        förväntas av oss?")."""
        folded_q = msg.folded
        if "partner" not in folded_q or not any(w in folded_q for w in ("part of", "member", "med i", "ingar",
                                                                        "del av")):
            return answer       # cheap
        if _MEMBERSHIP_ASKED.search(folded_q) is None:
            return answer
        ids = {o.id for o in self.process.organisations}
        named = [o for o in msg.understanding.entities.organisations if o.id in ids]
        # ("the Chamber of Commerce in Örebro": the town is where the member is, not a member asked of)
        named = [o for o in named if o not in people.context_members(self.kit, msg.text, named)] or named
        if len(named) != 1 or people._only_of(msg.text, named[0]):
            return answer       # ("alla eller bara örebro?": all the municipalities are the answer, not a yes)
        member, language = named[0], msg.language
        greeting, body = _greeting_apart(answer.text)
        text = answer.text
        sources = list(answer.sources)
        # (A reply that names the member in bold says its membership already: "Underlaget räknar upp **RF-SISU**
        # bland medlemmarna …", "Ja, **X** är med" after the list.)
        if not body.startswith(("Ja", "Yes", "Jo", "Nej", "No", "Både", "Both")) and f"**{member.name}**" not in body:
            partnership = self.process.partnership.name.get(language)
            lead = t(language, f"Ja, **{member.name}** är med i {partnership}.",
                     f"Yes, **{member.name}** is a member of {lower_first(partnership)}.")
            text = f"{greeting}{lead}\n\n{body}"
            sources = list(dict.fromkeys([*sources, self.process.partnership.source, member.source]))
        if _ONLY_AT_THE_END.search(folded_q) and not any(
                w in fold(text) for w in ("bara tillfragas i slutet stammer", "only at the end is not")):
            # "Someone told me businesses are only consulted at the very end, once the politicians have basically
            # decided" (b77 #13): the claim is refuted right after the member's yes.
            partnership = self.process.partnership.name.get(language)
            refuted = t(language, f"Nej – att ni bara tillfrågas i slutet stämmer inte med underlaget: "
                                  f"{partnership} – {member.name} inräknad – beslutar om vad som "
                                  "ska uppdateras, och uppdateringarna förankras med partnerskapet innan de går till "
                                  "politisk förankring och beslut inom Region Örebro län.",
                        f"No – being consulted only at the end is not how the material describes it: "
                        f"{lower_first(partnership)} – {member.name} included – decides what "
                        "is to be updated, and the updates are anchored with the partnership before they go to "
                        "political anchoring and decision within Region Örebro län.")
            head, _, tail = _greeting_apart(text)[1].partition("\n\n")
            text = _greeting_apart(text)[0] + "\n\n".join(x for x in (head, refuted, tail) if x)
        if _EXPECTED_OF_MEMBER.search(folded_q) and not any(w in text for w in ("11 mars", "11 March")):
            ask = t(language, "Vad förväntas av oss?", "What is expected of us?")
            more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, language)
            if more.confident:
                new = _new_paragraphs(_greeting_apart(more.text)[1], text)
                if new:
                    text = f"{text}\n\n{new}"
                    sources = list(dict.fromkeys([*sources, *more.sources]))
        if text == answer.text:
            return answer
        return answer.model_copy(update={"text": text, "sources": sources})

    def _whom_to_turn_to_told(self, msg: Message, answer: Answer) -> Answer:
        """"… Vi ingår väl i partnerskapet? Vem ska vi vända oss till?" (b77 #94): whom to turn to, asked beside another
        question, is the coordinators (the bot's own contact answer), added when the reply names no coordinator –
        the membership answer alone left it out."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("vand", "kontakt", "contact", "turn to", "hora av", "reach out")):
            return answer       # cheap
        if _WHOM_TO_TURN_TO.search(folded_q) is None:
            return answer
        folded_a = fold(answer.text)
        if any(w in folded_a for w in ("samordnar", "coordinator")):
            return answer       # told already (the contact answer itself, or "fråga samordnarna")
        ask = t(msg.language, "Vem kontaktar jag?", "Who do I contact?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, msg.language)
        if not more.confident or more.topic != "feature.contact":
            return answer
        return answer.model_copy(update={"text": f"{answer.text}\n\n{_greeting_apart(more.text)[1]}",
                                         "sources": list(dict.fromkeys([*answer.sources, *more.sources]))})

    def _coordinators_beside(self, msg: Message, answer: Answer) -> Answer:
        """"Skillnaden mellan samordnarnas roll och partnerskapets?": the coordinators' half – the material does not
        describe their role; in the bot they run polls, status, export, extensions, meetings and the channel's
        reminders (README) – added when the answer gives only the partnership's (b57 #47)."""
        folded_q, language = msg.folded, msg.language
        if "samordnar" not in folded_q and "coordinator" not in folded_q and "koordinator" not in folded_q:
            return answer       # cheap
        folded_a = fold(answer.text)
        # (A "fråga samordnarna" of another part says nothing of what they do: the role's own words are looked for.)
        if not _ROLE_COMPARED.search(folded_q) or any(w in folded_a for w in (
                "omrostning", "polls", "samordnarnas roll", "coordinators' role", "coordinators role")):
            return answer
        line = t(language, "Samordnarnas roll beskriver underlaget inte. I boten är det samordnarna som gör "
                           "omröstningar, ser status, exporterar, ger anstånd, lägger in möten och styr kanalens "
                           "påminnelser.",
                 "The material does not describe the coordinators' role. In the bot the coordinators run polls, see "
                 "the status, export, grant extensions, add meetings and direct the channel's reminders.")
        greeting, body = _greeting_apart(answer.text)
        # (a trailing name line and the RUS line of a role answer say nothing of the comparison asked)
        paragraphs = [x for x in body.split("\n\n") if not (x.startswith("_") and x.endswith("_"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([*paragraphs, line])})

    def _known_part_first(self, msg: Message, answer: Answer) -> Answer:
        """"hur skickar jag in remissvar i boten? går det att …": a reply that opens with "Det vet jag inte" of a later
        question, when the first question is one the bot knows (read alone with conviction, naming a topic of its
        own), opens with that answer instead – moved up when the reply has it further down, else put first (round 30,
        b59 #51: the known answer came second, after an "I don't know" of another part)."""
        if msg.text.count("?") < 2:
            return answer       # cheap: one question is answered as it is
        greeting, body = _greeting_apart(answer.text)
        if not body.startswith(_KNOWS_NOT_LEAD) or _PROGRESS_UNKNOWN.search(body.split("\n\n", 1)[0]):
            # (Not an "I know the plan, not what has happened": that answers a claim that something is done, which
            # is what such a message turns on – "nämnderna har redan klubbat RUS … Vilket är rätt?")
            return answer
        sentences = _question_sentences(msg.text)
        if not sentences:
            return answer
        first = sentences[0]
        u = self.understand(first, msg.today)
        if (not u.sure or u.confidence < 0.8 or u.intent in _NO_PARTS_TOPICS or u.intent in (OUT_OF_SCOPE, "definition")
                or u.intent.startswith(("about_bot", "source"))
                or not (u.entities.concepts - _VAGUE - _ASKING or u.intent.startswith("feature."))):
            return answer
        more = self._answer_one(first, u, msg.today, msg.language)
        if not more.confident or more.topic in ("unknown", "unsure"):
            return answer
        known = _greeting_apart(more.text)[1].split("\n\n")[0]
        if (not known or known.startswith(_KNOWS_NOT_LEAD) or any(w in known for w in _KNOWS_NOT)
                or any(x.rstrip().endswith(":") for x in known.split("\n"))):
            return answer
        paragraphs = body.split("\n\n")
        if known in paragraphs[1:]:
            paragraphs.remove(known)
        elif _said_already(known, body):
            return answer
        text = greeting + "\n\n".join([known, *paragraphs])
        return answer.model_copy(update={"text": text, "sources": list(dict.fromkeys([*more.sources,
                                                                                     *answer.sources]))})

    def _every_question_told(self, msg: Message, answer: Answer) -> Answer:
        """Every question sentence of a message of several gets a reply (round 30: the largest cause of "evasive"
        grades was a question of its own left out without a word): one the reply does not speak of is answered by
        its own reading when that is read with conviction and says something new, else said not to be answered by
        the material, quoted. Added after what the reply says, so the part the bot knows leads."""
        text = msg.text
        if answer.topic in _NO_PARTS_TOPICS or (text.count("?") < 2 and not _JOIN_CUE.search(msg.folded)):
            return answer       # cheap: most messages ask one question
        parts = _asked_parts(text)
        if len(parts) < 2 and text.count("?") < 2:
            return answer
        said = answer.text
        folded_said = fold(said)
        added: list[str] = []
        sources = list(answer.sources)
        families = {_family(x.intent) for x in msg.answered} | {_family(answer.topic)}
        knows_not = any(w in said for w in _KNOWS_NOT)
        for part in parts:
            sentence = part.read
            if not _content(sentence) or (_question_told(sentence, said, folded_said) if part.whole else (
                    _POINTS_BACK.search(fold(sentence)) or _kind_answered(sentence, folded_said)
                    or fold(sentence)[:30] in folded_said)):
                # (no word of content to find in the reply: "Vad är KC/RD?" is its subject's answer. A piece cut out
                # of a sentence shares the words of the part answered beside it – "vad fas 1 innebär och när den
                # slutar" – so it is told only by its own answer said already, below; one pointing back ("när den
                # slutar") is the other piece's.)
                continue
            u = self.understand(sentence, msg.today)
            top, top_confidence = u.ranked[0] if u.ranked else (u.intent, u.confidence)
            if (_family(u.intent) in families and top != u.intent and top.startswith("feature.") and (
                    top_confidence >= 0.8 or (top_confidence >= 0.5 and "BOT" in u.entities.concepts))):
                # "Can the university submit its response through this bot?" is routed to who receives the
                # consultation, answered already; the model's own reading (the response in the bot) is not.
                u = replace(u, intent=top, confidence=top_confidence)
            # (A piece cut out of a sentence may ask another thing of the topic answered: "vad fas 1 innebär och när
            # den slutar" – what its own answer adds is told; a whole sentence of the same topic is answered.)
            if u.intent in _NO_PARTS_TOPICS or u.intent == "definition" or (
                    _family(u.intent) in families and part.whole):
                continue
            own = u.entities.concepts - _VAGUE - _ASKING
            # (A piece cut out of a sentence is read surely at less conviction: its words are fewer, its topic its own.)
            if u.sure and u.intent != OUT_OF_SCOPE and (u.confidence >= (0.8 if part.whole else 0.6) or (
                    u.intent.startswith("feature.") and u.confidence >= 0.5 and "BOT" in u.entities.concepts)):
                # ("Kan Kumla lämna sitt remissvar här i boten?": what the bot does, named as the bot's, is read
                # with less conviction.) Answered by its own reading only when it names a topic of its own
                # ("varför funkar de inte för mig?" names none: read as why RUS is reviewed, it would answer another
                # question) and is no question of the bot itself or a name not known.
                if not own or u.intent.startswith(("about_bot", "source")) or (
                        u.entities.unknown_name and u.intent in ("organisation", "partnership")):
                    continue
                more = self._answer_one(sentence, u, msg.today, msg.language)
                if not more.confident or more.topic in ("unknown", "unsure"):
                    continue
                new = _new_paragraphs(_greeting_apart(more.text)[1], "\n\n".join([said, *added])).split("\n\n")[0]
                if not new or new.startswith("- ") or any(x.rstrip().endswith(":") for x in new.split("\n")) or (
                        new.startswith("_") and new.rstrip().endswith("_")):
                    continue    # a list without its lead, a lead without its list, or a label says nothing whole
                added.append(new)
                sources += more.sources
            elif (part.whole and u.intent == OUT_OF_SCOPE and u.confidence >= 0.6
                  and (own or len(_content(sentence)) >= 2) and not knows_not
                  and _family(next((i for i, _ in u.ranked if i != OUT_OF_SCOPE), OUT_OF_SCOPE)) not in families
                  and _own_question(sentence)):
                # Read off-topic with conviction, naming a topic (or two words) of its own, nearest no reading
                # answered, and the reply says nothing is unknown (its "I don't know" may be of this very part, in
                # words of its own): the material is silent on it. ("Är det för att den inte fungerar?" names
                # nothing: the reasons told beside it answer it.)
                added.append(_unknown_line(sentence, msg.language))
                knows_not = True
            folded_said = fold("\n\n".join([said, *added]))
        if not added:
            return answer
        return answer.model_copy(update={"text": "\n\n".join([said, *added]),
                                         "sources": list(dict.fromkeys(sources))})

    def _group_views_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"Vi har en studiecirkel … kan cirkeln lämna egna synpunkter?", "can our association send its own
        comments?": a group that is no organisation of the partnership asking to give views of its own. Inspel and
        remissvar are for the confirmed representatives of the partnership's organisations; another way the material
        does not give – said in place of a "Ja." that answered with the partnership's role (b66 #42)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("cirkel", "forening", "klubb", "natverk", "privatperson", "medborgar",
                                           "invanar", "circle", "club", "association", "network", "resident",
                                           "citizen", "individual")):
            return answer       # cheap
        m = _GROUP_VIEWS.search(folded_q)
        if m is None:
            return answer
        lang = msg.language
        low = msg.text.lower()
        # (the group as the message writes it, "föreningen", when folding kept the positions)
        group = (low[m.start("g"):m.end("g")] if len(low) == len(folded_q) else m.group("g")).strip()
        p_name = self.process.partnership.name.get(lang)
        line = t(lang, f"Att {group} kan lämna egna synpunkter står inte i underlaget: inspel och remissvar lämnas i "
                       f"boten av bekräftade företrädare för organisationerna i {p_name}, och någon annan väg nämns "
                       "inte. Fråga samordnarna.",
                 f"The material does not say that {group} can give views of its own: input and consultation "
                 f"responses are given in the bot by confirmed representatives of the organisations in "
                 f"{lower_first(p_name)}, and no other way is mentioned. Ask the coordinators.")
        if line[:40] in answer.text:
            return answer
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        at = next((i for i, x in enumerate(paragraphs) if x.startswith(("Ja. ", "Yes. ", "Ja, ", "Yes, ")) and (
            "artnerskapet" in x or "artnership" in x or "inspel" in x or "input" in x)), None)
        if answer.topic in ("unknown", "unsure"):
            paragraphs = [line]     # (a stock "I don't know" read the message as something else)
        elif at is None:
            paragraphs.append(line)
        else:
            paragraphs[at] = line
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _arrival_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"har laxå fått remissen? de säger att de inte fått nåt", "we haven't received the consultation": whether
        it has reached a member the bot cannot see – said first, not a membership "Ja"; then that the member is among
        those it goes to, that its confirmed representatives respond in the chat with the bot, to ask the
        coordinators, and the last day (b66 #69)."""
        folded_q = msg.folded
        if ("remiss" not in folded_q and "consultation" not in folded_q) or not any(
                w in folded_q for w in ("fatt", "fick", "mottag", "tagit emot", "receiv", "got")):
            return answer       # cheap
        if not (_ARRIVED_ASKED.search(folded_q) or _NOT_ARRIVED.search(folded_q)):
            return answer
        if self.process.consultation_item is None:
            return answer
        lang, today = msg.language, msg.today
        e = msg.understanding.entities
        orgs = [o for o in e.organisations if o.kind != "region"]
        if len(orgs) > 1 or e.unknown_name or "inte med i" in answer.text or "not a member" in answer.text:
            return answer   # ("Arbetsförmedlingen i Örebro": a stranger, whose "not a member" the reply says)
        state = self.kit.consultation_state(today)
        if state not in ("open", "last_day"):
            return answer       # (before or while it opens, whether it has opened is what the plan's answer says)
        last = self.kit.consultation_parts()[3]
        last_f = format_date(last, lang, weekday=True) if last is not None else ""
        p_name = self.process.partnership.name.get(lang)
        if orgs:
            who_sv = who_en = orgs[0].name
            member = t(lang, f"{who_sv} är med i {p_name} och är en av remissinstanserna, så remissen ska gå till dem.",
                       f"{who_en} is a member of {lower_first(p_name)} and one of the bodies consulted, so it is "
                       "meant to reach them.")
            genitive = "" if who_sv.endswith(("s", "x", "z")) else ":s" if who_sv[-1].isupper() else "s"
            reps = t(lang, f"{who_sv}{genitive} bekräftade företrädare",
                     f"{who_en}'s confirmed representatives")
        elif _WE.search(folded_q):
            who_sv, who_en = "er organisation", "your organisation"
            member = t(lang, f"Remissen går till {p_name}, alltså till dess medlemsorganisationer.",
                       f"The consultation goes to {lower_first(p_name)}, that is to its member organisations.")
            reps = t(lang, "Er organisations bekräftade företrädare", "Your organisation's confirmed representatives")
        else:
            return answer
        lead = t(lang, f"Om remissen har kommit fram till {who_sv} kan jag inte se – jag känner bara tidplanen. "
                       + member,
                 f"Whether the consultation has reached {who_en} I cannot see – I only know the timeline. " + member)
        lead += t(lang, f" {reps} lämnar remissvaret i chatten med mig (kommandot **remissvar**). Har de inte "
                        f"fått något, be dem kontakta samordnarna. Sista dagen för remissvar är {last_f}.",
                  f" {reps} submit the response in their chat with me (the **response** command). If they have "
                  f"received nothing, they should contact the coordinators. The last day for responses is "
                  f"{last_f}.")
        greeting, body = _greeting_apart(answer.text)
        # "… har inte fått nån remiss. vem skickar den?": the answer's line on who sends it out is what was asked –
        # kept, and first, when the paragraph it stood in goes (b73 #52).
        sender = [x for x in body.split("\n") if x.startswith(_SENDER_LINE)]
        consultation = self.process.consultation
        if not sender and consultation is not None and set(tokens(folded_q)) & _SENDS_OUT and (
                by := self.process.organisation(consultation.sender)) is not None:
            # (read as another question – "Who sends it out?" as the response: the same line, from the process file)
            sender = [t(lang, "Vem som skickar ut remissen står inte uttryckligen i underlaget; i boten är "
                              f"{by.name} remissens avsändare.",
                        f"Who sends the consultation out is not stated in the material; in the bot {by.name} is its "
                        "sender.")]
        body = "\n".join(x for x in body.split("\n") if not x.startswith(_SENDER_LINE))
        paragraphs = body.split("\n\n")
        # A membership yes asked of ("Karlskoga ingår väl i partnerskapet?") stays first; a "Ja, **X** får remissen"
        # answering whether it arrived goes.
        first = [paragraphs[0]] if re.match(r"(?:Ja|Yes), \*\*", paragraphs[0]) and not re.search(
            r"får remissen|gets the consultation", paragraphs[0]) else []
        rest = [x for x in paragraphs[len(first):] if not re.match(r"(?:Ja|Yes), \*\*", x) and x.strip()]
        return answer.model_copy(update={"text": greeting + "\n\n".join([*sender[:1], *first, lead, *rest])})

    def _count_on_given_start(self, msg: Message, answer: Answer) -> Answer:
        """"Hur många dagar var remisstiden totalt om den startade 15 juni?": a count asked on a start day the asker
        gives (the plan says only "mitten av juni") – counted on that premise to the plan's last day, said first,
        the premise named as the asker's; the plan's approximate count it replaces goes (b66 #95)."""
        folded_q = msg.folded
        if ("om " not in folded_q and "if " not in folded_q and "assum" not in folded_q and "antag" not in folded_q
                and "utgar" not in folded_q) or not _HOW_MANY_DAYS.search(folded_q):
            return answer       # cheap
        m = _GIVEN_START.search(folded_q)
        if m is None or (last := self._last_day()) is None:
            return answer
        month = MONTHS.get(m.group("m"))
        try:
            start = dt.date(last.year, month, int(m.group("d"))) if month else None
        except ValueError:
            start = None
        if start is None or start > last:
            return answer
        lang = msg.language
        days = (last - start).days + 1
        start_f, last_f = format_date(start, lang), format_date(last, lang, weekday=True)
        unit = how.group(0) if (how := _HOW_MANY_DAYS.search(folded_q)) is not None else ""
        weeks = "vec" in unit or "week" in unit
        count = t(lang, f"**{days} dagar**", f"**{days} days**")
        if weeks:
            count = t(lang, f"ungefär **{round(days / 7)} veckor** ({days} dagar)",
                      f"about **{round(days / 7)} weeks** ({days} days)")
        line = t(lang, f"Om remissen startade {start_f} blir det {count} till och med sista dagen, {last_f} (båda "
                       f"dagarna inräknade; {days - 1} dagar mellan datumen). Tidplanen anger bara att remissen "
                       "öppnar i mitten av juni, så startdagen är din uppgift, inte underlagets.",
                 f"If the consultation started on {start_f}, that makes {count} through its last day, {last_f} "
                 f"(both days counted; {days - 1} days between the dates). The timeline only says it opens in "
                 "mid-June, so the start day is yours, not the material's.")
        if re.search(r"(?:ar|er|ns|s)$", m.group(0).split()[-3] if len(m.group(0).split()) >= 3 else ""):
            # (a start to come, "om den börjar 17 juni", "if it opens on 14 June")
            line = line.replace("startade", "startar", 1).replace("started", "starts", 1)
        greeting, body = _greeting_apart(answer.text)
        rest = [x for x in body.split("\n\n") if not x.startswith((
            "Ungefär", "About", "**", "Inga dagar kvar", "No days left", "Ja: remissen", "Yes: according"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *rest])})

    def _right_weekday_confirmed(self, msg: Message, answer: Answer, sentence: str, last: dt.date) -> Answer:
        """"Sista dagen är på torsdag va?", "The deadline is Thursday, right?": the weekday is the last day's own –
        confirmed with a "Ja" first (b74 #77: the date told without a yes, after a "Nej" about something else).
        Not of "för sent …?" (a yes would say too late) nor of a negated question."""
        s = fold(sentence)
        if "?" not in sentence or _TOO_LATE.search(s) or re.search(r"\b(?:inte|ej|not|isn ?t|won ?t)\b", s) or not (
                _CONFIRM_ASKED.search(s) or is_yes_no(sentence)):
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Ja", "Yes", "Nej", "No ", "No,", "No.")):
            return answer
        lang = msg.language
        left = (last - msg.today).days
        if body.startswith(("Sista dagen är ", "The last day is ")):
            body = t(lang, "Ja – s", "Yes – t") + body[1:]
        else:
            when = t(lang, " – i morgon" if left == 1 else " – i dag" if left == 0 else "",
                     " – tomorrow" if left == 1 else " – today" if left == 0 else "")
            lead = t(lang, f"Ja – sista dagen för remissen är {format_date(last, lang, weekday=True)}{when}.",
                     f"Yes – the consultation's last day is {format_date(last, lang, weekday=True)}{when}.")
            body = f"{lead}\n\n{body}" if body else lead
        return answer.model_copy(update={"text": greeting + body})

    def _wrong_weekday_of_last_day(self, msg: Message, answer: Answer) -> Answer:
        """"sista dagen för remissen e imorgon fredag va?", "the deadline is on Wednesday, right?": a weekday the
        asker gives the consultation's last day, set against the last day's own – another weekday is corrected first,
        "Nej – … torsdag 30 september 2021, inte fredag" (b68 #80: a "Ja" that named torsdag but let fredag stand).
        Not of a meeting's day named beside it, and not once the last day is past."""
        folded_q = msg.folded
        if not _WEEKDAY_CHEAP.search(folded_q) or not (_LAST_DAY_NAMED.search(folded_q) or "senast" in folded_q
                                                       or " by " in folded_q or "no later than" in folded_q):
            return answer       # cheap
        if (last := self._last_day_ahead(msg)) is None:
            return answer
        lang = msg.language
        told_before = False
        for sentence in split_sentences(msg.text):
            s = fold(sentence)
            deadline = _LAST_DAY_NAMED.search(s)
            day = _WEEKDAY.search(s)
            if deadline is None and day is not None and told_before and len(s.split()) <= 8 and (
                    back := _IT_BEFORE_DAY.search(s[:day.start()])) is not None:
                # "sista dagen är 30/9 va? är det en fredag?" (b70 #77): "det" is the last day just named.
                deadline = back
            told_before = bool(_LAST_DAY_NAMED.search(s))
            if deadline is None and day is not None and (
                    by := re.search(r"\b(?:senast|by|no later than)\s+$", s[:day.start()])) is not None and (
                    dated := _DATED_AFTER.match(s[day.end():])) is not None and _is_day(last, dated):
                deadline = by       # "ska lämnas senast fredagen den 30 september" (b72 #77): the last day, dated
            if deadline is None or day is None or _OTHER_DAY_OF.search(s) or abs(day.start() - deadline.start()) > 40:
                continue
            dated = _DATED_AFTER.match(s[day.end():])
            if (dated is not None and not _is_day(last, dated)) or re.search(
                    r"\b(?:min|mitt|mina|my|our|var)\s+$", s[:deadline.start()]):
                # "min sista dag på praktiken är fredag 13 aug": the asker's own day, dated – but "senast fredagen den
                # 30 september" dates the last day itself, with a wrong weekday (b72 #77)
                continue
            named = _WEEKDAY_NAMES.index(day.group(1)) % 7
            if named == last.weekday():
                return self._right_weekday_confirmed(msg, answer, sentence, last)
            greeting, body = _greeting_apart(answer.text)
            if body.startswith(("Nej", "No ", "No,", "No.")):
                return answer
            last_f = format_date(last, lang, weekday=True)
            wrong = _WEEKDAY_NAMES[named + (0 if lang == "sv" else 7)]
            wrong = wrong if lang == "sv" else wrong.capitalize()
            left = (last - msg.today).days
            when = t(lang, " – i morgon" if left == 1 else " – i dag" if left == 0 else "",
                     " – tomorrow" if left == 1 else " – today" if left == 0 else "")
            lead = t(lang, f"Nej – sista dagen för remissen är {last_f}{when}, inte {wrong}. Remissen stänger vid "
                           f"midnatt den dagen.",
                     f"No – the consultation's last day is {last_f}{when}, not {wrong}. It closes at midnight that "
                     f"day.")
            if _NEXT_WEEK_SENT.search(folded_q):
                # "… kan jag skicka in nästa vecka?" (b70 #77): next week against the last day, beside the weekday.
                monday = msg.today + dt.timedelta(days=7 - msg.today.weekday())
                if monday <= last:
                    lead += t(lang, f" Nästa vecka går det att skicka in till och med {last_f}; efter det bara med "
                                    "anstånd, som samordnarna beviljar.",
                              f" Next week you can submit up to and including {last_f}; after that only with an "
                              "extension, which the coordinators grant.")
                else:
                    lead += t(lang, " Nästa vecka är efter sista dagen: då går det bara med anstånd, som samordnarna "
                                    "beviljar.",
                              " Next week is after the last day: then only with an extension, which the coordinators "
                              "grant.")
            paragraphs = body.split("\n\n")
            if paragraphs and paragraphs[0].startswith(("Ja", "Yes")):
                paragraphs = paragraphs[1:]
            return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *paragraphs])})
        return answer

    def _partnership_role(self) -> Role | None:
        """The partnership's role, as the process file's rules name it (not a role id written in here)."""
        return self.kit.roles.get(self.kit.rules.partnership_role or "")

    def _wish_role(self, language: Language) -> Role | None:
        """The first role whose text records a wish (the municipalities' wish for the consultation's length)."""
        return next((r for r in self.process.roles if _TELLS_WISH.search(fold(r.text.get(language)))), None)

    def _last_day(self) -> dt.date | None:
        """The consultation's last day; None when the process file has no consultation."""
        return None if self.process.consultation_item is None else self.kit.consultation_parts()[3]

    def _last_day_ahead(self, msg: Message) -> dt.date | None:
        """The consultation's last day while it is still ahead of the message's day (or is that day)."""
        last = self._last_day()
        return last if last is not None and msg.today <= last else None

    def _closing_time_told(self, msg: Message, answer: Answer) -> Answer:
        """"… att remisstiden utgår den 30 september och icke den 1 oktober, samt huruvida något klockslag gäller":
        the hour the last day ends is the bot's closing at midnight, Stockholm time (README-user, remissvar), and an
        extension's date applies instead – said first, with a "Ja" when the asker names the right day (b68 #77 read
        the hour as a meeting's start, which the material does not give). Before or on the last day only."""
        folded_q = msg.folded
        if not _CLOSING_TIME_ASKED.search(folded_q) or not _LAST_DAY_NAMED.search(folded_q) or (
                _OTHER_DAY_OF.search(folded_q) or "avstamning" in folded_q or "check-in" in folded_q):
            return answer       # cheap
        if (last := self._last_day_ahead(msg)) is None:
            return answer
        lang = msg.language
        greeting, body = _greeting_apart(answer.text)
        if "midnatt" in body[:300] or "midnight" in body[:300]:
            return answer
        last_f = format_date(last, lang, weekday=True)
        named = format_date(last, lang).rsplit(" ", 1)[0].lower()        # "30 september"
        after = format_date(last + dt.timedelta(days=1), lang).rsplit(" ", 1)[0]
        yes = named in fold(msg.text).replace(".", " ") or bool(re.search(
            r"\b(?:sept?(?:ember)?\.? 30(?:th)?|30(?:th)? (?:of )?sept?(?:ember)?|30 ?/ ?9)\b", folded_q))
        other = bool(re.search(r"\b(?:1(?:st)? (?:of )?okt\w*|1(?:st)? (?:of )?oct\w*|oct\w*\.? 1(?:st)?|1 ?/ ?10)\b",
                               folded_q))
        if other and re.search(r"\b(?:eller|or)\b", folded_q):
            yes = False     # "den 30 september eller den 1 oktober?": a choice, answered by the day, not a "Ja"
        not_after = t(lang, f", inte {after}", f", not {after}") if other else ""
        lead = t(lang, f"{'Ja – ' if yes else ''}sista dagen för remissen är {last_f}{not_after}: jag tar emot "
                       f"remissvar till midnatt (svensk tid) den dagen, så ett svar som kommer {after} eller senare "
                       "är för sent. Har er organisation fått anstånd av samordnarna gäller det datumet i stället.",
                 f"{'Yes – ' if yes else ''}the consultation's last day is {last_f}{not_after}: I accept responses "
                 f"until midnight (Swedish time) that day, so a response on {after} or later is too late. If your "
                 "organisation has an extension from the coordinators, its date applies instead.")
        lead = lead[:1].upper() + lead[1:]
        paragraphs = [p for p in body.split("\n\n") if not p.startswith((
            "Underlaget tar inte upp vilken tid på dagen det börjar", "The material does not cover what time of "
            "day it starts"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *paragraphs])})

    def _extension_request_told(self, msg: Message, answer: Answer) -> Answer:
        """"… hemställer jag om att remisstiden för Länsstyrelsens del förlängs till och med 15 oktober": a request
        for an extension made to the bot is answered by who grants it – the coordinators, with their anstånd
        command (README-user), not the bot – and the last day without one, said first (b68 #39 read "samtidigt" as
        an extension for all at once)."""
        folded_q = msg.folded
        if not _REQUESTS.search(folded_q) or not _EXTENDED.search(folded_q):
            return answer       # cheap
        if (last := self._last_day_ahead(msg)) is None:
            return answer
        lang = msg.language
        greeting, body = _greeting_apart(answer.text)
        said = fold(body)
        told = ("beviljar samordnarna" in said or "coordinators grant" in said) and not body.startswith((
            "Det vet jag inte", "I don't know"))
        if told or re.search(
                r"\b(?:hur|how (?:do|can|should)) (?:\w+ )?(?:begar|request)", folded_q):
            return answer   # who grants it is told already; "Hur begär man anstånd?" asks how, answered as itself
        last_f = format_date(last, lang, weekday=True)
        lead = t(lang, "Anstånd beviljar samordnarna, inte jag: skicka er begäran till dem med organisationen och det "
                       "datum ni behöver. Beviljar de det lägger de in det med kommandot **anstånd <organisation> "
                       "<ÅÅÅÅ-MM-DD>**, och då tar jag emot ert remissvar till och med den dagen. Utan anstånd är "
                       f"remissens sista dag {last_f}.",
                 "The coordinators grant extensions, not I: send your request to them with your organisation and the "
                 "date you need. If they grant it they enter it with the command **extension <organisation> "
                 "<YYYY-MM-DD>**, and then I accept your response until that day. Without an extension the "
                 f"consultation's last day is {last_f}.")
        paragraphs = [p for p in body.split("\n\n") if not p.startswith(("Nej, inte med ett kommando",
                                                                          "No, not with one command"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *paragraphs])})

    def _working_days_told(self, msg: Message, answer: Answer) -> Answer:
        """"How many working days do we have left including today?": the weekdays, Monday to Friday, from today
        through the consultation's last day, counted and said first (b68 #76 gave the calendar days only). Public
        holidays are not known to the material, so they are said not to be taken off."""
        folded_q = msg.folded
        if not _WORKING_DAYS.search(folded_q) or not _DEADLINE_NAMED.search(folded_q):
            return answer       # cheap
        if (last := self._last_day_ahead(msg)) is None:
            return answer
        today, lang = msg.today, msg.language
        include = not _EXCLUDING_TODAY.search(folded_q)
        first = today if include else today + dt.timedelta(days=1)
        count = sum(1 for i in range((last - first).days + 1) if (first + dt.timedelta(days=i)).weekday() < 5)
        last_f = format_date(last, lang, weekday=True)
        counted = t(lang, "i dag inräknad" if include else "i dag ej inräknad",
                    "including today" if include else "not counting today")
        noun = t(lang, "vardag" if count == 1 else "vardagar", "working day" if count == 1 else "working days")
        lead = t(lang, f"**{count} {noun}** (måndag–fredag, {counted}) till och med remissens sista dag, {last_f}. "
                       "Helgdagar är inte avräknade.",
                 f"**{count} {noun}** (Monday to Friday, {counted}) through the consultation's last day, {last_f}. "
                 "Public holidays are not taken off.")
        greeting, body = _greeting_apart(answer.text)
        if lead.split("**")[1] in body:
            return answer
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *([body] if body else [])])})

    def _missed_consultation_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vi missade visst remissen igår. Vad gör vi nu?": after the last day, a response missed is said to be
        possible only with an extension (anstånd) the coordinators grant (README: open until midnight on the last
        day, or of the organisation's extension) – said first, with the day it closed (b68 #82 gave the plan's
        steps now)."""
        folded_q = msg.folded
        if not _MISSED.search(folded_q) or not _DEADLINE_NAMED.search(folded_q) or not (
                _WHAT_DO_WE.search(folded_q) or _STILL_RESPOND.search(folded_q)):
            return answer       # cheap; a missed consultation beside another question ("kan vi ändå påverka?") is
            #                     that question's
        if (last := self._last_day()) is None:
            return answer
        today, lang = msg.today, msg.language
        if today <= last:
            return answer
        said = fold(answer.text)
        last_f = format_date(last, lang, weekday=True)
        ago = self.kit.when_relative(last, today, lang)
        lead = t(lang, f"Remissen stängde {last_f} ({ago}) vid midnatt. Efter sista dagen kan ni lämna ert remissvar "
                       "bara om samordnarna ger er organisation anstånd: kontakta dem snarast med organisationen och "
                       "det datum ni behöver. Beviljar de det lägger de in det, och då tar jag emot ert remissvar "
                       "till och med den dagen – om ni får anstånd avgör de.",
                 f"The consultation closed at midnight on {last_f} ({ago}). After the last day you can submit your "
                 "response only if the coordinators give your organisation an extension: contact them soon with "
                 "your organisation and the date you need. If they grant it they add it, and then I accept your "
                 "response until that day – whether you get one is up to them.")
        greeting, body = _greeting_apart(answer.text)
        if "anstand" in said or "extension" in said:
            # (the answer tells the extension already: the day it closed goes before it)
            if format_date(last, lang) in body.split("\n\n")[0][:120]:
                return answer
            return answer.model_copy(update={"text": greeting + _first_sentence(lead) + " " + body})
        if answer.topic in ("now", "next", "unknown", "unsure"):
            return answer.model_copy(update={"text": greeting + lead})
        return answer.model_copy(update={"text": greeting + lead + "\n\n" + _greeting_apart(answer.text)[1]})

    def _own_day_against_last_day(self, msg: Message, answer: Answer) -> Answer:
        """"Vi lämnade in vårt remissvar sent, 8 oktober. Räknas det?", "Kan universitetet lämna remissvar i augusti i
        stället, eller behöver vi begära anstånd?": a day or month the asker gives for its own response, set against
        the consultation's last day – inside it "Ja", after it "Nej" (only with the coordinators' anstånd) – said
        first, before the stock paragraph on extensions (b65 #46, b66 #72). A "hinner vi …?" is _in_time_first's."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("remiss", "svar", "respon", "submi", "consultation", "reply")) or (
                "hinner" in folded_q or "make it" in folded_q or "in time" in folded_q):
            return answer       # cheap
        if (last := self._last_day()) is None:
            return answer
        lang = msg.language
        sentences = split_sentences(msg.text)
        for i, sentence in enumerate(sentences):
            s = fold(sentence)
            act = _OWN_SUBMIT.search(s)
            if act is None or not _SUBMIT_ASKED.search(s):
                continue
            day = _OWN_DAY.search(s, act.start())
            if day is None or day.start() > act.end() + 45 or _WH_FIRST.match(s) or _NOT_OWN_DAY.search(s):
                continue
            if "?" not in sentence and not (i + 1 < len(sentences) and _ASKS_OF_IT.match(fold(sentences[i + 1]))):
                continue    # "Vi lämnade vårt remissvar i september." told, not asked about ("Räknas det?" asks)
            month = MONTHS.get(day.group("m") or day.group("m2"))
            if month is None:
                continue
            if day.group("d"):
                try:
                    first = end = dt.date(last.year, month, int(day.group("d")))
                except ValueError:
                    return answer
                when = format_date(first, lang)
            else:
                first = dt.date(last.year, month, 1)
                end = dt.date(last.year, month, calendar.monthrange(last.year, month)[1])
                when = f"{t(lang, _MONTH_NAMES_SV[month - 1], _MONTH_NAMES_EN[month - 1])} {last.year}"
            last_f = format_date(last, lang, weekday=True)
            extended = first > last and bool(_HAD_EXTENSION.search(fold(msg.text)))
            if extended:
                # "lämnade remissvaret 7 oktober, vi hade anstånd. Kom det med?": the asker says they had one, so not
                # "Nej" – the receipt shows whether it came in; how far the extension ran the bot cannot see here
                # (b75 #97).
                line = t(lang, f"{when[:1].upper()}{when[1:]} är efter remissens sista dag, {last_f}, men med "
                               "anstånd tar jag emot remissvar fram till den dag samordnarna har lagt in. Om ert svar "
                               "kom in ser ni på kvittot: skriv **remissvar**, så står där ”Inskickat” med datum "
                               "och kvitto",
                         f"{when[:1].upper()}{when[1:]} is after the consultation's last day, {last_f}, but with an "
                         "extension I accept responses until the day the coordinators entered. Whether yours came in "
                         "you see on the receipt: write **response**, and it says \"Submitted\" with the date and "
                         "receipt")
                line += t(lang, "; hur anståndet gällde för er vet samordnarna.",
                          "; the coordinators know how your extension applied.")
            elif first > last:
                done = bool(_SUBMITTED.search(s))
                line = t(lang, f"Nej – {when} är efter remissens sista dag, {last_f}. Ett remissvar efter den "
                               + ("räknas bara om samordnarna har beviljat er anstånd" if done else
                                  "tar jag emot bara om samordnarna har beviljat er anstånd")
                               + "; kontakta dem.",
                         f"No – {when} is after the consultation's last day, {last_f}. A response after it "
                         + ("counts only if the coordinators have granted you an extension" if done else
                            "I accept only if the coordinators have granted you an extension") + "; contact them.")
            elif end <= last and end >= self.kit.consultation_parts()[2]:
                line = t(lang, f"Ja – {when} är inom remisstiden, som pågår till och med {last_f}",
                         f"Yes – {when} is within the consultation period, which runs through {last_f}")
                line += t(lang, "; något anstånd behövs inte." if _EXTENSION_NAMED.search(folded_q) else ".",
                          "; no extension is needed." if _EXTENSION_NAMED.search(folded_q) else ".")
            else:
                return answer
            greeting, body = _greeting_apart(answer.text)
            if extended:
                # (an extension said: the stock "Nej"-less paragraphs on it follow as they are)
                return answer.model_copy(update={"text": greeting + "\n\n".join([line, body])})
            month_word = fold(when.split()[-2] if day.group("d") else when.split()[0])
            if body.startswith(("Ja", "Nej", "Yes", "No ", "No,")) or fold(line)[:30] in fold(body) or any(
                    x.startswith(("Ja:", "Yes:")) and month_word in fold(x) for x in body.split("\n\n")):
                return answer   # the reply answers it with a yes or no of its own
            rest = [x for x in body.split("\n\n") if not (
                x.startswith(("Nej, inte utan anstånd:", "No, not without an extension:")) and when in x)]
            return answer.model_copy(update={"text": greeting + "\n\n".join([line, *rest])})
        return answer

    def _in_time_first(self, msg: Message, answer: Answer) -> Answer:
        """"Hinner vi …?" of the check-in or the consultation's last day: yes or no first, by the asker's day named
        (in the question, or a single day told before it) against the timeline's day; no day named, the days left
        and that the bot cannot know whether the asker's own meeting happens in time. Nothing is said of deadlines
        the timeline does not give (round 32: "34 dagar till 3 mars" answered no "hinner vi")."""
        folded_q, language = msg.folded, msg.language
        if not any(w in folded_q for w in ("hinner", "racker", "funkar", "make it", "in time", "enough", "have time",
                                           "for sent", "too late")):
            return answer       # cheap
        asked = next((x for x in _question_sentences(msg.text) if _IN_TIME_ASKED.search(fold(x))), None)
        # "Är det för sent att skicka remissvaret på onsdag?" asks the same the other way round: a yes is "too late".
        late_only = asked is None
        if asked is None:
            asked = next((x for x in _question_sentences(msg.text) if _TOO_LATE.search(fold(x))), None)
        if asked is None or answer.topic in _NO_PARTS_TOPICS:
            return answer
        if _greeting_apart(answer.text)[1].startswith(_OPENING_LEADS):
            return answer       # "hinner remissen komma ut till 15 juni?": its opening checked, not the last day
        folded_asked = fold(asked)
        if _CHECK_IN_WORDS.search(folded_q):
            item = next((i for i in self.process.timeline if i.kind == "meeting" and i.date is not None
                         and i.date.is_exact and _CHECK_IN_WORDS.search(fold(i.name.sv))), None)
            if item is None or item.date is None:
                return answer
            target, name = item.date.earliest, f"**{item.name.get(language)}**"
            source = item.source
        elif _SUBMIT_ASKED.search(folded_q) and self.process.consultation_item is not None and (
                last := self.kit.consultation_parts()[3]) is not None:
            target, name = last, t(language, "remissens sista dag", "the consultation's last day")
            source = self.process.consultation_item.source
        else:
            return answer
        target_f = format_date(target, language, weekday=True)
        period = self.understand(asked, msg.today).entities.period
        if period is None and (whole := msg.understanding.entities.period) is not None and whole.day:
            period = whole
        if period is not None and period.first == period.last == target:
            period = None       # (the day named is the target's own)
        # ("på onsdag nästa vecka": the week is the entity rules' period, the day the weekday's)
        own_day = None if period is not None and period.day else _coming_weekday(folded_asked, msg.today)
        if own_day is not None and own_day <= target:
            # "Hinner vi in med remissvaret på måndag eller är det för sent?": a weekday is no period of the entity
            # rules; the coming one named is set against the last day (b74 #73: the extension text instead).
            when = format_date(own_day, language, weekday=True)
            line = (t(language, f"Nej, inte för sent – {when} är inom tiden: {name} är {target_f}.",
                      f"No, not too late – {when} is in time: {name} is {target_f}.") if late_only else
                    t(language, f"Ja – {when} är inom tiden: {name} är {target_f}.",
                      f"Yes – {when} is in time: {name} is {target_f}."))
            if name.startswith(("remissens", "the consultation")):
                line = line.replace(t(language, "inom tiden", "in time"),
                                    t(language, "inom remisstiden", "within the consultation period"))
                if answer.topic == "feature.extension" and not _EXTENSION_NAMED.search(folded_q):
                    # (how to get an extension, not asked for, would say they are late)
                    greeting = _greeting_apart(answer.text)[0]
                    return answer.model_copy(update={"text": greeting + line, "topic": "consultation.dates",
                                                     "sources": [source]})
        elif own_day is not None:
            when = format_date(own_day, language, weekday=True)
            line = (t(language, f"Ja, utan anstånd – {when} är efter {name}, {target_f}.",
                      f"Yes, without an extension – {when} is after {name}, {target_f}.") if late_only else
                    t(language, f"Nej – {when} är efter {name}, {target_f}.",
                      f"No – {when} is after {name}, {target_f}."))
            if name.startswith(("remissens", "the consultation")):
                line += t(language, " Efter den tar jag emot remissvar bara från en organisation som har fått "
                                    "anstånd; anstånd beviljar samordnarna.",
                          " After it I accept a response only from an organisation with an extension; the "
                          "coordinators grant extensions.")
        elif late_only:
            return answer       # (the other readings below answer "hinner vi?")
        elif period is not None and period.day and period.last <= target:
            n = (target - period.last).days
            when = format_date(period.last, language)
            line = (t(language, f"Ja – {when} är samma dag som {name}, {target_f}.",
                      f"Yes – {when} is the same day as {name}, {target_f}.") if n == 0 else
                    t(language, f"Ja – {when} är {days_phrase(n)} före {name}, {target_f}.",
                      f"Yes – {when} is {days_phrase(n, 'en')} before {name}, {target_f}."))
        elif period is not None and period.first > target:
            line = t(language, f"Nej – {name} är {target_f}, före den tid du nämner.",
                     f"No – {name} is {target_f}, before the time you name.")
            if name.startswith(("remissens", "the consultation")):
                line += t(language, " Efter den tar jag emot remissvar bara från en organisation som har fått "
                                    "anstånd; anstånd beviljar samordnarna.",
                          " After it I accept a response only from an organisation with an extension; the "
                          "coordinators grant extensions.")
        elif (period is None and _BEFORE_ASKED.search(folded_asked) and _OWN_BODY.search(folded_asked)
              and target > msg.today):
            line = t(language, f"Till {name}, {target_f}, är det {days_phrase((target - msg.today).days)}; om ni "
                               "hinner ta det i er egen grupp innan kan jag inte veta – jag känner bara tidplanen.",
                     f"There are {days_phrase((target - msg.today).days, 'en')} until {name}, {target_f}; whether "
                     "your own group can take it up before then I cannot know – I only know the timeline.")
            greeting, body = _greeting_apart(answer.text)
            head, _, tail = body.partition("\n\n")
            if str((target - msg.today).days) in head:
                # (the count is the reply's own first answer: what it cannot know follows it)
                line = t(language, "Om ni hinner ta det i er egen grupp innan kan jag inte veta – jag känner bara "
                                   "tidplanen.",
                         "Whether your own group can take it up before then I cannot know – I only know the "
                         "timeline.")
                text = greeting + "\n\n".join([head, line, *([tail] if tail else [])])
                return answer.model_copy(update={"text": text})
            return answer.model_copy(update={"text": greeting + "\n\n".join([line, body])})
        else:
            return answer
        greeting, body = _greeting_apart(answer.text)
        if own_day is not None and answer.topic.startswith("consultation.") and re.match(
                r"(?:Ja|Nej|Yes|No)\b", body) and format_date(own_day, language) not in body:
            # The status's own yes or no is of the consultation, not of the day named ("Ja: … efter vecka 38
            # återstår 4 dagar" to "för sent på onsdag nästa vecka?"): the day's answer stands in its place.
            rest = body.split("\n\n", 1)[1] if "\n\n" in body else ""
            return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (line, rest) if x),
                                             "sources": list(dict.fromkeys([*answer.sources, source]))})
        if _OWN_YES_NO.search(body) or fold(line)[:25] in fold(body):
            return answer       # (a yes or no of the reply's own – "Nej, inte utan anstånd: oktober …" – answers it)
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, body]),
                                         "sources": list(dict.fromkeys([*answer.sources, source]))})

    def _answered_not_unknown(self, msg: Message, answer: Answer) -> Answer:
        """A part quoted as unknown ("”… vilken veckodag blir det?” – det vet jag inte") whose kind of answer the rest
        of the reply gives (a weekday, a count of days, a date) is dropped: the reply would contradict itself (round
        32, b63 #71, b64 #90 – the part was answered, then said unknown by a layer reading its words, not its kind)."""
        if "”" not in answer.text and "“" not in answer.text:
            return answer       # cheap: no part quoted
        paragraphs = answer.text.split("\n\n")
        kept = list(paragraphs)
        for paragraph in paragraphs:
            m = _QUOTED_UNKNOWN.match(paragraph)
            if m is None:
                continue
            rest = fold("\n\n".join(x for x in kept if x is not paragraph))
            if _kind_answered(m.group("q") + "?", rest):
                kept = [x for x in kept if x is not paragraph]
        if len(kept) == len(paragraphs) or not kept:
            return answer
        return answer.model_copy(update={"text": "\n\n".join(kept)})

    def _coordinators_role_first(self, msg: Message, answer: Answer) -> Answer:
        """"vad gör samordnarna?", "vad sysslar samordnarna med?", "what's the coordinators' job?": what they do
        (the material does not describe their role; in the bot: polls, status, export, extensions, meetings,
        reminders – README) leads, and the stock "Kontakta samordnarna" comes after it, if at all (b78 #65: the
        contact line led and the role came second, or the partnership's role answered instead)."""
        folded_q = msg.folded
        if "samordnar" not in folded_q and "coordinator" not in folded_q and "koordinator" not in folded_q:
            return answer       # cheap
        if msg.split or not _COORDINATORS_ROLE.search(folded_q) or _ROLE_OTHER.search(folded_q):
            return answer       # (a comparison with the partnership is _coordinators_beside's)
        language = msg.language
        line = t(language, "Samordnarnas roll beskriver underlaget inte. I boten är det samordnarna som gör "
                           "omröstningar, ser status, exporterar, ger anstånd, lägger in möten och styr kanalens "
                           "påminnelser.",
                 "The material does not describe the coordinators' role. In the bot the coordinators run polls, see "
                 "the status, export, grant extensions, add meetings and direct the channel's reminders.")
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(line):
            return answer
        # (The contact paragraph stays, after the role: they are whom to ask; another topic's paragraph goes.)
        contact = [x for x in body.split("\n\n") if x.startswith(("Kontakta samordnarna", "Contact the coordinators"))]
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *contact]), "confident": True,
                                         "topic": "feature.contact", "action": None, "card": None, "suggestions": []})

    def _own_records_told(self, msg: Message, answer: Answer) -> Answer:
        """What the bot keeps of the asker, told from its documented features (README "In Teams", "The Teams tab"),
        not the stock introduction or "I don't know": whether it remembers an earlier question ("kommer du ihåg vad
        jag frågade förra veckan?", b78 #17: no feature shows past questions; what it keeps is what its commands
        keep), whether a message is anonymous ("är det här meddelandet anonymt?", b78 #67: no – Teams' own account,
        and what is given is kept with who gave it), and a submitted response's record or copy ("Does the bot keep
        a record of it, and can I get a copy for our archive?", b78 #93: kept with receipt and history, the
        organisation's row, the coordinators' export). Votes asked of stay the polls' answer (never who voted)."""
        folded_q = msg.folded
        if "anonym" not in folded_q and "ihag" not in folded_q and "minns" not in folded_q and (
                "remember" not in folded_q) and not ("remissvar" in folded_q or "response" in folded_q):
            return answer       # cheap
        language = msg.language
        kept = t(language, "Det jag sparar är det som lämnas i mina funktioner – vilken organisation du företräder, "
                           "inspel, organisationens remissvar (utkast och inskickade versioner, med vem som sparade "
                           "och när), röster i omröstningar och om de personliga påminnelserna är på eller av.",
                 "What I keep is what is given in my features – which organisation you represent, input, the "
                 "organisation's consultation response (drafts and submitted versions, with who saved them and "
                 "when), votes in polls and whether the personal nudges are on or off.")
        if _REMEMBERED.search(folded_q) and not msg.split:
            text = t(language, "Nej, vad du har frågat tidigare kan jag inte ta fram – att visa tidigare frågor är "
                               "ingen av mina funktioner. ",
                     "No, I cannot bring up what you asked before – showing earlier questions is not one of my "
                     "features. ") + kept + t(
                language, " Det ser du med kommandona **organisation**, **inspel** och **remissvar**. Ställ gärna "
                          "frågan igen, så svarar jag.",
                " You see it with the commands **organisation**, **input** and **response**. Do ask the question "
                "again and I will answer it.")
        elif "anonym" in folded_q and not msg.split and not _POLL_ASKED.search(folded_q) and not (
                _INPUT_OR_RESPONSE_NAMED.search(folded_q)):
            # (input or a response given anonymously is that feature's answer; a poll's, the polls')
            text = t(language, "Nej, inte anonymt: du skriver till mig i Teams under ditt eget konto, och det du "
                               "lämnar i mina funktioner sparas med vem som lämnade det. ",
                     "No, not anonymous: you write to me in Teams under your own account, and what you give in my "
                     "features is kept with who gave it. ") + kept + t(
                language, " Samordnarna kan ta fram allt som är sparat om en person (**personuppgifter**). I en "
                          "omröstning visar kortet bara hur många som röstat och rösterna per alternativ, inte vem "
                          "som röstat på vad.",
                " The coordinators can produce everything stored about a person (**personal data**). In a poll the "
                "card shows only how many have voted and the votes for each option, not who voted for what.")
        elif _RECORD_ASKED.search(folded_q) and _SUBMITTED_ASKED.search(folded_q) and _RESPONSE_ASKED.search(
                folded_q) and not msg.split and not _DRAFT_OR_RECEIPT.search(folded_q):
            # (one question alone: a receipt asked for is the receipt's answer – b62 #63 – a draft the draft's)
            text = t(language, "Ja, ett inskickat remissvar sparas: med **remissvar** ser du er organisations svar "
                               "med kvitto och historiken över varje inskickad version, och på flikens sida "
                               "Remissvar ser du er organisations rad; inskickade remissvar är allmänna handlingar och "
                               "sparas. En kopia till arkivet kan samordnarna ta fram: de exporterar remissvaren som "
                               "CSV och Excel (**export**) – be dem.",
                     "Yes, a submitted response is kept: with **response** you see your organisation's response with "
                     "its receipt and the history of every submitted version, and on the tab's Remissvar page you "
                     "see your organisation's row; submitted responses are public documents and are kept. A copy "
                     "for your archive the coordinators can produce: they export the responses as CSV and Excel "
                     "(**export**) – ask them.")
            greeting, _ = _greeting_apart(answer.text)
            return answer.model_copy(update={"text": greeting + text, "topic": "feature.remissvar", "confident": True,
                                             "action": "remissvar", "card": None, "suggestions": []})
        else:
            return answer
        greeting, _ = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + text, "topic": "feature.privacy", "confident": True,
                                         "action": None, "card": None, "suggestions": []})

    def _funding_not_extension(self, msg: Message, answer: Answer) -> Answer:
        """"kan vi få förlängd finansiering genom RUS?": funding extended is not the response's extension (anstånd);
        the material says nothing of funding, and the reply says so instead of the anstånd paragraph (b77 #69: the
        extension's paragraph answered a project's funding)."""
        folded_q = msg.folded
        if "finansi" not in folded_q and "fund" not in folded_q and "bidrag" not in folded_q:
            return answer       # cheap
        if not _FUNDING_NAMED.search(folded_q) or _RESPONSE_LATE.search(folded_q):
            return answer       # (an extension of the response asked as well keeps its answer)
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        kept = [x for x in paragraphs if not x.startswith(("Anstånd med remissvaret beviljar",
                                                            "The coordinators grant extensions for"))]
        if len(kept) == len(paragraphs):
            return answer
        language = msg.language
        kept = [x.removesuffix(" Det som står är:").removesuffix(" What it does say:") for x in kept]
        if not any("finansiering" in x or "funding" in x for x in kept):
            kept.append(t(language, "Om finansiering – till exempel att förlänga ett projekts finansiering – står "
                                    "inget i underlaget, som handlar om uppdateringen av RUS; fråga samordnarna.",
                          "Funding – such as extending a project's funding – is not in the material, which is about "
                          "the update of RUS; ask the coordinators."))
        topic = "unknown" if answer.topic == "feature.extension" else answer.topic     # (no extension was asked)
        return answer.model_copy(update={"text": greeting + "\n\n".join(kept), "action": None, "topic": topic})

    def _draft_beside_told(self, msg: Message, answer: Answer) -> Answer:
        """"…Can we get an extension? And is it OK to send a draft before that?": a draft asked of beside another
        question of the response, which the reply leaves out, is answered from README (`remissvar`: drafts are saved,
        several representatives write in the same response, submitted only with Skicka in); a preliminary response
        is not in the material (b77 #71)."""
        folded_q = msg.folded
        if "utkast" not in folded_q and "draft" not in folded_q:
            return answer       # cheap
        if not _DRAFT_SENT.search(folded_q):
            return answer       # (the RUS draft, or a draft of one's own being written, is not sending one)
        folded_a = fold(answer.text)
        if "utkast" in folded_a or "draft" in folded_a or "inspel" in folded_q or "input" in folded_q:
            return answer
        line = t(msg.language, "Utkast: med **remissvar** kan ni spara ett utkast av organisationens remissvar så ofta "
                               "ni vill, och flera företrädare kan skriva i samma svar; det lämnas in först när ni "
                               "väljer **Skicka in**. Om ett preliminärt svar före det slutliga räknas står inte i "
                               "underlaget; fråga samordnarna.",
                 "Drafts: with **response** you can save a draft of your organisation's response as often as you "
                 "like, and several representatives can write in the same response; it is submitted only when you "
                 "choose **Submit**. Whether a preliminary response before the final one counts is not in the "
                 "material; ask the coordinators.")
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + line, "confident": True})

    def _handler_link_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur gör jag så att det är jag som får hantera remissen för Hallsbergs kommun?", "how do I become the one
        who handles the consultation for Nora?": becoming the organisation's representative is the `organisation`
        command and a coordinator's confirmation (README "In Teams"), which leads – not "Ja, Hallsberg får remissen"
        (b78 #37) nor how the response is written together."""
        folded_q = msg.folded
        if "hur" not in folded_q and "how" not in folded_q:
            return answer       # cheap
        if "**organisation**" in answer.text or not _BECOME_HANDLER.search(folded_q) or not _OF_CONSULTATION.search(
                folded_q) or not _BECOMING.search(folded_q):      # ("hur svarar vi på remissen?" is the how)
            return answer
        named = msg.understanding.entities.organisations
        org = named[0].name if len(named) == 1 else None
        language = msg.language
        if org is not None:
            line = t(language, f"Skriv **organisation** och välj **{org}** i listan; en samordnare bekräftar sedan "
                               f"att du företräder {org}. Tills kopplingen är bekräftad kan du inte lämna inspel och "
                               "remissvar för organisationen; sedan skriver du remissvaret med **remissvar**.",
                     f"Write **organisation** and choose **{org}** from the list; a coordinator then confirms that you "
                     f"represent {org}. Until the link is confirmed you cannot give input or responses for it; then "
                     "you write the response with **response**.")
        else:
            line = t(language, "Skriv **organisation** och välj din organisation i listan; en samordnare bekräftar "
                               "sedan att du företräder den. Tills kopplingen är bekräftad kan du inte lämna inspel "
                               "och remissvar för organisationen; sedan skriver du remissvaret med **remissvar**.",
                     "Write **organisation** and choose your organisation from the list; a coordinator then confirms "
                     "that you represent it. Until the link is confirmed you cannot give input or responses for it; "
                     "then you write the response with **response**.")
        greeting, body = _greeting_apart(answer.text)
        # (Whether the organisation gets the consultation, or how its representatives write together, is not what
        # was asked; the other parts' answers stay after the step.)
        rest = [x for x in body.split("\n\n") if not (x.startswith(("Ja, **", "Yes, **")) and (
            "får remissen" in x or "gets the consultation" in x)) and not x.startswith(("Yes. There is one response",
                                                                                        "Ja. Det finns ett remissvar"))]
        alone = not msg.split and answer.topic in ("consultation.respondents", "feature.remissvar")
        rest = [] if alone else rest
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *rest]), "confident": True,
                                         "action": "organisation",
                                         "topic": "feature.organisation" if alone else answer.topic})

    def _input_steps_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur gör jag steg för steg för att lämna ett inspel? Jag har aldrig använt en bot förut.": the steps as
        README has them – the organisation chosen and confirmed first (only confirmed partners give input), then
        `inspel` and Nytt inspel, then listing, editing and withdrawing – not the one step "välj Nytt inspel" (b77
        #20: the first step, for someone not yet linked, was left out)."""
        folded_q = msg.folded
        if answer.topic != "feature.inspel" or msg.split or not _STEPWISE.search(folded_q):
            return answer       # cheap: the topic first
        text = t(msg.language,
                 "Så här lämnar du ett inspel – ett förslag på vad som ska uppdateras i RUS:\n"
                 "1. Skriv **organisation** och välj den organisation du företräder; en samordnare bekräftar sedan "
                 "kopplingen. Bara bekräftade partner kan lämna inspel.\n"
                 "2. Skriv **inspel** (eller till exempel ”Jag vill lämna ett inspel”) och välj **Nytt inspel**; "
                 "skriv ditt förslag och skicka det.\n"
                 "3. Med **inspel** ser du sedan dina inspel och kan ändra eller dra tillbaka dem.",
                 "This is how you give input – a proposal for what should be updated in RUS:\n"
                 "1. Write **organisation** and choose the organisation you represent; a coordinator then confirms "
                 "the link. Only confirmed partners can give input.\n"
                 "2. Write **input** (or, for example, \"I want to give input\") and choose **New input**; write your "
                 "proposal and send it.\n"
                 "3. With **input** you then see your input and can edit or withdraw it.")
        greeting, _ = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": greeting + text})

    def _late_arrival_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vad händer om vårt svar kommer in på måndag?", "om vi skickar imorgon – räknas det ändå?", "If we miss the
        deadline, will our response still count?": a response arriving after the consultation's last day, asked
        before or on it, got the mandate's or the timeline's stock card (b81 #75, b82 #80, b83 #75). The last day
        (today, when it is), that the bot takes a response after it only with the coordinators' anstånd (README-user),
        and that the fate of a late response is not in the material lead – nothing promised. A moment named that
        is still inside the consultation is not this layer's."""
        folded_q = msg.folded
        when = _LATE_ARRIVAL_WHEN.search(folded_q)
        if when is None or not _LATE_ARRIVAL_FATE.search(folded_q) or not _LATE_ARRIVAL_SENT.search(folded_q):
            return answer       # cheap
        if "inspel" in folded_q or "input" in folded_q or (last := self._last_day_ahead(msg)) is None:
            return answer
        today, lang = msg.today, msg.language
        if when.group("tomorrow"):
            day: dt.date | None = today + dt.timedelta(days=1)
        elif when.group("weekday"):
            ahead = (_WEEKDAY_NUMBER[when.group("weekday")] - today.weekday()) % 7
            day = today + dt.timedelta(days=ahead or 7)
        elif when.group("week"):
            day = today + dt.timedelta(days=7 - today.weekday())
        else:
            day = None
        greeting, body = _greeting_apart(answer.text)
        last_f = format_date(last, lang, weekday=True)
        if day is not None and day <= last:
            # "räknas svaret om vi skickar det på onsdag?": still inside the consultation – yes, unless answered
            if body.startswith(("Ja", "Nej", "Yes", "No")) or format_date(day, lang) in body:
                return answer
            day_f = format_date(day, lang, weekday=True)
            lead = t(lang, f"Ja – {day_f} är inom remisstiden: sista dagen är {last_f}, och jag tar emot remissvar "
                           "till midnatt (svensk tid) den dagen.",
                     f"Yes – {day_f} is within the consultation: its last day is {last_f}, and I accept responses "
                     "until midnight (Swedish time) that day.")
            kept = [x for x in body.split("\n\n") if x and not x.startswith(("Det står inte i underlaget, och jag kan "
                                                                           "inte svara", "The material does not say"))]
            return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *kept])})
        said = fold(answer.text)
        if (("star inte i underlaget" in said or "tar inte upp vad som hander" in said) and "anstand" in said) or (
                ("not in the material" in said or "does not cover what happens" in said) and "extension" in said):
            return answer       # the late response's fate said unknown, and the extension, already
        if today == last:
            first = t(lang, f"I dag är sista dagen för remissen ({last_f}).",
                      f"Today is the consultation's last day ({last_f}).")
        else:
            rel = self.kit.when_relative(last, today, lang)
            first = t(lang, f"Sista dagen för remissen är {last_f} ({rel}).",
                      f"The consultation's last day is {last_f} ({rel}).")
        if day is None:
            arrives = t(lang, "Efter sista dagen", "After the last day")
        else:
            day_f = format_date(day, lang, weekday=True)
            arrives = t(lang, f"{day_f[:1].upper()}{day_f[1:]} är efter sista dagen: då",
                        f"{day_f} is after the last day: then")
        lead = t(lang, f"{first} {arrives} tar jag emot ert remissvar bara om samordnarna har gett er organisation "
                       "anstånd till ett senare datum. Om ett sent svar ändå räknas står inte i underlaget, så jag kan "
                       "inte lova det: kontakta samordnarna snarast med organisationen och det datum ni behöver – om "
                       "ni får anstånd avgör de.",
                 f"{first} {arrives} I accept your response only if the coordinators have given your organisation "
                 "an extension to a later date. Whether a late response counts anyway is not in the material, so I "
                 "cannot promise it: contact the coordinators soon with your organisation and the date you need – "
                 "whether you get an extension is up to them.")
        paragraphs = body.split("\n\n") if body else []
        closing = [x for x in paragraphs if x.startswith(("Sista dagen för remissen är", "The consultation's last day "
                                                                                           "is"))]
        if closing:
            # the hour the last day ends, asked beside, names the last day: said once; the consultation's card goes
            lead, kept = lead[len(first) + 1:], closing[:1]
        elif msg.split or answer.topic not in ("mandate", "timeline", "now", "next", "unknown", "unsure",
                                               "feature.remissvar", "consultation.days_left", "consultation.dates"):
            kept = paragraphs
        else:
            kept = []
        after = _AFTER_CONSULTATION_ASKED.search(folded_q, when.end())
        if after is not None:
            ask = t(lang, "Vad händer efter remissen?", "What happens after the consultation?")
            more = self._answer_one(ask, self.understand(ask, today), today, lang)
            if more.confident and more.topic == "next" and more.text not in body:
                kept.append(more.text)
        return answer.model_copy(update={"text": greeting + "\n\n".join([lead, *kept])})

    def _outside_request_declined(self, msg: Message, answer: Answer) -> Answer:
        """"Kan du skriva ett julkort till mina kollegor?", "God jul! Har du nåt bra tips på julklapp till chefen?",
        "vad händer i almedalen i år?", "Hur är det med smittläget i Örebro län just nu? ska vi ställa in höstens
        möten?": a request outside the update got a neighbouring stock text (a word of the deck, the timeline of the
        year, the meeting commands, the holiday greeting) – declined in a friendly way instead, with what the bot does
        (b85 #5, b82 #100, b83 #54, b81 #50). Of the pandemic the material says only that it is one of the events
        behind the review; nothing of infection rates or meetings. A message that also names the update is left."""
        folded_q = msg.folded
        writing = _PERSONAL_TEXT_ASKED.search(folded_q)
        gift = _GIFT_TIPS_ASKED.search(folded_q) and _TIPS_WORDS.search(folded_q)
        subject = _OUTSIDE_SUBJECT.search(folded_q)
        if not (writing or gift or subject):
            return answer       # cheap
        if _UPDATE_NAMED.search(folded_q) or len(folded_q) > 220:
            return answer
        lang = msg.language
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Det kan jag tyvärr inte", "I'm afraid I can't", "Det kan jag inte.", "I can't do that")):
            return answer       # declined already (talk's "cannot")
        does = t(lang, "jag svarar bara på frågor om uppdateringen av RUS 2021 (tidplanen, remissen, faserna, vem som "
                       "gör vad och vilka som är med) och tar emot inspel och remissvar. Fråga gärna om det!",
                 "I only answer questions about the 2021 update of RUS (the timeline, the consultation, the phases, "
                 "who does what and who is involved) and take input and consultation responses. Do ask about that!")
        if not greeting.strip() and (holiday := _HOLIDAY_GREETING.match(folded_q)) is not None:
            # ("God jul! Har du nåt bra tips på julklapp?": the wish is returned, as the holiday reply did)
            said = msg.text.strip()[:holiday.end()]
            greeting = f"{said[:1].upper()}{said[1:]}! "
        if subject and _PANDEMIC_SUBJECT.search(subject.group(0)):
            line = t(lang, "Det kan jag tyvärr inte svara på: smittläget står inte i underlaget, och råd om era egna "
                           "möten kan jag inte ge. Pandemin nämns där bara som en av händelserna i omvärlden bakom "
                           f"översynen av RUS. {does[:1].upper()}{does[1:]}",
                     "I'm afraid I can't answer that: the infection rate is not in the material, and I cannot advise "
                     "on your own meetings. The pandemic is named there only as one of the events in the world behind "
                     f"the review of RUS. {does}")
        elif subject:
            line = t(lang, f"Det kan jag tyvärr inte svara på – det står inte i underlaget; {does}",
                     f"I'm afraid I can't answer that – it is not in the material; {does}")
        else:
            line = t(lang, f"Det kan jag tyvärr inte hjälpa till med – {does}",
                     f"I'm afraid I can't help with that – {does}")
        return answer.model_copy(update={"text": greeting + line, "topic": "unknown", "confident": True,
                                         "sources": []})

    def _late_included_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"Vi missade remissen … Kan vi fortfarande skicka in? Och kommer våra synpunkter i så fall med i den version
        som går till politiken?": after the consultation's last day, whether late comments are taken into the
        version that goes on is not in the material – said so, second, rather than left out (b78 #82: only the
        process list answered it)."""
        folded_q = msg.folded
        if " med" not in folded_q and "includ" not in folded_q and "account" not in folded_q and (
                "beakta" not in folded_q and "consider" not in folded_q):
            return answer       # cheap
        last = self._last_day()
        if last is None or msg.today <= last or not _LATE_INCLUDED.search(folded_q) or not _LATE_WORDS.search(
                folded_q):
            return answer
        folded_a = fold(answer.text)
        if "efter remisstiden tas med" in folded_a or "after the consultation's last day are" in folded_a:
            return answer
        line = t(msg.language, "Om synpunkter som kommer in efter remisstiden tas med i den version som går vidare "
                               "till den politiska förankringen står inte i underlaget; fråga samordnarna.",
                 "Whether comments that come in after the consultation's last day are taken into the version that "
                 "goes on to political anchoring is not in the material; ask the coordinators.")
        greeting, body = _greeting_apart(answer.text)
        first, _, rest = body.partition("\n\n")
        return answer.model_copy(update={"text": greeting + "\n\n".join(x for x in (first, line, rest) if x)})

    def _remiss_defined_first(self, msg: Message, answer: Answer) -> Answer:
        """"what exactly is the 'remiss', and will we be able to respond as an institution?", "vad är remissen
        egentligen?": what a remiss is (the glossary's definition) leads, not its dates; and "can we respond as an
        organisation" said uncertain is answered – the consultation goes to the partnership and each of its
        organisations responds with `remissvar` (README) (b78 #32)."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer       # cheap
        m = _WHAT_IS_REMISS.search(folded_q)
        if m is None or answer.topic == "definition" or not _DEFINITION_MEANT.search(folded_q[m.start():m.end() + 14]):
            return answer       # (a bare "Vad är remissen?" is its dates, as the corpus has it)
        ask = t(msg.language, "Vad är en remiss?", "What is a consultation (remiss)?")
        more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, msg.language)
        if more.topic != "definition" or not more.confident:
            return answer
        greeting, body = _greeting_apart(answer.text)
        definition = more.text.split("\n\n", 1)[0]
        respond = t(msg.language, "Ja: remissen går till Partnerskapet för regional utveckling, och varje "
                                  "organisation i det lämnar sitt remissvar – organisationens bekräftade företrädare "
                                  "skriver och skickar in det med **remissvar**.",
                    "Yes: the consultation goes to the Partnership for Regional Development, and each of its "
                    "organisations gives its response – the organisation's confirmed representatives write and "
                    "submit it with **response**.")
        # (Another question's answer stays; the remiss's dates, which answered "what is it", go. Responding as an
        # organisation said uncertain, or left out, is answered.)
        kept = [x for x in body.split("\n\n") if x.startswith(("“", "”")) or (msg.split and not x.startswith(
            ("Remissen öppnar", "The consultation opens", "The timeline does not", "Exakt startdag", "_", "I dag (",
             "Today (")))]
        kept = [respond if _RESPOND_AS_ORG.search(fold(x)) else x for x in kept]
        if _RESPOND_AS_ORG.search(folded_q) and respond not in kept:
            kept.append(respond)
        if kept:
            return more.model_copy(update={"text": greeting + "\n\n".join([definition, *kept])})
        return more.model_copy(update={"text": greeting + more.text})

    def _member_town_in_county(self, msg: Message, answer: Answer) -> Answer:
        """"Is Degerfors part of the partnership? They're not really in our region, right?": a member municipality
        said not to be in the county is one of its municipalities, all of which are in the partnership (the process
        file's member list) – said in place of "I don't know" (b81 #99 left the false premise standing)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("region", "lan", "county")) or not any(
                w in folded_q for w in ("inte", "int ", "not", "n't", "utanfor", "outside")):
            return answer       # cheap
        m = _NOT_IN_COUNTY.search(folded_q)
        towns = [o for o in msg.understanding.entities.organisations if o.kind == "kommun"]
        if m is None or len(towns) != 1:
            return answer
        town, language = towns[0], msg.language
        p_name = self.process.partnership.name.get(language)
        line = t(language, f"Jo – **{town.name}** är en av länets kommuner, och alla länets kommuner är med i "
                           f"{p_name}.",
                 f"Not so – **{town.name}** is one of the county's municipalities, and all of them are in "
                 f"{lower_first(p_name)}.")
        greeting, body = _greeting_apart(answer.text)
        quoted = m.group(0)[:12]
        paragraphs = [x for x in body.split("\n\n") if not (
            x.startswith(("”", "“", '"')) and any(w in x for w in _KNOWS_NOT) and quoted in fold(x))]
        if answer.topic in ("unknown", "unsure"):
            # (a stock "I don't know" read the message as something else)
            answer = answer.model_copy(update={"topic": "organisation", "confident": True, "card": None})
            paragraphs = []
        paragraphs.append(line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs),
                                         "sources": list(dict.fromkeys([*answer.sources, town.source]))})

    def _premise_refuted_first(self, msg: Message, answer: Answer) -> Answer:
        """"Eftersom det blev en helt ny strategi – när börjar den nya RUS:en gälla?": the new-strategy premise of the
        message's first question is refuted first, not after the answer that rests on it (b85 #83 answered when it
        applies, then "Nej – det är inte en ny RUS")."""
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        at = next((i for i, x in enumerate(paragraphs) if x.startswith(_NEW_RUS_REFUTED)), None)
        if not at:
            return answer       # cheap: none, or first already
        first_question = msg.folded.split("?", 1)[0]
        if not _NEW_STRATEGY_SAID.search(first_question) or any(
                x.startswith(("Nej", "No ", "No,")) for x in paragraphs[:at]):
            return answer       # (the premise of a later question: its refutation stays by its answer)
        paragraphs.insert(0, paragraphs.pop(at))
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _untold_parts_told(self, msg: Message, answer: Answer) -> Answer:
        """A part of the message the material says nothing of – whether the response must be treated politically at
        home, forwarding the consultation internally, individuals answering beside the organisation, what a meeting
        decided, where the final version is published, a launch, whether the current RUS applies meanwhile, redoing
        given input, one's own goals, how many have replied, what comments are wanted – said unknown in one line
        after the parts answered, rather than left out without a word (round 38: b81–b85). Each part only by its
        own words (_UNTOLD_PARTS), and only when the reply does not speak of it already. A part the material does
        answer (what is to be updated, why a consultation now, whether the wished period came about, how to give
        views) gets that answer instead, from its own plain question (_TOLD_ELSEWHERE)."""
        folded_q = msg.folded
        parts = [x for x in _UNTOLD_PARTS if any(w in folded_q for w in x.cheap)]
        if not parts and not any(w in folded_q for x in _TOLD_ELSEWHERE for w in x.cheap):
            return answer       # cheap
        if msg.text.count("?") <= 1 and answer.text.lstrip().startswith(_UNTOLD_WHOLE):
            return answer       # one question, and the reply is that it is not known
        # Only what the message asks ("?", "undrar om …"): "nämnden vill att remissvaret ska vara politiskt förankrat"
        # tells (b46 #63). (A line broken inside a question is one sentence: "skicka den vidare till våra\n
        # institutioner?", b83 #45.)
        # An unpunctuated last sentence is asked all the same ("… va? blev det så", b82 #10), as _covered reads it.
        sentences = split_sentences(" ".join(msg.text.split()))
        last = sentences[-1] if sentences and msg.text.rstrip()[-1:].isalnum() else None
        asked = fold(" ".join(x for x in sentences if "?" in x or x is last or (
            _UNTOLD_INDIRECT.search(fold(x))))) if "?" in msg.text else folded_q
        lang = msg.language
        text = answer.text.rstrip()
        added: list[str] = []
        for part in parts:
            if not part.asked.search(asked) or (part.key == "meeting_outcome" and not _UNTOLD_MEETING.search(folded_q)):
                continue
            said = fold(text)
            line = t(lang, part.sv, part.en)
            if part.key == "meeting_outcome" and not re.search(r"avstamning|check-?in", folded_q):
                # ("mötet i oktober": a meeting the plan does not have is not called the check-in, b44 #49)
                line = line.replace("på avstämningen", "på mötet").replace("at the check-in", "at the meeting")
            if part.said.search(said) or line[:40] in text or any(
                    part.asked.search(fold(x)) for x in text.split("\n\n") if any(k in x for k in _KNOWS_NOT)):
                continue        # (said in its own words, or the question quoted beside "I don't know")
            if part.key in ("where_final", "launch") and "2021" not in said:
                goal = self.kit.last_dated()
                if goal.last is not None:
                    ready = format_fuzzy_at(goal.last, lang)
                    line += t(lang, f" Enligt tidplanen ska den uppdaterade RUS vara klar {ready}, efter politiskt "
                                    "beslut i regionfullmäktige.",
                              f" According to the timeline the updated RUS is to be ready {ready}, after the "
                              "political decision in the regional council.")
            elif part.key == "comments_on" and self.process.drivers and fold(
                    self.process.drivers[0].text.sv)[:25] not in said:
                line += t(lang, " Det som står är att det är en uppdatering av den nuvarande RUS, inte en ny, på "
                                "grund av händelser i omvärlden:\n",
                          " What it says is that this is an update of the current RUS, not a new one, because of "
                          "events in the world around:\n") + "\n".join(
                    f"- {d.text.get(lang)}" for d in self.process.drivers)
            elif part.key == "redo_input" and ("**inspel**" in text or "**input**" in text):
                line = line.split(". ")[0] + "."   # (the input card says already how to see and edit them)
            added.append(line)
            text = f"{text}\n\n{line}"
        for told in (x for x in _TOLD_ELSEWHERE if any(w in folded_q for w in x.cheap)):
            if not told.asked.search(asked) or told.said.search(fold(text)):
                continue
            if told.key == "views_how" and ("remiss" in folded_q or "consultation" in folded_q):
                continue        # (how to respond to the consultation: _how_to_respond_told)
            if told.key == "did_it_happen" and "remiss" not in folded_q and "consultation" not in folded_q:
                continue        # ("blev det så?" of something else the plan does not tell)
            if told.key == "what_updated" and not re.search(r"uppdater|andr|update|chang", folded_q):
                continue        # ("What commands do you understand? Is there a list?", b42 #63)
            ask = t(lang, told.sv, told.en)
            more = self._answer_one(ask, self.understand(ask, msg.today), msg.today, lang)
            if not more.confident:
                continue
            new = _new_paragraphs(_greeting_apart(more.text)[1], text).split("\n\n")[0]
            if not new:
                continue
            if told.key == "did_it_happen" and (closing := self._last_day()) is not None and (
                    format_date(closing, lang).split()[1].lower() in folded_q):
                new = t(lang, "Ja, enligt tidplanen. ", "Yes, according to the timeline. ") + new
            if told.key == "what_updated" and re.search(r"\blista\b|\blist\b", asked):
                new = t(lang, "Någon lista över vad som ska ändras finns inte i underlaget – det är det fas 1 ska "
                              "identifiera.\n", "The material has no list of what is to change – that is what phase 1 "
                              "is to identify.\n") + new
            added.append(new)
            text = f"{text}\n\n{new}"
        if not added:
            return answer
        return answer.model_copy(update={"text": text})

    def _decision_notice_told(self, msg: Message, answer: Answer) -> Answer:
        """"…and will the bot notify us when it's decided?", "meddelar boten oss när RUS är beslutad?": the bot sends no
        notice of the council's decision – its reminders are of meetings and the consultation's last day (README "In
        Teams") and the decision has no date in the plan – said after the answer, which left it out (b86 #91). No
        notice is promised; the coordinators are whom to ask."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("beslut", "decid", "decision", "adopt", "approv", "antag", "klubba",
                                           "faststall", "klar", "ready", "fattat")):
            return answer       # cheap
        if not _DECISION_NOTICE_R38.search(folded_q) or not re.search(r"\b(?:boten|bot|du|dig|you|it)\b", folded_q):
            return answer
        said = fold(answer.text)
        if "inte om beslutet" in said or "not of the decision" in said or "ingen notis" in said or (
                "no notice" in said):
            return answer
        line = t(msg.language, "Någon notis om beslutet skickar jag inte: mina påminnelser gäller möten och remissens "
                               "sista dag, och beslutet har inget datum i tidplanen. Vill ni få veta när det är "
                               "fattat, fråga samordnarna.",
                 "I send no notice of the decision: my reminders are of meetings and the consultation's last day, and "
                 "the decision has no date in the timeline. If you want to know when it is taken, ask the "
                 "coordinators.")
        if not msg.split and len(split_sentences(msg.text)) == 1:
            greeting, body = _greeting_apart(answer.text)      # (the notice alone asked: its answer first)
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})
        return answer.model_copy(update={"text": f"{answer.text.rstrip()}\n\n{line}"})

    def _reminder_despite_answered_told(self, msg: Message, answer: Answer) -> Answer:
        """"jag fick en påminnelse om remissen men vi har redan svarat??", "Varför får jag den när vår chef redan har
        svarat?": why it came (README: the personal nudges go only to organisations that have not submitted, the
        channel's to everyone) and how to check – a saved draft is not submitted, **remissvar** shows "Inskickat" with
        a receipt – leads, rather than the stock schedule, how to turn them off alone, or "Ja: välj Spara utkast"
        (b84 #77, b85 #67, b82 #73). Whether they have answered the bot does not claim."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("paminn", "remind", "nudge", "tjat", "nag")):
            return answer       # cheap
        if not _ANSWERED_DESPITE_R38.search(folded_q) or not re.search(r"paminn|remind|nudge|\btjat\w*|"
                                                                        r"\bnag(?:s|ging|ged)?\b", folded_q):
            return answer
        said = fold(answer.text)
        if "sparat utkast ar inte inskickat" in said or "saved draft is not submitted" in said:
            return answer       # (features.reminders' own lead says it)
        language = msg.language
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [x for x in body.split("\n\n") if x and not x.startswith(("Ja: välj **Spara utkast**",
                                                                               "Yes: choose **Save draft**"))]
        line = t(language, "Personliga påminnelser går bara till företrädare för organisationer som inte har skickat "
                           "in sitt remissvar – ett sparat utkast är inte inskickat. Skriv **remissvar** och se om där "
                           "står ”Inskickat” med datum och kvitto; gör det inte det fast ni har svarat, kontakta "
                           "samordnarna. Kanalens påminnelser går till alla i kanalen, oavsett vem som har svarat.",
                 "Personal reminders go only to representatives of organisations that have not submitted their "
                 "response – a saved draft is not submitted. Write **response** and see whether it says \"Submitted\" "
                 "with a date and receipt; if it does not although you have answered, contact the coordinators. The "
                 "channel's reminders go to everyone in the channel, whoever has answered.")
        if "paminn mig av" not in said and "nudges off" not in said:
            line += t(language, " Dina personliga stänger du av med **påminn mig av**.",
                      " You turn your personal ones off with **nudges off**.")
        stop_told = bool(paragraphs) and ("**påminn mig av**" in paragraphs[0] or "**nudges off**" in paragraphs[0])
        if stop_told and _STOP_ASKED_R38.search(folded_q) and not re.search(
                r"\b(?:varfor|why|how come|hur kommer det sig)\b", folded_q):
            # ("Kan ni sluta påminna mig? Vi har redan skickat in.": the stop asked is answered first, the why after.)
            return answer.model_copy(update={"text": greeting + "\n\n".join([paragraphs[0], line, *paragraphs[1:]]),
                                             "confident": True})
        return answer.model_copy(update={"text": greeting + "\n\n".join([line, *paragraphs]), "confident": True})

    def _response_arrival_check_told(self, msg: Message, answer: Answer) -> Answer:
        """"Hur kollar jag att det kom in?", "fick inget kvitto", "Har vi svarat? /Handelskammaren": whether the
        organisation's response came in is what **remissvar** shows (README: "Inskickat" with date, receipt and
        history; a draft is not submitted), for a confirmed representative of it (**organisation**) – told, never
        guessed, rather than a generic "cannot say" or the consultation's dates alone (b81 #77, b83 #72). Leads when
        the check is asked before any other question; else follows the answer."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("svar", "skick", "lamna", "kvitt", "receipt", "confirm", "bekraft",
                                           "answer", "respon", "submit", "repl", "kom", "came", "through", "receiv")):
            return answer       # cheap
        m = _ARRIVAL_CHECK_R38.search(folded_q)
        if m is None or "inspel" in folded_q or "input" in folded_q:
            return answer
        said = fold(answer.text)
        if ("kvitto" in said or "receipt" in said) and ("**remissvar**" in said or "**response**" in said):
            return answer       # (the receipt and where the state is shown, said already)
        language = msg.language
        line = t(language, "Om ert remissvar har kommit in ser du med **remissvar** (som bekräftad företrädare för "
                           "organisationen – välj den med **organisation** om det behövs): står där ”Inskickat” med "
                           "datum och kvitto har det kommit in; står där bara ett sparat utkast är det inte inskickat "
                           "förrän ni väljer **Skicka in**. Själv gissar jag inte om ni har svarat. Saknas svaret fast "
                           "ni har skickat in, kontakta samordnarna.",
                 "Whether your response has come in you see with **response** (as a confirmed representative of the "
                 "organisation – choose it with **organisation** if needed): if it says \"Submitted\" with a date "
                 "and receipt it has come in; if there is only a saved draft it is not submitted until you choose "
                 "**Submit**. I do not guess whether you have answered. If it is missing although you submitted, "
                 "contact the coordinators.")
        state = self.kit.consultation_state(msg.today) if self.process.consultation_item is not None else ""
        last = self.kit.consultation_parts()[3] if state in ("open", "last_day") else None
        if last is not None and format_date(last, language) not in answer.text:
            line += " " + t(language, f"Remissens sista dag är {format_date(last, language, weekday=True)} "
                                      f"({self.kit.when_relative(last, msg.today, language)}).",
                            f"The consultation's last day is {format_date(last, language, weekday=True)} "
                            f"({self.kit.when_relative(last, msg.today, language)}).")
        greeting, body = _greeting_apart(answer.text)
        # (A signature or name alone read as a question of its own, "/Handelskammaren", is no question to quote; a
        # "Ja: välj Spara utkast" answers whether a draft can be kept unsent, and "you get a receipt" one who says
        # none came – neither was asked.)
        draft_asked = any(w in folded_q for w in ("utkast", "draft", "spara", "save"))
        body = "\n\n".join(x for x in body.split("\n\n") if not (
            x.startswith(("Ja: välj **Spara utkast**", "Yes: choose **Save draft**")) and not draft_asked) and not (
            x.startswith(("Ja, när ert remissvar skickas in får ni ett kvitto", "Yes, when your response is "
                                                                             "submitted you get a receipt"))) and not (
            (u := _UNSURE_LINE.match(x)) and len(
            u.group(1).split()) <= 2 and not re.search(r"\b(?:vad|vem|nar|hur|var|vilk\w*|what|who|when|how|where|"
                                                       r"which)\b", fold(u.group(1)))))
        if not body or (not msg.split and answer.topic in ("unknown", "unsure")):
            return answer.model_copy(update={"text": greeting + line, "confident": True, "topic": "feature.remissvar",
                                             "action": None, "card": None, "suggestions": []})
        before = folded_q[:m.start() + 1]     # (with the "?" a "Har vi svarat?" match opens on)
        clause = re.split(r"[.!?]", before)[-1]
        # (Asked first unless a question comes before it – in an earlier sentence, or a clause of the same one:
        # "Hur skapar jag ett utkast, kan kollegorna se det, och hur vet jag att det kommit fram?")
        if "?" not in before and not ("," in clause and re.search(r"\b(?:hur|vad|nar|vem|kan|gar|far|ska|how|what|"
                                                                  r"when|who|can|will|is|are|do)\b", clause)):
            return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}", "confident": True})
        return answer.model_copy(update={"text": f"{answer.text.rstrip()}\n\n{line}"})

    def _consultation_sender_refuted(self, msg: Message, answer: Answer) -> Answer:
        """"Remissen kommer ju från regeringen va, inte från regionen?": the consultation is part of the owner's update
        of RUS and goes to the partnership – another sender refuted first, rather than "Det vet jag inte" or a "Yes"
        to whether it is open (b82 #67). A new national strategy is one of the events behind the review, which is
        what the material says of the government."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer       # cheap
        m = _CONSULTATION_FROM_OTHER.search(folded_q)
        if m is None:
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Nej", "No ", "No,", "No –")):
            return answer
        said = m.group("b1") or m.group("b2") or m.group("b3")
        shown = next((w.lower() for w in re.findall(r"\w+", msg.text) if fold(w) == said), said)
        lang, owner = msg.language, self.process.owner
        name = self.process.partnership.name.get(lang)
        lead = t(lang, f"Nej – remissen kommer inte från {shown}: den är en del av {owner}s uppdatering av RUS och går "
                       f"till {name}.",
                 f"No – the consultation does not come from the {shown.removeprefix('the ')}: it is part of {owner}'s "
                 f"update of RUS and goes to {lower_first(name)}.")
        if "avsändare" not in body and "sender" not in body:
            lead += t(lang, f" I boten är {owner} remissens avsändare.", f" In the bot, {owner} is the consultation's "
                                                                          "sender.")
        if said in ("regeringen", "staten", "departementet", "government", "state", "ministry"):
            lead += t(lang, " Att en ny nationell strategi för regional utveckling kommer under 2021 är en av "
                            "händelserna i omvärlden bakom översynen, inte remissens avsändare.",
                      " That a new national strategy for regional development is coming in 2021 is one of the events "
                      "behind the review, not the consultation's sender.")
        paragraphs = [] if answer.topic in ("unknown", "unsure") else body.split("\n\n")
        if paragraphs and paragraphs[0].startswith(("Ja", "Yes")):
            paragraphs = paragraphs[1:]     # (a yes to another reading would agree with the sender told)
        rest = "\n\n".join(p for p in paragraphs if p.strip())
        return answer.model_copy(update={"text": greeting + lead + ("\n\n" + rest if rest else ""),
                                         "topic": "consultation.respondents" if answer.topic == "unknown" else
                                         answer.topic})

    def _recipients_either_or_first(self, msg: Message, answer: Answer) -> Answer:
        """"Får kommunerna remissen eller bara regionens egna förvaltningar?", "Är remissen öppen för allmänheten
        också eller bara för partnerna?": whom the consultation goes to – the partnership, and who it is – leads,
        then what each side asked of has from it (b84 #53 answered of the region's administrations only, b84 #46
        whether it had opened)."""
        folded_q = msg.folded
        if not _RECIPIENTS_EITHER_OR.search(folded_q) or ("remiss" not in folded_q and "consultation" not in folded_q):
            return answer       # cheap
        sentence = next((x for x in re.split(r"(?<=[.!?])\s+|\n+", folded_q) if _RECIPIENTS_EITHER_OR.search(x)), "")
        if not re.search(r"\bremiss(?:en)?\b|\bconsultation\b", sentence) or not _RECEIVES_CONSULTATION.search(
                sentence) or re.search(r"\b(?:inspel|input)\b", sentence):
            return answer       # ("påminnelser … inför sista remissdagen": the reminders asked of)
        partnership = self.process.partnership
        lang, name = msg.language, partnership.name.get(msg.language)
        greeting, body = _greeting_apart(answer.text)
        if re.search(r"\b(?:går|gar) till partnerskapet|\bgoes to the partnership", body, re.IGNORECASE):
            return answer       # (whom it goes to said already: "Ja, **RF-SISU** får remissen: den går till …")
        lines = [t(lang, f"Remissen går till {name}. {partnership.text.sv}",
                   f"The consultation goes to {lower_first(name)}. {partnership.text.get('en')}")]
        if re.search(r"\bkommun\w*|\bmunicipalit\w*", sentence):
            lines.append(t(lang, "Kommunerna får den alltså – samtliga kommuner är med i partnerskapet.",
                           "So the municipalities get it – all of them are in the partnership."))
        if _PUBLIC_SIDE.search(sentence):
            lines.append(t(lang, "Att den skulle vara öppen för allmänheten står inte i underlaget.",
                           "That it would be open to the public is not in the material."))
        if _ADMINISTRATIONS_SIDE.search(sentence):
            lines.append(t(lang, "Region Örebro län är med genom tjänstepersoner; att regionens egna förvaltningar "
                                 "skulle få remissen var för sig står inte i underlaget.",
                           "Region Örebro län takes part through officials; that the region's own administrations "
                           "would get the consultation separately is not in the material."))
        return answer.model_copy(update={"text": greeting + " ".join(lines) + ("\n\n" + body if body else ""),
                                         "sources": list(dict.fromkeys([*answer.sources, partnership.source]))})

    def _believed_stranger_told(self, msg: Message, answer: Answer) -> Answer:
        """"Är Örebro läns bildningsförbund verkligen med i partnerskapet? Jag trodde det var LRF som satt där.": the
        name believed a member is not among the members – said after the member's yes rather than left standing (b85
        #97)."""
        m = _BELIEVED_MEMBER.search(msg.text)
        if m is None or not re.search(r"partnerskap|partnership|\bmed\b|member", msg.folded):
            return answer       # cheap
        name = m.group("name")
        known = people._known_words(self.kit)
        if set(tokens(fold(name))) & known or f"**{name}**" in answer.text or fold(name) in fold(answer.text):
            return answer       # a member, or said already
        if not answer.text.lstrip().startswith(("Ja, **", "Yes, **")) and answer.topic != "organisation":
            return answer
        lang, partnership = msg.language, self.process.partnership.name.get(msg.language)
        line = t(lang, f"**{literal(name)}** är däremot inte med i {lower_first(partnership)} – namnet finns inte "
                       "bland medlemmarna.",
                 f"**{literal(name)}**, however, is not a member of {lower_first(partnership)} – it is not among "
                 "the members.")
        return answer.model_copy(update={"text": f"{answer.text.rstrip()}\n\n{line}"})

    def _length_origin_told(self, msg: Message, answer: Answer) -> Answer:
        """Where the consultation's length came from, asked of in other words than "varför": who set it, whether it
        was the region's proposal, whether the municipalities' wish was met. The material records only the
        municipalities' wish for a consultation through September (the input to KC/RD) and the timeline's period:
        both said, the region's proposal refuted, the decider said unknown (b81 #13 answered why they wanted it,
        b86 #47 let "det var väl regionens förslag" stand, b85 #8 never said whether the wish was met)."""
        folded_q = msg.folded
        if not _LENGTH_OF_CONSULTATION.search(folded_q) or (
                "remiss" not in folded_q and "consultation" not in folded_q):
            return answer       # cheap
        who = _WHO_SET_LENGTH.search(folded_q)
        region = _REGION_PROPOSED_LENGTH.search(folded_q)
        met = _WISH_MET.search(folded_q) if re.search(r"\bkommun\w*|\bmunicipalit\w*", folded_q) else None
        if who is None and region is None and met is None:
            return answer
        lang = msg.language
        wish = self._wish_role(lang)
        item = self.process.consultation_item
        if wish is None or item is None or item.first is None or item.last is None:
            return answer
        said = split_sentences(wish.text.get(lang))[0].rstrip(".")
        told = next((i for i in self.process.timeline if i.kind == "input" and i.first is not None
                     and wish.source in i.source), None)
        if told is not None and told.first is not None:
            said += f" ({lower_first(told.name.get(lang))}, {format_fuzzy(told.first, lang)})"
        _, _, _, last, _ = self.kit.consultation_parts()
        end = format_date(last, lang) if last is not None else format_fuzzy(item.last, lang)
        period = t(lang, f"från {format_fuzzy(item.first, lang)} till och med {end}",
                   f"from {format_fuzzy(item.first, lang)} through {end}")
        greeting, body = _greeting_apart(answer.text)
        folded_body = fold(body)
        # (An answer that opens with a yes or no, or with whose wish it was, has answered already: "stämmer det att
        # kommunerna fick igenom längre remisstid?" – "Ja – kommunerna önskade …", b60 #7; "Var det kommunerna … eller
        # regionen?" – "Kommunerna önskade …", b51 #98.)
        answered = body.startswith(("Ja", "Yes", "Nej", "No"))
        wish_first = any(w in fold(body.split("\n\n", 1)[0]) for w in _WISH_SAID)
        lines: list[tuple[int, str]] = []
        if region is not None and not answered and not wish_first and "regionens forslag" not in folded_body and (
                "region's proposal" not in folded_body) and not re.search(
                r"\b(?:eller|elr|or)\b", folded_q[max(0, region.start() - 60):region.start()]):
            lines.append((region.start(), t(
                lang, f"Nej – enligt underlaget var det inte regionens förslag: {lower_first(said)}. Tidplanen har "
                      f"remissen {period}.",
                f"No – according to the material it was not the region's proposal: {lower_first(said)}. The "
                f"timeline has the consultation {period}.")))
        if met is not None and not answered and "som de onskade" not in folded_body and (
                "as they wished" not in folded_body):
            lines.append((met.start(), t(
                lang, f"Ja, såvitt tidplanen visar: {lower_first(said)}, och tidplanen har remissen {period}, "
                      "som de önskade.",
                f"Yes, as far as the timeline shows: {lower_first(said)}, and the timeline has the consultation "
                f"{period}, as they wished.")))
        if who is not None and not any(w in folded_body for w in ("vem som", "who made", "who decided", "who set")):
            lines.append((who.start(), t(
                lang, f"Vem som bestämde remisstiden står inte i underlaget. Det som står är att {lower_first(said)}, "
                      f"och tidplanen har remissen {period}.",
                f"Who set the length of the consultation is not in the material. What it says is that "
                f"{lower_first(said)}, and the timeline has the consultation {period}.")))
        if not lines:
            return answer
        lines.sort()
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        if not re.search(r"\b(?:varfor|why)\b", folded_q):
            # (a why not asked answered: "Varför kommunerna ville det står inte i underlaget" beside a who, b81 #13)
            paragraphs = [p for p in paragraphs if not re.match(r"(?:Varför|Why) [^.\n]{0,40}(?:ville det|wanted "
                                                                r"it)", p)]
        if region is not None:
            # (the region's stock paragraph, read off "regionens", is no answer to whose proposal it was)
            stock = next((r.text.get(lang) for r in self.process.roles if r.id == "region"), None)
            paragraphs = [p for p in paragraphs if p != stock and p not in ("_Region Örebro län_",)]
        if answer.topic in ("source", "unknown") and msg.text.count("?") <= 1:
            paragraphs = []     # (a stock answer to another reading: "Vem har bestämt remisstiden?" read as sources)
        own = split_sentences(wish.text.get(lang))[0]
        paragraphs = [p[len(own):].strip() if p.startswith(own) else p for p in paragraphs]
        paragraphs = [p for p in paragraphs if p and p != f"_{wish.name.get(lang)}_"]
        first_question = folded_q.split("?", 1)[0]
        new = [x for _, x in lines]
        if lines[0][0] < len(first_question) or not paragraphs:
            paragraphs = [*new, *paragraphs]
        else:
            paragraphs = [paragraphs[0], *new, *paragraphs[1:]]
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs),
                                         "sources": list(dict.fromkeys([*answer.sources, wish.source]))})

    def _final_decider_first(self, msg: Message, answer: Answer) -> Answer:
        """The final decision asked of with a wrong body offered or taken for granted gets the body that holds it
        first: "… av partnerskapet eller av politikerna?" names the politicians, "är det partnerskapet som bestämmer
        till sist?" a "Nej –", the check-in as the decision's place a "Nej –" with what the check-in is, and "nu när
        RUS:en är beslutad i regionstyrelsen" a "Nej –" before the answer resting on it (b81 #69 opened "Yes.", b82
        #90 and b83 #22 with the partnership's role, b86 #93 left the premise standing)."""
        folded_q = msg.folded
        if not _DECIDING_WORD.search(folded_q):
            return answer       # cheap
        council = next((r for r in self.process.roles if r.id == "regionfullmaktige"), None)
        role = self._partnership_role()
        if council is None or role is None:
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Nej", "No ", "No,", "No –", "Politikerna", "The politicians", "Ja –", "Yes –")):
            return answer       # refuted already, or the asker's own claim that the council decides agreed with
        lang, owner = msg.language, self.process.owner
        sentences = [x for x in re.split(r"(?<=[.!?])\s+|\n+", folded_q) if x.strip()]
        lead = None
        drop = [council.text.get(lang)]
        for s in sentences:
            if _FINAL_DECISION_WORD.search(s) and _DECIDING_WORD.search(s) and _PARTNERSHIP_OFFERED.search(s):
                side = _POLITICAL_SIDE.search(s)
                if side is not None and re.search(r"\b(?:eller|elr|or)\b", s):
                    name = (t(lang, "Politikerna", "The politicians") if side.group("pol") else
                            t(lang, "Regionen", "The region") if side.group("reg") else "")
                    lead = (f"{name} – " if name else "") + t(
                        lang, f"regionfullmäktige (RF) i {owner} fattar det slutliga, politiska beslutet om den "
                              "uppdaterade RUS, inte partnerskapet.",
                        f"the regional council (regionfullmäktige, RF) of {owner} takes the final, political decision "
                        "on the updated RUS, not the partnership.")
                    lead = lead[0].upper() + lead[1:]
                elif not _PARTNERSHIP_AS_DECIDER.search(s):
                    continue    # ("Vilket organ tar beslutet till slut, och vad gör partnerskapet?": not offered)
                else:
                    lead = t(lang, f"Nej – det slutliga, politiska beslutet om den uppdaterade RUS fattas av "
                                   f"regionfullmäktige (RF) i {owner}, inte av partnerskapet.",
                             f"No – the final, political decision on the updated RUS is taken by the regional council "
                             f"(regionfullmäktige, RF) of {owner}, not by the partnership.")
                lead += " " + role.text.get(lang)
                drop.append(role.text.get(lang))
                break
            if _FINAL_DECISION_WORD.search(s) and _CHECK_IN_OF_DECISION.search(s) and not _ASKS_WHICH.match(s):
                meeting = next((i for i in self.process.timeline if i.kind == "meeting" and i.first is not None),
                               None)
                goal = next((i for i in self.process.timeline if i.kind == "milestone"), None)
                if meeting is None or meeting.first is None:
                    return answer
                day = format_fuzzy(meeting.first, lang)
                lead = t(lang, f"Nej – den {day} är avstämningen med partnerskapet, där resultatet av fas 1 – vad "
                               "som ska uppdateras – stäms av. Det slutliga, politiska beslutet fattas senare av "
                               f"regionfullmäktige (RF) i {owner}, efter skrivfas, remiss och förankring.",
                         f"No – {day} is the check-in with the partnership, where the result of phase 1 – what is "
                         "to be updated – is checked. The final, political decision is taken later by the regional "
                         f"council (regionfullmäktige, RF) of {owner}, after writing, the consultation and "
                         "anchoring.") + (" " + goal.text.get(lang) if goal is not None else "")
                break
            if (m := _DECIDED_BY_OTHER.search(s)) and re.search(r"\b(?:rus\w*|strategi\w*|strategy)\b", s) and not (
                    re.search(r"svar\b|yttrande|response|reply", s)):   # (our response decided: our own body)
                said = m.group("b1") or m.group("b2") or m.group("b3")
                name = next((w.lower() for w in re.findall(r"\w+", msg.text) if fold(w) == said), said)
                lead = t(lang, f"Nej – enligt underlaget fattar regionfullmäktige (RF) i {owner} beslutet om den "
                               f"uppdaterade RUS, inte {name}, och underlaget säger inte att något beslut är fattat.",
                         f"No – according to the material the regional council (regionfullmäktige, RF) of {owner} "
                         f"takes the decision on the updated RUS, not the {said.removeprefix('the ')}, and the "
                         "material does not say that any decision has been taken.")
                break
        if lead is None:
            return answer
        for x in drop:
            body = body.replace(x, "")
        body = re.sub(r"^(?:Ja|Yes)\.\s*", "", body.strip())
        body = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", body)).strip()
        return answer.model_copy(update={"text": greeting + lead + ("\n\n" + body if body else "")})

    def _said_once(self, msg: Message, answer: Answer) -> Answer:
        """A bullet that repeats, word for word, a sentence the reply has already said outside a list is dropped
        (round 35: "Det är inte en ny RUS …" leading the why, then again among the mandate's bullets). Runs last:
        it reads the finished reply."""
        text = answer.text
        if _SENTENCE_BULLET.search(text) is None:
            return answer       # cheap: no bullet that is a sentence
        lines = text.split("\n")
        kept: list[str] = []
        prose: list[str] = []
        for line in lines:
            # Only a bullet that is a sentence of its own: a list of the plan's steps or names keeps every item,
            # named before or not ("Två: **Skrivfas …** och …" before the timeline's list).
            said = line[2:].strip().removesuffix(".").lower()
            if line.startswith("- ") and line.endswith(".") and "**" not in line and len(said) >= 30 and any(
                    said in x for x in prose):
                continue
            kept.append(line)
            if not line.startswith("- "):
                prose.append(line.lower())
        if len(kept) == len(lines):
            return answer
        return answer.model_copy(update={"text": re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()})

    def _aspect_told(self, msg: Message, answer: Answer) -> Answer:
        """A question sentence naming an aspect the material never gives (how long something lasts, whether there
        will be a meeting, a legal basis or duty, a named office, new goals) whose reply says not a word of it:
        the clause is said unknown, quoted – a legal basis asked first leads, the rest follow the reply
        (round 31: such parts were left out beside the rest answered, or the first restated what was known)."""
        if answer.topic in _NO_PARTS_TOPICS or answer.topic == "unknown" or not _ASPECT_ANY.search(msg.folded):
            return answer       # cheap: one compiled alternation
        # Only a part of a message of several: of one question the reply is its answer ("Får kommunstyrelsen …?"
        # names the asker's body, not an office asked of) – a clause after "…, och" is a part of its own.
        several = msg.text.count("?") >= 2
        greeting, body = _greeting_apart(answer.text)
        folded_said = fold(body)
        lead: list[str] = []
        added: list[str] = []
        for i, sentence in enumerate(_question_sentences(msg.text)):
            folded_sentence = fold(sentence)
            for k, (cue, said_of) in enumerate(_ASPECTS):
                m = cue.search(folded_sentence)
                if m is not None and ((k == _MEETING and _CHECK_IN_NAMED.search(folded_sentence)) or (
                        k == _DURATION and _SPAN_GIVEN.search(folded_sentence)) or (
                        k == _OFFICE and not _WHO_OF_OFFICE.search(folded_sentence))):
                    # (a meeting asked of by the check-in's name or day is answered by its card; the consultation's
                    # length the timeline gives – "not in the material" would be false of it; an office is asked of
                    # only as who does something, not named in passing: "boka ett möte med regiondirektören?")
                    continue
                if m is None or (said_of is not None and said_of.search(folded_said)) or re.search(
                        r"\b" + re.escape(m.group(0)[:max(6, len(m.group(0)) - 3)]), folded_said):
                    continue
                # (fold only drops "-" and "/" inside words: the cue stands at most that many letters further on)
                clause = _aspect_clause(sentence, min(len(sentence),
                                                      m.start() + len(sentence) - len(folded_sentence)))
                if (not several and clause == sentence) or fold(clause.rstrip("?. "))[:30] in folded_said:
                    continue
                line = _unknown_line(clause, msg.language)
                # A legal basis asked first leads (its reply restated what the basis would be of); other aspects
                # follow the reply, whose first paragraph answers or refutes the message's premise.
                (lead if i == 0 and k == _LEGAL else added).append(line)
                folded_said += " " + fold(line)
                break
        if not lead and not added:
            return answer
        return answer.model_copy(update={"text": greeting + "\n\n".join([*lead, body, *added])})

    def _left_out_parts_told(self, msg: Message, answer: Answer) -> Answer:
        """A part no answerer owns, asked in its own words beside what the reply answers ("… och behöver vi ett
        politiskt beslut i kommunstyrelsen innan vi svarar?", "får vi skicka vidare remissen?", "kommer processen
        att utvärderas?"): its line – what the material says of it, or that it does not say – after the reply,
        unless the reply speaks of it (round 38, b83–b86: such parts were left out without a word). After every
        layer that adds or leads, so that what they said counts as said."""
        if answer.topic in _NO_PARTS_TOPICS or "?" not in msg.text or self.process.consultation_item is None:
            return answer
        orgs = [o.name for o in msg.understanding.entities.organisations]
        text = left_out_parts.told(self.kit, msg.text, answer.text.rstrip(), msg.language, orgs)
        return answer if text is None else answer.model_copy(update={"text": text})

    def _remiss_parts(self, msg: Message, answer: Answer) -> Answer:
        """Parts of a message about the consultation left out or answered beside (round 29: who in an organisation
        answers, what happens to the responses, who sees them, an extension's day, a response sent by e-mail, "closes
        in N days?", weeks left, the response's language) – see remiss_parts."""
        text = remiss_parts.add(self.kit, msg.folded, answer.text, msg.today, msg.language,
                                [o.name for o in msg.understanding.entities.organisations])
        return answer if text is None or text == answer.text else answer.model_copy(update={"text": text})

    def _consultation_wish_told(self, msg: Message, answer: Answer) -> Answer:
        """"har kommunerna bett om längre remisstid?", "har nån framfört att remissen ska pågå hela september?": the
        process file records whose wish the consultation's length was (a role whose text tells a wish, and the input
        to KC/RD that gave it) – said, not only the dates (b55 #11, b58 #6). "Ja –" only when no other month is
        claimed ("fått igenom oktober" is answered no elsewhere; the wish follows that no)."""
        folded_q = msg.folded
        if "remiss" not in folded_q and "consultation" not in folded_q:
            return answer
        if not _WISH_OF_LENGTH.search(folded_q) or not _LENGTH_ASKED.search(folded_q) or any(
                w in fold(answer.text) for w in _WISH_SAID):
            return answer
        lang = msg.language
        wish = self._wish_role(lang)
        if wish is None:
            return answer
        sentence = split_sentences(wish.text.get(lang))[0].rstrip(".")
        told = next((i for i in self.process.timeline if i.kind == "input" and i.first is not None
                     and wish.source in i.source), None)
        if told is not None:
            sentence += f" ({lower_first(told.name.get(lang))}, {format_fuzzy(told.first, lang)})"  # type: ignore[arg-type]
        greeting, body = _greeting_apart(answer.text)
        months = {MONTHS[w] for w in folded_words(msg.text) if w in MONTHS and w not in _AMBIGUOUS_MONTH_WORDS}
        if body.startswith(("Ja", "Nej", "Yes", "No")) or months - {9}:
            first, _, rest = body.partition("\n\n")
            text = f"{greeting}{first} {sentence}." + (f"\n\n{rest}" if rest else "")
        else:
            text = f"{greeting}{t(lang, 'Ja', 'Yes')} – {lower_first(sentence)}.\n\n{body}"
        return answer.model_copy(update={"text": text, "sources": list(dict.fromkeys([*answer.sources,
                                                                                      wish.source]))})

    def _timeline_influence_told(self, msg: Message, answer: Answer) -> Answer:
        """"Har kommunerna haft möjlighet att påverka tidplanen?", "could the municipalities influence the timeline?":
        the process file records the municipalities' wish for the consultation through September (the input to KC/RD
        where the timeline proposal was presented) – said first, not only that they are in the partnership (b76 #13).
        Nothing beyond that wish is claimed."""
        folded_q = msg.folded
        if "tidplan" not in folded_q and "timeline" not in folded_q and "schedule" not in folded_q:
            return answer       # cheap
        if not _INFLUENCE_ASKED.search(folded_q) or any(w in fold(answer.text) for w in _WISH_SAID):
            return answer
        lang = msg.language
        wish = self._wish_role(lang)
        if wish is None:
            return answer
        sentence = split_sentences(wish.text.get(lang))[0].rstrip(".")
        told = next((i for i in self.process.timeline if i.kind == "input" and i.first is not None
                     and wish.source in i.source), None)
        if told is not None:
            sentence += f" ({lower_first(told.name.get(lang))}, {format_fuzzy(told.first, lang)})"  # type: ignore[arg-type]
        line = t(lang, f"Tidplanen: ja – {lower_first(sentence)}, och tidplanen har remissen till och med september. "
                 "Mer om hur tidplanen togs fram står inte i underlaget.",
                 f"The timeline: yes – {lower_first(sentence)}, and the timeline has the consultation through "
                 "September. More on how the timeline was drawn up is not in the material.")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}",
                                         "sources": list(dict.fromkeys([*answer.sources, wish.source]))})

    def _consultation_span_told(self, msg: Message, answer: Answer) -> Answer:
        """"vad blev det till slut?", "vad är första dagen man kan svara?" beside the consultation's length or its
        wish: the plan's span (and that its first day is not exact) is said when the answer gives no start
        (b56 #9 said "vet inte", b57 #9 left the first day out)."""
        folded_q = msg.folded
        if ("remiss" not in folded_q and "consultation" not in folded_q) or not _SPAN_ASKED.search(folded_q):
            return answer
        item = self.process.consultation_item
        if item is None or item.first is None or item.last is None or any(
                w in answer.text for w in ("mitten av juni", "mid-June", "Mid-June", "Mitten av juni")):
            return answer
        lang = msg.language
        line = t(lang, f"Enligt tidplanen går remissen från {format_fuzzy(item.first, lang)} till och med "
                       f"{format_fuzzy(item.last, lang)}; exakt första dag anges inte.",
                 f"According to the timeline the consultation runs from {format_fuzzy(item.first, lang)} through "
                 f"{format_fuzzy(item.last, lang)}; the exact first day is not given.")
        # A "don't know" said of the very part answered now goes ("”vad blev det till slut?” – det vet jag inte").
        text = "\n\n".join(p for p in answer.text.split("\n\n") if not (
            p.startswith("”") and _KNOWS_NOT_QUOTED.search(p) and _SPAN_ASKED.search(fold(p.partition("”")[2]
                                                                                         .partition("”")[0]))))
        return answer.model_copy(update={"text": f"{text.rstrip()}\n\n{line}",
                                         "sources": list(dict.fromkeys([*answer.sources, item.source]))})

    def _who_may_attend_told(self, msg: Message, answer: Answer) -> Answer:
        """"får man vara med på avstämningen fast man inte är utsedd?", "may two of us attend the check-in?": who
        and how many from an organisation may attend is not in the material (it says the partnership is made of
        the organisations' representatives, officials) – said first, not the meeting's card alone (b55 #39)."""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("me", "delta", "attend", "join", "komma", " ga ", "go", "there")) or not (
                _MAY_ATTEND.search(folded_q)) or not _OF_MEETING.search(folded_q):
            return answer
        if answer.topic != "check_in" or any(w in answer.text for w in (
                "personer", "hur många", "how many", "får närvara", "may attend")):    # (said by unstated.py)
            return answer
        lead = t(msg.language, "Vilka och hur många från varje organisation som får vara med på avstämningen står "
                 "inte i underlaget, så det vet jag inte; fråga samordnarna. Underlaget säger bara att partnerskapet "
                 "består av företrädare för organisationerna (tjänstepersoner).",
                 "Who, and how many from each organisation, may attend the check-in is not in the material, so I "
                 "don't know; ask the coordinators. The material only says the partnership is made up of the "
                 "organisations' representatives (officials).")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body}"})

    def _municipal_council_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"… och om vi behöver ta upp den i kommunfullmäktige?", "must our municipal council adopt it?": the material
        says nothing of the municipalities' own councils handling RUS – said plainly, with who decides (RF), rather
        than that part left out beside the answer of "new or revised" (b75 #13). No municipal decision is invented."""
        folded_q = msg.folded
        if not any(w in folded_q for w in _MUNICIPAL_COUNCIL_CHEAP):
            return answer       # cheap
        if not _MUNICIPAL_COUNCIL.search(folded_q):
            return answer
        said = fold(answer.text)
        if any(w in said for w in ("kommunfullmaktige", "municipal council", "kommunstyrelse", "kommunernas egna",
                                   "fullmaktige eller namnder", "councils or committees")):
            return answer       # (the answer speaks of the municipal bodies already)
        if "remiss" in folded_q or "consultation" in folded_q or "remissvar" in folded_q or "response" in folded_q:
            return answer       # (who decides the response is the consultation answerer's: consultation.py _INTERNAL)
        lang = msg.language
        line = t(lang, "Om kommunerna behöver ta upp RUS i kommunfullmäktige eller kommunstyrelsen står inte i "
                 "underlaget, så det vet jag inte; fråga samordnarna.",
                 "Whether the municipalities need to take RUS up in their municipal council or board is not in the "
                 "material, so I don't know; ask the coordinators.")
        if "regionfullmaktige" not in said and "regional council" not in said:
            line += t(lang, " Underlaget säger att beslutet fattas av regionfullmäktige (RF) efter politisk "
                      "förankring inom Region Örebro län.",
                      " The material says the decision is taken by the regional council (regionfullmäktige, RF) "
                      "after political anchoring within Region Örebro län.")
        greeting, body = _greeting_apart(answer.text)
        paragraphs = body.split("\n\n")
        # after the answer's lead, or in its place first when the answer was not sure of the message
        paragraphs.insert(1 if answer.confident else 0, line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _own_documents_unknown(self, msg: Message, answer: Answer) -> Answer:
        """"… innebär det att kommunens egna strategiska dokument måste göras om?", "do our own plans need revising?":
        what the update means for a member's own documents is not in the material – said, rather than that part
        left out beside why RUS is reviewed (b76 #4). No duty of the members is invented."""
        folded_q = msg.folded
        if "dokument" not in folded_q and "document" not in folded_q and "plan" not in folded_q:
            return answer       # cheap
        if not _OWN_DOCUMENTS.search(folded_q):
            return answer
        said = fold(answer.text)
        if "egna dokument" in said or "own documents" in said or "egna strategiska" in said:
            return answer
        line = t(msg.language, "Om era egna strategiska dokument behöver göras om står inte i underlaget, så det vet "
                 "jag inte; fråga samordnarna. Underlaget säger bara att det inte är en ny RUS utan uppdateringar av "
                 "den nuvarande, och att strukturen behålls.",
                 "Whether your own strategic documents need to be redone is not in the material, so I don't know; "
                 "ask the coordinators. The material only says it is not a new RUS but updates to the current one, "
                 "with the structure kept.")
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + line})

    def _why_officials_told(self, msg: Message, answer: Answer) -> Answer:
        """"Varför gick remissen bara till tjänstepersoner och inte till kommunfullmäktige?": why is not in the
        material; what it says is who the consultation goes to – the partnership, made of the organisations'
        representatives (officials) – and that political anchoring and the decision follow within Region Örebro län
        (b76 #92: that part left out beside the length's reason). No reason is invented."""
        folded_q = msg.folded
        if "tjanste" not in folded_q and "official" not in folded_q and "civil servant" not in folded_q:
            return answer       # cheap
        if not _WHY_OFFICIALS.search(folded_q) or ("remiss" not in folded_q and "consultation" not in folded_q):
            return answer       # ("varför sitter det bara tjänstepersoner i partnerskapet?" is the members', b63 #21)
        if ("Varför remissen går till tjänstepersoner" in answer.text
                or "Why the consultation goes to officials" in answer.text):
            return answer
        line = t(msg.language, "Varför remissen går till tjänstepersoner står inte i underlaget. Det som står är att "
                 "remissen går till Partnerskapet för regional utveckling, som består av företrädare för "
                 "medlemsorganisationerna (tjänstepersoner), och att uppdateringarna sedan går till politisk "
                 "förankring och beslut inom Region Örebro län, där regionfullmäktige (RF) fattar beslutet.",
                 "Why the consultation goes to officials is not in the material. What it says is that the "
                 "consultation goes to the Partnership for Regional Development, made up of representatives of the "
                 "member organisations (officials), and that the updates then go to political anchoring and decision "
                 "within Region Örebro län, where the regional council (RF) takes the decision.")
        greeting, body = _greeting_apart(answer.text)
        paragraphs = [x for x in body.split("\n\n") if not (x.startswith(("”", "“")) and _WHY_OFFICIALS.search(
            fold(x)))]
        paragraphs.insert(1 if len(paragraphs) > 1 or answer.confident else 0, line)
        return answer.model_copy(update={"text": greeting + "\n\n".join(paragraphs)})

    def _expected_at_meeting_told(self, msg: Message, answer: Answer) -> Answer:
        """"vad förväntas av oss på avstämningen?", "ska vi ha nåt klart till 11 mars?": what each organisation is to
        prepare is not in the material – said, with what it does say (the result of phase 1 is checked with the
        partnership, which decides what is updated; proposals go in as inspel), rather than the date alone (b75 #8).
        No requirement of the members is invented."""
        folded_q = msg.folded
        if "forvant" not in folded_q and "expect" not in folded_q and "klart" not in folded_q and (
                "ready" not in folded_q):
            return answer       # cheap
        if not _EXPECTED_OF_US.search(folded_q) or not _OF_MEETING.search(folded_q):
            return answer
        meeting = next((i for i in self.process.timeline if i.kind == "meeting" and i.last is not None), None)
        if meeting is None or meeting.last.latest < msg.today:  # type: ignore[union-attr]
            return answer       # (after it, what it was is asked, not what to prepare)
        day = format_fuzzy(meeting.last, msg.language)  # type: ignore[arg-type]
        said = fold(answer.text)
        if "forvantas av" in said or "expected of" in said or "vad ni ska" in said or (
                "fore avstamning" in said or "before the check-in" in said) or any(
                w in fold(_greeting_apart(answer.text)[1].split("\n\n")[0]) for w in ("fas 1", "phase 1")):
            return answer       # ("Före 11 mars 2021 är det Fas 1 …": what to do before it leads already)
        line = t(msg.language, "Vad som förväntas av varje organisation inför och på avstämningen, och om ni ska ha "
                 "något klart till dess, står inte i underlaget; fråga samordnarna. Det som står är att resultatet av "
                 f"fas 1 – vad som ska ändras i RUS – stäms av med partnerskapet den {day}, som beslutar om vad som "
                 "ska uppdateras. Förslag på vad som ska uppdateras kan ni lämna som **inspel**.",
                 "What is expected of each organisation before and at the check-in, and whether you are to have "
                 "anything ready by then, is not in the material; ask the coordinators. What it says is that the "
                 f"result of phase 1 – what should change in RUS – is checked with the partnership on {day}, which "
                 "decides what is to be updated. Proposals for what to update can be given as **input**.")
        greeting, body = _greeting_apart(answer.text)
        return answer.model_copy(update={"text": f"{greeting}{line}\n\n{body}"})

    def _prepare_told(self, msg: Message, answer: Answer) -> Answer:
        """"Jag har hört att avstämningen har flyttats till 11 april? Hur ska vi förbereda oss?": what the plan says to
        prepare for the check-in ahead (its "Förbered: …", phase 1's question) when the answer left it out beside
        another part (b80 #28: the move refuted and inspel told, the preparing never)."""
        folded_q = msg.folded
        if "forbered" not in folded_q and "prepare" not in folded_q:
            return answer       # cheap
        if not _OF_MEETING.search(folded_q) or not any(
                _PREPARE_US.search(x) and ("?" in x or _ASKING_WORD.search(x))
                for x in re.split(r"(?<=[.!?])\s+|\n+", folded_q)):
            return answer       # (asked: "Jag förbereder en dragning för kommunstyrelsen." asks nothing of it)
        meeting = next((i for i in self.process.timeline if i.kind == "meeting" and i.prepare is not None and
                        i.last is not None), None)
        if meeting is None or meeting.last is None or meeting.last.latest < msg.today:
            return answer       # (after it, preparing for it is no longer asked)
        prepare = meeting.prepare.get(msg.language)  # type: ignore[union-attr]
        said = fold(re.sub(r"“[^”]*”", "", answer.text))      # (the question quoted is not the answer)
        if fold(prepare) in said or "forbered" in said or "prepare" in said:
            return answer
        last = meeting.last
        line = t(msg.language, f"Förbered inför avstämningen den {format_fuzzy(last, 'sv')}: {prepare}",
                 f"Prepare for the check-in on {format_fuzzy(last, 'en')}: {prepare}")
        greeting, body = _greeting_apart(answer.text)
        # (a quoted "how should we prepare?" said unknown goes: the plan says what to prepare)
        body = "\n\n".join(p for p in body.split("\n\n") if not (
            p.startswith("“") and _PREPARE_US.search(fold(p.split("”")[0])) and (
                "I don't know" in p or "Det vet jag inte" in p or "can't answer" in p or "kan inte svara" in p)))
        head, _, tail = body.partition("\n\n")
        return answer.model_copy(update={"text": greeting + "\n\n".join([head, line, *([tail] if tail else [])]),
                                         "sources": list(dict.fromkeys([*answer.sources, meeting.source]))})

    def _after_meeting_told(self, msg: Message, answer: Answer) -> Answer:
        """"Vad kom man fram till där? Blir det fler avstämningar?" of the check-in gone: its outcome is not in the
        material, and the working method speaks of frequent check-ins without dates – both said rather than left out
        beside the plan (b58 #30)."""
        folded_q = msg.folded
        if "avstamning" not in folded_q and "check-in" not in folded_q and "checkin" not in folded_q:
            return answer       # ("mötet i oktober": another meeting than the check-in, not in the plan; folded
            #                      "check-in" is "checkin")
        meetings = [i for i in self.process.timeline if i.kind == "meeting" and i.last is not None]
        if not meetings:
            return answer
        # (Whether more check-ins follow is asked before the check-in too: "c) blir det fler avstämningar efter
        # det?" a week before it, b60 #23; its outcome only after it.)
        gone = meetings[0].last.latest < msg.today  # type: ignore[union-attr]
        lang, lines = msg.language, []
        if gone and _OUTCOME_ASKED.search(folded_q) and not any(k in answer.text for k in _KNOWS_NOT):
            lines.append(t(lang, "Vad man kom fram till på avstämningen står inte i underlaget – jag känner bara "
                           "tidplanen, inte utfallet.",
                           "What came out of the check-in is not in the material – I know the timeline, not the "
                           "outcome."))
        if _MORE_MEETINGS.search(folded_q) and "täta avstämningar" not in answer.text:
            lines.append(t(lang, "Fler avstämningar: arbetssättet nämner täta avstämningar för att klara tidplanen, "
                           "men tidplanen anger inga fler datum för dem.",
                           "More check-ins: the way of working mentions frequent check-ins to keep to the timeline, "
                           "but the timeline gives no further dates for them."))
        if not lines:
            return answer
        return answer.model_copy(update={"text": answer.text.rstrip() + "\n\n" + "\n\n".join(lines)})

    def _written_not_the_response(self, msg: Message, answer: Answer) -> Answer:
        """(Run after the layers that add the consultation response's paragraphs.)"""
        folded_q = msg.folded
        if not any(w in folded_q for w in ("innan", "fore", "before", "infor", "ahead of")) or not (
                _SEND_BEFORE.search(folded_q)) or not _OF_MEETING.search(folded_q):
            return answer
        if "remiss" not in folded_q and "consultation" not in folded_q and (
                _MUST_RESPOND_PARAGRAPH.search(answer.text)):
            # "Måste vi skicka in något skriftligt innan [11 mars]?" read as the consultation response: the
            # paragraphs on the remissvar answer another question; what the material says of before the meeting
            # takes their place (b55 #19).
            kept = [p for p in answer.text.split("\n\n") if not _MUST_RESPOND_PARAGRAPH.search(p)]
            line = t(msg.language, "Att ni ska skicka in något skriftligt före avstämningen står inte i underlaget, "
                     "och någon sista dag för det anges inte.",
                     "The material does not say you are to send anything in writing before the check-in, nor gives "
                     "a deadline for it.")
            return answer.model_copy(update={"text": "\n\n".join([*kept[:-1], line, kept[-1]] if len(kept) > 1
                                                                   else [*kept, line])})
        return answer

    def _place_of_meeting_told(self, msg: Message, answer: Answer) -> Answer:
        """"… och var och när är det?" of the check-in: the timeline gives the day but no time or place – said when
        the answer has not (b57 #25 left it out beside the purpose)."""
        folded_q = msg.folded
        if not _WHERE_WHEN.search(folded_q) or not _OF_MEETING.search(folded_q) or answer.topic != "check_in":
            return answer
        if any(w in answer.text for w in ("plats", "place", "Plats", "Place")):
            return answer
        line = t(msg.language, "Tid och plats anges inte i tidplanen; samordnarna kan lägga in dem och svara på det.",
                 "The timeline gives no time or place; the coordinators can add them and answer that.")
        return answer.model_copy(update={"text": f"{answer.text.rstrip()}\n\n{line}"})

    def _meeting_day_told(self, msg: Message, answer: Answer) -> Answer:
        """"avstämningen är på fredag va?", "idag är det avstämning va?": a day presumed for the dated meeting (a
        weekday, today, tomorrow) is confirmed or refuted first – "Nej – … torsdag 11 mars 2021, inte fredag
        12 mars" – rather than the meeting's card that leaves the premise standing (b58 #25, b57 #28)."""
        folded_q = msg.folded
        if "dag" not in folded_q and "morgon" not in folded_q and "day" not in folded_q:
            return answer
        claim = _MEETING_DAY_CLAIM.search(folded_q)
        if claim is None or (msg.split and len(msg.folded_parts) > 3):
            return answer
        if not (is_yes_no(msg.text) or _CONFIRM_TAIL.search(folded_q)):
            return answer
        greeting, body = _greeting_apart(answer.text)
        if body.startswith(("Ja", "Nej", "Yes", "No")):
            return answer
        meetings = [i for i in self.kit.process.timeline if i.kind == "meeting" and i.first is not None
                    and i.first.is_exact]
        if len(meetings) != 1 or folded_words(msg.text) & {"eller", "elr", "or"}:
            return answer       # ("i morgon eller på fredag?": which day, no yes or no)
        item, today, lang = meetings[0], msg.today, msg.language
        day = item.first.earliest  # type: ignore[union-attr]
        said = claim.group("d1") or claim.group("d2")
        if said in _TODAY_WORDS:
            named = today
        elif said in _TOMORROW_WORDS:
            named = today + dt.timedelta(days=1)
        else:
            named = today + dt.timedelta(days=(_WEEKDAY_NUMBER[said] - today.weekday()) % 7)
        name = t(lang, "det", "it")     # (the meeting the question names; its plan name reads badly here)
        when = f"{format_date(day, lang, weekday=True)} ({self.kit.when_relative(day, today, lang)})"
        if named == day and f"**{item.name.get(lang)}** – {format_date(day, lang, weekday=True)}" in answer.text:
            return answer       # the meeting's card, dated, confirms the day asked already
        if named == day:
            lead = t(lang, f"Ja – {name} är {when}.", f"Yes – {name} is on {when}.")
        else:
            lead = t(lang, f"Nej – {name} är {when}, inte {format_date(named, lang, weekday=True)}.",
                     f"No – {name} is on {when}, not {format_date(named, lang, weekday=True)}.")
        return answer.model_copy(update={"text": f"{greeting}{lead}\n\n{body}", "sources": [*answer.sources,
                                                                                           item.source]})

    # The layers after the answerer, in the order they run; each takes the message and the answer so far and returns
    # the answer, unchanged unless its own cheap word test and conditions hold. Layers that add put their paragraph
    # after the answer, layers that lead put their line before it (so of two leads the later one ends up first unless
    # it yields), and each tests the text so far for what it would say, so that nothing is said twice. ORDER:
    #  - _dated_before_parts (parts only) reads how the parts' own answer opens ("Nej –", "Ja", "Det vet jag inte")
    #    and puts its date correction after such a "Nej –", so it runs on the answerer's text, before anything else.
    #  - _now_beside (after _covered, which it does not need) adds where the plan is today to the steps after a
    #    step, or those steps to "now", when the message asks both in one sentence; before the leads, which put
    #    their lines in front of it.
    #  - _covered answers the message's other questions after the answer. It runs before everything that tests
    #    "said already", so that they see its paragraphs too: _how_bot_works leads with what the bot is unless the
    #    bot's description (talk.CAN) is in the answer, _unconfirmed_fix adds how one gets confirmed unless
    #    "**organisation**" was said, _who_sends_told adds who may send unless "bekräftade företrädare" was said.
    #    (Those three test different words; _how_bot_works runs before the claim so that a "Nej – …" leads over it,
    #    and the other two's order is only the order of the paragraphs they add.)
    #  - _coordinator_told rewrites "only the coordinators see it" wherever it stands: after every layer that adds
    #    a paragraph that may say it.
    #  - _claim_first is the first lead after _how_bot_works: it drops an opening "Ja" that would agree with a wrong
    #    claim, which must still be the answer's own first paragraph, and leads with "Nej – …" (an answer opening
    #    with "Nej" already gets the further corrections after its first paragraph). The leads after it yield to
    #    that "Nej – …": _midsummer_first steps aside when a claim leads; _closed_first, _unstated_first and
    #    _outsider_first put their line second, after it; _unstated_first also reads the answer's own opening
    #    "Ja, …" / "Nej …".
    #    _what_rus_is yields the same way (its line second after a "Nej – …").
    #  - Among the later leads the order is not one a docstring or commit gives; as it stands: the closed-or-open
    #    line goes before a midsummer lead, an unstated aspect before what RUS is, an outsider's line before an
    #    unstated aspect.
    #  - _bot_future and _own_time_reminder REPLACE the answer (the reminder only of an answer not split into parts;
    #    of parts it adds a paragraph): what the leads before them put first goes with the answer replaced.
    #  - _timeline_picture (round 31) REPLACES an answer to one question the way _bot_future does (or puts its line
    #    before the timeline shown); _one_response_told adds a paragraph (first when asked first), among the
    #    round 28–29 layers that add a part left out.
    #  - _name_apart runs after the replacements and before _stranger_first: it keeps the answer's first paragraph
    #    (the member's yes) and puts the glossary's own note apart from the term's paragraphs it drops.
    #  - _who_writes adds that who writes the texts is not known, after the answer (replacing a stock "don't
    #    know"); before _stranger_first, whose no leads over it.
    #  - _command_named puts the command's name before the card it shows, when the command was asked; before
    #    _stranger_first, whose no leads over it.
    #  - Rounds 28–29 added layers that each answer one kind of part the answer left out (_happened_unknown …
    #    _wish_of_named_first, _receipt_told, _why_length_told, _partnership_beside … _coordinators_beside, and those
    #    after _stranger_first). Each has its own cheap word test and tests the text so far for what it would say;
    #    among themselves their order is only the order of the paragraphs they add, not a dependency.
    #  - _stranger_first tests whether the FIRST paragraph already says the stranger is not a member and drops an
    #    opening "Ja, **member**" (the yes to a member named only as context): after every lead above and every
    #    replacement. The layers after it do not touch an opening "Nej, **X** är inte med" – they add paragraphs
    #    after the answer, or (_meeting_day_told) put a confirmation of a day before it, which never agrees with a
    #    stranger. _own_member_before_stranger (round 33) is the exception: it puts the asker's own member's yes
    #    before that no when the message asks "är vi med?" ("… eller är det bara Riksidrottsförbundet?").
    #  - _period_only_told runs last: it REPLACES an answer about a season that the message told only after its
    #    question with the question sentence's own answer, so anything the layers before it said goes with it.
    #  - _aspect_told comes after _every_question_told: it tests the whole reply, with the parts that layer added,
    #    for a word of the aspect asked of (duration, a meeting, a legal basis, an office, new goals), so a part
    #    already answered or said unknown there is not said unknown twice.
    #  - _in_time_first leads with a yes or no to "hinner vi …?" by the dates; after every other lead and the
    #    replacements (its yes or no is what the message asks first), before the layers adding parts left out.
    #  - _run_over_answered and _pace_decided_told (round 34) add a paragraph (or lead with it when theirs is the
    #    message's first question); after _municipalities_take_part, whose "alla 12 kommuner" the first tests for.
    #  - _answered_not_unknown runs after every layer that quotes a part as unknown: it drops such a line when the
    #    rest of the reply gives the kind of answer the part asks for (a weekday, a count, a date).
    #  - _said_once runs last of all: it drops a bullet repeating a sentence of the finished reply's prose.
    #  - Round 34's _privacy_command_first, _remiss_document_where, _response_form_told and _after_submit_told run
    #    last: each tests the finished reply for what it would say (the command, "finns inte i boten", the addressee
    #    or form, "allmänna handlingar") and adds it, leading only where what it answers was asked first or alone.
    #  - Round 37's _member_yes_first, _whom_to_turn_to_told and _other_plan_told run after those: each tests the
    #    finished reply for what it would say (the member in bold, "samordnar", "översiktsplan" or funding); the
    #    first and last may lead (a member's yes; "Nej – RUS är … inte …"), which nothing after them reorders.
    #  - Round 38's _length_origin_told, _final_decider_first, _believed_stranger_told, _recipients_either_or_first
    #    and _consultation_sender_refuted run after those, first of round 38's: each answers a question the finished
    #    reply opened beside (whose wish the consultation's length was, which body decides, a name believed a member,
    #    whom the consultation goes to, who sends it), so each leads only with what the question asked first – or
    #    with a refuted premise – and yields to a reply already opening "Nej"/"Ja –"; before the bot's own
    #    leads below, which concern other questions (reminders, arrival), and the left-out parts, which see them.
    #  - Round 38's _reminder_despite_answered_told and _response_arrival_check_told run after every other lead: what
    #    they answer (why a reminder came though we answered; whether our response came in) is what such a message
    #    asks first, so their line goes first unless the asker's stop, or an earlier question, was answered first.
    #    _decision_notice_told adds its paragraph after them (no notice of the decision is the message's last ask).
    #  - Round 38's _left_out_parts_told and _untold_parts_told run after every layer that answers or says unknown a
    #    part: each tests the finished reply (its own words, or the part quoted beside "I don't know") and adds a line
    #    only for a part nothing before it spoke of, after the answer; the first knows typed parts with their own
    #    words, the second reads the asking sentences; both before _said_once, which reads the finished prose.
    #  - Round 38's _late_arrival_told runs after the bot's own leads, before the left-out parts (which then see what
    #    it said): it leads with the last day and a late response's fate (and drops a stock card that stood for it).
    #    _outside_request_declined runs after the left-out parts, before _said_once: it REPLACES an answer with a
    #    friendly decline, so what the layers before it added goes, and nothing after it reorders the decline.
    _LAYERS: ClassVar[tuple[Callable[[AnswerEngine, Message, Answer], Answer], ...]] = (
        _questions_apart, _dated_before_parts, _covered, _happened_unknown, _how_beside_when, _written_before_meeting,
        _in_force_unknown, _same_structure_first, _member_after_consultation, _meeting_decided_which,
        _wish_of_named_first, _now_beside, _year_beyond_plan, _update_again_later, _days_left_of_calendar,
        _next_after_done,
        _how_bot_works, _unconfirmed_fix, _who_sends_told,
        _how_to_respond_told, _receipt_told, _why_length_told, _why_over_summer_told, _coordinator_told,
        _claim_first, _midsummer_first, _closed_first, _what_rus_is, _own_use_unknown, _principles_told,
        _meeting_scope_told, _unstated_first, _outsider_first, _bot_future,
        _timeline_picture, _own_time_reminder, _name_apart, _command_named, _who_writes,
        _partnership_beside, _one_response_told, _rf_not_sisu, _member_role_told, _member_unexplained,
        _member_as_place, _municipalities_take_part, _run_over_answered, _pace_decided_told, _guessed_decider,
        _company_concerned,
        _review_or_update, _regular_review,
        _new_rus_first,
        _committees_first_told, _which_committees_told, _rf_meant_told, _why_not_new, _drivers_named, _driver_not_stock,
        _structure_meant,
        _not_all_different, _word_meant, _cannot_told, _who_asked_told,
        _new_goals_open,
        _pandemic_reason, _coordinators_beside, _stranger_first, _own_member_before_stranger,
        _own_member_before_member, _response_no_decision,
        _meeting_day_told, _consultation_wish_told, _timeline_influence_told,
        _consultation_span_told, _who_may_attend_told, _after_meeting_told, _written_not_the_response,
        _place_of_meeting_told, _representative_unknown, _remiss_parts, _late_extension_told, _decision_month_unknown,
        _municipal_council_unknown, _own_documents_unknown, _why_officials_told, _expected_at_meeting_told,
        _prepare_told,
        _period_only_told, _arrival_unknown, _count_on_given_start, _own_day_against_last_day,
        _wrong_weekday_of_last_day, _closing_time_told, _extension_request_told, _working_days_told,
        _missed_consultation_told, _input_deadline_told, _organisation_not_person_told,
        _own_days_weighed, _roles_compared_told, _nagging_told,
        _in_time_first, _steps_after_told, _impact_told, _phase_count_told, _minutes_told, _updated_text_when,
        _time_left_told,
        _known_part_first, _every_question_told, _aspect_told, _recipients_told, _unsure_feature_told,
        _group_views_unknown,
        _answered_not_unknown, _channel_days_told, _status_of_first, _written_aspects_first,
        _coordinator_commands_first, _privacy_command_first, _remiss_document_where, _response_form_told,
        _after_submit_told, _others_views_told, _member_yes_first, _whom_to_turn_to_told, _other_plan_told,
        _coordinators_role_first, _own_records_told, _funding_not_extension, _draft_beside_told, _handler_link_told,
        _input_steps_told, _late_included_unknown, _remiss_defined_first, _asked_beside_thanks,
        _member_town_in_county, _premise_refuted_first, _length_origin_told, _final_decider_first,
        _believed_stranger_told, _recipients_either_or_first, _consultation_sender_refuted,
        _reminder_despite_answered_told, _response_arrival_check_told, _decision_notice_told, _late_arrival_told,
        _left_out_parts_told, _untold_parts_told, _outside_request_declined, _said_once)

    def _how_of_topic(self, text: str, said: str, today: dt.date, language: Language) -> Answer | None:
        """"hur gör vi?" asked beside other questions of the consultation (or of input): how to respond (or give
        input) in the bot, when the reply does not tell it (blind batch 50: left out as pointing back); None
        otherwise."""
        folded = fold(text)
        if "**Skicka in**" in said or "**Submit**" in said or "**Nytt inspel**" in said or "**New input**" in said:
            return None
        if "remiss" in folded or "consultation" in folded:
            ask = t(language, "Hur lämnar vi remissvar?", "How do we submit our consultation response?")
        elif "inspel" in folded or "input" in folded:
            ask = t(language, "Hur lämnar jag inspel?", "How do I give input?")
        else:
            return None
        more = self._answer_one(ask, self.understand(ask, today), today, language)
        if not more.confident:
            return None
        new = _new_paragraphs(_greeting_apart(more.text)[1], said)
        return more.model_copy(update={"text": new}) if new else None

    def _near_reading(self, piece: str, u: Understanding, said: str, families: set[str], today: dt.date,
                      language: Language) -> Answer | None:
        """The answer to a piece of a message read off-topic without conviction when a reading inside the material
        comes near (at least 0.35, and four fifths of the off-topic one) and the piece names that topic itself: that
        reading's answer, when confident and not said already; else None."""
        near = next(((i, c) for i, c in u.ranked if i != OUT_OF_SCOPE), None)
        own = {c for c in u.entities.concepts - _VAGUE - _ASKING if not c.startswith(("KIND:", "ROLE:"))}
        if (near is None or u.confidence >= 0.8 or near[1] < max(0.35, 0.8 * u.confidence) or not own
                or _family(near[0]) in families or near[0].startswith(("feature.", "about_bot"))
                or not _STARTS_QUESTION.match(piece) or _asked_said(piece, said)):
            return None
        more = self._answer_one(piece, replace(u, intent=near[0], confidence=near[1]), today, language)
        if not more.confident or more.topic in ("unknown", "unsure") or _said_already(
                more.text.split("\n\n", 1)[0], said, strict=True):
            return None
        text = _new_paragraphs(more.text, said)
        return more.model_copy(update={"text": text}) if text else None

    @staticmethod
    def _not_in_material(piece: str, u: Understanding, said: str, families: set[str], answered: str) -> bool:
        """Whether a piece of a message read as off-topic is to be said not to be in the material, rather than left
        out: it asks something of its own ("Vad händer om vi inte svarar?" beside whether we must answer), which
        the reply has not said, not known or otherwise."""
        folded_piece = fold(piece)
        if not _STARTS_QUESTION.match(piece) or not re.search(r"\w{4}", folded_piece) or (
                _CONFIRMS.search(folded_piece) or _REQUEST.match(folded_piece)):
            return False    # "Vem har rätt?", "Kan du ge mig tre meningar …?": the reply to the rest answers it
        not_known = [x for x in _LAST_SENTENCE.split(said) if any(w in x for w in _KNOWS_NOT)]
        if not_known and answered == "unknown":
            return False    # the reply is an "I don't know" already
        if _asked_said(piece, said):
            return False    # "… hur länge håller den på?" after "Hur länge den pågår anges inte."
        words = _content(piece)
        if words and len(words & _content(" ".join(not_known))) >= len(words) / 2:
            return False    # "vilka underlag kommer att bifogas?" after "underlaget anger inte vilka underlag …"
        topic = {c for c in u.entities.concepts - _VAGUE - _ASKING if not c.startswith(("ORG:", "KIND:", "ROLE:"))}
        # Not when it points back at what was told ("Vad sades där?", "Vad innebär det för kommunerna?") and the
        # reply says something is not known or the piece was read without conviction.
        if _THERE.search(folded_piece) and not topic and (not_known or u.confidence < 0.8):
            return False
        if topic and topic <= _WHEN_ONLY and set(tokens(folded_piece)) & _BACK and re.search(r"\b20\d\d\b", said):
            return False    # "… och hur länge håller den på?": when or how long of what the reply dated already
        if u.confidence >= 0.8:
            # Read off-topic with conviction, unless its best reading inside the material is of a kind answered:
            # "kan jag ladda ner alla svar?" beside the coordinator's commands.
            return len(piece.split()) >= 4 and _family(next(
                (i for i, _ in u.ranked if i != OUT_OF_SCOPE), OUT_OF_SCOPE)) not in families
        # Read off-topic without much conviction ("is the partnership's view binding on the council?" beside who
        # adopts it): not when the reply says something is not known, lest two "I don't know"s answer one thing.
        return u.confidence >= 0.5 and not not_known

    def _parts(self, text: str, today: dt.date, whole: Understanding) -> list[tuple[str, Understanding]]:
        """The questions of a message that asks two ("när är remissen klar och när beslutar RF?"),
        each understood on its own; [] when it asks one, or when a part is not clear on its own."""
        if whole.intent in ("empty", "greeting", "thanks", "help"):
            return []
        if numbered := self._numbered(text, today):
            return numbered
        # A short message is cut finely (at "och vem …"), and only when every piece is clear; what that leaves whole
        # is cut at its sentences, story told apart from the questions asked.
        short = self._short_parts(text, today, whole) if len(text) <= 400 else []
        return short or self._questions(text, today, whole)

    def _questions(self, text: str, today: dt.date, whole: Understanding) -> list[tuple[str, Understanding]]:
        """"Jag har tagit över … Varför ses RUS över? Och vad förväntas av oss?": the questions of a message, each
        a sentence of its own, in order; the story around them is left out, but a question that points back
        ("… remissen pågår till årsskiftet. Stämmer det?") is read with the sentence before it, and a question about
        the asker, or not clear alone, with the story. A part still not clear is returned not sure: it is left out
        (or only its wrong date corrected) and spoils none of the others. [] when fewer than two questions are clear,
        when they are all of a kind, or when the message read whole is answered as well (see the tests of round 15)."""
        if text.count("?") < 2 and (len(text) < 120 or not _INDIRECT.search(text)):
            return []       # cheap: most messages ask once
        sentences = _sentences(_GREETING.sub("", text, count=1))
        if sum(asks for _, asks in sentences) < 2:
            return []
        # Each question's text, with the sentence before it when it points back.
        asked: list[str] = []
        read: dict[str, Understanding] = {}
        story: list[str] = []
        previous_asked = False
        for sentence, asks in sentences:
            if not asks:
                story.append(sentence)
                previous_asked = False
                continue
            bare = _JOINER.sub("", sentence.strip(_QUOTES)).strip(_QUOTES)
            if len(bare.split()) < 2 or _META.match(bare):
                continue
            u = read[bare] = self.understand(bare, today)
            folded_bare = fold(bare)
            e = u.entities
            topic = e.concepts - _VAGUE
            # "… raderar hennes uppgifter. Hur gör jag som samordnare?" asks how to do what was told.
            back = (bool(_POINTS_BACK.search(folded_bare)) and (len(bare.split()) <= 6 or not topic - _WHEN_ONLY)) or (
                bool(_HOW_I_DO.match(folded_bare))) or (
                # "… back on 2 August. How many days will we have left then?": the count is from the day told before
                bool(story) and e.period is None and consultation.counts_from_day(folded_bare))
            if story:
                u = read[bare] = self._counted_to(bare, u, story[-1], today)
                e = u.entities
            vague = not topic and not e.organisations and not e.terms and e.period is None
            if story and (place := _there_told(bare, story[-1])) is not None and (
                    (there_u := self.understand(place, today)).sure and there_u.confidence > u.confidence):
                # "Jag var inte med på KC/RD i december. Vad sa man där om upplägget?" (b51 #8): "där" is the meeting
                # the story named ("på KC/RD i december"); the question is read with it in the place of "där".
                asked.append(place)
                read[place] = there_u
            elif (back or vague) and (asked or story):
                if previous_asked and asked:
                    asked[-1] = f"{asked[-1]}? {bare}"
                else:
                    asked.append(f"{story.pop()} {bare}?" if story else bare)
            elif (u.intent == OUT_OF_SCOPE and story and not previous_asked
                  and not {x for x in topic - {"WHO", "WHY"} if not x.startswith(("ORG:", "KIND:", "ROLE:"))}
                  and (told_u := self.understand(story[-1], today)).sure and told_u.intent in _CONTENT
                  and told_u.confidence >= 0.6):
                # "… varför regionen lägger tid på att uppdatera RUS just nu. Vilka skäl anger regionen?": a question
                # naming no topic but a name, off-topic alone, asks what the sentence before it tells of.
                joined = f"{story.pop()} {bare}"
                asked.append(joined)
                read[joined] = told_u
            else:
                asked.append(bare)
            previous_asked = True
        if len(asked) < 2 or (all(asks for _, asks in sentences) and len(text) <= 250):
            return []       # "sista dagen idag? till vilken tid?": a short message of questions alone is read whole
        # The story told around the questions, before or after them ("… frågar för Handelskammaren").
        told = " ".join(story)
        parts: list[tuple[str, Understanding]] = []
        for question in asked[:_MAX_PARTS]:
            u = read.get(question) or self.understand(question, today)
            if told and u.sure and set(tokens(fold(question))) & _ASKER_WORDS - {"i"} and not u.entities.organisations:
                # "Jag representerar RF-SISU. Ingår idrotten i partnerskapet, eller är vi gäst?": a question about the
                # asker is read with the story when it reads the same, so the answer knows whom "vi" means and which
                # dates were told ("Vilka sitter i partnerskapet?" is not about the asker's own organisation).
                with_story = self.understand(f"{told} {question}", today)
                if with_story.sure and with_story.intent == u.intent:
                    question, u = f"{told} {question}", with_story
            elif told and not u.sure:
                # "… vår utvecklingsstrateg är sjukskriven. Kan vi lämna synpunkterna senare?": the story says what
                # the question is about.
                with_story = self.understand(f"{told} {question}", today)
                if with_story.sure and with_story.confidence >= 0.5:
                    question, u = f"{told} {question}", with_story
            # A fragment read by a guess of the entities, or as off-topic without conviction, is not sure enough to
            # be answered beside the others.
            if u.sure and (u.confidence < 0.3 or (u.intent == OUT_OF_SCOPE and u.confidence < 0.8)):
                u = replace(u, sure=False)
            if u.intent in ("empty", "greeting", "thanks", "help"):
                continue
            parts.append((question, u))
        sure = [u.intent for _, u in parts if u.sure]
        if len(set(sure)) < 2 or set(sure) <= _WHEN_FAMILY:
            if (len(sure) == 1 and sure[0] != OUT_OF_SCOPE and len(parts) > 1
                    and (not whole.sure or (whole.intent == OUT_OF_SCOPE and whole.confidence < 0.6))):
                # "… Vilka skäl anges? Och handlar det om att ändra målen …?": the message read whole is not clear,
                # but one of its questions is; that one is answered, not the whole's guess.
                return parts
            return []       # one thing clear, or one thing asked in several ways: the message is answered whole
        if sure[0] == OUT_OF_SCOPE and whole.intent != OUT_OF_SCOPE:
            return []       # "Kan du ge mig budskapen? … kan jag skriva 'ny RUS 2022'?": the whole is answerable
        if len(sure) == 2 and whole.sure and whole.confidence >= 0.75 and whole.intent == sure[0]:
            # The message read whole leads with the first of two questions: its answer is made for such messages
            # (and often says the second's answer too); three questions are more than one answer says.
            return []
        if _GREETING.match(text) and parts[0][1].sure:
            # "Hej! …": greeted back once, in front of the first answer.
            first, u = parts[0]
            parts[0] = (first, replace(u, entities=replace(u.entities, concepts=u.entities.concepts | {"GREET"})))
        return parts

    def _counted_to(self, question: str, u: Understanding, before: str, today: dt.date) -> Understanding:
        """"… avstämningen är flyttad till 18 mars. Hur många dagar har vi då på oss?": a count of days that points
        back and names no event of its own is counted to the event the sentence before names (at the plan's own
        date: a told day is not carried), not to the consultation."""
        e = u.entities
        if not (_POINTS_BACK.search(fold(question)) and "DAYS" in e.concepts and e.period is None
                and not e.concepts & _COUNTED_TO):
            return u
        named = self.understand(before, today).entities.concepts & _COUNTED_TO
        return replace(u, entities=replace(e, concepts=e.concepts | named)) if named else u

    def _short_parts(self, text: str, today: dt.date, whole: Understanding) -> list[tuple[str, Understanding]]:
        """A message of two or three short questions cut at its question marks and "och"/"and" before a question
        word; [] unless every piece is clear on its own."""
        lowered = text.lower()
        if lowered.count("?") < 2 and not any(w in lowered for w in _JOINING_WORDS) and (
                not _OR_ONLY.search(text)):
            return []
        pieces = _pieces(text)
        all_pieces = pieces
        # A story before the questions ("En kollega ska ta över … efter nyår. Hur kommer hen in …?") is told,
        # not asked: the questions after it are the parts.
        told = len(pieces)
        while pieces and not pieces[0][1] and (not _asks(pieces[0][0]) or _TOLD_PLAN.match(
                _GREETING.sub("", pieces[0][0], count=1))) and any(q or _asks(p) for p, q, _ in pieces[1:]):
            # The whole sentence is the story ("Jag är ny på Länsstyrelsen och ska representera oss …").
            pieces = [x for x in pieces if x[2] != pieces[0][2]]
        story = len(pieces) < told
        if len(pieces) < told and len({sentence for _, _, sentence in pieces}) < 2 and len(pieces) < 3:
            return []       # "Jag har tagit över … Vad har hänt hittills och vad förväntas framöver?": one question
        # "… Could you clarify?", "Kan boten svara på det?": a request to answer what came before is no part.
        asked = [x for i, x in enumerate(pieces) if not (i and _META.match(x[0]))]
        story = story or len(asked) < len(pieces)
        pieces = asked
        if pieces and not (_asks(pieces[0][0]) or (pieces[0][1] and _TAG.search(pieces[0][0]))):
            return []       # "Jag är ny på Lekebergs kommun och …? Vad händer i år?": a story, then one question
        # A second sentence that is not a question of its own ("…? kunde man inte…") belongs to the first; one that
        # ends in a question mark is one whatever its first word ("Och sparar du allt jag skriver?").
        if any(not (_STARTS_QUESTION.match(p) or q) for p, q, _ in pieces[1:]):
            return []
        if len(pieces) < 2 or len(pieces) > 4:
            return []
        understood = [(p, sentence, self.understand(p, today)) for p, _, sentence in pieces]
        # A piece read only by a guess (below half) that asks what the material does not state ("… och vill veta
        # hur mycket tid vi behöver avsätta") is not clear on its own: the whole is answered, and _unstated_first
        # says that part is not in the material (b52 #44), rather than a neighbouring text the guess found.
        understood = [(p, sentence, replace(u, sure=False) if u.confidence < 0.5 and unstated.asks_aspect(p) else u)
                      for p, sentence, u in understood]
        if story and (before_first := [x[2] for x in all_pieces[:all_pieces.index(pieces[0])]]) and (
                place := _there_told(pieces[0][0], before_first[-1])) is not None and (
                (there_u := self.understand(place, today)).sure and there_u.confidence > understood[0][2].confidence):
            # "Jag var inte med på KC/RD i december. Vad sa man där om upplägget? …" (b51 #8): "där" is the meeting
            # the story named ("på KC/RD i december"); the question is read with it in the place of "där".
            understood[0] = (place, understood[0][1], there_u)
        if understood and "DAYS" in understood[0][2].entities.concepts and (
                before := split_sentences(text[:max(0, text.find(understood[0][1]))])):
            p, sentence, u = understood[0]
            understood[0] = (p, sentence, self._counted_to(p, u, before[-1], today))
            if u.entities.period is None and consultation.counts_from_day(fold(p)) and (
                    (with_day := self.understand(f"{before[-1]} {p}", today)).entities.period is not None
                    and with_day.intent == u.intent):
                # "I'm back on 2 August. How many days will we have left then?": the count is from the day told
                # before it (b69 #56), so the question is read with that sentence.
                understood[0] = (f"{before[-1]} {p}", sentence, with_day)
        if _OR_ONLY.search(text) and not all(u.entities.organisations or u.entities.unknown_name
                                             for _, _, u in understood):
            return []       # "är X med eller bara remissinstans?": the alternative is no name, so no second question
        parts: list[tuple[str, Understanding]] = []
        for p, sentence, u in understood:
            cut = [x for x in understood if x[1] == sentence]
            if len(cut) > 1 and not all(x[2].sure for x in cut):
                # "Hur kommer hen in i boten och blir kopplad till Lindesberg?": a sentence whose pieces are not
                # each clear on their own is one question.
                if not parts or parts[-1][0] != sentence:
                    parts.append((sentence, self.understand(sentence, today)))
            else:
                parts.append((p, u))
        if len(parts) < 2:
            return []
        texts = [p for p, _ in parts]
        if any(not u.entities.concepts - _NO_TOPIC - {"MYORG"} for _, u in parts[0 if story else 1:]):
            return []       # "…innan 11 mars? ska vi skriva nåt?": a piece naming no topic asks about the first
        if story and (_HOW_I_DO.match(fold(texts[0]).strip()) or (
                len(texts[0].split()) <= 6 and _POINTS_BACK_TO_TOLD.search(fold(texts[0])))):
            # "… vill att vi raderar hennes uppgifter. Hur gör jag som samordnare?", "Min företrädare lämnade några
            # inspel. Kan jag se dem i boten? …": the first question is about the story told, so the whole is read.
            return []
        if any(set(tokens(fold(p))) & _BACK and not u.entities.concepts - _NO_TOPIC - {"DETAILS"} - _WHEN_ONLY
               - _WHO_DECIDED for p, u in parts[1:]):
            return []       # "…när skickas remissen och hur länge pågår den?", "Vem har bestämt det?": what came before
        intents = [u.intent for _, u in parts]
        # (A role named counts as a name: "vad sa KC/RD …? och ville kommunerna …?" asks of two roles, b51 #8.)
        roles = [frozenset(c for c in u.entities.concepts if c.startswith("ROLE:")) for _, u in parts]
        if not (len(parts) == 2 and intents[0] == intents[1] == "role" and all(roles) and not roles[0] & roles[1]):
            roles = [frozenset()] * len(parts)
        named = [(frozenset(o.id for o in u.entities.organisations), u.entities.unknown_name, r)
                 for (_, u), r in zip(parts, roles, strict=True)]
        # "how often is RUS reviewed, what triggered it, and does the partnership decide?": a list of three or more
        # questions is answered part by part even when two are of a kind (answers that say the same are said once).
        listed = len(intents) >= 3 and len(set(intents)) >= 2
        if not all(u.sure for _, u in parts) or (len(set(intents)) < len(intents) and len(set(named)) < len(named)
                                                  and not listed):
            return []       # two of a kind are two questions only when asked of two names ("X är med va? Och Y?")
        if any(i in ("greeting", "thanks", "help", "empty") for i in intents) or intents[0] == OUT_OF_SCOPE:
            return []
        # A later part the material does not answer ("… Kan vi säga nej till ändringar?") is answered so, after the
        # part it does answer; not when the whole message reads as one out-of-scope question.
        if OUT_OF_SCOPE in intents and (whole.intent == OUT_OF_SCOPE or intents[0] not in _CONTENT or any(
                u.intent == OUT_OF_SCOPE and u.confidence < 0.7 for _, u in parts)):
            return []
        if any(i == "influence" and not set(tokens(fold(p))) & _ASKER_WORDS
               for p, i in zip(texts, intents, strict=True)):
            return []       # "… och hur påverkar den RUS?": what "den" does to RUS, not how the asker has a say
        if story:
            # What was told or asked around the questions ("Kan du reda ut det?") is no part of the whole either.
            whole = self.understand(" ".join(texts), today)
        if whole.sure and whole.intent not in intents:
            # The message as a whole reads as one question the parts do not ask.
            return []
        return parts

    def _numbered(self, text: str, today: dt.date) -> list[tuple[str, Understanding]]:
        """"Kan du bekräfta (1) när remissen skickas ut, (2) sista svarsdag och (3) …", "1) kan flera … 2) kan vi
        …": each numbered item is a question of its own, whatever the words around it; what comes before the first
        is the story or the request, and is added to an item that is not clear alone."""
        if ")" not in text and "1. " not in text and "1 " not in text:
            return []       # no "1)", "1." nor "1 ": the regex need not scan the message
        marks = list(_NUMBERED.finditer(text))
        labels = [m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5) for m in marks]
        if len(marks) < 2 or labels not in ([str(i) for i in range(1, len(marks) + 1)], list("abcdefgh"[:len(marks)])):
            return []
        intro = text[: marks[0].start()].strip()
        parts: list[tuple[str, Understanding]] = []
        for m, after in zip(marks, [*marks[1:], None], strict=True):
            item = text[m.end(): after.start() if after else len(text)].strip()
            if after is None:
                first = _SENTENCE.match(item)
                item = first.group(0) if first else item     # not the "Tack på förhand." after it
            if (m.group(3) or m.group(5)) and not (item.rstrip().endswith("?") or _STARTS_QUESTION.match(item) or (
                    _WHETHER.match(item))):
                return []       # "Stämmer följande? a) Översynen görs …": lettered claims to check, not questions
            item = _TRAILING_JOINER.sub("", item).strip(_QUOTES)
            if len(item.split()) < 2:
                continue
            u = self.understand(item, today)
            # "…samordna universitetets remissvar … 3) får vi någon bekräftelse?": the story names what the item
            # asks about, so the item is read with it when that reads surer.
            told = self.understand(f"{intro} {item}", today) if intro else u
            # (Not to off-topic from an item read surely and clearly: "Could you tell me (c) whether the council will
            # vote …" is out of scope only by the request's words, b73 #73; "vad är nytt i uppdateringen", read
            # only by a guess, is still read with the story.)
            if told.sure and (not u.sure or told.confidence > u.confidence) and told.intent not in (
                    "greeting", "thanks", "empty") and not (
                    u.sure and u.confidence >= 0.5 and u.intent != OUT_OF_SCOPE and told.intent == OUT_OF_SCOPE):
                u = told
            parts.append((item, u))
        return parts if len(parts) >= 2 else []

    def _own_member(self, parts: list[tuple[str, Understanding]], whole: Understanding
                    ) -> list[tuple[str, Understanding]]:
        """"Hej från RF-SISU! Är vi med i partnerskapet på riktigt? Och …": a part asking whether "we" are members,
        naming no one, asks it of the one member the message names."""
        members = {o.id for o in self.process.organisations}
        named = [o for o in whole.entities.organisations if o.id in members]
        if len(named) != 1:
            return parts
        out = []
        for text, u in parts:
            e = u.entities
            if ("PARTNERSHIP" in e.concepts and e.concepts & {"MED", "MEMBER"} and not e.organisations
                    and set(tokens(fold(text))) & _ASKER_WORDS - {"i"}     # "vilka sitter i partnerskapet?": all
                    and not e.unknown_name and not e.kind):
                u = replace(u, intent="organisation", entities=replace(e, organisations=named))
            out.append((text, u))
        return out

    def _answer_parts(self, parts: list[tuple[str, Understanding]], today: dt.date, language: Language) -> Answer:
        answers: list[Answer] = []
        answered_texts: list[str] = []     # the part each answer answers, in step with answers
        unclear: list[str] = []
        for n, (text, u) in enumerate(parts):
            if len(answers) > len(answered_texts):
                answered_texts.append(parts[n - 1][0])
            asked = Asked(text=text, intent=u.intent, confidence=u.confidence, entities=u.entities, today=today,
                          language=language)
            if n and u.sure and u.confidence < 0.8 and u.intent not in _OWN_ANSWER_KEPT and (
                    unstated.asks_unstated(self.kit, text) or (
                        _may_ask_who_sends(fold(text)) and features.asks_who_sends(fold(text)))):
                # "… Och går den till registraturen eller direkt till mig?" read as the decision, "… Vem på kommunen
                # kan skicka in?" as whom to contact, without conviction: the neighbour's answer goes; the layers
                # after the parts say what the material does not state of it, or who may send (blind batches 51–52).
                # (Not a reading of dates, the meeting or the response itself: those say the day and what is not
                # known of the meeting or the response in their own words.)
                continue
            if n and (others_day := features.others_last_day(self.kit, asked, " ".join(x for x, _ in parts[:n]))):
                # "… Och påverkar det sista dagen för de andra?" after an extension: no, it is one organisation's.
                answers.append(others_day)
                continue
            if n and (effect := features.extension_reminders_part(self.kit, asked,
                                                                  " ".join(x for x, _ in parts[:n]))):
                # "… Och påverkar det påminnelserna som går till dem?" after an extension: what it does to them.
                answers.append(effect)
                continue
            if (n and u.sure and u.confidence < 0.4 and u.intent == "organisation" and _YES_NO.match(text)
                    and not u.entities.concepts & {"MED", "MEMBER"}):
                # "Behöver vi från RF-SISU vara där?" read, without conviction, as whether RF-SISU is a member (it
                # asks nothing of being "med"): a "Ja, RF-SISU är med" would read as "yes, attend" (batch 37 #94);
                # the part is quoted and said unsure instead.
                answers.append(Answer(topic=u.intent, language=language, text=_not_sure_line(text, language),
                                      confident=False, confidence=u.confidence))
            elif n and u.sure and _guessed_part(text, u):
                # "… Och kan jag ångra mig efter att jag tryckt skicka?" read as the organisation link at 0.44, by no
                # word of its own: its answer would be a neighbour's (blind batch 47); quoted and said unsure. (Not
                # when that answer itself says what is not known or whom to ask: "Måste vi svara på något?")
                guess = self._answer_one(text, u, today, language)
                if not _refers(guess.text):
                    question = re.split(r"(?<=[.!?])\s+", text)[-1].rstrip("?. ")
                    guess = Answer(topic=u.intent, language=language, text=_not_sure_line(question, language),
                                   confident=False, confidence=u.confidence)
                answers.append(guess)
            elif u.sure:
                answers.append(self._answer_one(text, u, today, language))
            elif (fixed := premise.alone(self.kit, asked)) is not None:
                answers.append(fixed)       # "… hörde att remissen pågår till årsskiftet. Stämmer det?": corrected
            elif (material := evidence.what_it_says(self.kit, asked)) is not None:
                answers.append(material)        # "… Och handlar det om att ändra målen?": what the material says of it
            else:
                # Not understood: left out, said nothing of, and the reply is marked not confident.
                unclear.append(text)
        if len(answers) > len(answered_texts):
            answered_texts.append(parts[-1][0])
        if not answers:
            return self._answer_one(parts[0][0], parts[0][1], today, language)
        if len(answers) > 1:
            # "Det vet jag inte – … Jag kan svara på frågor om …": beside answers, the "I don't know" alone.
            generic = [a for a in answers if a.topic == "unknown" and a.text.endswith(talk.OFFER)]
            # … and not at all beside another "I don't know" that says what is not known.
            knows_not = any(any(w in a.text for w in _KNOWS_NOT) for a in answers if a not in generic)
            # Said of the part it answers, quoted: an "I don't know" after other answers reads as about nothing
            # (blind batch 40: "3) ses vi fysiskt eller digitalt?" answered by a bare "Det vet jag inte").
            asked_of = {id(a): x for a, x in zip(answers, answered_texts, strict=True)}
            # … unless another part's answer already speaks of it ("2) behöver vi förbereda något?" beside the
            # check-in's "Förbered: …"): a quoted "I don't know" would then contradict it.
            others = " ".join(fold(a.text) for a in answers if a not in generic)
            generic = [a for a in generic if not _spoken_of(asked_of.get(id(a), ""), others)]
            answers = [a for a in answers if a in generic or a.topic != "unknown" or not a.text.endswith(talk.OFFER)]
            answers = [a.model_copy(update={"text": _unknown_line(asked_of[id(a)], language)
                                            if id(a) in asked_of else _first_sentence(a.text)}) if a in generic else a
                       for a in answers if not (knows_not and a in generic)] or answers
        # Two numbered items one answer covers ("när skickas remissen ut", "sista svarsdag") are answered once.
        answers = [a for i, a in enumerate(answers) if all(a.text != b.text for b in answers[:i])]
        # Two parts that ask the same thing in other words ("Är den klar? Har RF beslutat?") get answers that say
        # the same in another order; the second is said once, not twice.
        answers = [a for i, a in enumerate(answers) if not any(_same_answer(a, b) for b in answers[:i])]
        first = answers[0]
        # A paragraph two parts share (how the response is sent, after each of its questions) is said once.
        said: list[str] = []
        for a in answers:
            said += [p for p in a.text.split("\n\n") if p not in said]
        for text in unclear:
            # A part not understood that is a question of its own ("Kommer det också att finnas möjlighet att lämna
            # synpunkter skriftligt i efterhand?"), of which the other answers say nothing: said unsure, quoted,
            # rather than left out without a word (blind batch 43).
            question = re.split(r"(?<=[.!?])\s+", text)[-1].rstrip("?. ")
            folded_question = fold(question)
            if (len(question.split()) >= 5 and (_YES_NO.match(question) or _ASKS_OPENLY.match(question))
                    and not (_POINTS_BACK.search(folded_question) and len(question.split()) <= 6)
                    and not _CONFIRMS.search(folded_question) and not _REQUEST.match(folded_question)
                    and not _spoken_of(question, fold("\n\n".join(said)))
                    and not _spoken_of(_IF_SOMEONE_WANTS.sub("", question), fold("\n\n".join(said)))
                    and not _asked_said(question, "\n\n".join(said))):
                said.append(_not_sure_line(question, language))
        text = "\n\n".join(said)
        sources = [s for a in answers for s in a.sources]
        action = next((a.action for a in answers if a.action is not None), None)
        return Answer(topic=first.topic, language=language, text=text, sources=list(dict.fromkeys(sources)),
                      suggestions=first.suggestions, confident=all(a.confident for a in answers) and not unclear,
                      action=action,
                      confidence=min(a.confidence or 0.0 for a in answers))

    def _answer_one(self, text: str, u: Understanding, today: dt.date, language: Language,
                    check_dates: bool = True) -> Answer:
        asked = Asked(text=text, intent=u.intent, confidence=u.confidence, entities=u.entities,
                      today=today, language=language)
        if u.intent == "empty":
            return talk.empty(self.kit, asked)
        if check_dates and (counted := counts.answer(self.kit, asked)) is not None:
            # "Hur många veckor sedan var avstämningen?", "mer än en vecka kvar?", "vad händer om tre veckor?": the
            # count or comparison of time asked, not the event's card or the days left.
            return self._dressed(text, u, asked, counted)
        if check_dates and (moved := features.meeting_change(self.kit, asked, self.contacts)) is not None:
            # A meeting to move or cancel is the coordinators' own, not a date of the plan to correct.
            return self._dressed(text, u, asked, moved)
        if check_dates and (added := features.meeting_requested(self.kit, asked)) is not None:
            # "lägg in avstämningen 11 mars som möte": a meeting asked to be made is the coordinators' command.
            return self._dressed(text, u, asked, added)
        if check_dates and (forum := premise.decided_at_input(self.kit, asked)) is not None:
            # "Beslutades tidplanen på KC/RD-mötet i december?": what the forum gave (input), not a date or decision.
            return self._dressed(text, u, asked, forum)
        if check_dates and u.intent == "feature.reminders" and features.asks_own_time_reminder(text):
            check_dates = False     # "Can I get a reminder in mid-August?": the day asked for is no claim of the plan
        if check_dates and (found := premise.dated_fix(self.kit, asked)) is not None:
            # "Vi har uppfattat att remissen skickas ut den 11 mars. Stämmer det, och vilka underlag …?": the date
            # the question gives an event is corrected first, whatever is read as asked; then the rest is answered.
            return self._dressed(text, u, asked, self._dated_first(text, u, asked, found))
        if (not u.sure or u.intent == OUT_OF_SCOPE) and (fixed := premise.alone(self.kit, asked)) is not None:
            return fixed       # "RUS uppdateras väl varje år?": a wrong date or interval is known to be wrong
        again = meetings.reviewed_again(self.kit, asked)
        if again is not None and u.intent not in ("rus", "why_review", "mandate"):
            # "Kommer RUS ses över igen framöver?": reviewed every mandate period, whatever was read as asked.
            if u.intent == OUT_OF_SCOPE:
                # "När är nästa val? Kommer RUS att göras om efter valet?": the other question, read as outside
                # the material, is said not to be answered by it.
                others = [p for p in re.findall(r"[^.?!\n]+\?", text)
                          if meetings.reviewed_again(self.kit, replace(asked, text=p)) is None]
                if others:
                    lines = [again.text, *(_unknown_line(p, language) for p in others)]
                    again = again.model_copy(update={"text": "\n\n".join(lines)})
            return self._dressed(text, u, asked, again)
        if (later := self._later_year_unknown(text, u, today, language)) is not None:
            # "Kommer partnerskapet att involveras i genomförandet 2022?": read as the mandate, the partnership or
            # the decision, its stock text answered nothing of that year (b78 #96); what the material lacks leads.
            return self._dressed(text, u, asked, later)
        if u.intent in ("definition", "rus", "mandate", OUT_OF_SCOPE) or not u.sure:
            if (differs := facts.differs_from_current(self.kit, asked) or facts.other_counties(
                    self.kit, asked)) is not None:
                # "Vad e det för skillnad mot den gamla RUS:en?": what is kept and updated, not what RUS means.
                return self._dressed(text, u, asked, differs)
        if (not u.sure or u.intent == OUT_OF_SCOPE) and (
                dated_meeting := meetings.details_with_date(self.kit, asked)) is not None:
            # "Vilket datum är avstämningen, vilken tid och var?": the date the plan gives, then what it does not.
            return self._dressed(text, u, asked, dated_meeting)
        low = text.lower()
        if ("bakom" in low or "behind" in low or "heter" in low or "nam" in low or "called" in low) and (
                u.intent != "greeting") and (named := people.behind(self.kit, asked) or people.name_of(
                    self.kit, asked)) is not None:
            # "Vem står bakom RUS?", "vad heter partnerskapet egentligen?": who and what name, from the process file,
            # however the question was read (as outside the material, too).
            return self._dressed(text, u, asked, named)
        if not u.sure and not (u.intent == OUT_OF_SCOPE and talk.clearly_elsewhere(asked)):
            return talk.unsure(self.kit, asked, u.ranked)
        if u.intent == OUT_OF_SCOPE:
            # "Will X be responsible for the chapter on …?": not in the material either way, but what is (X's
            # membership, the event named) is said with the "I don't know".
            # "vilka underlag används, finns det en rapport att läsa?": the material names none, and phase 1 is
            # where they are identified (batch 23 #97).
            # "Finns det nåt om klimat?": a theme near the events behind the review is answered with them.
            # "Hur får jag ut alla remissvar till en sammanställning?": the export, asked without its name.
            return people.text_responsibility(self.kit, asked) or meetings.how_often(self.kit, asked) or (
                features.export_how(self.kit, asked, self.contacts)) or (
                # "vem är chef för översynen av RUS?": no names in the material; who gave the mandate.
                facts.persons_not_named(self.kit, asked) if asked.entities.concepts & {"RUS", "REVIEW"} else None) or (
                features.which_underlag(self.kit, asked)) or facts.near_driver(self.kit, asked) or (
                facts.content_not_known(self.kit, asked)) or (
                talk.out_of_scope(self.kit, asked, u.ranked))
        answer = None
        if u.intent in _CONTENT or u.intent in _BESIDE_CONSULTATION:
            # "har remisstiden förlängts?", "inspel eller remissvar?", "ska KS ta svaret först?", "hur ofta ses vi?":
            # read as a feature, a word or a date, answered by what the plan says and cannot say.
            answer = features.period_extended_claim(self.kit, asked, self.contacts) or consultation.beside(
                self.kit, asked) or meetings.how_often(self.kit, asked) or slots.legal_status(self.kit, asked)
        if answer is None and (u.intent in _CONTENT or u.intent == "definition"):
            # "Är RF-SISU samma sak som RF?": whatever was read, the two are not the same.
            answer = people.same_as(self.kit, asked) or plan.same_step(self.kit, asked) or (
                people.text_responsibility(self.kit, asked)) or (
                people.difference(self.kit, asked))
        if answer is None and u.intent.startswith("feature.") and (
                "roll" in text or "role" in text or "ansvar" in text or "responsib" in text):
            # "Vad är vår roll, har vi något särskilt ansvar?" read as the response: the member's role.
            answer = people.member_role(self.kit, asked)
        if answer is None:
            answer = self._answerers[u.intent](self.kit, asked)
        if again is not None and u.intent in ("mandate", "why_review") and "mandat" not in fold(answer.text):
            # "Kommer RUS göras om efter valet?" read as the mandate: the review every mandate period leads.
            answer = answer.model_copy(update={"text": again.text + "\n\n" + answer.text,
                                               "sources": [*again.sources, *answer.sources]})
        if check_dates:
            # "RUS ses väl över varje år?": a wrong premise checked is corrected first, whoever answers the rest.
            fixed = premise.corrected(self.kit, asked, answer)
            if fixed.text == answer.text or fixed.text.startswith(("Nej", "No ")):
                answer = self._slot_first(asked, answer) if fixed.text == answer.text else fixed
            else:
                answer = fixed
        return self._dressed(text, u, asked, answer)

    def _slot_first(self, asked: Asked, answer: Answer) -> Answer:
        """The answer led by the slot the question asks of the consultation's days ("en vecka kvar va?",
        "sista dagen imorgon eller idag?", "hur länge dröjer det innan remissen kommer?"), whatever intent read it:
        the number or the yes/no first. An answer that only says the plan's dates again is left out after it."""
        if asked.intent not in _CONTENT and asked.intent not in _BESIDE_CONSULTATION and asked.intent != "day":
            return answer
        found = slots.lead(self.kit, asked)
        if found is None:
            return answer
        item = self.kit.process.consultation_item
        sources = [item.source] if item is not None else []
        head = answer.text.split("\n")[0]
        if found in answer.text or (found.startswith(("Ja", "Nej", "Yes", "No")) and head.startswith(
                found.split(" ")[0].rstrip(",")) and ("dag" in head or "day" in head)):
            return answer       # said already: "Ja, i dag (30 september 2021) är remissens sista dag, och …"
        weeks = re.match(r"(?:Ungefär|About) (\d+) (?:veckor|weeks)", found)
        if weeks and re.search(rf"\b(?:ungefär|about) {weeks.group(1)} (?:veckor|weeks)\b", head):
            return answer       # "Remissen öppnar … alltså om ungefär 6 veckor": the weeks are said
        if asked.intent in _WHEN_FAMILY or asked.intent == "day" or answer.topic in _WHEN_FAMILY:
            # (Those answers only say the plan's dates again, around the slot: "Den 30 september har inget eget
            # datum i tidplanen, men då pågår …" for "sista dagen imorgon eller idag?".)
            return answer.model_copy(update={"text": found, "sources": list(dict.fromkeys([*sources, *answer.sources])),
                                             "card": None})
        return answer.model_copy(update={"text": f"{found}\n\n{answer.text}",
                                         "sources": list(dict.fromkeys([*sources, *answer.sources]))})

    def _other_wrong_dates(self, text: str, today: dt.date, lang: Language, found: dated.Dated) -> list[str]:
        """The corrections of wrong dates the message gives other events than `found`'s, clause by clause."""
        leads: list[str] = []
        if found.verdict != "wrong":
            return leads
        for clause in _CLAUSES.split(text):
            if len(clause.split()) < 2:
                continue
            other = dated.dated(self.kit, clause, today, lang)
            if other is None or other.verdict != "wrong" or other.item.id == found.item.id or other.lead in leads:
                continue
            leads.append(other.lead)
        return leads

    def _dated_first(self, text: str, u: Understanding, asked: Asked, found: dated.Dated) -> Answer:
        """What the plan says of the date the question gives an event ("Nej – …", "Det vet jag inte: …"), then the
        rest of the message: its other questions, or else what the question is about when that is the event, or
        what the event's own answer says of a question about it nothing else answers ("… vad som beslutades?")."""
        lang, today, kind = asked.language, asked.today, found.item.kind
        lead = found.lead
        if found.length and kind == "consultation" and _SUMMER.search(fold(text)) and found.verdict != "unknown":
            # "Remisstiden är väl över sommaren – tre månader?": mid-June to 30 September spans the summer (b70 #56)
            lead += t(lang, " Den sträcker sig över sommaren (juli och augusti ingår).",
                      " It spans the summer (July and August included).")
        if (decider := premise.decider_beside_date(self.kit, asked)) is not None:
            lead += "\n\n" + decider
        if dated.asks_where_to_read(text):
            lead += " " + t(lang, "Var det går att ta del av står inte i underlaget; fråga samordnarna.",
                            "The material does not say where it can be read; ask the coordinators.")
        rest = dated.rest(text, found)
        if len(rest) >= len(text):
            rest = ""           # (never the message again: its answer is the one being made)
        follow: Answer | None = None
        if rest and not dated.asks_where_to_read(rest):
            ru = self.understand(rest, today)
            re_ = ru.entities
            if u.sure and not (re_.concepts - _VAGUE) and not re_.organisations and not re_.terms:
                # "… i februari, vad kom man fram till?": a rest naming no topic asks about what the claim names.
                # (A day read from it was the wrong date's, and the day's answerer needs one: asked of the event.)
                intent = _EVENT_INTENT.get(kind, u.intent) if u.intent == "day" else u.intent
                ru = replace(u, intent=intent, entities=_without_date(u.entities))
            if ru.sure and ru.intent not in ("empty", "greeting", "thanks", "help"):
                follow = self._answer_one(rest, ru, today, lang)
            if (follow is None or _generic(follow)) and kind in _EVENT_INTENT:
                # Not understood alone ("Finns det möjlighet att ta del av vad som beslutades?"): asked of the event.
                e = _without_date(u.entities)
                of_event = replace(asked, intent=_EVENT_INTENT[kind], entities=e, topic="")
                follow = self._answerers[of_event.intent](self.kit, of_event)
        elif not rest and u.sure and (u.intent in _EVENT_FAMILY.get(kind, ()) or not found.only):
            # The question itself, read without the date ("Vad förbereder vi till avstämningen den 18 mars?" is not
            # about 18 March): a day or a period read from it was the wrong date's.
            intent = _EVENT_INTENT.get(kind, u.intent) if u.intent in ("day", "period") else u.intent
            e = _without_date(u.entities)
            follow = self._answer_one(text, replace(u, intent=intent, entities=e), today, lang, check_dates=False)
        if follow is not None and follow.text.startswith(("Hej! ", "Hi! ")):
            follow = follow.model_copy(update={"text": follow.text.split(" ", 1)[1]})    # greeted once, in front
        if follow is not None and found.verdict == "right" and found.length and found.checked:
            # "Remisstiden är väl över sommaren – tre månader, eller?": the length checked is what the yes answers,
            # not whether the consultation is open now (b70 #56).
            follow = None
        if follow is not None and found.verdict == "right" and follow.text.startswith(("Ja", "Yes", "Nej", "No ")):
            return follow       # its own yes or no says it; a second one would repeat or contradict it
        unknown_rest: list[str] = []
        if follow is not None and _generic(follow) and rest:
            # "… Vem är avsändare? Och får jag skriva att RUS beslutas i december?": a question beside the date that
            # the material does not answer is said to be unknown, not left out.
            unknown_rest = [_unknown_line(x.strip(), lang) for x in re.findall(r"[^.?!\n]+\?", rest)
                            if len(x.split()) >= 3]
        if follow is not None and (_generic(follow) or (not rest and follow.text.startswith(("Ja", "Yes"))) or (
                follow.topic in _EVENT_SAID.get(kind, ()))):
            follow = None       # a yes to the question resting on the wrong date agrees with it; the dates again
        confirmed = dated.right_beside(self.kit, text, today, lang, found.item) if found.verdict == "wrong" else []
        # "avstämning den 12 mars, remiss maj–augusti och beslut i december?": every wrong date of a list of claims
        # is corrected, not only the first (b62 #97).
        also = [x for x in self._other_wrong_dates(text, today, lang, found) if x not in lead]
        paragraphs = [lead, *also, *(x for _, x in confirmed), *unknown_rest]
        if follow is not None:
            paragraphs += [p for p in follow.text.split("\n\n") if not _said_in(p, lead, found.item, lang) and not any(
                _said_in(p, x, item, lang) for item, x in confirmed)]
            if (found.verdict == "unknown" and rest and follow.confident and follow.topic.startswith("feature.")
                    and len(paragraphs) > 1):
                # A day the plan does not give, told beside a question of the bot's own use ("Vi ska ha en träff i
                # november. Hur lägger jag in den?"): neither confirmed nor refuted, it does not lead over what was
                # asked (round 32, b63 #85: "Det vet jag inte" of what was not asked came first).
                first = next((p for p in paragraphs[1:] if p in follow.text), None)
                if first is not None:
                    paragraphs.remove(first)
                    paragraphs.insert(0, first)
        sources = [found.item.source, *(follow.sources if follow else [])]
        topic = follow.topic if follow is not None and follow.topic not in ("unknown", "unsure") else (
            _EVENT_TOPIC.get(kind, "timeline"))
        answer = self.kit.answer(asked, "\n\n".join(paragraphs), sources, topic=topic,
                                 action=follow.action if follow else None)
        answer.suggestions = follow.suggestions if follow is not None and follow.suggestions else (
            self.kit.suggestions(_FOLLOW_UPS.get(topic, ["timeline", "now"]), lang, exclude=topic))
        return answer

    def _later_year_unknown(self, text: str, u: Understanding, today: dt.date, language: Language) -> Answer | None:
        """Someone's part, work or the strategy's implementation in a year after the plan ("Vad ska partnerskapet göra
        under 2022?", "Will the partnership be involved in implementing RUS in 2022?", "vår roll nästa år när
        strategin ska genomföras?"): the material says nothing of it; "don't know" and what the timeline covers. None
        otherwise – of the consultation, the input, the update's own end or another review the answerers say more."""
        folded_q = fold(text)
        if not _LATER_YEAR_CHEAP.search(folded_q) or not _LATER_WORK.search(folded_q):
            return None     # cheap: most questions name no later year
        if _LATER_OTHER.search(folded_q) or _OF_THIS_ONES_END.search(folded_q) or _YEAR_RANGE.search(text):
            return None
        if (u.intent == OUT_OF_SCOPE and u.confidence >= 0.8) or u.intent in _YEAR_TOPICS:
            return None     # read off-topic with conviction, or as the plan (_year_beyond_plan says it has none)
        dated = [i for i in self.process.timeline if i.last is not None]
        if not dated:
            return None
        end = dated[-1].last
        assert end is not None
        years = {int(y) for y in _YEAR.findall(text)}
        if _NEXT_YEAR.search(folded_q):
            years.add(today.year + 1)
        beyond = sorted(y for y in years if y > end.latest.year)
        if not beyond or len(beyond) < len(years):
            return None
        asked, last = join_list([str(y) for y in beyond], language), format_fuzzy(end, language)
        of_what = t(language, "genomförandet eller ", "the implementation or ") if _IMPLEMENTATION.search(
            folded_q) else ""
        line = t(language, f"Det vet jag inte – underlaget säger inget om {of_what}vad som händer {asked}. Tidplanen "
                           f"gäller uppdateringen av RUS fram till {last}; fråga samordnarna.",
                 f"I don't know – the material says nothing about {of_what}what happens in {asked}. Its timeline "
                 f"covers the update of RUS up to {last}; ask the coordinators.")
        sources = list(dict.fromkeys(i.source for i in dated[-1:]))
        return Answer(topic=u.intent, language=language, text=line, sources=sources, confident=True,
                      confidence=u.confidence)

    def _dressed(self, text: str, u: Understanding, asked: Asked, answer: Answer) -> Answer:
        """The answer with its buttons, and what the question's own words add in front (a greeting, how to start)."""
        language = asked.language
        if not answer.suggestions:
            family = "role" if answer.topic.startswith("role.") else (
                "phase" if answer.topic.startswith("phase") and answer.topic[5:].isdigit() else answer.topic)
            follow = _FOLLOW_UPS.get(u.intent) or _FOLLOW_UPS.get(family, ["now", "timeline"])
            answer.suggestions = self.kit.suggestions(follow, language, exclude=u.intent)
        if _GET_STARTED.search(folded(text)) and not answer.topic.startswith(("feature.", "help", "unsure")):
            # "Jag är ny kontaktperson … vad behöver jag göra i botten för att komma igång, och när …?": the first
            # step in the bot is the organisation link, whatever else the question is answered with.
            answer.text = f"{features.getting_started(self.kit, asked)}\n\n{answer.text}"
        if "GREET" in u.entities.concepts and answer.topic not in ("greeting", "unknown", "unsure"):
            # Before a list the greeting is a line of its own ("Hej! - …" reads as a broken bullet).
            answer.text = t(language, "Hej!", "Hi!") + ("\n\n" if answer.text.startswith("- ") else " ") + answer.text
        return answer


__all__ = ["ROLE_TOPIC_ALIASES", "TOPICS", "AnswerEngine", "Understanding"]
