"""Django's own messages that Tribune's pages show, listed so our catalogs carry them.

Django ships no Kurmanji catalog, and its Sorani one is partial, so the form
errors and the login form would fall back to English there. Listing the
message ids here (never called at run time; ``makemessages`` reads them) puts
them in ``tribune/locale``, whose catalogs take precedence over Django's. The
ids must match Django's exactly; ``tests/test_django_strings.py`` checks that.
"""

from __future__ import annotations

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES: tuple[str, ...] = (
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("username"),
    gettext_noop("Password"),
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."
    ),
    gettext_noop("This account is inactive."),
)

MAX_LENGTH = ngettext_lazy(
    "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
    "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
    "limit_value",
)
