"""A small PNG reader for checking the app icons without an imaging library at run time.

It reads non-interlaced PNGs of every colour type and bit depth (what image editors and Pillow
write) into 8-bit RGBA pixels. Interlaced files are refused with a message that says how to re-save them.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples per pixel
_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}


class PngError(ValueError):
    """Not a PNG this reader can check; the message says why."""


@dataclass(frozen=True)
class Png:
    width: int
    height: int
    color_type: int
    pixels: list[tuple[int, int, int, int]]  # RGBA, row by row

    @property
    def has_alpha(self) -> bool:
        return any(a < 255 for *_, a in self.pixels)


def size(data: bytes) -> tuple[int, int]:
    """Width and height from the header alone."""
    if not data.startswith(SIGNATURE) or data[12:16] != b"IHDR":
        raise PngError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def read(data: bytes) -> Png:
    if not data.startswith(SIGNATURE):
        raise PngError("not a PNG file")
    pos, header, palette, trns, idat = len(SIGNATURE), b"", b"", b"", bytearray()
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if len(chunk) != length:
            raise PngError("truncated PNG file")
        if kind == b"IHDR":
            header = chunk
        elif kind == b"PLTE":
            palette = chunk
        elif kind == b"tRNS":
            trns = chunk
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
        pos += 12 + length
    if len(header) != 13:
        raise PngError("PNG without a valid IHDR header")
    width, height, depth, color_type, _compression, _filter, interlace = struct.unpack(">IIBBBBB", header)
    if color_type not in _CHANNELS or depth not in _DEPTHS[color_type]:
        raise PngError(f"invalid PNG header (bit depth {depth}, colour type {color_type})")
    if interlace:
        raise PngError("interlaced PNGs are not checked; save it again as a non-interlaced (8-bit RGBA) PNG")
    channels = _CHANNELS[color_type]
    try:
        raw = zlib.decompress(bytes(idat))
    except zlib.error as exc:
        raise PngError(f"corrupt PNG image data: {exc}") from None
    stride = (width * channels * depth + 7) // 8
    if len(raw) != height * (stride + 1):
        raise PngError("PNG image data does not match its size")
    rows = _unfilter(raw, height, stride, max(1, channels * depth // 8))
    pixels = []
    for row in rows:
        samples = _samples(row, width * channels, depth)
        for x in range(width):
            pixels.append(_rgba(samples[x * channels:(x + 1) * channels], color_type, depth, palette, trns))
    return Png(width, height, color_type, pixels)


def _samples(row: bytes, count: int, depth: int) -> list[int]:
    if depth == 8:
        return list(row[:count])
    if depth == 16:
        return [int.from_bytes(row[2 * i:2 * i + 2], "big") for i in range(count)]
    per_byte, mask = 8 // depth, (1 << depth) - 1
    return [(row[i // per_byte] >> (8 - depth * (i % per_byte + 1))) & mask for i in range(count)]


def _unfilter(raw: bytes, height: int, stride: int, bpp: int) -> list[bytes]:
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            up_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[i] = (line[i] + pred) & 0xFF
            elif kind != 0:
                raise PngError(f"unknown PNG filter type {kind}")
        rows.append(bytes(line))
        previous = line
    return rows


def _rgba(samples: list[int], color_type: int, depth: int, palette: bytes, trns: bytes) -> tuple[int, int, int, int]:
    if color_type == 3:
        index = samples[0]
        if 3 * index + 3 > len(palette):
            raise PngError("PNG palette index out of range")
        r, g, b = palette[3 * index:3 * index + 3]
        return r, g, b, trns[index] if index < len(trns) else 255

    def to8(value: int) -> int:
        return value >> 8 if depth == 16 else value * 255 // ((1 << depth) - 1)

    if color_type == 6:
        r, g, b, a = samples
        return to8(r), to8(g), to8(b), to8(a)
    if color_type == 4:
        v, a = samples
        return to8(v), to8(v), to8(v), to8(a)
    if color_type == 2:
        r, g, b = samples
        clear = len(trns) == 6 and struct.unpack(">HHH", trns) == (r, g, b)
        return to8(r), to8(g), to8(b), 0 if clear else 255
    (v,) = samples
    clear = len(trns) == 2 and struct.unpack(">H", trns)[0] == v
    return to8(v), to8(v), to8(v), 0 if clear else 255
