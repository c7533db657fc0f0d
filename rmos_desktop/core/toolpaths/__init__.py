"""Operation planning, the move list and the G-code post-processors."""
