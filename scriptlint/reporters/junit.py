"""`--format junit`: a testsuite with one testcase per file and one failure per finding."""

from __future__ import annotations

from itertools import groupby
from xml.etree import ElementTree as ET

from ..escapes import visible


def _x(text: str) -> str:
    """XML 1.0 cannot hold most C0 controls even as character references: shown escaped."""
    return visible(text, keep="\t\n\r")


def render(report, out, **_):
    by_path = {p: list(g) for p, g in groupby(sorted(report.findings, key=lambda f: f.sort_key()), key=lambda f: f.path)}
    paths = [f.path for f in report.files] or list(by_path)
    suite = ET.Element("testsuite", name="scriptlint", tests=str(len(paths)),
                       failures=str(sum(1 for p in paths if by_path.get(p))), errors=str(len(report.errors)))
    for path in paths:
        case = ET.SubElement(suite, "testcase", classname="scriptlint", name=_x(path))
        for f in by_path.get(path, []):
            fail = ET.SubElement(case, "failure", type=f.severity.label, message=_x(f"{f.rule}: {f.message}"))
            fail.text = _x(f"{path}:{f.line}:{f.column} {f.rule} [{f.category}] 「{f.match}」 {f.message}\n建议：{f.suggestion}")
    for err in report.errors:
        case = ET.SubElement(suite, "testcase", classname="scriptlint", name=_x(err.split(":", 1)[0]))
        ET.SubElement(case, "error", message=_x(err)).text = _x(err)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
