package main

var cache map[int]*int

func init() {
	cache = make(map[int]*int)
	x := 1
	cache[1] = &x
}

func main() {
	println(*cache[1])
}
