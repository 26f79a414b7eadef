"""Publishing rules without I/O: the outbox state machine, platform error mapping, retry timing."""
