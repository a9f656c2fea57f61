from django.urls import path

from charioteer import views

app_name = "charioteer"
urlpatterns = [
    path("mijn-wagenmenner/", views.overview, name="overview"),
    path("instellen/", views.setup, name="setup"),
    path("instellen/<slug:step>/", views.setup_step, name="setup_step"),
    path("erkennen/", views.acknowledge_edit, name="acknowledge"),
    path("paarden/<int:pk>/", views.horse_edit, name="horse_edit"),
    path("doelen/nieuw/", views.goal_create, name="goal_create"),
    path("doelen/<int:pk>/", views.goal_edit, name="goal_edit"),
    path("doelen/<int:pk>/verwijderen/", views.goal_delete, name="goal_delete"),
    path("leefregels/nieuw/", views.rule_create, name="rule_create"),
    path("leefregels/sjabloon/", views.rule_from_template, name="rule_from_template"),
    path("leefregels/<int:pk>/", views.rule_edit, name="rule_edit"),
    path("leefregels/<int:pk>/verwijderen/", views.rule_delete, name="rule_delete"),
    path("kanten/nieuw/", views.side_create, name="side_create"),
    path("kanten/sjabloon/", views.side_from_template, name="side_from_template"),
    path("kanten/<int:pk>/", views.side_edit, name="side_edit"),
    path("kanten/<int:pk>/verwijderen/", views.side_delete, name="side_delete"),
    path("echos/nieuw/", views.echo_create, name="echo_create"),
    path("echos/<int:pk>/verwijderen/", views.echo_delete, name="echo_delete"),
]
