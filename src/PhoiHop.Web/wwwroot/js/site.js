// PhoiHop
