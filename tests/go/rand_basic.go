package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(77), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 5; i++ {
		fmt.Println(rand.ExpFloat64(), rand.NormFloat64())
	}
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1<<40))
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(10), r.Int63(), r.Float64(), r.Perm(5), r.Uint64())
	src := rand.NewSource(-3)
	fmt.Println(src.Int63())
	src.Seed(0)
	fmt.Println(src.Int63())
	r.Seed(7)
	fmt.Println(r.Intn(10))
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.10f\n", sum)
	fmt.Printf("%T %T\n", r, src)
}
