// WartaStemmer
