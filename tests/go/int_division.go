// Integer division truncates toward zero and the remainder takes the sign of
// the dividend, for every signed type; unsigned division is plain.
package main

import "fmt"

func show(a, b int) {
	fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(1, 3)
	show(-1, 3)
	show(0, -5)
	show(9223372036854775807, 10)
	show(-9223372036854775808, 10)
	show(-9223372036854775808, 9223372036854775807)

	var a8, b8 int8 = -128, 3
	fmt.Println(a8/b8, a8%b8)
	var a16, b16 int16 = -32768, 7
	fmt.Println(a16/b16, a16%b16)
	var a32, b32 int32 = -2147483647, 1000
	fmt.Println(a32/b32, a32%b32)

	var u uint64 = 18446744073709551615
	fmt.Println(u/10, u%10, u/3, u%7)
	var u8 uint8 = 255
	fmt.Println(u8/16, u8%16)
	var u32 uint32 = 4294967295
	fmt.Println(u32/65536, u32%65536)

	// Constant expressions are exact; -7/2 is folded the same way.
	const c = -7 / 2
	const r = -7 % 2
	fmt.Println(c, r, 7.0/2, -7.0/2)

	// Powers of two: no shift shortcut may change the rounding.
	n := -9
	fmt.Println(n/2, n/4, n/8, n%2, n%4, n%8)
	n = -1
	fmt.Println(n/2, n%2, n>>1)

	f := -7.0
	fmt.Println(f/2, f/0.5)
	var f32 float32 = 1
	fmt.Println(f32 / 3)
}
