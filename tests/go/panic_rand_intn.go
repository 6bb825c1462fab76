package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("Int63n(0)", func() { rand.Int63n(0) })
	try("Int31n(-1)", func() { rand.Int31n(-1) })
	try("Shuffle(-1)", func() { rand.Shuffle(-1, func(i, j int) {}) })
	try("nil Rand", func() { var r *rand.Rand; r.Intn(3) })
	try("zero Rand", func() { var r rand.Rand; r.Int() })
	try("swap panics", func() {
		rand.Shuffle(5, func(i, j int) { panic(fmt.Sprint("swap ", i, j)) })
	})
	fmt.Println(rand.Intn(0))
}
