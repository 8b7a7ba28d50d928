"""Finders: one module each, each turning text into typed findings with spans."""
