"""The jurisdiction registry: states, counties and places by Census GEOID, and a name index.

`Gazetteer.default()` knows every state and county (from the `us` package), the consolidated
city-counties and the curated places; `Gazetteer.with_places_file(path)` adds a Census-style place list.
"""

from entanglement.core.gazetteer.registry import Gazetteer, Jurisdiction, population_of

__all__ = ["Gazetteer", "Jurisdiction", "population_of"]
