"""Framework-free geometry for the parts map: placement of new parts and the SVG picture."""
