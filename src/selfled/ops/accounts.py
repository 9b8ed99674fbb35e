"""`selfled reset-link`: a sign-in reset link made by whoever runs the server.

For the one case the practice cannot handle itself: its only admin cannot sign in.
"""

from __future__ import annotations

import sys


def reset_link_main(email: str, *, clear_two_factor: bool) -> int:
    from selfled.accounts.models import User
    from selfled.accounts.services import resets

    user = User.objects.filter(email=email.strip().lower()).first()
    if user is None:
        print(f"selfled: no account has the email {email!r}", file=sys.stderr)
        return 1
    try:
        new = resets.issue(admin=None, user=user, clear_two_factor=clear_two_factor)
    except resets.ResetError as exc:
        print(f"selfled: {exc}", file=sys.stderr)
        return 1
    print(f"Reset link for {user.email} (works once, until {new.reset.expiry_text}):")
    print(new.link)
    if clear_two_factor:
        print("Their two-factor set-up is removed when the link is used.")
    return 0
