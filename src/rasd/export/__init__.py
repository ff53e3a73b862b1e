"""rasd.export"""
