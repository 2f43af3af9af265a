"""Draw Tribune's favicon (a white "T" and speech tail on the accent blue) as a 16+32 px ICO, numpy-free.

    .venv/bin/python scripts/make_favicon.py    # writes tribune/core/static/tribune/favicon.ico
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

BLUE, WHITE, CLEAR = (11, 92, 173, 255), (255, 255, 255, 255), (0, 0, 0, 0)
OUT = Path(__file__).resolve().parents[1] / "tribune" / "core" / "static" / "tribune" / "favicon.ico"


def pixel(x: float, y: float) -> tuple[int, int, int, int]:
    """The colour at (x, y) in a unit square: rounded blue tile, "T" and a bubble tail at the bottom."""
    r = 0.18
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 0.82 - r)
    if y <= 0.82 and (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    if y > 0.82:  # the speech-bubble tail under the tile's lower left
        return BLUE if 0.2 <= x <= 0.2 + (0.98 - y) * 1.6 and y <= 0.98 else CLEAR
    if 0.2 <= x <= 0.8 and 0.14 <= y <= 0.27:  # the T's bar
        return WHITE
    if 0.42 <= x <= 0.58 and 0.27 <= y <= 0.7:  # its stem
        return WHITE
    return BLUE


def png(size: int) -> bytes:
    rows = b""
    for j in range(size):
        rows += b"\x00" + b"".join(bytes(pixel((i + 0.5) / size, (j + 0.5) / size)) for i in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def ico(sizes: tuple[int, ...] = (16, 32)) -> bytes:
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images, strict=True):
        out += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


if __name__ == "__main__":
    OUT.write_bytes(ico())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
