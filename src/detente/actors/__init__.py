"""The actors stage: who acts, by country and PLOVER sector, resolved by date.

``ActorResolver.from_settings(settings).resolve(doc, article)`` returns every actor
mention of a parsed article; ``ActorKB`` is the knowledge behind it (packaged data
files plus the user's ``settings.actor_files``).
"""

from .kb import ActorKB, KBEntry, read_user_file
from .resolver import ActorResolver

__all__ = ["ActorKB", "ActorResolver", "KBEntry", "read_user_file"]
