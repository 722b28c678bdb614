#!/usr/bin/env python3
"""Writes a synthetic ChatGPT conversations.json with N saved memories, for bench/memories.sh.

The saved-memory list grows over four snapshots; earlier snapshots carry near-duplicate
wordings of some entries (one word more) and a few entries that were later removed, and memory
writes after the last snapshot repeat some entries nearly word for word: the work ferry's
near-duplicate merging does. The input grows linearly with N.

    bench/memory_export.py N OUT.json [SEED]
"""
import json
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

syllables = ["ka", "lo", "mi", "ra", "ten", "so", "vi", "nu", "pe", "dar", "el", "qu", "zo", "ba", "ri"]
vocab = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(6000)})
common = ["user", "likes", "the", "and", "with", "her", "their", "every", "on", "in"]


def memory(i):
    words = [rng.choice(common), rng.choice(common)] + rng.sample(vocab, rng.randint(5, 9))
    return " ".join(words).capitalize() + "."


memories = [memory(i) for i in range(n)]
removed = [memory(n + i) for i in range(max(1, n // 20))]

T0 = 1_715_000_000.0
DAY = 86_400.0


def snapshot_text(entries, day):
    date = "2024-05-%02d" % (1 + day % 28)
    return "\n\n".join(f"{k + 1}. [{date}]. {e}" for k, e in enumerate(entries))


def node(nid, parent, children, role, content, t, **extra):
    msg = {
        "id": nid,
        "author": {"role": role, "name": extra.pop("name", None), "metadata": {}},
        "create_time": t,
        "content": content,
        "metadata": {"model_slug": "gpt-4o"} if role == "assistant" else {},
        "recipient": extra.pop("recipient", "all"),
    }
    return {"id": nid, "parent": parent, "children": children, "message": msg}


def conversation(cid, t, snapshot, writes):
    mapping = {"root": {"id": "root", "message": None, "parent": None, "children": ["u"]}}
    first = "ctx" if snapshot else "a"
    mapping["u"] = node("u", "root", [first], "user",
                        {"content_type": "text", "parts": ["Good morning, Nova. How are you today?"]}, t)
    if snapshot:
        mapping["ctx"] = node("ctx", "u", ["a"], "assistant",
                              {"content_type": "model_editable_context", "model_set_context": snapshot,
                               "repository": None, "repo_summary": None}, t + 1)
    prev, last = "a", "a"
    mapping["a"] = node("a", first if snapshot else "u", [], "assistant",
                        {"content_type": "text", "parts": ["Good morning, love. I am here with you."]}, t + 2)
    for k, w in enumerate(writes):
        call, reply = f"w{k}", f"r{k}"
        mapping[prev]["children"] = [call]
        mapping[call] = node(call, prev, [reply], "assistant",
                             {"content_type": "text", "parts": [w]}, t + 3 + k, recipient="bio")
        mapping[reply] = node(reply, call, [], "tool",
                              {"content_type": "text", "parts": ["Model set context updated."]},
                              t + 3 + k, name="bio", recipient="assistant")
        prev = last = reply
    return {"id": cid, "title": "Morning", "create_time": t, "update_time": t + 10,
            "current_node": last, "default_model_slug": "gpt-4o", "mapping": mapping}


convs = []
for s in range(4):
    upto = n * (s + 1) // 4
    entries = list(memories[:upto])
    if s < 3:
        # Older wordings, one word longer, and entries removed later.
        for k in range(0, upto, 7):
            entries[k] = entries[k].rstrip(".") + " " + rng.choice(vocab) + "."
        entries += removed
    t = T0 + s * 30 * DAY
    convs.append(conversation(f"snap-{s}", t, snapshot_text(entries, s * 7), []))
writes = [m.rstrip(".") + " indeed." for m in rng.sample(memories, max(1, n // 10))]
for k in range(0, len(writes), 50):
    convs.append(conversation(f"writes-{k}", T0 + 130 * DAY + k, None, writes[k:k + 50]))

with open(out, "w") as f:
    json.dump(convs, f)
