from django.urls import path

from warningplan import views

app_name = "warningplan"
urlpatterns = [
    path("signaleringsplan/", views.plan, name="plan"),
    path("signaleringsplan/bewerken/", views.plan_edit, name="plan_edit"),
    path("signaleringsplan/niet-nu/", views.dismiss, name="dismiss"),
]
