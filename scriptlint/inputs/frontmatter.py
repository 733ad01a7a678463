"""YAML front matter (`---` … `---`) at the top of a script or transcript: call metadata."""

from __future__ import annotations

import re

import yaml

_FM_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split(text: str) -> tuple[dict, int]:
    """Return (meta, offset where the body starts). Invalid front matter is left as text."""
    m = _FM_RE.match(text)
    if not m:
        return {}, 0
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(meta, dict):
        return {}, 0
    if isinstance(meta.get("meta"), dict):
        meta = meta["meta"]
    return {str(k): v for k, v in meta.items()}, m.end()
