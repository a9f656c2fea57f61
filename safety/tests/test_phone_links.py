"""phone_links: numbers in the safety plan become one tap to call; nothing else does."""

import pytest

from safety.templatetags.safety_tags import phone_links


@pytest.mark.parametrize("text, tel", [
    ("Mira 06-12345678", "0612345678"),
    ("bel 0800-0113", "08000113"),
    ("Joost +31 6 1234 5678.", "+31612345678"),
    ("(020) 123 45 67", "0201234567"),
    ("GP: 020-1234567, daily", "0201234567"),
])
def test_a_phone_number_becomes_a_tel_link(text, tel):
    assert f'<a href="tel:{tel}">' in phone_links(text)


@pytest.mark.parametrize("text", [
    "op 12-05-2024 om 14.30",
    "open 8.00-17.00 uur",
    "van 2019-2023",
    "in 1999",
    "bel 113",  # too short to tell from any other number; the crisis lines link it
    "versie 12345678.9",
])
def test_dates_times_years_and_short_numbers_stay_text(text):
    assert "<a " not in phone_links(text)


def test_two_numbers_on_two_lines_stay_two_numbers():
    html = phone_links("06-12345678\n06-87654321")
    assert html == ('<a href="tel:0612345678">06-12345678</a><br>'
                    '<a href="tel:0687654321">06-87654321</a>')


def test_the_text_around_numbers_is_escaped():
    html = phone_links('<b onclick="x">Mira</b> 06-12345678 & co')
    assert html.startswith("&lt;b onclick=&quot;x&quot;&gt;Mira&lt;/b&gt; ")
    assert html.endswith(" &amp; co")


def test_empty_text_gives_nothing():
    assert phone_links("") == ""
    assert phone_links(None) == ""
