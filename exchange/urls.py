from django.urls import path

from exchange import views

app_name = "exchange"
urlpatterns = [
    path("account/fhir/", views.export, name="export"),
]
