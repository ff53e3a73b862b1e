"""rasd.reconcile"""
