"""Who: the partnership and its members, roles, who decides, whether it is decided, and how
partners take part. Role answers lead with who decides."""

from __future__ import annotations

from rusbot.answers.kit import Asked, Kit, lower_first, past_tense, t
from rusbot.answers.lexicon import NAME_STOP, fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.timeline import item_bounds, item_when, plan_span
from rusbot.i18n import join_list
from rusbot.process.model import Role


def role_topic(role: Role) -> str:
    return f"role.{'rf' if role.id == 'regionfullmaktige' else role.id}"


def partnership(kit: Kit, q: Asked) -> Answer:
    lang, p = q.language, kit.process.partnership
    orgs = kit.process.organisations
    names = join_list([o.name for o in orgs], lang)
    text = (t(lang, f"{p.name.get(lang)} har {len(orgs)} medlemmar: {names}.",
              f"{p.name.get(lang)} has {len(orgs)} members: {names}.") + f"\n\n{p.text.get(lang)}")
    return kit.answer(q, text, [p.source, *[o.source for o in orgs]], topic="partnership")


def organisation(kit: Kit, q: Asked) -> Answer:
    lang, e = q.language, q.entities
    name = kit.process.partnership.name.get(lang)
    if e.organisations:
        lines = [t(lang, f"Ja, **{o.name}** är med i {name}.", f"Yes, **{o.name}** is a member of {lower_first(name)}.")
                 for o in e.organisations]
        return kit.answer(q, "\n".join(lines), [kit.process.partnership.source, *[o.source for o in e.organisations]],
                          topic="organisation")
    if e.kind:
        orgs = [o for o in kit.process.organisations if o.kind == e.kind]
        text = t(lang, f"Ja, partnerskapet har {len(orgs)} medlemmar av typen {e.kind}: "
                       f"{join_list([o.name for o in orgs], lang)}.",
                 f"The partnership has {len(orgs)} members of kind {e.kind}: "
                 f"{join_list([o.name for o in orgs], lang)}.")
        return kit.answer(q, text, [kit.process.partnership.source, *[o.source for o in orgs]], topic="organisation")
    if e.unknown_name is None:
        return partnership(kit, q)
    names = join_list([o.name for o in kit.process.organisations], lang)
    text = t(lang, f"Nej, jag hittar inte **{e.unknown_name}** bland medlemmarna i underlaget. "
                   f"Medlemmarna är: {names}.",
             f"No, I cannot find **{e.unknown_name}** among the members. The members are: {names}.")
    return kit.answer(q, text, [kit.process.partnership.source], confident=False, topic="organisation")


def role(kit: Kit, q: Asked) -> Answer:
    lang, e = q.language, q.entities
    chosen = e.role
    if chosen is None and kit.rules.partnership_role is not None:
        chosen = kit.roles[kit.rules.partnership_role]
    if chosen is None:
        return partnership(kit, q)
    return kit.answer(q, f"{chosen.text.get(lang)}\n\n_{chosen.name.get(lang)}_", [chosen.source],
                      topic=role_topic(chosen))


def _decider(kit: Kit) -> Role | None:
    """The role the timeline's decision names ("Politiskt beslut i regionfullmäktige" → Regionfullmäktige)."""
    said = {w for i in kit.process.timeline if i.kind == "decision"
            for w in tokens(fold(f"{i.name.sv} {i.text.sv}"))}
    for r in kit.process.roles:
        words = [w for w in tokens(fold(r.name.sv)) if w not in NAME_STOP]
        if words and words[0] in said:
            return r
    return None


def decision(kit: Kit, q: Asked) -> Answer:
    """Who decides and when: the decision first, then what the partnership decides."""
    lang, today = q.language, q.today
    lines: list[str] = []
    sources: list[str] = []
    decider = _decider(kit)
    if decider is not None:
        lines.append(decider.text.get(lang))
        sources.append(decider.source)
    for item in kit.process.timeline:
        if item.kind not in ("decision", "milestone"):
            continue
        sources.append(item.source)
        when = item_when(item, lang)
        bounds = item_bounds(item)
        past = bounds is not None and today > bounds[1]
        if item.kind == "decision":
            line = f"- **{item.name.get(lang)}**"
            line += f" – {when}" if when else t(lang, " – tidplanen anger inget eget datum för beslutet",
                                                " – the timeline gives no date of its own for the decision")
        else:
            text = item.text.get(lang)
            line = "- " + (t(lang, "Enligt tidplanen: ", "According to the timeline: ") + past_tense(text, lang)
                           if past else text)
        lines.append(line)
    if kit.rules.partnership_role:
        role_ = kit.roles[kit.rules.partnership_role]
        lines.append("\n" + role_.text.get(lang))
        sources.append(role_.source)
    if not lines:
        return kit.answer(q, t(lang, "Tidplanen säger inget om beslutet.", "The timeline says nothing about the "
                               "decision."), confident=False)
    return kit.answer(q, "\n".join(lines), sources)


def decision_status(kit: Kit, q: Asked) -> Answer:
    """"Har RUS antagits?": the bot knows what the plan said, not what happened."""
    lang, today = q.language, q.today
    decision_items = [i for i in kit.process.timeline if i.kind == "decision"]
    ready = [i for i in kit.process.timeline if i.kind == "milestone"]
    span = plan_span(kit.process)
    said = []
    for item in [*decision_items, *ready]:
        text = item.text.get(lang)
        past = (b := item_bounds(item)) is not None and today > b[1]
        said.append(past_tense(text, lang) if past else text)
    plan = " ".join(said)
    if span is not None and today > span[1]:
        lead = t(lang, "Det vet jag inte – jag känner bara tidplanen, inte vad som faktiskt har beslutats.",
                 "I don't know – I only know the plan, not what has actually been decided.")
        text = lead + " " + t(lang, f"Enligt tidplanen: {plan}", f"According to the timeline: {plan}")
    else:
        lead = t(lang, "Nej, inte enligt tidplanen – beslutet kommer i slutet av processen.",
                 "No, not according to the timeline – the decision comes at the end of the process.")
        text = lead + " " + t(lang, f"Enligt tidplanen: {plan}", f"According to the timeline: {plan}")
    return kit.answer(q, text, [i.source for i in [*decision_items, *ready]])


def influence(kit: Kit, q: Asked) -> Answer:
    """"Får vi vara med och bestämma?": yes, through the partnership, and where in the plan."""
    lang, e = q.language, q.entities
    p = kit.process.partnership
    members = {o.id for o in kit.process.organisations}
    named = [o for o in e.organisations if o.id in members]
    who = t(lang, "Ni", "You")
    if named:
        who = join_list([o.name for o in named], lang)
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    lines = [t(lang, f"Ja. {who} är med i {p.name.get(lang)}, och partnerskapet beslutar om vad som ska uppdateras.",
               f"Yes. {who} {'is' if named and len(named) == 1 else 'are'} in {lower_first(p.name.get(lang))}, "
               "and the partnership decides what is to be updated.")]
    sources = [p.source]
    if role_ is not None:
        lines.append(role_.text.get(lang))
        sources.append(role_.source)
    steps = [i for i in kit.process.timeline if i.kind in ("meeting", "consultation")]
    if steps:
        lines.append(t(lang, "I tidplanen:", "In the timeline:"))
        lines += [f"- {kit.item_line(i, lang)}" for i in steps]
        sources += [i.source for i in steps]
    lines.append(t(lang, "Förslag på vad som ska uppdateras lämnar ni som **inspel**; organisationens svar på remissen "
                         "som **remissvar**.",
                   "Proposals for what to update go in as **input**; your organisation's answer to the consultation "
                   "as a **response**."))
    return kit.answer(q, "\n".join(lines), sources)
