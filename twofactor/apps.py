from django.apps import AppConfig


class TwoFactorConfig(AppConfig):
    name = "twofactor"
    verbose_name = "Second factor"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from twofactor.middleware import ask_second_factor_after_login

        user_logged_in.connect(ask_second_factor_after_login, dispatch_uid="twofactor-login")
