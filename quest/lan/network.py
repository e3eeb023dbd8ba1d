"""Finding each other on a school network: this laptop's address, and zeroconf where it works."""

from __future__ import annotations

import ipaddress
import socket

SERVICE = "_milquest._tcp.local."


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses on local networks (no traffic is sent to find them)."""
    found = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = info[4][0]
            if address not in found and not address.startswith("127."):
                found.append(address)
    except OSError:
        pass
    private = [a for a in found if ipaddress.ip_address(a).is_private]
    return private or found or ["127.0.0.1"]


class Announcer:
    """Announces a host on the local network by zeroconf (mDNS); silent where multicast fails."""

    def __init__(self, port: int, code_hint: str = ""):
        self.zeroconf = None
        self.info = None
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
            self.close()

    def close(self) -> None:
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
    """'192.168.1.5:8765' or '192.168.1.5' -> (host, port)."""
    text = text.strip()
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host.strip(), int(port)
    return text, default_port
