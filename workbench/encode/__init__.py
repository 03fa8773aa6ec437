"""Multilingual sentence encoders (Arabic and English in one vector space), chosen by name."""

from workbench.encode.base import Encoder, available_encoders, get_encoder

__all__ = ["Encoder", "available_encoders", "get_encoder"]
