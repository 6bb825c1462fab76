// Shifts: counts at or past the width give 0 (or -1 for negative signed
// values shifted right); right shifts of signed values are arithmetic; the
// count may be any integer type.
package main

import "fmt"

func main() {
	var one uint64 = 1
	fmt.Println(one<<63, one<<64, one<<65)
	var s uint = 63
	fmt.Println(one<<s, one<<(s+1))

	x := -1
	fmt.Println(x<<1, x>>1, x>>63, x>>64, x>>200)
	y := -9223372036854775808
	fmt.Println(y>>1, y>>62, y>>63, y<<1)

	var i8 int8 = -128
	i8b := int8(64)
	fmt.Println(i8>>1, i8>>7, i8>>8, i8<<1, i8b<<1)
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<7, u8<<8, u8>>8)
	var i16 int16 = 1
	fmt.Println(i16<<15, i16<<16)
	var u32 uint32 = 0xdeadbeef
	fmt.Println(u32<<4, u32>>4, u32<<32)

	// The count may have any integer type, even a signed one.
	var c8 int8 = 3
	var c16 uint16 = 2
	var c64 int64 = 10
	fmt.Println(5<<c8, 5<<c16, 5<<c64, 1024>>c64)

	// Large counts held in wide types.
	var big uint64 = 1 << 40
	fmt.Println(1<<big, -1>>big, uint32(7)>>big)

	// Untyped constant shifts are exact.
	const k = 1 << 100 >> 98
	fmt.Println(k)
	const h = 1<<62 | 1<<61
	fmt.Println(h)
	fmt.Println(uint64(1<<64 - 1))

	// Op-assign forms.
	z := 3
	z <<= 4
	fmt.Println(z)
	z >>= 2
	fmt.Println(z)
	w := uint16(1)
	w <<= 15
	w <<= 1
	fmt.Println(w)
}
