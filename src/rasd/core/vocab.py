"""Codebook constants every stage shares, in one place (``shared/spec/codebook.md``).

The vocabularies of ids (event types, actors, claimants, governorates) are read from the
vendored ``codebook.json`` (``rasd.core.codebook``); what is here are the fixed small sets
and orders the code reasons with: figure kinds and groups, vague ranges, place precisions.
"""

from __future__ import annotations

UNKNOWN = "unknown"

# -- figures -------------------------------------------------------------------------------
KINDS = ("killed", "injured", "casualties", "missing", "detained")  # also the display order
GROUPS = ("civilians", "children", "women", "combatants", "unspecified")
MAIN_GROUPS = ("civilians", "combatants", "unspecified")  # add up within a claim
SUB_GROUPS = ("children", "women")  # sub-counts of civilians or of the unspecified total
CIVILIAN_GROUPS = frozenset({"civilians", "children", "women"})
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "dozens", "hundreds", "thousands", "some")
# qualifier -> (low, high) of a quantity stated without a number (codebook "Figures")
VAGUE_RANGES: dict[str, tuple[int, int | None]] = {
    "dozens": (20, 99), "hundreds": (200, 999), "thousands": (2000, None), "some": (1, None)}
VAGUE = frozenset(VAGUE_RANGES)

# -- claims --------------------------------------------------------------------------------
SCOPES = ("incident", "cumulative")
# ``victims`` may be "civilians"; nobody is attacked *by* civilians
NON_ACTORS = (UNKNOWN, "civilians")

# -- places --------------------------------------------------------------------------------
# the country whose governorates the codebook lists (ISO 3166 code, as the gazetteer writes it)
HOME_COUNTRY = "SY"
# the governorate the codebook files every place outside Syria and Iraq under
ABROAD = "other"
# the governorate the codebook files every place in Iraq under
IRAQ = "iraq"
PRECISIONS = ("exact", "town", "district", "governorate", "country", "unknown")
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}  # lower is finer

# -- dates ---------------------------------------------------------------------------------
# How precisely an incident's date is known (``Incident.date_precision``): a day or a
# night spanning two; a few days; a week; a month; a year; only the day it was reported
# (``Incident.reported``); nothing at all.
DATE_PRECISIONS = ("day", "days", "week", "month", "year", "reported", "unknown")

# -- provenance ----------------------------------------------------------------------------
# Where a claim attribute was read (``Claim.provenance``): from the text next to it, or
# inherited from a wider context, or from metadata. Linking trusts them in this order.
PROVENANCE_SOURCES = (
    "figure",       # the counted noun phrase itself ("14 مدنيا" -> victims civilians)
    "clause",       # the clause holding the figure
    "sentence",     # elsewhere in the figure's sentence
    "event",        # the event mention the figure is attached to
    "previous",     # the sentence(s) just before, continuing the same report
    "claimant",     # the claimant's own earlier statement in the article
    "paragraph",    # the paragraph's setting
    "lead",         # the article's lead event (title, dateline, first paragraph)
    "dateline",     # the dateline's place or date
    "publication",  # the article's publication date
    "default",      # nothing said: the codebook's default
)
READ_SOURCES = frozenset({"figure", "clause", "sentence", "event"})  # read from the claim's own text
