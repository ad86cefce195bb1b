"""From loaded files to a valid dataset: schema errors as problems, one function per rule,
layers merged; and the checks of a personal profile."""
