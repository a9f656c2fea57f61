from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("aanmelden/", views.signup, name="signup"),
    path("aanmelden/bevestigen/<uidb64>/<token>/", views.signup_confirm, name="signup_confirm"),
    path("inloggen/herstelcode/", views.recover, name="recover"),
    path("inloggen/wachtwoord-vergeten/", views.password_reset, name="password_reset"),
    path("inloggen/wachtwoord-vergeten/verstuurd/", views.password_reset_done,
         name="password_reset_done"),
    path("inloggen/nieuw-wachtwoord/<uidb64>/<token>/", views.password_reset_confirm,
         name="password_reset_confirm"),
    path("account/herstelcodes/", views.recovery_codes_renew, name="recovery_codes"),
    path("account/tokens/", views.token_create, name="token_create"),
    path("account/export.zip", views.export_all, name="export"),
    path("account/tokens/<int:pk>/intrekken/", views.token_revoke, name="token_revoke"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.logout_view, name="logout"),
    path("account/", views.settings_view, name="settings"),
    path("account/wachtwoord/", views.PasswordChangeView.as_view(), name="password_change"),
    path("account/verwijderen/", views.delete_account, name="delete"),
]
