"""The Django messages our catalogs re-translate must still be Django's exact message ids."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import User
from django.core.validators import EmailValidator, MaxLengthValidator
from django.utils import translation

from tribune.core.django_strings import MAX_LENGTH, MESSAGES


def test_listed_ids_are_the_ones_django_uses() -> None:
    used = {
        str(forms.Field.default_error_messages["required"]),
        str(EmailValidator.message),
        str(forms.ChoiceField.default_error_messages["invalid_choice"]),
        str(User._meta.get_field("username").verbose_name),
        str(AuthenticationForm.base_fields["password"].label),
        str(AuthenticationForm.error_messages["invalid_login"]),
        str(AuthenticationForm.error_messages["inactive"]),
    }
    assert set(MESSAGES) == used


def test_max_length_plural_matches_django() -> None:
    for limit in (1, 80):
        values = {"limit_value": limit, "show_value": 90}
        assert MaxLengthValidator.message % values == MAX_LENGTH % values


def test_django_messages_are_translated_for_kurmanji() -> None:
    with translation.override("kmr"):
        assert str(forms.Field.default_error_messages["required"]) == "Ev qad pêwîst e."
        assert MaxLengthValidator.message % {"limit_value": 80, "show_value": 90} == (
            "Bila ev nirx herî zêde 80 tîp be (90 tîp e)."
        )
