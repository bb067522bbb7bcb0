zone = "se-sto1"
