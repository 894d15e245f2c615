"""Public newsletter URLs, inside the language prefix (/<lang>/newsletter/…)."""

from django.urls import path

from issues.newsletter import views

urlpatterns = [
    path("newsletter/subscribe/", views.subscribe, name="newsletter_subscribe"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="newsletter_unsubscribe"),
    path("newsletter/languages/<str:token>/", views.manage, name="newsletter_manage"),
]
