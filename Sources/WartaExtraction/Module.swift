// WartaExtraction
