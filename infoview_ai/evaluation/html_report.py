"""The HTML report: one self-contained file that opens offline, a chart per measure, outputs side by side.

The charts are inline SVG drawn by ``bar_chart`` below: a bar chart is about forty lines, a charting
library would be tens of megabytes and, from a CDN, a network request every time the report opens. No
JavaScript and no external resource: the file can be mailed, archived or opened on a plane.
"""

from __future__ import annotations

from html import escape

from infoview_ai.evaluation.measures import MEASURES
from infoview_ai.evaluation.report import HEADS, summary
from infoview_ai.evaluation.runner import Run

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH = 18, 6, 170, 260

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1d2430; max-width: 1400px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; } h3 { font-size: 15px; }
table { border-collapse: collapse; } th, td { padding: 4px 8px; border-bottom: 1px solid #dde2ea; }
th { text-align: left; background: #f3f5f9; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 18px; }
.chart { border: 1px solid #dde2ea; border-radius: 6px; padding: 8px 10px; }
.side { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.out { border: 1px solid #dde2ea; border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; }
.out.failed { background: #fff4f4; } .who { font-weight: 600; white-space: normal; }
mark { background: #ffd7d7; } .fails { color: #a12622; font-size: 12px; white-space: normal; }
"""


def bar_chart(title: str, values: list[tuple[str, float | None]]) -> str:
    """A horizontal bar chart (0-100) as inline SVG; a missing value is drawn as a dash."""
    height = len(values) * (BAR_HEIGHT + GAP) + 28
    width = LABEL_WIDTH + BAR_WIDTH + 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(title)}">',
        f'<text x="0" y="14" font-size="13" font-weight="600">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(values):
        y = 24 + i * (BAR_HEIGHT + GAP)
        shown = label if len(label) <= 24 else label[:23] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" font-size="12" text-anchor="end">'
            f"{escape(shown)}</text>"
        )
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" fill="#eef1f6"/>'
        )
        if value is None:
            parts.append(f'<text x="{LABEL_WIDTH + 4}" y="{y + 13}" font-size="12">-</text>')
            continue
        length = round(BAR_WIDTH * max(0.0, min(100.0, value)) / 100, 1)
        colour = "#2f7d4f" if value >= 90 else "#c28a12" if value >= 60 else "#b3362f"
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR_HEIGHT}" fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 6}" y="{y + 13}" font-size="12">{value:.0f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def marked(text: str, spans: list[str]) -> str:
    """``text`` escaped, with each failing span wrapped in <mark>: matched on the raw text, then escaped
    piece by piece, so a span can never split an entity or bring markup of its own."""
    import re

    wanted = sorted({s for s in spans if s.strip()}, key=len, reverse=True)
    if not wanted:
        return escape(text)
    pieces, last = [], 0
    for match in re.finditer("|".join(re.escape(s) for s in wanted), text):
        pieces += [escape(text[last : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    return "".join(pieces) + escape(text[last:])


def _summary_table(rows: list[dict], shown: list[str]) -> str:
    heads = ["#", "contender", "score", "usable", *[HEADS[m] for m in shown], "tokens", "cost $", "secs"]
    out = ["<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>"]
    for r in rows:
        cells = [str(r["rank"]), escape(r["label"]), f"{r['score']:.1f}", f"{100 * r['usable_rate']:.0f}%"]
        cells += ["-" if r["measures"][m] is None else f"{100 * r['measures'][m]:.0f}" for m in shown]
        cells += [
            f"{r['input_tokens'] + r['output_tokens']:,}",
            "?" if r["cost_usd"] is None else f"{r['cost_usd']:.4f}",
            f"{r['mean_latency_s']:.2f}",
        ]
        out.append(
            "<tr>"
            + "".join(f'<td class="n">{c}</td>' if i != 1 else f"<td>{c}</td>" for i, c in enumerate(cells))
            + "</tr>"
        )
    return "".join(out) + "</table>"


def _outputs(run: Run, order: list[str]) -> str:
    sections = []
    for case in run.cases:
        for kind in run.kinds:
            outs = {o.contender: o for o in run.outputs if o.case == case and o.kind == kind}
            if not outs:
                continue
            cells = []
            for label in order:
                o = outs.get(label)
                if o is None:
                    continue
                body = marked(o.text, o.spans) if o.ok else escape(f"Failed: {o.error}")
                fails = "".join(f"<div>{escape(f)}</div>" for f in o.failing)
                cells.append(
                    f'<div class="out{"" if o.ok else " failed"}"><div class="who">{escape(label)} · '
                    f'{o.score:.0f}</div>{body}<div class="fails">{fails}</div></div>'
                )
            sections.append(
                f"<h3>{escape(case)} · {escape(kind)}</h3><div class='side'>{''.join(cells)}</div>"
            )
    return "".join(sections)


def as_html(run: Run) -> str:
    """The whole report as one HTML document: no script, no link, no font or image from anywhere."""
    rows = summary(run)
    shown = [m for m in MEASURES if any(r["measures"][m] is not None for r in rows)]
    order = [r["label"] for r in rows]
    charts = [bar_chart("overall score", [(r["label"], r["score"]) for r in rows])]
    charts += [bar_chart("usable (generated at all)", [(r["label"], 100 * r["usable_rate"]) for r in rows])]
    for m in shown:
        charts.append(
            bar_chart(
                f"{m} (% held)",
                [(r["label"], None if r["measures"][m] is None else 100 * r["measures"][m]) for r in rows],
            )
        )
    status = " (interrupted: partial)" if run.interrupted else ""
    status += " (replayed: no calls)" if run.replayed else ""
    title = f"infoview eval: {len(run.cases)} case(s) × {', '.join(run.kinds)}{status}"
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        "<p>Score: the weighted mean of the measures that apply (0-100). Each measure: the share of "
        "outputs that held it. A failed output scores 0 and is counted. Failing spans are "
        "<mark>highlighted</mark>.</p>"
        f"{_summary_table(rows, shown)}<h2>By measure</h2><div class='charts'>"
        + "".join(f"<div class='chart'>{c}</div>" for c in charts)
        + f"</div><h2>Outputs side by side</h2>{_outputs(run, order)}</body></html>\n"
    )
