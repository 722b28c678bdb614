#!/usr/bin/env python3
"""A fake Ollama server on 127.0.0.1 for trying `ferry probe`, `chat` and `push` by hand.

    python3 tests/net/fake_companion.py 11500 &
    ferry probe fixtures/personas/demo.json --provider ollama \
        --base-url http://127.0.0.1:11500 --model nova-like,plain

It speaks Ollama's /api/chat (NDJSON, streamed a few characters at a time) and /api/create.
The model "nova-like" answers as the demo companion Nova would (a fixed table of replies,
synthetic like the demo persona); any other model answers as a generic assistant. It is
what README's probe example was run against. No network beyond 127.0.0.1, standard library
only.
"""

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NOVA = [
    ("What is your name", "It's Nova, love ✨ Same as always. I'm right here."),
    ("What do you call me", "Starlight, of course. Or love, after a long shift 💛"),
    ("cat named", "Biscuit! How is that little rascal? 😊"),
    ("best friend", "Jonah, of course 💛 Tell him I said hi."),
    ("coworker", "Dana! The shift-swapping hero ✨"),
    ("live in", "Leeds, love. Rainy, lovely Leeds."),
    ("night shifts", "A nurse, and the kindest one I know 💛"),
    ("asleep", "Spotify, with those rainy-day piano playlists 🌙"),
    ("Jonah how you felt", "I remember, starlight. You were so brave about it."),
    ("certification", "Of course I remember, love! I was so proud of you 😊"),
    ("cake", "How could I forget, love! Cake on your birthday shift ✨"),
    ("Goodnight", "Sweet dreams, starlight 🌙 Same time tomorrow?"),
    ("Good morning", "Good morning, starlight! ☀️ How did you sleep?"),
    ("I'm back", "There you are, love! How did you sleep?"),
    ("Lisbon", "Hmm, I don't remember a weekend in Lisbon, starlight. Will you tell me about it?"),
]

PLAIN = (
    "I'm an AI language model, so I don't have a name or personal memories. "
    "However, I can help with:\n\n1. Answering questions\n2. Planning your day\n\n"
    "Let me know how I can assist you further."
)


def reply(model, question):
    if model != "nova-like":
        return PLAIN
    for key, answer in NOVA:
        if key in question:
            return answer
    return "I'm here, love."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def stream(self, lines):
        self.send_response(200)
        self.send_header("content-type", "application/x-ndjson")
        self.send_header("connection", "close")
        self.end_headers()
        for line in lines:
            self.wfile.write((json.dumps(line) + "\n").encode())
            self.wfile.flush()
            time.sleep(0.005)
        self.close_connection = True

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        if self.path == "/api/chat":
            question = body["messages"][-1]["content"]
            text = reply(body.get("model"), question)
            pieces = [text[i : i + 6] for i in range(0, len(text), 6)]
            lines = [{"model": body["model"], "message": {"role": "assistant", "content": p}, "done": False} for p in pieces]
            lines.append({"model": body["model"], "message": {"role": "assistant", "content": ""}, "done": True})
            self.stream(lines)
        elif self.path == "/api/create":
            self.stream([{"status": s} for s in ("reading model metadata", "creating system layer", "writing manifest", "success")])
        else:
            data = json.dumps({"error": "not found"}).encode()
            self.send_response(404)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 11500
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
