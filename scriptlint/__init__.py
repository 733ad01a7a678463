"""scriptlint — a compliance linter for Chinese debt-collection scripts and call transcripts."""

__version__ = "0.1.0"

from .api import Report, lint_paths, lint_text  # noqa: E402
from .model import Finding, Severity  # noqa: E402

__all__ = ["Finding", "Report", "Severity", "lint_paths", "lint_text", "__version__"]
