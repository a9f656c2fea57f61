from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("mensen/nieuw/", views.person_create, name="create"),
    path("mensen/<int:pk>/", views.person_edit, name="edit"),
    path("mensen/<int:pk>/verwijderen/", views.person_delete, name="delete"),
    path("mensen/escalaties/", views.escalations, name="escalations"),
    path("mensen/escalaties/nieuw/", views.escalation_create, name="escalation_create"),
    path("mensen/escalaties/<int:pk>/", views.escalation_edit, name="escalation_edit"),
    path("mensen/escalaties/<int:pk>/verwijderen/", views.escalation_delete,
         name="escalation_delete"),
]
