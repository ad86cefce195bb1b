"""ecareer: a career-path and skill-gap advisor for e-commerce jobs."""

__version__ = "0.1.0"
