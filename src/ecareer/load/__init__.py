"""Reading files: size and type bounds, UTF-8, and the strict YAML loader with positions."""
