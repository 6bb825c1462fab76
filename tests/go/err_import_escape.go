package main

import "\q"

func main() {}
