"""Entities by rules: which organisation, role, phase, day or period, and anchor a message names.

Names come from the process file at construction (organisations, roles, phases), so a coordinator's
new file works without code changes; words for time (months, seasons, "efter sommaren", "innan
jul", "nästa månad") are general Swedish and English. A period without a year is read relative to
the day the question is asked: "i höst" in February is the coming autumn, "i juni" in July is the
June of the plan's year when the plan covers it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from rusbot.answers.lexicon import CONCEPTS, NAME_STOP, NAME_SYNONYMS, fold, tokens
from rusbot.clock import STOCKHOLM
from rusbot.process.model import GlossaryEntry, Meeting, Organisation, Process, Role, TimelineItem
from rusbot.understanding.concepts import ConceptMatcher

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "mars": 3, "march": 3,
    "mar": 3, "april": 4, "apr": 4, "maj": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7,
    "july": 7, "jul": 7, "augusti": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month words that are also ordinary words stand alone only after "i"/"in"/"under"/"till" ("i maj").
_AMBIGUOUS_MONTHS = {"mar", "may", "jul", "jun", "sep", "dec", "nov", "jan", "feb", "apr", "aug", "okt", "oct"}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:e|:e|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_MONTH_ALONE = re.compile(rf"\b(?:(i|in|under|during|till|until|for|fore|innan|before|efter|after|om|sedan|sen|since)"
                          rf"\s+)?"
                          rf"(?:(?:the\s+)?(borjan|mitten|slutet|early|mid|middle|late|end|beginning)\s+(?:av\s+|of\s+)?)?"
                          rf"({_MONTH_RE})\b(?:\s+(20\d\d))?")
_YEAR = re.compile(r"\b(20\d\d)\b")
_CAPITALISED = re.compile(r"\b([A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+(?:(?:och|and|of|för|for)\s+)?[A-ZÅÄÖ][\wåäöÅÄÖ-]+)*"
                          r"(?:\s+(?:kommun|stad|universitet|högskola|region|län|landsting|kommune)\b)?)")

# Seasons as (first month, last month); winter runs into the next year.
_SEASONS = {
    "var": (3, 5), "varen": (3, 5), "spring": (3, 5), "varas": (3, 5),
    "sommar": (6, 8), "sommaren": (6, 8), "sommarn": (6, 8), "summer": (6, 8), "semester": (6, 8), "semestern": (6, 8),
    "host": (9, 11), "hosten": (9, 11), "hosst": (9, 11), "autumn": (9, 11), "fall": (9, 11),
    "vinter": (12, 2), "vintern": (12, 2), "winter": (12, 2),
    "hostas": (9, 11), "somras": (6, 8), "vintras": (12, 2),
}
_SEASON_NEEDS_PREPOSITION = {"var", "fall"}      # "var" is also "where", "fall" also "case"
_PREPOSITIONS = {"i", "in", "under", "till", "during", "this", "for", "om", "pa", "nasta", "next", "the"}
_AFTER = {"efter", "after"}
# What may follow "vår" when it is the season ("i vår då?", "i vår 2021"), not "our" before a noun.
_AFTER_SEASON = {"da", "och", "eller", "nar", "ska", "blir", "har", "hander", "igen", "2021", "2022", "heller", "som"}
_BEFORE = {"innan", "fore", "before", "until", "tills"}
_BACK_FROM = {"tillbaka", "back", "ater", "hemma", "home", "returned"}
_SUMMER_WORDS = {"sommaren", "sommar", "sommarn", "summer", "semestern", "semester", "sommaruppehallet"}


# A message without any of these has no day or period in it (a cheap test before the regexes).
_TIME_CONCEPTS = {"SEASON", "MONTHNAME"}
# "i våras": the spring just gone, never the next one.
_PAST_SEASONS = frozenset({"varas", "hostas", "somras", "vintras"})
# A month asked of with a verb in the past tense is the latest one before now ("vad hände i december?" in
# January: December last year, not the plan's December ahead). "var" counts only as written ("vår" folds to
# it), and the weak ones not beside a future ("vi hade tänkt svara i september", "I was wondering if … in May")
# nor of the consultation, whose months lie ahead in the plan.
_PAST_VERBS = frozenset("""hande hant skedde gjordes beslutades bestamdes sades holls diskuterades presenterades
happened decided discussed presented""".split())
_WEAK_PAST = frozenset("hade gjorde gjort blev was were did had".split())
# The English past participles among them are no past in a passive ahead ("What will be decided at the March
# check-in?" in February is the plan's March, b79 #15).
_PARTICIPLES = frozenset("decided discussed presented".split())
_PASSIVE_AHEAD = frozenset("will shall be being is are to".split())
_FUTURE = frozenset("ska skall kommer tankt planerar hinner will shall going wondering plan planning".split())
_WAS = re.compile(r"\bvar\b")
_TIME_WORDS = {*MONTHS, *_SEASONS, "ar", "aret", "year", "manad", "manaden", "month", "jul", "julen", "christmas",
               "vecka", "veckan", "week", "veckor", "weeks", "nyar", "nyaret", "arsskiftet", "imorgon", "morgon",
               "tomorrow", "overmorgon"}
_PARTS = {"borjan": (1, 10), "mitten": (11, 20), "slutet": (21, 31), "early": (1, 10), "beginning": (1, 10),
          "mid": (11, 20), "middle": (11, 20), "late": (21, 31), "end": (21, 31)}
_THIS = {"den", "har", "denna", "this", "i", "innevarande"}
_YEAR_LEADS = {"i", "nasta", "detta", "kommande", "samma", "forra"}
_NEXT_WORDS = {"nasta", "next", "kommande", "coming"}
_LAST_WORDS = {"forra", "last", "forgangna", "previous"}
# A name's first word is capitalised anyway when it starts the message; these words start questions
# and are never names.
_STARTERS = frozenset("""kan far ska skall har ar e vad va vem vilka vilken vilket hur nar var vart varfor ingar finns
blir jag vi ni de dom det den du man hej hejsan hallo tack och men sa ok okej nu undrar fraga galler sitter
is are does do did can could will would what who whom how when where which why hi hello hey thanks please
the my our we i so ok and but was were has have had should shall wasn isn aren doesn don didn weren hasn haven
wasnt isnt arent doesnt dont didnt werent hasnt havent
min mitt mina din ditt dina var vart vara er ert era hans hennes deras sin sitt sina mine your their its
""".split())
# Capitalised because they start a sentence or are shouted, never an organisation's or a person's name:
# greetings, interjections and dialect ("Hörru, nä kommer remissen ut?"), sign-offs, verbs and adverbs a
# sentence starts with ("… förra året? Behöver det till en rapport"), words written in capitals for
# emphasis ("vad som INTE ändras"), a municipality's own bodies by their letters ("KS", "KF").
_NOT_NAME_WORDS = frozenset("""horru hordu horni hor hallaa halloj hallaj hallojsan tjena tjenare tjenixen tjabba tja
tjo tjohej hejsan hejhej yo hey hiya heya howdy greetings dear asså assa alltsa jaha jasa jaa jo ja nej na naa nae
aha oj ojdå ojda oh hmm hm mm mmm ah aa ahh ursakta forlat snalla mvh halsningar halsning vanligen godmorgon
godmiddag goddag godkvall morrn morron mornin tackar tusen btw obs ps sorry well anyway ehh eh
behover vill maste tror tycker vet undrar kolla titta skicka glom saknar finns funkar fungerar hinner borde
inte aldrig alltid alla bara hela innan efter snabbt viktigt akut bradskande snabbfraga fraga kort mycket
not never all only urgent important quick asap
god gott goda glad glatt glada trevlig trevligt trevliga merry happy jul julen nytt helg helgen pask midsommar
fortsattning morgon kvall christmas xmas easter holidays season seasons new year
ks kf au ksau kfau rus
nagon nagot nagra nan nat ingen inget inga somebody someone anyone nobody""".split())
# A lone capitalised word opening a sentence and followed straight (no comma) by a pronoun, an article or
# "som"/"att" is a verb put first ("Känns som en formalitet", "Fick vi …", "Fick en inbjudan", "Skrev fel
# kommun"): a name is followed by its verb or a comma ("Västerås är med?", "Västerås, är de med?"), so no
# list of verbs is needed.
_VERB_FIRST = re.compile(r"[ \t]+(?:som|att|det|den|de|dom|vi|ni|jag|du|man|han|hon|en|ett|fel|inte|nog|ju|"
                         r"n[aå]t|n[aå]got|n[aå]gon|n[aå]gra|ingen|inget|inga|mig|oss|dem|the|a|an|it|we|you|they|"
                         r"me|us)\b")
# A consultation asked why it is long or runs to September.
# A person named by their office in its definite form, opening a sentence ("Kommunalrådet önskar veta …",
# "Kommunchefen undrar …"): someone in the asker's own organisation, not a body asked about.
_TITLE_ENDINGS = ("radet", "chefen", "ordforanden", "direktoren", "sekreteraren", "handlaggaren", "strategen")
# Words that make a capitalised name an organisation rather than a person.
_ORG_SUFFIXES = ("kommun", "region", "stad", "universitet", "hogskola", "lan", "forbund", "kammare", "kammaren",
                 "myndighet", "verket", "styrelsen", "kassan", "formedlingen", "bolag", "ab", "foreningen",
                 "forening", "council", "university", "agency", "board", "chamber", "company", "association")
# Words that cannot be the organisation a membership question asks about.
_NOT_NAMES = frozenset("""vi ni de dom jag du man den det dessa alla vilka hela nagon nagra alla andra fler
egentligen ocksa nu an alls har idag verkligen da ju bara redan fortfarande dar totalt sammanlagt exakt just ens
kommunerna kommuner regionen lanet politikerna politiker tjanstepersoner tjanstepersonerna foretagen naringslivet
we you they it who which all any everyone somebody someone there this that the a an
samma same egen eget own separat separate
mellan between skillnad skillnaden difference forankring forankringen anchoring
inte int ej icke not jamfort jamforelsevis compared tillsammans overens
bade both antingen either varken neither""".split())
# (The negations and "jämfört med": "Vilka kommuner är inte med?" had named "Inte" a stranger, "Nej, **Inte** …";
# "Är ledtiderna ovanligt korta jämfört med tidigare?" named "Ledtiderna ovanligt korta jämfört", b85 #65.)
_MEMBERSHIP = re.compile(
    r"(?<!vad )(?<!va )(?<!vem )(?<!hur )(?<!what )(?<!who )(?<!how )(?<!vilken )(?<!vilket )"
    r"\b(?:ar|e|ingar|sitter|finns|kommer|is|are)\s+(?:the\s+)?(?P<x>[a-z]+(?:\s+[a-z]+){0,3}?)\s+"
    r"(?:ocksa\s+|ens\s+|aven\s+|verkligen\s+|also\s+|really\s+)?"
    r"(?:med\b|en del av|del av|medlem|medlemmar|i partnerskapet|remissinstans|a member|members|part of|"
    r"in the partnership|included|a respondent|respondents)")
_MEMBERSHIP_END = re.compile(r"(?<!vilka )(?<!vilken )(?<!vilket )(?<!which )\b(?:ingar|ingick|includes?)\s+"
                             r"(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s*(?:\?|$|\.)")
_MEMBERSHIP_FRONT = re.compile(r"^(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s*[,:–-]?\s+(?:ar|e|is|are)\s+(?:de|dom|den|det|"
                               r"ni|they|it)\s+(?:ocksa\s+|verkligen\s+|also\s+|really\s+)?(?:med|members?|included|"
                               r"part of)\b")
_RECEIVES = re.compile(r"\b(?:far|gets?|receives?)\s+(?:the\s+)?(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s+"
                       r"(?:ocksa\s+|also\s+)?(?:remissen|remiss|the consultation)")
# Prepositions and adverbs a sentence may start with before a name ("Från Länsstyrelsen: …", "Bara
# partnerskapet …?"): never part of the name, so a member named after one stays that member.
# Titles and roles of people ("KSO", "KS-ordförande", "kommunchefen", "regionrådet"): never an organisation's name,
# whatever the capitals ("Vår KSO undrar …" asks for the chair, not about a body called KSO).
_TITLE_WORDS = frozenset("""kso ksordf ksordforande ksordforanden ks kf kfo kfordforande rs rf0 ordf ordforande
ordforanden namndordforande namndordforanden kommunchef kommunchefen kommundirektor kommundirektoren
forvaltningschef forvaltningschefen regionrad regionradet kommunalrad kommunalradet oppositionsrad oppositionsradet
regiondirektor regiondirektoren chef chefen vd ceo mayor chair chairman chairperson councillor""".split())
_LEAD_WORDS = frozenset("""fran hos pa for av till om bara endast aven ocksa inom utanfor enligt via genom vi ni
from at for only also just within via""".split())
# Adverbs that sit between a membership question's subject and its verb ("är universitetet verkligen med?").
# Concepts for the process's steps and spans: a word naming one is no organisation's name.
_STEP_CONCEPTS = frozenset({"MEETING", "CONSULT", "WRITE", "PHASE", "DAYS", "DURATION", "TIMELINE"})
# Sweden's other regions, by the county's name (as typed, with or without å/ä/ö): "region värmland" is not the
# region of this process, whose "region" the lexicon reads as a member.
OTHER_REGIONS = ("stockholm", "uppsala", "sörmland", "sormland", "östergötland", "ostergotland", "jönköpings län",
                  "jonkopings lan", "kronoberg", "kalmar län", "kalmar lan", "gotland", "blekinge", "skåne", "skane",
                  "halland", "västra götaland", "vastra gotaland", "värmland", "varmland", "dalarna", "gävleborg",
                  "gavleborg", "västernorrland", "vasternorrland", "jämtland härjedalen", "jamtland harjedalen",
                  "jämtland", "jamtland", "västerbotten", "vasterbotten", "norrbotten", "västmanland", "vastmanland")
_OTHER_REGION = re.compile(r"\bregion(?:en)?\s+(" + "|".join(sorted(OTHER_REGIONS, key=len, reverse=True)) + r")\b",
                           re.IGNORECASE)
_OWN_REGION = re.compile(r"\bregion(?:en)?\s+orebro\b")
_HEDGES = frozenset("""verkligen faktiskt egentligen ocksa aven fortfarande redan ens val nu da ju formellt officiellt
actually really also still even indeed truly officially formally now then itself themselves sjalv sjalva""".split())
_UPPER = re.compile(r"[A-ZÅÄÖ]")
# An acronym joined to a word in lower case ("IT-projekt", "EU-medel"); "RF-SISU" and "FN-förbundet" are names.
_ACRONYM_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,5}-[a-zåäö]+$")
# Concepts of the verbs membership questions are made with ("är X med", "ingår X", "får X remissen").
_MEMBER_VERBS = frozenset({"IS", "MED", "MEMBER", "RECEIVE", "RESPOND"})
_ORIGINAL_WORD = re.compile(r"[^\W\d_]+|[0-9]+")
_NUMBERS = tuple((n, f"N{n}") for n in (1, 2, 3, 4, 5))
_GLUED_PHASE = re.compile(r"\b(?:fas|phase)(\d)\b")     # "fas2"

# What a name compared with comes after ("samma som i IT-projekt", "like in Agile projects").
_COMPARED_WITH = re.compile(r"\b(?:samma(?: sak)? som|likadant som|precis som|same as|like|similar to)"
                            r"(?:\s+(?:i|pa|vid|in|at|for))?\s*$")

# Written forms of a glossary term that its `terms` list does not have (folded): the definite form, and the word
# glued to "RUS" as partners write it ("RUS-översynen" folds to one word).
_TERM_FORMS: dict[str, tuple[str, ...]] = {
    "oversyn": ("oversynen", "rusoversyn", "rusoversynen"),
}


# What is to be updated, as decided ("bestämt vad som ska uppdateras", "decided what to update"): phase 1's outcome.
_WHAT_TO_UPDATE = re.compile(r"\bvad (?:som )?(?:ska|skall|behover) (?:\w+ )?(?:uppdateras|andras|ses over)\b|"
                             r"\bwhat (?:to update|to change|(?:is|should be|will be) (?:\w+ )?(?:updated|changed))\b")


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date
    month: int | None = None        # the period is this whole month
    day: bool = False               # the period is one day
    week: bool = False              # the period is one week, Monday to Sunday
    after: dt.date | None = None    # "efter 11 mars": the period runs from the day after this one
    since: bool = False             # "sedan i vintras": from a time gone by up to today, the day asked


@dataclass
class Entities:
    organisations: list[Organisation] = field(default_factory=list)
    unknown_name: str | None = None          # an organisation's name the process file does not know
    person: str | None = None                # a person's name ("Anna Andersson"): the material names nobody
    kind: str | None = None                  # an organisation kind ("kommun")
    role: Role | None = None
    roles: list[Role] = field(default_factory=list)
    phase_index: int | None = None           # 0-based index in process.phases
    phase_number: int | None = None          # a number asked for, even one the file does not have
    period: Period | None = None
    anchor: TimelineItem | None = None       # "efter remissen": the item a question is relative to
    concepts: set[str] = field(default_factory=set)
    items_on_day: list[TimelineItem] = field(default_factory=list)
    meetings_on_day: list[Meeting] = field(default_factory=list)
    terms: list[GlossaryEntry] = field(default_factory=list)   # glossary words named, in the question's order
    membership: bool = False                 # shaped like "är X med i …?", "ingår X …?", "får X remissen?"


def meeting_day(meeting: Meeting) -> dt.date:
    if meeting.start is not None:
        return meeting.start.astimezone(STOCKHOLM).date()
    assert meeting.date is not None
    return meeting.date


def on_day(item: TimelineItem, day: dt.date) -> bool:
    return any(d is not None and d.is_exact and d.earliest == day for d in (item.date, item.start, item.end))


def _back_from_summer(words: list[str], n: int, today: dt.date) -> bool:
    """"Tillbaka efter semestern – var är vi nu?", "back after the summer": asked in late summer, the holiday is
    behind the asker, who is back now; it names no time asked about (b61 #70)."""
    # ("tillbaka från semestern", "back from the summer": "från" after "tillbaka" says the same, b73 #40.)
    return (words[n] in _SUMMER_WORDS and today.month in (7, 8, 9) and _previous(words, n) in (
        _AFTER | {"fran", "from"}) and any(w in _BACK_FROM for w in words[max(0, n - 4):n]))


def _previous(words: list[str], n: int) -> str:
    """The word before words[n], looking past an article ("after the summer")."""
    k = n - 1
    while k >= 0 and words[k] == "the":
        k -= 1
    return words[k] if k >= 0 else ""


def _previous_bound(words: list[str], n: int) -> str:
    """As _previous, but "fram till sommaren", "up to the summer" read as "until": the span from today to it,
    not the season itself ("till sommaren" alone is "for the summer")."""
    prev = _previous(words, n)
    if prev in ("till", "to"):
        k = n - 1
        while k >= 0 and words[k] != prev:
            k -= 1
        if k > 0 and words[k - 1] in ("fram", "up", "alltifran"):
            return "until"
    return prev


_SINCE = {"sedan", "sen", "since"}


def _since(words: list[str], n: int) -> bool:
    """"sedan i vintras", "sen vintern", "since last winter": a time from which to now, not the time itself."""
    k = n - 1
    while k >= 0 and words[k] in ("i", "in", "the", "last", "forra", "forsta"):
        k -= 1
    return k >= 0 and k >= n - 3 and words[k] in _SINCE


def _month_period(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), month=month)


def _stands_for(words: list[str]) -> bool:
    """"Vad står KC/RD för?", "what does RF stand for": a word's meaning asked around the word."""
    if "for" not in words:
        return False
    for n, w in enumerate(words):
        if w in ("star", "stand", "stands") and "for" in words[n + 1:n + 4]:
            return True
    return False


# Names joined in one candidate ("Almi och Kumla", "Almi, Kumla").
_NAMES_JOINED = re.compile(r"\s*,\s*|\s+(?:och|and|&|samt)\s+", re.IGNORECASE)


class EntityRules:
    """Built once per process file; `find` is cheap."""

    def __init__(self, process: Process) -> None:
        self.process = process
        self._roles = {r.id: r for r in process.roles}
        self._orgs = {o.id: o for o in process.organisations}
        self._phase_index = {p.id: n for n, p in enumerate(process.phases)}
        self.partnership_role = self._find_partnership_role()
        concepts: dict[str, list[str]] = {k: list(v) for k, v in CONCEPTS.items()}
        self._org_single: dict[str, str] = {}
        self._org_phrases: dict[str, str] = {}
        self._add_names(concepts)
        self.matcher = ConceptMatcher(concepts, one_typo=True)
        self.write_phase = self._find_phase(("skriv", "writ"))
        years = sorted({d.year for i in process.timeline for d in (i.date, i.start, i.end) if d is not None})
        self._plan_years = years
        # The days the file dates a timeline item or a meeting on, exactly, with what is on each (in the file's order):
        # what `on_day` and `meeting_day` would find scanning the whole file for a day a question names (the file is
        # frozen).
        self._items_by_day: dict[dt.date, list[TimelineItem]] = {}
        for item in process.timeline:
            for day in dict.fromkeys(d.earliest for d in (item.date, item.start, item.end)
                                     if d is not None and d.is_exact):
                self._items_by_day.setdefault(day, []).append(item)
        self._meetings_by_day: dict[dt.date, list[Meeting]] = {}
        for meeting in process.deployment.meetings:
            self._meetings_by_day.setdefault(meeting_day(meeting), []).append(meeting)
        # Glossary terms as word sequences, longest first so that "politisk förankring" wins over
        # "förankring" and "fas 1" over "fas".
        terms = sorted(((tuple(tokens(fold(term))), entry) for entry in process.glossary for term in entry.terms
                        if tokens(fold(term))), key=lambda pair: -len(pair[0]))
        # Forms of a term the glossary does not list: "översynen", "RUS-översynen" (one glued word) name "översyn".
        forms = [((form,), entry) for term, entry in terms if len(term) == 1
                 for form in _TERM_FORMS.get(term[0], ()) if (form,) not in {t for t, _ in terms}]
        self._terms_by_first: dict[str, list[tuple[tuple[str, ...], GlossaryEntry]]] = {}
        for term, entry in [*terms, *forms]:
            self._terms_by_first.setdefault(term[0], []).append((term, entry))

    # -- names from the process file -----------------------------------------------------------------
    def _find_partnership_role(self) -> str | None:
        name = fold(self.process.partnership.name.sv)
        return next((r.id for r in self.process.roles if fold(r.name.sv) == name), None)

    def _find_phase(self, stems: tuple[str, ...]) -> int | None:
        for item in self.process.timeline:
            words = fold(f"{item.name.sv} {item.name.en or ''}")
            if item.phase and any(s in words for s in stems):
                return self._phase_index[item.phase]
        return None

    @staticmethod
    def _name_words(*names: str | None) -> list[str]:
        words: list[str] = []
        for name in names:
            if name:
                words += [w for w in tokens(fold(name)) if w not in NAME_STOP and len(w) >= 2 and not w.isdigit()]
        return words

    def _add_names(self, concepts: dict[str, list[str]]) -> None:
        org_words: dict[str, set[str]] = {}
        for org in self.process.organisations:
            for w in self._name_words(org.name):
                org_words.setdefault(w, set()).add(org.id)
        for org in self.process.organisations:
            whole = tokens(fold(org.name))
            spaced = tokens(fold(org.name.replace("-", " ").replace("/", " ")))
            terms: list[str] = []
            if len(whole) == 1:
                self._org_single[whole[0]] = org.id
                terms.append(whole[0])
            else:
                self._org_phrases[" ".join(whole)] = org.id
                terms.append(" ".join(whole))
            if len(spaced) > 1:
                terms.append(" ".join(spaced))
                self._org_phrases[" ".join(spaced)] = org.id
            if len(whole) > 1:
                # The genitive: "Region Örebro läns politiker".
                genitive = " ".join([*whole[:-1], whole[-1] + "s"])
                terms.append(genitive)
                self._org_phrases[genitive] = org.id
            for w in self._name_words(org.name):
                if org_words[w] == {org.id}:
                    terms += [w, *NAME_SYNONYMS.get(w, [])]
            concepts[f"ORG:{org.id}"] = terms
            concepts.setdefault(f"KIND:{org.kind}", [org.kind, *NAME_SYNONYMS.get(org.kind, [])])
        role_words: dict[str, set[str]] = {}
        per_role: dict[str, list[str]] = {}
        for role in self.process.roles:
            words = self._name_words(role.name.sv, role.name.en, role.id.replace("-", " "))
            per_role[role.id] = words
            for w in set(words):
                role_words.setdefault(w, set()).add(role.id)
        for role in self.process.roles:
            concepts[f"ROLE:{role.id}"] = [t for w in per_role[role.id] if role_words[w] == {role.id}
                                           for t in (w, *NAME_SYNONYMS.get(w, []))]

    # -- finding them ---------------------------------------------------------------------------------
    def find(self, text: str, today: dt.date, folded: str | None = None, all_words: list[str] | None = None
             ) -> Entities:
        """`folded` and `all_words`: `fold(text[:2000])` and its `tokens`, when the caller has them already (the
        engine reads the same message's words again after this)."""
        text = text[:2000]
        if folded is None:
            folded = fold(text)
        words = (tokens(folded) if all_words is None else all_words)[:80]
        c = self.matcher.text(words)
        if _stands_for(words):
            c = c | {"DEFINE"}
        e = Entities(concepts=c)
        e.roles = [self._roles[k[5:]] for k in sorted(k for k in c if k.startswith("ROLE:"))]
        if len(e.roles) > 1 and "?" in text:
            # "Hi, I'm new at Karlskoga kommun … What is the partnership supposed to do?": the role the question
            # names, not the one the asker introduces themselves with.
            asked_c = self.matcher.text(tokens(fold(" ".join(x for x in re.split(r"(?<=[.?!])\s+", text) if "?" in x))))
            in_question = [r for r in e.roles if f"ROLE:{r.id}" in asked_c]
            if in_question and len(in_question) < len(e.roles):
                e.roles = in_question + [r for r in e.roles if r not in in_question]
                e.roles = e.roles[:len(in_question)] if len(in_question) == 1 else e.roles
        named = [r for r in e.roles if r.id != self.partnership_role]
        e.role = named[0] if named else (e.roles[0] if e.roles else None)
        if e.role is None and "PARTNERSHIP" in c and self.partnership_role is not None:
            e.role = self._roles[self.partnership_role]
        organisations = self._organisations_in(c, words)
        # The kind named first ("kommunerna … eller bara regionen" is about the municipalities); the
        # concepts are a set, so without an order the answer would follow Python's hash seed.
        def named_at(kind: str) -> tuple[int, str]:
            return next((n for n, w in enumerate(words) if w.startswith(kind)), len(words)), kind

        kinds = sorted((k[5:] for k in c if k.startswith("KIND:")), key=named_at)
        e.kind = kinds[0] if kinds else None
        # The costlier readings only where they can find something: a capital letter after the first,
        # or a verb a membership question is made with.
        name, name_words, person = self._candidate_name(text[:500]) if _UPPER.search(text, 1) else (None, [], False)
        may_be_member = bool(c & _MEMBER_VERBS)
        # The membership patterns read once: the person check, the subject and e.membership below all ask them
        # (the "front" pattern is asked only when the first two find nothing, as each of them did).
        member = (_MEMBERSHIP.search(folded) or _RECEIVES.search(folded)) if may_be_member else None
        front = _MEMBERSHIP_FRONT.search(folded.strip()) if may_be_member and member is None else None
        if person and may_be_member and member:
            person = False          # "sitter Svenskt Näringsliv med?": an organisation, whatever it looks like
        if name is None and may_be_member:
            # "är Örebro läns museum med?": a name in lower case, or one around a member's name.
            subject = self._membership_subject(text, folded, member, front)
            if subject is not None:
                name, name_words = subject, tokens(fold(subject))
        if (name is None or not fold(name).startswith("region")) and (
                other := _OTHER_REGION.search(text[:500])) and not _OWN_REGION.search(folded):
            # "deltar region värmland?", "is region Västmanland involved?": another county's region, whatever its
            # case – its "region" had been read as Region Örebro län ("Ja, Region Örebro län är med").
            name = "Region " + " ".join(w[:1].upper() + w[1:] for w in other.group(1).lower().split())
            name_words, person = tokens(fold(name)), False
        stranger_beside = None
        if name is not None and person:
            e.person = name
        elif name is not None:
            if organisations and _NAMES_JOINED.search(name):
                # "Almi och Kumla": two names read as one – the member's stays a member, the other is the name
                # not known (else "Nej, Almi och Kumla är inte med" would deny a member).
                pieces = [x.strip() for x in _NAMES_JOINED.split(name) if x.strip()]
                unknown = [x for x in pieces if not any(self._names_member(o, tokens(fold(x))) for o in organisations)]
                if len(unknown) < len(pieces):
                    name = " och ".join(unknown) if unknown else None
                    name_words = tokens(fold(name)) if name else []
                    stranger_beside = name
            # "Region Värmland": the word that matched Region Örebro län is part of another name.
            organisations = [o for o in organisations if not self._only_inside(o, words, name_words)]
        if not organisations and "OUT" not in c:
            e.unknown_name = name if name is not None and not person else None
            if e.unknown_name is not None and e.kind is not None:
                kind_words = {e.kind, *(fold(w).rstrip("=") for w in NAME_SYNONYMS.get(e.kind, []))}
                if fold(e.unknown_name) in kind_words:
                    e.unknown_name = None       # "är regionen med?" names a kind, not an organisation
                elif kind_words & set(tokens(fold(e.unknown_name))):
                    e.kind = None               # "Region Värmland" is a name, not the kind "region"
            if e.unknown_name is not None and _COMPARED_WITH.search(
                    f"{folded} ".split(fold(e.unknown_name))[0][-30:] if fold(e.unknown_name) in folded else ""):
                e.unknown_name = None           # "samma som i IT-projekt": a comparison, not a body asked about
        elif stranger_beside is not None:
            e.unknown_name = stranger_beside    # beside the member named with it
        e.organisations = organisations
        e.membership = may_be_member and (bool(member or front) or bool(
            {"ingar", "ingick", "medlem", "medlemmar"} & set(words)))
        self._phase(e, words, c)
        if (c & _TIME_CONCEPTS) or _TIME_WORDS.intersection(words) or any(map(str.isdigit, folded)):
            # ("Vad var kommunernas skäl till att vilja ha remissen ända till september?": the plan's September)
            strong = _PAST_VERBS.intersection(words)
            if strong and strong <= _PARTICIPLES and _PASSIVE_AHEAD.intersection(words):
                strong = frozenset()
            past = bool(strong) or bool(
                (_WEAK_PAST.intersection(words) or _WAS.search(text.lower())) and not _FUTURE.intersection(words)
                and "CONSULT" not in c)
            e.period = self._period(folded, words, today, past)
        if e.period is not None and e.period.day:
            e.items_on_day = list(self._items_by_day.get(e.period.first, ()))
            e.meetings_on_day = list(self._meetings_by_day.get(e.period.first, ()))
        e.anchor = self._anchor(words, c, e)
        e.terms = self._glossary_terms(words)
        return e

    def _glossary_terms(self, words: list[str]) -> list[GlossaryEntry]:
        """The glossary's entries a message names, in its order; at each word the longest term wins."""
        found: list[GlossaryEntry] = []
        n = 0
        by_first = self._terms_by_first
        if by_first.keys().isdisjoint(words):
            return found
        while n < len(words):
            step = 1
            for term, entry in by_first.get(words[n], ()):
                if tuple(words[n:n + len(term)]) == term:
                    if all(entry is not other for other in found):
                        found.append(entry)
                    step = len(term)
                    break
            n += step
        return found

    def _phase(self, e: Entities, words: list[str], c: set[str]) -> None:
        numbers = [n for n, number in _NUMBERS if number in c]
        joined = " ".join(words)
        glued = _GLUED_PHASE.findall(joined) if ("fas" in joined or "phase" in joined) else []
        if glued:
            numbers = [int(glued[0])]
        if "PHASE" in c or glued:
            if len(numbers) == 1:
                e.phase_number = numbers[0]
                if numbers[0] <= len(self.process.phases):
                    e.phase_index = numbers[0] - 1
                return
        if "PHASE" in c and {"sista", "last", "final"} & set(words) and self.process.phases:
            e.phase_index = len(self.process.phases) - 1
            e.phase_number = e.phase_index + 1
        elif "UPDWHAT" in c and self.process.phases:
            e.phase_index, e.phase_number = 0, 1
        elif "WRITE" in c and self.write_phase is not None:
            e.phase_index = self.write_phase

    def _organisations_in(self, concepts: set[str], words: list[str]) -> list[Organisation]:
        ids = [k[4:] for k in concepts if k.startswith("ORG:")]
        if not ids:
            return []
        joined = f" {' '.join(words)} "
        in_phrases = {pid for phrase, pid in self._org_phrases.items() if f" {phrase} " in joined}
        phrase_words = {w for phrase in self._org_phrases if f" {phrase} " in joined for w in phrase.split()}
        keep = []
        for oid in ids:
            single = next((w for w, o in self._org_single.items() if o == oid), None)
            if single is not None and single in phrase_words and oid not in in_phrases:
                continue
            if single is not None and self._part_of_another(single, oid, ids, words):
                continue
            at = [n for n, w in enumerate(words) if w == single]
            if at and all(n + 1 < len(words) and words[n + 1] in ("lan", "lans") for n in at):
                continue        # "RF-SISU Örebro län", "hur många bor i Örebro län?": the county, not the municipality
            keep.append(self._orgs[oid])
        order = {o.id: n for n, o in enumerate(self.process.organisations)}
        return sorted(keep, key=lambda o: order[o.id])

    def _part_of_another(self, single: str, oid: str, ids: list[str], words: list[str]) -> bool:
        """"Örebro University": "Örebro" is the university's, not the municipality's."""
        for n, w in enumerate(words[:-1]):
            if w == single:
                if words[n + 2:n + 3] in (["lan"], ["lans"]):
                    continue        # "RF-SISU Örebro län": the county where it is, not another member
                following = self.matcher.word(words[n + 1])
                if any(f"ORG:{other}" in following for other in ids if other != oid):
                    return True
        return False

    def _names_member(self, org: Organisation, piece: list[str]) -> bool:
        """Whether a piece of a name names `org` itself ("Kumla"), not as a word of another name ("Region Värmland")."""
        return any(f"ORG:{org.id}" in self.matcher.word(w) for w in piece) and not self._only_inside(org, piece, piece)

    def _only_inside(self, org: Organisation, words: list[str], name_words: list[str]) -> bool:
        """Every word of the question that names `org` is a word of another, unknown name."""
        naming = [w for w in words if f"ORG:{org.id}" in self.matcher.word(w)]
        if not naming:
            return False
        joined = f" {' '.join(words)} "
        if any(f"ORG:{org.id}" in found and f" {phrase} " in joined for phrase, found in self.matcher.phrases.items()):
            return False            # "Chamber of Commerce": a phrase of its own names it
        full = " ".join(tokens(fold(org.name)))
        if [w for w in name_words if w not in NAME_STOP] == tokens(fold(org.name)):
            return False            # "RF-SISU Örebro län": the member, with where it is
        if org.kind == "kommun" and [w for w in name_words if w not in NAME_STOP and w not in (
                "kommun", "kommuns", "stad", "stads", "municipality")] == [
                w for w in tokens(fold(org.name)) if w not in NAME_STOP]:
            return False            # "Örebro stad", "Askersunds kommun": the member municipality, by another word
        own = tokens(fold(org.name))
        if org.kind != "kommun" and [w for w in name_words if w not in NAME_STOP][:len(own)] == own:
            # "Handelskammaren Mälardalen", "Länsstyrelsen i Örebro län": the member, by a fuller name than the
            # material's. A name that starts with a place ("Örebro läns museum") is another organisation.
            return False
        if f" {full} " in f" {' '.join(name_words)} ":
            return True             # "Kommunförbundet Örebro län" holds "Örebro"
        if f" {full} " in f" {' '.join(words)} " and len(full.split()) > 1:
            return False
        return all(w in name_words for w in naming)

    def _names_something(self, word: str) -> bool:
        """A word the process file or the lexicon knows as such: a name's word, or a whole term (not a
        prefix or a typo of one: "Arbetsförmedlingen" is not "arbetsform…")."""
        if word in self.matcher.exact:
            return True
        # An inflection of a name's word ("kommunens", "Kumlas"), not a compound that starts with one
        # ("Kommunförbundet" is not "kommun").
        for length in range(len(word) - 1, max(len(word) - 4, 3), -1):
            found = self.matcher.prefix.get(word[:length], set())
            if any(c.startswith(("ORG:", "ROLE:", "KIND:")) for c in found):
                return True
        return False

    def _names_a_step(self, word: str) -> bool:
        """A word that names a step, a meeting or a time span of the process in some inflection or dialect
        form ("avstämninga", "remissa", "skrivfasen", "kvar"): never part of an organisation's name."""
        found = self.matcher.exact.get(word) or set()
        if not found:
            for length in range(len(word) - 1, max(len(word) - 3, 4), -1):
                found = self.matcher.prefix.get(word[:length], set())
                if found:
                    break
        return bool(found & _STEP_CONCEPTS) and not any(c.startswith(("ORG:", "ROLE:", "KIND:")) for c in found)

    def _candidate_name(self, text: str) -> tuple[str | None, list[str], bool]:
        """A capitalised name in the question that the process file does not know ("Västerås",
        "Region Värmland", "Anna Andersson"): (the name, its folded words, whether it is a person's)."""
        for match in _CAPITALISED.finditer(text):
            name = match.group(1)
            before = text[:match.start()]
            # (A line break starts a sentence too: "Hej,\nKommunalrådet önskar …".)
            at_start = match.start() == 0 or not before.strip() or before.rstrip()[-1:] in ".!?:" or (
                "\n" in before[len(before.rstrip()):])
            if at_start:
                first, _, rest = name.partition(" ")
                folded_first = tokens(fold(first))
                if not folded_first or folded_first[0] in _STARTERS or folded_first[0] in _NOT_NAME_WORDS or (
                        self._names_something(folded_first[0]) and not rest) or (
                        not rest and _VERB_FIRST.match(text, match.end())) or (
                        not rest and folded_first[0].endswith(_TITLE_ENDINGS)):
                    name = rest
            while name and (tokens(fold(name.partition(" ")[0])) or [""])[0] in _LEAD_WORDS:
                name = name.partition(" ")[2]
            if not name:
                continue
            words = tokens(fold(name))
            if not words or any(w in MONTHS for w in words) or all(w in _NOT_NAME_WORDS for w in words):
                continue
            if all(w in _TITLE_WORDS or len(w) == 1 for w in words):
                continue        # "KSO", "KSO:n", "Kommundirektören": a person's title, not an organisation
            if " " not in name and _ACRONYM_COMPOUND.match(name) and not fold(name.partition("-")[2]).startswith(
                    _ORG_SUFFIXES):
                continue        # "IT-projekt", "EU-stöd": a common noun glued to an acronym, not a name
            known = [w for w in words if self._names_something(w) or w in NAME_STOP]
            if len(known) == len(words):
                continue
            if " ".join(words) in self._org_phrases:
                continue
            if known and words[0] in known and len(words) == 1:
                continue
            is_org = any(w.startswith(_ORG_SUFFIXES) or w.endswith(_ORG_SUFFIXES) for w in words)
            person = not is_org and not known and 2 <= len(words) <= 3 and all(len(w) >= 2 for w in words)
            return name, words, person
        return None, [], False

    def _membership_subject(self, text: str, folded: str, member: re.Match[str] | None,
                            front: re.Match[str] | None) -> str | None:
        """The organisation a membership question asks about when it is not capitalised
        ("är arbetsförmedlingen med i partnerskapet?"), or None. `member`: the match of _MEMBERSHIP or else
        _RECEIVES in `folded`; `front`: of _MEMBERSHIP_FRONT in it, when `member` is None (find has read them)."""
        match = member or _MEMBERSHIP_END.search(folded) or front
        if match is None:
            return None
        # "is the university actually a member?": the adverb is no part of the name.
        subject = [w for w in match.group("x").split() if w not in _HEDGES]
        content = [w for w in subject if w not in NAME_STOP]
        if not content or any(w in _NOT_NAMES or w in _STARTERS or w in MONTHS or len(w) < 3 for w in subject) or all(
                w in _TITLE_WORDS for w in content):
            return None         # ("sitter KS-ordföranden i partnerskapet?": a person's title, not an organisation)
        if all(self._names_something(w) for w in content):
            return None         # "är Kumla kommun med?": a member, named
        if any(self._names_a_step(w) for w in content):
            return None         # "e dä kvar till avstämninga med …": a step, in any form, is no organisation
        if any(self._names_something(w) and w not in self._org_single for w in content) and len(content) == 1:
            return None
        # The words as typed, for the answer ("arbetsförmedlingen" → "Arbetsförmedlingen").
        originals = _ORIGINAL_WORD.findall(text.lower())
        typed = [o for o in originals if fold(o) in subject]
        name = " ".join(typed[:len(subject)]) if len(typed) >= len(subject) else " ".join(subject)
        return name[:1].upper() + name[1:]

    def _anchor(self, words: list[str], c: set[str], e: Entities) -> TimelineItem | None:
        wordset = set(words)
        over = {"slut", "over", "klar", "klart", "stangd", "stangt", "avslutad", "ended", "closed", "done", "finished"}
        if not ({"efter", "after"} & wordset or (({"nar", "when", "now"} & wordset) and over & wordset)):
            return None
        if e.items_on_day:
            return e.items_on_day[-1]
        kinds = []
        if "MEETING" in c:
            kinds.append("meeting")
        if "CONSULT" in c:
            kinds.append("consultation")
        if "WRITE" in c:
            kinds.append("step")
        if len(kinds) > 1 and (near := _kind_at_anchor_word(words, over)) in kinds:
            # "Remissen är slut nu. Vad händer härnäst, hur lång tid tar skrivfasen?": the step that is over
            # (or named after "efter") is the anchor, not whichever named step comes first in the plan (b74 #81).
            kinds = [near]
        for item in self.process.timeline:
            if item.kind in kinds and (item.kind != "step" or ("WRITE" in c and "skriv" in fold(item.name.sv))):
                return item
        if kinds:
            return None
        if "DECIDE" in c and _WHAT_TO_UPDATE.search(" ".join(words)):
            # "vad händer efter att man bestämt vad som ska uppdateras?": what is updated is decided in phase 1,
            # checked with the partnership at the check-in – not the council's decision at the end (b78 #7).
            return next((i for i in self.process.timeline if i.kind == "meeting"), None)
        # "vad händer efter RF?", "after the council's decision?": the decision item that names the body asked
        # about (its name in the item's own text), read only when no meeting, consultation or writing was named.
        for item in self.process.timeline:
            if item.kind == "decision" and ("DECIDE" in c or any(
                    fold(r.name.sv) in fold(f"{item.name.sv} {item.text.sv}") for r in e.roles)):
                return item
        return None

    # -- time ---------------------------------------------------------------------------------------
    def _year_for_month(self, month: int, today: dt.date, words: list[str] = (),  # type: ignore[assignment]
                        past: bool = False) -> int:
        """The year a month without one means: asked in the past tense, or the month just gone ("vad händer i
        december?" in January), the latest one before now; else the year of an item the question names in that
        month ("vad sa KC/RD i december?": December 2020), else this year's, unless the plan lies in another
        year and has something then (asked in 2022 about "juni", the plan's June 2021 is meant)."""
        if past or month == (today.month - 2) % 12 + 1:
            return today.year if month <= today.month else today.year - 1
        candidates = [today.year, *self._plan_years]
        asked = {w for w in words if len(w) >= 3} - _TIME_WORDS - set(MONTHS)
        for year in candidates:
            period = _month_period(year, month)
            for item in self.process.timeline:
                said = set(tokens(fold(f"{item.name.sv} {item.id}")))
                if asked & said and self._overlaps(item, period):
                    return year
        for year in candidates:
            period = _month_period(year, month)
            if any(self._overlaps(i, period) for i in self.process.timeline):
                return year
        return today.year

    def _overlaps(self, item: TimelineItem, period: Period) -> bool:
        first, last = item.first, item.last
        if first is None and last is None:
            return False
        lo = (first or last).earliest  # type: ignore[union-attr]
        hi = (last or first).latest  # type: ignore[union-attr]
        return lo <= period.last and hi >= period.first

    def _day(self, folded: str, today: dt.date) -> tuple[dt.date | None, int]:
        """The day a message names, and where in the folded message it begins."""
        day = month = None
        year: int | None = None
        at = 0
        if m := _ISO.search(folded):
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m := _DAY_MONTH.search(folded):
            day, month = int(m.group(1)), MONTHS[m.group(2)]
        elif m := _MONTH_DAY.search(folded):
            day, month = int(m.group(2)), MONTHS[m.group(1)]
        elif m := _NUMERIC.search(folded):
            day, month = int(m.group(1)), int(m.group(2))
        if m is not None:
            at = m.start()
        if day is None or month is None:
            return None, at
        if year is not None:
            try:
                return dt.date(year, month, day), at
            except ValueError:
                return None, at
        for candidate_year in [*self._plan_years, today.year]:
            try:
                candidate = dt.date(candidate_year, month, day)
            except ValueError:
                continue
            if candidate in self._items_by_day or candidate in self._meetings_by_day:
                return candidate, at
        for candidate_year in [*self._plan_years, today.year]:
            try:
                candidate = dt.date(candidate_year, month, day)
            except ValueError:
                continue
            if any(self._overlaps(i, Period(candidate, candidate)) for i in self.process.timeline):
                return candidate, at
        try:
            return dt.date(today.year, month, day), at
        except ValueError:
            return None, at

    def _period(self, folded: str, words: list[str], today: dt.date, past: bool = False) -> Period | None:
        day, at = self._day(folded, today)
        if day is None:
            # "vad händer i morgon?" (not "god morgon"), "tomorrow", "i övermorgon".
            for n, w in enumerate(words):
                if w in ("imorgon", "tomorrow") or (w == "morgon" and _previous(words, n) == "i"):
                    day = today + dt.timedelta(days=1)
                elif w == "overmorgon":
                    day = today + dt.timedelta(days=2)
        if day is not None:
            before = [w for w in tokens(folded[:at])[-3:] if w not in ("den", "the")][-2:]
            if before and (before[-1] in _AFTER or before[-1] == "sedan"):
                return Period(day + dt.timedelta(days=1), dt.date(day.year, 12, 31), after=day)
            return Period(day, day, day=True)
        explicit_year = int(y.group(1)) if (y := _YEAR.search(folded)) else None
        wordset = set(words)
        # "efter sommaren": from September to the end of that year.
        for n, w in enumerate(words):
            prev = _previous(words, n)
            if _back_from_summer(words, n, today):
                continue
            if w in _SUMMER_WORDS and prev in _AFTER and not (
                    words[n + 1:n + 2] in (["i"], ["in"]) and words[n + 2:n + 3] and words[n + 2] in MONTHS):
                # ("efter semestern i augusti": the month the holiday ends in is the time meant, read below.)
                if explicit_year is None and today.month >= 9:
                    # Asked in October, the summer just gone: the rest of this year, not next year's autumn.
                    return Period(today, dt.date(today.year, 12, 31))
                year = explicit_year or today.year
                return Period(dt.date(year, 9, 1), dt.date(year, 12, 31))
            if w in ("nyar", "nyaret", "arsskiftet", "new") and (w != "new" or words[n + 1:n + 2] == ["year"]):
                year = explicit_year or today.year
                if prev in _AFTER or (w == "new" and _previous(words, n) in _AFTER):
                    return Period(dt.date(year + 1, 1, 1), dt.date(year + 1, 3, 31))
                if prev in _BEFORE:
                    return Period(today, dt.date(year, 12, 31))
            if w in ("jul", "julafton", "christmas") and prev in ("till", "until", "to", "tills"):
                year = explicit_year or today.year
                eve = dt.date(year, 12, 24)
                return Period(eve, eve, day=True)
            if w in ("jul", "julen", "christmas") and prev in _BEFORE:
                year = explicit_year or today.year
                return Period(max(today, dt.date(year, 1, 1)) if year == today.year else dt.date(year, 1, 1),
                              dt.date(year, 12, 24))
        months = []
        after_month = since_month = False
        for m in _MONTH_ALONE.finditer(folded):
            word = m.group(3)
            if word in _AMBIGUOUS_MONTHS and not m.group(1) and not m.group(2):
                continue
            months.append((MONTHS[word], int(m.group(4)) if m.group(4) else None, m.group(2)))
            if len(months) == 1:
                after_month = m.group(1) in _AFTER
                since_month = m.group(1) in _SINCE
        if months:
            first_month, year_given, part = months[0]
            last_month = months[-1][0]
            year = year_given or explicit_year or self._year_for_month(first_month, today, words, past or since_month)
            if since_month and len(months) == 1 and dt.date(year, first_month, 1) < today:
                # "vad har hänt sedan mars?": from that month up to today.
                return Period(dt.date(year, first_month, 1), today, since=True)
            last_year = months[-1][1] or year
            if last_month < first_month and first_month >= 10 and last_month <= 3 and last_year == year:
                last_year = year + 1    # "i december och januari": across the new year, not December alone
            elif last_month < first_month and last_year == year:
                last_month = first_month
            last = _month_period(last_year, last_month).last
            if after_month and len(months) == 1:
                # "vad händer efter sept?": what comes after that month, in its year (as "efter sommaren").
                if last.month == 12:
                    return Period(dt.date(year + 1, 1, 1), dt.date(year + 1, 3, 31))
                return Period(last + dt.timedelta(days=1), dt.date(year, 12, 31))
            if part is not None and first_month == last_month:
                lo, hi = _PARTS[part]
                return Period(dt.date(year, first_month, lo), min(last, dt.date(year, first_month, min(hi, last.day))))
            return Period(dt.date(year, first_month, 1), last,
                          month=first_month if first_month == last_month else None)
        week = self._week(words, today)
        if week is not None:
            return week
        for n, w in enumerate(words):
            season = _SEASONS.get(w)
            if season is None:
                continue
            prev = _previous_bound(words, n)
            if (w in _SEASON_NEEDS_PREPOSITION and prev not in _PREPOSITIONS) or _back_from_summer(words, n, today):
                continue
            if w == "var" and n + 1 < len(words) and words[n + 1] not in _AFTER_SEASON:
                continue            # "till vår kommunstyrelse": "our", not spring
            start, end = season
            year = explicit_year or today.year
            since = _since(words, n)
            if explicit_year is None and start != 12 and today.month > end and prev not in ("forra", "last") and (
                    w not in _PAST_SEASONS) and not since:
                year += 1           # "i vår" asked in October: next spring ("i våras": the one just gone)
            if explicit_year is None and w in _PAST_SEASONS and today.month < start:
                year -= 1
            if since and explicit_year is None and w not in _PAST_SEASONS and today.month < start:
                year -= 1           # "sedan vintern"/"since the spring": the last one begun before now
            if start == 12:
                if explicit_year is None and today.month <= 2 and (w not in _PAST_SEASONS or since):
                    year -= 1       # in January, "i vinter" is the winter we are in
                first = dt.date(year, 12, 1)
                last = dt.date(year + 1, 2, calendar.monthrange(year + 1, 2)[1])
            else:
                first = dt.date(year, start, 1)
                last = dt.date(year, end, calendar.monthrange(year, end)[1])
            if since and first < today:
                # "vad har hänt sen i vintras?" asked in August: from the end of that winter up to today (what
                # happened in the winter itself was before it).
                return Period(last + dt.timedelta(days=1) if last < today else first, today, since=True)
            if prev in _AFTER:
                return Period(last + dt.timedelta(days=1), dt.date(last.year, 12, 31))
            if prev in _BEFORE:
                return Period(max(today, dt.date(first.year, 1, 1)), first - dt.timedelta(days=1))
            return Period(first, last)
        if ("manad" in wordset or "manaden" in wordset or "month" in wordset):
            if _LAST_WORDS & wordset:
                gone = today.replace(day=1) - dt.timedelta(days=1)
                return _month_period(gone.year, gone.month)
            if {"nasta", "next"} & wordset:
                nxt = today.replace(day=1) + dt.timedelta(days=32)
                return _month_period(nxt.year, nxt.month)
            if {"den", "har", "denna", "this", "manaden"} & wordset:
                return _month_period(today.year, today.month)
        # "år" (year) folds like the verb "är": "i år", "nästa år" name a year, "… nu när avstämningen är gjord"
        # does not – the year's word must follow its own "i"/"nästa"/"detta".
        if {"ar", "year"} & wordset and {"i", "this", "nasta", "next"} & wordset and (
                "year" in wordset or any(words[k] == "ar" and words[k - 1] in _YEAR_LEADS
                                         for k in range(max(1, len(words) - 2), len(words)))):
            year = today.year + (1 if {"nasta", "next"} & wordset else 0)
            if "slutet" in wordset or "end" in wordset:
                return Period(dt.date(year, 10, 1), dt.date(year, 12, 31))
            if "borjan" in wordset or "beginning" in wordset:
                return Period(dt.date(year, 1, 1), dt.date(year, 3, 31))
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if {"slutet", "end"} & wordset and {"aret", "year"} & wordset:
            return Period(dt.date(today.year, 10, 1), dt.date(today.year, 12, 31))
        if {"borjan", "beginning"} & wordset and {"aret", "year"} & wordset:
            return Period(dt.date(today.year, 1, 1), dt.date(today.year, 3, 31))
        return None

    @staticmethod
    def _week(words: list[str], today: dt.date) -> Period | None:
        """"nästa vecka", "den här veckan", "förra veckan", "this week", "vecka 37": Monday to Sunday."""
        for n, w in enumerate(words):
            if w not in ("vecka", "veckan", "week", "v"):
                continue
            number = words[n + 1] if n + 1 < len(words) and words[n + 1].isdigit() else None
            if number is not None and 1 <= int(number) <= 53:
                try:
                    monday = dt.date.fromisocalendar(today.year, int(number), 1)
                except ValueError:
                    continue
                return Period(monday, monday + dt.timedelta(days=6), week=True)
            if w == "v":
                continue
            before = set(words[max(0, n - 2):n])
            monday = today - dt.timedelta(days=today.weekday())
            if before & _NEXT_WORDS:
                monday += dt.timedelta(days=7)
            elif before & _LAST_WORDS:
                monday -= dt.timedelta(days=7)
            elif not (before & _THIS or w == "veckan"):
                continue
            return Period(monday, monday + dt.timedelta(days=6), week=True)
        return None


__all__ = ["MONTHS", "Entities", "EntityRules", "Period", "meeting_day", "on_day"]


_KIND_STEMS = (("consultation", ("remiss", "consult")), ("step", ("skriv", "writ")),
               ("meeting", ("avstamning", "mote", "motet", "meeting", "check")))


def _kind_at_anchor_word(words: list[str], over: set[str]) -> str | None:
    """The kind of step named right after "efter"/"after", or just before a word saying it is over
    ("remisstiden är slut", "the consultation has closed"), when the message names more than one kind."""
    for n, word in enumerate(words):
        if word in ("efter", "after"):
            window = words[n + 1:n + 4]
        elif word in over:
            window = list(reversed(words[max(0, n - 4):n]))
        else:
            continue
        for w in window:
            for kind, stems in _KIND_STEMS:
                if w.startswith(stems):
                    return kind
    return None
