#!/usr/bin/env python3
"""Builds the theme-level labelled set from the "Après, Maintenant" exports (CC0) of metagov/data-puddle.

Reproducible: python3 extract.py [path to a clone or bare git dir of github.com/metagov/data-puddle]
Reads the files at commit 34d104492f8999049c31cc634f1743bf76125a93 with `git show`, with Python's standard library
only (xlsx files are zip + XML). Writes <dataset>.jsonl (items) and <dataset>-themes.jsonl (themes, the format of
`converge --themes`) beside this script. Texts are kept as they are; see README.md for the rows left out and why.
Authors are never written (some exports hold names and e-mail addresses).
"""
import json
import os
import re
import subprocess
import sys
import zipfile
import io
import xml.etree.ElementTree as ET
from collections import Counter

COMMIT = "34d104492f8999049c31cc634f1743bf76125a93"
HERE = os.path.dirname(os.path.abspath(__file__))
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
# Decided before any measurement: two sources to develop on, the third held out (never tuned on).
PART = {"nnv": "dev", "recovery": "dev", "civocracy": "heldout"}
FEWEST = 5


def blob(repo, path):
    return subprocess.run(["git", "-C", repo, "show", COMMIT + ":" + path], check=True, capture_output=True).stdout


def xlsx(data):
    """Every sheet of an xlsx as a list of rows (lists of cell strings or None), by sheet name."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = {}
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        target = rels[sheet.get("{%s}id" % NS["r"])].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        rows = []
        for row in ET.fromstring(z.read(target)).iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                if c.get("t") == "s" and v is not None:
                    value = shared[int(v.text)]
                elif c.get("t") == "inlineStr":
                    value = "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"]))
                else:
                    value = v.text if v is not None else None
                column = 0
                for ch in re.match(r"[A-Z]+", c.get("r")).group(0):
                    column = column * 26 + ord(ch) - 64
                cells[column - 1] = value
            rows.append([cells.get(i) for i in range(max(cells) + 1)] if cells else [])
        out[sheet.get("name")] = rows
    return out


def cell(row, i):
    return row[i] if len(row) > i and row[i] is not None else None


def civocracy(repo, notes):
    """Civocracy "Construisons demain": each proposal under the theme its author picked on the platform."""
    rows = xlsx(blob(repo, "apresmaintenant/construisons demain - civocracy/ExtractionDonnées_ConstruisonsDemain_08062020.xlsx"))["propositions"]
    header = next(i for i, r in enumerate(rows) if cell(r, 3) == "Proposition")
    items, multi, none = [], 0, 0
    for number, row in enumerate(rows[header + 1:], start=header + 2):
        text, themes = cell(row, 3), cell(row, 5)
        if not text or not text.strip():
            continue
        if not themes:
            none += 1
            continue
        if re.search(r",(?=\S)", themes):
            multi += 1  # two themes picked ("A,B"; a theme's own name may hold ", "): no single theme to measure against
            continue
        items.append(("civocracy-%d" % number, None, text, themes.strip()))
    notes.append("civocracy: %d proposals without a theme and %d with two themes left out" % (none, multi))
    return items, {}


def nnv(repo, notes):
    """Nos nouvelles vies (Assembl): each top post opened by its author in one thematic table (level 2) of the debate."""
    rows = xlsx(blob(repo, "apresmaintenant/nos-nouvelles-vies/20200619 - Export Assembl NNV.xlsx"))["export_module_thread"]
    items, parents = [], {}
    for number, row in enumerate(rows[1:], start=2):
        indentation, title, text, table = cell(row, 4), cell(row, 5), cell(row, 6), cell(row, 1)
        if not indentation or "." in indentation or not text or not table:
            continue  # replies ("1.1") sit under a table because their thread does, not by choice
        parents[table.strip()] = cell(row, 0).strip()
        items.append(("nnv-%d" % number, title.strip() if title else None, text, table.strip()))
    return items, parents


RECOVERY_CHALLENGES = {
    # The export numbers the four challenges; their names come from "Synthèse Recovery" (same folder, synthèses/),
    # which lists them in this order with 121, 187, 81 and 104 proposals; the export (a month earlier) holds
    # 112, 140, 55 and 80 under 1560 to 1563, and their first proposals match each name.
    "1560": "Capitaliser sur les changements positifs",
    "1561": "Revisiter les modèles existants",
    "1562": "Penser la relance par écosystèmes",
    "1563": "Consolider l'engagement sociétal",
}


def recovery(repo, notes):
    """Recovery (Braineet): each proposal under the challenge its author posted it in."""
    rows = xlsx(blob(repo, "apresmaintenant/recovery/Recovery-Export-06-05.xlsx"))["Feuil1"]
    items, outside = [], 0
    for row in rows:
        challenge, key, text = cell(row, 1), cell(row, 2), cell(row, 3)
        if challenge not in RECOVERY_CHALLENGES:
            outside += 1
            continue
        if text and text.strip():
            items.append(("recovery-%s" % key, None, text, RECOVERY_CHALLENGES[challenge]))
    notes.append("recovery: %d row outside the four challenges left out" % outside)
    return items, {}


def write(dataset, items, descriptions, notes):
    seen, kept, duplicates = set(), [], 0
    for item in items:
        key = ((item[1] or "") + "\n" + item[2]).strip()
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        kept.append(item)
    sizes = Counter(item[3] for item in kept)
    small = sorted(theme for theme, size in sizes.items() if size < FEWEST)
    kept = [item for item in kept if sizes[item[3]] >= FEWEST]
    themes = [theme for theme, _ in sorted(Counter(item[3] for item in kept).items(), key=lambda e: (-e[1], e[0]))]
    ids = {theme: "%s-%d" % (dataset, i + 1) for i, theme in enumerate(themes)}
    notes.append("%s: %d items, %d themes; %d duplicate rows dropped; themes under %d items dropped: %s"
                 % (dataset, len(kept), len(themes), duplicates, FEWEST, small or "none"))
    with open(os.path.join(HERE, dataset + "-themes.jsonl"), "w", encoding="utf-8") as out:
        for theme in themes:
            line = {"id": ids[theme], "label": theme}
            if descriptions.get(theme):
                line["description"] = descriptions[theme]
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, dataset + ".jsonl"), "w", encoding="utf-8") as out:
        for key, title, text, theme in kept:
            line = {"id": key, "text": text, "theme": ids[theme], "dataset": dataset, "part": PART[dataset]}
            if title:
                line["title"] = title
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/metagov+data-puddle/repo"
    notes = []
    for dataset, read in (("nnv", nnv), ("recovery", recovery), ("civocracy", civocracy)):
        items, descriptions = read(repo, notes)
        write(dataset, items, descriptions, notes)
    print("\n".join(notes))


if __name__ == "__main__":
    main()
