"""Claims anywhere in a message ("Jag har hört att remissen bara går till kommunerna. Stämmer det?", "… is taken by
Länsstyrelsen in December, right?", "Politisk förankring sker väl före remissen?"), read sentence by sentence as
(slot, value) pairs – who receives the consultation, who decides, what the municipalities asked for, the order of
the steps, the period an event names – and checked against the process file. The first claim the file contradicts
gives the lead, "Nej – <what the material says>", put before whatever answers the rest of the message; a claim the
file neither confirms nor refutes gives no lead (another answerer says what is not known).

Blind batches 33–36: the stock answer to such a message stated the right fact without the "Nej" (or answered another
part of the message), which graders count as evasive. Only what the process file says is stated here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from rusbot.answers.answerers.people import listed_strangers, told_strangers, we_strangers
from rusbot.answers.kit import Kit, folded, lower_first, split_sentences, t
from rusbot.answers.prefilter import any_of
from rusbot.i18n import format_date, format_fuzzy, format_fuzzy_at, join_list
from rusbot.process.model import Language, Organisation, TimelineItem
from rusbot.understanding.entities import MONTHS

# A sentence put up for checking, or told as heard: what marks a claim rather than a plain question.
_CLAIM_MARK = re.compile(
    r"\b(?:va|val|ju|visst|stammer (?:det|detta)|ar det (?:sant|ratt|korrekt)|eller hur|forstatt|forstod|"
    r"uppfattat|uppfattade|hort|horde|har for mig|ar det sa|laste|last att|trodde|tror|sagt|sa att|sade att|sades|"
    # What the bot is told it said ("förra veckan sa du att …", "you said that …", b75 #47).
    r"(?:sa|sade|skrev|svarade) (?:du|ni) att|you said|you wrote|"
    # "Jag antar att det nu är partnerskapet som …", "As I understand it, …": a premise assumed.
    r"antar att|antog att|utgar fran att|forutsatter att|understand|assume|assumed|assuming|"
    # "Så det är regionstyrelsen som har sista ordet?", "So it's the board that …": a conclusion put up to check.
    r"sa det ar|so it.?s|so it is|"
    r"sagts|lar|pastar|"
    # A bare check put after the claim ("… direkt efter remissen. Rätt?", "Stämmer?", "Korrekt?", b79 #82).
    r"(?:ratt|korrekt|stammer|sant|riktigt)(?= ?\?)|"
    r"right|true|correct|isn['’ ]?t it|read that|heard|understood|told|i believe|i think|"
    # "I recall from the December meeting that …", "minns jag rätt att …", "kan du bekräfta att …".
    r"recall|remember|minns|kommer ihag|confirm|confirmation|bekrafta|bekraftelse|"
    # Told by someone else ("en rektor hävdade bestämt att …", "har fått för sig att …", "fått höra att …"): a claim
    # as much as "jag har hört att".
    r"havdar|havdade|havdat|pastod|pastatt|menar att|menade att|(?:fatt|fick) (?:\w+ )?(?:hora|for sig)|"
    r"claim(?:s|ed)?|insist(?:s|ed)?|"
    # A premise given as the ground of the question ("… även om vi inte sitter med i partnerskapet?").
    r"aven om|trots att|eftersom|even though|although|"
    # "Vem fattar beslutet – är det Länsstyrelsen som fastställer den?": a body put forward, a claim to check.
    # (Not "är det beslutet eller remissen som …": a choice asked, not a claim.)
    r"ar det (?:(?!eller\b)\w+ ){1,5}som|is it (?:the )?(?:(?!or\b)\w+ ){1,4}(?:that|who))\b")
_WH = re.compile(r"^\W*(?:nar|vad|hur|vem|vilken|vilket|vilka|varfor|var|when|what|how|who|which|why|where)\b")

_CONSULT = re.compile(r"\bremiss\w*|\bconsultation\b")
# "går bara till kommunerna", "gäller enbart kommuner med …" – not "kommunerna bara får tycka till".
_ONLY_MUNICIPAL = re.compile(r"\b(?:bara|endast|enbart|only|just|solely)\s+(?:\w+\s+){0,3}?(?:kommun\w*|"
                             r"municipalit\w*)")
_MUNICIPAL = re.compile(r"\bkommun\w*|\bmunicipalit\w*")
_NOT_MEMBER = re.compile(r"\b(?:inte|ej|not|aren ?t|isn ?t)\b(?:\s+\w+){0,2}\s+(?:med|members?|part)\b|"
                         r"\b(?:sitter|ar) (?:\w+ )?inte med\b")

_WISH = re.compile(r"\b(?:onsk\w*|ville|bad|begarde|begart|kravde|efterfragade|asked|wanted|wished|requested)\b")
_SHORTER = re.compile(r"\b(?:kortare|forkort\w*|shorter|shorten\w*)\b")
_LONGER = re.compile(r"\b(?:forlang\w*|langre|extended|extension|longer)\b")
# The month names the date reader knows, written out (its three-letter forms are also ordinary words: "mar", "dec").
_MONTHS = {m: n for m, n in MONTHS.items() if len(m) > 3 or m in ("maj", "may")}
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")

_DECIDE = re.compile(r"\b(?:bestammer|bestamde|beslutar|besluta|beslutade|tar (?:\w+ ){0,3}beslut\w*|"
                     r"tog (?:\w+ ){0,3}beslut\w*|fatta(?:r|s|de|t)? (?:\w+ ){0,3}beslut\w*|"
                     # Told in the passive ("ska beslutas av regionstyrelsen", "antas av RF").
                     r"(?:beslutas|bestams|antas|godkanns|faststalls) (?:\w+ ){0,2}?av|godkande|"
                     # "ska antas i kommunfullmäktige", "beslutas i regionstyrelsen": the body the decision is in.
                     r"(?:beslutas|bestams|antas|godkanns|faststalls|klubbas) (?:\w+ ){0,2}?i|"
                     # "… remiss juni–oktober, beslut i regionstyrelsen i november": the noun with its body, in a list.
                     r"(?:beslut|beslutet|decision|the decision) (?:i|av|in|by)(?= \w*(?:styrelse|fullmaktige|"
                     r"regering|riksdag|government|parliament|council|board))|"
                     r"makes? (?:\w+ ){0,2}decision|(?:final )?adoption\b.{0,30}\bby|"
                     # "Länsstyrelsen takes the decision", "… is decided by the board", "adopted in the council".
                     r"(?:takes?|took|taking) (?:\w+ ){0,2}decision|"
                     r"(?:decided|adopted|approved) (?:\w+ ){0,2}?(?:by|in|at)|"
                     r"godkann\w*|godkanner|antar(?! att)|anta(?! att)|faststall\w*|klubba\w*|decides?|approves?|"
                     r"approve|adopts?|"
                     # "signs it off", "sign-off", "skriver under", "undertecknar": the last word claimed.
                     r"(?:har|ha|hade|fa|far) (?:\w+ )?sista ordet|(?:has|have|gets?) (?:\w+ )?(?:final|last) "
                     r"(?:say|word)|"
                     r"signs? (?:\w+ ){0,2}?off|signed (?:\w+ ){0,2}?off|signing (?:\w+ ){0,2}?off|sign-off|"
                     r"skriver under|skriva under|undertecknar|underteckna|"
                     r"(?:decision|beslut\w*)\b.{0,40}\b(?:taken|made|fattas|tas) (?:by|av))\b")
_CHOICE = re.compile(r"\b(?:eller|or)\b")
# Bodies a decision may be laid on that the material does not give it to (the material: regionfullmäktige).
_BODIES = (("regionstyrelse", "regionstyrelsen", "the regional executive board (regionstyrelsen)"),
           ("regional executive", "regionstyrelsen", "the regional executive board (regionstyrelsen)"),
           ("kommunstyrelse", "kommunstyrelserna", "the municipal executive boards"),
           ("kommunfullmaktige", "kommunfullmäktige", "the municipal councils"),
           ("regeringen", "regeringen", "the government"), ("government", "regeringen", "the government"),
           ("riksdag", "riksdagen", "the Riksdag"), ("parliament", "riksdagen", "the Riksdag"),
           ("regional board", "regionstyrelsen", "the regional executive board (regionstyrelsen)"),
           ("municipal council", "kommunfullmäktige", "the municipal councils"),
           ("city council", "kommunfullmäktige", "the municipal councils"))
# What a decision may be about that is not RUS ("kommunstyrelsen beslutar om vårt remissvar", "who approves our
# response"): no claim about who decides on the strategy.
_OWN_OBJECT = re.compile(r"\b(?:remissvar\w*|svar|svaret|svaren|responses?|answers?|inspel\w*|yttrande\w*|"
                         r"synpunkt\w*|koppling\w*|anstand\w*|extensions?|link\w*|"
                         # Its own ("RF-SISU antar sin nya strategi", "the university adopts its own plan").
                         r"sin|sitt|sina|egen|eget|egna|its|their|own)\b")
# The asker or a coordinator put forward as the one deciding ("Är det jag som samordnare som bestämmer …?", "is it
# me, the coordinator, who decides …"): the subject of a "som"/"who" right before the verb, not any "jag" of the
# sentence ("Jag antar att …" is no claim that the asker adopts anything).
_PERSON = re.compile(r"\b(?:jag|du|me|you|samordnar\w*|koordinator\w*|coordinators?|kontaktperson\w*|contact persons?)"
                     r"(?:,? (?:som|as|the) (?:\w+ ){0,2}?\w+,?)? (?:som|who|that)\s*$")
_WHAT_UPDATED = re.compile(r"\bvad (?:i \w+ )?som (?:ska|skulle|kommer att) (?:uppdateras|andras)|"
                           r"\bwhat (?:is|should be) (?:to be )?(?:updated|changed)")
_EVERYTHING = re.compile(r"\b(?:allt|alltihop|everything|all of it|ensam\w*|alone)\b")
_WHEN_WORD = re.compile(r"\b(?:jul\w*|christmas|arsskifte\w*|nyar\w*)\b")

_BEFORE = re.compile(r"\b(?:fore|innan|before|prior to|tidigare an)\b")
_DIRECT = re.compile(r"\b(?:direkt|direct|directly|straight|rakt)\b")
_NO_ROLE = re.compile(r"\b(?:ingen|inte (?:langre )?(?:nagon|har)|no (?:longer )?(?:\w+ )?role|not? (?:have )?any)\b")
_ROLE = re.compile(r"\b(?:roll\w*|role|del|inflytande|say|saga till|paverka)\b")
_AFTER = re.compile(r"\b(?:efter|after)\b")
# The partnership said not to see, read or review the text ("får inte se texten innan politikerna", "won't review it
# before the committees").
_NOT_SEEN = re.compile(r"\b(?:inte|ej|aldrig|not|never|won.?t|doesn.?t|don.?t|can.?t|no)\b(?:\s+\w+){0,3}?\s+"
                       r"(?:se|ser|sett|lasa|laser|last|titta\w*|granska\w*|fa se|see|sees|seen|read|review\w*|"
                       r"look at)\b")
# A step after the anchoring with the partnership, as where the text is said to go straight ("direkt till nämnderna").
_LATER_STEP = re.compile(r"\b(?:namnd\w*|committees?|politik\w*|politic\w*)\b")
# The partnership said not to see the text again ("behöver inte se texten igen", "går inte tillbaka till
# partnerskapet", "won't see it again", "no need to go back to the partnership").
_NOT_AGAIN = re.compile(r"\b(?:inte|ej|aldrig|not|never|won.?t|doesn.?t|don.?t|no need)\b(?:\s+\w+){0,6}?\s+"
                        r"(?:igen|tillbaka|again|back)\b")
_VOTE = re.compile(r"\b(?:rost\w*|vote\w*|voting)\b")
_COUNCIL = re.compile(r"\b(?:fullmaktige|regionfullmaktige|rf(?! ?sisu)|council)\b")
_SPAN = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s*(?:-|–|—|till och med|till|t ?o ?m|through|to|until)\s*(" +
                   "|".join(_MONTHS) + r")\b")
_RANGE = re.compile(r"\b(20\d\d)\s*(?:-|–|—|till|to)\s*(20\d\d)\b")


def _marked(sentence: str, message: str) -> bool:
    """A sentence that states a claim to check: marked itself, or told and then checked in the message."""
    if _CLAIM_MARK.search(sentence) or (_expands(sentence) and not _WH.match(sentence)):
        return True
    # (A message of one sentence was read just now: the long pattern is not read again on the same words.)
    return sentence != message and bool(_CLAIM_MARK.search(message)) and not _WH.match(sentence)


# A member's name in the other ways a message names it: its last word alone ("universitetet"), and in English.
_NAME_EN = {"lansstyrelse": "county administrative board", "universitet": "university",
            "handelskammar": "chamber of commerce", "bildningsforbund": "educational association"}


def org_words(org: Organisation) -> list[str]:
    """How a message (folded) may name a member: "örebro universitet", "universitet", "university"."""
    name = folded(org.name.lower())
    words = [name] + ([name.split()[-1]] if len(name.split()) > 1 and len(name.split()[-1]) >= 8 else [])
    return words + [en for sv, en in _NAME_EN.items() if sv in name] + (
        # "the county board", "the CAB", "länsstyrelsen" in short: the county administrative board.
        ["county board", "lansstyrelsen"] if "lansstyrelse" in name else [])


def _partnership_name(kit: Kit, lang: Language) -> str:
    part = kit.process.partnership
    # (Inside a sentence: "the Partnership …", not "The Partnership …".)
    return part.name.get(lang).replace("The ", "the ", 1)


def _others(kit: Kit, lang: Language) -> str:
    """The partnership's members other than the municipalities, by the process file's names."""
    names = [o.name for o in kit.process.organisations if o.kind != "kommun"]
    return ", ".join(names[:-1]) + t(lang, " och ", " and ") + names[-1] if len(names) > 1 else "".join(names)


def _members(kit: Kit, lang: Language) -> str:
    """"samtliga kommuner, Länsstyrelsen, …": the members, the municipalities as one."""
    names = [t(lang, "samtliga kommuner", "all the municipalities")] + [
        o.name for o in kit.process.organisations if o.kind != "kommun"]
    return ", ".join(names[:-1]) + t(lang, " och ", " and ") + names[-1]


# Groups outside the partnership a consultation may be said to go to ("till alla företag i länet", "to the public").
_OUTSIDERS = re.compile(r"\b(?:till|ut till|skickas till|gar till|to|sent to|goes to)\s+(?:alla\s+|samtliga\s+|all\s+|"
                        r"the\s+|every\s+)?(?P<who>foretag(?:en)?|naringslivet|invanar(?:e|na)|allmanheten|medborgar(?:e|na)|"
                        r"foreningar(?:na)?|companies|businesses|firms|the public|residents|citizens|associations)\b|"
                        # (open to them, or they may answer: "öppen för allmänheten", "alla medborgare kan svara på
                        # remissen", "open to the public" – the same wider recipient, b80 #41)
                        r"\b(?:oppen|oppna|open)\s+(?:for|to)\s+(?:alla\s+|all\s+|the\s+)?(?P<open>allmanheten|"
                        r"medborgar(?:e|na)|invanar(?:e|na)|alla|public|everyone|anyone|citizens|"
                        r"residents)\b|"
                        r"\b(?:alla|samtliga|all|any)\s+(?P<may>medborgare|invanare|privatpersoner|citizens|"
                        r"residents|members of the public)\s+(?:kan|far|ska kunna|can|may)\s+(?:svara|lamna|respond|"
                        r"answer|reply)")


def _recipients(kit: Kit, s: str, lang: Language) -> str | None:
    """"remissen går bara till kommunerna", "gäller bara kommuner med …", "vi som kommun inte sitter med", "remissen
    ska gå ut till alla företag i länet"."""
    if _CONSULT.search(s) and _OUTSIDERS.search(s) is not None:
        # The plan names one recipient, the partnership; a wider one is not in it (b42 #42).
        name = _partnership_name(kit, lang)
        return t(lang, f"Nej – enligt tidplanen är det en remiss till {name}, alltså till dess medlemmar: "
                       f"{_members(kit, lang)}. Att den ska gå till fler än så står inte i underlaget.",
                 f"No – according to the timeline it is a consultation of {name}, that is of its members: "
                 f"{_members(kit, lang)}. That it goes to anyone beyond them is not in the material.")
    if not _CONSULT.search(s) or not _MUNICIPAL.search(s):
        return None
    name = _partnership_name(kit, lang)
    if _ONLY_MUNICIPAL.search(s):
        return t(lang, f"Nej – remissen går till {name}, där samtliga kommuner ingår men också {_others(kit, lang)}.",
                 f"No – the consultation goes to {name}, which includes all the municipalities but also "
                 f"{_others(kit, lang)}.")
    if _NOT_MEMBER.search(s) and ("partnerskap" in s or "partnership" in s):
        return t(lang, f"Samtliga kommuner är med i {name}, som remissen går till – så ja, kommunen kan lämna "
                       "remissvar.",
                 f"All the municipalities are in {name}, which the consultation goes to – so yes, the "
                 "municipality can respond.")
    return None


# A member said to be left out ("Degerfors ligger väl i Värmland, så de ingår inte?", "so they're not included?").
_EXCLUDED = re.compile(r"\b(?:inte|ej|not|aren['’ ]?t|isn['’ ]?t|never)\b(?:\s+\w+){0,2}\s+"
                       r"(?:med|members?|part|included|inkluderade?|ingar|invited|inbjudna)\b|"
                       r"\bingar (?:de |den |det )?(?:inte|ej)\b|"
                       r"\b(?:excluded|left out|utanfor|utesluten|uteslutna|exkluderade?)\b|"
                       # "… betyder det att vi bara är observatörer?", "are we just guests?" (b42 #36).
                       r"\b(?:bara|endast|enbart|only|just|merely) (?:\w+ ){0,2}?(?:observator\w*|observers?|gast\w*|"
                       r"guests?|adjungerad\w*)\b")


# ("vi har inte hunnit med remissvaret", "inte börjat/jobbat med remissen": the work on the response, not membership –
# b74 #77: "Nej – Handelskammaren är med …" to a true "Sista dagen är på torsdag va?")
_TAKING_PART = re.compile(r"\b(?:hang\w*|folj\w*|kommit|komma|keep(?:ing)? up|kept up|hunnit|hinner|hinna|hann|"
                          r"borjat|borja|jobbat|jobba|arbetat|arbeta|klarat|klara|blivit klara|kommit igang)\b"
                          r"(?:\s+\w+){0,2}?\s+(?:med|up)\b|"
                          r"\bmed (?:pa|vid|under|at)\b|\bpart (?:in|at)\b")


def _excluded(kit: Kit, s: str, lang: Language) -> str | None:
    """"Degerfors – that's in Värmland, so they're not included?": a member the process file lists, said to be out.
    Only its membership is answered; where it lies the material does not say."""
    # "jag har inte hängt med alls", "vi har inte varit med på någon förankring": following along and taking part
    # in a step, not membership.
    out = next((m for m in _EXCLUDED.finditer(s) if not _TAKING_PART.search(s, m.start(), m.end() + 4)), None)
    if out is None:
        return None
    # The member said to be out is the one named last before the words ("Lekeberg ingår inte … eftersom bara
    # Örebro, Karlskoga … är med" is about Lekeberg); a name inside a longer member's ("Örebro" in "Region Örebro
    # län", "Örebro universitet") names that member, not the municipality.
    found = [(m.start(), m.end(), o) for o in kit.process.organisations for w in org_words(o)
             for m in re.finditer(rf"\b{re.escape(w)}(?:en|et|er|s)?\b", s[:out.start()])]
    named = [(a, o) for a, b, o in found if not any(
        a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in found)]
    for _, org in sorted(named, key=lambda x: x[0], reverse=True)[:1]:
        name = _partnership_name(kit, lang)
        if org.kind == "kommun":
            count = sum(1 for o in kit.process.organisations if o.kind == "kommun")
            return t(lang, f"Nej – {org.name} är en av de {count} kommunerna i {name}; samtliga kommuner är med.",
                     f"No – {org.name} is one of the {count} municipalities in {name}; all the municipalities are "
                     "members.")
        return t(lang, f"Nej – {org.name} är med i {name}, som beslutar om vad som ska uppdateras och som remissen "
                       "går till.",
                 f"No – {org.name} is a member of {name}, which decides what is to be updated and which the "
                 "consultation goes to.")
    return None


# A dated step told as moved ("Jag har fått höra att avstämningen är flyttad till 18 mars"): the plan's date stands,
# and a move the material does not know of is said not to be in it – neither confirmed nor made up.
_MOVED = re.compile(r"\b(?:flyttad\w*|flyttat\w*|flyttats|flyttas|flyttade|skjut\w+ upp|uppskjuten|senarelag\w*|"
                    r"tidigarelag\w*|moved|postponed|rescheduled|pushed back|brought forward)\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:e|a|st|nd|rd|th)?\.? (" + "|".join(_MONTHS) + r")\b")


def moved_step(kit: Kit, s: str) -> tuple[TimelineItem, re.Match[str]] | None:
    """The dated step a folded message tells as moved to another day ("avstämningen är flyttad till 18 mars"), and
    the day told; None when it tells no such move, or a move to the plan's own day."""
    if (move := _MOVED.search(s)) is None or (day := _DAY_MONTH.search(s, move.end())) is None:
        return None
    steps = [i for i in _steps(kit, s[:move.start()]) if i.first is not None and i.first.is_exact]
    if len(steps) != 1:
        return None
    item, claimed = steps[0], (int(day.group(1)), _MONTHS[day.group(2)])
    when = item.first.earliest  # type: ignore[union-attr]
    return None if (when.day, when.month) == claimed else (item, day)


def _moved(kit: Kit, s: str, lang: Language) -> str | None:
    from rusbot.answers.timeline import item_when
    if (moved := moved_step(kit, s)) is None:
        return None
    item, day = moved
    said = item_when(item, lang) or ""
    name = lower_first(item.name.get(lang))
    return t(lang, f"Underlaget anger {said} för {name}, inte {day.group(0)}; att den skulle ha flyttats står inte "
                   "i underlaget, så den flytten känner jag inte till.",
             f"The material gives {said} for the {name}, not {day.group(0)}; it does not say the date has been "
             "moved, so I know of no such move.")


# What a postponement may be told of without a day of the plan: the decision, or the updated RUS itself
# ("beslutet om RUS har skjutits upp till mars 2022", "the adoption has been delayed").
_UNDATED_MOVED = re.compile(r"\b(?:beslut\w*|antag\w*|faststall\w*|rus\w*|strategi\w*|decision|adoption|strategy)\b")
_DELAYED = re.compile(r"\b(?:forsena\w*|delayed)\b")


def _moved_undated(kit: Kit, s: str, lang: Language) -> str | None:
    """"Beslutet om RUS har skjutits upp till mars 2022": a move of what the plan gives no day (the decision, the
    updated RUS) is said not to be in the material – neither confirmed nor made up – with what the plan does say:
    regionfullmäktige decides, the updated RUS is to be ready at the end of the year (b54 #96 got what RUS stands
    for)."""
    if (move := _MOVED.search(s) or _DELAYED.search(s)) is None or moved_step(kit, s) is not None:
        return None
    if not _UNDATED_MOVED.search(s) or any(
            i.first is not None and i.first.is_exact for i in _steps(kit, s[:move.start()])):
        return None     # a dated step told as moved is _moved's
    decision = next((i for i in kit.process.timeline if i.kind == "decision"), None)
    goal = kit.last_dated()
    if decision is None or goal.last is None:
        return None
    ready = format_fuzzy_at(goal.last, lang)
    board = _BOARD.search(s) is not None
    return t(lang, "Det står inte i underlaget att beslutet skulle ha skjutits upp, så det kan jag inte bekräfta. "
                   "Enligt tidplanen fattar regionfullmäktige (RF) det politiska beslutet"
                   + (" – inte regionstyrelsen –" if board else "") + f" och en uppdaterad RUS ska vara klar {ready}; "
                   "vad en ändrad tidplan skulle innebära vet jag inte, så fråga samordnarna.",
             "The material does not say the decision has been postponed, so I cannot confirm that. According to the "
             "timeline the regional council (RF) takes the political decision" + (" – not the regional board –"
                                                                                 if board else "")
             + f" and an updated RUS is to be ready {ready}; what a changed timeline would mean I don't know, so ask "
             "the coordinators.")


_AT_CONSULT = re.compile(r"\b(?:i samband med|under|vid|i|med|at|during|with|in) (?:the )?remiss\w*|"
                        r"\b(?:at|during|with|in) (?:the )?consultation\b")


# Input given by the asker ("lämna vårt inspel", "tycka till om", "submit our suggestions").
_GIVE_INPUT = re.compile(r"\b(?:inspel\w*|lamna\w*|tycka till|tycker till|foresla\w*|input|submit\w*|suggest\w*|"
                         r"propos\w*)\b")


def _what_at_consultation(kit: Kit, s: str, lang: Language) -> str | None:
    """"Vi lämnar vårt inspel om vad som ska uppdateras i samband med remissen i september, det är väl då?": what is
    to be updated is identified in phase 1 and checked with the partnership at its meeting; the consultation comes
    later, in phase 2, after the writing."""
    from rusbot.answers.timeline import item_when
    if not _WHAT_UPDATED.search(s) or not _AT_CONSULT.search(s) or _DECIDE.search(s) or not _GIVE_INPUT.search(s):
        return None
    p = kit.process
    meeting = next((i for i in p.timeline if i.kind == "meeting" and i.phase == "fas1"), None)
    item = p.consultation_item
    if meeting is None or item is None:
        return None
    return t(lang, f"Nej – vad som ska uppdateras identifieras i fas 1 och stäms av med partnerskapet "
                   f"({item_when(meeting, lang)}); remissen ({item_when(item, lang)}) kommer senare, i fas 2 efter "
                   "skrivfasen.",
             f"No – what is to be updated is identified in phase 1 and checked with the partnership "
             f"({item_when(meeting, lang)}); the consultation ({item_when(item, lang)}) comes later, in phase 2 "
             "after the writing.")


def _wish(kit: Kit, s: str, lang: Language) -> str | None:
    """"kommunerna bad om att remissen skulle avslutas i augusti", "ville ha kortare remisstid", "förlängts till
    november efter önskemål från kommunerna": the municipalities wished for a consultation through September."""
    if not _MUNICIPAL.search(s) or not _CONSULT.search(s) or not (_WISH.search(s) or "onskemal" in s):
        return None
    wished = kit.roles.get("kommunerna")
    item = kit.process.consultation_item
    if wished is None or item is None:
        return None
    months = {_MONTHS[m] for m in _MONTH.findall(s)}
    end = item.last.latest.month if item.last is not None else None
    if not (_SHORTER.search(s) or (months and end not in months)):
        return None     # "ville ha längre remisstid": longer than what, the material does not say
    said = lower_first(wished.text.get(lang).split(". ")[0].rstrip("."))
    if _LONGER.search(s):
        # "förlängts till november efter önskemål från kommunerna": a change after the plan is not what the plan can
        # refute, but the wish it names is in the material.
        return t(lang, f"Det står inte i underlaget att remisstiden har förlängts. {said[:1].upper() + said[1:]}, "
                       "enligt underlaget, och i tidplanen pågår remissen från "
                       f"{item.text.sv.split(' från ', 1)[-1].rstrip('.')}.",
                 "The material does not say that the consultation period has been extended. According to the "
                 f"material {said}, and in the timeline the consultation runs from "
                 f"{item.text.get('en').split(' from ', 1)[-1].rstrip('.')}.")
    lead = t(lang, f"Nej – {said}, enligt underlaget; i tidplanen pågår remissen från "
                   f"{item.text.sv.split(' från ', 1)[-1].rstrip('.')}.",
             f"No – {said}, according to the material; in the timeline the consultation runs from "
             f"{item.text.get('en').split(' from ', 1)[-1].rstrip('.')}.")
    return lead


def _no_date(kit: Kit, lang: Language) -> str:
    goal = kit.last_dated()
    ready = format_fuzzy_at(goal.last, lang) if goal.last is not None else ""
    return t(lang, f" Tidplanen anger inget datum för beslutet, bara att en uppdaterad RUS ska vara klar {ready}.",
             f" The timeline gives no date for the decision, only that an updated RUS is to be ready {ready}.")


def _after_council(kit: Kit, s: str, verb: re.Match[str], lang: Language) -> str:
    """" Efter beslutet i regionfullmäktige …" when another body is said to decide after the council ("fastställer
    RUS efter att regionfullmäktige behandlat den", b50 #61): what the timeline has after the decision."""
    if not (_AFTER.search(s[verb.end():verb.end() + 40]) and _COUNCIL.search(s[verb.end():verb.end() + 70])):
        return ""
    p = kit.process
    decision = next((i for i in p.timeline if i.kind == "decision"), None)
    if decision is None:
        return ""
    later = [i for i in p.timeline[kit.index[decision.id] + 1:]]
    if not later:
        return ""
    when = f" – {format_fuzzy(later[0].last, lang)}" if later[0].last is not None else ""
    return t(lang, f" Efter beslutet i regionfullmäktige har tidplanen bara **{later[0].name.sv}**{when}; något "
                   "godkännande eller fastställande därefter nämns inte.",
             f" After the council's decision the timeline has only **{later[0].name.get('en')}**{when}; no approval "
             "or sign-off after it is mentioned.")


# The partnership's responses as a whole, with no owner beside them ("remissvaren", "the responses").
_OTHERS_RESPONSES = re.compile(r"\b(?:remissvaren|svaren|the responses|all responses)\b(?!.{0,12}\b(?:vara|vart|"
                               r"sina|sitt|egna|our|own)\b)")


def _member_named(kit: Kit, s: str) -> bool:
    """A member other than a municipality or the region named in the (folded) text."""
    return any(re.search(rf"\b{re.escape(w)}", s) for o in kit.process.organisations
               if o.kind not in ("kommun", "region") for w in org_words(o))


def _decider(kit: Kit, s: str, lang: Language) -> str | None:
    """"regionstyrelsen tar slutligt beslut", "is taken by Länsstyrelsen", "länsstyrelsen ska godkänna", "Region
    Örebro län bestämmer allt": the partnership decides what is updated, regionfullmäktige takes the decision."""
    verb = _DECIDE.search(s) or _VOTE.search(s)
    if verb is None or _CHOICE.search(verb.group(0)):
        return None     # "tar regionstyrelsen eller regionfullmäktige beslutet?": a choice asked, no claim
    window = s[max(0, verb.start() - 30):verb.end() + 40]
    if _OWN_OBJECT.search(window) and not (_OTHERS_RESPONSES.search(window) and _member_named(kit, window)):
        # "kommunstyrelsen beslutar om vårt remissvar", "the response must be decided by our municipal council": the
        # organisation's own answer, not RUS. (Another member deciding on the responses without an owner – "ska
        # remissvaren beslutas av Länsstyrelsen innan RF?" – is a claim about the process, read on.)
        return None
    if (what := _WHAT_UPDATED.search(s)) is not None:
        # "det är regionfullmäktige som bestämmer vad som ska uppdateras": the partnership's part, claimed another's;
        # the body is the one before the verb that governs "vad som ska …" ("regionen bestämmer allt, men
        # partnerskapet bestämmer vad som ska uppdateras" claims the partnership's part for it, rightly).
        governing = next((v for v in reversed(list(_DECIDE.finditer(s))) if v.start() < what.start()), verb)
        near = s[max(0, governing.start() - 50):governing.start()]
        # (The body may stand after the verb too: "beslutade regionstyrelsen redan i våras vad som skulle ändras".)
        after = s[governing.end():what.start()]
        role = kit.roles.get(kit.rules.partnership_role or "")
        if role is None or any(w in f"{near} {after}" for w in ("partnerskap", "partnership")):
            return None
        # "det är RF-SISU och Handelskammaren som beslutar om vad som ska uppdateras": some members, claimed to
        # decide for the whole partnership.
        some = [o for o in kit.process.organisations if o.kind not in ("kommun", "region") and re.search(
            rf"\b{re.escape(folded(o.name.lower()))}", near)]
        if some:
            who = " och ".join(o.name for o in some) if lang == "sv" else " and ".join(o.name for o in some)
            return t(lang, f"Nej – inte bara {who}: {role.text.sv} I partnerskapet är samtliga medlemmar med: "
                           f"{_members(kit, lang)}.",
                     f"No – not only {who}: {role.text.get('en')} All its members take part: "
                     f"{_members(kit, lang)}.")
        if _PERSON.search(near):
            return t(lang, f"Nej – {role.text.sv}", f"No – {role.text.get('en')}")
        if not re.search(r"\b(?:regionfullmaktige|fullmaktige|rf|region\w*|lansstyrelsen|namnd\w*|politiker\w*|"
                         r"\w*styrelse\w*|regering\w*|government|council|board)\b", f"{near} {after}"):
            return None
        return t(lang, f"Nej – {role.text.sv}", f"No – {role.text.get('en')}")
    owner = kit.process.owner
    rf = t(lang, f"Nej – det politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige (RF) i {owner}, "
                 "efter politisk förankring i nämnderna",
           f"No – the political decision on the updated RUS is taken by the regional council (regionfullmäktige, RF) "
           f"of {owner}, after political anchoring in the committees")
    dated = bool(_MONTH.search(s) or _WHEN_WORD.search(s))
    name = _partnership_name(kit, lang)
    # The body said to decide stands next to the verb ("regionstyrelsen som tar beslut", "taken by Länsstyrelsen"),
    # not anywhere in the sentence ("… från vår kommunstyrelseordförande: länsstyrelsen ska godkänna …").
    near = s[max(0, verb.start() - 50):verb.end() + 40]
    for word, sv, en in _BODIES:
        if re.search(rf"\b{word}(?:n|rna|r|s)?\b", near):
            lead = rf + t(lang, f"; {sv} nämns inte i underlaget.", f"; the material does not mention {en}.")
            lead += _after_council(kit, s, verb, lang)
            if word.startswith("kommun") or en.startswith("the municipal"):
                # "… ska antas i kommunfullmäktige?": where the municipalities do come in (b45 #5).
                lead += t(lang, f" Kommunerna är med i {name}, som beslutar om vad som ska uppdateras och som "
                                "remissen går till.",
                          f" The municipalities are members of {name}, which decides what is to be updated and "
                          "which the consultation goes to.")
            return lead + (_no_date(kit, lang) if dated else "")
    for org in kit.process.organisations:
        if org.kind in ("kommun", "region"):
            continue
        if any(re.search(rf"\b{re.escape(w)}", near) for w in org_words(org)):
            lead = rf + t(lang, f", inte av {org.name}. {org.name} är med i {name}, som beslutar om vad som ska "
                                "uppdateras.",
                          f", not by {org.name}. {org.name} is a member of {name}, which decides what is to be "
                          "updated.")
            return lead + _after_council(kit, s, verb, lang) + (_no_date(kit, lang) if dated else "")
    if _PERSON.search(s[max(0, verb.start() - 50):verb.start()]):
        role = kit.roles.get(kit.rules.partnership_role or "")
        if role is not None:
            return rf + t(lang, f". {role.text.sv}", f". {role.text.get('en')}")
    if "region" in s and _EVERYTHING.search(s):
        role = kit.roles.get(kit.rules.partnership_role or "")
        if role is None:
            return None
        return t(lang, f"Nej – inte allt: {role.text.sv} Samtliga kommuner är med i partnerskapet. Det "
                       "politiska beslutet fattas av regionfullmäktige (RF).",
                 f"No – not everything: {role.text.get('en')} All the municipalities are in the "
                 "partnership. The political decision is taken by the regional council (RF).")
    return None


# "länsstyrelsen leder arbetet med RUS", "Handelskammaren is running the update": someone said to lead the work.
_LEADS = re.compile(r"\b(?:leder|leds|ledas|driver|drivs|ansvarar for|har ansvaret for|ager|leads?|leading|is led|"
                    r"runs?|running|(?:is|are) in charge of|owns?)\b(?:\s+av|\s+by)?\s+(?:\w+\s+){0,2}?"
                    r"(?:arbetet|uppdateringen|processen|oversynen|rus|the (?:work|update|process|review))\b")


def _leader(kit: Kit, s: str, lang: Language) -> str | None:
    """"Stämmer det att det är länsstyrelsen som leder arbetet med RUS?": a member said to lead the work. The plan
    says whose mandate the review is and names the others as members of the partnership; a leader it does not name
    (b42 #22)."""
    if (verb := _LEADS.search(s)) is None:
        return None
    near = s[max(0, verb.start() - 50):verb.end() + 40]
    given = next((f for f in kit.process.facts if f.topic == "mandate" and "uppdrag" in folded(f.text.sv.lower())),
                 None)
    if given is None:
        return None
    name = _partnership_name(kit, lang)
    for org in kit.process.organisations:
        if org.kind == "region":
            continue        # the owner's own leadership gave the mandate: no claim to correct
        if any(re.search(rf"\b{re.escape(w)}", near) for w in org_words(org)):
            return t(lang, f"Nej – det står inte i underlaget att {org.name} leder arbetet: "
                           f"{lower_first(given.text.sv)} {org.name} är en av medlemmarna i {name}.",
                     f"No – the material does not say that {org.name} leads the work: "
                     f"{lower_first(given.text.get('en'))} {org.name} is one of the members of {name}.")
    return None


_FINAL = re.compile(r"\b(?:slutlig\w*|slutgiltig\w*|final\w*|politisk\w*|political|anta\w*|adopt\w*|faststall\w*|"
                    r"regionfullmaktige|fullmaktige|council)\b")


_COUNCIL_SUBJECT = re.compile(r"\b(?:regionfullmaktige|fullmaktige|rf(?! ?sisu)|(?:regional )?council)\b")


def _council_decides(rest: str) -> bool:
    """A later deciding verb whose subject is the council ("… men det är väl ändå regionfullmäktige som bestämmer?",
    "but surely it is the council that decides"): the asker claims the council decides."""
    for verb in _DECIDE.finditer(rest):
        subject = rest[max(0, verb.start() - 40):verb.start()]
        if _COUNCIL_SUBJECT.search(subject) and not re.search(r"partnerskap|partnership", subject):
            return True
    return False


# The updated strategy as what is decided ("om den uppdaterade RUS:en", "on the new RUS").
_RUS_OBJECT = re.compile(r"\s*(?:(?:val|ju|nog|alltsa|really|actually) )?(?:om|on|about)?\s*(?:den |det |the )?"
                         r"(?:uppdaterade |nya |updated |new )?(?:rus\w*|strategi\w*|strategy)\b")


def _partnership_adopts(kit: Kit, s: str, lang: Language) -> str | None:
    """"det är partnerskapet som tar det slutliga beslutet om RUS i regionfullmäktige": the partnership decides what
    is updated; the final, political decision is regionfullmäktige's (b41 #71, b42 #29)."""
    verb = _DECIDE.search(s)
    # (The strategy itself as the object – "partnerskapet beslutar om den uppdaterade RUS:en i november" – claims the
    # decision as much as "slutligt" does, b75 #79.)
    if verb is None or _CHOICE.search(verb.group(0)) or _WHAT_UPDATED.search(s) or not (
            _FINAL.search(s) or _RUS_OBJECT.match(s[verb.end():])):
        return None
    # The partnership as the verb's subject: before it, or right after it when the verb opens a question ("Antar
    # partnerskapet väl …?").
    # (So also after a question word: "När beslutar partnerskapet i fullmäktige?", b41 #85.)
    opens = verb.start() <= 3 or re.fullmatch(r"\W*(?:nar|when|hur|how|var|where)\s+", s[:verb.start()])
    subject = s[verb.end():verb.end() + 20] if opens else s[max(0, verb.start() - 40):verb.start()]
    if not re.search(r"\bpartnerskap\w*|\bpartnership\b", subject):
        return None
    if not _FINAL.search(s) and not opens and not re.search(
            r"\b(?:partnerskap\w*|partnership)\s+(?:(?:som|that|who|val|ju|nog|ska|skall|will|should|shall)\s+)*$",
            subject):
        return None     # (RUS as the object only: the partnership must be the verb's own subject, not "… avstämningen
        #                 med partnerskapet och att regionstyrelsen tar beslut om RUS", b51 #42)
    role = kit.roles.get(kit.rules.partnership_role or "")
    if role is None:
        return None
    owner = kit.process.owner
    if _council_decides(s[verb.end():]):
        # "Partnerskapet sägs besluta – men det är väl ändå fullmäktige som bestämmer?": the partnership's deciding
        # reported, the asker's own claim the council's – true, so agreed with, never a "Nej" before the same fact
        # (b66 #63).
        return t(lang, f"Ja – regionfullmäktige (RF) i {owner} fattar det slutliga, politiska beslutet om den "
                       f"uppdaterade RUS. {role.text.sv}",
                 f"Yes – the regional council (regionfullmäktige, RF) of {owner} takes the final, political decision "
                 f"on the updated RUS. {role.text.get('en')}")
    return t(lang, f"Nej – det slutliga, politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige (RF) i "
                   f"{owner}, inte av partnerskapet. {role.text.sv}",
             f"No – the final, political decision on the updated RUS is taken by the regional council "
             f"(regionfullmäktige, RF) of {owner}, not by the partnership. {role.text.get('en')}") + (
        _no_date(kit, lang) if _MONTH.search(s) or _WHEN_WORD.search(s) else "")


def _new_strategy(kit: Kit, s: str, lang: Language) -> str | None:
    """"det är en helt ny strategi som tas fram": the mandate is updates to the current RUS, its structure kept."""
    from rusbot.answers.answerers.premise import _NEW_RUS, new_rus_fix
    if ("ny" not in s and "new" not in s and "struktur" not in s and "structur" not in s) or not _NEW_RUS.search(s):
        return None
    return new_rus_fix(kit, lang)


def _steps(kit: Kit, s: str) -> list[TimelineItem]:
    from rusbot.answers.answerers.premise import named_steps
    return named_steps(kit, s)


def _order(kit: Kit, s: str, lang: Language) -> str | None:
    """"Politisk förankring sker väl före remissen?", "remissvaren går direkt till RF", "partnerskapet har ingen roll
    efter remissen": the timeline's order says otherwise."""
    p = kit.process
    item = p.consultation_item
    if item is None:
        return None
    at = kit.index[item.id]
    after = [i for i in p.timeline[at + 1:] if i.kind in ("step", "decision")]
    chain = ", ".join(lower_first(i.name.get(lang)) for i in after[:-1])
    last = lower_first(after[-1].name.get(lang)) if after else ""
    direct = _DIRECT.search(s)
    if _CONSULT.search(s) and direct and _COUNCIL.search(s):
        return t(lang, f"Nej – inte direkt: efter remissen kommer enligt tidplanen {chain} och först därefter {last}.",
                 f"No – not directly: after the consultation the timeline has {chain}, and only then the {last}.")
    if _CONSULT.search(s) and direct and _LATER_STEP.search(s[direct.end():direct.end() + 30]):
        # "efter remissen skickas texten direkt till nämnderna": the anchoring with the partnership comes between.
        return t(lang, f"Nej – inte direkt: efter remissen kommer enligt tidplanen {chain} och först därefter {last}.",
                 f"No – not directly: after the consultation the timeline has {chain}, and only then the {last}.")
    if _CONSULT.search(s) and direct and (body := next((b for b in _BODIES if re.search(
            rf"\b{b[0]}(?:n|rna|r|s)?\b", s[direct.start():])), None)) is not None:
        # "texten går direkt till regionstyrelsen efter remissen" (b49 #81): another body than the plan's, straight.
        return t(lang, f"Nej – inte direkt: efter remissen kommer enligt tidplanen {chain} och först därefter {last}; "
                       f"{body[1]} nämns inte i underlaget.",
                 f"No – not directly: after the consultation the timeline has {chain}, and only then the {last}; "
                 f"the material does not mention {body[2]}.")
    if ("partnerskap" in s or "partnership" in s) and ((_CONSULT.search(s) and _AFTER.search(s) and (
            _NOT_AGAIN.search(s))) or (_NOT_SEEN.search(s) and (b := _BEFORE.search(s)) is not None
                                       and _LATER_STEP.search(s[b.end():b.end() + 40]))):
        # "partnerskapet behöver inte se texten igen efter remissen", "the partnership won't see it again": the
        # plan anchors the updates with the partnership after the consultation (b49 #81).
        anchoring = next((i for i in after if "partnerskap" in folded(i.name.sv.lower())), None)
        if anchoring is None:
            return None
        return t(lang, f"Nej – efter remissen och skrivfasen kommer {lower_first(anchoring.name.sv)}: "
                       f"{lower_first(anchoring.text.sv)}",
                 "No – after the consultation and the writing phase comes the "
                 f"{lower_first(anchoring.name.get('en'))}: {lower_first(anchoring.text.get('en'))}")
    if ("partnerskap" in s or "partnership" in s) and _CONSULT.search(s) and _AFTER.search(s) and _NO_ROLE.search(
            s) and _ROLE.search(s):
        anchoring = next((i for i in after if "partnerskap" in folded(i.name.sv.lower())), None)
        if anchoring is None:
            return None
        return t(lang, f"Nej – efter remissen och skrivfasen kommer {lower_first(anchoring.name.sv)}: "
                       f"{lower_first(anchoring.text.sv)}",
                 "No – after the consultation and the writing phase comes the "
                 f"{lower_first(anchoring.name.get('en'))}: {lower_first(anchoring.text.get('en'))}")
    before = _BEFORE.search(s)
    if before is None:
        return None
    head, tail = _steps(kit, s[:before.start()]), _steps(kit, s[before.end():])
    if len(head) != 1 or len(tail) != 1 or head[0] is tail[0]:
        return None
    first, then = head[0], tail[0]
    if kit.index[first.id] < kit.index[then.id]:
        return None     # right as claimed: the answerer says so
    between = [i for i in p.timeline[kit.index[then.id] + 1:kit.index[first.id]] if i.kind in ("step", "decision")]
    via = t(lang, ", följt av " if between else "", ", followed by " if between else "") + ", ".join(
        lower_first(i.name.get(lang)) for i in between)
    return t(lang, f"Nej – enligt tidplanen kommer {lower_first(then.name.sv)} först{via}, och därefter "
                   f"{lower_first(first.name.sv)}.",
             f"No – according to the timeline the {lower_first(then.name.get('en'))} comes first{via}, and then the "
             f"{lower_first(first.name.get('en'))}.")


def _vote(kit: Kit, s: str, lang: Language) -> str | None:
    """"partnerskapet ska rösta om RUS i fullmäktige", "partnerskapet röstar om den slutliga RUS:en": the partnership
    is officials and decides what is updated; the political decision is the council's."""
    council = _COUNCIL.search(s)
    if not (("partnerskap" in s or "partnership" in s) and _VOTE.search(s) and (
            council or re.search(r"\b(?:slutlig\w*|final)\b", s))):
        return None
    unsaid = t(lang, "Att partnerskapet röstar i fullmäktige står inte i underlaget." if council else
               "Att partnerskapet röstar om den slutliga RUS står inte i underlaget.",
               "The material does not say the partnership votes in the council." if council else
               "The material does not say the partnership votes on the final RUS.")
    return t(lang, f"Nej – partnerskapet består av tjänstepersoner och beslutar om vad som ska uppdateras; det "
                   f"politiska beslutet fattas av regionfullmäktige (RF) i {kit.process.owner}, efter politisk "
                   f"förankring i nämnderna. {unsaid}",
             f"No – the partnership is made up of officials and decides what is to be updated; the political "
             f"decision is taken by the regional council (regionfullmäktige, RF) of {kit.process.owner}, after "
             f"political anchoring in the committees. {unsaid}")


def _period(kit: Kit, s: str, lang: Language) -> str | None:
    """"strukturfondernas programperiod är 2020–2026": a year range the material gives an event, claimed other."""
    found = _RANGE.search(s.replace("–", "-"))
    if found is None:
        return None
    claimed = (found.group(1), found.group(2))
    for driver in kit.process.drivers:
        said = _RANGE.search(driver.text.sv.replace("–", "-"))
        if said is None or (said.group(1), said.group(2)) == claimed:
            continue
        words = [w for w in re.findall(r"\w+", folded(driver.text.sv.lower())) if len(w) >= 8]
        if any(w[:9] in s for w in words):
            return t(lang, f"Nej – enligt underlaget: **{driver.text.sv}**.",
                     f"No – according to the material: **{driver.text.get('en')}**.")
    return None


def _consult_months(kit: Kit, s: str, lang: Language) -> str | None:
    """"remissperioden löper från maj till och med augusti": months the consultation is said to run, not its own."""
    item = kit.process.consultation_item
    if item is None or item.first is None or item.last is None or not re.search(
            r"\bremiss(?:period\w*|tid\w*|en)?\b|\bconsultation\b", s) or _WISH.search(s):
        return None
    if _LONGER.search(s) or re.search(r"\b(?:flytta\w*|skjut\w*|andra\w*|moved|postponed|changed)\b", s):
        return None     # "har remissen förlängts till oktober?": what changed after the plan it cannot refute
    # The months said of the consultation follow its word ("Jag satt med i januari när … remissen måste gå hela
    # september" dates the meeting, not the consultation).
    s = s[re.search(r"\bremiss|\bconsultation", s).start():]  # type: ignore[union-attr]
    first, last = item.first.earliest.month, item.last.latest.month
    span = _SPAN.search(s)
    if span is not None:
        # "från maj till och med augusti": a period claimed is wrong when either end is.
        if (_MONTHS[span.group(1)], _MONTHS[span.group(2)]) == (first, last):
            return None
    elif not any(not first <= _MONTHS[m] <= last for m in _MONTH.findall(s)):
        return None     # "pågår remissen i juli och augusti?": months inside it are right, as far as they go
    return t(lang, f"Nej – enligt tidplanen pågår remissen från {item.text.sv.split(' från ', 1)[-1].rstrip('.')}.",
             f"No – according to the timeline the consultation runs from "
             f"{item.text.get('en').split(' from ', 1)[-1].rstrip('.')}.")


# A dated step told as falling in another month than its own ("det var i april vi hade avstämningen", "vi ska få den
# på remiss i augusti"): in a long message beside another claim this premise was left standing (b51 #3, #42).
# The consultation's month is its opening's only when a verb of sending or getting tells its start ("pågår remissen
# i augusti?" is right as far as it goes; the last day has _last_day).
_STARTS = re.compile(r"\b(?:fa|far|fick|kommer|kom|gar ut|gick ut|skickas|skickades|skickar|oppnar|oppnas|startar|"
                     r"borjar|landar|pa remiss|ut pa remiss|goes out|went out|sent out|is sent|opens|opened|starts|"
                     r"started|begins|began|get|receive|comes out)\b")
_BETWEEN_ORDER = re.compile(r"\b(?:efter|fore|innan|after|before|sedan|sen|then|eller|or)\b")


def _step_month(kit: Kit, s: str, lang: Language) -> str | None:
    from rusbot.answers.timeline import item_when
    if _MOVED.search(s) or _WISH.search(s) or _LONGER.search(s) or _CHOICE.search(s):
        return None
    steps = _steps(kit, s)
    if len(steps) != 1 or (item := steps[0]).first is None or item.last is None:
        return None
    word = next(w for w, i in _STEP_WORDS_OF(kit) if i is item and w in s)
    at = s.index(word)
    consultation = item is kit.process.consultation_item
    if consultation and not _STARTS.search(s):
        return None
    own = item.first.earliest.month
    if not consultation and item.last.latest.month != own:
        return None     # a step over several months: a month inside it is no claim against it
    for m in _MONTH.finditer(s):
        near = s[min(m.start(), at):max(m.end(), at + len(word))]
        if _MONTHS[m.group(1)] == own or len(near) > 45 or _BETWEEN_ORDER.search(near):
            continue
        said = item_when(item, lang) or ""
        month = m.group(1) if lang == "sv" else _MONTH_NAMES_EN[_MONTHS[m.group(1)] - 1]
        if consultation:
            start, _, end = said.partition(" – ")
            return t(lang, f"Nej – enligt tidplanen går remissen ut i {start} och pågår till och med {end}, "
                           f"inte från {month}.",
                     f"No – according to the timeline the consultation goes out in {start} and runs through {end}, "
                     f"not from {month}.")
        return t(lang, f"Nej – **{item.name.get(lang)}** är enligt tidplanen den {said}, inte i {month}.",
                 f"No – the **{lower_first(item.name.get(lang))}** is on {said} according to the timeline, "
                 f"not in {month}.")
    return None


def _STEP_WORDS_OF(kit: Kit) -> list[tuple[str, TimelineItem]]:
    from rusbot.answers.answerers.premise import _STEP_WORDS
    return [(w, kit.items[i]) for w, i in _STEP_WORDS if i in kit.items]


# The consultation's last day named ("sista dag är 31 oktober", "remisstiden går ut 15 september", "vi har ju till
# 31 oktober", "the deadline is 15 October", "closes at the end of August"): the date follows the word closely.
_LAST_DAY_WORD = re.compile(r"\b(?:sista (?:dag\w*|svarsdag\w*|datum\w*)|deadline\w*|remisstid\w* (?:gar|gick) ut|"
                            r"(?:stanger|stangs|stangde|stangt|closes|closed|closing|ends|ended|is due|are due|due)|"
                            r"(?:ska|skall|maste) (?:vara )?(?:inne|inlamna\w*|inskicka\w*)|"
                            # "ska lämnas senast …", "måste vi svara senast …" – not "vi skickar in senast …", a plan.
                            r"(?:ska|skall|maste|behover) (?:\w+ ){0,3}?senast|"
                            r"(?:har|hade) (?:ju |val |bara )?(?:tid )?(?:till|fram till)|last day|final day|"
                            r"(?:hinner|hinna) (?:\w+ ){0,2}?(?:svara|lamna|skicka)\w*(?: in)? (?:till|fram till)|"
                            # "members could comment until December", "vi får lämna synpunkter fram till november": a
                            # response said to be open until a day told (b65 #85).
                            r"(?:comment|respond|reply|submit|answer|svara|tycka till|lamna (?:\w+ ){0,2}?"
                            r"(?:synpunkter|remissvar|svar|svaret))\w* (?:\w+ ){0,3}?(?:until|till|up to|fram till|"
                            r"anda till|anda fram till|through))\b"
                            r"(?:\s+(?:\w+|\d+:?\d*)){0,5}?\s+(?:den |the |on |pa |i |in |vid |at |(?:the )?end of |"
                            r"slutet av |sista )?(?:(\d{1,2})(?:e|a|st|nd|rd|th)?\.? (" + "|".join(_MONTHS) + r")|(" +
                            "|".join(_MONTHS) + r")(?: (\d{1,2})(?:st|nd|rd|th)?)?)\b")
_RESPONSE_WORD = re.compile(r"\bremiss\w*|\bconsultation\b|\bsvar\w*|\brespon\w*|\bdeadline|\bcomment\w*|\bsynpunkt")
_NOT_THE_PLAN = re.compile(r"\b(?:anstand\w*|extension\w*|forlang\w*|flytta\w*|skjut\w*|extended|moved|"
                           r"postpon\w*|namnd\w*|ks|kommunstyrelse\w*|sammantrad\w*|mote\w*|meeting\w*|"
                           r"efter|after|inspel\w*|input)\b")


_MONTH_NAMES = "januari februari mars april maj juni juli augusti september oktober november december".split()
_MONTH_NAMES_EN = ("January February March April May June July August September October November December").split()


def _last_day(kit: Kit, s: str, lang: Language) -> str | None:
    """"sista dag är 31 oktober", "vi har ju till 20 oktober", "is the deadline 15 October": the consultation's
    last day claimed other than the plan's (b49 #44, #66: the right day stood only in a later paragraph)."""
    item = kit.process.consultation_item
    if item is None or not _RESPONSE_WORD.search(s) or (found := _LAST_DAY_WORD.search(s)) is None:
        return None
    if _NOT_THE_PLAN.search(s[max(0, found.start() - 40):found.end() + 10]):
        return None     # an extension, a board's meeting or a day after the plan's: not the plan's last day claimed
    last = kit.consultation_parts()[3]
    if last is None:
        return None
    day = found.group(1) or found.group(4)
    month = _MONTHS[found.group(2) or found.group(3)]
    if day is not None:
        try:
            claimed = dt.date(last.year, month, int(day))
        except ValueError:
            return None
        if claimed == last or (claimed < last and found.group(0).startswith("hinn")):
            return None     # ("hinner vi till 20 september?": there is time, which is no wrong last day)
        named = t(lang, f"den {format_date(claimed, lang)}", format_date(claimed, lang))
    else:
        if month == last.month or (month < last.month and found.group(0).startswith("hinn")):
            return None
        named = f"{t(lang, _MONTH_NAMES[month - 1], _MONTH_NAMES_EN[month - 1])} {last.year}"
        if re.search(r"\b(?:sista|slutet av|end of)\s+\w+$", found.group(0)):
            named = t(lang, f"slutet av {named}", f"the end of {named}")    # "sista augusti", "end of August"
    assert item.first is not None
    return t(lang, f"Nej – sista dagen för remissen är {format_date(last, lang, weekday=True)}, inte {named}; enligt "
                   f"tidplanen pågår remissen från {format_fuzzy(item.first, lang)} till och med den dagen.",
             f"No – the consultation's last day is {format_date(last, lang, weekday=True)}, not {named}; according "
             f"to the timeline it runs from {format_fuzzy(item.first, lang)} through that day.")


# "RD i KC/RD = regionfullmäktige?", "står RD för regionfullmäktige?", "does RD stand for …": an abbreviation's
# expansion guessed.
_EXPANDS = re.compile(r"=|\bstar\b.*\bfor\b|\bbetyder\b|\bstands? for\b|\bmeans?\b|\bforkortning\w*|"
                      r"\babbreviat\w*|\bsamma (?:sak )?som\b|\bsame as\b")


def _expands(s: str) -> bool:
    """Whether `_EXPANDS` finds anything, the pattern read only when a word one of its readings needs is there:
    with its leading "=" and word boundaries the regex engine has no literal to skip ahead by, and tries every
    reading at every letter of nearly every message (a few µs each)."""
    return ("=" in s or "star" in s or "betyder" in s or "stand" in s or "mean" in s or "forkortning" in s
            or "abbreviat" in s or "samma" in s or "same as" in s) and _EXPANDS.search(s) is not None


_SHORTS: dict[int, tuple[dict[str, str], list[str]]] = {}


def _shorts(kit: Kit) -> tuple[dict[str, str], list[str]]:
    """The process file's abbreviations: long form → short ("regionfullmäktige" → "RF"), and the short names
    it gives no long form ("KC/RD"); once per process."""
    if (known := _SHORTS.get(id(kit.process))) is not None:
        return known
    longs: dict[str, str] = {}
    for role in kit.process.roles:
        for found in re.finditer(r"(\w+) \(([A-ZÅÄÖ][A-ZÅÄÖ/-]+)\)", role.name.sv):
            longs[found.group(1)] = found.group(2)
    bare = [r.name.sv for r in kit.process.roles if re.fullmatch(r"[A-ZÅÄÖ]+/[A-ZÅÄÖ]+", r.name.sv)]
    _SHORTS[id(kit.process)] = (longs, bare)
    return longs, bare


def _abbreviation(kit: Kit, s: str, lang: Language) -> str | None:
    """An abbreviation said to stand for a body the material abbreviates otherwise: what it does say."""
    if not _expands(s):
        return None
    longs, bare = _shorts(kit)
    words = set(re.findall(r"\w+", s))
    for long, short in longs.items():
        if folded(long.lower()) in words and folded(short.lower()) not in words:
            unknown = [b for b in bare if folded(b.lower()) in s]
            lead = t(lang, f"Det har underlaget inget stöd för: där förkortas {long.lower()} {short}.",
                     f"The material gives no ground for that: there {long.lower()} is abbreviated {short}.")
            if unknown:
                lead += t(lang, f" Vad {unknown[0]} står för förklaras inte i underlaget.",
                          f" The material does not say what {unknown[0]} stands for.")
            return lead
    return None


# The text said to be finished already, or the consultation said to be only for show ("regionen har redan skrivit
# klart den nya RUS:en", "remissen är bara för syns skull", "it's already been written and the consultation is a
# formality", b66 #47).
_ALREADY_DONE = re.compile(r"\bredan (?:\w+ ){0,3}?(?:skriv\w*|klar\w*|fardig\w*|spikad?\w*)|"
                           r"\balready (?:\w+ ){0,3}?(?:written|drafted|finished|done|finali[sz]ed)|"
                           r"\b(?:for syns skull|for formens skull|formalitet\w*|for show|formality|rubber.?stamp\w*|"
                           r"window dressing|done deal|spelar (?:ingen|inte nagon) roll|doesn.?t matter|"
                           r"(?:ingen|inte) (?:\w+ )?(?:bryr sig|lyssnar)|nobody (?:reads|listens))")


def _for_show(kit: Kit, s: str, lang: Language) -> str | None:
    """"Jag har hört att regionen redan skrivit klart den nya RUS:en och att remissen bara är för syns skull": the
    plan has the partnership deciding what is updated, and after the consultation a further writing phase and the
    anchoring with the partnership before the political steps – neither a finished text nor a consultation for show.
    How far the writing has come the bot does not know, and says so."""
    if not any(w in s for w in ("redan", "already", "syns skull", "formens", "formalit", "show", "rubber", "window",
                                "done deal", "roll", "matter", "bryr", "lyssnar", "listens")):
        return None
    from rusbot.answers.remiss_parts import _FORMALITY
    if _FORMALITY.search(s):
        return None     # "… redan bestämt allt och remissen bara en formalitet": remiss_parts.formality's (b57 #75)
    if (found := _ALREADY_DONE.search(s)) is None or not (_CONSULT.search(s) or re.search(
            r"\b(?:rus\w*|strategi\w*|strategy|text\w*|uppdatering\w*|update\w*)\b", s)):
        return None
    if re.search(r"\b(?:remissvar\w*|svar\w*|response\w*|inspel\w*|input)\b",
                 s[max(0, found.start() - 30):found.end()]):
        return None     # "vi har redan skrivit klart vårt remissvar": the asker's own answer, no claim about RUS
    p = kit.process
    role = kit.roles.get(kit.rules.partnership_role or "")
    item = p.consultation_item
    if role is None or item is None:
        return None
    after = [i for i in p.timeline[kit.index[item.id] + 1:] if i.kind in ("step", "decision")]
    chain = join_list([lower_first(i.name.get(lang)) for i in after[:3]], lang)
    return t(lang, f"Nej – det stämmer inte med underlaget. {role.text.sv} Efter remissen kommer enligt tidplanen "
                   f"{chain}; remissvaren kommer alltså före den fortsatta skrivfasen. Hur långt skrivandet har kommit "
                   "i dag vet jag inte – jag känner bara tidplanen.",
             f"No – that does not match the material. {role.text.get('en')} After the consultation the timeline has "
             f"{chain}; the responses come before the further writing. How far the writing has come today I don't "
             "know – I only know the timeline.")


_SLOTS: tuple[Callable[[Kit, str, Language], str | None], ...] = (
    _wish, _partnership_adopts, _decider, _leader, _recipients, _excluded, _moved, _moved_undated,
    _what_at_consultation, _vote, _order, _period, _consult_months, _abbreviation, _for_show, _new_strategy)
# Every slot needs one of these in its sentence: most messages are spared the reading.
_CHEAP = any_of(("remiss", "consultation", "comment", "synpunkt", "redan", "already", "syns skull", "formalit",
                 "for show", "avstamning", "checkin", "check in", "sista dag",
                 "deadline", "due",
                 "clos", "stang", "senast", "har till", "fram till", "last day", "sign", "sista ordet", "final say",
                 "last word", "final word", "hinn", "skriv", "underteckn", "beslut", "bestam", "godkan", "faststall",
                 "klubba", "decid", "decision", "approv", "adopt", "antar", "antas", "anta ", "fore", "innan",
                 "before", "rost", "vote", "20", "roll", "role", "=", "star", "betyder", "stand", "mean", "forkort",
                 "abbrev", "samma", "same", "helt ny", "ny rus", "ny struktur", "nya mal", "new rus", "new strat",
                 "new struct", "new goal", "brand new", "brandnew", "struktur", "structur", "inte med", "includ",
                 "inklud", "ingar", "exclud", "left out", "utanfor", "utesl", "exklud", "not part", "not member",
                 "observ",
                 "gast", "guest", "adjung", "forsena", "delayed", "not a member", "flytt", "moved", "postpon",
                 "resched", "skjut", "senarelag", "tidigarelag", "leder", "leds", "driver", "ansvar", "lead",
                 "in charge", "running", "i partnerskapet", "in the partnership", "of the partnership"))


# "Har Länsstyrelsen någon beslutande roll?", "does the County Administrative Board have any decision-making role":
# asked, not claimed, of a member organisation.
_DECIDING_ROLE = re.compile(r"\bbeslut\w* roll\w*|\broll\w* i beslut\w*|\bdecision[- ]?making (?:role|power)|"
                            r"\brole in (?:the )?decision")


def _deciding_role(kit: Kit, s: str, lang: Language) -> str | None:
    """What the material gives a member organisation asked about: a seat in the partnership, no decision of its own."""
    if not _DECIDING_ROLE.search(s):
        return None
    for org in kit.process.organisations:
        if org.kind in ("kommun", "region"):
            continue
        if any(w in s for w in org_words(org)):
            name = _partnership_name(kit, lang)
            return t(lang, f"Underlaget ger inte {org.name} någon egen beslutande roll: {org.name} är med i {name}, "
                           "som beslutar om vad som ska uppdateras, och det politiska beslutet fattas av "
                           f"regionfullmäktige (RF) i {kit.process.owner}.",
                     f"The material gives {org.name} no decision-making role of its own: {org.name} is a member of "
                     f"{name}, which decides what is to be updated, and the political decision is taken by the "
                     f"regional council (regionfullmäktige, RF) of {kit.process.owner}.")
    return None


# What a question asks the decision of: the strategy or its decision ("När ska länsstyrelsen anta RUS?").
_OF_RUS = re.compile(r"\b(?:rus\w*|strategi\w*|strategy|uppdatering\w*|update\w*|slutlig\w*|final|beslutet|fullmaktige|"
                     r"the decision)\b")
# Not a premise: who is asked ("vem beslutar?"), a decision besides the council's ("ska kommunstyrelsen också anta
# RUS?" – the material does not say; that is said elsewhere), a municipal body (the same), or an outcome asked ("Did
# the partnership approve the final draft?" – what happened the bot does not know).
_NOT_PREMISE = re.compile(r"\b(?:vem|vilka|vilken|who|which|ocksa|aven|also|too|dessutom|kommun\w*|municipal\w*|"
                          r"did|has|have|had|har|hade|tog|beslutade|godkande|antog|fattade|bestamde|rostade|voted|"
                          r"approved|adopted|decided|took)\b")
_ASKED_PARTS = re.compile(r",|;|:|\s(?:och|and|samt)\s")


# The council, by any name a message gives it, as one option of a choice.
_COUNCIL_OPTION = re.compile(r"\b(?:regionfullmaktige|fullmaktige|rf(?! ?sisu)|(?:regional |full )?council|"
                             r"(?:full |general )?assembly)\b")
# (Also the regional board _moved_undated reads: a narrower pattern of the same name there was shadowed by this one.)
_BOARD = re.compile(r"\b(?:regionstyrelse\w*|styrelse\w*|region.?s board|regional (?:executive )?board|"
                    r"executive board|the board)\b")


def _chosen_body(kit: Kit, s: str, lang: Language) -> str | None:
    """"Will it be decided by the Region's board or by the full assembly?", "Beslutar regionstyrelsen eller
    fullmäktige?": a choice between the council and another body – the council, and the other named for what the
    material says of it (b40 #53)."""
    if not _CHOICE.search(s) or not (_DECIDE.search(s) or re.search(r"\bdecided\b", s)) or not _COUNCIL_OPTION.search(
            s) or _WHAT_UPDATED.search(s):
        return None
    owner = kit.process.owner
    other_sv = other_en = None
    if _BOARD.search(s):
        other_sv, other_en = "regionstyrelsen nämns inte i underlaget", "the material does not mention the board"
    else:
        for org in kit.process.organisations:
            if org.kind not in ("kommun", "region") and any(re.search(rf"\b{re.escape(w)}", s) for w in org_words(org)):
                other_sv = f"{org.name} är med i {_partnership_name(kit, 'sv')}, som beslutar om vad som ska uppdateras"
                other_en = (f"{org.name} is a member of {_partnership_name(kit, 'en')}, which decides what is to be "
                            "updated")
                break
    if other_sv is None:
        return None
    return t(lang, f"Regionfullmäktige: det politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige (RF) "
                   f"i {owner}, efter politisk förankring i nämnderna; {other_sv}.",
             f"The regional council (regionfullmäktige, RF), the full assembly, takes the political decision on the "
             f"updated RUS in {owner}, after political anchoring in the committees; {other_en}.")


def _asked_premise(kit: Kit, s: str, lang: Language) -> str | None:
    """A question that takes for granted a decision the material gives another body ("När beslutar partnerskapet i
    fullmäktige?", "Does the university get to vote on the final strategy?", "När ska länsstyrelsen anta RUS?"):
    the same correction as for a claim. Only a body named as the decider, in a part of the question of its own, is
    read so: "vem beslutar?" names none, and "regionstyrelsen eller regionfullmäktige?" is a choice asked."""
    for part in (p.strip() for p in _ASKED_PARTS.split(s)):
        if _CHOICE.search(part) or not _OF_RUS.search(part) or _NOT_PREMISE.search(part):
            continue
        if (found := _partnership_adopts(kit, part, lang) or _vote(kit, part, lang)) is not None:
            return found
        if _COUNCIL.search(part) and not _WHAT_UPDATED.search(part):
            continue        # the council named beside another body: a comparison, not a premise
        if (found := _decider(kit, part, lang)) is not None:
            return found
    return None


_WE = re.compile(r"\b(?:vi|we|us|oss)\b")
_OUR_FIRST = re.compile(r"\W*vår\b", re.IGNORECASE)
_WHERE_FIRST = re.compile(r"^(\W*)var\b")


def _speaks_for(kit: Kit, message: str) -> str | None:
    """The one member, other than a municipality or the region, a message that speaks as "vi"/"we" names ("Hej!
    Länsstyrelsen här …", "Vi på Handelskammaren …"): its name as the message folds it; None when it names none or
    several."""
    if not _WE.search(message):
        return None
    named = [o for o in kit.process.organisations if o.kind not in ("kommun", "region") and any(
        re.search(rf"\b{re.escape(w)}", message) for w in org_words(o))]
    return org_words(named[0])[0] if len(named) == 1 else None


def lead(kit: Kit, text: str, lang: Language) -> str | None:
    """"Nej – …" for the first claim of the message the process file contradicts; None when there is none."""
    found = leads(kit, text, lang)
    return found[0] if found else None


# "efter det", "after that": a pronoun pointing back at what the sentence before named.
_AFTER_IT = re.compile(r"\b(efter|after) (?:det|den|detta|that|it|this)\b")


def leads(kit: Kit, text: str, lang: Language) -> list[str]:
    """"Nej – …" for each claim of the message the process file contradicts, in the message's order: "länsstyrelsen
    ska fatta beslut i maj, och det är en helt ny strategi" holds two, and each is answered (b37 #61)."""
    message = folded(text)
    # (The "?" before the pattern: most messages ask, and then the pattern need not be read.)
    if not _CHEAP.search(message) or ("?" not in text and not _CLAIM_MARK.search(message)):
        return []
    out: list[str] = []
    before = ""
    previous_consult = False
    own = _speaks_for(kit, message)
    # (Split before folding: the splitter needs the capital after a full stop.)
    for raw in split_sentences(text):
        if not (strangers := told_strangers(kit, raw)) and _IN_PARTNERSHIP.search(folded(raw)) and _CLAIM_MARK.search(
                message):
            # "Could you confirm: the partnership includes the university, the Chamber of Commerce and Region
            # Västmanland" (b38 #76): a list of members put up for checking, with a name no member has.
            strangers = listed_strangers(kit, raw)
        if not strangers and "partner" in raw.lower():
            strangers = we_strangers(kit, raw, text)
        if strangers:
            # "… tillsammans med Almi och Företagarna, som ju också sitter i partnerskapet" (b44 #30).
            name = _partnership_name(kit, lang)
            who = join_list(strangers, lang)
            members = join_list([o.name for o in kit.process.organisations], lang)
            out.append(t(lang, f"Nej – {who} är inte med i {name}. "
                               f"Medlemmarna är: {members}.",
                         f"No – {who} {'is not a member' if len(strangers) == 1 else 'are not members'} of {name}. "
                         f"The members are: {members}."))
        sentence = folded(raw)
        if previous_consult and not _CONSULT.search(sentence) and _AFTER_IT.search(sentence):
            # "remissen stänger 31 oktober, right? Och efter det – går det direkt till RF?": "det" is the remiss.
            sentence = _AFTER_IT.sub(lambda m: f"{m.group(1)} remissen", sentence, count=1)
        previous_consult = bool(_CONSULT.search(sentence))
        if _OUR_FIRST.match(raw.strip()):
            # "Vår kommundirektör har fått för sig …" folds to "var …", which is no "where" question.
            sentence = _WHERE_FIRST.sub(r"\1vår", sentence)
        if (role := _deciding_role(kit, sentence, lang)) is not None:
            out.append(role)
            before = sentence
            continue
        if (body := _FOLLOW_UP.match(sentence)) is not None and (verb := _DECIDE.search(before)) is not None:
            # "Vem bestämmer till slut? Är det kommunstyrelsen?": the body put forward in a sentence of its own,
            # for the verb of the question before it.
            sentence = f"det ar {body.group(1)} som {before[verb.start():]}"
        elif not _marked(sentence, message) or (_WH.match(sentence) and not _CLAIM_MARK.search(sentence)):
            before = sentence
            if "?" in raw and (found := _chosen_body(kit, sentence, lang) or _asked_premise(kit, sentence, lang)
                               ) is not None and found not in out:
                out.append(found)
            continue
        before = sentence
        if own is not None and _DECIDE.search(sentence):
            # "Länsstyrelsen här. Är det vi som fastställer RUS …?": "we" is the member the asker speaks for.
            sentence = re.sub(r"\b(?:vi|we)\b", own, sentence)
        # One fix per clause from the slots ("… att regionstyrelsen fattar beslutet i december och att partnerskapet
        # inte har något att säga till om efter remissen" holds two), and a new-RUS claim beside it of its own.
        clauses = _CLAUSES.split(sentence)
        for clause in [sentence, *clauses[1:]] if len(clauses) > 1 else [sentence]:
            # (The whole sentence first – "… att fas 1 är remissen och att den pågår i februari" needs both halves
            # – then each later clause for a claim of its own.)
            first = next((f for slot in _SLOTS if slot is not _new_strategy and (f := slot(kit, clause, lang))), None)
            # ("… att länsstyrelsen leder arbetet och tar beslutet": who leads is a claim of its own beside who
            # decides, b35 #4.)
            led = _leader(kit, clause, lang) if first is not None else None
            # (A last day claimed beside another claim, "… sista dag är 31 oktober, och beslutet tas av
            # regionstyrelsen", is corrected too, b49 #44.)
            for found in (first, led, _new_strategy(kit, clause, lang), _last_day(kit, clause, lang)):
                if found is not None and found not in out:
                    out.append(found)
        # A step put in the wrong month, clause by clause: the first clause too, which the whole sentence's first
        # fix may have spoken for (b51 #42: "det var i april vi hade avstämningen … och att regionstyrelsen …").
        for clause in clauses:
            if (found := _step_month(kit, clause, lang)) is not None and found not in out:
                out.append(found)
    return out[:3]


# A list said to be the partnership's ("partnerskapet består av …", "the partnership includes …").
_IN_PARTNERSHIP = re.compile(r"\b(?:partnerskapet|partnership)\b[^.?!]{0,30}\b(?:bestar av|utgors av|inkluderar|"
                             r"omfattar|includes?|consists? of|is made up of|comprises?)\b|"
                             r"\b(?:sitter|ingar|ar med|are in|sit in|are members? of)\b[^.?!]{0,20}\b(?:partnerskapet|"
                             r"the partnership)\b")
# "Är det kommunstyrelsen?" after "Vem bestämmer …?": a body put forward without a verb of its own.
_FOLLOW_UP = re.compile(r"^\W*(?:ar det|is it|or is it|eller ar det) (?:inte )?"
                        r"((?:(?!som\b|that\b|who\b)[\w-]+ ?){1,4})\W*$")
# Two claims told in one sentence ("… att X och att Y", "… that X and that Y").
_CLAUSES = re.compile(r",? (?:och|samt|men|and|but) (?:att|that) ")
