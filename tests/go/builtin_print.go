// The print and println builtins write to stderr with their own formats:
// floats as +1.500000e+000, no spaces between print's operands, spaces and
// a newline for println.
package main

func main() {
	println("hello", 42, -7, true, false)
	print("no", "spaces", 1, 2, "\n")
	println(1.5, -0.25, 0.0, 1e100, 1e-100, 123456789.0)
	var f32 float32 = 0.1
	println(f32, float32(3))
	zero := 0.0
	println(zero/zero, 1/zero, -1/zero, -zero)
	var u8 uint8 = 255
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	var i64 int64 = -9223372036854775808
	println(u8, i8, u64, i64)
	var up uintptr = 0xdead
	println(up)
	var r rune = 'x'
	var b byte = 'y'
	println(r, b)
	println()
	println("")
	print()
	print("a", "\n")
	print(1, 2, 3)
	print(true, "\n")
	s := "multibyte é 世"
	println(s, len(s))
	println("embedded\nnewline")
	println("\xff invalid")
}
