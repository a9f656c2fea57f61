from django.apps import AppConfig


class WarningPlanConfig(AppConfig):
    name = "warningplan"
    verbose_name = "Warning plan"
