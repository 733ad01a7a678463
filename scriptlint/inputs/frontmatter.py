"""YAML front matter (`---` … `---`) at the top of a script or transcript: call metadata.

Parsed with the same guarded loader as rule packs (no aliases — a 500-byte alias bomb would
otherwise expand to gigabytes — bounded depth and node count), once per document, and only when
the block is under `MAX_BYTES` (a larger block is not metadata: it is read as text, with a warning)."""

from __future__ import annotations

import re
import warnings

from .. import yamlsafe
from ..model import InputError
from .meta import clean

_FM_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MAX_BYTES = 64 * 1024


class FrontMatterWarning(UserWarning):
    pass


def body_start(text: str) -> int:
    """Where the body starts, without parsing the YAML (for sniffing a file's kind)."""
    m = _FM_RE.match(text)
    return m.end() if m else 0


def split(text: str, path: str = "<text>") -> tuple[dict, int]:
    """Return (meta, offset where the body starts). Front matter that is not YAML is left as text;
    YAML that is unsafe (aliases, too deep, too many nodes) or meta of the wrong shape is an
    InputError for this document."""
    m = _FM_RE.match(text)
    if not m:
        return {}, 0
    if len(m.group(1)) > MAX_BYTES:
        warnings.warn(f"{path}: front matter over {MAX_BYTES // 1024} KB is not read as call metadata",
                      FrontMatterWarning, stacklevel=2)
        return {}, 0
    try:
        meta = yamlsafe.load(m.group(1))
    except yamlsafe.YamlLimit as exc:
        line = f":{exc.line + 1}" if exc.line else ""
        raise InputError(f"{path}{line}", f"front matter refused: {exc.problem}") from None
    except yamlsafe.YamlError:
        return {}, 0
    if not isinstance(meta, dict):
        return {}, 0
    if isinstance(meta.get("meta"), dict):
        meta = meta["meta"]
    return clean({str(k): v for k, v in meta.items()}, path), m.end()
