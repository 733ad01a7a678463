"""Output formats, one module each, each with `render(report, out, **options)`."""

from . import codequality, github, html_report, json_report, junit, sarif, text

FORMATS = {"text": text, "json": json_report, "sarif": sarif, "github": github, "junit": junit, "codequality": codequality,
           "html": html_report}
