"""Django settings, split by topic; every value comes from the environment with a safe default."""

from .base import *  # noqa: F403
from .database import *  # noqa: F403
from .security import *  # noqa: F403
