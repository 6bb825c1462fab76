package main

import (
	"fmt"
	"math/rand"
)

// counter is a Go-defined Source: Rand calls its methods.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x12345; return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

// wide also has Uint64, so Rand.Uint64 uses it (Source64).
type wide struct{ counter }

func (w *wide) Uint64() uint64 { return uint64(w.Int63()) * 3 }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Intn(10), r.Uint32(), r.Int31(), r.Uint64())
	r.Seed(100)
	fmt.Println(r.Int63(), r.Float64())
	s := []int{1, 2, 3, 4, 5}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Perm(4))
	w := rand.New(&wide{})
	fmt.Println(w.Uint64(), w.Int63())
	var src rand.Source = &counter{5}
	fmt.Println(src.Int63())
}
