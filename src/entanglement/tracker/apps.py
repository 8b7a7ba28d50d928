from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "entanglement.tracker"
    label = "tracker"
    verbose_name = "Records"
