"""Pure-Python domain: restriction rules, the holiday calendar, plates. No I/O, no Qt."""
