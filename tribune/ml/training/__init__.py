"""Training, threshold selection and evaluation of the model bundle; never imported at serving time.

Usage::

    python -m tribune.ml.training.train      # writes tribune/ml/models/bundle/
    python -m tribune.ml.training.evaluate   # prints the test-split report
"""
