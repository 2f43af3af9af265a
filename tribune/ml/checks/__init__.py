"""Hand-written smoke checks of the shipped judgement (never training or tuning data).

``kurdish.jsonl`` holds Sorani and Kurmanji comments written for Tribune;
``python -m tribune.ml.checks.kurdish_check`` scores them (see that module).
"""
