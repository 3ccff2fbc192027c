print("warta")
