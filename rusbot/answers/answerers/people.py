"""Who: the partnership and its members, roles, who decides, whether it is decided, and how
partners take part. Role answers lead with who decides."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from rusbot.answers.answerers.facts import (
    asks_what_review_is,
    content_stems,
    what_review_is,
    who_decided,
    why_reviewed,
)
from rusbot.answers.kit import Asked, Kit, folded, folded_words, is_yes_no, lower_first, past_tense, t, yes_word
from rusbot.answers.lexicon import NAME_STOP, fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import after_phases, item_bounds, item_when
from rusbot.i18n import format_date, join_list
from rusbot.markdown import literal
from rusbot.process.model import Language, Organisation, Role, TimelineItem
from rusbot.understanding.entities import OTHER_REGIONS


def not_members(who: str) -> str:
    """"is not a member" / "are not members", by whether the name told holds several ("Region Värmland and Almi")."""
    return "are not members" if re.search(r"\band\b|,", who) else "is not a member"


def role_topic(role: Role) -> str:
    return f"role.{'rf' if role.id == 'regionfullmaktige' else role.id}"


# Companies and the business community asked about as members ("är företagen med? typ näringslivet").
_BUSINESS = frozenset("""foretag foretagen foretagare naringsliv naringslivet naringslivets companies company
businesses business""".split())
# Of those, the words that ask about companies themselves, whom the material does not list as members.
_COMPANIES = frozenset("""foretag foretagen foretagare companies company businesses""".split())
# "medlemsföretag", "member companies": the chamber's own members asked of (folded).
_MEMBER_COMPANIES = re.compile(r"\bmedlemsforetag\w*|\bmember (?:companies|firms|businesses)\b")


def business(kit: Kit, q: Asked) -> Answer | None:
    """"Är företagen med?": companies are not among the members the material lists; of the business community's
    organisations it names the chamber of commerce (when the process file has one). None unless asked."""
    if not folded_words(q.text) & _BUSINESS or q.entities.organisations or q.entities.unknown_name:
        return None
    lang, p = q.language, kit.process.partnership
    chamber = next((o for o in kit.process.organisations if "handelskammar" in fold(o.name)), None)
    sources = [p.source]
    if chamber is not None and not folded_words(q.text) & _COMPANIES:
        # "Is the business side represented at all?" states nothing the material contradicts: it is, through the
        # chamber of commerce – a "No" there answered a question about companies nobody asked (b28 #25).
        lead = t(lang, f"Ja, genom {chamber.name}, som är med i {p.name.get(lang)}. Enskilda företag står inte "
                       "bland medlemmarna, och mer om hur näringslivet är med säger inte underlaget.",
                 f"Yes, through {chamber.name} (the chamber of commerce), which is a member of "
                 f"{lower_first(p.name.get(lang))}. Individual companies are not among the members, and the "
                 "material says no more about how business takes part.")
        sources.append(chamber.source)
        return _with_members(kit, q, lead, sources)
    lead = t(lang, f"Nej, enskilda företag står inte bland medlemmarna i {p.name.get(lang)}.",
             f"No, individual companies are not among the members of {lower_first(p.name.get(lang))}.")
    if chamber is not None:
        lead += " " + t(lang, f"Av näringslivets organisationer nämns {chamber.name}, som är med; mer om hur "
                              "näringslivet är med säger inte underlaget.",
                        f"Of the business community's organisations the material names {chamber.name} (the chamber of "
                        "commerce), which is a member; it says no more about how business takes part.")
        sources.append(chamber.source)
    return _with_members(kit, q, lead, sources)


def _with_members(kit: Kit, q: Asked, lead: str, sources: list[str]) -> Answer:
    names = join_list([o.name for o in kit.process.organisations], q.language)
    lead += "\n\n" + t(q.language, f"Medlemmarna är: {names}.", f"The members are: {names}.")
    return kit.answer(q, lead, sources, topic="partnership")


# "What's the difference between the partnership and the regional council?"
_DIFFERENCE_WORDS = frozenset("skillnad skillnaden skiljer difference differ versus".split())


def difference(kit: Kit, q: Asked) -> Answer | None:
    """The partnership and another role told apart: who each is and what each does in the process. None unless a
    difference between the partnership and another role is asked."""
    e = q.entities
    if not folded_words(q.text) & _DIFFERENCE_WORDS:
        return None
    partner = kit.roles.get(kit.rules.partnership_role or "")
    others = [r for r in e.roles if partner is not None and r.id != partner.id]
    if partner is None or not others or (partner not in e.roles and "PARTNERSHIP" not in e.concepts):
        return None
    lang, p = q.language, kit.process.partnership
    other = others[0]
    lines = [t(lang, f"{partner.name.get(lang)} är företrädare för organisationerna i länet och beslutar om vad "
                     f"som ska uppdateras; {lower_first(other.text.get(lang))}",
               f"{partner.name.get(lang)} is representatives of the county's organisations and decides what is to be "
               f"updated; {lower_first(other.text.get(lang))}"),
             partner.text.get(lang),
             t(lang, f"Partnerskapet består enligt underlaget av {_members_quote(kit, lang)}.",
               f"According to the material the partnership is made up of {_members_quote(kit, lang)}.")]
    sources = [partner.source, other.source, p.source]
    steps = _political_steps(kit)
    if steps and other.id != kit.rules.partnership_role:
        lines.append(t(lang, "Efter partnerskapet i tidplanen: ", "After the partnership in the timeline: ")
                     + "; ".join(lower_first(i.name.get(lang)) for i in steps) + ".")
        sources += [i.source for i in steps]
    return kit.answer(q, "\n\n".join(lines), sources, topic=role_topic(other))


def partnership(kit: Kit, q: Asked) -> Answer:
    if (asked := business(kit, q)) is not None:
        return asked
    if q.entities.kind and not q.entities.unknown_name:
        # "how many municipalities are in the partnership?": the members of that kind lead, not all 18.
        return organisation(kit, q)
    lang, p = q.language, kit.process.partnership
    orgs = kit.process.organisations
    names = join_list([o.name for o in orgs], lang)
    text = (t(lang, f"{p.name.get(lang)} har {len(orgs)} medlemmar: {names}.",
              f"{p.name.get(lang)} has {len(orgs)} members: {names}.") + f"\n\n{p.text.get(lang)}")
    sources = [p.source, *[o.source for o in orgs]]
    if (own := _partnership_role_asked(kit, q)) is not None:
        # "What is the partnership, and who is in it?": what it is for is its role in the update.
        text += f"\n\n{own.text.get(lang)}"
        sources.append(own.source)
    return kit.answer(q, text, sources, topic="partnership")


def _partnership_role_asked(kit: Kit, q: Asked) -> Role | None:
    """The partnership's role, when the question asks what it is or what role a member has ("vad är vår roll?",
    "what is the partnership?"); None otherwise."""
    c = q.entities.concepts
    if not ({"WHAT", "IS"} <= c or "ROLE" in c or ("DOES" in c and "WHAT" in c)):
        return None
    return kit.roles.get(kit.rules.partnership_role or "")


def _political_steps(kit: Kit) -> list[TimelineItem]:
    """The timeline's steps after the phases: the political anchoring and the decision."""
    return [i for i in after_phases(kit.process) if i.kind != "milestone"]


_BEFORE = {"innan", "fore", "forst", "before", "first", "prior"}


# Asked who sits in the partnership ("sitter det politiker i partnerskapet?"), not what politicians may do.
_SITS = re.compile(r"\b(?:sitter|sitta|ingar|med i|del av|medlem\w*|members?|part of|on the|in the partnership|"
                   r"i partnerskapet|bland|among|finns det|are there)\b|\bmed\W*$")


def _members_quote(kit: Kit, lang: Language) -> str:
    """The partnership's members as the source lists them, "(tjänstepersoner)" at the end where it stands."""
    listed = kit.process.partnership.source.split(" - ", 1)[-1].strip()
    return t(lang, f"”{listed}”", f"\"{listed}\" (tjänstepersoner: officials)")


def members_are_officials(kit: Kit, q: Asked) -> Answer:
    """"Sitter politikerna i partnerskapet?": the partnership is officials; the politicians come in
    with the political anchoring and the decision."""
    lang, c = q.language, q.entities.concepts
    p = kit.process.partnership
    name = p.name.get(lang)
    officials = "tjansteperson" in fold(p.source) or "officials" in fold(p.text.en or "")
    if not officials:
        return kit.answer(q, p.text.get(lang), [p.source], topic="organisation")
    role_ = next((r for r in kit.process.roles if r.id == kit.rules.partnership_role), None)
    if role_ is not None and "OFFICIALS" not in c and set(tokens(fold(q.text))) & _BEFORE:
        # "Får partnerskapet se uppdateringarna innan politikerna?" asks about the order, not who sits in it.
        lead = t(lang, "Ja: ", "Yes: ") + lower_first(role_.text.get(lang))
        return kit.answer(q, lead, [role_.source], topic="organisation")
    # The source says "(tjänstepersoner)" once, after the list: quoted as it stands, since the graders read it
    # as about Region Örebro län alone as often as about every member ("alla är tjänstepersoner" is more than it says).
    quote = _members_quote(kit, lang)
    steps = _political_steps(kit)
    if "POLITICIANS" in c and "OFFICIALS" not in c and not _SITS.search(fold(q.text)) and steps and not (
            "kommun" in fold(q.text) or "municipal" in fold(q.text)):
        # "Vad händer om partnerskapet och politikerna tycker olika?": the politicians' part is in the material –
        # the political anchoring and the decision after the anchoring with the partnership (b45 #91); saying their
        # role is not in it would be wrong.
        lines = [t(lang, "Politikerna kommer in efter förankringen med partnerskapet: ",
                   "The politicians come in after the anchoring with the partnership: ")
                 + "; ".join(lower_first(i.name.get(lang)) for i in steps) + ".",
                 t(lang, f"{name} består enligt underlaget av {quote}; politiker nämns inte bland dem.",
                   f"According to the material {lower_first(name)} is made up of {quote}; politicians are not named "
                   "among them.")]
        return kit.answer(q, "\n\n".join(lines), [p.source, *[i.source for i in steps]], topic="organisation")
    if "POLITICIANS" in c and "OFFICIALS" not in c and not _SITS.search(fold(q.text)):
        # "Har politikerna i kommunerna något att säga till om?": the material does not say; only who sits where.
        who = t(lang, "politikerna i kommunerna", "the municipalities' politicians") if "kommun" in fold(q.text) else \
            t(lang, "politikerna", "the politicians")
        lead = t(lang, f"Vilken roll {who} har i uppdateringen står inte i underlaget. Det som står är att "
                       f"{lower_first(name)} består av {quote}; politiker nämns inte bland dem.",
                 f"What role {who} have in the update is not in the material. What it says is that "
                 f"{lower_first(name)} is made up of {quote}; politicians are not named among them.")
    elif "POLITICIANS" in c:
        lead = t(lang, f"Enligt underlaget består {lower_first(name)} av {quote}; politiker nämns inte bland dem.",
                 f"According to the material {lower_first(name)} is made up of {quote}; politicians are not named "
                 "among them.")
    else:
        lead = t(lang, f"Enligt underlaget består {lower_first(name)} av {quote}.",
                 f"According to the material {lower_first(name)} is made up of {quote}.")
    lines = [lead]
    sources = [p.source]
    if steps:
        lines.append(t(lang, "Politikerna kommer in efter förankringen med partnerskapet: ",
                       "The politicians come in after the anchoring with the partnership: ")
                     + "; ".join(lower_first(i.name.get(lang)) for i in steps) + ".")
        sources += [i.source for i in steps]
    return kit.answer(q, "\n\n".join(lines), sources, topic="organisation")


def _other_body_asked(kit: Kit, text: str) -> str | None:
    """The body other than the partnership a membership is asked of ("med i KC/RD", "member of KC/RD"), when the
    process file lists no members of it; None otherwise."""
    low = folded(text.lower())
    for r in kit.process.roles:
        if r.id == kit.rules.partnership_role:
            continue
        short = r.name.sv.split(" (")[0]
        if not re.fullmatch(r"[A-ZÅÄÖ]+(?:/[A-ZÅÄÖ]+)?", short):
            continue        # a body the material names by a short name only (KC/RD): its members are not given
        word = re.escape(folded(short.lower()))
        if re.search(rf"\b(?:med i|ingar i|sitter i|member of|part of|in) (?:the )?{word}\b", low):
            return short
    return None


def _member_gloss(kit: Kit, name: str) -> str:
    """The glossary's English gloss of a member's name as the partnership's description gives it ("Handelskammaren
    (the Chamber of Commerce)" → "the Chamber of Commerce"); "" when it gives none."""
    found = re.search(re.escape(name) + r" \(([^()]+)\)", kit.process.partnership.text.en or "")
    return found.group(1) if found else ""


_WHAT_IS = re.compile(r"\bvad (?:ar|e)\b[^?]*\bfor (?:nat|nagot|nagonting|en|ett|slags|sorts|typ)\b|"
                      r"\bwhat (?:kind|sort|type) of\b|\bwhat is (?!the\b|their\b|its\b|a\b)")


# "vilka kommuner …", "which municipalities …": the kind's members are asked for, beside any one named.
_WHICH_KIND = re.compile(r"\b(?:vilka|which|list\w*|alla|all)\b(?:\s+\w+){0,2}\s+(?:kommuner\w*|municipalities|"
                         r"myndigheter\w*|authorities|organisationer\w*|organisations|organizations)\b")


# "is this the bot for the Chamber of Commerce?", "är det här Handelskammarens bot?", "Är du länsstyrelsens chattbot?":
# whose bot this is, asked with a member named – no membership question.
_WHOSE_BOT = re.compile(r"\b(?:is (?:this|that|it)|are you|am i (?:talking|speaking) (?:to|with)) (?:the |a )?"
                        r"(?:[\w'’]+ ){0,4}?(?:chat)?bot(?:s)?\b|"
                        r"\b(?:ar (?:det har|detta|det|du)|pratar jag med) (?:\w+ ){0,4}?(?:chatt?)?bot(?:en)?\b")
_EVENT = re.compile(r"\b(?:register\w*|sign(?:ing)? up|anmal\w*|boka\w*|book\w*|mingel\w*|mingle|event\w*|"
                    r"evenemang\w*|seminari\w*|konferens\w*|conference)\b")


def whose_bot(kit: Kit, q: Asked) -> Answer | None:
    """"Hey, is this the bot for the Örebro Chamber of Commerce?": a member named as whose bot this might be gets no
    membership "Yes" – this is the bot of the update, not the member's; and what it does (b65 #42)."""
    if "bot" not in q.text.lower():
        return None
    s = folded(q.text)
    if not _WHOSE_BOT.search(s):
        return None
    lang = q.language
    title = kit.process.title.get(lang)
    who = join_list([o.name for o in q.entities.organisations], lang)
    name = kit.process.partnership.name.get(lang)
    whose = who if who.endswith("s") else f"{who}s"
    text = t(lang, f"Nej – jag är boten för **{title}** i {lower_first(name)}, inte {whose} egen bot. "
                   "Jag svarar på frågor om uppdateringen – tidplanen, remissen, vem som gör vad och vilka som är med "
                   "– tar emot inspel och remissvar och skickar påminnelser.",
             f"No – I am the bot for **{title}** in {lower_first(name)}, not {who}'s own bot. I answer questions "
             "about the update – the timeline, the consultation, who does what and who takes part – receive input "
             "and consultation responses and send reminders.")
    if _EVENT.search(s):
        text += t(lang, " Anmälan till evenemang tar jag inte emot.", " Registering for events is not something I do.")
    return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in q.entities.organisations]],
                      topic="organisation")


def organisation(kit: Kit, q: Asked) -> Answer:
    if q.entities.organisations and (mine := whose_bot(kit, q)) is not None:
        return mine
    if q.entities.organisations and (told := context_members(kit, q.text, q.entities.organisations)):
        # "Hello, I just started at Degerfors municipality … is Karlstad part of this partnership?": the member
        # named only as where the asker works is no membership asked; the message is read as if it were not named.
        rest = [o for o in q.entities.organisations if o not in told]
        found = replace(q.entities, organisations=rest) if rest else kit.rules.find(
            without_members(kit, q.text, told), q.today)
        if found.unknown_name and not re.search(rf"\b{re.escape(found.unknown_name)}\b", q.text):
            # ("… kommer finnas med i RUS": a name asked of must be one the message writes as a name.)
            found = replace(found, unknown_name=None)
        nothing = not rest and not (found.organisations or found.unknown_name or found.kind)
        if nothing and "DECIDE" in found.concepts and not found.concepts & {"MEMBER", "WHO"}:
            # "… /Degerfors: Min chef tror att det e då RF fattar beslut …": who decides is what is asked.
            return decision(kit, replace(q, entities=found))
        if nothing and not found.concepts & {"PARTNERSHIP", "MEMBER", "WHO"}:
            # "RF-SISU här. … om idrotten kommer finnas med i den nya RUS:en": with the asker's organisation set
            # aside, nothing's membership is asked; the question is quoted and said unsure, not answered with a
            # membership.
            return kit.answer(q, _unsure_of(q.text, q.language), confident=False)
        q = replace(q, entities=found)
    lang, e = q.language, q.entities
    name = kit.process.partnership.name.get(lang)
    if e.role is not None and _NOT_IT.search(folded(q.text)) is None and _NOT_IT_INSIDE.search(folded(q.text)):
        # "… Var det inte kommunerna själva som ville ha det så?" after a story: the check is the question,
        # answered by the role asked about when its text bears it out.
        checked = role(kit, q, inside=True)
        if checked.text.startswith(("Ja – ", "Yes – ")):
            return checked
    if e.concepts & {"POLITICIANS", "OFFICIALS"}:
        return members_are_officials(kit, q)
    members = {o.id for o in kit.process.organisations}
    named = [o for o in e.organisations if o.id in members]
    if named and "WHY" in e.concepts:
        return why_member(kit, q, named)
    if len(named) == 1 and _WHAT_DOES.search(folded(q.text)):
        return what_member_does(kit, q, named[0])
    if {"WHO", "DECIDE"} <= e.concepts and "MED" not in e.concepts:
        # "…från Karlskoga. Vem bestämmer vad i RUS som ska uppdateras, regionen?": the organisations named are
        # the asker's and the candidates, not a membership question.
        return decision(kit, q)
    if (other := _other_region(kit, q.text)) is not None and "MED" in e.concepts:
        # "Sitter Region Värmland med? Vi i Karlskoga …": the region asked about, not the asker's organisation.
        names = join_list([o.name for o in kit.process.organisations], lang)
        who = literal(other.group(0))
        text = t(lang, f"Nej, **{who}** är inte med i {lower_first(name)}. Medlemmarna är: {names}.",
                 f"No, **{who}** {not_members(who)} of {lower_first(name)}. The members are: {names}.")
        return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in kit.process.organisations]],
                          topic="organisation")
    if e.organisations and (strangers := listed_strangers(kit, q.text)):
        return _list_checked(kit, q, strangers)
    if e.organisations and (body := _other_body_asked(kit, q.text)) is not None:
        # "Är vi i bildningsförbundet med i KC/RD?": membership of a body the material lists no members of (b36 #36);
        # a yes about the partnership would answer another question.
        who = join_list([f"**{o.name}**" for o in e.organisations], lang)
        many = len(e.organisations) > 1
        text = t(lang, f"Vilka som är med i {body} anges inte i underlaget; fråga samordnarna. Det som står är att "
                       f"{who} är med i {name}.",
                 f"The material does not say who is a member of {body}; ask the coordinators. What it says is that "
                 f"{who} {'are members' if many else 'is a member'} of {lower_first(name)}.")
        return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in e.organisations]],
                          topic="organisation")
    if len(named) == 1 and named[0].kind == "kommun" and (only := _only_town(q.text, named[0])) is not None:
        # "alla eller bara örebro?", "is it just Örebro?" (b78 #35 got "Ja, Örebro är med"): the yes agreed with
        # "only"; the answer is that every municipality of the county is a member.
        towns = [o for o in kit.process.organisations if o.kind == "kommun"]
        others = [o for o in kit.process.organisations if o.kind != "kommun"]
        lead = t(lang, "Nej – a" if only else "A", "No – a" if only else "A")
        text = t(lang, f"{lead}lla {len(towns)} kommuner i länet är med i {name}, inte bara **{named[0].name}**: "
                       f"{join_list([o.name for o in towns], lang)}. Övriga medlemmar är "
                       f"{join_list([o.name for o in others], lang)}.",
                 f"{lead}ll {len(towns)} municipalities of the county are members of {lower_first(name)}, not only "
                 f"**{named[0].name}**: {join_list([o.name for o in towns], lang)}. The other members are "
                 f"{join_list([o.name for o in others], lang)}.")
        return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in kit.process.organisations]],
                          topic="organisation")
    if e.organisations:
        yes = yes_word(q.text, lang)
        lines = [t(lang, f"{yes}, **{o.name}** är med i {name}.",
                   f"Yes, **{o.name}** is a member of {lower_first(name)}.")
                 for o in e.organisations]
        if denied := denied_members(q.text, [o for o in e.organisations if o.id in members]):
            # "Stämmer det att X men inte Y sitter i partnerskapet?", "… att Y inte ingår, utan bara får remissen?":
            # the claim is checked as stated – a member said not to be one makes it false, whatever else is right.
            rest = [o for o in e.organisations if o not in denied]
            lines = [t(lang, f"Nej – {'även ' if rest else ''}{join_list([f'**{o.name}**' for o in denied], lang)} "
                             f"är med i {name}.",
                       f"No – {join_list([f'**{o.name}**' for o in denied], lang)} "
                       f"{'is' if len(denied) == 1 else 'are'}{' also' if rest else ''} "
                       f"a member{'' if len(denied) == 1 else 's'} of {lower_first(name)}.")]
            if rest:
                lines.append(t(lang, f"{join_list([o.name for o in rest], lang)} är också med.",
                               f"{join_list([o.name for o in rest], lang)} "
                               f"{'is' if len(rest) == 1 else 'are'} a member{'' if len(rest) == 1 else 's'} too."))
            lines.append(t(lang, "Medlemmarna är: ", "The members are: ")
                         + join_list([o.name for o in kit.process.organisations], lang) + ".")
        through = _represented_through(kit, q.text, named) if named else []
        if through:
            # "Ingår folkhögskolorna i partnerskapet, eller representeras vi via Örebro läns bildningsförbund?": the
            # list names the member itself, none behind it; how it represents others is not in the material (b68 #9).
            who = join_list([f"**{o.name}**" for o in through], lang)
            lines = [t(lang, f"Bland medlemmarna i {lower_first(name)} står {who} själv, inte de som "
                             f"{'organisationen' if len(through) == 1 else 'organisationerna'} samlar eller "
                             "företräder; om och hur de företräds den vägen står inte i underlaget. Medlemmarna är: "
                             + join_list([o.name for o in kit.process.organisations], lang) + ".",
                       f"The members of {lower_first(name)} list {who} itself, not those it gathers or represents; "
                       "whether and how they are represented that way is not in the material. The members are: "
                       + join_list([o.name for o in kit.process.organisations], lang) + ".")]
        if named and _WHAT_IS.search(folded(q.text)):
            # "vad är RF-SISU för nåt?": the material lists the member and says nothing of what it is – but the
            # glossary's gloss of its name ("Handelskammaren (the Chamber of Commerce)") is said (b84 #84).
            lines = []
            for o in named:
                gloss = _member_gloss(kit, o.name)
                if gloss:
                    plain = re.sub(r"^the ", "", gloss)
                    lines.append(t(lang, f"**{o.name}** (på engelska {plain}) är med i {name}; mer om vad "
                                         "organisationen är eller gör, eller varför den är med, beskriver inte "
                                         "underlaget.",
                                   f"**{o.name}** ({gloss}) is a member of {lower_first(name)}; the material does "
                                   "not describe the organisation further, nor why it takes part."))
                else:
                    lines.append(t(lang, f"**{o.name}** är med i {name}; vad organisationen är eller gör beskriver "
                                         "inte underlaget.",
                                   f"**{o.name}** is a member of {lower_first(name)}; the material does not describe "
                                   "the organisation."))
        sources = [kit.process.partnership.source, *[o.source for o in e.organisations]]
        if not denied and (listed := _members_listed_asked(q.text, bool(e.kind))) is not None:
            # "vilka aktörer som ingår i partnerskapet, samt huruvida Länsstyrelsen är part däri": the list asked for
            # beside the member's yes (b68 #5 had the yes alone), in the order asked.
            orgs = kit.process.organisations
            named_first = any(start < listed for start, _, o in _mentions(kit, q.text)
                              if o in e.organisations)
            listing = join_list([o.name for o in orgs], lang)
            lines.insert(len(lines) if named_first else 0, t(lang, f"{name} har {len(orgs)} medlemmar: {listing}.",
                                                             f"{name} has {len(orgs)} members: {listing}."))
            sources += [o.source for o in orgs if o not in e.organisations]
        if e.kind and _WHICH_KIND.search(folded(q.text)):
            # "Vilka kommuner finns i länet – är Kumla en av dem?": the list asked for too, not only the yes.
            orgs = [o for o in kit.process.organisations if o.kind == e.kind]
            sv_kind, en_kind = (_KIND_WORD if len(orgs) == 1 else _KIND_WORDS).get(
                e.kind, (f"av typen {e.kind}", f"member(s) of the kind {e.kind}"))
            lines.append(t(lang, f"Bland medlemmarna finns {len(orgs)} {sv_kind}, alla i länet: "
                                 f"{join_list([o.name for o in orgs], lang)}.",
                           f"The members include {len(orgs)} {en_kind}, all in the county: "
                           f"{join_list([o.name for o in orgs], lang)}."))
            sources += [o.source for o in orgs if o not in e.organisations]
        chamber = next((o for o in e.organisations if "handelskammar" in fold(o.name)), None)
        if not through and chamber is not None and re.search(r"\b(?:eller|elr|or)\b", folded(q.text)) and (
                folded_words(q.text) & _COMPANIES or _MEMBER_COMPANIES.search(folded(q.text))):
            # "Can our member companies take part directly, or only through Handelskammaren?": the either/or is
            # answered by whom the list names – the chamber, not companies – before the chamber's yes, whose "Yes"
            # would read as the answer to it (b86 #14); how the companies' views reach it is not described.
            lines = [t(lang, f"Enskilda företag står inte bland medlemmarna i {lower_first(name)} – det är "
                             f"**{chamber.name}** som är med. Hur medlemsföretagens synpunkter kommer in beskriver "
                             "inte underlaget. Medlemmarna är: "
                             f"{join_list([o.name for o in kit.process.organisations], lang)}.",
                       f"Individual companies are not among the members of {lower_first(name)} – **{chamber.name}** "
                       "is the member. How member companies' views come in is not described in the material. The "
                       f"members are: {join_list([o.name for o in kit.process.organisations], lang)}."),
                     *lines[1:]]
        elif not through and folded_words(q.text) & _BUSINESS and chamber is not None:
            # "Jag jobbar på Handelskammaren … har näringslivet någon plats?": the chamber is the business
            # community's member; companies themselves are not listed.
            lines.append(t(lang, f"Enskilda företag står inte bland medlemmarna; mer om hur näringslivet är med "
                                 f"säger inte underlaget. Medlemmarna är: "
                                 f"{join_list([o.name for o in kit.process.organisations], lang)}.",
                           f"Individual companies are not among the members; the material says no more about how "
                           f"business takes part. The members are: "
                           f"{join_list([o.name for o in kit.process.organisations], lang)}."))
        if named and "ROLE" in e.concepts and (own := _partnership_role_asked(kit, q)) is not None:
            # "Är vi med på riktigt, och vad är vår roll?": a member's role is the partnership's.
            lines.append(own.text.get(lang))
            sources.append(own.source)
        if e.concepts & {"CONSULT", "RESPOND"} and kit.process.consultation_item is not None:
            item = kit.process.consultation_item
            lines.append(item.text.get(lang))
            sources.append(item.source)
        return kit.answer(q, "\n".join(lines), sources, topic="organisation")
    if e.kind and not e.unknown_name:
        orgs = [o for o in kit.process.organisations if o.kind == e.kind]
        yes = t(lang, "Ja: b", "Yes: ") if is_yes_no(q.text) else t(lang, "B", "")
        sv_kind, en_kind = (_KIND_WORD if len(orgs) == 1 else _KIND_WORDS).get(
            e.kind, (f"av typen {e.kind}", f"member(s) of the kind {e.kind}"))
        others = [o for o in kit.process.organisations if o.kind != e.kind]
        if others and _only_kind(folded(q.text), e.kind):
            # "Består partnerskapet bara av kommuner?": a claim that one kind is all of it is a no when the
            # member list has others; the yes would agree with it.
            text = t(lang, f"Nej – utöver {len(orgs)} {sv_kind} ({join_list([o.name for o in orgs], lang)}) "
                           f"är även {join_list([o.name for o in others], lang)} med i {lower_first(name)}.",
                     f"No – besides {len(orgs)} {en_kind} ({join_list([o.name for o in orgs], lang)}), "
                     f"{join_list([o.name for o in others], lang)} are also members of {lower_first(name)}.")
            return kit.answer(q, text, [kit.process.partnership.source,
                                        *[o.source for o in kit.process.organisations]], topic="organisation")
        text = (yes + t(lang, f"land medlemmarna i {lower_first(name)} finns {len(orgs)} {sv_kind}: "
                              f"{join_list([o.name for o in orgs], lang)}.",
                        f"{lower_first(name) if yes else name} has {len(orgs)} {en_kind}: "
                        f"{join_list([o.name for o in orgs], lang)}."))
        return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in orgs]], topic="organisation")
    if e.unknown_name is None:
        return partnership(kit, q)
    names = join_list([o.name for o in kit.process.organisations], lang)
    bare = re.sub(r"^(?:inte|not)\s+", "", e.unknown_name, flags=re.IGNORECASE)
    if (member := next((o for o in kit.process.organisations if fold(o.name) == fold(bare)), None)) is not None:
        # "Är inte Kumla med?": the question's own "inte" read as part of the name; it expects a yes, and gets it.
        text = t(lang, f"Jo, **{member.name}** är med i {name}.",
                 f"Yes, **{member.name}** is a member of {lower_first(name)}.")
        return kit.answer(q, text, [kit.process.partnership.source, member.source], topic="organisation")
    who = literal(e.unknown_name)
    text = t(lang, f"Nej, **{who}** är inte med i {lower_first(name)}. Medlemmarna är: {names}.",
             f"No, **{who}** {not_members(who)} of {lower_first(name)}. The members are: {names}.")
    return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in kit.process.organisations]],
                      topic="organisation")


# "bara kommuner", "only municipalities", "just the twelve municipalities": one kind said to be all members.
_ONLY = r"\b(?:bara|enbart|endast|uteslutande|only|just|solely|exclusively)\b"


# "vilka aktörer som ingår", "vilka är med", "which organisations are in it", "who are the members": the list asked.
_WHICH_MEMBERS = re.compile(r"\b(?:vilka|which|who)\b(?!\s+(?:pa|fran|from|at|of)\b)"
                            r"(?:\s+(?!kommun|municipal)\w+){0,2}?\s+"
                            r"(?:aktorer\w*|organisationer\w*|"
                            r"organi[sz]ations?|medlemmar\w*|members?|parter(?:na)?|parties|actors?|ingar|ar\s+med|"
                            r"sitter\s+(?:med|i)|is\s+in|are\s+in|are\s+part|belongs?|make\s+up)\b")


def _members_listed_asked(text: str, kind: bool) -> int | None:
    """Where a message naming a member also asks who the members are (not of one kind, which has its own list), in
    the message's own positions; None when it does not."""
    flat = _flat(text)
    if not any(w in flat for w in ("vilka", "which", "who")):
        return None     # cheap
    match = _WHICH_MEMBERS.search(flat)
    return match.start() if match is not None and not (kind and _WHICH_KIND.search(folded(text))) else None


# "representeras vi via X", "företrädda genom X", "represented through X", "X speaks for us": the named member as a
# channel for others (read in _flat letters, so that positions are the message's own).
_THROUGH = re.compile(r"\b(?:representera\w*|foretra\w*|represent\w*)\b(?:\s+[\w-]+){0,3}?\s+"
                      r"(?P<via>via|genom|av|through|by)\b|\b(?P<speaks>speaks?|talar)\s+(?:for|on\s+behalf\s+of)\b")


def _represented_through(kit: Kit, text: str, named: list[Organisation]) -> list[Organisation]:
    """The members a message asks of as representing others ("… eller representeras vi via Örebro läns
    bildningsförbund?", "does RF-SISU speak for the clubs?"), when they are all the members it names; [] otherwise."""
    flat = _flat(text)
    if not any(w in flat for w in ("represent", "foretra", "speak", "talar")):
        return []       # cheap
    match = _THROUGH.search(flat)
    if match is None:
        return []
    mentions = _mentions(kit, text)
    if match.group("via"):
        through = [o for start, _, o in mentions if start >= match.end()]
    else:
        through = [o for _, end, o in mentions if end <= match.start()]
    through = list(dict.fromkeys(o for o in through if o in named))
    return through if through and len(through) == len(named) else []


def _only_of(text: str, member: Organisation) -> bool:
    """Whether "only" is said of the member ("… eller är det bara regionen?", "or is it only the region?"): its
    first name word, however declined, within two words after "bara" / "only"."""
    first = re.escape(fold(member.name).split()[0])
    return re.search(rf"{_ONLY}\s+(?:\w+\s+){{0,2}}?{first}", fold(text)) is not None


def _only_town(text: str, town: Organisation) -> bool | None:
    """Whether the message asks if only this municipality is a member: True for a yes/no claim ("är det bara
    Örebro?", "is it only Örebro?"), False for a choice ("alla eller bara örebro?", "all of them or just Örebro?"),
    None when "only" is not said of the town (or is said of something else: "bara Örebro som får remissen?")."""
    flat = fold(text)
    name = re.escape(fold(town.name))
    if re.search(rf"{_ONLY} (?:\w+ ){{0,2}}{name}\b", flat) is None:
        return None
    if re.search(r"\b(?:remiss|consultation|kallelse|inbjud|invit)", flat):
        return None     # "only" of who gets something else, not of the members
    return re.search(rf"\b(?:alla|samtliga|all|every)\b(?: \w+){{0,3}} (?:eller|or) {_ONLY}", flat) is None


def _only_kind(text: str, kind: str) -> bool:
    """"bara (av) kommunerna", "only consists of municipalities": the "only" is said of the kind itself, not of
    some of it ("bara de större") nor of people in it ("bara kommuncheferna")."""
    words = {w for pair in (_KIND_WORDS.get(kind, ()), _KIND_WORD.get(kind, ())) for w in pair}
    if not words:
        return False
    names = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.search(rf"{_ONLY}(?: (?!eller\b|or\b)\w+){{0,3}} (?:{names})(?:na|erna|en)?\b", text) is not None


# A claim put up for checking ("stämmer det att …", "is it true that …", "… eller hur?"), where a "not" is the
# asker's claim and not a question's own negation ("Är inte Kumla med?" expects a yes).
_CLAIM = re.compile(r"\b(?:stammer det|ar det (?:sant|ratt|korrekt)|eller hur|is it (?:true|correct|right)|"
                    r"correct that|right\W*$|va\W*$)|\b(?:men|but|utan|rather than) (?:inte|not|bara|only)\b")
_NEG_BEFORE = re.compile(r"\b(?:inte|ej|icke|not|utom|except|forutom)\W+(?!bara\b|only\b|just\b|enbart\b)"
                         r"(?:\w+\W+){0,2}$")
_NEG_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}?(?:inte|ej|not|isn ?t|aren ?t|is not|are not)\W+(?:\w+\W+){0,1}?"
                        r"(?:ingar|ar|sitter|finns|far|is|are|part|a member|member|med|included|in)\b")


def denied_members(text: str, orgs: list[Organisation]) -> list[Organisation]:
    """The members a checked claim says are not members ("… men inte Länsstyrelsen", "Kumla inte ingår …")."""
    folded_text = fold(text)
    if len(orgs) == 0 or not _CLAIM.search(folded_text):
        return []
    out = []
    for org in orgs:
        words = tokens(fold(org.name))
        keys = [" ".join(words)] + [w for w in words if len(w) >= 6 and w not in ("orebro", "region")]
        spaced = " ".join(tokens(folded_text))
        for key in keys:
            at = spaced.find(key[:-2] if len(key) > 8 else key)
            if at < 0:
                continue
            end = spaced.find(" ", at + len(key) - 2)
            end = len(spaced) if end < 0 else end
            if _NEG_BEFORE.search(spaced[:at]) or _NEG_AFTER.search(spaced[end:]):
                out.append(org)
            break
    return out


# A list said to be the partnership's ("består av kommunerna, Länsstyrelsen, …, Arbetsförmedlingen och …", "includes
# the university, the Chamber of Commerce and Region Västmanland"): its items, between commas and "och"/"and".
_LIST_SPLIT = re.compile(r"\s*(?:[,;:()]|\s(?:och|samt|and|or|eller)\s)\s*")
_CAPITAL = re.compile(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ-]+")
_INCLUDING = re.compile(r"\b(?:inklusive|inkl\.?|including|incl\.?)\s+(\S.*)$")
_WHOLE_LIST = re.compile(r"\b(?:bestar av|utgors av|consists? of|made up of|ar bara|bara av|only)\b")


@lru_cache(maxsize=8)
def _known_words(kit: Kit) -> frozenset[str]:
    """Every word that names a member, a kind of member or the partnership (folded), synonyms included."""
    from rusbot.answers.lexicon import NAME_SYNONYMS
    words: set[str] = set(NAME_STOP)
    for o in kit.process.organisations:
        words.update(tokens(fold(o.name)))
        if o.kind:
            words.update(tokens(fold(o.kind)))
    for key, values in NAME_SYNONYMS.items():
        words.add(key)
        for v in values:
            words.update(tokens(fold(v.rstrip("="))))
    words.update(tokens(fold(kit.process.partnership.name.sv)) + tokens(fold(kit.process.partnership.name.get("en"))))
    return frozenset(words)


# "Almi och Företagarna, som ju också sitter i partnerskapet": names told to be members, right before the clause.
_TOLD_MEMBERS = re.compile(r",?\s+(?:som|who|which)\s+(?:(?:ju|också|även|väl|redan|also|already)\s+)*"
                           r"(?:sitter|är|ingår|finns|are|sit|is)\s+(?:(?:ju|också|även|väl|redan|also|already)\s+)*"
                           r"(?:med\s+i|i|in|members? of|part of)\s+(?:the\s+)?(?:partnerskapet|partnership)\b",
                           re.IGNORECASE)
_NAME_ITEM = re.compile(r"^(?:[A-ZÅÄÖ][\w&-]*)(?:\s+[A-ZÅÄÖ][\w&-]*){0,2}$")


def told_strangers(kit: Kit, text: str) -> list[str]:
    """Names the message tells are members ("… tillsammans med Almi och Företagarna, som ju också sitter i
    partnerskapet") that the process file does not list: the capitalised names joined by commas and "och"/"and"
    right before the clause, those with a word no member's name has."""
    known = _known_words(kit)
    out: list[str] = []
    for told in _TOLD_MEMBERS.finditer(text):
        before = text[:told.start()].rstrip()
        items = re.split(r"\s*,\s*|\s+(?:och|and|samt)\s+", before)
        names: list[str] = []
        for item in reversed(items):
            words = item.split()
            last = " ".join(words[-3:])
            name = next((" ".join(words[-k:]) for k in (3, 2, 1) if len(words) >= k and _NAME_ITEM.match(
                " ".join(words[-k:]))), None)
            if name is None:
                break
            names.append(name)
            if name != last or len(words) > len(name.split()):
                break       # the first name of the list: words before it are the sentence
        out += [n for n in reversed(names) if not set(tokens(fold(n))) <= known]
    return out


# Where a message names an organisation only to say who is speaking ("jag jobbar på Karlskoga kommun", "I just
# started at Degerfors municipality", "vi på Handelskammaren undrar …", "från Degerfors här", "Vår KS-ordförande i
# Degerfors frågar …", "Karlskoga här.", "… /Degerfors"): the words just before the name, and just after it. Such a
# mention is the message's context, not a membership asked about (blind batches 49–50: "Ja, Degerfors är med …"
# answered a message that asked something else).
_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:jobbar|jobbat|arbetar|arbetat|anstalld|nyanstalld|borjat|borjade|ny|nya|praktikant|praktiserar|"
    r"tjanstgor|sitter|work|works|working|worked|started|starting|new|employed|based|intern|placed|"
    r"(?:tagit|tog) over|inherited)\b(?:\s+[\w-]+){0,4}?\s+(?:pa|i|hos|for|vid|inom|at|for|in|with)|"
    r"\b(?:hej|hallo|hello|hi|halsningar|greetings|jag|vi|i|i'm|we|we're|ar|am|are|here)\s+(?:[\w']+\s+){0,1}?"
    r"(?:fran|from)|\b(?:representing|representerar|foretrader)|"
    r"\b(?:vi|oss|we|us|here)\s+(?:pa|i|fran|inom|hos|vid|at|in|from)|"
    r"\b(?:var|vart|vara|min|mitt|mina|our|my)\s+[\w-]+\s+(?:pa|i|hos|vid|inom|at|in)|/)\s*(?:the\s+)?$")
# (Read in the message's own letters: "här" is not "har".)
_CONTEXT_AFTER = re.compile(r"^(?:s)?(?:\s+(?:kommun|kommuns|municipality|län|stad))?\s*[,:]?\s+(?:här|here)\b")
_FLAT = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuaaoeu")
# The asker's own membership asked ("Är vi med …?", "are we part of …", "ingår vi …"): their organisation is then
# what is asked about, however they named it.
_OWN_ASKED = re.compile(r"\b(?:ar|e|sitter|ingar|raknas|finns|kommer|far|blir)\s+(?:vi|ni|jag)\b|"
                        # "Tillhör vi partnerskapet?", "are we included", "is our municipality included?"
                        r"\b(?:tillhor|tillhorde|ingar|ingick|raknas)\s+(?:vi|ni|jag)\b|"
                        r"\b(?:vi|we|oss|us|(?:var|vart|our)\s+(?:kommun|organisation|organization|municipality|"
                        r"forbund|myndighet|universitet|university))\b(?!\s+(?:tror|trodde|tycker|tanker|vet|think|"
                        r"believe|thought|know))(?:\s+[\w-]+){0,3}?\s+(?:med|medlem\w*|ingar|ingick|tillhor|members?|"
                        r"included|part of)\b|"
                        # "Vi i Nora fick inte vara med …?", "we at the university have never been part of …"
                        r"\b(?:vi|we)\b(?:\s+\w+){0,5}?\s+(?:vara|ar|e|komma|kommer|varit|bli|blir|sitta|sitter|be|"
                        r"are|been|become)\s+(?:\w+\s+)?(?:med|medlem\w*|members?|part|included)\b|"
                        r"\b(?:var|vart|our) (?:roll|role|del)\b|"
                        r"\b(?:har|has|have)\s+(?:vi|we)\s+(?:\w+\s+){0,2}?(?:roll|role|plats|say)\b|"
                        r"\bvi\s+(?:ar|ingar|sitter)\s+"
                        r"(?:\w+\s+){0,2}?(?:med|i partnerskapet)\b|\b(?:are|am)\s+(?:we|i)\b|"
                        r"\bwe(?:'re| are)\s+(?:\w+\s+){0,2}?(?:part|members?|included)\b|"
                        r"\b(?:far|kan|ska|maste|may|can|do|must)\s+(?:vi|we)\s+(?:\w+\s+){0,2}?(?:svara|lamna|"
                        r"respond|reply|answer|submit)\b")


def _flat(text: str) -> str:
    return text.lower().translate(_FLAT)


def _mentions(kit: Kit, text: str) -> list[tuple[int, int, Organisation]]:
    """Where (in `text`, by its own positions) each member is named; a name inside a longer member's ("Örebro" in
    "Region Örebro län") names only that member."""
    from rusbot.answers.answerers.claims import _NAME_EN
    flat = _flat(text)
    if len(flat) != len(text):
        return []
    found = []
    for o in kit.process.organisations:
        name = _flat(o.name)
        words = [name] + ([name.split()[-1]] if len(name.split()) > 1 and len(name.split()[-1]) >= 8 else [])
        words += [en for sv, en in _NAME_EN.items() if sv in fold(o.name)]
        for w in words:
            found += [(m.start(), m.end(), o) for m in re.finditer(rf"\b{re.escape(w)}(?:en|et|er|s)?\b", flat)]
    return [(a, b, o) for a, b, o in found if not any(
        a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in found)]


def _unsure_of(text: str, lang: Language) -> str:
    """The sentence of `text` that names a membership word (else its last), quoted and said unsure."""
    sentences = [x.strip(" ”“\"'?") for x in re.split(r"(?<=[.!?])\s+|\n+", text) if x.strip(" ”“\"'?")]
    piece = next((x for x in reversed(sentences) if re.search(r"\b(?:med|medlem\w*|members?|part)\b", folded(x))),
                 sentences[-1] if sentences else text)
    return t(lang, f"”{piece}?” – det kan jag inte svara säkert på utifrån underlaget; fråga samordnarna.",
             f"“{piece}?” – I can't answer that with certainty from the material; ask the coordinators.")


def context_members(kit: Kit, text: str, orgs: list[Organisation]) -> list[Organisation]:
    """The members of `orgs` a message names only to say who speaks or where they work ("jag jobbar på Karlskoga
    kommun, när …?") or where another member is ("Handelskammaren (the Chamber of Commerce) in Örebro"): every
    mention of them sits in such words. A workplace still counts when the message asks of the asker's own
    membership ("Hej från RF-SISU! Är vi med?"), which is then about that organisation."""
    if not orgs:
        return []
    own = bool(_OWN_ASKED.search(folded(text)) or folded_words(text) & _BUSINESS)
    # (The business community asked of by the chamber's own people: the chamber is the answer, above.)
    flat = _flat(text)
    by_org: dict[str, list[bool]] = {}
    mentions = sorted(_mentions(kit, text), key=lambda m: m[0])
    for n, (a, b, o) in enumerate(mentions):
        place = n > 0 and mentions[n - 1][2].id != o.id and bool(_PLACE_OF.match(flat[mentions[n - 1][1]:a]))
        told = not own and bool(_CONTEXT_BEFORE.search(flat[max(0, a - 60):a]) or _CONTEXT_AFTER.match(
            text[b:b + 30].lower()))
        by_org.setdefault(o.id, []).append(place or told)
    return [o for o in orgs if by_org.get(o.id) and all(by_org[o.id])]


# Between a member's name and a municipality's: the place the member is in ("RF-SISU i Örebro", "Handelskammaren
# (the Chamber of Commerce) in Örebro").
_PLACE_OF = re.compile(r"^\)?\s*(?:\([^()]{0,40}\))?\s*(?:i|in)\s+$")


def without_members(kit: Kit, text: str, orgs: list[Organisation]) -> str:
    """`text` with each mention of `orgs` blanked out (kept the same length)."""
    ids = {o.id for o in orgs}
    out = list(text)
    for a, b, o in _mentions(kit, text):
        if o.id in ids:
            # ("Handelskammaren Mälardalen": the rest of the name goes with it.)
            b += len(m.group(0)) if (m := re.match(r"(?:\s+[A-ZÅÄÖ][\w-]*)+", text[b:])) else 0
            out[a:b] = " " * (b - a)
    return "".join(out)


_SPEAKER_ORG = re.compile(r"\b(?:[Jj]obbar|[Aa]rbetar|[Ss]itter) (?:på|vid|inom|för) |"
                          r"\b(?:[Jj]ag är|[Vv]i är|[Jj]ag kommer|[Vv]i kommer|[Jj]ag ringer|[Jj]ag skriver) från |"
                          r"\bI (?:work|am) (?:at|for|from) |"
                          r"\bI'm (?:from|at|with) ")
_WE_MEMBER = re.compile(r"\b(?:vi|we)\s+(?:\w+\s+){0,2}?(?:ingar|ar med|sitter (?:med|i)|are part|are (?:a )?members?|"
                        r"sit (?:on|in))\b")


def we_strangers(kit: Kit, sentence: str, message: str) -> list[str]:
    """"Jag jobbar på Arbetsförmedlingen och har hört att vi ingår i partnerskapet": the speaker's own organisation,
    told as "vi", claimed a member while the process file does not list it."""
    if not _WE_MEMBER.search(folded(sentence)) or "partner" not in folded(sentence):
        return []
    said = _SPEAKER_ORG.search(message)
    if said is None:
        return []
    words = re.match(r"((?:[A-ZÅÄÖ][\w-]+)(?:\s+[A-ZÅÄÖ][\w-]+){0,2})", message[said.end():])
    if words is None:
        return []
    name = words.group(1)
    known = _known_words(kit)
    # ("Lekebergs kommun": a member's name in the genitive is that member)
    own = [] if all(w in known or (w.endswith("s") and w[:-1] in known) for w in tokens(fold(name))) else [name]
    return [*own, *(x for x in _alike_strangers(kit, sentence) if x not in own)] if own else []


# "… precis som Handelskammaren och Länsförsäkringar?", "just like the Chamber of Commerce and Almi": the names the
# asker counts its own organisation among, as members.
_ALIKE = re.compile(r"\b(?:precis som|liksom|likt|just like|like|same as)\s+(.+?)(?=[?.!]|$)")


def _alike_strangers(kit: Kit, sentence: str) -> list[str]:
    """The names that are not members among those a "we are in it, like X and Y" claim compares with (b77 #94:
    Länsförsäkringar was passed over in silence beside "Almi är inte med")."""
    said = _ALIKE.search(sentence)
    if said is None:
        return []
    known = _known_words(kit)
    out = []
    for item in _LIST_SPLIT.split(said.group(1)):
        caps = _CAPITAL.findall(item)
        if caps and len(item.split()) <= 3 and not any(
                w in known or (w.endswith("s") and w[:-1] in known) for w in tokens(fold(" ".join(caps)))):
            out.append(" ".join(caps))
    return out


def listed_strangers(kit: Kit, text: str) -> list[str]:
    """Names in a list of members that are not members ("Arbetsförmedlingen", "Region Västmanland"): a list item with
    a capitalised word no member's name has, standing between (or right after) items that name members."""
    known = _known_words(kit)
    for sentence in re.split(r"(?<=[.?!])\s+|\n+", text):
        items = [i for i in _LIST_SPLIT.split(sentence) if i.strip()]
        if len(items) < 3:
            continue
        naming = [n for n, i in enumerate(items) if any(w in known and w not in NAME_STOP for w in tokens(fold(i)))]
        if len(naming) < 2:
            continue
        out = []
        for n in range(naming[0], min(len(items), naming[-1] + 2)):
            item = items[n].strip()
            # "… alla kommuner i länet inklusive Arboga": the name the item ends with after "inklusive".
            if (tail := _INCLUDING.search(item)) is not None and n in naming and 0 < len(tail.group(1).split()) <= 4:
                caps = _CAPITAL.findall(tail.group(1))
                if caps and not set(tokens(fold(caps[0]))) <= known:
                    out.append(tail.group(1).rstrip("?.!"))
                    continue
            if n == naming[0]:
                continue
            words = item.split()
            if n in naming and n != naming[-1] + 1:
                stray = [w for w in _CAPITAL.findall(item) if not set(tokens(fold(w))) <= known]
                if stray and len(words) <= 4 and any(w in known for w in tokens(fold(item))):
                    # "Region Västmanland": a member's word beside a name no member has.
                    out.append(item.rstrip("?.!"))
                continue
            if 0 < len(words) <= 4 and (caps := _CAPITAL.findall(item)) and all(
                    not set(tokens(fold(w))) <= known for w in caps[:1]):
                out.append(item.rstrip("?.!"))
        return out
    return []


def _list_checked(kit: Kit, q: Asked, strangers: list[str]) -> Answer:
    """A list of members with names that are not members: the claim is a no, said first, then who is right, who the
    list leaves out (when it is given as the whole partnership) and the members."""
    lang, e = q.language, q.entities
    name = kit.process.partnership.name.get(lang)
    who = join_list([f"**{literal(s)}**" for s in strangers], lang)
    many = len(strangers) > 1
    lines = [t(lang, f"Nej – {who} är inte med i {lower_first(name)}; {'de' if many else 'den'} står inte bland "
                     "medlemmarna i underlaget.",
               f"No – {who} {'are' if many else 'is'} not {'members' if many else 'a member'} of "
               f"{lower_first(name)}; the material does not list {'them' if many else 'it'} among the members.")]
    ids = {c[4:] for c in e.concepts if c.startswith("ORG:")} | {o.id for o in e.organisations}
    # (A member's word inside a stranger's name – "Region" of "Region Västmanland" – does not name the member.)
    beside = set().union(*(tokens(fold(s)) for s in strangers))
    right = [o for o in kit.process.organisations if o.id in ids and o.kind != "kommun" and not (
        {w for w in tokens(fold(o.name)) if w not in NAME_STOP} <= beside)]
    if right:
        said = join_list([o.name for o in right], lang)
        lines.append(t(lang, f"{said} är med.", f"{said} {'is a member' if len(right) == 1 else 'are members'}."))
    if _WHOLE_LIST.search(folded(q.text)):
        left = [o for o in kit.process.organisations if o.kind != "kommun" and o.id not in ids]
        if left:
            lines.append(t(lang, f"Listan saknar {join_list([o.name for o in left], lang)}.",
                           f"The list leaves out {join_list([o.name for o in left], lang)}."))
    lines.append(t(lang, "Medlemmarna är: ", "The members are: ")
                 + join_list([o.name for o in kit.process.organisations], lang) + ".")
    return kit.answer(q, "\n\n".join(lines), [kit.process.partnership.source,
                                               *[o.source for o in kit.process.organisations]], topic="organisation")


# Another region than the one in the process ("Region Värmland", "Region Gävleborg"), named beside a member.
_REGION = re.compile(r"\bRegion [A-ZÅÄÖ][\wåäö-]+")


# An organisation-like name: another region ("Region Dalarna"), a municipality ("Arboga kommun"), a county
# administrative board or county ("Länsstyrelsen i Värmlands län", "Västmanlands län").
_ORG_LIKE = re.compile(r"\b(?:(?:Region|Landstinget) [A-ZÅÄÖ][\wåäö-]+|"
                       # another county's region typed in lower case ("is region västmanland involved?")
                       r"(?i:region) (?i:" + "|".join(sorted(OTHER_REGIONS, key=len, reverse=True)) + r")\b|"
                       r"Länsstyrelsen (?:(?:i|in) )?[A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+)?(?: län)?|"
                       r"[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad|municipality|län|County)\b|"
                       # a state agency or another body by its kind of name ("Arbetsförmedlingen", "Tillväxtverket",
                       # "Försäkringskassan", "Energimyndigheten") and a few bodies often taken for partners of
                       # regional development (blind batch 54: "Almi" and "Arbetsförmedlingen" presumed members)
                       r"[A-ZÅÄÖ][\wåäö]*(?:verket|myndigheten|förmedlingen|kassan)\b|"
                       r"(?:Almi|LRF|SKR|Företagarna|Svenskt Näringsliv|Coompanion|Samordningsförbundet)\b|"
                       # single study associations, often taken for members where the process file lists only
                       # their county federation, Örebro läns bildningsförbund (b56: "ABF och Studiefrämjandet …
                       # sitter också i partnerskapet")
                       r"(?:ABF|Studiefrämjandet|Studieförbundet Vuxenskolan|Vuxenskolan|Sensus|Bilda|"
                       r"Medborgarskolan|Folkuniversitetet|Ibn Rushd|NBV)\b)")
# A sentence asking a membership ("är … med?", "ingår …", "is … part of / a member / included?", "belong").
_ASKS_MEMBER = re.compile(r"\b(?:med|ingar|ingick|tillhor|medlem\w*|members?|part of|belongs?|included?|includes|"
                          r"inkluderar|omfattar|"
                          # "Is Region Värmland involved in the update?" asks whether it takes part (b86 #30 got the
                          # partnership's role as a "Yes")
                          r"involved|delaktig\w*|takes? part|participat\w*|"
                          r"in the partnership|i partnerskapet)\b")


# The askers as municipalities ("vi kommuner", "vi som kommun", "we municipalities").
_WE_MUNICIPALITIES = re.compile(r"\b(?:vi|oss) (?:som )?kommuner(?:na)?\b|\bvi som kommun\b|"
                                r"\b(?:we|us) (?:as )?(?:the )?municipalit(?:y|ies)\b")


def stranger_place(name: str) -> list[str]:
    """The words of an organisation-like name that tell which one it is ("Region Dalarna" → ["dalarna"])."""
    return [w for w in tokens(fold(name)) if w not in ("region", "landstinget", "lansstyrelsen", "i", "in", "kommun",
                                                      "stad", "municipality", "lan", "county")]


# A statement presuming membership or that the consultation goes to a body ("eftersom de ju är med i
# partnerskapet", "remissen går till alla kommuner och till Region Värmland"): the names in it are presumed members.
_PRESUMES_MEMBER = re.compile(r"\b(?:(?:ar|var|ingar|ingick|sitter|finns) (?:\w+ ){0,2}(?:med )?i partnerskapet|"
                              r"(?:ar|var|sitter) (?:\w+ ){0,2}med i (?:rus|uppdateringen|processen)|"
                              r"medlem\w* i partnerskapet|"
                              # ("… kan svara på remissen som egen part i partnerskapet", "respond as a
                              # separate party in the partnership": a party of it presumed, b80 #78)
                              r"(?:egen|eget|egna|sjalvstandig\w*|separat\w*) (?:part|parter|medlem\w*) "
                              r"i partnerskapet|"
                              r"as (?:a |an )?(?:own|separate|independent) (?:party|member) (?:of|in) the partnership|"
                              r"(?:are|is|were|was) (?:\w+ ){0,2}(?:members? of|part of|in) the partnership|"
                              r"remiss\w* (?:\w+ ){0,2}(?:gar|skickas|gick|skickades) (?:ut )?till|"
                              r"consultation (?:\w+ ){0,2}(?:goes|is sent|went|was sent) (?:out )?to)\b")


# "de", "dom", "they", "them": a membership question of the names in the sentence before.
_THEY = re.compile(r"\b(?:de|dom|dem|they|them)\b", re.IGNORECASE)


def asked_strangers(kit: Kit, text: str, with_members: bool = False) -> list[str]:
    """"Is Region Dalarna part of the partnership? Lindesberg works a lot with Dalarna": the organisation-like name
    a membership question asks about that the process file does not list (each of them, in the first such
    question), when that question names no member (members named in the other sentences are context). A statement
    that presumes membership counts as such a question ("they want to come, since they are in the partnership").
    `with_members`: also when the sentence asks of members beside it ("Handelskammaren och Almi har väl båda varit
    med?"), whose yes the caller keeps."""
    members = [fold(o.name) for o in kit.process.organisations]
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    for n_sentence, sentence in enumerate(sentences):
        asks = "?" in sentence and _ASKS_MEMBER.search(folded(sentence))
        if not asks and not _PRESUMES_MEMBER.search(folded(sentence)):
            continue
        if n_sentence and _THEY.search(sentence) and not _ORG_LIKE.search(sentence):
            # "Vi har kontakt med Företagarna och LRF … Sitter de med i partnerskapet?": "de" are the names of the
            # sentence before (b58: their presumed membership left unanswered)
            sentence = sentences[n_sentence - 1] + " " + sentence
            context = True      # (members named there are context: "Företagarna här i Karlskoga")
        else:
            context = False
        names: list[str] = []
        rest = sentence
        for m in _ORG_LIKE.finditer(sentence):
            name = m.group(0)
            place = stranger_place(name)
            if not place or any(p in ("orebro", "orebros") for p in place):
                continue        # this county's own region, board or county
            if any(fold(name) == n or n.startswith(fold(name)) or (
                    len(place) == 1 and (place[0] == n or place[0].rstrip("s") == n)) for n in members):
                continue        # a member ("Kumla kommun", "Lekebergs kommun")
            rest = rest[:m.start()] + " " * len(name) + rest[m.end():]
            if name[:1].islower():      # ("region västmanland" as typed: named as the region is called)
                name = " ".join(w[:1].upper() + w[1:] for w in name.split())
            names.append(name[:-1] if name.startswith("Region ") and name.endswith("s") else name)
        if names:
            # (a member asked of too: the members' answer tells both)
            # (members named in a statement are its context: "Arbetsförmedlingen här i Nora … är ju med")
            return [] if asks and not with_members and not context and _mentions(kit, rest) else names
    return []


def _other_region(kit: Kit, text: str) -> re.Match[str] | None:
    """"Region Värmland" when the process's members have no such name (their own region is a member)."""
    members = [o.name.casefold() for o in kit.process.organisations]
    return next((m for m in _REGION.finditer(text)
                 if not any(n.startswith(m.group(0).casefold()) for n in members)), None)
# "Vad gör Örebro läns bildningsförbund i partnerskapet?", "what does RF-SISU do in the partnership?"
_WHAT_DOES = re.compile(r"\bvad (?:gor|ska|har) (?!vi\b|ni\b|jag\b|man\b)\S+(?: \S+){0,5} (?:i|for|inom) "
                        r"(?:partnerskapet|uppdateringen|processen)\b|\bwhat (?:does|will) \S+(?: \S+){0,5} do\b")


def what_member_does(kit: Kit, q: Asked, member: Organisation) -> Answer:
    """What one member does: the material says what every member does (the partnership's role, the check-in, the
    consultation) and nothing of that member alone."""
    lang = q.language
    p = kit.process.partnership
    lines = [t(lang, f"Underlaget säger inget särskilt om vad just **{member.name}** gör; som alla medlemmar i "
                     f"{lower_first(p.name.get(lang))} är organisationen med i det partnerskapet gör.",
               f"The material says nothing specific about what **{member.name}** does; like every member of "
               f"{lower_first(p.name.get(lang))} it takes part in what the partnership does.")]
    sources = [p.source, member.source]
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is not None:
        lines.append(role_.text.get(lang))
        sources.append(role_.source)
    meeting = next((i for i in kit.process.timeline if i.kind == "meeting"), None)
    if meeting is not None:
        lines.append(t(lang, f"I tidplanen: {kit.item_line(meeting, lang)}.", f"In the timeline: "
                             f"{kit.item_line(meeting, lang)}."))
        sources.append(meeting.source)
    if kit.process.consultation_item is not None:
        lines.append(kit.process.consultation_item.text.get(lang))
        sources.append(kit.process.consultation_item.source)
    return kit.answer(q, "\n\n".join(lines), sources, topic="organisation")


def why_member(kit: Kit, q: Asked, named: list[Organisation]) -> Answer:
    """"Varför är just vi (RF-SISU) med i partnerskapet?": the material lists the members and gives no reason
    for any of them; what it does say is what the partnership does."""
    lang = q.language
    p = kit.process.partnership
    who = join_list([f"**{o.name}**" for o in named], lang)
    lines = [t(lang, f"Underlaget räknar upp {who} bland medlemmarna i {lower_first(p.name.get(lang))}, men anger "
                     "inte varför någon av medlemmarna är med.",
               f"The material lists {who} among the members of {lower_first(p.name.get(lang))}, but gives no reason "
               "why any of the members is included.")]
    sources = [p.source, *[o.source for o in named]]
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is not None:
        lines.append(t(lang, "Det som står är partnerskapets roll: ", "What it does say is the partnership's role: ")
                     + lower_first(role_.text.get(lang)))
        sources.append(role_.source)
    return kit.answer(q, "\n\n".join(lines), sources, topic="organisation")


# A role's text that gives a reason ("… på grund av händelser i omvärlden").
_REASON = re.compile(r"\b(?:pga|pa grund av|for att|eftersom|darfor|because|due to|so that)\b")


def _members_role(kit: Kit, chosen: Role) -> bool:
    """A role of members of the partnership ("Kommunerna … är med i partnerskapet"): what is expected of one
    of them ("jag ska representera kommunen, vad förväntas av mig?") is a member's part."""
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    key = next((w for w in tokens(fold(role_.name.sv)) if w not in NAME_STOP), None) if role_ else None
    return key is not None and f"med i {key}" in folded(chosen.text.sv)


# "Var det inte kommunerna själva som ville …?", "wasn't it the municipalities who …?": a check put as a negation.
_NOT_IT = re.compile(r"^\W*(?:hej\W+)?(?:men\s+)?(?:var|ar|e)\s+det\s+inte\s+(?P<x>.{1,40}?)\s+som\b|"
                     r"^\W*(?:wasn ?t|isn ?t)\s+it\s+(?P<y>.{1,40}?)\s+(?:who|that)\b")


# "Vem är KC/RD?", "what is RF?": what the body is, asked as such ("vad förväntas …" is not).
_WHO_IS = re.compile(r"\b(?:vem|vad|vilka|who|what)\s+(?:ar|e|is|are)\b")
_ROLE_WORDS = frozenset("roll rollen role uppgift uppgiften task gor gjort does do did sagt sa said tyckte".split())
_BINDING = frozenset("bindande bindand tvingande forpliktande binding mandatory obligatory".split())


# The same check after a story ("Remissen ligger över semestern. Var det inte kommunerna som ville det?").
_NOT_IT_INSIDE = re.compile(r"(?:^|[.!?]\s+)(?:men\s+)?(?:var|ar|e)\s+det\s+inte\s+(?P<x>.{1,40}?)\s+som\b|"
                            r"(?:^|[.!?]\s+)(?:wasn ?t|isn ?t)\s+it\s+(?P<y>.{1,40}?)\s+(?:who|that)\b")


# Words of a role's text that say it decides something.
_DECIDES = re.compile(r"\bbeslut\w*|\bfattar\b|\bdecide\w*|\bdecision\w*")


def role_mandate(kit: Kit, q: Asked) -> Answer | None:
    """"Vilket mandat har KC/RD – kan de stoppa förslag?": a body's own mandate, not the review's (the region
    leadership's assignment): what the material says the body does; when that is no decision, that the material
    gives it none leads, and who decides follows. None unless a body other than the one giving the assignment is
    named."""
    chosen = q.entities.role
    if chosen is None or "uppdrag" in fold(chosen.text.sv) or "mandat" not in folded(q.text):
        return None
    answer = role(kit, q)
    if _DECIDES.search(fold(chosen.text.sv)):
        return answer
    lang = q.language
    # "Kommunerna" in a sentence is "kommunerna"; "KC/RD" and "Region Örebro län" stay as written.
    sv, en = (n if " " in n or not n[1:2].islower() else lower_first(n) for n in (chosen.name.sv,
                                                                                 chosen.name.get("en")))
    en = "the " + en[4:] if en.startswith("The ") else en
    lines = [t(lang, f"Något eget beslutsmandat för {sv} står inte i underlaget. {chosen.text.sv}",
               f"The material gives no decision-making mandate of its own to {en}. {chosen.text.get(lang)}")]
    sources = [chosen.source]
    decider = kit.roles.get(kit.rules.partnership_role or "")
    if decider is not None and decider.id != chosen.id:
        lines.append(decider.text.get(lang))
        sources.append(decider.source)
    return kit.answer(q, "\n\n".join(lines), sources, topic=answer.topic)


# "va tyckte kommunerna om tidplanen?", "hade kommunerna synpunkter på tidplanen?", "what did the municipalities
# think of the timeline?": a body's opinion (folded). Only what its text records (a wish) is known of it.
OPINION = re.compile(r"\b(?:tyckte|tycker|tyckt|ansag|anser|tankte|tanker|reagerade|think|thinks|thought|"
                     r"reacted|opinion|opinions)\b|\b(?:hade|had) (?:\w+ ){0,3}(?:synpunkt\w*|invandning\w*|"
                     r"views|objections|comments)\b")
# …of the plan itself (its timeline, the consultation's length, the set-up): not "vad tyckte kommunerna?" beside
# the responses, which asks what they answered (not in the material).
PLAN_JUDGED = re.compile(r"\b(?:tid(?:s)?plan\w*|remisstid\w*|remissperiod\w*|upplagg\w*|process\w*|tempo\w*|"
                         r"timeline|schedule|timetable|time ?frame|set-?up)\b")
_WISHED = re.compile(r"\b(?:onskade|asked for|wished)\b")


def records_wish(role: Role) -> bool:
    """Whether a body's text records a wish of it (what the material says of its view)."""
    return bool(_WISHED.search(fold(f"{role.text.sv} {role.text.en or ''}")))


def _opinion_told(kit: Kit, q: Asked, answer: Answer) -> Answer:
    """A body's opinion asked (b73 #7, "va tyckte kommunerna om tidplanen?"): what the material records of it – a
    wish, with the input to KC/RD that gave it and when – and that nothing more is said. Only of the plan itself
    (PLAN_JUDGED) and a body whose text records a wish; never an opinion the material does not give."""
    chosen = q.entities.role
    if chosen is None or not OPINION.search(folded(q.text)) or answer.topic != role_topic(chosen) or not (
            PLAN_JUDGED.search(folded(q.text))) or not records_wish(chosen):
        return answer
    lang, name = q.language, chosen.name.get(q.language)
    text = chosen.text.get(lang)
    told = next((i for i in kit.process.timeline if i.kind == "input" and i.first is not None
                 and chosen.source in i.source), None)
    first = split_first(text)
    # (the input whose source records the wish says when and at what: "I januari 2021 presenterades förslaget till
    # tidplan för KC/RD.")
    context = "" if told is None else split_first(told.text.get(lang)) + " "
    lead = context + first + t(lang, f" Mer än så om vad {name.lower()} tyckte står inte i underlaget.",
                               " Nothing more about their views is in the material.")
    rest = text[len(first):].strip()
    return answer.model_copy(update={"text": "\n\n".join(x for x in (lead, rest) if x)})



def split_first(text: str) -> str:
    """A text's first sentence (with its full stop)."""
    m = re.match(r".+?[.!?](?=\s|$)", text)
    return m.group(0) if m else text


def role(kit: Kit, q: Asked, *, inside: bool = False) -> Answer:
    """`inside`: the negated check ("var det inte X som …?") may come after a story, whose words say what is
    checked ("Remissen ligger över semestern. Var det inte kommunerna som ville ha det så?")."""
    answer = _opinion_told(kit, q, _role(kit, q))
    chosen_ = q.entities.role
    if chosen_ is not None and answer.topic == role_topic(chosen_):
        extra: list[str] = []
        if _WHO_IS.search(folded(q.text)) and not folded_words(q.text) & _ROLE_WORDS:
            # "Vem är KC/RD?": what the glossary says the body is (and that an abbreviation is not spelled out).
            entry = next((g for g in kit.process.glossary if any(fold(x) == fold(chosen_.name.sv) for x in g.terms)),
                         None)
            role_stems = content_stems(chosen_.text.get(q.language))
            same = entry is not None and len(role_stems & content_stems(entry.text.get(q.language))) >= 0.7 * max(
                len(role_stems), 1)     # "Nämnderna är … nämnder; de står för …": the role's own words again
            if entry is not None and not same and entry.text.get(q.language) not in answer.text:
                extra.append(entry.text.get(q.language))
                answer.sources.append(entry.source)
        if folded_words(q.text) & _BINDING:
            # "Är deras önskemål bindande?": not said in the material; that leads, what they did follows.
            extra.insert(0, t(q.language, "Om det är bindande står inte i underlaget.",
                              "Whether it is binding is not in the material."))
        if extra:
            answer = answer.model_copy(update={"text": "\n\n".join([*extra, answer.text])})
    found = None if inside else _NOT_IT.search(folded(q.text))
    if found is None:
        found, inside = _NOT_IT_INSIDE.search(folded(q.text)), True
    chosen = q.entities.role
    if found is not None and chosen is not None and answer.text.startswith(chosen.name.get(q.language)):
        # The role asked about is the one whose text answers: the check is borne out, said first.
        named = set(tokens(fold(found.group("x") or found.group("y") or "")))
        # …and what it is checked for is what the role's text says ("ville ha remissen" ~ "önskade en remiss").
        said = content_stems(folded(q.text) if inside else folded(q.text)[found.end():]) & content_stems(
            chosen.text.get(q.language))
        if named & set(tokens(fold(f"{chosen.name.sv} {chosen.name.en or ''}"))) and said:
            answer = answer.model_copy(update={"text": t(q.language, "Ja – ", "Yes – ") + lower_first(answer.text)})
    return answer


def _role(kit: Kit, q: Asked) -> Answer:
    lang, e = q.language, q.entities
    chosen = e.role
    words = set(tokens(fold(q.text)))
    if e.organisations and words & {"vi", "var", "vart", "we", "our"} and words & {"roll", "rollen", "role"} and (
            kit.rules.partnership_role is not None):
        # "Vi på RF-SISU undrar vad vår roll är, vi är ju inte en kommun": the asker's organisation's role, which
        # is the partnership's, whatever other role a word of the story names.
        chosen = kit.roles[kit.rules.partnership_role]
    if chosen is None:
        # No role named: the one whose text the question is about ("varför är remissen så lång, ända till
        # september?" → the municipalities asked for it), else the partnership's.
        asked = content_stems(q.text)
        overlap = {r.id: len(asked & content_stems(f"{r.text.sv} {r.text.en or ''}")) for r in kit.process.roles}
        best = max(overlap, key=lambda rid: overlap[rid], default=None)
        if best is not None and overlap[best] >= 2:
            chosen = kit.roles[best]
        elif kit.rules.partnership_role is not None:
            chosen = kit.roles[kit.rules.partnership_role]
    if chosen is None:
        return partnership(kit, q)
    members = {o.id for o in kit.process.organisations}
    # (What "we" are to do is asked by a member, whichever body the question names beside it: "anything else we
    # need to do before the regional council decides?")
    if asks_expected(q.text) and (chosen.id == kit.rules.partnership_role or _members_role(kit, chosen) or any(
            o.id in members for o in e.organisations) or words & {"vi", "oss", "we", "us"}) and (
            expected := expected_of_member(kit, q)) is not None:
        return expected
    said = _role_in_period(kit, chosen, q) if e.role is not None else []
    if said:
        # "Vad sa KC/RD i januari?": that month's items about the role first.
        lines = [i.text.get(lang) for i in said]
        sources = [i.source for i in said]
        # "Vad sa KC/RD i december?": an input that names the phases is said with what the phases are
        # ("fas 1 och fas 2" alone says nothing of them).
        named_phases = [ph for ph in kit.process.phases
                        if any(fold(ph.name.sv) in fold(i.text.sv) for i in said)]
        if named_phases:
            lines[-1] += "".join(f"\n- {ph.text.get(lang)}" for ph in named_phases)
            sources += [ph.source for ph in named_phases]
        return kit.answer(q, "\n\n".join([*lines, f"_{chosen.name.get(lang)}_"]), sources,
                          topic=role_topic(chosen))
    text = chosen.text
    if chosen.planned is not None and any(b[0] > q.today for b in _role_items(kit, chosen)):
        text = chosen.planned          # its last event is still ahead: the future tense
    lead = ""
    members = {o.id for o in kit.process.organisations}
    named = [o for o in e.organisations if o.id in members]
    # ("Hi, I'm new at Karlskoga kommun … What is the partnership supposed to do?": where the asker works is no
    # organisation whose role is asked.)
    named = [o for o in named if o not in context_members(kit, q.text, named)]
    # "vad har Länsstyrelsen för roll – är vi med och bestämmer, eller är det bara regionen?": the region is what
    # the asker's own part is set against, not a second member asked of.
    named = [o for o in named if not _only_of(q.text, o)] or named
    if chosen.id == kit.rules.partnership_role and _WE_MUNICIPALITIES.search(folded(q.text)) and any(
            o.kind == "kommun" for o in kit.process.organisations):
        # "Vilken roll har vi kommuner – är det vi som bestämmer, eller är det regionen?": the askers' own part, the
        # municipalities', not the region named as the other choice (b80 #15 answered the region's role).
        lead = t(lang, f"Samtliga kommuner är med i {chosen.name.get(lang)}, och har sin roll genom partnerskapet: ",
                 f"All the municipalities are in {lower_first(chosen.name.get(lang))} and have their part through "
                 "the partnership: ")
    elif named and chosen.id == kit.rules.partnership_role:
        # "Vilken roll har Länsstyrelsen i översynen?": the organisation's part is the partnership's.
        who = join_list([o.name for o in named], lang)
        lead = t(lang, f"{who} är med i {chosen.name.get(lang)}, och har sin roll genom partnerskapet: ",
                 f"{who} {'is' if len(named) == 1 else 'are'} in {lower_first(chosen.name.get(lang))} and "
                 f"{'has its' if len(named) == 1 else 'have their'} part through the partnership: ")
    sources = [chosen.source]
    partner = kit.roles.get(kit.rules.partnership_role or "")
    if not lead and partner is not None and chosen.id != partner.id and words & {"roll", "rollen", "role"} and (
            _members_role(kit, chosen)) and "WHY" not in e.concepts:
        # "vad är kommunernas roll i det här?": members' part is the partnership's, before what the material
        # says of them alone (their wish for a long remiss).
        lead = t(lang, f"{chosen.name.sv} är med i {partner.name.sv} och har sin roll genom partnerskapet: "
                       f"{partner.text.sv}\n\n",
                 f"{chosen.name.get(lang)} are in {lower_first(partner.name.get(lang))} and have their part "
                 f"through the partnership: {partner.text.get(lang)}\n\n")
        sources.insert(0, partner.source)
    why = ""
    if "WHY" in e.concepts and _WHY_UPDATED.search(folded(q.text)):
        # "… why is it being updated, and what is our role in it?": the why is the review's, which the material
        # gives (b50 #2: "the reason is not given").
        reasons, why_sources = why_reviewed(kit, lang)
        if reasons:
            why = "\n\n" + reasons
            sources += why_sources
    elif "WHY" in e.concepts and not _REASON.search(folded(text.sv)):
        # A role asked who and why: the who is said, the why is not in the material. (The municipalities' wish
        # for a remiss through September is answered in consultation.dates, which the engine routes it to.)
        why = " " + t(lang, "Skälet till det anges inte i underlaget.", "The reason is not given in the material.")
    return kit.answer(q, f"{lead}{text.get(lang)}{why}\n\n_{chosen.name.get(lang)}_", sources,
                      topic=role_topic(chosen))


# "why is it being updated", "varför ses RUS över": the why asked is the review's, not the role's.
_WHY_UPDATED = re.compile(r"\b(?:varfor|why)\b[^.?!]{0,40}?\b(?:ses over|se over|oversyn\w*|uppdater\w*|review\w*|"
                          r"updat\w*|revider\w*|revis\w*)")


_TEXT_PART = frozenset("kapitel kapitlet kapitlen kapitlet avsnitt avsnittet avsnitten chapter chapters section "
                       "sections".split())


def text_responsibility(kit: Kit, q: Asked) -> Answer | None:
    """"Is Örebro University going to be responsible for the digitalisation chapter?": who writes or answers for a
    part of the strategy's text is not in the material; what is, is the organisation's membership and the
    event named. None unless a part of the text is asked about."""
    asked = folded_words(q.text)
    if not asked & _TEXT_PART or not any(w.startswith(("ansvar", "skriv", "responsib", "writ", "leda", "leder", "own",
                                                          "author", "forfatt")) for w in asked):
        return None
    from rusbot.answers.answerers.facts import driver_named

    lang = q.language
    lines = [t(lang, "Det vet jag inte: vem som ansvarar för eller skriver någon del av den uppdaterade RUS står "
                     "inte i underlaget.",
               "I don't know: who is responsible for or writes any part of the updated RUS is not in the material.")]
    sources: list[str] = []
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if named and role_ is not None:
        who = join_list([o.name for o in named], lang)
        lines.append(t(lang, f"Det som står är att {who} är med i {role_.name.get(lang)}: " + lower_first(
                           role_.text.get(lang)),
                       f"What it says is that {who} {'is' if len(named) == 1 else 'are'} in "
                       f"{lower_first(role_.name.get(lang))}: " + lower_first(role_.text.get(lang))))
        sources += [role_.source, *(o.source for o in named)]
    driver = driver_named(q.text, kit.process.drivers) if kit.process.drivers else None
    if driver is not None:
        lines.append(t(lang, f"**{driver.text.get(lang)}** nämns som en av händelserna i omvärlden bakom översynen, "
                             "inte mer.",
                       f"**{driver.text.get(lang)}** is named as one of the events in the world behind the review, "
                       "no more."))
        sources.append(driver.source)
    return kit.answer(q, " ".join(lines), sources, confident=False, topic="unknown")


_SAME = frozenset("samma detsamma densamma same identical".split())
_SAME_CONSULTATION = re.compile(r"\b(?:samma|same) (?:remiss|remissen|consultation)\b")


# "samma ställning som kommunerna", "the same status as the municipalities": standing, not identity.
_STANDING = re.compile(r"\b(?:samma|lika) (?:stallning|status|roll|position|rattigheter|inflytande|tyngd|mandat)\b|"
                       r"\bsame (?:standing|status|role|position|rights|say|weight)\b|\bequal (?:footing|standing|"
                       r"status|say)\b")


def equal_standing(kit: Kit, q: Asked) -> Answer:
    """"Har universitetet samma ställning i partnerskapet som kommunerna?": the material lists them all as members
    and describes no difference between them – said so, not a difference or a rank invented."""
    lang, p = q.language, kit.process.partnership
    named = [o for o in q.entities.organisations if o in kit.process.organisations]
    who = join_list([*[o.name for o in named], t(lang, "kommunerna", "the municipalities")], lang)
    text = t(lang, f"Underlaget beskriver ingen skillnad i ställning mellan medlemmarna: {who} är alla "
                   f"med i {p.name.get(lang)}. Medlemmarna är: "
                   f"{join_list([o.name for o in kit.process.organisations], lang)}.",
             f"The material describes no difference in standing between the members: {who} "
             f"are all members of {lower_first(p.name.get(lang))}. The members are: "
             f"{join_list([o.name for o in kit.process.organisations], lang)}.")
    sources = [p.source, *[o.source for o in named]]
    if q.entities.concepts & {"CONSULT", "RESPOND"} and (item := kit.process.consultation_item) is not None:
        # "… och räknas vi då som remissinstans?": the remiss goes to the partnership, so to every member.
        text += "\n" + item.text.get(lang) + t(lang, " Som medlemmar får ni alltså remissen.",
                                                " As members, you receive it.")
        sources.append(item.source)
    return kit.answer(q, text, sources, topic="organisation")


def same_as(kit: Kit, q: Asked) -> Answer | None:
    """"Är RF-SISU samma sak som RF i tidplanen?": an organisation and a role named alike are two things;
    None unless the question asks whether a member organisation and a role are the same."""
    e, lang = q.entities, q.language
    if not (e.organisations and e.role is not None and folded_words(q.text) & _SAME):
        return None
    if _STANDING.search(folded(q.text)):
        return equal_standing(kit, q)
    if "SEPARATE" in e.concepts or _SAME_CONSULTATION.search(folded(q.text)):
        return None             # "får vi samma remiss som kommunerna eller en separat?": the consultation's answer
    members = {o.id for o in kit.process.organisations}
    orgs = [o for o in e.organisations if o.id in members]
    if not orgs:
        return None
    org, role_ = orgs[0], e.role
    org_words = [w for w in tokens(fold(org.name)) if len(w) >= 4]
    if not any(set(ws := tokens(fold(x))) & _SAME and any(w.startswith(o) for w in ws for o in org_words)
               for x in re.split(r"(?<=[.?!])\s+", q.text)):
        return None             # "Vi på Örebro kommun … Blir strukturen densamma?": the same structure, not X = Y
    if role_.id == kit.rules.partnership_role:
        return None             # "är X samma som partnerskapet?": X is in it, which the membership answer says
    p_name = kit.process.partnership.name.get(lang)
    text = t(lang, f"Nej, {org.name} och {role_.name.get(lang)} är inte samma. {role_.text.get(lang)} {org.name} "
                   f"är en av medlemmarna i {p_name}.",
             f"No, {org.name} and {lower_first(role_.name.get(lang))} are not the same. {role_.text.get(lang)} "
             f"{org.name} is one of the members of {lower_first(p_name)}.")
    return kit.answer(q, text, [role_.source, org.source, kit.process.partnership.source], topic="organisation")


# "Vad förväntas av oss?", "what do I need to do / when do I need to act?": a member's part, step by step.
_EXPECTED = re.compile(r"\bforvant\w* (?:av|fran|of) (?:oss|er|mig|us|me)\b|\bforvantas (?:vi|jag|ni)\b|"
                       r"\b(?:is|are) (?:we|i) expected\b|\bexpected (?:of|from) (?:us|me)\b|"
                       r"\b(?:ska|behover|maste) (?:vi|jag|ni) (?:gora|bidra)|"
                       r"\bwhat (?:do|should|must|shall) (?:i|we) (?:need to )?do\b|\bneed to (?:do|act)\b|"
                       r"\bwhen do (?:i|we) (?:need|have) to\b|"
                       r"\bnar (?:(?:behover|maste|ska|skall) (?:vi|jag|ni)|(?:vi|jag|ni) (?:behover|maste|ska|skall)) "
                       r"(?:ha|vara|lamna|leverera|gora|bidra|skicka)\b|"
                       # "finns det något vi borde göra redan nu?", "anything else we need to do?", "något för oss att
                       # göra?"
                       r"\b(?:nagot|nat|nagonting|anything|something)\b(?:\s+\w+){0,3}?\s+(?:vi|jag|ni|we|i)\s+"
                       r"(?:\w+\s+)?(?:kan|borde|bor|behover|maste|should|ought to|need to|must|can|have to)"
                       r"\s+(?:\w+\s+)?(?:gora|do)\b|\b(?:nagot|nat|anything|something)\b(?:\s+\w+){0,2}?\s+(?:for|of) "
                       r"(?:oss|us|mig|me) (?:att )?(?:gora|to do)\b")


def asks_expected(text: str) -> bool:
    return bool(_EXPECTED.search(folded(text)))


def _nothing_in_period(kit: Kit, q: Asked, ahead: list[TimelineItem]) -> str | None:
    """"Vad förväntas av oss innan sommaren?" when none of the member's dated steps falls in that time: that the
    plan names nothing for them then leads, with their next dated step. None when a step falls in it, or no time
    ahead is asked."""
    p, lang, today = q.entities.period, q.language, q.today
    if p is None or p.day or p.since or p.after is not None or p.last < today:
        return None
    dated = [(i, b) for i in ahead if (b := item_bounds(i)) is not None]
    if not dated or any(b[0] <= p.last and b[1] >= p.first for _, b in dated):
        return None
    if p.first <= today:
        when = t(lang, f"från i dag fram till {format_date(p.last, lang)}",
                 f"from today until {format_date(p.last, lang)}")
    else:
        from rusbot.answers.answerers.plan import period_phrase

        when = period_phrase(p, lang)
    item = dated[0][0]
    return t(lang, f"Tidplanen anger inget särskilt som ni ska göra {when}; närmast för er är "
                   f"{lower_first(item.name.get(lang))} ({item_when(item, lang)}).",
             f"The timeline names nothing in particular for you to do {when}; next for you is the "
             f"{lower_first(item.name.get(lang))} ({item_when(item, lang)}).")


def expected_of_member(kit: Kit, q: Asked) -> Answer | None:
    """What the plan has a member of the partnership take part in, from today on: the steps that name the
    partnership, with their dates, the consultation's last day for the response, then the partnership's role
    and the ways of working. None when the process has no partnership role."""
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is None:
        return None
    lang, today = q.language, q.today
    p_name = role_.name.get(lang)
    key = next((w for w in tokens(fold(role_.name.sv)) if w not in NAME_STOP), None)
    steps = [i for i in kit.process.timeline if key and key in tokens(fold(f"{i.name.sv} {i.text.sv}"))]
    ahead: list[TimelineItem] = []
    passed: list[TimelineItem] = []
    for item in steps:
        bounds = item_bounds(item)
        (passed if bounds is not None and bounds[1] < today else ahead).append(item)
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    who = join_list([o.name for o in named], lang)
    sources = [role_.source, *(o.source for o in named)]
    parts = []
    for item in ahead:
        when = item_when(item, lang) or t(lang, "utan eget datum", "no date of its own")
        sources.append(item.source)
        if item is kit.process.consultation_item and (last := kit.consultation_parts()[3]) is not None:
            when += t(lang, f"; ert remissvar senast {format_date(last, lang)}",
                      f"; your organisation's response by {format_date(last, lang)}")
        parts.append(f"{lower_first(item.name.get(lang))} ({when})")
    member = t(lang, f"{who} är med i {p_name}, och ", f"{who} {'is' if len(named) == 1 else 'are'} a member of "
               f"{lower_first(p_name)}, and ") if named else ""
    if parts:
        lead = member + t(lang, f"enligt tidplanen är ni med i {join_list(parts, lang)}.",
                          f"according to the timeline you take part in the {join_list(parts, lang)}.")
    else:
        lead = member + t(lang, "tidplanen har inga fler steg med partnerskapet.",
                          "the timeline has no further steps with the partnership.")
    lead = lead[:1].upper() + lead[1:]
    lines = [lead, role_.text.get(lang)]
    if (nothing := _nothing_in_period(kit, q, ahead)) is not None:
        lines.insert(0, nothing)
    first = ahead[0] if ahead else None
    bounds = item_bounds(first) if first is not None else None
    index = next((n for n, ph in enumerate(kit.process.phases) if first is not None and ph.id == first.phase), None)
    if first is not None and first.kind == "meeting" and bounds is not None and today < bounds[0] and (
            index is not None):
        # "… eller finns det något vi borde göra redan nu i december?": the work of the phase before its check-in
        # (identifying what is to change) is what is going on now, and proposals go in as inspel.
        phase = kit.process.phases[index]
        work = lower_first(kit.phase_text(index, lang))
        lines.insert(1, t(lang, f"Före {lower_first(first.name.get(lang))}: {phase.name.get(lang)} – {work} "
                                "Förslag på vad som ska uppdateras kan ni lämna som **inspel**.",
                          f"Before the {lower_first(first.name.get(lang))}: {phase.name.get(lang)} – {work} "
                          "Proposals on what should be updated can be given as **input**."))
        sources.append(phase.source)
    if asks_what_review_is(q) and (review := what_review_is(kit, lang))[0]:
        # "Alla pratar om översynen – vad är det, och vad förväntas av oss?": what it is first, then their part.
        lines.insert(0, review[0])
        sources = [*review[1], *sources]
    if passed:
        lines.append(t(lang, "Tidigare i tidplanen: ", "Earlier in the timeline: ") + join_list(
            [f"{lower_first(i.name.get(lang))} ({item_when(i, lang)}, {t(lang, 'planerat', 'planned')})"
             for i in passed], lang) + ".")
        sources += [i.source for i in passed]
    after = [i for i in after_phases(kit.process) if (b := item_bounds(i)) is None or b[1] >= today]
    if after:
        steps_after = [i for i in after if i.kind != "milestone"]
        ready = [i for i in after if i.kind == "milestone"]
        line = t(lang, "Därefter i tidplanen: ", "Then in the timeline: ")
        line += join_list([lower_first(i.name.get(lang)) for i in steps_after], lang) if steps_after else ""
        if ready:
            line += ("; " if steps_after else "") + lower_first(ready[0].text.get(lang)).rstrip(".")
        lines.append(line + ".")
        sources += [i.source for i in after]
    if kit.process.consultation_item is not None and any(i is kit.process.consultation_item for i in ahead):
        lines.append(t(lang, "Remissvaret lämnar er organisations bekräftade företrädare här i chatten: skriv "
                             "**remissvar**.",
                       "Your organisation's confirmed representatives give the response here in the chat: type "
                       "**response**."))
    ways = kit.process.ways_of_working
    if ways:
        lines.append(t(lang, "Arbetssättet enligt underlaget:", "The way of working according to the material:")
                     + "\n" + "\n".join(f"- **{w.name.get(lang)}** – {w.text.get(lang)}" for w in ways))
        sources += [w.source for w in ways]
    return kit.answer(q, "\n\n".join(lines), sources, topic=role_topic(role_))


def _role_items(kit: Kit, chosen: Role) -> list[tuple[dt.date, dt.date]]:
    """The bounds of the timeline items that name the role."""
    words = {w for w in tokens(fold(f"{chosen.name.sv} {chosen.id}")) if w not in NAME_STOP}
    return [b for i in kit.process.timeline if (b := item_bounds(i)) is not None
            and words & set(tokens(fold(f"{i.name.sv} {i.text.sv} {i.id}")))]


def _role_in_period(kit: Kit, chosen: Role, q: Asked) -> list[TimelineItem]:
    period = q.entities.period
    if period is None:
        return []
    return in_period(kit, chosen, period.first, period.last)


def in_period(kit: Kit, chosen: Role, first: dt.date, last: dt.date) -> list[TimelineItem]:
    """The timeline items between two days that name the role ("Vad hände på KC/RD i januari?")."""
    period_first, period_last = first, last
    words = {w for w in tokens(fold(f"{chosen.name.sv} {chosen.id}")) if w not in NAME_STOP}
    found = []
    for item in kit.process.timeline:
        bounds = item_bounds(item)
        if bounds is None or bounds[0] > period_last or bounds[1] < period_first:
            continue
        if words & set(tokens(fold(f"{item.name.sv} {item.text.sv} {item.id}"))):
            found.append(item)
    return found


# Adopting the updated RUS, the council's decision ("antar", "the final say"), as against deciding what is updated.
_ADOPTS = re.compile(r"\b(?:antar|antas|antagandet|anta|klubbar|faststaller|adopts?|approves?|"
                     r"(?:fattar|tar|har) (?:det )?(?:slutliga|sista|formella) (?:beslutet|ordet)|"
                     r"(?:takes?|makes?|has) the (?:final|formal) (?:decision|say)|final say)\b")


_WHICH_DATE = re.compile(r"\b(?:vilket|vilken|exakt|exakta|what|which|exact|specific)\s+(?:datum|dag|date|day)\b")
_EITHER_OR = re.compile(r"\b(?:eller|or)\b")


# "Jag blev lite osäker", "we got confused": a person becoming something, which the concept ADOPTED ("blev" as in
# "blev RUS antagen?") would read as an outcome asked about (b40 #6: "Det vet jag inte … om det har skett").
_PERSON_BECAME = re.compile(r"\b(?:jag|vi|du|ni|man|hon|han|de|dom|hen) blev\b")


def _wrong_adopter(kit: Kit, q: Asked, decider: Role | None) -> list[Role]:
    """The roles a yes/no question puts forward as adopting RUS when the timeline's decider is another: "Är det
    partnerskapet som antar RUS?", "do the committees adopt it?". [] unless so."""
    text = folded(q.text)
    if decider is None or not _ADOPTS.search(text) or not is_yes_no(q.text) or _EITHER_OR.search(text):
        return []       # "är det partnerskapet eller regionen som …?" asks which, answered by who does what
    if _asks_outcome(kit, q):
        return []       # "did the partnership approve it?": what happened, which the bot does not know
    if any(r.id == decider.id for r in q.entities.roles):
        return []       # "antar RF RUS?": the decider is asked about, and the answer is yes
    # Only the bodies the plan has before the decision (the partnership, the committees): whether a
    # municipality's own board adopts RUS too is not in the material, so no "no" is said of it.
    steps = " ".join(fold(f"{i.name.sv} {i.text.sv}") for i in kit.process.timeline if i.kind == "step")
    before = {r.id for r in kit.roles.values() if (w := next((x for x in tokens(fold(r.name.sv))
                                                              if x not in NAME_STOP), None)) and w in steps}
    named = [r for r in q.entities.roles if r.id != decider.id]
    if not named or any(r.id not in before for r in named) or q.entities.organisations or q.entities.kind:
        return []
    return named


@lru_cache(maxsize=16)
def _decider(kit: Kit) -> Role | None:
    """The role the timeline's decision names ("Politiskt beslut i regionfullmäktige" → Regionfullmäktige)."""
    said = {w for i in kit.process.timeline if i.kind == "decision"
            for w in tokens(fold(f"{i.name.sv} {i.text.sv}"))}
    for r in kit.process.roles:
        words = [w for w in tokens(fold(r.name.sv)) if w not in NAME_STOP]
        if words and words[0] in said:
            return r
    return None


def _partnership_first(q: Asked, partnership_role: str | None) -> bool:
    """"Vem bestämmer vad som uppdateras?" and "beslutar partnerskapet något?" are about the
    partnership's decision; "vem beslutar om RUS?" about the council's."""
    c = q.entities.concepts
    if "UPDWHAT" in c or ("WHAT" in c and c & {"REVIEW", "CHANGE"}):
        return True
    return "PARTNERSHIP" in c or (q.entities.role is not None and q.entities.role.id == partnership_role
                                  and "ROLE:" + (partnership_role or "") in c)


_PAST_DECIDED = frozenset("""did godkande antog beslutade bestamde klubbade approved adopted decided agreed""".split())


def _asks_outcome(kit: Kit, q: Asked) -> bool:
    """Whether what is asked is an outcome ("godkände partnerskapet …?", "has it been decided?"): read in the
    questions of the message when it has any, not in what is told beside them ("Jag blev lite osäker. Vem
    beslutar?"), and not in a future passive ("will it be decided by …?")."""
    questions = re.findall(r"[^.!?]*\?", q.text)
    # "Stämmer det?", "Är det så?": the question is about what was told before it, so that is read.
    asked = " ".join(questions) if questions and any(len(x.split()) > 4 for x in questions) else q.text
    became = _PERSON_BECAME.search(fold(asked)) is not None
    words = tokens(_PERSON_BECAME.sub(" ", fold(asked)))
    concepts = q.entities.concepts if asked == q.text and not became else kit.rules.matcher.text(words)
    if concepts & {"ADOPTED", "OUTCOME"}:
        return True
    return any(w in _PAST_DECIDED and (n == 0 or words[n - 1] not in ("be", "to")) for n, w in enumerate(words))


# "vem bestämde …", "var det X eller Y som bestämde …", "who decided …", "which body chose …": who, not whether.
_WHO_DECIDED = re.compile(r"\b(?:vem|vilken|vilket|vilka|who|which)\b|\b(?:eller|or)\b[^?]*\b(?:som|who|that)\s+"
                          r"(?:har\s+|had\s+|has\s+)?(?:bestamde|beslutade|bestamt|beslutat|valde|decided|chose)\b")
# … of what is updated ("vad som skulle uppdateras", "what would be updated", "which parts to change").
_WHAT_UPDATED = re.compile(r"\b(?:vad|vilka\s+delar|what|which\s+parts?)\b[^?]*\b(?:uppdater\w*|andra\w*|andr\w*|"
                           r"revider\w*|"
                           r"update\w*|chang\w*|revis\w*)")


# "förväntas X avge ett remissyttrande", "is X expected to respond to the consultation", "ska X lämna remissvar".
_RESPONSE_ASKED = re.compile(r"\b(?:forvantas|forvantad|ska|skall|maste|bor|expected|supposed|required|going|will|"
                             r"should|must)\b[^?.]*\b(?:remissyttrande\w*|remissvar\w*|yttrande\w*|svara\s+pa\s+"
                             r"remissen|(?:consultation\s+)?response|respond\w*|reply)")


def _member_response_asked(kit: Kit, q: Asked) -> Organisation | None:
    """The one member a message asks of as expected to respond to the consultation, beside who decides."""
    folded_text = fold(q.text)
    if "remiss" not in folded_text and "respon" not in folded_text and "yttrande" not in folded_text:
        return None     # cheap
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    if len(named) != 1 or not _RESPONSE_ASKED.search(folded_text):
        return None
    return named[0]


# "får vi se slutversionen innan …", "will we see the final draft before it is adopted?", "läsa den slutliga texten".
_FINAL_SEEN = re.compile(r"\b(?:se|ta\s+del\s+av|lasa|granska|lasa\s+igenom|see|read|review|get)\b(?:\s+\w+){0,3}?\s+"
                         r"(?:slutversion\w*|slutgiltig\w*|slutlig\w*|(?:den\s+)?sista\s+versionen|final\s+(?:version|"
                         r"draft|text|document)|finished\s+(?:version|text))")


def _final_seen_asked(text: str) -> bool:
    """Whether a message asks if the partners see the final text before it is decided."""
    folded_text = fold(text)
    if not any(w in folded_text for w in ("slut", "final", "sista", "finished")):
        return False    # cheap
    return _FINAL_SEEN.search(folded_text) is not None


_HAS_DECIDED = re.compile(r"\b(?:har|hade|has|have|had)\b(?:\s+\w+){0,4}?\s+(?:beslutat|bestamt|antagit|klubbat|"
                          r"godkant|"
                          r"fattat|decided|adopted|approved|passed)\b")


def _past_decided(text: str) -> bool:
    """Whether a message asks of a decision in the past tense ("antog", "har beslutat", "was it adopted")."""
    folded_text = fold(text)
    return bool(set(tokens(folded_text)) & _PAST_DECIDED) or _HAS_DECIDED.search(folded_text) is not None or (
        re.search(r"\b(?:was|were)\s+(?:it|they|the\s+\w+)\s+(?:\w+\s+)?(?:adopted|decided|approved)\b", folded_text)
        is not None)


def _which_decided_what(text: str) -> bool:
    """Whether a message asks which body decided what is updated ("vem bestämde vad som skulle ändras?"), an outcome
    only in its tense: the plan names the body."""
    folded_text = fold(text)
    if not any(w in folded_text for w in ("bestam", "beslut", "vald", "decid", "chose")):
        return False    # cheap
    return bool(_WHO_DECIDED.search(folded_text) and _WHAT_UPDATED.search(folded_text))


def _municipal_decision(text: str) -> bool:
    """A decision asked of the municipalities' own bodies ("våra kommunfullmäktige", "the municipal councils")."""
    words = folded_words(text)
    if any(w.startswith(("kommunfullmaktig", "kommunstyrelse", "kommunstyrelsen")) for w in words):
        return True
    if ("ks" in words or "kf" in words) and re.search(r"\b(?:KS|KF)\b", text) and any(
            w.startswith(("kommun", "municipal")) for w in words):
        return True     # "Fattar KS i varje kommun beslut …?": the municipal executive board, written short (b67 #83)
    return bool(words & {"kommunens", "kommunernas", "municipal", "municipality", "municipalities"}) and bool(
        words & {"fullmaktige", "kommunstyrelse", "council", "councils", "styrelse"})


def decision(kit: Kit, q: Asked) -> Answer:
    """Who decides: the partnership what is updated, the council the updated RUS; whichever was asked
    about first, then the timeline's decision."""
    if "REVIEW" in q.entities.concepts and (decided := who_decided(kit, q)) is not None:
        return decided          # "vem tog beslutet om översynen?": the leadership's mandate, not the council's vote
    if (involved := partnership_when(kit, q)) is not None:
        return involved         # "när blir partnerskapet involverat?": its steps, not the council's decision
    lang = q.language
    decider = _decider(kit)
    partnership_role = kit.roles.get(kit.rules.partnership_role or "")
    lead: list[str] = []
    sources: list[str] = []
    asks_when = bool(q.entities.concepts & {"WHEN", "READY"})
    municipal = _municipal_decision(q.text)
    if municipal:
        # "Ska våra kommunfullmäktige också besluta om RUS?": the material names the region's bodies, no
        # municipal one; that is the answer, before who does decide.
        lead.append(t(lang, "Det står inte i underlaget att kommunernas fullmäktige eller nämnder ska besluta om RUS; "
                            "underlaget nämner politisk förankring i nämnderna och beslut i regionfullmäktige, inom "
                            "Region Örebro län.",
                      "The material does not say that the municipalities' councils or committees are to decide on "
                      "RUS; it names political anchoring in the committees and the decision in the regional council, "
                      "within Region Örebro län."))
        sources += [i.source for i in _political_steps(kit)]
    final = _final_seen_asked(q.text)
    if (responder := _member_response_asked(kit, q)) is not None:
        # "… dels huruvida Länsstyrelsen förväntas avge ett formellt remissyttrande, dels vilket organ som beslutar":
        # the consultation goes to the partnership, of which the member is one (b68 #28 left it out).
        item = kit.process.consultation_item
        lead.append(t(lang, f"Remissen går enligt tidplanen till {kit.process.partnership.name.get(lang)}, där "
                            f"**{responder.name}** är med ({item_when(item, lang) if item else ''}); att just "
                            f"{responder.name} ska lämna ett eget formellt remissvar står inte uttryckligen i "
                            "underlaget.",
                      f"In the timeline the consultation goes to the {kit.process.partnership.name.get(lang)}, of "
                      f"which **{responder.name}** is a member ({item_when(item, lang) if item else ''}); the "
                      f"material does not say explicitly that {responder.name} is to give a formal response of its "
                      "own.").replace(" ()", ""))
        sources += [kit.process.partnership.source, responder.source, *([item.source] if item else [])]
    if asks_when:
        # "När beslutar RF?": when first. "Kommer RUS att va klar till jul?": when it is to be ready, as the
        # plan, and that the bot cannot know whether it will be.
        timing, timing_sources = _decision_timing(kit, q, unknown_outcome="READY" in q.entities.concepts)
        no_date = t(lang, "Tidplanen anger inget eget datum för beslutet.",
                    "The timeline gives no date of its own for the decision.")
        if timing and _WHICH_DATE.search(fold(q.text)) and no_date in timing:
            # "Vilket datum antar RF RUS?": that no date is given is the answer, said first; then the order.
            timing = no_date + " " + timing.replace(" " + no_date, "").replace(no_date, "").strip()
        if timing:
            lead.append(timing)
            sources += timing_sources
    # "Did the partnership approve the final draft?", "godkände partnerskapet …?": an outcome, which the bot
    # does not know; a "Ja" there would say it happened.
    outcome = _asks_outcome(kit, q)
    if outcome and municipal and not _past_decided(q.text):
        # "Fattar KS i varje kommun beslut om RUS, … innan den klubbas?": whose decision it is, not whether it has
        # been taken (b67 #83 led with "Det vet jag inte").
        outcome = False
    if outcome and _which_decided_what(q.text):
        # "Var det partnerskapet eller regionen som bestämde vad som skulle uppdateras?": which body decides what is
        # updated is what the plan says; no "don't know whether it has happened" before it (b68 #95).
        outcome = False
    if outcome:
        lead.append(t(lang, "Det vet jag inte: jag känner bara tidplanen, inte vad som faktiskt har beslutats, så jag "
                            "vet inte om det har skett. Så här ser planen ut:",
                      "I don't know: I only know the plan, not what has actually been decided, so I don't know "
                      "whether it has happened. This is the plan:"))
    wrong = _wrong_adopter(kit, q, decider)
    if wrong and decider is not None:
        # "Är det partnerskapet som antar RUS, eller nämnderna?": neither; the council adopts it, and what each of
        # the bodies asked about does instead.
        lead.append(t(lang, "Nej – ", "No – ") + lower_first(decider.text.get(lang)))
        sources.append(decider.source)
        for r in wrong:
            lead.append(r.text.get(lang))
            sources.append(r.source)
    elif decider is not None and _ADOPTS.search(fold(q.text)) and is_yes_no(q.text) and not (
            q.entities.concepts & {"ADOPTED", "OUTCOME", "WHEN"}) and [r.id for r in q.entities.roles] == [decider.id]:
        # "Antar regionfullmäktige RUS?": yes, the council is the one the timeline has decide.
        lead.append(t(lang, "Ja – ", "Yes – ") + lower_first(decider.text.get(lang)))
        sources.append(decider.source)
        if partnership_role is not None:
            lead.append(partnership_role.text.get(lang))
            sources.append(partnership_role.source)
    elif partnership_role is not None and _partnership_first(q, kit.rules.partnership_role):
        # "Är det partnerskapet eller politikerna som bestämmer?" asks which, not whether: no "Ja".
        either = bool(re.search(r"\b(?:ar|e|is|var|was)\s+(?:det|it)\b.*\b(?:eller|or)\b.*\b(?:som|who|that)\b",
                                fold(q.text)))
        # "ska svaret skickas till regionfullmäktige eller till partnerskapet?": two bodies, one or the other (batch
        # 44); not with the other body said on ("… eller bestämmer regionen och vi bara informeras?": yes, the first).
        either = either or (re.search(r"\b(?:eller|or)\s+(?:till\s+|to\s+|hos\s+|the\s+)?(?!inte\b|ej\b|not\b)[\w-]+"
                                      r"\s*(?:\?|$)", q.text.lower().strip()) is not None and len(
            {x for x in q.entities.concepts if x.startswith("ROLE:")}) >= 2)
        # "… have decision-making power, or is it advisory?": a choice too – what it decides is the answer (b41 #92).
        either = either or re.search(r"\b(?:eller|or)\b[^?]*\b(?:radgivande|advisory|consultative|informer\w*|"
                                     r"inform\w*|remissinstans\w*)\b", fold(q.text)) is not None
        yes = t(lang, "Ja. ", "Yes. ") if is_yes_no(q.text) and not outcome and not either and not final else ""
        c = q.entities.concepts
        # "Stämmer det att regionen/RF bestämmer vad som uppdateras?": the premise names another decider, so
        # the check is answered no, then who does decide.
        other = "PARTNERSHIP" not in c and any(
            x.startswith("ORG:") or (x.startswith("ROLE:") and x != "ROLE:" + (kit.rules.partnership_role or ""))
            for x in c)
        members = {o.id for o in kit.process.organisations}
        named = [o for o in q.entities.organisations if o.id in members and o.kind != "region"]
        other_roles = any(x.startswith("ROLE:") and x != "ROLE:" + (kit.rules.partnership_role or "") for x in c)
        if (yes and other and named and _GETS_A_SAY.search(folded(q.text)) and not other_roles
                and len(named) == len(q.entities.organisations)):
            # "Does the Chamber of Commerce get to decide what is updated?": a member takes part in the
            # partnership's decision – a "No" said it had no say (b80 #48). ("Är det länsstyrelsen som avgör …?"
            # asks whether it alone decides: still "Nej", the partnership does.)
            who = join_list([o.name for o in named], lang)
            p_name = kit.process.partnership.name.get(lang)
            lead.append(t(lang, f"Ja, tillsammans med de andra medlemmarna: {who} är med i {p_name}. ",
                          f"Yes, together with the other members: {who} {'is' if len(named) == 1 else 'are'} in "
                          f"{lower_first(p_name)}. ") + partnership_role.text.get(lang))
        elif yes and other:
            lead.append(t(lang, "Nej – ", "No – ") + lower_first(partnership_role.text.get(lang)))
        else:
            lead.append(yes + partnership_role.text.get(lang))
        sources.append(partnership_role.source)
        if decider is not None:
            lead.append(decider.text.get(lang))
            sources.append(decider.source)
    else:
        if decider is not None:
            lead.append(decider.text.get(lang))
            sources.append(decider.source)
        if partnership_role is not None:
            lead.append(partnership_role.text.get(lang))
            sources.append(partnership_role.source)
    if final:
        # "Och får vi se slutversionen innan den klubbas?": the plan's anchoring with the partnership before the
        # political steps, and that seeing the final text as such is not said (b67 #83 left it out); first when the
        # message's first question asks it.
        first_asked = fold(q.text).split("?", 1)[0]
        seen = t(lang, "Att ni får se just slutversionen står inte i underlaget, men enligt planen förankras "
                       "uppdateringarna med partnerskapet efter remissen och skrivfasen, innan de går till politisk "
                       "förankring och beslut inom Region Örebro län; i vilken form anges inte.",
                 "The material does not say you will see the final version as such, but in the plan the updates are "
                 "anchored with the partnership after the consultation and the writing phase, before they go to "
                 "political anchoring and decision within Region Örebro län; in what form is not given.")
        lead.insert(0 if _FINAL_SEEN.search(first_asked) else len(lead), seen)
    lines: list[str] = []
    for item in kit.process.timeline:
        if item.kind not in ("decision", "milestone"):
            continue
        sources.append(item.source)
        when = item_when(item, lang)
        bounds = item_bounds(item)
        past = bounds is not None and q.today > bounds[1]
        if item.kind == "decision":
            line = f"- **{item.name.get(lang)}**"
            line += f" – {when}" if when else t(lang, " – tidplanen anger inget eget datum för beslutet",
                                                " – the timeline gives no date of its own for the decision")
        else:
            text = item.text.get(lang)
            line = "- " + (t(lang, "Enligt tidplanen: ", "According to the timeline: ") + past_tense(text, lang)
                           if past else text)
        lines.append(line)
    if not lead and not lines:
        return kit.answer(q, t(lang, "Tidplanen säger inget om beslutet.", "The timeline says nothing about the "
                               "decision."), confident=False)
    body = "\n\n".join(lead)
    if lines and not asks_when:
        body += "\n\n" + t(lang, "I tidplanen:", "In the timeline:") + "\n" + "\n".join(lines)
    return kit.answer(q, body, sources)


def _decision_timing(kit: Kit, q: Asked, *, unknown_outcome: bool, unknown_first: bool = False
                     ) -> tuple[str, list[str]]:
    """When the plan has the decision, as the plan ("Enligt tidplanen kommer … efter remissen …; en
    uppdaterad RUS ska vara klar i slutet av 2021."); after the plan's time in the past tense. With
    `unknown_outcome`, also that the bot does not know whether it happened once it may have."""
    lang, today = q.language, q.today
    items = kit.process.timeline
    decisions = [i for i in items if i.kind == "decision"]
    ready = [i for i in items if i.kind == "milestone"]
    sources = [i.source for i in [*decisions, *ready]]
    decision_item = decisions[0] if decisions else None
    # The last dated step before the decision: the decision cannot come before it ends.
    before = None
    if decision_item is not None:
        index = kit.index[decision_item.id]
        before = next((items[n] for n in range(index - 1, -1, -1) if item_bounds(items[n]) is not None), None)
    ends = [b[1] for i in [*decisions, *ready] if (b := item_bounds(i)) is not None]
    plan_over = bool(ends) and today > max(ends)
    parts: list[str] = []
    if decision_item is not None:
        name = lower_first(decision_item.name.get(lang))
        when = item_when(decision_item, lang)
        if when:
            after = f" {when}"
        elif before is not None:
            sources.append(before.source)
            before_name = lower_first(before.name.get(lang))
            after = t(lang, f" efter {before_name}", f" after the {before_name}") if plan_over else t(
                lang, f" efter {before_name} ({item_when(before, lang)})",
                f" after the {before_name} ({item_when(before, lang)})")
        else:
            after = ""
        ready_first = "READY" in q.entities.concepts and bool(ready)
        if ready_first:
            # After "Enligt tidplanen: en uppdaterad RUS ska vara klar …;" the decision as a clause of its own.
            parts.append((t(lang, f"{name} skulle komma", f"the {name} was to come") if plan_over else
                          t(lang, f"{name} kommer", f"the {name} comes")) + after)
        else:
            parts.append((t(lang, f"Enligt tidplanen skulle {name} komma", f"According to the timeline, the {name} "
                            "was to come") if plan_over else
                          t(lang, f"Enligt tidplanen kommer {name}", f"According to the timeline, the {name} comes"))
                         + after)
    ready_parts = [lower_first(past_tense(item.text.get(lang), lang) if plan_over else item.text.get(lang)).rstrip(".")
                   for item in ready]
    # "När ska RUS vara klar?" is answered by when it is to be ready; "när beslutar RF?" by the decision.
    if not parts and not ready_parts:
        return "", []
    if "READY" in q.entities.concepts and ready_parts:
        lead = t(lang, "Enligt tidplanen: ", "According to the timeline: ") + "; ".join([*ready_parts, *parts]) + "."
    else:
        lead = "; ".join([*parts, *ready_parts]) + "."
        lead = lead[:1].upper() + lead[1:]
    decided_by_now = before is None or (b := item_bounds(before)) is None or today > b[1]
    if decision_item is not None and not item_when(decision_item, lang) and not plan_over:
        between = [items[n] for n in range(kit.index[before.id] + 1 if before is not None else 0,
                                           kit.index[decision_item.id]) if items[n].kind != "milestone"]
        if between:
            lead += " " + t(lang, "Före beslutet kommer också: ", "Before the decision also come: ") + join_list(
                [lower_first(i.name.get(lang)) for i in between], lang) + "."
            sources += [i.source for i in between]
        lead += " " + t(lang, "Tidplanen anger inget eget datum för beslutet.",
                        "The timeline gives no date of its own for the decision.")
    # Once the decision may have been taken, "is it decided?" is answered first: the bot does not know (batch 19
    # #83 had the plan first and the "I don't know" last); the plan follows.
    unknown = ""
    if unknown_outcome and plan_over:
        unknown = t(lang, "Jag vet inte om det har skett – jag känner bara tidplanen, inte vad som faktiskt har "
                          "beslutats.",
                    "I don't know whether it happened – I only know the plan, not what has actually been decided.")
    elif unknown_outcome and decided_by_now:
        unknown = t(lang, "Jag känner bara tidplanen, inte vad som faktiskt har hänt, så jag vet inte om beslutet "
                          "redan är fattat.",
                    "I only know the plan, not what has actually happened, so I don't know whether the decision "
                    "has been taken yet.")
    if unknown and unknown_first:
        lead = t(lang, "Det vet jag inte: jag känner bara tidplanen, inte vad som faktiskt har beslutats.",
                 "I don't know: I only know the plan, not what has actually been decided.") + " " + lead
    elif unknown:
        lead += " " + unknown
    return lead, sources


# Whether a member gets a say, not whether it decides alone: "får Kumla bestämma …", "does X get to decide …".
_GETS_A_SAY = re.compile(r"\b(?:far|fa|gets? to|have a say|has a say|vara med (?:och|att)|take part in)\b")


def decision_status(kit: Kit, q: Asked) -> Answer:
    """"Har RF beslutat?", "har RUS antagits?", "blev RUS klar i tid?": the bot knows what the plan
    said, never what happened. Before the plan's time: what it says will happen and when; after it:
    what it said should have happened, and that the bot does not know whether it did."""
    if "REVIEW" in q.entities.concepts and (decided := who_decided(kit, q)) is not None:
        return decided          # "vem beslutade om översynen?": the leadership's mandate, not the council's vote
    lead, sources = _decision_timing(kit, q, unknown_outcome=True, unknown_first=True)
    if not lead:
        return kit.answer(q, t(q.language, "Tidplanen säger inget om ett beslut.", "The timeline says nothing about "
                               "a decision."), confident=False)
    return kit.answer(q, lead, sources)


_PLURAL_KINDS = {"kommunerna", "kommuner", "municipalities", "myndigheterna", "myndigheter", "authorities"}
# An organisation kind as a member count reads it ("12 kommuner", "12 municipalities"), in either language.
_KIND_WORDS = {"kommun": ("kommuner", "municipalities"), "myndighet": ("myndigheter", "public authorities"),
               "universitet": ("universitet", "universities"), "organisation": ("organisationer", "organisations"),
               "region": ("regioner", "regions")}
# One of a kind is counted in the singular ("1 myndighet", "1 public authority").
_KIND_WORD = {"kommun": ("kommun", "municipality"), "myndighet": ("myndighet", "public authority"),
              "universitet": ("universitet", "university"), "organisation": ("organisation", "organisation"),
              "region": ("region", "region")}


# "När kommer partnerskapet att involveras?", "when does the partnership get involved?"
_INVOLVED = re.compile(r"\b(?:involver\w*|inblandad\w*|delaktig\w*|engager\w*|involved|involve|kommer in|komma in|"
                       r"tillfrag\w*|take part|come in|get a say)\b")


def partnership_when(kit: Kit, q: Asked) -> Answer | None:
    """"När kommer partnerskapet att involveras?": the timeline's steps that name the partnership, with their
    dates, said first; then the phases they belong to. None unless when the partnership takes part is asked."""
    c = q.entities.concepts
    if "WHEN" not in c or "PARTNERSHIP" not in c or not _INVOLVED.search(folded(q.text)):
        return None
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    if role_ is None:
        return None
    lang = q.language
    key = next((w for w in tokens(fold(role_.name.sv)) if w not in NAME_STOP), None)
    steps = [i for i in kit.process.timeline if i.kind != "input" and key and
             key in tokens(fold(f"{i.name.sv} {i.text.sv}"))]
    if not steps:
        return None
    undated = t(lang, "utan eget datum", "no date of its own")
    listed = join_list([f"{lower_first(i.name.get(lang))} ({item_when(i, lang) or undated})" for i in steps], lang)
    lines = [t(lang, f"Enligt tidplanen involveras partnerskapet i {listed}.",
               f"According to the timeline the partnership is involved in the {listed}.")]
    sources = [i.source for i in steps]
    for n, ph in enumerate(kit.process.phases):
        lines.append(f"- **{ph.name.get(lang)}**: {kit.phase_text(n, lang)}")
        sources.append(ph.source)
    lines.append(role_.text.get(lang))
    sources.append(role_.source)
    return kit.answer(q, "\n".join(lines), sources, topic="influence")


_EARLY = re.compile(r"\b(?:nar|when|tidigt|tidigast|tidig|early|earliest|bast|best|vanta|wait)\b")


def _when_to_influence(kit: Kit, q: Asked) -> Answer | None:
    """"När är det bäst att komma in med synpunkter om vi vill påverka tidigt?": before the phase 1 check-in, what
    is to be updated is identified (proposals go in as inspel); later the consultation takes the organisations'
    responses. From the plan, said first while the check-in is ahead. None otherwise."""
    if not _EARLY.search(folded(q.text)) or not ("WHEN" in q.entities.concepts or "INSPEL" in q.entities.concepts):
        return None
    if re.search(r"\b(?:sent|senast|sista|late|latest|last)\b", folded(q.text)):
        return None     # "när är det för sent?": the last chance, which the plan does not give for inspel
    lang, today = q.language, q.today
    meeting = next((i for i in kit.process.timeline if i.kind == "meeting" and i.phase is not None), None)
    item = kit.process.consultation_item
    if meeting is None or item is None or (b := item_bounds(meeting)) is None or b[1] < today:
        return None
    index = next((n for n, ph in enumerate(kit.process.phases) if ph.id == meeting.phase), None)
    if index is None:
        return None
    phase = kit.process.phases[index]
    when = item_when(meeting, lang)
    lead = t(lang, f"Tidigast i {phase.name.get(lang).lower()}, före {lower_first(meeting.name.get(lang))} {when}: "
                   f"{lower_first(kit.phase_text(index, lang))} Förslag på vad som ska uppdateras lämnar ni som "
                   f"**inspel**.",
             f"Earliest in {phase.name.get(lang).lower()}, before the {lower_first(meeting.name.get(lang))} on {when}: "
             f"{lower_first(kit.phase_text(index, lang))} Proposals for what to update go in as **input**.")
    later = t(lang, f"Organisationens formella svar kommer senare, som **remissvar** under remissen "
                    f"({item_when(item, lang)}).",
              f"The organisation's formal answer comes later, as a **consultation response** during the consultation "
              f"({item_when(item, lang)}).")
    lines = [lead, later]
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    sources = [phase.source, meeting.source, item.source]
    if role_ is not None:
        lines.append(role_.text.get(lang))
        sources.append(role_.source)
    return kit.answer(q, "\n\n".join(lines), sources, action="inspel", topic="influence")


# The municipalities named in the plural: asked of beside "the region", they are whom the question is about.
_MUNICIPALITIES_WORDS = frozenset({"kommunerna", "kommuner", "municipalities"})


# "sista chansen", "enda chansen", "the last chance" (folded).
_LAST_CHANCE = re.compile(r"\b(?:sista|enda|last|only|final) (?:chans\w*|mojlighet\w*|chance|opportunity)\b")


def influence(kit: Kit, q: Asked) -> Answer:
    """"Får vi vara med och bestämma?", "är det för sent att påverka?": yes, through the partnership,
    and where in the plan that is still ahead."""
    lang, e, today = q.language, q.entities, q.today
    if "PHASE" in e.concepts and (phased := member_phases(kit, q)) is not None:
        # "beskriv faserna och när vi som kommun ska vara aktiva – kan vi påverka tidplanen?"
        return phased
    if (involved := partnership_when(kit, q)) is not None:
        return involved
    if (early := _when_to_influence(kit, q)) is not None:
        return early
    asked_of = [o for o in e.organisations if o.id in {m.id for m in kit.process.organisations}]
    if "WHY" in e.concepts and asked_of and not e.concepts & {"CONSULT", "INSPEL"}:
        return why_member(kit, q, asked_of)     # "varför ska RF-SISU få tycka till?": no reason is given
    p = kit.process.partnership
    members = {o.id for o in kit.process.organisations}
    named = [o for o in e.organisations if o.id in members]
    who = t(lang, "Ni", "You")
    kind = e.kind
    if kind not in (None, "kommun") and set(tokens(fold(q.text))) & _MUNICIPALITIES_WORDS:
        kind = "kommun"     # "will the municipalities be involved … or is this the region's own show?" (round 33)
    plural_kind = kind is not None and bool(set(tokens(fold(q.text))) & _PLURAL_KINDS)
    if plural_kind and kind in _KIND_WORDS:
        # "får kommunerna va med … eller e de bara regionen?": the municipalities are asked about, not the region.
        who = t(lang, f"Alla {len(kit_kind := [o for o in kit.process.organisations if o.kind == kind])} "
                      f"{_KIND_WORDS[kind][0]}",
                f"All {len(kit_kind)} {_KIND_WORDS[kind][1]}")
        named = kit_kind
    elif named:
        # ("… är vi med och bestämmer eller är det bara regionen?": the region is set against, not asked of.)
        named = [o for o in named if not _only_of(q.text, o)] or named
        who = join_list([o.name for o in named], lang)
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    steps = [i for i in kit.process.timeline if i.kind in ("meeting", "consultation")]
    past = [i for i in steps if (b := item_bounds(i)) is not None and b[1] < today]
    ahead = [i for i in steps if i not in past]
    sources = [p.source]
    yes = t(lang, "Ja. ", "Yes. ") if is_yes_no(q.text) else ""
    if yes and ahead and re.search(r"\b(?:for ?sent|too late|missat|missed)\b", folded(q.text)):
        # "Är det för sent att påverka?": asked the other way, a yes would say it is too late – with the consultation
        # still ahead in the plan, it is not.
        yes = t(lang, "Nej, enligt tidplanen är det inte för sent. ", "No, according to the timeline it is not too "
                                                                     "late. ")
    if yes and len(ahead) > 1 and _LAST_CHANCE.search(folded(q.text)):
        # "Är avstämningen imorgon sista chansen att påverka?": a yes would say so, with the consultation still ahead
        # after it in the plan (b89 #27).
        yes = t(lang, "Nej, enligt tidplanen är det inte sista chansen – mer följer i den. ",
                "No, according to the timeline it is not the last chance – more follows in it. ")
    # "Ni är med" only of whom the question names as members (an organisation, a kind, "vi som kommun"):
    # an asker who does not say who they are may not be in the partnership.
    told = bool(named) or e.kind is not None
    if (ahead or not steps) and told:
        lines = [t(lang, f"{yes}{who} är med i {p.name.get(lang)}, och partnerskapet beslutar om vad som ska "
                         "uppdateras.",
                   f"{yes}{who} {'is' if named and len(named) == 1 else 'are'} in {lower_first(p.name.get(lang))}, "
                   "and the partnership decides what is to be updated.")]
    elif ahead or not steps:
        lines = []          # the partnership's role below says it, after the "Ja"
    else:
        lines = [t(lang, "Enligt tidplanen är avstämningen och remissen passerade; det som återstår är förankringen "
                         "med partnerskapet och den politiska förankringen. Fråga samordnarna hur ni kan påverka nu.",
                   "According to the timeline the check-in and the consultation are behind us; what remains is the "
                   "anchoring with the partnership and the political anchoring. Ask the coordinators how you can "
                   "still have a say.")]
    if role_ is not None:
        lines.append((yes if not lines else "") + role_.text.get(lang))
        sources.append(role_.source)
    if past and ahead:
        lines.append(t(lang, "Redan passerat: ", "Already passed: ")
                     + "; ".join(kit.item_line(i, lang) for i in past) + ".")
        sources += [i.source for i in past]
    if ahead:
        lines.append(t(lang, "Framöver i tidplanen:", "Ahead in the timeline:"))
        lines += [f"- {kit.item_line(i, lang)}" for i in ahead]
        sources += [i.source for i in ahead]
        lines.append(t(lang, "Förslag på vad som ska uppdateras lämnar ni som **inspel**; organisationens svar på "
                             "remissen som **remissvar**.",
                       "Proposals for what to update go in as **input**; your organisation's answer to the "
                       "consultation as a **response**."))
    return kit.answer(q, "\n".join(lines), sources)


# Respondents who are not organisations of the partnership ("enskilda företag", "medborgare").
_OUTSIDE = frozenset("""medborgare medborgarna invanare privatperson privatpersoner allmanheten enskilda enskild
foretag foretagen forening foreningar citizens citizen residents companies company businesses business associations
individuals individual enskilt medlemsforetag medlemsforetagen medlemsorganisation medlemsorganisationer
medlemsforeningar""".split())


def outside_respondents(kit: Kit, q: Asked) -> Answer | None:
    """"Kan enskilda företag lämna remissvar, eller måste det gå via Handelskammaren?": whether others than the
    partnership's organisations may respond is not said; the material names the consultation to the
    partnership, of which the named member is one. None unless a member is named beside such others."""
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    item = kit.process.consultation_item
    if not named or item is None or not folded_words(q.text) & _OUTSIDE:
        return None
    lang = q.language
    p_name = kit.process.partnership.name.get(lang)
    who = join_list([o.name for o in named], lang)
    text = t(lang, "Om andra än partnerskapets organisationer – till exempel enskilda företag, föreningar eller "
                   "medborgare – kan lämna remissvar står inte i underlaget; fråga samordnarna. Det som står är att "
                   f"remissen går till {p_name}, där {who} är med.",
             "Whether others than the partnership's organisations – individual companies, associations or citizens, "
             "say – may respond is not in the material; ask the coordinators. What it says is that the consultation "
             f"goes to {lower_first(p_name)}, of which {who} {'is' if len(named) == 1 else 'are'} a member.")
    return kit.answer(q, text, [item.source, kit.process.partnership.source, *(o.source for o in named)],
                      topic="consultation.respondents")


_ACTIVE = frozenset("""aktiva aktiv delaktiga delaktig involverade involverad forvantas forvantade medverka medverkar
active involved expected engaged""".split())


def member_phases(kit: Kit, q: Asked) -> Answer | None:
    """"Beskriv de två faserna och när vi som kommun förväntas vara aktiva – kan kommunerna påverka
    tidplanen?": the phases, the steps of the plan with the partnership (the members' part), and, asked
    about having a say in the timeline, what the members' role says they asked for and what the timeline
    has. None unless a member (or a kind of them) asks when they take part."""
    e, lang = q.entities, q.language
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    members = {o.id for o in kit.process.organisations}
    named = [o for o in e.organisations if o.id in members]
    member_role = e.role is not None and e.role.id != role_.id and _members_role(kit, e.role) if role_ else False
    if role_ is None or not kit.process.phases or not (named or e.kind or member_role) or not (
            folded_words(q.text) & _ACTIVE):
        return None
    lines = [t(lang, f"Uppdateringen har {len(kit.process.phases)} faser:",
               f"The update has {len(kit.process.phases)} phases:")]
    lines += [f"- **{ph.name.get(lang)}**: {kit.phase_text(n, lang)}" for n, ph in enumerate(kit.process.phases)]
    sources = [ph.source for ph in kit.process.phases]
    key = next((w for w in tokens(fold(role_.name.sv)) if w not in NAME_STOP), None)
    steps = [i for i in kit.process.timeline if key and key in tokens(fold(f"{i.name.sv} {i.text.sv}"))]
    if steps:
        lines.append(t(lang, "Som medlem i partnerskapet är ni aktiva i tidplanens steg med partnerskapet: ",
                       "As a member of the partnership you take part in the timeline's steps with the partnership: ")
                     + join_list([f"{lower_first(i.name.get(lang))}" + (f" ({w})" if (w := item_when(i, lang)) else "")
                                  for i in steps], lang) + ".")
        sources += [i.source for i in steps]
    influence_asked = "INFLUENCE" in e.concepts or any(w.startswith(("paverka", "influenc", "affect")) for w in
                                                       folded_words(q.text))
    wish = next((r for r in kit.process.roles if r.id != role_.id and _members_role(kit, r)), None)
    item = kit.process.consultation_item
    if influence_asked and wish is not None and item is not None:
        said = wish.text.get(lang).split(". ")[0].rstrip(".")
        lines.append(t(lang, f"Om tidplanen: {lower_first(said)}, och i tidplanen "
                             f"pågår remissen {item_when(item, lang)}. Om tidplanen kan ändras mer står inte i "
                             "underlaget; fråga samordnarna.",
                       f"On the timeline: {lower_first(said)}, and in the timeline "
                       f"the consultation runs {item_when(item, lang)}. Whether the timeline can change further is not "
                       "in the material; ask the coordinators."))
        sources += [wish.source, item.source]
    return kit.answer(q, "\n".join(lines), sources, topic="phases")


# Answering the consultation asked ("vill lämna remissvar", "får man svara på remissen", "may we respond").
_RESPONDING = re.compile(r"\b(?:remissvar\w*|svara\w*|respond\w*|responses?|answer\w*|reply|yttra\w*)\b")
_CONSULTATION = re.compile(r"\b(?:remiss\w*|consultation\w*)\b")
# The responses counted or asked after as received ("hur många remissvar kom in", "how many responses came in").
_COUNTED = re.compile(r"\b(?:hur manga|antal(?:et)?|how many|number of)\s+(?:\w+\s+)?(?:remissvar\w*|svar\w*|"
                      r"responses?|answers?|replies)\b|"
                      r"\b(?:remissvar\w*|svar\w*|responses?)\s+(?:som\s+)?(?:har\s+)?(?:kom|kommit)\s+in\b|"
                      r"\binkomna\s+(?:remissvar\w*|svar\w*)")
# A company asking ("vi som företag", "as a company", "our firm"), not one of the partnership's organisations.
# (The asker or one company: "företagen i länet" asked about are no one asking to respond.)
_COMPANY = re.compile(r"\b(?:som|ett|vart|mitt|vi ar ett|jag har ett|as an?|an?|our|my|we are an?)\s+(?:\w+\s+)?"
                      r"(?:foretag|firma|bolag|naringsidkare|company|firm|business)\b")
# One said not to be in the partnership ("om man inte är med i partnerskapet", "utanför partnerskapet", "non-members").
_OUTSIDE_PARTNERSHIP = re.compile(
    r"\b(?:inte|ej|not)\b(?:\s+\w+){0,3}\s+(?:med i|i|in|members? of|part of)\s+(?:the\s+)?"
    r"(?:partnerskapet|partnership)\b|\butanfor (?:partnerskapet)\b|\boutside (?:of )?the partnership\b|"
    r"\bnon-?members?\b|\butan att vara med\b")
# The asker introducing its organisation, or the name asked about ("Vi i Region Värmland …", "Kan Region Värmland …").
_AS_ASKER = (r"\b(?:vi|jag|we|i) (?:ar |am |are )?(?:i|pa|fran|inom|hos|at|from|in|with|for|representerar|represent|"
             r"jobbar (?:pa|i|for|at)|arbetar (?:pa|i|for)|work (?:at|for|in|with)) (?:the )?{name}\b|"
             r"\b(?:on behalf of|representing|for|fran|pa uppdrag av) (?:the )?{name}\b|\b{name} (?:har|here)\b|"
             r"\b(?:kan|far|ska|maste|may|can|could|should) (?:the )?{name} (?:ocksa |aven |also )?"
             r"(?:svara|lamna|respond|submit|send|give|answer)")


# A body of the asker's own organisation, not an organisation of its own ("Styrelsen har möte den 24 september",
# "Nämnden har sammanträde i oktober", "the board meets …"): no outsider.
_OWN_BODY_NAME = re.compile(r"^(?:the |our |var |vart )?(?:\w*styrelse\w*|\w*namnd\w*|ledning\w*|\w*grupp\w*|"
                            r"\w*fullmaktige\w*|presidi\w*|kansli\w*|direktion\w*|\w*utskott\w*|board|"
                            r"committee|management|team)$")


def _introduced(kit: Kit, folded_text: str, name: str) -> bool:
    """Whether a name no member has is the asker's organisation, or the one asked to respond: not a word that only
    looks like a name ("Semestrarna är slut …", "Teams"), nor a part of a member ("Degerfors KS")."""
    low = folded(name.lower())
    if any(folded(o.name.lower()) in low for o in kit.process.organisations) or _OWN_BODY_NAME.match(low):
        return False
    return re.search(_AS_ASKER.format(name=re.escape(low)), folded_text) is not None


def outsider_lead(kit: Kit, text: str, unknown_name: str | None, named: bool, lang: Language) -> str | None:
    """"Vi i Region Värmland vill också lämna remissvar", "får man svara på remissen om man inte är med i
    partnerskapet?": one the process file does not list, asking to respond. The material names whom the consultation
    goes to; whether others may respond it does not say (b45 #55, b46 #77). None unless such a one asks it."""
    folded_text = folded(text)
    # "hur många remissvar kom in?" counts the responses given; it is no wish to give one (b73 #81).
    if named or not _RESPONDING.search(_COUNTED.sub(" ", folded_text)) or not (
            _CONSULTATION.search(folded_text) or "remissvar" in folded_text):
        return None
    outsider = unknown_name if unknown_name and _introduced(kit, folded_text, unknown_name) else None
    company = _COMPANY.search(folded_text) is not None
    if outsider is None and not company and not _OUTSIDE_PARTNERSHIP.search(folded_text):
        return None
    p_name = kit.process.partnership.name.get(lang)
    # The same list as "vem får remissen?" (process.respondents: the sender, when it is a member, answers none).
    members = join_list([o.name for o in kit.process.respondents], lang)
    chamber = next((o.name for o in kit.process.respondents if "handelskammar" in fold(o.name)), None)
    if company and outsider is None and chamber is not None:
        # "Can I as a company submit a consultation response directly?" (b65 #28): not one of those it goes to; the
        # Chamber of Commerce is among them, but whether a firm's views go through it the material does not say.
        return t(lang, f"Inte direkt i boten: ett företag är inte en av dem remissen går till, och remissvar lämnar "
                       f"de organisationernas bekräftade företrädare. Bland organisationerna finns {chamber}, men "
                       f"om enskilda företag kan lämna synpunkter genom den står inte i underlaget. Om andra än "
                       f"partnerskapets organisationer kan lämna remissvar "
                       f"står inte i underlaget; fråga samordnarna. Enligt underlaget går remissen till {p_name}: "
                       f"{members}.",
                 f"Not directly in the bot: a company is not one of those the consultation goes to, and responses are "
                 f"submitted by those organisations' confirmed representatives. Among the organisations is "
                 f"{chamber}, but whether individual companies can give their views through it is not in the material. "
                 f"Whether others than the partnership's "
                 f"organisations may respond is not in the material; ask the coordinators. According to the material "
                 f"it goes to {lower_first(p_name)}: {members}.")
    unknown = t(lang, "Om andra än partnerskapets organisationer kan lämna remissvar står inte i underlaget; fråga "
                      "samordnarna.",
                "Whether others than the partnership's organisations may respond is not in the material; ask the "
                "coordinators.")
    if outsider is not None:
        unknown = t(lang, f"{outsider} är inte med bland dem remissen går till. ",
                    f"{outsider} is not among those the consultation goes to. ") + unknown
    return unknown + t(lang, f" Enligt underlaget går remissen till {p_name}: {members}.",
                       f" According to the material it goes to {lower_first(p_name)}: {members}.")


# "Vem står bakom RUS?", "vilka ligger bakom uppdateringen?", "who is behind RUS?": who, not what ("vad ligger bakom
# översynen?", "vilka händelser ligger bakom …?" ask why); about RUS, its update or the work, not the bot. ("Vem äger
# processen, regionen eller partnerskapet?" asks who decides: that answer.)
_BEHIND = re.compile(r"(?:\b(?:vem|who)\b[^.?!]{0,30}?|\bvilka )\b(?:(?:star|ligger|finns)(?: \w+)? bakom|"
                     r"(?:(?:is|are|stands?) )?behind)\b")
_BEHIND_WHAT = frozenset("""rus rusen uppdatering uppdateringen uppdateringarna oversyn oversynen strategi strategin
arbetet processen update review strategy work process it this""".split())


def behind(kit: Kit, q: Asked) -> Answer | None:
    """"Vem står bakom RUS?": Region Örebro län, whose leadership gave the mandate; the partnership decides what is
    updated and the regional council takes the decision – all from the process file, people named by no one. None
    unless a who-question asks who is behind or owns RUS or its update."""
    f = folded(q.text)
    m = _BEHIND.search(f)
    if m is None:
        return None
    words = set(tokens(f[m.start():]))
    if "bot" in words or "boten" in words or not (words & _BEHIND_WHAT or any(w.startswith("rus") for w in words)):
        return None
    lang, process = q.language, kit.process
    mandate = next((x for x in process.facts if x.id == "mandate-review"), None)
    partnership = kit.roles.get(kit.rules.partnership_role or "")
    council = next((r for r in process.roles if "regionfullmaktige" in fold(r.name.sv)), None)
    if mandate is None or partnership is None:
        return None
    parts = [t(lang, f"Bakom uppdateringen av RUS står {process.owner}. {mandate.text.get(lang)}",
               f"Behind the update of RUS is {process.owner}. {mandate.text.get(lang)}"),
             partnership.text.get(lang)]
    sources = [mandate.source, partnership.source]
    if council is not None:
        parts.append(council.text.get(lang))
        sources.append(council.source)
    parts.append(t(lang, "Några personer nämns inte i underlaget.", "The material names no persons."))
    return kit.answer(q, " ".join(parts), sources, topic="role")


# "Vad heter partnerskapet?", "rätt namn", "what is the partnership called?": a name the process file has.
_NAME_OF = re.compile(r"\bvad heter\b|\b(?:ratta|ratt|riktiga|fullstandiga|formella|officiella|exakta) namn\w*|"
                      r"\bwhat(?:'s| is| are) (?:it|they|the \w+) called\b|\b(?:full|correct|official|proper|exact) "
                      r"name\b|\bwhat is the name of\b|\bwhat's the name of\b")


_PERSON_WORDS = frozenset("""ordforande ordforanden chef chefen direktor direktoren regiondirektor regiondirektoren
samordnare samordnaren kontaktperson kontaktpersonen person personen handlaggare handlaggaren chair chairman chairperson
director head manager contact coordinator""".split())


def name_of(kit: Kit, q: Asked) -> Answer | None:
    """"Vad heter partnerskapet egentligen?": the partnership's (or a role's) name as the material gives it, with
    what it does. None unless a name is asked of the partnership or a role the question names."""
    f = folded(q.text)
    if (m := _NAME_OF.search(f)) is None or set(tokens(f)) & _PERSON_WORDS:
        return None             # "vad heter ordföranden i partnerskapet?": a person, whom the material never names
    after = tokens(f[m.end():])
    if m.group(0) == "vad heter" and not (after and after[0].startswith(("partnerskap", "region", "namnd", "kc"))):
        return None             # "vad heter den nya strategin?": the name of something else
    lang = q.language
    role_ = q.entities.role
    if "partnerskap" in f or "partnership" in f:
        role_ = kit.roles.get(kit.rules.partnership_role or "")
    elif role_ is not None and not any(fold(n) in f for n in (role_.name.sv, role_.name.en or role_.name.sv)):
        return None             # "vad heter regiondirektören?": a person's name, read as the region's role
    if role_ is None:
        return None
    name = kit.process.partnership.name.get(lang) if role_.id == kit.rules.partnership_role else role_.name.get(lang)
    text = t(lang, f"Det heter **{name}**. {role_.text.get(lang)}",
             f"It is called **{lower_first(name) if name.startswith('The ') else name}**. {role_.text.get(lang)}")
    return kit.answer(q, text, [role_.source], topic="role")


# "Vad är vår roll?", "vilken roll har Länsstyrelsen?", "what is our role?": a member's role asked, in words no
# feature's answer is about (the response, input, a meeting).
_ROLE_ASKED = frozenset("roll rollen role ansvar responsibility".split())
_FEATURE_WORDS = frozenset("""remissvar remissvaret inspel inspelet svara svarar response respond input mote motet
meeting avstamning avstamningen bot boten over""".split())     # ("lämna över rollen i boten": the link, handed on)
_OWN_DUTY = frozenset("ansvar ansvaret sarskilt sarskild speciellt speciell eget egen responsibility special".split())


def member_role(kit: Kit, q: Asked) -> Answer | None:
    """"Jag jobbar på Länsstyrelsen – vad är vår roll, har vi något särskilt ansvar?" read as another feature: the
    member's part is the partnership's; a responsibility of its own is not in the material. None unless one member
    is named and its role asked in no feature's words."""
    words = folded_words(q.text)
    if words & _FEATURE_WORDS or kit.rules.partnership_role is None or not any(
            set(tokens(fold(x))) & _ROLE_ASKED for x in re.findall(r"[^.?!]*\?", q.text)):
        return None             # ("Jag har fått ansvaret att samla ihop …": a role of the asker's told, not asked)
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    if len(named) != 1:
        return None
    answer = role(kit, replace(q, intent="role", entities=replace(q.entities, role=kit.roles[
        kit.rules.partnership_role])))
    if not answer.text.startswith(named[0].name):
        return None
    if words & _OWN_DUTY:
        own = t(q.language, f"Något eget eller särskilt ansvar för {named[0].name} utöver det anger underlaget inte.",
                f"The material gives {named[0].name} no responsibility of its own beyond that.")
        body, footer, name = answer.text.rpartition("\n\n_")
        text = f"{body} {own}\n\n_{name}" if footer and body else f"{answer.text}\n\n{own}"
        answer = answer.model_copy(update={"text": text})
    return answer
