from django.apps import AppConfig


class CharioteerConfig(AppConfig):
    name = "charioteer"
    verbose_name = "Charioteer"
