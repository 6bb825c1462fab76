// gc's deadcode pass drops what follows an if whose constant condition
// (true && x is x) takes a branch ending in return or panic, so nothing
// there is reported; a later label keeps it.
package main

const debug = false
const enabled = true

var sink interface{}

func early() int {
	if enabled {
		return 1
	}
	sink = new(int) // dead
	return 0
}

func viaElse() int {
	if !enabled {
		sink = "unused"
	} else {
		panic("always")
	}
	sink = new(int) // dead
	return 0
}

func shortCircuit(x bool) int {
	if enabled || x {
		return 2
	}
	sink = new(int) // dead
	return 0
}

func notConstant(x bool) int {
	if enabled && x {
		return 3
	}
	sink = new(int) // live
	return 0
}

func keptByLabel(n int) int {
	if enabled {
		return n
	}
again:
	sink = new(int) // a goto may reach it
	n--
	if n > 0 {
		goto again
	}
	return n
}

func main() {
	defer func() { println(recover() != nil) }()
	println(early(), shortCircuit(false), notConstant(false), keptByLabel(1))
	viaElse()
}
