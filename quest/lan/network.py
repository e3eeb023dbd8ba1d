"""Finding each other on a school network: this laptop's address, and zeroconf where it works."""

from __future__ import annotations

import ipaddress
import os
import socket

SERVICE = "_milquest._tcp.local."


QUIET_ENV = "MIL_QUEST_NO_ZEROCONF"  # set: zeroconf stays silent (tests send nothing out)


def quiet() -> bool:
    """Whether zeroconf must stay silent."""
    return bool(os.environ.get(QUIET_ENV))


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses on local networks, read from its network interfaces (no
    name lookup that could wait on a missing DNS server, no traffic)."""
    found = []
    try:
        import ifaddr  # comes with zeroconf

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and not ip.ip.startswith("127.") and ip.ip not in found:
                    found.append(ip.ip)
    except Exception:
        pass
    private = [a for a in found if ipaddress.ip_address(a).is_private]
    return private or found or ["127.0.0.1"]


def join_url(address: str, code: str, lang: str) -> str:
    """The link a phone opens to join: the host's page with the code and language filled in
    (what the lobby's QR code holds)."""
    return f"http://{address}/?code={code}&lang={lang}"


def shown_address(bound: str, port: int) -> str:
    """The address:port teams are told: the one the host listens on, or this computer's first
    local address when it listens on all of them."""
    address = bound if bound not in ("", "0.0.0.0", "::") else local_addresses()[0]
    return f"{address}:{port}"


class Announcer:
    """Announces a host on the local network by zeroconf (mDNS); silent where multicast fails."""

    def __init__(self, port: int, code_hint: str = ""):
        self.zeroconf = None
        self.info = None
        self.port, self.code_hint = port, code_hint
        # Registering probes the network for a few seconds: never make the lobby wait for it.
        import threading

        self.thread = threading.Thread(target=self._register, name="mil-quest-announce",
                                       daemon=True)
        self.thread.start()

    def _register(self) -> None:
        port, code_hint = self.port, self.code_hint
        if quiet():
            return
        try:
            from zeroconf import ServiceInfo, Zeroconf

            addresses = [socket.inet_aton(a) for a in local_addresses() if a != "127.0.0.1"]
            if not addresses:
                return
            name = f"MIL Quest {socket.gethostname()[:20]}.{SERVICE}"
            self.info = ServiceInfo(SERVICE, name, addresses=addresses, port=port,
                                    properties={"v": "1", "hint": code_hint})
            self.zeroconf = Zeroconf()
            self.zeroconf.register_service(self.info)
        except Exception:  # no multicast here: teams type the address instead
            self._shutdown()

    def close(self) -> None:
        """Stop announcing (waits for a registration still under way)."""
        self.thread.join(10)
        self._shutdown()

    def _shutdown(self) -> None:
        if self.zeroconf is not None:
            try:
                if self.info is not None:
                    self.zeroconf.unregister_service(self.info)
                self.zeroconf.close()
            except Exception:
                pass
            self.zeroconf = None


def discover(seconds: float = 2.0) -> list[tuple[str, int]]:
    """Hosts announced on the local network, as (address, port); empty where multicast fails."""
    if quiet():
        return []
    try:
        import time

        from zeroconf import ServiceBrowser, Zeroconf

        found: list[tuple[str, int]] = []
        zeroconf = Zeroconf()

        class Listener:
            def add_service(self, zc, kind, name):
                info = zc.get_service_info(kind, name, timeout=1000)
                if info is not None:
                    for address in info.parsed_addresses():
                        if (address, info.port) not in found:
                            found.append((address, info.port))

            def update_service(self, zc, kind, name):
                pass

            def remove_service(self, zc, kind, name):
                pass

        ServiceBrowser(zeroconf, SERVICE, Listener())
        time.sleep(seconds)
        zeroconf.close()
        return found
    except Exception:
        return []


def parse_address(text: str, default_port: int) -> tuple[str, int]:
    """'192.168.1.5:8765' or '192.168.1.5' -> (host, port); the link the lobby shows for
    browsers ('http://192.168.1.5:8765/?code=...') is read the same way."""
    text = text.strip()
    if "://" in text:
        text = text.split("://", 1)[1]
    text = text.split("/", 1)[0].split("?", 1)[0]
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host.strip(), int(port)
    return text, default_port
