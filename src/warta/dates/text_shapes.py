"""Small shapes of running text that several finders look at: the word before, a sentence's start and break."""

from __future__ import annotations

import re

PREVIOUS_WORD = re.compile(r"([^\s()\"']+)\s*$")
# where a capitalised word opens a sentence or a quote, so its capital says nothing
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“]\s*|\n\s*)$")
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
