"""Parts of a message about the consultation that the answerers leave out or open beside (round 29): each function
reads the folded message and the answer given, and returns what to say – a lead to put first, a line to add after,
and whether the answer's body was a stock text that answers nothing asked – or None when it has nothing to add.

Everything said is the process file's (the consultation's last day) or the README's documented features: responses
are the organisation's and are sent in the bot with `remissvar` by its confirmed representatives; coordinators read
submitted responses, a partner sees their own organisation's row; extensions are recorded by the coordinators.
Where the material is silent (who answers inside an organisation, how responses are compiled, the language of a
response) it says so."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from rusbot.answers.kit import Kit, t
from rusbot.answers.prefilter import any_of
from rusbot.i18n import days_phrase, format_date
from rusbot.process.model import Language
from rusbot.understanding.entities import MONTHS


class Part(NamedTuple):
    lead: str = ""          # said first (after a greeting)
    tail: str = ""          # said after the answer
    drop_body: bool = False  # the answer given was a stock text beside the question
    drop: tuple[str, ...] = ()  # paragraphs of the answer given, by their start, that the part makes false


_RESPONSE = re.compile(r"\bremiss\w*|\bconsultation\b|\bresponse\b|\bsvar(?:et)?\b|\byttrande\w*")

# 1. "Det skickades per e-post till regionen – kan ni bekräfta att det kommit in?" (b58 #72)
_BY_MAIL = re.compile(r"\b(?:skicka\w*|lamna\w*|sent|submitted|send)\b(?:\s+\S+){0,5}?\s+(?:per|via|med|by|pa|i|over) "
                      r"(?:mejl|mail|e-?post|e-?mail|brev|post)\b|\b(?:mejlade|mailade|e-postade|emailed)\b")
_ARRIVED = re.compile(r"\bbekrafta(?:r)?\b|\bkommit (?:in|fram)\b|\binkommit\b|\bkom (?:det )?fram\b|\bmottagit\b|"
                      r"\barrived\b|\breceived\b|\bconfirm\b|\bgot (?:it|our|their)\b")


def mailed_response(folded_q: str, lang: Language) -> Part | None:
    if not _BY_MAIL.search(folded_q) or not _ARRIVED.search(folded_q) or not _RESPONSE.search(folded_q):
        return None
    return Part(lead=t(lang, "Det kan jag inte bekräfta: jag ser bara remissvar som har skickats in här i boten med "
                       "**remissvar** – de får ett kvitto med kvittonummer. Mejl eller brev till regionen ser jag "
                       "inte; fråga samordnarna om det har kommit fram.",
                       "I cannot confirm that: I only see consultation responses submitted here in the bot with "
                       "**response** – they get a receipt with a receipt number. E-mails or letters to the region I "
                       "cannot see; ask the coordinators whether it has arrived."),
                drop_body=True)


# 2. "sammanställs remissvaren och presenteras i oktober?", "får vi se hur våra synpunkter tagits om hand?"
_HANDLED = re.compile(r"\bsammanstall(?:s|as|des|ts|ning)\w*|\bpresenter\w*|"
                      r"\b(?:tas|tagits|togs|tags)(?: \w+){0,2}? om hand\b|"
                      r"\bcompil\w*|\bhow (?:our |the |their )?(?:views|responses|comments) (?:are|were|will be) "
                      r"(?:handled|dealt with|used|taken into account)\b|"
                      r"\bhappens? (?:to|with) (?:the |our )?responses\b|"
                      r"\bhander med (?:remissvaren|svaren|vara synpunkter)\b|\bpublicer\w*|\bpublish\w*|"
                   # "Får vi veta hur våra synpunkter hanteras?" (b85 #78)
                   r"\bhur (?:\w+ )?(?:synpunkter\w*|remissvar\w*|svaren|inspel\w*) (?:hanteras|hanterades|behandlas|"
                   r"behandlades|anvands|tas emot)\b|"
                   r"\bhur (?:hanteras|behandlas|anvands) (?:\w+ )?(?:synpunkter\w*|remissvar\w*|svaren)\b")
_COMPILED_SAID = ("sammanställ", "tas om hand", "publicer", "compil", "how they are handled", "publish")


# (what is compiled or presented is the responses, said in the same sentence: "vad presenterades på KC/RD?" is not)
_OF_RESPONSES = re.compile(r"remissvar|\bsvaren\b|\bsynpunkter\w*|\bresponses\b|\bviews\b|\bcomments\b|\bde\b")
_SENTENCES = re.compile(r"[.?!\n]+")
_GET_OUT = re.compile(r"\bfar? (?:jag |vi |man )?ut\b")
_EXPORTED = any_of(("export", "excel", "csv", " fil", "fa ut", "far ut", "ladda ner", "download", " file"))


def responses_handled(folded_q: str, said: str, lang: Language) -> Part | None:
    # (an export of the responses for one's own compilation is the bot's export, told by its answer)
    if not _HANDLED.search(folded_q) or _EXPORTED.search(folded_q) or _GET_OUT.search(folded_q) or not any(
            _HANDLED.search(x) and _OF_RESPONSES.search(x) for x in _SENTENCES.split(folded_q)) or not (
            _RESPONSE.search(folded_q)) or any(s in said for s in _COMPILED_SAID):
        return None
    line = t(lang, "Hur remissvaren sammanställs, om de presenteras eller när, och hur era synpunkter redovisas "
                   "står inte i underlaget – det vet jag inte. Enligt tidplanen kommer efter remissen skrivfas och "
                   "uppdateringar och förankring med partnerskapet, före den politiska förankringen.",
             "How the responses are compiled, whether or when they are presented and how your views are reported "
             "back is not in the material – I don't know. According to the timeline the consultation is followed by "
             "writing and updates and anchoring with the partnership, before the political anchoring.")
    # A claim checked ("… sammanställs i oktober. Stämmer det?") is answered by this alone when it is all that is
    # asked; beside other questions the line goes after the answer.
    claim = folded_q.count("?") <= 1 and bool(re.search(r"\bstammer (?:det|detta)\b|\bis (?:that|this) "
                                                       r"(?:right|correct|true)\b", folded_q))
    return Part(lead=line, drop_body=claim) if claim else Part(tail=line)


# 3. "kan de andra i partnerskapet se vad vi skrivit?", "can other partners read our response?" (b56 #62)
_OTHERS_SEE = re.compile(r"\b(?:andra|ovriga|others?|other (?:partners|members|organisations))\b(?:\s+[^\s?.!]+){0,5}?"
                         r"\s+(?:se|ser|lasa|laser|ta del av|see|read|view)\b|\b(?:se|lasa|see|read)\b(?:\s+\S+){0,3}?"
                         r"\s+(?:andras|varandras|each other's|others')\b|\boffentliggor\w*|\bmade public\b")


def others_see(folded_q: str, said: str, lang: Language) -> Part | None:
    if not _OTHERS_SEE.search(folded_q) or not _RESPONSE.search(folded_q) or "egen organisations rad" in said or (
            "own organisation's row" in said) or "publicer" in said or "publish" in said:
        return None
    return Part(tail=t(lang, "Vem som ser ert remissvar: i boten läser samordnarna de inskickade remissvaren, och en "
                             "partner ser bara sin egen organisations rad. Om svaren sedan lämnas ut eller visas för "
                             "andra står inte i underlaget – fråga samordnarna.",
                       "Who sees your response: in the bot the coordinators read the submitted responses, and a "
                       "partner sees only their own organisation's row. Whether responses are later shared or shown "
                       "to others is not in the material – ask the coordinators."))


# 4. "vem hos oss är det som svarar?", "kan politikerna svara själva?", "could I send my own comments as a
# researcher?" (b55 #74, #76, b56 #46, b58 #61)
_WHO_ANSWERS = re.compile(r"\bvem (?:hos|pa|av|fran|i|pa var|hos var) (?:oss|er|\w+) (?:ar det som |som )?"
                          r"(?:ska |skall |bor )?svara\w*|\bvem (?:ar det som |som )?(?:ska |skall |bor )?svara\w* "
                          r"(?:pa remissen )?(?:fran|for|at) |\bwho (?:in|at|from) (?:our|my|the) \w+ "
                          r"(?:answers|responds|should (?:answer|respond))|\bwho (?:should|will|is to) "
                          r"(?:answer|respond|reply)\b")
# (an organisation's "eget remissvar" is its own response, not a person's)
_OWN = re.compile(r"\b(?:svara|skicka|lamna)\w* (?:in )?(?:\w+ ){0,3}?sjalva\b|"
                  r"\bsom (?:forskare|privatperson|enskild)\b|"
                  r"\bas an? (?:researcher|individual|private person)\b|\bmy own (?:comments|response|views)\b|"
                  r"\b(?:answer|respond|reply) themselves\b|\b(?:inte|not) (?:the |den |var |our )?(?:official |"
                  r"officiella |utsedda? )?(?:\w+ )?(?:representative|foretradare|representant)\b")
# "… sitter de i partnerskapet? Om inte, kan de svara på remissen ändå?", "if not, can they still respond?": whether
# an organisation outside the partnership may respond (round 30, b59 #41: left out after the "Nej, … är inte med").
_OUTSIDER_RESPONDS = re.compile(r"\b(?:om inte|if not|annars|otherwise)\b,? (?:\w+ ){0,2}?(?:kan|far|can|may|could) "
                                r"(?:de|dom|dem|they|de ocksa)\b[^.?!]{0,40}\b(?:svara|lamna|skicka|respond|answer|"
                                r"submit|reply)")
_WHO_SAID = ("står inte i underlaget vem", "is not in the material who", "Vem hos er", "Who in your organisation")


def who_answers(folded_q: str, said: str, lang: Language) -> Part | None:
    if "svar" not in folded_q and "answer" not in folded_q and "respon" not in folded_q and "comment" not in (
            folded_q) and "skicka" not in folded_q:
        return None
    who, own = _WHO_ANSWERS.search(folded_q), _OWN.search(folded_q)
    outsider = _OUTSIDER_RESPONDS.search(folded_q) if "inte med" in said or "not a member" in said or (
        "not among the members" in said) else None
    if not (who or own or outsider) or any(s in said for s in _WHO_SAID):
        return None
    if outsider and not (who or own):
        return Part(tail=t(lang, "Om organisationer utanför partnerskapet kan svara på remissen står inte i underlaget "
                                 "– fråga samordnarna.",
                           "Whether organisations outside the partnership can respond to the consultation is not in "
                           "the material – ask the coordinators."))
    if who:
        line = t(lang, "Vem hos er som svarar står inte i underlaget – det bestämmer ni själva. I boten skickar er "
                       "organisations bekräftade företrädare in remissvaret med **remissvar**; skriv **organisation** "
                       "för att se vilken organisation du företräder (en samordnare bekräftar kopplingen).",
                 "Who in your organisation answers is not in the material – that is for you to decide. In the bot "
                 "your organisation's confirmed representatives submit the response with **response**; type "
                 "**organisation** to see which organisation you represent (a coordinator confirms the link).")
    else:
        line = t(lang, "Om andra än organisationen – enskilda personer eller delar av den – kan svara på egen hand "
                       "vid sidan av organisationens svar står inte i underlaget. Remissvaret i boten är "
                       "organisationens, och det skickar organisationens bekräftade företrädare in med **remissvar** – "
                       "gå via dem eller fråga samordnarna.",
                 "Whether others than the organisation – individuals or parts of it – can respond on their own, "
                 "beside the organisation's response, is not in the material. The response in the bot is the "
                 "organisation's, submitted by its confirmed representatives with **response** – go through them or "
                 "ask the coordinators.")
    return Part(tail=line)


# 5. "vi fick anstånd till idag, hur lämnar jag in nu?" (b56 #75); "anstånd till 15 okt men skickade igår, räknas
# det?" (b58 #92)
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_EXTENDED_TO = re.compile(rf"\b(?:anstand\w*|forlangning\w*|extension)\b(?:\s+\S+){{0,3}}?\s+"
                          rf"(?:till|tills|t\.?o\.?m\.?|"
                          rf"fram till|to|until|till och med)\s+(?:den\s+|the\s+)?(?:(i ?dag|idag|today)|"
                          rf"(\d{{1,2}})(?:e|:e|st|nd|rd|th)?\s+({_MONTH_RE})\b)")
# An extension had ("vi fick anstånd", "anståndet gällde", "we were granted an extension"), not one asked for.
_GRANTED = re.compile(r"\b(?:fick|fatt|gav|gett|givit|bevilja\w*|gallde|galler|got|gave|granted|given|have an|"
                      r"had an)\b|"
                      r"\b(?:har|hade) (?:ett |vart |ert )?(?:anstand|forlangning)|\banstandet\b")
_HOW_SUBMIT = re.compile(r"\bhur (?:lamnar|skickar|gor)\b|\bhow (?:do|can|should) (?:i|we) (?:submit|send)\b|"
                         r"\bfunkar\b|\bfungerar\b|\bworks?\b")
_COUNTS = re.compile(r"\brakna[rs]?\b|\bmissat\b|\bgodkann\w*|\btas (?:med|emot)\b|\bcounts?\b|\bcounted\b|"
                     r"\btoo late\b|\bfor sent\b")


def extension(kit: Kit, folded_q: str, today: dt.date, lang: Language) -> Part | None:
    if "anstand" not in folded_q and "forlangning" not in folded_q and "extension" not in folded_q:
        return None
    found = _EXTENDED_TO.search(folded_q)
    if found is None or not _GRANTED.search(folded_q):
        return None     # ("vi behöver anstånd till 15 oktober, hur gör jag?" asks for one: the answerer's text)
    if found.group(1):
        day = today
    else:
        try:
            day = dt.date(today.year, MONTHS[found.group(3)], int(found.group(2)))
        except ValueError:
            return None
    last = kit.consultation_parts()[3]
    if last is None or day < last:
        return None
    day_f = format_date(day, lang)
    if day >= today and _HOW_SUBMIT.search(folded_q):
        return Part(lead=t(lang, f"Har samordnarna lagt in ert anstånd till {day_f} lämnar ni svaret som vanligt med "
                                 f"**remissvar** till och med den dagen: öppna remissvaret och välj **Skicka in**, så "
                                 f"får ni ett kvitto. Går det inte att skicka in har jag inget anstånd inlagt för er – "
                                 f"kontakta samordnarna.",
                           f"If the coordinators have recorded your extension to {day_f}, you submit as usual with "
                           f"**response** until that day: open the response and choose **Submit**, and you get a "
                           f"receipt. If it cannot be submitted, no extension is recorded for you – contact the "
                           f"coordinators."))
    if day > today and _DAYS_ASKED.search(folded_q):
        # "vi fick anstånd till 29 oktober – hur många dagar har vi kvar?": the count is to the day told, not to the
        # plan's last day (which for everyone else has passed); the bot keeps no record it could check the told day
        # against, so whether it holds is the coordinators' entry.
        left = (day - today).days
        day_w = format_date(day, lang, weekday=True)
        lead = t(lang, f"Till {day_w}: **{days_phrase(left)} kvar**. Har samordnarna lagt in anståndet tar jag emot "
                       f"ert remissvar (**remissvar**) till midnatt den dagen; under **remissvar** står då ”Ni har "
                       f"anstånd till och med …”.",
                 f"Until {day_w}: **{days_phrase(left, 'en')} left**. If the coordinators have entered the extension, "
                 f"I accept your response (**response**) until midnight that day; **response** then shows \"You have "
                 f"an extension until …\".")
        tail = ""
        if _REMINDERS.search(folded_q):
            from rusbot.answers.answerers.features import _extension_reminders

            tail = _extension_reminders(kit, lang)
        return Part(lead=lead, tail=tail, drop=("Inga dagar kvar", "No days left"))
    if day < today and _COUNTS.search(folded_q):
        return Part(lead=t(lang, f"Ett anstånd till {day_f} har gått ut – i dag är det {format_date(today, lang)}. Om "
                                 f"ert svar kom in och om det tas med kan jag inte säga: under **remissvar** ser ni om "
                                 f"det är inskickat och dess kvitto, och om ett sent svar räknas avgör samordnarna – "
                                 f"kontakta dem.",
                           f"An extension to {day_f} has run out – today is {format_date(today, lang)}. Whether your "
                           f"response arrived and whether it is taken into account I cannot say: under **response** "
                           f"you see whether it was submitted and its receipt, and whether a late response counts is "
                           f"for the coordinators to decide – contact them."))
    return None


_DAYS_ASKED = re.compile(r"\bhur manga (?:dagar|dar|veckor)\b|\bhow (?:many|much) (?:days|weeks|time)\b|"
                         r"\bhur lang tid\b|\bdagar kvar\b|\bdays left\b|\bhar vi kvar\b|\bdo we have left\b")
_REMINDERS = re.compile(r"\bpaminn\w*|\bremind\w*|\bnudge\w*")


# 6. "fick en påminnelse om att remissen stänger om 14 dar, stämmer det?" (b56 #61)
_CLOSES_IN = re.compile(r"\b(?:stanger|slutar|gar ut|closes|ends)\b(?:\s+\S+){0,2}?\s+(?:om|in)\s+(\d{1,3})\s+"
                        r"(?:dagar|dar|days)\b")


def closes_in(kit: Kit, folded_q: str, said: str, today: dt.date, lang: Language) -> Part | None:
    if ("om " not in folded_q and "in " not in folded_q) or (found := _CLOSES_IN.search(folded_q)) is None or (
            not _RESPONSE.search(folded_q)):
        return None
    last = kit.consultation_parts()[3]
    if last is None or today > last:
        return None
    left = (last - today).days
    last_f = format_date(last, lang, weekday=True)
    if int(found.group(1)) == left:
        lead = t(lang, f"Ja – sista dagen för remissen är {last_f}, om {days_phrase(left)}.",
                 f"Yes – the consultation's last day is {last_f}, in {days_phrase(left, 'en')}.")
    else:
        lead = t(lang, f"Inte riktigt – sista dagen för remissen är {last_f}, om {days_phrase(left)}.",
                 f"Not quite – the consultation's last day is {last_f}, in {days_phrase(left, 'en')}.")
    return Part(lead=lead)


# 7. "How many weeks do we have for the response, counting from today?" (b57 #54)
_WEEKS_LEFT = re.compile(r"\b(?:hur manga|how many) (?:veckor|weeks|dagar|days)\b")


def weeks_left(kit: Kit, folded_q: str, said: str, today: dt.date, lang: Language) -> Part | None:
    if (_WEEKS_LEFT.search(folded_q) is None or not _RESPONSE.search(folded_q) or any(
            w in said for w in ("veckor", "weeks", "dagar", "days"))):
        return None
    _, s_lo, _, last, _ = kit.consultation_parts()
    if last is None or today > last or today < s_lo:
        return None
    left = (last - today).days
    weeks = round(left / 7)
    return Part(lead=t(lang, f"**{days_phrase(left)} kvar**, ungefär {weeks} veckor: sista dagen för remissen är "
                             f"{format_date(last, lang, weekday=True)}.",
                       f"**{days_phrase(left, 'en')} left**, about {weeks} weeks: the consultation's last day is "
                       f"{format_date(last, lang, weekday=True)}."))


# 9. "stämmer det att Handelskammaren också svarade?", "has Kumla responded yet?" (b55 #98): which organisations have
# responded the coordinators see (README, the tab); a partner sees their own organisation's row only.
_OTHER_ANSWERED = re.compile(r"\b(?:stammer det att|har|did|has|is it true that)\b((?:\s+\S+){1,3}?)\s+"
                             r"(?:ocksa |redan |annu |also |already )?(?:svarat|svarade|lamnat|lamnade|skickat|"
                             r"skickade|responded|answered|submitted)\b")
_ASKER = frozenset("vi ni jag du oss er vart ert var we i you us our my your".split())


def other_answered(folded_q: str, said: str, orgs: list[str], lang: Language) -> Part | None:
    if not orgs or (found := _OTHER_ANSWERED.search(folded_q)) is None or set(found.group(1).split()) & _ASKER or (
            "egen organisations rad" in said or "own organisation's row" in said):
        return None
    names = " och ".join(orgs) if lang == "sv" else " and ".join(orgs)
    return Part(tail=t(lang, f"Om {names} har svarat kan jag inte säga dig: vilka som har svarat ser samordnarna, och "
                             f"en partner ser bara sin egen organisations rad.",
                       f"Whether {names} has responded I cannot tell you: the coordinators see who has responded, "
                       f"and a partner sees only their own organisation's row."))


# 10. "stämmer det att regionen redan bestämt allt och att remissen bara är en formalitet?" (b57 #75): the process
# file's own role of the partnership answers it – it decides what is updated, and the updates are anchored with it.
_FORMALITY = re.compile(r"\bformalitet\w*|\bformality\b|\bredan (?:har )?(?:bestamt|beslutat|avgjort) allt\b|"
                        r"\balready (?:decided|settled) (?:everything|it all)\b|\brubber.?stamp\w*")


def formality(kit: Kit, folded_q: str, said: str, lang: Language) -> Part | None:
    if ("formal" not in folded_q and "allt" not in folded_q and "already" not in folded_q and "rubber" not in (
            folded_q)) or not _FORMALITY.search(folded_q):
        return None
    role = kit.roles.get(kit.rules.partnership_role or "")
    if role is None or role.text.get(lang) in said:
        return None
    return Part(tail=t(lang, "Att allt redan är bestämt och att remissen bara är en formalitet står inte i underlaget. "
                             "Där står: ", "That everything is already decided and the consultation is a mere "
                       "formality is not what the material says. It says: ") + role.text.get(lang))


# 11. "min kollega har slutat – kan jag se hennes utkast?" (b58 #82): the response is one per organisation, so a
# draft saved for it is the organisation's, opened with `remissvar` by its confirmed representatives.
_OTHERS_DRAFT = re.compile(r"\b(?:se|hitta|komma at|oppna|ta over|fortsatta pa|see|find|open|access|take over)\b"
                           r"(?:\s+\S+){0,2}?\s+(?:hennes|hans|deras|kollegans|kollegas|foretradarens|her|his|their|"
                           r"(?:my )?colleague'?s)\s+(?:utkast|draft)")
_SAVING_STOCK = ("Ja. Ett inspel sparas", "Yes. An input is saved", "Ett inspel sparas", "An input is saved")


def others_draft(folded_q: str, lang: Language) -> Part | None:
    if ("utkast" not in folded_q and "draft" not in folded_q) or not _OTHERS_DRAFT.search(folded_q):
        return None
    return Part(lead=t(lang, "Remissvaret är ett per organisation, så ett utkast som har sparats för er organisation "
                             "ser du när du öppnar **remissvar** – om du är bekräftad företrädare för organisationen "
                             "(skriv **organisation**; en samordnare bekräftar kopplingen). Finns inget utkast där "
                             "börjar du på ett nytt.",
                       "The response is one per organisation, so a draft saved for your organisation is there when "
                       "you open **response** – if you are a confirmed representative of the organisation (type "
                       "**organisation**; a coordinator confirms the link). If there is no draft, you start a new "
                       "one."))


# 8. "Would it be acceptable to write it in English?" (b56 #41): the response's language, not the bot's.
_IN_LANGUAGE = re.compile(r"\b(?:write|draft|skriva|svara|respond|answer|submit)\w*\b(?:\s+\S+){0,3}?\s+(?:in|pa)\s+"
                          r"(?:english|engelska|svenska|swedish)\b")


def response_language(folded_q: str, said: str, lang: Language) -> Part | None:
    if ("english" not in folded_q and "engelska" not in folded_q) or not _IN_LANGUAGE.search(folded_q) or not (
            _RESPONSE.search(folded_q)) or "which language" in said or "vilket språk" in said:
        return None
    return Part(tail=t(lang, "Om remissvaret får skrivas på engelska står inte i underlaget – fråga samordnarna.",
                       "Whether the response may be written in English is not in the material – ask the "
                       "coordinators."))


_BOT_LANGUAGE = ("Ja – jag svarar på engelska", "Yes – I answer in English")


def add(kit: Kit, folded_q: str, said: str, today: dt.date, lang: Language, orgs: list[str]) -> str | None:
    """The answer's text with the parts above said, or None when none applies."""
    if "remiss" not in folded_q and "consultation" not in folded_q and "response" not in folded_q and (
            "svar" not in folded_q) and "anstand" not in folded_q and "extension" not in folded_q:
        return None
    language = response_language(folded_q, said, lang)
    found = [p for p in (mailed_response(folded_q, lang), extension(kit, folded_q, today, lang),
                         closes_in(kit, folded_q, said, today, lang), weeks_left(kit, folded_q, said, today, lang),
                         responses_handled(folded_q, said, lang), others_see(folded_q, said, lang),
                         who_answers(folded_q, said, lang), other_answered(folded_q, said, orgs, lang),
                         formality(kit, folded_q, said, lang), others_draft(folded_q, lang), language)
             if p is not None]
    if not found:
        return None
    greeting = next((g for g in ("Hej! ", "Hi! ", "Hej!\n\n", "Hi!\n\n") if said.startswith(g)), "")
    body = said[len(greeting):]
    if any(p.drop_body for p in found):
        body = ""
    if language is not None:
        # the bot's own chat language answers nothing asked about the response's language
        body = "\n\n".join(x for x in body.split("\n\n") if not x.startswith(_BOT_LANGUAGE))
    if any(p.lead.startswith(("Remissvaret är ett per", "The response is one per")) for p in found):
        # the stock text on how things are saved answers nothing asked about a colleague's draft
        body = "\n\n".join(x for x in body.split("\n\n") if not x.startswith(_SAVING_STOCK))
    drops = tuple(d for p in found for d in p.drop)
    if drops:
        body = "\n\n".join(x for x in body.split("\n\n") if not x.startswith(drops))
    leads = [p.lead for p in found if p.lead]
    tails = [p.tail for p in found if p.tail]
    return greeting + "\n\n".join(x for x in (*leads, body.strip(), *tails) if x)
