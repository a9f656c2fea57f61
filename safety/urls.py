from django.urls import path

from safety import views

app_name = "safety"
urlpatterns = [
    path("crisis/", views.crisis, name="crisis"),
    path("veiligheidsplan/", views.plan, name="plan"),
    path("veiligheidsplan/bewerken/", views.plan_edit, name="plan_edit"),
    path("veiligheidsplan/eerder/", views.plan_history, name="plan_history"),
    path("veiligheidsplan/eerder/<int:pk>/", views.plan_version, name="plan_version"),
]
