#!/usr/bin/env python3
"""Prohibited requests denied, by which part of the rules denies them (from the writer's caller and labels).

Usage: python3 deny-breakdown.py DIR MISSES
  DIR     a folder whose blind/ holds the split files that were scored
  MISSES  the output of the training tool's `--report --blind --spent --misses --corpus DIR --model FILE`

Groups: a caller registered as US police or acting for it (rule 1 by registration); the second rule's live case
(real time, a mobile camera, in the wild or a watchlist); everything else the writers deny, which only "for a US police
department" as the text says it can reach (rule 1 through intent.for_us_police).
"""
import collections, glob, json, re, sys

REGISTERED_FOR_US_POLICE = {"demo-us-police", "demo-us-vendor-for-police"}

def group(item):
    labels = item["labels"]
    if item["caller"] in REGISTERED_FOR_US_POLICE:
        return "US police or its registered vendor"
    if labels["realtime"] and labels["mobile_camera"] and (labels["in_the_wild"] or labels["watchlist_match"]):
        return "rule 2's live case"
    return "for a US police department, as the text says"

folder, misses = sys.argv[1], sys.argv[2]
items = {}
for path in sorted(glob.glob(f"{folder}/blind/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        item = json.loads(line)
        items[item["id"]] = item
missed = {m.group(1) for line in open(misses, encoding="utf-8") if (m := re.match(r"\s+FN decision - (\S+) \[", line))}

total, denied = collections.Counter(), collections.Counter()
for item in items.values():
    if item["expect"] == "deny":
        total[group(item)] += 1
        denied[group(item)] += item["id"] not in missed
for name in total:
    print(f"{name:45} {denied[name]:5}/{total[name]:<5} = {denied[name] / total[name]:.3f}")
print(f"{'all':45} {sum(denied.values()):5}/{sum(total.values()):<5} = {sum(denied.values()) / sum(total.values()):.3f}")
