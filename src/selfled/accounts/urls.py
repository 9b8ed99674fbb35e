from django.urls import path

from selfled.accounts import admin_views, views

app_name = "accounts"

urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("account/keepalive/", views.keepalive, name="keepalive"),
    path("account/2fa/verify/", views.two_factor_verify, name="two_factor_verify"),
    path("account/2fa/setup/", views.two_factor_setup, name="two_factor_setup"),
    path("account/2fa/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("account/2fa/recovery-codes/new/", views.regenerate_codes, name="regenerate_codes"),
    path("account/2fa/disable/", views.disable_two_factor, name="disable_two_factor"),
    path("account/", views.profile, name="profile"),
    path("account/sign-out-elsewhere/", views.sign_out_elsewhere, name="sign_out_elsewhere"),
    path("invite/<str:token>/", views.accept_invitation, name="accept"),
    path("practice/", admin_views.people, name="people"),
    path("practice/invitations/", admin_views.invitation_list, name="invitations"),
    path("practice/people/<int:user_id>/active/", admin_views.member_active, name="member_active"),
    path("practice/people/<int:user_id>/reset/", admin_views.member_reset, name="member_reset"),
    path("practice/people/<int:user_id>/unlock/", admin_views.member_unlock, name="member_unlock"),
    path("reset/<str:token>/", views.reset_sign_in, name="reset"),
    path("practice/settings/", admin_views.practice_settings, name="practice_settings"),
    path(
        "practice/invitations/<int:pk>/revoke/",
        admin_views.invitation_revoke,
        name="invitation_revoke",
    ),
    path("practice/care-teams/", admin_views.care_teams, name="care_teams"),
    path("practice/care-teams/<uuid:client_id>/", admin_views.care_team, name="care_team"),
    path(
        "practice/care-teams/<uuid:client_id>/remove/<int:user_id>/",
        admin_views.care_team_remove,
        name="care_team_remove",
    ),
]
