// Maps keyed by every basic comparable type: sized ints, unsigned, floats,
// bools, bytes, runes, strings and named types of them.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Name string

func main() {
	i8 := map[int8]int{-128: 1, 127: 2}
	i8[-128]++
	fmt.Println(i8)

	u64 := map[uint64]string{1 << 63: "top", 0: "zero"}
	fmt.Println(u64[1<<63], len(u64))

	i64 := map[int64]bool{-1 << 63: true}
	fmt.Println(i64[-1<<63], i64[0])

	f32 := map[float32]int{0.1: 1, 0.5: 2}
	fmt.Println(f32[0.1], f32[0.5], f32)

	bo := map[bool]string{true: "yes"}
	fmt.Println(bo[true], bo[false] == "")

	by := map[byte]int{}
	for _, b := range []byte("mississippi") {
		by[b]++
	}
	fmt.Println(by['s'], by['i'], by['p'], by['m'], len(by))

	ru := map[rune]string{'世': "world", 'a': "a"}
	fmt.Println(ru['世'], len(ru))

	col := map[Color]string{Red: "red", Blue: "blue"}
	fmt.Println(col[Blue], col[Green] == "", col)

	nm := map[Name]int{"x": 1}
	fmt.Println(nm["x"], nm[Name("x")])

	up := map[uintptr]int{0: 1}
	fmt.Println(up[0])

	// Integer keys that differ only in high bits.
	big := map[int]int{}
	for i := 0; i < 8; i++ {
		big[i<<40] = i
	}
	fmt.Println(len(big), big[3<<40], big[7<<40])

	// String keys with equal prefixes and embedded NULs.
	sk := map[string]int{"a": 1, "a\x00": 2, "a\x00\x00": 3}
	fmt.Println(len(sk), sk["a\x00"])
}
