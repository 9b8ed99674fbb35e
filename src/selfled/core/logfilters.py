"""Log filters: single-use tokens in link paths never reach a log line."""

from __future__ import annotations

import logging
import re

# /invite/<token>/ and /reset/<token>/: whoever reads the log must not be able to use them
_TOKEN_PATH = re.compile(r"/(invite|reset)/[^/\s?#]+")


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _TOKEN_PATH.sub(r"/\1/[token]", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
