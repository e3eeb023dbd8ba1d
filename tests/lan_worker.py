"""Host and team processes for the LAN tests (127.0.0.1 only).

python -m tests.lan_worker host DATA_DIR PORT CODE
    Serves the LAN session of DATA_DIR (made on first start, resumed after). Prints
    "listening PORT". Commands on stdin: "round SCENARIO" (prints "round N"), "standings"
    (prints "standings JSON"), "quit".
python -m tests.lan_worker team DATA_DIR PORT CODE NAME RIGHTS
    Joins (or rejoins) as NAME and answers every round the host starts: the decisive tools,
    the key clues, and the right answer when RIGHTS has "1" at the round's position (else the
    opposite). Prints "submitted ROUND" and "acked ROUND POINTS"; exits after len(RIGHTS) acks.
"""

import json
import sys
import threading
import time
from pathlib import Path


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
    print(f"listening {server.port}", flush=True)
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "round":
            print(f"round {server.call(server.start_round, command[1])}", flush=True)
        elif command[0] == "standings":
            print("standings " + json.dumps(server.standings(), ensure_ascii=False), flush=True)
        elif command[0] == "quit":
            break
    server.stop()


def team(folder: str, port: str, code: str, name: str, rights: str) -> None:
    from quest.content.packs import load_bundled
    from quest.lan.client import TeamClient

    library = load_bundled()
    client = TeamClient(Path(folder), "127.0.0.1", int(port), code=code, team=name)
    sent: set[int] = set()
    acked: dict[int, int] = {}
    lock = threading.Lock()

    def on_events() -> None:
        while True:
            kind, message = client.events.get()
            if kind == "ack":
                with lock:
                    round_number = next((r for r, vid in sent_ids.items()
                                         if vid == message["verdict_id"]), None)
                    if round_number is not None and round_number not in acked:
                        acked[round_number] = message["points"]
                        print(f"acked {round_number} {message['points']}", flush=True)
            elif kind == "error":
                print(f"error {message}", flush=True)

    sent_ids: dict[int, str] = {}
    # A verdict kept in the outbox by an earlier, killed run is sent again by the client; this
    # run only has to recognise its acknowledgement.
    for message in client.outbox.waiting(client.address):
        sent_ids[message["round"]] = message["verdict_id"]
        sent.add(message["round"])
    threading.Thread(target=on_events, daemon=True).start()
    client.start()
    deadline = time.monotonic() + 120
    while len(acked) < len(rights) and time.monotonic() < deadline and client.fatal is None:
        state = client.state
        if state and state.get("round") is not None:
            round_number = state["round"]
            if round_number not in sent and round_number not in state["answered"]:
                scenario = library.scenarios[state["scenario"]]
                truth = str(scenario.verdict.answer)
                right = rights[round_number] == "1"
                answer = truth if right else ("fake" if truth == "genuine" else "genuine")
                verdict = {"round": round_number, "scenario": scenario.id,
                           "tools": [str(t) for t in scenario.decisive_tools()],
                           "pinned": list(scenario.verdict.key_clues), "hints": 0,
                           "answer": answer, "confidence": "sure", "seconds": 30.0}
                sent.add(round_number)
                with lock:
                    sent_ids[round_number] = client.submit(verdict)
                print(f"submitted {round_number}", flush=True)
            for answered in state["answered"]:
                sent.add(answered)
                if answered not in acked and answered not in sent_ids:
                    with lock:
                        acked[answered] = -1  # answered by an earlier run of this team
        time.sleep(0.05)
    client.stop()


if __name__ == "__main__":
    {"host": host, "team": team}[sys.argv[1]](*sys.argv[2:])
