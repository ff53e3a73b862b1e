"""rasd.eval"""
