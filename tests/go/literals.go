// Numeric literals in every notation: decimal, hex, octal (0o and leading
// 0), binary, digit separators, float exponents, hex floats, and rune
// literals as integers. Upper-case prefixes and exponents are deliberate
// (gofmt would lower them).
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0xFF_FF, 0b1111_0000, 0o7_7, 1_0.2_5)
	fmt.Println(1e3, 1E3, 1.5e-3, .5, 5., 0.0, 1e+2, 6.02214076e23)
	fmt.Println(0x1p-2, 0x1.8p1, 0X.8P0, 0x10p0)
	fmt.Println('a', '\x00', 'Ω', '\u00f1', 0x7fffffffffffffff, -0x8000000000000000)
	fmt.Println(0, 00, 0x0, 0.e0, 01.5)
	var u64 uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u64)
	fmt.Printf("%T %T %T %T\n", 0x10, 0x1p4, 'x', 1e2)
}
