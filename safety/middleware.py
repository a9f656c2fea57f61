from safety.alerts import CARD_COOKIE, cards_from_cookie, cards_to_cookie

# Long enough to reach the next page after a save, also from an offline queue.
CARD_MAX_AGE = 3600


class CardCookieMiddleware:
    """Carries the crisis and violence cards from a save to the page after it.

    A response to a save that flagged a card (and did not show it itself) sets the cookie,
    keeping any card still waiting; a page that showed the cards clears it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        waiting = request.COOKIES.get(CARD_COOKIE, "")
        if getattr(request, "wm_cards_shown", False):
            if waiting:
                response.delete_cookie(CARD_COOKIE, path="/", samesite="Lax")
        elif getattr(request, "wm_cards", None):
            cards = {**cards_from_cookie(waiting), **request.wm_cards}
            response.set_cookie(CARD_COOKIE, cards_to_cookie(cards), max_age=CARD_MAX_AGE,
                                path="/", secure=True, httponly=True, samesite="Lax")
        return response
