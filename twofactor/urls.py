from django.urls import path

from twofactor import views

app_name = "twofactor"
urlpatterns = [
    path("account/tweede-factor/", views.settings_view, name="settings"),
    path("account/tweede-factor/app/", views.app_start, name="app_start"),
    path("account/tweede-factor/app/bevestigen/", views.app_confirm, name="app_confirm"),
    path("account/tweede-factor/herstelcodes/", views.codes_renew, name="codes_renew"),
    path("account/tweede-factor/uitzetten/", views.remove, name="remove"),
    path("account/tweede-factor/passkey/<int:pk>/verwijderen/", views.passkey_remove,
         name="passkey_remove"),
    path("inloggen/tweede-stap/", views.verify, name="verify"),
]
