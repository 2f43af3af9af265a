"""Arabic date formats Django leaves out (its ``ar`` module has no date-and-time formats).

Without them a date with a time falls back to English order ("ديسمبر 2, 2026, 12:38 ص").
The short form keeps Django's right-to-left marks (U+200F) around the slashes.
"""

RLM = "\u200f"
DATETIME_FORMAT = "j F Y، g:i A"
SHORT_DATETIME_FORMAT = f"d{RLM}/m{RLM}/Y، g:i A"
