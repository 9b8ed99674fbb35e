"""Loaded early by pytest (`-p selfled.testing.pytest_plugin` in pyproject) so that settings see a
private SELFLED_HOME and plain-HTTP mode before Django starts."""

import os
import tempfile

if not os.environ.get("SELFLED_HOME"):
    os.environ["SELFLED_HOME"] = tempfile.mkdtemp(prefix="selfled-test-")
os.environ.setdefault("SELFLED_HTTPS", "0")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfled.settings")
