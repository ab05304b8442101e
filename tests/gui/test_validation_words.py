"""A value the engine refuses is named in the user's language under its field: the
real Spanish catalog installed, a member saved with a bad email
shows the Spanish sentence with the value filled in (a date's field label in Spanish too),
while ``str(error)`` stays the English sentence the command line prints."""

from __future__ import annotations

import pytest

from desktop.i18n import install_language
from desktop.tasks import human_message
from sync.errors import ValidationError
from sync.records.validation import clean_date, clean_email

from .helpers import LEFT, unlock


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


def test_a_bad_email_is_named_in_spanish_under_its_field(qtbot, controller, locked_vault,
                                                         spanish):
    with pytest.raises(ValidationError) as info:
        clean_email("faye-at-example")
    assert info.value.field == "emails"
    assert str(info.value).startswith("'faye-at-example' is not a valid email address: ")

    main = unlock(qtbot, controller)
    main.new_action.trigger()
    panel = main.members.panel
    form = panel.form
    qtbot.keyClicks(form.editors["first_name"], "Faye")
    qtbot.keyClicks(form.editors["emails"], "faye-at-example")
    qtbot.mouseClick(panel.save_button, LEFT)
    error = form.errors["emails"]
    qtbot.waitUntil(lambda: error.isVisibleTo(form), timeout=10000)
    assert error.text().startswith("'faye-at-example' no es una dirección de correo válida: ")
    assert "is not a valid" not in error.text()

    with pytest.raises(ValidationError) as info:
        clean_date("31/12/2020", "joined_on")
    assert str(info.value) == "Joined on must be a date like 2024-03-31, not '31/12/2020'."
    # (the form reads dates in the locale, so a date the engine refuses is shown here
    # through the same words the form uses: the label comes from the fields catalog)
    assert human_message(info.value).endswith(
        " debe ser una fecha como 2024-03-31, no '31/12/2020'.")
    assert "Joined" not in human_message(info.value)
