"""Entanglement: a sourced record of how U.S. jurisdictions limit or expand their entanglement with
federal immigration enforcement."""

__version__ = "0.1.0"
