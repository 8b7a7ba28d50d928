from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views

app_name = "review"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("<int:pk>/", views.detail, name="detail"),
    path("bulk/", views.bulk, name="bulk"),
    path("upload/", views.upload, name="upload"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="review/login.html", next_page=reverse_lazy("web:review:queue")
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(next_page=reverse_lazy("web:home")), name="logout"),
]
