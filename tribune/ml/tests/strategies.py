"""Hypothesis strategies for comment text: arbitrary Unicode mixed with the tricks the model folds."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces that exercise every normalisation step: leetspeak, spacing, homoglyphs, Arabic-script
# variants, zero-width and bidi controls, combining marks, contacts, digits, emoji, Turkish i.
FRAGMENTS = [
    "idiot",
    "sh1t",
    "f u c k",
    "f.u.c.k",
    "\u0455hit",
    "fuuuuck",
    "@ss",
    "$hit",
    "you are an idiot",
    "I will kill you",
    "www.example.com",
    "http://x.y/z?q=1",
    "mail@example.org",
    "@handle",
    "+1 555 123 4567",
    "\u064a\u0643\u0629",
    "\u0623\u0625\u0622",
    "\u0640\u064b",
    "\u06f1\u06f2\u0661\u0662",
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "e\u0301",
    "\u0301",
    "\uff37\uff37\uff37",
    "\ufb01",
    "\U0001d41b\U0001d41a\U0001d41d",
    "\U0001f600",
    "\u0130I\u0131i",
    "\u0418\u0434\u0438\u043e\u0442",
    "\n",
    "\r\n",
    "\t",
    "  ",
    ".",
    "!!!",
    "123",
    "<script>",
    "{{ x }}",
    "'",
    "\u2019",
]

comment_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=30).map("".join),
)
