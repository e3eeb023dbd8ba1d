"""Results keys: the secret a class shares so that exported results cannot be edited unseen.

The facilitator's computer makes a key when a session is set up and shows it; every other
computer of that session is given the same key. Each exported row carries an HMAC-SHA256 of
its fields under the key, so a row changed by anyone without the key is refused by the merge.
What this does not stop is said in docs/robustness.md.
"""

from __future__ import annotations

import random

# Letters and digits that cannot be read one for another (no O/0, I/1/L, S/5, B/8): a key is
# read aloud or copied from a projector.
KEY_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
KEY_GROUPS, KEY_GROUP = 3, 4  # 12 characters: about 56 bits, shown as ABCD-EFGH-JKMN
KEY_LENGTH = KEY_GROUPS * KEY_GROUP
TAG_LENGTH = 32  # hex digits of the HMAC kept in a row: 128 bits


class ResultsKeyError(ValueError):
    """A results key typed wrong; the message says what a key looks like."""


def new_key(rng=None) -> str:
    """A fresh results key, grouped for reading (from the system's random source)."""
    rng = rng or random.SystemRandom()
    raw = "".join(rng.choice(KEY_ALPHABET) for _ in range(KEY_LENGTH))
    return grouped(raw)


def grouped(raw: str) -> str:
    """ABCDEFGHJKMN -> ABCD-EFGH-JKMN."""
    return "-".join(raw[i:i + KEY_GROUP] for i in range(0, len(raw), KEY_GROUP))


def clean_key(text: str) -> str:
    """A key as typed (any case, spaces, dashes) in its grouped form; ResultsKeyError if not."""
    raw = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(raw) != KEY_LENGTH or any(ch not in KEY_ALPHABET for ch in raw):
        raise ResultsKeyError(f"expected a results key of {KEY_LENGTH} letters and digits like "
                        f"{grouped('ACDE' * KEY_GROUPS)}, found {text[:40]!r}")
    return grouped(raw)


def key_id(key: str) -> str:
    """A short public name of a key, written in exports so a merge finds the key to check."""
    import hashlib  # here, not at the top: OpenSSL costs megabytes a set-up screen can spare

    return hashlib.sha256(("mil-quest results key " + key).encode()).hexdigest()[:12]


def tag(key: str, fields: list[str]) -> str:
    """The authentication code of a row's fields under a key."""
    import hashlib
    import hmac

    message = "\x1f".join(fields).encode("utf-8")
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()[:TAG_LENGTH]


def verify(key: str, fields: list[str], code: str) -> bool:
    """Whether `code` is the authentication code of these fields under the key."""
    import hmac

    return hmac.compare_digest(tag(key, fields).encode(), str(code).encode("utf-8", "replace"))
