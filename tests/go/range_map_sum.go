// for range over maps: the order is random, so only order-independent
// results are printed (sums, counts, min and max).
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	ks, vs, n := "", 0, 0
	keyLen := 0
	for k, v := range m {
		keyLen += len(k)
		vs += v
		n++
	}
	fmt.Println(ks == "", keyLen, vs, n)

	keys := 0
	for k := range m {
		keys += m[k]
	}
	fmt.Println(keys)

	cnt := 0
	for range m {
		cnt++
	}
	fmt.Println(cnt)

	sq := make(map[int]int)
	for i := 1; i <= 100; i++ {
		sq[i] = i * i
	}
	min, max, sum := 1<<62, -1, 0
	for k, v := range sq {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
		sum += k
	}
	fmt.Println(min, max, sum, len(sq))

	// Updating existing keys during range is allowed and deterministic.
	for k, v := range sq {
		sq[k] = v - k*k
	}
	zero := true
	for _, v := range sq {
		if v != 0 {
			zero = false
		}
	}
	fmt.Println(zero)

	// The value is a copy.
	type acc struct{ n int }
	am := map[string]acc{"x": {1}, "y": {2}}
	for _, v := range am {
		v.n = 100
	}
	fmt.Println(am["x"].n, am["y"].n)
}
