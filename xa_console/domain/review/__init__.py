"""Four-eyes review: users and roles, the notice workflow, content hashes, the audit chain."""
