"""Parts of a message of several questions that no answerer owns and the reply left out without a word (round 38,
blind batches 83–86): whether a response needs a political decision at home, whether the consultation may be
forwarded, whether written material comes and with what notice, internal anchoring before the check-in, an
evaluation of the process or interviews, whether the partnership remains, whether giving input on a subject is worth
it, whether the consultation moves with a moved check-in, when the public may comment, who informs residents.

Each part is typed: its own words asked (folded, in a question sentence of the message) and the words of a reply
that already speaks of it; only then is its line added, after what the reply answers. Where the material does say
something on the part (short lead times, the consultation's period, input in the bot, the partnership deciding what
is updated) the line gives that; what it does not say is said not to be in the material, with the coordinators to
ask. (A blanket "unknown" for every part read without conviction harmed correct answers in round 37: these words
are narrow on purpose.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from rusbot.answers.kit import Kit, lower_first, split_sentences, t
from rusbot.answers.lexicon import fold
from rusbot.answers.prefilter import any_of
from rusbot.answers.timeline import item_when
from rusbot.i18n import format_date, format_fuzzy, join_list
from rusbot.process.model import Language


class LeftOutPart(NamedTuple):
    asked: re.Pattern[str]          # the words (folded) of a question sentence asking it
    said: re.Pattern[str]           # the words (folded) of a reply that speaks of it already
    line: Callable[[Kit, Language, list[str], str], str]   # (kit, language, members named, reply folded)
    # Whether the material says nothing at all of it: a message asking only such parts gets their lines alone, not
    # a stock text read beside them ("Kommer processen att utvärderas? Kan jag intervjua …?" got the reminders).
    silent: bool = False
    # Paragraphs of the reply, by their start, that answered the part's words read as another question ("finnas
    # kvar" read as the days left), dropped unless the message asks of days.
    drop: tuple[str, ...] = ()
    # Whether its line leads: a yes to what the message asks first ("Kan jag lämna inspel redan nu, och …?").
    lead: bool = False
    # Texts (folded) every message asking it holds one of: most messages are let go by them, unsearched.
    cheap: tuple[str, ...] = ()


def _consultation_span(kit: Kit, lang: Language) -> str:
    item, _, _, last, _ = kit.consultation_parts()
    if item.first is None or item.last is None:
        return ""
    end = format_date(last, lang) if last is not None else format_fuzzy(item.last, lang)
    return t(lang, f"{format_fuzzy(item.first, lang)} till och med {end}",
             f"{format_fuzzy(item.first, lang)} through {end}")


def _partnership(kit: Kit, lang: Language) -> str:
    name = kit.process.partnership.name.get(lang)
    return name if lang == "sv" else lower_first(name)


def _political_decision(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Om ert remissvar behöver ett politiskt beslut hos er (till exempel i kommunstyrelsen) innan ni "
                   "svarar står inte i underlaget, så det vet jag inte; fråga samordnarna.",
             "Whether your consultation response needs a political decision in your own organisation (for example "
             "by the municipal board) before you answer is not in the material, so I don't know; ask the "
             "coordinators.")


def _forwarding(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    p = _partnership(kit, lang)
    return t(lang, f"Om ni får skicka remissen vidare till andra, och om deras svar räknas, står inte i underlaget. "
                   f"Remissen går till {p}, och remissvar lämnas av organisationernas bekräftade företrädare – fråga "
                   "samordnarna.",
             "Whether you may forward the consultation to others, and whether their answers count, is not in the "
             f"material. The consultation goes to {p}, and responses are given by the organisations' confirmed "
             "representatives – ask the coordinators.")


def _material_notice(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Vilka underlag som skickas ut, och när, står inte i underlaget. Arbetssättet har korta ledtider: "
                   "täta avstämningar och underlag med kortare framförhållning än normalt – flera veckors "
                   "framförhållning kan jag inte lova. Fråga samordnarna.",
             "Which documents will be sent out, and when, is not in the material. The way of working has short lead "
             "times: frequent check-ins and material with shorter notice than normal – so I cannot promise several "
             "weeks' notice. Ask the coordinators.")


def _anchored_before(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Om ni måste ha förankrat något internt i er organisation innan står inte i underlaget, så det "
                   "vet jag inte; fråga samordnarna.",
             "Whether you must have anchored anything internally in your organisation beforehand is not in the "
             "material, so I don't know; ask the coordinators.")


def _evaluation(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Om processen ska utvärderas står inte i underlaget, så det vet jag inte; fråga samordnarna.",
             "Whether the process will be evaluated is not in the material, so I don't know; ask the coordinators.")


def _interviews(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Om du kan intervjua personer i partnerskapet står inte i underlaget; fråga samordnarna.",
             "Whether you can interview people in the partnership is not in the material; ask the coordinators.")


def _partnership_remains(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    p = _partnership(kit, lang)
    return t(lang, f"Om {p} finns kvar efter att RUS är beslutad står inte i underlaget, så det vet jag inte; fråga "
                   "samordnarna.",
             f"Whether {p} continues after RUS has been decided is not in the material, so I don't know; ask the "
             "coordinators.")


def _input_worth(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    p = _partnership(kit, lang)
    how = "**inspel**" in said or "**input**" in said    # (the reply tells how to give input already)
    return t(lang, "Om det kommer in i RUS kan jag inte lova – det säger underlaget inte. " + (
        "" if how else "Inspel om vad som bör uppdateras kan ni lämna här i boten med **inspel**; ")
        + (p if how else lower_first(p)) + " beslutar om vad som ska uppdateras.",
        "Whether it will be included in RUS I cannot promise – the material does not say. " + (
            "" if how else "Input on what should be updated you can give here in the bot with **input**; ")
        + (p[:1].upper() + p[1:] if how else p) + " decides what is to be updated.")


def _consultation_moves(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    span = _consultation_span(kit, lang)
    return t(lang, f"Remissen ligger enligt tidplanen {span}; att den skulle skjutas fram står inte i underlaget.",
             f"According to the timeline the consultation runs {span}; the material does not say it is to be "
             "moved.")


def _public_comments(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    p = _partnership(kit, lang)
    span = _consultation_span(kit, lang)
    return t(lang, f"Att allmänheten kan lämna synpunkter står inte i underlaget: det beskriver bara en remiss till "
                   f"{p} ({span}). Fråga samordnarna.",
             f"The material does not say the public can comment: it only describes a consultation with {p} "
             f"({span}). Ask the coordinators.")


def _residents_informed(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Vem som ska informera invånarna om remissen står inte i underlaget, så det vet jag inte; fråga "
                   "samordnarna.",
             "Who is to inform residents about the consultation is not in the material, so I don't know; ask the "
             "coordinators.")


def _gets_consultation(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    p = _partnership(kit, lang)
    span = _consultation_span(kit, lang)
    # (Region Örebro län sends the consultation in the bot; it does not answer it)
    named = join_list([o for o in orgs if not o.startswith("Region ")], lang)
    return t(lang, f"Remissen går till {p}, alltså till alla dess medlemmar" + (f" – också {named}" if named else "")
             + f"; enligt tidplanen pågår den {span}.",
             f"The consultation goes to {p}, that is to all its members" + (f" – {named} too" if named else "")
             + f"; according to the timeline it runs {span}.")


def _input_now(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    return t(lang, "Ja – inspel om vad som bör uppdateras lämnar du här i boten med **inspel** (**Nytt inspel**), som "
                   "bekräftad företrädare för din organisation: välj den först med **organisation** om du inte har "
                   "gjort det.",
             "Yes – input on what should be updated you give here in the bot with **input** (**New input**), as a "
             "confirmed representative of your organisation: choose it first with **organisation** if you have not "
             "done so.")


def _kcrd_told(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    role = next((r for r in kit.process.roles if r.id == "kcrd"), None)
    return "" if role is None else role.text.get(lang)


def _wish_confirmed(kit: Kit, lang: Language, orgs: list[str], said: str) -> str:
    wish = next((r for r in kit.process.roles if "remiss t o m" in fold(r.source)), None)
    if wish is None:
        return ""
    told = next((i for i in kit.process.timeline if "remiss t o m" in fold(i.source) and i is not
                 kit.process.consultation_item), None)
    when = f" ({lower_first(told.name.get(lang))}, {item_when(told, lang)})" if told is not None else ""
    return t(lang, "Ja – ", "Yes – ") + lower_first(wish.text.get(lang).split(". ")[0].rstrip(".")) + when + "."


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_DECISION_NOUN = r"(?:politiskt beslut|politisk behandling|politisk forankring|beslut i (?:kommunstyrelse\w*|ks|kf|" \
                 r"kommunfullmaktige|namnd\w*|styrelse\w*))"

LEFT_OUT_PARTS: tuple[LeftOutPart, ...] = (
    # "behöver vi ett politiskt beslut i kommunstyrelsen innan vi svarar?", "måste vårt remissvar behandlas
    # politiskt?", "does our response need political approval?" (b85 #15, b84 #20)
    # ("Räcker remisstiden för att vi ska hinna få ett politiskt beslut om vårt remissvar?" asks the time, b77 #47)
    LeftOutPart(_re(r"\b(?:behover|behovs|maste|kravs|kraver)\b[^?]{0,30}\b" + _DECISION_NOUN + r"\b[^?]{0,60}"
                    r"(?:\bsvar\w*|\bremissvar\w*|\bsvara\b)|"
                    r"\b(?:remissvar\w*|svar(?:et)?)\b[^?]{0,40}\b(?:behandlas|beslutas|godkannas|antas) politiskt\b|"
                    r"\b(?:need|require|must)\w*\b[^?]{0,30}\b(?:a )?politica\w* (?:decision|approval|sign-?off)\b"
                    r"[^?]{0,40}\b(?:respon\w*|answer\w*|reply)|"
                    r"\b(?:respon\w*|answer|reply)\b[^?]{0,40}\bpolitically (?:approved|decided|adopted|handled)\b"),
                _re(r"politiskt beslut hos er|politiskt beslutat|internt|kommunstyrelse|politically|internally|"
                    r"own board"),
                _political_decision, cheap=("politisk", "political", "beslut i ")),
    # "får vi skicka vidare remissen till lokala föreningar?", "may we forward the consultation to …?" (b86 #58)
    LeftOutPart(_re(r"\b(?:skicka|sprida|dela|vidarebefordra|skicka ut)\w* (?:\w+ )?(?:vidare )?(?:remissen|den)\b"
                    r"[^?]{0,10}\b(?:vidare|till (?:andra|lokala|vara|foreningar\w*|organisationer\w*|\w+ "
                    r"foreningar\w*|natverk\w*))|\bvidarebefordra\w* (?:remissen|den)\b|"
                    r"\bforward\w* (?:the |this )?consultation\b|\b(?:share|pass on|send on) (?:the |this )?"
                    r"consultation\b"),
                _re(r"skicka remissen vidare|vidarebefordra|forward|andra an partnerskapets|others than the "
                    r"partnership"),
                _forwarding, cheap=("vidare", "forward", "share", "pass on", "send on")),
    # "will there be written material to read beforehand?", "hur mycket framförhållning kan vi räkna med?" (b86 #23,
    # b84 #26)
    # (material the partner is to hand in – "Förväntas Handelskammaren inkomma med skriftligt underlag i förväg?" –
    # is another question, b58 #24)
    LeftOutPart(_re(r"\bframforhallning\w*|\b(?:weeks?|days?)'? (?:of )?notice\b|\bhow much notice\b|"
                    r"\b(?:kommer det|far vi|far man|blir det|skickas (?:det )?ut|kommer vi (?:att )?fa) (?:\w+ )?"
                    r"(?:skriftligt )?(?:material|underlag)\w*(?: att lasa)? (?:i forvag|innan|fore)\b|"
                    r"\b(?:will there be|will we get|do we get|will we receive) (?:any )?(?:written )?(?:material|"
                    r"documents?)\b[^?]{0,30}\b(?:beforehand|in advance|before)\b"),
                _re(r"ledtider|framforhallning|lead times|notice"),
                _material_notice, cheap=("framforhallning", "notice", "underlag", "material", "document")),
    # "måste vi ha förankrat nåt internt innan [avstämningen]?" (b86 #31)
    LeftOutPart(_re(r"\bforankra\w* (?:\w+ ){0,3}?internt?\b|\binternt? forankr\w*|\banchor\w* (?:\w+ ){0,3}?"
                    r"internally\b|\binternally anchor\w*"),
                _re(r"internt|internally"),
                _anchored_before, cheap=("intern",)),
    # "Kommer processen att utvärderas?", "will the process be evaluated?" (b85 #92)
    # ("Inför utvärderingen: kan du sammanfatta …?" names an evaluation of one's own, b65 #100)
    LeftOutPart(_re(r"\b(?:kommer|ska|skall|blir|bli) (?:\w+ ){0,3}?utvarderas\b|\bblir det (?:nagon |en )?"
                    r"utvardering\b|\b(?:gors|gör|finns) (?:det )?(?:nagon |en )?utvardering\b|\b(?:will|is|are|be) "
                    r"(?:\w+ ){0,3}?evaluated\b|\bwill there be (?:an |any )?evaluation\b"),
                _re(r"utvarder\w*|evaluat\w*"),
                _evaluation, silent=True, cheap=("utvarder", "evaluat")),
    # "skulle jag kunna intervjua personer i partnerskapet?" (b85 #92)
    LeftOutPart(_re(r"\bintervju\w*|\binterview\w*"),
                _re(r"intervju\w*|interview\w*"),
                _interviews, silent=True, cheap=("intervju", "interview")),
    # "kommer partnerskapet att finnas kvar efter att RUS är beslutad?" (b85 #95)
    LeftOutPart(_re(r"\bpartnerskap\w* (?:\w+ ){0,3}?(?:finnas|finns|leva|lever|bestå|besta|vara) kvar\b|"
                    r"\bpartnership\w* (?:\w+ ){0,3}?(?:continue|remain|exist|survive|carry on)\w*"),
                _re(r"partnerskapet finns kvar|partnership continues|finnas kvar"),
                _partnership_remains, drop=("Inga dagar kvar", "No days left"),
                cheap=("kvar", "continu", "remain", "exist", "surviv", "carry on")),
    # "är det lönt att lämna inspel om det?", "is it worth giving input on it?" (b85 #39)
    LeftOutPart(_re(r"\b(?:lont|vart|meningsfullt|ide|nagon ide|nan ide|vits) (?:\w+ )?att (?:lamna|ge|skicka)"
                    r"(?: in)? (?:\w+ )?inspel\b|\bworth (?:\w+ )?(?:giving|sending|submitting) (?:\w+ )?input\b"),
                _re(r"kan jag inte lova|cannot promise|beslutar om vad som ska uppdateras|decides what is to be "
                    r"updated"),
                _input_worth, cheap=("inspel", "input")),
    # "skjuts remissen också fram?", "does the consultation move too?" (b86 #24)
    LeftOutPart(_re(r"\b(?:skjuts|flyttas|forskjuts|senareläggs|senarelaggs|andras) (?:\w+ )?remiss(?:en|tiden)\b|"
                    r"\bremiss(?:en|tiden) (?:\w+ )?(?:skjuts|flyttas|forskjuts|senarelaggs)\b|"
                    r"\bconsultation (?:\w+ )?(?:be )?(?:moved|postponed|pushed back|delayed)\b|"
                    r"\b(?:move|moves|postpone\w*|delay\w*|push\w* back) (?:\w+ )?consultation\b"),
                _re(r"juni|june"),
                _consultation_moves, cheap=("remiss", "consultation")),
    # "när kan allmänheten lämna synpunkter?", "can the public comment?" (b86 #36)
    LeftOutPart(_re(r"\b(?:allmanheten|invanar\w*|medborgar\w*|the public|residents|citizens)\b[^?]{0,40}"
                    r"\b(?:lamna|tycka|komma med|ge|svara|comment|give|submit|respond|have their say)\w*|"
                    r"\b(?:lamna|tycka|ge|comment|give)\w* [^?]{0,30}\b(?:allmanheten|the public)\b"),
                _re(r"allmanheten|the public|egna synpunkter|views of (?:its|their) own|medborgare|citizens|andra an "
                    r"partnerskapets|others than the partnership"),
                _public_comments, cheap=("allmanhet", "invanar", "medborgar", "public", "resident", "citizen")),
    # "är det vi eller regionen som ska informera kommuninvånarna om remissen?" (b84 #42)
    LeftOutPart(_re(r"\binformera\w* (?:\w+ )?(?:kommuninvanar\w*|invanar\w*|medborgar\w*|allmanheten)\b|"
                    r"\binform\w* (?:the )?(?:residents|citizens|public)\b"),
                _re(r"informera invanarna|inform residents|invanar|residents"),
                _residents_informed, cheap=("informera", "inform")),
    # "… om de är med i partnerskapet och om de också får remissen?", "does the county board get the consultation
    # too?" (b86 #38)
    LeftOutPart(_re(r"\b(?:far|fick|kommer) (?:de|dom|hon|han|dem|ni|vi|\w+en|\w+et|alla) (?:ocksa |aven "
                    r")?(?:fa )?remissen\b|\b(?:de|dom|hon|han|ni|vi|\w+en) (?:ocksa |aven )?(?:far|fick) remissen\b|"
                    r"\b(?:get|gets|receive|receives) the consultation\b"),
                _re(r"remissen gar till|remiss till partnerskapet|consultation goes to|consultation with the "
                    r"partnership|far remissen|gets? the consultation|den gar till partnerskapet|it goes to the "
                    r"partnership"),
                _gets_consultation, cheap=("remissen", "the consultation")),
    # "Vad hände på KC/RD i januari, och var det kommunerna som ville …?" (b84 #16: the presentation of the proposed
    # timeline left out beside the municipalities' wish)
    LeftOutPart(_re(r"\b(?:vad|vilka) (?:\w+ )?(?:hande|hander|sades|presenterades|beslutades|gjordes|kom (?:\w+ )?"
                    r"fram) (?:\w+ ){0,2}?(?:pa|vid|i|med|for|fran) (?:\w+ )?kcrd\b|"
                    r"\bwhat (?:happened|was (?:said|presented|decided)) (?:\w+ )?(?:at|in|with) (?:the )?kcrd\b"),
                # ("Vad var medskicken från KC/RD i december?" is KC/RD's own answer, b44 #56)
                _re(r"forslag\w* till tidplan|proposed timeline|kcrd gav medskick|kcrd gave"),
                _kcrd_told, cheap=("kcrd",)),
    # "… vad hände på KC/RD i januari, och var det kommunerna som önskade det?" (the mirror of b84 #16: the wish
    # left out beside KC/RD's input)
    LeftOutPart(_re(r"\b(?:var det|was it)\s+(?:inte\s+)?(?:kommunerna|the municipalities)\s+(?:som|who|that)\s+"
                    r"(?:ville|onskade|bad|begarde|wanted|asked|requested|wished)\b"),
                _re(r"onskade|onskar|asked for a consultation|wish\w*"),
                _wish_confirmed, cheap=("kommunerna", "municipalities")),
    # "Kan jag lämna inspel via boten redan nu?", "can we give input in the bot already now?" (b84 #15)
    # ("Kan vi fortfarande lämna inspel nu när remissen pågår?" asks inspel against the response, b36 #39)
    LeftOutPart(_re(r"\bkan (?:jag|vi|man) (?:\w+ )?(?:lamna|ge|skicka)(?: in)? (?:\w+ )?inspel\b[^?]{0,30}?"
                    r"\bredan (?:nu|idag|i dag)\b|\bcan (?:i|we) (?:\w+ )?(?:give|send|submit) (?:\w+ )?"
                    r"input\b[^?]{0,30}?\balready\b"),
                _re(r"nytt inspel|new input|\*\*organisation\*\*"),
                _input_now, lead=True, cheap=("redan", "already")),
)


# (also a question told: "en kollega frågade mig om de också får remissen", b86 #38)
_WANTS_TO_KNOW = re.compile(r"\b(?:vill (?:ocksa |aven |garna )?veta|undrar|want to know|would like to know|"
                            r"wonder|fragade (?:mig |oss )?om|asked (?:me |us )?(?:if|whether))\b")


_CHEAP = any_of(tuple(w for p in LEFT_OUT_PARTS for w in p.cheap))
_CHEAP_OF = {id(p): any_of(p.cheap) for p in LEFT_OUT_PARTS}


def told(kit: Kit, text: str, said: str, lang: Language, orgs: list[str]) -> str | None:
    """The reply (`said`) with the lines of the parts the message asks – in a question sentence, or after "vill
    veta" – that it does not speak of; None when there are none."""
    folded_text = fold(text)
    if not _CHEAP.search(folded_text):
        return None         # cheap: most messages name none of the parts' words
    parts = [p for p in LEFT_OUT_PARTS if _CHEAP_OF[id(p)].search(folded_text)]
    sentences = [x for x in split_sentences(text) if "?" in x or _WANTS_TO_KNOW.search(fold(x))]
    if not sentences:
        return None
    # A part quoted back as not answerable ("”hur mycket framförhållning …?” – det kan jag inte svara säkert på")
    # is no answer of it: its words there do not count as said, and the quote goes where the part's line is added.
    quoted = [x for x in said.split("\n\n") if x.startswith(("”", "“"))]
    folded_said = fold("\n\n".join(x for x in said.split("\n\n") if x not in quoted))
    out: list[str] = []
    leads: list[str] = []
    drops: list[str] = []
    silent_only = True
    for sentence in sentences:
        asked = fold(sentence)
        found = [p for p in parts if p.asked.search(asked)]
        silent_only = silent_only and bool(found) and all(p.silent for p in found)
        for part in found:
            if part.said.search(folded_said):
                continue
            line = part.line(kit, lang, orgs, folded_said)
            if not line:
                continue
            folded_said += " " + fold(line)
            (leads if part.lead else out).append(line)
            drops += part.drop
            drops += [x for x in quoted if part.asked.search(fold(x))]
    if not out and not leads:
        return None
    if silent_only:
        # Nothing the message asks is in the material: what the reply read beside it answers none of it, and each
        # part is said unknown here, in place of the reply's own words for it.
        found = [p for p in parts if any(p.asked.search(fold(x)) for x in sentences)]
        return "\n\n".join(p.line(kit, lang, orgs, "") for p in found)
    greeting = next((g for g in ("Hej! ", "Hi! ", "Hej!\n\n", "Hi!\n\n") if said.startswith(g)), "")
    said = said[len(greeting):]
    folded_q = fold(text)
    paragraphs = [x for x in said.split("\n\n") if x not in drops and not (
        drops and x.startswith(tuple(drops)) and not ("dag" in folded_q or "day" in folded_q))]
    return greeting + "\n\n".join([*leads, *paragraphs, *out]).strip()
