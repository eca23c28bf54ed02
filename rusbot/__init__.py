"""rusbot's plain-Python core: the process model, the answer engine, the stores and the clock.

Nothing here imports the Bot Framework; `bot/` and `dialogs/` are the only Teams edge.
"""
