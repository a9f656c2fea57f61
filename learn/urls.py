from django.urls import path

from learn import views

app_name = "learn"
urlpatterns = [
    path("leren/", views.index, name="index"),
    path("leren/<slug:slug>/", views.article, name="article"),
]
