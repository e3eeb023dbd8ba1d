"""Host and team processes for the LAN tests (127.0.0.1 only).

python -m tests.lan_worker host DATA_DIR PORT CODE
    Serves the LAN session of DATA_DIR (made on first start, resumed after). Prints
    "listening PORT", then the host's own events as they happen: "joined INDEX NAME", "left
    INDEX" and "stored ROUND INDEX POINTS" (once the verdict is in the database). Commands on
    stdin: "round SCENARIO" (prints "round N"), "standings" (prints "standings JSON"), "quit".
python -m tests.lan_worker team DATA_DIR PORT CODE NAME RIGHTS
    Joins (or rejoins) as NAME and answers every round the host starts: the decisive tools,
    the key clues, and the right answer when RIGHTS has "1" at the round's position (else the
    opposite). Prints "submitted ROUND" and "acked ROUND POINTS" ("acked ROUND earlier" for a
    round an earlier run of the team had acknowledged); exits after len(RIGHTS) acks.
    With MIL_QUEST_GATE=1 it prints "ready ROUND" before each verdict and waits for a line
    "go" on stdin, so a test can cut the network first.
"""

import json
import os
import queue
import sys
import threading
import time
from pathlib import Path


PRINTING = threading.Lock()


def say(line: str) -> None:
    """Print one whole line: the host's event thread and its command loop both print, and
    print() writes the text and its line end separately, so two lines could interleave."""
    with PRINTING:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def host(folder: str, port: str, code: str) -> None:
    from quest.content.packs import load_bundled
    from quest.lan.host import Host
    from quest.model.session import Session
    from quest.store import Store

    store = Store(Path(folder))
    sessions = store.sessions()
    session_id = sessions[0].id if sessions else store.create_session(
        Session(None, "LAN test", "lan", [], []))
    store.close()
    server = Host(Path(folder), load_bundled(), session_id, host="127.0.0.1", port=int(port),
                  code=code)
    server.start()
    say(f"listening {server.port}")
    threading.Thread(target=report_events, args=(server,), daemon=True).start()
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "round":
            say(f"round {server.call(server.start_round, command[1])}")
        elif command[0] == "standings":
            say("standings " + json.dumps(server.standings(), ensure_ascii=False))
        elif command[0] == "quit":
            break
    server.stop()


def report_events(server) -> None:
    """Print what the host tells the game, so a test waits on it instead of on the clock."""
    while True:
        event = server.events.get()
        if event.kind == "joined":
            say(f"joined {event.team} {event.detail['name']}")
        elif event.kind == "left":
            say(f"left {event.team}")
        elif event.kind == "answered":
            say(f"stored {event.detail['round']} {event.team} {event.detail['points']}")


def team(folder: str, port: str, code: str, name: str, rights: str) -> None:
    from quest.content.packs import load_bundled
    from quest.lan.client import TeamClient

    library = load_bundled()
    client = TeamClient(Path(folder), "127.0.0.1", int(port), code=code, team=name)
    sent_ids: dict[int, str] = {}  # round -> the id of the verdict sent for it
    acked: dict[int, int] = {}
    # A verdict kept in the outbox by an earlier, killed run is sent again by the client; this
    # run only has to recognise its acknowledgement.
    for message in client.outbox.waiting(client.address):
        sent_ids[message["round"]] = message["verdict_id"]
    client.start()
    deadline = time.monotonic() + 120
    # Driven by the client's own events (state, ack, error): nothing is polled on a timer.
    while len(acked) < len(rights) and client.fatal is None:
        try:
            kind, message = client.events.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if kind == "ack":
            round_number = next((r for r, vid in sent_ids.items()
                                 if vid == message["verdict_id"]), None)
            if round_number is not None and round_number not in acked:
                acked[round_number] = message["points"]
                say(f"acked {round_number} {message['points']}")
        elif kind == "error":
            say(f"error {message}")
        elif kind == "state":
            answer_round(client, library, message, rights, sent_ids, acked)
    if client.fatal is not None:  # the loop ends on it before reading its event
        say(f"error {client.fatal}")
    client.stop()


def answer_round(client, library, state, rights, sent_ids, acked) -> None:
    """Answer the state's round once; rounds answered by an earlier run count as done."""
    for answered in state["answered"]:
        if answered not in acked and answered not in sent_ids:
            # Answered and acknowledged before this run (a killed run may have had its
            # acknowledgement just before it died): done, as far as the test is concerned.
            acked[answered] = -1
            say(f"acked {answered} earlier")
    round_number = state.get("round")
    if round_number is None or round_number in sent_ids or round_number in state["answered"]:
        return
    scenario = library.scenarios[state["scenario"]]
    truth = str(scenario.verdict.answer)
    right = rights[round_number] == "1"
    answer = truth if right else ("fake" if truth == "genuine" else "genuine")
    verdict = {"round": round_number, "scenario": scenario.id,
               "tools": [str(t) for t in scenario.decisive_tools()],
               "pinned": list(scenario.verdict.key_clues), "hints": 0,
               "answer": answer, "confidence": "sure", "seconds": 30.0}
    if os.environ.get("MIL_QUEST_GATE"):
        say(f"ready {round_number}")
        assert sys.stdin.readline().strip() == "go"
    sent_ids[round_number] = client.submit(verdict)
    say(f"submitted {round_number}")


if __name__ == "__main__":
    {"host": host, "team": team}[sys.argv[1]](*sys.argv[2:])
