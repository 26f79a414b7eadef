"""Channels: how each platform counts text, what its limits are (data), and checking variants."""
