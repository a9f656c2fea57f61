from django.urls import include, path

from accounts.views import set_language
from wagenmenner import views

urlpatterns = [
    # First: Django tries the patterns in order, and the API's clients (the offline queue
    # among them) would otherwise wait for every app's pages to be tried (0.2 ms a call).
    path("api/v1/", include("api.urls")),
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("taal/", set_language, name="set_language"),
    path("", include("accounts.urls")),
    path("", include("charioteer.urls")),
    path("", include("people.urls")),
    path("", include("rides.urls")),
    path("", include("safety.urls")),
    path("", include("learn.urls")),
    path("", include("checkins.urls")),
    path("", include("insights.urls")),
    path("", include("selfcheck.urls")),
    path("", include("warningplan.urls")),
    path("", include("timeouts.urls")),
    path("", include("sharing.urls")),
    path("", include("partner.urls")),
    path("", include("twofactor.urls")),
    path("account/tweede-factor/passkey-api/", include("django_otp_webauthn.urls")),
    path("", include("therapist.urls")),
    path("", include("exchange.urls")),
    path("", include("questionnaires.urls")),
]

handler400 = "wagenmenner.views.bad_request"
handler403 = "wagenmenner.views.permission_denied"
handler404 = "wagenmenner.views.page_not_found"
handler500 = "wagenmenner.views.server_error"
