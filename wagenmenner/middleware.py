class PrivateCacheMiddleware:
    """Pages of a logged-in person must not be kept by the browser or any proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
        return response


class MethodNotAllowedPageMiddleware:
    """A page opened with a method it does not take (GET on a form's address) gets the
    error page, with the crisis button, the lines and a way home, instead of an empty 405.
    The API keeps its own JSON answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and request.method in ("GET", "HEAD") \
                and not response.content and not request.path_info.startswith("/api/"):
            from wagenmenner.views import method_not_allowed

            return method_not_allowed(request, response.get("Allow", ""))
        return response
