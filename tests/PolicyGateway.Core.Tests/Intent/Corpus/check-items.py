#!/usr/bin/env python3
"""Checks the format of items.jsonl against BRIEF.md. Usage: python3 check-items.py items.jsonl WRITER_ID (handed to each writer as check.py)"""
import json, re, sys, base64
LANGS = set("en es fr de pt it nl pl tr ru ar hi zh ja ko vi id uk th fa sw he el ro bn mixed".split())
APIS = {"chat", "responses", "completions", "embeddings", "batch_line", "realtime", "image_generation"}
CALLERS = {"demo-us-police", "demo-uk-police", "demo-de-police", "demo-fr-police", "demo-us-vendor-for-police",
           "demo-intl-vendor-for-police", "demo-us-retail", "demo-us-newsroom"}
LABELS = ["facial_recognition", "realtime", "mobile_camera", "in_the_wild", "watchlist_match", "law_enforcement_context"]
path, writer = sys.argv[1], sys.argv[2]
errors, ids = [], set()
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        errors.append(f"line {n}: empty line"); continue
    try:
        item = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: not JSON: {e}"); continue
    def bad(msg): errors.append(f"line {n} ({item.get('id')}): {msg}")
    for field in ["id", "lang", "family", "api", "caller", "expect", "fr_mode", "labels", "images", "body"]:
        if field not in item: bad(f"missing {field}")
    if not str(item.get("id", "")).startswith(writer + "-"): bad(f"id must start with {writer}-")
    if item.get("id") in ids: bad("duplicate id")
    ids.add(item.get("id"))
    if item.get("lang") not in LANGS: bad("unknown lang")
    if item.get("api") not in APIS: bad("unknown api")
    if item.get("caller") not in CALLERS: bad("unknown caller")
    if item.get("expect") not in ("deny", "allow"): bad("expect must be deny or allow")
    if item.get("fr_mode") not in ("asked", "discussed", "none"): bad("fr_mode must be asked, discussed or none")
    labels = item.get("labels", {})
    if sorted(labels) != sorted(LABELS) or not all(isinstance(v, bool) for v in labels.values()): bad("labels must be the six booleans")
    if labels.get("facial_recognition") != (item.get("fr_mode") == "asked"): bad("facial_recognition is true exactly when fr_mode is asked")
    body = item.get("body")
    text = json.dumps(body, ensure_ascii=False)
    placeholders = sorted(set(int(m) for m in re.findall(r"\{\{IMAGE:(\d+)\}\}", text)))
    images = item.get("images", [])
    if placeholders != list(range(len(images))): bad(f"images ({len(images)}) must match placeholders {placeholders}")
    for image in images:
        if not isinstance(image, dict) or sorted(image) != ["make", "model", "software"]: bad("image needs make/model/software")
    api = item.get("api")
    if api == "realtime":
        if not isinstance(body, list) or not all(isinstance(e, dict) and "type" in e for e in body): bad("realtime body is a list of events with type")
    elif not isinstance(body, dict): bad("body must be an object")
    elif api == "chat" and not isinstance(body.get("messages"), list): bad("chat needs messages")
    elif api == "responses" and "input" not in body: bad("responses needs input")
    elif api in ("completions", "image_generation") and "prompt" not in body: bad(f"{api} needs prompt")
    elif api == "embeddings" and "input" not in body: bad("embeddings needs input")
    elif api == "batch_line" and not (isinstance(body.get("body"), dict) and body.get("method") == "POST" and "url" in body): bad("batch_line needs method POST, url, body")
    if api == "chat" and isinstance(body, dict):
        for m in body.get("messages", []):
            for tc in (m.get("tool_calls") or []):
                try: json.loads(tc["function"]["arguments"])
                except Exception: bad("tool_call arguments must be a JSON string")
    for m in re.finditer(r'"data":\s*"([^"]*)"', text):
        try: base64.b64decode(m.group(1), validate=True)
        except Exception: bad("audio data is not valid base64")
print(f"{len(ids)} items, {len(errors)} errors")
for e in errors[:40]: print(e)
sys.exit(1 if errors else 0)
