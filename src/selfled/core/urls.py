from django.urls import path

from selfled.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health, name="health"),
    path("crisis/", views.crisis, name="crisis"),
]
