"""Normalisation and sentence segmentation, per language."""
