from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("aanmelden/", views.signup, name="signup"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.logout_view, name="logout"),
    path("account/", views.settings_view, name="settings"),
    path("account/wachtwoord/", views.PasswordChangeView.as_view(), name="password_change"),
    path("account/verwijderen/", views.delete_account, name="delete"),
]
