"""Fixtures: the fake platform server on a loopback port, and clients talking to it over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from platform_helpers import PNG, SMS_SECRET, WECHAT_SECRET, WEIBO_TOKEN, Control

from xa_console.platforms.fake_server import FakePlatforms
from xa_console.platforms.sms import SmsClient
from xa_console.platforms.transport import Http
from xa_console.platforms.wechat import WeChatClient
from xa_console.platforms.weibo import WeiboClient


@pytest.fixture
def fake() -> Iterator[FakePlatforms]:
    """A running fake server (publish jobs finish after 0.2 s); it must not have crashed."""
    with FakePlatforms(publish_delay=0.2) as server:
        yield server
        assert server.errors() == []


@pytest.fixture
def control(fake: FakePlatforms) -> Iterator[Control]:
    """The control API of ``fake``."""
    ctl = Control(fake.url)
    yield ctl
    ctl.session.close()


@pytest.fixture
def http(fake: FakePlatforms) -> Iterator[Callable[..., Http]]:
    """Make ``Http`` objects for a platform prefix; all are closed afterwards."""
    made: list[Http] = []

    def make(prefix: str, read_timeout: float = 5.0) -> Http:
        made.append(Http(f"{fake.url}/{prefix}", connect_timeout=2.0, read_timeout=read_timeout))
        return made[-1]

    yield make
    for item in made:
        item.close()


@pytest.fixture
def wechat(http: Callable[..., Http]) -> WeChatClient:
    """A WeChat client with a generous read timeout."""
    return WeChatClient(http("wechat"), "wx-rehearsal", lambda: WECHAT_SECRET)


@pytest.fixture
def wechat_quick(http: Callable[..., Http]) -> WeChatClient:
    """A WeChat client that gives up reading after 0.5 s (for hangs)."""
    return WeChatClient(http("wechat", 0.5), "wx-rehearsal", lambda: WECHAT_SECRET)


@pytest.fixture
def weibo(http: Callable[..., Http]) -> WeiboClient:
    """A Weibo client for one authorised account."""
    return WeiboClient(http("weibo"), lambda: WEIBO_TOKEN)


@pytest.fixture
def sms(http: Callable[..., Http]) -> SmsClient:
    """An SMS client signing with the fake's default secret."""
    return SmsClient(http("sms"), "LTAI-rehearsal", lambda: SMS_SECRET, "西安交警")


@pytest.fixture
def new_draft(wechat: WeChatClient) -> Callable[..., str]:
    """Make a valid one-article draft (cover uploaded first) and return its media_id."""

    def make(title: str = "明日尾号限行提醒", body: str = "") -> str:
        cover = wechat.add_image_material(PNG, "cover.png")
        assert cover.ok, cover
        content = body or "<p>明日（1月6日）限行尾号1和6，7:00至20:00。</p>"
        article = {"title": title, "content": content, "thumb_media_id": cover.remote_id}
        draft = wechat.add_draft([article])
        assert draft.ok, draft
        return draft.remote_id

    return make
