from django.urls import path

from rides import views

app_name = "rides"
urlpatterns = [
    path("rit/", views.ride_start_page, name="start"),
    path("rit/nieuw/", views.ride_start, name="new"),
    path("rit/<int:pk>/", views.ride_detail, name="detail"),
    path("rit/<int:pk>/stap/<int:step>/", views.ride_step, name="step"),
    path("rit/<int:pk>/terugblik/", views.ride_lookback, name="lookback"),
    path("teugels/", views.quick_start, name="quick"),
    path("teugels/<int:pk>/", views.quick_act, name="quick_act"),
    path("teugels/<int:pk>/klaar/", views.quick_done, name="quick_done"),
    path("ritten/", views.history, name="history"),
]
