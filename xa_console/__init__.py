"""XA Console (限行发布台): restriction rules, notices, releases and push reports."""

__version__ = "0.1.0"
