"""Aspects the process file says nothing of: a legal or formal standing, whether something binds, what happens if one
does not answer, resources or co-funding, commitments, who the data controller is, who must sign, who must attend.

A question asking one of them was answered with the nearest stock text (the partnership's role, the decision order,
the check-in's card) and read as evasive (blind batches 36–42). The reply is led by saying plainly that the material
does not say the aspect asked; what it does say follows. An aspect is only said missing while no fact, role or other
text of the process file speaks of it: a later process file that states it answers it instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rusbot.answers.kit import Kit, folded, split_sentences, t
from rusbot.answers.prefilter import WordStartTest
from rusbot.process.model import Language


@dataclass(frozen=True)
class Aspect:
    asked: re.Pattern[str]      # the words (folded) that ask for it
    stated: re.Pattern[str]     # the words (folded) a process text stating it would use
    sv: str
    en: str
    # The words (folded) in which an answer already says it is not known ("Tid, plats … anges inte"), if other.
    said: re.Pattern[str] | None = None
    # Words (folded) of the question that make it another question ("ska vi skicka remissvaret till registrator?"
    # asks where the response goes, which the bot's remissvar answers; not how the consultation is sent out).
    unless: re.Pattern[str] | None = None


def _re(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b")


ASPECTS: tuple[Aspect, ...] = (
    Aspect(_re(r"juridisk\w*|rattslig\w*|rattsverkan\w*|forvaltningsratt\w*|bindande|binding|legally|legal status|"
               r"legal effect\w*|legal force|legal standing|formell\w* stallning|formal status|formal standing"),
           _re(r"juridisk\w*|rattslig\w*|rattsverkan\w*|forvaltningsratt\w*|bindande|binding|legal\w*"),
           "någon rättslig grund, formell ställning, rättsverkan eller om något är bindande",
           "any legal basis, formal standing, legal effect or whether anything is binding"),
    Aspect(_re(r"beslutande (?:mote|organ)\w*|beslutsmote\w*|beslutspunkt\w*|beslutstillfalle\w*|"
               r"(?:ett|en) formell\w* beslut|decision point\w*|decision-making (?:meeting|body)|a formal decision"),
           _re(r"beslutstillfalle\w*|beslutspunkt\w*|beslutande (?:mote|organ)\w*|radgivande|advisory"),
           "om det är ett formellt beslutstillfälle eller ett beslutande organ",
           "whether it is a formal decision point or decision-making body"),
    Aspect(_re(r"vad hander om \w+ inte|what happens if \w+ (?:don.?t|do not|does not|doesn.?t|fail\w*)|"
               # "Vad händer om vi missar sista dagen?", "what happens if we miss the deadline?" (b74 #74)
               r"vad hander (?:om|ifall) \w+ (?:missar|missade|kommer for sent|ar for sena?|lamnar (?:in )?(?:\w+ )?"
               r"for sent|skickar (?:in )?(?:\w+ )?for sent)|what happens if \w+ (?:miss\w*|(?:are|is|come|submit\w*|"
               r"send\w*) (?:\w+ )?late)|"
               r"(?:konsekvens\w*|sanktion\w*) (?:for|om) (?:oss|er|dem|vi|ni|man)|"
               r"(?:consequence\w*|penalt\w*) (?:for|if) (?:us|you|them|we)"),
           _re(r"konsekvens\w*|sanktion\w*|consequence\w*|penalt\w*"),
           "vad som händer om man inte svarar eller deltar",
           "what happens if one does not answer or take part"),
    Aspect(_re(r"resurs\w*|budget\w*|medfinansi\w*|finansier\w*|kostar|kostnaden|kostnaderna|ersattning\w*|resources?|funding|"
               r"co-?fund\w*|costs?"),
           _re(r"resurs\w*|budget\w*|medfinansi\w*|finansier\w*|kostnad\w*|ersattning\w*|resources?|funding|costs?"),
           "resurser, budget eller finansiering",
           "resources, budget or funding"),
    Aspect(_re(r"forbundit\w*|atagande\w*|forpliktel\w*|forpliktig\w*|committed|commitments?"),
           _re(r"forbundit\w*|atagande\w*|forpliktel\w*|committed|commitments?"),
           "vilka åtaganden organisationerna har gjort",
           "what the organisations have committed to"),
    Aspect(_re(r"personuppgiftsansvar\w*|personuppgiftsbitrade\w*|dataskyddsombud\w*|data controller\w*|"
               r"controller|data protection officer"),
           _re(r"personuppgiftsansvar\w*|data controller\w*|controller"),
           "vem som är personuppgiftsansvarig",
           "who the data controller is"),
    # ("… utan att chefen skrivit under?", "without my manager's signature?": b75 #83)
    Aspect(_re(r"skriva under|skrivit under|skriver under|skrev under|undertecknas?|undertecknat|underskrift\w*|"
               r"signeras?|signerad\w*|signerat|(?:who|must|should|shall) sign\w*|signed by|signed off|"
               r"(?:without|no|unsigned) (?:\w+ ){0,2}?signatures?|signature"),
           _re(r"skriva under|underteckn\w*|underskrift\w*|signer\w*|sign|signed|signature\w*"),
           "vem som ska skriva under",
           "who must sign"),
    Aspect(_re(r"svar\w*[^?.;]{0,40} (?:vara|bli|ar) (?:beslutat|beslutad|godkant|godkand|faststallt|faststalld) av|"
               r"(?:response|answer)[^?.;]{0,40} (?:be|been) (?:approved|decided|adopted|signed off) by|"
               # "måste KF anta vårt svar eller räcker det med ett tjänstemannasvar?", "styrelsen vill godkänna
               # remissvaret där" (blind batch 52: the approving body asked, left out)
               r"(?:kf|ks|fullmaktige|\w*styrelse\w*|\w*namnd\w*|ledning\w*|politiker\w*) (?:\w+ ){0,2}?"
               r"(?:anta|godkanna|besluta om|faststalla|ta stallning till) (?:\w+ ){0,1}?(?:\w*svar\w*|det)|"
               r"tjanstemannasvar\w*|tjanstemannaniva\w*|politiskt (?:beslutat|antaget|godkant) (?:\w+ )?svar|"
               r"\w*svar\w* (?:vara|bli) politiskt (?:beslutat|beslutad|antaget|godkant)|"
               r"(?:board|council|committee|management) (?:\w+ ){0,2}?(?:approve|adopt|sign off)\w* "
               r"(?:\w+ )?(?:response|answer|reply)"),
           _re(r"(?:beslutat|beslutad|godkant|godkand) av (?:ledning\w*|styrelse\w*|namnd\w*|kommunstyrelse\w*)"),
           "vem hos er som ska besluta eller godkänna svaret",
           "who in your organisation must decide or approve the response",
           # "Om remissvaret måste vara politiskt beslutat … står inte i underlaget" says it already.
           _re(r"politiskt beslutat|godkanna svaret|beslutat svaret|approved|politically decided|internt|"
               r"internally")),
    Aspect(_re(r"aterkoppl\w*|feedback|hear back|get back to us|besked pa (?:vara|vart|era|ert) remissvar\w*"),
           _re(r"aterkoppl\w*|feedback"),
           "någon återkoppling på remissvaren",
           "any feedback on the responses",
           # "svar som jag kan återkoppla till ordföranden": the asker reporting back at home, not feedback asked
           # of the region (b76 #4)
           unless=_re(r"(?:jag|vi|I|we) (?:\w+ )?(?:kan|ska|skall|can|will|could) (?:\w+ )?aterkoppla\w*|"
                      r"aterkoppla\w* (?:det |svaret |svaren )?till|report back to")),
    Aspect(_re(r"(?:nagon|nan|nagra|anyone|anybody|someone) (?:som )?(?:jobbar|arbetar|is working|working|works|"
               r"available|i tjanst)|"
               # "Is anyone actually reading the replies over the summer?" (blind batch 51)
               r"(?:anyone|anybody|someone|nagon|nan)(?: som)?(?: actually| really| faktiskt| ens| alls)? "
               r"(?:reading|reads|read|laser|handling|handles|tittar pa|behandlar)|"
               r"(?:alla|everyone|everybody) (?:ar |e |is |are )?(?:lediga|ledig|pa semester|"
               r"on holiday|on vacation|away)|bemann\w*|staffed|staffing"),
           _re(r"semester\w*|bemann\w*|staff\w*|vacation\w*"),
           "vem som arbetar med uppdateringen vid en viss tid eller har semester",
           "who works on the update at a given time or is on holiday"),
    Aspect(_re(r"(?:kommer|komma|raknas|beaktas|tas) (?:\w+ ){0,3}(?:med|hansyn till)[^?.]{0,40}\b(?:sent|for sent|"
               r"efter remisstiden)|(?:taken into account|considered|included|counted)[^?.]{0,40}\b(?:late|after the "
               r"deadline)|"
               # "räknas sena svar?", "beaktas remissvar som inkommer efter den 30 september?" (blind batch 50)
               r"(?:raknas|beaktas|tas med|behandlas|counts?|considered)[^?.]{0,20}\b(?:sena|forsenade|late) "
               r"(?:remis)?(?:svar|responses?|answers?)|(?:sena|forsenade|late) (?:remis)?(?:svar|responses?|answers?)"
               r"\w*[^?.]{0,60}\b(?:beaktas|raknas|tas med|behandlas|count|counted|considered)|"
               r"\w*svar\w* som (?:inkommer|kommer in|lamnas in|skickas in|kommer) (?:efter|for sent|sent)[^?.]{0,80}"
               r"\b(?:beaktas|raknas|tas med|behandlas)"),
           _re(r"sena remissvar|late responses"),
           "om ett svar som kommer in sent tas med i det fortsatta arbetet",
           "whether a response that comes in late is taken into account in the further work"),
    # "Vad händer om partnerskapet och politikerna tycker olika?": the order of the steps is given, not what
    # happens when the partnership and the politicians disagree (b45 #91).
    Aspect(_re(r"tycker olika|tycker annorlunda|oense|oeniga|oenighet\w*|inte (?:ar )?overens|disagree\w*|"
               r"(?:do|does|don.?t|doesn.?t) not agree|konflikt\w*|conflict\w*"),
           _re(r"oense|oenig\w*|overens|disagree\w*|konflikt\w*|conflict\w*"),
           "vad som händer om parterna tycker olika",
           "what happens if they disagree"),
    # "… vilken tid på dagen börjar det så jag kan blocka kalendern?", "Where is the check-in held?": the plan gives
    # days, not the hour or the place of a meeting, nor when the responses' results are shared (blind batches 47–48).
    Aspect(_re(r"tid(?:en)? pa dagen|klockslag\w*|vilken tid (?:borjar|startar|slutar|ar|blir) (?:det|motet|"
               r"avstamningen|den)|nar pa dagen|starttid\w*|what time|time of day|start(?:ing)? time"),
           _re(r"kl\.? ?\d+|klockan \d+|\d\d?[:.]\d\d|o.clock"),
           "vilken tid på dagen det börjar",
           "what time of day it starts",
           _re(r"tid|tiden|time|klockslag\w*")),
    Aspect(_re(r"var (?:ska |skall |kommer )?(?:halls|hallas|ar|blir|ligger|sker|ske|ager|vara) (?:\w+ ){0,2}"
               r"(?:\w*mote\w*|\w*avstamning\w*)|var (?:ska|skall|kommer) (?:\w+ ){0,2}(?:\w*mote\w*|"
               r"\w*avstamning\w*) (?:hallas|vara|ske|aga rum)|"
               r"(?:i )?vilken lokal|motesplats\w*|motesloka\w*|lokalen|venue|where (?:is|will|are) (?:\w+ ){0,3}"
               r"(?:meeting|check-?in)\w*(?: be)? (?:held|take place|located)"),
           _re(r"lokal\w*|venue|motesplats\w*"),
           "var mötet hålls",
           "where the meeting is held",
           _re(r"plats|lokal\w*|place|venue|digitalt|online")),
    Aspect(_re(r"resultat\w* av (?:alla |samtliga )?(?:remissvar\w*|svar\w*|remiss\w*)|sammanstallning\w* av "
               r"(?:remissvar\w*|svar\w*)|results? of (?:all )?(?:the )?(?:consultation|responses)|summary of "
               r"(?:all )?(?:the )?responses|"
               # "Kommer vi få se en sammanställning?", "publiceras de nånstans?" of the responses (blind batches
               # 51–52: left out beside the steps after the consultation)
               r"(?:se|fa|far|ta del av) (?:en |nagon )?sammanstallning\w*|"
               r"(?:\w*svar\w*|responses?|replies|answers?)[^?.;]{0,40}\b(?:publicer\w*|offentliggor\w*|published|"
               r"made public)|(?:publicera\w*|publish\w*|offentliggor\w*) (?:\w+ )?(?:\w*svar\w*|responses|replies)"),
           _re(r"sammanstall\w*|summary of (?:the )?responses|resultat\w* av remiss\w*"),
           "när eller hur resultatet av remissvaren delas, sammanställs eller publiceras",
           "when or how the results of the responses are shared, compiled or published"),
    Aspect(_re(r"(?:till|to) vilken (?:instans|myndighet|mottagare|namnd|funktion)|which body (?:the|our) "
               r"(?:response|answer)"),
           _re(r"adressera\w*|addressed to|mottagare\w*"),
           "till vilken instans svaret formellt ska ställas",
           "to which body the response is formally addressed"),
    # "går den till kommunens registratur eller direkt till mig?", "it landed in our general inbox": how the
    # consultation is sent out and to whom is not in the plan (blind batch 52).
    # ("… direkt till oss, eller går den via kommunledningen? fastnar i någon diarieinkorg": the same, b54 #55.)
    Aspect(_re(r"registrator\w*|registratur\w*|funktionsbrevlad\w*|funktionsadress\w*|general inbox|registry|"
               r"diarieinkorg\w*|diarium\w*|(?:gar|kommer|skickas) (?:den |remissen )?via (?:kommun\w*|registrat\w*|"
               r"kansli\w*|ledning\w*)|(?:fa|far) remissen direkt|"
               r"registrar|(?:skickas|gar|kommer) (?:den |remissen )?(?:ut )?(?:direkt )?till "
               r"(?:kommunens|mig|oss|var|vart|vara|er|ert|era)\b"),
           _re(r"registrat\w*|utskick\w*|distribu\w*|registry"),
           "hur remissen skickas ut eller till vem hos er",
           "how the consultation is sent out or to whom in your organisation",
           # "När kommer remissen ut till oss i kommunerna?" asks when; "till oss" only says whose it is. The dates
           # lead, not "the material does not cover how it is sent" (b78 #20) – unless the way or the addressee is
           # asked too ("eller direkt till mig", "via kansliet", "vem").
           None, _re(r"\w*svar\w*|responses?|reply|replies|answers?|"
                     r"(?<![\w ])(?!.*\b(?:eller|or|vem|who|via|direkt|registr\w*|inkorg\w*|brevlad\w*|vart|var|"
                     r"where|hur|how)\b).*\b(?:nar|when)\b")),
    # "ska vi kommentera hela strategin eller bara de delar som uppdaterats?" (blind batch 52)
    # Asked of what to comment: "göra om hela strategin eller bara justera?" asks the update's scope, which the
    # material answers (an update keeping the structure).
    Aspect(_re(r"(?:kommentera\w*|tycka till|tycker till|svara pa|synpunkter|yttra\w*|granska\w*|comment\w*|"
               r"respond\w*|feedback)[^?.;]{0,40}\bhela (?:strategin|rus|dokumentet|remissen|forslaget|texten)\b"
               r"[^?.;]{0,40}\b(?:eller|or) (?:bara|endast|enbart)|"
               r"(?:comment\w*|respond\w*|feedback|review)[^?.;]{0,40}\b(?:whole|entire) (?:strategy|document|draft|"
               r"text)[^?.;]{0,40}\bor (?:just|only)|"
               r"(?:kommentera|synpunkter pa|tycka till om|svara pa) (?:bara|endast|enbart) (?:de |det )?"
               r"(?:uppdaterade|nya|andrade)|comment on (?:just|only) the (?:updated|new|changed)"),
           _re(r"hela strategin|whole strategy"),
           "om svaret ska gälla hela strategin eller bara de uppdaterade delarna",
           "whether the response is to cover the whole strategy or only the updated parts"),
    # "vill lyfta folkbildningens roll … Passar det in när det är en uppdatering?": whether a subject of one's own
    # fits the update; the material says what the update is (structure kept), not which subjects fit (b51 #68).
    Aspect(_re(r"passar (?:det|detta|den|sadant|sant|vart|vara|ert|era) (?:\w+ )?(?:in|i uppdatering\w*|i rus|i "
               r"strategi\w*)|hor (?:det|detta|sadant) hemma i|(?:does|would|will) (?:it|this|that) fit\b|"
               r"fits? (?:in|into) (?:the )?(?:update|strategy|rus)"),
           _re(r"sakfrag\w*|sakomrad\w*|which (?:subjects|topics) fit"),
           "om en viss sakfråga passar in i uppdateringen",
           "whether a particular subject fits the update",
           None, _re(r"tidplan\w*|datum|dag\w*|vecka|veckor|mote\w*|timeline|schedule|date|day|week|meeting|"
                     r"calendar|kalender\w*")),
    # "is there a form or template?" for the response: the bot's own response dialog is told beside it.
    Aspect(_re(r"mall|mallen|svarsmall\w*|blankett\w*|formular\w*|templates?|(?:a|any) (?:special |specific )?form"),
           _re(r"mall|blankett\w*|formular\w*|templates?"),
           "någon mall eller blankett för svaret",
           "any form or template for the response"),
    # "Vad förväntas vi ha med oss (till avstämningen)?", "what should we bring?": the plan says what phase 1 is
    # about, not what a partner brings to a meeting (b51 #23).
    Aspect(_re(r"ha med (?:oss|mig|er|sig)|ta med (?:oss|mig|er|sig)|(?:bring|take) (?:with|along|to)|"
               r"(?:should|do|must|shall) (?:we|i) bring|bring anything"),
           _re(r"ha med er|ta med er|bring along"),
           "vad ni ska ha med er",
           "what you should bring",
           _re(r"ha med|ta med|bring")),
    # "… vill veta hur mycket tid vi behöver avsätta": the plan gives steps and dates, not the work they take from a
    # partner (b52 #44). ("hur mycket tid har vi kvar" asks the days left, not this.)
    Aspect(_re(r"hur mycket (?:tid|arbete|jobb) (?:\w+ ){0,3}?(?:avsatta|lagga|behova|behover|kravs|kraver|tar det|"
               r"tar|ska ga at|gar at)|avsatta (?:\w+ ){0,2}?(?:tid|timmar|resurser)|arbetsinsats\w*|"
               r"arbetsbelastning\w*|tidsatgang\w*|hur manga (?:arbets)?timmar|"
               r"how much (?:time|work|effort) (?:\w+ ){0,3}?"
               r"(?:set aside|spend|need|needed|take|takes|will it take|does it take|required)|how many hours|workload|"
               r"time commitment|set aside time"),
           _re(r"arbetsinsats\w*|arbetsbelastning\w*|tidsatgang\w*|workload|time commitment|avsatta"),
           "hur mycket tid eller arbete det kräver av er",
           "how much time or work it takes from you"),
    Aspect(_re(r"narvara|narvarande|narvaro\w*|attend\w*|vara (?:pa plats|dar|med pa motet)|be there"),
           _re(r"narvara|narvarande|narvaro\w*|attend\w*"),
           "vem som ska eller får närvara",
           "who needs to or may attend"),
)

_MARKERS = ("står inte i underlaget", "beskriver underlaget inte", "underlaget säger inget", "anges inte",
            "vet jag inte", "kan jag inte svara", "hänvisar inte", "står inget",
            "not in the material", "does not say", "does not describe", "says nothing", "don't know",
            "can't answer", "cites no", "is not stated", "not given",
            # "Någon mall för remissvaret finns inte i underlaget", "The material has no template …"
            "finns inte i underlaget", "has no template", "there is no template")


_GENERIC = ("Det vet jag inte – det står inte i underlaget om uppdateringen. ",
            "I don't know – that is not in the material about the update. ",
            "Det vet jag inte – det står inte i underlaget. ", "I don't know – that is not in the material. ",
            "Det står inte i underlaget, och jag kan inte svara på det – fråga samordnarna. ",
            "The material does not say, and I cannot answer that – ask the coordinators. ")


_SAYS = ("Underlaget säger om det:", "What the material says on that:", "Det enda underlaget säger", "All the material")


# The update's own words: an aspect asked of something else ("Vad kostar ett månadskort?") is no aspect of it.
_OF_PROCESS = re.compile(r"\b(?:rus\w*|uppdater\w*|oversyn\w*|partnerskap\w*|remiss\w*|avstamning\w*|strategi\w*|"
                         r"fullmaktige|processen|update\w*|review\w*|partnership\w*|consultation\w*|check-?in|"
                         r"strateg\w*|process)\b")


@lru_cache(maxsize=8)
def _unstated(kit: Kit) -> tuple[Aspect, ...]:
    """The aspects no text of the process file speaks of: worked out once per process file, not per question."""
    stated = _process_texts(kit)
    return tuple(a for a in ASPECTS if not a.stated.search(stated))


def _process_texts(kit: Kit) -> str:
    p = kit.process
    texts = [f.text for f in p.facts] + [r.text for r in p.roles] + [d.text for d in p.drivers] + [
        p.partnership.text] + [w.text for w in p.ways_of_working]
    return folded(" ".join(f"{x.sv} {x.en or ''}" for x in texts))


# Any aspect's words, in one pattern. Every aspect's words begin at the start of a word, so that is tested once per
# place in the text rather than once per aspect (most questions name none of them: the whole text is tried).
assert all(a.asked.pattern.startswith(r"\b(?:") for a in ASPECTS)
_ANY_ASKED_RE = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{a.asked.pattern[2:]})" for a in ASPECTS) + ")")
# The same test, with most messages answered "no" by a lookup of their words' first letters (prefilter).
_ANY_ASKED = WordStartTest(_ANY_ASKED_RE, [a.asked.pattern for a in ASPECTS])

# "Vad händer om fullmäktige inte hinner besluta?": the case asked is named in the question's own words.
# (up to a dash too: "vad händer om vi missar den – finns det nån plan B?" names the case before it)
_WHAT_IF_SV = re.compile(r"\b[Vv]ad händer om ([^?.,;–]+?)(?:\s+[–—-]\s|[?.,;]|$)")
_WHAT_IF_EN = re.compile(r"\b[Ww]hat happens if ([^?.,;–]+?)(?:\s+[–—-]\s|[?.,;]|$)")


def _named(name: str, question: str, what_if: re.Pattern[str]) -> str:
    if not name.startswith(("vad som händer om", "what happens if")):
        return name
    found = what_if.search(question)
    if found is None:
        return name
    return name.split(" om " if name.startswith("vad") else " if ")[0] + (
        " om " if name.startswith("vad") else " if ") + _addressed(found.group(1).strip())


# The asker's own words said back to them: "om vi missar den" → "om ni missar den", "if we miss it" → "if you miss it".
_TO_ADDRESSEE = {"vi": "ni", "oss": "er", "vår": "er", "vårt": "ert", "våra": "era", "jag": "du", "mig": "dig",
                 "min": "din", "mitt": "ditt", "mina": "dina", "we": "you", "us": "you", "our": "your", "i": "you",
                 "me": "you", "my": "your"}


def _addressed(clause: str) -> str:
    return re.sub(r"\b\w+\b", lambda m: _TO_ADDRESSEE.get(m.group(0).lower(), m.group(0)), clause)


def _said_missing(paragraph: str, aspect: Aspect) -> bool:
    return any(m in paragraph.lower() for m in _MARKERS) and bool(
        aspect.asked.search(folded(paragraph)) or (aspect.said and aspect.said.search(folded(paragraph))))


def asks_aspect(question: str) -> bool:
    """Whether the words of a question ask one of the aspects."""
    return bool(_ANY_ASKED.search(folded(question)))


# "Who signs it off?", "vem skriver under strategin?": the strategy's own sign-off, which is the council's decision
# (claims._decider says so), not a signature the material leaves out (b50 #97).
_SIGNS_RUS_OFF = re.compile(r"\bsign\w* (?:\w+ ){0,2}?off\b|\bsign-off\b|\b(?:sign\w*|skriv\w* under|underteckn\w*)\b"
                            r"(?:\s+\w+){0,2}?\s+(?:rus|strategi\w*|strategy)\b")


# "Kan jag ändra mig efteråt om KS tycker annorlunda?": a disagreement as the condition of what is asked (changing
# one's own input), not what happens when parties disagree – which "vad händer om …", "hur löses …" ask (b51 #20).
_ONLY_IF_DISAGREE = re.compile(r"\b(?:om|ifall|if|in case)\s+(?:\w+\s+){1,3}?(?:tycker (?:olika|annorlunda)|"
                               r"disagree\w*|(?:does|do|doesn.?t|don.?t) not agree|inte (?:ar )?overens)\b")
_ASKS_DISAGREEMENT = re.compile(r"\bvad (?:hander|gor|sker)\b|\bwhat (?:happens|then)\b|\bhur (?:gor|loses|hanteras|"
                                r"blir det)\b|\bhow (?:is|are|do|does)\b|\bvem (?:bestammer|avgor|har sista)\b|"
                                r"\bwho (?:decides|has the final)\b|\boense|\boenig|\bkonflikt|\bconflict")


_INDIRECT = re.compile(r"\b(?:vill (?:ocksa |aven |garna )?veta|want to know|would like to know)\b")


def _asked_text(question: str) -> str:
    """What a message asks, folded: its "?" sentences, and what follows "vill veta" in a sentence without one ("…
    och vill veta hur mycket tid vi behöver avsätta", b52 #44); the whole message when no sentence has a "?".
    (Only what follows "vill veta": "undrar om RUS:en är klar, han vill hänvisa till den i budgetdokumentet" tells
    of a budget document, it does not ask about a budget.)"""
    sentences = [x for x in split_sentences(question) if "?" in x]
    if not sentences:
        return folded(question)
    indirect = [f[m.end():] for x in split_sentences(question)
                if "?" not in x and (m := _INDIRECT.search(f := folded(x))) is not None]
    return folded(" ".join(sentences + indirect))


def _aspects_in(kit: Kit, text: str) -> list[Aspect]:
    """The aspects the process file does not state that the asked text (_asked_text) asks about."""
    return [a for a in _unstated(kit)
            if a.asked.search(text) and not (a.en == "who must sign" and _SIGNS_RUS_OFF.search(text))
            and not (a.unless is not None and a.unless.search(text)) and not (
                a.en == "what happens if they disagree" and _ONLY_IF_DISAGREE.search(text)
                and not _ASKS_DISAGREEMENT.search(text))]


def asks_unstated(kit: Kit, question: str) -> bool:
    """Whether a question asks one of the aspects the process file does not state (the lead will say so)."""
    return bool(_ANY_ASKED.search(folded(question))) and bool(_aspects_in(kit, _asked_text(question)))


def only_indirect(question: str) -> bool:
    """Whether the aspects the question asks are asked only in a sentence without "?" ("… vill veta hur mycket tid
    …"): asked beside the message's own question, so said after its answer."""
    return not any(_ANY_ASKED.search(folded(x)) for x in split_sentences(question) if "?" in x)


def lead(kit: Kit, question: str, answer_text: str, language: Language) -> tuple[str, list[str]] | None:
    """The line saying which of the aspects the question asks the material does not state, and the answer's
    paragraphs left (a quoted "… – det kan jag inte svara säkert på" of the same aspect goes: the lead says it);
    None when the question asks none of them, the process file states them, or the answer says so already."""
    if not _ANY_ASKED.search(folded(question)):
        return None         # cheap: most questions name none of the aspects anywhere
    # Only what a question asks: "Vi är en liten kommun med begränsade resurser." tells, it does not ask.
    text = _asked_text(question)
    asked = _aspects_in(kit, text)
    if not asked:
        return None
    paragraphs = answer_text.split("\n\n")
    missing: list[Aspect] = []
    for a in asked:
        covering = [p for p in paragraphs if _said_missing(p, a)]
        if covering and not all(p.startswith(("”", "“")) for p in covering):
            continue        # said already, in the answer's own words
        paragraphs = [p for p in paragraphs if p not in covering]
        missing.append(a)
    if not missing:
        return None
    # (two aspects may name the same case: "vad händer om partnerskapet inte är överens?" is both what happens if
    # one does not … and a disagreement – said once, b64 #38)
    names_sv = list(dict.fromkeys(_named(a.sv, question, _WHAT_IF_SV) for a in missing))
    names_en = list(dict.fromkeys(_named(a.en, question, _WHAT_IF_EN) for a in missing))
    sv = ", och inte heller ".join(names_sv)
    en = ", nor ".join(names_en)
    if paragraphs and paragraphs[0].startswith((*_SAYS, *_GENERIC[2:4])):
        return None         # what the material says of the words asked, and that it says no more: honest already
    if paragraphs and paragraphs[0].startswith(_GENERIC[:2]) and not _OF_PROCESS.search(text):
        return None         # "Vad kostar en kaffe?": nothing of the update asked; its general answer says it
    if paragraphs and paragraphs[0].startswith(_GENERIC):
        # Its own general "I don't know" goes: the lead says what is not known, and what it knows follows.
        first = paragraphs[0]
        cut = next(g for g in _GENERIC if first.startswith(g))
        paragraphs = [first[len(cut):], *paragraphs[1:]]
        return (t(language, f"Det vet jag inte – underlaget tar inte upp {sv}; fråga samordnarna.",
                  f"I don't know – the material does not cover {en}; ask the coordinators."), paragraphs)
    more = any(p.strip() for p in paragraphs)
    line = t(language, f"Underlaget tar inte upp {sv}; fråga samordnarna." + (" Det som står är:" if more else ""),
             f"The material does not cover {en}; ask the coordinators." + (" What it does say:" if more else ""))
    return line, paragraphs
