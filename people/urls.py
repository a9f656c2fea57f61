from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("mensen/nieuw/", views.person_create, name="create"),
    path("mensen/<int:pk>/", views.person_edit, name="edit"),
    path("mensen/<int:pk>/verwijderen/", views.person_delete, name="delete"),
]
