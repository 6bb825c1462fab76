// Conversions between numeric types: truncation to narrower integers, sign
// extension, float to integer truncation toward zero, integer to float
// rounding, and integer/rune to string.
package main

import "fmt"

func main() {
	big := 0x123456789abcdef0
	fmt.Println(int8(big), int16(big), int32(big), int64(big))
	fmt.Println(uint8(big), uint16(big), uint32(big), uint64(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg), uintptr(neg))
	var b byte = 0xff
	fmt.Println(int8(b), int(int8(b)), int(b), rune(b))
	var i8 int8 = -2
	fmt.Println(uint8(i8), uint32(i8), uint64(i8), int64(i8))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))

	f := 3.99
	fmt.Println(int(f), int(-f), int8(f), uint8(f))
	g := -0.5
	fmt.Println(int(g), int64(1e18), int32(2147483647.0))
	h := 1e15 + 0.7
	fmt.Println(int64(h))

	// int -> float rounds to nearest even.
	n := 9007199254740993 // 2^53 + 1
	fmt.Println(float64(n), int64(float64(n)))
	m := int64(16777217) // 2^24 + 1
	fmt.Println(float32(m), int64(float32(m)))
	var um uint64 = 18446744073709551615
	fmt.Println(float64(um), float32(um))

	// float64 -> float32 rounding.
	d := 0.1
	fmt.Println(float32(d), float64(float32(d)))
	e := 1.0000001192092896 // just above 1 + 2^-23
	fmt.Println(float32(e), float32(1.00000005), float32(16777217.0))
	fmt.Println(float64(float32(3.4e38)), float32(1e-45))

	// string(rune) and string(byte).
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	var by byte = 'z'
	fmt.Println(string(rune(by)), string(by))
	r := 'é'
	fmt.Println(r, string(r), len(string(r)))

	// Untyped constants take the type they are converted to.
	const c = 300
	fmt.Println(int16(c), float32(c)/7, uint(c)>>1)
	x := uint8(c % 256)
	fmt.Println(x)
}
