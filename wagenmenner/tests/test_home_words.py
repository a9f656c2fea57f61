"""Home invites a new person to start the setup, and someone halfway to go on with it."""


def test_home_says_start_before_the_setup_and_continue_during_it(client_person, person):
    person.setup_state = {}
    person.save(update_fields=["setup_state"])
    page = client_person.get("/").content.decode()
    assert "Begin met installeren" in page and "Verder met installeren" not in page
    person.setup_state = {"acknowledge": "done"}
    person.save(update_fields=["setup_state"])
    assert "Verder met installeren" in client_person.get("/").content.decode()
