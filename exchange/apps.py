from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    """The health-care exchange format: a person's data as FHIR R4 (METHOD 4.8, 4.11)."""

    name = "exchange"
    verbose_name = "FHIR exchange"
