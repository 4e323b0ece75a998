"""Stable article ids: the same cleaned text always gets the same id, on any machine."""
import hashlib


def article_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
