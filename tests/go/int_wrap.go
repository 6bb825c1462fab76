// Integer wrap-around: every sized type overflows modulo 2^N, in arithmetic,
// in ++/--, and in MinInt / -1 (which Go defines as MinInt, not a panic).
package main

import "fmt"

func main() {
	var u8 uint8 = 200
	u8 += 100
	fmt.Println("uint8 200+100 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var b byte = 255
	b++
	fmt.Println("byte 255+1 =", b)

	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	i8 = -128
	fmt.Println("-int8(-128) =", -i8)
	i8 = 100
	fmt.Println("int8 100*3 =", i8*3)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 32767+2 =", i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println("uint16 65535*65535 =", u16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 max+1 =", i32)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32 0-1 =", u32)
	u32 = 4000000000
	fmt.Println("uint32 4e9*2 =", u32*2)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1 =", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 max+1 =", u64)
	u64 = 1 << 63
	fmt.Println("uint64 1<<63 * 2 =", u64*2)

	var n int = -9223372036854775808
	m := -1
	fmt.Println("MinInt64 / -1 =", n/m)
	fmt.Println("MinInt64 % -1 =", n%m)
	fmt.Println("-MinInt64 =", -n)
	var n32 int32 = -2147483648
	var m32 int32 = -1
	fmt.Println("MinInt32 / -1 =", n32/m32, "rem", n32%m32)
	var n8 int8 = -128
	var m8 int8 = -1
	fmt.Println("MinInt8 / -1 =", n8/m8, "rem", n8%m8)

	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1 =", up)
	var ui uint = 1
	fmt.Println("uint 1-2 =", ui-2)

	// A multiply that overflows int64 but whose low bits are well defined.
	x := 3037000500
	fmt.Println("3037000500^2 =", x*x)
	y := int64(0x7fffffff)
	fmt.Println("(2^31-1)^2*4 =", y*y*4)
}
