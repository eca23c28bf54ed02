"""Words → concepts: the vocabulary partners use when they ask about a RUS update.

This is general Swedish/English vocabulary about such a process (remiss, fas, beslut…), not facts
about any one update: names of organisations, roles and meetings come from the process file
(see `engine.py`). Terms are folded (lower case, å/ä → a, ö → o); a term of four or more letters
also matches words that begin with it ("remiss" → "remissen", "remissvaren"), the longest such
term winning; terms with a space are phrases matched on the folded question; a few words of five
or more letters are matched with one typo's tolerance.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o"})
# One letter for one letter, so replacing them one after another is `translate`.
_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in _FOLD.items())
_JOIN = re.compile(r"(?<=[a-z])[-/](?=[a-z])")      # rf-sisu → rfsisu, kc/rd → kcrd
_TOKEN = re.compile(r"[a-z]+|[0-9]+")


def fold(text: str, pairs: tuple[tuple[str, str], ...] = _FOLD_PAIRS) -> str:
    """Lower case, the letters of `pairs` replaced, "-" and "/" inside words dropped."""
    # The same steps as `normalize("NFC", …).lower().translate(_FOLD)` and `_JOIN.sub`, each skipped where it
    # cannot change anything (an ASCII text is NFC and has nothing to fold; no "-" or "/", nothing to join):
    # a message is folded several times over, and most are ASCII or have only a few å/ä/ö.
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFC", text).lower()
        if not text.isascii():
            for letter, plain in pairs:
                if letter in text:
                    text = text.replace(letter, plain)
    if "-" in text or "/" in text:
        text = _JOIN.sub("", text)
    return text


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


# Terms ending in "=" match only the whole word (no prefix matching, no typos).
CONCEPTS: dict[str, list[str]] = {
    "GREET": ["god eftermiddag", "god kvall", "good afternoon", "good evening", "hej", "hejsan", "hallo", "halla",
              "tjena", "tjenare", "tja", "morrn", "god morgon", "god dag", "goddag", "gomorron", "hello", "hi=",
              "hey=", "good morning", "howdy"],
    "THANKS": ["tack", "tackar", "tacksam", "thanks", "thank", "thx", "tnx"],
    "HELP": ["hjalp", "hjalpa", "help", "vad kan du", "vad kan jag fraga", "kan jag fraga", "hur funkar du",
             "hur fungerar du", "vad gor du", "vad kan man fraga", "vad vet du", "what can you", "what do you know",
             "how do you work", "what can i ask", "kommandon", "commands", "instruktion"],
    "RUS": ["rus=", "utvecklingsstrategi", "strategi", "strategy", "development strategy"],
    "WHAT": ["vad=", "va=", "what=", "betyder", "innebar", "menas", "mean=", "means=", "explain", "forklara",
             "star for", "stand for", "stands for", "tell me about", "beratta om"],
    "WHY": ["varfor", "why", "orsak", "orsaken", "anledning", "anledningen", "reason", "pga", "bakgrund",
            "bakgrunden", "background", "ligger bakom", "behind", "driving", "driver="],
    "DRIVER": ["handelse", "handelser", "omvarld", "omvarlden", "pandemi", "covid", "corona", "digitalisering",
               "hallbarhet", "landsbygd", "strukturfond", "grona given", "green deal", "nationell strategi",
               "national strategy", "events", "event=", "programperiod", "utmaning"],
    "PURPOSE": ["syfte", "syftet", "purpose", "aim=", "poang", "poangen", "arendet", "arende"],
    "MANDATE": ["uppdrag", "uppdraget", "mandat", "mandate", "stallningstagande", "utgangspunkt", "assignment",
                "commission", "starting point", "struktur", "strukturen", "structure"],
    "NEWRUS": ["ny rus", "nytt rus", "helt ny", "ny strategi", "new rus", "new strategy", "brand new", "skriva om",
               "skriver om", "gora om", "gor om", "rewrite", "start over", "fran scratch", "fran borjan"],
    # Who started the review (the leadership's mandate), asked in the past: not who decides on the result.
    "ORDERED": ["tog beslutet", "tog beslut", "beslutade att", "bestamde att", "fattade beslutet", "vems beslut",
                "vems initiativ", "tog initiativet", "tog initiativ", "bestallde", "gav uppdraget", "gett uppdraget",
                "decided that", "decided to", "made the decision", "ordered", "commissioned", "whose decision",
                "whose idea"],
    "RUSH": ["bratt", "brattom", "stressigt", "stressig", "sa snabbt", "sa fort", "skynda", "hinna=", "hurry",
             "rush=", "rushed", "so fast", "so soon", "so quickly", "tight=", "hastig", "2022="],
    "REVIEW": ["oversyn", "oversynen", "uppdatering", "uppdateringen", "uppdateras", "uppdatera", "uppdaterad",
               "se over", "ses over",
               "review", "reviewed", "update", "updated", "updating", "revidering", "revision", "andras", "andra="],
    "UPDWHAT": ["vad ska uppdateras", "vad ska andras", "vad som ska uppdateras", "vad ska vi uppdatera",
                "vad som ska andras", "vad som andras", "vad som uppdateras", "vilka delar",
                "innehallet i uppdateringen",
                "what is updated", "what gets updated", "what changes", "which parts",
                "what should be updated", "what will be updated", "what to update", "what is to change"],
    "PHASE": ["fas", "faser", "faserna", "fasen", "phase", "phases", "skede", "etapp", "stadie", "stage=", "stages"],
    "N1": ["1=", "ett=", "forsta", "first=", "one="],
    "N2": ["2=", "tva=", "andra=", "second=", "two="],
    "N3": ["3=", "tre=", "tredje", "third=", "three="],
    "N4": ["4=", "fyra=", "fjarde", "fourth=", "four="],
    "PROCESS": ["process", "processen", "upplagg", "upplagget", "procedure"],
    "WRITE": ["skrivfas", "skrivfasen", "skriva", "skriver", "writing", "write="],
    "MEETING": ["ses vi", "vi ses", "traffas", "meet=", "avstamning", "avstamningen", "avstamningsmote", "stam av",
                "stamma av", "mote", "motet", "moten", "motena", "meeting", "meetings", "checkin", "check in",
                "traff", "traffen", "workshop"],
    "PREPARE": ["forbereda", "forberedelse", "forbered", "prepare", "preparation", "ta med", "bring="],
    "TIMELINE": ["tidplan", "tidplanen", "tidsplan", "tidsplanen", "tidslinje", "tidslinjen", "timeline", "schedule",
                 "plan=", "planen=", "hallpunkt", "milstolpe", "milestone", "nar hander vad", "when happens what",
                 "oversikt", "overview", "datumen", "alla datum", "all dates", "key dates"],
    "CONSULT": ["remiss", "remissen", "remisser", "remissvar", "remissvaret", "remissvaren", "remisstid",
                "remisstiden", "remissperiod", "remissversion", "remmiss", "consultation", "consult=",
                "consultation period", "referral", "hearing="],
    "RESPOND": ["remissinstans", "remissinstanser", "remissinstanserna", "respondent", "respondents", "consultees",
                "consultee"],
    "RECEIVE": ["far=", "gets=", "get=", "receive", "receives", "skickas till", "svara=", "svarar", "respond=",
                "sent to"],
    "OPEN_STATE": ["igang", "i gang", "under way", "underway", "for sent", "too late", "started=", "opened=",
                   "begun=", "startat", "borjat", "kommit igang", "ute=", "annu=", "oppen", "oppet", "oppnat",
                   "oppnats", "stangd", "stangt", "stangts", "closed", "open=", "ongoing", "fortfarande", "still=",
                   "running", "avslutad", "slut=", "gar det att", "kan vi fortfarande", "kan man fortfarande"],
    "OPEN_EVENT": ["respond by", "svara senast", "svar senast", "reply by", "oppnar", "oppnas", "oppna=", "stanger",
                   "stangs", "opens", "closes", "start", "startar", "borjar", "borja", "slutar", "ends=", "end=",
                   "deadline", "sista", "senast", "inne=", "due=", "gar ut", "kommer ut", "skickas ut", "lamnas in",
                   "lamna in", "begin", "begins", "last day", "sista dag"],
    "WHEN": ["nar=", "when=", "datum", "date=", "dates=", "vilken dag", "vilket datum", "what date", "which day"],
    "DURATION": ["hur lange", "how long", "hur lang", "perioden", "period="],
    "NOW": ["nu=", "now=", "idag", "i dag", "today", "currently", "just nu", "laget", "lage=", "status", "var ar vi",
            "where are we", "right now", "pa gang", "aktuellt", "for narvarande", "at the moment", "vart ar vi"],
    "HAPPEN": ["hander", "hande", "hant", "happening", "happens", "happen=", "pagar", "going on"],
    "AFTER": ["efter=", "after="],
    "NEXT": ["nasta", "harnast", "sen=", "sedan=", "darefter", "efter=", "next=", "then=", "after=", "upcoming",
             "kommande", "framover", "vantar", "sedan da", "what comes", "coming up"],
    "DAYS": ["hinner", "hinna=", "in time", "dagar", "days", "kvar", "left=", "remaining", "aterstar", "countdown"],
    "PARTNERSHIP": ["partnerskap", "partnerskapet", "partnerskapets", "partnership", "partners"],
    "MEMBER": ["en del av", "del av", "medlem", "medlemmar", "medlemmarna", "ingar", "deltar", "delta=", "sitter",
               "bestar", "representerad", "representerade", "member", "members", "included", "part of", "consist",
               "consists", "participate"],
    "MED": ["med="],
    "ORGWORD": ["organisation", "organisationer", "organisationerna", "organisations", "organizations", "aktorer",
                "aktorerna"],
    "WHO": ["vem", "vilka", "vilken", "vilket", "who", "whom", "which"],
    "IS": ["ar=", "e=", "is=", "are=", "har=", "has=", "ingar"],
    "DECIDE": ["beslut", "beslutet", "beslutar", "besluta", "beslutas", "bestammer", "bestamma", "bestams", "fattar",
               "avgor", "avgora", "avgors",
               "decide", "decides", "decided", "decision", "approve", "approves", "godkanner", "antar", "antas",
               "klubbar"],
    "READY": ["klar", "klart", "fardig", "fardigt", "ready", "finished", "done=", "complete", "completed", "finalised=",
              "finalized="],
    "ROLE": ["roll", "rollen", "roller", "role", "roles", "ansvar", "ansvarar", "responsible", "uppgift"],
    "DOES": ["onskemal", "onskemalet", "gor=", "gora=", "does=", "do=", "sa=", "sade", "sagt", "say=", "said=",
             "onskar", "onskade", "ville", "vill=", "want", "wanted", "wish", "medskick", "inspel", "tycker",
             "tyckte"],
    "WORKVERB": ["arbeta", "arbetar", "jobba", "jobbar", "work=", "working", "works="],
    "POLITICAL": ["politisk", "politiska", "politiskt", "politiker", "politikerna", "politik", "political",
                  "politics", "politicians", "forankring", "forankringen", "forankras", "forankra", "anchoring",
                  "anchor="],
    "WAYS": ["arbetsprocess", "arbetsgang", "arbetsform", "hur jobbar vi", "arbetssatt", "arbetssattet", "agil",
             "agile", "ledtid", "ledtider", "lead time", "lead times", "tillsammans", "way of working",
             "ways of working", "metod", "method", "approach"],
    "SOURCE": ["var star det", "where does it say", "kalla", "kallan", "kallor", "kallorna", "ifran", "var kommer",
               "varifran", "hur vet du", "source", "sources", "come from", "comes from", "how do you know",
               "kallhanvisning", "referens", "dokumentet", "underlaget for"],
    # The bot's own features, and words that tell a question about the plan from one about progress.
    "INSPEL": ["inspel", "inspelet", "inspelen", "medskick", "forslag", "foresla", "synpunkt", "synpunkter",
               "input=", "inputs=", "suggest", "suggestion", "propose", "proposal"],
    "REMIND": ["paminn", "paminnelse", "paminnelser", "paminnelserna", "paminda", "pamind", "notis", "notiser",
               "notifiering", "remind", "reminder", "reminders", "reminded", "notify", "notification",
               "notifications", "kalender", "kalendern", "calendar"],
    "STOP": ["stang av", "stanga av", "sluta", "slippa", "stoppa", "avsluta", "avbestall", "avbestalla",
             "avregistrera", "inte ha fler", "inga fler", "vill inte bli",
             "turn off", "stop=", "unsubscribe", "dont want"],
    "EXTEND": ["anstand", "anstandet", "forlangning", "forlang", "forlangd", "mer tid", "extra tid", "senare=",
               "fler veckor", "veckor till", "dagar till", "more weeks", "more days", "extra weeks", "extra days",
               "for sent", "dispens", "skjuta upp", "extension", "extend", "more time", "late=", "later="],
    "CONTACT": ["kontakt", "kontakta", "kontaktperson", "kontaktuppgifter", "samordnare", "samordnarna", "ansvarig",
                "ansvariga", "ringa", "maila", "mejla", "mejl", "mail", "epost", "e post", "hora av mig",
                "vanda mig", "contact", "coordinator", "coordinators", "reach=", "email", "talk to",
                "projektledare"],
    "MYORG": ["kopplad", "koppla", "kopplar", "foretrader", "representerar", "jobbar pa", "jobbar for",
              "bekraftad", "bekrafta", "registrerad", "registrera", "min organisation", "min kommun",
              "my organisation", "my organization", "i represent", "i work", "linked", "link me"],
    "DELAY": ["efter tidplanen", "forsenad", "forsenat", "forsenade", "forsening", "forseningar", "i fas med",
              "enligt plan", "som planerat", "i tid", "hinner ni", "spruckit", "ligger vi", "ligger ni", "sena=",
              "behind", "delay", "delayed", "delays", "on track", "according to plan", "on time"],
    "ADOPTED": ["antagits", "antagen", "antogs", "beslutad", "beslutats", "klubbat", "klubbats", "godkand",
                "godkant", "blev", "gick igenom", "i kraft", "fattat", "fattats", "adopted", "approved",
                "was it", "has it", "been decided"],
    "INFLUENCE": ["paverka", "paverkar", "inflytande", "delaktig", "delaktiga", "tycka till", "komma till tals",
                  "vara med och", "bidra", "influence", "a say", "contribute", "involved"],
    "WHICH_PHASE": ["vilken fas", "vilket steg", "vilken del", "which phase", "what phase", "current phase",
                    "nuvarande fas", "fas nu"],
    "SEASON": ["host", "hosten", "hosst", "var=", "varen", "sommar", "sommaren", "semester", "semestern",
               "vinter", "vintern", "jul=", "julen", "manad", "manaden", "autumn", "fall=", "spring", "summer",
               "winter", "christmas", "month", "sommaruppehallet"],
    "MONTHNAME": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december", "january", "february", "march", "may=", "june", "july", "august",
                  "october"],
    "BOT": ["du=", "dig=", "boten", "bot=", "you=", "rusboten"],
    # Who sits in the partnership: its members are officials, the politicians come in later.
    "POLITICIANS": ["politiker", "politikerna", "politikern", "regionpolitiker", "regionpolitikerna",
                    "kommunpolitiker", "kommunpolitikerna", "fortroendevald", "fortroendevalda", "kommunalrad",
                    "regionrad", "politician", "politicians", "elected"],
    "OFFICIALS": ["tjansteperson", "tjanstepersoner", "tjanstepersonerna", "tjansteman", "tjanstemannen",
                  "tjanstemannasvar", "officials", "official=", "civil servant", "civil servants", "staff="],
    # What a question asks of a word: its meaning, or the difference between two.
    "DEFINE": ["betyder", "betydelse", "innebar", "menas", "menar ni", "star for", "forkortning", "forkortningen",
               "definition", "definiera", "mean=", "means=", "meaning", "meant by", "is meant", "stand for",
               "stands for", "abbreviation",
               "short for", "vad ar en", "vad ar ett", "what is a", "what is an"],
    "DIFFERENCE": ["skillnad", "skillnaden", "skiljer", "difference", "differ", "versus", "vs="],
    # Aspects of the bot's own features that a question can ask about.
    "MUST": ["maste", "tvungen", "tvungna", "obligatorisk", "obligatoriskt", "krav=", "kravs", "skyldig",
             "skyldiga", "frivillig", "frivilligt", "behover vi svara", "have to", "must=", "required", "mandatory",
             "obliged", "optional", "expected to", "need to"],
    "EMAIL": ["mejl", "mejla", "mail", "maila", "epost", "e post", "pdf", "word=", "wordfil", "papper", "brev",
              "post=", "bifoga", "bilaga", "email", "e mail", "attachment", "attach", "letter="],
    "CHANGE": ["andra=", "andras", "andring", "andringar", "rata", "ratta", "rattelse", "korrigera", "fel=",
               "komplettera", "komplettering", "lagga till", "tillagg", "uppdatera svaret", "revidera",
               "felaktig", "uppdatera svaret", "byta", "byt=", "bytt", "change", "changed", "edit", "correct=",
               "mistake", "fix=", "wrong=", "ny version", "new version"],
    "RECEIPT": ["kvitto", "kvittot", "kvittens", "bekraftelse", "kom in", "kommit in", "fick ni", "fatt ert",
                "diariet", "diarie", "diarienummer", "receipt", "received", "confirmation", "did you get", "inskickat",
                "skickats in", "skickat in", "gick in", "kommit fram", "registrerat", "registrerats", "went through",
                "submitted=", "history=", "historik", "historiken", "kom fram", "arrived", "got through",
                "har ni fatt", "tagit emot"],
    "SEVERAL": ["tva personer", "flera personer", "flera av oss", "manga personer", "samma kommun",
                "samma organisation", "kollega", "kollegor", "kollegan", "tillsammans med", "gemensamt",
                "gemensamma", "two people", "several people", "colleague", "colleagues", "same organisation",
                "same municipality", "jointly", "joint=", "samma remissvar", "samma svar", "flera=", "fler an en",
                "more than one", "multiple", "hela gruppen", "ledningsgrupp", "ledningsgruppen", "whole team"],
    # The bot's own places and duties, asked about in plain words: the Teams tab, erasing personal data,
    # moving a meeting (coordinators).
    "SUMMARY": ["sammanfatta", "sammanfattning", "sammanfattat", "summera", "summary", "summarise", "summarize",
                "overview=", "oversikt", "i korthet", "kort om", "nagra meningar", "fa meningar", "tre meningar",
                "fyra meningar", "tre fyra meningar", "few sentences", "in short", "in brief", "helheten",
                "hela upplagget", "reda ut det kort", "kortfattat", "kort sagt", "i stora drag", "briefly",
                "in a nutshell"],
    "EXPORT": ["exportera", "exporten", "export=", "excel", "csv=", "kalkylblad", "spreadsheet"],
    "TAB": ["flik", "fliken", "flikar", "flikarna", "tab=", "tabs=", "tabben"],
    "ERASE": ["radera", "raderas", "raderat", "raderade", "ta bort mina", "tas bort", "delete", "deleted", "erase",
              "erased", "glom mig", "forget me", "gdpr"],
    "PERSONAL": ["personuppgift", "personuppgifter", "personuppgifterna", "mina uppgifter", "uppgifter om mig",
                 "om mig=", "uppgifter=", "uppgifterna=",
                 "personal data", "my data", "data about me", "gdpr"],
    "MOVE": ["flytta", "flyttar", "flyttas", "move=", "moving", "reschedule", "boka om", "stalla in", "staller in",
             "stall in", "boka in", "lagga in", "lagger in",
             "cancel", "lagga in ett", "lagger in ett", "nytt mote", "add a meeting", "new meeting"],
    # Its own word, so that "en separat remiss?" is not read as a typo of "sparat" (SAVE).
    "SEPARATE": ["separat", "separata", "separate", "separately", "var for sig", "egen remiss"],
    "SAVE": ["spara", "sparas", "sparat", "sparad", "sparade", "utkast", "utkastet", "save=", "saved", "saving",
             "draft=", "drafts"],
    "UNDERLAG": ["underlag=", "underlagen", "vilka underlag", "vilket underlag", "what material", "which material",
                 "what documents", "which documents", "basis for"],
    "HUMAN": ["manniska", "manniskor", "person=", "riktig", "robot", "ai=", "chatbot", "chattbot", "human",
              "real person", "machine", "automat"],
    "MISSED": ["missat", "missa=", "missade", "missar", "glomt", "glomde", "missed", "forgot", "forgotten",
               "overlooked"],
    "JOBCHANGE": ["bytt jobb", "byter jobb", "byta jobb", "nytt jobb", "ny arbetsgivare", "bytt arbetsgivare",
                  "borjat pa", "borjar pa", "slutat pa", "slutar pa", "flyttat till", "flyttat fran",
                  "bytt arbetsplats",
                  "ny tjanst", "bytt tjanst", "new job", "moved to", "changed jobs", "started at", "left my job",
                  "switched to", "ny kommun", "annan kommun", "fel organisation", "fel kommun",
                  # Another organisation one is at, not one answered through ("svara genom någon annan organisation").
                  "till en annan organisation", "till annan organisation", "fran en annan organisation",
                  "nan annan organisation", "for en annan organisation", "i en annan organisation",
                  "pa en annan organisation"],
    "INSULT": ["vardelos", "vardelost", "dalig", "daligt", "dum=", "korkad", "kass=", "fattar ingenting",
               "funkar inte", "fungerar inte", "useless", "stupid", "sucks", "terrible", "rubbish"],
    "MAKER": ["gjort dig", "byggt dig", "byggt boten", "skapat dig", "programmerat", "utvecklat dig",
              "ligger bakom dig",
              "made you", "built you", "built this", "created you", "developed you"],
    "LANGUAGE": ["engelska", "english", "svenska", "swedish", "speak=", "talar du", "pratar du"],
    # What a meeting's details and outcome are asked with: the timeline gives neither.
    "DETAILS": ["lank=", "lanken", "lankar", "teamslank", "teams lank", "link=", "zoom", "zoomlank", "plats=",
                "platsen", "lokal=", "lokalen", "adress", "vilken tid", "what time", "klockan", "starttid",
                "digitalt=", "digital=", "digitala=", "fysisk", "fysiskt", "fysiska", "pa plats", "in person",
                "online=", "pa distans", "agenda", "agendan", "dagordning", "dagordningen", "kallelse", "kallelsen",
                "inbjudan", "inbjudningen", "invitation", "where is the meeting", "var ar motet"],
    "OUTCOME": ["bestamdes", "beslutades", "bestamde ni", "beslutade ni", "kom fram", "kom ni fram", "utfall",
                "utfallet", "protokoll", "protokollet", "anteckningar", "minnesanteckningar", "what was decided",
                "outcome", "minutes=", "sammanfattning av motet"],
    # Words that look like a name's inflection or a typo of a term but are not ("regional" is not
    # "region", "kommer" is not "kommuner").
    "FILLER": ["kommunikation", "kommer=", "kommit=", "komma=", "regional=", "regionala=", "regionalt=",
               "regionalen="],
    "OUT": ["ordforande", "chair=", "chairman", "chairperson", "sekreterare", "kontaktperson", "contact person",
            "ska vi skriva i", "vad ska vi svara", "what should we write", "vad ska vi tycka", "kopia", "copy=",
            "ladda ner", "download", "pdf=", "at oss", "at mig", "can you send", "can you submit", "vad star det",
            "what does it say", "vad sager rus om", "what does rus say", "pengar", "kostar", "kostnad", "kostnader",
            "budget", "budgeten", "money", "cost", "costs", "price", "pris=", "vader", "vadret", "weather", "fotboll",
            "football", "soccer", "vm=", "vann", "won=", "game=", "match=", "kaffe", "coffee", "lunch", "boka",
            "book=", "booking", "huvudstad", "capital", "landshovding", "landshovdingen", "recept", "semester",
            "lon=", "lonen", "salary"],
}

# Words a question is made of that say nothing about its subject: they never count as a topic's
# subject and never become a candidate organisation name.
WEAK = frozenset({"FILLER", "AFTER", "WHAT", "WHY", "WHEN", "WHO", "IS", "MED", "DOES", "N1", "N2", "N3", "N4", "NOW",
                  "HAPPEN", "NEXT", "DURATION", "RECEIVE", "WORKVERB"})

# Synonyms for words in role and organisation names, so that names from the process file are found
# however they are asked for (keys and values folded).
NAME_SYNONYMS: dict[str, list[str]] = {
    "kommunerna": ["kommun", "kommuner", "kommunernas", "municipality", "municipalities", "kommunen"],
    "kommun": ["kommuner", "kommunerna", "municipality", "municipalities"],
    "namnderna": ["namnd", "namnder", "committee", "committees"],
    "committees": ["committee"],
    "regionfullmaktige": ["fullmaktige", "regional council", "council"],
    "rf": ["rf="],
    "kcrd": ["kc=", "rd=", "kc rd"],
    "regionledningen": ["regionledning", "ledningen", "leadership", "regional leadership"],
    "region": ["regionen", "regionens"],
    "universitet": ["universitetet", "university", "uni=", "oru=", "orebro university"],
    "lansstyrelsen": ["lansstyrelse", "county administrative board", "lst="],
    "handelskammaren": ["handelskammare", "handelskammarn", "chamber of commerce", "chamber=", "the chamber"],
    "bildningsforbund": ["bildningsforbundet", "folkbildning", "bildningsforbunden"],
    "rfsisu": ["sisu=", "rf sisu", "rfsisu", "idrottsrorelsen", "idrottsrorelse", "sports movement"],
    "partnerskapet": ["partnerskap", "partnership"],
}

# Words in names too general to point at one role or organisation.
NAME_STOP = frozenset({"the", "for", "of", "och", "and", "regional", "regionala", "utveckling", "development",
                       "lan", "lans", "orebro", "i", "a", "an"})
