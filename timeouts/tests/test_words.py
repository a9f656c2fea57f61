"""Messages of the time-out pages in the person's language, whatever the language the
code was loaded in."""

import pytest


@pytest.mark.parametrize("language, words", [
    ("en", "A time-out lasts from 20 to 240 minutes."),
    ("nl", "Een time-out duurt 20 tot 240 minuten."),
])
def test_a_time_out_too_short_is_refused_in_the_person_s_language(
        client_person, person, language, words):
    person.language = language
    person.save(update_fields=["language"])
    response = client_person.post("/time-out/afspraak/", {"minutes": "5", "return_below": "5"})
    assert words in response.content.decode()
