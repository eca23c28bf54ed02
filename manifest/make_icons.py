"""Draws the two Teams app icons: `python manifest/make_icons.py [OUT_DIR]` (Pillow, a test dependency).

color.png   192x192, a white speech bubble holding a timeline (three milestones on a line, the
            middle one "today") on the app's accent colour.
outline.png 32x32, the same bubble and timeline in white on a transparent background.

Pure geometry, drawn at 8x and scaled down, so the result is the same on every machine;
tests/unit/test_teams_package.py redraws them and compares with the committed files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ACCENT = (0x0B, 0x5C, 0x6B, 255)   # manifest.template.json accentColor
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)
SCALE = 8


def _bubble(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], radius: float,
            fill: tuple[int, int, int, int] | None, outline: tuple[int, int, int, int] | None, width: int) -> None:
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
    # The tail, bottom left.
    tail = [(x0 + (x1 - x0) * 0.18, y1 - width), (x0 + (x1 - x0) * 0.14, y1 + (y1 - y0) * 0.28),
            (x0 + (x1 - x0) * 0.42, y1 - width)]
    draw.polygon(tail, fill=fill if fill else outline)
    if fill is None and outline is not None:
        # Open the bubble's border where the tail joins it, then outline the tail.
        draw.line([tail[0], tail[1], tail[2]], fill=outline, width=width, joint="curve")


def _timeline(draw: ImageDraw.ImageDraw, y: float, x0: float, x1: float, dot: float, line: int,
              color: tuple[int, int, int, int], hollow: tuple[int, int, int, int] | None) -> None:
    draw.line([(x0, y), (x1, y)], fill=color, width=line)
    for i, x in enumerate((x0, (x0 + x1) / 2, x1)):
        r = dot * (1.35 if i == 1 else 1.0)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
        if i == 2 and hollow is not None:
            inner = r * 0.5
            draw.ellipse((x - inner, y - inner, x + inner, y + inner), fill=hollow)


def color_icon() -> Image.Image:
    s = 192 * SCALE
    image = Image.new("RGBA", (s, s), ACCENT)
    draw = ImageDraw.Draw(image)
    u = s / 192
    _bubble(draw, (34 * u, 44 * u, 158 * u, 128 * u), 22 * u, WHITE, None, 0)
    _timeline(draw, 86 * u, 60 * u, 132 * u, 8 * u, round(6 * u), ACCENT, WHITE)
    return image.resize((192, 192), Image.Resampling.LANCZOS)


def outline_icon() -> Image.Image:
    s = 32 * SCALE
    image = Image.new("RGBA", (s, s), CLEAR)
    draw = ImageDraw.Draw(image)
    u = s / 32
    _bubble(draw, (3 * u, 5 * u, 29 * u, 22 * u), 5 * u, None, WHITE, round(2 * u))
    _timeline(draw, 13.5 * u, 9 * u, 23 * u, 1.8 * u, round(1.4 * u), WHITE, None)
    small = image.resize((32, 32), Image.Resampling.LANCZOS)
    # White only: keep the coverage as alpha, force every colour to pure white.
    alpha = small.getchannel("A")
    white = Image.new("RGBA", (32, 32), WHITE)
    white.putalpha(alpha)
    return white


def write(out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    color, outline = out_dir / "color.png", out_dir / "outline.png"
    color_icon().convert("RGB").save(color, optimize=True)
    outline_icon().save(outline, optimize=True)
    return color, outline


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for path in write(target):
        print(path)
