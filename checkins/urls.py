from django.urls import path

from checkins import views

app_name = "checkins"
urlpatterns = [
    path("meten/", views.checkin, name="checkin"),
    path("meten/geschiedenis/", views.history, name="history"),
    path("meten/schema/", views.schedule, name="schedule"),
    path("meten/sessie/", views.session, name="session"),
    path("meten/<int:pk>/", views.detail, name="detail"),
    path("meten/<int:pk>/verwijderen/", views.delete, name="delete"),
    path("account/export/<slug:kind>.<slug:fmt>", views.export, name="export"),
    path("sw.js", views.service_worker, name="sw"),
    path("zonder-verbinding/", views.offline, name="offline"),
]
