"""For tests of any app: the cards that wait for the next page, and setting one up."""

from safety.alerts import CARD_COOKIE, cards_from_cookie


def waiting_cards(client) -> dict:
    morsel = client.cookies.get(CARD_COOKIE)
    return cards_from_cookie(morsel.value if morsel else "")


def card_waits(client, value: str = "crisis-text") -> None:
    client.cookies[CARD_COOKIE] = value
