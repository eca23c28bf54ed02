"""Static facts of the process file: what RUS is, the purpose, the mandate, why the review, the
ways of working."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from rusbot.answers.kit import Asked, Kit, folded_words, is_yes_no, lower_first, t
from rusbot.answers.lexicon import WEAK, fold, tokens
from rusbot.answers.model import Answer
from rusbot.answers.prefilter import Quick, any_of
from rusbot.answers.timeline import item_when
from rusbot.i18n import join_list
from rusbot.process.model import Language
from rusbot.understanding.features import concept_matcher, stem, words

T = TypeVar("T")
_SENTENCES = re.compile(r"[^.!?]+[.!?]?")
_STOP = frozenset("""vad var vem hur nar det den de en ett och i pa av for med som ar ska kan vi ni jag du om till
har inte nu rus the is a an of to in on and what who how when does do it this that be are was for with""".split())


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in _STOP and len(w) >= 2)


# Concepts that say nothing about which fact is meant.
_WEAK_CONCEPTS = WEAK | {"RUS", "GREET", "BOT", "WHY", "MANDATE", "PROCESS", "REVIEW", "OPEN_EVENT"}
# What a question's concept asks for in a fact: "varför så bråttom?" is answered by when it must be ready,
# "ska vi skriva om allt?" by "not a new RUS".
_ASKS_FOR = {"RUSH": {"READY", "WHEN"}}


# The stems of "new" (two Snowball runs, the same every time: worked out once).
_NEW_STEMS = frozenset({stem("ny"), stem("new")})
# Why asked of a RUS said to be redone or replaced ("Varför ska RUS göras om nu? vi har ju en", "is it a completely new
# strategy?", "why rewrite it when we already have one?"): the premise is wrong – it is an update of the present RUS,
# its structure kept – and that leads the reasons (b73 #3, b74 #3). (These words name no event behind the review.
# "vi har ju en ganska ny" alone is no such premise: why review at all is asked.)
_REDONE = re.compile(r"\b(?:gor|gors|goras|gora|gjorts?) (?:ni |vi |man |de |dom )?om\b|\bskriv(?:a|s|as|er)? om\b|"
                     r"\bredo(?:ne|ing)?\b|"
                     r"\brewrit\w*|"
                     r"\b(?:en (?:helt )?|helt |en (?:alldeles|splitter) )ny (?:regional )?(?:rus|strategi)\w*|"
                     r"\b(?:a|an|an entirely|a completely|a totally|a whole|a brand) ?new (?:regional )?"
                     r"(?:development )?(?:rus|strategy)\b")


@lru_cache(maxsize=4096)
def _concepts(text: str) -> frozenset[str]:
    found = concept_matcher().text(words(text)) - _WEAK_CONCEPTS
    wanted = {c for concept in found for c in _ASKS_FOR.get(concept, ())}
    return frozenset(found | wanted)


def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (what a question and a statement can share)."""
    return _stems(text)


def most_relevant_first(question: str, items: Sequence[T], text_of: Callable[[T], str]) -> list[T]:
    """The items the question shares the most words and concepts with first (the rest in their order),
    so that "blir det en ny RUS?" leads with "Det är inte en ny RUS…" rather than the first fact."""
    asked, asked_concepts = _stems(question), _concepts(question)
    overlap = [len(asked & _stems(text_of(item))) + 2 * len(asked_concepts & _concepts(text_of(item)))
               for item in items]
    order = sorted(range(len(items)), key=lambda n: -overlap[n])
    return [items[n] for n in order]


def facts(kit: Kit, q: Asked, topic: str) -> Answer:
    found = [f for f in kit.process.facts if f.topic == topic]
    if not found:
        return kit.answer(q, t(q.language, "Det står inte i underlaget om uppdateringen.",
                               "That is not in the material about the update."), confident=False)
    lang = q.language
    found = most_relevant_first(q.text, found, lambda f: f"{f.text.sv} {f.text.en or ''} {f.source}")
    text = "\n".join(f"- {f.text.get(lang)}" for f in found) if len(found) > 1 else found[0].text.get(lang)
    return kit.answer(q, text, [f.source for f in found])


def rus(kit: Kit, q: Asked) -> Answer:
    # "What is not changing in RUS?": what the update keeps is asked, not what RUS is.
    return kept(kit, q) or facts(kit, q, "rus")


# "Syftet med RUS-uppdateringen" is the update's purpose; "syftet med ärendet/informationen" the material's own.
_UPDATE_WORDS = re.compile(r"uppdater|oversyn|update|review|revis")
_MATERIAL_WORDS = re.compile(r"arend|informationen|presentation|bildspel|dokument|underlag|slides|deck|this about")
_NOW_WORDS = frozenset("nu now varfor why".split())


def purpose(kit: Kit, q: Asked) -> Answer:
    folded_q = fold(q.text)
    if _UPDATE_WORDS.search(folded_q) and not _MATERIAL_WORDS.search(folded_q):
        return update_purpose(kit, q)
    return facts(kit, q, "purpose")


def update_purpose(kit: Kit, q: Asked) -> Answer:
    """"Vad är syftet med RUS-uppdateringen, varför just nu, och vad är partnerskapets roll?": the update's
    purpose is in the way of working called the update and in the mandate, not in the purpose of the slide
    deck; why now and the partnership's role when asked, each from the material."""
    lang = q.language
    mandates = [f for f in kit.process.facts if f.topic == "mandate"]
    update_way = next((w for w in kit.process.ways_of_working if "samlande" in fold(w.text.sv) or
                       "nodvandigaste" in fold(w.text.sv)), None)
    not_new = [f for f in mandates if "inte en ny" in fold(f.text.sv)]
    lines: list[str] = []
    sources: list[str] = []
    if update_way is not None:
        lines.append(t(lang, "Syftet med uppdateringen är enligt underlaget att ", "According to the material the "
                       "purpose of the update is to ") + lower_first(update_way.text.get(lang)))
        sources.append(update_way.source)
    lines += [f.text.get(lang) for f in not_new]
    sources += [f.source for f in not_new]
    asked = set(words(folded_q := fold(q.text)))
    if asked & _NOW_WORDS:
        why, why_sources = why_reviewed(kit, lang)
        if why:
            lines.append(t(lang, "Varför nu: ", "Why now: ") + (why if why[1:2].isupper() else lower_first(why)))
            sources += why_sources
    if "PARTNERSHIP" in q.entities.concepts or "partnerskap" in folded_q or "partnership" in folded_q:
        role_ = kit.roles.get(kit.rules.partnership_role or "")
        if role_ is not None:
            lines.append(t(lang, "Partnerskapets roll: ", "The partnership's role: ") + lower_first(
                role_.text.get(lang)))
            sources.append(role_.source)
    if not lines:
        return facts(kit, q, "purpose")
    return kit.answer(q, "\n\n".join(lines), sources, topic="purpose")


# "Kan vi föreslå …?", "can we propose …?": a proposal of a change, which goes in as an inspel.
_PROPOSE = re.compile(r"\b(?:foresla\w*|forslag\w*|propos\w*|suggest\w*|lagga till|lagger till|add|inspel\w*|"
                      r"tycka till|paverka|fa in|lagga in|nytt (?:avsnitt|kapitel|omrade)|new (?:section|chapter))\b")


def proposal(kit: Kit, q: Asked) -> Answer | None:
    """"Kan vi föreslå ett nytt prioriterat område och göra om strukturen?": yes as an inspel, the partnership
    decides what is updated; but the mandate is an update, not a new RUS, keeping the structure. None unless
    a proposal is asked about."""
    if not _PROPOSE.search(fold(q.text)):
        return None
    lang = q.language
    role_ = kit.roles.get(kit.rules.partnership_role or "")
    limits = [f for f in kit.process.facts if f.topic == "mandate" and (
        "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv))]
    lead = t(lang, "Ja, förslag lämnar ni som **inspel**", "Yes, proposals go in as **input**")
    sources: list[str] = []
    if role_ is not None:
        lead += t(lang, ", och ", ", and ") + lower_first(role_.text.get(lang)).split(t(lang, ", och ", ", and "))[0]
        sources.append(role_.source)
    lines = [lead.rstrip(".") + "."]
    if limits:
        lines.append(t(lang, "Men uppdraget sätter ramen: ", "But the mandate sets the frame: ") + lower_first(
            " ".join(f.text.get(lang) for f in limits)))
        sources += [f.source for f in limits]
    return kit.answer(q, "\n\n".join(lines), sources, action="inspel")


_WORKLOAD = re.compile(r"\b(?:mycket (?:jobb|arbete)|arbetsbelastning\w*|hur mycket tid|belastning|workload|"
                       r"how much work|a lot of work)\b")


def rush(kit: Kit, q: Asked) -> Answer | None:
    """"Varför måste allt gå så fort?": the material's own words on the pace (short lead times to keep the
    timeline) and why the review is made, then that the workload for an organisation is not in it (b24 #79)."""
    if "RUSH" not in q.entities.concepts and not _WORKLOAD.search(fold(q.text)):
        return None
    lang = q.language
    fast = next((w for w in kit.process.ways_of_working if "ledtid" in fold(w.name.sv)), None)
    why, sources = why_reviewed(kit, lang)
    lines: list[str] = []
    if "RUSH" in q.entities.concepts:
        # The date it is to be ready leads ("varför så bråttom? kunde man inte lagt det på 2022?"), then the pace.
        ready = next((f for f in kit.process.facts if f.topic == "mandate" and "2021" in f.text.sv), None)
        if ready is not None:
            lines.append(f"- {ready.text.get(lang)}")
            sources.append(ready.source)
        if fast is not None:
            lines.append(t(lang, f"- Underlaget säger att arbetet har **{fast.name.get(lang).lower()}** – "
                                 f"{lower_first(fast.text.get(lang))}",
                           f"- The material says the work has **{fast.name.get(lang).lower()}** – "
                           f"{lower_first(fast.text.get(lang))}"))
            sources = [fast.source, *sources]
    if why:
        lines.append(f"- {why}" if lines else why)
    if _WORKLOAD.search(fold(q.text)):
        lines.append(t(lang, "\nHur mycket arbete det blir för er organisation står inte i underlaget; fråga "
                             "samordnarna.",
                       "\nHow much work it means for your organisation is not in the material; ask the "
                       "coordinators."))
    return kit.answer(q, "\n".join(lines), sources, topic="mandate") if lines else None


# "vem har bestämt …", "vems beslut …", "who decided …": who stands behind the review or its frame.
_WHO_DECIDED = re.compile(r"\b(?:vem|vilka|vems|who|whose)\b.{0,40}?\b(?:bestamt\w*|bestamde|beslutat\w*|beslutade|"
                          r"beslut|beslutet|bestallt|bestallde|initierat|initierade|tagit initiativ\w*|kommit pa|sagt|"
                          r"decided?|decision|ordered|initiated|commissioned|behind)\b|\bpa (?:vems|vilkas) "
                          r"(?:uppdrag|initiativ)\b|\b(?:vems|whose) (?:uppdrag|initiativ|idea|ide|mandate)\b")
_DECIDE_STEMS = any_of(("bestam", "beslut", "bestall", "initier", "initiativ", "kommit pa", "sagt", "decid",
                        "decision", "order", "initiat", "commission", "behind", "uppdrag", "idea", "ide", "mandate"))
# "…inför antagandet", "the final decision on the updated strategy": the decision on the updated RUS, which the
# council takes, not the review's.
_ADOPTION = re.compile(r"\b(?:anta\w*|antog|fullmaktige|rf|adopt\w*|council|klubba\w*|faststall\w*|slutlig\w*|"
                       r"final|uppdaterade|updated (?:rus|strategy|version)|nya rus\w*|new rus)\b")
# What the decision asked about is: the review itself, or its frame (an update, not a new RUS; the structure kept).
_OF_REVIEW = re.compile(r"oversyn|\bses? (?:\w+ )?over\b|\breview|\binte (?:en|blir en) ny\b|\bnot (?:be )?a new\b|"
                        r"\b(?:bara|endast|enbart|only)\b.{0,25}\b(?:uppdater\w*|update\w*)|\bstrukturen\b|"
                        r"\bstructure\b|\buppdatera rus\b|\bupdate rus\b|"
                        # "vem har bestämt att de ska göras i år?" ("vad som ska uppdateras" is the partnership's)
                        r"\batt (?:rus\w*|den|det|de|dom|strategin) (?:ska|skulle|skall) (?:\w+ )?(?:goras|gora om|"
                        r"gors|andras|uppdateras|revideras)\b|"
                        r"\bthat (?:rus|it|the strategy) (?:should|would|will|is to) be "
                        r"(?:updated|changed|revised|done)\b")


def who_decided(kit: Kit, q: Asked) -> Answer | None:
    """"Vem har bestämt att RUS ska ses över – och att det bara blir en uppdatering?": the regional leadership
    (its mandate and its position ahead of the review), said first; then the frame it set. None unless who
    decided the review is asked (who adopts the updated RUS is the council's, answered elsewhere)."""
    folded_q = fold(q.text)
    if not _DECIDE_STEMS.search(folded_q):
        return None             # no word of deciding or ordering: most questions stop here
    if not _WHO_DECIDED.search(folded_q) or _ADOPTION.search(folded_q) or not _OF_REVIEW.search(folded_q):
        return None
    lang = q.language
    mandates = [f for f in kit.process.facts if f.topic == "mandate"]
    given = next((f for f in mandates if "regionledning" in _folded(f.text.sv) and "uppdrag" in _folded(f.text.sv)),
                 None)
    if given is None:
        return None
    position = next((f for f in mandates if f is not given and "regionledning" in _folded(f.text.sv)), None)
    frame = [f for f in mandates if f is not given and f is not position]
    # The mandate's own sentence names the leadership first: it is the answer to "who".
    lines = [given.text.get(lang)]
    sources = [given.source]
    if position is not None:
        lines[0] += " " + position.text.get(lang)
        sources.append(position.source)
    if frame:
        lines.append(t(lang, "Uppdraget från ledningen sätter ramen:", "The leadership's mandate sets the frame:"))
        lines += [f"- {f.text.get(lang)}" for f in most_relevant_first(q.text, frame, lambda f: f.text.sv)]
        sources += [f.source for f in frame]
    return kit.answer(q, "\n".join(lines), sources, topic="mandate")


# "börjar den gälla 1 januari 2022?", "when does it take effect?": the day the updated RUS applies from.
# ("när börjar den uppdaterade RUS att gälla?": words between)
IN_FORCE = _IN_FORCE = Quick(re.compile(r"\bborja\w* (?:\w+ ){0,4}?galla\b|\btrad\w* i kraft\b|\bi kraft\b|"
                             r"\bgall(?:a|er)\b(?:\s+\w+){0,4}\s+(?:fran|fr o m|fom)\b|\bgiltig\w* fran\b|"
                             r"\btake\w* effect\b|\b(?:come|comes|coming) into (?:force|effect)\b|"
                             r"\bin force\b|\bapply from\b|\bapplies from\b|\bvalid from\b"))


def in_force(kit: Kit, q: Asked) -> Answer | None:
    """"Stämmer det att den nya RUS börjar gälla 1 januari 2022?": the material gives no day it applies from, only
    that it is to be ready at the end of 2021, after the regional council's decision. No date is confirmed."""
    if not _IN_FORCE.search(fold(q.text)):
        return None
    lang = q.language
    ready = next((i for i in kit.process.timeline if i.kind == "milestone"), None)
    decision = next((i for i in kit.process.timeline if i.kind == "decision"), None)
    lines = [t(lang, "När den uppdaterade RUS börjar gälla står inte i underlaget, så ett datum kan jag inte bekräfta.",
               "When the updated RUS takes effect is not in the material, so I cannot confirm a date.")]
    sources = []
    if ready is not None:
        lines.append(ready.text.get(lang))
        sources.append(ready.source)
    if decision is not None:
        lines.append(t(lang, "Före det kommer " + lower_first(decision.text.get(lang)),
                       "Before that comes the " + lower_first(decision.text.get(lang))))
        sources.append(decision.source)
    return kit.answer(q, " ".join(lines), sources)


def mandate(kit: Kit, q: Asked) -> Answer:
    if (effect := in_force(kit, q)) is not None:
        return effect
    if (decided := who_decided(kit, q)) is not None:
        return decided
    if (unnamed := persons_not_named(kit, q)) is not None:
        return unnamed
    from rusbot.answers.answerers.people import partnership_when

    if (involved := partnership_when(kit, q)) is not None:
        return involved         # "när ska partnerskapet involveras i översynen?": its steps in the timeline
    from rusbot.answers.answerers.people import role_mandate

    if (body := role_mandate(kit, q)) is not None:
        return body             # "vilket mandat har KC/RD?": that body's, not the review's
    if (proposed := proposal(kit, q)) is not None:
        return proposed
    if (fast := rush(kit, q)) is not None:
        return fast
    if (frame := kept(kit, q)) is not None:
        return frame
    if events_asked(fold(q.text)) and kit.process.drivers:
        # "vad var det för omvärldshändelser som gjorde att RUS ses över? och vem gav uppdraget?": the events are
        # what is asked; the mandate's sentence naming who gave it because of them leads them.
        events = _why_review(kit, q)
        events.topic = "mandate"
        return events
    answer = facts(kit, q, "mandate")
    folded = fold(q.text)
    if any(w in folded for w in ("stammer det", "ar det sant", "is that right", "is it true", "is that true")) and (
            kit.process.facts):
        # "Jag hörde att RUS ska ses över, stämmer det?": the yes the mandate bears out, then the mandate.
        lead = t(q.language, "Ja, enligt underlaget ses RUS över:",
                 "Yes, according to the material RUS is being reviewed:")
        answer.text = lead + ("\n\n" if answer.text.startswith("- ") else " ") + answer.text
    return answer


# Persons asked for by name or office ("vilka politiker har drivit på?", "vem är chef för RUS?", "who is in charge?"),
# and the parties or a conflict between them: the material names none.
_PERSONS = re.compile(r"\b(?:vem|vilka|vilken|who)\b(?:\s+\S+){0,3}?\s+(?:politiker\w*|chef\w*|ledare\w*|"
                      r"projektledare\w*|ansvarig\w*|personer\w*|politicians?|boss|head|heads|in charge|leader\w*|"
                      r"persons?|people)\b|\b(?:namn|namnet|namnen|names?)\b")
_PARTIES = re.compile(r"\b(?:parti\w*|konflikt\w*|oenig\w*|oense|splittr\w*|part(?:y|ies)|conflict\w*|disagree\w*)\b")
_MAIL = re.compile(r"\b(?:mejl\w*|mail\w*|e-?post|email\w*|kontakt\w*|contact\w*|ringa|call)\b")


def persons_not_named(kit: Kit, q: Asked) -> Answer | None:
    """"Vilka politiker har drivit på …, och finns det konflikt mellan partierna?", "vem e chef för RUS? vill maila
    nån": who by name is asked, read as the mandate; the material names no one, only that the regional leadership
    gave the mandate. That is said first, not the mandate's list (batches 34, 35). None unless persons are asked."""
    folded_q = fold(q.text)
    if not re.search(r"\b(?:vem|vilka|vilken|who|whom)\b", folded_q) or not _PERSONS.search(folded_q):
        return None
    lang = q.language
    given = next((f for f in kit.process.facts if f.topic == "mandate" and "regionledning" in _folded(f.text.sv)
                  and "uppdrag" in _folded(f.text.sv)), None)
    if given is None:
        return None
    parties = bool(_PARTIES.search(folded_q))
    lines = [t(lang, "Det vet jag inte: underlaget nämner inga namn på personer" + (
                   " och säger inget om partierna eller någon konflikt mellan dem." if parties else "."),
               "I don't know: the material names no persons" + (
                   " and says nothing about the parties or any conflict between them." if parties else "."))]
    lines.append(t(lang, "Det säger bara: ", "It only says: ") + lower_first(given.text.get(lang)))
    if _MAIL.search(folded_q) or q.entities.concepts & {"CONTACT", "EMAIL"}:
        lines.append(t(lang, "Vill du kontakta någon, fråga samordnarna i teamet.",
                       "If you want to contact someone, ask the coordinators in the team."))
    # Read as off-topic, it stays an "I don't know" (topic "unknown"); read as the mandate, it is the mandate's.
    topic = "mandate" if q.intent in ("mandate", "why_review") else "unknown"
    return kit.answer(q, " ".join(lines), [given.source], topic=topic)


# Words an event's text shares with a question without naming the event ("kommer under 2021", "ny").
_DRIVER_WEAK = frozenset("ny nya nytt nyss new kommer komma kom blir ska allt mer mera under coming more".split())


@lru_cache(maxsize=4096)
def _driver_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(fold(text)) if w not in _STOP and w not in _DRIVER_WEAK and len(w) >= 3)


@lru_cache(maxsize=16384)
def _same_word(a: str, b: str) -> bool:
    # A compound names the event too: "strukturfondsprogrammet" is the "strukturfonderna" one; a long word with
    # one letter dropped or swapped ("natonella") is the word meant.
    return a == b or (min(len(a), len(b)) >= 7 and (a[:7] == b[:7] or _one_off(a[:7], b[:8]) or
                                                    _one_off(b[:7], a[:8]) or _one_off(a[:7], b[:7]))) or (
        stem(a) == stem(b))


def _one_off(short: str, other: str) -> bool:
    """`short` is `other` with one letter dropped (other one longer) or changed (same length)."""
    if len(other) == len(short) + 1:
        return any(other[:i] + other[i + 1:] == short for i in range(len(other)))
    return len(other) == len(short) and sum(x != y for x, y in zip(short, other, strict=True)) == 1


# "Vilka händelser i omvärlden …?", "what external changes …?": the events are what is asked, not the mandate period.
_EVENT_WORDS = frozenset("omvarld omvarlden handelser handelserna utmaningar utmaningarna vilka external events "
                         "changes which".split())


# RUS by its full name, and the asker's own work ("I work with EU projects"): no event of the review.
_RUS_NAME = re.compile(r"\bregional(?:a)? (?:development strateg(?:y|ies)|utvecklingsstrategi\w*)\b|"
                       r"\b(?:i|we|jag|vi) (?:work|jobbar|arbetar)\b|"
                       # "Why is Region Örebro län reviewing its RUS now?": the organisation's name names no event
                       # ("region" would be the national strategy "for regional development", b63 #2).
                       r"\bregion(?:en)? orebro(?: lans?)?\b|\bregion(?:en)?\b(?! ?al)")
# "fler skäl än pandemin", "other reasons besides covid": more reasons than the event named – all of them, no one
# singled out (b64 #27).
_MORE_REASONS = re.compile(r"\b(?:fler|andra|ovriga|flera|more|other|further|additional) (?:\w+ )?(?:skal|reasons?)\b|"
                           r"\b(?:besides|apart from|utover|forutom)\b")
# "har det något att göra med …?", "beror det på …?", "does it have anything to do with …?", "is it because of …?"
_HAS_TO_DO = re.compile(r"\b(?:att gora med|beror (?:det|den) pa|hanger (?:det|den) ihop med|"
                        r"(?:anything|something) to do with|(?:is|was) (?:it|this) because of|related to)\b")


def driver_named(question: str, drivers: Sequence[T]) -> T | None:
    """The one event behind the review the question names: the one sharing the most words with it (a compound
    counts: "strukturfondsprogrammet" is the "strukturfonderna" one), the one named first when two share as
    many; None when none is named ("vi gjorde ju en ny …": "ny" is no name) or a shared word names several
    alike ("vilka utmaningar …?")."""
    texts = tuple(f"{d.text.sv} {d.text.en or ''}" for d in drivers)  # type: ignore[attr-defined]
    # "Why is the regional development strategy being updated …": the name of RUS itself names no event.
    index = _driver_index(_RUS_NAME.sub(" ", fold(question)), texts)
    return None if index is None else drivers[index]


@lru_cache(maxsize=4096)
def _driver_index(question: str, texts: tuple[str, ...]) -> int | None:
    own_words = _driver_words(question)
    asked = [w for w in words(fold(question)) if w in own_words]
    if not asked:
        return None
    ranked = []
    for n, text in enumerate(texts):
        own = _driver_words(text)
        hits = [i for i, a in enumerate(asked) if any(_same_word(a, w) for w in own)]
        if len(hits) == 1 and len(asked[hits[0]]) < 6:
            continue        # one short word ("målen") names no event; "pandemin" alone does
        if hits:
            ranked.append((-len(hits), hits[0], n))
    if not ranked:
        return None
    ranked.sort()
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return ranked[0][2]


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


# "Vad var det för saker som påverkade uppdateringen?", "what influenced the review?": things that moved the review,
# asked in the past or perfect ("vad kan vi påverka?" asks of the partner's own say, and is not matched).
CAUSES_ASKED = re.compile(r"\b(?:vad|vilka|vilken|vilket|saker|sakerna|faktorer\w*|handelser\w*|what|which|things|"
                           r"factors|events)\b(?:\s+[\w-]+){0,6}?\s+(?:som\s+)?(?:paverkade|har paverkat|hade paverkat|"
                           r"ligger bakom|lag bakom|influenced|has influenced|affected|have affected|has affected|"
                           r"shaped|lie behind|lay behind)\b")
WE_INFLUENCE = re.compile(r"\b(?:vi|ni|jag|man|we|i|you)\s+(?:\w+\s+)?(?:paverkade|paverkat|influenced|affected|"
                           r"shaped)\b")


def events_asked(folded_q: str) -> bool:
    """Whether a question asks for the events behind the review ("vilka omvärldshändelser …?", "what events …?") or
    what moved it ("vilka saker påverkade uppdateringen?")."""
    return bool(_EVENTS_ASKED.search(folded_q) or CAUSES_ASKED.search(folded_q))


_EVENTS_ASKED = re.compile(r"\bomvarldshandelse\w*|\bhandelse\w* i omvarlden\b|\bhandelserna\b|"
                           r"\b(?:vilka|vad|what|which)\b(?:\s+\w+){0,4}\s+(?:handelse\w*|events?)\b")


def why_reviewed(kit: Kit, lang: Language) -> tuple[str, list[str]]:
    """Why RUS is reviewed, in one sentence: every mandate period, and the mandate because of the events in
    the wider world, named."""
    every = next((f for f in kit.process.facts if f.topic == "rus" and "mandatperiod" in _folded(f.text.sv)), None)
    cause = next((f for f in kit.process.facts if f.topic == "mandate" and "omvarld" in _folded(f.text.sv)), None)
    parts: list[str] = []
    sources: list[str] = []
    if every is not None:
        often = next((s for s in _SENTENCES.findall(every.text.get(lang)) if "mandat" in _folded(s)), None)
        if often is not None:
            parts.append(re.sub(r"^(?:Den|It)\b", "RUS", often.strip()).rstrip("."))
            sources.append(every.source)
    if cause is not None:
        parts.append(lower_first(cause.text.get(lang)).rstrip(".") if parts else cause.text.get(lang).rstrip("."))
        sources.append(cause.source)
    if not parts:
        return "", []
    text = parts[0] + (f", {t(lang, 'och', 'and')} {parts[1]}" if len(parts) > 1 else "")
    drivers = kit.process.drivers
    if drivers and cause is not None:
        text += ": " + "; ".join(lower_first(d.text.get(lang)) for d in drivers)
        sources += [d.source for d in drivers]
    return text + ".", sources


_YEARS = re.compile(r"\b20\d\d\b")
_GOALS_CHANGE = re.compile(r"\b(?:forandring\w*|andring\w*|andras|change\w*)\b.{0,30}\b(?:mal|malen|malet|goals?|"
                           r"innehall\w*|prioritering\w*|content)\b|"
                           # "blir det helt nya mål?", "will there be new goals?": whether the goals are new
                           r"\b(?:nya|andra|annorlunda) (?:\w+ )?(?:mal|malen|malsattning\w*|prioriteringar)\b|"
                           r"\b(?:new|different) (?:\w+ )?(?:goals|objectives|priorities)\b")
_PURPOSE_WORDS = re.compile(r"\b(?:syfte\w*|purpose|poang\w*|point of)\b")


# "Varför ska RF-SISU ha något att säga om …?", "why does X get a say?": why a member takes part, not why RUS is
# reviewed.
_HAS_A_SAY = re.compile(r"\b(?:ha|har|fa|far)\s+(?:nagot|nat|ngt)\s+att\s+saga\b|\b(?:vara|ar)\s+med\b|\bsitta med\b|"
                        r"\btycka till\b|\bget a say\b|\bhave a say\b|\bhas a say\b|\binvolved\b|\btake part\b")


# Words for a theme the material does not name, with the words of the events behind the review nearest to it:
# "klimat" is not in the material, but sustainability and the European Green Deal are.
_NEAR_DRIVERS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:klimat\w*|miljo(?!ner|nte)\w*|utslapp\w*|fossilfri\w*|climate|environment\w*|emissions?|"
                r"green transition|gron omstallning)\b"), ("hallbarhet", "grona given")),
)


def near_driver(kit: Kit, q: Asked) -> Answer | None:
    """"Finns det något om klimat?": a theme the events behind the review do not name in those words is answered
    with the events nearest to it, and that the material says no more; never a bare "I don't know"."""
    text = fold(q.text)
    # ("vad kostar klimatkompensation?" asks a price, which no event answers)
    if "OUT" in q.entities.concepts or driver_named(q.text, kit.process.drivers) is not None:
        return None
    for pattern, near_words in _NEAR_DRIVERS:
        m = pattern.search(text)
        if m is None:
            continue
        near = [d for d in kit.process.drivers if any(w in _folded(d.text.sv) for w in near_words)]
        if not near:
            return None
        lang = q.language
        named = join_list([f"**{d.text.get(lang)}**" for d in near], lang)
        word = q.text[m.start():m.end()] if len(q.text) == len(text) else m.group(0)
        text_ = t(lang, f"Ordet ”{word}” används inte i underlaget, men bland händelserna i omvärlden bakom översynen "
                        f"av RUS finns {named}. Mer än så säger underlaget inte om det.",
                  f"The material does not use the word \"{word}\", but the events in the world behind the review of "
                  f"RUS include {named}. The material says no more about it than that.")
        return kit.answer(q, text_, [d.source for d in near],
                          topic="unknown" if q.intent == "out_of_scope" else "why_review")
    return None


# "Kommer RUS att ta upp E18?", "will the strategy cover the railway?", "står det något om bredband i RUS?": what the
# strategy is to say on a subject, which the material (a description of the process) does not give.
_CONTENT_ASKED = re.compile(r"\b(?:ta|tar|tas|tagit|tog) upp\b|\b(?:innehalla|innehaller|innehalla)\b|"
                            r"\b(?:handla|handlar) om\b|\b(?:satsa|satsar) pa\b|"
                            r"\bsta (?:nagot|nat) om\b|\bstar det (?:nagot |nat )?om\b|\bnamn(?:a|er|s) \w+|"
                            r"\bsag(?:er|a)\s+(?:(?:den|nya|nuvarande|uppdaterade)\s+)*(?:rus|strategin|utvecklingsstrategin)\w*\s+om\b|"
                            r"\b(?:cover|covers|address|addresses|include|includes|mention|mentions|prioriti[sz]e)\b")
_NOT_CONTENT = frozenset({"CONSULT", "RESPOND", "INSPEL", "MEETING", "PHASE", "TIMELINE", "INFLUENCE", "UPDWHAT",
                          "DECIDE", "WHO", "PARTNERSHIP", "PROCESS", "WHEN", "BOT", "DEFINE", "NEWRUS",
                          "CHANGE"})


# Subjects of the county itself, not of the process: figures and statistics, roads and railways (word beginnings,
# folded). Not in the lexicon: its words are part of the intent model's features.
_OFF_TOPIC = re.compile(r"\b(?:befolkning|invanar|folkmangd|population|inhabitants|residents|"
                        r"arbetsloshet|unemployment|skattesats|tax rate|motorvag|jarnvag|riksvag|"
                        r"highway|motorway|railway|bostadsbyggande|housing|bnp|gdp)\w*|\be ?(?:18|20)\b|"
                        # sports events and the pandemic's rules ("när får ungdomsidrotten köra igång med tävlingar
                        # igen?", b70 #22)
                        r"\b(?:tavling|tavlingar|tavlingarna|matcher|matcherna|matchen|turnering\w*|\w*hockey\w*|"
                        r"fotboll\w*|publiken|restriktion\w*|\w*restriktioner\w*|vaccin\w*|smittskydd\w*|lockdown|"
                        r"tournaments?|competitions?|competing|spectators)\b")


# Politics outside the process, whatever the question says of RUS beside it: elections as an issue, and who holds an
# office the material does not name ("Vem blir landshövding när strategin antas?", "blir RUS en valfråga?").
_POLITICS = Quick(re.compile(r"\b(?:valfrag|valrorelse|valkamp|landshovding|election (?:issue|campaign)|governor)\w*"))


def off_topic(concepts: set[str] | frozenset[str], folded_text: str) -> bool:
    """A subject of the county ("hur stor är länets befolkning?") with nothing of the process beside it, or politics
    outside the process."""
    return (not concepts & _PROCESS and bool(_OFF_TOPIC.search(folded_text))) or bool(_POLITICS.search(folded_text))


_PROCESS = frozenset({"CONSULT", "RESPOND", "INSPEL", "MEETING", "PHASE", "TIMELINE", "INFLUENCE", "UPDWHAT",
                      "PARTNERSHIP", "PROCESS", "UNDERLAG", "REVIEW", "RUS", "DRIVER", "BOT", "WRITE"})
PROCESS_CONCEPTS = _PROCESS


def asks_content(concepts: set[str] | frozenset[str], folded_text: str) -> bool:
    """Whether a question asks what RUS will say on a subject ("Kommer RUS att ta upp E18-dragningen?"), with
    nothing of the process beside it (who decides what is updated, when, the remiss have their own answers)."""
    return "RUS" in concepts and not concepts & _NOT_CONTENT and bool(_CONTENT_ASKED.search(folded_text)) and not (
        _WISH.search(folded_text))


# "Vi vill att RUS ska innehålla ett nytt avsnitt": a wish for the update, which the mandate's frame answers.
_WISH = re.compile(r"\b(?:vill|ville|onskar|onskade) att\b|\b(?:wants?|would like)\b")


def content_not_known(kit: Kit, q: Asked) -> Answer | None:
    """What the updated RUS will say on a subject is not in the material: that leads; then what is (the
    partnership decides what is updated; an update, not a new RUS)."""
    if not asks_content(q.entities.concepts, fold(q.text)):
        return None
    if driver_named(q.text, kit.process.drivers) is not None:
        answer = _why_review(kit, q)    # "Kommer RUS ta upp landsbygden?": one of the reasons for the review
        answer.topic = "unknown" if q.intent == "out_of_scope" else "why_review"
        return answer
    if (near := near_driver(kit, q)) is not None:
        return near
    lang = q.language
    decides = next((r for r in kit.process.roles if "beslutar om vad som ska uppdateras" in _folded(r.text.sv)), None)
    kept = [f for f in kit.process.facts if f.topic == "mandate" and "inte en ny" in _folded(f.text.sv)]
    lines = [t(lang, "Vad RUS tar upp i sak står inte i underlaget – det beskriver processen för uppdateringen, "
                     "inte strategins innehåll.",
               "What RUS covers on a subject is not in the material – it describes the process of the update, not "
               "the strategy's content.")]
    sources: list[str] = []
    if decides is not None:
        lines.append(decides.text.get(lang).split(", och ")[0].split(", and ")[0].rstrip(".") + ".")
        sources.append(decides.source)
    lines += [f.text.get(lang) for f in kept]
    sources += [f.source for f in kept]
    return kit.answer(q, " ".join(lines), sources, confident=False, topic="unknown")


def why_review(kit: Kit, q: Asked) -> Answer:
    if "RUSH" in q.entities.concepts and (fast := rush(kit, q)) is not None:
        return fast
    if (unnamed := persons_not_named(kit, q)) is not None:
        return unnamed          # "vilka politiker står bakom översynen?": no names, then who gave the mandate
    if "REVIEW" not in q.entities.concepts and (frame := kept(kit, q)) is not None:
        # "varför ska strukturen behållas?": what is kept and why ("strukturen" is no fund); why RUS is reviewed at
        # all, asked beside it, is answered below with the events.
        return frame
    if (near := near_driver(kit, q)) is not None:
        return near
    members = {o.id for o in kit.process.organisations}
    named = [o for o in q.entities.organisations if o.id in members]
    if named and _HAS_A_SAY.search(fold(q.text)):
        from rusbot.answers.answerers.people import why_member

        return why_member(kit, q, named)
    answer = _why_review(kit, q)
    if _GOALS_CHANGE.search(fold(q.text)) and answer.text and (
            frame_facts := [f for f in kit.process.facts
                            if f.topic == "mandate" and "inte en ny" in _folded(f.text.sv)]):
        # "Blir det stora förändringar i målen?": which parts or goals change is not said; the frame is.
        answer.text += "\n\n" + t(q.language, "Vilka delar eller mål som ändras står inte i underlaget. ",
                                    "Which parts or goals change is not in the material. ") + " ".join(
            f.text.get(q.language) for f in frame_facts)
        answer.sources += [f.source for f in frame_facts]
    if _WORKLOAD.search(fold(q.text)) and answer.text:
        # "Varför nu? Och blir det mycket jobb för oss?": the reasons, then that the workload is not said (b24 #43).
        answer.text += "\n\n" + t(q.language, "Hur mycket arbete det blir för er organisation står inte i underlaget; "
                                               "fråga samordnarna.",
                                   "How much work it means for your organisation is not in the material; ask the "
                                   "coordinators.")
    return answer


# A review after this one asked ("kommer det en ny översyn?", "blir det en till revidering?", "another review?").
NEXT_REVIEW = re.compile(r"\b(?:kommer|blir|gors|sker) (?:det )?(?:en )?(?:ny|till|annan|ytterligare) "
                         r"(?:oversyn|revidering)\b|\bnasta (?:oversyn|revidering)\b|"
                         r"\b(?:another|a new|the next|a further) review\b")
# "X samma sak som Y", "detsamma som", "the same as": whether two names are one thing.
_SAME_AS = re.compile(r"\b(?:samma (?:sak )?som|detsamma som|the same (?:thing )?as)\b")


def _why_review(kit: Kit, q: Asked) -> Answer:
    if _PURPOSE_WORDS.search(fold(q.text)) and _UPDATE_WORDS.search(fold(q.text)):
        # "vad är syftet med uppdateringen och varför nu?": the purpose leads, why now follows.
        return update_purpose(kit, q)
    drivers = kit.process.drivers
    if not drivers:
        return facts(kit, q, "mandate")
    lang = q.language
    redone = _REDONE.search(fold(q.text)) if "WHY" in q.entities.concepts else None
    named = driver_named(q.text, drivers)
    if redone and driver_named(_REDONE.sub(" ", fold(q.text)), drivers) is None:
        named = None    # ("a completely new strategy" named the new national strategy: the premise names no event)
    if redone:
        from rusbot.answers.answerers.premise import new_rus_claim

        fix = new_rus_claim(kit, q.text, fold(q.text), lang)
        if fix is not None:
            redone = None   # (the premise layer leads with its "(Nej –) det är inte en ny RUS …": said once)
    if named is not None and "WHEN" not in q.entities.concepts and _MORE_REASONS.search(fold(q.text)):
        named = None
    if named is not None:
        # One event asked about: say what the material says about it, and that it says no more.
        drivers = [named, *(d for d in drivers if d is not named)]
        first = drivers[0].text.get(lang)
        if "WHEN" in q.entities.concepts and _YEARS.search(first):
            # "när kommer den nya nationella strategin?": when is what the material says about it, said first.
            lines = [t(lang, f"**{first}** – mer än så säger underlaget inte; något exakt datum anges inte. Det är en "
                             "av händelserna i omvärlden bakom översynen av RUS.",
                       f"**{first}** – the material says no more than that; no exact date is given. It is one of the "
                       "events in the world behind the review of RUS.")]
            rest = drivers[1:]
            # Another event named by words of its own ("nationella" names the national strategy, not the goal too).
            own = _driver_words(f"{drivers[0].text.sv} {drivers[0].text.en or ''}")
            leftover = " ".join(w for w in words(fold(q.text)) if not any(_same_word(w, o) for o in own))
            if driver_named(leftover, rest) is None:
                return kit.answer(q, "\n".join(lines), [drivers[0].source])
            # "… och vilken period gäller strukturfonderna?": another event is asked about too; all are listed.
            lines.append(t(lang, "Övriga händelser:", "The other events:"))
            lines += [f"- {d.text.get(lang)}" for d in rest]
            return kit.answer(q, "\n".join(lines), [d.source for d in drivers])
        same = _SAME_AS.search(fold(q.text))
        if same is not None and drivers[0].text.en and driver_named(fold(q.text)[:same.start()], [named]) and (
                driver_named(fold(q.text)[same.end():], [named])):
            # "Är 'Europeiska gröna given' samma sak som Green Deal?": both sides name the one event (its Swedish
            # and English text in the material): yes, first (blind batch 53: the yes/no left out).
            sv, en = drivers[0].text.sv, drivers[0].text.en
            lines = [t(lang, f"Ja, samma sak: **{sv}** är på engelska *{en}*. Det är en av "
                             "händelserna i omvärlden bakom översynen av RUS; mer än så säger underlaget inte om den.",
                       f"Yes, the same thing: **{en}** is *{sv}* in Swedish. It is one of the events "
                       "in the world behind the review of RUS; the material says no more about it than that.")]
            return kit.answer(q, "\n".join(lines), [drivers[0].source])
        # "does it have anything to do with the structural funds period?": a yes/no of the event, yes first (b61 #16).
        yes = t(lang, "Ja – ", "Yes – ") if _HAS_TO_DO.search(fold(q.text)) else ""
        lines = [yes + t(lang, f"**{first}** är en av händelserna i omvärlden bakom översynen av RUS; mer än så säger "
                               "underlaget inte om den.",
                         f"**{first}** is one of the events in the world behind the review of RUS; the material says "
                         "no more about it than that."),
                 t(lang, "Övriga händelser:", "The other events:")]
        lines += [f"- {d.text.get(lang)}" for d in drivers[1:]]
        return kit.answer(q, "\n".join(lines), [d.source for d in drivers])
    asked_words = set(words(q.text))
    # ("Is there another review coming, and when?", "blir det en översyn igen, och när?": the next one, asked with
    # when, b51 #96.)
    if (asked_words & {"nasta", "next", "ofta", "often", "kommande"} or NEXT_REVIEW.search(fold(q.text)) or (
            asked_words & {"another", "again", "igen"} and asked_words & {"when", "nar", "coming", "kommer"}
            and not asked_words & {"why", "varfor"})) and not (
            asked_words & {"steg", "step"}) and not (
            re.search(r"\b(?:nasta|kommande) ar\b|\bnext year\b", fold(q.text))):   # "nästa år" is when, not how often
        # "När är nästa översyn av RUS?": how often it is reviewed is what the material says.
        # The first sentence answers it: how often, then that no date is given; not what RUS is.
        every = [f for f in kit.process.facts if f.topic == "rus" and "mandat" in fold(f.text.sv)]
        often = next((s.strip() for f in every[:1] for s in _SENTENCES.findall(f.text.get(lang))
                      if "mandat" in _folded(s)), None)
        if often is not None:
            often = re.sub(r"^(?:Den|It)\b", "RUS", often).rstrip(".")
            text = t(lang, f"{often}; när nästa översyn blir anges inte i underlaget.",
                     f"{often}; when the next review will be is not in the material.")
            return kit.answer(q, text, [every[0].source])
    mandates = [f for f in kit.process.facts if f.topic == "mandate"]
    extra_sources: list[str] = []
    # The mandate's first fact, unless the question asks for another by what it is about ("varför så
    # bråttom?" → when it is to be ready); shared words alone do not move it ("översyn" is in several).
    asked = _concepts(q.text)
    # ("vem har bestämt" shares DECIDE with "ska vara klar": who decided picks no fact by that word)
    if _WHO_DECIDED.search(fold(q.text)):
        asked = asked - {"DECIDE"}
    chosen = [f for f in mandates if asked & _concepts(f"{f.text.sv} {f.text.en or ''}")]
    if redone:
        chosen = []     # (why it is reviewed at all is asked: every mandate period, and the mandate's reason)
    if events_asked(fold(q.text)):
        # "Vilka saker påverkade uppdateringen?": the mandate given because of the events leads the events, not a
        # line of the mandate that shares a word with the question ("översynen").
        chosen = [f for f in mandates if "omvarld" in _folded(f.text.sv)] or chosen
    mandate_ = (chosen or mandates)[:1]
    lines = [mandate_[0].text.get(lang)] if mandate_ else []
    every_period = next((f for f in kit.process.facts if f.topic == "rus" and "mandatperiod" in _folded(f.text.sv)),
                        None)
    asks_events = bool(set(words(_folded(q.text))) & _EVENT_WORDS)
    if not chosen and mandate_ and every_period is not None and not asks_events:
        # "Varför ska RUS ses över överhuvudtaget? vi gjorde ju en ny nyss": that it is reviewed every mandate
        # period is the first half of why; the events the second.
        often = next((s for s in _SENTENCES.findall(every_period.text.get(lang)) if "mandat" in _folded(s)), None)
        if often is not None:
            often = re.sub(r"^(?:Den|It)\b", "RUS", often.strip())
            lines = [f"{often.rstrip('.')}, {t(lang, 'och', 'and')} {lower_first(mandate_[0].text.get(lang))}"]
            mandate_ = [every_period, *mandate_]
        not_new = [f for f in mandates if "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv)]
        if _stems(q.text) & _NEW_STEMS and not_new and not redone:
            # "… vi gjorde ju en ny": it is an update of the one they made, not a new one.
            lines.append(" ".join(f.text.get(lang) for f in not_new))
            mandate_ = [*mandate_, *not_new]
    if _UNCHANGED.search(fold(q.text)):
        # "… varför RUS uppdateras och vad som INTE ändras": the second part is the mandate's limits.
        kept = [f for f in mandates if f not in mandate_ and (
            "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv))]
        update_way = next((w for w in kit.process.ways_of_working if "nodvandigaste" in _folded(w.text.sv)), None)
        if kept:
            lines.append(t(lang, "Det som inte ändras: ", "What does not change: ") + lower_first(" ".join(
                f.text.get(lang) for f in kept)) + (t(lang, " Det nödvändigaste uppdateras.",
                                                      " What is necessary is updated.") if update_way else ""))
            mandate_ = [*mandate_, *kept]
            extra_sources = [update_way.source] if update_way else []
    not_new = [f for f in mandates if f not in mandate_ and (
        "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv))]
    if redone and not_new:
        # The premise corrected first: not a new RUS, the structure kept; then why it is reviewed. Asked as a yes/no
        # of its own ("… – is it a completely new strategy?"), a "Nej" leads it.
        fix = " ".join(f.text.get(lang) for f in not_new)
        clause = re.split(r"[.?!;,—–]\s*|\s-\s", fold(q.text)[:redone.end()])[-1]
        if is_yes_no(clause):
            fix = t(lang, "Nej – ", "No – ") + lower_first(fix)
        lines.insert(0, fix)
        mandate_ = [*not_new, *mandate_]
    lines.append(t(lang, "**Händelser i omvärlden bakom översynen:**", "**Events in the world behind the review:**"))
    lines += [f"- {d.text.get(lang)}" for d in drivers]
    return kit.answer(q, "\n".join(lines), [*(f.source for f in mandate_), *extra_sources,
                                            *(d.source for d in drivers)])


# "Vad ändras inte?", "what stays the same": the limits of the update asked about.
_UNCHANGED = re.compile(r"(?:\b(?:inte|ej|icke|not|doesnt|dont|wont)|n't)\s+(?:\w+\s+){0,2}(?:andras|andra|andrar|"
                        r"forandras|change[sd]?|changing|rewrite|redo)\b|"
                        r"\b(?:andras|andrar|forandras|change[sd]?|gor|gors)\s+(?:\w+\s+)?(?:inte|ej|not)\b|"
                        r"\b(?:behalls|behallas|behalla|forblir|samma|stays?|remains?|kept|keep|keeping|unchanged|"
                        r"oforandrad\w*)\b|"
                        # "Why isn't the region writing a whole new strategy?", "varför inte en helt ny RUS?": why
                        # not all is changed asks what is kept and why.
                        r"\b(?:varfor|why)\b.{0,40}\b(?:inte|not|isn'?t|aren'?t|doesn'?t|dont|don't)\b.{0,40}"
                        r"\b(?:ny|nytt|new|helt ny|whole new)\b")


def asks_kept(text: str) -> bool:
    """Whether a question asks what the update leaves as it is ("vad ska inte ändras?", "why not rewrite it?"); a
    "samma" alone does not ("Är RUS samma sak som …?" asks what RUS is)."""
    return bool(_UNCHANGED.search(folded := fold(text))) and not (
        _SAME_ONLY.search(folded) and not _UNCHANGED.search(_SAME_ONLY.sub(" ", folded)))


# "samma", "same": one of the words of _UNCHANGED that ask of a likeness as often as of what is kept.
_SAME_ONLY = re.compile(r"\b(?:samma|same)\b")


def kept(kit: Kit, q: Asked) -> Answer | None:
    """"Vad är det som inte ska ändras?", "varför ändrar man inte hela strukturen?": what the mandate keeps is the
    answer, said first, not one line of the mandate's list; a why gets the reason the way of working gives for
    keeping the structure. None unless what is kept, or why not all is changed, is asked."""
    if not asks_kept(q.text):
        return None
    lang = q.language
    frame = [f for f in kit.process.facts if f.topic == "mandate" and (
        "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv))]
    if not frame:
        return None
    update_way = next((w for w in kit.process.ways_of_working if "nodvandigaste" in _folded(w.text.sv)), None)
    lines = [t(lang, "Det som inte ändras: ", "What does not change: ") + lower_first(" ".join(
        f.text.get(lang) for f in frame))]
    sources = [f.source for f in frame]
    if update_way is not None:
        why = "WHY" in q.entities.concepts or "varfor" in fold(q.text) or "why" in fold(q.text)
        lead = t(lang, "Varför: arbetssättet är att " if why else "Arbetssättet är att ",
                 "Why: the way of working is to " if why else "The way of working is to ")
        reason = lead + lower_first(update_way.text.get(lang))
        if why:
            # "Varför ska strukturen behållas?": that the material gives no other reason is said, not left to be
            # guessed (batches 34, 35).
            reason += t(lang, " Någon annan motivering ger underlaget inte.", " The material gives no other reason.")
        lines.append(reason)
        sources.append(update_way.source)
    given = next((f for f in kit.process.facts if f.topic == "mandate" and "regionledning" in _folded(f.text.sv)
                  and "uppdrag" in _folded(f.text.sv)), None)
    if given is not None:
        lines.append(t(lang, "Så lyder ramen för uppdraget: ", "That is the frame of the mandate: ") + lower_first(
            given.text.get(lang)))
        sources.append(given.source)
    return kit.answer(q, "\n\n".join(lines), sources, topic="mandate")


# Whether there is material to read, or it is sent out in advance ("skickas underlagen ut i förväg?", "finns det något
# underlag vi ska läsa?"), not why it comes late.
_ASKS_UNDERLAG = re.compile(r"\b(?:skickas|skickar|far vi|finns det)\b.*\bunderlag|\bunderlag\w*\b.*\b(?:i forvag|"
                            r"in advance|att lasa|ska lasa|to read)\b")


def ways_of_working(kit: Kit, q: Asked) -> Answer:
    ways = kit.process.ways_of_working
    lang = q.language
    if not ways:
        return kit.answer(q, t(lang, "Underlaget beskriver inget särskilt arbetssätt.",
                               "The material describes no particular way of working."), confident=False)
    fast = next((w for w in ways if "framforhallning" in fold(w.text.sv)), None)
    if ("UNDERLAG" in q.entities.concepts and "WHY" not in q.entities.concepts and fast is not None
            and _ASKS_UNDERLAG.search(fold(q.text)) and not asks_formats(folded_words(q.text))):
        # "Skickas underlagen ut i förväg?", "finns det något underlag att läsa?": asked of the material, not of the
        # way of working; what the process file says of it is that one line, and the rest is said not to be known
        # (blind batches 39–40: the whole list of ways of working was given instead of an answer).
        return kit.answer(q, t(lang, f"Vilka underlag det blir och när de skickas ut säger underlaget inte. Det säger "
                                     f"bara att arbetet har **{fast.name.get(lang).lower()}** – "
                                     f"{lower_first(fast.text.get(lang))}",
                               f"Which documents there will be and when they are sent out, the material does not "
                               f"say. It only says the work has **{fast.name.get(lang).lower()}** – "
                               f"{lower_first(fast.text.get(lang))}"), [fast.source])
    ways = most_relevant_first(q.text, ways, lambda w: f"{w.name.sv} {w.name.en or ''} {w.text.sv} {w.text.en or ''}")
    lines = [f"- **{w.name.get(lang)}** – {w.text.get(lang)}" for w in ways]
    sources = [w.source for w in ways]
    if asks_formats(folded_words(q.text)):
        # "Blir det workshoppar och heldagar som förra gången?": the material names no formats; its way of working
        # is what it does say.
        lines.insert(0, t(lang, "Om det blir workshoppar eller heldagar står inte i underlaget; arbetssättet det "
                                "beskriver är:", "Whether there will be workshops or full days is not in the "
                                "material; the way of working it describes is:"))
    if "WHY" in q.entities.concepts and folded_words(q.text) & _HURRIED:
        # "Varför är tidplanen så tajt?": the reason is the plan's end, said first; the short lead times follow.
        ready = [f for f in kit.process.facts if f.topic == "mandate" and any(
            w in fold(f.text.sv) for w in ("klar", "ready"))]
        if ready:
            lines.insert(0, ready[0].text.get(lang) + t(lang, " Därför arbetar man så här:\n",
                                                         " So the work goes like this:\n"))
            sources.insert(0, ready[0].source)
    return kit.answer(q, "\n".join(lines), sources)


_FORMATS = frozenset("heldag heldagar heldagarna halvdag halvdagar seminarier seminarium workshop workshops "
                     "workshoppar workshopparna workshopar full-day".split())


def asks_formats(words: set[str] | frozenset[str]) -> bool:
    """Whether a question names meeting formats the material does not ("workshoppar", "heldagar")."""
    return bool(words & _FORMATS)


_HURRIED = frozenset("tajt tajta tight snabbt fort bratt brattom stressigt stressig kort korta kortare rush rushed "
                     "hurry quick quickly fast short".split())


# "vad som hände", "what happened": the past asked, which the bot knows only as the plan.
_WHAT_HAPPENED = frozenset("hande hant happened".split())


def summary(kit: Kit, q: Asked) -> Answer:
    """"Kan du sammanfatta hela upplägget i tre-fyra meningar?": the process in a few sentences – update or
    new, why, who decides, the phases and the consultation, the decision and when it is to be ready –
    each from the process file."""
    lang, process = q.language, kit.process
    mandates = [f for f in process.facts if f.topic == "mandate"]
    sentences: list[str] = []
    sources: list[str] = []
    chosen = most_relevant_first("inte en ny rus uppdateringar regionledningen uppdrag", mandates,
                                 lambda f: f.text.sv)[:2]
    why, why_sources = why_reviewed(kit, lang) if "WHY" in q.entities.concepts else ("", [])
    if why:
        # "tre meningar om varför den görs, vad som ska göras och när": why, said first and in full (every mandate
        # period, and the mandate because of the events, named), instead of the mandate's sentence alone.
        sentences.append(why)
        sources += why_sources
        chosen = [f for f in chosen if "omvarld" not in _folded(f.text.sv)]
    for f in chosen:
        sentences.append(f.text.get(lang))
        sources.append(f.source)
    partnership = kit.roles.get(kit.rules.partnership_role or "")
    if partnership is not None:
        sentences.append(partnership.text.get(lang))
        sources.append(partnership.source)
    if process.phases:
        parts = [f"{ph.name.get(lang)}: {lower_first(kit.phase_text(n, lang)).rstrip('.')}"
                 for n, ph in enumerate(process.phases)]
        sentences.append(t(lang, "Arbetet går i faser – ", "The work goes in phases – ") + "; ".join(parts) + ".")
        sources += [ph.source for ph in process.phases]
    item = process.consultation_item
    if item is not None:
        when = item_when(item, lang)
        sentences.append(t(lang, f"Remissen pågår {when}.", f"The consultation runs {when}."))
        sources.append(item.source)
    ready = [f for f in mandates if any(w in fold(f.text.sv) for w in ("klar", "ready"))]
    if ready and ready[0].text.get(lang) not in sentences:
        sentences.append(ready[0].text.get(lang))
        sources.append(ready[0].source)
    if set(tokens(fold(q.text))) & _WHAT_HAPPENED:
        # "sammanfatta vad som hände med RUS i år": the bot knows the plan, not what actually happened.
        sentences.insert(0, t(lang, "Jag känner planen, inte hur arbetet faktiskt gick; enligt planen:",
                              "I know the plan, not how the work actually went; according to the plan:"))
    return kit.answer(q, " ".join(sentences), sources, topic="summary")


# "Alla pratar om RUS-översynen – vad är det?": what the review is asked, beside whatever else.
_WHAT_IS = re.compile(r"\b(?:vad|what)\b(?:\s+\w+){0,2}?\s+(?:ar|innebar|betyder|handlar|is|means?|about)\b")
_REVIEW_WORDS = re.compile(r"oversyn|uppdatering|\breview|\bupdate\b")


def asks_what_review_is(q: Asked) -> bool:
    folded_q = fold(q.text)
    return bool(_WHAT_IS.search(folded_q) and _REVIEW_WORDS.search(folded_q) and "WHY" not in q.entities.concepts)


def what_review_is(kit: Kit, lang: Language) -> tuple[str, list[str]]:
    """What the review is, from the facts only: what RUS is and that it is reviewed every mandate period, that
    this is an update of the current RUS keeping its structure, and when it is to be ready."""
    chosen = [f for f in kit.process.facts if f.topic == "rus"]
    chosen += [f for f in kit.process.facts if f.topic == "mandate" and (
        "inte en ny" in _folded(f.text.sv) or "strukturen" in _folded(f.text.sv) or "klar" in _folded(f.text.sv))]
    if not chosen:
        return "", []
    lead = t(lang, "Översynen är uppdateringen av RUS.", "The review is the update of RUS.")
    return " ".join([lead, *(f.text.get(lang) for f in chosen)]), [f.source for f in chosen]



# "Vad är skillnaden mot den gamla RUS:en?", "how does it differ from the current RUS?": the update against the
# strategy it updates, which the material tells only as what is kept and what is updated.
_DIFFERS = re.compile(r"\b(?:skillnad\w*|skiljer|differ\w*|jamfort med|compared (?:to|with))\b")
_OLD_RUS = re.compile(r"\b(?:gamla|nuvarande|forra|tidigare|befintliga|old|current|previous|existing|earlier)\s+"
                      r"(?:rus|strategin|utvecklingsstrategin|strategy)\b")


def differs_from_current(kit: Kit, q: Asked) -> Answer | None:
    """What the update changes against the current RUS: not a new RUS but updates of it, the structure kept and
    what is necessary updated (the process file's words); which contents change the material does not say."""
    text = fold(q.text)
    if not _DIFFERS.search(text) or not _OLD_RUS.search(text):
        return None
    lang = q.language
    said = [f for f in kit.process.facts if f.topic == "mandate" and (
        "ny rus" in fold(f.text.sv) or "strukturen" in fold(f.text.sv))]
    way = next((w for w in kit.process.ways_of_working if "nodvandig" in fold(w.text.sv)), None)
    if not said:
        return None
    # What changes in the content is not in the material: said first, then what it does say of the update.
    lines = [t(lang, "Vilka ändringar i innehållet som görs står inte i underlaget; det säger bara detta om "
                     "uppdateringen:",
               "Which changes are made to the content is not in the material; all it says of the update is this:")]
    lines += [f"- {f.text.get(lang)}" for f in said]
    sources = [f.source for f in said]
    if way is not None:
        lines.append(f"- {way.text.get(lang)}")
        sources.append(way.source)
    return kit.answer(q, "\n".join(lines), sources, topic="mandate")


# "skillnaden mellan en RUS och ett tillväxtprogram i andra län", "compared with other regions": other counties.
_OTHER_COUNTIES = re.compile(r"\b(?:andra|ovriga|annat|ett annat) (?:lan|regioner|region)\b|"
                             r"\bother (?:counties|regions|county|region)\b")


def other_counties(kit: Kit, q: Asked) -> Answer | None:
    """A comparison with other counties or regions asked: the material is this county's update only, said first;
    then what RUS is here (the process file's words). None unless a difference with other counties is asked."""
    text = fold(q.text)
    if not _DIFFERS.search(text) and not re.search(r"\bskillnad|\bjamfor|\bcompar", text):
        return None
    if not _OTHER_COUNTIES.search(text):
        return None
    lang = q.language
    owner = kit.process.owner
    fact = next((f for f in kit.process.facts if f.topic == "rus"), None)
    lines = [t(lang, f"Det vet jag inte – underlaget gäller bara {owner}s uppdatering av RUS och säger inget om "
                     "andra län eller hur de arbetar.",
               f"I don't know – the material covers only {owner}'s update of RUS and says nothing about other "
               "counties or how they work.")]
    sources = []
    if fact is not None:
        lines.append(t(lang, "Det underlaget säger om RUS: ", "What the material says of RUS: ")
                     + fact.text.get(lang))
        sources.append(fact.source)
    return kit.answer(q, "\n\n".join(lines), sources, confident=False, topic="unknown")
