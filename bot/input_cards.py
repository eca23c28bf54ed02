"""Adaptive Cards for partners' input (schema 1.5; every card has a fallbackText)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from bot.cards import card, fit, heading, more_action, teams_size, text_block
from rusbot.consultation import OPEN_REMISSVAR_ACTION
from rusbot.input import forms
from rusbot.input.forms import POSITIONS, RemissvarContent
from rusbot.input.rules import format_day, format_moment
from rusbot.input.store import InspelRecord, OrgState, PollState, RemissvarRecord, RevisionRecord
from rusbot.markdown import literal
from rusbot.process.model import Language, Process

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
TEAMS_CARD_LIMIT = 28 * 1024


def _t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def task_card(title: str, content: dict[str, Any]) -> dict[str, Any]:
    """The task/fetch or task/submit body that shows a card in the dialog."""
    return {"task": {"type": "continue", "value": {"title": title, "height": "large", "width": "medium",
                                                   "card": {"contentType": ADAPTIVE_CARD, "content": content}}}}


def task_message(text: str) -> dict[str, Any]:
    return {"task": {"type": "message", "value": text}}


def open_dialog(title: str, action: str, language: Language, **data: Any) -> dict[str, Any]:
    """A button that opens a Teams dialog (task/fetch) for `action`. Every button's data carries its card's
    language: a press has no text to tell it, and the user's Teams locale may not be the card's language."""
    return {"type": "Action.Submit", "title": title, "data": {"msteams": {"type": "task/fetch"}, "action": action,
                                                              "language": language, **data}}


def _error(errors: dict[str, str], field: str) -> list[dict[str, Any]]:
    message = errors.get(field)
    return [text_block(f"⚠ {message}", color="Attention", size="Small", spacing="None")] if message else []


def _text_input(field: str, label: str, value: str | None, limit: int, errors: dict[str, str], *,
                required: bool = False, multiline: bool = False, placeholder: str | None = None,
                style: str | None = None) -> list[dict[str, Any]]:
    element: dict[str, Any] = {"type": "Input.Text", "id": field, "label": label, "maxLength": limit,
                               "isRequired": required, "isMultiline": multiline}
    if value:
        element["value"] = value
    if placeholder:
        element["placeholder"] = placeholder
    if style:
        element["style"] = style
    if required:
        element["errorMessage"] = label
    return [element, *_error(errors, field)]


def _banner(errors: dict[str, str], language: Language, notice: str | None) -> list[dict[str, Any]]:
    blocks = []
    if notice:
        blocks.append({"type": "Container", "style": "warning", "items": [text_block(notice, weight="Bolder")]})
    if errors:
        blocks.append(text_block(_t(language, "Rätta det som är markerat nedan – inget är sparat än.",
                                    "Please correct what is marked below – nothing has been saved yet."),
                                 color="Attention", weight="Bolder"))
    return blocks


# -- inspel --------------------------------------------------------------------------------------
def inspel_form(process: Process, language: Language, *, values: dict[str, Any] | None = None,
                errors: dict[str, str] | None = None, inspel_id: int | None = None,
                notice: str | None = None, submission: str | None = None) -> dict[str, Any]:
    """`submission`: the key of a new inspel's form (hidden in the submit data), so that the same
    form submitted twice stores one inspel (InputStore.add_inspel)."""
    values, errors = values or {}, errors or {}
    topics = [{"title": t.name.get(language), "value": t.id} for t in process.inspel_topics]
    body: list[dict[str, Any]] = [
        heading(_t(language, "Inspel: vad ska uppdateras i RUS?", "Input: what should be updated in RUS?")),
        *_banner(errors, language, notice),
        {"type": "Input.ChoiceSet", "id": "topic", "label": _t(language, "Vad gäller det?", "What does it concern?"),
         "style": "compact", "isRequired": True, "choices": topics,
         "placeholder": _t(language, "Välj ett område", "Choose a topic"),
         "errorMessage": _t(language, "Välj vad inspelet gäller.", "Choose what the input concerns."),
         **({"value": values["topic"]} if values.get("topic") else {})},
        *_error(errors, "topic"),
        *_text_input("change", _t(language, "Vad bör ändras?", "What should change?"), values.get("change"),
                     forms.INSPEL_CHANGE_MAX, errors, required=True, multiline=True),
        *_text_input("reason", _t(language, "Varför?", "Why?"), values.get("reason"), forms.INSPEL_REASON_MAX,
                     errors, required=True, multiline=True),
        *_text_input("reference",
                     _t(language, "Referens eller underlag (valfritt)", "Reference or material (optional)"),
                     values.get("reference"), forms.INSPEL_REFERENCE_MAX, errors),
    ]
    data: dict[str, Any] = {"action": "inspel.submit", "language": language}
    if inspel_id is not None:
        data["inspel_id"] = inspel_id
    elif submission is not None:
        data["submission"] = submission
    actions = [{"type": "Action.Submit", "title": _t(language, "Skicka inspel", "Send input"), "data": data,
                "style": "positive"}]
    return card(body, _t(language, "Formulär för inspel till RUS.", "Form for input to RUS."), actions)


INSPEL_PAGE = 10   # a partner's own inspel per card; "visa fler" shows the next ones


def inspel_list_card(process: Process, language: Language, records: list[InspelRecord], *,
                     round_open: bool, personal: bool, offset: int = 0) -> dict[str, Any]:
    """A partner's own inspel, a page at a time from `offset` (as many as fit in a message, at most
    INSPEL_PAGE), with "visa fler" for the rest."""
    offset = offset if 0 <= offset < len(records) else 0
    most = min(INSPEL_PAGE, len(records) - offset) if personal else 0
    content, _ = fit(lambda n: _inspel_list(process, language, records, round_open=round_open, personal=personal,
                                            offset=offset, count=n), most)
    return content


def _inspel_list(process: Process, language: Language, records: list[InspelRecord], *, round_open: bool,
                 personal: bool, offset: int, count: int) -> dict[str, Any]:
    topics = {t.id: t.name.get(language) for t in process.inspel_topics}
    body: list[dict[str, Any]] = [heading(_t(language, "Inspel till RUS", "Input to RUS"))]
    fallback = [_t(language, "Inspel till RUS", "Input to RUS")]
    if not round_open:
        line = _t(language, "Inspelsrundan är stängd.", "The input round is closed.")
        body.append(text_block(line, color="Attention"))
        fallback.append(line)
    shown = records[offset:offset + count]
    if not personal:
        line = _t(language, "Dina egna inspel ser du i chatten med mig.",
                  "You see your own input in your chat with me.")
        body.append(text_block(line, isSubtle=True))
    elif records:
        intro = _t(language, "Dina inspel:", "Your input:") if len(shown) == len(records) else _t(
            language, f"Dina inspel ({offset + 1}–{offset + len(shown)} av {len(records)}):",
            f"Your input ({offset + 1}–{offset + len(shown)} of {len(records)}):")
        body.append(text_block(intro, weight="Bolder"))
        for record in shown:
            summary = record.change if len(record.change) <= 140 else record.change[:139] + "…"
            topic = topics.get(record.topic, record.topic)
            fallback.append(f"#{record.id} · {topic}: {summary}")
            item: dict[str, Any] = {"type": "Container", "separator": True, "spacing": "Medium", "items": [
                text_block(f"#{record.id} · {literal(topic)}", weight="Bolder", size="Small"),
                text_block(literal(summary), spacing="Small")]}
            if round_open:
                item["items"].append({"type": "ActionSet", "spacing": "Small", "actions": [
                    open_dialog(_t(language, "Ändra", "Edit"), "inspel.open", language, inspel_id=record.id),
                    {"type": "Action.Submit", "title": _t(language, "Dra tillbaka", "Withdraw"),
                     "data": {"action": "inspel.withdraw", "inspel_id": record.id, "language": language}}]})
            body.append(item)
    else:
        body.append(text_block(_t(language, "Du har inga inspel än.", "You have no input yet.")))
    actions = [open_dialog(_t(language, "Nytt inspel", "New input"), "inspel.open", language)] if round_open else []
    remaining = len(records) - offset - len(shown) if personal else 0
    if remaining > 0:
        actions.append(more_action(language, "inspel.more", offset + len(shown), remaining))
        fallback.append(_t(language, f"… och {remaining} till.", f"… and {remaining} more."))
    return card(body, "\n".join(fallback), actions or None)


# -- remissvar -----------------------------------------------------------------------------------
def public_notice(language: Language) -> str:
    return _t(language, "Ett inskickat remissvar är en allmän handling och kan lämnas ut till den som begär det.",
              "A submitted consultation response is a public document and can be disclosed to anyone who asks.")


def remissvar_form(process: Process, language: Language, *, organisation: str, values: dict[str, Any],
                   version: int, closes: dt.datetime | None, errors: dict[str, str] | None = None,
                   notice: str | None = None, submitted: bool = False) -> dict[str, Any]:
    errors = errors or {}
    limit = forms.comment_limit(process)
    parts = forms.remiss_parts(process)
    body: list[dict[str, Any]] = [
        heading(_t(language, f"Remissvar från {literal(organisation)}",
                   f"Consultation response from {literal(organisation)}")),
    ]
    if closes is not None:
        body.append(text_block(_t(language, f"Sista tid: {format_moment(closes - dt.timedelta(minutes=1), language)}.",
                                  f"Deadline: {format_moment(closes - dt.timedelta(minutes=1), language)}."),
                               isSubtle=True, spacing="None"))
    body.append(text_block(_t(language, "Ett utkast kan sparas ofullständigt. För att skicka in krävs "
                                        "ställningstagande och, om ni yttrar er, vem som beslutat och när.",
                              "A draft may be incomplete. To submit, give the position and, unless you decline "
                              "to comment, who decided it and when."), size="Small"))
    body += _banner(errors, language, notice)
    body += [
        {"type": "Input.ChoiceSet", "id": "position", "label": _t(language, "Ställningstagande", "Position"),
         "style": "expanded", "choices": [{"title": sv if language == "sv" else en, "value": key}
                                          for key, (sv, en) in POSITIONS.items()],
         **({"value": values["position"]} if values.get("position") else {})},
        *_error(errors, "position"),
    ]
    comments = values.get("comments") or {}
    for part in parts:
        field = forms.comment_field(part.id)
        label = part.name.get(language) if part.id != forms.GENERAL_PART else \
            _t(language, "Synpunkter", "Comments")
        body += _text_input(field, label, values.get(field) or comments.get(part.id), limit, errors, multiline=True)
    decision_date = values.get("decision_date")
    body += [
        *_text_input("decided_by", _t(language, "Beslutat av (organ)", "Decided by (body)"), values.get("decided_by"),
                     forms.REMISS_DECIDED_BY_MAX, errors, placeholder=_t(language, "t.ex. Kommunstyrelsen",
                                                                          "e.g. the municipal executive board")),
        {"type": "Input.Date", "id": "decision_date", "label": _t(language, "Beslutsdatum", "Date of decision"),
         **({"value": str(decision_date)} if decision_date else {})},
        *_error(errors, "decision_date"),
        *_text_input("diarienummer", _t(language, "Ert diarienummer", "Your reference number (diarienummer)"),
                     values.get("diarienummer"), forms.REMISS_DIARIENUMMER_MAX, errors),
        *_text_input("protocol_link", _t(language, "Länk till protokollsutdrag", "Link to the minutes extract"),
                     values.get("protocol_link"), forms.REMISS_LINK_MAX, errors, style="Url",
                     placeholder="https://"),
        text_block(public_notice(language), isSubtle=True, size="Small"),
    ]
    submit_title = _t(language, "Skicka in ny version", "Submit a new version") if submitted else \
        _t(language, "Skicka in", "Submit")
    actions = [
        {"type": "Action.Submit", "title": submit_title, "style": "positive",
         "data": {"action": "remissvar.save", "intent": "submit", "version": version, "language": language}},
        {"type": "Action.Submit", "title": _t(language, "Spara utkast", "Save draft"),
         "data": {"action": "remissvar.save", "intent": "draft", "version": version, "language": language}},
    ]
    return card(body, _t(language, f"Formulär för remissvar från {organisation}.",
                         f"Consultation response form for {organisation}."), actions)


def wire_size(content: dict[str, Any]) -> int:
    """The bytes Teams may count for a card: as sent (json.dumps escapes non-ASCII: ö is 6 bytes) or as
    UTF-16, whichever is larger (bot.cards.teams_size)."""
    return teams_size(content)


def with_unsaved_text(form: dict[str, Any], process: Process, language: Language,
                      mine: RemissvarContent) -> dict[str, Any]:
    """After a conflict the form shows the latest version; above it, the text the user could not
    save, so nothing they wrote is lost - as long as the card stays under Teams' limit."""
    labels = {p.id: p.name.get(language) for p in forms.remiss_parts(process)}
    lines = [f"**{literal(labels.get(part, part))}:** {literal(text)}" for part, text in mine.comments.items()]
    lines += [f"**{label}:** {literal(value)}" for label, value in (
        (_t(language, "Ställningstagande", "Position"),
         POSITIONS[mine.position][0 if language == "sv" else 1] if mine.position else None),
        (_t(language, "Beslutat av", "Decided by"), mine.decided_by),
        (_t(language, "Diarienummer", "Reference number"), mine.diarienummer),
        (_t(language, "Protokollsutdrag", "Minutes extract"), mine.protocol_link)) if value]
    if not lines:
        return form
    candidate = copy.deepcopy(form)
    block = {"type": "Container", "style": "emphasis", "items": [
        text_block(_t(language, "Det här skrev du (inte sparat):", "What you wrote (not saved):"), weight="Bolder"),
        *(text_block(line, spacing="Small") for line in lines)]}
    at = next((i + 1 for i, b in enumerate(candidate["body"]) if b.get("style") == "warning"), 1)
    candidate["body"].insert(at, block)
    return candidate if wire_size(task_card("Remissvar", candidate)) < TEAMS_CARD_LIMIT else form


def remissvar_values(record: RemissvarRecord | None) -> dict[str, Any]:
    if record is None:
        return {}
    content = record.content
    return {"position": content.position, "comments": dict(content.comments), "decided_by": content.decided_by,
            "decision_date": content.decision_date.isoformat() if content.decision_date else None,
            "diarienummer": content.diarienummer, "protocol_link": content.protocol_link}


def remissvar_pointer_card(language: Language) -> dict[str, Any]:
    """In a channel or group chat: the button that opens the response in a dialog, never its contents."""
    return card([text_block(public_notice(language), isSubtle=True)], public_notice(language),
                [open_dialog(_t(language, "Öppna remissvaret", "Open the response"), OPEN_REMISSVAR_ACTION, language)])


def receipt_card(language: Language, *, organisation: str, revision: RevisionRecord) -> dict[str, Any]:
    when = format_moment(revision.submitted_at, language)
    title = _t(language, "Kvitto: remissvaret är inskickat", "Receipt: the consultation response is submitted")
    facts = [
        {"title": _t(language, "Organisation", "Organisation"), "value": literal(organisation)},
        {"title": _t(language, "Kvittonummer", "Receipt number"), "value": revision.receipt},
        {"title": _t(language, "Version", "Version"), "value": str(revision.revision)},
        {"title": _t(language, "Inskickat", "Submitted"), "value": when},
    ]
    body = [heading(f"✓ {title}", color="Good"), {"type": "FactSet", "facts": facts},
            text_block(public_notice(language), isSubtle=True, size="Small")]
    fallback = f"{title}. {organisation}, {revision.receipt}, version {revision.revision}, {when}. " \
               f"{public_notice(language)}"
    return card(body, fallback)


def remissvar_overview(language: Language, *, organisation: str, record: RemissvarRecord | None,
                       history: list[RevisionRecord], closes: dt.datetime | None, extension: dt.date | None,
                       is_open: bool) -> dict[str, Any]:
    lines: list[str] = []
    if record is None:
        lines.append(_t(language, "Inget remissvar är påbörjat.", "No consultation response has been started."))
    elif record.submitted and record.submitted_at:
        lines.append(_t(language, f"Inskickat {format_moment(record.submitted_at, language)}, kvitto {record.receipt}.",
                        f"Submitted {format_moment(record.submitted_at, language)}, receipt {record.receipt}."))
        if record.unsent_changes:
            lines.append(_t(language, "Det finns sparade ändringar som inte är inskickade.",
                            "There are saved changes that have not been submitted."))
    else:
        lines.append(_t(language, "Ett utkast är sparat men inte inskickat.", "A draft is saved but not submitted."))
    if extension is not None:
        lines.append(_t(language, f"Ni har anstånd till och med {format_day(extension, language)}.",
                        f"You have an extension until {format_day(extension, language)} inclusive."))
    if closes is not None:
        last = (closes - dt.timedelta(days=1)).date()
        lines.append(_t(language, f"Remisstiden går ut {format_day(last, language)} (kl. 24.00)." if is_open else
                        f"Remisstiden gick ut {format_day(last, language)}.",
                        f"The consultation closes at the end of {format_day(last, language)}." if is_open else
                        f"The consultation closed at the end of {format_day(last, language)}."))
    title = _t(language, f"Remissvar från {organisation}", f"Consultation response from {organisation}")
    body = [heading(literal(title)), *(text_block(line, spacing="Small") for line in lines)]
    earlier = history[:-1][::-1]            # newest first
    if earlier:
        body.append(text_block(_t(language, "Tidigare versioner:", "Earlier versions:"), weight="Bolder"))
        body += [_revision_line(r, language) for r in earlier[:HISTORY_IN_OVERVIEW]]
    older = len(earlier) - HISTORY_IN_OVERVIEW
    if older > 0:
        body.append(text_block(_t(language, f"… och {older} äldre.", f"… and {older} older."), isSubtle=True,
                               spacing="None"))
    body.append(text_block(public_notice(language), isSubtle=True, size="Small"))
    actions = [open_dialog(_t(language, "Öppna remissvaret", "Open the response"), OPEN_REMISSVAR_ACTION, language)] \
        if is_open else []
    if older > 0:
        actions.append({"type": "Action.Submit", "title": _t(language, "Alla versioner", "All versions"),
                        "data": {"action": "remissvar.history", "language": language, "offset": 0}})
    return card(body, "\n".join([title, *lines]), actions or None)


HISTORY_IN_OVERVIEW = 5   # earlier versions in the overview; the rest on the history card
HISTORY_PAGE = 25         # versions per history card; "visa fler" shows the next ones


def _revision_line(revision: RevisionRecord, language: Language) -> dict[str, Any]:
    return text_block(f"{revision.revision}. {revision.receipt} – {format_moment(revision.submitted_at, language)}",
                      spacing="None")


def remissvar_history_card(language: Language, *, organisation: str, history: list[RevisionRecord],
                           offset: int = 0) -> dict[str, Any]:
    """Every submitted version of an organisation's remissvar, newest first, a page at a time."""
    offset = offset if 0 <= offset < len(history) else 0
    newest_first = history[::-1]
    title = _t(language, f"Inskickade versioner från {organisation}", f"Submitted versions from {organisation}")

    def build(count: int) -> dict[str, Any]:
        shown = newest_first[offset:offset + count]
        body = [heading(literal(title)), *(_revision_line(r, language) for r in shown)]
        fallback = [title, *(f"{r.revision}. {r.receipt}" for r in shown)]
        if not shown:
            body.append(text_block(_t(language, "Inget är inskickat än.", "Nothing has been submitted yet.")))
        remaining = len(history) - offset - len(shown)
        actions = [more_action(language, "remissvar.history", offset + len(shown), remaining)] \
            if remaining > 0 else None
        return card(body, "\n".join(fallback), actions)

    content, _ = fit(build, min(HISTORY_PAGE, len(history) - offset))
    return content


# -- organisations -------------------------------------------------------------------------------
def organisation_choice_card(process: Process, language: Language, *, intro: str) -> dict[str, Any]:
    choices = [{"title": o.name, "value": o.id} for o in process.organisations]
    body = [heading(_t(language, "Din organisation", "Your organisation")), text_block(intro, spacing="Small"),
            {"type": "Input.ChoiceSet", "id": "organisation", "style": "compact", "isRequired": True,
             "placeholder": _t(language, "Välj organisation", "Choose organisation"),
             "label": _t(language, "Organisation", "Organisation"), "choices": choices,
             "errorMessage": _t(language, "Välj en organisation.", "Choose an organisation.")}]
    actions = [{"type": "Action.Submit", "title": _t(language, "Skicka för bekräftelse", "Send for confirmation"),
                "style": "positive", "data": {"action": "org.choose", "language": language}}]
    return card(body, intro, actions)


PENDING_PAGE = 20   # links per card; "visa fler" shows the next ones


def pending_links_card(process: Process, language: Language, pending: list[Any], offset: int = 0) -> dict[str, Any]:
    """Links waiting for a coordinator, a page at a time from `offset`, each with its confirm button."""
    offset = offset if 0 <= offset < len(pending) else 0
    content, _ = fit(lambda n: _pending_links(process, language, pending, offset, n),
                     min(PENDING_PAGE, len(pending) - offset))
    return content


def _pending_links(process: Process, language: Language, pending: list[Any], offset: int,
                   count: int) -> dict[str, Any]:
    names = {o.id: o.name for o in process.organisations}
    title = _t(language, "Kopplingar som väntar på bekräftelse", "Links waiting for confirmation")
    body: list[dict[str, Any]] = [heading(title)]
    fallback = [title]
    shown = pending[offset:offset + count]
    for link in shown:
        who = link.name or link.user_aad_id
        email = f" ({link.email})" if link.email else ""
        line = f"{who}{email} → {names.get(link.organisation_id, link.organisation_id)}"
        fallback.append(line)
        body.append({"type": "ColumnSet", "separator": True, "columns": [
            {"type": "Column", "width": "stretch", "verticalContentAlignment": "Center",
             "items": [text_block(literal(line))]},
            {"type": "Column", "width": "auto", "verticalContentAlignment": "Center", "items": [
                {"type": "ActionSet", "actions": [
                    {"type": "Action.Submit", "title": _t(language, "Bekräfta", "Confirm"),
                     "data": {"action": "org.confirm", "language": language, "user": link.user_aad_id,
                              "organisation": link.organisation_id}}]}]},
        ]})
    remaining = len(pending) - offset - len(shown)
    actions = None
    if remaining > 0:
        more = _t(language, f"… och {remaining} till.", f"… and {remaining} more.")
        body.append(text_block(more, isSubtle=True, separator=True))
        fallback.append(more)
        actions = [more_action(language, "org.pending", offset + len(shown), remaining)]
    return card(body, "\n".join(fallback), actions)


# -- coordinators --------------------------------------------------------------------------------
# The status card lists this many unreachable targets; "visa fler" opens them all (unreachable_card).
UNREACHABLE_ON_STATUS = 5


def status_card(process: Process, language: Language, states: list[OrgState], *, pending_links: int,
                now: dt.datetime, unreachable: list[str] | None = None, offset: int = 0) -> dict[str, Any]:
    """Each consulted organisation's state, as many rows as fit in a message from `offset`, with
    "visa fler" for the rest; the summary counts them all. `unreachable`: one line per reminder
    target Teams refused (scheduling.texts.describe_unreachable), on every page."""
    offset = offset if 0 <= offset < len(states) else 0
    content, _ = fit(lambda n: _status(process, language, states, pending_links=pending_links, now=now,
                                       offset=offset, count=n, unreachable=unreachable or []),
                     max(1, len(states) - offset))
    return content


def _status(process: Process, language: Language, states: list[OrgState], *, pending_links: int,
            now: dt.datetime, offset: int, count: int, unreachable: list[str]) -> dict[str, Any]:
    names = {o.id: o.name for o in process.organisations}
    title = _t(language, "Status per remissinstans", "Status per consulted organisation")
    header = {"type": "ColumnSet", "columns": [
        {"type": "Column", "width": 3,
         "items": [text_block(_t(language, "Organisation", "Organisation"), weight="Bolder")]},
        {"type": "Column", "width": 1, "items": [text_block(_t(language, "Inspel", "Input"), weight="Bolder")]},
        {"type": "Column", "width": 4, "items": [text_block(_t(language, "Remissvar", "Response"), weight="Bolder")]},
    ]}
    body: list[dict[str, Any]] = [heading(title),
                                  text_block(format_moment(now, language), isSubtle=True, spacing="None"), header]
    fallback = [title]
    answered = sum(1 for state in states if state.remissvar == "submitted" and state.submitted_at)
    shown = states[offset:offset + count]
    for state in shown:
        if state.remissvar == "submitted" and state.submitted_at:
            answer = _t(language, f"✓ inskickat {format_moment(state.submitted_at, language)}",
                        f"✓ submitted {format_moment(state.submitted_at, language)}")
            if state.unsent_changes:
                answer += _t(language, " (nya ändringar i utkast)", " (new changes in draft)")
            color = "Good"
        elif state.remissvar == "draft":
            answer, color = _t(language, "utkast", "draft"), "Warning"
        else:
            answer, color = _t(language, "inget", "none"), "Attention"
        if state.extension:
            answer += _t(language, f" · anstånd t.o.m. {format_day(state.extension, language)}",
                         f" · extension until {format_day(state.extension, language)}")
        if state.representatives == 0:
            answer += _t(language, " · ingen bekräftad företrädare", " · no confirmed representative")
        name = names.get(state.organisation_id, state.organisation_id)
        body.append({"type": "ColumnSet", "separator": True, "spacing": "Small", "columns": [
            {"type": "Column", "width": 3, "items": [text_block(literal(name))]},
            {"type": "Column", "width": 1, "items": [text_block(str(state.inspel))]},
            {"type": "Column", "width": 4, "items": [text_block(answer, color=color)]},
        ]})
        fallback.append(f"{name}: {_t(language, 'inspel', 'input')} {state.inspel}; {answer}")
    summary = _t(language, f"{answered} av {len(states)} har svarat.", f"{answered} of {len(states)} have answered.")
    if len(shown) < len(states):
        summary += _t(language, f" Här visas {offset + 1}–{offset + len(shown)}.",
                      f" Shown here: {offset + 1}–{offset + len(shown)}.")
    body.insert(2, text_block(summary, weight="Bolder"))
    fallback.insert(1, summary)
    if pending_links:
        line = _t(language, f"{pending_links} koppling(ar) väntar på bekräftelse – skriv **organisation**.",
                  f"{pending_links} link(s) wait for confirmation – type **organisation**.")
        body.append(text_block(line, color="Warning"))
        fallback.append(line)
    actions = []
    if unreachable:
        head = _t(language, "Påminnelser som inte når fram", "Reminders that do not get through")
        body.append(text_block(head, weight="Bolder", separator=True))
        first = unreachable[:UNREACHABLE_ON_STATUS]
        body += [text_block(f"- {line}", color="Attention", spacing="Small") for line in first]
        fallback += [head, *(f"- {line}" for line in first)]
        if len(unreachable) > len(first):
            actions.append(more_action(language, "coordination.unreachable", len(first),
                                       len(unreachable) - len(first)))
    remaining = len(states) - offset - len(shown)
    if remaining > 0:
        actions.insert(0, more_action(language, "coordination.status", offset + len(shown), remaining))
    return card(body, "\n".join(fallback), actions or None)


def unreachable_card(language: Language, unreachable: list[str], offset: int = 0) -> dict[str, Any]:
    """Every reminder target Teams refused (describe_unreachable's lines), as many as fit from `offset`,
    with "visa fler" for the rest: the status card shows only the first few."""
    offset = offset if 0 <= offset < len(unreachable) else 0
    content, _ = fit(lambda n: _unreachable(language, unreachable, offset, n), max(1, len(unreachable) - offset))
    return content


def _unreachable(language: Language, lines: list[str], offset: int, count: int) -> dict[str, Any]:
    title = _t(language, "Påminnelser som inte når fram", "Reminders that do not get through")
    shown = lines[offset:offset + count]
    body = [heading(title)]
    fallback = [title]
    if len(shown) < len(lines):
        where = _t(language, f"{len(lines)} mål. Här visas {offset + 1}–{offset + len(shown)}.",
                   f"{len(lines)} targets. Shown here: {offset + 1}–{offset + len(shown)}.")
        body.append(text_block(where, isSubtle=True, spacing="None"))
        fallback.append(where)
    if not shown:
        none = _t(language, "Teams har inte nekat någon påminnelse.", "Teams has refused no reminder.")
        body.append(text_block(none))
        fallback.append(none)
    body += [text_block(f"- {line}", color="Attention", spacing="Small") for line in shown]
    fallback += [f"- {line}" for line in shown]
    remaining = len(lines) - offset - len(shown)
    actions = [more_action(language, "coordination.unreachable", offset + len(shown), remaining)] \
        if remaining > 0 else None
    return card(body, "\n".join(fallback), actions)


def export_card(language: Language, csv_url: str, xlsx_url: str) -> dict[str, Any]:
    text = _t(language, "Exporten av inskickade remissvar och inspel är klar. Länkarna gäller i 15 minuter.",
              "The export of submitted responses and input is ready. The links are valid for 15 minutes.")
    title = _t(language, "Exporten är klar", "The export is ready")
    detail = _t(language, "Inskickade remissvar och inspel. Länkarna gäller i 15 minuter; dela dem inte.",
                "Submitted responses and input. The links are valid for 15 minutes; do not share them.")
    return card([heading(title), text_block(detail, spacing="Small")], text, [
        {"type": "Action.OpenUrl", "title": _t(language, "Ladda ner Excel (XLSX)", "Download Excel (XLSX)"),
         "url": xlsx_url},
        {"type": "Action.OpenUrl", "title": _t(language, "Ladda ner CSV", "Download CSV"), "url": csv_url}])


# -- polls ---------------------------------------------------------------------------------------
def poll_card(state: PollState, now: dt.datetime, *, thanks: str | None = None) -> dict[str, Any]:
    poll = state.poll
    language: Language = "en" if poll.language == "en" else "sv"
    closed = poll.is_closed(now)
    body: list[dict[str, Any]] = [
        text_block(_t(language, "Snabbomröstning", "Quick poll"), isSubtle=True, size="Small"),
        heading(literal(poll.question), spacing="None"),
    ]
    fallback = [poll.question]
    for index, option in enumerate(poll.options):
        votes = state.tally[index]
        share = round(100 * votes / state.voters) if state.voters else 0
        bar = "█" * round(share / 10) + "░" * (10 - round(share / 10))
        line = f"{option}: {votes} ({share} %)"
        fallback.append(line)
        body.append({"type": "ColumnSet", "spacing": "Small", "columns": [
            {"type": "Column", "width": "stretch", "items": [text_block(literal(option))]},
            {"type": "Column", "width": "auto", "items": [text_block(f"{bar} {votes}", fontType="Monospace")]}]})
    status = _t(language, f"{state.voters} har röstat.", f"{state.voters} have voted.")
    if closed:
        status += _t(language, " Omröstningen är stängd.", " The poll is closed.")
    elif poll.closes_at:
        status += _t(language, f" Stänger {format_moment(poll.closes_at, language)}.",
                     f" Closes {format_moment(poll.closes_at, language)}.")
    body.append(text_block(status, isSubtle=True))
    fallback.append(status)
    if thanks:
        body.append(text_block(thanks, color="Good"))
    actions = None
    if not closed:
        body.append({"type": "Input.ChoiceSet", "id": "option", "style": "expanded", "isRequired": True,
                     "label": _t(language, "Din röst", "Your vote"),
                     "errorMessage": _t(language, "Välj ett alternativ.", "Choose an option."),
                     "choices": [{"title": o, "value": str(i)} for i, o in enumerate(poll.options)]})
        # Closing needs no vote: "none" neither validates nor sends the required ChoiceSet
        # (https://learn.microsoft.com/adaptive-cards/schema-explorer/action-execute, AssociatedInputs).
        actions = [{"type": "Action.Execute", "verb": "poll.vote", "title": _t(language, "Rösta", "Vote"),
                    "data": {"poll_id": poll.ref, "language": language}, "style": "positive"},
                   {"type": "Action.Execute", "verb": "poll.close", "associatedInputs": "none",
                    "title": _t(language, "Stäng (samordnare)", "Close (coordinators)"),
                    "data": {"poll_id": poll.ref, "language": language}}]
    return card(body, "\n".join(fallback), actions)
