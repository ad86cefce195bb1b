"""Renderers: result objects in, text out. Data strings are escaped here, once per format."""
