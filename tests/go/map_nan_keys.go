// NaN is never equal to itself, so every m[NaN] = v adds a new entry that
// can never be found again; only len (and fmt, with equal values) can see
// them.
package main

import "fmt"

func main() {
	nan := 0.0
	nan /= nan
	m := map[float64]int{}
	for i := 0; i < 5; i++ {
		m[nan] = 1
	}
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok, m[nan])
	delete(m, nan)
	fmt.Println(len(m))
	m[1] = 2
	fmt.Println(len(m))
	fmt.Println(m)

	sum := 0
	nanKeys := 0
	for k, v := range m {
		if k != k {
			nanKeys++
		}
		sum += v
	}
	fmt.Println(nanKeys, sum)

	// +0 and -0 are the same key.
	z := map[float64]string{}
	neg := 0.0
	neg = -neg
	z[0] = "pos"
	z[neg] = "neg"
	fmt.Println(len(z), z[0])

	// A struct key holding NaN is never found either.
	type K struct{ F float64 }
	sk := map[K]int{}
	sk[K{nan}] = 1
	sk[K{nan}] = 2
	fmt.Println(len(sk))
}
