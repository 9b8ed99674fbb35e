from django.urls import path

from selfled.insight import views

app_name = "insight"

urlpatterns = [
    path("insight/", views.suggestions, name="suggestions"),
    path("insight/<uuid:suggestion_id>/accept/", views.accept, name="accept"),
    path("insight/<uuid:suggestion_id>/dismiss/", views.dismiss, name="dismiss"),
    path("clients/<uuid:client_id>/insight/", views.client_insight, name="client_insight"),
    path("safety-events/<int:event_id>/acknowledge/", views.acknowledge, name="acknowledge"),
    path(
        "clients/<uuid:client_id>/safety-events/acknowledge-all/",
        views.acknowledge_all,
        name="acknowledge_all",
    ),
    path("parts/<uuid:part_id>/tags/", views.tag_part, name="tag_part"),
    path("tags/<int:tag_id>/remove/", views.remove_tag, name="remove_tag"),
]
