// WartaRecords
