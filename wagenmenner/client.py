"""Who is asking: the client's address, also behind the TLS proxy.

Behind a proxy every request comes from the proxy's address. Its X-Forwarded-For header
names the client, but anyone can send that header: it is believed only from a configured
trusted proxy (WAGENMENNER_TRUSTED_PROXIES), and only with WAGENMENNER_HTTPS=1. Login
throttling (django-axes), sign-up throttling and the access log all ask this one function.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(spec: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(part, strict=False) for part in spec)


def _parse(address: str):
    try:
        return ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return None


def is_trusted_proxy(address: str) -> bool:
    ip = _parse(address)
    return ip is not None and any(ip in net for net in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request) -> str:
    """The address of the client: REMOTE_ADDR, or, from a trusted proxy, the nearest
    address in X-Forwarded-For that is not itself a trusted proxy."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not (settings.HTTPS and is_trusted_proxy(remote)):
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        ip = _parse(hop)
        if ip is None:
            break  # a forged or broken entry: trust nothing to its left
        if not is_trusted_proxy(str(ip)):
            return str(ip)
    return remote
