"""The Qt desktop front end. Only ``main.py`` imports this package; it holds no business rules and no SQL."""
