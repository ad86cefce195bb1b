"""Where the product's thinking lives: gaps, routes, next moves. Pure functions on a Dataset.

Nothing here prints or imports the CLI; every function returns result objects that the
renderers turn into tables, JSON, Markdown or HTML.
"""
