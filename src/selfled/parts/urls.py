from django.urls import path

from selfled.parts import detail_views, views

app_name = "parts"

urlpatterns = [
    path("parts/", views.parts_map, name="map"),
    path("parts/new/", views.create_part, name="create"),
    path("parts/<uuid:part_id>/", detail_views.part_detail, name="detail"),
    path("parts/<uuid:part_id>/edit/", views.edit_part, name="edit"),
    path("parts/<uuid:part_id>/versions/", detail_views.part_versions, name="versions"),
    path("parts/<uuid:part_id>/position/", views.move_part, name="move"),
    path("parts/<uuid:part_id>/status/", detail_views.change_status, name="status"),
    path("parts/<uuid:part_id>/links/", detail_views.relate, name="relate"),
    path("parts/links/<int:relation_id>/delete/", detail_views.unrelate, name="unrelate"),
    path("parts/<uuid:part_id>/comments/", detail_views.comment, name="comment"),
    path("parts/<uuid:part_id>/privacy/", detail_views.privacy, name="privacy"),
    path("parts/<uuid:part_id>/merge/", detail_views.merge, name="merge"),
    path("parts/<uuid:part_id>/remove/", detail_views.remove, name="remove"),
    path("clients/<uuid:client_id>/parts/", views.client_parts_map, name="client_map"),
    path("clients/<uuid:client_id>/parts/new/", views.client_create_part, name="client_create"),
    path("clients/<uuid:client_id>/parts/map.svg", views.map_svg_file, name="map_svg"),
]

# --- guided check-in (6 F's) ---
from selfled.parts import checkin_views  # noqa: E402

urlpatterns += [
    path("parts/check-in/", checkin_views.start, name="checkin"),
    path(
        "clients/<uuid:client_id>/parts/check-in/",
        checkin_views.start_in_session,
        name="checkin_in_session",
    ),
    path("parts/check-in/<uuid:encounter_id>/", checkin_views.step, name="checkin_step"),
    path("parts/check-in/<uuid:encounter_id>/back/", checkin_views.back, name="checkin_back"),
    path("parts/check-in/<uuid:encounter_id>/stop/", checkin_views.stop, name="checkin_stop"),
    path(
        "parts/check-in/<uuid:encounter_id>/answers/",
        checkin_views.answers,
        name="checkin_answers",
    ),
]
