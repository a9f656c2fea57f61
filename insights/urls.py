from django.urls import path

from insights import views

app_name = "insights"
urlpatterns = [
    path("inzicht/", views.insights_page, {"number": 0}, name="overview"),
    path("inzicht/alarmbelasting/", views.insights_page, {"number": 1}, name="alarm_load"),
    path("inzicht/omslagen/", views.insights_page, {"number": 2}, name="flips"),
    path("inzicht/ritten/", views.insights_page, {"number": 3}, name="rides"),
    path("inzicht/regels/", views.insights_page, {"number": 4}, name="rules"),
    path("inzicht/mensen/", views.insights_page, {"number": 5}, name="people"),
    path("inzicht/weken.csv", views.weeks_csv, name="weeks_csv"),
    path("inzicht/week/", views.weekly_review, name="week"),
    path("inzicht/bezigheden/", views.pursuits, name="pursuits"),
    path("inzicht/bezigheden/nieuw/", views.pursuit_create, name="pursuit_create"),
    path("inzicht/bezigheden/<int:pk>/", views.pursuit_detail, name="pursuit_detail"),
    path("inzicht/bezigheden/<int:pk>/beoordelen/", views.pursuit_rate, name="pursuit_rate"),
    path("inzicht/bezigheden/<int:pk>/bewerken/", views.pursuit_edit, name="pursuit_edit"),
    path("inzicht/bezigheden/<int:pk>/verwijderen/", views.pursuit_delete,
         name="pursuit_delete"),
    path("inzicht/bezigheden/<int:pk>/beoordelingen/<int:rating_pk>/verwijderen/",
         views.rating_delete, name="rating_delete"),
]
