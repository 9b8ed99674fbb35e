from django.urls import path

from selfled.selfenergy import views

app_name = "selfenergy"

urlpatterns = [
    path("self-energy/", views.mine, name="mine"),
    path("clients/<uuid:client_id>/self-energy/", views.for_client, name="client"),
]
