package main

import "os"

func main() {
	x := 0
	p := &x
	os.Exit(*p)
}
