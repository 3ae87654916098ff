"""Renders icon.png (1024x1024) from the shapes of icon.svg with no image library.

Run: python3 resources/icons/generateIcon.py  (electron-builder derives .ico/.icns from the PNG)
"""
import math
import os
import struct
import zlib

SIZE = 1024
BACKGROUND = (0x14, 0x17, 0x1F)
METAL = (0xE6, 0xE6, 0xE6)
FLAME = (0xFF, 0xC9, 0x4D)
GLOW = (0xF5, 0xA5, 0x24)


def in_rounded_rect(x, y, left, top, width, height, radius):
    if not (left <= x <= left + width and top <= y <= top + height):
        return False
    cx = min(max(x, left + radius), left + width - radius)
    cy = min(max(y, top + radius), top + height - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_handle(x, y):
    distance = math.hypot(x - 512, y - 250)
    return y <= 250 and 140 <= distance <= 165


def in_flame(x, y):
    if math.hypot(x - 512, y - 600) <= 150:
        return True
    # The triangle from the tip (512, 330) to the circle's tangent points (±124.7, 516.7).
    if 330 <= y <= 516.7:
        return abs(x - 512) <= (y - 330) * 124.7 / 186.7
    return False


def colour_at(x, y):
    if not in_rounded_rect(x, y, 0, 0, SIZE, SIZE, 200):
        return None
    if in_handle(x, y) or in_rounded_rect(x, y, 392, 250, 240, 40, 12) or in_rounded_rect(x, y, 352, 800, 320, 56, 20):
        return METAL
    if in_flame(x, y):
        return FLAME
    glow = max(0.0, 1 - math.hypot(x - 512, y - 580) / 380) * 0.55
    return tuple(round(b + (g - b) * glow) for b, g in zip(BACKGROUND, GLOW))


def pixel(px, py):
    """2x2 supersampled RGBA."""
    samples = [colour_at(px + dx, py + dy) for dx in (0.25, 0.75) for dy in (0.25, 0.75)]
    inside = [s for s in samples if s is not None]
    if not inside:
        return (0, 0, 0, 0)
    rgb = [round(sum(channel) / len(inside)) for channel in zip(*inside)]
    return (*rgb, round(255 * len(inside) / len(samples)))


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b''.join(b'\x00' + bytes(value for p in row for value in p) for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png')
    with open(target, 'wb') as out:
        out.write(png(SIZE, SIZE, rows))
    print(f'wrote {target}')
