from django.urls import path

from questionnaires import views

app_name = "questionnaires"
urlpatterns = [
    path("praktijk/vragenlijsten/", views.clinic, name="clinic"),
    path("praktijk/<int:link_id>/vragenlijst-geven/", views.assign, name="assign"),
    path("vragenlijsten/", views.assigned, name="assigned"),
    path("vragenlijsten/<int:pk>/", views.fill, name="fill"),
]
