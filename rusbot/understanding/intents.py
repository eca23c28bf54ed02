"""The intents the model tells apart: what a partner wants, whatever the process file says.

They are general to a RUS update (the consultation, the phases, who decides…) and to the bot's
own features, never names from one process file: which organisation, role, phase or period a
question is about is an *entity* (rusbot/understanding/entities.py), found by rules from the
process file. Each intent has an example question per language, offered as a button when the bot
is not sure what was meant.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    id: str
    label_sv: str
    question_sv: str
    label_en: str
    question_en: str


_ALL = (
    Intent("greeting", "Hej", "Hej!", "Hello", "Hello!"),
    Intent("thanks", "Tack", "Tack!", "Thanks", "Thanks!"),
    Intent("help", "Vad kan du?", "Vad kan du hjälpa till med?", "What can you do?", "What can you do?"),
    Intent("source", "Källan", "Var kommer uppgifterna ifrån?", "Source", "Where does this come from?"),
    Intent("about_bot", "Vem är du?", "Är du en människa?", "Who are you?", "Are you a human?"),
    Intent("definition", "Vad betyder remiss?", "Vad betyder remiss?", "What is a remiss?", "What does remiss mean?"),
    Intent("rus", "Vad är RUS?", "Vad är RUS?", "What is RUS?", "What is RUS?"),
    Intent("purpose", "Syftet", "Vad är syftet med ärendet?", "The purpose", "What is the purpose?"),
    Intent("why_review", "Varför en översyn?", "Varför ska RUS uppdateras?", "Why a review?",
           "Why is RUS being reviewed?"),
    Intent("mandate", "Uppdraget", "Vad är uppdraget?", "The mandate", "What is the mandate?"),
    Intent("ways_of_working", "Arbetssätt", "Hur ska vi arbeta?", "Ways of working", "How will we work?"),
    Intent("phases", "Faserna", "Vilka faser finns det?", "Phases", "What are the phases?"),
    Intent("phase", "Fas 1", "Vad händer i fas 1?", "Phase 1", "What happens in phase 1?"),
    Intent("phase.current", "Vilken fas?", "Vilken fas är vi i?", "Which phase?", "Which phase are we in?"),
    Intent("political", "Politisk förankring", "Hur går den politiska förankringen till?", "Political anchoring",
           "How does the political anchoring work?"),
    Intent("decision", "Vem beslutar?", "Vem beslutar om RUS?", "Who decides?", "Who decides on the updated RUS?"),
    Intent("decision.status", "Är RUS antagen?", "Har den uppdaterade RUS:en antagits?", "Is RUS adopted?",
           "Has the updated RUS been adopted?"),
    Intent("timeline", "Tidplanen", "Visa tidplanen", "Timeline", "Show me the timeline"),
    Intent("period", "I höst", "Vad händer i höst?", "This autumn", "What happens this autumn?"),
    Intent("now", "Vad händer nu?", "Vad händer nu?", "What's happening now?", "What is happening now?"),
    Intent("next", "Nästa steg", "Vad är nästa steg?", "Next step", "What is the next step?"),
    Intent("progress", "Ligger vi efter?", "Ligger vi efter tidplanen?", "Are we behind?",
           "Are we behind schedule?"),
    Intent("check_in", "Nästa möte", "När är nästa möte?", "Next meeting", "When is the next meeting?"),
    Intent("consultation.dates", "Remissen", "När är remissen?", "The consultation", "When is the consultation?"),
    Intent("consultation.status", "Är remissen öppen?", "Är remissen öppen?", "Is it open?",
           "Is the consultation open?"),
    Intent("consultation.days_left", "Dagar kvar", "Hur många dagar är kvar på remissen?", "Days left",
           "How many days are left of the consultation?"),
    Intent("consultation.respondents", "Remissinstanser", "Vilka är remissinstanser?", "Respondents",
           "Who gets the consultation?"),
    Intent("partnership", "Vilka är med?", "Vilka är med i partnerskapet?", "Who is in it?",
           "Who is in the partnership?"),
    Intent("organisation", "Är Kumla med?", "Är Kumla med i partnerskapet?", "Is Kumla in it?",
           "Is Kumla in the partnership?"),
    Intent("role", "Partnerskapets roll", "Vad är partnerskapets roll?", "The partnership's role",
           "What is the role of the partnership?"),
    Intent("influence", "Kan vi påverka?", "Hur kan vi påverka uppdateringen?", "Can we influence it?",
           "How can we influence the update?"),
    Intent("feature.inspel", "Lämna inspel", "Jag vill lämna ett inspel", "Give input", "I want to give input"),
    Intent("feature.remissvar", "Lämna remissvar", "Hur lämnar vi remissvar?", "Respond",
           "How do we send our consultation response?"),
    Intent("feature.extension", "Anstånd", "Kan vi få anstånd med remissvaret?", "Extension",
           "Can we get an extension?"),
    Intent("feature.reminders", "Påminnelserna", "Hur fungerar påminnelserna?", "Reminders",
           "How do the reminders work?"),
    Intent("feature.contact", "Vem kontaktar jag?", "Vem kontaktar jag?", "Who do I contact?", "Who do I contact?"),
    Intent("feature.nudges_off", "Stäng av påminnelser", "Stäng av mina påminnelser", "Stop reminders",
           "Turn off my reminders"),
    Intent("feature.organisation", "Min organisation", "Vilken organisation företräder jag?", "My organisation",
           "Which organisation do I represent?"),
    Intent("feature.privacy", "Personuppgifter", "Vilka uppgifter sparar du om mig?", "Personal data",
           "What data do you store about me?"),
    Intent("feature.polls", "Omröstningar", "Hur fungerar omröstningarna?", "Polls", "How do the polls work?"),
    Intent("feature.coordinator", "Vem har svarat?", "Vilka har svarat på remissen?", "Who has answered?",
           "Who has answered the consultation?"),
    Intent("feature.calendar", "Kalendern", "Kan jag få tidplanen i min kalender?", "Calendar",
           "Can I get the timeline in my calendar?"),
    Intent("out_of_scope", "Något annat", "Något annat", "Something else", "Something else"),
)

INTENTS: dict[str, Intent] = {i.id: i for i in _ALL}
OUT_OF_SCOPE = "out_of_scope"

__all__ = ["INTENTS", "OUT_OF_SCOPE", "Intent"]
