print("eventwire")
