// Placeholder so the target builds before its tests land on main; delete when they do.
