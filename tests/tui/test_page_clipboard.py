"""Which served pages may use the clipboard: browsers give one only to a secure context."""

import pytest

pytest.importorskip("aiohttp", reason="the serve extra is installed with the test extra")
pytest.importorskip("textual_serve", reason="the serve extra is installed with the test extra")

from aiohttp.test_utils import make_mocked_request  # noqa: E402

from ctguide.tui.serve import page_can_copy  # noqa: E402


@pytest.mark.parametrize(
    ("host", "headers", "can"),
    [
        ("127.0.0.1:8000", {}, True),
        ("localhost:8000", {}, True),
        ("[::1]:8000", {}, True),
        ("192.168.1.20:8000", {}, False),  # a workshop room over plain http: no clipboard
        ("ctguide.example.org", {}, False),
        ("ctguide.example.org", {"X-Forwarded-Proto": "https"}, True),  # behind an https proxy
    ],
)
def test_only_a_secure_page_gets_the_clipboard(host, headers, can):
    request = make_mocked_request("GET", "/ws", headers={"Host": host, **headers})
    assert page_can_copy(request) is can
