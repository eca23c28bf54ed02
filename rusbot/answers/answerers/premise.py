"""A question that checks a wrong date or interval ("Remissen stänger 31 augusti va?", "Stämmer det att
avstämningen är den 11 april?", "RUS ses väl över vart femte år?"): the answer's first sentence says
no and gives the right one, whichever answerer gives the rest. Only dates the process file has are
compared, so a premise about something it does not date is left to the answerer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from itertools import pairwise

from rusbot.answers.answerers import dated as dates
from rusbot.answers.answerers import plan
from rusbot.answers.kit import Asked, Kit, folded, is_yes_no, lower_first, t
from rusbot.answers.lexicon import CONCEPTS, NAME_STOP, NAME_SYNONYMS, fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick, any_of
from rusbot.answers.timeline import item_bounds, item_when, with_when
from rusbot.i18n import days_phrase, format_date, format_fuzzy, format_fuzzy_at, join_list
from rusbot.process.model import Driver, Language, TimelineItem

_ASKING = re.compile(r"\b(nar|vad|hur|vem|vilken|vilket|vilka|varfor|when|what|how|who|which|why)\b")
# What marks a statement put up for checking rather than a plain question.
_CHECKING = re.compile(r"\b(va|val|ju|visst|stammer det|ar det (sant|ratt|korrekt)|eller hur|right|"
                       r"is it (correct|true|right)|correct that|isn ?t it|didn ?t it|doesn ?t it|"
                       r"said|sa att|sade att|hort att|trodde|var saker|colleagues?|kollega(?:n|or)?|"
                       r"pastar|pastod|pastas|claims?)\b")
_MONTHS = {m: n for n, ms in enumerate((("januari", "january", "jan"), ("februari", "february", "feb"),
                                         ("mars", "march"), ("april", "apr"), ("maj", "may"), ("juni", "june"),
                                         ("juli", "july"), ("augusti", "august", "aug"),
                                         ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
                                         ("november", "nov"), ("december", "dec")), start=1) for m in ms}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) ({_MONTH})\b")
_MONTH_ONLY = re.compile(rf"\b(?:sista|slutet av|slutet pa|i|end of|in|until|till|to|the end of) ({_MONTH})\b")
_CONSULTATION = re.compile(r"\bremiss(en|tiden)?\b|\bconsultation\b")
_CLOSES = re.compile(r"\b(stang|slut|sista|gick|deadline|end|clos|last day)")
_CHECK_IN = re.compile(r"\bavstamning(en)?\b|\bcheck ?in\b")
_READY = re.compile(r"\bklar\b|\bfardig|\bready\b|\bfinished\b|\bdone\b")
_DATED = re.compile(rf"\b({_MONTH}|20[12]\d|ar|years?|arligen|vartannat|annually|yearly)\b")
_YEAR = re.compile(r"\b(20[12]\d)\b")
_BEFORE_YEAR = re.compile(r"\b(?:fore|innan|senast|before|by|prior to)\b(?:\s+\w+){0,3}?\s+(20[12]\d)\b")
# "Ses RUS över …", "ses strategin väl över …": the thing reviewed may stand between the verb and "över".
_REVIEW_EVERY = re.compile(r"\b(ses|se)( \w+){0,2} over|reviewed|revideras|uppdateras")
_EVERY_YEARS = re.compile(r"\b(vart|varje|every) (\w+ )?(ar|years?)\b|\b(vartannat|arligen|annually|yearly)\b")
# Four years is a term of office: not a wrong premise, only another way to say it.
_FOUR = re.compile(r"\b(fjarde|fyra|four|fourth|4)\b")


def _asked_dates(text: str) -> list[tuple[int, int | None]]:
    """(month, day or None) of each date the question puts forward."""
    out: list[tuple[int, int | None]] = [(_MONTHS[m], int(d)) for d, m in _DAY_MONTH.findall(text)]
    if not out:
        out = [(_MONTHS[m], None) for m in _MONTH_ONLY.findall(text)]
    return out


_POLITICAL = re.compile(r"\b(regionfullmaktige|regionfullmaktiges|rf(?! sisu)|regional council|namnd\w*|"
                        r"committees?)\b")
_RECEIVES = re.compile(r"\b(ha|fa|far|get|gets|receive|receives|skicka in|lamna|svara|svarar|remissinstans\w*)\b")


def _wrong_recipient(kit: Kit, q: Asked, text: str) -> str | None:
    """"När ska regionfullmäktige ha remissen?": the remiss goes to the partnership; the political bodies
    come after it, as the timeline orders them."""
    p, lang = kit.process, q.language
    item = p.consultation_item
    found = _POLITICAL.search(text)
    if item is None or found is None or "partnerskap" in text or "partnership" in text:
        return None
    # The body and the remiss in one clause ("… RF bestämmer vad som uppdateras, och vi får tycka till i remissen"
    # is another premise, about who decides).
    clause = re.search(r"[^.?!,;]*", text[found.start():])
    if clause is None or not re.search(r"remiss|consultation", clause.group()) or not _RECEIVES.search(clause.group()):
        return None
    later = p.timeline[kit.index[item.id] + 1:]
    council = found.group(1).startswith(("regionfullmaktige", "rf", "regional"))
    if not council and "region" not in text:
        return None     # a municipality's own nämnd ("tar vi svaret i nämnden?") is the organisation's own affair
    after = [i for i in later if i.kind in ("step", "decision")]
    steps = ", ".join(i.name.get(lang).lower() for i in after[:-1])
    final = after[-1].name.get(lang) if after else ""
    goal = kit.last_dated()
    ready = format_fuzzy_at(goal.last, lang) if goal.last is not None else ""
    who = t(lang, "regionfullmäktige" if council else "nämnderna", "the regional council" if council else
            "the committees")
    lead = t(lang, f"Nej – remissen går till {item.name.sv.split(' till ', 1)[-1]}, inte till {who}.",
             f"No – the consultation goes to {item.name.get('en').split(' with ', 1)[-1]}, not to {who}.")
    then = t(lang, f"Efter remissen kommer enligt tidplanen {steps} och sist **{final}**; tidplanen anger inget "
                   f"datum för beslutet, bara att en uppdaterad RUS ska vara klar {ready}.",
             f"After the consultation the timeline has {steps} and last **{final}**; it gives no date for the "
             f"decision, only that an updated RUS is to be ready {ready}.")
    if not council:
        then += t(lang, " Att nämnderna skulle lämna remissvar står inte i underlaget.",
                  " The material does not say that the committees give consultation responses.")
    return lead + " " + then


# The remiss said to have gone out to a municipality's own body ("Remissen har ju gått ut till kommunfullmäktige,
# eller hur?"): a claim of whom it goes to, unlike "tar vi svaret i nämnden?", the organisation's own affair.
_TO_MUNICIPAL = re.compile(r"\b(?:remiss\w*|consultation)\s+(?:\w+\s+){0,3}?(?:gatt|gick|gar|skickats|skickades|"
                           r"skickas|skickats ut|went|goes|gone|was sent|has been sent|been sent)\s+(?:ut\s+|out\s+)?"
                           r"(?:till|to)\s+(?:var\w*\s+|er\s+|the\s+|our\s+|your\s+)?(kommunfullmaktige|"
                           r"kommunstyrelsen|municipal council|municipal executive board)\b")


def _to_municipal_body(kit: Kit, q: Asked, text: str) -> str | None:
    """"Nej – remissen går till partnerskapet, inte till kommunfullmäktige" (b73 #37), when the message claims it."""
    found = _TO_MUNICIPAL.search(text)
    item = kit.process.consultation_item
    if found is None or item is None:
        return None
    lang = q.language
    body = {"kommunfullmaktige": "kommunfullmäktige", "kommunstyrelsen": "kommunstyrelsen"}.get(found.group(1),
                                                                                              found.group(1))
    return t(lang, f"Nej – remissen går till {item.name.sv.split(' till ', 1)[-1]}, där kommunerna är företrädda, "
                   f"inte till {body}.",
             f"No – the consultation goes to {item.name.get('en').split(' with ', 1)[-1]}, in which the "
             f"municipalities are represented, not to the {body}.")


# "göras om helt från början", "riva upp allt", "revidering i sin helhet", "from scratch": a premise of a new RUS in
# so strong words that it stands whatever the form of the question ("varför ska RUS … riva upp allt igen").
_WHOLESALE = re.compile(r"\b(?:gor\w*|gjor\w*|goras|gors) om (?:\w+ ){0,2}(?:helt|fran (?:borjan|grunden|scratch))\b|"
                        r"\b(?:om|fram|allt|hela|skrivas|skrivs|byggas|byggs)\b(?: \w+){0,3} "
                        r"fran (?:borjan|grunden|scratch)\b(?! av\b)|"
                        r"\briva (?:upp|om) (?:\w+ )?(?:allt|hela)\b|"
                        r"\brivs? upp\b|\bi sin helhet\b|\bhelt omarbetad\w*|\bfrom scratch\b|\bstart(?:ing)? over\b|"
                        r"\b(?:whole|entire|full|complete) (?:revision|rewrite|overhaul)\b|\brewrit\w+ (?:it|rus|the "
                        r"strategy) (?:entirely|completely|from)|"
                        # "are they rewriting the whole strategy?", "skriver de om hela strategin?" (b81 #9)
                        r"\b(?:rewrit\w*|redraft\w*) (?:of )?(?:the |all of the )?(?:whole|entire|complete) "
                        r"(?:strategy|rus|document)\b|\bskriv\w* (?:de |man |ni )?om (?:hela|allt)\b|"
                        r"\bskriv(?:a|as|s)? (?:hela|allt) (?:\w+ ){0,2}om\b|\bhela (?:rus|strategin)\w* (?:\w+ )?"
                        r"skriv(?:a|as|s) om\b")
# A claim passed on ("someone told me …, is that so?", "jag har förstått att …").
_PASSED_ON = re.compile(r"\b(?:told (?:me|us)|is that so|heard|horde|har forstatt|forstod det som)\b|"
                        r"(?:^|[.?!]\s*)(?:kommer|will|is|are)\b")     # "Kommer strukturen att ändras?"
_WHY_NOT = re.compile(r"\b(?:varfor inte|why not)\b")
_WHOLESALE_CHEAP = ("borjan", "grunden", "scratch", "riva", "rivs", "helhet", "omarbet", "start", "revision", "rewrit",
                    "overhaul", "redraft", "skriv")
# A review after this one ("nästa mandatperiod", "next time", "efter valet", "2023"): the material says only that
# RUS is reviewed every mandate period, not what the next review brings – this update's "not a new RUS" is no answer.
_FUTURE = re.compile(r"\bnasta (?:mandatperiod\w*|gang|oversyn\w*|period|revidering\w*|valperiod\w*)|\bframover\b|"
                     r"\bframgent\b|\bi framtiden\b|\befter valet\b|"
                     r"(?<![–-])(?<![–-] )\b20(?:2[3-9])\b(?! ?[–-] ?20)|\bnext (?:time|review|term|"
                     r"mandate period|electoral term|period)\b|\bin (?:the )?future\b|\bgoing forward\b|"
                     r"\bafter the (?:next )?election\b")
# An either/or between the whole and a part ("revidering i sin helhet eller en begränsad uppdatering?").
_WHICH_OF = re.compile(r"\beller\b.*\b(?:uppdatering|begransad|delvis)|\bor\b.*\b(?:update|limited|partial)")

# "en helt ny RUS", "ny struktur", "nya mål", "ny RUS 2022": the mandate says the opposite.
# "nya RUS" / "the new RUS" is only what people call the updated one ("Är nya RUS beslutad nu?", b28 #62): a
# premise of a new strategy needs an article or "helt" ("en ny RUS", "a new RUS") or a new structure or goals.
_NEW_RUS = re.compile(r"\b(?:en (?:helt )?|helt )ny rus\b|\bnya? struktur\b|\bnya mal\b|"
                      r"\b(?:a|an|an entirely|a completely|a whole) new rus\b|\bnew (?:structure|goals)\b|"
                      r"\brus (?:2022|2023)\b|\bbrand ?new\b|"
                      # "det är en helt ny strategi som tas fram" ("ny strategi" alone is the EU's or the nation's).
                      # ("en helt ny regional utvecklingsstrategi": the whole name, b55 #2)
                      r"\bhelt ny (?:regional )?(?:strategi|rus|utvecklingsstrategi)\w*|"
                      r"\b(?:completely|entirely|totally|whole|brand) ?new (?:regional )?(?:development )?strategy\b|"
                      # "strukturen i RUS ska göras om helt", "the structure is to be redone": the structure is kept.
                      r"\bstrukturen\b(?: \w+){0,4} (?:gors|goras|gjorts|ska gora|byggs|byggas|ritas) om\b|"
                      r"\bstrukturen\b(?: \w+){0,4} (?:andras|bytas|byts) (?:helt|ut|om)\b|"
                      r"\bny(?:a)? struktur(?!fond)\w*\b|"
                      r"\b(?:restructur\w*|(?:redo|rework|overhaul|rebuild|change)\w* (?:the |its |rus ?s? )?"
                      r"structure)\b|"
                      r"\bstructure\b(?: \w+){0,4} (?:redone|reworked|rebuilt|overhauled|changed completely)\b|"
                      # "Ska RUS struktur ändras?", "ändras strukturen?": the structure is kept.
                      r"\bstruktur(?:en)?(?: \w+){0,2} (?:andras|forandras|andrats)\b|"
                      r"\b(?:andras|forandras) (?:\w+ ){0,2}strukturen\b|\b(?:will|is) (?:the|its) structure change|"
                      + _WHOLESALE.pattern)
_COUNCIL = re.compile(r"\b(regionfullmaktige|rf(?! sisu)|regional council)\b")
_VOTES = re.compile(r"\b(beslutar|besluta|rostar|rosta|fattar|sitter (?:vi )?med|ar (?:vi )?med|vote|votes|decide)\b")


# A premise stated as the ground of the question ("Eftersom det är en helt ny RUS – när …?"): a claim as well.
_GIVEN = re.compile(r"\b(?:eftersom|efterson|da|nu nar|nar nu|med tanke pa att|since|given that|now that|as)\b")


def _new_rus(kit: Kit, q: Asked, text: str) -> str | None:
    """"Blir det en helt ny RUS med ny struktur, stämmer det?": the mandate is updates to the current RUS,
    its structure kept, ready at the end of 2021 – said first, since a yes would agree with the premise."""
    return new_rus_claim(kit, q.text, text, q.language)


def new_rus_claim(kit: Kit, raw: str, text: str, lang: Language) -> str | None:
    """The correction of a premise of a new RUS in a message (raw and folded), or None."""
    # (Every reading of _NEW_RUS has "ny", "new" or "rus 202": a substring test spares most questions the regex.)
    if "ny" not in text and "new" not in text and "rus 202" not in text and "struktur" not in text and (
            "structur" not in text) and not any(w in text for w in _WHOLESALE_CHEAP):
        return None
    if not _NEW_RUS.search(text):
        return None
    claimed = bool(_CHECKING.search(text) or is_yes_no(raw) or _GIVEN.search(text) or _PASSED_ON.search(text) or
                   re.search(r"\b(kan|far|ska) (jag|vi) (skriva|saga)\b|\bcan i (write|say)\b", text))
    if not claimed and (not _WHOLESALE.search(text) or _WHY_NOT.search(text)):
        return None     # ("varför inte börja om från början?" asks why not: the mandate's own answer, b59)
    if _FUTURE.search(text):
        return future_review(kit, lang)
    fix = new_rus_fix(kit, lang)
    if fix is not None and _WHICH_OF.search(text):
        # Either/or: which of the two, not "Nej".
        fix = t(lang, "En uppdatering – ", "An update – ") + fix.split(" – ", 1)[1]
    elif fix is not None and not claimed:
        # "… känns onödigt att riva upp allt", "why now rather than a full revision later?": no yes/no asked, the
        # premise is corrected without a "Nej".
        rest = fix.split(" – ", 1)[1]
        fix = rest[:1].upper() + rest[1:]
    return fix


FUTURE_LEAD = ("RUS ses över varje mandatperiod", "RUS is reviewed every mandate period")


def future_review(kit: Kit, lang: Language) -> str | None:
    """"Blir det en helt ny RUS nästa mandatperiod?": what the material gives (reviewed every mandate period) and that
    what the next review brings is not in it."""
    if not any("mandatperiod" in folded(f.text.sv) for f in kit.process.facts):
        return None
    mandate = {f.id: f for f in kit.process.facts if f.topic == "mandate"}
    now = " ".join(mandate[i].text.get(lang) for i in ("mandate-update-not-new", "mandate-ready") if i in mandate)
    return t(lang, f"{FUTURE_LEAD[0]}, men vad nästa översyn innebär – en helt ny RUS eller en uppdatering – står "
                   "inte i underlaget. Det som står gäller den här översynen: ",
             f"{FUTURE_LEAD[1]}, but what the next review will bring – a wholly new RUS or an update – is not in "
             "the material. What it says is about this review: ") + lower_first(now)


def new_rus_fix(kit: Kit, lang: Language) -> str | None:
    """"Nej – det är inte en ny RUS …; strukturen behålls." from the mandate's facts."""
    mandate = {f.id: f for f in kit.process.facts if f.topic == "mandate"}
    not_new, keep, ready = (mandate.get(i) for i in ("mandate-update-not-new", "mandate-keep-structure",
                                                     "mandate-ready"))
    if not_new is None:
        return None
    said = [lower_first(not_new.text.get(lang)).rstrip(".")]
    if keep is not None:
        said.append(lower_first(keep.text.get(lang)).rstrip("."))
    fix = t(lang, "Nej – ", "No – ") + t(lang, "; ", "; ").join(said) + "."
    if ready is not None:
        fix += " " + ready.text.get(lang)
    return fix


# The council's decision as the time of something else ("innan regionfullmäktige beslutar", "before the council
# decides"): no claim that the asker votes.
_COUNCIL_TIME = re.compile(r"\b(?:innan|fore|nar|efter|tills|before|when|after|until) (?:regionfullmaktige|rf|"
                           r"fullmaktige|the regional council|the council) (?:\w+ )?(?:beslutar|beslutat|fattar|tar|"
                           r"decides?|has decided|votes?)\b")
_WHEN_DECIDES = re.compile(r"\b(?:nar|when)\b(?: \w+){0,2} (?:beslutar|fattar|tar|decides?|votes?)\b")


def _council_vote(kit: Kit, q: Asked, text: str) -> str | None:
    """"Sitter vi (Länsstyrelsen) med och beslutar i regionfullmäktige?": a partner organisation is a member
    of the partnership; the political decision is regionfullmäktige's."""
    # (Substrings of the council's names first, then the pattern compiled once: most questions name no council.)
    if not ("rf" in text or "regionfullmaktige" in text or "regional council" in text) or not _COUNCIL.search(
            text) or not _VOTES.search(text):
        return None
    if _WHEN_DECIDES.search(text):
        return None     # "när beslutar RF då?": when, not whether we vote (b62 #50)
    if _COUNCIL_TIME.search(text):
        return None     # "… träffas igen innan regionfullmäktige beslutar": the council's decision as a time (b76 #96)
    if not (is_yes_no(q.text) or re.search(r"\b(om|whether|if) (vi|ni|we|they|de)\b", text) or
            re.match(r"\W*(rostar|beslutar|sitter|fattar|do|does) (vi|ni|we|they|de)\b", text)):
        return None
    orgs = [o for o in kit.process.organisations if folded(o.name.lower()) in text or
            folded(o.name.lower()) in folded(q.text.lower())]
    if not orgs and not re.search(r"\b(vi|we)\b", text):
        return None
    lang = q.language
    partnership = kit.process.consultation_item
    name = partnership.name.get(lang).split(t(lang, " till ", " with "), 1)[-1] if partnership else t(
        lang, "Partnerskapet för regional utveckling", "the Partnership for Regional Development")
    who = orgs[0].name if orgs else t(lang, "Er organisation", "Your organisation")
    return t(lang, f"Nej – det politiska beslutet fattas av regionfullmäktige (RF). {who} är med i {name}, "
                   "som beslutar om vad som ska uppdateras och svarar på remissen.",
             f"No – the political decision is taken by the regional council (regionfullmäktige, RF). {who} is a "
             f"member of {name}, which decides what is to be updated and answers the consultation.")



# An organisation said to take the decision ("Länsstyrelsen fattar beslut om den nya RUS:en", "the county
# administrative board decides"); "beslutar om vad som ska uppdateras" is the partnership's own part, not this.
_DECIDES = re.compile(r"\b(?:beslutar|beslutade|bestammer|bestamde|fattar (?:\w+ ){0,2}beslut\w*|"
                      r"tar (?:\w+ ){0,2}beslut\w*|decides?|decided|takes the decision|makes the decision|adopts?|"
                      # "Har länsstyrelsen redan godkänt nya RUS?" (b79 #96)
                      r"godkant|godkand\w*|godkanner|godkande|antagit|antog|klubbat|klubbade|approved?|approves|"
                      r"adopted)\b")
_WHAT_IS_UPDATED = re.compile(r"\bvad som ska (?:uppdateras|andras)|"
                              r"\bwhat (?:is|should be) (?:to be )?updated")
_SAYS_SO = re.compile(r"\b(?:skrev|skrivit|wrote|written|ratta|correct|trodde|tror|believe)\b")


def _wrong_decider(kit: Kit, q: Asked, text: str) -> str | None:
    """"Stämmer det att Länsstyrelsen beslutar om RUS?": a member organisation does not take the decision; the
    regional council does, and the partnership (which the organisation is in) decides what is to be updated."""
    orgs = [o for o in q.entities.organisations if "region" not in folded(o.name.lower())]
    verb = _DECIDES.search(text) if orgs else None
    if verb is None or _WHAT_IS_UPDATED.search(text):
        return None
    # The organisation said to decide is the one named just before the verb ("… och att Länsstyrelsen fattar
    # beslut … /Nora", not the signature), or just after it when the verb opens the question ("Beslutar
    # universitetet …?"); "regionstyrelsen som tar beslut … Mvh Laxå" names none.
    near = text[max(0, verb.start() - 40):verb.start()]
    if not text[:verb.start()].strip(" ,.!?:;-"):
        near += text[verb.end():verb.end() + 30]
    orgs = [o for o in orgs if any(w[:8] in near or any(a.rstrip("=") in near for a in NAME_SYNONYMS.get(w, ()))
                                   for w in tokens(fold(o.name)) if w not in NAME_STOP)]
    if not orgs:
        return None
    if "regionfullmaktige" in text or re.search(r"\brf\b(?! ?sisu)|regional council", text):
        return None     # the council named: _council_vote's question, or a choice between the two
    if not (_CHECKING.search(text) or _CLAIMED.search(text) or _SAYS_SO.search(text) or is_yes_no(q.text)):
        return None
    lang = q.language
    partnership = kit.process.consultation_item
    name = partnership.name.get(lang).split(t(lang, " till ", " with "), 1)[-1] if partnership else t(
        lang, "Partnerskapet för regional utveckling", "the Partnership for Regional Development")
    who = join_list([o.name for o in orgs], lang)
    owner = kit.process.owner       # the process file's region, not this one's name written in
    fix = t(lang, f"Nej – det politiska beslutet om den uppdaterade RUS fattas av regionfullmäktige (RF) i {owner}, "
                  f"inte av {who}. {who} är med i {name}, som beslutar om vad som ska uppdateras.",
            f"No – the political decision on the updated RUS is taken by the regional council "
            f"(regionfullmäktige, RF) of {owner}, not by {who}. {who} is a member of {name}, which decides "
            "what is to be updated.")
    if steps_asked(text) and (then := after_consultation(kit, lang)) is not None:
        fix += " " + then   # "… samt redogöra för de efterföljande stegen?": asked for in so many words (b74 #67)
    return fix


# The steps that follow asked for in so many words, beside a claim ("redogöra för de efterföljande stegen",
# "vilka steg kommer sedan", "what are the next steps").
_STEPS_ASKED = re.compile(r"\b(?:efterfoljande|kommande|fortsatta|nasta|resterande|ovriga) (?:steg|stegen|moment)\b|"
                          r"\b(?:steg|stegen|moment) (?:som )?(?:kommer|foljer|aterstar) (?:sedan|darefter|efter)|"
                          r"\bvad (?:hander|sker) (?:sedan|sen|darefter|efter det|harnast)\b|"
                          r"\b(?:next|following|subsequent|remaining) steps\b|"
                          r"\bwhat happens (?:next|after that|then)\b")


def steps_asked(text: str) -> bool:
    """Whether a (folded) message asks for the steps that follow in so many words."""
    return _STEPS_ASKED.search(text) is not None


def after_consultation(kit: Kit, lang: Language) -> str | None:
    """"Efter remissen kommer enligt tidplanen …": the steps after the consultation, and the goal without a date
    for the decision."""
    item = kit.process.consultation_item
    if item is None:
        return None
    after = [i for i in kit.process.timeline[kit.index[item.id] + 1:] if i.kind in ("step", "decision")]
    if not after:
        return None
    steps = ", ".join(i.name.get(lang).lower() for i in after[:-1])
    final = after[-1].name.get(lang)
    goal = kit.last_dated()
    ready = format_fuzzy_at(goal.last, lang) if goal.last is not None else ""
    return t(lang, f"Efter remissen kommer enligt tidplanen {steps} och sist **{final}**; tidplanen anger inget "
                   f"datum för beslutet, bara att en uppdaterad RUS ska vara klar {ready}.",
             f"After the consultation the timeline has {steps} and last **{final}**; it gives no date for the "
             f"decision, only that an updated RUS is to be ready {ready}.")

# The council's decision told as taken ("RF har redan antagit den i juni", "the council adopted it in May").
_DECIDED = re.compile(r"\b(?:beslutat\w*|beslutade|antagit|antogs|antog|antagits|klubbat|klubbade|faststallt|"
                      r"faststallde|fattat beslut\w*|fattade beslut\w*|tog beslut\w*|tagit beslut\w*|"
                      r"decided|adopted|approved|passed|took the decision|made the decision)\b")
_DECIDED_STEMS = any_of(("beslutat", "beslutade", "antagit", "antog", "klubbat", "klubbade", "faststall",
                         "fattat beslut", "fattade beslut", "tog beslut", "tagit beslut", "decided", "adopted",
                         "approved", "passed", "took the decision", "made the decision"))
_TOLD = re.compile(r"\b(?:redan|already|nu nar|nar nu|now that|"
                   r"forstod|forstatt|uppfattat|uppfattade|trodde|hort|horde|understood|heard|"
                   r"sa att|sade att|said|told)\b")


def _early_decision(kit: Kit, q: Asked, text: str) -> str | None:
    """"Vi förstod att regionfullmäktige redan beslutat om RUS i juni – varför ska vi svara på remissen?": the
    council decides after the consultation, the writing after it and the anchoring, so no decision is taken
    before the consultation ends; said first, with the steps between, from the timeline."""
    if not _DECIDED_STEMS.search(text):
        return None             # no decision told as taken: most questions stop here
    p, lang = kit.process, q.language
    item = p.consultation_item
    found = _POLITICAL.search(text)
    if item is None or item.last is None or found is None or not found.group(1).startswith(
            ("regionfullmaktige", "rf", "regional")) or not _DECIDED.search(text):
        return None
    if not (_TOLD.search(text) or _CHECKING.search(text) or is_yes_no(q.text)):
        return None
    _, _, _, last, _ = kit.consultation_parts()
    if last is None:
        return None
    months = [m for m, _ in _asked_dates(text)] or [_MONTHS[m] for m in re.findall(rf"\b({_MONTH})\b", text)]
    years = [int(y) for y in _YEAR.findall(text)]
    if months:
        if any(m > last.month for m in months) or any(y != last.year for y in years):
            return None         # a month after the consultation is no wrong premise this rule can tell
    elif not (re.search(r"\b(?:redan|already|nu nar|nar nu|now that)\b", text) and q.today <= last):
        # ("Nu när RF har beslutat …" takes the decision as taken just as "redan" does.)
        return None
    later = p.timeline[kit.index[item.id] + 1:]
    between = [i for i in later if i.kind == "step"]
    decision = next((i for i in later if i.kind == "decision"), None)
    if decision is None:
        return None
    goal = kit.last_dated()
    steps = join_list([lower_first(i.name.get(lang)) for i in between], lang)
    fix = t(lang, f"Nej – enligt tidplanen kommer {lower_first(decision.name.get(lang))} först efter remissen "
                  f"({item_when(item, lang)})",
            f"No – according to the timeline the {lower_first(decision.name.get(lang))} comes only after the "
            f"consultation ({item_when(item, lang)})")
    if steps:
        fix += t(lang, f": efter den följer {steps}, och sedan beslutet.",
                 f": after it come {steps}, and then the decision.")
    else:
        fix += "."
    fix += t(lang, " Tidplanen anger inget eget datum för beslutet", " The timeline gives the decision no date of "
             "its own")
    if goal.kind == "milestone" and goal.last is not None:
        fix += t(lang, f"; en uppdaterad RUS ska vara klar {format_fuzzy_at(goal.last, lang)}",
                 f"; an updated RUS is to be ready {format_fuzzy_at(goal.last, lang)}")
    fix += "."
    # "… tog beslut i mars": what the month asked about does have, when the plan dates something in it.
    dated = [i for i in p.timeline if i.first is not None and i.first.is_exact and
             i.first.earliest.month in months and all(i.first.earliest.year == y for y in years)]
    if len(set(months)) == 1 and dated:
        month_name = t(lang, _NAME_MONTHS[months[0] - 1], _NAME_MONTHS_EN[months[0] - 1])
        fix += " " + t(lang, f"I {month_name} har tidplanen ", f"In {month_name} the timeline has ") + join_list(
            [f"**{i.name.get(lang)}** ({format_date(i.first.earliest, lang)})" for i in dated  # type: ignore[union-attr]
             ], lang) + "."
    return fix


# An event behind the review told as having come in late ("lades till först efter remissen", "was added later").
_LATE = Quick(re.compile(r"\b(?:lades till|lagts till|lagt till|tillkom|tillkommit|kom till|kom in|togs in|fors in|"
                         r"lades in|added|came in|brought in)\b|"
                         r"\b(?:forst|inte forran|only|not until) (?:efter|after)\b"))


# An event behind the review told as done already ("strategin är redan klar", "the strategy has been adopted").
_DONE = re.compile(r"\b(?:redan|already)\b.*\b(?:klar|fardig|beslutad|antagen|faststalld|finns|ready|adopted|"
                   r"decided|published|out)\b|\b(?:klar|fardig|beslutad|antagen|ready|adopted|decided)\b.*\b(?:redan|"
                   r"already)\b")
_COPY = re.compile(r"\b(?:skriva av|skriv av|kopiera|kopierar|klistra|copy|copies|copied|ta over|transcribe)\b")


def _named_driver(kit: Kit, text: str) -> Driver | None:
    """The event behind the review the question names, by a long word of it or two words in a row."""
    words = set(re.findall(r"\w+", text))
    best, score = None, 0
    for driver in kit.process.drivers:
        # The process's own subject ("regional utveckling") names no one event.
        named = [w for w in tokens(fold(driver.text.sv.lower())) + tokens(fold((driver.text.en or "").lower()))
                 if not w.startswith(("region", "utveckl", "develop"))]
        long = [w for w in named if len(w) >= 8]
        pairs = [f"{a} {b}" for a, b in pairwise(named) if len(a) >= 4 and len(b) >= 4]
        hits = sum(any(x.startswith(w[:10]) for x in words) for w in long) + sum(pr in text for pr in pairs)
        if hits > score:
            best, score = driver, hits
    return best


def _claimed_driver(kit: Kit, q: Asked, text: str, claim: re.Pattern[str] | Quick) -> Driver | None:
    """The event behind the review that a claim `claim` finds is made about, when the question claims or checks it."""
    if not claim.search(text) or not (_CLAIMED.search(text) or _CHECKING.search(text) or is_yes_no(q.text)):
        return None
    return _named_driver(kit, text)


def _done_driver(kit: Kit, q: Asked, text: str) -> str | None:
    """"Stämmer det att den nya nationella strategin redan är klar och att RUS bara ska skriva av den?": the material
    has the event as it names it ("kommer under 2021") and nothing of its being done; RUS is an update of its own."""
    # ("redan"/"already" first: every reading of _DONE has one, and most questions have neither.)
    if "redan" not in text and "already" not in text:
        return None
    driver = _claimed_driver(kit, q, text, _DONE)
    if driver is None:
        return None
    lang = q.language
    fix = t(lang, f"Det står inte i underlaget att den redan är klar. Där står bara **{driver.text.sv}**, "
                  "som en av händelserna i omvärlden bakom översynen av RUS.",
            f"The material does not say it is done already. It only has **{driver.text.en}**, "
            "as one of the events in the world behind the review of RUS.")
    mandate = {f.id: f for f in kit.process.facts if f.topic == "mandate"}
    not_new, keep = mandate.get("mandate-update-not-new"), mandate.get("mandate-keep-structure")
    role = kit.roles.get(kit.rules.partnership_role or "")
    if _COPY.search(text) and not_new is not None:
        # "… och RUS bara ska skriva av den": the mandate and who decides what is updated say otherwise.
        fix += " " + t(lang, "RUS skrivs inte av: ", "RUS is not copied from it: ") + lower_first(
            not_new.text.get(lang))
        if keep is not None:
            fix += " " + keep.text.get(lang)
        if role is not None:
            fix += " " + role.text.get(lang).split(", och ")[0].split(", and ")[0].rstrip(".") + "."
    return fix


def _late_driver(kit: Kit, q: Asked, text: str) -> str | None:
    """"Stämmer det att landsbygdsutvecklingen lades till först efter remissen?": the events in the world are what
    the leadership's mandate for the review rests on, so they were there from the start; what changed after the
    remiss the material does not say."""
    driver = _claimed_driver(kit, q, text, _LATE)
    if driver is None:
        return None
    lang = q.language
    fix = t(lang, f"Nej – **{driver.text.sv}** är enligt underlaget en av händelserna i omvärlden som "
                  "regionledningens uppdrag att se över RUS bygger på, alltså med från början och inte tillagd senare.",
            f"No – according to the material, **{driver.text.en}** is one of the events in the world that the "
            "regional leadership's mandate to review RUS rests on, so it was there from the start, not added later.")
    if "remiss" in text or "consultation" in text:
        fix += t(lang, " Vad som ändrades efter remissen säger underlaget inte.",
                 " The material does not say what was changed after the consultation.")
    return fix


def _dated_lead(kit: Kit, q: Asked, text: str) -> str | None:
    """What the plan says of a date the question attaches to one of its events, when it contradicts the plan or the
    plan cannot confirm it; a day finer than the plan's date ("öppnar den 15 juni" of "mitten av juni") only when
    the question checks it."""
    found = dates.dated(kit, q.text, q.today, q.language)
    if found is None or found.verdict == "right":
        return None
    if found.verdict == "finer" and not (_CHECKING.search(text) or _CLAIMED.search(text) or is_yes_no(q.text)):
        return None
    return found.lead


def decider_beside_date(kit: Kit, q: Asked) -> str | None:
    """A wrong decider claimed in the same message as a wrong date ("… pågick juni–augusti och att Länsstyrelsen
    fattar beslut …"): both are corrected, the date first."""
    return _wrong_decider(kit, q, folded(q.text))


def dated_fix(kit: Kit, q: Asked) -> dates.Dated | None:
    """The verdict on a date the question attaches to an event of the timeline, when it is what the answer must open
    with (no other wrong premise of the question comes first)."""
    found = dates.dated(kit, q.text, q.today, q.language)
    if found is None:
        return None
    if found.verdict == "right":
        # "Remissen stänger 30 september, va?": a yes, when the date is all that is checked and nothing else is wrong.
        return found if found.checked and correction(kit, q) is None else None
    return found if correction(kit, q) == found.lead else None


def correction(kit: Kit, q: Asked) -> str | None:
    """"Nej – …" with the right date, when the question checks a wrong one; else None."""
    text = folded(q.text)
    if (late := _late_driver(kit, q, text)) is not None:
        return late
    if (done := _done_driver(kit, q, text)) is not None:
        return done
    if (early := _early_decision(kit, q, text)) is not None:
        return early
    decider = _wrong_decider(kit, q, text) if _dated_lead(kit, q, text) is None else None
    if (new := _new_rus(kit, q, text)) is not None:
        if decider is not None and (verb := _DECIDES.search(text)) is not None and "?" in text[verb.end():]:
            # "Har länsstyrelsen redan godkänt nya RUS? … Och är det en helt ny strategi nu?": both premises
            # refuted, the one asked first first (b79 #96 had the decider's only after the plan's "vet inte").
            first_q = text.index("?", verb.end())
            return f"{decider}\n\n{new}" if "?" in text[first_q + 1:] else f"{new}\n\n{decider}"
        return new
    if (vote := _council_vote(kit, q, text)) is not None:
        return vote
    if decider is not None:
        return decider
    if ("remiss" in text or "consultation" in text) and (wrong := _wrong_recipient(kit, q, text)) is not None:
        return wrong
    if "remiss" in text or "consultation" in text:
        if (municipal := _to_municipal_body(kit, q, text)) is not None:
            return municipal
    if (lead := _dated_lead(kit, q, text)) is not None:
        return lead
    if not _DATED.search(text):
        return None     # most questions name no date or interval: the rest is not worth reading for them
    if not _CHECKING.search(text) and not is_yes_no(q.text) and (
            not q.text.rstrip().endswith("?") or _ASKING.search(text)):
        return None
    lang = q.language
    p = kit.process
    goal = kit.last_dated()
    years = [int(y) for y in _YEAR.findall(text)]
    # "klar före valet 2022" with the goal at the end of 2021 states the right thing: a year given as a bound
    # the goal keeps is no wrong premise (b27 #46).
    bound = [int(y) for y in _BEFORE_YEAR.findall(text)]
    if goal.last is not None and any(goal.last.latest.year < y for y in bound):
        years = []
    # Only a year in a sentence that says ready is a year given for it ("Är RUS klar nu? … vår plan för 2022" is not).
    # (A clause of its own: "om RUS blir klar i år och om den börjar gälla 1 januari 2022" gives 2022 for when it
    # applies, not for when it is ready, b79 #99.)
    ready_years = [int(y) for y in years if any(
        _READY.search(s) and str(y) in _YEAR.findall(s)
        for s in re.split(r"(?<=[.?!])\s+|,?\s+(?:och|samt|and)\s+(?=om\b|huruvida\b|whether\b|if\b)", text))]
    if _READY.search(text) and ready_years and goal.last is not None and goal.kind == "milestone" and all(
            y != goal.last.latest.year for y in ready_years):
        fix = t(lang, f"Nej – enligt tidplanen ska en uppdaterad RUS vara klar {format_fuzzy_at(goal.last, lang)}.",
                f"No – according to the timeline an updated RUS is to be ready {format_fuzzy_at(goal.last, lang)}.")
        # "… klar först 2022, så ingen brådska?": the process's own word on its pace answers the "so".
        short = next((w for w in p.ways_of_working if "ledtid" in folded(w.name.sv)), None)
        if short is not None:
            fix += f" **{short.name.get(lang)}** – {short.text.get(lang)}"
        return fix
    if _REVIEW_EVERY.search(text) and _EVERY_YEARS.search(text) and not _FOUR.search(text) and (
            "mandatperiod" not in text):
        said = next((f for f in p.facts if "mandatperiod" in folded(f.text.sv)), None)
        if said is not None:
            return t(lang, "Nej – RUS ses över varje mandatperiod.",
                     "No – RUS is reviewed every term of office (mandatperiod).")
    return None


# A claim put up for checking ("Stämmer det att …", "Is it true that …", "… eller hur?"): its "Ja" must be earned.
_CLAIMED = re.compile(r"\b(?:stammer (?:det|detta)|ar det (?:sant|ratt|korrekt)|eller hur|is it (?:true|correct|"
                      r"right)|(?:true|correct|right) that)\b")
# "… genom majoritetsbeslut eller i konsensus?": a yes/no question offering alternatives asks which, not whether.
_ALTERNATIVES = re.compile(r"\b((?:\w+\s+){0,1}\w+)\s+(?:eller|or)\s+((?:\w+\s+){0,2}\w+)\W*$")
# A verb form the material may word otherwise ("beställde" for "gav i uppdrag", "kommit"): only the nouns of a claim
# are held against the material's words, since an invented thing ("vetorätt", "konsensus") is named by a noun.
_VERB_FORM = re.compile(r"(?:ade|de|te|dde|tt(?<!att)|it|at|ed|er|ar)$")
_YES = re.compile(r"^(?:Ja|Yes)(?:\.|,| –|:)\s*")


_SAID: dict[int, frozenset[str]] = {}


def _said_stems(process: object) -> frozenset[str]:
    """The first five letters of every word the process file says (sv and en), folded; once per process."""
    if (known := _SAID.get(id(process))) is not None:
        return known
    out: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            out.update(w[:5] for w in tokens(fold(x)))
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(process.model_dump())  # type: ignore[attr-defined]
    # The words the bot understands a question by ("stängd", "semestern") are no invention either – all but the
    # ones it knows to be out of the material ("budget", "lön").
    for concept, words in CONCEPTS.items():
        if concept != "OUT":
            out.update(w[:5] for word in words for w in tokens(word.rstrip("=")))
    _SAID[id(process)] = frozenset(out)
    return _SAID[id(process)]


# Words of any claim that name nothing ("helt", "verkligen", "i så fall"): never held against the material.
_PLAIN = frozenset({"helt", "bara", "fall", "haha", "vill", "fatt", "nasta", "gamla", "kunna", "korrekt", "verkligen",
                    "egentligen", "faktiskt", "alltsa", "sjalva", "ocksa", "aven", "redan", "snart", "really",
                    "actually", "also", "just", "only", "indeed", "still", "already", "okay"})


def _claim_span(text: str) -> str:
    """The claim in a folded question: after "stämmer det att …" to the sentence's end; before "…, eller hur?" in its
    sentence; the sentence before a "Stämmer det?" standing alone; in "… X eller Y?" both alternatives."""
    found = _CLAIMED.search(text)
    if found is None:
        either = _ALTERNATIVES.search(text)
        return f"{either.group(1)} {either.group(2)}" if either else ""
    after = re.match(r"\W*(?:att|that)\b([^.?!]*)", text[found.end():])
    if after:
        return after.group(1)
    sentences = re.split(r"(?<=[.?!])\s+", text[:found.start()])
    claim = sentences[-1] if sentences[-1].strip(" ,–-") else (sentences[-2] if len(sentences) > 1 else "")
    # "… kollegorna säger att remissen är stängd. Är det sant?": the claim is what was said, not who said it.
    return re.split(r"\b(?:att|that)\b", claim)[-1]


def unsaid(kit: Kit, q: Asked, answer: Answer) -> list[str]:
    """The things a checked claim names that neither the process file nor the answer says a word of, as asked."""
    text = folded(q.text)
    claimed = _CLAIMED.search(text)
    either = not claimed and is_yes_no(q.text) and _ALTERNATIVES.search(text)
    if not (claimed or either):
        return []
    said = _said_stems(kit.process) | {w[:5] for w in tokens(fold(answer.text))}
    claim = set(re.findall(r"[\w-]+", _claim_span(fold(q.text.lower()))))
    words = [m.group() for m in re.finditer(r"[\wåäöÅÄÖéü-]+", q.text)]
    folded_words = re.findall(r"[\w-]+", fold(q.text.lower()))
    if len(words) != len(folded_words):
        return []
    unknown = [n for n, (w, f) in enumerate(zip(words, folded_words, strict=True)) if len(f) >= 4 and f in claim and
               f not in _PLAIN and (g := "".join(tokens(f))) and g[:5] not in said and not g.isdigit() and
               not _VERB_FORM.search(g) and not w[:1].isupper()]
    if either:
        # "med i partnerskapet eller bara observatör?", "som egen part eller via något länsorgan?": unless both
        # alternatives name something the material never mentions, one of them is what it bears out.
        sides = [set(re.findall(r"\w+", side)) for side in either.groups()]
        if not all(any(len(folded_words[n]) >= 6 and folded_words[n] in side for n in unknown) for side in sides):
            return []
    # Neighbours are one thing ("kvalificerad majoritet").
    phrases: list[list[int]] = []
    for n in unknown:
        if phrases and phrases[-1][-1] == n - 1:
            phrases[-1].append(n)
        else:
            phrases.append([n])
    return list(dict.fromkeys(" ".join(words[n] for n in ph) for ph in phrases))


def unknown_first(kit: Kit, q: Asked, answer: Answer) -> Answer:
    """"Ja." to a claim naming what the material never mentions ("nämnderna har vetorätt", "majoritet eller
    konsensus") agreed with an invention: that the material says nothing of it comes first, and the yes goes."""
    if not _YES.match(answer.text):
        return answer
    missing = unsaid(kit, q, answer)
    if not missing:
        return answer
    rest = _YES.sub("", answer.text, count=1)
    lang = q.language
    named = ", ".join(missing[:-1]) + t(lang, " eller ", " or ") + missing[-1] if len(missing) > 1 else missing[0]
    lead = t(lang, f"Det står inte i underlaget något om {named}.", f"The material says nothing about {named}.")
    return answer.model_copy(update={"text": lead + " " + rest[:1].upper() + rest[1:]})


# "… när får vi se första utkastet?": when the proposed update can be read (not "nu när …", not one's own text).
_WHEN_DRAFT = re.compile(r"\b(?:nar|when)\b.*\b(?:utkast\w*|forslag\w*|draft\w*|proposal)\b")


def corrected(kit: Kit, q: Asked, answer: Answer) -> Answer:
    """The answer with its premise corrected first, when the question's premise is wrong."""
    if (which := which_in_month(kit, q)) is not None:
        which.suggestions = answer.suggestions
        return which
    if (order := before_or_after(kit, q)) is not None:
        order.suggestions = answer.suggestions
        # The premise is read in the question it is asked in: "…? o är det en helt ny rus".
        rest = q.text.split("?", 1)[1].strip(" ?.!-–") if "?" in q.text.rstrip(" ?") else ""
        rest = re.sub(r"^(?:o|och|and)\s+", "", rest, flags=re.IGNORECASE)
        fix = correction(kit, q) or (correction(kit, dataclasses.replace(q, text=rest)) if rest else None)
        if fix is not None and fix not in order.text:
            # "… före el efter avstämningen? o är det en helt ny rus": the order asked, then the premise corrected.
            order.text = f"{order.text}\n\n{fix}"
        return order
    if (input_ := decided_at_input(kit, q)) is not None:
        input_.suggestions = answer.suggestions
        return input_
    if (gap := between_steps(kit, q)) is not None:
        gap.suggestions = answer.suggestions
        return gap
    fix = correction(kit, q)
    if fix is not None and fix.startswith(FUTURE_LEAD):
        # A later review asked: this update's mandate after it would read as an answer about the next one.
        return answer.model_copy(update={"text": fix})
    if fix is None:
        answer = unknown_first(kit, q, answer)
    if fix is None or answer.text.startswith(("Nej", "No ", "No.", "No,")):
        return answer
    head, _, tail = answer.text.partition("\n")
    if (bold := re.match(r"\*\*[^*]+\*\*", head)) and bold.group() in fix and tail:
        # "**Landsbygdsutveckling …** är en av händelserna …" after a correction naming it: said once.
        answer = answer.model_copy(update={"text": tail})
    if answer.topic.startswith("decision") and _early_decision(kit, q, folded(q.text)) == fix:
        # The decision's timing is what the answer would have said again after the correction: said once.
        return answer.model_copy(update={"text": fix})
    lang = q.language
    if fix.startswith(("Nej – det", "No – this")) and fix[len(t(lang, "Nej – ", "No – ")):].split(
            ";")[0].rstrip(".").casefold() in answer.text.casefold() and _WHEN_DRAFT.search(folded(q.text)) and (
            item := kit.process.consultation_item) is not None:
        # "Eftersom det är en helt ny RUS – när får vi se utkastet?": the mandate again would not say when; the
        # proposed update is seen when it goes out on remiss.
        return answer.model_copy(update={"text": fix + "\n\n" + t(
            lang, "Förslaget till uppdaterad RUS går ut på remiss: ", "The proposed update goes out for consultation: ")
            + lower_first(item.text.get(lang)), "sources": [*answer.sources, item.source]})
    if fix.startswith(("Nej – det", "No – this")) and answer.text.startswith(("Ja, ", "Yes, ")):
        # "Ja, enligt underlaget ses RUS över" agreed with "helt ny RUS": the facts stand, the yes goes.
        rest = answer.text.split(", ", 1)[1]
        answer = answer.model_copy(update={"text": rest[:1].upper() + rest[1:]})
    elif answer.text.startswith(("Ja", "Yes")):
        # A yes to the rest of a question resting on a wrong date agrees with it: where the plan is instead.
        answer = plan.now(kit, q)
    return answer.model_copy(update={"text": fix + "\n\n" + answer.text})



# The steps a question can name by one word, in the timeline's own terms (ids of the process file).
_STEP_WORDS = (("avstamning", "avstamning-11-mars"), ("check in", "avstamning-11-mars"),
               ("checkin", "avstamning-11-mars"), ("remiss", "remiss"),
               ("consultation", "remiss"), ("remisen", "remiss"), ("politisk forankring", "politisk-forankring"),
               # "politiska förankringen", "political anchoring": the committees' step, not the partnership's
               # anchoring (b75 #22 was read as the consultation's dates).
               ("politiska forankring", "politisk-forankring"), ("political anchoring", "politisk-forankring"),
               ("namnd", "politisk-forankring"), ("committee", "politisk-forankring"),
               ("forankring", "fas2-forankring"), ("anchoring", "fas2-forankring"),
               ("regionfullmaktige", "beslut-rf"), ("regional council", "beslut-rf"),
               ("beslut", "beslut-rf"), ("decision", "beslut-rf"), ("skrivfas", "fas2-skrivfas-1"))
_NAME_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december")
_NAME_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


_EITHER = re.compile(r"\beller\b|\bor\b")
# The consultation said to come back: "öppen igen", "en andra runda", "open again", "a second round".
_AGAIN = re.compile(r"\b(?:igen|andra (?:runda|remissrunda|remiss)|ny remissrunda|again|second round|another round)\b")


# "Kommer remissen före eller efter att politikerna har tittat på det?": in an order question the politicians are
# their first step in the plan (elsewhere "min politiker" is a person, not a step).
_POLITICIANS = (("politiker", "politisk-forankring"), ("politician", "politisk-forankring"))


def named_steps(kit: Kit, text: str, words: tuple[tuple[str, str], ...] = _STEP_WORDS) -> list[TimelineItem]:
    found: list[TimelineItem] = []
    rest = text
    for word, item_id in words:
        if word in rest and item_id in kit.items and kit.items[item_id] not in found:
            found.append(kit.items[item_id])
            rest = rest.replace(word, " ")
    return found


def which_in_month(kit: Kit, q: Asked) -> Answer | None:
    """"Är det remissen eller förankringen som är i mars?": which of the steps named falls in the month
    asked about – often neither – and when each of them is."""
    text = folded(q.text)
    if ("eller" not in text and "or" not in text) or not _EITHER.search(text):   # (substrings of its two readings)
        return None
    if _ORDER.search(text):
        return None     # "Is the March check-in before or after …?": the month names the step; the order is asked
    asked = _asked_dates(text) or [(_MONTHS[m], None) for m in re.findall(rf"\b({_MONTH})\b", text)]
    if len({m for m, _ in asked}) != 1:
        return None
    steps = named_steps(kit, text)
    if len(steps) < 2:
        return None
    # The "eller" must offer steps on both sides ("remissen eller förankringen"), not "bekräfta eller dementera"
    # after a claim that names steps of its own (b40 #62).
    if not any(named_steps(kit, text[max(0, e.start() - 40):e.start()]) and named_steps(kit, text[e.end():e.end() + 40])
               for e in _EITHER.finditer(text)):
        return None
    lang, month = q.language, asked[0][0]

    # The month in the year the question means ("i december (alltså nu)" asked in December 2021 is December
    # 2021, not the December 2020 input the plan also has): the year the entity rules resolved it to.
    period = q.entities.period
    year = period.first.year if period is not None and period.first.month == month else None

    def in_month(item: TimelineItem) -> bool:
        bounds = item_bounds(item)
        if bounds is None:
            return False
        if year is not None:
            lo = dt.date(year, month, 1)
            hi = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
            return bounds[0] <= hi and bounds[1] >= lo
        return any(b.month == month for b in bounds) or bounds[0].month < month < bounds[1].month

    def may_fall(item: TimelineItem) -> bool:
        """An undated step may fall in the month of a known year when it lies, by the timeline's order, between
        dated items around the month."""
        if year is None or item_bounds(item) is not None:
            return False
        items = kit.process.timeline
        n = kit.index[item.id]
        before = next((b for i in reversed(items[:n]) if (b := item_bounds(i)) is not None), None)
        after = next((i.first for i in items[n + 1:] if item_bounds(i) is not None), None)
        lo = dt.date(year, month, 1)
        hi = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return (before is None or before[1] < hi) and (after is None or after.latest >= lo)

    # A step the question names by a word several steps share ("skrivfasen": before and after the consultation) is
    # the one that may fall in the month asked about.
    for n, step in enumerate(steps):
        if not in_month(step) and not may_fall(step):
            word = fold(step.name.sv).split()[0]
            twin = next((i for i in kit.process.timeline if i is not step and i.kind == step.kind
                         and fold(i.name.sv).split()[0] == word and may_fall(i) and i not in steps), None)
            if twin is not None:
                steps[n] = twin
    month_name = t(lang, _NAME_MONTHS[month - 1], _NAME_MONTHS_EN[month - 1])
    hits = [i for i in steps if in_month(i)]
    maybe = [i for i in steps if may_fall(i)]
    if hits:
        lead = t(lang, f"I {month_name}: " + ", ".join(with_when(f"**{i.name.sv}**", i, lang) for i in hits) + ".",
                 f"In {month_name}: " + ", ".join(with_when(f"**{i.name.en}**", i, lang) for i in hits) + ".")
    elif maybe:
        names = join_list([f"**{i.name.get(lang)}**" for i in maybe], lang)
        lead = t(lang, f"I {month_name} kan det vara {names}: utan eget datum i tidplanen, men enligt dess ordning kan "
                       "det infalla då.",
                 f"In {month_name} it may be {names}: no date of its own in the timeline, but by its order it may "
                 "fall then.")
        hits = maybe
    else:
        there = [i for i in kit.process.timeline if i.kind != "step" and in_month(i)]
        said = ", ".join(with_when(f"**{i.name.get(lang)}**", i, lang) for i in there)
        lead = t(lang, "Ingen av dem" + (f" – i {month_name} är det {said}." if there else f" ligger i {month_name}."),
                 "Neither" + (f" – in {month_name} it is {said}." if there else f" is in {month_name}."))
    consult = kit.process.consultation_item
    if consult is not None and consult in steps and consult not in hits and _AGAIN.search(text):
        # "är väl remissen öppen igen för en andra runda?": the plan has one consultation.
        lead = t(lang, f"Nej – tidplanen har en remiss ({item_when(consult, lang)}); någon andra remissrunda "
                       "finns inte i den. ",
                 f"No – the timeline has one consultation ({item_when(consult, lang)}); no second round is in "
                 "it. ") + lead
    lines = [lead]
    for item in steps:
        if item in hits:
            continue
        when = item_when(item, lang)
        if when is None:
            before = [i for i in kit.process.timeline[:kit.index[item.id]] if item_when(i, lang)]
            after = before[-1].name.get(lang) if before else None
            when = t(lang, "utan eget datum i tidplanen" + (f", efter {after.lower()}" if after else ""),
                     "no date of its own in the timeline" + (f", after the {after.lower()}" if after else ""))
        lines.append(f"- **{item.name.get(lang)}**: {when}")
    return kit.answer(q, "\n".join(lines), [i.source for i in (*steps, *hits)], topic="timeline")


_BETWEEN_WORDS = Quick(re.compile(r"\b(?:mellan|between|fran|from)\b"))
_HOW_LONG = re.compile(r"\bhur (?:lang|manga|mycket)\b|\bhow (?:long|many|much)\b")
_ITS_END = re.compile(r"\b(?:slut\w*|sista|stanger|stangs|end\w*|last|clos\w*)\b")


def between_steps(kit: Kit, q: Asked) -> Answer | None:
    """"Hur lång tid är det mellan avstämningen och remissens start?": the time from the earlier step to the
    later one's start (or end, when that is asked), as precise as the plan's dates are – about so many weeks or
    months when a date is only "mitten av juni", never an invented exact count."""
    text = folded(q.text)
    if not (_BETWEEN_WORDS.search(text) and _HOW_LONG.search(text)):
        return None
    steps = named_steps(kit, text)
    if len(steps) != 2:
        return None
    first, second = sorted(steps, key=lambda i: kit.index[i.id])
    lang = q.language
    end_asked = bool(_ITS_END.search(text))
    frm, to = first.last or first.first, (second.last if end_asked else second.first) or second.first
    if frm is None or to is None:
        undated = first if frm is None else second
        return kit.answer(q, t(lang, f"Det kan jag inte räkna: **{undated.name.sv}** har inget eget datum i tidplanen.",
                               f"I cannot count it: **{undated.name.en}** has no date of its own in the timeline."),
                          [first.source, second.source], topic="timeline")
    to_lo, to_hi, to_exact, said_to = to.earliest, to.latest, to.is_exact, format_fuzzy(to, lang)
    if end_asked and second is kit.process.consultation_item and (last := kit.consultation_parts()[3]) is not None:
        to_lo = to_hi = last        # "t o m september": its last day is certain, as everywhere else
        to_exact, said_to = True, format_date(last, lang)
    lo, hi = (to_lo - frm.latest).days, (to_hi - frm.earliest).days
    said_from = format_fuzzy(frm, lang)
    a, b = lower_first(first.name.get(lang)), lower_first(second.name.get(lang))
    to_sv = f"slutet av {b}" if end_asked else f"starten för {b}"
    point = "end" if end_asked else "start"
    if frm.is_exact and to_exact:
        text_ = t(lang, f"**{days_phrase(lo)}** från {a} ({said_from}) till {to_sv} ({said_to}).",
                  f"**{days_phrase(lo, 'en')}** from the {a} ({said_from}) to the {point} of the {b} ({said_to}).")
    else:
        mid = (lo + hi) / 2
        if mid >= 60 and not re.search(r"\bveckor\b|\bweeks\b", text):
            n = round(mid / 30.44)
            about = t(lang, f"ungefär {n} månader", f"about {n} months")
        else:
            n = round(mid / 7)
            about = t(lang, f"ungefär {n} veckor", f"about {n} weeks")
        vague = second if not to_exact else first
        text_ = t(lang, f"Från {a} ({said_from}) till {to_sv} ({said_to}) är det **{about}**. Exakt går det "
                        f"inte att säga: tidplanen anger ingen exakt dag för {lower_first(vague.name.get('sv'))}.",
                  f"From the {a} ({said_from}) to the {point} of the {b} ({said_to}) it is **{about}**. It cannot "
                  f"be said exactly: the timeline gives no exact day for the {lower_first(vague.name.get('en'))}.")
    return kit.answer(q, text_, [first.source, second.source], topic="timeline")


# Decided, in the past: what a forum of the past did ("Beslutar RF i januari?" asks of the plan ahead).
_DECIDED_AT = re.compile(r"\b(?:beslut(?:ades|ade|ats|at)|bestam(?:des|de|ts|t)|faststall(?:des|de|ts)|"
                         r"klubba(?:des|de|ts)|(?<!be )(?:decided|adopted|approved|agreed))\b")


def decided_at_input(kit: Kit, q: Asked) -> Answer | None:
    """"Beslutades tidplanen på KC/RD-mötet i december?": a forum the plan has giving input ("medskick") is
    asked to have decided something. What the material says it did is the answer – input, and a proposal
    presented – and that it does not say anything was decided there; never a "yes", nor the council's decision."""
    text = folded(q.text)
    if not _DECIDED_AT.search(text) or not (is_yes_no(q.text) or _DECIDED_AT.match(text.lstrip(" ,.!-"))):
        return None             # (verb first, "Beslutades tidplanen …?", is a yes/no question too)
    inputs = [i for i in kit.process.timeline if i.kind == "input"]
    # The forum itself named ("på KC/RD-mötet"), and no other body ("adopted by the regional council in December"
    # is the council's decision, whatever else happened that month).
    role_ids = {k[5:] for k in q.entities.concepts if k.startswith("ROLE:")}
    forum = {r for r in role_ids if any(r in folded(f"{i.id} {i.name.sv}").replace("/", "") for i in inputs)}
    if not forum or role_ids - forum:
        return None
    period = q.entities.period
    asked = inputs if period is None else [
        i for i in inputs if (b := item_bounds(i)) is not None and b[0] <= period.last and b[1] >= period.first]
    if not asked:
        return None
    lang = q.language
    lead = t(lang, "Det säger inte underlaget: där står inte att något beslutades då, bara detta:",
             "The material does not say so: it does not say that anything was decided there, only this:")
    lines = [lead] + [f"- {i.text.get(lang)}" for i in asked] + [
        f"- {i.text.get(lang)}" for i in inputs if i not in asked]
    return kit.answer(q, "\n".join(lines), [i.source for i in inputs], topic="timeline")


# "Är skrivfasen före eller efter remissen?": which side of one step another falls on – possibly both.
_ORDER = re.compile(r"\b(?:fore|innan) (?:eller|el\.?) (?:efter|senare)\b|\befter (?:eller|el\.?) (?:fore|innan)\b|"
                    r"\b(?:before|earlier) or after\b|\bafter or before\b")


def before_or_after(kit: Kit, q: Asked) -> Answer | None:
    """Whether a step comes before or after another, by the timeline's order; a step the timeline has twice (a
    writing phase before and one after the remiss) is said on both sides, not only on the first one found."""
    text = folded(q.text)
    if ("eller" not in text and " or " not in text and " el" not in text) or not _ORDER.search(text):
        return None
    words = _STEP_WORDS + _POLITICIANS
    steps = named_steps(kit, text, words)
    if len(steps) != 2:
        return None
    where = {item.id: min((text.find(w) for w, i in words if i == item.id and w in text), default=-1)
             for item in steps}
    subject, other = sorted(steps, key=lambda i: where[i.id])
    lang, at = q.language, kit.index[other.id]
    stem = folded(subject.name.sv.lower())
    same = [i for i in kit.process.timeline if folded(i.name.sv.lower()).startswith(stem)]
    before = [i for i in same if kit.index[i.id] < at]
    after = [i for i in same if kit.index[i.id] > at]
    ref = lower_first(other.name.get(lang))

    def named(items: list[TimelineItem]) -> str:
        return join_list([with_when(f"**{i.name.get(lang)}**", i, lang) for i in items], lang)

    if before and after:
        lead = t(lang, f"Både före och efter: enligt tidplanen kommer {named(before)} före {ref}, och "
                       f"{named(after)} efter.",
                 f"Both: according to the timeline {named(before)} comes before the {ref}, and {named(after)} "
                 "after it.")
    elif before:
        lead = t(lang, f"Före: enligt tidplanen kommer {named(before)} före {ref}.",
                 f"Before: according to the timeline {named(before)} comes before the {ref}.")
    elif after:
        lead = t(lang, f"Efter: enligt tidplanen kommer {named(after)} efter {ref}.",
                 f"After: according to the timeline {named(after)} comes after the {ref}.")
    else:
        return None
    lead += " " + t(lang, f"{ref[:1].upper() + ref[1:]}: {item_when(other, lang)}.",
                    f"The {ref}: {item_when(other, lang)}.") if item_when(other, lang) else ""
    return kit.answer(q, lead, [i.source for i in (*same, other)], topic="timeline")

def alone(kit: Kit, q: Asked) -> Answer | None:
    """The correction as the whole answer, for a question read as nothing else ("RUS uppdateras varje år?"
    when unsure what it asks): the wrong date is what the material can answer."""
    fix = correction(kit, q)
    if fix is None:
        return None
    return kit.answer(q, fix, topic="timeline")
