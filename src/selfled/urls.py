from django.urls import include, path

from selfled.api.api import api_urls

urlpatterns = [
    path("", include("selfled.core.urls")),
    path("", include("selfled.accounts.urls")),
    path("", include("selfled.care.urls")),
    path("", include("selfled.parts.urls")),
    path("", include("selfled.selfenergy.urls")),
    path("", include("selfled.insight.urls")),
    path("api/", api_urls()),
]

handler400 = "selfled.core.views.bad_request"
handler403 = "selfled.core.views.permission_denied"
handler404 = "selfled.core.views.not_found"
handler500 = "selfled.core.views.server_error"
