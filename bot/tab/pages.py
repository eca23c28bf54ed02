"""The tab's pages as HTML fragments, Swedish first, English by the Teams locale.

Everything shown is escaped here (`e()`); the fragments carry no scripts, no inline styles and no
event attributes (the content security policy allows neither), only classes and `data-` attributes
that tab.js reads. Semantics do the accessibility work: one h1 per page that takes focus, tables
with captions and header cells, labelled form fields with their errors tied to them, pictures with
a text equivalent beside them, and states written out, never shown by colour alone.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from rusbot.answers.timeline import TimelineEntry
from rusbot.clock import STOCKHOLM
from rusbot.i18n import format_date
from rusbot.input.forms import POSITIONS, remiss_parts
from rusbot.input.store import InspelRecord, RevisionRecord
from rusbot.process.model import Language, Process
from rusbot.tab.picture import Bar, TimelinePicture, days_left_text
from rusbot.tab.readmodel import (
    InspelFilter,
    InspelOverview,
    RemissvarOverview,
    RemissvarRow,
    local_day,
    organisation_name,
    topic_name,
)
from rusbot.tab.roles import Viewer
from scheduling.plan import MeetingOccurrence, Reminder

INSPEL_PAGE_SIZE = 100
EXCERPT = 160


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def t(language: Language, sv: str, en: str) -> str:
    return en if language == "en" else sv


def day(value: dt.date | None, language: Language) -> str:
    return format_date(value, language) if value is not None else ""


def _page(title: str, body: str, *, page: str) -> str:
    return (f'<section class="page page-{e(page)}" aria-labelledby="page-title">'
            f'<h1 id="page-title" tabindex="-1">{e(title)}</h1>{body}</section>')


def view_link(view: str, text: str, *, params: dict[str, str] | None = None, label: str | None = None) -> str:
    query = urlencode({"page": view.split("/")[0], **(params or {})})
    extra = f' aria-label="{e(label)}"' if label else ""
    data_params = f' data-params="{e(urlencode(params))}"' if params else ""
    return f'<a href="?{e(query)}" data-view="{e(view)}"{data_params}{extra}>{e(text)}</a>'


def _notice(message: str | None, *, kind: str = "info") -> str:
    if not message:
        return ""
    return f'<p class="notice notice-{e(kind)}" role="status" tabindex="-1">{e(message)}</p>'


# -- sign-in and access -------------------------------------------------------------------------------
def access_page(viewer: Viewer | None, process: Process, language: Language, *, coordinators_only: bool = False) -> str:
    if coordinators_only and viewer is not None and viewer.role != "none":
        body = f'<p>{e(t(language, "Den här sidan är bara för samordnarna.", "This page is for the coordinators only."))}</p>'
        return _page(t(language, "Bara för samordnarna", "Coordinators only"), body, page="access")
    lines = [t(language, "Fliken visar partnerskapets arbete för dem som företräder en remissinstans och för "
                         "samordnarna.",
               "The tab shows the partnership's work to those who represent an organisation and to the coordinators.")]
    if viewer is not None and viewer.pending_organisation_id:
        name = organisation_name(process, viewer.pending_organisation_id)
        lines.append(t(language, f"Du har valt {name}. En samordnare behöver bekräfta att du företräder "
                                 "organisationen; sedan ser du den här.",
                       f"You have chosen {name}. A coordinator needs to confirm that you represent it; then you "
                       "will see it here."))
    else:
        lines.append(t(language, "Skriv organisation till RUS-boten i en chatt med den för att koppla dig till din "
                                 "organisation. Hör din e-postadress till organisationen bekräftas kopplingen direkt, "
                                 "annars bekräftar en samordnare den.",
                       "Write organisation to the RUS bot in a chat with it to link yourself to your organisation. "
                       "If your e-mail address belongs to the organisation the link is confirmed at once; "
                       "otherwise a coordinator confirms it."))
    body = "".join(f"<p>{e(line)}</p>" for line in lines)
    return _page(t(language, "Du har inte tillgång ännu", "You do not have access yet"), body, page="access")


# -- Översikt -----------------------------------------------------------------------------------------
ROW_HEIGHT = 30
LABEL_WIDTH = 300
AXIS_LEFT, AXIS_RIGHT = 310, 990
AXIS_TOP = 40


def _x(picture: TimelinePicture, when: dt.date, *, end: bool = False) -> float:
    width = AXIS_RIGHT - AXIS_LEFT
    position = picture.position(when + dt.timedelta(days=1) if end else when)
    return round(AXIS_LEFT + width * position, 1)


def entry_status(entry: TimelineEntry) -> str:
    """done only when the plan's dates have passed *and* the process file says it happened (as the chat's
    timeline card): a passed date alone says what was planned, not that a decision was taken."""
    if entry.status == "past":
        return "done" if entry.done else "planned"
    return "in-order" if entry.in_order else entry.status


def _status_text(status: str, language: Language) -> str:
    return {"done": t(language, "klart", "done"),
            "planned": t(language, "planerat, datumet har passerat", "planned, its date has passed"),
            "current": t(language, "pågår", "under way"),
            "in-order": t(language, "nu eller senare, i denna ordning", "now or later, in this order"),
            "upcoming": t(language, "kommer", "coming")}[status]


def _bar_svg(picture: TimelinePicture, bar: Bar, row: int) -> str:
    y = AXIS_TOP + row * ROW_HEIGHT
    entry = bar.entry
    label = entry.name if len(entry.name) <= 38 else entry.name[:37].rstrip() + "…"
    parts = [f'<text class="tl-label" x="{LABEL_WIDTH}" y="{y + 19}" text-anchor="end">{e(label)}</text>']
    status = f"status-{entry_status(entry)}"
    for start, end in bar.approximate:
        x1, x2 = _x(picture, start), _x(picture, end, end=True)
        parts.append(f'<rect class="tl-bar tl-approx {status}" x="{x1}" y="{y + 6}" width="{max(2.0, x2 - x1):.1f}" '
                     f'height="{ROW_HEIGHT - 12}" fill="url(#tl-hatch)"/>')
    if bar.sure is not None:
        x1, x2 = _x(picture, bar.sure[0]), _x(picture, bar.sure[1], end=True)
        parts.append(f'<rect class="tl-bar tl-sure {status}" x="{x1}" y="{y + 6}" width="{max(2.0, x2 - x1):.1f}" '
                     f'height="{ROW_HEIGHT - 12}"/>')
    if bar.point is not None:
        cx, cy = _x(picture, bar.point) + 1, y + ROW_HEIGHT / 2
        parts.append(f'<path class="tl-point {status}" d="M{cx} {cy - 8} L{cx + 8} {cy} L{cx} {cy + 8} '
                     f'L{cx - 8} {cy} Z"/>')
    return "".join(parts)


def timeline_svg(picture: TimelinePicture, language: Language) -> str:
    height = AXIS_TOP + len(picture.bars) * ROW_HEIGHT + 16
    ticks = []
    for month in picture.months:
        x = _x(picture, month)
        ticks.append(f'<line class="tl-tick" x1="{x}" x2="{x}" y1="{AXIS_TOP - 6}" y2="{height - 10}"/>')
        label = month.strftime("%m") if month.month != 1 else str(month.year)
        ticks.append(f'<text class="tl-month" x="{x + 3}" y="{AXIS_TOP - 12}">{e(label)}</text>')
    rows = "".join(_bar_svg(picture, bar, i) for i, bar in enumerate(picture.bars))
    today = ""
    if picture.today_on_axis:
        x = _x(picture, picture.today)
        today = (f'<line class="tl-today" x1="{x}" x2="{x}" y1="{AXIS_TOP - 30}" y2="{height - 4}"/>'
                 f'<text class="tl-today-label" x="{x + 4}" y="{AXIS_TOP - 28}">{e(t(language, "Idag", "Today"))}</text>')
    start_text, end_text = day(picture.start, language), day(picture.end, language)
    desc = t(language, f"Tidplanen från {start_text} till {end_text}, en rad per daterad punkt. Randiga fält är "
                       f"ungefärliga datum, fyllda fält kända datum, romber enskilda dagar. Idag: "
                       f"{day(picture.today, language)}. Samma innehåll finns som lista under bilden.",
             f"The timeline from {start_text} to {end_text}, one row per dated item. Striped fields are approximate "
             f"dates, filled fields known dates, diamonds single days. Today: {day(picture.today, language)}. The "
             "same content is in the list below the picture.")
    return (f'<svg class="timeline-svg" viewBox="0 0 1000 {height}" role="img" aria-labelledby="tl-title tl-desc" '
            f'focusable="false"><title id="tl-title">{e(t(language, "Tidplanen som bild", "The timeline as a picture"))}'
            f'</title><desc id="tl-desc">{e(desc)}</desc>'
            '<defs><pattern id="tl-hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect class="tl-hatch-bg" width="8" height="8"/>'
            '<line class="tl-hatch-line" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>'
            f'{"".join(ticks)}{rows}{today}</svg>')


def _legend(language: Language) -> str:
    return ('<ul class="legend">'
            f'<li><span class="swatch swatch-sure" aria-hidden="true"></span>{e(t(language, "känt datum", "known date"))}</li>'
            f'<li><span class="swatch swatch-approx" aria-hidden="true"></span>'
            f'{e(t(language, "ungefärligt datum (källan anger bara månad eller del av månad)", "approximate date (the source gives only a month or part of one)"))}</li>'
            f'<li><span class="swatch swatch-point" aria-hidden="true"></span>{e(t(language, "en bestämd dag", "a single known day"))}</li>'
            f'<li><span class="swatch swatch-today" aria-hidden="true"></span>{e(t(language, "idag", "today"))}</li></ul>')


def _meeting_when(meeting: MeetingOccurrence, language: Language) -> str:
    text = format_date(meeting.day, language, True)
    if meeting.start is not None:
        text += f" {t(language, 'kl.', 'at')} {meeting.start.astimezone(STOCKHOLM).strftime('%H:%M')}"
    return text


def _meeting_item(meeting: MeetingOccurrence, language: Language) -> str:
    parts = [f'<h3>{e(meeting.name.get(language))}</h3><p><time datetime="{meeting.day.isoformat()}">'
             f'{e(_meeting_when(meeting, language))}</time></p>']
    if meeting.location:
        parts.append(f"<p>{e(t(language, 'Plats', 'Place'))}: {e(meeting.location)}</p>")
    if meeting.link:
        parts.append(f'<p><a href="{e(meeting.link)}" target="_blank" rel="noopener noreferrer">'
                     f'{e(t(language, "Anslut till mötet", "Join the meeting"))}'
                     f'<span class="visually-hidden"> {e(meeting.name.get(language))}</span></a></p>')
    if meeting.prepare:
        parts.append(f"<p>{e(t(language, 'Förbered', 'Prepare'))}: {e(meeting.prepare.get(language))}</p>")
    if meeting.source == "coordinators":
        parts.append(f'<p class="subtle">{e(t(language, "Samordnarnas uppgift", "The coordinators own data"))}</p>')
    return f'<li class="meeting">{"".join(parts)}</li>'


def overview_page(picture: TimelinePicture, upcoming: Sequence[MeetingOccurrence], calendar_url: str,
                  language: Language) -> str:
    view = picture.view
    parts = [f'<p class="lead">{e(view.title)}. {e(t(language, "Idag", "Today"))}: '
             f'<time datetime="{picture.today.isoformat()}">{e(view.today)}</time></p>']
    if picture.consultation is not None:
        c = picture.consultation
        parts.append(f'<div class="panel consultation"><h2>{e(c.name)}</h2><p class="big">'
                     f'{e(days_left_text(c, language))}</p></div>')
    parts.append(f'<h2>{e(t(language, "Tidplanen", "The timeline"))}</h2>')
    if not picture.today_on_axis:
        where = t(language, "före", "before") if picture.today < picture.start else t(language, "efter", "after")
        parts.append(_notice(t(language, f"Idag ligger {where} tidplanen.", f"Today lies {where} the timeline.")))
    parts.append(f'<figure class="timeline">{timeline_svg(picture, language)}<figcaption>{_legend(language)}'
                 f'</figcaption></figure>')
    items = []
    for entry in view.entries:
        approx = "" if entry.exact or not entry.dated else f' <span class="tag">{e(t(language, "ungefärligt", "approximate"))}</span>'
        when = e(entry.when) if entry.when else e(t(language, "inget datum i källan", "no date in the source"))
        phase = f' <span class="subtle">({e(entry.phase)})</span>' if entry.phase else ""
        status = entry_status(entry)
        items.append(f'<li class="status-{e(status)}"><strong>{e(entry.name)}</strong>{phase}: {when}{approx}'
                     f' – <span class="status">{e(_status_text(status, language))}</span></li>')
    parts.append(f'<h2>{e(t(language, "Tidplanen i text", "The timeline as text"))}</h2>'
                 f'<ol class="timeline-list">{"".join(items)}</ol>')
    parts.append(f'<h2>{e(t(language, "Nästa möten", "Next meetings"))}</h2>')
    if upcoming:
        parts.append(f'<ul class="meetings">{"".join(_meeting_item(m, language) for m in upcoming)}</ul>')
    else:
        parts.append(f'<p>{e(t(language, "Inga kommande möten är kända.", "No upcoming meetings are known."))}</p>')
    parts.append(f'<h2>{e(t(language, "Kalendern", "The calendar"))}</h2><p>'
                 f'{e(t(language, "Prenumerera på tidplanen och mötena i din kalender med den här adressen:", "Subscribe to the timeline and the meetings in your calendar with this address:"))}'
                 f'</p><p><label for="calendar-url">{e(t(language, "Kalenderadress", "Calendar address"))}</label> '
                 f'<input id="calendar-url" class="copy" type="text" readonly value="{e(calendar_url)}"> '
                 f'<a href="{e(calendar_url)}" download="rus.ics">{e(t(language, "Ladda ner rus.ics", "Download rus.ics"))}</a></p>')
    return _page(t(language, "Översikt", "Overview"), "".join(parts), page="overview")


# -- Remissvar ----------------------------------------------------------------------------------------
def _state_text(row: RemissvarRow, language: Language) -> str:
    if row.state == "submitted":
        text = t(language, f"Inlämnat {day(row.submitted_on, language)}", f"Submitted {day(row.submitted_on, language)}")
        if row.unsent_changes:
            text += t(language, " (utkast till ändringar sparat efter det)", " (a draft of changes saved since)")
        return text
    if row.state == "draft":
        return t(language, f"Utkast sparat {day(row.draft_saved_on, language)}",
                 f"Draft saved {day(row.draft_saved_on, language)}")
    return t(language, "Inget utkast", "No draft")


def _remissvar_table(rows: Sequence[RemissvarRow], language: Language, caption: str) -> str:
    head = [t(language, "Organisation", "Organisation"), t(language, "Läge", "State"),
            t(language, "Version", "Revision"), t(language, "Diarienummer", "Reference number"),
            t(language, "Kvitto", "Receipt"), t(language, "Anstånd", "Extension"), t(language, "Läs", "Read")]
    body = []
    for row in rows:
        read = view_link(f"remissvar/{row.organisation_id}", t(language, "Läs remissvaret", "Read the response"),
                         label=t(language, f"Läs remissvaret från {row.name}", f"Read the response from {row.name}")) \
            if row.state == "submitted" else ""
        extension = t(language, f"t.o.m. {day(row.extension_until, language)}",
                      f"until {day(row.extension_until, language)}") if row.extension_until else ""
        body.append(f'<tr class="state-{e(row.state)}"><th scope="row">{e(row.name)}</th>'
                    f'<td><span class="state state-{e(row.state)}">{e(_state_text(row, language))}</span></td>'
                    f'<td>{e(row.revision or "")}</td><td>{e(row.diarienummer or "")}</td><td>{e(row.receipt or "")}</td>'
                    f'<td>{e(extension)}</td><td>{read}</td></tr>')
    head_html = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
    return (f'<div class="table-wrap"><table class="data"><caption>{e(caption)}</caption><thead><tr>{head_html}</tr>'
            f'</thead><tbody>{"".join(body)}</tbody></table></div>')


def answers_chart(series: Sequence[tuple[dt.date, int]], total: int, start: dt.date, end: dt.date,
                  language: Language) -> str:
    """Organisations answered over time: a step line from the first day of the consultation to today."""
    width, height, left, bottom, top = 1000, 220, 60, 190, 20
    span = max(1, (end - start).days)

    def x(when: dt.date) -> float:
        return round(left + (width - left - 20) * min(1.0, max(0.0, (when - start).days / span)), 1)

    def y(count: int) -> float:
        return round(bottom - (bottom - top) * (count / max(1, total)), 1)

    points = [f"{x(start)},{y(0)}"]
    previous = 0
    for when, count in series:
        points.append(f"{x(when)},{y(previous)}")
        points.append(f"{x(when)},{y(count)}")
        previous = count
    points.append(f"{x(end)},{y(previous)}")
    grid = "".join(f'<line class="chart-grid" x1="{left}" x2="{width - 20}" y1="{y(v)}" y2="{y(v)}"/>'
                   f'<text class="chart-axis" x="{left - 8}" y="{y(v) + 4}" text-anchor="end">{v}</text>'
                   for v in sorted({0, total // 2, total}))
    labels = (f'<text class="chart-axis" x="{left}" y="{height - 8}">{e(day(start, language))}</text>'
              f'<text class="chart-axis" x="{width - 20}" y="{height - 8}" text-anchor="end">{e(day(end, language))}</text>')
    described = "; ".join(f"{day(when, language)}: {count}" for when, count in series) or \
        t(language, "inga svar ännu", "no answers yet")
    title = t(language, "Svar över tid", "Answers over time")
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="answers-title answers-desc" '
            f'focusable="false"><title id="answers-title">{e(title)}</title><desc id="answers-desc">'
            f'{e(t(language, "Antal remissinstanser som har svarat, per dag", "Organisations that have answered, by day"))}: '
            f'{e(described)}</desc>{grid}{labels}<polyline class="chart-line" points="{" ".join(points)}"/></svg>')


def remissvar_page(overview: RemissvarOverview, viewer: Viewer, language: Language, *,
                   chart_span: tuple[dt.date, dt.date] | None) -> str:
    parts = []
    if viewer.coordinator:
        label = t(language, f"{overview.answered} av {overview.total} har svarat",
                  f"{overview.answered} of {overview.total} have answered")
        parts.append(f'<div class="panel"><p class="big" id="answered-label">{e(label)}</p>'
                     f'<progress class="progress" max="{overview.total}" value="{overview.answered}" '
                     f'aria-labelledby="answered-label">{e(label)}</progress></div>')
        if chart_span is not None:
            parts.append(f'<h2>{e(t(language, "Svar över tid", "Answers over time"))}</h2><figure class="chart-figure">'
                         f'{answers_chart(overview.answered_by_day, overview.total, *chart_span, language)}</figure>')
        parts.append(f'<h2>{e(t(language, "Remissinstanserna", "The organisations"))}</h2>')
        parts.append(_remissvar_table(overview.rows, language, t(
            language, "Remissvar per remissinstans: läge och datum, aldrig utkastens innehåll",
            "Responses per organisation: state and dates, never the drafts' contents")))
        return _page(t(language, "Remissvar", "Responses"), "".join(parts), page="remissvar")
    if not overview.rows:
        parts.append(f"<p>{e(t(language, 'Din organisation är inte remissinstans.', 'Your organisation is not asked for a response.'))}</p>")
    else:
        parts.append(_remissvar_table(overview.rows, language, t(language, "Er organisations remissvar",
                                                                 "Your organisation's response")))
        parts.append(f'<p>{e(t(language, "Utkast och inlämning gör ni i chatten med RUS-boten (remissvar).", "Drafts and submission are done in the chat with the RUS bot (response)."))}</p>')
    return _page(t(language, "Ert remissvar", "Your response"), "".join(parts), page="remissvar")


def remissvar_read_page(process: Process, organisation_id: str, revision: RevisionRecord,
                        history: Sequence[RevisionRecord], language: Language) -> str:
    content = revision.content
    name = organisation_name(process, organisation_id)
    rows: list[tuple[str, str]] = [
        (t(language, "Version", "Revision"), str(revision.revision)),
        (t(language, "Inlämnat", "Submitted"), day(local_day(revision.submitted_at), language)),
        (t(language, "Kvitto", "Receipt"), revision.receipt),
    ]
    if content.position:
        rows.append((t(language, "Ställningstagande", "Position"), POSITIONS[content.position][1 if language == "en" else 0]))
    for part in remiss_parts(process):
        text = content.comments.get(part.id)
        if text:
            rows.append((part.name.get(language), text))
    if content.decided_by:
        rows.append((t(language, "Beslutat av", "Decided by"), content.decided_by))
    if content.decision_date:
        rows.append((t(language, "Beslutsdatum", "Decision date"), day(content.decision_date, language)))
    if content.diarienummer:
        rows.append((t(language, "Diarienummer", "Reference number"), content.diarienummer))
    body = "".join(f'<dt>{e(label)}</dt><dd class="prose">{e(value)}</dd>' for label, value in rows)
    link = ""
    if content.protocol_link and content.protocol_link.startswith("https://"):
        link = (f'<dt>{e(t(language, "Protokoll", "Minutes"))}</dt><dd><a href="{e(content.protocol_link)}" '
                f'target="_blank" rel="noopener noreferrer">{e(content.protocol_link)}</a></dd>')
    others = [r for r in history if r.revision != revision.revision]
    history_html = ""
    if others:
        history_html = f'<h2>{e(t(language, "Andra versioner", "Other revisions"))}</h2><ul>' + "".join(
            f'<li>{view_link(f"remissvar/{organisation_id}", t(language, f"Version {r.revision}", f"Revision {r.revision}"), params={"revision": str(r.revision)})}'
            f' – {e(day(local_day(r.submitted_at), language))}, {e(r.receipt)}</li>' for r in reversed(others)) + "</ul>"
    back = f'<p>{view_link("remissvar", t(language, "Tillbaka till remissvaren", "Back to the responses"))}</p>'
    note = f'<p class="subtle">{e(t(language, "Inlämnat remissvar, skrivskyddat.", "Submitted response, read-only."))}</p>'
    return _page(t(language, f"Remissvar från {name}", f"Response from {name}"),
                 f"{back}{note}<dl class=\"record\">{body}{link}</dl>{history_html}", page="remissvar-read")


# -- Inspel -------------------------------------------------------------------------------------------
def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> str:
    """Horizontal bars with the figure written beside each: readable without colour or the picture."""
    if not rows:
        return ""
    most = max(count for _, count in rows) or 1
    height = 26 * len(rows) + 10
    bars = []
    for i, (label, count) in enumerate(rows):
        y = 6 + i * 26
        width = round(560 * count / most, 1)
        bars.append(f'<text class="chart-label" x="290" y="{y + 15}" text-anchor="end">{e(label[:42])}</text>'
                    f'<rect class="chart-bar" x="300" y="{y}" width="{max(width, 1.0)}" height="18"/>'
                    f'<text class="chart-value" x="{300 + width + 6}" y="{y + 15}">{count}</text>')
    desc = "; ".join(f"{label}: {count}" for label, count in rows)
    return (f'<figure class="chart-figure"><svg class="chart" viewBox="0 0 1000 {height}" role="img" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false"><title id="{chart_id}-title">'
            f'{e(title)}</title><desc id="{chart_id}-desc">{e(desc)}</desc>{"".join(bars)}</svg>'
            f'<figcaption>{e(title)}</figcaption></figure>')


def _options(choices: Iterable[tuple[str, str]], selected: str | None, everything: str) -> str:
    out = [f'<option value="">{e(everything)}</option>']
    for value, label in choices:
        chosen = " selected" if value == selected else ""
        out.append(f'<option value="{e(value)}"{chosen}>{e(label)}</option>')
    return "".join(out)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1].rstrip() + "…"


def inspel_page(process: Process, overview: InspelOverview, wanted: InspelFilter, viewer: Viewer,
                language: Language, *, page: int = 1) -> str:
    parts = []
    coordinator = viewer.coordinator
    if coordinator:
        parts.append(f'<p class="lead">{e(t(language, f"{overview.total} inspel totalt", f"{overview.total} inputs in all"))}</p>')
        parts.append('<div class="charts">' + bar_chart(
            "by-topic", t(language, "Inspel per ämne", "Input by topic"),
            [(topic_name(process, topic, language), n) for topic, n in overview.by_topic]) + bar_chart(
            "by-org", t(language, "Inspel per organisation", "Input by organisation"),
            [(organisation_name(process, org), n) for org, n in overview.by_organisation]) + "</div>")
        organisations = sorted(((o.id, o.name) for o in process.organisations), key=lambda kv: kv[1])
        parts.append(
            f'<form class="filters" data-view-form="inspel" role="search" aria-label="{e(t(language, "Filtrera inspelen", "Filter the input"))}">'
            f'<div class="field"><label for="f-topic">{e(t(language, "Ämne", "Topic"))}</label><select id="f-topic" name="topic">'
            f'{_options(((tp.id, tp.name.get(language)) for tp in process.inspel_topics), wanted.topic, t(language, "Alla ämnen", "All topics"))}</select></div>'
            f'<div class="field"><label for="f-org">{e(t(language, "Organisation", "Organisation"))}</label><select id="f-org" name="organisation">'
            f'{_options(organisations, wanted.organisation, t(language, "Alla organisationer", "All organisations"))}</select></div>'
            f'<div class="field"><label for="f-since">{e(t(language, "Från och med", "From"))}</label><input id="f-since" name="since" type="date" value="{e(wanted.since.isoformat() if wanted.since else "")}"></div>'
            f'<div class="field"><label for="f-until">{e(t(language, "Till och med", "Until"))}</label><input id="f-until" name="until" type="date" value="{e(wanted.until.isoformat() if wanted.until else "")}"></div>'
            f'<div class="field actions"><button type="submit">{e(t(language, "Filtrera", "Filter"))}</button> '
            f'{view_link("inspel", t(language, "Visa alla", "Show all"))}</div></form>')
    shown = overview.items[(page - 1) * INSPEL_PAGE_SIZE: page * INSPEL_PAGE_SIZE]
    count_text = t(language, f"Visar {len(shown)} av {len(overview.items)} inspel", f"Showing {len(shown)} of {len(overview.items)} inputs")
    parts.append(f'<p class="count" role="status">{e(count_text)}</p>')
    if shown:
        head = [t(language, "Datum", "Date"), t(language, "Organisation", "Organisation"), t(language, "Ämne", "Topic"),
                t(language, "Vad ska ändras", "What should change"), t(language, "Läs", "Read")]
        rows = []
        for item in shown:
            rows.append(f'<tr><td>{e(day(local_day(item.created_at), language))}</td>'
                        f'<td>{e(organisation_name(process, item.organisation_id))}</td>'
                        f'<td>{e(topic_name(process, item.topic, language))}</td>'
                        f'<th scope="row" class="excerpt">{e(_excerpt(item.change))}</th>'
                        f'<td>{view_link(f"inspel/{item.id}", t(language, "Läs", "Read"), label=t(language, f"Läs inspel {item.id}", f"Read input {item.id}"))}</td></tr>')
        head_html = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
        caption = t(language, "Inspelen, nyast först", "The input, newest first") if coordinator else \
            t(language, "Dina inspel", "Your input")
        parts.append(f'<div class="table-wrap"><table class="data"><caption>{e(caption)}</caption><thead><tr>{head_html}'
                     f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
    if len(overview.items) > page * INSPEL_PAGE_SIZE:
        params = {k: v for k, v in (("topic", wanted.topic), ("organisation", wanted.organisation),
                                    ("since", wanted.since.isoformat() if wanted.since else None),
                                    ("until", wanted.until.isoformat() if wanted.until else None)) if v}
        parts.append(f'<p>{view_link("inspel", t(language, "Nästa sida", "Next page"), params={**params, "p": str(page + 1)})}</p>')
    if not coordinator:
        parts.append(f'<p>{e(t(language, "Nya inspel lämnar du i chatten med RUS-boten (inspel).", "You give new input in the chat with the RUS bot (input)."))}</p>')
    return _page(t(language, "Inspel", "Input") if coordinator else t(language, "Dina inspel", "Your input"),
                 "".join(parts), page="inspel")


def inspel_read_page(process: Process, item: InspelRecord, language: Language) -> str:
    rows = [(t(language, "Organisation", "Organisation"), organisation_name(process, item.organisation_id)),
            (t(language, "Ämne", "Topic"), topic_name(process, item.topic, language)),
            (t(language, "Lämnat", "Given"), day(local_day(item.created_at), language)),
            (t(language, "Vad ska ändras", "What should change"), item.change),
            (t(language, "Varför", "Why"), item.reason)]
    if item.updated_at != item.created_at:
        rows.insert(3, (t(language, "Ändrat", "Changed"), day(local_day(item.updated_at), language)))
    if item.reference:
        rows.append((t(language, "Underlag", "Reference"), item.reference))
    body = "".join(f'<dt>{e(label)}</dt><dd class="prose">{e(value)}</dd>' for label, value in rows)
    back = f'<p>{view_link("inspel", t(language, "Tillbaka till inspelen", "Back to the input"))}</p>'
    return _page(t(language, f"Inspel {item.id}", f"Input {item.id}"), f'{back}<dl class="record">{body}</dl>',
                 page="inspel-read")


# -- Möten och påminnelser ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedReminder:
    reminder: Reminder
    text: str
    targets: int
    organisations: tuple[str, ...] = ()      # nudges: to whom


def _source_text(source: str, language: Language) -> str:
    return {"process": t(language, "tidplanen", "the timeline"),
            "deployment": t(language, "processfilen", "the process file"),
            "coordinators": t(language, "samordnarna", "the coordinators")}.get(source, source)


def meeting_form(language: Language, *, values: dict[str, str] | None = None, editing: MeetingOccurrence | None = None,
                 error: str | None = None) -> str:
    values = values or {}
    if editing is not None and not values:
        values = {"id": editing.id, "name": editing.name.sv, "date": editing.day.isoformat(),
                  "time": editing.start.astimezone(STOCKHOLM).strftime("%H:%M") if editing.start else "",
                  "link": editing.link or "", "prepare": editing.prepare.sv if editing.prepare else ""}
    moving = bool(values.get("id"))
    title = t(language, "Flytta mötet", "Move the meeting") if moving else t(language, "Nytt möte", "New meeting")
    described = ' aria-describedby="meeting-error"' if error else ""
    invalid = ' aria-invalid="true"' if error else ""
    error_html = f'<p id="meeting-error" class="error" role="alert" tabindex="-1">{e(error)}</p>' if error else ""
    hidden = f'<input type="hidden" name="id" value="{e(values["id"])}">' if moving else ""

    def field(name: str, label: str, kind: str, extra: str = "") -> str:
        return (f'<div class="field"><label for="m-{name}">{e(label)}</label>'
                f'<input id="m-{name}" name="{name}" type="{kind}" value="{e(values.get(name, ""))}"{extra}{described}></div>')

    return (f'<h2 id="meeting-form-title">{e(title)}</h2><form class="meeting-form" data-post="/tab/api/meetings" '
            f'aria-labelledby="meeting-form-title" novalidate>{error_html}{hidden}'
            + field("name", t(language, "Vad gäller mötet?", "What is the meeting about?"), "text",
                    f' required maxlength="200"{invalid}')
            + field("date", t(language, "Datum", "Date"), "date", " required")
            + field("time", t(language, "Tid (tomt om bara datumet är känt)", "Time (empty if only the date is known)"),
                    "time")
            + field("link", t(language, "Länk till Teams-mötet (valfritt)", "Link to the Teams meeting (optional)"),
                    "url", ' placeholder="https://teams.microsoft.com/…"')
            + f'<div class="field"><label for="m-prepare">{e(t(language, "Vad ska deltagarna förbereda? (valfritt)", "What should the participants prepare? (optional)"))}'
              f'</label><textarea id="m-prepare" name="prepare" rows="3" maxlength="1500">{e(values.get("prepare", ""))}</textarea></div>'
            + f'<p class="subtle">{e(t(language, "Påminnelserna planeras om när du sparar.", "The reminders are planned again when you save."))}</p>'
            + f'<div class="actions"><button type="submit">{e(t(language, "Spara mötet", "Save the meeting"))}</button>'
            + (f' {view_link("meetings", t(language, "Avbryt", "Cancel"))}' if moving else "") + "</div></form>")


def meetings_page(meetings: Sequence[MeetingOccurrence], planned: Sequence[PlannedReminder],
                  unreachable: Sequence[str], language: Language, *, form: str, message: str | None = None,
                  confirm_cancel: MeetingOccurrence | None = None, no_channel: str | None = None) -> str:
    """`unreachable`: scheduling.texts.describe_unreachable's lines (plain text), as `status` has them."""
    parts = [_notice(message)]
    if confirm_cancel is not None:
        name = confirm_cancel.name.get(language)
        parts.append(
            f'<div class="panel confirm"><h2>{e(t(language, "Ställa in mötet?", "Cancel the meeting?"))}</h2>'
            f'<p>{e(t(language, f"{name}, {_meeting_when(confirm_cancel, language)}. Dess påminnelser tas bort.", f"{name}, {_meeting_when(confirm_cancel, language)}. Its reminders are removed."))}</p>'
            f'<form data-post="/tab/api/meetings/cancel"><input type="hidden" name="id" value="{e(confirm_cancel.id)}">'
            f'<button type="submit" class="danger">{e(t(language, "Ja, ställ in mötet", "Yes, cancel the meeting"))}</button> '
            f'{view_link("meetings", t(language, "Nej, behåll det", "No, keep it"))}</form></div>')
    parts.append(f'<h2>{e(t(language, "Möten", "Meetings"))}</h2>')
    if meetings:
        head = [t(language, "Möte", "Meeting"), t(language, "När", "When"), t(language, "Länk", "Link"),
                t(language, "Från", "From"), t(language, "Ändra", "Change")]
        rows = []
        for m in meetings:
            name = m.name.get(language)
            link = (f'<a href="{e(m.link)}" target="_blank" rel="noopener noreferrer">'
                    f'{e(t(language, "Teams-mötet", "Teams meeting"))}<span class="visually-hidden"> {e(name)}</span></a>'
                    if m.link else "")
            actions = (view_link("meetings", t(language, "Flytta", "Move"), params={"edit": m.id},
                                 label=t(language, f"Flytta {name}", f"Move {name}")) + " " +
                       view_link("meetings", t(language, "Ställ in", "Cancel"), params={"cancel": m.id},
                                 label=t(language, f"Ställ in {name}", f"Cancel {name}")))
            rows.append(f'<tr><th scope="row">{e(name)}<div class="subtle">{e(m.id)}</div></th>'
                        f'<td>{e(_meeting_when(m, language))}</td><td>{link}</td>'
                        f'<td>{e(_source_text(m.source, language))}</td><td class="row-actions">{actions}</td></tr>')
        head_html = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
        parts.append(f'<div class="table-wrap"><table class="data"><caption>{e(t(language, "Mötena som påminnelserna gäller", "The meetings the reminders are about"))}'
                     f'</caption><thead><tr>{head_html}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
    else:
        parts.append(f"<p>{e(t(language, 'Inga möten är kända.', 'No meetings are known.'))}</p>")
    parts.append(form)
    parts.append(f'<h2>{e(t(language, "Kommande påminnelser", "Upcoming reminders"))}</h2>')
    if planned:
        head = [t(language, "Påminnelse", "Reminder"), t(language, "Mottagare", "Recipients")]
        rows = []
        for p in planned:
            if p.reminder.kind == "nudge":
                whom = t(language, f"{p.targets} personliga chattar", f"{p.targets} personal chats")
            else:
                whom = t(language, f"{p.targets} kanaler och gruppchattar", f"{p.targets} channels and group chats")
            rows.append(f'<tr><th scope="row">{e(p.text)}</th><td>{e(whom)}</td></tr>')
        head_html = "".join(f'<th scope="col">{e(h)}</th>' for h in head)
        parts.append(f'<div class="table-wrap"><table class="data"><caption>{e(t(language, "Det som skickas härnäst", "What is sent next"))}'
                     f'</caption><thead><tr>{head_html}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
    else:
        parts.append(f"<p>{e(t(language, 'Inga fler påminnelser är planerade.', 'No more reminders are planned.'))}</p>")
    parts.append(f'<h2>{e(t(language, "Påminnelser som inte når fram", "Reminders that do not get through"))}</h2>')
    if no_channel:
        # Part of the page, not feedback on an action: no live region, no focus.
        parts.append(f'<p class="no-channel"><strong>{e(no_channel)}</strong></p>')
    if unreachable:
        parts.append('<ul class="unreachable">' + "".join(f"<li>{e(line)}</li>" for line in unreachable) + "</ul>")
    elif not no_channel:
        parts.append(f"<p>{e(t(language, 'Teams har inte nekat någon påminnelse.', 'Teams has refused no reminder.'))}</p>")
    return _page(t(language, "Möten och påminnelser", "Meetings and reminders"), "".join(parts), page="meetings")


# -- Export -------------------------------------------------------------------------------------------
def export_page(csv_url: str, xlsx_url: str, language: Language) -> str:
    body = (f'<p>{e(t(language, "Inlämnade remissvar och alla inspel, för skrivfasen. Utkast tas aldrig med.", "Submitted responses and all input, for the writing phase. Drafts are never included."))}</p>'
            f'<ul class="downloads"><li><a href="{e(csv_url)}" download>{e(t(language, "Ladda ner CSV", "Download CSV"))}</a></li>'
            f'<li><a href="{e(xlsx_url)}" download>{e(t(language, "Ladda ner Excel", "Download Excel"))}</a></li></ul>'
            f'<p class="subtle">{e(t(language, "Länkarna är gjorda för dig och gäller i 15 minuter. Öppna sidan igen för nya.", "The links are made for you and work for 15 minutes. Open the page again for new ones."))}</p>')
    return _page(t(language, "Export", "Export"), body, page="export")
