"""Output formats, one module each. Each exposes `render(report, console_or_stream, **opts)`."""

from . import json_report, text

FORMATS = {"text": text, "json": json_report}
