"""The compiled form of the dataset in the user cache (codec, key, files), and atomic writes."""
