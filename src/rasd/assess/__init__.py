"""rasd.assess"""
