package main

import (
	"fmt"
	"math/rand"
)

// Dice and cards from several seeds: the sequences must be Go's.
func main() {
	for _, seed := range []int64{1, 0, -1, 2147483647, 2147483648, -9223372036854775808, 1 << 62} {
		r := rand.New(rand.NewSource(seed))
		var dice [6]int
		for i := 0; i < 600; i++ {
			dice[r.Intn(6)]++
		}
		deck := r.Perm(52)
		fmt.Println(seed, dice, deck[:8], r.Int63n(1<<62+7), r.Int31n(1<<30+3))
	}
	// the global source is seeded with 1 until Seed is called
	a := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	rand.Seed(1)
	b := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	fmt.Println(a, b)
	// big n: Intn above 2^31 goes through Int63n
	fmt.Println(rand.Intn(1<<40), rand.Int63n(3), rand.Int63n(1<<33))
	// Shuffle of a long slice
	s := make([]int, 1000)
	for i := range s {
		s[i] = i
	}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sum := 0
	for i, v := range s[:20] {
		sum += i * v
	}
	fmt.Println(s[:10], sum)
}
