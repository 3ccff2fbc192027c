// Warta
