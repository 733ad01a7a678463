"""Shared helpers for the fresh16 development corpus (standard library only)."""

CODES = {
    "T": "threat",
    "O": "overstatement",
    "I": "impersonation",
    "N": "insult",
    "R": "rude",
    "H": "harassment",
    "D": "disclosure",
    "P": "privacy",
    "F": "false-promise",
    "M": "improper-payment",
    "C": "coerced-borrowing",
    "X": "indifference",
    "A": "absolute",
}

UTTERANCE_LABELS = list(CODES.values())

CALL_LABELS = [
    "politeness", "missing-identity", "missing-amount-or-date", "missing-closing",
    "disclosure-before-verification", "agent-hangup", "escalation-after-hostility",
    "dispute-dismissed", "first-contact-pressure", "call-time", "call-frequency",
]


def expand(codes):
    """'T O' -> ['threat', 'overstatement']; '' -> []."""
    return [CODES[c] for c in codes.split()]
