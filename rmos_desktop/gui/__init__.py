"""The Qt desktop app: a thin layer over core objects."""
