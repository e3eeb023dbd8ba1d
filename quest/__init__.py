"""MIL Quest: an offline, trilingual fake-news detective game for the classroom."""

__version__ = "0.1.0"
