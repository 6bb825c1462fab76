package main

var v = iota

const (
	a = iota
	b string = iota
)

func main() {
	const c = 1 << iota
	_ = c
}
