from django.urls import include, path
from django.views.i18n import set_language

from . import views, views_search

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("j/", views.jurisdiction_list, name="jurisdictions"),
    path("j/<str:geoid>/", views.jurisdiction_detail, name="jurisdiction"),
    path("actions/", views.action_list, name="actions"),
    path("actions/<slug:slug>/", views.action_detail, name="action"),
    path("cases/", views.case_list, name="cases"),
    path("cases/<slug:slug>/", views.case_detail, name="case"),
    path("policies/", views.policy_list, name="policies"),
    path("statements/", views.statement_list, name="statements"),
    path("statements/<slug:slug>/", views.statement_detail, name="statement"),
    path("search/", views_search.search_page, name="search"),
    path("review/", include("entanglement.tracker.review.urls")),
    # Django's own view: a POST with `language` and `next` sets the language cookie and redirects back.
    path("i18n/setlang/", set_language, name="set_language"),
]
