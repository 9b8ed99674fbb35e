"""What the load generator sends."""

from __future__ import annotations

from django.middleware.csrf import _check_token_format  # type: ignore[attr-defined]

from selfled.bench.load import Target, new_csrf_secret


def test_a_signed_in_target_sends_its_session_and_csrf_cookies_like_a_browser() -> None:
    secret = new_csrf_secret()
    _check_token_format(secret)  # the shape Django keeps in its CSRF cookie; raises if not
    target = Target("127.0.0.1", 8000, "/parts/", "abc123", secret)
    assert target.headers()["Cookie"] == f"sessionid=abc123; csrftoken={secret}"
    assert new_csrf_secret() != secret


def test_an_anonymous_target_sends_no_cookie() -> None:
    assert "Cookie" not in Target("127.0.0.1", 8000, "/login/").headers()


def test_load_generator_cpu_counts_finished_load_processes() -> None:
    import multiprocessing

    from selfled.bench.load import load_cpu_seconds

    before = load_cpu_seconds()
    proc = multiprocessing.get_context().Process(target=sum, args=(range(3_000_000),))
    proc.start()
    proc.join()
    assert load_cpu_seconds() > before
