"""The runtime dataset, its compiled form in the user cache, and atomic file writes."""
