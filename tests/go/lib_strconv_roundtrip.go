package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(0x9E3779B97F4A7C15)
	bad := 0
	for i := 0; i < 3000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if math.IsNaN(f) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(g) != math.Float64bits(f) {
			bad++
		}
		if i%500 == 0 {
			fmt.Println(s, strconv.FormatFloat(f, 'e', 5, 64), strconv.FormatFloat(float64(float32(f)), 'g', -1, 32))
		}
		n := int64(x)
		t := strconv.FormatInt(n, 36)
		m, err := strconv.ParseInt(t, 36, 64)
		if err != nil || m != n {
			bad++
		}
		q := strconv.Quote(string(rune(x % 0x11000)))
		u, err := strconv.Unquote(q)
		if err != nil || u != string(rune(x%0x11000)) {
			bad++
		}
	}
	fmt.Println("bad", bad)
}
