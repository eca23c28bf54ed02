"""The Teams tab's plain core: who the viewer is (roles.py) and what the pages show (readmodel.py).
The HTTP edge is bot/tab/."""
