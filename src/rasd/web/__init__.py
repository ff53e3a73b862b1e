"""rasd.web"""
