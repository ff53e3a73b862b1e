"""Names for people to read: codebook ids in English and Arabic (``vocab``), news outlets
(``outlets``) and places, with the gazetteer's English and Arabic names and administrative
units (``places``). One source for the API, the web UI (through ``GET /api/config``), the
CLI and the exports."""

from rasd.display.articles import display_title
from rasd.display.claimants import claimant_name
from rasd.display.outlets import outlet_name, outlet_table
from rasd.display.places import PlaceNames, place_names
from rasd.display.vocab import LANGS, name, vocabulary_names

__all__ = ["LANGS", "name", "claimant_name", "display_title", "vocabulary_names", "outlet_name", "outlet_table", "PlaceNames", "place_names"]
