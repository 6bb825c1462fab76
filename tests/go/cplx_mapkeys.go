package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[complex128]string{}
	m[1+2i] = "a"
	m[complex(0, 0)] = "zero"
	negz := complex(math.Copysign(0, -1), math.Copysign(0, -1))
	m[negz] = "negzero"
	fmt.Println(len(m), m[0], m[negz])
	nan := complex(math.NaN(), 0)
	m[nan] = "nan1"
	m[nan] = "nan2"
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	delete(m, 1+2i)
	v, ok := m[1+2i]
	fmt.Printf("%q %v\n", v, ok)
	m2 := map[complex64]int{}
	for i := 0; i < 100; i++ {
		m2[complex(float32(i%10), float32(i%7))]++
	}
	fmt.Println(len(m2), m2[complex(3, 3)], m2[0])
	fmt.Println(map[complex64]bool{1i: true, 2: false, -1 - 1i: true})
	cnt := 0
	for k, v := range m2 {
		if real(k) == 0 {
			cnt += v
		}
	}
	fmt.Println(cnt)
	type key struct {
		c complex64
		n int8
	}
	mk := map[key]complex128{{1i, 1}: 1, {1i, 2}: 2}
	mk[key{1i, 1}] += 10i
	fmt.Println(mk[key{1i, 1}], len(mk))
	mi := map[interface{}]int{1 + 1i: 1, complex64(1 + 1i): 2, 1.0: 3}
	fmt.Println(mi[1+1i], mi[complex64(1+1i)], mi[1.0], len(mi))
	ma := map[[2]complex128]int{{1, 2}: 5}
	fmt.Println(ma[[2]complex128{1, 2}], ma[[2]complex128{2, 1}])
}
