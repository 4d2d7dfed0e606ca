"""Prints count, failures, p50/p95/p99 of each interaction (Gatling group) and of its requests, as a Markdown table,
from the statistics table of a Gatling report (Gatling 3.15 keeps them in index.html only).

usage: python3 load/figures.py <gatling report folder> <label>
Gatling times a group as the sum of its requests' response times (no pause inside a group): the time a resident waits
for the interaction, server and network, without the browser's own rendering.
"""
import html
import re
import sys
from pathlib import Path

folder, label = Path(sys.argv[1]), sys.argv[2]
page = (folder / "index.html").read_text(encoding="utf-8")
table = "".join(re.findall(r"<tbody>(.*?)</tbody>", page, re.S))
print(f"\n{label}\n")
print("| interaction or request | count | failed | per s | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for row in re.finditer(r'<tr id="([^"]+)"(?: data-parent="([^"]*)")?\s*>(.*?)</tr>', table, re.S):
    row_id, parent, cells = row.groups()
    name_match = re.search(r'class="ellipsed-name">([^<]*)<', cells)
    name = html.unescape(name_match.group(1)) if name_match else "all requests"
    values = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', cells))
    if row_id.startswith("group_"):
        name = "**" + name + "**"
    elif parent and parent.startswith("group_"):
        name = "&nbsp;&nbsp;" + name
    print(f"| {name} | {values.get('2', '')} | {values.get('4', '')} | {values.get('6', '')} | {values.get('8', '')} "
          f"| {values.get('10', '')} | {values.get('11', '')} | {values.get('12', '')} |")
