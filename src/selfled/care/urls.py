from django.urls import path

from selfled.care import views

app_name = "care"

urlpatterns = [
    path("me/", views.client_home, name="client_home"),
    path("clinician/", views.clinician_home, name="clinician_home"),
    path("clients/<uuid:client_id>/", views.client_detail, name="client"),
    path("emergency-access/", views.break_glass_list, name="break_glass_list"),
    path("emergency-access/<uuid:client_id>/", views.break_glass, name="break_glass"),
]
