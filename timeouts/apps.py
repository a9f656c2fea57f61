from django.apps import AppConfig


class TimeoutsConfig(AppConfig):
    name = "timeouts"
    verbose_name = "Time-outs"
