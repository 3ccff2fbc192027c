// WartaTokenizer
