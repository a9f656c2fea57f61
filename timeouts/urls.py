from django.urls import path

from timeouts import views

app_name = "timeouts"
urlpatterns = [
    path("time-out/", views.overview, name="overview"),
    path("time-out/start/", views.start, name="start"),
    path("time-out/afspraak/", views.protocol_edit, name="protocol"),
    path("time-out/<int:pk>/stoppen/", views.end, name="end"),
    path("time-out/<int:pk>/terug/", views.returned, name="returned"),
]
