#!/usr/bin/env python3
"""Draws a tsm-load report as an SVG (no libraries beyond Python's own).

usage: scripts/plot-load.py load-report.json [plot.svg]

Top: transactions per second over the run (submitted, included in a best
block, finalized), averaged over a slot. Bottom: how many blocks finality trailed the best block.
"""
import json
import sys

WIDTH, HEIGHT = 900, 560
LEFT, RIGHT, TOP = 70, 20, 50
PANEL, GAP = 200, 70
COLOURS = {"submitted": "#9e9e9e", "included": "#1f77b4", "finalized": "#2ca02c", "lagBlocks": "#d62728"}


def nice_max(value):
    """The smallest 1, 2 or 5 times a power of ten at or above value."""
    value = max(value, 1)
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


def panel(out, top, series, keys, title, unit):
    seconds = max(len(series) - 1, 1)
    highest = nice_max(max((row[k] for row in series for k in keys), default=1))
    plot_width = WIDTH - LEFT - RIGHT
    x = lambda s: LEFT + plot_width * s / seconds
    y = lambda v: top + PANEL - PANEL * v / highest
    out.append(f'<text x="{LEFT}" y="{top - 12}" font-size="14" font-weight="bold">{title}</text>')
    out.append(f'<rect x="{LEFT}" y="{top}" width="{plot_width}" height="{PANEL}" fill="none" stroke="#444"/>')
    for i in range(5):
        value = highest * i / 4
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" font-size="11" text-anchor="end">{value:g}</text>')
    step = nice_max(seconds / 10)
    for s in range(0, seconds + 1, step):
        out.append(f'<text x="{x(s):.1f}" y="{top + PANEL + 16}" font-size="11" text-anchor="middle">{s}</text>')
    out.append(f'<text x="{WIDTH / 2}" y="{top + PANEL + 34}" font-size="11" text-anchor="middle">seconds since the load started</text>')
    out.append(f'<text x="16" y="{top + PANEL / 2}" font-size="11" transform="rotate(-90 16 {top + PANEL / 2})" text-anchor="middle">{unit}</text>')
    for i, key in enumerate(keys):
        points = " ".join(f"{x(row['second']):.1f},{y(row[key]):.1f}" for row in series)
        out.append(f'<polyline fill="none" stroke="{COLOURS[key]}" stroke-width="1.8" points="{points}"/>')
        lx = WIDTH - RIGHT - 120 * (len(keys) - i)
        out.append(f'<rect x="{lx}" y="{top - 22}" width="12" height="4" fill="{COLOURS[key]}"/>')
        out.append(f'<text x="{lx + 16}" y="{top - 17}" font-size="11">{key}</text>')


def averaged(series, keys, window):
    """Each row's keys averaged over the `window` seconds ending there: blocks
    come once a slot, so single seconds jump between nothing and a block."""
    out = []
    for i, row in enumerate(series):
        span = series[max(0, i - window + 1):i + 1]
        smooth = dict(row)
        for key in keys:
            smooth[key] = sum(r[key] for r in span) / len(span)
        out.append(smooth)
    return out


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        report = json.load(f)
    target = sys.argv[2] if len(sys.argv) == 3 else sys.argv[1].rsplit(".", 1)[0] + ".svg"
    series = report["series"]
    config, rates, totals = report["config"], report["rates"], report["totals"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    heading = (f"tsm-load: {config['mix']}, {config['accounts']} accounts, {config['rate']} tx/s for "
               f"{config['durationSeconds']:g} s, {config['validators']} validators; "
               f"{totals['finalized']} of {totals['submitted']} finalized, {rates['finalizedPerSecond']} finalized/s")
    out.append(f'<text x="{LEFT}" y="20" font-size="13">{heading}</text>')
    rate_keys = ["submitted", "included", "finalized"]
    slot_seconds = max(1, round(config["slotMs"] / 1000))
    panel(out, TOP, averaged(series, rate_keys, slot_seconds), rate_keys,
          f"Transactions per second (averaged over {slot_seconds} s, one slot)", "tx/s")
    panel(out, TOP + PANEL + GAP, series, ["lagBlocks"], "Finality lag", "blocks")
    out.append("</svg>")
    with open(target, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"plot-load: wrote {target}")


if __name__ == "__main__":
    main()
