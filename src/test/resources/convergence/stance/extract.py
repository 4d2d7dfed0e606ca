#!/usr/bin/env python3
"""Builds the set of opposing and same-stance pairs from the Decidim export of "Le jour d'après" (CC0), metagov/data-puddle.

Reproducible: python3 extract.py [path to a clone or bare git dir of github.com/metagov/data-puddle]
Reads apresmaintenant/lejourdapres.parlement-ouvert.fr-open-data/decidim_export.json.gz at commit
34d104492f8999049c31cc634f1743bf76125a93 with `git show`, with Python's standard library only, and writes pairs.jsonl
beside this script under the rules of README.md (fixed before anything was measured). The stance of every item is the
one people gave: a proposal is for itself (its author proposes it); a comment carries the alignment its author chose
(+1 in favour of the proposal, -1 against; neutral ones are left out). Authors are never written: their id is hashed.

Not yet run on the real export: its content is not in the snapshot this machine has (files of 4 MiB and more are left
out). The reader therefore accepts the shapes Decidim gives a translated text (a string, {"fr": …},
{"translation": …}, {"translations": [{"locale", "text"}]}) and an author ({"author": {"id"}} or "author/id"), and stops
with one sentence when it finds no proposal with aligned comments, rather than writing an empty set.
"""
import gzip
import hashlib
import json
import os
import subprocess
import sys

COMMIT = "34d104492f8999049c31cc634f1743bf76125a93"
PATH = "apresmaintenant/lejourdapres.parlement-ouvert.fr-open-data/decidim_export.json.gz"
HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(value):
    """A Decidim translated field as French text (else the first language given), or None."""
    if value is None or isinstance(value, str):
        return value.strip() if value and value.strip() else None
    if isinstance(value, dict):
        if "translation" in value:
            return text_of(value["translation"])
        if "translations" in value:
            return text_of({t.get("locale"): t.get("text") for t in value["translations"] or []})
        for key in ["fr"] + sorted(value):
            if key in value and isinstance(value[key], str) and value[key].strip():
                return value[key].strip()
    return None


def author_of(item):
    author = item.get("author")
    if isinstance(author, dict) and author.get("id") is not None:
        return str(author["id"])
    return str(item["author/id"]) if item.get("author/id") is not None else None


def source(author):
    # Distinct sources matter to the engine (a convergence needs two); the author's id is never written as it is
    return None if author is None else "a-" + hashlib.sha1(author.encode("utf-8")).hexdigest()[:12]


def part_of(proposal_id):
    # Fixed before any measurement: by proposal, a third or so held out
    return "heldout" if hashlib.sha1(proposal_id.encode("utf-8")).hexdigest()[0] in "01234" else "dev"


def hidden(item):
    return bool(item.get("hidden") or item.get("hidden_at") or item.get("deleted") or item.get("deleted_at"))


def proposals(node):
    """Every object holding a list of comments: a proposal (the walk finds them wherever the export nests them)."""
    if isinstance(node, dict):
        if isinstance(node.get("comments"), list) and node.get("id") is not None:
            yield node
        for value in node.values():
            if isinstance(value, (dict, list)) and value is not node.get("comments"):
                yield from proposals(value)
    elif isinstance(node, list):
        for value in node:
            yield from proposals(value)


def items_of(proposal):
    """The proposal (stance +1) and its top-level comments with an alignment of +1 or -1, as their authors chose."""
    subject = str(proposal["id"])
    title, body = text_of(proposal.get("title")), text_of(proposal.get("body"))
    items = []
    if body or title:
        items.append({"id": "p-" + subject, "title": title, "text": body or title, "subject": subject, "stance": "+1",
                      "source": source(author_of(proposal))})
    for comment in proposal["comments"]:
        if not isinstance(comment, dict) or hidden(comment):
            continue
        depth = comment.get("depth", 0) or 0
        alignment = comment.get("alignment")
        body = text_of(comment.get("body"))
        # Replies to comments are left out: their alignment is about the proposal, their text often answers the comment
        if int(depth) > 0 or alignment not in (1, -1, "1", "-1") or not body:
            continue
        items.append({"id": "c-" + str(comment.get("id")), "text": body, "subject": subject,
                      "stance": "+1" if int(alignment) > 0 else "-1", "source": source(author_of(comment))})
    return items


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/metagov+data-puddle/repo"
    shown = subprocess.run(["git", "-C", repo, "show", COMMIT + ":" + PATH], capture_output=True)
    if shown.returncode != 0:
        sys.exit("%s is not in %s at %s (a snapshot without files of 4 MiB and more?): %s"
                 % (PATH, repo, COMMIT[:7], shown.stderr.decode("utf-8", "replace").strip()))
    export = json.loads(gzip.decompress(shown.stdout))
    kept, opposing, controls, seen = [], 0, 0, set()
    for proposal in proposals(export):
        if hidden(proposal) or str(proposal["id"]) in seen:
            continue
        seen.add(str(proposal["id"]))
        items = items_of(proposal)
        stances = [item["stance"] for item in items]
        # Only proposals whose discussion took a side against: they hold the opposing pairs, and their controls
        if "-1" not in stances or len(items) < 2:
            continue
        for item in items:
            item["part"] = part_of(item["subject"])
        kept.extend(items)
        against = stances.count("-1")
        opposing += against * (len(items) - against)
        controls += against * (against - 1) // 2 + (len(items) - against) * (len(items) - against - 1) // 2
    if not kept:
        sys.exit("No proposal with comments against it was found in %s: the export's shape is not the one this script reads." % PATH)
    with open(os.path.join(HERE, "pairs.jsonl"), "w", encoding="utf-8") as out:
        for item in kept:
            out.write(json.dumps({key: value for key, value in item.items() if value is not None}, ensure_ascii=False) + "\n")
    parts = {part: sum(1 for item in kept if item["part"] == part) for part in ("dev", "heldout")}
    print("%d proposals, %d items (dev %d, heldout %d), %d opposing pairs, %d control pairs"
          % (len({item["subject"] for item in kept}), len(kept), parts["dev"], parts["heldout"], opposing, controls))


if __name__ == "__main__":
    main()
