"""Text handling: normalisation for matching (offsets kept), tokens, sentences, lexicons."""

from rasd.text.normalize import Normalized, normalize, norm
from rasd.text.segment import Sentence, sentences
from rasd.text.lexicon import Lexicon, LexiconMatch

__all__ = ["Normalized", "normalize", "norm", "Sentence", "sentences", "Lexicon", "LexiconMatch"]
