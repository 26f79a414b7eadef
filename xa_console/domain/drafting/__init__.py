"""Notices drafted once: the structured facts every channel variant is rendered from."""
