"""What every stage shares: typed models, codebook vocabularies and constants."""
