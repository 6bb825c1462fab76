// Constants: iota in const blocks (implicit repetition, skipped values,
// expressions), typed and untyped constants, and exact arithmetic on
// untyped constants far beyond 64 bits.
package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const (
	Sunday = iota + 1
	Monday
	Tuesday = "tue"
	Wednesday
	Thursday = iota
)

const typed int8 = 100
const huge = 1 << 200
const ratio = huge >> 198
const fl = 1.0 / 3.0
const str = "con" + "stant"
const truth = 1 < 2 && str == "constant"
const r = 'a' + 1
const mixed = 'a' * 2.0

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(Sunday, Monday, Tuesday, Wednesday, Thursday)
	fmt.Println(typed, typed/3, ratio, huge/(huge>>2))
	fmt.Println(fl, float32(fl), fl*3 == 1)
	fmt.Println(str, len(str), truth)
	fmt.Println(r, string(rune(r)), mixed)
	fmt.Printf("%T %T %T %T %T %T\n", A, fl, str, truth, r, typed)

	const local = iota
	const (
		p = iota * iota
		q
		s
	)
	fmt.Println(local, p, q, s)

	// Untyped constant arithmetic is exact: no intermediate overflow.
	const big = 9223372036854775807
	fmt.Println(big*2/2, (big+1)/2, -big-1)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, exact)
	var f32 float32 = 0.1
	fmt.Println(f32 == 0.1)
	const maxU = 1<<64 - 1
	var u uint64 = maxU
	fmt.Println(u, maxU%1000)
}
