"""`infoview serve`: a local web page over the engines, the trust checks and the contact tracker."""

from infoview_ai.web.app import create_app
from infoview_ai.web.security import Guard

__all__ = ["Guard", "create_app"]
