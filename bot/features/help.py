"""Help and greetings, written from the command table so they never promise a missing command."""

from __future__ import annotations

from bot.routing import Command
from bot.turn import Turn
from rusbot.process.model import Text

EXAMPLES_SV = ("Vad händer nu?", "När går remissen ut?", "Vem bestämmer vad som ska uppdateras?",
               "Vilka är med i partnerskapet?")
EXAMPLES_EN = ("What is happening now?", "When does the consultation open?", "Who decides what is updated?",
               "Who is in the partnership?")


def _command_lines(turn: Turn) -> list[str]:
    scope = "personal" if turn.kind == "personal" else ("team" if turn.kind == "channel" else "groupChat")
    lines = []
    for command in turn.services.commands.available(scope):
        if command.coordinator_only and not turn.is_coordinator():
            continue
        lines.append(f"- **{command.title.get(turn.language)}** – {command.description.get(turn.language)}")
    return lines


async def capabilities_text(turn: Turn) -> str:
    """What the bot can do, with the coordinators' commands for coordinators. Async because a
    coordinator named by e-mail is only known after the member look-up."""
    await turn.load_email()
    title = turn.process.title.get(turn.language)
    examples = EXAMPLES_EN if turn.language == "en" else EXAMPLES_SV
    intro = turn.t(
        f"Hej! Jag är RUS-boten och hjälper Partnerskapet för regional utveckling i processen **{title}**. "
        "Fråga mig om tidplanen, faserna, remissen och vem som gör vad, till exempel:",
        f"Hi! I am the RUS bot and help the Partnership for Regional Development in the process **{title}**. "
        "Ask me about the timeline, the phases, the consultation and who does what, for example:")
    lines = [intro, *(f"- *{e}*" for e in examples), "", turn.t("Kommandon:", "Commands:"), *_command_lines(turn)]
    return "\n".join(lines)


def team_intro_text(turn: Turn) -> str:
    title = turn.process.title.get(turn.language)
    example = (EXAMPLES_EN if turn.language == "en" else EXAMPLES_SV)[1]
    return turn.t(
        f"Hej alla! Jag är RUS-boten och svarar på frågor om processen **{title}**: tidplan, remiss och roller. "
        f"Nämn mig med @ och fråga, till exempel *{example}* Skriv **hjälp** för mer.",
        f"Hi everyone! I am the RUS bot and answer questions about the process **{title}**: timeline, consultation "
        "and roles. "
        f"@mention me and ask, for example *{example}* Type **help** for more.")


async def show_help(turn: Turn, _rest: str) -> None:
    await turn.say(await capabilities_text(turn))


COMMANDS = (
    Command(id="help", words=("hjälp", "help", "hjalp"),
            title=Text(sv="hjälp", en="help"),
            description=Text(sv="Vad jag kan hjälpa till med", en="What I can help with"),
            run=show_help),
)
