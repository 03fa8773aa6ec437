"""Multilingual sentence encoders (Arabic and English in one vector space), chosen by name."""

from workbench.encode.base import DEFAULT_ENCODER, Encoder, available_encoders, get_encoder

__all__ = ["DEFAULT_ENCODER", "Encoder", "available_encoders", "get_encoder"]
