"""The events stage: trigger lexicon, arguments from the dependency parse, modality.

``EventExtractor.default().extract(doc, mentions, article)`` returns the
:class:`~detente.records.EventMention` readings of one parsed article;
``cameo_info(code)`` gives a CAMEO code's label, Goldstein score, quad class and
PLOVER type/mode/context from the packaged table.
"""

from .extractor import EventExtractor
from .lexicon import CameoInfo, TriggerEntry, TriggerLexicon, cameo_info, load_cameo_table

__all__ = [
    "CameoInfo",
    "EventExtractor",
    "TriggerEntry",
    "TriggerLexicon",
    "cameo_info",
    "load_cameo_table",
]
