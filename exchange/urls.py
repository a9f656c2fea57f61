from django.urls import path

from exchange import views

app_name = "exchange"
urlpatterns = [
    path("account/fhir/", views.export, name="export"),
    path("praktijk/<int:link_id>/fhir.json", views.client_export, name="client_export"),
]
