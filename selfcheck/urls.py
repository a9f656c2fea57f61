from django.urls import path

from selfcheck import views

app_name = "selfcheck"
urlpatterns = [
    path("zelftest/", views.take, name="take"),
    path("zelftest/<int:pk>/", views.result, name="result"),
    path("zelftest/<int:pk>/verwijderen/", views.ResultDeleteView.as_view(), name="delete"),
]
