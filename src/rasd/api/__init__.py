"""rasd.api"""
