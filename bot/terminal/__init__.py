"""The terminal as a small Teams: `python -m bot chat` (bot/chat.py).

The real app runs in the chat's process on a loopback port and gets Teams-shaped activities over
HTTP, as from Teams; what it sends goes through its real connector to a Bot Connector of the
terminal's own (connector.py), which keeps each conversation's messages in the data folder
(transcript.py) and shows them. Cards are drawn as text with numbered buttons, forms become
prompts (render.py, inputs.py), and a button press is sent as the same activity Teams would send
(a message, `task/fetch`, `task/submit` or `adaptiveCard/action`), so every reply comes from the
bot's own handlers.
"""
