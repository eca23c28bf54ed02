"""The application factory: nothing is built at import time; `create_app` builds it all."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable

import aiohttp
from aiohttp import web
from botbuilder.core import InvokeResponse, MessageFactory, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot import exports, http
from bot.adapter import RusbotAdapter, build_authentication
from bot.appkeys import ADAPTER, BOT, OPENID_KEYS, SERVICES, SETTINGS
from bot.auth.channel import BOT_FRAMEWORK_METADATA_URL
from bot.auth.credentials import build_token_source
from bot.auth.keys import OpenIdKeyStore, RefreshPolicy
from bot.connector import Connector, TokenProvider
from bot.features import build_tables
from bot.features.polls import poll_closer_ctx, put_poll_card
from bot.handler import RusBot
from bot.input_services import InputServices
from bot.reminders import build_reminders, calendar, reminders_ctx
from bot.retention import retention_ctx
from bot.tab import add_tab
from bot.turn import Services, locale_language
from dialogs.flows import InspelFlowsOnDemand
from rusbot.answers.engine import AnswerEngine
from rusbot.clock import Clock, ShiftedClock, SystemClock
from rusbot.limits import RequestLimiter
from rusbot.process.loader import load_process
from rusbot.process.model import Process
from rusbot.settings import Settings, SettingsError
from rusbot.store.conversations import ConversationStore
from rusbot.store.db import DatabaseUnavailable, open_database
from rusbot.store.dialog_states import DialogStateStore
from rusbot.understanding.model import default_intent_model

log = logging.getLogger(__name__)

def clock_for(settings: Settings) -> Clock:
    return ShiftedClock(settings.now) if settings.now is not None else SystemClock()


def _turn_error_handler(adapter: RusbotAdapter) -> Callable[[TurnContext, Exception], object]:
    async def on_turn_error(context: TurnContext, error: Exception) -> None:
        # One error path: log it, tell the user something neutral, never a stack trace.
        if isinstance(error, DatabaseUnavailable):
            log.warning("turn failed: database unavailable")
        else:
            log.error("turn failed", exc_info=(type(error), error, error.__traceback__))
        if context.activity.type not in ("message", "invoke"):
            return
        english = locale_language(context.activity) == "en"
        text = ("Something went wrong on my side. Please try again in a moment." if english
                else "Något gick fel hos mig. Försök igen om en stund.")
        if isinstance(error, DatabaseUnavailable):
            text = ("I cannot reach my database right now. Please try again in a moment – nothing was changed."
                    if english else "Jag når inte min databas just nu. Försök igen om en stund – inget har ändrats.")
        if context.activity.type == "invoke":
            # Without an invoke response the adapter answers 501; Teams shows a generic error.
            # Answer 200 with the text where the dialog or card shows it.
            await context.send_activity(Activity(type=ActivityTypes.invoke_response,
                                                 value=InvokeResponse(status=200, body=_invoke_error_body(
                                                     context.activity.name, text))))
            return
        try:
            await context.send_activity(MessageFactory.text(text))
        except Exception:
            log.warning("could not tell the user about the error")

    return on_turn_error


def _invoke_error_body(name: str | None, text: str) -> dict[str, object]:
    if name in ("task/fetch", "task/submit"):
        return {"task": {"type": "message", "value": text}}
    if name == "adaptiveCard/action":
        return {"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": text}
    return {}


@contextlib.asynccontextmanager
async def running_services(settings: Settings, clock: Clock, process: Process,
                           token_provider: TokenProvider | None = None) -> AsyncIterator[Services]:
    """Everything a turn needs, opened in order and closed in reverse. Shared by the HTTP app
    and the terminal chat. `token_provider`: outbound bearer tokens; default `build_token_source`."""
    own_tokens = None
    if token_provider is None:
        token_provider = own_tokens = build_token_source(settings)
    db = open_database(settings.effective_database_url)
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30, connect=5))
    try:
        connector = Connector(session, token_provider=token_provider,
                              service_url_allowed=settings.service_url_allowed, app_rps=settings.teams_app_rps,
                              default_tenant=settings.only_tenant)
        commands, actions = build_tables()
        conversations = ConversationStore(db)
        inputs = InputServices(db, settings, connector, put_poll=put_poll_card(clock, conversations))
        reminders = build_reminders(settings, db, process, clock, connector, conversations, inputs.store)
        limiter = RequestLimiter(db)
        try:
            answers = AnswerEngine(process, contacts=settings.coordinators)
            yield Services(settings=settings, clock=clock, process=process, answers=answers,
                           db=db, conversations=conversations, connector=connector,
                           commands=commands, actions=actions, inputs=inputs, reminders=reminders,
                           inspel_flows=InspelFlowsOnDemand(DialogStateStore(db), clock),
                           limiter=limiter)
        finally:
            await limiter.close()
            await inputs.close()
    finally:
        await session.close()
        await db.close()
        if own_tokens is not None:
            await own_tokens.close()


def create_app(settings: Settings, *, clock: Clock | None = None, process: Process | None = None,
               token_provider: TokenProvider | None = None) -> web.Application:
    """Build the bot. The process file is read here so that a broken one stops the start.
    `token_provider` replaces the outbound token source (bot/auth/credentials.py); tests pass one.
    Raises SettingsError when production settings could not serve Teams (RUSBOT_PUBLIC_URL not https)."""
    # Here and not only in `python -m bot`: every way of starting the app (gunicorn's aiohttp worker,
    # an embedding script, tests) hands out links from this URL.
    problem = settings.public_url_problem()
    if problem:
        raise SettingsError(f"Felaktiga inställningar / invalid settings:\n  - {problem}")
    process = process or load_process(settings.process_file)
    default_intent_model()  # a broken model stops the start here, like a broken process file
    clock = clock or clock_for(settings)
    app = web.Application(client_max_size=http.MAX_BODY_BYTES)
    app[SETTINGS] = settings
    # Built here so that settings that cannot produce a token stop the start (SettingsError).
    own_tokens = None
    if token_provider is None:
        token_provider = own_tokens = build_token_source(settings)
    tokens = token_provider

    async def services_ctx(app: web.Application) -> AsyncIterator[None]:
        keys = OpenIdKeyStore(RefreshPolicy(timeout=settings.openid_timeout_seconds,
                                            refresh_interval=settings.openid_refresh_seconds,
                                            min_refresh_interval=settings.openid_min_refresh_seconds))
        try:
            async with running_services(settings, clock, process, tokens) as services:
                channel_keys = None
                if settings.production:
                    channel_keys = keys.keys(settings.openid_metadata_url or BOT_FRAMEWORK_METADATA_URL)
                    channel_keys.prefetch()
                adapter = RusbotAdapter(build_authentication(settings, channel_keys, tokens), services.connector)
                adapter.on_turn_error = _turn_error_handler(adapter)
                app[OPENID_KEYS] = keys
                app[SERVICES] = services
                app[ADAPTER] = adapter
                app[BOT] = bot = RusBot(services)
                try:
                    yield
                finally:
                    await bot.close()   # what invoke turns left for after their answer, before the connector closes
        finally:
            await keys.close()
            if own_tokens is not None:
                await own_tokens.close()

    app.cleanup_ctx.append(services_ctx)
    app.cleanup_ctx.append(reminders_ctx)
    app.cleanup_ctx.append(retention_ctx)
    app.cleanup_ctx.append(poll_closer_ctx)
    app.router.add_post("/api/messages", http.messages)
    app.router.add_get("/healthz", http.healthz)
    app.router.add_get("/exports/{token}", exports.download)
    app.router.add_get("/calendar.ics", calendar)
    add_tab(app)
    return app
