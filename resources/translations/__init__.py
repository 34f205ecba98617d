"""Translation catalogues (.ts sources and the .qm files the window loads)."""
