"""HTTP clients for WeChat, Weibo and SMS, and the fake platform server (tests, rehearsal)."""
