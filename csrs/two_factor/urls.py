from django.urls import path

from . import views

urlpatterns = [
    path("two-step/verify/", views.verify, name="two_factor_verify"),
    path("two-step/", views.setup, name="two_factor_setup"),
]
