from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "entanglement.web"
    label = "web"
    verbose_name = "Public site"
