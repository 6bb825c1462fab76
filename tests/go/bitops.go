// Bitwise operators on signed and unsigned values, including &^ (and not)
// and unary ^ (complement).
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)

	var u8 uint8 = 0xf0
	fmt.Println(^u8, u8&^0x30, u8|0x0f, u8^0xff)
	var i8 int8 = 0x0f
	fmt.Println(^i8, -i8, i8&^3)
	var u uint64 = 0
	fmt.Println(^u, ^uint32(0), ^uint16(0))
	var n int64 = -1
	fmt.Println(n&0xff, n^n, n|0, n&^n)

	x := 0x12345678
	x &= 0xff00ff00
	fmt.Printf("%#x\n", x)
	x |= 0xf
	fmt.Printf("%#x\n", x)
	x ^= 0x10000000
	fmt.Printf("%#x\n", x)
	x &^= 0xf
	fmt.Printf("%#x\n", x)

	// popcount by clearing the lowest set bit.
	v := uint64(0xdeadbeefcafebabe)
	count := 0
	for v != 0 {
		v &= v - 1
		count++
	}
	fmt.Println("bits set:", count)

	// Precedence: & binds tighter than |, << tighter than +.
	fmt.Println(1|2&3, 1+2<<3, (1+2)<<3, 6&^3|8)
}
